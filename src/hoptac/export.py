"""Exports of the store as files other tools read: CSV, JSON Lines, Parquet, and CAMEO rows.

- ``jsonl``: one nested record a line, the same shapes as the JSON API (docs/store-api.md),
  so every fact keeps its evidence.
- ``csv`` and ``parquet``: one flat row per record (lists joined with "; "), fixed columns
  per kind, so spreadsheets and dataframes load them without guessing.
- ``cameo`` (events only): one row per event in the column names GDELT and PLOVER users
  know (``SQLDATE``, ``Actor1CountryCode``, ``EventCode``, ``QuadClass``, ``SOURCEURL`` …),
  actors' country codes in ISO alpha-3 as CAMEO uses them.

Everything is read through ``hoptac.store.queries`` page by page, so memory stays flat
whatever the corpus size.
"""
from __future__ import annotations

import csv
import io
import json
import os
from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path
from typing import IO, Any

from sqlalchemy.engine import Engine

from hoptac.store import queries as Q

KINDS = ("events", "people", "agreements", "documents")
FORMATS = ("csv", "jsonl", "parquet", "cameo")
PAGE = 500

MEDIA_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "cameo": "text/csv; charset=utf-8",
    "jsonl": "application/x-ndjson; charset=utf-8",
    "parquet": "application/vnd.apache.parquet",
}


class ExportError(ValueError):
    """A kind/format combination that does not exist (e.g. ``people --format cameo``)."""


# --- nested records (jsonl) ----------------------------------------------------------


def _pages(fetch: Callable[[int, int], dict[str, Any]]) -> Iterator[dict[str, Any]]:
    offset = 0
    while True:
        page = fetch(PAGE, offset)
        items = page["items"]
        yield from items
        offset += len(items)
        if not items or offset >= page["total"]:
            return


def iter_records(db: Engine, kind: str) -> Iterator[dict[str, Any]]:
    """Nested records of one kind, each with its evidence, in a stable order."""
    if kind == "events":
        offset = 0
        while True:  # a page of summaries, then their sources in one query
            page = Q.list_events(db, limit=PAGE, offset=offset)
            items = page["items"]
            sources = Q.event_sources(db, [e["id"] for e in items])
            for e in items:
                yield {**e, "sources": sources.get(e["id"], [])}
            offset += len(items)
            if not items or offset >= page["total"]:
                return
    elif kind == "people":
        for p in _pages(lambda n, o: Q.list_people(db, limit=n, offset=o)):
            full = Q.get_person(db, p["id"])
            if full is not None:
                # events are their own export; keep their ids only
                full["event_ids"] = [e["id"] for e in full.pop("events", [])]
                yield full
    elif kind == "agreements":
        yield from _pages(lambda n, o: Q.list_agreements(db, limit=n, offset=o))
    elif kind == "documents":
        for ref in _pages(lambda n, o: Q.list_documents(db, limit=n, offset=o)):
            full = Q.get_document(db, ref["doc_id"])
            if full is not None:
                yield full
    else:
        raise ExportError(f"unknown kind {kind!r}; choose one of {', '.join(KINDS)}")


_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _inert_cell(value: object) -> object:
    """A text cell a spreadsheet would run as a formula gets a leading apostrophe (OWASP
    "CSV injection"): article text is untrusted. Numbers and dates such as "-5" stay as they are."""
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        if value[:1] == "-" and value[1:].replace(".", "", 1).isdigit():
            return value
        return "'" + value
    return value


# --- flat rows (csv, parquet) --------------------------------------------------------

