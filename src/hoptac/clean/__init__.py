"""Cleaning: decode, take text out of HTML, normalise, strip boilerplate, split sentences."""
from __future__ import annotations

import re

from hoptac.clean.boilerplate import strip_boilerplate
from hoptac.clean.decode import DecodeError, decode_bytes
from hoptac.clean.feed import feed_story, is_feed
from hoptac.clean.markup import strip_markup
from hoptac.clean.normalize import normalize_text
from hoptac.clean.sentences import split_sentences
from hoptac.clean.unwrap import mend_broken_titles, unwrap_hard_breaks
from hoptac.model import CleanDocument, RawDocument

__all__ = ["DecodeError", "clean_document", "clean_text"]


_SCRIPT = re.compile(r"<(script|style|noscript|template)\b[^>]*>.*?(?:</\1\s*>|$)", re.IGNORECASE | re.DOTALL)


def html_to_text(html: str) -> tuple[str, str | None]:
    """Main text of an HTML page through trafilatura (title kept as the first line), and the
    page's own publication date when its metadata gives one."""
    import trafilatura

    # Script and style bodies are never article text; drop them before parsing so that a
    # broken tag cannot make the parser read them as a paragraph.
    html = _SCRIPT.sub(" ", html)
    body = trafilatura.extract(html, include_comments=False, include_tables=False, favor_recall=True) or ""
    meta = trafilatura.extract_metadata(html)
    title = meta.title if meta is not None and meta.title else ""
    date = meta.date if meta is not None and meta.date else None
    if title and not body.startswith(title):
        return f"{title}\n\n{body}", date
    return body, date


def clean_text(text: str) -> tuple[str, list, str | None]:
    """Normalised text → (clean body, removed pieces, title line)."""
    text, markup = strip_markup(normalize_text(text))
    body, removed, title = strip_boilerplate(mend_broken_titles(unwrap_hard_breaks(text)))
    return body, markup + removed, title


def clean_document(raw: RawDocument) -> CleanDocument:
    text, encoding = decode_bytes(raw.data)
    published_hint = raw.published_hint
    if raw.media_type == "html":
        text, page_date = html_to_text(text)
        published_hint = published_hint or page_date
        if not text.strip():
            raise DecodeError("HTML page with no main text")
    from_feed: list = []
    if raw.media_type != "html" and is_feed(text):
        story = feed_story(text)  # a feed kept as the article: its one full story
        if story is not None:
            text, feed_date, from_feed = story
            published_hint = published_hint or feed_date
    body, removed, title = clean_text(text)
    removed = from_feed + removed
    return CleanDocument(
        doc_id=raw.doc_id,
        text=body,
        sentences=split_sentences(body),
        removed=removed,
        title=title,
        encoding=encoding,
        source=raw.source,
        url=raw.url,
        published_hint=published_hint,
        outlet=raw.outlet,
    )
