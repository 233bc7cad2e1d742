"""The store: schema and migrations, the writer's cross-document resolution, the read API (SQLite, and PostgreSQL when given)."""
from __future__ import annotations

import pytest
import sqlalchemy as sa

from _store_helpers import (  # noqa: F401  (fixtures)
    DANANG, HUE, MAN, RECEPTION_PM, RECEPTION_PRESIDENT, SAYSOMPHONE_EN, SAYSOMPHONE_VI, TALKS_NHANDAN,
    article, engine, ev, event, part, person, prepared, store_url, talks_articles, writer,
)
from hoptac.model import EVENT_TYPES, Agreement, Commitment
from hoptac.resolve import merge
from hoptac.store import queries as Q
from hoptac.store import schema as S
from hoptac.store.writer import Failure

# --- schema ------------------------------------------------------------------------


def test_fresh_store_is_at_the_latest_version_and_empty(engine: sa.Engine) -> None:
    with engine.connect() as conn:
        assert S.current_version(conn) == len(S.MIGRATIONS)
    assert S.migrate(engine) == len(S.MIGRATIONS)  # a second migrate is a no-op
    assert Q.get_stats(engine) == {"documents": 0, "events": 0, "people": 0, "organisations": 0, "agreements": 0, "failed": 0}


def test_store_newer_than_the_code_is_refused(engine: sa.Engine) -> None:
    with engine.begin() as conn:
        conn.execute(S.schema_version.insert().values(version=99, applied_at="now"))
    with pytest.raises(RuntimeError, match="upgrade hoptac"):
        S.migrate(engine)


@pytest.mark.parametrize("typed, url", [
    ("hoptac.db", "sqlite:///hoptac.db"),
    (":memory:", "sqlite://"),
    ("postgresql://u:p@h/db", "postgresql+psycopg://u:p@h/db"),
    ("postgresql+psycopg://u@h/db", "postgresql+psycopg://u@h/db"),
    ("sqlite:////tmp/x.db", "sqlite:////tmp/x.db"),
])
def test_db_url_accepts_paths_and_urls(typed: str, url: str) -> None:
    assert S.db_url(typed) == url


def test_sqlite_store_uses_wal() -> None:
    import tempfile
    from pathlib import Path

    with tempfile.TemporaryDirectory() as d:
        eng = S.open_engine(Path(d) / "w.db", write=True)
        with eng.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 60000
        eng.dispose()


@pytest.mark.parametrize("type_, cameo, plover", [
    ("talks", "040", "CONSULT"), ("reception", "043", "CONSULT"), ("visit", "042", "CONSULT"),
    ("signing", "057", "AGREE"), ("call", "041", "CONSULT"), ("conference", "040", "CONSULT"),
])
def test_event_codes(type_: str, cameo: str, plover: str) -> None:
    c = merge.codes_for(type_)
    assert (c.cameo_code, c.plover_category) == (cameo, plover)


def test_every_event_type_has_codes() -> None:
    assert set(merge.event_codes()) == set(EVENT_TYPES)


# --- merge rules (pure) ------------------------------------------------------------


@pytest.mark.parametrize("a, a_end, b, b_end, same", [
    ("2024-03-12", None, "2024-03-12", None, True),
    ("2024-03-12", None, "2024-03-13", None, False),
    ("2024-03", None, "2024-03-12", None, True),
    ("2024-03-11", "2024-03-13", "2024-03-12", None, True),
    ("2024", None, "2024-03-12", None, False),
    ("2024", None, "2024", None, True),
    (None, None, "2024-03-12", None, False),
])
def test_dates_compatible(a, a_end, b, b_end, same) -> None:  # type: ignore[no-untyped-def]
    assert merge.dates_compatible(a, a_end, b, b_end) is same


def test_same_event_needs_two_shared_people_when_both_name_two() -> None:
    pm = merge.EventFacts("reception", "2024-03-12", people=frozenset({"pham-minh-chinh", "saleumxay"}))
    president = merge.EventFacts("reception", "2024-03-12", people=frozenset({"vo-van-thuong", "saleumxay"}))
    short = merge.EventFacts("talks", "2024-03-12", people=frozenset({"saleumxay"}))
    assert not merge.same_event(pm, president)
    assert merge.same_event(pm, short)  # talks and reception are one family; one named person is all it has


