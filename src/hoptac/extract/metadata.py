"""Title, publication date, byline and credited source: read from what cleaning set aside."""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from functools import lru_cache

from hoptac.clean.boilerplate import CLOSING_DATELINE, DAY_HEADING
from hoptac.extract.dates import ENGLISH_MONTH, ENGLISH_MONTHS, reference_year
from hoptac.model import CleanDocument

_DATE = re.compile(r"(?<!\d)(?<!\d:)(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4}|\d{2})(?!\d)")
_ISO_DATE = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")
_WORDED_DATE = re.compile(r"(\d{1,2})\s+(?:[Tt]háng|thg)\s+(\d{1,2})\s*(?:,|năm)?\s*(\d{4})")  # "12 Tháng 12 2024", "13 thg 1, 2023"
# a blog's month in words: "28 Tháng Mười, 2022"
_MONTH_WORDS = {"một": 1, "hai": 2, "ba": 3, "tư": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10,
                "mười một": 11, "mười hai": 12}
_MONTH_NAME = r"mười\s+một|mười\s+hai|một|hai|ba|tư|năm|sáu|bảy|tám|chín|mười"
_MONTH_IN_WORDS = re.compile(rf"(\d{{1,2}})\s+tháng\s+({_MONTH_NAME})\s*,?\s*(\d{{4}})",
                             re.IGNORECASE)
# (or the month first, as a blog's English template writes it: "Đăng ngày Tháng Tư 3, 2019")
_MONTH_FIRST_IN_WORDS = re.compile(
    rf"(?<!\w)tháng\s+({_MONTH_NAME})\s+(\d{{1,2}})\s*,\s*(\d{{4}})", re.IGNORECASE)
# a press release's date left in English: "21 October 2008", "Hanoi, 10 February 2026", "Press Release – 24 June 2020"
_ENGLISH_DATE = re.compile(rf"(?<!\w)(\d{{1,2}})\s+({ENGLISH_MONTH})\s*,?\s+(\d{{4}})(?!\w)", re.IGNORECASE)
_TIME_OF_DAY = re.compile(r"(?<!\d)\d{1,2}\s*[:h]\s*\d{2}(?!\d)")
_TODAY = re.compile(r"\W*hôm nay\b", re.IGNORECASE)
_PUBLISHED_LABEL = re.compile(r"\W*(?:ngày xuất bản|xuất bản|ngày đăng|đăng ngày|đăng lúc|cập nhật|(?:ngày )?phát sóng)", re.IGNORECASE)
# a broadcast's date anywhere on its page: "▶ Xem video  |  Phát sóng: 19h45, Thứ Năm 15/9/2022 trên kênh NTV",
# "Chương trình phát thanh tiếng Việt ngày thứ Tư, 22-5-2019 (buổi phát sáng, …)"
# "VOV1 - Thời sự 18h ngày 18/12/2024": a news programme's edition
_BROADCAST_DATE = re.compile(r"(?:phát sóng|chương trình phát thanh|(?:thời sự|bản tin|điểm tin)(?=[^\n]{0,25}?ngày\s+\d))"
                             r"[^\n\d]{0,60}?(?:\d{1,2}\s*(?:[:h]\s*\d{2}|h|giờ)[^\n\d]{0,30}?)?"
                             r"(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})", re.IGNORECASE)
# a dated path in the article's address: ".../doi-ngoai/2023/11/22/hoi-nghi-....html"
# "…/2023/11/22/…", or a time stamp closing the slug ("…-ngoai-giao-lao-20230914063512.htm")
_URL_DATE = re.compile(r"https?://\S*?(?:/(20\d{2})[/-](\d{1,2})[/-](\d{1,2})(?=[/-])|-(20\d{2})(\d{2})(\d{2})\d{4,6}\.html?\b)")
_WEEKDAY_NAME = re.compile(r"(?<!\w)(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|2|3|4|5|6|7)|chủ\s+nhật)(?!\w)", re.IGNORECASE)
_WEEKDAY_DATED = re.compile(_WEEKDAY_NAME.pattern + r",?\s*(?:ngày\s+)?\d{1,2}/\d{1,2}/\d{4}", re.IGNORECASE)
_NOT_A_HEADER = re.compile(r"related|teaser|comment|repeated|another article", re.IGNORECASE)
_IN_TEASERS = re.compile(r"related|teaser|comment", re.IGNORECASE)
_CREDIT = re.compile(r"^(?:theo|nguồn)\s*:?\s*(.+)$", re.IGNORECASE)


