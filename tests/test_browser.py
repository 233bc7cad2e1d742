"""Real headless Chromium clicks through the UI as a person would: search → event → person → dossier.

Uses Debian's ``chromium`` (``apt-get install -y chromium``) driven by Playwright with its
executable path set — never ``playwright install``, which downloads and fails offline.
The server is real uvicorn on 127.0.0.1 and a free port, in a thread. A screenshot of
every page lands in ``test-artifacts/browser/``. Skipped only when /usr/bin/chromium is absent.
"""
from __future__ import annotations

import socket
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts" / "browser"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="no /usr/bin/chromium: apt-get update && apt-get install -y chromium"),
]

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "serve"))
from serve_corpus import build_db  # noqa: E402


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    import uvicorn

    from hoptac.serve import create_app

    db = build_db(tmp_path_factory.mktemp("browser") / "browser.db")
    port = _free_port()
    srv = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started:
        if time.monotonic() > deadline:
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is in the 'test' extra")
    with sync_api.sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=str(CHROMIUM), args=ARGS, headless=True)
        yield b
        b.close()


@pytest.fixture()
def page(browser):  # type: ignore[no-untyped-def]
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="vi-VN")
    p = context.new_page()
    problems: list[str] = []
    p.on("console", lambda m: problems.append(f"console {m.type}: {m.text}") if m.type == "error" else None)
    p.on("pageerror", lambda e: problems.append(f"page error: {e}"))
    p.on("dialog", lambda d: (problems.append(f"dialog: {d.message}"), d.dismiss()))
    p.problems = problems  # type: ignore[attr-defined]
    yield p
    context.close()


def _shot(page, name: str) -> None:  # type: ignore[no-untyped-def]
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def test_search_event_person_dossier(server: str, page) -> None:  # type: ignore[no-untyped-def]
    page.goto(server + "/")
    assert page.locator("h1").first.inner_text().startswith("Hợp tác")
    _shot(page, "01-home")

    # Search without accents, as people type on a phone.
    page.fill("input[name=q]", "hoi dam vieng chan")
    page.press("input[name=q]", "Enter")
    page.wait_for_url("**/search?q=hoi+dam+vieng+chan")
    assert page.locator("a.document-link").first.inner_text().startswith("Thủ tướng Phạm Minh Chính hội đàm")
    _shot(page, "02-search")

    # Live filtering: typing refreshes the results in place (static/app.js, no page load).
    page.fill("input[name=q]", "xon xay")
    page.wait_for_function("() => document.querySelector('#results a.person-link') !== null")
    assert "Sonexay" in page.locator("#results a.person-link").first.inner_text()
    assert "q=xon+xay" in page.url
    page.fill("input[name=q]", "hoi dam vieng chan")
    page.wait_for_function("() => location.search.includes('hoi+dam') && !document.querySelector('#results[aria-busy]')")

    # Event page: participants, sides, roles, the evidence highlighted.
    page.click("#results a.event-link")
    page.wait_for_url("**/events/*")
    assert page.locator("h1").inner_text().startswith("Hội đàm")
    assert page.locator("mark.evidence").inner_text().startswith("Chiều 15/6/2023, tại Viêng Chăn")
    assert page.locator("table.participants tbody tr").count() == 2
    _shot(page, "03-event")

    # Person page: every spelling.
    page.click("table.participants a.person-link >> text=Sonexay Siphandone")
    page.wait_for_url("**/people/*")
    aliases = page.locator("ul.aliases").inner_text()
    assert "Sonexay Siphandone" in aliases and "Xỏn-xay Xi-phăn-đon" in aliases
    _shot(page, "04-person")

    # From the person's reception to the Lao Central Office, then its dossier with the Vietnamese one.
    page.click("table.events a.event-link >> text=Tiếp")
    page.wait_for_url("**/events/*")
    page.click("a.org-link >> text=Văn phòng Trung ương Đảng Nhân dân Cách mạng Lào")
    page.wait_for_url("**/organisations/*")
    _shot(page, "05-organisation")
    page.fill("input[name=b]", "Văn phòng Trung ương Đảng Cộng sản Việt Nam")
    page.click("form.filters button")
    page.wait_for_url("**/dossier?*")
    body = page.locator("main").inner_text()
    assert "Kế hoạch hợp tác giai đoạn 2021-2025" in body and "Đang hiệu lực" in body and "50 tỷ đồng" in body
    _shot(page, "06-dossier")
    page.emulate_media(media="print")
    assert not page.locator("header.site").is_visible()  # the print stylesheet hides navigation
    _shot(page, "07-dossier-print")
    page.emulate_media(media="screen")
    assert page.problems == []  # type: ignore[attr-defined]


def test_hostile_article_does_not_run(server: str, page) -> None:  # type: ignore[no-untyped-def]
    page.goto(server + "/documents/hostile-xss")
    text = page.locator("#doctext").inner_text()
    assert "<script>alert('xss')</script>" in text and "onerror=alert(1)" in text
    assert page.locator("#doctext script, #doctext img, #doctext a").count() == 0
    assert page.locator("details.removed").get_attribute("open") is None  # boilerplate folded away
    page.click("details.removed summary")
    assert "alert('removed')" in page.locator("details.removed").inner_text()
    _shot(page, "08-hostile-document")
    assert page.problems == []  # type: ignore[attr-defined]  # no alert() dialog, no CSP error


def test_timeline_filters_live_and_english_switch(server: str, page) -> None:  # type: ignore[no-untyped-def]
    page.goto(server + "/timeline")
    filled = 'svg.chart rect.bar:not([data-count="0"])'
    assert page.locator(filled).count() == 4
    assert page.locator("svg.chart rect.bar").count() == 27  # every month from 2022-03 to 2024-05
    page.fill("input[name=countries]", "VN-LA")
    page.wait_for_function("() => document.querySelector('#event-total').textContent === '2'")
    assert page.locator(filled).count() == 2
    _shot(page, "09-timeline")
    page.click("#lang-switch")
    page.wait_for_url("**lang=en**")
    assert page.locator("h1").inner_text() == "Events over time"
    page.goto(server + "/agreements")  # the cookie keeps English
    assert page.locator("h1").inner_text() == "Cooperation agreements"
    _shot(page, "10-agreements-en")
    assert page.problems == []  # type: ignore[attr-defined]
