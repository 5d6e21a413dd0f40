"""Actors stage: mentions resolved against the knowledge base (issue 3)."""

from __future__ import annotations

from datetime import date

from kronika.lang.base import LanguagePack
from kronika.model import Entity
from kronika.text import Analysis


def find_mentions(analysis: Analysis, pack: LanguagePack, on_date: date | None) -> list[Entity]:
    """Every actor mention in the text, resolved, with character offsets. (Placeholder until the resolver lands.)"""
    return []
