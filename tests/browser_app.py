"""`streamlit run dashboard.py` for the real-browser test and the README screenshot script.

Starts the app on a free port over a given database, with its log in a file, and opens
Debian's chromium through Playwright (``playwright install`` cannot download a browser here).
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip
VIEWPORT = {"width": 1400, "height": 1900}


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
            time.sleep(0.2)
    raise TimeoutError(f"streamlit did not answer at {url} within {timeout}s")


class App:
    """A running `streamlit run`: its URL, process and log file."""

    def __init__(self, url: str, process: subprocess.Popen, log: Path):
        self.url, self.process, self.log = url, process, log

    def log_text(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")

    def rss_mb(self) -> float:
        """The server's resident memory now, from /proc."""
        status = Path(f"/proc/{self.process.pid}/status").read_text()
        line = next(x for x in status.splitlines() if x.startswith("VmRSS:"))
        return int(line.split()[1]) / 1024


@contextmanager
def running_app(db: Path, log: Path, repo: Path = REPO):
    """`streamlit run dashboard.py` over the database ``db`` (built on first open if absent);
    ``repo`` is the checkout it runs from (a benchmark compares two)."""
    port = free_port()
    env = os.environ | {"INSIGHTS_DB": str(db), "STREAMLIT_BROWSER_GATHER_USAGE_STATS": "false"}
    with log.open("w", encoding="utf-8") as out:
        process = subprocess.Popen(
            [sys.executable, "-m", "streamlit", "run", "dashboard.py", "--server.headless",
             "true", "--server.port", str(port), "--server.address", "127.0.0.1"],
            cwd=repo, env=env, stdout=out, stderr=subprocess.STDOUT,
        )  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    try:
        wait_for(url, process)
        yield App(url, process, log)
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@contextmanager
def chromium():
    """Debian's chromium, headless, through Playwright."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


# Resolves when the page's n-th plotly chart has drawn its points (SVG or WebGL).
CHART_DRAWN = """n => {
    const plots = document.querySelectorAll('.js-plotly-plot');
    const plot = plots[n];
    return !!(plot && plot._fullLayout && plot.querySelector('.scatterlayer .trace, canvas'));
}"""


def timed_first_paint(page, url: str, timeout_ms: int = 120_000) -> dict[str, float]:
    """Open ``url`` and time, from the request, the heading and each chart being drawn."""
    from playwright.sync_api import expect

    start = time.perf_counter()
    page.goto(url, wait_until="domcontentloaded")
    times = {}
    expect(page.get_by_role("heading", name="Model-scale trends")).to_be_visible(timeout=timeout_ms)
    times["heading"] = time.perf_counter() - start
    for n, name in enumerate(("first chart", "second chart")):
        page.wait_for_function(CHART_DRAWN, arg=n, timeout=timeout_ms)
        times[name] = time.perf_counter() - start
    return times


def build_bundled_database(path: Path) -> Path:
    """The database a fresh checkout builds from data/corpus, built here ahead of time."""
    sys.path.insert(0, str(REPO))
    from insights.ingest import ensure_corpus
    from insights.store import Store

    with Store(path) as store:
        ensure_corpus(store)
    return path
