"""Date expressions of the genre and their resolution against the article's anchor."""
import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hoptac.extract.dates import Anchor, find_dates, pin, reference_year, resolve

PUB = dt.date(2024, 3, 13)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Tối 23/6/2021, tại Hà Nội", ("2021-06-23", None)),
        ("Ngày 22/02/2023, hai bên", ("2023-02-22", None)),
        ("sáng 23-5, đoàn đã", ("2024-05-23", None)),  # future day in an article of March: last year? no: 45-day rule
        ("từ ngày 11 đến 12/3 theo lời mời", ("2024-03-11", "2024-03-12")),
        ("thăm Việt Nam từ ngày 28– 29/6/2021", ("2021-06-28", "2021-06-29")),
        ("từ ngày 18-02 đến ngày 22-02-2014", ("2014-02-18", "2014-02-22")),
        ("từ ngày 10-16/8/2017", ("2017-08-10", "2017-08-16")),
        ("khai mạc vào ngày mai (12/3)", ("2024-03-12", None)),
        ("vào cuối tháng 2 vừa qua", ("2024-02", None)),
        ("hôm qua, hai bên", ("2024-03-12", None)),
        ("Ngày: 16.11.2023", ("2023-11-16", None)),
        ("Trong hai ngày 11 và 12/3, đoàn đã", ("2024-03-11", "2024-03-12")),
        ("Sáng thứ Hai, 11/3, hai bên", ("2024-03-11", None)),
        ("Hội nghị lần thứ ba\n\nNgày 21/2, tại Hà Nội", ("2024-02-21", None)),
        ("Tuần trước, hai bên", ("2024-03", None)),
        ("Ngày kia, tại Luông Pha-bang, hai bên sẽ ký", ("2024-03-15", None)),
        ("Dịp này năm ngoái, hai Thứ trưởng đã hội đàm", ("2023", None)),
        ("Cuối năm ngoái, hai tỉnh đã ký", ("2023", None)),
        ("Tuần tới, ông sẽ dẫn đoàn sang Viêng Chăn", ("2024-03", None)),
        ("Ngày 2 tháng Mười, đoàn đến thăm Xiêng Khoảng", ("2023-10-02", None)),
        ("ngày 5 tháng Tư năm 2019, hai bên", ("2019-04-05", None)),
        ("Ngày 11 October 2023, tại Viêng Chăn", ("2023-10-11", None)),
        ("Sáng 12 September, hai bên", ("2023-09-12", None)),
        ("On March 5, 2019, hai Bộ trưởng", ("2019-03-05", None)),
    ],
)
def test_resolve_against_publication_date(text, expected):
    mentions = find_dates(text)
    assert mentions, text
    got = resolve(mentions[0], Anchor(PUB, PUB.year))
    if text.startswith("sáng 23-5"):
        assert got == ("2023-05-23", None)  # 23 May after a March article: the past year
    else:
        assert got == expected


def test_fractions_and_since_are_not_event_dates():
    assert find_dates("xã có 19/23 chỉ tiêu đạt") == []
    since = find_dates("kể từ tháng 6/2015 được bầu")
    assert since and since[0].since
    prepared = find_dates("chuyến thăm được chuẩn bị từ cuối tháng 2 vừa qua")
    assert prepared and prepared[0].since


def test_no_year_gives_nothing_rather_than_a_guess():
    m = find_dates("Chiều 12/8, hai bên")[0]
    assert resolve(m, Anchor(None, None)) == (None, None)


