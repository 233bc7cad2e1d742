"""Data files that drive cleaning and extraction; each starts with a '#' line saying what it holds."""
from __future__ import annotations

from functools import cache
from importlib.resources import files


@cache
def load_lines(name: str) -> tuple[str, ...]:
    """Non-empty, non-comment lines of a lexicon file."""
    text = files(__package__).joinpath(name).read_text(encoding="utf-8")
    return tuple(
        line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")
    )


@cache
def load_tsv(name: str) -> tuple[tuple[str, ...], ...]:
    """Rows of a tab-separated lexicon file (comment lines skipped)."""
    rows = []
    text = files(__package__).joinpath(name).read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        rows.append(tuple(cell.strip() for cell in line.split("\t")))
    return tuple(rows)


@cache
def gazetteer() -> tuple[tuple[str, str, str], ...]:
    """(spelling, ISO country, kind) for every spelling of every place in gazetteer.tsv."""
    out: list[tuple[str, str, str]] = []
    for row in load_tsv("gazetteer.tsv"):
        names = [row[0]] + [n for n in (row[3].split(";") if len(row) > 3 else []) if n]
        out.extend((n, row[1], row[2]) for n in names)
    return tuple(out)
