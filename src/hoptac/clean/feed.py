"""A news feed (RSS or Atom) saved as an article's file: the one item that carries a whole story.

Scrapers sometimes keep a section's feed instead of the page. Its other items are teasers (a title,
a line of summary); the story is the item whose full text the feed carries (RSS ``content:encoded``,
Atom ``content``). feedparser reads every flavour of feed, broken ones included; the item's HTML
goes through lxml, already here for trafilatura.
"""
from __future__ import annotations

import datetime as dt
import email.utils
import re

from hoptac.model import Removed

_FEED_START = re.compile(r"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:rss|feed|rdf:RDF)\b", re.DOTALL)
_BLOCKS = ("p", "h1", "h2", "h3", "h4", "li", "blockquote", "figcaption")


def is_feed(text: str) -> bool:
    """Whether a text file holds a feed rather than an article."""
    return _FEED_START.match(text[:4000]) is not None


def feed_story(text: str) -> tuple[str, str | None, list[Removed]] | None:
    """(the story's title and text, its publication date as ISO, the rest of the feed as removed
    pieces), or None when no item carries a whole story (the feed is then left as it is)."""
    import feedparser  # type: ignore[import-untyped]

    parsed = feedparser.parse(text)
    entries = list(parsed.entries)
    full = [e for e in entries if e.get("content") and any(c.get("value") for c in e.content)]
    if not full:
        return None
    story = max(full, key=lambda e: max(len(c.get("value", "")) for c in e.content))
    html = max((c.get("value", "") for c in story.content), key=len)
    body = _paragraphs(html)
    title = " ".join(str(story.get("title", "")).split())
    text_out = f"{title}\n\n{body}" if title and not body.startswith(title) else body
    removed = [Removed(" ".join(str(parsed.feed.get("title", "")).split()), "feed: its channel")] if parsed.feed.get("title") else []
    for e in entries:
        if e is story:
            continue
        teaser = " ".join(x for x in (str(e.get("title", "")), _paragraphs(str(e.get("summary", "")))) if x)
        if teaser:
            removed.append(Removed(teaser, "feed: another item"))
    return text_out, _date(story), removed


def _paragraphs(html: str) -> str:
    """The text of an item's HTML, a paragraph a block."""
    if "<" not in html:
        return " ".join(html.split())
    from lxml import html as lxml_html  # type: ignore[import-untyped]

    try:
        root = lxml_html.fragment_fromstring(html, create_parent="div")
    except Exception:  # (lxml raises a family of parser errors on broken markup; keep the text then)
        return " ".join(re.sub(r"<[^>]+>", " ", html).split())
    blocks = [" ".join(el.text_content().split()) for el in root.iter(*_BLOCKS)]
    blocks = [b for b in blocks if b]
    return "\n\n".join(blocks) if blocks else " ".join(root.text_content().split())


def _date(entry) -> str | None:  # type: ignore[no-untyped-def]
    """The item's own date, as the feed wrote it (its local day, not UTC's)."""
    for key in ("published", "updated"):
        raw = entry.get(key)
        if not raw:
            continue
        try:
            return email.utils.parsedate_to_datetime(raw).date().isoformat()
        except (TypeError, ValueError):
            pass
        try:
            return dt.datetime.fromisoformat(str(raw).replace("Z", "+00:00")).date().isoformat()
        except ValueError:
            continue
    return None
