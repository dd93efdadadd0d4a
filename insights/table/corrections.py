"""Corrections applied as the models table is built: facts and corrections in, the corrected
table out. What each action means is in ``insights.corrections``.

1. ``apply_to_facts``: a rejected fact is left out; an assigned fact counts for the model it
   was assigned to, without the organization its sentence gave the model it was linked to.
2. ``insights.tables.build_models`` over those facts; a model a fact was assigned to always
   makes a row, whatever its name looks like.
3. ``apply_to_table``: an accepted fact's value is its row's for that figure and settles that
   figure's disagreement (and a size's difference from the reference); a set organization or
   release date replaces the row's, with ``organization_source`` or ``date_source`` set to
   ``"corrected"``. ``corrected`` names every column a correction touched, including the
   figure of the row a fact was rejected from, assigned from or assigned to.
"""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from insights.corrections import Correction
from insights.extract.keys import model_key
from insights.table import attributes
from insights.tables import ESTIMATE, FIELDS, MODEL_COLUMNS, NUMBER_COLUMNS, build_models

CORRECTED = "corrected"
# The parts of ``conflict_values``: each starts with the column it is about.
CONFLICT_FIELDS = (*FIELDS, "organization")


def field_of(kind: str, qualifier) -> str | None:
    """The models-table column a fact of this kind writes.

    >>> field_of("parameters", "active"), field_of("compute", None), field_of("released", None)
    ('active_parameters', 'training_compute', 'date')
    >>> field_of("claim", None) is None
    True
    """
    if kind == "released":
        return "date"
    if kind == "parameters" and qualifier == "active":
        return "active_parameters"
    if kind == "parameters" and qualifier == "non-embedding":
        return None  # a part of the model's count, no column's figure
    return {"parameters": "parameters", "training_tokens": "training_tokens",
            "layers": "layers", "compute": "training_compute"}.get(kind)  # fmt: skip


def conflict_parts(text) -> list[str]:
    """``conflict_values`` split into its parts, each starting with its column's name (a
    document title with "; " in it stays inside its part).

    >>> conflict_parts("parameters: 1B vs 2B within A; B; organization: X (1), Y (1)")
    ['parameters: 1B vs 2B within A; B', 'organization: X (1), Y (1)']
    >>> conflict_parts(None)
    []
    """
    if not isinstance(text, str) or not text:
        return []
    parts: list[str] = []
    for piece in text.split("; "):
        if parts and not piece.startswith(tuple(f"{f}: " for f in CONFLICT_FIELDS)):
            parts[-1] += "; " + piece
        else:
            parts.append(piece)
    return parts


def fact_matches(facts: pd.DataFrame, corrections: Sequence[Correction]) -> dict[int, list[int]]:
    """For each correction of a fact (by its position in ``corrections``), the positions in
    ``facts`` of the facts it names: same document, span and kind; of several facts on one
    span, those written with the correction's model when there are any."""
    wanted: dict[tuple, list[int]] = {}
    for i, c in enumerate(corrections):
        if c.fact_key is not None:
            wanted.setdefault(c.fact_key, []).append(i)
    if not wanted or facts.empty:
        return {}
    documents = {key[0] for key in wanted}
    rows = [i for i, d in enumerate(facts["document_id"].tolist()) if d in documents]
    found: dict[int, list[int]] = {}
    columns = [facts[c].tolist() for c in ("document_id", "start", "end", "kind")]
    for at in rows:
        key = (columns[0][at], int(columns[1][at]), int(columns[2][at]), columns[3][at])
        for i in wanted.get(key, ()):
            found.setdefault(i, []).append(at)
    models = facts["model"].tolist()
    for i, positions in found.items():
        written = [at for at in positions if models[at] == corrections[i].model]
        if written and len(written) < len(positions):
            found[i] = written
    return found