_UPDATED_LABEL = re.compile(r"\W*cập nhật", re.IGNORECASE)


def _rank_of_label(line: str, follows_a_date: bool) -> int:
    """0 "Ngày đăng: …", 1 "Cập nhật: …", 2 a date with no label, 3 an update stamped just under another date."""
    if _UPDATED_LABEL.match(line):
        return 3 if follows_a_date else 1
    return 0 if _PUBLISHED_LABEL.match(line) else 2


def published_date(doc: CleanDocument) -> dt.date | None:
    """The date of the first dateline (one that says it is the publication's first: a page's
    "Hôm nay: Thứ Hai, 02/12/2024" is not), or the corpus's own date for the document."""
    original = _original_date(doc)
    if original is not None:
        return original  # a re-posted article is dated by its first printing, not by the archive's page
    datelines = [r for r in doc.removed if r.reason == "dateline" and not _TODAY.match(r.text)]
    # stable: labelled ones first, then those with a time of day (a page's "today" has none:
    # "Thứ Sáu, 27/9/2024" above the headline, "Thứ Tư, 25/09/2024, 21:15 (GMT+7)" below it)
    # and, between two with a time, the one with no weekday: a page's clock in its header has one
    # ("Thứ năm, 12/10/2023 | 06:12" above the headline, "11/10/2023 20:45" under it)
    # and, between two alike, one under the headline: the page's clock comes above it ("Thứ Sáu, 17/03/2023 -
    # 06:12" over the masthead's menu, "Thứ Năm, 16/03/2023 - 21:40" under the headline)
    # and an update's stamp on the line just after the page's own date: "Thứ Bảy, 18/12/2010, 08:15", then "[ Cập
    # nhật lúc 19/12/2010 07:40 ]" (apart from it, under the headline, the stamp is the article's date)
    follows_a_date = {id(b) for a, b in zip(doc.removed, doc.removed[1:]) if a.reason == "dateline" and b.reason == "dateline"}
    # (and "Ngày đăng: 14/04/2011" before an archive's "Cập nhật lần cuối: 05/08/2019")
    datelines.sort(key=lambda r: (_rank_of_label(r.text, id(r) in follows_a_date), _TIME_OF_DAY.search(r.text) is None,
                                  _WEEKDAY_NAME.search(r.text) is not None, r.at == 0))
    for r in datelines:
        found = _dateline_date(r.text)
        if found is not None:
            return found
    if doc.published_hint:
        try:
            return dt.date.fromisoformat(doc.published_hint[:10])
        except ValueError:
            return None
    # a date with its time in a header line set aside for another reason ("Phon-xay (PTTH …) |
    # 10/04/2025 19:30 | Biên dịch: …"), not one of a teaser or a comment
    for r in doc.removed:
        # (or a page's clock among its menu, "Thứ Ba, 03/02/2026 | Đăng nhập", "Báo … Thứ Ba, 27/12/2022 | Chính trị …")
        if _NOT_A_HEADER.search(r.reason) or _TODAY.match(r.text) or not (
                _TIME_OF_DAY.search(r.text) or "lượt xem" in r.text.lower() or _WEEKDAY_DATED.search(r.text)):
            continue
        found = _dateline_date(r.text)
        if found is not None:
            return found
    # a page's header line with a bare date set aside at the top ("Đăng bởi: Admin | 14/05/2016", "Bản tin tiếng Việt
    # số 3/2008 - ngày 15/3/2008", "Đại sứ quán … | Tin hoạt động | 18/04/2008"): the one date there
    for r in doc.removed[:8]:
        if (r.reason == "navigation or extraction artefact" and r.at is not None and r.at < 200 and len(r.text) <= 120 and not _TODAY.match(r.text)
                and sum(len(m.group(3)) == 4 for m in (*_DATE.finditer(r.text), *_ENGLISH_DATE.finditer(r.text))) == 1):
            found = _dateline_date(r.text)
            if found is not None:
                return found
    # (an official letter's heading, set aside above its subject: the first lines removed)
    heading = [r.text for r in doc.removed[:6] if "\n" not in r.text]
    return _wire_dateline(doc.text) or _closing_date(doc.text, heading) or _url_date(doc) or _broadcast_date(doc)


