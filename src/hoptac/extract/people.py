"""People named in an article: name, titles, organisation, country.

The genre writes people in a few fixed shapes: "đồng chí X, <titles>,",
"<titles> X", "ông/bà/ngài X", "Đoàn … do đồng chí X … dẫn đầu", lists joined by
";" and captions. Vietnamese capitalises only the first syllable of each part of
an organisation's name ("Văn phòng Trung ương Đảng Cộng sản Việt Nam"), so a
run of capitalised words is either a proper name or the tail of one; we cut
each run down to the person's name with the lexicons (family names, titles,
person cues, places, compounds) and keep only runs the context makes a person.

Hand-written: underthesea's NER finds people with F1 0.26 on this genre and
tags names as places; these rules read the genre's own structure.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from functools import cache, lru_cache

from hoptac.clean.normalize import CAPITAL_LETTERS, VIETNAMESE_LETTER, document_shadow, fold, shadow
from hoptac.extract.phrases import PhraseSet
from hoptac.lexicons import gazetteer, load_lines, load_tsv
from hoptac.resolve.keys import compact, known_person, person_key, skeleton

# patterns used in loops, compiled once
_KIN_WORD_BEFORE = re.compile(r"(?<!\w)(?:anh|chị|cô|thầy|cháu|cụ|em)\s+$", re.IGNORECASE)
_DASH_CUT = re.compile(r"\s-\s|^-\s")
_APPOSITION = re.compile(r"\s*(?:\([^)]{0,30}\)\s*)?(?:,|\s*[-–]\s*)\s*")
_TITLE_LIST_SEP = re.compile(r",|;|\s[-–]\s")
_PLACE_KINDS = {"tỉnh", "huyện", "xã", "phường", "quận", "phố", "trấn", "bản", "thị"}
_IS_NOW = re.compile(r"(?:hiện là|nguyên là|là)\s+")
_TITLE_SEP = re.compile(r",|\s[-–]\s")
# a body's name that lists its fields ("Bộ Giáo dục, Thanh niên và Thể thao", "Bộ Thông tin, Văn hóa
# và Du lịch"): before the comma, a body and one or two words; after it, words up to "và" + a capital
# (three fields or more: "Bộ Công nghiệp, Khoa học, Công nghệ và Đổi mới sáng tạo")
_ENUM_BODY_BEFORE = re.compile(
    r"(?:^|\s)(?:Bộ|Sở|Ban|Cục|Vụ|Viện|Tổng cục|Ủy ban|Uỷ ban)\s+\w+(?:\s+\w+)?(?:\s*,\s*[A-ZĐ]\w*(?:\s+\w+)?)*\s*$")
_ENUM_BODY_AFTER = re.compile(r"(?:\s*[A-ZĐ]\w*(?:\s+\w+){0,2}?\s*,)*\s*\w+(?:\s+\w+){0,3}?\s+và\s+(\w)")
_ABBREVIATED_TITLE = re.compile(r"[A-ZĐ][\w.]{0,6}\.")  # "Dr.", "TS.", "PGS.TS.", "Th.S."
_ENDS_WITH_DASH = re.compile(r"\s*[-–]\s*$")
_CLAUSE_MARK = re.compile(r"[,;:()–]")
_ACTOR_AFTER = re.compile(
    r"\s+(?:đã\s+|đang\s+|sẽ\s+|cũng\s+)?(?:tiếp|hội kiến|hội đàm|điện đàm|chào xã giao|dẫn đầu|đồng chủ trì|chủ trì)(?!\w)"
    r"|\s+(?:đã|cùng)\s+ký(?!\w)"  # "… Campuchia Chan Sokha đã ký": not a headline's "Hãng X ký …"
)
_AT_ADMIN = re.compile(r"(?:tại|ở|đến|tới|từ)\s+(?:thành phố|tp\.?|thủ đô|tỉnh|thị xã|huyện|quận)\s+$")

_TOKEN = re.compile(r"\w+(?:[-'’.]\w+)*")
_BODY_WORDS = frozenset({"hội", "ban", "bộ", "sở", "cục", "viện", "trường", "đảng", "báo", "đài", "phật", "vùng", "quân", "tỉnh", "huyện", "tòa", "toà", "bệnh"})  # never a given name
# the first word of a body's name that no one is given ("Tổng Liên đoàn", "Liên hiệp", "Cựu chiến binh", "Ủy ban")
_OPENS_A_BODY_S_NAME = frozenset({"tổng", "liên", "cựu", "ủy", "uỷ"})
# nouns whose first word is also a verb or linking word that ends a title ("Quân đội nhân dân Lào")
_NOUNS_OPENED_BY_STOP_WORDS = frozenset({"nhân dân", "hội đồng", "đồng bào"})
_APPOSITIVE_GAP = re.compile(r"\s*,\s+[^,;.:()\n]{2,90}?\s+")
_LINK_IN_GAP = re.compile(r"(?<!\w)(?:và|với|cùng|ông|bà|ngài|đồng chí|do|đã|sẽ|đang|vừa|gồm)(?!\w)", re.IGNORECASE)
# (and the Lao "Than", "Nang", "Than Nang": "Than Nang Bua-khăm và ông X đã ký")
_HONORIFIC_BEFORE = re.compile(r"(?<!\w)(?:ông|bà|ngài|đồng chí|anh|chị|than|nang)\s+$", re.IGNORECASE)
_FIRM_IN_TITLE = re.compile(r"(?<!\w)(?:công ty|tập đoàn|doanh nghiệp|hợp tác xã|nhà máy)(?!\w)")
# a title that ends with a firm's word and its kind: the firm's own name comes next ("Chủ tịch Tập đoàn Golden
# Bavet"; not "Tổng Giám đốc Tổng công ty Viễn thông Chhem Sovann", where what the firm does ends its name)
_FIRM_ENDS_TITLE = re.compile(r"(?<!\w)(?:công ty|tập đoàn|tổng công ty|hợp tác xã)(?:\s+(?:cp|tnhh|cổ phần|mtv|một thành viên))*$")
_YOUTH_UNION_BEFORE = re.compile(r"(?:[Tt]rung ương|T\.?Ư\.?|TW|[Tt]ỉnh|[Tt]hành|[Hh]uyện)\s+$")  # ("T.Ư Đoàn")
_FIRM_NAME_BEFORE = re.compile(r"(?<!\w)(?:công ty|tập đoàn|hợp tác xã)(?:\s+(?:cp|tnhh|cổ phần|mtv))?(?P<words>(?:\s+[^\s,.;:()“”\"]+){1,8}?)\s*$")
_HOUSE_NUMBER = re.compile(r"(?<!\w)số\s+\d+[a-z]?(?:/\d+)?$")
_CITY_WORD = re.compile(r"(?<!\w)(?:[Tt]hành phố|TP\.?)\s+$")
_NAME_COMES = re.compile(r"(?<!\w)(?:ông|bà|ngài|đồng chí|(?:[Đđ]ại|[Tt]hượng|[Tt]rung|[Tt]hiếu) (?:tướng|tá|úy|uý))\s+$")
_LINK_BEFORE_TITLE = re.compile(r"(?<!\w)(?:và|cùng|có|do|tiếp|với|gặp|đón|thăm|hội kiến|hội đàm|của)\s+$")
_FIRM_BREAK = re.compile(r"(?<!\w)(?:của|thăm|tại|ở|với|cho|về|đến|tới|làm việc|khảo sát|gặp|tiếp)(?!\w)")
_AT = re.compile(r"(?<!\w)(?:tại|ở)\s+$")
_DIGIT = re.compile(r"\d")
_VI_SPECIFIC = VIETNAMESE_LETTER


@lru_cache(maxsize=8192)
def _key(s: str) -> str:
    return shadow(s)


@cache
def _lex() -> dict:
    titles = sorted({_key(t) for t in load_lines("titles.txt")}, key=len, reverse=True)
    title_keys = frozenset(titles)
    cues = sorted({_key(c) for c in load_lines("person_cues.txt")}, key=len, reverse=True)
    compounds = {_key(c) for c in load_lines("compounds.txt")}
    for t in titles:  # "Thủ tướng", "Văn phòng" inside titles are compounds too
        words = t.split()
        for a, b in zip(words, words[1:]):
            compounds.add(f"{a} {b}")
    places = {_key(name): country for name, country, _kind in gazetteer()}
    countries = {_key(r[0]): r[1] for r in load_tsv("countries.tsv")}
    return {
        "titles": titles,
        "title_re": re.compile(r"(?<!\w)(?:" + "|".join(re.escape(t) for t in titles) + r")(?!\w)"),
        "title_set": PhraseSet.from_branches([re.escape(t) for t in titles]),
        "title_keys": title_keys,
        # last words that make a longer title of a shorter one ("quốc vương" → "quốc vương cha")
        "title_tails": frozenset(t.rsplit(" ", 1)[1] for t in titles if " " in t and t.rsplit(" ", 1)[0] in title_keys),
        "cues": cues,
        "surnames": {_key(s) for s in load_lines("vn_surnames.txt")},
        "lunar_years": {f"{a} {b}" for stems, branches in [load_lines("lunar_years.txt")]
                        for a in _key(stems).split() for b in _key(branches).split()},
        "honorifics": {_key(h) for h in load_lines("honorifics.txt")},
        "caps_words": frozenset(load_lines("caps_words.txt")),
        "compounds": compounds,
        "places": places,
        "place_re": PhraseSet.from_branches([re.escape(p) for p in sorted(places, key=len, reverse=True)]),
        "place_starts": {p.split()[0] for p in places} | {c.split()[0] for c in countries},
        "countries": countries,
        # a country as whole space-separated words of a key ("bộ ngoại giao lào")
        "country_word_re": re.compile(
            "(?:^| )(?:" + "|".join(re.escape(c) for c in sorted(countries, key=len, reverse=True)) + ")(?= |$)"),
        "country_re": PhraseSet.from_branches([re.escape(c) for c in sorted(countries, key=len, reverse=True)]),
        "things": sorted({_key(r[0]) for r in load_tsv("thing_cues.tsv")}, key=len, reverse=True),
        "admin_things": {_key(r[0]) for r in load_tsv("thing_cues.tsv") if r[1] == "admin"},
        "not_things": {_key(r[0]) for r in load_tsv("thing_cues.tsv") if r[1] == "none"},
        "firms": {_key(r[0]) for r in load_tsv("thing_cues.tsv") if r[1] == "firm"},
        "org_words": {c.split()[0] for c in compounds} | {t.split()[0] for t in titles} | {"phía", "ban", "bộ", "vụ", "sở", "cục", "viện", "tòa", "toà", "đảng", "nhà", "hội", "tết", "xuân", "khu", "tháng", "mỏ"},
        "stop": {_key(s) for s in load_lines("name_stopwords.txt")},
        "ethnic_groups": {compact(g) for g in load_lines("ethnic_groups.txt")},
        "firm_words": {_key(w) for w in load_lines("firm_words.txt")},
    }


# Ê Đê, Gia Rai and other Central Highlands names start with a gender prefix and run to five words
_ETHNIC_PREFIXES = {"y", "h'", "ksor", "rah", "siu", "nay", "kpă", "rơ", "rcom", "niê"}

# capitalised event words that may follow a name in a headline-style sentence ("… Lê Minh Hưng Hội đàm với …")
# nouns of the landscape and of buildings that begin a place's or a thing's own name ("Sông Mã", "Chợ Rẫy", "Núi Sam")
_NAMED_PLACE_NOUNS = {"sông", "biển", "núi", "cầu", "chợ", "suối", "đảo", "chùa", "đền", "trạm", "cảng"}
_VERB_COMPOUNDS = {"hội đàm", "hội kiến", "hội nghị", "hội thảo", "tọa đàm", "toạ đàm", "điện đàm"}


@dataclass
class Mention:
    """One occurrence of a person's name in the clean text."""

    start: int
    end: int
    name: str
    vietnamese: bool
    titles: list[str] = field(default_factory=list)
    country: str | None = None
    cue: str | None = None  # what made it a person: "cue", "title", "appositive", "surname", "known", "list"
    key: str = ""


