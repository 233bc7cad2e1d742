"""The hoptac command line: each command parses options, calls one library function, prints.

Built on Click directly: Typer's newer releases build every option through pydantic, which
cost a quarter of a second at each start, more than reading a hundred articles.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import click

CONTEXT = {"help_option_names": ["--help"], "max_content_width": 100}


def _fail(message: str, code: int = 1) -> click.exceptions.Exit:
    """Say what went wrong on stderr, in one line; the caller raises the returned exit."""
    click.echo(click.style(f"hoptac: {message}", fg="red"), err=True)
    return click.exceptions.Exit(code)


@click.group(context_settings=CONTEXT)
def app() -> None:
    """hoptac: Vietnamese news about bilateral cooperation → a structured, cited, searchable record.

    Stages: sources → clean → extract → resolve → store → serve/export.
    """


@app.command(context_settings=CONTEXT)
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--format", "-f", "format_", type=click.Choice(["jsonl", "json", "table"]), default="jsonl",
              show_default=True,
              help="jsonl: one record a line (SCHEMA.md); json: one array; table: a summary for people.")
def extract(paths: tuple[Path, ...], format_: str) -> None:
    """Read articles and print their title, date, people, events, agreements and commitments, each with evidence.

    PATHS: article files (.txt, .html) or folders of them. Nothing is stored. Files that cannot
    be read are named on stderr; the exit code is 1 when any failed.
    """
    from hoptac.pipeline import extract_paths
    from hoptac.sources import SourceError

    failed = 0
    records = []
    for item in extract_paths(list(paths)):
        if isinstance(item, SourceError):
            failed += 1
            sys.stderr.write(f"hoptac: {item.source}: {item.reason}\n")  # one line, never wrapped
            continue
        rec = item.to_record()
        if format_ == "jsonl":
            sys.stdout.write(json.dumps(rec, ensure_ascii=False) + "\n")
        elif format_ == "json":
            records.append(rec)
        else:
            _print_table(rec)
    if format_ == "json":
        sys.stdout.write(json.dumps(records, ensure_ascii=False, indent=2) + "\n")
    raise click.exceptions.Exit(1 if failed else 0)


def _print_table(rec: dict) -> None:
    from rich.console import Console
    from rich.table import Table

    out = Console()
    out.rule(f"[bold]{rec['doc_id']}[/bold]  {rec.get('title') or ''}")
    out.print(f"published: {rec.get('published') or '-'}   source: {rec.get('credited_source') or '-'}")
    if rec["people"]:
        t = Table("name", "country", "titles", "entity_id", title="People")
        for p in rec["people"]:
            t.add_row(p["name"], p["country"] or "", "; ".join(p["titles"]), p["entity_id"])
        out.print(t)
    if rec["events"]:
        t = Table("type", "date", "place", "participants", title="Events")
        for e in rec["events"]:
            names = ", ".join(f"{p['name']}{' (head)' if p['role'] == 'head' else ''}" for p in e["participants"])
            date = e["date"] or "?"
            if e.get("end_date"):
                date += f" → {e['end_date']}"
            t.add_row(e["type"], date, e["place"] or "", names)
        out.print(t)
    if rec["agreements"]:
        t = Table("name", "period", "status", title="Agreements")
        for a in rec["agreements"]:
            t.add_row(a["name"], f"{a['start_year'] or '?'}–{a['end_year'] or '?'}", a["status"] or "")
        out.print(t)
    if rec["commitments"]:
        t = Table("quantity", "unit", "what", "period", title="Commitments")
        for c in rec["commitments"]:
            t.add_row(c["quantity"], c["unit"], c["what"], c["period"] or "")
        out.print(t)


# --- store: ingest, search, stats -------------------------------------------------------

_DB_HELP = "SQLite file or SQLAlchemy URL, e.g. postgresql+psycopg://user:pass@host/db."
_db_option = click.option("--db", default="hoptac.db", show_default=True, help=_DB_HELP)


def _out_format(help_text: str):  # type: ignore[no-untyped-def]
    return click.option("--format", "-f", "format_", type=click.Choice(["table", "json"]), default="table",
                        show_default=True, help=help_text)


def _read_engine(db: str):  # type: ignore[no-untyped-def]
    """A reader engine; a missing SQLite file is an error, not a new empty database."""
    from hoptac.store.schema import db_url, open_engine

    url = db_url(db)
    if url.startswith("sqlite:///") and not Path(url[len("sqlite:///"):]).exists():
        raise _fail(f"no database at {db}; load one first with: hoptac ingest SOURCE... --db {db}")
    try:
        return open_engine(db)
    except Exception as e:  # bad URL, server down, wrong password: say which and stop
        raise _fail(f"cannot open {db}: {e}") from None


@app.command(context_settings=CONTEXT)
@click.argument("sources", nargs=-1, required=True)
@_db_option
@click.option("--workers", "-w", type=int, default=1, show_default=True,
              help="Extraction processes on this machine (with --dask local: Dask workers).")
@click.option("--dask", default=None,
              help="Extract on Dask: a scheduler address (tcp://host:8786) or 'local' for a local cluster.")
@click.option("--batch-size", type=int, default=200, show_default=True,
              help="Documents per transaction: a kill loses at most one batch, the rerun redoes it.")
@click.option("--id-field", default="id", show_default=True,
              help="Corpus field holding the document id (dotted names reach into objects).")
@click.option("--text-field", default="text", show_default=True, help="Corpus field holding the article text or HTML.")
@click.option("--url-field", default="url", show_default=True,
              help="Corpus field holding the URL (its site becomes the outlet).")
@click.option("--date-field", default="date", show_default=True, help="Corpus field holding the publication date.")
@click.option("--busy-timeout", type=float, default=60.0, show_default=True,
              help="Seconds to wait while another process writes to the same SQLite file.")
@_out_format("table: a summary for people; json: the summary as one object.")
def ingest(
    sources: tuple[str, ...], db: str, workers: int, dask: str | None, batch_size: int, id_field: str,
    text_field: str, url_field: str, date_field: str, busy_timeout: float, format_: str,
) -> None:
    """Load articles into the store: extract, merge across documents, index for search.

    SOURCES: files, folders or glob patterns: .txt/.html articles, .jsonl(.gz)/.parquet
    corpora, .warc(.gz) archives. Safe to re-run: documents are keyed by content hash, so
    stored ones are skipped, and a killed run resumes where it stopped. Inputs that cannot be
    read are recorded with the reason (see `hoptac stats`) and never stop the run.
    """
    from hoptac.ingest import CorpusFields, IngestError
    from hoptac.ingest import ingest as run_ingest

    progress, on_progress = _ingest_progress()
    try:
        with progress:
            report = run_ingest(
                list(sources), db, workers=workers, dask=dask, batch_size=batch_size,
                fields=CorpusFields(id=id_field, text=text_field, url=url_field, date=date_field),
                busy_timeout=busy_timeout, on_progress=on_progress,
            )
    except IngestError as e:
        raise _fail(str(e)) from None
    if format_ == "json":
        sys.stdout.write(json.dumps(report.to_dict(), ensure_ascii=False) + "\n")
        return
    echo = click.echo
    echo(f"{db}: {report.new} new, {report.already} already stored, {report.near_duplicate} near-duplicate, {report.failed} failed")
    if report.failures:
        echo("failed:")
        for f in report.failures[:20]:
            echo(f"  {f.source}: {f.reason}")
        if report.failed > 20:
            echo(f"  … and {report.failed - 20} more (all are in the failed_inputs table)")
    echo(f"read {report.read} inputs in {report.elapsed:.1f} s ({report.docs_per_s:.0f} docs/s)")


def _ingest_progress():  # type: ignore[no-untyped-def]
    """A Rich progress line (count and docs/s) on stderr when it is a terminal; otherwise nothing."""
    import contextlib

    if not sys.stderr.isatty():
        return contextlib.nullcontext(), None
    from rich.console import Console
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    err = Console(stderr=True)

    progress = Progress(
        SpinnerColumn(), TextColumn("[bold]ingest[/bold] {task.fields[read]} read · {task.fields[new]} new · "
                                    "{task.fields[already]} stored · {task.fields[near]} near-dup · {task.fields[failed]} failed · "
                                    "{task.fields[rate]:.0f} docs/s"),
        TimeElapsedColumn(), console=err, transient=False,
    )
    task = progress.add_task("ingest", total=None, read=0, new=0, already=0, near=0, failed=0, rate=0.0)

    def on_progress(r) -> None:  # type: ignore[no-untyped-def]
        progress.update(task, read=r.read, new=r.new, already=r.already, near=r.near_duplicate, failed=r.failed, rate=r.docs_per_s)

    return progress, on_progress



@app.command(context_settings=CONTEXT)
@click.argument("query")
@_db_option
@click.option("--limit", "-n", type=int, default=20, show_default=True,
              help="Most hits per kind (people, events, documents).")
@_out_format("table for people; json: a list of hits.")
def search(query: str, db: str, limit: int, format_: str) -> None:
    """Search people (under every spelling), events and documents, accent-insensitively.

    QUERY: words to find; accents optional ("dang" finds "Đảng"). Any text is safe.
    """
    from hoptac.store import queries

    engine = _read_engine(db)
    hits = queries.search(engine, query, limit=limit)
    if format_ == "json":
        sys.stdout.write(json.dumps(hits, ensure_ascii=False) + "\n")
        return
    if not hits:
        click.echo(f"no match for {query!r}")
        return
    from rich.console import Console
    from rich.table import Table

    t = Table("kind", "id", "title", "snippet")
    for h in hits:
        via = f" (via {h['via']['name']})" if h.get("via") else ""
        t.add_row(h["kind"], str(h["id"]), h["title"] + via, h["snippet"])
    Console(highlight=False, soft_wrap=True).print(t)


@app.command(context_settings=CONTEXT)
@_db_option
@_out_format("table for people; json: {documents, events, people, organisations, agreements, failed}.")
def stats(db: str, format_: str) -> None:
    """Count what the store holds: documents, events, people, organisations, agreements, failed inputs."""
    from hoptac.store import queries

    counts = queries.get_stats(_read_engine(db))
    if format_ == "json":
        sys.stdout.write(json.dumps(counts) + "\n")
        return
    width = max(len(k) for k in counts)
    for k, v in counts.items():
        sys.stdout.write(f"{k:<{width}}  {v}\n")


# --- serve and export ------------------------------------------------------------------


@app.command(context_settings=CONTEXT)
@_db_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to bind; the default keeps the server on this machine.")
@click.option("--port", type=int, default=8000, show_default=True, help="TCP port.")
@click.option("--write-token", envvar="HOPTAC_WRITE_TOKEN", show_envvar=True, default=None,
              help="Enable the admin route POST /api/admin/reload, guarded by 'Authorization: Bearer TOKEN'. "
                   "Without it the server is read-only.")
@click.option("--workers", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Server processes; more than one uses more cores for concurrent readers.")
def serve(db: str, host: str, port: int, write_token: str | None, workers: int) -> None:
    """Serve the record: web UI (Vietnamese, ?lang=en for English), JSON API under /api (OpenAPI at /openapi.json), downloads under /export."""
    from hoptac.serve import run

    engine = _read_engine(db)
    click.echo(f"hoptac: serving {db} on http://{host}:{port}/  (read-only{'; admin routes on' if write_token else ''})",
               err=True)
    run(db if workers > 1 else engine, host=host, port=port, write_token=write_token, workers=workers)


@app.command("export", context_settings=CONTEXT)
@click.argument("kind", type=click.Choice(["events", "people", "agreements", "documents"]))
@click.option("--format", "-f", "format_", type=click.Choice(["csv", "jsonl", "parquet", "cameo"]), default="csv",
              show_default=True,
              help="csv / parquet: flat rows; jsonl: nested records with evidence; cameo (events only): "
                   "GDELT/PLOVER-style rows.")
@_db_option
@click.option("--out", "-o", type=click.Path(path_type=Path), default=None,
              help="Output file (default: stdout; parquet needs a file when stdout is a terminal).")
def export_cmd(kind: str, format_: str, db: str, out: Path | None) -> None:
    """Write events, people, agreements or documents as CSV, JSON Lines, Parquet, or CAMEO rows (events).

    KIND: what to export.
    """
    from hoptac.export import ExportError, export

    engine = _read_engine(db)
    try:
        n = export(engine, kind, format_, out)
    except ExportError as e:
        raise _fail(str(e), 2) from None
    if out is not None:
        click.echo(f"hoptac: wrote {n} {kind} to {out}", err=True)


if __name__ == "__main__":  # pragma: no cover
    app()
