"""Markdown tables, where a column's header gives the unit of the bare numbers below it.

    | Model      | Params | Tokens |
    |------------|--------|--------|
    | Chinchilla | 70B    | 1.4T   |

Only the layout is read here: which cells hold the model, the organization, and numbers of
which kind. ``extractor`` turns the numbers into facts, with spans in the original text.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace

import regex

from insights.extract.keys import model_key
from insights.extract.lines import line_end as _line_end
from insights.extract.lines import line_start as first_of_line
from insights.extract.patterns import CONFIG_SUFFIX, HUB_ACCOUNT, fold
from insights.extract.reference import hub_account_organization

# A header row, then a separator row of dashes: the start of a table.
# (Possessive, so a long line of pipes is read in linear time; the header's closing pipe is
# checked after the match.)
TABLE_START = regex.compile(r"(?m)^[ \t]*+\|(?P<header>[^\n]*+)\n[ \t]*+\|?[ \t]*+:?-{3,}[^\n]*+\n")
ROW = regex.compile(r"(?m)^[ \t]*\|[^\n]*\|[^\n]*$")  # (GitHub reads a row without its last pipe)
# A table whose rows have no outer pipes, as GitHub reads them: "Model | Params\n---|---\n".
BARE_TABLE_START = regex.compile(
    r"(?m)^[ \t]*+(?P<header>[^\s|][^\n|]*+(?:\|[^\n|]++){1,40})\|?[ \t]*+\n"
    r"[ \t]*+:?-{3,}[ \t]*+:?(?:\|[ \t]*+:?-{3,}[ \t]*+:?){1,40}\|?[ \t]*+\n"
)
BARE_ROW = regex.compile(r"(?m)^[ \t]*+[^\s|][^\n|]*+\|[^\n]*+$")
# A header of a plain pipe table: words split by pipes, no digits, on a line of its own.
_HEADER_CELL = r"(?=[^\n|0-9]*?[A-Za-z])[^\n|0-9]++"  # words, at least one letter, no digits
LOOSE_HEADER = regex.compile(
    r"(?m)^[ \t]*+\|?(?P<header>%s(?:\|%s){1,30})\|?[ \t]*+$" % (_HEADER_CELL, _HEADER_CELL)
)
# Tables aligned with spaces: cells are runs of words one space apart, two or more spaces or a
# tab between cells, three cells or more.
_SPACED_CELL = r"[^ \t\n]++(?: [^ \t\n]++)*+"
SPACED_CELL = regex.compile(_SPACED_CELL)
SPACED_LINE = regex.compile(
    r"[ \t]*+%s(?:(?: {2,}+|\t++)%s){2,30}+[ \t]*+" % (_SPACED_CELL, _SPACED_CELL)
)
# A header of comma-separated values: short cells of words, no digits, no space after a comma.
_CSV_CELL = r"[A-Za-z_][\w ()/#.-]{0,40}+"  # a short cell of words, starting with a letter
CSV_HEADER = regex.compile(
    r"(?m)^[ \t]*+(?P<header>%s(?:,%s){2,30}+)[ \t]*+$" % (_CSV_CELL, _CSV_CELL)
)
CSV_CELL = regex.compile(r"[^,\n]+")
FACT_HEADER = regex.compile(
    r"(?i:param|token|layer|size|flop|compute|active|total|depth|image|hours|audio)"
)
SEPARATOR_ROW = regex.compile(r"[ \t]*\|?[ \t]*:?-{3,}")
CELL = regex.compile(r"[^|]+")
MARKUP = regex.compile(r"^[\s*_`]+|[\s*_`]+$")
SCALE_IN_HEADER = regex.compile(
    r"[(\[](?P<scale>[KMBT]|bn)[)\]]"
    r"|(?:\bin |[(\[])(?P<word>thousand|million|billion|trillion)s?\b"  # "(billions)"
    r"|_(?P<suffix>[KMBT])\b"  # "params_b", "tokens_t" as a spreadsheet writes them
    r"|/[ \t]*(?P<per>[KMBT]|bn)\b(?![ \t]*(?:tok|param))",  # "Params / M", not "$ / M tokens"
    regex.IGNORECASE,
)

# Not "d_model", and not "model_dim" or "Model dim", "Model width": a dimension of the model.
MODEL_HEADER = regex.compile(
    r"\b(?:model|name)\b(?![ _-]*(?:dim|dims|dimension|width|hidden|parallel|d)\b)"
    r"|\A(?:hf[ _-]|hub[ _-])?checkpoints?(?:[ _-](?:name|id))?\Z"  # (not "Checkpoints we test")
    r"|\Astudents?(?: models?)?\Z"
)
# A column of hub repositories: "Hub id", "HF repo", "Hugging Face", "Repository", "Model ID".
REPOSITORY_HEADER = regex.compile(
    r"(?:(?:hf|hub|hugging[ _-]?face|model|repo|repository)[ _-]*(?:ids?|repos?|repository|links?"
    r"|paths?)|repo|repository|hugging[ _-]?face(?:[ _-]hub)?|hf)"
)
# A variant's label in a first column, no model's name: "Base", "Instruct", "MoE Instruct",
# "Instruct, AWQ 4-bit" (a repository beside it names the model).
_VARIANT_WORD = (
    r"(?:base|instruct|chat|vision|vl|moe|dense|coder|code|math|reasoning|thinking|awq|gguf"
    r"|gptq|fp8|bf16|int4|int8|[48]-bit|quantized|small|medium|large|mini|tiny|nano|pro|flash"
    r"|lite|ultra|max|plus|it|sft|dpo|rl|reward|embedding|audio|omni|preview|distilled|long"
    r"|context)"
)
VARIANT_LABEL = regex.compile(r"(?i)%s(?:[ ,/+()-]+%s\)?)*" % (_VARIANT_WORD, _VARIANT_WORD))
DATE_HEADER = regex.compile(
    r"(?:release[ _-]?)?(?:date|dates|day|month|year|when|seen|updated|added)"
)  # (not "Release" alone: "| Release | Parameters |" may list the releases by name)
# A first column of a recipe's stages, not models: "| Stage | Data | Compute |" over "| GRPO |
# ... RL on about 2.6B tokens |" (the page's model's, not a stage's).
STAGE_HEADER = regex.compile(r"(?:training[ _-]?)?(?:stages?|phases?|steps?)")
PRETRAINING_CELL = regex.compile(r"(?i)pre-?train|\Amain\b|\Abase\b")
# A first column of data, not models: "| Subset | Documents | Tokens |", "| Dataset | Size |".
DATA_HEADER = regex.compile(
    r"(?:data[ _-]?sets?|data|subsets?|sources?|corpus|corpora|splits?|domains?|mixtures?"
    r"|components?|categor(?:y|ies)|slices?|shards?)"
)
NON_EMBEDDING_HEADER = regex.compile(
    r"\bnon[ _-]?emb(?:ed|\b)|\bexcl(?:uding|\.)?[ ]emb(?:ed|\b)|\b(?:w/o|without)[ ]emb(?:ed|\b)"
)  # ("Non-emb. params", "Params (excl. emb.)", "w/o embeddings", "Params (w/o emb.)")
# A cell's two counts, the count and its part without the embeddings, in either order.
EXCLUDED_PAIRS = ("total/non-embedding", "non-embedding/total")
INCLUDING_EMBEDDINGS = regex.compile(r"\bincl(?:uding|\.)?[ ]emb(?:ed|\b)")  # "(incl. embeddings)"
BASE_MODEL_HEADER = regex.compile(
    r"\b(?:base|parent|teacher|backbone)[ _-]*model\b|\bbase\b|\A(?:teacher|parent)s?(?: \(.*\))?\Z"
)  # (a lone "Teacher" column beside "Student": the student is the row's model)
# A column of the designs the rows' models are built on: "| | Architecture | ... |".
ARCHITECTURE_HEADER = regex.compile(r"(?:base[ ]+)?(?:architecture|arch\.?)")
# A column naming a part of the row's model: "| Model | Vision encoder | Language model |".
PART_HEADER = regex.compile(
    r"\b(?:language|vision|visual|text|audio|speech|image|draft|judge|reward|teacher|critic|verifier"
    r"|reference)[ _-]*(?:model|encoder|decoder|tower|backbone)s?\b|\b(?:encoder|decoder|backbone"
    r"|llm|lm|judge|teacher|critic)\b"
)  # (and a model in another role beside the row's: "| Variant | Judge model | Parameters |")
# A first column whose rows are the table's own subjects (their models, runs or methods): a
# role column beside it is a part's ("| Policy | Reward model |", "| Backbone | Reward model |").
OWN_ROWS_HEADER = regex.compile(
    r"\b(?:policy|policies|student|actor|generator|backbone|base|run|method|setup|config"
    r"|experiment)s?\b"
)
ROLE_HEADER = regex.compile(r"\b(?:judge|reward|teacher|critic|verifier|reference)\b")
# A first column's header that says the column holds the table's models.
OWN_MODEL_HEADER = regex.compile(r"\b(?:model|name|checkpoint|variant|release)s?\b")
# The label of a side-on table's row that counts a part of each column's model: "| Vision params
# |", "| LM params |", "| Audio encoder, Params (M) |" (not "| Total params |").
PART_ROW_LABEL = regex.compile(
    r"(?i)\b(?:vision|visual|image|text|audio|speech|language|LM|LLM|encoder|decoder|projector"
    r"|adapter|backbone|tower)\b"
)
# A row label that names a setting of training, whose counts are no model's size or data:
# "| Learning rate | 1.5e-4 | 10B tokens warm-up |", "| Batch size | 2048 x 2048 tokens |".
SETTING_ROW_LABEL = regex.compile(
    r"(?i)\b(?:batch|learning[ \t]+rate|lr|warm-?up|schedule|weight[ \t]+decay|optimi[sz]er"
    r"|precision|(?:sequence|context)[ \t]+length|gradient[ \t]+clipping)\b"
)  # (anywhere in the label: "Peak learning rate", "Learning rate schedule")
COUNT_HEADER = regex.compile(r"param|size|layer|token|head|dim|block|\#")  # ("Encoder layers")
TEACHER_HEADER = regex.compile(r"\b(?:teacher|parent)s?\b")
# A column of the makers: "Developer", "Lab", "Company" (words: not the "lab" of "Available").
ORGANIZATION_HEADER = regex.compile(
    r"\b(?:organi[sz]ations?|developers?|compan(?:y|ies)|labs?|laborator(?:y|ies))\b"
)
# A column of the models' sizes: "Size", "Model size (B)", "Sizes we test", "Available sizes"
# (not "File size", "Size (GB)", "Batch size": memory and settings).
SIZE_HEADER = regex.compile(
    r"(?:(?:model|available|released|supported|tested|open|offered)[ ]+)?sizes?"
    r"(?:[ ]+(?:we[ ]+(?:test|tested|use|used|serve|support|ship|offer|release|released|host)"
    r"|available|released|supported|tested|offered))?"
    r"(?:[ ]*[(\[](?:[kmbt]|bn|params?|parameters|billions?|millions?)[)\]])?"
)
HEADER_SCALES = {"k": 1e3, "m": 1e6, "b": 1e9, "bn": 1e9, "t": 1e12, "thousand": 1e3,
                 "million": 1e6, "billion": 1e9, "trillion": 1e12}  # fmt: skip


@dataclass(frozen=True)
class Column:
    """What a column holds: "model", "organization", a fact kind with its qualifier, "other"
    (what holds no facts) or "excluded" (counts that look like sizes and are none: a row's
    numbers there are read as no fact at all)."""

    role: str
    qualifier: str | None = None
    multiplier: float = 1.0
    lone: str | None = None  # a lone count's qualifier in a column of pairs where no row
    # pairs them ("Params (active)" over "3B" alone: the active count)


@dataclass(frozen=True)
class Cell:
    start: int
    end: int
    column: Column


@dataclass(frozen=True)
class Row:
    start: int
    end: int
    model: Cell | None
    organization: Cell | None
    numbers: tuple[Cell, ...]
    line: tuple[int, int] | None = None  # the whole line, when the row is one cell of it
    data: bool = False  # a row of data, not of models: "| FineMath | 34B tokens | SmolLM2 |"
    part: bool = False  # a stage after pretraining: "| Annealing | 50B tokens |" (a part of it)
    header: Cell | None = None  # a side-on table's column header, when a row names the model
    settings: tuple[Cell, ...] = ()  # cells under a setting's header: "| Batch size |" over
    # "| 3.2M tokens |" (a count of no model's size or data)


# A token column that counts data, its whole or a part: "English data (tokens)", "Total tokens".
DATA_PART_HEADER = regex.compile(r"\bdata\b|\btotal\b|\btokens\b(?![ ]*/)")
# A ratio of two figures, or the part of a model that an adapter trains.
RATIO_OR_PART_HEADER = regex.compile(
    r"/\s*(?:param|token)|\bper\s+param|\btrainable\b|\blora\b|\badapter\b"
    # a setting of the model or its training, however it is counted: "Batch (tokens)",
    # "Context (tokens)", "Max image side", "Vocab size"
    r"|\bbatch|\bcontext|\bvocab|\bseq(?:uence)?\b|\bwindow|\bresolution|\bside\b|\bpx\b"
    r"|\bpixels?\b|\bwidth\b|\bhidden\b|\blearning\s+rate"
)
# A count a rule or a plan calls for: "Chinchilla-Optimal Tokens", "Recommended tokens".
WHAT_IF_HEADER = regex.compile(r"\b(?:optimal|recommended|suggested|ideal|target|planned)\b")
# How long a model was trained, in tokens by a leaderboard's habit: "Pretraining length".
TRAINING_LENGTH_HEADER = regex.compile(r"(?:pre-?)?train(?:ing)?[ _]length")
# A count of something in each layer, not of layers: "Experts (per layer)", "Heads per layer".
PER_LAYER_HEADER = regex.compile(r"\bper\s+layer|\bexperts?\b|\bheads?\b")


def column_for(header: str, index: int) -> Column:
    """The role of a column from its header text.

    >>> column_for("Params (B)", 2)
    Column(role='parameters', qualifier=None, multiplier=1000000000.0, lone=None)
    >>> column_for("Images seen", 2).role, column_for("GPU hours", 3).role
    ('images', 'other')
    >>> column_for("tokens_t", 3).multiplier, column_for("Params [bn]", 1).multiplier
    (1000000000000.0, 1000000000.0)
    >>> column_for("Params / M", 1).multiplier
    1000000.0
    >>> column_for("Active per token", 4).qualifier, column_for("Model", 0).role
    ('active', 'model')
    >>> column_for("Checkpoint", 1).role
    'model'
    >>> column_for("#Activated Params", 2).qualifier
    'active'
    >>> column_for("Model dim", 2).role, column_for("Tokens/param", 3).role
    ('other', 'other')
    >>> column_for("Experts (per layer)", 2).role, column_for("Layers", 2).role
    ('other', 'layers')
    >>> column_for("Activated / Total Params", 1).qualifier
    'active/total'
    >>> column_for("Non-embedding params", 1).qualifier, column_for("Release date", 0).role
    ('non-embedding', 'other')
    >>> column_for("Params (non-emb.)", 2).qualifier
    'total/non-embedding'
    >>> column_for("Laboratory", 1).role, column_for("Sizes we excluded", 2).role
    ('organization', 'other')
    >>> column_for("Chinchilla-Optimal Tokens", 3).role, column_for("Training Tokens", 2).role
    ('other', 'training_tokens')
    >>> column_for("Hub id", 1), column_for("Variant", 0).role
    (Column(role='model', qualifier='repository', multiplier=1.0, lone=None), 'model')

    """
    low = header.lower()
    scale = SCALE_IN_HEADER.search(header)
    multiplier = 1.0
    if scale:
        written = next(scale.group(g) for g in ("scale", "word", "suffix", "per") if scale.group(g))
        multiplier = HEADER_SCALES[fold(written)]
    if BASE_MODEL_HEADER.search(low) or TEACHER_HEADER.search(low):
        return Column("other")  # "Base model": what the row's model was tuned from (and
        # "Teacher params": its teacher's count, not the row's)
    if (non_embedding := NON_EMBEDDING_HEADER.search(low)) is not None:
        bracket = low.rfind("(", 0, non_embedding.start())
        if bracket > 0 and "param" in low[:bracket]:
            # "Params (non-emb.)" over "7.3B (6.7B)": the count, then its part without the
            # embeddings (a lone count there, that part); "Params (non-emb / total)" the other
            # way round
            later_total = low.find("total", non_embedding.end()) != -1
            return Column("parameters", EXCLUDED_PAIRS[later_total], multiplier)
        return Column("parameters", "non-embedding", multiplier)  # "Non-embedding params": a
        # part of the count, no size (the models table reads no such count)
    if DATE_HEADER.fullmatch(low.strip()):
        return Column("other")  # "| Seen | Checkpoint |" over "| 2023-09-16 | ...": no names
    if index == 0 and STAGE_HEADER.fullmatch(low.strip(" *_`")):
        return Column("other", "stage")  # "| Stage | Data |": a recipe's stages, not models
    if index == 0 and DATA_HEADER.fullmatch(low.strip(" *_`")):
        return Column("other", "data")  # "| Subset | Documents | Tokens |": a data set's parts
    if index and REPOSITORY_HEADER.fullmatch(low.strip(" *_`")):
        return Column("model", "repository")  # "| Variant | Hub id |" over "| Base |
        # `acme/Heron-2-14B` |": the repository names the row's model
    if MODEL_HEADER.search(low) or (index == 0 and not any(c.isdigit() for c in low)):
        if not any(w in low for w in ("param", "size", "token")):
            return Column("model")
    if ORGANIZATION_HEADER.search(low) or (
        low.strip() in ("org", "orgs", "maker", "made by", "creator", "vendor", "by")
    ):
        return Column("organization")
    if INCLUDING_EMBEDDINGS.search(low) and "param" in low:
        return Column("parameters", None, multiplier)  # "Params (incl. embeddings)": the whole
    if "embedding" in low and "non-embedding" not in low and "non embedding" not in low:
        return Column("other")  # "Embedding params": a part, not the model's size
    if WHAT_IF_HEADER.search(low):
        return Column("other", "what-if")  # "Chinchilla-Optimal Tokens": what a rule says
        # the row's model should have had, not what it had
    if RATIO_OR_PART_HEADER.search(low):
        return Column("other", "setting")  # "Tokens/param", an adapter's "Trainable params",
        # "Batch (tokens)"
    if ("active" in low or "activated" in low) and "total" in low:
        # "Params (total / active)": a cell's two counts in that order ("109B / 17B")
        pair = "total/active" if low.index("total") < low.index("activ") else "active/total"
        return Column("parameters", pair, multiplier)
    bracket = low.find("(")
    if 0 < bracket < low.find("activ") and "param" in low[:bracket]:
        # "Params (active)" over "26.0B (4.1B)": the count, then its active share (a lone
        # count there, neither; but where no row of the table pairs them, an active count)
        return Column("parameters", "total/active", multiplier, lone="active")
    if "active" in low or "activated" in low:  # ("Activated params", DeepSeek's word)
        return Column("parameters", "active", multiplier)
    if low.strip() == "total" or "total param" in low:
        return Column("parameters", "total", multiplier)
    if "param" in low or low.strip() == "#params" or SIZE_HEADER.fullmatch(low.strip(" *_`")):
        return Column("parameters", None, multiplier)
    if (
        "token" in low and "tokeniz" not in low  # (not "Tokenizer": whose, not how many)
        or TRAINING_LENGTH_HEADER.fullmatch(low.strip(" *_`"))
    ):
        return Column("training_tokens", None, multiplier)  # (and "Pretraining length")
    if ("layer" in low or "depth" in low) and not PER_LAYER_HEADER.search(low):
        return Column("layers")
    if "flop" in low or "compute" in low:
        return Column("compute", None, multiplier)
    if "image" in low:
        return Column("images", None, multiplier)  # "Images seen"
    if ("hours" in low or "audio" in low) and not any(
        w in low for w in ("gpu", "tpu", "chip", "node", "wall", "time", "accelerator")
    ):
        return Column("hours", None, multiplier)  # "Train audio (hours)", not "GPU hours"
    return Column("other")


def table_rows(text: str, timeout: float | None = None) -> list[Row]:
    """The body rows of every Markdown table in ``text``, with their cells' roles; also tables
    without the Markdown separator row: pipes, columns aligned with spaces, and comma-separated
    values."""
    rows: list[Row] = []
    covered_until = -1
    for table in TABLE_START.finditer(text, timeout=timeout):
        header = table.group("header").rstrip(" \t")
        if not header.endswith("|"):
            continue
        columns = _columns(header[:-1])
        if columns is None:
            rows.extend(_transposed_rows(text, table.start("header"), table.end(), timeout))
            continue
        first_row = len(rows)
        covered_until = _body_rows(text, table.end(), ROW, columns, rows)
        if under_data_heading(text, table.end()):
            rows[first_row:] = [replace(row, model=None, data=True) for row in rows[first_row:]]
        rows[first_row:] = _without_runs(text, rows[first_row:])
    for table in BARE_TABLE_START.finditer(text, timeout=timeout) if "---" in text else ():
        if table.start() < covered_until:
            continue
        columns = _columns(table.group("header"))
        if columns is not None:
            end = _body_rows(text, table.end(), BARE_ROW, columns, rows)
            covered_until = max(covered_until, end)
    loose, covered_until = _delimited_rows(text, LOOSE_HEADER, "|", CELL, covered_until, timeout)
    rows.extend(loose)
    if "  " in text or "\t" in text:
        rows.extend(_spaced_rows(text, covered_until, timeout))
    if text.count(",") > text.count(", ") + 3:  # commas with no space after: maybe CSV
        rows.extend(_delimited_rows(text, CSV_HEADER, ",", CSV_CELL, covered_until, timeout)[0])
    return rows


def _without_runs(text: str, rows: list[Row]) -> list[Row]:
    """Rows that repeat one name with one parameter count and other token counts are runs of
    a recipe, not a model's facts ("| DCLM-BASELINE | 7B | 0.14T |", "| DCLM-BASELINE | 7B |
    2.6T |": the data set each was trained on): they name no model."""
    runs: dict[str, list[int]] = {}
    for i, row in enumerate(rows):
        if row.model is not None:
            name = MARKUP.sub("", text[row.model.start : row.model.end]).strip().casefold()
            runs.setdefault(name, []).append(i)

    def written(row: Row, kind: str) -> frozenset[str]:
        return frozenset(text[c.start : c.end] for c in row.numbers if c.column.role == kind)

    for indices in runs.values():
        tokens = {written(rows[i], "training_tokens") for i in indices}
        if (
            len(indices) > 1
            and len({written(rows[i], "parameters") for i in indices}) == 1
            and len(tokens) == len(indices)
            and frozenset() not in tokens
        ):
            for i in indices:
                rows[i] = replace(rows[i], model=None)
    return rows


