"""What the dashboard's tables show: pure functions from tables and filters to the rows on
screen, and the CSV of exactly those rows. The pages only lay these out.
"""

from __future__ import annotations

import pandas as pd

from insights.filters import Filters, filter_organizations, filter_parameters, filter_years

# Models page: columns shown, in order, with their headers. The CSV has the same.
MODEL_COLUMNS = {
    "model": "Model",
    "organization": "Organization",
    "date": "Date",
    "parameters": "Parameters",
    "active_parameters": "Active parameters",
    "training_tokens": "Training tokens",
    "conflict": "Conflict",
    "corrected": "Corrected",
    "tokens_per_parameter": "Tokens per parameter",
    "training_compute": "Training compute (FLOP)",
    "layers": "Layers",
    "reference_parameters": "Epoch AI parameters",
    "sources": "Sources",
    "evidence": "Evidence",
    "document": "Document",
    "organization_source": "Organization from",
    "date_source": "Date from",
}
NUMERIC_COLUMNS = (
    "parameters", "active_parameters", "training_tokens", "tokens_per_parameter",
    "training_compute", "layers", "reference_parameters",
)  # fmt: skip
CLAIM_COLUMNS = {
    "subject": "Model",
    "subject_parameters": "Model size",
    "relation": "Claim",
    "other": "Compared with",
    "other_parameters": "Their size",
    "value": "By",
    "unit": "Unit",
    "organization": "Organization",
    "date": "Date",
    "sentence": "Sentence",
    "document": "Document",
}
DOCUMENT_COLUMNS = {
    "id": "ID",
    "title": "Title",
    "date": "Date",
    "source": "Source",
    "facts": "Facts",
    "characters": "Characters",
    "added_at": "Added",
}


def flop_text(value: float) -> str:
    """A FLOP count for reading, empty when unknown.

    >>> flop_text(3.14e23), flop_text(float("nan"))
    ('3.14e23', '')
    """
    return "" if value != value else f"{value:.3g}".replace("e+", "e")


def models_view(models: pd.DataFrame) -> pd.DataFrame:
    """The Models page's rows and columns; a conflict is spelled out after a ⚠."""
    view = models.reindex(columns=list(MODEL_COLUMNS)).copy()
    for column in NUMERIC_COLUMNS:
        view[column] = pd.to_numeric(view[column], errors="coerce").astype(float)
    # FLOP counts read best in scientific notation, which the table widget does not render.
    view["training_compute"] = view["training_compute"].map(flop_text)
    flags = models["conflict"] if "conflict" in models else pd.Series(False, index=models.index)
    values = models["conflict_values"] if "conflict_values" in models else flags.map(lambda _: "")
    view["conflict"] = [
        ("⚠ " + str(v)).strip() if bool(flag) and not pd.isna(flag) else ""
        for flag, v in zip(flags, values.fillna(""), strict=True)
    ]
    # A size that differs from Epoch AI's by more than 10% is flagged too.
    if "reference_conflict" in models:
        differs = models["reference_conflict"].fillna(False).astype(bool).tolist()
        view["conflict"] = [
            (text + "; " if text else "⚠ ") + "differs from Epoch AI" if flag else text
            for text, flag in zip(view["conflict"], differs, strict=True)
        ]
    view["corrected"] = view["corrected"].map(lambda c: c if isinstance(c, str) else "")
    return view.rename(columns=MODEL_COLUMNS).reset_index(drop=True)


CONFLICT_MARK = "⚠"
CORRECTED_MARK = "✎"


def models_display(view: pd.DataFrame) -> pd.DataFrame:
    """The Models page's table as it is drawn: compute as 5.8×10²³, a conflict as a mark, and
    the columns a person corrected after a ✎.

    ``view`` is ``models_view``'s frame, which the CSV keeps as it is; the conflict's detail
    is in the model's own view.

    >>> frame = pd.DataFrame({"Training compute (FLOP)": ["5.8e23", ""],
    ...                       "Conflict": ["⚠ parameters 70B vs 65B", ""],
    ...                       "Corrected": ["", "organization; date"]})
    >>> models_display(frame).fillna("—").values.tolist()
    [['5.8×10²³', '⚠', ''], ['—', '', '✎ organization; date']]
    """
    from insights.charts import format_power

    shown = view.copy()
    compute = MODEL_COLUMNS["training_compute"]
    if compute in shown:
        values = pd.to_numeric(shown[compute], errors="coerce")
        shown[compute] = [format_power(v) or None for v in values]
    conflict = MODEL_COLUMNS["conflict"]
    if conflict in shown:
        marked = shown[conflict].fillna("").astype(str) != ""
        shown[conflict] = marked.map({True: CONFLICT_MARK, False: ""})
    corrected = MODEL_COLUMNS["corrected"]
    if corrected in shown:
        shown[corrected] = [
            f"{CORRECTED_MARK} {c}" if isinstance(c, str) and c else "" for c in shown[corrected]
        ]
    return shown


def plural(count: int, noun: str, nouns: str | None = None) -> str:
    """A count with its noun, singular for one.

    >>> plural(1, "row"), plural(4, "row"), plural(1_234, "fact"), plural(1, "entry", "entries")
    ('1 row', '4 rows', '1,234 facts', '1 entry')
    """
    return f"{count:,} {noun if count == 1 else (nouns or noun + 's')}"