class _Tok:
    """A word of a sentence. A plain slotted class, not a dataclass: hundreds are made per
    article, and the generated keyword ``__init__`` of a dataclass costs twice as much."""

    __slots__ = ("acronym", "cap", "end", "low", "start", "text")

    def __init__(self, start: int, end: int, text: str, low: str, cap: bool, acronym: bool) -> None:
        self.start, self.end, self.text, self.low = start, end, text, low
        self.cap = cap  # starts with a capital letter
        self.acronym = acronym  # two or more letters, all capitals ("UBND", "TTXVN")

    def __repr__(self) -> str:
        return f"_Tok({self.start}, {self.end}, {self.text!r})"


@cache
def _capital_token() -> re.Pattern[str]:
    """A token (as ``_TOKEN`` reads one) that opens with a capital: the class first, so the engine
    skips lower-case text in C instead of Python looking at every word."""
    capitals = "".join(c for c in map(chr, range(0x10000)) if c.isupper() and c.isalnum())
    return re.compile("[" + re.escape(capitals) + r"]\w*(?:[-'’.]\w+)*")


def _token_starts_at(text: str, p: int) -> bool:
    """Whether ``_TOKEN``, reading left to right, starts a token at ``p`` (not inside "x-Yz")."""
    if p == 0:
        return True
    before = text[p - 1]
    if before.isalnum() or before == "_":
        return False
    return not (before in "-'’." and p > 1 and (text[p - 2].isalnum() or text[p - 2] == "_"))


def _tok(m: re.Match[str], shadowed: str) -> _Tok:
    t = m.group()
    a, b = m.span()
    if t[0].isupper():  # an upper-case character is a letter; only such a token can be an acronym that matters
        return _Tok(a, b, t, shadowed[a:b], True, t.isupper() and sum(c.isalpha() for c in t) >= 2)
    return _Tok(a, b, t, shadowed[a:b], False, False)


@lru_cache(maxsize=512)
def _run_tokens(text: str, shadowed: str) -> list[tuple[list[_Tok], list[int]]]:
    """Maximal runs of capitalised words separated only by spaces, each with the (up to) two
    words after it, as (tokens, indexes of the run in them); ``shadowed`` is the sentence's
    ``shadow`` (each token's key is cut from it).

    Only capitalised words and their neighbours become tokens: most words of a sentence are
    lower-case, and building an object for each was a tenth of the extractor's time."""
    out: list[tuple[list[_Tok], list[int]]] = []
    cur: list[_Tok] = []

    def close() -> None:
        if len(cur) == 1 and "-" not in cur[0].text and _VI_SPECIFIC.search(cur[0].text):
            return  # "Tại", "Bộ": one Vietnamese word names no one (see ``_name_in_run``); half of all runs
        toks = list(cur)
        at = cur[-1].end
        for _ in range(2):
            nxt = _TOKEN.search(text, at)
            if nxt is None:
                break
            toks.append(_tok(nxt, shadowed))
            at = nxt.end()
        out.append((toks, list(range(len(cur)))))

    for m in _capital_token().finditer(text):
        if not _token_starts_at(text, m.start()):
            continue
        t = _tok(m, shadowed)
        if t.acronym and len(t.text) <= 6 and "-" not in t.text:  # "UBND", "TTXVN" end a run
            if cur:
                close()
                cur = []
            continue
        if cur and not text[cur[-1].end : t.start].strip():  # only spaces since the last one
            cur.append(t)
            continue
        if cur:
            close()
        cur = [t]
    if cur:
        close()
    return out


@cache
def _suffix_re(options: tuple[str, ...]) -> re.Pattern[str]:
    # Reversed options, matched at the start of the reversed text: one anchored attempt
    # instead of a search that tries every option at every position of the text.
    longest_first = sorted(options, key=len, reverse=True)
    return re.compile("(" + "|".join(re.escape(o[::-1]) for o in longest_first) + r")(?!\w)")


def _ends_with_any(s: str, options: list[str]) -> str | None:
    """The longest of ``options`` that ends ``s`` as whole words."""
    m = _suffix_re(tuple(options)).match(s.rstrip()[::-1])
    return m.group(1)[::-1] if m else None


def _title_before(text: str, start: int, shadowed: str) -> str | None:
    """The title chunk that ends right before ``start`` ("Thủ tướng Lào", "Bộ trưởng Bộ Công an");
    ``shadowed``: the ``shadow`` of ``text``."""
    lex = _lex()
    base = max(0, start - 160)
    left = text[base:start]
    # the clause the name ends: after the last comma/semicolon/colon/paren/dash
    cut = _CLAUSE_MARK.search(left[::-1])  # the last mark: the first in the reversed text
    body_comma = None  # "Bộ Giáo dục, Thanh niên và Thể thao": a comma inside one body's name
    while cut and _enumerating_comma(left, len(left) - cut.start() - 1):
        body_comma = body_comma or start - cut.start() - 1
        cut = _CLAUSE_MARK.search(left[::-1], cut.end())
    begin = start - cut.start() if cut else base
    if body_comma is not None:  # the title is the one that names that body, not one further left
        last = None
        for last in lex["title_set"].finditer(shadowed, begin, body_comma):
            pass
        if last is not None:
            begin = last.start()
    if "-" in text[begin:start]:
        piece = text[begin:start]  # on the slice: the pattern anchors at the chunk's start
        # ("Chủ tịch Hội Hữu nghị Việt Nam - Lào X": a dash between two countries is inside a body's name)
        m = next((d for d in _DASH_CUT.finditer(piece) if not _pair_dash(piece, d)), None)
        if m:
            begin += m.end()
    chunk, low = text[begin:start], shadowed[begin:start]
    found = list(lex["title_set"].finditer(low))
    # "Bộ trưởng … Lào A và Thứ trưởng … Lào B", "Chủ tịch nước A tiếp Thủ tướng B": a title after
    # a linking word or a verb opens the next person's
    listed = [m.start() for m in found if _LINK_BEFORE_TITLE.search(low, max(0, m.start() - 12), m.start())]
    for m in found:
        if any(m.start() < x for x in listed):
            continue
        words = chunk[m.end() :].split()
        if words and words[0].lower() == "quán":
            continue  # "Đại sứ quán", "Tổng Lãnh sự quán": an embassy, a consulate, not who heads it
        # a linking word inside an organisation or place name ("Ngoại giao và Hợp tác quốc tế",
        # "Đại sứ Việt Nam tại Nhật Bản") is followed by a capital; a verb is not
        if any(
            _key(w) in lex["stop"] and w[:1].islower()
            # (a capital that only addresses the next person, "… nước có Ngài X", "… và Ngài X", opens no name)
            and not (i + 1 < len(words) and words[i + 1][:1].isupper() and not _addresses_a_person(_key(words[i + 1])))
            and not (i + 1 < len(words) and f"{_key(w)} {_key(words[i + 1])}" in _NOUNS_OPENED_BY_STOP_WORDS)
            # ("Bộ Công nghệ và Truyền thông": the second syllable of a capitalised compound)
            and not (i > 0 and words[i - 1][:1].isupper() and f"{_key(words[i - 1])} {_key(w)}" in lex["compounds"])
            for i, w in enumerate(words)
        ):
            continue
        return chunk[m.start() :].strip()
    return None


