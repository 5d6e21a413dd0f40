"""Read stage and language detection on the seed, the SETimes corpus and our own headers."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from kronika.lang import UnknownLanguage
from kronika.language import detect
from kronika.read import ReadError, content_id, decode, parse_datetime, parse_text

BODY = "Hrvatski premijer u utorak je u Zagrebu primio slovenskog kolegu. Razgovarali su o granici."


def header(*lines: str) -> str:
    return "\n\n".join([*lines, BODY]) + "\n"


def test_seed_header(seed_text) -> None:
    article = parse_text(seed_text)
    document = article.document
    assert document.title == "Maduro kontaktirao s Putinom i Lukašenkom: Ako odstupi, hoće li ga primiti Minsk?"
    assert document.byline == "I.V./Hina"
    assert document.outlet == "Hina"
    assert document.published == datetime(2025, 12, 11, 22, 7, tzinfo=ZoneInfo("Europe/Zagreb"))
    assert document.published.isoformat() == "2025-12-11T22:07:00+01:00"
    assert document.language is None  # the header does not say; the language stage decides
    assert detect(article.text) == "hr"
    # the text is the file, byte for byte, so evidence offsets point into it
    assert article.text == seed_text
    # the body starts after the time line and holds none of the header lines
    time_line_end = seed_text.index("11.12.2025 u 22:07") + len("11.12.2025 u 22:07")
    assert time_line_end <= article.header_end < len(seed_text)
    body = seed_text[article.header_end:]
    assert "I.V./Hina" not in body and "11.12.2025 u 22:07" not in body
    assert body.strip()


def test_seed_id_is_a_content_hash_unless_given(seed_text) -> None:
    assert parse_text(seed_text).document.id == content_id(seed_text)
    assert parse_text(seed_text).document.id == parse_text(seed_text.replace("\n\n", "\n \n")).document.id
    assert parse_text(seed_text).document.id != parse_text(seed_text + "\nJoš jedna rečenica.").document.id
    assert parse_text(seed_text, doc_id="maduro").document.id == "maduro"


def test_setimes_metadata_lines(shared_dir) -> None:
    files = sorted((shared_dir / "corpus" / "setimes-hr").glob("set.hr.*.txt"))
    assert len(files) == 42
    for path in files:
        raw = path.read_text(encoding="utf-8")
        metadata = dict(line.split(": ", 1) for line in raw.split("\n\n", 1)[0].splitlines())
        article = parse_text(raw)
        assert article.document.id == metadata["doc_id"] == path.name.removesuffix(".txt")
        assert article.document.title == metadata["title"]
        assert article.document.language == "hr"
        assert article.document.outlet == "Southeast European Times"  # the name, not the provenance note
        assert article.text == raw
        # the body begins right after the metadata block: none of its lines are body
        body = raw[article.header_end:]
        assert "doc_id:" not in body and "license:" not in body
        assert body.strip().startswith(metadata["title"])


@pytest.mark.parametrize(
    "time_line, expected",
    [
        ("05.03.2026 u 18:40", "2026-03-05T18:40:00+01:00"),
        ("05.03.2026 at 18:40", "2026-03-05T18:40:00+01:00"),  # any short connector word: language unknown yet
        ("05.03.2026 um 18:40", "2026-03-05T18:40:00+01:00"),
        ("5. 3. 2026. 18:40", "2026-03-05T18:40:00+01:00"),
        ("05.03.2026, 18:40", "2026-03-05T18:40:00+01:00"),
        ("05.03.2026", "2026-03-05T00:00:00+01:00"),
        ("14.07.2026 u 09:15", "2026-07-14T09:15:00+02:00"),  # summer time in Zagreb
        ("2026-07-14 09:15", "2026-07-14T09:15:00+02:00"),
        ("2026-07-14T09:15:00Z", "2026-07-14T09:15:00+00:00"),  # an explicit zone is kept
        ("2026-07-14T09:15:00-04:00", "2026-07-14T09:15:00-04:00"),
    ],
)
def test_publication_time_line(time_line: str, expected: str) -> None:
    article = parse_text(header("Ministri o granici", "M.K./Kronika", time_line))
    assert article.document.published.isoformat() == expected
    assert article.text[article.header_end:].strip() == BODY


def test_byline_with_a_name_and_agency() -> None:
    document = parse_text(header("Ministri o granici", "Ivana Horvat / Reuters", "05.03.2026 u 18:40")).document
    assert (document.byline, document.outlet) == ("Ivana Horvat / Reuters", "Reuters")


@pytest.mark.parametrize("byline", ["Ivana Horvat", "Piše: Ivana Horvat", "Hina", "Redakcija 1/Portal 1"])
def test_byline_without_a_slash_before_the_time(byline: str) -> None:
    article = parse_text(header("Ministri o granici", byline, "05.03.2026 u 18:40"))
    assert article.document.byline == byline and article.document.title == "Ministri o granici"
    assert article.document.published == datetime(2026, 3, 5, 18, 40, tzinfo=ZoneInfo("Europe/Zagreb"))
    assert article.text[article.header_end:].strip().startswith("Hrvatski premijer")


def test_a_short_line_not_followed_by_the_time_is_body() -> None:
    article = parse_text(header("Ministri o granici", "Ivana Horvat", "Kratko."))
    assert article.document.byline is None
    assert article.text[article.header_end:].strip().startswith("Ivana Horvat")
    sentence = parse_text(header("Ministri o granici", "Sastanak je počeo.", "05.03.2026 u 18:40"))
    assert sentence.document.byline is None and sentence.document.published is None


def test_overrides_win_over_the_header() -> None:
    raw = header("Ministri o granici", "M.K./Kronika", "05.03.2026 u 18:40")
    when = datetime(2026, 3, 6, 8, 0, tzinfo=ZoneInfo("UTC"))
    document = parse_text(raw, published=when, lang="en", doc_id="x1", title="Drugi naslov", url="https://example.org/1", outlet="Hina").document
    assert (document.published, document.language, document.id) == (when, "en", "x1")
    assert (document.title, document.url, document.outlet) == ("Drugi naslov", "https://example.org/1", "Hina")
    setimes = "doc_id: a1\nlanguage: hr\ntitle: Naslov\n\n" + BODY
    assert parse_text(setimes, lang="en").document.language == "en"


def test_text_without_header_is_all_body() -> None:
    article = parse_text(BODY)
    assert article.header_end == 0
    assert article.document.title is None and article.document.published is None
    one_line = "Plenković i Golob razgovarali o granici"
    assert parse_text(one_line).header_end == 0  # a headline alone is still something to read


def test_unreadable_time_in_the_header_is_left_unknown() -> None:
    document = parse_text("doc_id: a1\npublished: sutra ujutro\n\n" + BODY).document
    assert document.published is None and document.id == "a1"


def test_empty_article_is_an_error() -> None:
    with pytest.raises(ReadError, match="empty"):
        parse_text(" \n\t\n")


def test_decode() -> None:
    assert decode("\ufeffČeška i Slovačka".encode("utf-8")) == "Češka i Slovačka"  # a BOM is not text
    with pytest.raises(ReadError, match="binary"):
        decode(b"\x7fELF\x00\x00\x01")
    with pytest.raises(ReadError, match="UTF-8"):
        decode("Češka".encode("cp1250"))


def test_parse_datetime_errors_and_zone() -> None:
    assert parse_datetime("2025-12-11T22:07").utcoffset() == timedelta(hours=1)
    with pytest.raises(ReadError, match="ISO 8601"):
        parse_datetime("jučer navečer")


def test_language_detection() -> None:
    assert detect(BODY) == "hr"
    assert detect("The Croatian prime minister met his Slovenian counterpart in Zagreb on Tuesday.") == "en"
    with pytest.raises(UnknownLanguage, match="--lang"):
        detect("12345 67890 ++ 2026")
    # languages without a pack are refused rather than read as English
    for foreign in (
        "Der Bundeskanzler traf sich gestern mit dem französischen Präsidenten in Berlin, um über die Lage zu sprechen.",
        "Le président français a rencontré hier le chancelier allemand à Berlin pour discuter de la situation.",
    ):
        with pytest.raises(UnknownLanguage):
            detect(foreign)


@pytest.mark.parametrize(
    "line, expected",
    [
        ("17.12.2025. u 06:46", datetime(2025, 12, 17, 6, 46)),
        ("06. pro. 2025. 20:26", datetime(2025, 12, 6, 20, 26)),
        ("14. pro. 2025. 12:35", datetime(2025, 12, 14, 12, 35)),
        ("3. velj. 2026. u 9:05", datetime(2026, 2, 3, 9, 5)),
        ("6. prosinca 2025. u 20:26", datetime(2025, 12, 6, 20, 26)),
        ("6. decembra 2025. 20:26", datetime(2025, 12, 6, 20, 26)),
        ("Objavljeno: 11.12.2025. u 22:07", datetime(2025, 12, 11, 22, 7)),
        ("Ažurirano: 14. pro. 2025. 12:35", datetime(2025, 12, 14, 12, 35)),
        ("četvrtak, 11.12.2025. 22:07", datetime(2025, 12, 11, 22, 7)),
        ("March 4, 2026 10:15", datetime(2026, 3, 4, 10, 15)),
        ("Updated: Dec 11, 2025 10:15 PM", datetime(2025, 12, 11, 22, 15)),
        ("2025-12-11 22:07", datetime(2025, 12, 11, 22, 7)),
    ],
)
def test_date_lines_outlets_print(line, expected) -> None:
    document = parse_text(header("Naslov o nečemu", line)).document
    assert document.published == expected.replace(tzinfo=ZoneInfo("Europe/Zagreb"))
    assert document.title == "Naslov o nečemu"


def test_a_date_line_with_its_own_zone_keeps_it() -> None:
    assert parse_datetime("4 March 2026, 10:15 CET").utcoffset() == timedelta(hours=1)
    assert parse_datetime("2025-12-11T21:07:00Z").utcoffset() == timedelta(0)


@pytest.mark.parametrize("line", ["32.13.2025", "29.02.2025 u 10:00", "published: 31.04.2026", "0.0.0000"])
def test_impossible_dates_are_a_read_error_not_another_day(line) -> None:
    with pytest.raises(ReadError, match="not a real date"):
        parse_datetime(line)
    article = parse_text(header("Naslov", line))  # in a header: the article is read, undated
    assert article.document.published is None


def test_a_sentence_with_a_date_is_not_a_date_line() -> None:
    article = parse_text(header("Naslov", "Sastanak je zakazan za 11.12.2025. u Zagrebu"))
    assert article.document.published is None
