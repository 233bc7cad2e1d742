"""Identity keys for people: equal keys mean the same person, in any article.

A key is a function of the name alone, so ``hoptac extract`` gives stable
``entity_id``s without a corpus. Three layers, first hit wins:

1. the alias table (``lexicons/aliases.tsv``): known people under all spellings;
2. Vietnamese names: the folded name ("Lê Minh Hưng" → ``le-minh-hung``);
3. Lao, Khmer and other foreign names: a phonetic skeleton on which the
   Vietnamese transliteration and the romanisation meet ("Thoong-lun Xi-xu-lit"
   and "Thongloun Sisoulith" → ``x-tnlnslt``).

Hand-written: no maintained library transliterates Lao or Khmer names between
Vietnamese and Latin spellings (phonetic algorithms such as Metaphone are built
for English and split these pairs).
"""
from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

from hoptac.clean.normalize import fold
from hoptac.lexicons import load_tsv

_VOWELS = set("aeiouy")


_NOT_ALNUM = re.compile(r"[\W_]+")  # \w is exactly str.isalnum() plus "_"


@lru_cache(maxsize=8192)
def compact(name: str) -> str:
    """Folded letters and digits only: the scorer-style comparison form of a name."""
    return _NOT_ALNUM.sub("", fold(name))


def slug(name: str) -> str:
    return "-".join(t for t in re.split(r"[^a-z0-9]+", fold(name)) if t)


def _token_skeleton(token: str) -> str:
    s = token
    s = re.sub(r"^y(?=[aeiou])", "d", s)  # a Lao initial y is written d: "Yapaoher" = "Da-pao-hơ"
    s = re.sub(r"^ea(?=[^aeiou])", "ie", s)  # a Khmer initial ea sounds iê: "Eang" = "Iêng"
    s = re.sub(r"^au(?=[^aeiou])", "o", s)  # and au sounds ô: "Aun" = "Ôn"
    # (Vietnamese has no f: "Bounfeng" is written "Bun-phêng"; "ts" is written "x": "Atsaphangthong"
    # = "A-xa-phăng-thong"; "ck" is one k: "Thammasack" = "Thăm-ma-xắc")
    for a, b in (("ck", "k"), ("chh", "ch"), ("ph", "p"), ("f", "p"), ("th", "t"), ("kh", "k"), ("gh", "g"),
                 ("ch", "j"), ("x", "s"), ("ts", "s"), ("z", "s"), ("q", "k"), ("w", "v"), ("ou", "u"), ("oo", "o"), ("ng", "n"),
                 ("gn", "n")):
        s = s.replace(a, b)
    s = re.sub(r"nh(?=[aeiouy])", "y", s)
    s = s.replace("nh", "n").replace("c", "k")
    s = re.sub(r"(?<=[aeiouy])r(?=[^aeiouy]|$)", "", s)  # Khmer final r is silent: Var = Va
    s = s.replace("r", "l")  # a Lao r is written l: "Vongdara" = "Vông-đa-la"
    s = re.sub(r"(?<=[aeiouy])l(?=[^aeiouy]|$)", "n", s)  # a syllable-final l is written n: Vibol = Vi-bôn, Pholsena = Phôn-xê-na
    s = re.sub(r"(?<=[aeiouy]{2})s$", "", s)  # Khmer final s after a vowel pair is silent: Meas = Mia
    s = re.sub(r"(?<=[aeiouy])t(?=d)", "d", s)  # a romanised double d is a final t and a d: "Bouddakham" = "Bút-đa-khăm"
    s = re.sub(r"d$", "t", re.sub(r"b$", "p", s))  # romanised final d/b sound t/p: Lengsavad = Lềnh-xa-vắt
    s = re.sub(r"j$", "k", s)  # a final ch is a k ("Ouch" = "Úc"); inside a word it is its own sound ("Chhin" is no "Kong")
    if len(s) > 2:
        s = re.sub(r"k$", "", s)  # final k/ch is often dropped in transliteration
        s = re.sub(r"(?<=[aeiouy])k(?=[bdlmnpstv])", "", s)  # so is a syllable's inside a word: "Pheakdey" = "Phia-đây"
    return s


@lru_cache(maxsize=8192)
def skeleton(name: str) -> str:
    """Consonant skeleton of a foreign name; an initial vowel is kept."""
    tokens = [t.replace("-", "") for t in re.split(r"[\s]+", fold(name)) if t]
    s = "".join(_token_skeleton("".join(c for c in t if c.isalpha())) for t in tokens)
    if not s:
        return ""
    head = s[0] if s[0] in _VOWELS else ""
    cons = [c for c in s if c not in _VOWELS]
    out: list[str] = []
    for c in cons:
        if not out or out[-1] != c:
            out.append(c)
    return head + "".join(out)


@cache
def _alias_index() -> tuple[dict[str, tuple[str, str]], dict[str, tuple[str, str]]]:
    by_compact: dict[str, tuple[str, str]] = {}
    by_skeleton: dict[str, tuple[str, str]] = {}
    for row in load_tsv("aliases.tsv"):
        pid, country, names = row[0], row[1], row[2]
        for n in names.split(";"):
            by_compact[compact(n)] = (pid, country)
            if country != "VN":
                by_skeleton.setdefault(skeleton(n), (pid, country))
    return by_compact, by_skeleton


# one vowel group between consonants, as every Vietnamese syllable has ("hương", not "pờrạ")
_VIETNAMESE_SYLLABLE = re.compile(r"[^aeiouy]*[aeiouy]+[^aeiouy]*$")


def _bare(word: str) -> str:
    """The word in lower case without tone marks or other diacritics ("Hương" → "huong")."""
    plain = "".join(c for c in unicodedata.normalize("NFD", word.lower()) if not unicodedata.combining(c))
    return plain.replace("đ", "d")


@lru_cache(maxsize=8192)
def known_person(name: str) -> tuple[str, str] | None:
    """(entity id, country) from the alias table, or None."""
    by_compact, by_skeleton = _alias_index()
    hit = by_compact.get(compact(name))
    if hit:
        return hit
    words = name.split()
    if not name.isascii() and all(_VIETNAMESE_SYLLABLE.match(_bare(w)) for w in words):
        return None  # "Hương Sơn" is a Vietnamese place, not "Hun Sen": sound-alikes only for foreign spellings
    sk = skeleton(name)
    return by_skeleton.get(sk) if len(sk) >= 4 else None


def person_key(name: str, vietnamese: bool) -> str:
    """The entity id of a person's name; ``vietnamese`` says which rule applies."""
    hit = known_person(name)
    if hit:
        return hit[0]
    if vietnamese:
        return slug(name)
    sk = skeleton(name)
    return f"x-{sk}" if sk else slug(name)
