"""Crash safety (issue 5, part 2): SIGKILL mid-ingest and a full disk lose and duplicate nothing.

After each fault the database must pass ``PRAGMA integrity_check``; after a rerun it must
hold every document exactly once (``stats`` documents == N, no doc stored twice).
"""
from __future__ import annotations

import os
import random
import resource
import shutil
import signal
import sqlite3
import subprocess
import time
from pathlib import Path

import pytest

from reliability import figures
from reliability.cli import has, run
from reliability.ingesting import duplicates, integrity, kill_group, start_ingest, stats, write_corpus

pytestmark = pytest.mark.skipif(not has("ingest", "stats"), reason="hoptac ingest/stats are not in this build yet")

N = int(os.environ.get("HOPTAC_CRASH_DOCS", "3000"))


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_corpus(tmp_path_factory.mktemp("crash") / "in", N)


@pytest.mark.slow
def test_sigkill_at_random_points_then_rerun(corpus: Path, tmp_path: Path) -> None:
    rng = random.Random(20240623)
    db = tmp_path / "crash.db"
    # One kill during start-up (schema creation), then kills deep into the run; batch
    # sizes and worker counts vary so kills land inside transactions of different shapes.
    delays = [rng.uniform(0.2, 1.2), rng.uniform(2, 6), rng.uniform(3, 9), rng.uniform(3, 9), rng.uniform(3, 9)]
    kills, log = 0, []
    for delay in delays:
        extra = ["--batch-size", str(rng.choice([10, 50, 200])), "--workers", str(rng.choice([1, 2]))]
        proc = start_ingest(corpus, db, *extra)
        try:
            proc.wait(timeout=delay)
            proc.communicate()
            log.append(f"finished before the kill at {delay:.1f}s")
        except subprocess.TimeoutExpired:
            kill_group(proc)
            kills += 1
        if db.exists():
            assert integrity(db) == "ok", f"after kill {kills}"
            assert not duplicates(db), f"after kill {kills}"
            s = stats(db)
            assert s["documents"] <= N
            log.append(f"kill after {delay:.1f}s {' '.join(extra)}: {s['documents']} stored")
    final = run("ingest", str(corpus), "--db", str(db), "--workers", "2", timeout=600)
    assert "Traceback" not in final.stdout + final.stderr, final.stderr[-3000:]
    assert integrity(db) == "ok"
    assert not duplicates(db)
    s = stats(db)
    figures.record(
        "crash_sigkill",
        inputs=N,
        faults=kills,
        documents_expected=N,
        documents_stored=s["documents"],
        documents_lost=N - s["documents"],
        log="; ".join(log),
    )
    assert s["documents"] == N, log
    assert s["failed"] == 0


@pytest.mark.slow
def test_sigkill_then_rerun_twice_is_idempotent(tmp_path: Path) -> None:
    """A rerun after the full load changes nothing: same counts, nothing failed."""
    src = write_corpus(tmp_path / "in", 150, start=50_000)
    db = tmp_path / "idem.db"
    proc = start_ingest(src, db, "--batch-size", "10")
    time.sleep(2.5)
    kill_group(proc)
    for _ in range(2):
        out = run("ingest", str(src), "--db", str(db), timeout=300)
        assert "Traceback" not in out.stdout + out.stderr
    s = stats(db)
    assert s["documents"] == 150 and s["failed"] == 0, s
    assert integrity(db) == "ok" and not duplicates(db)
    figures.record("crash_rerun_idempotent", inputs=150, faults=1, documents_expected=150, documents_lost=150 - s["documents"])


def _mount_tmpfs(where: Path, size: str) -> bool:
    if os.geteuid() != 0 or shutil.which("mount") is None:
        return False
    where.mkdir(parents=True, exist_ok=True)
    proc = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)], capture_output=True, text=True)
    return proc.returncode == 0


def _limit_file_size(limit: int):
    """Fallback when tmpfs cannot be mounted: writes past ``limit`` bytes fail with EFBIG."""

    def apply() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return apply


@pytest.mark.slow
def test_disk_full_fails_clearly_and_keeps_the_database(tmp_path: Path) -> None:
    """Ingest onto a 2 MB disk: a clear message, a consistent database, and a rerun elsewhere completes."""
    n = 600
    src = write_corpus(tmp_path / "in", n, start=60_000)
    mnt = tmp_path / "small"
    mounted = _mount_tmpfs(mnt, "2m")
    preexec = None
    if not mounted:
        mnt.mkdir(exist_ok=True)
        preexec = _limit_file_size(2 * 2**20)
    try:
        db = mnt / "full.db"
        proc = start_ingest(src, db, "--batch-size", "50", preexec=preexec)
        out, err = proc.communicate(timeout=300)
        text = out + err
        assert "Traceback" not in text, text[-3000:]
        assert proc.returncode != 0, "a full disk must not look like success"
        assert any(w in text.lower() for w in ("disk is full", "no space", "disk full", "file too large", "database or disk")), text[-2000:]
        assert integrity(db) == "ok"
        partial = stats(db)["documents"]
        assert partial < n
        # Move the database to a roomy disk (SQLite's backup reads a consistent snapshot) and finish.
        roomy = tmp_path / "roomy.db"
        src_con = sqlite3.connect(str(db))
        dst_con = sqlite3.connect(str(roomy))
        with dst_con:
            src_con.backup(dst_con)
        src_con.close()
        dst_con.close()
    finally:
        if mounted:
            subprocess.run(["umount", "-l", str(mnt)], check=False)
    done = run("ingest", str(src), "--db", str(roomy), timeout=300)
    assert "Traceback" not in done.stdout + done.stderr
    s = stats(roomy)
    figures.record(
        "crash_disk_full",
        inputs=n,
        faults=1,
        how="tmpfs size=2m" if mounted else "RLIMIT_FSIZE 2 MB (tmpfs mount not permitted)",
        documents_before_full=partial,
        documents_expected=n,
        documents_lost=n - s["documents"],
    )
    assert s["documents"] == n and integrity(roomy) == "ok" and not duplicates(roomy)
