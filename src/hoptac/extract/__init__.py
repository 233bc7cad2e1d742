"""Extraction: one module per kind of fact, each a function of the clean document."""
from __future__ import annotations

from hoptac.model import Article, CleanDocument


def extract_facts(doc: CleanDocument) -> Article:
    return Article(
        doc_id=doc.doc_id,
        title=doc.title,
        published=doc.published_hint,
        clean_text=doc.text,
        removed=doc.removed,
        source=doc.source,
        url=doc.url,
        outlet=doc.outlet,
        encoding=doc.encoding,
    )
