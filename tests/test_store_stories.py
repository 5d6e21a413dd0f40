"""Stories in the store, on extractions we build ourselves: which events of
different articles are one story, and which are not."""

from datetime import datetime, timezone
from pathlib import Path

import duckdb
import pytest

from kronika.model import Document, Entity, Event, Evidence, Extraction, event_id
from kronika.read import Article
from kronika.store import (
    actor_network, counts, ingest_articles, list_actors, open_store, query_events, query_stories, story_key,
)

PLENKOVIC = Entity(name="Andrej Plenković", text="Plenković", country="HRV", sector="GOV")
MERZ = Entity(name="Friedrich Merz", text="Merz", country="DEU", sector="GOV")
GOLOB = Entity(name="Robert Golob", text="Golob", country="SVN", sector="GOV")


def event(doc: str, type_: str, actor: Entity, recipient: Entity | None, date: str | None,
          attribution: tuple[str, ...] = (), start: int = 0) -> Event:
    precision = {4: "year", 7: "month", 10: "day"}.get(len(date or ""), None)
    return Event(id=event_id(doc, type_, start, actor.name, recipient.name if recipient else None), type=type_,
                 actor=actor, recipient=recipient, date=date, date_precision=precision, attribution=list(attribution),
                 evidence=[Evidence(sentence=f"{actor.text} i {recipient.text if recipient else ''}.", start=start, end=start + 20)],
                 document=doc)


def article(doc: str, outlet: str, *events: Event) -> tuple[Article, Extraction]:
    """An article whose text is unique to it, and the extraction we say the pipeline gave."""
    document = Document(id=doc, outlet=outlet, title=f"Vijest {doc}", published=datetime(2026, 3, 2, 12, tzinfo=timezone.utc))
    return Article(document=document, text=f"Tekst članka {doc}."), Extraction(document=document, events=list(events))


def ingest(con: duckdb.DuckDBPyConnection, *pairs: tuple[Article, Extraction]):
    extractions = {a.document.id: x for a, x in pairs}
    return ingest_articles(con, [a for a, _ in pairs], extract=lambda a: extractions[a.document.id])


@pytest.fixture()
def con(tmp_path: Path) -> duckdb.DuckDBPyConnection:
    return open_store(tmp_path / "stories.duckdb")


def test_a_meeting_told_both_ways_by_three_outlets_is_one_story(con) -> None:
    ingest(con,
           article("d1", "hina", event("d1", "CONSULT", PLENKOVIC, MERZ, "2026-03-02", ("Hina",))),
           article("d2", "dpa", event("d2", "CONSULT", MERZ, PLENKOVIC, "2026-03-02", ("dpa", "Reuters"))),
           article("d3", "index", event("d3", "CONSULT", PLENKOVIC, MERZ, "2026-03", ())))
    stories = query_stories(con)
    assert len(stories) == 1
    assert stories[0]["articles"] == 3
    assert stories[0]["outlets"] == ["dpa", "hina", "index"]
    assert sorted(map(tuple, stories[0]["attributions"])) == [(), ("Hina",), ("dpa", "Reuters")]
    assert len(stories[0]["events"]) == 3
    assert stories[0]["date"] == "2026-03-02"  # the most precise of the dates told
    assert stories[0]["sources"] == ["dpa", "Hina", "index", "Reuters"] and stories[0]["n_sources"] == 4
    assert [(r["document"], r["outlet"], r["attribution"]) for r in stories[0]["reports"]] == [
        ("d1", "hina", ["Hina"]), ("d2", "dpa", ["dpa", "Reuters"]), ("d3", "index", [])]


def test_an_accusation_has_a_direction(con) -> None:
    ingest(con,
           article("d1", "hina", event("d1", "ACCUSE", PLENKOVIC, GOLOB, "2026-03-02")),
           article("d2", "hina", event("d2", "ACCUSE", GOLOB, PLENKOVIC, "2026-03-02")))
    assert len(query_stories(con)) == 2
    assert story_key(event("x", "ACCUSE", PLENKOVIC, GOLOB, None)) != story_key(event("x", "ACCUSE", GOLOB, PLENKOVIC, None))
    assert story_key(event("x", "CONSULT", PLENKOVIC, GOLOB, None)) == story_key(event("x", "CONSULT", GOLOB, PLENKOVIC, None))


