"""The review queue: what in the models table needs a person's look, most consequential first.

1. ``conflict``: the sources disagree about a row's figure or organization (or one document
   contradicts itself);
2. ``reference``: a row's parameters differ from Epoch AI's by more than 10%;
3. ``unlinked``: a parameter count the extractor linked to no model;
4. ``organization``: a row with no organization.

A row is one item, of its first kind in that order; within a kind, larger models come first.
Each item carries the facts to look at. Corrections take items off the queue as they settle
them: the table is built with them applied, and a fact or row already corrected is not asked
about again.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import pandas as pd

from insights.corrections import Correction
from insights.extract.keys import model_key
from insights.table.corrections import conflict_parts, fact_matches
from insights.tables import human

KINDS = {
    "conflict": "Sources disagree",
    "reference": "Differs from Epoch AI",
    "unlinked": "Size linked to no model",
    "organization": "No organization",
}
FACT_KEYS = (
    "kind", "value", "unit", "qualifier", "model", "organization", "start", "end", "sentence",
    "sentence_start", "document_id", "title", "source", "date",
)  # fmt: skip
MAX_FACTS = 12  # an item shows at most this many facts


@dataclass(frozen=True)
class ReviewItem:
    """One thing to look at: its kind (a key of ``KINDS``), the row's model (None for an
    unlinked size), what is wrong in words, and the facts behind it."""

    kind: str
    model: str | None
    detail: str
    facts: tuple[dict, ...]
    size: float | None = None

    @property
    def key(self) -> str:
        """An id that stays the same while the item is on the queue."""
        if self.model is not None:
            return f"{self.kind}:{self.model}"
        fact = self.facts[0]
        return f"{self.kind}:{fact['document_id']}:{fact['start']}:{fact['end']}"

    @property
    def label(self) -> str:
        return f"{KINDS[self.kind]}: {self.model or self.detail}"


def review_queue(
    table: pd.DataFrame,
    behind: dict[str, list[dict]],
    facts: pd.DataFrame,
    corrections: Sequence[Correction] = (),
) -> list[ReviewItem]:
    """The items to review, most consequential first. ``table`` and ``behind`` are the
    corrected models table and its facts (``build_corrected``); ``facts`` the stored facts."""
    accepted = {model_key(c.model) for c in corrections if c.action == "accept" and not c.on_fact}
    items = []
    for row in table.to_dict("records"):
        item = _row_item(row, behind.get(row["model"], ()), accepted)
        if item is not None:
            items.append(item)
    items.extend(_unlinked(facts, corrections))
    order = list(KINDS)

    def rank(item: ReviewItem):
        size = item.size if item.size is not None and item.size == item.size else -1.0
        return (order.index(item.kind), -size, item.key)

    return sorted(items, key=rank)


def _row_item(row: dict, behind: Sequence[dict], accepted: set[str]) -> ReviewItem | None:
    size = row.get("parameters")
    size = float(size) if isinstance(size, (int, float)) and size == size else None
    parts = conflict_parts(row.get("conflict_values")) if row.get("conflict") else []
    differs = bool(row.get("reference_conflict"))
    if parts:
        fields = {part.split(":", 1)[0] for part in parts}
        shown = [f for f in behind if f.get("field") in fields]
        if "organization" in fields:
            shown += [f for f in behind if isinstance(f.get("organization"), str)]
        detail = "; ".join(parts)
        if differs:
            detail += f"; Epoch AI: {human(row.get('reference_parameters'))}"
        return ReviewItem("conflict", row["model"], detail, _plain(shown or behind), size)
    if differs:
        detail = (
            f"parameters: {human(size)} in the text, "
            f"{human(row.get('reference_parameters'))} in Epoch AI's table"
        )
        shown = [f for f in behind if f.get("field") == "parameters"]
        return ReviewItem("reference", row["model"], detail, _plain(shown or behind), size)
    organization = row.get("organization")
    if (not isinstance(organization, str) or not organization) and model_key(
        row["model"]
    ) not in accepted:
        detail = "no organization in the texts or the reference"
        return ReviewItem("organization", row["model"], detail, _plain(behind), size)
    return None


def _unlinked(facts: pd.DataFrame, corrections: Sequence[Correction]) -> list[ReviewItem]:
    """A parameter count linked to no model, unless a correction already speaks of it."""
    if facts.empty:
        return []
    models = facts["model"]
    bare = (facts["kind"] == "parameters") & (
        models.isna() | (models.astype(str).str.strip() == "")
    )
    if not bare.any():
        return []
    on_facts = [c for c in corrections if c.fact_key is not None]
    settled = {at for found in fact_matches(facts, on_facts).values() for at in found}
    items = []
    for at in [i for i, flag in enumerate(bare.tolist()) if flag and i not in settled]:
        fact = facts.iloc[at].to_dict()
        value = fact.get("value")
        size = float(value) if isinstance(value, (int, float)) and value == value else None
        detail = f"{human(size)} parameters, linked to no model"
        items.append(ReviewItem("unlinked", None, detail, _plain([fact]), size))
    return items


def _plain(facts) -> tuple[dict, ...]:
    """The facts as plain dicts of ``FACT_KEYS``, each once, at most ``MAX_FACTS``."""
    seen, plain = set(), []
    for f in facts:
        key = (f.get("document_id"), f.get("start"), f.get("kind"), f.get("model"))
        if key in seen:
            continue
        seen.add(key)
        plain.append({k: f.get(k) for k in FACT_KEYS})
        if len(plain) == MAX_FACTS:
            break
    return tuple(plain)


CORRECTION_COLUMNS = ("When", "Correction", "Reason", "Applies")


def corrections_view(corrections: Sequence[Correction], applies: Sequence[bool]) -> pd.DataFrame:
    """The corrections as the Review page lists them, newest first; ``applies`` says whether
    each finds its fact or row (``insights.table.corrections.found``)."""
    from insights.corrections import describe

    rows = [
        {
            "When": (c.created_at or "").replace("T", " ")[:16],
            "Correction": describe(c),
            "Reason": c.reason or "",
            "Applies": "yes" if ok else ("no: its document is not stored" if c.on_fact
                                         and c.document_id is None else "no: nothing matches"),
        }
        for c, ok in zip(corrections, applies, strict=True)
    ][::-1]  # fmt: skip
    return pd.DataFrame(rows, columns=list(CORRECTION_COLUMNS))
