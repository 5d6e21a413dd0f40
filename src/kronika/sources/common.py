"""What every reader shares."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Skipped:
    """An input that gave no article, and why (shown in the ingest summary)."""

    source: str
    reason: str


def decode_markup(data: bytes) -> str:
    """Bytes of a web page: UTF-8 when valid, else the most likely charset
    (Croatian sites still serve windows-1250)."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
        return str(best) if best is not None else data.decode("utf-8", errors="replace")