def test_places_that_contradict_block_a_merge_on_one_shared_person() -> None:
    a = merge.EventFacts("talks", "2024-03-12", place="Hà Nội", people=frozenset({"a"}))
    b = merge.EventFacts("talks", "2024-03-12", place="Viêng Chăn", people=frozenset({"a", "b"}))
    c = merge.EventFacts("talks", "2024-03-12", place="Ha Noi", people=frozenset({"a", "b"}))
    assert not merge.same_event(a, b)
    assert merge.same_event(a, c)
    # two people in common on one day: the same meeting, whatever each outlet calls the place
    assert merge.same_event(b, c)


def test_signing_never_merges_with_talks() -> None:
    a = merge.EventFacts("talks", "2024-03-12", people=frozenset({"a", "b"}))
    b = merge.EventFacts("signing", "2024-03-12", people=frozenset({"a", "b"}))
    assert not merge.same_event(a, b)


# --- writer: across documents --------------------------------------------------------


def test_same_meeting_from_two_outlets_is_one_event_with_two_sources(writer, engine) -> None:  # type: ignore[no-untyped-def]
    a1, a2 = talks_articles()
    writer.write_batch([prepared(a1)])
    writer.write_batch([prepared(a2)])
    assert Q.get_stats(engine)["events"] == 1
    [e] = Q.list_events(engine)["items"]
    full = Q.get_event(engine, e["id"])
    assert full["type"] == "talks" and full["date"] == "2024-03-12" and full["place"] == "Hà Nội"
    assert (full["cameo_code"], full["plover_category"]) == ("040", "CONSULT")
    assert sorted(s["document"]["outlet"] for s in full["sources"]) == ["nhandan.vn", "vnexpress.net"]
    assert sorted(p["entity_id"] for p in full["participants"]) == ["saysomphone-phomvihane", "tran-thanh-man", "vuong-dinh-hue"]
    assert full["participants"][0]["role"] == "head"
    assert full["source_count"] == 2
    for s in full["sources"]:
        doc = Q.get_document(engine, s["document"]["doc_id"])
        assert doc["clean_text"][s["evidence"]["start"]:s["evidence"]["end"]] == s["evidence"]["text"]


def test_two_receptions_of_one_guest_by_different_hosts_stay_two_events(writer, engine) -> None:  # type: ignore[no-untyped-def]
    guest = ("Xa-lơm-xay Côm-ma-xít", "saleumxay-kommasith", "LA")
    pm = ("Phạm Minh Chính", "pham-minh-chinh", "VN")
    pres = ("Võ Văn Thưởng", "vo-van-thuong", "VN")
    a1 = article("vov-1", RECEPTION_PM, published="2024-03-12", people=[person("vov-1", RECEPTION_PM, *pm), person("vov-1", RECEPTION_PM, *guest)],
                 events=[event("vov-1", RECEPTION_PM, "reception", "2024-03-12", [part(*pm, role="head"), part(*guest)], "đã tiếp")])
    a2 = article("vov-2", RECEPTION_PRESIDENT, published="2024-03-12", people=[person("vov-2", RECEPTION_PRESIDENT, *pres), person("vov-2", RECEPTION_PRESIDENT, *guest)],
                 events=[event("vov-2", RECEPTION_PRESIDENT, "reception", "2024-03-12", [part(*pres, role="head"), part(*guest)], "đã tiếp")])
    writer.write_batch([prepared(a1), prepared(a2)])
    assert Q.get_stats(engine)["events"] == 2
    assert Q.get_stats(engine)["people"] == 3


def test_two_events_of_one_document_are_never_merged(writer, engine) -> None:  # type: ignore[no-untyped-def]
    t = TALKS_NHANDAN
    parts = [part(*HUE), part(*SAYSOMPHONE_VI)]
    a = article("d", t, events=[event("d", t, "talks", "2024-03-12", parts, "hội đàm với"),
                                event("d", t, "reception", "2024-03-12", parts, "Hai bên nhất trí")])
    writer.write_batch([prepared(a)])
    assert Q.get_stats(engine)["events"] == 2


