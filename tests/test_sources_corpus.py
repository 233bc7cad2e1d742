"""Corpus readers: JSONL (.gz), Parquet and WARC give raw documents, and a bad record is a SourceError, never the end."""
from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest

from _store_helpers import DANANG, TALKS_NHANDAN, TALKS_VNEXPRESS
from hoptac.ingest import iter_sources
from hoptac.model import RawDocument
from hoptac.sources import SourceError
from hoptac.sources.corpus import CorpusFields, normalise_date, outlet_of, read_corpus
from hoptac.sources.warc import read_warc


def _write_jsonl(path: Path, records: list, gz: bool = False) -> Path:
    lines = "".join((r if isinstance(r, str) else json.dumps(r, ensure_ascii=False)) + "\n" for r in records)
    if gz:
        path.write_bytes(gzip.compress(lines.encode("utf-8")))
    else:
        path.write_text(lines, encoding="utf-8")
    return path


RECORDS = [
    {"id": "a1", "text": TALKS_NHANDAN, "url": "https://www.nhandan.vn/a1.html", "date": "2024-03-12T08:30:00Z"},
    {"id": "a2", "text": "<html><body><p>" + DANANG + "</p></body></html>", "url": "https://baodanang.vn/x", "date": 1686000000},
]


@pytest.mark.parametrize("name, gz", [("c.jsonl", False), ("c.jsonl.gz", True), ("c.json.gz", True)])
def test_jsonl_records_become_raw_documents(tmp_path: Path, name: str, gz: bool) -> None:
    path = _write_jsonl(tmp_path / name, RECORDS, gz=gz)
    docs = list(read_corpus(path))
    assert [d.doc_id for d in docs] == ["a1", "a2"]
    a1, a2 = docs
    assert isinstance(a1, RawDocument) and a1.data == TALKS_NHANDAN
    assert (a1.url, a1.outlet, a1.published_hint, a1.media_type, a1.source) == (
        "https://www.nhandan.vn/a1.html", "nhandan.vn", "2024-03-12", "text", f"{path}:1")
    assert (a2.media_type, a2.published_hint, a2.outlet) == ("html", "2023-06-05", "baodanang.vn")


def test_bad_lines_are_reported_by_number_and_the_rest_is_read(tmp_path: Path) -> None:
    path = _write_jsonl(tmp_path / "c.jsonl", [RECORDS[0], "{not json", "", {"id": "x", "body": "no text field"}, [1, 2], RECORDS[1]])
    out = list(read_corpus(path))
    assert [type(x).__name__ for x in out] == ["RawDocument", "SourceError", "SourceError", "SourceError", "RawDocument"]
    assert out[1].source == f"{path}:2" and out[1].reason.startswith("invalid JSON")
    assert out[2].reason == "no 'text' field (choose the text column with --text-field)"
    assert out[3].reason == "record is a list, not an object"


def test_configurable_and_dotted_fields(tmp_path: Path) -> None:
    rec = {"content": TALKS_VNEXPRESS, "warc_headers": {"warc-target-uri": "https://vnexpress.net/x", "warc-date": "2024-03-13"}}
    path = _write_jsonl(tmp_path / "oscar.jsonl", [rec])
    fields = CorpusFields(id="warc_headers.warc-record-id", text="content", url="warc_headers.warc-target-uri", date="warc_headers.warc-date")
    [doc] = list(read_corpus(path, fields))
    assert (doc.doc_id, doc.outlet, doc.published_hint) == ("oscar-1", "vnexpress.net", "2024-03-13")


