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
import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from types import SimpleNamespace
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
    # Work done where the article was extracted (a worker), so that the single writer does less:
    bands: list[int] | None = None  # LSH bands of the signature
    search_row: tuple[str, str] | None = None  # the document's (title, body) search entry, folded

    def __post_init__(self) -> None:
        if self.bands is None and self.signature is not None:
            self.bands = dedup.bands(self.signature)


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
EVENT_INDEX_SOURCES = 20  # sources whose evidence goes into an event's search entry
_INSERT_DOCUMENT = S.documents.insert().returning(S.documents.c.id)
_TITLES_TOP = sa.select(sa.func.max(S.person_titles.c.id))
_INSERT_BANDS = S.minhash_bands.insert()
_INSERT_EVIDENCE = S.evidence.insert().returning(S.evidence.c.id)


def _now() -> str:
    return _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds")


def _dialect_insert(conn: Connection, table: sa.Table) -> Any:
    return _insert_for(conn.dialect.name)(table)


def _insert_for(dialect: str) -> Any:
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    return insert


@cache
def _statements(dialect: str) -> SimpleNamespace:
    """The writer's per-row statements for one dialect, with bound parameters.

    Built once: an upsert's ``excluded`` columns or a select's cache key cost more to
    build than the statement costs to run, and the writer runs ~15 per document."""
    insert = _insert_for(dialect)
    p, pa, o, oa, g = S.people, S.person_aliases, S.organisations, S.organisation_aliases, S.agreements
    ev, ep, es = S.events, S.event_participants, S.event_sources
    participants = insert(ep)
    same_doc = sa.select(es.c.event_id).where(es.c.document_id == sa.bindparam("doc"))

    # merge.dates_compatible in SQL: the stored event's first and last possible day overlap
    # the new one's (lo, hi), so that a month of events on other days never leaves the database
    last = sa.func.coalesce(ev.c.end_date, ev.c.date)
    first_day = sa.case((sa.func.length(ev.c.date) >= 10, ev.c.date), else_=ev.c.date + "-00")
    last_day = sa.case((sa.func.length(last) >= 10, last), else_=last + "-99")
    overlapping = sa.and_(first_day <= sa.bindparam("day_hi"), last_day >= sa.bindparam("day_lo"))

    def candidates(*conds: Any) -> Any:
        """Up to 500 events meeting ``conds`` (not from this document), one row per participant."""
        ids = sa.select(ev.c.id).where(ev.c.family == sa.bindparam("family"), *conds, ev.c.id.not_in(same_doc)).order_by(ev.c.id).limit(500)
        joined = ev.outerjoin(ep, ep.c.event_id == ev.c.id).outerjoin(p, p.c.id == ep.c.person_id).outerjoin(o, o.c.id == ep.c.organisation_id)
        return (sa.select(ev.c.id, ev.c.type, ev.c.date, ev.c.end_date, ev.c.place, p.c.entity_id, o.c.key)
                .select_from(joined).where(ev.c.id.in_(ids)).order_by(ev.c.id))
    return SimpleNamespace(
        select_id={
            "people": sa.select(p.c.id).where(p.c.entity_id == sa.bindparam("key")),
            "organisations": sa.select(o.c.id).where(o.c.key == sa.bindparam("key")),
            "agreements": sa.select(g.c.id).where(g.c.key == sa.bindparam("key")),
        },
        insert_new={
            "people": insert(p).on_conflict_do_nothing(index_elements=["entity_id"]),
            "organisations": insert(o).on_conflict_do_nothing(index_elements=["key"]),
            "agreements": insert(g).on_conflict_do_nothing(index_elements=["key"]),
        },
        person_country=p.update().where(p.c.id == sa.bindparam("row"), p.c.country.is_(None)).values(country=sa.bindparam("new")),
        organisation_country=o.update().where(o.c.id == sa.bindparam("row"), o.c.country.is_(None)).values(country=sa.bindparam("new")),
        alias=insert(pa).on_conflict_do_update(index_elements=["person_id", "alias"], set_={"mentions": pa.c.mentions + 1}),
        organisation_alias=insert(oa).on_conflict_do_nothing(index_elements=["organisation_id", "alias"]),
        agreement_party=insert(S.agreement_parties).on_conflict_do_nothing(index_elements=["agreement_id", "organisation_id"]),
        agreement_status=S.agreement_status.insert(),
        mentions=S.person_mentions.insert(),
        titles=S.person_titles.insert(),
        commitments=S.commitments.insert(),
        event=ev.insert().returning(ev.c.id),
        event_now=sa.select(ev.c.date, ev.c.end_date, ev.c.place, ev.c.planned).where(ev.c.id == sa.bindparam("row")),
        event_update=ev.update().where(ev.c.id == sa.bindparam("row")),
        # a second report of an event fills what the earlier one left unknown and keeps what it knew
        participants=participants.on_conflict_do_update(
            index_elements=["event_id", "person_id"],
            set_={c: sa.func.coalesce(ep.c[c], participants.excluded[c]) for c in ("role", "country", "organisation_id")},
        ),
        event_source=insert(es).on_conflict_do_nothing(index_elements=["event_id", "document_id", "evidence_id"]),
        # events of a family on one date (a year) or within months lo..hi, with their people
        same_year=candidates(ev.c.date == sa.bindparam("date")),
        same_months=candidates(ev.c.date >= sa.bindparam("lo"), ev.c.date <= sa.bindparam("hi"), overlapping),
    )


