"""Legacy Vietnamese 8-bit encodings: VNI-Windows and TCVN3 (ABC).

Python ships no codec for either, and general detectors do not know them, yet years of
provincial and ministry pages were typed in them. The byte tables are data
(``lexicons/legacy_vni.tsv``, ``lexicons/legacy_tcvn3.tsv``); this module reads them.

* **VNI** writes a Vietnamese letter as an ASCII base letter followed by one "mark" byte
  (``"Vieät Nam"`` is Việt Nam seen through cp1252); i-with-tone, ơ, ư, đ and ỵ are single
  bytes. Bytes that are no part of a letter read as cp1252 (curly quotes, dashes).
* **TCVN3** is single-byte: 7 capitals (Ă Â Ê Ô Ơ Ư Đ) and all 67 lowercase letters sit in
  0xA1–0xFE. Toned capitals have no byte: typists switched to a capitals-only font
  (.VnTimeH) that draws the lowercase bytes as capitals, and plain text loses that font
  switch. So ``encode`` writes the 60 toned capitals in :data:`TCVN3_LOSSY` as their
  lowercase bytes and ``decode`` gives them back in lowercase.

``decode`` returns None when the bytes do not read as that encoding, judged on two signs
that misreadings leave: bytes that are no letter in the table (or a VNI mark byte with no
base letter before it), and words carrying two tone marks, which no Vietnamese syllable
has. ``clean.decode.decode_bytes`` tries each of :data:`ENCODINGS` and keeps the reading
with the most Vietnamese letters.
"""
from __future__ import annotations

import re
import unicodedata
from functools import cache

from hoptac.lexicons import load_tsv

ENCODINGS: tuple[str, ...] = ("vni", "tcvn3")

_TONE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323")
_WORD = re.compile(r"[^\W\d_]+")
# Bytes a legacy file may hold that are no letter but no sign of a misreading either:
# cp1252 punctuation (quotes, dashes, ellipsis) and the no-break space.
_NEUTRAL = frozenset(range(0x80, 0xA1))


def _cp1252(b: int) -> str | None:
    try:
        return bytes([b]).decode("cp1252")
    except UnicodeDecodeError:
        return None


@cache
def _vni() -> tuple[dict[bytes, str], dict[str, bytes]]:
    """(byte sequence → letter, letter → byte sequence) from the VNI table."""
    dec: dict[bytes, str] = {}
    enc: dict[str, bytes] = {}
    for row in load_tsv("legacy_vni.tsv"):
        letter, seq = row[0], bytes.fromhex(row[1])
        dec[seq] = letter
        enc[letter] = seq
    # Leniency: some VNI files type a capital base letter with a lowercase mark byte.
    for seq, letter in list(dec.items()):
        if len(seq) == 2 and chr(seq[0]).isupper() and seq[1] >= 0xC0:
            dec.setdefault(bytes([seq[0], seq[1] + 0x20]), letter)
    return dec, enc


@cache
def _vni_marks() -> frozenset[int]:
    """Bytes that are only ever the second half of a VNI letter."""
    dec, _ = _vni()
    return frozenset(seq[1] for seq in dec if len(seq) == 2) - frozenset(seq[0] for seq in dec if len(seq) == 1)


@cache
def _tcvn3() -> tuple[dict[int, str], dict[str, int]]:
    """(byte → letter, letter → byte) from the TCVN3 table."""
    dec = {int(row[0], 16): row[1] for row in load_tsv("legacy_tcvn3.tsv")}
    enc = {letter: b for b, letter in dec.items()}
    return dec, enc


def _lossy_tcvn3() -> frozenset[str]:
    _, enc = _tcvn3()
    return frozenset(c.upper() for c in enc if c.upper() not in enc and c.upper() != c)


TCVN3_LOSSY: frozenset[str] = _lossy_tcvn3()
"""Toned capitals TCVN3 cannot write; they round-trip as their lowercase letter."""


