"""Commitments: counted promises or results ("89 cán bộ cấp cao", "hằng năm … từ 10 - 20 học sinh")."""
from __future__ import annotations

import re
from functools import cache

from hoptac.clean.normalize import document_key
from hoptac.lexicons import load_tsv
from hoptac.model import Commitment, Evidence

# patterns used in loops, compiled once
_WHAT_END = re.compile(r"[,;.)(]|\s(?:và|để|nhằm|trong)\s")

# lower-case phrases searched in lower-cased text: a case-blind pattern could not skip ahead in C
_VERBS = re.compile(
    r"hỗ trợ|đào tạo|bồi dưỡng|tập huấn|cấp|tặng|trao|viện trợ|cam kết|phấn đấu|tiếp nhận|cử|xây dựng|dành|giúp|chuyển giao|tổ chức"
)
_PERIOD = re.compile(r"hằng năm|hàng năm|mỗi năm|giai đoạn\s+\d{4}\s*[-–]\s*\d{4}|trong năm \d{4}|năm \d{4}", re.IGNORECASE)
_NUMBER = r"(?<![\d/.,])(?:từ\s+)?(\d+(?:[.,]\d+)?(?:\s*[-–]\s*\d+(?:[.,]\d+)?)?)\s+"


@cache
def _unit_re() -> tuple[re.Pattern[str], list[str]]:
    """A number before any unit, in one pattern (group ``uN`` names the unit); where two
    units could follow the same number the earlier row of the lexicon wins."""
    rows = load_tsv("commitment_units.tsv")
    alts = "|".join(rf"(?P<u{i}>{p})" for i, (p, _) in enumerate(rows))
    return re.compile(_NUMBER + rf"(?:{alts})(?!\w)", re.IGNORECASE), [u for _, u in rows]


_HAS_NUMBER = re.compile(r"\d\s+\w")


def find_commitments(text: str, sentences: list[tuple[int, int]]) -> list[Commitment]:
    out: list[Commitment] = []
    doc_key = document_key(text)
    for s_start, s_end in sentences:
        sent = text[s_start:s_end]
        low = doc_key[s_start:s_end]
        if not _HAS_NUMBER.search(sent) or not _VERBS.search(low.lower()):
            continue
        rx, units = _unit_re()
        for m in rx.finditer(low):
            unit_group = m.lastgroup or "u0"  # the unit's own group closes last
            what_end = _WHAT_END.search(sent, m.end())
            what = sent[m.start(unit_group) : what_end.start() if what_end else m.end() + min(60, len(sent) - m.end())]
            period = _PERIOD.search(sent)
            out.append(
                Commitment(
                    quantity=sent[m.start(1) : m.end(1)].replace(" ", ""),
                    unit=units[int(unit_group[1:])],
                    what=what.strip(),
                    period=period.group(0) if period else None,
                    evidence=Evidence("", s_start, s_end, sent),
                )
            )
    return out
