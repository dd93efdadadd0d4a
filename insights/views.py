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


# --- what the pages say about their counts ---------------------------------------------------
# Each caption says only what is true of its counts: "1 model", never "1 models"; nothing
# about marks no row carries ("⚠ marks the 0 models ...").

EPOCH_LINK = "[Notable AI Models](https://epoch.ai/data/notable-ai-models)"


def models_caption(shown: int, total: int, conflicts: int, corrected: int) -> str:
    """The Models page's caption over its table: rows shown, and what the marks mean when
    some row carries them.

    >>> print(models_caption(1, 1, 0, 0).split(". Epoch")[0])
    1 of 1 model. Numbers are what the sources state
    >>> print(models_caption(15, 15, 1, 2).split(". Epoch")[0])  # doctest: +NORMALIZE_WHITESPACE
    15 of 15 models. Numbers are what the sources state; ⚠ marks the 1 model whose sources
    disagree or differ from Epoch AI: choose it below for the detail; ✎ marks the 2 models
    with values corrected on the Review page
    """
    marks = []
    if conflicts:
        marks.append(
            f"{CONFLICT_MARK} marks the {plural(conflicts, 'model')} whose sources disagree or "
            f"differ from Epoch AI: choose {'it' if conflicts == 1 else 'one'} below for the "
            "detail"
        )
    if corrected:
        marks.append(
            f"{CORRECTED_MARK} marks the {plural(corrected, 'model')} with values corrected on "
            "the Review page"
        )
    said = "; ".join(["Numbers are what the sources state", *marks])
    return (
        f"{shown:,} of {plural(total, 'model')}. {said}. Epoch AI parameters: {EPOCH_LINK} "
        "(CC BY 4.0), shown beside what the text states, never in place of it."
    )


def match_caption(shown: int, total: int, noun: str = "model") -> str:
    """How many of the rows match the filters, the verb agreeing with the count.

    >>> for shown, total in ((1, 1), (1, 15), (240, 240)):
    ...     print(match_caption(shown, total))
    1 of 1 model matches the filters.
    1 of 15 models matches the filters.
    240 of 240 models match the filters.
    """
    return f"{shown:,} of {plural(total, noun)} {'matches' if shown == 1 else 'match'} the filters."


def undrawn_note(missing: int) -> str:
    """The scatter's note on models it cannot place; empty when it places them all.

    >>> undrawn_note(0)
    ''
    >>> print(undrawn_note(1)); print(undrawn_note(12))
    1 of the models lacks a parameter or token count and is not drawn.
    12 of the models lack a parameter or token count and are not drawn.
    """
    if not missing:
        return ""
    if missing == 1:
        return "1 of the models lacks a parameter or token count and is not drawn."
    return f"{missing:,} of the models lack a parameter or token count and are not drawn."


def documents_caption(shown: int, total: int, facts: int) -> str:
    """The Sources page's count over its list.

    >>> documents_caption(1, 1, 1), documents_caption(3, 13, 0)
    ('1 of 1 document (1 fact in all).', '3 of 13 documents (no facts in all).')
    """
    in_all = plural(facts, "fact") if facts else "no facts"
    return f"{shown:,} of {plural(total, 'document')} ({in_all} in all)."


def added_message(added: int, facts: int, duplicates: int) -> str:
    """What an upload stored, once at least one document was added.

    >>> added_message(1, 1, 0), added_message(2, 0, 1)
    ('Added 1 document with 1 fact.', 'Added 2 documents with no facts; 1 was already stored.')
    """
    found = plural(facts, "fact") if facts else "no facts"
    message = f"Added {plural(added, 'document')} with {found}"
    if duplicates:
        message += f"; {duplicates:,} {'was' if duplicates == 1 else 'were'} already stored"
    return message + "."


def duplicates_message(duplicates: int) -> str:
    """What an upload of text already stored says.

    >>> print(duplicates_message(1)); print(duplicates_message(3))
    Nothing new: the document was already stored.
    Nothing new: all 3 documents were already stored.
    """
    if duplicates == 1:
        return "Nothing new: the document was already stored."
    return f"Nothing new: all {duplicates:,} documents were already stored."


def delete_label(facts: int) -> str:
    """The confirmation a document's deletion asks for.

    >>> for facts in (0, 1, 2):
    ...     print(delete_label(facts))
    Yes, delete this document
    Yes, delete this document and its fact
    Yes, delete this document and its 2 facts
    """
    return "Yes, delete this document" + _and_its_facts(facts)


def deleted_message(name: str, facts: int) -> str:
    """The note after a deletion; ``name`` is already escaped for Markdown.

    >>> deleted_message("Memo", 0), deleted_message("Memo", 1)
    ('Deleted Memo.', 'Deleted Memo and its fact.')
    """
    return f"Deleted {name}{_and_its_facts(facts)}."


def _and_its_facts(facts: int) -> str:
    return "" if not facts else " and its fact" if facts == 1 else f" and its {facts:,} facts"


def review_caption(items: int) -> str:
    """The Review page's caption over its queue; the count only when there is something.

    >>> review_caption(1)[:32], review_caption(0)[:32]
    ('1 item to look at, most conseque', 'What needs a look, most conseque')
    """
    lead = f"{plural(items, 'item')} to look at" if items else "What needs a look"
    return (
        f"{lead}, most consequential first: sources that disagree, sizes that differ from "
        "Epoch AI's, sizes linked to no model, models with no organization. The sidebar "
        "filters narrow the models; sizes linked to no model are always listed. Each "
        "correction is kept apart from the documents and can be undone."
    )


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
    >>> fact_value({"kind": "alias", "relation": "formerly", "other": "Skylark-22B", "value": None})
    'formerly Skylark-22B'
    """
    from insights.charts import format_number

    value = fact.get("value")
    if fact.get("kind") == "released" and isinstance(value, (int, float)) and value == value:
        return f"{int(value) // 100}-{int(value) % 100:02d}"
    if fact.get("kind") in ("claim", "alias"):
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
