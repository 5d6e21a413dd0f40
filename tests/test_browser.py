"""The page in a real browser: Debian's Chromium driven by Playwright.
Screenshots of each view go to test-artifacts/ for review."""

import socket
import threading
import time
from pathlib import Path

import pytest
import uvicorn
from playwright.sync_api import expect, sync_playwright

from kronika.read import parse_text
from kronika.store import ingest_articles, open_store
from kronika.web.app import create_app

ARTIFACTS = Path(__file__).resolve().parents[1] / "test-artifacts"
CHROMIUM = "/usr/bin/chromium"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]
PAYLOAD = (
    "Napad na stranicu <script>window.__pwned = 1</script>\n\nX.Y./Kronika\n\n02.03.2026 u 11:00\n\n"
    "Hrvatski premijer Andrej Plenković u ponedjeljak je telefonski razgovarao s njemačkim kancelarom Friedrichom Merzom "
    "<img src=x onerror=\"window.__pwned = 2\">, javlja Hina.\n"
)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory, examples_dir: Path, seed_text: str):
    db = tmp_path_factory.mktemp("browser") / "b.duckdb"
    con = open_store(db)
    articles = [parse_text(p.read_text(encoding="utf-8")) for p in examples_dir.glob("*.hr.txt")] + [parse_text(seed_text)]
    ingest_articles(con, articles + [parse_text(PAYLOAD)])  # a hostile article in the store as well as pasted
    con.close()
    port = free_port()
    config = uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning")
    instance = uvicorn.Server(config)
    thread = threading.Thread(target=instance.run, daemon=True)
    thread.start()
    for _ in range(100):
        if instance.started:
            break
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    instance.should_exit = True
    thread.join(timeout=5)


@pytest.fixture(scope="module")
def browser():
    from conftest import require

    require(Path(CHROMIUM).exists(), f"{CHROMIUM} is missing: the browser tests drive Debian's Chromium (apt-get install chromium)")
    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield browser
        browser.close()


def open_page(browser, server: str, bypass_csp: bool = False):
    page = browser.new_context(viewport={"width": 1280, "height": 1400}, bypass_csp=bypass_csp).new_page()
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.dialogs = dialogs
    page.goto(server)
    page.wait_for_selector("#events tbody tr")
    return page


@pytest.fixture(scope="module")
def page(browser, server):
    return open_page(browser, server)


def test_views_load(page) -> None:
    assert page.locator("#events tbody tr").count() > 10
    assert page.locator("#timeline circle").count() > 5
    assert page.locator("#network .node").count() > 5
    assert "articles" in page.locator("#stats").inner_text()
    page.screenshot(path=str(ARTIFACTS / "1-overview.png"), full_page=True)


def test_click_an_actor_to_filter(page) -> None:
    page.locator("#network .node[data-actor='Alexander Lukashenko'] circle").click()
    expect(page.locator("#f-actor")).to_have_value("Alexander Lukashenko")
    rows = page.locator("#events tbody tr")
    deadline = time.monotonic() + 10  # the page's CSP forbids eval, so poll from here instead of wait_for_function
    while time.monotonic() < deadline and not all("Lukashenko" in text for text in rows.all_inner_texts()):
        time.sleep(0.1)
    assert all("Lukashenko" in text for text in rows.all_inner_texts())
    assert 0 < rows.count() < 10
    page.screenshot(path=str(ARTIFACTS / "2-filtered-by-actor.png"), full_page=True)


def test_open_an_events_evidence(page) -> None:
    page.locator("#events tbody tr").first.click()
    page.wait_for_selector("#evidence:not([hidden]) mark")
    assert page.locator("#evidence mark").count() >= 1
    assert "According to" in page.locator("#evidence").inner_text()
    page.screenshot(path=str(ARTIFACTS / "3-evidence.png"), full_page=True)


def test_paste_an_article_and_no_script_runs(page) -> None:
    paste_the_payload(page)
    page.screenshot(path=str(ARTIFACTS / "4-pasted-article.png"), full_page=True)


def test_escaping_alone_stops_scripts_in_stored_and_pasted_articles(browser, server) -> None:
    # The page's CSP would block inline scripts anyway; with it bypassed, only
    # the page's own escaping stands between an article and the reader.
    page = open_page(browser, server, bypass_csp=True)
    page.locator("#events tbody tr", has_text="Friedrich Merz").first.click()
    page.wait_for_selector("#evidence:not([hidden]) mark")
    evidence = page.locator("#evidence").inner_text()
    assert "<img src=x onerror" in evidence and "<script>window.__pwned = 1</script>" in evidence
    paste_the_payload(page)
    assert page.locator("img, main script").count() == 0
    page.screenshot(path=str(ARTIFACTS / "5-hostile-article-escaped.png"), full_page=True)


def paste_the_payload(page) -> None:
    page.locator("#clear").click()
    page.fill("#article", PAYLOAD)
    page.locator("#code").click()
    page.wait_for_selector("#pasted-events li")
    text = page.locator("#pasted-events").inner_text()
    assert "Andrej Plenković (HRV) CONSULT/phone Friedrich Merz (DEU)" in text
    assert "<img src=x" in text  # shown as text, not made into an element
    assert page.locator("#pasted-events img, #pasted-events script").count() == 0
    page.wait_for_timeout(300)  # give an injected handler the time to fire
    assert page.evaluate("window.__pwned") is None
    assert page.dialogs == []


def test_an_oversized_paste_gets_a_clear_answer(page) -> None:
    page.fill("#article", "a" * 50_001)
    page.locator("#code").click()
    expect(page.locator("#paste-error")).to_contain_text("(422): text: String should have at most 50000 characters")
    page.fill("#article", "a" * 600_000)
    page.locator("#code").click()
    expect(page.locator("#paste-error")).to_contain_text("(413): request body larger than 524288 bytes")
    assert page.locator("#pasted-events li").count() == 0


def test_the_paste_box_says_when_no_publication_time_was_found(page) -> None:
    page.locator("#clear").click()
    page.fill("#published", "")
    page.fill("#article", "Hrvatski premijer Andrej Plenković u utorak je telefonski razgovarao s Friedrichom Merzom.")
    page.locator("#code").click()
    page.wait_for_selector("#paste-time:not([hidden])")
    assert "No publication time found" in page.locator("#paste-time").inner_text()
