"""The store's read API: plain functions that take an Engine or Connection and return dicts.

The web UI, the JSON API, ``hoptac search``/``stats`` and the exporters all read
through here, so the shapes below are a contract (documented in docs/store-api.md):
add keys freely, never rename or remove one.

Shared shapes:
- evidence: ``{"id", "start", "end", "text"}`` — character offsets in the document's clean text.
- document ref: ``{"doc_id", "title", "outlet", "published", "url"}``.
- participant: ``{"person_id", "entity_id", "name", "role", "country", "organisation"}``.
- event summary: ``{"id", "type", "date", "end_date", "place", "planned", "cameo_code",
  "plover_category", "participants": [participant], "source_count"}``.
- paged list: ``{"total", "limit", "offset", "items": [...]}``.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from hoptac.clean.normalize import fold
from hoptac.store import schema as S
from hoptac.store import search as _search

Db = Engine | Connection


@contextmanager
def _connect(db: Db) -> Iterator[Connection]:
    if isinstance(db, Connection):
        yield db
    else:
        with db.connect() as conn:
            yield conn


def _evidence(row: Any, prefix: str = "ev_") -> dict[str, Any] | None:
    m = row._mapping
    if m.get(prefix + "id") is None:
        return None
    return {"id": m[prefix + "id"], "start": m[prefix + "start"], "end": m[prefix + "end"], "text": m[prefix + "text"]}


def _ev_cols() -> list[Any]:
    e = S.evidence
    return [e.c.id.label("ev_id"), e.c.start.label("ev_start"), e.c.end.label("ev_end"), e.c.text.label("ev_text")]


def _doc_ref(row: Any) -> dict[str, Any]:
    m = row._mapping
    title = m["doc_title"] if "doc_title" in m else m["title"]
    return {"doc_id": m["doc_id"], "title": title, "outlet": m["outlet"], "published": m["published"], "url": m["url"]}


def _doc_ref_cols() -> list[Any]:
    # the document's title is labelled apart: person_titles also has a "title" column
    d = S.documents
    return [d.c.doc_id, d.c.title.label("doc_title"), d.c.outlet, d.c.published, d.c.url]


def _paged(total: int, limit: int, offset: int, items: list[dict[str, Any]]) -> dict[str, Any]:
    return {"total": total, "limit": limit, "offset": offset, "items": items}


def _person_ref(conn: Connection, person: int | str) -> int | None:
    """A person id from an id or an entity_id."""
    p = S.people
    if isinstance(person, int) or (isinstance(person, str) and person.isdigit()):
        return conn.execute(sa.select(p.c.id).where(p.c.id == int(person))).scalar()
    return conn.execute(sa.select(p.c.id).where(p.c.entity_id == person)).scalar()


def _org_ref(conn: Connection, org: int | str) -> int | None:
    """An organisation id from an id, its key or any of its names (accent-insensitive)."""
    o = S.organisations
    if isinstance(org, int) or (isinstance(org, str) and org.isdigit()):
        return conn.execute(sa.select(o.c.id).where(o.c.id == int(org))).scalar()
    key = org_key(org)
    found = conn.execute(sa.select(o.c.id).where(o.c.key == key)).scalar()
    if found is None:
        a = S.organisation_aliases
        found = conn.execute(sa.select(a.c.organisation_id).where(a.c.folded == key).limit(1)).scalar()
    return found


def org_key(name: str) -> str:
    """The identity of an organisation name: folded, single-spaced."""
    return " ".join(fold(name).split())


# --- counts ------------------------------------------------------------------------


def get_stats(db: Db) -> dict[str, int]:
    """Row counts for ``hoptac stats``: documents, events, people, organisations, agreements, failed."""
    with _connect(db) as conn:
        def count(t: sa.Table) -> int:
            return int(conn.execute(sa.select(sa.func.count()).select_from(t)).scalar() or 0)

        return {
            "documents": count(S.documents),
            "events": count(S.events),
            "people": count(S.people),
            "organisations": count(S.organisations),
            "agreements": count(S.agreements),
            "failed": count(S.failed_inputs),
        }


def get_details(db: Db) -> dict[str, int]:
    """Counts beyond get_stats, for the UI's overview: near-duplicates, sources, aliases, evidence."""
    with _connect(db) as conn:
        def count(stmt: Any) -> int:
            return int(conn.execute(stmt).scalar() or 0)

        d = S.documents
        return {
            "near_duplicates": count(sa.select(sa.func.count()).select_from(d).where(d.c.near_dup_of.is_not(None))),
            "event_sources": count(sa.select(sa.func.count()).select_from(S.event_sources)),
            "person_aliases": count(sa.select(sa.func.count()).select_from(S.person_aliases)),
            "commitments": count(sa.select(sa.func.count()).select_from(S.commitments)),
            "evidence": count(sa.select(sa.func.count()).select_from(S.evidence)),
        }


