"""`kronika time`: temporal expressions in a text, resolved."""

from __future__ import annotations

import json

import click

from kronika.cli.common import fail


@click.command("time")
@click.argument("text")
@click.option("--published", required=True, metavar="ISO-8601", help="Publication time the expressions are resolved against.")
@click.option("--lang", default="hr", show_default=True, help="Language of the text.")
@click.option("--json", "as_json", is_flag=True, help='Print a list of {"text","value","precision","start","end"}.')
def time_command(text: str, published: str, lang: str, as_json: bool) -> None:
    """Find the temporal expressions in TEXT and resolve each against the
    publication time: '21. studenoga' → 2025-11-21, 'prošli mjesec' →
    2025-11, 'ovotjednom' → 2025-W50, 'u 17 dana' → P17D.

    \b
    Example:
      kronika time "Sastali su se u četvrtak, a prošli mjesec razgovarali." --published 2025-12-11T22:07:00+01:00
    """
    from kronika.lang import UnknownLanguage, get_pack
    from kronika.read import ReadError, parse_datetime
    from kronika.temporal import find_timexes

    try:
        when = parse_datetime(published)
        pack = get_pack(lang)
        timexes = find_timexes(pack.analyse(text), pack, when)
    except (ReadError, UnknownLanguage) as error:
        fail(str(error))
    if as_json:
        click.echo(json.dumps([t.model_dump() for t in timexes], ensure_ascii=False))
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"published {when.isoformat()}")
    for column in ("text", "value", "precision", "span"):
        table.add_column(column)
    for t in timexes:
        table.add_row(t.text, t.value, t.precision, f"{t.start}–{t.end}")
    Console().print(table)
