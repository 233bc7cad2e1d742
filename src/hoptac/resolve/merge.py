"""When two reports describe the same event: the rules the store applies across documents.

Five papers report one meeting in five wordings. Two event reports are merged when
- their types are of one family (``lexicons/event_codes.tsv``: talks and reception
  are both "meeting"; a signing never merges with talks),
- their dates are compatible (overlapping day ranges; a month-only date overlaps the
  days of that month; year-only dates merge only with the same year-only date;
  undated reports never merge),
- and they share people: two participants in common are enough (the same two leaders
  on the same day: one outlet's "Hà Nội" and another's "Nhà Quốc hội" are one place);
  with less evidence — one side names a single person, or one person plus at least
  two organisations in common — their places must also not contradict each other.

Two reports in the same document are never merged: the extractor already decided they
are different events. The functions are pure, over :class:`EventFacts`, so the rules
can be tested without a database.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache

from hoptac.clean.normalize import fold
from hoptac.lexicons import load_tsv


@dataclass(frozen=True)
class EventCodes:
    type: str
    family: str
    cameo_code: str | None
    cameo_label: str | None
    plover_category: str | None
    plover_mode: str | None


@cache
def event_codes() -> dict[str, EventCodes]:
    """Event type → family, CAMEO 1.1b3 code and PLOVER category (from ``event_codes.tsv``)."""
    out = {}
    for row in load_tsv("event_codes.tsv"):
        row = tuple(row) + ("",) * (6 - len(row))
        out[row[0]] = EventCodes(row[0], row[1] or row[0], row[2] or None, row[3] or None, row[4] or None, row[5] or None)
    return out


def codes_for(event_type: str) -> EventCodes:
    """Codes of a type; an unknown type is its own family with no codes."""
    return event_codes().get(event_type) or EventCodes(event_type, event_type, None, None, None, None)


@dataclass(frozen=True)
class EventFacts:
    """What merging looks at in one event report (or one stored event)."""

    type: str
    date: str | None
    end_date: str | None = None
    place: str | None = None
    people: frozenset[str] = field(default_factory=frozenset)  # entity_ids
    organisations: frozenset[str] = field(default_factory=frozenset)  # organisation keys


def _bounds(date: str) -> tuple[str, str]:
    """First and last day a (possibly partial) date can mean, as comparable strings."""
    if len(date) >= 10:
        return date[:10], date[:10]
    return date + "-00", date + "-99"


def day_bounds(date: str, end_date: str | None = None) -> tuple[str, str]:
    """First and last day an event dated ``date`` (to ``end_date``) can cover, comparable as strings."""
    return _bounds(date)[0], _bounds(end_date or date)[1]


def dates_compatible(a: str | None, a_end: str | None, b: str | None, b_end: str | None) -> bool:
    if not a or not b:
        return False
    if len(a) == 4 or len(b) == 4:
        return a == b
    a_lo, a_hi = day_bounds(a, a_end)
    b_lo, b_hi = day_bounds(b, b_end)
    return a_lo <= b_hi and b_lo <= a_hi


def places_compatible(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return True
    fa, fb = " ".join(fold(a).split()), " ".join(fold(b).split())
    return fa in fb or fb in fa


def people_overlap(a: frozenset[str], b: frozenset[str]) -> int:
    return len(a & b)


def same_event(a: EventFacts, b: EventFacts) -> bool:
    """Whether two reports describe one event (rules in the module docstring)."""
    if codes_for(a.type).family != codes_for(b.type).family:
        return False
    if not dates_compatible(a.date, a.end_date, b.date, b.end_date):
        return False
    if not a.people or not b.people:
        return False
    shared = people_overlap(a.people, b.people)
    if shared >= 2:
        return True
    if not places_compatible(a.place, b.place):
        return False
    if shared >= min(2, len(a.people), len(b.people)):
        return True
    return shared >= 1 and len(a.organisations & b.organisations) >= 2


def best_match(new: EventFacts, candidates: Sequence[tuple[int, EventFacts]]) -> int | None:
    """The id of the candidate ``new`` should merge into: same type first, then most people shared, then oldest."""
    matches = [(cid, c) for cid, c in candidates if same_event(new, c)]
    if not matches:
        return None
    matches.sort(key=lambda m: (m[1].type != new.type, -people_overlap(new.people, m[1].people), m[0]))
    return matches[0][0]


def more_precise(a: str | None, b: str | None) -> str | None:
    """The more precise of two compatible dates ("2021-06-23" over "2021-06")."""
    if not a:
        return b
    if not b:
        return a
    return b if len(b) > len(a) else a
