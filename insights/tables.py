"""Facts into tables: one row per model, the claims, and an alias-aware organization filter.

Pure functions over the facts DataFrame that ``Store.facts()`` returns (every ``Fact`` field
plus ``document_id``, ``title``, ``source``, ``date``).

How the models table picks a value when sources disagree, for each model and each figure
(parameters, active parameters, training tokens, layers, stated compute):

1. Each document votes once: the value it states most often for that model (the first one on a
   tie). Facts qualified as a ``range`` do not vote; every fact stays in the facts table.
2. Votes within 10% of each other agree (sorted values are grouped while the largest is at most
   1.1 times the smallest). The group stated by the most documents wins.
3. Ties go to the group that agrees with the reference (parameters only), then to the group
   with the most recently published document, then to the one seen first.
4. The value shown is the one stated most often inside the winning group; its sentence is the
   evidence. ``conflict`` is true when a model's figures fall into more than one group, and
   ``conflict_values`` lists every group with its number of documents.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass

import pandas as pd

from insights.extract.collector import no_cycle_collection
from insights.extract.keys import model_key
from insights.extract.names import (
    NAME_SIZE_REACH,
    family_name,
    significant_digits,
    size_text,
    split_size,
)
from insights.extract.organizations import canonical_organization
from insights.extract.reference import find_model, organization_for
from insights.table import attributes
from insights.table.identity import (
    BOUNDS,
    identities,
    is_model_name,
    name_tiers_by_title,
    row_name,
)

MODEL_COLUMNS = (
    "model", "organization", "date", "parameters", "active_parameters", "training_tokens",
    "tokens_per_parameter", "training_compute", "training_compute_source", "layers", "sources",
    "conflict", "conflict_values", "reference_parameters", "reference_conflict", "evidence",
    "document", "document_id", "organization_source", "date_source", "corrected",
)  # fmt: skip
NUMBER_COLUMNS = (
    "parameters", "active_parameters", "training_tokens", "tokens_per_parameter",
    "training_compute", "layers", "reference_parameters",
)  # fmt: skip
CLAIM_COLUMNS = (
    "subject", "relation", "other", "value", "unit", "sentence", "document", "document_id",
    "organization", "date",
)  # fmt: skip

# Fact kind (and qualifier) -> models-table column.
FIELDS = ("parameters", "active_parameters", "training_tokens", "layers", "training_compute")
FIELD_OF_KIND = {
    "parameters": "parameters",
    "training_tokens": "training_tokens",
    "layers": "layers",
    "compute": "training_compute",
}
# Every fact kind the models table reads: the figures, release dates, and other names.
TABLE_KINDS = (*FIELD_OF_KIND, "released", "alias")
TOLERANCE = 1.10  # values within 10% of each other agree
STATED = "stated"
ESTIMATE = "estimate (6ND)"

_DEFAULT = object()


@dataclass(frozen=True)
class Choice:
    """The value picked for one figure of one model, and the groups it was picked from."""

    value: float
    fact: dict
    groups: tuple[tuple[float, int], ...]  # (value shown for the group, documents), best first

    @property
    def conflict(self) -> bool:
        return len(self.groups) > 1


def human(value: float | None, field: str = "parameters") -> str:
    """A figure as people write it.

    >>> human(1.75e11), human(1.4e12), human(3.14e23, "training_compute"), human(96, "layers")
    ('175B', '1.4T', '3.14e+23', '96')
    """
    if value is None or pd.isna(value):
        return ""
    if field == "training_compute":
        return f"{value:.3g}"
    if field == "layers":
        return f"{value:g}"
    return size_text(value)


def group_values(values: Iterable[float]) -> list[list[float]]:
    """Sorted values grouped so that each group's largest is at most 1.1 times its smallest.

    >>> group_values([175e9, 170e9, 150e9, 175e9])
    [[150000000000.0], [170000000000.0, 175000000000.0, 175000000000.0]]
    """
    groups: list[list[float]] = []
    for value in sorted(values):
        if groups and value <= groups[-1][0] * TOLERANCE:
            groups[-1].append(value)
        else:
            groups.append([value])
    return groups


def agrees(a: float | None, b: float | None) -> bool:
    """Whether two values are within 10% of each other.

    >>> agrees(70e9, 75e9), agrees(70e9, 80e9), agrees(None, 1.0)
    (True, False, False)
    """
    if a is None or b is None or pd.isna(a) or pd.isna(b) or a <= 0 or b <= 0:
        return False
    return max(a, b) <= min(a, b) * TOLERANCE


def choose(votes: list[dict], reference: float | None = None) -> Choice:
    """Pick one value from per-document votes (dicts with value, date, document_id)."""
    if len(votes) == 1:  # most models: one document states the value, nothing to weigh
        vote = votes[0]
        return Choice(value=vote["value"], fact=vote, groups=((vote["value"], 1),))
    values = [v["value"] for v in votes]
    first = values[0]
    if first >= 0 and values.count(first) == len(values):  # every source says the same
        return Choice(value=first, fact=votes[0], groups=((first, len(votes)),))
    groups = group_values(values)
    if len(groups) == 1:  # the sources agree: the value stated most often, nothing to rank
        value = _mode(values)
        fact = votes[values.index(value)]  # the first vote for it
        return Choice(value=value, fact=fact, groups=((value, len(votes)),))

    def members(group: list[float]) -> list[dict]:
        low, high = group[0], group[-1]
        return [v for v in votes if low <= v["value"] <= high]

    def rank(group: list[float]):
        voters = members(group)
        newest = max((str(v["date"]) for v in voters if _present(v["date"])), default="")
        first = min(v["document_id"] for v in voters)
        return (len(voters), agrees(_shown(group), reference), newest, -first)

    ranked = sorted(groups, key=rank, reverse=True)
    best = members(ranked[0])
    value = _mode([v["value"] for v in best])
    fact = next(v for v in best if v["value"] == value)
    summary = tuple((_mode(g), len(members(g))) for g in ranked)
    return Choice(value=value, fact=fact, groups=summary)


RECORD_COLUMNS = (
    "kind", "value", "model", "organization", "qualifier", "start", "end", "sentence",
    "sentence_start", "document_id", "title", "source", "date", "rule",
)  # fmt: skip


def _records(frame: pd.DataFrame, wanted=None) -> list[dict]:
    """The rows as dicts of plain Python values; far faster than ``to_dict("records")``."""
    columns = [c for c in frame.columns if wanted is None or c in wanted]
    values = [frame[column].tolist() for column in columns]
    return [dict(zip(columns, row, strict=True)) for row in zip(*values, strict=True)]


def _mode(values: list[float]) -> float:
    """The most common value; on a tie the most precisely written ("1.085T" over "a
    trillion"), then the first seen.

    >>> _mode([1e12, 1.085e12]), _mode([7e10, 7e10, 6.95e10])
    (1085000000000.0, 70000000000.0)
    """
    if len(values) == 1:
        return values[0]
    counts: dict[float, int] = {}
    for v in values:
        counts[v] = counts.get(v, 0) + 1
    if len(counts) == 1:  # every source says the same: nothing to break a tie between
        return values[0]
    top = max(counts.values())
    tied = [v for v in values if counts[v] == top]
    return max(tied, key=significant_digits)  # (max keeps the first of equals)


def _shown(group: list[float]) -> float:
    return _mode(group)


def _present(value) -> bool:
    # NaN is the one value not equal to itself; cheaper than pd.isna on 100,000 facts.
    return value is not None and not (isinstance(value, float) and value != value)


def _stated(facts: pd.DataFrame) -> list[dict]:
    """The facts the table reads, as records with the ``field`` each fills: a model named, a
    value, and a kind the table has a column for, or ``released`` (no figure: the row's date,
    see attributes.release_date). Sifted column by column, not fact by fact."""
    field = facts["kind"].map({**FIELD_OF_KIND, "released": "released"})
    active = (facts["kind"] == "parameters") & (facts["qualifier"] == "active")
    field = field.mask(active, "active_parameters")
    # a count without the embeddings is a part of the model's, no column's figure
    field = field.mask((facts["kind"] == "parameters") & (facts["qualifier"] == "non-embedding"))
    model = facts["model"].fillna("").astype(str)
    kept = field.notna() & facts["value"].notna() & (model.str.strip() != "")
    stated = facts[kept].assign(model=model[kept], field=field[kept])
    return _records(stated, (*RECORD_COLUMNS, "field"))


def other_names(facts: pd.DataFrame) -> dict[tuple, str]:
    """Each other name a text gives a model (its ``alias`` facts: "Corvina-22B (formerly
    Skylark-22B)"), by document and name key -> the name its row takes, followed through a
    chain of renames; a name given to two models is neither's. Within the document that says
    so only: another text's "Falcon" is not the "Atlas-2 (formerly Falcon)" of a support bot.

    >>> other_names(pd.DataFrame({"kind": ["alias", "alias"], "model": ["Kite-2", "Kite-3"],
    ...                           "other": ["Kite-1", "Kite-2"], "document_id": [1, 1]}))
    {(1, 'kite1'): 'Kite-3', (1, 'kite2'): 'Kite-3'}
    """
    if "other" not in facts.columns:
        return {}
    aliases = facts[facts["kind"] == "alias"]
    documents = (
        aliases["document_id"] if "document_id" in aliases.columns else [None] * len(aliases)
    )
    names: dict[tuple, str | None] = {}
    for model, other, document in zip(aliases["model"], aliases["other"], documents, strict=True):
        if not (isinstance(model, str) and isinstance(other, str)):
            continue
        if model_key(model) != model_key(other):
            key = (document, model_key(other))
            given = names.get(key, model)
            same = given is not None and model_key(given) == model_key(model)
            names[key] = model if same else None  # (a name given to two models is neither's)
    resolved = {}
    for (document, key), model in names.items():
        seen = {key}
        while model is not None and (following := names.get((document, model_key(model)))):
            seen.add(model_key(model))
            model = following if model_key(following) not in seen else None  # (a loop: no row)
        if model is not None:
            resolved[(document, key)] = model
    return resolved


def _name_sizes_give_way(facts: list[dict]) -> list[dict]:
    """Facts for one field, without the sizes names write ("StarCoder2-15B") where a text states
    a count that the name rounds ("16.0B parameters"): three mentions of the name are not three
    votes against the one count that is stated.

    >>> said = [{"value": 1.5e10, "rule": "size-in-name"}, {"value": 1.6e10, "rule": "table-row"}]
    >>> [f["value"] for f in _name_sizes_give_way(said + said[:1])]
    [16000000000.0]
    >>> [f["value"] for f in _name_sizes_give_way([{"value": 7e9, "rule": "size-in-name"}])]
    [7000000000.0]
    """
    if len(facts) < 2:  # most documents state a figure once: nothing to give way to
        return facts
    rounds = [_rounds(f) for f in facts]
    stated = [f["value"] for f, r in zip(facts, rounds, strict=True) if not r]
    if not stated or len(stated) == len(facts):
        return facts
    return [
        f
        for f, r in zip(facts, rounds, strict=True)
        if not r
        or not any(max(v, f["value"]) <= min(v, f["value"]) * NAME_SIZE_REACH for v in stated)
    ]


# A size written as a tier's label, with no unit: "the 9B model", "in 2B and 9B sizes".
TIER_LABEL = re.compile(r"\d{1,3}(?:\.\d)?[BMKT]")
LISTED_LABELS = re.compile(r"\b\d{1,3}(?:\.\d)?[BMKT],[ \t]*\d")  # "| 1B, 3B |"


def _rounds(fact: dict) -> bool:
    """Whether a fact's figure is a name's or a tier label's ("StarCoder2-15B", "the 9B
    model"), which rounds the count another statement gives ("9.24B parameters")."""
    if fact.get("rule") == "size-in-name":
        return True
    sentence, start = fact.get("sentence"), fact.get("sentence_start")
    if not isinstance(sentence, str) or not isinstance(start, (int, float)):
        return False
    if fact.get("rule") == "table-row" and not LISTED_LABELS.search(sentence):
        return False  # a column's count, however round: "| gemma-2-2b | 2.6B |"; but a
        # family's sizes listed in one cell are labels: "| Llama 3.2 | 1B, 3B |"
    at = int(fact["start"]) - int(start)
    return TIER_LABEL.fullmatch(sentence, at, int(fact["end"]) - int(start)) is not None


def _document_name(fact: dict) -> str | None:
    for key in ("title", "source"):
        if _present(fact.get(key)) and str(fact.get(key)).strip():
            return fact[key]
    return None


def _attr(record, name: str):
    """A field of a reference record: a dataclass, a mapping or None."""
    if record is None:
        return None
    if isinstance(record, dict):
        return record.get(name)
    return getattr(record, name, None)


def models_table(facts: pd.DataFrame, reference=_DEFAULT) -> pd.DataFrame:
    """One row per model, with the columns ``MODEL_COLUMNS`` (see ``build_models``)."""
    return build_models(facts, reference)[0]


@no_cycle_collection()
def build_models(
    facts: pd.DataFrame, reference=_DEFAULT, *, named: Collection[str] = ()
) -> tuple[pd.DataFrame, dict[str, list[dict]]]:
    """The models table, and for each row's model the facts it was built from.

    Which facts are one model is ``insights.table.identity``'s call (spellings, sized names and
    their families, aliases; names that are no model make no row); the organization and date,
    each with its source, are ``insights.table.attributes``'s; the values are voted as the
    module docstring says. ``reference`` looks a model name up in the reference data (a callable
    returning a record with ``model``, ``organization``, ``date``, ``parameters``, or None); by
    default ``insights.extract.reference.find_model``; ``None`` for no reference. A row holding
    a fact whose model is one of ``named`` (a person assigned it there) is a model whatever its
    name.
    """
    find: Callable | None = find_model if reference is _DEFAULT else reference
    if facts is None or facts.empty:
        return pd.DataFrame(columns=list(MODEL_COLUMNS)), {}
    stated = _stated(facts)
    renamed = other_names(facts)
    if renamed:
        # Not a name whose members the texts size ("renamed Kite-2 to Kite-2 Pro" beside
        # "Kite-2-7B"): the family's facts are its members'; nor a model the reference knows
        # ("Atlas-2 (formerly Falcon)"), which is that model wherever else it is named.
        split = (split_size(f["model"]) for f in stated)
        families = {family for family, size in split if size}
        renamed = {
            (document, key): name
            for (document, key), name in renamed.items()
            if split_size(key)[0] not in families and not (find is not None and find(key))
        }
    for f in stated if renamed else ():
        # "Skylark-22B" (and its hub id "skylark-22b") is Corvina-22B's row
        f["model"] = renamed.get((f.get("document_id"), model_key(f["model"])), f["model"])
    if "document_id" in facts.columns:  # "| tiny | 39 M |" in Whisper's card: "Whisper tiny"
        def names_in(document: object) -> pd.Series:  # (read only for a document with a tier)
            return facts.loc[facts["document_id"] == document, "model"].dropna()

        name_tiers_by_title(stated, find, names_in)
    groups, bare_named = identities(stated, find)
    # A release date said of a family ("Parti (June 2022)") dates the members that have none;
    # one said of a sibling ("Qwen-7B-Chat, August") only those with no nearer date (the base
    # they are tuned from: Qwen-14B-Chat ships with Qwen-14B).
    released_of = {}
    family_dates: dict[str, list[dict]] = {}
    sibling_dates: dict[str, list[dict]] = {}
    # ... and the maker the text gives a family ("Skarv 2.1 ... from Nordlys Språkteknologi")
    # makes the members it names nothing of ("| Skarv-2.1-1B | 1.22B |").
    family_makers: dict[str, set[str]] = {}
    for key, group in groups.items():
        released = [f for f in group if f["field"] == "released"]
        released_of[key] = released
        for f in released:
            of = family_dates if f["_mention"].size is None else sibling_dates
            of.setdefault(key[0], []).append(f)
        for f in group:
            if f["_mention"].size is None and isinstance(f.get("organization"), str):
                maker = attributes.canonical(f["organization"])
                if maker:
                    family_makers.setdefault(key[0], set()).add(maker)
    _share_family_tokens(groups)  # (it drops family rows, and adds no release date to any)
    released_of = {key: released_of[key] for key in groups}
    series = _series_dates(stated)
    rows = []
    behind: dict[str, list[dict]] = {}
    for key, group in groups.items():
        name = row_name(key, group, bare_named=key in bare_named)
        ref = _row_reference(name, key, group, find)
        sentences = (f["sentence"] for f in group if isinstance(f.get("sentence"), str))
        known = (
            ref is not None
            or bool(named) and any(f["model"] in named for f in group)
            or any(f.get("_titled_tier") for f in group)  # "Whisper tiny", by its card's title
        )
        if is_model_name(name, sentences, known=known):
            dates = (
                family_dates.get(key[0])
                or _dates_of_series(group, series)
                or _base_dates(key, group, released_of, family_dates, sibling_dates)
            )
            siblings = [] if dates else sibling_dates.get(key[0], [])
            makers = family_makers.get(key[0], set()) if key[1] is not None else set()
            maker = next(iter(makers)) if len(makers) == 1 else None
            row = _model_row(name, key[1], group, ref, dates or [], siblings,
                             family_lookup=reference is _DEFAULT, family_maker=maker)  # fmt: skip
            if row is not None:
                rows.append(row)
                behind.setdefault(name, []).extend(group)
    table = pd.DataFrame(rows, columns=list(MODEL_COLUMNS))
    table = table.astype({column: float for column in NUMBER_COLUMNS})
    table = table.sort_values(["date", "model"], na_position="last", kind="stable").reset_index(
        drop=True
    )
    return table, behind


NAME_PARTS = re.compile(r"[-_ ]+")
BOUND_REACH = 1.5  # how near a bound a count must be to stand for it


# A post-trained variant written after its base's name: "Llama-3.1-8B-Instruct", "Gemma-2-9B-it".
POST_TRAINED = re.compile(r"[-_ ](?:instruct|chat|it)\Z", re.IGNORECASE)


def _base_dates(
    key: tuple, group: list[dict], released_of: dict, family_dates: dict, sibling_dates: dict
) -> list[dict]:
    """The release dates the text states for the base a post-trained variant is named after
    ("Llama 3.1 8B" for "Llama-3.1-8B-Instruct", else its family's), which ship together; none
    when the name carries anything after the suffix ("Mistral-7B-Instruct-v0.2" is a later
    release)."""
    if not any(POST_TRAINED.search(str(f["model"])) for f in group):
        return []
    base = (re.sub(r"(?:instruct|chat|it)\Z", "", key[0]), key[1])
    if base == key:
        return []
    # (its family's, as its own; else its base's siblings')
    return released_of.get(base) or family_dates.get(base[0]) or sibling_dates.get(base[0], [])


def _series_dates(stated: list[dict]) -> dict:
    """Each document's release dates, by the name parts of the model each dates."""
    found: dict = {}
    for f in stated:
        if f["field"] == "released":
            parts = tuple(NAME_PARTS.split(f["model"].lower()))
            found.setdefault(f["document_id"], []).append((parts, f))
    return found


def _dates_of_series(group: list[dict], series: dict) -> list[dict]:
    """A date a document gives the series a row's name starts with, for a row it names and
    does not date: "# Cantor-ASR ... All three variants were released in March 2025" over
    "| Cantor-ASR-large | 1.62B |". Only the same document's: another document's Qwen2.5 is
    no date for Qwen2.5-Coder. A version after the series' unsized name starts another
    generation: "| LLaMA | Feb 2023 |" dates no "Llama 3.2" or "Llama 4 Maverick" row."""
    dates: list[dict] = []
    if not series:
        return dates
    for document_id, names in {(f["document_id"], f["model"]) for f in group}:
        if document_id not in series:  # most documents date no series
            continue
        parts = tuple(NAME_PARTS.split(names.lower()))
        dated = [
            (len(prefix), f)
            for prefix, f in series.get(document_id, ())
            if len(prefix) < len(parts)
            and parts[: len(prefix)] == prefix
            and not (
                _later_version(parts[len(prefix)])
                and not SIZE_PART.fullmatch(prefix[-1])
            )
        ]
        # the nearest series only: "DeepSeek-R1-0528" (May) dates "DeepSeek-R1-0528-Qwen3-8B",
        # not "DeepSeek-R1" (January) before it
        longest = max((n for n, _ in dated), default=0)
        dates.extend(f for n, f in dated if n == longest)
    return dates


# A generation's number after a family's name ("3.2", "4", "v2"; not "7b", "large", a date
# code "1124"); after a sized name it is that checkpoint's ("Mistral 7B v0.1"), no new series.
VERSION_PART = re.compile(r"v?[0-9]{1,2}(?:\.[0-9]+)*")
SIZE_PART = re.compile(r"(?:[0-9]+x)?[0-9.]+[mbkt]")  # "7b", "8x7b"


FIRST_VERSIONS = frozenset({"0", "0.1", "0.1.0", "1", "1.0", "1.0.0"})  # ("v0.2" is a later one)


def _later_version(part: str) -> bool:
    """A generation after a series' first: "3.2", "4", "v2"; not "v0.1", "v1" or "1.0", which
    number the very release a series' date is said of ("Jamba-v0.1")."""
    number = part.lstrip("v")
    return bool(VERSION_PART.fullmatch(part)) and number not in FIRST_VERSIONS


def fact_key(fact: dict) -> tuple:
    """A fact's identity across frames: its document, where it starts, its kind and value."""
    return (fact["document_id"], fact.get("start"), fact["kind"], fact["value"])


def facts_behind(behind: dict[str, list[dict]], facts: pd.DataFrame, model: str) -> pd.DataFrame:
    """The facts a models-table row was built from (its spellings, its family's shared
    statements), as rows of ``facts``; empty when the table has no such row. ``behind`` is
    what ``build_models`` returns beside the table."""
    keys = {fact_key(f) for f in behind.get(model, ())}
    if not keys or facts.empty:
        return facts.iloc[0:0]
    mask = [
        (d, s, k, v) in keys
        for d, s, k, v in zip(facts["document_id"], facts["start"], facts["kind"], facts["value"],
                              strict=True)
    ]  # fmt: skip
    return facts[mask]


ACTIVE_SUFFIX = re.compile(r"a[0-9]+(?:\.[0-9]+)?b\Z")


def _share_family_tokens(groups: dict[tuple, list[dict]]) -> None:
    """What a family's name is said to be trained on ("Qwen2.5 was pre-trained on 18T tokens",
    beside "Qwen2.5 0.5B ... 72B") is each member's, when no member states a count of its own;
    where one does ("Gemma 3 27B saw 14T"), the family's count may be that member's alone, and
    is no other member's. Either way the family's own row, which would hold one member's size
    or tokens, goes: its facts stay in the facts table."""
    sized: dict[str, list[tuple]] = {}
    for family, size in groups:
        if size is not None:
            # (a mixture of experts' name writes its active count after its size: the family
            # of "Qwen3-235B-A22B" is "qwen3a22b", a member of the line "Qwen3")
            sized.setdefault(ACTIVE_SUFFIX.sub("", family), []).append((family, size))
    for family, members in sized.items():
        shared = groups.get((family, None))
        if not shared:
            continue
        if all(key[0] != family for key in members) and not all(
            any(agrees(f["value"], size) for _, size in members)
            for f in shared
            if f["field"] == "parameters" and f.get("qualifier") != "active"
        ):
            continue  # a line's own model beside its mixtures of experts: "Kite-Coder has 480B
            # total ... the lighter Kite-Coder-30B-A3B" (not "Qwen3 (... up to 235B total)")
        groups.pop((family, None))
        tokens = [f for f in shared if f["field"] == "training_tokens"]
        if any(ONE_MEMBER.search(str(f.get("sentence", ""))) for f in tokens):
            continue  # "The 27B was trained on 14T", "over 4T tokens (15B)": one member's count
        said = _token_counts(tokens)
        stated = {key: _token_counts(groups[key]) for key in members}
        if len(said) == 1 and all(values <= said for values in stated.values()):
            # one count for the family, and no member says another ("Qwen2.5 ... 18T" beside
            # "Qwen2.5-72B ... 18T"): each member that says none has it too; only the members
            # the count's sentence lists, when it lists some ("Code Llama ... in 7B, 13B and
            # 34B sizes, trained on 500B tokens" says nothing of a 70B added later)
            listed = _listed_with(tokens, members, groups)
            for key in listed or members:
                if not stated[key]:
                    groups[key].extend(tokens)


def _listed_with(tokens: list[dict], members: list[tuple], groups: dict) -> list[tuple]:
    """The members whose size a sentence of ``tokens`` states."""
    sentences = {(f["document_id"], f.get("sentence")) for f in tokens}
    return [
        key
        for key in members
        if any(
            f["field"] == "parameters" and (f["document_id"], f.get("sentence")) in sentences
            for f in groups[key]
        )
    ]


# A statement that names one member by its size: "the 27B", "(15B)".
ONE_MEMBER = re.compile(r"\b[Tt]he \d+(?:\.\d+)?[BM]\b|\(\d+(?:\.\d+)?[BM]\)")


def _token_counts(group: list[dict]) -> set[float]:
    return {round(float(f["value"]), -9) for f in group if f["field"] == "training_tokens"}


def _row_reference(name: str, key: tuple, group: list[dict], find: Callable | None):
    """The reference record of a row: its own name's, else a spelling's that names this size."""
    if find is None:
        return None
    own = find(name)
    if own is not None and _sizes_agree(own, group):
        return own
    size = key[1]
    for fact in group:
        mention = fact["_mention"]
        ref = mention.reference
        if ref is None:
            continue
        if mention.size is not None or size is None or agrees(_attr(ref, "parameters"), size):
            return ref
    return None


def _sizes_agree(ref, group: list[dict]) -> bool:
    """Whether a reference model whose name writes a size ("ViT-22B" for "ViT") is the size
    the row's facts state; a reference name without a size always is."""
    written = split_size(str(_attr(ref, "model") or ""))[1]
    values = [f["value"] for f in group if f["field"] == "parameters"]
    return written is None or not values or any(agrees(v, written) for v in values)


def _model_row(
    name: str, size, facts: list[dict], ref, family_dates: list[dict],
    sibling_dates: list[dict], family_lookup: bool, family_maker: str | None = None,
) -> dict | None:
    """The row of one model, or None when no value is left to show. ``family_maker`` is the one
    maker the texts give the member's family."""
    reference_parameters = _attr(ref, "parameters")
    choices: dict[str, Choice] = {}
    contradictions: list[str] = []
    by_field: dict[str, list[dict]] = {}
    for f in facts:
        # A range's ends ("Llama 2, from 7B to 70B") say which members a family has: an end is
        # the value of the member of that size, and of no other row.
        if f.get("qualifier") in BOUNDS and f.get("rule") == "shared-subject":
            continue  # a bound said of several at once: "A, B and C were all trained on
            # roughly 300B tokens or fewer" (or "or more") gives none of them 300B
        if f.get("qualifier") != "range" or agrees(f["value"], size):
            by_field.setdefault(f["field"], []).append(f)
    for field, said in by_field.items():
        # A bound gives way to a count near it: "Qwen1.5-110B, our first model above 100B
        # parameters" is 110B, not 100B; not to a class far from it ("a hundred-billion-
        # parameter model called ERNIE 3.0 Titan with up to 260 billion parameters").
        exact = [f["value"] for f in said if f.get("qualifier") not in BOUNDS]
        if exact and len(exact) < len(said):
            by_field[field] = [
                f for f in said
                if f.get("qualifier") not in BOUNDS
                or not any(max(v, f["value"]) <= BOUND_REACH * min(v, f["value"]) for v in exact)
            ]  # fmt: skip
    for field in FIELDS:
        stated = by_field.get(field)
        if not stated:
            continue
        ref_value = reference_parameters if field == "parameters" else None
        if len(stated) == 1:  # one statement: the one vote, no documents to weigh
            choices[field] = choose(stated, ref_value)
            continue
        votes = []
        by_document: dict = {}
        for f in stated:
            by_document.setdefault(f["document_id"], []).append(f)
        for document_id in sorted(by_document):
            in_document = _name_sizes_give_way(by_document[document_id])
            if len(in_document) == 1:  # most documents state a figure once: it is the vote
                votes.append(in_document[0])
                continue
            values = [f["value"] for f in in_document]
            value = _mode(values)
            votes.append(next(f for f in in_document if f["value"] == value))
            groups = group_values(values)
            if len(groups) > 1:
                said = " vs ".join(human(_mode(g), field) for g in groups)
                where = _document_name(in_document[0]) or f"document {document_id}"
                contradictions.append(f"{field}: {said} within {where}")
        choices[field] = choose(_name_sizes_give_way(votes), ref_value)  # (across documents too)

    def value(field: str) -> float | None:
        return choices[field].value if field in choices else None

    parameters, tokens = value("parameters"), value("training_tokens")
    active = value("active_parameters")
    if active is not None and parameters and abs(active - parameters) <= 0.01 * parameters:
        active = None  # "| Gemma 2 9B | 9B | 9B |": every parameter active, a dense model
    compute = value("training_compute")
    compute_source = STATED if compute is not None else None
    if compute is None and tokens and (active or parameters):
        compute = 6 * (active or parameters) * tokens
        compute_source = ESTIMATE

    if not choices:
        return None
    evidence_field = next((f for f in FIELDS if f in choices), None)
    evidence = choices[evidence_field].fact if evidence_field else {}
    known_organization = _attr(ref, "organization")
    if not known_organization and family_lookup:
        # A member the reference does not list, of a family whose listed members share one
        # organization ("CodeT5+ 16B" of "CodeT5+"), else the family's own entry.
        known_organization = organization_for(name) or organization_for(family_name(name))
    organization, organization_source, disagreeing = attributes.organization(
        facts, known_organization
    )
    if organization is None and family_maker is not None:
        organization, organization_source = family_maker, attributes.TEXT  # stated of its family
    date, date_source = attributes.release_date(
        by_field.get("released", []), facts, _attr(ref, "date"),
        family=family_dates, siblings=sibling_dates, name=name,
    )
    conflicts = [
        f"{field}: " + ", ".join(f"{human(v, field)} ({n})" for v, n in choices[field].groups)
        for field in FIELDS
        if field in choices and choices[field].conflict
    ]
    conflicts += contradictions
    if disagreeing:
        conflicts.append("organization: " + ", ".join(f"{o} ({n})" for o, n in disagreeing))
    reference_organization = attributes.canonical(known_organization)
    if organization_source == attributes.TEXT and reference_organization:
        conflicts.append(
            f"organization: {organization} (text), {reference_organization} (reference)"
        )
    return {
        "model": name,
        "organization": organization,
        "date": date,
        "parameters": parameters,
        "active_parameters": active,
        "training_tokens": tokens,
        "tokens_per_parameter": tokens / parameters if tokens and parameters else None,
        "training_compute": compute,
        "training_compute_source": compute_source,
        "layers": value("layers"),
        "sources": len({f["document_id"] for f in facts}),
        "conflict": bool(conflicts),
        "conflict_values": "; ".join(conflicts) or None,
        "reference_parameters": reference_parameters,
        "reference_conflict": bool(
            parameters and reference_parameters and not agrees(parameters, reference_parameters)
        ),
        "evidence": evidence.get("sentence"),
        "document": _document_name(evidence) if evidence else None,
        "document_id": evidence.get("document_id"),
        "organization_source": organization_source,
        "date_source": date_source,
        "corrected": None,  # the columns a person corrected: insights.table.corrections
    }


def claims_table(facts: pd.DataFrame, reference=_DEFAULT) -> pd.DataFrame:
    """The claims: subject, relation, other model, value, unit, sentence, document.

    ``organization`` is the subject's, as stated or else from ``reference`` (as for
    ``models_table``), so that claims filter by organization like models do.
    """
    find: Callable | None = find_model if reference is _DEFAULT else reference
    if facts is None or facts.empty:
        return pd.DataFrame(columns=list(CLAIM_COLUMNS))
    claims = facts[facts["kind"] == "claim"]

    def organization(row: dict):
        stated = row.get("organization")
        if _present(stated) and stated:
            return canonical_organization(stated) or stated
        subject = row["model"]
        known = _attr(find(subject), "organization") if find and _present(subject) else None
        return (canonical_organization(known) or known) if known else None

    records = claims.to_dict("records")
    table = pd.DataFrame(
        {
            "subject": claims["model"],
            "relation": claims["relation"],
            "other": claims["other"],
            "value": claims["value"],
            "unit": claims["unit"],
            "sentence": claims["sentence"],
            "document": [_document_name(row) for row in records],
            "document_id": claims["document_id"],
            "organization": [organization(row) for row in records],
            "date": claims["date"],
        },
        columns=list(CLAIM_COLUMNS),
    )
    return table.reset_index(drop=True)


def organization_key(name) -> str | None:
    """The canonical organization for matching, ignoring case and aliases.

    >>> organization_key("deepmind") == organization_key("Google DeepMind")
    True
    >>> organization_key("Acme  Labs")
    'acme labs'
    """
    if not _present(name) or not str(name).strip():
        return None
    canonical = canonical_organization(str(name))
    return (canonical or " ".join(str(name).split())).casefold()


def filter_by_organization(df: pd.DataFrame, names: Iterable[str] | None) -> pd.DataFrame:
    """Rows whose ``organization`` is any of ``names``, by any alias, ignoring case."""
    wanted = {organization_key(n) for n in names or ()} - {None}
    if not wanted:
        return df
    if "organization" not in df.columns:
        raise KeyError("the table has no organization column")
    mask = df["organization"].map(lambda org: organization_key(org) in wanted)
    return df[mask.astype(bool)].reset_index(drop=True)
