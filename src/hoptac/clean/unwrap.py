"""Hard line breaks: text wrapped at a fixed width (mail, old portals, copies from PDFs) breaks
sentences and names across lines ("Phan Văn" / "Giang", "Phôm-vi-" / "hản"). Joining the
broken lines back into paragraphs lets every later stage read them whole.

Hand-written: text-unwrapping libraries either reflow everything (and would glue a page's menu
and captions to its paragraphs) or only handle e-mail quoting; this joins only where the whole
text shows a fixed width.
"""
from __future__ import annotations

import re

_SENTENCE_END = frozenset(".!?…:;\"”)]")
_DATE_LINE = re.compile(r"\s*\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}")
_WIDE_GAP = re.compile(r"\S\s{3,}\S")
_LIST_ITEM = re.compile(r"\s*(?:[-–•*▪►+]|\d{1,2}[.)]|[IVX]{1,4}\.|[a-zđ]\))\s")


def unwrap_hard_breaks(text: str) -> str:
    """``text`` with the breaks of a fixed-width wrap joined; unchanged when its lines are not
    wrapped (most scraped articles put a paragraph on each line)."""
    lines = text.split("\n")
    widths = [len(line.rstrip()) for line in lines if len(line.strip()) >= 30]
    if len(widths) < 6:
        return text
    width = sorted(widths)[int(0.9 * (len(widths) - 1))]  # (a list item left unwrapped may run longer)
    if width > 100 or sum(w >= 0.75 * width for w in widths) < 0.6 * len(widths):
        return text
    # a wrap breaks sentences: many rows go on in small letters ("… Phan Văn" / "Giang" is rarer than
    # "… tiếp" / "tục"); a list of headlines, each on its row, does not
    rows = [line.rstrip() for line in lines]
    breaks = [i for i in range(len(rows) - 1) if _continues(rows[i], rows[i + 1], width)]
    if len(breaks) < 3 or sum(rows[i + 1].lstrip()[:1].islower() for i in breaks) < 0.3 * len(breaks):
        return text
    joined = set(breaks)
    out: list[str] = []
    for i, row in enumerate(rows):
        if i - 1 in joined:
            prev = out.pop()
            # "Phôm-vi-" / "hản": a break after a hyphen inside a name joins without a space
            glue = "" if prev.endswith("-") and not prev.endswith(" -") and row[:1].islower() else " "
            out.append(prev + glue + row.lstrip())
        else:
            out.append(row)
    return "\n".join(out)


def _continues(prev: str, line: str, width: int) -> bool:
    """Row ``line`` goes on from row ``prev``: ``prev`` filled its row and ended mid-sentence."""
    if not line.strip() or not prev.strip() or _LIST_ITEM.match(line) or _DATE_LINE.match(line):
        return False
    if "|" in prev or "|" in line or _WIDE_GAP.search(prev.strip()) or _WIDE_GAP.search(line.strip()):
        return False  # a menu, a table's row, a running head set with wide gaps: never a wrapped sentence
    return len(prev) >= 0.6 * width and prev[-1:] not in _SENTENCE_END