def test_person_keeps_every_spelling_and_titles_over_time(writer, engine) -> None:  # type: ignore[no-untyped-def]
    a1, a2 = talks_articles()
    writer.write_batch([prepared(a1), prepared(a2)])
    p = Q.get_person(engine, "saysomphone-phomvihane")
    assert {a["alias"] for a in p["aliases"]} == {"Xay-xổm-phon Phôm-vi-hản", "Saysomphone Phomvihane"}
    assert p["country"] == "LA"
    assert [(t["title"], t["date"]) for t in p["titles"]] == [("Chủ tịch Quốc hội", "2024-03-12")] * 2
    assert p["titles"][0]["organisation"] == "Quốc hội Lào"
    assert len(p["events"]) == 1 and len(p["documents"]) == 2
    assert Q.get_person(engine, p["id"])["entity_id"] == "saysomphone-phomvihane"  # by id too
    assert Q.get_person(engine, "nobody") is None


def test_near_duplicate_is_stored_and_points_at_the_original(writer, engine) -> None:  # type: ignore[no-untyped-def]
    body = DANANG + "\n\nHai bên cũng thống nhất tổ chức các hoạt động giao lưu văn hóa, thể thao giữa thanh niên hai địa phương trong năm tới."
    copy = body + "\n\nTheo TTXVN"
    other = TALKS_NHANDAN
    writer.write_batch([prepared(article("orig", body)), prepared(article("copy", copy)), prepared(article("other", other))])
    res = writer.write_batch([prepared(article("copy2", copy + " (bài đăng lại)"))])
    assert res.near_duplicate == 1 and res.new == 0
    assert Q.get_document(engine, "copy")["near_dup_of"] == "orig"
    assert Q.get_document(engine, "copy2")["near_dup_of"] == "orig"
    assert Q.get_document(engine, "other")["near_dup_of"] is None
    assert Q.get_document(engine, "orig")["near_duplicates"] == ["copy", "copy2"]
    assert Q.get_details(engine)["near_duplicates"] == 2


def test_writing_a_batch_twice_stores_nothing_new(writer, engine) -> None:  # type: ignore[no-untyped-def]
    a1, a2 = talks_articles()
    first = writer.write_batch([prepared(a1), prepared(a2), Failure("bad.bin", "not text (binary content: NUL bytes)")])
    again = writer.write_batch([prepared(a1), prepared(a2), Failure("bad.bin", "not text (binary content: NUL bytes)")])
    assert (first.new, first.already, len(first.failed)) == (2, 0, 1)
    assert (again.new, again.already) == (0, 2)
    assert Q.get_stats(engine) == {"documents": 2, "events": 1, "people": 3, "organisations": 2, "agreements": 0, "failed": 1}


def test_same_doc_id_with_other_content_gets_a_distinct_id(writer, engine) -> None:  # type: ignore[no-untyped-def]
    writer.write_batch([prepared(article("1", TALKS_NHANDAN)), prepared(article("1", DANANG))])
    ids = [d["doc_id"] for d in Q.list_documents(engine)["items"]]
    assert sorted(ids)[0] == "1" and sorted(ids)[1].startswith("1~") and len(ids) == 2


def _danang_article(doc_id: str, status: str, published: str) -> object:
    t = DANANG
    sent = "Ngày 5/6/2023, tại thành phố Đà Nẵng, lãnh đạo hai địa phương đã ký Biên bản ghi nhớ hợp tác giai đoạn 2023 – 2027."
    money = "Theo đó, Đà Nẵng sẽ hỗ trợ 10 tỷ đồng để xây dựng trường học cho tỉnh Chăm-pa-xắc."
    return article(
        doc_id, t, published=published,
        agreements=[Agreement("Biên bản ghi nhớ hợp tác", 2023, 2027, ["Thành phố Đà Nẵng", "Tỉnh Chăm-pa-xắc"], status, ev(doc_id, t, sent))],
        commitments=[Commitment("10", "tỷ đồng", "xây dựng trường học", None, ev(doc_id, t, money))],
        content_hash=f"hash-{doc_id}",
    )


