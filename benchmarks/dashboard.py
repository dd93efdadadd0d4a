"""Dashboard speed and memory: every page over 10,000 models and 100,000 facts.

    python benchmarks/dashboard.py
    python benchmarks/dashboard.py --models 2000 --facts 20000 --warm-runs 5
    python benchmarks/dashboard.py --browser [--runs 3] [--baseline ../main]
    python benchmarks/dashboard.py --browser --runs 5 --only "never opened" --sessions 0

Fills a temporary database with generated documents and facts (written with
``Store.add_extracted``, so the extractor's speed is not part of this), then runs each page
through streamlit's AppTest: in a new process (imports included), with empty caches in a
warm process (cold) and then warm runs, and prints the times, each Trends figure's JSON size
and the process's peak resident memory. The pages run over a database the dashboard has
opened before, which keeps the models table; Trends is also timed, in a new process, over a
copy it never opened, where the first run builds the table. Goals: every page under 1 s warm
and 5 s cold, figures under 1 MB, under 1 GB of memory.

``--browser`` also drives Debian's chromium against `streamlit run`, as the browser test does,
and prints the Trends page's first paint over ``--runs`` runs: on the bundled corpus from an
empty database (the app builds it on first open), from a built one, and on the generated
database never opened by the dashboard and opened once before (its models table kept, as the
command line also keeps it after each write), each from a fresh server and then in a second
session (the median, and the first chart of each run: a goal is met when every run is under
it); and the server's memory after each of ``--sessions`` sessions left open, with glibc's
default malloc arenas and with ``MALLOC_ARENA_MAX=2``. The machine is shared: beside the
figures it prints how long plotly.js alone takes to load here, and ``--baseline`` measures
other checkouts (a worktree of main, say) in the same run, interleaved, for a ratio.
Goals: Trends' first chart under 3 s cold on the bundled corpus and 5 s on the generated
database; memory flat across the sessions (none adds a tenth to the first, with two arenas)
and under 1 GB.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

os.environ.setdefault("STREAMLIT_LOGGER_LEVEL", "error")  # AppTest's bare-mode notes are noise
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from insights.fact import Fact  # noqa: E402
from insights.store import Store  # noqa: E402

PAGES = [
    "app_pages/trends.py",
    "app_pages/models.py",
    "app_pages/claims.py",
    "app_pages/review.py",
    "app_pages/sources.py",
]
WARM_GOAL, COLD_GOAL, MEMORY_GOAL_MB = 1.0, 5.0, 1024

ORGANIZATIONS = [
    "OpenAI", "Google", "DeepMind", "Meta", "Anthropic", "Mistral AI", "Microsoft", "Alibaba",
    "DeepSeek", "NVIDIA", "Amazon", "Baidu", "Tencent", "Cohere", "AI21 Labs", "EleutherAI",
    "Hugging Face", "Stability AI", "TII", "Apple", "IBM", "Salesforce", "Huawei", "Zhipu AI",
]  # fmt: skip
STEMS = ["Atlas", "Borealis", "Cobalt", "Dune", "Ember", "Fjord", "Granite", "Halcyon", "Iris",
         "Juniper", "Kestrel", "Lumen", "Meridian", "Nimbus", "Onyx", "Pioneer", "Quartz",
         "Raven", "Sierra", "Tundra"]  # fmt: skip


def generated_models(count: int, rng: random.Random) -> list[dict]:
    """Made-up models whose sizes grow about 3x a year from 2016 to 2025."""
    models = []
    for i in range(count):
        year = rng.uniform(2016, 2025.9)
        params = 10 ** (8 + 0.45 * (year - 2016) + rng.gauss(0, 0.6))
        models.append(
            {
                "name": f"{rng.choice(STEMS)}-{i}",
                "org": ORGANIZATIONS[i % len(ORGANIZATIONS)],
                "date": f"{int(year)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                "params": float(f"{params:.2g}"),
                "tokens": float(f"{params * 10 ** rng.uniform(0.5, 2.5):.2g}"),
                "active": rng.random() < 0.05,
            }
        )
    return models


def sentences_for(model: dict, rng: random.Random) -> list[tuple[str, str, str, float | None]]:
    """(sentence, surface, kind, value) for one model: about ten facts."""
    name, p, t = model["name"], model["params"], model["tokens"]
    out = [
        (f"{name} has {p / 1e9:.3g}B parameters.", f"{p / 1e9:.3g}B parameters", "parameters", p),
        (f"{name} was trained on {t / 1e9:.4g}B tokens.", f"{t / 1e9:.4g}B tokens",
         "training_tokens", t),
        (f"The {name} model, with {p / 1e9:.3g}B parameters, is open.",
         f"{p / 1e9:.3g}B parameters", "parameters", p),
        (f"{name} saw {t / 1e9:.4g}B tokens in pretraining.", f"{t / 1e9:.4g}B tokens",
         "training_tokens", t),
        (f"{name} stacks {rng.choice([24, 32, 48, 80, 96])} layers.", "layers", "layers", 32.0),
        (f"{name} used {6 * p * t:.2e} FLOP of compute.", "FLOP", "compute", 6 * p * t),
    ]  # fmt: skip
    if rng.random() < 0.1:  # a source that disagrees
        wrong = p * rng.choice([0.5, 2.0])
        out.append((f"Reports put {name} at {wrong / 1e9:.3g}B parameters.",
                    f"{wrong / 1e9:.3g}B parameters", "parameters", wrong))  # fmt: skip
    while len(out) < 10:
        out.append((f"{name} outperforms Baseline-{rng.randint(1, 500)} on reasoning.",
                    "outperforms", "claim", None))  # fmt: skip
    return out


def fill(path: Path, models: int, facts: int, seed: int = 0) -> tuple[int, int]:
    """Write generated documents (20 facts each) until ``facts`` facts are stored."""
    rng = random.Random(seed)
    pool = generated_models(models, rng)
    per_model = max(1, facts // models)
    items = []
    for model in pool:
        for sentence, surface, kind, value in sentences_for(model, rng)[:per_model]:
            items.append((model, sentence, surface, kind, value))
    rng.shuffle(items)
    documents = stored = 0
    with Store(path) as store:
        for start in range(0, len(items), 20):
            batch = items[start : start + 20]
            text, doc_facts = "", []
            for model, sentence, surface, kind, value in batch:
                begin = len(text) + sentence.index(surface)
                doc_facts.append(
                    Fact(kind=kind, value=value, unit="", model=model["name"],
                         organization=model["org"],
                         qualifier="active" if kind == "parameters" and model["active"]
                         and value and value < model["params"] else None,
                         start=begin, end=begin + len(surface), sentence=sentence,
                         sentence_start=len(text),
                         relation="outperforms" if kind == "claim" else None,
                         other=sentence.split(" outperforms ")[-1].split(" on ")[0]
                         if kind == "claim" else None)
                )  # fmt: skip
                text += sentence + " "
            date = min(m["date"] for m, *_ in batch)
            result = store.add_extracted(
                text, doc_facts, title=f"Generated digest {start // 20}", source="bench", date=date
            )
            documents += result.added
            stored += result.facts
        store.set_meta("corpus", "benchmark data")
    return documents, stored


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_page(page: str, warm_runs: int) -> tuple[float, list[float]]:
    import streamlit as st
    from streamlit.testing.v1 import AppTest

    st.cache_resource.clear()
    st.cache_data.clear()
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=300)
    start = time.perf_counter()
    at.run()
    if page != PAGES[0]:
        at.switch_page(page)
        # Time the page on its own: the entry run above has filled the caches, so clear them.
        st.cache_resource.clear()
        st.cache_data.clear()
        start = time.perf_counter()
        at.run()
    cold = time.perf_counter() - start
    if at.exception:
        raise RuntimeError(f"{page}: {at.exception[0].value}")
    warm = []
    for _ in range(warm_runs):
        start = time.perf_counter()
        at.run()
        warm.append(time.perf_counter() - start)
    FIGURE_BYTES[page] = [
        len(chart.proto.spec.encode()) + sum(len(d.data.data) for d in chart.proto.datasets)
        for chart in at.get("vega_lite_chart")
    ]
    return cold, warm


# Each page's figures as the browser receives them: each Vega-Lite chart's specification
# (JSON) and its datasets (Arrow).
FIGURE_BYTES: dict[str, list[int]] = {}
FIGURE_GOAL_MB = 1.0


def page_in_new_process(page: str, db: Path | None = None) -> float:
    """The page's first run in a fresh interpreter: imports, loading and drawing, as the first
    visitor of a newly started server waits for them (streamlit itself already imported);
    over ``db`` when given, else ``$INSIGHTS_DB``."""
    env = os.environ | {"PYTHONWARNINGS": "ignore"} | ({"INSIGHTS_DB": str(db)} if db else {})
    out = subprocess.run(
        [sys.executable, __file__, "--first-run-of", page],
        capture_output=True, text=True, check=True, env=env,
    )  # fmt: skip
    return float(out.stdout.split()[-1])


def keep_models_table(db: Path) -> bool:
    """Keep the models table in ``db``, as the dashboard's first open and each write of the
    command line do (a checkout from before kept tables has nothing to keep: False)."""
    try:
        from insights.built import kept_models
    except ImportError:
        return False
    with Store(db) as store:
        kept_models(store)
    return True


def first_run_of(page: str) -> None:
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=300)
    if page != PAGES[0]:
        at.switch_page(page)
    start = time.perf_counter()
    at.run()
    elapsed = time.perf_counter() - start
    if at.exception:
        raise RuntimeError(f"{page}: {at.exception[0].value}")
    print(f"{elapsed:.3f}")


# --- in chromium ------------------------------------------------------------------------------

PAINT_GOAL_BUNDLED, PAINT_GOAL_GENERATED = 3.0, 5.0
PLOTLY_ALONE = """<html><body><script>t0 = performance.now()</script>
<script src="plotly.min.js"></script><script>t1 = performance.now()</script></body></html>"""


def plotly_alone(browser, folder: Path) -> float:
    """Seconds this chromium takes to load and evaluate plotly.js in a blank page: the
    machine's speed, measured beside the app's figures (the charts draw with Vega-Lite
    now; plotly.js is only the yardstick)."""
    import plotly

    (folder / "plotly.min.js").write_bytes(
        (Path(plotly.__file__).parent / "package_data" / "plotly.min.js").read_bytes()
    )
    (folder / "plotly.html").write_text(PLOTLY_ALONE)
    page = browser.new_page()
    page.goto((folder / "plotly.html").as_uri())
    page.wait_for_function("() => window.t1")
    seconds = page.evaluate("t1 - t0") / 1000
    page.close()
    return seconds


def paint_runs(browser, repo: Path, db: Path | None, folder: Path, sessions: int = 2):
    """Open Trends in ``sessions`` sessions of a fresh server over a copy of ``db`` (None: an
    empty database the app builds); each session's first-paint times and the server's memory."""
    from browser_app import VIEWPORT, running_app, timed_first_paint

    copy = folder / "paint.db"
    for stale in folder.glob("paint.db*"):
        stale.unlink()
    if db is not None:
        shutil.copy(db, copy)
    times, memory, pages = [], [], []
    with running_app(copy, folder / "server.log", repo=repo) as app:
        for _ in range(sessions):
            pages.append(browser.new_page(viewport=VIEWPORT))
            times.append(timed_first_paint(pages[-1], app.url, timeout_ms=300_000))
            memory.append(app.rss_mb())
        log = app.log_text()
    for page in pages:
        page.close()
    problems = [line for line in log.splitlines() if "Traceback" in line or "WARNING" in line]
    if problems:
        print(f"  server log of {repo}: {problems[:3]}")
    return times, memory


def browser_benchmark(
    generated: Path, repos: list[Path], runs: int, sessions: int, only: str | None = None
) -> bool:
    """First paint and memory in chromium for each checkout in ``repos``, runs interleaved;
    only the cases whose description holds ``only``, when given."""
    sys.path.insert(0, str(ROOT / "tests"))
    from browser_app import CHROMIUM, build_bundled_database, chromium

    if not CHROMIUM.exists():
        print(f"--browser needs Debian's chromium at {CHROMIUM} (apt-get install -y chromium)")
        return False
    folder = Path(tempfile.mkdtemp(prefix="paint-"))
    bundled = build_bundled_database(folder / "bundled.db")
    size = f"{generated.stat().st_size / 1e6:.0f} MB"
    # The README's first command on a fresh checkout is the first case: the goal is on it.
    cases = [  # (what, database, goal for the fresh server's first chart)
        ("bundled corpus, database built on first open", None, PAINT_GOAL_BUNDLED),
        ("bundled corpus, database already built", bundled, PAINT_GOAL_BUNDLED),
        (f"generated database ({size}), never opened by the dashboard", generated,
         PAINT_GOAL_GENERATED),
    ]  # fmt: skip
    # A server started again over a database the dashboard has opened: the models table is
    # kept in it (by this checkout's code; other checkouts ignore it).
    opened = folder / "generated-opened.db"
    shutil.copy(generated, opened)
    if keep_models_table(opened):
        cases.append((f"generated database ({size}), opened once before or filled by the"
                      " command line (its models table kept)", opened,
                      PAINT_GOAL_GENERATED))  # fmt: skip
    cases = [case for case in cases if only is None or only in case[0]]
    first: dict = {}  # (repo, case) -> [(cold first chart, second session's first chart)]
    machine = []
    ok = True
    with chromium() as browser:
        for run in range(runs):
            machine.append(plotly_alone(browser, folder))
            for name, db, _ in cases:
                for repo in repos:
                    times, _ = paint_runs(browser, repo, db, folder)
                    first.setdefault((repo, name), []).append(times)
            print(f"  run {run + 1} of {runs} done", flush=True)
        print(
            f"plotly.js alone loads and evaluates in {statistics.median(machine):.2f} s here "
            f"(median of {runs}; {min(machine):.2f}-{max(machine):.2f})"
        )
        print("Trends' first paint in chromium, seconds from the request (median of "
              f"{runs}): heading / first chart / second chart")  # fmt: skip
        for name, _, goal in cases:
            print(f"  {name}:")
            for repo in repos:
                for session, label in ((0, "fresh server"), (1, "second session")):
                    rows = [times[session] for times in first[(repo, name)]]
                    median = {k: statistics.median(r[k] for r in rows) for k in rows[0]}
                    spread = [r["first chart"] for r in rows]
                    print(
                        f"    {label:<15} {median['heading']:6.2f} {median['first chart']:6.2f}"
                        f" {median['second chart']:6.2f}   first chart in each run: "
                        f"{', '.join(f'{t:.2f}' for t in spread)}   {repo}"
                    )
                    # Under the goal in every run, not only in the median.
                    if repo == repos[0] and session == 0 and goal is not None:
                        ok &= max(spread) < goal
        if not sessions:
            shutil.rmtree(folder, ignore_errors=True)
            return ok
        print(f"server memory after each of {sessions} sessions on the generated database (MB):")
        for repo in repos:
            # glibc gives each new thread (a session's script runs in one) a malloc arena of
            # its own, up to eight per core; MALLOC_ARENA_MAX=2, as the README suggests for a
            # shared server, caps them. Both are measured; the goal is on the capped one.
            for arenas in (None, "2"):
                with malloc_arena_max(arenas):
                    _, memory = paint_runs(browser, repo, generated, folder, sessions=sessions)
                flat = max(memory) < 1.1 * memory[0]  # no session adds a tenth to the first
                print(
                    f"  {'MALLOC_ARENA_MAX=' + arenas if arenas else 'default allocator':<19}"
                    f" {', '.join(f'{m:.0f}' for m in memory)}"
                    f"  ({'flat' if flat else 'growing'})   {repo}"
                )
                if repo == repos[0] and arenas:
                    ok &= max(memory) < MEMORY_GOAL_MB and flat
    shutil.rmtree(folder, ignore_errors=True)
    return ok


@contextmanager
def malloc_arena_max(value: str | None):
    """``MALLOC_ARENA_MAX`` set to ``value`` (None: unset) for servers started inside."""
    before = os.environ.pop("MALLOC_ARENA_MAX", None)
    if value is not None:
        os.environ["MALLOC_ARENA_MAX"] = value
    try:
        yield
    finally:
        os.environ.pop("MALLOC_ARENA_MAX", None)
        if before is not None:
            os.environ["MALLOC_ARENA_MAX"] = before


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--models", type=int, default=10_000)
    parser.add_argument("--facts", type=int, default=100_000)
    parser.add_argument("--warm-runs", type=int, default=3)
    parser.add_argument("--browser", action="store_true", help="also time chromium (see above)")
    parser.add_argument("--runs", type=int, default=3, help="browser runs, for the median")
    parser.add_argument(
        "--sessions", type=int, default=10, help="sessions for the memory test (0: none)"
    )
    parser.add_argument(
        "--only", metavar="TEXT", help="only the first-paint cases whose description holds TEXT"
    )
    parser.add_argument(
        "--baseline", type=Path, action="append", default=[],
        help="another checkout measured alongside (may be given more than once)",
    )  # fmt: skip
    parser.add_argument("--first-run-of", help=argparse.SUPPRESS)  # the child of a new process
    args = parser.parse_args(argv)
    if args.first_run_of:
        first_run_of(args.first_run_of)
        return 0

    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.db"
        os.environ["INSIGHTS_DB"] = str(db)
        start = time.perf_counter()
        documents, facts = fill(db, args.models, args.facts)
        print(
            f"database: {args.models:,} models, {facts:,} facts in {documents:,} documents, "
            f"written in {time.perf_counter() - start:.1f} s ({db.stat().st_size / 1e6:.0f} MB)"
        )
        # Copies the dashboard never opened: every run over one builds the models table (the
        # browser's servers each get a copy of ``unopened``; Trends' row below opens ``once``).
        unopened, once = Path(tmp) / "unopened.db", Path(tmp) / "once.db"
        shutil.copy(db, unopened)
        shutil.copy(db, once)
        print(f"{'page':<24} {'new process':>12} {'cold (s)':>9} {'warm (s)':>9} {'warm max':>9}")
        fresh = page_in_new_process(PAGES[0], once)
        print(f"{PAGES[0]:<24} {fresh:>12.2f}   (database never opened: the table is built)")
        ok = fresh < COLD_GOAL
        keep_models_table(db)  # the rows below: a database the dashboard has opened before
        for page in PAGES:
            fresh = page_in_new_process(page)
            cold, warm = run_page(page, args.warm_runs)
            median = statistics.median(warm)
            print(f"{page:<24} {fresh:>12.2f} {cold:>9.2f} {median:>9.2f} {max(warm):>9.2f}")
            ok &= max(warm) < WARM_GOAL and max(cold, fresh) < COLD_GOAL
        for page, sizes in FIGURE_BYTES.items():
            for i, size in enumerate(sizes, 1):
                print(f"{page} figure {i}: {size / 1e6:.2f} MB (specification and data)")
                ok &= size / 1e6 < FIGURE_GOAL_MB
        memory = peak_mb()
        ok &= memory < MEMORY_GOAL_MB
        print(f"peak memory: {memory:.0f} MB")
        print(
            f"goals (every page < {WARM_GOAL:.0f} s warm and < {COLD_GOAL:.0f} s cold, "
            f"figures < {FIGURE_GOAL_MB:.0f} MB, memory < {MEMORY_GOAL_MB} MB): "
            f"{'met' if ok else 'NOT met'}"
        )
        if args.browser:
            repos = [ROOT, *(path.resolve() for path in args.baseline)]
            paint_ok = browser_benchmark(unopened, repos, args.runs, args.sessions, args.only)
            print(
                f"goals in chromium (first chart < {PAINT_GOAL_BUNDLED:.0f} s cold on the bundled "
                f"corpus, built on first open or before, < {PAINT_GOAL_GENERATED:.0f} s on the "
                f"generated database; memory flat and < {MEMORY_GOAL_MB} MB): "
                f"{'met' if paint_ok else 'NOT met'}"
            )
            ok &= paint_ok
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
