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

# The payload's call told again by another outlet (one story, two articles), and an article with no date at all.
SAME_CALL = ("Merz i Plenković o Ukrajini\n\nY.Z./Index\n\n03.03.2026 u 09:15\n\n"
             "Njemački kancelar Friedrich Merz u ponedjeljak je telefonom razgovarao s hrvatskim premijerom Andrejem Plenkovićem, javlja dpa.\n")
UNDATED = "Ministar vanjskih poslova Gordan Grlić Radman razgovarao je sa slovenskom kolegicom Tanjom Fajon o granici.\n"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def serve_store(db: Path):
    """Serve a store in this process on a free port: yields its URL, then stops it."""
    instance = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=free_port(), log_level="warning"))
    thread = threading.Thread(target=instance.run, daemon=True)
    thread.start()
    for _ in range(100):
        if instance.started:
            break
        time.sleep(0.05)
    yield f"http://127.0.0.1:{instance.config.port}"
    instance.should_exit = True
    thread.join(timeout=5)


@pytest.fixture(scope="module")
def server(tmp_path_factory, examples_dir: Path, seed_text: str):
    db = tmp_path_factory.mktemp("browser") / "b.duckdb"
    con = open_store(db)
    articles = [parse_text(p.read_text(encoding="utf-8")) for p in examples_dir.glob("*.hr.txt")] + [parse_text(seed_text)]
    ingest_articles(con, articles + [parse_text(PAYLOAD), parse_text(SAME_CALL), parse_text(UNDATED)])  # a hostile article in the store as well as pasted
    con.close()
    yield from serve_store(db)


@pytest.fixture(scope="module")
def browser():
    from conftest import require

    require(Path(CHROMIUM).exists(), f"{CHROMIUM} is missing: the browser tests drive Debian's Chromium (apt-get install chromium)")
    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield browser
        browser.close()


def open_page(browser, server: str, bypass_csp: bool = False, height: int = 1400):
    page = browser.new_context(viewport={"width": 1280, "height": height}, bypass_csp=bypass_csp).new_page()
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


def in_view(page, selector: str) -> bool:
    top, bottom, height = page.evaluate("(s) => { const r = document.querySelector(s).getBoundingClientRect();"
                                        " return [r.top, r.bottom, window.innerHeight]; }", selector)
    return 0 <= top and bottom <= height


