"""Claims: who outperforms whom, at what size, each with its sentence."""

import pandas as pd
import streamlit as st

import insights_ui as ui
from insights.filters import filter_organizations, filter_parameters, filter_years

COLUMNS = {
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


def _sizes(models: pd.DataFrame) -> dict[str, float]:
    from insights.reference import model_key

    known = models.dropna(subset=["parameters"])
    return {model_key(m): p for m, p in zip(known["model"], known["parameters"], strict=True)}


def claims_view(claims: pd.DataFrame, models: pd.DataFrame, filters) -> pd.DataFrame:
    """Claims narrowed to the sidebar filters, with both models' sizes where known."""
    from insights.reference import model_key

    sizes = _sizes(models)

    def size(name) -> float | None:
        return sizes.get(model_key(name)) if isinstance(name, str) and name else None

    frame = claims.assign(
        subject_parameters=claims["subject"].map(size).astype(float),
        other_parameters=claims["other"].map(size).astype(float),
    )
    frame = filter_organizations(frame, filters.organizations)
    frame = filter_years(frame, filters.year_from, filters.year_to)
    frame = filter_parameters(
        frame.assign(parameters=frame["subject_parameters"]),
        filters.params_min,
        filters.params_max,
    )
    if filters.search:
        text = filters.search.casefold()
        names = frame["subject"].fillna("") + "\n" + frame["other"].fillna("")
        frame = frame[names.str.casefold().str.contains(text, regex=False).to_numpy(dtype=bool)]
    return frame.reindex(columns=list(COLUMNS)).rename(columns=COLUMNS).reset_index(drop=True)


def claims_csv(view: pd.DataFrame) -> bytes:
    """The CSV download: exactly the claims on screen."""
    from insights.export import to_csv

    return to_csv(view)


def relation_ui(relations: list[str]) -> list[str]:
    """Which kinds of claim to show, kept in the URL."""
    ui.url_to_state("c_relation", "relation", lambda raw: [r for r in raw if r in relations])
    st.session_state["c_relation"] = [
        r for r in st.session_state.get("c_relation", []) if r in relations
    ]
    chosen = st.multiselect(
        "Kind of claim", relations, key="c_relation", placeholder="All kinds of claim"
    )
    ui.state_to_url("relation", chosen)
    return chosen


def main() -> None:
    st.title("Claims")
    st.caption("Comparative claims the sources make: who outperforms or matches whom.")
    claims = ui.load_claims()
    if claims.empty:
        st.info(
            "No comparative claims yet. Sentences such as “Chinchilla outperforms Gopher” "
            "become claims when their documents are added on the **Sources** page."
        )
        return
    view = claims_view(claims, ui.load_models(), ui.current_filters())
    relations = sorted(claims["relation"].dropna().unique())
    chosen = relation_ui(relations)
    if chosen:
        view = view[view["Claim"].isin(chosen)].reset_index(drop=True)
    if view.empty:
        st.warning("No claims match the filters. Clear the search or widen the ranges.")
        return
    st.caption(f"{len(view):,} of {len(claims):,} claims.")
    number = st.column_config.NumberColumn(format="compact")
    st.dataframe(
        view,
        hide_index=True,
        column_config={
            "Model size": number,
            "Their size": number,
            "Sentence": st.column_config.TextColumn(width="large"),
        },
    )
    ui.download_ui(
        f"Download these {len(view):,} claims (CSV)",
        claims_csv(view),
        "insights-claims.csv",
        key="claims_csv",
    )


main()