def _titles_after(text: str, end: int) -> list[str]:
    """Appositive titles: "X, Phó Chánh Văn phòng Trung ương Đảng, dẫn đầu" → the titles."""
    lex = _lex()
    rest = text[end : end + 300]
    m = _APPOSITION.match(rest)
    if not m:
        return []
    rest = rest[m.end() :]
    out: list[str] = []
    for chunk in _split_keeping_bodies(_TITLE_LIST_SEP, rest):
        low = _key(chunk.strip())
        tm = lex["title_re"].match(low)
        if not tm:
            # "hiện là Phó Chủ tịch ..."
            m2 = _IS_NOW.match(low)
            if m2 and lex["title_re"].match(low[m2.end() :]):
                chunk, low = chunk.strip()[m2.end() :], low[m2.end() :]
            else:
                break
        words = chunk.strip().split()
        kept: list[str] = []
        named_next = False
        for i, w in enumerate(words):
            lw = _key(w)
            if kept and w[:1].islower() and lw in lex["stop"] and lw not in ("và",) \
                    and f"{_key(kept[-1])} {lw}" not in lex["compounds"]:  # ("Hội đồng Bộ trưởng")
                break
            if kept and w[:1].isupper():
                # (not a place after its kind: "Chủ tịch Hội … tỉnh Hà Tĩnh")
                name_start = _is_name_start(w) and len(kept) >= 2 and _key(kept[-1]) not in _PLACE_KINDS and (
                    f"{_key(kept[-1])} {lw}" not in lex["places"])  # ("… tỉnh Sơn La", "… Hà Nội")
                # "…; Đại tá Nguyễn Văn B", "…; Đại tá Xổm-bun Vông-phăn, …": a name and its family name, or two
                # hyphenated words (a Lao or Khmer person, not a place), open the next person's mention
                named_next = i + 1 < len(words) and words[i + 1][:1].isupper() and (
                    name_start or ("-" in w and "-" in words[i + 1]))
                # ("… khu vực IV và Lok Chumteav Chea Sreymom, …": an honorific after "và" opens the next person)
                named_next = named_next or (_key(kept[-1]) == "và" and _addresses_a_person(lw))
                if name_start or named_next:
                    break
            kept.append(w)
        links = [j for j, w in enumerate(kept) if _key(w) == "và"]
        # ("Chủ tịch UBND tỉnh A, Phó Tỉnh trưởng tỉnh Savannakhet B": a title ending with its place, then a name)
        placed = len(kept) >= 2 and _key(kept[-2]) in _PLACE_KINDS
        if named_next and ((placed and not links) or lex["title_re"].fullmatch(_key(" ".join(kept)))):
            break  # "A, Chủ tịch Hội tỉnh X; Đại tá B, …": the rank is the next person's
        if named_next and links:
            # "A, Chủ tịch UBND huyện X và Trung tướng B": the words after "và" are the next person's
            tail = _key(" ".join(kept[links[-1] + 1 :]))
            if lex["title_re"].fullmatch(tail) or all(_addresses_a_person(t) for t in tail.split()):
                kept = kept[: links[-1]]
        while kept and _key(kept[-1]) == "và":  # "…, Chủ tịch Phòng Thương mại tỉnh X và ông Y"
            kept.pop()
        title = " ".join(kept).strip(" .")
        if title:
            out.append(title)
        if len(kept) < len(words):
            break
    return out


def _addresses_a_person(word: str) -> bool:
    """ "Ngài", "ông", "Lok", "Nang" (keyed): a word that opens a person's mention."""
    return word in _lex()["honorifics"] or word in ("ngài", "ông", "bà")


def compound_words() -> set[str]:
    """Two-syllable words whose first syllable is capitalised inside names ("Lao động", "Văn phòng"),
    shadowed."""
    return _lex()["compounds"]


def country_named(words: str) -> str | None:
    """The ISO code of the country these (shadowed) words name whole ("lào", "việt nam"), if any."""
    return _lex()["countries"].get(words.strip())


def place_country(words: str) -> str | None:
    """The ISO code of the country a gazetteer place these (shadowed) words name is in ("hà nội": VN), if any."""
    return _lex()["places"].get(words.strip())


def _is_name_start(word: str) -> bool:
    return _key(word) in _lex()["surnames"]


@lru_cache(maxsize=4096)  # the same titles come back mention after mention
def _country_of(s: str) -> str | None:
    lex = _lex()
    low = _key(s)
    best = None
    for m in lex["country_re"].finditer(low):
        best = lex["countries"][m.group(0)]
    if best:
        return best
    aligned = len(low) == len(s)
    for m in lex["place_re"].finditer(low):
        if aligned and s[m.start() : m.end()].islower():
            continue  # "Bộ Tư pháp" is the ministry of justice, not France ("Pháp"); "lao động" is labour
        return lex["places"][m.group(0)]
    return None


def _enumerating_comma(s: str, i: int) -> bool:
    """Whether the comma at ``s[i]`` is inside a body's name that lists its fields."""
    if s[i] != "," or not _ENUM_BODY_BEFORE.search(s, max(0, i - 40), i):
        return False
    m = _ENUM_BODY_AFTER.match(s, i + 1)
    return bool(m and s[i + 1 :].lstrip()[:1].isupper() and m.group(1).isupper())


def _split_keeping_bodies(sep: re.Pattern[str], s: str) -> list[str]:
    """``sep.split(s)``, except at a comma inside a body's name ("Bộ Thông tin, Văn hóa và Du lịch") and
    at a dash between two countries or sides of one ("Hội Hữu nghị Lào - Việt Nam")."""
    parts: list[str] = []
    at = 0
    for m in sep.finditer(s):
        if not _enumerating_comma(s, m.start()) and not _pair_dash(s, m):
            parts.append(s[at : m.start()])
            at = m.end()
    parts.append(s[at:])
    return parts


_WORD_RE = re.compile(r"\w+")


def _pair_dash(s: str, m: re.Match[str]) -> bool:
    """ "Lào - Việt Nam", "Việt Nam – Campuchia": a dash between two countries names one body."""
    if m.group().strip() not in "-–":
        return False
    countries = _lex()["countries"]
    before, after = _WORD_RE.findall(_key(s[max(0, m.start() - 20) : m.start()])), _WORD_RE.findall(_key(s[m.end() : m.end() + 20]))
    return any(" ".join(before[-n:]) in countries for n in (1, 2) if len(before) >= n) and any(
        " ".join(after[:n]) in countries for n in (1, 2) if len(after) >= n)


def _split_titles(chunk: str) -> list[str]:
    parts = [p.strip(" .") for p in _split_keeping_bodies(_TITLE_SEP, chunk) if p.strip(" .")]
    return parts


# a place word, then the capitalised words that name the place
_PLACE_NAMED = re.compile(rf"(?<!\w)(?i:huyện|tỉnh|thành phố|thị xã|thị trấn|xã|bản|quận|thôn|làng|ấp|buôn|phum|khum|TP\.?|số nhà \d+[A-Z]?|số \d+[A-Z]?|(?<=\()\d+[A-Z]?)\s+"
                          rf"((?:[{CAPITAL_LETTERS}][\w-]*)(?:\s+[{CAPITAL_LETTERS}][\w-]*){{0,3}})")


_PLACE_LISTED = re.compile(rf"(?:\s*,\s*|\s+và\s+)((?:[{CAPITAL_LETTERS}][\w-]*)(?:\s+[{CAPITAL_LETTERS}][\w-]*){{0,2}})(?=\s*,|\s+và\s|\s*[.;:)\n]|$)")
_LIST_ENDS = re.compile(r"\s*(?:[.;:)\n]|$)")
# "Bí thư Huyện ủy", "Chủ tịch UBND huyện", "Nai bản": a title that ends in a place's body or a place word
_BODY_OF_A_PLACE_BEFORE = re.compile(
    r"(?:huyện ủy|tỉnh ủy|thành ủy|đảng ủy|ubnd|hđnd|ủy ban nhân dân|hội đồng nhân dân|nai bản|trưởng bản|trưởng thôn)"
    r"(?:\s+(?:huyện|tỉnh|xã|thành phố|thị xã|thị trấn))?\s+$", re.IGNORECASE)


def _named_as_places(text: str, names_at: AbstractSet[int] = frozenset()) -> set[str]:
    """Every run of one to four capitalised words the text writes right after "huyện", "tỉnh",
    "thành phố" … where no person's name starts (``names_at``); one scan per article: a pattern per
    name costs a compile each."""
    out: set[str] = set()
    for m in _PLACE_NAMED.finditer(text):
        if m.start(1) in names_at and not (m.group(0)[:2].lower() == "số" or m.group(0)[0].isdigit()):
            # (no one lives at "số nhà 30 Hoàng Diệu", "(60 Trần Phú, Hà Nội)")
            continue  # ("Phó Chủ tịch UBND tỉnh Phạm Bá Oai": a person, after the place word of a title)
        words = m.group(1).split()
        out.update(" ".join(words[:n]) for n in range(1, len(words) + 1))
        # "Công an huyện Hương Sơn, Vũ Quang, Hương Khê.": the places listed after the first, each followed by a
        # comma, "và" or the clause's end (two at least: one name after a comma may be a person's)
        items, at = [], m.end()
        while (nxt := _PLACE_LISTED.match(text, at)) is not None:
            items.append(nxt.group(1))
            at = nxt.end(1)
        if len(items) >= 2 and _LIST_ENDS.match(text, at):
            out.update(items)
    return out


_GLUED_DASH = re.compile(rf"(?<=[^\W\d_])-(?=[{CAPITAL_LETTERS}])")


def _unglued_titles(text: str, low_doc: str) -> str:
    """ "ông Trương Hải Long-Phó Chủ tịch UBND tỉnh": a paper's house style that glues the title to the
    name with a hyphen; read as the comma it stands for (one character for one: offsets stay)."""
    title_re = _lex()["title_re"]
    cuts = [m.start() for m in _GLUED_DASH.finditer(text) if title_re.match(low_doc, m.start() + 1)]
    if not cuts:
        return text
    chars = list(text)
    for i in cuts:
        chars[i] = ","
    return "".join(chars)


# a word in capitals ("HUN", "MANET", "XI-XU-LÍT"); inside a line of lower case it may be a name
_CAPS_WORD = re.compile(rf"(?<![\w-])[{CAPITAL_LETTERS}]{{2,}}(?:-[{CAPITAL_LETTERS}]+)*(?![\w-])")
# syllables of a romanised or transliterated name: onset, vowels, a coda ("KOEUT", "SOKHONN", "XI-XU-LÍT");
# an acronym has none ("TTXVN", "HĐND") or a cluster no syllable ends in ("UBND", "AKP")
_SYLLABLES = re.compile(r"(?:[BCDĐGHKLMNPQRSTVXZ]{0,3}[AEIOUY]{1,3}(?:NG|NH|NN|CH|TH|[CKMNPTSLRYX])?)+")


def _syllabic(word: str) -> bool:
    """Whether a word in capitals reads as syllables of a name rather than as an acronym."""
    return all(_SYLLABLES.fullmatch(fold(part).upper()) for part in word.split("-")) and (
        word not in _lex()["caps_words"])


