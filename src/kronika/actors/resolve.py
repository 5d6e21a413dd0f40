"""Actor mentions in an analysed article, resolved against the knowledge base.

One pass over each sentence's tokens: every word is reduced to its pack's
key (so any case form matches), and the longest run of keys found in the
label dictionaries wins. Then role phrases are joined to the names and
countries around them ("glasnogovornica ruskog ministarstva vanjskih
poslova Maria Zaharova" → one RUS GOV person), and epithets and pronouns
are resolved to the actor named before them.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from datetime import date
from functools import cache, lru_cache
from importlib.util import find_spec
from itertools import chain, compress
from operator import attrgetter
from pathlib import Path
from typing import Callable, Sequence

from kronika.actors.kb import Actor, KnowledgeBase, load_kb, people_files as _people_files
from kronika.buildcache import built
from kronika.lang import pack_part
from kronika.lang.base import LanguagePack
from kronika.model import Entity
from kronika.text import Analysis, Sentence, Token

MAX_LABEL_WORDS = 6
_TEXT = attrgetter("text")


@dataclass
class ActorIndex:
    names: dict[tuple[str, ...], str] = field(default_factory=dict)  # keys → kb id (capitalised names)
    adjectives: dict[tuple[str, ...], str] = field(default_factory=dict)  # keys → country kb id
    roles: dict[tuple[str, ...], dict] = field(default_factory=dict)
    epithets: dict[tuple[str, ...], dict] = field(default_factory=dict)
    pronouns: frozenset[str] = frozenset()
    surnames: dict[str, list[str]] = field(default_factory=dict)  # key → person ids
    given_names: dict[str, frozenset[str]] = field(default_factory=dict)  # person id → first letters of given names
    given_words: frozenset[str] = frozenset()  # the first words of people's names, folded ('stjepan', 'goran'): given names
    surname_surfaces: dict[str, frozenset[str]] = field(default_factory=dict)  # person id → exact forms, for surnames that keep their final vowel
    lowercase_names: dict[str, str] = field(default_factory=dict)  # names written in lower case ('dpa'), as written
    lowercase_runs: set[tuple[str, ...]] = field(default_factory=set)  # keys of lower-case labels of several words
    starts: dict[str, int] = field(default_factory=dict)  # first key of any label → its longest label in words
    bare_ok: set[tuple[str, ...]] = field(default_factory=set)  # names whose label is its own key ('Minsk', not 'Togo')
    role_starts: frozenset[str] = frozenset()  # first keys of role labels
    function_words: frozenset[str] = frozenset()  # words that never begin a name ('Prema', 'The')
    common_words: frozenset[str] = frozenset()  # keys of the language's function words: capitalised at a sentence's start, no name ('Danas je ...')
    people_links: frozenset[str] = frozenset()  # words between a people and its place ('Albanians of Serbia', 'Srbi u Hrvatskoj')
    name_particles: frozenset[str] = frozenset()  # lower-case words inside a person's name ('van', 'den', 'de', 'bin')
    pair_words: frozenset[str] = frozenset()  # 'dvojica', 'obojica': the two people of a role named before
    known_names: tuple[str, ...] = ()
    senses: dict[tuple[str, ...], list[tuple[str, frozenset[str]]]] = field(default_factory=dict)  # 'DPA': (kb id, cue keys), default first
    demonyms: frozenset[tuple[str, ...]] = frozenset()  # keys of demonyms ('Srbi', 'Albanaca'): a people, CVL
    ethnic_words: frozenset[str] = frozenset()  # keys of words that make a demonym an ethnic group at home ('etnički')
    opposition_words: frozenset[str] = frozenset()  # keys of words that put a party in opposition ('oporbeni')
    # form → (key, capitalised, may begin a mention); set by actor_index (a cache, not kept on disk)
    token_features: Callable[[str], tuple[str, bool, bool]] | None = None


@dataclass
class Mention:
    sentence: int
    first: int  # token index in the sentence
    last: int  # inclusive
    kind: str  # name, adjective, role, epithet, pronoun, unknown
    kb_id: str | None = None
    spec: dict | None = None


@cache
def actor_index(code: str) -> ActorIndex:
    """Label dictionaries of one language, built once (and kept on disk for
    the next process: see kronika.buildcache)."""
    from kronika.lang import get_pack

    part = pack_part(get_pack(code), "actors")
    index = built(f"actor-index-{code}", lambda: _build_actor_index(code), _people_files())
    index.token_features = _token_features(index, part.word_key)
    return index


def _build_actor_index(code: str) -> ActorIndex:
    from kronika.lang import get_pack

    part = pack_part(get_pack(code), "actors")
    key = part.word_key
    surname_forms = getattr(part, "surname_forms", lambda word: [word])
    kb = load_kb()
    index = ActorIndex(pronouns=part.pronouns(), function_words=frozenset(getattr(part, "function_words", frozenset)()),
                       pair_words=frozenset(getattr(part, "pair_words", frozenset)()))

    def keys(label: str) -> tuple[str, ...]:
        return tuple(key(word) for word in label.replace(",", " ").split())

    def add_name(label: str, target: str, replace: bool = False, decline: bool = True) -> None:
        label_keys = keys(label)
        if replace:
            index.names[label_keys] = target
        else:
            index.names.setdefault(label_keys, target)
        if label_keys and _is_bare(label.split()[-1], label_keys[-1]):
            index.bare_ok.add(label_keys)
        for declined_keys in _declined_keys(label, label_keys) if decline else ():
            index.names.setdefault(declined_keys, target)

    def _declined_keys(label: str, label_keys: tuple[str, ...]) -> set[tuple[str, ...]]:
        """Keys of a name's case forms where they differ from its nominative's: a nominative
        that ends like a case or possessive ending keys short ('Panama' → 'pan', 'Kijev' →
        'kijev') while its other forms do not ('Panamom', 'Kijevu' → 'panam', 'kij')."""
        last = label.split()[-1] if label_keys else ""
        if not last[-1:].isalpha() or (len(last) > 1 and last.isupper()):
            return set()  # an acronym declines with a hyphen ('SAD-u'), and 'SADu' would key as the word 'Sadu'

        stem = last[:-1] if last[-1].lower() in "aeo" else last
        forms = (stem + ending for ending in ("a", "e", "i", "u", "om", "em"))
        return {(*label_keys[:-1], key(form)) for form in forms} - {label_keys}

    declined: set[str] = set()
    strict_ids: set[str] = set()
    given_words: set[str] = set()
    common_words = index.common_words = _common_words(code, key)
    index.people_links = frozenset(getattr(part, "PEOPLE_LINKS", getattr(part, "LOCATIVE_LINKS", ())))
    index.name_particles = frozenset(getattr(part, "NAME_PARTICLES", ()))
    for actor in kb.actors.values():
        labels = {actor.name, *actor.aliases} if actor.kind != "country" else {actor.name}
        for label in labels:
            add_name(label, actor.id)
            if label.islower() and " " not in label:
                index.lowercase_names[label] = actor.id
        if actor.kind == "person":
            labels = {actor.name, *actor.aliases}
            index.given_names[actor.id] = frozenset(_given_prefix(label.split()[0]) for label in labels if " " in label)
            given_words.update(_folded(label.split()[0]) for label in labels if " " in label)
            for label in labels:
                words = label.split()
                if len(words) >= 3:  # 'Carla Del Ponte' → 'Del Ponte', 'Gordan Grlić Radman' → 'Grlić Radman'
                    add_name(" ".join(words[1:]), actor.id)
                if not actor.surname and not _usable_surname(words):
                    continue  # 'Charles III', 'Mohammed bin Salman'
                forms = surname_forms(actor.surname or words[-1])  # 'Davutoglu' → 'Davutogluom', 'Krasniqi' → 'Krasniqija'
                # a surname that keys like a function word ('Aliu' like 'ali', 'Jerí' like 'jer'): only its own forms match
                strict = key(actor.surname or words[-1]) in common_words
                if strict:
                    forms = [f for f in forms if _folded(f) not in common_words] or forms
                    strict_ids.add(actor.id)
                for form in forms:
                    ids = index.surnames.setdefault(key(form), [])
                    if actor.id not in ids:
                        ids.append(actor.id)
                if len(forms) > 1 or strict:  # the surname keeps its vowel: only its own forms match ('Moda' is not Modi)
                    index.surname_surfaces[actor.id] = index.surname_surfaces.get(actor.id, frozenset()) | {_folded(f) for f in forms}
                else:
                    declined.add(actor.id)
    for actor_id in declined - strict_ids:  # one spelling declines like a Croatian word ('Zelenski'): any key form may be theirs
        index.surname_surfaces.pop(actor_id, None)
    index.given_words = frozenset(given_words - index.function_words - common_words)
    for label, target in part.name_labels():
        add_name(label, target, replace=True)
        if " " in label and not label[:1].isupper():
            index.lowercase_runs.add(keys(label))  # 'međunarodna zajednica', '17. studeni': a pack's label written in lower case
    for label, target in getattr(part, "weak_name_labels", tuple)():
        add_name(label, target, decline=False)  # a pack's names that yield to every other label ('Armenia' the country, not the town)
    for label, target in part.adjective_labels():
        index.adjectives[keys(label)] = target
    index.roles = {keys(label): {**spec, "label": spec.get("label", label)} for label, spec in part.roles().items()}
    index.role_starts = frozenset(label_keys[0] for label_keys in index.roles)
    index.epithets = {keys(label): spec for label, spec in part.epithets().items()}
    for table in (index.names, index.adjectives, index.roles, index.epithets):
        for label_keys in table:
            if label_keys:
                index.starts[label_keys[0]] = max(index.starts.get(label_keys[0], 0), len(label_keys))
    for label, senses in getattr(part, "name_senses", dict)().items():
        index.senses[keys(label)] = [(kb_id, frozenset(key(cue) for cue in cues)) for kb_id, cues in senses]
        add_name(label, senses[0][0], replace=True)
        index.starts[keys(label)[0]] = max(index.starts.get(keys(label)[0], 0), len(keys(label)))
    index.demonyms = frozenset(keys(label) for label, _ in getattr(part, "demonym_labels", tuple)())
    index.ethnic_words = frozenset(key(w) for w in getattr(part, "ethnic_words", frozenset)())
    index.opposition_words = frozenset(key(w) for w in getattr(part, "opposition_words", frozenset)())
    index.known_names = tuple(a.name for a in kb.people()) + tuple(
        alias for a in kb.people() for alias in a.aliases)
    return index


def _role_form_fits(spec: dict, last_word: str) -> bool:
    """A role with `forms` counts only in those written forms of its last
    word ('novine' are a newspaper, 'novina' is a novelty)."""
    forms = spec.get("forms")
    return not forms or last_word.lower() in forms


REGNAL = frozenset({"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI", "Jr.", "Sr."})
PATRONYMIC_PARTICLES = frozenset({"bin", "ibn", "bint", "ben"})  # 'Mohammed bin Salman': the word after is his father's name


def _common_words(code: str, key: Callable[[str], str]) -> frozenset[str]:
    """Keys of the pack's function words and of its common words that are also
    names (stopwords.txt, function_words.txt, common_words.txt): no surname may
    be one ('Jerí' keys as 'jer'), and none opens a sentence as a name ('Danas je ...')."""
    from kronika.lang import PACKS
    from kronika.lang.detect import stopwords

    module = PACKS.get(code)
    spec = find_spec(module) if module else None
    if spec is None or not spec.submodule_search_locations:
        return frozenset()
    data = Path(next(iter(spec.submodule_search_locations))) / "data"
    words = [w for name in ("stopwords.txt", "function_words.txt", "common_words.txt") if (data / name).is_file()
             for w in stopwords(data / name)]
    return frozenset(key(w) for w in words)


def _usable_surname(words: list[str]) -> bool:
    """May the last word of a person's name stand alone for them? Not a regnal
    number ('Charles III'), not a father's name after 'bin' ('Mohammed bin Salman')."""
    return len(words) >= 2 and words[-1] not in REGNAL and words[-2].lower() not in PATRONYMIC_PARTICLES


