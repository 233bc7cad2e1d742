"""Ingest: idempotent, resumable after kill -9, safe with two writers, the same database on one core, a pool or Dask."""
from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from _store_helpers import (  # noqa: F401  (fixtures)
    BACKENDS,
    DANANG,
    RECEPTION_PM,
    TALKS_NHANDAN,
    TALKS_VNEXPRESS,
    dump,
    make_store_url,
    store_url,
    talks_articles,
)
from click.testing import CliRunner

from hoptac.cli import app
from hoptac.ingest import IngestError, ingest
from hoptac.store import queries as Q
from hoptac.store.schema import open_engine

WORDS = ("hợp tác đào tạo cán bộ giáo dục y tế nông nghiệp giao thông năng lượng thương mại đầu tư văn hóa du lịch "
         "quốc phòng an ninh biên giới tỉnh thành phố đoàn đại biểu hữu nghị truyền thống đoàn kết đặc biệt").split()


def synthetic(i: int) -> str:
    """A distinct short article (no two are near-duplicates)."""
    rnd = random.Random(i)
    body = " ".join(rnd.choice(WORDS) for _ in range(60))
    return f"Tin hợp tác số {i}\n\nNgày {1 + i % 28}/{1 + i % 12}/2023, hai bên trao đổi về {body}.\n\nMã tin {i * 7919}."


