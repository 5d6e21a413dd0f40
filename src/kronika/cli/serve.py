"""`kronika serve`: the event store in the browser."""

from __future__ import annotations

import os
from pathlib import Path

import click

from kronika.cli.common import fail


@click.command()
@click.option("--db", default="kronika.duckdb", show_default=True, type=click.Path(path_type=Path), help="DuckDB event store or Parquet dataset folder.")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to bind; the default keeps the server on this machine.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535))
@click.option("--allow-ingest", is_flag=True, help="Turn on POST /api/ingest (needs --token).")
@click.option("--token", envvar="KRONIKA_TOKEN", help="Bearer token for writes (or set KRONIKA_TOKEN).")
def serve(db: Path, host: str, port: int, allow_ingest: bool, token: str | None) -> None:
    """Open the event store in the browser: a timeline of stories, the actor
    network, the events with their evidence, and a box to code a pasted
    article. The REST API is described at /docs and /openapi.json.

    \b
    Example:
      kronika ingest examples/ && kronika serve
    """
    import uvicorn

    from kronika.store import StoreError
    from kronika.web.app import create_app

    try:
        app = create_app(db, allow_ingest=allow_ingest, token=token)
    except (StoreError, ValueError) as error:
        fail(str(error))
    if host not in ("127.0.0.1", "localhost", "::1"):
        click.echo(f"warning: serving on {host}: anyone who can reach it can read the store", err=True)
    click.echo(f"Kronika on http://{host}:{port}/  (Ctrl+C to stop)")
    uvicorn.run(app, host=host, port=port, log_level=os.environ.get("KRONIKA_LOG_LEVEL", "warning"))
