"""Boilerplate removal on already-extracted article text.

Scraped text arrives with its page furniture flattened into lines: navigation,
datelines, photo credits, captions repeated twice, bylines, and blocks of
related-article teasers. This works line by line with cues from
``lexicons/boilerplate.tsv`` and a few shape rules, and returns every removed
piece with its reason so that nothing is lost. Written by hand: HTML-level tools
(trafilatura, jusText) need the page structure, which plain-text corpora lack.
"""
from __future__ import annotations

import bisect
import dataclasses
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

from hoptac.clean.normalize import CAPITAL_LETTERS, TONE_MOVES, VIETNAMESE_LETTER
from hoptac.lexicons import load_tsv
from hoptac.model import Removed


class _LineCues:
    """The whole-line cues: those with no words listed in one pattern, each of the others tried only on a line
    that has one of its words (a pattern that scans a long line in vain costs more than the test for a word)."""

    def __init__(self, ungated: re.Pattern[str], gated: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...]) -> None:
        self.ungated, self.gated = ungated, gated

    def fullmatch(self, line: str) -> re.Match[str] | None:
        m = self.ungated.fullmatch(line)
        if m is not None or not line:
            return m
        low = line.casefold()
        for pattern, words in self.gated:
            if any(w in low for w in words) and (m := pattern.fullmatch(line)) is not None:
                return m
        return None


@dataclass(frozen=True)
class _Cues:
    tail: re.Pattern[str]
    box: re.Pattern[str]
    box_note: re.Pattern[str]
    line: _LineCues
    inline: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...]  # (pattern, words a matching line contains)


_THAI_LAO_KHMER = "\u0e00-\u0eff\u1780-\u17ff"  # the scripts of a bilingual page's other half, as a class range
_SCRIPT_BEFORE = re.compile(rf"^[{_THAI_LAO_KHMER}][{_THAI_LAO_KHMER}\s\d/.,]*[/|]\s*")


def _either_tone(pattern: str) -> str:
    """A cue that reads "Từ khóa" reads "Từ khoá" too: lines keep the writer's tone placement."""
    for new, old in TONE_MOVES.items():
        if new in pattern or old in pattern:
            pattern = pattern.replace(new, "\0").replace(old, "\0").replace("\0", f"(?:{new}|{old})")
    return pattern


def _without_marks(text: str) -> str:
    """ "Tin liên quan" → "Tin lien quan": a cue as it reads on a line typed without Vietnamese marks."""
    bare = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", bare.replace("đ", "d").replace("Đ", "D"))


def _compile(bare: bool = False) -> _Cues:
    rows = load_tsv("boilerplate.tsv")
    by_kind: dict[str, list[str]] = {}
    hints: list[tuple[str, ...]] = []
    gated_lines: list[tuple[str, tuple[str, ...]]] = []
    capital = "".join(c for c in CAPITAL_LETTERS if c not in "-]\\^")
    lower = capital.lower()
    for kind, pattern, *rest in rows:
        # {CAPITAL}, {LOWER}: any capital or small letter, accented ones included
        pattern = _either_tone(pattern.replace("{CAPITAL}", capital).replace("{LOWER}", lower))
        if bare:
            pattern, rest = _without_marks(pattern), [_without_marks(x) for x in rest]
        if kind == "line" and rest and rest[0]:
            gated_lines.append((pattern, tuple(w.casefold() for w in rest[0].split("|"))))
            continue
        by_kind.setdefault(kind, []).append(pattern)
        if kind == "inline":  # no words listed: try the pattern on every line
            hints.append(tuple(w.casefold() for w in rest[0].split("|")) if rest and rest[0] else ("",))
    flags = re.IGNORECASE | re.UNICODE

    def whole(patterns: list[str]) -> re.Pattern[str]:
        return re.compile(r"(?:" + "|".join(patterns) + r")[\s:.…]*", flags)

    return _Cues(
        # (a marker before the cue is decoration: ">> Xem thêm:", "» Tin liên quan"; so is the cue in
        # Lao, Khmer or Thai before or after it on a bilingual page: "ຂ່າວອື່ນໆ / Tin khác", "Tin khác / ຂ່າວອື່ນໆ",
        # "ចែករំលែក / Chia sẻ: Facebook")
        tail=re.compile(rf"(?:>>|»|›|\*)?\s*(?:[{_THAI_LAO_KHMER}]+\s*[/|]\s*)?(?:" + "|".join(by_kind["tail"])
                        + rf")(?:\s*[/|]\s*[{_THAI_LAO_KHMER}]+)?[\s:.…]*", flags),
        line=_LineCues(
            re.compile(rf"(?:[{_THAI_LAO_KHMER}]+\s*[/|]\s*)?(?:" + "|".join(by_kind["line"]) + r")[\s:.…]*", flags),
            tuple((re.compile(rf"(?:[{_THAI_LAO_KHMER}]+\s*[/|]\s*)?(?:{p})[\s:.…]*", flags), words)
                  for p, words in gated_lines)),
        box=whole(by_kind["box"]),
        box_note=whole(by_kind["box_note"]),
        inline=tuple(zip((re.compile(p, flags | re.MULTILINE) for p in by_kind["inline"]), hints)),
    )


_CUES = _compile()
_BARE_CUES = _compile(bare=True)  # (tried only on a line with no Vietnamese marks)


def _tail_cue(line: str) -> bool:
    """A cue that opens a block of teasers ("Tin liên quan", typed "Tin lien quan" too)."""
    return _CUES.tail.fullmatch(line) is not None or (
        not _VI_MARKS.search(line) and _BARE_CUES.tail.fullmatch(line) is not None)


def _line_cue(line: str) -> bool:
    """A line that is page furniture as a whole ("Bình luận (0)", typed "Binh luan (0)" too)."""
    return _CUES.line.fullmatch(line) is not None or (
        not _VI_MARKS.search(line) and _BARE_CUES.line.fullmatch(line) is not None)
_BOX_ITEM = re.compile(r"(?:[•✔✓›▪*+-]|\d{1,2}[.)])\s")  # "• …", "✔ …", "1. …": an item of a summary box
_DAY_IN_LINE = re.compile(r"\d{1,2}\s*[/-]\s*\d{1,2}")  # ("Sáng 10/5, …": the story's first line, not a summary)

# (and in Lao and Khmer, over the Vietnamese pages of Lao and Cambodian outlets: "ວັນສຸກ 18/12/2020")
_WEEKDAY = (r"(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|2|3|4|5|6|7)|chủ\s+nhật"
            r"|ວັນ(?:ຈັນ|ອັງຄານ|ພຸດ|ພະຫັດ|ສຸກ|ເສົາ|ອາທິດ)|ថ្ងៃ(?:ច័ន្ទ|អង្គារ|ពុធ|ព្រហស្បតិ៍|សុក្រ|សៅរ៍|អាទិត្យ))")
# "02/10/24 16:45", "2024-10-09 16:05:00", "12 Tháng 12 2024" too
_DATE = (r"(?:\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*(?:\d{4}|\d{2})(?!\d)|\d{4}-\d{2}-\d{2}"
         r"|\d{1,2}\s+tháng\s+\d{1,2}\s*(?:,|năm)?\s*\d{4}"
         # a blog's month in words: "28 Tháng Mười, 2022"
         r"|\d{1,2}\s+tháng\s+(?:mười\s+một|mười\s+hai|một|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)\s*,?\s*\d{4}"
         # (or its month first, in a blog's English template: "Tháng Tư 3, 2019")
         r"|tháng\s+(?:mười\s+một|mười\s+hai|một|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)\s+\d{1,2}\s*,\s*\d{4})")
