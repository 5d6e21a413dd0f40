"""Croatian labels for the actor knowledge base, and the key under which a
word in any case form is looked up.

Every label and every word of an article is reduced to a key by the same
function (case and adjective endings off, accents folded), so one
dictionary look-up finds 'Venezuele', 'Venezuelu' and 'Venezuelom' alike,
and 'bjeloruskog' with 'bjeloruski'. The data lives in data/actors/.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import cache, lru_cache
from pathlib import Path

from kronika.datafiles import RolesFile, load_tsv, load_yaml, place_and_organisation_labels

DATA = Path(__file__).parent / "data" / "actors"
ROLES = RolesFile(DATA / "roles.yaml")

# Longest first. Noun and adjective endings of Croatian ('-ju' is left out:
# it would cut 'Rusiju' to 'rusi' while 'Rusija' keys as 'rusij'); possessive
# adjectives of names (Trumpova, Putinovoj) reduce to the name.
ENDINGS = tuple(sorted({
    "ovima", "evima", "ovoj", "evoj", "ovog", "ovoga", "ovom", "ovome", "ovih", "ovim", "ova", "ove", "ovi", "ovu", "ovo",
    "evog", "evom", "eve", "eva", "evi", "evu",
    "ima", "ama", "oga", "ome", "omu", "og", "om", "em", "oj", "ih", "im", "ea", "eom", "eu",
    "a", "e", "i", "o", "u",
}, key=len, reverse=True))
MIN_STEM = 3
FOLD = str.maketrans({"đ": "d", "Đ": "D", "ł": "l"})


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.translate(FOLD))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=200_000)
def word_key(word: str) -> str:
    """Case-free key of a word: 'Venezuelom' → 'venezuel', 'bjeloruskog' → 'bjelorusk',
    'Trumpova' → 'trump'; acronyms stay as written ('SAD', 'EU-a' → 'EU')."""
    if "-" in word and word.split("-")[0].isupper():
        word = word.split("-")[0]  # EU-a, NATO-om
    if len(word) > 1 and word.isupper():
        return word
    if "I" in word[1:] and not word[1:].isupper():
        word = word[0] + word[1:].replace("I", "l")  # 'BeIta': capital I typed for l
    lowered = _fold(word.lower())
    for ending in ENDINGS:
        if lowered.endswith(ending) and len(lowered) - len(ending) >= MIN_STEM:
            return lowered[: -len(ending)]
    return lowered


def surname_forms(surname: str) -> list[str]:
    """Case forms of a foreign surname whose key the plain endings miss:
    those ending in -u, -e, -i or -y keep the vowel and add the ending
    ('Davutogluom', 'Coalea', 'Krasniqija', 'Krasniqiju')."""
    forms = [surname]
    if surname.lower().endswith(("ski", "ška", "sky", "ški", "čki", "cki", "skij", "skyy")):
        return forms  # adjectival surnames decline like adjectives: Zelenskog, Gruevskim
    if surname[-1:] in ("u", "e", "i", "y", "ü"):
        forms += [surname + "a", surname + "om", surname + "u"]
    if surname[-1:] in ("i", "y"):
        forms += [surname + "ja", surname + "ju", surname + "jem"]
    return forms


def name_labels() -> Iterator[tuple[str, str]]:
    """(label, kb id) for proper names: countries (CLDR + our extras), capitals and seats, organisations."""
    import pycountry
    from babel import Locale

    for alpha2, name in Locale("hr").territories.items():
        country = pycountry.countries.get(alpha_2=alpha2) if alpha2.isalpha() else None
        if country is not None:
            # 'Mjanmar (Burma)': the name with and without the brackets, and a trailing bracket alone
            for variant in {name, re.sub(r"\s*\(.*?\)", "", name), *re.findall(r"\((.*)\)$", name)}:
                yield variant, f"c:{country.alpha_3}"
    for row in load_tsv(DATA / "countries.tsv"):
        for name in filter(None, (row["names"] or "").split(";")):
            yield name, f"c:{row['iso3']}"
        for form in demonym_forms(row["demonym"]):
            yield form, f"c:{row['iso3']}"
    yield from place_and_organisation_labels(DATA)


def demonym_labels() -> Iterator[tuple[str, str]]:
    """(demonym, country kb id), singular and plural ('Srbin', 'Srbi' → c:SRB):
    a people, not its state ('kosovski Albanci' are Kosovo civilians). Only
    forms whose key differs from every name of the country ('Rus' keys
    apart from 'Rusija')."""
    for row in load_tsv(DATA / "countries.tsv"):
        if not row["demonym"]:
            continue
        names = {word_key(name.split()[-1]) for name in filter(None, (row["names"] or "").split(";"))}
        for form in demonym_forms(row["demonym"]):
            if word_key(form) not in names:
                yield form, f"c:{row['iso3']}"


def name_senses() -> dict[str, list[tuple[str, tuple[str, ...]]]]:
    """Names of more than one actor, with each sense's kb id and cue words (senses.yaml)."""
    data = load_yaml(DATA / "senses.yaml").get("senses") or {}
    return {name: [(sense["kb_id"], tuple(sense.get("cues", []))) for sense in senses] for name, senses in data.items()}