def _token_features(index: ActorIndex, key: Callable[[str], str]) -> Callable[[str], tuple[str, bool, bool]]:
    """One cached look-up per token form instead of three per token: most
    tokens are lower-case words that begin no label and are no pronoun, and
    the scan steps over them at once."""

    @lru_cache(maxsize=200_000)
    def features(form: str) -> tuple[str, bool, bool]:
        form_key = key(form)
        if len(form) > 4 and form.isupper() and form.isalpha() and form_key not in index.starts:
            form_key = key(form.title())  # a dateline's place in capitals ('ZAGREB -'), no acronym the base knows
        capital = _capitalised(form)
        return form_key, capital, capital or form_key in index.starts or form.lower() in index.pronouns

    return features


def _is_bare(word: str, word_key: str) -> bool:
    """Is a word its own key, with no case ending taken off? A label that
    ends in a vowel ('Togo', 'Rusija') never stands bare in text, so a bare
    stem that happens to match it ('Tog', a pronoun) is no mention."""
    return len(word) == len(word_key)


def _is_name_word(token: Token) -> bool:
    return _capitalised(token.text)


@lru_cache(maxsize=200_000)
def _capitalised(word: str) -> bool:
    """A capitalised word; an Arabic name after a lower-case article counts ('al-Qaede', 'el-Sisi')."""
    if word[:3] in ("al-", "el-") and word[3:4].isupper():
        return True
    if word[:1].islower() and word[1:2].isupper():
        return True  # 'bTV': a brand written with a lower-case first letter
    return word[:1].isupper() and any(ch.isalpha() for ch in word)


def _home_after(sentence: Sentence, last: int, index: ActorIndex, kb: KnowledgeBase) -> str | None:
    """The country named right after a people by 'of'/'in' (one word may stand
    between: 'of southern Serbia'), or None."""
    tokens = sentence.tokens
    if last + 2 >= len(tokens) or tokens[last + 1].text.lower() not in index.people_links:
        return None
    for j in (last + 2, last + 3):
        if j < len(tokens) and _capitalised(tokens[j].text):
            target = index.names.get((index.token_features(tokens[j].text)[0],))
            actor = kb.get(target) if target else None
            return actor.country if actor is not None and actor.kind == "country" else None
    return None


def index_ethnic(word: str, pack: LanguagePack) -> bool:
    """Is the word one that makes a people an ethnic group at home ('etnički', 'ethnic')?"""
    index = actor_index(pack.code)
    return index.token_features(word)[0] in index.ethnic_words


def _opens_sentence(tokens: list[Token], i: int) -> bool:
    """Does token i open a sentence (or a quotation or bracket inside it) that goes on
    after it? A name alone ('Mali', a look-up or a one-word headline) opens nothing."""
    if all(t.is_punct for t in tokens[i + 1 :]):
        return False
    return i == 0 or (tokens[i - 1].is_punct and tokens[i - 1].text in "\"“„»«(–-:")