_ZONE = r"(?:gmt|utc)\s*[+-]\s*\d{1,2}(?::?\d{2})?"  # "GMT+7", "(GMT+07:00)"
# "17:48", "17:48:12", "18h05", "9:12 sáng", "04:30 PM"
_TIME = rf"\d{{1,2}}\s*[:h]\s*\d{{2}}'?(?::\d{{2}})?(?:\s*(?:sáng|chiều|tối|trưa|am|pm|sa|ch)(?!\w))?(?:\s*{_ZONE})?"
# "Hà Nội, ngày 08 tháng 4 năm 2025" under a communiqué or a press release: where and when it was issued, part of it
CLOSING_DATELINE = re.compile(r"[^\W\d_][^\W\d]{0,20}(?: [^\W\d]{1,12}){0,3}, ngày \d{1,2} tháng \d{1,2} năm \d{4}\.?")
DATELINE = re.compile(
    rf"^[\s|,:\[(●•-]*(?:[\w .]{{0,30}}?(?:\s*[-–,|•·●]\s*|\s{{2,}}|\s+(?=ngày\s+\d[^|\n]*\|))){{0,2}}(?:(?:nguồn|theo)\s*:?\s*[^·|\n]{{1,40}}?\s*[·|]\s*)?(?:(?:ngày đăng|cập nhật(?: lần cuối)?(?: lúc)?|ngày|ວັນທີ|ថ្ងៃទី|đăng lúc|đăng ngày|đăng|xuất bản|ngày xuất bản|hôm nay|(?:ngày )?phát sóng|số ra|bản tin|đăng vào|phát hành(?: ngày)?|(?:chương trình )?thời sự(?: (?:sáng|trưa|chiều|tối|\d{{1,2}}h(?:\d{{2}})?))?"
    # "Số 147 (ra ngày 8/12/2011)": a print issue; "phát lúc 17 giờ 30,": a bulletin's hour on air
    r"|số\s+\d{1,4}(?:/\d{4})?\s*[-–|]|số\s+\d{1,4}\s*\(\s*(?:ra|phát hành)(?:\s+ngày)?"
    r"|phát(?: sóng)? lúc\s+\d{1,2}\s*(?:giờ|h|:)\s*\d{0,2}\s*,)\s*:?\s*)*"
    rf"(?:(?:{_TIME})\s*[|,-]?\s*)?(?:{_WEEKDAY}\s*,?\s*)?(?:ngày\s+)?(?:(?:{_TIME})\s*[|,-]?\s*)?(?:ngày\s+)?{_DATE}"
    r"(?:\s*\(\s*(?:19|20)\d{2}\s*\))?"  # "15/3/2562 (2019)": a Buddhist-era date with its Gregorian year
    # "ວັນທີ 16/9/2565 - Thứ Sáu, 16/9/2022": a Buddhist-era date, then the same day in the Gregorian calendar
    rf"(?:(?<=25\d\d)\s*[-–|]\s*(?:{_WEEKDAY}\s*,?\s*)?(?:ngày\s+)?{_DATE})?"
    rf"(?:\s*[|,–·•-]?\s*(?:lúc\s+)?{_TIME})?"  # "12/12/2024 lúc 16:20", "07/03/2025 – 10:15"
    # "… 10:12 - Cập nhật lần cuối: 12/05/2015 17:35", "… 18:20 (sửa lúc 21:05)": when it was changed after
    rf"(?:\s*[-–|]\s*cập nhật(?: lần cuối)?\s*:?\s*{_DATE}(?:\s*[,-]?\s*(?:lúc\s+)?{_TIME})?)?"
    rf"(?:\s*\(\s*(?:sửa|cập nhật|chỉnh sửa) lúc\s+{_TIME}\s*\))?"
    r"(?:\s*[•·|]?\s*⏱?\s*đọc trong \d{1,2} phút)?"  # "• Đọc trong 3 phút", "⏱ Đọc trong 2 phút"
    r"(?:\s*[·•|]\s*[\d.,]+\s+lượt\s+(?:xem|đọc))?"  # "· 1.862 lượt đọc", "• 1.022 lượt đọc"
    rf"[\s|,]*[(\[]?(?:{_ZONE})?[)\]]?(?:\s*[|-]?\s*(?:số\s+)?lượt\s+(?:xem|đọc)\s*:?\s*[\d.,]+)?"  # "| Lượt đọc: 915", "| Số lượt xem: 1.046"
    r"(?:\s*[·•|]?\s*âm lịch\s*:?\s*\d{1,2}/\d{1,2}(?:\s+\w+){0,2})?"  # a page's "today": "Âm lịch: 13/11 Giáp Thìn"
    r"(?:\s*\(\s*\d{1,2}/\d{1,2}(?:\s+\w+){0,2}\s*\))?"  # … or "(16/3 Ất Tỵ)"
    r"(?:\s*[-–]\s*mùng\s+\d{1,2}\s+tháng\s+\d{1,2}(?:\s+năm\s+\w+\s+\w+)?)?"  # … or "- Mùng 6 tháng 9 năm Canh Tý"
    r"(?:\s*\((?:phật lịch|tức|p\.\s*l\.)[^()\n]{1,40}\))?"  # "(Phật lịch 2566)", "(tức ngày 18/1/2567 Phật lịch)", "(P.L. 2566)"
    r"(?:\s+bởi\s+[^\W\d_][^\W\d_ ]*(?:\s+[^\W\d_][^\W\d_ ]*){0,4})?"  # "… 2022 bởi Minh Châu": who posted it
    r"(?:\s*[·•|]\s*[^\W\d_][^\W\d_ ]*(?:\s+[^\W\d_][^\W\d_ ]*){0,4}\s*/\s*[^\W\d_][\w.-]{1,20})?"  # "· Đức Minh/VOV.VN"
    r"(?:\s*\|\s*(?:phòng|ban|văn phòng|trung tâm|vụ|cục|bộ phận)\s[^|\n:]{2,60})?"  # "| Phòng Thông tin và Quan hệ công chúng"
    # and its weather: "Hà Nội 19°C", "Thời tiết Đông Hà: 27°C - 35°C, nắng nóng"
    r"(?:\s*[|·•-]?\s*[^\W\d_][\w .]{1,30}?:?\s*-?\d{1,2}\s*°\s*c(?:\s*[-–]\s*-?\d{1,2}\s*°\s*c)?(?:\s*,\s*[^\W\d_][^.,|\n]{0,30})?)?"
    r"(?:\s*[|•—–]\s*(?:biên tập viên|biên dịch|tác giả|người đăng|nguồn)\s*:[^|•\n]{1,60})?"
    r"(?:\s*[|•]\s*chia sẻ\s*:?[^•\n]{0,60})?"  # "• Chia sẻ: Facebook | Telegram"
    r"(?:\s*\|\s*(?:số\s+)?lượt\s+(?:xem|đọc)\s*:?\s*[\d.,]+)?"  # "| Người đăng: Ban HTQT | Lượt xem: 734"
    r"(?:\s*\|\s*cỡ chữ\s*:?(?:\s*a[-+]?)*)?"  # "| Cỡ chữ: A A A"
    r"(?:\s*\|\s*(?:in|in bài|in trang|bản in|gửi bài|gửi email|đóng|quay lại))*"  # "| Lượt xem: 607 | In | Gửi bài"
    # a social post's stamp: "27 tháng 9, 2023 lúc 10:48 · 🌏 · Đã chỉnh sửa", "11 tháng 12, 2014 ·"
    r"(?:\s*·\s*(?:🌏|🌐|👥|🔒|đã chỉnh sửa))*(?:\s*·)?"
    # a print page's running head: "NHÂN DÂN ● Thứ tư 18-3-2009 ● Số 19.572      3", "… | Trang 4/12"
    r"(?:\s*[●•|]?\s*số\s+\d[\d.]*(?:/\d{4})?)?(?:\s*[|●•]\s*trang\s+\d{1,3}(?:/\d{1,3})?)?(?:\s{3,}\d{1,3})?"
    r"(?:\s*\|\s*theo dõi[^|\n]{1,60})?\s*$",  # "| Theo dõi … trên Telegram"  # "| Biên tập viên: Phon-xay"
    re.IGNORECASE,
)
_DOMAIN = re.compile(r"[\w-]+(?:\.[\w-]+)+")  # "Theo mof.gov.vn"
_CREDIT_LINE = re.compile(r"^(?:theo|nguồn)\s*:?\s+([^,;\n]{2,80})$", re.IGNORECASE)


def _credit(line: str) -> re.Match[str] | None:
    """ "Theo TTXVN", "Nguồn: Báo Quân đội nhân dân": an outlet's name, capitalised, no comma
    ("Theo kế hoạch, chiều 10/4, đoàn sẽ …" and "Theo chương trình" are sentences)."""
    m = _CREDIT_LINE.match(line)
    return m if m is not None and (m.group(1)[:1].isupper() or _DOMAIN.fullmatch(m.group(1).strip())) else None


