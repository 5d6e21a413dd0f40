"""Events stage: triggers, arguments, modality, attribution (issue 5)."""

from __future__ import annotations

from kronika.lang.base import LanguagePack
from kronika.model import Entity, Event, Timex
from kronika.text import Analysis


def extract_events(article, analysis: Analysis, mentions: list[Entity], timexes: list[Timex], pack: LanguagePack) -> list[Event]:
    """The events of one article. (Placeholder until the coder lands.)"""
    return []
