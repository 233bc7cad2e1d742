"""Date expressions in Vietnamese news, and their resolution to full dates.

Hand-written: dateparser and friends know "23/6/2021" but not the genre's
"sáng 23-5", "từ ngày 11 đến 12/3", "hôm nay (16/7)" or "cuối tháng 2 vừa qua",
and none infer a missing year from the article's own evidence.

A mention keeps what the text says (day, month, year, any of them missing);
``resolve`` fills the gaps from an ``Anchor`` (publication date, the article's
reference year) and never invents: it returns YYYY-MM or YYYY when that is all
the text supports, or None.
"""
from __future__ import annotations

import bisect
import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from hoptac.extract.phrases import PhraseSet
from hoptac.lexicons import load_tsv

_D = r"(?<![\d/.,-])(\d{1,2})"
_M = r"(\d{1,2})"
_Y = r"(\d{4})(?!\d)"
_SEP = r"\s*[/.-]\s*"
_TIME_OF_DAY = r"(?:sáng|chiều|tối|trưa|đêm|rạng sáng|khuya)"
# "Thứ Hai, 14/10" (not "lần thứ ba" at the end of a headline, nor across a line break)
_WEEKDAY = r"(?<!lần )(?<!hạng )(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật)[ \t]*,?[ \t]*(?=\(?\s*(?:ngày\s+)?\d)"
_DAY_CUE = rf"(?:(?:{_TIME_OF_DAY}\s+)?(?:ngày|hôm nay|hôm qua|ngày mai|mai|nay|hôm|{_WEEKDAY})|{_TIME_OF_DAY})"  # ("hôm 18/11")


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    day: int | None
    month: int | None
    year: int | None
    end_day: int | None = None
    end_month: int | None = None
    end_year: int | None = None
    relative: str | None = None  # "today" | "yesterday" | "tomorrow" | "same_day" | "next_day" | "before:N" | "visit_first" | "visit_last" | "visit_dayN" | "recent" | "upcoming" | "last_week" | "next_week"
    since: bool = False  # "kể từ tháng 6/2015": a starting point, not when something happened

    @property
    def is_range(self) -> bool:
        return self.end_day is not None or self.end_month is not None


# The patterns below are read on the lower-cased text (see ``_find_dates``): written in lower
# case and matched case-sensitively, they spare the engine a case fold at every character.
_RANGE = re.compile(
    rf"(?=[\dtn])(?:từ\s+)?(?:ngày\s+)?{_D}(?:{_SEP}{_M}(?!\d))?(?:{_SEP}{_Y})?\s*(?:đến|tới|–|-|—)\s*(?:hết\s+)?(?:ngày\s+)?"
    rf"(\d{{1,2}}){_SEP}{_M}(?!\d)(?:{_SEP}{_Y})?",
)
# "trong hai ngày 14 và 15/10", "Trong 2 ngày (19 và 20/12)": two days running
_TWO_DAYS = re.compile(rf"ngày\s+\(?\s*{_D}\s*(?:và|,)\s*(\d{{1,2}}){_SEP}{_M}(?!\d)(?:{_SEP}{_Y})?")
# _D with its first digit before the test on the character ahead of it: a pattern that opens
# with a character class lets the engine skip in C to the digits
_FULL = re.compile(rf"(\d(?<![\d/.,-].)\d?){_SEP}{_M}{_SEP}{_Y}")
# "Ngày 5/9/23", "chiều 4/9/23": a year in two digits, after a day's cue and between slashes only
_FULL_SHORT_YEAR = re.compile(rf"(?<!\w)(?:ngày|sáng|chiều|tối|trưa|hôm)\s+(\d{{1,2}})/(\d{{1,2}})/(\d{{2}})(?![\d/])")
_DAY_MONTH = PhraseSet.compile(
    # ("Chiều mùng 7/3": the solar day written as the first days of a month are spoken)
    rf"(?P<cue>{_DAY_CUE})\s*(?:\(\s*)?(?:ngày\s+)?(?:(?:mùng|mồng)\s+)?{_D}{_SEP}{_M}(?![\d/])(?!\s*[/.-]\s*\d)",
    whole_words=False,
)
_WORDED_DAY = re.compile(
    rf"(?:{_TIME_OF_DAY}\s+)?(?:từ\s+)?ngày\s+(?P<d1>\d{{1,2}})(?:\s+(?:đến|tới)\s+(?:hết\s+)?ngày\s+(?P<d2>\d{{1,2}})|\s+và\s+(?P<d3>\d{{1,2}}))?"
    rf"\s+tháng\s+(?P<m>\d{{1,2}})(?:\s*(?:,\s*)?năm\s+(?P<y>\d{{4}}))?(?![\d/])"
)
# "Ngày cuối, 26/4, …", "Ngày làm việc đầu tiên, 23/4/2019, …": a day of the trip named, then its date
_NAMED_DAY_DATE = re.compile(
    rf"(?<!\w)(?:{_TIME_OF_DAY}\s+)?(?:ngày|hôm)(?:\s+(?:làm việc|công tác))?\s+(?:đầu tiên|cuối cùng|cuối"
    rf"|thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7]))\s*,\s*{_D}{_SEP}{_M}(?:{_SEP}{_Y})?(?![\d/])(?!\s*[/.-]\s*\d)"
)
# "Đúng ngày Quốc khánh 2/12, …", "đúng vào ngày lễ 7/1": the day a holiday falls on, named, then written
_ON_THE_HOLIDAY = re.compile(
    rf"(?<!\w)đúng\s+(?:vào\s+)?ngày\s+(?:[^\W\d_]+\s+){{1,4}}?{_D}{_SEP}{_M}(?![\d/])(?!\s*[/.-]\s*\d)")
_PAREN_DAY_MONTH = re.compile(rf"\(\s*{_D}{_SEP}{_M}\s*(?:,\s*giờ [^()\n]{{2,20}})?\)")  # "(20/4, giờ địa phương)"
_MONTH = PhraseSet.compile(
    rf"(?P<pre>(?:kể\s+)?từ\s+(?:(?:cuối|đầu|giữa)\s+)?|(?:vào\s+)?(?:cuối|đầu|giữa)\s+)?tháng\s+(\d{{1,2}})(?:(?:{_SEP}|\s+năm\s+){_Y}"
    rf"|\s+năm\s+(?P<rely>ngoái|trước|nay|tới|sau)|(?P<recent>\s+(?:vừa qua|trước|này|qua))|(?P<upcoming>\s+(?:sắp tới|tới)(?!\w)))?",
    whole_words=False,
)
# "từ tháng 10 đến tháng 11/2022", "tháng 3 - tháng 5 năm 2024": a span of months
_MONTH_RANGE = re.compile(
    rf"(?<!\w)(?:từ\s+)?(?:(?:đầu|cuối|giữa)\s+)?tháng\s+(\d{{1,2}})(?:(?:{_SEP}|\s+năm\s+){_Y})?\s*(?:đến|tới|–|-|—)\s*"
    rf"(?:(?:đầu|cuối|giữa|hết)\s+)?tháng\s+(\d{{1,2}})(?!\d)(?:(?:{_SEP}|\s+năm\s+){_Y})?"
)
YEAR_SHIFT = {"ngoái": -1, "trước": -1, "nay": 0, "tới": 1, "sau": 1}  # "năm ngoái": the year before the article's
# "Năm 2021, …" opening a sentence frames what follows in that year
_YEAR_FRAME = re.compile(r"(?:^|[:;]\s*)\W*(?:trong\s+)?năm\s+((?:19|20)\d{2})\s*,", re.IGNORECASE)
_YEAR_WORD = re.compile(r"(?:năm|Năm)\s+(\d{4})(?!\d|\s*[-–]\s*\d)")
# starts with words: tried only where one of them starts (see PhraseSet)
_RELATIVE = PhraseSet.compile(
    rf"(?:(?:{_TIME_OF_DAY})\s+)?(?P<rel>hôm nay|hôm qua|ngày mai|cùng ngày|cùng (?:buổi )?(?:sáng|trưa|chiều|tối)(?!\s+(?:ngày|hôm|nay|qua|mai)\b)|cùng thời điểm|hôm sau|ngày cuối(?: cùng)? (?:(?:của|trong) )?chuyến (?:thăm|công tác)|ngày đầu(?: tiên)? (?:(?:của|trong) )?chuyến (?:thăm|công tác)|ngày (?:làm việc|công tác) thứ (?:hai|ba|tư|năm|2|3|4|5)(?!\w)|ngày (?:làm việc|công tác) (?:cuối cùng|cuối|đầu tiên)(?!\w)|ngày thứ (?:hai|ba|tư|năm|2|3|4|5) (?:của|trong) chuyến (?:thăm|công tác)|hôm trước|tuần trước|tuần qua|tuần tới|tuần sau|tuần này)(?!\s*\(\s*\d)"
    rf"|(?:{_TIME_OF_DAY})\s+(?P<rel2>qua|nay|mai)(?!\w)(?!\s*\(\s*\d)",
    whole_words=False,
)
_DIGIT = re.compile(r"\d")
# "Sang ngày làm việc thứ hai", "Ngày thứ ba của chuyến thăm": that day of the trip's announced
# range ("ngày thứ Hai" alone is a Monday)
_NTH_DAY = re.compile(r"ngày (?:làm việc |công tác )?thứ (\w+)")
_ORDINALS = {"hai": 2, "ba": 3, "tư": 4, "năm": 5, "2": 2, "3": 3, "4": 4, "5": 5}
# Days told by their distance from the article's date: "hôm kia", "cách đây ba ngày", "thứ Năm vừa qua",
# "Hôm thứ Bảy", "thứ Sáu tuần trước", "thứ Hai tới" (a weekday alone, "lần thứ năm", is no day)
_WEEKDAYS = {"hai": 0, "ba": 1, "tư": 2, "năm": 3, "sáu": 4, "bảy": 5, "chủ nhật": 6,
             "2": 0, "3": 1, "4": 2, "5": 3, "6": 4, "7": 5}
