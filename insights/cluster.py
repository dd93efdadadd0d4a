"""The cluster path: the same extractor on a Dask cluster, with Parquet in between.

``run_job`` cuts the inputs into partitions (byte ranges of JSONL files, groups of other files),
maps the local ingest's reader and extractor over them on a Dask cluster, and has each worker
write its partition's documents and facts as Parquet. ``merge`` loads that Parquet into the
SQLite store under the local ingest's content-hash rules, so it is idempotent.

The output folder (a local path or any ``fsspec`` URL the workers can write)::

    _job.json                     the plan: inputs, partitions, options, extractor version
    documents/part-00000.parquet  hash, title, source, date, text
    facts/part-00000.parquet      hash, then the store's fact columns (FACT_FIELDS)
    done/part-00000.json          written last: the partition's counts and bad documents

A partition counts as done only when its ``done`` file exists, so a worker that dies midway
leaves nothing that is read; running the same job again runs only what is not done.

Why a ``dask.bag`` of partition descriptors, rather than ``dask.bag.read_text`` or
``dask.dataframe.read_json``: each task must know where its lines sit in the file (the source
of a JSONL document is ``path:line``, as in the local path) and must turn a bad line into a
one-line error instead of failing; reading its own byte range with the local reader does both,
and the extractor's output (a variable number of facts per document) is a bag, not a frame.

Dask, distributed and pyarrow are an optional extra (``requirements-dask.txt``), imported only
when this path runs. (DESIGN.md's place for this is ``insights/store/dask.py``; it sits flat
beside ``ingest.py`` and ``store.py`` until the store becomes a package.)
"""

from __future__ import annotations

import glob
import hashlib
import json
import logging
import os
import posixpath
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field

from insights.extract.extractor import extractor_version
from insights.ingest import (
    MAX_FILE_BYTES,
    SUPPORTED_SUFFIXES,
    Document,
    IngestError,
    IngestSummary,
    _Duplicate,
    _jsonl_items,
    _Options,
    _work,
    is_url,
    iter_inputs,
    read_bytes,
    read_file,
    read_url,
    stored_date,
)
from insights.store import FACT_FIELDS, Extracted, Store

PARTITION_BYTES = 16_000_000  # input per partition at most: bounds each worker's memory
PARTITIONS_PER_THREAD = 8  # at least, so that the last round keeps every worker busy
MIN_PARTITION_BYTES = 1_000_000  # ... unless partitions would get smaller than this
BATCH_DOCUMENTS = 2_000  # documents per Parquet row group, and per merge transaction
URL_WEIGHT = 100_000  # what a URL counts as when grouping inputs (its size is not known)
GLOB_CHARS = frozenset("*?[")
INTEGER_FIELDS = ("start", "end", "sentence_start")
DOCUMENT_FIELDS = ("hash", "title", "source", "date", "text")
NO_PROFILER = {"distributed.worker.profile.enabled": False}
INSTALL_HINT = "pip install -r requirements-dask.txt (dask[distributed] and pyarrow)"


class ClusterError(Exception):
    """The job cannot run: no Dask, a folder from another job, nothing to read."""


@dataclass(frozen=True)
class Partition:
    """One task's share of the inputs: a byte range of one JSONL file, or whole files.

    ``inputs`` are ``(where, source)`` pairs: where a worker reads it (an absolute path or a
    URL) and what documents and errors call it (the name the user gave, as the local path).
    """

    number: int
    kind: str  # "jsonl" or "files"
    inputs: tuple[tuple[str, str], ...]
    start: int = 0
    end: int = 0
    first_line: int = 1

    @property
    def name(self) -> str:
        return f"part-{self.number:05d}"

    def describe(self) -> str:
        if self.kind == "jsonl":
            return f"{self.name} ({self.inputs[0][1]} bytes {self.start:,}-{self.end:,})"
        return f"{self.name} ({len(self.inputs)} files from {self.inputs[0][1]})"


