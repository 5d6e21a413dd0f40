"""Rich tables for terminal output."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from kronika.model import Extraction


def print_events_table(result: Extraction) -> None:
    doc = result.document
    console = Console()
    title = doc.title or doc.id
    published = doc.published.isoformat() if doc.published else "unknown"
    table = Table(title=f"{title}\n{doc.byline or ''} · published {published} · {doc.language}", show_lines=True)
    for column in ("date", "type", "actor", "recipient", "modality", "attribution", "evidence"):
        table.add_column(column, overflow="fold")
    for event in result.events:
        recipient = event.recipient
        evidence = event.evidence[0].sentence if event.evidence else ""
        table.add_row(
            event.date or "—",
            event.type + (f"/{event.mode}" if event.mode else ""),
            f"{event.actor.name} ({event.actor.country or '?'} {event.actor.sector or ''})",
            f"{recipient.name} ({recipient.country or '?'} {recipient.sector or ''})" if recipient else "—",
            event.modality,
            " ← ".join(event.attribution) or "—",
            evidence[:160],
        )
    console.print(table)
    if not result.events:
        console.print("[dim]no events found[/dim]")