# The heading of a section on data sets, not models: "## Open LLM datasets for pre-training".
HEADING_ABOVE = regex.compile(r"(?rm)^[ ]{0,3}#{1,6}[ \t]([^\n]*)$")
DATA_HEADING = regex.compile(r"(?i)(?!.*\bmodels?\b).*\b(?:datasets|data[ ]sets|corpora)\b")
HEADING_REACH = 3000  # how far above a table its section's heading is looked for
# ... unless the table's first column says it lists models: "## Results on math datasets" over
# "| Model | Params | GSM8K |".
MODEL_COLUMN_HEADER = regex.compile(r"(?im)^[ \t]*\|[ \t*_`]*models?\b")


def under_data_heading(text: str, position: int) -> bool:
    """The table is in a section whose heading is about data sets (the nearest heading above
    ``position``, its header or a row, within HEADING_REACH), and its header (between them) has
    no "Model" column: its rows name data sets, even under "| Name |"."""
    heading = HEADING_ABOVE.search(text, max(0, position - HEADING_REACH), position)
    return (
        heading is not None
        and DATA_HEADING.match(heading.group(1)) is not None
        and MODEL_COLUMN_HEADER.search(text, heading.end(), position) is None
    )


def _body_rows(
    text: str, position: int, row_pattern: regex.Pattern, columns: list[Column], rows: list[Row]
) -> int:
    """Adds to ``rows`` a table's body rows from ``position``, one a line while each line is
    a row; returns where they end."""
    while position < len(text):
        row = row_pattern.match(text, position, _line_end(text, position))
        if row is None:
            break
        rows.append(_row(text, row.start(), row.end(), columns))
        position = row.end() + 1
    return position


