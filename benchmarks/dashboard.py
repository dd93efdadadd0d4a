"""Dashboard speed and memory: every page over 10,000 models and 100,000 facts.

    python benchmarks/dashboard.py
    python benchmarks/dashboard.py --models 2000 --facts 20000 --warm-runs 5

Fills a temporary database with generated documents and facts (written with
``Store.add_extracted``, so the extractor's speed is not part of this), then runs each page
through streamlit's AppTest: the first run with empty caches (cold) and then warm runs, and
prints the times, each Trends figure's JSON size and the process's peak resident memory.
Goals: every page under 1 s warm and 5 s cold, figures under 1 MB, under 1 GB of memory.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import statistics
import sys
import tempfile
import time
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
    FIGURE_BYTES[page] = [len(chart.proto.spec.encode()) for chart in at.get("plotly_chart")]
    return cold, warm


# Each page's figures as the browser receives them: the JSON size of each plotly chart.
FIGURE_BYTES: dict[str, list[int]] = {}
FIGURE_GOAL_MB = 1.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--models", type=int, default=10_000)
    parser.add_argument("--facts", type=int, default=100_000)
    parser.add_argument("--warm-runs", type=int, default=3)
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.db"
        os.environ["INSIGHTS_DB"] = str(db)
        start = time.perf_counter()
        documents, facts = fill(db, args.models, args.facts)
        print(
            f"database: {args.models:,} models, {facts:,} facts in {documents:,} documents, "
            f"written in {time.perf_counter() - start:.1f} s ({db.stat().st_size / 1e6:.0f} MB)"
        )
        print(f"{'page':<24} {'cold (s)':>9} {'warm (s)':>9} {'warm max':>9}")
        ok = True
        for page in PAGES:
            cold, warm = run_page(page, args.warm_runs)
            median = statistics.median(warm)
            print(f"{page:<24} {cold:>9.2f} {median:>9.2f} {max(warm):>9.2f}")
            ok &= max(warm) < WARM_GOAL and cold < COLD_GOAL
        for page, sizes in FIGURE_BYTES.items():
            for i, size in enumerate(sizes, 1):
                print(f"{page} figure {i}: {size / 1e6:.2f} MB of JSON")
                ok &= size / 1e6 < FIGURE_GOAL_MB
        memory = peak_mb()
        ok &= memory < MEMORY_GOAL_MB
        print(f"peak memory: {memory:.0f} MB")
        print(
            f"goals (every page < {WARM_GOAL:.0f} s warm and < {COLD_GOAL:.0f} s cold, "
            f"figures < {FIGURE_GOAL_MB:.0f} MB, memory < {MEMORY_GOAL_MB} MB): "
            f"{'met' if ok else 'NOT met'}"
        )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