@pytest.mark.parametrize(
    "text, year",
    [
        ("Năm Đoàn kết hữu nghị 2017; Kế hoạch giai đoạn 2011-2016 và 2017-2020", 2017),
        ("trong năm 2019 … cho năm 2020 … năm 2019", 2019),
        ("nhân dịp kỷ niệm 80 năm Cách mạng Tháng Tám", 2025),
        ("không có năm nào", None),
        # a year opening a sentence is a look back, unless its plans are told: then it is the year of the news
        ("Thành phố được ghi danh năm 1999. Năm 2025, thành phố dự kiến đón 3 triệu lượt khách.", 2025),
        ("Thành phố được ghi danh năm 2019. Năm 2015, thành phố đã đón 3 triệu lượt khách.", 2019),
        # a meeting expected in a later year is no year of the news
        ("Năm 2019 là năm Lào giữ vai trò Chủ tịch Ủy ban. Kỳ họp sau dự kiến được tổ chức tại Hà Nội vào năm 2023.", 2019),
        # a visit one is invited to is still to come, a Tết named for it too; one made at an invitation is not
        ("9 tháng đầu năm 2016, thương mại tăng 12%. Tỉnh trưởng mời Đoàn sang thăm vào dịp Tết Nguyên đán "
         "Đinh Dậu 2017 và dự Lễ hội năm 2017.", 2016),
        ("Đoàn thăm tỉnh năm 2021 theo lời mời của Tỉnh trưởng. Năm 2020, hai tỉnh đã ký kết.", 2021),
        # a year summed up in its last days, and what is set for the next one
        ("Ngày 28-12, hai bên hội đàm tổng kết công tác phối hợp năm 2021, thống nhất phương hướng hợp tác năm 2022. "
         "Hai bên tập trung 5 nhiệm vụ trọng tâm trong năm 2022.", 2021),
        ("Hai bên sẽ tổng kết Thỏa thuận vào quý I năm 2023. Ngày 5/12, hai bên ký kết. Năm 2022 là Năm Đoàn kết.", 2022),
        # no year but an agreement's periods: the first year of the latest one
        ("Chiều hôm qua (4/9), hai Bộ trưởng đã ký Thỏa thuận giai đoạn 2008 - 2012, tiếp nối giai đoạn 2003 - 2007.", 2008),
        # a year under review early in the next one is not the year of the news; its plan's year is
        ("Hôm qua (14-2), hai tỉnh hội đàm. Hai bên đánh giá năm 2015, hai tỉnh đã phối hợp chặt chẽ. "
         "Kết thúc hội đàm, hai bên ký Kế hoạch hợp tác năm 2016.", 2016),
        # no year but a school year: its autumn is its first year, its summer its second
        ("Sáng 15/9, nhà trường khai giảng năm học 2019 - 2020 cho 120 học viên Lào.", 2019),
        ("Ngày 28/6, nhà trường tổ chức lễ bế giảng năm học 2019 - 2020 cho học viên Campuchia.", 2020),
        # a year counted along an agreement's period, or the first of a term whose congress has just ended
        ("Hai tỉnh ký Thỏa thuận giai đoạn 2013 - 2017. Năm nay là năm thứ ba hai tỉnh triển khai Thỏa thuận.", 2015),
        ("Năm nay là năm cuối cùng hai tỉnh thực hiện Kế hoạch giai đoạn 2016 - 2020; dự thảo giai đoạn 2021 - 2025 đã "
         "xong.", 2020),
        ("Biên bản thỏa thuận giai đoạn 2006 - 2010 nay đã bước sang năm thứ tư.", 2009),
        ("Đại hội Đảng bộ tỉnh nhiệm kỳ 2020 - 2025 vừa thành công tốt đẹp; hai bên sẽ ký Bản ghi nhớ giai đoạn 2021 - "
         "2025.", 2020),
        # the Buddhist era glossing a year written just before it; a year that is still to come
        ("Lễ mừng Tết Chôl Chnăm Thmây năm 2023, Phật lịch 2567, tại Hà Nội; năm 2022 là năm hữu nghị.", 2023),
        ("Buổi trao đổi nhân dịp lễ Pchum Ben năm 2021. Hai bên thống nhất năm 2022 sẽ tổ chức hội đàm trực tiếp.", 2021),
        ("Nếu năm 2012 mới có 12 điểm liên lạc thì năm 2016 đã có 31 điểm. Hai bên thống nhất tổ chức hội nghị lần thứ 12 "
         "tại tỉnh Chăm-pa-xắc vào năm 2017.", 2016),
        # the anniversary the news is told on, just after the year of the results it cites
        ("Từ ngày 17 đến 19/5, nhân kỷ niệm 134 năm Ngày sinh Chủ tịch Hồ Chí Minh, Đoàn thăm tỉnh. Năm 2023, tăng "
         "trưởng kinh tế của tỉnh đạt 8%.", 2024),
        ("Hai bên nhất trí năm 2023 sẽ tổ chức hội đàm. Đoàn sẽ sang thăm trong năm 2022, nhân dịp kỷ niệm 60 năm Ngày "
         "thiết lập quan hệ ngoại giao Việt Nam - Lào; hợp tác 9 tháng năm 2021 đạt kết quả tốt.", 2021),
    ],
)
def test_reference_year(text, year):
    assert reference_year(text) == year


def test_publication_year_wins():
    assert reference_year("năm 2010", dt.date(2012, 1, 1)) == 2012