def _cased_names(text: str) -> str:
    """ "Samdech Thipadei HUN MANET", "Ngài SAR SOKHA": a name in capitals after a title or an honorific,
    inside a line of lower case, read as written in the usual case ("Hun Manet"); one character for one,
    so offsets stay. A line all in capitals (a headline) is left as it is."""
    words = [m for m in _CAPS_WORD.finditer(text) if _syllabic(m.group(0))]
    if not words:
        return text
    lex = _lex()
    chars = list(text)
    cased_end = -1
    for i, m in enumerate(words):
        a, b = m.span()
        # two such words at least ("HUN MANET"): one alone after a title is a body's acronym ("Thống đốc BOL")
        if not ((i + 1 < len(words) and text[b : words[i + 1].start()] == " ") or (i and text[words[i - 1].end() : a] == " ")):
            continue
        line_start, line_end = text.rfind("\n", 0, a) + 1, text.find("\n", b)
        line = text[line_start : line_end if line_end >= 0 else len(text)]
        if line.upper() == line:
            continue
        before = _key(text[max(line_start, a - 60) : a]).rstrip()
        last = before.rsplit(" ", 1)[-1] if before else ""
        if not (text[cased_end:a].isspace() or last in lex["honorifics"] or any(before.endswith(c) for c in lex["cues"])
                or (before and _ends_with_title_or_place(before))):
            continue
        cased = m.group(0).capitalize()
        if len(cased) == b - a:
            chars[a:b] = cased
            cased_end = b
    return "".join(chars)


def find_people(text: str, sentences: list[tuple[int, int]]) -> list[Mention]:
    """Person mentions in ``text``; ``sentences`` are (start, end) spans."""
    mentions: list[Mention] = []
    parsed = []
    low_doc = document_shadow(text)  # one shadow per article, sliced per sentence
    if "-" in text:
        text = _unglued_titles(text, low_doc)
    text = _cased_names(text)
    for s_start, s_end in sentences:
        sent, low = text[s_start:s_end], low_doc[s_start:s_end]
        runs = _run_tokens(sent, low)
        parsed.append((s_start, sent, low, runs))
        for toks, run in runs:
            m = _name_in_run(sent, toks, run, shadowed=low)
            if m is None:
                continue
            m.start += s_start
            m.end += s_start
            mentions.append(m)
    mentions = [m for i, m in enumerate(mentions) if not (i and _names_an_appositive_organisation(text, mentions[i - 1], m))]
    # second pass: foreign names confirmed anywhere count everywhere (captions, repeats)
    confirmed = {compact(m.name) for m in mentions} - {""}
    found = sorted(confirmed, key=len, reverse=True)
    starts = [m.start for m in mentions]  # sorted: mentions were found left to right
    extra: list[Mention] = []
    for s_start, sent, low, runs in parsed:
        if not found:
            break
        for toks, run in runs:
            a, b = toks[run[0]].start + s_start, toks[run[-1]].end + s_start
            i = bisect.bisect_left(starts, a)
            if (i < len(starts) and starts[i] < b) or (i > 0 and mentions[i - 1].end > a):
                continue
            written = compact(sent[toks[run[0]].start : toks[run[-1]].end])
            if not any(c in written for c in found):
                continue
            m = _name_in_run(sent, toks, run, confirmed=confirmed, shadowed=low)
            if m is not None:
                m.start += s_start
                m.end += s_start
                extra.append(m)
    mentions.extend(extra)
    mentions.sort(key=lambda m: m.start)
    # "Hướng Hóa mở rộng hợp tác …" over "… Trung tâm Y tế huyện Hướng Hóa …": a bare name the article
    # also writes after a place word is that place
    # (a Vietnamese-looking one too, with no honorific before it, "đề nghị Ngọc Hồi tiếp tục giúp huyện bạn";
    # or after a body of that place, "Bí thư Huyện ủy Ngọc Hồi", when it is written after a place word
    # somewhere no person's name starts)
    places = _named_as_places(text, {m.start for m in mentions})
    if places:
        mentions = [m for m in mentions if m.name not in places or not (
            (not m.titles and (not m.vietnamese or _HONORIFIC_BEFORE.search(text, max(0, m.start - 12), m.start) is None))
            or _BODY_OF_A_PLACE_BEFORE.search(text, max(0, m.start - 40), m.start) is not None)]
    # "tại Mương Khăm": a Lao district ("Mương" is the Lao "huyện"), not a person
    mentions = [m for m in mentions if not (m.name.startswith("Mương ") and not m.titles)]
    ethnic = _lex()["ethnic_groups"]
    mentions = [m for m in mentions if compact(m.name) not in ethnic]  # "đồng bào Hmông, Hà Nhì": a people, not a person
    # "đối tượng Nguyễn Văn T. (SN 1990)": a name withheld to its initial is no one the record can name
    mentions = [m for m in mentions if not (_WITHHELD.search(m.name) and text[m.end : m.end + 1] == ".")]
    for m in mentions:
        hit = known_person(m.name)
        m.key = person_key(m.name, m.vietnamese)
        if hit and not m.country:
            m.country = hit[1]
        if not m.country and m.vietnamese:
            m.country = "VN"
    _merge_unmarked(mentions)
    _merge_partial(mentions)
    _merge_parenthesised(text, mentions)
    _merge_nasal_spellings(mentions)
    given = _given_name_mentions(text, mentions, low_doc)
    if given:
        mentions = sorted(mentions + given, key=lambda m: m.start)
    return mentions


# (a letter with no tone mark: "Dương Trung Ý" is a name in full; or an initial of two, "Hồ Văn Tr.")
_WITHHELD = re.compile(r"\s(?:[A-ZĐ]|Tr|Th|Ng|Nh|Ph|Kh|Ch|Gi|Qu|Ngh)$")
_NEXT_WORD = re.compile(r"\s+(\w+)")
_CAPITALISED_WORD = re.compile(r"(?<![\w-])[" + CAPITAL_LETTERS + r"]\w*(?:-\w+)*")
_CAPITAL_AFTER = re.compile(r"[-\w]|\s+[" + CAPITAL_LETTERS + r"]")


def _given_name_mentions(text: str, mentions: list[Mention], low_doc: str) -> list[Mention]:
    """ "ông Thạc", "Đại tướng Giang", "Chủ tịch Quốc hội Mẫn" after "ông Kiều Đăng Thạc", "Đại tướng Phan
    Văn Giang", "Trần Thanh Mẫn"; "ông Xổm-đy", "Bộ trưởng Vi-lay" after "Xổm-đy Đuông-đy", "Vi-lay
    Lạ-khăm-phong": a person named again by an honorific or a title and the given name alone (a Vietnamese
    name's last word, a Lao name's first), when one full name written before ends with it.
    (Written by hand: no Vietnamese NER resolves such short forms.) ``low_doc``: the article's shadow,
    already made by ``find_people`` (the re-cased text would miss its cache)."""
    by_given: dict[str, set[str]] = {}
    first: dict[str, Mention] = {}
    for m in mentions:
        words = m.name.split()
        if len(words) < 2:
            continue
        if m.vietnamese:
            by_given.setdefault(words[-1], set()).add(m.key)
        elif m.country in ("LA", None) and "-" in words[0]:
            by_given.setdefault(words[0], set()).add(m.key)  # (a Lao name transliterated: its given name first)
        else:
            continue
        first.setdefault(m.key, m)
    if not by_given:
        return []
    lex = _lex()
    taken = [(m.start, m.end) for m in mentions]
    out: list[Mention] = []
    for hit in _CAPITALISED_WORD.finditer(text):  # (one fixed pattern: one built from the names costs a compile per article)
        keys = by_given.get(hit.group())
        if keys is None:
            continue
        a, b = hit.span()
        if len(keys) != 1 or _CAPITAL_AFTER.match(text, b) or any(s <= a < e for s, e in taken):
            continue
        full = first[next(iter(keys))]
        if full.start >= a:
            continue  # named in full first
        next_word = _NEXT_WORD.match(text, b)
        if _key(hit.group()) in _BODY_WORDS or (next_word and f"{_key(hit.group())} {_key(next_word.group(1))}" in lex["compounds"]):
            continue  # "Ủy viên Trung ương Đảng", "Thủ tướng Chính phủ": a word of a title, not Mr Trung
        if not (_HONORIFIC_BEFORE.search(text, max(0, a - 12), a) or any(
                t.end() == a - 1 for t in lex["title_set"].finditer(low_doc, max(0, a - 60), a - 1))):
            continue
        out.append(Mention(a, b, hit.group(), full.vietnamese, [], full.country, "short", full.key))
    return out


def _merge_nasal_spellings(mentions: list[Mention]) -> None:
    """ "Thongsy Xaynavong" beside "Thoong-xỉ Xay-nha-vông": in one article, two spellings of a foreign
    name with the same given name whose family names differ only by an n (Vietnamese "nh" stands for a
    romanised "ny", "gn", "y" or "n") are one person. Across articles the keys stay strict."""
    foreign = [m for m in mentions if not m.vietnamese and m.key.startswith("x-") and len(m.name.split()) >= 2]
    if len({m.key for m in foreign}) < 2:
        return
    first_key: dict[str, str] = {}
    for m in foreign:
        given, family = skeleton(m.name.split()[0]), skeleton(" ".join(m.name.split()[1:]))
        for other_family, key in first_key.items():
            g2, f2 = other_family.split("|")
            if key != m.key and g2 == given and _one_n_apart(family, f2):
                for x in mentions:
                    if x.key == m.key:
                        x.key = key
                break
        first_key.setdefault(f"{given}|{family}", m.key)


def _one_n_apart(a: str, b: str) -> bool:
    """Whether one skeleton is the other with one more n."""
    if abs(len(a) - len(b)) != 1:
        return False
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[i] == "n" and long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


