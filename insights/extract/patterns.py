"""Lookup tables for the extractor: scale words, units, cue words and names that are not models.

Plain data, kept apart from the logic in ``extractor.py`` so that adding a spelling never means
touching code. Alternatives are joined longest-first by ``alternation`` so that the regex engine
prefers ``billion`` over ``b``.
"""

from __future__ import annotations

import regex

# Multipliers written after a number: "70B", "2.7bn", "175 billion", "1.6T", "340M", "128K".
# A space that may stand inside a phrase, in patterns: a plain or a no-break space.
S = r"[ \u00a0]"
# A labelled line's label, up to its colon or equals sign: "Params:", "base_model:", "LR =".
LABEL = r"[A-Za-z][\w .'’/()-]{0,40}+[:=]"
# A line that opens or closes a fenced code block ("```python", "~~~").
CODE_FENCE = regex.compile(r"(?m)^[ \t]*(?:```|~~~)")
# A link's target up to the folder of a data set's page: "](https://huggingface.co/datasets/",
# for names.DATA_SET_LINK and linking.DATA_SET_LINK_OPENING.
DATA_SET_TARGET = r"\]\([^()\s]*?/datasets?/"
# How far a pattern that reads what follows a position may look. Every match from a position
# gets this end bound: the regex module searches the rest of the text for a pattern's required
# literal ("tok", "for") before it tries to match, which made long texts quadratic.
AHEAD = 200

SCALE_WORDS = {
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
    "quadrillion": 1e15,
    # Plurals after a numeral, as non-native writers often put them: "20 billions parameters".
    "thousands": 1e3,
    "millions": 1e6,
    "billions": 1e9,
    "trillions": 1e12,
    "milliard": 1e9,  # the long-scale word for 1e9 ("7 milliard parameters")
    "milliards": 1e9,
    "mn": 1e6,
    "mln": 1e6,
    "bn": 1e9,
    "bln": 1e9,
    "tn": 1e12,
    "trn": 1e12,
    # German, as translated press keeps it: "70 Mrd. Parameter", "9 Bio. Tokens" (a German
    # "Billion" is 1e12, so only the unambiguous forms are read).
    "milliarden": 1e9,
    "billionen": 1e12,
    "millionen": 1e6,
    "mrd.": 1e9,
    "mrd": 1e9,
    "mio.": 1e6,
    "mio": 1e6,
    "bio.": 1e12,
    # Chinese and Japanese units kept in translated text: "1300亿" is 130 billion.
    "万亿": 1e12,
    "千亿": 1e11,
    "亿": 1e8,
    "億": 1e8,
    "兆": 1e12,
    "万": 1e4,
    "萬": 1e4,
}
SCALE_LETTERS = {"k": 1e3, "m": 1e6, "b": 1e9, "t": 1e12}

# Numbers written as words, only ever read when a scale word follows ("one billion").
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90, "hundred": 100, "a hundred": 100, "one hundred": 100,
    "half a": 0.5, "half": 0.5, "a half": 0.5, "one and a half": 1.5, "a quarter": 0.25,
}  # fmt: skip

# Counts written as words, read only before "layer(s)": "a twelve-layer encoder", "forty-eight layers".
_UNITS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
          "eighteen", "nineteen"]  # fmt: skip
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
COUNT_WORDS = {word: i + 1 for i, word in enumerate(_UNITS)}
COUNT_WORDS.update({word: i + 10 for i, word in enumerate(_TEENS)})
for _i, _ten in enumerate(_TENS):
    COUNT_WORDS[_ten] = 20 + 10 * _i
    for _j, _unit in enumerate(_UNITS):
        COUNT_WORDS[f"{_ten}-{_unit}"] = 20 + 10 * _i + _j + 1
        COUNT_WORDS[f"{_ten} {_unit}"] = 20 + 10 * _i + _j + 1

# Size units for byte counts written after a number: "45TB", "1.5 terabytes".
BYTE_UNITS = {
    "kb": 1e3, "mb": 1e6, "gb": 1e9, "tb": 1e12, "pb": 1e15,
    "kib": 2**10, "mib": 2**20, "gib": 2**30, "tib": 2**40, "pib": 2**50,
    "kilobytes": 1e3, "megabytes": 1e6, "gigabytes": 1e9, "terabytes": 1e12, "petabytes": 1e15,
    "bytes": 1.0, "byte": 1.0, "gigs": 1e9,
}  # fmt: skip