def test_planned_dates_may_be_next_year():
    m = find_dates("dự kiến tổ chức ngày 10/1")[0]
    assert resolve(m, Anchor(dt.date(2023, 12, 20), 2023), future_ok=True)[0] == "2024-01-10"


def test_a_deadline_does_not_set_the_year_the_article_is_about():
    from hoptac.extract.dates import reference_year

    text = ("Trong 9 tháng đầu năm 2024, hai tỉnh đã trao đổi 11 đoàn. Sáng 8-10, hai bên hội đàm. "
            "Công trình dự kiến đưa vào sử dụng trước ngày 30-6-2025.")
    assert reference_year(text) == 2024


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="0123456789/.,- a\n", max_size=24))
def test_digit_first_patterns_match_like_their_plain_forms(text: str) -> None:
    """_FULL and _BARE_YEAR open with the digit (for speed); same matches as the plain forms."""
    import re

    from hoptac.extract.dates import _BARE_YEAR, _FULL

    plain_full = re.compile(r"(?<![\d/.,-])(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})(?!\d)")
    plain_year = re.compile(r"(?<![\d/.,-])(\d{4})(?![\d/])")
    for fast, plain in ((_FULL, plain_full), (_BARE_YEAR, plain_year)):
        assert [(m.span(), m.groups()) for m in fast.finditer(text)] == [(m.span(), m.groups()) for m in plain.finditer(text)]


def test_today_after_a_noun_is_no_date():
    assert find_dates("nhiều thế hệ cựu chiến binh hôm nay chính là nhân chứng") == []
    assert [m.relative for m in find_dates("Hôm nay, hai bên ký kết")] == ["today"]


def test_since_when_something_runs_is_no_day_of_an_event():
    (since,) = find_dates("Tỉnh vận hành mô hình chính quyền hai cấp từ ngày 1/7/2025.")
    assert since.since
    (start,) = find_dates("Từ ngày 12/3/2025, Đoàn thăm tỉnh Hủa Phăn.")
    assert not start.since


def test_today_set_against_the_past_is_nowadays():
    said = "Ông nhắc lại, cách đây 30 năm, hai tỉnh đã kề vai sát cánh; hôm nay thế hệ trẻ phải giữ gìn tình đoàn kết ấy."
    assert [m.relative for m in find_dates(said)] == []
    assert [m.relative for m in find_dates("Cách đây 30 năm, hai tỉnh kết nghĩa. Hôm nay, hai bên ký kết")] == ["today"]


def test_a_report_on_this_years_first_months_and_its_plan_outweigh_a_deadline_next_year():
    text = (
        "Sáng 23-5, hai Ban hội đàm. Trong 5 tháng đầu năm 2014, Ban đã hoàn thành nhiều nhiệm vụ. Hai bên đã ký "
        "Kế hoạch hợp tác năm 2014 và giao các vụ xây dựng Thỏa thuận giai đoạn 2016 - 2020 để ký kết trong năm 2015."
    )
    assert reference_year(text) == 2014


def test_a_text_whose_only_years_are_months_of_a_year_takes_that_year():
    from hoptac.extract.dates import reference_year

    text = ("Ngày 23/10, tại Phnôm Pênh, Đại sứ đã trao 50.000 USD. Từ đầu tháng 10/2020, mưa lớn kéo dài "
            "đã gây lũ lụt; tháng 11/2020 sẽ có đợt hỗ trợ tiếp theo.")
    assert reference_year(text) == 2020
    # a bare year still outweighs them
    assert reference_year("Năm 2019, hai bên hợp tác tốt. Năm 2019 là năm bản lề. Tháng 3/2018, …") == 2019


def test_a_target_year_and_the_end_of_an_extended_term_do_not_set_the_article_s_year():
    text = (
        "Sáng 12/9, hai bên ký phụ lục, theo đó thời hạn hợp đồng được kéo dài từ năm 2021 đến hết năm 2025. Sản lượng "
        "trong năm 2020 đạt 1 tỷ kWh. Tập đoàn cam kết duy trì 40 suất học bổng mỗi năm đến năm 2024."
    )
    assert reference_year(text) == 2020


def test_a_month_to_come_is_this_year_or_the_next():
    nov = dt.date(2016, 11, 2)
    assert resolve(find_dates("sẽ thăm Lào vào tháng 3 tới")[0], Anchor(nov, 2016)) == ("2017-03", None)
    assert resolve(find_dates("sẽ thăm Lào vào tháng 12 sắp tới")[0], Anchor(nov, 2016)) == ("2016-12", None)


