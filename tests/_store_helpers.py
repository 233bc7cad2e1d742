"""Shared pieces of the store tests: fixture articles (written for these tests), record builders, a store per backend.

The store tests run on SQLite always and on PostgreSQL when HOPTAC_TEST_PG_URL is set
(a throwaway database: the fixture drops hoptac's tables before each test).
"""
from __future__ import annotations

import os
from typing import Any

import pytest
import sqlalchemy as sa

from hoptac.model import Agreement, Article, Commitment, Event, Evidence, Participant, Person
from hoptac.store import schema as S
from hoptac.store.schema import open_engine
from hoptac.store.writer import Prepared, StoreWriter
from hoptac.resolve.dedup import signature

PG_URL = os.environ.get("HOPTAC_TEST_PG_URL")

# Short articles in the style of Vietnamese news, written for these tests.
TALKS_NHANDAN = (
    "Chủ tịch Quốc hội hội đàm với Chủ tịch Quốc hội Lào\n\n"
    "Chiều 12/3/2024, tại Hà Nội, Chủ tịch Quốc hội Vương Đình Huệ đã hội đàm với Chủ tịch Quốc hội Lào "
    "Xay-xổm-phon Phôm-vi-hản.\n\n"
    "Hai bên nhất trí tăng cường hợp tác giữa hai cơ quan lập pháp, trao đổi đoàn các cấp và chia sẻ kinh nghiệm."
)
TALKS_VNEXPRESS = (
    "Việt Nam - Lào tăng cường hợp tác lập pháp\n\n"
    "Ngày 12/3, Chủ tịch Quốc hội Vương Đình Huệ hội đàm với Chủ tịch Quốc hội Lào Saysomphone Phomvihane tại Nhà Quốc hội.\n\n"
    "Tham dự có Phó Chủ tịch Quốc hội Trần Thanh Mẫn. Hai bên đánh giá cao kết quả hợp tác thời gian qua."
)
RECEPTION_PM = (
    "Thủ tướng tiếp Bộ trưởng Ngoại giao Lào\n\n"
    "Sáng 12/3/2024, Thủ tướng Phạm Minh Chính đã tiếp Bộ trưởng Ngoại giao Lào Xa-lơm-xay Côm-ma-xít đang thăm Việt Nam."
)
RECEPTION_PRESIDENT = (
    "Chủ tịch nước tiếp Bộ trưởng Ngoại giao Lào\n\n"
    "Chiều 12/3/2024, Chủ tịch nước Võ Văn Thưởng đã tiếp Bộ trưởng Ngoại giao Lào Xa-lơm-xay Côm-ma-xít."
)
DANANG = (
    "Đà Nẵng và Chăm-pa-xắc ký kết biên bản ghi nhớ\n\n"
    "Ngày 5/6/2023, tại thành phố Đà Nẵng, lãnh đạo hai địa phương đã ký Biên bản ghi nhớ hợp tác giai đoạn 2023 – 2027. "
    "Theo đó, Đà Nẵng sẽ hỗ trợ 10 tỷ đồng để xây dựng trường học cho tỉnh Chăm-pa-xắc.\n\n"
    "Đảng bộ hai địa phương cam kết thúc đẩy hợp tác giáo dục và du lịch."
)
THONGLOUN_VI = (
    "Tổng Bí thư, Chủ tịch nước Lào thăm Việt Nam\n\n"
    "Ngày 28/6/2021, Tổng Bí thư, Chủ tịch nước Lào Thoong-lun Xi-xu-lít đến Hà Nội, bắt đầu chuyến thăm hữu nghị chính thức Việt Nam."
)
THONGLOUN_ROMAN = (
    "Lao leader in Hanoi\n\n"
    "Ngày 29/6/2021, Tổng Bí thư, Chủ tịch nước Lào Thongloun Sisoulith đã dự lễ ký kết tại Hà Nội."
)


def ev(doc_id: str, text: str, piece: str) -> Evidence:
    """The evidence span of the sentence-like ``piece`` of ``text``."""
    start = text.index(piece)
    return Evidence(doc_id, start, start + len(piece), piece)


def sentence_of(text: str, needle: str) -> str:
    """The line of ``text`` holding ``needle`` (our fixtures keep one sentence-group a line)."""
    for line in text.split("\n"):
        if needle in line:
            return line
    raise AssertionError(f"{needle!r} not in fixture")


def person(doc_id: str, text: str, name: str, entity_id: str, country: str | None, titles: list[str] | None = None,
           org: str | None = None, aliases: list[str] | None = None) -> Person:
    return Person(name, entity_id, country, titles or [], org, ev(doc_id, text, sentence_of(text, name)), aliases or [])


def part(name: str, entity_id: str, country: str | None, role: str | None = None, org: str | None = None,
         titles: list[str] | None = None) -> Participant:
    return Participant(name, entity_id, country, role, titles or [], org)


def event(doc_id: str, text: str, type: str, date: str | None, participants: list[Participant], cue: str,
          place: str | None = None, end_date: str | None = None, planned: bool = False) -> Event:
    return Event(type, date, end_date, place, participants, ev(doc_id, text, sentence_of(text, cue)), planned)


