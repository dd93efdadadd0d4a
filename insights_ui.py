"""Streamlit helpers shared by the dashboard pages: the database, cached loaders, the sidebar
filters and the URL state. Everything that touches ``streamlit`` outside the pages lives here;
the ``insights`` package stays free of it.
"""

from __future__ import annotations

import sqlite3
import threading
import weakref
from collections.abc import Callable, Sequence
from pathlib import Path

import pandas as pd
import streamlit as st

from insights.charts import format_number
from insights.filters import (
    ORG,
    PARAMS_MAX,
    PARAMS_MIN,
    SEARCH,
    YEAR_FROM,
    YEAR_TO,
    Filters,
    apply_filters,
    bounded,
    from_query_params,
    model_years,
    to_query_params,
)
from insights.views import plural

MAX_UPLOAD_MB = 20
MAX_UPLOAD_BYTES = MAX_UPLOAD_MB * 1024 * 1024
DOCUMENT_SECONDS = 30.0  # reading and extracting one added document, else "took too long"
FILTER_PARAMS = (ORG, YEAR_FROM, YEAR_TO, PARAMS_MIN, PARAMS_MAX, SEARCH)
# The parameter slider's stops: 1M, 3M, 10M, ... 10T. Its two ends mean "no limit".
PARAMETER_STOPS = tuple(m * 10.0**e for e in range(6, 14) for m in (1, 3))[:-1]
EPOCH_CITATION = (
    "Reference layer: Epoch AI, “Data on Notable AI Models”, "
    "[epoch.ai/data/notable-ai-models](https://epoch.ai/data/notable-ai-models), CC BY 4.0."
)
EMPTY_DATABASE = (
    "The database has no models yet. Add newsletters, abstracts or blog posts on the "
    "**Sources** page and the facts extracted from them appear here."
)
NO_MATCH = "No models match the filters. Widen the date or size range, or clear the search."

_build_lock = threading.Lock()
_built: set[str] = set()
# Every fact of a data version, while the cache holds them: the models table takes its own
# from them instead of reading the database again.
_loaded_facts: weakref.WeakValueDictionary = weakref.WeakValueDictionary()


# --- the database ---------------------------------------------------------------------------


def db_path() -> str:
    """The database file this process uses (``$INSIGHTS_DB`` or data/insights.db)."""
    from insights.store import default_db_path

    return str(default_db_path())


def open_store():
    """A fresh connection to the database; close it (``with``) when done."""
    from insights.store import Store

    return Store(db_path())


def ensure_database() -> None:
    """Build the database from the bundled corpus on first use, showing progress."""
    path = db_path()
    if path in _built:
        return
    from insights.store import StoreError, corpus_build_pending

    with _build_lock:
        if path in _built:
            return
        try:
            with open_store() as store:
                if corpus_build_pending(store):  # a first build, or one a restart cut short
                    # Imported only here: the extractor takes half a second or more to
                    # import, and a built database never needs it to be shown.
                    from insights.ingest import ensure_corpus

                    bar = st.progress(0.0, text="Building the database from the bundled corpus…")

                    def progress(done: int, total: int | None) -> None:
                        share = done / total if total else 0.0
                        bar.progress(min(share, 1.0), text=f"Reading the corpus: {done}/{total}")

                    summary = ensure_corpus(store, progress=progress)
                    bar.empty()
                    if summary is not None:
                        st.toast(f"Database built: {summary}")
                        clear_caches()
                # Count writes from now on (data_version reads the count), so the models
                # table can be kept between server starts; a database that cannot be written
                # is still shown, with the table built on each start.
                try:
                    store.keep_built()
                except StoreError:
                    pass
        except StoreError as exc:
            st.error(f"The database could not be opened: {md_escape(exc)}")
            st.stop()
        _built.add(path)