def test_a_target_to_reach_by_a_year_does_not_set_the_article_s_year():
    text = (
        "Tối 15/6, hai tỉnh khai mạc Hội chợ thương mại biên giới năm 2023. Năm 2022, kim ngạch đạt 168 triệu USD, "
        "tăng 21% so với năm 2021. Hai bên phấn đấu đưa kim ngạch đạt 300 triệu USD vào năm 2027."
    )
    assert reference_year(text) == 2023


def test_a_buddhist_era_new_year_gives_the_year():
    assert reference_year("Chiều 12/4, tỉnh tổ chức vui Tết cổ truyền Bunpimay 2565 cho lưu học sinh Lào.") == 2022


def test_a_month_told_as_past_outweighs_a_plans_year_a_role_to_come_and_a_month_planned_ahead():
    text = (
        "Sáng 6/9, hai Thủ tướng gặp nhau lần đầu kể từ khi ông được bầu làm Thủ tướng hồi tháng 8/2023. Việt Nam hỗ "
        "trợ Lào chuẩn bị đảm nhận vai trò Chủ tịch ASEAN năm 2024. Kỳ họp Ủy ban liên Chính phủ dự kiến diễn ra vào "
        "tháng 1/2024; tại Kỳ họp, hai Chính phủ sẽ ký Kế hoạch hợp tác năm 2024."
    )
    assert reference_year(text) == 2023


def test_a_date_written_in_words_with_or_without_its_year_and_a_range_of_days():
    assert [(d.day, d.month, d.year) for d in find_dates("Sáng ngày 11 tháng 9, tại Viêng Chăn")] == [(11, 9, None)]
    assert [(d.day, d.month, d.year) for d in find_dates("ngày 11 tháng 9 năm 2023")] == [(11, 9, 2023)]
    span = find_dates("từ ngày 11 đến ngày 13 tháng 9")[0]
    assert (span.day, span.end_day, span.month) == (11, 13, 9)


def test_a_date_spelled_out_in_number_words_with_its_year():
    found = find_dates("Vào chiều ngày ba mươi mốt tháng Mười năm hai nghìn không trăm hai mươi tư, tại Pắc-xế")
    assert [(d.day, d.month, d.year) for d in found] == [(31, 10, 2024)]
    assert [(d.day, d.month, d.year) for d in find_dates("ngày mười lăm tháng Giêng năm hai nghìn hai mươi ba")] == [(15, 1, 2023)]
    # without its year it may be a lunar feast day: no date
    assert find_dates("Lễ hội diễn ra vào ngày mười lăm tháng Giêng âm lịch") == []


def test_the_nth_day_of_a_trip_is_no_monday():
    assert [d.relative for d in find_dates("Sang ngày làm việc thứ ba, Đoàn đến tỉnh Hủa Phăn")] == ["visit_day3"]
    assert [d.relative for d in find_dates("Ngày thứ hai của chuyến thăm, Đoàn làm việc tại Pắc-xế")] == ["visit_day2"]
    assert all(d.relative is None or not d.relative.startswith("visit_") for d in find_dates("Ngày thứ Hai (12/5), Đoàn lên đường"))


def test_the_year_a_tally_starts_from_is_not_the_year_of_the_news():
    text = ("Ngày 23/5, tại Phnôm Pênh, hai bên tổng kết mùa khô 2023 - 2024. Từ năm 1981 đến nay, hai nước đã hồi "
            "hương hơn 40.000 hài cốt.")
    assert reference_year(text) is None  # the text gives no year of its own


def test_a_vision_beyond_a_year_is_no_year_of_the_news():
    text = ("Thủ tướng Lào, Chủ tịch ASEAN năm 2024, đã chủ trì khai mạc. Hội nghị thông qua Tầm nhìn Cộng đồng ASEAN "
            "sau năm 2025.")
    assert reference_year(text) == 2024


def test_the_year_an_anniversary_counts_from_is_no_year_of_the_news():
    text = ("Hà Nội, 30/11 (TTXVN) - Kỷ niệm 49 năm Quốc khánh Lào (2/12/1975 - 2/12/2024). Thắng lợi ngày "
            "2/12/1975 mở ra kỷ nguyên mới. Tối 29/11, Đại sứ quán Lào tổ chức lễ kỷ niệm.")
    assert reference_year(text) == 2024
    # a year with no anniversary that reaches another is counted as before
    assert reference_year("Ngày 2/12/1975, … Năm 1975 và năm 1975 nữa.") == 1975


