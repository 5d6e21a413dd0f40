"""Reading the data files (YAML) that lexicons and knowledge bases live in."""

from __future__ import annotations

from pathlib import Path

import yaml

# libyaml's loader when PyYAML was built with it: several times faster to start
SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(path: Path):
    return yaml.load(path.read_text(encoding="utf-8"), Loader=SafeLoader)


def load_trigger_lexicon(path: Path) -> list[dict]:
    """Trigger entries of a pack's triggers.yaml: words as tuples, sense filters as sets."""
    entries = load_yaml(path)["triggers"]
    for entry in entries:
        entry["words"] = tuple(entry["words"])
        entry["requires"] = frozenset(entry.get("requires", ()))
    return entries
