"""Pure helpers the templates use: highlight spans, evidence context, the timeline chart.

They return plain data (segments, bars), never HTML strings, so every piece of article
text goes through Jinja2's autoescaping: untrusted text cannot become markup here.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterable


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    kind: str  # "person" | "event" | "agreement" | "commitment" | "evidence"
    label: str = ""


@dataclass
class Segment:
    text: str
    kinds: list[str] = field(default_factory=list)
    labels: list[str] = field(default_factory=list)

    @property
    def css(self) -> str:
        return " ".join(f"f-{k}" for k in self.kinds)


def highlight(text: str, spans: Iterable[Span]) -> list[Segment]:
    """Cut ``text`` at every span boundary; each piece lists the spans covering it.

    Spans out of range or empty are dropped (offsets come from stored data, which may
    be stale); overlapping spans are allowed and simply both apply to the overlap.
    """
    n = len(text)
    good = [s for s in spans if 0 <= s.start < s.end <= n]
    cuts = sorted({0, n, *(s.start for s in good), *(s.end for s in good)})
    out: list[Segment] = []
    for a, b in zip(cuts, cuts[1:]):
        cover = [s for s in good if s.start <= a and b <= s.end]
        kinds = sorted({s.kind for s in cover})
        labels = [s.label for s in cover if s.label]
        if out and not kinds and not out[-1].kinds:
            out[-1].text += text[a:b]
        else:
            out.append(Segment(text[a:b], kinds, labels))
    return out


def context(text: str, start: int, end: int, width: int = 300) -> tuple[str, str, str]:
    """(before, hit, after) around an evidence span, cut at whitespace, for the event page."""
    n = len(text)
    start, end = max(0, min(start, n)), max(0, min(end, n))
    if end < start:
        start, end = end, start
    lo = max(0, start - width)
    hi = min(n, end + width)
    if lo > 0:
        sp = text.find(" ", lo)
        lo = sp + 1 if 0 <= sp < start else lo
    if hi < n:
        sp = text.rfind(" ", end, hi)
        hi = sp if sp > end else hi
    before = ("… " if lo > 0 else "") + text[lo:start]
    after = text[end:hi] + (" …" if hi < n else "")
    return before, text[start:end], after


@dataclass(frozen=True)
class Bar:
    x: float
    y: float
    w: float
    h: float
    label: str
    count: int
    show_label: bool


@dataclass(frozen=True)
class Chart:
    width: int
    height: int
    bars: list[Bar]
    max_count: int
    baseline: float


def bar_chart(points: list[tuple[str, int]], width: int = 800, height: int = 220) -> Chart:
    """Bars for (period, count) pairs, laid out for an inline server-side SVG."""
    pad_l, pad_r, pad_t, pad_b = 30, 10, 10, 40
    inner_w, inner_h = width - pad_l - pad_r, height - pad_t - pad_b
    top = max((c for _, c in points), default=0) or 1
    n = max(len(points), 1)
    step = inner_w / n
    every = max(1, n // 12)  # at most ~12 axis labels
    bars = []
    for i, (label, count) in enumerate(points):
        h = inner_h * count / top
        bars.append(
            Bar(
                x=round(pad_l + i * step + step * 0.1, 1),
                y=round(pad_t + inner_h - h, 1),
                w=round(max(step * 0.8, 1), 1),
                h=round(h, 1),
                label=str(label),
                count=int(count),
                show_label=i % every == 0,
            )
        )
    return Chart(width, height, bars, top, pad_t + inner_h)


def fill_periods(points: list[tuple[str, int]], by: str, limit: int = 600) -> list[tuple[str, int]]:
    """Add the empty months/years between the first and last period, so bar spacing is time."""
    if len(points) < 2:
        return points

    def nxt(p: str) -> str:
        if by == "year":
            return str(int(p) + 1)
        y, m = int(p[:4]), int(p[5:7])
        return f"{y + (m == 12)}-{m % 12 + 1:02d}"

    counts = dict(points)
    out, cur, last = [], points[0][0], points[-1][0]
    try:
        while cur <= last and len(out) < limit:
            out.append((cur, counts.get(cur, 0)))
            cur = nxt(cur)
    except ValueError:  # a period the store wrote in another shape: show what we have
        return points
    return out if len(out) < limit else points


def page_links(total: int, limit: int, offset: int) -> dict[str, Any]:
    """Offsets for previous/next links, or None where there is none."""
    prev_off = max(0, offset - limit) if offset > 0 else None
    next_off = offset + limit if offset + limit < total else None
    return {"prev": prev_off, "next": next_off, "first": offset + 1 if total else 0, "last": min(total, offset + limit)}