def stale_facts_notice() -> None:
    """Offer to read every stored document again when the extractor has changed since."""
    from insights.store import StoreError

    try:
        with open_store() as store:
            stale = store.facts_are_stale()
    except StoreError:
        return  # ensure_database has already said what is wrong
    if not stale:
        return
    with st.container(border=True):
        st.info(
            "These facts were read by an earlier version of the extractor. Reading the stored "
            "documents again brings them up to date; the documents themselves do not change.",
            icon=":material/update:",
        )
        if st.button("Read all documents again", key="reextract", icon=":material/refresh:"):
            bar = st.progress(0.0, text="Reading the documents again…")

            def progress(done: int, total: int) -> None:
                bar.progress(done / total if total else 1.0, text=f"Reading again: {done}/{total}")

            with open_store() as store:
                facts = store.reextract(progress=progress)
            bar.empty()
            clear_caches()
            st.toast(f"Documents read again: {plural(facts, 'fact')}")
            st.rerun()


GENERATION = "built_generation"  # insights.store.GENERATION, without importing the store


def data_version(path: str) -> tuple:
    """A cheap fingerprint of the database's contents, so caches follow other writers (and a
    re-extraction, which keeps the documents but stamps another extractor)."""
    if not Path(path).exists():
        return (0, 0, 0, None, None, None)
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return tuple(
            conn.execute(
                "SELECT (SELECT count(*) FROM documents), (SELECT coalesce(max(id), 0)"
                " FROM documents), (SELECT count(*) FROM facts),"
                " (SELECT value FROM meta WHERE key = 'extractor'),"
                # Ids are never reused: an undo lowers the count, a new correction the max.
                " (SELECT count(*) || ':' || coalesce(max(id), 0) FROM corrections),"
                # Every write to documents, facts and corrections, by anyone, counted by the
                # triggers ensure_database sets (Store.keep_built); last, for _models.
                " (SELECT value FROM meta WHERE key = ?)",
                (GENERATION,),
            ).fetchone()
        )
    except sqlite3.DatabaseError:
        return (0, 0, 0, None, None, None)
    finally:
        conn.close()


# Cached as resources: the frames are shared, never copied, and must not be modified.
@st.cache_resource(show_spinner="Loading facts…", max_entries=2)
def _facts(path: str, version: tuple) -> pd.DataFrame:
    from insights.store import Store

    with Store(path) as store:
        facts = store.facts()
    _loaded_facts[(path, version)] = facts
    return facts


@st.cache_resource(show_spinner="Building the models table…", max_entries=2)
def _built_models(path: str, version: tuple) -> tuple[pd.DataFrame, dict]:
    from insights.store import Store
    from insights.table.corrections import build_corrected
    from insights.tables import TABLE_KINDS

    # Only sizes and release dates make model rows (claims are skipped there): read just
    # those, unless every fact is loaded already. Trends and the Models table need no
    # other (over 100,000 facts, 0.5 s instead of 1 to 1.5 s). Row-wise work reads plain
    # Python strings much faster than Arrow-backed ones.
    facts = _loaded_facts.get((path, version))
    if facts is not None:
        table_facts = facts[facts["kind"].isin(list(TABLE_KINDS))]
    else:
        with Store(path) as store:
            table_facts = store.facts(kinds=TABLE_KINDS)
    return build_corrected(table_facts.astype(object), _corrections(path, version))


@st.cache_resource(show_spinner=False, max_entries=2)
def _corrections(path: str, version: tuple) -> tuple:
    from insights.store import Store

    with Store(path) as store:
        return tuple(store.corrections())


def load_corrections() -> tuple:
    """Every stored correction (``insights.corrections.Correction``), oldest first."""
    path = db_path()
    return _corrections(path, data_version(path))


@st.cache_resource(show_spinner="Finding what needs a look…", max_entries=2)
def _review_queue(path: str, version: tuple) -> list:
    from insights.review import review_queue

    table, behind = _built_models(path, version)
    return review_queue(table, behind, _facts(path, version), _corrections(path, version))


