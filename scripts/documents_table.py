"""The models table built from whole documents of an evaluation set, checked against its gold.

    python scripts/documents_table.py data/eval/styles.jsonl --batch 14 [--misses]

Each case's text is stored as one document, dated as ingest dates it: by the dateline its text
opens with, if any, else by --date (2025-06-01 by default). The models table is built as the
dashboard builds it, and
each row is compared with the gold facts of the models it names (``evaluate.same_model``: equal
names, one a prefix of the other, or the same once a maker written first is taken off):

- rows that name no gold model;
- parameters: right when within 2% of a count the gold gives any model the row names;
- organization: right as ``evaluate.organization_right`` says on the styles set (a gold
  written as a hub account or a brand is its maker, "Qwen" is Alibaba; a unit and the
  organization it is part of are one maker), or when it contains, or is contained in, the gold
  developer, both in the table's canonical spelling ("TII" is the Technology Innovation
  Institute);
- release month: right when the row's date starts with the gold ``YYYY-MM``.

The matching is lenient (a family row matches its members' gold), so the figures say how often
the table shows a wrong number or none, not how complete it is.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from insights.evaluate import close, gold_key, organization_right, same_model  # noqa: E402
from insights.extract.reference import hub_account_organization  # noqa: E402
from insights.ingest import Document, stored_date  # noqa: E402
from insights.store import Store  # noqa: E402
from insights.tables import models_table, organization_key  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("path", type=Path)
    parser.add_argument("--batch", type=int, help="only the cases of this batch")
    parser.add_argument("--date", default="2025-06-01", help="the date of a text with no dateline")
    parser.add_argument("--misses", action="store_true", help="list each row that is off")
    args = parser.parse_args(argv)
    cases = [json.loads(line) for line in args.path.open(encoding="utf-8") if line.strip()]
    if args.batch is not None:
        cases = [c for c in cases if c.get("batch") == args.batch]
    gold: dict[str, list[float]] = {}
    organizations: dict[str, str] = {}
    months: dict[str, str] = {}
    with Store(":memory:") as store:
        for i, case in enumerate(cases):
            date = stored_date(Document(case["text"]), args.date)
            store.add_document(case["text"], source=f"case {i}", date=date)
            for kind, value, model in case["facts"]:
                if model and kind == "parameters":
                    gold.setdefault(model, []).append(value)
                elif model:
                    gold.setdefault(model, [])
            organizations.update(case.get("organizations") or {})
            months.update(case.get("dates") or {})
        table = models_table(store.facts())
    counts = dict.fromkeys(
        ("rows", "no_gold", "params_right", "params_off", "org_right", "org_off", "month_right",
         "month_off"), 0)  # fmt: skip
    for row in table.itertuples():
        counts["rows"] += 1
        # the most specific gold names first: "Llama 3.1 70B" is "Llama 3.1 70B", then "Llama
        # 3.1", before "Llama 3", which it merely starts with
        key = gold_key(row.model)
        names = sorted((g for g in gold if same_model(row.model, g)),
                       key=lambda g: (gold_key(g) != key, -len(gold_key(g))))  # fmt: skip
        if not names:
            counts["no_gold"] += 1
            _miss(args.misses, "NO GOLD", row.model, "")
            continue
        values = [v for g in names for v in gold[g]]
        if row.parameters == row.parameters and values:  # (NaN: no count shown)
            right = any(close(row.parameters, v) for v in values)
            counts["params_right" if right else "params_off"] += 1
            if not right:
                _miss(args.misses, "PARAMS", row.model, f"{row.parameters:.3g}, gold {values}")
        said = next((organizations[g] for g in names if g in organizations), None)
        if said:
            shown = str(row.organization) if isinstance(row.organization, str) else ""
            # (the styles set's measure: a hub account, a brand, a unit of the maker ...)
            right = bool(shown) and organization_right(shown, said)
            said = hub_account_organization(said) or said  # (a hub account: "Qwen" is Alibaba)
            a, b = organization_key(said) or said.lower(), organization_key(shown) or ""
            right = right or bool(b) and (a in b or b in a)  # ("TII" is the Technology
            # Innovation Institute)
            counts["org_right" if right else "org_off"] += 1
            if not right:
                _miss(args.misses, "ORG", row.model, f"{shown or '-'}, gold {said}")
        month = next((months[g] for g in names if g in months), None)
        if month:
            right = str(row.date).startswith(month)
            counts["month_right" if right else "month_off"] += 1
            if not right:
                shown = f"{row.date} ({row.date_source})"
                _miss(args.misses, "MONTH", row.model, f"{shown}, gold {month}")
    print(f"{len(cases)} documents, {counts['rows']} rows, {counts['no_gold']} name no gold model")
    for field in ("params", "org", "month"):
        right, off = counts[f"{field}_right"], counts[f"{field}_off"]
        print(f"  {field:<8} right {right:4d}  wrong or missing {off:4d}")
    return 0


def _miss(show: bool, what: str, model: str, detail: str) -> None:
    if show:
        print(f"{what:<8} {model}: {detail}")


if __name__ == "__main__":
    sys.exit(main())
