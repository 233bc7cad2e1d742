"""Extraction: one module per kind of fact, each a function of the clean document.

Every fact is cut from ``doc.text`` with its sentence as evidence; the order is
metadata (the date anchor) → people → events → agreements → commitments.
"""
from __future__ import annotations

import dataclasses

from hoptac.extract.agreements import find_agreements
from hoptac.extract.commitments import find_commitments
from hoptac.extract.dates import Anchor, reference_year, story_day
from hoptac.extract.events import find_events
from hoptac.extract.metadata import byline, credited_source, filed_on, item_days, published_date
from hoptac.extract.people import Mention, find_people, first_person_mentions, organisation_of
from hoptac.model import (
    Agreement,
    Article,
    CleanDocument,
    Commitment,
    Event,
    Evidence,
    Person,
)


def _people_records(doc: CleanDocument, mentions: list[Mention]) -> list[Person]:
    by_key: dict[str, Person] = {}
    for m in mentions:
        if m.cue == "short":
            continue  # "Đại tướng Giang" after "Đại tướng Phan Văn Giang": named in full before
        s = doc.sentence_at(m.start)
        ev = Evidence(doc.doc_id, s.start, s.end, s.text) if s else Evidence(doc.doc_id, m.start, m.end, m.name)
        p = by_key.get(m.key)
        if p is None:
            by_key[m.key] = Person(m.name, m.key, m.country, list(m.titles), None, ev)
            continue
        if (len(m.name.split()) > len(p.name.split()) and not m.vietnamese) or (p.name.isupper() and not m.name.isupper()):
            # (the longest spelling, and as the body writes it rather than a headline in capitals)
            p.aliases.append(p.name)
            p.name = m.name
        elif m.name != p.name and m.name not in p.aliases and not set(m.name.split()) < set(p.name.split()):
            p.aliases.append(m.name)  # (not a part of the name: "Giang" of "Phan Văn Giang" is no spelling of it)
        for t in m.titles:
            if t not in p.titles:
                p.titles.append(t)
        p.country = p.country or m.country
    for p in by_key.values():
        p.org = organisation_of(p.titles)
    return list(by_key.values())


def extract_facts(doc: CleanDocument) -> Article:
    spans = [(s.start, s.end) for s in doc.sentences]
    published = published_date(doc)
    year = reference_year(doc.text, published)
    mentions = find_people(doc.text, spans)
    title_end = len(doc.title) if doc.title and doc.text.startswith(doc.title) else 0
    speakers = first_person_mentions(doc.text, mentions)  # ("tôi đã hội đàm với bà X": the one speaking)
    actors = sorted(mentions + speakers, key=lambda m: m.start) if speakers else mentions
    # (a story with no date of its own that says "Chiều qua (17/10)" is told on 18/10: its other relative days count from it)
    told_on = published or story_day(doc.text, year)
    filed = filed_on(doc.text, published) if published else None
    if filed is not None:
        told_on = filed  # ("HÀ NỘI, 22-11 - … Sáng mai, …" on the page of 23-11: tomorrow of the day it was filed)
    events = find_events(doc.text, spans, actors, Anchor(told_on, year, item_days=item_days(doc)), title_end)
    agreements = find_agreements(doc.text, spans, year)
    commitments = find_commitments(doc.text, spans)
    facts: list[Event | Agreement | Commitment] = [*events, *agreements, *commitments]
    for fact in facts:
        fact.evidence = dataclasses.replace(fact.evidence, doc_id=doc.doc_id)
    return Article(
        doc_id=doc.doc_id,
        title=doc.title,
        published=published.isoformat() if published else None,
        clean_text=doc.text,
        removed=doc.removed,
        byline=byline(doc),
        credited_source=credited_source(doc),
        people=_people_records(doc, mentions),
        events=events,
        agreements=agreements,
        commitments=commitments,
        source=doc.source,
        url=doc.url,
        outlet=doc.outlet,
        encoding=doc.encoding,
    )
