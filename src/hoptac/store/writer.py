"""The single writer: extracted articles in, one resolved record out, one batch per transaction.

Everything that needs the whole corpus happens here, in the one process that writes
(the "reduce" step after extraction in workers or on Dask):

1. skip documents whose content hash is stored (idempotent re-runs);
2. find near-duplicates through the stored MinHash LSH bands (``resolve.dedup``);
3. store the document, its evidence spans and every fact pointing at one;
4. resolve people by ``entity_id`` (collecting every spelling and title observation),
   organisations by folded name, agreements by name + period + parties;
5. merge each event into a stored report of the same event (``resolve.merge``) or
   add it as new, keeping every source;
6. refresh the search index of the people and events touched.

A batch is one transaction: a kill at any moment leaves whole batches only, and the
next run skips what was stored. On SQLite the transaction starts with BEGIN
IMMEDIATE, so a second writer waits for the lock (busy timeout) instead of failing.
"""
from __future__ import annotations

import datetime as _dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from hoptac.model import Article, Evidence
from hoptac.resolve import dedup, merge
from hoptac.store import schema as S
from hoptac.store import search as _search
from hoptac.store.queries import org_key


@dataclass
class Prepared:
    """An extracted article ready for the writer (made in a worker: picklable)."""

    article: Article
    signature: bytes | None  # MinHash of the clean text


@dataclass
class Failure:
    """An input that could not be read or extracted, with the reason for the user."""

    source: str
    reason: str
    content_hash: str | None = None


@dataclass
class BatchResult:
    new: int = 0
    already: int = 0
    near_duplicate: int = 0
    failed: list[Failure] = field(default_factory=list)
    stored_doc_ids: list[str] = field(default_factory=list)


# Statements built once: building SQLAlchemy expressions per document costs more than running them.
_b = S.minhash_bands
_BAND_LOOKUP = sa.select(_b.c.document_id).where(
    sa.or_(*[sa.and_(_b.c.band == i, _b.c.hash == sa.bindparam(f"h{i}")) for i in range(dedup.BANDS)])
)
_INSERT_DOCUMENT = S.documents.insert()
_INSERT_BANDS = S.minhash_bands.insert()
_INSERT_EVIDENCE = S.evidence.insert()


def _now() -> str:
    return _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds")


def _dialect_insert(conn: Connection, table: sa.Table) -> Any:
    if conn.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    return insert(table)


