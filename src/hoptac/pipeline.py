"""Run one document through the stages: clean → extract → resolve keys.

Stage order, for one document:
1. ``clean.clean_document``: decode bytes, normalise Unicode and tone marks, take
   the text out of HTML, strip boilerplate (kept in ``removed`` with reasons),
   split sentences.
2. ``extract.metadata``: title, publication date, byline, credited source.
3. ``extract.people``: person mentions with titles, organisation, country.
4. ``extract.events``: events with dates resolved against the article's anchor.
5. ``extract.agreements`` and ``extract.commitments``.
6. ``resolve.keys``: a stable ``entity_id`` for every person (identity across
   articles needs no corpus: it is a function of the name).

A document that cannot be decoded raises ``DecodeError``; callers record it
and go on with the next one.
"""
from __future__ import annotations

import hashlib
import logging
import os
from collections.abc import Iterable, Iterator

from hoptac.clean import clean_document
from hoptac.clean.decode import DecodeError
from hoptac.extract import extract_facts
from hoptac.model import Article, RawDocument
from hoptac.sources import SourceError
from hoptac.sources.files import read_paths

log = logging.getLogger(__name__)

__all__ = ["DecodeError", "content_hash", "extract_document", "extract_paths"]


def content_hash(raw: RawDocument) -> str:
    data = raw.data.encode("utf-8") if isinstance(raw.data, str) else raw.data
    return hashlib.sha256(data).hexdigest()


def extract_document(raw: RawDocument) -> Article:
    """Everything hoptac reads from one raw document."""
    doc = clean_document(raw)
    article = extract_facts(doc)
    article.content_hash = content_hash(raw)
    return article


def extract_paths(paths: Iterable[str | os.PathLike[str]]) -> Iterator[Article | SourceError]:
    """Articles from files and folders; unreadable inputs come back as SourceError."""
    for raw in read_paths(paths):
        if isinstance(raw, SourceError):
            yield raw
            continue
        try:
            yield extract_document(raw)
        except DecodeError as e:
            yield SourceError(raw.source, str(e))
        except Exception as e:  # a bug must not lose the other files: report it and go on
            log.exception("extraction failed on %s", raw.source)
            yield SourceError(raw.source, f"internal error ({type(e).__name__}: {e}); please report this file")
