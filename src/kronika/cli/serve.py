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
@click.option("--allow-host", "allow_hosts", multiple=True, metavar="NAME",
              help="Another name the server is reached by (repeatable). Requests whose Host header names none of the "
                   "server's own names are refused, so that a web page elsewhere cannot reach it by DNS rebinding.")
def serve(db: Path, host: str, port: int, allow_ingest: bool, token: str | None, allow_hosts: tuple[str, ...]) -> None:
    """Open the event store in the browser: a timeline of stories, the actor
    network, the events with their evidence, and a box to code a pasted
    article. The REST API is described at /openapi.json.

    The store is opened for each request and closed after it, so `kronika
    ingest` can write to it while the server runs; the page looks every few
    seconds and offers the rows stored since it was loaded.

    \b
    Example:
      kronika ingest examples/ && kronika serve
    """
    import uvicorn

    from kronika.store import StoreError
    from kronika.web.app import create_app

    try:
        app = create_app(db, allow_ingest=allow_ingest, token=token, allowed_hosts=host_names(host, allow_hosts))
    except (StoreError, ValueError) as error:
        fail(str(error))
    if host not in ("127.0.0.1", "localhost", "::1"):
        click.echo(f"warning: serving on {host}: anyone who can reach it can read the store", err=True)
    click.echo(f"Kronika on http://{host}:{port}/  (Ctrl+C to stop)")
    uvicorn.run(app, host=host, port=port, log_level=os.environ.get("KRONIKA_LOG_LEVEL", "warning"))


def host_names(host: str, extra: tuple[str, ...] = ()) -> list[str]:
    """The Host header values a server bound to `host` answers: loopback names for
    loopback; the address itself, this machine's names and addresses for any other."""
    import socket

    from kronika.web.app import LOOPBACK_HOSTS

    names = list(LOOPBACK_HOSTS) if host in ("127.0.0.1", "localhost", "::1") else []
    if host not in ("127.0.0.1", "localhost", "::1"):
        names += [host, f"[{host}]"] if ":" in host else [host]
        if host in ("0.0.0.0", "::"):
            names += LOOPBACK_HOSTS
            hostname = socket.gethostname()
            names += [hostname, socket.getfqdn()]
            try:
                names += socket.gethostbyname_ex(hostname)[2]
            except OSError:
                pass
    names += list(extra)
    return list(dict.fromkeys(name for name in names if name))
