"""The actor knowledge base: countries, organisations, outlets, seats of
government and people with their offices over time. Language-neutral: names
here are canonical English; each language pack adds its own labels."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path

from kronika.buildcache import built
from kronika.datafiles import load_yaml

DATA = Path(__file__).parent / "data"

OFFICE_SECTORS = {
    "opposition_leader": "OPP", "ambassador": "DIP", "envoy": "DIP", "military_chief": "MIL", "igo_head": "IGO",
    "high_representative": "IGO", "commissioner": "IGO", "prosecutor": "JUD", "judge": "JUD",
    "uskok_head": "JUD",  # the head of Croatia's anti-corruption prosecutors (people_region.yaml)
    "opposition": "OPP",  # a party's spells out of government (organisations.yaml `opposition`)
}


@dataclass(frozen=True)
class Office:
    office: str
    country: str
    start: date | None
    end: date | None

    def held_on(self, day: date | None) -> bool:
        if day is None:
            return self.end is None
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)


@dataclass(frozen=True)
class Actor:
    id: str
    name: str
    country: str | None
    sector: str | None
    kind: str  # country, igo, media, seat, person
    aliases: tuple[str, ...] = ()
    party: str | None = None
    surname: str | None = None  # when it is not the last word of the name (Chinese, Korean names: 'Xi Jinping' → Xi)
    offices: tuple[Office, ...] = field(default=())
    former_names: tuple[tuple[str, date], ...] = ()  # (name, used until): 'Macedonia' until 2019-02-12

    def name_on(self, day: date | None) -> str:
        """The name in use on the day (a country's former name before its change)."""
        if day is not None:
            for name, until in self.former_names:
                if day < until:
                    return name
        return self.name

    def _offices_on(self, day: date | None) -> tuple[Office, ...]:
        """The offices held on the day; with no day, those still held, else
        all of them when they are all at international bodies (an undated
        'Olli Rehn' is the EU commissioner he was known as)."""
        held = tuple(o for o in self.offices if o.held_on(day))
        if not held and self.kind == "person" and self.offices and all(o.country == "IGO" for o in self.offices) \
                and (day is None or all(o.start is not None and day < o.start for o in self.offices)):
            # before the first of them too: a background date in an article on the EU's counter-terrorism coordinator
            return self.offices
        return held

    def sector_on(self, day: date | None) -> str | None:
        """The sector of the office held on the day (a prosecutor at an
        international court is JUD, other international offices IGO)."""
        for office in self._offices_on(day):
            sector = OFFICE_SECTORS.get(office.office, "GOV")
            if office.country == "IGO" and sector not in ("JUD", "MIL"):
                return "IGO"  # a UN envoy, an EU commissioner: IGO, as the gold codes them
            return sector
        return self.sector

    def country_on(self, day: date | None) -> str | None:
        """The country of the office the person holds that day: IGO for an
        international one (Tusk as President of the European Council), the
        state served for a state's (Shevardnadze as the Soviet Union's foreign
        minister, then Georgia's president); else their own country."""
        held = [o.country for o in self._offices_on(day)
                if o.country and (o.office not in POSTED_OFFICES or o.country == "IGO")]
        if "IGO" in held:
            return "IGO"
        if not held or self.country in held:  # a monarch of several realms is first of his own
            return self.country
        return held[0]


POSTED_OFFICES = frozenset({"envoy", "ambassador"})  # a state's, held in another country: for the sender


def _day(value) -> date | None:
    if value in (None, ""):
        return None
    if isinstance(value, date):
        return value
    text = str(value)
    return date(int(text), 1, 1) if len(text) == 4 else date.fromisoformat(text)


def _people(path: Path) -> list[Actor]:
    people = []
    for item in load_yaml(path) or []:
        offices = tuple(
            Office(o["office"], o.get("country", item["country"]), _day(o.get("from")), _day(o.get("to")))
            for o in item.get("offices", [])
        )
        people.append(Actor(
            id=item["id"], name=item["name"], country=item.get("country"), sector=item.get("sector", "GOV"),
            kind="person", aliases=tuple(item.get("aliases", [])), party=item.get("party"), offices=offices,
            surname=item.get("surname"),
        ))
    return people


class KnowledgeBase:
    def __init__(self, actors: list[Actor], regions: dict[str, frozenset[str]], adjectives: dict[str, str] | None = None,
                 bodies: dict[str, str] | None = None, peoples: dict[str, str] | None = None) -> None:
        self.actors: dict[str, Actor] = {actor.id: actor for actor in actors}
        self.regions = regions
        self.adjectives = adjectives or {}  # ISO3 → English adjective ('SRB' → 'Serbian')
        self.bodies = bodies or {}  # body → English name pattern ('police' → '{adjective} police')
        self.peoples = peoples or {}  # ISO3 → English plural of its people ('ALB' → 'Albanians')
        self._holders: dict[tuple[str, str], list[tuple[Office, Actor]]] = {}
        for actor in actors:
            for office in actor.offices:
                self._holders.setdefault((office.country, office.office), []).append((office, actor))

    def get(self, actor_id: str) -> Actor | None:
        return self.actors.get(actor_id)

    def country(self, iso3: str) -> Actor | None:
        return self.actors.get(f"c:{iso3}")

    def office_holder(self, country: str, office: str, day: date | None) -> Actor | None:
        """Who held an office in a country on a day; with no day known, no one
        (an undated text's 'američki predsjednik' is not today's president)."""
        holders = self.office_holders(country, office, day)
        return holders[0] if holders else None

    def office_holders(self, country: str, office: str, day: date | None) -> list[Actor]:
        """Everyone who held an office in a country on a day (two UN envoys at
        once), in the order of the data files; none with no day known."""
        if day is None:
            return []
        return [actor for held, actor in self._holders.get((country, office), []) if held.held_on(day)]

    def body_name(self, body: str, country: str | None, day: date | None = None, *,
                  people: str | None = None, organisation: Actor | None = None) -> str | None:
        """The English name of a country's body ('police', SRB → 'Serbian police';
        'constitutional_court', TUR → 'Constitutional Court of Turkey'), of a
        people living in a country ('people', XKX, people ALB → 'Kosovo
        Albanians') or of an international body's part ('appeals_chamber',
        organisation ICTY → 'ICTY Appeals Chamber'); None when the body, the
        country's adjective or the people's name is unknown."""
        pattern = self.bodies.get(f"{body}.{country}") or self.bodies.get(body)  # a country's own form first ('army.PAK')
        if pattern is None:
            return None
        if "{organisation}" in pattern:
            return pattern.format(organisation=organisation.name_on(day)) if organisation is not None else None
        actor = self.country(country) if country else None
        if actor is None:
            return None
        adjective = self.adjectives.get(country)
        if "{adjective}" in pattern and adjective is None:
            return None
        people_name = getattr(self, "peoples", {}).get(people or "")
        if "{people}" in pattern and people_name is None:
            return None
        people_adjective = self.adjectives.get(people or "")
        if "{people_adjective}" in pattern and people_adjective is None:
            return None
        return pattern.format(adjective=adjective, country=actor.name_on(day), people=people_name, people_adjective=people_adjective)

    def people(self) -> list[Actor]:
        return [a for a in self.actors.values() if a.kind == "person"]


def _countries() -> list[Actor]:
    import pycountry  # only when building: a later process loads the built base (kronika.buildcache)

    names = load_yaml(DATA / "country_names.yaml")
    former = {iso3: tuple((item["name"], _day(item["until"])) for item in items)
              for iso3, items in (names.get("former_names") or {}).items()}
    actors = []
    for country in pycountry.countries:
        name = names["short_names"].get(country.alpha_3) or getattr(country, "common_name", None) or country.name
        code = (names.get("sovereigns") or {}).get(country.alpha_3, country.alpha_3)  # Greenland → DNK
        actors.append(Actor(id=f"c:{country.alpha_3}", name=name, country=code, sector="GOV", kind="country",
                            aliases=(country.name, getattr(country, "official_name", country.name)),
                            former_names=former.get(country.alpha_3, ())))
    for iso3, name in names["extra_countries"].items():
        actors.append(Actor(id=f"c:{iso3}", name=name, country=iso3, sector="GOV", kind="country"))
    return actors


def _organisations() -> list[Actor]:
    """Every `organisations*.yaml` here (organisations.yaml, then its companions
    by name); an id already loaded adds its spellings and spells out of government."""
    kinds = {"intergovernmental": "igo", "media": "media", "seats": "seat", "parties": "party", "ngos": "ngo"}
    found: dict[str, Actor] = {}
    for path in sorted(DATA.glob("organisations*.yaml")):
        for group, items in (load_yaml(path) or {}).items():
            for item in items or []:
                actor = Actor(id=item["id"], name=item["name"], country=item.get("country"), sector=item.get("sector"),
                              kind=kinds[group], aliases=tuple(item.get("aliases", [])),
                              # a party out of government on a day is OPP then, PTY otherwise
                              offices=tuple(Office("opposition", item.get("country"), _day(start), _day(end))
                                            for start, end in item.get("opposition", [])))
                if actor.id in found:
                    known = found[actor.id]
                    actor = Actor(**{**known.__dict__, "offices": known.offices + actor.offices,
                                     "aliases": tuple(dict.fromkeys(known.aliases + actor.aliases))})
                found[actor.id] = actor
    return list(found.values())


def people_files(people_file: str | None = None) -> tuple[str, ...]:
    """The user's own people file, if any (an argument, else KRONIKA_PEOPLE)."""
    chosen = people_file or os.environ.get("KRONIKA_PEOPLE")
    return (chosen,) if chosen else ()


@cache
def load_kb(people_file: str | None = None) -> KnowledgeBase:
    """The knowledge base, built once (and kept on disk for the next process:
    see kronika.buildcache); `people_file` adds a user's own people file."""
    files = people_files(people_file)
    return built("kb", lambda: _build_kb(files), files)


def _build_kb(people_files: tuple[str, ...]) -> KnowledgeBase:
    regions = {name: frozenset(codes) for name, codes in
               load_yaml(DATA / "regions.yaml").items()}
    actors = _countries() + _organisations()
    people: dict[str, Actor] = {}
    for path in [*sorted(DATA.glob("people*.yaml")), *map(Path, people_files)]:  # people.yaml, its companions, the user's
        for person in _people(path):
            if person.id in people:  # the same id in a later file adds offices and spellings
                known = people[person.id]
                person = Actor(**{**known.__dict__, "offices": known.offices + person.offices,
                                  "aliases": tuple(dict.fromkeys(known.aliases + person.aliases))})
            people[person.id] = person
    actors += list(people.values())
    names = load_yaml(DATA / "country_names.yaml")
    bodies = load_yaml(DATA / "bodies.yaml")
    return KnowledgeBase(actors, regions, names.get("adjectives") or {}, bodies.get("bodies") or {}, names.get("peoples") or {})
