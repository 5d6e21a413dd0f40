"""Time stage: temporal expressions resolved against the publication time (issue 4)."""

from __future__ import annotations

from datetime import datetime

from kronika.lang.base import LanguagePack
from kronika.model import Timex
from kronika.text import Analysis


def find_timexes(analysis: Analysis, pack: LanguagePack, published: datetime | None) -> list[Timex]:
    """Every temporal expression in the text, resolved. (Placeholder until the resolver lands.)"""
    return []