HEADER_LABEL_LENGTH = 60  # the longest column label a delimited table's header line may have


def _delimited_rows(
    text: str, headers: regex.Pattern, delimiter: str, cells: regex.Pattern, after: int, timeout
) -> tuple[list[Row], int]:
    """Rows of tables whose cells a delimiter splits, with no separator row: pipes as
    newsletters paste them ("Model | Params | Tokens"), or comma-separated values
    ("model,params,tokens" over "GPT-3,175B,300B"; prose never qualifies, its commas being
    followed by a space). Returns the rows and where the last table taken ends."""
    rows: list[Row] = []
    for header in headers.finditer(text, max(0, after), len(text), timeout=timeout):
        if header.start() < after or not FACT_HEADER.search(header.group("header")):
            continue
        labels = header.group("header").split(delimiter)
        if "](" in header.group("header") or any(
            len(label.strip()) > HEADER_LABEL_LENGTH for label in labels
        ):
            continue  # a row of a table whose header was not read, not a header: "|[Phi-2: The
            # surprising power of small language models.](https://...) |Azure's Phi 2 is ...|"
        columns = _columns(header.group("header").replace(delimiter, "|"))
        if columns is None:
            continue
        count = header.group().count(delimiter)
        position = header.end() + 1
        body = []
        while position < len(text):
            end = _line_end(text, position)
            line = text[position:end]
            if (
                line.count(delimiter) != count
                or not line.strip(" \t" + delimiter)
                or delimiter == ","
                and ", " in line
            ):
                break
            body.append(_row(text, position, end, columns, cells))
            position = end + 1
        if body and not SEPARATOR_ROW.match(
            text, header.end() + 1, _line_end(text, header.end() + 1)
        ):
            rows.extend(body)
            after = position
    return rows, after