_DAY_HEADING_LINE = re.compile(rf"^(?:{DAY_HEADING.pattern})$", re.IGNORECASE | re.MULTILINE)


def item_days(doc: CleanDocument) -> tuple[tuple[int, dt.date], ...]:
    """A digest's date lines in its body, by offset: a page that lists several items, each under
    its own day ("Thứ Hai, 14/11/2022", then "Sáng nay, …"), tells each item's relative days from
    that day. An ordinary article has one dateline or two (and gets none here)."""
    days = [(r.at, _dateline_date(r.text)) for r in doc.removed if r.reason == "dateline" and r.at]
    # (or kept in the body as the heads of its days: "Thứ Ba, ngày 20/3/2012" over a paragraph)
    days += [(m.start(), _dateline_date(m.group())) for m in _DAY_HEADING_LINE.finditer(doc.text)]
    found = tuple(sorted((at, day) for at, day in days if at is not None and day is not None))
    return found if len(found) >= 3 and len({day for _, day in found}) >= 2 else ()


def _closing_date(text: str, heading: Iterable[str] = ()) -> dt.date | None:
    """The date a communiqué or a press release was issued, on its own line near its foot ("Hà Nội, ngày 08 tháng 4
    năm 2025", then the issuer), or in an official letter's heading, beside its number ("Số: 1127/BC-UBND      Quảng
    Trị, ngày 29 tháng 3 năm 2019")."""
    lines = text.rstrip().split("\n")
    for line in lines[-4:] + lines[:8] + list(heading):
        issued = _WIDE_GAP.split(line.strip())[-1]
        m = CLOSING_DATELINE.match(issued)
        if m is not None and not any(c.isalnum() for c in issued[m.end() :]):
            return _dateline_date(m.group())
    return None


_WIDE_GAP = re.compile(r"\s{3,}")


def _broadcast_date(doc: CleanDocument) -> dt.date | None:
    texts = [doc.text, *(r.text for r in doc.removed if not _IN_TEASERS.search(r.reason))]
    return _first_date(texts, _BROADCAST_DATE, (3, 2, 1))


def _first_date(texts: list[str], pattern: re.Pattern[str], groups: tuple[int, int, int]) -> dt.date | None:
    """The first valid date ``pattern`` finds in ``texts``, its year, month and day in ``groups``."""
    for text in texts:
        m = pattern.search(text)
        if m and all(m.group(g) for g in groups):
            y, mo, d = (int(m.group(g)) for g in groups)
            try:
                return dt.date(_gregorian(y), mo, d)  # ("… thứ Năm ngày 16/11/2566": a Buddhist-era year)
            except ValueError:
                continue
    return None


# an editors' note over a re-posted article: "Bài viết dưới đây đăng trên báo Nhân Dân số ra ngày 12-5-2009, nay được
# số hóa và đăng lại …", "(Bài đăng trên Báo X ngày 22/12/2012. Đăng lại …)", "Đăng lại ngày 05/06/2018 (bài gốc đăng
# ngày 07/6/2013)", "Ngày đăng bài gốc: 27/10/2005"
_REPOSTED = re.compile(r"đăng lại|giới thiệu lại|bài gốc|bài cũ|đăng lần đầu|số hóa|số hoá", re.IGNORECASE)
_FIRST_PRINTED = re.compile(
    r"(?:(?<!lại )đăng (?:lần đầu |trên [^\n,.;()]{2,60}?\s+)?(?:(?:số ra|số báo in|số in)\s+)?|bài (?:viết )?gốc(?: đăng)?\s*|"
    r"(?:số ra|số báo in|số in)\s+)(?:ngày|:)\s*:?\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})",
    re.IGNORECASE)


def _original_date(doc: CleanDocument) -> dt.date | None:
    """The date a re-posted article was first printed, as the editors' note over it gives it."""
    for r in doc.removed:
        if _IN_TEASERS.search(r.reason) or not _REPOSTED.search(r.text):
            continue
        m = _FIRST_PRINTED.search(r.text)
        if m:
            try:
                return dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
            except ValueError:
                continue
    return None


