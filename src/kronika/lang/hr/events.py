"""What the event coder needs to know about Croatian: the trigger lexicon,
reporting frames, modality cues, and the grammatical case of a mention
(read from prepositions and endings, since no Croatian tagger ships on PyPI).
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache
from pathlib import Path

from kronika.datafiles import load_trigger_lexicon, load_yaml

from kronika.lang.hr.temporal import CLAUSE_BREAK, DEADLINE  # noqa: F401  (part of this pack's event interface)
from kronika.lang.wordregex import CueWords
from kronika.text import Token

DATA = Path(__file__).parent / "data"

# prepositions and the role of the actor they introduce
WITH = frozenset({"s", "sa"})  # partner: talks, meetings, agreements (instrumental)
TARGET = frozenset({"na", "nad", "protiv", "prema", "u"})  # target of pressure, sanctions, troops
FROM = frozenset({"od", "iz"})  # source of a request's answer: "zatražio od ureda"
ALL_PREPOSITIONS = frozenset({
    "s", "sa", "na", "nad", "protiv", "prema", "u", "od", "iz", "do", "za", "o", "po", "pri", "k", "ka", "kod",
    "bez", "pod", "pred", "iznad", "između", "nakon", "tijekom", "oko", "zbog", "radi", "kroz", "unatoč",
})
# a noun trigger after these names a topic or a time, not an event here
TOPIC_PREPOSITIONS = frozenset({"o", "oko", "zbog", "nakon", "poslije", "uoči", "prije", "tijekom", "bez", "uz", "unatoč", "usprkos", "glede", "povodom"})
# a noun trigger after these refers back to an event told before ('te optužbe')
DEMONSTRATIVES = frozenset({"taj", "ta", "te", "to", "tog", "toga", "tih", "tim", "tu", "tom", "ovaj", "ova", "ove", "ovih", "ovim", "tu"})
OBLIQUE_ENDINGS = ("om", "em", "ima", "ama", "u", "oj", "og", "oga", "ome", "omu", "ih", "im")
FEMININE_NOMINATIVE = ("ija", "ska", "čka", "cka", "ina", "ova", "eva", "ana", "ica", "ela", "ara")


BETWEEN = frozenset({"između", "izmedju", "између"})  # the parties of a symmetric event: 'sporazum između X i Y'


@cache
def lexicon() -> list[dict]:
    """Trigger entries of data/triggers/ (one file per PLOVER type), words as tuples.
    Parsing ~4,600 YAML entries takes most of a second, so the parsed list is
    kept on disk between runs (kronika.buildcache)."""
    from kronika.buildcache import built

    return built("hr-triggers", _read_lexicon)


def _read_lexicon() -> list[dict]:
    from kronika.lang.hr.lemma import lemma

    return load_trigger_lexicon(DATA / "triggers", lemma)


@cache
def light_verbs() -> frozenset[str]:
    return frozenset(load_yaml(DATA / "triggers" / "light_verbs.yaml").get("light_verbs", []))


def is_verb_lemma(lemma: str) -> bool:
    """Croatian infinitives end in -ti or -ći; a trigger whose head is not one is a noun (or adjective)."""
    return lemma.endswith(("ti", "ći"))


CIRCUMSTANCE_PREPOSITIONS = frozenset({"u", "na", "tijekom", "nakon"})


@cache
def reporting() -> dict:
    return load_yaml(DATA / "reporting.yaml")


@cache
def modality_cues() -> dict:
    return load_yaml(DATA / "modality.yaml")


def preposition_before(tokens: list[Token], first: int) -> str | None:
    """The preposition governing the phrase that starts at token `first`
    (looking past at most two adjectives, determiners or numbers: 's njegovim
    predstavnicima', 'na južnoameričku državu', 'sa 20.000 ljudi')."""
    for back in range(1, 4):
        i = first - back
        if i < 0:
            return None
        word = tokens[i].text.lower()
        if word in ALL_PREPOSITIONS:
            return word
        if word[:1].isdigit() and word.replace(".", "").replace(",", "").isdigit():
            continue  # a number counts the phrase: 'sa 20.000 ljudi', 'protiv 37 osoba'
        if tokens[i].is_punct or not tokens[i].text[:1].islower() or not _modifier(word) or word in _clause_openers() \
                or word in _time_words() or (tokens[i].lemma.endswith(("e", "o", "a")) and i > 0 and tokens[i - 1].text.lower() in ("u", "na")):
            # (a noun after 'u'/'na', whose lemma ends so where an adjective's never does, closes a phrase of its own:
            # 'u međuvremenu oporbene stranke' puts no 'u' before the parties)
            return None  # names, punctuation and a relative pronoun ('na izborima koje SAD') end the look-back
    return None


@cache
def _time_words() -> frozenset[str]:
    """Weekdays and months in every form: 'u srijedu Haaški sud' puts no 'u' before the court."""
    from kronika.lang.hr.temporal import WORDS

    return frozenset(WORDS.lookups["weekday"]) | frozenset(WORDS.lookups["month"])


def is_time_word(word: str) -> bool:
    """A weekday or month in any form (lower-case)."""
    return word in _time_words()


@cache
def _clause_openers() -> frozenset[str]:
    cues = modality_cues()
    # a clitic never stands inside a prepositional phrase ('U međuvremenu je ruska vojska': no 'u' before the army)
    return frozenset(cues.get("relative_pronouns", [])) | frozenset(cues.get("complementizers", [])) | frozenset(cues.get("clitics", []))


def _modifier(word: str) -> bool:
    """Adjectives and possessives that may stand between a preposition and its noun."""
    return word.endswith(("im", "ih", "oj", "om", "og", "u", "a", "e", "i", "ov", "ev"))


@cache
def _role_lemmas() -> frozenset[str]:
    """The words role labels open with: their head nouns ('ministar vanjskih poslova'),
    not a country adjective some open with ('srpski član predsjedništva')."""
    from kronika.lang.hr.actors import adjective_labels, roles

    adjectives = frozenset(label.lower() for label, _ in adjective_labels())
    return frozenset(label.split()[0] for label in roles() if label.split()[0] not in adjectives)


@cache
def _nominative_labels() -> frozenset[str]:
    """Names of countries, places, organisations and outlets as their nominative
    is written (built from CLDR once, then kept on disk: see kronika.buildcache)."""
    from kronika.buildcache import built

    return built("hr-nominative-labels", _build_nominative_labels)


def _build_nominative_labels() -> frozenset[str]:
    from kronika.actors.kb import load_kb
    from kronika.lang.hr.actors import name_labels

    labels = {label for label, _ in name_labels()}
    labels |= {alias for actor in load_kb().actors.values() if actor.kind != "person" for alias in (actor.name, *actor.aliases)}
    return frozenset(_fold(label) for label in labels)


def _capital_i_as_l(text: str) -> str:
    """'BeIta' → 'Belta': a capital I typed for a lower-case l inside a word."""
    return re.sub(r"(?<=[a-zčćžšđ])I(?=[a-zčćžšđ])", "l", text)


@lru_cache(maxsize=100_000)
def _fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text.casefold()) if not unicodedata.combining(c))


