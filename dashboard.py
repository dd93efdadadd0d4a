"""Insights dashboard: `streamlit run dashboard.py`.

The pages live in app_pages/, not pages/: a folder named pages/ next to this script turns
on Streamlit's older folder-based navigation, which can run a page without this entry script
(and so without the sidebar filters) when a page is opened by its hash, as AppTest does.
"""

import sys

import streamlit as st

PAGES = {
    "trends": ("app_pages/trends.py", "Trends", ":material/trending_up:"),
    "models": ("app_pages/models.py", "Models", ":material/table_chart:"),
    "claims": ("app_pages/claims.py", "Claims", ":material/compare_arrows:"),
    "review": ("app_pages/review.py", "Review", ":material/fact_check:"),
    "sources": ("app_pages/sources.py", "Sources", ":material/description:"),
}
PAGE_PARAMS = {
    "trends": ("ref", "moe", "window", "fit", "top"),
    "models": ("model",),
    "claims": ("relation",),
    "review": (),
    "sources": ("doc",),
}


def start_loading_plotly() -> st.delta_generator.DeltaGenerator:
    """On a server's first run, send a blank chart (10 pixels high) before any data.

    The browser fetches and evaluates plotly.js (4.7 MB; 1 to 3 s of a core) only when a
    chart first arrives; started now, that overlaps the server's imports and table build
    instead of following them. Once this process has imported insights_ui the page's charts
    follow within a fraction of a second, with nothing to overlap, so later sessions get no
    blank chart. The slot is made on every Trends run, so that the page's elements keep their
    places from run to run; the caller empties it before the page is drawn.
    """
    slot = st.empty()
    if "insights_ui" not in sys.modules:
        import plotly.graph_objects as go

        blank = go.Figure(layout={"height": 10, "margin": {"t": 0, "b": 0, "l": 0, "r": 0}})
        blank.update_xaxes(visible=False).update_yaxes(visible=False)
        slot.plotly_chart(blank, height=10, config={"displayModeBar": False, "staticPlot": True})
    return slot


def main() -> None:
    st.set_page_config(page_title="Insights: AI model-scale trends", page_icon="📈", layout="wide")
    pages = [
        st.Page(path, title=title, icon=icon, url_path=name, default=name == "trends")
        for name, (path, title, icon) in PAGES.items()
    ]
    page = st.navigation(pages)
    name = page.url_path or "trends"  # the default page's url_path is ""
    plotly_slot = start_loading_plotly() if name == "trends" else None
    # Imported here, after that chart is sent: pandas and the package take a second or more
    # to import on a server's first run.
    import insights_ui as ui

    ui.ensure_database()
    ui.drop_foreign_params(PAGE_PARAMS.get(name, ()))
    ui.filters_ui(ui.load_models())
    ui.link_notices()
    ui.stale_facts_notice()
    if plotly_slot is not None:
        plotly_slot.empty()
    page.run()


main()