# Nouns after a number, mapped to (kind, unit). Plurals listed; matching ignores case.
UNIT_NOUNS = {
    "parameters": ("parameters", "parameters"),
    "parameter": ("parameters", "parameters"),
    "params": ("parameters", "parameters"),
    "param": ("parameters", "parameters"),
    "weights": ("parameters", "parameters"),
    "tokens": ("training_tokens", "tokens"),
    "token": ("training_tokens", "tokens"),
    "tok": ("training_tokens", "tokens"),  # "14.8T tok"
    "toks": ("training_tokens", "tokens"),
    "words": ("training_data", "words"),
    "word": ("training_data", "words"),
    "images": ("training_data", "images"),
    "image": ("training_data", "images"),
    "photos": ("training_data", "images"),
    "imgs": ("training_data", "images"),
    "image-text pairs": ("training_data", "examples"),
    "image-caption pairs": ("training_data", "examples"),
    "text-image pairs": ("training_data", "examples"),
    "image–text pairs": ("training_data", "examples"),
    "pairs": ("training_data", "examples"),
    "examples": ("training_data", "examples"),
    "samples": ("training_data", "examples"),
    "instances": ("training_data", "examples"),
    "data points": ("training_data", "examples"),
    "datapoints": ("training_data", "examples"),
    "documents": ("training_data", "documents"),
    "sentences": ("training_data", "sentences"),
    "sentence pairs": ("training_data", "examples"),
    "conversations": ("training_data", "examples"),
    "dialogues": ("training_data", "examples"),
    "instructions": ("training_data", "examples"),
    "videos": ("training_data", "videos"),
    "video clips": ("training_data", "videos"),
    "clips": ("training_data", "videos"),
    "hours": ("training_data", "hours"),
    "hrs": ("training_data", "hours"),
    "sequences": ("training_data", "sequences"),
    "genomes": ("training_data", "sequences"),
    "masks": ("training_data", "examples"),
    "abstracts": ("training_data", "documents"),
    "traces": ("training_data", "examples"),
    "masklets": ("training_data", "examples"),
    "proteins": ("training_data", "sequences"),
    "molecules": ("training_data", "examples"),
    "code files": ("training_data", "documents"),
    "files": ("training_data", "documents"),
    "web pages": ("training_data", "documents"),
    "webpages": ("training_data", "documents"),
    "pages": ("training_data", "documents"),
    "lines of code": ("training_data", "lines"),
    "data": ("training_data", "examples"),
    "demonstrations": ("training_data", "examples"),
    "comparisons": ("training_data", "examples"),
    "annotations": ("training_data", "examples"),
    "prompts": ("training_data", "examples"),
    "responses": ("training_data", "examples"),
    "labels": ("training_data", "examples"),
    "captions": ("training_data", "examples"),
    "problems": ("training_data", "examples"),
    "solutions": ("training_data", "examples"),
    "trajectories": ("training_data", "examples"),
    "episodes": ("training_data", "examples"),
    "games": ("training_data", "examples"),
    "layers": ("layers", "layers"),
    "layer": ("layers", "layers"),
    "transformer blocks": ("layers", "layers"),
    "transformer layers": ("layers", "layers"),
    "decoder blocks": ("layers", "layers"),
    "encoder blocks": ("layers", "layers"),
    "flop": ("compute", "FLOP"),
    "flops": ("compute", "FLOP"),
    "floating point operations": ("compute", "FLOP"),
    "floating-point operations": ("compute", "FLOP"),
}

# FLOP counts written with an SI prefix, and petaflop/s-days (1e15 FLOP/s for a day).
FLOP_UNITS = {
    "petaflop/s-days": 1e15 * 86400,
    "petaflop/s-day": 1e15 * 86400,
    "petaflops-days": 1e15 * 86400,
    "petaflop-days": 1e15 * 86400,
    "pf-days": 1e15 * 86400,
    "pfs-days": 1e15 * 86400,
    "exaflops": 1e18, "exaflop": 1e18, "zettaflops": 1e21, "zettaflop": 1e21,
    "yottaflops": 1e24, "yottaflop": 1e24,
}  # fmt: skip

# Hours only count as training data when they are hours of recordings.
HOURS_OF = (
    "audio", "speech", "video", "recordings", "recorded", "transcribed", "labeled", "labelled",
    "music", "sound", "podcasts", "footage", "gameplay", "driving", "conversation", "videos",
    "robot", "teleoperation", "teleop", "demonstrations", "interaction",
)  # fmt: skip

# Words that may stand between a number and its unit: "14.8T diverse and high-quality tokens".
UNIT_FILLER_STOP = {
    "model", "models", "trained", "on", "of", "in", "for", "with", "from", "to",
    "by", "using", "at", "per", "than", "is", "are", "was", "were", "has", "have", "had", "the",
    "a", "an", "that", "which", "more", "fewer", "less", "times", "and", "or", "as", "it",
    "its", "their", "we", "our", "this", "these", "up", "over", "about", "context", "vocabulary",
    "each", "every",
}  # fmt: skip

# Nouns that make a bare size ("a 124B open-weights model") a parameter count.
MODEL_NOUNS = (
    "model", "models", "lm", "lms", "llm", "llms", "checkpoint", "checkpoints", "variant",
    "variants", "version", "versions", "network", "networks", "transformer", "transformers",
    "decoder", "encoder", "moe", "dense", "mllm", "vlm", "slm", "base", "chat", "instruct",
    "size", "sizes", "scale", "flagship", "flagships", "sibling", "siblings", "counterpart",
    "counterparts", "baseline", "baselines", "teacher", "teachers", "student", "students",
    "backbone", "backbones", "generator", "reward", "system", "one", "ones", "hybrid",
    "run", "runs",  # "our 7B run"
    "successor", "successors", "predecessor", "predecessors", "classifier", "classifiers",
)  # fmt: skip

# Left-hand cues that make a bare size a parameter count ("offered in sizes of 7B and 70B").
SIZE_CUES = (
    "sizes", "size", "sized", "configurations", "scales", "variants", "versions", "flavors",
    "flavours", "parameter count", "parameter counts", "parameters", "model size", "capacity",
    "in", "at", "from", "between", "ranging", "up to", "to", "scaled", "scaling", "scale up to",
    "available in", "comes in", "come in", "released in", "models", "family", "suite", "series",
    "span", "spans", "spanning",
)  # fmt: skip

# Money, which is never a model size.
CURRENCY_SIGNS = "$€£¥₹"
MONEY_WORDS = (
    "usd", "dollars", "dollar", "euros", "eur", "pounds", "yuan", "rmb", "yen", "gbp",
    "valuation", "valued", "raised", "raises", "raising", "funding", "revenue", "revenues",
    "investment", "invest", "invested", "investing", "budget", "cost", "costs", "spent", "spend",
    "worth", "deal", "market", "salary", "price", "priced", "sales", "profit", "loss", "fund",
    "money", "paid", "pay", "spend", "spending",
)  # fmt: skip

