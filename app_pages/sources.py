"""Sources: the documents; add new ones, read one with its facts highlighted, delete one."""

import pandas as pd
import streamlit as st

import insights_ui as ui
from insights.highlight import highlight_html
from insights.typed_dates import DateError, parse_typed_date
from insights.views import (
    DOCUMENT_COLUMNS,
    added_message,
    delete_label,
    deleted_message,
    documents_caption,
    documents_view,
    duplicates_message,
    fact_value,
    plural,
)

UPLOAD_TYPES = ["txt", "md", "html", "htm", "pdf", "jsonl"]
MAX_SHOWN_CHARS = 200_000  # longer documents are cut in the viewer, not in the database
DOCUMENT_FACT_COLUMNS = {
    "kind": "Fact",
    "shown": "Value",
    "qualifier": "Qualifier",
    "model": "Model",
    "organization": "Organization",
    "sentence": "Sentence",
}
VIEWER_STYLE = (
    "white-space: pre-wrap; max-height: 32rem; overflow-y: auto; padding: 0.75rem 1rem; "
    "border: 1px solid rgba(128,128,128,0.35); border-radius: 0.5rem; line-height: 1.6"
)


# --- adding ---------------------------------------------------------------------------------


def run_ingest(sources: list, errors: list[str]) -> None:
    """Store documents with a progress bar, then say what was added and what failed."""
    from insights.ingest import ingest
    from insights.store import StoreError

    for error in errors:
        st.error(ui.md_escape(error))
    if not sources:
        return
    before = set(ui.load_models()["model"])
    bar = st.progress(0.0, text=f"Adding {plural(len(sources), 'document')}…")

    def progress(done: int, total: int | None) -> None:
        total = total or len(sources)
        bar.progress(min(done / total, 1.0), text=f"Extracting facts: {done}/{total} documents")

    try:
        with ui.open_store() as store:
            # Never allow_private_urls here: the dashboard must not fetch its own network.
            summary = ingest(
                store, sources, progress=progress, total=len(sources), budget=ui.DOCUMENT_SECONDS
            )
    except StoreError as exc:
        bar.empty()
        st.error(f"Nothing was added: the database could not be written ({ui.md_escape(exc)}).")
        return
    bar.empty()
    ui.clear_caches()
    for error in summary.errors:
        st.error(f"Not added: {ui.md_escape(error)}")
    if summary.added:
        new_models = sorted(set(ui.load_models()["model"]) - before)
        message = added_message(summary.added, summary.facts, summary.duplicates)
        if new_models:
            shown = ", ".join(ui.md_escape(m) for m in new_models[:20])
            more = f" and {len(new_models) - 20} more" if len(new_models) > 20 else ""
            message += f" New models: {shown}{more}."
        st.success(message)
    elif summary.duplicates:
        st.info(duplicates_message(summary.duplicates))


def read_uploads(files) -> tuple[list, list[str]]:
    """Uploaded files to ingest (read there, within the per-document budget; a JSONL file's
    bad lines fail one by one), and one line for each file over the size limit."""
    from insights.ingest import Upload

    uploads, errors = [], []
    for file in files:
        data = file.getvalue()
        if len(data) > ui.MAX_UPLOAD_BYTES:
            errors.append(
                f"{file.name}: {len(data) / 1e6:.1f} MB is over the {ui.MAX_UPLOAD_MB} MB limit."
            )
            continue
        uploads.append(Upload(file.name, data))
    return uploads, errors


def add_documents_ui() -> None:
    """Upload files, paste text or give a URL; each is stored only when it reads cleanly.

    The extractor (``insights.ingest`` imports it: 0.35 s) is imported only when something
    is added, not on every run of the page.
    """
    upload, paste, url = st.tabs(["Upload files", "Paste text", "From a URL"])
    with upload, st.form("upload_form", clear_on_submit=True):
        files = st.file_uploader(
            f"Text, Markdown, HTML, PDF or JSONL (one document per line), up to "
            f"{ui.MAX_UPLOAD_MB} MB each",
            type=UPLOAD_TYPES,
            accept_multiple_files=True,
        )
        if st.form_submit_button("Add files", icon=":material/upload_file:"):
            if files:
                run_ingest(*read_uploads(files))
            else:
                st.warning("Choose at least one file first.")
    with paste, st.form("paste_form", clear_on_submit=True):
        title = st.text_input("Title")
        date = st.text_input(
            "Date (optional)",
            placeholder="2024-05-01",
            help="An ISO date (2024-05-01), a year and month (2024-05) or a year (2024).",
        )
        text = st.text_area("Text", height=200, max_chars=ui.MAX_UPLOAD_BYTES)
        if st.form_submit_button("Add text", icon=":material/content_paste:"):
            try:
                when = parse_typed_date(date)
            except DateError as exc:
                st.error(f"Nothing was added. {ui.md_escape(exc)}")
            else:
                if text.strip():
                    from insights.ingest import IngestError, pasted

                    try:
                        document = pasted(
                            text,
                            title=title.strip() or None,
                            date=when,
                            source="pasted",
                            max_bytes=ui.MAX_UPLOAD_BYTES,
                        )
                    except IngestError as exc:
                        run_ingest([], [f"Pasted text: {exc.reason}"])
                    else:
                        run_ingest([document], [])
                else:
                    st.warning("Paste some text first.")
    with url, st.form("url_form", clear_on_submit=True):
        address = st.text_input("Web page or PDF address", placeholder="https://…")
        if st.form_submit_button("Fetch and add", icon=":material/link:"):
            from insights.ingest import is_url

            address = address.strip()
            if not address:
                st.warning("Enter an address first.")
            elif not is_url(address):  # never a path: ingest would read the server's own files
                run_ingest([], [f"{address}: only http and https URLs are read"])
            else:
                # Fetched inside ingest: public addresses only, within the document budget.
                run_ingest([address], [])


