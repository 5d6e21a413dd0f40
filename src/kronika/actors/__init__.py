"""Actors stage: mentions resolved against the knowledge base (kb.py) by the
resolver (resolve.py)."""

from kronika.actors.resolve import find_mentions, lookup, resolve_article

__all__ = ["find_mentions", "lookup", "resolve_article"]