class StoreWriter:
    """Writes batches of prepared articles and failures; keeps a cache of known entity ids."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._cache: dict[str, dict[Any, int]] = defaultdict(dict)
        self._pending: dict[str, dict[Any, int]] = defaultdict(dict)

    # -- public ---------------------------------------------------------------------

    def stored_hashes(self, hashes: Sequence[str]) -> set[str]:
        """Which of these content hashes are stored already (read before extracting, to skip work)."""
        if not hashes:
            return set()
        d = S.documents
        out: set[str] = set()
        with self.engine.connect() as conn:
            for i in range(0, len(hashes), 500):
                out.update(r[0] for r in conn.execute(sa.select(d.c.content_hash).where(d.c.content_hash.in_(list(hashes[i : i + 500])))))
        return out

    def write_batch(self, items: Iterable[Prepared | Failure]) -> BatchResult:
        """Store a batch in one transaction; the result counts new, already stored, near-duplicate, failed."""
        items = list(items)
        result = BatchResult()
        self._pending.clear()
        try:
            with self.engine.begin() as conn:
                self._write(conn, items, result)
        except BaseException:
            self._pending.clear()
            raise
        for name, entries in self._pending.items():
            self._cache[name].update(entries)
        self._pending.clear()
        return result

    # -- batch ----------------------------------------------------------------------

    def _write(self, conn: Connection, items: list[Prepared | Failure], result: BatchResult) -> None:
        d = S.documents
        prepared = [x for x in items if isinstance(x, Prepared)]
        hashes = [p.article.content_hash for p in prepared]
        stored: set[str] = set()
        for i in range(0, len(hashes), 500):
            stored.update(r[0] for r in conn.execute(sa.select(d.c.content_hash).where(d.c.content_hash.in_(hashes[i : i + 500]))))
        ids = [p.article.doc_id for p in prepared]
        taken: set[str] = set()
        for i in range(0, len(ids), 500):
            taken.update(r[0] for r in conn.execute(sa.select(d.c.doc_id).where(d.c.doc_id.in_(ids[i : i + 500]))))
        touched_people: set[int] = set()
        touched_events: set[int] = set()
        failures: list[Failure] = []
        for item in items:
            if isinstance(item, Failure):
                failures.append(item)
                continue
            a = item.article
            if a.content_hash in stored:
                result.already += 1
                continue
            stored.add(a.content_hash)
            doc_id = a.doc_id or a.content_hash[:16]
            if doc_id in taken:
                doc_id = f"{doc_id}~{a.content_hash[:8]}"
            taken.add(doc_id)
            near = self._store_document(conn, item, doc_id, touched_people, touched_events)
            result.stored_doc_ids.append(doc_id)
            if near is not None:
                result.near_duplicate += 1
            else:
                result.new += 1
        if failures:
            now = _now()
            rows = {(f.source, f.reason): {"source": f.source, "reason": f.reason, "content_hash": f.content_hash, "failed_at": now} for f in failures}
            stmt = _dialect_insert(conn, S.failed_inputs).on_conflict_do_nothing(index_elements=["source", "reason"])
            conn.execute(stmt, list(rows.values()))
            result.failed.extend(failures)
        self._refresh_people(conn, touched_people)
        self._refresh_events(conn, touched_events)

    # -- one document -----------------------------------------------------------------

    def _store_document(self, conn: Connection, item: Prepared, doc_id: str, touched_people: set[int], touched_events: set[int]) -> int | None:
        a = item.article
        near = self._near_duplicate(conn, item.signature)
        doc_pk = conn.execute(
            _INSERT_DOCUMENT,
            dict(
                content_hash=a.content_hash, doc_id=doc_id, source=a.source or "", url=a.url, outlet=a.outlet,
                published=a.published, title=a.title, byline=a.byline, credited_source=a.credited_source,
                clean_text=a.clean_text, removed=[{"text": r.text, "reason": r.reason} for r in a.removed],
                encoding=a.encoding, minhash=item.signature, near_dup_of=near, ingested_at=_now(),
            ),
        ).inserted_primary_key[0]
        if item.signature is not None:
            conn.execute(_INSERT_BANDS, [{"band": i, "hash": h, "document_id": doc_pk} for i, h in enumerate(dedup.bands(item.signature))])
        _search.replace_entries(conn, "document", [(doc_pk, a.title, (a.title or "") + "\n" + a.clean_text)])

        ev = self._evidence_ids(conn, doc_pk, a)
        people_by_entity: dict[str, int] = {}
        seen_titles: set[tuple[int, str]] = set()
        mentions = []
        titles = []
        for p in a.people:
            org_id = self._organisation(conn, p.org, p.country) if p.org else None
            pid = self._person(conn, p.entity_id, p.name, p.country)
            people_by_entity[p.entity_id] = pid
            touched_people.add(pid)
            ev_id = ev[_span(p.evidence)]
            for name in dict.fromkeys([p.name, *p.aliases]):
                if name:
                    self._alias(conn, pid, name)
            mentions.append({"person_id": pid, "document_id": doc_pk, "evidence_id": ev_id, "name": p.name, "country": p.country, "organisation_id": org_id})
            for t in p.titles:
                if (pid, t) not in seen_titles:
                    seen_titles.add((pid, t))
                    titles.append({"person_id": pid, "title": t, "organisation_id": org_id, "date": a.published, "document_id": doc_pk, "evidence_id": ev_id})
        for e in a.events:
            for part in e.participants:
                if part.entity_id in people_by_entity:
                    continue
                # A participant the people list missed: still a person named in this document.
                pid = self._person(conn, part.entity_id, part.name, part.country)
                people_by_entity[part.entity_id] = pid
                touched_people.add(pid)
                self._alias(conn, pid, part.name)
                org_id = self._organisation(conn, part.org, part.country) if part.org else None
                ev_id = ev[_span(e.evidence)]
                mentions.append({"person_id": pid, "document_id": doc_pk, "evidence_id": ev_id, "name": part.name, "country": part.country, "organisation_id": org_id})
                for t in part.titles:
                    if (pid, t) not in seen_titles:
                        seen_titles.add((pid, t))
                        titles.append({"person_id": pid, "title": t, "organisation_id": org_id, "date": a.published, "document_id": doc_pk, "evidence_id": ev_id})
        if mentions:
            conn.execute(S.person_mentions.insert(), mentions)
        if titles:
            conn.execute(S.person_titles.insert(), titles)

        for e in a.events:
            eid = self._event(conn, doc_pk, e, people_by_entity, ev[_span(e.evidence)])
            touched_events.add(eid)

        for g in a.agreements:
            party_ids = [self._organisation(conn, name, None) for name in dict.fromkeys(g.parties) if name]
            aid = self._agreement(conn, g.name, g.start_year, g.end_year, g.parties, party_ids)
            conn.execute(S.agreement_status.insert().values(agreement_id=aid, status=g.status, date=a.published, document_id=doc_pk, evidence_id=ev[_span(g.evidence)]))

        if a.commitments:
            conn.execute(S.commitments.insert(), [
                {"document_id": doc_pk, "evidence_id": ev[_span(c.evidence)], "quantity": c.quantity, "unit": c.unit, "what": c.what, "period": c.period}
                for c in a.commitments
            ])
        return near

    def _near_duplicate(self, conn: Connection, sig: bytes | None) -> int | None:
        """The first stored document this one is a near-copy of (following copies back to the original)."""
        if sig is None:
            return None
        params = {f"h{i}": h for i, h in enumerate(dedup.bands(sig))}
        cands = sorted({r[0] for r in conn.execute(_BAND_LOOKUP, params)})
        if not cands:
            return None
        d = S.documents
        rows = conn.execute(sa.select(d.c.id, d.c.minhash, d.c.near_dup_of).where(d.c.id.in_(cands[:200])).order_by(d.c.id)).all()
        for r in rows:
            if r.minhash is not None and dedup.similarity(sig, r.minhash) >= dedup.THRESHOLD:
                return r.near_dup_of or r.id
        return None

    def _evidence_ids(self, conn: Connection, doc_pk: int, a: Article) -> dict[tuple[int, int], int]:
        spans: dict[tuple[int, int], Evidence] = {}
        for x in [*(p.evidence for p in a.people), *(e.evidence for e in a.events),
                  *(g.evidence for g in a.agreements), *(c.evidence for c in a.commitments)]:
            spans.setdefault(_span(x), x)
        if not spans:
            return {}
        rows = [{"document_id": doc_pk, "start": s, "end": e, "text": x.text} for (s, e), x in spans.items()]
        out = {}
        for row in rows:  # few per document; one statement each keeps the code the same on every driver
            out[(row["start"], row["end"])] = conn.execute(_INSERT_EVIDENCE, row).inserted_primary_key[0]
        return out

    # -- entities ---------------------------------------------------------------------

    def _cached(self, kind: str, key: Any) -> int | None:
        return self._cache[kind].get(key, self._pending[kind].get(key))

    def _id_for(self, conn: Connection, kind: str, table: sa.Table, key_col: str, key: Any, values: dict[str, Any]) -> int:
        """The row id for a natural key, inserting the row the first time (safe against a concurrent writer)."""
        rid = self._cached(kind, key)
        if rid is None:
            col = table.c[key_col]
            rid = conn.execute(sa.select(table.c.id).where(col == key)).scalar()
            if rid is None:
                conn.execute(_dialect_insert(conn, table).values({key_col: key, **values})
                             .on_conflict_do_nothing(index_elements=[key_col]))
                rid = conn.execute(sa.select(table.c.id).where(col == key)).scalar_one()
            self._pending[kind][key] = rid
        return rid

    def _person(self, conn: Connection, entity_id: str, name: str, country: str | None) -> int:
        p = S.people
        pid = self._id_for(conn, "people", p, "entity_id", entity_id, {"canonical_name": name, "country": country})
        if country and self._cached("people_country", pid) is None:
            conn.execute(p.update().where(p.c.id == pid, p.c.country.is_(None)).values(country=country))
            self._pending["people_country"][pid] = 1
        return pid

    def _alias(self, conn: Connection, person_id: int, alias: str) -> None:
        a = S.person_aliases
        stmt = _dialect_insert(conn, a).values(person_id=person_id, alias=alias, folded=org_key(alias), mentions=1)
        conn.execute(stmt.on_conflict_do_update(index_elements=["person_id", "alias"], set_={"mentions": a.c.mentions + 1}))

    def _organisation(self, conn: Connection, name: str, country: str | None) -> int:
        o, oa = S.organisations, S.organisation_aliases
        key = org_key(name)[:512]
        oid = self._id_for(conn, "organisations", o, "key", key, {"canonical_name": name, "country": country})
        if self._cached("organisation_aliases", (oid, name)) is None:
            conn.execute(_dialect_insert(conn, oa).values(organisation_id=oid, alias=name, folded=key)
                         .on_conflict_do_nothing(index_elements=["organisation_id", "alias"]))
            self._pending["organisation_aliases"][(oid, name)] = 1
        if country and self._cached("organisations_country", oid) is None:
            conn.execute(o.update().where(o.c.id == oid, o.c.country.is_(None)).values(country=country))
            self._pending["organisations_country"][oid] = 1
        return oid

    def _agreement(self, conn: Connection, name: str, start: int | None, end: int | None, parties: Sequence[str], party_ids: Sequence[int]) -> int:
        g = S.agreements
        key = "|".join([org_key(name), str(start or ""), str(end or ""), *sorted({org_key(x) for x in parties if x})])[:1024]
        aid = self._cached("agreements", key)
        if aid is None:
            aid = conn.execute(sa.select(g.c.id).where(g.c.key == key)).scalar()
            if aid is None:
                conn.execute(_dialect_insert(conn, g).values(key=key, name=name, start_year=start, end_year=end)
                             .on_conflict_do_nothing(index_elements=["key"]))
                aid = conn.execute(sa.select(g.c.id).where(g.c.key == key)).scalar_one()
            self._pending["agreements"][key] = aid
        if party_ids:
            conn.execute(_dialect_insert(conn, S.agreement_parties)
                         .on_conflict_do_nothing(index_elements=["agreement_id", "organisation_id"]),
                         [{"agreement_id": aid, "organisation_id": oid} for oid in dict.fromkeys(party_ids)])
        return aid

    # -- events -----------------------------------------------------------------------

    def _event(self, conn: Connection, doc_pk: int, e: Any, people_by_entity: dict[str, int], evidence_id: int) -> int:
        ev, ep, es = S.events, S.event_participants, S.event_sources
        codes = merge.codes_for(e.type)
        parts = []
        for part in e.participants:
            pid = people_by_entity[part.entity_id]
            org_id = self._organisation(conn, part.org, part.country) if part.org else None
            parts.append((pid, part, org_id))
        facts = merge.EventFacts(
            type=e.type, date=e.date, end_date=e.end_date, place=e.place,
            people=frozenset(p.entity_id for p in e.participants),
            organisations=frozenset(org_key(p.org) for p in e.participants if p.org),
        )
        target = self._merge_target(conn, doc_pk, codes.family, facts)
        if target is None:
            target = conn.execute(ev.insert().values(
                type=e.type, family=codes.family, date=e.date, end_date=e.end_date, place=e.place, planned=bool(e.planned),
                cameo_code=codes.cameo_code, plover_category=codes.plover_category,
            )).inserted_primary_key[0]
        else:
            cur = conn.execute(sa.select(ev.c.date, ev.c.end_date, ev.c.place, ev.c.planned).where(ev.c.id == target)).one()
            changes: dict[str, Any] = {}
            date = merge.more_precise(cur.date, e.date)
            if date != cur.date:
                changes["date"] = date
            if e.end_date and not cur.end_date:
                changes["end_date"] = e.end_date
            if e.place and not cur.place:
                changes["place"] = e.place
            if cur.planned and not e.planned:
                changes["planned"] = False  # a report that it happened outranks an announcement
            if changes:
                conn.execute(ev.update().where(ev.c.id == target).values(**changes))
        if parts:
            # One upsert for all participants; on a second report of the event it fills what the
            # earlier report left unknown and keeps what it knew.
            ins = _dialect_insert(conn, ep)
            keep = {col: sa.func.coalesce(ep.c[col], ins.excluded[col]) for col in ("role", "country", "organisation_id")}
            rows = {pid: {"event_id": target, "person_id": pid, "name": part.name, "role": part.role,
                          "country": part.country, "organisation_id": org_id} for pid, part, org_id in parts}
            conn.execute(ins.on_conflict_do_update(index_elements=["event_id", "person_id"], set_=keep), list(rows.values()))
        conn.execute(_dialect_insert(conn, es).values(event_id=target, document_id=doc_pk, evidence_id=evidence_id)
                     .on_conflict_do_nothing(index_elements=["event_id", "document_id", "evidence_id"]))
        return target

    def _merge_target(self, conn: Connection, doc_pk: int, family: str, facts: merge.EventFacts) -> int | None:
        if not facts.date or not facts.people:
            return None
        ev, ep, es, p, o = S.events, S.event_participants, S.event_sources, S.people, S.organisations
        if len(facts.date) == 4:
            date_cond = ev.c.date == facts.date
        else:
            lo = facts.date[:7]
            hi = (facts.end_date or facts.date)[:7] + "~"
            date_cond = sa.and_(ev.c.date >= lo, ev.c.date <= hi)
        same_doc = sa.select(es.c.event_id).where(es.c.document_id == doc_pk)
        rows = conn.execute(
            sa.select(ev.c.id, ev.c.type, ev.c.date, ev.c.end_date, ev.c.place)
            .where(ev.c.family == family, date_cond, ev.c.id.not_in(same_doc)).order_by(ev.c.id).limit(500)
        ).all()
        if not rows:
            return None
        ids = [r.id for r in rows]
        people: dict[int, set[str]] = defaultdict(set)
        orgs: dict[int, set[str]] = defaultdict(set)
        for r in conn.execute(sa.select(ep.c.event_id, p.c.entity_id, o.c.key).join(p, p.c.id == ep.c.person_id)
                              .outerjoin(o, o.c.id == ep.c.organisation_id).where(ep.c.event_id.in_(ids))):
            people[r.event_id].add(r.entity_id)
            if r.key:
                orgs[r.event_id].add(r.key)
        cands = [(r.id, merge.EventFacts(r.type, r.date, r.end_date, r.place, frozenset(people[r.id]), frozenset(orgs[r.id]))) for r in rows]
        return merge.best_match(facts, cands)

    # -- search index -----------------------------------------------------------------

    def _refresh_people(self, conn: Connection, ids: set[int]) -> None:
        """Re-index touched people under all their spellings and titles; the most used spelling becomes canonical."""
        if not ids:
            return
        p, a, t = S.people, S.person_aliases, S.person_titles
        id_list = sorted(ids)
        for i in range(0, len(id_list), 500):
            chunk = id_list[i : i + 500]
            aliases: dict[int, list[tuple[str, int]]] = defaultdict(list)
            for r in conn.execute(sa.select(a.c.person_id, a.c.alias, a.c.mentions).where(a.c.person_id.in_(chunk)).order_by(a.c.person_id, a.c.id)):
                aliases[r.person_id].append((r.alias, r.mentions))
            titles: dict[int, set[str]] = defaultdict(set)
            for r in conn.execute(sa.select(t.c.person_id, t.c.title).where(t.c.person_id.in_(chunk)).distinct()):
                titles[r.person_id].add(r.title)
            names = dict(conn.execute(sa.select(p.c.id, p.c.canonical_name).where(p.c.id.in_(chunk))).all())
            entries = []
            for pid in chunk:
                al = aliases.get(pid, [])
                if al:
                    best = max(al, key=lambda x: x[1])[0]  # first of the most used, ties by first seen
                    if best != names.get(pid):
                        conn.execute(p.update().where(p.c.id == pid).values(canonical_name=best))
                        names[pid] = best
                entries.append((pid, names.get(pid), "\n".join([*(x for x, _ in al), *sorted(titles.get(pid, ()))])))
            _search.replace_entries(conn, "person", entries)

    def _refresh_events(self, conn: Connection, ids: set[int]) -> None:
        if not ids:
            return
        ev, ep, es, a, x = S.events, S.event_participants, S.event_sources, S.person_aliases, S.evidence
        id_list = sorted(ids)
        for i in range(0, len(id_list), 500):
            chunk = id_list[i : i + 500]
            body: dict[int, list[str]] = defaultdict(list)
            for r in conn.execute(sa.select(ep.c.event_id, a.c.alias).join(a, a.c.person_id == ep.c.person_id)
                                  .where(ep.c.event_id.in_(chunk)).order_by(ep.c.event_id, a.c.id)):
                body[r.event_id].append(r.alias)
            for r in conn.execute(sa.select(es.c.event_id, x.c.text).join(x, x.c.id == es.c.evidence_id)
                                  .where(es.c.event_id.in_(chunk)).order_by(es.c.event_id, es.c.id)):
                body[r.event_id].append(r.text)
            entries = []
            for r in conn.execute(sa.select(ev.c.id, ev.c.type, ev.c.date, ev.c.place).where(ev.c.id.in_(chunk))):
                title = " ".join(v for v in (r.type, r.date, r.place) if v)
                entries.append((r.id, title, "\n".join(body.get(r.id, []))))
            _search.replace_entries(conn, "event", entries)


def _span(e: Evidence) -> tuple[int, int]:
    return (e.start, e.end)
