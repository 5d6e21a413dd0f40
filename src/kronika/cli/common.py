"""What every subcommand shares: reading input and failing cleanly."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import NoReturn

import click


def printable(text: object) -> str:
    """Text safe to print to a terminal on one line: control characters (NUL, ESC
    and the terminal escapes they start, newlines, BiDi overrides) and lone
    surrogates are shown as escapes, never sent raw."""
    text = str(text)
    if text.isprintable():
        return text
    return "".join(c if c.isprintable() else c.encode("unicode_escape", "backslashreplace").decode("ascii")
                   if ord(c) < 0xD800 or ord(c) > 0xDFFF else f"\\u{ord(c):04x}" for c in text)


def fail(message: str, code: int = 1) -> NoReturn:
    """One clear line on stderr and a non-zero exit; never a traceback."""
    click.echo(f"kronika: error: {printable(message)}", err=True)
    sys.exit(code)


HTML_SUFFIXES = (".html", ".htm", ".xhtml")


def looks_like_html(source: str, data: bytes) -> bool:
    """An HTML page (by its name, or by how it starts): its article text is read out of the markup."""
    if source.lower().endswith(HTML_SUFFIXES):
        return True
    start = data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return start.startswith((b"<!doctype html", b"<html"))


def read_input_text(source: str) -> str | bytes:
    """The text of FILE, or of standard input for '-', decoded as UTF-8; the raw
    bytes when it is an HTML page (see `looks_like_html`)."""
    from kronika.read import ReadError, decode

    if source == "-":
        data = sys.stdin.buffer.read()
    else:
        path = Path(source)
        if not path.exists() and "://" in source:
            raise ReadError(f"{source} is a URL: Kronika does not fetch pages from the web; save the article "
                            "and give the file (ingest --engine dask reads fsspec URLs such as s3://)")
        if not path.exists():
            raise ReadError(f"{source}: no such file")
        if path.is_dir():
            raise ReadError(f"{source} is a directory; extract reads one article (use `kronika ingest` for folders)")
        from kronika.pipeline import MAX_ARTICLE_CHARS

        if path.is_file() and path.stat().st_size > 40 * MAX_ARTICLE_CHARS:  # not one article, even as an HTML page
            raise ReadError(f"{source} is {path.stat().st_size:,} bytes: too large to be one article")
        data = path.read_bytes()
    if looks_like_html(source, data):
        return data  # type: ignore[return-value]  # the caller parses the page
    text = decode(data)
    if not text.strip():
        raise ReadError(f"{'standard input' if source == '-' else source} is empty")
    return text