def test_a_year_whose_work_goes_on_is_the_year_of_the_news():
    text = ("Chiều 12-3, Chủ tịch UBND tỉnh đã tiếp Tổng Lãnh sự. Năm 2019, tỉnh tiếp tục dành 2 tỷ đồng hỗ trợ tỉnh bạn. "
            "Tháng 12-2018, Đoàn đại biểu tỉnh đã thăm tỉnh bạn và ký Kế hoạch hợp tác năm 2019.")
    assert reference_year(text) == 2019
    assert reference_year("Năm 2018, hai bên đã tiếp tục phối hợp. Tháng 3/2019, hai bên họp.") == 2019


def test_the_new_year_greeted_is_the_year_of_the_news():
    text = ("Chiều 3/1, ông A đã tiếp Đoàn sang chúc mừng năm mới 2025 và Tết Nguyên đán Ất Tỵ. Năm 2024, kim ngạch "
            "tăng 15%. Hai bên thống nhất tổ chức hội nghị tổng kết hợp tác năm 2024.")
    assert reference_year(text) == 2025
    assert reference_year("Sáng 2/2, Đoàn sang chúc Tết Giáp Thìn. Kim ngạch năm 2023 tăng 10%.") == 2024


def test_the_year_a_next_session_will_be_held_in_is_not_the_year_of_the_news():
    text = ("Phnôm Pênh, 19/12 - Hai bên đã đồng chủ trì Kỳ họp Ủy ban hỗn hợp năm 2024. Kết thúc Kỳ họp, hai bên ký "
            "Kế hoạch hợp tác năm 2025. Kỳ họp tiếp theo sẽ được tổ chức tại Hà Nội trong năm 2025.")
    assert reference_year(text) == 2024


@pytest.mark.parametrize(
    "text, expected",
    [  # told from the article's date, Wednesday 13 March 2024
        ("Hôm kia, hai Bộ trưởng đã hội đàm", "2024-03-11"),
        ("Cách đây ba ngày, đoàn đã sang thăm", "2024-03-10"),
        ("Thứ Năm vừa qua, hai bên đã ký", "2024-03-07"),
        ("Hôm thứ Bảy, đoàn đã dự lễ", "2024-03-09"),
        ("Thứ Sáu tuần trước (8/3), hai bên", "2024-03-08"),
        ("Thứ Sáu tuần trước, hai bên", "2024-03-08"),
        ("Thứ Hai tới, đoàn sẽ lên đường", "2024-03-18"),
        ("Thứ Sáu tuần này, hai bên sẽ ký", "2024-03-15"),  # the Friday of the article's own week
        ("sáng thứ Hai tuần này, đoàn đã đến", "2024-03-11"),
        ("Đầu tháng này, hai bên đã", "2024-03"),
        ("Tháng trước, ông đã dẫn đoàn", "2024-02"),
        # the lunar calendar: the Tết nearest the article's date (10/2/2024), or the one it names
        ("Chiều mùng 4 Tết, đồng chí A đã tiếp", "2024-02-13"),
        ("chiều 28 tháng Chạp, đoàn đến thăm", "2024-02-07"),
        ("sáng mùng 2 Tết Ất Tỵ, hai bên", "2025-01-30"),
        ("Nhân dịp rằm tháng Giêng, hai Hội giao lưu", "2024-02-24"),
        # the last month of the lunar year it names, before the next Tết (Giáp Thìn, 10/2/2024)
        ("Chiều 25 tháng Chạp năm Quý Mão, đồng chí A đã tiếp", "2024-02-04"),
        ("Rạng sáng ngày đầu năm mới 2023, hai đơn vị chào cờ", "2023-01-01"),
    ],
)
def test_days_told_by_their_distance_from_the_article_or_by_the_lunar_calendar(text, expected):
    mentions = find_dates(text)
    assert mentions, text
    assert resolve(mentions[0], Anchor(PUB, PUB.year))[0] == expected
    pinned = pin(mentions[0], Anchor(PUB, PUB.year))
    assert pinned.relative is None and pinned.month is not None


def test_a_span_of_lunar_days_is_pinned_to_its_first_and_last_days():
    (mention,) = find_dates("Đoàn thăm, chúc Tết tỉnh Nghệ An từ mùng 6 đến mùng 8 tháng Giêng.")
    pinned = pin(mention, Anchor(PUB, PUB.year))
    assert (pinned.year, pinned.month, pinned.day, pinned.end_year, pinned.end_month, pinned.end_day) == (
        2024, 2, 15, 2024, 2, 17)


