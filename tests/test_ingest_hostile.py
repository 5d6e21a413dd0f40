"""Hostile and broken input: each bad date, record, file or folder is one clear
skip or one clear error, never a traceback, a hang or lost good records."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from datetime import date, datetime, timezone
from pathlib import Path

import pytest

from kronika.read import ReadError, parse_datetime, parse_text
from kronika.sources import Skipped, read_path, read_paths
from kronika.store import counts, ingest_articles, open_store
from kronika.temporal import relative_value, resolve, week_value, weekday_near
from kronika.temporal.matches import TemporalMatch

GOOD = "Plenković se u petak sastao s Golobom u Zagrebu."


def kronika(*args: str, cwd: Path, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kronika", *args], cwd=cwd, capture_output=True, input=stdin, timeout=120)


# ---------------------------------------------------------------- dates

@pytest.mark.parametrize("line", ["32.13.2025", "29.02.2025 u 10:00", "31.04.2026", "0.0.0000", "2025-02-30T10:00"])
def test_an_impossible_date_is_a_read_error(line: str) -> None:
    with pytest.raises(ReadError):
        parse_datetime(line)


@pytest.mark.parametrize("value", ["0001-01-01T00:00:00", "0001-01-01T00:30:00+14:00", "9999-12-31T23:30:00-12:00"])
def test_a_time_at_the_edge_of_the_calendar_is_a_read_error(value: str) -> None:
    with pytest.raises(ReadError, match="edge of the calendar"):
        parse_datetime(value)


@pytest.mark.parametrize("value", [5, None, ["2025-01-01"]])
def test_a_publication_time_that_is_no_string_is_a_read_error(value) -> None:
    with pytest.raises(ReadError):
        parse_datetime(value)


def test_an_impossible_header_date_leaves_the_article_undated() -> None:
    for header in ("32.13.2025", "29.02.2025 u 10:00", "published: 31.04.2026", "0.0.0000"):
        article = parse_text(f"Naslov\n\n{header}\n\n{GOOD}\n")
        assert article.document.published is None


def _match(kind: str, **fields) -> TemporalMatch:
    return TemporalMatch(0, 5, kind, fields)


@pytest.mark.parametrize("match, published", [
    (_match("weekday", weekday=5), datetime(1, 1, 1)),
    (_match("weekday", weekday=1, direction=-1), datetime(1, 1, 1)),
    (_match("weekday", weekday=5, direction=1), datetime(9999, 12, 31)),
    (_match("relative", unit="day", offset=1), datetime(9999, 12, 31)),
    (_match("relative", unit="day", offset=-1), datetime(1, 1, 1)),
    (_match("relative", unit="week", offset=-1), datetime(1, 1, 3)),
    (_match("relative", unit="month", offset=-1), datetime(1, 1, 3)),
    (_match("relative", unit="year", offset=-1), datetime(1, 6, 3)),
    (_match("relative", unit="year", offset=1), datetime(9999, 6, 3)),
    (_match("ago", unit="day", offset=-400_000_000), datetime(2025, 1, 1)),
    (_match("month", month=12), datetime(1, 1, 10)),
])
def test_relative_dates_off_the_calendar_resolve_to_nothing(match, published) -> None:
    assert resolve(match, published) is None


def test_relative_dates_inside_the_calendar_still_resolve() -> None:
    assert resolve(_match("relative", unit="day", offset=1), datetime(9999, 12, 30)) == ("9999-12-31", "day")
    assert resolve(_match("weekday", weekday=1), datetime(1, 1, 3)) == ("0001-01-01", "day")
    assert relative_value(date(2025, 12, 11), "year", -1) == ("2024", "year")
    assert weekday_near(date(2025, 12, 11), 5, 0) == date(2025, 12, 5)
    with pytest.raises(OverflowError):
        relative_value(date(9999, 12, 31), "year", 1)


def test_an_iso_week_before_the_year_1000_has_four_digits() -> None:
    assert week_value(date(5, 1, 13)) == "0005-W02"
    assert week_value(date(999, 1, 13)) == "0999-W02"
    assert week_value(date(2025, 12, 11)) == "2025-W50"


def test_extract_near_the_ends_of_the_calendar_does_not_crash() -> None:
    from kronika.pipeline import extract_text

    for text in ("Plenković se u petak sastao s Golobom.", "Plenković će se sutra sastati s Golobom.",
                 "Plenković se prošli tjedan sastao s Golobom.", "Plenković će se sljedeće godine sastati s Golobom."):
        for published in (datetime(1, 1, 2, tzinfo=timezone.utc), datetime(9999, 12, 30, tzinfo=timezone.utc)):
            result = extract_text(text, published=published, lang="hr")
            for event in result.events:
                assert event.date is None or event.date[:4].isdigit() and "0000" < event.date[:4] <= "9999"


# ---------------------------------------------------------------- linear time and the size of an article

def test_a_lone_surname_is_found_in_linear_time() -> None:
    """'Golob' alone is the person named in full before: looked up, not found by scanning
    every earlier mention again (which made long articles quadratic)."""
    from kronika.actors.resolve import _named_before, _Resolved
    from kronika.model import Entity

    class Part:
        calls = 0

        def word_key(self, word: str) -> str:
            Part.calls += 1
            return word.lower()

    def keys_looked_at(n: int) -> int:
        part, earlier = Part(), []
        Part.calls = 0
        for i in range(n):  # an article naming n people in full, each followed by a surname no one has
            earlier.append(_Resolved(Entity(name=f"Ime Prezime{i}", text=f"Ime Prezime{i}"), i, 0, 1, "person"))
            assert _named_before("nitko", earlier, part) is None
            assert _named_before(f"prezime{i}", earlier, part) is earlier[-1]
        return Part.calls

    assert keys_looked_at(2000) <= 2 * 2000  # each mention's key once: linear (the scan was 4,000,000)
    # the latest person of that surname wins, as before
    part, earlier = Part(), []
    for first in ("Ana", "Ivo"):
        earlier.append(_Resolved(Entity(name=f"{first} Horvat", text=f"{first} Horvat"), 0, 0, 1, "person"))
    earlier.append(_Resolved(Entity(name="Horvat", text="Horvat"), 1, 0, 0, "person"))  # a lone surname: no full name
    assert _named_before("horvat", earlier, part).entity.name == "Ivo Horvat"


def test_an_article_over_the_size_limit_is_refused_with_the_reason(monkeypatch) -> None:
    from kronika.pipeline import MAX_ARTICLE_CHARS, extract_text

    with pytest.raises(ReadError, match="over the limit"):
        extract_text(GOOD + " " + "a" * MAX_ARTICLE_CHARS, lang="hr")
    monkeypatch.setenv("KRONIKA_MAX_ARTICLE_CHARS", "20")
    with pytest.raises(ReadError, match="KRONIKA_MAX_ARTICLE_CHARS"):
        extract_text(GOOD, lang="hr")


def test_extract_cli_says_an_article_is_too_long(tmp_path: Path) -> None:
    from kronika.pipeline import MAX_ARTICLE_CHARS

    (tmp_path / "long.txt").write_text(GOOD + "\n" + "Riječ " * (MAX_ARTICLE_CHARS // 6 + 10), encoding="utf-8")
    run = kronika("extract", "long.txt", cwd=tmp_path)
    assert run.returncode == 1
    assert run.stderr.decode().count("\n") == 1 and "over the limit" in run.stderr.decode()


# ---------------------------------------------------------------- JSONL

def _jsonl(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_one_bad_jsonl_record_is_one_skip_named_by_file_and_line(tmp_path: Path) -> None:
    good = {"text": GOOD, "lang": "hr", "published": "2025-12-11"}
    lines = [json.dumps(good)]
    for bad in ({"title": 5}, {"url": [1]}, {"id": {}}, {"lang": 3}, {"outlet": 1.5}, {"published": "31.04.2026"},
                {"published": 20251211}, {"text": 7}):
        lines.append(json.dumps({**good, "text": f"{GOOD} {len(lines)}", **bad}))
    lines += ['{"text": "Tekst \\ud800 ovdje: ' + GOOD + '", "lang": "hr"}',  # a lone surrogate in the text
              '{"text": "' + GOOD + ' 2", "title": "Naslov \\udc00", "lang": "hr"}',  # and in the title
              "[" * 100_000 + "]" * 100_000,  # deeper than the JSON parser's stack
              "[1, 2]", "not json",
              json.dumps({**good, "text": "Zadnji: " + GOOD})]
    items = list(read_path(_jsonl(tmp_path / "a.jsonl", lines)))
    skipped = {item.source: item.reason for item in items if isinstance(item, Skipped)}
    assert sorted(skipped) == sorted(f"{tmp_path / 'a.jsonl'}:{n}" for n in [*range(2, 10), 12, 13, 14])
    assert "nested too deep" in skipped[f"{tmp_path / 'a.jsonl'}:12"]
    assert 'the record\'s "title" must be a string' in skipped[f"{tmp_path / 'a.jsonl'}:2"]
    articles = [item for item in items if not isinstance(item, Skipped)]
    assert len(articles) == 4 and articles[-1].text.startswith("Zadnji")
    assert "\ufffd" in articles[1].text and articles[2].document.title == "Naslov \ufffd"
    con = open_store(tmp_path / "s.duckdb")
    summary = ingest_articles(con, items)  # the surrogate title reaches DuckDB as text it can store
    assert summary.coded == 4 and counts(con)["documents"] == 4


def test_a_jsonl_record_longer_than_an_article_is_skipped_and_the_next_read(tmp_path: Path) -> None:
    from kronika.sources.common import MAX_RECORD_BYTES

    path = _jsonl(tmp_path / "b.jsonl", [json.dumps({"text": "x" * (MAX_RECORD_BYTES + 10)}), json.dumps({"text": GOOD})])
    items = list(read_path(path))
    assert isinstance(items[0], Skipped) and "longer than" in items[0].reason and items[0].source.endswith(":1")
    assert items[1].text == GOOD


def test_an_extraction_failure_is_named_by_file_and_line(tmp_path: Path) -> None:
    path = _jsonl(tmp_path / "c.jsonl", [json.dumps({"text": "qqq zzz"}), json.dumps({"text": GOOD, "lang": "hr"})])
    summary = ingest_articles(open_store(tmp_path / "s.duckdb"), read_path(path))
    assert summary.coded == 1 and summary.skipped[0][0] == f"{path}:1"


# ---------------------------------------------------------------- files and folders

def _warc(records: int = 2) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    for i in range(records):
        # varied text, so that gzip cannot squeeze the page into a few bytes
        body = ("<html><head><title>Naslov</title></head><body><article><p>"
                + " ".join(f"Plenković se u petak sastao s Golobom {i * 1000 + n} puta." for n in range(60))
                + "</p></article></body></html>").encode()
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(f"http://example.org/{i}", "response", payload=io.BytesIO(body),
                                                      http_headers=headers))
    return buffer.getvalue()


def test_a_truncated_warc_gz_says_its_page_is_cut(tmp_path: Path) -> None:
    data = _warc(1)
    (tmp_path / "cut.warc.gz").write_bytes(data[: len(data) // 2])
    items = list(read_path(tmp_path / "cut.warc.gz"))
    assert len(items) == 1 and isinstance(items[0], Skipped) and "truncated" in items[0].reason
    (tmp_path / "whole.warc.gz").write_bytes(data)
    assert not any(isinstance(item, Skipped) for item in read_path(tmp_path / "whole.warc.gz"))


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_a_fifo_in_a_folder_is_skipped_not_waited_on(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    items = list(read_paths([tmp_path]))
    assert [type(item).__name__ for item in items] == ["Article", "Skipped"]
    assert "FIFO" in items[1].reason


def test_an_unreadable_folder_is_reported(tmp_path: Path, monkeypatch) -> None:
    (tmp_path / "locked").mkdir()
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    real_scandir = os.scandir

    def scandir(path="."):
        if str(path).endswith("locked"):  # what a folder of mode 000 does to a user who is not root
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    items = list(read_paths([tmp_path]))
    skipped = [item for item in items if isinstance(item, Skipped)]
    assert len(skipped) == 1 and skipped[0].source.endswith("locked") and "not readable" in skipped[0].reason
    assert sum(not isinstance(item, Skipped) for item in items) == 1


def test_a_symlink_loop_is_named_as_one(tmp_path: Path) -> None:
    (tmp_path / "a.txt").symlink_to(tmp_path / "b.txt")
    (tmp_path / "b.txt").symlink_to(tmp_path / "a.txt")
    (tmp_path / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    reasons = {Path(item.source).name: item.reason for item in read_paths([tmp_path])}
    assert reasons == {"a.txt": "symbolic link loop", "b.txt": "symbolic link loop",
                       "gone.txt": "broken symbolic link (its target does not exist)"}


def test_a_huge_text_file_is_skipped_before_it_is_read(tmp_path: Path) -> None:
    from kronika.sources.common import MAX_TEXT_BYTES

    with (tmp_path / "huge.txt").open("wb") as handle:
        handle.truncate(MAX_TEXT_BYTES * 50)  # sparse: no disk needed
    [item] = list(read_path(tmp_path / "huge.txt"))
    assert isinstance(item, Skipped) and item.reason.startswith("too large")


# ---------------------------------------------------------------- the ingest command

def test_ingest_of_nothing_readable_fails_and_leaves_no_store(tmp_path: Path) -> None:
    run = kronika("ingest", "missing-folder", "--db", "s.duckdb", "--quiet", cwd=tmp_path)
    assert run.returncode == 1 and "no such file or folder" in run.stderr.decode()
    assert not (tmp_path / "s.duckdb").exists()
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01")
    run = kronika("ingest", "bin.txt", "--db", "s.duckdb", "--quiet", cwd=tmp_path)
    assert run.returncode == 1 and "nothing ingested" in run.stderr.decode()
    assert not (tmp_path / "s.duckdb").exists()
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    run = kronika("ingest", "bin.txt", "good.txt", "--db", "s.duckdb", "--quiet", cwd=tmp_path)
    assert run.returncode == 0, run.stderr


def test_ingest_messages_never_echo_control_bytes(tmp_path: Path) -> None:
    lines = [json.dumps({"text": GOOD, "lang": "hr"}), json.dumps({"text": GOOD + " 2", "title": 5, "id": "\x1b]0;pwned\x07"}),
             json.dumps({"text": GOOD, "published": "\x1b[31m\x00 32.13.2025"})]
    _jsonl(tmp_path / "feed\x1b[2J.jsonl", lines)
    run = kronika("ingest", str(tmp_path), "--db", str(tmp_path / "s.duckdb"), "--quiet", cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    for stream in (run.stdout, run.stderr):
        assert b"\x1b" not in stream and b"\x00" not in stream and b"\x07" not in stream
    assert b"\\x1b" in run.stderr


def test_cli_errors_never_echo_control_bytes(tmp_path: Path) -> None:
    run = kronika("extract", "-", "--published", "\x1b]0;pwned\x07 2025", cwd=tmp_path, stdin=GOOD.encode())
    assert run.returncode == 1 and b"\x1b" not in run.stderr and b"\\x1b" in run.stderr
    run = kronika("extract", "no\x1b]0;pwned\x07such.txt", cwd=tmp_path)  # a file name is echoed too
    assert run.returncode == 1 and b"\x1b" not in run.stderr and b"\x07" not in run.stderr and b"\\x1b" in run.stderr