def _names_an_appositive_organisation(text: str, before: Mention, m: Mention) -> bool:
    """ "ông Đặng Quốc Thái, Tổng Giám đốc Unitel", "ông A, Chủ tịch HĐQT Công ty CP … Sông Lam": the
    name closing the title of someone just introduced names their organisation, not a person (a list
    of leaders, "Chủ tịch nước A, Thủ tướng B", introduces each by a title, not by "ông")."""
    if _APPOSITIVE_GAP.fullmatch(text, before.end, m.start) is None:
        return False  # (first: the gap is most often a paragraph or more, and this fails on it at once)
    gap = text[before.end : m.start]
    words = [_key(w) for w in gap.strip(" ,").split()]
    lex = _lex()
    if words and (all(w in lex["honorifics"] for w in words) or " ".join(words) in lex["cues"]):
        return False  # "ông A, Oknha B, …": the next person, introduced by an honorific
    if words and (words[-1] in lex["countries"] or _ends_with_place(" ".join(words))):
        return False  # "ông A, Giám đốc Sở Thương mại tỉnh Svay Rieng Chhun Bunthoeun và …": the title has its place
    return (
        not _LINK_IN_GAP.search(gap)
        and _HONORIFIC_BEFORE.search(text, max(0, before.start - 12), before.start) is not None
    )


def _merge_parenthesised(text: str, mentions: list[Mention]) -> None:
    """ "Parnpree Bahiddha-Nukara (Pan-pri Ba-hít-tha Nu-ca-ra)": the name in brackets right
    after another is the same person, spelt the other way."""
    moved: dict[str, Mention] = {}  # the bracketed spelling's own key → the name it glosses
    for first, second in zip(mentions, mentions[1:]):
        if (
            not first.vietnamese and not second.vietnamese
            and text[first.end : second.start].strip() == "("
            and text[second.end : second.end + 1] == ")"
        ):
            if second.key != first.key:
                moved.setdefault(second.key, first)
            second.key = first.key
            second.country = second.country or first.country
    for m in mentions:
        # ("… ông Nuon Veasna (Nuôn Vê-át-na) …. Ông Nuôn Vê-át-na cho biết": that spelling alone, later, too, and
        # whatever part of it was taken for the same)
        gloss = moved.get(m.key)
        if gloss is not None and not m.vietnamese:
            m.key, m.country = gloss.key, m.country or gloss.country


def _merge_unmarked(mentions: list[Mention]) -> None:
    """ "Tran Thanh Man" in a paragraph typed without marks, beside "Trần Thanh Mẫn": in one article, a name
    that reads as a Vietnamese one written in full once its marks are set aside is that person."""
    vietnamese = {fold(m.name): m for m in mentions if m.vietnamese and len(m.name.split()) >= 2}
    if not vietnamese:
        return
    for m in mentions:
        if not m.vietnamese and (same := vietnamese.get(fold(m.name))) is not None and m.name != same.name:
            m.key, m.vietnamese, m.country = same.key, True, m.country or same.country


def _merge_partial(mentions: list[Mention]) -> None:
    """"Chan-o-cha" after "Prayuth Chan-o-cha": a part of a full name is the same person.

    Also a Vietnamese name cut short ("Nguyễn Hòa" beside "Nguyễn Hòa Bình")."""
    fulls = list({m.name: m for m in mentions if len(m.name.split()) >= 2}.values())  # one per spelling
    done: dict[tuple[str, bool], tuple[str, str | None] | None] = {}
    for m in mentions:
        if (m.name, m.vietnamese) in done:
            memo = done[(m.name, m.vietnamese)]
            if memo is not None:
                m.key, m.country = memo[0], m.country or memo[1]
            continue
        before = (m.key, m.country)
        _merge_one(m, fulls)
        done[(m.name, m.vietnamese)] = (m.key, m.country) if (m.key, m.country) != before else None


def _merge_one(m: Mention, fulls: list[Mention]) -> None:
    c = compact(m.name)
    if m.vietnamese:
        longer = [f for f in fulls if f.vietnamese and len(f.name) > len(m.name) and compact(f.name).startswith(c)]
        if len(m.name.split()) == 2 and len({f.key for f in longer}) == 1:
            m.key = longer[0].key
        elif len(m.name.split()) == 2 and not longer:
            # "bà Ngọc Lan" after "Trần Thị Ngọc Lan": a given name of two words used alone
            tail = [compact(w) for w in m.name.split()]
            ending = {f.key: f for f in fulls if f.vietnamese and len(f.name.split()) >= 3
                      and [compact(w) for w in f.name.split()[-2:]] == tail}
            if len(ending) == 1:
                f = next(iter(ending.values()))
                m.key, m.country = f.key, m.country or f.country
        elif len(m.name.split()) == 1 and not any(f.vietnamese and f.name.split()[-1] == m.name for f in fulls):
            # "ông Lavrov" after "Sergei Lavrov": a foreign family name after an honorific, not a Vietnamese given name
            foreign = {f.key: f for f in fulls if not f.vietnamese and m.name in (f.name.split()[0], f.name.split()[-1])}
            if len(foreign) == 1:
                f = next(iter(foreign.values()))
                m.key, m.vietnamese, m.country = f.key, False, m.country or f.country
        return
    if len(m.name.split()) >= 2:
        # "bà Bích Hạnh" after "bà Lò Thị Bích Hạnh": a Vietnamese given name used alone
        longer = [f for f in fulls if f.vietnamese and len(f.name.split()) >= len(m.name.split()) + 1
                  and "-" not in m.name and compact(f.name).endswith(c)]
        if len(m.name.split()) == 2 and len({f.key for f in longer}) == 1:
            m.key, m.vietnamese = longer[0].key, True
            m.country = m.country or longer[0].country
        elif not m.vietnamese and "-" not in m.name:
            # "bà Bun Rany" after "bà Bun Rany Hun Sen": a foreign name cut short, the first words of one longer
            words = m.name.split()
            longer = [f for f in fulls if not f.vietnamese and len(f.name.split()) > len(words) and f.name.split()[: len(words)] == words]
            if len({f.key for f in longer}) == 1:
                m.key, m.country = longer[0].key, m.country or longer[0].country
        return
    for f in fulls:
        parts = [compact(p) for p in f.name.split()]
        if c in parts or compact(f.name).endswith(c) or compact(f.name).startswith(c):
            m.key = f.key
            m.country = m.country or f.country
            return
    # "ông Bounchanh" after "Bun-chăn Xỉ-xa-vạt": a given name alone in the other spelling, when it sounds
    # like the first word of one foreign full name only
    sound = skeleton(m.name)
    same = {f.key: f for f in fulls if not f.vietnamese and skeleton(f.name.split()[0]) == sound}
    if len(same) == 1:
        f = next(iter(same.values()))
        m.key, m.country = f.key, m.country or f.country


def _strip_left(sent: str, toks: list[_Tok], run: list[int]) -> tuple[list[int], str | None]:
    """Drop places, honorifics and cue words from the left of a run; return (run, prefix country)."""
    lex = _lex()
    country = None
    changed = True
    # "tại TP. Hồ Chí Minh Kim Sovanndy": after "thành phố" a city is named by its bare name
    city = _CITY_WORD.search(sent, max(0, toks[run[0]].start - 12), toks[run[0]].start) is not None
    # "Thiếu tướng Xay-xổm-bun Đuông-chăm-pa", "Bộ Ngoại giao Lào Phonsavanh Vongkhamxay": after a rank, an
    # honorific or a country a place word is no place but a given name that shares its spelling
    named_next = _NAME_COMES.search(sent, max(0, toks[run[0]].start - 16), toks[run[0]].start) is not None
    while len(run) > 1 and changed:
        changed = False
        starts = lex["place_starts"] if not city else lex["place_starts"] | {toks[run[0]].low}
        for n in range(min(4, len(run)), 0, -1) if toks[run[0]].low in starts else ():
            words = " ".join(toks[i].low for i in run[:n])
            if city and n > 1 and f"thành phố {words}" in lex["places"]:
                words = f"thành phố {words}"
            if named_next and words in lex["places"] and words not in lex["countries"] and n < len(run):
                continue
            if words in lex["places"] or words in lex["countries"]:
                if n == len(run):
                    return [], None
                named_next = words in lex["countries"]
                country = lex["places"].get(words) or lex["countries"].get(words)
                run = run[n:]
                changed = True
                break
        if changed:
            continue
        first = toks[run[0]].low
        two = f"{first} {toks[run[1]].low}"
        three = f"{two} {toks[run[2]].low}" if len(run) > 3 else ""
        named_next = first in lex["honorifics"] or first in ("ngài", "ông", "bà", "đ/c")
        if two in lex["cues"] and len(run) > 2:
            run = run[2:]
            changed = True
        elif three in lex["title_keys"] or (len(run) > 3 and two in lex["title_keys"] and " " in two):
            # "Phó Chao Khoueng Khampheo Bouasisom": a title written in capitals, then the name
            run = run[3:] if three in lex["title_keys"] else run[2:]
            changed = True
        elif first in lex["honorifics"] or first in ("ngài", "ông", "bà", "đ/c") or first in lex["cues"] or (
                first in ("các", "những", "hai") and toks[run[1]].low in lex["honorifics"] | {"ngài", "ông", "bà"}):
            # ("ThS X"; "Các Ngài Lim Sovannara …": a plural honorific)
            run = run[1:]
            changed = True
        elif _ends_a_title(sent, toks[run[0]].start, first):
            run = run[1:]  # "Quốc vương Cha Norodom Sihanouk": the word ends the title written before it
            changed = True
    return run, country


def _ends_a_title(sent: str, start: int, word: str) -> bool:
    """ "Quốc vương Cha": ``word`` makes a longer title of the title just before it (not "Trung Quốc Vương")."""
    if word not in _lex()["title_tails"]:
        return False
    before, keys = _key(sent[max(0, start - 40) : start]).split(), _lex()["title_keys"]
    return any(" ".join(before[-k:]) in keys and " ".join([*before[-k:], word]) in keys for k in (1, 2, 3) if len(before) >= k)


def _trim_right(sent: str, toks: list[_Tok], run: list[int]) -> list[int]:
    """Drop a final word that starts a compound with the next word ("… Hưng Hội đàm")."""
    lex = _lex()
    while run:
        last = run[-1]
        nxt = toks[last + 1] if last + 1 < len(toks) else None
        if nxt is not None and sent[toks[last].end : nxt.start].strip() == "" and not nxt.cap:
            if f"{toks[last].low} {nxt.low}" in lex["compounds"]:
                run = run[:-1]
                continue
        break
    return run


