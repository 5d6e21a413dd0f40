"""`kronika ingest`, `kronika query`, `kronika export`: the event store."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from kronika.cli.common import fail, printable

SHOW_SKIPPED = 50  # skipped inputs listed one by one after the summary

DB_OPTION = click.option("--db", default="kronika.duckdb", show_default=True, type=click.Path(path_type=Path),
                         help="DuckDB event store file.")


def filter_options(function):
    for option in reversed([
        click.option("--actor", help="Actor or recipient: a name in any language and case form the knowledge base knows "
                     "('Lukašenko', 'Lukašenka', 'lukashenko'), or text the name contains."),
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
    reported and skipped. The progress bar is over the bytes of the input
    files. The store is open only while a batch is written, so `kronika
    serve` can show it meanwhile; one ingest at a time writes a store.

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
        except ImportError as error:  # an fsspec URL whose backend (s3fs, aiohttp...) is not installed
            fail(f"cannot read {', '.join(paths)}: {error} (install the fsspec backend for that URL)")
        except Exception as error:  # noqa: BLE001 — a cluster or backend failure is one line, not a traceback
            fail(f"dask ingest failed: {error.__class__.__name__}: {error}")
        click.echo(json.dumps(summary))
        return

    from kronika.sources import read_paths, with_published
    from kronika.store import SharedStore, StoreError, counts, ingest_articles

    missing = [path for path in paths if not Path(path).exists() and not Path(path).is_symlink()]
    if len(missing) == len(paths):
        urls = [path for path in missing if "://" in path]
        hint = " (URLs are read only with --engine dask)" if urls else ""
        fail(f"no such file or folder: {', '.join(missing)}{hint}")
    created = not db.exists()
    store = SharedStore(db)  # open only while a batch is looked up and written: `kronika serve` reads in between
    bar = ByteBar(paths, quiet)
    try:
        with store.writer():
            store.connection()  # a foreign, newer or locked store is one line before anything is read
            items = with_published(read_paths(paths, positions=bar.note), when)
            summary = ingest_articles(store, items, progress=bar.handled)
            bar.close()
            total = counts(store.connection())
    except StoreError as error:
        bar.close()
        fail(str(error))
    except KeyboardInterrupt:
        bar.close()
        fail("interrupted: everything committed so far is kept; run the same command again to resume", code=130)
    reasons = "; ".join(f"{n} {printable(reason)}" for reason, n in summary.skip_reasons().most_common())
    for source, reason in summary.skipped[:SHOW_SKIPPED]:
        click.echo(f"  skipped {printable(source)}: {printable(reason)}", err=True)
    if len(summary.skipped) > SHOW_SKIPPED:
        click.echo(f"  ... and {len(summary.skipped) - SHOW_SKIPPED} more skipped", err=True)
    if summary.read == 0 and summary.skipped:
        if created and total["documents"] == 0:
            for leftover in (db, db.with_name(db.name + ".wal"), db.with_name(db.name + ".lock")):
                leftover.unlink(missing_ok=True)  # no empty store left behind by an ingest that stored nothing
        fail(f"nothing ingested: all {len(summary.skipped)} inputs were skipped ({reasons})")
    click.echo(
        f"read {summary.read} articles: coded {summary.coded} ({summary.events} events), "
        f"{summary.duplicates} already stored, {len(summary.skipped)} skipped{f' ({reasons})' if reasons else ''}. "
        f"Store {db}: {total['documents']} documents, {total['events']} events, {total['stories']} stories."
    )


class ByteBar:
    """Ingest's progress bar over the bytes of its input files (a file count says
    nothing of one 2 GB JSONL), with the articles handled so far beside it."""

    def __init__(self, paths: tuple[str, ...], quiet: bool) -> None:
        from tqdm import tqdm

        from kronika.sources import input_bytes

        self.positions: dict[int, int] = {}  # id(item) → input bytes behind it, for the items read but not yet handled
        self.articles = 0
        total = 0 if quiet else input_bytes(paths)
        self.bar = tqdm(total=total, unit="B", unit_scale=True, unit_divisor=1024, disable=quiet, file=sys.stderr,
                        desc="ingest", postfix="0 articles")

    def note(self, item: object, position: int) -> None:
        """An item was read with `position` bytes behind it (ingest reads a batch ahead of coding)."""
        self.positions[id(item)] = position

    def handled(self, item: object) -> None:
        """Ingest has reached `item`: the bar moves to the bytes behind it."""
        self.articles += 1
        position = self.positions.pop(id(item), self.bar.n)
        self.bar.set_postfix_str(f"{self.articles} articles", refresh=False)
        self.bar.update(max(0, position - self.bar.n))

    def close(self) -> None:
        if self.bar.total and self.bar.n < self.bar.total and not self.positions:
            self.bar.update(self.bar.total - self.bar.n)  # what was skipped unread (a folder's '.json') counts as done
        self.bar.close()


@click.command()
@DB_OPTION
@filter_options
@click.option("--format", "output_format", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True)
@click.option("--stories", is_flag=True, help="One row per story (the same event across articles) instead of per event.")
@click.option("--limit", default=100, show_default=True, type=click.IntRange(1, 10**9), help="At most this many rows.")
@click.option("--offset", default=0, show_default=True, type=click.IntRange(0, 10**12), help="Skip this many rows first (to page through).")
def query(db: Path, actor, country, event_type, date_from, date_to, outlet, text, output_format: str, stories: bool,
          limit: int, offset: int) -> None:
    """Filter the events of a store. `--format json` prints a JSON list of
    event records.

    \b
    Examples:
      kronika query --country VEN --type CONSULT
      kronika query --actor Lukashenko --from 2025-11-01 --format json
    """
    from kronika.store import FilterError, StoreError, check_filters, open_store, query_events, query_stories

    filters = _filters(actor, country, event_type, date_from, date_to, outlet, text)
    try:
        check_filters(**filters)
        con = open_store(db, read_only=True)
    except (StoreError, FilterError) as error:
        fail(str(error))
    rows = (query_stories if stories else query_events)(con, limit=limit, offset=offset, **filters)
    con.close()
    if output_format == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    if stories:
        flat_rows = [{"story": r["story"], "date": r["date"], "type": r["type"], "actor": r["actor"]["name"],
                      "recipient": (r["recipient"] or {}).get("name"), "articles": r["articles"], "sources": ", ".join(r["sources"])} for r in rows]
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
              help="jsonl: event records; csv/parquet: flat columns; polecat: POLECAT's 40 columns, tab-separated, then the evidence; graphml: the actor network.")
@click.option("-o", "--output", "out", type=click.Path(path_type=Path, allow_dash=True), required=True,
              help="File to write; - for standard output.")
def export(db: Path, actor, country, event_type, date_from, date_to, outlet, text, output_format: str, out: Path) -> None:
    """Export a store (or the events that match the filters).

    \b
    Examples:
      kronika export --format parquet -o events.parquet
      kronika export --format graphml -o network.graphml --country BLR
    """
    from kronika.store import FilterError, StoreError, check_filters, open_store
    from kronika.store.export import export as write

    filters = _filters(actor, country, event_type, date_from, date_to, outlet, text)
    try:
        check_filters(**filters)
        con = open_store(db, read_only=True)
    except (StoreError, FilterError) as error:
        fail(str(error))
    to_stdout = str(out) == "-"
    try:
        written = write(con, output_format, out, **filters)
    except BrokenPipeError:  # `kronika export -o - | head`: the reader has what it wanted
        sys.stderr.close()
        sys.exit(0)
    except OSError as error:
        fail(f"cannot write {out}: {error.strerror or error}")
    finally:
        con.close()
    click.echo(f"wrote {written} {'edges' if output_format == 'graphml' else 'rows'} to "
               f"{'standard output' if to_stdout else out}", err=to_stdout)
