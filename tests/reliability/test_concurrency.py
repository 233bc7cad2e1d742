"""Concurrency (issue 5, part 3): ingests side by side, and searches during an ingest.

SQLite has one writer at a time: a second ingest must wait its turn (busy timeout) and,
when it cannot, say so clearly; readers (the web app) must never see an error or a
half-written state while an ingest runs.
"""
from __future__ import annotations

import socket
import sqlite3
import subprocess
import threading
import time
from pathlib import Path

import pytest

from reliability import figures
from reliability.cli import env, has, hoptac_argv, run
from reliability.ingesting import duplicates, integrity, start_ingest, stats, write_corpus

pytestmark = pytest.mark.skipif(not has("ingest", "stats"), reason="hoptac ingest/stats are not in this build yet")

QUERIES = ["Hủa Phăn", "hua phan", "Nguyễn Văn", "hội đàm", "hop tac giao duc", "Lào", "Đoàn", "x", "đồng chí", "2021"]


def _finish(proc: subprocess.Popen[str], timeout: float = 400) -> tuple[int, str]:
    out, err = proc.communicate(timeout=timeout)
    return proc.returncode, out + err


@pytest.mark.slow
def test_two_ingests_of_different_corpora_into_one_db(tmp_path: Path) -> None:
    a = write_corpus(tmp_path / "a", 200, start=70_000)
    b = write_corpus(tmp_path / "b", 200, start=71_000)
    db = tmp_path / "two.db"
    p1 = start_ingest(a, db, "--batch-size", "20")
    p2 = start_ingest(b, db, "--batch-size", "20")
    (rc1, out1), (rc2, out2) = _finish(p1), _finish(p2)
    assert "Traceback" not in out1 + out2, (out1 + out2)[-3000:]
    assert rc1 == 0 and rc2 == 0, (out1, out2)
    s = stats(db)
    figures.record("concurrency_two_ingests", inputs=400, documents_expected=400, documents_lost=400 - s["documents"])
    assert s["documents"] == 400 and s["failed"] == 0, s
    assert integrity(db) == "ok" and not duplicates(db)


@pytest.mark.slow
def test_two_ingests_of_the_same_corpus_store_each_document_once(tmp_path: Path) -> None:
    """A user starting the same ingest twice: both finish, every document once."""
    src = write_corpus(tmp_path / "in", 200, start=72_000)
    db = tmp_path / "same.db"
    p1 = start_ingest(src, db, "--batch-size", "20")
    time.sleep(0.5)
    p2 = start_ingest(src, db, "--batch-size", "20")
    (rc1, out1), (rc2, out2) = _finish(p1), _finish(p2)
    assert "Traceback" not in out1 + out2, (out1 + out2)[-3000:]
    assert rc1 == 0 and rc2 == 0, (out1[-2000:], out2[-2000:])
    s = stats(db)
    figures.record("concurrency_same_corpus_twice", inputs=400, documents_expected=200, documents_lost=200 - s["documents"])
    assert s["documents"] == 200 and s["failed"] == 0, s
    assert integrity(db) == "ok" and not duplicates(db)


