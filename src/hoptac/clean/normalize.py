"""Unicode and Vietnamese tone-mark normalisation.

Hand-written: no maintained library normalises Vietnamese tone placement. The clean
text keeps each article's own spelling (NFC only), because readers quote it; the
``tone_key`` view moves tone marks to one convention without changing any offset,
so patterns match "hoà" and "hòa" alike while evidence is cut from the original.
"""
from __future__ import annotations

import re
import unicodedata

_SPACES = re.compile(r"[\u00a0\u2000-\u200a\u202f\u205f\u3000]")
_INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")
_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def normalize_text(text: str) -> str:
    """NFC, ordinary spaces, no invisible characters, Unix newlines."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _INVISIBLE.sub("", text)
    text = _SPACES.sub(" ", text)
    return unicodedata.normalize("NFC", text)


# Old-style placement ("hòa", "thủy", "khỏe"): in a word ending in oa / oe / uy
# the tone sits on the first of the two vowels.
_WORD = re.compile(r"\w+")


def _old_style(m: re.Match[str]) -> str:
    word = m.group(0)
    d = unicodedata.normalize("NFD", word)
    tones = [c for c in d if c in _TONES]
    if len(tones) != 1:
        return word
    bare = "".join(c for c in d if c not in _TONES)
    tail = bare[-2:].lower()
    if tail not in ("oa", "oe", "uy") or bare.lower() in ("quy",):
        return word
    out = unicodedata.normalize("NFC", bare[:-1] + tones[0] + bare[-1])
    return out if len(out) == len(word) else word


def tone_key(text: str) -> str:
    """Same text with old-style tone placement; same length, so offsets carry over."""
    return _WORD.sub(_old_style, text)


def fold(text: str) -> str:
    """Lower case, no diacritics, đ→d: the key for accent-insensitive comparison."""
    text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D").lower())
    return "".join(c for c in text if not unicodedata.combining(c))
