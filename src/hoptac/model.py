"""The records every stage passes on.

Stages talk to each other only through these dataclasses, so each stage can be
tested and replaced alone. Every fact carries an :class:`Evidence` that points at
the clean text it was read from.
"""
from __future__ import annotations

import bisect
from dataclasses import asdict, dataclass, field
from typing import Any

EVENT_TYPES = ("talks", "reception", "visit", "signing", "call", "conference")
AGREEMENT_STATUSES = ("signed", "to_sign", "in_force", "reviewed")


@dataclass(frozen=True)
class RawDocument:
    """An input as a source reader found it, before any decoding or cleaning."""

    doc_id: str
    data: bytes | str
    source: str = ""  # path, URL or "corpus.jsonl:17"
    url: str | None = None
    media_type: str = "text"  # "text" or "html"
    published_hint: str | None = None  # a date the corpus metadata gives, YYYY-MM-DD
    outlet: str | None = None


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Removed:
    """A piece of the decoded text that cleaning dropped, and why."""

    text: str
    reason: str
    # where it stood: the offset in the clean text of the paragraph it came before (a digest's
    # dated items keep their days this way; None where the text came from elsewhere)
    at: int | None = None


@dataclass
class CleanDocument:
    doc_id: str
    text: str
    sentences: list[Sentence]
    removed: list[Removed] = field(default_factory=list)
    title: str | None = None
    encoding: str = "utf-8"
    source: str = ""
    url: str | None = None
    published_hint: str | None = None
    outlet: str | None = None
    _starts: list[int] = field(default_factory=list, repr=False, compare=False)

    def sentence_at(self, offset: int) -> Sentence | None:
        if len(self._starts) != len(self.sentences):
            self._starts = [s.start for s in self.sentences]
        i = bisect.bisect_right(self._starts, offset) - 1
        if 0 <= i < len(self.sentences) and self.sentences[i].start <= offset < self.sentences[i].end:
            return self.sentences[i]
        return None


@dataclass(frozen=True)
class Evidence:
    """Where a fact was read: character offsets of its sentence in the clean text."""

    doc_id: str
    start: int
    end: int
    text: str


@dataclass
class Person:
    """A person named in one article."""

    name: str
    entity_id: str
    country: str | None
    titles: list[str]
    org: str | None
    evidence: Evidence
    aliases: list[str] = field(default_factory=list)  # other spellings in the same article


@dataclass
class Participant:
    name: str
    entity_id: str
    country: str | None
    role: str | None  # "head" | "member" | None
    titles: list[str]
    org: str | None


@dataclass
class Event:
    type: str
    date: str | None
    end_date: str | None
    place: str | None
    participants: list[Participant]
    evidence: Evidence
    planned: bool = False


@dataclass
class Agreement:
    name: str
    start_year: int | None
    end_year: int | None
    parties: list[str]
    status: str | None
    evidence: Evidence


@dataclass
class Commitment:
    quantity: str
    unit: str
    what: str
    period: str | None
    evidence: Evidence


@dataclass
class Article:
    """Everything hoptac read from one document."""

    doc_id: str
    title: str | None
    published: str | None
    clean_text: str
    removed: list[Removed]
    byline: str | None = None
    credited_source: str | None = None
    people: list[Person] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    agreements: list[Agreement] = field(default_factory=list)
    commitments: list[Commitment] = field(default_factory=list)
    source: str = ""
    url: str | None = None
    outlet: str | None = None
    encoding: str = "utf-8"
    content_hash: str = ""

    def to_record(self) -> dict[str, Any]:
        """The JSON object of the evaluation contract (SCHEMA.md), plus extra keys."""

        def ev(e: Evidence) -> dict[str, Any]:
            return {"start": e.start, "end": e.end, "text": e.text}

        return {
            "doc_id": self.doc_id,
            "title": self.title,
            "published": self.published,
            "byline": self.byline,
            "credited_source": self.credited_source,
            "source": self.source,
            "url": self.url,
            "clean_text": self.clean_text,
            "events": [
                {
                    "type": e.type,
                    "date": e.date,
                    "end_date": e.end_date,
                    "place": e.place,
                    "planned": e.planned,
                    "participants": [asdict(p) for p in e.participants],
                    "evidence": e.evidence.text,
                    "evidence_span": ev(e.evidence),
                }
                for e in self.events
            ],
            "agreements": [
                {
                    "name": a.name,
                    "start_year": a.start_year,
                    "end_year": a.end_year,
                    "parties": a.parties,
                    "status": a.status,
                    "evidence": a.evidence.text,
                    "evidence_span": ev(a.evidence),
                }
                for a in self.agreements
            ],
            "people": [
                {
                    "name": p.name,
                    "entity_id": p.entity_id,
                    "country": p.country,
                    "titles": p.titles,
                    "org": p.org,
                    "aliases": p.aliases,
                    "evidence": p.evidence.text,
                    "evidence_span": ev(p.evidence),
                }
                for p in self.people
            ],
            "commitments": [
                {
                    "quantity": c.quantity,
                    "unit": c.unit,
                    "what": c.what,
                    "period": c.period,
                    "evidence": c.evidence.text,
                    "evidence_span": ev(c.evidence),
                }
                for c in self.commitments
            ],
            "removed": [{"text": r.text, "reason": r.reason} for r in self.removed],
        }
