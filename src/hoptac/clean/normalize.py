"""Unicode and Vietnamese tone-mark normalisation.

Hand-written: no maintained library normalises Vietnamese tone placement. The clean
text keeps each article's own spelling (NFC only), because readers quote it; the
``tone_key`` view moves tone marks to one convention without changing any offset,
so patterns match "hoà" and "hòa" alike while evidence is cut from the original.
"""
from __future__ import annotations

import html
import re
import unicodedata
from functools import lru_cache

# A letter only Vietnamese writes (a tone or a Vietnamese vowel mark, or đ), in NFC: tells
# Vietnamese text from English, slugs and mojibake.
_VIETNAMESE_LOWER = "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ"
# both cases listed rather than a case-blind class: the engine then skips in C to a hit
VIETNAMESE_LETTER = re.compile(f"[{_VIETNAMESE_LOWER}{_VIETNAMESE_LOWER.upper()}]")
# Every capital letter a name can open with (Latin with its accents, "É" in "Mường Ét", Greek,
# Cyrillic): a character class for patterns that must start at a capitalised word.
CAPITAL_LETTERS = "".join(c for c in map(chr, range(0x41, 0x1F00)) if c.isupper() and c.isalpha())
_SPACES = re.compile(r"[\u00a0\u2000-\u200a\u202f\u205f\u3000]")
_INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")
_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


# UTF-8 read as Windows-1252 inside an otherwise sound page ("TÃ¬m kiáº¿m" for "Tìm kiếm"): the
# marks such a line carries, which Vietnamese written right never does
_MOJIBAKE = re.compile(r"á[º»]|Ä[‘\x90]|Æ[°¡]|Ã[¡-¿\x80-\x9f]")
_ENTITY = re.compile(r"&(?:[a-zA-Z]{2,8}|#\d{2,5}|#x[0-9a-fA-F]{2,4});")  # "&nbsp;", "&amp;" left by a scraper


def _repair_lines(text: str) -> str:
    """Mojibake fixed line by line (ftfy, only where a line shows it: a whole-text pass could
    touch sound capitals such as "NGÃ"), and HTML entities a scraper left as text."""
    if _MOJIBAKE.search(text):
        import ftfy

        text = "\n".join(ftfy.fix_text(line) if _MOJIBAKE.search(line) else line for line in text.split("\n"))
    if "&" in text:
        text = _ENTITY.sub(lambda m: html.unescape(m.group(0)), text)
    return text


def normalize_text(text: str) -> str:
    """NFC, ordinary spaces, no invisible characters, Unix newlines, mojibake and entities repaired."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _repair_lines(text)
    text = _INVISIBLE.sub("", text)
    text = _SPACES.sub(" ", text)
    return unicodedata.normalize("NFC", text)


# Old-style placement ("hòa", "thủy", "khỏe"): in a syllable that ends in oa / oe / uy
# the tone sits on the first of the two vowels. New style ("hoà") puts it on the last;
# one substitution over the two letters at a word's end moves it back.
def _build_moves() -> dict[str, str]:
    moves: dict[str, str] = {}
    for first, second in (("o", "a"), ("o", "e"), ("u", "y")):
        for tone in _TONES:
            for f, s2 in ((first, second), (first.upper(), second), (first.upper(), second.upper())):
                new = unicodedata.normalize("NFC", f + s2 + tone)
                old = unicodedata.normalize("NFC", f + tone + s2)
                if len(new) == 2 and len(old) == 2:
                    moves[new] = old
    return moves


TONE_MOVES = _build_moves()  # a new-style pair ("oá") → its old-style twin ("óa")
# Two character classes rather than an alternation of the pairs, and the "not after q" test
# after the first letter rather than before it: a pattern that opens with a character class
# lets the engine skip in C to the letters that can start a match.
_NEW_STYLE = re.compile(
    "[" + "".join(sorted({k[0] for k in TONE_MOVES})) + "](?<![qQ].)[" + "".join(sorted({k[1] for k in TONE_MOVES})) + r"](?!\w)"
)


def tone_key(text: str) -> str:
    """Same text with old-style tone placement; same length, so offsets carry over."""
    return _NEW_STYLE.sub(lambda m: TONE_MOVES.get(m.group(0), m.group(0)), text)


@lru_cache(maxsize=8)
def document_key(text: str) -> str:
    """``tone_key`` of a whole clean text, computed once: every extractor slices it.

    Cached by the text itself (a string caches its own hash), so the stages that read the
    same article share one copy without passing it around."""
    return tone_key(text)


@lru_cache(maxsize=8)
def document_shadow(text: str) -> str:
    """``shadow`` of a whole clean text, computed once per article."""
    return shadow(text)


def shadow(text: str) -> str:
    """Lower-cased ``tone_key``: the text patterns run on, same length as ``text``."""
    low = tone_key(text).lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in tone_key(text))


def _fold_table() -> dict[int, str | None]:
    table: dict[int, str | None] = {0x111: "d", 0x110: "d"}
    for cp in list(range(0xC0, 0x250)) + list(range(0x1E00, 0x1F00)):
        ch = chr(cp)
        base = "".join(c for c in unicodedata.normalize("NFD", ch.lower()) if not unicodedata.combining(c))
        if base != ch:
            table[cp] = base
    for cp in range(0x300, 0x370):  # combining marks left by decomposed input
        table[cp] = None
    return table


_FOLD = _fold_table()


def fold(text: str) -> str:
    """Lower case, no diacritics, đ→d: the key for accent-insensitive comparison.

    One ``str.translate`` over a table built from Unicode's own decompositions: the same
    result as stripping combining marks after NFD, at a fraction of the cost on long texts."""
    return text.lower().translate(_FOLD)