def test_locked_database_gives_a_clear_message(tmp_path: Path) -> None:
    """When the lock is held past --busy-timeout: one clear line, exit 1, nothing broken; a rerun completes."""
    src = write_corpus(tmp_path / "in", 20, start=73_000)
    db = tmp_path / "locked.db"
    first = run("ingest", str(src), "--db", str(db))
    assert first.returncode == 0, first.stderr
    more = write_corpus(tmp_path / "more", 10, start=73_100)
    holder = sqlite3.connect(str(db), timeout=1, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another writer, mid-transaction
    try:
        t0 = time.monotonic()
        proc = run("ingest", str(more), "--db", str(db), "--busy-timeout", "1")
        waited = time.monotonic() - t0
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    out = proc.stdout + proc.stderr
    assert "Traceback" not in out
    assert proc.returncode == 1, out
    assert "locked by another writer" in out and "run this one again" in out, out
    assert waited >= 1
    again = run("ingest", str(more), "--db", str(db))
    assert again.returncode == 0
    assert stats(db)["documents"] == 30
    assert integrity(db) == "ok"
    figures.record("concurrency_lock_timeout", faults=1, documents_expected=30, documents_lost=30 - stats(db)["documents"])


def _hammer(get, stop: threading.Event, results: list[int], errors: list[str]) -> None:
    i = 0
    while not stop.is_set():
        q = QUERIES[i % len(QUERIES)]
        for url, params in (("/api/search", {"q": q}), ("/search", {"q": q}), ("/api/stats", {}), ("/api/events", {"limit": "5"})):
            try:
                r = get(url, params)
                results.append(r.status_code)
                if r.status_code >= 500:
                    errors.append(f"{url} {params}: {r.status_code} {r.text[:200]}")
            except Exception as e:  # a dropped connection is as bad as a 5xx
                results.append(599)
                errors.append(f"{url} {params}: {type(e).__name__}: {e}")
        i += 1


@pytest.mark.slow
def test_searches_while_ingesting(tmp_path: Path) -> None:
    """The web app (in-process client) answers every search while an ingest writes: no 5xx, counts only grow."""
    from fastapi.testclient import TestClient

    from hoptac.serve.app import create_app

    seed = write_corpus(tmp_path / "seed", 30, start=74_000)
    db = tmp_path / "live.db"
    assert run("ingest", str(seed), "--db", str(db)).returncode == 0
    src = write_corpus(tmp_path / "in", 300, start=75_000)
    client = TestClient(create_app(str(db)))
    stop, results, errors = threading.Event(), [], []
    proc = start_ingest(src, db, "--batch-size", "20")
    seen: list[int] = []
    threads = [threading.Thread(target=_hammer, args=(lambda u, p: client.get(u, params=p), stop, results, errors)) for _ in range(2)]
    for t in threads:
        t.start()
    try:
        while proc.poll() is None:
            r = client.get("/api/stats")
            if r.status_code == 200:
                seen.append(r.json()["documents"])
            time.sleep(0.3)
    finally:
        stop.set()
        for t in threads:
            t.join(timeout=60)
    rc, out = _finish(proc)
    figures.record("concurrency_search_during_ingest", http_requests=len(results), http_5xx=sum(1 for c in results if c >= 500), documents_expected=330)
    assert rc == 0 and "Traceback" not in out, out[-2000:]
    assert not errors, errors[:5]
    assert seen == sorted(seen), "a reader saw the document count go down"
    assert client.get("/api/stats").json()["documents"] == 330
    assert integrity(db) == "ok"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.slow
@pytest.mark.skipif(not has("serve"), reason="hoptac serve is not in this build yet")
def test_hoptac_serve_answers_while_ingesting(tmp_path: Path) -> None:
    """The real server process (uvicorn) under searches from two threads while an ingest runs."""
    import httpx

    seed = write_corpus(tmp_path / "seed", 20, start=76_000)
    db = tmp_path / "serve.db"
    assert run("ingest", str(seed), "--db", str(db)).returncode == 0
    port = _free_port()
    server = subprocess.Popen([*hoptac_argv(), "serve", "--db", str(db), "--port", str(port)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env(), start_new_session=True)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                if httpx.get(base + "/api/stats", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.2)
        else:
            pytest.fail("hoptac serve did not answer within 20 s: " + server.stderr.read()[-2000:] if server.poll() is not None else "")
        src = write_corpus(tmp_path / "in", 200, start=77_000)
        stop, results, errors = threading.Event(), [], []
        with httpx.Client(base_url=base, timeout=30) as http:
            threads = [threading.Thread(target=_hammer, args=(lambda u, p: http.get(u, params=p), stop, results, errors)) for _ in range(2)]
            proc = start_ingest(src, db, "--batch-size", "20")
            for t in threads:
                t.start()
            rc, out = _finish(proc)
            stop.set()
            for t in threads:
                t.join(timeout=60)
            final = http.get("/api/stats").json()
    finally:
        server.terminate()
        try:
            server.communicate(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.communicate()
    figures.record("concurrency_serve_during_ingest", http_requests=len(results), http_5xx=sum(1 for c in results if c >= 500), documents_expected=220)
    assert rc == 0 and "Traceback" not in out
    assert not errors, errors[:5]
    assert final["documents"] == 220, final
    assert integrity(db) == "ok"