# --- search ------------------------------------------------------------------------


def search(db: Db, q: str, limit: int = 20) -> list[dict[str, Any]]:
    """Accent-insensitive search over people, events and documents (``limit`` hits per kind).

    Hit: ``{"kind": "person"|"event"|"document", "id", "title", "snippet", "score"}``;
    ``id`` is the person id, event id or the document's ``doc_id``. A document found
    because it names a matching person (under any spelling of that person) carries
    ``"via": {"person_id", "name"}``: that is how a romanised Lao name finds an article
    that only has the Vietnamese transliteration.
    """
    hits: list[dict[str, Any]] = []
    with _connect(db) as conn:
        p, d = S.people, S.documents
        person_hits = _search.match(conn, q, "person", limit)
        if person_hits:
            rows = {r.id: r for r in conn.execute(sa.select(p.c.id, p.c.entity_id, p.c.canonical_name, p.c.country).where(p.c.id.in_([i for i, _ in person_hits])))}
            aliases = _aliases(conn, list(rows))
            for pid, score in person_hits:
                r = rows.get(pid)
                if r is None:
                    continue
                names = aliases.get(pid, [])
                snip = _search.snippet(", ".join(names), q) if names else ""
                hits.append(_search.as_hit("person", pid, r.canonical_name, snip, score, entity_id=r.entity_id, country=r.country))
        event_hits = _search.match(conn, q, "event", limit)
        if event_hits:
            summaries = {s["id"]: s for s in _event_summaries(conn, [i for i, _ in event_hits])}
            for eid, score in event_hits:
                s = summaries.get(eid)
                if s is None:
                    continue
                title = " ".join(x for x in (s["type"], s["date"] or "", s["place"] or "") if x)
                names = ", ".join(pp["name"] for pp in s["participants"])
                hits.append(_search.as_hit("event", eid, title, names, score))
        doc_hits = _search.match(conn, q, "document", limit)
        seen: set[int] = set()
        if doc_hits:
            rows = {r.id: r for r in conn.execute(sa.select(d.c.id, d.c.doc_id, d.c.title, d.c.clean_text, d.c.published, d.c.outlet).where(d.c.id.in_([i for i, _ in doc_hits])))}
            for did, score in doc_hits:
                r = rows.get(did)
                if r is None:
                    continue
                seen.add(did)
                hits.append(_search.as_hit("document", r.doc_id, r.title, _search.snippet(r.clean_text, q), score, published=r.published, outlet=r.outlet))
        if person_hits and len(seen) < limit:
            m = S.person_mentions
            pids = [i for i, _ in person_hits]
            rows = conn.execute(
                sa.select(m.c.document_id, m.c.person_id, m.c.name, m.c.evidence_id, d.c.doc_id, d.c.title, d.c.published, d.c.outlet,
                          S.evidence.c.text.label("ev_text"))
                .join(d, d.c.id == m.c.document_id)
                .join(S.evidence, S.evidence.c.id == m.c.evidence_id)
                .where(m.c.person_id.in_(pids))
                .order_by(m.c.document_id.desc(), m.c.id)
                .limit(limit * 10)
            ).all()
            for r in rows:
                if r.document_id in seen or len(seen) >= limit:
                    continue
                seen.add(r.document_id)
                hits.append(_search.as_hit("document", r.doc_id, r.title, r.ev_text, 0.0, published=r.published, outlet=r.outlet,
                                           via={"person_id": r.person_id, "name": r.name}))
    return hits


# --- events ------------------------------------------------------------------------


def _aliases(conn: Connection, person_ids: Sequence[int]) -> dict[int, list[str]]:
    a = S.person_aliases
    out: dict[int, list[str]] = defaultdict(list)
    if person_ids:
        for r in conn.execute(sa.select(a.c.person_id, a.c.alias).where(a.c.person_id.in_(list(person_ids))).order_by(a.c.person_id, a.c.mentions.desc(), a.c.alias)):
            out[r.person_id].append(r.alias)
    return out