# Nouns that follow a count which is not a size: "2,048 GPUs", "100 million users".
NOT_DATA_NOUNS = (
    "gpu", "gpus", "tpu", "tpus", "chips", "nodes", "cores", "accelerators", "users", "people",
    "humans", "employees", "researchers", "authors", "downloads", "questions", "tasks",
    "benchmarks", "languages", "steps", "iterations", "epochs", "queries", "requests",
    "stars", "views", "visits", "subscribers", "customers", "developers", "dollars",
    "experts", "mau", "maus", "dau", "daus", "installs", "sessions", "likes", "followers",
)  # fmt: skip

# Phrases after "N tokens" that make it a context window or a rate, not training data.
# Words that make tokens a set a model is measured on, written after the unit ("a 1M-token
# evaluation corpus") or between the number and it ("40 billion evaluation tokens").
EVALUATION_WORDS = ("evaluation", "eval", "test", "validation", "held-out")
NOT_TRAINING_TOKENS_AFTER = (
    "context", "of context", "context window", "context length", "window", "per second",
    "per sec", "/s", "per parameter", "per param", "/parameter", "per gpu", "per day",
    "per step", "per batch", "per expert", "per example", "per image", "long", "in length",
    "of input", "of output", "input", "output", "limit", "budget per",
    # a rate of use, not a corpus: "50 million output tokens a day"
    "a day", "each day", "a month", "per month", "a week", "per week", "an hour", "per hour",
    "a second", "per request", "per query", "per call", "per user",
    # what a model is given to read: "Send us your 1M-token documents"
    "documents", "prompts", "files",
    # what it recalls from its context: "10M tokens with almost perfect recall"
    "with perfect recall", "with almost perfect recall", "with near-perfect recall",
    "with near perfect recall", "with nearly perfect recall",
    # tokens a model served, not ones it learnt from: "crossed 5T tokens served on OpenRouter"
    "served",
    # a set to measure a model with: "a 1M-token evaluation corpus"
    "test set", *(word for word in EVALUATION_WORDS if word != "test"),
)  # fmt: skip
NOT_TRAINING_TOKENS_BEFORE = (
    "context", "context window", "context length", "context size", "sequence length",
    "sequences of", "window of", "windows of", "batch size", "batch", "vocabulary",
    "vocab", "inputs of", "up to", "handle", "handling", "handles", "length of", "prompts of",
    "generate", "generates", "generating", "output of", "outputs of", "contexts of",
    # a length reached in use: "retrieval fell below 50% past 1M tokens" (under 1e8 only)
    "past", "beyond",
)  # fmt: skip

# Qualifiers read just before a number.
QUALIFIER_BEFORE = {
    "approximate": (
        "about", "around", "approximately", "approx.", "approx", "roughly", "nearly",
        "almost", "some", "circa", "ca.", "~", "≈", "∼", "close to", "on the order of",
        "an estimated", "estimated", "just under", "just over", "just shy of",
    ),
    "at least": (
        "over", "more than", "at least", "above", "upwards of", "in excess of", ">", "≥",
        ">=", "beyond", "north of", "exceeding", "exceeds", "surpassing",
    ),
    "up to": (
        "up to", "as many as", "as large as", "as much as", "at most", "<=", "≤", "<",
        "fewer than", "less than", "under", "below", "no more than", "a maximum of",
    ),
}  # fmt: skip

# Words for an earlier release named after "for the": "up from 9.5T for the original Kite-12B".
EARLIER_WORDS = ("original", "first", "earlier", "previous", "older")

# Words that mark the total and the active share of a mixture-of-experts model.
TOTAL_WORDS = ("total", "overall", "in total", "all told", "sparse")
ACTIVE_WORDS = ("active", "activated", "activation", "activating", "activates", "live")

# One-word headings that name a section, not a model: "# Introduction", "# Usage".
HEADING_WORDS = frozenset({
    "introduction", "overview", "usage", "installation", "install", "summary", "results",
    "abstract", "background", "conclusion", "conclusions", "changelog", "license", "licence",
    "features", "contributing", "citation", "acknowledgements", "acknowledgments", "requirements",
    "examples", "benchmarks", "evaluation", "training", "faq", "notes", "news", "roadmap",
    "limitations", "model", "models", "data", "dataset", "datasets", "method", "methods",
    "setup", "quickstart", "documentation", "docs", "references", "appendix", "contents",
    "about", "index", "home", "blog", "updates", "release", "releases", "agenda", "transcript",
    "details", "architecture", "specifications", "specs", "performance", "deployment",
    "inference", "download", "downloads", "checkpoints", "quantization", "hardware", "pretraining",
    "safety", "risks", "uses", "contact", "authors", "highlights", "approach", "caveats",
    "tokenizer", "resources", "links", "credits", "discussion", "motivation", "glossary",
    "checklist", "todo", "to-do", "todos", "plans", "timeline", "milestones", "status",
})  # fmt: skip

# Model families often typed in lower case in posts and comments ("llama 3.1 405b", "gemma 2"),
# read as names only with the version or size that follows them.
LOWERCASE_FAMILIES = frozenset({
    "llama", "mixtral", "mistral", "gemma", "phi", "qwen", "falcon", "olmo", "deepseek", "claude",
    "gemini", "grok", "kimi", "glm", "yi", "starcoder", "vicuna", "alpaca", "pythia", "bloom",
    "opt", "bert", "jamba", "dbrx", "nemotron", "granite", "command", "palm", "chinchilla",
    "gopher", "whisper",
})  # fmt: skip

