"""Registry of language packs, loaded on first use and kept for the process."""

from __future__ import annotations

import importlib
from functools import cache

from kronika.lang.base import LanguagePack

# code → module that defines `PACK_CLASS`
PACKS: dict[str, str] = {
    "hr": "kronika.lang.hr",
    "en": "kronika.lang.en",
}

# Standards that another code's pack reads: Serbian (Latin and Cyrillic),
# Bosnian and Montenegrin are read by the Croatian pack (issue 18).
VARIANTS: dict[str, str] = {"sr": "hr", "bs": "hr", "cnr": "hr"}


class UnknownLanguage(ValueError):
    pass


@cache
def get_pack(code: str) -> LanguagePack:
    """The language pack for an ISO 639-1 code ('hr', 'en'; 'sr', 'bs', 'cnr' → the 'hr' pack)."""
    if code.lower() in VARIANTS:
        return get_pack(VARIANTS[code.lower()])
    module_name = PACKS.get(code.lower())
    if module_name is None:
        supported = ", ".join(sorted([*PACKS, *VARIANTS]))
        raise UnknownLanguage(f"unknown language {code!r}: Kronika supports {supported}")
    module = importlib.import_module(module_name)
    return module.PACK_CLASS()


def supported_languages() -> list[str]:
    return sorted(PACKS)


@cache
def pack_part(pack: LanguagePack, part: str):
    """A capability module of a pack, by convention `kronika.lang.<code>.<part>`
    (e.g. 'temporal', 'actors', 'events'). Stages call this instead of
    importing a language's module by name, so they stay language-neutral."""
    module_name = PACKS[pack.code]
    try:
        return importlib.import_module(f"{module_name}.{part}")
    except ModuleNotFoundError as missing:
        if missing.name != f"{module_name}.{part}":
            raise
        raise UnknownLanguage(f"the {pack.name} pack has no {part!r} support yet") from None