_OUTLET_TAG = re.compile(
    r"^\s*(?:\((?P<paren>[^()\n]{2,30})\)\s*[-–—]?\s*|(?P<acr>[A-ZĐ][A-ZĐ0-9.&]{0,10}[A-ZĐ0-9](?: Online|\.vn)?)\s*(?:[-–—](?!\d)\s*|$)"  # (not "AMM-56 khai mạc …")
    r"|(?P<amp>[A-ZĐ]+&[A-ZĐ]+)\.\s+)"  # "TG&VN. Nhân dịp …"
)
_VI_MARKS = VIETNAMESE_LETTER
# One Vietnamese syllable typed without its marks ("Theo Ke hoach hop tac nam 2019 …"): an onset, one to three
# vowels, a closing consonant. Most English words break the shape ("and", "of", "with", "cooperation").
_BARE_SYLLABLE = re.compile(r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?",
                            re.IGNORECASE)
_LATIN_WORD = re.compile(r"[A-Za-zĐđ]+")


def _vietnamese_without_marks(line: str) -> bool:
    """A line of Vietnamese whose marks were lost when it was typed or scraped, not an English line or a slug:
    nearly every word has the shape of a Vietnamese syllable, and some capital opens a sentence or a name
    (a page's keywords run in small letters: "son la luong pha bang ky bien ban")."""
    words = _LATIN_WORD.findall(line)
    return len(words) >= 4 and any(w[0].isupper() for w in words) and sum(_BARE_SYLLABLE.fullmatch(w) is not None for w in words) >= 0.85 * len(words)


_OTHER_SCRIPT = re.compile("[\u0e00-\u0eff\u1780-\u17ff\u4e00-\u9fff]")  # Thai, Lao, Khmer, CJK
_NAMED_EDITION = re.compile(r"[^\n.]{3,80}\s[-–|]\s*(?:chương trình|bản|phiên bản|trang|chuyên trang) tiếng việt\s*", re.IGNORECASE)
_NAME_IN_TWO_SCRIPTS = re.compile(rf"\s*[{_THAI_LAO_KHMER}][{_THAI_LAO_KHMER} ]*\s[-–|]\s+[^\W\d_]")
_WORDS = re.compile(r"\w+")
_TERMINAL_MARKS = frozenset(".!?…:;”\")")


def _ends_terminal(line: str) -> bool:
    """The line ends (spaces aside) in sentence or clause punctuation."""
    return line.rstrip()[-1:] in _TERMINAL_MARKS


def _key(line: str) -> str:
    return " ".join(unicodedata.normalize("NFC", line).split()).casefold()


_AFFILIATION = re.compile(r"\s*\([^()]{1,40}\)\s*$")
# "AKP/Sophanna - Biên dịch: Chanthy": the outlet, the writer, the translator
_OUTLET_BEFORE_SLASH = re.compile(r"^[A-ZĐ][A-ZĐ0-9.&]{1,10}\s*/\s*")
_TRANSLATOR = re.compile(r"\s*[-–|]\s*(?:biên dịch|dịch|biên tập)\s*:\s*[^\W\d_][\w ]{0,30}$", re.IGNORECASE)
# "Văn Định - Phòng Thanh tra, Khiếu tố": a writer, then the office they write from
_PUBLISHED_LABEL = re.compile(r"\W*(?:ngày đăng|đăng lúc|đăng ngày|cập nhật|ngày xuất bản|xuất bản)", re.IGNORECASE)
_OFFICES = "Phòng|Ban|Bộ phận|Văn phòng|Trung tâm|Vụ|Cục|Khoa"
_DEPARTMENT = re.compile(rf"\s+[-–]\s+(?:{_OFFICES}|Sở|Đài|Trường|(?:[Nn]hóm )?[Pp]hóng viên)\s[^.!?]{{1,50}}$")
# "Phòng Hợp tác quốc tế" alone at the foot: the office that signs the article
_DEPARTMENT_ALONE = re.compile(rf"(?:{_OFFICES})\s[^.!?:;,]{{2,50}}")
# "Quang Hòa/VOV-Viêng Chăn", "Minh Thu/TTXVN": a writer, then the outlet (and its bureau)
# ("Quàng Thu/VOV Tây Bắc": the outlet with its region)
_OUTLET_AFTER_SLASH = re.compile(
    r"\s*/\s*[A-ZĐ][A-ZĐ0-9.&]{1,10}(?:\s*[-–]\s*[^\W\d_][\w .]{1,25}|(?:\s+[A-ZĐ][^\W\d_]*){1,3})?\s*$")


_SITE_AFTER_TITLE = re.compile(r"[^|]{2,200}\|\s*(?:cổng (?:ttđt|thông tin điện tử)|báo điện tử|trang (?:thông )?tin điện tử)\b[^|]*",
                               re.IGNORECASE)
_INITIALS = re.compile(r"^(?:[A-ZĐ]\.\s?)+(?=[A-ZĐ])")


def _is_name_line(line: str) -> bool:
    """A short line of capitalised words: a byline such as "Khánh Linh", "Hà Duy - Minh Nguyệt"
    or "Thanh Tâm (Vụ Hợp tác quốc tế)"."""
    line = _DEPARTMENT.sub("", _OUTLET_AFTER_SLASH.sub("", _AFFILIATION.sub("", line.strip())))
    signed = _OUTLET_BEFORE_SLASH.sub("", _TRANSLATOR.sub("", line))
    if signed != line:  # ("AKP/Sophanna": after an outlet's tag, one word is a name too)
        return _is_name_line(signed) or _is_one_word_name(signed)
    parts = [p for p in re.split(r"\s+[-–]\s+|,\s*", line.strip()) if p]
    if len(parts) > 1:  # ("H'LAN - NGỌC QUÝ": one of two writers may sign with one word)
        return len(parts) <= 3 and all(_is_name_line(p) or _is_one_word_name(p) for p in parts)
    words = line.strip().split()
    if len(words) == 1 and "-" in words[0] and len(words[0]) <= 20:
        return words[0][:1].isupper() and words[0].replace("-", "").isalpha()  # "Xỉ-la-phon": a Lao pen name
    if not 2 <= len(words) <= 4 or len(line.strip()) > 40:
        return False
    return all(w[:1].isupper() and _letters_only(w) for w in words)


def _is_one_word_name(part: str) -> bool:
    word = _INITIALS.sub("", part.strip())  # ("N.HÂN", "T.Long": a writer's initial, then the name)
    return " " not in word and len(word) >= 2 and word[:1].isupper() and _letters_only(word)


def _letters_only(word: str) -> bool:
    return word.replace("-", "").replace("'", "").replace("’", "").isalpha()


_MENU_GAP = re.compile(r"\s{2,}|\s*[|›>·•]\s*")
# a motto, the edition, the body the paper speaks for ("BÁO BIÊN PHÒNG - Cơ quan của Đảng ủy, …") or
# what it offers ("… - Tin tức Campuchia bằng tiếng Việt")
_MOTTO = re.compile(r"\s+[-–:|]\s+(?:[\"“].*|(?:[Bb]ản |[Pp]hiên bản |[Tt]rang )?[Tt]iếng [Vv]iệt|(?i:cơ quan (?:của|chủ quản|ngôn luận)|tin tức|trang tin|thông tin|báo của|chương trình|chuyên mục) .*)$")


def _site_header(line: str) -> bool:
    """Capitals above the headline: "BÁO QUÂN ĐỘI NHÂN DÂN - CƠ QUAN CỦA …", "TRANG THÔNG TIN ĐIỆN TỬ
    - "Vì nước quên thân, vì dân phục vụ"" (a masthead with its motto)."""
    head = _MOTTO.sub("", line)
    if (_NAME_IN_TWO_SCRIPTS.match(line) or _NAMED_EDITION.fullmatch(line)) and len(line.split()) <= 12:
        # "ສຳນັກຂ່າວສານປະເທດລາວ - Thông tấn xã Lào (KPL)": the outlet's name in Lao, then in Vietnamese;
        # "Đài Phát thanh Quốc gia Lào - Chương trình tiếng Việt": an outlet and its edition
        return True
    return head.isupper() and len(head) < 250 and len(line.split()) <= 40


