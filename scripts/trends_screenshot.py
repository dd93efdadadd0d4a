"""Regenerate docs/trends.png, the README's picture of the Trends page.

Usage: python scripts/trends_screenshot.py [--output PATH]

Starts `streamlit run dashboard.py` on a fresh database in a temporary folder (the app builds
it from data/corpus, as on a fresh checkout), opens it in Debian's chromium and saves the page.
The tests never write into the source tree; only this script does.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))  # the browser helpers the real-browser test uses

from browser_app import (  # noqa: E402
    CHROMIUM,
    VIEWPORT,
    chromium,
    running_app,
    timed_first_paint,
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=ROOT / "docs" / "trends.png")
    args = parser.parse_args(argv)
    if not CHROMIUM.exists():
        print(f"needs Debian's chromium at {CHROMIUM} (apt-get install -y chromium)")
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        db, log = Path(tmp) / "insights.db", Path(tmp) / "server.log"
        with running_app(db, log) as app, chromium() as browser:
            page = browser.new_page(viewport=VIEWPORT)
            timed_first_paint(page, app.url, timeout_ms=180_000)  # both charts drawn
            page.wait_for_timeout(500)  # the page's last widgets
            args.output.parent.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(args.output), full_page=True)
    print(f"wrote {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
