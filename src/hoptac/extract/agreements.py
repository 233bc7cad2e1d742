"""Cooperation agreements: name as written, period, parties, status.

The same agreement named twice in one article ("Thỏa thuận hợp tác giai đoạn
2021–2025" in three sentences) is one record; the first sentence is its evidence.
"""
from __future__ import annotations

import bisect
import re
from functools import cache

from hoptac.clean.normalize import document_key
from hoptac.extract.dates import spelled_number
from hoptac.extract.phrases import PhraseSet
from hoptac.lexicons import load_lines
from hoptac.model import Agreement, Evidence

# patterns used in loops, compiled once
_WINDOW_STOP = re.compile(r"[;.]|\bđồng thời\b")
_NAMED_BEFORE = re.compile(r"\s*(?:vừa (?:được )?ký(?: kết)?|nói trên|này|đó)\s*,")
_WITHIN_YEARS = re.compile(r"trong (?:năm|các năm|những năm)\s*$")

_PERIOD = re.compile(
    # ("giai đoạn 2016–20", "2012÷2014": a period's end in two digits, or after a division sign)
    r"(?:giai đoạn|thời kỳ|từ năm|từ|nhiệm kỳ)?\s*(?:\d+\s+năm\s+(?:từ\s+)?)?(?P<a>(?:19|20)\d{2})\s*(?:[-–—÷]|đến|tới)\s*(?:hết\s+)?(?:năm\s+)?"
    r"(?P<b>(?:19|20)\d{2}|\d{2}(?!\d)(?!\s*[^\W\d_]))",
    re.IGNORECASE,
)
# (not when something is held: "… trình Kỳ họp lần thứ 47 dự kiến tổ chức vào đầu năm 2025")
_ONE_YEAR = re.compile(r"(?<!trong )(?<!vào )(?<!vào đầu )(?<!vào cuối )(?<!vào giữa )(?<!ký )(?<!kết )"  # (not "ký năm 2019": when signed)
                       r"(?:cho |của )?năm\s+(?P<y>(?:19|20)\d{2})(?!\s*[-–])",
                       re.IGNORECASE)
_REST_OF_YEAR = re.compile(r"(?:cho|trong) (?:những |các )?(?:tháng|\d+ tháng) (?:cuối|đầu) năm(?!\s*\d)", re.IGNORECASE)
_PARTIES = re.compile(r"giữa\s+(?P<a>[^,;.]{3,120}?)\s+(?:và|với)\s+(?P<b>[^,;.]{3,120}?)(?=\s+(?:giai đoạn|năm|từ|trong|đã|sẽ|được|tại|nhằm)|[,;.]|$)", re.IGNORECASE)
_TO_SIGN = re.compile(r"(?:sẽ|chuẩn bị|dự kiến|tiến tới|tiếp tục|thống nhất)[^.;]{0,40}\bký", re.IGNORECASE)
_SIGNED = re.compile(r"(?:đã|vừa|cùng)\s+(?:cùng\s+)?ký|ký kết|lễ ký|được ký", re.IGNORECASE)
_REVIEWED = re.compile(r"đánh giá|sơ kết|tổng kết|kiểm điểm|nhìn lại|kết quả thực hiện|rà soát", re.IGNORECASE)
_IN_FORCE = re.compile(r"triển khai|thực hiện|trên tinh thần|theo", re.IGNORECASE)


@cache
def _cue_re() -> PhraseSet:
    return PhraseSet.compile("|".join(load_lines("agreement_cues.tsv")), re.IGNORECASE)