def _context_kind(sent: str, pos: int, shadowed: str) -> str | None:
    """'thing'/'admin' when the words before ``pos`` name a thing or a place; 'cue' for a person
    cue (``shadowed``: the ``shadow`` of ``sent``)."""
    lex = _lex()
    before = shadowed[max(0, pos - 50) : pos].rstrip()
    thing = _ends_with_any(before, lex["things"])
    if thing in lex["not_things"]:
        thing = None  # "Bộ Tài nguyên và Môi trường Đỗ Đức Duy": "trường" ends a word that is no school
    if thing in lex["firms"]:
        # "Chủ tịch Hội đồng thành viên Tập đoàn Tào Quang Vinh": the holder of a title in the firm (a
        # title right before it, no verb or link between: "… thăm Nhà máy của Công ty CP X" names the firm)
        title = _title_before(sent, pos, shadowed)
        if title and not _FIRM_BREAK.search(title):
            thing = None
    if not thing:
        # "Công ty CP Nông nghiệp Quốc tế Hoàng Anh Gia Lai": a firm's name runs on past its sector
        # words; a title before the firm makes the name after it its holder's ("Tổng Giám đốc Tập
        # đoàn Điện lực Việt Nam Đặng Hoàng An")
        base = max(0, pos - 90)
        firm = _FIRM_NAME_BEFORE.search(shadowed, base, pos)
        if firm is not None and lex["stop"].isdisjoint(firm.group("words").split()) \
                and not _title_before(sent, firm.start(), shadowed):
            return "thing"
    if thing:
        if thing not in lex["admin_things"]:
            return "thing"
        # "bản" (village) is not the end of "Nhật Bản": a capitalised one-word cue after a
        # capitalised word belongs to that proper name
        written = sent[max(0, pos - 50) : pos].rstrip().split()
        part_of_name = (
            " " not in thing and not thing.startswith("tp") and len(written) >= 2
            and written[-1][:1].isupper() and written[-2][:1].isupper()
        )  # ("UBND TP. Hà Tiên": an abbreviated "thành phố" is no part of a name)
        if not part_of_name:
            return "admin"
    if before.endswith(("-", "–")) and (_ends_with_place(before) or "cửa khẩu" in shadowed[max(0, pos - 90) : pos]):
        return "thing"  # "cặp cửa khẩu Lào Cai - Hà Khẩu", "… và Thường Phước - Koh Roka": a pair of places
    if _in_named_pair_thing(before):
        return "thing"
    if _thing_of_a_field_named_for(sent, pos, shadowed, before):
        return "thing"
    if _HOUSE_NUMBER.search(before):
        return "thing"  # "Nhà tang lễ Thành phố, số 25 Lê Quý Đôn": an address names a street
    if _in_place_list(sent, pos):
        return "admin"
    cue = _ends_with_any(before, lex["cues"])
    if cue:
        return "cue"
    return None


_PLACE_LIST_HEAD = re.compile(
    r"(?:các|hai|ba|bốn|năm|những)\s+(?:huyện|tỉnh|xã|bản|thành phố|quận|thị xã|phường|làng|cửa khẩu(?:\s+quốc tế)?|đồn biên phòng)\s",
    re.IGNORECASE,
)
_LIST_JOINT = re.compile(r",\s*|\s+và\s+")


def _in_place_list(sent: str, pos: int) -> bool:
    """ "các huyện Viêng Xay, Xốp Bâu và Sầm Tạy": a later item of a list of places opened by a plural
    place word is a place too (every item a capitalised name of at most four words)."""
    window = sent[max(0, pos - 120) : pos]
    if not window.rstrip().endswith((",", " và")):
        return False
    heads = list(_PLACE_LIST_HEAD.finditer(window))
    if not heads:
        return False
    items = [x for x in _LIST_JOINT.split(window[heads[-1].end() :]) if x.strip()]
    return bool(items) and all(len(x.split()) <= 4 and all(w[:1].isupper() for w in x.split()) for x in items)


def _inside_proper_noun(sent: str, start: int) -> bool:
    """ "Trường … Hữu nghị Cay-xỏn Phôm-vi-hản": the name ends the name of a thing."""
    words = sent[max(0, start - 40) : start].split()
    while words and (_key(words[-1]) in _lex()["honorifics"] or _ABBREVIATED_TITLE.fullmatch(words[-1])):
        words.pop()  # "lời Samdech Techo Hun Sen", "Dr. Bounnhang": titles, not a name the person ends
    if not words or words[-1][-1:] in ",;:":  # "…Trần Văn Thuấn, Dr. Bounnhang": a list, not a thing's name
        return False
    if words[-1][:1].isupper() and words[-1][:1].isalpha():
        return True
    return len(words) >= 2 and f"{_key(words[-2])} {_key(words[-1])}" in _lex()["compounds"] and words[-2][:1].isupper()


def _thing_of_a_field_named_for(sent: str, pos: int, shadowed: str, before: str) -> bool:
    """ "Trường Cao đẳng Kỹ thuật Cao Thắng", "HTX Nông nghiệp Đặng Xá": a thing's word, its field in words of
    the compounds lexicon, then whom or where it is named for; not when a title comes before the thing's word
    ("Giám đốc HTX Nông nghiệp Nguyễn Văn B" is its director)."""
    lex = _lex()
    words = before.split()  # (``before`` is the shadow: in small letters; the capitals are read in ``sent``)
    written = sent[max(0, pos - 50) : pos].split()
    if len(written) != len(words):
        return False
    j, fields = len(words), 0
    while (fields < 3 and j >= 2 and written[j - 2][:1].isupper() and f"{words[j - 2]} {words[j - 1]}" in lex["compounds"]
           and f"{words[j - 2]} {words[j - 1]}" not in lex["title_keys"]):  # (not "chúc Tết Thiếu tướng Kong Vannak")
        j, fields = j - 2, fields + 1
    if not fields:
        return False
    head = " ".join(words[:j])
    thing = _ends_with_any(head, lex["things"])
    # (the thing's word written as a name's: "Trường", "HTX"; not "thông báo Thủ tướng …")
    if not thing or thing in lex["admin_things"] or thing in lex["not_things"] or not written[j - len(thing.split())][:1].isupper():
        return False
    thing_at = pos - (len(before) - len(head)) - len(thing)
    return not _title_before(sent, max(0, thing_at - 1), shadowed)


def _in_named_pair_thing(before: str) -> bool:
    """ "Trường Lào - Việt Lý Tự Trọng": a thing named for a pair of countries, then for someone."""
    dash = max(before.rfind(" - "), before.rfind(" – "))
    if dash < 0 or len(before) - dash > 20:
        return False
    head = before[:dash].rstrip()
    place = _place_ending(head)
    if place is None or place == head:
        return False
    lex = _lex()
    words = head[: -len(place)].split()
    # (the thing's word may come a few words before the pair: "Trường Phổ thông song ngữ Lào - Việt Nam Nguyễn Du")
    for j in range(len(words), max(0, len(words) - 5), -1):
        thing = _ends_with_any(" ".join(words[:j]), lex["things"])
        if thing:
            return thing not in lex["admin_things"] and thing not in lex["not_things"]
    return False


@cache
def _place_suffix() -> re.Pattern[str]:
    # the gazetteer's names reversed, longest first, matched at the start of the reversed text
    # (as ``_suffix_re``), each a whole word: one anchored attempt instead of a loop over every name
    names = sorted(_lex()["places"], key=len, reverse=True)
    return re.compile("(" + "|".join(re.escape(n[::-1]) for n in names) + r")(?=\s|$)")


def _place_ending(s: str) -> str | None:
    """The longest gazetteer name that ends ``s`` after a space (or is all of it)."""
    m = _place_suffix().match(s[::-1])
    return m.group(1)[::-1] if m else None


def _ends_with_place(before: str) -> bool:
    return _place_ending(_ENDS_WITH_DASH.sub("", before)) is not None