def _participants(conn: Connection, event_ids: Sequence[int]) -> dict[int, list[dict[str, Any]]]:
    ep, p, o = S.event_participants, S.people, S.organisations
    out: dict[int, list[dict[str, Any]]] = defaultdict(list)
    if not event_ids:
        return out
    stmt = (
        sa.select(ep.c.event_id, ep.c.person_id, p.c.entity_id, ep.c.name, ep.c.role, ep.c.country,
                  ep.c.organisation_id, o.c.canonical_name.label("org_name"))
        .join(p, p.c.id == ep.c.person_id)
        .outerjoin(o, o.c.id == ep.c.organisation_id)
        .where(ep.c.event_id.in_(list(event_ids)))
        .order_by(ep.c.event_id, sa.case((ep.c.role == "head", 0), else_=1), ep.c.id)
    )
    for r in conn.execute(stmt):
        out[r.event_id].append({
            "person_id": r.person_id, "entity_id": r.entity_id, "name": r.name, "role": r.role,
            "country": r.country, "organisation": r.org_name, "organisation_id": r.organisation_id,
        })
    return out


def _event_summaries(conn: Connection, event_ids: Sequence[int]) -> list[dict[str, Any]]:
    """Event summaries in the order of ``event_ids``."""
    if not event_ids:
        return []
    e, es = S.events, S.event_sources
    ids = list(event_ids)
    rows = {r.id: r for r in conn.execute(sa.select(e).where(e.c.id.in_(ids)))}
    counts = dict(conn.execute(
        sa.select(es.c.event_id, sa.func.count(sa.distinct(es.c.document_id))).where(es.c.event_id.in_(ids)).group_by(es.c.event_id)
    ).all())
    parts = _participants(conn, ids)
    out = []
    for i in ids:
        r = rows.get(i)
        if r is None:
            continue
        out.append({
            "id": r.id, "type": r.type, "date": r.date, "end_date": r.end_date, "place": r.place,
            "planned": bool(r.planned), "cameo_code": r.cameo_code, "plover_category": r.plover_category,
            "participants": parts.get(r.id, []), "source_count": int(counts.get(r.id, 0)),
        })
    return out


def _country_pair(pair: str | Sequence[str]) -> tuple[str, str]:
    if isinstance(pair, str):
        parts = [x for x in pair.replace(",", "-").replace("/", "-").split("-") if x]
    else:
        parts = list(pair)
    if len(parts) != 2:
        raise ValueError(f"country pair {pair!r}: give two ISO codes, like VN-LA")
    return parts[0].strip().upper(), parts[1].strip().upper()


def _event_filter(conn: Connection, *, q: str | None = None, person: int | str | None = None,
                  organisation: int | str | None = None, country_pair: str | Sequence[str] | None = None,
                  type: str | None = None, date_from: str | None = None, date_to: str | None = None) -> list[Any] | None:
    """WHERE conditions on events; None when a filter names something that does not exist (no rows)."""
    e, ep = S.events, S.event_participants
    conds: list[Any] = []
    if type:
        conds.append(e.c.type == type)
    if date_from:
        conds.append(e.c.date >= date_from)
    if date_to:
        # "2021-06" as an upper bound includes 2021-06-30: compare on the prefix.
        conds.append(sa.func.substr(e.c.date, 1, len(date_to)) <= date_to)
    if person is not None and person != "":
        pid = _person_ref(conn, person)
        if pid is None:
            return None
        conds.append(e.c.id.in_(sa.select(ep.c.event_id).where(ep.c.person_id == pid)))
    if organisation is not None and organisation != "":
        oid = _org_ref(conn, organisation)
        if oid is None:
            return None
        conds.append(e.c.id.in_(sa.select(ep.c.event_id).where(ep.c.organisation_id == oid)))
    if country_pair:
        a, b = _country_pair(country_pair)
        conds.append(e.c.id.in_(sa.select(ep.c.event_id).where(ep.c.country == a)))
        conds.append(e.c.id.in_(sa.select(ep.c.event_id).where(ep.c.country == b)))
    if q:
        ids = [i for i, _ in _search.match(conn, q, "event", 10_000)]
        conds.append(e.c.id.in_(ids))
    return conds


