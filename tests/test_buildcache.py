"""Built look-up structures kept on disk between processes (kronika.buildcache)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kronika import buildcache

REPO = Path(__file__).resolve().parents[1]
EXAMPLE = REPO / "examples" / "zagreb-ljubljana-2026-03-05.hr.txt"


class Counter:
    def __init__(self) -> None:
        self.calls = 0

    def __call__(self) -> dict:
        self.calls += 1
        return {"built": self.calls}


@pytest.fixture()
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("KRONIKA_CACHE_DIR", str(folder))
    return folder


def test_what_one_call_builds_the_next_loads(cache_dir: Path) -> None:
    build = Counter()
    assert buildcache.built("thing", build) == {"built": 1}
    assert buildcache.built("thing", build) == {"built": 1}
    assert build.calls == 1
    assert len(list(cache_dir.glob("thing-*.pickle"))) == 1


def test_a_changed_input_file_builds_afresh_and_drops_the_old_file(cache_dir: Path, tmp_path: Path) -> None:
    people = tmp_path / "people.yaml"
    people.write_text("[]\n", encoding="utf-8")
    build = Counter()
    buildcache.built("thing", build, (str(people),))
    people.write_text("- {id: x, name: Ana Probna, country: HRV}\n", encoding="utf-8")
    assert buildcache.built("thing", build, (str(people),)) == {"built": 2}
    assert len(list(cache_dir.glob("thing-*.pickle"))) == 1


def test_a_damaged_file_is_rebuilt(cache_dir: Path) -> None:
    build = Counter()
    buildcache.built("thing", build)
    for path in cache_dir.glob("thing-*.pickle"):
        path.write_bytes(b"not a pickle")
    assert buildcache.built("thing", build) == {"built": 2}
    assert buildcache.built("thing", build) == {"built": 2}


def test_the_cache_can_be_turned_off(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("KRONIKA_CACHE_DIR", "off")
    build = Counter()
    buildcache.built("thing", build)
    assert buildcache.built("thing", build) == {"built": 2}


def test_a_folder_that_cannot_be_written_only_costs_building(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("KRONIKA_CACHE_DIR", str(blocker / "cache"))  # a folder below a file cannot exist
    build = Counter()
    assert buildcache.built("thing", build) == {"built": 1}
    assert buildcache.built("thing", build) == {"built": 2}


def _extract(cache: Path, people: Path | None = None) -> list[dict]:
    env = {**os.environ, "KRONIKA_CACHE_DIR": str(cache)}
    env.pop("KRONIKA_PEOPLE", None)
    if people is not None:
        env["KRONIKA_PEOPLE"] = str(people)
    result = subprocess.run([sys.executable, "-m", "kronika", "extract", str(EXAMPLE), "--format", "jsonl"],
                            capture_output=True, text=True, check=True, env=env)
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_a_later_process_codes_the_same_events_from_the_kept_index(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    first = _extract(cache)
    assert {p.name.split("-")[0] for p in cache.glob("*.pickle")} >= {"kb", "actor"}
    second = _extract(cache)
    assert first and [e["id"] for e in second] == [e["id"] for e in first]
    assert [(e["actor"], e["recipient"]) for e in second] == [(e["actor"], e["recipient"]) for e in first]


def test_a_users_people_file_reaches_a_later_process(tmp_path: Path) -> None:
    """A person added in KRONIKA_PEOPLE is in the index the next process loads."""
    cache = tmp_path / "cache"
    _extract(cache)  # the index without the user's file, kept on disk
    people = tmp_path / "people.yaml"
    people.write_text("- id: u:probnic\n  name: Ivana Probnić\n  country: HRV\n  sector: GOV\n", encoding="utf-8")
    env = {**os.environ, "KRONIKA_CACHE_DIR": str(cache), "KRONIKA_PEOPLE": str(people)}
    script = ("from kronika.actors.resolve import actor_index; from kronika.actors.kb import load_kb;"
              "index = actor_index('hr'); print(any(v == 'u:probnic' for v in index.names.values()), load_kb().get('u:probnic') is not None)")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True, env=env).stdout.split()
    assert out == ["True", "True"]
