"""The real-browser test: Debian's chromium, driven by Playwright, against `streamlit run`.

Times the Trends page's first paint from a cold start on the bundled corpus (printed, not
asserted: timing belongs to benchmarks), clicks a point to open its model, checks the
reference layer under a filter, filters by an organization and downloads the CSV, makes a
correction (seen in another session's Models page, CSV and chart, and after a re-extraction)
and undoes it, and reads the server log for exceptions and warnings. Screenshots go to
pytest's temporary folder; the README's docs/trends.png is made only by
`python scripts/trends_screenshot.py`.
"""

from __future__ import annotations

import csv
import io
import re
import shutil
from contextlib import closing
from pathlib import Path

import pytest
from browser_app import (
    CHROMIUM,
    VIEWPORT,
    chromium,
    running_app,
    timed_first_paint,
)
from dashboard_data import fill

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not CHROMIUM.exists(),
        reason="needs Debian's chromium at /usr/bin/chromium (apt-get install -y chromium); "
        "`playwright install` cannot download a browser here",
    ),
]
# What must never appear in the server's log while a browser uses the app.
LOG_PROBLEMS = re.compile(r"Traceback|Exception|Error|WARNING|Warning")


def assert_clean_log(log: str) -> None:
    problems = [line for line in log.splitlines() if LOG_PROBLEMS.search(line)]
    assert not problems, "\n".join(problems[:20])


@pytest.fixture(scope="module")
def browser():
    """One chromium for the module; each page is a new context (no shared cache or state).
    Scrollbars take room as on a desktop: a table must leave room for its own."""
    with chromium(scrollbars=True) as launched:
        yield launched


@pytest.fixture(scope="module")
def bundled_db(tmp_path_factory, browser):
    """A fresh checkout's first open: the app builds its database from data/corpus."""
    from playwright.sync_api import expect

    folder = tmp_path_factory.mktemp("bundled")
    db = folder / "insights.db"
    server = running_app(db, folder / "server.log")
    with server as app, closing(browser.new_page(viewport=VIEWPORT)) as page:
        timed_first_paint(page, app.url, timeout_ms=180_000)  # both charts drawn
        caption = page.get_by_text(re.compile(r"\d+ of \d+ models match the filters"))
        expect(caption).to_be_visible(timeout=30_000)
        shown = int(caption.inner_text().split()[0].replace(",", ""))
        log = app.log_text()
    assert shown >= 60, f"the bundled corpus gave only {shown} models"
    assert_clean_log(log)
    return db


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    """One server over the sample data for the tests below: each leaves the data as it was."""
    folder = tmp_path_factory.mktemp("app")
    with running_app(fill(folder / "insights.db"), folder / "server.log") as running:
        yield running
    assert_clean_log(running.log_text())


def test_first_paint_from_a_cold_start_on_the_bundled_data(bundled_db, browser, tmp_path):
    db = tmp_path / "insights.db"
    shutil.copy(bundled_db, db)
    with running_app(db, tmp_path / "server.log") as app:
        # Two sessions left open, each in its own context (no cache shared with the other);
        # the second asks for the reference layer too.
        pages = [browser.new_page(viewport=VIEWPORT) for _ in range(2)]
        cold = timed_first_paint(pages[0], app.url)
        pages[0].screenshot(path=str(tmp_path / "trends.png"), full_page=True)
        memory = [app.rss_mb()]
        reference = timed_first_paint(pages[1], app.url + "/?ref=1")
        memory.append(app.rss_mb())
        log = app.log_text()
        for page in pages:
            page.close()
    print()
    for name, times in (("cold", cold), ("second session, ?ref=1", reference)):
        print(f"first paint, {name}: " + ", ".join(f"{k} {v:.2f} s" for k, v in times.items()))
    print("server memory after each session (MB): " + ", ".join(f"{m:.0f}" for m in memory))
    assert_clean_log(log)