def test_truncated_gzip_is_reported(tmp_path: Path) -> None:
    data = gzip.compress(("".join(json.dumps(r) + "\n" for r in RECORDS * 50)).encode())
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(data[: len(data) // 2])
    out = list(read_corpus(path))
    assert isinstance(out[-1], SourceError) and "cut short or corrupt" in out[-1].reason
    assert any(isinstance(x, RawDocument) for x in out)


def test_parquet(tmp_path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    path = tmp_path / "c.parquet"
    pq.write_table(pa.table({
        "id": ["p1", "p2", None], "text": [TALKS_NHANDAN, DANANG, TALKS_VNEXPRESS],
        "url": ["https://nhandan.vn/1", None, "http://vov.vn/3"], "date": ["2024-03-12", None, "bad date"],
        "extra": [1, 2, 3],
    }), path, row_group_size=2)
    docs = list(read_corpus(path))
    assert [(d.doc_id, d.outlet, d.published_hint, d.source) for d in docs] == [
        ("p1", "nhandan.vn", "2024-03-12", f"{path}:1"), ("p2", None, None, f"{path}:2"), ("c-3", "vov.vn", None, f"{path}:3")]
    assert docs[1].data == DANANG


def test_parquet_without_the_text_column_says_which_columns_exist(tmp_path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    path = tmp_path / "c.parquet"
    pq.write_table(pa.table({"id": ["1"], "body": ["x"]}), path)
    [err] = list(read_corpus(path))
    assert isinstance(err, SourceError) and "columns: body, id" in err.reason and "--text-field" in err.reason
    [doc] = list(read_corpus(path, CorpusFields(text="body")))
    assert doc.data == "x"


def test_not_a_parquet_file(tmp_path: Path) -> None:
    path = tmp_path / "c.parquet"
    path.write_bytes(b"PAR1 garbage")
    [err] = list(read_corpus(path))
    assert isinstance(err, SourceError) and "not a readable Parquet file" in err.reason


def _warc(path: Path) -> Path:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as f:
        w = WARCWriter(f, gzip=path.suffix == ".gz")

        def response(url: str, status: str, ctype: str, body: bytes) -> None:
            headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            w.write_record(w.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers))

        response("https://nhandan.vn/a.html", "200 OK", "text/html; charset=utf-8", f"<html><body><p>{TALKS_NHANDAN}</p></body></html>".encode())
        response("https://nhandan.vn/logo.png", "200 OK", "image/png", b"\x89PNG\r\n")
        response("https://nhandan.vn/gone", "404 Not Found", "text/html", b"<html>gone</html>")
        response("https://baodanang.vn/b.txt", "200 OK", "text/plain", DANANG.encode())
    return path


@pytest.mark.parametrize("name", ["c.warc", "c.warc.gz"])
def test_warc_pages_become_documents_and_the_rest_is_skipped(tmp_path: Path, name: str) -> None:
    docs = list(read_warc(_warc(tmp_path / name)))
    assert [(d.url, d.media_type, d.outlet) for d in docs] == [
        ("https://nhandan.vn/a.html", "html", "nhandan.vn"), ("https://baodanang.vn/b.txt", "text", "baodanang.vn")]
    assert all(len(d.doc_id) == 36 for d in docs)  # the WARC record's UUID
    assert docs[1].data == DANANG.encode()


def test_corrupt_warc_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "bad.warc"
    path.write_bytes(b"this is not a WARC file\n" * 10)
    out = list(read_warc(path))
    assert len(out) == 1 and isinstance(out[0], SourceError) and "not a WARC archive" in out[0].reason
    path.write_bytes(b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 99999\r\n\r\ncut")
    out = list(read_warc(path))
    assert all(isinstance(x, SourceError) for x in out)


@pytest.mark.parametrize("value, date", [
    ("2024-03-12", "2024-03-12"), ("2024-03-12T23:59:00+07:00", "2024-03-12"), (1686000000, "2023-06-05"),
    (1686000000000, "2023-06-05"), ("2024-02-30", None), ("12/3/2024", None), (None, None), ("", None), (True, None),
])
def test_normalise_date(value, date) -> None:  # type: ignore[no-untyped-def]
    assert normalise_date(value) == date


@pytest.mark.parametrize("url, outlet", [("https://www.vietnamplus.vn/a", "vietnamplus.vn"), ("not a url", None), (None, None), ("http://[bad", None)])
def test_outlet_of(url, outlet) -> None:  # type: ignore[no-untyped-def]
    assert outlet_of(url) == outlet


def test_iter_sources_dispatches_folders_globs_and_kinds(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(TALKS_NHANDAN, encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.html").write_text("<p>" + DANANG + "</p>", encoding="utf-8")
    _write_jsonl(tmp_path / "sub" / "c.jsonl", RECORDS[:1])
    _warc(tmp_path / "d.warc.gz")
    (tmp_path / "notes.md").write_text("ignored in folders", encoding="utf-8")
    got = [(x.doc_id if isinstance(x, RawDocument) else x.reason) for x in iter_sources([tmp_path])]
    assert got[:2] == ["a", "b"] and got[4] == "a1" and len(got) == 5  # text files, then corpora and archives by path
    got = [x.source for x in iter_sources([str(tmp_path / "*.txt"), str(tmp_path / "nothing-*.txt"), str(tmp_path / "missing.txt")])]
    assert got == [str(tmp_path / "a.txt"), str(tmp_path / "nothing-*.txt"), str(tmp_path / "missing.txt")]