def _scan_sentence(sentence_index: int, tokens: list[Token], features: list[tuple[str, bool, bool]], index: ActorIndex,
                   kb: KnowledgeBase, day: date | None, code: str | None = None) -> list[Mention]:
    """The mentions in a sentence, longest label first; `features` are its
    tokens' (key, capitalised, may begin a mention)."""
    keys, caps, may_begin = zip(*features)
    mentions: list[Mention] = []
    n = len(tokens)
    resume = 0  # the first token after the last mention
    for i in compress(range(n), may_begin):  # the tokens that may begin one, picked out in C
        if i < resume:
            continue
        found: Mention | None = None
        longest = index.starts.get(keys[i], 0)  # no label starts with this word: skip the look-ups
        for length in range(min(longest, n - i), 0, -1):
            run = keys[i : i + length]
            last = i + length - 1
            if length == 1 and tokens[i].text in index.lowercase_names:
                found = Mention(sentence_index, i, last, "name", index.lowercase_names[tokens[i].text])
            elif (caps[i] or run in index.lowercase_runs) and run in index.names and tokens[i].text.lower() not in index.function_words and (run in index.bare_ok or not _is_bare(tokens[last].text, keys[last])) \
                    and not (run in index.adjectives and _adjective_here(tokens, keys, i, index)) \
                    and not (length == 1 and keys[i] in index.common_words and _opens_sentence(tokens, i)) \
                    and not (length > 1 and not caps[last] and keys[last] in index.common_words):
                # ('Russia today' is Russia and a time, not the channel Russia Today)
                # ('Danas je ...' opens a sentence with 'today', not with the daily Danas; 'piše Danas' names it)
                found = Mention(sentence_index, i, last, "name", index.names[run])
                if run in index.senses:  # 'DPA': the party or the agency, by the words around it
                    found.kb_id = _sense(index.senses[run], keys)
                if run in index.demonyms and index.names[run].startswith("c:"):
                    found.spec = {"demonym": True}
                if tokens[last].text.endswith(("'s", "’s")) and index.names[run].startswith("c:") and _role_follows(keys, last, index):
                    found.kind = "adjective"  # "Russia's foreign minister"
            elif run in index.epithets and not (length == 1 and run in index.roles and _next_is_name(tokens, last)):
                found = Mention(sentence_index, i, last, "epithet", spec=index.epithets[run])
            elif run in index.roles and _role_form_fits(index.roles[run], tokens[last].text) \
                    and not (last + 1 < n and tokens[last + 1].text.lower() in index.roles[run].get("not_before", ())):
                found = Mention(sentence_index, i, last, "role", spec=index.roles[run])
            elif run in index.adjectives and not (caps[i] and i > 0 and last + 1 < n and caps[last + 1] and not _known_start(tokens, keys, last + 1, index)):
                # (a capitalised adjective inside a sentence before an unknown capitalised word is part of a name: 'Ruška Paparoska')
                found = Mention(sentence_index, i, last, "adjective", index.adjectives[run])
            if found:
                break
        if found is None and caps[i] and keys[i] in index.surnames:
            fits = _surname_fits(index.surnames[keys[i]], tokens[i].text, index)
            if i == 1 and not mentions and _other_given_name(tokens[0].text, fits, index):
                # 'Stjepan Radić osnovao je ...': a given name opening the sentence that is none of theirs names another person
                found = Mention(sentence_index, 0, 1, "unknown")
            else:
                person = _pick_person(fits, kb, day)
                if person is not None:
                    found = Mention(sentence_index, i, i, "name", person)
        if found is None and tokens[i].text.lower() in index.pronouns:
            found = Mention(sentence_index, i, i, "pronoun")
        if found is None and caps[i] and tokens[i].text.lower() not in index.function_words:
            last = i
            # a capital that opens the sentence is no sign of a name: 'Senior Hungarian ...', 'Two Palestinian ...'
            while True:
                if last + 1 < n and caps[last + 1] and not _known_start(tokens, keys, last + 1, index) \
                        and not (i == 0 and (keys[last + 1],) in index.adjectives):
                    last += 1
                elif last + 2 < n and tokens[last + 1].text in index.name_particles and caps[last + 2]:
                    last += 2  # 'Hans Van den Broek', 'Gilles de Kerchove': a particle inside a name
                else:
                    break
            after_role = bool(mentions) and mentions[-1].kind == "role" and mentions[-1].last == i - 1
            if after_role and last >= i + 2 and (town := _town_of_role(sentence_index, i, tokens, keys, caps, code)) is not None:
                # 'gradonačelnika Istanbula Ekrema İmamoğlua': the town the role is of, then the person
                mentions.append(town)
                resume = i + 1
                continue
            person = _known_by_surname(tokens, keys, i, last, index) if last > i else None
            if person is not None:
                # a known surname after a given name in a case form the labels lack ('Ivom Josipovićem')
                found = Mention(sentence_index, i, last, "name", person)
            elif (after_role and tokens[i].text.isalpha()) or (last > i and _looks_like_a_name(tokens[i : last + 1])):
                # two or more capitalised words, or a surname after its role ('premijerka Kosor'): a name the base does not know
                found = _place_mention(sentence_index, i, last, keys, caps, code) or Mention(sentence_index, i, last, "unknown")
        if found:
            mentions.append(found)
            resume = found.last + 1
    return mentions


TOWN_POPULATION = 15000  # a smaller place that a word matches is more often a misreading ('Crnog mora' is no Črna) than news


def _with_places(sentence_index: int, tokens: list[Token], mentions: list[Mention], features, pack: LanguagePack,
                 index: ActorIndex) -> list[Mention]:
    """The sentence's mentions and the towns and regions its place phrases name that no label
    covers ('in the town of Cizre', 'u Slavonskom Brodu'): each a mention of its place's country,
    as a capital is, so that an attack on it hits that country and the article is known to be about it."""
    places_part = pack_part(pack, "places")
    prepositions = getattr(places_part, "PREPOSITIONS", None)
    if not prepositions:
        return mentions
    covered = {i for m in mentions for i in range(m.first, m.last + 1)}
    added: list[Mention] = []
    searched = -1
    for i, (_, caps, _) in enumerate(features):
        if not caps or i == 0 or i in covered:
            continue
        # only a capitalised word a few words after a preposition of place can begin a place phrase
        opening = next((j for j in range(i - 1, max(-1, i - 1 - PLACE_REACH), -1) if tokens[j].text.lower() in prepositions), None)
        if opening is not None and i > searched:
            searched = min(len(tokens) - 1, i + PLACE_REACH)
            for phrase in places_part.place_phrases(tokens, opening, searched):
                if any(k in covered for k in range(phrase.first, phrase.last + 1)):
                    continue
                place = phrase.place()
                if _usable_place(place, TOWN_POPULATION):
                    added.append(Mention(sentence_index, phrase.first, phrase.last, "name", f"c:{place.country}"))
                    covered.update(range(phrase.first, phrase.last + 1))
        if i in covered:
            continue
        # a city named bare ('napali su Odesu', 'u noći na petak napale su Odesu'): only a big one, whose name
        # is seldom anything else, and not the word a sentence opens with ('"Ovi napadi ...')
        word = tokens[i].text.lower()
        if all(t.is_punct for t in tokens[:i]) or word in index.common_words or word in index.function_words:
            continue
        city = _bare_city(sentence_index, i, features, pack.code, getattr(places_part, "BARE_CITY_POPULATION", CITY_POPULATION))
        if city is not None and not any(k in covered for k in range(city.first, city.last + 1)):
            added.append(city)
            covered.update(range(city.first, city.last + 1))
    return sorted(mentions + added, key=lambda m: m.first) if added else mentions


def _usable_place(place, population: int) -> bool:
    """A region, or a city of at least `population` people, of a known country."""
    return place is not None and bool(place.country) and (
        place.feature == "region" or (place.feature == "city" and place.population >= population))


def _town_of_role(sentence_index: int, i: int, tokens: list[Token], keys, caps, code: str | None) -> Mention | None:
    """A town's name in a case form ('Istanbula') that a role is of, before the name of
    the person who holds it."""
    run = _gazetteer_run(keys, caps, i, i + 1, code) if code is not None else None
    if run is None or not _usable_place(run[1], TOWN_POPULATION):
        return None
    written, name = _folded(tokens[i].text), _folded(run[1].name)
    if not (written.startswith(name) and len(written) > len(name)):
        return None  # the name with a case ending, not the name itself nor another like it ('Tran', the city Trang)
    return Mention(sentence_index, i, i, "name", f"c:{run[1].country}")


def _gazetteer_run(keys, caps, first: int, stop: int, code: str):
    """(number of words, place) of the longest gazetteer name beginning at `first` (before `stop`), or None."""
    from kronika.places import choose_keyed, longest_place

    found = longest_place(list(keys), first, stop, code, list(caps))
    place = choose_keyed(found[1]) if found else None
    return (found[0], place) if place is not None else None


def _bare_city(sentence_index: int, i: int, features, code: str, population: int) -> Mention | None:
    run = _gazetteer_run([f[0] for f in features], [f[1] for f in features], i, min(len(features), i + 4), code)
    if run is None or not _usable_place(run[1], population):
        return None
    return Mention(sentence_index, i, i + run[0] - 1, "name", f"c:{run[1].country}")


CITY_POPULATION = 100_000  # a bare capitalised word is a city only when the city is big ('Harkiv', 'Odesa'); a pack may ask more
PLACE_REACH = 6  # words from a preposition to the place it names: 'in the northern city of Gondar', 'na sjeveru Kosova'


def _place_mention(sentence_index: int, first: int, last: int, keys, caps, code: str | None) -> Mention | None:
    """Words the base does not know that the gazetteer names as a place ('Novi Sad je ...'):
    no person, but a mention of the place's country, as a capital is."""
    run = _gazetteer_run(keys, caps, first, last + 1, code) if code is not None else None
    if run is None or run[0] != last - first + 1 or not run[1].country:
        return None
    return Mention(sentence_index, first, last, "name", f"c:{run[1].country}")


def _sense(senses: list[tuple[str, frozenset[str]]], keys: Sequence[str]) -> str:
    """The sense of an ambiguous name whose cue words stand most in the sentence (the first on a tie)."""
    present = set(keys)
    best, hits = senses[0][0], 0
    for kb_id, cues in senses:
        if len(cues & present) > hits:
            best, hits = kb_id, len(cues & present)
    return best


def _other_given_name(word: str, people: list[str], index: ActorIndex) -> bool:
    """Is a capitalised word a given name (of someone in the base) that none of these people has?"""
    return word[:1].isupper() and word.isalpha() and _folded(word) in getattr(index, "given_words", frozenset()) \
        and not any(_given_prefix(word) in index.given_names.get(person, frozenset()) for person in people)


def _given_prefix(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word.lower()) if not unicodedata.combining(c))[:3]