# Words around a number that say it names a dataset or benchmark ("One Billion Word Benchmark").
DATASET_HEADS = (
    "jft", "laion", "coyo", "datacomp", "webli", "c4", "mc4", "the pile", "pile", "redpajama",
    "uniref", "uniprot",
    "roots", "refinedweb", "fineweb", "dolma", "slimpajama", "commoncrawl", "common crawl",
    "imagenet", "yfcc", "cc", "wit", "align", "mmlu", "gsm", "humaneval", "squad", "glue",
    "superglue", "wmt", "lambada", "hellaswag", "arc", "bbh", "big-bench", "mbpp", "math",
    "openwebtext", "webtext", "books", "bookcorpus", "bookscorpus", "wikipedia", "objaverse", "kinetics",
    "howto", "audioset", "librispeech", "laion-coco", "sa", "ms-coco", "coco", "the stack",
    "stack", "starcoderdata", "tulu", "openorca", "ultrachat", "sharegpt", "dialog", "dialogue",
    "mathpile", "proof-pile", "openwebmath", "wudaocorpora", "massivetext", "codecontests",
    "lvd", "webvid", "flores", "flores-101", "flores-200", "anli", "drop", "openbookqa", "boolq",
    "piqa", "winogrande", "triviaqa", "naturalquestions", "gpqa", "swe-bench", "aime", "jft-300m", "cc3m", "cc12m", "laion-400m", "laion-2b",
    "stackexchange", "openimages", "s2orc", "pes2o", "cosmopedia",
)  # fmt: skip
DATASET_WORDS = ("benchmark", "dataset", "data set", "corpus", "collection", "suite", "set")