def find_agreements(text: str, sentences: list[tuple[int, int]], reference_year: int | None) -> list[Agreement]:
    out: dict[tuple[int, int], Agreement] = {}
    last: tuple[int, int] | None = None  # the period of the agreement named last
    doc_key = document_key(text)
    cues = [m.span() for m in _cue_re().finditer(doc_key)]  # once per document
    starts = [a for a, _ in cues]
    unperiodic: tuple[str, list[str], str | None, int] | None = None  # a document named without its years, and where
    for s_index, (s_start, s_end) in enumerate(sentences):
        i = bisect.bisect_left(starts, s_start)
        if i == len(cues) or cues[i][0] >= s_end:
            if last is not None:
                _add_later_renewal(out, last, text, doc_key, s_start, s_end)
            if unperiodic is not None and s_index - unperiodic[3] <= 2:
                # "… đã ký Thỏa thuận phát triển dự án (PDA) …. Thời hạn khai thác là 30 năm, từ năm 2019 đến năm 2048."
                term = _TERM_TOLD.search(doc_key, s_start, s_end)
                years = _period(doc_key[term.start() : s_end], reference_year) if term else None
                if years is not None and years not in out:
                    name, parties, status, _ = unperiodic
                    out[years] = Agreement(name, years[0], years[1], parties, status,
                                           Evidence("", s_start, s_end, text[s_start:s_end]))
                    unperiodic = None
            continue
        sent = text[s_start:s_end]
        low = doc_key[s_start:s_end]
        for a, b in cues[i : bisect.bisect_left(starts, s_end)]:
            if b > s_end:
                break
            c_start, c_end = a - s_start, b - s_start  # the cue, in the sentence
            window = low[c_end : c_end + 160]
            if window.lstrip().startswith(",") or _NAMED_BEFORE.match(window):
                # ("Theo Biên bản ghi nhớ vừa ký, chương trình Gặp gỡ năm 2025 …": the one just told, and its year is not)
                # "Theo thỏa thuận, năm 2019 ngày hội …": the name ends at the comma, and no year after it is its own
                window = ""
            stop = _WINDOW_STOP.search(window)
            if stop:
                window = window[: stop.start()]
            nxt = _cue_re().search(window)
            if nxt:
                window = window[: nxt.start()]
            years = _period(window, reference_year)
            if years is None and not _ANY_YEAR.search(window):
                years = _period_before(low, c_start, cues, s_start)
            if years is None:
                if _SIGNED.search(low, max(0, c_start - 40), c_start + 1):
                    unperiodic = (sent[c_start:c_end + len(window)].strip(" ,"), _parties(sent[c_start : c_end + len(window)]),
                                  _status(low, c_start), s_index)
                continue
            name = sent[c_start : c_end + _name_end(window)].strip(" ,")
            status = _status(low, c_start)
            parties = _parties(sent[c_start : c_end + len(window)])
            evidence = Evidence("", s_start, s_end, sent)
            renewed = _renewal(low, c_start, window[_name_end(window) :], years)
            if renewed is not None and renewed not in out:
                agreed = _TO_RENEW.search(low, max(0, c_start - 60), c_start) is not None
                out[renewed] = Agreement(name, renewed[0], renewed[1], parties, "to_sign" if agreed else "signed", evidence)
            key = last = years
            if key in out:
                if status and out[key].status != status and status == "signed":
                    out[key].status = status
                continue
            out[key] = Agreement(name, years[0], years[1], parties, status, evidence)
        if last is not None:
            _add_later_renewal(out, last, text, doc_key, s_start, s_end)
    return list(out.values())


def _name_end(window: str) -> int:
    m = _PERIOD.search(window) or _ONE_YEAR.search(window)
    return m.end() if m else 0


_ANY_YEAR = re.compile(r"(?:19|20)\d{2}")
_TERM_TOLD = re.compile(r"(?<!\w)(?:thời hạn|hiệu lực|áp dụng cho|có giá trị)(?=[^.;]{0,40}?(?:19|20)\d{2})", re.IGNORECASE)
_TO_RENEW = re.compile(r"(?:sẽ|nhất trí|thống nhất|đề nghị|dự kiến)[^.;]{0,20}gia hạn")
_RENEW_BEFORE = re.compile(r"(?:gia hạn|kéo dài)(?:\s+(?:hiệu lực|thời hạn)(?:\s+của)?)?\s*$")
# what follows the agreement's name: "thêm 5 năm, đến hết năm 2028", "được gia hạn đến năm 2030"
_RENEWED_TO = re.compile(
    r"^(?:[^.;]{0,50}?\b(?:gia hạn|kéo dài(?:\s+(?:hiệu lực|thời hạn))?)\s+)?[\s,]*(?:thêm\s+(?P<n>\d{1,2}|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+năm)?[\s,]*"
    r"(?:(?:đến|tới)\s+(?:hết\s+)?(?:năm\s+)?(?P<y>(?:19|20)\d{2}))?"
)


_NUMBER_WORDS = {w: i for i, w in enumerate("một hai ba bốn năm sáu bảy tám chín mười".split(), start=1)}


def _count(n: str) -> int:
    """ "5", "hai": a small count written in digits or in words."""
    return int(n) if n.isdigit() else _NUMBER_WORDS[n.lower()]