# --- listing, reading, deleting -------------------------------------------------------------


def document_picker_ui(view: pd.DataFrame, documents: pd.DataFrame, notice) -> int | None:
    """Choose a document to read; the choice lives in the URL (``?doc=ID``).

    A link's document that is not stored is said in ``notice``, a container above the page.
    """
    known = set(documents["id"].tolist())

    def parse(raw: list[str]) -> int | None:
        try:
            value = int(raw[-1])
        except ValueError:
            value = None
        if value in known:
            return value
        notice.warning(
            f"The link names a document that is not stored: “{ui.md_escape(raw[-1])}”.",
            icon=":material/link_off:",
        )
        return None

    ui.url_to_state("s_doc", "doc", parse)
    options = view["id"].tolist()
    chosen = st.session_state.get("s_doc")
    if chosen is not None and chosen not in known:
        st.session_state.pop("s_doc")
    elif chosen is not None and chosen not in options:
        options.append(chosen)
    titles = dict(zip(documents["id"], documents["title"], strict=True))
    choice = st.selectbox(
        "Open a document",
        options,
        index=None,
        key="s_doc",
        format_func=lambda i: f"{i}: {titles.get(i) or 'untitled'}",
        placeholder="Choose a document to read it with its facts highlighted…",
    )
    ui.state_to_url("doc", None if choice is None else str(choice))
    return choice


def _label(fact: dict) -> str:
    value = fact_value(fact)
    parts = [fact.get("kind") or "", value, fact.get("qualifier") or "", fact.get("model") or ""]
    return " · ".join(str(p) for p in parts if p and not pd.isna(p))


def show_document(document_id: int) -> None:
    with ui.open_store() as store:
        document = store.document(document_id)
        facts = store.facts([document_id])
    if document is None:
        st.info("That document is no longer stored.")
        return
    st.subheader(ui.md_escape(document.title or f"Document {document.id}"), anchor=False)
    details = [plural(len(facts), "fact"), plural(len(document.text), "character")]
    if document.date:
        details.insert(0, document.date)
    if document.source:
        details.append(f"source: {document.source}")
    st.caption(ui.md_escape(" · ".join(details)))
    text = document.text
    shown = text[:MAX_SHOWN_CHARS]
    spans = [(int(f["start"]), int(f["end"]), _label(f)) for f in facts.to_dict("records")]
    # Every piece of document text is escaped in highlight_html; only <mark> is ours.
    st.html(f'<div class="insights-document" style="{VIEWER_STYLE}">'
            f"{highlight_html(shown, spans)}</div>")  # fmt: skip
    if len(text) > len(shown):
        st.caption(f"Showing the first {len(shown):,} of {len(text):,} characters.")
    if not facts.empty:
        st.dataframe(
            facts.assign(shown=[fact_value(f) or None for f in facts.to_dict("records")])[
                list(DOCUMENT_FACT_COLUMNS)
            ].rename(columns=DOCUMENT_FACT_COLUMNS),
            hide_index=True,
            height=ui.table_height(len(facts), 600),
            placeholder="—",
        )
    delete_ui(document.id, document.title, len(facts))


def confirm_key(document_id: int) -> str:
    """The confirmation checkbox's key: a tick belongs to the one document it was given for."""
    return f"s_confirm_{document_id}"


def delete_ui(document_id: int, title: str | None, facts: int) -> None:
    """Delete a document and its facts, after a confirmation for this very document."""
    state = st.session_state
    if state.get("_s_confirm_for") != document_id:  # another document was chosen: start over
        for key in [k for k in state if str(k).startswith("s_confirm_")]:
            del state[key]
        state["_s_confirm_for"] = document_id
    with st.expander("Delete this document", icon=":material/delete:"):
        sure = st.checkbox(delete_label(facts), key=confirm_key(document_id))
        if st.button("Delete", type="primary", disabled=not sure, key="s_delete") and state.get(
            confirm_key(document_id)
        ):
            with ui.open_store() as store:
                deleted = store.delete_document(document_id)
            ui.clear_caches()
            st.session_state.pop("s_doc", None)
            st.session_state.pop(confirm_key(document_id), None)
            name = ui.md_escape(title or f"document {document_id}")
            st.session_state["_flash"] = (
                deleted_message(name, facts) if deleted else f"{name} was already deleted."
            )
            st.rerun()


def main() -> None:
    notice = st.container()
    st.title("Sources")
    if message := st.session_state.pop("_flash", None):
        st.success(message)
    documents = ui.load_documents()
    with st.expander("Add documents", expanded=documents.empty, icon=":material/add:"):
        add_documents_ui()
    documents = ui.load_documents()
    if documents.empty:
        st.info("No documents yet. Add newsletters, abstracts or blog posts above.")
        return
    view = documents_view(documents, ui.load_facts(), ui.current_filters())
    st.caption(documents_caption(len(view), len(documents), int(documents["facts"].sum())))
    if view.empty:
        st.warning("No documents match the filters.")
    else:
        ui.page_table(
            view.reindex(columns=list(DOCUMENT_COLUMNS)).rename(columns=DOCUMENT_COLUMNS),
            "documents",
            hide_index=True,
            placeholder="—",
        )
    choice = document_picker_ui(view, documents, notice)
    if choice is not None:
        show_document(choice)


main()