# Shaped words that are not models: methods, hardware, formats, benchmarks, acronyms.
NOT_MODELS = {
    # business shorthand: "+18% YoY", "700M MAU"
    "yoy", "qoq", "mau", "maus", "dau", "daus", "arr", "mrr", "capex", "opex", "ebitda", "cagr",
    "gmv", "ltv", "cac", "ipo", "ceo", "cfo", "cto",
    "tl",  # "TL;DR — 3.8B params, 3.3T tokens" ("tl;dr" below is the whole)
    "ai", "ml", "nlp", "nlu", "nlg", "llm", "llms", "lm", "lms", "vlm", "vlms", "mllm", "mllms",
    "slm", "slms", "gpu", "gpus", "tpu", "tpus", "cpu", "cpus", "npu", "api", "apis", "sdk",
    "rl", "rlhf", "rlaif", "sft", "dpo", "ppo", "grpo", "lora", "qlora", "moe", "mla", "mha",
    "kto", "orpo", "simpo", "rloo", "cpo",
    # training's settings and tricks: "LR 1e-4 with cosine decay", "Long-CoT SFT", "QK-clip"
    "lr", "cot", "long-cot", "short-cot", "qk-clip", "qk-norm",
    # checksums beside a download: "| Name | Download | md5sum |"
    "md5", "md5sum", "sha1", "sha256", "sha256sum", "sha512", "sha-1", "sha-256", "sha-512",
    "smoe", "ssm", "ssms", "vla", "vlas", "mlps", "mtp",
    # training objectives: "Continued MLM pre-training ... on 260B tokens"
    "mlm", "clm", "nsp", "fim",
    # ways to split a model over devices, and training frameworks: "the 70B runs with MP=8"
    "mp", "tp", "pp", "dp", "fsdp", "ddp", "easylm",
    # units of frequency: "turns 16 kHz audio into ... frames at 12.5 Hz"
    "hz", "khz", "mhz", "ghz",
    "gqa", "mqa", "rope", "swiglu", "gelu", "relu", "cnn", "cnns", "rnn", "rnns", "lstm",
    # languages by their codes: "bilingual (EN/ES) language models", "EN-DE translation"
    "en", "es", "fr", "de", "zh", "ja", "ko", "ru", "hi", "nl", "sv", "pl", "tr",
    "th", "pt", "cs", "da", "fi", "hu", "ro", "bn", "ta", "te", "ur", "fa", "sw", "el",
    # ways to merge models: "A SLERP merge of two 22B models", "a TIES merge"
    "slerp", "ties", "dare", "mergekit",
    # architectures and position encodings: "a 600M-parameter FastConformer encoder", "NoPE"
    "nope", "fastconformer",
    # an architecture's kind: "a 20 billion parameter multilingual seq2seq model"
    "seq2seq", "enc-dec", "encoder-decoder",
    # optimizers: "Muon ... has only been shown to scale up to 16B"
    "muon", "adafactor", "lion", "shampoo", "soap",
    # a repository's files: "the README lacks ...; Dia is a 1.6B parameter model"
    "readme", "license",
    # tokenizers: "smaller 8B and 62B versions, uses a 256k-token SentencePiece vocabulary"
    "sentencepiece", "tiktoken", "bpe", "wordpiece",
    # inference providers, where a model is served: "- [Groq (70B-versatile)](...)"
    "groq", "deepinfra", "fireworks",  # (and "openrouter", with the serving tools below)
    # ways to stretch a context: "16K (extendable to 64K with YaRN)"
    "yarn", "longrope", "ntk",
    "gan", "gans", "vae", "vaes", "sota", "usa", "us", "uk", "eu", "un", "html", "json",
    "pdf", "csv", "url", "urls", "http", "https", "fp8", "fp16", "fp32", "bf16", "int4",
    "int8", "gptq", "awq", "gguf", "a100", "a100s", "h100", "h100s", "h800", "h800s", "h20",
    "v100", "v100s", "p100", "t4", "l4", "tpuv3", "tpuv4", "tpuv5", "tpuv5e", "tpuv5p", "b200",
    # TPU generations written with their letter: "Training ran on TPUv4p, TPUv5p and TPUv5e"
    "tpuv4p", "tpuv4i", "tpuv6", "tpuv6e", "tpuv7", "v4p", "v5e", "v5p", "v6e",
    "gb200", "mi300x", "mi250x", "ascend", "dgx", "hgx", "nvlink", "cuda", "mmlu", "gsm8k",
    # devices a model runs on: "on a Jetson Orin", "runs on iPhones"
    "jetson", "iphones", "ipads", "macbook", "macbooks", "mac", "macs", "raspberry", "pixel",
    # accelerators a model is trained or served on: "2,304 Gaudi 3 accelerators", "H200s"
    "h200", "h200s", "h20s", "b100", "b100s", "b200s", "gb200s", "gaudi", "gaudi2", "gaudi3",
    "mi300", "mi300a", "mi325x", "mi355x", "trainium", "trainium2", "inferentia",
    "inferentia2", "l40s", "a10g", "b300", "b300s", "gb300", "gb300s", "rubin",
    # consumer graphics cards: "one NVIDIA GeForce RTX 4090", "an AMD Radeon RX 7900 XTX"
    "geforce", "radeon", "rx",
    # benchmarks and leaderboards, as their names are written
    "mathvista", "mathverse", "mmmu", "mmbench", "mmstar", "livecodebench", "arena-hard",
    "alpacaeval", "ifeval", "arc-c", "gsm-hard", "bigbench", "mmlu-pro", "gpqa-diamond",
    "simpleqa", "musr", "bfcl", "ocrbench", "ai2d", "videomme", "video-mme", "mvbench",
    "olympiadbench", "cruxeval", "ds-1000", "longbench", "infinitebench", "babilong", "niah",
    "humaneval", "mbpp", "bbh", "glue", "superglue", "squad", "bleu", "rouge", "wer", "cer",
    "fid", "map", "auc", "roc", "iou", "f1", "ppl", "flop", "flops", "tflops",
    "pflops", "gflops", "mfu", "hfu", "vram", "ram", "hbm", "ssd", "phd",
    "covid", "covid-19", "arxiv", "github", "modelscope", "kaggle", "ollama", "youtube", "pytorch", "tensorflow", "jax",
    "deepspeed", "triton", "vllm", "onnx", "lmsys", "q1", "q2", "q3", "q4",
    "sglang", "tensorrt-llm", "llama.cpp", "exllamav2", "mlc-llm", "lmdeploy", "openrouter",
    "h1", "h2", "1080p", "720p", "4k", "8k", "fp4", "mxfp4", "nvfp4", "imagenet", "imagenet-1k",
    "imagenet-21k", "imagenet-22k", "cifar", "cifar-10", "cifar-100", "cifar10", "cifar100", "mnist", "svhn", "ilsvrc", "coco", "ms-coco", "c4", "mc4", "pile", "laion", "jft",
    "uniref", "uniref50", "uniref90", "uniref100", "uniprot", "uniclust30", "pdb", "sa-1b", "sa-v",
    "pubmed", "wikipedia", "bookscorpus", "commoncrawl", "webtext", "openwebtext",
    "pre-ln", "post-ln", "layernorm", "rmsnorm", "t5x", "flax", "mesh-tensorflow", "megatron-core",
    "wikitext103", "wikitext2", "ptb", "s3", "gcs", "wisemodel", "huggingface", "race", "lambada",
    "math", "arc", "bert-style", "gpt-style", "i", "ii", "iii", "iv", "v", "vi", "a", "faq",
    "q&a", "qa", "vqa", "ocr", "asr", "tts", "gui", "guis", "ui", "ux", "iot", "ar", "vr",
    "sat", "gre", "lsat", "mcat", "bar", "ap", "ieee", "acl", "emnlp", "neurips", "icml",
    "iclr", "cvpr", "iccv", "eccv", "aaai", "ijcai", "naacl", "coling", "kdd", "www", "sigir",
    "openreview", "tl;dr", "tldr", "i/o", "ps", "etc", "e.g", "i.e", "vs", "cv", "asic", "fpga", "soc", "mlp",
    "ffn", "kv", "sgd", "adam", "adamw", "agi", "asi", "ok", "mit", "apache", "cc", "gpl",
    "bsd", "ga", "beta", "alpha", "nasdaq", "nyse", "sec", "ftc", "doj", "nist",
    "iso", "utc", "gmt", "pst", "est", "am", "pm", "id", "ids", "io", "nvme", "pcie", "tco",
    "roi", "kpi", "b2b", "saas", "wikitext", "wikitext-103", "wikitext-2", "ccnet", "mindspore",
    "alibi", "unet", "u-net", "cnbc", "reuters", "techcrunch", "axios", "wsj", "nyt", "bbc", "cnn-dm", "xsum", "ebooks", "iphone", "ipad", "ios", "macos", "lmm", "lmms", "cpu-only", "gpu-hours", "gpu-days", "x86", "arm", "risc-v",
    "rtx", "gtx", "quadro", "kb", "mb", "gb", "tb", "pb", "kib", "mib", "gib", "tib",
    # rates: "400 GB/s of memory bandwidth", "30 tok/s"
    "kb/s", "mb/s", "gb/s", "tb/s", "kib/s", "mib/s", "gib/s", "tib/s", "gbps", "tbps", "gbit/s",
    "todo", "fixme", "tbd", "tba", "wip", "interspeech", "oom", "p50", "p90", "p95", "p99",
    "parameter", "parameters",  # a title's "7B Parameter Performance in a 3B Parameter Model"
    # metrics, leaderboards, licenses and methods, as their names are written: "within 0.03
    # nDCG of the 7B model", "on LMArena the 27B", "mixes Gated DeltaNet layers"
    "ndcg", "mteb", "beir", "lmarena", "odc-by", "cc-by", "cc-by-4.0", "cc-by-sa", "minhash",
    "simhash", "deltanet", "mup", "dora", "peft", "galore",
    # training and serving libraries and kernels: "4x A100 using ZeRO-3", "with FlashAttention-2"
    "zero-1", "zero-2", "zero-3", "zero-infinity", "zero++", "flashattention", "flashattention-2",
    "flashattention-3", "flash-attention", "flash-attention-2", "pagedattention", "xformers",
    "flashattention2", "flashattention3", "fa2", "fa3", "zero-offload",
    "bitsandbytes", "unsloth", "axolotl", "liger",
    # memory: "288 GB of HBM3e ... on a 70B model"
    "hbm2", "hbm2e", "hbm3", "hbm3e", "hbm4", "gddr6", "gddr6x", "gddr7", "lpddr5",
    "lpddr5x", "lpddr4", "lpddr4x", "ddr4", "ddr5",
}  # fmt: skip