def _spaced_rows(text: str, after: int, timeout: float | None) -> list[Row]:
    """Rows of tables aligned with spaces, as READMEs and e-mails print them:

        Name         Params   Layers
        Pythia-70M   70M      6

    A header line of three or more cells (runs of words, two or more spaces or a tab apart, each
    starting with a letter) naming a fact column, then lines with as many cells."""
    rows: list[Row] = []
    position = after
    for keyword in FACT_HEADER.finditer(text, max(0, after), len(text), timeout=timeout):
        if keyword.start() < position:
            continue
        line_start = first_of_line(text, keyword.start())
        line_end = _line_end(text, keyword.start())
        header = SPACED_LINE.fullmatch(text, line_start, line_end)
        if header is None:
            continue
        cells = list(SPACED_CELL.finditer(text, line_start, line_end))
        if any(not c.group()[:1].isalpha() for c in cells):
            continue  # a header's cells are words ("HumanEval pass@1"), no number starts one
        columns = _columns("|".join(c.group() for c in cells))
        if columns is None:
            continue
        position = line_end + 1
        while position < len(text):
            end = _line_end(text, position)
            if not SPACED_LINE.fullmatch(text, position, end):
                break
            if len(list(SPACED_CELL.finditer(text, position, end))) != len(cells):
                break
            rows.append(_row(text, position, end, columns, SPACED_CELL))
            position = end + 1
    return rows


