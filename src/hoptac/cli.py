"""The hoptac command line: each command parses options, calls one library function, prints."""
from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

app = typer.Typer(
    help="hoptac: Vietnamese news about bilateral cooperation → a structured, cited, searchable record.",
    no_args_is_help=True,
    add_completion=False,
)
err = Console(stderr=True)


@app.callback()
def main() -> None:
    """Stages: sources → clean → extract → resolve → store → serve/export."""


class ExtractFormat(str, Enum):
    jsonl = "jsonl"
    json = "json"
    table = "table"


@app.command()
def extract(
    paths: Annotated[list[Path], typer.Argument(help="Article files (.txt, .html) or folders of them.")],
    format: Annotated[ExtractFormat, typer.Option("--format", "-f", help="jsonl: one record a line (SCHEMA.md); json: one array; table: a summary for people.")] = ExtractFormat.jsonl,
) -> None:
    """Read articles and print their title, date, people, events, agreements and commitments, each with evidence.

    Nothing is stored. Files that cannot be read are named on stderr; the exit code is 1 when any failed.
    """
    from hoptac.pipeline import extract_paths
    from hoptac.sources import SourceError

    failed = 0
    records = []
    for item in extract_paths(paths):
        if isinstance(item, SourceError):
            failed += 1
            sys.stderr.write(f"hoptac: {item.source}: {item.reason}\n")  # one line, never wrapped
            continue
        rec = item.to_record()
        if format is ExtractFormat.jsonl:
            sys.stdout.write(json.dumps(rec, ensure_ascii=False) + "\n")
        elif format is ExtractFormat.json:
            records.append(rec)
        else:
            _print_table(rec)
    if format is ExtractFormat.json:
        sys.stdout.write(json.dumps(records, ensure_ascii=False, indent=2) + "\n")
    raise typer.Exit(1 if failed else 0)


def _print_table(rec: dict) -> None:
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


class OutFormat(str, Enum):
    table = "table"
    json = "json"


DbOption = Annotated[str, typer.Option("--db", help="SQLite file or SQLAlchemy URL, e.g. postgresql+psycopg://user:pass@host/db.")]


def _read_engine(db: str):  # type: ignore[no-untyped-def]
    """A reader engine; a missing SQLite file is an error, not a new empty database."""
    from hoptac.store.schema import db_url, open_engine

    url = db_url(db)
    if url.startswith("sqlite:///") and not Path(url[len("sqlite:///"):]).exists():
        err.print(f"[red]hoptac: no database at {db}; load one first with: hoptac ingest SOURCE... --db {db}[/red]", highlight=False, soft_wrap=True)
        raise typer.Exit(1)
    try:
        return open_engine(db)
    except Exception as e:  # bad URL, server down, wrong password: say which and stop
        err.print(f"[red]hoptac: cannot open {db}: {e}[/red]", highlight=False, soft_wrap=True)
        raise typer.Exit(1) from None


@app.command()
def ingest(
    sources: Annotated[list[str], typer.Argument(help="Files, folders or glob patterns: .txt/.html articles, .jsonl(.gz)/.parquet corpora, .warc(.gz) archives.")],
    db: DbOption = "hoptac.db",
    workers: Annotated[int, typer.Option("--workers", "-w", help="Extraction processes on this machine (with --dask local: Dask workers).")] = 1,
    dask: Annotated[str | None, typer.Option("--dask", help="Extract on Dask: a scheduler address (tcp://host:8786) or 'local' for a local cluster.")] = None,
    batch_size: Annotated[int, typer.Option("--batch-size", help="Documents per transaction: a kill loses at most one batch, the rerun redoes it.")] = 200,
    id_field: Annotated[str, typer.Option("--id-field", help="Corpus field holding the document id (dotted names reach into objects).")] = "id",
    text_field: Annotated[str, typer.Option("--text-field", help="Corpus field holding the article text or HTML.")] = "text",
    url_field: Annotated[str, typer.Option("--url-field", help="Corpus field holding the URL (its site becomes the outlet).")] = "url",
    date_field: Annotated[str, typer.Option("--date-field", help="Corpus field holding the publication date.")] = "date",
    busy_timeout: Annotated[float, typer.Option("--busy-timeout", help="Seconds to wait while another process writes to the same SQLite file.")] = 60.0,
    format: Annotated[OutFormat, typer.Option("--format", "-f", help="table: a summary for people; json: the summary as one object.")] = OutFormat.table,
) -> None:
    """Load articles into the store: extract, merge across documents, index for search.

    Safe to re-run: documents are keyed by content hash, so stored ones are skipped, and a
    killed run resumes where it stopped. Inputs that cannot be read are recorded with the
    reason (see `hoptac stats`) and never stop the run.
    """
    from hoptac.ingest import CorpusFields, IngestError
    from hoptac.ingest import ingest as run_ingest

    progress, on_progress = _ingest_progress()
    try:
        with progress:
            report = run_ingest(
                sources, db, workers=workers, dask=dask, batch_size=batch_size,
                fields=CorpusFields(id=id_field, text=text_field, url=url_field, date=date_field),
                busy_timeout=busy_timeout, on_progress=on_progress,
            )
    except IngestError as e:
        err.print(f"[red]hoptac: {e}[/red]", highlight=False, soft_wrap=True)
        raise typer.Exit(1) from None
    if format is OutFormat.json:
        sys.stdout.write(json.dumps(report.to_dict(), ensure_ascii=False) + "\n")
        return
    out = Console(highlight=False, soft_wrap=True)
    out.print(f"{db}: {report.new} new, {report.already} already stored, {report.near_duplicate} near-duplicate, {report.failed} failed")
    if report.failures:
        out.print("failed:")
        for f in report.failures[:20]:
            out.print(f"  {f.source}: {f.reason}", markup=False)
        if report.failed > 20:
            out.print(f"  … and {report.failed - 20} more (all are in the failed_inputs table)")
    out.print(f"read {report.read} inputs in {report.elapsed:.1f} s ({report.docs_per_s:.0f} docs/s)")


