"""JSON Lines (plain or gzip) and Parquet corpora: one article per record.

Web-corpus dumps (FineWeb, C4, CulturaX, OSCAR, news crawls) keep an article per
record with its text, URL and a date under varying names, so the columns are
configurable (:class:`CorpusFields`); a dotted name reaches into nested objects
(``warc_headers.warc-target-uri`` in OSCAR). Records are streamed — a corpus never has
to fit in memory — and a bad line becomes a SourceError naming ``file:line``, never
the end of the file.
"""
from __future__ import annotations

import datetime as _dt
import gzip
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from hoptac.model import RawDocument
from hoptac.sources import SourceError

JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz", ".json.gz", ".jsonl.gzip")
PARQUET_SUFFIXES = (".parquet", ".pq")

_HTML = re.compile(r"<\s*(?:html|body|p|div|article|br)\b", re.I)
_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


@dataclass(frozen=True)
class CorpusFields:
    """Which record fields hold the id, the text, the URL and the date (dotted names reach into objects)."""

    id: str = "id"
    text: str = "text"
    url: str = "url"
    date: str = "date"


def is_corpus(path: str | Path) -> bool:
    name = str(path).lower()
    return name.endswith(JSONL_SUFFIXES) or name.endswith(PARQUET_SUFFIXES)


def read_corpus(path: str | Path, fields: CorpusFields = CorpusFields()) -> Iterator[RawDocument | SourceError]:
    """Records of a JSONL(.gz) or Parquet file as raw documents."""
    path = Path(path)
    if str(path).lower().endswith(PARQUET_SUFFIXES):
        yield from read_parquet(path, fields)
    else:
        yield from read_jsonl(path, fields)


def _get(record: Any, dotted: str) -> Any:
    if isinstance(record, dict) and dotted in record:
        return record[dotted]
    cur = record
    for part in dotted.split("."):
        if not isinstance(cur, dict) or part not in cur:
            return None
        cur = cur[part]
    return cur


def normalise_date(value: Any) -> str | None:
    """YYYY-MM-DD from an ISO string, a datetime, or seconds since the epoch; None when unclear."""
    if value is None or value == "":
        return None
    if isinstance(value, _dt.datetime):
        return value.date().isoformat()
    if isinstance(value, _dt.date):
        return value.isoformat()
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        try:
            ts = value / 1000 if value > 1e11 else value  # milliseconds
            return _dt.datetime.fromtimestamp(ts, _dt.timezone.utc).date().isoformat()
        except (OverflowError, OSError, ValueError):
            return None
    m = _DATE.search(str(value))
    if not m:
        return None
    try:
        return _dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3))).isoformat()
    except ValueError:
        return None


def outlet_of(url: str | None) -> str | None:
    """The site a URL belongs to, without "www.": what readers call the outlet."""
    if not url:
        return None
    try:
        host = urlsplit(url).hostname
    except ValueError:
        return None
    if not host:
        return None
    return host[4:] if host.startswith("www.") else host


def record_to_raw(record: Any, source: str, default_id: str, fields: CorpusFields) -> RawDocument | SourceError:
    """One corpus record → a raw document, or a SourceError saying what is missing."""
    if not isinstance(record, dict):
        return SourceError(source, f"record is a {type(record).__name__}, not an object")
    text = _get(record, fields.text)
    if text is None:
        return SourceError(source, f"no {fields.text!r} field (choose the text column with --text-field)")
    if isinstance(text, bytes):
        data: bytes | str = text
        probe = text[:2000].decode("latin-1")
    elif isinstance(text, str):
        data, probe = text, text[:2000]
    else:
        return SourceError(source, f"field {fields.text!r} is a {type(text).__name__}, not text")
    raw_id = _get(record, fields.id)
    doc_id = str(raw_id) if raw_id not in (None, "") else default_id
    url = _get(record, fields.url)
    url = str(url) if url not in (None, "") else None
    return RawDocument(
        doc_id=doc_id,
        data=data,
        source=source,
        url=url,
        media_type="html" if _HTML.search(probe) else "text",
        published_hint=normalise_date(_get(record, fields.date)),
        outlet=outlet_of(url),
    )


def _open_text(path: Path):  # type: ignore[no-untyped-def]
    with path.open("rb") as f:
        magic = f.read(2)
    if magic == b"\x1f\x8b":
        return gzip.open(path, "rt", encoding="utf-8", errors="replace")
    return path.open("r", encoding="utf-8", errors="replace")


def read_jsonl(path: Path, fields: CorpusFields = CorpusFields()) -> Iterator[RawDocument | SourceError]:
    """One raw document per JSON line; blank lines skipped, bad lines reported by number."""
    try:
        f = _open_text(path)
    except OSError as e:
        yield SourceError(str(path), f"cannot read file: {e.strerror or e}")
        return
    lineno = 0
    try:
        with f:
            for lineno, line in enumerate(f, 1):
                if not line.strip():
                    continue
                source = f"{path}:{lineno}"
                try:
                    record = json.loads(line)
                except json.JSONDecodeError as e:
                    yield SourceError(source, f"invalid JSON: {e.msg} at column {e.colno}")
                    continue
                yield record_to_raw(record, source, f"{_stem(path)}-{lineno}", fields)
    except (OSError, EOFError, gzip.BadGzipFile) as e:
        yield SourceError(f"{path}:{lineno + 1}", f"file is cut short or corrupt: {e}")


def read_parquet(path: Path, fields: CorpusFields = CorpusFields(), batch_rows: int = 1024) -> Iterator[RawDocument | SourceError]:
    """One raw document per Parquet row, read a row group slice at a time."""
    import pyarrow.parquet as pq

    try:
        pf = pq.ParquetFile(path)
    except Exception as e:  # pyarrow raises its own error types for bad files
        yield SourceError(str(path), f"not a readable Parquet file: {e}")
        return
    names = set(pf.schema_arrow.names)
    wanted = [f.split(".")[0] if f not in names else f for f in (fields.id, fields.text, fields.url, fields.date)]
    if (fields.text if fields.text in names else fields.text.split(".")[0]) not in names:
        yield SourceError(str(path), f"no {fields.text!r} column (columns: {', '.join(sorted(names))}); choose one with --text-field")
        return
    columns = sorted({c for c in wanted if c in names})
    row = 0
    try:
        for batch in pf.iter_batches(batch_size=batch_rows, columns=columns):
            for record in batch.to_pylist():
                row += 1
                yield record_to_raw(record, f"{path}:{row}", f"{_stem(path)}-{row}", fields)
    except Exception as e:
        yield SourceError(f"{path}:{row + 1}", f"Parquet file is corrupt from here on: {e}")


def _stem(path: Path) -> str:
    name = path.name
    for suffix in (*JSONL_SUFFIXES, *PARQUET_SUFFIXES):
        if name.lower().endswith(suffix):
            return name[: -len(suffix)]
    return path.stem