def test_a_span_of_days_of_the_last_lunar_month_and_the_first_days_of_a_year():
    (mention,) = find_dates("Đoàn thăm, chúc Tết tỉnh Thanh Hóa từ ngày 24 đến ngày 26 tháng Chạp.")
    pinned = pin(mention, Anchor(PUB, PUB.year))
    assert (pinned.year, pinned.month, pinned.day, pinned.end_month, pinned.end_day) == (2024, 2, 3, 2, 5)
    assert find_dates("Thủ tướng sang thăm Lào ngay trong những ngày đầu năm mới.") == []


@pytest.mark.parametrize("text", ["Kỳ họp lần thứ năm của Ủy ban", "bảy tháng sau chuyến thăm", "hai tháng trước đó"])
def test_an_ordinal_or_a_span_of_months_is_no_date(text):
    assert all(m.relative is None or not m.relative.startswith(("wd:", "month")) for m in find_dates(text))


def test_without_the_articles_date_a_day_told_from_it_stays_unknown():
    (mention,) = find_dates("Hôm kia, hai bên đã hội đàm")
    assert resolve(mention, Anchor(None, 2024)) == (None, None)
    assert pin(mention, Anchor(None, 2024)) is mention


def test_an_anniversarys_span_and_a_day_of_history_yield_to_the_days_of_the_news():
    text = ("Phnôm Pênh, 21/12 - Chủ tịch nước đã kết thúc chuyến thăm. Kim ngạch thương mại 11 tháng năm 2021 đạt 8,6 tỷ USD. "
            "Chuyến thăm diễn ra đúng dịp hai nước chuẩn bị kỷ niệm 55 năm Ngày thiết lập quan hệ ngoại giao "
            "(24/6/1967 - 24/6/2022), năm 2022 là Năm Hữu nghị. Chủ tịch nước chúc Campuchia thành công năm Chủ tịch "
            "ASEAN 2022. Ngày 20/12/2021, hai bên đã hội đàm.")
    assert reference_year(text) == 2021
    history = ("Phnôm Pênh, 24/6 - Tối 23/6, Đại sứ quán tổ chức lễ kỷ niệm 55 năm Ngày thiết lập quan hệ ngoại giao "
               "(24/6/1967 - 24/6/2022). Phó Thủ tướng nhắc lại chiến thắng chế độ diệt chủng ngày 7/1/1979.")
    assert reference_year(history) == 2022


def test_the_news_comes_after_the_month_it_recalls():
    text = ("Sáng 14-3, tại TP. Đồng Xoài, Chủ tịch UBND tỉnh tiếp Đoàn. Năm 2022, tỉnh nhập khẩu 300.000 tấn điều. "
            "Năm 2022, hai bên trao đổi nhiều đoàn. Hồi tháng 11-2022, ông A đã dẫn đoàn sang khảo sát.")
    assert reference_year(text) == 2023
    # (a day after the month recalled is in that month's year)
    assert reference_year(text.replace("Sáng 14-3", "Sáng 14-12")) == 2022


def test_a_lunar_day_glossing_the_solar_day_is_no_date_of_its_own():
    from hoptac.extract.dates import find_dates

    found = find_dates("Chiều 18-1 (tức 27 tháng Chạp năm Nhâm Dần), Đoàn đại biểu tỉnh Svay Rieng sang chúc Tết.")
    assert [(d.day, d.month) for d in found] == [(18, 1)]


def test_a_solar_day_written_mung():
    from hoptac.extract.dates import find_dates

    assert [(d.day, d.month) for d in find_dates("Chiều mùng 7/3, tại Hà Nội, đồng chí X đã tiếp Đoàn.")] == [(7, 3)]
    assert [d.relative for d in find_dates("Chiều mùng 3 Tết, Đoàn đến chúc Tết.")] == ["lunar:1:3::"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Từ tháng 10 đến tháng 11/2022, đội y tế đã sang làm việc", ("2022-10", "2022-11")),
        ("từ tháng 12/2023 đến tháng 5/2024, hai bên đã bàn giao", ("2023-12", "2024-05")),
        ("từ tháng 11 đến tháng 2/2024, các đội đã", ("2023-11", "2024-02")),  # the span crosses a new year
        ("trong tháng 3 - tháng 4 năm 2019, đoàn đã", ("2019-03", "2019-04")),
    ],
)
def test_a_span_of_months_is_one_range(text, expected):
    mentions = [m for m in find_dates(text) if m.month is not None]
    assert len(mentions) == 1, mentions
    assert resolve(mentions[0], Anchor(None, None)) == expected