def decode(data: bytes, encoding: str) -> str | None:
    """The text ``data`` holds if it is in ``encoding`` ("vni" or "tcvn3"); None if it cannot be."""
    if encoding == "vni":
        result = _decode_vni(data)
    elif encoding == "tcvn3":
        result = _decode_tcvn3(data)
    else:
        raise ValueError(f"unknown legacy encoding {encoding!r}; known: {', '.join(ENCODINGS)}")
    if result is None:
        return None
    text, foreign, letters = result
    if foreign > max(2, 0.02 * letters):
        return None
    if not _plausible(text):
        return None
    return text


def _foreign(b: int) -> int:
    """1 for a byte the encoding never writes in Vietnamese text (a stray mark byte, a symbol)."""
    return 0 if b in _NEUTRAL else 1


def _decode_vni(data: bytes) -> tuple[str, int, int] | None:
    dec, _ = _vni()
    marks = _vni_marks()
    out: list[str] = []
    foreign = letters = 0
    i, n = 0, len(data)
    while i < n:
        pair = dec.get(data[i : i + 2]) if i + 1 < n else None
        if pair is not None:
            out.append(pair)
            letters += 1
            i += 2
            continue
        b = data[i]
        i += 1
        if b < 0x80:
            out.append(chr(b))
            continue
        single = dec.get(bytes([b]))
        if single is not None and b not in marks:
            out.append(single)
            letters += 1
            continue
        ch = _cp1252(b)
        if ch is None:
            return None
        foreign += _foreign(b)
        out.append(ch)
    return "".join(out), foreign, letters


def _decode_tcvn3(data: bytes) -> tuple[str, int, int] | None:
    dec, _ = _tcvn3()
    out: list[str] = []
    foreign = letters = 0
    for b in data:
        if b < 0x80:
            out.append(chr(b))
            continue
        letter = dec.get(b)
        if letter is not None:
            out.append(letter)
            letters += 1
            continue
        ch = _cp1252(b)
        if ch is None:
            return None
        foreign += _foreign(b)
        out.append(ch)
    return "".join(out), foreign, letters


def _plausible(text: str) -> bool:
    """False when too many words carry two tone marks: the trace of a wrong table."""
    marked = doubled = 0
    for word in _WORD.findall(text):
        if word.isascii():
            continue
        marked += 1
        tones = sum(1 for c in unicodedata.normalize("NFD", word) if c in _TONE_MARKS)
        if tones > 1:
            doubled += 1
    return doubled <= max(1, 0.05 * marked)


def encode(text: str, encoding: str, errors: str = "strict") -> bytes:
    """``text`` in a legacy encoding, as an old editor would have saved it.

    Characters the encoding cannot hold raise UnicodeEncodeError, or become "?" with
    ``errors="replace"``. TCVN3 writes toned capitals in lowercase (see :data:`TCVN3_LOSSY`).
    """
    if encoding not in ENCODINGS:
        raise ValueError(f"unknown legacy encoding {encoding!r}; known: {', '.join(ENCODINGS)}")
    text = unicodedata.normalize("NFC", text)
    out = bytearray()
    for pos, ch in enumerate(text):
        if ord(ch) < 0x80:
            out.append(ord(ch))
            continue
        if encoding == "vni":
            seq = _vni()[1].get(ch)
        else:
            byte = _tcvn3()[1].get(ch)
            if byte is None and ch in TCVN3_LOSSY:
                byte = _tcvn3()[1][ch.lower()]
            seq = None if byte is None else bytes([byte])
        if seq is None:
            seq = _punctuation(ch)
        if seq is None:
            if errors == "replace":
                seq = b"?"
            else:
                raise UnicodeEncodeError(encoding, text, pos, pos + 1, "no byte for this character")
        out += seq
    return bytes(out)


def _punctuation(ch: str) -> bytes | None:
    """cp1252 punctuation both fonts keep (0x80–0xA0): quotes, dashes, ellipsis."""
    try:
        b = ch.encode("cp1252")
    except UnicodeEncodeError:
        return None
    return b if b[0] in _NEUTRAL else None
