"""Server-rendered pages (Jinja2, autoescaped). Vietnamese labels by default, ``?lang=en`` switches.

A request carrying ``X-Partial: 1`` (sent by static/app.js for live filtering) gets
only the results fragment, so filtering needs no client-side templates.
"""
from __future__ import annotations

from collections import defaultdict
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, FastAPI, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, Response
from fastapi.templating import Jinja2Templates

from hoptac.model import AGREEMENT_STATUSES, EVENT_TYPES
from hoptac.serve import params as P
from hoptac.serve import render as R
from hoptac.serve.app import HERE
from hoptac.serve.i18n import LANG_COOKIE, Labels, pick_lang
from hoptac.store import queries as Q

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)
templates = Jinja2Templates(directory=str(HERE / "templates"))
templates.env.autoescape = True  # every template, whatever its extension
templates.env.trim_blocks = True
templates.env.lstrip_blocks = True
templates.env.globals.update(EVENT_TYPES=EVENT_TYPES, AGREEMENT_STATUSES=AGREEMENT_STATUSES)


def _static(name: str) -> str:
    return f"/static/{name}"


templates.env.globals["static"] = _static


def safe_url(url: str | None) -> str | None:
    """Only http(s) links from article metadata become links: no ``javascript:``, ``data:`` etc."""
    if not url:
        return None
    u = url.strip()
    return u if u.lower().startswith(("http://", "https://")) and not any(c in u for c in "\x00\n\r\t") else None


templates.env.filters["safe_url"] = safe_url


def _lang(request: Request) -> str:
    return pick_lang(request.query_params.get("lang"), request.cookies.get(LANG_COOKIE))


def _url_with(request: Request, **changes: Any) -> str:
    """The current URL with some query parameters replaced (None removes one)."""
    params = dict(request.query_params)
    for k, v in changes.items():
        if v is None:
            params.pop(k, None)
        else:
            params[k] = str(v)
    qs = urlencode(params)
    return request.url.path + ("?" + qs if qs else "")


def page(request: Request, template: str, status: int = 200, **context: Any) -> Response:
    """Render a page (or only its fragment for X-Partial requests); remember ``?lang=``."""
    lang = _lang(request)
    other = "en" if lang == "vi" else "vi"
    partial = request.headers.get("x-partial") == "1" and "fragment" in context
    ctx = {
        "request": request, "t": Labels(lang), "lang": lang, "other_lang": other,
        "lang_url": _url_with(request, lang=other), "url_with": lambda **kw: _url_with(request, **kw),
        **context,
    }
    resp = templates.TemplateResponse(request, context["fragment"] if partial else template, ctx, status_code=status)
    if request.query_params.get("lang") in ("vi", "en"):
        resp.set_cookie(LANG_COOKIE, lang, max_age=365 * 24 * 3600, httponly=True, samesite="lax")
    return resp


def install_error_pages(app: FastAPI) -> None:
    """HTML error pages for browsers, the same status and message as the JSON shape."""

    def render_error(request: Request, status: int, message: str, headers: dict[str, str] | None) -> Response:
        resp = page(request, "error.html", status=status, status_code=status, message=message)
        for k, v in (headers or {}).items():
            resp.headers[k] = v
        return resp

    app.state.render_error = render_error


def _db(request: Request) -> Any:
    return request.app.state.engine


# --- pages ---------------------------------------------------------------------------


@router.get("/")
def home(request: Request) -> Response:
    db = _db(request)
    return page(request, "home.html", stats={**Q.get_stats(db), **Q.get_details(db)}, latest=Q.latest_events(db, 10))


@router.get("/search")
def search_page(request: Request, q: P.Q = None) -> Response:
    q = P.clean_text(q)
    from hoptac.serve.api import split_search

    results = split_search(P.call(Q.search, _db(request), q, limit=20)) if q else None
    return page(request, "search.html", fragment="_search_results.html", q=q or "", results=results)


def _sides(participants: list[dict[str, Any]]) -> list[tuple[str, list[dict[str, Any]]]]:
    """Participants grouped by the country they represent, heads first (already ordered by the store)."""
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for p in participants:
        groups[p.get("country") or "?"].append(p)
    return list(groups.items())


@router.get("/timeline")
def timeline_page(request: Request, countries: P.Countries = None, organisation: P.Organisation = None,
                  person: P.Person = None, type: Annotated[str | None, Query(max_length=32)] = None,
                  date_from: P.DateFrom = None, date_to: P.DateTo = None,
                  by: Annotated[str, Query(pattern="^(month|year)$")] = "month",
                  limit: P.Limit = 50, offset: P.Offset = 0) -> Response:
    db = _db(request)
    type_ = type if type in EVENT_TYPES else None
    org, per = P.clean_ref(organisation), P.clean_ref(person)
    points = P.call(Q.timeline, db, by=by, type=type_, country_pair=countries, person=per, organisation=org)
    points = [p for p in points if (not date_from or p["period"] >= date_from[: len(p["period"])])
              and (not date_to or p["period"] <= date_to[: len(p["period"])])]
    events = P.call(Q.list_events, db, person=per, organisation=org, country_pair=countries, type=type_,
                    date_from=date_from, date_to=date_to, limit=limit, offset=offset)
    chart = R.bar_chart(R.fill_periods([(p["period"], p["count"]) for p in points], by))
    filters = {"countries": countries or "", "organisation": organisation or "", "person": person or "",
               "type": type_ or "", "from": date_from or "", "to": date_to or "", "by": by}
    return page(request, "timeline.html", fragment="_timeline_results.html", chart=chart, events=events,
                filters=filters, pages=R.page_links(events["total"], limit, offset))


