"""Decoding: every encoding a Vietnamese article has been saved in reads back to the same text.

Legacy bytes are made at run time from Unicode sentences with ``legacy.encode`` (and a
cp1258 writer below), so no binary fixture is committed.
"""
from __future__ import annotations

import codecs
import random
import unicodedata

import pytest

from hoptac.clean import legacy
from hoptac.clean.decode import DecodeError, decode_bytes
from reliability.badcorpus import to_cp1258

# Short sentences in the genre's style. No toned capitals, so TCVN3 keeps them exactly.
SENTENCES = [
    "Sáng 23/6, tại Hà Nội, đồng chí Trần Văn Tuấn đã tiếp Đoàn đại biểu tỉnh Hủa Phăn (Lào).",
    "Hai bên nhất trí tiếp tục thúc đẩy hợp tác trên các lĩnh vực kinh tế, giáo dục và y tế.",
    "Theo kế hoạch, hằng năm tỉnh sẽ tiếp nhận từ 10 - 20 học sinh sang học tập, nghiên cứu.",
    "Bản ghi nhớ về hợp tác giai đoạn 2021 - 2025 được ký kết trong chuyến thăm của Đoàn.",
    "Phát biểu tại buổi tiếp, đồng chí Bí thư Tỉnh ủy cảm ơn sự giúp đỡ quý báu của nước bạn.",
    "Chiều cùng ngày, Đoàn đã đến dâng hương tưởng niệm các anh hùng liệt sĩ, thăm khu di tích lịch sử.",
]
# Toned capitals: VNI keeps them; TCVN3 writes them lowercase (see legacy.TCVN3_LOSSY).
CAPITALS = "ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ. Ấn Độ, Ông Ớt, Ức, Ý kiến, Ế ẩm, Ở, Ừ, Ỷ lại."

