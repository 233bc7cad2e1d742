"""Exports: file contents for every kind and format, the CLI command, the UI downloads."""
from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "serve"))
from serve_corpus import AGREEMENT, build_db  # noqa: E402

from hoptac.cli import app as cli_app  # noqa: E402
from hoptac.export import CAMEO_COLUMNS, COLUMNS, ExportError, export  # noqa: E402
from hoptac.serve import create_app  # noqa: E402


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    return build_db(tmp_path_factory.mktemp("export") / "export.db")


def _csv(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def test_events_csv(db: str, tmp_path: Path) -> None:
    out = tmp_path / "events.csv"
    assert export(db, "events", "csv", out) == 4
    rows = _csv(out)
    assert list(rows[0]) == [c for c, _ in COLUMNS["events"]]
    talks = next(r for r in rows if r["type"] == "talks")
    assert talks["date"] == "2023-06-15" and talks["place"] == "Viêng Chăn"
    assert talks["cameo_code"] == "040" and talks["plover_category"] == "CONSULT"
    assert "Phạm Minh Chính [VN, head, Chính phủ Việt Nam]" in talks["participants"]
    assert talks["countries"] == "VN; LA"
    assert talks["doc_ids"] == "vnla-hoidam-2023" and talks["source_urls"] == "https://baotest.vn/vnla-hoidam-2023.html"
    assert talks["evidence"].startswith("Chiều 15/6/2023, tại Viêng Chăn")
    assert talks["evidence_start"] == "0"


def test_events_jsonl_keeps_evidence(db: str, tmp_path: Path) -> None:
    out = tmp_path / "events.jsonl"
    export(db, "events", "jsonl", out)
    recs = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(recs) == 4
    for r in recs:
        assert r["sources"] and r["sources"][0]["evidence"]["text"]
        doc = r["sources"][0]["document"]["doc_id"]
        assert doc


def test_events_cameo(db: str, tmp_path: Path) -> None:
    out = tmp_path / "events.cameo.csv"
    export(db, "events", "cameo", out)
    rows = _csv(out)
    assert list(rows[0]) == CAMEO_COLUMNS
    rec = next(r for r in rows if r["DocId"] == "vnla-tiep-2024")
    assert rec["SQLDATE"] == "20240310" and rec["Year"] == "2024"
    assert (rec["Actor1Name"], rec["Actor1CountryCode"], rec["Actor1Code"]) == ("Lê Minh Hưng", "VNM", "VNMGOV")
    assert (rec["Actor2Name"], rec["Actor2CountryCode"]) == ("Xỏn-xay Xi-phăn-đon", "LAO")
    assert (rec["EventCode"], rec["EventRootCode"], rec["QuadClass"]) == ("043", "04", "1")
    assert (rec["PLOVER"], rec["PLOVERMode"]) == ("CONSULT", "host")
    assert rec["SOURCEURL"] == "https://baotest.vn/vnla-tiep-2024.html"
    call = next(r for r in rows if r["DocId"] == "vnkh-diendam-2022")
    assert call["Actor2CountryCode"] == "KHM" and call["EventCode"] == "041"


def test_people_agreements_documents_csv(db: str, tmp_path: Path) -> None:
    export(db, "people", "csv", tmp_path / "p.csv")
    people = {r["entity_id"]: r for r in _csv(tmp_path / "p.csv")}
    assert set(people["sonexay siphandone"]["aliases"].split("; ")) == {"Sonexay Siphandone", "Xỏn-xay Xi-phăn-đon"}
    assert people["sonexay siphandone"]["event_count"] == "2"
    assert people["le minh hung"]["titles"] == "Chánh Văn phòng Trung ương Đảng (2024-03-10)"

    export(db, "agreements", "csv", tmp_path / "a.csv")
    (g,) = _csv(tmp_path / "a.csv")
    assert g["name"] == AGREEMENT and (g["start_year"], g["end_year"]) == ("2021", "2025")
    assert g["status"] == "in_force" and g["status_history"] == "2023-06-15: signed; 2024-03-10: in_force"
    assert g["party_countries"] == "VN; LA"

    export(db, "documents", "csv", tmp_path / "d.csv")
    docs = {r["doc_id"]: r for r in _csv(tmp_path / "d.csv")}
    assert len(docs) == 4
    assert docs["vnla-hoidam-2023"]["commitments"] == "1" and docs["vnla-hoidam-2023"]["removed"] == "1"
    assert "<script>alert('xss')</script>" in docs["hostile-xss"]["clean_text"]  # data, kept verbatim


@pytest.mark.parametrize("kind", ["events", "people", "agreements", "documents"])
def test_parquet_has_fixed_columns(db: str, tmp_path: Path, kind: str) -> None:
    out = tmp_path / f"{kind}.parquet"
    n = export(db, kind, "parquet", out)
    table = pq.read_table(out)
    assert table.num_rows == n > 0
    assert table.column_names == [c for c, _ in COLUMNS[kind]]


def test_documents_jsonl_is_the_api_shape(db: str, tmp_path: Path) -> None:
    export(db, "documents", "jsonl", tmp_path / "d.jsonl")
    recs = {json.loads(x)["doc_id"]: json.loads(x) for x in (tmp_path / "d.jsonl").read_text(encoding="utf-8").splitlines()}
    facts = recs["vnla-hoidam-2023"]["facts"]
    c = facts["commitments"][0]
    text = recs["vnla-hoidam-2023"]["clean_text"]
    assert text[c["evidence"]["start"]:c["evidence"]["end"]] == c["evidence"]["text"]


def test_cameo_is_only_for_events(db: str) -> None:
    with pytest.raises(ExportError):
        export(db, "people", "cameo", io.BytesIO())
    with pytest.raises(ExportError):
        export(db, "nothing", "csv", io.BytesIO())


def test_cli_export(db: str, tmp_path: Path) -> None:
    runner = CliRunner()
    out = tmp_path / "cli.jsonl"
    r = runner.invoke(cli_app, ["export", "agreements", "--format", "jsonl", "--db", db, "--out", str(out)])
    assert r.exit_code == 0, r.output
    assert json.loads(out.read_text(encoding="utf-8"))["name"] == AGREEMENT
    r = runner.invoke(cli_app, ["export", "events", "--format", "cameo", "--db", db])
    assert r.exit_code == 0 and r.stdout.splitlines()[0].startswith("GlobalEventID,SQLDATE")
    r = runner.invoke(cli_app, ["export", "people", "--format", "cameo", "--db", db])
    assert r.exit_code == 2 and "only for events" in r.output
    r = runner.invoke(cli_app, ["export", "events", "--db", str(tmp_path / "missing.db")])
    assert r.exit_code == 1


def test_ui_downloads_match_the_cli(db: str, tmp_path: Path) -> None:
    with TestClient(create_app(db)) as c:
        for url, kind, fmt in (("/export/events.csv", "events", "csv"), ("/export/events.cameo.csv", "events", "cameo"),
                               ("/export/people.jsonl", "people", "jsonl"), ("/export/agreements.parquet", "agreements", "parquet"),
                               ("/export/documents.csv", "documents", "csv")):
            r = c.get(url)
            assert r.status_code == 200, url
            assert "attachment" in r.headers["content-disposition"]
            path = tmp_path / f"{kind}.{fmt}"
            export(db, kind, fmt, path)
            assert r.content == path.read_bytes(), url
        assert c.get("/export/people.cameo.csv").status_code == 422
