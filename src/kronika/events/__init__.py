"""Events stage: triggers, arguments, modality, attribution (coder.py)."""

from kronika.events.coder import extract_events

__all__ = ["extract_events"]