def _known_by_surname(tokens: list[Token], keys: Sequence[str], first: int, last: int, index: ActorIndex) -> str | None:
    """The known person a two- or three-word run names: its last word is
    their surname and its first word begins like their given name."""
    if last - first > 2:
        return None
    given = _given_prefix(tokens[first].text)
    for person in _surname_fits(index.surnames.get(keys[last], []), tokens[last].text, index):
        if given in index.given_names.get(person, frozenset()):
            return person
    return None


def _looks_like_a_name(tokens: list[Token]) -> bool:
    """A run of capitalised words with no role before it that may be a
    name: no digits or underscores (file names, licence codes), not all in
    capitals (acronyms the base does not know), not only initials ('I.V.')."""
    if any(any(ch.isdigit() or ch == "_" for ch in t.text) for t in tokens):
        return False
    return any(sum(ch.isalpha() for ch in t.text) >= 2 and any(ch.islower() for ch in t.text) for t in tokens)


def _adjective_here(tokens: list[Token], keys: Sequence[str], i: int, index: ActorIndex) -> bool:
    """A word that is both a country's name and its adjective ('Hrvatski
    ministar' at the start of a sentence, 'the American president'): an
    adjective when a role or, sentence-initially, a common noun follows."""
    if i + 1 >= len(tokens):
        return False
    if _role_follows(keys, i, index):
        return True
    following = tokens[i + 1].text
    return i == 0 and following[:1].islower() and following.isalpha() and len(following) > 3


def _role_follows(keys: Sequence[str], last: int, index: ActorIndex) -> bool:
    return last + 1 < len(keys) and keys[last + 1] in index.role_starts


def _next_is_name(tokens: list[Token], last: int) -> bool:
    return last + 1 < len(tokens) and _is_name_word(tokens[last + 1])


def _known_start(tokens: list[Token], keys: Sequence[str], i: int, index: ActorIndex) -> bool:
    """Does a capitalised word begin a known name, role or epithet (so a run of unknown name words stops before it)?"""
    single = (keys[i],)
    if i + 1 < len(keys) and any(keys[i : i + n] in index.roles for n in (2, 3)):
        return True  # 'Japanese Prime Minister ...': a capitalised title of two or three words
    return (single in index.names or single in index.roles or single in index.epithets) and single not in index.surnames


def _folded(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word.lower()) if not unicodedata.combining(c))


def _surname_fits(ids: list[str], word: str, index: ActorIndex) -> list[str]:
    """The people whose surname this word may be: for surnames that keep
    their final vowel in every case, only their own forms."""
    folded = _folded(word)
    return [p for p in ids if p not in index.surname_surfaces or folded in index.surname_surfaces[p]]


def _pick_person(ids: list[str], kb: KnowledgeBase, day: date | None) -> str | None:
    """Of several people with one surname, the one in office on the day."""
    if not ids:
        return None
    for actor_id in ids:
        actor = kb.get(actor_id)
        if actor and any(o.held_on(day) for o in actor.offices):
            return actor_id
    return ids[0]


@dataclass
class _Resolved:
    entity: Entity
    sentence: int
    first: int
    last: int
    kind: str  # person, country, org, role, group (a people: 'Srbi')
    actor: Actor | None = None
    role: str | None = None  # the role label of a role phrase ('ured' in 'ureda bjeloruskog predsjednika')
    office: str | None = None  # the office a role phrase names its person by ('ministar unutarnjih poslova X': interior_minister)


def _entity_from_actor(actor: Actor, text: str, start: int, end: int, day: date | None) -> Entity:
    return Entity(name=actor.name_on(day), text=text, country=actor.country_on(day), sector=actor.sector_on(day), kb_id=actor.id, start=start, end=end)


def find_mentions(analysis: Analysis, pack: LanguagePack, on_date: date | None) -> list[Entity]:
    return [r.entity for r in resolve_article(analysis, pack, on_date)]


def resolve_article(analysis: Analysis, pack: LanguagePack, on_date: date | None) -> list[_Resolved]:
    index = actor_index(pack.code)
    part = pack_part(pack, "actors")
    kb = load_kb()
    names_module = pack_part(pack, "names")
    words = list(map(_TEXT, chain.from_iterable(s.tokens for s in analysis.sentences)))
    features = list(map(index.token_features, words))  # one cached look-up per token, for the whole article
    article_names = _LazyArticleNames(names_module, words, index.known_names) if hasattr(names_module, "ArticleNames") else None
    resolved: list[_Resolved] = []
    offset = 0
    scanned: list[list[Mention]] = []
    for s_index, sentence in enumerate(analysis.sentences):
        end = offset + len(sentence.tokens)
        found = _scan_sentence(s_index, sentence.tokens, features[offset:end], index, kb, on_date, pack.code)
        scanned.append(_with_places(s_index, sentence.tokens, found, features[offset:end], pack, index))
        offset = end
    home_country = getattr(part, "home_country", None)
    home = home_country(analysis.language) if home_country else None
    # an article that names no country at all ('Policija je u Splitu privela ...') is of the outlet's own
    article_focus = _focus_country(scanned, kb) or home
    focus_by_paragraph = _paragraph_focus(analysis, scanned, kb)
    context = _Context(focus=article_focus, home=home, ranked=_ranked_countries(scanned, kb),
                       paragraphs=tuple(s.paragraph for s in analysis.sentences))
    for sentence, mentions in zip(analysis.sentences, scanned):
        # a bare 'policija' is of the country its own paragraph is about, else the article's
        context.focus = focus_by_paragraph.get(sentence.paragraph) or article_focus
        _combine(sentence, mentions, index, kb, on_date, resolved, article_names, pack, part, context)
    return resolved


def _paragraph_focus(analysis: Analysis, scanned: list[list[Mention]], kb: KnowledgeBase) -> dict[int, str]:
    """Each paragraph's most named country; a paragraph that names none continues the one before."""
    by_paragraph: dict[int, list[list[Mention]]] = {}
    for sentence, mentions in zip(analysis.sentences, scanned):
        by_paragraph.setdefault(sentence.paragraph, []).append(mentions)
    focus: dict[int, str] = {}
    running = None
    for paragraph in sorted(by_paragraph):
        running = _focus_country(by_paragraph[paragraph], kb) or running
        if running:
            focus[paragraph] = running
    return focus


@dataclass
class _Context:
    """What the whole article says, for mentions that say too little alone."""
    focus: str | None = None  # the country the article is about: its most named country
    home: str | None = None  # the outlet's country, by the standard the text is in
    ranked: tuple[str, ...] = ()  # the countries the article names, most named first
    paragraphs: tuple[int, ...] = ()  # the paragraph of each sentence

    def host_of(self, people: str | None) -> str | None:
        """The country an ethnic group lives in: the one the text is about, unless
        that is the group's own state ('ethnic Turks' in a report on Sweden)."""
        return next((c for c in (self.focus, *self.ranked) if c and c != people), self.focus)


def _focus_country(scanned: list[list[Mention]], kb: KnowledgeBase) -> str | None:
    """The country an article names most (by name, capital or adjective;
    the first named wins a tie): the country of its bare domestic
    institutions ('Policija je uhitila ...' in a report on Serbia)."""
    ranked = _ranked_countries(scanned, kb)
    return ranked[0] if ranked else None


def _ranked_countries(scanned: list[list[Mention]], kb: KnowledgeBase) -> tuple[str, ...]:
    """The countries an article names, most named first (the first named wins a tie)."""
    counts: dict[str, int] = {}
    for mentions in scanned:
        for m in mentions:
            if m.kind in ("name", "adjective") and m.kb_id and m.kb_id.startswith(("c:", "s:", "o:")):
                # a country by name, capital or adjective, or a body of its own ('u Saboru', 'SDP-a')
                actor = kb.get(m.kb_id)
                if actor is not None and actor.country and actor.country != "IGO":
                    counts[actor.country] = counts.get(actor.country, 0) + 1
    return tuple(sorted(counts, key=lambda country: -counts[country]))  # sorted() is stable: first named first


class _LazyArticleNames:
    """The pack's article-level name normaliser, built only when a name the
    base does not know needs its nominative (most articles need none or few)."""

    def __init__(self, names_module, article_words: list[str], known: tuple[str, ...]) -> None:
        self._module, self._article_words, self._known = names_module, article_words, known
        self._names = None

    def normalise(self, words: list[str]) -> str:
        if self._names is None:
            self._names = self._module.ArticleNames(self._article_words, known=self._known)
        return self._names.normalise(words)


def _span_text(sentence: Sentence, first: int, last: int) -> tuple[str, int, int]:
    start, end = sentence.tokens[first].start, sentence.tokens[last].end
    offset = start - sentence.start
    return sentence.text[offset : offset + end - start], start, end


def _normalised_name(sentence: Sentence, m: Mention, article_names, pack: LanguagePack) -> str:
    words = [t.text for t in sentence.tokens[m.first : m.last + 1]]
    return article_names.normalise(words) if article_names else pack.normalise_name(words)


