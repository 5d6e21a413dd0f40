"""`kronika ingest`, `kronika query`, `kronika export`: the event store."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from kronika.cli.common import fail

SHOW_SKIPPED = 50  # skipped inputs listed one by one after the summary

DB_OPTION = click.option("--db", default="kronika.duckdb", show_default=True, type=click.Path(path_type=Path),
                         help="DuckDB event store file.")


def filter_options(function):
    for option in reversed([
        click.option("--actor", help="Actor or recipient name contains this (any case)."),
        click.option("--country", help="Actor or recipient country (ISO alpha-3, e.g. VEN)."),
        click.option("--type", "event_type", help="PLOVER event type (e.g. CONSULT)."),
        click.option("--from", "date_from", metavar="YYYY-MM-DD", help="Events that may have happened on or after this day."),
        click.option("--to", "date_to", metavar="YYYY-MM-DD", help="Events that may have happened on or before this day."),
        click.option("--outlet", help="Outlet of the article or a source in the attribution chain."),
        click.option("--text", help="Evidence sentence contains this."),
    ]):
        function = option(function)
    return function


def _filters(actor, country, event_type, date_from, date_to, outlet, text) -> dict:
    return {"actor": actor, "country": country, "type": event_type, "date_from": date_from, "date_to": date_to,
            "outlet": outlet, "text": text}


@click.command()
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@DB_OPTION
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="local: this process; dask: a Dask cluster writing partitioned Parquet (see README, 'At scale').")
@click.option("--scheduler", metavar="ADDRESS", help="Dask scheduler address (default: start a local cluster).")
@click.option("--output", "parquet_out", type=click.Path(path_type=Path), default=Path("kronika-events"), show_default=True,
              help="With --engine dask: the Parquet dataset folder to write.")
@click.option("--published", metavar="TIME", help="Publication time for the articles that carry none (a folder of undated files): "
              "ISO 8601 or a date line such as '11.12.2025 u 22:07'. Articles that give their own keep it.")
@click.option("--quiet", is_flag=True, help="No progress bar.")
def ingest(paths: tuple[str, ...], db: Path, engine: str, scheduler: str | None, parquet_out: Path, published: str | None, quiet: bool) -> None:
    """Read articles from files and folders (plain text, HTML pages, RSS/Atom
    feeds, WARC archives, JSONL with {"text", "title", "published", "url",
    "outlet", "lang"}), code their events and store them.

    Re-ingesting the same article adds nothing; an interrupted ingest keeps
    everything already committed and resumes where it stopped; a bad file is
    reported and skipped.

    \b
    Examples:
      kronika ingest examples/
      kronika ingest feeds/*.xml archive.warc.gz --db news.duckdb
      kronika ingest pasted/ --published 2025-12-11T09:00
    """
    from kronika.read import ReadError, parse_datetime

    try:
        when = parse_datetime(published) if published else None
    except ReadError as error:
        fail(f"--published: {error}")
    if engine == "dask":
        from kronika.scale import ingest_dask

        try:
            summary = ingest_dask(list(paths), parquet_out, scheduler=scheduler, progress=not quiet,
                                  published=when.isoformat() if when else None)
        except (OSError, ValueError) as error:
            fail(str(error))
        click.echo(json.dumps(summary))
        return

    from tqdm import tqdm

    from kronika.sources import read_paths, with_published
    from kronika.store import StoreError, counts, ingest_articles, open_store

    try:
        con = open_store(db)
    except StoreError as error:
        fail(str(error))
    bar = tqdm(unit=" articles", disable=quiet, file=sys.stderr, desc="ingest")
    try:
        summary = ingest_articles(con, with_published(read_paths(paths), when), progress=bar.update)
    except KeyboardInterrupt:
        bar.close()
        fail("interrupted: everything committed so far is kept; run the same command again to resume", code=130)
    bar.close()
    total = counts(con)
    con.close()
    reasons = "; ".join(f"{n} {reason}" for reason, n in summary.skip_reasons().most_common())
    click.echo(
        f"read {summary.read} articles: coded {summary.coded} ({summary.events} events), "
        f"{summary.duplicates} already stored, {len(summary.skipped)} skipped{f' ({reasons})' if reasons else ''}. "
        f"Store {db}: {total['documents']} documents, {total['events']} events, {total['stories']} stories."
    )
    for source, reason in summary.skipped[:SHOW_SKIPPED]:
        click.echo(f"  skipped {source}: {reason}", err=True)
    if len(summary.skipped) > SHOW_SKIPPED:
        click.echo(f"  ... and {len(summary.skipped) - SHOW_SKIPPED} more skipped", err=True)


@click.command()
@DB_OPTION
@filter_options
@click.option("--format", "output_format", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True)
@click.option("--stories", is_flag=True, help="One row per story (the same event across articles) instead of per event.")
@click.option("--limit", default=100, show_default=True, help="At most this many rows.")
@click.option("--offset", default=0, show_default=True, help="Skip this many rows first (to page through).")
def query(db: Path, actor, country, event_type, date_from, date_to, outlet, text, output_format: str, stories: bool,
          limit: int, offset: int) -> None:
    """Filter the events of a store. `--format json` prints a JSON list of
    event records.

    \b
    Examples:
      kronika query --country VEN --type CONSULT
      kronika query --actor Lukashenko --from 2025-11-01 --format json
    """
    from kronika.store import StoreError, open_store, query_events, query_stories

    try:
        con = open_store(db, read_only=True)
    except StoreError as error:
        fail(str(error))
    filters = _filters(actor, country, event_type, date_from, date_to, outlet, text)
    rows = (query_stories if stories else query_events)(con, limit=limit, offset=offset, **filters)
    con.close()
    if output_format == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    if stories:
        flat_rows = [{"story": r["story"], "date": r["date"], "type": r["type"], "actor": r["actor"]["name"],
                      "recipient": r["recipient"]["name"], "articles": r["articles"], "sources": ", ".join(r["sources"])} for r in rows]
    else:
        from kronika.store.export import flat

        flat_rows = [{k: v for k, v in flat(r).items() if k in ("date", "type", "actor_name", "recipient_name", "modality", "attribution", "evidence")} for r in rows]
    if output_format == "csv":
        import csv

        writer = csv.DictWriter(sys.stdout, fieldnames=list(flat_rows[0]) if flat_rows else ["date"])
        writer.writeheader()
        writer.writerows(flat_rows)
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"{len(rows)} {'stories' if stories else 'events'} in {db}", show_lines=True)
    for column in (flat_rows[0] if flat_rows else {"date": None}):
        table.add_column(column, overflow="fold")
    for row in flat_rows:
        table.add_row(*[str(v)[:140] if v is not None else "—" for v in row.values()])
    Console().print(table)


@click.command()
@DB_OPTION
@filter_options
@click.option("--format", "output_format", type=click.Choice(["jsonl", "csv", "parquet", "polecat", "graphml"]), required=True,
              help="jsonl: event records; csv/parquet: flat columns; polecat: POLECAT's column layout (CSV); graphml: the actor network.")
@click.option("-o", "--output", "out", type=click.Path(path_type=Path), required=True, help="File to write.")
def export(db: Path, actor, country, event_type, date_from, date_to, outlet, text, output_format: str, out: Path) -> None:
    """Export a store (or the events that match the filters).

    \b
    Examples:
      kronika export --format parquet -o events.parquet
      kronika export --format graphml -o network.graphml --country BLR
    """
    from kronika.store import StoreError, open_store
    from kronika.store.export import export as write

    try:
        con = open_store(db, read_only=True)
    except StoreError as error:
        fail(str(error))
    try:
        written = write(con, output_format, out, **_filters(actor, country, event_type, date_from, date_to, outlet, text))
    except OSError as error:
        fail(f"cannot write {out}: {error.strerror}")
    finally:
        con.close()
    click.echo(f"wrote {written} {'edges' if output_format == 'graphml' else 'rows'} to {out}")