# Programming languages, as a code model's card lists them: no model's name ("Python, C++, Java,
# PHP, C#, TypeScript, and Bash. The 7B and 13B ..."), though a word before a unit may be one
# ("35B Python tokens").
PROGRAMMING_LANGUAGES = frozenset({
    "python", "typescript", "javascript", "java", "php", "bash", "rust", "kotlin", "c++", "c#",
    "ruby", "sql", "scala", "perl", "lua", "haskell", "matlab", "fortran", "verilog",
    "powershell", "golang", "cpp",
})  # fmt: skip

# Capitalized words that start sentences or clauses and are never models on their own.
NOT_NAME_WORDS = {
    # job titles in transcripts and bylines: "A (VP Cloud, Stratus Compute):"
    "vp", "svp", "evp", "ceo", "cto", "cfo", "coo", "cmo", "cso", "cio",
    # company forms and log levels: "Atlas Cognition GmbH", "[03:14:05] INFO  Loaded ..."
    "gmbh", "inc", "llc", "ltd", "plc", "corp", "srl", "sarl", "kk", "bv", "oy", "ab",
    "info", "debug", "warn", "warning", "error", "trace", "fatal", "critical",
    # scale words, capitalized in headlines: "From 270 Million To 3 Billion Parameters"
    "thousand", "million", "billion", "trillion", "thousands", "millions", "billions", "trillions",
    # speaker labels of transcripts and interviews: "GUEST: ...", "SPEAKER 2: ..."
    "host", "guest", "speaker", "interviewer", "moderator", "narrator", "panelist", "caller",
    "the", "a", "an", "this", "these", "that", "those", "our", "we", "it", "its", "their",
    "they", "he", "she", "his", "her", "in", "on", "at", "for", "with", "from", "by", "to",
    "of", "as", "and", "or", "but", "if", "when", "while", "after", "before", "since",
    "however", "moreover", "furthermore", "additionally", "finally", "first", "second",
    "third", "fourth", "last", "next", "then", "today", "yesterday", "tomorrow", "here",
    "there", "recently", "notably", "specifically", "overall", "instead", "also", "thus",
    "total", "king",  # "TOtal 40B parameters", "7B LLM KING That Can Beat ChatGPT!"
    "notes", "highlights", "announcements",  # a section's heading: "## Release Notes"
    # hedges before a count: "Estimated 20-30T+ tokens", "Roughly 7B parameters"
    "estimated", "approximately", "roughly", "nearly", "almost", "reportedly", "rumored",
    "rumoured", "expected", "circa", "likely", "possibly", "probably",
    "therefore", "meanwhile", "similarly", "importantly", "together", "currently",
    "previously", "unlike", "like", "despite", "although", "though", "because", "so",
    "such", "both", "each", "every", "any", "whichever", "whatever", "typical", "all", "some", "many", "most", "more", "few", "other",
    "another", "new", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
    "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
    "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "hundred", "dozen",
    "is", "are", "was", "were", "be", "been", "has", "have", "had", "do", "does",
    "did", "can", "could", "will", "would", "should", "may", "might", "must", "what", "which",
    "who", "whom", "whose", "where", "why", "how", "not", "no", "yes", "only", "just",
    "even", "still", "yet", "again", "further", "compared", "based", "using", "given",
    "following", "including", "among", "across", "between", "within", "without", "into",
    "onto", "over", "under", "above", "below", "about", "around", "via", "per", "than",
    "model", "models", "figure", "fig", "table", "section", "appendix", "chapter", "note",
    "update", "updates", "news", "summary", "background", "introduction", "conclusion",
    "results", "result", "abstract", "method", "methods", "approach", "evaluation",
    "experiments", "experiment", "training", "data", "dataset", "datasets", "benchmark",
    "benchmarks", "leaderboard", "leaderboards", "arena", "same", "similar",
    "paper", "papers", "report", "blog", "post", "issue", "week", "month",
    "year", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "january", "february", "march", "april", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
    "sep", "sept", "oct", "nov", "dec", "mr", "mrs", "ms", "dr", "prof", "large", "small",
    "medium", "big", "tiny", "huge", "language", "transformer", "transformers", "scaling",
    "sparse", "dense", "mixture", "experts", "expert", "pretrained", "pre-trained", "open",
    "closed", "source", "weights", "parameters", "tokens", "context", "performance",
    "researchers", "research", "team", "lab", "labs", "company", "startup", "announcing",
    "introducing", "meet", "welcome", "hello", "thanks", "please", "see", "read", "join",
    "subscribe", "sign", "click", "share", "follow", "key", "takeaways", "takeaway",
    "what's", "it's", "we're", "we've", "let's", "i'm", "you", "your", "my", "me",
    "us", "them", "him", "either", "neither", "whether", "once", "during", "until",
    "nobody", "somebody", "everybody", "anybody", "someone", "everyone", "anyone", "nothing",
    "something", "everything",
    "upon", "out", "off", "down", "up", "ai", "elsewhere", "q", "a:", "q:", "edition",
    "weekly", "daily", "monthly", "digest", "newsletter", "roundup", "dispatch",
    "chatbot", "assistant", "family", "series", "suite", "collection", "version", "release",
    # a card's field labels and build words: "Release Date: July 23", "Quantized 4-bit builds"
    "date", "dates", "quantized", "quantised",
    # a model's license, named after it: "the TII Falcon Mamba 7B License 1.0"
    "license", "licence", "licenses", "licences",
    # what a post title does to a model: "# Distilling R1 into a 1.5B for our bot"
    "distilling", "finetuning", "quantizing", "pruning", "merging", "serving",
    "benchmarking", "deploying", "evaluating",
    "released", "releases", "launch", "launched", "announces", "announced", "unveils",
    "unveiled", "presents", "introduces", "builds", "trained", "train", "called", "named",
    "submitted", "updated", "posted", "revised", "accepted", "published", "modified", "edited",
    "dubbed", "known", "bigger", "smaller", "larger", "largest", "smallest",
    "biggest", "best", "better", "worse", "worst", "fast", "faster", "fastest", "good", "great",
    "bad", "solid", "strong", "weak", "slow", "slower", "slowest",
    "stronger", "strongest", "longer", "newer", "newest", "cheaper", "cheapest",
    # a headline's praise before a size: "# Idefics2: A Powerful 8B Vision-Language Model"
    "powerful", "efficient", "compact", "capable", "lightweight", "versatile", "robust",
    "performant",
    # ... and what it says it is: "[BlueLM: An Open Multilingual 7B Language Model](...)"
    "multilingual", "bilingual", "multimodal",
    # an app that runs models and a hub's short name: "locally using LM Studio", "[HF 14B SFT]"
    "studio", "hf",
    # a sentence's opening preposition before a name: "Alongside Kite 3, the team ..."
    "alongside", "besides",
    "western", "eastern", "american", "european", "asian", "african",
    "english", "chinese", "finnish", "arabic", "japanese", "korean", "french", "german",
    "spanish", "italian", "russian", "hindi", "portuguese", "dutch", "swedish", "indonesian",
    "malay", "thai", "vietnamese", "turkish", "polish", "ukrainian", "czech", "greek", "hebrew",
    "persian", "urdu", "bengali", "tamil", "telugu", "marathi", "swahili", "tagalog", "filipino",
    "khmer", "burmese", "nepali", "romanian", "hungarian", "danish", "norwegian", "catalan",
    "basque", "welsh", "mandarin", "cantonese", "yoruba", "hausa", "amharic", "zulu", "python",
    "java", "javascript", "rust", "c++", "bash", "sql", "excel", "bard", "chatgpt plus",
    "mixture-of-experts", "fine-tuning", "pre-training", "post-training", "step", "steps",
    "phase", "stage", "round", "day", "days", "top", "level", "part", "tier", "rank", "item",
    "page", "line", "windows", "ios", "android", "macos", "epoch", "task", "tasks", "exercise",
    "lesson", "episode", "season", "volume", "number", "grade", "class", "type",
    "group", "rule", "law", "article", "question", "example", "case", "option", "act",
    "foundation", "transform", "attention", "encoder", "decoder", "network", "networks",
    "human", "humans", "state", "human-ai", "now", "later", "soon",
    "spring", "summer", "autumn", "fall", "winter", "early", "late", "mid",
    # verbs that open the lines of notes and to-do lists: "Evaluate 34B dense vs 8x7B MoE"
    "evaluate", "compare", "test", "retrain", "deploy", "serve", "ship", "try", "use", "run",
    "fix", "add", "load", "park", "quantize", "distill", "finetune", "fine-tune",
    "scale", "build", "finish", "start", "stop", "drop", "keep", "move", "check",
    "forget", "skip", "avoid", "consider", "pick", "choose", "swap", "replace", "upgrade",
    "begin", "slide", "slides", "rip", "changelog", "roadmap",
    # verbs that open a worked example: "Take 37B active and 14.8T tokens", "Plug 37B active
    # into the formula" (the PLUG model is written in capitals: VERBS_THAT_NAME_MODELS)
    "put", "take", "multiply", "divide", "assume", "suppose", "imagine", "subtract", "plug",
    "ours", "mine", "yours", "theirs", "hub",
    # a list's last step: "→ Final 1B/3B models"; an imperative's "Let's discuss the 0.6B model"
    "final", "let",
    # what a size is of, in words: "Variants (7B, 13B, 70B)", "a 2.7B Causal Language Model",
    # "**Massive** (10M)", "run on a SINGLE GPU", "Traditional Dense 671B model (estimated)",
    # "| Current |" (a release cell)
    "variant", "variants", "causal", "massive", "single", "traditional", "conventional",
    "current",
    # a count's own words and a level's: "MiniMax-M1 456B (45B Active)", "cost: HIGH (100B)"
    "active", "activated", "high", "low",
}  # fmt: skip

