"""Claims: who outperforms whom, at what size, each with its sentence."""

import streamlit as st

import insights_ui as ui
from insights.views import plural


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
    view = ui.filtered_claims()
    relations = sorted(claims["relation"].dropna().unique())
    chosen = relation_ui(relations)
    if chosen:
        view = view[view["Claim"].isin(chosen)].reset_index(drop=True)
    if view.empty:
        st.warning("No claims match the filters. Clear the search or widen the ranges.")
        return
    st.caption(f"{len(view):,} of {plural(len(claims), 'claim')}.")
    number = st.column_config.NumberColumn(format="compact")
    ui.page_table(
        view,
        "claims",
        hide_index=True,
        placeholder="—",
        lazy=True,  # rows come as they scroll into view (at most 1,000 are sent at once)
        column_config={
            "Model size": number,
            "Their size": number,
            "Sentence": st.column_config.TextColumn(width="large"),
        },
    )
    ui.download_ui(
        f"Download {plural(len(view), 'claim')} (CSV)",
        view,
        "insights-claims.csv",
        key="claims_csv",
    )


main()