def _combine(sentence: Sentence, mentions: list[Mention], index: ActorIndex, kb: KnowledgeBase, day: date | None,
             resolved: list[_Resolved], article_names, pack: LanguagePack, part, context: _Context | None = None) -> None:
    """Join role phrases with the adjectives, countries and names around them,
    adding them to the article's `resolved` mentions (which later ones refer back to)."""
    i = 0
    while i < len(mentions):
        m = mentions[i]
        if m.kind in ("role", "adjective") or (m.kind == "name" and (_is_possessive_person(m, kb, sentence, mentions, i)
                                                                    or _attributive_name(sentence, m, mentions, i, kb, part))):
            group = [m]
            j = i + 1
            while j < len(mentions) and mentions[j].kind in ("role", "adjective", "name", "epithet", "unknown") and (
                    mentions[j].first == group[-1].last + 1 or _role_modifiers_between(sentence, group[-1], mentions[j], kb, part)
                    or _pack_link(sentence, group[-1], mentions[j], kb, part)):
                group.append(mentions[j])
                if mentions[j].kind in ("unknown",) or (mentions[j].kind == "name" and _kind(kb, mentions[j]) == "person"):
                    break
                j += 1
            # 'vlada u Washingtonu': a locative link to a place
            if j < len(mentions) and group[-1].kind == "role" and mentions[j].kind == "name" and mentions[j].first == group[-1].last + 2 \
                    and not any(g.kind == "adjective" for g in group) \
                    and sentence.tokens[group[-1].last + 1].text.lower() in part.LOCATIVE_LINKS \
                    and (_seated_at(group[-1].spec or {})):
                group.append(mentions[j])
            after = i + len(group)
            # 'ministar kulture Georgea Voulgarakisa', 'koordinator EU za borbu protiv terorizma Gilles de Kerchove':
            # the role's complement between it and the person's name
            if any(g.kind == "role" for g in group) and group[-1].kind != "unknown" and _kind(kb, group[-1]) != "person":
                k = _name_after_complement(sentence, mentions, after, group[-1].last, kb, part)
                if k is not None:
                    for between in mentions[after:k]:
                        resolved.append(_resolve_name(sentence, between, kb, day, article_names, pack))
                    group.append(mentions[k])
                    after = k + 1
            members = _pair_of(sentence, group, index, kb, day, resolved)
            resolved.extend(members or [_resolve_group(sentence, group, kb, day, resolved, article_names, pack, context)])
            i = after
            continue
        if m.kind == "unknown" and m.first == 0 and m.last == 1 and _folded(sentence.tokens[0].text) not in index.given_words:
            # 'Izjava Aliua ...', 'Odluka Yalcinkaye ...': a capitalised noun opening the sentence before
            # a surname the article or the base knows is no given name ('Stjepan Radić' is a name)
            second = part.word_key(sentence.tokens[1].text)
            named = _named_before(second, resolved, part)
            known = index.surnames.get(second)
            if (named is not None and not _given_prefix(sentence.tokens[0].text) in _given_prefixes(named.entity.name)) \
                    or (named is None and known and not any(_given_prefix(sentence.tokens[0].text) in index.given_names.get(k, frozenset()) for k in known)):
                person = _pick_person(_surname_fits(known, sentence.tokens[1].text, index), kb, day) if known and named is None else None
                m = mentions[i] = Mention(m.sentence, 1, 1, "name" if person else "unknown", person)
        if m.kind == "name" or m.kind == "unknown":
            found = _resolve_name(sentence, m, kb, day, article_names, pack)
            _people_and_parties(sentence, m, found, index, kb, day, context)
            if m.first == m.last and found.kind == "person":
                # a surname alone is the person of that surname the article named before ('Esat Berisha' … 'Berisha')
                named = _named_before(part.word_key(sentence.tokens[m.first].text), resolved, part)
                if named is not None and (named.entity.kb_id != found.entity.kb_id or (found.actor is None and named.entity.name != found.entity.name)) \
                        and not index.given_names.get(found.entity.kb_id or "", frozenset()) & _given_prefixes(named.entity.name):
                    found = _Resolved(named.entity.model_copy(update={"text": found.entity.text, "start": found.entity.start, "end": found.entity.end}),
                                         m.sentence, m.first, m.last, "person", named.actor)
            # 'Hasan Cemal iz Milliyeta': an unknown person from an organisation is of its country and sector
            if found.kind == "person" and found.actor is None and i + 1 < len(mentions) and mentions[i + 1].first == m.last + 2 \
                    and sentence.tokens[m.last + 1].text.lower() in getattr(part, "FROM_LINKS", ()) and _kind(kb, mentions[i + 1]) == "org":
                org = kb.get(mentions[i + 1].kb_id)
                found.entity.country, found.entity.sector = org.country_on(day), org.sector_on(day)
            # apposition: 'Velazquezom, veleposlanikom južnoameričke zemlje', 'Velazquez, the South American country's ambassador'
            group = _apposition(sentence, m, mentions, i, index, kb)
            if group:
                j = i + 1 + len(group)
                if found.actor is not None and any(g.kind == "name" and _kind(kb, g) == "org" for g in group):
                    # 'Dugolli, član Kosovskog instituta ...': the organisation the apposition names is a mention too
                    resolved.append(_resolve_group(sentence, group, kb, day, resolved, article_names, pack, context))
                if found.actor is None:
                    role = _resolve_group(sentence, group, kb, day, resolved, article_names, pack, context)
                    found.entity.country = found.entity.country or role.entity.country
                    found.entity.sector = role.entity.sector if role.entity.sector else found.entity.sector
                resolved.append(found)
                i = j
                continue
            resolved.append(found)
        elif m.kind == "epithet":
            target = _antecedent(m.spec or {}, resolved, kb)
            if target is not None:
                text, start, end = _span_text(sentence, m.first, m.last)
                resolved.append(_Resolved(target.entity.model_copy(update={"text": text, "start": start, "end": end}), m.sentence, m.first, m.last, target.kind, target.actor))
        elif m.kind == "pronoun":
            target = _pronoun_antecedent(m, resolved)
            if target is not None:
                text, start, end = _span_text(sentence, m.first, m.last)
                resolved.append(_Resolved(target.entity.model_copy(update={"text": text, "start": start, "end": end}), m.sentence, m.first, m.last, "person", target.actor))
        i += 1


def _role_modifiers_between(sentence: Sentence, role: Mention, following: Mention, kb: KnowledgeBase, part) -> bool:
    """'Čelnici 26-članog Saveza', 'ministri zapadnih saveznika': up to two lower-case
    modifiers between a role and the body (not a person) whose role it is."""
    gap = sentence.tokens[role.last + 1 : following.first]
    spec = role.spec or {}
    plural = spec.get("plural") or sentence.tokens[role.first].text.lower() in spec.get("plural_words", ())
    if role.kind != "role" or not plural or following.kind != "name" or _kind(kb, following) == "person" or not 0 < len(gap) <= 2:
        return False  # a plural role only: 'potpredsjednik oporbene stranke' is a person of that party, told apart
    endings = getattr(part, "GENITIVE_MODIFIER_ENDINGS", ())
    return all((t.text[:1].islower() or t.text[:1].isdigit()) and t.text.lower().endswith(endings) for t in gap)


def _pack_link(sentence: Sentence, left: Mention, right: Mention, kb: KnowledgeBase, part) -> bool:
    """Words a pack lets stand inside one actor phrase between two mentions
    ('Irish nationalist guerrillas', 'leaders of Romania's new government'):
    the pack's `phrase_link(tokens, start, end, left_kind, right_kind)`, kinds
    being 'role', 'adjective', 'person', 'country', 'org', 'epithet', 'unknown'."""
    link = getattr(part, "phrase_link", None)
    if link is None or right.first <= left.last + 1:
        return False
    return link(sentence.tokens, left.last + 1, right.first, _mention_kind(kb, left), _mention_kind(kb, right))


def _mention_kind(kb: KnowledgeBase, m: Mention) -> str:
    return _kind(kb, m) if m.kind == "name" else m.kind


def _attributive_name(sentence: Sentence, m: Mention, mentions: list[Mention], i: int, kb: KnowledgeBase, part) -> bool:
    """'Ivory Coast rebels', 'the US Congress', "Iraq's interim government": in
    a pack whose country and organisation names qualify a role before it
    (ATTRIBUTIVE_NAMES), the name opens the role's phrase."""
    if not getattr(part, "ATTRIBUTIVE_NAMES", False) or i + 1 >= len(mentions) or _kind(kb, m) not in ("country", "org"):
        return False
    following = mentions[i + 1]
    return following.kind == "role" and (following.first == m.last + 1 or _pack_link(sentence, m, following, kb, part))