def load_review_queue() -> list:
    """What needs a person's look (``insights.review.ReviewItem``), most consequential first."""
    path = db_path()
    return _review_queue(path, data_version(path))


def save_correction(correction) -> int:
    """Store a correction (``CorrectionError`` when it is incomplete); returns its id."""
    with open_store() as store:
        correction_id = store.add_correction(correction)
    clear_caches()
    return correction_id


def undo_correction(correction_id: int) -> bool:
    """Delete a correction; False when it was already gone."""
    with open_store() as store:
        undone = store.undo_correction(correction_id)
    clear_caches()
    return undone


@st.cache_resource(show_spinner="Loading the models table…", max_entries=2)
def _models(path: str, version: tuple) -> pd.DataFrame:
    """The models table: as the database keeps it when it is of the data as it is now (a
    server's first run reads it instead of reading the facts and building it), else built
    and kept. What the rows were built from (``_built_models``) is built when a page asks."""
    from insights.built import kept_table
    from insights.store import Store

    # The count of writes in ``version`` was read before any fact loaded for it: the table
    # is kept only when nothing was written since.
    generation = int(version[-1]) if version[-1] is not None else None
    with Store(path) as store:
        return kept_table(store, "models", lambda: _built_models(path, version)[0], generation)


@st.cache_resource(show_spinner=False, max_entries=2)
def _claims(path: str, version: tuple) -> pd.DataFrame:
    from insights.tables import claims_table

    return claims_table(_facts(path, version))


@st.cache_resource(show_spinner=False, max_entries=8)
def _claims_view(path: str, version: tuple, filters: Filters) -> pd.DataFrame:
    from insights.views import claims_view

    return claims_view(_claims(path, version), _models(path, version), filters)


def filtered_claims() -> pd.DataFrame:
    """The claims table narrowed to the sidebar filters, with both models' sizes."""
    path = db_path()
    return _claims_view(path, data_version(path), current_filters())


@st.cache_resource(show_spinner=False, max_entries=2)
def _documents(path: str, version: tuple) -> pd.DataFrame:
    from insights.store import Store

    with Store(path) as store:
        return store.documents()


@st.cache_resource(show_spinner=False, max_entries=2)
def _model_keys(path: str, version: tuple) -> pd.Series:
    """Each fact's model under the key the models table merges names by."""
    from insights.extract.reference import find_model, model_key

    names = _facts(path, version)["model"]
    keys = {}
    for name in names.dropna().unique():
        ref = find_model(name)
        keys[name] = model_key(ref.model if ref is not None else name)
    return names.map(keys)


def load_facts() -> pd.DataFrame:
    path = db_path()
    return _facts(path, data_version(path))


# Pages that read every fact: loaded before the models table, which then takes its facts
# from them rather than from the database a second time.
EVERY_FACT_PAGES = ("claims", "review", "sources")


def load_for_page(name: str) -> pd.DataFrame:
    """The models table, after every fact when page ``name`` reads them too."""
    if name in EVERY_FACT_PAGES:
        load_facts()
    return load_models()


def load_models() -> pd.DataFrame:
    path = db_path()
    return _models(path, data_version(path))


def load_claims() -> pd.DataFrame:
    path = db_path()
    return _claims(path, data_version(path))


def load_documents() -> pd.DataFrame:
    path = db_path()
    return _documents(path, data_version(path))


def facts_for_model(model: str) -> pd.DataFrame:
    """The stored facts a models-table row was built from; for a name the table has no row
    for, every fact whose model is that name or a known alias of it."""
    from insights.extract.reference import find_model, model_key
    from insights.tables import facts_behind

    path = db_path()
    version = data_version(path)
    facts = _facts(path, version)
    behind = facts_behind(_built_models(path, version)[1], facts, model)
    if not behind.empty:
        # The claims its spellings make, beside the facts its values came from.
        claims = facts[(facts["kind"] == "claim") & facts["model"].isin(set(behind["model"]))]
        return pd.concat([behind, claims]).sort_index()
    ref = find_model(model)
    key = model_key(ref.model if ref is not None else model)
    return facts[(_model_keys(path, version) == key).to_numpy()]


