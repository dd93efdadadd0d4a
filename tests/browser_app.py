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
def chromium(*, scrollbars: bool = False):
    """Debian's chromium, headless, through Playwright; with ``scrollbars`` they take room on
    the page as on a desktop (Playwright hides them by default)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=str(CHROMIUM),
            args=CHROMIUM_ARGS,
            ignore_default_args=["--hide-scrollbars"] if scrollbars else None,
        )
        try:
            yield browser
        finally:
            browser.close()


# Installed before the page loads: notes, in the page's own clock (milliseconds from the
# request), the first animation frame in which the heading, and each chart with its points
# drawn, are in the page. Polling from Playwright instead looks up to a second apart (and
# later while the page's main thread is busy), which hid differences under a second. A chart
# counts once plotly has drawn its traces, or once Vega's canvas holds a drawing (a canvas
# draws without changing the document, so every frame is checked, on a 16-pixel copy).
PAINT_WATCH = """() => {
    if (window.__paint) return;
    const paint = window.__paint = {};
    const probe = document.createElement('canvas');
    probe.width = probe.height = 16;
    const drawn = chart => {
        if (chart.classList.contains('js-plotly-plot')) {
            return !!(chart._fullLayout && chart.querySelector('.scatterlayer .trace, canvas'));
        }
        const canvas = chart.querySelector('canvas');
        if (!canvas) return !!chart.querySelector('svg .mark-symbol path, svg .mark-symbol');
        if (!canvas.width || !canvas.height) return false;
        const context = probe.getContext('2d', {willReadFrequently: true});
        context.clearRect(0, 0, 16, 16);
        context.drawImage(canvas, 0, 0, 16, 16);
        return context.getImageData(0, 0, 16, 16).data.some((v, i) => i % 4 === 3 && v > 0);
    };
    const look = now => {
        for (const h of document.querySelectorAll('h1')) {
            if (!paint.heading && h.textContent.includes('Model-scale trends')) paint.heading = now;
        }
        // A chart a few pixels high is the blank one sent to start loading the chart library.
        const charts = [...document.querySelectorAll('.js-plotly-plot, .vega-embed')]
            .filter(chart => chart.offsetHeight > 50);
        ['first chart', 'second chart'].forEach((name, n) => {
            if (!paint[name] && charts[n] && drawn(charts[n])) paint[name] = now;
        });
        if (!paint['second chart']) requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
}"""
PAINTED = "names => names.every(name => window.__paint && window.__paint[name])"
PAINT_NAMES = ("heading", "first chart", "second chart")


def timed_first_paint(page, url: str, timeout_ms: int = 120_000) -> dict[str, float]:
    """Open ``url`` and time, from the request, the heading and each chart being drawn: the
    first frame the browser makes after each is in the page, in the page's own clock."""
    page.add_init_script(f"({PAINT_WATCH})()")
    page.goto(url, wait_until="domcontentloaded")
    page.wait_for_function(PAINTED, arg=list(PAINT_NAMES), timeout=timeout_ms)
    marks = page.evaluate("() => window.__paint")
    return {name: marks[name] / 1000 for name in PAINT_NAMES}


def build_bundled_database(path: Path) -> Path:
    """The database a fresh checkout builds from data/corpus, built here ahead of time."""
    sys.path.insert(0, str(REPO))
    from insights.ingest import ensure_corpus
    from insights.store import Store

    with Store(path) as store:
        ensure_corpus(store)
    return path