def _people_and_parties(sentence: Sentence, m: Mention, found: _Resolved, index: ActorIndex, kb: KnowledgeBase,
                        day: date | None, context: _Context | None) -> None:
    """A demonym names a people, not its state ('Srbi' → Serbian citizens,
    CVL); after an ethnic word ('etnički Albanci') the people of the country
    the article is about. A party after an opposition word ('oporbena
    stranka X') is OPP."""
    before = index.token_features(sentence.tokens[m.first - 1].text)[0] if m.first > 0 else None
    if (m.spec or {}).get("demonym") and found.actor is not None:
        country = found.actor.country
        if before in index.ethnic_words and context is not None and context.focus:
            country = context.host_of(country)
        home = _home_after(sentence, m.last, index, kb)
        if home is not None:
            country = home  # 'the Albanians of southern Serbia', 'Serbs in Croatia': the people of that place
        found.entity.country, found.entity.sector = country, "CVL"
        found.entity.name = kb.body_name("citizens", country, day) or found.entity.name
        found.kind = "group"
    elif found.actor is not None and found.actor.kind == "party" and found.entity.sector == "PTY":
        words = {index.token_features(t.text)[0] for t in sentence.tokens[max(0, m.first - 2) : m.first]}
        if words & index.opposition_words:
            found.entity.sector = "OPP"


MAX_COMPLEMENT = 5


def _name_after_complement(sentence: Sentence, mentions: list[Mention], j: int, last: int, kb: KnowledgeBase, part) -> int | None:
    """The index of a person's name that follows a role's complement (a few
    words, none a clause break the pack lists: 'je', 'koji', a comma), with
    only countries and organisations named inside it; else None."""
    breaks = getattr(part, "complement_breaks", None)
    if breaks is None:
        return None
    breaks = breaks()
    tokens = sentence.tokens
    k = j
    while k < len(mentions) and mentions[k].kind in ("name", "adjective") and _kind(kb, mentions[k]) != "person":
        k += 1
    if k >= len(mentions) or not (mentions[k].kind == "unknown" or _kind(kb, mentions[k]) == "person"):
        return None
    gap = tokens[last + 1 : mentions[k].first]
    if not 1 <= len(gap) <= MAX_COMPLEMENT:
        return None
    inside = {t for between in mentions[j:k] for t in range(between.first, between.last + 1)}
    for offset, token in enumerate(gap, start=last + 1):
        word = token.text
        if not word.replace("-", "").isalpha() or word.lower() in breaks or (word[:1].isupper() and offset not in inside):
            return None
    return k


def _apposition(sentence: Sentence, m: Mention, mentions: list[Mention], i: int, index: ActorIndex, kb: KnowledgeBase) -> list[Mention]:
    """The role phrase set off by a comma after a person's name (function
    words like 'the' may open it), or nothing."""
    tokens = sentence.tokens
    if m.last + 1 >= len(tokens) or tokens[m.last + 1].text != "," or not (m.kind == "unknown" or _kind(kb, m) == "person"):
        return []
    start = m.last + 2
    while start < len(tokens) and tokens[start].text.lower() in index.function_words:
        start += 1
    group: list[Mention] = []
    j = i + 1
    while j < len(mentions) and mentions[j].first == (group[-1].last + 1 if group else start) \
            and mentions[j].kind in ("role", "adjective", "epithet", "name") and not (not group and mentions[j].kind == "name"):
        group.append(mentions[j])
        j += 1
    return group if any(g.kind == "role" for g in group) else []


def _kind(kb: KnowledgeBase, m: Mention) -> str:
    actor = kb.get(m.kb_id) if m.kb_id else None
    if actor is None:
        return "unknown"
    return "person" if actor.kind == "person" else "country" if actor.kind == "country" else "org"


def _is_possessive_person(m: Mention, kb: KnowledgeBase, sentence: Sentence, mentions: list[Mention], i: int) -> bool:
    """'Trumpova vlada': a person's name as a possessive before an institution."""
    if _kind(kb, m) != "person" or i + 1 >= len(mentions):
        return False
    following = mentions[i + 1]
    word = sentence.tokens[m.last].text.lower()
    return following.kind == "role" and following.first == m.last + 1 and word.endswith(("ova", "ove", "ovoj", "ovu", "ev", "eva", "eve", "ovog", "ovom"))


def _resolve_name(sentence: Sentence, m: Mention, kb: KnowledgeBase, day: date | None, article_names, pack: LanguagePack) -> _Resolved:
    text, start, end = _span_text(sentence, m.first, m.last)
    actor = kb.get(m.kb_id) if m.kb_id else None
    if actor is not None:
        return _Resolved(_entity_from_actor(actor, text, start, end, day), m.sentence, m.first, m.last, _kind(kb, m), actor)
    name = _normalised_name(sentence, m, article_names, pack)
    return _Resolved(Entity(name=name, text=text, country=None, sector=None, start=start, end=end), m.sentence, m.first, m.last, "person")