def model_row(model: str) -> dict | None:
    """The models-table row of a model, as a dict; None when the table has none."""
    models = load_models()
    rows = models[models["model"] == model]
    return rows.iloc[0].to_dict() if len(rows) else None


@st.cache_resource(show_spinner=False)
def reference_frame() -> pd.DataFrame:
    """Epoch AI's language models, as a frame the sidebar filters apply to."""
    try:
        from insights.extract.reference import load_reference
    except ImportError:
        return pd.DataFrame(columns=["model", "organization", "date", "parameters"])
    rows = [r for r in load_reference() if "Language" in (r.domain or "") and r.parameters]
    return pd.DataFrame(
        {
            "model": [r.model for r in rows],
            "organization": [r.organization for r in rows],
            "date": [r.date for r in rows],
            "parameters": [r.parameters for r in rows],
            "training_data_size": [r.training_data_size for r in rows],
        }
    )


# Charts are cached per data version and view: re-runs that change nothing else are cheap.
@st.cache_resource(show_spinner="Drawing…", max_entries=8)
def _scatter_figure(
    path: str, version: tuple, filters: Filters, mode: str, reference: Filters | None
):
    from insights.charts import organization_colors, params_vs_tokens_figure, scatter_data

    models = apply_filters(_models(path, version), filters)
    refs = _reference_rows(reference) if reference is not None else None
    data = scatter_data(models, parameter_mode=mode, reference=refs)
    return data, params_vs_tokens_figure(data, organization_colors())


@st.cache_resource(show_spinner="Drawing…", max_entries=8)
def _trend_figure(
    path: str,
    version: tuple,
    filters: Filters,
    mode: str,
    reference: Filters | None,
    window: tuple,
    sample: tuple[str, int],
):
    from insights.charts import organization_colors, params_over_time_figure, size_trend

    models = apply_filters(_models(path, version), filters)
    refs = _reference_rows(reference) if reference is not None else None
    trend = size_trend(
        models,
        start=window[0],
        end=window[1],
        parameter_mode=mode,
        reference=refs,
        sample=sample[0],
        top=sample[1],
    )
    return trend, params_over_time_figure(trend, organization_colors())


def _reference_rows(filters: Filters) -> list:
    return list(apply_filters(reference_frame(), filters).itertuples(index=False))


def scatter_figure(mode: str, reference: bool):
    """The parameters-against-tokens record and figure for the current filters."""
    path = db_path()
    bounds = reference_filters() if reference else None
    return _scatter_figure(path, data_version(path), current_filters(), mode, bounds)


def trend_figure(
    mode: str, reference: bool, window: tuple[float, float], *, sample: str = "all", top: int = 3
):
    """The size-over-time record and figure for the current filters, fit window and sample."""
    path = db_path()
    bounds = reference_filters() if reference else None
    version = data_version(path)
    return _trend_figure(path, version, current_filters(), mode, bounds, window, (sample, top))


def clear_caches() -> None:
    """Forget loaded tables after this process wrote to the database."""
    for loader in (_facts, _built_models, _models, _claims, _claims_view, _documents,
                   _model_keys, _scatter_figure, _trend_figure, _corrections,
                   _review_queue):  # fmt: skip
        loader.clear()


# --- URL state ------------------------------------------------------------------------------


def url_to_state(key: str, param: str, parse: Callable[[list[str]], object | None]) -> None:
    """Before a page widget is drawn: adopt the URL's value when the URL changed under us.

    That happens when a link is opened or followed; otherwise the widget keeps its state.
    """
    raw = st.query_params.get_all(param)
    if raw == st.session_state.get(f"_url_{param}", []):
        return
    st.session_state[f"_url_{param}"] = raw
    value = parse(raw) if raw else None
    if value is not None:
        st.session_state[key] = value
    elif key in st.session_state:
        del st.session_state[key]