def _name_in_run(
    sent: str,
    toks: list[_Tok],
    run: list[int],
    confirmed: set[str] | None = None,
    shadowed: str | None = None,
) -> Mention | None:
    """The person a run of capitalised words names, if it names one (``shadowed``: the
    ``shadow`` of ``sent``, when the caller has it)."""
    lex = _lex()
    if len(run) == 1 and "-" not in toks[run[0]].text and _VI_SPECIFIC.search(toks[run[0]].text):
        return None  # "Tại", "Bộ", "Hai": one Vietnamese word is never a name here (half of all runs)
    first = run[0]
    run, prefix_country = _strip_left(sent, toks, run)
    # ("Samdech Preah Sangharaja Bour Kry": a chain of honorifics says a person follows, as one cue does)
    after_honorific = len(run) >= 2 and run[0] > first and toks[run[0] - 1].low in lex["honorifics"]
    trimmed_from = len(run)
    run = _trim_right(sent, toks, run)
    # "Bộ Nông Lâm Thủy sản": a run cut before an organisation word was part of that name
    org_tail = len(run) < trimmed_from and (
        f"{toks[run[-1] + 1].low} {toks[run[-1] + 2].low}" not in _VERB_COMPOUNDS if run and run[-1] + 2 < len(toks) else False
    )
    if not run:
        return None
    start, end = toks[run[0]].start, toks[run[-1]].end
    if _DIGIT.search(sent, start, end):
        return None  # "AEM-54", "COVID-19": a meeting or a disease, never a name
    words = [toks[i].text for i in run]
    lows = [toks[i].low for i in run]
    if len(lows) >= 2 and f"{lows[-2]} {lows[-1]}" in lex["lunar_years"]:
        return None  # "mừng Xuân Giáp Thìn": a lunar year
    if len(words) == 1 and "-" not in words[0] and _VI_SPECIFIC.search(words[0]):
        return None  # "Tại", "Bộ", "Hai": one Vietnamese word is never a name here
    if not lex["firm_words"].isdisjoint(lows):
        k = next((j for j, w in enumerate(lows) if w not in lex["firm_words"]), len(lows))
        if k and len(lows) - k >= 2 and lows[k] in lex["surnames"] and lex["firm_words"].isdisjoint(lows[k:]):
            return _name_in_run(sent, toks, run[k:], confirmed, shadowed)  # "Phó Tổng Giám đốc Viettel Lưu Mạnh Tường"
        return None  # "Chủ tịch Công ty Angkor Fresh Mart": a firm's name, not its chairman's
    # Vietnamese name: the last family name in the run that leaves 2–4 syllables
    vi_at = None
    for j, w in enumerate(lows):
        longest = 5 if w in _ETHNIC_PREFIXES else 4  # "Y Thanh Hà Niê Kđăm"
        if w in lex["surnames"] and 2 <= len(lows) - j <= longest and all("-" not in x for x in words[j:]):
            if w == "đoàn" and len(lows) - j >= 3 and lows[j + 1] in lex["surnames"] and _YOUTH_UNION_BEFORE.search(
                    sent, max(0, toks[run[j]].start - 12), toks[run[j]].start):
                continue  # "Bí thư thứ nhất Trung ương Đoàn Bùi Quang Huy": the Youth Union, then its head
            if j + 3 <= len(lows) and lows[j + 1] in lex["surnames"] and _place_ending(" ".join(lows[: j + 1])):
                continue  # "Vụ trưởng Vụ … Nam Thái Bình Dương Bùi Quang Hiển": the place's last word, then the name
            vi_at = j
            break
    if (vi_at is not None and vi_at >= 2 and len(lows) - vi_at == 2 and not any("-" in x for x in words)
            and lows[0] not in lex["place_starts"] and lows[0] not in lex["org_words"]
            and all(not w.isupper() and lw not in lex["surnames"] for w, lw in zip(words[:vi_at], lows[:vi_at]))):
        vi_at = None  # "Xăn Ti Pháp Phôm Vi Hản": a Lao name written syllable by syllable, not a Vietnamese "Vi Hản"
    if vi_at is None and 3 <= len(lows) <= 4 and lows[1] in ("văn", "thị") and not any("-" in x for x in words):
        vi_at = 0  # "Nhâm Thị Lê", "Kê Văn Lực": a rarer family name before the middle names of the Kinh
    if not vi_at and lows[0] in _NAMED_PLACE_NOUNS:
        return None  # "Bí thư Huyện ủy Sông Mã", "Chợ Rẫy sẽ tiếp nhận": a river's, a market's name, whatever comes before
    if shadowed is None:
        shadowed = _key(sent)
    if _AT.search(shadowed, max(0, start - 6), start):
        if vi_at and len(run) - vi_at >= 2 and _title_before(sent, toks[run[vi_at]].start, shadowed):
            # "Tổng Lãnh sự Việt Nam tại Khon Kaen Phan Thị Minh Giang": the post's place, then its holder
            return _name_in_run(sent, toks, run[vi_at:], confirmed, shadowed)
        return None  # "tại Cao Lãnh, ông …": right after "tại" comes a place, whatever its shape
    ctx = _context_kind(sent, start, shadowed)
    if after_honorific:
        chain = run[0] - 1
        while chain > 0 and toks[chain - 1].low in lex["honorifics"] and toks[chain - 1].end + 2 >= toks[chain].start:
            chain -= 1
        if _context_kind(sent, toks[chain].start, shadowed) == "thing":
            return None  # "Trường Trung học Samdech Techo Hun Sen": the honorifics are part of a thing's name
    if after_honorific and (ctx is None or (ctx in ("thing", "admin") and toks[run[0] - 2].low in lex["honorifics"])):
        ctx = "cue"  # ("Pha Khu Bounmy …": a monk's two honorifics, the second also a place word, "khu")
    joined = " ".join(lows)
    # (also after a ministry's capitalised name: "Thứ trưởng Bộ Công Thương Lào Vi-lạ-thon Ma-ni-vông")
    if len(run) > 2 and (ctx in ("thing", "admin") or (ctx is None and lows[0] in lex["org_words"])):
        tail = _name_after_titled_place(sent, toks, run, vi_at if ctx == "thing" else None, shadowed)
        if tail:
            return _name_in_run(sent, toks, tail, confirmed, shadowed)
    if ctx == "thing" or joined in lex["places"] or joined in lex["countries"]:
        return None
    title_before = _title_before(sent, start, shadowed)
    after = _titles_after(sent, end)
    if (ctx == "admin" and title_before and lex["title_re"].fullmatch(_key(title_before)) and len(run) >= 2
            and _key(title_before).rsplit(" ", 1)[-1] in _PLACE_KINDS
            # (not the title of one named before it: "Ông Khăm-đeng Phôm-mạ-ly, Nai bản Phôn Xay cảm ơn …")
            and not sent[: max(0, start - len(title_before) - 1)].rstrip().endswith((",", ")"))):
        # "Ngài Nai bản Thongpheng Sayleuxay", "Trưởng bản Xổm-phon …": a title that ends in "bản"; a longer run
        # names the village first ("Nai bản Đen-xạ-vẳn Xẻng-đao Phim-ma-xỏn")
        if len(run) >= 3 and all("-" in toks[i].text for i in run):
            return _name_in_run(sent, toks, run[1:], confirmed, shadowed)
        ctx = None
    if ctx == "admin":
        # "Phó Chủ tịch HĐND tỉnh Phạm Bá Oai": a Vietnamese name after a title ending in "tỉnh" is a
        # person; a foreign word there ("tỉnh Bô-ly-khăm-xay") is the province, and so is a name
        # after "tại/ở … thành phố" ("Tổng Lãnh sự … tại Thành phố Hồ Chí Minh")
        if not title_before or vi_at is None or _AT_ADMIN.search(shadowed, max(0, start - 40), start):
            return None
        ctx = None
    if vi_at:
        named_for = _ends_with_any(" ".join(lows[:vi_at]), lex["things"])
        if named_for and named_for not in lex["not_things"]:
            return None  # "Trường Lê Quý Đôn", "Bệnh viện Hữu nghị Việt Đức": a thing named after someone
    if vi_at is not None and not org_tail:
        name_words = words[vi_at:]
        given = " ".join(lows[vi_at + 1 :])
        whole = " ".join(lows[vi_at:])
        if (
            given in lex["countries"]  # "cán bộ Đoàn Việt Nam": the Youth Union of Viet Nam, not a Mr Đoàn
            or (lows[vi_at] == "đoàn" and given in lex["places"])  # "Đoàn Tây Ninh": the province's delegation
            or (lows[vi_at] == "đoàn" and lows[vi_at + 1] in _BODY_WORDS)  # "Đoàn Hội Khmer - Việt Nam": a body's delegation
            # "Đoàn Tổng LĐLĐ Việt Nam", "Đoàn Liên hiệp CCB Lào", "Đoàn Cựu chiến binh tỉnh": the same, its name cut short
            or (lows[vi_at] == "đoàn" and len(lows) - vi_at == 2 and lows[vi_at + 1] in _OPENS_A_BODY_S_NAME)
            or whole in lex["places"] or whole in lex["countries"]  # "miền Bắc Thái Lan", "Báo Hà Tĩnh"
            or whole in lex["compounds"]  # "Sở Nông Lâm tỉnh …", "Bộ Y Tế": a word of a body's name, not a Mr Nông
        ):
            return None  # (a province as a given name is kept: "Nguyễn Hòa Bình")
        s = toks[run[vi_at]].start
        if (vi_at == 0 and title_before and _FIRM_ENDS_TITLE.search(_key(title_before))
                and len(lows) >= 4 and " ".join(lows[-2:]) in lex["places"]):
            # "Chủ tịch HĐQT Công ty CP Hoàng Anh Gia Lai": the firm's name, with the place it is named for (not
            # "Chủ tịch Hội đồng thành viên Tập đoàn Tào Quang Vinh", its chairman)
            return None
        if vi_at and (lows[0] in lex["org_words"] or vi_at == 1):
            # "Bộ trưởng Bộ Công Thương Nguyễn Hồng Diên", "Phó Tổng Giám đốc Viettel Lưu Mạnh Tường": the
            # capitalised body before the name ends the title (not "… Lào Xay Xổm Phon Phôm Vi Hản")
            title_before = _title_before(sent, s, shadowed) or title_before
        if all(_VI_SPECIFIC.search(w) is None for w in name_words) and not (ctx or title_before or after) \
                and not (confirmed is not None and compact(" ".join(name_words)) in confirmed):
            # romanised, no context: "Ha Noi" style slugs are not people (unless named so elsewhere: "Ly Chanthou")
            return None
        name = " ".join(name_words)
        titles = _titles(title_before, after)
        country = _country_of(" ".join(titles)) or prefix_country
        if country and country != "VN" and not titles:
            country = None
        return Mention(s, end, name, True, titles, country or None, "surname")
    # a foreign name needs context: a cue, a title before, an appositive title after,
    # a list partner, or the same name confirmed elsewhere in the article
    cue = None
    if ctx == "cue":
        cue = "cue"
    elif title_before:
        cue = "title"
    elif after:
        cue = "appositive"
    elif confirmed is not None and compact(" ".join(words)) in confirmed:
        cue = "confirmed"
    elif known_person(" ".join(words)):
        cue = "known"
    elif len(words) >= 2 and all("-" in w for w in words) and any(_VI_SPECIFIC.search(w) for w in words):
        cue = "transliterated"  # "Xỉ-ly-phon Đuông-ma-ny": a Lao or Khmer name as Vietnamese writes it
    elif len(words) >= 2 and _ACTOR_AFTER.match(sent, end):
        cue = "actor"  # "… Campuchia Dith Tina đã tiếp Đoàn": the subject of a meeting verb
    if cue is None:
        return None
    if (cue == "title" and title_before and all("-" not in w and _VI_SPECIFIC.search(w) for w in words)
            and _FIRM_IN_TITLE.search(_key(title_before))):
        return None  # "Giám đốc Công ty TNHH Thương mại và Vận tải Mường Xén": the firm's name ends the title
    if cue == "title" and title_before and _FIRM_ENDS_TITLE.search(_key(title_before)):
        return None  # "Chủ tịch Tập đoàn Golden Bavet", "Giám đốc Công ty TNHH Xuất khẩu Nông sản Savan Xanh"
    if cue in ("known", "confirmed", "transliterated") and _inside_proper_noun(sent, start):
        return None
    # (an organisation word never goes on with a transliterated word: "Bộ trưởng Liên Thi-kẹo" is a name)
    org_word = lows[0] in lex["org_words"] and not (len(words) > 1 and "-" in words[1] and _VI_SPECIFIC.search(words[1]))
    if (org_word and ctx != "cue") or lex["title_re"].match(" ".join(lows)):
        return None
    rank = lex["title_re"].match(shadowed, toks[run[0]].start)
    if rank is not None and rank.end() > toks[run[-1]].end:
        return None  # "H.E. Chuẩn Đô đốc Chuon Sambath": a rank whose last word is written small, not a name
    if lex["country_word_re"].search(_key(" ".join(words).replace("-", " "))):
        return None
    if len(words) > 7:
        return None
    if len(words) == 1:
        w = words[0]
        if cue not in ("title", "cue", "confirmed", "known") or len(w) < 3 or w.isupper() or lows[0] in lex["honorifics"]:
            return None  # (one word in capitals: a word of a headline in capitals, "… CAMPUCHIA SAMDECH KHUON SUDARY")
        if _VI_SPECIFIC.search(w) and "-" not in w:
            return None
        if cue == "cue" and _KIN_WORD_BEFORE.search(sent, max(0, start - 8), start):
            return None  # "Chị Bua-khăm, điều dưỡng …": a given name alone after a word of kin names no one we follow
        if cue == "title" and title_before and not _ends_with_title_or_place(_key(title_before)):
            return None  # "Tổng Thư ký Ủy ban Olympic", "Phật giáo phái Thommayut": the word names the body
        if compact(w) in {compact(x) for x in lex["countries"]}:
            return None
    # ("Bộ trưởng Ngoại giao Cho Tae-yul": a Korean family name that is a Vietnamese word, before a hyphenated given name)
    korean = cue in ("title", "cue") and len(words) == 2 and words[0][:1].isupper() and "-" in words[1] and words[1][:1].isupper()
    # ("Ngài Mong Sarith": a romanised Khmer family name that is a Vietnamese verb, "mong", capitalised after a cue)
    khmer = cue in ("title", "cue") and len(words) >= 2 and all(w[:1].isupper() and not _VI_SPECIFIC.search(w) for w in words)
    if any(lw in lex["stop"] for lw in (lows[1:] if korean or khmer else lows)):
        return None
    name = " ".join(words)
    titles = _titles(title_before, after)
    country = _country_of(" ".join(titles)) or prefix_country
    # "ông Châu Ngọc Thạch": a family name the lexicon lacks, but three or four syllables, each Vietnamese, none
    # hyphenated: a Vietnamese name (a Lao or Khmer one is hyphenated or romanised; "bà Bích Hạnh" is a given name)
    vietnamese = 3 <= len(words) <= 4 and all("-" not in w and _VI_SPECIFIC.search(w) for w in words)
    return Mention(start, end, name, vietnamese, titles, country or ("VN" if vietnamese else None), cue)