# A column header that names a model: a name with a digit or an inner capital ("gemma-7b",
# "DeepSeek 7B (dense)", "DeepSeekMoE"), not a word ("Base", "Value").
SIZED_WORD = regex.compile(r"(?<![\w.])[0-9][0-9.]*[BMKTbmkt]\b|[A-Za-z][\w.-]*[0-9]")
MODEL_LIKE_HEADER = regex.compile(
    r"[A-Za-z](?:[\w.+-]|[ ](?=[\w]))*?(?:[0-9]|[a-z][A-Z])"
)  # ("Gemma 2 27B" too: words with spaces, one of them with a digit)


MAX_SIDE_ROWS = 60
# The corner of a table turned on its side: empty, or a word for what its columns are.
CORNER = regex.compile(r"(?i)(?:[*_]*(?:models?|names?|variants?|checkpoints?|sizes?)[*_]*)?")
CAPITALIZED_NAME = regex.compile(
    r"[*_`]*[A-Z][a-zA-Z]+(?:[-_][\w.+-]{1,20}|[ ][0-9][0-9.]*(?:[ ][A-Z][\w.+-]{0,12})?)[*_`]*"
)
# ("Aurora-S", "Kite-M": a joined name; "Prism 2 Base", "Kite 3 XL": a version and a tier; not
# "Base", "Chat", "Dense", "Pretraining")


def _transposed_rows(text: str, header_start: int, body_start: int, timeout) -> list[Row]:
    """A table turned on its side, a model per column and a fact per row, as model cards
    write them:

        |        | gemma-2b | gemma-7b |
        |--------|----------|----------|
        | Layers | 18       | 28       |

    Each number cell becomes a row of its own, with its column's model and its row's kind."""
    header_end = _line_end(text, header_start)
    cells = [_trim(text, c.start(), c.end()) for c in CELL.finditer(text, header_start, header_end)]
    # The labels are in the first column, or in the second after a column of groups:
    # "| | Benchmark (Metric) | DeepSeek-V2 Base | ... |" over "| English | MMLU (EM) | ...".
    lead = 1
    if (
        len(cells) > 3
        and cells[0][0] == cells[0][1]
        and not _shaped(text, cells[1:2])
        and not CAPITALIZED_NAME.fullmatch(text, cells[1][0], cells[1][1])
        and _shaped(text, cells[2:])
    ):
        lead = 2
    models = cells[lead:]
    if not models or not all(column_for(text[a:b], 1).role == "other" for a, b in models):
        return []
    shaped = _shaped(text, models)  # (words need a sized one: "Gemma 2 27B", not "Stage 1")
    # Names without a digit ("| | Aurora-S | Aurora-M |", "| Model | Scout | Maverick |") head
    # a table of models when its corner says so and a row counts parameters (checked below).
    named = not shaped and (
        CORNER.fullmatch(text, cells[0][0], cells[0][1]) is not None
        and all(CAPITALIZED_NAME.fullmatch(text, a, b) for a, b in models)
    )
    if not shaped and not named:
        return []
    models = [(a, a + len(text[a:b].split(" (")[0].rstrip())) for a, b in models]  # "(dense)"
    headers: list[tuple[int, int]] | None = None
    # Each row's label and cells, read once; a "| Developer |" row names the makers of the
    # columns, wherever it stands among the rows.
    body: list[tuple[Column, int, int, list[tuple[int, int]]]] = []
    makers: list[Cell | None] = [None] * len(models)
    position = body_start
    while position < len(text):
        row = ROW.match(text, position, _line_end(text, position))
        if row is None:
            break
        cells_here = list(CELL.finditer(text, row.start(), row.end()))
        grouped = False
        if lead == 2:  # the label in the second cell; a group's name, if any, in the first
            grouped = bool(cells_here) and bool(cells_here[0].group().strip())
            line = cells_here[1:2]
        else:
            line = [c for c in cells_here if c.group().strip()]
        label = MARKUP.sub("", line[0].group()) if line else ""
        column = column_for(label, 1)
        if named and len(body) > MAX_SIDE_ROWS:
            return []  # (a side-on table has a row per field; this one is a long list)
        if column.role == "parameters" and PART_ROW_LABEL.search(label):
            column = Column("excluded")  # a part's count: "| Vision params | 0.4B | 0.4B |"
        if grouped and column.role == "training_tokens":
            column = Column("excluded")  # a stage's share: "| Stage 2 (long context) | Tokens |"
        if column.role != "other":
            row_cells = list(CELL.finditer(text, text.index("|", row.start()) + 1, row.end()))
            spans = [_trim(text, c.start(), c.end()) for c in row_cells[lead : len(models) + lead]]
        if column.role == "model":
            if (
                all(BARE_VERSION.fullmatch(text, a, b) for a, b in models)
                and len(spans) == len(models)
                and _shaped(text, spans)
            ):  # columns headed by versions ("| | v1 | v2 |"), named in a row ("| Checkpoint |")
                headers, models = models, spans
        elif column.role != "other":
            if column.role == "organization":
                for i, (start, end) in enumerate(spans):
                    makers[i] = Cell(start, end, column) if start < end else None
            else:
                body.append((column, row.start(), row.end(), spans))
        position = row.end() + 1
    if named and not any(column.role == "parameters" for column, *_ in body):
        return []
    rows = []
    for column, line_start, line_end, spans in body:
        for i, ((m_start, m_end), (start, end)) in enumerate(zip(models, spans, strict=False)):
            if start < end:
                rows.append(
                    Row(start, end, Cell(m_start, m_end, Column("model")), makers[i],
                        (Cell(start, end, column),), (line_start, line_end),
                        header=Cell(*headers[i], Column("model")) if headers else None)
                )  # fmt: skip
    return rows