def test_other_type_other_dyad_other_day_or_no_date_are_other_stories(con) -> None:
    ingest(con,
           article("d1", "a", event("d1", "CONSULT", PLENKOVIC, MERZ, "2026-03-02")),
           article("d2", "b", event("d2", "CONSULT", PLENKOVIC, MERZ, "2026-03-09")),
           article("d3", "c", event("d3", "AGREE", PLENKOVIC, MERZ, "2026-03-02")),
           article("d4", "d", event("d4", "CONSULT", PLENKOVIC, GOLOB, "2026-03-02")),
           article("d5", "e", event("d5", "CONSULT", PLENKOVIC, MERZ, None)),
           article("d6", "f", event("d6", "CONSULT", PLENKOVIC, MERZ, None)))
    assert counts(con) == {"documents": 6, "events": 6, "stories": 6}


def test_without_countries_the_names_decide(con) -> None:
    someone = Entity(name="Ivan Horvat", text="Horvat")
    another = Entity(name="Marko Kovač", text="Kovač")
    ingest(con,
           article("d1", "a", event("d1", "PROTEST", someone, None, "2026-03-02")),
           article("d2", "b", event("d2", "PROTEST", another, None, "2026-03-02")),
           article("d3", "c", event("d3", "PROTEST", someone, None, "2026-03-02")))
    stories = query_stories(con)
    assert sorted(s["articles"] for s in stories) == [1, 2]


def test_a_reused_document_id_keeps_both_articles_and_their_events(con) -> None:
    first = article("same", "a", event("same", "CONSULT", PLENKOVIC, MERZ, "2026-03-02"))
    second_doc = Document(id="same", outlet="b")
    second = (Article(document=second_doc, text="Drugi tekst."),
              Extraction(document=second_doc, events=[event("same", "CONSULT", PLENKOVIC, MERZ, "2026-03-02")]))
    ingest(con, first)
    summary = ingest(con, second)
    assert summary.coded == 1
    assert counts(con) == {"documents": 2, "events": 2, "stories": 1}
    assert {e["document"] for e in query_events(con)} == {"same", con.execute("SELECT max(id) FROM documents").fetchone()[0]}


def test_an_extraction_error_skips_only_that_article(con) -> None:
    good = article("d1", "a", event("d1", "CONSULT", PLENKOVIC, MERZ, "2026-03-02"))
    bad_document = Document(id="bad")

    def extract(a: Article) -> Extraction:
        if a.document.id == "bad":
            raise RuntimeError("coder broke")
        return good[1]

    summary = ingest_articles(con, [Article(document=bad_document, text="Loš tekst."), good[0]], extract=extract)
    assert (summary.read, summary.coded, len(summary.skipped)) == (2, 1, 1)
    assert summary.skip_reasons() == {"extraction failed": 1}
    assert counts(con)["documents"] == 1


def test_actor_lists_and_network_count_by_type(con) -> None:
    ingest(con,
           article("d1", "a", event("d1", "CONSULT", PLENKOVIC, MERZ, "2026-03-02"),
                   event("d1", "AGREE", PLENKOVIC, MERZ, "2026-03-02", start=50)),
           article("d2", "b", event("d2", "ACCUSE", GOLOB, PLENKOVIC, "2026-03-04")))
    network = actor_network(con)
    edges = {(e["source"], e["target"]): e["types"] for e in network["edges"]}
    assert edges == {("Andrej Plenković", "Friedrich Merz"): {"AGREE": 1, "CONSULT": 1},
                     ("Robert Golob", "Andrej Plenković"): {"ACCUSE": 1}}
    assert {n["id"]: n["events"] for n in network["nodes"]} == {"Andrej Plenković": 3, "Friedrich Merz": 2, "Robert Golob": 1}
    assert list_actors(con)[0] == {"name": "Andrej Plenković", "country": "HRV", "sector": "GOV", "events": 3}
    assert actor_network(con, type="ACCUSE")["edges"] == [
        {"source": "Robert Golob", "target": "Andrej Plenković", "weight": 1, "types": {"ACCUSE": 1}}]
    only_from = query_events(con, date_from="2026-03-03")
    assert [e["type"] for e in only_from] == ["ACCUSE"]
    assert query_events(con, outlet="b")[0]["source"]["outlet"] == "b"