def state_to_url(param: str, values: Sequence[str] | str | None) -> None:
    """After a widget is drawn: write its value to the URL (None or empty removes it)."""
    values = [values] if isinstance(values, str) else list(values or [])
    st.session_state[f"_url_{param}"] = values
    if st.query_params.get_all(param) == values:
        return
    if values:
        st.query_params[param] = values if len(values) > 1 else values[0]
    elif param in st.query_params:
        del st.query_params[param]


def drop_foreign_params(keep: Sequence[str]) -> None:
    """Remove URL parameters that belong to no widget on this page."""
    for param in list(st.query_params.keys()):
        if param not in keep and param not in FILTER_PARAMS:
            del st.query_params[param]


# --- sidebar filters ------------------------------------------------------------------------


def _organization_options(models: pd.DataFrame) -> tuple[list[str], dict[str, int]]:
    counts = models["organization"].dropna().value_counts().to_dict()
    return sorted(counts, key=str.casefold), counts


def _year_bounds(models: pd.DataFrame) -> tuple[int, int] | None:
    years = model_years(models).dropna()
    if years.empty:
        return None
    low, high = int(years.min()), int(years.max())
    return (low, max(high, low + 1))


def _snap_down(value: float) -> float:
    return max([s for s in PARAMETER_STOPS if s <= value * 1.0001] or [PARAMETER_STOPS[0]])


def _snap_up(value: float) -> float:
    return min([s for s in PARAMETER_STOPS if s >= value / 1.0001] or [PARAMETER_STOPS[-1]])


def _seed_filters_from_url(organizations: list[str], years: tuple[int, int] | None) -> None:
    """On a session's first run, put the link's filters into the widgets."""
    from insights.extract.organizations import canonical_organization

    if st.session_state.get("_filters_seeded"):
        return
    st.session_state["_filters_seeded"] = True
    wanted = from_query_params(st.query_params.to_dict() | {ORG: st.query_params.get_all(ORG)})
    known = {o.casefold(): o for o in organizations}
    picked, unknown = [], []
    for name in wanted.organizations:
        match = known.get(name.casefold()) or known.get(
            (canonical_organization(name) or "").casefold()
        )
        (picked if match else unknown).append(match or name)
    if picked:
        st.session_state["f_org"] = list(dict.fromkeys(picked))
    st.session_state["_unknown_orgs"] = unknown
    st.session_state["_linked_orgs"] = list(dict.fromkeys(picked))
    if years is not None and (wanted.year_from is not None or wanted.year_to is not None):
        low = years[0] if wanted.year_from is None else wanted.year_from
        high = years[1] if wanted.year_to is None else wanted.year_to
        st.session_state["f_years"] = (min(low, high), max(low, high))
    if wanted.params_min is not None or wanted.params_max is not None:
        low = PARAMETER_STOPS[0] if wanted.params_min is None else _snap_down(wanted.params_min)
        high = PARAMETER_STOPS[-1] if wanted.params_max is None else _snap_up(wanted.params_max)
        # Given as the widget's first value, not written to its key: see filters_ui.
        st.session_state["_f_params_seed"] = (min(low, high), max(low, high))
    if wanted.search:
        st.session_state["f_q"] = wanted.search


def _set_if_changed(key: str, value) -> None:
    """Write widget state only when it changes: every write counts as a new value."""
    if st.session_state.get(key) != value:
        st.session_state[key] = value


def _clear_filters() -> None:
    for key in ("f_org", "f_years", "f_params", "f_q"):
        st.session_state.pop(key, None)


