"""`kronika evaluate`: score extraction against gold files."""

from __future__ import annotations

import json
from pathlib import Path

import click

from kronika.cli.common import fail


@click.command()
@click.argument("gold", metavar="GOLD_DIR_OR_FILE", type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON (with every miss and false positive under `errors`).")
@click.option("--misses", is_flag=True, help="After the table, list every missed gold event and every false positive "
              "(strict level): the sentence, the gold event, what Kronika coded there, and why they do not match.")
def evaluate(gold: Path, as_json: bool, misses: bool) -> None:
    """Run extraction on each gold file's article and score it (rules of
    docs/EVALUATION.md): dyad and strict precision/recall/F1, attribution
    and modality accuracy, per document and in total.

    \b
    Examples:
      kronika evaluate ../shared/gold/dev
      kronika evaluate ../shared/gold/dev --misses    # the error analysis
    """
    from kronika.evaluate import GoldError, evaluate_documents, gold_files
    from kronika.lang import UnknownLanguage
    from kronika.read import ReadError

    try:
        report = evaluate_documents(gold_files(gold))
    except (GoldError, ReadError, UnknownLanguage) as error:
        fail(str(error))
    except OSError as error:
        fail(f"{error.filename or gold}: cannot read ({error.strerror or error})")
    if as_json:
        click.echo(json.dumps(report.as_dict(), indent=2, ensure_ascii=False))
        return

    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"Kronika on {gold}")
    for column in ("document", "dyad P", "dyad R", "dyad F1", "strict P", "strict R", "strict F1", "TP/FP/FN (strict)", "attribution", "modality"):
        table.add_column(column, justify="left" if column == "document" else "right")
    for row in [*report.documents, report.total]:
        s, d = row.strict, row.dyad
        table.add_row(
            row.document,
            f"{d.precision:.2f}", f"{d.recall:.2f}", f"{d.f1:.2f}",
            f"{s.precision:.2f}", f"{s.recall:.2f}", f"{s.f1:.2f}",
            f"{s.tp}/{s.fp}/{s.fn}",
            f"{row.attribution_accuracy:.2f}", f"{row.modality_accuracy:.2f}",
            style="bold" if row is report.total else None,
        )
    Console(width=160).print(table)
    if misses:
        _print_errors(report.total.errors)
        _print_reasons(report.total.errors)
    elif report.total.missed:
        click.echo("missed (strict): " + ", ".join(report.total.missed))


def _side(entity: dict | None) -> str:
    if not entity:
        return "—"
    return f"{entity.get('name')} ({entity.get('country')}/{entity.get('sector')})"


def _line(event: dict) -> str:
    mode = f"/{event['mode']}" if event.get("mode") else ""
    return f"{event['type']}{mode} {_side(event.get('actor'))} → {_side(event.get('recipient'))} date={event.get('date')} {event.get('modality') or ''}".rstrip()


def _print_errors(errors: list[dict]) -> None:
    for error in errors:
        if error["kind"] == "missed":
            click.echo(f"\nMISSED {error['document']}:{error['gold_id']} — {error['reason']}")
            click.echo(f"  sentence: {error['sentence']}")
            click.echo(f"  gold:     {_line(error['gold'])}")
            for coded in error["coded"]:
                click.echo(f"  coded:    {_line(coded)}")
        else:
            click.echo(f"\nFALSE POSITIVE {error['document']} — trigger {error.get('trigger')}")
            click.echo(f"  sentence: {error['sentence']}")
            click.echo(f"  coded:    {_line(error['coded'])}")
            for gold in error["gold"]:
                click.echo(f"  gold:     {_line(gold)}")


def _print_reasons(errors: list[dict]) -> None:
    from collections import Counter

    reasons = Counter(e["reason"] for e in errors if e["kind"] == "missed")
    false_positives = sum(e["kind"] == "false positive" for e in errors)
    click.echo("\nmisses by reason: " + ", ".join(f"{r} {n}" for r, n in reasons.most_common()) + f"; false positives {false_positives}")
