"""The event record every stage shares (docs: DESIGN.md, "The record").

These classes are the contract between pipeline stages, the store, the API and
the gold files. `schema/kronika.schema.json` is generated from them
(`python -m kronika.model > schema/kronika.schema.json`) and a test keeps the two in step.
"""

from __future__ import annotations

import hashlib
import json
from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

EventType = Literal[
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
]
EVENT_TYPES: tuple[str, ...] = EventType.__args__  # type: ignore[attr-defined]

Sector = Literal[
    "GOV", "MIL", "DIP", "MED", "OPP", "PTY", "JUD", "COP", "REB", "IGO", "NGO", "BUS", "CVL", "UNK",
]
SECTORS: tuple[str, ...] = Sector.__args__  # type: ignore[attr-defined]

Modality = Literal["asserted", "negated", "conditional", "intended", "hypothetical", "historical"]
MODALITIES: tuple[str, ...] = Modality.__args__  # type: ignore[attr-defined]

Precision = Literal["minute", "hour", "day", "week", "month", "season", "quarter", "year", "decade", "duration", "unknown"]


class _Record(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=False)


class Entity(_Record):
    """An actor or recipient: who, as written and as resolved."""

    name: str = Field(description="Canonical name, nominative (e.g. 'Nicolás Maduro').")
    text: str = Field(description="The words in the article that named it (e.g. 'Madurom').")
    country: str | None = Field(default=None, description="ISO 3166-1 alpha-3, 'IGO' for intergovernmental bodies.")
    sector: Sector | None = Field(default=None, description="Role of the actor: GOV, MIL, DIP, MED, OPP, ...")
    kb_id: str | None = Field(default=None, description="Identifier in the actor knowledge base, if known.")
    start: int | None = Field(default=None, description="Character offset of `text` in the article.")
    end: int | None = None


class Location(_Record):
    """Where an event happened: a place of the gazetteer (GeoNames, through `kronika.places`)."""

    name: str = Field(description="The place's name in the gazetteer (GeoNames' name: 'Vienna', 'Novi Sad').")
    country: str | None = Field(default=None, description="ISO 3166-1 alpha-3 of the country the place is in.")
    lat: float | None = None
    lon: float | None = None
    geonames_id: int | None = Field(default=None, description="GeoNames id of the place, if it has one.")
    text: str | None = Field(default=None, description="The words in the article that named it (e.g. 'Beču', 'Novom Sadu').")
    feature: Literal["city", "region", "country", "continent"] | None = Field(
        default=None, description="What kind of place: a city or town, a region, a country, a continent.")


class Evidence(_Record):
    """One sentence that states the event, with the words that triggered it."""

    sentence: str
    start: int = Field(description="Character offset of the sentence in the article text.")
    end: int
    trigger: list[str] = Field(default_factory=list, description="Trigger words as written.")
    trigger_spans: list[tuple[int, int]] = Field(default_factory=list, description="Offsets of the trigger words.")


class Document(_Record):
    id: str
    title: str | None = None
    outlet: str | None = None
    byline: str | None = None
    published: datetime | None = None
    inferred_time: datetime | None = Field(default=None, description=(
        "Only when the article carries no publication time: the reference time inferred from the dates its text "
        "gives (a weekday tied to a date, explicit years); relative dates and events are resolved against it."))
    language: str | None = None
    url: str | None = None


class Event(_Record):
    id: str = Field(description="Stable: the same article and evidence give the same id.")
    type: EventType
    mode: str | None = None
    context: list[str] = Field(default_factory=list)
    cameo: str | None = None
    actor: Entity
    recipient: Entity | None = None
    date: str | None = Field(default=None, description="'2025-11-21', '2025-W50', '2025-11', '2025' or null.")
    date_precision: Precision | None = None
    location: Location | None = None
    attribution: list[str] = Field(default_factory=list, description="Reporting chain, outermost first.")
    modality: Modality = "asserted"
    evidence: list[Evidence] = Field(default_factory=list)
    confidence: float = Field(default=0.5, ge=0.0, le=1.0)
    document: str | None = Field(default=None, description="Id of the document the event comes from.")

    def stable_id(self, document_id: str) -> str:
        """The id this event has in a document: from the document, type, trigger and dyad."""
        first = self.evidence[0] if self.evidence else None
        anchor = first.trigger_spans[0][0] if first and first.trigger_spans else (first.start if first else 0)
        return event_id(document_id, self.type, anchor, self.actor.name, self.recipient.name if self.recipient else None)

    def digest(self) -> str:
        """One English line an analyst can skim."""
        def who(entity: Entity | None) -> str:
            if entity is None:
                return "—"
            return f"{entity.name} ({entity.country})" if entity.country else entity.name

        verb = DIGEST_VERBS.get((self.type, self.mode), DIGEST_VERBS.get((self.type, None), self.type.lower()))
        line = f"{self.date or 'undated'} — {who(self.actor)} {verb} {who(self.recipient)}"
        if self.modality != "asserted":
            line += f" ({self.modality})"
        if self.attribution:
            line += " [" + " ← ".join(self.attribution) + "]"
        return line


# English verb phrases for the digest line, keyed by (type, mode).
DIGEST_VERBS: dict[tuple[str, str | None], str] = {
    ("AGREE", None): "agreed with / offered to",
    ("CONSULT", None): "consulted with",
    ("CONSULT", "phone"): "spoke by phone with",
    ("CONSULT", "visit"): "met",
    ("CONSULT", "third-party"): "met (through a third party)",
    ("CONSULT", "multilateral"): "met in a multilateral meeting with",
    ("SUPPORT", None): "expressed support for",
    ("CONCEDE", None): "made a concession to",
    ("COOPERATE", None): "cooperated with",
    ("AID", None): "gave aid to",
    ("RETREAT", None): "retreated from / released to",
    ("REQUEST", None): "demanded from / asked",
    ("ACCUSE", None): "accused",
    ("REJECT", None): "rejected",
    ("THREATEN", None): "threatened",
    ("PROTEST", None): "protested against",
    ("SANCTION", None): "sanctioned",
    ("MOBILIZE", None): "mobilised forces against",
    ("COERCE", None): "coerced",
    ("ASSAULT", None): "attacked",
}


class Timex(_Record):
    """A temporal expression found in the text and resolved against the publication time."""

    text: str
    value: str = Field(description="'2025-11-21', '2025-W50', '2025-11', '2025-SU' (a season), '2025', '2025-12-11T22:07' or a duration 'P17D'.")
    precision: Precision
    start: int
    end: int


class Extraction(_Record):
    """What `kronika extract` prints for one article."""

    document: Document
    events: list[Event] = Field(default_factory=list)


def event_id(document_id: str, event_type: str, evidence_start: int, actor: str, recipient: str | None) -> str:
    """A stable id: same article, same evidence, same dyad → same id."""
    key = "\x1f".join([document_id, event_type, str(evidence_start), actor, recipient or ""])
    return "ev-" + hashlib.blake2b(key.encode("utf-8"), digest_size=8).hexdigest()


def json_schema() -> dict:
    """JSON Schema of the extraction output (document + events)."""
    schema = Extraction.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = "https://github.com/kronika/kronika/schema/kronika.schema.json"
    return schema


if __name__ == "__main__":
    print(json.dumps(json_schema(), indent=2, ensure_ascii=False))
