"""Merging restatements: linear in the number of drafts, and what it keeps."""

from kronika.events import merge
from kronika.model import Entity, Evidence


def draft(actor: str, recipient: str, start: int) -> merge.Draft:
    evidence = Evidence(sentence="s", start=start, end=start + 1, trigger=["t"], trigger_spans=[(start, start + 1)])
    return merge.Draft(type="CONSULT", mode=None, cameo="040", actor=Entity(name=actor, text=actor, country=actor),
                       recipient=Entity(name=recipient, text=recipient, country=recipient), date=None, precision=None,
                       modality="asserted", attribution=[], evidence=[evidence], confidence=0.7)


def comparisons(n: int, monkeypatch) -> int:
    calls = 0
    real = merge.same_event

    def counting(a, b):
        nonlocal calls
        calls += 1
        return real(a, b)

    monkeypatch.setattr(merge, "same_event", counting)
    # n different dyads, each told twice: n events of two sentences each
    drafts = [draft(f"A{i}", f"B{i}", k * n + i) for k in range(2) for i in range(n)]
    merged = merge.merge_restatements(drafts)
    assert len(merged) == n and all(len(m.evidence) == 2 for m in merged)
    return calls


def test_merging_compares_each_draft_only_with_drafts_of_its_dyad(monkeypatch) -> None:
    assert comparisons(200, monkeypatch) == 200  # one comparison per restatement, none across dyads
    assert comparisons(400, monkeypatch) == 400


def test_one_party_acting_on_two_people_of_one_country_is_two_events_and_the_country_told_first_joins_one() -> None:
    def sanction(recipient: Entity, start: int) -> merge.Draft:
        evidence = Evidence(sentence="s", start=start, end=start + 1, trigger=["t"], trigger_spans=[(start, start + 1)])
        court = Entity(name="ICTY", text="ICTY", country="IGO", sector="JUD", kb_id="o:icty")
        return merge.Draft(type="SANCTION", mode="convict", cameo="116", actor=court, recipient=recipient, date=None,
                           precision=None, modality="asserted", attribution=[], evidence=[evidence], confidence=0.7,
                           sentence_index=start)

    country = Entity(name="Kosovo", text="kosovske", country="XKX", sector="GOV", kb_id="c:XKX")
    known = Entity(name="Ardit Krasniqi", text="Krasniqija", country="XKX", sector="GOV", kb_id="p:krasniqi")
    unknown = Entity(name="Besnik Gashi", text="Gashija", country="XKX", sector="GOV")
    merged = merge.merge_restatements([sanction(country, 0), sanction(known, 10), sanction(unknown, 20)])
    assert sorted(m.recipient.name for m in merged) == ["Ardit Krasniqi", "Besnik Gashi"]
    assert [len(m.evidence) for m in merged] == [2, 1]