@dataclass(frozen=True)
class Fields:
    """The JSONL fields to read and the date for documents that state none."""

    text: str = "text"
    title: str = "title"
    date: str = "date"
    fallback_date: str | None = None


@dataclass(frozen=True)
class JobSummary:
    """What a job has written so far: partitions done (this run and before) and not."""

    partitions: int
    ran: int
    not_done: tuple[str, ...] = ()
    errors: tuple[IngestError, ...] = ()
    documents: int = 0  # written to Parquet (texts repeated within a partition not counted)
    facts: int = 0
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not self.not_done and not self.errors


# -- the filesystem ------------------------------------------------------------------------


def _is_remote(where: str) -> bool:
    return "://" in where and not is_url(where)


def _fs(where: str):
    """An fsspec filesystem and the path inside it, for a local path or a URL."""
    import fsspec

    return fsspec.core.url_to_fs(where)


def _join(base: str, *parts: str) -> str:
    return posixpath.join(base, *parts) if _is_remote(base) else os.path.join(base, *parts)


def _write_atomic(where: str, write: Callable) -> None:
    """Write through ``write(file)`` to a hidden name, then move it into place."""
    fs, path = _fs(where)
    head, tail = posixpath.split(path)
    tmp = posixpath.join(head, f".{tail}.tmp")
    fs.makedirs(head, exist_ok=True)
    with fs.open(tmp, "wb") as f:
        write(f)
    fs.mv(tmp, path)


# -- planning (on the client) --------------------------------------------------------------


def _expand(sources: Iterable[str]) -> Iterator[tuple[str, str, int] | IngestError]:
    """``(where, source, size)`` for every input file, in the local path's order."""
    local: list = []
    for source in sources:
        source = str(source)
        if _is_remote(source):
            yield from _expand_local(local)
            local = []
            yield from _expand_remote(source)
        elif not os.path.exists(source) and GLOB_CHARS & set(source) and not is_url(source):
            matches = sorted(glob.glob(source, recursive=True))
            local += matches or [source]
        else:
            local.append(source)
    yield from _expand_local(local)


def _expand_local(sources: list) -> Iterator[tuple[str, str, int] | IngestError]:
    for item in iter_inputs(sources):
        if isinstance(item, IngestError):
            yield item
        elif isinstance(item, Document):
            yield IngestError(item.source or "(text)", "pasted text is read by the local engine")
        elif is_url(item):
            yield item, item, URL_WEIGHT
        else:
            try:
                size = item.stat().st_size
            except OSError as exc:
                yield IngestError(item, f"unreadable ({exc.strerror or exc})")
                continue
            yield os.path.abspath(item), str(item), size


def _expand_remote(url: str) -> Iterator[tuple[str, str, int] | IngestError]:
    fs, path = _fs(url)
    try:
        if GLOB_CHARS & set(path):
            paths = sorted(fs.glob(path))
        elif fs.isdir(path):
            found = fs.find(path)
            paths = sorted(
                p for p in found
                if p.lower().endswith(SUPPORTED_SUFFIXES)
                and not any(part.startswith(".") for part in p[len(path):].split("/"))
            )  # fmt: skip
        else:
            paths = [path]
        if not paths:
            yield IngestError(url, "no such file or folder")
        for p in paths:
            name = fs.unstrip_protocol(p)
            yield name, name, fs.size(p)
    except FileNotFoundError:
        yield IngestError(url, "no such file or folder")
    except OSError as exc:
        yield IngestError(url, f"unreadable ({exc.strerror or exc})")