# Words above that name a known model when written in capitals: Alibaba's PLUG.
VERBS_THAT_NAME_MODELS = frozenset({"plug"})

# Capitalized words that continue a model name after its head: "PaLM 2 Large", "Jurassic-1 Jumbo".
NAME_MODIFIERS = {
    "large", "small", "medium", "base", "xl", "xxl", "xxxl", "jumbo", "grande", "ultra",
    "pro", "mini", "nano", "micro", "tiny", "max", "plus", "lite", "turbo", "flash",
    "opus", "sonnet", "haiku", "instruct", "chat", "coder", "code", "math", "vision",
    "nlg", "titan", "guard", "online", "air", "deep", "next", "omni", "reasoner",
    "preview", "hd", "zero", "distill", "distilled", "sigma", "σ", "xlarge", "xxlarge",
    "huge", "giant", "moe", "dense", "it", "pt", "hf", "ii", "iii", "v2", "v3", "vl", "audio",
    "transformer", "behemoth", "maverick", "scout", "exp", "thinking", "llm", "hybrid",
}  # fmt: skip

# Verbs and phrases that introduce a model by name: "we present X", "a model called X".
INTRODUCERS = (
    "called", "named", "dubbed", "termed", "coined", "codenamed", "code-named", "present",
    "presents", "introduce", "introduces", "introducing", "introduced", "release",
    "releases", "released", "releasing", "unveil", "unveils", "unveiled", "announce",
    "announces", "announced", "launch", "launches", "launched", "propose", "proposes",
    "proposed", "open-sourced", "open-sources", "debuts", "debuted", "shipped", "ships",
    "meet", "train", "trained", "pretrain", "pre-train", "pretrained", "pre-trained",
    "develop", "developed", "build", "built", "describe", "describes", "describing",
)  # fmt: skip