# collective numerals heading a nominative phrase ('dvojica premijera', 'obojica čelnika')
ADJECTIVE_SUFFIXES = ("ski", "ški", "čki", "cki")  # 'ruski', 'američki': adjectives and adjectival surnames
COLLECTIVE_NUMERALS = frozenset({"dvojica", "trojica", "četvorica", "obojica", "oba", "obje"})


POSSESSIVE_ENDINGS = ("ova", "ove", "ovoj", "ovu", "ovog", "ovom", "ovi", "eva", "eve", "evoj", "evu", "ovih", "ovim")


def is_possessive(tokens: list[Token], first: int, last: int) -> bool:
    """'Putinovoj', 'Trumpove', 'Merkelinu': a possessive adjective of a name."""
    return tokens[last].text.lower().endswith(POSSESSIVE_ENDINGS)


def quantity_before(tokens: list[Token], first: int) -> bool:
    """'Tisuće studenata': a quantity word right before the mention heads it as a nominative."""
    from kronika.lang.hr.actors import quantity_words

    return first > 0 and tokens[first - 1].text.lower() in quantity_words()


def opens_subject(tokens: list[Token], first: int, last: int) -> bool:
    """A country adjective opening its clause before a plain noun ('Ruske rakete pogodile su
    Kijev') most likely qualifies the subject: its ending allows a nominative (-a, -e, -i, -o),
    though alone it cannot prove one ('ruske' may be a genitive)."""
    if first != last or last + 1 >= len(tokens):
        return False
    word, following = tokens[first], tokens[last + 1]
    lowered = word.text.lower()
    return word.lemma.endswith(ADJECTIVE_SUFFIXES) and lowered.endswith(("a", "e", "i", "o")) \
        and following.text[:1].islower() and following.text.isalpha()