def test_evidence_opens_under_its_row_and_in_view(browser, server) -> None:
    page = open_page(browser, server, height=700)  # the table runs far below the fold
    rows = page.locator("#events tbody tr.event")
    assert page.evaluate("document.querySelector('#events').getBoundingClientRect().bottom") > 700
    for row in (rows.first, rows.nth(rows.count() // 2)):
        row.click()
        page.wait_for_selector("#evidence mark")
        assert page.locator("#events tr.selected + tr.evidence-row #evidence").count() == 1  # right under the row clicked
        assert page.locator("#evidence").count() == 1
        assert in_view(page, "#evidence"), "the evidence is off-screen"
    page.locator("#events tbody tr.event").last.press("Enter")  # the keyboard opens it too
    page.wait_for_selector("#events tr.event:last-of-type.selected, #events tr.selected + tr.evidence-row")
    assert in_view(page, "#evidence")
    page.screenshot(path=str(ARTIFACTS / "6-evidence-under-its-row.png"))


def test_a_story_told_by_two_articles_is_one_row(browser, server) -> None:
    page = open_page(browser, server)
    rows = page.locator("#events tbody tr.event", has_text="Friedrich Merz")
    assert rows.count() == 1
    stories = {row.get_attribute("data-story") for row in page.locator("#events tbody tr.event").all()}
    assert len(stories) == page.locator("#events tbody tr.event").count()  # no story twice
    assert "2 articles" in rows.first.inner_text()
    rows.first.click()
    page.wait_for_selector("#evidence mark")
    evidence = page.locator("#evidence")
    assert evidence.locator(".report").count() == 2
    assert "Deutsche Presse-Agentur" in evidence.inner_text() and "Hina" in evidence.inner_text()
    assert "in " in page.locator("#count").inner_text() and "stories" in page.locator("#count").inner_text()


def test_undated_stories_are_listed_apart_not_on_the_timeline(browser, server) -> None:
    page = open_page(browser, server)
    stories = page.evaluate("fetch('/api/stories').then((r) => r.json())")
    undated = {s["story"] for s in stories if not s["date_start"]}
    dated = {s["story"] for s in stories if s["date_start"]}
    assert undated and dated
    circles = {c.get_attribute("data-story") for c in page.locator("#timeline circle.story").all()}
    assert circles == dated  # every dated story placed once, no undated one among them
    listed = page.locator("#undated-list li")
    assert {item.get_attribute("data-story") for item in listed.all()} == undated
    expect(page.locator("#undated")).to_be_visible()
    assert f"Undated stories ({len(undated)})" in page.locator("#undated h3").inner_text()
    assert any("Tanja Fajon" in text for text in listed.all_inner_texts())
    listed.filter(has_text="Tanja Fajon").first.click()  # opens the story's evidence in the table
    page.wait_for_selector("#evidence mark")
    assert "undated" in page.locator("#evidence h3").inner_text()
    page.screenshot(path=str(ARTIFACTS / "7-undated-stories.png"), full_page=True)


def test_the_network_has_a_legend_for_its_colours_and_arrows(browser, server) -> None:
    page = open_page(browser, server)
    legend = page.locator("#network-legend")
    expect(legend).to_be_visible()
    text = legend.inner_text()
    assert "Actors" in text and "actor → recipient" in text and "government" in text
    swatch_fills = {c.get_attribute("fill") for c in legend.locator(".legend-nodes circle").all()}
    node_fills = {c.get_attribute("fill") for c in page.locator("#network .node circle").all()}
    assert node_fills and node_fills <= swatch_fills  # every node colour is explained
    line_colours = {c.get_attribute("stroke") for c in legend.locator(".legend-edges line").all()}
    edges = page.locator("#network path.edge").all()
    assert edges and {e.get_attribute("stroke") for e in edges} <= line_colours  # every edge colour too
    merz = page.locator("#network path.edge[data-source='Andrej Plenković'][data-target='Friedrich Merz'], "
                        "#network path.edge[data-source='Friedrich Merz'][data-target='Andrej Plenković']")
    assert merz.count() >= 1 and merz.first.get_attribute("marker-end") is None  # a call has no direction
    directed = [e for e in edges if e.get_attribute("marker-end")]
    assert directed, "no edge shows its direction"
    assert "verbal cooperation" in text and "no arrow" in text
    legend.screenshot(path=str(ARTIFACTS / "8-network-legend.png"))


@pytest.fixture(scope="module")
def one_story_server(tmp_path_factory):
    """A store where one call is told by 300 articles (two events each): one story, 600 events,
    more than the page fetches at once (the 'one story 500 times' of issue 15)."""
    from kronika.pipeline import extract_text

    db = tmp_path_factory.mktemp("one-story") / "s.duckdb"
    base = extract_text(PAYLOAD)
    base.events = [base.events[0], base.events[0].model_copy(deep=True)]
    base.events[1].id += "-b"  # the same call stated twice in each article: two events of one story

    def told_again(article):
        result = base.model_copy(deep=True)
        result.document.id = article.document.id
        for event in result.events:
            event.id, event.document = f"{event.id}-{article.document.id}", article.document.id
        return result

    con = open_store(db)
    ingest_articles(con, [parse_text(f"{PAYLOAD}\nBroj {i}.") for i in range(300)], extract=told_again)
    con.close()
    yield from serve_store(db)


def test_one_story_told_600_times_is_one_row_and_the_rest_pages_in(browser, one_story_server) -> None:
    page = open_page(browser, one_story_server)
    rows = page.locator("#events tbody tr.event")
    assert rows.count() == 1
    assert " articles" in rows.first.inner_text()
    assert "(500 of 600 events, in 1 story" in page.locator("#count").inner_text()
    page.locator("#more").click()
    expect(page.locator("#count")).to_contain_text("(600 events, in 1 story)")
    assert rows.count() == 1 and "300 articles" in rows.first.inner_text()
    expect(page.locator("#more")).to_be_hidden()
    assert page.locator("#timeline circle.story").count() == 1


def test_the_page_tells_of_rows_an_ingest_stores_while_it_is_open(browser, tmp_path: Path) -> None:
    import subprocess
    import sys

    db = tmp_path / "live.duckdb"
    (tmp_path / "first.txt").write_text(PAYLOAD, encoding="utf-8")
    (tmp_path / "later.txt").write_text(UNDATED, encoding="utf-8")
    kronika = [sys.executable, "-m", "kronika"]
    subprocess.run([*kronika, "ingest", str(tmp_path / "first.txt"), "--db", str(db), "--quiet"], check=True, capture_output=True)
    port = free_port()
    server = subprocess.Popen([*kronika, "serve", "--db", str(db), "--port", str(port)], stdout=subprocess.PIPE, text=True)
    try:
        assert "Kronika on" in server.stdout.readline()
        page = open_page(browser, f"http://127.0.0.1:{port}")
        assert page.locator("#events tbody tr.event").count() == 1
        expect(page.locator("#new-rows")).to_be_hidden()
        # the server is up on the store: the ingest writes it all the same
        subprocess.run([*kronika, "ingest", str(tmp_path / "later.txt"), "--db", str(db), "--quiet"], check=True, capture_output=True)
        expect(page.locator("#new-rows")).to_contain_text("1 new article, 1 new event stored: show them", timeout=15_000)
        page.locator("#new-rows").click()
        expect(page.locator("#events tbody tr.event")).to_have_count(2)
        expect(page.locator("#new-rows")).to_be_hidden()
        assert "Tanja Fajon" in page.locator("#events tbody").inner_text()
    finally:
        server.terminate()
        server.communicate(timeout=10)


def test_no_two_actor_labels_of_the_network_overlap(page) -> None:
    boxes = page.evaluate("""() => [...document.querySelectorAll('#network .node text')].map((t) => {
        const r = t.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; })""")
    assert len(boxes) > 5
    overlapping = [(a, b) for i, a in enumerate(boxes) for b in boxes[i + 1:]
                   if a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]]
    assert overlapping == []


def test_a_story_dated_to_a_month_or_year_is_drawn_over_its_days(page) -> None:
    stories = page.evaluate("fetch('/api/stories').then((r) => r.json())")
    vague = {s["story"]: s for s in stories if s["span"] and s["span"][0] != s["span"][1]}
    exact = {s["story"] for s in stories if s["span"] and s["span"][0] == s["span"][1]}
    assert vague and exact
    assert {c.get_attribute("data-story") for c in page.locator("#timeline circle.vague").all()} == set(vague)
    assert {r.get_attribute("data-story") for r in page.locator("#timeline rect.story-span").all()} == set(vague)
    year = next(s for s in vague.values() if len(s["date"]) == 4)  # the seed's '2025'
    assert year["span"] == [f"{year['date']}-01-01", f"{year['date']}-12-31"]
    bar = page.locator(f"#timeline rect.story-span[data-story='{year['story']}']")
    day = page.locator("#timeline circle.story:not(.vague)").first
    assert float(bar.get_attribute("width")) > 4 * float(day.get_attribute("r"))  # a year is wider than any day's circle


@pytest.fixture(scope="module")
def corpus_server(tmp_path_factory, shared_dir: Path):
    """The SETimes corpus: more actors than the network draws."""
    from kronika.sources import read_paths

    db = tmp_path_factory.mktemp("corpus") / "c.duckdb"
    con = open_store(db)
    ingest_articles(con, read_paths([str(shared_dir / "corpus" / "setimes-hr")]))
    con.close()
    yield from serve_store(db)


def test_the_network_draws_the_most_active_actors_and_says_so(browser, corpus_server) -> None:
    page = open_page(browser, corpus_server)
    network = page.evaluate("fetch('/api/network').then((r) => r.json())")
    assert len(network["nodes"]) > 40
    drawn = {g.get_attribute("data-actor") for g in page.locator("#network .node").all()}
    assert len(drawn) == 40
    events = {node["id"]: node["events"] for node in network["nodes"]}
    assert min(events[a] for a in drawn) >= max(n for a, n in events.items() if a not in drawn)
    assert f"the 40 with most events of {len(network['nodes'])} actors" in page.locator("#network-count").inner_text()
    page.screenshot(path=str(ARTIFACTS / "9-corpus-overview.png"), full_page=True)