def test_agreement_status_history_across_documents(writer, engine) -> None:  # type: ignore[no-untyped-def]
    writer.write_batch([prepared(_danang_article("a", "to_sign", "2023-06-01"))])
    writer.write_batch([prepared(_danang_article("b", "signed", "2023-06-05"))])
    page = Q.list_agreements(engine)
    assert page["total"] == 1
    g = page["items"][0]
    assert (g["name"], g["start_year"], g["end_year"], g["status"]) == ("Biên bản ghi nhớ hợp tác", 2023, 2027, "signed")
    assert [(h["status"], h["date"], h["document"]["doc_id"]) for h in g["status_history"]] == [("to_sign", "2023-06-01", "a"), ("signed", "2023-06-05", "b")]
    assert [p["name"] for p in g["parties"]] == ["Thành phố Đà Nẵng", "Tỉnh Chăm-pa-xắc"]
    assert Q.list_agreements(engine, year=2025)["total"] == 1
    assert Q.list_agreements(engine, year=2030)["total"] == 0
    assert Q.list_agreements(engine, status="to_sign")["total"] == 1
    assert Q.list_agreements(engine, organisation="thanh pho da nang")["total"] == 1
    assert Q.get_agreement(engine, g["id"])["id"] == g["id"]


def test_document_facts_carry_offsets_into_the_clean_text(writer, engine) -> None:  # type: ignore[no-untyped-def]
    a1, _ = talks_articles()
    writer.write_batch([prepared(a1), prepared(_danang_article("dn", "signed", "2023-06-05"))])
    for doc_id in ("nhandan-1", "dn"):
        doc = Q.get_document(engine, doc_id)
        facts = [f for kind in doc["facts"].values() for f in kind]
        assert facts
        for f in facts:
            e = f["evidence"]
            assert doc["clean_text"][e["start"]:e["end"]] == e["text"]
    doc = Q.get_document(engine, "dn")
    assert doc["facts"]["commitments"][0]["quantity"] == "10"
    assert doc["removed"] == []
    assert Q.get_document(engine, "missing") is None


# --- read API ---------------------------------------------------------------------


def _seed(writer) -> None:  # type: ignore[no-untyped-def]
    a1, a2 = talks_articles()
    guest = ("Xa-lơm-xay Côm-ma-xít", "saleumxay-kommasith", "LA")
    pm = ("Phạm Minh Chính", "pham-minh-chinh", "VN")
    a3 = article("vov-1", RECEPTION_PM, published="2024-03-12", people=[person("vov-1", RECEPTION_PM, *pm), person("vov-1", RECEPTION_PM, *guest)],
                 events=[event("vov-1", RECEPTION_PM, "reception", "2024-03-12", [part(*pm, role="head", org="Chính phủ Việt Nam"), part(*guest, org="Bộ Ngoại giao Lào")], "đã tiếp")])
    a4 = _danang_article("dn", "signed", "2023-06-05")
    writer.write_batch([prepared(a1), prepared(a2), prepared(a3), prepared(a4)])


def test_list_events_filters(writer, engine) -> None:  # type: ignore[no-untyped-def]
    _seed(writer)
    assert Q.list_events(engine)["total"] == 2
    assert Q.list_events(engine, type="talks")["total"] == 1
    assert Q.list_events(engine, person="pham-minh-chinh")["total"] == 1
    assert Q.list_events(engine, country_pair="VN-LA")["total"] == 2
    assert Q.list_events(engine, country_pair="VN-KH")["total"] == 0
    assert Q.list_events(engine, date_from="2024-03-12", date_to="2024-03")["total"] == 2
    assert Q.list_events(engine, date_to="2024-02")["total"] == 0
    assert Q.list_events(engine, organisation="Quốc hội Lào")["total"] == 1
    assert Q.list_events(engine, organisation="no such org")["total"] == 0
    assert Q.list_events(engine, q="hoi dam")["total"] == 1
    assert Q.list_events(engine, limit=1, offset=1)["items"][0]["id"] in {e["id"] for e in Q.list_events(engine)["items"]}
    with pytest.raises(ValueError, match="VN-LA"):
        Q.list_events(engine, country_pair="VN")