COLUMNS: dict[str, list[tuple[str, str]]] = {
    "events": [
        ("event_id", "int"), ("type", "str"), ("date", "str"), ("end_date", "str"), ("place", "str"),
        ("planned", "bool"), ("cameo_code", "str"), ("plover_category", "str"), ("participants", "str"),
        ("countries", "str"), ("organisations", "str"), ("source_count", "int"), ("doc_ids", "str"),
        ("source_urls", "str"), ("evidence", "str"), ("evidence_doc_id", "str"), ("evidence_start", "int"),
        ("evidence_end", "int"),
    ],
    "people": [
        ("person_id", "int"), ("entity_id", "str"), ("name", "str"), ("country", "str"), ("aliases", "str"),
        ("titles", "str"), ("event_count", "int"), ("document_count", "int"), ("first_evidence", "str"),
        ("first_evidence_doc_id", "str"),
    ],
    "agreements": [
        ("agreement_id", "int"), ("name", "str"), ("start_year", "int"), ("end_year", "int"), ("parties", "str"),
        ("party_countries", "str"), ("status", "str"), ("status_history", "str"), ("doc_ids", "str"),
        ("evidence", "str"),
    ],
    "documents": [
        ("doc_id", "str"), ("title", "str"), ("published", "str"), ("outlet", "str"), ("url", "str"),
        ("source", "str"), ("byline", "str"), ("credited_source", "str"), ("content_hash", "str"),
        ("near_dup_of", "str"), ("people", "int"), ("events", "int"), ("agreements", "int"),
        ("commitments", "int"), ("removed", "int"), ("clean_text", "str"),
    ],
}


def _join(values: Any) -> str:
    return "; ".join(str(v) for v in values if v not in (None, ""))


def _participant(p: dict[str, Any]) -> str:
    extra = ", ".join(x for x in (p.get("country"), p.get("role"), p.get("organisation")) if x)
    return f"{p['name']} [{extra}]" if extra else p["name"]


def flat_row(kind: str, rec: dict[str, Any]) -> dict[str, Any]:
    """One nested record as a flat row with the columns of ``COLUMNS[kind]``."""
    if kind == "events":
        sources = rec.get("sources", [])
        first = sources[0] if sources else {}
        ev = first.get("evidence") or {}
        parts = rec.get("participants", [])
        return {
            "event_id": rec["id"], "type": rec["type"], "date": rec.get("date"), "end_date": rec.get("end_date"),
            "place": rec.get("place"), "planned": bool(rec.get("planned")), "cameo_code": rec.get("cameo_code"),
            "plover_category": rec.get("plover_category"), "participants": _join(_participant(p) for p in parts),
            "countries": _join(dict.fromkeys(p.get("country") for p in parts)),
            "organisations": _join(dict.fromkeys(p.get("organisation") for p in parts)),
            "source_count": rec.get("source_count", len(sources)),
            "doc_ids": _join(dict.fromkeys(s["document"]["doc_id"] for s in sources)),
            "source_urls": _join(dict.fromkeys(s["document"].get("url") for s in sources)),
            "evidence": ev.get("text"), "evidence_doc_id": first.get("document", {}).get("doc_id"),
            "evidence_start": ev.get("start"), "evidence_end": ev.get("end"),
        }
    if kind == "people":
        titles = rec.get("titles", [])
        first = titles[0] if titles else {}
        return {
            "person_id": rec["id"], "entity_id": rec["entity_id"], "name": rec["name"], "country": rec.get("country"),
            "aliases": _join(a["alias"] for a in rec.get("aliases", [])),
            "titles": _join(dict.fromkeys(f"{t['title']} ({t['date'] or '?'})" for t in titles)),
            "event_count": len(rec.get("event_ids", [])), "document_count": len(rec.get("documents", [])),
            "first_evidence": (first.get("evidence") or {}).get("text"),
            "first_evidence_doc_id": (first.get("document") or {}).get("doc_id"),
        }
    if kind == "agreements":
        hist = rec.get("status_history", [])
        return {
            "agreement_id": rec["id"], "name": rec["name"], "start_year": rec.get("start_year"),
            "end_year": rec.get("end_year"), "parties": _join(p["name"] for p in rec.get("parties", [])),
            "party_countries": _join(p.get("country") for p in rec.get("parties", [])), "status": rec.get("status"),
            "status_history": _join(f"{h['date'] or '?'}: {h['status'] or '?'}" for h in hist),
            "doc_ids": _join(dict.fromkeys(h["document"]["doc_id"] for h in hist)),
            "evidence": (hist[-1].get("evidence") or {}).get("text") if hist else None,
        }
    if kind == "documents":
        facts = rec.get("facts", {})
        return {
            **{k: rec.get(k) for k in ("doc_id", "title", "published", "outlet", "url", "source", "byline",
                                        "credited_source", "content_hash", "near_dup_of", "clean_text")},
            **{k: len(facts.get(k, [])) for k in ("people", "events", "agreements", "commitments")},
            "removed": len(rec.get("removed", [])),
        }
    raise ExportError(f"unknown kind {kind!r}")