_WEEKDAY_HOW = {"vừa qua": "last", "tuần trước": "prevweek", "tuần qua": "prevweek", "tuần tới": "nextweek",
                "tuần sau": "nextweek", "tuần này": "thisweek", "tới": "next"}
_STARTS_WITH_TIME_OF_DAY = re.compile(_TIME_OF_DAY + r"\s", re.IGNORECASE)
_PLANNED_BEFORE = re.compile(r"(?<!\w)(?:sẽ|dự kiến|theo kế hoạch|theo chương trình)(?!\w)[^.;]*$", re.IGNORECASE)
_DAY_AWAY = re.compile(
    rf"(?<!\w)(?:{_TIME_OF_DAY}\s+)?(?:(?P<kia>hôm kia)|(?P<kia_ahead>ngày kia)|cách đây (?P<n>\d|một|hai|ba|bốn|năm|sáu|bảy|mười) ngày"
    r"|(?P<hom>(?:hôm|vào) )?(?:thứ (?P<wd>hai|ba|tư|năm|sáu|bảy|[2-7])|(?P<cn>chủ nhật))"
    r"(?:\s+(?P<when>vừa qua|tuần trước|tuần qua|tuần tới|tuần sau|tuần này|tới))?)(?!\w)(?!\s*[,(]?\s*(?:ngày\s+)?\d)"
)
# "Từ thứ Hai đến thứ Tư vừa qua", "từ thứ Hai đến thứ Sáu tuần này": a span of weekdays around the article's
_WEEKDAY_SPAN = re.compile(
    rf"(?<!\w)từ\s+(?:{_TIME_OF_DAY}\s+)?(?:thứ\s+(?P<a>hai|ba|tư|năm|sáu|bảy|[2-7])|chủ nhật)\s*(?:đến|tới|-|–)\s*(?:hết\s+)?"
    rf"(?:{_TIME_OF_DAY}\s+)?(?:thứ\s+(?P<b>hai|ba|tư|năm|sáu|bảy|[2-7])|chủ nhật)"
    r"(?:\s+(?P<when>vừa qua|tuần trước|tuần qua|tuần tới|tuần sau|tuần này|tới))?(?!\w)(?!\s*[,(]?\s*(?:ngày\s+)?\d)"
)
# "Dịp này năm ngoái", "cuối năm ngoái": the year before the article's, and no more than that
_LAST_YEAR = re.compile(r"(?<!\w)(?:(?:dịp|thời điểm|lúc|khoảng thời gian) này|đầu|cuối|giữa|hồi)\s+năm\s+ngoái(?!\w)")
# "Dịp Tết cổ truyền Bunpimay năm nay", "nhân dịp Tết Chôl Chnăm Thmây sắp tới": the Lao and Khmer New Year
# falls in mid-April, so a plan told by it alone, set before the clause, is for that April (not "trao quà …
# nhân dịp Tết … sắp đến": what a gift is for; lower case: matched on the text's shadow)
_NEIGHBOURS_NEW_YEAR = re.compile(
    r"(?<!\w)dịp\s+tết\s+(?:cổ\s+truyền\s+)?(?:bunpimay|bun-pi-may|pi\s*may|chôl\s+chnăm\s+thmây|chol\s+chnam\s+thmey)"
    r"\s+(?P<when>năm\s+nay|năm\s+tới|năm\s+sau|sắp\s+tới|sắp\s+đến|tới)(?=\s*,)")
# "Ngày 12 vừa qua": a day of the month, the last one before the article
_DAY_OF_MONTH_PAST = re.compile(r"(?<!\w)(?:(?:sáng|chiều|tối|trưa)\s+)?ngày\s+(?P<d>\d{1,2})\s+(?:vừa qua|vừa rồi)(?!\w)")
# "Trước đó một ngày", "hai ngày trước đó": days before the day just told (not before the article's)
_DAYS_BEFORE_TOLD = re.compile(r"(?<!\w)(?:trước đó (?P<a>một|hai|ba|1|2|3) ngày|(?P<b>một|hai|ba|1|2|3) ngày trước đó)(?!\w)",
                               re.IGNORECASE)
# A month told from the article's: "đầu tháng này", "tháng trước", "cuối tháng tới"
_MONTH_AWAY = re.compile(r"(?<!\w)(?:(?:đầu|cuối|giữa)\s+)?tháng\s+(?P<w>này|trước|tới|sau)(?!\w)")
_COUNT_BEFORE = re.compile(r"(?<!\w)(?:\d+|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|vài|mấy|nhiều|các|những)\s+$")
# Lunar days around Tết: "chiều mùng 4 Tết", "mùng 8 tháng Giêng", "28 tháng Chạp", "30 Tết", with the
# lunar year when named ("mùng 7 Tết Giáp Thìn")
_LUNAR_DAY = re.compile(
    rf"(?<!\w)(?:{_TIME_OF_DAY}\s+)?(?:từ\s+)?(?:ngày\s+)?(?:(?:mùng|mồng)\s+(?P<d1>\d{{1,2}})"
    r"(?:\s+(?:đến|tới|-|–)\s+(?:hết\s+)?(?:ngày\s+)?(?:mùng|mồng)\s+(?P<e1>\d{1,2}))?\s+(?:tết|tháng giêng)"
    r"|(?P<dg>\d{1,2}|rằm)\s+tháng giêng"  # "rằm tháng Giêng", "ngày 15 tháng Giêng"
    # ("từ ngày 24 đến ngày 26 tháng Chạp": a span of days, its first told bare)
    r"|(?:(?P<s12>\d{1,2})\s+(?:đến|tới|-|–)\s+(?:hết\s+)?(?:ngày\s+)?)?(?P<d12>\d{1,2})\s+(?:tháng chạp|tết))"
    r"(?:\s+(?:năm\s+|nguyên đán\s+)?(?P<stem>\w+)\s+(?P<branch>\w+))?(?!\w)"
)
_CLAUSE_OPENS = re.compile(r"(?:^|[,;:(.\n]|(?<!\w)(?:vào|trong|ngay|từ|đến|tới|là|và))\s*$")
# (or the verb's tense next: "… Học viện Chính trị quốc gia Hồ Chí Minh hôm nay đã phối hợp tổ chức …")
_CLAUSE_ENDS = re.compile(r"\s*(?:[,.;:)!?]|$)|\s+(?:đã|sẽ|vừa)\s")
# "cách đây 40 năm, thanh niên … ; hôm nay thanh niên hai nước …": today set against the past is nowadays
_THEN_BEFORE = re.compile(r"(?:cách đây|trước đây|năm xưa|ngày ấy|thuở ấy|xưa kia|ngày trước)(?!\w)[^.!?\n]*$", re.IGNORECASE)


def _dates_something(text: str, m: re.Match[str]) -> bool:
    """ "Hôm nay, …", "vào hôm nay", "… tại Hà Nội hôm nay.": the word dates something; after a
    noun and before more words it qualifies the noun ("Việt Nam hôm nay")."""
    return bool(_CLAUSE_OPENS.search(text, max(0, m.start() - 8), m.start()) or _CLAUSE_ENDS.match(text, m.end()))
_SINCE = re.compile(
    r"(?:kể\s+từ|từ\s+khi|từ\s+năm|từ\s+tháng|đến nay|(?:hiệu lực|áp dụng)\s+(?:kể\s+)?từ(?:\s+ngày)?)\s*$",
    re.IGNORECASE,
)


# "…, từ ngày 1/7/2025, Việt Nam chính thức vận hành …", "… hoạt động từ ngày 1/7/2025": a day alone after "từ"
# is when a state began, unless it opens a clause whose act is no state ("Từ ngày 12/3, Đoàn thăm …")
_FROM_DAY = re.compile(r"(?<!\w)từ\s+ngày\s*$", re.IGNORECASE)
_CLAUSE_START = re.compile(r"(?:^|[.;:!?\n]|,\s*(?:cho biết|nói|thông tin|khẳng định)?)\s*$", re.IGNORECASE)
_STATE_AFTER = re.compile(
    r"[^.;\n]{0,80}?(?<!\w)(?:chính thức|được|bị|vận hành|hoạt động|sáp nhập|hợp nhất|tổ chức lại|có hiệu lực|áp dụng|"
    r"đi vào|tăng lên|giảm|trở thành|kế thừa)(?!\w)", re.IGNORECASE)
# "vận hành mô hình chính quyền hai cấp từ ngày 1/7/2025": since when something runs, not an event's day
_IN_EFFECT_FROM = re.compile(
    r"(?<!\w)(?:vận hành|đi vào hoạt động|áp dụng|có hiệu lực|sáp nhập|hợp nhất|ra đời|thành lập)(?!\w)[^,.;:()]{0,70}?"
    r"(?<!\w)từ(?:\s+ngày)?\s*$"
)