def is_nominative(tokens: list[Token], canonical_name: str, kb_id: str | None = None) -> bool:
    """Does an actor mention stand in the nominative (so it may be a subject)?"""
    if tokens[0].text.lower() in COLLECTIVE_NUMERALS:
        return True  # 'Dvojica premijera': the numeral is the nominative head, its noun a genitive
    # the head of 'Ministarstvo vanjskih poslova Srbije' is its first word; of 'Nicolasom Madurom' the last
    roles = [t for t in tokens if t.lemma in _role_lemmas() or t.text.lower() in _role_lemmas() or t.text.lower() in _role_plurals()]
    head = roles[0] if roles else tokens[0] if tokens[0].text[:1].islower() else tokens[-1]
    word = head.text
    lowered = word.lower()
    if word[:1].islower() or head in roles:  # a role word, capitalised or not ('Policija je privela ...')
        # its nominative as the roles list writes it ('čelnici', whatever lemma lemmagen3 gives it)
        return head.lemma == lowered or lowered in ("on", "ona", "oni") or lowered in _plural_nominatives(head.lemma) \
            or lowered in _role_lemmas() or lowered in _role_plurals()
    if word.isupper():
        return True
    if _fold(word) == _fold(canonical_name.split()[-1]):
        return True
    if lowered == head.lemma and lowered.endswith(ADJECTIVE_SUFFIXES):
        return True  # 'Ruski dronovi' opening a sentence: the adjective's own nominative, capitalised
    if head.lemma.endswith(ADJECTIVE_SUFFIXES) and lowered in (head.lemma[:-1] + "a", head.lemma[:-1] + "o"):
        return True  # its feminine and neuter nominative: 'Američka i ruska delegacija'
    if kb_id and kb_id[:2] in ("c:", "o:", "s:", "m:") and head is tokens[-1]:
        # a country, place, organisation or outlet: nominative only as its label is written ('Rusija', not 'Kosova'),
        # after the adjectives before it ('Jemenski Huti')
        labels = _nominative_labels()
        while tokens:
            if _fold(_capital_i_as_l(" ".join(t.text for t in tokens))) in labels:
                return True
            if len(tokens) == 1 or not tokens[0].lemma.endswith(ADJECTIVE_SUFFIXES):
                return False
            tokens = tokens[1:]
        return False
    if lowered.endswith(ADJECTIVE_SUFFIXES):
        return True  # Zelenski, Kaczyński: adjectival surnames in the nominative
    if lowered.endswith(OBLIQUE_ENDINGS) or lowered.endswith(("e", "i")):
        return False
    if lowered.endswith("a"):
        return lowered.endswith(FEMININE_NOMINATIVE)
    return True


@cache
def _role_plurals() -> frozenset[str]:
    """The nominative plural of every role word ('izaslanici', though lemmagen3 reads it as 'izaslanica')."""
    return frozenset(form for role in _role_lemmas() for form in _plural_nominatives(role))


@lru_cache(maxsize=20_000)
def _plural_nominatives(lemma: str) -> frozenset[str]:
    """The nominative plural a masculine noun takes ('studenti', 'prosvjednici',
    'ministri', 'policajci', 'sindikati'): the subject of a clause of group actors."""
    forms = {lemma + "i", lemma + "ovi", lemma + "evi"}
    if lemma.endswith("k"):
        forms.add(lemma[:-1] + "ci")  # prosvjednik → prosvjednici
    if lemma.endswith(("ar", "ac")):
        forms.add(lemma[:-2] + lemma[-1] + "i" if lemma.endswith("ar") else lemma[:-2] + "ci")  # ministar → ministri, policajac → policajci
    return frozenset(forms)


