"""What the event coder needs to know about English: its trigger lexicon
(data/triggers/, one file per PLOVER type, lemmas with particles and
objects), reporting frames, modality cues, and the constructions English
marks by word order and function words instead of case: the passive
('was arrested by police'), the infinitive after a verb of saying or
wanting ('threatened to attack': the threat, not an attack), places after
'in'/'at', 'talks between X and Y'.
"""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

from kronika.datafiles import load_yaml

from kronika.lang.en.temporal import CLAUSE_BREAK  # noqa: F401  (part of this pack's event interface)
from kronika.lang.en.lemma import IRREGULAR, lemma
from kronika.lang.wordregex import CueWords
from kronika.text import Token

DATA = Path(__file__).parent / "data"
WITH = frozenset({"with"})
# a bare object or one after these receives an 'object' trigger ('met with', 'imposed sanctions on')
TARGET = frozenset({"on", "against", "to", "into", "upon", "with", "toward", "towards"})
FROM = frozenset({"from"})
ALL_PREPOSITIONS = frozenset({
    "with", "on", "against", "over", "to", "into", "from", "in", "of", "by", "for", "at", "about", "after", "before",
    "upon", "toward", "towards", "near", "inside", "outside", "across", "through", "during", "under", "amid", "among",
    "without", "within", "like", "including", "via", "since", "despite",
})
# a noun trigger after these names a topic or a time, not an event here ('after talks with', 'amid protests')
TOPIC_PREPOSITIONS = frozenset({"about", "after", "before", "amid", "following", "despite", "since", "regarding"})
# a noun trigger after these refers back to an event told before ('those accusations')
DEMONSTRATIVES = frozenset({"these", "those", "such"})
CIRCUMSTANCE_PREPOSITIONS = frozenset({"in", "at", "during"})
# 'in Baghdad', 'at the border': where it happens, not whom it is done to
LOCATIVE_PREPOSITIONS = frozenset({"in", "at", "near", "inside", "outside", "across", "within"})
ARRIVALS = frozenset({"arrive", "land", "travel", "fly", "stop", "visit"})
DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those", "both", "all", "neighboring",
                         "neighbouring", "other", "several", "two", "three", "some", "many"})
BE = frozenset({"is", "are", "was", "were", "be", "been", "being", "get", "gets", "got", "gotten", "getting", "'s"})
PARTICIPLES = frozenset(form for form, _ in IRREGULAR.items() if form.endswith(("n", "t", "d", "k", "g")) and form not in (
    "has", "had", "is", "are", "was", "were", "does", "did", "said", "says", "talks", "arms", "forces", "troops", "relations",
    "ties", "hostilities", "news", "media", "people", "men", "women", "children", "countries", "parties"))
ADVERBS_IN_PASSIVE = frozenset({"reportedly", "allegedly", "also", "already", "recently", "later", "then", "now", "not", "never",
                                "being", "been", "formally", "officially", "again", "first", "finally", "once", "just"})


BETWEEN = frozenset({"between"})  # the parties of a symmetric event: 'talks between X and Y'


def _expand(word) -> list[str]:
    return [w.strip() for w in str(word).split("|") if w.strip()]


def load_lexicon(folder: Path, extra: list[dict] | None = None) -> list[dict]:
    """Entries of every *.yaml in a triggers folder (light_verbs.yaml is not
    one). A word position may list alternatives ('sanction|embargo'); each
    word matches its lemma (the tokens carry lemmas: lemma.py), and with
    `forms: true` only the written forms."""
    files = sorted(p for p in folder.glob("*.yaml") if p.stem != "light_verbs")
    raw = [entry for file in files for entry in load_yaml(file).get("triggers") or []]
    entries = []
    for entry in raw + list(extra or ()):
        positions = [_expand(w) for w in entry["words"]]
        entry = dict(entry)
        entry["words"] = tuple(p[0] for p in positions)
        entry["requires"] = frozenset(w for r in entry.get("requires", ()) for w in _expand(r)) | \
            frozenset(lemma(w) for r in entry.get("requires", ()) for w in _expand(r))
        if entry.get("forms"):
            entry["alts"] = tuple(frozenset(p) for p in positions)
        else:
            entry["alts"] = tuple(frozenset(p) | {lemma(w) for w in p} for p in positions)
        entries.append(entry)
    return entries


