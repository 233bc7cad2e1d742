"""Bad input (issue 5, part 1): every odd file is read right or refused with a named reason.

The corpus is generated at run time (``reliability/badcorpus.py``): empty, binary and
NUL-heavy files, UTF-16 with and without BOM, Windows-1258/VNI/TCVN3 copies, a mixed-encoding
file, a one-line and a boilerplate-only article, HTML with scripts and broken tags, a
symlink loop, malformed JSONL, truncated gzip and Parquet, an unreadable file, a 50 MB
article. First through ``hoptac extract``, then ``hoptac ingest`` + ``hoptac stats``.
"""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest

from reliability import figures
from reliability.badcorpus import Case, build
from reliability.cli import env, has, hoptac_argv, run


def _paragraphs(text: str) -> list[str]:
    """The body paragraphs of an article we wrote: not the title line, not the footer."""
    paras = [p for p in text.split("\n\n") if p.strip()]
    return paras[1:-1] if len(paras) > 2 else paras


def _nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


# ---------------------------------------------------------------- hoptac extract


class ExtractRun:
    def __init__(self, root: Path, cases: list[Case], proc: subprocess.CompletedProcess[str]) -> None:
        self.root, self.cases, self.proc = root, cases, proc
        self.records: dict[str, dict] = {}
        for line in proc.stdout.splitlines():
            rec = json.loads(line)
            self.records[os.path.relpath(rec["source"], root)] = rec
        self.failures: dict[str, str] = {}
        for line in proc.stderr.splitlines():
            m = re.match(r"^hoptac: (.+?): (.+)$", line)
            if m:
                self.failures[os.path.relpath(m.group(1), root)] = m.group(2)


@pytest.fixture(scope="module")
def extract_run(tmp_path_factory: pytest.TempPathFactory) -> ExtractRun:
    root = tmp_path_factory.mktemp("bad")
    cases = build(root)
    proc = run("extract", str(root), "--format", "jsonl")
    figures.record("bad_input_extract", inputs=len({c.path for c in cases if not c.path.startswith("corpus/")}))
    return ExtractRun(root, cases, proc)


def _extract_cases() -> list[Case]:
    import tempfile

    with tempfile.TemporaryDirectory() as d:
        return [c for c in build(Path(d)) if not c.path.startswith("corpus/")]


EXTRACT_CASES = _extract_cases()


def test_extract_never_shows_a_traceback(extract_run: ExtractRun) -> None:
    assert "Traceback" not in extract_run.proc.stderr
    assert extract_run.proc.returncode == 1, "some files failed: the exit code says so"


def test_extract_every_stderr_line_names_a_file(extract_run: ExtractRun) -> None:
    lines = [l for l in extract_run.proc.stderr.splitlines() if l.strip()]
    assert len(lines) == len(extract_run.failures), lines


@pytest.mark.parametrize("case", EXTRACT_CASES, ids=lambda c: c.name)
def test_extract_outcome(extract_run: ExtractRun, case: Case) -> None:
    if case.expect == "failed":
        assert case.path in extract_run.failures, f"{case.name} ({case.why}) should be named on stderr"
        assert re.search(case.reason, extract_run.failures[case.path]), extract_run.failures[case.path]
        assert case.path not in extract_run.records
        return
    assert case.path not in extract_run.failures, extract_run.failures.get(case.path)
    rec = extract_run.records[case.path]
    assert rec["doc_id"] == Path(case.path).stem
    clean = _nfc(rec["clean_text"])
    for para in _paragraphs(case.text or ""):
        assert para in clean or para == rec["title"], f"{case.name}: body paragraph lost: {para[:60]}"
    if case.check:
        case.check(rec)


def test_extract_same_text_whatever_the_encoding(extract_run: ExtractRun) -> None:
    """A UTF-16 / cp1258 / VNI / TCVN3 copy reads to exactly what its UTF-8 original reads to."""
    from hoptac.model import RawDocument
    from hoptac.pipeline import extract_document

    for case in extract_run.cases:
        if case.name in {"utf8_bom", "utf16le_bom", "utf16be_bom", "utf16le_nobom", "utf16be_nobom", "cp1258", "vni", "tcvn3", "crlf", "nfd"}:
            want = extract_document(RawDocument(doc_id=case.name, data=case.text.encode("utf-8")))
            got = extract_run.records[case.path]
            assert got["clean_text"] == want.clean_text, case.name
            assert got["title"] == want.title, case.name