# --- CAMEO ---------------------------------------------------------------------------

# ISO 3166 alpha-2 → alpha-3, the country part of a CAMEO actor code. Only the countries
# the record talks about; an unknown code is passed through as it is.
ALPHA3 = {
    "VN": "VNM", "LA": "LAO", "KH": "KHM", "TH": "THA", "CN": "CHN", "MM": "MMR", "JP": "JPN", "KR": "KOR",
    "KP": "PRK", "CU": "CUB", "RU": "RUS", "US": "USA", "IN": "IND", "ID": "IDN", "MY": "MYS", "SG": "SGP",
    "PH": "PHL", "BN": "BRN", "TL": "TLS", "AU": "AUS", "FR": "FRA", "DE": "DEU", "GB": "GBR", "BY": "BLR",
    "KZ": "KAZ", "MN": "MNG", "NZ": "NZL", "CA": "CAN", "IT": "ITA", "HU": "HUN", "CZ": "CZE", "PL": "POL",
}

CAMEO_COLUMNS = [
    "GlobalEventID", "SQLDATE", "Year", "Actor1Name", "Actor1CountryCode", "Actor1Code", "Actor1Organisation",
    "Actor2Name", "Actor2CountryCode", "Actor2Code", "Actor2Organisation", "IsRootEvent", "EventCode",
    "EventBaseCode", "EventRootCode", "EventLabel", "QuadClass", "PLOVER", "PLOVERMode", "ActionGeo_FullName",
    "NumSources", "NumArticles", "DATEADDED", "SOURCEURL", "DocId", "Evidence",
]


@cache
def _event_code_labels() -> dict[str, tuple[str, str]]:
    """CAMEO code → (label, PLOVER mode) from the lexicon that also feeds the store."""
    from hoptac.lexicons import load_tsv

    out = {}
    for row in load_tsv("event_codes.tsv"):
        row = tuple(row) + ("",) * (6 - len(row))
        out[row[0]] = (row[3], row[5])
    return out


def _quad_class(code: str | None) -> int | None:
    """CAMEO QuadClass: 1 verbal cooperation (01–05), 2 material cooperation (06–09), 3/4 conflict."""
    if not code or not code[:2].isdigit():
        return None
    root = int(code[:2])
    return 1 if root <= 5 else 2 if root <= 9 else 3 if root <= 14 else 4


def _actors(participants: list[dict[str, Any]]) -> tuple[dict[str, Any] | None, dict[str, Any] | None]:
    """The two sides' leading people: the first participant, then the first of another country."""
    if not participants:
        return None, None
    a1 = participants[0]
    a2 = next((p for p in participants[1:] if p.get("country") and p.get("country") != a1.get("country")), None)
    if a2 is None and len(participants) > 1:
        a2 = participants[1]
    return a1, a2


def cameo_row(rec: dict[str, Any]) -> dict[str, Any]:
    """One event as a GDELT/PLOVER-style row (CAMEO code, PLOVER category, actors, date, source URL)."""
    code = rec.get("cameo_code")
    label, mode = _event_code_labels().get(rec["type"], ("", ""))
    a1, a2 = _actors(rec.get("participants", []))
    sources = rec.get("sources", [])
    first = sources[0] if sources else {}
    date = rec.get("date") or ""

    def actor(p: dict[str, Any] | None) -> tuple[Any, Any, Any, Any]:
        if p is None:
            return None, None, None, None
        c3 = ALPHA3.get((p.get("country") or "").upper(), p.get("country"))
        role = "GOV"  # officials of state and party bodies: CAMEO's government actor type
        return p["name"], c3, f"{c3}{role}" if c3 else None, p.get("organisation")

    n1, c1, k1, o1 = actor(a1)
    n2, c2, k2, o2 = actor(a2)
    return {
        "GlobalEventID": rec["id"], "SQLDATE": date.replace("-", ""), "Year": date[:4] or None,
        "Actor1Name": n1, "Actor1CountryCode": c1, "Actor1Code": k1, "Actor1Organisation": o1,
        "Actor2Name": n2, "Actor2CountryCode": c2, "Actor2Code": k2, "Actor2Organisation": o2,
        "IsRootEvent": 1, "EventCode": code, "EventBaseCode": code[:3] if code else None,
        "EventRootCode": code[:2] if code else None, "EventLabel": label or None, "QuadClass": _quad_class(code),
        "PLOVER": rec.get("plover_category"), "PLOVERMode": mode or None, "ActionGeo_FullName": rec.get("place"),
        "NumSources": rec.get("source_count", len(sources)),
        "NumArticles": len({s["document"]["doc_id"] for s in sources}),
        "DATEADDED": (first.get("document") or {}).get("published"),
        "SOURCEURL": (first.get("document") or {}).get("url"), "DocId": (first.get("document") or {}).get("doc_id"),
        "Evidence": (first.get("evidence") or {}).get("text"),
    }