# Number words, for dates written out in full. (Hand-written: no maintained library reads
# Vietnamese numerals; the grammar is small.)
_DIGIT_WORDS = {"không": 0, "một": 1, "mốt": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "năm": 5, "lăm": 5,
                "nhăm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9}
_NUMBER_WORD = "(?:" + "|".join([*_DIGIT_WORDS, "mười", "mươi", "trăm", "nghìn", "ngàn", "linh", "lẻ"]) + ")"
_SPELLED_MONTHS = {"giêng": 1, "chạp": 12}
_SPELLED = re.compile(
    rf"(?<!\w)ngày\s+(?P<d>{_NUMBER_WORD}(?:\s+{_NUMBER_WORD}){{0,3}})"
    # ("từ ngày hai mươi hai đến ngày hai mươi sáu tháng Năm": a span in one month)
    rf"(?:\s+(?:đến|tới)\s+(?:hết\s+)?ngày\s+(?P<d2>{_NUMBER_WORD}(?:\s+{_NUMBER_WORD}){{0,3}}))?"
    rf"\s+tháng\s+(?P<m>giêng|chạp|mười\s+một|mười\s+hai|mười|một|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín)"
    # (its year in words or digits, or none when the month is named with a capital, "ngày hai mươi ba tháng Năm";
    # "ngày mười lăm tháng Giêng" alone is a lunar feast day)
    rf"(?:\s+năm\s+(?P<y>{_NUMBER_WORD}(?:\s+{_NUMBER_WORD}){{1,7}}|\d{{4}}))?(?!\w)"
)


# "giữa tháng Tư tới", "vào tháng Mười Hai năm 2023": a month named in words (with a capital: "tháng năm"
# is time in general; "tháng Giêng" and "tháng Chạp" are lunar)
_SPELLED_MONTH_NUMBERS = {"một": 1, "hai": 2, "ba": 3, "tư": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9,
                          "mười": 10, "mười một": 11, "mười hai": 12}
_MONTH_NAME = r"mười\s+một|mười\s+hai|mười|một|hai|ba|tư|năm|sáu|bảy|tám|chín"  # "tháng Mười Hai", "tháng Tư"
_SPELLED_MONTH = re.compile(
    rf"(?<!\w)(?:(?:vào\s+)?(?:cuối|đầu|giữa)\s+)?tháng\s+(?P<m>{_MONTH_NAME})"
    r"(?:\s+năm\s+(?P<y>(?:19|20)\d{2})|\s+năm\s+(?P<rely>ngoái|trước|nay|tới|sau)|(?P<recent>\s+(?:vừa qua|trước|này|qua))"
    r"|(?P<upcoming>\s+(?:sắp tới|tới)))?(?!\w)"
)
# "Ngày 22 tháng Mười", "ngày 3 tháng Tư năm 2019": a day in digits, its month in words (with a capital)
_DAY_OF_SPELLED_MONTH = re.compile(
    rf"(?<!\w)ngày\s+(?P<d>\d{{1,2}})\s+tháng\s+(?P<m>{_MONTH_NAME})"
    r"(?:\s+năm\s+(?P<y>(?:19|20)\d{2}))?(?!\w)"
)
# "12 September 2012", "ngày 3 June 2014", "October 11, 2011": a press release's date left in English
ENGLISH_MONTHS = {m: i for i, m in enumerate(("january", "february", "march", "april", "may", "june", "july", "august",
                                              "september", "october", "november", "december"), 1)}
ENGLISH_MONTH = "|".join(ENGLISH_MONTHS)
_ENGLISH_DATE = re.compile(
    rf"(?<!\w)(?:(?P<d>\d{{1,2}})\s+(?P<m>{ENGLISH_MONTH})(?:,?\s+(?P<y>(?:19|20)\d{{2}}))?"
    rf"|(?P<m2>{ENGLISH_MONTH})\s+(?P<d2>\d{{1,2}}),?\s+(?P<y2>(?:19|20)\d{{2}}))(?!\w)")
# "Cách mạng Tháng Tám", "rằm tháng Mười hai theo lịch Lào": a name, a lunar month
_NOT_A_SPELLED_MONTH = re.compile(r"(?:cách mạng|rằm|mùng|mồng)\s+$")


# (not "những ngày đầu năm mới": its first days, no day of its own)
_NEW_YEARS_DAY = re.compile(r"(?<!\w)(?<!những )(?<!các )ngày\s+đầu\s+(?:tiên\s+(?:của\s+)?)?năm\s+mới(?:\s+(?P<y>(?:19|20)\d{2}))?(?!\w)")


def spelled_number(words: str) -> int | None:
    """A number written out in Vietnamese words, for the other stages ("hai nghìn không trăm hai mươi ba")."""
    return _spelled_number(words)


def _spelled_number(words: str) -> int | None:
    """ "hai mươi mốt" → 21, "mười hai" → 12, "hai nghìn không trăm mười tám" → 2018."""
    total = current = 0
    for w in words.split():
        if w in ("nghìn", "ngàn"):
            total, current = total + (current or 1) * 1000, 0
        elif w == "trăm":
            total, current = total + current * 100, 0
        elif w == "mươi":
            current *= 10
        elif w == "mười":
            current += 10
        elif w in _DIGIT_WORDS:
            current += _DIGIT_WORDS[w]
    return total + current or None


def _valid(y: int | None, m: int | None, d: int | None) -> bool:
    if m is not None and not 1 <= m <= 12:
        return False
    if d is not None:
        if m is None:
            return 1 <= d <= 31
        try:
            dt.date(y or 2000, m, d)
        except ValueError:
            return False
    return y is None or 1900 <= y <= 2100


_HOME_CLOCK_GLOSS = re.compile(r"\s*(?:theo\s+)?giờ\s+(?:việt nam|hà nội)\s*\)")
_GLOSS_OPENS = re.compile(r"\(\s*(?:tức|tức là|nhằm|khoảng)\s+[^()]{0,25}$")
_GLOSS_BEFORE = re.compile(r"(?:\(\s*|\s)(?:tức|nhằm|tức là)\s+(?:ngày\s+)?$")


def find_dates(text: str) -> list[DateMention]:
    """All date mentions in ``text``, left to right, non-overlapping (longest first)."""
    return list(_find_dates(text))


@lru_cache(maxsize=8)  # the article's year and its events read the same text
def _find_dates(text: str) -> tuple[DateMention, ...]:
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    patterns_with_digits = _DIGIT.search(text) is not None
    # Lower case, letter for letter (offsets stay), for the lower-case patterns; what they
    # capture is digits and cue words, compared in lower case anyway.
    original, text = text, _lower_in_place(text)

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    def add(m: DateMention) -> None:
        found.append(m)
        taken.append((m.start, m.end))

    for m in _RANGE.finditer(text) if patterns_with_digits else ():
        d1, m1, y1, d2, m2, y2 = (int(g) if g else None for g in m.groups())
        m1 = m1 or m2
        y1 = y1 or y2
        if d1 is None or d2 is None or m2 is None or not free(m.start(), m.end()):
            continue
        if not (_valid(y1, m1, d1) and _valid(y2, m2, d2)):
            continue
        if (m1, d1) > (m2, d2) and (y1 == y2 or (y2 is None and not (m1 == 12 and m2 == 1))):
            continue  # ("Phong Thổ, ngày 23/6/2016 - Ngày 22/6, …": a dateline, then the story's day; no span runs back)
        if y1 and y2 and y2 - y1 > 1:
            continue  # "(21/6/1925 - 21/6/2024)": an anniversary's span, not a visit's
        add(DateMention(m.start(), m.end(), d1, m1, y1, d2, m2, y2))
    for m in _TWO_DAYS.finditer(text) if patterns_with_digits else ():
        d1, d2, mo, y = (int(g) if g else None for g in m.groups())
        if d1 < d2 and free(m.start(), m.end()) and _valid(y, mo, d1) and _valid(y, mo, d2):  # type: ignore[operator]
            add(DateMention(m.start(), m.end(), d1, mo, y, d2, mo, y))
    for m in _WORDED_DAY.finditer(text) if patterns_with_digits else ():
        # "Sáng ngày 11 tháng 9", "từ ngày 11 đến ngày 13 tháng 9 năm 2023": the formal way with words
        d1, mo = int(m.group("d1")), int(m.group("m"))
        d2 = int(m.group("d2") or m.group("d3")) if m.group("d2") or m.group("d3") else None  # ("hai ngày 11 và 12 tháng 12")
        y = int(m.group("y")) if m.group("y") else None
        if not free(m.start(), m.end()) or not _valid(y, mo, d1) or (d2 is not None and not (_valid(y, mo, d2) and d1 < d2)):
            continue
        if d2 is None:
            add(DateMention(m.start(), m.end(), d1, mo, y))
        else:
            add(DateMention(m.start(), m.end(), d1, mo, y, d2, mo, y))
    for m in _NEW_YEARS_DAY.finditer(text) if "năm mới" in text else ():
        y = int(m.group("y")) if m.group("y") else None  # "Rạng sáng ngày đầu năm mới 2023": the 1st of January
        if free(m.start(), m.end()):
            add(DateMention(m.start(), m.end(), 1, 1, y))
    for m in _SPELLED.finditer(text) if "tháng" in text else ():
        # "ngày hai mươi mốt tháng Mười Hai năm hai nghìn không trăm mười tám": a formal date in words
        d, mo = _spelled_number(m.group("d")), _SPELLED_MONTHS.get(m.group("m")) or _spelled_number(m.group("m"))
        y = (int(m.group("y")) if m.group("y").isdigit() else _spelled_number(m.group("y"))) if m.group("y") else None
        if y is None and (m.group("m") in _SPELLED_MONTHS or not original[m.start("m")].isupper()):
            continue
        d2 = _spelled_number(m.group("d2")) if m.group("d2") else None
        if free(m.start(), m.end()) and _valid(y, mo, d) and (d2 is None or (_valid(y, mo, d2) and d < d2)):  # type: ignore[operator]
            add(DateMention(m.start(), m.end(), d, mo, y, *((d2, mo, y) if d2 is not None else ())))
    for m in _NAMED_DAY_DATE.finditer(text) if patterns_with_digits else ():
        d, mo, y = (int(g) if g else None for g in m.groups())
        if free(m.start(), m.end()) and _valid(y, mo, d):
            add(DateMention(m.start(), m.end(), d, mo, y))
    for m in _ON_THE_HOLIDAY.finditer(text) if patterns_with_digits and "đúng" in text else ():
        d, mo = int(m.group(1)), int(m.group(2))
        if free(m.start(), m.end()) and _valid(None, mo, d):
            add(DateMention(m.start(), m.end(), d, mo, None))
    for m in _FULL.finditer(text) if patterns_with_digits else ():
        d, mo, y = (int(g) for g in m.groups())
        if free(m.start(), m.end()) and _valid(y, mo, d):
            add(DateMention(m.start(), m.end(), d, mo, y))
    for m in _FULL_SHORT_YEAR.finditer(text) if patterns_with_digits else ():
        d, mo, y = int(m.group(1)), int(m.group(2)), 2000 + int(m.group(3))
        if free(m.start(1), m.end()) and _valid(y, mo, d):
            add(DateMention(m.start(1), m.end(), d, mo, y))
    for m in _DAY_MONTH.finditer(text) if patterns_with_digits else ():
        d, mo = int(m.group(2)), int(m.group(3))
        cue = m.group("cue").lower()
        rel = "today" if "hôm nay" in cue or cue == "nay" else "tomorrow" if "mai" in cue else "yesterday" if "qua" in cue else None
        if free(m.start(), m.end()) and _valid(None, mo, d):
            add(DateMention(m.start(), m.end(), d, mo, None, relative=rel and None))
    for m in _PAREN_DAY_MONTH.finditer(text) if patterns_with_digits else ():
        d, mo = int(m.group(1)), int(m.group(2))
        if free(m.start(), m.end()) and _valid(None, mo, d):
            add(DateMention(m.start(), m.end(), d, mo, None))
    for m in _MONTH_RANGE.finditer(text) if patterns_with_digits and "tháng" in text else ():
        m1, y1, m2, y2 = (int(g) if g else None for g in m.groups())
        if y1 is None and y2 is not None:
            y1 = y2 if m1 <= m2 else y2 - 1  # type: ignore[operator]
        if free(m.start(), m.end()) and _valid(y1, m1, None) and _valid(y2, m2, None) and (m1 != m2 or y1 != (y2 or y1)):
            add(DateMention(m.start(), m.end(), None, m1, y1, None, m2, y2))
    for m in _MONTH.finditer(text) if patterns_with_digits else ():
        mo = int(m.group(2))
        year = int(m.group(3)) if m.group(3) else None
        pre = (m.group("pre") or "").lower()
        rel = f"year{YEAR_SHIFT[m.group('rely').lower()]:+d}" if m.group("rely") else None
        if free(m.start(), m.end()) and _valid(year, mo, None):
            add(DateMention(m.start(), m.end(), None, mo, year,
                            relative=rel or ("recent" if m.group("recent") else "upcoming" if m.group("upcoming") else None),
                            since="từ" in pre))
    for m in _DAY_OF_SPELLED_MONTH.finditer(text) if "tháng" in text else ():
        if (original[m.start("m")].isupper() and free(m.start(), m.end()) and not text.startswith("theo lịch", m.end() + 1)
                and not text.startswith("âm lịch", m.end() + 1)):
            day, mo = int(m.group("d")), _SPELLED_MONTH_NUMBERS[" ".join(m.group("m").split())]
            named_year = int(m.group("y")) if m.group("y") else None
            if _valid(named_year, mo, day):
                add(DateMention(m.start(), m.end(), day, mo, named_year))
    # (a month's name as a substring first: scanning every article with the pattern cost 0.14 ms an article)
    for m in _ENGLISH_DATE.finditer(text) if any(name in text for name in ENGLISH_MONTHS) else ():
        day, mo = int(m.group("d") or m.group("d2")), ENGLISH_MONTHS[m.group("m") or m.group("m2")]
        named_year = int(m.group("y") or m.group("y2")) if (m.group("y") or m.group("y2")) else None
        if free(m.start(), m.end()) and _valid(named_year, mo, day):
            add(DateMention(m.start(), m.end(), day, mo, named_year))
    for m in _SPELLED_MONTH.finditer(text) if "tháng" in text else ():
        if (not original[m.start("m")].isupper() or not free(m.start(), m.end())
                or _NOT_A_SPELLED_MONTH.search(text, max(0, m.start() - 12), m.start()) or text.startswith("theo lịch", m.end() + 1)
                or text.startswith("âm lịch", m.end() + 1)):
            continue
        mo = _SPELLED_MONTH_NUMBERS[" ".join(m.group("m").split())]
        rel = f"year{YEAR_SHIFT[m.group('rely')]:+d}" if m.group("rely") else None
        add(DateMention(m.start(), m.end(), None, mo, int(m.group("y")) if m.group("y") else None,
                        relative=rel or ("recent" if m.group("recent") else "upcoming" if m.group("upcoming") else None)))
    for m in _NEIGHBOURS_NEW_YEAR.finditer(text) if "dịp tết" in text else ():
        when = " ".join(m.group("when").split())
        if free(m.start(), m.end()):
            add(DateMention(m.start(), m.end(), None, 4, None, relative="year+0" if when == "năm nay" else
                            "year+1" if when.startswith("năm") else "upcoming"))
    for m in _LAST_YEAR.finditer(text) if "ngoái" in text else ():
        if free(m.start(), m.end()):
            add(DateMention(m.start(), m.end(), None, None, None, relative="year-1"))
    for m in _DAY_OF_MONTH_PAST.finditer(text) if patterns_with_digits else ():
        if free(m.start(), m.end()) and 1 <= int(m.group("d")) <= 31:
            add(DateMention(m.start(), m.end(), None, None, None, relative=f"dom:{int(m.group('d'))}"))
    for m in _WEEKDAY_SPAN.finditer(text) if "thứ" in text else ():
        first_wd, last_wd = _WEEKDAYS[m.group("a") or "chủ nhật"], _WEEKDAYS[m.group("b") or "chủ nhật"]
        how = _WEEKDAY_HOW.get(m.group("when") or "") or (
            "next" if _PLANNED_BEFORE.search(text, max(0, m.start() - 40), m.start()) else "recent")
        if first_wd < last_wd and free(m.start(), m.end()):
            add(DateMention(m.start(), m.end(), None, None, None, relative=f"wd:{first_wd}:{how}:{last_wd}"))
    for m in _DAY_AWAY.finditer(text):  # (before "tuần trước" alone: "thứ Sáu tuần trước" is a day)
        if m.group("kia_ahead"):
            rel = "days+2"  # "ngày kia": the day after tomorrow
        elif m.group("kia") or m.group("n"):
            rel = f"days{-2 if m.group('kia') else -(_spelled_number(m.group('n')) or int(m.group('n')))}"
        elif m.group("hom") or m.group("when"):
            how = _WEEKDAY_HOW.get(m.group("when") or "", "last")
            rel = f"wd:{_WEEKDAYS[m.group('wd') or 'chủ nhật']}:{how}"
        elif _STARTS_WITH_TIME_OF_DAY.match(m.group(0)) and not _PLANNED_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            # "Sáng Chủ nhật, …", "tối thứ Bảy": the last such day up to the article's (its own day included)
            rel = f"wd:{_WEEKDAYS[m.group('wd') or 'chủ nhật']}:recent"
        else:
            continue
        if free(m.start(), m.end()):
            add(DateMention(m.start(), m.end(), None, None, None, relative=rel))
    for m in _RELATIVE.finditer(text):
        if m.group("rel") == "hôm nay" and m.start() == m.start("rel") and (
            not _dates_something(text, m) or _THEN_BEFORE.search(text, max(0, m.start() - 200), m.start())
        ):
            continue  # "các thế hệ cựu chiến binh hôm nay", "cách đây 40 năm, …; hôm nay thanh niên …": of today, not on a day
        word = (m.group("rel") or m.group("rel2")).lower()
        if word.startswith("cùng ") and word != "cùng ngày" and word != "cùng thời điểm":
            word = "cùng ngày"  # "Cùng chiều, …": the afternoon of the same day
        nth = _NTH_DAY.match(word)
        if word.startswith(("ngày làm việc ", "ngày công tác ")) and not nth:
            word = "ngày đầu của chuyến thăm" if word.endswith("đầu tiên") else "ngày cuối của chuyến thăm"
        if "chuyến" in word and word.startswith(("ngày đầu", "ngày cuối")):
            # ("trong ngày đầu chuyến thăm", "ngày cuối cùng của chuyến công tác": the words between may vary)
            word = "ngày đầu của chuyến thăm" if word.startswith("ngày đầu") else "ngày cuối của chuyến thăm"
        rel = f"visit_day{_ORDINALS[nth.group(1)]}" if nth else {"hôm nay": "today", "hôm qua": "yesterday", "ngày mai": "tomorrow", "cùng ngày": "same_day", "cùng thời điểm": "same_day",
               "ngày cuối của chuyến thăm": "visit_last", "ngày cuối trong chuyến thăm": "visit_last",
               "ngày cuối của chuyến công tác": "visit_last", "ngày cuối trong chuyến công tác": "visit_last",
               "ngày đầu của chuyến thăm": "visit_first", "ngày đầu trong chuyến thăm": "visit_first",
               "ngày đầu tiên của chuyến thăm": "visit_first", "ngày đầu của chuyến công tác": "visit_first",
               "ngày đầu trong chuyến công tác": "visit_first", "ngày đầu tiên của chuyến công tác": "visit_first",
               "hôm sau": "next_day", "hôm trước": "before:1", "qua": "yesterday", "nay": "today", "mai": "tomorrow",
               "tuần trước": "last_week", "tuần qua": "last_week", "tuần tới": "next_week", "tuần sau": "next_week",
               "tuần này": "this_week"}[word]
        if free(m.start(), m.end()):
            add(DateMention(m.start(), m.end(), None, None, None, relative=rel))
    for m in _DAYS_BEFORE_TOLD.finditer(text) if "ngày trước" in text or "trước đó" in text else ():
        n = (m.group("a") or m.group("b")).lower()
        if free(m.start(), m.end()):
            add(DateMention(m.start(), m.end(), None, None, None, relative=f"before:{_spelled_number(n) or int(n)}"))
    for m in _MONTH_AWAY.finditer(text) if "tháng" in text else ():
        if _COUNT_BEFORE.search(text, max(0, m.start() - 8), m.start()):
            continue  # "bảy tháng sau chuyến thăm", "2 tháng trước": a span, not a month
        if free(m.start(), m.end()):
            add(DateMention(m.start(), m.end(), None, None, None,
                            relative=f"month{ {'này': 0, 'trước': -1, 'tới': 1, 'sau': 1}[m.group('w')]:+d}"))
    for m in _LUNAR_DAY.finditer(text) if "tết" in text or "tháng chạp" in text or "tháng giêng" in text else ():
        if _GLOSS_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue  # "chiều 18-1 (tức 27 tháng Chạp năm Nhâm Dần)": the lunar day glosses the solar one told
        if m.group("dg"):
            day, month = (15 if m.group("dg") == "rằm" else int(m.group("dg"))), 1
        else:
            day, month = (int(m.group("d1")), 1) if m.group("d1") else (int(m.group("s12") or m.group("d12")), 12)
        if month == 12 and day <= 10 and "chạp" not in m.group():
            month = 1  # "ngày 3 Tết" is the third of the new year; "30 Tết" its eve
        if not 1 <= day <= 30 or (month == 12 and day < 15 and "chạp" not in m.group()):
            continue
        named = _lunar_year(m.group("stem") or "", m.group("branch") or "", Counter()) if m.group("stem") else None
        if named is not None and "chạp" in m.group():
            named += 1  # "25 tháng Chạp năm Quý Mão": the last month of the lunar year 2023, before the Tết of 2024
        last = m.group("e1") or (m.group("d12") if m.group("s12") else "") or ""  # "từ mùng 6 đến mùng 8 tháng Giêng": the last day of a span
        if free(m.start(), m.end()) and (not last or day < int(last) <= 30):
            add(DateMention(m.start(), m.end(), None, None, None, relative=f"lunar:{month}:{day}:{named or ''}:{last}"))
    found = [
        _as_since(f) if _SINCE.search(original[max(0, f.start - 24) : f.start])
        or _IN_EFFECT_FROM.search(text, max(0, f.start - 100), f.start) or _state_since(text, f) else f
        for f in found
    ]
    if any((f.relative or "").startswith("visit_") for f in found):
        # "Sáng 14/5, ngày làm việc cuối cùng của chuyến thăm, …": the day of the trip glosses the day told before it
        told = {f.end for f in found if f.day is not None and f.month is not None}
        found = [f for f in found if not ((f.relative or "").startswith("visit_")
                                          and any(text[e : f.start].strip() == "," for e in told if e <= f.start))]
    if "giờ việt nam" in text or "giờ hà nội" in text:
        # "Chiều 21/9 theo giờ địa phương (tức rạng sáng 22/9 giờ Việt Nam)": the home clock glosses the day told
        found = [f for f in found if not _HOME_CLOCK_GLOSS.match(text, f.end) or not _GLOSS_OPENS.search(text, max(0, f.start - 30), f.start)]
    return tuple(sorted(found, key=lambda f: f.start))


def _state_since(text: str, f: DateMention) -> bool:
    """ "từ ngày 1/7/2025" told as when a state began (see ``_FROM_DAY``)."""
    if f.is_range or f.day is None:
        return False
    opener = _FROM_DAY.search(text, max(0, f.start - 12), f.start)
    if opener is None:
        return False
    opens_clause = _CLAUSE_START.search(text, max(0, opener.start() - 30), opener.start()) is not None
    return not opens_clause or _STATE_AFTER.match(text, f.end) is not None


def _lower_in_place(text: str) -> str:
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)  # "İ" keeps its one letter