# A column headed by a version alone: "v1", "V2.5", "v3" (its "(dense)" already cut off).
BARE_VERSION = regex.compile(r"[vV][0-9]+(?:\.[0-9]+)*")


def _shaped(text: str, cells: list[tuple[int, int]]) -> bool:
    """Whether every cell holds a name shaped like a model's ("gemma-7b", "Gemma 2 27B")."""
    return all(
        MODEL_LIKE_HEADER.match(text, a, b)
        and (" " not in text[a:b] or SIZED_WORD.search(text, a, b))
        for a, b in cells
    )


# A table's caption written into its first header cell: "| Table 1. Baseline | Params |",
# "| Table 3 - Baseline |".
TABLE_CAPTION = regex.compile(r"\A[ \t]*(?i:table)[ \t]+[0-9]+(?:[.:]|[ \t]*[-\u2013\u2014])[ \t]*")


def _columns(header: str) -> list[Column] | None:
    """The columns a header row names, or None when no column holds facts (or the maker of
    the model a row names: "| Model | Developer | License |")."""
    names = [TABLE_CAPTION.sub("", MARKUP.sub("", c.group())) for c in CELL.finditer(header)]
    columns = [column_for(name, i) for i, name in enumerate(names)]
    if any(
        c.role == "parameters" and "total" in n.lower()
        for c, n in zip(columns, names, strict=True)
    ):
        columns = [
            Column(c.role, "active", c.multiplier)
            if c.qualifier == "total/active" and "total" not in name.lower()
            else c
            for c, name in zip(columns, names, strict=True)
        ]  # "| Params (total) | Params (active) |": each its own share
    data = [
        i
        for i, (c, n) in enumerate(zip(columns, names, strict=True))
        if c.role == "training_tokens"
        and DATA_PART_HEADER.search(n.lower())
        and "per token" not in n.lower()  # (not "Experts (routed per token / total)")
    ]
    if len(data) > 1 and any("total" in names[i].lower() for i in data):
        columns = [
            Column("other") if i in data and "total" not in names[i].lower() else c
            for i, c in enumerate(columns)
        ]  # "| English data (tokens) | Code data (tokens) | Total data (tokens) |": the total
        # is the model's; the others are parts of its data
    parts = [
        i
        for i, name in enumerate(names)
        if i > 0 and PART_HEADER.search(name.lower()) and not COUNT_HEADER.search(name.lower())
    ]  # "| Model | Vision encoder | Language model |": a part's name
    if (
        columns
        and columns[0].role == "model"
        and not MODEL_HEADER.search(names[0].lower())  # (its own "Model" header: the models)
        and any(
            (
                i not in parts
                or ROLE_HEADER.search(name.lower()) is not None
                and not OWN_MODEL_HEADER.search(names[0].lower())
                and not OWN_ROWS_HEADER.search(names[0].lower())
            )  # (a leaderboard of reward models, "| Rank | Reward model | Params |" or "| Type |
            # Reward model |", lists them; not "| Policy | Reward model |" nor "| Backbone |
            # Reward model |", whose first column holds the rows' own models)
            and (
                c.role == "model"
                or MODEL_HEADER.search(name.lower())  # "| # | Model (params) |"
                and "size" not in name.lower()  # (not "| Run | Model size |": a count's)
                and not BASE_MODEL_HEADER.search(name.lower())
            )
            for i, (c, name) in enumerate(zip(columns, names, strict=True))
            if i > 0
        )
    ):
        columns[0] = Column("other")  # "| Rank | Model |", "| Release | Model |": the named
        # column holds the models
    if columns and columns[0].role == "model" and OWN_MODEL_HEADER.search(names[0].lower()):
        for i in parts:
            columns[i] = Column("other")  # (a later part column, beside the models' own)
    models = [i for i, c in enumerate(columns) if c.role == "model"]
    if len(parts) > 1 and models and set(models) <= set(parts):
        for i in models:
            columns[i] = Column("other")  # only parts' names: "| # params | Language model |
            # Vision encoder |" counts a whole the table does not name, not its language model
    if (
        columns
        and BASE_MODEL_HEADER.search(names[0].lower())
        and not any(c.role == "model" for c in columns[1:])
    ):
        columns[0] = Column("model", "base")  # "| Base model | Params |": bases, each a row
        # (if its counts are the bases' own: see the extractor's _with_tables)
    roles = {c.role for c in columns}
    if roles <= {"model", "organization", "other"} and not {"model", "organization"} <= roles:
        return None  # no column holds facts, nor says who made a row's model
    return columns