def list_events(db: Db, *, q: str | None = None, person: int | str | None = None, organisation: int | str | None = None,
                country_pair: str | Sequence[str] | None = None, type: str | None = None, date_from: str | None = None,
                date_to: str | None = None, limit: int = 50, offset: int = 0) -> dict[str, Any]:
    """Events, newest first, filtered; a paged list of event summaries.

    ``person``: id or entity_id; ``organisation``: id or name; ``country_pair``: "VN-LA";
    dates compare as text, so "2021" or "2021-06" work as bounds.
    """
    e = S.events
    with _connect(db) as conn:
        conds = _event_filter(conn, q=q, person=person, organisation=organisation, country_pair=country_pair,
                              type=type, date_from=date_from, date_to=date_to)
        if conds is None:
            return _paged(0, limit, offset, [])
        total = int(conn.execute(sa.select(sa.func.count()).select_from(e).where(*conds)).scalar() or 0)
        ids = [r[0] for r in conn.execute(
            sa.select(e.c.id).where(*conds).order_by(e.c.date.desc().nulls_last(), e.c.id.desc()).limit(limit).offset(offset)
        )]
        return _paged(total, limit, offset, _event_summaries(conn, ids))


def latest_events(db: Db, n: int = 10) -> list[dict[str, Any]]:
    """The ``n`` most recent dated events."""
    e = S.events
    with _connect(db) as conn:
        ids = [r[0] for r in conn.execute(
            sa.select(e.c.id).where(e.c.date.is_not(None)).order_by(e.c.date.desc(), e.c.id.desc()).limit(n)
        )]
        return _event_summaries(conn, ids)


def get_event(db: Db, event_id: int) -> dict[str, Any] | None:
    """One event with participants and every source: ``sources: [{document: doc ref, evidence}]``."""
    es, d = S.event_sources, S.documents
    with _connect(db) as conn:
        found = _event_summaries(conn, [int(event_id)])
        if not found:
            return None
        event = found[0]
        rows = conn.execute(
            sa.select(*_doc_ref_cols(), *_ev_cols())
            .select_from(es).join(d, d.c.id == es.c.document_id).join(S.evidence, S.evidence.c.id == es.c.evidence_id)
            .where(es.c.event_id == event["id"]).order_by(d.c.published, d.c.id, S.evidence.c.start)
        ).all()
        event["sources"] = [{"document": _doc_ref(r), "evidence": _evidence(r)} for r in rows]
        return event


def timeline(db: Db, *, by: str = "month", type: str | None = None, country_pair: str | Sequence[str] | None = None,
             person: int | str | None = None, organisation: int | str | None = None) -> list[dict[str, Any]]:
    """Event counts per period (``by``: "year" or "month"), oldest first: ``[{"period", "count"}]``."""
    if by not in ("year", "month"):
        raise ValueError("timeline: by must be 'year' or 'month'")
    e = S.events
    width = 4 if by == "year" else 7
    with _connect(db) as conn:
        conds = _event_filter(conn, type=type, country_pair=country_pair, person=person, organisation=organisation)
        if conds is None:
            return []
        period = sa.func.substr(e.c.date, 1, width).label("period")
        rows = conn.execute(
            sa.select(period, sa.func.count().label("n")).where(e.c.date.is_not(None), sa.func.length(e.c.date) >= width, *conds)
            .group_by(period).order_by(period)
        ).all()
        return [{"period": r.period, "count": int(r.n)} for r in rows]


# --- people and organisations -------------------------------------------------------


def list_people(db: Db, *, q: str | None = None, country: str | None = None, limit: int = 50, offset: int = 0) -> dict[str, Any]:
    """People by number of events; each ``{"id", "entity_id", "name", "country", "aliases", "event_count"}``."""
    p, ep = S.people, S.event_participants
    with _connect(db) as conn:
        conds: list[Any] = []
        if country:
            conds.append(p.c.country == country.upper())
        if q:
            conds.append(p.c.id.in_([i for i, _ in _search.match(conn, q, "person", 10_000)]))
        total = int(conn.execute(sa.select(sa.func.count()).select_from(p).where(*conds)).scalar() or 0)
        n_events = sa.select(sa.func.count()).where(ep.c.person_id == p.c.id).scalar_subquery()
        rows = conn.execute(
            sa.select(p.c.id, p.c.entity_id, p.c.canonical_name, p.c.country, n_events.label("n"))
            .where(*conds).order_by(sa.desc("n"), p.c.canonical_name).limit(limit).offset(offset)
        ).all()
        aliases = _aliases(conn, [r.id for r in rows])
        items = [{"id": r.id, "entity_id": r.entity_id, "name": r.canonical_name, "country": r.country,
                  "aliases": aliases.get(r.id, []), "event_count": int(r.n)} for r in rows]
        return _paged(total, limit, offset, items)


