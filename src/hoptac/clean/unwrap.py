"""Hard line breaks: text wrapped at a fixed width (mail, old portals, copies from PDFs) breaks
sentences and names across lines ("Phan Văn" / "Giang", "Phôm-vi-" / "hản"). Joining the
broken lines back into paragraphs lets every later stage read them whole.

Hand-written: text-unwrapping libraries either reflow everything (and would glue a page's menu
and captions to its paragraphs) or only handle e-mail quoting; this joins only where the whole
text shows a fixed width.
"""
from __future__ import annotations

import re
from functools import lru_cache

from hoptac.lexicons import load_lines

_SENTENCE_END = frozenset(".!?…:;\"”)]")
_DATE_LINE = re.compile(r"\s*\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}")
_WIDE_GAP = re.compile(r"\S\s{3,}\S")
_TRAIL = re.compile(r"\s[/›»>]\s")
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


@lru_cache(maxsize=1)
def _straddling_pairs() -> frozenset[tuple[str, str]]:
    """Two words that stand side by side inside a title or a capitalised compound ("Bộ" "Chính", of "Ủy
    viên Bộ Chính trị"; "Trưởng" "Ban"): a row that ends with the first, over a row that opens with the
    second, breaks that title."""
    pairs: set[tuple[str, str]] = set()
    for phrase in (*load_lines("titles.txt"), *load_lines("compounds.txt")):
        words = phrase.casefold().split()
        pairs.update(zip(words, words[1:]))
    return frozenset(pairs)


def mend_broken_titles(text: str) -> str:
    """``text`` with a row joined to the one under it where a sentence was broken inside a title or
    after a comma ("… đồng chí Trương Thị Mai, Ủy viên Bộ" / "Chính trị, Thường trực Ban Bí thư, …"),
    as a page copied from print leaves it; rows of a paragraph otherwise stay as they are."""
    if "\n" not in text:
        return text
    rows = text.split("\n")
    pairs = _straddling_pairs()
    out: list[str] = []
    first_row = next((i for i, row in enumerate(rows) if row.strip()), 0)  # (the headline: never joined)
    for i, row in enumerate(rows):
        prev = out[-1].rstrip() if out else ""
        if i > first_row + 1 and prev and row.strip() and _breaks_inside(prev, row, pairs):
            out[-1] = prev + " " + row.lstrip()
        else:
            out.append(row)
    return "\n".join(out)


def _breaks_inside(prev: str, row: str, pairs: frozenset[tuple[str, str]]) -> bool:
    if len(prev) < 40 or prev[-1:] in _SENTENCE_END or _LIST_ITEM.match(row) or _DATE_LINE.match(row):
        return False
    if "|" in prev or "|" in row or _WIDE_GAP.search(prev.strip()) or _WIDE_GAP.search(row.strip()):
        return False
    if _TRAIL.search(prev):
        return False  # a breadcrumb's trail ("Trang chủ / Mặt trận / Đối ngoại nhân dân") over the headline
    if prev.endswith(","):
        return True  # (a headline, a caption or a teaser ends with no comma)
    # (a sentence's clauses run on that row: a headline or a menu has no comma)
    # (not a row that opens with a title of its own, "Bộ trưởng …": a new headline's first words)
    last, first = prev.split()[-1].casefold(), row.split()[0].casefold()
    return ("," in prev and len(prev.split()) >= 10 and (last, first) in pairs
            and not _title_heads().match(row.lstrip().casefold()))


@lru_cache(maxsize=1)
def _title_heads() -> re.Pattern[str]:
    heads = sorted({t.casefold() for t in load_lines("titles.txt")}, key=len, reverse=True)
    return re.compile("(?:" + "|".join(map(re.escape, heads)) + r")(?!\w)")
