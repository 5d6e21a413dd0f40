"""Reading the data files (YAML, TSV) that lexicons and knowledge bases live in.

The packs lay out their data the same way (data/actors/*.tsv,
data/actors/roles.yaml, data/temporal.yaml); the readers of that layout
live here, once, so that no pack can read its files differently.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterator
from functools import cached_property
from pathlib import Path

import yaml

# libyaml's loader when PyYAML was built with it: several times faster to start
SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(path: Path):
    return yaml.load(path.read_text(encoding="utf-8"), Loader=SafeLoader)


def load_tsv(path: Path) -> list[dict[str, str]]:
    """Rows of a tab-separated table under its header line; blank lines and
    '#' lines are skipped, so that whoever extends a table can leave notes in it."""
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


def place_and_organisation_labels(folder: Path) -> Iterator[tuple[str, str]]:
    """(label, kb id) from a pack's actors/places.tsv and organisations.tsv,
    whose columns mean the same in every pack: a place stands for the
    government of its country (iso3) or for a kb id ('o:un')."""
    for row in load_tsv(folder / "places.tsv"):
        target = row["target"]
        yield row["form"], target if ":" in target else f"c:{target}"
    for row in load_tsv(folder / "organisations.tsv"):
        yield row["form"], row["kb_id"]


def load_trigger_lexicon(path: Path, lemmatise: Callable[[str], str] | None = None) -> list[dict]:
    """Trigger entries of a pack's triggers.yaml, or of every *.yaml in a
    triggers/ folder (one file per PLOVER type; `light_verbs.yaml` is not
    one): words as tuples, sense filters as sets. With `lemmatise`, each
    word also matches the lemma the pack's lemmatiser gives it (`alts`), so a
    form written in the lexicon finds the lemma its tokens carry."""
    files = sorted(p for p in path.glob("*.yaml") if p.stem != "light_verbs") if path.is_dir() else [path]
    entries = [entry for file in files for entry in load_yaml(file).get("triggers") or []]
    for entry in entries:
        entry["words"] = tuple(entry["words"])
        entry["requires"] = frozenset(entry.get("requires", ()))
        if lemmatise is not None:
            entry["requires"] |= {lemmatise(w) for w in entry["requires"]}
        entry["alts"] = tuple(frozenset({w, lemmatise(w)} if lemmatise and not entry.get("forms") else {w}) for w in entry["words"])
    return entries


class RolesFile:
    """A pack's actors/roles.yaml, read on first use: the role and epithet
    labels and the word lists the actor stage asks every pack for. The
    methods are the pack's interface as they stand (a pack binds them as
    its module functions), so a missing optional list means the same in every pack."""

    def __init__(self, path: Path) -> None:
        self.path = path

    @cached_property
    def data(self) -> dict:
        """The whole file, read once per process."""
        return load_yaml(self.path)

    def roles(self) -> dict[str, dict]:
        """Role word → what it says of the actor (sector, office, seated)."""
        return self.data["roles"]

    def epithets(self) -> dict[str, dict]:
        """Epithet → what it says of the actor it stands for (party, region, sector)."""
        return self.data["epithets"]

    def pair_words(self) -> frozenset[str]:
        """Words that stand for the two people of a role named before (optional list)."""
        return frozenset(self.data.get("pair_words", []))

    def function_words(self) -> frozenset[str]:
        """Words that never begin a name, though capitalised at a sentence start (optional list)."""
        return frozenset(self.data.get("function_words", []))

    def pronouns(self) -> frozenset[str]:
        """Pronouns that may refer back to a person named before."""
        return frozenset(self.data["pronouns"])


class TemporalWords:
    """A pack's temporal.yaml, read on first use, and the form → value
    tables its rules look matched words up in (every form of a month,
    weekday, unit or number word)."""

    def __init__(self, path: Path) -> None:
        self.path = path

    @cached_property
    def data(self) -> dict:
        """The whole file, read once per process."""
        return load_yaml(self.path)

    @cached_property
    def lookups(self) -> dict[str, dict[str, object]]:
        """'month', 'weekday': form → number; 'unit': form → unit; 'number': word → value.
        Built once: the rules look words up at every match. Number words are
        keyed as text, whatever YAML read them as."""
        data = self.data
        return {
            "month": {form: int(number) for number, forms in data["months"].items() for form in forms},
            "weekday": {form: int(number) for number, forms in data["weekdays"].items() for form in forms},
            "unit": {form: unit for unit, forms in data["units"].items() for form in forms},
            "number": {str(word): value for word, value in data["numbers"].items()},
            "season": {str(form).lower(): season for season, forms in (data.get("seasons") or {}).items() for form in forms},
            # 'Božić' → (12, 25): holidays on a fixed day, keyed lower-case as the rules match them
            "holiday": {str(form).lower(): tuple(int(part) for part in str(day).split("-"))
                        for day, forms in (data.get("holidays") or {}).items() for form in forms},
        }