# --- writers -------------------------------------------------------------------------


def _check(kind: str, fmt: str) -> None:
    if kind not in KINDS:
        raise ExportError(f"unknown kind {kind!r}; choose one of {', '.join(KINDS)}")
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if fmt == "cameo" and kind != "events":
        raise ExportError("--format cameo exists only for events")


def write_export(db: Engine, kind: str, fmt: str, out: IO[bytes]) -> int:
    """Write every record of ``kind`` to the binary stream ``out``; returns the number of rows."""
    _check(kind, fmt)
    records = iter_records(db, kind)
    n = 0
    if fmt == "jsonl":
        for rec in records:
            out.write((json.dumps(rec, ensure_ascii=False, default=str) + "\n").encode("utf-8"))
            n += 1
        return n
    if fmt in ("csv", "cameo"):
        columns = CAMEO_COLUMNS if fmt == "cameo" else [c for c, _ in COLUMNS[kind]]
        make = cameo_row if fmt == "cameo" else (lambda r: flat_row(kind, r))
        text = io.TextIOWrapper(out, encoding="utf-8", newline="", write_through=True)
        try:
            w = csv.DictWriter(text, fieldnames=columns, extrasaction="ignore")
            w.writeheader()
            for rec in records:
                w.writerow({k: _inert_cell(v) for k, v in make(rec).items()})
                n += 1
            text.flush()
        finally:
            text.detach()  # leave ``out`` open for the caller
        return n
    return _write_parquet(kind, records, out)


def _write_parquet(kind: str, records: Iterator[dict[str, Any]], out: IO[bytes]) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    types = {"int": pa.int64(), "str": pa.string(), "bool": pa.bool_()}
    schema = pa.schema([(name, types[t]) for name, t in COLUMNS[kind]])
    n = 0
    with pq.ParquetWriter(out, schema) as w:
        batch: list[dict[str, Any]] = []
        for rec in records:
            batch.append(flat_row(kind, rec))
            if len(batch) >= PAGE:
                w.write_table(pa.Table.from_pylist(batch, schema=schema))
                n += len(batch)
                batch = []
        if batch or n == 0:
            w.write_table(pa.Table.from_pylist(batch, schema=schema))
            n += len(batch)
    return n


def export(db: str | os.PathLike[str] | Engine | None, kind: str, fmt: str, out: str | os.PathLike[str] | IO[bytes] | None = None) -> int:
    """Export ``kind`` from the store at ``db`` to a file path, a binary stream, or stdout."""
    import sys

    from hoptac.store import open_engine

    _check(kind, fmt)
    engine = db if isinstance(db, Engine) else open_engine(db)
    if out is None:
        if fmt == "parquet" and sys.stdout.isatty():
            raise ExportError("parquet is binary: give --out FILE")
        n = write_export(engine, kind, fmt, sys.stdout.buffer)
        sys.stdout.buffer.flush()
        return n
    if isinstance(out, (str, os.PathLike)):
        path = Path(out)
        tmp = path.with_name(path.name + ".part")
        with open(tmp, "wb") as f:
            n = write_export(engine, kind, fmt, f)
        tmp.replace(path)  # a reader never sees a half-written file
        return n
    return write_export(engine, kind, fmt, out)