# "Nhân Dân điện tử", "Báo Quảng Ninh điện tử", "Hà Nội Online" above the headline
_ONLINE_MASTHEAD = re.compile(r"(?:Báo\s+)?[A-ZĐ][^\W\d_]*(?:\s+[A-ZĐ][^\W\d_]*){0,3}\s+(?:điện tử|[Oo]nline)"
                              # ("QĐND Online - Báo Quân đội nhân dân": the site, then the paper it is)
                              r"(?:\s*[-–|]\s*(?:Báo|Tạp chí|Cổng thông tin)\s+[^\W\d_][^\n]{2,60})?")
_EDITION = re.compile(r"\s*(?:[Bb]ản|[Pp]hiên bản|[Tt]rang|[Cc]huyên trang) [Tt]iếng [Vv]iệt\s*")


def _edition_follows(lines: list[str], i: int) -> bool:
    """Whether line i is a masthead with its edition, the site's menu or a breadcrumb on the next line ("Cơ quan Thông
    tấn Campuchia (AKP)", then "Trang tiếng Việt"; "Vietnam+ (VietnamPlus)", then "Chính trị | Kinh tế | …")."""
    j = i + 1
    while j < len(lines) and not lines[j].strip():
        j += 1
    # (words, not the separators between: "ສະຖານີ… | Đài Phát thanh Quốc gia Lào - Chương trình tiếng Việt")
    if j == len(lines) or sum(any(c.isalnum() for c in w) for w in lines[i].split()) > 12 or lines[i].rstrip()[-1:] in ".!?:;,":
        return False
    if _EDITION.fullmatch(lines[j]) is not None or _BREADCRUMB.match(lines[j]) is not None:
        return True  # (or a breadcrumb: "Cambodia Times tiếng Việt - Cầu nối cộng đồng", then "Trang chủ > Tin Campuchia > …")
    if max(lines[j].count(sep) for sep in "|·•") >= 3 and not _ends_terminal(lines[j]):
        return True
    # a menu of spaced words under the first line only: a headline may sit above "Cỡ chữ   A-   A   A+"
    return not any(line.strip() for line in lines[:i]) and _is_spaced_menu(lines[j])


_BREADCRUMB = re.compile(r"\s*(?:Trang chủ|Trang nhất|Home)\s*(?:>|»|›|/)", re.IGNORECASE)


def _after_breadcrumb(lines: list[str], i: int) -> bool:
    """Whether the line before line i is a breadcrumb ("Trang chủ > Hoạt động đối ngoại"): what comes
    under one is the headline, even in capitals, not the masthead. So is a long line of capitals under
    the site's menu ("Chính trị | Thế giới | Kinh tế | …"); artefacts between ("null") do not count."""
    j = i - 1
    while j >= 0 and (not lines[j].strip() or _CUES.line.fullmatch(lines[j])
                      and not _MENU_LINE.search(lines[j]) and not _BREADCRUMB.match(lines[j])):
        j -= 1
    if j < 0:
        return False
    return _BREADCRUMB.match(lines[j]) is not None or (
        _MENU_LINE.search(lines[j]) is not None and len(_WORDS.findall(lines[i])) >= 6
        and not _MASTHEAD_START.match(lines[i]))


_MENU_LINE = re.compile(r"(?:[^|\n]+\|){3}")  # three items of a menu, "A | B | C | …"


_MENU_ITEM_SEP = re.compile(r"\s*[•|·»]\s*|\s{2,}")


def _in_stacked_menu(lines: list[str], i: int) -> bool:
    """Line i is an item of a menu laid out one item a line ("Trang chủ / Chính trị / Kinh tế / … /
    Quảng Bình và bạn bè"): a run of five or more short capitalised lines with no blank between, one of
    them a navigation cue, line i not the run's last (a short headline may close it)."""
    def item(x: str) -> bool:
        x = x.strip()
        return bool(x) and len(x) <= 35 and len(x.split()) <= 5 and (
            (x[:1].isupper() and not _ends_terminal(x)) or _CUES.line.fullmatch(x) is not None)  # ("null" among them)

    if not item(lines[i]):
        return False
    a = i
    while a > 0 and item(lines[a - 1]):
        a -= 1
    b = i
    while b + 1 < len(lines) and item(lines[b + 1]):
        b += 1
    return b - a >= 4 and i < b and any(_CUES.line.fullmatch(lines[k].strip()) for k in range(a, b + 1))


def _is_spaced_menu(line: str) -> bool:
    """A menu flattened onto one line with wide gaps or bullets: "Thời sự   Thế giới   Kinh doanh   Thể
    thao", "Trang nhất • Chính trị • Kinh tế • Xã hội"."""
    if _ends_terminal(line) or ("  " not in line and max(line.count(sep) for sep in "|·•") < 3):
        return False
    parts = [p for p in _MENU_GAP.split(line.strip()) if p]
    capitalised = sum(p[:1].isupper() for p in parts)  # "eMagazine" among them
    # (one item may run longer: "Quảng Trị với bạn bè quốc tế")
    long_items = [p for p in parts if len(p.split()) > 5]
    return (len(parts) >= 4 and len(long_items) <= (1 if len(parts) >= 6 else 0) and all(len(p.split()) <= 8 for p in parts)
            and capitalised >= 0.8 * len(parts))


def _is_doubled(line: str) -> bool:
    """Teaser titles are often flattened as "Title Title" on one line."""
    s = " ".join(line.split())
    n = len(s)
    if n < 30:
        return False
    half = (n - 1) // 2
    return n % 2 == 1 and s[:half] == s[half + 1 :] and s[half] == " "


# a teaser in a list: a bullet before it or its date after it ("· Khởi công cầu Gò Chai (20/02/2009)")
# a row of a table flattened with pipes, a cell of it a figure alone: "Đào tạo dài hạn (người) | 60 | 41"
# (a menu's items are words; a page's "12/03/2025 | 10:00" is no figure alone)
_DATED_TEASER = re.compile(
    rf"[>»›•*-]*\s*[{CAPITAL_LETTERS}][^.!?\n]{{15,200}}?\s\(\s*\d{{1,2}}\s*/\s*\d{{1,2}}\s*/\s*\d{{4}}\s*\)\s*")
# a page's running head or foot in text taken from a PDF: words, a wide gap, then the page's number or the issue
# (one wide gap only: "Tuần tra song phương (lần)      24      21" is a row of a table set with spaces)
_PAGE_FURNITURE = re.compile(r"\s*\S(?:(?!\s{3})[^\n]){2,80}?\S\s{8,}(?:\d{1,3}|(?i:số)\s*\d{1,3}/\d{4}|(?i:trang)\s*\d{1,3})\s*")
_CONTENTS_LINE = re.compile(r"\s*\S[^\n]{3,150}?\s?\.{5,}\s*\d{1,3}\s*")
_TABLE_ROW = re.compile(r"[^|\n]+(?:\|[^|\n]+){2,}(?<=\S)")
_FIGURE_CELL = re.compile(r"\|\s*\d[\d.,]*\s*(?=\||$)")
_CELL_SEP = re.compile(r"\s*[|\t]\s*")
_SPACED_CELLS = re.compile(r"\s{3,}")
# a programme's day or hour in a row's first cells: "22/4 (sáng)", "Ngày 20/5/2026", "08h30", "Thứ Hai"
_DAY_CELL = re.compile(r"(?:(?:thứ\s+\w+|chủ nhật),?\s*)?(?:ngày\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*\((?:sáng|chiều|tối|trưa)\))?"
                       r"|\d{1,2}\s*(?:h|giờ|:|g)\s*\d{0,2}|thứ\s+\w+|chủ nhật", re.IGNORECASE)
_TEASER_ITEM = re.compile(r"^[·•*▪►-]|\(\d{1,2}/\d{1,2}(?:/\d{2,4})?\)$")
_NAME_PAIR = re.compile(r"(?=([A-ZĐÀ-Ỹ][\w-]*\s+[A-ZĐÀ-Ỹ][\w-]*))")


_GOES_ON = re.compile(
    r"\W*(?:(?:sáng|trưa|chiều|tối)\s+)?(?:cùng ngày|trước đó|sau đó|tiếp đó|tiếp theo|cũng trong|cũng tại|nhân dịp này|"
    r"dịp này|tại buổi|trong buổi|kết thúc buổi|cùng dự|theo chương trình|theo kế hoạch|theo lịch trình|"
    r"đây là|đây cũng là)(?!\w)", re.IGNORECASE)  # ("Đây là năm thứ 12 …": what was just told)


