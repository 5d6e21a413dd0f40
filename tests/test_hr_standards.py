"""Serbian (Latin and Cyrillic), Bosnian and Montenegrin read by the Croatian pack (issue 18):
language detection, transliteration with offsets into the original, variant lemmas, temporal
words, and the same events as from Croatian. Sentences written for these tests."""

from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from kronika.lang import UnknownLanguage, get_pack
from kronika.lang.hr.detect import standard, to_latin
from kronika.lang.hr.lemma import lemma
from kronika.language import detect
from kronika.pipeline import extract_text

PUBLISHED = datetime(2025, 12, 10, 12, 0, tzinfo=ZoneInfo("Europe/Belgrade"))  # a Wednesday
TREEBANKS = Path(__file__).resolve().parents[2] / "shared" / "treebanks"

SR_CYRILLIC = "Председник Србије Александар Вучић разговарао је у понедељак телефоном са мађарским премијером Виктором Орбаном."
SR_LATIN = "Predsednik Srbije Aleksandar Vučić razgovarao je u ponedeljak telefonom sa mađarskim premijerom Viktorom Orbanom."
BS = ("Ministar vanjskih poslova Bosne i Hercegovine Elmedin Konaković sastao se u utorak u Sarajevu sa ambasadorom "
      "Sjedinjenih Američkih Država. Također su razgovarali o saradnji dvije zemlje.")
CNR = ("Predsjednik Crne Gore Jakov Milatović sastao se u nedjelju u Podgorici sa predsjednikom Srbije. "
       "Takođe je razgovarao o saradnji sa opštinama.")
HR = "Hrvatski premijer u utorak je u Zagrebu primio slovenskog kolegu. Razgovarali su o suradnji i granici tijekom sastanka."
SL = ("Slovenski premier se je v torek v Ljubljani sestal s hrvaškim kolegom, ki je prav tako obiskal parlament. "
      "Pogovarjala sta se tudi o meji.")


@pytest.mark.parametrize("text, code", [(SR_CYRILLIC, "sr"), (SR_LATIN, "sr"), (BS, "bs"), (CNR, "cnr"), (HR, "hr")])
def test_detection_names_the_standard(text: str, code: str) -> None:
    assert detect(text) == code
    assert get_pack(code) is get_pack("hr")  # one pack reads them all


def test_slovene_and_other_cyrillic_are_refused_clearly() -> None:
    with pytest.raises(UnknownLanguage, match="Slovene, which Kronika has no language pack for yet") as refused:
        detect(SL)
    assert "\n" not in str(refused.value)
    for foreign in ("Премьер-министр России встретился в понедельник с президентом Беларуси в Минске.",
                    "Претседателот на Македонија се сретна во понеделник со премиерот во Скопје и ќе зборуваат."):
        with pytest.raises(UnknownLanguage, match="cannot tell"):
            detect(foreign)


def test_transliteration_keeps_offsets_in_the_original() -> None:
    text = "ЉУБЉАНА, 3. децембра (Танјуг) – Њујорк и Џенева: Љубљана."
    latin, original = to_latin(text)
    assert latin == "LJUBLJANA, 3. decembra (Tanjug) – Njujork i Dženeva: Ljubljana."
    analysis = get_pack("sr").analyse(text)
    assert analysis.text == text
    tokens = [t for s in analysis.sentences for t in s.tokens]
    assert [t.text for t in tokens][:6] == ["LJUBLJANA", ",", "3.", "decembra", "(", "Tanjug"]
    for token in tokens:  # every token's offsets point into the Cyrillic original
        assert to_latin(text[token.start:token.end])[0].lower() == token.text.lower()
    assert [text[t.start:t.end] for t in tokens if t.text in ("Njujork", "Dženeva", "Ljubljana")] == ["Њујорк", "Џенева", "Љубљана"]
    for sentence in analysis.sentences:
        assert sentence.text == text[sentence.start:sentence.end]


def test_variant_forms_take_croatian_lemmas() -> None:
    for form, croatian in [("predsednika", "predsjednik"), ("Predsednik", "predsjednik"), ("ambasadorom", "veleposlanik"),
                           ("hiljade", "tisuća"), ("zapretio", "zaprijetiti"), ("bombardovali", "bombardirati"),
                           ("posetio", "posjetiti"), ("sednici", "sjednica"), ("saopštenje", "priopćenje")]:
        assert lemma(form) == croatian, form
    # Croatian forms keep theirs
    assert [lemma(w) for w in ("predsjednika", "uhitila", "tisuće")] == ["predsjednik", "uhititi", "tisuća"]


