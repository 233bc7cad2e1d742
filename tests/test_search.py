"""Search: accent-insensitive (đ = d) over documents, people under every spelling, and events; any query is safe."""
from __future__ import annotations

import json
import re

import pytest
from _store_helpers import (  # noqa: F401  (fixtures)
    DANANG,
    THONGLOUN_ROMAN,
    THONGLOUN_VI,
    article,
    engine,
    event,
    part,
    person,
    prepared,
    store_url,
    talks_articles,
    writer,
)
from click.testing import CliRunner

from hoptac.cli import app
from hoptac.store import queries as Q
from hoptac.store.search import query_terms, snippet

THONGLOUN_ID = "thongloun-sisoulith"


def _seed(writer) -> None:  # type: ignore[no-untyped-def]
    a1, a2 = talks_articles()
    vi = article("lao-vi", THONGLOUN_VI, published="2021-06-28",
                 people=[person("lao-vi", THONGLOUN_VI, "Thoong-lun Xi-xu-lít", THONGLOUN_ID, "LA", titles=["Tổng Bí thư", "Chủ tịch nước"])],
                 events=[event("lao-vi", THONGLOUN_VI, "visit", "2021-06-28", [part("Thoong-lun Xi-xu-lít", THONGLOUN_ID, "LA", role="head")], "bắt đầu chuyến thăm", place="Hà Nội")])
    roman = article("lao-en", THONGLOUN_ROMAN, published="2021-06-29",
                    people=[person("lao-en", THONGLOUN_ROMAN, "Thongloun Sisoulith", THONGLOUN_ID, "LA")])
    writer.write_batch([prepared(a1), prepared(a2), prepared(article("dn", DANANG)), prepared(vi), prepared(roman)])


def _kinds(hits: list[dict], kind: str) -> list:
    return [h["id"] for h in hits if h["kind"] == kind]


@pytest.mark.parametrize("query, doc_id", [
    ("Da Nang", "dn"),            # no accents, and đ typed as d
    ("đà nẵng", "dn"),            # lower case with accents
    ("ĐÀ NẴNG", "dn"),            # upper case
    ("dang bo", "dn"),            # "Đảng bộ": đ folded on both sides
    ("cham pa xac", "dn"),        # hyphenated transliteration, typed as words
    ("hoi dam", "nhandan-1"),
])
def test_accent_free_query_finds_accented_text(writer, engine, query: str, doc_id: str) -> None:  # type: ignore[no-untyped-def]
    _seed(writer)
    assert doc_id in _kinds(Q.search(engine, query), "document")


def test_romanised_lao_name_finds_the_article_with_only_the_transliteration(writer, engine) -> None:  # type: ignore[no-untyped-def]
    _seed(writer)
    hits = Q.search(engine, "Thongloun Sisoulith")
    people = [h for h in hits if h["kind"] == "person"]
    assert [p["entity_id"] for p in people] == [THONGLOUN_ID]
    docs = {h["id"]: h for h in hits if h["kind"] == "document"}
    assert "lao-vi" in docs  # its text says only "Thoong-lun Xi-xu-lít"
    assert "Thongloun" not in Q.get_document(engine, "lao-vi")["clean_text"]
    assert docs["lao-vi"]["via"]["name"] == "Thoong-lun Xi-xu-lít"
    # and the other way round
    assert "lao-en" in _kinds(Q.search(engine, "xi xu lit"), "document")


def test_events_are_found_by_participant_spelling(writer, engine) -> None:  # type: ignore[no-untyped-def]
    _seed(writer)
    [eid] = _kinds(Q.search(engine, "Thongloun"), "event")
    assert Q.get_event(engine, eid)["type"] == "visit"
    # the merged talks: indexed under both spellings of the Lao chairman
    assert len(_kinds(Q.search(engine, "Saysomphone"), "event")) == 1
    assert _kinds(Q.search(engine, "Saysomphone"), "event") == _kinds(Q.search(engine, "xay xom phon"), "event")


@pytest.mark.parametrize("query", [
    '"', '""', "'", "*", "NEAR", "NEAR(a b)", "a OR", "AND", "NOT", "-", "^", "(", ")", ":", "{", "col:val",
    "x'; DROP TABLE documents; --", "1=1 OR '1'='1'", "%", "_", "\\", "\x00", "đ" * 500, " ", "", "Đà Nẵng*", "\"Đà Nẵng",
])
def test_hostile_queries_never_error(writer, engine, query: str) -> None:  # type: ignore[no-untyped-def]
    _seed(writer)
    hits = Q.search(engine, query)
    assert isinstance(hits, list)
    assert Q.get_stats(engine)["documents"] == 5  # and nothing was dropped


def test_query_terms_drop_operators_and_fold() -> None:
    assert query_terms('Đảng "NEAR(x" *') == ["dang", "near", "x"]
    assert query_terms("") == []


def test_snippet_is_cut_from_the_accented_text() -> None:
    s = snippet(DANANG, "cham pa xac")
    assert "Chăm-pa-xắc" in s


def test_search_cli_json(tmp_path, writer, engine, store_url) -> None:  # type: ignore[no-untyped-def]
    _seed(writer)
    res = CliRunner().invoke(app, ["search", "Thongloun", "--db", store_url, "--format", "json"])
    assert res.exit_code == 0, res.output
    hits = json.loads(res.stdout)
    assert [(h["kind"], h["id"]) for h in hits if h["kind"] != "event"][:1] == [("person", hits[0]["id"])]
    assert {"lao-vi", "lao-en"} <= set(_kinds(hits, "document"))


def test_search_cli_no_match(writer, store_url) -> None:  # type: ignore[no-untyped-def]
    _seed(writer)
    res = CliRunner().invoke(app, ["search", "zzzqqq", "--db", store_url])
    assert res.exit_code == 0
    assert res.stdout == "no match for 'zzzqqq'\n"


def test_search_on_a_missing_database_says_what_to_do(tmp_path) -> None:  # type: ignore[no-untyped-def]
    res = CliRunner().invoke(app, ["search", "x", "--db", str(tmp_path / "none.db")])
    assert res.exit_code == 1
    assert "hoptac ingest" in res.stderr
    assert not (tmp_path / "none.db").exists()


def test_postgres_word_index_is_used_and_finds_what_the_patterns_find(writer, engine, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The GIN word index only narrows the rows; the patterns decide, so the hits are the
    same with and without it, numbers inside dates ("28/6/2021") included."""
    if engine.dialect.name != "postgresql":
        pytest.skip("PostgreSQL only")
    import sqlalchemy as sa

    import hoptac.store.search as S

    _seed(writer)
    queries = ["2021", "28", "xi xu lit", "hoi dam", "da nang", "thongloun sisoulith", "nhan dan", "zzz"]
    with engine.connect() as conn:
        indexed = {q: S.match(conn, q, "document", 50) for q in queries}
        conn.execute(sa.text("SET enable_seqscan = off"))
        stmt = sa.text(f"EXPLAIN SELECT ref_id FROM search_index WHERE {S.SEARCH_WORDS_SQL} @@ plainto_tsquery('simple'::regconfig, 'hoi dam')")
        plan = "\n".join(r[0] for r in conn.execute(stmt))
    assert "ix_search_index_words" in plan, plan
    monkeypatch.setattr(S, "_ASCII_TERM", re.compile(r"(?!)"))  # the patterns alone
    with engine.connect() as conn:
        plain = {q: S.match(conn, q, "document", 50) for q in queries}
    assert indexed == plain
    assert indexed["2021"] and indexed["hoi dam"] and not indexed["zzz"]