def test_a_click_on_a_point_opens_its_model(app, browser):
    from playwright.sync_api import expect

    with closing(browser.new_page(viewport=VIEWPORT)) as page:
        timed_first_paint(page, app.url + "/?org=DeepMind")
        # The scatter's DeepMind points: Chinchilla and Gopher, drawn by Vega as SVG. Click
        # one where it was drawn.
        scatter = page.locator(".vega-embed").filter(has=page.locator(".role-mark")).first
        point = scatter.locator(".mark-symbol.role-mark path").first
        point.click(timeout=15_000)  # (waits until the point stops moving: a chart still laid
        # out when the page is slow would take a click at its old place)
        expect(page).to_have_url(
            re.compile(r"/models\?.*model=(Chinchilla|Gopher)"), timeout=15_000
        )
        picked = page.get_by_role("combobox", name="Show every fact behind a model")
        expect(picked).to_have_value(re.compile("^(Chinchilla|Gopher)$"), timeout=15_000)
        facts = page.get_by_text(re.compile(r"^\d+ facts? from \d+ documents?\.$"))
        expect(facts).to_be_visible(timeout=15_000)
        assert "org=DeepMind" in page.url  # the filters come along


def drawn_points(label: str) -> dict[str, str]:
    """A point Vega drew, from its description: "Date: Oct 15, 2021; Parameters (log scale):
    1e+13; series: Epoch AI reference" as {"Date": "Oct 15, 2021", ...}."""
    return dict(part.split(": ", 1) for part in label.split("; "))


def test_the_reference_layer_stays_inside_the_filters(app, browser):
    with closing(browser.new_page(viewport=VIEWPORT)) as page:
        timed_first_paint(page, app.url + "/?ref=1&from=2021&to=2023&pmin=10B")
        labels = page.evaluate(
            """() => [...document.querySelectorAll('.vega-embed')]
                .filter(chart => chart.offsetHeight > 50)
                .map(chart => [...chart.querySelectorAll('.mark-symbol.role-mark path')]
                    .map(point => point.getAttribute('aria-label')))"""
        )
        page.screenshot(path=str(Path(app.log).parent / "reference.png"), full_page=True)
    scatter, over_time = (
        [p for p in map(drawn_points, chart) if p["series"] == "Epoch AI reference"]
        for chart in labels
    )
    assert scatter and over_time
    sizes = [float(p["Parameters (log scale)"]) for p in scatter + over_time]
    years = {int(re.search(r"\b(19|20)\d\d\b", p["Date"])[0]) for p in over_time}
    assert years <= {2021, 2022, 2023}
    assert min(sizes) >= 1e10


def test_filter_and_download(app, browser, tmp_path):
    from playwright.sync_api import expect

    with closing(browser.new_page(viewport=VIEWPORT, accept_downloads=True)) as page:
        page.goto(app.url + "/models", wait_until="domcontentloaded")
        expect(page.get_by_role("heading", name="Models")).to_be_visible(timeout=30_000)
        table = page.get_by_test_id("stDataFrame").first
        expect(table).to_be_visible(timeout=30_000)
        # Fifteen rows shown whole, not a box of ten.
        assert table.bounding_box()["height"] > 40 + 35 * 14
        sidebar = page.get_by_test_id("stSidebar")
        sidebar.get_by_test_id("stMultiSelect").click()
        page.get_by_role("option", name="Meta (4)").click()
        page.keyboard.press("Escape")
        expect(page).to_have_url(re.compile(r"[?&]org=Meta\b"), timeout=15_000)
        button = page.get_by_role("button", name="Download 4 rows (CSV)")
        expect(button).to_be_visible(timeout=15_000)
        # Four rows and the header in full right above the horizontal scrollbar: no strip of
        # an empty row between (a pixel at most), and the scrollbar drawn, not transparent
        # over the grid's column lines.
        page.wait_for_timeout(500)  # the table's new height is drawn a frame after the button
        scroller = table.locator(".dvn-scroller")
        inside = scroller.evaluate("s => s.clientHeight")
        assert 35 * 5 <= inside <= 35 * 5 + 1, inside
        colors = scroller.evaluate("s => getComputedStyle(s).scrollbarColor")
        assert "transparent" not in colors and "rgba(0, 0, 0, 0)" not in colors, colors
        with page.expect_download() as download_info:
            button.click()
        rows = list(csv.DictReader(io.StringIO(Path(download_info.value.path()).read_text())))
        page.screenshot(path=str(tmp_path / "models.png"))
    assert {row["Model"] for row in rows} == {
        "LLaMA 13B", "LLaMA 65B", "Llama 2 70B", "Llama 3.1 405B",
    }  # fmt: skip
    assert {row["Organization"] for row in rows} == {"Meta"}


MEMO = "Gopher has 180B parameters."  # as the extractor reads it too (see reextract below)