def filters_ui(models: pd.DataFrame) -> Filters:
    """Draw the sidebar filters, keep them in the URL, and return the choices."""
    organizations, counts = _organization_options(models)
    years = _year_bounds(models)
    _seed_filters_from_url(organizations, years)
    state = st.session_state
    # Keep stored choices valid when the data changed under them (an upload, a deletion).
    _set_if_changed("f_org", [o for o in state.get("f_org", []) if o in counts])
    if years is not None and "f_years" in state:
        low, high = state["f_years"]
        low, high = min(max(low, years[0]), years[1]), max(min(high, years[1]), years[0])
        _set_if_changed("f_years", (low, high))
    # The range widgets take their value from Session State alone: a default given beside a
    # value written through Session State makes Streamlit log a warning on every such run.
    if years is not None:
        state.setdefault("f_years", years)
    # A select slider cannot take a range from Session State alone, so its value written
    # there never comes with a default: the link's range is its default on the first run.
    params_default = state.pop("_f_params_seed", (PARAMETER_STOPS[0], PARAMETER_STOPS[-1]))

    with st.sidebar:
        st.header("Filters")
        chosen_orgs = st.multiselect(
            "Organization",
            organizations,
            key="f_org",
            format_func=lambda o: f"{o} ({counts[o]})",
            placeholder="All organizations",
        )
        if state.get("_unknown_orgs"):
            names = ", ".join(md_escape(o) for o in state["_unknown_orgs"])
            st.caption("Not in the data, ignored: " + names)
        if years is not None:
            year_range = st.slider("Date (year)", years[0], years[1], key="f_years")
        else:
            year_range = None
        params = st.select_slider(
            "Parameters",
            options=PARAMETER_STOPS,
            value=params_default,
            key="f_params",
            format_func=format_number,
            help="The ends of the slider mean no limit. Undated or unsized models are kept "
            "until a bound is set.",
        )
        search = st.text_input("Search model names", key="f_q", placeholder="e.g. llama")
        filters = Filters(
            organizations=tuple(chosen_orgs),
            year_from=year_range[0] if year_range and year_range[0] > years[0] else None,
            year_to=year_range[1] if year_range and year_range[1] < years[1] else None,
            params_min=params[0] if params[0] > PARAMETER_STOPS[0] else None,
            params_max=params[1] if params[1] < PARAMETER_STOPS[-1] else None,
            search=search.strip(),
        )
        if filters.active:
            st.button("Clear filters", on_click=_clear_filters, width="stretch")
        st.caption("The address bar keeps these filters: copy it to share this view.")

    wanted = to_query_params(filters)
    for param in FILTER_PARAMS:
        state_to_url(param, wanted.get(param))
    state["filters"] = filters
    state["reference_filters"] = bounded(filters, years, (PARAMETER_STOPS[0], PARAMETER_STOPS[-1]))
    return filters


def current_filters() -> Filters:
    """The filters the sidebar set on this run."""
    return st.session_state.get("filters", Filters())


def reference_filters() -> Filters:
    """The filters for the reference layer: the sliders' shown ends bound it too."""
    return st.session_state.get("reference_filters", current_filters())


def link_notices() -> None:
    """Above the page: say which organizations in the opened link are not in the data."""
    unknown = st.session_state.get("_unknown_orgs")
    if unknown and st.session_state.get("f_org", []) != st.session_state.get("_linked_orgs"):
        del st.session_state["_unknown_orgs"]  # the organization filter changed since
    elif unknown:
        names = ", ".join(f"“{md_escape(name)}”" for name in unknown)
        st.warning(
            f"The link names {'an organization' if len(unknown) == 1 else 'organizations'} "
            f"not in the data, so {'it is' if len(unknown) == 1 else 'they are'} left out of "
            f"the filters: {names}.",
            icon=":material/link_off:",
        )


def filtered_models() -> pd.DataFrame:
    """The models table narrowed to the sidebar filters."""
    return apply_filters(load_models(), current_filters())


# --- tables ---------------------------------------------------------------------------------

