"""Reference facts about known models, from data/reference/models.csv (derived from Epoch AI).

The reference may name a model's organization or date beside extracted facts, or flag a
disagreement; it never supplies a number to the extractor, whose every number comes from the
text being read.
"""

from __future__ import annotations

import csv
import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from insights.extract.keys import model_key

REFERENCE_DIR = Path(__file__).resolve().parents[2] / "data" / "reference"
REFERENCE_CSV = REFERENCE_DIR / "models.csv"
# Curated beside Epoch's table, each row with its source: abbreviations developers use for a
# reference model ("MT-NLG"), and the organization that publishes a family ("Gemma", Google).
ALIASES_CSV = REFERENCE_DIR / "aliases.csv"
FAMILIES_CSV = REFERENCE_DIR / "families.csv"
HUB_ACCOUNTS_CSV = REFERENCE_DIR / "hub_accounts.csv"
EPOCH_CORRECTIONS_CSV = REFERENCE_DIR / "epoch_corrections.csv"
# The columns of models.csv, in order.
COLUMNS = [
    "model",
    "aliases",
    "organization",
    "date",
    "parameters",
    "training_data_size",
    "domain",
    "link",
]


@dataclass(frozen=True)
class ReferenceModel:
    """One model's reference facts: names, organization, date and Epoch's figures."""

    model: str
    aliases: tuple[str, ...]
    organization: str
    date: str | None
    parameters: float | None
    training_data_size: float | None
    domain: str
    link: str


def _number(text: str) -> float | None:
    """A float from a CSV cell; None when empty."""
    return float(text) if text.strip() else None


def _record(row: dict[str, str]) -> ReferenceModel:
    """One CSV row as a ReferenceModel."""
    return ReferenceModel(
        model=row["model"],
        aliases=tuple(a for a in row["aliases"].split("|") if a),
        organization=row["organization"],
        date=row["date"] or None,
        parameters=_number(row["parameters"]),
        training_data_size=_number(row["training_data_size"]),
        domain=row["domain"],
        link=row["link"],
    )


@cache
def _models() -> tuple[ReferenceModel, ...]:
    """All reference models, read once."""
    with REFERENCE_CSV.open(encoding="utf-8", newline="") as f:
        return tuple(_record(row) for row in csv.DictReader(f))


def load_reference() -> list[ReferenceModel]:
    """All reference models in file order (by date, then name)."""
    # A fresh list so callers cannot alter the cached tuple.
    return list(_models())


@cache
def _index() -> dict[str, ReferenceModel]:
    """Map each name key and alias key to its model; a model's own name wins over aliases."""
    index: dict[str, ReferenceModel] = {}
    for ref in _models():
        index.setdefault(model_key(ref.model), ref)
    for ref in _models():
        for alias in ref.aliases:
            index.setdefault(model_key(alias), ref)
    by_name = {ref.model: ref for ref in _models()}
    for row in _curated(ALIASES_CSV):
        if row["model"] in by_name:
            index.setdefault(model_key(row["alias"]), by_name[row["model"]])
    return index


def curated_aliases() -> list[str]:
    """The aliases of the curated file (``aliases.csv``) whose model the reference table has."""
    by_name = {ref.model for ref in _models()}
    return [row["alias"] for row in _curated(ALIASES_CSV) if row["model"] in by_name]


@cache
def family_names() -> frozenset[str]:
    """The families of the curated file (``families.csv``), lower-cased: "codestral", "falcon"."""
    return frozenset(row["family"].lower() for row in _curated(FAMILIES_CSV))


@cache
def _hub_accounts() -> dict[str, str]:
    return {row["account"].lower(): row["organization"] for row in _curated(HUB_ACCOUNTS_CSV)}


def hub_account_organization(account: str) -> str | None:
    """The maker that publishes under a model hub's account (``hub_accounts.csv``), a name the
    text writes in a repository id ("google/gemma-2-9b"): "google" is Google.

    >>> hub_account_organization("meta-llama"), hub_account_organization("TheBloke")
    ('Meta', None)
    """
    return _hub_accounts().get(account.lower())


def epoch_corrections() -> list[dict[str, str]]:
    """Values of Epoch AI's data that its own sources contradict (``epoch_corrections.csv``):
    model, column (``parameters`` or ``training_data_size``; ``model`` with no value drops the
    row), Epoch's value, the corrected value, and the source that gives it. The reference
    build and the evaluation of Epoch's abstracts both apply them, and say so."""
    return _curated(EPOCH_CORRECTIONS_CSV)


def dropped(model: str) -> bool:
    """Whether ``epoch_corrections.csv`` drops Epoch's row of that name (a column ``model`` with
    no value: a row that repeats another under a wrong name).

    >>> dropped("ATLAS"), dropped("UnifiedQA")
    (True, False)
    """
    return any(
        row["model"] == model and row["column"] == "model" and not row["value"]
        for row in epoch_corrections()
    )


def corrected(model: str, column: str, value: float | None) -> float | None:
    """Epoch's ``value`` of ``model``'s ``column``, corrected where ``epoch_corrections.csv``
    lists it (only when the value is still the one the correction was written against).

    >>> corrected("Llama 2-7B", "parameters", 7e10), corrected("Llama 2-70B", "parameters", 7e10)
    (7000000000.0, 70000000000.0)
    """
    for row in epoch_corrections():
        if (
            row["model"] == model
            and row["column"] == column
            and column != "model"
            and value == float(row["epoch_value"])
        ):
            return float(row["value"])
    return value


