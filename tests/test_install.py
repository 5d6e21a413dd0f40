"""What `pip install -e '.[test]'` must bring, whatever the pip of a fresh venv."""

import tomllib
from pathlib import Path

PYPROJECT = Path(__file__).resolve().parents[1] / "pyproject.toml"


def _dependencies() -> list[str]:
    project = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["project"]
    return project["dependencies"] + project["optional-dependencies"]["test"]


def test_lxml_html_clean_is_a_direct_dependency() -> None:
    # justext asks for lxml[html_clean], an extra that an older pip leaves out: without the
    # package `import trafilatura` fails and every HTML, feed or WARC input with it
    names = [d.split(">")[0].split("=")[0].split("[")[0].strip().lower().replace("-", "_") for d in _dependencies()]
    assert "lxml_html_clean" in names
    assert "hypothesis" in names  # the fuzzing test of extract


def test_html_readers_import() -> None:
    import trafilatura  # noqa: F401

    from kronika.sources.html import read_html

    page = b"<html><head><title>T</title></head><body><article><p>" + b"Ovo je dovoljno dug tekst clanka. " * 5 + b"</p></article></body></html>"
    assert read_html(page, "page.html").text
