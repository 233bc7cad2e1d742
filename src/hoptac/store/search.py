"""Accent-insensitive search: what goes into ``search_index`` and how a query is matched.

Both sides are folded with :func:`hoptac.clean.normalize.fold` (lower case, no
diacritics, đ→d) because SQLite FTS5's ``remove_diacritics`` does not fold đ, and
PostgreSQL has no ``unaccent`` without an extension. A query is cut into word terms
and each term is quoted, so FTS syntax (``"``, ``*``, ``NEAR``, ``-``, parentheses)
and SQL fragments in a query are only ever searched for as words.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import cache
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from hoptac.clean.normalize import fold
from hoptac.store.schema import SEARCH_WORDS_SQL, search_index

_TERM = re.compile(r"\w+")
_ASCII_TERM = re.compile(r"[0-9a-z_]+")
MAX_TERMS = 16


def query_terms(q: str) -> list[str]:
    """The folded word terms of a user query (at most MAX_TERMS); punctuation and operators drop out."""
    return _TERM.findall(fold(q or ""))[:MAX_TERMS]


def index_text(*parts: str | None) -> str:
    return fold("\n".join(p for p in parts if p))


def document_entry(title: str | None, clean_text: str) -> tuple[str, str]:
    """A document's (title, body) search entry, folded: made where the article is extracted,
    so that the single writer only inserts it (``replace_entries(..., folded=True)``)."""
    return index_text(title), index_text((title or "") + "\n" + clean_text)


KINDS = ("document", "person", "event", "organisation")
RANK_WINDOW = 500  # SQLite ranks (bm25) only the newest matches: a common word must not rank the whole corpus


@cache
def _fts_statements(kind: str) -> tuple[sa.TextClause, sa.TextClause]:
    """DELETE and INSERT for one FTS5 table, built once (the writer runs them per document)."""
    table = f"search_{kind}"  # kind is one of KINDS: safe to put in SQL
    return (
        sa.text(f"DELETE FROM {table} WHERE rowid = :ref_id"),
        sa.text(f"INSERT INTO {table} (rowid, title, body) VALUES (:ref_id, :title, :body)"),
    )


def replace_entries(
    conn: Connection,
    kind: str,
    entries: Iterable[tuple[int, str | None, str | None]],
    *,
    new: bool = False,
    folded: bool = False,
    executemany: Callable[[Any, list[dict[str, Any]]], Any] | None = None,
) -> None:
    """Set the index rows of ``kind`` for the given (ref_id, title, body), replacing older ones
    (``new``: the rows were just created, so there is nothing to replace; ``folded``: title and
    body went through ``index_text`` already; ``executemany``: how to run a statement over
    rows, when the caller has a faster way than ``conn.execute``)."""
    run = executemany or conn.execute
    if kind not in KINDS:
        raise ValueError(f"unknown search kind {kind!r}")
    if folded:
        rows = [{"ref_id": ref, "title": title or "", "body": body or ""} for ref, title, body in entries]
    else:
        rows = [{"ref_id": ref, "title": index_text(title), "body": index_text(body)} for ref, title, body in entries]
    if not rows:
        return
    ids = [r["ref_id"] for r in rows]
    if conn.dialect.name == "sqlite":
        delete, insert = _fts_statements(kind)
        if not new:
            run(delete, [{"ref_id": x} for x in ids])
        run(insert, rows)
        return
    for i in range(0, len(ids) if not new else 0, 500):
        conn.execute(search_index.delete().where(search_index.c.kind == kind, search_index.c.ref_id.in_(ids[i : i + 500])))
    run(search_index.insert(), [{"kind": kind, **r} for r in rows])


def match(conn: Connection, q: str, kind: str, limit: int) -> list[tuple[int, float]]:
    """(ref_id, score) of the best ``kind`` entries matching every term of ``q``; higher score is better."""
    if kind not in KINDS:
        raise ValueError(f"unknown search kind {kind!r}")
    terms = query_terms(q)
    if not terms or limit <= 0:
        return []
    if conn.dialect.name == "sqlite":
        t = f"search_{kind}"
        expr = " ".join('"' + term.replace('"', '""') + '"' for term in terms)
        window = max(RANK_WINDOW, limit)
        rows = conn.execute(
            sa.text(
                f"SELECT rowid, bm25({t}) AS r FROM {t} WHERE {t} MATCH :m AND rowid >= "
                f"(SELECT coalesce(min(rowid), 0) FROM (SELECT rowid FROM {t} WHERE {t} MATCH :m ORDER BY rowid DESC LIMIT :w)) "
                "ORDER BY r LIMIT :n"
            ),
            {"m": expr, "n": limit, "w": window},
        ).all()
        return [(int(r[0]), -float(r[1])) for r in rows]
    conds = [search_index.c.kind == kind]
    if all(_ASCII_TERM.fullmatch(t) for t in terms):
        # The word index (schema ``_v3``) finds the candidates; the patterns below keep the
        # exact meaning. Only for plain ASCII terms: a database in the C locale would not
        # count other letters as word characters, and would then miss entries.
        conds.append(sa.text(f"{SEARCH_WORDS_SQL} @@ plainto_tsquery('simple'::regconfig, :words)")
                     .bindparams(words=" ".join(terms)))
    for term in terms:
        # Word boundaries (\m \M) without any extension; terms are \w+ so nothing needs escaping.
        conds.append(sa.or_(search_index.c.title.op("~")(rf"\m{term}\M"), search_index.c.body.op("~")(rf"\m{term}\M")))
    rows = conn.execute(
        sa.select(search_index.c.ref_id).where(*conds).order_by(search_index.c.ref_id.desc()).limit(limit)
    ).all()
    return [(int(r[0]), 1.0 / (i + 1)) for i, r in enumerate(rows)]


def snippet(text: str | None, q: str, width: int = 160) -> str:
    """A piece of the original (accented) text around the first query term."""
    if not text:
        return ""
    terms = query_terms(q)
    folded = fold(text)
    pos = -1
    if len(folded) == len(text):
        for t in terms:
            m = re.search(rf"\b{re.escape(t)}\b", folded)
            if m:
                pos = m.start()
                break
    if pos < 0:
        pos = 0
    start = max(0, pos - width // 3)
    piece = text[start : start + width].replace("\n", " ").strip()
    return ("…" if start > 0 else "") + piece + ("…" if start + width < len(text) else "")


def as_hit(kind: str, ident: Any, title: str | None, snip: str, score: float, **extra: Any) -> dict[str, Any]:
    return {"kind": kind, "id": ident, "title": title or "", "snippet": snip, "score": round(score, 4), **extra}