def apply_to_facts(facts: pd.DataFrame, corrections: Sequence[Correction]) -> pd.DataFrame:
    """The facts the models table is built from: rejected facts left out, assigned facts
    given their model (and no organization). ``facts`` itself when nothing changes."""
    moving = [c for c in corrections if c.action in ("reject", "assign")]
    matches = fact_matches(facts, moving)
    if not matches:
        return facts
    dropped: set[int] = set()
    assigned: dict[int, str] = {}
    for i, positions in matches.items():
        if moving[i].action == "reject":
            dropped.update(positions)
        else:
            assigned.update((at, moving[i].value) for at in positions)
    fixed = facts.copy()
    if assigned:
        positions = sorted(assigned)
        fixed.iloc[positions, fixed.columns.get_loc("model")] = [assigned[p] for p in positions]
        fixed.iloc[positions, fixed.columns.get_loc("organization")] = None
    if dropped:
        keep = [at not in dropped for at in range(len(fixed))]
        fixed = fixed[keep]
    return fixed


def build_corrected(
    facts: pd.DataFrame, corrections: Sequence[Correction], **kwargs
) -> tuple[pd.DataFrame, dict[str, list[dict]]]:
    """``build_models`` with ``corrections`` applied; keyword arguments go to it."""
    if not corrections:
        return build_models(facts, **kwargs)
    named = {c.value for c in corrections if c.action == "assign" and c.fact_key is not None}
    table, behind = build_models(apply_to_facts(facts, corrections), named=named, **kwargs)
    return apply_to_table(table, behind, facts, corrections), behind


def apply_to_table(
    table: pd.DataFrame,
    behind: dict[str, list[dict]],
    facts: pd.DataFrame,
    corrections: Sequence[Correction],
) -> pd.DataFrame:
    """The table with accepted values and set organizations and dates written in, and
    ``corrected`` naming the columns corrections touched in each row. ``facts`` are the
    facts before ``apply_to_facts``; ``behind`` is what ``build_models`` returned."""
    table = table.copy()
    if CORRECTED not in table:
        table[CORRECTED] = None
    if table.empty or not corrections:
        return table
    names = table["model"].tolist()
    by_key = {model_key(str(name)): at for at, name in reversed(list(enumerate(names)))}
    on_facts = [c for c in corrections if c.fact_key is not None]
    matches = fact_matches(facts, on_facts)
    holders, written = _where(behind, names, facts, on_facts, matches)
    positions = sorted({at for found in matches.values() for at in found})
    fact_at = dict(zip(positions, facts.iloc[positions].to_dict("records"), strict=True))
    edits = _Edits(table)
    for i, found in matches.items():
        c = on_facts[i]
        for at in found:
            fact = fact_at[at]
            field = field_of(fact["kind"], fact.get("qualifier"))
            if field is None or not _number(fact.get("value")):
                continue
            rows = list(holders.get(_held(fact, c), []))
            if c.action in ("reject", "assign"):
                # The row the fact left: the one holding the model it was written with.
                spelling, key = fact.get("model"), _key(fact.get("model"))
                left = written.get(spelling) or ([by_key[key]] if key in by_key else [])
                rows += [row for row in left if row not in rows]
            for row in rows:
                if c.action == "accept":
                    edits.accept(row, field, fact)
                else:
                    edits.mark(row, field)
    for c in corrections:
        row = by_key.get(model_key(c.model)) if not c.on_fact and c.model else None
        if row is None:
            continue
        if c.action == "organization":
            edits.set(row, "organization", attributes.canonical(c.value))
        elif c.action == "date":
            edits.set(row, "date", c.value)
    return edits.done()


def _held(fact, correction: Correction) -> tuple:
    """How the facts behind a row name a corrected fact: its span, kind and model now."""
    model = correction.value if correction.action == "assign" else fact["model"]
    return (fact["document_id"], int(fact["start"]), int(fact["end"]), fact["kind"], model)


def _key(name) -> str | None:
    return model_key(name) if isinstance(name, str) and name else None


def _number(value) -> bool:
    return isinstance(value, (int, float)) and value == value


def _where(behind, names, facts, on_facts, matches) -> tuple[dict, dict]:
    """Which rows hold each corrected fact (see ``_held``), and which rows hold facts written
    with each corrected fact's model."""
    keys, spellings = set(), set()
    for i, positions in matches.items():
        for at in positions:
            fact = facts.iloc[at]
            keys.add(_held(fact, on_facts[i]))
            spellings.add(fact["model"])
    holders: dict[tuple, list[int]] = {}
    written: dict[str, list[int]] = {}
    rows = {name: at for at, name in enumerate(names)}
    for name, group in behind.items():
        row = rows.get(name)
        if row is None:
            continue
        for f in group:
            key = (f["document_id"], int(f["start"]), f.get("end"), f["kind"], f["model"])
            if key in keys and row not in holders.setdefault(key, []):
                holders[key].append(row)
            if f["model"] in spellings and row not in written.setdefault(f["model"], []):
                written[f["model"]].append(row)
    return holders, written