_TODAY_GOES_ON = re.compile(r"\W*(?:(?:sáng|trưa|chiều|tối)\s+(?:nay|mai)|hôm nay|ngày mai|hôm sau)(?!\w)", re.IGNORECASE)
_THE_DELEGATION = re.compile(r"(?<!\w)đoàn(?!\w)", re.IGNORECASE)
# "Sáng 11-4, Đoàn đến huyện … thăm, chúc Tết …": the delegation just told, named by the word alone, on a later day
_DELEGATION_GOES_ON = re.compile(
    r"\W*(?:(?:sáng|trưa|chiều|tối)\s+(?:ngày\s+)?|ngày\s+)\d{1,2}\s*[-/.]\s*\d{1,2}(?:\s*[-/.]\s*\d{2,4})?\s*,\s*"
    r"đoàn\s+(?:đã\s+|tiếp tục\s+|cũng\s+)?(?:đến|tới|đi|thăm|làm việc|sang|về|dự|lên)(?!\w)", re.IGNORECASE)


def _names_in(kept: list[str]) -> set[str]:
    return {m.group(1) for body_line in kept for m in _NAME_PAIR.finditer(body_line)}


_FOOTER_FOLLOWS = re.compile(r"\s*(?:Địa chỉ|Trụ sở|Tòa soạn|Toà soạn|©|Bản quyền|Giấy phép|Điện thoại|ĐT)\s*[:.]?", re.IGNORECASE)
_ITEM_BULLET = re.compile(r"[*•–-]\s+\S")


def _digest_heading_over_an_item(lines: list[str], j: int, line: str) -> bool:
    """A digest's heading (a few words, no stop) over a bulleted item that is a sentence of its own,
    not a teaser's dated headline."""
    if len(line.split()) > 4 or _ends_terminal(line) or _TEASER_ITEM.search(line) or _ITEM_BULLET.match(line):
        return False
    nxt = next((x.strip() for x in lines[j + 1 : j + 3] if x.strip()), "")
    return bool(_ITEM_BULLET.match(nxt)) and len(nxt) >= 80 and _ends_terminal(nxt) and not _DATED_TEASER.fullmatch(nxt)


def _body_resumes(lines: list[str], start: int, kept: list[str]) -> int | None:
    """Where the article goes on after a teaser block that opens at ``start``, if it does: a long
    paragraph within the next few lines that names at least two of the names the body has named
    (a teaser's summary tells another story)."""
    seen = 0
    for j in range(start, len(lines)):
        line = lines[j].strip()
        if not line:
            continue
        seen += 1
        if seen > 8:
            return None
        if _OUTLET_TAG.match(line):
            continue  # "(GLO)- Sáng 21-11, …": an outlet's tagged lead under a teaser's title is that story's
        if _digest_heading_over_an_item(lines, j, line):
            return j  # "Tuần tới" over "* Từ ngày 28/11 đến 1/12, Đoàn … sẽ thăm …": the digest goes on
        if len(line) >= 40 and _ends_terminal(line) and (_GOES_ON.match(line) or (
                # "Sáng nay (20/7), Đoàn đại biểu tỉnh … đã thăm …": the delegation's day told, after the teasers
                _TODAY_GOES_ON.match(line) and _THE_DELEGATION.search(line)) or _DELEGATION_GOES_ON.match(line)):
            # "Tối cùng ngày, …", "Trước đó, …": a sentence that leans on the story told before the teasers
            return _with_sentences_before(lines, _with_list_head(lines, j, start), start, _names_in(kept))
        if _is_paragraph(line):
            # the body's names only now: most teaser blocks are followed by no such paragraph
            names = _names_in(kept)
            shared = {m.group(1) for m in _NAME_PAIR.finditer(line)} & names
            if len(shared) >= 2:
                return _with_sentences_before(lines, _with_list_head(lines, j, start), start, names)
            # or two long paragraphs running, a photo and its caption aside (a teaser's summary
            # stands alone under its title)
            after = [x.strip() for x in lines[j + 1 : j + 12] if x.strip()]
            nxt = next((x for x in after[:5] if not _is_aside(x)), "")
            # (the second may be a short sentence of its own: "Đoàn … đang thăm Việt Nam từ ngày 19 đến 24-8.")
            goes_on = _is_paragraph(nxt) or (len(nxt) >= 60 and _ends_terminal(nxt) and not _TEASER_ITEM.search(nxt))
            return _with_list_head(lines, j, start) if goes_on else None
    return None


def _with_sentences_before(lines: list[str], j: int, start: int, names: set[str]) -> int:
    """``j``, or earlier where short sentences of the body that name someone it has named, or a
    subheading in capitals, come between the teasers and ``j`` ("Tối cùng ngày, đồng chí X chủ trì
    tiệc chiêu đãi Đoàn."): a teaser's title has no closing stop."""
    k = j - 1
    subheading_seen = False
    while k > start:
        line = lines[k].strip()
        if line:
            # (not a teaser's lead with its outlet's tag: "(GLO)- Sáng 7-1, Ban Thường vụ Tỉnh ủy Gia Lai …")
            sentence = (len(line) >= 40 and _ends_terminal(line) and not _TEASER_ITEM.search(line)
                        and not _OUTLET_TAG.match(line)
                        and bool({m.group(1) for m in _NAME_PAIR.finditer(line)} & names or _LEANS_ON_THE_STORY.search(line)))
            if sentence or (line.isupper() and len(_WORDS.findall(line)) <= 12):  # ("HỘI ĐÀM GIỮA HAI TỈNH")
                j = k
            elif (not subheading_seen and len(_WORDS.findall(line)) <= 12 and not _ends_terminal(line)
                  and not _TEASER_ITEM.search(line) and not lines[k - 1].strip() and not lines[k + 1].strip()):
                # ("Khảo sát Cảng Quy Nhơn" between blank lines: a subheading, the body's only if a sentence of
                # the body comes before it)
                subheading_seen = True
            else:
                break
        k -= 1
    return j


# ("Chuyến xe đầu tiên … xuất bến ngay sau buổi lễ, …": a sentence that names no one but leans on the story told)
_LEANS_ON_THE_STORY = re.compile(r"(?<!\w)(?:sau buổi lễ|tại buổi lễ|buổi tiếp|sau hội đàm|tại hội đàm|buổi làm việc|hai bên|hai tỉnh|hai đoàn)(?!\w)",
                                 re.IGNORECASE)


def _with_list_head(lines: list[str], j: int, start: int) -> int:
    """``j``, or the line before it when that one opens the list ``j`` begins ("… chứng kiến lễ ký
    các văn kiện, gồm:"): a teaser's title never ends with a colon; or a subheading set apart by blank
    lines after a block of teasers that a blank line closed."""
    k = j - 1
    while k > start and not lines[k].strip():
        k -= 1
    head = lines[k].strip()
    if k > start and head.endswith(":") and len(head) >= 40 and not _CUES.tail.fullmatch(head):
        return k
    first_blank = next((i for i in range(start, j) if not lines[i].strip()), None)
    if (first_blank is not None and first_blank > start and k > first_blank and k < j - 1
            and all(not lines[i].strip() for i in range(first_blank, k)) and len(head.split()) <= 12):
        return k  # "Tin liên quan / two titles / (blank) / Doanh nghiệp kỳ vọng … / (blank) / paragraph"
    return j


def _is_aside(line: str) -> bool:
    """An artefact or a photo's caption with its credit, between two paragraphs of a story."""
    if _CUES.line.fullmatch(line):
        return True
    folded = line.casefold()
    return len(line) < 200 and any(any(w in folded for w in hint) and pattern.search(line) for pattern, hint in _CUES.inline)


def _is_paragraph(line: str) -> bool:
    return len(line) >= 120 and _ends_terminal(line) and not _TEASER_ITEM.search(line)


# under a social post: "2 ngày   Thích   Phản hồi   3", the actions under a reader's comment
_COMMENT_ACTIONS = re.compile(r"(?:\d{1,2}\s*(?:năm|tháng|tuần|ngày|giờ|phút)\s+)?thích\s*·?\s*phản hồi(?:\s*·?\s*\d+)?",
                              re.IGNORECASE)
_COMMENTER = re.compile(rf"[{CAPITAL_LETTERS}][\w'’-]*(?:\s+[{CAPITAL_LETTERS}][\w'’-]*){{1,4}}")


