"""Filters over the models table, and their round trip through URL query parameters.

A ``Filters`` value is what the sidebar shows; ``apply_filters`` narrows a models table to
it; ``to_query_params``/``from_query_params`` put it in the URL and read it back, so a copied
link reopens the same view. Unset fields filter nothing, and rows with an unknown date or
size are kept until a date or size bound is set.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import pandas as pd

# Query-parameter names, short so links stay readable.
ORG, YEAR_FROM, YEAR_TO, PARAMS_MIN, PARAMS_MAX, SEARCH = "org", "from", "to", "pmin", "pmax", "q"

SCALE = {"": 1.0, "K": 1e3, "M": 1e6, "B": 1e9, "T": 1e12}
NUMBER = re.compile(
    r"""^\s*
    (?P<number>\d+(?:\.\d+)?(?:e[+-]?\d+)?)   # 70, 1.4, 1e9
    \s*(?P<scale>[KMBT]?)                     # optional suffix as format_number writes it
    \s*$""",
    re.VERBOSE | re.IGNORECASE,
)
YEAR = re.compile(r"^\s*(?P<year>\d{4})\s*$")


@dataclass(frozen=True)
class Filters:
    """The sidebar's choices. Empty or None fields filter nothing."""

    organizations: tuple[str, ...] = field(default_factory=tuple)
    year_from: int | None = None
    year_to: int | None = None
    params_min: float | None = None
    params_max: float | None = None
    search: str = ""

    @property
    def active(self) -> bool:
        """Whether any filter is set."""
        return self != Filters()


def parse_number(text: str | None) -> float | None:
    """A size as written in a URL ("70B", "1.4T", "1e9"); None when it does not parse.

    >>> parse_number("70B")
    70000000000.0
    >>> parse_number("1.4t")
    1400000000000.0
    >>> parse_number("lots") is None
    True
    """
    if not text:
        return None
    match = NUMBER.match(text)
    if not match:
        return None
    value = float(match["number"]) * SCALE[match["scale"].upper()]
    return value if math.isfinite(value) else None


def _first(params: Mapping, key: str) -> str | None:
    value = params.get(key)
    if isinstance(value, list | tuple):
        value = value[-1] if value else None
    return value if isinstance(value, str) else None


def _all(params: Mapping, key: str) -> list[str]:
    value = params.get(key)
    if value is None:
        return []
    values = [value] if isinstance(value, str) else list(value)
    # Also accept one comma-separated value, as people type it by hand.
    return [part.strip() for v in values for part in str(v).split(",") if part.strip()]


def _year(text: str | None) -> int | None:
    match = YEAR.match(text or "")
    return int(match["year"]) if match else None


def to_query_params(filters: Filters) -> dict[str, str | list[str]]:
    """The filters as URL query parameters; unset filters are left out.

    >>> to_query_params(Filters(organizations=("Meta", "OpenAI"), params_min=7e9, search="llama"))
    {'org': ['Meta', 'OpenAI'], 'pmin': '7B', 'q': 'llama'}
    """
    from insights.charts import format_number

    params: dict[str, str | list[str]] = {}
    if filters.organizations:
        params[ORG] = list(filters.organizations)
    if filters.year_from is not None:
        params[YEAR_FROM] = str(filters.year_from)
    if filters.year_to is not None:
        params[YEAR_TO] = str(filters.year_to)
    if filters.params_min is not None:
        params[PARAMS_MIN] = format_number(filters.params_min)
    if filters.params_max is not None:
        params[PARAMS_MAX] = format_number(filters.params_max)
    if filters.search:
        params[SEARCH] = filters.search
    return params


