"""Charts over the models table: pure records first, then Vega-Lite figures.

Each chart is two steps, as in optuna's visualization module: a function that prepares a
small frozen record from the models DataFrame (``scatter_data``, ``size_trend``), and a
function that turns the record into a figure (``params_vs_tokens_figure``,
``params_over_time_figure``). Empty input gives an empty figure with a title.

A figure is a Vega-Lite specification (a dict) for ``st.vega_lite_chart``: its points travel
as ``datasets`` of pandas frames, which Streamlit sends as Arrow. Vega-Lite, not plotly.js:
the browser loads and evaluates Vega in a fifth of a second, where plotly.js (4.7 MB) took
one to three seconds of a core before the first chart could be drawn.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

# Chinchilla (Hoffmann et al. 2022): compute-optimal training uses about 20 tokens per parameter.
CHINCHILLA_TOKENS_PER_PARAMETER = 20.0
# Training compute of a dense transformer, C ≈ 6·N·D FLOP (Kaplan et al. 2020).
FLOP_PER_PARAMETER_TOKEN = 6.0
OTHER_ORGANIZATIONS = "Other organizations"
UNKNOWN_ORGANIZATION = "Unknown organization"
REFERENCE_NAME = "Epoch AI reference"
REFERENCE_SOURCE = "Epoch AI, Notable AI Models (CC BY 4.0)"
# Above this many points a chart is drawn on a canvas, below it as SVG (each point an
# element of the page, which a browser test can click). Streamlit makes the same cut.
CANVAS_THRESHOLD = 2000
# The tooltip shows five lines of a value: a sentence is clipped where they end.
EVIDENCE_CHARS = 200

# One fixed colour per large organization (the most frequent in Epoch AI's language models
# and in the bundled corpus), so a colour means the same organization on every page, whatever
# the filters or toggles. Every other organization is grey: a colour that depended on which
# organizations happen to be shown would change meaning as the filters change.
ORGANIZATION_COLORS = {
    "Google": "#4C78A8",
    "Meta": "#F58518",
    "OpenAI": "#54A24B",
    "DeepMind": "#E45756",
    "Microsoft": "#B279A2",
    "Alibaba": "#FF9DA6",
    "Mistral AI": "#EECA3B",
    "DeepSeek": "#17BECF",
    "Allen Institute for AI": "#9D755D",
    "NVIDIA": "#BCBD22",
    "Anthropic": "#1F3A93",
}
OTHER_COLOR, UNKNOWN_COLOR = "#8C8C8C", "#C7C7C7"

SUFFIXES = ((1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "K"))

# Two-sided 95% quantiles of Student's t by degrees of freedom; 1.96 beyond the table.
T_975 = {
    1: 12.706, 2: 4.303, 3: 3.182, 4: 2.776, 5: 2.571, 6: 2.447, 7: 2.365, 8: 2.306,
    9: 2.262, 10: 2.228, 11: 2.201, 12: 2.179, 13: 2.160, 14: 2.145, 15: 2.131,
    16: 2.120, 17: 2.110, 18: 2.101, 19: 2.093, 20: 2.086, 22: 2.074, 24: 2.064,
    26: 2.056, 28: 2.048, 30: 2.042, 40: 2.021, 60: 2.000, 120: 1.980,
}  # fmt: skip


def format_number(value: float | None) -> str:
    """A number as people write model sizes: three significant digits and a K/M/B/T suffix.

    >>> format_number(7e10)
    '70B'
    >>> format_number(1.4e12)
    '1.4T'
    >>> format_number(1.75e11)
    '175B'
    >>> format_number(125e6)
    '125M'
    >>> format_number(999.9e9)
    '1T'
    >>> format_number(3.14e23)
    '3.1e23'
    >>> format_number(12)
    '12'
    >>> format_number(None)
    ''
    >>> format_number(float("nan"))
    ''
    """
    if value is None:
        return ""
    try:
        value = float(value)
    except (TypeError, ValueError):
        return ""
    if math.isnan(value):
        return ""
    if math.isinf(value):
        return "∞" if value > 0 else "-∞"
    sign = "-" if value < 0 else ""
    rounded = float(f"{abs(value):.3g}")
    if rounded >= 1e15:
        mantissa, exponent = f"{rounded:.1e}".split("e")
        return f"{sign}{mantissa.removesuffix('.0')}e{int(exponent)}"
    for threshold, suffix in SUFFIXES:
        if rounded >= threshold:
            return f"{sign}{rounded / threshold:.3g}{suffix}"
    return f"{sign}{rounded:.3g}"


SUPERSCRIPTS = str.maketrans("0123456789-", "⁰¹²³⁴⁵⁶⁷⁸⁹⁻")


def format_power(value: float | None) -> str:
    """A large count (FLOP) in powers of ten, as people print it: two significant digits.

    >>> format_power(5.8e23), format_power(1e21), format_power(3.14e15), format_power(None)
    ('5.8×10²³', '10²¹', '3.1×10¹⁵', '')
    """
    try:
        value = float(value)
    except (TypeError, ValueError):
        return ""
    if not math.isfinite(value) or value <= 0:
        return ""
    mantissa, exponent = f"{value:.1e}".split("e")
    power = "10" + str(int(exponent)).translate(SUPERSCRIPTS)
    mantissa = mantissa.removesuffix(".0")
    return power if mantissa == "1" else f"{mantissa}×{power}"


def fractional_year(dates: Iterable) -> np.ndarray:
    """Dates as fractional years (2020-07-02 is about 2020.5); NaN where unknown.

    >>> fractional_year(["2020-01-01", None]).round(2).tolist()
    [2020.0, nan]
    """
    stamps = pd.to_datetime(pd.Series(list(dates), dtype=object), errors="coerce", format="mixed")
    stamps = stamps.dt.tz_localize(None) if stamps.dt.tz is not None else stamps
    days = np.where(stamps.dt.is_leap_year, 366.0, 365.0)
    return (stamps.dt.year + (stamps.dt.day_of_year - 1) / days).to_numpy(dtype=float)


def _iso_date(value) -> str | None:
    """A date as "YYYY-MM-DD" (the first of the month or year when only those are known).

    >>> _iso_date("2020-05"), _iso_date("2020-05-28T10:00:00"), _iso_date("soon")
    ('2020-05-01', '2020-05-28', None)
    """
    stamp = pd.to_datetime(value, errors="coerce", format="mixed") if value else pd.NaT
    return None if pd.isna(stamp) else stamp.strftime("%Y-%m-%d")


def _year_to_timestamp(year: float) -> pd.Timestamp:
    whole = int(math.floor(year))
    start = pd.Timestamp(year=whole, month=1, day=1)
    end = pd.Timestamp(year=whole + 1, month=1, day=1)
    return start + (end - start) * (year - whole)


# --- records -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Series:
    """One group of points: an organization's (or the reference layer's)."""

    name: str
    x: tuple
    y: tuple[float, ...]
    # Each point's tooltip as plain text, line title -> text (``hover_tip``); the model's
    # name, in ``models``, is the tooltip's heading.
    tips: tuple[dict[str, str], ...]
    reference: bool = False
    models: tuple[str, ...] = ()


@dataclass(frozen=True)
class Line:
    """A guide line drawn across the plot, with its label."""

    name: str
    x: tuple[float, ...]
    y: tuple[float, ...]


@dataclass(frozen=True)
class ScatterData:
    """Everything the parameters-against-tokens chart draws."""

    series: tuple[Series, ...]
    chinchilla: Line | None
    iso_compute: tuple[Line, ...]
    parameter_mode: str
    shown: int
    missing: int


@dataclass(frozen=True)
class TrendFit:
    """A least-squares fit of log10(parameters) on fractional year, with a 95% interval."""

    slope: float
    intercept: float
    slope_se: float
    n: int
    start: float
    end: float
    growth_per_year: float
    growth_low: float
    growth_high: float
    doubling_months: float | None
    doubling_low: float | None
    doubling_high: float | None

    def describe(self) -> str:
        """The fit in words, for a caption or title."""
        text = (
            f"×{self.growth_per_year:.2g} per year "
            f"(95% CI ×{self.growth_low:.2g}–×{self.growth_high:.2g})"
        )
        if self.doubling_months is not None:
            text += f", doubling every {self.doubling_months:.1f} months"
            if self.doubling_low is not None and self.doubling_high is not None:
                text += f" ({self.doubling_low:.1f}–{self.doubling_high:.1f})"
            else:
                text += " (upper bound unbounded)"
        else:
            text += ", no growth"
        return text


@dataclass(frozen=True)
class SizeTrend:
    """Everything the parameters-over-time chart draws."""

    series: tuple[Series, ...]
    fit: TrendFit | None
    window: tuple[float, float] | None
    parameter_mode: str
    shown: int
    missing: int
    sample: str = "all"
    fitted: Series | None = None  # the models the fit uses, when not all of them


# Which models the trend is fitted over: their labels, for the page and the legend.
TREND_SAMPLES = {
    "all": "All models",
    "records": "Record-setters",
    "top": "Largest per year",
}
# Epoch AI's published trend for comparison (Villalobos et al. 2022, "Machine learning model
# sizes and the parameter gap", table 1): notable ML systems 2018 to 2022 as a single trend,
# n = 129, 0.9 orders of magnitude a year, doubling every 4.0 months (3.5 to 4.3).
EPOCH_TREND = {
    "doubling_months": 4.0,
    "doubling_low": 3.5,
    "doubling_high": 4.3,
    "years": "2018–2022",
    "systems": 129,
    "citation": "Villalobos et al. (Epoch AI, 2022), “Machine learning model sizes and the "
    "parameter gap”",
    "url": "https://epoch.ai/blog/machine-learning-model-sizes-and-the-parameter-gap",
}


# --- preparing records ---------------------------------------------------------------------


def parameter_values(models: pd.DataFrame, mode: str = "total") -> pd.Series:
    """Parameters per model; ``mode="active"`` uses active parameters where known (MoE)."""
    total = pd.to_numeric(models["parameters"], errors="coerce")
    if mode == "active" and "active_parameters" in models:
        return pd.to_numeric(models["active_parameters"], errors="coerce").fillna(total)
    return total


def _clip(text: str, limit: int = EVIDENCE_CHARS) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _text(value) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    return str(value)


MARKDOWN = re.compile(
    r"""
    !?\[(?P<link>[^\]\n]*)\]\([^)\s]*\)     # [text](url) and ![alt](src): the text
    | (?m:^[ \t]{0,3}(?:(?:\#{1,6}[ \t]|>|[-*+][ \t]|\d+\.[ \t])[ \t]*)+)  # heading, quote, list
    | (?P<mark>\*\*|__|`+|~~)                 # bold, code and strike marks
    | (?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*])   # *emphasis* stars, not 2*3 or 8*7B
    | (?<!\S)\|(?!\S)                          # table cell bars
    """,
    re.VERBOSE,
)


def plain_text(text) -> str:
    """A sentence without its Markdown marks, as it reads ("### **Gopher** 280B" -> "Gopher 280B").

    >>> plain_text("### DeepMind's **280B**-parameter [Gopher](https://x.y/g)")
    "DeepMind's 280B-parameter Gopher"
    >>> plain_text("| Chinchilla | 70B |"), plain_text("8*7B is *not* 56B")
    ('Chinchilla 70B', '8*7B is not 56B')
    """
    return " ".join(MARKDOWN.sub(lambda m: m["link"] or "", _text(text)).split())


SENTENCES_ON_CLICK = "Click the point for every fact and sentence"


def hover_tip(row: dict, parameters: float, mode: str, *, sentence: bool = True) -> dict:
    """A point's tooltip lines, title -> plain text: organization, date, what a person
    corrected, the values, then the sentence and the document's title (or, with ``sentence``
    False, where to find them). Plain text: Vega's tooltip escapes what it shows.

    >>> hover_tip({"organization": "DeepMind", "date": "2022-03-29", "training_tokens": 1.4e12,
    ...            "evidence": "**Chinchilla** (70B)", "document": "## Notes"}, 7e10, "total")
    ... # doctest: +NORMALIZE_WHITESPACE
    {'Organization': 'DeepMind', 'Date': '2022-03-29', 'Parameters': '70B',
     'Training tokens': '1.4T (20 tokens/parameter)', 'Sentence': '“Chinchilla (70B)”',
     'Document': 'Notes'}
    """
    tip = {
        "Organization": _text(row.get("organization")) or UNKNOWN_ORGANIZATION,
        "Date": _text(row.get("date"))[:10] or "undated",
    }
    if _text(row.get("corrected")):  # the columns a person corrected on the Review page
        tip["Corrected"] = f"✎ corrected by hand: {_text(row.get('corrected'))}"
    tip["Active parameters" if mode == "active" else "Parameters"] = format_number(parameters)
    tokens = row.get("training_tokens")
    if tokens is not None and not pd.isna(tokens):
        ratio = float(tokens) / parameters if parameters and sentence else float("nan")
        per = f" ({ratio:.3g} tokens/parameter)" if not math.isnan(ratio) else ""
        tip["Training tokens"] = f"{format_number(tokens)}{per}"
    else:
        tip["Training tokens"] = "—"
    if not sentence:
        tip["Sentences"] = SENTENCES_ON_CLICK
        return tip
    evidence = plain_text(row.get("evidence"))
    if evidence:
        tip["Sentence"] = f"“{_clip(evidence)}”"
    document = plain_text(row.get("document"))
    if document:
        tip["Document"] = _clip(document, 80)
    return tip


def organization_colors() -> dict[str, str]:
    """The colour of each named organization, and grey for the rest and for unknown ones.

    >>> organization_colors()["Meta"]
    '#F58518'
    """
    greys = {OTHER_ORGANIZATIONS: OTHER_COLOR, UNKNOWN_ORGANIZATION: UNKNOWN_COLOR}
    return ORGANIZATION_COLORS | greys


def _organization_groups(orgs: pd.Series) -> pd.Series:
    """Organizations without a colour of their own share the grey "Other" group."""
    named = orgs.fillna(UNKNOWN_ORGANIZATION).replace("", UNKNOWN_ORGANIZATION)
    keep = named.isin(list(ORGANIZATION_COLORS)) | (named == UNKNOWN_ORGANIZATION)
    return named.where(keep, OTHER_ORGANIZATIONS)


# The legend's order: the colour map's, then the grey groups. It never depends on the data.
LEGEND_ORDER = (*ORGANIZATION_COLORS, OTHER_ORGANIZATIONS, UNKNOWN_ORGANIZATION)


def _series_by_organization(
    frame: pd.DataFrame, x: str, y: str, mode: str = "total"
) -> tuple[Series, ...]:
    groups = _organization_groups(frame["organization"])
    series = []
    for name in LEGEND_ORDER:
        part = frame[(groups == name).to_numpy()]
        if part.empty:
            continue
        series.append(
            Series(
                name=name,
                x=tuple(part[x].tolist()),
                y=tuple(float(v) for v in part[y]),
                tips=tuple(part["_tip"].tolist()),
                models=tuple(_text(m) for m in part["model"].tolist()),
            )
        )
    return tuple(series)


def _reference_series(reference: Sequence | None, x_field: str) -> Series | None:
    """Epoch AI reference models as one grey series; ``x_field`` picks the x value."""
    if not reference:
        return None
    xs, ys, tips, names = [], [], [], []
    for ref in reference:
        parameters = getattr(ref, "parameters", None)
        if x_field == "year":
            x = _iso_date(getattr(ref, "date", None))
        else:
            x = getattr(ref, "training_data_size", None)
        if parameters is None or x is None or pd.isna(parameters) or not parameters > 0:
            continue
        if x_field != "year" and (pd.isna(x) or not x > 0):
            continue
        xs.append(x)
        ys.append(float(parameters))
        tip = {
            "Organization": _text(getattr(ref, "organization", None)) or UNKNOWN_ORGANIZATION,
            "Date": _text(getattr(ref, "date", None))[:10] or "undated",
            "Parameters": format_number(parameters),
        }
        size = getattr(ref, "training_data_size", None)
        if size is not None and not pd.isna(size):
            tip["Training data"] = f"{format_number(size)} datapoints"
        tip["Source"] = REFERENCE_SOURCE
        tips.append(tip)
        names.append(_text(ref.model))
    if not xs:
        return None
    return Series(REFERENCE_NAME, tuple(xs), tuple(ys), tuple(tips), True, tuple(names))


HOVER_FIELDS = (
    "model", "organization", "date", "training_tokens", "evidence", "document", "corrected",
)  # fmt: skip


# Above this many points a tooltip is a short card, without the sentence and the document:
# at 10,000 models full labels were two thirds of a 3 MB figure. A click on a point opens
# the sentences instead.
HOVER_SENTENCE_LIMIT = 2000


def _with_hover(frame: pd.DataFrame, mode: str) -> pd.DataFrame:
    frame = frame.copy()
    sentence = len(frame) <= HOVER_SENTENCE_LIMIT
    columns = [frame[c].tolist() if c in frame else [None] * len(frame) for c in HOVER_FIELDS]
    frame["_tip"] = [
        hover_tip(dict(zip(HOVER_FIELDS, values, strict=True)), params, mode, sentence=sentence)
        for params, *values in zip(frame["_params"].tolist(), *columns, strict=True)
    ]
    return frame


def _compute_levels(low: float, high: float) -> list[float]:
    """Powers of ten between two compute budgets, thinned to at most six lines."""
    first, last = math.ceil(math.log10(low)), math.floor(math.log10(high))
    exponents = list(range(first, last + 1))
    step = max(1, math.ceil(len(exponents) / 6))
    return [10.0**e for e in exponents[::step]]


def scatter_data(
    models: pd.DataFrame,
    *,
    parameter_mode: str = "total",
    reference: Sequence | None = None,
) -> ScatterData:
    """Models with both a parameter count and a training-token count, by organization.

    Guide lines span the plotted range: the Chinchilla-optimal line (D = 20·N) and
    iso-compute lines C = 6·N·D at powers of ten of FLOP.
    """
    if models is None or models.empty:
        return ScatterData((), None, (), parameter_mode, 0, 0)
    frame = models.copy()
    frame["_params"] = parameter_values(frame, parameter_mode)
    frame["_tokens"] = pd.to_numeric(frame["training_tokens"], errors="coerce")
    usable = (frame["_params"] > 0) & (frame["_tokens"] > 0)
    missing = int((~usable).sum())
    frame = _with_hover(frame[usable], parameter_mode)
    series = (
        list(_series_by_organization(frame, "_tokens", "_params", parameter_mode))
        if len(frame)
        else []
    )
    ref = _reference_series(reference, "tokens")
    if ref is not None:
        series.append(ref)
    if not series:
        return ScatterData((), None, (), parameter_mode, 0, missing)

    xs = np.array([x for s in series for x in s.x], dtype=float)
    ys = np.array([y for s in series for y in s.y], dtype=float)
    x_low, x_high = xs.min() / 2, xs.max() * 2
    y_low, y_high = ys.min() / 2, ys.max() * 2
    grid = np.logspace(math.log10(x_low), math.log10(x_high), 2)
    chinchilla = Line(
        "Chinchilla-optimal (20 tokens/parameter)",
        tuple(grid.tolist()),
        tuple((grid / CHINCHILLA_TOKENS_PER_PARAMETER).tolist()),
    )
    iso = []
    for flop in _compute_levels(
        FLOP_PER_PARAMETER_TOKEN * x_low * y_low, FLOP_PER_PARAMETER_TOKEN * x_high * y_high
    ):
        # The part of D = C / (6·N) inside the plotted box, so its label sits on the line.
        tokens_for = flop / FLOP_PER_PARAMETER_TOKEN
        left, right = max(x_low, tokens_for / y_high), min(x_high, tokens_for / y_low)
        if not left < right:
            continue
        iso.append(
            Line(
                f"{format_power(flop)} FLOP",
                (left, right),
                (tokens_for / left, tokens_for / right),
            )
        )
    return ScatterData(tuple(series), chinchilla, tuple(iso), parameter_mode, len(frame), missing)


def fit_trend(years: np.ndarray, parameters: np.ndarray) -> TrendFit | None:
    """Least squares of log10(parameters) on year; None with fewer than 3 distinct points."""
    years = np.asarray(years, dtype=float)
    logs = np.log10(np.asarray(parameters, dtype=float))
    ok = np.isfinite(years) & np.isfinite(logs)
    years, logs = years[ok], logs[ok]
    n = len(years)
    if n < 3 or np.ptp(years) == 0:
        return None
    design = np.column_stack([np.ones(n), years - years.mean()])
    (intercept_c, slope), *_ = np.linalg.lstsq(design, logs, rcond=None)
    residuals = logs - design @ np.array([intercept_c, slope])
    sxx = float(((years - years.mean()) ** 2).sum())
    slope_se = math.sqrt(float((residuals**2).sum()) / (n - 2) / sxx)
    dof = n - 2
    t = T_975.get(dof) or next((v for k, v in sorted(T_975.items()) if k >= dof), 1.96)
    low, high = slope - t * slope_se, slope + t * slope_se

    def doubling(s: float) -> float | None:
        return 12 * math.log10(2) / s if s > 0 else None

    # A steeper slope means a shorter doubling time, so the bounds swap.
    fast, slow = doubling(high), doubling(low)
    return TrendFit(
        slope=float(slope),
        intercept=float(intercept_c - slope * years.mean()),
        slope_se=slope_se,
        n=n,
        start=float(years.min()),
        end=float(years.max()),
        growth_per_year=10 ** float(slope),
        growth_low=10 ** float(low),
        growth_high=10 ** float(high),
        doubling_months=doubling(float(slope)),
        doubling_low=fast,
        doubling_high=slow,
    )


def trend_sample(years: Sequence[float], parameters: Sequence[float], how: str, top: int = 3):
    """Which models a trend is fitted over, as a boolean array.

    ``"all"`` keeps every model; ``"records"`` the record-setters, each larger than every
    model dated before it; ``"top"`` the ``top`` largest of each calendar year.

    >>> trend_sample([2019, 2020, 2020.5, 2021], [10, 5, 20, 20], "records").tolist()
    [True, False, True, False]
    >>> trend_sample([2019, 2019.5, 2019.9, 2021], [10, 5, 20, 1], "top", top=2).tolist()
    [True, False, True, True]
    """
    years = np.asarray(years, dtype=float)
    parameters = np.asarray(parameters, dtype=float)
    if how == "records":
        order = np.argsort(years, kind="stable")
        ordered = parameters[order]
        before = np.concatenate([[-np.inf], np.maximum.accumulate(ordered)[:-1]])
        keep = np.zeros(len(years), dtype=bool)
        keep[order] = ordered > before
        return keep
    if how == "top":
        frame = pd.DataFrame({"year": np.floor(years), "p": parameters})
        rank = frame.groupby("year")["p"].rank(method="first", ascending=False)
        return (rank <= top).to_numpy()
    return np.ones(len(years), dtype=bool)


def size_trend(
    models: pd.DataFrame,
    *,
    start: float | None = None,
    end: float | None = None,
    parameter_mode: str = "total",
    reference: Sequence | None = None,
    sample: str = "all",
    top: int = 3,
) -> SizeTrend:
    """Parameters against date, by organization, with a fit over the window [start, end].

    The fit uses the extracted models in the window only, all of them or the ``sample``
    that ``trend_sample`` picks; the reference layer is drawn for comparison, never fitted.
    """
    if models is None or models.empty:
        ref = _reference_series(reference, "year")
        return SizeTrend((ref,) if ref else (), None, None, parameter_mode, 0, 0)
    frame = models.copy()
    frame["_params"] = parameter_values(frame, parameter_mode)
    frame["_year"] = fractional_year(frame["date"])
    usable = (frame["_params"] > 0) & frame["_year"].notna()
    missing = int((~usable).sum())
    frame = frame[usable]
    frame = _with_hover(frame, parameter_mode)
    # ISO dates, not timestamps: "2020-05-28" is what Vega reads, in a third of the bytes.
    stamps = pd.to_datetime(frame["date"], errors="coerce", format="mixed", utc=True)
    frame["_when"] = stamps.dt.strftime("%Y-%m-%d").tolist()
    series = (
        list(_series_by_organization(frame, "_when", "_params", parameter_mode))
        if len(frame)
        else []
    )
    ref = _reference_series(reference, "year")
    if ref is not None:
        series.append(ref)
    fit, window, fitted = None, None, None
    if len(frame):
        low = frame["_year"].min() if start is None else start
        high = frame["_year"].max() if end is None else end
        window = (float(low), float(high))
        chosen = frame[trend_sample(frame["_year"], frame["_params"], sample, top)]
        inside = chosen[(chosen["_year"] >= low) & (chosen["_year"] <= high)]
        fit = fit_trend(inside["_year"].to_numpy(), inside["_params"].to_numpy())
        if sample != "all" and len(inside):
            label = TREND_SAMPLES.get(sample, sample)
            if sample == "top":
                label = f"Largest {top} per year"
            fitted = Series(
                f"In the fit: {label.lower()}",
                tuple(inside["_when"].tolist()),
                tuple(float(v) for v in inside["_params"]),
                tuple(inside["_tip"].tolist()),
                models=tuple(_text(m) for m in inside["model"].tolist()),
            )
    return SizeTrend(
        tuple(series), fit, window, parameter_mode, len(frame), missing, sample, fitted
    )


# --- figures -------------------------------------------------------------------------------

POINTS, REFERENCE_POINTS = "points", "reference"  # each figure's datasets of points
SELECTION = "pick"  # the point-selection parameter a click on a model's point sets
REFERENCE_COLOR = "rgba(120,120,120,0.7)"
TREND_COLOR = "crimson"
CHINCHILLA_NAME = "Chinchilla-optimal (20 tokens/parameter)"
ISO_COMPUTE_NAME = "Equal training compute, C ≈ 6·N·D"
# Each layer's legend, right of the plot, one above the other and never cut: a colour per
# organization, a ring for the reference, a line per guide. (Side by side below the plot,
# five legends ran past the chart's right edge; in one column, thirteen organizations and
# the guides ran past its foot.)
LEGEND = {"orient": "right", "title": None, "labelFontSize": 12, "labelLimit": 0, "columns": 2}


def _empty_figure(title: str) -> dict:
    return {"title": {"text": title, "anchor": "start"}, "height": 80, "data": {"values": []},
            "mark": "point"}  # fmt: skip


def _colors_for(series: Sequence[Series], colors: dict[str, str] | None) -> dict[str, str]:
    """The fixed colours, overridden by ``colors``; grey for a series neither names."""
    return organization_colors() | dict(colors or {})


def _renderer(series: Sequence[Series]) -> dict:
    """SVG for a few thousand points, a canvas beyond: thousands of SVG elements are slow to
    draw and to hover, whichever organizations they are split into."""
    many = sum(len(s.x) for s in series) > CANVAS_THRESHOLD
    return {"embedOptions": {"renderer": "canvas" if many else "svg"}}


def log_axis(values: Sequence[float]) -> dict:
    """Domain and readable ticks (70B, 1T) for a log axis spanning ``values``, padded ×2.

    >>> log_axis([1e9, 1e10])["labels"]
    ['500M', '1B', '2B', '5B', '10B', '20B']
    """
    low, high = math.log10(min(values) / 2), math.log10(max(values) * 2)
    steps = (1, 2, 5) if high - low <= 4 else (1,)
    ticks = [
        m * 10.0**e
        for e in range(math.floor(low), math.ceil(high) + 1)
        for m in steps
        if low <= math.log10(m * 10.0**e) <= high
    ]
    return {
        "type": "log",
        "domain": [10**low, 10**high],
        "values": ticks,
        "labels": [format_number(t) for t in ticks],
    }


def _log_encoding(field: str, title: str, axis: dict) -> dict:
    """A Vega-Lite position channel on ``log_axis``: its ticks labelled as format_number
    labels them (the labels looked up by the tick's index)."""
    labels = "[" + ", ".join(f"'{label}'" for label in axis["labels"]) + "]"
    return {
        "field": field,
        "type": "quantitative",
        "title": title,
        "scale": {"type": "log", "domain": axis["domain"], "nice": False},
        "axis": {
            "values": axis["values"],
            "labelExpr": f"{labels}[indexof({axis['values']}, datum.value)]",
        },
    }


def _tooltip(
    keys: Sequence[str], heading: str = "model", same: dict | None = None, full=()
) -> dict:
    """A mark's tooltip: the field ``heading`` as its title, then a line per key that the
    point has (an empty one is left out: a property Vega finds undefined is not shown), with
    the lines in ``same``, alike for every point, written into the expression. Vega works
    the expression out for every point as it draws (through its interpreter: 10,000 points
    took a second of a core), so a line in ``full``, never empty, is read without a test."""
    same = same or {}
    lines = []
    for key in keys:
        field = f"datum[{json.dumps(key)}]"
        if key in same:
            lines.append(f"{json.dumps(key)}: {json.dumps(same[key])}")
        elif key in full:
            lines.append(f"{json.dumps(key)}: {field}")
        else:
            lines.append(f"{json.dumps(key)}: {field} ? {field} : datum._none")
    body = "".join(f", {line}" for line in lines)
    return {"expr": f'{{"title": datum[{json.dumps(heading)}]{body}}}'}


def _points(series: Sequence[Series]) -> tuple[pd.DataFrame, dict]:
    """The series' points as one frame (x, y, series, model and the tooltip's lines), and
    their tooltip. A line alike for every point goes into the tooltip, not the frame, and a
    column of few values is sent as a dictionary of them: 10,000 points stay under 1 MB."""
    keys: dict[str, None] = {}
    rows = []
    for s in series:
        for x, y, model, tip in zip(s.x, s.y, s.models or [""] * len(s.x), s.tips, strict=True):
            keys.update(dict.fromkeys(tip))
            rows.append({"x": x, "y": y, "series": s.name, "model": model, **tip})
    frame = pd.DataFrame(rows, columns=["x", "y", "series", "model", *keys])
    same = {}
    for key in keys:
        values = frame[key].unique()
        if len(frame) > 1 and len(values) == 1 and isinstance(values[0], str):
            same[key] = values[0]
            del frame[key]
    varied = [key for key in keys if key not in same]
    full = [key for key in varied if frame[key].fillna("").astype(bool).all()]
    for column in ("series", *varied):
        if frame[column].nunique() <= len(frame) // 4:
            frame[column] = frame[column].astype("category")
    return frame, _tooltip(list(keys), same=same, full=full)


def _point_layers(series: Sequence[Series], x: dict, y: dict, colors: dict[str, str]):
    """The organizations' points (which a click selects) and the reference layer's rings,
    with the frames they read."""
    layers, datasets = [], {}
    reference = [s for s in series if s.reference]
    groups = [s for s in series if not s.reference]
    if reference:
        frame, tooltip = _points(reference)
        datasets[REFERENCE_POINTS] = frame
        layers.append({
            "description": REFERENCE_NAME,
            "data": {"name": REFERENCE_POINTS},
            "mark": {"type": "point", "filled": False, "size": 49, "strokeWidth": 1,
                     "tooltip": tooltip},
            "encoding": {"x": x, "y": y, "color": {
                "field": "series", "type": "nominal", "legend": LEGEND,
                "scale": {"domain": [REFERENCE_NAME], "range": [REFERENCE_COLOR]}}},
        })  # fmt: skip
    if groups:
        frame, tooltip = _points(groups)
        datasets[POINTS] = frame
        names = [s.name for s in groups]
        layers.append({
            "description": "organizations",
            "data": {"name": POINTS},
            "params": [{"name": SELECTION, "select": {"type": "point", "fields": ["model"]}}],
            "mark": {"type": "point", "filled": True, "size": 81, "opacity": 0.85,
                     "stroke": "white", "strokeWidth": 0.5, "cursor": "pointer",
                     "tooltip": tooltip},
            "encoding": {"x": x, "y": y, "color": {
                "field": "series", "type": "nominal", "legend": LEGEND,
                "scale": {"domain": names,
                          "range": [colors.get(n, OTHER_COLOR) for n in names]}}},
        })  # fmt: skip
    return layers, datasets


def _guide(name: str, rows: list[dict], mark: dict, x: dict, y: dict, color: str) -> dict:
    """A line or ring drawn over the plot, with its own entry in a legend of its own."""
    return {
        "description": name,
        "data": {"values": [row | {"guide": name} for row in rows]},
        "mark": {"clip": True, **mark},
        "encoding": {"x": x, "y": y, "color": {
            "field": "guide", "type": "nominal", "legend": LEGEND,
            "scale": {"domain": [name], "range": [color]}}},
    }  # fmt: skip


def _figure(title: dict, height: int, layers: list, datasets: dict, series) -> dict:
    return {
        "title": {"anchor": "start", "fontSize": 16, **title},
        "height": height,
        "datasets": datasets,
        "layer": layers,
        # Each layer's colours and legend are its own: organizations, the reference, guides.
        "resolve": {"scale": {"color": "independent"}},
        "config": {"axis": {"labelFontSize": 12, "titleFontSize": 13}},
        "usermeta": _renderer(series),
    }


def _models(count: int) -> str:
    """``count`` models in words, for a title (charts come before views in the import graph).

    >>> _models(1), _models(1_234)
    ('1 model', '1,234 models')
    """
    return f"{count:,} model{'' if count == 1 else 's'}"


def params_vs_tokens_figure(data: ScatterData, colors: dict[str, str] | None = None) -> dict:
    """Log-log scatter of parameters against training tokens, with guide lines.

    ``colors`` maps organizations to colours (``organization_colors``) so charts agree.
    """
    label = "Active parameters" if data.parameter_mode == "active" else "Parameters"
    if not data.series:
        return _empty_figure(f"{label} against training tokens: no models with both numbers")
    x_axis = log_axis([x for s in data.series for x in s.x])
    y_axis = log_axis([y for s in data.series for y in s.y])
    x = _log_encoding("x", "Training tokens (log scale)", x_axis)
    y = _log_encoding("y", f"{label} (log scale)", y_axis)
    layers = []
    if data.iso_compute:
        # One legend entry for all the lines; each is labelled where it leaves the plot.
        rows = [
            {"x": px, "y": py, "segment": line.name}
            for line in data.iso_compute
            for px, py in zip(line.x, line.y, strict=True)
        ]
        iso = _guide(
            ISO_COMPUTE_NAME,
            rows,
            {"type": "line", "strokeDash": [2, 3], "strokeWidth": 1, "tooltip": None},
            x,
            y,
            "rgba(150,150,150,0.8)",
        )
        iso["encoding"]["detail"] = {"field": "segment", "type": "nominal"}
        layers.append(iso)
        layers.append({
            "description": "iso-compute labels",
            "data": {"values": [{"x": line.x[1], "y": line.y[1], "label": line.name}
                                for line in data.iso_compute]},
            "mark": {"type": "text", "align": "right", "baseline": "bottom", "dx": -2,
                     "fontSize": 10, "color": "rgb(120,120,120)", "tooltip": None},
            "encoding": {"x": x, "y": y, "text": {"field": "label", "type": "nominal"}},
        })  # fmt: skip
    if data.chinchilla is not None:
        rows = [
            {"x": px, "y": py, "Chinchilla-optimal": "20 tokens per parameter"}
            for px, py in zip(data.chinchilla.x, data.chinchilla.y, strict=True)
        ]
        layers.append(
            _guide(
                data.chinchilla.name,
                rows,
                {
                    "type": "line",
                    "strokeDash": [6, 4],
                    "strokeWidth": 1.5,
                    "tooltip": _tooltip(["Chinchilla-optimal"], heading="guide"),
                },
                x,
                y,
                "black",
            )
        )
    points, datasets = _point_layers(data.series, x, y, _colors_for(data.series, colors))
    title = {"text": f"{label} against training tokens ({_models(data.shown)})"}
    return _figure(title, 460, layers + points, datasets, data.series)


def params_over_time_figure(trend: SizeTrend, colors: dict[str, str] | None = None) -> dict:
    """Parameters over time on a log axis, with the fitted trend over its window."""
    label = "Active parameters" if trend.parameter_mode == "active" else "Parameters"
    if not trend.series:
        return _empty_figure(f"{label} over time: no models with a date and a size")
    x = {"field": "x", "type": "temporal", "title": "Date"}
    y = _log_encoding("y", f"{label} (log scale)",
                      log_axis([y for s in trend.series for y in s.y]))  # fmt: skip
    layers = []
    if trend.window is not None:
        start, end = (_year_to_timestamp(year).strftime("%Y-%m-%d") for year in trend.window)
        layers.append({
            "description": "the fit's window",
            "data": {"values": [{"start": start, "end": end}]},
            "mark": {"type": "rect", "color": "rgb(100,150,250)", "opacity": 0.08,
                     "tooltip": None},
            "encoding": {"x": {"field": "start", "type": "temporal", "title": "Date"},
                         "x2": {"field": "end"}},
        })  # fmt: skip
    points, datasets = _point_layers(trend.series, x, y, _colors_for(trend.series, colors))
    layers += points
    title = {"text": f"{label} over time ({_models(trend.shown)})"}
    if trend.fitted is not None:
        rows = [{"x": px, "y": py} for px, py in zip(trend.fitted.x, trend.fitted.y, strict=True)]
        layers.append(_guide(trend.fitted.name, rows, {
            "type": "point", "filled": False, "size": 196, "strokeWidth": 1.5,
            "tooltip": None}, x, y, TREND_COLOR))  # fmt: skip
    if trend.fit is not None:
        fit = trend.fit
        ends = np.array([fit.start, fit.end])
        describe = f"over {fit.n} models: {fit.describe()}"
        rows = [{"x": _year_to_timestamp(year).strftime("%Y-%m-%d"), "y": size,
                 "Fitted trend": describe}
                for year, size in zip(ends, (10 ** (fit.intercept + fit.slope * ends)).tolist(),
                                      strict=True)]  # fmt: skip
        layers.append(
            _guide(
                f"Trend: ×{fit.growth_per_year:.2g}/year",
                rows,
                {
                    "type": "line",
                    "strokeWidth": 2,
                    "tooltip": _tooltip(["Fitted trend"], heading="guide"),
                },
                x,
                y,
                TREND_COLOR,
            )
        )
        title["subtitle"] = f"{fit.describe()}; {fit.n:,} models in the fit"
    return _figure(title, 420, layers, datasets, trend.series)


def figure_layer(figure: dict, description: str) -> dict | None:
    """The layer of a figure drawn under ``description`` (an organization's points are all in
    the layer "organizations"); None when there is none."""
    layers = figure.get("layer", [])
    return next((one for one in layers if one["description"] == description), None)


def layer_rows(figure: dict, layer: dict) -> list[dict]:
    """A layer's data as records, from the figure's datasets or the layer itself."""
    data = layer.get("data", {})
    if "values" in data:
        return list(data["values"])
    return figure["datasets"][data["name"]].to_dict("records")
