"""The store's tables, engine setup and migrations: SQLAlchemy Core, same code on SQLite and PostgreSQL.

Why Core and not the ORM: the writer inserts in batches and the readers return plain
dicts, so mapped classes would only add a layer. Why hand-written migrations: the
schema is small; a ``schema_version`` table and a list of functions (as in
sqlite-utils' migrations) is all it needs, and it runs the same on both databases.

Layout, in one sentence per table group:
- ``documents`` are keyed by ``content_hash`` (SHA-256 of the raw bytes), so an
  ingest is idempotent; ``near_dup_of`` points at the first stored copy of a
  syndicated story.
- ``evidence`` holds character spans of the clean text; every fact row points at one.
- ``people`` are keyed by the extractor's ``entity_id``; ``person_aliases`` collect
  every spelling seen, ``person_titles`` every title observation with its date and
  evidence, ``person_mentions`` every place a person is named.
- ``organisations`` are keyed by their folded name; ``organisation_aliases`` like people.
- ``events`` are merged across documents; ``event_participants`` and
  ``event_sources`` (document + evidence) keep every report.
- ``agreements`` with ``agreement_parties`` and ``agreement_status`` (status over time).
- ``commitments`` per document, with evidence.
- ``failed_inputs``: every input that could not be read, with the reason.
- ``search_index``: a folded copy (lower case, no diacritics, đ→d) of the searchable
  text; on SQLite one FTS5 virtual table per kind (``search_document``, ``search_person``,
  ``search_event``, ``search_organisation``), elsewhere a plain table searched by regex.
"""
from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy import event as sa_event
from sqlalchemy.engine import Connection, Engine

SCHEMA_VERSION = 2
DEFAULT_DB = "hoptac.db"

metadata = sa.MetaData()

