"""Scoring extraction against gold files, exactly as EVALUATION.md says.

A predicted event matches a gold event when (1) its type is the gold type or
one of `alt_types`, (2) its actor and recipient countries equal the gold ones
(either order when the gold is `symmetric`), and, at the strict level only,
(3) its date lies inside the gold date at the gold's precision. A gold date of
null sets no condition on the date; a predicted null date matches only a
null gold date.

Each gold event matches at most one predicted event and the other way round:
a maximum bipartite matching (Kuhn's augmenting paths). Required gold events
are matched first, and an augmenting path never unmatches a gold event, so of
all maximum matchings this one leaves the fewest required events unmatched.
Then

- true positive: a matched pair (an optional gold event matched counts too);
- false negative: a required gold event left unmatched;
- false positive: a predicted event left out of the matching — including a
  restatement of an event already matched ("several predicted events for the
  same gold event are one true positive and the rest false positives").

The dyad and strict levels are matched independently (a pair matched at the
dyad level may be unmatched at the strict level and the other way round).
Attribution and modality accuracy are the shares of dyad-level matched pairs
whose chain (the whole list, in order, compared case-insensitively) or
modality equals the gold's; with no matched pair they are reported as 0.

`document.text_file` is relative to the gold set's root: it is looked up next
to the gold file and then in each folder above it, the first that exists wins.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path

from kronika.model import Event
from kronika.temporal.intervals import date_within

LEVELS = ("dyad", "strict")


# ---------------------------------------------------------------- matching

def _country(entity: dict | None) -> str | None:
    return (entity or {}).get("country")


def _predicted_view(event: Event | dict) -> dict:
    return event.model_dump(mode="json") if isinstance(event, Event) else event


def event_matches(predicted: dict, gold: dict, strict: bool) -> bool:
    types = {gold["type"], *gold.get("alt_types", [])}
    if predicted["type"] not in types:
        return False
    pair = (_country(predicted.get("actor")), _country(predicted.get("recipient")))
    gold_pair = (_country(gold.get("actor")), _country(gold.get("recipient")))
    if pair != gold_pair and not (gold.get("symmetric") and pair == gold_pair[::-1]):
        return False
    return not strict or date_within(predicted.get("date"), gold.get("date"))


def maximum_matching(gold: list[dict], predicted: list[dict], strict: bool) -> dict[int, int]:
    """gold index → predicted index, of maximum size (Kuhn's augmenting paths)."""
    edges = {g: [p for p, pred in enumerate(predicted) if event_matches(pred, gold_event, strict)] for g, gold_event in enumerate(gold)}
    owner: dict[int, int] = {}  # predicted → gold

    def augment(g: int, visited: set[int]) -> bool:
        for p in edges[g]:
            if p in visited:
                continue
            visited.add(p)
            if p not in owner or augment(owner[p], visited):
                owner[p] = g
                return True
        return False

    order = sorted(range(len(gold)), key=lambda g: not gold[g].get("required", True))
    for g in order:
        augment(g, set())
    return {g: p for p, g in owner.items()}


# ---------------------------------------------------------------- scores

@dataclass
class LevelScore:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: LevelScore) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    def as_dict(self) -> dict:
        return {**asdict(self), "precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


@dataclass
class DocumentScore:
    document: str
    dyad: LevelScore = field(default_factory=LevelScore)
    strict: LevelScore = field(default_factory=LevelScore)
    matched: int = 0
    attribution_correct: int = 0
    modality_correct: int = 0
    missed: list[str] = field(default_factory=list)  # ids of required gold events missed (strict)
    errors: list[dict] = field(default_factory=list)  # each miss and false positive, with its sentence (error analysis)

    @property
    def attribution_accuracy(self) -> float:
        return self.attribution_correct / self.matched if self.matched else 0.0

    @property
    def modality_accuracy(self) -> float:
        return self.modality_correct / self.matched if self.matched else 0.0

    def add(self, other: DocumentScore) -> None:
        self.dyad.add(other.dyad)
        self.strict.add(other.strict)
        self.matched += other.matched
        self.attribution_correct += other.attribution_correct
        self.modality_correct += other.modality_correct
        self.missed += [f"{other.document}:{m}" for m in other.missed]
        self.errors += [{**e, "document": other.document} for e in other.errors]

    def as_dict(self) -> dict:
        return {
            "document": self.document,
            "dyad": self.dyad.as_dict(),
            "strict": self.strict.as_dict(),
            "matched": self.matched,
            "attribution_accuracy": round(self.attribution_accuracy, 4),
            "modality_accuracy": round(self.modality_accuracy, 4),
            "missed": self.missed,
            "errors": self.errors,
        }


def _chain(values: list[str] | None) -> list[str]:
    return [v.casefold().strip() for v in values or []]


def score(gold_events: list[dict], predicted_events: list[Event | dict], document: str = "") -> DocumentScore:
    """Score one article's predicted events against its gold events."""
    predicted = [_predicted_view(e) for e in predicted_events]
    result = DocumentScore(document=document)
    for level in LEVELS:
        matching = maximum_matching(gold_events, predicted, strict=level == "strict")
        counts: LevelScore = getattr(result, level)
        counts.tp = len(matching)
        counts.fp = len(predicted) - len(matching)
        missed = [g for g, gold in enumerate(gold_events) if gold.get("required", True) and g not in matching]
        counts.fn = len(missed)
        if level == "dyad":
            result.matched = len(matching)
            for g, p in matching.items():
                result.attribution_correct += _chain(predicted[p].get("attribution")) == _chain(gold_events[g].get("attribution"))
                result.modality_correct += predicted[p].get("modality", "asserted") == gold_events[g].get("modality", "asserted")
        else:
            result.missed = [gold_events[g].get("id", str(g)) for g in missed]
            result.errors = _errors(gold_events, predicted, matching, missed)
    return result


# ---------------------------------------------------------------- error analysis

def _fold(text: str) -> str:
    return " ".join(text.split()).casefold()


def _sentences_of(predicted: dict) -> list[str]:
    return [_fold(e.get("sentence") or "") for e in predicted.get("evidence") or []]


def _same_sentence(gold: dict, predicted: dict) -> bool:
    """The gold evidence and one of the prediction's evidence sentences overlap
    (the hidden set's gold keeps only a sentence's first words)."""
    evidence = _fold(gold.get("evidence") or "")
    if not evidence:
        return False
    return any(evidence in s or (s and s in evidence) for s in _sentences_of(predicted))


def _why_missed(gold: dict, nearby: list[dict]) -> str:
    """The first rule of the match that the closest prediction in the gold's sentence breaks."""
    if not nearby:
        return "no event coded in the sentence"
    types = {gold["type"], *gold.get("alt_types", [])}
    typed = [p for p in nearby if p["type"] in types]
    if not typed:
        return "wrong type"
    if not any(event_matches(p, gold, strict=False) for p in typed):
        return "wrong actor or recipient"
    if not any(event_matches(p, gold, strict=True) for p in typed):
        return "wrong date"
    return "matched to another gold event"


def _brief(event: dict) -> dict:
    keep = ("type", "mode", "date", "modality", "attribution")
    side = lambda e: None if not e else {k: e.get(k) for k in ("name", "country", "sector")}  # noqa: E731
    return {**{k: event.get(k) for k in keep}, "actor": side(event.get("actor")), "recipient": side(event.get("recipient"))}


def _errors(gold_events: list[dict], predicted: list[dict], matching: dict[int, int], missed: list[int]) -> list[dict]:
    """Every missed required gold event and every false positive at the strict
    level, with the sentence and what the other side holds there."""
    errors = []
    for g in missed:
        gold = gold_events[g]
        nearby = [p for p in predicted if _same_sentence(gold, p)]
        errors.append({"kind": "missed", "gold_id": gold.get("id", str(g)), "sentence": gold.get("evidence"),
                       "reason": _why_missed(gold, nearby), "gold": _brief(gold), "coded": [_brief(p) for p in nearby]})
    taken = set(matching.values())
    for p, event in enumerate(predicted):
        if p in taken:
            continue
        sentences = [e.get("sentence") for e in event.get("evidence") or []]
        golds = [g for g in gold_events if _same_sentence(g, event)]
        errors.append({"kind": "false positive", "sentence": sentences[0] if sentences else None,
                       "trigger": (event.get("evidence") or [{}])[0].get("trigger"),
                       "coded": _brief(event), "gold": [_brief(g) for g in golds]})
    return errors


# ---------------------------------------------------------------- gold files

class GoldError(ValueError):
    pass


def gold_files(path: Path) -> list[Path]:
    if path.is_dir():
        files = sorted(p for p in path.rglob("*.json") if p.is_file())
    elif path.is_file():
        files = [path]
    else:
        raise GoldError(f"{path}: no such file or directory")
    if not files:
        raise GoldError(f"{path}: no gold files (*.json) found")
    return files


def article_path(gold_file: Path, text_file: str) -> Path:
    """`document.text_file` is relative to the gold set's root: walk up until it exists."""
    for folder in [gold_file.parent, *gold_file.parents]:
        candidate = folder / text_file
        if candidate.is_file():
            return candidate
    raise GoldError(f"{gold_file}: its article {text_file!r} was not found next to it or above it")


def read_gold(gold_file: Path) -> dict:
    """A gold file, checked for the fields scoring needs (EVALUATION.md)."""
    try:
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        raise GoldError(f"{gold_file}: not a gold file ({error})") from None
    meta = gold.get("document") if isinstance(gold, dict) else None
    if not isinstance(meta, dict) or not meta.get("text_file") or not isinstance(gold.get("events"), list):
        raise GoldError(f"{gold_file}: not a gold file (needs document.text_file and an events list)")
    for number, event in enumerate(gold["events"]):
        if not isinstance(event, dict) or not event.get("type") or not isinstance(event.get("actor"), dict):
            raise GoldError(f"{gold_file}: event {number + 1} needs a type and an actor")
    return gold


def evaluate_file(gold_file: Path) -> tuple[DocumentScore, list[Event]]:
    from kronika.pipeline import extract_text
    from kronika.read import decode, parse_datetime

    gold = read_gold(gold_file)
    meta = gold["document"]
    text = decode(article_path(gold_file, meta["text_file"]).read_bytes())
    published = parse_datetime(meta["published"]) if meta.get("published") else None
    result = extract_text(text, published=published, lang=meta.get("language"), doc_id=meta.get("id"))
    return score(gold["events"], result.events, document=meta.get("id", gold_file.stem)), result.events


@dataclass
class Report:
    documents: list[DocumentScore]
    total: DocumentScore

    def as_dict(self) -> dict:
        return {"documents": [d.as_dict() for d in self.documents], "total": self.total.as_dict()}


def evaluate_documents(gold_paths: list[Path]) -> Report:
    documents = [evaluate_file(path)[0] for path in gold_paths]
    total = DocumentScore(document="TOTAL")
    for document in documents:
        total.add(document)
    return Report(documents=documents, total=total)