def year_frames(text: str) -> list[DateMention]:
    """ "Năm 2021, …" opening ``text`` (a sentence or clause) or a clause of it after ":" or ";": the
    year of what follows."""
    m = _YEAR_FRAME.search(text)  # at the start, or opening a clause after ":" or ";"
    return [DateMention(m.start(), m.end(), None, None, int(m.group(1)))] if m else []


def _as_since(m: DateMention) -> DateMention:
    return DateMention(m.start, m.end, m.day, m.month, m.year, m.end_day, m.end_month, m.end_year, m.relative, True)


# --- the article's reference year -------------------------------------------------

_PERIOD = re.compile(r"(\d{4})\s*(?:[-–—]|(?:đến|tới)(?:\s+hết)?(?:\s+năm)?)\s*(\d{4})")
_BARE_YEAR = re.compile(r"(\d(?<![\d/.,-].)\d{3})(?![\d/])")  # the digit first, as in _FULL
# "Kế hoạch hợp tác năm 2023" signed in December 2022: the year of a plan is not the article's year
_AGREEMENT_YEAR = PhraseSet.compile(
    r"(?:kế hoạch|thỏa thuận|thoả thuận|chương trình|biên bản|bản ghi nhớ|giao ước)[^.;:\n]{0,60}?(?<!trong )(?<!\d tháng )năm\s+(?P<y>\d{4})",
    re.IGNORECASE,
    whole_words=False,
)
_DEADLINE = re.compile(r"(?:trước|chậm nhất|hạn chót|hạn|dự kiến|sẽ|đến hết)\s+(?:vào\s+)?(?:ngày\s+)?$", re.IGNORECASE)
_PLANNED_MONTH = re.compile(r"(?<!\w)(?:dự kiến|sẽ)(?!\w)[^.;,\n]{0,35}$", re.IGNORECASE)
_BUDDHIST_YEAR = re.compile(r"(?:bunpimay|bun pi may|pi mai|phật lịch|chôl chnăm thmây|chol chnam thmey)\s+(?:năm\s+)?(25\d\d)(?!\d)", re.IGNORECASE)
_NTH = {"hai": 2, "ba": 3, "tư": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10}
_NTH_WORDS = r"đầu tiên|đầu|cuối cùng|cuối|thứ (?:hai|ba|tư|năm|sáu|bảy|tám|chín|mười)"
_PERIOD_YEARS = r"giai đoạn (?P<{a}>(?:19|20)\d\d)\s*[-–]\s*(?P<{b}>(?:19|20)\d\d)"
_NTH_YEAR_OF_PERIOD = re.compile(
    rf"(?<!\w)năm nay là năm (?P<nth>{_NTH_WORDS})(?!\w)[\s\S]{{0,120}}?{_PERIOD_YEARS.format(a='a', b='b')}"
    rf"|{_PERIOD_YEARS.format(a='a2', b='b2')}[\s\S]{{0,100}}?(?:năm nay là|bước sang|bước vào|đã sang) năm (?P<nth2>{_NTH_WORDS})(?!\w)",
    re.IGNORECASE)
