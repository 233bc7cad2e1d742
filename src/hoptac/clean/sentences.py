"""Sentence spans over the clean text.

Hand-written rather than underthesea's sent_tokenize: that toolkit is GPL-licensed
and slow, and news sentences here end in a few predictable ways; what matters is
not splitting after title abbreviations ("TS.", "PGS.TS.", "TP.").
"""
from __future__ import annotations

import re

from hoptac.lexicons import load_lines
from hoptac.model import Sentence

_ABBREVIATIONS = {a.lower() for a in load_lines("abbreviations.txt")}
# a line break, or end punctuation (then closing quotes) before a space; one class first so
# that the engine skips in C to the characters that can end a sentence; (a semicolon before the
# next item of a day's schedule too: "Thứ Hai (12/9): 7h30 – A chủ trì …; 9h00 – B tiếp …")
# (and a stop glued to the next sentence by a lost space: "… dẫn đầu.Chiều cùng ngày …", checked below)
_END = re.compile(r"[.!?…\n;](?:(?<=;)(?=\s*\d{1,2}\s*[h:]\s*\d{2}\s*[–-])|(?<=\n)|(?<!;)[.!?…]*[”\"’)]*(?=\s)|(?<=\.)(?=[^\W\d_]{2}))")
_TOKEN_BEFORE = re.compile(r"([\w.]+)\.$")


def split_sentences(text: str) -> list[Sentence]:
    """Sentences as (start, end) spans; paragraph breaks always end a sentence."""
    spans: list[Sentence] = []
    start = 0
    for m in _END.finditer(text):
        end = m.end()
        piece = text[start:end]
        if end < len(text) and not text[end].isspace() and m.group(0) == ".":
            # glued: a small letter or a digit before the stop, a capitalised word after it (not "TP.HCM",
            # "PGS.TS", "baoquocte.vn")
            before = text[m.start() - 1] if m.start() else ""
            if not ((before.islower() or before.isdigit()) and text[end].isupper() and text[end + 1].islower()):
                continue
        elif m.group(0).startswith(".") and "\n" not in m.group(0):
            tok = _TOKEN_BEFORE.search(text[max(start, end - 20) : end])
            if tok and tok.group(1).lower() in _ABBREVIATIONS:
                continue
            nxt = text[end : end + 2].lstrip()
            if nxt and not (nxt[0].isupper() or nxt[0] in "“\"(-–" or nxt[0].isdigit()):
                continue
        if piece.strip():
            spans.append(_trimmed(text, start, end))
        start = end
    if text[start:].strip():
        spans.append(_trimmed(text, start, len(text)))
    return spans


def _trimmed(text: str, start: int, end: int) -> Sentence:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Sentence(start, end, text[start:end])