def test_timeline_latest_and_people(writer, engine) -> None:  # type: ignore[no-untyped-def]
    _seed(writer)
    assert Q.timeline(engine) == [{"period": "2024-03", "count": 2}]
    assert Q.timeline(engine, by="year", type="talks") == [{"period": "2024", "count": 1}]
    assert [e["date"] for e in Q.latest_events(engine, 5)] == ["2024-03-12", "2024-03-12"]
    people = Q.list_people(engine)
    assert people["total"] == 5
    assert people["items"][0]["event_count"] == 1
    assert Q.list_people(engine, country="la")["total"] == 2


def test_organisations_and_pair_dossier(writer, engine) -> None:  # type: ignore[no-untyped-def]
    _seed(writer)
    o = Q.get_organisation(engine, "quoc hoi lao")
    assert o["name"] == "Quốc hội Lào" and o["country"] == "LA"
    assert [p["entity_id"] for p in o["people"]] == ["saysomphone-phomvihane"]
    dossier = Q.organisation_pair_dossier(engine, "Quốc hội Việt Nam", "Quốc hội Lào")
    assert len(dossier["events"]) == 1 and dossier["events"][0]["type"] == "talks"
    assert Q.organisation_pair_dossier(engine, "Quốc hội Việt Nam", "nothing") is None
    dn = Q.organisation_pair_dossier(engine, "Thành phố Đà Nẵng", "Tỉnh Chăm-pa-xắc")
    assert [g["name"] for g in dn["agreements"]] == ["Biên bản ghi nhớ hợp tác"]
    assert Q.list_organisations(engine, q="quoc hoi")["total"] == 2


def test_stats_counts_every_kind(writer, engine) -> None:  # type: ignore[no-untyped-def]
    _seed(writer)
    writer.write_batch([Failure("x.bin", "not text"), Failure("y.txt", "empty file")])
    assert Q.get_stats(engine) == {"documents": 4, "events": 2, "people": 5, "organisations": 6, "agreements": 1, "failed": 2}
    assert Q.list_failed(engine)["items"][0]["source"] == "x.bin"


# --- the writer's driver path ------------------------------------------------------------


def test_driver_gives_what_sqlalchemy_gives(engine: sa.Engine) -> None:
    """The writer's fixed statements run on the driver's cursor; a statement the compiler
    finishes only at execution (an expanding IN list) falls back to SQLAlchemy. Both must
    store and return the same as a plain ``conn.execute``."""
    from hoptac.store.writer import _Driver, _statements

    with engine.begin() as conn:
        db = _Driver(conn)
        st = _statements(conn.dialect.name)
        db.execute(st.insert_new["people"], {"entity_id": "vn:a", "canonical_name": "A", "country": None})
        pid = db.execute(st.select_id["people"], {"key": "vn:a"})[0][0]
        db.executemany(st.alias, [{"person_id": pid, "alias": "A", "folded": "a", "mentions": 1}] * 3)  # upserts
        assert pid == conn.execute(sa.select(S.people.c.id).where(S.people.c.entity_id == "vn:a")).scalar_one()
        assert db.execute(st.select_id["people"], {"key": "vn:missing"}) == []
        db.execute(st.person_country, {"row": pid, "new": "VN"})
        db.execute(st.person_country, {"row": pid, "new": "LA"})  # only fills a missing country
        expanding = sa.select(S.people.c.id, S.people.c.country).where(S.people.c.id.in_(sa.bindparam("ids", expanding=True)))
        assert db.execute(expanding, {"ids": [pid, pid + 99]}) == [(pid, "VN")]
        mentions = conn.execute(sa.select(S.person_aliases.c.mentions)).scalars().all()
        db.close()
    assert mentions == [3]