def _resolve_group(sentence: Sentence, group: list[Mention], kb: KnowledgeBase, day: date | None, earlier: list[_Resolved], article_names, pack: LanguagePack,
                   context: _Context | None = None) -> _Resolved:
    """A role phrase: the person it names if any, else the office holder or the institution."""
    country: str | None = None
    sector: str | None = None
    office: str | None = None
    person: _Resolved | None = None
    institution: Actor | None = None
    people: str | None = None
    for m in group:
        if m.kind == "adjective" and country is None:
            country = kb.get(m.kb_id).country if kb.get(m.kb_id) else None
            if context is not None and context.focus and m.first > 0 \
                    and index_ethnic(sentence.tokens[m.first - 1].text, pack):
                country = context.host_of(country)  # 'ethnic Albanian guerrillas' in Macedonia are Macedonia's
        elif m.kind == "role":
            spec = m.spec or {}
            if sector is None:
                sector, office = spec.get("sector"), spec.get("office")
        elif m.kind == "epithet":
            target = _antecedent(m.spec or {}, earlier, kb)
            if target is not None and country is None:
                country = target.entity.country
        elif m.kind == "name":
            kind = _kind(kb, m)
            if kind == "person":
                person = _resolve_name(sentence, m, kb, day, article_names, pack)
                if person.actor and country is None and m is group[0]:
                    country = person.actor.country
            else:
                actor = kb.get(m.kb_id)
                if actor and (m.spec or {}).get("demonym") and actor.kind == "country":
                    people = actor.country  # 'kosovski Albanci': Albanians, living in Kosovo
                if actor and country is None:
                    country = actor.country
                    if actor.kind != "country":
                        institution = actor
                elif actor and actor.kind not in ("country", "seat") and institution is None and actor.country == country:
                    institution = actor  # 'kosovskog dnevnika Bota Sot': the adjective agrees with the outlet's country
        elif m.kind == "unknown":
            person = _resolve_name(sentence, m, kb, day, article_names, pack)
            if _nominative_role(sentence, group):
                # 'posebni izaslanik UN-a Martti Ahtisaari': a name after a role in the nominative is itself one
                words = [t.text for t in sentence.tokens[m.first : m.last + 1]]
                person.entity.name = " ".join(words)
    first, last = group[0].first, group[-1].last
    text, start, end = _span_text(sentence, first, last)
    role_mention = next((m for m in group if m.kind == "role" and m.spec), None)
    role_spec = role_mention.spec if role_mention else {}
    if role_spec.get("office_country"):
        country = role_spec["office_country"]  # 'predsjednik Republike Srpske': an entity's office, of its state (BIH)
    if role_spec.get("ethnic") and country and context is not None and person is None and institution is None \
            and any(g.kind == "adjective" for g in group):
        country = context.host_of(country)  # 'the Albanian population of the province', 'srpska manjina'
    if role_spec.get("ruling") and institution is None and person is None and day is not None:
        # 'vladajuća stranka': the one party of the country the base knows in government that day
        state = country or (context.focus if context else None)
        governing = [a for a in kb.actors.values() if a.kind == "party" and a.country == state and a.offices
                     and a.sector_on(day) != "OPP"] if state else []
        if len(governing) == 1:
            institution, country = governing[0], state
    if role_spec.get("member") and institution is not None and institution.sector:
        sector = institution.sector  # 'vođa Obraza X', 'član Zemunskog klana X': of the organisation's sector
    elif institution is not None and institution.kind == "party" and role_mention is group[0] and person is None \
            and role_spec.get("sector") == "GOV":
        # 'predsjednik SDP-a', 'čelnik HDZ-a': the party's leader, of its sector that day, not the state's president
        office, sector = None, institution.sector_on(day) if day else institution.sector
    heads = [m for m in group if m.kind == "role" and m is not role_mention and (m.spec or {}).get("sector")]
    if role_spec.get("head") and heads:
        sector = heads[0].spec["sector"]  # 'šef srbijanske policije X': the police's sector
    if role_spec.get("institution") and role_mention is group[0] and person is not None and person.actor is not None:
        # 'Vlada Gruevskog', 'vlade premijera Erdogana': the body of the country of the person in the genitive
        country, person = country or person.entity.country, None
    # 'vlada u Washingtonu': the government named by its seat is the state itself
    by_seat = len(group) > 1 and group[-1].kind == "name" and group[-1].first >= 1 \
        and sentence.tokens[group[-1].first - 1].text.lower() in getattr(pack_part(pack, "actors"), "LOCATIVE_LINKS", ())
    if role_spec.get("plural_words") and sentence.tokens[role_mention.first].text.lower() in role_spec["plural_words"]:
        role_spec = {**role_spec, "plural": True}  # 'ministri', not 'ministra'
    quantities = getattr(pack_part(pack, "actors"), "quantity_words", None)
    if role_mention is not None and quantities and first > 0 and (sentence.tokens[first - 1].text.lower() in quantities()
                                                                  or sentence.tokens[first - 1].text.replace(".", "").isdigit()):
        role_spec = {**role_spec, "plural": True}  # 'desetine prosvjednika': many, not one
    role_label = role_spec.get("label")
    if person is not None and person.actor is not None and group[0].kind != "name":
        entity = person.entity.model_copy(update={"text": text, "start": start, "end": end})
        return _Resolved(entity, group[0].sentence, first, last, "person", person.actor, role_label, office)
    if person is not None and group[0].kind != "name":
        if country is None and not _posted_abroad(sentence, group, pack_part(pack, "actors")):
            # an unknown person by role alone ('kolumnist Ivo Horvat'): of the country the article is about
            country = context.focus if context else None
        entity = person.entity.model_copy(update={"text": text, "start": start, "end": end, "country": country, "sector": sector})
        return _Resolved(entity, group[0].sentence, first, last, "person", None, role_label)
    numbered = role_spec.get("numbered")
    if numbered and person is None and last + 1 < len(sentence.tokens) and sentence.tokens[last + 1].text.rstrip(".").isdigit():
        # 'Svjedok 2', 'Svjedoku 2': a protected witness known by number, of the country the article is about
        text, start, end = _span_text(sentence, first, last + 1)
        if text.endswith("."):  # 'Svjedoka 3.' at the end of a sentence
            text, end = text[:-1], end - 1
        entity = Entity(name=numbered.format(n=sentence.tokens[last + 1].text.rstrip(".")), text=text, start=start, end=end,
                        country=country or (context.focus if context else None), sector=sector)
        return _Resolved(entity, group[0].sentence, first, last + 1, "person", None, role_label)
    posted = _posted_abroad(sentence, group, pack_part(pack, "actors"))
    if country is None and role_spec.get("domestic") and role_spec.get("plural") and person is None and institution is None and not posted:
        # a bare plural group ('dužnosnici', 'studenti', 'lokalni mediji'): of the country the article is about;
        # the holders of one office ('ministri vanjskih poslova') are of several
        country = context.focus if context and not office else None
    elif country is None and role_spec.get("domestic") and person is None and institution is None and not posted \
            and (owner := _possessor(sentence, first, earlier, pack)) is not None:
        country = owner.entity.country  # 'politici njegove vlade': the government of the man just named
    elif country is None and role_spec.get("domestic") and person is None and institution is None and not posted \
            and context is not None and context.home and not role_spec.get("plural") \
            and any(r.entity.country == context.home for r in earlier) \
            and (role_spec.get("home") is True
                 or (role_spec.get("home") == "capitalised" and first > 0 and sentence.tokens[first].text[:1].isupper())):
        # 'kritizirao je Vladu', 'Predsjednik Republike': a capitalised bare institution is the outlet's own country's
        country = context.home
    elif country is None and role_spec.get("domestic") and person is None and institution is None and not posted:
        # a bare domestic role ('Policija', 'predsjednik'): the one of that role the article named
        # before, else of the country the article is about
        antecedent = _same_role_before(role_label, group[0].sentence, earlier, window=None)
        if antecedent is not None and context is not None and context.focus and office \
                and antecedent.entity.country != context.focus and context.paragraphs \
                and context.paragraphs[antecedent.sentence] != sentence.paragraph and kb.office_holders(context.focus, office, day):
            # 'Mađarski premijer ...' in a paragraph before, then in one on Croatia 'optužio je premijera': Croatia's
            antecedent = None
        if antecedent is not None and antecedent.kind == "person" and antecedent.actor is not None:
            entity = antecedent.entity.model_copy(update={"text": text, "start": start, "end": end})
            return _Resolved(entity, group[0].sentence, first, last, "person", antecedent.actor, role_label)
        country = antecedent.entity.country if antecedent is not None else context.focus if context else None
    if institution is not None and institution.country == "IGO" and person is None and role_mention is group[0] \
            and not role_spec.get("plural") and role_spec.get("sector") in ("GOV", "DIP", "IGO") and not role_spec.get("body"):
        # 'visoki dužnosnik UN-a', 'taj dužnosnik EU': an international official unnamed is the one the article named last
        official = next((r for r in reversed(earlier) if r.kind == "person" and r.actor is not None and r.entity.country == "IGO"), None)
        if official is not None:
            entity = official.entity.model_copy(update={"text": text, "start": start, "end": end})
            return _Resolved(entity, group[0].sentence, first, last, "person", official.actor, role_label)
    if office and country and not role_spec.get("plural"):  # the office of the first role word: 'ured predsjednika' is not the president
        holders = kb.office_holders(country, office, day)
        named = {r.actor.id for r in earlier if r.actor is not None}
        holder = next((h for h in holders if h.id in named), holders[0] if holders else None)  # two UN envoys: the one named
        if holder is not None:
            return _Resolved(_entity_from_actor(holder, text, start, end, day), group[0].sentence, first, last, "person", holder)
    body = (role_spec.get("group_body") if role_spec.get("plural") else None) or role_spec.get("body")
    if institution is None and country is None and person is None and body and role_spec.get("court") and not posted:
        # 'Sudsko vijeće', 'suci', 'tribunal' in an article that named an international court: that court's
        institution = _court_before(earlier)
    if institution is not None:
        entity = _entity_from_actor(institution, text, start, end, day)
        if body:  # 'Žalbeno vijeće ICTY-a' → ICTY Appeals Chamber, 'policajci EULEX-a' → EULEX police
            # (an international body's own form first: 'police.IGO' in bodies.yaml)
            entity.name = kb.body_name(body, "IGO" if institution.country == "IGO" else None, day, organisation=institution) or entity.name
            if sector in ("COP", "MIL", "JUD") and institution.country == "IGO":
                entity.sector = sector  # an international mission's police
        return _Resolved(entity, group[0].sentence, first, last, "org", institution)
    country_actor = kb.country(country) if country else None
    if country is None and role_label and len(group) == 1 and (first == 0 or role_spec.get("in_city") or role_spec.get("numbered")):
        # 'Ured nije odgovorio.': a sentence opened by a bare role is the one named just before;
        # a bare 'veleposlanstvo' anywhere is the embassy the article named
        antecedent = _same_role_before(role_label, group[0].sentence, earlier, window=2 if first == 0 else None)
        if antecedent is not None:
            entity = antecedent.entity.model_copy(update={"text": text, "start": start, "end": end})
            return _Resolved(entity, group[0].sentence, first, last, antecedent.kind, antecedent.actor, role_label)
    if country_actor is None and role_spec.get("name"):
        # a role that names one actor of no country's ('međunarodni dužnosnici' → international officials, IGO)
        entity = Entity(name=role_spec["name"], text=text, country=role_spec.get("country"), sector=sector or "GOV", start=start, end=end)
        return _Resolved(entity, group[0].sentence, first, last, "role", None, role_label)
    name = country_actor.name_on(day) if country_actor else role_label or text  # a role with no country: its nominative label
    if country_actor is not None and people and people != country and role_mention is None:  # 'kosovski Albanci' → Kosovo Albanians
        name = kb.body_name("people", country, day, people=people) or name
    elif country_actor is not None and body and not (by_seat and role_spec.get("institution")):
        # 'srbijanska policija' → Serbian police, 'dužnosnici' → Serbian officials
        name = kb.body_name(body, country, day) or name
        city_after = getattr(pack_part(pack, "actors"), "city_after", None)
        city = city_after(sentence.tokens, last) if role_spec.get("in_city") and city_after else None
        if city is not None and city[1] != country:
            name = f"{name} in {city[0]}"  # 'američko veleposlanstvo u Ateni' → Embassy of the United States in Athens
        elif role_label:
            # named again without its city ('Kompleks američkog veleposlanstva'): the body named before
            before = next((r for r in reversed(earlier) if r.role == role_label and r.entity.country == country
                           and r.entity.name.startswith(name + " ")), None)
            name = before.entity.name if before is not None else name
    if sector is None and any((g.spec or {}).get("demonym") for g in group):  # 'kosovski Albanci': a people, CVL
        sector = "CVL"
    # a body of the state ('Vlada Srbije', 'srbijansko ministarstvo unutarnjih poslova') is not the state itself: no country's kb id
    body_of_state = country_actor is not None and body is not None and (role_spec.get("institution") or body.startswith("ministry_")) \
        and name != country_actor.name_on(day)
    entity = Entity(name=name, text=text, country=country, sector=sector or "GOV",
                    kb_id=country_actor.id if country_actor and not body_of_state else None, start=start, end=end)
    return _Resolved(entity, group[0].sentence, first, last, "country" if not office else "role", country_actor, role_label)