_TERM_CONGRESS_DONE = re.compile(
    r"(?<!\w)đại hội[^.;\n]{0,150}?nhiệm kỳ ((?:19|20)\d\d)\s*[-–]\s*(?:19|20)\d\d[^.;\n]{0,60}?(?:vừa|đã)\s+(?:thành công|kết thúc|diễn ra|bế mạc)",
    re.IGNORECASE)
_WILL_AFTER_YEAR = re.compile(r"\s*,?\s*(?:hai bên\s+|hai tỉnh\s+)?(?:sẽ|dự kiến)(?!\w)", re.IGNORECASE)
_GLOSSED_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d\s*[,(]\s*$")
_TARGET_YEAR = re.compile(
    r"(?<!\w)(?:(?:phấn đấu|mục tiêu|đạt|lên|sẽ|hướng tới|dự kiến)(?!\w)[^.;\n]{0,70}?(?<!\w)(?:vào|trong)\s+(?:cuối\s+|đầu\s+)?"
    r"|(?:chuẩn bị|sẵn sàng) (?:đảm nhận|đăng cai|tiếp nhận)(?!\w)[^.;,\n]{0,50}?(?<!\w)"
    r"|(?:tầm nhìn|định hướng|chiến lược)(?!\w)[^.;\n]{0,60}?(?<!\w)(?:sau|đến)\s+"  # "Tầm nhìn … sau năm 2025"
    # "thống nhất phương hướng hợp tác năm 2020", "6 nhóm nhiệm vụ trọng tâm trong năm 2020": the year ahead
    r"|(?:phương hướng|nhiệm vụ trọng tâm)(?!\w)[^.;\n]{0,40}?(?<!\w)(?:(?:trong|của|cho)\s+)?"
    # "thống nhất tổ chức Hội nghị lần thứ 12 tại tỉnh Chăm-pa-xắc vào năm 2018": the next one, still to be held
    r"|(?:thống nhất|nhất trí)(?:\s+(?:sẽ|luân phiên|tiếp tục))?\s+(?:tổ chức|đăng cai)(?!\w)[^.;\n]{0,100}?(?<!\w)(?:vào|trong)\s+)năm\s+$",
    re.IGNORECASE,
)
# an invitation's date is still to come: "mời Đoàn … sang thăm Hà Tĩnh vào dịp Tết Nguyên đán Kỷ Hợi 2019"
# (not "thăm … theo lời mời của …": whose invitation brought a visit told now)
_INVITED_FOR = re.compile(r"(?<!\w)(?<!theo lời )mời(?!\w)[^.;\n]*$", re.IGNORECASE)
_AGREEMENT_PERIOD_BEFORE = re.compile(
    r"(?:giai đoạn|thỏa thuận|thoả thuận|kế hoạch|biên bản|bản ghi nhớ|hiệp định|chương trình)[^.;\n]{0,60}$", re.IGNORECASE)
_UNTIL_YEAR = re.compile(r"(?<!\w)(?:đến|tới|trước|từ nay đến)\s+(?:hết\s+)?năm\s+$", re.IGNORECASE)
# "Từ năm 1981 đến nay, …": where a tally starts, not the year of the news
_SINCE_YEAR = re.compile(r"(?<!\w)(?:kể\s+)?từ\s+(?:năm\s+)?(\d{4})\s*(?:đến|tới)\s+(?:nay|này|hiện nay)(?!\w)", re.IGNORECASE)
# "(SN 1990)", "sinh năm 1994": a year of birth
_BORN_IN = re.compile(r"(?<!\w)(?:SN|sinh năm|năm sinh)\s*:?\s*$", re.IGNORECASE)
# "năm học 2021 - 2022": a school year, August to July
_SCHOOL_YEAR = re.compile(r"(?<!\w)năm học\s+((?:19|20)\d{2})\s*[-–/]\s*((?:19|20)\d{2})(?!\d)", re.IGNORECASE)
# "Năm 2022, hai bên đã …" opens a review of the past year, not the year of the news
_REVIEW_YEAR = re.compile(r"(?:^|[.\n]\s*)Năm (?P<y>\d{4}),", re.MULTILINE)
# ("Năm 2024, thành phố dự kiến đón …": a year whose plans are told is the year of the news)
# ("Năm 2018, Gia Lai tiếp tục dành 2 tỷ đồng …": what goes on this year, unless "đã tiếp tục")
_PLANS_OF_THE_YEAR = re.compile(r"[^.;\n]{0,60}?(?<!\w)(?:dự kiến|sẽ|phấn đấu|(?<!đã )tiếp tục)(?!\w)")
_ANNIVERSARY = re.compile(r"(\d{1,3})\s+năm\s+(?:ngày\s+)?(.{3,80})", re.IGNORECASE)


def _anniversary_rules() -> list[tuple[re.Pattern[str], int]]:
    return [(re.compile(p, re.IGNORECASE), int(y)) for p, y in load_tsv("anniversaries.tsv")]


_ANNIV_RULES = _anniversary_rules()


_YEARS_SPAN = re.compile(r"(?<![\d.,])(\d{1,3})\s+năm(?!\s+(?:19|20)\d\d)", re.IGNORECASE)  # "49 năm", not "năm 2024"
_NEW_YEAR_GREETED = re.compile(r"(?<!\w)năm mới\s+((?:19|20)\d{2})(?!\d)", re.IGNORECASE)
_STEMS = ("canh", "tân", "nhâm", "quý", "giáp", "ất", "bính", "đinh", "mậu", "kỷ")  # by the year's last digit
_BRANCHES = ("thân", "dậu", "tuất", "hợi", "tý", "sửu", "dần", "mão", "thìn", "tỵ", "ngọ", "mùi")  # by year % 12
_LUNAR_NEW_YEAR = re.compile(
    r"(?<!\w)Tết\s+(?:Nguyên đán\s+|cổ truyền\s+)?(?:Xuân\s+)?(?P<stem>" + "|".join(_STEMS) + r")\s+(?P<branch>"
    + "|".join(_BRANCHES) + r"|mẹo)(?!\w)", re.IGNORECASE)


def _lunar_year(stem: str, branch: str, counts: Counter[int]) -> int | None:
    """The Gregorian year whose Tết bears this name, the one nearest the years the text names."""
    b = "mão" if branch.lower() == "mẹo" else branch.lower()
    years = [y for y in range(1950, dt.date.today().year + 2)
             if _STEMS[y % 10] == stem.lower() and _BRANCHES[y % 12] == b]
    if not years:
        return None
    near = max(counts, key=lambda y: counts[y]) if counts else dt.date.today().year
    return min(years, key=lambda y: abs(y - near))


_COMMEMORATED = re.compile(
    r"\(\s*(?:\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*)?(?:19|20)\d{2}\s*[-–—]\s*"
    r"(?P<end>(?:\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*)?(?:19|20)\d{2})\s*\)")
# ("… sẽ tổng kết Thỏa thuận giai đoạn 2017 - 2021 vào quý I năm 2022": a review still to come)
_SUMMED_UP = re.compile(r"(?<!sẽ )(?<!dự kiến )(?<!\w)tổng kết(?!\w)(?:(?!vào|quý|giai đoạn)[^.;\n]){0,90}?(?<!\w)năm\s+"
                        r"(?P<y>(?:19|20)\d{2})(?!\d)", re.IGNORECASE)
_REVIEWED = re.compile(r"(?<!\w)(?:đánh giá|tổng kết|kiểm điểm|nhìn lại)(?:\s+(?:lại\s+)?(?:kết quả|công tác|tình hình|hoạt động)"
                       r"(?:\s+hợp tác)?)?\s+(?:trong\s+)?năm\s+(?P<y>(?:19|20)\d{2})(?!\d)", re.IGNORECASE)
_SO_FAR_THIS_YEAR = re.compile(r"\d{1,2} tháng (?:đầu )?năm ((?:19|20)\d{2})")


# "Hồi tháng 11-2022, ông A đã dẫn đầu đoàn …": a month the article recalls as past
_RECALLED_MONTH = re.compile(
    r"(?<!\w)(?:[Hh]ồi|[Tt]rước đó,?\s+vào)\s+(?:cuối\s+|đầu\s+|giữa\s+)?tháng\s+(\d{1,2})\s*[/.-]\s*((?:19|20)\d{2})")


def _after_recalled(text: str, year: int) -> int:
    """The news comes after the months it recalls as past: "Sáng 14-3, …. Hồi tháng 11-2022, …" with
    2022 the year told most is March 2023 (the first such day after the month recalled)."""
    recalled = [(int(m.group(2)), int(m.group(1))) for m in _RECALLED_MONTH.finditer(text)] if "ồi" in text or "rước" in text else []
    if not recalled:
        return year
    y, month = max(recalled)
    if year > y or not 1 <= month <= 12:
        return year
    first = next((d for d in find_dates(text) if d.day is not None and d.month is not None and d.year is None
                  and not d.relative and not d.since), None)
    if first is None:
        return max(year, y)
    return y + 1 if first.month < month else y  # type: ignore[operator]


def _first_month_told(text: str) -> DateMention | None:
    """The first date the text gives by its month and no year ("16-2", "tháng 11"): which part of
    the year the news is in, when the year itself is the question."""
    return next((d for d in find_dates(text) if d.month is not None and d.year is None and not d.relative), None)


def reference_year(text: str, published: dt.date | None = None) -> int | None:
    """The year the article is about when its dates omit it.

    The publication year when known; else the year the text states most often on
    its own ("Năm 2017", "tháng 4/2022", full dates), ignoring years that only bound
    a period ("giai đoạn 2021–2025"); else a year implied by an anniversary
    ("kỷ niệm 80 năm Cách mạng Tháng Tám" ⇒ 2025).
    """
    if published:
        return published.year
    counts: Counter[int] = Counter()
    plan_years: Counter[int] = Counter()
    in_periods: set[tuple[int, int]] = set()
    for m in _PERIOD.finditer(text):
        in_periods.add((m.start(1), m.end(2)))
    for m in _SINCE_YEAR.finditer(text):
        in_periods.add((m.start(1), m.end(1)))
    plans = {m.start("y") for m in _AGREEMENT_YEAR.finditer(text)}
    reviews = {m.start("y") for m in _REVIEW_YEAR.finditer(text) if not _PLANS_OF_THE_YEAR.match(text, m.end())}
    if _REVIEWED.search(text):
        # "Hôm qua (16-2), … hai bên đánh giá năm 2011, …" in the first half of a year: the year under
        # review is the one before the news (at the year's end it is the news's own: see ``_SUMMED_UP``)
        first = _first_month_told(text)
        if first is not None and first.month <= 6:  # type: ignore[operator]
            reviews |= {m.start("y") for m in _REVIEWED.finditer(text)}
    for m in _BARE_YEAR.finditer(text):
        if any(s <= m.start() < e for s, e in in_periods) or m.start() in reviews:
            continue
        if _UNTIL_YEAR.search(text, max(0, m.start() - 20), m.start()) or _TARGET_YEAR.search(text, max(0, m.start() - 90), m.start()):
            continue  # "duy trì 30 suất học bổng mỗi năm đến năm 2027", "phấn đấu đạt … vào năm 2027": a target
        if _INVITED_FOR.search(text, max(0, m.start() - 150), m.start()):
            continue  # "mời Đoàn … sang thăm vào dịp Tết Nguyên đán Kỷ Hợi 2019": a visit still to come
        if _BORN_IN.search(text, max(0, m.start() - 12), m.start()):
            continue  # "Hồ Văn Tr. (SN 1990)": a year of birth
        if _WILL_AFTER_YEAR.match(text, m.end()):
            continue  # "Hai bên thống nhất năm 2022 sẽ tổ chức hội đàm …": a year still to come
        y = int(m.group(1))
        if 1950 <= y <= dt.date.today().year + 1:
            (plan_years if m.start() in plans else counts)[y] += 1
    for m in _NTH_YEAR_OF_PERIOD.finditer(text):
        # "Năm nay là năm cuối cùng hai tỉnh thực hiện Thỏa thuận … giai đoạn 2016 - 2020", "… giai đoạn 2006 -
        # 2010, nay đã bước sang năm thứ tư": the year the news is in, counted along the period
        nth = (m.group("nth") or m.group("nth2")).lower()
        opening, closing = int(m.group("a") or m.group("a2")), int(m.group("b") or m.group("b2"))
        year = closing if nth.startswith("cuối") else opening if nth.startswith("đầu") else opening + _NTH[nth.split()[-1]] - 1
        if opening <= year <= closing:
            counts[year] += 3
    for m in _TERM_CONGRESS_DONE.finditer(text):
        counts[int(m.group(1))] += 2  # "Đại hội … nhiệm kỳ 2020 - 2025 vừa thành công tốt đẹp": held in its first year
    for m in _BUDDHIST_YEAR.finditer(text):
        if _GLOSSED_YEAR.search(text, max(0, m.start() - 24), m.start()):
            continue  # "Tết Chôl Chnăm Thmây năm 2023, Phật lịch 2567": the era glosses the year just written
        counts[int(m.group(1)) - 543] += 1  # "Tết Bunpimay 2565": the Buddhist era of Laos and Cambodia, 543 years ahead
    if counts:
        # a year's single-year plan ("Kế hoạch hợp tác năm 2014") and a report on its first months
        # ("trong 5 tháng đầu năm 2014") tip a tie towards that year
        for y in plan_years:
            if y in counts:
                counts[y] += 1
        for m in _SO_FAR_THIS_YEAR.finditer(text):
            counts[int(m.group(1))] += 2  # ("10 tháng năm 2025": a tally of the year so far outweighs a plan for the next)
        if "tổng kết" in text.lower():
            # "Trong 2 ngày 26 và 27-12, … hội đàm tổng kết công tác phối hợp năm 2019": a year summed up at its
            # end is the year of the news (what is planned for the next one is not)
            first = _first_month_told(text)
            if first is not None and first.month >= 11:  # type: ignore[operator]
                for m in _SUMMED_UP.finditer(text):
                    counts[int(m.group("y"))] += 2
        # "sang chúc mừng năm mới 2025 và Tết Nguyên đán Ất Tỵ": the year being greeted is the news's
        for m in _NEW_YEAR_GREETED.finditer(text):
            counts[int(m.group(1))] += 2
        for m in _LUNAR_NEW_YEAR.finditer(text):
            lunar = _lunar_year(m.group("stem"), m.group("branch"), counts)
            if lunar is not None and not _INVITED_FOR.search(text, max(0, m.start() - 150), m.start()):
                counts[lunar] += 2
    plans_only = Counter() if counts else plan_years  # a plan's year: weaker than any month told
    month_years: Counter[int] = Counter()
    since_years: Counter[int] = Counter()
    commemorated = [(m.start(), m.start("end"), m.end()) for m in _COMMEMORATED.finditer(text)] if "(" in text else []
    for d in find_dates(text):
        span = next(((e, b) for a, e, b in commemorated if a <= d.start < b), None)
        if span is not None:
            # "55 năm … (24/6/1967 - 24/6/2022)": history, then the anniversary's day, weaker than a day the
            # news tells (the article may be preparing for it)
            if d.year is not None and d.start >= span[0]:
                counts[d.year] += 2
            continue
        if d.day is None and d.month is not None and d.year is not None:
            # ("… dự kiến diễn ra vào tháng 1/2024": a month planned ahead is no evidence)
            if not _DEADLINE.search(text, max(0, d.start - 40), d.start) and not _PLANNED_MONTH.search(text, max(0, d.start - 50), d.start):
                for month_year in {d.year, d.end_year or d.year}:
                    month_years[month_year] += 1
            continue
        if d.day is not None and d.since and d.year is not None:
            since_years[d.year] += 1  # ("… hoạt động từ ngày 1/7/2025": when a state began, the era at least)
            continue
        if d.day is not None and not d.since and not _DEADLINE.search(text, max(0, d.start - 40), d.start):
            # a full date is the strongest evidence, unless it is a deadline or a plan
            # ("đưa vào sử dụng trước ngày 30-6-2025")
            for full_year in {d.year, d.end_year}:
                if full_year is not None:
                    counts[full_year] += 3
    # "Từ đầu tháng 10/2020, mưa lớn …" and no other year: the months the text names
    counts = counts or month_years or since_years or plans_only
    # "kỷ niệm 49 năm Quốc khánh (2/12/1975 - 2/12/2024)", "thắng lợi ngày 2/12/1975": the year
    # an anniversary counts from is history when the year it reaches is named too
    spans = {int(m.group(1)) for m in _YEARS_SPAN.finditer(text)}
    history = {y for y in counts if any(y + n in counts for n in spans)}
    if history and len(history) < len(counts):
        counts = Counter({y: c for y, c in counts.items() if y not in history})
    # "… đánh đổ chế độ diệt chủng ngày 7/1/1979" in a report of 2022: a day of history, a generation before
    recent = max((y for y in counts if y <= dt.date.today().year), default=None)
    if recent is not None and any(y < recent - 20 for y in counts):
        counts = Counter({y: c for y, c in counts.items() if y >= recent - 20})
    if counts:
        top = max(counts.values())
        year = _after_recalled(text, max(y for y, c in counts.items() if c == top))
        # "… nhân kỷ niệm 133 năm Ngày sinh Chủ tịch Hồ Chí Minh …; năm 2022, tăng trưởng kinh tế của tỉnh đạt
        # 8,3%": the year an anniversary reaches, just after every year named, is the news's (those are results)
        reached_year = _anniversary_year(text, occasion=True)
        if reached_year is not None and 0 < reached_year - max(counts) <= 2:
            return reached_year
        return year
    # "… kỷ niệm 70 năm thiết lập quan hệ ngoại giao (1953 - 2023)" and no other year: the year reached
    reached = [int(m.group("end")[-4:]) for m in _COMMEMORATED.finditer(text)] if "(" in text else []
    if reached:
        return max(reached)
    reached_year = _anniversary_year(text)
    if reached_year is not None:
        return reached_year
    # "lễ tiễn lưu học sinh … năm học 2021 - 2022" and no other year: a school year runs from August to
    # July, so a day told by its month falls in the first of its years or in the second
    school = _SCHOOL_YEAR.search(text)
    if school is not None:
        first = _first_month_told(text)
        if first is not None:
            return int(school.group(1)) if first.month >= 8 else int(school.group(2))  # type: ignore[operator]
    # "… đã ký Thỏa thuận hợp tác giai đoạn 2008 - 2012" and no other year: the first year of the latest
    # agreement's period (not a season's: "tổng kết mùa khô 2023 - 2024" is told after it)
    starts = [int(m.group(1)) for m in _PERIOD.finditer(text) if 1950 <= int(m.group(1)) <= dt.date.today().year
              and _AGREEMENT_PERIOD_BEFORE.search(text, max(0, m.start() - 80), m.start())]
    return max(starts) if starts else None


_DAY_OF_MONTH = re.compile(r"(?<![\d/])\d{1,2}\s*[/-]\s*\d{1,2}(?![\d])")


def _sentence_end(text: str, pos: int) -> int:
    end = text.find(".", pos)
    return len(text) if end < 0 else end


_ON_THE_OCCASION_OF = re.compile(r"(?<!\w)nhân\s+(?:dịp\s+)?(?:kỷ niệm|chào mừng)\s+$", re.IGNORECASE)


def _anniversary_year(text: str, occasion: bool = False) -> int | None:
    """ "kỷ niệm 80 năm Cách mạng Tháng Tám" ⇒ 2025: the year the first anniversary named reaches (with
    ``occasion``, one the news is told on, "từ ngày 17 đến 19/5 nhân kỷ niệm …", not "hướng tới kỷ niệm …")."""
    for m in _ANNIVERSARY.finditer(text):
        if occasion and not (_ON_THE_OCCASION_OF.search(text, max(0, m.start() - 30), m.start())
                             and _DAY_OF_MONTH.search(text, text.rfind(".", 0, m.start()) + 1, _sentence_end(text, m.end()))):
            continue  # (and its sentence tells a day: "… sang thăm … trong năm 2022, nhân dịp kỷ niệm …" is a plan)
        n = int(m.group(1))
        for rule, base in _ANNIV_RULES:
            if rule.match(m.group(2)):
                return base + n
    return None


# --- resolution ------------------------------------------------------------------

@dataclass(frozen=True)
class Anchor:
    published: dt.date | None
    year: int | None
    previous: str | None = None  # the last resolved event date, for "cùng ngày"
    # a digest's items, each under its own date line (offset in the text, day): "Sáng nay" in an
    # item is that item's day, not the page's
    item_days: tuple[tuple[int, dt.date], ...] = ()

    def at(self, pos: int) -> Anchor:
        """The anchor for text at ``pos``: told on the day of the item it stands in, if any."""
        k = bisect.bisect_right(self.item_days, (pos, dt.date.max)) - 1
        if k < 0 or self.item_days[k][1] == self.published:
            return self
        return Anchor(self.item_days[k][1], self.year, self.previous, self.item_days)


def _fmt(y: int | None, m: int | None, d: int | None) -> str | None:
    if y is None:
        return None
    if m is None:
        return f"{y:04d}"
    if d is None:
        return f"{y:04d}-{m:02d}"
    try:
        return dt.date(y, m, d).isoformat()
    except ValueError:
        return f"{y:04d}-{m:02d}"


def _year_for(m: int, d: int | None, anchor: Anchor, future_ok: bool) -> int | None:
    if anchor.published:
        y = anchor.published.year
        try:
            cand = dt.date(y, m, d or 1)
        except ValueError:
            return y
        # "ngày 28/12" in an article of 2 January is last year, unless it is planned.
        if not future_ok and (cand - anchor.published).days > 45:
            return y - 1
        if future_ok and (anchor.published - cand).days > 300:
            return y + 1
        return y
    return anchor.year


@lru_cache(maxsize=1)
def _lunar_calendar() -> dict[int, tuple[dt.date, dt.date]]:
    """Gregorian year → (its Tết, the first day of the Chạp before it)."""
    return {int(tet[:4]): (dt.date.fromisoformat(tet), dt.date.fromisoformat(chap)) for tet, chap in load_tsv("lunar_calendar.tsv")}


def _away(m: DateMention, anchor: Anchor) -> tuple[int, int, int | None] | None:
    """(year, month, day or None) of a day or month told by its distance from the article's date
    ("hôm kia", "thứ Năm vừa qua", "tháng trước") or by the lunar calendar ("mùng 4 Tết")."""
    rel = m.relative or ""
    pub = anchor.published
    if rel.startswith("lunar:"):
        _, month, day, named, _last = rel.split(":")
        table = _lunar_calendar()
        if named:
            year = int(named)
        elif pub is not None:  # the Tết nearest the article's date
            year = min((y for y in (pub.year - 1, pub.year, pub.year + 1) if y in table),
                       key=lambda y: abs((table[y][0] - pub).days), default=pub.year)
        elif anchor.year is not None:
            year = anchor.year
        else:
            return None
        if year not in table:
            return None
        tet, chap = table[year]
        when = (tet if month == "1" else chap) + dt.timedelta(days=int(day) - 1)
        return when.year, when.month, when.day
    if pub is None:
        return None
    if rel.startswith("month"):
        total = pub.year * 12 + pub.month - 1 + int(rel[5:])
        return total // 12, total % 12 + 1, None
    if rel.startswith("dom:"):  # "ngày 12 vừa qua": the last 12th on or before the article's day
        nth = int(rel[4:])
        for back in range(3):
            total = pub.year * 12 + pub.month - 1 - back
            y, mo = total // 12, total % 12 + 1
            if _valid(y, mo, nth) and dt.date(y, mo, nth) <= pub:
                return y, mo, nth
        return None
    if rel.startswith("days"):
        when = pub + dt.timedelta(days=int(rel[4:]))
    else:  # "wd:<weekday>:<last|recent|prevweek|thisweek|next|nextweek>[:<last weekday of a span>]"
        _, wd_text, how, *span = rel.split(":")
        wd = int(wd_text)
        if span and how in ("last", "recent"):
            wd = int(span[0])  # a span gone by ends on the last such day: count back from its end
        monday = pub - dt.timedelta(days=pub.weekday())
        when = {
            "last": pub - dt.timedelta(days=(pub.weekday() - wd) % 7 or 7),
            "recent": pub - dt.timedelta(days=(pub.weekday() - wd) % 7),
            "prevweek": monday - dt.timedelta(days=7 - wd),
            "next": pub + dt.timedelta(days=(wd - pub.weekday()) % 7 or 7),
            "nextweek": monday + dt.timedelta(days=7 + wd),
            "thisweek": monday + dt.timedelta(days=wd),  # "thứ Sáu tuần này": the Friday of the article's week
        }[how]
    return when.year, when.month, when.day


_AWAY_KINDS = ("days", "wd:", "month", "lunar:", "dom:")


# "Chiều qua (17/10)", "Sáng nay (22/3)", "ngày mai (12/3)": a day told from the story's own, with its date
_GLOSSED_RELATIVE = re.compile(
    r"(?<!\w)(?:(?:sáng|chiều|tối|trưa)\s+(?P<a>qua|nay)|(?P<b>hôm qua|hôm nay|ngày mai))\s*\(\s*(?:ngày\s+)?"
    r"(?P<d>\d{1,2})\s*[/-]\s*(?P<m>\d{1,2})(?:\s*[/-]\s*(?P<y>\d{4}))?\s*\)", re.IGNORECASE)


def story_day(text: str, year: int | None) -> dt.date | None:
    """The day a story with no date of its own was written, when it glosses a relative day with its date
    ("Chiều qua (17/10), …" is told on 18/10), in ``year`` unless the gloss gives one; else None."""
    m = _GLOSSED_RELATIVE.search(text)
    if m is None:
        return None
    y = int(m.group("y")) if m.group("y") else year
    if y is None or not _valid(y, int(m.group("m")), int(m.group("d"))):
        return None
    word = (m.group("a") or m.group("b")).lower()
    shift = {"qua": 1, "hôm qua": 1, "nay": 0, "hôm nay": 0, "ngày mai": -1}[word]
    return dt.date(y, int(m.group("m")), int(m.group("d"))) + dt.timedelta(days=shift)


def pin(m: DateMention, anchor: Anchor) -> DateMention:
    """A mention told by its distance from the article's date, as the plain date it stands for (when
    the anchor allows), so that later stages read it as if written out; any other mention as it is."""
    if not (m.relative and m.relative.startswith(_AWAY_KINDS)):
        return m
    ymd = _away(m, anchor)
    if ymd is None:
        return m
    if m.relative.startswith("wd:") and m.relative.count(":") == 3 and ymd[2] is not None:
        # "từ thứ Hai đến thứ Tư vừa qua" ("wd:0:last:2"): the span, counted back from its end when gone by
        _, first, how, last_wd = m.relative.split(":")
        day, length = dt.date(ymd[0], ymd[1], ymd[2]), dt.timedelta(days=int(last_wd) - int(first))
        start, end = (day - length, day) if how in ("last", "recent") else (day, day + length)
        return DateMention(m.start, m.end, start.day, start.month, start.year, end.day, end.month, end.year)
    last = m.relative.rsplit(":", 1)[1] if m.relative.startswith("lunar:") else ""
    if last and ymd[2] is not None:  # a span of lunar days: its last, as many days on
        end = dt.date(ymd[0], ymd[1], ymd[2]) + dt.timedelta(days=int(last) - int(m.relative.split(":")[2]))
        return DateMention(m.start, m.end, ymd[2], ymd[1], ymd[0], end.day, end.month, end.year)
    return DateMention(m.start, m.end, ymd[2], ymd[1], ymd[0])


def resolve(m: DateMention, anchor: Anchor, future_ok: bool = False) -> tuple[str | None, str | None]:
    """(date, end_date) as YYYY-MM-DD / YYYY-MM / YYYY strings, or None where unknown."""
    if m.relative and m.relative.startswith(_AWAY_KINDS):
        ymd = _away(m, anchor)
        return (_fmt(*ymd) if ymd else None), None
    if m.relative in ("today", "yesterday", "tomorrow") and m.day is None:
        if not anchor.published:  # (with the year the story gives, that year: "Hôm qua, …" in a review of 2024)
            return (str(anchor.year) if anchor.year else None), None
        delta = {"today": 0, "yesterday": -1, "tomorrow": 1}[m.relative]
        return (anchor.published + dt.timedelta(days=delta)).isoformat(), None
    if m.relative == "same_day":
        return anchor.previous, None
    if m.relative and m.relative.startswith("visit_"):  # "Ngày cuối của chuyến thăm": its announced range, as
        return anchor.previous, None  # the caller passes it (the visit's first or last day)
    if m.relative and m.relative.startswith("before:"):
        # "Tối hôm trước", "Trước đó một ngày": the day before the last one told; with none told, "hôm
        # trước" is the day before the article's
        if anchor.previous is not None and len(anchor.previous) == 10:
            day = dt.date.fromisoformat(anchor.previous) - dt.timedelta(days=int(m.relative[7:]))
            return day.isoformat(), None
        if m.relative == "before:1" and anchor.published:
            return (anchor.published - dt.timedelta(days=1)).isoformat(), None
        return (str(anchor.year) if anchor.year and not anchor.published else None), None
    if m.relative == "next_day":  # "Sáng hôm sau": the day after the last one told
        if anchor.previous is None or len(anchor.previous) != 10:
            return None, None
        return (dt.date.fromisoformat(anchor.previous) + dt.timedelta(days=1)).isoformat(), None
    if m.relative in ("last_week", "next_week", "this_week"):  # the calendar week before (after) the publication's, or
        if not anchor.published:  # its own ("đầu tuần này"): as precise as it allows (the story's year, if that is all)
            return (str(anchor.year) if anchor.year else None), None
        shift = {"last_week": 7, "next_week": -7, "this_week": 0}[m.relative]
        monday = anchor.published - dt.timedelta(days=anchor.published.weekday() + shift)
        sunday = monday + dt.timedelta(days=6)
        if (monday.year, monday.month) == (sunday.year, sunday.month):
            return monday.isoformat()[:7], None
        return (str(monday.year) if monday.year == sunday.year else None), None
    if m.day is None and m.month is None:
        if m.year is None and m.relative and m.relative.startswith("year"):  # "cuối năm ngoái"
            base = anchor.published.year if anchor.published else anchor.year
            return _fmt(base + int(m.relative[4:]) if base else None, None, None), None
        return _fmt(m.year, None, None), None
    if m.day is None:
        if m.relative and m.relative.startswith("year"):  # "tháng 11 năm ngoái"
            base = anchor.published.year if anchor.published else anchor.year
            return _fmt(base + int(m.relative[4:]) if base else None, m.month, None), None
        if m.relative == "upcoming" and anchor.published and m.month and not m.year:
            # "vào tháng 3 tới" in November: next year's March
            return _fmt(anchor.published.year + (m.month < anchor.published.month), m.month, None), None
        y = m.year or _year_for(m.month or 1, None, anchor, future_ok)
        if m.end_month is None:
            return _fmt(y, m.month, None), None
        ey = m.end_year or ((y + (m.end_month < (m.month or 1))) if y else None)
        return _fmt(y, m.month, None), _fmt(ey, m.end_month, None)
    y = m.year or (m.end_year if m.is_range else None) or _year_for(m.month or 1, m.day, anchor, future_ok)
    start = _fmt(y, m.month, m.day)
    if not m.is_range:
        return start, None
    ey = m.end_year or y
    if m.end_month is not None and m.month is not None and m.end_month < m.month and ey == y and not m.end_year:
        ey = (y or 0) + 1 if y else None
    return start, _fmt(ey, m.end_month, m.end_day)


def month_of(date: str | None) -> str | None:
    """YYYY-MM of a date string, or the string itself when coarser."""
    if date is None:
        return None
    return date[:7] if len(date) >= 7 else date


def parse_iso(s: str | None) -> dt.date | None:
    if not s:
        return None
    try:
        return dt.date.fromisoformat(s)
    except ValueError:
        return None