def article(doc_id: str, text: str, *, published: str | None = None, outlet: str | None = None,
            people: list[Person] | None = None, events: list[Event] | None = None,
            agreements: list[Agreement] | None = None, commitments: list[Commitment] | None = None,
            content_hash: str | None = None) -> Article:
    import hashlib

    title, _, body = text.partition("\n\n")
    return Article(
        doc_id=doc_id, title=title, published=published, clean_text=text, removed=[], people=people or [],
        events=events or [], agreements=agreements or [], commitments=commitments or [], source=f"{doc_id}.txt",
        outlet=outlet, content_hash=content_hash or hashlib.sha256(text.encode()).hexdigest(),
    )


def prepared(a: Article) -> Prepared:
    return Prepared(a, signature(a.clean_text))


# --- the meeting reported by two outlets, as the extractor would give it ---------------

HUE = ("Vương Đình Huệ", "vuong-dinh-hue", "VN")
SAYSOMPHONE_VI = ("Xay-xổm-phon Phôm-vi-hản", "saysomphone-phomvihane", "LA")
SAYSOMPHONE_EN = ("Saysomphone Phomvihane", "saysomphone-phomvihane", "LA")
MAN = ("Trần Thanh Mẫn", "tran-thanh-man", "VN")


def talks_articles() -> tuple[Article, Article]:
    t1, t2 = TALKS_NHANDAN, TALKS_VNEXPRESS
    a1 = article(
        "nhandan-1", t1, published="2024-03-12", outlet="nhandan.vn",
        people=[person("nhandan-1", t1, *HUE, titles=["Chủ tịch Quốc hội"], org="Quốc hội Việt Nam"),
                person("nhandan-1", t1, *SAYSOMPHONE_VI, titles=["Chủ tịch Quốc hội"], org="Quốc hội Lào")],
        events=[event("nhandan-1", t1, "talks", "2024-03-12",
                      [part(*HUE, role="head", org="Quốc hội Việt Nam"), part(*SAYSOMPHONE_VI, role="head", org="Quốc hội Lào")],
                      "hội đàm với", place="Hà Nội")],
    )
    a2 = article(
        "vnexpress-7", t2, published="2024-03-12", outlet="vnexpress.net",
        people=[person("vnexpress-7", t2, *HUE, titles=["Chủ tịch Quốc hội"]),
                person("vnexpress-7", t2, *SAYSOMPHONE_EN, titles=["Chủ tịch Quốc hội"]),
                person("vnexpress-7", t2, *MAN, titles=["Phó Chủ tịch Quốc hội"])],
        events=[event("vnexpress-7", t2, "talks", "2024-03-12",
                      [part(*HUE, role="head"), part(*SAYSOMPHONE_EN, role="head"), part(*MAN, role="member")],
                      "hội đàm với", place="Nhà Quốc hội")],
    )
    return a1, a2


# --- stores --------------------------------------------------------------------------

BACKENDS = ["sqlite"] + (["postgresql"] if PG_URL else [])


def reset_pg(url: str) -> None:
    """Drop hoptac's tables from the test PostgreSQL database."""
    eng = sa.create_engine(S.db_url(url))
    with eng.begin() as conn:
        conn.exec_driver_sql("DROP TABLE IF EXISTS search_index, schema_version CASCADE")
        S.metadata.drop_all(conn)
    eng.dispose()


def make_store_url(backend: str, tmp_path: Any) -> str:
    if backend == "postgresql":
        assert PG_URL
        reset_pg(PG_URL)
        return PG_URL
    return str(tmp_path / "store.db")


@pytest.fixture(params=BACKENDS)
def store_url(request: pytest.FixtureRequest, tmp_path: Any) -> str:
    """A fresh, empty store (file path or URL), once per backend."""
    return make_store_url(request.param, tmp_path)


@pytest.fixture
def engine(store_url: str):  # type: ignore[no-untyped-def]
    eng = open_engine(store_url, write=True)
    yield eng
    eng.dispose()


@pytest.fixture
def writer(engine: sa.Engine) -> StoreWriter:
    return StoreWriter(engine)


IGNORED_COLUMNS = {"ingested_at", "failed_at", "applied_at"}


def dump(engine: sa.Engine) -> dict[str, list[tuple]]:
    """Every row of every table (timestamps left out), for comparing two stores."""
    out = {}
    with engine.connect() as conn:
        existing = set(sa.inspect(conn).get_table_names())
        for t in S.metadata.sorted_tables:
            if t.name not in existing:  # search_index is per-kind FTS tables on SQLite
                continue
            cols = [c for c in t.columns if c.name not in IGNORED_COLUMNS]
            rows = conn.execute(sa.select(*cols)).all()
            out[t.name] = sorted((tuple(repr(v) for v in r) for r in rows))
        if conn.dialect.name == "sqlite":
            for kind in S.SEARCH_KINDS:
                rows = conn.exec_driver_sql(f"SELECT rowid, title, body FROM search_{kind}").all()
                out[f"search_{kind}"] = sorted(tuple(repr(v) for v in r) for r in rows)
    return out
