"""WARC archives (gzipped or not) via warcio: every HTML response record is a page."""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from pathlib import Path

from kronika.read import Article
from kronika.sources.common import MAX_PAGE_BYTES, Cursor, Skipped
from kronika.sources.html import read_html


def read_warc(path: Path, cursor: Cursor | None = None) -> Iterator[Article | Skipped]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    records = pages = 0
    # warcio reads any text as a lenient ARC record: only records of the file's own format count
    expected = "arc" if ".arc" in path.name.lower() and ".warc" not in path.name.lower() else "warc"
    cursor = cursor or Cursor()
    with path.open("rb") as stream:
        try:
            for record in ArchiveIterator(stream):
                cursor.at = stream.tell()  # read ahead by a buffer at most: close enough for a progress bar
                if not record.format.startswith(expected):
                    continue
                records += 1
                if record.rec_type != "response" or record.http_headers is None:
                    continue
                if "html" not in (record.http_headers.get_header("Content-Type") or ""):
                    continue
                pages += 1
                url = record.rec_headers.get_header("WARC-Target-URI")
                payload = record.content_stream().read(MAX_PAGE_BYTES + 1)
                if len(payload) > MAX_PAGE_BYTES:
                    yield Skipped(url or str(path), f"too large: an HTML page over the limit of {MAX_PAGE_BYTES:,} bytes")
                    continue
                if getattr(record.raw_stream, "limit", 0):  # the file ends before the record does
                    yield Skipped(url or str(path), f"truncated WARC record in {path}: the page is cut off "
                                                    f"({record.raw_stream.limit:,} of its {record.length:,} bytes missing)")
                    return
                yield read_html(payload, url or str(path), url=url)
        except ArchiveLoadFailed as error:
            yield Skipped(str(path), f"not a readable WARC archive ({str(error).strip()})")
            return
        except (EOFError, OSError, zlib.error) as error:  # a cut or corrupt gzip member
            yield Skipped(str(path), f"truncated or corrupt WARC archive after {records} records ({error})")
            return
    if not records:
        if path.name.lower().endswith(".gz") and _gzip_truncated(path):
            yield Skipped(str(path), "truncated WARC archive: the file ends inside its first record")
        else:
            yield Skipped(str(path), "not a readable WARC archive (no records)")
    elif not pages:
        yield Skipped(str(path), f"no HTML pages among its {records} WARC records")


def _gzip_truncated(path: Path) -> bool:
    """Does the gzip file end inside a member (a download or copy cut short)?"""
    decompressor, inside = zlib.decompressobj(31), False
    with path.open("rb") as stream:
        while chunk := stream.read(1 << 20):
            while chunk:
                inside = True
                try:
                    decompressor.decompress(chunk)
                except zlib.error:
                    return False  # not gzip at all: another message says so
                if decompressor.eof:  # the next member starts in what is left
                    chunk, decompressor, inside = decompressor.unused_data, zlib.decompressobj(31), False
                else:
                    chunk = b""
    return inside