# A cell under a models' header that names none: "Coming soon", "TBA", "Download", "HF".
NOT_A_NAME_CELL = regex.compile(
    r"(?i)[*_`]*(?:coming[ ]soon|soon|tba|tbd|n/?a|none|unreleased|links?|download|hf|gated"
    r"|available|finished|done|here|yes|no"
    r"|request[ ]access|private"
    r"|[-\u2013\u2014?]+|\.{2,3}|\u2026|/"  # a filler: "| 2023-10-01 | -- | 1T |"
    r"|(?-i:[a-z]{2}))[*_`]*"  # a language's code: "| en | 14.5B | 20.5T |" (a data set's rows)
)
# A first cell that is a name: words that each start with a capital or a digit ("Llama 3.1").
NAME_CELL = regex.compile(r"[*_`]*[A-Z][\w.+-]*(?:[ ][A-Z0-9][\w.+-]*)*[*_`]*")


def _row(text: str, start: int, end: int, columns: list[Column], cells=None) -> Row:
    inner_start = start
    while inner_start < end and text[inner_start] in " \t":
        inner_start += 1
    if text[inner_start : inner_start + 1] == "|":
        inner_start += 1
    model = organization = first = None
    numbers = []
    settings: list[Cell] = []
    for i, cell in enumerate((cells or CELL).finditer(text, inner_start, end)):
        if i >= len(columns):
            break
        cell_start, cell_end = _trim(text, cell.start(), cell.end())
        if cell_start >= cell_end:
            continue
        found = Cell(cell_start, cell_end, columns[i])
        if i == 0:
            first = found
        if columns[i].role == "model":
            if NOT_A_NAME_CELL.fullmatch(text, cell_start, cell_end):
                continue  # "| 34B | 6T | Coming soon |": no model yet
            found = Cell(*_repository_name(text, cell_start, cell_end), columns[i])
            if NOT_A_NAME_CELL.fullmatch(text, found.start, found.end):
                continue  # a link's status words: "| [Available](https://huggingface.co/...) |"
            if text[found.start].isdigit() or ", " in text[cell_start:cell_end]:
                # a count or a list under a models' header: "| Generation | Largest open model |"
                # over "| LLaMA | 65B |" (the row's model is the first cell's), "| 2-layer MLP |"
                if i and first is not None and first.column.role == "other" and (
                    NAME_CELL.fullmatch(text, first.start, first.end)
                ):  # (a name's words: "Llama 3.1"; not "| GPT-3 era | 175B |")
                    model = model or Cell(first.start, first.end, Column("model"))
                continue
            if columns[i].qualifier == "repository":
                if (
                    columns[0].qualifier in ("data", "stage")
                    or not _names_repository(text, found, cell.start(), cell.end())
                ):
                    continue  # a link's words or a path, no model: "[GitHub](https://github.com/
                    # acme/heron-tools)", "acme/heron-train-scripts"; nor a data set's or a
                    # stage's repository ("| Dataset | HF repo |", "| Stage | Repository |")
                if model is not None and not (
                    VARIANT_LABEL.fullmatch(text, model.start, model.end)
                    and "/" in text[cell_start:cell_end]
                    and found.start != cell_start  # (an account before it: "acme/Heron-2-14B")
                ):
                    continue  # (the first column's name stands; the repository's name wins
                    # over a variant's label only: "Base")
                model = found
                continue
            model = model or found
        elif columns[i].role == "organization":
            organization = organization or found
        elif columns[i].role != "other":
            numbers.append(found)
        elif columns[i].qualifier == "setting":
            settings.append(found)
    data = bool(columns) and columns[0].qualifier == "data"
    part = (
        bool(columns)
        and columns[0].qualifier == "stage"
        and (first is None or not PRETRAINING_CELL.search(text, first.start, first.end))
    )
    return Row(
        start, end, model, organization, tuple(numbers), data=data, part=part,
        settings=tuple(settings),
    )  # fmt: skip


REPOSITORY_LINK = regex.compile(r"[\s*_`]*\[([^\]\n]*)\]\(([^)\s]*?)/?\)[\s*_`]*")


def _names_repository(text: str, found: Cell, start: int, end: int) -> bool:
    """Whether ``found``, in a hub repository column's raw cell from ``start`` to ``end``, is the
    repository's model: "acme/Heron-2-14B", "[acme/Kite-2-7B](...)", "[Kite-2-7B](.../Kite-2-7B)";
    not a link's words ("[GitHub](https://github.com/acme/heron-tools)") nor a path left whole."""
    if "/" in text[found.start : found.end]:
        return False  # ("acme/heron-train-scripts": no model's name in it)
    link = REPOSITORY_LINK.fullmatch(text, start, end)
    if link is None or "/" in link.group(1):
        return True
    words = model_key(text[found.start : found.end])
    address = model_key(link.group(2).rsplit("/", 1)[-1])
    shared = next(
        (i for i, (a, b) in enumerate(zip(words, address, strict=False)) if a != b),
        min(len(words), len(address)),
    )
    return shared >= min(4, len(words))  # ("[Pythia-1.0B](.../pythia-1b)": the same name)