def ethnic_words() -> frozenset[str]:
    """Words before a demonym that make it an ethnic group of the country the
    article is about ('etnički Albanci' in a report on Macedonia)."""
    return frozenset(ROLES.data.get("ethnic_words", []))


def opposition_words() -> frozenset[str]:
    """Adjectives that put a party in opposition ('oporbena stranka X')."""
    return frozenset(ROLES.data.get("opposition_words", []))


def adjective_labels() -> Iterator[tuple[str, str]]:
    """(adjective, country kb id): 'bjeloruski' → c:BLR; adjectives of
    capitals and cities stand for their country ('beogradski mediji',
    'moskovski dužnosnici': place_adjectives.tsv)."""
    for row in load_tsv(DATA / "countries.tsv"):
        for adjective in filter(None, (row["adjective"] or "").split(";")):
            yield adjective, f"c:{row['iso3']}"
    for row in load_tsv(DATA / "place_adjectives.tsv"):
        yield row["adjective"], f"c:{row['iso3']}"


def demonym_forms(column: str | None) -> list[str]:
    """The forms of a demonym column: the singular, its plural and the plural
    forms written after it ('Turčin;Turci;Turaka')."""
    forms = [form for form in (column or "").split(";") if form]
    return [forms[0], demonym_plural(forms[0]), *forms[1:]] if forms else []


def demonym_plural(demonym: str) -> str:
    """Nominative plural of a demonym, whose stem the singular's key misses
    ('Amerikanac' → 'Amerikanci', 'Srbin' → 'Srbi', 'Poljak' → 'Poljaci')."""
    if demonym.endswith("ac"):
        return demonym[:-2] + "ci"
    if demonym.endswith("in"):
        return demonym[:-2] + "i"
    if demonym.endswith("k"):
        return demonym[:-1] + "ci"
    if demonym.endswith("h"):
        return demonym[:-1] + "si"
    return demonym + "i"


@cache
def roles() -> dict[str, dict]:
    """Role labels, with the nominative plural of those whose stem changes
    ('vojnik' → 'vojnici', 'ministar' → 'ministri'); a plural names the role
    by its singular, and is marked `plural` where its key is no singular's
    ('vojnici'), or lists the written plurals (`plural_words`: 'ministri'
    keys as the singular's 'ministra')."""
    table = dict(ROLES.roles())
    keyed = {tuple(map(word_key, label.split())) for label in table}
    for label, spec in list(table.items()):
        words = label.split()
        if words[0].endswith("k"):
            plural, flag = " ".join([words[0][:-1] + "ci", *words[1:]]), {"plural": True}
        elif words[0].endswith("tar"):  # the fleeting a: 'ministar' → 'ministri', 'ministara'
            # ('ministri' keys as the singular's 'ministra': a plural only as written)
            stem = words[0][:-2] + "r"
            plural, flag = " ".join([stem + "i", *words[1:]]), {"plural_words": [stem + "i", stem + "ima"]}
        else:
            continue
        if tuple(map(word_key, plural.split())) not in keyed:  # 'glasnogovornici' keys as 'glasnogovornica': the feminine wins
            table.setdefault(plural, {**spec, "label": label, **flag})
    _mark_written_plurals(table)
    return table