def _court_before(earlier: list[_Resolved]) -> Actor | None:
    """The international court (IGO, JUD) the article named last, if any."""
    for candidate in reversed(earlier):
        actor = candidate.actor
        if actor is not None and actor.kind != "person" and actor.country == "IGO" and actor.sector == "JUD":
            return actor
    return None


def _possessor(sentence: Sentence, first: int, earlier: list[_Resolved], pack: LanguagePack) -> _Resolved | None:
    """The person a possessive pronoun right before a role points to: the last one named."""
    words = getattr(pack_part(pack, "actors"), "possessive_pronouns", None)
    if words is None or first == 0 or sentence.tokens[first - 1].text.lower() not in words():
        return None
    return next((r for r in reversed(earlier) if r.kind == "person" and r.entity.country), None)


HOME_GROUPS = frozenset({"OPP", "REB"})  # an opposition or an insurgency is of the country it is in ('opposition groups in Zimbabwe')


def _seated_at(spec: dict) -> bool:
    """Does a role take the country of the place after it ('vlada u Washingtonu')? A seated
    body does, and so do a country's own people and police ('prosvjednici u Beogradu',
    'demonstrators in Baghdad', 'security forces in Guinea') and its opposition and rebels,
    unlike soldiers or envoys posted there."""
    return bool(spec.get("seated") or (spec.get("sector") in ("CVL", "COP") and spec.get("domestic"))
                or spec.get("sector") in HOME_GROUPS)


def _posted_abroad(sentence: Sentence, group: list[Mention], part) -> bool:
    """'vojnici u Afganistanu': a role posted to a place named after it (no
    seat of the role: the group would have taken it) is of no country the
    article's focus gives."""
    after = group[-1].last + 1
    if any(_seated_at(g.spec or {}) for g in group if g.kind == "role"):
        return False
    links = getattr(part, "LOCATIVE_LINKS", frozenset())
    return after + 1 < len(sentence.tokens) and sentence.tokens[after].text.lower() in links and _capitalised(sentence.tokens[after + 1].text)


def _nominative_role(sentence: Sentence, group: list[Mention]) -> bool:
    """Is the group's role word written as its (nominative singular) label?"""
    for m in group:
        if m.kind == "role" and m.spec and m.spec.get("label") and not m.spec.get("plural"):
            label_words = m.spec["label"].split()
            written = [t.text.lower() for t in sentence.tokens[m.first : m.last + 1]]
            return written == label_words or (len(written) >= 1 and written[0] == label_words[0] and len(label_words) == 1)
    return False


def _given_prefixes(name: str) -> frozenset[str]:
    return frozenset(_given_prefix(word) for word in name.split()[:-1])


class _SurnamesNamed:
    """The people named in full so far in one article's resolved mentions, by
    surname key (the latest one wins). The list only grows while an article is
    resolved, so each mention is looked at once: `_named_before` stays linear
    in the length of the article instead of scanning every earlier mention."""

    def __init__(self, earlier: list[_Resolved], part) -> None:
        self.earlier, self.part, self.seen, self.latest = earlier, part, 0, {}

    def update(self) -> None:
        if len(self.earlier) < self.seen:  # not the list it was built on: start again
            self.seen, self.latest = 0, {}
        for candidate in self.earlier[self.seen:]:
            if candidate.kind == "person" and candidate.last > candidate.first and " " in candidate.entity.name:
                self.latest[self.part.word_key(candidate.entity.name.split()[-1])] = candidate
        self.seen = len(self.earlier)


import threading as _threading  # noqa: E402 (kept beside its one use)

_SURNAMES = _threading.local()  # the index of the article being resolved, per thread (Dask workers run threads)


def _named_before(surname_key: str, earlier: list[_Resolved], part) -> _Resolved | None:
    """The latest person named in full earlier whose surname has this key."""
    named = getattr(_SURNAMES, "index", None)
    if named is None or named.earlier is not earlier or named.part is not part:
        named = _SURNAMES.index = _SurnamesNamed(earlier, part)
    named.update()
    return named.latest.get(surname_key)


def _pair_of(sentence: Sentence, group: list[Mention], index: ActorIndex, kb: KnowledgeBase, day: date | None,
             earlier: list[_Resolved]) -> list[_Resolved]:
    """'Dvojica premijera': the two people holding that office whom the
    article named last, one entity each over the same words."""
    first = group[0].first
    if len(group) != 1 or group[0].kind != "role" or first == 0 or sentence.tokens[first - 1].text.lower() not in index.pair_words:
        return []
    office = (group[0].spec or {}).get("office")
    if not office:
        return []
    people: list[_Resolved] = []
    for candidate in reversed(earlier):
        actor = candidate.actor
        if actor is not None and actor.kind == "person" and all(actor.id != p.actor.id for p in people) \
                and any(o.office == office and o.held_on(day) for o in actor.offices):
            people.append(candidate)
            if len(people) == 2:
                break
    if len(people) < 2:
        return []
    text, start, end = _span_text(sentence, first - 1, group[0].last)
    return [_Resolved(p.entity.model_copy(update={"text": text, "start": start, "end": end}), group[0].sentence, first - 1, group[0].last, "person", p.actor)
            for p in reversed(people)]


def _same_role_before(role: str | None, sentence: int, earlier: list[_Resolved], window: int | None = 2) -> _Resolved | None:
    """The latest mention of the same role, with a country, in the `window` sentences before (None: anywhere before)."""
    if role is None:
        return None
    for candidate in reversed(earlier):
        if window is not None and candidate.sentence < sentence - window:
            return None
        if candidate.role == role and candidate.entity.country is not None:
            return candidate
    return None


def _antecedent(spec: dict, earlier: list[_Resolved], kb: KnowledgeBase) -> _Resolved | None:
    """The most recent earlier mention that fits an epithet."""
    for candidate in reversed(earlier):
        actor = candidate.actor
        if "party" in spec and (actor is None or actor.party != spec["party"]):
            continue
        if spec.get("country"):
            if candidate.kind != "country" or candidate.actor is None or candidate.actor.kind != "country":
                continue
            return candidate
        if "region" in spec:
            region = kb.regions.get(spec["region"], frozenset())
            if candidate.entity.country not in region:
                continue
            country = kb.country(candidate.entity.country)
            if country is None:
                continue
            entity = _entity_from_actor(country, candidate.entity.text, candidate.entity.start or 0, candidate.entity.end or 0, None)
            return _Resolved(entity, candidate.sentence, candidate.first, candidate.last, "country", country)
        if "sector" in spec and (candidate.kind != "person" or candidate.entity.sector != spec["sector"]):
            continue
        if "group" in spec and (actor is None or actor.kind in ("person", "country") or actor.sector not in spec["group"]):
            continue  # 'ova skupina': the armed group or movement named last
        return candidate
    return None


def _pronoun_antecedent(m: Mention, earlier: list[_Resolved]) -> _Resolved | None:
    """A 3rd-person pronoun: the first person named in its sentence (the
    topic, in news style), else the last person named before it."""
    people = [r for r in earlier if r.kind == "person" and r.entity.country]
    same_sentence = [r for r in people if r.sentence == m.sentence and r.last < m.first]
    if same_sentence:
        return same_sentence[0]
    before = [r for r in people if r.sentence < m.sentence]
    return before[-1] if before else None


def lookup(text: str, lang: str = "hr", on_date: date | None = None) -> Entity | None:
    """How a phrase resolves, on its own: the first actor found in it."""
    from kronika.lang import get_pack

    pack = get_pack(lang)
    analysis = pack.analyse(text)
    found = find_mentions(analysis, pack, on_date)
    return found[0] if found else None