def claims_view(claims: pd.DataFrame, models: pd.DataFrame, filters: Filters) -> pd.DataFrame:
    """Claims narrowed to the filters, each with both models' sizes where known.

    Organization and date filter the claim; the size range filters the claiming model; the
    search matches either model's name.
    """
    from insights.extract.keys import model_key

    known = models.dropna(subset=["parameters"])
    sizes = {model_key(m): p for m, p in zip(known["model"], known["parameters"], strict=True)}

    def size(name) -> float | None:
        return sizes.get(model_key(name)) if isinstance(name, str) and name else None

    frame = claims.assign(
        relation=claims["relation"].fillna("").astype(str).str.replace("_", " "),
        subject_parameters=claims["subject"].map(size).astype(float),
        other_parameters=claims["other"].map(size).astype(float),
    )
    frame = filter_organizations(frame, filters.organizations)
    frame = filter_years(frame, filters.year_from, filters.year_to)
    frame = filter_parameters(
        frame.assign(parameters=frame["subject_parameters"]), filters.params_min, filters.params_max
    )
    if filters.search:
        names = frame["subject"].fillna("") + "\n" + frame["other"].fillna("")
        hits = names.str.contains(filters.search, case=False, regex=False)
        frame = frame[hits.to_numpy(dtype=bool)]
    return (
        frame.reindex(columns=list(CLAIM_COLUMNS))
        .rename(columns=CLAIM_COLUMNS)
        .reset_index(drop=True)
    )


def documents_view(documents: pd.DataFrame, facts: pd.DataFrame, filters: Filters) -> pd.DataFrame:
    """Documents narrowed to the filters through their facts' organizations and models.

    The date range applies to the document's date; the size range does not apply.
    """
    keep = pd.Series(True, index=documents.index)
    if filters.organizations:
        ids = facts.loc[facts["organization"].isin(filters.organizations), "document_id"]
        keep &= documents["id"].isin(ids)
    if filters.search:
        models = facts["model"].fillna("").astype(str)
        ids = facts.loc[models.str.contains(filters.search, case=False, regex=False), "document_id"]
        titles = documents["title"].fillna("").astype(str)
        keep &= documents["id"].isin(ids) | titles.str.contains(
            filters.search, case=False, regex=False
        )
    if filters.year_from is not None or filters.year_to is not None:
        years = pd.to_datetime(documents["date"], errors="coerce", format="mixed").dt.year
        if filters.year_from is not None:
            keep &= years >= filters.year_from
        if filters.year_to is not None:
            keep &= years <= filters.year_to
    return documents[keep.to_numpy(dtype=bool)]


def table_csv(view: pd.DataFrame) -> bytes:
    """The CSV download of a view: exactly its rows and columns, spreadsheet-safe."""
    from insights.export import to_csv

    return to_csv(view)


def fact_value(fact: dict) -> str:
    """A fact's value for people: 70B; a release month as 2023-12; for a claim what it claims.

    >>> fact_value({"kind": "parameters", "value": 7e10})
    '70B'
    >>> fact_value({"kind": "released", "value": 202312.0})
    '2023-12'
    >>> fact_value({"kind": "claim", "relation": "outperforms", "other": "Gopher", "value": None})
    'outperforms Gopher'
    """
    from insights.charts import format_number

    value = fact.get("value")
    if fact.get("kind") == "released" and isinstance(value, (int, float)) and value == value:
        return f"{int(value) // 100}-{int(value) % 100:02d}"
    if fact.get("kind") == "claim":
        parts = (fact.get("relation"), fact.get("other"), format_number(value))
        return " ".join(str(p) for p in parts if isinstance(p, str) and p)
    return format_number(value)


SOURCE_WORDS = {
    "organization": {
        "text": "stated in the text",
        "reference": "from the reference (Epoch AI's table or the curated families)",
        "corrected": "corrected by hand (see the Review page)",
    },
    "date": {
        "text": "the release month the text states",
        "reference": "the reference's publication date (Epoch AI)",
        "document": "the earliest document that states a size for it",
        "corrected": "corrected by hand (see the Review page)",
    },
}


def model_provenance(row: dict) -> list[str]:
    """Where a models-table row's organization and date came from, and what disagrees, as
    plain lines for the model detail.

    >>> for line in model_provenance({"organization": "Meta", "organization_source": "text",
    ...     "date": "2023-07", "date_source": "document", "conflict_values": "layers: 32 vs 40"}):
    ...     print(line)
    Organization: Meta, stated in the text
    Date: 2023-07, the earliest document that states a size for it
    Disagreement: layers: 32 vs 40
    >>> for line in model_provenance({"organization": "Acme", "organization_source": "corrected",
    ...                               "corrected": "organization; parameters"})[::2]:
    ...     print(line)
    Organization: Acme, corrected by hand (see the Review page)
    Corrected by hand: organization; parameters
    """
    lines = []
    for field, label in (("organization", "Organization"), ("date", "Date")):
        value, source = row.get(field), row.get(f"{field}_source")
        if not isinstance(value, str) or not value:
            lines.append(f"{label}: unknown")
            continue
        lines.append(f"{label}: {value}, {SOURCE_WORDS[field].get(source, 'of unknown source')}")
    conflicts = row.get("conflict_values")
    if isinstance(conflicts, str) and conflicts:
        lines.extend(f"Disagreement: {part}" for part in conflicts.split("; "))
    corrected = row.get("corrected")
    if isinstance(corrected, str) and corrected:
        lines.append(f"Corrected by hand: {corrected}")
    return lines