def _dateline_date(line: str) -> dt.date | None:
    # (``_DATE`` starts at no minutes of a time: "09:45 - 22/09/2022" is 22/09, not "45 - 22/09")
    try:
        m = _ISO_DATE.search(line)
        if m:
            return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        m = _DATE.search(line) or _WORDED_DATE.search(line)
        if m:
            return dt.date(_gregorian(int(m.group(3))), int(m.group(2)), int(m.group(1)))
        m = _MONTH_IN_WORDS.search(line)
        if m:
            return dt.date(int(m.group(3)), _MONTH_WORDS[" ".join(m.group(2).lower().split())], int(m.group(1)))
        m = _MONTH_FIRST_IN_WORDS.search(line)
        if m:
            return dt.date(int(m.group(3)), _MONTH_WORDS[" ".join(m.group(1).lower().split())], int(m.group(2)))
        m = _ENGLISH_DATE.search(line)
        if m:
            return dt.date(int(m.group(3)), ENGLISH_MONTHS[m.group(2).lower()], int(m.group(1)))
    except ValueError:
        return None
    return None


def _gregorian(year: int) -> int:
    """ "23/5/24" is 2024; "29/11/2566" in a Lao or Cambodian dateline is the Buddhist era, 543 years ahead."""
    return 2000 + year if year < 100 else year - 543 if year >= 2400 else year


def _url_date(doc: CleanDocument) -> dt.date | None:
    """The date in the article's own address ("Đường dẫn bài viết: https://…/2023/11/22/…")."""
    texts = [doc.url or "", *(r.text for r in doc.removed if "://" in r.text)]
    return _first_date(texts, _URL_DATE, (1, 2, 3)) or _first_date(texts, _URL_DATE, (4, 5, 6))


# A news agency's dateline opening the lead: "Phnôm Pênh, ngày 8/11/2024 (AKP) --",
# "Viêng Chăn, 5/9/2023 (TTXVN) -", "Xiêm Riệp, ngày 12/12/2024 –". The place before it and
# the dash after it tell it from an event's date ("Ngày 8/11/2024, tại …").
_WIRE_DATELINE = re.compile(
    # ("Phnôm Pênh (TTXVN) 21/3 -": the agency's tag before the date)
    # ("Viêng Chăn 29/7/2009 (TTXVN) -": no comma, where a full date and the agency's tag follow)
    r"^[^\W\d_][\w .'’-]{1,30}?(?:,|\s*(?P<tag>\([^()\n]{2,30}\))\s*,?|\s+(?=\d{1,2}/\d{1,2}/\d{4}\s*\([^()\n]{2,30}\)\s*[-–—]))"
    r"\s*(?:ngày\s+)?(?P<d>\d{1,2})\s*[/.-]\s*(?P<m>\d{1,2})"
    # (the dash on the same line: not a list's "- 9h00: …" under a programme's day "Thứ Ba, ngày 07/11/2023")
    r"(?:\s*[/.-]\s*(?P<y>\d{4})[ \t]*(?:\([^()\n]{2,30}\)[ \t]*)?|[ \t]*\([^()\n]{2,30}\)[ \t]*|(?(tag)[ \t]*|(?!)))[-–—]",  # no year: an agency's tag
    re.IGNORECASE | re.MULTILINE,
)


# "XIÊM RIỆP, 26-10 - Theo phóng viên …": a daily's dateline, its place in capitals, no year, no tag
_CAPITALS_DATELINE = re.compile(r"^[^\W\d_][^\n,]{1,30},\s*(?P<d>\d{1,2})\s*[/.-]\s*(?P<m>\d{1,2})(?P<y>)\s+[-–—]\s", re.MULTILINE)
# "(KPL) Ngày 23/8/2023 - Chiều hôm qua, …": the agency's tag gone, a full date then a dash opens the lead
# "Viêng Chăn, 9/1/2022 (TTXVN/Vietnam+)" on a line of its own above the lead
_LINE_DATELINE = re.compile(r"^[^\W\d_][\w .'’-]{1,30}?,\s*(?:ngày\s+)?(?P<d>\d{1,2})\s*[/.-]\s*(?P<m>\d{1,2})\s*[/.-]\s*"
                            r"(?P<y>\d{4})\s*\([^()\n]{2,30}\)[ \t]*$", re.MULTILINE)