class _Edits:
    """Changes to a table's rows, written back with the derived columns recomputed."""

    def __init__(self, table: pd.DataFrame):
        self.table = table
        self.rows: dict[int, dict] = {}
        self.marked: dict[int, set[str]] = {}
        self.settled: dict[int, set[str]] = {}

    def _row(self, row: int) -> dict:
        if row not in self.rows:
            self.rows[row] = {}
            self.marked[row] = set()
            self.settled[row] = set()
        return self.rows[row]

    def mark(self, row: int, column: str) -> None:
        self._row(row)
        self.marked[row].add(column)

    def set(self, row: int, column: str, value) -> None:
        self._row(row)[column] = value
        self.mark(row, column)
        if column in ("organization", "date"):
            self.rows[row][f"{column}_source"] = CORRECTED
        self.settled[row].add(column)

    def accept(self, row: int, field: str, fact: dict) -> None:
        """A fact a person accepted: its value is the row's for its column."""
        value = fact["value"]
        if field == "date":
            month = int(value)
            value = f"{month // 100:04d}-{month % 100:02d}"
            self.set(row, "date", value)
            return
        self.set(row, field, float(value))
        if field == "parameters":
            changes = self.rows[row]
            changes["reference_conflict"] = False
            changes["evidence"] = fact.get("sentence")
            changes["document"] = fact.get("title") or fact.get("source")
            changes["document_id"] = fact.get("document_id")

    def done(self) -> pd.DataFrame:
        """The table with the changes written in, column by column (10,000 rows: no
        per-cell writes)."""
        table = self.table
        if not self.rows:
            return table
        touched = {column for changes in self.rows.values() for column in changes}
        derived = ("conflict", "conflict_values", "tokens_per_parameter", "training_compute")
        columns = {c: table[c].tolist() for c in {*touched, *derived, *DERIVED_FROM, CORRECTED}}
        order = [c for c in MODEL_COLUMNS if c != CORRECTED]
        for row, changes in self.rows.items():
            for column, value in changes.items():
                columns[column][row] = value
            parts = [p for p in conflict_parts(columns["conflict_values"][row])
                     if p.split(":", 1)[0] not in self.settled[row]]  # fmt: skip
            columns["conflict_values"][row] = "; ".join(parts) or None
            columns["conflict"][row] = bool(parts)
            _derive(columns, row)
            marked = self.marked[row]
            columns[CORRECTED][row] = "; ".join(c for c in order if c in marked) or None
        for column, values in columns.items():
            table[column] = pd.Series(values, index=table.index, dtype=table[column].dtype
                                      if column in NUMBER_COLUMNS else None)  # fmt: skip
        return table


DERIVED_FROM = ("parameters", "active_parameters", "training_tokens", "training_compute_source")


def _derive(columns: dict[str, list], row: int) -> None:
    """Tokens per parameter, and compute estimated as 6ND, from the row's values."""
    parameters, active, tokens = (
        columns[c][row] for c in ("parameters", "active_parameters", "training_tokens")
    )
    both = pd.notna(parameters) and pd.notna(tokens) and parameters
    columns["tokens_per_parameter"][row] = tokens / parameters if both else None
    if columns["training_compute_source"][row] == ESTIMATE and pd.notna(tokens):
        size = active if pd.notna(active) else parameters
        columns["training_compute"][row] = 6 * size * tokens if pd.notna(size) else None


def found(corrections: Sequence[Correction], facts: pd.DataFrame, table: pd.DataFrame) -> list:
    """Whether each correction finds what it names here: its fact among ``facts`` (a stored
    document with its hash, and a fact on its span), or its row in ``table``."""
    matched = fact_matches(facts, corrections)
    rows = {model_key(str(name)) for name in table["model"]} if len(table) else set()
    return [
        i in matched if c.on_fact else bool(c.model) and model_key(c.model) in rows
        for i, c in enumerate(corrections)
    ]
