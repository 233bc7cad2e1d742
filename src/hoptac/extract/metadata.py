"""Title, publication date, byline and credited source: read from what cleaning set aside."""
from __future__ import annotations

import datetime as dt
import re

from hoptac.model import CleanDocument

_DATE = re.compile(r"(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})")
_CREDIT = re.compile(r"^(?:theo|nguồn)\s*:?\s*(.+)$", re.IGNORECASE)


def published_date(doc: CleanDocument) -> dt.date | None:
    """The date of the first dateline, or the corpus's own date for the document."""
    for r in doc.removed:
        if r.reason == "dateline":
            m = _DATE.search(r.text)
            if m:
                try:
                    return dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
                except ValueError:
                    continue
    if doc.published_hint:
        try:
            return dt.date.fromisoformat(doc.published_hint[:10])
        except ValueError:
            return None
    return None


def byline(doc: CleanDocument) -> str | None:
    for r in doc.removed:
        if r.reason == "byline":
            return r.text
    return None


def credited_source(doc: CleanDocument) -> str | None:
    """ "Theo TTXVN" at the end, else the outlet tag that opens the lead: "(TTXVN) -"."""
    for r in doc.removed:
        if r.reason == "credited source":
            m = _CREDIT.match(r.text)
            return (m.group(1) if m else r.text).strip()
    for r in doc.removed:
        if r.reason == "outlet tag":
            return r.text.strip(" ()-–—")
    return None
