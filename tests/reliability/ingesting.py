"""Helpers for tests that run `hoptac ingest` against a real SQLite file: corpora, kills, checks."""
from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
from pathlib import Path

from reliability.articles import articles
from reliability.cli import env, hoptac_argv, run


def write_corpus(folder: Path, n: int, start: int = 0) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for doc_id, text in articles(n, start):
        (folder / f"{doc_id}.txt").write_text(text, encoding="utf-8")
    return folder


def integrity(db: Path) -> str:
    """SQLite's own verdict on the file (reads the WAL too, as any reader would)."""
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=30)
    try:
        return "; ".join(r[0] for r in con.execute("PRAGMA integrity_check"))
    finally:
        con.close()


def duplicates(db: Path) -> list[tuple[str, int]]:
    """Documents stored more than once: by source, and by content hash."""
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=30)
    try:
        cols = {r[1] for r in con.execute("PRAGMA table_info(documents)")}
        dups: list[tuple[str, int]] = []
        for col in ("source", "content_hash"):
            if col in cols:
                dups += con.execute(f"SELECT {col}, COUNT(*) FROM documents GROUP BY {col} HAVING COUNT(*) > 1").fetchall()
        return dups
    finally:
        con.close()


def stats(db: Path) -> dict[str, int]:
    proc = run("stats", "--db", str(db), "--format", "json")
    assert proc.returncode == 0 and "Traceback" not in proc.stderr, proc.stderr
    return json.loads(proc.stdout)


def start_ingest(src: Path, db: Path, *extra: str, preexec=None) -> subprocess.Popen[str]:
    """Ingest in its own process group, so a kill takes its worker processes too (as a power cut would)."""
    e = env()
    e["COLUMNS"] = "100000"
    return subprocess.Popen(
        [*hoptac_argv(), "ingest", str(src), "--db", str(db), *extra],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=e,
        start_new_session=True,
        preexec_fn=preexec,
    )


def kill_group(proc: subprocess.Popen[str]) -> None:
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    proc.communicate()