def test_extract_failure_line_is_one_line_for_long_paths(tmp_path: Path) -> None:
    """Regression: rich wrapped the 'hoptac: PATH: reason' line at 80 columns, so a long path
    spread one failure over two lines and broke 'one line per failed file'."""
    deep = tmp_path / ("a" * 60) / ("b" * 60)
    deep.mkdir(parents=True)
    (deep / "empty.txt").write_bytes(b"")
    proc = run("extract", str(tmp_path), columns=None)
    lines = [l for l in proc.stderr.splitlines() if l.strip()]
    assert len(lines) == 1, lines
    assert lines[0].startswith("hoptac: ") and lines[0].endswith("empty file"), lines


def test_extract_missing_path_is_named(tmp_path: Path) -> None:
    proc = run("extract", str(tmp_path / "nope.txt"))
    assert proc.returncode == 1
    assert "no such file" in proc.stderr and "Traceback" not in proc.stderr


def _run_unprivileged(argv: list[str]) -> subprocess.CompletedProcess[str]:
    """Run ``hoptac ARGV`` so that file permissions bind, even when tests run as root.

    Root reads chmod-000 files through CAP_DAC_OVERRIDE; ``setpriv`` drops that capability
    (and CAP_DAC_READ_SEARCH) from the child, which stays uid 0 and so can still load
    Python from a root-only folder. Skipped, with the reason, where that is impossible.
    """
    cmd = [*hoptac_argv(), *argv]
    if os.geteuid() == 0:
        setpriv = shutil.which("setpriv")
        if setpriv is None:
            pytest.skip("running as root without setpriv: permissions would not block reads")
        cmd = [setpriv, "--bounding-set=-dac_override,-dac_read_search", *cmd]
    e = env()
    e["COLUMNS"] = "100000"
    proc = subprocess.run(cmd, capture_output=True, text=True, env=e, timeout=300)
    if "setpriv:" in proc.stderr:
        pytest.skip(f"cannot drop capabilities here: {proc.stderr.strip()[:200]}")
    return proc


def _stage_locked(d: Path) -> None:
    (d / "in").mkdir()
    (d / "in" / "good.txt").write_text("Sáng 23/6, đồng chí Trần Văn Tuấn đã tiếp Đoàn đại biểu tỉnh Hủa Phăn (Lào).", encoding="utf-8")
    locked = d / "in" / "locked.txt"
    locked.write_text("Bí mật", encoding="utf-8")
    locked.chmod(0)


def test_extract_unreadable_file_is_named(tmp_path: Path) -> None:
    _stage_locked(tmp_path)
    proc = _run_unprivileged(["extract", str(tmp_path / "in")])
    assert "Traceback" not in proc.stderr, proc.stderr[-3000:]
    assert proc.returncode == 1, proc.stderr
    assert re.search(r"locked\.txt: cannot read file: Permission denied", proc.stderr), proc.stderr
    assert '"doc_id": "good"' in proc.stdout


@pytest.mark.slow
def test_extract_50mb_article(tmp_path: Path) -> None:
    """A 50 MB article is read whole (or refused with a reason), within a bounded time."""
    cases = [c for c in build(tmp_path, big=True, jsonl=False) if c.name == "big_50mb"]
    big = tmp_path / cases[0].path
    assert big.stat().st_size > 49 * 2**20
    figures.record("bad_input_50mb_extract", inputs=1, bytes=big.stat().st_size)
    try:
        proc = run("extract", str(big), timeout=120)
    except subprocess.TimeoutExpired:
        pytest.fail("hoptac extract took over 120 s on a 50 MB article (extraction time grows quadratically with article length)")
    assert "Traceback" not in proc.stderr
    if proc.returncode == 0:
        rec = json.loads(proc.stdout)
        assert cases[0].text in rec["clean_text"]
        assert len(rec["clean_text"]) > 10_000_000
    else:
        assert re.search(r"big\.txt: .*(too large|too big|size)", proc.stderr), proc.stderr


# ---------------------------------------------------------------- hoptac ingest + stats

needs_ingest = pytest.mark.skipif(not has("ingest", "stats"), reason="hoptac ingest/stats are not in this build yet")


@pytest.fixture(scope="module")
def ingest_run(tmp_path_factory: pytest.TempPathFactory) -> dict:
    root = tmp_path_factory.mktemp("bad_ingest")
    cases = build(root / "in")
    db = root / "out.db"
    first = run("ingest", str(root / "in"), "--db", str(db), timeout=600)
    second = run("ingest", str(root / "in"), "--db", str(db), timeout=600)
    stats = run("stats", "--db", str(db), "--format", "json")
    figures.record("bad_input_ingest", inputs=len({c.path for c in cases}))
    return {"root": root, "cases": cases, "db": db, "first": first, "second": second, "stats": stats}