def get_person(db: Db, person: int | str) -> dict[str, Any] | None:
    """One person (id or entity_id): aliases with counts, titles over time with evidence, events, documents."""
    p, a, t, o, d, m = S.people, S.person_aliases, S.person_titles, S.organisations, S.documents, S.person_mentions
    with _connect(db) as conn:
        pid = _person_ref(conn, person)
        if pid is None:
            return None
        r = conn.execute(sa.select(p).where(p.c.id == pid)).one()
        aliases = [{"alias": x.alias, "mentions": x.mentions} for x in conn.execute(
            sa.select(a.c.alias, a.c.mentions).where(a.c.person_id == pid).order_by(a.c.mentions.desc(), a.c.alias))]
        titles = [
            {"title": x.title, "organisation": x.org_name, "organisation_id": x.organisation_id, "date": x.date,
             "document": _doc_ref(x), "evidence": _evidence(x)}
            for x in conn.execute(
                sa.select(t.c.title, t.c.organisation_id, o.c.canonical_name.label("org_name"), t.c.date, *_doc_ref_cols(), *_ev_cols())
                .select_from(t).outerjoin(o, o.c.id == t.c.organisation_id).join(d, d.c.id == t.c.document_id)
                .join(S.evidence, S.evidence.c.id == t.c.evidence_id)
                .where(t.c.person_id == pid).order_by(t.c.date.nulls_last(), t.c.id))
        ]
        ep, e = S.event_participants, S.events
        event_ids = [x[0] for x in conn.execute(
            sa.select(e.c.id).join(ep, ep.c.event_id == e.c.id).where(ep.c.person_id == pid)
            .order_by(e.c.date.desc().nulls_last(), e.c.id.desc()))]
        docs = [_doc_ref(x) for x in conn.execute(
            sa.select(*_doc_ref_cols()).where(d.c.id.in_(sa.select(m.c.document_id).where(m.c.person_id == pid)))
            .order_by(d.c.published.desc().nulls_last(), d.c.id))]
        return {"id": r.id, "entity_id": r.entity_id, "name": r.canonical_name, "country": r.country,
                "aliases": aliases, "titles": titles, "events": _event_summaries(conn, event_ids), "documents": docs}


def list_organisations(db: Db, *, q: str | None = None, country: str | None = None, limit: int = 50, offset: int = 0) -> dict[str, Any]:
    """Organisations by name; each ``{"id", "name", "country", "parent_id"}``."""
    o = S.organisations
    with _connect(db) as conn:
        conds: list[Any] = []
        if country:
            conds.append(o.c.country == country.upper())
        if q:
            for term in _search.query_terms(q):
                conds.append(o.c.key.like(f"%{term}%"))
        total = int(conn.execute(sa.select(sa.func.count()).select_from(o).where(*conds)).scalar() or 0)
        rows = conn.execute(sa.select(o).where(*conds).order_by(o.c.canonical_name).limit(limit).offset(offset)).all()
        return _paged(total, limit, offset, [{"id": r.id, "name": r.canonical_name, "country": r.country, "parent_id": r.parent_id} for r in rows])


def get_organisation(db: Db, org: int | str) -> dict[str, Any] | None:
    """One organisation (id or name): aliases, parent, people seen in it, its events and agreements."""
    o, a, ep, e = S.organisations, S.organisation_aliases, S.event_participants, S.events
    with _connect(db) as conn:
        oid = _org_ref(conn, org)
        if oid is None:
            return None
        r = conn.execute(sa.select(o).where(o.c.id == oid)).one()
        parent = None
        if r.parent_id is not None:
            pr = conn.execute(sa.select(o.c.id, o.c.canonical_name).where(o.c.id == r.parent_id)).one_or_none()
            parent = {"id": pr.id, "name": pr.canonical_name} if pr else None
        aliases = [x[0] for x in conn.execute(sa.select(a.c.alias).where(a.c.organisation_id == oid).order_by(a.c.alias))]
        people = _org_people(conn, oid)
        event_ids = [x[0] for x in conn.execute(
            sa.select(e.c.id).where(e.c.id.in_(sa.select(ep.c.event_id).where(ep.c.organisation_id == oid)))
            .order_by(e.c.date.desc().nulls_last(), e.c.id.desc()))]
        return {"id": r.id, "name": r.canonical_name, "country": r.country, "parent": parent, "aliases": aliases,
                "people": people, "events": _event_summaries(conn, event_ids),
                "agreements": _agreements(conn, [S.agreements.c.id.in_(sa.select(S.agreement_parties.c.agreement_id).where(S.agreement_parties.c.organisation_id == oid))])}