def write_corpus(folder: Path, n: int, start: int = 0) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(start, start + n):
        (folder / f"doc{i:05d}.txt").write_text(synthetic(i), encoding="utf-8")
    return folder


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """Four articles, a near-copy of one, and three inputs that must fail."""
    d = tmp_path / "in"
    d.mkdir()
    (d / "a_talks.txt").write_text(TALKS_NHANDAN, encoding="utf-8")
    (d / "b_talks.txt").write_text(TALKS_VNEXPRESS, encoding="utf-8")
    (d / "c_reception.txt").write_text(RECEPTION_PM, encoding="utf-8")
    (d / "d_danang.txt").write_text(DANANG, encoding="utf-8")
    (d / "e_danang_copy.txt").write_text(DANANG + "\n\nTheo TTXVN", encoding="utf-8")
    (d / "x_empty.txt").write_bytes(b"")
    (d / "y_binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 300 + bytes(random.Random(1).randrange(256) for _ in range(2001)))
    (d / "z_blank.txt").write_text("   \n\n  ", encoding="utf-8")
    return d


def _cli(*args: str) -> tuple[int, str]:
    res = CliRunner().invoke(app, list(args))
    return res.exit_code, res.stdout


def test_ingest_cli_summary_then_rerun_stores_nothing(corpus: Path, tmp_path: Path) -> None:
    db = str(tmp_path / "h.db")
    code, out = _cli("ingest", str(corpus), "--db", db)
    assert code == 0, out
    lines = out.splitlines()
    assert lines[:5] == [
        f"{db}: 4 new, 0 already stored, 1 near-duplicate, 3 failed",
        "failed:",
        f"  {corpus / 'x_empty.txt'}: empty file",
        f"  {corpus / 'y_binary.txt'}: not text (binary content: NUL bytes)",
        f"  {corpus / 'z_blank.txt'}: no text (only white space)",
    ], "\n".join(lines)
    assert lines[5].startswith("read 8 inputs in ")
    code, out = _cli("ingest", str(corpus), "--db", db)
    assert code == 0
    assert out.splitlines()[0] == f"{db}: 0 new, 5 already stored, 0 near-duplicate, 3 failed"
    code, out = _cli("stats", "--db", db, "--format", "json")
    stats = json.loads(out)
    assert list(stats) == ["documents", "events", "people", "organisations", "agreements", "failed"]
    assert (stats["documents"], stats["failed"]) == (5, 3)
    code, out = _cli("stats", "--db", db)
    assert out.splitlines()[0] == "documents      5" and out.splitlines()[-1] == "failed         3"


def test_ingest_json_summary(corpus: Path, tmp_path: Path) -> None:
    code, out = _cli("ingest", str(corpus), "--db", str(tmp_path / "h.db"), "--format", "json")
    rep = json.loads(out)
    assert (rep["read"], rep["new"], rep["already"], rep["near_duplicate"], rep["failed"]) == (8, 4, 0, 1, 3)
    assert sorted(f["reason"] for f in rep["failures"]) == ["empty file", "no text (only white space)", "not text (binary content: NUL bytes)"]


def test_ingest_jsonl_corpus_with_custom_fields(tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl"
    path.write_text("\n".join(json.dumps({"uid": f"n{i}", "body": t, "link": f"https://vov.vn/{i}", "ts": "2024-03-12"}, ensure_ascii=False)
                              for i, t in enumerate([TALKS_NHANDAN, DANANG])) + "\n{bad\n", encoding="utf-8")
    db = str(tmp_path / "h.db")
    code, out = _cli("ingest", str(path), "--db", db, "--id-field", "uid", "--text-field", "body", "--url-field", "link", "--date-field", "ts")
    assert code == 0 and out.startswith(f"{db}: 2 new, 0 already stored, 0 near-duplicate, 1 failed\n")
    doc = Q.get_document(open_engine(db), "n1")
    assert (doc["outlet"], doc["url"], doc["source"]) == ("vov.vn", "https://vov.vn/1", f"{path}:2")


def test_extractor_crash_is_recorded_and_the_run_goes_on(corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import hoptac.pipeline

    real = hoptac.pipeline.extract_document

    def flaky(raw):  # type: ignore[no-untyped-def]
        if raw.doc_id == "c_reception":
            raise KeyError("boom")
        return real(raw)

    monkeypatch.setattr(hoptac.pipeline, "extract_document", flaky)
    rep = ingest([corpus], tmp_path / "h.db")
    assert (rep.new, rep.failed) == (3, 4)
    [crash] = [f for f in rep.failures if "reception" in f.source]
    assert crash.reason.startswith("extraction failed: KeyError: 'boom' (test_ingest.py:")


def test_same_meeting_through_ingest_is_one_event_with_two_sources(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """End to end with the extractor's records for the two reports (the extractor itself is tested elsewhere)."""
    import hoptac.pipeline

    a1, a2 = talks_articles()
    by_text = {a1.clean_text: a1, a2.clean_text: a2}

    def fake(raw):  # type: ignore[no-untyped-def]
        a = by_text[raw.data.decode("utf-8")]
        a.content_hash = hoptac.pipeline.content_hash(raw)
        return a

    monkeypatch.setattr(hoptac.pipeline, "extract_document", fake)
    d = tmp_path / "in"
    d.mkdir()
    (d / "1.txt").write_text(TALKS_NHANDAN, encoding="utf-8")
    (d / "2.txt").write_text(TALKS_VNEXPRESS, encoding="utf-8")
    db = tmp_path / "h.db"
    ingest([d], db)
    eng = open_engine(db)
    [e] = Q.list_events(eng)["items"]
    assert e["source_count"] == 2
    assert len(Q.get_event(eng, e["id"])["sources"]) == 2


@pytest.mark.parametrize("backend", BACKENDS)
def test_ingest_twice_adds_nothing(backend: str, corpus: Path, tmp_path: Path) -> None:
    url = make_store_url(backend, tmp_path)
    first = ingest([corpus], url)
    eng = open_engine(url)
    before = dump(eng)
    second = ingest([corpus], url)
    assert (first.new + first.near_duplicate, second.new, second.near_duplicate, second.already) == (5, 0, 0, 5)
    assert dump(eng) == before
    eng.dispose()


def test_pool_gives_the_same_database_as_one_process(tmp_path: Path) -> None:
    src = write_corpus(tmp_path / "in", 60)
    (src / "zz.txt").write_bytes(b"")
    one, pool = tmp_path / "one.db", tmp_path / "pool.db"
    ingest([src], one, batch_size=7)
    rep = ingest([src], pool, workers=2, batch_size=7)
    assert (rep.new, rep.failed) == (60, 1)
    assert dump(open_engine(one)) == dump(open_engine(pool))


def test_dask_gives_the_same_database_as_one_process(corpus: Path, tmp_path: Path) -> None:
    write_corpus(corpus / "more", 40)
    one, dsk = tmp_path / "one.db", tmp_path / "dask.db"
    ingest([corpus], one, batch_size=9)
    rep = ingest([corpus], dsk, dask="local", workers=2, batch_size=9)
    assert (rep.new + rep.near_duplicate, rep.failed) == (45, 3)
    assert dump(open_engine(one)) == dump(open_engine(dsk))


def test_unreachable_dask_scheduler_is_a_clear_error(corpus: Path, tmp_path: Path) -> None:
    with pytest.raises(IngestError, match="cannot reach the Dask scheduler"):
        ingest([corpus], tmp_path / "h.db", dask="tcp://127.0.0.1:1")


def _integrity(db: Path) -> tuple[str, list, int, int]:
    con = sqlite3.connect(db)
    try:
        ok = con.execute("PRAGMA integrity_check").fetchone()[0]
        fk = con.execute("PRAGMA foreign_key_check").fetchall()
        n = con.execute("SELECT count(*) FROM documents").fetchone()[0]
        distinct = con.execute("SELECT count(DISTINCT content_hash) FROM documents").fetchone()[0]
        # every stored document is indexed for search exactly once
        indexed = con.execute("SELECT count(*) FROM search_document").fetchone()[0]
        assert indexed == n
        return ok, fk, n, distinct
    finally:
        con.close()


def _hoptac(*args: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "hoptac.cli", *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_kill_9_mid_ingest_then_rerun_stores_each_document_once(tmp_path: Path) -> None:
    n = 600
    src = write_corpus(tmp_path / "in", n)
    db = tmp_path / "h.db"
    proc = _hoptac("ingest", str(src), "--db", str(db), "--batch-size", "5")
    deadline = time.time() + 60
    stored = 0
    while time.time() < deadline and proc.poll() is None:
        time.sleep(0.05)
        if db.exists():
            try:
                con = sqlite3.connect(db, timeout=1)
                stored = con.execute("SELECT count(*) FROM documents").fetchone()[0]
                con.close()
            except sqlite3.OperationalError:
                continue
            if stored >= 20:
                break
    assert proc.poll() is None, "ingest finished before it could be killed; make the corpus bigger"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    ok, fk, partial, distinct = _integrity(db)
    assert ok == "ok" and fk == [] and partial == distinct and 20 <= partial < n
    rep = ingest([src], db)
    assert rep.new + rep.near_duplicate == n - partial and rep.already == partial
    ok, fk, total, distinct = _integrity(db)
    assert (ok, fk, total, distinct) == ("ok", [], n, n)


def test_two_ingests_into_one_sqlite_file_at_once(tmp_path: Path) -> None:
    a = write_corpus(tmp_path / "a", 150, start=0)
    b = write_corpus(tmp_path / "b", 150, start=100)  # 50 documents in both
    db = tmp_path / "h.db"
    p1 = _hoptac("ingest", str(a), "--db", str(db), "--batch-size", "10")
    p2 = _hoptac("ingest", str(b), "--db", str(db), "--batch-size", "10")
    out1, err1 = p1.communicate(timeout=300)
    out2, err2 = p2.communicate(timeout=300)
    assert p1.returncode == 0, err1
    assert p2.returncode == 0, err2
    assert _integrity(db)[:4] == ("ok", [], 250, 250)


def test_locked_database_is_a_clear_message(tmp_path: Path) -> None:
    db = tmp_path / "h.db"
    open_engine(db).dispose()
    src = write_corpus(tmp_path / "in", 3)
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        code, out = _cli("ingest", str(src), "--db", str(db), "--busy-timeout", "0.2")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert code == 1


def test_locked_database_error_names_what_to_do(tmp_path: Path) -> None:
    db = tmp_path / "h.db"
    open_engine(db).dispose()
    src = write_corpus(tmp_path / "in", 3)
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(IngestError, match="locked by another writer .* run this one again"):
            ingest([src], db, busy_timeout=0.2)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert ingest([src], db).new == 3


def test_bad_database_url_is_a_clear_message(corpus: Path) -> None:
    with pytest.raises(IngestError, match="not a database URL"):
        ingest([corpus], "nosuchdriver://x/y")


def test_missing_folder_for_the_database_file(corpus: Path, tmp_path: Path) -> None:
    with pytest.raises(IngestError, match="cannot open the database file"):
        ingest([corpus], tmp_path / "no" / "such" / "h.db")