def _curated(path: Path) -> list[dict[str, str]]:
    """The rows of a curated CSV beside the reference table; none when it is absent."""
    if not path.exists():
        return []
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


@cache
def _families() -> tuple[tuple[re.Pattern, str], ...]:
    """(a family's name as a pattern, canonical organization), longest family first. The name's
    parts may be written together or apart ("Code Llama", "CodeLlama", "ESM-2", "esm2"), and a
    family ends before anything but a letter."""
    from insights.extract.organizations import canonical_organization

    rows = [
        (
            row["family"],
            canonical_organization(row["organization"]) or row["organization"],
        )
        for row in _curated(FAMILIES_CSV)
    ]
    rows.sort(key=lambda row: -len(row[0]))
    return tuple((_family_pattern(family), organization) for family, organization in rows)


def _family_pattern(family: str) -> re.Pattern:
    """ "Code Llama" as a pattern for a folded name's start: its parts (runs of letters, of
    digits, of other marks) joined by an optional space, hyphen or underscore."""
    parts = FAMILY_PART.findall(family.casefold())
    written = ("[._ -]?" if p == "." else re.escape(p) for p in parts)  # "3.1" as "3_1" too
    return re.compile("[ _-]?".join(written) + "(?![^\\W\\d_])")


FAMILY_PART = re.compile(r"[^\W\d_]+|\d+|[^\w\s-]+")


@lru_cache(maxsize=65536)
def family_organization(name: str | None) -> str | None:
    """The organization that publishes the family a name begins with, from the curated
    families table; the longest family wins, and a family must end at a non-letter.

    >>> [family_organization(n) for n in ("Gemma 3 12B", "GPT-J-6B", "GPT-4", "CodeLlama-34B")]
    ['DeepMind', 'EleutherAI', 'OpenAI', 'Meta']
    >>> family_organization("Phoenix") is None
    True
    """
    found = _family_of(name.casefold()) if name else None
    return found[1] if found is not None else None


def _family_of(folded: str) -> tuple[re.Match, str] | None:
    """Where the longest family a folded name begins with matches it, and its organization."""
    for family, organization in _families():
        if (match := family.match(folded)) is not None:
            return match, organization
    return None


def find_model(name: str | None) -> ReferenceModel | None:
    """The reference model whose name or alias matches `name`; None when unknown.

    >>> find_model("gpt3").model
    'GPT-3 175B (davinci)'
    >>> find_model("Acme-9000") is None
    True
    """
    if not name or not name.strip():
        return None
    return _index().get(model_key(name))


@lru_cache(maxsize=65536)
def organization_for(name: str | None) -> str | None:
    """The canonical organization of a known model, or of a family whose known members all come
    from one organization, or of a family the curated families table names; None when the
    model or organization is unknown.

    >>> organization_for("Chinchilla"), organization_for("Falcon")
    ('DeepMind', 'Technology Innovation Institute')
    """
    ref = find_model(name)
    if ref is not None:
        return ref.organization or None
    key = model_key(name or "")
    if len(key) < 4:
        return family_organization(name)
    keys = _sorted_keys()
    i = bisect_left(keys, key)
    organizations: set[str] = set()
    while i < len(keys) and keys[i].startswith(key) and len(organizations) < 2:
        rest = keys[i][len(key) :]
        if rest[:1].isdigit() or rest[:1] in "(." or rest.startswith(MEMBER_SUFFIXES):
            organizations.add(_index()[keys[i]].organization)  # "llama27b", "jurassic1jumbo"
        i += 1
    if len(organizations) == 1:
        return organizations.pop() or None
    return _member_organization(name)


def _member_organization(name: str | None) -> str | None:
    """The maker of the family a name begins with, when the rest of the name is a member's:
    sizes, versions and the words makers add ("Qwen2.5-14B-Instruct" is Alibaba's); not
    when it goes on with a word of someone else's ("Qwen2.5-14B-Lex", a fine-tune).

    >>> _member_organization("Qwen2.5-14B-Instruct"), _member_organization("Qwen2.5-14B-Lex")
    ('Alibaba', None)
    """
    if not name:
        return None
    folded = name.casefold()
    found = _family_of(folded)
    if found is None:
        return None
    family, organization = found
    words = _member_words()
    if any(word not in words for word in WORD.findall(folded, family.end())):
        return None
    return organization


WORD = re.compile(r"(?<![^\W\d_])[^\W\d_]{3,}")  # a run of three letters or more


@cache
def _member_words() -> frozenset[str]:
    """Words a maker puts after its family's name ("-Instruct", "-Coder", "-GGUF"), from
    ``member_words.txt``; shorter runs than WORD's three letters ("-VL", "-IT") are not read."""
    return frozenset((REFERENCE_DIR / "member_words.txt").read_text(encoding="utf-8").split())

# How a family's members go on from its name: a size, a version, a tier.
MEMBER_SUFFIXES = ("jumbo", "large", "base", "chat", "instruct", "small", "medium", "mini",
                   "xl", "xxl", "pro", "ultra", "lite", "v")  # fmt: skip


@cache
def _sorted_keys() -> list[str]:
    return sorted(_index())