def _org_people(conn: Connection, oid: int) -> list[dict[str, Any]]:
    p, m, t, ep = S.people, S.person_mentions, S.person_titles, S.event_participants
    ids = sa.union(
        sa.select(m.c.person_id.label("pid")).where(m.c.organisation_id == oid),
        sa.select(t.c.person_id.label("pid")).where(t.c.organisation_id == oid),
        sa.select(ep.c.person_id.label("pid")).where(ep.c.organisation_id == oid),
    ).subquery()
    rows = conn.execute(sa.select(p.c.id, p.c.entity_id, p.c.canonical_name, p.c.country).where(p.c.id.in_(sa.select(ids.c.pid))).order_by(p.c.canonical_name)).all()
    return [{"id": r.id, "entity_id": r.entity_id, "name": r.canonical_name, "country": r.country} for r in rows]


def organisation_pair_dossier(db: Db, org_a: int | str, org_b: int | str) -> dict[str, Any] | None:
    """What two organisations did together: joint events (people of both took part), shared agreements, people of each."""
    ep, e, ap = S.event_participants, S.events, S.agreement_parties
    with _connect(db) as conn:
        a, b = _org_ref(conn, org_a), _org_ref(conn, org_b)
        if a is None or b is None:
            return None
        oa, ob = get_organisation(conn, a), get_organisation(conn, b)
        event_ids = [x[0] for x in conn.execute(
            sa.select(e.c.id).where(
                e.c.id.in_(sa.select(ep.c.event_id).where(ep.c.organisation_id == a)),
                e.c.id.in_(sa.select(ep.c.event_id).where(ep.c.organisation_id == b)),
            ).order_by(e.c.date.desc().nulls_last(), e.c.id.desc()))]
        agreements = _agreements(conn, [
            S.agreements.c.id.in_(sa.select(ap.c.agreement_id).where(ap.c.organisation_id == a)),
            S.agreements.c.id.in_(sa.select(ap.c.agreement_id).where(ap.c.organisation_id == b)),
        ])
        assert oa is not None and ob is not None
        return {
            "a": {k: oa[k] for k in ("id", "name", "country", "aliases")},
            "b": {k: ob[k] for k in ("id", "name", "country", "aliases")},
            "events": _event_summaries(conn, event_ids),
            "agreements": agreements,
            "people": {"a": oa["people"], "b": ob["people"]},
        }


# --- agreements -------------------------------------------------------------------


def _agreements(conn: Connection, conds: list[Any], limit: int | None = None, offset: int = 0) -> list[dict[str, Any]]:
    g, ap, o, st, d = S.agreements, S.agreement_parties, S.organisations, S.agreement_status, S.documents
    stmt = sa.select(g).where(*conds).order_by(g.c.start_year.desc().nulls_last(), g.c.id)
    if limit is not None:
        stmt = stmt.limit(limit).offset(offset)
    rows = conn.execute(stmt).all()
    ids = [r.id for r in rows]
    parties: dict[int, list[dict[str, Any]]] = defaultdict(list)
    history: dict[int, list[dict[str, Any]]] = defaultdict(list)
    if ids:
        for x in conn.execute(sa.select(ap.c.agreement_id, o.c.id, o.c.canonical_name, o.c.country)
                              .join(o, o.c.id == ap.c.organisation_id).where(ap.c.agreement_id.in_(ids)).order_by(ap.c.id)):
            parties[x.agreement_id].append({"id": x.id, "name": x.canonical_name, "country": x.country})
        for x in conn.execute(sa.select(st.c.agreement_id, st.c.status, st.c.date, *_doc_ref_cols(), *_ev_cols())
                              .select_from(st).join(d, d.c.id == st.c.document_id).join(S.evidence, S.evidence.c.id == st.c.evidence_id)
                              .where(st.c.agreement_id.in_(ids)).order_by(st.c.date.nulls_first(), st.c.id)):
            history[x.agreement_id].append({"status": x.status, "date": x.date, "document": _doc_ref(x), "evidence": _evidence(x)})
    out = []
    for r in rows:
        h = history.get(r.id, [])
        known = [x["status"] for x in h if x["status"]]
        out.append({"id": r.id, "name": r.name, "start_year": r.start_year, "end_year": r.end_year,
                    "parties": parties.get(r.id, []), "status": known[-1] if known else None, "status_history": h})
    return out