_DAY_DATELINE = re.compile(r"^Ngày\s+(?P<d>\d{1,2})\s*/\s*(?P<m>\d{1,2})\s*/\s*(?P<y>\d{4})\s+[-–—]\s+(?=[A-ZĐÀ-Ỹ])", re.MULTILINE)
# "Hà Nội, 5-12 - Sáng nay, …": a daily's dateline with its place in capitalised words, no year, no tag
_TITLED_PLACE_DATELINE = re.compile(r"^[A-ZĐ][\w'’-]*(?: [A-ZĐ][\w'’-]*){0,3}, (?P<d>\d{1,2})\s*[/-]\s*(?P<m>\d{1,2})(?P<y>) [-–—] (?=[A-ZĐÀ-Ỹ])",
                                    re.MULTILINE)
# "Viêng Chăn, ngày 22 tháng 12 năm 2016 (Phật lịch 2559) -": the date in words, the same dash after it
_WORDED_WIRE_DATELINE = re.compile(r"^[^\W\d_][\w .'’-]{1,30}?,\s*ngày\s+(?P<d>\d{1,2})\s+tháng\s+(?P<m>\d{1,2})\s+năm\s+"
                                   r"(?P<y>\d{4})[ \t]*(?:\([^()\n]{2,30}\)[ \t]*)?[-–—]", re.MULTILINE)

# "Viêng Chăn, 22 November 2016 – Theo …": the same, its date left in English
_ENGLISH_WIRE_DATELINE = re.compile(rf"^[^\W\d_][\w .'’-]{{1,30}}?,\s*(?P<d>\d{{1,2}})\s+(?P<m>{ENGLISH_MONTH})\s+(?P<y>\d{{4}})"
                                    r"[ \t]*(?:\([^()\n]{2,30}\)[ \t]*)?[-–—]", re.IGNORECASE | re.MULTILINE)


@lru_cache(maxsize=8)  # read for the publication date and again by the events of the same text
def _wire_dateline_match(text: str) -> re.Match[str] | None:
    head_end = len("\n\n".join(text.split("\n\n", 4)[:4]))  # the title, the lead (and two lines kept above them)
    m = _WIRE_DATELINE.search(text, 0, head_end)
    if m is None:
        m = _CAPITALS_DATELINE.search(text, 0, head_end)
        if m is not None and not text[m.start() : text.index(",", m.start())].isupper():
            m = None
    if m is None:
        m = (_DAY_DATELINE.search(text, 0, head_end) or _LINE_DATELINE.search(text, 0, head_end)
             or _WORDED_WIRE_DATELINE.search(text, 0, head_end) or _TITLED_PLACE_DATELINE.search(text, 0, head_end)
             or _ENGLISH_WIRE_DATELINE.search(text, 0, head_end))
    return m


def wire_dateline_span(text: str) -> tuple[int, int] | None:
    """Where a news agency's dateline opens the lead, if one does."""
    m = _wire_dateline_match(text)
    return m.span() if m else None


def filed_on(text: str, published: dt.date) -> dt.date | None:
    """The day a news agency's dateline says the report was filed ("HÀ NỘI, 22-11 -" on a page of
    23-11-2004), in the days just before the page's date."""
    filed = _wire_dateline(text, published.year)
    return filed if filed is not None and 0 < (published - filed).days <= 2 else None


def _wire_dateline(text: str, year_known: int | None = None) -> dt.date | None:
    m = _wire_dateline_match(text)
    if m is None:
        return None
    # "Viêng Chăn, 16/1 (TTXVN) -": the year is the one the body's own dates give
    year = _gregorian(int(m.group("y"))) if m.group("y") else (year_known or reference_year(text[m.end() :]))
    if year is None:
        return None
    try:
        month = m.group("m")
        return dt.date(year, int(month) if month.isdigit() else ENGLISH_MONTHS[month.lower()], int(m.group("d")))
    except ValueError:
        return None


def byline(doc: CleanDocument) -> str | None:
    for r in doc.removed:
        if r.reason == "byline":
            return r.text
    return None


def credited_source(doc: CleanDocument) -> str | None:
    """ "Theo TTXVN" at the end, else the outlet tag that opens the lead: "(TTXVN) -"."""
    for r in doc.removed:
        if r.reason == "credited source":
            m = _CREDIT.match(r.text)
            return (m.group(1) if m else r.text).strip()
    for r in doc.removed:
        if r.reason == "outlet tag":
            return r.text.strip(" ()-–—")
    return None
