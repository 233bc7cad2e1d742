"""Events: talks, receptions, visits, signings, calls, conferences.

Reads sentence by sentence (clauses split at ";"), in two passes:

1. every clause with an event cue gives *mentions*: a type, the date the
   clause itself states, the people it names, and whether it only refers back
   to an event ("Tại hội đàm, …", "nhân dịp Hội nghị …");
2. mentions with their own date become events; the rest merge into an event of
   the same type they share people with, or take their date from the event they
   name ("ký Biên bản hội đàm" → the talks), from the sentence before, or from
   the visit they happen during (month precision, since the day is unknown).

"X; Y; Z đã tiếp đoàn" and "lần lượt chào xã giao A và B" are one reception per
host. "Đoàn", "hai bên", "hai Bộ trưởng" stand for the article's principal
pair: the head of the visiting delegation and the host who invited it.
"""
from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from hoptac.clean.boilerplate import PROGRAMME_ITEM
from hoptac.clean.normalize import CAPITAL_LETTERS, document_key, document_shadow, shadow
from hoptac.extract.dates import (
    YEAR_SHIFT,
    Anchor,
    DateMention,
    find_dates,
    month_of,
    pin,
    resolve,
    year_frames,
)
from hoptac.extract.metadata import wire_dateline_span
from hoptac.extract.people import Mention, compound_words, country_named, organisation_of, place_country
from hoptac.extract.phrases import PhraseSet, find_all
from hoptac.lexicons import gazetteer, load_lines, load_tsv
from hoptac.model import Event, Evidence, Participant
from hoptac.resolve.keys import compact

# any capital letter ("tiếp Ẩm Chum Tiêu …"), case-sensitive inside the case-insensitive cues
_CAPITAL_CLASS = "(?-i:[" + "".join(c for c in map(chr, range(0x41, 0x1F00)) if c.isupper() and c.isalpha()) + "])"

# patterns used in loops, compiled once
_SEMICOLON = re.compile(";")
_ON_THIS_OCCASION = re.compile(r"\W*(?:cũng\s+)?(?:nhân|trong)?\s*dịp này\s*,", re.IGNORECASE)
_NEXT_ACT_BEFORE = re.compile(r"(?:(?<!\w)và|sau đó|rồi|tiếp đó)\s*,?\s+(?:đến\s+|đi\s+|tới\s+)?$", re.IGNORECASE)
_LED_TO_ATTEND = re.compile(r"dẫn đầu\s+đoàn[^.;,]{0,100}?\s(?:sang|đến|tới)\s+(?:tham\s+)?dự\s+$", re.IGNORECASE)
_DAY_ONLY_BEFORE = re.compile(r"\W*(?:(?:sáng|chiều|tối|trưa)\s+)?(?:ngày\s+)?\d{1,2}\s*[/-]\s*\d{1,2}(?:\s*[/-]\s*\d{4})?\s*,?\s*", re.IGNORECASE)
_NAMED_SUBJECT = re.compile(r"(?-i:[A-ZĐ])\w*\s+(?:dự|tham dự|chủ trì|đồng chủ trì)\s+$")
_SIGNERS_NAMED = re.compile(r"(?<!\w)(?:ký kết là|ký thay mặt|người ký (?:về )?phía|người ký (?:văn bản )?là|thay mặt hai bên ký|đại diện (?:hai bên|hai đơn vị) ký|ký văn bản là)(?!\w)", re.IGNORECASE)
# a title and its country right after a meeting verb, with no name after them
_TITLED_GUEST = re.compile(
    # ("hội kiến Tổng Bí thư, Chủ tịch nước Lào": a chain of titles, the last with the country)
    r"\s+(?:trọng thể\s+|thân mật\s+)?(?P<t>[^\W\d][^,.;:()]{2,60}?(?:,\s+[^\W\d][^,.;:()]{2,40}?)?\s(?:Việt Nam|Lào|Campuchia))"
    r"(?=\s+(?:và|tại|cùng|đang|nhân)\s|\s*[,.;]|\s*$)"
)
# ("… thăm hữu nghị … từ ngày 20 đến 22/12, nhằm tổng kết … và ký kết văn kiện …": what the visit is for)
# (or a mechanism kept up: "hai bên thống nhất duy trì hội đàm định kỳ 6 tháng một lần")
_PURPOSE_BEFORE = re.compile(r"(?<!\w)(?:(?:là )?(?:cơ hội|dịp|điều kiện) (?:để|cho)(?!\w)[^.;:]{0,80}|nhằm(?!\w)[^.;:,]{0,80}"

                             r"|duy trì (?:cơ chế |việc |các |những )?(?:cuộc |buổi )?)$", re.IGNORECASE)
# ("X sẽ chào xã giao Y và thăm Trung tâm Z": one subject for both verbs joined by "và")
_THEN_BEFORE = re.compile(r"(?:(?:,|và)\s+(?:sau đó|tiếp đó|rồi)|\svà)\s+(?:(?:sẽ|đã)\s+)?(?:đến\s+|tới\s+|sang\s+|đi\s+)?$", re.IGNORECASE)
_MEETING_OPENS = re.compile(r"\W*(?:cuối|kết thúc|sau|trong|tại)\s+(?:cuộc|buổi)\s+họp(?! báo| trực tuyến| hẹp)(?!\w)", re.IGNORECASE)
# ("Bên lề Kỳ họp, A làm việc với B": beside it, A and B are not named as at it)
_AFTER_THE = re.compile(r"(?:^|[.,;]\s*)(?:(?:ngay\s+)?sau\s+(?:khi\s+)?|bên lề\s+)(?:(?:cuộc|buổi|lễ)\s+)?$", re.IGNORECASE)
_WITNESSED_SIGNERS = re.compile(r"(?<!\w)(?i:chứng kiến)\s+(?:(?:ông|bà|đồng chí|ngài|lãnh đạo)(?!\w)|[" + CAPITAL_LETTERS + r"])[^;.:]*$")
# (a cue that holds its subject, "hai lãnh đạo tỉnh đã làm việc", is the clause's verb too)
_CUE_IS_PREDICATE = re.compile(r"(?:đã|sẽ|cùng|chứng kiến|do (?=.* ký$)|(?:lãnh đạo )?hai (?=.* làm việc$))\b", re.IGNORECASE)


@cache
def _cue_matcher() -> tuple[PhraseSet, list[tuple[str, int]]]:
    """All cues in one alternation, higher priority (then longer) first, so that at any
    position the preferred cue wins: "lễ ký" over "lễ", "hội đàm trực tuyến" over "hội đàm"."""
    rows = [(t, p.replace("{CAPITAL}", _CAPITAL_CLASS), int(pr)) for t, p, pr in load_tsv("event_cues.tsv")]
    rows.sort(key=lambda r: (-r[2], -len(r[1])))
    branches = [rf"(?P<c{i}>{p}(?!\w))" for i, (_, p, _) in enumerate(rows)]
    return PhraseSet.from_branches(branches, re.IGNORECASE), [(t, pr) for t, _, pr in rows]


@cache
def _places() -> tuple[PhraseSet, dict[str, str]]:
    """One alternation over every gazetteer spelling (longest first) and each spelling's kind."""
    kinds: dict[str, str] = {}
    for name, _country, kind in gazetteer():
        kinds.setdefault(shadow(name), kind)
    return PhraseSet.from_branches([re.escape(n) for n in sorted(kinds, key=len, reverse=True)]), kinds


_ANAPHORIC = re.compile(
    # ("Đây là cuộc gặp đầu tiên …": the meeting just told)
    # ("Khai mạc hội đàm, A nhắc lại …": the talks just told, opened)
    r"^\W*(?:(?:tại|trong|sau|kết thúc|cuối|cũng tại|ngay sau|trước|qua|bên lề|mở đầu|khai mạc|bế mạc)\s+(?:các\s+|những\s+)?|(?:đây|đó) là\s+)"
    r"(?:cuộc\s+|buổi\s+|lễ\s+|kỳ\s+|chuyến\s+)?$",
    re.IGNORECASE,
)
_THIS_IS = re.compile(r"\W*(?:đây|đó) (?:cũng )?là\s", re.IGNORECASE)
_PLURAL_BEFORE = re.compile(r"(?<!\w)(?:các|những)\s+(?:cuộc\s+|buổi\s+|lễ\s+|kỳ\s+)?$", re.IGNORECASE)
_PREPARING_FOR = re.compile(r"chuẩn bị(?:\s+(?:tốt|chu đáo))?(?:\s+cho)?\s+$", re.IGNORECASE)
_COMING_MONTH = re.compile(r"[^.;:]{0,160}?\s(?:của|do)\s[^.;:]{0,120}?\s(?:vào\s+)?(?:(?:đầu|giữa|cuối)\s+)?tháng\s+\d{1,2}(?:/\d{4})?\s+tới",
                           re.IGNORECASE)
_CALLED_OFF = re.compile(r"(?<!\w)(?:dời sang|hoãn lại|tạm hoãn|bị hoãn|được hoãn|lùi sang|hủy bỏ|bị hủy|huỷ bỏ|bị huỷ)(?!\w)", re.IGNORECASE)
_AMONG_THEM = re.compile(r"\W*(?:trong đó|trong số đó|trong số này)\s*,", re.IGNORECASE)
_HELD_ONLINE = re.compile(r"(?:theo hình thức|được tổ chức|diễn ra|tổ chức|bằng hình thức|qua hình thức) trực tuyến", re.IGNORECASE)
_MEETING_WORD = re.compile(r"(?:hội nghị|hội thảo|cuộc họp|phiên họp|kỳ họp|tọa đàm|toạ đàm|diễn đàn|cuộc gặp)(?!\w)", re.IGNORECASE)
_TALKS_FOR = re.compile(r"hội đàm(?:\s+(?:định kỳ|thường niên|trực tuyến))?\s+$", re.IGNORECASE)
_AROUND_THE_CEREMONY = re.compile(r"\W*(?:ngay\s+)?(?:trước|sau)\s+(?:buổi\s+)?lễ\s*,", re.IGNORECASE)
_SPEAKER_VERB = re.compile(r"[^.;:!?]{0,160}?(?<!\w)(?:cho biết|báo cáo|cảm ơn|cám ơn|phát biểu|bày tỏ|khẳng định|nhấn mạnh|"
                           r"xúc động|chia sẻ|mong muốn)(?!\w)", re.IGNORECASE)


def _ends_in_colon(m: re.Match[str] | None) -> bool:
    """ "… lần lượt phát biểu:": a speech verb that opens a list of speakers, not what one says."""
    return m is not None and m.group().endswith(":")


def _ceremony_speaker(text: str, s_start: int, s_end: int, persons: list[Mention]) -> Mention | None:
    """The one a sentence opens with, who speaks or thanks ("Tiếp nhận hỗ trợ, ông X, Phó Tỉnh trưởng …, cho
    biết …"): after at most a short opening phrase and its comma."""
    first = persons[0]
    lead = text[s_start : first.start].strip()
    # (the opening phrase ends with its comma; or only an honorific or a title stands before the name)
    opened = _WORDS_ONLY.fullmatch(lead.rpartition(",")[2].strip()) is not None  # ("Tiếp nhận hỗ trợ, ông X")
    if len(lead) > 80 or lead.count(",") > 1 or not opened:
        return None
    return first if _SPEAKER_VERB.match(text, first.end, s_end) else None


_WORDS_ONLY = re.compile(r"(?:[^\W\d][\w.]*\s*){0,6}")  # "", "Ông", "Thượng tá", "Em", "Lok Chumteav"
_AT_THE_CEREMONY_OPENING = re.compile(
    r"\W*(?:(?:Phát biểu|Báo cáo(?: kết quả)?|Có mặt|Chia sẻ|Đáp từ|Nói chuyện)\s+(?:tại|trong)|Tại|Trong)\s+(?:buổi\s+)?lễ"
    r"(?:\s+\w+){0,3}\s*,")
_AT_THE_CEREMONY = re.compile(r"\W*(?:tại|trong) (?:buổi )?lễ(?!\w)(?! (?:ký|kí)(?!\w))", re.IGNORECASE)
# ("X đang dự kỳ họp Quốc hội … nên không thể trực tiếp đón Đoàn": why X is away)
_STAYING_FOR = re.compile(r"(?:(?:đang ở|đang có mặt tại)\s[^,.;]{1,30}?\s|(?<!\w)đang\s)(?:tham\s)?dự\s+$", re.IGNORECASE)
_HALL_OF_MEETINGS = ("trung tâm", "cung", "nhà", "phòng", "khách sạn")
_DOCUMENT_OF_A_MEETING = ("biên bản", "văn kiện", "nghị quyết", "thông cáo chung", "kết luận")
_VISIT_YEAR_BEFORE = re.compile(r"\W*(?:(?:vào |hồi )?(?:cuối|đầu|giữa) )?năm (?P<w>ngoái|nay|tới)\s*,", re.IGNORECASE)
_VISIT_IN_YEAR = re.compile(r"(?<!\w)(?:trong|vào(?: (?:cuối|đầu|giữa))?) năm (?P<y>(?:19|20)\d{2})(?!\d)", re.IGNORECASE)
_VISIT_YEAR_AFTER = re.compile(r"(?<!\w)(?:trong|vào (?:cuối|đầu|giữa)) năm (?P<w>nay|tới)(?!\w)", re.IGNORECASE)
_CONTEXTUAL = re.compile(
    r"(?:^|\b)(?:tại|trong|sau|kết thúc|cuối|nhân|nhân dịp|bên lề|trước|ngay sau|cũng tại|qua|trong khuôn khổ|sau khi|"
    r"tham gia|để|nhằm|về|cho|của|với|chuẩn bị|kết quả|sự|mà|các|những|thông qua|bên cạnh|(?:sang|đến|tới|về|để|nhằm|công tác|chuyến|và) (?:tham )?dự"
    # ("học hỏi kinh nghiệm … về tổ chức kỳ họp": a topic)
    r"|về (?:việc |cách )?tổ chức|(?:bàn|trao đổi|thảo luận)(?: về)? việc tổ chức"
    # ("thống nhất nội dung Bản ghi nhớ và chương trình Diễn đàn", "trao đổi về kế hoạch tổ chức Hội thảo": what is prepared)
    r"|(?:kế hoạch tổ chức|(?:thống nhất|trao đổi|bàn|và) (?:về )?(?:nội dung|chương trình)|công tác chuẩn bị|việc chuẩn bị)(?: tổ chức)?)\s+(?:các\s+|những\s+|một\s+|mỗi\s+|từng\s+)?(?:cuộc\s+|buổi\s+|chuyến\s+|lễ\s+|kỳ\s+)?$",
    re.IGNORECASE,
)
# words that make a later event in the same clause (up to 150 characters on) something
# thanked for or dated from, not reported: "cảm ơn … đã đón tiếp", "kể từ chuyến thăm …"
_THANKS_WORDS = r"cảm ơn|cám ơn|chúc mừng|đánh giá cao|vui mừng|hoan nghênh|ghi nhận|lời chào|sau khi|từ khi|kể từ|trước khi"
_THANKS_BEFORE = PhraseSet.compile(
    _THANKS_WORDS,
    re.IGNORECASE,
    whole_words=False,
)
# "Tối 4/3, ngay sau khi Đoàn đến Pắc-xan, X chủ trì tiệc chiêu đãi": after the comma comes the main clause
# (without "ngay", only closed by a comma before a capitalised subject: "trước khi kết thúc chuyến thăm, Bộ trưởng X …")
_WHEN_CLAUSE_CLOSED = re.compile(
    # ("ngay sau khi đoàn đến X, ông A, Phó Tỉnh trưởng tỉnh Y, đã tiếp đoàn": the subject's titles
    # may hold commas, so after "ngay …," only a word of thanks opens another clause of the kind)
    rf"ngay (?:sau khi|trước khi)[^,.;:]{{0,120}},(?:(?!{_THANKS_WORDS})[^.;:])*$"
    # ("…, đoàn được Đại sứ X tiếp"; "Sau khi nhận nhiệm vụ, trung tuần tháng 7/2022, Chủ tịch … sang thăm …")
    r"|(?:(?:sau khi|trước khi)[^,.;:]{0,120},\s+(?:(?:(?:sáng|trưa|chiều|tối|đầu|cuối|(?:thượng|trung|hạ) tuần)\s+)?"
    r"(?:ngày\s+|tháng\s+)?\d{1,2}\s*[/-]\s*\d{1,4}(?:\s*[/-]\s*\d{4})?\s*,\s+)?(?:(?-i:[A-ZĐ])|(?:đoàn|đồng chí|ông|bà)\s)"
    # "trước khi Đoàn về nước …, tại Cửa khẩu X, tỉnh Y đã tổ chức lễ …": a main verb of its own
    r"|(?:sau khi|trước khi)[^.;:]{0,160},[^.;:]{0,120}\s(?:đã|sẽ|vừa)(?:\s+(?:tổ chức|cùng|chủ trì))?\s*$"
    # "trước khi về nước …, Đoàn đã đến huyện X, thăm …": the subject goes somewhere, then the act
    r"|(?:sau khi|trước khi)[^,.;:]{0,120},\s+(?-i:[A-ZĐ])[^,.;:]{0,80}\s(?:đã|sẽ|vừa)\s+(?:đến|tới|lên|vào|về)\s[^,.;:]{0,60},\s*$"
    r")[^,.;:]*$",
    re.IGNORECASE,
)
# "đã có cuộc hội đàm", "đã chứng kiến lễ ký": the clause's own predicate, an event even after "Kết thúc …,"
_PREDICATE_BEFORE = re.compile(
    # ("Hai bên đánh giá …, đồng thời ký Biên bản …": the clause's second verb)
    r"(?:đã|sẽ|vừa|đang|cùng|đồng thời)\s+(?:(?:có|tiến hành|cùng|lần lượt|đồng|chủ trì|chứng kiến|đến|sang|tới|dự|tham dự|tham gia)\s+)*(?:(?:một|các|những)\s+)?(?:cuộc\s+|buổi\s+|lễ\s+|phiên\s+)?$",
    re.IGNORECASE,
)
# "Theo ông X, hội chợ sẽ diễn ra …": X is the source of what follows ("theo lời mời của X" is not)
_ATTRIBUTED = re.compile(r"\W*theo\s+(?!lời\s|đề nghị|kế hoạch|chương trình|thỏa thuận|thoả thuận)[^,;.]{0,120},", re.IGNORECASE)
_PLANNED_FOR = re.compile(r"dự kiến|sẽ", re.IGNORECASE)
# "Phát biểu tại hội nghị, X đánh giá cao … hồi tháng 8/2019": what is said there, not another meeting
_HELD_ON = re.compile(r"(?<!\w)tổ chức\s+(?:vào\s+)?(?:(?:sáng|trưa|chiều|tối)\s+)?(?:ngày\s+)?$", re.IGNORECASE)
_SPOKEN_AT = re.compile(r"(?:phát biểu|chia sẻ|trao đổi|nói chuyện|báo cáo)\s+(?:tại|trong)\s+(?:buổi\s+|lễ\s+|cuộc\s+)?$", re.IGNORECASE)
_PRONOUN_PARTY = re.compile(r"\s+giữa\s+(?:đồng chí|ông|bà|ngài)\s+(?:với|và)\s", re.IGNORECASE)
_ENDING_BEFORE = re.compile(r"(?:kết thúc|khép lại|hoàn thành)\s+(?:tốt đẹp\s+)?$", re.IGNORECASE)
# "nhắc lại chuyến thăm chính thức Lào của Bộ trưởng X hồi tháng 7/2019", "chuyến thăm Campuchia
# hồi tháng 12-2016 của đồng chí X": a visit recalled with its visitor and its own month
# "Trước đó, ngày 25/5, Đoàn được X giao nhiệm vụ tại lễ xuất quân": a sentence that opens with its
# own day and tells what happened at a meeting or ceremony names that meeting as it happened
_DAY_PHRASE = r"(?:(?:sáng|chiều|tối|trưa)\s+)?(?:ngày\s+)?\d{1,2}[/-]\d{1,2}(?:[/-]\d{4})?"  # "chiều 9-12", "ngày 3/9/2021"
_DAY_FRAMED_CONTEXT = re.compile(
    rf"^\W*(?:(?:trước đó|sau đó)\s*,\s*)?(?:{_DAY_PHRASE}"
    r"|tháng\s+\d{1,2}[/-]\d{4})\s*,"  # ("Tháng 8-2022, trong chuyến thăm … của Bộ trưởng X, …")
    r"[^,.;]{0,120}?(?:trong|tại)\s+(?:cuộc\s+|buổi\s+|lễ\s+)?$",
    re.IGNORECASE,
)
_UNTIL_DAY = re.compile(r"(?<!\w)(?:(?:đến|tới)\s+hết|kéo dài[^.;:]{0,40}?(?:đến|tới)"
                        # (or a deadline: "hoàn thành trước ngày 31.12.2014", "chậm nhất ngày 15/3")
                        r"|(?:hoàn thành|hoàn tất|xong|nộp|gửi)[^.;:]{0,30}?trước|chậm nhất(?:\s+là)?|hạn chót(?:\s+là)?"
                        # (or the end of what runs on: "Chương trình kéo dài hai tuần, kết thúc vào ngày 24/3")
                        r"|kéo dài[^.;:]{0,40}?(?:kết thúc|bế mạc|bế giảng)(?:\s+vào)?)\s+(?:(?:tuần|tháng)(?:\s+này)?\s*\(\s*)?(?:ngày\s+)?$",
                        re.IGNORECASE)  # ("kéo dài đến hết tuần (ngày 2-3)")
_WENT_TO = re.compile(r"(?<!\w)(?:đến|tới|lên|về|sang|vào)(?:\s+(?:thăm|làm việc tại))?(?:\s+(?:cố đô|thủ đô|thành phố|tỉnh|thị xã|huyện))?\s+$",
                      re.IGNORECASE)
_THERE = re.compile(r"\W*(?:cũng\s+)?tại\s+đây\s*,", re.IGNORECASE)
_RECALLED_DAY = re.compile(r"(?:cho biết|nhắc lại|kể lại|chia sẻ)\s*(?:rằng\s*)?,?\s*(?:vào\s+)?(?:(?:sáng|chiều|tối|trưa)\s+)?"
                           r"(?:ngày\s+)?\d{1,2}\s*[/-]\s*\d{1,2}(?:\s*[/-]\s*\d{4})?\s+vừa qua", re.IGNORECASE)
_EARLIER_THAT_DAY = re.compile(r"\W*trước đó\s*,\s*(?:vào\s+)?(?:sáng|trưa|chiều|tối)?\s*cùng ngày", re.IGNORECASE)
_EARLIER_ACT = re.compile(r"(?<!\w)(?:sau khi|từ khi|kể từ)(?!\w)[^.;,]{0,80}$", re.IGNORECASE)
_LISTED_AFTER = re.compile(r"\s+(?:còn\s+)?(?:có|gồm)\s")
_YEAR_OPENS = re.compile(r"\W*(?:trong\s+)?năm\s+\d{4}\s*,?", re.IGNORECASE)
# ("Tại Kỳ họp lần thứ 45 Ủy ban liên Chính phủ hồi tháng 1-2023 ở Viêng Chăn, …": a meeting of its own month)
_OWN_DAY_AFTER = re.compile(r"[^,.;]{0,60}?(?<!\w)(?:(?:hôm|ngày)\s+\d{1,2}[/-]\d{1,2}(?:[/-]\d{4})?"
                            r"|hồi\s+tháng\s+\d{1,2}\s*[/-]\s*\d{4}(?:\s+(?:ở|tại)\s+[^,.;]{1,30})?)\s*,", re.IGNORECASE)
_OPENS_OR_CLOSES = re.compile(r"khai mạc|bế mạc", re.IGNORECASE)
_SIDES_AGREEING = re.compile(
    r"(?<!\w)hai bên (?:cũng |đã |còn )?(?:bàn|thống nhất|nhất trí|thảo luận|trao đổi|thỏa thuận|thoả thuận)(?!\w)", re.IGNORECASE)
# ("… Biên bản … vừa được hai tỉnh ký hồi tháng 1": the passive, its signers named)
_SIGNED_AS_RELATIVE = re.compile(r"(?:(?:đã|vừa|mới)\s+)?(?:được\s+(?:(?:hai|ba|các)\s+(?:bên|tỉnh|bộ|nước|đơn vị|ngành)\s+)?)?(?:ký|kí)(?!\w)",
                                 re.IGNORECASE)
