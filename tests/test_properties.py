"""Properties of decode → clean → extract that must hold for any input (hypothesis).

* no exception but DecodeError, for any bytes or text;
* every evidence span cuts exactly its text out of clean_text;
* every event date is YYYY, YYYY-MM or YYYY-MM-DD and a real calendar date.

Strategies mix random text with the genre's vocabulary and adversarial pieces (huge
numbers, "32/13", "ngày 31/2", deep parentheses, floods of "đồng chí" or combining
marks, mixed scripts, RTL), so the examples reach the extractors' patterns.
"""
from __future__ import annotations

import datetime as dt
import re
import unicodedata

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from hoptac.clean import clean_document
from hoptac.clean.decode import DecodeError, decode_bytes
from hoptac.model import RawDocument
from hoptac.pipeline import extract_document

import os

# HOPTAC_FUZZ_EXAMPLES=5000 for a long hunt; CI keeps 200 a test so the suite stays fast.
SETTINGS = settings(max_examples=int(os.environ.get("HOPTAC_FUZZ_EXAMPLES", "200")), deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

GENRE = [
    "Sáng 23/6/2021", "ngày 31/2", "32/13", "ngày 29/2/2023", "ngày 29/2/2024", "từ ngày 11 đến 12/3", "28– 29/6/2021",
    "hôm nay (16/7)", "hôm qua", "chiều cùng ngày", "ngày mai", "cuối tháng 2 vừa qua", "Tối 23/6", "23-5", "năm 0",
    "đồng chí", "Nguyễn Văn Tuấn", "Xỉ-xảy Lư-đệt-mun-xỏn", "Saysomphone Phomvihane", "Bí thư Tỉnh ủy", "Chủ tịch",
    "Phó Thủ tướng", "đã tiếp", "hội đàm", "ký kết", "Bản ghi nhớ", "giai đoạn 2021 - 2025", "do đồng chí", "dẫn đầu",
    "làm Trưởng đoàn", "Đoàn đại biểu", "tỉnh Hủa Phăn", "(Lào)", "Theo TTXVN", "Có thể bạn quan tâm", "Tin liên quan",
    "89 cán bộ cấp cao", "hằng năm", "từ 10 - 20 học sinh", "99999999999999999999", "ngày 99/99/99999", "năm 10000",
    "tháng 13", "ngày 0/0/0000", "12/2021", "2021-02-30", ";", ",", ".", "\n", "\n\n", " ", "(", ")", "“", "”", "-", "–",
]
ADVERSARIAL = [
    "(" * 500 + "đồng chí" + ")" * 500,
    "đồng chí " * 10_000,
    "a" + "\u0301" * 5000,
    "ệ" + "\u0323\u0302" * 2000,
    "مرحبا بالعالم שלום עולם " * 50,
    "\u202e\u202d\u2066\u2069" * 200 + "ngày 23/6/2021",
    "Москва 北京 東京 ສະບາຍດີ ជំរាបសួរ " * 30,
    "9" * 5000 + "/" + "9" * 5000,
    "ngày " + "1" * 400 + "/2/2021",
    "\ud7ff\ue000\ufffd\uffff",
    "đồng chí " + "Nguyễn " * 3000,
    "ngày 31/2, ngày 30/2/2020, ngày 29/2/1900, ngày 29/2/2000",
    "\x00\x01\x7f\x85\u2028\u2029",
]

fragments = st.one_of(st.sampled_from(GENRE), st.text(max_size=30), st.integers(-10**30, 10**30).map(str))
genre_text = st.lists(fragments, max_size=60).map(" ".join)
any_text = st.one_of(genre_text, st.text(max_size=2000), st.sampled_from(ADVERSARIAL))

# Whole sentences of the genre with random (often impossible) day, month, year and numbers,
# so the date and event extractors see their own patterns with hostile values.
# Mostly plausible values (so sentences read as events), often impossible ones.
_days = st.one_of(st.integers(1, 28), st.integers(1, 28), st.integers(1, 28), st.integers(0, 40), st.integers(0, 10**12))
_months = st.one_of(st.integers(1, 12), st.integers(1, 12), st.integers(1, 12), st.integers(0, 14), st.integers(0, 10**6))
_years = st.one_of(st.integers(1990, 2030), st.integers(1990, 2030), st.integers(1990, 2030), st.integers(0, 3000), st.integers(0, 10**9))
_date_forms = st.one_of(
    st.builds("{}/{}/{}".format, _days, _months, _years),
    st.builds("{}-{}".format, _days, _months),
    st.builds("ngày {}/{}".format, _days, _months),
    st.builds("từ ngày {} đến {}/{}/{}".format, _days, _days, _months, _years),
    st.builds("{}– {}/{}/{}".format, _days, _days, _months, _years),
    st.builds("hôm nay ({}/{})".format, _days, _months),
    st.builds("cuối tháng {} vừa qua".format, _months),
    st.builds("tháng {}/{}".format, _months, _years),
    st.builds("năm {}".format, _years),
)
_sentences = st.builds(
    "{} {}, tại {}, đồng chí {}, {}, đã {} Đoàn đại biểu tỉnh {} (Lào) do đồng chí {} dẫn đầu. {} {} {}".format,
    st.sampled_from(["Sáng", "Chiều", "Tối", "Ngày", "Hôm qua", ""]),
    _date_forms,
    st.sampled_from(["Hà Nội", "Viêng Chăn", "((((", "Thành phố Hồ Chí Minh", ""]),
    st.sampled_from(["Nguyễn Văn Tuấn", "Xỉ-xảy Lư-đệt-mun-xỏn", "Saysomphone Phomvihane", "X", "đồng chí đồng chí", ""]),
    st.sampled_from(["Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh", "Phó Thủ tướng Chính phủ", ""]),
    st.sampled_from(["tiếp", "hội đàm với", "điện đàm với", "ký kết Bản ghi nhớ với", "thăm"]),
    st.sampled_from(["Hủa Phăn", "Xiêng Khoảng", "Bô-ly-khăm-xay"]),
    st.sampled_from(["Khăm-phăn Phôm-ma-thắt", "Thongloun Sisoulith", ""]),
    st.builds("Hai bên ký kết Kế hoạch hợp tác giai đoạn {} - {}.".format, _years, _years),
    st.builds("Hằng năm, tỉnh hỗ trợ {} {} cán bộ.".format, st.sampled_from(["từ", ""]), st.integers(0, 10**20)),
    st.sampled_from(["Theo TTXVN", "Tin liên quan", "", "Chiều cùng ngày, hai bên hội đàm."]),
)
genre_article = st.lists(_sentences, min_size=1, max_size=6).map("\n\n".join)
any_text = st.one_of(any_text, genre_article)

DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def _valid_date(s: str) -> bool:
    if not DATE.match(s):
        return False
    parts = [int(p) for p in s.split("-")]
    if len(parts) >= 2 and not 1 <= parts[1] <= 12:
        return False
    if len(parts) == 3:
        try:
            dt.date(*parts)
        except ValueError:
            return False
    return True


EXAMPLES = {"inputs": 0}


def check_article(rec: dict) -> None:
    """Every fact's evidence is a substring of clean text at its offsets; every date is real."""
    text = rec["clean_text"]
    for kind in ("people", "events", "agreements", "commitments"):
        for fact in rec[kind]:
            span = fact["evidence_span"]
            assert 0 <= span["start"] <= span["end"] <= len(text), (kind, span)
            assert text[span["start"] : span["end"]] == span["text"], (kind, span)
    for ev in rec["events"]:
        for key in ("date", "end_date"):
            if ev[key] is not None:
                assert _valid_date(ev[key]), (key, ev[key])


def _extract(data: bytes | str, media_type: str = "text") -> dict | None:
    EXAMPLES["inputs"] += 1
    try:
        article = extract_document(RawDocument(doc_id="p", data=data, media_type=media_type))
    except DecodeError:
        return None
    return article.to_record()


@SETTINGS
@given(st.binary(max_size=4096))
@example(b"")
@example(b"\x00" * 64)
@example(b"\xff\xfe")
@example(b"\xfe\xff\x00")
@example(b"\xef\xbb\xbf")
def test_decode_bytes_any_bytes(data: bytes) -> None:
    EXAMPLES["inputs"] += 1
    try:
        text, enc = decode_bytes(data)
    except DecodeError as e:
        assert str(e), "a DecodeError must say why"
        return
    assert isinstance(text, str) and text.strip() and isinstance(enc, str)


@SETTINGS
@given(any_text)
def test_decode_bytes_utf8_of_any_text(text: str) -> None:
    """UTF-8 of readable text decodes to that text (NUL bytes dropped)."""
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError:  # lone surrogates cannot be UTF-8
        return
    try:
        got, _ = decode_bytes(data)
    except DecodeError:
        return
    assert got == text.replace("\x00", "")


@SETTINGS
@given(any_text)
def test_clean_document_any_text(text: str) -> None:
    EXAMPLES["inputs"] += 1
    try:
        doc = clean_document(RawDocument(doc_id="p", data=text))
    except DecodeError:
        return
    assert doc.text == unicodedata.normalize("NFC", doc.text)
    for s in doc.sentences:
        assert doc.text[s.start : s.end] == s.text


@SETTINGS
@given(any_text)
def test_extract_document_any_text(text: str) -> None:
    rec = _extract(text)
    if rec is not None:
        check_article(rec)


@SETTINGS
@given(genre_article, st.one_of(st.none(), st.sampled_from(["2021-06-23", "2000-02-29", "1999-12-31"])))
def test_extract_document_genre_articles(text: str, published: str | None) -> None:
    """Genre sentences with hostile dates: evidence exact, dates real, with or without a publication date."""
    EXAMPLES["inputs"] += 1
    try:
        article = extract_document(RawDocument(doc_id="p", data=text, published_hint=published))
    except DecodeError:
        return
    check_article(article.to_record())


@SETTINGS
@given(st.binary(max_size=2048))
def test_extract_document_any_bytes(data: bytes) -> None:
    rec = _extract(data)
    if rec is not None:
        check_article(rec)


@SETTINGS
@given(
    st.lists(st.sampled_from(["<p>", "</p>", "<div>", "<script>alert(1)</script>", "<b>", "<!--", "-->", "<", ">", "&amp;", "&#0;", "&#x110000;"]), max_size=30),
    st.lists(fragments, max_size=30),
)
def test_extract_document_any_html(tags: list[str], words: list[str]) -> None:
    html = "<html><body>" + "".join(t + w for t, w in zip(tags * 3, words)) + "</body></html>"
    rec = _extract(html, "html")
    if rec is not None:
        check_article(rec)
        assert "alert(1)" not in rec["clean_text"]


@pytest.mark.parametrize("text", ADVERSARIAL, ids=lambda t: repr(t[:20]))
def test_adversarial_strings(text: str) -> None:
    rec = _extract(text)
    if rec is not None:
        check_article(rec)


def test_impossible_dates_are_not_invented() -> None:
    """'ngày 31/2' and '32/13' name no day: no event may carry them as a date."""
    text = (
        "Ngày 31/2/2021, tại Hà Nội, đồng chí Nguyễn Văn Tuấn, Bí thư Tỉnh ủy, đã tiếp Đoàn đại biểu tỉnh Hủa Phăn (Lào). "
        "Sáng 32/13/2021, hai bên đã hội đàm."
    )
    rec = _extract(text)
    assert rec is not None
    check_article(rec)
    for ev in rec["events"]:
        assert ev["date"] not in ("2021-02-31", "2021-13-32")


def test_zz_record_figures() -> None:
    """Runs last in this module: how many generated inputs the properties were checked on."""
    from reliability import figures

    figures.record("properties_hypothesis", inputs=EXAMPLES["inputs"])