def _readers_comments(lines: list[str]) -> set[int]:
    """The lines of readers' comments under a social post: a name, what they wrote, then the actions line."""
    out: set[int] = set()
    for i, line in enumerate(lines):
        if i >= 2 and _COMMENT_ACTIONS.fullmatch(line.strip()) and _COMMENTER.fullmatch(lines[i - 2].strip()) \
                and 0 < len(lines[i - 1].strip()) <= 300:
            out.update((i - 2, i - 1, i))
    return out


def strip_boilerplate(text: str) -> tuple[str, list[Removed], str | None]:
    """(clean text, removed pieces, title). Lines are kept in order; paragraphs joined by a blank line."""
    lines = text.split("\n")
    removed: list[Removed] = []
    kept: list[str] = []
    kept_keys: list[str] = []
    body_chars = 0  # characters of real paragraphs seen so far
    days_kept = False  # a day heading of the body kept: the trip is told day by day
    prev_key = ""
    skip_next_teaser = False
    title: str | None = None

    def drop(line: str, reason: str) -> None:
        if line.strip():
            removed.append(Removed(line.strip(), reason, len(kept)))  # (``at``: a line index until the end)

    menu_items: set[str] = set()  # the items of the site's menus removed so far
    resume_at = 0  # lines before it were dropped with a block of teasers
    dated = False  # the article's own date has been seen ("Ngày đăng: …"; a masthead comes before it)
    comments = _readers_comments(lines) if "hản hồi" in text else set()
    for i, raw_line in enumerate(lines):
        if i < resume_at:
            continue
        line = raw_line.strip()
        if not line:
            continue
        if i in comments:
            drop(line, "reader's comment")
            continue
        if skip_next_teaser:
            skip_next_teaser = False
            if len(line) <= 400 and not _is_doubled(line):
                drop(line, "related-article teaser")
                continue
        if _tail_cue(line):
            if body_chars >= 150:
                resume = _body_resumes(lines, i + 1, kept)
                if resume is None:
                    drop("\n".join(l for l in lines[i:] if l.strip()), f"related articles after '{line}'")
                    break
                # a block of teasers in the middle of the article: the article goes on after it
                drop("\n".join(l for l in lines[i:resume] if l.strip()), f"related articles after '{line}'")
                resume_at = resume
                continue
            drop(line, "navigation")
            # teasers above the story ("Tin liên quan" under the headline): the short unpunctuated
            # titles that follow, up to a blank line
            j = i + 1
            while j < len(lines) and lines[j].strip() and len(lines[j].strip()) < 160 and not _ends_terminal(lines[j]):
                drop(lines[j], "related-article teaser")
                j += 1
            resume_at = j
            continue
        if len(kept) <= 3 and body_chars < 600 and _CUES.box.fullmatch(line):
            # "TÓM TẮT NHANH" over a few lines a machine wrote about the story, above it (under the headline
            # and its lead at most): its items, or one line of its own, and its notices, up to a blank line
            j = i + 1
            while j < len(lines) and j - i <= 8 and (item := lines[j].strip()):
                if not (_CUES.box_note.fullmatch(item) or _CUES.line.fullmatch(item) or (_BOX_ITEM.match(item) and len(item) <= 250)
                        or (j == i + 1 and len(item) <= 300 and not _DAY_IN_LINE.search(item) and not _OUTLET_TAG.match(item))):
                    break  # (the story, set under the box with no blank line)
                j += 1
            drop("\n".join(l.strip() for l in lines[i:j] if l.strip()), "summary box")
            resume_at = j
            continue
        if kept and _DATED_TEASER.fullmatch(line) and (body_chars > 0 or not _headline_follows_kicker(kept)):
            # "Đại tướng A tiếp Đại sứ Hoa Kỳ (10/12/2018)": another story's headline and date, between paragraphs
            drop(line, "related-article teaser")
            continue
        if _PAGE_FURNITURE.fullmatch(line) and not DATELINE.match(line):  # (a print page's dated head: its date)
            drop(line, "page header or footer")  # a PDF's running head or foot: "Vụ Hợp tác quốc tế - Bộ Tư pháp        2"
            continue
        if _CONTENTS_LINE.fullmatch(line):
            drop(line, "table of contents")  # "2. Thứ trưởng … làm việc với Đoàn … ........ 5"
            continue
        if DATELINE.match(line) or ((other := _SCRIPT_BEFORE.match(line)) and DATELINE.match(line[other.end() :])):
            # ("ថ្ងៃព្រហស្បតិ៍ ទី១៩ ខែមករា ឆ្នាំ២០១២ / Thứ Năm, 19/01/2012": a bilingual page's date, its Vietnamese half)
            if _heads_a_programme_day(lines, i, body_chars > 0, days_kept):
                days_kept = days_kept or DAY_HEADING.fullmatch(line.strip()) is not None
            elif not (body_chars > 0 and CLOSING_DATELINE.fullmatch(line.strip())):  # (a document's place and date of issue: its own)
                drop(line, "dateline")
                dated = dated or _PUBLISHED_LABEL.match(line) is not None
                continue
        if _line_cue(line) and not _story_table_row(line):
            drop(line, "navigation or extraction artefact")
            items = [x for x in _MENU_ITEM_SEP.split(line) if x.strip()]
            if len(items) > 2 or not _SITE_AFTER_TITLE.fullmatch(line):
                # (not "Hai tỉnh ký kết hợp tác | Cổng TTĐT tỉnh X", a page's title: the headline below it stays)
                menu_items.update(_key(x) for x in items)
            continue
        if _is_doubled(line):
            drop(line, "related-article teaser")
            skip_next_teaser = True
            continue
        folded = line.casefold()
        for pattern, hint in _CUES.inline:
            m2 = pattern.search(line) if any(w in folded for w in hint) else None
            if m2:
                drop(m2.group(0), "photo credit")
                # ("… trước hội đàm. Ảnh: Bộ Công anChiều 18/12, …": the story goes on after a glued credit)
                left, right = line[: m2.start()], line[m2.end() :]
                line = (left + (" " if left and right and not left[-1].isspace() and not right[0].isspace() else "") + right).strip()
                folded = line.casefold()
        if not line:
            continue
        key, keyed = _key(line), line
        if key == prev_key:
            drop(line, "repeated caption")
            continue
        m = _credit(line)
        if m and not _ends_terminal(line[:-1]) and len(line) <= 90:
            drop(line, "credited source")
            continue
        if len(line.split()) >= 4 and not _VI_MARKS.search(line) and _VI_MARKS.search(text) and not _vietnamese_without_marks(line):
            drop(line, "not Vietnamese (slug or English line)")
            continue
        # (capitals under a breadcrumb are the headline, not the masthead; so is a long line of them after the
        # page's date: "Cập nhật: 13/04/2023", then "ĐẠI SỨ QUÁN CAMPUCHIA TỔ CHỨC ĐÓN TẾT …")
        if body_chars == 0 and ((not kept and (_site_header(line) or _edition_follows(lines, i))) or _ONLINE_MASTHEAD.fullmatch(line)) \
                and not _after_breadcrumb(lines, i) and not (len(_WORDS.findall(line)) >= 9 and (dated or _after_dateline(lines, i))) \
                and not _caps_headline(lines, i):
            drop(line, "site header")
            continue
        if (line.isupper() and len(line.split()) <= 14 and not _is_name_line(line)
                and _FOOTER_FOLLOWS.match(_nearest_line(lines, i, 1))):
            drop(line, "site footer")  # "BAN ĐỐI NGOẠI TRUNG ƯƠNG …" over "Địa chỉ: 1C Hoàng Văn Thụ, …"
            continue
        if _is_spaced_menu(line) or (body_chars == 0 and _in_stacked_menu(lines, i)):
            drop(line, "navigation menu")
            menu_items.update(_key(x) for x in _MENU_ITEM_SEP.split(line) if x.strip())
            continue
        if body_chars == 0 and key in menu_items and len(line.split()) <= (5 if line.isupper() else 8):
            drop(line, "section label")  # "Hợp tác Campuchia - Việt Nam" above the headline, an item of the menu
            continue
        if _OTHER_SCRIPT.search(line) and not _VI_MARKS.search(line):
            drop(line, "another script (Lao, Khmer, Thai, Chinese)")
            continue
        if kept and len(line) <= 60 and _is_name_line(line) and (
                _after_dateline(lines, i) or (len(kept) == 1 and _tag_follows(lines, i))
                or (body_chars == 0 and DATELINE.match(_nearest_line(lines, i, 1)))):
            drop(line, "byline")  # "20/11/2022 06:00", then "Minh Phong" (or over it); or "Hữu Nghĩa" over "(Baonghean.vn) - Sáng 14/9, …"
            continue
        if (
            body_chars > 0
            and not _ends_terminal(_AFFILIATION.sub("", line))  # "Thu Hương (ĐTV)": the affiliation is not punctuation
            and (_is_name_line(line) or _DEPARTMENT_ALONE.fullmatch(line) is not None
                 or (_is_one_word_name(line) and _teasers_follow(lines, i)))  # ("Sovannara", then "Tin khác")
            and _looks_last(lines, i)
        ):
            drop(line, "byline")
            continue
        if kept and len(line) <= 40 and _is_name_line(line) and _credited_below(lines, i, line):
            drop(line, "photo credit")  # "Trần Hải" over "… chủ trì Hội nghị. Ảnh: TRẦN HẢI": the credit, set apart
            continue
        tag = _OUTLET_TAG.match(line)
        if tag and tag.end() < len(line):
            drop(tag.group(0), "outlet tag")
            line = line[tag.end() :].lstrip()
            if DATELINE.match(line):  # "VOV.VN - Cập nhật lần cuối: 21:45, Thứ Hai, 18/7/2022"
                drop(line, "dateline")
                continue
        elif tag and tag.end() == len(line):
            drop(line, "outlet tag")
            continue
        if not kept:
            if len(line) <= 250 and not line.endswith((".", "…")):
                title = line
        elif (
            len(kept) == 1 and body_chars == 0 and title == kept[0] and len(_WORDS.findall(title)) <= 4
            and len(line.split()) >= 5 and len(line) <= 250 and not _ends_terminal(line)
        ):
            # "Đối ngoại" then the headline: the first was the section's name
            drop(kept.pop(), "section label")
            kept_keys.pop()
            title = line
        elif body_chars == 0 and len(kept) <= 2 and _is_name_line(line):
            drop(line, "byline")
            continue
        kept.append(line)
        kept_keys.append(key if line is keyed else _key(line))  # an outlet tag may have been cut since
        prev_key = key
        if len(line) >= 120 or _ends_terminal(line):
            body_chars += len(line)
    survivors = _drop_repeated_and_foreign(kept, kept_keys, removed, title)
    out = [kept[i] for i in survivors]
    return "\n\n".join(out), _placed(removed, survivors, out), title


