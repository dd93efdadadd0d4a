"""The command line: ``python -m insights extract|ingest|merge|export|reextract|corrections``."""

from __future__ import annotations

import argparse
import json
import os
import sys
from contextlib import nullcontext
from dataclasses import replace
from pathlib import Path

EXPORT_TABLES = ("models", "facts", "claims", "documents", "corrections")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m insights",
        description="Model-scale facts from free text, each tied to the sentence it came from.",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = commands.add_parser("extract", help="print the facts in one file, one JSON object a line")
    p.add_argument("file", metavar="FILE|-", help="a UTF-8 text file, or - for standard input")

    db_help = "SQLite database (default: $INSIGHTS_DB, else data/insights.db)"
    p = commands.add_parser("ingest", help="read documents into the database")
    p.add_argument(
        "sources",
        nargs="*",
        metavar="PATH_OR_URL",
        help="files, folders (recursive), http(s) URLs, or - for standard input",
    )
    p.add_argument("--db", type=Path, help=db_help)
    p.add_argument("--workers", type=int, default=1, metavar="N",
                   help="processes reading and extracting (default 1)")  # fmt: skip
    p.add_argument(
        "--text",
        action="append",
        default=[],
        metavar="TEXT",
        help="pasted text to ingest as a document (repeatable)",
    )
    p.add_argument("--title", help="title for pasted text or standard input")
    p.add_argument("--date", help="published date for documents that state none, nor open with one")
    p.add_argument("--text-field", default="text", help="JSONL field with the text")
    p.add_argument("--title-field", default="title", help="JSONL field with the title")
    p.add_argument("--date-field", default="date", help="JSONL field with the date")
    p.add_argument("--no-progress", action="store_true", help="no progress bar")
    p.add_argument(
        "--allow-private-urls",
        action="store_true",
        help="fetch URLs on loopback, private and link-local addresses too (your own intranet);"
        " refused by default",
    )
    p.add_argument(
        "--time-limit",
        type=float,
        default=30.0,
        metavar="SECONDS",
        help="wall-clock seconds to read and extract one document, else it fails (default 30;"
        " 0: no limit)",
    )
    cluster = p.add_argument_group("on a Dask cluster (pip install -r requirements-dask.txt)")
    cluster.add_argument(
        "--engine",
        choices=("local", "dask"),
        default="local",
        help="local: this machine's processes (default); dask: a Dask cluster",
    )
    cluster.add_argument(
        "--scheduler",
        metavar="tcp://HOST:8786",
        help="the cluster's scheduler (default: a LocalCluster of --workers)",
    )
    cluster.add_argument(
        "--partitions",
        type=int,
        metavar="N",
        help="about N partitions (default: 8 per worker, 1 to 16 MB each)",
    )
    cluster.add_argument(
        "--parquet",
        metavar="DIR_OR_URL",
        help="where workers write Parquet (default: data/parquet/job-*;"
        " with --scheduler, a folder every worker can reach)",
    )
    cluster.add_argument(
        "--no-merge",
        action="store_true",
        help="leave the Parquet for `merge` instead of loading it into --db",
    )

    p = commands.add_parser("merge", help="load the Parquet of ingest --engine dask into the db")
    p.add_argument("parquet", metavar="PARQUET_DIR", help="the folder (or URL) the job wrote")
    p.add_argument("--db", type=Path, help=db_help)
    p.add_argument("--no-progress", action="store_true", help="no progress bar")

    p = commands.add_parser("export", help="write a table as CSV or JSON")
    p.add_argument("--table", choices=EXPORT_TABLES, default="models")
    p.add_argument(
        "--org",
        action="append",
        default=[],
        metavar="NAME",
        help="only this organization, by any alias, ignoring case (repeatable)",
    )
    p.add_argument("--format", choices=("csv", "json", "parquet"), default="csv")
    p.add_argument("-o", "--output", type=Path, metavar="FILE", help="default: standard output")
    p.add_argument("--db", type=Path, help=db_help)

    p = commands.add_parser("reextract", help="run the extractor again over stored documents")
    p.add_argument("--db", type=Path, help=db_help)

    p = commands.add_parser("corrections", help="apply a corrections CSV, or undo corrections")
    actions = p.add_subparsers(dest="corrections_command", required=True, metavar="ACTION")
    a = actions.add_parser(
        "apply",
        help="store the corrections in a CSV (as `export --table corrections` writes it)",
    )
    a.add_argument("file", metavar="FILE.csv|-", help="the CSV, or - for standard input")
    a.add_argument("--db", type=Path, help=db_help)
    a = actions.add_parser("undo", help="delete corrections by id")
    a.add_argument("ids", nargs="+", type=int, metavar="ID")
    a.add_argument("--db", type=Path, help=db_help)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run one command; returns the exit status."""
    args = build_parser().parse_args(argv)
    try:
        return COMMANDS[args.command](args)
    except BrokenPipeError:  # `... | head` closed the pipe: not an error
        sys.stderr.close()
        return 0
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130


def _extract(args) -> int:
    from insights import extract
    from insights.ingest import MAX_FILE_BYTES, IngestError, decode_text, display_path

    try:
        if args.file == "-":
            data = _read_stdin(MAX_FILE_BYTES)
        else:
            path = Path(args.file)
            if path.stat().st_size > MAX_FILE_BYTES:
                raise IngestError(display_path(path), f"too big: over the {MAX_FILE_BYTES:,} limit")
            data = path.read_bytes()
        text = decode_text(data, "(stdin)" if args.file == "-" else display_path(args.file))
    except IngestError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"{display_path(args.file)}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    for fact in extract(text):
        print(json.dumps(fact.to_dict(), ensure_ascii=False))
    return 0


def _read_stdin(max_bytes: int) -> bytes:
    """Standard input, up to the file size limit (``IngestError`` beyond it)."""
    from insights.ingest import IngestError

    data = sys.stdin.buffer.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise IngestError("(stdin)", f"too big: over the {max_bytes:,}-byte limit")
    return data


def _open_store(args, *, create: bool = True):
    """The store named by --db, else the default one (built from the corpus on first use).

    ``create=False`` (for commands that only read) refuses a --db file that does not exist.
    """
    from insights.store import Store, StoreError

    try:
        if args.db is not None:
            return Store(args.db, create=create)
        from insights.ingest import open_default_store  # (the extractor: only to build)

        return open_default_store(progress=_progress_bar("building from the bundled corpus"))
    except StoreError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return None


def _keep_models(store) -> None:
    """After a write: the models table built and kept in the database, so that the dashboard's
    first open reads it instead of building it (2 s over 10,000 models); nothing when the
    database cannot keep it."""
    from insights.built import kept_models

    kept_models(store)


def _progress_bar(description: str, enabled: bool = True, unit: str = "doc"):
    """A ``progress(done, total)`` callback drawing a tqdm bar on a terminal."""
    if not enabled:
        return None
    from tqdm import tqdm

    state: dict = {}

    def progress(done: int, total: int | None) -> None:
        if "bar" not in state:
            # disable=None: no bar when standard error is not a terminal (pipes, CI, tests).
            state["bar"] = tqdm(total=total, desc=description, unit=unit, disable=None)
        bar = state["bar"]
        bar.update(done - bar.n)
        if total is not None and done >= total:
            bar.close()

    progress.close = lambda: state["bar"].close() if "bar" in state else None
    return progress


def _ingest(args) -> int:
    from insights.ingest import MAX_FILE_BYTES, IngestError, decode_text, ingest, pasted

    sources: list = []
    try:
        for source in args.sources:
            if source == "-":
                text = decode_text(_read_stdin(MAX_FILE_BYTES), "(stdin)")
                sources.append(pasted(text, title=args.title, date=args.date))
            else:
                sources.append(source)
        sources += [pasted(text, title=args.title, date=args.date) for text in args.text]
    except IngestError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    if not sources:
        print("error: nothing to ingest: give paths, URLs, - or --text", file=sys.stderr)
        return 2
    if args.engine == "dask":
        return _ingest_dask(args, sources)
    store = _open_store(args)
    if store is None:
        return 1
    progress = _progress_bar("ingesting", enabled=not args.no_progress)
    with store:
        summary = ingest(
            store, sources, workers=max(1, args.workers), progress=progress,
            text_field=args.text_field, title_field=args.title_field,
            date_field=args.date_field, date=args.date,
            budget=args.time_limit if args.time_limit > 0 else None,
            allow_private_urls=args.allow_private_urls,
        )  # fmt: skip
        stale = store.facts_are_stale()
        _keep_models(store)
    if progress:
        progress.close()
    if stale:
        print(
            "note: facts stored earlier were read by another version of the extractor;"
            " `python -m insights reextract` reads them again",
            file=sys.stderr,
        )
    for error in summary.errors:
        hint = ""
        if error.reason.startswith("refused:") and not args.allow_private_urls:
            hint = " (--allow-private-urls reads such addresses, for your own intranet)"
        print(f"error: {error}{hint}", file=sys.stderr)
    print(summary)
    return 0 if summary.ok else 1


def _ingest_dask(args, sources) -> int:
    """``ingest --engine dask``: partitions to Parquet on the cluster, merged into --db as
    they finish (in the job's order), unless --no-merge."""
    from insights.cluster import ClusterError, Fields, Merger, connect, default_out, run_job
    from insights.ingest import normalize_date
    from insights.store import default_db_path

    if any(not isinstance(source, str) for source in sources):
        print("error: --engine dask reads files, folders, globs and URLs;"
              " pasted text and - go through the local engine", file=sys.stderr)  # fmt: skip
        return 2
    if args.scheduler and not args.parquet:
        print("error: with --scheduler, give --parquet a folder that every worker and this"
              " machine can reach (a shared path, s3://...)", file=sys.stderr)  # fmt: skip
        return 2
    fields = Fields(args.text_field, args.title_field, args.date_field, normalize_date(args.date))
    out = args.parquet or default_out(args.db or default_db_path(), sources, fields,
                                      args.partitions)  # fmt: skip
    store = None if args.no_merge else _open_store(args)
    if store is None and not args.no_merge:
        return 1
    try:
        with (
            connect(args.scheduler, args.workers if args.workers > 1 else None) as client,
            store or nullcontext(),
        ):
            if args.scheduler:
                print(f"Dask dashboard: {client.dashboard_link}", file=sys.stderr)
            merger = Merger(store, out) if store else None
            progress = _progress_bar("extracting", not args.no_progress, unit="partition")
            job = run_job(sources, out, client=client, partitions=args.partitions,
                          fields=fields, progress=progress,
                          on_done=merger.partition_done if merger else None)  # fmt: skip
            if progress:
                progress.close()
            merged = merger.finish() if merger else None
            if store is not None:
                _keep_models(store)
    except (ClusterError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(f"Parquet: {out} ({job.partitions} partitions, {job.ran} run now)", file=sys.stderr)
    for line in job.not_done:
        print(f"error: {line}", file=sys.stderr)
    if merged is None:
        for error in job.errors:
            print(f"error: {error}", file=sys.stderr)
        print(f"{job.documents} documents and {job.facts} facts written to {out},"
              f" {len(job.errors)} failed; `python -m insights merge {out}`"
              " loads them")  # fmt: skip
        return 0 if job.ok else 1
    # The bad documents of the whole job: those of its partitions and inputs not found.
    summary = replace(merged.summary, failed=len(job.errors), errors=job.errors)
    return _report(summary, merged)


def _merge(args) -> int:
    """``merge PARQUET_DIR``: the finished partitions into the store."""
    from insights.cluster import ClusterError, merge

    store = _open_store(args)
    if store is None:
        return 1
    progress = _progress_bar("merging", not args.no_progress, unit="partition")
    try:
        with store:
            merged = merge(store, args.parquet, progress=progress)
            _keep_models(store)
    except (ClusterError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except ImportError as exc:
        print(f"error: merge needs {(exc.name or 'pyarrow').split('.')[0]}:"
              " pip install -r requirements-dask.txt", file=sys.stderr)  # fmt: skip
        return 1
    if progress:
        progress.close()
    return _report(merged.summary, merged)


def _report(summary, merged) -> int:
    """Bad documents one a line, partitions not finished, then the summary line."""
    for error in summary.errors:
        print(f"error: {error}", file=sys.stderr)
    if merged.not_done:
        print(f"error: {len(merged.not_done)} of {merged.partitions} partitions are not finished;"
              " run the ingest again to finish them, then merge", file=sys.stderr)  # fmt: skip
    print(summary)
    return 0 if summary.ok and not merged.not_done else 1


def export_table(store, table: str, organizations: list[str] | None = None):
    """One of ``EXPORT_TABLES`` from the store, filtered by organization."""
    from insights.table.corrections import build_corrected
    from insights.tables import claims_table, filter_by_organization

    if table == "documents":
        documents = store.documents()
        if organizations:
            facts = filter_by_organization(store.facts(), organizations)
            documents = documents[documents["id"].isin(set(facts["document_id"]))]
        return documents.reset_index(drop=True)
    if table == "corrections":
        import pandas as pd

        from insights.corrections import CSV_COLUMNS, to_rows

        return pd.DataFrame(to_rows(store.corrections()), columns=list(CSV_COLUMNS))
    facts = store.facts()
    if table == "models":
        frame = build_corrected(facts, store.corrections())[0]
    else:
        frame = {"claims": claims_table, "facts": lambda f: f}[table](facts)
    return filter_by_organization(frame, organizations) if organizations else frame


def _export(args) -> int:
    from insights.export import to_csv, to_json, to_parquet

    if args.table == "corrections" and args.org:
        print("error: --org does not apply to the corrections table", file=sys.stderr)
        return 2
    store = _open_store(args, create=False)
    if store is None:
        return 1
    with store:
        frame = export_table(store, args.table, args.org)
    if args.format == "parquet":
        try:
            data = to_parquet(frame)
        except ImportError:
            print("error: parquet needs pyarrow: pip install -r requirements-dask.txt",
                  file=sys.stderr)  # fmt: skip
            return 1
    else:
        data = to_csv(frame) if args.format == "csv" else (to_json(frame) + "\n").encode("utf-8")
    if args.output is None:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    else:
        try:
            tmp = args.output.with_name(args.output.name + ".part")
            tmp.write_bytes(data)
            os.replace(tmp, args.output)
        except OSError as exc:
            print(f"{args.output}: {exc.strerror or exc}", file=sys.stderr)
            return 1
        print(f"{len(frame)} rows written to {args.output}", file=sys.stderr)
    return 0


def _reextract(args) -> int:
    store = _open_store(args, create=False)
    if store is None:
        return 1
    with store:
        facts = store.reextract(progress=_progress_bar("re-extracting"))
        _keep_models(store)
    print(f"{facts} facts stored")
    return 0


def _corrections(args) -> int:
    """``corrections apply FILE.csv``: every line checked, then all stored in one transaction
    (a bad line stores nothing); ``corrections undo ID...``."""
    from insights.corrections import CorrectionError, from_csv
    from insights.ingest import MAX_FILE_BYTES, IngestError, decode_text

    if args.corrections_command == "undo":
        store = _open_store(args, create=False)
        if store is None:
            return 1
        with store:
            missing = [i for i in args.ids if not store.undo_correction(i)]
            _keep_models(store)
        for correction_id in missing:
            print(f"error: no correction {correction_id}", file=sys.stderr)
        print(f"{len(args.ids) - len(missing)} corrections undone")
        return 1 if missing else 0
    try:
        if args.file == "-":
            text = decode_text(_read_stdin(MAX_FILE_BYTES), "(stdin)")
        else:
            path = Path(args.file)
            if path.stat().st_size > MAX_FILE_BYTES:
                raise IngestError(args.file, f"too big: over the {MAX_FILE_BYTES:,}-byte limit")
            text = decode_text(path.read_bytes(), args.file)
        corrections = from_csv(text)
    except (IngestError, CorrectionError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"{args.file}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    store = _open_store(args, create=False)
    if store is None:
        return 1
    from insights.store import StoreError

    try:
        with store:
            ids = set(store.add_corrections(corrections))
            stored = [c for c in store.corrections() if c.id in ids]
            _keep_models(store)
    except StoreError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    waiting = sum(1 for c in stored if c.on_fact and c.document_id is None)
    print(f"{len(corrections)} corrections applied"
          + (f"; {waiting} name documents not stored here yet, and apply once they are"
             " ingested" if waiting else ""))  # fmt: skip
    return 0


COMMANDS = {
    "extract": _extract, "ingest": _ingest, "merge": _merge, "export": _export,
    "reextract": _reextract, "corrections": _corrections,
}  # fmt: skip