def _renewal(low: str, c_start: int, rest: str, years: tuple[int, int]) -> tuple[int, int] | None:
    """ "gia hạn Thỏa thuận … giai đoạn 2019 - 2023 thêm 5 năm, đến hết năm 2028": the years the
    renewal adds, a period of its own (``rest``: the words after the agreement's name)."""
    m = _RENEWED_TO.match(rest)
    if m is None or not (m.group("n") or m.group("y")):
        return None
    if "gia hạn" not in m.group(0) and "kéo dài" not in m.group(0) and not _RENEW_BEFORE.search(low, max(0, c_start - 40), c_start):
        return None
    end = int(m.group("y")) if m.group("y") else years[1] + _count(m.group("n"))
    return (years[1] + 1, end) if years[1] < end <= years[1] + 15 else None


# "Theo Phụ lục, thời hạn thực hiện hợp đồng được gia hạn thêm 5 năm, đến hết năm 2029": a renewal of
# the agreement named last, told in a sentence of its own
_RENEWED_ALONE = re.compile(
    r"(?:thời hạn|hiệu lực)(?:\s+thực hiện)?(?:\s+(?:của\s+)?(?:hợp đồng|thỏa thuận|thoả thuận|bản ghi nhớ|biên bản"
    r"|kế hoạch|chương trình|văn bản)(?:\s+này)?)?\s+(?:sẽ\s+)?(?:được\s+)?gia hạn"
    r"|(?:được\s+)?kéo dài\s+(?:hiệu lực|thời hạn)",  # ("… 2015 - 2017; nay được kéo dài hiệu lực đến hết năm 2020")
    re.IGNORECASE,
)


def _add_later_renewal(
    out: dict[tuple[int, int], Agreement], last: tuple[int, int], text: str, doc_key: str, s_start: int, s_end: int
) -> None:
    m = _RENEWED_ALONE.search(doc_key, s_start, s_end)
    if m is None:
        return
    low = doc_key[s_start:s_end]
    rest = _WINDOW_STOP.split(low[m.start() - s_start :], 1)[0]
    renewed = _renewal(low, m.start() - s_start, rest, last)
    if renewed is None or renewed in out:
        return
    agreed = _TO_RENEW.search(low) is not None
    out[renewed] = Agreement(out[last].name, renewed[0], renewed[1], list(out[last].parties),
                             "to_sign" if agreed else "signed", Evidence("", s_start, s_end, text[s_start:s_end]))


_YEAR_WORDS = r"(?:không|một|mốt|hai|ba|bốn|tư|năm|lăm|sáu|bảy|tám|chín|mười|mươi|trăm|nghìn|ngàn|linh|lẻ)"
# "năm hai nghìn không trăm hai mươi ba": a year written out, as legal texts quote it
_SPELLED_YEAR = re.compile(rf"(?<=năm )(?:một|hai) (?:nghìn|ngàn)(?: {_YEAR_WORDS}){{1,6}}")
# "có thời hạn ba năm, kể từ năm 2023", "hiệu lực trong thời hạn năm (05) năm, kể từ ngày 01/01/2023": a term
_TERM = re.compile(
    r"thời hạn\s+(?:là\s+)?(?P<n>\d{1,2}|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)(?:\s*\(\s*\d{1,2}\s*\))?\s+năm\s*,?\s*"
    r"(?:kể\s+)?từ\s+(?:ngày\s+\d{1,2}(?:\s*[/.-]\s*\d{1,2}\s*[/.-]\s*|\s+tháng\s+\d{1,2}\s+năm\s+)|năm\s+)?(?P<y>(?:19|20)\d{2})"
)


_FROM_SIGNING = re.compile(r"(?:kể\s+)?từ\s+(?:ngày|khi)\s+ký(?:\s+kết)?\s*(?:đến|tới)\s+(?:hết\s+)?(?:năm\s+)?(?P<y>(?:19|20)\d{2})")
_TWO_YEARS = re.compile(r"(?<!\w)(?:hai|2)\s+năm\s+(?P<a>(?:19|20)\d{2})\s+và\s+(?:năm\s+)?(?P<b>(?:19|20)\d{2})")


def _full_year(first: int, last: str) -> int:
    """ "2016–20": the end of a period written in two digits, in the century of its start."""
    if len(last) == 4:
        return int(last)
    year = first // 100 * 100 + int(last)
    return year if year >= first else year + 100