def test_a_small_story_cache_gives_the_same_stories_in_bounded_memory(tmp_path: Path, monkeypatch) -> None:
    import kronika.store as store

    people = [Entity(name=f"Osoba {i}", text=f"Osoba {i}", country=country)
              for i, country in enumerate(["HRV", "SVN", "SRB", "BIH", "MNE", "DEU", "AUT", "ITA"])]
    pairs = []
    for i in range(240):  # 28 dyads, each told again on a few days, some as a whole month
        actor, recipient = people[i % 8], people[(i * 3 + 1) % 8]
        day = f"2026-03-{1 + i % 5:02d}" if i % 7 else "2026-03"
        pairs.append(article(f"d{i}", f"outlet{i % 4}", event(f"d{i}", "CONSULT", actor, recipient, day)))

    def partition(db: Path) -> set[frozenset]:
        con = open_store(db)
        ingest(con, *pairs)
        return {frozenset(ids) for (ids,) in con.execute("SELECT list(document_id) FROM events GROUP BY story_id").fetchall()}

    unbounded = partition(tmp_path / "big.duckdb")
    sizes: list[int] = []
    trim = store._StoriesInStore.trim

    def recorded_trim(self) -> None:
        trim(self)
        sizes.append(self.entries)

    monkeypatch.setattr(store, "STORY_CACHE_ENTRIES", 6)
    monkeypatch.setattr(store._StoriesInStore, "trim", recorded_trim)
    assert partition(tmp_path / "small.duckdb") == unbounded
    assert len(unbounded) < 240 and max(sizes) <= 6 and len(sizes) == 240 // store.BATCH + 1


def test_the_in_memory_merge_of_the_scale_engine_gives_the_stories_ingest_gives(con) -> None:
    from kronika.store import _Stories

    pairs = [article(f"d{i}", "a", event(f"d{i}", "CONSULT" if i % 3 else "ACCUSE", [PLENKOVIC, GOLOB][i % 2],
                                         [MERZ, PLENKOVIC, GOLOB][i % 3], ["2026-03-02", "2026-03", "2026-03-09", None][i % 4]))
             for i in range(24)]
    ingest(con, *pairs)
    stored = dict(con.execute("SELECT id, story_id FROM events").fetchall())
    merger = _Stories()
    in_memory = {e.id: merger.assign(e, x.document.id) for _, x in pairs for e in x.events}
    assert in_memory == stored and len(set(stored.values())) < len(stored)


def test_ingest_reads_at_most_one_batch_ahead(con) -> None:
    """Constant memory: the input is consumed a batch at a time as it is coded, never gathered
    first, and every batch is committed before the next is read."""
    pairs = {f"d{i}": article(f"d{i}", "a", event(f"d{i}", "CONSULT", PLENKOVIC, MERZ, f"2026-03-{1 + i % 28:02d}"))
             for i in range(120)}
    coded: list[str] = []
    ahead: list[int] = []

    def articles():
        for number, (a, _) in enumerate(pairs.values()):
            ahead.append(number - len(coded))
            yield a

    def extract(a: Article) -> Extraction:
        coded.append(a.document.id)
        return pairs[a.document.id][1]

    def stored() -> int:
        return con.execute("SELECT count(*) FROM documents").fetchone()[0]

    committed_when_read: list[int] = []

    def articles_noting_store():
        for a in articles():
            committed_when_read.append(stored())
            yield a

    summary = ingest_articles(con, articles_noting_store(), extract=extract, batch=50)
    assert summary.coded == 120 and max(ahead) == 49
    # the 51st article is read only after the first 50 are committed
    assert committed_when_read[49] == 0 and committed_when_read[50] == 50 and committed_when_read[100] == 100