def test_merge_candidates_are_the_dates_merge_rules_accept(engine: sa.Engine) -> None:
    """The candidate query filters dates in SQL; it must keep exactly the stored events
    whose dates ``merge.dates_compatible`` accepts (within the month window it reads)."""
    from hoptac.store.writer import _Driver, _statements

    stored = ["2023-05-10", "2023-05-11", "2023-05", "2023-05-09", "2023-04-28", "2023-05-31", "2023-06-01", "2023"]
    ends = {"2023-05-09": "2023-05-12", "2023-04-28": "2023-05-02"}
    with engine.begin() as conn:
        ids = {}
        for d in stored:
            ids[d] = conn.execute(S.events.insert().values(type="talks", family="meeting", date=d, end_date=ends.get(d),
                                                           planned=False)).inserted_primary_key[0]
        db = _Driver(conn)
        st = _statements(conn.dialect.name)
        for new, new_end in [("2023-05-10", None), ("2023-05", None), ("2023-05-30", "2023-06-02"), ("2023-05-01", None)]:
            lo, hi = new[:7], (new_end or new)[:7] + "~"
            day_lo, day_hi = merge.day_bounds(new, new_end)
            rows = db.execute(st.same_months, {"family": "meeting", "lo": lo, "hi": hi, "doc": -1, "day_lo": day_lo, "day_hi": day_hi})
            got = {r[0] for r in rows}
            in_window = [d for d in stored if lo <= d <= hi]
            want = {ids[d] for d in in_window if merge.dates_compatible(new, new_end, d, ends.get(d))}
            assert got == want, (new, sorted(got), sorted(want))
        db.close()


def test_a_second_writer_s_titles_reach_the_first_writer_s_search_entry(engine: sa.Engine) -> None:
    """The writer caches each person's titles between batches; another process writing
    titles in between must not leave them out of the person's search entry."""
    from hoptac.store import search as _search
    from hoptac.store.writer import StoreWriter

    def one(doc_id: str, title: str) -> list:
        text = f"Tin {doc_id}\n\nĐồng chí Trần Thanh Mẫn, {title}, dự buổi gặp ngày {doc_id}."
        return [prepared(article(doc_id, text, people=[person(doc_id, text, MAN[0], MAN[1], MAN[2], [title])]))]

    first, second = StoreWriter(engine), StoreWriter(engine)
    first.write_batch(one("1", "Phó Chủ tịch Quốc hội"))
    second.write_batch(one("2", "Ủy viên Bộ Chính trị"))
    first.write_batch(one("3", "Phó Chủ tịch Quốc hội"))  # refreshes the entry from its cache
    with engine.connect() as conn:
        pid = conn.execute(sa.select(S.people.c.id).where(S.people.c.entity_id == MAN[1])).scalar_one()
        assert pid in {ref for ref, _ in _search.match(conn, "uy vien bo chinh tri", "person", 10)}
        assert pid in {ref for ref, _ in _search.match(conn, "pho chu tich quoc hoi", "person", 10)}


def test_an_event_s_search_entry_reads_its_first_sources_only(writer, engine: sa.Engine) -> None:
    """A story republished many times is one event with many sources; its search entry takes
    the evidence of the first EVENT_INDEX_SOURCES, so that each new copy costs the same."""
    from hoptac.store import search as _search
    from hoptac.store.writer import EVENT_INDEX_SOURCES

    words = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliet", "kilo",
             "lima", "mike", "november", "oscar", "papa", "quebec", "romeo", "sierra", "tango", "uniform", "victor"]
    assert len(words) > EVENT_INDEX_SOURCES
    batch = []
    for i, w in enumerate(words):
        doc = f"w{i}"
        text = f"Tin {w}\n\nNgày 5/9/2023, Trần Thanh Mẫn hội đàm với Xay-xổm-phon Phôm-vi-hản về {w}."
        parts = [part(*MAN, role="head"), part(*SAYSOMPHONE_VI, role="head")]
        batch.append(prepared(article(doc, text, published="2023-09-05", events=[event(doc, text, "talks", "2023-09-05", parts, "hội đàm")])))
    writer.write_batch(batch)
    with engine.connect() as conn:
        assert conn.execute(sa.select(sa.func.count()).select_from(S.events)).scalar() == 1
        found = {w: bool(_search.match(conn, w, "event", 5)) for w in words}
    assert all(found[w] for w in words[:EVENT_INDEX_SOURCES])
    assert not any(found[w] for w in words[EVENT_INDEX_SOURCES:])