schema_version = sa.Table(
    "schema_version",
    metadata,
    sa.Column("version", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("applied_at", sa.String(32), nullable=False),
)

documents = sa.Table(
    "documents",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("content_hash", sa.String(64), nullable=False, unique=True),
    sa.Column("doc_id", sa.String(255), nullable=False, unique=True),
    sa.Column("source", sa.Text, nullable=False, default=""),
    sa.Column("url", sa.Text),
    sa.Column("outlet", sa.String(255)),
    sa.Column("published", sa.String(10), index=True),  # YYYY-MM-DD, YYYY-MM or YYYY
    sa.Column("title", sa.Text),
    sa.Column("byline", sa.Text),
    sa.Column("credited_source", sa.Text),
    sa.Column("clean_text", sa.Text, nullable=False),
    sa.Column("removed", sa.JSON, nullable=False),  # [{"text", "reason"}]
    sa.Column("encoding", sa.String(64)),
    sa.Column("minhash", sa.LargeBinary),  # signature for near-duplicate detection
    sa.Column("near_dup_of", sa.Integer, sa.ForeignKey("documents.id"), index=True),
    sa.Column("ingested_at", sa.String(32), nullable=False),
)

# Locality-sensitive hashing bands of each document's MinHash, stored so that the
# near-duplicate index persists between runs and needs no memory that grows with the corpus.
minhash_bands = sa.Table(
    "minhash_bands",
    metadata,
    sa.Column("band", sa.Integer, nullable=False),
    sa.Column("hash", sa.BigInteger, nullable=False),
    sa.Column("document_id", sa.Integer, sa.ForeignKey("documents.id"), nullable=False),
    sa.Index("ix_minhash_bands_band_hash", "band", "hash"),
)

evidence = sa.Table(
    "evidence",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("document_id", sa.Integer, sa.ForeignKey("documents.id"), nullable=False),
    sa.Column("start", sa.Integer, nullable=False),
    sa.Column("end", sa.Integer, nullable=False),
    sa.Column("text", sa.Text, nullable=False),
    sa.UniqueConstraint("document_id", "start", "end", name="uq_evidence_span"),
)

people = sa.Table(
    "people",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("entity_id", sa.String(255), nullable=False, unique=True),
    sa.Column("canonical_name", sa.Text, nullable=False),
    sa.Column("country", sa.String(2)),
)

person_aliases = sa.Table(
    "person_aliases",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("person_id", sa.Integer, sa.ForeignKey("people.id"), nullable=False),
    sa.Column("alias", sa.Text, nullable=False),
    sa.Column("folded", sa.Text, nullable=False),
    sa.Column("mentions", sa.Integer, nullable=False, default=1),
    sa.UniqueConstraint("person_id", "alias", name="uq_person_alias"),
)

person_mentions = sa.Table(
    "person_mentions",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("person_id", sa.Integer, sa.ForeignKey("people.id"), nullable=False, index=True),
    sa.Column("document_id", sa.Integer, sa.ForeignKey("documents.id"), nullable=False, index=True),
    sa.Column("evidence_id", sa.Integer, sa.ForeignKey("evidence.id"), nullable=False),
    sa.Column("name", sa.Text, nullable=False),  # as written in this document
    sa.Column("country", sa.String(2)),
    sa.Column("organisation_id", sa.Integer, sa.ForeignKey("organisations.id")),
)

person_titles = sa.Table(
    "person_titles",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("person_id", sa.Integer, sa.ForeignKey("people.id"), nullable=False, index=True),
    sa.Column("title", sa.Text, nullable=False),
    sa.Column("organisation_id", sa.Integer, sa.ForeignKey("organisations.id")),
    sa.Column("date", sa.String(10)),  # the document's publication date: when the title was seen
    sa.Column("document_id", sa.Integer, sa.ForeignKey("documents.id"), nullable=False),
    sa.Column("evidence_id", sa.Integer, sa.ForeignKey("evidence.id"), nullable=False),
    sa.Index("ix_person_titles_document_id", "document_id"),
)

organisations = sa.Table(
    "organisations",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("key", sa.String(512), nullable=False, unique=True),  # folded name
    sa.Column("canonical_name", sa.Text, nullable=False),
    sa.Column("country", sa.String(2)),
    sa.Column("parent_id", sa.Integer, sa.ForeignKey("organisations.id")),
)

organisation_aliases = sa.Table(
    "organisation_aliases",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("organisation_id", sa.Integer, sa.ForeignKey("organisations.id"), nullable=False),
    sa.Column("alias", sa.Text, nullable=False),
    sa.Column("folded", sa.Text, nullable=False),
    sa.UniqueConstraint("organisation_id", "alias", name="uq_organisation_alias"),
)

events = sa.Table(
    "events",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("type", sa.String(32), nullable=False),
    sa.Column("family", sa.String(32), nullable=False),  # merge only within one family
    sa.Column("date", sa.String(10), index=True),
    sa.Column("end_date", sa.String(10)),
    sa.Column("place", sa.Text),
    sa.Column("planned", sa.Boolean, nullable=False, default=False),
    sa.Column("cameo_code", sa.String(8)),
    sa.Column("plover_category", sa.String(32)),
)

event_participants = sa.Table(
    "event_participants",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("event_id", sa.Integer, sa.ForeignKey("events.id"), nullable=False, index=True),
    sa.Column("person_id", sa.Integer, sa.ForeignKey("people.id"), nullable=False, index=True),
    sa.Column("name", sa.Text, nullable=False),  # as first written
    sa.Column("role", sa.String(16)),  # head | member | None
    sa.Column("country", sa.String(2)),  # the side the person represents
    sa.Column("organisation_id", sa.Integer, sa.ForeignKey("organisations.id")),
    sa.UniqueConstraint("event_id", "person_id", name="uq_event_participant"),
)

event_sources = sa.Table(
    "event_sources",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("event_id", sa.Integer, sa.ForeignKey("events.id"), nullable=False, index=True),
    sa.Column("document_id", sa.Integer, sa.ForeignKey("documents.id"), nullable=False, index=True),
    sa.Column("evidence_id", sa.Integer, sa.ForeignKey("evidence.id"), nullable=False),
    sa.UniqueConstraint("event_id", "document_id", "evidence_id", name="uq_event_source"),
)

agreements = sa.Table(
    "agreements",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("key", sa.String(1024), nullable=False, unique=True),  # folded name + period + parties
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("start_year", sa.Integer),
    sa.Column("end_year", sa.Integer),
)

agreement_parties = sa.Table(
    "agreement_parties",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("agreement_id", sa.Integer, sa.ForeignKey("agreements.id"), nullable=False, index=True),
    sa.Column("organisation_id", sa.Integer, sa.ForeignKey("organisations.id"), nullable=False, index=True),
    sa.UniqueConstraint("agreement_id", "organisation_id", name="uq_agreement_party"),
)

agreement_status = sa.Table(
    "agreement_status",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("agreement_id", sa.Integer, sa.ForeignKey("agreements.id"), nullable=False, index=True),
    sa.Column("status", sa.String(16)),  # signed | to_sign | in_force | reviewed | None
    sa.Column("date", sa.String(10)),  # publication date of the reporting document
    sa.Column("document_id", sa.Integer, sa.ForeignKey("documents.id"), nullable=False, index=True),
    sa.Column("evidence_id", sa.Integer, sa.ForeignKey("evidence.id"), nullable=False),
)

commitments = sa.Table(
    "commitments",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("document_id", sa.Integer, sa.ForeignKey("documents.id"), nullable=False, index=True),
    sa.Column("evidence_id", sa.Integer, sa.ForeignKey("evidence.id"), nullable=False),
    sa.Column("quantity", sa.Text, nullable=False),
    sa.Column("unit", sa.Text, nullable=False),
    sa.Column("what", sa.Text, nullable=False),
    sa.Column("period", sa.Text),
)

failed_inputs = sa.Table(
    "failed_inputs",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("source", sa.Text, nullable=False),
    sa.Column("reason", sa.Text, nullable=False),
    sa.Column("content_hash", sa.String(64)),
    sa.Column("failed_at", sa.String(32), nullable=False),
    sa.UniqueConstraint("source", "reason", name="uq_failed_input"),
)

# kind: "document" | "person" | "event" | "organisation"; ref_id: the row id in that table.
# On SQLite this table is not created: each kind has its own FTS5 table search_<kind> (see _v1).
SEARCH_KINDS = ("document", "person", "event", "organisation")
search_index = sa.Table(
    "search_index",
    metadata,
    sa.Column("kind", sa.String(16), nullable=False),
    sa.Column("ref_id", sa.Integer, nullable=False),
    sa.Column("title", sa.Text, nullable=False),
    sa.Column("body", sa.Text, nullable=False),
    sa.Index("ix_search_index_ref", "kind", "ref_id"),
)

FACT_TABLES = (
    "documents", "evidence", "people", "person_aliases", "person_mentions", "person_titles",
    "organisations", "organisation_aliases", "events", "event_participants", "event_sources",
    "agreements", "agreement_parties", "agreement_status", "commitments", "failed_inputs",
)


# --- engines ---------------------------------------------------------------------


def db_url(db: str | os.PathLike[str] | None) -> str:
    """A SQLAlchemy URL from what the user typed: a URL, or a file path for SQLite."""
    db = os.fspath(db) if db is not None else DEFAULT_DB
    if "://" in db:
        if db.startswith(("postgres://", "postgresql://")):
            # psycopg 3 is the driver we depend on; SQLAlchemy's default is psycopg2.
            db = "postgresql+psycopg://" + db.split("://", 1)[1]
        return db
    if db == ":memory:":
        return "sqlite://"
    return "sqlite:///" + str(Path(db).expanduser())


def open_engine(db: str | os.PathLike[str] | Engine | None = None, *, write: bool = False,
                busy_timeout: float = 60.0, migrate_schema: bool = True) -> Engine:
    """An Engine for ``db`` with the schema brought up to date.

    On SQLite: WAL journal (readers never block the writer), a busy timeout so a second
    writer waits instead of failing at once, foreign keys on, and with ``write=True``
    every transaction starts with ``BEGIN IMMEDIATE`` so two writers queue on the lock
    instead of deadlocking on a lock upgrade.
    """
    if isinstance(db, Engine):
        engine = db
    else:
        url = db_url(db)
        kwargs: dict = {}
        if url.startswith("sqlite"):
            kwargs["connect_args"] = {"timeout": busy_timeout, "check_same_thread": False}
            if url in ("sqlite://", "sqlite:///:memory:"):
                kwargs["poolclass"] = sa.pool.StaticPool
        engine = sa.create_engine(url, **kwargs)
        if engine.dialect.name == "sqlite":
            _configure_sqlite(engine, write=write, busy_timeout=busy_timeout)
    if migrate_schema:
        migrate(engine)
    return engine


def _configure_sqlite(engine: Engine, *, write: bool, busy_timeout: float) -> None:
    @sa_event.listens_for(engine, "connect")
    def _connect(dbapi_conn, _record) -> None:  # type: ignore[no-untyped-def]
        dbapi_conn.isolation_level = None  # we issue BEGIN ourselves
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout = {int(busy_timeout * 1000)}")
        cur.execute("PRAGMA foreign_keys = ON")
        try:
            cur.execute("PRAGMA journal_mode = WAL")
        except Exception:  # a read-only medium: keep the default journal
            pass
        cur.execute("PRAGMA synchronous = NORMAL")
        cur.close()

    @sa_event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        immediate = write or conn.info.get("hoptac_immediate", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


# --- migrations ------------------------------------------------------------------


def _now() -> str:
    import datetime as _dt

    return _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds")


def _v1(conn: Connection) -> None:
    """All tables; on SQLite the search index is FTS5 with diacritics folded."""
    tables = [t for t in metadata.sorted_tables if t.name not in ("search_index", "schema_version")]
    metadata.create_all(conn, tables=tables)
    if conn.dialect.name == "sqlite":
        # One FTS5 table per kind (rowid = the row's id): filtering a shared table by kind
        # made a people search walk every matching document.
        for kind in SEARCH_KINDS:
            conn.exec_driver_sql(
                f"CREATE VIRTUAL TABLE IF NOT EXISTS search_{kind} USING fts5("
                "title, body, tokenize = 'unicode61 remove_diacritics 2')"
            )
    else:
        metadata.create_all(conn, tables=[search_index])


def _v2(conn: Connection) -> None:
    """The event page reads participants' titles by document: index person_titles.document_id."""
    for index in person_titles.indexes:
        if index.name == "ix_person_titles_document_id":
            index.create(conn, checkfirst=True)


# PostgreSQL: the words of each search entry in a GIN index, so that a search reads the few
# entries holding every term instead of testing a regular expression on every row. The
# entry is cut into word-character runs first (what the query's \m…\M patterns see), and
# 'simple' keeps every word as it is: no stemming, no stop words. Built into PostgreSQL,
# no extension to install.
SEARCH_WORDS_SQL = "to_tsvector('simple'::regconfig, regexp_replace(title || ' ' || body, '\\W+', ' ', 'g'))"


def _v3(conn: Connection) -> None:
    """PostgreSQL: a full-text (GIN) index over the search entries' words."""
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql(f"CREATE INDEX IF NOT EXISTS ix_search_index_words ON search_index USING gin ({SEARCH_WORDS_SQL})")


MIGRATIONS: list[Callable[[Connection], None]] = [_v1, _v2, _v3]
"""Migration ``i`` brings the schema from version ``i`` to ``i + 1``. Append, never edit."""


def current_version(conn: Connection) -> int:
    if not sa.inspect(conn).has_table("schema_version"):
        return 0
    return conn.execute(sa.select(sa.func.max(schema_version.c.version))).scalar() or 0


def migrate(engine: Engine) -> int:
    """Apply pending migrations, each in its own transaction; return the schema version.

    Safe when two processes start at once: SQLite's BEGIN IMMEDIATE and PostgreSQL's
    advisory lock let one migrate while the other waits and then finds nothing to do.
    """
    with engine.connect() as conn:
        version = current_version(conn)
        conn.rollback()
    if version > len(MIGRATIONS):
        raise RuntimeError(
            f"the database has schema version {version}, newer than this hoptac ({len(MIGRATIONS)}); upgrade hoptac"
        )
    if version == len(MIGRATIONS):
        return version
    with engine.connect() as conn:
        conn.info["hoptac_immediate"] = True  # SQLite: take the write lock before reading the version
        try:
            with conn.begin():
                if conn.dialect.name == "postgresql":
                    conn.execute(sa.text("SELECT pg_advisory_xact_lock(74061)"))
                metadata.create_all(conn, tables=[schema_version])
                version = current_version(conn)
                for i in range(version, len(MIGRATIONS)):
                    MIGRATIONS[i](conn)
                    conn.execute(schema_version.insert().values(version=i + 1, applied_at=_now()))
                version = len(MIGRATIONS)
        finally:
            conn.info.pop("hoptac_immediate", None)
    return version
