"""Commitments: counted promises or results ("89 cán bộ cấp cao", "hằng năm … từ 10 - 20 học sinh")."""
from __future__ import annotations

import re
from functools import cache

from hoptac.clean.normalize import tone_key
from hoptac.lexicons import load_tsv
from hoptac.model import Commitment, Evidence

_VERBS = re.compile(
    r"hỗ trợ|đào tạo|bồi dưỡng|tập huấn|cấp|tặng|trao|viện trợ|cam kết|phấn đấu|tiếp nhận|cử|xây dựng|dành|giúp|chuyển giao|tổ chức",
    re.IGNORECASE,
)
_PERIOD = re.compile(r"hằng năm|hàng năm|mỗi năm|giai đoạn\s+\d{4}\s*[-–]\s*\d{4}|trong năm \d{4}|năm \d{4}", re.IGNORECASE)
_NUMBER = r"(?<![\d/.,])(?:từ\s+)?(\d+(?:[.,]\d+)?(?:\s*[-–]\s*\d+(?:[.,]\d+)?)?)\s+"


@cache
def _unit_re() -> list[tuple[re.Pattern[str], str]]:
    return [(re.compile(_NUMBER + rf"({p})(?!\w)", re.IGNORECASE), u) for p, u in load_tsv("commitment_units.tsv")]


_HAS_NUMBER = re.compile(r"\d\s+\w")


def find_commitments(text: str, sentences: list[tuple[int, int]]) -> list[Commitment]:
    out: list[Commitment] = []
    seen: set[tuple[int, int]] = set()
    for s_start, s_end in sentences:
        sent = text[s_start:s_end]
        low = tone_key(sent)
        if not _HAS_NUMBER.search(sent) or not _VERBS.search(low):
            continue
        for rx, unit in _unit_re():
            for m in rx.finditer(low):
                if (s_start + m.start(1)) in {a for a, _ in seen}:
                    continue
                seen.add((s_start + m.start(1), s_start + m.end()))
                what_end = re.search(r"[,;.)(]|\s(?:và|để|nhằm|trong)\s", sent[m.end() :])
                what = sent[m.start(2) : m.end() + (what_end.start() if what_end else min(60, len(sent) - m.end()))]
                period = _PERIOD.search(sent)
                out.append(
                    Commitment(
                        quantity=sent[m.start(1) : m.end(1)].replace(" ", ""),
                        unit=unit,
                        what=what.strip(),
                        period=period.group(0) if period else None,
                        evidence=Evidence("", s_start, s_end, sent),
                    )
                )
    return out