_SCHOOL_YEAR = re.compile(r"(?:năm học|niên học|niên khóa|niên khoá)\s*$", re.IGNORECASE)


def _with_years_in_digits(window: str) -> str:
    """Years written out replaced by their digits, padded to the same length (offsets stay)."""
    def digits(m: re.Match[str]) -> str:
        n = spelled_number(m.group(0))
        return str(n).ljust(len(m.group(0))) if n is not None and 1900 <= n <= 2100 else m.group(0)
    return _SPELLED_YEAR.sub(digits, window) if "nghìn" in window or "ngàn" in window else window


def _period(window: str, reference_year: int | None) -> tuple[int, int] | None:
    window = _with_years_in_digits(window)
    term = _TERM.search(window)
    told = _PERIOD.search(window, term.start("y")) if term else None
    if term and (told is None or told.start("a") != term.start("y")):  # ("30 năm, từ năm 2023 đến năm 2053": as told)
        n = _count(term.group("n"))
        if 1 <= n <= 99:  # (a land lease or a concession runs 50 or 70 years)
            return int(term.group("y")), int(term.group("y")) + n - 1
    if term and told is not None and int(told.group("b")) - int(told.group("a")) in (_count(term.group("n")), _count(term.group("n")) - 1):
        return int(told.group("a")), int(told.group("b"))  # "thời hạn 50 năm, từ năm 2007 đến năm 2057": a lease, as told twice
    signed_to = _FROM_SIGNING.search(window)
    if signed_to and reference_year and reference_year <= int(signed_to.group("y")) <= reference_year + 15:
        return reference_year, int(signed_to.group("y"))  # "có hiệu lực kể từ ngày ký đến hết năm 2030"
    two = _TWO_YEARS.search(window)
    if two and int(two.group("b")) == int(two.group("a")) + 1:
        return int(two.group("a")), int(two.group("b"))  # "Kế hoạch hoạt động cho hai năm 2009 và 2010"
    first = _ANY_YEAR.search(window)
    if first and _WITHIN_YEARS.search(window[: first.start()]):
        return None  # "thực hiện thỏa thuận … trong năm 2019": when it was carried out, not its period
    m = _PERIOD.search(window)
    if m and _SCHOOL_YEAR.search(window, 0, m.start("a")):
        m = None  # "Hiệp định …, năm học 2020 - 2021": the school year it speaks of, not its own period
    one = _ONE_YEAR.search(window)
    if m and (one is None or m.start("a") <= one.start("y")):
        a, b = int(m.group("a")), _full_year(int(m.group("a")), m.group("b"))
        if a <= b <= a + 30:  # a power purchase contract runs 25 years; a history "1977 - 2027" is no period
            return a, b
    m = one
    if m:
        y = int(m.group("y"))
        if reference_year is None or abs(y - reference_year) <= 1:
            return y, y
        return None
    if reference_year and _REST_OF_YEAR.search(window):
        return reference_year, reference_year
    return None


# "trong giai đoạn 2013 - 2017, hai Văn phòng đã thực hiện tốt Thỏa thuận hợp tác": the period told first
_PERIOD_OPENING = re.compile(
    r"(?:^|[,;:]\s*)(?:trong|qua)\s+giai đoạn\s+(?P<a>(?:19|20)\d{2})\s*[-–—]\s*(?P<b>(?:19|20)\d{2})\s*,(?P<rest>[^,;:]{0,100})$"
)


def _period_before(low: str, c_start: int, cues: list[tuple[int, int]], s_start: int) -> tuple[int, int] | None:
    """The period that opens the clause before an agreement named with no period of its own,
    when no other agreement is named between them."""
    m = _PERIOD_OPENING.search(low, max(0, c_start - 160), c_start)
    if m is None or any(m.end("b") <= a - s_start < c_start for a, _ in cues):
        return None
    a, b = int(m.group("a")), int(m.group("b"))
    return (a, b) if a <= b <= a + 30 else None


def _status(low: str, at: int) -> str | None:
    before = low[max(0, at - 80) : at]
    if _TO_SIGN.search(before):
        return "to_sign"
    if _SIGNED.search(before) or _SIGNED.search(low[at : at + 60]):
        return "signed"
    if _REVIEWED.search(before):
        return "reviewed"
    if _IN_FORCE.search(before):
        return "in_force"
    return None


def _parties(segment: str) -> list[str]:
    m = _PARTIES.search(segment)
    if not m:
        return []
    return [m.group("a").strip(), m.group("b").strip()]