def test_the_years_of_a_span_of_months_are_evidence_of_the_articles_year():
    text = "Các hài cốt được bàn giao từ tháng 12/2023 đến tháng 5/2024. Ngày 23/5, hai bên tổng kết."
    assert reference_year(text) == 2024


def test_a_day_alone_after_tu_is_when_a_state_began_and_still_tells_the_era():
    text = "Từ ngày 8 đến 11/9, Đoàn thăm Lào. Tỉnh mới chính thức hoạt động từ ngày 1/7/2025."
    found = find_dates(text)
    assert [m.since for m in found] == [False, True]
    assert reference_year(text) == 2025


def test_a_tally_of_the_year_so_far_is_the_articles_year_not_a_plan_for_the_next():
    text = (
        "Chiều 19/11, hai Bộ trưởng đã làm việc. Kết quả thực hiện Bản ghi nhớ: 10 tháng năm 2025, các trường đã "
        "tiếp nhận 86 học sinh. Hai bên đã ký Kế hoạch hành động năm 2026. Theo đó, năm 2026 Việt Nam sẽ cấp 30 suất học bổng."
    )
    assert reference_year(text) == 2025


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Ngày 12 vừa qua, tại Hà Nội, hai Bộ trưởng", "2024-03-12"),  # this month's 12th
        ("Ngày 20 vừa qua, tại Hà Nội, hai Bộ trưởng", "2024-02-20"),  # the 20th not yet come: last month's
        ("Đầu tuần này, tại Cửa khẩu Mộc Bài, hai bên", "2024-03"),
    ],
)
def test_a_day_of_the_month_just_past_and_this_week(text, expected):
    mentions = find_dates(text)
    assert resolve(mentions[0], Anchor(PUB, PUB.year)) == (expected, None)


def test_yesterday_in_a_story_with_only_its_year_is_that_year():
    (m,) = find_dates("Hôm qua, hai bên đã họp trực tuyến")
    assert resolve(m, Anchor(None, 2024)) == ("2024", None)
    assert resolve(m, Anchor(None, None)) == (None, None)
    (week,) = find_dates("Tuần tới, đoàn sẽ sang Takeo")
    assert resolve(week, Anchor(None, 2024)) == ("2024", None)


def test_a_relative_day_glossed_with_its_date_tells_the_day_of_an_undated_story():
    from hoptac.extract.dates import story_day
    assert story_day("Chiều qua (17/10), tại Pleiku, hai bên đã hội đàm.", 2023) == dt.date(2023, 10, 18)
    assert story_day("Sáng nay (22/3), đoàn thăm Lao Bảo.", 2024) == dt.date(2024, 3, 22)
    assert story_day("Chiều qua (17/10), hai bên hội đàm.", None) is None  # no year: nothing to invent


def test_an_anniversary_span_in_years_is_the_last_resort_for_the_year():
    text = ("Chiều 16-12, tại Tokyo, Thủ tướng Nhật Bản đã hội đàm với Thủ tướng Campuchia, đúng dịp kỷ niệm "
            "70 năm thiết lập quan hệ ngoại giao giữa hai nước (1953 - 2023).")
    assert reference_year(text) == 2023


def test_two_days_running_with_the_month_in_words():
    (d,) = find_dates("Thủ tướng đang thăm chính thức Việt Nam trong hai ngày 11 và 12 tháng 12 theo lời mời của Thủ tướng.")
    assert (d.day, d.month, d.end_day, d.end_month) == (11, 12, 12, 12)


def test_the_home_clock_glossing_a_local_day_is_no_day_of_its_own():
    found = find_dates("Chiều 21/9 theo giờ địa phương (tức rạng sáng 22/9 giờ Việt Nam), tại New York, hai Thủ tướng gặp nhau.")
    assert [(d.day, d.month) for d in found] == [(21, 9)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a day and month in words, with no year: the article's year
        ("Ngày mười bốn tháng Tám, tại Hà Nội, hai bên đã hội đàm.", ("2024-08-14", None)),
        ("Đoàn thăm Lào từ ngày mười chín đến ngày hai mươi hai tháng Mười.", ("2024-10-19", "2024-10-22")),
        # its year in digits; "tháng Một" is January, not a month followed by the year's word
        ("ngày bảy tháng Một năm 2025, hai bên sẽ ký", ("2025-01-07", None)),
        # a month named in words
        ("vào giữa tháng Chín tới, đoàn sẽ sang thăm", ("2024-09", None)),
        ("Hội chợ dự kiến khai mạc vào tháng Mười Một năm 2023", ("2023-11", None)),
        # a year in two digits after a day's cue
        ("Chiều 4/9/23, ông đã tiếp đoàn", ("2023-09-04", None)),
    ],
)
def test_dates_in_words_and_short_years(text, expected):
    mentions = find_dates(text)
    assert mentions, text
    assert resolve(mentions[0], Anchor(PUB, PUB.year), future_ok=True) == expected


