"""UI labels in Vietnamese (the default) and English, read from ``labels.tsv``.

Labels live in a data file beside the code so a translator can change them without
touching templates. A missing key shows the key itself, so a gap is visible, not fatal.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

LANGS = ("vi", "en")
DEFAULT_LANG = "vi"
LANG_COOKIE = "hoptac_lang"


@lru_cache(maxsize=1)
def load_labels() -> dict[str, dict[str, str]]:
    """``{lang: {key: label}}`` from labels.tsv (key, vi, en; '#' starts a comment)."""
    table: dict[str, dict[str, str]] = {lang: {} for lang in LANGS}
    path = Path(__file__).with_name("labels.tsv")
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        key, *values = line.split("\t")
        for lang, value in zip(LANGS, values):
            table[lang][key] = value
    return table


class Labels:
    """Template helper: ``t('nav_home')`` or ``t.event('talks')``."""

    def __init__(self, lang: str) -> None:
        self.lang = lang if lang in LANGS else DEFAULT_LANG
        self._table = load_labels()[self.lang]

    def __call__(self, key: str) -> str:
        return self._table.get(key, key)

    def event(self, kind: str | None) -> str:
        return self._table.get(f"event_{kind}", kind or "") if kind else ""

    def status(self, status: str | None) -> str:
        return self._table.get(f"status_{status}", status or "") if status else ""

    def role(self, role: str | None) -> str:
        return self._table.get(f"role_{role}", role or "") if role else ""


def pick_lang(query_lang: str | None, cookie_lang: str | None) -> str:
    """``?lang=`` wins over the cookie; anything unknown falls back to Vietnamese."""
    for cand in (query_lang, cookie_lang):
        if cand in LANGS:
            return cand  # type: ignore[return-value]
    return DEFAULT_LANG