_IMPLEMENTING = re.compile(r"(?<!\w)(?:thực hiện|triển khai|cụ thể hóa|cụ thể hoá)(?!\w)[^.;:]{0,160}$", re.IGNORECASE)
_RECALLED_OF = re.compile(r"(?<!mời )(?<!đề nghị )\bcủa\b", re.IGNORECASE)  # (not the inviter: "theo lời mời của X")
_RECALLED_HOI = re.compile(r"(?<!\w)hồi\s+$", re.IGNORECASE)
_RECALLED_WHEN = re.compile(r"(?:hồi|vào)\s*$", re.IGNORECASE)
_RECALLED_BREAK = re.compile(r"\b(?:khi|từ|kể từ|nhậm chức|sau khi|trước khi)\b|[;:]", re.IGNORECASE)
_PAST_BEFORE = re.compile(r"(?:đã|vừa)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
_AT_THE_CEREMONY = re.compile(r"\W*(?:tại|trong|phát biểu tại)\s+(?:buổi\s+lễ|lễ\s+(?:bàn giao|khánh thành|trao|tiếp nhận))(?!\w)",
                              re.IGNORECASE)
_RECALLS_BEFORE = re.compile(r"(?<!\w)(?:nhắc lại|nhớ lại|ôn lại|điểm lại)(?!\w)[^.;:]{0,100}$", re.IGNORECASE)
_ATTENDED_AND_SPOKE_AT = re.compile(
    r"(?:đã|sẽ|vừa)\s+(?:đến\s+)?(?:tham\s+)?dự\s+và\s+(?:phát biểu(?:\s+chỉ đạo)?|chủ trì|phát biểu khai mạc)\s+(?:tại|ở)\s+$", re.IGNORECASE)
_TOOK_PLACE_BEFORE = re.compile(r"(?:đã|sẽ|vừa)\s+(?:long trọng\s+)?diễn ra\s+(?:(?:cuộc|buổi|lễ|phiên)\s+)?$", re.IGNORECASE)
_HAPPENED_AFTER = re.compile(r"^\s*(?:[^,;.]{0,60}?)(?:đã diễn ra|diễn ra|đã được tổ chức|được tổ chức)", re.IGNORECASE)
_SPEECH = PhraseSet.compile(
    r"(?:cho biết|nhấn mạnh|khẳng định|bày tỏ|đề nghị|chia sẻ|phát biểu|nói|thông báo|thông tin|nhắc lại|ôn lại|điểm lại)\s*[,:]",
    re.IGNORECASE,
    whole_words=False,
)
_PLANNED = PhraseSet.compile(
    r"sẽ|dự kiến|theo kế hoạch|chuẩn bị|đề nghị|sớm|mong muốn|tiến tới|hướng tới|(?<!lời )mời"  # ("X mời Y sang thăm …")
    r"|(?:thống nhất|nhất trí)(?: phối hợp| cùng| sẽ)? tổ chức",
    re.IGNORECASE,
)
# (and what one could not do: "… nên không thể trực tiếp đón Đoàn")
_REASON_BEFORE = re.compile(r"(?<!\w)(?:(?:do|vì) (?:phải|cần)(?!\w)[^.;:,]{0,60}|không thể(?: \w+){0,2} )$", re.IGNORECASE)
_PROPOSED = re.compile(r"(?<!\w)(?<!theo )(?<!lời )(?:đề nghị|kiến nghị|đề xuất|mong muốn)(?!\w)[^.;:]{0,120}$", re.IGNORECASE)
# What an agreement provides for, and what recurs, is no event: "Theo Bản ghi nhớ, mỗi năm hai
# bên tổ chức hội thảo" (only before the cue: "đã ký …, theo đó mỗi năm …" is still a signing)
_PROVIDED = PhraseSet.compile(
    r"theo (?:bản ghi nhớ|biên bản|thỏa thuận|thoả thuận)|mỗi năm|hằng năm|hàng năm|định kỳ",
    re.IGNORECASE,
)
# a person named later in the same clause as these is greeted or thanked, not taking part
_GREETING = PhraseSet.compile(
    # ("đã tiếp và cảm ơn Đoàn … do X dẫn đầu": thanking those received, who take part)
    r"thăm hỏi|chúc sức khỏe|chúc sức khoẻ|chuyển lời|gửi lời|lời chào|lời cảm ơn|(?<!tiếp và )cảm ơn|(?<!tiếp và )chúc mừng|lời chúc",
    re.IGNORECASE,
    whole_words=False,
)


def _in_last_clause(cues: PhraseSet, window: str, reach: int | None = None) -> bool:
    """One of ``cues`` after the last ".", ";" or ":" of ``window``, ending at most ``reach``
    characters before its end: a search for "(?:cues)[^.;:]{0,reach}$" without trying the
    cues at every position of the window."""
    cut = max(window.rfind("."), window.rfind(";"), window.rfind(":")) + 1
    # ("… cảm ơn Thủ tướng đã tiếp Đoàn và cho biết, sáng 3/12, ông đã hội đàm …": what is reported opens a clause)
    for told in _REPORTED_CLAUSE.finditer(window, cut):
        cut = told.end()
    return any(reach is None or len(window) - m.end() <= reach for m in cues.finditer(window, cut))


_REPORTED_CLAUSE = re.compile(r"(?<!\w)(?:cho biết|thông báo|thông tin|khẳng định|nhấn mạnh|chia sẻ)\s*,", re.IGNORECASE)
# Who "đoàn" and "hai bên" stand for: the visiting delegation's head alone ("tiếp đoàn"),
# or both principals ("hai bên", "hai Bộ trưởng", "lãnh đạo hai tỉnh").
VISITOR, PAIR = 1, 2
_VISITOR_WORDS = (
    # ("tiếp thân mật Đoàn"; not "lễ đón chính thức Đoàn", a welcome ceremony)
    r"(?:và|cùng|(?:tiếp|đón)(?:\s+(?:xã\s+giao|thân\s+mật|nồng\s+nhiệt|thân\s+tình))?|với|gặp|thăm|chiêu đãi|chào mừng)\s+(?:các thành viên\s+)?đoàn(?!\s+(?:đại biểu|công tác|cấp cao|lãnh đạo|thanh niên|kết))|"
    # ("Đoàn công tác đến khảo sát …", "Đoàn NBC sẽ làm việc …"; not "X dẫn đầu đoàn công tác sang …", a delegation
    # with its head named)
    r"(?<!dẫn )(?<!đầu )đoàn (?:(?:công tác|đại biểu|cấp cao) )?(?:(?:việt nam|lào|campuchia|bạn|(?-i:[A-ZĐ]{2,8})|(?:tỉnh|thành phố|huyện) [^\W\d_]+(?: [^\W\d_]+)?) )?(?:đã|sẽ|đang|vừa|được|đến|tới|thăm|vào|lên|tham quan|khảo sát|thị sát|đi|tiếp tục|làm|lưu diễn|sang)(?!\w)|đón đoàn|tiếp đoàn|"
    # ("Thủ tướng … đã tiếp Trưởng đoàn Campuchia", "chủ trì tiệc chiêu đãi vị khách": the visiting head)
    r"(?:tiếp|đón|gặp|chiêu đãi|với|hội kiến)\s+(?:vị khách|trưởng đoàn(?:\s+(?:việt nam|lào|campuchia|bạn))?)(?!\w)"
    # ("Đoàn đại biểu Quân khu 4 Lào thăm, làm việc tại …": the delegation by the name of its body, then its visit)
    rf"|(?<!dẫn )(?<!đầu )đoàn (?:đại biểu |công tác )?(?-i:[{CAPITAL_LETTERS}][\w-]*)"
    r"(?: (?!(?:do|của|dẫn|chia|nhóm|đi|đã|sẽ|đang|được|cùng|và|với|đến|tới|sang|lên|về|dự)(?!\w))[\w-]+){0,5}"
    r" (?:đã |sẽ |vừa )?(?:sang |đến )?thăm(?!\w)"
)
_PAIR_WORDS = (
    # ("doanh nghiệp hai bên", "người dân hai bên biên giới": firms and residents, not the two sides met)
    r"(?<!nghiệp )(?<!dân )hai bên|hai đoàn|hai đồng chí|hai trưởng đoàn|hai nhà lãnh đạo|hai lãnh đạo(?: tỉnh| bộ| thành phố| ngành)?|hai đồng chủ tịch|(?:hai|ba) (?:ngài |vị |đồng chí )?đồng chủ trì|hai ngài(?= (?:đã|sẽ|cùng|đồng))|ba bên|ba đoàn|ba trưởng đoàn|(?:hai|ba) (?:ngài |vị )?(?:"
    + "|".join(re.escape(t.lower()) for t in load_lines("titles.txt"))
    + r")|"
    # ("năm" is also "year": "Năm Đoàn kết hữu nghị" is no five delegations)
    r"lãnh đạo (?:hai|2|ba|3|bốn|4|sáu|6|bảy|7|tám|8) (?:bên|tỉnh|nước|bộ|cơ quan|thành phố|thủ đô|ban|đảng)|đại biểu (?:hai|2|ba|3) (?:bên|tỉnh)"
    r"|(?:bốn|4|sáu|6|bảy|7|tám|8) (?:bên|trưởng đoàn|nước)"
)
_AND_THE_DELEGATION = re.compile(r"\s+(?:và|cùng)\s+(?:các thành viên\s+)?đoàn(?!\w)(?!\s+(?:đại biểu|công tác))\s*(\w?)", re.IGNORECASE)


def _in_quotes(text: str, start: int, at: int) -> bool:
    """Whether ``at`` lies inside a title in quotation marks opened since ``start`` ("Hội thảo
    “Chủ tịch Cay-xỏn Phôm-vi-hản - nhà lãnh đạo kiệt xuất …”"); quoted speech, opened after a
    colon or at the sentence's start, tells what happened and is not one."""
    span = text[start:at]
    if not (span.count('"') % 2 == 1 or span.count("“") > span.count("”")):
        return False
    opened = max(span.rfind('"'), span.rfind("“"))
    return span[:opened].rstrip()[-1:].isalpha()


_QUOTE_MARK = re.compile(r'["“”«»]')


def _speech_quotes(text: str) -> list[tuple[int, int]]:
    """Spans of quoted speech (opened after a colon or a sentence's start, closed in the same
    paragraph): "A nhấn mạnh: “Cách đây 45 năm, B và C đã ký …”". A quote opened after a word is
    a title ("Hội thảo “…”"), not speech."""
    out: list[tuple[int, int]] = []
    start: int | None = None  # where the speech open now began
    in_title = False  # inside a title in straight quotes, whose closing mark opens nothing
    for m in _QUOTE_MARK.finditer(text):
        mark = m.group(0)
        closing = mark in '"”»'
        if in_title:
            in_title = not closing
        elif start is None:
            before = text[max(0, m.start() - 3) : m.start()].rstrip()
            if mark in "”»":
                continue
            if not before or before[-1] in ":.\n":
                start = m.start()
            else:
                in_title = mark == '"'
        elif "\n\n" in text[start : m.start()]:
            start = None if closing else m.start()  # (a paragraph ended with the quote still open)
        elif closing:
            out.append((start, m.end()))
            start = None
    return out


def _quote_of(quotes: list[tuple[int, int]], at: int) -> int:
    """Index of the quoted speech ``at`` lies in, or -1."""
    k = bisect.bisect_right(quotes, (at, 1 << 62)) - 1
    return k if k >= 0 and quotes[k][0] <= at < quotes[k][1] else -1


def _and_the_delegation(text: str, at: int) -> bool:
    """ "ông X và Đoàn" at ``at``: X heads the delegation ("và đoàn Ratanakiri do …" is another one)."""
    m = _AND_THE_DELEGATION.match(text, at)
    return m is not None and not m.group(1).isupper()


_VISITOR_REF = PhraseSet.compile(_VISITOR_WORDS, re.IGNORECASE)
_PAIR_REF = PhraseSet.compile(_PAIR_WORDS, re.IGNORECASE)
_DELEGATION_REF = PhraseSet.compile(f"{_VISITOR_WORDS}|{_PAIR_WORDS}", re.IGNORECASE)
_HEAD = re.compile(
    r"(?:do|đứng đầu là)\s+(?:đồng chí|ông|bà|ngài)?\s*(?P<rest>.{0,400}?)(?:dẫn đầu|làm trưởng đoàn|làm Trưởng đoàn|,?\s*trưởng đoàn(?!\s+(?:đoàn\s+)?đại biểu quốc hội)|chủ trì)",
    re.IGNORECASE,
)
_LEADS = re.compile(r"[^.;]{0,150}?(?:dẫn đầu|trưởng đoàn)", re.IGNORECASE)  # a delegation's head, not a chair
_INVITER = re.compile(r"lời mời (?:của|từ)\s+", re.IGNORECASE)
_MEMBER = re.compile(r"(?:tham dự|cùng dự|tháp tùng|có mặt|tham gia|dự hội|gồm)", re.IGNORECASE)
_PRESENTS_A_PAPER = re.compile(r"(?<!\w)(?:tham luận|báo cáo đề dẫn|báo cáo chuyên đề)(?!\w)", re.IGNORECASE)
_PARTICIPATE = re.compile(
    r"(?:tham dự|cùng dự|cùng tiếp|tháp tùng|chủ trì|đồng chủ trì|có sự tham dự|tham gia|đi cùng|cùng đi|"
    r"^\W*dự (?:buổi|lễ|hội|cuộc|chương trình)|^\W*(?:tới|đến|về) dự (?:[^,.;]{0,40}?\s)?có\s|^\W*(?:tiếp nhận|đón nhận|tiếp đón|đón tiếp|đón) [^,.;]{0,40}?\bcó\s|về phía (?:việt nam|lào|campuchia|bạn)|^\W*(?:về )?phía [^,.;]{2,40}? (?:có|gồm)\s*:? |tại điểm cầu|"
    r"cùng bàn (?:đàm phán|hội đàm|làm việc)|(?:thành phần|thành viên) (?:của )?đoàn[^.;:]{0,40}?(?:gồm|có))",
    re.IGNORECASE,
)
# "dâng hương tại quê hương Chủ tịch Hồ Chí Minh", "viếng Lăng cố Chủ tịch …": someone honoured, not present
_COMMEMORATED_BEFORE = re.compile(
    r"(?:(?:quê hương|lăng|nhà lưu niệm|khu lưu niệm|tượng đài|đền thờ|tư tưởng|di chúc|tấm gương|anh linh|di tích|"
    r"bảo tàng|nhà sàn|viếng|tưởng niệm|tưởng nhớ|ngày sinh|năm sinh|ngày mất|ngày giỗ)\s+(?:của\s+)?(?:cố\s+)?|(?<!\w)cố\s+)(?:(?:chủ tịch|tổng bí thư|thủ tướng|đại tướng|hoàng thân|bác)\s+)?$",
)
_MEMORIAL_AFTER = re.compile(
    r"\s+(?:khu lưu niệm|nhà lưu niệm|lăng|nghĩa trang|đài tưởng niệm|tượng đài|đền thờ|nhà tưởng niệm)(?!\w)",
    re.IGNORECASE,
)
# "cụ thể hóa nhận thức chung giữa Tổng Bí thư … và Thủ tướng …": leaders whose words are cited, not there
# "các dự án đã được Thủ tướng A và Thủ tướng B thống nhất tại Hội nghị …": agreed by them, elsewhere
_PASSIVE_AGENT_BEFORE = re.compile(r"(?<!\w)được\s+[^,.;:]{0,80}$")
_CITED_VERB_AFTER = re.compile(r"[^,.;:]{0,80}?\s(?:thống nhất|nhất trí|chỉ đạo|phê duyệt|đề ra|thông qua)(?!\w)")
_CONSENSUS_OF = re.compile(
    # ("dưới sự chỉ đạo của X": X directs what is told, there)
    # ("thừa ủy quyền của Chủ tịch nước X, đồng chí Y đã trao …": X sends Y, and is not there)
    r"(?:nhận thức chung|thỏa thuận cấp cao|tuyên bố chung|(?<!dưới sự )chỉ đạo|chỉ thị|thừa ủy quyền|thừa uỷ quyền)\s+(?:quan trọng\s+)?(?:giữa|của)\s[^,.;:]*$"
)
# "mối quan hệ do Chủ tịch Hồ Chí Minh và Chủ tịch Cay-xỏn Phôm-vi-hản đặt nền móng": founders of
# the relationship are named as history, not as people at the event
_HISTORY_WORDS = re.compile(r"đặt nền móng|dày công|vun đắp|xây đắp|sáng lập|khai sinh|gây dựng", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[.;:]")


def _history_after(text: str, end: int, limit: int) -> bool:
    """Whether the words after a name make its holder a founder of what is told ("… mà Chủ tịch
    Hồ Chí Minh, Chủ tịch Cay-xỏn Phôm-vi-hản, Chủ tịch Xu-pha-nu-vông cùng các thế hệ lãnh đạo hai
    nước dày công xây dựng": each of a list of founders too), within the clause."""
    stop = _CLAUSE_END.search(text, end, min(limit, end + 240))
    m = _HISTORY_WORDS.search(text, end, stop.start() if stop else min(limit, end + 240))
    if m is None:
        return False
    before = text[end : m.start()]
    if len(before) <= 80:
        return True
    listed = before.split(",")  # "", then up to three names with their titles, then the words before the verb
    return listed[0].strip() == "" and len(listed) <= 5 and all(3 <= len(x.strip()) <= 40 for x in listed[1:-1]) \
        and len(listed[-1]) <= 80


@dataclass
class _Mention:
    type: str
    cue_start: int
    sentence: tuple[int, int]
    paragraph: int
    order: int
    date: DateMention | None
    people: list[Mention]
    reference: bool
    delegation_ref: int  # VISITOR | PAIR bits
    planned: bool
    anaphoric: bool = False
    weak: bool = False
    predicate: bool = False
    related: tuple[str, ...] = ()  # the other types cued in the clause, in the order written
    place: str | None = None
    split_group: int | None = None
    cue: str = ""  # the cue's words as written, lower-cased ("hội nghị trực tuyến")
    hosts: frozenset[str] = frozenset()  # keys of those named before a reception's verb
    part: str = ""  # part of the day its date names ("sáng", "chiều", "tối"), if any
    past: bool = False  # "đã ký", "vừa hội đàm": told as done
    document: str = ""  # what a signing signs, by its kind ("biên bản", "kế hoạch")
    pair: tuple[str, tuple[Mention, ...]] | None = None  # "hai Thứ trưởng": the title, the last two holding it
    attending: bool = False  # "Tham dự buổi tiếp có …": who else was there
    praised: bool = False  # "X đánh giá cao kết quả hội đàm": X speaks of the event, elsewhere
    companions: bool = False  # "Cùng đi với Đoàn có …": members who travel with the delegation
    after: bool = False  # "Sau buổi tiếp, …": named only as what came before the clause's own act
    after_cue: str = ""  # "Ngay sau lễ tiếp nhận, … tổ chức hội nghị": the cue of the event this one follows
    witnesses: frozenset[str] = frozenset()  # "Dưới sự chứng kiến của A và B, C và D đã ký …": A and B
    titled: bool = False  # the cue goes on with a name of its own ("Hội nghị tham vấn …"), not "Hội nghị, …"
    sequel: bool = False  # its sentence opens with "Ngay sau đó", "Tiếp đó": an act after the one just told
    copied_from: int = -1  # "Cùng dự có X" after a sentence's act: the order of that act's mention

    @property
    def listed(self) -> bool:
        """An item of a list of documents, each signed by its own pair ("– Bản ghi nhớ …, do A và B ký;")."""
        # ("1. Kế hoạch …. Người ký: A và B.", "+ Kế hoạch …: A và B ký;")
        return self.cue.startswith("do ") or self.cue == "ký" or (
            self.cue.startswith(("người ký", "ký văn bản", "đại diện ký")) and self.cue.endswith(":"))


@dataclass
class _Event:
    type: str
    date: str | None
    end_date: str | None
    place: str | None
    people: list[Mention]
    evidence: tuple[int, int]
    order: int
    paragraph: int
    planned: bool
    delegation_ref: int
    split_group: int | None = None
    has_range: bool = False
    cue: str = ""
    hosts: frozenset[str] = frozenset()
    document: str = ""
    part: str = ""
    trip_dated: bool = False  # dated only by the span of the visit it falls in
    pair: tuple[str, tuple[Mention, ...]] | None = None
    listed: bool = False  # an item of a list of documents, each signed by its own pair
    after_cue: str = ""  # the cue of the event it follows, of its type ("lễ tiếp nhận"): not that one
    witnesses: frozenset[str] = frozenset()  # those who witnessed a signing, not signers
    titled: bool = False  # named with words of its own after the cue
    told: int = -1  # the order of the last mention told of it ("Kết thúc hội đàm, … đã ký" after a flashback)
    own_month: bool = False  # dated by a month its own sentence names ("Tháng trước, A đã sang thăm …")
    sides_named: bool = False  # its own verb names both sides ("A đã hội đàm với B, Bộ trưởng Ngoại giao Lào")

    @property
    def last_told(self) -> int:
        return max(self.order, self.told)


_DELEGATION_SUBJECT = re.compile(r"\W*(?:(?:sáng|chiều|tối|ngày)[^,]{0,20},\s*)?(?i:đoàn)\s[^,.;:]{0,120}$")
_CONTENT_FOLLOWS = re.compile(r"[,;:]\s*(?:trong đó|theo đó|với nội dung|bao gồm)(?!\w)", re.IGNORECASE)
_ANOTHER_ACT = re.compile(r"(?<!\w)(?:trước khi|sau khi)(?!\w)", re.IGNORECASE)
_COUNTED = re.compile(
    r"(?<!\w)(?:(?:tổ chức|có|gồm|hơn|trên|gần|khoảng|đón|cử|mở|thực hiện|trao đổi)\s+\d{1,3}\s+"
    r"(?:(?:cuộc|buổi|lớp|đợt|lượt|phiên|kỳ)\s+)?"
    # ("Samdech Hun Sen nhiều lần điện đàm với …", "thường xuyên tổ chức hội thảo": no one occasion)
    r"|(?:nhiều lần|nhiều lượt|thường xuyên|nhiều cuộc|các cuộc|những cuộc)\s+(?:(?:đã|có|tổ chức)\s+)?)$", re.IGNORECASE)
_NAMED_BY_SIDES = re.compile(r"(?:hội nghị|hội đàm|hội thảo|giao ban|cơ chế|họp)\s+$")
_ATTENDING_BEFORE = re.compile(r"(?:^|[,;:]\s*)(?:cùng\s+)?(?:tham\s+)?dự\s+(?:lễ\s+|buổi\s+|cuộc\s+)?$", re.IGNORECASE)
# "… gặp B, trao đổi về việc tổ chức Giao lưu … dự kiến vào tháng 1-2024": the month of what they discussed
_TOPIC_PLANNED = re.compile(r"(?<!\w)(?:trao đổi|bàn|thảo luận)\s+về\s+(?:việc\s+)?[^.;:]{0,120}?(?<!\w)(?:dự kiến|sẽ)\s+"
                            r"(?:(?:diễn ra|được tổ chức|tổ chức)\s+)?(?:vào\s+)?(?:(?:đầu|giữa|cuối)\s+)?$")
_STAYED_AWAY = re.compile(r"(?<!\w)(?:không|chưa|vắng mặt|không có mặt)\s+(?:cùng\s+)?(?:tham dự|dự|tham gia|có mặt|đi cùng)(?!\w)",
                          re.IGNORECASE)
_STAYED_AWAY_FROM = re.compile(_STAYED_AWAY.pattern + r"\s+(?:(?:các|những|mọi|hai)\s+)?(?:(?:cuộc|buổi|lễ|phiên)\s+)?$", re.IGNORECASE)
_ATTENDED_BY_SUBJECT = re.compile(r"\w\s+(?:cùng|cũng)\s+(?:tham\s+)?dự\s+(?:buổi\s+|cuộc\s+)?$", re.IGNORECASE)
_ENDS_HERE = re.compile(r"(?:\s+(?:này|trên|đó))?\s*[.;]?\s*$")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
_THE_TWO = re.compile(r"(?<!\w)(?:cả )?hai (?:ông|bà|vị|người)(?!\w)[^,;]*$", re.IGNORECASE)
_SIGNED_DOCUMENT = re.compile(
    r"biên bản ghi nhớ|bản ghi nhớ|biên bản|thỏa thuận|thoả thuận|kế hoạch|chương trình|hiệp định|nghị định thư"
    r"|văn kiện|giao ước|tuyên bố chung|kết nghĩa|quy chế|văn bản|phụ lục|hợp đồng",
    re.IGNORECASE,
)


def _paragraph_of(text: str, pos: int) -> int:
    return bisect.bisect_right(_paragraph_starts(text), pos)


@lru_cache(maxsize=8)
def _paragraph_starts(text: str) -> tuple[int, ...]:
    return tuple(m.start() for m in re.finditer("\n\n", text))


def _signers_named_after(ctype: str, pair_at: int | None, key: str) -> bool:
    """ "Hai bên thống nhất, Bản ghi nhớ … sẽ được hai Bộ trưởng ký …": the pair that will sign, by their title."""
    return ctype == "signing" and pair_at is not None and not key.startswith(("lãnh đạo", "hai bên"), pair_at)


def _clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out = []
    s = start
    for m in _SEMICOLON.finditer(text[start:end]):
        out.append((s, start + m.start()))
        s = start + m.end()
    out.append((s, end))
    return out


def _find_cues(low: str) -> list[tuple[int, int, str, int]]:
    rx, meta = _cue_matcher()
    out = []
    for m in rx.finditer(low):
        t, pr = meta[int((m.lastgroup or "_0")[1:])]
        out.append((m.start(), m.end(), t, pr))
    return out


_CAPITAL_WORD = re.compile(  # the class first, the word start checked after it: the engine skips to capitals in C
    "[" + CAPITAL_LETTERS + r"](?<!\w.)"
)
_KIND_RANK = {"city": 0, "district": 0, "province": 1, "region": 2, "country": 3}  # the most precise place wins
# (a border gate, a city: 0; an economic zone before a province, after a city: "Đặc khu kinh tế Manhattan, thành phố Bavet")
# (a district before its province, "tại huyện Romeas Haek, tỉnh Svay Rieng": the nearer place, as most writers give it;
# a commune or a town is too near: its district or province)
_ADMIN_RANK = {"tỉnh": 1, "huyện": 0.9, "thị xã": 0.9, "quận": 0.9, "srok": 0.9, "mương": 0.9, "khum": 4, "đặc khu": 0.9,
               "huyện đảo": 0.9, "thị trấn": 3, "xã": 4, "phường": 4, "bản": 4}
_ADMIN_PLACE = PhraseSet.compile(
    # ("tại trung tâm huyện Sốp Cộp", "tại khu vực cửa khẩu Giang Thành", "thăm, chúc Tết tỉnh Kon Tum")
    r"(?:[Tt]ại|[Ởở]|thăm|đến|tới|lên|vào|tham quan|khảo sát|chúc [Tt]ết)\s+(?:trung tâm\s+|khu vực\s+)?"
    r"(?:(?:bản|xã|phường|thị trấn|khum)\s+[^,.;]{1,30},\s*"  # "tại xã Tà Lài, huyện …": the wider one
    # ("tại Hội trường UBND tỉnh (cơ sở 2), phường Kon Tum": a building, then where it is)
    r"|(?:Nhà|Trụ sở|Hội trường|Khách sạn|Trung tâm|Cung|Tòa|Văn phòng)\s[^.;:,]{2,60}?,\s*"
    # "tại Sân vận động huyện Lộc Ninh", "thăm Đồn Biên phòng Cửa khẩu quốc tế Bờ Y": a ground, an office, a post there
    # ("tại trụ sở UBND huyện Ngọc Hồi", "tại chùa Wat Prasat, huyện Chantrea": written small;
    # "tại Cảng Vũng Áng Việt - Lào (thị xã Kỳ Anh)": where the building is, in brackets)
    r"|(?![Cc]ửa khẩu|[Kk]hu [Kk]inh tế|[Đđ]ồn )(?:[A-ZĐ][\w-]*|trụ sở|hội trường|sân vận động|nhà văn hóa|chùa|đình|nghĩa trang|khu di tích|văn phòng)"
    r"(?:\s+[\w-]+){0,5}?(?:\s+|,\s*|\s*\()"
    r")?"
    r"(?P<admin>thành phố|thủ đô|Thủ đô|thị xã|thị trấn|tỉnh|huyện|quận|xã|bản|khum|srok|mương|TP\.?|Tp\.?"
    r"|[Cc]ửa khẩu(?: [Qq]uốc tế| chính| phụ)?|phường|đặc khu|huyện đảo"
    # "tại Đồn Biên phòng Pù Nhi": a border post is named for its commune or its gate
    r"|[Đđ]ồn (?:[Bb]iên phòng|BP|BĐBP)(?: [Cc]ửa khẩu(?: [Qq]uốc tế)?)?"
    # "thăm Khu kinh tế Vũng Áng", "Khu Công nghệ cao Hòa Lạc": a zone named for its place
    # ("Khu Kinh tế - Thương mại đặc biệt Lao Bảo")
    # ("khảo sát cảng Vũng Áng", "thăm Khu kinh tế mở Chu Lai")
    r"|[Cc]ảng(?: biển| quốc tế)?"
    r"|[Kk]hu (?:[Kk]inh tế(?: mở)?(?:\s*-\s*[Tt]hương mại)?(?: đặc biệt)?(?: [Cc]ửa khẩu(?: [Qq]uốc tế)?)?|[Cc]ông nghệ cao))\s*"
    # (not a zone named for its bearing: "Khu kinh tế Đông Nam")
    # ("huyện Cư M'gar", "Ea H'leo": an apostrophe inside a name of the Central Highlands)
    rf"(?!(?:Đông|Tây) (?:Nam|Bắc)(?!\w))(?P<name>[{CAPITAL_LETTERS}][\w-]*(?:\s+[{CAPITAL_LETTERS}](?:[\w-]|['’](?=\w))*){{0,3}})",
    whole_words=False,
)
# "kỷ niệm 47 năm Ngày ký Hiệp ước … (18/7/1977 - 18/7/2024)": the span commemorated dates nothing
_COMMEMORATED_SPAN = re.compile(r"kỷ niệm[^().;]{0,140}\([\d/.\s–-]*$"
                                # ("… chuẩn bị kỷ niệm Ngày 7/1": a holiday named by its day, not a day of the story)
                                r"|kỷ niệm\s+(?:\d+\s+năm\s+)?(?:ngày\s+)?$", re.IGNORECASE)
# "… lễ khai mạc Những ngày Văn hóa, kéo dài đến hết ngày 27/11": when it ends, not when it was
# ("mở cửa tại Phnôm Pênh đến hết ngày 26/6", "mở cửa miễn phí đến hết ngày 21/7": words may come between)
_AS_OF = re.compile(r"(?<!\w)tính\s+(?:đến|tới)\s+(?:hết\s+)?(?:ngày\s+)?$", re.IGNORECASE)
# "Tối 14/1 (giờ địa phương, tức sáng 15/1 giờ Việt Nam)": the same moment on the clock at home, no day of its own
_HOME_CLOCK_BEFORE = re.compile(r"(?<!\w)tức(?:\s+là)?\s+(?:(?:rạng|sáng|trưa|chiều|tối|đêm|khuya|ngày)\s+){0,2}$", re.IGNORECASE)
_HOME_CLOCK_AFTER = re.compile(r"\s*,?\s*(?:theo\s+)?giờ\s+(?:việt\s+nam|hà\s+nội)(?!\w)", re.IGNORECASE)
_UNTIL = re.compile(
    r"(?:kéo dài|diễn ra|mở cửa)(?:[\s,]+[^,.;]{1,40}?)?[\s,]+(?:đến|tới)(?:\s+hết)?(?:\s+(?:tuần|tháng)(?:\s+này)?\s*\()?"
    r"(?:\s*ngày)?\s*$", re.IGNORECASE)
# "dự Lễ khởi công …, dự kiến hoàn thành vào tháng 12-2026": when the work is due, not when the ceremony was
_DUE_BY = re.compile(
    r"(?:hoàn thành|hoàn tất|đưa vào sử dụng|đi vào hoạt động)\s+(?:vào\s+|trong\s+)?(?:(?:cuối|đầu|giữa)\s+)?(?:năm\s+)?$",
    re.IGNORECASE,
)
# ("Đáp lại, tháng 6, …", "Tiếp đó, tháng 9, …": a connective before the month)
_MONTH_OPENS = re.compile(r"\W*(?:(?:đáp lại|tiếp đó|sau đó|trước đó|tiếp theo|cũng)\s*,?\s*)?(?:(?:vào|hồi|trong)\s+)?"
                          r"(?:(?:trung|thượng|hạ)\s+tuần\s+)?", re.IGNORECASE)  # ("Trung tuần tháng 5, …")
_OCCASION_BEFORE = re.compile(r"(?<!\w)(?:đúng|vào|trong|nhân) dịp(?!\w)[^,.;:]{0,70}$", re.IGNORECASE)
# ("tại Nhà khách Tỉnh ủy Hà Tĩnh, phường Thành Sen": the province names the guest house, the ward places it)
_BUILDING_BEFORE = re.compile(r"(?:Cung|Nhà hát|Nhà khách|Khách sạn|Trung tâm|Phủ|Dinh|Hội trường|Bảo tàng)"
                              r"(?:\s+(?:Tỉnh ủy|Thành ủy|UBND|Ủy ban nhân dân)(?:\s+(?:tỉnh|thành phố))?)?\s+$")
_VILLAGE_BEFORE = re.compile(r"(?<!\w)(?:bản|thôn|ấp|phum|làng)\s+$")
# "tại TP. Kon Tum": the abbreviation's full stop ends no clause
# "tại trụ sở Bộ Nội vụ, Phnôm Pênh": a building, then its city after a comma
_NEXT_WORD = re.compile(r" (\w+)")


_ORIGINALLY = re.compile(r"(?<!\w)(?:vốn|ban đầu|theo kế hoạch ban đầu,?)\s+(?:được\s+)?dự kiến(?!\w)[^.;]{0,50}$", re.IGNORECASE)
_WELCOMES = re.compile(r"(?<!\w)(?:nhiệt liệt )?(?:chào mừng|hoan nghênh)(?!\w)[^.;:,]{0,40}$", re.IGNORECASE)
_GOODS_SENT = re.compile(r"(?<!\w)(?:xuất khẩu|nhập khẩu|bán|vận chuyển|truyền tải|cung cấp|xuất)(?!\w)(?:[^,.;:]|\.(?=\d)){0,40}$", re.IGNORECASE)
_GUESTS_COUNTED = re.compile(r"[^.;:\n]{0,30}?(?<!\w)(?:hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|\d+)\s+đoàn\s+khách(?!\w)")
# "Đoàn đã được đón tiếp tại Cửa khẩu …. Đón Đoàn có X": a welcome on arrival and its welcomers
_ARRIVAL_WELCOMERS = re.compile(r"\W*(?:ra |đến )?đón (?:đoàn|các đoàn)[^.;:]{0,60}?\scó\s")
_AT_A_GATE = r"(?:tại|ở)\s+(?:cửa khẩu|sân bay|nhà ga|ga|bến cảng|cảng hàng không)(?!\w)"  # where guests arrive
_GATE_WELCOME = re.compile(r"(?<!\w)đón[^.;]{0,40}?\s" + _AT_A_GATE)
_AT_THE_GATE = re.compile(r"\s+" + _AT_A_GATE)
# "Tiếp đón hai Phu nhân có bà X, Hiệu trưởng …" opening a sentence: who welcomed the guests at what they
# came for, no reception of its own (not "Tiếp đón và hội đàm với Đoàn có …", talks told with it)
_WELCOMING_PARTY = re.compile(r"(?:tiếp đón|đón tiếp) (?!và\s)[^,.;:]{0,40}?(?<!\w)có\s")
_MOVED_TO = re.compile(r"(?<!\w)(?:lùi|dời|hoãn|chuyển)(?: lại)? (?:sang|đến|tới)(?!\w)[^.;]{0,18}$", re.IGNORECASE)


def _in_compound(low: str, start: int, end: int) -> bool:
    """Whether low[start:end] and the word after it make one of the genre's compounds ("lao động")."""
    nxt = _NEXT_WORD.match(low, end)
    return nxt is not None and f"{low[start:end]} {nxt.group(1)}" in compound_words()


# "sẽ về Nghệ An", "vào tỉnh Tây Ninh": a visit's destination right after the verb
_AT_PLACE = re.compile(
    r"(?:tại|ở|đến|tới|sang)\s+(?:tp\.\s*)?(?:[^,.;]{0,30}[\s(])?$"
    r"|(?:vào|về|đi|thăm|chúc tết)\s+(?:tỉnh\s+|thành phố\s+|thủ đô\s+|huyện\s+(?:biên giới\s+)?)?$"
)
# (searched further back, and only after a comma or a bracket)
_AT_BUILDING = re.compile(
    r"(?:tại|ở)\s+(?:trụ sở|nhà|khách sạn|phủ|dinh|cung|hội trường|trung tâm|văn phòng|quảng trường|sân vận động"
    r"|chùa|học viện|nghĩa trang|khu di tích|bảo tàng|đền|bệnh viện|trường|sân bay|cảng|bộ tư lệnh|căn cứ)"
    # ("tại Nhà Tang lễ Quốc gia, số 5 Trần Thánh Tông, Hà Nội": its street, then the city)
    r"[^,.;()]{0,60}(?:,\s*(?:số\s+)?\d[^,.;()]{0,40})?[,(]\s*(?:thủ đô|thành phố|tp\.?|tỉnh)?\s*$"
)
_AFTER_COMMA = re.compile(r"[,(]\s*(?:thủ đô|thành phố|tp\.?|tỉnh)?\s*$")


def _place_in(text: str, low: str, hits: list[tuple[int, int, str]]) -> str | None:
    """The place after "tại/ở/đến": a city or province before a country (``low``: the
    text's ``shadow``; ``hits``: gazetteer names found in it, as (start, end, key))."""
    kinds = _places()[1]
    found: list[tuple[float, int, str]] = []
    for start, end, name in hits:
        written = text[start:end]
        words = written.split()
        if len(words) == 1 and _in_compound(low, start, end):
            continue  # "Bộ Lao động": a word of a compound, not the country "Lao"
        if name.startswith(("thủ đô ", "thành phố ")) and len(words) > 2:  # "Thủ đô Viêng Chăn": the name after it
            words = words[2:]
            written = " ".join(words)
        if not all(w[:1].isupper() for w in words):
            continue  # "Cung Hòa bình" is a palace, not the province Hòa Bình
        if _BUILDING_BEFORE.search(text, max(0, start - 20), start):
            continue  # "tại Cung Hòa Bình", "Nhà hát Hà Nội": a building's name
        if _VILLAGE_BEFORE.search(text, max(0, start - 8), start):
            continue  # "tại bản Phôn-xa-vẳn, huyện Khăm-cợt": a village of the city's name; its district follows
        if _AT_PLACE.search(low, max(0, start - 45), start) or (
            _AFTER_COMMA.search(low, max(0, start - 16), start) and _AT_BUILDING.search(low, max(0, start - 150), start)
        ):
            found.append((_KIND_RANK.get(kinds[name], 2), start, written))
    for m in _ADMIN_PLACE.finditer(text):  # places the gazetteer lacks: "tại thành phố Phôn-xa-văn"
        # "tại huyện Pẹc, tỉnh Xiêng Khoảng": a district before its province, a province before a town
        admin = m.group("admin").lower()
        found.append((0.5 if admin.startswith(("khu", "cảng")) else _ADMIN_RANK.get(admin, 0), m.start("name"), m.group("name")))
    if not found:
        return None
    # at one start the longer name: "tại thị trấn Lao Bảo" is no visit to the country "Lao"
    found.sort(key=lambda f: (f[0], f[1], -len(f[2])))
    return found[0][2]


class _Found:
    """Where a phrase set matches in the whole article, to ask clause by clause."""

    def __init__(self, matches: list[re.Match[str]]) -> None:
        self.spans = [m.span() for m in matches]
        self.starts = [a for a, _ in self.spans]

    def first(self, start: int, end: int) -> int | None:
        """Start of the first match inside text[start:end], if any."""
        i = bisect.bisect_left(self.starts, start)
        if i < len(self.spans) and self.spans[i][1] <= end:
            return self.spans[i][0]
        return None

    def within(self, start: int, end: int) -> list[tuple[int, int]]:
        """Every match inside text[start:end]."""
        i = bisect.bisect_left(self.starts, start)
        return [(a, b) for a, b in self.spans[i:] if b <= end]


def _opens_sentence(sentences: list[tuple[int, int]], at: int) -> bool:
    """Whether a sentence (of ``sentences``, sorted spans) starts exactly at ``at``."""
    k = bisect.bisect_right(sentences, (at, 1 << 62)) - 1
    return k >= 0 and sentences[k][0] == at


# "Tuần qua, hoạt động đối ngoại của tỉnh tập trung vào …", "Trong tuần từ 19 đến 25/9, tỉnh đón tiếp đoàn … và có
# nhiều hoạt động …", "Tuần này, tỉnh đón đoàn …, hội đàm trực tuyến với … và tiếp …": a week's round-up opening a digest
_WEEK_OPENS = re.compile(r"\W*(?:trong\s+)?tuần(?:\s+(?:qua|này|vừa qua))?(?:\s+(?:từ\s+)?(?:ngày\s+)?\d{1,2}[^,.;]{0,20})?\s*,")
_SEVERAL_ACTS = re.compile(r"(?<!\w)(?:hoạt động đối ngoại|nổi bật là|nhiều hoạt động)(?!\w)")


def _without_week_summaries(
    cues: list[tuple[int, int, str, int]], low: str, sentences: list[tuple[int, int]],
) -> list[tuple[int, int, str, int]]:
    """The cues less those of a week's round-up that tells the acts the digest then tells one by one (two acts or
    more named in it, or its "hoạt động đối ngoại"), when the article goes on to tell events."""
    drop: set[int] = set()
    for a, b in sentences:
        if not _WEEK_OPENS.match(low, a):
            continue
        here = [c for c in cues if a <= c[0] < b]
        if here and (len({c[2] for c in here}) >= 2 or _SEVERAL_ACTS.search(low, a, b)) and any(c[0] >= b for c in cues):
            drop.update(c[0] for c in here)
    return [c for c in cues if c[0] not in drop] if drop else cues


def find_events(
    text: str, sentences: list[tuple[int, int]], people: list[Mention], anchor: Anchor, title_end: int = 0
) -> list[Event]:
    """Events of an article; a headline (text before ``title_end``) only adds to events of the body."""
    mentions: list[_Mention] = []
    order = 0
    split_id = 0
    people = sorted(people, key=lambda p: p.start)
    starts = [p.start for p in people]
    # once per document; each clause takes its own slice ("hôm kia", "mùng 4 Tết" as the days they stand for)
    # ("tính đến ngày 8/9, tỉnh đã ghi nhận 41 ca": the day a count is made up to, no day anything happened on)
    doc_dates = [pin(d, anchor.at(d.start)) for d in find_dates(text) if not _AS_OF.search(text, max(0, d.start - 20), d.start)
                 and not (_HOME_CLOCK_AFTER.match(text, d.end) and _HOME_CLOCK_BEFORE.search(text, max(0, d.start - 24), d.start))]
    dateline = wire_dateline_span(text)  # "Phnôm Pênh, ngày 8/11/2024 (AKP) --" dates the report, not the event
    if dateline is not None:
        doc_dates = [d for d in doc_dates if not dateline[0] <= d.start < dateline[1]]
    key = document_key(text)
    low_doc = document_shadow(text)
    # once per document, then taken sentence by sentence; not a tally ("đồng tổ chức 6 hội thảo", "26 cuộc tuần tra")
    doc_cues = [c for c in _find_cues(key) if not _COUNTED.search(key, max(0, c[0] - 30), c[0])
                # ("Lào xuất khẩu 5.000 MW điện sang Việt Nam": goods sent, not a visit)
                and not (c[2] == "visit" and key.startswith("sang", c[0]) and _GOODS_SENT.search(key, max(0, c[0] - 50), c[0]))
                and not (c[2] == "reception" and _WELCOMING_PARTY.match(low_doc, c[0]) and _opens_sentence(sentences, c[0]))
                # ("Trong tuần qua, Sở Ngoại vụ đã đón tiếp và làm việc với ba đoàn khách …": a tally, each told after)
                and not (c[2] in ("reception", "talks") and _GUESTS_COUNTED.match(low_doc, c[1]))
                # ("Đoàn đã được đón tiếp tại Cửa khẩu quốc tế Bờ Y": a welcome on arrival, no reception)
                and not (c[2] == "reception" and "đón" in low_doc[c[0] : c[1]] and _AT_THE_GATE.match(low_doc, c[1]))
                # ("+ Kế hoạch trao đổi giảng viên năm 2011: A và B ký;": a signer's "ký" ending a line is an item
                # of a list of documents, nowhere else)
                and not (c[1] - c[0] == 2 and _ENDS_LINE.match(text, c[1])
                         and not _SIGNED_ITEM.match(text, text.rfind("\n", 0, c[0]) + 1, c[0]))]
    doc_cues = _without_week_summaries(doc_cues, low_doc, sentences)
    found_all = find_all((_SPEECH, _PLANNED, _VISITOR_REF, _PAIR_REF, _PROVIDED), text)
    # "Hội nghị ba bên lần thứ 5 …": the sides that name a meeting are not its subject
    found_all[3] = [m for m in found_all[3] if not _NAMED_BY_SIDES.search(low_doc, max(0, m.start() - 12), m.start())]
    speeches, plans, visitor_refs, pair_refs, provisions = (_Found(found) for found in found_all)
    cue_starts = [c[0] for c in doc_cues]
    day_heads = _programme_days(text, doc_dates)
    day_head_ends = [d.end for d in day_heads]
    delegations = _delegations(text, low_doc, people)
    quotes = _speech_quotes(text) if ":" in text else []
    for d in delegations:
        if d.travels:  # a trip told with its day, not one recalled by its month ("Tháng 10/2023, Đoàn … đã sang …")
            k = bisect.bisect_right(sentences, (d.span[0], len(text))) - 1
            a, b = sentences[k] if k >= 0 else (0, len(text))
            d.travels = any(a <= x.start < b and (x.day is not None or x.relative == "same_day") for x in doc_dates)
    place_at = _places()[0].match_at

    def places_in(a: int, b: int) -> list[tuple[int, int, str]]:
        """Gazetteer names in low_doc[a:b] that start with a capital in the text (a place name
        is capitalised: "Cung Hòa bình" is no province), with offsets from a."""
        out = []
        after = a
        for cap in _CAPITAL_WORD.finditer(text, a, b):
            if cap.start() < after:
                continue
            m = place_at(low_doc, cap.start(), b)
            if m is not None:
                out.append((m.start() - a, m.end() - a, m.group(0)))
                after = m.end()
        return out

    def people_in(a: int, b: int) -> list[Mention]:
        return people[bisect.bisect_left(starts, a) : bisect.bisect_left(starts, b)]

    def named_next(idx: int, everyone: bool = False) -> list[Mention]:
        """"lãnh đạo UBND thành phố đã tiếp đoàn. Phó Chủ tịch X bày tỏ …": the one the next
        sentence of the paragraph opens with (or ``everyone`` it names), when it tells no event
        of its own."""
        if idx + 1 >= len(sentences):
            return []
        a, b = sentences[idx + 1]
        k = bisect.bisect_left(cue_starts, a)
        told = [c[2] for c in doc_cues[k:] if c[0] < b][:8]
        # "… tổ chức lễ kết nghĩa. Dưới sự chứng kiến của A và B, C và D đã ký …": those at the signing
        # told next were at the ceremony
        signing_next = everyone and bool(told) and set(told) == {"signing"}
        if ("\n\n" in text[sentences[idx][1] : a] and not everyone) or (told and not signing_next):
            return []  # another paragraph (a ceremony's may open the next), or a sentence with an event of its own
        if everyone and not told and not people_in(a, b):
            # "… đã bàn giao tuyến đường. Tuyến đường dài 14 km …. Tại buổi lễ, ông A trao … cho ông B"
            for j in range(idx + 2, min(idx + 4, len(sentences))):
                if _AT_THE_CEREMONY.match(text, sentences[j][0]):
                    return people_in(*sentences[j])
                k = bisect.bisect_left(cue_starts, sentences[j][0])
                if people_in(*sentences[j]) or (k < len(doc_cues) and doc_cues[k][0] < sentences[j][1]):
                    break  # (someone or something else told between)
        return people_in(a, b) if everyone else people_in(a, min(b, a + 80))[:1]

    def the_two_before(idx: int) -> list[Mention]:
        """"hai ông", "hai vị": the two people the sentences before (same paragraph, up to three back) name,
        if the nearest ones that name two or more name exactly two."""
        named: dict[str, Mention] = {}
        for j in range(idx - 1, max(-1, idx - 4), -1):
            if "\n\n" in text[sentences[j][1] : sentences[j + 1][0]]:
                break
            for p in people_in(*sentences[j]):
                named.setdefault(p.key, p)
            if len(named) >= 2:
                return list(named.values()) if len(named) == 2 else []
        return []

    attendance_copies: set[int] = set()  # mentions made for a sentence that only lists who attended
    list_frames: set[int] = set()  # where the lines that open or close a list of documents signed start
    for s_index, (s_start, s_end) in enumerate(sentences):
        i = bisect.bisect_left(cue_starts, s_start)
        sentence_cues = []
        while i < len(doc_cues) and doc_cues[i][0] < s_end:
            if doc_cues[i][1] <= s_end:
                sentence_cues.append(doc_cues[i])
            i += 1
        if not sentence_cues and not mentions:
            continue
        groups: list[list[tuple[int, int]]] = []
        cue_ends: list[int] = []  # where each group's last clause with a cue ends
        pending: list[tuple[int, int]] = []
        for c in _clauses(text, s_start, s_end):
            pending.append(c)
            if any(c[0] <= a < c[1] for a, _, _, _ in sentence_cues):
                groups.append(pending)
                cue_ends.append(c[1])
                pending = []
        if pending and groups:
            groups[-1].extend(pending)
        for group, cue_end in zip(groups, cue_ends):
            g_start, g_end = group[0][0], group[-1][1]
            seg = text[g_start:g_end]
            low = key[g_start:g_end]
            cues = [(a - g_start, b - g_start, t, pr) for a, b, t, pr in sentence_cues if g_start <= a < g_end]
            if any(c[2] == "call" for c in cues):
                # "tổ chức hội nghị trực tuyến sơ kết 2 năm …": what the online meeting does, not another meeting
                cues = [c for c in cues if c[2] != "conference"]
            if "hội đàm" in low:
                # "Khai mạc hội đàm, …": the talks' opening, no meeting of its own
                cues = [c for c in cues if not (c[2] == "conference" and low_doc.startswith(("khai mạc hội đàm", "bế mạc hội đàm"), g_start + c[0]))]
                # "Trước hội đàm, X đã chủ trì lễ đón chính thức Y": the welcome of the talks, no event of its own
                cues = [c for c in cues if not (c[2] == "conference" and low.startswith(("lễ đón", "nghi thức đón"), c[0]))]
                # "hội đàm sơ kết 9 tháng …", "hội đàm định kỳ tổng kết …": what the talks do, no meeting of its own
                cues = [c for c in cues if not (c[2] == "conference" and low.startswith(("sơ kết", "tổng kết"), c[0])
                                                and _TALKS_FOR.search(low, max(0, c[0] - 30), c[0]))]
            # "Ngay chiều cùng ngày trình Quốc thư, A chào xã giao B": the act that names the day is no act here
            if "cùng ngày" in low:  # (a test per cue only where the words are: most groups have none)
                cues = [c for c in cues if not (_SAME_DAY_BEFORE.search(low, max(0, c[0] - 15), c[0])
                                                and any(o[2] == c[2] and o[0] >= c[1] for o in cues))]
            dates = [
                _shift(d, -g_start) for d in doc_dates
                if g_start <= d.start < g_end and not d.since and not _UNTIL.search(key, max(0, d.start - 75), d.start)
                and not _DUE_BY.search(key, max(0, d.start - 45), d.start)
                and not (d.day is None and _TOPIC_PLANNED.search(key, max(0, d.start - 160), d.start))
                and not _COMMEMORATED_SPAN.search(key, max(0, d.start - 160), d.start)
                and not (d.year is not None and _in_anniversary_span(text, d.start, d.end))  # "(2/12/1975 - 2/12/2025)"
                and not _ISSUE_DATE_BEFORE.search(key, max(0, d.start - 25), d.start)
            ]
            if any(c[2] == "conference" for c in cues) and len(dates) == 1 and not dates[0].is_range and dates[0].day:
                until = next((d for d in doc_dates if g_start + dates[0].end <= d.start < g_end and d.day and d.relative is None
                              and _UNTIL.search(key, max(0, d.start - 75), d.start)), None)
                if until is not None and (until.month or dates[0].month, until.day) > (dates[0].month or 0, dates[0].day):
                    # "Tuần lễ Văn hóa … khai mạc hôm 13/12 và sẽ kéo dài đến ngày 17/12": its span, opening to end
                    dates = [dataclasses.replace(dates[0], end_day=until.day, end_month=until.month, end_year=until.year)]
            dates += [d for d in year_frames(seg) if not any(x.start <= d.start < x.end for x in dates)]
            if day_heads and all(d.month is None for d in dates):
                # "Thứ Sáu, 27/12/2024 | | |" over "09h30 | Hội đàm …": an item of a programme is on its day
                # (a year in it names a plan, "- 16h30: … ký Kế hoạch hợp tác năm 2024")
                k = bisect.bisect_right(day_head_ends, g_start) - 1
                if k >= 0 and (PROGRAMME_ITEM.match(text, text.rfind("\n", 0, g_start) + 1) or PROGRAMME_ITEM.match(text, g_start)):
                    dates = [dataclasses.replace(day_heads[k], start=0, end=0)]
            speech = speeches.first(g_start, g_end)
            # the speaker of "X cho biết, …" is not taking part in what X reports
            speaker_end = speech - g_start if speech is not None and not any(c[0] < speech - g_start for c in cues) else -1
            # "Phát biểu khai mạc, ông X nhấn mạnh, Chủ tịch Kaysone Phomvihane là …": those named in what is said
            # after every cue are spoken of, not at the event
            # ("… có Thứ trưởng Bộ Thông tin, Văn hóa và Du lịch Lào B": a capital is a body's name, not one speaking;
            # "các đại biểu lần lượt phát biểu: …" names its speakers after the verb)
            said_from = speech if (
                speech is not None and speaker_end < 0 and all(c[0] < speech - g_start for c in cues)
                and text[speech].islower() and not _ends_in_colon(_SPEECH.match_at(text, speech))
                and any(0 <= speech - p.end <= 40 for p in people_in(g_start, speech))) else g_end
            source = _ATTRIBUTED.match(text, g_start, g_end)
            if source is not None and speaker_end < 0 and not any(c[0] < source.end() - g_start for c in cues):
                speaker_end = source.end() - g_start
            persons = [
                p for p in people_in(g_start, g_end)
                if not _in_last_clause(_GREETING, text[max(g_start, p.start - 200) : p.start])
                and not _history_after(text, p.end, g_end)
                and not _COMMEMORATED_BEFORE.search(low_doc, max(g_start, p.start - 40), p.start)
                and not _in_quotes(text, g_start, p.start)
                and not _CONSENSUS_OF.search(low_doc, max(g_start, p.start - 120), p.start)
                and not (_PASSIVE_AGENT_BEFORE.search(low_doc, max(g_start, p.start - 80), p.start)
                         and _CITED_VERB_AFTER.match(low_doc, p.end, g_end))
                and not p.start < g_start + speaker_end
                and p.start < said_from
            ]
            # "ký Chương trình …; theo đó, năm tới … sẽ hỗ trợ": a plan in a later clause
            # without a cue of its own is the agreement's content, not the event's future
            # (where what a document signed holds will happen is not where it was signed)
            signed_at = next((c[1] for c in cues if c[2] == "signing"), None)
            content = _CONTENT_FOLLOWS.search(seg, signed_at) if signed_at is not None else None
            told_end = g_start + content.start() if content is not None else g_end
            # ("đã ký Kế hoạch …, theo đó phía Việt Nam sẽ hỗ trợ …": nor is what it holds the signing's future)
            planned = plans.first(g_start, min(cue_end, told_end)) is not None
            place = _place_in(text[g_start:told_end], low_doc[g_start:told_end], places_in(g_start, told_end))
            if place is None and g_start > s_start and sentence_cues and sentence_cues[0][0] > s_start:
                # "Chiều 23/11, tại Thủ đô Phnôm Pênh, Đoàn … đã chào A; hội kiến B; …": the place that opens the
                # sentence, before its first act, is where each of them was
                a, b = s_start, sentence_cues[0][0]
                place = _place_in(text[a:b], low_doc[a:b], places_in(a, b))
            if place is None and s_index > 0 and _THERE.match(text, s_start):
                # "Chiều 7/12, Đoàn bay đến Pắc-xế. Tại đây, A đã hội đàm với B": the place just named
                a, b = sentences[s_index - 1]
                before_here = places_in(a, b)
                # (where the delegation went, if the sentence says: "bay đến Pắc-xế, thủ phủ của tỉnh Chăm-pa-xắc")
                went_to = [n for n in before_here if _WENT_TO.search(text, max(a, a + n[0] - 25), a + n[0])]
                went = (went_to or before_here[-1:])[0] if before_here else None
                place = text[a + went[0] : a + went[1]] if went else None
            # ("Hai bên cũng nhắc lại, …": the sides speaking, not those of what they recall)
            deleg = (VISITOR if visitor_refs.first(g_start, g_end) is not None else 0) | (
                PAIR if pair_refs.first(g_start + max(speaker_end, 0), g_end) is not None else 0)
            pair_at = pair_refs.first(g_start + max(speaker_end, 0), g_end) if deleg & PAIR else None
            if pair_at is not None and cues and cues[-1][1] <= pair_at - g_start and any(
                    g_start + cues[-1][1] <= p.start < pair_at for p in persons):
                # "A có cuộc gặp với Thủ tướng Canada B; hai bên nhất trí …": the two just named, after every act told
                deleg &= ~PAIR
            if deleg & VISITOR and any(_and_the_delegation(text, p.end) for p in persons):
                deleg &= ~VISITOR  # "đã tiếp ông X và Đoàn": X is the delegation's head
            named_at = _delegations_named(low_doc, g_start, g_end, delegations)  # (where each is named: receptions in turn)
            named_heads = _heads_of(named_at)
            if not named_heads and deleg & VISITOR:
                named_heads = _latest_delegation_head(delegations, g_start, text)
            if named_heads:
                # "đã tiếp Đoàn đại biểu tỉnh Luang Namtha": the delegation named is its head
                persons = persons + [h for h in named_heads if h.key not in {p.key for p in persons}]
                deleg &= ~VISITOR
            types_here = tuple(dict.fromkeys(c[2] for c in cues))  # in the order written: a set's order varies by run
            if "conference" not in types_here and _MEETING_OPENS.match(low):
                # "Cuối cuộc họp, hai bên đã ký …": the meeting named (no cue of its own there) dates the act
                types_here += ("conference",)
            made: dict[str, _Mention | None] = {}  # type → its mention here, when that one only refers back
            carved: list[tuple[int, int]] = []
            ranges = [d for d in dates if d.is_range]
            days = [d for d in dates if not d.is_range]
            opening_ref = bool(cues) and bool(_ANAPHORIC.search(low[: cues[0][0]]))
            opening_comma = low.find(",", cues[0][1]) if opening_ref else -1
            visit_owns_range = any(c[2] == "visit" for c in cues) and any(d.is_range for d in dates)
            primaries = [c for c in cues if c[2] != "visit"]
            headline = g_start < title_end
            prev_planned = False
            for ci, (c_start, c_end, ctype, _pr) in enumerate(cues):
                before = low[max(0, c_start - 30) : c_start]
                # "đã ký Kế hoạch … và thống nhất sẽ ký kết Biên bản …": each cue is planned by
                # the plan words since the cue before it, not by the other's
                scope_start = g_start + (cues[ci - 1][1] if ci else 0)
                provided = provisions.first(scope_start, g_start + c_start) is not None
                cue_planned = provided or (planned and plans.first(
                    scope_start, g_start + cues[ci + 1][0] if ci + 1 < len(cues) else cue_end
                ) is not None) or (
                    # "… sẽ hội đàm và ký Kế hoạch …": one "sẽ" for both verbs it joins
                    planned and ci > 0 and prev_planned and low[cues[ci - 1][1] : c_start].strip() in ("", "và", ",")) or (
                    # "đề nghị hai tỉnh sớm hoàn thành tổng kết …, xây dựng và ký kết …": all that is asked for
                    planned and ci > 0 and _PROPOSED.search(low, 0, c_start) is not None)
                prev_planned = cue_planned
                anaphoric = ci == 0 and (opening_ref or (c_start == 0 and ctype != "visit" and not dates))
                subject = None  # the last one: "… hai đoàn, hai Bộ trưởng đặt bút ký"
                for subject in _DELEGATION_REF.finditer(low[max(0, c_start - 40) : c_start]):
                    pass
                named_subject = _NAMED_SUBJECT.search(before)
                predicate = (
                    bool(_PREDICATE_BEFORE.search(before))
                    or bool(_CUE_IS_PREDICATE.match(low, c_start, c_end))
                    or bool(subject and "," not in low[max(0, c_start - 40) + subject.end() : c_start])
                    or bool(named_subject)
                    # "Ngay sau buổi tiếp, đã diễn ra lễ trao tiền hỗ trợ": the ceremony told as taking place (not
                    # "đã diễn ra lễ ký hai văn kiện", which the signings told next detail)
                    or (ctype != "signing" and _TOOK_PLACE_BEFORE.search(before) is not None)
                    # "hai Tổng Bí thư chứng kiến đồng chí A và đồng chí B ký Thỏa thuận …": the signing is witnessed
                    or (ctype == "signing" and _WITNESSED_SIGNERS.search(low[max(0, c_start - 150) : c_start]) is not None)
                    # "Thứ trưởng A và Thứ trưởng B ký Kế hoạch …": the signers named right before the verb
                    or (ctype == "signing" and any(0 <= g_start + c_start - p.end <= 2 for p in persons))
                )
                happened = bool(_HAPPENED_AFTER.match(low[c_end:]))
                # "Kết thúc hội đàm, hai Bộ trưởng ký Kế hoạch …": the cue right after the opening is the main verb
                main_clause = 0 <= opening_comma < c_start <= opening_comma + 80 and "," not in low[opening_comma + 1 : c_start]
                # ("Sau hội đàm, bà A và ông B, Giám đốc Sở …, ký Biên bản …": the subject named with their titles)
                main_clause = main_clause or (
                    ctype == "signing" and 0 <= opening_comma < c_start <= opening_comma + 220
                    and any(opening_comma < p.start - g_start <= opening_comma + 25 for p in persons)
                    and not any(opening_comma < cc[0] < c_start for cc in cues))
                thanked = (_in_last_clause(_THANKS_BEFORE, low[max(0, c_start - 200) : c_start], reach=150)
                           # (a cue that opens with its tense, "đã tiếp", leaves that word to the clause
                           # when the sentence opens with "Trước khi …,"; one that opens with its subject,
                           # "Đoàn đi khảo sát", that capital)
                           and not _WHEN_CLAUSE_CLOSED.search(
                               low, max(0, c_start - 200), (_after_tense(low, c_start) if _WHEN_OPENS.match(low) else c_start)
                               + low[c_start : c_start + 1].isupper()))
                reference = (
                    anaphoric
                    or headline
                    or (bool(_CONTEXTUAL.search(before)) and not happened and not predicate)
                    or (opening_ref and ci > 0 and not predicate and not main_clause)
                    or thanked
                )
                if ci == 0 and _ATTENDING_BEFORE.fullmatch(low, 0, c_start) and _LISTED_AFTER.match(low, c_end):
                    reference = True  # "Cùng dự buổi tiếp có đồng chí X": who attended what was just told
                if ci == 0 and _ATTENDED_BY_SUBJECT.search(low, 0, c_start) and _ENDS_HERE.match(low, c_end):
                    reference = True  # "Đại tướng X cùng dự buổi tiếp.": the same
                if ctype == "signing" and _SIGNED_AS_RELATIVE.match(low, c_start):
                    # "tiếp tục thực hiện Biên bản … giai đoạn 2021 - 2025 đã ký hồi tháng 4": what is carried
                    # out was signed before; a signing of its own names its signers after the verb of carrying out
                    done = _IMPLEMENTING.search(low, max(0, c_start - 200), c_start)
                    if done is not None and not any(g_start + done.start() <= p.start < g_start + c_start for p in persons):
                        reference = True
                if (ctype == "signing" and _RECALLS_BEFORE.search(low, max(0, c_start - 120), c_start)
                        and not any(c_end <= d.start < (cues[ci + 1][0] if ci + 1 < len(cues) else len(low)) for d in dates)):
                    reference = True  # "Ông A nhắc lại, hai thành phố đã ký Biên bản … giai đoạn 2021 - 2025": recalled, no day of its own
                if reference and anaphoric and ci == 0 and not headline and _OWN_DAY_AFTER.match(low, c_end):
                    # "Tại lễ khai giảng hôm 18/11, bà X cho biết …": the ceremony named with its own day
                    reference = anaphoric = False
                if (reference and not (anaphoric or headline or thanked or opening_ref) and _DAY_FRAMED_CONTEXT.match(low, 0, c_start)
                        and not _OPENS_OR_CLOSES.search(low, c_start, c_end)):  # ("tại lễ bế mạc diễn đàn": the forum's)
                    reference = False  # "Trước đó, ngày 3/9, trong cuộc điện đàm với X, …": an act of its own day
                visit_before = next((c for c in reversed(cues[:ci]) if c[2] == "visit" and not _is_trip_cue(low, c[0])), None)
                if (ctype in ("reception", "talks") and _pr < 7 and visit_before is not None
                        and not any(g_start + visit_before[1] <= p.start < g_start + (cues[ci + 1][0] if ci + 1 < len(cues) else len(low))
                                    for p in persons)):
                    reference = True  # "sang thăm, làm việc tại tỉnh X và gặp gỡ bà con", "… và làm việc với một số doanh nghiệp": part of the visit
                if ctype != "visit" and _OCCASION_BEFORE.search(low, max(0, c_start - 90), c_start):
                    # "thăm Việt Nam đúng dịp Quốc hội đang tiến hành Kỳ họp thứ 10": the occasion (a visit
                    # "vào dịp" is one still to come: "ký kết vào dịp Đoàn … sang thăm Lào trong tháng 7 tới")
                    reference = True
                if reference and ctype == "conference" and _LED_TO_ATTEND.search(low, max(0, c_start - 140), c_start):
                    reference = False  # "X đã dẫn đầu đoàn … sang dự Hội chợ …": the trip and the fair it went to
                if reference and ctype == "conference" and _ATTENDED_AND_SPOKE_AT.search(low, max(0, c_start - 60), c_start):
                    reference = False  # "Sáng 17/8, X đã dự và phát biểu tại Hội nghị …": the meeting attended
                if _PURPOSE_BEFORE.search(low[max(0, c_start - 100) : c_start]):
                    reference = True  # "hội chợ là cơ hội để doanh nghiệp hai bên gặp gỡ, ký kết hợp đồng": a purpose
                if ctype == "conference" and _STAYING_FOR.search(before):
                    reference = True  # "đã tiếp Đại tướng X, đang ở Campuchia dự Hội nghị …": why X is there
                if ctype == "conference" and before.rstrip().lower().endswith(_DOCUMENT_OF_A_MEETING):
                    reference = True  # "đã ký Biên bản Hội nghị": the meeting's record, not another meeting
                if ctype == "conference" and low[c_start:c_start + 1].isupper() and before.rstrip().lower().endswith(_HALL_OF_MEETINGS):
                    continue  # "tại Trung tâm Hội nghị tỉnh": a building, not a meeting
                if ctype == "visit" and _MEMORIAL_AFTER.match(low, c_end):
                    reference = True  # "đến thăm Khu lưu niệm Chủ tịch …": homage, like a wreath-laying
                if (reference and ctype == "visit" and _PREPARING_FOR.search(before)
                        and _COMING_MONTH.match(low, c_end, cues[ci + 1][0] if ci + 1 < len(cues) else len(low))):
                    # "… chuẩn bị cho chuyến thăm chính thức Việt Nam của X vào đầu tháng 12 tới": a visit planned
                    reference, cue_planned = False, True
                ending = ctype == "visit" and bool(_ENDING_BEFORE.search(before))
                if ending and not (anaphoric or headline) and any(
                        d.is_range and c_end <= d.start < (cues[ci + 1][0] if ci + 1 < len(cues) else len(low)) for d in dates):
                    # "X đã kết thúc chuyến thăm chính thức Việt Nam từ ngày 17 đến 21/10": the whole visit, with its days
                    ending = reference = False
                    closed_with_days = True
                else:
                    closed_with_days = False
                if ending:
                    reference = True  # "Đoàn sẽ kết thúc chuyến thăm và về nước vào ngày 7/10": the visit's end
                if ctype == "visit":
                    exact = [d for d in days if d.day is not None or d.relative in (
                        "today", "yesterday", "tomorrow", "same_day", "next_day", "last_week", "next_week")
                             or (d.relative or "").startswith(("visit_", "before:"))]  # "Sang ngày làm việc thứ hai, Đoàn đi thăm …"
                    # "Tháng 8/2023, ông X thăm …", "… dẫn đầu hồi tháng 11 năm ngoái": a month of its own
                    own_scope_end = cues[ci + 1][0] if ci + 1 < len(cues) else len(low)
                    months = [d for d in days if d.day is None and d.month is not None and d.start < own_scope_end
                              and (d.year is not None or (d.relative or "").startswith("year") or d.relative in ("recent", "upcoming")
                                   # "Tháng 4, Đoàn … đã thăm …": a month framing the sentence, of the article's year
                                   or _MONTH_OPENS.fullmatch(low, 0, d.start) is not None)
                              # ("… đầu tiên của ông X kể từ khi ông nhậm chức hồi tháng 8/2023": another act's month)
                              and not (d.start > c_end and _RECALLED_BREAK.search(low, c_end, d.start))]
                    exact = exact or months
                    if not exact:
                        # "Cuối năm ngoái, ông X dẫn đầu Đoàn sang thăm …", "… sang thăm Campuchia trong năm nay"
                        yr = _VISIT_YEAR_BEFORE.match(low) or _VISIT_YEAR_AFTER.search(low, c_end, own_scope_end)
                        in_year = _VISIT_IN_YEAR.search(low, c_end, min(own_scope_end, c_end + 60)) if yr is None else None
                        if yr is not None:
                            exact = [DateMention(yr.start(), yr.end(), None, None, None,
                                                 relative=f"year{YEAR_SHIFT[yr.group('w')]:+d}")]
                        elif in_year is not None:
                            # "… nhận lời mời sang thăm chính thức Việt Nam trong năm 2024": a visit of that year
                            exact = [DateMention(in_year.start(), in_year.end(), None, None, int(in_year.group("y")))]
                        else:
                            # "Năm 2022, ông X dẫn đầu Đoàn … thăm và làm việc tại tỉnh Y": the year framing it
                            exact = [d for d in days if d.month is None and d.year is not None and d.start < c_start
                                     and _YEAR_OPENS.fullmatch(low, 0, d.end)
                                     and any(g_start + d.end <= p.start < g_start + c_start for p in persons)]
                    # "đã tiếp Bộ trưởng X, đang thăm Việt Nam": without its own range a visit beside
                    # another event is background
                    # (neither a weak cue told after the visit, "sang thăm … và gặp gỡ bà con", which is part of
                    # it, nor a ceremony attended after it, "sang thăm, làm việc tại X, dự lễ khánh thành …")
                    # (nor one named after it as a thing, "… và cảm ơn sự đón tiếp trọng thị", which is no act)
                    beside = [c for c in primaries if c[0] < c_start or (c[3] >= 7 and not (
                        c[2] == "conference" and low[max(0, c[0] - 12) : c[0]].rstrip().lower().endswith("dự"))
                        and not _CONTEXTUAL.search(low[max(0, c[0] - 30) : c[0]]))]
                    # (a trip recalled by its month, "Tháng 10/2019, X đã thăm chính thức Việt Nam và hội đàm với Y", is
                    # told as a whole: the visit stands beside its talks)
                    # (not a greeting trip, "sang thăm, chúc Tết …", which is its calls)
                    recalled_trip = (bool(exact) and exact[0].day is None and exact[0].month is not None and exact[0].year is not None
                                     and all(c[2] in ("talks", "conference", "signing") for c in beside))
                    # ("… sẽ gặp mặt lưu học sinh Lào và thăm Học viện X": the next act of the day, not a trip in the background)
                    next_act = bool(exact) and exact[0].day is not None and _NEXT_ACT_BEFORE.search(low, max(0, c_start - 16), c_start) is not None
                    own_day = exact[0] if exact and not reference and not (beside and not ranges and not recalled_trip and not next_act) else None
                    # ("… đã đi thăm vườn cao su …, tiếp tục chương trình chuyến thăm … từ ngày 13 đến 16/12": the
                    # range is the trip's, told after; this visit is of its own day)
                    trip_after = bool(ranges) and own_day is not None and own_day.day is not None and any(
                        c[2] == "visit" and c_end <= c[0] and c[1] <= ranges[0].start and _is_trip_cue(low, c[0]) for c in cues)
                    date = ranges[0] if ranges and not trip_after else own_day
                    if date is None or (reference and not ranges):
                        reference = True
                    elif reference and ranges:
                        reference = False
                else:
                    # "hai Thứ trưởng đã hội đàm chiều cùng ngày, thống nhất tổ chức Kỳ họp …": the day of
                    # the act told first is not the day of what it plans
                    told_done = bool(ci) and "đã" in low[max(0, cues[ci - 1][0] - 12) : cues[ci - 1][1]].lower().split()
                    pool = [d for d in days if d.start >= cues[ci - 1][1]] if cue_planned and told_done else days
                    # "… hồi tháng 12/2021, nhất trí tổ chức kỳ họp … vào tháng 12/2022": a plan's own date follows it
                    # (not one of an act after it: "… sẽ chào từ biệt A trước khi về nước vào cuối tháng này")
                    # (past a meeting named as the occasion: "sẽ có cuộc gặp bên lề Hội nghị … vào cuối tháng 7 tới")
                    if cue_planned and "đã" not in low[max(0, c_start - 12) : c_end].lower().split():
                        own_end = next((c[0] for c in cues[ci + 1 :] if not _CONTEXTUAL.search(low[max(0, c[0] - 30) : c[0]])), len(low))
                        own_after = [d for d in days if c_end <= d.start < own_end and not _ANOTHER_ACT.search(low, c_end, d.start)]
                        pool = own_after or pool
                    # ("hai Bộ trưởng đã ký Kế hoạch năm 2022, cụ thể hóa Kế hoạch … đã được hai Bộ ký kết hồi
                    # tháng 3/2021": a month recalled for a later act dates that one, not this)
                    if ci + 1 < len(cues):
                        pool = [d for d in pool if not (d.start >= cues[ci + 1][0] and _RECALLED_HOI.search(low, max(0, d.start - 6), d.start))]
                    # ("… đã ký Kế hoạch hợp tác năm 2025, trong đó hai bên thống nhất tổ chức Trại hè … vào tháng 7/2025":
                    # what the document holds, not when it was signed)
                    pool = [d for d in pool if d.start < c_end or not _CONTENT_FOLLOWS.search(low, c_end, d.start)]
                    # "… ban đầu dự kiến tổ chức vào ngày 20/11, sẽ được lùi sang ngày 10/12": the day it was moved to
                    # ("vốn dự kiến tổ chức cuối tháng 11 nhưng phải hoãn …, sẽ được tổ chức vào tháng 3-2020": the later one)
                    moved = [d for d in pool if d.start > c_end and (
                        _MOVED_TO.search(low, max(c_end, d.start - 30), d.start)
                        or any(_ORIGINALLY.search(low, max(c_end, o.start - 60), o.start) for o in pool if c_end < o.start < d.start))]
                    date = moved[0] if moved else (
                        _nearest(pool, c_start) or (ranges[0] if ranges and not visit_owns_range else None))
                    if (date is not None and date.day is None and date.month is not None and ranges and not visit_owns_range
                            and ranges[0].month == date.month):
                        date = ranges[0]  # "Cuối tháng 11, trong 2 ngày 24 và 25/11, …": the days of that month
                earlier = made.get(ctype)
                # ("Chuyến thăm là hoạt động đáp lại chuyến thăm Việt Nam của X hồi tháng 3/2016": another visit)
                recalled = ctype == "visit" and earlier is not None and any(
                    _recalled_visit(low, c_end, d) for d in days
                    if c_end <= d.start < (cues[ci + 1][0] if ci + 1 < len(cues) else len(low)))
                # "Sáng nay (14/6), trong khuôn khổ chuyến thăm … từ ngày 12 đến 15/6, X đã đến thăm tỉnh Y": the
                # trip took the range; the stop told with its verb is a visit of the day
                visits_here = [mm for mm in mentions[-len(cues):] if mm.sentence == (s_start, s_end) and mm.type == "visit"
                               and mm.date is not None] if ctype == "visit" and not reference and earlier is None else []
                stop_day = _nearest(days, c_start) if predicate and any(mm.date.is_range for mm in visits_here) else None  # type: ignore[union-attr]
                if stop_day is None and ranges and _is_trip_cue(low, c_start) and any(
                        not mm.date.is_range for mm in visits_here) and ranges[0].start > c_end:  # type: ignore[union-attr]
                    stop_day = ranges[0]  # (the trip told after the stop: its range)
                if stop_day is not None:
                    date = stop_day
                # ("Sáng nay (15/11), bên lề Hội chợ, Diễn đàn … đã diễn ra": the forum is an event of its own)
                # ("Ngay sau lễ tiếp nhận, … hai bên tổ chức hội nghị tổng kết": what came after the ceremony named)
                follows = earlier is not None and earlier.after and not reference and earlier.cue != low[c_start:c_end].lower()
                if ctype in made and not (earlier is not None and (predicate or happened) and not reference and date is not None) \
                        and not recalled and stop_day is None and not follows:
                    if ctype == "reception" and not reference:
                        _split_second_reception(mentions, text, g_start, cues, ci, persons)
                    continue
                if earlier is not None:
                    # "Bên lề hội chợ, ngày 13/6, X sẽ chủ trì Diễn đàn …": the fair is referred
                    # to, the forum is an event of its own with the people named after the fair
                    persons = [p for p in persons if p.start >= earlier.cue_start + len(earlier.cue)]
                    earlier.people = [p for p in earlier.people if p.start < earlier.cue_start + len(earlier.cue)]
                # "ngay sau cuộc gặp cấp cao … do A và B đồng chủ trì … vào cuối tháng 2": a context
                # mention with its own later date and people is an event of its own
                scope_end = cues[ci + 1][0] if ci + 1 < len(cues) else len(low)
                own_dates = [d for d in dates if c_end <= d.start < scope_end and not d.is_range]
                own_people = [p for p in persons if g_start + c_end <= p.start < g_start + scope_end]
                recalled_year = (_RECALLED_VISIT_YEAR.match(low, c_end, scope_end)
                                 if ctype == "visit" and reference and not own_dates and own_people
                                 and _REMEMBERS.search(low, max(0, c_start - 30), c_start) else None)
                if recalled_year is not None:
                    # "Ngài nhớ lại chuyến thăm Takeo năm 2019 của Đoàn … do bà X … dẫn đầu": a visit of that year
                    own_dates = [DateMention(recalled_year.start("y"), recalled_year.end("y"), None, None,
                                             int(recalled_year.group("y")))]
                if (reference and not anaphoric and not headline and ctype == "conference" and own_dates
                        and own_dates[0].day is not None and not own_people
                        and _HELD_ON.search(low, max(c_end, own_dates[0].start - 40), own_dates[0].start)):
                    # "Đó là khẳng định của X tại Lễ kỷ niệm … do Ủy ban … tổ chức tối 5/9/2017 tại Hà Nội": the
                    # ceremony told with the day it was held, its speaker there
                    own_people = persons
                if (reference and not anaphoric and not headline and own_dates and own_people
                        and not _SPOKEN_AT.search(before) and (
                        ctype != "visit"  # "nhân chuyến thăm của X dự kiến vào tháng 12": a visit still to come
                        or _PLANNED_FOR.search(low, c_end, own_dates[0].start) is not None
                        or _recalled_visit(low, c_end, own_dates[0]) or recalled_year is not None)):
                    reference, date = False, own_dates[0]
                    a, b = g_start + c_start, g_start + scope_end
                    carved.append((a, b))
                    mentions.append(_Mention(
                        type=ctype, cue_start=g_start + c_start, sentence=(s_start, s_end),
                        paragraph=_paragraph_of(text, s_start), order=order, date=date, people=own_people,
                        reference=False, delegation_ref=0, planned=cue_planned, related=(),
                        place=_place_in(text[a:b], low_doc[a:b], places_in(a, b)),  # its own clause's
                        cue=low[c_start:c_end].lower()))
                    order += 1
                    made[ctype] = None
                    continue
                agreeing = _SIDES_AGREEING.search(low, 0, c_start) if ctype in ("conference", "signing", "talks") else None
                if (agreeing is not None and cue_planned and deleg & PAIR and (date is None or date.day is None)
                        # ("… sẽ được hai Bộ trưởng ký vào tháng 10 tới": those who will sign, named after the agreeing sides)
                        and not _signers_named_after(ctype, pair_refs.first(g_start + agreeing.end(), g_end), key)
                        and pair_refs.first(g_start + c_end, g_end) is None):
                    # "Hai bên thống nhất … dự kiến tổ chức hội nghị …", "… nhất trí sẽ ký Kế hoạch … vào tháng 12":
                    # who plans it, not who will be there
                    deleg &= ~PAIR
                if (ctype in ("conference", "signing") and cue_planned and deleg & PAIR and not persons
                        and (date is None or date.day is None)
                        and all(key[a:b].lower().startswith("lãnh đạo") for a, b in pair_refs.within(g_start, g_end))):
                    # "dự kiến tổ chức Hội nghị … vào tháng 12/2020, do lãnh đạo hai tỉnh đồng chủ trì": no one named
                    deleg &= ~PAIR
                present = persons
                said_in = _quote_of(quotes, g_start + c_start) if quotes else -1
                if quotes and any(_quote_of(quotes, p.start) != said_in for p in persons) and (
                        said_in < 0 or any(_quote_of(quotes, p.start) == said_in and p.start < g_start + c_start for p in persons)):
                    # "Phát biểu tại buổi tiếp, A nhấn mạnh: “… ngày 18-7-1977, B và C đã ký Hiệp ước …”": those named
                    # in what is said are not at the reception, and the speaker is not at the signing the quote tells
                    present = [p for p in persons if _quote_of(quotes, p.start) == said_in]
                welcome = _WELCOMES.search(low, max(0, c_start - 60), c_start) if ctype == "visit" else None
                if welcome is not None:
                    # "Bí thư Tỉnh ủy A chào mừng Đoàn sang thăm, làm việc tại Hà Tĩnh": the host who welcomes the visit
                    present = [p for p in present if p.start >= g_start + welcome.end()]
                m = _Mention(
                    type=ctype, cue_start=g_start + c_start, sentence=(s_start, s_end),
                    paragraph=_paragraph_of(text, s_start), order=order, date=None if reference or provided else date,
                    people=present, reference=reference, delegation_ref=deleg, planned=cue_planned,
                    related=tuple(t for t in types_here if t != ctype), place=place, anaphoric=anaphoric, weak=_pr < 7,
                    predicate=predicate, cue=low[c_start:c_end].lower(),
                )
                order += 1
                if (not persons and not deleg and date is not None and ci == 0 and g_start > s_start
                        and _DAY_ONLY_BEFORE.fullmatch(low, 0, c_start) and mentions and mentions[-1].sentence == (s_start, s_end)
                        and mentions[-1].people and not mentions[-1].reference):
                    # "… X và Đoàn sẽ thăm tỉnh Bắc Ninh; ngày 7/12 thăm Thành phố Hồ Chí Minh": the clause after the
                    # semicolon goes on with the subject of the one before
                    m.people = list(mentions[-1].people)
                m.titled = ctype == "conference" and _TITLED_CUE.match(low, c_end) is not None  # (read by _within_span)
                m.sequel = _SEQUEL.match(text, s_start, s_end) is not None
                if follows:
                    m.after_cue = earlier.cue  # type: ignore[union-attr]
                made[ctype] = m if reference else None
                if m.date is not None:
                    m.part = _part_of_day(low, m.date)
                if ending:  # (it tells nothing of the visit: not who, nor where, "về đến Hà Nội")
                    m.people, m.place, m.delegation_ref = [], None, 0
                elif closed_with_days:
                    m.place = None  # (nor where: "… đã về tới Viêng Chăn, kết thúc chuyến thăm Việt Nam từ …")
                m.past = bool(_PAST_BEFORE.search(before)) or m.cue.startswith(("đã ", "vừa "))
                if m.past and m.planned and not provided and plans.first(scope_start, g_start + c_start) is None:
                    # "… đã làm việc với X, đề nghị phía bạn sớm hoàn tất …": what was asked at a meeting held
                    m.planned = False
                m.attending = _ATTENDING_BEFORE.search(low, max(0, c_start - 30), c_start) is not None
                m.praised = thanked and reference and ctype != "visit"
                m.after = reference and ci == 0 and len(cues) > 1 and _AFTER_THE.search(before) is not None
                if ctype == "signing":
                    signed = _SIGNED_DOCUMENT.search(low, c_start, c_end + 40)
                    if m.listed:  # "– Bản ghi nhớ … giai đoạn 2022 – 2026, do A và B ký;": named first
                        signed = _SIGNED_DOCUMENT.search(low, 0, c_start)
                        if not m.cue.startswith("do "):
                            # "1. Kế hoạch hợp tác y tế năm 2020. Người ký: A và B.": the document opens the item's line
                            line_start = text.rfind("\n", 0, g_start + c_start) + 1
                            found = _SIGNED_DOCUMENT.search(key, line_start, g_start + c_start)
                            if found is not None:
                                m.document = _document_of(key, found)
                            signed = None
                        head = _list_head(text, s_start)
                        tail = _list_tail(text, s_end)
                        for frame, at_head in ((head, True), (tail, False)):
                            if frame is None:
                                continue
                            seen_at = frame[1].lower().find("chứng kiến")
                            if at_head or seen_at >= 0:
                                list_frames.add(frame[0])
                            if seen_at < 0:
                                continue
                            # "… hai Thủ tướng … chứng kiến lễ ký kết các văn kiện, gồm:", or after the list "Hai trưởng
                            # đoàn chứng kiến việc ký văn kiện thứ hai và thứ ba.": the witnesses of each
                            # ("Sau hội đàm, dưới sự chứng kiến của A và B, hai bên đã ký kết 3 văn kiện, gồm:": named after)
                            if not at_head or frame[1].lower().startswith("chứng kiến của", seen_at):
                                signed_word = _SIGNING_WORD.search(frame[1], seen_at + 10)
                                a, b = seen_at, signed_word.start() if signed_word else len(frame[1])
                            else:
                                a, b = 0, seen_at
                            witnesses = [p for p in people if frame[0] + a <= p.start < frame[0] + b]
                            m.people = [*m.people, *(p for p in witnesses if p.key not in _keys(m.people))]
                            if not witnesses and pair_refs.first(frame[0], frame[0] + len(frame[1])) is not None:
                                m.delegation_ref |= PAIR
                    if signed is not None or not m.document:
                        m.document = _document_of(low, signed) if signed else ""
                    witnessed = _WITNESSED_BY.search(low, 0, c_start)
                    if witnessed is not None:
                        m.witnesses = frozenset(p.key for p in persons if g_start + witnessed.start() <= p.start < g_start + witnessed.end())
                    elif g_start > s_start and ";" in key[s_start:g_start]:
                        # "Dưới sự chứng kiến của A và B, C và D đã ký …; E và F ký …": witnessed, each of them
                        opening = _WITNESSED_BY.search(key, s_start, g_start)
                        if opening is not None and ";" not in key[s_start : opening.start()]:
                            seen = [p for p in people if opening.start() <= p.start < opening.end()]
                            m.people = [*m.people, *(p for p in seen if p.key not in _keys(m.people))]
                            m.witnesses = frozenset(p.key for p in seen)
                if ctype == "reception":
                    m.hosts = frozenset(p.key for p in persons if p.start < g_start + c_start)
                if not persons and not reference and _THE_TWO.search(low, max(0, c_start - 40), c_start):
                    m.people = the_two_before(s_index)  # "… ông A và ông B …. Hai ông đã ký …"
                titled = _two_titled().search(low, max(0, c_start - 50), c_start) if not persons and not reference else None
                if titled is not None:
                    # "Dự có Thứ trưởng A; Thứ trưởng B …. Chiều cùng ngày, hai Thứ trưởng đã hội đàm"
                    m.pair = (titled.group("t"), tuple(_two_holding(people, s_start, titled.group("t"))))
                if ctype in ("reception", "talks", "visit") and not reference and (persons or ctype in ("visit", "reception")) \
                        and not any(p.start < g_start + c_start for p in persons):
                    # "Cùng buổi sáng, Chủ tịch nước hội kiến Chủ tịch Quốc hội X", "Chủ tịch Quốc hội Lào và
                    # Đoàn sẽ thăm …": the one of that title named before
                    alone = _title_alone().search(low, max(0, c_start - 60), c_start)
                    holder = _last_holding(people, s_start, alone.group("t")) if alone is not None else None
                    if holder is None and alone is not None and ctype != "visit" and _LOCAL_POST.search(alone.group("t")):
                        # "Chiều 23/5, Chủ tịch UBND tỉnh đã tiếp …", the host named only at the end ("… Chủ tịch UBND
                        # tỉnh Võ Văn Hưng"): the first one after who holds that title, when no one before does
                        holder = _first_holding_after(people, s_end, alone.group("t"))
                    if holder is not None and holder.key not in {p.key for p in m.people}:
                        m.people = [holder, *m.people]
                if ctype in ("reception", "talks") and not reference:
                    # "… tiếp Chủ tịch Quốc hội Lào tại Phủ Chủ tịch": the guest named by title and country
                    guest = _TITLED_GUEST.match(low, c_end) or _bare_title_guest().match(low, c_end)
                    # (the last of a chain: "Tổng Bí thư, Chủ tịch nước Lào" is the one "Chủ tịch nước Lào")
                    named_as = _title_alone().search(guest.group("t") + " ") if guest is not None else None
                    title = None
                    if guest is not None and named_as is not None:
                        title = named_as.group("t") if named_as.start() else guest.group("t")
                    holder = _last_holding(people, g_start + c_start, title) if title else None
                    if holder is not None and holder.key not in {p.key for p in m.people}:
                        m.people = [*m.people, holder]
                if not persons and not reference and ctype in ("reception", "talks") and group is groups[-1]:
                    # (after the one a bare title stands for, if any)
                    m.people = m.people + [p for p in named_next(s_index) if p.key not in {q.key for q in m.people}]
                elif (not persons and not reference and ctype == "conference" and group is groups[-1]
                      and (date is not None or happened or before.rstrip().endswith("diễn ra"))):
                    # "Sáng 14/3, huyện tổ chức lễ bàn giao …. Ông A và ông B đã trao chìa khóa …"
                    # ("Ngay sau buổi tiếp, đã diễn ra lễ trao tiền hỗ trợ. Ông A trao …": the same, its day the one told)
                    m.people = named_next(s_index, everyone=True)
                elif (not persons and not reference and ctype == "signing" and group is groups[-1]
                      and s_index + 1 < len(sentences) and _SIGNERS_NAMED.search(text, *sentences[s_index + 1])):
                    # "Chiều 23-5, hai trường ký biên bản ghi nhớ …. Ký kết là PGS.TS A và PGS.TS B."
                    # ("hai bên đã ký …. Người ký phía X là A; phía Y là B": the signers, not the sides' heads)
                    m.people = named_next(s_index, everyone=True)
                    if m.people and "chứng kiến" not in low:  # ("hai Bộ trưởng chứng kiến lễ ký": they witness it)
                        m.delegation_ref &= ~PAIR
                if ctype == "visit" and thanked:
                    # "Thủ tướng X hoan nghênh chuyến thăm": who welcomes a visit is not on it
                    m.people = [p for p in m.people if p.start >= g_start + c_start]
                if ctype == "visit" and reference and primaries and ci == 0:
                    # "Trong thời gian thăm Lào, X đã hội kiến A, B và C": the visit is X's, not A's
                    m.people = [p for p in m.people if p.start < g_start + primaries[0][0]]
                if ctype == "visit" and not reference and primaries and primaries[0][0] < c_start and not thanked:
                    # "X hội đàm với Bộ trưởng Y, Trưởng đoàn … đang thăm Việt Nam từ …": the visitor
                    # is the one met (the visiting delegation's head when unnamed there)
                    guests = [p for p in persons if g_start + primaries[0][1] <= p.start < g_start + c_start]
                    callers = [p for p in persons if p.start < g_start + primaries[0][0]]
                    if callers and (_THEN_BEFORE.search(low, max(0, c_start - 20), c_start)
                                    # "X đã chào xã giao Y, trong chuyến công tác tại tỉnh …": who calls is the visitor
                                    or low.startswith("chào", primaries[0][0])):
                        guests = callers  # "X sẽ chào xã giao Y, sau đó thăm tỉnh Z": X goes on, not Y
                    destination = _destination(low, c_end)
                    if (destination is not None and guests and all(p.country == destination for p in guests)
                            and callers and callers[0].country not in (None, destination)):
                        # "X hội đàm với Bộ trưởng Nga Y, trong khuôn khổ chuyến công tác tại Liên bang Nga": one
                        # does not visit one's own country
                        guests = callers
                    m.people = guests[:1]
                    # ("… hội đàm với B, trong khuôn khổ chuyến thăm Lào của Đoàn đại biểu Bộ Xây dựng Việt Nam": the
                    # delegation named after "của" is whose visit it is)
                    of = _RECALLED_OF.search(low, c_end, cues[ci + 1][0] if ci + 1 < len(cues) else len(low))
                    if of is not None and low_doc.startswith("đoàn", g_start + of.end() + 1):
                        m.people = _delegation_heads(low_doc, g_start + of.end(), g_end, delegations)[:1] or m.people
                    if not m.people:
                        m.delegation_ref |= VISITOR
                if ctype == "visit" and not reference and m.cue.startswith("chuyến"):
                    # "Ông A nhắc lại chuyến thăm Việt Nam hồi tháng 11 của đồng chí B": the visit is B's
                    scope_end = cues[ci + 1][0] if ci + 1 < len(cues) else len(low)
                    of = _RECALLED_OF.search(low, c_end, scope_end)
                    visitors = [p for p in persons if of and g_start + of.end() <= p.start < g_start + scope_end]
                    if of is not None and low_doc.startswith("đoàn", g_start + of.end() + 1):
                        # "… chuyến thăm chính thức Lào … của Đoàn đại biểu cấp cao Bộ Tư pháp Việt Nam, theo lời mời
                        # của Bộ trưởng Y": the delegation's head, not the one who invited it
                        invited_by = {p.key for p in _inviters_in(text, g_start, g_end, people)}
                        visitors = _delegation_heads(low_doc, g_start + of.end(), g_end, delegations)[:1] or [
                            p for p in visitors if p.key not in invited_by]
                    if visitors:
                        m.people = visitors
                if ctype == "visit" and not reference:
                    # a visit is the visiting head's (and the host who invited them), not everyone named
                    heads = _heads_in(text, g_start, g_end, people)
                    inviters = _inviters_in(text, g_start, g_end, people)
                    heads = heads + [p for _, p, _ in _second_heads_in(text, g_start, g_end, people)
                                     if p.key not in {h.key for h in heads}] if heads else [h for h in named_heads if h in m.people]
                    if heads:
                        m.people = heads + [p for p in inviters if p.key not in {h.key for h in heads}]
                    elif (inviters and not any(p.start < g_start + c_start for p in m.people)
                          and _DELEGATION_SUBJECT.match(low, 0, c_start)):
                        # "Đoàn đại biểu Trung ương Đoàn … thăm Campuchia … theo lời mời của Ngài X": the delegation
                        # visits, X receives it
                        m.delegation_ref |= VISITOR
                # ("… đã lần lượt làm việc với A và B": talks with each in turn)
                if not reference and (ctype == "reception" or (ctype == "talks" and "lần lượt" in before.lower())):
                    # (with the guest named by title alone before: "Chủ tịch Quốc hội Lào sẽ … hội kiến A, B")
                    subs = _split_receptions(text, group, g_start + c_start,
                                             [p for p in m.people if all(p is not q for q in persons)] + persons, named_at)
                    if subs:
                        split_id += 1
                        for sub in subs:
                            mm = dataclasses.replace(m, people=sub, split_group=split_id, order=order)
                            order += 1
                            mentions.append(mm)
                        continue
                if _STAYED_AWAY_FROM.search(low, max(0, c_start - 40), c_start):
                    continue  # "A và B không tham dự các cuộc gặp này": kept away from what was told
                mentions.append(m)
                if ctype == "signing" and not reference and ci == 0 and _AT_THE_CEREMONY.match(low):
                    # "Tại buổi lễ, A và B đã ký …": the signers were at the ceremony too
                    mentions.append(dataclasses.replace(
                        m, type="conference", reference=True, date=None, order=order, split_group=None,
                        related=(), cue="lễ", predicate=False, weak=True))
                    order += 1
            if carved:
                for mm in mentions:
                    if mm.sentence == (s_start, s_end) and not any(a == mm.cue_start for a, _ in carved):
                        gone = [p for p in mm.people if any(a <= p.start < b for a, b in carved)]
                        mm.people = [p for p in mm.people if p not in gone]
                        if gone and _PRONOUN_PARTY.match(low_doc, mm.cue_start + len(mm.cue)):
                            # "… của đồng chí X, … và cuộc hội kiến giữa đồng chí với Y": X again
                            mm.people.insert(0, max((p for p in gone if p.start < mm.cue_start), key=lambda p: p.start, default=gone[-1]))
        # "Theo chương trình, ngày mai, A sẽ chào xã giao B … trong chuyến thăm": those named are at the
        # act the sentence tells, not on the visit it names in passing
        here = []  # this sentence's mentions: the last ones appended
        for mm in reversed(mentions):
            if mm.sentence != (s_start, s_end):
                break
            here.append(mm)
        if any(not mm.reference and mm.type != "visit" for mm in here):
            for mm in here:
                if mm.reference and not mm.anaphoric and mm.type == "visit":
                    mm.people = []
        # "Dự buổi gặp mặt có: A; B, Thứ trưởng …, đang thăm và làm việc tại Việt Nam; C …": the list of those
        # present runs on past the visit it names in passing
        here_ms = [mm for mm in mentions if mm.sentence == (s_start, s_end)]
        if len(here_ms) >= 2 and here_ms[0].attending and all(mm.type == "visit" and mm.reference for mm in here_ms[1:]):
            here_ms[0].people = [p for p in people_in(s_start, s_end) if p.start > here_ms[0].cue_start]
        _calls_in_turn(text, here_ms, people_in, s_end)
        # participation sentences with no cue ("Cùng dự có …", "Phía bạn do … chủ trì") attach to the last event
        if mentions and mentions[-1].sentence != (s_start, s_end):
            seg = text[s_start:s_end]
            persons = people_in(s_start, s_end)
            seminar = next((mm for mm in reversed(mentions) if mm.type == "conference" and not mm.planned), None)
            if persons and seminar is not None and _PRESENTS_A_PAPER.search(seg):
                # "Trình bày tham luận, ThS A, … chia sẻ …; TS B …": those who present papers are at the seminar
                mentions.append(dataclasses.replace(
                    seminar, people=persons, reference=True, date=None, order=order, sentence=(s_start, s_end),
                    split_group=None, related=(), companions=False))
                order += 1
            elif persons and _AT_THE_CEREMONY_OPENING.match(seg):
                # "Tại buổi lễ, Đại tá A, nguyên chuyên gia …, bồi hồi nhớ lại …", "Báo cáo tại buổi lễ, Trung tá B …",
                # "Có mặt tại buổi lễ, ông C …": the speaker is at the ceremony (not those named in what is said)
                ceremony = next((mm for mm in reversed(mentions) if mm.type == "conference" and "lễ" in mm.cue
                                 and not mm.planned), None)
                said = speeches.first(s_start, s_end)
                speakers = [p for p in persons if said is None or p.start < said][:1]
                if ceremony is not None and speakers:
                    mentions.append(dataclasses.replace(
                        ceremony, people=speakers, reference=True, date=None, order=order, sentence=(s_start, s_end),
                        split_group=None, related=(), companions=False, copied_from=ceremony.order))
                    order += 1
            elif (persons and not _PARTICIPATE.search(seg) and mentions[-1].type == "conference" and not mentions[-1].planned
                  # (not a subheading's words, "Tổng kết 5 năm hợp tác": what the paragraphs under it tell)
                  and text[mentions[-1].sentence[0] : mentions[-1].sentence[1]].rstrip()[-1:] in ".!?…:;\"”)"
                  # (not one recalled by its month: "… hội nghị tổng kết hồi tháng 5 …")
                  and not (mentions[-1].date is not None and mentions[-1].date.day is None and mentions[-1].date.relative is None)
                  and mentions[-1].sentence[0] >= sentences[max(0, s_index - 3)][0]
                  and (speaker := _ceremony_speaker(text, s_start, s_end, persons)) is not None):
                # "Báo cáo kết quả tìm kiếm, Thượng tá A, Đội trưởng …, cho biết …", "Tiếp nhận hỗ trợ, ông B … cảm ơn …",
                # "Em C, học sinh …, thay mặt các bạn cảm ơn …" right after a ceremony: those who speak there
                ceremony = mentions[-1]
                mentions.append(dataclasses.replace(
                    ceremony, people=[speaker], reference=True, date=None, order=order, sentence=(s_start, s_end),
                    split_group=None, related=(), companions=False, copied_from=ceremony.order))
                order += 1
            elif (persons and s_index > 0 and _ARRIVAL_WELCOMERS.match(low_doc, s_start)
                  and _GATE_WELCOME.search(low_doc, *sentences[s_index - 1])):
                pass  # "Đoàn đã được đón tiếp tại Cửa khẩu …. Đón Đoàn có X": who welcomed it there, at no event of ours
            elif persons and _PARTICIPATE.search(seg) and not _STAYED_AWAY.search(seg):  # (not "A không tham dự …")
                last = mentions[-1]
                if last.type != "conference" and _AT_THE_CEREMONY_NAMED.match(seg):
                    # "Dự buổi lễ, … có X" after a sentence that placed the ceremony in a visit: the ceremony's
                    last = next((mm for mm in reversed(mentions) if mm.type == "conference" and "lễ" in mm.cue), last)
                companions = bool(_COMPANIONS.match(seg))
                targets = [last]
                hosting = _CO_HOSTS.match(seg) and next(
                    (mm for mm in reversed(mentions) if mm.type == "reception" and id(mm) not in attendance_copies), None)
                if _WELCOMING_PARTY.match(low_doc, s_start):
                    # "… đã đón tiếp Đoàn …. Cùng đi có B. Đón tiếp Đoàn có C": C at that reception, not on the trip
                    hosting = next((mm for mm in reversed(mentions) if mm.type == "reception" and id(mm) not in attendance_copies
                                    and mm.sentence[0] >= sentences[max(0, s_index - 2)][0]), None)
                if hosting:
                    # "… tiếp A, đang dẫn đầu Đoàn …. Cùng đi có B. Cùng tiếp có C": C at the call, B on the visit
                    targets = [hosting]
                elif id(last) in attendance_copies:
                    # "Về phía Campuchia có …. Về phía tỉnh Đắk Lắk có …": the list goes on for every act it joined
                    targets = [mm for mm in mentions if mm.sentence == last.sentence and id(mm) in attendance_copies]
                elif not companions:
                    # "… đã hội đàm với Đoàn …, đang thăm và làm việc …. Cùng dự có …": at the talks, not on the
                    # visit; "… tổ chức hội nghị … và ký kết thỏa thuận …. Cùng dự có …": at both
                    acts = [mm for mm in mentions if mm.sentence == last.sentence and mm.type != "visit"
                            and not mm.reference and mm.split_group is None]
                    targets = list({mm.type: mm for mm in acts}.values()) or targets
                for target in targets:
                    mentions.append(dataclasses.replace(
                        target, people=persons, reference=True, date=None, order=order, sentence=(s_start, s_end),
                        split_group=None, related=(), companions=companions, copied_from=target.order,
                    ))
                    attendance_copies.add(id(mentions[-1]))
                    order += 1
    if list_frames:
        # "Kết thúc hội đàm, hai bên đã ký kết các văn kiện sau:", "Hai Bộ trưởng chứng kiến việc ký …": the signings
        # are the list's items, each with its signers (and these witnesses), not one more
        # (and a photo's caption of the ceremony, "Ảnh: Lãnh đạo hai tỉnh chứng kiến lễ ký kết.")
        mentions = [m for m in mentions if not (m.type == "signing" and not m.listed and (
            (text.rfind("\n", 0, m.sentence[0]) + 1 in list_frames and _SIGNS_THE_LIST.match(text, m.cue_start))
            or (m.date is None and _is_caption(text, m.sentence) and _PHOTO_WORD.search(text, *m.sentence))))]
    early_end = sentences[min(3, len(sentences) - 1)][1] if sentences else len(text)
    # "… hội đàm với Bộ trưởng … ngày 9/5" in the headline dates a story whose body does not
    headline_dates = [resolve(d, anchor)[0] for d in find_dates(text[:title_end]) if d.day is not None] if title_end else []
    headline_date = headline_dates[0] if len(set(headline_dates)) == 1 else None
    return _assemble(text, mentions, people, anchor, early_end, headline_date, doc_dates, title_end)


_PARTS_OF_DAY = {"sáng": "sáng", "rạng": "sáng", "trưa": "trưa", "chiều": "chiều", "tối": "tối", "đêm": "tối", "khuya": "tối"}


_TENSE = re.compile(r"(?:đã|sẽ|vừa)\s", re.IGNORECASE)
# ("Chiều 9-12, sau khi bế mạc Hội thảo, tại …, X đã tiếp Y": a day may come first)
_WHEN_OPENS = re.compile(rf"\W*(?:{_DAY_PHRASE}\s*,\s*)?(?:trước|sau)\s+khi\s", re.IGNORECASE)


def _after_tense(low: str, at: int) -> int:
    """Where the words after a tense word at ``at`` begin ("đã tiếp" → "tiếp"), or ``at``."""
    m = _TENSE.match(low, at)
    return m.end() if m else at


def _part_of_day(low: str, date: DateMention) -> str:
    """The part of the day a date names: among its first words ("sáng 18/4", "chiều cùng ngày",
    "cùng buổi sáng")."""
    for word in low[date.start : date.end].split(maxsplit=3)[:3]:
        if word.lower() in _PARTS_OF_DAY:
            return _PARTS_OF_DAY[word.lower()]
    before = low[max(0, date.start - 12) : date.start].split()  # ("Sáng 11/11/2022": the date alone was matched)
    if before and before[-1].lower() in _PARTS_OF_DAY:
        return _PARTS_OF_DAY[before[-1].lower()]
    return ""


def _recalled_visit(low: str, cue_end: int, date: DateMention) -> bool:
    """Whether a visit named in passing ("chuyến thăm …") is dated by ``date`` as one that took
    place: "… của X hồi tháng 7/2019" or "… hồi tháng 12-2016 của X", a month of a known year,
    not the date of something else told between ("… kể từ khi ông nhậm chức hồi tháng 8/2023")."""
    if date.month is None or date.year is None or date.is_range:
        return False
    between = low[cue_end : date.start]
    if len(between) > 160 or _RECALLED_BREAK.search(between) or not _RECALLED_WHEN.search(between):
        return False
    return bool(_RECALLED_OF.search(between) or _RECALLED_OF.match(low, date.end + 1))


@cache
def _titles_alternation(several_words_only: bool = False) -> str:
    """The titles of titles.txt as one regex alternation, longest first (so "Phó Chủ tịch" before "Chủ tịch")."""
    titles = [t for t in load_lines("titles.txt") if " " in t or not several_words_only]
    return "|".join(re.escape(t) for t in sorted(titles, key=len, reverse=True))


@cache
def _two_titled() -> re.Pattern[str]:
    return re.compile(r"(?<!\w)(?:hai|2) (?P<t>" + _titles_alternation() + r")(?!\w)[^,;.]{0,20}$", re.IGNORECASE)


@cache
def _bare_title_guest() -> re.Pattern[str]:
    """ "… tiếp thân mật Chủ tịch Quốc hội.": a title of two words or more, and no name after it."""
    return re.compile(
        r"\s+(?:trọng thể\s+|thân mật\s+)?(?P<t>(?:" + _titles_alternation(several_words_only=True)
        + r")(?: nước)?)(?=\s*[.;]|\s+(?:và|tại|cùng|đang|nhân)\s)"  # (a comma may lead to more titles and a name)
    )


_SIDE_COUNTS = {"ba": 3, "bốn": 4, "sáu": 6, "bảy": 7, "tám": 8}


@cache
def _several_sides() -> re.Pattern[str]:
    """ "ba Trưởng đoàn", "lãnh đạo sáu nước": more than two sides, and how many."""
    return re.compile(
        r"(?<!\w)(?:cả |lãnh đạo )?(?P<n>ba|bốn|sáu|bảy|tám|[3-8]) (?:bên|đoàn|nước|trưởng đoàn|nhà lãnh đạo|đồng chủ trì|"
        + _titles_alternation() + r")(?!\w)", re.IGNORECASE
    )


@cache
def _title_alone() -> re.Pattern[str]:
    return re.compile(
        # ("Bộ trưởng An ninh Lào": a title, its body and its country)
        r"(?:^|,\s+)(?P<t>(?:" + _titles_alternation()
        + r")(?: nước)?(?: (?:tỉnh|thành phố|huyện))?(?:(?:\s+\S+){0,4}?\s+(?:Việt Nam|Lào|Campuchia))?)"
        r"(?:\s+và\s+(?:các thành viên\s+)?[Đđ]oàn)?(?:\s+(?:đã|cũng|sẽ|dự kiến|tiếp tục|lần lượt|có cuộc|có buổi|nhắc lại|nhớ lại))*\s+$"
    )


def _last_holding(people: list[Mention], before: int, title: str) -> Mention | None:
    """The last person named before ``before`` whose title is ``title``, or it and their country
    ("Chủ tịch nước", "Chủ tịch nước Việt Nam"; not "Chủ tịch" for "Chủ tịch Quốc hội")."""
    bare = title.lower()
    want = {bare} | {f"{bare} {c}" for c in ("việt nam", "lào", "campuchia")}
    holders = [p for p in reversed(people) if p.start < before and any(t.lower() in want for t in p.titles)]
    # a bare title is the home country's post: not one whom the text calls "Chủ tịch nước Lào" too
    foreign = {f"{bare} lào", f"{bare} campuchia"}
    abroad = {p.key for p in people if any(t.lower() in foreign for t in p.titles)}
    plain = [p for p in holders if p.key not in abroad]
    return (plain or holders)[0] if holders else None


_LOCAL_POST = re.compile(r"(?<!\w)(?:ubnd|hđnd|tỉnh ủy|tỉnh uỷ|thành ủy|huyện ủy|tỉnh|thành phố|huyện)(?!\w)", re.IGNORECASE)


def _first_holding_after(people: list[Mention], after: int, title: str) -> Mention | None:
    """The first person named after ``after`` with a title that starts with ``title``, when only one person
    holds such a title in the article."""
    bare = title.lower()
    holders = [p for p in people if any(t.lower().startswith(bare) for t in p.titles)]
    later = [p for p in holders if p.start >= after]
    return later[-1] if later and len({p.key for p in holders}) == 1 else None


# how an item of a list is marked: "-", "•", "+", "1.", "1)", "1-", "(1)", "a)"
_ITEM_MARK_PATTERN = r"(?:[-–—•+*]|\(?\d{1,2}[.)-]|\(\d{1,2}\)|[a-zđ]\))"
_LIST_ITEM = re.compile(rf"^\s*{_ITEM_MARK_PATTERN}\s")
# "chứng kiến lễ ký …", "ký kết 4 văn kiện, gồm:", "ký các văn bản sau:": the list's signings (not "đã ký Biên bản
# hội đàm và chứng kiến …", a document of the line's own)
_SIGNS_THE_LIST = re.compile(r"(?:chứng kiến|(?:(?:đã|vừa|cùng|và|sẽ)\s+)?(?:cùng\s+)?ký(?:\s+kết)?\s+(?:các|những|\d+|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s)",
                             re.IGNORECASE)
_ENDS_LINE = re.compile(r"[ \t]*[;.]?[ \t]*(?:\n|$)")
_PHOTO_WORD = re.compile(r"(?<!\w)(?:Ảnh|ẢNH|Hình ảnh|Photo)\s*:")
# ("- Kế hoạch …, do PGS.TS A và PGS.TS B, Phó Giám đốc … ký;": the signers' titles may hold a full stop)
_SIGNED_ITEM = re.compile(rf"\s*{_ITEM_MARK_PATTERN}\s[^\n]{{3,250}}?(?::|,\s+do)\s[^\n:]{{3,300}}$")
# "… chứng kiến việc ký ba văn kiện sau.", "… ký kết 5 văn bản, cụ thể:": a line that opens a list
_OPENS_LIST = re.compile(r"(?::|(?<!\w)(?:sau|như sau|gồm)\s*\.)$", re.IGNORECASE)


def _mark_kind(line: str) -> str:
    """How a list's item is marked: "-" for a bullet, "1" for a number, "a" for a letter, "" for none."""
    m = _LIST_ITEM.match(line)
    if m is None:
        return ""
    mark = m.group().strip()
    return "1" if any(c.isdigit() for c in mark) else "-" if mark[0] in "-–—•+*" else "a"


def _list_head(text: str, item_start: int) -> tuple[int, str] | None:
    """The line that opens the list an item ("– Bản ghi nhớ …, do A và B ký;") belongs to: the
    first line before the items that ends with a colon, as (start, text) (a line of a list of
    another kind may open it: "5. Trong chuyến thăm, hai bên đã trao các văn kiện sau:")."""
    line_end = text.find("\n", item_start)
    kind = _mark_kind(text[text.rfind("\n", 0, item_start) + 1 : line_end if line_end >= 0 else len(text)])
    end = item_start
    for _ in range(12):
        start = text.rfind("\n", 0, max(0, end - 1)) + 1
        line = text[start:end].strip()
        if line and _mark_kind(line) != kind:
            return (start, line) if _OPENS_LIST.search(line) else None
        if start == 0:
            return None
        end = start
    return None


_SIGNING_WORD = re.compile(r"(?<!\w)ký(?!\w)", re.IGNORECASE)


def _list_tail(text: str, item_end: int) -> tuple[int, str] | None:
    """The first line after the list an item belongs to, as (start, text), when it is a short one
    that tells of the signing ("Hai trưởng đoàn chứng kiến việc ký văn kiện thứ hai và thứ ba.")."""
    start = text.find("\n", item_end)
    for _ in range(12):
        if start < 0:
            return None
        start += 1
        end = text.find("\n", start)
        line = text[start : end if end >= 0 else len(text)].strip()
        if line and not _LIST_ITEM.match(line):
            return (start, line) if len(line) <= 200 and _SIGNING_WORD.search(line) else None
        start = end
    return None



def _two_holding(people: list[Mention], before: int, title: str) -> list[Mention]:
    """The last two people named before ``before`` with a title that opens with ``title``, if two."""
    found: dict[str, Mention] = {}
    want = title.lower()
    for p in reversed(people):
        if p.start >= before or p.key in found:
            continue
        if any(t.lower().startswith(want) for t in p.titles):
            found[p.key] = p
            if len(found) == 2:
                return list(found.values())[::-1]
    return []


def _calls_in_turn(text: str, here: list[_Mention], people_in, s_end: int) -> None:  # type: ignore[no-untyped-def]
    """ "A đã lần lượt chào xã giao B, <titles>; hội kiến C và làm việc với D": one subject, one day, and each
    verb with its own guest (no clause after the first names anyone before its verb: "A tiếp B; C hội đàm
    với D" has two subjects)."""
    # (a verb split among its hosts, "hội kiến A, B và C", is one verb: its parts share its cue)
    by_cue: dict[int, list[_Mention]] = {}
    for m in here:
        if not m.reference and m.type in ("reception", "talks"):
            by_cue.setdefault(m.cue_start, []).append(m)
    if len(by_cue) < 2:
        return
    starts = sorted(by_cue)
    first = by_cue[starts[0]][0]
    subjects = [p for p in first.people if p.start < first.cue_start]
    if not subjects:
        return
    spans = [(a, starts[i + 1] if i + 1 < len(starts) else s_end) for i, a in enumerate(starts)]
    guests = [people_in(a, b) for a, b in spans]
    for (a, b), found in zip(spans[:-1], guests[:-1]):
        seg = text[a:b]
        boundary = max(seg.rfind(";"), seg.rfind(" và "))
        if not found or boundary < 0 or any(p.start >= a + boundary for p in found):
            return
    if not guests[-1]:
        return
    keys = {p.key for p in subjects}
    for a, found in zip(starts, guests):
        parts = by_cue[a]
        for m in parts:
            m.people = subjects + ([p for p in m.people if p.key not in keys and p.start >= a] if len(parts) > 1 else found)
            if m is not first and m.date is None:
                m.date = first.date


def _split_second_reception(
    mentions: list[_Mention], text: str, g_start: int, cues: list, ci: int, persons: list[Mention]
) -> None:
    """"hội kiến A và gặp B": the second verb of the same kind has its own host."""
    first = next((m for m in reversed(mentions) if m.type == "reception" and m.cue_start >= g_start), None)
    if first is None or first.split_group is not None:
        return
    c_start = g_start + cues[ci][0]
    nxt = g_start + cues[ci + 1][0] if ci + 1 < len(cues) else len(text)
    second = [p for p in persons if c_start <= p.start < nxt]
    if not second or not any(first.cue_start <= p.start < c_start for p in first.people):
        return  # ("đã gặp mặt, chúc Tết Đoàn … do X dẫn đầu": one act told by two verbs, its guest after both)
    # (the guest may be named by title alone before, in ``first.people``: "Chủ tịch Quốc hội Lào sẽ chào …")
    subjects = [p for p in first.people if p.start < first.cue_start]
    first.people = [p for p in first.people if p.start < c_start]
    first.split_group = -first.order - 1
    hosts = [second]
    if (len(second) >= 2 and _CALLS_ON.match(text, c_start) and all(a.titles for a in second)
            and all(_HOSTS_JOINED.fullmatch(text, x.end, y.start) for x, y in zip(second, second[1:]))):
        hosts = [[a] for a in second]  # "… và hội kiến Chủ tịch nước A, Thủ tướng B": a call on each
    for i, host in enumerate(hosts):
        mentions.append(dataclasses.replace(first, people=subjects + host, cue_start=c_start, order=first.order + 1000 + i,
                                            split_group=first.split_group))


def _shift(d: DateMention, by: int) -> DateMention:
    # field by field: ``dataclasses.replace`` reads the fields' definitions at every call
    return DateMention(d.start + by, d.end + by, d.day, d.month, d.year, d.end_day, d.end_month, d.end_year,
                       d.relative, d.since)


def _nearest(days: list[DateMention], pos: int) -> DateMention | None:
    if not days:
        return None
    before = [d for d in days if d.start <= pos]
    return before[-1] if before else days[0]


def _heads_in(text: str, start: int, end: int, people: list[Mention]) -> list[Mention]:
    out = []
    for m in _HEAD.finditer(text[start:end]):
        a = start + m.start("rest")
        b = start + m.end("rest")
        hits = [p for p in people if a <= p.start < b]
        if hits:
            out.append(hits[0])
    return out


_JOINED_HEAD = re.compile(r"[^.;:]{0,120}?\s(?:và|cùng)\s+(?:[^\s,.;:]+\s+){0,6}")  # "… và Đại tá ", "… và đồng chí "
_DEPUTY_HEAD = re.compile(r"\s*,\s*(?:đồng chí\s+|ông\s+|bà\s+)?(?P<who>[^.;:]{0,160}?)\s*(?:làm|là)\s+[Pp]hó\s+[Tt]rưởng\s+đoàn(?!\w)")


def _joint_head(text: str, m: re.Match[str], hits: list[Mention]) -> Mention | None:
    """The second of "do Đại tá A, Chỉ huy trưởng và Đại tá B, Chính ủy đồng trưởng đoàn" (``m`` a
    ``_HEAD`` match, ``hits`` those named in it): a delegation led by two of its own side."""
    if len(hits) < 2 or text[m.end("rest") : m.end()].lower().endswith("chủ trì"):
        return None  # ("do A và B đồng chủ trì": the two sides' chairs)
    second = hits[1]
    joined = _JOINED_HEAD.fullmatch(text, hits[0].end, second.start) and second.country == hits[0].country
    return second if joined else None


def _second_heads_in(text: str, start: int, end: int, people: list[Mention]) -> list[tuple[Mention, Mention, bool]]:
    """ "do A và B đồng trưởng đoàn", "do A … làm Trưởng đoàn, B … làm Phó trưởng đoàn": who leads the
    delegation beside its first head, as (head, B, whether B leads it jointly rather than as deputy)."""
    out = []
    for m in _HEAD.finditer(text, start, end):
        hits = [p for p in people if m.start("rest") <= p.start < m.end("rest")]
        joint = _joint_head(text, m, hits)
        if joint is not None:
            out.append((hits[0], joint, True))
        deputy = _DEPUTY_HEAD.match(text, m.end())
        if deputy is not None and hits:
            out += [(hits[0], p, False) for p in people if deputy.start("who") <= p.start < deputy.end("who")][:1]
    return out


_SENTENCE_STOP = re.compile(r"[.;:]\s|\n")


def _inviters_in(text: str, start: int, end: int, people: list[Mention]) -> list[Mention]:
    out = []
    for m in _INVITER.finditer(text[start:end]):
        a = start + m.end()
        stop = _SENTENCE_STOP.search(text, a, a + 120)  # ("… lời mời của Đoàn Chủ tịch … Việt Nam. Về phía Việt Nam có X")
        hits = [p for p in people if a <= p.start < (stop.start() if stop else a + 120)]
        if hits:
            out.append(hits[0])
    return out


# on shadowed (lower-cased) text; the literal first, so the engine skips to it
_DELEGATION_WORD = re.compile(r"đoàn(?<!\wđoàn)\s+")
_DELEGATION_KIND = re.compile(r"(?:(?:đại biểu|công tác|cấp cao|lãnh đạo|chính thức|chính quyền)\s+)*", re.IGNORECASE)
_PHRASE_END = re.compile(r"[.,;:()]|\s(?:do|đã|sẽ|và|tại|về|nhân|theo|sang|đến)\s")
_BRACKETED = re.compile(r"\([^)]*\)")
_TRAVELS = re.compile(r",?\s*(?:(?:đã|sẽ|đang|vừa)\s+)?(?:có chuyến\s+)?(?:thăm|tới|đến|sang|bắt đầu|lên đường)(?!\w)")
_LED_BY = re.compile(r"[^.;:]{0,120}?\s(?=do\s|đứng đầu là\s)")


@dataclass
class _Delegation:
    """ "Đoàn đại biểu tỉnh Luang Namtha (Lào) do đồng chí X … làm Trưởng đoàn": who leads a
    delegation the article names, so that "tiếp Đoàn đại biểu tỉnh Luang Namtha" later is X."""

    name: str  # shadowed, after its kind: "tỉnh luang namtha"
    head: Mention
    span: tuple[int, int]  # where it is named with its head
    travels: bool = False  # named as the subject of its trip: "Đoàn … do X dẫn đầu đã tới Hà Nội"
    joint: Mention | None = None  # "do A và B đồng trưởng đoàn": B


def _delegations(text: str, low: str, people: list[Mention]) -> list[_Delegation]:
    """Delegations named with their head (``low``: the ``shadow`` of ``text``)."""
    led_at: dict[int, re.Match[str]] = {}  # where "do …" starts → the last "đoàn" before it
    for w in _DELEGATION_WORD.finditer(low):  # "đoàn" is rarer than "do": start from it
        led = _LED_BY.match(low, w.end())
        if led is not None:
            led_at[led.end()] = w
    out = []
    unnamed: list[tuple[int, Mention]] = []  # "Đoàn do ông X dẫn đầu.": a head told apart from the delegation's name
    for at, w in led_at.items():
        m = _HEAD.match(text, at)
        if m is None:
            continue
        a, b = m.start("rest"), m.end("rest")
        hits = [p for p in people if a <= p.start < b]
        if not hits:
            continue
        start = w.end()
        kind = _DELEGATION_KIND.match(low, start)
        name = " ".join(_BRACKETED.sub(" ", low[kind.end() if kind else start : at]).replace(",", " ").split())
        # a proper name, not "Đoàn do đồng chí X dẫn đầu" nor "đoàn công tác của tỉnh"
        if name and not name.startswith("của") and any(w[:1].isupper() for w in text[start:at].split()):
            out.append(_Delegation(name, hits[0], (w.start(), b), _TRAVELS.match(low, m.end()) is not None,
                                   _joint_head(text, m, hits)))
        elif not name:
            unnamed.append((w.start(), hits[0]))
    for w in _BARE_DELEGATION_LED.finditer(low):  # "Đoàn do ông X … dẫn đầu."
        m = _HEAD.match(text, w.end())
        hit = next((p for p in people if m is not None and m.start("rest") <= p.start < m.end("rest")), None)
        if hit is not None:
            unnamed.append((w.start(), hit))
    for m in _HEAD_IS.finditer(text):  # "Dẫn đầu Đoàn đại biểu Lào là đồng chí X"
        hit = next((p for p in people if m.end() <= p.start <= m.end() + 2), None)
        if hit is not None:
            unnamed.append((m.start(), hit))
    out += _delegations_named_before(text, low, unnamed, {d.name for d in out})
    return out + _delegations_of_titled_heads(text, low, people, {d.name for d in out})


# "Dẫn đầu Đoàn đại biểu Lào là đồng chí X", "Trưởng đoàn là ông X": the head, in a sentence of its own
# (phrase sets: tried only where their first word stands, not at every character of the article)
_BARE_DELEGATION_LED = PhraseSet.compile(r"đoàn\s+(?=do\s|đứng đầu là\s)", whole_words=False)
_HEAD_IS = PhraseSet.compile(r"(?:[Dd]ẫn đầu|[Tt]rưởng) [Đđ]oàn(?: [^.;:\n]{0,60}?)? là (?:đồng chí |ông |bà |ngài )?", whole_words=False)
_DELEGATION_NAMED = re.compile(r"(?<!\w)đoàn\s+(?:đại biểu|công tác|cấp cao|lãnh đạo)\s+")
_NAME_ENDS = re.compile(r"[.,;:()]|\s(?:do|đã|sẽ|đang|vừa|và|tại|về|nhân|theo|sang|đến|thăm|làm việc|có)\s")


def _delegations_named_before(text: str, low: str, unnamed: list[tuple[int, Mention]], led: set[str]) -> list[_Delegation]:
    """"Đoàn công tác tỉnh Hủa Phăn đã đến làm việc … Đoàn do ông X dẫn đầu.": the delegation named last
    before a head told on its own (in the last 400 characters) is his."""
    out: list[_Delegation] = []
    for at, head in unnamed:
        named = list(_DELEGATION_NAMED.finditer(low, max(0, at - 400), at))
        if not named:
            continue
        m = named[-1]
        cut = _NAME_ENDS.split(low[m.end() : m.end() + 90] + " ", 1)[0]
        name = " ".join(_BRACKETED.sub(" ", cut).split())
        # a proper name ("Đoàn công tác tỉnh Hủa Phăn"), not "đoàn đại biểu các ngành"
        if name and any(w[:1].isupper() for w in text[m.end() : m.end() + len(cut)].split()) \
                and name not in led and all(d.name != name for d in out):
            out.append(_Delegation(name, head, (at, at)))
    return out


# "Đoàn đại biểu tỉnh Nghệ An thăm …" with no "do X dẫn đầu" anywhere: the province's own
# official named first with its name in a title ("Phó Chủ tịch UBND tỉnh Nghệ An") leads it
_LEADS_BEFORE = re.compile(r"(?:dẫn đầu|dẫn|làm trưởng)\s+$")
_PROVINCE_DELEGATION = re.compile(
    r"(?<!\w)(?i:đoàn)\s+(?:(?i:đại biểu|công tác|cấp cao|lãnh đạo)\s+)*(?P<name>(?i:tỉnh|thành phố)\s+"
    rf"[{CAPITAL_LETTERS}][\w-]*(?:\s+[{CAPITAL_LETTERS}][\w-]*){{0,3}})"
)


# ... and "Đoàn đại biểu Bộ Y tế Lào", "Đoàn công tác Hội Nông dân Việt Nam": a body's delegation, led by the
# one whose title names the body (with the country, or without it when the country is the holder's)
_BODY_DELEGATION = re.compile(
    r"(?<!\w)(?i:đoàn)\s+(?:(?i:đại biểu|công tác|cấp cao|lãnh đạo)\s+)*(?P<name>(?:Bộ|Hội|Ủy ban|Ủy ban Trung ương|"
    r"Ban|Sở|Học viện|Tổng cục|Cục|Viện|Trường|Đại học|Hội đồng|Tòa án|Kiểm toán|Thanh tra|Liên hiệp)\s+"
    rf"[{CAPITAL_LETTERS}][^,.;:()\n]{{2,60}})"
)


_AND_BEFORE = re.compile(r"\s(?:và|cùng)\s+$")
_BODY_NAME_END = re.compile(r"[.,;:()]|\s(?:do|đã|sẽ|đang|vừa|tại|về|nhân|theo|sang|đến|thăm)\s")


def _delegations_of_titled_heads(text: str, low: str, people: list[Mention], led: set[str]) -> list[_Delegation]:
    out: list[_Delegation] = []
    for m in _PROVINCE_DELEGATION.finditer(text):
        name = low[m.start("name") : m.end("name")]
        if name in led or any(d.name == name for d in out):
            continue
        if _LEADS_BEFORE.search(low, max(0, m.start() - 20), m.start()):
            continue  # "ông A dẫn đầu Đoàn đại biểu tỉnh Y": led by the one named, not by a titled official
        pattern = re.compile(rf"(?<!\w){re.escape(name)}(?!\w)")
        head = next((p for p in people if any(pattern.search(shadow(t)) for t in p.titles)), None)
        if head is not None:
            out.append(_Delegation(name, head, (m.start(), m.start())))
    titled = [(p, [shadow(t) for t in p.titles]) for p in people if p.titles] if "đoàn" in low else []
    for m in _BODY_DELEGATION.finditer(text) if titled else ():
        # ("Bộ Giáo dục và Thể thao Lào": a body's name may hold "và"; the longest named in a title wins below)
        phrase = _BODY_NAME_END.split(low[m.start("name") : m.end("name")] + " ", 1)[0].split()
        if (_LEADS_BEFORE.search(low, max(0, m.start() - 20), m.start()) or _LED_BY.match(low, m.end("name"))
                or _AND_BEFORE.search(low, max(0, m.start() - 6), m.start())):
            continue  # ("Bộ trưởng A và Đoàn công tác Bộ Công Thương": A leads it)
        for n in range(len(phrase), 2, -1):  # "bộ xây dựng việt nam", then "bộ xây dựng" held by a Vietnamese
            name = " ".join(phrase[:n])
            country = country_named(" ".join(phrase[n : n + 2])) or country_named(" ".join(phrase[n : n + 1]))
            pattern = re.compile(rf"(?<!\w){re.escape(name)}(?!\w)")
            # (the first named whose title names the body: a lead names the delegation's head first, a deputy
            # minister as often as the minister)
            head = next((p for p, titles in titled if (country is None or p.country == country) and any(
                pattern.search(t) for t in titles)), None)
            if head is not None:
                # (not a body whose delegation is led by someone named: "Đoàn … Bộ Y tế do Thứ trưởng X dẫn đầu")
                if not any(x.startswith(name) or name.startswith(x) for x in led) and all(d.name != name for d in out):
                    out.append(_Delegation(name, head, (m.start(), m.start())))
                break
    return out






_VERB_OPENS = re.compile(r"(?:sẽ|đã|đang|vừa|tiếp tục|thăm|đến|tới|sang|lên|về|vào|làm việc|đi)(?!\w)")


def _delegation_heads(low: str, start: int, end: int, delegations: list[_Delegation]) -> list[Mention]:
    """Heads of the delegations named again in low[start:end], away from where each is introduced."""
    return _heads_of(_delegations_named(low, start, end, delegations))


def _heads_of(named: list[tuple[int, Mention]]) -> list[Mention]:
    out: list[Mention] = []
    for _, head in named:
        if head not in out:
            out.append(head)
    return out


def _delegations_named(low: str, start: int, end: int, delegations: list[_Delegation]) -> list[tuple[int, Mention]]:
    """(where, head) of each delegation named again in low[start:end] ("tiếp Đoàn tỉnh A-tô-pư")."""
    out: list[tuple[int, Mention]] = []
    if not delegations:
        return out
    for w in _DELEGATION_WORD.finditer(low, start, end):
        kind = _DELEGATION_KIND.match(low, w.end())
        at = kind.end() if kind else w.end()
        phrase = _PHRASE_END.split(low[at : at + 80], 1)[0].strip()  # "huyện phu-vông" for "huyện phu-vông tỉnh át-tạ-pư"
        if _VERB_OPENS.match(phrase):
            continue  # "Đoàn sẽ thăm tỉnh Nghệ An": where the delegation goes, not which one it is
        # ("chiêu đãi Đoàn Vùng 5 và …" for "Đoàn Bộ Tư lệnh Vùng 5 Hải quân": words of one delegation's name alone)
        inside = [d for d in delegations if len(phrase) >= 5 and f" {phrase} " in f" {d.name} "]
        for d in delegations:
            named = (low.startswith(d.name, at) and not low[at + len(d.name) : at + len(d.name) + 1].isalnum()) or (
                len(phrase) >= 6 and d.name.startswith(phrase + " ")) or _same_place_tail(d.name, phrase) or (
                inside == [d])
            if named and not d.span[0] <= w.start() < d.span[1] and all(h is not d.head for _, h in out):
                out += [(w.start(), d.head)] + ([(w.start(), d.joint)] if d.joint else [])
    return out


# what a day's heading holds besides its date: "Thứ Sáu, ngày 27/12/2024 | | |", "NGÀY 17/9 (THỨ BA)"
_DAY_HEADING_REST = re.compile(r"[\s|,:()–-]*(?:(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ\s+nhật|ngày)[\s|,:()–-]*)*", re.IGNORECASE)
_DAY_ITEMS_FOLLOW = re.compile(r"\)?\s*:\s*\d{1,2}\s*(?:h|giờ|:)\s*\d{0,2}\s*[-–]")


def _programme_days(text: str, dates: list[DateMention]) -> list[DateMention]:
    """The days that head a programme's items (over them, or before them on one line), in order."""
    out = []
    for d in dates:
        if d.day is None or d.month is None or d.is_range:
            continue
        a, b = text.rfind("\n", 0, d.start) + 1, text.find("\n", d.end)
        b = len(text) if b < 0 else b
        if not _DAY_HEADING_REST.fullmatch(text, a, d.start):
            continue
        if _DAY_HEADING_REST.fullmatch(text, d.end, b) and PROGRAMME_ITEM.match(text[b:].lstrip("\n")):
            out.append(d)  # the day over its items
        elif _DAY_ITEMS_FOLLOW.match(text, d.end):
            out.append(d)  # "Thứ Hai (12/9): 7h30 – …; 9h00 – …": the day before its items, on one line
    return out


def _latest_delegation_head(delegations: list[_Delegation], before: int, text: str = "") -> list[Mention]:
    """A bare "Đoàn" after a second delegation has been named with its head is that one
    ("Cùng ngày, Đoàn … do đồng chí Y dẫn đầu đã tới Hà Nội …. Chiều 22/11, X đã tiếp Đoàn"):
    digests and weekly round-ups tell one delegation after another; so is one right after the
    only delegation named, in its paragraph ("Từ ngày 5 đến 7/6, Đoàn … do bác sĩ Y làm Trưởng
    đoàn đã sang thăm …. Ngay khi nhập cảnh, chiều 5/6, Đoàn đã đến thăm …")."""
    told = [d for d in delegations if d.span[1] <= before and d.span[0] < d.span[1]]
    if not told:
        return []
    latest = max(told, key=lambda d: d.span[1])
    if len({d.head.key for d in told}) < 2 and not (text and "\n" not in text[latest.span[1] : before]):
        return []  # one delegation so far, told elsewhere: the article's own, as the principals have it
    # (one named as the side received, "làm việc với Sở X do ông Y chủ trì", is not who "Đoàn" is)
    return ([latest.head] + ([latest.joint] if latest.joint else [])) if latest.travels else []


_PLACE_TAIL = re.compile(r"(?:tỉnh|huyện|thành phố|quận|thị xã)\s+\S+(?:\s+\S+)?$")


def _same_place_tail(name: str, phrase: str) -> bool:
    """ "Đoàn đại biểu Bộ CHQS tỉnh Hủa Phăn" for "Bộ Chỉ huy Quân sự (CHQS) tỉnh Hủa Phăn": a body written
    short, named by the same province at its end."""
    tail = _PLACE_TAIL.search(name)
    return tail is not None and len(name.split()) > len(tail.group().split()) and re.search(
        rf"(?<!\w)\S+\s+{re.escape(tail.group())}(?!\w)", phrase) is not None


def _split_receptions(
    text: str, group: list[tuple[int, int]], cue_at: int, persons: list[Mention],
    delegations_named: Sequence[tuple[int, Mention]] = (),
) -> list[list[Mention]] | None:
    """One reception per host: "A; B; C đã tiếp đoàn", "lần lượt tiếp A và B" (a delegation named
    by its name, "lần lượt tiếp Đoàn tỉnh A-tô-pư và Đoàn tỉnh Ra-ta-na-ki-ri", stands where it is named)."""
    where = {id(h): at for at, h in delegations_named}
    before = [p for p in persons if where.get(id(p), p.start) < cue_at]
    after = sorted((p for p in persons if where.get(id(p), p.start) >= cue_at), key=lambda p: where.get(id(p), p.start))
    seg = text[group[0][0] : group[-1][1]]
    guests: dict[str, Mention] = {}
    for a in after:
        guests.setdefault(a.key, a)  # (one guest named twice, in two spellings or as a delegation and by name)
    if "lần lượt" in seg.lower() and len(guests) >= 2:
        return [before + [a] for a in guests.values()]
    if ((before or _VERB_AFTER_CLAUSE.search(text, max(0, cue_at - 4), cue_at)) and len(after) >= 2 and _CALLS_ON.match(text, cue_at)
            and all(a.titles for a in after) and all(_HOSTS_JOINED.fullmatch(text, x.end, y.start)
                                                     and (before or not _ANOTHER_VERB.search(text, x.end, y.start))
                                                     for x, y in zip(after, after[1:]))):
        # "… sẽ hội kiến Tổng Bí thư A và Chủ tịch Quốc hội B": a call on each (and "…; hội kiến A, B và C", its
        # subject the sentence's, given by ``_calls_in_turn``)
        return [before + [a] for a in after]
    if len(group) >= 2:
        hosts_by_clause = []
        for c in group:
            hs = [p for p in before if c[0] <= p.start < c[1]]
            if hs:
                hosts_by_clause.append(hs[:1])
        hosts = [p for p in before if group[0][0] <= p.start < group[-1][1]]
        if len(hosts_by_clause) >= 2 and "lần lượt" in seg.lower() and len(hosts) > len(hosts_by_clause):
            return [[h] + after for h in hosts]  # "A; B và C đã lần lượt tiếp": C has a clause's "và"
        if len(hosts_by_clause) >= 2 and not all(_of_the_same_body(h[0]) for h in hosts_by_clause[1:]):
            return [h + after for h in hosts_by_clause]
    if len(before) >= 2 and "lần lượt" in seg.lower():
        return [[b] + after for b in before]
    return None


# "Trên Báo … số 49, ra ngày 24/4/2012, tin …", "Tờ … số ra ngày 5/3 đã đăng": the day a paper came out, not an event's
_ISSUE_DATE_BEFORE = re.compile(r"(?<!\w)(?:số ra|số báo|,\s*ra|đăng tải|đăng)(?:\s+ngày)?\s*$")


# "(Theo Tuyên bố chung,) trong thời gian thăm, …": what the trip held, on no day of its own
_DURING_THE_TRIP = re.compile(r"\W*(?:theo [^,.;]{2,60},\s*)?trong (?:thời gian|dịp|chuyến) (?:thăm|ở|lưu lại|làm việc|công tác)[^,.;]{0,60},",
                             re.IGNORECASE)
_CALLS_ON = re.compile(r"(?:hội kiến|chào xã giao)(?!\w)", re.IGNORECASE)
_VERB_AFTER_CLAUSE = re.compile(r";\s*$")
# ("hội kiến A, Chủ tịch Quốc hội và làm việc với B": B is the next verb's)
_ANOTHER_VERB = re.compile(r"(?<!\w)(?:làm việc|hội đàm|hội kiến|chào|gặp|tiếp|thăm|dự)(?!\w)", re.IGNORECASE)
# between two hosts called on: the first's titles, then "và", a comma or a semicolon, then the next's
_HOSTS_JOINED = re.compile(r"[^.;:()]{0,160}?(?:,|;|\s+và)\s+(?:(?:đồng chí|ông|bà|ngài|samdech)\s+)?[^.;:()]{0,160}",
                           re.IGNORECASE)
_BODY_NAMED_BEFORE = re.compile(r"(?<!\w)(?:Hội|Bộ|Viện|Học viện|Sở|Trường|Ban|Tổng cục|Cục|Đoàn)$")


def _of_the_same_body(host: Mention) -> bool:
    """ "A, Chủ tịch Hội Cựu chiến binh Việt Nam; B, Phó Chủ tịch Hội; C, … Trung ương Hội đã tiếp Đoàn":
    a host whose title ends in a bare body word holds office in the body named before; such hosts
    receive together (one reception), where "Tổng Bí thư A; Chủ tịch nước B; Thủ tướng C" are three."""
    return any(_BODY_NAMED_BEFORE.search(t.strip()) for t in host.titles)


_WITH_DELEGATION = re.compile(r"\s(?:cùng|và) (?:các thành viên )?đoàn(?!\w)", re.IGNORECASE)


def _principals(
    text: str, mentions: list[_Mention], people: list[Mention], early_end: int, span: tuple[int, int] | None = None
) -> list[Mention]:
    """The visiting delegation's head and the host: who "đoàn" and "hai bên" stand for (in the
    whole article, or in one item of a digest: ``span``).

    Only a delegation named early in the article is the article's own ("Đoàn … do X dẫn
    đầu" further down is usually another delegation mentioned in passing)."""
    start, end = span or (0, len(text))
    heads = _heads_in(text, start, early_end, people)
    inviters = _inviters_in(text, start, end, people)
    if not heads:
        lead = _WITH_DELEGATION.search(text, start, end)  # "X và đoàn", "X cùng đoàn": X leads it
        if lead:
            hits = [p for p in people if lead.start() - 80 <= p.start < lead.start()]
            if hits:
                heads = [hits[-1]]
    # two delegations with their heads ("Đoàn tỉnh A do X … hội đàm với Đoàn tỉnh B do Y"): the
    # visitor is the one whose visit the article reports
    visitors = [m.people[0] for m in mentions if m.type == "visit" and not m.reference and m.people]
    if len(heads) >= 2 and visitors and visitors[0] in heads:
        heads = [visitors[0]]
    # "Bộ trưởng X dẫn đầu đoàn … thăm Campuchia theo lời mời của Y": who visits, not who invited; a
    # visit told late ("Tháng 3/2016, Đoàn … do Y dẫn đầu đã sang thăm …") only when no one early is
    # "Trưởng đoàn"
    invited_by = {p.key for p in inviters}
    visiting = [(m, p) for m in mentions if m.type == "visit" and not m.reference for p in m.people if p.key not in invited_by]
    if not heads:
        # "… đồng chí X, Trưởng ban Tổ chức Tỉnh ủy Xiêng Khoảng, Trưởng đoàn công tác tỉnh bạn": the head by title,
        # named early (before whoever a visit names, "Cùng đi có …" too)
        heads = [p for p in people if p.start < early_end and any(_HEAD_TITLE.search(t) for t in p.titles)][:1]
    if not heads:
        heads = [p for m, p in visiting if m.sentence[0] < early_end][:1]
    if not heads:
        heads = [p for _, p in visiting][:1]
    for d in _DELEGATION_OF_PLACE.finditer(text, start, end) if not heads else ():
        # "Đoàn tỉnh Mondulkiri thăm và làm việc tại Đắk Lắk …" with no head told: the one whose titles name that place
        # (or whose words after the name do: "ông B, Giám đốc Sở Quan hệ Quốc hội - Thượng viện và Thanh tra tỉnh X")
        place = d.group(1).lower()
        heads = [p for p in people if any(place in t.lower() for t in p.titles) or place in _apposition(text, p.end).lower()][:1]
        if heads:
            break
    if not heads and not inviters:
        # "… đã tiếp Đoàn công tác tỉnh X do đồng chí Y làm Trưởng đoàn" told late, and "Đoàn" after
        # it: the only delegation named at an event is the one "Đoàn" stands for
        late = [h for h in _heads_in(text, early_end, end, people) if _LEADS.match(text, h.end) and any(
            not m.reference and m.sentence[0] <= h.start < m.sentence[1] and h in m.people for m in mentions)]
        if len({p.key for p in late}) == 1:
            heads = late[:1]
    out: list[Mention] = []
    told_heads = bool(heads)
    if heads:
        out.append(heads[0])
    for p in inviters:
        if not out or p.key != out[0].key:
            out.append(p)
            break
    if len(out) < 2:
        # those only said to attend ("Dự lễ khai mạc có …") last
        ranked = sorted(mentions, key=lambda m: m.attending)
        for m in ranked:
            for p in m.people:
                if all(p.key != o.key for o in out) and (not out or p.country != out[0].country or p.country is None):
                    out.append(p)
                    if len(out) >= 2:
                        break
            if len(out) >= 2:
                break
        # no head told: of two sides of two countries, the guest is the one not at home
        # ("Tại Hà Nội, Chủ tịch Quốc hội A hội đàm với Chủ tịch Quốc hội Lào B")
        if not told_heads and len(out) == 2 and out[0].country and out[1].country and out[0].country != out[1].country \
                and _host_country(mentions, text, start, end) == out[0].country:
            out.reverse()
    return out[:2]


_DELEGATION_OF_PLACE = re.compile(
    rf"(?<!\w)[Đđ]oàn (?:đại biểu |công tác )?(?:tỉnh|thành phố|huyện) ([{CAPITAL_LETTERS}][\w-]*(?: [{CAPITAL_LETTERS}][\w-]*){{0,2}})"
    r"(?= (?:đã |sẽ |đang )?(?:sang |đến )?(?:thăm|có mặt))")
_APPOSITION = re.compile(r",\s*[^,;.()\n]{0,150}")


def _apposition(text: str, at: int) -> str:
    """", Giám đốc Sở … và Thanh tra tỉnh Mondulkiri": the words set after a name, up to the next comma."""
    m = _APPOSITION.match(text, at)
    return m.group(0) if m is not None else ""

_VISITING = re.compile(r"(?<!\w)đang (?:có chuyến )?(?:thăm|công tác)(?: (?:chính thức|cấp nhà nước|hữu nghị|làm việc|và làm việc|tại))* "
                       r"(?:Vương quốc |nước CHDCND )?(Việt Nam|Lào|Campuchia|Trung Quốc|Thái Lan)(?!\w)")


def _host_country(mentions: list[_Mention], text: str, start: int, end: int) -> str | None:
    """The country the story happens in: the one a guest "đang thăm", or where its first event is."""
    m = _VISITING.search(text, start, end)
    if m is not None:
        return country_named(shadow(m.group(1)))
    for x in sorted(mentions, key=lambda x: x.order):
        if x.place and not x.reference and start <= x.sentence[0] < end:
            return place_country(shadow(x.place))
    return None


# A digest's item opens with a mark ("* Sáng 9-4, …", "- Chiều nay, …", "2. Hội thảo …") or a day's
# heading ("Thứ Tư (21/11)")
_ITEM_MARK = re.compile(
    r"^(?:[*•+–-]\s+|(?:\d{1,2}|[IVX]{1,4})[.)]\s+|(?:Thứ\s+(?:Hai|Ba|Tư|Năm|Sáu|Bảy)|Chủ\s+nhật)\s*\(\d{1,2}/\d{1,2}\))",
    re.MULTILINE | re.IGNORECASE,
)


def _digest_items(text: str) -> list[tuple[int, int, bool]]:
    """The spans of a digest's items, or none in an ordinary article.
    A bulleted item is its own line (and says so: the third of each triple); a numbered or a day's
    heading runs to the next heading."""
    marks = list(_ITEM_MARK.finditer(text))
    if len(marks) < 2:
        return []
    first = marks[0]
    line_end = text.find("\n", first.start())
    first_line = text[first.start() : line_end if line_end >= 0 else len(text)].rstrip()
    if (first.group()[0].isdigit() and text[: first.start()].rstrip().endswith(":") and len(first_line) >= 100
            and first_line[-1:] in ".!?…"):
        # "… đã trao đổi một số nội dung chính như sau: 1. Hai bên đánh giá cao …. 2. …": points of one story, each a
        # paragraph, not a digest's items under their headings
        return []
    out = []  # (the lead before the first is the article's own)
    for m, nxt in zip(marks, [*marks[1:], None]):
        end = nxt.start() if nxt is not None else len(text)
        bulleted = m.group()[0] in "*•+–-"
        if bulleted:
            line_end = text.find("\n", m.start())
            end = min(end, line_end if line_end >= 0 else len(text))
        out.append((m.start(), end, bulleted))
    return out


def _item_principals(
    text: str, mentions: list[_Mention], people: list[Mention], start: int, end: int, bulleted: bool
) -> list[Mention]:
    """Who "Đoàn" and "hai bên" stand for in one item, where the item tells it (a list of documents
    or of attendees does not, and keeps the article's)."""
    mine = [p for p in people if start <= p.start < end]
    ends = sorted({m.sentence[1] for m in mentions if start <= m.sentence[0] < end})
    early_end = ends[min(3, len(ends) - 1)] if ends else end
    told = [m for m in mentions if start <= m.sentence[0] < end]
    if _heads_in(text, start, early_end, mine):
        return _principals(text, told, mine, early_end, (start, end))
    # no delegation named under a heading: the two sides of its first meeting ("Thứ Năm (22/11) /
    # Sáng 22/11, A đã hội đàm với B. … Hai Trưởng ban …"); a bullet ("- Kế hoạch …, do A và B ký")
    # is one of a list told under the article's own story
    for m in [] if bulleted else told:
        if not m.reference and len({p.country for p in m.people} - {None}) == 2:
            return list({p.key: p for p in m.people}.values())[:2]
    return []


def _keys(ps: list[Mention]) -> set[str]:
    return {p.key for p in ps}


def _assemble(
    text: str, mentions: list[_Mention], people: list[Mention], anchor: Anchor, early_end: int,
    headline_date: str | None = None, doc_dates: list[DateMention] | None = None, title_end: int = 0,
) -> list[Event]:
    principals = _principals(text, mentions, people, early_end)
    # "… do A và B đồng trưởng đoàn": "Đoàn" stands for both
    joint = [b for a, b, jointly in _second_heads_in(text, 0, early_end, people) if jointly
             and principals and a.key == principals[0].key and b.key != a.key][:1]
    # a digest's items each tell their own story: who "Đoàn" and "hai bên" are in one is named there
    items = [(a, b, _item_principals(text, mentions, people, a, b, bulleted)) for a, b, bulleted in _digest_items(text)]

    def principals_at(pos: int) -> list[Mention]:
        for a, b, own in items:
            if a <= pos < b and own:
                return own
        return principals

    event_sentences = sorted({m.sentence for m in mentions})
    # (all but a sentence that only moves the delegation, "Hôm sau, Đoàn bay lên tỉnh X": that one still tells a day)
    told_act_sentences = sorted({m.sentence for m in mentions if m.type != "visit" or m.people})
    acts = sorted({m.sentence for m in mentions if not m.reference})
    undated_acts = {m.sentence for m in mentions if not m.reference and m.date is None and not m.related and not m.after}
    events: list[_Event] = []
    # pass 1: mentions with their own date
    previous: str | None = None
    previous_sentence: tuple[int, int] | None = None
    planned_day: tuple[str, tuple[int, int]] | None = None
    undated_same_day: list[_Mention] = []
    for m in mentions:
        if m.date is None:
            continue
        if m.planned and m.date.day is None and _PROPOSED.search(text, m.sentence[0], m.cue_start):
            continue  # "A đề nghị hai bên phối hợp tổ chức hội thảo …, dự kiến vào tháng 12": a proposal, not a plan made
        if _REASON_BEFORE.search(text, m.sentence[0], m.cue_start):
            continue  # "Do phải về nước tham dự kỳ họp …, tối 7/11 Bộ trưởng …": the reason one leaves, no act told
        if m.planned and _CALLED_OFF.search(text, m.cue_start, m.sentence[1]):
            continue  # "Chương trình thăm tỉnh X dự kiến ngày 17-8 được hai bên thống nhất dời sang dịp khác": called off
        same_day = previous
        if m.date.relative in ("same_day", "next_day") or (m.date.relative or "").startswith("before:"):
            # "Sáng 31/5, … đặt vòng hoa …. Chiều cùng ngày, … hội đàm": the day is the last one the
            # text named, even when what happened on it is no event of ours (a day named in a
            # sentence that tells an event is that event's, already in ``previous``)
            told = _last_day_before(doc_dates or [], m.sentence[0], anchor, skip=event_sentences, acts=acts, text=text,
                                    undated_acts=undated_acts)
            same_day = told if previous is None or told is not None else previous
            if previous is not None and previous_sentence == m.sentence:
                same_day = previous  # "Sáng 20/4, A tiếp B; chiều cùng ngày, C tiếp B": the day of that sentence
            if previous is not None and _EARLIER_THAT_DAY.match(text, m.sentence[0]):
                # "Trước đó, sáng cùng ngày, …": earlier on the day of the event told, not on a day of the background
                # told since ("ngày 9/8, Cảnh sát tiếp tục bắt giữ …")
                same_day = previous
            if planned_day is not None and not m.past and (previous_sentence is None or planned_day[1] > previous_sentence):
                # "Sáng 8/1, Thủ tướng A sẽ chủ trì lễ đón …. Chiều cùng ngày, Thủ tướng B lần lượt hội kiến …": a
                # programme announced, each day after the one planned before it
                same_day = planned_day[0]
            if (m.date.relative or "").startswith("before:"):
                # "Trước đó hai ngày, A và B đã hội đàm": two days before the event told just before it
                last_told = max((e for e in events if e.evidence[1] <= m.sentence[0] and e.date and len(e.date) == 10
                                 and not e.has_range), key=lambda e: e.evidence[1], default=None)
                same_day = last_told.date if last_told is not None else same_day
            named_day = _day_of_the_event_named(text[m.sentence[0] : m.sentence[1]], events) if m.date.relative == "same_day" else None
            if named_day is not None:
                same_day = named_day  # "Ngay chiều cùng ngày trình Quốc thư, …": the day of that act
        if m.date.relative and m.date.relative.startswith("visit_"):
            trip = next((e for e in events if e.type == "visit" and e.end_date), None)
            span = (trip.date, trip.end_date) if trip else next(
                # ("… hội đàm trong ngày đầu chuyến thăm. Đoàn … thăm tỉnh Thanh Hóa từ ngày 14 đến 16/5.": the trip told after)
                (resolve(v.date, anchor.at(v.sentence[0])) for v in mentions if v.type == "visit" and v.date is not None
                 and v.date.is_range and not v.planned), (None, None))
            same_day = _day_of_trip(span[0], span[1], m.date.relative)
        anc = Anchor(anchor.at(m.sentence[0]).published, anchor.year, same_day)
        date, end_date = resolve(m.date, anc, future_ok=m.planned)
        if date is None and (m.date.day is None or m.date.month is None):
            if m.date.relative == "same_day":
                undated_same_day.append(m)
            # ("Tối qua, A chủ trì tiệc chiêu đãi" in a story that gives no date nor year at all: an event
            # whose date is null, as a day and month with no year would be)
            if not (m.date.relative in ("today", "yesterday", "tomorrow", "next_day") and anchor.published is None
                    and anchor.year is None and not m.planned):
                continue
        # (a day and month in an article that gives no year anywhere: a dated event whose
        # date is null, as the text supports no more)
        # a range bound to a non-visit cue is that event's own span ("hội nghị từ ngày 5 đến 7/10")
        ev = _event_of(m, date, end_date)
        ev.own_month = m.date.day is None and m.date.month is not None
        # "Cùng ngày, Đoàn đến chúc Tết Bộ Chỉ huy Quân sự tỉnh": "the same day" opens another
        # event; it is the same one only if it names someone already there (or both sides: "hai đoàn")
        if _merge_into(events, ev, need_shared=m.date.relative == "same_day") is None:
            events.append(ev)
        # (nor an earlier day someone recalls: "Đại tá A cho biết, ngày 15-8 vừa qua, … đã dự lễ ký kết …")
        recalled = previous is not None and date is not None and date < previous and _RECALLED_DAY.search(
            text, m.sentence[0], m.cue_start) is not None
        if (date is not None and len(date) == 10 and not m.date.is_range and not m.planned and not recalled
                and not (anchor.year and int(date[:4]) < anchor.year - 1)):  # (nor a day of history: "ngày 18-7-1977, Hiệp ước …")
            previous = date  # (a day planned ahead, "Lễ ký dự kiến ngày 15/12", is not what "cùng ngày" means)
            previous_sentence = m.sentence
        elif date is not None and len(date) == 10 and not m.date.is_range and m.planned and not m.date.relative:
            planned_day = (date, m.sentence)  # (… unless what follows is planned too)
    # pass 2: mentions without a date of their own
    visit_ranges = [e for e in events if e.type == "visit" and e.end_date]
    for m in sorted((m for m in mentions if m.date is None), key=lambda m: m.order):
        if m.planned and _PROPOSED.search(text, m.sentence[0], m.cue_start):
            continue  # "B đề nghị hai bên sớm tổ chức Hội chợ …": a proposal with no day is no event, nor part of one
        if _REASON_BEFORE.search(text, m.sentence[0], m.cue_start):
            continue
        if m.type == "signing" and m.people and not m.delegation_ref and not m.listed and _plain_act(text, m.sentence):
            # "Kết thúc hội nghị, hai Bộ trưởng đã ký Biên bản …", then the photo's caption "Bộ trưởng A và Bộ
            # trưởng B ký kế hoạch hợp tác", or the next sentence "Thượng tướng A và Thiếu tướng B ký các văn
            # bản.": the signing just told, its signers named
            just_told = max((e for e in events if e.type == "signing" and e.order < m.order), key=lambda e: e.order, default=None)
            # (a next sentence only when the one told named no signer: "Ông C và ông D ký Biên bản ghi nhớ kết nghĩa"
            # after "A và B đã ký Thỏa thuận …" is another signing)
            if just_told is not None and m.paragraph - just_told.paragraph <= 1 and (_is_caption(text, m.sentence) or (
                    not any(just_told.evidence[0] <= p.start < just_told.evidence[1] for p in just_told.people)
                    and not text[just_told.evidence[1] : m.sentence[0]].strip())):
                _add_people(just_told, m.people)
                continue
        # "Kết thúc hội đàm, hai đồng chí đã ký …": the day of the talks it names, not another signing's
        named_day = told_day = None
        named_event: _Event | None = None
        if m.predicate and not m.reference:
            named = [e for rel in _named_types(m) if rel != "visit"
                     for e in events if e.type == rel and e.date and not (e.planned and m.past)]
            # "Kết thúc hội đàm, A và B đã ký": the talks A and B held, else the first of that kind
            keys = _keys(m.people)
            # (with none of them named, "Sau hội đàm, hai đồng chí Trưởng ban đã ký …": the talks of its paragraph)
            named_event = max(named, key=lambda e: (len(keys & _keys(e.people)), e.paragraph == m.paragraph, -named.index(e)),
                              default=None)
            # ("Kết thúc hội đàm, hai bên đã ký …. Người ký phía X là A; phía Y là B": the signers named after, at those talks)
            if (named_event is not None and len(keys) >= 2 and not keys & _keys(named_event.people)
                    and any(p.start < m.sentence[1] for p in m.people)):
                named_event = None  # "A đã hội đàm với B, hội kiến C": a reception of theirs, not one of others told elsewhere
            named_day = named_event.date if named_event is not None else None
            if named_day is None and m.type != "visit":
                # "Sáng hôm sau (9-11), Đoàn đến tỉnh Bắc Ninh …. Ông X đã tiếp Đoàn": the day told last,
                # in a sentence of no event of ours, is this one's, not an earlier reception's
                told_day = named_day = _last_day_before(doc_dates or [], m.sentence[0], anchor, skip=event_sentences,
                                                        acts=acts, text=text) or _day_of_sentence_before(text, events, m)
                if told_day is not None and _background_day(told_day, text, events, m):
                    told_day = named_day = None
        elif not m.reference and m.type != "visit" and m.people:
            # "Hôm sau, Đoàn bay lên tỉnh X. Tại thành phố X, Bộ trưởng A làm việc với B": a new day
            # told in a sentence of no event of ours is the day of what follows, whatever its verb
            # (a sentence that only moves the delegation, "Hôm sau, Đoàn bay lên tỉnh X", still tells the day)
            told_day = named_day = _next_day_told(doc_dates or [], events, m, told_act_sentences, text, anchor)
        if m.predicate and not m.reference and _ON_THIS_OCCASION.match(text, m.sentence[0], m.cue_start):
            # "Nhân dịp này, A và B đã ký …": on the occasion just told, not on a day of the background since
            occasions = [e for e in events if e.order < m.order and e.date and len(e.date) == 10 and not e.planned and not e.has_range]
            if occasions:
                named_day = max(occasions, key=lambda e: e.order).date
                if told_day is not None:
                    told_day = named_day
        heading = text[m.sentence[0] : m.sentence[1]].rstrip()[-1:] not in ".!?…:;"
        target = (_one_of_those_told(text, events, m) or _unnamed_call_before(text, events, m)
                  or _find_target(events, m, principals_at(m.sentence[0]), named_day, heading))
        if target is not None:
            # ("Kết quả Hội nghị sẽ được báo cáo lên Hội nghị Cấp cao … A, B": those of a plan it names
            # were not at it)
            # ("Sau buổi tiếp, dưới sự chứng kiến của A và B, C và D đã ký …": those of the signing)
            if not m.praised and not m.after and not (m.reference and m.planned and not target.planned):
                _add_people(target, m.people)
                target.delegation_ref |= m.delegation_ref
            elif not m.praised:
                target.delegation_ref |= m.delegation_ref
            # ("X đánh giá cao kết quả hội đàm …, đề nghị hai bên …": the sides X speaks to were not at it)
            target.told = max(target.told, m.order)
            target.place = target.place or m.place
            _sharpen_date(target, m, events)
            continue
        if m.type == "visit" or (m.reference and not m.anaphoric):
            continue
        if m.anaphoric and m.cue.startswith(("lễ đón", "nghi thức đón")):
            continue  # "Lễ đón Chủ tịch nước X tại Phủ Chủ tịch" (a caption): the welcome of talks told elsewhere
        if (m.anaphoric and m.type == "talks" and "làm việc" in m.cue and m.related and not any(e.type == "talks" for e in events)
                and any(e.type in ("conference", "reception") and e.order < m.order for e in events)):
            continue  # "Hội nghị sơ kết …. Cuối buổi làm việc, hai Trưởng đoàn đã ký …": that meeting, no talks of its own
        if m.anaphoric and m.people and _keys(m.people) <= {k for e in events if e.type == m.type for k in _keys(e.people)}:
            continue  # "Tại các cuộc gặp, A và B …": the calls on A and on B, already told
        if m.anaphoric and events and _THIS_IS.match(text, m.sentence[0]):
            continue  # "Đây là cuộc làm việc đầu tiên giữa hai Bộ trưởng …" after an online meeting: that meeting
        if m.anaphoric and _PLURAL_BEFORE.search(text, m.sentence[0], m.cue_start) and sum(e.type == m.type for e in events) >= 2:
            continue  # "Tại các buổi tiếp, hai bên …": the receptions just told, whoever "hai bên" stands for
        # "Trước lễ ký, Thứ trưởng A đã tiếp Thứ trưởng B": a weak verb with its two sides, dated
        # by the event its clause names, stands
        # (the delegation received is a side: "Trước buổi làm việc, Phó Tỉnh trưởng X đã tiếp đoàn")
        n_sides = len(_keys(m.people)) + (1 if m.type == "reception" and m.delegation_ref & VISITOR else 0)
        # ("Trước buổi lễ, A đã tiếp B": the ceremony just told is the one named)
        types_named = [*_named_types(m), *(["conference"] if _AROUND_THE_CEREMONY.match(text, m.sentence[0], m.sentence[1]) else [])]
        # "Bộ trưởng A vừa tiếp Thứ trưởng B …" opening a story that gives no day at all: its news, undated
        # (a day in the headline only, "… tiếp Bộ trưởng Thương mại Campuchia (12/6/2019)", is its day)
        undated_news = (m.predicate and not m.planned and n_sides >= 2 and not events
                        and not any(d.start >= title_end and d.relative != "same_day" for d in doc_dates or ())
                        and all(o.reference for o in mentions if o.order < m.order))
        tied = undated_news or (m.predicate and not m.planned and n_sides >= 2 and any(
            e.type in types_named and e.date for e in events)) or (told_day is not None and bool(m.people)) or (
            # "Các đồng chí: A; B đã tiếp đoàn": each host with the delegation, on the day told before
            m.split_group is not None and m.predicate and bool(m.delegation_ref & VISITOR) and bool(m.people)) or (
            # "Ngay sau đó, A gặp C", "Sau lễ trao tặng, A tiếp B": the act after the one just told, its two sides named
            (m.sequel or any(o.after and o.sentence == m.sentence for o in mentions)) and len(_keys(m.people)) >= 2) or (
            # "Sau hội đàm, hai Bộ trưởng sẽ ký Kế hoạch …" after talks announced for a day: a part of that programme
            m.planned and m.predicate and bool(m.delegation_ref & PAIR) and named_event is not None and named_event.planned
            and named_event.date is not None and len(named_event.date) == 10)
        if not m.reference and (m.weak or m.planned) and not tied:
            continue
        if not m.people and not (m.predicate or m.anaphoric):
            continue  # "về hình thức tổ chức Hội nghị": no one named, no verb: talk about events
        if m.anaphoric and not m.people and not m.delegation_ref and text[m.sentence[0] : m.sentence[1]].rstrip()[-1:] not in ".!?…":
            continue  # a subheading, "Ký kết hai văn kiện quan trọng": what the paragraphs under it tell
        date, source = (named_event.date, named_event) if named_event is not None else (told_day, None)
        trip_dated = False
        for rel in _named_types(m) if date is None else ():
            rel_events = [e for e in events if e.type == rel and e.date
                          and not (len(_keys(m.people)) >= 2 and not _keys(m.people) & _keys(e.people))]
            if rel_events:
                source = rel_events[0]
                date = source.date
                break
        if date is None:
            # (not the day of a plan: "… mời A sang thăm … vào tháng 3-2025. Tiếp đó, A hội đàm với B")
            prior = [e for e in events if e.order < m.order and e.date and not (e.planned and not m.planned)]
            adjacent = [e for e in prior if e.paragraph == m.paragraph and not e.has_range]
            # a verb of its own with no day: the last day told before ("Sáng 10/12, … hội đàm …",
            # background, then "Trước sự chứng kiến của …, A và B đã ký …")
            just_before = [e for e in prior if not e.has_range and e.date and len(e.date) == 10] if m.predicate or m.anaphoric or m.listed else []
            # "X đã thăm chính thức Việt Nam trong hai ngày 11 và 12/12. Tại Hà Nội, X đã hội đàm với Y": within
            # the trip told just before, not on the day of an earlier paragraph's event
            trip_here = [e for e in prior if e.paragraph == m.paragraph and e.type == "visit" and e.has_range]
            latest = max(prior, key=lambda e: e.order) if prior else None
            if visit_ranges and _DURING_THE_TRIP.match(text, m.sentence[0]):
                # "Trong thời gian thăm, A đã hội đàm với B; hội kiến C": within the trip, on no day it tells
                date = _month_span(visit_ranges[0].date, visit_ranges[0].end_date)
                trip_dated = True
            elif m.sequel and (act_day := _day_of_the_act_before(text, doc_dates or [], events, m, anchor)) is not None:
                date = act_day  # "Sáng 1/12, Đoàn đã đến dâng hương …. Ngay sau đó, A và B hội đàm": that act's day
            elif m.sequel and latest is not None and latest.date and len(latest.date) == 10 and not latest.has_range:
                source, date = latest, latest.date  # "Ngay sau đó, A hội đàm với C": right after the act told last
            elif adjacent:
                source = max(adjacent, key=lambda e: e.order)
                date = source.date
            elif trip_here and m.predicate:
                date = _month_span(trip_here[-1].date, trip_here[-1].end_date)
                trip_dated = True
            elif just_before:
                source = max(just_before, key=lambda e: e.last_told)
                date = source.date
            elif visit_ranges and m.order > visit_ranges[0].order and _arrival_told(visit_ranges[0], doc_dates or [], anchor):
                # "Chiều 7-1, Thủ tướng … đã đến Viêng Chăn, bắt đầu chuyến thăm … trong hai ngày 7 và 8-1. …
                # Sau lễ đón …, hai Thủ tướng đã hội đàm": the day of the arrival told, before any other day
                date = visit_ranges[0].date
            elif visit_ranges:
                date = _month_span(visit_ranges[0].date, visit_ranges[0].end_date)
                trip_dated = True
            elif prior:
                source = max(prior, key=lambda e: e.order)
                date = source.date
            elif events:  # a headline or caption before the story: its first event's day (and place)
                source = min(events, key=lambda e: e.order)
                date = source.date
        if date is None and m.type != "visit" and m.people and not events:
            # "Sáng thứ Năm (23/11), tỉnh X đã tiếp nhận tuyến đường …. Chủ trì lễ bàn giao có A và B": the day the
            # story told just before, not the dateline's
            date = _last_day_before(doc_dates or [], m.sentence[0], anchor, text=text)
        if date is None and headline_date and m.type != "visit":
            date = headline_date
        if date is None and anchor.year and m.type != "visit":
            date = str(anchor.year)
        if date is None and not undated_news:
            continue
        # the same day as the event it follows, so the same place unless it says otherwise
        place = m.place or (source.place if source is not None and source.date == date else None)
        ev = _Event(m.type, date, None, place, list(m.people), m.sentence, m.order, m.paragraph, m.planned,
                    m.delegation_ref, split_group=m.split_group, cue=m.cue, document=m.document, pair=m.pair,
                    trip_dated=trip_dated, listed=m.listed, after_cue=m.after_cue, witnesses=m.witnesses,
                    sides_named=_sides_named(m))
        sides = _two_sides(source.people) if source is not None and source.paragraph == m.paragraph else []
        if not ev.people and ev.delegation_ref & PAIR and named_event is not None and len(named_event.people) >= 3:
            # "Kết thúc hội nghị, ba Trưởng đoàn đã ký …": the first three named at the meeting it names
            # (those who chair it come first; the country of a mention is too often a guess to pick by)
            first: dict[str, Mention] = {}
            for p in named_event.people:
                first.setdefault(p.key, p)
            several = _several_sides().search(text, m.sentence[0], m.cue_start)
            n = (int(several.group("n")) if several.group("n").isdigit() else _SIDE_COUNTS[several.group("n").lower()]) if several else 0
            if 3 <= n <= len(first):
                ev.people = list(first.values())[:n]
                ev.delegation_ref &= ~PAIR
        if not ev.people and ev.delegation_ref & PAIR and sides:
            # "… A và B đồng chủ trì Hội nghị …. Hai bên đã ký Biên bản hội nghị": the sides of that meeting
            ev.people, ev.delegation_ref = sides, ev.delegation_ref & ~PAIR
        mine = _keys(ev.people)
        if m.sequel and len(mine) >= 2 and any(
                e.type == ev.type and e.date == ev.date and len(e.people) >= 2 and mine - _keys(e.people) and _keys(e.people) - mine
                for e in events):
            events.append(ev)  # "A hội đàm với B. … Ngay sau đó, A hội đàm với C": another meeting, right after
        elif _merge_into(events, ev) is None:
            events.append(ev)
    for m in undated_same_day:
        # "Sáng 11-12, Đoàn xuất cảnh …. Ngay trong buổi sáng, Đoàn đã hội đàm …. Tối cùng ngày, …": the
        # day of the event told last before it, dated only now
        earlier = [e for e in events if e.order < m.order and e.date and len(e.date) == 10 and not e.has_range and not e.planned]
        # (with no day told before it at all, the day of the news: "Phnôm Pênh, ngày 9/11/2023 (AKP) -- …
        # Sáng cùng ngày, …")
        day = max(earlier, key=lambda e: e.order).date if earlier else (
            anchor.published.isoformat() if anchor.published and wire_dateline_span(text) is not None else None)
        if day is not None:
            ev = _event_of(m, day, None)
            if _merge_into(events, ev, need_shared=True) is None:
                events.append(ev)
    _with_companions(events, mentions, principals)
    # "bà Xổm-phon" after "bà Xổm-phon Vông-xỉ-đa": a participant is named by a full spelling of theirs
    full_names: dict[str, str] = {}
    titles_of: dict[str, list[str]] = {}  # every title a person is given in the article
    for p in people:
        if " " in p.name:
            if p.key not in full_names or (full_names[p.key].isupper() and not p.name.isupper()):
                full_names[p.key] = p.name  # (as the body writes it, not as a headline in capitals)
        titles_of.setdefault(p.key, []).extend(p.titles)
    starts_of: dict[str, list[int]] = {}
    spans_of: dict[str, list[tuple[int, int]]] = {}
    for p in people:
        starts_of.setdefault(p.key, []).append(p.start)
        spans_of.setdefault(p.key, []).append((p.start, p.end))
    out: list[Event] = []
    led: dict[str, Mention] | None = None  # every delegation's head or co-chair the article names, when asked for
    for e in sorted(events, key=lambda e: e.order):
        ps = list(e.people)
        own = principals_at(e.evidence[0])
        several = _SEVERAL_DELEGATIONS.search(text, *e.evidence) if e.type == "reception" else None
        guests: list[Mention] = []
        if several is not None:
            if led is None:
                led = {}
                for h in [*_heads_in(text, 0, len(text), people), *_co_chairs(text, people)]:
                    led.setdefault(h.key, h)
            guests = _received_delegations(e, several, led.values())
        if guests:
            # "A đã tiếp và chiêu đãi các đoàn đại biểu 3 tỉnh bạn": the host and the delegations' heads,
            # not whom "hai đoàn" stands for in the rest of the article
            ps = [*ps, *guests]
            e.delegation_ref = 0
        # "Hai bên thống nhất tổ chức Hội nghị … vào tháng 5 tới, do ông X chủ trì": the sides agree
        # to it; who will take part is who is named
        # ("A đã lần lượt tiếp Đoàn X do B dẫn đầu và Đoàn Y do C dẫn đầu": each of these has its guest already)
        split_with_guest = e.split_group is not None and e.type == "reception" and len(_keys(ps)) >= 2
        if e.delegation_ref and not (e.planned and ps and not e.delegation_ref & VISITOR) and not split_with_guest:
            sides = own
            if e.pair and len(e.pair[1]) == 2 and not all(
                    any(t.lower().startswith(e.pair[0].lower()) for t in titles_of.get(p.key, ())) for p in own[:2]):
                sides = list(e.pair[1])  # "hai Thứ trưởng": not the principals, who are not both Thứ trưởng
            for p in sides if e.delegation_ref & PAIR and not (e.planned and ps) else own[:1]:
                if e.type == "visit" and ps and (_keys(ps) & _keys(own[:1]) or not e.delegation_ref & VISITOR):
                    break  # ("Đoàn đang thăm …" after "Cùng đi có X": the head too, not X alone; and with its inviter)
                if e.sides_named and e.type != "signing" and p.country and any(q.country == p.country for q in e.people):
                    continue  # "A hội đàm với B …. Kết thúc hội đàm, hai Bộ trưởng đã ký": A and B, not the article's hosts
                if p.key not in _keys(ps):
                    ps.append(p)
                if joint and own is principals and p is own[0] and joint[0].key not in _keys(ps):
                    ps.append(joint[0])
        if not ps:
            continue
        parts = []
        seen: set[str] = set()
        mourning = _MOURNING_WORD.search(text, *e.evidence) is not None
        for p in ps:
            if p.key in seen or (mourning and _mourned_in(text, e.evidence, starts_of.get(p.key, ()))):
                continue
            if _acted_for(text, e.evidence, spans_of.get(p.key, ())):
                continue  # "thay mặt Chủ tịch UBND tỉnh A, đồng chí B …": B is there, A is not
            seen.add(p.key)
            role = "head" if p.key in {q.key for q in own} else "member"
            name = p.name if " " in p.name and not p.name.isupper() else full_names.get(p.key, p.name)
            full = full_names.get(p.key, name)
            if p.vietnamese and full.split()[-len(name.split()) :] == name.split() and len(full) > len(name):
                name = full  # ("bà Ngọc Lan" after "Trần Thị Ngọc Lan": the name in full)
            parts.append(Participant(name, p.key, p.country, role, list(p.titles), organisation_of(p.titles)))
        if not parts:
            continue  # ("Lễ truy điệu nguyên Chủ tịch nước X được tổ chức …": only the one mourned is named)
        s, t = e.evidence
        if (e.type == "conference" and len({p.country for p in parts if p.country}) <= 1
                and _OWN_BODY_MEETING.search(text, s, t) is not None):
            continue  # "A chủ trì Hội nghị Ban Thường vụ Tỉnh ủy …": a body's own meeting, with no one from abroad
        if e.type == "conference" and all(p.country == "VN" for p in parts) and _OWN_REVIEW_MEETING.search(text, s, t):
            continue
        # a country or a region is no place of an event ("thăm chính thức Lào"): only a city, a province or less
        place = e.place if e.place and _places()[1].get(shadow(e.place)) not in ("country", "region") else None
        kind = e.type
        if kind == "conference" and _MEETING_WORD.match(e.cue) and _HELD_ONLINE.search(text, s, t):
            kind = "call"  # "Hội nghị JCC … lần thứ 12 đã diễn ra theo hình thức trực tuyến": a meeting held online
        end_date = e.end_date
        if kind == "reception" and end_date and _DELEGATION_TRAVELS_TO.search(text, s, t):
            kind = "visit"  # "Từ ngày 19 đến 20/4, Đoàn … sang thăm, chúc Tết huyện X": a greeting trip of days
        if kind == "conference" and e.date and len(e.date) == 10 and end_date is None:
            end_date = _lasting_until(text, t, e.date, doc_dates or [], anchor)
        out.append(Event(kind, e.date, end_date, place, parts, Evidence("", s, t, text[s:t]), e.planned))
    return out


# "… khai mạc Trại hè …. Trại hè kéo dài từ thứ Hai đến thứ Sáu tuần này": the next sentence tells how long it runs
# ("Hội chợ kéo dài một tuần, đến hết ngày 11/12", "Chương trình kéo dài hai tuần, kết thúc vào ngày 24/3")
_LASTS_NEXT = re.compile(r"[ \t]*[^.!?\n]{0,80}?(?<!\w)(?:sẽ\s+)?kéo dài(?:\s+[^.!?\n,]{0,30}?)?[\s,]+(?:đến|tới|từ|kết thúc vào)(?!\w)"
                         r"[^.!?\n]{0,60}")


def _lasting_until(text: str, at: int, day: str, dates: list[DateMention], anchor: Anchor) -> str | None:
    """The last day of a gathering opened on ``day`` whose span the sentence after its own (at ``at``) tells."""
    m = _LASTS_NEXT.match(text, at)
    if m is None:
        return None
    for d in dates:
        if m.start() <= d.start < m.end() and d.day is not None:
            start, end = resolve(d, anchor.at(d.start))
            last = end if d.is_range and start == day else start if not d.is_range else None
            if last is not None and len(last) == 10 and last > day:
                return last
    return None


# "tiếp và chiêu đãi hai đoàn", "chủ trì tiệc chiêu đãi chung ba đoàn", "tiếp chung hai Bộ trưởng": several
# delegations at once
_SEVERAL_DELEGATIONS = re.compile(
    r"(?<!\w)(?:(?:tiếp|chiêu đãi|gặp mặt|gặp gỡ|đón)(?:\s+chung)?(?:\s+chào mừng)?\s+(?:hai|ba|bốn|các|2|3|4)\s+đoàn(?!\w)"
    r"|(?:tiếp|chiêu đãi)\s+chung\s+(?:hai|ba|bốn|các|2|3|4)\s)", re.IGNORECASE)


# "Đồng chủ trì hội nghị có A; B và C", "dưới sự đồng chủ trì của A, B và C", "Dẫn đầu các đoàn có A; B":
# the list after the cue, to the sentence's end; "A, B và C đồng chủ trì hội đàm": the list before it
_CHAIRS_AFTER = re.compile(
    r"(?<!\w)(?:đồng chủ trì(?:(?: [^\W\d][^,.;:]{0,60}?)? (?:có|là|gồm)(?!\w)|\s*:)|dưới sự (?:đồng )?chủ trì của(?!\w)"
    r"|dẫn đầu các đoàn (?:có|là|gồm)(?!\w))",
    re.IGNORECASE)
_CHAIRS_BEFORE = re.compile(r"(?<!\w)(?:đồng chủ trì|đồng trưởng đoàn)(?!\w)", re.IGNORECASE)


def _co_chairs(text: str, people: list[Mention]) -> list[Mention]:
    """Those the article names as co-chairs or as the heads of its delegations, in order."""
    out: list[Mention] = []
    for m in _CHAIRS_AFTER.finditer(text):
        # (to the sentence's end, not to a dot in brackets: "Trung tướng (Pol. Lt. Gen.) A")
        end = next((e.start() for e in _SENTENCE_STOP.finditer(text, m.end())
                    if text.count("(", m.end(), e.start()) <= text.count(")", m.end(), e.start())), len(text))
        out += [p for p in people if m.end() <= p.start < end]
    for m in _CHAIRS_BEFORE.finditer(text):
        stop = [s.end() for s in _SENTENCE_STOP.finditer(text, max(0, m.start() - 400), m.start())]
        named = [p for p in people if (stop[-1] if stop else max(0, m.start() - 400)) <= p.start < m.start()]
        out += named if len(named) >= 2 else []  # ("A đồng chủ trì": one chair names no delegations)
    return out


def _received_delegations(e: _Event, several: re.Match[str], heads: Iterable[Mention]) -> list[Mention]:
    """The heads of the delegations a host named in the sentence before ``several`` ("tiếp chung hai
    đoàn") receives all at once (those of other countries than the host's), when the article names
    two or more of them."""
    if not e.people or e.people[0].start > several.start():
        return []
    host = e.people[0]
    named = _keys(e.people)
    # (one whose country is not known is not of the host's; a host's of no known country, any other)
    guests = [h for h in heads if h.key not in named and (host.country is None or h.country != host.country)]
    return guests if len(guests) >= 2 else []


# a party, army or state body's own meeting: "Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 7", "hội nghị Bộ Tổng Tham mưu"
_OWN_BODY_MEETING = re.compile(
    r"(?<!\w)(?:hội nghị|phiên họp|cuộc họp)(?:\s+(?:lần thứ\s+\S+|thường kỳ|mở rộng|định kỳ))?\s+(?:của\s+)?"
    r"(?:Ban Chấp hành|Ban Thường vụ|Thường trực|Bộ Chính trị|Ban Bí thư|Ủy ban Thường vụ Quốc hội|Bộ Tổng Tham mưu|"
    r"Quân ủy|Đảng ủy|Tỉnh ủy|Thành ủy|Huyện ủy|Ban cán sự đảng|Chính phủ thường kỳ|UBND tỉnh thường kỳ)(?!\w)",
    re.IGNORECASE)
# "UBND tỉnh tổ chức hội nghị tổng kết công tác đối ngoại năm 2017": a body's review of its own year, when
# everyone named at it is of one side (a review the two sides hold together names both)
_OWN_REVIEW_MEETING = re.compile(r"(?<!\w)hội nghị (?:tổng kết|sơ kết) (?:công tác|hoạt động) đối ngoại(?!\w)", re.IGNORECASE)


# "viếng nguyên Chủ tịch nước Lào Khamtai Siphandone", "Lễ truy điệu Tổng Bí thư X": the one mourned
_MOURNING_WORDS = r"viếng|truy điệu|an táng|lễ tang|quốc tang|tang lễ|tưởng niệm|cầu siêu|hỏa táng|chia buồn|sổ tang|linh cữu|di ảnh|thương tiếc|sự ra đi của|ngày mất(?: của)?"
_MOURNING_WORD = re.compile(_MOURNING_WORDS, re.IGNORECASE)  # (whether the sentence mourns anyone at all)
_MOURNING = re.compile(rf"(?<!\w)(?:{_MOURNING_WORDS})(?:\s+(?:của|đối với))?(?:\s+[^\s,.;:()]+){{0,6}}\s*$", re.IGNORECASE)


# "thay mặt Tỉnh trưởng A", "được Chủ tịch UBND tỉnh A ủy quyền", "theo ủy quyền của A": one who sends another
# (the name right after, with its titles: not "thay mặt Nhà nước Lào trao Huân chương … cho ông A", whom one acts towards)
_ACT_WORD = r"(?<!\w)(?:trao|tặng|cho|gửi|tiếp|đón|chúc|ký|cảm ơn|dự|với)(?!\w)"
_NO_ACT_BETWEEN = rf"(?:(?!{_ACT_WORD})[^,.;:()]){{0,70}}$"
_ACTING_FOR_BEFORE = re.compile(r"(?<!\w)(?:thay mặt|(?:theo |được )?(?:sự )?ủy quyền của|uỷ quyền của)\s+" + _NO_ACT_BETWEEN,
                                re.IGNORECASE)
# "Đặc phái viên của Tổng Bí thư, Chủ tịch nước Lào A": A sends the envoy (titles and all, up to the envoy's own
# name: "…, ông B")
_ENVOY_OF_BEFORE = re.compile(rf"(?<!\w)(?:đặc phái viên|đặc sứ) của\s+(?:(?!,\s*(?:ông|bà|ngài|đồng chí)\s)(?!{_ACT_WORD})[^.;:()]){{0,70}}$",
                              re.IGNORECASE)
_AUTHORISED_BEFORE = re.compile(r"(?<!\w)được\s+" + _NO_ACT_BETWEEN, re.IGNORECASE)
_AUTHORISES_AFTER = re.compile(r"\s*(?:ủy quyền|uỷ quyền)(?!\w)", re.IGNORECASE)


def _acted_for(text: str, evidence: tuple[int, int], spans: Sequence[tuple[int, int]]) -> bool:
    """Whether the person named at ``spans`` is, in every mention of the evidence sentence, the one another
    acts for: who is represented does not take part."""
    s, t = evidence
    named = [(a, b) for a, b in spans if s <= a < t]
    return bool(named) and all(
        _ACTING_FOR_BEFORE.search(text, max(s, a - 80), a) is not None
        or _ENVOY_OF_BEFORE.search(text, max(s, a - 80), a) is not None
        or (_AUTHORISED_BEFORE.search(text, max(s, a - 80), a) is not None and _AUTHORISES_AFTER.match(text, b) is not None)
        for a, b in named)


def _mourned_in(text: str, evidence: tuple[int, int], starts: Sequence[int]) -> bool:
    """Whether the person named at ``starts`` is, in the evidence sentence, the one mourned: a
    funeral's or a memorial's subject takes part in nothing."""
    s, t = evidence
    named = [a for a in starts if s <= a < t]
    return bool(named) and all(_MOURNING.search(text, max(s, a - 70), a) for a in named)


_DESTINATION = re.compile(r"(?:\s+(?:chính thức|cấp nhà nước|hữu nghị|làm việc|và|tại|nước|tới|đến|sang))*\s+([^,.;:()]{2,40}?)(?=\s+(?:từ|của|vào|trong|theo|nhân)\s|\s*[,.;:(]|\s*$)", re.IGNORECASE)


def _destination(low: str, at: int) -> str | None:
    """The country a visit cue ending at ``at`` goes to, when the words after it name one whole
    ("chuyến thăm chính thức Việt Nam", "chuyến công tác tại Liên bang Nga")."""
    m = _DESTINATION.match(low, at)
    return country_named(shadow(m.group(1)).removeprefix("liên bang ")) if m is not None else None


def _is_trip_cue(low: str, at: int) -> bool:
    """A visit named as a trip ("chuyến thăm", "cuộc thăm", "đợt công tác"), not told by its verb."""
    return low[at : at + 7].lower().startswith(("chuyến", "cuộc", "đợt"))


def _sides_named(m: _Mention) -> bool:
    return not m.reference and len({p.country for p in m.people if p.country}) >= 2


def _event_of(m: _Mention, date: str | None, end_date: str | None) -> _Event:
    """The event a dated mention tells, on ``date``."""
    return _Event(m.type, date, end_date, m.place, list(m.people), m.sentence, m.order, m.paragraph, m.planned,
                  m.delegation_ref, split_group=m.split_group, has_range=m.date is not None and m.date.is_range, cue=m.cue,
                  hosts=m.hosts, part=m.part, document=m.document, pair=m.pair, listed=m.listed, after_cue=m.after_cue,
                  witnesses=m.witnesses, titled=m.titled, sides_named=_sides_named(m))


def _day_of_trip(start: str | None, end: str | None, relative: str) -> str | None:
    """The first, last or n-th day of a trip from ``start`` to ``end`` ("ngày làm việc thứ hai": the day after the first)."""
    if relative == "visit_first" or relative == "visit_last":
        return start if relative == "visit_first" else end
    if start is None or len(start) != 10:
        return None
    day = dt.date.fromisoformat(start) + dt.timedelta(days=int(relative.removeprefix("visit_day")) - 1)
    return day.isoformat() if end is None or day.isoformat() <= end else None


_SENTENCE_STOP = re.compile(r"[.!?…](?=\s)")
_DELEGATION_MOVES = re.compile(r"(?<!\w)[Đđ]oàn\s+(?:đã\s+|sẽ\s+)?(?:bay|đến|tới|lên|về|sang|vào|di chuyển|đi)(?!\w)")


_DELEGATION_TRAVELS_TO = re.compile(r"(?<!\w)[Đđ]oàn(?!\w)[^.;]{0,200}?(?:sang|đến|tới|về)\s+(?:thăm|chúc)(?!\w)")
# (the story going back, or on from a day a move tells: "Đoàn đến Phnôm Pênh tối 13/12. Ngay tối hôm đó, …")
_GOES_BACK = re.compile(r"(?<!\w)(?:trước đó|hôm trước|trước khi|trước buổi|trước lễ|hôm đó|hôm ấy|tối đó|cùng ngày)(?!\w)",
                        re.IGNORECASE)


def _background_day(day: str, text: str, events: list[_Event], m: _Mention) -> bool:
    """ "Hôm qua (4/7), … bàn giao …. Ngày 27/6, Công an huyện đã bắt giữ …. Sau khi hoàn tất thủ tục, hai bên
    đã ký biên bản": a day before the one of the act told last, written after it with no word that the story
    goes back ("Trước đó"), is the background's; what follows it is still of the act's day."""
    told = [e for e in events if e.order < m.order and e.date and len(e.date) == 10 and not e.planned and not e.has_range]
    if not told:
        return False
    last = max(told, key=lambda e: e.order)
    return (day < (last.date or "") and last.evidence[1] <= m.sentence[0]
            and not _GOES_BACK.search(text, last.evidence[1], m.sentence[1])
            and not _DELEGATION_MOVES.search(text, last.evidence[1], m.sentence[1]))


def _day_of_the_act_before(
    text: str, dates: list[DateMention], events: list[_Event], m: _Mention, anchor: Anchor,
) -> str | None:
    """The day that opens the sentence just before ``m``'s, in its paragraph, when that sentence tells an act
    of no event of ours (a wreath laid, an arrival): what "Ngay sau đó" follows."""
    end = len(text[: m.sentence[0]].rstrip().rstrip(".!?…"))  # (the sentence before: up to its own stop)
    start = max(text.rfind(c, 0, end) for c in ".!?\n") + 1
    if "\n" in text[start : m.sentence[0]].strip() or any(start <= e.evidence[0] < m.sentence[0] for e in events):
        return None
    days = [d for d in dates if start <= d.start < m.sentence[0] and d.day is not None and d.month is not None
            and not d.is_range and not d.since]
    if not days:
        return None
    day = resolve(days[0], anchor.at(days[0].start))[0]
    return day if day is not None and len(day) == 10 else None


def _day_of_sentence_before(text: str, events: list[_Event], m: _Mention) -> str | None:
    """ "Chiều 24/6, … đã đến thăm tỉnh Nghệ An. Tại thành phố Vinh, đồng chí X đã tiếp …": the
    day of an event of another kind told in the sentence just before, in the same paragraph."""
    before = [e for e in events if e.evidence[1] <= m.sentence[0] and e.date and len(e.date) == 10 and not e.has_range]
    if not before:
        return None
    last = max(before, key=lambda e: e.evidence[1])
    gap = text[last.evidence[1] : m.sentence[0]]
    if last.type == m.type or "\n\n" in gap or len(gap.strip()) > 0:
        return None
    return last.date


def _next_day_told(
    dates: list[DateMention], events: list[_Event], m: _Mention, skip: list[tuple[int, int]], text: str, anchor: Anchor,
) -> str | None:
    """ "Hôm sau, Đoàn bay lên tỉnh Luông Pha-bang. Tại thành phố …, Bộ trưởng X làm việc với …": the day
    after the last day of an event told before, when "hôm sau" was the last date written, in a sentence
    of no event of ours; or the day that sentence, just before this one, writes out ("Ngày 22/10, Đoàn đã
    bay lên cố đô …. Tại đây, …")."""
    last = next((d for d in reversed(dates) if d.start < m.sentence[0]), None)
    if last is None or any(a <= last.start < b for a, b in skip):
        return None
    if last.relative is None and last.day is not None and last.month is not None and not last.is_range and not last.since:
        between = text[last.end : m.sentence[0]]
        if "\n" in between or len(_SENTENCE_STOP.findall(between)) != 1 or not _DELEGATION_MOVES.search(between):
            return None
        day = resolve(last, anchor.at(last.start))[0]
        return day if day is not None and len(day) == 10 else None
    if last.relative != "next_day":
        return None
    before = [e for e in events if e.evidence[1] <= last.start and e.date and len(e.date) == 10 and not e.has_range]
    if not before:
        return None
    after = dt.date.fromisoformat(max(before, key=lambda e: e.evidence[1]).date) + dt.timedelta(days=1)  # type: ignore[arg-type]
    return after.isoformat()


def _two_sides(people: list[Mention]) -> list[Mention]:
    """The first person of an event and the first one after them from another country, if both are known."""
    if not people or people[0].country is None:
        return []
    other = next((p for p in people[1:] if p.country is not None and p.country != people[0].country), None)
    return [people[0], other] if other is not None else []


def _named_types(m: _Mention) -> list[str]:
    """The other event types the mention's clause names; "tại hội nghị", "kết thúc hội đàm" may be the online
    one (a call)."""
    return [*m.related, *(["call"] if "conference" in m.related or "talks" in m.related else [])]


def _unnamed_call_before(text: str, events: list[_Event], m: _Mention) -> _Event | None:
    """ "Sáng 25/7, hai Bộ tổ chức hội nghị trực tuyến …. Tại điểm cầu Hà Nội, hội nghị do X chủ
    trì": a meeting named again by its own word, or told at a bridge point, is the online one
    just before it (otherwise the call would be lost for want of people)."""
    if m.type not in ("conference", "talks"):
        return None
    before = [e for e in events if e.order < m.order and e.type in ("call", m.type)]
    last = max(before, key=lambda e: e.order, default=None)
    at_bridge = "điểm cầu" in text[m.sentence[0] : m.sentence[1]].lower()  # "chủ trì tại điểm cầu Hà Nội"
    if last is not None and last.type == "call" and (last.cue.startswith(m.cue) or at_bridge):
        return last
    return None


def _sharpen_date(target: _Event, m: _Mention, events: list[_Event]) -> None:
    """A caption ("X và Y ký Biên bản ghi nhớ") dated only by the visit's month, then the body
    ("Kết thúc hội đàm, hai Trưởng đoàn đã ký …"): the body's tie to a dated event gives the day."""
    # (a year is no visit's month, "trong năm nay", unless it is the span of a trip across two months)
    if target.date is None or not (len(target.date) == 7 or (len(target.date) == 4 and target.trip_dated)) or target.own_month:
        return
    for rel in sorted(m.related):
        day = next((e for e in events if e.type == rel and e.date and len(e.date) == 10), None)
        if day is not None and day.date.startswith(target.date):  # type: ignore[union-attr]
            target.date = day.date
            target.place = target.place or day.place
            return


_REMEMBERS = re.compile(r"(?:nhắc lại|nhớ lại|ôn lại)\s+$", re.IGNORECASE)
_RECALLED_VISIT_YEAR = re.compile(r"[^,.;]{0,40}?(?<!\w)năm\s+(?P<y>(?:19|20)\d{2})(?!\d)", re.IGNORECASE)
_HEAD_TITLE = re.compile(r"(?<!phó )trưởng đoàn", re.IGNORECASE)
_SAME_DAY_BEFORE = re.compile(r"cùng ngày\s+$", re.IGNORECASE)
_SAME_DAY_AS = re.compile(
    r"cùng ngày\s+(?P<what>[^\d,.;()]{3,40})"
    # "Bên lề Kỳ họp, chiều cùng ngày, A làm việc với B": the day of the meeting it is beside
    r"|^\W*(?:bên lề|trong khuôn khổ|nhân dịp)\s+(?P<beside>[^\d,.;()]{3,40}),\s*(?:(?:sáng|trưa|chiều|tối)\s+)?cùng ngày",
    re.IGNORECASE)


def _day_of_the_event_named(sentence: str, events: list[_Event]) -> str | None:
    """The day of the event that "cùng ngày …" names by its act ("chiều cùng ngày trình Quốc thư"), when
    one event of that type is dated to the day."""
    m = _SAME_DAY_AS.search(sentence)
    if m is None:
        return None
    what = (m.group("what") or m.group("beside")).lower()
    cues = _find_cues(what)
    dated = [e for e in events if e.date and len(e.date) == 10]
    for words in (what[a:b] for a, b, _, _ in cues):  # the same act first ("trình quốc thư"), then its type
        days = {e.date for e in dated if e.cue and (words in e.cue or e.cue in words)}
        if len(days) == 1:
            return days.pop()
    if not cues:  # "chiều cùng ngày khởi công": the act named as the ceremony's cue names it ("lễ khởi công")
        act = " ".join(what.split()[:2])
        days = {e.date for e in dated if e.cue and len(act) >= 5 and act in e.cue}
        return days.pop() if len(days) == 1 else None
    days = {e.date for e in dated if e.type in {t for _, _, t, _ in cues}}
    return days.pop() if len(days) == 1 else None


_REPORTED_FROM = re.compile(r"(?:^|\n|[.!?]\s+)\W*Theo (?:thông tin|báo cáo|nguồn tin|tin) (?:từ|của)\s[^.!?\n]*$")
_DAY_OPENS_SENTENCE = re.compile(r"(?:^|\n|[.!?]\s+)\W*(?:(?:sáng|trưa|chiều|tối|đêm)\s+)?(?:ngày\s+)?$", re.IGNORECASE)


def _last_day_before(
    dates: list[DateMention], pos: int, anchor: Anchor, skip: list[tuple[int, int]] | None = None,
    acts: list[tuple[int, int]] | None = None, text: str = "", undated_acts: set[tuple[int, int]] | None = None,
) -> str | None:
    """The full date of the last day-and-month mention before ``pos`` (none after one in a ``skip``
    span, nor one followed by an event told in an ``acts`` span before ``pos``: "Chiều 9/12, Đoàn dâng
    hương …. Sau hội đàm, hai bên đã ký …. Chiều cùng ngày, …" is the day of the talks; not the day of
    what came before, "… ngay sau khi sự cố xảy ra tối 23/7/2018")."""
    for d in reversed(dates):
        if d.start < pos and text and (_EARLIER_ACT.search(text, max(0, d.start - 80), d.start)
                                       or _COMMEMORATED_SPAN.search(text[max(0, d.start - 160) : d.start].lower())
                                       or _UNTIL_DAY.search(text, max(0, d.start - 60), d.start)):
            # (nor a day of the span an anniversary marks, "(7/5/1954 - 7/5/2024)", nor the last of a stay,
            # "sẽ ở lại tỉnh đến hết ngày 8/5", or of a course, "Lớp học kéo dài 3 tháng, đến ngày 15-12-2014")
            continue
        if d.start < pos and text and _REPORTED_FROM.search(text, max(0, d.start - 200), d.start):
            continue  # "Theo thông tin từ Công an tỉnh X, khoảng 22 giờ ngày 19/3, …": the background a source gives
        if d.start < pos and d.year is not None and anchor.year is not None and d.year < anchor.year - 1:
            continue  # a day of history ("giành độc lập … ngày 9/11/1953") is not the day the story tells
        if d.start < pos and text and _in_anniversary_span(text, d.start, d.end):
            continue  # "45 năm Ngày ký Hiệp ước … (18/7/1977 - 18/7/2022)": the day marked, not the day told
        if d.start < pos and skip and any(a <= d.start < b for a, b in skip):
            return None
        # (an act with neither a day nor another event to take one from after a day opening its sentence, "Ngày
        # 17/10, đoàn bay vào …. Tại Cao Lãnh, ông X đã tiếp …", is of that day: it is still the one "cùng ngày" means)
        opens = undated_acts and _DAY_OPENS_SENTENCE.search(text, max(0, d.start - 20), d.start) is not None
        if d.start < pos and acts and any(d.start < a and b <= pos and not (opens and (a, b) in undated_acts)  # type: ignore[operator]
                                          for a, b in acts):
            return None
        if d.start < pos and d.is_range and not (skip and any(a <= d.start < b for a, b in skip)):
            continue  # "Tuần phim diễn ra … trong hai ngày 12 và 13/12. Trước đó, chiều cùng ngày, …": a span is no one day
        if d.start < pos and d.day is not None and d.month is not None and not d.since:
            day = resolve(d, anchor.at(d.start))[0]
            return day if day is not None and len(day) == 10 else None
    return None


_YEARS_SPAN = re.compile(r"\(\s*\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*(\d{4})\s*[-–—]\s*\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*(\d{4})\s*\)")


def _in_anniversary_span(text: str, start: int, end: int) -> bool:
    """Inside "(d/m/yyyy - d/m/yyyy)" whose years are far apart: an anniversary's span."""
    a = max(0, start - 16)
    return any(m.start() <= start - a and end - a <= m.end() and int(m.group(2)) - int(m.group(1)) > 1
               for m in _YEARS_SPAN.finditer(text[a : end + 16]))


def _arrival_told(trip: _Event, dates: list[DateMention], anchor: Anchor) -> bool:
    """Whether the trip's own sentence names its first day apart from its span ("Chiều 7-1, … đã đến …,
    bắt đầu chuyến thăm … trong hai ngày 7 và 8-1")."""
    a, b = trip.evidence
    return any(a <= d.start < b and d.day is not None and not d.is_range and resolve(d, anchor.at(d.start))[0] == trip.date
               for d in dates)


def _month_span(start: str | None, end: str | None) -> str | None:
    if start is None:
        return None
    if end and month_of(start) != month_of(end):
        return start[:4]
    return month_of(start)


_TENSE = re.compile(r"(?<!\w)(?:đã|vừa|sẽ|đang)(?!\w)", re.IGNORECASE)


def _plain_act(text: str, sentence: tuple[int, int]) -> bool:
    """A short sentence that tells an act with no tense, no day and no clause before it ("Tiếp đó, A và B ký …"
    tells the story on; "– Kế hoạch …, do A và B ký" is an item of a list)."""
    line = text[sentence[0] : sentence[1]]
    return (len(line) <= 150 and _TENSE.search(line) is None and not any(c.isdigit() or c in ",;:" for c in line)
            and line[:1].isalpha())


def _is_caption(text: str, sentence: tuple[int, int]) -> bool:
    """A photo's caption: a line of its own."""
    s, t = sentence
    return (s == 0 or text[s - 1] == "\n") and (t == len(text) or text[t : t + 1] == "\n" or not text[t:].strip())


def _add_people(ev: _Event, ps: list[Mention]) -> None:
    have = _keys(ev.people)
    for p in ps:
        if p.key not in have:
            ev.people.append(p)
            have.add(p.key)


def _one_of_those_told(text: str, events: list[_Event], m: _Mention) -> _Event | None:
    """ "… chứng kiến lễ ký 5 văn kiện hợp tác. Trong đó, Bộ trưởng A và Bộ trưởng B đã ký …": one of the
    acts just told, not one of its own (unless it lists several: "Trong đó, A và B ký …; C và D ký …")."""
    if not _AMONG_THEM.match(text, m.sentence[0]) or ";" in text[m.sentence[0] : m.sentence[1]]:
        return None
    last = max((e for e in events if e.order < m.order), key=lambda e: e.order, default=None)
    return last if last is not None and last.type == m.type and not last.planned else None


def _find_target(
    events: list[_Event], m: _Mention, principals: list[Mention], day: str | None = None, heading: bool = False,
) -> _Event | None:
    """The event a mention without its own date belongs to (on ``day``, when it names the event of that day;
    a subheading's, ``heading``, is told in the paragraph under it)."""
    # ("Ngay sau lễ tiếp nhận, … tổ chức hội nghị …": not the ceremony it follows)
    same = [e for e in events if e.type == m.type and not (m.after_cue and e.cue == m.after_cue)
            and (day is None or e.date is None or e.date.startswith(day) or day.startswith(e.date))]
    if not same:
        return None
    if m.copied_from >= 0 and not m.companions:
        # "Chiều 13/12, A đã tiếp B. Cùng dự có C": C was at that call, not at another where C is named
        told = [e for e in same if m.copied_from in (e.order, e.told)]
        if len(told) == 1 and told[0].split_group is None:
            return told[0]
    keys = _keys(m.people)
    both, head = _keys(principals), _keys(principals[:1])  # who "hai bên" / "đoàn" stand for
    best: _Event | None = None
    best_score = -100.0
    earlier_exists = any(e.order < m.order for e in same)
    for e in same:
        if e.planned and (m.past or (m.after_cue and not m.planned) or (not m.planned and e.order > m.order)):
            continue  # "đã ký" is not the signing the two sides "sẽ ký" in March, nor one planned in a later paragraph
        if e.planned and m.attending and not m.planned and e.order > m.order:
            continue  # "Tham dự hội đàm có A, B …" names the talks told, not the session planned after them
        if m.anaphoric and m.people and e.order > m.order and e.paragraph != m.paragraph and not (keys & _keys(e.people)):
            continue  # "Tiếp và làm việc với đoàn, ông X …" in the body: not the talks told later, elsewhere
        if m.planned and not e.planned and e.document and m.document and e.document != m.document:
            continue  # "… chứng kiến A và B ký các văn kiện. Hai bên thống nhất sẽ ký Hiệp định …": a plan of its own
        have = _keys(e.people)
        if (m.predicate and not m.people and m.delegation_ref & PAIR and e.order > m.order and len(have) >= 2
                and not have & _keys(principals)):
            continue  # "hai đồng Chủ tịch đã hội đàm" is not the meeting of two others told after it
        if (e.type in ("reception", "talks") and (m.sequel or tuple(e.evidence[:2]) == tuple(m.sentence)) and not m.reference
                and len(keys) >= 2 and len(have) >= 2 and keys - have and have - keys):
            # "Chiều 25-9, A gặp B …. Ngay sau đó, A gặp C", "A đã … chào xã giao B; hội kiến C": another call,
            # not the one told
            continue
        if _other_document(e, m.document, keys - m.witnesses, have) or e.listed or m.listed:
            continue  # (those named there, not whom "hai bên" stands for; an item of a list)
        if not keys and e.type == "signing" and e.order > m.order and _documents_differ(e.document, m.document):
            continue  # "Sau hội đàm, hai Bộ trưởng ký Kế hoạch …. Cũng chiều đó, A và B ký Bản ghi nhớ …": two documents
        if m.reference and _kind_of_meeting(m.cue) not in (None, _kind_of_meeting(e.cue) or _kind_of_meeting(m.cue)):
            continue  # "… thông báo kết quả Kỳ họp thứ 8" is no word on the exhibition told before
        if e.delegation_ref:
            have = have | (both if e.delegation_ref & PAIR else head)
        overlap = len(keys & have)
        if e.split_group is not None or m.split_group is not None:
            # ("lần lượt gặp A và B": each meeting is its host's with one of them, not with the host alone)
            need = 2 if len(keys) >= 2 else 1
            if overlap < need:
                continue
        # on a tie, the article's own event (its principals there) before one told as background;
        # one told before the mention before one told after it ("Tham dự hội đàm có X" follows its talks)
        main = 5 if both and both <= have else 0
        later = 15 if e.order > m.order and earlier_exists and not (heading and e.paragraph == m.paragraph + 1) else 0
        # "Dự lễ khai mạc có …" belongs to the opening, not to the closing that names more of them
        named = 25 if e.type == "conference" and e.cue and m.cue and (e.cue in m.cue or m.cue in e.cue) else 0
        if e.type == "reception" and _is_gathering(e.cue) and _is_gathering(m.cue):
            named = 25  # "Tham dự buổi gặp mặt có …" belongs to the gathering, not to a call that day
        # ("Chuyến thăm được thực hiện theo lời mời của …" after a stop told within the trip: the trip)
        trip = 3 if e.type == "visit" and e.end_date and m.cue.startswith("chuyến") else 0
        score = overlap * 10 + main + named + trip - later - abs(e.order - m.order) / 1000
        if score > best_score:
            best, best_score = e, score
    if best is None:
        return None
    if keys and not (keys & _keys(best.people)) and m.people and not m.reference:
        # a new event of the same type with other people: only when nothing links them; with
        # several, the last one told before it ("Cùng tiếp đoàn có …" after the second reception)
        if len(same) == 1:
            # "Trước hội đàm, Đoàn đã đến chào xã giao Ngài X": a call on someone else is another reception
            other_host = (m.type == "reception" and m.predicate and (not m.weak or m.delegation_ref & VISITOR)
                          and len(best.people) >= 2 and not m.attending)  # ("đã tiếp Đoàn": no weak verb)
            return best if not best.split_group and not other_host else None
        if m.related:
            return None  # "Kết thúc hội đàm, A và B đã ký …": dated by the talks it names, not by another signing
        # (neither one that signs another document, nor, for an act told in turn, one of another month)
        last = max((e for e in same if e.order < m.order and not _other_document(e, m.document, keys - m.witnesses, _keys(e.people))
                    and not (m.predicate and e.date is not None and len(e.date) < 10)),
                   key=lambda e: e.order, default=None)
        return last if last is not None and last.split_group is None else None
    return best


_MEETING_KINDS = ("kỳ họp", "hội nghị", "hội thảo", "diễn đàn", "triển lãm", "tọa đàm", "toạ đàm", "hội chợ", "đại hội",
                  "lễ hội", "liên hoan", "hội diễn", "giải")


def _kind_of_meeting(cue: str | None) -> str | None:
    """What kind of gathering a cue names ("Kỳ họp thứ 8" a session, "Triển lãm …" an exhibition),
    if it names one; "lễ", "khai mạc" name none."""
    low = (cue or "").lower()
    for prefix in ("cuộc ", "buổi ", "các ", "những "):
        low = low.removeprefix(prefix)
    return next((k for k in _MEETING_KINDS if low.startswith(k)), None)


def _document_of(low: str, kind: re.Match[str]) -> str:
    """What a signing signs: its kind and the years written after it ("biên bản ghi nhớ 2024 2026")."""
    after = low[kind.end() : kind.end() + 80].partition(".")[0].partition(";")[0]
    years = _YEAR.findall(after)
    return " ".join([kind.group(0).lower().replace("thoả", "thỏa"), *years])


def _other_document(e: _Event, document: str, signers: set[str], have: set[str]) -> bool:
    """ "Hai Phó Thủ tướng đã ký Biên bản …. Hai Phó Thủ tướng cũng chứng kiến ông X và ông Y ký
    Kế hoạch …": another document signed by others named is another signing (``signers``: those
    the new mention names; ``have``: who signed ``e``). Documents differ by kind, or by the years
    both give ("Biên bản ghi nhớ … giai đoạn 2024 - 2026", "Biên bản ghi nhớ … năm 2024")."""
    if e.type != "signing" or not signers or signers & have:
        return False
    return _documents_differ(e.document, document)


def _documents_differ(a: str, b: str) -> bool:
    """Two documents a signing names differ by kind, or by the years both give."""
    if not a or not b:
        return False
    a_words, b_words = a.split(), b.split()
    a_kind, b_kind = [w for w in a_words if not w.isdigit()], [w for w in b_words if not w.isdigit()]
    a_years, b_years = [w for w in a_words if w.isdigit()], [w for w in b_words if w.isdigit()]
    return a_kind != b_kind or bool(a_years and b_years and a_years != b_years)


def _is_gathering(cue: str) -> bool:
    return "gặp mặt" in cue or "gặp gỡ" in cue


# "Cùng đi với Đoàn có …", "Cùng đi trong Đoàn có …", "Tháp tùng Bộ trưởng có …"
# ("Bên lề buổi lễ, A đã gặp B": beside the event just told, the same day)
_SEQUEL = re.compile(r"\W*(?:ngay sau đó|sau đó|tiếp đó|tiếp theo|liền sau đó"
                     r"|bên lề (?:buổi |cuộc |lễ|hội nghị|hội thảo|diễn đàn|sự kiện|kỳ họp)[^,.;\n]{0,50})\s*,", re.IGNORECASE)
# "Hội nghị tham vấn …", "Hội nghị Bộ trưởng …": a meeting named by words of its own after the cue
_TITLED_CUE = re.compile(r"\s+(?!(?:này|với|tại|do|đã|sẽ|diễn|được|của|lần|và|có|vào|là|cùng|trong|nhằm|để)(?!\w))[^\W\d_]")
_AT_THE_CEREMONY_NAMED = re.compile(r"\W*(?:cùng\s+)?(?:tham\s+)?dự\s+(?:buổi\s+)?lễ(?!\w)", re.IGNORECASE)
# "dưới sự chứng kiến của ông A và Ngài B, ông C và ông D đã ký …": the witnesses' clause, to its comma
_WITNESSED_BY = re.compile(r"chứng kiến(?: của)?\s[^,;.]{2,160},", re.IGNORECASE)
_CO_HOSTS = re.compile(r"\W*(?:cùng tiếp|cùng đón tiếp|cùng dự buổi tiếp|dự buổi tiếp)\b", re.IGNORECASE)
_COMPANIONS = re.compile(r"\W*(?:cùng đi|đi cùng|tháp tùng|tham gia đoàn|thành viên (?:của )?đoàn)\b", re.IGNORECASE)


def _with_companions(events: list[_Event], mentions: list[_Mention], principals: list[Mention]) -> None:
    """Members named as travelling with the delegation ("Cùng đi với Đoàn có X") are on its visit (at
    its talks only when named there: writers differ, and most leave them out)."""
    companions = [p for m in mentions if m.companions for p in m.people]
    if not companions or not principals:
        return
    head = principals[0].key
    visit = next((e for e in events if e.type == "visit" and not e.planned and e.date
                  and (head in _keys(e.people) or _keys(companions) & _keys(e.people))), None)
    if visit is None:
        return
    _add_people(visit, companions)


def _apart(a: str | None, b: str | None) -> bool:
    """Two places that are not one: both named, neither a country, spelt differently."""
    if not a or not b or compact(a) == compact(b):
        return False
    kinds = _places()[1]
    return all(kinds.get(shadow(x)) not in ("country", "region") for x in (a, b))


def _within_span(e: _Event, ev: _Event) -> bool:
    """ "Trong hai ngày 10 và 11/8, … Hội nghị …. Bế mạc Hội nghị chiều 11/8, …": a day of a
    conference told with its span is that conference, not another one."""
    # (a forum or a talk "bên lề hội chợ" inside a fair's days is an event of its own)
    return (e.type == "conference" and e.end_date is not None and ev.end_date is None and ev.date is not None
            and len(ev.date) == 10 and e.date is not None and e.date <= ev.date <= e.end_date
            and ((ev.cue == e.cue and not ev.titled) or ev.cue in ("bế mạc", "khai mạc")))


def _merge_into(events: list[_Event], ev: _Event, need_shared: bool = False) -> _Event | None:
    for e in events:
        if e is ev or e.type != ev.type or (e.date != ev.date and not _within_span(e, ev)) or (ev.after_cue and e.cue == ev.after_cue):
            continue
        if need_shared and not (_keys(e.people) & _keys(ev.people) or e.delegation_ref and ev.delegation_ref & PAIR):
            continue
        if e.hosts and ev.hosts and not e.hosts & ev.hosts:
            continue  # "Chiều 23/5, A tiếp Đoàn …. Tối 23/5, B chiêu đãi Đoàn": two hosts, two receptions
        if e.type == "reception" and len(e.people) >= 2 and len(ev.people) >= 2 \
                and _keys(ev.people) - _keys(e.people) and _keys(e.people) - _keys(ev.people):
            continue  # "Sáng 12/11, A hội kiến B. Chiều cùng ngày, A chào xã giao C": two receptions
        if e.type in ("talks", "conference", "reception") and len(e.people) >= 2 \
                and len(ev.people) >= (1 if e.type == "reception" else 2) and not _keys(e.people) & _keys(ev.people):
            continue  # the deputies' own session the same day, with none of the ministers; a call on someone else
        if (e.type in ("talks", "reception") and ev.delegation_ref & PAIR and not ev.people and not e.delegation_ref
                and len(e.people) >= 2 and e.order > ev.order):
            continue  # "hai đồng Chủ tịch đã hội đàm" before "A đã làm việc với B" told later that day
        if (e.type == "talks" and e.cue and ev.cue and e.cue != ev.cue and len(ev.people) >= 2
                and _keys(ev.people) - _keys(e.people) and _keys(e.people) - _keys(ev.people)):
            continue  # "Chiều 31/10, A hội đàm với B …. Cũng trong chiều 31/10, A làm việc với C": two meetings
        if e.type == "reception" and _is_gathering(e.cue) != _is_gathering(ev.cue) and e.cue and ev.cue:
            continue  # "tổ chức gặp mặt lưu học sinh …. Trước đó, sáng cùng ngày, A đã tiếp B": a call and a gathering
        if e.type == "visit" and bool(e.end_date) != bool(ev.end_date) and e.place and ev.place and e.place != ev.place:
            continue  # "từ ngày 24 đến 27/8 … Sáng 24/8, Đoàn đến thăm Khu kinh tế cửa khẩu Hoa Lư": a visit inside the trip
        if e.type != "visit" and _apart(e.place, ev.place) and not _keys(e.people) & _keys(ev.people):
            continue  # "Ngày 23/10, tại Phnôm Pênh, … đã trao …. Cùng ngày 23/10, tại Cửa khẩu Tịnh Biên, … đã trao …"
        if e.part and ev.part and e.part != ev.part and not _keys(e.people) & _keys(ev.people):
            continue  # "Sáng 18/4, Đoàn làm việc với A. Chiều 18/4, Đoàn làm việc với B": two meetings
        if e.type == "conference" and e.part and ev.part and e.part != ev.part and e.cue != ev.cue:
            continue  # "Sáng 11/11, … dự Lễ khai mạc Hội nghị Cấp cao ASEAN …. Chiều nay, … dự Hội nghị Cấp cao ASEAN - Trung Quốc"
        if e.split_group is not None and ev.split_group is not None:
            continue
        if _other_document(e, ev.document, _keys(ev.people) - ev.witnesses, _keys(e.people)) or e.listed or ev.listed:
            continue  # (an item of a list of documents: a signing of its own, whoever witnessed it)
        if not ev.people and ev.delegation_ref and _other_document(e, ev.document, {""}, set()):
            continue  # "Sau hội đàm, hai Bộ trưởng ký Kế hoạch …. Cũng chiều 9/10, A và B ký Bản ghi nhớ …": two signings
        if e.type == "conference" and e.cue != ev.cue and e.cue.startswith("lễ ") and ev.cue.startswith("lễ "):
            continue  # "Sáng 16/1, … dự Lễ trao học bổng …. Tối cùng ngày, … dự Lễ đón Tết": two ceremonies
        if e.split_group is not None or ev.split_group is not None:
            if len(_keys(e.people) & _keys(ev.people)) < 2:
                continue
        _add_people(e, ev.people)
        e.told = max(e.told, ev.order)
        e.delegation_ref |= ev.delegation_ref
        e.place = e.place or ev.place
        e.end_date = e.end_date or ev.end_date
        return e
    return None
