"""Tables built from the facts, kept in the store: a new process reads the models table
(3 ms over 10,000 models) instead of building it again (2 s).

A kept table is read only when the same code built it from the data as it is now: the store
counts every write to documents, facts and corrections (``Store.keep_built``), and
``builder_version`` fingerprints the code and the tables the build reads.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

import pandas as pd

from insights.extract.fingerprint import add_files
from insights.store import Store, StoreError

PACKAGE = Path(__file__).resolve().parent
DATA = PACKAGE.parent / "data"
# Raised the day the kept bytes mean something else.
FORMAT = "arrow-ipc-1"


def builder_version() -> str:
    """A fingerprint of what a built table depends on besides the data: every module of the
    package (the build reaches into the extractor's names and reference), the tables it
    reads, and the libraries that write and read the bytes. Read on every call: 3 ms."""
    import pyarrow

    digest = hashlib.sha256(f"{FORMAT} {pd.__version__} {pyarrow.__version__}".encode())
    files = sorted(PACKAGE.rglob("*.py")) + [DATA / "organizations.csv"]
    files += sorted((DATA / "reference").glob("*.csv"))
    add_files(digest, ((str(path.relative_to(PACKAGE.parent)), path) for path in files))
    return digest.hexdigest()[:16]


def frame_bytes(frame: pd.DataFrame) -> bytes:
    """A frame as an Arrow IPC stream, with what pandas needs to read back the same frame."""
    import pyarrow

    table = pyarrow.Table.from_pandas(frame)
    sink = pyarrow.BufferOutputStream()
    with pyarrow.ipc.new_stream(sink, table.schema) as writer:
        writer.write_table(table)
    return sink.getvalue().to_pybytes()


def frame_from_bytes(data: bytes) -> pd.DataFrame:
    """The frame ``frame_bytes`` wrote."""
    import pyarrow

    return pyarrow.ipc.open_stream(data).read_pandas()


def kept_table(
    store: Store, name: str, build: Callable[[], pd.DataFrame], generation: int | None = None
) -> pd.DataFrame:
    """Table ``name`` as kept in ``store`` when it is of the data as it is now, else
    ``build()``, kept for next time.

    ``generation`` is the store's count of writes (``Store.keep_built``) taken before
    ``build`` reads anything, for a caller that read the data earlier; without it the count
    is taken now, and ``build`` must read the data after this is called. A table is kept only
    when nothing was written since that count. A database that cannot be written, or kept
    bytes that cannot be read, cost only the build.
    """
    import pyarrow

    version = builder_version()
    try:
        current = store.keep_built()
        data = store.built(name, version)
    except StoreError:
        return build()
    if data is not None:
        try:
            return frame_from_bytes(data)
        except (pyarrow.ArrowException, OSError):
            pass
    table = build()
    try:
        kept = frame_bytes(table)
    except (pyarrow.ArrowException, OSError):
        return table  # a column Arrow cannot write: kept nowhere, built each time
    store.save_built(name, version, current if generation is None else generation, kept)
    return table


def build_models(store: Store) -> tuple[pd.DataFrame, dict[str, list[dict]]]:
    """The models table with the stored corrections applied, and the facts behind each row,
    from the facts it is built from (sizes and release dates)."""
    from insights.table.corrections import build_corrected
    from insights.tables import TABLE_KINDS

    # Row-wise work reads plain Python strings much faster than Arrow-backed ones.
    facts = store.facts(kinds=TABLE_KINDS).astype(object)
    return build_corrected(facts, store.corrections())


def kept_models(store: Store) -> pd.DataFrame:
    """The models table, kept in ``store`` (read back, or built and kept)."""
    return kept_table(store, "models", lambda: build_models(store)[0])