def negated(tokens: list[Token], trigger_index: int, clause_start: int) -> bool:
    cues = modality_cues()
    window = cues["negation_window"]
    negations = set(cues["negation"])
    return any(tokens[i].text.lower() in negations for i in range(max(clause_start, trigger_index - window), trigger_index))


@cache
def _cue_words(kind: str) -> CueWords:
    return CueWords(modality_cues()[kind])


def has_cue(kind: str, text: str) -> bool:
    """Does the text hold one of the pack's cue words of this kind ('conditional', 'intended', ...)?"""
    return _cue_words(kind).found_in(text)


def passive(tokens: list[Token], trigger_index: int) -> bool:
    """A passive participle of a verb with a form of 'biti' beside it ('uhićen je', 'su izrečene')."""
    token = tokens[trigger_index]
    word = token.text.lower()
    cues = modality_cues()
    endings = tuple(cues["passive_endings"])
    # lemmagen3 gives a participle the verb's lemma ('pohvaljene' → pohvaliti) or its own ('uhićen')
    own_lemma = token.lemma == word.rstrip("aeio") and word.endswith(tuple(cues["participle_lemma_endings"]))
    participle = word.endswith(endings) and ((is_verb_lemma(token.lemma) and word != token.lemma) or own_lemma)
    if not participle:
        return False
    auxiliaries = frozenset(cues["passive_auxiliaries"])
    return any(t.text.lower() in auxiliaries for t in tokens[max(0, trigger_index - 2) : trigger_index + 3])


def agent_after(tokens: list[Token], first: int) -> bool:
    """Does 'od strane' stand right before token `first` (the agent of a passive)?"""
    phrase = [t.text.lower() for t in tokens[max(0, first - 2) : first]]
    return " ".join(phrase) in modality_cues()["agent_phrase"]


def tense(tokens: list[Token], trigger_index: int) -> str:
    """'future' (će + infinitive), 'present' (a present-tense verb), or 'past' (participle in -o/-la/-li)."""
    word = tokens[trigger_index].text.lower()
    window = [t.text.lower() for t in tokens[max(0, trigger_index - 4) : trigger_index + 1]]
    if any(w in ("će", "ćemo", "ćete", "ću", "ćeš") for w in window):
        return "future"
    if word.endswith(("ao", "eo", "io", "uo", "la", "li", "le")):
        return "past"
    if any(w in ("je", "su", "sam", "smo", "ste") for w in window) and any(t.endswith(("ao", "eo", "io", "la", "li", "le")) for t in window):
        return "past"
    if word.endswith(("a", "e", "i", "u")) and tokens[trigger_index].lemma.endswith(("ti", "ći")):
        return "present"
    return "past"


# 'u Beču', 'na Krku', 'u Italiji': a place in the locative says where, not to whom
LOCATIVE_PREPOSITIONS = frozenset({"u", "na"})


def is_location(tokens: list[Token], first: int, last: int, kb_id: str | None) -> bool:
    """Is the mention a place in the locative after 'u'/'na' (where something
    happens) rather than in the accusative (whither: 'poslati vojsku u
    Venezuelu', 'pritisak na Tursku')? Feminine names take -i/-oj in the
    locative and -u in the accusative; masculine places take -u in the
    locative and keep their nominative in the accusative ('u Minsk')."""
    if (kb_id or "").startswith("p:") or preposition_before(tokens, first) not in LOCATIVE_PREPOSITIONS:
        return False
    word = tokens[last].text
    lowered = word.lower()
    if lowered.endswith(("oj", "ima", "ama")) or (lowered.endswith("i") and not word.isupper()):
        return True
    if lowered.endswith("u") and not word.isupper():
        if word[:1].islower():  # 'na južnoameričku državu': a common noun's lemma tells its gender
            return not tokens[last].lemma.endswith("a")
        # 'Venezuelu' is the accusative of 'Venezuela'; 'Beču', 'Minsku' are locatives
        return _fold(_capital_i_as_l(word[:-1] + "a")) not in _nominative_labels()
    return False