@cache
def _title_or_country_suffix() -> re.Pattern[str]:
    lex = _lex()
    return _suffix_re(tuple(lex["titles"]) + tuple(lex["countries"]))


def _ends_with_title_or_place(key: str) -> bool:
    """Whether a title chunk (keyed) ends with a title head or a country or place ("Tổng thống",
    "Thủ tướng Thái Lan"), so that one word after it can be its holder's name."""
    return _title_or_country_suffix().match(key.rstrip()[::-1]) is not None or _place_ending(key) is not None


_LINKED_LAST_WORD = re.compile(r"(?<!\w)và\s+$")


def _name_after_titled_place(sent: str, toks: list[_Tok], run: list[int], vi_at: int | None, shadowed: str) -> list[int]:
    """ "Đồn trưởng Đồn Biên phòng Nậm Soi Khăm-xay Vông-phạ-chăn": after a title, a run that opens
    with the name of a post, a village or a thing ends with its holder's name (a Vietnamese name, or
    a transliterated one after unhyphenated words); the holder's part of the run, or nothing."""
    countries = _lex()["countries"]
    linked = _LINKED_LAST_WORD.search(shadowed, max(0, toks[run[0]].start - 5), toks[run[0]].start) is not None
    # "Bộ trưởng Bộ Công Thương Lào Malaythong Kommasith", "Giám đốc Sở Thương mại tỉnh Svay Rieng Chhun
    # Bunthoeun": a romanised name after the body's country or province
    after_country = next((j + 1 for j in range(len(run) - 3, 0, -1) if toks[run[j]].low in countries
                          or _place_ending(" ".join(toks[i].low for i in run[: j + 1])) is not None), None)
    if vi_at is not None:
        k = vi_at
    elif after_country is not None and all(
            _VI_SPECIFIC.search(toks[i].text) is None and "-" not in toks[i].text for i in run[after_country:]):
        k = after_country
    elif len(run) >= 4 and f"{toks[run[0]].low} {toks[run[1]].low}" in _lex()["compounds"] and all(
            _VI_SPECIFIC.search(toks[i].text) is None and "-" not in toks[i].text for i in run[2:]):
        k = 2  # "Bộ trưởng Công Thương Malaythong Kommasith": the ministry's short name, then a romanised name
    elif linked and len(run) >= 3 and _VI_SPECIFIC.search(toks[run[0]].text) and "-" not in toks[run[0]].text and (
            toks[run[0]].low not in _lex()["surnames"]) and all(
            _VI_SPECIFIC.search(toks[i].text) is None and "-" not in toks[i].text for i in run[1:]):
        k = 1  # "Bộ trưởng Bộ Năng lượng và Mỏ Khammany Inthirath": the ministry's last word, then a romanised name
    else:
        k = len(run)
        while k > 0 and "-" in toks[run[k - 1]].text:
            k -= 1
        if len(run) - k < 2 or any("-" in toks[i].text for i in run[:k]):
            return []
        if not any(_VI_SPECIFIC.search(toks[i].text) for i in run[k:]):
            return []
    if k < 1 or not (_title_before(sent, toks[run[0]].start, shadowed) or (
            # (a title whose body's name ends in a word linked by "và": "… Năng lượng và Mỏ (Lào)")
            linked and _title_before(sent, toks[run[k]].start, shadowed))):
        return []
    return run[k:]


def _titles(before: str | None, after: list[str]) -> list[str]:
    out: list[str] = []
    if before:
        out.extend(_split_titles(before))
    out.extend(after)
    seen: set[str] = set()
    uniq = []
    for t in out:
        k = fold(t)
        if k not in seen:
            seen.add(k)
            uniq.append(t)
    return uniq


@cache
def _org_re() -> re.Pattern[str]:
    forms = sorted(load_lines("org_forms.txt"), key=len, reverse=True)
    return re.compile(r"(?<=\s)((?:" + "|".join(re.escape(f) for f in forms) + r")(?!\w).*)$")


def organisation_of(titles: list[str]) -> str | None:
    """The organisation named inside a title: "Bộ trưởng Bộ Công an" → "Bộ Công an"."""
    for t in titles:
        org = _organisation_in(t)
        if org:
            return org
    return None


@lru_cache(maxsize=4096)  # the same titles come back in every article about the same people
def _organisation_in(title: str) -> str | None:
    m = _org_re().search(title)
    return m.group(1) if m else None


# "tôi" and "chúng tôi" in an interview, a speech or a signed article: the one speaking
_FIRST_PERSON = re.compile(r"(?<!\w)(?:[Cc]húng |[Đđ]oàn chúng )?[Tt]ôi(?!\w)(?! luyện)")
# who speaks next: "X cho biết, …", "X nói: …", "Đại sứ X: …" (a label over an answer)
_SPEAKS_AFTER = re.compile(
    r"(?:,[^.!?\n]{0,80}?,)?\s*(?:(?:đã|cũng|còn|thì)\s+)?(?:cho biết|nói|khẳng định|chia sẻ|nhấn mạnh|bày tỏ|phát biểu|"
    r"trả lời|nhớ lại|kể lại|tâm sự|xúc động|nêu rõ|bồi hồi)|\s*:", re.IGNORECASE)
# the one an interview, an article or a speech is by: "… phỏng vấn Đại sứ X", "bài viết của Bộ trưởng X"
_BY_WHOM = re.compile(r"(?:phỏng vấn|bài viết của|phát biểu của|trả lời|trao đổi với|chia sẻ của)\s", re.IGNORECASE)
_QUESTION = re.compile(r"\s*(?:PV|Phóng viên|Hỏi)\s*:", re.IGNORECASE)


def first_person_mentions(text: str, mentions: list[Mention]) -> list[Mention]:
    """A mention of the speaker at each "tôi" / "chúng tôi" that the article lets one tell: the
    last person before it shown speaking in its paragraph or the few before ("Đại sứ X cho biết,
    …", "X: …"), else the one the article says it interviews or is written by. A reporter's
    question ("PV: …") speaks for no one here."""
    if "ôi" not in text:
        return []
    hits = [m for m in _FIRST_PERSON.finditer(text)]
    if not hits or not mentions:
        return []
    speaking = [m for m in mentions if _SPEAKS_AFTER.match(text, m.end)]
    by_whom = next((m for b in _BY_WHOM.finditer(text, 0, min(len(text), 1500))
                    for m in mentions if b.end() <= m.start < b.end() + 120), None)
    out: list[Mention] = []
    for hit in hits:
        at = hit.start()
        para = text.rfind("\n\n", 0, at) + 1
        if _QUESTION.match(text, para):
            continue
        window = at
        for _ in range(5):  # this paragraph and the four before
            window = max(0, text.rfind("\n\n", 0, max(0, window - 2)))
            if window == 0:
                break
        speaker = next((m for m in reversed(speaking) if window <= m.start < at), None) or by_whom
        if speaker is None or speaker.start > at:
            continue
        out.append(Mention(at, hit.end(), speaker.name, speaker.vietnamese, [], speaker.country, "first person", speaker.key))
    return out