@router.get("/events/{event_id}")
def event_page(request: Request, event_id: P.IntId) -> Response:
    db = _db(request)
    event = P.call(Q.get_event, db, event_id)
    if event is None:
        raise HTTPException(404, f"no event {event_id}")
    texts = Q.document_texts(db, [src["document"]["doc_id"] for src in event.get("sources", [])])
    sources = []
    for src in event.get("sources", []):
        ev = src.get("evidence") or {}
        text = texts.get(src["document"]["doc_id"])
        ctx = R.context(text, ev["start"], ev["end"]) if text and ev else ("", ev.get("text", ""), "")
        sources.append({**src, "context": ctx})
    titles = Q.participant_titles(db, event_id)
    for p in event["participants"]:
        p["titles"] = titles.get(p["person_id"], [])
    return page(request, "event.html", event=event, sides=_sides(event["participants"]), sources=sources)


@router.get("/people/{person}")
def person_page(request: Request, person: P.Ref) -> Response:
    return page(request, "person.html", person=P.one_or_404(Q.get_person, _db(request), person, "person"))


@router.get("/organisations/{org}")
def organisation_page(request: Request, org: P.Ref) -> Response:
    return page(request, "organisation.html", org=P.one_or_404(Q.get_organisation, _db(request), org, "organisation"))


@router.get("/dossier")
def dossier_page(request: Request, a: Annotated[str | None, Query(max_length=500)] = None,
                 b: Annotated[str | None, Query(max_length=500)] = None) -> Response:
    db = _db(request)
    ra, rb = P.clean_ref(a), P.clean_ref(b)
    orgs = Q.list_organisations(db, limit=500)["items"]
    if not (ra and rb):
        return page(request, "dossier_pick.html", orgs=orgs, a=a or "", b=b or "")
    found = P.call(Q.organisation_pair_dossier, db, ra, rb)
    if found is None:
        raise HTTPException(404, "no such organisation pair")
    commitments = _dossier_commitments(db, found)
    return page(request, "dossier.html", d=found, commitments=commitments)


def _dossier_commitments(db: Any, dossier: dict[str, Any]) -> list[dict[str, Any]]:
    """Commitments stated in the documents that report the pair's joint events or agreements."""
    doc_ids: list[str] = []
    for srcs in Q.event_sources(db, [e["id"] for e in dossier["events"]]).values():
        doc_ids += [s["document"]["doc_id"] for s in srcs]
    for g in dossier["agreements"]:
        doc_ids += [h["document"]["doc_id"] for h in g.get("status_history", [])]
    out: list[dict[str, Any]] = []
    for doc_id in dict.fromkeys(doc_ids):
        doc = Q.get_document(db, doc_id)
        if not doc:
            continue
        for c in doc["facts"]["commitments"]:
            out.append({**c, "document": {k: doc[k] for k in ("doc_id", "title", "published", "url", "outlet")}})
    return out


@router.get("/agreements")
def agreements_page(request: Request, q: P.Q = None, organisation: P.Organisation = None,
                    status: Annotated[str | None, Query(max_length=32)] = None,
                    year: Annotated[str | None, Query(max_length=4)] = None,
                    limit: P.Limit = 50, offset: P.Offset = 0) -> Response:
    status_ = status if status in AGREEMENT_STATUSES else None
    year_ = int(year) if year and year.isascii() and year.isdigit() and 1900 <= int(year) <= 2200 else None
    found = P.call(Q.list_agreements, _db(request), q=P.clean_text(q), organisation=P.clean_ref(organisation),
                   status=status_, year=year_, limit=limit, offset=offset)
    filters = {"q": q or "", "organisation": organisation or "", "status": status_ or "", "year": year_ or ""}
    return page(request, "agreements.html", fragment="_agreements_results.html", agreements=found,
                filters=filters, pages=R.page_links(found["total"], limit, offset))


_FACT_KINDS = (("people", "person"), ("events", "event"), ("agreements", "agreement"), ("commitments", "commitment"))


def _fact_span(text: str, fact: dict[str, Any], kind: str) -> R.Span | None:
    """The fact's evidence span, narrowed to the name or quantity when it occurs in that sentence."""
    ev = fact.get("evidence")
    if not ev:
        return None
    start, end = ev["start"], ev["end"]
    needle = fact.get("name") if kind in ("person", "agreement") else fact.get("quantity") if kind == "commitment" else None
    label = str(fact.get("name") or fact.get("type") or fact.get("what") or "")
    if needle:
        at = text.find(needle, start, end)
        if at >= 0:
            return R.Span(at, at + len(needle), kind, label)
    return R.Span(start, end, kind, label)


@router.get("/documents/{doc_id:path}")
def document_page(request: Request, doc_id: str) -> Response:
    ref = P.clean_text(doc_id)
    doc = P.call(Q.get_document, _db(request), ref) if ref and len(ref) <= 500 else None
    if doc is None:
        raise HTTPException(404, "no such document")
    spans = [span for key, kind in _FACT_KINDS for f in doc["facts"][key] if (span := _fact_span(doc["clean_text"], f, kind))]
    segments = R.highlight(doc["clean_text"], spans)
    return page(request, "document.html", doc=doc, segments=segments)
