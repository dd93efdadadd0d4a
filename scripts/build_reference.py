"""Build data/reference/models.csv from Epoch AI's Notable AI Models CSV (facts only).

Usage: python scripts/build_reference.py [EPOCH_CSV] [--output PATH]
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# The script runs from a checkout, not an installed package.
sys.path.insert(0, str(ROOT))

from insights.extract.organizations import curated_organization  # noqa: E402
from insights.extract.reference import COLUMNS, corrected, dropped, model_key  # noqa: E402

DEFAULT_SOURCE = ROOT.parent / "shared" / "data" / "epoch" / "notable_ai_models.csv"
DEFAULT_OUTPUT = ROOT / "data" / "reference" / "models.csv"

# A parameter count written into a name: "175B", "8x7B", "57B-A14B", "141M".
SIZE = r"\d+(?:\.\d+)?[KMBT](?:-A\d+(?:\.\d+)?[KMBT])?|\d+x\d+(?:\.\d+)?[KMBT]"
TRAILING_SIZE = re.compile(rf"[\s-](?:{SIZE})$")
# The separator before a size: "LLaMA-65B" and "LLaMA 65B" are both written.
SIZE_JOINT = re.compile(rf"(?<=\w)[\s-](?={SIZE}\b)")
# A version number glued on or not: "GPT-3", "GPT3", "Llama 2", "Llama-2"; not "LSTM 3-layer".
VERSION_JOINT = re.compile(rf"(?<=[A-Za-z])[\s-](?=\d+(?:\.\d+)*(?:$|\s|-(?:{SIZE})\b))")
# Only a part set off by a space: "TD(0)" and "DOT(S)-RNN" are names, not name plus note.
PARENTHESES = re.compile(r"(?:^|\s+)\(([^()]*)\)")
# A parenthesized part that could be a name: one token, starting with a letter.
NAME_TOKEN = re.compile(r"[A-Za-z][\w.-]+")
URL = re.compile(r"https?://[^\s,;]+")
# Parenthesized words that name a dataset, backbone or variant rather than the model itself.
QUALIFIERS = frozenset(
    model_key(word)
    for word in """
    amoeba bernoulli celeba cifar cifar-10 classification dense depth-2 dictionary english
    ensemble fin imagenet l2 language large lfw medium mnist morse multimnist norb p-mnist
    pinterest production ptb python q-former resnet resnet-50 sc09 small speech t-net tied
    timit transcription transformer translation vision wt-103 wt103 wt2
""".split()
)


def clean(text: str) -> str:
    """Collapse runs of whitespace, including the stray newlines some Epoch names carry."""
    return " ".join(text.split())


def first_organization(field: str) -> str:
    """The first organization that canonicalizes, else the first as written."""
    names = [name.strip() for name in field.split(",") if name.strip()]
    for name in names:
        canonical = curated_organization(name)
        if canonical:
            return canonical
    return names[0] if names else ""


def number(text: str) -> str:
    """A figure as a float literal; empty when unknown."""
    return repr(float(text)) if text.strip() else ""


def corrected_number(model: str, column: str, text: str) -> str:
    """A figure of Epoch's as ``number`` writes it, corrected where epoch_corrections.csv says
    Epoch's own source gives another value."""
    written = number(text)
    return repr(corrected(model, column, float(written))) if written else ""


def first_link(text: str) -> str:
    """The first URL of a cell that may hold several."""
    found = URL.search(text)
    return found.group(0) if found else ""


def variants(form: str) -> list[str]:
    """A name with its size joint swapped and its version joint glued and hyphenated."""
    swapped = SIZE_JOINT.sub(lambda m: " " if m.group(0) == "-" else "-", form)
    return [form, swapped, VERSION_JOINT.sub("", form), VERSION_JOINT.sub("-", form)]


def candidate_aliases(name: str) -> list[str]:
    """Spellings of a model name: without parentheses, without a trailing size, and variants."""
    base = PARENTHESES.sub("", name).strip(" :")
    family = TRAILING_SIZE.sub("", base).strip()
    found = variants(base) + (variants(family) if family != base else [])
    for part in PARENTHESES.findall(name):
        part = part.strip()
        if NAME_TOKEN.fullmatch(part) and model_key(part) not in QUALIFIERS:
            found.append(part)
    return list(dict.fromkeys(alias for alias in found if alias))


def model_rows(records: list[dict[str, str]]) -> list[dict[str, str]]:
    """Reference rows from Epoch records, aliases shared by two models dropped, sorted."""
    models = [clean(record["Model"]) for record in records]
    aliases = {model: candidate_aliases(model) for model in models}
    # A model keeps its own name; an alias that two models share, or that is another model's
    # name, would match either and is dropped.
    owners = Counter(key for found in aliases.values() for key in {model_key(a) for a in found})
    names = Counter(model_key(model) for model in models)
    rows = []
    for model, record in zip(models, records, strict=True):
        kept = [
            alias
            for alias in aliases[model]
            if model_key(alias) == model_key(model)
            or (owners[model_key(alias)] == 1 and names[model_key(alias)] == 0)
        ]
        rows.append(
            {
                "model": model,
                "aliases": "|".join(kept),
                "organization": first_organization(record["Organization"]),
                "date": record["Publication date"].strip(),
                "parameters": corrected_number(model, "parameters", record["Parameters"]),
                "training_data_size": corrected_number(
                    model, "training_data_size", record["Training dataset size (datapoints)"]
                ),
                "domain": ",".join(d.strip() for d in record["Domain"].split(",") if d.strip()),
                "link": first_link(record["Link"]),
            }
        )
    # Undated models go last.
    return sorted(rows, key=lambda row: (row["date"] == "", row["date"], row["model"]))


def read_epoch(path: Path) -> list[dict[str, str]]:
    """The Epoch CSV as a list of dicts."""
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def write_rows(rows: list[dict[str, str]], path: Path) -> None:
    """Write reference rows as CSV with Unix line endings."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def main(argv: list[str] | None = None) -> int:
    """Read the Epoch CSV, write the reference table, report the row count."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "source", nargs="?", type=Path, default=DEFAULT_SOURCE, help="Epoch notable_ai_models.csv"
    )
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT, help="models.csv to write")
    args = parser.parse_args(argv)
    rows = model_rows([r for r in read_epoch(args.source) if not dropped(clean(r["Model"]))])
    write_rows(rows, args.output)
    print(f"wrote {len(rows)} models to {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
