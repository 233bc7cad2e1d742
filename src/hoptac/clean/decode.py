"""Bytes → text: UTF-8, UTF-16, Windows-1258 and the legacy Vietnamese font encodings.

Written by hand because general detectors (charset-normalizer, chardet) do not know
VNI or TCVN3 and often mistake Windows-1258 Vietnamese for Windows-1252; we use
charset-normalizer only as a last opinion for non-Vietnamese single-byte text.
"""
from __future__ import annotations

import codecs
import re
import unicodedata

from hoptac.clean import legacy
from hoptac.clean.normalize import VIETNAMESE_LETTER


class DecodeError(ValueError):
    """The bytes are not text hoptac can read; the message says why, for the user."""


# A news article is a few kilobytes; anything this big is a dump or a mistake, and reading it
# as one article would only produce noise. Refused with a reason, never silently.
MAX_ARTICLE_BYTES = 5_000_000


_VI_LETTERS = VIETNAMESE_LETTER


def _vietnamese_score(text: str) -> float:
    """Share of letters that are Vietnamese-specific: high for real Vietnamese text."""
    letters = sum(1 for c in text if c.isalpha())
    if not letters:
        return 0.0
    return len(_VI_LETTERS.findall(unicodedata.normalize("NFC", text))) / letters


_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\ufff0-\uffff]")


def _looks_binary(text: str) -> bool:
    if not text:
        return False
    bad = len(_CONTROL.findall(text))
    return bad / len(text) > 0.01


def decode_bytes(data: bytes | str) -> tuple[str, str]:
    """Return (text, encoding name). Raise DecodeError when the input is not text."""
    size = len(data)
    if size > MAX_ARTICLE_BYTES:
        raise DecodeError(
            f"too large to be one article ({size / 1e6:.1f} MB > {MAX_ARTICLE_BYTES / 1e6:.0f} MB); split it into articles"
        )
    if isinstance(data, str):
        text, enc = data, "str"
    elif not data:
        raise DecodeError("empty file")
    elif data.startswith(codecs.BOM_UTF8):
        text, enc = _strict(data[3:], "utf-8"), "utf-8-sig"
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text, enc = _strict(data, "utf-16"), "utf-16"
    else:
        text, enc = _guess(data)
    text = text.replace("\x00", "")
    if _looks_binary(text):
        raise DecodeError(f"not text (binary content; read as {enc})")
    if not text.strip():
        raise DecodeError("no text (only white space)")
    return text, enc


def _strict(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as e:
        raise DecodeError(f"invalid {encoding} at byte {e.start}") from None


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _best_single_byte(data: bytes) -> tuple[float, str, str]:
    """(score, encoding, text) of the legacy reading with the most Vietnamese letters."""
    candidates: list[tuple[float, str, str]] = []
    for enc in legacy.ENCODINGS:
        text = legacy.decode(data, enc)
        if text is not None:
            candidates.append((_vietnamese_score(text), enc, text))
    cp = data.decode("cp1258", errors="replace")
    candidates.append((_vietnamese_score(cp), "cp1258", cp))
    return max(candidates)


def _latin_share(text: str) -> float:
    """The share of characters Vietnamese text is written with: Latin letters (Vietnamese ones
    included), digits, punctuation and spaces."""
    if not text:
        return 0.0
    ok = sum(1 for c in text if ord(c) < 0x250 or 0x1E00 <= ord(c) < 0x2070 or 0x300 <= ord(c) < 0x370)
    return ok / len(text)


def _guess(data: bytes) -> tuple[str, str]:
    if not data.strip(b" \t\r\n\f\v"):
        raise DecodeError("no text (only white space)")
    if not data.strip(b"\x00 \t\r\n"):
        raise DecodeError("no text (only NUL bytes)")
    # UTF-16 without a BOM: every other byte is NUL in Latin-script text.
    if len(data) >= 4 and len(data) % 2 == 0:
        even, odd = data[0::2], data[1::2]
        for zeros, other, enc in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
            # real UTF-16 has its NULs in one byte lane only
            if zeros.count(0) > 0.3 * len(zeros) and other.count(0) < 0.05 * len(other):
                try:
                    text = data.decode(enc)
                except UnicodeDecodeError:
                    continue
                if _latin_share(text) >= 0.9:  # ("00\x000" read as UTF-16 is "〰0": no script of ours)
                    return text, enc
    if b"\x00" in data[:4096] and data.count(0) > len(data) // 100:
        raise DecodeError("not text (binary content: NUL bytes)")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as e:
        utf8_error = e
    # Mixed files: mostly UTF-8 with stray legacy bytes. Keep the UTF-8 reading when
    # nearly all of it decodes, replacing the few bad bytes.
    relaxed = data.decode("utf-8", errors="replace")
    if relaxed.count("\ufffd") <= max(3, len(relaxed) // 200) and _vietnamese_score(relaxed) > 0.05:
        return relaxed, "utf-8 (with invalid bytes replaced)"
    lines = data.split(b"\n")
    utf8_lines = sum(1 for line in lines if _is_utf8(line) and any(b > 127 for b in line))
    if utf8_lines and len(lines) > 1:
        # Mixed files (pasted from two sources): each line in the encoding that reads it best
        parts = []
        for line in lines:
            if _is_utf8(line):
                parts.append(line.decode("utf-8"))
            else:
                parts.append(_best_single_byte(line)[2])
        return "\n".join(parts), "mixed (utf-8 and legacy lines)"
    score, enc, text = _best_single_byte(data)
    if score > 0.08:
        return text, enc
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is not None and best.encoding:
        return str(best), best.encoding
    raise DecodeError(f"unknown encoding (not UTF-8: {utf8_error.reason} at byte {utf8_error.start})")
