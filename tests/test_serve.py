"""Every route of `hoptac serve` through an in-process client, error cases and hostile input included."""
from __future__ import annotations

import sys
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "serve"))
from serve_corpus import build_db  # noqa: E402

from hoptac.serve import create_app  # noqa: E402

HTML = {"accept": "text/html,application/xhtml+xml"}


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    return build_db(tmp_path_factory.mktemp("serve") / "serve.db")


@pytest.fixture(scope="module")
def client(db: str) -> TestClient:
    with TestClient(create_app(db), raise_server_exceptions=False) as c:
        yield c


def _ids(client: TestClient) -> dict[str, int]:
    """Ids of the fixture's entities, looked up rather than assumed."""
    ev = {e["type"]: e["id"] for e in client.get("/api/events").json()["events"] if e["type"] != "reception"}
    rec = client.get("/api/events", params={"countries": "VN,LA", "type": "reception"}).json()["events"][0]["id"]
    orgs = {o["name"]: o["id"] for o in client.get("/api/organisations").json()["organisations"]}
    people = {p["entity_id"]: p["id"] for p in client.get("/api/people").json()["people"]}
    return {"talks": ev["talks"], "call": ev["call"], "reception": rec,
            "vn_office": orgs["Văn phòng Trung ương Đảng Cộng sản Việt Nam"],
            "la_office": orgs["Văn phòng Trung ương Đảng Nhân dân Cách mạng Lào"],
            "sonexay": people["sonexay siphandone"], "agreement": client.get("/api/agreements").json()["agreements"][0]["id"]}


# --- pages and API routes answer -------------------------------------------------------


PAGES = ["/", "/search", "/search?q=hoi+dam", "/timeline", "/timeline?countries=VN-LA&by=year", "/agreements",
         "/agreements?status=in_force", "/dossier", "/documents/vnla-hoidam-2023", "/static/app.js", "/static/app.css",
         "/static/print.css", "/openapi.json"]


@pytest.mark.parametrize("url", PAGES)
def test_pages_answer(client: TestClient, url: str) -> None:
    r = client.get(url, headers=HTML)
    assert r.status_code == 200, r.text[:500]


def test_entity_pages_answer(client: TestClient) -> None:
    i = _ids(client)
    for url in (f"/events/{i['talks']}", f"/people/{i['sonexay']}", "/people/sonexay siphandone",
                f"/organisations/{i['vn_office']}", f"/dossier?a={i['vn_office']}&b={i['la_office']}"):
        r = client.get(url, headers=HTML)
        assert r.status_code == 200, (url, r.text[:300])
        assert "text/html" in r.headers["content-type"]


def test_api_routes_answer_json(client: TestClient) -> None:
    i = _ids(client)
    for url in ("/api/stats", "/api/search?q=lao", "/api/events", f"/api/events/{i['talks']}", f"/api/people/{i['sonexay']}",
                "/api/people", f"/api/organisations/{i['vn_office']}", "/api/organisations", "/api/agreements",
                f"/api/agreements/{i['agreement']}", "/api/documents", "/api/documents/vnla-hoidam-2023", "/api/timeline",
                f"/api/dossier?a={i['vn_office']}&b={i['la_office']}"):
        r = client.get(url)
        assert r.status_code == 200, (url, r.text[:300])
        assert r.headers["content-type"].startswith("application/json")