class _Driver:
    """Runs the writer's fixed statements on the database driver's own cursor.

    For these one-row statements SQLAlchemy's work per execution (cache lookup, parameter
    and result set-up) took longer than SQLite took to run them; each is compiled once per
    set of parameter names here and handed to the driver as is. Only values that need no type
    conversion (text, integers, booleans, bytes; the document's JSON column is given as the
    text SQLAlchemy's JSON type would write) come this way; anything the compiler defers to
    execution time (expanding IN lists) goes through SQLAlchemy as usual."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.cursor = conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
        self._compiled: dict[tuple[int, tuple[str, ...]], tuple[str, dict[str, Any], tuple[str, ...] | None] | None] = {}

    def _sql(self, stmt: Any, keys: tuple[str, ...]) -> tuple[str, dict[str, Any], tuple[str, ...] | None] | None:
        """(SQL, values of the parameters the statement fixes itself, order of positional parameters)."""
        k = (id(stmt), keys)
        if k not in self._compiled:
            c = stmt.compile(dialect=self.conn.dialect, column_keys=list(keys))
            sql = str(c)
            self._compiled[k] = None if "POSTCOMPILE" in sql else (sql, dict(c.params), tuple(c.positiontup) if c.positional else None)
        return self._compiled[k]

    @staticmethod
    def _args(fixed: dict[str, Any], names: tuple[str, ...] | None, params: dict[str, Any]) -> Any:
        if names is None:
            return {**fixed, **params}
        return [params[n] if n in params else fixed[n] for n in names]

    def execute(self, stmt: Any, params: dict[str, Any]) -> list[tuple[Any, ...]]:
        """Run one statement; its rows (empty when it returns none)."""
        plan = self._sql(stmt, tuple(params))
        if plan is None:
            res = self.conn.execute(stmt, params)
            return [tuple(r) for r in res] if res.returns_rows else []
        sql, fixed, names = plan
        self.cursor.execute(sql, self._args(fixed, names, params))
        return self.cursor.fetchall() if self.cursor.description else []

    def executemany(self, stmt: Any, rows: list[dict[str, Any]]) -> None:
        if not rows:
            return
        plan = self._sql(stmt, tuple(rows[0]))
        if plan is None:
            self.conn.execute(stmt, rows)
            return
        sql, fixed, names = plan
        self.cursor.executemany(sql, [self._args(fixed, names, r) for r in rows])

    def close(self) -> None:
        self.cursor.close()


class StoreWriter:
    """Writes batches of prepared articles and failures; keeps a cache of known entity ids."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        # kind → natural key → row id (or a flag, or a person's distinct titles); _pending holds
        # what the open transaction learnt, moved to _cache when it commits
        self._cache: dict[str, dict[Any, Any]] = defaultdict(dict)
        self._pending: dict[str, dict[Any, Any]] = defaultdict(dict)
        self._titles_top: int | None = -1  # the last person_titles row when our last batch committed

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
            self._batch_titles: dict[int, set[str]] = {}  # titles stored in this batch, by person
            with self.engine.begin() as conn:
                self._db = _Driver(conn)
                try:
                    self._write(conn, items, result)
                finally:
                    self._db.close()
        except BaseException:
            self._pending.clear()
            raise
        for name, entries in self._pending.items():
            self._cache[name].update(entries)
        self._titles_top = self._cache["titles_top"].get(None)
        self._pending.clear()
        return result

    # -- batch ----------------------------------------------------------------------

    def _write(self, conn: Connection, items: list[Prepared | Failure], result: BatchResult) -> None:
        d = S.documents
        # Another process wrote titles since our last batch (two ingests into one store):
        # what we cached of people's titles may be short of theirs.
        if self._titles_top != conn.execute(_TITLES_TOP).scalar():
            self._cache.pop("person_titles", None)
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
        self._pending["titles_top"][None] = conn.execute(_TITLES_TOP).scalar()

    # -- one document -----------------------------------------------------------------

    def _store_document(self, conn: Connection, item: Prepared, doc_id: str, touched_people: set[int], touched_events: set[int]) -> int | None:
        a = item.article
        near = self._near_duplicate(item)
        doc_pk = self._db.execute(_INSERT_DOCUMENT, {
            "content_hash": a.content_hash, "doc_id": doc_id, "source": a.source or "", "url": a.url, "outlet": a.outlet,
            "published": a.published, "title": a.title, "byline": a.byline, "credited_source": a.credited_source,
            "clean_text": a.clean_text,
            # the JSON column's value as SQLAlchemy's JSON type writes it (json.dumps): the driver gets text
            "removed": json.dumps([{"text": r.text, "reason": r.reason} for r in a.removed]),
            "encoding": a.encoding, "minhash": item.signature, "near_dup_of": near, "ingested_at": _now(),
        })[0][0]
        if item.signature is not None:
            self._db.executemany(_INSERT_BANDS, [{"band": i, "hash": h, "document_id": doc_pk} for i, h in enumerate(item.bands or [])])
        title, body = item.search_row or _search.document_entry(a.title, a.clean_text)
        _search.replace_entries(conn, "document", [(doc_pk, title, body)], new=True, folded=True, executemany=self._db.executemany)

        ev = self._evidence_ids(conn, doc_pk, a)
        st = _statements(conn.dialect.name)
        self._aliases: list[dict[str, Any]] = []  # person aliases of this document, written in one statement
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
        self._db.executemany(st.alias, self._aliases)
        self._db.executemany(st.mentions, mentions)
        self._db.executemany(st.titles, titles)
        for row in titles:
            self._batch_titles.setdefault(row["person_id"], set()).add(row["title"])

        for e in a.events:
            eid = self._event(conn, doc_pk, e, people_by_entity, ev[_span(e.evidence)])
            touched_events.add(eid)

        for g in a.agreements:
            party_ids = [self._organisation(conn, name, None) for name in dict.fromkeys(g.parties) if name]
            aid = self._agreement(conn, g.name, g.start_year, g.end_year, g.parties, party_ids)
            self._db.execute(st.agreement_status, {"agreement_id": aid, "status": g.status, "date": a.published,
                                                   "document_id": doc_pk, "evidence_id": ev[_span(g.evidence)]})

        if a.commitments:
            self._db.executemany(st.commitments, [
                {"document_id": doc_pk, "evidence_id": ev[_span(c.evidence)], "quantity": c.quantity, "unit": c.unit, "what": c.what, "period": c.period}
                for c in a.commitments
            ])
        return near

    def _near_duplicate(self, item: Prepared) -> int | None:
        """The first stored document this one is a near-copy of (following copies back to the original)."""
        sig = item.signature
        if sig is None or not item.bands:
            return None
        params = {f"h{i}": h for i, h in enumerate(item.bands)}
        cands = sorted({r[0] for r in self._db.execute(_BAND_LOOKUP, params)})
        if not cands:
            return None
        d = S.documents
        rows = self._db.conn.execute(sa.select(d.c.id, d.c.minhash, d.c.near_dup_of).where(d.c.id.in_(cands[:200])).order_by(d.c.id)).all()
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
        return {
            (s, e): self._db.execute(_INSERT_EVIDENCE, {"document_id": doc_pk, "start": s, "end": e, "text": x.text})[0][0]
            for (s, e), x in spans.items()
        }

    # -- entities ---------------------------------------------------------------------

    def _cached(self, kind: str, key: Any) -> Any:
        return self._cache[kind].get(key, self._pending[kind].get(key))

    def _id_for(self, conn: Connection, kind: str, table: sa.Table, key_col: str, key: Any, values: dict[str, Any]) -> int:
        """The row id for a natural key, inserting the row the first time (safe against a concurrent writer)."""
        rid = self._cached(kind, key)
        if rid is None:
            st = _statements(conn.dialect.name)
            found = self._db.execute(st.select_id[kind], {"key": key})
            if not found:
                self._db.execute(st.insert_new[kind], {key_col: key, **values})
                found = self._db.execute(st.select_id[kind], {"key": key})
            rid = found[0][0]
            self._pending[kind][key] = rid
        return rid

    def _person(self, conn: Connection, entity_id: str, name: str, country: str | None) -> int:
        p = S.people
        pid = self._id_for(conn, "people", p, "entity_id", entity_id, {"canonical_name": name, "country": country})
        if country and self._cached("people_country", pid) is None:
            self._db.execute(_statements(conn.dialect.name).person_country, {"row": pid, "new": country})
            self._pending["people_country"][pid] = 1
        return pid

    def _alias(self, conn: Connection, person_id: int, alias: str) -> None:
        """Queue one mention of a spelling; ``_store_document`` writes the queue in one statement."""
        self._aliases.append({"person_id": person_id, "alias": alias, "folded": org_key(alias), "mentions": 1})

    def _organisation(self, conn: Connection, name: str, country: str | None) -> int:
        o = S.organisations
        st = _statements(conn.dialect.name)
        key = org_key(name)[:512]
        oid = self._id_for(conn, "organisations", o, "key", key, {"canonical_name": name, "country": country})
        if self._cached("organisation_aliases", (oid, name)) is None:
            self._db.execute(st.organisation_alias, {"organisation_id": oid, "alias": name, "folded": key})
            self._pending["organisation_aliases"][(oid, name)] = 1
        if country and self._cached("organisations_country", oid) is None:
            self._db.execute(st.organisation_country, {"row": oid, "new": country})
            self._pending["organisations_country"][oid] = 1
        return oid

    def _agreement(self, conn: Connection, name: str, start: int | None, end: int | None, parties: Sequence[str], party_ids: Sequence[int]) -> int:
        key = "|".join([org_key(name), str(start or ""), str(end or ""), *sorted({org_key(x) for x in parties if x})])[:1024]
        aid = self._id_for(conn, "agreements", S.agreements, "key", key, {"name": name, "start_year": start, "end_year": end})
        if party_ids:
            self._db.executemany(_statements(conn.dialect.name).agreement_party,
                         [{"agreement_id": aid, "organisation_id": oid} for oid in dict.fromkeys(party_ids)])
        return aid

    # -- events -----------------------------------------------------------------------

    def _event(self, conn: Connection, doc_pk: int, e: Any, people_by_entity: dict[str, int], evidence_id: int) -> int:
        st = _statements(conn.dialect.name)
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
            target = self._db.execute(st.event, {
                "type": e.type, "family": codes.family, "date": e.date, "end_date": e.end_date, "place": e.place,
                "planned": bool(e.planned), "cameo_code": codes.cameo_code, "plover_category": codes.plover_category,
            })[0][0]
        else:
            cur_date, cur_end, cur_place, cur_planned = self._db.execute(st.event_now, {"row": target})[0]
            changes: dict[str, Any] = {}
            date = merge.more_precise(cur_date, e.date)
            if date != cur_date:
                changes["date"] = date
            if e.end_date and not cur_end:
                changes["end_date"] = e.end_date
            if e.place and not cur_place:
                changes["place"] = e.place
            if cur_planned and not e.planned:
                changes["planned"] = False  # a report that it happened outranks an announcement
            if changes:
                self._db.execute(st.event_update, {"row": target, **changes})
        if parts:  # one upsert for all participants
            rows = {pid: {"event_id": target, "person_id": pid, "name": part.name, "role": part.role,
                          "country": part.country, "organisation_id": org_id} for pid, part, org_id in parts}
            self._db.executemany(st.participants, list(rows.values()))
        self._db.execute(st.event_source, {"event_id": target, "document_id": doc_pk, "evidence_id": evidence_id})
        return target

    def _merge_target(self, conn: Connection, doc_pk: int, family: str, facts: merge.EventFacts) -> int | None:
        if not facts.date or not facts.people:
            return None
        st = _statements(conn.dialect.name)
        if len(facts.date) == 4:
            rows = self._db.execute(st.same_year, {"family": family, "date": facts.date, "doc": doc_pk})
        else:
            lo = facts.date[:7]
            hi = (facts.end_date or facts.date)[:7] + "~"
            day_lo, day_hi = merge.day_bounds(facts.date, facts.end_date)
            rows = self._db.execute(st.same_months, {"family": family, "lo": lo, "hi": hi, "doc": doc_pk,
                                                     "day_lo": day_lo, "day_hi": day_hi})
        if not rows:
            return None
        events: dict[int, tuple[str, str | None, str | None, str | None]] = {}
        people: dict[int, set[str]] = defaultdict(set)
        orgs: dict[int, set[str]] = defaultdict(set)
        for rid, rtype, rdate, rend, rplace, entity_id, org in rows:
            events.setdefault(rid, (rtype, rdate, rend, rplace))
            if entity_id:
                people[rid].add(entity_id)
            if org:
                orgs[rid].add(org)
        cands = [(rid, merge.EventFacts(*facts_of, frozenset(people[rid]), frozenset(orgs[rid]))) for rid, facts_of in events.items()]
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
            # Titles from the cache of each person's distinct titles plus this batch's; read from
            # the table only for people this writer has not met: re-reading every observation
            # of a much-reported person in every batch made ingest slow down as the corpus grew.
            titles: dict[int, set[str]] = {}
            unknown = [pid for pid in chunk if self._cached("person_titles", pid) is None]
            for j in range(0, len(unknown), 500):
                for r in conn.execute(sa.select(t.c.person_id, t.c.title).where(t.c.person_id.in_(unknown[j : j + 500])).distinct()):
                    titles.setdefault(r.person_id, set()).add(r.title)
            for pid in chunk:
                known = self._cached("person_titles", pid)
                if known is not None:
                    titles[pid] = set(known) | self._batch_titles.get(pid, set())
                self._pending["person_titles"][pid] = frozenset(titles.get(pid, ()))
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
            # The evidence of its first sources only: a story syndicated a thousand times is one
            # event with a thousand sources, and re-reading them all whenever another arrives
            # made ingest slow down as the corpus grew (later copies repeat the first ones).
            nth = sa.func.row_number().over(partition_by=es.c.event_id, order_by=es.c.id).label("nth")
            first = sa.select(es.c.event_id, es.c.evidence_id, es.c.id, nth).where(es.c.event_id.in_(chunk)).subquery()
            for r in conn.execute(sa.select(first.c.event_id, x.c.text).join(x, x.c.id == first.c.evidence_id)
                                  .where(first.c.nth <= EVENT_INDEX_SOURCES).order_by(first.c.event_id, first.c.id)):
                body[r.event_id].append(r.text)
            entries = []
            for r in conn.execute(sa.select(ev.c.id, ev.c.type, ev.c.date, ev.c.place).where(ev.c.id.in_(chunk))):
                title = " ".join(v for v in (r.type, r.date, r.place) if v)
                entries.append((r.id, title, "\n".join(body.get(r.id, []))))
            _search.replace_entries(conn, "event", entries)


def _span(e: Evidence) -> tuple[int, int]:
    return (e.start, e.end)
