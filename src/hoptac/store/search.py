"""Accent-insensitive search: what goes into ``search_index`` and how a query is matched.

Both sides are folded with :func:`hoptac.clean.normalize.fold` (lower case, no
diacritics, đ→d) because SQLite FTS5's ``remove_diacritics`` does not fold đ, and
PostgreSQL has no ``unaccent`` without an extension. A query is cut into word terms
and each term is quoted, so FTS syntax (``"``, ``*``, ``NEAR``, ``-``, parentheses)
and SQL fragments in a query are only ever searched for as words.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from hoptac.clean.normalize import fold
from hoptac.store.schema import search_index

_TERM = re.compile(r"\w+")
MAX_TERMS = 16


def query_terms(q: str) -> list[str]:
    """The folded word terms of a user query (at most MAX_TERMS); punctuation and operators drop out."""
    return _TERM.findall(fold(q or ""))[:MAX_TERMS]


def index_text(*parts: str | None) -> str:
    return fold("\n".join(p for p in parts if p))


KIND_CODES = {"document": 0, "person": 1, "event": 2, "organisation": 3}


def replace_entries(conn: Connection, kind: str, entries: Iterable[tuple[int, str | None, str | None]]) -> None:
    """Set the index rows of ``kind`` for the given (ref_id, title, body), replacing older ones.

    On SQLite the FTS rowid is derived from (kind, ref_id), so a replacement is a
    rowid lookup rather than a scan of the unindexed ``kind`` column.
    """
    rows = [
        {"kind": kind, "ref_id": ref, "title": index_text(title), "body": index_text(body),
         "rowid": ref * 4 + KIND_CODES[kind]}
        for ref, title, body in entries
    ]
    if not rows:
        return
    if conn.dialect.name == "sqlite":
        for i in range(0, len(rows), 500):
            chunk = [r["rowid"] for r in rows[i : i + 500]]
            conn.execute(sa.text("DELETE FROM search_index WHERE rowid IN (%s)" % ",".join(map(str, chunk))))
        conn.execute(
            sa.text("INSERT INTO search_index (rowid, kind, ref_id, title, body) VALUES (:rowid, :kind, :ref_id, :title, :body)"),
            rows,
        )
        return
    for r in rows:
        del r["rowid"]
    ids = [r["ref_id"] for r in rows]
    for i in range(0, len(ids), 500):
        conn.execute(search_index.delete().where(search_index.c.kind == kind, search_index.c.ref_id.in_(ids[i : i + 500])))
    conn.execute(search_index.insert(), rows)


def match(conn: Connection, q: str, kind: str, limit: int) -> list[tuple[int, float]]:
    """(ref_id, score) of the best ``kind`` entries matching every term of ``q``; higher score is better."""
    terms = query_terms(q)
    if not terms or limit <= 0:
        return []
    if conn.dialect.name == "sqlite":
        expr = " ".join('"' + t.replace('"', '""') + '"' for t in terms)
        rows = conn.execute(
            sa.text(
                "SELECT ref_id, bm25(search_index) AS r FROM search_index "
                "WHERE search_index MATCH :m AND kind = :k ORDER BY r LIMIT :n"
            ),
            {"m": expr, "k": kind, "n": limit},
        ).all()
        return [(int(r[0]), -float(r[1])) for r in rows]
    conds = [search_index.c.kind == kind]
    for t in terms:
        # Word boundaries (\m \M) without any extension; terms are \w+ so nothing needs escaping.
        conds.append(sa.or_(search_index.c.title.op("~")(rf"\m{t}\M"), search_index.c.body.op("~")(rf"\m{t}\M")))
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