def _ingest_progress():  # type: ignore[no-untyped-def]
    """A Rich progress line (count and docs/s) on stderr when it is a terminal; otherwise nothing."""
    import contextlib

    if not err.is_terminal:
        return contextlib.nullcontext(), None
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

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


@app.command()
def search(
    query: Annotated[str, typer.Argument(help="Words to find; accents optional (\"dang\" finds \"Đảng\"). Any text is safe.")],
    db: DbOption = "hoptac.db",
    limit: Annotated[int, typer.Option("--limit", "-n", help="Most hits per kind (people, events, documents).")] = 20,
    format: Annotated[OutFormat, typer.Option("--format", "-f", help="table for people; json: a list of hits.")] = OutFormat.table,
) -> None:
    """Search people (under every spelling), events and documents, accent-insensitively."""
    from hoptac.store import queries

    engine = _read_engine(db)
    hits = queries.search(engine, query, limit=limit)
    if format is OutFormat.json:
        sys.stdout.write(json.dumps(hits, ensure_ascii=False) + "\n")
        return
    if not hits:
        Console(highlight=False, soft_wrap=True).print(f"no match for {query!r}", markup=False)
        return
    from rich.table import Table

    t = Table("kind", "id", "title", "snippet")
    for h in hits:
        via = f" (via {h['via']['name']})" if h.get("via") else ""
        t.add_row(h["kind"], str(h["id"]), h["title"] + via, h["snippet"])
    Console(highlight=False, soft_wrap=True).print(t)


@app.command()
def stats(
    db: DbOption = "hoptac.db",
    format: Annotated[OutFormat, typer.Option("--format", "-f", help="table for people; json: {documents, events, people, organisations, agreements, failed}.")] = OutFormat.table,
) -> None:
    """Count what the store holds: documents, events, people, organisations, agreements, failed inputs."""
    from hoptac.store import queries

    counts = queries.get_stats(_read_engine(db))
    if format is OutFormat.json:
        sys.stdout.write(json.dumps(counts) + "\n")
        return
    width = max(len(k) for k in counts)
    for k, v in counts.items():
        sys.stdout.write(f"{k:<{width}}  {v}\n")


# --- serve and export ------------------------------------------------------------------


@app.command()
def serve(
    db: DbOption = "hoptac.db",
    host: Annotated[str, typer.Option("--host", help="Address to bind; the default keeps the server on this machine.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="TCP port.")] = 8000,
    write_token: Annotated[str | None, typer.Option("--write-token", envvar="HOPTAC_WRITE_TOKEN", help="Enable the admin route POST /api/admin/reload, guarded by 'Authorization: Bearer TOKEN'. Without it the server is read-only.")] = None,
    workers: Annotated[int, typer.Option("--workers", min=1, max=64, help="Server processes; more than one uses more cores for concurrent readers.")] = 1,
) -> None:
    """Serve the record: web UI (Vietnamese, ?lang=en for English), JSON API under /api (OpenAPI at /openapi.json), downloads under /export."""
    from hoptac.serve import run

    engine = _read_engine(db)
    err.print(f"hoptac: serving {db} on http://{host}:{port}/  (read-only{'; admin routes on' if write_token else ''})", highlight=False)
    run(db if workers > 1 else engine, host=host, port=port, write_token=write_token, workers=workers)


class ExportKind(str, Enum):
    events = "events"
    people = "people"
    agreements = "agreements"
    documents = "documents"


class ExportFormat(str, Enum):
    csv = "csv"
    jsonl = "jsonl"
    parquet = "parquet"
    cameo = "cameo"


@app.command("export")
def export_cmd(
    kind: Annotated[ExportKind, typer.Argument(help="What to export.")],
    format: Annotated[ExportFormat, typer.Option("--format", "-f", help="csv / parquet: flat rows; jsonl: nested records with evidence; cameo (events only): GDELT/PLOVER-style rows.")] = ExportFormat.csv,
    db: DbOption = "hoptac.db",
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Output file (default: stdout; parquet needs a file when stdout is a terminal).")] = None,
) -> None:
    """Write events, people, agreements or documents as CSV, JSON Lines, Parquet, or CAMEO rows (events)."""
    from hoptac.export import ExportError, export

    engine = _read_engine(db)
    try:
        n = export(engine, kind.value, format.value, out)
    except ExportError as e:
        err.print(f"[red]hoptac: {e}[/red]", highlight=False)
        raise typer.Exit(2) from None
    if out is not None:
        err.print(f"hoptac: wrote {n} {kind.value} to {out}", highlight=False)


if __name__ == "__main__":  # pragma: no cover
    app()