def _placed(removed: list[Removed], survivors: list[int], out: list[str]) -> list[Removed]:
    """``removed`` with ``at`` turned from an index into the kept lines into an offset in the text
    the survivors make, joined by blank lines."""
    offsets = [0]
    for line in out:
        offsets.append(offsets[-1] + len(line) + 2)
    offsets[-1] = max(0, offsets[-1] - 2)  # (after the last line: the end of the text)
    return [dataclasses.replace(r, at=offsets[bisect.bisect_left(survivors, r.at)]) if r.at is not None else r
            for r in removed]


def _bigrams(line: str) -> set[str]:
    words = [w.casefold() for w in re.findall(r"\w+", line)]
    return {f"{a} {b}" for a, b in zip(words, words[1:])}


# Characters whose case folding changes where words split ("İ" → "i" + a combining dot):
# with none of them in a line, folding it and then splitting it into words equals
# splitting, then folding each word. (All such characters of Unicode as Python 3.11 folds
# them; tests/test_boilerplate.py recomputes the list.)
FOLD_SPLITS = (
    "\u0130\u01f0\u0345\u0390\u03b0\u1e96\u1e97\u1e98\u1e99\u1f50\u1f52\u1f54\u1f56\u1fb6"
    "\u1fb7\u1fc6\u1fc7\u1fd2\u1fd3\u1fd6\u1fd7\u1fe2\u1fe3\u1fe4\u1fe6\u1fe7\u1ff6\u1ff7"
)
_FOLD_SPLITS = re.compile(f"[{FOLD_SPLITS}]")


class _WordPairs:
    """In how many lines of ``lines`` a word pair occurs, asked pair by pair: every line's
    folded words joined by single spaces, searched as one text (" a b " occurs in line j
    exactly when a, b are neighbours there), instead of a set of pairs for every line."""

    def __init__(self, lines: list[str]) -> None:
        if any(_FOLD_SPLITS.search(x) for x in lines):
            self.joined = [" " + " ".join(w.casefold() for w in _WORDS.findall(x)) + " " for x in lines]
        else:
            self.joined = [" " + " ".join(_WORDS.findall(x.casefold())) + " " for x in lines]
        self.all = "\n".join(self.joined)

    def in_other_lines(self, pair: str, i: int) -> bool:
        p = f" {pair} "
        return self.all.count(p) > self.joined[i].count(p)


_SECTION_MARK = re.compile(r"(?:[IVX]{1,4}|\d{1,2}|[A-ZĐ])[.)]\s+\S")


def _drop_repeated_and_foreign(kept: list[str], keys: list[str], removed: list[Removed], title: str | None) -> list[int]:
    """Second look at unpunctuated lines (captions, image alt texts, teaser headlines).

    A line repeated away from its first copy is image alt text (the title again); a
    headline sharing almost no word pair with the rest of the article is a teaser
    for another story. Captions about the article itself share its words and stay.
    Returns the indices of the lines kept.
    """
    counts = Counter(keys)  # keys: _key of each kept line
    pairs: _WordPairs | None = None
    out: list[int] = []
    for i, line in enumerate(kept):
        k = keys[i]
        if i == 0 and title is not None:
            out.append(i)
            continue
        unpunctuated = not _ends_terminal(line)
        if unpunctuated and counts[k] > 1 and not (title and k == _key(title)):
            removed.append(Removed(line, "repeated image text", i))
            continue
        words = line.split()
        # (not the headline under a heading in capitals: "TIN VẮN HOẠT ĐỘNG …", then the first item's headline)
        # (nor a post's headline in capitals under its page's name: "AN GIANG – TAKEO: CHUNG TAY GIỮ …")
        if unpunctuated and 6 <= len(words) <= 22 and 0 < i < len(kept) - 1 and not _in_a_list_or_table(kept, i) \
                and not (i == 1 and kept[0].isupper()) and not (i <= 3 and line.isupper()):
            if pairs is None:
                pairs = _WordPairs(kept)
            grams = _bigrams(line)
            shared = sum(1 for g in grams if pairs.in_other_lines(g, i))  # also in some other line
            # (a subheading of the article: a few words between two paragraphs of the body, the next a long one)
            # (or a caption: "Quang cảnh hội nghị tại điểm cầu TP. Hồ Chí Minh.")
            subhead = (len(_WORDS.findall(line)) <= 12 and _ends_terminal(kept[i - 1]) and len(kept[i - 1]) >= 40
                       and _ends_terminal(kept[i + 1]) and len(kept[i + 1]) >= 200)
            # ("II. HỢP TÁC NGÀY CÀNG THỰC CHẤT, HIỆU QUẢ": a numbered section of a speech or a long report)
            subhead = subhead or _SECTION_MARK.match(line) is not None
            if grams and shared / len(grams) < 0.2 and not subhead:
                removed.append(Removed(line, "headline of another article", i))
                continue
        out.append(i)
    return out


def _nearest_line(lines: list[str], i: int, step: int) -> str:
    """The first line that is not blank before (``step`` -1) or after (+1) line i."""
    j = i + step
    while 0 <= j < len(lines) and not lines[j].strip():
        j += step
    return lines[j].strip() if 0 <= j < len(lines) else ""


# what opens a masthead, never a headline: "BÁO …", "CỔNG THÔNG TIN ĐIỆN TỬ …", "ĐÀI TIẾNG NÓI …"
_MASTHEAD_START = re.compile(
    r"\s*(?:BÁO|TẠP CHÍ|CỔNG|TRANG|CHUYÊN (?:TRANG|MỤC)|ĐÀI|CƠ QUAN|THÔNG TẤN|TIẾNG NÓI|HỆ THỐNG|KÊNH|PHIÊN BẢN|BẢN TIN|KỊCH BẢN)(?!\w)"
    r"|.*(?<!\w)(?:ONLINE|ĐIỆN TỬ)(?!\w)")


