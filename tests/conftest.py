"""Shared fixtures. `../shared` (beside the repository) holds the real articles
and the gold files, and the browser tests need Debian's Chromium. In a clone
without them those tests skip, each with the reason; `.ci/run` provides both
and sets KRONIKA_TESTS_REQUIRE_ALL=1, so that there a missing one fails
loudly instead of skipping."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

# Built structures (kronika.buildcache) go to a folder of this test run, never
# to the user's cache; tests and the processes they start share it.
os.environ["KRONIKA_CACHE_DIR"] = tempfile.mkdtemp(prefix="kronika-test-cache-")

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


def require(present: bool, reason: str) -> None:
    """Skip the test with `reason` when what it needs is absent (fail under CI, which provides everything)."""
    if present:
        return
    if os.environ.get("KRONIKA_TESTS_REQUIRE_ALL"):
        pytest.fail(f"{reason} (KRONIKA_TESTS_REQUIRE_ALL is set: CI must provide it)")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    require(SHARED.is_dir(), f"{SHARED} is missing: the real articles and gold files live there (CI provides it)")
    return SHARED


@pytest.fixture(scope="session")
def seed_text(shared_dir: Path) -> str:
    return (shared_dir / "seed" / "maduro-minsk-2025-12-11.hr.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def examples_dir() -> Path:
    return REPO / "examples"


# Figures measured on the whole development set (resolution rates and the
# like) are reported at the end of the run, not hard-coded in assertions:
# the seed's own guarantees are asserted, the set's figures are printed.
_REPORTED: list[str] = []


@pytest.fixture(scope="session")
def report():
    return _REPORTED.append


def pytest_terminal_summary(terminalreporter) -> None:
    if _REPORTED:
        terminalreporter.section("development-set figures")
        for line in _REPORTED:
            terminalreporter.write_line(line)


def gold_reference_date(gold: dict):
    """The date an article's actors are looked up on: its publication day, or
    for an undated article the first day its gold events give (EVALUATION.md)."""
    from datetime import date

    published = gold["document"].get("published")
    if published:
        return date.fromisoformat(published[:10])
    days = sorted(e["date"] for e in gold["events"] if e.get("date") and len(e["date"]) == 10)
    return date.fromisoformat(days[0]) if days else None


def english_events(text: str) -> list[tuple[str, str, str | None, str | None]]:
    """(type, CAMEO code, actor country, recipient country) of each event
    Kronika codes in an English text, in the order it codes them."""
    from kronika.pipeline import extract_text

    return [(e.type, e.cameo, e.actor.country if e.actor else None, e.recipient.country if e.recipient else None)
            for e in extract_text(text, lang="en").events]
