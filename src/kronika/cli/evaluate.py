"""`kronika evaluate`: score extraction against gold files."""

from __future__ import annotations

import json
from pathlib import Path

import click

from kronika.cli.common import fail


@click.command()
@click.argument("gold", metavar="GOLD_DIR_OR_FILE", type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
def evaluate(gold: Path, as_json: bool) -> None:
    """Run extraction on each gold file's article and score it (rules of
    docs/EVALUATION.md): dyad and strict precision/recall/F1, attribution
    and modality accuracy, per document and in total.

    \b
    Example:
      kronika evaluate ../shared/gold/dev
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
    if report.total.missed:
        click.echo("missed (strict): " + ", ".join(report.total.missed))