_TONES = ["", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323"]
_BASES = ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"]
ALL_LETTERS = sorted(
    {
        unicodedata.normalize("NFC", b + t)
        for base in _BASES
        for b in (base, base.upper())
        for t in _TONES
        if (b + t).isascii() is False
    }
    | {"đ", "Đ"}
)


def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


ARTICLE = "\n".join(SENTENCES)

ENCODERS = {
    "utf-8": lambda s: s.encode("utf-8"),
    "utf-8-sig": lambda s: codecs.BOM_UTF8 + s.encode("utf-8"),
    "utf-16-le-bom": lambda s: codecs.BOM_UTF16_LE + s.encode("utf-16-le"),
    "utf-16-be-bom": lambda s: codecs.BOM_UTF16_BE + s.encode("utf-16-be"),
    "utf-16-le": lambda s: s.encode("utf-16-le"),
    "utf-16-be": lambda s: s.encode("utf-16-be"),
    "cp1258": to_cp1258,
    "vni": lambda s: legacy.encode(s, "vni"),
    "tcvn3": lambda s: legacy.encode(s, "tcvn3"),
}


def test_all_letters_counted() -> None:
    assert len(ALL_LETTERS) == 134


def test_classic_legacy_spellings() -> None:
    """The tables reproduce the mojibake every Vietnamese reader recognises."""
    assert legacy.encode("Cộng hòa xã hội chủ nghĩa Việt Nam", "vni").decode("cp1252") == (
        "Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam"
    )
    assert legacy.encode("Cộng hòa xã hội chủ nghĩa Việt Nam", "tcvn3").decode("cp1252") == (
        "Céng hßa x· héi chñ nghÜa ViÖt Nam"
    )
    assert legacy.encode("Độc lập - Tự do - Hạnh phúc", "tcvn3").decode("cp1252") == "§éc lËp - Tù do - H¹nh phóc"
    assert legacy.encode("được năm", "vni").decode("cp1252") == "ñöôïc naêm"


@pytest.mark.parametrize("encoding", legacy.ENCODINGS)
@pytest.mark.parametrize("letter", ALL_LETTERS)
def test_legacy_round_trip_every_letter(encoding: str, letter: str) -> None:
    data = legacy.encode(f"x{letter}x {letter}", encoding)
    text = legacy.decode(data, encoding)
    assert text is not None
    if encoding == "tcvn3" and letter in legacy.TCVN3_LOSSY:
        assert text == f"x{letter.lower()}x {letter.lower()}"
    else:
        assert text == f"x{letter}x {letter}"


def test_tcvn3_lossy_letters_are_the_toned_capitals() -> None:
    """TCVN3 has bytes for Ă Â Ê Ô Ơ Ư Đ only; the 60 toned capitals come back lowercase."""
    capitals = {c for c in ALL_LETTERS if c.isupper()}
    assert legacy.TCVN3_LOSSY == capitals - set("ĂÂÊÔƠƯĐ")
    assert len(legacy.TCVN3_LOSSY) == 60


def test_capitals_vni_exact_tcvn3_lowercased() -> None:
    assert decode_bytes(legacy.encode(CAPITALS, "vni")) == (CAPITALS, "vni")
    text, enc = decode_bytes(legacy.encode(CAPITALS, "tcvn3"))
    assert enc == "tcvn3"
    assert text.lower() == CAPITALS.lower()


@pytest.mark.parametrize("name", list(ENCODERS))
@pytest.mark.parametrize("sentence", SENTENCES)
def test_sentence_decodes_to_same_text(name: str, sentence: str) -> None:
    text, _ = decode_bytes(ENCODERS[name](sentence))
    assert nfc(text) == nfc(sentence)


@pytest.mark.parametrize("name", list(ENCODERS))
def test_article_decodes_to_same_text_and_names_encoding(name: str) -> None:
    text, enc = decode_bytes(ENCODERS[name](ARTICLE))
    assert nfc(text) == ARTICLE
    expected = {"utf-16-le-bom": "utf-16", "utf-16-be-bom": "utf-16"}.get(name, name)
    assert enc == expected


def test_cp1258_needs_nfc() -> None:
    """cp1258 keeps tones as combining marks: the raw reading differs, its NFC does not."""
    text, enc = decode_bytes(to_cp1258(ARTICLE))
    assert enc == "cp1258"
    assert text != ARTICLE
    assert nfc(text) == ARTICLE


@pytest.mark.parametrize("encoding", legacy.ENCODINGS)
def test_legacy_rejects_the_other_legacy(encoding: str) -> None:
    other = {"vni": "tcvn3", "tcvn3": "vni"}[encoding]
    assert legacy.decode(legacy.encode(ARTICLE, other), encoding) is None


@pytest.mark.parametrize("encoding", legacy.ENCODINGS)
def test_legacy_rejects_cp1258_and_utf8(encoding: str) -> None:
    assert legacy.decode(to_cp1258(ARTICLE), encoding) is None
    assert legacy.decode(ARTICLE.encode("utf-8"), encoding) is None


def test_encode_refuses_what_it_cannot_hold() -> None:
    with pytest.raises(UnicodeEncodeError):
        legacy.encode("Москва", "vni")
    assert legacy.encode("Москва “x”", "tcvn3", errors="replace") == b"?????? \x93x\x94"
    with pytest.raises(ValueError, match="unknown legacy encoding"):
        legacy.decode(b"x", "viscii")


ENGLISH = (
    "The two sides agreed to strengthen cooperation in trade, education and health. "
    "The delegation visited the museum and laid a wreath at the memorial."
)


@pytest.mark.parametrize(
    "data",
    [
        ENGLISH.encode("ascii"),
        ENGLISH.encode("utf-16"),
        ("“" + ENGLISH + "” – café, naïve, déjà vu").encode("cp1252"),
        ("Ärger über Öl - " + ENGLISH).encode("latin-1"),
    ],
    ids=["ascii", "utf16", "cp1252-quotes", "latin1-umlauts"],
)
def test_english_is_not_read_as_legacy(data: bytes) -> None:
    text, enc = decode_bytes(data)
    assert enc not in legacy.ENCODINGS
    assert ENGLISH in text


@pytest.mark.parametrize(
    "data, reason",
    [
        (b"", "empty file"),
        (b"\x00" * 1000, "no text"),
        (b"\x00\x01\x02\x03" * 500, "not text"),
        (b"PK\x03\x04" + bytes(range(256)) * 20, "not text"),
        (b"   \n\t \r\n", "no text"),
    ],
    ids=["empty", "all-nul", "nul-heavy", "zip-like", "blank"],
)
def test_not_text_raises_decode_error(data: bytes, reason: str) -> None:
    with pytest.raises(DecodeError, match=reason):
        decode_bytes(data)


@pytest.mark.parametrize("seed", range(20))
def test_random_binary_raises_decode_error(seed: int) -> None:
    data = random.Random(seed).randbytes(4096)
    with pytest.raises(DecodeError):
        decode_bytes(data)


def test_regression_nul_padded_binary_read_as_utf16() -> None:
    """Bug: binary with NULs in both byte lanes (a PNG header + zero padding) passes the
    UTF-16-without-BOM guess, its NULs are stripped and a few CJK characters come back as
    "text". Real UTF-16 has NULs in one lane only."""
    data = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + bytes(200)
    with pytest.raises(DecodeError, match="not text|no text"):
        decode_bytes(data)


def test_nul_bytes_in_a_lane_do_not_make_utf16_when_the_reading_is_no_script_of_ours():
    # UTF-8 "00\x000": one NUL in the even lane; read as UTF-16-BE it would be "〰0"
    with pytest.raises(DecodeError):
        decode_bytes("00\x000".encode())
    text = "Hà Nội hợp tác với Lào trong nhiều lĩnh vực"
    assert decode_bytes(text.encode("utf-16-le")) == (text, "utf-16-le")