def test_openapi_lists_the_api(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    for p in ("/api/search", "/api/events", "/api/events/{event_id}", "/api/people/{person}", "/api/organisations/{org}",
              "/api/agreements", "/api/documents/{doc_id}", "/api/stats"):
        assert p in paths
    assert not any(p.startswith(("/search", "/timeline", "/events/")) for p in paths)  # pages stay out of the API


# --- search ------------------------------------------------------------------------------


def test_search_is_accent_insensitive(client: TestClient) -> None:
    body = client.get("/api/search", params={"q": "hoi dam vieng chan"}).json()
    assert set(body) >= {"documents", "people", "events"}
    assert [d["doc_id"] for d in body["documents"]] == ["vnla-hoidam-2023"]
    assert set(body["documents"][0]) >= {"doc_id", "title", "published", "snippet"}
    assert "Viêng Chăn" in body["documents"][0]["snippet"]
    assert [e["id"] for e in body["events"]] == [_ids(client)["talks"]]


def test_search_finds_a_person_under_another_spelling(client: TestClient) -> None:
    """The romanised name finds the article that only has the Vietnamese transliteration."""
    body = client.get("/api/search", params={"q": "Sonexay"}).json()
    assert [p["entity_id"] for p in body["people"]] == ["sonexay siphandone"]
    assert "vnla-tiep-2024" in {d["doc_id"] for d in body["documents"]}
    body = client.get("/api/search", params={"q": "xon xay"}).json()
    assert [p["entity_id"] for p in body["people"]] == ["sonexay siphandone"]


def test_search_page_renders_results_and_fragment(client: TestClient) -> None:
    r = client.get("/search", params={"q": "hoi dam vieng chan"}, headers=HTML)
    assert "vnla-hoidam-2023" in r.text and "<html" in r.text
    frag = client.get("/search", params={"q": "hoi dam vieng chan"}, headers={**HTML, "X-Partial": "1"})
    assert "vnla-hoidam-2023" in frag.text and "<html" not in frag.text


# --- event filters ---------------------------------------------------------------------------


@pytest.mark.parametrize("params, types", [
    ({"countries": "VN,LA"}, {"talks", "reception"}),
    ({"countries": "la-vn"}, {"talks", "reception"}),
    ({"countries": "VN-KH"}, {"call"}),
    ({"type": "call"}, {"call"}),
    ({"from": "2023", "to": "2023-12"}, {"talks"}),
    ({"to": "2022"}, {"call"}),
    ({"person": "sonexay siphandone"}, {"talks", "reception"}),
    ({"organisation": "van phong trung uong dang cong san viet nam"}, {"reception"}),
    ({"q": "vieng chan"}, {"talks"}),
    ({"person": "nobody at all"}, set()),
    ({"person": "99999999999999999999999999"}, set()),
])
def test_event_filters(client: TestClient, params: dict[str, str], types: set[str]) -> None:
    body = client.get("/api/events", params=params).json()
    assert {e["type"] for e in body["events"]} == types
    assert body["total"] == len(body["events"])


def test_events_paginate(client: TestClient) -> None:
    first = client.get("/api/events", params={"limit": 1}).json()
    second = client.get("/api/events", params={"limit": 1, "offset": 1}).json()
    assert first["total"] == second["total"] == 4
    assert first["events"][0]["id"] != second["events"][0]["id"]


def test_timeline_filters_and_chart(client: TestClient) -> None:
    body = client.get("/api/timeline", params={"by": "year", "countries": "VN-LA"}).json()
    assert body["periods"] == [{"period": "2023", "count": 1}, {"period": "2024", "count": 1}]
    r = client.get("/timeline", params={"countries": "VN-LA", "type": "talks"}, headers=HTML)
    assert r.text.count('class="bar"') == 1 and 'id="event-total">1<' in r.text


# --- entity pages show what the issue asks for --------------------------------------------------


def test_event_page_has_participants_sources_and_evidence(client: TestClient) -> None:
    i = _ids(client)
    r = client.get(f"/events/{i['reception']}", headers=HTML)
    assert "Lê Minh Hưng" in r.text and "Chánh Văn phòng Trung ương Đảng" in r.text  # title
    assert "Trưởng đoàn" in r.text and ">LA<" in r.text  # role, side
    assert "Văn phòng Trung ương Đảng Nhân dân Cách mạng Lào" in r.text  # organisation
    assert '<mark class="evidence">Ngày 10/3/2024, tại Hà Nội' in r.text
    assert "/documents/vnla-tiep-2024" in r.text
    api = client.get(f"/api/events/{i['reception']}").json()
    assert api["sources"][0]["evidence"]["text"].startswith("Ngày 10/3/2024")


def test_person_page_lists_spellings_titles_and_events(client: TestClient) -> None:
    r = client.get("/people/sonexay siphandone", headers=HTML)
    assert "Sonexay Siphandone" in r.text and "Xỏn-xay Xi-phăn-đon" in r.text
    assert "Thủ tướng" in r.text and "2023-06-15" in r.text
    assert r.text.count('class="event-link"') == 2


def test_dossier_is_a_printable_briefing(client: TestClient) -> None:
    i = _ids(client)
    r = client.get("/dossier", params={"a": i["vn_office"], "b": i["la_office"]}, headers=HTML)
    text = r.text
    assert "Kế hoạch hợp tác giai đoạn 2021-2025" in text and "2021–2025" in text
    assert "2023-06-15: Đã ký" in text and "2024-03-10: Đang hiệu lực" in text  # status history
    assert "50 tỷ đồng" in text  # commitment
    assert 'class="event-link"' in text  # the joint meeting
    assert 'media="print"' in text and "data-print" in text
    by_name = client.get("/api/dossier", params={"a": "van phong trung uong dang cong san viet nam",
                                                 "b": "Văn phòng Trung ương Đảng Nhân dân Cách mạng Lào"}).json()
    assert by_name["agreements"][0]["status"] == "in_force"


def test_agreement_registry(client: TestClient) -> None:
    r = client.get("/agreements", headers=HTML)
    assert "Kế hoạch hợp tác giai đoạn 2021-2025" in r.text and "Đang hiệu lực" in r.text
    assert client.get("/api/agreements", params={"status": "signed"}).json()["total"] == 1
    assert client.get("/api/agreements", params={"year": 2030}).json()["total"] == 0


def test_document_page_highlights_facts_and_folds_boilerplate(client: TestClient) -> None:
    r = client.get("/documents/vnla-hoidam-2023", headers=HTML)
    assert '<mark class="f-person"' in r.text and ">Sonexay Siphandone</mark>" in r.text
    assert '<mark class="f-commitment"' in r.text and ">1.000</mark>" in r.text
    assert '<details class="removed">' in r.text and "related-links" in r.text


# --- languages ---------------------------------------------------------------------------------


def test_vietnamese_by_default_english_by_switch_and_cookie(client: TestClient, db: str) -> None:
    assert "Tìm kiếm" in client.get("/", headers=HTML).text
    with TestClient(create_app(db)) as c:
        r = c.get("/?lang=en", headers=HTML)
        assert "Search" in r.text and '<html lang="en">' in r.text
        assert "hoptac_lang=en" in r.headers["set-cookie"]
        assert '<html lang="en">' in c.get("/timeline", headers=HTML).text  # the cookie remembers
        assert '<html lang="vi">' in c.get("/?lang=vi", headers=HTML).text
    assert '<html lang="vi">' in client.get("/?lang=xx", headers=HTML).text


# --- errors: one shape -----------------------------------------------------------------------


@pytest.mark.parametrize("url, status", [
    ("/api/events/999", 404), ("/api/people/nobody", 404), ("/api/organisations/nothing here", 404),
    ("/api/documents/no-such-doc", 404), ("/api/agreements/77", 404), ("/api/nope", 404), ("/nope", 404),
    ("/api/dossier?a=1&b=nothing", 404),
    ("/api/events/abc", 422), ("/api/events/0", 422), ("/api/events/99999999999999999999999", 422),
    ("/api/events?countries=VNM", 422), ("/api/events?from=2021-1", 422), ("/api/events?limit=0", 422),
    ("/api/events?limit=100000", 422), ("/api/events?type=bogus", 422), ("/api/search", 422),
    ("/api/timeline?by=week", 422), ("/api/agreements?status=x", 422), ("/export/events.xlsx", 422),
])
def test_errors_have_one_shape(client: TestClient, url: str, status: int) -> None:
    r = client.get(url)
    assert r.status_code == status, r.text[:300]
    body = r.json()
    assert set(body) == {"error"} and body["error"]["status"] == status and body["error"]["message"]


def test_method_not_allowed_has_the_shape(client: TestClient) -> None:
    r = client.post("/api/stats")
    assert r.status_code == 405 and r.json()["error"]["status"] == 405


def test_browsers_get_an_html_error_page(client: TestClient) -> None:
    r = client.get("/events/999", headers=HTML)
    assert r.status_code == 404 and "text/html" in r.headers["content-type"] and "Lỗi 404" in r.text
    assert r.headers["content-security-policy"]


# --- security ----------------------------------------------------------------------------------


def test_security_headers_everywhere(client: TestClient) -> None:
    for url in ("/", "/api/stats", "/nope", "/static/app.js", "/export/events.csv"):
        h = client.get(url).headers
        assert "default-src 'self'" in h["content-security-policy"]
        assert "frame-ancestors 'none'" in h["content-security-policy"]
        assert "unsafe-inline" not in h["content-security-policy"]
        assert h["x-content-type-options"] == "nosniff"
        assert h["x-frame-options"] == "DENY"
        assert h["referrer-policy"] == "no-referrer"


class _Audit(HTMLParser):
    """Collects what could run: script tags, on* attributes, javascript: URLs."""

    def __init__(self) -> None:
        super().__init__()
        self.scripts: list[dict[str, str | None]] = []
        self.handlers: list[str] = []
        self.js_urls: list[str] = []
        self.inline_script = False
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "script":
            self.scripts.append(dict(attrs))
            self._in_script = True
        for k, v in attrs:
            if k.startswith("on"):
                self.handlers.append(f"{tag} {k}")
            if k in ("href", "src", "action", "formaction") and v and v.strip().lower().startswith(("javascript:", "data:")):
                self.js_urls.append(v)

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script and data.strip():
            self.inline_script = True


def _audit(html: str) -> _Audit:
    a = _Audit()
    a.feed(html)
    return a


def test_hostile_article_renders_inert(client: TestClient) -> None:
    """Markup in a scraped article's title, text, boilerplate and URL is shown as text, never run."""
    i = _ids(client)
    pages = ["/documents/hostile-xss", "/search?q=ma+doc", "/search?q=script", "/", "/timeline"]
    event = client.get("/api/search", params={"q": "Nguyen Van An"}).json()["events"]
    pages += [f"/events/{e['id']}" for e in event]
    for url in pages:
        r = client.get(url, headers=HTML)
        assert r.status_code == 200, url
        a = _audit(r.text)
        assert a.scripts == [{"src": "/static/app.js", "defer": None}], (url, a.scripts)
        assert not a.inline_script and not a.handlers and not a.js_urls, (url, a.handlers, a.js_urls)
    doc = client.get("/documents/hostile-xss", headers=HTML).text
    assert "&lt;script&gt;alert(&#39;xss&#39;)&lt;/script&gt;" in doc
    assert "&lt;img src=x onerror=alert(1)&gt;" in doc
    assert "&lt;script&gt;alert(&#39;removed&#39;)" in doc
    assert 'href="javascript:' not in doc
    assert i  # the fixture's other entities are still there


HOSTILE = ['"', "'", "' OR 1=1 --", "\"; DROP TABLE documents; --", "NEAR(a b)", "*", "a*", "-", "AND OR NOT",
           "title:x", "^", "((", "%", "_", "\\", "<script>alert(1)</script>", "x" * 500, "đ" * 300, "😀", "\u202e",
           "{{7*7}}", "${jndi:ldap://x}", "../../etc/passwd", "%00", "\x01\x02", "ｈｏｉ ｄａｍ"]


@pytest.mark.parametrize("q", HOSTILE)
def test_hostile_query_strings_never_500(client: TestClient, q: str) -> None:
    for url, params in (("/api/search", {"q": q}), ("/api/events", {"q": q}), ("/api/events", {"person": q}),
                        ("/api/events", {"organisation": q}), ("/api/people", {"q": q}), ("/api/agreements", {"q": q}),
                        ("/api/organisations", {"q": q}), ("/api/documents", {"q": q}), ("/search", {"q": q}),
                        ("/timeline", {"person": q, "organisation": q}), ("/agreements", {"q": q, "year": q[:4]}),
                        ("/dossier", {"a": q, "b": q})):
        r = client.get(url, params=params)
        assert r.status_code < 500, (url, params, r.status_code, r.text[:300])
        if r.status_code >= 400:
            assert r.json()["error"]["status"] == r.status_code
    quoted = quote(q, safe="")
    for path in (f"/api/people/{quoted}", f"/api/organisations/{quoted}", f"/api/documents/{quoted}", f"/people/{quoted}"):
        r = client.get(path)
        assert r.status_code < 500, (path, r.status_code)


def test_nul_in_query_is_a_clean_4xx(client: TestClient) -> None:
    r = client.get("/api/search", params={"q": "a\x00b"})
    assert r.status_code == 422 and r.json()["error"]["status"] == 422


# --- the write token ---------------------------------------------------------------------------


def test_read_only_without_token(client: TestClient) -> None:
    r = client.post("/api/admin/reload", headers={"Authorization": "Bearer anything"})
    assert r.status_code == 403 and r.json()["error"]["status"] == 403


def test_reload_needs_the_right_token(db: str) -> None:
    with TestClient(create_app(db, write_token="s3cret")) as c:
        assert c.post("/api/admin/reload").status_code == 401
        assert c.post("/api/admin/reload", headers={"Authorization": "Bearer wrong"}).status_code == 401
        assert c.post("/api/admin/reload", headers={"Authorization": "s3cret"}).status_code == 401
        r = c.post("/api/admin/reload", headers={"Authorization": "Bearer s3cret"})
        assert r.status_code == 200 and r.json()["reloaded"] is True
        assert c.get("/api/stats").json()["documents"] == 4
