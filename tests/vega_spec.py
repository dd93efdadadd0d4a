"""Reading the dashboard's Vega-Lite figures in tests: points by organization, and each
point's tooltip as Vega's expression makes it."""

from __future__ import annotations

import json
import re

from insights.charts import REFERENCE_NAME, figure_layer, layer_rows


def points_of(fig: dict, name: str) -> list[dict]:
    """One organization's points (or the reference layer's) in a figure, as records."""
    layer = figure_layer(fig, REFERENCE_NAME if name == REFERENCE_NAME else "organizations")
    return [row for row in layer_rows(fig, layer) if row["series"] == name] if layer else []


# One line of a mark's tooltip expression: "Title": datum["field"] (shown when the point has
# it) or "Title": "the same text for every point".
TOOLTIP_LINE = re.compile(
    r"""
    ("(?:[^"\\]|\\.)*"):\s                       # the line's title, a JSON string
    (?:datum\[("(?:[^"\\]|\\.)*")\][^,}]*     # a field of the point
    | ("(?:[^"\\]|\\.)*"))                        # or a constant
    """,
    re.VERBOSE,
)


def tooltip(fig: dict, point: dict, layer: str = "organizations") -> str:
    """A point's tooltip as it reads, the title first: what the layer's Vega expression
    makes of the point's fields (an empty field's line is left out)."""
    lines = []
    for key, field, constant in TOOLTIP_LINE.findall(
        figure_layer(fig, layer)["mark"]["tooltip"]["expr"]
    ):
        value = point.get(json.loads(field)) if field else json.loads(constant)
        if isinstance(value, str) and value:
            lines.append(value if json.loads(key) == "title" else f"{json.loads(key)}: {value}")
    return "\n".join(lines)