@pytest.mark.parametrize("text", [SR_CYRILLIC, SR_LATIN])
def test_the_issue_call_in_serbian_is_a_consult_on_monday(text: str) -> None:
    extraction = extract_text(text, published=PUBLISHED)
    assert extraction.document.language == "sr"
    (event,) = [e for e in extraction.events if e.type == "CONSULT"]
    assert (event.actor.country, event.recipient.country, event.mode) == ("SRB", "HUN", "phone")
    assert event.date == "2025-12-08"
    # the actor's offsets and text are the original's, in its own script
    assert text[event.actor.start:event.actor.end] == event.actor.text


def test_a_bosnian_meeting_is_a_consult_on_tuesday() -> None:
    extraction = extract_text(BS, published=PUBLISHED)
    assert extraction.document.language == "bs"
    consults = [e for e in extraction.events if e.type == "CONSULT"]
    assert consults and (consults[0].actor.country, consults[0].recipient.country) == ("BIH", "USA")
    assert consults[0].date == "2025-12-09"


def test_a_montenegrin_meeting_is_a_consult_on_sunday() -> None:
    extraction = extract_text(CNR, published=PUBLISHED)
    assert extraction.document.language == "cnr"
    consults = [e for e in extraction.events if e.type == "CONSULT"]
    assert consults and (consults[0].actor.country, consults[0].recipient.country) == ("MNE", "SRB")
    assert consults[0].date == "2025-12-07"


@pytest.mark.parametrize("text, value", [
    ("Sastanak je održan u sredu.", "2025-12-10"),
    ("Ministar je doputovao juče u Beograd.", "2025-12-09"),
    ("Sastanak je zakazan za 6. decembar 2025. godine.", "2025-12-06"),
    ("Састанак је одржан 6. децембра 2025. у Београду.", "2025-12-06"),
    ("Министар је допутовао јуче у Београд.", "2025-12-09"),
    ("Vlada će odluku doneti sledeće nedelje.", "2025-W51"),
    ("Sastanak je održan prošle sedmice.", "2025-W49"),
])
def test_serbian_and_bosnian_temporal_words(text: str, value: str) -> None:
    from kronika import temporal

    pack = get_pack("sr")
    timexes = temporal.find_timexes(pack.analyse(text), pack, PUBLISHED)
    assert [t.value for t in timexes] == [value], text


def _documents(path: Path) -> list[str]:
    documents: list[list[str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# newdoc"):
            documents.append([])
        elif line.startswith("# text = ") and documents:
            documents[-1].append(line[len("# text = "):])
    return [" ".join(sentences) for sentences in documents if sentences]


@pytest.mark.skipif(not TREEBANKS.is_dir(), reason="needs ../shared/treebanks (UD Croatian-SET and Serbian-SET)")
def test_detection_on_the_setimes_treebanks(capsys) -> None:
    right = total = 0
    for code, stem in (("hr", "UD_Croatian-SET/hr_set"), ("sr", "UD_Serbian-SET/sr_set")):
        for part in ("dev", "test"):
            for document in _documents(TREEBANKS / f"{stem}-ud-{part}.conllu"):
                total += 1
                right += detect(document) == code
    with capsys.disabled():
        print(f"\nlanguage detection on the SETimes treebanks' documents (dev+test): {right}/{total} = {right / total:.1%}")
    assert total >= 100 and right / total >= 0.95
    # the Serbian documents in Cyrillic are Serbian too
    cyrillic = [d for d in _documents(TREEBANKS / "UD_Serbian-SET/sr_set-ud-dev.conllu")]
    from kronika.lang.hr.detect import _CYRILLIC, _LATIN  # noqa: F401 — the table the pack reads Cyrillic with
    back = {l.lower(): c.lower() for c, l in zip(_CYRILLIC, _LATIN)} | {l: c for c, l in zip(_CYRILLIC, _LATIN)}
    def to_cyrillic(text: str) -> str:
        for digraph in ("Lj", "Nj", "Dž", "lj", "nj", "dž"):
            text = text.replace(digraph, back[digraph])
        return "".join(back.get(ch, ch) for ch in text)
    assert all(standard(to_cyrillic(d)) == "sr" for d in cyrillic)
