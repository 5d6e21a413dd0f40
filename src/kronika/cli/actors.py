"""`kronika actors`: the actor knowledge base from the command line."""

from __future__ import annotations

import json
from datetime import date

import click

from kronika.cli.common import fail


@click.group()
def actors() -> None:
    """The actor knowledge base: countries, organisations, outlets, people and their offices."""


@actors.command()
@click.argument("text")
@click.option("--date", "on_date", metavar="YYYY-MM-DD", help="Resolve offices ('američki predsjednik') for this day (default: today).")
@click.option("--lang", default="hr", show_default=True, help="Language of the phrase.")
@click.option("--json", "as_json", is_flag=True, help='Print {"name","country","sector","kb_id","text"} or null.')
def lookup(text: str, on_date: str | None, lang: str, as_json: bool) -> None:
    """Show how a phrase, in any case form, resolves to an actor.

    \b
    Examples:
      kronika actors lookup "Lukašenkom"
      kronika actors lookup "američki predsjednik" --date 2022-05-01 --json
      kronika actors lookup "glasnogovornica ruskog ministarstva vanjskih poslova"
    """
    from kronika.actors import lookup as resolve
    from kronika.lang import UnknownLanguage

    try:
        day = date.fromisoformat(on_date) if on_date else date.today()
    except ValueError:
        fail(f"cannot read {on_date!r} as a date (use YYYY-MM-DD)")
    if not text.strip():
        fail("give a phrase to look up")
    try:
        entity = resolve(text, lang=lang, on_date=day)
    except UnknownLanguage as error:
        fail(str(error))
    if as_json:
        payload = None if entity is None else {k: getattr(entity, k) for k in ("name", "country", "sector", "kb_id", "text")}
        click.echo(json.dumps(payload, ensure_ascii=False))
    elif entity is None:
        click.echo(f"{text!r}: no actor found")
    else:
        click.echo(f"{entity.text} → {entity.name} · country {entity.country or '—'} · sector {entity.sector or '—'} · {entity.kb_id or 'not in the knowledge base'}")