def _stored(cases: list[Case]) -> list[Case]:
    return [c for c in cases if c.outcome("ingest")[0] == "stored"]


@needs_ingest
def test_ingest_never_shows_a_traceback(ingest_run: dict) -> None:
    for key in ("first", "second", "stats"):
        out = ingest_run[key].stdout + ingest_run[key].stderr
        assert "Traceback" not in out, (key, out[-3000:])
    assert ingest_run["stats"].returncode == 0, ingest_run["stats"].stderr


@needs_ingest
def test_ingest_counts_exactly_the_readable_documents(ingest_run: dict) -> None:
    """documents = good articles + bad files that decode to real text; rerunning adds nothing."""
    stats = json.loads(ingest_run["stats"].stdout)
    stored = _stored(ingest_run["cases"])
    want = sum(c.count for c in stored)
    figures.record(
        "bad_input_ingest_counts",
        documents_expected=want,
        documents_lost=max(0, want - stats["documents"]),
    )
    assert stats["documents"] == want, (stats, [c.name for c in stored])
    failed = [c for c in ingest_run["cases"] if c.outcome("ingest")[0] == "failed"]
    assert stats["failed"] >= len(failed), stats


@needs_ingest
def test_ingest_names_each_failed_file(ingest_run: dict) -> None:
    """Every refused input is named with its reason in what ingest prints."""
    out = ingest_run["first"].stdout + ingest_run["first"].stderr
    for case in ingest_run["cases"]:
        expect, reason = case.outcome("ingest")
        if expect != "failed":
            continue
        name = Path(case.path).name
        lines = [l for l in out.splitlines() if name in l]
        assert lines, f"{case.name} ({case.why}) not named"
        assert any(re.search(reason, l) for l in lines), (case.name, lines)


@needs_ingest
def test_ingest_failed_table_names_each_failed_file(ingest_run: dict) -> None:
    from hoptac.store import open_engine
    from hoptac.store import queries as Q

    engine = open_engine(str(ingest_run["db"]))
    try:
        failed = Q.list_failed(engine, limit=1000)["items"]
    finally:
        engine.dispose()
    for case in ingest_run["cases"]:
        expect, reason = case.outcome("ingest")
        if expect == "failed":
            rows = [f for f in failed if Path(case.path).name in f["source"]]
            assert any(re.search(reason, f["reason"]) for f in rows), (case.name, rows)


@needs_ingest
def test_ingest_stored_text_is_readable(ingest_run: dict) -> None:
    """What was stored reads back: the body of every stored case is in some document's text."""
    from hoptac.store import open_engine
    from hoptac.store import queries as Q

    engine = open_engine(str(ingest_run["db"]))
    try:
        docs = Q.list_documents(engine, limit=1000)["items"]
        texts = [_nfc(Q.get_document(engine, d["doc_id"])["clean_text"]) for d in docs]
    finally:
        engine.dispose()
    for case in _stored(ingest_run["cases"]):
        if case.text:
            for para in _paragraphs(case.text)[:1]:
                assert any(para in t for t in texts), f"{case.name}: not readable from the store"


@needs_ingest
def test_ingest_unreadable_file_is_recorded(tmp_path: Path) -> None:
    _stage_locked(tmp_path)
    db = tmp_path / "out.db"
    proc = _run_unprivileged(["ingest", str(tmp_path / "in"), "--db", str(db)])
    out = proc.stdout + proc.stderr
    assert "Traceback" not in out, out[-3000:]
    assert re.search(r"locked\.txt: cannot read file: Permission denied", out), out
    stats = json.loads(run("stats", "--db", str(db), "--format", "json").stdout)
    assert stats["documents"] == 1 and stats["failed"] == 1, stats


def test_regression_script_text_leaks_through_a_broken_tag() -> None:
    """Bug (found by test_properties): a stray '<' before a word ("<Sáng 23/6") opens a bogus
    tag, and the text of a following <script> comes out as article text."""
    from hoptac.model import RawDocument
    from hoptac.pipeline import extract_document

    html = "<html><body><p>Sáng 23/6/2021, hai bên hội đàm.<Sáng 23/6/2021<script>alert(1)</script>Hai bên ký kết.</body></html>"
    rec = extract_document(RawDocument(doc_id="p", data=html, media_type="html"))
    assert "alert(1)" not in rec.clean_text