def test_a_correction_made_and_undone(app, browser, tmp_path):
    from dashboard_data import facts_of
    from playwright.sync_api import expect

    from insights.store import Store

    db = Path(app.log).parent / "insights.db"
    with Store(db) as store:  # the running app follows another writer
        memo = store.add_extracted(
            MEMO, facts_of(MEMO, [("180B parameters", "parameters", 180e9, "Gopher", "DeepMind",
                                   None)]), title="Memo", source="memo", date="2020-01-01",
        ).document_id  # fmt: skip
    try:
        with closing(browser.new_page(viewport=VIEWPORT)) as page:
            page.goto(app.url + "/review", wait_until="domcontentloaded")
            picked = page.get_by_role("combobox", name="Item to review")
            expect(picked).to_have_value("Sources disagree: Gopher", timeout=30_000)
            page.get_by_text("Reject this fact", exact=True).click()
            facts = page.get_by_role("radiogroup", name="Which fact")
            facts.get_by_text("180B parameters · Gopher · Memo", exact=True).click()
            page.get_by_role("button", name="Apply").click()
            done = page.get_by_text(re.compile("rejected. It shows in the Models table"))
            expect(done).to_be_visible(timeout=15_000)
            expect(page.get_by_text("Nothing to review under these filters.")).to_be_visible()
            with Store(db) as store:
                assert [c.action for c in store.corrections()] == ["reject"]
            row, tip = gopher_in_another_session(app, browser)
            assert (row["Model"], float(row["Parameters"]), row["Corrected"]) == (
                "Gopher", 280e9, "parameters")  # fmt: skip
            assert "corrected by hand: parameters" in tip
            after = gopher_after_reextract(db, tmp_path)
            assert (float(after["parameters"]), after["corrected"]) == (280e9, "parameters")
            page.get_by_role("button", name="Undo", exact=True).first.click()  # the flash's
            expect(page.get_by_text("Correction undone.")).to_be_visible(timeout=15_000)
            expect(picked).to_have_value("Sources disagree: Gopher", timeout=15_000)
        with Store(db) as store:
            assert store.corrections() == []
    finally:
        with Store(db) as store:
            store.delete_document(memo)


def gopher_in_another_session(app, browser) -> tuple[dict, str]:
    """Gopher as another session sees it: its row in the Models page's CSV, after the page's
    mark for corrected rows is shown, and the tooltip of its point in the Trends chart."""
    from playwright.sync_api import expect

    with closing(browser.new_page(viewport=VIEWPORT, accept_downloads=True)) as page:
        page.goto(app.url + "/models?q=Gopher", wait_until="domcontentloaded")
        mark = page.get_by_text("✎ marks the 1 model with values corrected", exact=False)
        expect(mark).to_be_visible(timeout=30_000)
        with page.expect_download() as download_info:
            page.get_by_role("button", name="Download 1 row (CSV)").click()
        [row] = csv.DictReader(io.StringIO(Path(download_info.value.path()).read_text()))
        timed_first_paint(page, app.url + "/?q=Gopher")
        scatter = page.locator(".vega-embed").filter(has=page.locator(".role-mark")).first
        tip = page.locator("#vg-tooltip-element")
        for _ in range(5):  # (a chart drawn again under the mouse may miss one hover)
            box = scatter.locator(".mark-symbol.role-mark path").first.bounding_box()
            page.mouse.move(0, 0)
            page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
            try:
                expect(tip).to_contain_text("Gopher", timeout=3_000)
                break
            except AssertionError:
                continue
        expect(tip).to_contain_text("Gopher", timeout=3_000)
        return row, tip.inner_text()


def gopher_after_reextract(db: Path, folder: Path) -> dict:
    """Gopher's row in the models CSV that `python -m insights export` writes after
    `python -m insights reextract`, over a copy of the app's database (run in this process:
    tests/test_cli.py runs the command line as a child)."""
    import sqlite3

    from insights.cli import main

    copy = folder / "reextracted.db"
    with closing(sqlite3.connect(db)) as source, closing(sqlite3.connect(copy)) as target:
        source.backup(target)  # with what the write-ahead log holds
    for command in (["reextract"], ["export", "--table", "models", "-o", str(folder / "m.csv")]):
        assert main([*command, "--db", str(copy)]) == 0
    rows = csv.DictReader(io.StringIO((folder / "m.csv").read_text(encoding="utf-8")))
    return next(r for r in rows if r["model"] == "Gopher")
