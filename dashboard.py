"""Insights dashboard: `streamlit run dashboard.py`.

The pages live in app_pages/, not pages/: a folder named pages/ next to this script turns
on Streamlit's older folder-based navigation, which can run a page without this entry script
(and so without the sidebar filters) when a page is opened by its hash, as AppTest does.
"""

import gc
import sys
from contextlib import contextmanager

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


def start_loading_charts() -> st.delta_generator.DeltaGenerator:
    """On a session's first run, send a blank chart (one pixel high) before any data.

    The browser fetches and evaluates Vega (0.8 MB) only when a chart first arrives; started
    now, that overlaps the server's imports and table build instead of following them (on a
    warm server too: there the data is ready sooner than the browser has Vega). The slot is
    made on every Trends run, so that the page's elements keep their places from run to run;
    the caller empties it before the page is drawn.
    """
    slot = st.empty()
    if not st.session_state.get("_charts_loading"):
        st.session_state["_charts_loading"] = True
        # No data: nothing for the server to convert, and nothing for the browser to draw.
        slot.vega_lite_chart({"mark": "point", "height": 1}, width="stretch")
    return slot


@contextmanager
def first_run_heap():
    """On the process's first run (nothing of ours imported yet), no cycle collection until
    the models table is loaded, and what the process then holds is frozen out of later ones.

    The server's objects, the imports (pandas, the package) and the table live as long as
    the process, and each full collection walks every object alive: on a first run two or
    three such walks took 0.25 s on the bundled data and 0.7 s over 10,000 models, before
    the first chart. Frozen objects are still freed when nothing refers to them; later
    runs and sessions are collected as usual.
    """
    if "insights_ui" in sys.modules:
        yield
        return
    gc.freeze()
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if enabled:
            gc.enable()


def main() -> None:
    with first_run_heap():
        st.set_page_config(
            page_title="Insights: AI model-scale trends", page_icon="📈", layout="wide"
        )
        pages = [
            st.Page(path, title=title, icon=icon, url_path=name, default=name == "trends")
            for name, (path, title, icon) in PAGES.items()
        ]
        page = st.navigation(pages)
        name = page.url_path or "trends"  # the default page's url_path is ""
        chart_slot = start_loading_charts() if name == "trends" else None
        # Imported here, after that chart is sent: pandas and the package take a second or
        # more to import on a server's first run.
        import insights_ui as ui

        st.html(ui.PAGE_TABLE_STYLE)  # style only: it takes no room on the page
        ui.ensure_database()
        ui.drop_foreign_params(PAGE_PARAMS.get(name, ()))
        ui.filters_ui(ui.load_for_page(name))
    ui.link_notices()
    ui.stale_facts_notice()
    if chart_slot is not None:
        chart_slot.empty()
    page.run()


# Streamlit runs this file as "__main__"; a worker process that multiprocessing spawns (the
# cluster path's Dask workers) runs its parent's main module as "__mp_main__", and must not
# draw the app, nor build the database, there.
if __name__ == "__main__":
    main()
