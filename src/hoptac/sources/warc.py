"""WARC archives (plain or gzip) through warcio: each HTML or plain-text response is an article.

Crawls hold far more than articles (images, scripts, redirects, errors); those are not
inputs, so they are skipped without a record. A record that claims to be a page but
cannot be read, or an archive cut short, becomes a SourceError naming the record.
"""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from hoptac.model import RawDocument
from hoptac.sources import SourceError
from hoptac.sources.corpus import outlet_of

WARC_SUFFIXES = (".warc", ".warc.gz")

_PAGE_TYPES = {"text/html": "html", "application/xhtml+xml": "html", "text/plain": "text"}


def is_warc(path: str | Path) -> bool:
    return str(path).lower().endswith(WARC_SUFFIXES)


def _media_type(content_type: str | None) -> str | None:
    if not content_type:
        return None
    return _PAGE_TYPES.get(content_type.split(";")[0].strip().lower())


def read_warc(path: str | Path) -> Iterator[RawDocument | SourceError]:
    """Raw documents from the 200 responses (and resource records) with a page content type."""
    from warcio.archiveiterator import ArchiveIterator

    path = Path(path)
    n = 0
    try:
        f = path.open("rb")
    except OSError as e:
        yield SourceError(str(path), f"cannot read file: {e.strerror or e}")
        return
    with f:
        head = f.read(5)
        f.seek(0)
        if head[:2] != b"\x1f\x8b" and head != b"WARC/":
            yield SourceError(str(path), "not a WARC archive (it starts neither with 'WARC/' nor with gzip data)")
            return
        try:
            for record in ArchiveIterator(f):
                if record.rec_type not in ("response", "resource"):
                    continue
                n += 1
                url = record.rec_headers.get_header("WARC-Target-URI")
                rid = (record.rec_headers.get_header("WARC-Record-ID") or "").strip("<>")
                source = f"{path}#{n}" + (f" {url}" if url else "")
                if record.rec_type == "response":
                    if record.http_headers is None:
                        continue
                    status = record.http_headers.get_statuscode()
                    if status != "200":
                        continue
                    ctype = record.http_headers.get_header("Content-Type")
                else:
                    ctype = record.rec_headers.get_header("Content-Type")
                media = _media_type(ctype)
                if media is None:
                    continue
                try:
                    data = record.content_stream().read()
                except Exception as e:  # a broken chunked/gzip body: report, go on
                    yield SourceError(source, f"cannot read record body: {e}")
                    continue
                doc_id = rid.rsplit(":", 1)[-1] if rid else f"{path.name}-{n}"
                yield RawDocument(doc_id=doc_id, data=data, source=source, url=url, media_type=media, outlet=outlet_of(url))
        except Exception as e:  # warcio raises ArchiveLoadFailed and others on a corrupt archive
            yield SourceError(f"{path}#{n + 1}", f"WARC archive is corrupt from here on: {e}")
