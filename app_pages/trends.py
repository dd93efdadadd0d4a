"""Trends: where models sit on parameters against training data, and how sizes grew."""

import streamlit as st

import insights_ui as ui
from insights.filters import model_years, to_query_params
from insights.views import match_caption, undrawn_note


def _parse_window(raw: list[str]) -> tuple[int, int] | None:
    try:
        low, high = (int(part) for part in raw[-1].split("-"))
    except (ValueError, IndexError):
        return None
    return (min(low, high), max(low, high))


def layers_ui() -> tuple[bool, str]:
    """The reference-layer and mixture-of-experts toggles, kept in the URL."""
    ui.url_to_state("t_ref", "ref", lambda raw: raw[-1] in ("1", "true", "yes"))
    ui.url_to_state("t_moe", "moe", lambda raw: raw[-1] == "active")
    left, right = st.columns(2)
    reference = left.toggle(
        "Epoch AI reference models",
        key="t_ref",
        help="Adds Epoch AI's notable language models as grey rings, for comparison.",
    )
    active = right.toggle(
        "Mixture-of-experts: active parameters",
        key="t_moe",
        help="For mixture-of-experts models, plot the parameters used per token instead of "
        "the total. Dense models are unchanged.",
    )
    ui.state_to_url("ref", "1" if reference else None)
    ui.state_to_url("moe", "active" if active else None)
    return reference, "active" if active else "total"


def window_ui(low: int, high: int) -> tuple[int, int]:
    """The years the trend is fitted over, kept in the URL."""
    ui.url_to_state("t_window", "window", _parse_window)
    if "t_window" in st.session_state:
        start, end = st.session_state["t_window"]
        clamped = (min(max(start, low), high), max(min(end, high), low))
        if clamped != (start, end):
            st.session_state["t_window"] = clamped
    # No default beside the Session State value (Streamlit warns about both); a tuple in
    # Session State makes it a range slider.
    st.session_state.setdefault("t_window", (low, high))
    window = st.slider("Fit the trend over", low, high, key="t_window")
    full = window == (low, high)
    ui.state_to_url("window", None if full else f"{window[0]}-{window[1]}")
    return window


def clicked_model(key: str) -> str | None:
    """The model of the point clicked in the chart ``key`` (reference points select nothing)."""
    from insights.charts import SELECTION

    event = st.session_state.get(key) or {}
    for point in (event.get("selection") or {}).get(SELECTION) or []:
        name = point.get("model") if isinstance(point, dict) else None
        if isinstance(name, str) and name:
            return name
    return None


def _open_clicked(key: str) -> None:
    st.session_state["_open_model"] = clicked_model(key)


def chart_ui(figure: dict, key: str):
    """A chart whose points open their model's facts on the Models page when clicked."""
    from insights.charts import SELECTION

    if not any(layer.get("params") for layer in figure.get("layer", [])):
        st.vega_lite_chart(figure, key=key, width="stretch")  # no model's point to click
        return
    st.vega_lite_chart(
        figure,
        key=key,
        on_select=lambda: _open_clicked(key),
        selection_mode=[SELECTION],
        width="stretch",
    )


def sample_ui() -> tuple[str, int]:
    """Which models the trend is fitted over, kept in the URL (``?fit=records``, ``&top=3``)."""
    from insights.charts import TREND_SAMPLES

    ui.url_to_state("t_fit", "fit", lambda raw: raw[-1] if raw[-1] in TREND_SAMPLES else None)
    ui.url_to_state("t_top", "top", _parse_top)
    st.session_state.setdefault("t_fit", "all")
    st.session_state.setdefault("t_top", 3)
    left, right = st.columns([3, 1])
    sample = left.radio(
        "Fit the trend through",
        list(TREND_SAMPLES),
        key="t_fit",
        format_func=TREND_SAMPLES.get,
        horizontal=True,
        help="All models; the record-setters, each larger than every model dated before it; "
        "or the largest few of each year. The fit's 95% interval and the number of models "
        "in it are shown above the chart.",
    )
    top = right.number_input(
        "Models per year", min_value=1, max_value=20, key="t_top", disabled=sample != "top"
    )
    ui.state_to_url("fit", None if sample == "all" else sample)
    ui.state_to_url("top", str(top) if sample == "top" and top != 3 else None)
    return sample, int(top)