def _masculine_plurals(head: str) -> list[str]:
    """The written plural forms of a masculine noun that no singular form shares
    ('prosvjednike', 'poljoprivrednicima', 'studente'; not the genitive in -a)."""
    if head.endswith("k"):
        return [head + "e", head[:-1] + "ci", head[:-1] + "cima"]
    return [head + "i", head + "e", head + "ima"]


def _mark_written_plurals(table: dict[str, dict]) -> None:
    """A one-word masculine role's plural forms, written out (`plural_words`), so that
    'prosvjednike' (which keys as the singular) names the group, not one person; and a
    feminine that takes the plural's key ('poljoprivrednicima' keys as 'poljoprivrednica')
    names the masculine's group when the plural is what is written."""
    for label, spec in list(table.items()):
        singular = table.get(spec.get("label") or "")
        if spec.get("plural") and singular is not None and singular.get("group_body") and not spec.get("group_body"):
            table[label] = {**spec, "group_body": singular["group_body"]}  # 'studenti' are the students
        if " " in label or label[-1] in "aeiou" or spec.get("plural") or label.endswith("tar"):
            continue
        forms = _masculine_plurals(label)
        table[label] = {**spec, "plural_words": sorted({*spec.get("plural_words", ()), *forms})}
        feminine_label = label[:-1] + "ca"  # 'poljoprivrednik', 'poljoprivrednica'
        feminine = table.get(feminine_label) if label.endswith("k") else None
        if feminine is not None and spec.get("group_body") and not feminine.get("group_body"):
            table[feminine_label] = {**feminine, "group_body": spec["group_body"],
                                  "plural_words": sorted({*feminine.get("plural_words", ()), *forms[1:]})}


# The rest of the pack's actor interface, read from roles.yaml as in every pack.
epithets = ROLES.epithets
pair_words = ROLES.pair_words
function_words = ROLES.function_words
pronouns = ROLES.pronouns


def home_country(language: str | None) -> str | None:
    """The outlet's country for a text in this standard (hr → HRV, sr → SRB)."""
    return (ROLES.data.get("home_countries") or {}).get(language or "")


@cache
def quantity_words() -> frozenset[str]:
    """'tisuće studenata': a quantity word before a role makes it a plural group."""
    return frozenset(ROLES.data.get("quantity_words", []))


@cache
def possessive_pronouns() -> frozenset[str]:
    """'njegove vlade': a body of the country of the last person named."""
    return frozenset(ROLES.data.get("possessive_pronouns", []))


@cache
def complement_breaks() -> frozenset[str]:
    """Words that end a role's complement ('ministar kulture X' joins, 'ministar je rekao X' does not)."""
    return frozenset(ROLES.data.get("complement_breaks", []))


# Endings of the adjectives that may stand between a role and its body in the genitive
# ('Čelnici 26-članog Saveza', 'dužnosnici vladajuće stranke').
GENITIVE_MODIFIER_ENDINGS = ("og", "oga", "eg", "ega", "ih", "e")

# Words that may join a role to the place of its institution: 'vlada u Washingtonu'.
LOCATIVE_LINKS = frozenset({"u", "iz"})
PEOPLE_LINKS = frozenset({"u", "iz"})  # 'Srbi u Hrvatskoj', 'Srbi iz Hrvatske': a people of that place
NAME_PARTICLES = frozenset({"van", "von", "den", "der", "de", "du", "del", "della", "di", "dos", "bin", "ibn", "ter", "ten"})  # lower-case words inside a person's name ('Hans van den Broek', 'Gilles de Kerchove'); not 'da', a Croatian word


def city_after(tokens, last: int) -> tuple[str, str | None] | None:
    """The city a body is placed in right after it ('veleposlanstvo u Ateni'
    → ('Athens', 'GRC')): the English (GeoNames) name and the country, or None."""
    if last + 2 >= len(tokens) or tokens[last + 1].text.lower() not in LOCATIVE_LINKS:
        return None
    from kronika.lang.hr.places import place_phrases
    from kronika.places import choose_keyed

    phrase = next((p for p in place_phrases(tokens, last + 1, min(len(tokens) - 1, last + 5)) if p.first == last + 2), None)
    found = choose_keyed(phrase.candidates) if phrase is not None else None
    if found is None or found.feature != "city":
        return None
    return found.name, found.country

# Words that join a person to the organisation he is from: 'Hasan Cemal iz Milliyeta'.
FROM_LINKS = frozenset({"iz"})
