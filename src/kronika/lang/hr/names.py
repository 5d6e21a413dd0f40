"""Croatian name normaliser: inflected and possessive forms of personal and
place names back to their nominative (Madurom → Maduro, Lukašenkove →
Lukašenko, Johna Coalea → John Coale, Minskom → Minsk).

Lemmatisers get names wrong (lemmagen3: Madurom → Madur, Lukašenkom →
Lukašenka) because the nominative of a foreign name cannot be read off one
form: `Madurom` may come from *Madur* or *Maduro*. So every form is reduced
to a key (the name without case or possessive endings), and the nominative of
a key comes, in this order, from a known name (the actor knowledge base),
from a nominative-looking form of the same key elsewhere in the article, or
from the rules in `data/name_endings.yaml`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import compress
from pathlib import Path

from kronika.datafiles import load_yaml

DATA = Path(__file__).parent / "data" / "name_endings.yaml"


@dataclass(frozen=True)
class _Rules:
    possessives: tuple[str, ...]  # full possessive endings, longest first: 'ovoj', 'ova', 'in', ...
    case_endings: tuple[str, ...]  # longest first
    e_stem_endings: tuple[str, ...]
    o_stem_clusters: tuple[str, ...]
    feminine_endings: tuple[str, ...]
    feminine_case_endings: tuple[str, ...]
    feminine_stems: tuple[str, ...]
    consonant_case_endings: tuple[str, ...]
    keep: frozenset[str]
    given_in_a: frozenset[str]  # given names whose nominative ends in -a (Nikola, Luka, Saša, Rada)
    given_in_vowel: frozenset[str]  # given names in -o and -e, which decline as a consonant stem (Marko: Marka, Hrvoje: Hrvoja)


@cache
def _rules() -> _Rules:
    data = load_yaml(DATA)
    possessives = {s + e for s in data["possessive_suffixes"] for e in data["adjective_endings"]}
    by_length = lambda items: tuple(sorted(set(items), key=len, reverse=True))  # noqa: E731
    return _Rules(
        possessives=by_length(possessives),
        case_endings=by_length(data["case_endings"] + data["e_stem_endings"] + ["o"]),
        e_stem_endings=by_length(data["e_stem_endings"]),
        o_stem_clusters=tuple(data["o_stem_clusters"]),
        feminine_endings=by_length(data["feminine_endings"]),
        feminine_case_endings=tuple(data["feminine_case_endings"]),
        feminine_stems=tuple(data["feminine_stems"]),
        consonant_case_endings=tuple(e for e in data["case_endings"] if e[-1] not in "aeiou"),
        keep=frozenset(word.lower() for word in data["keep"]),
        given_in_a=frozenset(word.lower() for word in data.get("given_names_in_a", [])),
        given_in_vowel=frozenset(word.lower() for word in data.get("given_names_in_o_and_e", [])),
    )


GIVEN_CASE_ENDINGS = ("om", "em", "u", "a")  # Marka, Marku, Markom; Hrvoja, Hrvoju, Hrvojem


def _given_in_vowel(word: str) -> str | None:
    """'Marka', 'Hrvojem' → 'Marko', 'Hrvoje': a case form of a given name in -o or -e the data lists."""
    lowered = word.lower()
    names = _rules().given_in_vowel
    for ending in GIVEN_CASE_ENDINGS:
        if lowered.endswith(ending):
            stem = word[: -len(ending)]
            for vowel in "oe":
                if (stem + vowel).lower() in names:
                    return stem + vowel
    return None


MIN_STEM = 3


@lru_cache(maxsize=200_000)  # called for every capitalised word of every article
def _strip(word: str, endings: tuple[str, ...]) -> tuple[str, str]:
    """(stem, ending) for the longest ending that leaves a stem of MIN_STEM letters."""
    lowered = word.lower()
    for ending in endings:
        if lowered.endswith(ending) and len(word) - len(ending) >= MIN_STEM:
            return word[: len(word) - len(ending)], ending
    return word, ""


@lru_cache(maxsize=100_000)
def name_key(word: str) -> str:
    """The form-independent key of a name: Madurom, Madura, Madurovi, Maduro → 'madur'."""
    rules = _rules()
    if word.lower() in rules.keep:
        return word.lower()
    stem, _ = _strip(word, rules.possessives)
    stem, _ = _strip(stem, rules.case_endings)
    return stem.lower()


def _looks_feminine(word: str) -> bool:
    return word.lower().endswith(_rules().feminine_endings)


def _nominative_rank(word: str) -> int | None:
    """How sure we are that a form is a nominative (lower is surer), None if it is not one."""
    rules = _rules()
    lowered = word.lower()
    if lowered in rules.keep or lowered in rules.given_in_a:
        return 0
    if lowered.endswith(rules.consonant_case_endings):
        return None  # Madurom, Velazquezom: instrumental, not a nominative
    if lowered[-1] not in "aeiou":
        return 0
    if lowered.endswith("o"):
        return 1
    if lowered.endswith("e"):
        return 2
    if _looks_feminine(word):
        return 3
    return None


def _nominative_by_rule(word: str, surname_context: bool = False) -> str:
    """The nominative from the word alone."""
    rules = _rules()
    if word.lower() in rules.keep or word.lower() in rules.given_in_a or word.lower() in rules.given_in_vowel:
        return word
    if not surname_context and (given := _given_in_vowel(word)) is not None:
        return given
    if surname_context and _looks_feminine(word):
        return word  # 'Maria Zaharova': a surname, not the possessive of 'Zahar'
    stem, possessive = _strip(word, rules.possessives)
    if possessive and surname_context:
        return stem + possessive[:2]  # 'Ivanom Petrovim': a surname in -ov declines like an adjective
    if possessive:
        return _nominative_by_rule(stem) if stem.lower()[-1] in "aeiou" else _restore_o(stem)
    if _looks_feminine(word):
        return word
    stem, ending = _strip(word, rules.case_endings)
    if not ending:
        return word
    if ending in rules.e_stem_endings:
        return stem + "e"
    if ending in rules.feminine_case_endings or (ending != "em" and stem.lower().endswith(rules.feminine_stems)):
        return stem + "a"  # Venezuele, Bjelorusiju → Venezuela, Bjelorusija
    return _restore_o(stem)


def _restore_o(stem: str) -> str:
    """Lukašenk → Lukašenko: stems no Croatian word ends in take their -o back."""
    if stem.lower().endswith(_rules().o_stem_clusters):
        return stem + "o"
    return stem


def _nominative_surname(word: str) -> bool:
    """A surname that can only be a nominative: it ends in a consonant with
    no case ending ('Trajković', 'Petrov'; not 'Petrovim', 'Madurom')."""
    lowered = word.lower()
    return word.isalpha() and lowered[-1] not in "aeiou" and not lowered.endswith(("om", "em", "im", "ih", "ama", "ima"))


def _plain_nominative(word: str) -> bool:
    """A first name with no case ending: 'Mikhail', 'George', 'Hamid' (not 'Johna', 'Jesusom', 'Marije')."""
    lowered = word.lower()
    rules = _rules()
    return lowered[-1] not in "aiu" and not lowered.endswith(rules.consonant_case_endings) and not lowered.endswith(("ea", "je"))


@lru_cache(maxsize=200_000)
def _is_name_form(word: str) -> bool:
    return word[:1].isupper() and word.isalpha()


@lru_cache(maxsize=100_000)
def _form_facts(word: str) -> tuple[str, str, int | None, bool]:
    """(key, shape, nominative rank, possessive) of a capitalised word;
    shape is 'e_stem' (-ea, -eom), 'possessive', 'e' (bare -e),
    'other_case' (-u, -om, -i, -oj) or ''."""
    rules = _rules()
    lowered = word.lower()
    possessive = bool(_strip(word, rules.possessives)[1])
    if lowered.endswith(rules.e_stem_endings):
        shape = "e_stem"
    elif possessive:
        shape = "possessive"
    elif lowered.endswith("e"):
        shape = "e"
    elif lowered.endswith(("u", "om", "i", "oj")):
        shape = "other_case"
    else:
        shape = ""
    return name_key(word), shape, _nominative_rank(word), possessive


@lru_cache(maxsize=8)  # the knowledge base's names are the same for every article
def _known_keys(known: tuple[str, ...]) -> dict[str, str]:
    """Key → the form the knowledge base writes, for every word of its names."""
    keys: dict[str, str] = {}
    for name in known:
        for part in name.split():
            keys.setdefault(name_key(part), part)
    return keys


@lru_cache(maxsize=100_000)
def _inflects(word: str, known: str) -> bool:
    """Can `word` be a case form of the known nominative? 'Madurom' of
    Maduro, 'Trumpa' of Trump, 'Lukašenkove' of Lukašenko; not 'Rada' of
    Radev (whose -ev is no possessive) nor 'Georgea' of Georgi (an -e name's form)."""
    w, k = word.lower(), known.lower()
    if w.startswith(k):
        return True
    if k[-1:] not in "aeiou" or not w.startswith(k[:-1]):
        return False
    rest = w[len(k) - 1 :]
    return not (rest.endswith(_rules().e_stem_endings) and k[-1] != "e")


class ArticleNames:
    """Normalises names with what one article says: a nominative seen anywhere
    in it (the lede's 'Nicolas Maduro') fixes every other form of that name."""

    def __init__(self, words: Iterable[str], known: Iterable[str] = ()) -> None:
        self.known = _known_keys(tuple(known))
        best: dict[str, tuple[int, str]] = {}
        e_forms: dict[str, str] = {}  # key → a form in bare -e (Venezuele, Coale)
        e_stem_keys: set[str] = set()  # keys seen with -ea/-eom/-eu (Coalea): nominative in -e
        other_case_keys: set[str] = set()  # keys seen with -u/-om/-i/-oj (Venezuelu)
        words = list(words)
        # the capitalised words, picked out in C: an article has a few of them among hundreds of words
        facts = [(words[i], words[i - 1] if i else "", _form_facts(words[i])) for i in compress(range(len(words)), map(_is_name_form, words))]
        for word, _, (key, shape, _, _) in facts:
            if shape == "e_stem":
                e_stem_keys.add(key)
            elif shape == "e":
                e_forms.setdefault(key, word)
            elif shape == "other_case":
                other_case_keys.add(key)
        # a bare -e form is a feminine genitive (Venezuele) when the name also takes -u/-om/-i
        # or its -a form looks feminine; otherwise a nominative in -e (George, Coale)
        feminine_keys = {key for key, word in e_forms.items()
                         if key not in e_stem_keys and (key in other_case_keys or _looks_feminine(word[:-1] + "a"))}
        for word, previous, (key, _, rank, possessive) in facts:
            if previous.lower() in _rules().given_in_a and word[-1:] == "a":
                rank = 0
            if rank is None or (rank == 2 and key in feminine_keys):
                continue
            if possessive and not (previous[:1].isupper() and previous.isalpha()):
                continue
            if previous.lower() in _rules().given_in_a and word[-1:] == "a":
                rank = 0  # 'Nikola Grmoja': the surname after a nominative given name in -a is nominative too  # 'Trumpova vlada' is a possessive; 'Maria Zaharova' (after a name) a surname
            if key not in best or rank < best[key][0]:
                best[key] = (rank, word)
        self.seen: dict[str, str] = {key: word for key, (_, word) in best.items()}
        for key in feminine_keys:
            self.seen.setdefault(key, e_forms[key][:-1] + "a")

    def normalise_word(self, word: str, surname_context: bool = False) -> str:
        if surname_context and _strip(word, _rules().possessives)[1] and not _looks_feminine(word):
            return _nominative_by_rule(word, surname_context)  # 'Petrovim' is Petrov, whoever 'Petro' is
        key = name_key(word)
        if key in self.known and _inflects(word, self.known[key]):
            return self.known[key]
        if surname_context and _looks_feminine(word):
            return word
        if key in self.seen:
            return self.seen[key]
        return _nominative_by_rule(word, surname_context)

    def normalise(self, words: Sequence[str]) -> str:
        """A multi-word name in any case → nominative ('Johna Coalea' → 'John Coale').

        The words of a name agree in case, so a first name that is plainly a
        nominative ('Mikhail Saakashvili', 'Hamid Karzai') keeps the others as written."""
        if len(words) > 1 and _plain_nominative(words[0]) and not any(name_key(w) in self.known and self.known[name_key(w)] != w for w in words):
            return " ".join(words)
        if len(words) > 1 and (words[0].lower() in _rules().given_in_a or _nominative_surname(words[-1])):
            return " ".join(words)  # 'Nikola Grmoja', 'Rada Trajković': a nominative fixes the case of the whole name
        if len(words) == 2 and _a_stem_surname(*words) and name_key(words[1]) not in self.known:
            # 'Bajrusha Morinu', 'Bajrusha Morine': a man's given name in the accusative or genitive beside a
            # surname in -u or -e: the surname declines in -a ('Morina', like 'Grmoja'), the given name does not
            return f"{self.normalise_word(words[0])} {words[1][:-1]}a"
        if len(words) > 1 and words[-1].lower().endswith(_MASCULINE_OBLIQUE):
            # 'Dejana Milenkovića': a surname in -ić declined is a man's, so a given name in -a
            # beside it is his genitive ('Dejan'), not a woman's nominative
            return " ".join(
                (_given_in_vowel(word) or word[:-1]) if index < len(words) - 1 and word.endswith("a") and len(word) > 3 and word.lower() not in _rules().given_in_a
                else self.normalise_word(word, surname_context=index > 0) for index, word in enumerate(words))
        return " ".join(
            self.normalise_word(word, surname_context=index > 0) for index, word in enumerate(words)
        )


def _a_stem_surname(given: str, surname: str) -> bool:
    """A man's given name in -a (his accusative or genitive: 'Bajrusha') with a surname in -u or -e:
    only a surname of the -a declension takes those endings in that case ('Morinu', 'Morine')."""
    return given.endswith("a") and given.lower() not in _rules().given_in_a and len(given) > 3 \
        and surname[-1:] in ("u", "e") and len(surname) > 4 and surname[:1].isupper() and surname[-2:-1].lower() not in "aeiou" \
        and not surname.lower().endswith(("ću", "će"))  # ('Sejdiu', 'Čeku' as written are their own nominatives: the base knows them)


# Case forms of a surname in -ić that only a man's surname takes (a woman's -ić does not decline).
_MASCULINE_OBLIQUE = ("ića", "iću", "ićem")


def normalise_name(words: Sequence[str] | str, known: Iterable[str] = ()) -> str:
    """Nominative of a name given as words (or one string), without article context."""
    if isinstance(words, str):
        words = words.split()
    return ArticleNames([], known).normalise(words)