# st.dataframe draws its header and each row 35 px high inside a 1 px border. A table wider
# than the page gets a horizontal scrollbar that takes its height from the rows: without room
# for it, a table sized to its rows hides most of its last one; with too much, an empty strip
# shows under the last row. Streamlit asks for thin scrollbars (``scrollbar-width: thin``):
# 10 px in Chromium here (15 without), 8 in Firefox, 6 in Safari. Room for 11 leaves a pixel
# at most, and a whole last row where a thin bar is a pixel thicker.
ROW_PX, FRAME_PX, SCROLLBAR_PX = 35, 2, 11
# A page's main table is as tall as its rows up to this, and never taller than the window
# (PAGE_TABLE_STYLE): a long one fills the window, a short one no more than its rows.
PAGE_TABLE_PX = 2400
PAGE_TABLE_KEY = "page_table_"
PAGE_TABLE_STYLE = (
    # The element's box and the frame Streamlit sizes inside it, in a container keyed
    # page_table_*; 6rem leaves Streamlit's top bar and a margin in view. Not the frame
    # that goes full screen: that one is the window's size.
    "<style>"
    + ", ".join(
        f'[class*="st-key-{PAGE_TABLE_KEY}"] {inner}'
        for inner in ('[data-testid="stElementContainer"]', '[data-testid="stDataFrame"] > div')
    )
    + " { max-height: calc(100vh - 6rem) !important; }"
    # Every table's scrollbars on the cells' colour, always shown: Streamlit's are transparent
    # until hovered, and under a transparent one the grid's lines read as an empty last row.
    + ' [data-testid="stDataFrame"] .dvn-scroller'
    + " { scrollbar-color: var(--gdg-text-light) var(--gdg-bg-cell); }</style>"
)


def table_height(rows: int, cap: int = PAGE_TABLE_PX) -> int:
    """Pixels for a table of ``rows`` rows to show every one, up to ``cap``.

    >>> table_height(0), table_height(4), table_height(10_000)
    (83, 188, 2400)
    """
    return min(ROW_PX * (max(rows, 1) + 1) + FRAME_PX + SCROLLBAR_PX, cap)


# A cell's text at the table's 14 px font: about 8 px a character at most for names (digits,
# capitals), and 24 px of padding and sort mark; wide enough for "Stable Diffusion XL 1.0 6.6B".
CHAR_PX, CELL_PADDING_PX = 8, 24


def text_width(values: Sequence[str], floor: int = 100, cap: int = 300) -> int:
    """Pixels for a text column to show its longest value whole, between ``floor`` and ``cap``.

    The table sizes a column by the first rows it draws, so a long name further down is cut.

    >>> text_width(["GPT-2"]), text_width(["Llama 3.1 405B"]), text_width(["x" * 80])
    (100, 136, 300)
    """
    longest = max((len(str(v)) for v in values), default=0)
    return max(floor, min(cap, CHAR_PX * longest + CELL_PADDING_PX))


def page_table(frame: pd.DataFrame, name: str, **options) -> None:
    """A page's main table: every row of a short one shown, a long one as tall as the window.

    ``options`` go to ``st.dataframe``; ``PAGE_TABLE_STYLE`` (sent once a run by the
    dashboard) bounds the height by the window's, which the server does not know.
    """
    with st.container(key=PAGE_TABLE_KEY + name):
        st.dataframe(frame, height=table_height(len(frame)), **options)


# --- small shared widgets -------------------------------------------------------------------


def download_ui(label: str, view: pd.DataFrame, file_name: str, *, key: str) -> None:
    """A CSV download button for exactly the rows on screen, written when it is clicked."""
    from functools import partial

    from insights.views import table_csv

    st.download_button(
        label,
        data=partial(table_csv, view),
        file_name=file_name,
        mime="text/csv",
        key=key,
        icon=":material/download:",
        on_click="ignore",
    )


def md_escape(text) -> str:
    r"""Text from a document, made inert for Streamlit markdown (labels, captions).

    >>> print(md_escape("**GPT-4** [link](x)"))
    \*\*GPT\-4\*\* \[link\]\(x\)
    """
    import re

    return re.sub(r"([\\`*_{}\[\]()#+\-.!|~<>$:])", r"\\\1", str(text or "")).replace("\n", " ")