def alternation(words) -> str:
    """A regex alternation of the words, escaped, longest first.

    >>> alternation(["b", "bn", "billion"])
    'billion|bn|b'
    """
    return "|".join(regex.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


# The two characters that the regex engine's case-insensitive matching takes for ASCII letters
# ("İ" for i, "ſ" for s) and str.lower() does not ("İ" even becomes two characters).
ODD_FOLDS = str.maketrans({"\u0130": "i", "\u017f": "s"})


def fold(text: str) -> str:
    """``text`` in lower case as a case-insensitive pattern reads ASCII letters, each character
    in its place: a word found in it is a word a ``(?i:...)`` pattern can match there.

    >>> fold("KİLO ſteps, GPT-3")
    'kilo steps, gpt-3'
    """
    if text.isascii() or ("\u0130" not in text and "\u017f" not in text):
        return text.lower()
    return text.translate(ODD_FOLDS).lower()


# A hub account before a repository's name: "Qwen/Qwen2.5-Coder-7B", "examples/tf-1b.yaml".
# Languages a team adapts another's model to: "Chinese-LLaMA", "Tamil LLaMA 7B Base".
ADAPTED_LANGUAGES = (
    r"(?:Chinese|Japanese|Korean|Arabic|German|French|Spanish|Italian|Portuguese"
    r"|Russian|Vietnamese|Thai|Hindi|Indonesian|Turkish|Polish|Dutch|Swedish|Finnish|Greek"
    r"|Hebrew|Persian|Ukrainian|Czech|Hungarian|Romanian|Bengali|Tamil|Malay|Swahili|Taiwan)"
)
HUB_NAMESPACE = regex.compile(r"[A-Za-z][\w.-]*/(?=[A-Za-z][\w.+-]*[A-Za-z][\w.+-]*\Z)")
# A configuration file's extension after a model's name: "tf-1b.yaml".
CONFIG_SUFFIX = regex.compile(r"\.(?:ya?ml|json|toml|cfg|py)\Z")
# A hub account before a repository whose name has a digit: "meta-llama/Llama-3.1-8B",
# "ai21labs/AI21-Jamba-1.5-Mini" (digits only inside a lower-case account: "Qwen2/Qwen2.5" and
# "GPT2/DistilGPT2" name two models),
# "deepseek-ai/...", "01-ai/Yi-6B", "NovaSky-AI/Sky-T1-32B-Preview", "LGAI-EXAONE/EXAONE-3.5"
# (not a model's name: "GPT-J/", "Mixtral-8x7B/"; nor, see markdown_tables, a family's before
# its own model: "Qwen-VL/Qwen2-VL-7B", "BLOOM-MT/BLOOMZ-7B1").
HUB_ACCOUNT = regex.compile(
    r"(?:\d+-)?(?P<first>[A-Za-z][A-Za-z]*|[a-z][a-z0-9]*[a-z])(?:-[a-z]+|(?P<capital>-[A-Z][A-Za-z]+))*/"
    r"(?=[A-Za-z][\w.+-]*\d[\w.+-]*\Z)"
)

# A training checkpoint's step, as repositories name them: "step120000", "ckpt-5000",
# "iter_1431000", "revision-20k" (three digits at least, or a count in k/M: not "Step3").
STEP_WORD = r"(?:step|iter|iteration|ckpt|checkpoint|epoch|revision)"
STEP_NUMBER = r"(?:\d{3,}|\d+[kKM])"

# A yes-or-no question opens with its verb: "Does GPT-4 have 1.8T parameters?"
QUESTION_OPENING = regex.compile(
    r"[^\w]*+(?i:is|isn['’]t|was|wasn['’]t|does|doesn['’]t|did|didn['’]t|do|don['’]t|has|hasn['’]t"
    r"|have|haven['’]t|are|aren['’]t|were|weren['’]t|can|could|will|would|should)\b"
)
