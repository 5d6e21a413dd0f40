"""WARC archives (gzipped or not) via warcio: every HTML response record is a page."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from kronika.read import Article
from kronika.sources.common import Skipped
from kronika.sources.html import read_html


def read_warc(path: Path) -> Iterator[Article | Skipped]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    records = pages = 0
    # warcio reads any text as a lenient ARC record: only records of the file's own format count
    expected = "arc" if ".arc" in path.name.lower() and ".warc" not in path.name.lower() else "warc"
    with path.open("rb") as stream:
        try:
            for record in ArchiveIterator(stream):
                if not record.format.startswith(expected):
                    continue
                records += 1
                if record.rec_type != "response" or record.http_headers is None:
                    continue
                if "html" not in (record.http_headers.get_header("Content-Type") or ""):
                    continue
                pages += 1
                url = record.rec_headers.get_header("WARC-Target-URI")
                yield read_html(record.content_stream().read(), url or str(path), url=url)
        except ArchiveLoadFailed as error:
            yield Skipped(str(path), f"not a readable WARC archive ({str(error).strip()})")
            return
    if not records:
        yield Skipped(str(path), "not a readable WARC archive (no records)")
    elif not pages:
        yield Skipped(str(path), f"no HTML pages among its {records} WARC records")
