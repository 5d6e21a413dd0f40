"""Readers for every input kind, on files the tests write: what becomes an
article (with which metadata) and what is skipped, and why."""

import gzip
import json
from pathlib import Path

from kronika.read import Article
from kronika.sources import Skipped, iter_paths, read_path, read_paths

SENTENCE = "Hrvatski premijer Andrej Plenković u ponedjeljak je telefonski razgovarao s njemačkim kancelarom Friedrichom Merzom."
PAGE = (
    "<html><head><meta charset='{charset}'><title>Plenković i Merz</title>"
    "<meta property='og:site_name' content='Vijesti Kronike'>"
    "<meta property='article:published_time' content='2026-03-02T11:00:00+01:00'></head>"
    "<body><nav>Početna | Svijet</nav><article><h1>Plenković i Merz</h1>{paragraphs}</article></body></html>"
)


def page(charset: str = "utf-8") -> bytes:
    return PAGE.format(charset=charset, paragraphs=f"<p>{SENTENCE}</p>" * 3).encode(charset)


def test_folders_are_walked_in_order_without_hidden_files(tmp_path: Path) -> None:
    for name in ("b/2.txt", "b/1.txt", "a.txt", ".hidden.txt", ".git/x.txt", "c/.d.txt"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(SENTENCE, encoding="utf-8")
    assert [p.relative_to(tmp_path).as_posix() for p in iter_paths([tmp_path])] == ["a.txt", "b/1.txt", "b/2.txt"]


def test_a_windows_1250_page_reads_as_croatian(tmp_path: Path) -> None:
    (tmp_path / "stara.html").write_bytes(page("windows-1250"))
    (article,) = read_path(tmp_path / "stara.html")
    assert isinstance(article, Article)
    assert "Plenković" in article.text and "Početna" not in article.text
    assert article.text.count("Plenković i Merz") == 1  # the title once, not twice
    assert article.document.title == "Plenković i Merz"
    assert article.document.outlet == "Vijesti Kronike"
    assert article.document.published.date().isoformat() == "2026-03-02"


def test_feeds_rss_and_atom(tmp_path: Path) -> None:
    atom = ("<?xml version='1.0' encoding='utf-8'?><feed xmlns='http://www.w3.org/2005/Atom'><title>Kronika Atom</title>"
            "<entry><title>Plenković i Merz</title><link href='https://example.org/atom/1'/><updated>2026-03-02T10:00:00Z</updated>"
            f"<content type='html'>&lt;p&gt;{SENTENCE}&lt;/p&gt;</content></entry>"
            "<entry><title>Prazno</title><link href='https://example.org/atom/2'/><updated>2026-03-02T10:00:00Z</updated>"
            "<content type='html'></content></entry></feed>")
    (tmp_path / "feed.atom").write_text(atom, encoding="utf-8")
    (tmp_path / "empty.rss").write_text("<rss version='2.0'><channel><title>x</title></channel></rss>", encoding="utf-8")
    (tmp_path / "broken.xml").write_text("<html><p>Nije feed <b></p>", encoding="utf-8")
    items = list(read_paths([tmp_path]))
    articles = [i for i in items if isinstance(i, Article)]
    reasons = sorted(i.reason.split(" (")[0] for i in items if isinstance(i, Skipped))
    assert len(articles) == 1
    assert articles[0].document.outlet == "Kronika Atom" and articles[0].document.url == "https://example.org/atom/1"
    assert articles[0].document.published.isoformat() == "2026-03-02T10:00:00+00:00"
    assert SENTENCE in articles[0].text
    assert reasons == ["feed entry has no text", "feed has no entries", "not a readable feed"]


def test_jsonl_gzipped_with_bad_lines_skipped_one_by_one(tmp_path: Path) -> None:
    good = {"text": SENTENCE, "title": "Plenković i Merz", "published": "2026-03-02T11:00:00+01:00",
            "url": "https://example.org/j", "outlet": "Kronika", "lang": "hr"}
    lines = [json.dumps(good).encode(), b"{not json", json.dumps({"title": "no text"}).encode(), b"\xff\xfe broken bytes",
             json.dumps({**good, "published": "sometime"}).encode(), b"", json.dumps({**good, "text": SENTENCE + " Opet."}).encode()]
    with gzip.open(tmp_path / "a.jsonl.gz", "wb") as handle:
        handle.write(b"\n".join(lines) + b"\n")
    items = list(read_path(tmp_path / "a.jsonl.gz"))
    assert [type(i).__name__ for i in items] == ["Article", "Skipped", "Skipped", "Skipped", "Skipped", "Article"]
    first = items[0].document
    assert (first.title, first.outlet, first.language, first.url) == ("Plenković i Merz", "Kronika", "hr", "https://example.org/j")
    assert first.published.isoformat() == "2026-03-02T11:00:00+01:00"
    assert [i.source.rsplit(":", 1)[1] for i in items if isinstance(i, Skipped)] == ["2", "3", "4", "5"]
    assert "not valid UTF-8" in items[3].reason and "sometime" in items[4].reason


def test_unreadable_inputs_are_skipped_with_a_reason(tmp_path: Path) -> None:
    (tmp_path / "archive.warc.gz").write_bytes(b"this is not a warc file at all")
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    (tmp_path / "nav.html").write_text("<html><body><nav>Početna</nav></body></html>", encoding="utf-8")
    (tmp_path / "latin2.txt").write_bytes(SENTENCE.encode("cp1250"))
    items = list(read_paths([tmp_path, tmp_path / "missing.txt"]))
    assert all(isinstance(i, Skipped) for i in items)
    reasons = {Path(i.source).name: i.reason for i in items}
    assert "not a readable WARC" in reasons["archive.warc.gz"]
    assert "unknown file type '.jpg'" == reasons["photo.jpg"]
    assert "no article text" in reasons["nav.html"]
    assert "not valid UTF-8" in reasons["latin2.txt"]
    assert reasons["missing.txt"] == "no such file"