@cache
def lexicon() -> list[dict]:
    """Kronika's English triggers, and a user's PETRARCH/TABARI verb dictionaries
    (KRONIKA_EN_VERBS: paths separated by the system's path separator) read next to them."""
    extra: list[dict] = []
    paths = [p for p in os.environ.get("KRONIKA_EN_VERBS", "").split(os.pathsep) if p]
    if paths:
        from kronika.lang.en.petrarch import read_verb_dictionary

        for path in paths:
            extra.extend(read_verb_dictionary(Path(path)))
        return load_lexicon(DATA / "triggers", extra)  # a user's files are outside the cache's fingerprint
    from kronika.buildcache import built

    return built("en-triggers", lambda: load_lexicon(DATA / "triggers", []))


@cache
def _light_data() -> dict:
    return load_yaml(DATA / "triggers" / "light_verbs.yaml")


@cache
def light_verbs() -> frozenset[str]:
    return frozenset(_light_data().get("light_verbs", []))


@cache
def _nouns() -> frozenset[str]:
    return frozenset(_light_data().get("nouns", []))


def is_verb_lemma(lemma_: str) -> bool:
    """A trigger word is a verb unless light_verbs.yaml lists it among the nouns
    ('talks', 'meeting', 'attack' as a noun needs 'held', 'launched' or 'in')."""
    return lemma_ not in _nouns()


@cache
def reporting() -> dict:
    return load_yaml(DATA / "reporting.yaml")


@cache
def modality_cues() -> dict:
    return load_yaml(DATA / "modality.yaml")


def preposition_before(tokens: list[Token], first: int) -> str | None:
    """The preposition before a phrase, past determiners ('on the neighbouring country') and
    the words that name a part of a place ('in West Darfur', 'in the town of Cizre')."""
    first = _past_area_words(tokens, first)
    for back in range(1, 4):
        i = first - back
        if i < 0:
            return None
        word = tokens[i].text.lower()
        if word in ALL_PREPOSITIONS:
            return word
        if word not in DETERMINERS:
            return None
    return None


def is_nominative(tokens: list[Token], canonical_name: str, kb_id: str | None = None) -> bool:
    """English has no case: any mention may be a subject; position decides."""
    return True


# words between 'in' and a place that say which part of it: 'in southeastern Turkey', 'in the town of Cizre'
AREA_ADJECTIVES = frozenset({
    "northern", "southern", "eastern", "western", "central", "northeastern", "northwestern", "southeastern", "southwestern",
    "north-eastern", "north-western", "south-eastern", "south-western", "north", "south", "east", "west", "northeast",
    "northwest", "southeast", "southwest", "neighbouring", "neighboring", "occupied", "disputed", "restive", "troubled"})
PLACE_NOUNS = frozenset({
    "town", "city", "village", "province", "region", "district", "capital", "port", "area", "state", "county",
    "municipality", "suburb", "outskirts", "centre", "center", "heart", "island", "enclave", "republic", "territory", "parts",
    "part", "north", "south", "east", "west", "border", "streets"})


def _past_area_words(tokens: list[Token], first: int) -> int:
    """Where the phrase of a place begins, before the words that name a part of it."""
    i = first
    while i > 0:
        word = tokens[i - 1].text.lower()
        if word in AREA_ADJECTIVES or word in DETERMINERS:
            i -= 1
        elif word == "of" and i > 1 and tokens[i - 2].text.lower() in PLACE_NOUNS:
            i -= 2
        else:
            break
    return i


def is_location(tokens: list[Token], first: int, last: int, kb_id: str | None) -> bool:
    """A country or place after 'in'/'at' ('clashes in Baghdad') says where, not to whom."""
    if (kb_id or "").startswith(("p:", "o:", "m:")):
        return False
    preposition = preposition_before(tokens, first)
    if preposition not in LOCATIVE_PREPOSITIONS:
        return False
    # 'arrived in Amman', 'landed in Moscow': the place of an arrival is the host of a visit
    at = next((i for i in range(first - 1, max(-1, first - 4), -1) if tokens[i].text.lower() == preposition), None)
    return not (at is not None and at > 0 and tokens[at - 1].lemma in ARRIVALS)


def negated(tokens: list[Token], trigger_index: int, clause_start: int) -> bool:
    cues = modality_cues()
    words = set(cues["negation"])
    return any(tokens[i].text.lower() in words for i in range(max(clause_start, trigger_index - cues["negation_window"]), trigger_index))


@cache
def _cue_words(kind: str) -> CueWords:
    return CueWords(modality_cues()[kind])


def has_cue(kind: str, text: str) -> bool:
    """Does the text hold one of the pack's cue words of this kind ('conditional', 'intended', ...)?"""
    return _cue_words(kind).found_in(text)


def is_participle(word: str) -> bool:
    lowered = word.lower()
    return (lowered.endswith("ed") and len(lowered) > 3) or lowered in PARTICIPLES


