"""The JSON API under /api. Shapes follow docs/store-api.md; errors use the one error shape."""
from __future__ import annotations

import hmac
from typing import Annotated, Any

from fastapi import APIRouter, Header, HTTPException, Query, Request

from hoptac.serve import params as P
from hoptac.store import queries as Q

router = APIRouter(prefix="/api", tags=["api"])


def _db(request: Request) -> Any:
    return request.app.state.engine


def split_search(hits: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """The store's flat hit list grouped by kind, in the API's shape."""
    out: dict[str, list[dict[str, Any]]] = {"documents": [], "people": [], "events": []}
    for h in hits:
        if h["kind"] == "document":
            doc = {"doc_id": h["id"], "title": h["title"], "published": h.get("published"),
                   "outlet": h.get("outlet"), "snippet": h["snippet"], "score": h["score"]}
            if h.get("via"):
                doc["via"] = h["via"]
            out["documents"].append(doc)
        elif h["kind"] == "person":
            out["people"].append({"id": h["id"], "entity_id": h.get("entity_id"), "name": h["title"],
                                  "country": h.get("country"), "snippet": h["snippet"], "score": h["score"]})
        elif h["kind"] == "event":
            out["events"].append({"id": h["id"], "title": h["title"], "snippet": h["snippet"], "score": h["score"]})
    return out


@router.get("/search", summary="Search documents, people and events")
def api_search(request: Request, q: Annotated[str, Query(max_length=500)],
               limit: Annotated[int, Query(ge=1, le=100)] = 20) -> dict[str, Any]:
    """Accent-insensitive: "hoi dam vieng chan" finds "hội đàm … Viêng Chăn"; any string is safe."""
    q = P.clean_text(q) or ""
    return {"query": q, **split_search(P.call(Q.search, _db(request), q, limit=limit))}


def _paged(key: str, page: dict[str, Any], limit: int, offset: int) -> dict[str, Any]:
    """The one shape of every list answer: the items under their own name, with paging."""
    return {key: page["items"], "total": page["total"], "limit": limit, "offset": offset}


@router.get("/events", summary="Events, newest first, filtered and paginated")
def api_events(request: Request, q: P.Q = None, person: P.Person = None, organisation: P.Organisation = None,
               countries: P.Countries = None, type: P.EventType | None = None, date_from: P.DateFrom = None,
               date_to: P.DateTo = None, limit: P.Limit = 50, offset: P.Offset = 0) -> dict[str, Any]:
    page = P.call(Q.list_events, _db(request), q=P.clean_text(q), person=P.clean_ref(person),
                  organisation=P.clean_ref(organisation), country_pair=countries, type=type,
                  date_from=date_from, date_to=date_to, limit=limit, offset=offset)
    return _paged("events", page, limit, offset)


@router.get("/events/{event_id}", summary="One event with participants and every source")
def api_event(request: Request, event_id: P.IntId) -> dict[str, Any]:
    event = P.call(Q.get_event, _db(request), event_id)
    if event is None:
        raise HTTPException(404, f"no event {event_id}")
    return event


@router.get("/timeline", summary="Event counts per month or year")
def api_timeline(request: Request, by: Annotated[str, Query(pattern="^(month|year)$")] = "month",
                 person: P.Person = None, organisation: P.Organisation = None, countries: P.Countries = None,
                 type: P.EventType | None = None) -> dict[str, Any]:
    points = P.call(Q.timeline, _db(request), by=by, type=type, country_pair=countries,
                    person=P.clean_ref(person), organisation=P.clean_ref(organisation))
    return {"by": by, "periods": points}


@router.get("/people", summary="People, most active first")
def api_people(request: Request, q: P.Q = None, country: Annotated[str | None, Query(pattern="^[A-Za-z]{2}$")] = None,
               limit: P.Limit = 50, offset: P.Offset = 0) -> dict[str, Any]:
    page = P.call(Q.list_people, _db(request), q=P.clean_text(q), country=country, limit=limit, offset=offset)
    return _paged("people", page, limit, offset)


@router.get("/people/{person}", summary="One person: spellings, titles over time, events")
def api_person(request: Request, person: P.Ref) -> dict[str, Any]:
    return P.one_or_404(Q.get_person, _db(request), person, "person")


@router.get("/organisations", summary="Organisations by name")
def api_organisations(request: Request, q: P.Q = None,
                      country: Annotated[str | None, Query(pattern="^[A-Za-z]{2}$")] = None,
                      limit: P.Limit = 50, offset: P.Offset = 0) -> dict[str, Any]:
    page = P.call(Q.list_organisations, _db(request), q=P.clean_text(q), country=country, limit=limit, offset=offset)
    return _paged("organisations", page, limit, offset)


@router.get("/organisations/{org}", summary="One organisation: people, events, agreements")
def api_organisation(request: Request, org: P.Ref) -> dict[str, Any]:
    return P.one_or_404(Q.get_organisation, _db(request), org, "organisation")


@router.get("/dossier", summary="What two organisations did together")
def api_dossier(request: Request, a: Annotated[str, Query(min_length=1, max_length=500)],
                b: Annotated[str, Query(min_length=1, max_length=500)]) -> dict[str, Any]:
    ra, rb = P.clean_ref(a), P.clean_ref(b)
    found = P.call(Q.organisation_pair_dossier, _db(request), ra, rb) if ra and rb else None
    if found is None:
        raise HTTPException(404, "no such organisation pair")
    return found


@router.get("/agreements", summary="The agreement registry")
def api_agreements(request: Request, q: P.Q = None, organisation: P.Organisation = None,
                   status: P.AgreementStatus | None = None, year: Annotated[int | None, Query(ge=1900, le=2200)] = None,
                   limit: P.Limit = 50, offset: P.Offset = 0) -> dict[str, Any]:
    page = P.call(Q.list_agreements, _db(request), q=P.clean_text(q), organisation=P.clean_ref(organisation),
                  status=status, year=year, limit=limit, offset=offset)
    return _paged("agreements", page, limit, offset)


@router.get("/agreements/{agreement_id}", summary="One agreement with parties and status history")
def api_agreement(request: Request, agreement_id: P.IntId) -> dict[str, Any]:
    found = P.call(Q.get_agreement, _db(request), agreement_id)
    if found is None:
        raise HTTPException(404, f"no agreement {agreement_id}")
    return found


@router.get("/documents", summary="Documents, newest first")
def api_documents(request: Request, q: P.Q = None, outlet: Annotated[str | None, Query(max_length=255)] = None,
                  limit: P.Limit = 50, offset: P.Offset = 0) -> dict[str, Any]:
    page = P.call(Q.list_documents, _db(request), q=P.clean_text(q), outlet=P.clean_text(outlet), limit=limit, offset=offset)
    return _paged("documents", page, limit, offset)


@router.get("/documents/{doc_id:path}", summary="One document: clean text, removed boilerplate, facts with offsets")
def api_document(request: Request, doc_id: str) -> dict[str, Any]:
    ref = P.clean_text(doc_id)
    found = P.call(Q.get_document, _db(request), ref) if ref and len(ref) <= 500 else None
    if found is None:
        raise HTTPException(404, "no such document")
    return found


@router.get("/stats", summary="Counts of everything in the store")
def api_stats(request: Request) -> dict[str, Any]:
    db = _db(request)
    return {**Q.get_stats(db), **Q.get_details(db)}


@router.post("/admin/reload", summary="Re-open the database (needs the write token)",
             responses={401: {"description": "Missing or wrong token"}, 403: {"description": "Writes disabled"}})
def api_reload(request: Request, authorization: Annotated[str | None, Header()] = None) -> dict[str, Any]:
    """Drop pooled connections and re-run migrations, e.g. after the database file was replaced.

    Enabled only when the server was started with ``--write-token``; the token must come
    as ``Authorization: Bearer TOKEN`` and is compared in constant time.
    """
    token = request.app.state.write_token
    if not token:
        raise HTTPException(403, "this server is read-only (start it with --write-token to enable admin routes)")
    given = (authorization or "").removeprefix("Bearer ").strip()
    if not authorization or not authorization.startswith("Bearer ") or not hmac.compare_digest(given.encode(), token.encode()):
        raise HTTPException(401, "a valid 'Authorization: Bearer TOKEN' header is required",
                            headers={"WWW-Authenticate": "Bearer"})
    from hoptac.store import migrate

    engine = request.app.state.engine
    engine.dispose()
    version = migrate(engine)
    return {"reloaded": True, "schema_version": version}