def plan(
    sources: Iterable[str], partitions: int | None = None, threads: int = 1
) -> tuple[list[Partition], list[IngestError]]:
    """Partitions over the inputs, in input order, and errors for inputs that are not there.

    JSONL files are cut into byte ranges (``first_line`` is filled in by ``count_lines``);
    other files are grouped. ``partitions`` asks for about that many; by default each holds
    at most ``PARTITION_BYTES`` of input, and there are ``PARTITIONS_PER_THREAD`` for each
    of the cluster's ``threads`` (so that no worker idles while one finishes) where that
    leaves each at least ``MIN_PARTITION_BYTES``.
    """
    inputs, errors = [], []
    for item in _expand(sources):
        (errors if isinstance(item, IngestError) else inputs).append(item)
    total = sum(size for _, _, size in inputs)
    if partitions:
        target = max(1, -(-total // partitions))
    else:
        share = -(-total // max(1, threads * PARTITIONS_PER_THREAD))
        target = min(PARTITION_BYTES, max(MIN_PARTITION_BYTES, share))
    parts: list[Partition] = []
    group: list[tuple[str, str]] = []
    group_bytes = 0

    def close_group():
        nonlocal group, group_bytes
        if group:
            parts.append(Partition(len(parts), "files", tuple(group)))
        group, group_bytes = [], 0

    for where, source, size in inputs:
        if source.lower().endswith(".jsonl"):
            close_group()
            blocks = max(1, -(-size // target))
            step = -(-size // blocks) if size else 0
            for start in range(0, max(size, 1), max(step, 1)):
                end = min(start + step, size)
                parts.append(Partition(len(parts), "jsonl", ((where, source),), start, end))
        else:
            group.append((where, source))
            group_bytes += size
            if group_bytes >= target:
                close_group()
    close_group()
    return parts, errors


def _block_lines(f, start: int, end: int) -> Iterator[bytes]:
    """The lines that begin in ``[start, end)`` of a file open in binary mode."""
    if start > 0:
        f.seek(start - 1)
        f.readline()  # the end of a line that began in the block before (or its newline)
    else:
        f.seek(0)
    position = f.tell()
    while position < end:
        line = f.readline()
        if not line:
            break
        position += len(line)
        yield line


def count_lines(part: Partition) -> int:
    """How many lines begin in a JSONL partition's byte range (a quick pass on a worker)."""
    fs, path = _fs(part.inputs[0][0])
    try:
        with fs.open(path, "rb") as f:
            return sum(1 for _ in _block_lines(f, part.start, part.end))
    except OSError:
        return 0  # the partition itself reports the file as unreadable


def number_lines(parts: list[Partition], counts: list[int]) -> list[Partition]:
    """Partitions with ``first_line`` set from the line counts of the blocks before them."""
    numbered, seen = [], {}
    for part, count in zip(parts, counts, strict=True):
        if part.kind == "jsonl":
            where = part.inputs[0][0]
            first = seen.get(where, 1)
            seen[where] = first + count
            part = Partition(part.number, part.kind, part.inputs, part.start, part.end, first)
        numbered.append(part)
    return numbered


# -- one partition (on a worker) -----------------------------------------------------------


def _read_one(where: str, source: str) -> list[Document]:
    """Documents from one non-JSONL input, read where it is, named as the user named it."""
    if is_url(where):
        return read_url(where)
    if not _is_remote(where):
        return read_file(where, source=source)
    fs, path = _fs(where)
    try:
        size = fs.size(path)
        if size > MAX_FILE_BYTES:
            raise IngestError(source, f"too big: {size:,} bytes, over the {MAX_FILE_BYTES:,} limit")
        data = fs.cat_file(path)
    except FileNotFoundError:
        raise IngestError(source, "no such file") from None
    except OSError as exc:
        raise IngestError(source, f"unreadable ({exc.strerror or exc})") from None
    return read_bytes(posixpath.basename(path), data, source)


def _documents(part: Partition, fields: Fields) -> Iterator[Document | IngestError]:
    if part.kind == "jsonl":
        where, source = part.inputs[0]
        fs, path = _fs(where)
        try:
            f = fs.open(path, "rb")
        except OSError as exc:
            yield IngestError(source, f"unreadable ({exc.strerror or exc})")
            return
        with f:
            lines = _block_lines(f, part.start, part.end)
            yield from _jsonl_items(lines, source, fields.text, fields.title, fields.date,
                                    first_line=part.first_line)  # fmt: skip
        return
    for where, source in part.inputs:
        try:
            yield from _read_one(where, source)
        except IngestError as exc:
            yield exc
        except Exception as exc:  # a reader bug must not stop the partition
            yield IngestError(source, f"cannot read ({exc.__class__.__name__}: {exc})")


def _schemas():
    import pyarrow as pa

    documents = pa.schema([(name, pa.string()) for name in DOCUMENT_FIELDS])
    types = {"value": pa.float64(), **dict.fromkeys(INTEGER_FIELDS, pa.int64())}
    facts = pa.schema(
        [("hash", pa.string())] + [(n, types.get(n, pa.string())) for n in FACT_FIELDS]
    )
    return documents, facts


class _PartWriter:
    """Documents and facts of one partition into two Parquet files, a row group at a time."""

    def __init__(self, out: str, name: str):
        self.out, self.name = out, name
        self.schemas = _schemas()
        self.documents: dict[str, list] = {n: [] for n in self.schemas[0].names}
        self.facts: dict[str, list] = {n: [] for n in self.schemas[1].names}
        self.files, self.writers = [], []
        for table, schema in zip(("documents", "facts"), self.schemas, strict=True):
            self._open(table, schema)

    def _open(self, table, schema):
        import pyarrow.parquet as pq

        fs, path = _fs(_join(self.out, table, f".{self.name}.parquet.tmp"))
        fs.makedirs(posixpath.dirname(path), exist_ok=True)
        f = fs.open(path, "wb")
        self.files.append((fs, path, f))
        self.writers.append(pq.ParquetWriter(f, schema, compression="zstd"))

    def add(self, document: Document, digest: str, rows: list[tuple]) -> None:
        for name, value in zip(
            DOCUMENT_FIELDS,
            (digest, document.title, document.source, document.date, document.text),
            strict=True,
        ):
            self.documents[name].append(value)  # fmt: skip
        for row in rows:
            self.facts["hash"].append(digest)
            for name, value in zip(FACT_FIELDS, row, strict=True):
                self.facts[name].append(value)
        if len(self.documents["hash"]) >= BATCH_DOCUMENTS:
            self.flush()

    def flush(self) -> None:
        import pyarrow as pa

        for writer, columns, schema in zip(self.writers, (self.documents, self.facts),
                                           self.schemas, strict=True):  # fmt: skip
            if columns["hash"]:
                writer.write_table(pa.table(columns, schema=schema))
            for values in columns.values():
                values.clear()

    def close(self) -> None:
        """Finish both files and move them into place."""
        self.flush()
        for writer, (fs, path, f) in zip(self.writers, self.files, strict=True):
            writer.close()
            f.close()
            fs.mv(path, posixpath.join(posixpath.dirname(path), f"{self.name}.parquet"))


def run_partition(part: Partition, out: str, fields: Fields) -> dict:
    """Read, extract and write one partition; returns its counts and bad documents.

    Runs on a worker. A text seen earlier in the same partition is counted as a duplicate and
    not extracted again, as in the local path; the merge drops texts seen in other partitions.
    """
    started = time.perf_counter()
    seen: set[str] = set()

    def known(digest: str) -> bool:
        if digest in seen:
            return True
        seen.add(digest)
        return False

    counts = {"documents": 0, "duplicates": 0, "facts": 0}
    errors: list[list[str]] = []
    writer = _PartWriter(out, part.name)
    for item in _documents(part, fields):
        options = _Options(fallback_date=fields.fallback_date)  # (the dates extract() sees)
        for result in _work(item, known=known, options=options):
            if isinstance(result, IngestError):
                errors.append([result.source, result.reason])
            elif isinstance(result, _Duplicate):
                counts["duplicates"] += 1
            else:
                doc = result.document
                date = stored_date(doc, fields.fallback_date)
                writer.add(Document(doc.text, doc.title, doc.source, date), result.digest,
                           result.rows)  # fmt: skip
                counts["documents"] += 1
                counts["facts"] += len(result.rows)
    writer.close()
    report = {"partition": part.number, **counts, "errors": errors,
              "seconds": round(time.perf_counter() - started, 3)}  # fmt: skip
    data = json.dumps(report, ensure_ascii=False).encode("utf-8")
    _write_atomic(_join(out, "done", f"{part.name}.json"), lambda f: f.write(data))
    return report


# -- the job (on the client) ---------------------------------------------------------------


def _require_dask():
    try:
        import dask.bag  # noqa: F401
        import distributed  # noqa: F401
        import pyarrow  # noqa: F401
    except ImportError as exc:
        missing = (exc.name or "dask").split(".")[0]
        raise ClusterError(f"the dask engine needs {missing}: {INSTALL_HINT}") from None


def local_cluster(workers: int | None = None, processes: bool = True):
    """A ``LocalCluster`` on 127.0.0.1 with ``workers`` single-threaded workers (processes:
    the extractor is pure Python), no dashboard, and its HTTP endpoint on a free port.

    The workers' sampling profiler is off: it walks the running task's stack every 10 ms,
    which costs the pure-Python extractor about a third more CPU.
    """
    _require_dask()
    import dask
    from distributed import LocalCluster

    with dask.config.set(NO_PROFILER):  # read when each worker's nanny is made, here
        return LocalCluster(
            n_workers=workers or os.cpu_count() or 1,
            threads_per_worker=1,
            processes=processes,
            protocol="tcp",
            host="127.0.0.1",
            dashboard_address=None,  # no dashboard; without the line below, health on :8787
            scheduler_kwargs={"dashboard_address": "127.0.0.1:0"},
            silence_logs=logging.ERROR,
        )


@contextmanager
def connect(scheduler: str | None = None, workers: int | None = None):
    """A Dask client: to ``scheduler`` when given, else to a ``local_cluster(workers)``."""
    _require_dask()
    from distributed import Client

    if scheduler:
        with Client(scheduler) as client:
            yield client
        return
    with local_cluster(workers) as cluster, Client(cluster) as client:
        yield client


def _manifest(parts: list[Partition], fields: Fields) -> dict:
    return {
        "extractor": extractor_version(),
        "fields": asdict(fields),
        "partitions": [asdict(p) | {"inputs": [list(i) for i in p.inputs]} for p in parts],
    }


def _check_manifest(out: str, manifest: dict) -> None:
    """Write the job's plan, or check that the folder holds this same job (to resume it)."""
    where = _join(out, "_job.json")
    fs, path = _fs(where)
    if fs.exists(path):
        existing = _read_json(where)
        if existing != manifest:
            what = ("another version of the extractor"
                    if existing.get("extractor") != manifest["extractor"]
                    else "another job (other inputs, fields or partitions)")  # fmt: skip
            raise ClusterError(f"{out} holds the Parquet of {what}; give a new folder")
        return
    data = json.dumps(manifest, indent=1, ensure_ascii=False).encode("utf-8")
    _write_atomic(where, lambda f: f.write(data))


def _read_json(where: str):
    fs, path = _fs(where)
    with fs.open(path, "rb") as f:
        return json.loads(f.read().decode("utf-8"))


def _done(out: str) -> dict[int, dict]:
    """The reports of the partitions finished in ``out``, by number."""
    fs, path = _fs(_join(out, "done"))
    if not fs.exists(path):
        return {}
    reports = {}
    for name in fs.ls(path, detail=False):
        base = posixpath.basename(name)
        if base.startswith("part-") and base.endswith(".json"):
            report = _read_json(fs.unstrip_protocol(name))
            reports[report["partition"]] = report
    return reports


def run_job(
    sources: Iterable[str],
    out: str | os.PathLike,
    *,
    client=None,
    scheduler: str | None = None,
    workers: int | None = None,
    partitions: int | None = None,
    fields: Fields = Fields(),
    progress: Callable[[int, int | None], None] | None = None,
    on_error: Callable[[IngestError], None] | None = None,
    on_done: Callable[[int], None] | None = None,
) -> JobSummary:
    """Extract ``sources`` on a Dask cluster into Parquet under ``out``; resumes a job there.

    ``client`` is a ``distributed.Client`` to use; otherwise one connects to ``scheduler``, or
    starts a ``LocalCluster`` with ``workers`` processes. ``progress(done, total)`` counts
    partitions; ``on_error`` hears each bad document of this run as its partition finishes;
    ``on_done(number)`` hears each finished partition, those finished before this run first
    (``Merger.partition_done`` merges them while the rest run).
    """
    _require_dask()
    started = time.perf_counter()
    out = str(out) if _is_remote(str(out)) else os.path.abspath(out)
    if client is None:
        with connect(scheduler, workers) as own:
            return run_job(sources, out, client=own, partitions=partitions, fields=fields,
                           progress=progress, on_error=on_error, on_done=on_done)  # fmt: skip
    import dask.bag as db
    from distributed import as_completed

    threads = sum(client.nthreads().values())
    parts, missing = plan(sources, partitions, threads)
    if not parts and not missing:
        raise ClusterError("nothing to read")

    for error in missing:
        if on_error:
            on_error(error)
    if any(p.kind == "jsonl" and p.start > 0 for p in parts):
        blocks = db.from_sequence(parts, npartitions=len(parts)).map(count_lines)
        try:
            parts = number_lines(parts, client.compute(blocks).result())
        except Exception as exc:  # a worker died while counting: nothing was written yet
            raise ClusterError(f"counting lines failed ({exc.__class__.__name__}: {exc});"
                               " run the same command again") from exc  # fmt: skip
    _check_manifest(out, _manifest(parts, fields))
    done = _done(out)
    todo = [p for p in parts if p.number not in done]
    not_done: list[str] = []
    for number in sorted(done):
        if on_done:
            on_done(number)
    if todo:
        bag = db.from_sequence(todo, npartitions=len(todo)).map(run_partition, out, fields)
        futures = client.compute(bag.to_delayed())
        which = dict(zip((f.key for f in futures), todo, strict=True))
        finished = len(parts) - len(todo)
        if progress:
            progress(finished, len(parts))
        for future in as_completed(futures):
            part = which[future.key]
            try:
                [report] = future.result()
            except Exception as exc:  # a worker died, or the cluster went away
                not_done.append(f"{part.describe()}: not finished ({exc.__class__.__name__}:"
                                f" {exc}); run the same command again to finish it")  # fmt: skip
            else:
                done[part.number] = report
                for source, reason in report["errors"]:
                    if on_error:
                        on_error(IngestError(source, reason))
                if on_done:
                    on_done(part.number)
            finished += 1
            if progress:
                progress(finished, len(parts))
    errors = list(missing)
    for number in sorted(done):
        errors += [IngestError(source, reason) for source, reason in done[number]["errors"]]
    return JobSummary(
        partitions=len(parts), ran=len(todo) - len(not_done), not_done=tuple(not_done),
        errors=tuple(errors), documents=sum(r["documents"] for r in done.values()),
        facts=sum(r["facts"] for r in done.values()), seconds=time.perf_counter() - started,
    )  # fmt: skip


def default_out(db: str | os.PathLike, sources: Iterable[str], fields: Fields, partitions) -> str:
    """A Parquet folder beside the database, named after the job: the same command resumes
    the same folder, another command gets another one."""
    key = json.dumps([[str(s) for s in sources], asdict(fields), partitions, extractor_version()])
    digest = hashlib.sha256(key.encode("utf-8")).hexdigest()[:12]
    return os.path.join(os.path.dirname(os.path.abspath(db)), "parquet", f"job-{digest}")


# -- merge (on the client) -----------------------------------------------------------------


@dataclass(frozen=True)
class MergeSummary:
    """What a merge did; ``summary`` reads like the local ingest's summary line."""

    summary: IngestSummary
    partitions: int
    merged: int
    not_done: tuple[int, ...] = field(default=())

    def __str__(self) -> str:
        return str(self.summary)


def _read_table(where: str):
    import pyarrow.parquet as pq

    fs, path = _fs(where)
    with fs.open(path, "rb") as f:
        return pq.read_table(f)


def _facts_by_hash(where: str) -> dict[str, list[tuple]]:
    rows: dict[str, list[tuple]] = {}
    table = _read_table(where)
    columns = [table.column(name).to_pylist() for name in FACT_FIELDS]
    for digest, *row in zip(table.column("hash").to_pylist(), *columns, strict=True):
        rows.setdefault(digest, []).append(tuple(row))
    return rows


def _read_manifest(out: str) -> dict:
    try:
        return _read_json(_join(out, "_job.json"))
    except FileNotFoundError:
        raise ClusterError(
            f"{out}: no _job.json here; not the Parquet of an ingest --engine dask"
        ) from None


class Merger:
    """Loads finished partitions into a store in the job's order, as they come.

    ``partition_done(n)`` may be called in any order (as a job's partitions finish): each
    partition is merged once all those before it are, so ids come out as in the local path
    while the cluster is still working. ``finish()`` merges what is left and sums up.
    """

    def __init__(self, store: Store, out: str | os.PathLike, progress=None):
        self.store, self.out, self.progress = store, str(out), progress
        self.ready: set[int] = set()
        self.merged: set[int] = set()
        self.next = 0
        self.counts = {"added": 0, "duplicates": 0, "facts": 0}
        self.errors: dict[int, list[IngestError]] = {}

    def partition_done(self, number: int) -> None:
        self.ready.add(number)
        while self.next in self.ready:
            self._merge(self.next)
            self.next += 1

    def finish(self) -> MergeSummary:
        """Merge every finished partition not merged yet (after a gap too), and sum up."""
        self.total = len(_read_manifest(self.out)["partitions"])
        for number in sorted(set(_done(self.out)) - self.merged):
            self._merge(number)
        errors = [e for number in sorted(self.errors) for e in self.errors[number]]
        summary = IngestSummary(failed=len(errors), errors=tuple(errors), **self.counts)
        not_done = tuple(n for n in range(self.total) if n not in self.merged)
        return MergeSummary(summary, self.total, len(self.merged), not_done)

    def _merge(self, number: int) -> None:
        name = f"part-{number:05d}"
        report = _read_json(_join(self.out, "done", f"{name}.json"))
        facts = _facts_by_hash(_join(self.out, "facts", f"{name}.parquet"))
        documents = _read_table(_join(self.out, "documents", f"{name}.parquet")).to_pylist()
        for start in range(0, len(documents), BATCH_DOCUMENTS):
            batch = [
                Extracted(
                    d["text"],
                    facts.get(d["hash"], []),
                    d["title"],
                    d["source"],
                    d["date"],
                    d["hash"],
                )  # fmt: skip
                for d in documents[start : start + BATCH_DOCUMENTS]
            ]
            for result in self.store.add_many(batch):
                self.counts["added" if result.added else "duplicates"] += 1
                self.counts["facts"] += result.facts
        self.counts["duplicates"] += report["duplicates"]
        self.errors[number] = [IngestError(source, reason) for source, reason in report["errors"]]
        self.merged.add(number)
        if self.progress:
            self.progress(len(self.merged), None)


def merge(
    store: Store, out: str | os.PathLike, progress: Callable[[int, int | None], None] | None = None
) -> MergeSummary:
    """Load the finished partitions under ``out`` into ``store``, in the job's order.

    A text already stored (by a local ingest, an earlier merge or an earlier partition) adds
    nothing, so merging twice changes nothing. Partitions not finished are left out and listed.
    """
    return Merger(store, out, progress).finish()