def list_agreements(db: Db, *, q: str | None = None, organisation: int | str | None = None, status: str | None = None,
                    year: int | None = None, limit: int = 50, offset: int = 0) -> dict[str, Any]:
    """Agreements, latest period first: ``{"id", "name", "start_year", "end_year", "parties", "status", "status_history"}``.

    ``status`` filters on any observation; ``year`` keeps agreements whose period covers it.
    """
    g, ap, st = S.agreements, S.agreement_parties, S.agreement_status
    with _connect(db) as conn:
        conds: list[Any] = []
        if q:
            for term in _search.query_terms(q):
                conds.append(g.c.key.like(f"%{term}%"))
        if organisation is not None and organisation != "":
            oid = _org_ref(conn, organisation)
            if oid is None:
                return _paged(0, limit, offset, [])
            conds.append(g.c.id.in_(sa.select(ap.c.agreement_id).where(ap.c.organisation_id == oid)))
        if status:
            conds.append(g.c.id.in_(sa.select(st.c.agreement_id).where(st.c.status == status)))
        if year is not None:
            conds.append(sa.or_(g.c.start_year.is_(None), g.c.start_year <= year))
            conds.append(sa.or_(g.c.end_year.is_(None), g.c.end_year >= year))
        total = int(conn.execute(sa.select(sa.func.count()).select_from(g).where(*conds)).scalar() or 0)
        return _paged(total, limit, offset, _agreements(conn, conds, limit, offset))


def get_agreement(db: Db, agreement_id: int) -> dict[str, Any] | None:
    """One agreement with parties and its status history (each with document and evidence)."""
    with _connect(db) as conn:
        found = _agreements(conn, [S.agreements.c.id == int(agreement_id)])
        return found[0] if found else None


# --- documents --------------------------------------------------------------------


def list_documents(db: Db, *, q: str | None = None, outlet: str | None = None, limit: int = 50, offset: int = 0) -> dict[str, Any]:
    """Documents, newest first: doc refs plus ``near_dup_of`` (a doc_id or None)."""
    d = S.documents
    orig = d.alias("orig")
    with _connect(db) as conn:
        conds: list[Any] = []
        if outlet:
            conds.append(d.c.outlet == outlet)
        if q:
            conds.append(d.c.id.in_([i for i, _ in _search.match(conn, q, "document", 10_000)]))
        total = int(conn.execute(sa.select(sa.func.count()).select_from(d).where(*conds)).scalar() or 0)
        rows = conn.execute(
            sa.select(*_doc_ref_cols(), orig.c.doc_id.label("orig_doc_id")).outerjoin(orig, orig.c.id == d.c.near_dup_of)
            .where(*conds).order_by(d.c.published.desc().nulls_last(), d.c.id.desc()).limit(limit).offset(offset)
        ).all()
        return _paged(total, limit, offset, [{**_doc_ref(r), "near_dup_of": r.orig_doc_id} for r in rows])


def get_document(db: Db, doc_id: str) -> dict[str, Any] | None:
    """One document: metadata, clean text, removed boilerplate, near-duplicates, and every fact with its offsets.

    ``facts``: ``{"people": [{person_id, entity_id, name, evidence}], "events": [{event_id, type, date, evidence}],
    "agreements": [{agreement_id, name, status, evidence}], "commitments": [{id, quantity, unit, what, period, evidence}]}``.
    """
    d = S.documents
    ev = S.evidence
    with _connect(db) as conn:
        r = conn.execute(sa.select(d).where(d.c.doc_id == doc_id)).one_or_none()
        if r is None:
            return None
        orig = None
        if r.near_dup_of is not None:
            orig = conn.execute(sa.select(d.c.doc_id).where(d.c.id == r.near_dup_of)).scalar()
        copies = [x[0] for x in conn.execute(sa.select(d.c.doc_id).where(d.c.near_dup_of == r.id).order_by(d.c.id))]
        m, p = S.person_mentions, S.people
        people = [{"person_id": x.person_id, "entity_id": x.entity_id, "name": x.name, "evidence": _evidence(x)}
                  for x in conn.execute(sa.select(m.c.person_id, p.c.entity_id, m.c.name, *_ev_cols())
                                        .select_from(m).join(p, p.c.id == m.c.person_id).join(ev, ev.c.id == m.c.evidence_id)
                                        .where(m.c.document_id == r.id).order_by(m.c.id))]
        es, e = S.event_sources, S.events
        events = [{"event_id": x.event_id, "type": x.type, "date": x.date, "evidence": _evidence(x)}
                  for x in conn.execute(sa.select(es.c.event_id, e.c.type, e.c.date, *_ev_cols())
                                        .select_from(es).join(e, e.c.id == es.c.event_id).join(ev, ev.c.id == es.c.evidence_id)
                                        .where(es.c.document_id == r.id).order_by(ev.c.start, es.c.id))]
        st, g = S.agreement_status, S.agreements
        agreements = [{"agreement_id": x.agreement_id, "name": x.name, "status": x.status, "evidence": _evidence(x)}
                      for x in conn.execute(sa.select(st.c.agreement_id, g.c.name, st.c.status, *_ev_cols())
                                            .select_from(st).join(g, g.c.id == st.c.agreement_id).join(ev, ev.c.id == st.c.evidence_id)
                                            .where(st.c.document_id == r.id).order_by(ev.c.start, st.c.id))]
        c = S.commitments
        commitments = [{"id": x.id, "quantity": x.quantity, "unit": x.unit, "what": x.what, "period": x.period, "evidence": _evidence(x)}
                       for x in conn.execute(sa.select(c.c.id, c.c.quantity, c.c.unit, c.c.what, c.c.period, *_ev_cols())
                                             .select_from(c).join(ev, ev.c.id == c.c.evidence_id)
                                             .where(c.c.document_id == r.id).order_by(ev.c.start, c.c.id))]
        return {
            "id": r.id, "doc_id": r.doc_id, "content_hash": r.content_hash, "source": r.source, "url": r.url,
            "outlet": r.outlet, "published": r.published, "title": r.title, "byline": r.byline,
            "credited_source": r.credited_source, "encoding": r.encoding, "clean_text": r.clean_text,
            "removed": list(r.removed or []), "near_dup_of": orig, "near_duplicates": copies,
            "facts": {"people": people, "events": events, "agreements": agreements, "commitments": commitments},
        }