@pytest.mark.parametrize(
    "text",
    [
        "kỷ niệm Cách mạng Tháng Tám thành công",  # a name
        "diễn ra vào dịp rằm tháng Mười hai theo lịch Lào",  # a lunar month
        "ngày mười lăm tháng Giêng",  # a lunar feast day with no year
        "sau mười tháng năm ngày làm việc",  # no capital: time in general
        "số hiệu 4/9/23 của lô hàng",  # two digits with no day's cue
    ],
)
def test_words_that_name_no_month_or_day(text):
    assert [d for d in find_dates(text) if d.month is not None] == []


def test_a_year_of_birth_is_not_the_year_of_the_news():
    text = ("Chiều 14-9, tại Cửa khẩu Lao Bảo, hai bên bàn giao đối tượng theo Kế hoạch phối hợp năm 2017. "
            "Hai đối tượng là Hồ Văn Tr. (SN 1990) và Nguyễn Thị Ng. (SN 1994), sinh năm 1994.")
    assert reference_year(text) == 2017


@pytest.mark.parametrize(
    "text, expected",
    [
        # PUB is Wednesday 13 March 2024
        ("Từ thứ Hai đến thứ Ba vừa qua, Đoàn đại biểu tỉnh đã sang thăm", ("2024-03-11", "2024-03-12")),
        ("Từ thứ Năm đến thứ Bảy vừa qua, hai bên tổ chức hội chợ", ("2024-03-07", "2024-03-09")),
        ("Lớp tập huấn diễn ra từ thứ Hai đến thứ Sáu tuần này", ("2024-03-11", "2024-03-15")),
        ("Đoàn sẽ làm việc tại tỉnh từ thứ Ba đến thứ Năm tuần tới", ("2024-03-19", "2024-03-21")),
        # a day of the trip named before its date
        ("Ngày cuối, 26/2, tại Pắc-xế, hai đoàn dự lễ bế giảng", ("2024-02-26", None)),
        ("Ngày làm việc đầu tiên, 11/3, hai bên hội đàm", ("2024-03-11", None)),
        # the day a holiday falls on, named before its date
        ("Đúng ngày Quốc khánh 2/12, hai đoàn dự lễ mít tinh", ("2023-12-02", None)),
        ("Đúng vào ngày lễ 7/1, Đoàn dâng hoa tại Đài hữu nghị", ("2024-01-07", None)),
        # a plan told by the Lao or Khmer New Year alone: mid-April
        ("Dịp Tết cổ truyền Bunpimay năm nay, Đoàn đại biểu tỉnh sẽ sang thăm, chúc Tết tỉnh bạn", ("2024-04", None)),
        ("Nhân dịp Tết Chôl Chnăm Thmây sắp tới, Đoàn sẽ sang chúc Tết tỉnh Svay Rieng", ("2024-04", None)),
    ],
)
def test_weekday_spans_and_named_days_of_a_trip(text, expected):
    mentions = find_dates(text)
    assert mentions, text
    assert resolve(pin(mentions[0], Anchor(PUB, PUB.year)), Anchor(PUB, PUB.year)) == expected


def test_a_dateline_then_the_story_s_day_is_no_span():
    text = "Phong Thổ, ngày 23/6/2016 - Ngày 22/6, tại thị trấn Kim Thủy Hà, hai đoàn đã hội đàm."
    assert [(d.day, d.month, d.year, d.end_day) for d in find_dates(text)] == [(23, 6, 2016, None), (22, 6, None, None)]


def test_a_day_of_the_trip_after_the_day_told_glosses_it():
    text = "Sáng 14/5, ngày làm việc cuối cùng của chuyến thăm, tại Hà Nội, Đoàn đã chào từ biệt đồng chí A."
    assert [(d.day, d.month, d.relative) for d in find_dates(text)] == [(14, 5, None)]