def _repository_name(text: str, start: int, end: int) -> tuple[int, int]:
    """A model cell's name without the hub account or folders before it or a configuration
    file's extension after it: "[Qwen/Qwen2.5-14B](...)" is "Qwen2.5-14B",
    "`configs/pretrain/tf-1b.yaml`" is "tf-1b"; but "GPT-J/GPT-NeoX" names two models,
    "Llama-3-8B/Instruct" a model's variant, and "configs/7b.yaml" no model by name."""
    suffix = CONFIG_SUFFIX.search(text, start, end)
    if suffix is not None:
        named = CONFIG_NAME.fullmatch(text, start, suffix.start())
        return (named.start(1), suffix.start()) if named is not None else (start, end)
    account = HUB_ACCOUNT.match(text, start, end)
    if (
        account is not None
        and account.group("capital")
        and account.group("capital")[1:] not in ACCOUNT_WORDS  # ("Kite-AI/Kite-T1-32B")
        and text[account.end() : end].lower().startswith(account.group("first").lower())
    ):
        account = None  # a family's name before its own model: "Qwen-VL/Qwen2-VL-7B"
    if account is None:  # an account before a model named after it, with no digit:
        # "marula/marula-tts-mini" (not "GPT-J/GPT-NeoX", two models)
        named = NAMED_ACCOUNT.fullmatch(text, start, end)
        if named is not None and named.group(2).lower().startswith(named.group(1).lower() + "-"):
            return named.start(2), end
        lower = LOWER_ACCOUNT.fullmatch(text, start, end)
        if lower is not None:  # a lab's account in words before a repository of three or more
            return lower.start(1), end  # words: "fathom-nine/rill-embed-small"
        known = KNOWN_ACCOUNT.fullmatch(text, start, end)
        if known is not None and hub_account_organization(known.group(1)):
            return known.start(2), end  # a maker's own account: "openai/whisper-tiny"
    return (account.end(), end) if account is not None else (start, end)


KNOWN_ACCOUNT = regex.compile(r"([\w.-]+)/([A-Za-z][\w.+-]*)")
NAMED_ACCOUNT = regex.compile(r"([a-z][a-z0-9]*)/([a-z][\w.+-]*)")
LOWER_ACCOUNT = regex.compile(r"[a-z]+(?:-[a-z]+)+/([a-z][a-z0-9.]*(?:-[a-z0-9.]+){2,})")


ACCOUNT_WORDS = frozenset({"AI", "ML", "NLP", "Lab", "Labs", "Research", "Team", "Org"})
# A configuration file's name in folders: "configs/pretrain/olmo-1b" (a name with a digit).
CONFIG_NAME = regex.compile(r"(?:[\w.-]+/)*([A-Za-z][\w.+-]*\d[\w.+-]*)")


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """A cell's span without spaces and Markdown emphasis around it, and the text of a link
    that fills it ("[OLMo 2 7B](https://...)" is "OLMo 2 7B")."""
    while start < end and text[start] in " \t*_`" + FOOTNOTE_MARKS + LEAD_MARKS:
        start += 1
    while end > start and text[end - 1] in " \t*_`" + FOOTNOTE_MARKS:  # and footnote marks
        if text[end - 1] in SUPERSCRIPT_MARKS and not text[end - 2 : end - 1].isalpha():
            break  # a power, not a mark: "3.8×10²⁵"
        end -= 1
    note = FOOTNOTE_AFTER.search(text, start, end)
    if note is not None:  # "Qwen/Qwen3-32B [^1]"
        end = note.start()
    if text[start : start + 1] == "[" and text[end - 1 : end] == ")":
        link = LINK_CELL.fullmatch(text, start, end)
        if link is not None:
            return _trim(text, link.start(1), link.end(1))
    return start, end


SUPERSCRIPT_MARKS = "\u00b9\u00b2\u00b3\u2074\u2075"  # ¹ ² ³ ⁴ ⁵ (after a letter: a note's mark)
FOOTNOTE_MARKS = "\u2020\u2021\u00a7\u22c6" + SUPERSCRIPT_MARKS  # † ‡ § ⋆
# Marks a cell puts before a name to single it out: "| ★ OLMo 2 7B |" (ours), "| 🏆 Qwen3 |".
LEAD_MARKS = (
    "\u2605\u2606\u2b50\u2713\u2714\u2705\U0001f3c6\U0001f449\u25b6\u25ba\u25cf\u2022\u2192"
)
FOOTNOTE_AFTER = regex.compile(r"[ \t]*\[\^[^\]\n]{1,8}\][ \t]*\Z")
LINK_CELL = regex.compile(r"\[([^\[\]\n]+)\]\([^()\s]*\)")


# A table's separator line, the blank line that ends the table, and a cell's pipe (not an
# escaped "\|", a pipe in a cell's text: "Q4 \| Q8").
SEPARATOR_LINE = regex.compile(r"(?m)^[ \t]*\|?[ \t]*:?-{3,}[-:| \t]*$")
BLANK_LINE = regex.compile(r"\n[ \t]*\n")
CELL_PIPE = regex.compile(r"(?<!\\)\|")


def table_spans(text: str) -> list[tuple[int, int, int]]:
    """Each Markdown table of ``text``, in order: where its header line starts, where its body
    starts (after the separator line) and where it ends (the next blank line). Found in one
    pass, so that asking ``header_over`` at every cell of a long table stays linear."""
    if "|" not in text:
        return []
    blanks = [m.start() for m in BLANK_LINE.finditer(text)]
    spans = []
    for m in SEPARATOR_LINE.finditer(text):
        after = bisect_right(blanks, m.end())
        header = first_of_line(text, max(0, m.start() - 1))
        spans.append((header, m.end(), blanks[after] if after < len(blanks) else len(text)))
    return spans


def in_header_row(text: str, offset: int, spans: list[tuple[int, int, int]]) -> bool:
    r"""Whether ``offset`` is on a table's header line (``spans``: ``table_spans(text)``).

    >>> text = "| Model | Kite-2 |\n|---|---|\n| Params | 7B |"
    >>> [in_header_row(text, text.index(w), table_spans(text)) for w in ("Kite", "7B")]
    [True, False]
    """
    line = first_of_line(text, offset)
    i = bisect_left(spans, (line,))
    return i < len(spans) and spans[i][0] == line


def header_over(
    text: str, offset: int, spans: list[tuple[int, int, int]]
) -> tuple[int, str] | None:
    r"""The column (from 0) of the table cell holding ``offset`` and its header's words; None
    when ``offset`` is in no table's body (``spans``: ``table_spans(text)``).

    >>> text = "| Model | Base |\n|---|---|\n| Kite-2 | Owl-7B |"
    >>> header_over(text, text.index("Owl"), table_spans(text))
    (1, 'Base')
    """
    line = first_of_line(text, offset)
    i = bisect_right(spans, (line, len(text) + 1, 0)) - 1
    if i < 0 or not spans[i][1] <= line < spans[i][2]:
        return None
    header, body, _ = spans[i]
    cells = CELL_PIPE.split(text[header : text.find("\n", header, body)].strip().strip("|"))
    before = text[line:offset]
    column = len(CELL_PIPE.findall(before)) - before.lstrip().startswith("|")
    return (column, cells[column].strip()) if 0 <= column < len(cells) else None