def passive(tokens: list[Token], trigger_index: int) -> bool:
    """A past participle after a form of 'be' or 'get' ('was arrested', 'have
    been killed', 'were reportedly detained'), or followed by 'by' and a name
    in a headline ('Opposition leader arrested by police')."""
    word = tokens[trigger_index].text
    if not is_participle(word):
        return False
    i = trigger_index - 1
    while i >= 0 and tokens[i].text.lower() in ADVERBS_IN_PASSIVE and trigger_index - i <= 3:
        if tokens[i].text.lower() in ("being", "been"):
            return True
        i -= 1
    if i >= 0 and tokens[i].text.lower() in BE:
        return True
    following = tokens[trigger_index + 1].text.lower() if trigger_index + 1 < len(tokens) else ""
    return following == "by" and trigger_index > 0 and not any(t.text.lower() in ("has", "have", "had") for t in tokens[max(0, trigger_index - 3):trigger_index])


def agent_after(tokens: list[Token], first: int) -> bool:
    """Does 'by' stand before the phrase at `first` (the agent of a passive)?"""
    for back in (1, 2, 3):
        i = first - back
        if i < 0:
            return False
        word = tokens[i].text.lower()
        if word == "by":
            return True
        if word not in DETERMINERS and not (word.isalpha() and word == tokens[i].text):
            return False
    return False


def is_possessive(tokens: list[Token], first: int, last: int) -> bool:
    """"Russia's", "the EU's": a name followed by the possessive 's."""
    return last + 1 < len(tokens) and tokens[last + 1].text.lower() in ("'s", "’s", "'", "’")


def opens_subject(tokens: list[Token], first: int, last: int) -> bool:
    """'Israeli warplanes struck ...': a nationality adjective opening the
    clause before a common noun qualifies the subject."""
    return first == last and last + 1 < len(tokens) and tokens[last + 1].text[:1].islower() and tokens[last + 1].text.isalpha()


def tense(tokens: list[Token], trigger_index: int) -> str:
    """'future' (will, to be, is due to), 'past' (-ed, irregular past, has/had + participle),
    else 'present' (a headline's present tells a past event: the engine reads it so)."""
    window = [t.text.lower() for t in tokens[max(0, trigger_index - 3) : trigger_index + 1]]
    if "will" in window or "'ll" in window or "shall" in window:
        return "future"
    word = tokens[trigger_index].text.lower()
    if word.endswith("ed") or (word in IRREGULAR and word not in ("says", "meets", "has", "is", "are", "does")) \
            or any(w in ("has", "have", "had", "was", "were") for w in window):
        return "past"
    return "present"


# 'Thousands of Iraqi Kurds', 'a group of students': the head before 'of' is a quantity, the mention the subject
QUANTITY_HEADS = frozenset({
    "thousands", "hundreds", "dozens", "scores", "millions", "tens", "group", "groups", "number", "crowd", "crowds",
    "majority", "some", "many", "most", "all", "several", "few", "third", "half", "quarter", "members", "hundred", "thousand",
})


def quantity_before(tokens: list[Token], first: int) -> bool:
    """A quantity and 'of' right before the mention ('Thousands of Iraqi Kurds demonstrated')."""
    i = first - 1
    return i >= 1 and tokens[i].text.lower() == "of" and tokens[i - 1].text.lower() in QUANTITY_HEADS


# before a bare verb: 'to attack', 'will visit', 'did not arrest'
VERB_OPENERS = frozenset({"to", "will", "would", "could", "can", "may", "might", "must", "should", "shall", "did", "not", "'ll"})


NOUN_OPENERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "this", "these", "those", "any", "no", "every"})


def is_noun_form(tokens: list[Token], index: int) -> bool:
    """Is a word whose lemma is also a verb ('attack', 'visit') used as a noun here: right after
    a determiner or a possessive ('the attack', "Russia's attack")?"""
    if index == 0:
        return False
    before = tokens[index - 1].text.lower()
    return before in NOUN_OPENERS or before.endswith(("'s", "’s"))


def is_verb_form(tokens: list[Token], index: int) -> bool:
    """Is a word whose lemma is also a noun ('attack', 'arrest', 'visit') used as a
    verb here: a past form ('arrested', 'attacked'), or a bare form after 'to' or a modal?"""
    word = tokens[index].text.lower()
    if (word.endswith("ed") and len(word) > 4) or (word in IRREGULAR and IRREGULAR[word] != word and not word.endswith("s")):
        return True
    return index > 0 and tokens[index - 1].text.lower() in VERB_OPENERS and word == tokens[index].lemma
