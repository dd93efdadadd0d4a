"""One real-browser test: Debian's chromium, driven by Playwright, against `streamlit run`.

Opens the app, filters by an organization, downloads the CSV and checks its rows, and saves
a screenshot of the Trends page to docs/trends.png (the README shows it).
"""

from __future__ import annotations

import csv
import io
import os
import re
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from dashboard_data import fill

REPO = Path(__file__).resolve().parent.parent
CHROMIUM = Path("/usr/bin/chromium")
SCREENSHOT = REPO / "docs" / "trends.png"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not CHROMIUM.exists(),
        reason="needs Debian's chromium at /usr/bin/chromium (apt-get install -y chromium); "
        "`playwright install` cannot download a browser here",
    ),
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(url: str, process: subprocess.Popen, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"streamlit exited early with code {process.returncode}")
        try:
            with urllib.request.urlopen(url + "/_stcore/health", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise TimeoutError(f"streamlit did not answer at {url} within {timeout}s")


def start_app(db: Path):
    """`streamlit run dashboard.py` on a free port over the database ``db``; yields its URL."""
    port = free_port()
    env = os.environ | {"INSIGHTS_DB": str(db), "STREAMLIT_BROWSER_GATHER_USAGE_STATS": "false"}
    process = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", "dashboard.py", "--server.headless", "true",
         "--server.port", str(port), "--server.address", "127.0.0.1"],
        cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
    )  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    try:
        wait_for(url, process)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()


@pytest.fixture
def app_url(tmp_path):
    yield from start_app(fill(tmp_path / "insights.db"))


@pytest.fixture
def fresh_app_url(tmp_path):
    """The app on a database that does not exist yet: it builds it from data/corpus."""
    yield from start_app(tmp_path / "fresh.db")


def test_filter_download_and_screenshot(app_url, tmp_path):
    from playwright.sync_api import expect, sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 1900}, accept_downloads=True)
            page.goto(app_url, wait_until="domcontentloaded")
            expect(page.get_by_role("heading", name="Model-scale trends")).to_be_visible(
                timeout=60_000
            )
            # Both charts drawn: plotly adds its modebar (with download-as-PNG) to each.
            expect(page.locator(".js-plotly-plot")).to_have_count(2, timeout=30_000)
            page.wait_for_timeout(1500)
            page.screenshot(path=str(tmp_path / "trends.png"), full_page=True)

            # Filter by an organization, from the sidebar.
            page.goto(app_url + "/models", wait_until="domcontentloaded")
            expect(page.get_by_role("heading", name="Models")).to_be_visible(timeout=30_000)
            sidebar = page.get_by_test_id("stSidebar")
            sidebar.get_by_test_id("stMultiSelect").click()
            page.get_by_role("option", name="Meta (4)").click()
            page.keyboard.press("Escape")
            expect(page).to_have_url(re.compile(r"[?&]org=Meta\b"), timeout=15_000)
            button = page.get_by_role("button", name="Download 4 rows (CSV)")
            expect(button).to_be_visible(timeout=15_000)

            with page.expect_download() as download_info:
                button.click()
            path = download_info.value.path()
            rows = list(csv.DictReader(io.StringIO(Path(path).read_text(encoding="utf-8"))))
            assert {row["Model"] for row in rows} == {
                "LLaMA 13B",
                "LLaMA 65B",
                "Llama 2 70B",
                "Llama 3.1 405B",
            }
            assert {row["Organization"] for row in rows} == {"Meta"}
            page.screenshot(path=str(tmp_path / "models.png"))
        finally:
            browser.close()


def test_first_open_builds_the_bundled_corpus(fresh_app_url):
    """A fresh checkout opens on the bundled corpus; this is the README's screenshot."""
    from playwright.sync_api import expect, sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 1900})
            page.goto(fresh_app_url, wait_until="domcontentloaded")
            expect(page.get_by_role("heading", name="Model-scale trends")).to_be_visible(
                timeout=120_000
            )
            expect(page.locator(".js-plotly-plot")).to_have_count(2, timeout=60_000)
            caption = page.get_by_text(re.compile(r"\d+ of \d+ models match the filters"))
            expect(caption).to_be_visible(timeout=30_000)
            shown = int(caption.inner_text().split()[0].replace(",", ""))
            assert shown >= 60, f"the bundled corpus gave only {shown} models"
            page.wait_for_timeout(1500)
            SCREENSHOT.parent.mkdir(exist_ok=True)
            page.screenshot(path=str(SCREENSHOT), full_page=True)
        finally:
            browser.close()