def _caps_headline(lines: list[str], i: int) -> bool:
    """A line in capitals over the page's date or the lead ("THƯỢNG TƯỚNG … TIẾP …", then "QĐND - Chiều
    12-4, …" or "Thứ Sáu, 15/09/2023 - 06:40"), or right over a paragraph, is the headline, not the masthead."""
    if _MASTHEAD_START.match(lines[i]) or _MOTTO.search(lines[i]):
        return False
    nxt = _nearest_line(lines, i, 1)
    if len(_WORDS.findall(lines[i])) >= 6 and bool(nxt) and _is_paragraph(nxt.lstrip("*•-– ")):
        return True  # ("HOẠT ĐỘNG ĐỐI NGOẠI CỦA HỘI LHPN VIỆT NAM" right over the first item's paragraph)
    if len(_WORDS.findall(lines[i])) < 10:
        # ("TIN VẮN HOẠT ĐỘNG CỦA LÃNH ĐẠO BỘ" over "Cập nhật: 13/11/2020": a listing's heading over its date)
        return (len(_WORDS.findall(lines[i])) >= 6 and bool(nxt) and _PUBLISHED_LABEL.match(nxt) is not None
                and DATELINE.match(nxt) is not None)
    return bool(nxt) and (DATELINE.match(nxt) is not None or _tag_follows(lines, i))


def _after_dateline(lines: list[str], i: int) -> bool:
    """The line before line i (blanks aside) is a dateline."""
    prev = _nearest_line(lines, i, -1)
    return bool(prev) and DATELINE.match(prev) is not None


def _tag_follows(lines: list[str], i: int) -> bool:
    """The next line that is not blank opens with an outlet's tag ("(Baonghean.vn) - …")."""
    nxt = _nearest_line(lines, i, 1)
    tag = _OUTLET_TAG.match(nxt)
    return tag is not None and tag.end() < len(nxt)


def _teasers_follow(lines: list[str], i: int) -> bool:
    """The next line that is not blank opens a block of teasers."""
    nxt = _nearest_line(lines, i, 1)
    return bool(nxt) and _CUES.tail.fullmatch(nxt) is not None


_BULLET = re.compile(r"\s*([*•▪+-])\s")


def _story_table_row(line: str) -> bool:
    """A row of the story's own table (cells split by "|" or tabs): one with figures, or a programme's
    row, its day or hour first and what happens then in words ("23/4 (sáng) | Thăm Bệnh viện … | Phnôm Pênh")."""
    if _TABLE_ROW.fullmatch(line) and _FIGURE_CELL.search(line):
        return True
    if "|" not in line and "\t" not in line:
        # a table set with spaces: its label, then two figures or more ("Giao ban định kỳ (cuộc)      4      3")
        # (not a pager, "Trang:   1   2   Tiếp ›")
        cells = _SPACED_CELLS.split(line.strip())
        return (len(cells) >= 3 and len(cells[0].split()) >= 2
                and all(c.replace(".", "").replace(",", "").isdigit() for c in cells[1:])
                and not _CUES.line.fullmatch(line.strip()))  # (nor a pager, "« Trang trước   1   2   3")
    cells = [c for c in _CELL_SEP.split(line.strip()) if c]
    if len(cells) < 3:
        return False
    if "|" not in line and any(c.replace(".", "").replace(",", "").isdigit() for c in cells):
        return True  # a tab-set row with a number ("2<TAB>Ngày 20/5/2026<TAB>Khởi công …")
    # (what happens, in words, some of them small: not a page's "Thứ Năm, 26/07/2018 | Đông Hà 26°C - 35°C | Hotline: …")
    told = [[w for w in c.split() if w.isalpha()] for c in cells]
    return _DAY_CELL.fullmatch(cells[0]) is not None and any(len(ws) >= 4 and any(w.islower() for w in ws) for ws in told)


def _in_a_list_or_table(kept: list[str], i: int) -> bool:
    """A table's row of the story's own, or an item with figures in a bulleted list of the story's own
    ("* Tổng số học bổng: 1.100 suất" beside "* Kế hoạch gồm 14 nhóm nhiệm vụ"), not a teaser."""
    line = kept[i]
    if _story_table_row(line) or PROGRAMME_ITEM.match(line):  # (or "- 15h00 - 17h00: Hội đàm …", a day's programme)
        return True
    bullet = _BULLET.match(line)
    if bullet is None or not any(c.isdigit() for c in line) or _TEASER_ITEM.search(line.rstrip()[-12:]):
        return False
    around = [kept[j] for j in (i - 1, i + 1) if 0 <= j < len(kept)]
    return any((b := _BULLET.match(x)) is not None and b.group(1) == bullet.group(1) for x in around)


# "- 14h00: Thủ tướng … chủ trì lễ đón …", "08h30 | Hội nghị … | …", "Buổi sáng: …": an item of a day's
# programme (the events read the day that heads it)
PROGRAMME_ITEM = re.compile(r"\s*(?:[-–•*+]\s*)?(?:\d{1,2}\s*(?:h|giờ|:)\s*\d{0,2}|buổi (?:sáng|chiều|tối)|cả ngày)(?!\w)\s*[-–:|]",
                            re.IGNORECASE)


def _headline_follows_kicker(kept: list[str]) -> bool:
    """Only a short line kept so far, with no stop ("Năm Đoàn kết hữu nghị Việt Nam - Lào 2012"): a kicker over the
    headline, so a dated line right under it ("… tiếp Đoàn … (17/7/2012)") is the headline, not a teaser."""
    return len(kept) == 1 and len(kept[0]) <= 80 and not _ends_terminal(kept[0])


def _heads_a_programme_day(lines: list[str], i: int, in_body: bool = False, days_kept: bool = False) -> bool:
    """ "Thứ Hai, ngày 11/12/2023" over "- 14h00: …": the day of a programme's items, not the page's date;
    and, in the body, a day heading over a paragraph when another day heading follows or one was kept
    before, ``days_kept`` (a trip told day by day under "Thứ Hai, ngày 19/3/2012", "Thứ Ba, ngày 20/3/2012", …)."""
    nxt = next((x for x in lines[i + 1 : i + 3] if x.strip()), "")
    if PROGRAMME_ITEM.match(nxt) is not None:
        return True
    return (in_body and DAY_HEADING.fullmatch(lines[i].strip()) is not None and len(nxt) > 80 and _ends_terminal(nxt)
            and (days_kept or any(DAY_HEADING.fullmatch(x.strip()) for x in lines[i + 2 :])))


# "Thứ Ba, ngày 20/3/2012", "Chủ nhật (25/12)": a weekday and its date alone on a line
DAY_HEADING = re.compile(rf"{_WEEKDAY}\s*,?\s*\(?\s*(?:ngày\s+)?\d{{1,2}}\s*/\s*\d{{1,2}}(?:\s*/\s*\d{{4}})?\s*\)?\s*:?", re.IGNORECASE)


def _credited_below(lines: list[str], i: int, name: str) -> bool:
    """The next line is a caption whose photo credit is ``name`` ("… Ảnh: TRẦN HẢI")."""
    credit = _CAPTION_CREDIT.search(_nearest_line(lines, i, 1))
    return credit is not None and credit.group(1).strip(" .)").casefold() == name.casefold()


_CAPTION_CREDIT = re.compile(r"\(?\s*Ảnh\s*:\s*([^:()\n]{2,40})\)?\s*$", re.IGNORECASE)


def _looks_last(lines: list[str], i: int) -> bool:
    """True when only boilerplate-looking lines follow line i (bylines close an article)."""
    heading_seen = False
    for later in lines[i + 1 :]:
        s = later.strip()
        if not s or (_OTHER_SCRIPT.search(s) and not _VI_MARKS.search(s)):
            continue  # (a heading in Khmer or Lao script over the teasers)
        if _CAPTION_CREDIT.search(s) and not s.lower().startswith("ảnh"):
            continue  # ("Thanh Lê - Quốc Khánh" over "Đoàn … chúc Tết lãnh đạo tỉnh - Ảnh: Q.K": a photo set under the story)
        if bool(_CUES.tail.fullmatch(s) or _CUES.line.fullmatch(s) or DATELINE.match(s) or _credit(s)):
            return True
        if heading_seen or len(s.split()) > 3 or _ends_terminal(s):
            return False
        heading_seen = True  # a word or two over a block ("Thông báo", then "» … (19/09/2024)"): what is under it
    return True
