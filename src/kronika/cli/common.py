"""What every subcommand shares: reading input and failing cleanly."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import NoReturn

import click


def fail(message: str, code: int = 1) -> NoReturn:
    """One clear line on stderr and a non-zero exit; never a traceback."""
    click.echo(f"kronika: error: {message}", err=True)
    sys.exit(code)


def read_input_text(source: str) -> str:
    """The text of FILE, or of standard input for '-', decoded as UTF-8."""
    from kronika.read import ReadError, decode

    if source == "-":
        data = sys.stdin.buffer.read()
    else:
        path = Path(source)
        if not path.exists():
            raise ReadError(f"{source}: no such file")
        if path.is_dir():
            raise ReadError(f"{source} is a directory; extract reads one article (use `kronika ingest` for folders)")
        data = path.read_bytes()
    text = decode(data)
    if not text.strip():
        raise ReadError(f"{'standard input' if source == '-' else source} is empty")
    return text