def list_failed(db: Db, limit: int = 100, offset: int = 0) -> dict[str, Any]:
    """Inputs that could not be read: ``{"source", "reason", "failed_at"}``."""
    f = S.failed_inputs
    with _connect(db) as conn:
        total = int(conn.execute(sa.select(sa.func.count()).select_from(f)).scalar() or 0)
        rows = conn.execute(sa.select(f.c.source, f.c.reason, f.c.failed_at).order_by(f.c.id).limit(limit).offset(offset)).all()
        return _paged(total, limit, offset, [{"source": r.source, "reason": r.reason, "failed_at": r.failed_at} for r in rows])


# --- added for serve/export (issue 4): bulk lookups the pages and exports need ----------


def participant_titles(db: Db, event_id: int) -> dict[int, list[str]]:
    """person_id → titles each participant had in the documents that report this event.

    The event page shows every participant with the title the sources gave them; this
    reads only those documents' title observations, not the person's whole history.
    """
    es, t = S.event_sources, S.person_titles
    out: dict[int, list[str]] = defaultdict(list)
    with _connect(db) as conn:
        docs = sa.select(es.c.document_id).where(es.c.event_id == int(event_id))
        for r in conn.execute(sa.select(t.c.person_id, t.c.title).where(t.c.document_id.in_(docs)).order_by(t.c.id)):
            if r.title not in out[r.person_id]:
                out[r.person_id].append(r.title)
    return dict(out)


def document_texts(db: Db, doc_ids: Sequence[str]) -> dict[str, str]:
    """doc_id → clean text, for showing evidence in context without loading every fact."""
    d = S.documents
    ids = list(dict.fromkeys(doc_ids))
    out: dict[str, str] = {}
    with _connect(db) as conn:
        for i in range(0, len(ids), 500):
            out.update((r.doc_id, r.clean_text) for r in conn.execute(sa.select(d.c.doc_id, d.c.clean_text).where(d.c.doc_id.in_(ids[i : i + 500]))))
    return out


def event_sources(db: Db, event_ids: Sequence[int]) -> dict[int, list[dict[str, Any]]]:
    """event_id → ``[{"document": doc ref, "evidence"}]`` for many events at once (exports)."""
    es, d = S.event_sources, S.documents
    ids = [int(i) for i in event_ids]
    out: dict[int, list[dict[str, Any]]] = defaultdict(list)
    with _connect(db) as conn:
        for i in range(0, len(ids), 500):
            rows = conn.execute(
                sa.select(es.c.event_id, *_doc_ref_cols(), *_ev_cols())
                .select_from(es).join(d, d.c.id == es.c.document_id).join(S.evidence, S.evidence.c.id == es.c.evidence_id)
                .where(es.c.event_id.in_(ids[i : i + 500])).order_by(es.c.event_id, d.c.published, d.c.id, S.evidence.c.start)
            )
            for r in rows:
                out[r.event_id].append({"document": _doc_ref(r), "evidence": _evidence(r)})
    return dict(out)
