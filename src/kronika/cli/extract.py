"""`kronika extract`: code the events of one article."""

from __future__ import annotations

import json
import sys

import click

from kronika.cli.common import fail, read_input_text


@click.command()
@click.argument("source", metavar="FILE|-")
@click.option("--published", metavar="ISO-8601", help="Publication time, e.g. 2025-12-11T22:07:00+01:00 or 11.12.2025 u 22:07 (overrides the header). Relative dates ('u utorak') are resolved against it; without it and without a date line, against the time the text's own dates give (reported as inferred_time), else they stay undated.")
@click.option("--lang", metavar="CODE", help="Language of the article (hr, en); detected when omitted.")
@click.option(
    "--format", "output_format", type=click.Choice(["json", "jsonl", "table", "digest"]), default="json", show_default=True,
    help="json: document and events; jsonl: one event per line; table: for reading; digest: one English line per event.",
)
def extract(source: str, published: str | None, lang: str | None, output_format: str) -> None:
    """Code the events of one article: who did what to whom, when, and
    according to whom.

    FILE is a plain-text article (UTF-8); its first lines may hold the title,
    a byline and the publication time ('11.12.2025 u 22:07'). An HTML page
    (.html, or text that starts with <html) is read as `ingest` reads it: its
    article text, title and date. Use - to read from standard input. URLs
    are not fetched: save the page first.

    \b
    Examples:
      kronika extract examples/zagreb-ljubljana-2026-03-05.hr.txt
      kronika extract article.txt --published 2025-12-11T22:07:00+01:00 --format digest
      cat article.txt | kronika extract - --lang hr --format table
    """
    from kronika.lang import UnknownLanguage
    from kronika.pipeline import extract_text
    from kronika.read import Article, ReadError, parse_datetime

    try:
        text = read_input_text(source)
        when = parse_datetime(published) if published else None
        if isinstance(text, bytes):  # an HTML page: its article text and metadata, as `ingest` reads them
            from kronika.pipeline import extract_article
            from kronika.sources.html import read_html

            article = read_html(text, source)
            if not isinstance(article, Article):
                raise ReadError(f"{source}: {article.reason}")
            if when is not None:
                article.document.published = when
            if lang:
                article.document.language = lang
            result = extract_article(article)
        else:
            result = extract_text(text, published=when, lang=lang)
    except (ReadError, UnknownLanguage) as error:
        fail(str(error))
    except OSError as error:  # unreadable file, permissions, a broken pipe on stdin
        fail(f"{source}: cannot read ({error.strerror or error})")

    if output_format == "json":
        click.echo(result.model_dump_json(indent=2))
    elif output_format == "jsonl":
        for event in result.events:
            click.echo(json.dumps(event.model_dump(mode="json"), ensure_ascii=False))
    elif output_format == "digest":
        for event in result.events:
            click.echo(event.digest())
        if not result.events:
            print("no events found", file=sys.stderr)
    else:
        from kronika.cli.tables import print_events_table

        print_events_table(result)
