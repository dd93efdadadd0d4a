"""The one normalized form of a model name, which every part of Insights compares."""

import unicodedata
from functools import lru_cache

import regex

# Unicode dashes and the multiplication sign appear in copied names ("Mixtral 8×7B").
_LOOKALIKES = str.maketrans("\u2010\u2011\u2012\u2013\u2014\u2212\u00d7", "------x")
# Separators that writers swap freely; dots stay because "GPT-3" and "GPT-3.5" differ.
_SEPARATORS = regex.compile(r"[\s_\u00b7:-]+")  # "DALL·E" is "DALL-E", "qwen3:4b" "Qwen3-4B"
# A version's "v" after a separator: "llava-v1.5-13b" is "LLaVA-1.5 13B" ("GPT-4V" keeps its).
_VERSION_V = regex.compile(r"(?<=[\s_\u00b7-])v(?=[0-9])")


# Greek letters as LaTeX writes them in a paper's name for its model: "PanGu-{\Sigma}".
_GREEK = {
    "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "epsilon": "ε", "zeta": "ζ",
    "eta": "η", "theta": "θ", "lambda": "λ", "mu": "μ", "pi": "π", "rho": "ρ", "sigma": "σ",
    "tau": "τ", "phi": "φ", "chi": "χ", "psi": "ψ", "omega": "ω",
}  # fmt: skip
_LATEX_GREEK = regex.compile(r"\{?\\(%s)\}?" % "|".join(_GREEK), regex.IGNORECASE)


@lru_cache(maxsize=65536)
def model_key(name: str) -> str:
    """The one normalized form of a model name that every part of Insights compares: case,
    spaces, hyphens and underscores ignored, look-alike dashes and "×" folded.

    >>> model_key("GPT-3") == model_key("GPT3") == model_key("gpt-3") == model_key("GPT 3")
    True
    >>> model_key("LLaMA") == model_key("Llama"), model_key("Llama 2") == model_key("llama_2")
    (True, True)
    >>> model_key("GPT-3") == model_key("GPT-3.5")
    False
    >>> model_key("Mixtral 8\u00d77B"), model_key("DALL\u00b7E 2")
    ('mixtral8x7b', 'dalle2')
    >>> model_key("PanGu-{\\\\Sigma}") == model_key("PanGu-\\u03a3")
    True
    >>> model_key("llava-v1.5-13b") == model_key("LLaVA-1.5 13B"), model_key("GPT-4V")
    (True, 'gpt4v')
    >>> model_key("qwen3:4b") == model_key("Qwen3-4B")  # (a local runner's tag)
    True
    """
    if "\\" in name:
        name = _LATEX_GREEK.sub(lambda m: _GREEK[m.group(1).lower()], name)
    text = unicodedata.normalize("NFKC", name).translate(_LOOKALIKES).casefold()
    return _SEPARATORS.sub("", _VERSION_V.sub("", text))


# A build of a model, not another model: a quantization, a file format, a file's extension.
BUILD_SUFFIX = regex.compile(
    r"(?i)(?:[-_.](?:q[2-8]_(?:k_[sml]|[01])|q[2-8]_k|int[48]|[48][ -]?bits?|gguf|ggml|awq|gptq|"
    r"mlx|exl2|fp16|bf16|fp8|safetensors|bin|onnx))+\Z"
)


@lru_cache(maxsize=65536)
def without_build(name: str) -> str:
    """A name with what says which build of the model it is taken off: the same parameters.

    >>> without_build("qwen2.5-7b-instruct-q4_k_m.gguf"), without_build("Yi-34B-Chat-4bits")
    ('qwen2.5-7b-instruct', 'Yi-34B-Chat')
    >>> without_build("Tamarind-72B-Int4"), without_build("Marlin-v1.5-9B-GGUF")
    ('Tamarind-72B', 'Marlin-v1.5-9B')
    >>> without_build("Mistral-7B-v0.3")
    'Mistral-7B-v0.3'
    """
    stripped = BUILD_SUFFIX.sub("", name)
    return stripped if stripped else name


# A release's date stamp after a name: "OLMoE-1B-7B-0924", "Qwen3-30B-A3B-2507", "OLMo-1B (0724)".
RELEASE_STAMP = regex.compile(r"(?:[-_]|[ ]\()[0-9]{4}\)?\Z")


@lru_cache(maxsize=65536)
def without_release_stamp(name: str) -> str:
    """A name with the date stamp of its release taken off: a refresh keeps the name's size.

    >>> without_release_stamp("OLMoE-1B-7B-0924"), without_release_stamp("OLMo-1B (0724)")
    ('OLMoE-1B-7B', 'OLMo-1B')
    >>> without_release_stamp("Qwen2.5-72B"), without_release_stamp("2507")
    ('Qwen2.5-72B', '2507')
    """
    stripped = RELEASE_STAMP.sub("", name)
    return stripped if stripped else name
