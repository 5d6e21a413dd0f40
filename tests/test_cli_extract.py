"""`kronika extract`: every output format on the shipped example, every input error as one line."""

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from kronika.cli import cli

EXAMPLE = "zagreb-ljubljana-2026-03-05.hr.txt"
OUR_SENTENCE = "Hrvatski premijer Andrej Plenković u utorak je u Zagrebu primio slovenskog premijera Roberta Goloba.\n"


def run(*args: str, stdin: bytes | None = None):
    return CliRunner().invoke(cli, ["extract", *args], input=stdin, env={"COLUMNS": "220"})


@pytest.fixture(scope="module")
def example(examples_dir) -> Path:
    return examples_dir / EXAMPLE


def test_json_has_the_document_and_its_events(example) -> None:
    result = run(str(example))
    assert result.exit_code == 0, result.stderr
    output = json.loads(result.stdout)
    assert set(output) == {"document", "events"}
    document = output["document"]
    assert document["title"].startswith("Plenković i Golob u Zagrebu")
    assert (document["published"], document["language"], document["outlet"]) == ("2026-03-05T18:40:00+01:00", "hr", "Kronika")
    assert output["events"], "the example reports events"
    text = example.read_text(encoding="utf-8")
    for event in output["events"]:
        for evidence in event["evidence"]:
            # offsets point into the user's own file
            assert text[evidence["start"]:evidence["end"]] == evidence["sentence"]
    assert result.stdout.startswith("{\n  ")  # pretty


def test_jsonl_digest_and_json_agree(example) -> None:
    events = json.loads(run(str(example)).stdout)["events"]
    lines = run(str(example), "--format", "jsonl").stdout.splitlines()
    assert [json.loads(line) for line in lines] == events
    digest = run(str(example), "--format", "digest").stdout.splitlines()
    assert len(digest) == len(events)
    assert "2026-03-05 — Andrej Plenković (HRV) met Robert Golob (SVN) [Hina]" in digest


def test_table_shows_every_column_and_the_events(example) -> None:
    result = run(str(example), "--format", "table")
    assert result.exit_code == 0
    for column in ("date", "type", "actor", "recipient", "modality", "attribution", "evidence"):
        assert column in result.stdout
    assert "CONSULT/visit" in result.stdout and "Robert Golob (SVN GOV)" in result.stdout
    assert "published 2026-03-05T18:40:00+01:00" in result.stdout


def test_stdin_with_published_and_language() -> None:
    result = run("-", "--published", "2026-03-05T18:40:00+01:00", "--lang", "hr", stdin=OUR_SENTENCE.encode())
    assert result.exit_code == 0, result.stderr
    output = json.loads(result.stdout)
    assert output["document"]["published"] == "2026-03-05T18:40:00+01:00"
    # 'u utorak' resolves against the publication time given on the command line
    # (a meeting is symmetric: which side is the actor is the coder's business, not the CLI's)
    assert [(e["type"], {e["actor"]["country"], e["recipient"]["country"]}, e["date"]) for e in output["events"]] == [
        ("CONSULT", {"SVN", "HRV"}, "2026-03-03")
    ]


def test_published_option_wins_over_the_header(example) -> None:
    result = run(str(example), "--published", "2026-03-12T10:00:00+01:00")
    assert json.loads(result.stdout)["document"]["published"] == "2026-03-12T10:00:00+01:00"


def test_no_events_is_not_an_error() -> None:
    result = run("-", "--format", "digest", stdin="Sastanak je održan u Bruxellesu u četvrtak.\n".encode())
    assert result.exit_code == 0
    assert result.stdout == ""
    assert "no events found" in result.stderr


def write(tmp_path: Path, name: str, data: bytes) -> str:
    path = tmp_path / name
    path.write_bytes(data)
    return str(path)


@pytest.mark.parametrize(
    "case, message",
    [
        ("missing", "no such file"),
        ("directory", "is a directory"),
        ("empty", "is empty"),
        ("blank-stdin", "standard input is empty"),
        ("binary", "looks binary"),
        ("cp1250", "not valid UTF-8"),
        ("no-language", "cannot tell the article's language"),
        ("bad-lang", "unknown language 'xx'"),
        ("bad-published", "cannot read 'jučer' as a date and time"),
    ],
)
def test_errors_are_one_line_on_stderr(tmp_path: Path, case: str, message: str) -> None:
    args: list[str]
    stdin = None
    if case == "missing":
        args = [str(tmp_path / "nema.txt")]
    elif case == "directory":
        args = [str(tmp_path)]
    elif case == "empty":
        args = [write(tmp_path, "prazno.txt", b"")]
    elif case == "blank-stdin":
        args, stdin = ["-"], b" \n\n\t\n"
    elif case == "binary":
        args = [write(tmp_path, "slika.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")]
    elif case == "cp1250":
        args = [write(tmp_path, "clanak.txt", OUR_SENTENCE.encode("cp1250"))]
    elif case == "no-language":
        args, stdin = ["-"], b"12345 67890 ++ 2026\n"
    elif case == "bad-lang":
        args, stdin = ["-", "--lang", "xx"], OUR_SENTENCE.encode()
    else:
        args, stdin = ["-", "--published", "jučer"], OUR_SENTENCE.encode()
    result = run(*args, stdin=stdin)
    assert result.exit_code == 1
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("kronika: error: ")
    assert message in lines[0]


def test_errors_from_the_installed_command_have_no_traceback(tmp_path: Path) -> None:
    path = write(tmp_path, "slika.txt", b"\x00\x01\x02")
    process = subprocess.run([sys.executable, "-m", "kronika", "extract", path], capture_output=True, text=True)
    assert process.returncode == 1
    assert process.stderr == "kronika: error: input looks binary (it contains NUL bytes), not an article in plain text\n"


def test_help_explains_the_input_and_options() -> None:
    result = CliRunner().invoke(cli, ["extract", "--help"])
    assert result.exit_code == 0
    for phrase in ("FILE|-", "--published", "--lang", "--format", "standard input", "11.12.2025 u 22:07"):
        assert phrase in result.stdout