def from_query_params(params: Mapping[str, str | Sequence[str]]) -> Filters:
    """Filters from URL query parameters; values that do not parse are ignored.

    >>> from_query_params({"org": ["Meta", "OpenAI"], "from": "2020", "pmax": "1T"})
    Filters(organizations=('Meta', 'OpenAI'), year_from=2020, year_to=None, params_min=None, \
params_max=1000000000000.0, search='')
    >>> from_query_params({"from": "last year", "pmin": "big"}) == Filters()
    True
    """
    return Filters(
        organizations=tuple(dict.fromkeys(_all(params, ORG))),
        year_from=_year(_first(params, YEAR_FROM)),
        year_to=_year(_first(params, YEAR_TO)),
        params_min=parse_number(_first(params, PARAMS_MIN)),
        params_max=parse_number(_first(params, PARAMS_MAX)),
        search=(_first(params, SEARCH) or "").strip(),
    )


def model_years(models: pd.DataFrame) -> pd.Series:
    """The year of each model's date, as a nullable integer."""
    return pd.to_datetime(models["date"], errors="coerce", format="mixed").dt.year.astype("Int64")


def filter_organizations(models: pd.DataFrame, organizations: Sequence[str]) -> pd.DataFrame:
    """Rows whose organization is one of ``organizations``; all rows when none are given."""
    if not organizations:
        return models
    return models[models["organization"].isin(list(organizations))]


def filter_years(models: pd.DataFrame, year_from: int | None, year_to: int | None) -> pd.DataFrame:
    """Rows dated within [year_from, year_to]; undated rows go once a bound is set."""
    if year_from is None and year_to is None:
        return models
    years = model_years(models)
    keep = years.notna()
    if year_from is not None:
        keep &= years >= year_from
    if year_to is not None:
        keep &= years <= year_to
    return models[keep.fillna(False).to_numpy(dtype=bool)]


def filter_parameters(
    models: pd.DataFrame, params_min: float | None, params_max: float | None
) -> pd.DataFrame:
    """Rows whose (total) parameter count lies in [params_min, params_max]."""
    if params_min is None and params_max is None:
        return models
    values = pd.to_numeric(models["parameters"], errors="coerce")
    keep = values.notna()
    if params_min is not None:
        keep &= values >= params_min
    if params_max is not None:
        keep &= values <= params_max
    return models[keep.to_numpy(dtype=bool)]


def search_models(models: pd.DataFrame, text: str) -> pd.DataFrame:
    """Rows whose model name contains ``text``, ignoring case; all rows for empty text."""
    text = (text or "").strip()
    if not text:
        return models
    names = models["model"].fillna("").astype(str)
    return models[names.str.contains(text, case=False, regex=False).to_numpy(dtype=bool)]


def bounded(
    filters: Filters, years: tuple[int, int] | None, parameters: tuple[float, float]
) -> Filters:
    """The filters with the sliders' shown ends as bounds where they set none.

    An end of a slider means "no limit" for the extracted models, so that a model with no
    date or size is not dropped. A layer drawn for comparison (Epoch AI's models, from 1950
    and down to a thousand parameters) must stay inside the range the sliders show instead.

    >>> bounded(Filters(year_to=2023), (2018, 2025), (1e6, 1e13))
    Filters(organizations=(), year_from=2018, year_to=2023, params_min=1000000.0, \
params_max=10000000000000.0, search='')
    """
    low, high = years if years is not None else (None, None)
    return Filters(
        organizations=filters.organizations,
        year_from=filters.year_from if filters.year_from is not None else low,
        year_to=filters.year_to if filters.year_to is not None else high,
        params_min=filters.params_min if filters.params_min is not None else parameters[0],
        params_max=filters.params_max if filters.params_max is not None else parameters[1],
        search=filters.search,
    )


def apply_filters(models: pd.DataFrame, filters: Filters) -> pd.DataFrame:
    """The models table narrowed to ``filters``."""
    models = filter_organizations(models, filters.organizations)
    models = filter_years(models, filters.year_from, filters.year_to)
    models = filter_parameters(models, filters.params_min, filters.params_max)
    return search_models(models, filters.search)
