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
            err.print(f"[red]hoptac: {item.source}: {item.reason}[/red]", highlight=False)
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


if __name__ == "__main__":  # pragma: no cover
    app()