def _parse_top(raw: list[str]) -> int | None:
    try:
        value = int(raw[-1])
    except ValueError:
        return None
    return value if 1 <= value <= 20 else None


def epoch_comparison(fit) -> str:
    """Epoch AI's published size trend beside this fit, with its source."""
    from insights.charts import EPOCH_TREND as epoch

    ours = (
        f"this fit doubles every {fit.doubling_months:.1f} months over {fit.n:,} models"
        if fit is not None and fit.doubling_months is not None
        else "this selection gives no growing trend to compare"
    )
    return (
        f"For comparison, Epoch AI's published figure: the parameters of notable ML systems "
        f"doubled about every {epoch['doubling_months']:.1f} months in {epoch['years']} "
        f"(95% CI {epoch['doubling_low']}–{epoch['doubling_high']}, {epoch['systems']} "
        f"systems; [{epoch['citation']}]({epoch['url']})); {ours} (set the window to "
        f"{epoch['years']} to compare like with like)."
    )


def main() -> None:
    if model := st.session_state.pop("_open_model", None):
        # The filters come along in the link, and are read from it again on arrival: a page
        # switch mid-run drops the sidebar widgets' state.
        link = to_query_params(ui.current_filters()) | {"model": model}
        st.session_state["_filters_seeded"] = False
        st.switch_page("app_pages/models.py", query_params=link)
    st.title("Model-scale trends")
    models = ui.load_models()
    if models.empty:
        st.info(ui.EMPTY_DATABASE)
        st.page_link("app_pages/sources.py", label="Add documents", icon=":material/upload_file:")
        return
    shown = ui.filtered_models()
    reference_on, mode = layers_ui()
    if shown.empty:
        st.warning(ui.NO_MATCH)
        return
    st.caption(
        f"{match_caption(len(shown), len(models))} Hover a point for the sentence each "
        "number comes from, click it for every fact behind the model; the download icon above "
        "a chart saves it as PNG."
    )

    st.subheader("Parameters against training tokens")
    data, figure = ui.scatter_figure(mode, reference_on)
    chart_ui(figure, "scatter")
    notes = [
        "Both axes are logarithmic. Dashed: Chinchilla-optimal training, about 20 tokens per "
        "parameter (Hoffmann et al., 2022). Dotted: equal training compute, C ≈ 6·N·D FLOP.",
    ]
    if data.missing:
        notes.append(undrawn_note(data.missing))
    st.caption(" ".join(notes))

    st.subheader("Parameters over time")
    years = model_years(shown).dropna()
    if years.empty:
        st.info("None of these models has a date, so there is no trend to draw.")
        return
    low, high = int(years.min()), int(years.max())
    window = window_ui(low, max(high, low + 1))
    sample, top = sample_ui()
    trend, figure = ui.trend_figure(
        mode, reference_on, (window[0], window[1] + 1), sample=sample, top=top
    )
    growth, doubling, count = st.columns(3)
    if trend.fit is not None:
        fit = trend.fit
        growth.metric(
            "Growth per year",
            f"×{fit.growth_per_year:.2g}",
            help=f"95% interval ×{fit.growth_low:.2g} to ×{fit.growth_high:.2g}",
            delta=f"95% CI ×{fit.growth_low:.2g}–×{fit.growth_high:.2g}",
            delta_color="off",
            delta_arrow="off",
        )
        if fit.doubling_months is not None:
            high_text = f"{fit.doubling_high:.1f}" if fit.doubling_high is not None else "unbounded"
            doubling.metric(
                "Doubling time",
                f"{fit.doubling_months:.1f} months",
                delta=f"95% CI {fit.doubling_low:.1f}–{high_text} months",
                delta_color="off",
                delta_arrow="off",
            )
        else:
            doubling.metric("Doubling time", "no growth")
        count.metric("Models in the fit", f"{fit.n:,}")
    else:
        growth.metric("Growth per year", "—")
        doubling.metric("Doubling time", "—")
        count.metric("Models in the fit", "fewer than 3")
    chart_ui(figure, "over_time")
    st.caption(
        "Logarithmic size axis. The trend is a least-squares line through log10(parameters) "
        f"against date for models dated {window[0]}–{window[1]} (shaded); the interval comes "
        "from the slope's standard error. The reference layer is drawn, not fitted."
    )
    if reference_on:
        st.caption(epoch_comparison(trend.fit))
        st.caption(ui.EPOCH_CITATION)


main()
