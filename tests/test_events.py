"""Events from short articles written for these tests."""
import pytest

from hoptac.model import RawDocument
from hoptac.pipeline import extract_document


def article(text: str):
    return extract_document(RawDocument("t", text.encode("utf-8")))


def of_type(a, kind: str):
    return [e for e in a.events if e.type == kind]


def names(e) -> list[str]:
    return sorted(p.name for p in e.participants)


def summary(a):
    return [(e.type, e.date, e.end_date, names(e)) for e in a.events]


def test_visit_range_and_talks_in_one_sentence():
    a = article(
        "Hà Nội – Xiêng Khoảng tăng cường hợp tác\n\n"
        "10:05 | 15/04/2024\n\n"
        "Trong khuôn khổ chuyến thăm và làm việc tại Lào từ ngày 14 đến 16/4, chiều 14/4, tại tỉnh Xiêng Khoảng, "
        "Đoàn đại biểu tỉnh Nghệ An do đồng chí Nguyễn Đức Trung, Bí thư Tỉnh ủy, dẫn đầu đã hội đàm với "
        "đồng chí Pheng Xay Lo, Bí thư, Tỉnh trưởng tỉnh Xiêng Khoảng.\n\n"
        "Tại hội đàm, hai bên đã trao đổi về kết quả hợp tác."
    )
    s = summary(a)
    assert ("visit", "2024-04-14", "2024-04-16", ["Nguyễn Đức Trung"]) in [(t, d, e, p[:1]) for t, d, e, p in s] or any(
        t == "visit" and d == "2024-04-14" and e == "2024-04-16" for t, d, e, _ in s
    )
    talks = [x for x in s if x[0] == "talks"]
    assert len(talks) == 1
    assert talks[0][1] == "2024-04-14"
    assert {"Nguyễn Đức Trung", "Pheng Xay Lo"} <= set(talks[0][3])
    assert a.published == "2024-04-15"


def test_three_hosts_are_three_receptions():
    a = article(
        "Ngày 5/9/2023, Tổng Bí thư, Chủ tịch nước Thongloun Sisoulith; Thủ tướng Sonexay Siphandone; "
        "Chủ tịch Quốc hội Saysomphone Phomvihane đã tiếp đoàn đại biểu do đồng chí Trần Cẩm Tú, "
        "Thường trực Ban Bí thư, dẫn đầu."
    )
    receptions = of_type(a, "reception")
    assert len(receptions) == 3
    for e in receptions:
        assert e.date == "2023-09-05"
        assert "Trần Cẩm Tú" in {p.name for p in e.participants}


def test_background_mentions_do_not_make_events():
    a = article(
        "Sáng 12/7/2022, tại Viêng Chăn, đồng chí Lê Văn Thành, Phó Thủ tướng, đã hội đàm với "
        "đồng chí Sonexay Siphandone, Phó Thủ tướng Lào, nhân dịp Hội nghị hợp tác song phương lần thứ 44."
    )
    assert [e.type for e in a.events] == ["talks"]
    assert a.events[0].place == "Viêng Chăn"


def test_signing_after_talks_takes_the_talks_date():
    a = article(
        "Chiều 3-10-2019, tại Hà Nội, Bộ trưởng Tô Lâm hội đàm với Bộ trưởng Vilay Lakhamfong.\n\n"
        "Kết thúc hội đàm, hai Bộ trưởng đã ký Biên bản hội đàm."
    )
    types = {e.type: e.date for e in a.events}
    assert types == {"talks": "2019-10-03", "signing": "2019-10-03"}


def test_evidence_is_a_sentence_of_the_clean_text():
    a = article("Ngày 1/6/2020, Thủ tướng Nguyễn Xuân Phúc điện đàm với Thủ tướng Thongloun Sisoulith.")
    e = a.events[0]
    assert e.type == "call"
    assert a.clean_text[e.evidence.start : e.evidence.end] == e.evidence.text


def test_a_city_after_an_office_in_lower_case_is_the_place():
    """Gazetteer names are tried only where a capital starts them: a lower-case phrase
    before a city ("trụ sở thủ đô") must not hide the city behind the country."""
    a = article(
        "Chiều 8/11/2022, tại trụ sở Ủy ban thủ đô Viêng Chăn (Lào), đồng chí Nguyễn Văn Phong, "
        "Phó Bí thư Thành ủy Hà Nội, đã hội đàm với đồng chí Atsaphangthong Siphandone, Đô trưởng Viêng Chăn."
    )
    talks = of_type(a, "talks")
    assert talks and talks[0].place == "Viêng Chăn"


def test_a_lower_case_place_word_is_not_a_place():
    a = article(
        "Sáng 2/3/2023, tại Cung hòa bình, đồng chí Bùi Thanh Sơn, Bộ trưởng Ngoại giao, đã hội kiến "
        "đồng chí Saleumxay Kommasith, Phó Thủ tướng Lào."
    )
    assert a.events and a.events[0].place != "Hòa Bình"


def test_a_day_and_month_with_no_year_anywhere_make_a_dated_event_with_a_null_date():
    """The text pins the day, not the year: the event is reported, its date is what the text
    supports (null in the schema's terms), never a guessed year."""
    a = article(
        "Hai tỉnh hội đàm\n\n"
        "Sáng nay (8/10), đồng chí Lò Văn Khánh, Chủ tịch UBND tỉnh, hội đàm với đồng chí Bun-mi Phăn-thạ-vông, "
        "Phó Tỉnh trưởng tỉnh Luông Nặm Thà.\n\n"
        "Hai bên nhất trí tăng cường hợp tác."
    )
    talks = of_type(a, "talks")
    assert len(talks) == 1
    assert talks[0].date is None
    assert {"Lò Văn Khánh", "Bun-mi Phăn-thạ-vông"} <= {p.name for p in talks[0].participants}


def test_a_caption_before_the_body_takes_the_day_of_the_talks_it_closes():
    a = article(
        "Quảng Nam ký kết hợp tác với Sê Kông\n\n"
        "Ngày 2/7/2024, tại TP. Tam Kỳ, đồng chí Lê Trí Thanh, Chủ tịch UBND tỉnh Quảng Nam, hội đàm với "
        "đồng chí Lợi Sỉ-xổm-phon, Tỉnh trưởng tỉnh Sê Kông, trong khuôn khổ chuyến thăm từ ngày 1 đến 3/7.\n\n"
        "Đồng chí Lê Trí Thanh và đồng chí Lợi Sỉ-xổm-phon ký Biên bản ghi nhớ.\n\n"
        "Kết thúc hội đàm, hai đồng chí đã ký Biên bản ghi nhớ hợp tác năm 2025."
    )
    by_type = {e.type: e for e in a.events}
    assert by_type["talks"].date == "2024-07-02"
    assert by_type["talks"].place == "Tam Kỳ"  # "tại TP. Tam Kỳ": the abbreviation ends no clause
    assert by_type["signing"].date == "2024-07-02"  # not the month of the visit


def test_a_trade_fair_and_a_policy_dialogue_are_planned_conferences():
    a = article(
        "Ngày 4/6/2024, đồng chí Trần Văn Sơn, Thứ trưởng Bộ Tài chính, hội đàm với ông Vông-xa Pha-sạ-vông, "
        "Thứ trưởng Bộ Tài chính Lào.\n\n"
        "Hai bên thống nhất tổ chức Đối thoại chính sách tài chính vào tháng 11/2024 do hai Thứ trưởng đồng chủ trì.\n\n"
        "Dự kiến ngày 20/9/2024, hai bộ sẽ phối hợp tổ chức Hội chợ hàng Việt tại Viêng Chăn do đồng chí Trần Văn Sơn chủ trì."
    )
    conferences = sorted(e.date for e in of_type(a, "conference"))
    assert conferences == ["2024-09-20", "2024-11"]


def test_shifting_a_date_mention_keeps_every_other_field():
    import dataclasses

    from hoptac.extract.dates import DateMention
    from hoptac.extract.events import _shift

    d = DateMention(10, 20, 1, 2, 2024, 3, 4, 2025, "today", True)
    assert _shift(d, -4) == dataclasses.replace(d, start=6, end=16)


def test_a_wire_dateline_dates_the_report_not_the_talks():
    a = article(
        "Hai bộ hợp tác phòng, chống tội phạm\n\n"
        "Viêng Chăn, ngày 15/3/2024 (KPL) -- Bộ trưởng Bộ An ninh Lào Vi-lay Lạ-khăm-phong đã hội đàm với "
        "Thứ trưởng Bộ Công an Việt Nam Lê Quốc Hùng vào chiều 14/3 tại trụ sở Bộ An ninh, Viêng Chăn."
    )
    assert a.published == "2024-03-15"
    talks = of_type(a, "talks")
    assert [(e.date, e.place) for e in talks] == [("2024-03-14", "Viêng Chăn")]


def test_attending_a_ceremony_is_an_event_travelling_to_one_is_its_reason():
    a = article(
        "Ngày 9/10/2024, đồng chí Lê Văn Dũng, Bí thư Tỉnh ủy, dự Lễ khởi công Nhà lưu trú cho lưu học sinh Lào "
        "tại huyện Nam Giang."
    )
    assert [(e.type, e.date) for e in a.events] == [("conference", "2024-10-09")]


def test_signing_at_the_end_of_a_session_and_a_plan_inside_the_agreement():
    a = article(
        "Chiều 3/9/2024, tại Hà Nội, bà Hà Thị Nga, Chủ tịch Hội LHPN Việt Nam, làm việc với bà Inlavanh "
        "Keobounphanh, Chủ tịch Hội LHPN Lào. Cuối buổi làm việc, bà Hà Thị Nga và bà Inlavanh Keobounphanh ký "
        "Chương trình hợp tác năm 2025; "
        "theo đó, năm tới Hội LHPN Việt Nam sẽ hỗ trợ 20 mô hình sinh kế."
    )
    assert ("signing", "2024-09-03") in [(e.type, e.date) for e in a.events]


def test_a_signed_plan_and_a_signing_to_come_in_one_clause():
    a = article(
        "Ngày 21/9/2023, tại Phnôm Pênh, đồng chí Lê Minh Trí, Viện trưởng VKSND tối cao, hội đàm với bà Chea Leang, "
        "Tổng Công tố Campuchia. Tại hội đàm, hai Trưởng đoàn đã ký Kế hoạch hợp tác năm 2024 và thống nhất "
        "sẽ ký kết Biên bản ghi nhớ trong năm 2025."
    )
    assert [(e.type, e.date, e.planned) for e in of_type(a, "signing")] == [("signing", "2023-09-21", False)]


def test_three_co_chairs_signing_stand_for_the_principals():
    a = article(
        "Ngày 25/4/2024, tại thành phố Kon Tum, ông Lê Ngọc Tuấn, Chủ tịch UBND tỉnh Kon Tum, ông Lợi Sỉ-xổm-phon, "
        "Tỉnh trưởng tỉnh Attapeu, và ông Bou Sopheak, Phó Tỉnh trưởng tỉnh Ratanakiri, đồng chủ trì Hội nghị ba bên.\n\n"
        "Kết thúc hội nghị, ba đồng chủ trì đã ký Biên bản ghi nhớ hợp tác ba bên giai đoạn 2024 - 2026."
    )
    signing = of_type(a, "signing")
    assert len(signing) == 1 and signing[0].date == "2024-04-25" and signing[0].participants


def test_a_delegation_going_over_to_a_province_is_a_visit_there():
    a = article(
        "Ngày 10/3/2025, đồng chí Đầu Thanh Tùng, Phó Chủ tịch UBND tỉnh Thanh Hóa, tiếp Đại sứ Lào.\n\n"
        "Ngày 14/3/2025, Đoàn công tác tỉnh Thanh Hóa do đồng chí Đầu Thanh Tùng, Phó Chủ tịch UBND tỉnh, dẫn đầu "
        "sẽ sang tỉnh Hủa Phăn trao tặng 200 tấn gạo."
    )
    visits = [(e.date, e.place) for e in of_type(a, "visit")]
    assert visits == [("2025-03-14", "Hủa Phăn")]


def test_the_same_day_as_a_wreath_laying_dates_the_talks_that_follow():
    a = article(
        "Bộ trưởng Quốc phòng Lào thăm Việt Nam\n\n"
        "Sáng 31/5/2024, Trung tướng Chansamone Chanyalath đặt vòng hoa tại Đài tưởng niệm các Anh hùng liệt sĩ.\n\n"
        "Chiều cùng ngày, tại Trụ sở Bộ Quốc phòng, Đại tướng Phan Văn Giang hội đàm với Trung tướng Chansamone Chanyalath."
    )
    assert [(e.type, e.date) for e in a.events] == [("talks", "2024-05-31")]


def test_talks_agreed_for_later_without_a_date_are_no_event():
    a = article(
        "Sáng 10/4/2024, tại thành phố Suong, ông Khim Vuthy, Tỉnh trưởng tỉnh Tbong Khmum, đã tiếp Đoàn đại biểu "
        "tỉnh Tây Ninh do ông Dương Văn Thắng, Phó Chủ tịch UBND tỉnh, dẫn đầu.\n\n"
        "Hai bên thống nhất tổ chức cuộc hội đàm thường niên vào quý II năm nay."
    )
    assert [e.type for e in a.events] == ["reception"]


def test_a_welcome_ceremony_then_talks_is_the_talks_and_a_new_year_call_a_reception():
    a = article(
        "Chiều 31/5/2024, tại Trụ sở Bộ Quốc phòng, Đại tướng Phan Văn Giang chủ trì lễ đón chính thức rồi hội đàm "
        "với Trung tướng Chansamone Chanyalath.\n\n"
        "Sáng 10/4/2024, đồng chí Nguyễn Đình Khang, Chủ tịch Tổng Liên đoàn Lao động Việt Nam, đã đến thăm, chúc Tết "
        "Đại sứ quán Lào; tiếp đoàn có Đại sứ Khamphao Ernthavanh."
    )
    assert sorted((e.type, e.date) for e in a.events) == [("reception", "2024-04-10"), ("talks", "2024-05-31")]


def test_a_meeting_held_at_bridge_points_is_online():
    a = article(
        "Sáng 17/11/2022, Liên hiệp các tổ chức hữu nghị Việt Nam và Hội Hữu nghị Lào - Việt Nam tổ chức hội nghị. "
        "Chủ trì hội nghị tại điểm cầu Hà Nội là ông Phan Anh Sơn, Chủ tịch Liên hiệp các tổ chức hữu nghị Việt Nam."
    )
    assert [(e.type, e.date) for e in a.events] == [("call", "2022-11-17")]


def test_a_palace_named_like_a_province_is_no_place_and_its_city_is():
    a = article(
        "Chiều 19/3/2025, tại Cung Hòa Bình, Thủ đô Phnôm Pênh, Thủ tướng Campuchia Hun Manet đã tiếp "
        "Bộ trưởng Tư pháp Nguyễn Hải Ninh."
    )
    assert [(e.type, e.place) for e in a.events] == [("reception", "Phnôm Pênh")]


def test_what_an_agreement_provides_for_is_no_event_but_its_signing_is():
    a = article(
        "Sáng 27/8/2024, tại Hà Nội, ông Nguyễn Xuân Thắng, Giám đốc Học viện, và ông Xỉ-xổm Phôm-ma-xay, Giám đốc "
        "Học viện Lào, ký Bản ghi nhớ hợp tác giai đoạn 2024 - 2029, theo đó mỗi năm luân phiên tổ chức một hội thảo.\n\n"
        "Theo Bản ghi nhớ, mỗi năm hai Học viện tổ chức hội thảo khoa học chung do hai Giám đốc đồng chủ trì."
    )
    assert [(e.type, e.date) for e in a.events] == [("signing", "2024-08-27")]


def test_how_long_an_event_runs_is_not_its_date():
    a = article(
        "Chiều 25/11/2024, bà Phoeurng Sackona, Bộ trưởng Văn hóa Campuchia, tiếp ông Nguyễn Văn Hùng, "
        "Bộ trưởng Văn hóa Việt Nam.\n\n"
        "Lễ khai mạc Tuần Văn hóa Việt Nam tại Campuchia do bà Phoeurng Sackona và ông Nguyễn Văn Hùng đồng chủ trì "
        "kéo dài đến hết ngày 27/11."
    )
    assert "2024-11-27" not in [e.date for e in a.events]


def test_a_congratulation_call_at_an_embassy_is_a_reception():
    a = article(
        "Nhân dịp Quốc khánh Lào, sáng 29/11/2024, Phó Thủ tướng Trần Hồng Hà đã dẫn đầu đoàn đại biểu Chính phủ "
        "đến chúc mừng Đại sứ quán Lào tại Hà Nội và được Đại sứ Khamphao Ernthavanh đón tiếp."
    )
    assert [(e.type, e.date) for e in a.events] == [("reception", "2024-11-29")]


def test_a_programme_that_follows_an_agreement_is_no_reception_and_the_signing_keeps_the_talks_day():
    a = article(
        "Sáng 8/10/2024, tại Hà Nội, Bộ trưởng Lê Minh Hoan hội đàm với Bộ trưởng Nông nghiệp Lào Lin-khăm Đuông-xa-vẳn.\n\n"
        "Cuối buổi hội đàm, hai Bộ trưởng ký Kế hoạch hợp tác năm 2025, kế tiếp Thỏa thuận hợp tác giai đoạn 2021 - 2024.\n\n"
        "Chiều 9/10/2024, Phó Thủ tướng Trần Lưu Quang đã tiếp Bộ trưởng Lin-khăm Đuông-xa-vẳn."
    )
    assert sorted((e.type, e.date) for e in a.events) == [
        ("reception", "2024-10-09"), ("signing", "2024-10-08"), ("talks", "2024-10-08")]


def test_an_online_session_is_a_call_and_the_meeting_named_again_is_that_call():
    planned = article(
        "Ông Nguyễn Thanh Nghị và ông Ắt-xa-phăng-thoong Xi-phăn-đon thống nhất sẽ đồng chủ trì "
        "một phiên họp trực tuyến giữa hai Bộ vào tháng 9/2024."
    )
    assert [(e.type, e.date) for e in planned.events] == [("call", "2024-09")]
    a = article(
        "Sáng 14/3/2023, Bộ Tài chính Việt Nam và Bộ Tài chính Lào tổ chức hội nghị trực tuyến về quản lý thuế.\n\n"
        "Hội nghị do ông Cao Anh Tuấn, Thứ trưởng Bộ Tài chính, và ông Xôm-xạ-nít Khăm-phăn, Thứ trưởng Bộ Tài chính "
        "Lào, đồng chủ trì. Báo cáo tại hội nghị cho thấy thu thuế tăng 12%."
    )
    assert [(e.type, e.date, names(e)) for e in a.events] == [
        ("call", "2023-03-14", ["Cao Anh Tuấn", "Xôm-xạ-nít Khăm-phăn"])]


def test_the_same_day_opens_a_second_reception_by_another_host():
    a = article(
        "Ngày 12/4/2024, tại tỉnh Kampot, ông Mao Thonin, Tỉnh trưởng tỉnh Kampot, đã tiếp Đoàn công tác tỉnh "
        "Kiên Giang do ông Lâm Minh Thành, Chủ tịch UBND tỉnh, dẫn đầu. Cùng tiếp đoàn có ông Nhem Saron, Phó Tỉnh trưởng.\n\n"
        "Cùng ngày, Đoàn đến chúc Tết Bộ Chỉ huy Quân sự tỉnh Kampot. Thiếu tướng Sok Bunthan, Chỉ huy trưởng, tiếp đoàn."
    )
    receptions = sorted(names(e) for e in of_type(a, "reception"))
    assert receptions == [["Lâm Minh Thành", "Mao Thonin", "Nhem Saron"], ["Lâm Minh Thành", "Sok Bunthan"]]


def test_a_forum_beside_a_fair_is_its_own_event_and_the_source_of_a_plan_is_not_in_it():
    a = article(
        "Hội chợ Nông sản Việt Nam - Lào 2024\n\n"
        "Theo ông Hoàng Minh Chiến, Phó Cục trưởng Cục Xúc tiến thương mại, hội chợ sẽ diễn ra từ ngày 5 đến 9/9/2024 "
        "tại Trung tâm Hội nghị và Triển lãm Lao-ITECC, Thủ đô Viêng Chăn.\n\n"
        "Lễ khai mạc hội chợ dự kiến do Bộ trưởng Nguyễn Hồng Diên và Bộ trưởng Ma-lay-thoong Kôm-ma-xít đồng chủ trì. "
        "Bên lề hội chợ, ngày 6/9, Thứ trưởng Phan Thị Thắng sẽ chủ trì Diễn đàn kết nối doanh nghiệp hai nước."
    )
    got = {(e.date, e.place): names(e) for e in of_type(a, "conference")}
    assert got == {
        ("2024-09-05", "Viêng Chăn"): ["Ma-lay-thoong Kôm-ma-xít", "Nguyễn Hồng Diên"],
        ("2024-09-06", None): ["Phan Thị Thắng"],
    }


def test_a_delegation_named_again_stands_for_its_head():
    a = article(
        "Sáng 3/7/2024, tại thành phố Lào Cai, Đoàn đại biểu tỉnh Lào Cai do đồng chí Trịnh Xuân Trường, Chủ tịch UBND "
        "tỉnh, làm Trưởng đoàn đã hội đàm với Đoàn đại biểu tỉnh Phông-xa-lỳ (Lào) do đồng chí Khăm-xing Xi-ha-vông, "
        "Tỉnh trưởng tỉnh Phông-xa-lỳ, làm Trưởng đoàn.\n\n"
        "Đoàn đại biểu tỉnh Phông-xa-lỳ thăm và làm việc tại tỉnh Lào Cai từ ngày 2 - 4/7.\n\n"
        "Chiều cùng ngày, đồng chí Đặng Xuân Phong, Bí thư Tỉnh ủy Lào Cai, đã tiếp Đoàn đại biểu tỉnh Phông-xa-lỳ."
    )
    got = {e.type: (e.date, names(e)) for e in a.events}
    assert got["visit"] == ("2024-07-02", ["Khăm-xing Xi-ha-vông"])
    assert got["reception"] == ("2024-07-03", ["Khăm-xing Xi-ha-vông", "Đặng Xuân Phong"])


def test_someone_honoured_at_a_memorial_is_not_at_the_event():
    a = article(
        "Sáng 19/5/2024, tại Hà Nội, ông Nguyễn Văn Thể đã tiếp đoàn cựu chiến binh Lào do ông Bun-mi Xay-nha-vông "
        "dẫn đầu, sau khi đoàn dâng hoa tại tượng đài Chủ tịch Hồ Chí Minh và thăm quê hương cố Chủ tịch Cay-xỏn Phôm-vi-hản."
    )
    assert [(e.type, names(e)) for e in a.events] == [
        ("reception", ["Bun-mi Xay-nha-vông", "Nguyễn Văn Thể"])]


def test_those_met_during_a_visit_are_not_on_the_visit_and_regards_are_no_visit():
    a = article(
        "Từ ngày 14 đến 17/10/2024, Đoàn đại biểu Ban Dân vận Trung ương do đồng chí Mai Văn Chính, Trưởng Ban Dân vận "
        "Trung ương, dẫn đầu thăm chính thức Campuchia.\n\n"
        "Trong thời gian thăm chính thức Campuchia, ngày 15/10, đồng chí Mai Văn Chính đã lần lượt hội kiến "
        "Samdech Hun Sen, Chủ tịch Thượng viện, và Samdech Hun Manet, Thủ tướng Chính phủ.\n\n"
        "Ngày 16/10, đồng chí Mai Văn Chính chuyển lời thăm hỏi của lãnh đạo Việt Nam tới ông Sar Sokha, Bộ trưởng Bộ Nội vụ."
    )
    visits = [(e.date, names(e)) for e in of_type(a, "visit")]
    assert visits == [("2024-10-14", ["Mai Văn Chính"])]
    assert sorted(e.date for e in of_type(a, "reception")) == ["2024-10-15", "2024-10-15"]


def test_who_sits_at_the_table_and_who_is_in_the_delegation_take_part():
    a = article(
        "Từ ngày 8 đến 10/4/2024, Thượng tướng Tia Seiha, Bộ trưởng Quốc phòng Campuchia, dẫn đầu đoàn sang thăm Việt Nam. "
        "Thành phần Đoàn gồm Trung tướng Nem Sowath, Tổng cục trưởng Tổng cục Chính sách. Thành viên đoàn có "
        "Thiếu tướng Sok Sambath.\n\n"
        "Sáng 9/4, Đại tướng Phan Văn Giang hội đàm với Thượng tướng Tia Seiha. Ngồi cùng bàn đàm phán phía Việt Nam có "
        "Thượng tướng Hoàng Xuân Chiến, Thứ trưởng Bộ Quốc phòng."
    )
    got = {e.type: names(e) for e in a.events}
    assert got["talks"] == ["Hoàng Xuân Chiến", "Phan Văn Giang", "Tia Seiha"]
    assert "Nem Sowath" in got["visit"] and "Sok Sambath" in got["visit"]


def test_the_pair_nearest_the_verb_is_its_subject():
    a = article(
        "Sáng 12/6/2024, tại Viêng Chăn, ông Nguyễn Văn Thắng, Bộ trưởng Bộ Tài chính, hội đàm với ông "
        "Xăn-ti-phạp Phôm-vi-hản, Bộ trưởng Bộ Tài chính Lào.\n\n"
        "Trước đại biểu hai bên, hai Bộ trưởng đặt bút ký Biên bản ghi nhớ về hợp tác đào tạo cán bộ tài chính."
    )
    assert sorted((e.type, e.date) for e in a.events) == [("signing", "2024-06-12"), ("talks", "2024-06-12")]


def test_a_visit_in_a_clause_after_talks_is_the_guests():
    a = article(
        "Sáng 12/6/2024, tại Hà Nội, Bộ trưởng Bộ Y tế Đào Hồng Lan đã hội đàm với Bộ trưởng Bộ Y tế Campuchia "
        "Chheang Ra, Trưởng đoàn công tác đang thăm và làm việc tại Việt Nam từ ngày 11 đến 14/6."
    )
    got = {e.type: (e.date, names(e)) for e in a.events}
    assert got["visit"] == ("2024-06-11", ["Chheang Ra"])
    assert got["talks"] == ("2024-06-12", ["Chheang Ra", "Đào Hồng Lan"])


def test_a_banquet_is_a_reception_and_two_hosts_the_same_day_are_two():
    a = article(
        "Chiều 14/5/2024, tại Hà Nội, Trung tướng Nguyễn Ngọc Lâm đã tiếp Đoàn đại biểu Bộ An ninh Lào do "
        "Thiếu tướng Khăm-pheng Xay-xổm-bun dẫn đầu.\n\n"
        "Tối 14/5, Thượng tướng Lương Tam Quang chủ trì tiệc chiêu đãi Thiếu tướng Khăm-pheng Xay-xổm-bun."
    )
    hosts = sorted(names(e) for e in of_type(a, "reception"))
    assert hosts == [["Khăm-pheng Xay-xổm-bun", "Lương Tam Quang"], ["Khăm-pheng Xay-xổm-bun", "Nguyễn Ngọc Lâm"]]


def test_a_host_named_only_in_the_next_sentence_and_a_patrol_launch():
    a = article(
        "Sáng 10/3/2024, tại cửa khẩu Lao Bảo, Đại tá Lê Văn Hòa và Đại tá Xổm-xắc Phôm-ma-vông đồng chủ trì "
        "lễ ra quân tuần tra song phương.\n\n"
        "Chiều cùng ngày, lãnh đạo UBND tỉnh Quảng Trị đã tiếp Đoàn. Phó Chủ tịch UBND tỉnh Hoàng Nam bày tỏ vui mừng "
        "trước kết quả phối hợp của hai lực lượng."
    )
    got = {e.type: (e.date, names(e)) for e in a.events}
    assert got["conference"] == ("2024-03-10", ["Lê Văn Hòa", "Xổm-xắc Phôm-ma-vông"])
    assert got["reception"][0] == "2024-03-10" and "Hoàng Nam" in got["reception"][1]


def test_a_closing_ceremony_of_a_forum_is_that_forum():
    a = article(
        "Hôm qua (30/9/2024), tại TP.HCM, Trung ương Đoàn hai nước khai mạc Diễn đàn thanh niên Việt Nam - Lào. "
        "Đồng chủ trì diễn đàn có anh Nguyễn Minh Triết và chị Ma-ni-văn Phôm-xỉ-xay.\n\n"
        "Ngày 2/10, tại lễ bế mạc diễn đàn, anh Nguyễn Minh Triết và chị Ma-ni-văn Phôm-xỉ-xay sẽ ký Thỏa thuận hợp tác."
    )
    conferences = [(e.date, names(e)) for e in of_type(a, "conference")]
    assert conferences == [("2024-09-30", ["Ma-ni-văn Phôm-xỉ-xay", "Nguyễn Minh Triết"])]


def test_an_online_review_meeting_is_one_call_with_both_bridge_points():
    a = article(
        "Sáng 15/10/2024, Bộ Nội vụ Việt Nam và Bộ Nội vụ Lào tổ chức hội nghị trực tuyến sơ kết 2 năm thực hiện "
        "Bản ghi nhớ hợp tác.\n\n"
        "Bà Phạm Thị Thanh Trà, Bộ trưởng Bộ Nội vụ, chủ trì tại điểm cầu Hà Nội. Tại điểm cầu Viêng Chăn, sơ kết do "
        "ông Vi-lay-vông Bút-đa-khăm, Bộ trưởng Bộ Nội vụ Lào, chủ trì."
    )
    assert [(e.type, e.date, names(e)) for e in a.events] == [
        ("call", "2024-10-15", ["Phạm Thị Thanh Trà", "Vi-lay-vông Bút-đa-khăm"])]


def test_a_signing_told_after_its_agreement_and_one_still_to_come():
    a = article(
        "Bà Nguyễn Thị Tuyến nói các hoạt động nằm trong Chương trình hoạt động năm 2025 mà bà và "
        "bà Xỉ-xổm-phon Phôm-vi-hản đã ký tại Hà Nội hồi đầu tháng 9 vừa qua.\n\n"
        "Sáng 5/12/2024, tại Long Xuyên, ông Lê Văn Phước hội đàm với Ngài Sok Sreymom. Hai bên thống nhất sẽ ký "
        "Biên bản ghi nhớ giai đoạn 2025 - 2029 vào tháng 3/2025. Kết thúc hội đàm, ông Lê Văn Phước và Ngài "
        "Sok Sreymom đã ký Kế hoạch phối hợp năm 2025."
    )
    signings = sorted(e.date for e in of_type(a, "signing"))
    assert "2024-09" in signings and "2024-12-05" in signings


def test_a_mausoleum_visit_and_a_past_month_visit():
    a = article(
        "Từ ngày 6 đến 8/3/2024, Đoàn đại biểu tỉnh Sê-kông do ông Lẹ Xay-nha-xỏn dẫn đầu thăm tỉnh Quảng Nam.\n\n"
        "Sáng 7/3, Đoàn vào Lăng viếng Chủ tịch Hồ Chí Minh.\n\n"
        "Ông Lê Văn Dũng cho biết, cuối tháng 2 vừa qua, đoàn công tác của tỉnh do ông Trần Anh Tuấn dẫn đầu "
        "đã sang tỉnh Sê-kông khảo sát."
    )
    visits = sorted((e.date, names(e)) for e in of_type(a, "visit"))
    assert ("2024-02", ["Trần Anh Tuấn"]) in visits
    assert all("Hồ Chí Minh" not in names and "Trần Anh Tuấn" not in names
               for date, names in visits if date != "2024-02")


def test_a_planned_visit_named_in_passing_and_a_trip_to_a_province():
    a = article(
        "Sáng 5/9/2024, tại Hà Nội, Bộ trưởng Đào Hồng Lan hội đàm với Bộ trưởng Y tế Lào Bun-phẳng Phôm-ma-la-xay. "
        "Hai bên sẽ ký Kế hoạch hợp tác năm 2025 nhân chuyến thăm Lào của Bộ trưởng Đào Hồng Lan dự kiến vào tháng 12/2024.\n\n"
        "Ngày mai (6/9), Bộ trưởng Bun-phẳng Phôm-ma-la-xay và đoàn sẽ đi Nghệ An trước khi về nước."
    )
    visits = sorted((e.date, [p.name for p in e.participants]) for e in of_type(a, "visit"))
    assert visits == [("2024-09-06", ["Bun-phẳng Phôm-ma-la-xay"]), ("2024-12", ["Đào Hồng Lan"])]


def test_publication_dates_in_a_short_dateline_an_address_and_below_a_tagline():
    short = article("Hai bộ hợp tác đào tạo nghề\n02/10/24 16:45\n\nSáng 1/10, Bộ trưởng Đào Ngọc Dung hội đàm với "
                    "Bộ trưởng Heng Sour.")
    assert short.published == "2024-10-02"
    assert [(e.type, e.date) for e in short.events] == [("talks", "2024-10-01")]
    address = article("Hội nghị Cựu chiến binh ba nước lần thứ ba\n\nNgày 21/11, tại TP. Buôn Ma Thuột, Thượng tướng "
                      "Nguyễn Văn Được chủ trì hội nghị.\n\nĐường dẫn bài viết: https://example.vn/doi-ngoai/2023/11/22/"
                      "hoi-nghi-ba-nuoc.html")
    assert address.published == "2023-11-22"
    assert [(e.type, e.date) for e in address.events] == [("conference", "2023-11-21")]
    tagline = article("Tin tức Campuchia bằng tiếng Việt\n\nCampuchia và Việt Nam ký Bản ghi nhớ\n\n"
                      "Phnôm Pênh, 19/6/2024 (KT) – H.E. Say Sam Al đã hội đàm với Bộ trưởng Nguyễn Thanh Nghị vào chiều 18/6.")
    assert tagline.title == "Campuchia và Việt Nam ký Bản ghi nhớ"
    assert [(e.type, e.date) for e in tagline.events] == [("talks", "2024-06-18")]


def test_last_week_receptions_of_several_delegations_and_a_joint_communique():
    a = article(
        "Thanh tra hai nước hội đàm\n17/07/2024 10:00\n\n"
        "Ngày 17/7/2024, tại Hà Nội, Tổng Thanh tra Chính phủ Đoàn Hồng Phong hội đàm với Bộ trưởng Chan Sreymao. "
        "Tuần trước, ông Đoàn Hồng Phong đã tiếp Đại sứ Chay Navuth.\n\n"
        "Chiều 17/7, Bí thư Tỉnh ủy Nguyễn Đình Trung đã tiếp các đoàn đại biểu do bà Chan Sreymao dẫn đầu. "
        "Kết thúc buổi làm việc, ba Trưởng đoàn đã ký Thông báo chung."
    )
    got = sorted((e.type, e.date) for e in a.events)
    assert ("reception", "2024-07") in got and ("reception", "2024-07-17") in got and ("signing", "2024-07-17") in got


def test_the_visitor_is_who_leads_the_delegation_not_who_invited_it():
    a = article(
        "Từ ngày 17 đến 20/6/2024, Bộ trưởng Nguyễn Thanh Nghị dẫn đầu đoàn đại biểu Bộ Xây dựng thăm chính thức "
        "Campuchia theo lời mời của H.E. Say Sam Al.\n\n"
        "Sáng 19/6, Thủ tướng Hun Manet đã tiếp Đoàn."
    )
    reception = [names(e) for e in of_type(a, "reception")]
    assert reception == [["Hun Manet", "Nguyễn Thanh Nghị"]]


def test_the_opening_of_talks_is_those_talks():
    a = article(
        "Sáng 11/9/2024, tại Hà Nội, Bộ trưởng Đỗ Đức Duy hội đàm với Bộ trưởng Eang Sophalleth.\n\n"
        "Mở đầu hội đàm, Bộ trưởng Đỗ Đức Duy nhắc lại hai bên đã gặp nhau tháng 12 năm ngoái."
    )
    assert [(e.type, e.date) for e in of_type(a, "talks")] == [("talks", "2024-09-11")]


def test_deputies_working_the_same_day_as_their_ministers_are_another_session():
    a = article(
        "Sáng 1/10/2024, tại Hà Nội, Bộ trưởng Đào Ngọc Dung hội đàm với Bộ trưởng Heng Sour.\n\n"
        "Thứ trưởng Nguyễn Bá Hoan làm việc với ông Sam Sokhom về lao động di cư chiều 1/10. (Ảnh: Hải Nguyễn)"
    )
    talks = sorted(names(e) for e in of_type(a, "talks"))
    assert talks == [["Heng Sour", "Đào Ngọc Dung"], ["Nguyễn Bá Hoan", "Sam Sokhom"]]


def test_a_meeting_the_sides_agree_to_hold_is_its_named_chairs():
    a = article(
        "Sáng 9/4/2024, tại Cao Lãnh, ông Phạm Thiện Nghĩa hội đàm với Đoàn đại biểu tỉnh Prey Veng do ông Ouk Phalla, "
        "Tỉnh trưởng, dẫn đầu.\n\n"
        "Hai bên thống nhất tổ chức Hội nghị sơ kết vào tháng 5 tới tại TP. Cao Lãnh, do ông Đoàn Tấn Bửu chủ trì.\n\n"
        "Theo kế hoạch, chiều 10/4, đoàn sẽ được ông Lê Quốc Phong tiếp thân mật."
    )
    got = {e.type: names(e) for e in a.events}
    assert got["conference"] == ["Đoàn Tấn Bửu"]
    assert got["reception"] == ["Lê Quốc Phong", "Ouk Phalla"]
    assert "Cao Lãnh" not in [p.name for p in a.people]


def test_places_after_a_ministry_in_brackets_a_district_and_its_province_and_a_visit_destination():
    a = article(
        "Sáng 9/5/2023, tại trụ sở Bộ Lao động - Thương binh và Xã hội (Hà Nội), Bộ trưởng Đào Ngọc Dung hội đàm với "
        "Bộ trưởng Lao động Lào Phôxay Sayasone.\n\n"
        "Sáng 5/1/2023, tại huyện Pẹc, tỉnh Xiêng Khoảng (Lào), ông Hầu A Lềnh chủ trì hội nghị với ông Pheng Xay Lo.\n\n"
        "Ngày 10/5, Bộ trưởng Phôxay Sayasone và đoàn sẽ về Nghệ An trước khi về nước."
    )
    got = {e.type: e.place for e in a.events}
    assert got == {"talks": "Hà Nội", "conference": "Pẹc", "visit": "Nghệ An"}  # (the district, nearer than its province)


def test_signings_told_after_talks_after_history_online_and_in_the_passive():
    a = article(
        "Sáng 17/10/2023, tại Viêng Chăn, đồng chí Khamphan Phommathat hội đàm với đồng chí Trần Cẩm Tú.\n\n"
        "Tháng 7/2019, đồng chí Trần Cẩm Tú và đồng chí Bounthong Chitmany đã ký Kế hoạch hợp tác giai đoạn 2019 - 2021.\n\n"
        "Kết thúc hội đàm, hai đồng chí Chủ nhiệm đã ký Kế hoạch hợp tác giai đoạn 2024 - 2028."
    )
    assert sorted(e.date for e in of_type(a, "signing")) == ["2019-07", "2023-10-17"]
    online = article(
        "Chiều 14/11/2023, hai Tổng Liên đoàn tổ chức họp trực tuyến. Chủ trì tại điểm cầu Hà Nội là đồng chí "
        "Nguyễn Đình Khang; tại điểm cầu Viêng Chăn là đồng chí Phô-xay Xay-nha-xỏn.\n\n"
        "Thỏa thuận hợp tác giai đoạn 2019 - 2023 được đồng chí Nguyễn Đình Khang và đồng chí Phô-xay Xay-nha-xỏn "
        "ký tại Hà Nội vào tháng 2/2019. Ngay tại hội nghị, hai đồng chí Chủ tịch đã ký trực tuyến Biên bản gia hạn."
    )
    assert sorted(e.date for e in of_type(online, "signing")) == ["2019-02", "2023-11-14"]


def test_the_same_day_is_not_a_day_planned_ahead_and_two_ceremonies_are_two():
    a = article(
        "Chiều 12/9/2023, tại Viêng Chăn, đồng chí Lương Quốc Đoàn làm việc với Bộ trưởng Phet Phomphiphak. "
        "Lễ ký Chương trình dự kiến ngày 15/12 tại Hà Nội, do hai đồng chí đồng chủ trì.\n\n"
        "Cùng ngày, đồng chí Thoong-xa-vẳn Phôm-vi-hản đã tiếp đồng chí Lương Quốc Đoàn.\n\n"
        "Sáng 11/12/2024, tại bản Huổi Hốc, ông Nguyễn Hữu Đông và ông Khăm-phăn Xi-thi-đăm-pha dự lễ khánh thành "
        "trường học. Cùng sáng 11/12, Hội Liên hiệp Phụ nữ hai tỉnh tổ chức lễ trao học bổng do bà Cầm Thị Hằng và "
        "bà Đuông-chăn Vi-lạ-xắc chủ trì."
    )
    assert [e.date for e in of_type(a, "reception")] == ["2023-09-12"]
    assert len([e for e in of_type(a, "conference") if e.date == "2024-12-11"]) == 2


@pytest.mark.parametrize(
    "header, published",
    [
        ("2024-10-09 16:05:00", "2024-10-09"),
        ("Thứ Năm, 12 Tháng 12 2024 21:10", "2024-12-12"),
        ("Đăng ngày: 06.03.2025 - 08:15   |   Biên tập viên: Phon-xay", "2025-03-06"),
        ("Hôm nay: Thứ Hai, 02/12/2024\nNgày xuất bản: 29/11/2024   |   Lượt xem: 812", "2024-11-29"),
        ("Thứ Hai, ngày 9/6/2025   Âm lịch: 14/5 Ất Tỵ\n7/6/2025 lúc 08:40   |   Lượt xem: 312", "2025-06-07"),
        ("Thứ Hai, 9/6/2025\nThứ Bảy, 07/06/2025, 08:40 (GMT+7)", "2025-06-07"),
        ("Thứ hai, 09/06/2025   Viêng Chăn 31°C\nThứ bảy, 07/06/2025 - 08:40", "2025-06-07"),
        ("Cập nhật: 07/06/2025 – 08:40   |   Biên dịch: Sokha", "2025-06-07"),
        ("Ngày đăng: 07/06/2025 | 08:40   Lượt xem: 1.312", "2025-06-07"),
        ("7 Tháng 6, 2025 | 8:40 sáng\nLượt xem: 312", "2025-06-07"),
        ("Đăng ngày Tháng Sáu 7, 2025 bởi Minh Thu", "2025-06-07"),
        ("Đăng bởi: Admin | 07/06/2025", "2025-06-07"),
        ("Đại sứ quán Hoàng gia Campuchia tại Hà Nội | Tin hoạt động | 07/06/2025", "2025-06-07"),
        ("Ngày đăng: 07/06/2025   |   Người đăng: Ban HTQT   |   Lượt xem: 734", "2025-06-07"),
        ("Ngày 07/06/2025 | Số lượt xem: 1.046", "2025-06-07"),
        # an update stamped just under the page's date; an archive's last update over the date of posting
        ("Thứ Bảy, 07/06/2025, 08:15 (GMT+7)\n[ Cập nhật lúc 08/06/2025 07:40 ]", "2025-06-07"),
        ("Cập nhật lần cuối: 05/08/2025 16:02\nTrang chủ > Lưu trữ > Tin đối ngoại\n\nTiêu đề\nNgày đăng: 07/06/2025",
         "2025-06-07"),
        ("Thứ Hai, 09/06/2025\nNguồn: QĐND Online · 07/06/2025 11:45 · 1.862 lượt đọc", "2025-06-07"),
        ("07/06/2025 08:40 · Hải Yến/VOV.VN", "2025-06-07"),
        ("07/06/2568 • 08:40 • Đọc trong 3 phút", "2025-06-07"),
        # a bilingual page's date with its other half before it; a page's line of date, writer and views
        ("ວັນທີ 07/06/2025 | Ngày 07/06/2025", "2025-06-07"),
        ("ថ្ងៃសៅរ៍ ទី៧ ខែមិថុនា ឆ្នាំ២០២៥ / Thứ Bảy, 07/06/2025", "2025-06-07"),
        ("Ngày đăng: 07/06/2025 | Người viết: Ban Hợp tác quốc tế | Lượt xem: 512", "2025-06-07"),
        # a press release's date left in English, on a line of its own or after the place
        ("THÔNG CÁO BÁO CHÍ\n7 June 2025", "2025-06-07"),
        ("Đại sứ quán Lào tại Việt Nam - Tin hoạt động\nHanoi, 7 June 2025", "2025-06-07"),
    ],
)
def test_publication_dates_in_the_forms_portals_print(header, published):
    a = article(f"Hai bên hợp tác\n{header}\n\nSáng 5/3, Bộ trưởng A hội đàm với Bộ trưởng B.")
    assert a.published == published


def test_a_dateline_without_its_outlet_and_an_anniversarys_span():
    a = article(
        "Hợp tác du lịch\n\nXiêm Riệp, ngày 12/12/2024 – H.E. Huot Hak đã hội đàm với Thứ trưởng Hồ An Phong vào chiều 11/12.\n\n"
        "Nhân dịp kỷ niệm 99 năm Ngày Báo chí cách mạng Việt Nam (21/6/1925 - 21/6/2024), Đoàn đại biểu Hội Nhà báo Lào "
        "do ông Savankhone Razmountry dẫn đầu thăm Việt Nam từ ngày 17 đến 21/6/2024."
    )
    assert a.published == "2024-12-12"
    assert sorted((e.type, e.date) for e in a.events) == [("talks", "2024-12-11"), ("visit", "2024-06-17")]


def test_an_agencys_lead_opening_with_its_full_date_then_a_dash_dates_the_report():
    a = article(
        "Phó Thủ tướng Lào tiếp Đoàn Bộ Tư pháp\n\n(KPL) Ngày 14/6/2021 - Chiều hôm qua, tại Viêng Chăn, Phó Thủ tướng "
        "Xổm-đi Đuông-đi đã tiếp Thứ trưởng Bộ Tư pháp Việt Nam Phan Chí Hiếu."
    )
    assert a.published == "2021-06-14"
    assert [(e.type, e.date) for e in a.events] == [("reception", "2021-06-13")]


def test_people_named_in_a_quoted_speech_are_at_what_the_quote_tells_not_where_it_was_said():
    a = article(
        "Sáng 2/12/2025, tại Phủ Chủ tịch, Chủ tịch nước Lương Cường đã tiếp Đại sứ Lào Khăm-phảo Ơn-thăn-vông.\n\n"
        "Phát biểu tại buổi tiếp, Chủ tịch nước nhắc lại: “Ngày 5-9-1962, tại Hà Nội, Bộ trưởng Ung Văn Khiêm và "
        "Bộ trưởng Quinim Pholsena đã ký Nghị định thư thiết lập quan hệ ngoại giao”."
    )
    assert names(of_type(a, "reception")[0]) == ["Khăm-phảo Ơn-thăn-vông", "Lương Cường"]
    signing = of_type(a, "signing")
    assert [(e.date, names(e)) for e in signing] == [("1962-09-05", ["Quinim Pholsena", "Ung Văn Khiêm"])]


def test_a_meeting_put_off_is_dated_on_the_day_it_was_moved_to():
    a = article(
        "Sáng 3/10/2024, Thứ trưởng Đỗ Hùng Việt đã tiếp Đại sứ Lào Khăm-phảo Ơn-thăn-vông. Đại sứ cho biết, Hội nghị "
        "sơ kết hợp tác giữa hai Bộ năm 2024 do Thứ trưởng Đỗ Hùng Việt và Thứ trưởng Phoxay Khaykhamphithoune đồng "
        "chủ trì, ban đầu dự kiến tổ chức tại Viêng Chăn vào ngày 20/10, sẽ được lùi sang ngày 12/11/2024."
    )
    assert [e.date for e in of_type(a, "conference")] == ["2024-11-12"]
    b = article(
        "Sáng 9/12/2019, Đại tướng Ngô Xuân Lịch hội đàm với Đại tướng Tea Banh. Hai bên thống nhất, Đối thoại chính "
        "sách quốc phòng lần thứ ba, vốn dự kiến tổ chức cuối tháng 11 vừa qua nhưng phải hoãn, sẽ được tổ chức vào "
        "tháng 3-2020 do Thượng tướng Nguyễn Chí Vịnh và Đại tướng Neang Phat đồng chủ trì."
    )
    assert [e.date for e in of_type(b, "conference")] == ["2020-03"]


def test_a_dateline_on_a_line_of_its_own_with_the_agencys_tag_dates_the_report():
    a = article(
        "Hai Thủ tướng dự lễ khởi công\n\nViêng Chăn, 9/1/2022 (TTXVN/Vietnam+)\n\nSáng 9/1, tại Thủ đô Viêng Chăn, "
        "Thủ tướng Phạm Minh Chính và Thủ tướng Phăn-khăm Vi-pha-vẳn đã dự Lễ khởi công Công viên Hữu nghị."
    )
    assert a.published == "2022-01-09"
    assert [(e.type, e.date) for e in a.events] == [("conference", "2022-01-09")]


def test_the_host_who_welcomes_a_delegations_visit_is_not_on_it():
    a = article(
        "Sáng 17/10/2023, tại Hà Tĩnh, ông Trần Tú Anh, Chủ tịch HĐND tỉnh đã hội đàm với Đoàn đại biểu HĐND tỉnh "
        "Bô-ly-khăm-xay do ông Bun-thoong Xỉ-xổm-bắt dẫn đầu.\n\nThay mặt lãnh đạo tỉnh, Bí thư Tỉnh ủy Hoàng Trung Dũng "
        "chào mừng Đoàn sang thăm, làm việc tại Hà Tĩnh từ ngày 17 đến 19/10/2023."
    )
    assert [names(e) for e in of_type(a, "visit")] == [["Bun-thoong Xỉ-xổm-bắt"]]


def test_goods_sent_to_a_country_are_no_visit():
    a = article(
        "Sáng 18/12/2024, tại Quảng Nam, ông Đoàn Văn Lực và ông Khăm-phai Vông-xu-văn dự lễ khánh thành đường dây 500 kV. "
        "Ông Khăm-phai Vông-xu-văn đánh giá, việc đóng điện góp phần hiện thực hóa mục tiêu Lào xuất khẩu 5.000 MW "
        "điện sang Việt Nam vào năm 2030."
    )
    assert of_type(a, "visit") == [] and len(of_type(a, "conference")) == 1


def test_relative_days_count_from_the_day_a_report_was_filed_not_the_day_of_its_page():
    a = article(
        "Hai Bộ tăng cường hợp tác\n\nThứ Tư, 15-6-2005\n\nHÀ NỘI, 14-6 - Chiều 14-6, Bộ trưởng Lê Hồng Anh đã hội "
        "đàm với Bộ trưởng Bộ An ninh Lào Xổm-ban Lạ-phăn-xay. Sáng mai, Thủ tướng Phan Văn Khải sẽ tiếp Bộ trưởng "
        "Xổm-ban Lạ-phăn-xay."
    )
    assert a.published == "2005-06-15"
    assert [(e.type, e.date) for e in a.events] == [("talks", "2005-06-14"), ("reception", "2005-06-15")]


def test_a_minister_leading_a_working_team_to_a_province_is_a_visit():
    a = article(
        "Trong hai ngày 5 - 6/4/2025, Bộ trưởng Bộ Xây dựng Trần Hồng Minh dẫn đầu đoàn công tác làm việc tại Hà Tĩnh "
        "về các dự án giao thông kết nối với Lào. Cùng đi có Thứ trưởng Lê Anh Tuấn."
    )
    assert [(e.date, e.end_date, e.place, names(e)) for e in of_type(a, "visit")] == [
        ("2025-04-05", "2025-04-06", "Hà Tĩnh", ["Lê Anh Tuấn", "Trần Hồng Minh"])]


def test_a_meeting_named_with_its_own_past_month_is_an_event_of_that_month():
    a = article(
        "Sáng 12/7/2023, tại Viêng Chăn, Bộ trưởng Nguyễn Văn Thắng đã hội đàm với Bộ trưởng Viêng-xạ-vắt Xi-phăn-đon.\n\n"
        "Tại Kỳ họp lần thứ 45 Ủy ban liên Chính phủ hồi tháng 1-2023 ở Viêng Chăn, do Thủ tướng Phạm Minh Chính và "
        "Thủ tướng Xỏn-xay Xi-phăn-đon đồng chủ trì, hai bên đã thống nhất ưu tiên tuyến cao tốc."
    )
    assert [(e.date, names(e)) for e in of_type(a, "conference")] == [("2023-01", ["Phạm Minh Chính", "Xỏn-xay Xi-phăn-đon"])]


def test_a_year_opening_a_clause_after_a_colon_dates_what_follows():
    a = article(
        "Sáng 16/12/2024, tại Đồng Hới, ông Đinh Hữu Tài hội đàm với ông Phết-xạ-vắt Vông-xổm-phu.\n\n"
        "Thỏa thuận giai đoạn 2020 - 2024 ra đời từ một cuộc hội đàm: năm 2019, tại thành phố Đồng Hới, ông Phạm Đăng "
        "Tiến và ông Khăm-lạ Phôm-mạ-xắc đã ký Thỏa thuận này."
    )
    assert ("signing", "2019") in [(e.type, e.date) for e in a.events]


def test_a_ceremony_whose_guests_are_named_in_the_next_sentence():
    a = article(
        "Sáng 20/6/2025, tại huyện Nam Giang, UBND tỉnh Quảng Nam tổ chức lễ khánh thành nhà lưu trú cho học sinh Lào. "
        "Ông Lê Văn Dũng và ông Bua-xỏn Vông-xay cắt băng khánh thành công trình."
    )
    assert [(e.type, e.date, names(e)) for e in a.events] == [
        ("conference", "2025-06-20", ["Bua-xỏn Vông-xay", "Lê Văn Dũng"])]


def test_the_same_day_is_the_last_day_named_even_by_a_sentence_with_no_event():
    a = article(
        "Chiều 26/3/2025, tại Hà Nội, Đại sứ Khamphao Ernthavanh gặp mặt Đoàn do ông Khăm-phăn Phơi-nhạ-vông dẫn đầu.\n\n"
        "Ngày 27/3, Đoàn đến dâng hương tại Khu di tích Pác Bó. Cùng ngày, tại thành phố Cao Bằng, ông Nông Văn Tuấn "
        "đã tiếp Đoàn."
    )
    assert [e.date for e in of_type(a, "reception") if "Nông Văn Tuấn" in [p.name for p in e.participants]] == [
        "2025-03-27"]


def test_a_courtesy_call_before_the_talks_and_the_evening_banquet_are_two_receptions():
    a = article(
        "Sáng 9/12/2024, tại Kampong Cham, Trung tướng Nguyễn Trường Thắng đã hội đàm với Trung tướng Meas Sovannarith. "
        "Trước hội đàm, Đoàn đã đến chào xã giao Ngài Un Chanda, Tỉnh trưởng tỉnh Kampong Cham.\n\n"
        "Tối cùng ngày, Trung tướng Meas Sovannarith chủ trì tiệc chiêu đãi Trung tướng Nguyễn Trường Thắng."
    )
    receptions = sorted(names(e) for e in of_type(a, "reception"))
    assert receptions == [["Meas Sovannarith", "Nguyễn Trường Thắng"], ["Nguyễn Trường Thắng", "Un Chanda"]]


def test_a_banquet_right_after_arrival_is_an_event_and_a_signing_after_covid_is_history():
    a = article(
        "Tối 4/3/2025, ngay sau khi Đoàn đến thành phố Pắc-xan, đồng chí Khăm-xay Xỉ-ha-lạt chủ trì tiệc chiêu đãi "
        "Đoàn đại biểu tỉnh Nghệ An do đồng chí Nguyễn Đức Trung dẫn đầu.\n\n"
        "Hai bên khẳng định hợp tác sôi nổi từ năm 2022, sau khi đại dịch được kiểm soát và Đảng bộ, chính quyền hai "
        "tỉnh đã ký kết Thỏa thuận hợp tác giai đoạn mới."
    )
    assert [(e.type, e.date) for e in a.events] == [("reception", "2025-03-04")]


def test_a_host_named_with_titles_after_an_arrival_clause_receives_the_delegation_and_a_launch_is_a_ceremony():
    a = article(
        "Tối 8/5/2023, ngay sau khi đoàn đến thị xã Phôn-xa-vẳn, ông Xổm-phăn Kẹo-ma-ni, Phó Tỉnh trưởng tỉnh "
        "Xiêng Khoảng, đã tiếp đoàn của Đại tá Trần Quang Hưng.\n\n"
        "Lễ khởi động đợt tập huấn được tổ chức tại huyện Khăm vào sáng 9/5, với sự tham dự của Đại tá Trần Quang Hưng "
        "và ông Bun-mi Xay-nha-vông, Huyện trưởng huyện Khăm."
    )
    assert [(e.type, e.date, names(e)) for e in a.events] == [
        ("reception", "2023-05-08", ["Trần Quang Hưng", "Xổm-phăn Kẹo-ma-ni"]),
        ("conference", "2023-05-09", ["Bun-mi Xay-nha-vông", "Trần Quang Hưng"])]


def test_a_provinces_delegation_with_no_named_head_is_led_by_that_provinces_official():
    a = article(
        "Ngày 9/4/2024, tại thành phố Pắc-xế, ông Xổm-phăn Kẹo-vông, Phó Tỉnh trưởng tỉnh Chăm-pa-xắc và ông Lê Hữu "
        "Tình, Phó Chủ tịch UBND tỉnh Quảng Nam đã đồng chủ trì hội đàm.\n\n"
        "Đoàn đại biểu tỉnh Quảng Nam thăm và làm việc tại tỉnh Chăm-pa-xắc từ ngày 8 đến 10/4."
    )
    (visit,) = of_type(a, "visit")
    assert (visit.date, visit.end_date, names(visit)) == ("2024-04-08", "2024-04-10", ["Lê Hữu Tình"])


def test_a_site_tour_told_with_a_bare_verb_is_a_visit():
    a = article(
        "Chiều 10/5/2024, Đoàn đại biểu tỉnh Bô-ly-khăm-xay do ông Phon-xay Lít-ta-vông dẫn đầu đã hội đàm với "
        "lãnh đạo tỉnh Hà Tĩnh.\n\n"
        "Sáng 11/5, Đoàn đại biểu tỉnh Bô-ly-khăm-xay khảo sát Khu kinh tế cửa khẩu quốc tế Cầu Treo trước khi về nước."
    )
    assert [(e.date, names(e)) for e in of_type(a, "visit")] == [("2024-05-11", ["Phon-xay Lít-ta-vông"])]
    b = article(
        "Sáng 11/5/2024, Đoàn đại biểu tỉnh Bô-ly-khăm-xay do ông Phon-xay Lít-ta-vông dẫn đầu hội đàm với lãnh đạo "
        "tỉnh Hà Tĩnh.\n\nChiều 11/5, Đoàn tham quan Trung tâm Phục vụ hành chính công tỉnh."
    )
    assert [(e.date, names(e)) for e in of_type(b, "visit")] == [("2024-05-11", ["Phon-xay Lít-ta-vông"])]


def test_a_celebration_ceremony_with_its_guests_in_the_next_sentence():
    a = article(
        "Tối 12-4-2023, tại Hà Nội, Đại sứ quán Lào tại Việt Nam tổ chức Lễ mừng Tết Bunpimay cho lưu học sinh Lào. "
        "Dự buổi lễ có Đại sứ Lào tại Việt Nam Khampheng Saysompheng; Thứ trưởng Ngô Thị Minh."
    )
    assert [(e.type, e.date, names(e)) for e in a.events] == [
        ("conference", "2023-04-12", ["Khampheng Saysompheng", "Ngô Thị Minh"])]


def test_when_a_work_is_due_does_not_date_its_groundbreaking():
    a = article(
        "Từ ngày 4 đến 6-9-2024, Bộ trưởng Nguyễn Văn Hùng thăm Lào.\n\n"
        "Ngày cuối của chuyến thăm (6-9), tại tỉnh Hủa Phăn, Bộ trưởng Nguyễn Văn Hùng và Bộ trưởng Suan Silyphone "
        "dự Lễ khởi công Trường học hữu nghị, công trình dự kiến hoàn thành vào tháng 8-2025."
    )
    assert [(e.date, names(e)) for e in of_type(a, "conference")] == [
        ("2024-09-06", ["Nguyễn Văn Hùng", "Suan Silyphone"])]


def test_a_session_in_progress_named_as_the_occasion_is_no_event():
    a = article(
        "Sáng 12/6/2024, Chủ tịch Quốc hội Trần Thanh Mẫn hội đàm với Chủ tịch Quốc hội Lào Xay-xổm-phon Phôm-vi-hản. "
        "Chủ tịch Quốc hội Trần Thanh Mẫn chào mừng Chủ tịch Quốc hội Lào thăm Việt Nam đúng dịp Quốc hội Việt Nam "
        "đang tiến hành Kỳ họp thứ 7."
    )
    assert [e.type for e in a.events] == ["talks"]


def test_attendees_listed_side_by_side_in_several_sentences_attend_every_act():
    a = article(
        "Sáng 5/6/2024, tại thành phố Vinh, Trường Đại học Vinh tổ chức Lễ tốt nghiệp cho lưu học sinh Lào, đồng thời "
        "ký kết Biên bản ghi nhớ hợp tác với Sở Giáo dục tỉnh Xiêng Khoảng. Về phía Lào có ông Xổm-phon Vông-khăm, "
        "Giám đốc Sở Giáo dục tỉnh Xiêng Khoảng. Về phía tỉnh Nghệ An có ông Lê Văn Quang, Giám đốc Sở Ngoại vụ."
    )
    assert [(e.type, names(e)) for e in a.events] == [
        ("conference", ["Lê Văn Quang", "Xổm-phon Vông-khăm"]), ("signing", ["Lê Văn Quang", "Xổm-phon Vông-khăm"])]


def test_a_delegation_led_abroad_to_hold_a_mission_over_days_is_a_visit():
    a = article(
        "Từ ngày 3 đến 7-11-2024, Đoàn y tế Quân khu 5 do Đại tá Trần Minh Quân làm trưởng đoàn đã tổ chức khám "
        "bệnh, cấp thuốc cho người dân huyện Đác Chưng, tỉnh Sê Kông (Lào)."
    )
    assert [(e.type, e.date, e.end_date, names(e)) for e in a.events] == [
        ("visit", "2024-11-03", "2024-11-07", ["Trần Minh Quân"])]
    planned = article(
        "Theo kế hoạch, từ ngày 9 đến 13/12/2024, đoàn y, bác sĩ tỉnh Kon Tum do ông Lê Văn Hòa dẫn đầu sẽ sang khám "
        "bệnh cho người dân huyện Phu-vông."
    )
    assert [(e.type, e.date, names(e)) for e in planned.events] == [("visit", "2024-12-09", ["Lê Văn Hòa"])]


def test_a_trip_next_week_is_a_planned_visit_in_that_weeks_month():
    a = article(
        "Hà Nội, 12/6/2024 - Sáng 11/6, hai Bộ trưởng đã hội đàm trực tuyến.\n\n"
        "Tuần tới, ông Trần Quốc Việt sẽ dẫn đầu nhóm chuyên gia của Bộ sang tỉnh Chăm-pa-xắc khảo sát dự án."
    )
    assert [(e.date, names(e)) for e in of_type(a, "visit")] == [("2024-06", ["Trần Quốc Việt"])]


def test_a_visit_framed_by_a_month_in_a_year_review_takes_the_articles_year():
    a = article(
        "Trong năm 2019, hai tỉnh đã trao đổi 12 đoàn công tác.\n\n"
        "Tháng 5, Đoàn đại biểu tỉnh Quảng Bình do ông Nguyễn Hữu Hoài dẫn đầu đã thăm và làm việc tại tỉnh Khăm-muộn."
    )
    assert [(e.date, names(e)) for e in of_type(a, "visit")] == [("2019-05", ["Nguyễn Hữu Hoài"])]


def test_a_rally_held_for_an_anniversary_is_a_ceremony_of_those_attending():
    a = article(
        "Sáng 5/9/2022, tại Hà Nội, Hội Hữu nghị Việt Nam - Lào tổ chức mít tinh kỷ niệm 60 năm Ngày thiết lập "
        "quan hệ ngoại giao (5/9/1962 - 5/9/2022).\n\n"
        "Tham dự mít tinh có ông Trần Văn Nam, Phó Chủ tịch Hội; ông Khăm-phăn Vông-xay, Đại sứ Lào tại Việt Nam."
    )
    assert [(e.type, e.date, names(e)) for e in a.events] == [
        ("conference", "2022-09-05", ["Khăm-phăn Vông-xay", "Trần Văn Nam"])]


def test_who_welcomes_a_visit_is_not_on_it():
    a = article(
        "Từ ngày 17 đến 20/6/2024, Bộ trưởng Nguyễn Thanh Nghị dẫn đầu đoàn đại biểu Bộ Xây dựng thăm chính thức Campuchia.\n\n"
        "Sáng 19/6, Thủ tướng Hun Manet đã tiếp Bộ trưởng Nguyễn Thanh Nghị. Tại buổi tiếp, Thủ tướng Hun Manet hoan "
        "nghênh chuyến thăm của Đoàn."
    )
    visits = [names(e) for e in of_type(a, "visit")]
    assert visits == [["Nguyễn Thanh Nghị"]]


def test_the_end_of_the_talks_is_the_articles_talks_not_one_told_as_background():
    a = article(
        "Từ ngày 24 đến 28/3/2025, Đoàn đại biểu Ban Tuyên huấn Trung ương Đảng Nhân dân Cách mạng Lào do đồng chí "
        "Khăm-phăn Phơi-nhạ-vông dẫn đầu thăm Việt Nam theo lời mời của đồng chí Nguyễn Trọng Nghĩa.\n\n"
        "Sáng 25/3, tại Hà Nội, đồng chí Nguyễn Trọng Nghĩa đã hội đàm với đồng chí Khăm-phăn Phơi-nhạ-vông. "
        "Tham dự hội đàm có đồng chí Phan Xuân Thủy.\n\n"
        "Tháng 10/2024, tại Viêng Chăn, đồng chí Phan Xuân Thủy đã hội đàm với đồng chí Vi-lạ-phon Chăn-thạ-vông.\n\n"
        "Kết thúc hội đàm, đồng chí Phan Xuân Thủy và đồng chí Bun-lon Xay-nha-vông đã ký Bản ghi nhớ."
    )
    background = [names(e) for e in of_type(a, "talks") if e.date == "2024-10"]
    assert background == [["Phan Xuân Thủy", "Vi-lạ-phon Chăn-thạ-vông"]]


def test_twinning_two_villages_is_a_signing():
    a = article(
        "Chiều 8/4/2025, tại xã Thanh Thủy, ông Lê Văn Khải, Chủ tịch UBND xã Thanh Thủy và ông "
        "Xổm-phon Vi-lạ-vông, Trưởng bản Na Pê đã ký kết kết nghĩa giữa hai địa phương."
    )
    signings = of_type(a, "signing")
    assert [(e.date, names(e)) for e in signings] == [
        ("2025-04-08", ["Lê Văn Khải", "Xổm-phon Vi-lạ-vông"])
    ]


def test_another_document_signed_by_others_is_another_signing():
    a = article(
        "Sáng 20/5/2025, tại Đà Nẵng, Bộ trưởng Nguyễn Văn Thắng và Bộ trưởng Xổm-xạ-vạt Lềnh-xạ-vắt "
        "đồng chủ trì hội nghị.\n\n"
        "Kết thúc hội nghị, Bộ trưởng Nguyễn Văn Thắng và Bộ trưởng Xổm-xạ-vạt Lềnh-xạ-vắt đã ký Biên bản "
        "hội nghị. Hai Bộ trưởng cũng chứng kiến "
        "ông Trần Minh Hải và ông Khăm-phăn Xỉ-la-vông ký Kế hoạch hợp tác năm 2025 giữa hai Vụ."
    )
    signings = sorted(names(e) for e in of_type(a, "signing"))
    assert len(signings) == 2
    assert ["Nguyễn Văn Thắng", "Xổm-xạ-vạt Lềnh-xạ-vắt"] in signings
    assert {"Trần Minh Hải", "Khăm-phăn Xỉ-la-vông"} <= set(next(s for s in signings if "Trần Minh Hải" in s))


def test_a_second_document_signed_by_the_same_sides_is_the_same_signing():
    a = article(
        "Sáng 20/5/2025, tại Đà Nẵng, Bộ trưởng Nguyễn Văn Thắng và Bộ trưởng Xổm-xạ-vạt Lềnh-xạ-vắt "
        "đã hội đàm.\n\n"
        "Kết thúc hội đàm, hai Bộ trưởng đã ký Biên bản ghi nhớ hợp tác. Hai bên cũng ký Kế hoạch hợp tác năm 2025."
    )
    assert [e.type for e in a.events].count("signing") == 1


def test_two_co_chairs_named_together_are_the_two_sides():
    a = article(
        "Sáng 20/5/2025, tại Đà Nẵng, Bộ trưởng Nguyễn Văn Thắng và Bộ trưởng Xổm-xạ-vạt Lềnh-xạ-vắt "
        "đồng chủ trì hội nghị.\n\n"
        "Kết thúc hội nghị, hai Bộ trưởng đã ký Biên bản hội nghị. Dự lễ ký có ông Trần Minh Hải và "
        "ông Khăm-phăn Xỉ-la-vông."
    )
    (signing,) = of_type(a, "signing")
    heads = {p.name for p in signing.participants if p.role == "head"}
    assert heads == {"Nguyễn Văn Thắng", "Xổm-xạ-vạt Lềnh-xạ-vắt"}


def test_the_two_named_just_before_sign_a_document_of_their_own():
    a = article(
        "Ngày 9/10/2024, tại Pleiku, hội nghị ba tỉnh do ông Rơ Mah Tuấn và ông Thong Khăm-ma-ni đồng chủ trì. "
        "Kết thúc hội nghị, hai đồng chủ trì đã ký Biên bản ghi nhớ giai đoạn 2024 - 2027.\n\n"
        "Cùng ngày, ông Lê Văn Thành, Giám đốc Sở Y tế và ông Xỉ-xổm Bun-mi, Trưởng Ban Y tế, đã làm việc về "
        "khám chữa bệnh. Hai ông đã ký Biên bản ghi nhớ năm 2025 về đào tạo điều dưỡng."
    )
    signings = [names(e) for e in of_type(a, "signing")]
    assert ["Lê Văn Thành", "Xỉ-xổm Bun-mi"] in signings
    assert len(signings) == 2


def test_the_same_day_after_an_undated_act_is_that_acts_day():
    a = article(
        "Sáng 15/3/2025, tại Kon Tum, ông Nguyễn Đức Tuy hội đàm với ông Lít Thoong-phăn, Tỉnh trưởng tỉnh Attapeu.\n\n"
        "Đoàn tỉnh Attapeu thăm tỉnh Kon Tum từ ngày 14 - 16/3. Chiều 14/3, Đoàn đã dâng hương tại Ngục Kon Tum.\n\n"
        "Sau hội đàm, ông Nguyễn Đức Tuy và ông Lít Thoong-phăn đã ký Biên bản ghi nhớ giai đoạn 2025 - 2027.\n\n"
        "Chiều cùng ngày, ông Dương Văn Trang, Bí thư Tỉnh ủy, đã tiếp ông Lít Thoong-phăn."
    )
    (reception,) = of_type(a, "reception")
    assert reception.date == "2025-03-15"


def test_a_caption_before_the_story_takes_the_place_of_the_event_it_shows():
    a = article(
        "Hai tỉnh ký kết hợp tác\n\n"
        "Ông Trần Văn Sơn và ông Bun-khăm Vông-xay ký Biên bản ghi nhớ. Ảnh: Thu Hà\n\n"
        "Chiều 12/5/2025, tại thành phố Điện Biên Phủ, ông Trần Văn Sơn hội đàm với ông Bun-khăm Vông-xay."
    )
    (signing,) = of_type(a, "signing")
    assert (signing.date, signing.place) == ("2025-05-12", "Điện Biên Phủ")


def test_the_next_morning_is_the_day_after_the_last_one_told():
    a = article(
        "Viêng Chăn, 11/3 (TTXVN) - Chiều 9/3, Bộ trưởng Lê Minh Hoan đến Viêng Chăn. Tối cùng ngày, Bộ trưởng "
        "Phết Phôm-phi-phắc chủ trì tiệc chiêu đãi Bộ trưởng Lê Minh Hoan.\n\n"
        "Sáng hôm sau, tại trụ sở Bộ Nông nghiệp và Lâm nghiệp Lào, Bộ trưởng Lê Minh Hoan hội đàm với "
        "Bộ trưởng Phết Phôm-phi-phắc. Kết thúc hội đàm, hai Bộ trưởng đã ký Kế hoạch hợp tác năm 2025.\n\n"
        "Ngày mai (12/3), Bộ trưởng Lê Minh Hoan sẽ làm việc với lãnh đạo tỉnh Viêng Chăn do ông Lít Xay-nha-vông chủ trì."
    )
    dated = {(e.type, e.date) for e in a.events}
    assert {("talks", "2025-03-10"), ("signing", "2025-03-10"), ("talks", "2025-03-12")} <= dated


def test_site_tours_and_field_inspections_are_visits_a_memorial_is_homage():
    a = article(
        "Ngày 8/10/2024, tại Cửa khẩu Xa Mát, ông Nguyễn Hồng Thanh hội đàm với Ngài Chan Darong.\n\n"
        "Chiều cùng ngày, ông Nguyễn Hồng Thanh và Ngài Chan Darong đã kiểm tra thực địa cột mốc số 108.\n\n"
        "Sáng 9/10, Ngài Chan Darong và Đoàn đã đến tham quan vườn cây ăn trái tại huyện Tân Biên. "
        "Cùng ngày, Đoàn đã đến thăm Khu lưu niệm Chủ tịch Tôn Đức Thắng."
    )
    visits = sorted((e.date, names(e)) for e in of_type(a, "visit"))
    assert visits == [("2024-10-08", ["Chan Darong", "Nguyễn Hồng Thanh"]), ("2024-10-09", ["Chan Darong"])]


def test_a_get_together_is_a_reception_and_a_closing_a_ceremony_with_the_next_sentences_people():
    a = article(
        "Ngày 5/4/2025, tại huyện Bù Đốp, Tỉnh đoàn Bình Phước khai mạc giải bóng chuyền giao hữu. Chiều cùng ngày, "
        "anh Điểu Văn Lực chủ trì buổi gặp mặt, giao lưu với Đoàn thanh niên tỉnh Kratie do Ngài Sok Dara làm trưởng đoàn.\n\n"
        "Sáng 7/4, Ban tổ chức bế mạc giải. Anh Điểu Văn Lực và Ngài Sok Dara trao cúp cho đội vô địch."
    )
    kinds = sorted((e.type, e.date) for e in a.events)
    assert ("reception", "2025-04-05") in kinds and ("conference", "2025-04-07") in kinds
    assert not [e for e in of_type(a, "conference") if "gặp mặt" in e.evidence.text]
    (reception,) = of_type(a, "reception")
    assert {p.name for p in reception.participants} == {"Điểu Văn Lực", "Sok Dara"}


def test_a_troupe_is_no_person_and_a_contract_signing_is_a_signing():
    a = article(
        "Chiều 15/5/2025, tại Hà Nội, dưới sự chứng kiến của Thứ trưởng Trương Thanh Hoài, ông Đặng Hoàng An và "
        "ông Bun-thạ-vông Xi-vông đã ký Hợp đồng mua bán điện giai đoạn 2026 - 2035.\n\n"
        "Tối cùng ngày, Đoàn Nghệ thuật tỉnh Chăm-pa-xắc biểu diễn tại Nhà hát Lớn."
    )
    assert "Đoàn Nghệ" not in {p.name for p in a.people}
    (signing,) = of_type(a, "signing")
    assert signing.date == "2025-05-15"


def test_a_call_before_a_signing_is_dated_by_it_and_an_attendee_joins_the_reception():
    a = article(
        "Chiều 20/6/2025, tại Viêng Chăn, ông Trần Văn Nam và ông Khăm-phăn Xỉ-la-vông đã ký Biên bản ghi nhớ.\n\n"
        "Trước lễ ký, Thứ trưởng Nguyễn Thị Hồng đã tiếp Thứ trưởng Xổm-phết Vông-xa.\n\n"
        "Sáng 21/6, Bộ trưởng Xỉ-thon Kẹo-vông tiếp Thứ trưởng Nguyễn Thị Hồng. Tham dự buổi tiếp có Đại sứ Nguyễn Bá Hùng."
    )
    receptions = sorted((e.date, names(e)) for e in of_type(a, "reception"))
    assert receptions == [
        ("2025-06-20", ["Nguyễn Thị Hồng", "Xổm-phết Vông-xa"]),
        ("2025-06-21", ["Nguyễn Bá Hùng", "Nguyễn Thị Hồng", "Xỉ-thon Kẹo-vông"]),
    ]


def test_received_in_the_passive_and_two_ceremonies_of_one_day():
    a = article(
        "Hà Nội, 6/12/2024 - Chiều qua, ngay sau khi tới Hà Nội, Ngài Hem Thavy đã được Phó Thủ tướng "
        "Trần Hồng Hà tiếp tại trụ sở Chính phủ.\n\n"
        "Sáng 6/12, Ngài Hem Thavy và ông Lê Văn Lợi dự Lễ khánh thành trường học. Tối cùng ngày, "
        "Ngài Hem Thavy và ông Lê Văn Lợi dự Lễ đón năm mới của cộng đồng."
    )
    assert ("reception", "2024-12-05") in {(e.type, e.date) for e in a.events}
    assert [e.type for e in a.events if e.date == "2024-12-06"].count("conference") == 2


def test_a_provincial_government_delegation_named_again_is_its_head():
    a = article(
        "Chiều 3-6-2025, tại TP. Tây Ninh, UBND tỉnh Tây Ninh hội đàm với Đoàn đại biểu chính quyền tỉnh Svay Rieng "
        "do Ngài Men Vibol, Tỉnh trưởng tỉnh Svay Rieng làm Trưởng đoàn.\n\n"
        "Tối cùng ngày, ông Nguyễn Văn Sơn, Bí thư Tỉnh ủy Tây Ninh đã tiếp và chiêu đãi Đoàn đại biểu tỉnh Svay Rieng."
    )
    (reception,) = of_type(a, "reception")
    assert {p.name for p in reception.participants} == {"Nguyễn Văn Sơn", "Men Vibol"}


def test_signers_named_at_a_second_signing_make_it_another_even_when_it_was_told_first():
    a = article(
        "Sáng 18/3/2025, tại Phnôm Pênh, Bộ trưởng Nguyễn Văn Thắng hội đàm với Phó Thủ tướng Aun Pornmoniroth.\n\n"
        "Cùng ngày, dưới sự chứng kiến của hai Trưởng đoàn, Cục trưởng Nguyễn Văn Thọ và Tổng cục trưởng Kun Nhim "
        "đã ký Kế hoạch hành động năm 2025.\n\n"
        "Sau hội đàm, Bộ trưởng Nguyễn Văn Thắng và Phó Thủ tướng Aun Pornmoniroth đã ký Bản ghi nhớ giai đoạn 2025 - 2030."
    )
    signings = [names(e) for e in of_type(a, "signing")]
    assert len(signings) == 2
    assert ["Aun Pornmoniroth", "Nguyễn Văn Thắng"] in signings


def test_places_at_a_border_gate_a_districts_ground_and_a_square_of_a_city():
    a = article(
        "Sáng 12/7/2024, tại Cửa khẩu quốc tế Hoa Lư, ông Trần Tuệ Hiền hội đàm với Ngài Chan Darong.\n\n"
        "Chiều 13/7, tại Sân vận động huyện Lộc Ninh, ông Trần Tuệ Hiền và Ngài Chan Darong dự lễ khai mạc giải bóng đá.\n\n"
        "Tối 14/7, tại Quảng trường Bạch Đằng, TP. Sóc Trăng, ông Lâm Văn Mẫn và Ngài Chan Darong dự lễ khai mạc Lễ hội đua ghe."
    )
    assert [(e.date, e.place) for e in a.events] == [
        ("2024-07-12", "Hoa Lư"), ("2024-07-13", "Lộc Ninh"), ("2024-07-14", "Sóc Trăng")]


def test_those_at_the_opening_join_the_opening_not_the_closing():
    a = article(
        "Ngày 2/4/2025, tại huyện Bù Gia Mập, hai tỉnh khai mạc hội thao biên giới.\n\n"
        "Dự lễ khai mạc có anh Điểu Văn Lực, Bí thư Tỉnh đoàn; ông Trần Văn Hòa, Phó Chủ tịch UBND huyện "
        "và Ngài Sok Dara, Phó Chủ tịch UYFC tỉnh Kratie.\n\n"
        "Chiều 4/4, Ban tổ chức bế mạc hội thao. Anh Điểu Văn Lực và Ngài Sok Dara trao cúp cho các đội."
    )
    by_day = {e.date: {p.name for p in e.participants} for e in of_type(a, "conference")}
    assert "Trần Văn Hòa" in by_day["2025-04-02"] and "Trần Văn Hòa" not in by_day["2025-04-04"]


def test_at_the_same_time_is_the_same_day_and_a_three_sided_meeting_to_come_names_no_one():
    a = article(
        "Ngày 25/4/2024, tại thành phố Kon Tum, ông Lê Ngọc Tuấn và ông Xổm-phết Vông-xay đồng chủ trì hội nghị ba bên.\n\n"
        "Cùng thời điểm, ông Nguyễn Văn Lộc và ông Bou Sopheak có buổi làm việc về thương mại biên giới.\n\n"
        "Hội nghị ba bên lần thứ 5 dự kiến được tổ chức vào tháng 4/2025 tại tỉnh Ratanakiri."
    )
    kinds = sorted((e.type, e.date) for e in a.events)
    assert ("talks", "2024-04-25") in kinds
    assert ("conference", "2025-04") not in kinds


def test_both_sides_signing_after_a_meeting_of_others_are_that_meetings_co_chairs():
    a = article(
        "Trong chuyến thăm Vân Nam, chiều 28/3/2023, đồng chí Đặng Xuân Phong, Bí thư Tỉnh ủy Lào Cai đã hội kiến "
        "đồng chí Vương Ninh, Bí thư Tỉnh ủy Vân Nam.\n\n"
        "Sáng 29/3, đồng chí Trịnh Xuân Trường, Chủ tịch UBND tỉnh Lào Cai và đồng chí Vương Dữ Ba, Tỉnh trưởng tỉnh "
        "Vân Nam đồng chủ trì Hội nghị Nhóm công tác liên hợp. Hai bên đã ký Biên bản hội nghị."
    )
    (signing,) = of_type(a, "signing")
    assert {p.name for p in signing.participants} == {"Trịnh Xuân Trường", "Vương Dữ Ba"}


def test_a_meeting_opening_a_sentence_with_its_own_two_days_is_that_planned_meeting():
    a = article(
        "Chiều 14/4/2025, Bộ trưởng Nguyễn Hải Ninh điện đàm với Bộ trưởng Phaivy Siboualipha.\n\n"
        "Hội nghị sẽ được tổ chức trong hai ngày 26 và 27/6 tại tỉnh Xiêng Khoảng, do Thứ trưởng Nguyễn Thanh Tịnh "
        "và Thứ trưởng Sisoulin Phankhamxay đồng chủ trì."
    )
    (conference,) = of_type(a, "conference")
    assert (conference.date, conference.end_date) == ("2025-06-26", "2025-06-27")


def test_a_call_after_the_next_day_told_in_passing_is_on_that_day():
    a = article(
        "Chiều 8-11-2023, đồng chí Trần Tuấn Anh, Trưởng Ban Kinh tế Trung ương đã tiếp Đoàn Bộ Kế hoạch và Đầu tư Lào "
        "do Thứ trưởng Khamsavanh Phoumaly dẫn đầu.\n\n"
        "Sáng hôm sau (9-11), Đoàn đến tỉnh Bắc Ninh tìm hiểu mô hình khu công nghiệp. Ông Lưu Đình Hậu, Phó Chủ tịch "
        "UBND tỉnh Bắc Ninh đã tiếp Đoàn."
    )
    receptions = sorted((e.date, names(e)) for e in of_type(a, "reception"))
    assert receptions == [("2023-11-08", ["Khamsavanh Phoumaly", "Trần Tuấn Anh"]),
                          ("2023-11-09", ["Khamsavanh Phoumaly", "Lưu Đình Hậu"])]


def test_courtesy_calls_on_two_leaders_the_same_day_and_a_signing_after_the_talks_of_its_signers():
    a = article(
        "Từ ngày 29/6 đến 2/7/2024, Đoàn Hội Cựu chiến binh Việt Nam do Thượng tướng Nguyễn Văn Được dẫn đầu thăm Campuchia.\n\n"
        "Ngày 30/6, tại Svay Rieng, Thượng tướng Nguyễn Văn Được và Đoàn đã làm việc với ông Ouk Sarin.\n\n"
        "Sáng 1/7, tại Phnôm Pênh, Thượng tướng Nguyễn Văn Được hội đàm với Đại tướng Chhoeun Rithy. Kết thúc hội đàm, "
        "Thượng tướng Nguyễn Văn Được và Đại tướng Chhoeun Rithy đã ký Biên bản ghi nhớ giai đoạn 2024 - 2029.\n\n"
        "Chiều 1/7, Thượng tướng Nguyễn Văn Được hội kiến Samdech Hun Sen. Chiều cùng ngày, Thượng tướng Nguyễn Văn Được "
        "đã chào xã giao Samdech Khuon Sudary."
    )
    assert [e.date for e in of_type(a, "signing")] == ["2024-07-01"]
    receptions = [names(e) for e in of_type(a, "reception")]
    assert sorted(receptions) == [["Hun Sen", "Nguyễn Văn Được"], ["Khuon Sudary", "Nguyễn Văn Được"]]


def test_a_ceremony_whose_people_open_the_next_paragraph_and_a_twinning_ceremony():
    a = article(
        "ĐỨC CƠ - Sáng 10/4/2024, tại Cửa khẩu quốc tế Lệ Thanh, UBND huyện Đức Cơ tổ chức lễ trao tặng 20 tấn gạo "
        "cho người dân huyện O Yadav.\n\n"
        "Ông Rơ Châm Thuận, Chủ tịch UBND huyện Đức Cơ đã trao quà cho Ngài Leng Sarin, Phó Huyện trưởng huyện O Yadav.\n\n"
        "Sáng 12/4, tại bản Na Ư, huyện Điện Biên tổ chức lễ kết nghĩa giữa hai bản. Dự lễ có ông Lò Văn Pọm và "
        "ông Thoong-vắn Xi-la-vông."
    )
    ceremonies = {e.date: names(e) for e in of_type(a, "conference")}
    assert ceremonies == {"2024-04-10": ["Leng Sarin", "Rơ Châm Thuận"],
                          "2024-04-12": ["Lò Văn Pọm", "Thoong-vắn Xi-la-vông"]}


def test_the_delegation_visiting_is_its_head():
    a = article(
        "Chiều 11/3/2024, tại thị trấn Plei Kần, huyện Ngọc Hồi hội đàm với Đoàn đại biểu huyện Phu-vông do đồng chí "
        "Phon-xắc In-thi-đeng, Bí thư Huyện ủy, làm Trưởng đoàn. Đoàn thăm và làm việc tại huyện Ngọc Hồi từ ngày 11 đến 12/3."
    )
    (visit,) = of_type(a, "visit")
    assert (visit.date, visit.end_date, [p.name for p in visit.participants]) == (
        "2024-03-11", "2024-03-12", ["Phon-xắc In-thi-đeng"])


def test_places_at_posts_of_border_gates_villages_and_towns_reached():
    a = article(
        "Ngày 13/11/2024, tại Đồn Biên phòng Cửa khẩu quốc tế Dinh Bà (huyện Tân Hồng), Đại tá Huỳnh Văn Tám hội đàm "
        "với Đại tá Keat Sovann.\n\n"
        "Sáng 14/11, tại bản Nậm Phao, huyện Khăm-cợt, ông Võ Văn Lam và ông Xỉ-xạ-vắt Khăm-pha dự lễ khánh thành trường học.\n\n"
        "Chiều 15/11, ngay sau khi Đoàn đến thành phố Sen Monorom, Ngài Meas Sokha đã tiếp Đại tá Huỳnh Văn Tám."
    )
    assert [(e.type, e.place) for e in a.events] == [
        ("talks", "Dinh Bà"), ("conference", "Khăm-cợt"), ("reception", "Sen Monorom")]


def test_a_wire_dateline_without_its_year_takes_the_year_of_the_body():
    a = article(
        "Hai Ban ký kế hoạch hợp tác\n\n"
        "Viêng Chăn, 16/1 (TTXVN) - Chiều 16/1, Chủ tịch nước Thongloun Sisoulith tiếp đồng chí Phan Đình Trạc. "
        "Đoàn thăm Lào từ ngày 14 đến 18/1/2024."
    )
    assert a.published == "2024-01-16"
    assert [(e.type, e.date) for e in of_type(a, "reception")] == [("reception", "2024-01-16")]
    undated = article("Tin hợp tác\n\nViêng Chăn, 16/1 (TTXVN) - Chiều 16/1, Chủ tịch nước Thongloun Sisoulith tiếp đoàn.")
    assert undated.published is None


def test_leaders_whose_consensus_is_cited_are_not_there_and_a_delegation_named_short_is_its_head():
    a = article(
        "Chiều 11/3/2024, tại thị trấn Plei Kần, huyện Ngọc Hồi hội đàm với Đoàn đại biểu huyện Phu-vông, tỉnh Át-tạ-pư "
        "(Lào) do đồng chí Phon-xắc In-thi-đeng, Bí thư Huyện ủy, làm Trưởng đoàn. Ông A Thuyết đề nghị cụ thể hóa nhận "
        "thức chung giữa Tổng Bí thư Tô Lâm và Tổng Bí thư Thongloun Sisoulith.\n\n"
        "Tối 11/3, ông A Thuyết chủ trì tiệc chiêu đãi Đoàn đại biểu huyện Phu-vông."
    )
    names = {e.type: {p.name for p in e.participants} for e in a.events}
    assert not {"Tô Lâm", "Thongloun Sisoulith"} & names["talks"]
    assert names["reception"] == {"A Thuyết", "Phon-xắc In-thi-đeng"}


def test_guests_at_an_opening_are_not_the_other_side():
    a = article(
        "Tối 19/11/2024, tại Viêng Chăn, Bộ trưởng Nguyễn Văn Hùng khai mạc Những ngày Văn hóa Việt Nam tại Lào. "
        "Dự lễ khai mạc có đồng chí Bun-thoong Chít-ma-ny, Thường trực Ban Bí thư.\n\n"
        "Chiều 19/11, Bộ trưởng Nguyễn Văn Hùng hội đàm với Bộ trưởng Suanesavanh Vignaket. Kết thúc hội đàm, "
        "hai Bộ trưởng đã ký Kế hoạch hợp tác giai đoạn 2025 - 2027."
    )
    (signing,) = of_type(a, "signing")
    assert {p.name for p in signing.participants} == {"Nguyễn Văn Hùng", "Suanesavanh Vignaket"}


def test_a_poet_a_call_on_a_leader_and_a_host_in_the_town_reached_that_afternoon():
    poet = article(
        "Từ ngày 5 đến 10/11/2018, Đoàn Hội Nhà văn Việt Nam do nhà thơ Hữu Thỉnh, Chủ tịch Hội, dẫn đầu thăm Lào.\n\n"
        "Sáng 6/11, Thứ trưởng Lê Văn Hòa đã đến chào Samdech Heng Samrin, Chủ tịch Quốc hội Vương quốc Campuchia."
    )
    assert "Hữu Thỉnh" in {p.name for p in poet.people}
    assert [names(e) for e in of_type(poet, "reception")] == [
        ["Heng Samrin", "Lê Văn Hòa"]]
    a = article(
        "Sáng 24/6/2015, Phó Thủ tướng Phạm Bình Minh đã đến chào Chủ tịch Quốc hội Pany Yathotou. Chiều 24/6, "
        "Chủ tịch Quốc hội Pany Yathotou và Đoàn đã đến thăm tỉnh Nghệ An. Tại thành phố Vinh, đồng chí Nguyễn Đình Quang, "
        "Chủ tịch HĐND tỉnh Nghệ An đã tiếp Đoàn."
    )
    receptions = sorted(names(e) for e in of_type(a, "reception"))
    assert receptions == [["Nguyễn Đình Quang", "Pany Yathotou"], ["Pany Yathotou", "Phạm Bình Minh"]]


def test_calls_on_two_leaders_before_the_visit_ends_and_a_numbered_meeting_is_no_one():
    a = article(
        "Bên lề Hội nghị Bộ trưởng Kinh tế ASEAN lần thứ 54 (AEM-54), ngày 16/9/2022, Ngài Pan Sorasak hội đàm với "
        "Bộ trưởng Nguyễn Hồng Diên. Thủ tướng Hun Sen dự và phát biểu khai mạc AEM-54.\n\n"
        "Sáng 25/10/2023, trước khi kết thúc chuyến thăm, Bộ trưởng Bùi Thanh Sơn đã lần lượt chào xã giao "
        "Tổng Bí thư Thongloun Sisoulith và Thủ tướng Sonexay Siphandone."
    )
    assert "AEM-54" not in {p.name for p in a.people}
    receptions = sorted(names(e) for e in of_type(a, "reception"))
    assert receptions == [["Bùi Thanh Sơn", "Sonexay Siphandone"], ["Bùi Thanh Sơn", "Thongloun Sisoulith"]]


def test_a_leader_praising_the_talks_at_a_later_call_is_not_at_the_talks():
    a = article(
        "Sáng 11/3/2011, tại Phnôm Pênh, Bộ trưởng Lê Hồng Anh hội đàm với Phó Thủ tướng Sar Kheng.\n\n"
        "Chiều cùng ngày, Thủ tướng Hun Sen đã hội kiến Bộ trưởng Lê Hồng Anh. Thủ tướng Hun Sen đánh giá cao kết quả "
        "hội đàm giữa hai Bộ."
    )
    (talks,) = of_type(a, "talks")
    assert {p.name for p in talks.participants} == {"Lê Hồng Anh", "Sar Kheng"}


def test_the_last_day_of_the_visit_is_the_end_of_its_announced_range():
    a = article(
        "Từ ngày 22 đến 25/6/2023, Đoàn đại biểu tỉnh Sê Kông do đồng chí Vanthong Phommavixay dẫn đầu thăm tỉnh Quảng Ngãi.\n\n"
        "Chiều 22/6, ông Đặng Văn Minh hội đàm với đồng chí Vanthong Phommavixay.\n\n"
        "Ngày cuối của chuyến thăm, ông Lê Quang Hùng và đồng chí Vanthong Phommavixay dự lễ trao học bổng cho lưu học sinh."
    )
    assert [e.date for e in of_type(a, "conference")] == ["2023-06-25"]


def test_the_first_day_of_the_visit_named_without_its_linking_word():
    a = article(
        "Hai tỉnh hội đàm\n\nNgày 15/5/2022\n\n"
        "Ông Đỗ Minh Tuấn đã hội đàm với ông Khăm-pheng Xay-xổm-phon trong ngày đầu chuyến thăm Thanh Hóa.\n\n"
        "Đoàn đại biểu tỉnh Hủa Phăn do ông Khăm-pheng Xay-xổm-phon dẫn đầu thăm tỉnh Thanh Hóa từ ngày 14 đến 16/5."
    )
    assert [e.date for e in of_type(a, "talks")] == ["2022-05-14"]


def test_a_historic_site_visited_is_a_visit_a_leaders_memorial_is_homage():
    site = article(
        "Chiều 23/2/2009, tại Tây Ninh, ông Nguyễn Văn Tấn hội đàm với Ngài Ly Sokhan. Chiều cùng ngày, Ngài Ly Sokhan "
        "và Đoàn đã đến thăm Khu di tích Căn cứ Trung ương Cục miền Nam."
    )
    memorial = article(
        "Chiều 23/2/2009, tại An Giang, ông Nguyễn Thanh Bình hội đàm với Ngài Ly Sokhan. Chiều cùng ngày, Ngài Ly Sokhan "
        "và Đoàn đã đến thăm Khu lưu niệm Chủ tịch Tôn Đức Thắng."
    )
    assert [e.date for e in of_type(site, "visit")] == ["2009-02-23"]
    assert of_type(memorial, "visit") == []


def test_talks_chaired_at_a_bridge_point_are_the_online_talks():
    a = article(
        "Chiều 18/6/2024, Bộ trưởng Phạm Thị Thanh Trà đã hội đàm trực tuyến với Phó Thủ tướng Hun Many.\n\n"
        "Bộ trưởng Phạm Thị Thanh Trà chủ trì hội đàm tại điểm cầu Hà Nội. Mở đầu hội đàm, Bộ trưởng chúc mừng Campuchia."
    )
    assert [(e.type, e.date) for e in a.events] == [("call", "2024-06-18")]


def test_a_congress_and_a_funeral_ceremony_are_conferences_and_a_host_may_receive_an_accented_name():
    a = article(
        "Sáng 9-10-2024, tại TP. Tây Ninh, Hội Hữu nghị Việt Nam - Campuchia tỉnh tổ chức Đại hội đại biểu "
        "lần thứ V. Dự đại hội có ông Trần Văn Khiêm, Phó Chủ tịch UBND tỉnh, và Ẩm Chum Tiêu Keo Sreymom, "
        "Phó Tỉnh trưởng tỉnh Svay Rieng.\n\n"
        "Chiều cùng ngày, ông Đặng Văn Tuấn, Bí thư Tỉnh ủy, đã tiếp Ẩm Chum Tiêu Keo Sreymom.\n\n"
        "Sáng 11-10, tại Nghĩa trang liệt sĩ tỉnh, UBND tỉnh tổ chức lễ truy điệu và an táng 12 hài cốt "
        "liệt sĩ quân tình nguyện. Dự lễ có ông Trần Văn Khiêm."
    )
    conferences = {e.date: names(e) for e in of_type(a, "conference")}
    assert conferences.get("2024-10-09") == ["Keo Sreymom", "Trần Văn Khiêm"]
    assert conferences.get("2024-10-11") == ["Trần Văn Khiêm"]
    assert [(e.date, names(e)) for e in of_type(a, "reception")] == [("2024-10-09", ["Keo Sreymom", "Đặng Văn Tuấn"])]


def test_hosts_in_turn_after_a_semicolon_and_a_va_are_one_reception_each():
    a = article(
        "Chiều 14/2/2024, tại Đông Hà, ông Lê Quang Tùng, Bí thư Tỉnh ủy; ông Võ Văn Hưng, Chủ tịch UBND tỉnh "
        "và bà Hoàng Thị Thu Hà, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh đã lần lượt tiếp Đoàn đại biểu tỉnh "
        "Savannakhet do ông Xổm-phon Vi-lay-thong, Phó Tỉnh trưởng, dẫn đầu."
    )
    hosts = sorted(n for e in of_type(a, "reception") for n in names(e) if n != "Xổm-phon Vi-lay-thong")
    assert hosts == ["Hoàng Thị Thu Hà", "Lê Quang Tùng", "Võ Văn Hưng"]


def test_a_visit_of_its_own_month_that_ends_meeting_the_community_is_one_visit():
    a = article(
        "Ngày 3/3/2025, ông Lê Văn Hiếu, Chủ tịch UBND tỉnh, đã tiếp Đoàn đại biểu Hội người Việt tại "
        "Xiêm Riệp.\n\n"
        "Hồi tháng 10/2024, ông Lê Văn Hiếu đã dẫn đầu Đoàn đại biểu tỉnh sang thăm, làm việc tại tỉnh "
        "Xiêm Riệp và gặp gỡ bà con người gốc Việt ở huyện Chông Khnies."
    )
    october = [e for e in a.events if e.date == "2024-10"]
    assert [(e.type, names(e)) for e in october] == [("visit", ["Lê Văn Hiếu"])]


def test_the_two_signers_may_be_named_two_sentences_back_and_a_twinning_takes_those_at_its_signing():
    a = article(
        "Sáng 8/4/2025, tại Đông Hà, Trường Cao đẳng Y tế tỉnh và Trường Y tế tỉnh Salavan tổ chức lễ kết nghĩa. "
        "Dưới sự chứng kiến của ông Hoàng Nam, Phó Chủ tịch UBND tỉnh, bà Lê Thị Hạnh, Hiệu trưởng, và "
        "ông Xổm-xắc Phim-ma-vông, Hiệu trưởng Trường Y tế tỉnh Salavan, đã ký biên bản kết nghĩa.\n\n"
        "Chiều cùng ngày, bà Nguyễn Thị Lệ, Chủ tịch Hội Liên hiệp Phụ nữ tỉnh, và bà Vi-lay-vông Xỉ-xổm-phon, "
        "Chủ tịch Hội Liên hiệp Phụ nữ tỉnh Salavan, đồng chủ trì tọa đàm về phòng, chống mua bán người. "
        "Theo bà Vilayvong Sisomphone, năm qua hai tỉnh đã phối hợp giải cứu 12 phụ nữ. "
        "Kết thúc tọa đàm, hai bà đã ký Kế hoạch phối hợp năm 2025."
    )
    signings = {tuple(names(e)) for e in of_type(a, "signing")}
    assert {("Nguyễn Thị Lệ", "Vi-lay-vông Xỉ-xổm-phon"), ("Nguyễn Thị Lệ", "Vilayvong Sisomphone")} & signings
    twinning = [e for e in of_type(a, "conference") if "lễ kết nghĩa" in e.evidence.text]
    assert len(twinning) == 1
    assert {"Lê Thị Hạnh", "Xổm-xắc Phim-ma-vông"} <= set(names(twinning[0]))


def test_the_other_side_listed_next_joins_the_ceremony_and_coordination_rules_are_signed():
    a = article(
        "Ngày 5-6-2024, tại Đồn Biên phòng Tén Tằn, hai đơn vị tổ chức lễ kết nghĩa. "
        "Dự buổi lễ, phía Việt Nam có Đại tá Phạm Văn Hợi, Chỉ huy trưởng BĐBP tỉnh Thanh Hóa. "
        "Phía Lào có Thượng tá Xổm-phăn Kẹo-ma-ny, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh Hủa Phăn.\n\n"
        "Tại buổi lễ, Thiếu tá Lò Văn Dũng, Đồn trưởng Đồn Biên phòng Tén Tằn, và Đại úy Bun-xỉ Phôm-ma-chăn, "
        "Đại đội trưởng Đại đội 244, đã ký Quy chế phối hợp giai đoạn 2024 - 2029."
    )
    ceremony = of_type(a, "conference")
    assert len(ceremony) == 1
    assert {"Phạm Văn Hợi", "Xổm-phăn Kẹo-ma-ny"} <= set(names(ceremony[0]))
    assert [names(e) for e in of_type(a, "signing")] == [["Bun-xỉ Phôm-ma-chăn", "Lò Văn Dũng"]]


def test_a_gathering_with_students_and_a_call_the_same_morning_are_two_receptions():
    a = article(
        "Sáng 5/2/2024, tại Hội trường Đại học Huế, Đại học Huế tổ chức gặp mặt, chúc Tết lưu học sinh Lào. "
        "Tham dự buổi gặp mặt có ông Phan Quý Phương, Phó Chủ tịch UBND tỉnh, và ông Xổm-xay Phôm-ma-chăn, "
        "Tổng Lãnh sự Lào tại Đà Nẵng.\n\n"
        "Trước đó, sáng cùng ngày, tại trụ sở UBND tỉnh, ông Phan Quý Phương đã tiếp Tổng Lãnh sự "
        "Xổm-xay Phôm-ma-chăn."
    )
    receptions = of_type(a, "reception")
    assert len(receptions) == 2
    assert all(names(e) == ["Phan Quý Phương", "Xổm-xay Phôm-ma-chăn"] for e in receptions)


def test_a_visit_of_its_own_month_attending_a_ceremony_and_a_visit_up_to_a_district_tomorrow():
    a = article(
        "Sáng nay (11/3/2025), tại TP Vinh, bà Nguyễn Thị Thu, Chủ tịch Hội LHPN tỉnh, đã hội đàm với "
        "bà Khăm-xỉ Vông-phết, Chủ tịch Hội LHPN tỉnh Xiêng Khoảng.\n\n"
        "Ngày mai (12/3), bà Khăm-xỉ Vông-phết sẽ lên huyện Tương Dương thăm các gia đình phụ nữ nghèo.\n\n"
        "Tháng 9/2024, bà Nguyễn Thị Thu đã dẫn đầu Đoàn đại biểu Hội LHPN tỉnh sang thăm, làm việc tại tỉnh "
        "Xiêng Khoảng, dự lễ khánh thành Nhà văn hóa phụ nữ bản Na Sỏn."
    )
    visits = {e.date: names(e) for e in of_type(a, "visit")}
    assert visits.get("2025-03-12") == ["Khăm-xỉ Vông-phết"]
    assert visits.get("2024-09") == ["Nguyễn Thị Thu"]
    assert [e.date for e in of_type(a, "conference")] == ["2024-09"]


def test_signers_at_the_ceremony_join_it_a_co_host_joins_and_a_short_name_is_written_in_full():
    a = article(
        "Ngày 20/5/2024, tại xã Na Mèo, huyện Quan Sơn tổ chức lễ kết nghĩa giữa xã Na Mèo và bản Sắm Tớ. "
        "Dự buổi lễ có ông Lương Văn Hoa, Phó Chủ tịch UBND huyện Quan Sơn.\n\n"
        "Tại buổi lễ, ông Hà Văn Tám, Chủ tịch UBND xã Na Mèo, và ông Khăm-phăn Xỉ-xu-vông, Trưởng bản Sắm Tớ, "
        "đã ký văn bản kết nghĩa.\n\n"
        "Chiều 21/5/2024, tại Thanh Hóa, bà Cầm Thị Hiền, Chủ tịch Hội LHPN tỉnh, đã tiếp bà Xổm-phon Vông-xỉ-đa, "
        "Chủ tịch Hội LHPN tỉnh Hủa Phăn. Cùng tiếp có bà Lê Thị Nga, Phó Chủ tịch Hội. Bà Cầm Thị Hiền chúc mừng "
        "bà Xổm-phon."
    )
    ceremony = of_type(a, "conference")
    assert len(ceremony) == 1
    assert {"Lương Văn Hoa", "Hà Văn Tám", "Khăm-phăn Xỉ-xu-vông"} <= set(names(ceremony[0]))
    reception = [e for e in of_type(a, "reception") if e.date == "2024-05-21"]
    assert len(reception) == 1
    assert names(reception[0]) == ["Cầm Thị Hiền", "Lê Thị Nga", "Xổm-phon Vông-xỉ-đa"]


def test_visits_of_last_year_and_later_this_year_and_a_signed_annex():
    a = article(
        "Hà Nội, 14/3/2024\n\n"
        "Chiều 14/3, tại Hà Nội, Bộ trưởng Nguyễn Văn Thắng hội đàm với Bộ trưởng Kim Sovann. Ngay sau hội đàm, "
        "ông Lê Văn Phúc và ông Chea Dara đã ký Phụ lục Hợp đồng mua bán điện giai đoạn 2024 - 2028.\n\n"
        "Cuối năm ngoái, ông Lê Văn Phúc dẫn đầu Đoàn công tác sang thăm tỉnh Kampong Cham.\n\n"
        "Nhân dịp này, Bộ trưởng Nguyễn Văn Thắng đã nhận lời mời của Bộ trưởng Kim Sovann sang thăm và làm việc "
        "tại Campuchia trong năm nay."
    )
    assert [names(e) for e in of_type(a, "signing")] == [["Chea Dara", "Lê Văn Phúc"]]
    visits = {e.date: names(e) for e in of_type(a, "visit")}
    assert visits.get("2023") == ["Lê Văn Phúc"]
    assert visits.get("2024") == ["Kim Sovann", "Nguyễn Văn Thắng"]


def test_three_ministers_signing_the_record_of_their_meeting_make_no_second_meeting():
    a = article(
        "Từ ngày 11 đến 13/9/2024, tại TP. Kon Tum, Bộ trưởng Nguyễn Chí Dũng và Bộ trưởng Bin Trachhey đồng chủ "
        "trì Hội nghị Ủy ban điều phối chung Khu vực Tam giác phát triển.\n\n"
        "Sáng 13/9, kết thúc Hội nghị, ba Bộ trưởng đã ký Biên bản Hội nghị lần thứ 14."
    )
    assert len(of_type(a, "conference")) == 1
    signing = of_type(a, "signing")
    assert len(signing) == 1 and signing[0].date == "2024-09-13"
    assert {"Nguyễn Chí Dũng", "Bin Trachhey"} <= set(names(signing[0]))


def test_a_delegation_visiting_after_its_members_are_named_keeps_its_head():
    a = article(
        "Chiều 18/4/2024, tại TP. Vinh, ông Nguyễn Văn Đệ, Chủ tịch UBND tỉnh Nghệ An, đã tiếp và làm việc với "
        "Đoàn công tác tỉnh Xiêng Khoảng do ông Bun-xỉ Vông-xay, Phó Tỉnh trưởng, làm Trưởng đoàn. Đoàn đang thăm "
        "và làm việc tại tỉnh Nghệ An từ ngày 17 đến 19/4. Cùng đi có ông Khăm-phui Lạ-xa-vông, Giám đốc "
        "Sở Công Thương tỉnh Xiêng Khoảng."
    )
    visits = of_type(a, "visit")
    assert len(visits) == 1
    assert {"Bun-xỉ Vông-xay", "Khăm-phui Lạ-xa-vông"} <= set(names(visits[0]))


def test_people_of_a_plan_or_of_a_call_told_inside_a_visit_are_not_on_what_they_name():
    a = article(
        "Từ ngày 19 đến 22/2/2025, Bộ trưởng Bộ Y tế Đào Hồng Lan dẫn đầu Đoàn đại biểu thăm chính thức "
        "Campuchia.\n\n"
        "Sáng 20/2, tại Phnôm Pênh, Bộ trưởng Đào Hồng Lan đã hội đàm với Bộ trưởng Y tế Campuchia Chheang Ra. "
        "Kết quả hội đàm sẽ được báo cáo lên Thủ tướng Phạm Minh Chính và Thủ tướng Hun Manet.\n\n"
        "Theo chương trình, ngày 21/2, Bộ trưởng Đào Hồng Lan sẽ chào xã giao Thủ tướng Hun Manet trong "
        "chuyến thăm."
    )
    assert names(of_type(a, "visit")[0]) == ["Đào Hồng Lan"]
    assert names(of_type(a, "talks")[0]) == ["Chheang Ra", "Đào Hồng Lan"]
    assert [names(e) for e in of_type(a, "reception")] == [["Hun Manet", "Đào Hồng Lan"]]


def test_two_deputies_named_by_their_title_are_the_last_two_holding_it_not_the_principals():
    a = article(
        "Sáng 23/5/2025, tại Viêng Chăn, Bộ trưởng Nguyễn Hồng Diên và Bộ trưởng Malaythong Kommasith đồng chủ trì "
        "lễ khai mạc Hội chợ Thương mại Việt Nam - Lào. Dự lễ khai mạc có Thứ trưởng Phan Thị Thắng và Thứ trưởng "
        "Bộ Công Thương Lào Xổm-xạ-vạt Phim-ma-xay.\n\n"
        "Chiều cùng ngày, hai Thứ trưởng đã hội đàm về thương mại biên giới."
    )
    assert [names(e) for e in of_type(a, "talks")] == [["Phan Thị Thắng", "Xổm-xạ-vạt Phim-ma-xay"]]


def test_leaders_who_agreed_on_what_a_visit_pursues_are_not_on_the_visit():
    a = article(
        "Từ ngày 26 đến 28/6/2024, Bộ trưởng Bộ Công chính và Vận tải Lào Viengsavath Siphandone thăm và làm việc "
        "tại tỉnh Hà Tĩnh. Chuyến công tác nhằm thúc đẩy các dự án kết nối đã được Thủ tướng Phạm Minh Chính và "
        "Thủ tướng Sonexay Siphandone thống nhất tại Hội nghị hợp tác đầu tư hồi tháng 1/2024."
    )
    assert [names(e) for e in of_type(a, "visit")] == [["Viengsavath Siphandone"]]


def test_the_sides_recalling_a_past_meeting_are_not_added_to_it():
    a = article(
        "Chiều 5/6/2024, tại Viêng Chăn, Thống đốc Vathana Dalaloy đã tiếp Phó Thống đốc Đào Minh Tú.\n\n"
        "Hai bên cũng nhắc lại, hồi tháng 10/2023, tại Hà Nội, Thống đốc Nguyễn Thị Hồng và Thống đốc "
        "Vathana Dalaloy đã hội đàm về thanh toán bằng đồng bản tệ."
    )
    assert [(e.date, names(e)) for e in of_type(a, "talks")] == [("2023-10", ["Nguyễn Thị Hồng", "Vathana Dalaloy"])]


def test_a_convention_centre_is_no_meeting_a_site_visit_inside_a_trip_stands_and_a_date_of_effect_dates_nothing():
    a = article(
        "Đoàn đại biểu tỉnh Kratie do ông Pich Sophal dẫn đầu thăm và làm việc tại tỉnh Bình Phước từ ngày 24 "
        "đến 27/8/2022.\n\n"
        "Chiều 25/8, tại Trung tâm Hội nghị tỉnh ở TP. Đồng Xoài, ông Trần Tuệ Hiền đã hội đàm với ông Pich Sophal. "
        "Kết thúc hội đàm, hai ông đã ký Biên bản ghi nhớ hợp tác giai đoạn 2023 - 2027. Văn bản có hiệu lực "
        "từ ngày 1/1/2023.\n\n"
        "Lãnh đạo hai tỉnh ký Biên bản ghi nhớ hợp tác.\n\n"
        "Trước đó, sáng 24/8, ông Pich Sophal và Đoàn đã đến thăm Khu kinh tế cửa khẩu Hoa Lư."
    )
    assert of_type(a, "conference") == []
    assert [e.date for e in of_type(a, "signing")] == ["2022-08-25"]
    assert sorted((e.date, e.end_date or "") for e in of_type(a, "visit")) == [("2022-08-24", ""), ("2022-08-24", "2022-08-27")]


def test_a_main_verb_after_a_before_clause_a_plans_own_month_and_a_welcome_far_before_the_talks():
    a = article(
        "Sáng 10/12/2019, tại Hà Nội, Đại tướng Ngô Xuân Lịch chủ trì lễ đón chính thức Đại tướng Tea Banh và Đoàn, "
        "ngay sau đó hai Bộ trưởng Quốc phòng đã hội đàm.\n\n"
        "Hai Bộ trưởng nhắc lại kết quả cuộc gặp tại Băng Cốc hồi tháng 11/2019, nhất trí tổ chức Hội nghị hợp tác "
        "quốc phòng vào tháng 6/2020 tại Phnôm Pênh.\n\n"
        "Sáng 11/12/2019, trước khi Đoàn về nước qua cửa khẩu Mộc Bài, tại Cửa khẩu Mộc Bài, tỉnh Tây Ninh đã tổ chức "
        "lễ bàn giao hài cốt liệt sĩ. Dự lễ bàn giao có ông Trần Lưu Quang và ông Chea Sokha."
    )
    assert [e.date for e in of_type(a, "talks")] == ["2019-12-10"]
    conferences = sorted(e.date for e in of_type(a, "conference"))
    assert conferences == ["2019-12-11", "2020-06"]


def test_the_people_of_calls_told_in_turn_said_again_at_those_calls_make_no_third():
    a = article(
        "Chiều 22/3/2025, tại Phnôm Pênh, Đại tướng Phan Văn Giang lần lượt chào xã giao Chủ tịch Thượng viện "
        "Hun Sen và Thủ tướng Hun Manet. Tại các cuộc gặp, Samdech Hun Sen và Samdech Hun Manet đều đánh giá cao "
        "hợp tác quốc phòng."
    )
    assert sorted(names(e) for e in of_type(a, "reception")) == [["Hun Manet", "Phan Văn Giang"], ["Hun Sen", "Phan Văn Giang"]]


def test_a_meeting_someone_is_in_town_for_is_the_reason_of_a_call_not_a_meeting_that_day():
    a = article(
        "Sáng 9/12/2022, tại Phnôm Pênh, Thủ tướng Hun Sen đã tiếp Đại tướng Tô Lâm, Bộ trưởng Bộ Công an Việt Nam, "
        "đang ở Campuchia dự Hội nghị hợp tác và phát triển các tỉnh biên giới."
    )
    assert [(e.type, e.date) for e in a.events] == [("reception", "2022-12-09")]


def test_a_visit_recalled_with_its_visitor_and_month_is_an_event_and_a_later_start_is_not_its_date():
    a = article(
        "Hai Bộ Nội vụ hội đàm\n\n"
        "Sáng 6/9/2024, tại Hà Nội, Bộ trưởng Bộ Nội vụ Lê Văn Thuận đã hội đàm với Bộ trưởng Bộ Nội vụ "
        "Lào Khăm-mạ-ny Phôm-vi-xay.\n\n"
        "Hai Bộ trưởng nhắc lại chuyến thăm chính thức Lào của Bộ trưởng Lê Văn Thuận hồi tháng 3/2023, khi "
        "hai bên hội đàm tại Viêng Chăn. Ông Khăm-mạ-ny cũng nhắc lại chuyến thăm Việt Nam hồi tháng 11-2022 của "
        "đồng chí Vi-lay Xổm-phon, khi đó là Thứ trưởng."
    )
    visits = {(e.date, tuple(names(e))) for e in of_type(a, "visit")}
    assert ("2023-03", ("Lê Văn Thuận",)) in visits
    assert ("2022-11", ("Vi-lay Xổm-phon",)) in visits
    b = article(
        "Thủ tướng Campuchia thăm Việt Nam\n\n"
        "Từ ngày 10 đến 12/12/2024, Thủ tướng Campuchia Mao Xa-rin thăm chính thức Việt Nam. Đây là chuyến "
        "thăm đầu tiên của Thủ tướng Mao Xa-rin kể từ khi ông nhậm chức hồi tháng 8/2024."
    )
    assert [(e.date, e.end_date) for e in of_type(b, "visit")] == [("2024-12-10", "2024-12-12")]


def test_two_meetings_of_one_day_told_apart_by_the_part_of_the_day_stay_two():
    a = article(
        "Đoàn tỉnh Quảng Trị làm việc tại Xa-va-na-khệt\n\n"
        "Ngày 9/5/2024, Đoàn đại biểu tỉnh Quảng Trị do đồng chí Hà Sỹ Đồng, Chủ tịch UBND tỉnh, dẫn đầu đã "
        "hội đàm với Tỉnh trưởng Xa-va-na-khệt Xạn-ti-xúc Xỉ-mạ-la-vông.\n\n"
        "Trước đó, sáng 8/5, Đoàn đã làm việc với Công ty Lào Cao su, do ông Nguyễn Văn Lợi, Giám đốc, chủ trì. "
        "Chiều 8/5, Đoàn đã làm việc với Ban Chỉ huy Quân sự tỉnh do Đại tá Bun-thoong Xỉ-xu-vông, Chỉ huy "
        "trưởng, chủ trì."
    )
    talks = sorted(names(e) for e in of_type(a, "talks") if e.date == "2024-05-08")
    assert len(talks) == 2
    assert "Nguyễn Văn Lợi" in talks[1] and "Bun-thoong Xỉ-xu-vông" in talks[0]


def test_the_delegation_named_only_late_at_a_reception_is_the_one_that_visits_next():
    a = article(
        "Khai giảng lớp tiếng Việt cho cán bộ Chăm-pa-sắc\n\n"
        "Sáng 9/9/2019, tại thành phố Pleiku, Sở Ngoại vụ tổ chức lễ khai giảng lớp tiếng Việt cho cán bộ tỉnh "
        "Chăm-pa-sắc. Dự lễ có ông Trần Quốc Vinh, Phó Chủ tịch UBND tỉnh; bà Nguyễn Thị Hoa, Giám đốc Sở Ngoại vụ.\n\n"
        "Phát biểu tại lễ, bà Nguyễn Thị Hoa cho biết đây là lớp thứ năm.\n\n"
        "Học viên sẽ học trong ba tháng.\n\n"
        "Chiều cùng ngày, ông Trần Quốc Vinh đã tiếp Đoàn công tác tỉnh Chăm-pa-sắc do ông Phon-xay Kẹo-vông "
        "làm Trưởng đoàn.\n\n"
        "Ngày mai (10/9), Đoàn sẽ đến thăm Trường Đại học Nông Lâm."
    )
    visits = of_type(a, "visit")
    assert [(e.date, names(e)) for e in visits] == [("2019-09-10", ["Phon-xay Kẹo-vông"])]


def test_the_end_of_a_visit_is_no_visit_a_return_visit_recalled_is_and_a_course_opening_is_a_ceremony():
    a = article(
        "Bộ trưởng Nguyễn Kim Sơn thăm Campuchia\n\n"
        "Phnôm Pênh, 5/10/2023 (TTXVN) - Từ ngày 3 đến 6/10, Bộ trưởng Bộ Giáo dục và Đào tạo Nguyễn Kim Sơn "
        "thăm chính thức Campuchia. Chuyến thăm là hoạt động đáp lại chuyến thăm Việt Nam của Bộ trưởng Hang "
        "Chuon Naron hồi tháng 5/2022.\n\n"
        "Sáng 4/10, hai Bộ trưởng đã hội đàm. Hôm qua (4/10), tại Phnôm Pênh, Đại sứ quán phối hợp với Trường "
        "Đại học Hoàng gia khai giảng lớp tiếng Việt cho 40 sinh viên. Dự lễ có ông Nguyễn Kim Sơn.\n\n"
        "Đoàn sẽ kết thúc chuyến thăm và về nước vào ngày 6/10."
    )
    visits = sorted((e.date, e.end_date, names(e)) for e in of_type(a, "visit"))
    assert visits == [("2022-05", None, ["Hang Chuon Naron"]), ("2023-10-03", "2023-10-06", ["Nguyễn Kim Sơn"])]
    assert [(e.date, names(e)) for e in of_type(a, "conference")] == [("2023-10-04", ["Nguyễn Kim Sơn"])]


def test_a_send_off_ceremony_those_at_a_programme_and_work_in_a_city_with_a_body():
    a = article(
        "Tiễn lưu học sinh Campuchia sang Việt Nam\n\n"
        "Sáng 20/9/2024, tại Phnôm Pênh, Bộ Giáo dục, Thanh niên và Thể thao Campuchia tổ chức Lễ tiễn 150 lưu "
        "học sinh sang Việt Nam học tập. Dự buổi lễ có Bộ trưởng Hang Chuon Naron và Đại sứ Nguyễn Minh Vũ.\n\n"
        "Chiều 20/9, tại trụ sở Đại sứ quán, Đại sứ quán tổ chức chương trình gặp mặt lưu học sinh. Dự chương trình "
        "có ông Nguyễn Minh Vũ và ông Lê Văn Hoan, Tham tán.\n\n"
        "Theo kế hoạch, ngày 23/9, Đoàn cán bộ do ông Kong Sophal dẫn đầu sẽ làm việc tại thành phố Cần Thơ với "
        "Trường Đại học Cần Thơ."
    )
    assert [(e.date, names(e)) for e in of_type(a, "conference")] == [("2024-09-20", ["Hang Chuon Naron", "Nguyễn Minh Vũ"])]
    assert [(e.date, names(e)) for e in of_type(a, "reception")] == [("2024-09-20", ["Lê Văn Hoan", "Nguyễn Minh Vũ"])]
    assert [(e.date, names(e)) for e in of_type(a, "talks")] == [("2024-09-23", ["Kong Sophal"])]


def test_two_handovers_of_one_day_in_two_places_a_trip_across_the_border_and_what_is_said_at_a_meeting():
    a = article(
        "Hỗ trợ nhân dân vùng lũ\n\n"
        "Ngày 12/9/2024, tại Viêng Chăn, Đại sứ Nguyễn Minh Tâm đã trao 30.000 USD cho Hội Chữ thập đỏ Lào. "
        "Tiếp nhận khoản hỗ trợ có bà Vi-lay-vông Bút-đa-khăm, Chủ tịch Hội Chữ thập đỏ Lào.\n\n"
        "Cùng ngày 12/9, tại Cửa khẩu quốc tế Cầu Treo, Hội Chữ thập đỏ tỉnh Hà Tĩnh đã trao tặng tỉnh "
        "Bô-ly-khăm-xay 10 tấn gạo. Dự buổi trao tặng có ông Lê Văn Hòa và ông Khăm-phết Xỉ-pha-xay.\n\n"
        "Phát biểu tại hội nghị, ông Lê Văn Hòa nhắc lại đợt hỗ trợ do ông Trần Văn Vinh chủ trì hồi tháng 8/2023.\n\n"
        "Theo kế hoạch, tháng 10/2024, ông Lê Văn Hòa sẽ dẫn đầu tổ công tác sang tỉnh Bô-ly-khăm-xay."
    )
    conferences = sorted((e.date, e.place, names(e)[:2]) for e in of_type(a, "conference"))
    assert conferences == [  # (and no meeting of August 2023 taken from what was said)
        ("2024-09-12", "Cầu Treo", ["Khăm-phết Xỉ-pha-xay", "Lê Văn Hòa"]),
        ("2024-09-12", "Viêng Chăn", ["Nguyễn Minh Tâm", "Vi-lay-vông Bút-đa-khăm"]),
    ]
    assert [(e.date, names(e)) for e in of_type(a, "visit")] == [("2024-10", ["Lê Văn Hòa"])]


def test_signings_told_as_background_with_their_month_and_the_days_two_signings_stay_apart():
    a = article(
        "Hai Tòa án hội đàm\n\n"
        "Chiều 11/3/2025, tại Phnôm Pênh, Chánh án Nguyễn Văn Quảng đã hội đàm với Chánh án Chiv Keng. "
        "Kế hoạch giai đoạn 2022 - 2024 do ông Phạm Văn Tiến và Ngài Chiv Keng ký tại Hà Nội vào tháng 8/2022. "
        "Thỏa thuận giai đoạn 2019 - 2021 được ký tháng 12-2018 tại Viêng Chăn giữa ông Phạm Văn Tiến và "
        "ông Khăm-phăn Xỉ-tha-đăm. Bà Lê Thu Hà, thư ký tại hội đàm, ghi biên bản.\n\n"
        "Kết thúc hội đàm, Chánh án Nguyễn Văn Quảng và Chánh án Chiv Keng đã ký Kế hoạch hợp tác giai đoạn "
        "2025 - 2027. Ngay sau đó, bà Lê Thu Hà và Ngài Sok Dara đã ký Bản ghi nhớ giai đoạn 2025 - 2028."
    )
    signings = sorted((e.date, names(e)) for e in of_type(a, "signing"))
    assert signings == [
        ("2018-12", ["Khăm-phăn Xỉ-tha-đăm", "Phạm Văn Tiến"]),
        ("2022-08", ["Chiv Keng", "Phạm Văn Tiến"]),
        ("2025-03-11", ["Chiv Keng", "Nguyễn Văn Quảng"]),
        ("2025-03-11", ["Lê Thu Hà", "Sok Dara"]),
    ]


def test_a_country_is_no_place_of_an_event_a_city_is():
    a = article(
        "Bộ trưởng Campuchia thăm Việt Nam\n\n"
        "Từ ngày 3 đến 6/5/2024, Bộ trưởng Bộ Y tế Campuchia Chheang Ra thăm chính thức Việt Nam. Sáng 4/5, "
        "tại Hà Nội, Bộ trưởng Đào Hồng Lan đã hội đàm với Bộ trưởng Chheang Ra."
    )
    assert [(e.type, e.place) for e in a.events] == [("visit", None), ("talks", "Hà Nội")]


def test_hosts_of_one_body_receive_together_leaders_of_several_receive_in_turn():
    a = article(
        "Hội Nông dân tiếp Đoàn Lào\n\n"
        "Sáng 5/9/2023, ông Lương Quốc Đoàn, Chủ tịch Hội Nông dân Việt Nam; ông Đinh Khắc Đính, Phó Chủ tịch "
        "Hội; bà Bùi Thị Thơm, Trưởng Ban Tuyên giáo Trung ương Hội đã tiếp Đoàn do ông Bun-mi Phăn-xay dẫn đầu.\n\n"
        "Sáng 6/9, Thủ tướng Phạm Minh Chính; Phó Chủ tịch nước Võ Thị Ánh Xuân; Chủ tịch Hội đồng Dân tộc "
        "Y Thanh Hà Niê Kđăm đã tiếp ông Bun-mi Phăn-xay."
    )
    receptions = sorted((e.date, len(e.participants)) for e in of_type(a, "reception"))
    assert receptions == [("2023-09-05", 4), ("2023-09-06", 2), ("2023-09-06", 2), ("2023-09-06", 2)]


def test_members_travelling_with_the_delegation_are_on_its_visit():
    a = article(
        "Đoàn tỉnh Kratie thăm Bình Phước\n\n"
        "Từ ngày 14 đến 16/10/2024, Đoàn đại biểu tỉnh Kratie do Ngài Ly Sokha, Tỉnh trưởng, dẫn đầu thăm và làm "
        "việc tại tỉnh Bình Phước.\n\n"
        "Chiều 14/10, ông Trần Tuệ Hiền, Chủ tịch UBND tỉnh, đã hội đàm với Ngài Ly Sokha. Cùng đi với Đoàn có "
        "Lok Chumteav Heng Sophea, Phó Tỉnh trưởng."
    )
    visit = of_type(a, "visit")[0]
    assert names(visit) == ["Heng Sophea", "Ly Sokha"]


def test_those_also_present_are_at_the_talks_not_on_the_visit_told_beside_them():
    a = article(
        "Hai Ủy ban Kiểm tra hội đàm\n\n"
        "Chiều 10/7/2019, tại Hà Nội, đồng chí Trần Cẩm Tú đã hội đàm với Đoàn đại biểu Ủy ban Kiểm tra Trung "
        "ương Đảng Nhân dân Cách mạng Lào do đồng chí Bun-thoong Chít-ma-ny dẫn đầu, đang thăm và làm việc tại "
        "Việt Nam từ ngày 9 đến 14/7.\n\n"
        "Cùng dự có các đồng chí: Phó Chủ nhiệm Ủy ban Kiểm tra Trung ương Trần Văn Rón; Vụ trưởng Đỗ Thị Hạnh."
    )
    assert {"Trần Văn Rón", "Đỗ Thị Hạnh"} <= set(names(of_type(a, "talks")[0]))
    assert "Trần Văn Rón" not in names(of_type(a, "visit")[0])


def test_those_also_present_are_at_each_act_of_the_sentence_before():
    a = article(
        "Quảng Trị - Savannakhet ký kết thỏa thuận hợp tác\n\n"
        "Sáng 28/12/2020, tại Savannakhet, Đoàn đại biểu tỉnh Quảng Trị do đồng chí Lê Quang Tùng dẫn đầu và "
        "lãnh đạo tỉnh Savannakhet do đồng chí Xăn-ti-pháp Phôm-vi-hản dẫn đầu đã tổ chức hội nghị tổng kết và ký "
        "kết thỏa thuận hợp tác giai đoạn 2021 - 2025.\n\n"
        "Cùng dự có đồng chí Võ Văn Hưng, Chủ tịch UBND tỉnh Quảng Trị."
    )
    for kind in ("conference", "signing"):
        assert "Võ Văn Hưng" in names(of_type(a, kind)[0]), kind


def test_a_commemorated_span_dates_nothing_and_a_caption_takes_the_day_of_the_signing_it_shows():
    a = article(
        "Công đoàn hai tỉnh ký biên bản ghi nhớ\n\n"
        "Hôm qua (28/2/2023), tại Đông Hà, bà Lê Thị Kim Oanh đã hội đàm với ông Khăm-lạ Vông-phạ-chăn, Trưởng "
        "Đoàn Liên hiệp Công đoàn tỉnh Savannakhet thăm tỉnh từ ngày 27/2 đến ngày 2/3.\n\n"
        "Bà Lê Thị Kim Oanh và ông Khăm-lạ Vông-phạ-chăn ký biên bản ghi nhớ\n\n"
        "Kết thúc hội đàm, bà Lê Thị Kim Oanh và ông Khăm-lạ Vông-phạ-chăn đã ký Biên bản ghi nhớ giai đoạn "
        "2023 - 2027.\n\n"
        "Theo chương trình, tối 2/3, Đoàn sẽ dự buổi gặp mặt kỷ niệm 46 năm Ngày ký Hiệp ước Hữu nghị và Hợp tác "
        "Việt Nam - Lào (18/7/1977 - 18/7/2023) do bà Lê Thị Kim Oanh chủ trì."
    )
    assert [e.date for e in of_type(a, "signing")] == ["2023-02-28"]
    assert all(not (e.date or "").startswith("1977") for e in a.events)


def test_talks_with_each_in_turn_are_two_talks():
    a = article(
        "Đoàn Hủa Phăn làm việc tại Thanh Hóa\n\n"
        "Chiều 22/5/2024, đồng chí Vi-xổm-phon Lư-thạ-vông và các thành viên Đoàn đã lần lượt làm việc với đồng "
        "chí Mai Xuân Bình, Phó Chủ tịch UBND tỉnh và đồng chí Trịnh Hữu Nghị, Giám đốc Sở Ngoại vụ."
    )
    talks = sorted(names(e) for e in of_type(a, "talks"))
    assert talks == [["Mai Xuân Bình", "Vi-xổm-phon Lư-thạ-vông"], ["Trịnh Hữu Nghị", "Vi-xổm-phon Lư-thạ-vông"]]


def test_a_delegation_crossing_to_survey_a_site_is_a_visit():
    a = article(
        "Khai trương chợ biên giới\n\n"
        "Sáng 14/1/2018, hai tỉnh An Giang và Takeo khai trương chợ biên giới. Công trình do hai tỉnh thống nhất "
        "hồi tháng 8/2017, khi Đoàn công tác tỉnh An Giang do ông Lâm Quang Tuấn dẫn đầu sang khảo sát vị trí "
        "xây dựng tại huyện Kiri Vong."
    )
    assert [(e.date, names(e)) for e in of_type(a, "visit")] == [("2017-08", ["Lâm Quang Tuấn"])]


def test_an_audience_a_state_banquet_the_same_afternoon_and_a_signing_the_two_leaders_witness():
    a = article(
        "Chủ tịch nước thăm Lào\n\n"
        "Lễ đón Chủ tịch nước Tô Lâm tại Phủ Chủ tịch Lào\n\n"
        "Sáng 11/7/2024, tại Viêng Chăn, Chủ tịch nước Tô Lâm hội đàm với Tổng Bí thư, Chủ tịch nước Lào "
        "Thongloun Sisoulith. Kết thúc hội đàm, hai nhà lãnh đạo chứng kiến lễ ký các văn kiện hợp tác.\n\n"
        "Cùng chiều, Chủ tịch nước Tô Lâm đã yết kiến cựu Tổng Bí thư Kham-tay Xỉ-phăn-đon. Tối 11/7, Tổng Bí "
        "thư, Chủ tịch nước Thongloun Sisoulith chủ trì quốc yến chào mừng Chủ tịch nước Tô Lâm."
    )
    kinds = sorted((e.type, e.date, tuple(names(e))) for e in a.events)
    assert ("signing", "2024-07-11", ("Thongloun Sisoulith", "Tô Lâm")) in kinds
    assert ("reception", "2024-07-11", ("Kham-tay Xỉ-phăn-đon", "Tô Lâm")) in kinds
    assert ("reception", "2024-07-11", ("Thongloun Sisoulith", "Tô Lâm")) in kinds
    assert not any(t == "conference" for t, _, _ in kinds)


def test_a_dailys_dateline_with_its_place_in_capitals_and_no_tag():
    a = article(
        "Hội nghị Cấp cao CLV lần thứ 9\n\n"
        "XIÊM RIỆP, 26-10 - Sáng 26-10, Thủ tướng Nguyễn Xuân Phúc, Thủ tướng Hun Sen và Thủ tướng Thongloun "
        "Sisoulith đã dự Hội nghị Cấp cao Campuchia - Lào - Việt Nam lần thứ 9. Trong 9 tháng đầu năm 2016, "
        "thương mại ba nước tăng 12%.\n\n"
        "Hà Nội, 27-10 - Bộ Ngoại giao thông báo kết quả."
    )
    assert a.published == "2016-10-26"
    assert [e.date for e in of_type(a, "conference")] == ["2016-10-26"]


def test_a_district_centre_and_a_place_name_with_an_accented_capital():
    a = article(
        "Sốp Cộp - Mường Ét hội đàm\n\n"
        "Sáng 3-12-2018, tại trung tâm huyện Sốp Cộp, Đoàn đại biểu huyện Mường Ét, tỉnh Hủa Phăn do đồng chí "
        "Khăm-xẻng Phu-thạ-vông dẫn đầu đã hội đàm với đồng chí Cầm Văn Inh.\n\n"
        "Chiều 4-12, tại huyện Mường Ét, hai huyện tổ chức lễ trao 15 tấn gạo. Dự lễ có đồng chí Cầm Văn Inh."
    )
    assert [e.place for e in of_type(a, "talks")] == ["Sốp Cộp"]
    assert [e.place for e in of_type(a, "conference")] == ["Mường Ét"]


def test_meetings_held_in_turn_stay_apart_from_a_later_gathering_of_their_host():
    a = article(
        "Thủ tướng dự Hội nghị Cấp cao CLV\n\n"
        "Sáng 14/11/2023, tại Viêng Chăn, Thủ tướng Phạm Minh Chính dự Hội nghị Cấp cao CLV lần thứ 11.\n\n"
        "Bên lề hội nghị, Thủ tướng Phạm Minh Chính đã lần lượt có cuộc gặp song phương với Thủ tướng Hun Manet "
        "và Thủ tướng Sonexay Siphandone.\n\n"
        "Chiều cùng ngày, Thủ tướng Phạm Minh Chính gặp mặt cán bộ Đại sứ quán và bà con người Việt tại Lào."
    )
    meetings = sorted(names(e) for e in of_type(a, "reception") if len(e.participants) >= 2)
    assert meetings == [["Hun Manet", "Phạm Minh Chính"], ["Phạm Minh Chính", "Sonexay Siphandone"]]


def test_three_heads_sign_for_the_three_sides_of_the_meeting_their_clause_names():
    a = article(
        "Hội nghị Mặt trận ba nước\n\n"
        "Ngày 12/9/2024, tại Viêng Chăn, đồng chí Đỗ Văn Chiến, Chủ tịch Ủy ban Trung ương MTTQ Việt Nam, đồng chí "
        "Xay-xổm-phon Phôm-vi-hản, Chủ tịch Trung ương Mặt trận Lào xây dựng đất nước, và đồng chí Men Sam An, "
        "Chủ tịch Hội đồng Trung ương Mặt trận Đoàn kết phát triển Tổ quốc Campuchia, đồng chủ trì Hội nghị "
        "Mặt trận ba nước. Dự hội nghị có đồng chí Hầu A Lềnh, Phó Chủ tịch Ủy ban Trung ương MTTQ Việt Nam.\n\n"
        "Kết thúc hội nghị, ba Trưởng đoàn đã ký Tuyên bố chung."
    )
    assert [names(e) for e in of_type(a, "signing")] == [["Men Sam An", "Xay-xổm-phon Phôm-vi-hản", "Đỗ Văn Chiến"]]


def test_a_signing_the_leaders_witness_after_talks_is_an_event():
    a = article(
        "Sáng 10/4/2025, tại Viêng Chăn, Tổng Bí thư Tô Lâm đã hội đàm với Tổng Bí thư, Chủ tịch nước Thongloun "
        "Sisoulith.\n\n"
        "Sau hội đàm, hai Tổng Bí thư chứng kiến đồng chí Lê Hoài Trung, Chánh Văn phòng Trung ương Đảng, và đồng chí "
        "Xổm-mạt Phôn-xe-na ký Kế hoạch hợp tác năm 2025 giữa hai Văn phòng."
    )
    signings = of_type(a, "signing")
    assert [e.date for e in signings] == ["2025-04-10"]
    assert {"Lê Hoài Trung", "Xổm-mạt Phôn-xe-na"} <= set(names(signings[0]))


def test_a_call_the_same_morning_by_a_host_named_only_by_title_is_a_reception_of_its_own():
    a = article(
        "Sáng 5/11/2024, tại Viêng Chăn, Chủ tịch Quốc hội Trần Thanh Mẫn hội kiến Tổng Bí thư, Chủ tịch nước "
        "Thongloun Sisoulith.\n\n"
        "Cùng buổi sáng, tại Văn phòng Chính phủ Lào, Chủ tịch Quốc hội hội kiến Thủ tướng Sonexay Siphandone.\n\n"
        "Trưa 5/11, Chủ tịch Quốc hội Trần Thanh Mẫn hội kiến Chủ tịch Mặt trận Lào xây dựng đất nước Saysomphone "
        "Phomvihane."
    )
    calls = sorted(names(e) for e in of_type(a, "reception"))
    assert calls == [
        ["Saysomphone Phomvihane", "Trần Thanh Mẫn"],
        ["Sonexay Siphandone", "Trần Thanh Mẫn"],
        ["Thongloun Sisoulith", "Trần Thanh Mẫn"],
    ]


def test_documents_witnessed_by_title_and_a_plan_to_sign_another_are_one_signing_of_those_who_signed():
    a = article(
        "Sáng 8/8/2024, tại Hà Nội, Thủ tướng Phạm Minh Chính hội kiến Thủ tướng Sonexay Siphandone. Sau cuộc hội "
        "kiến, hai Thủ tướng chứng kiến Bộ trưởng Nguyễn Hồng Diên và Bộ trưởng Bộ Công Thương Lào Malaythong "
        "Kommasith ký các văn kiện hợp tác. Hai bên thống nhất sẽ ký Hiệp định thương mại biên giới sửa đổi trong "
        "năm nay."
    )
    signings = of_type(a, "signing")
    assert [e.date for e in signings] == ["2024-08-08"]
    assert {"Malaythong Kommasith", "Nguyễn Hồng Diên"} <= set(names(signings[0]))


def test_working_with_unnamed_firms_on_a_site_visit_is_part_of_the_visit():
    a = article(
        "Sáng 12/6/2023, Đoàn công tác tỉnh Khăm Muộn do Phó Tỉnh trưởng Khamphan Sisavath dẫn đầu đến thăm Khu "
        "kinh tế Vũng Áng và làm việc với một số doanh nghiệp đang đầu tư tại Lào."
    )
    assert [e.type for e in a.events] == ["visit"]


def test_presenting_credentials_is_a_reception_and_a_friendly_match_watched_by_officials_a_gathering():
    a = article(
        "Ngày 6/5/2024, tại Phủ Chủ tịch ở Phnôm Pênh, Đại sứ Nguyễn Huy Tăng đã trình Quốc thư lên Quốc vương "
        "Norodom Sihamoni.\n\n"
        "Chiều 8/5, tại sân vận động tỉnh Kampot, đội bóng đá Đại sứ quán và đội Cơ quan hành chính tỉnh có trận "
        "giao hữu. Đại sứ Nguyễn Huy Tăng và Tỉnh trưởng Mao Thonin đã trao cúp cho hai đội."
    )
    assert [(e.type, e.date, names(e)) for e in a.events] == [
        ("reception", "2024-05-06", ["Nguyễn Huy Tăng", "Norodom Sihamoni"]),
        ("conference", "2024-05-08", ["Mao Thonin", "Nguyễn Huy Tăng"]),
    ]


def test_those_who_came_to_a_gathering_are_at_it():
    a = article(
        "Tối 8/4/2024, tại Hà Nội, Bộ Giáo dục và Đào tạo tổ chức gặp mặt lưu học sinh Campuchia nhân dịp Tết Chôl "
        "Chnăm Thmây. Tới dự có Thứ trưởng Hoàng Minh Sơn; Đại sứ Campuchia tại Việt Nam Chay Navuth."
    )
    assert [names(e) for e in a.events] == [["Chay Navuth", "Hoàng Minh Sơn"]]


def test_those_who_sign_after_a_call_are_not_at_the_call():
    a = article(
        "Chiều 4/3/2020, tại Phnôm Pênh, Bộ trưởng Bộ Bưu chính và Viễn thông Campuchia Tram Iv Tek đã tiếp Thứ trưởng "
        "Nguyễn Minh Hồng. Sau buổi tiếp, dưới sự chứng kiến của hai ông, Quốc vụ khanh Chhem Sovann và ông Trần Văn "
        "Sơn đã ký Bản ghi nhớ hợp tác."
    )
    assert [names(e) for e in of_type(a, "reception")] == [["Nguyễn Minh Hồng", "Tram Iv Tek"]]
    assert {"Chhem Sovann", "Trần Văn Sơn"} <= set(names(of_type(a, "signing")[0]))


def test_signers_named_in_the_next_sentence():
    a = article(
        "Chiều 14/5/2024, tại Viêng Chăn, Trường Đại học Vinh và Đại học Quốc gia Lào ký biên bản ghi nhớ hợp tác "
        "giai đoạn 2024 - 2028. Ký kết là PGS.TS Nguyễn Huy Bằng, Hiệu trưởng Trường Đại học Vinh, và PGS.TS "
        "Khăm-phết Xỉ-ha-xay, Phó Hiệu trưởng Đại học Quốc gia Lào."
    )
    assert [(e.date, names(e)) for e in of_type(a, "signing")] == [("2024-05-14", ["Khăm-phết Xỉ-ha-xay", "Nguyễn Huy Bằng"])]


def test_signers_of_both_sides_named_after_a_signing_after_talks():
    a = article(
        "Sáng 9/10/2022, tại thành phố Đông Hà, Đoàn đại biểu tỉnh Xa-vẳn-na-khệt do đồng chí Xỉ-xạ-vạt Phôm-ma-vông, "
        "Phó Tỉnh trưởng, dẫn đầu đã hội đàm với Đoàn đại biểu tỉnh Quảng Trị do đồng chí Hà Sỹ Đồng, Phó Chủ tịch "
        "UBND tỉnh, dẫn đầu. Kết thúc hội đàm, hai bên đã ký Biên bản thỏa thuận hợp tác năm 2023. Người ký phía "
        "Quảng Trị là đồng chí Lê Quang Thọ, Giám đốc Sở Ngoại vụ; phía Xa-vẳn-na-khệt là đồng chí Bun-mi Khăm-phan, "
        "Giám đốc Sở Ngoại giao."
    )
    assert [(e.date, e.place, names(e)) for e in of_type(a, "signing")] == [
        ("2022-10-09", "Đông Hà", ["Bun-mi Khăm-phan", "Lê Quang Thọ"])]


def test_a_host_receiving_several_delegations_at_once_receives_their_heads():
    a = article(
        "Ngày 20/9/2024, tại thành phố Pleiku, Hội nghị ba bên về hợp tác phòng, chống tội phạm khu vực ngã ba biên "
        "giới đã diễn ra. Đồng chủ trì hội nghị có Đại tá Rah Lan Chung, Giám đốc Công an tỉnh Gia Lai; Đại tá "
        "Khăm-xing Phu-thạ-vông, Chỉ huy trưởng Công an tỉnh Xê-koong và Thiếu tướng Chea Sokhom, Cục trưởng Cảnh sát "
        "tỉnh Ratanakiri. Tối 19/9, ông Nguyễn Tuấn Anh, Phó Chủ tịch UBND tỉnh Gia Lai đã tiếp và chiêu đãi hai đoàn "
        "đại biểu tỉnh bạn."
    )
    assert [(e.date, names(e)) for e in of_type(a, "reception")] == [
        ("2024-09-19", ["Chea Sokhom", "Khăm-xing Phu-thạ-vông", "Nguyễn Tuấn Anh"])]


def test_witnesses_of_a_signing_whose_signers_are_named_next_stay_at_it():
    a = article(
        "Sáng 14/3/2019, tại Hà Nội, Bộ trưởng Bộ Tư pháp Lê Thành Long đã hội đàm với Bộ trưởng Bộ Tư pháp Lào "
        "Xay-xi Xăn-ti-vông. Kết thúc hội đàm, hai Bộ trưởng đã chứng kiến lễ ký Kế hoạch hợp tác năm 2019. Người ký "
        "phía Việt Nam là ông Nguyễn Khánh Ngọc, Thứ trưởng; phía Lào là ông Khăm-phon Vi-la-vông, Thứ trưởng."
    )
    assert [names(e) for e in of_type(a, "signing")] == [
        ["Khăm-phon Vi-la-vông", "Lê Thành Long", "Nguyễn Khánh Ngọc", "Xay-xi Xăn-ti-vông"]]


def test_a_joint_call_on_the_co_chairs_listed_after_a_colon():
    a = article(
        "Ngày 9/11/2023, tại Phnôm Pênh, Hội nghị ba bên về phòng, chống ma túy đã diễn ra. Hội nghị do ba trưởng "
        "đoàn đồng chủ trì: Trung tướng (Pol. Lt. Gen.) Mok Chito, Tổng cục trưởng Cảnh sát quốc gia Campuchia; "
        "Thiếu tướng Nguyễn Văn Viện, Cục trưởng Cục Cảnh sát điều tra tội phạm về ma túy, Bộ Công an Việt Nam và "
        "Thiếu tướng Khăm-xay Vông-phạ-xỉ, Cục trưởng Cục Phòng chống ma túy, Bộ An ninh Lào. Chiều 9/11, Phó "
        "Thủ tướng Campuchia Sar Kheng đã tiếp chung hai đoàn Việt Nam và Lào."
    )
    assert [names(e) for e in of_type(a, "reception")] == [["Khăm-xay Vông-phạ-xỉ", "Nguyễn Văn Viện", "Sar Kheng"]]


def test_the_same_day_is_not_an_earlier_day_someone_recalled():
    a = article(
        "Ngày 20/12/2019, tại thành phố Tây Ninh, ông Nguyễn Thanh Ngọc, Chủ tịch UBND tỉnh Tây Ninh, và ông Men "
        "Vibol, Tỉnh trưởng tỉnh Svay Rieng, đồng chủ trì hội nghị tổng kết hợp tác năm 2019. Đại tá Nguyễn Văn "
        "Thanh cho biết, ngày 10-9 vừa qua, tại Cửa khẩu Mộc Bài, ông và ông Sam Ol đã dự lễ kết nghĩa hai xã biên "
        "giới. Cùng ngày, ông Trần Lưu Quang, Bí thư Tỉnh ủy, đã tiếp Đoàn đại biểu tỉnh Svay Rieng."
    )
    assert [e.date for e in of_type(a, "reception")] == ["2019-12-20"]


def test_a_when_clause_closed_before_a_date_and_its_subject_leaves_the_act_told():
    a = article(
        "Sau khi được bầu giữ chức Bí thư Tỉnh ủy, thượng tuần tháng 3/2021, đồng chí Hoàng Trung Dũng dẫn đầu "
        "Đoàn công tác sang thăm tỉnh Bô-ly-khăm-xay."
    )
    assert [(e.date, names(e)) for e in of_type(a, "visit")] == [("2021-03", ["Hoàng Trung Dũng"])]


def test_a_trip_recalled_by_its_month_beside_thanks_for_a_welcome():
    a = article(
        "Sáng 5/12/2017, tại Hà Nội, Chủ tịch Quốc hội Nguyễn Thị Kim Ngân hội đàm với Chủ tịch Quốc hội Lào "
        "Pany Yathotou. Chủ tịch Quốc hội Nguyễn Thị Kim Ngân nhắc lại chuyến thăm chính thức Lào của bà hồi tháng "
        "8/2016 và cảm ơn sự đón tiếp trọng thị của Quốc hội Lào."
    )
    assert [(e.date, names(e)) for e in of_type(a, "visit")] == [("2016-08", ["Nguyễn Thị Kim Ngân"])]


def test_a_body_s_own_meeting_in_a_digest_is_no_event_of_cooperation():
    a = article(
        "Sáng 20/12/2016, đồng chí Nguyễn Đắc Vinh, Bí thư Tỉnh ủy, chủ trì Hội nghị Ban Chấp hành Đảng bộ tỉnh lần "
        "thứ 7. Chiều cùng ngày, đồng chí Nguyễn Đắc Vinh tiếp Đoàn đại biểu tỉnh Bô-ly-khăm-xay do đồng chí Khăm-phăn "
        "Phôm-ma-thắt, Bí thư Tỉnh ủy, Tỉnh trưởng, dẫn đầu."
    )
    assert [e.type for e in a.events] == ["reception"]


def test_one_acted_for_is_not_at_the_meeting_and_one_honoured_is():
    a = article(
        "Chiều 16/1/2023, ông Trần Văn Chiến, Phó Chủ tịch UBND tỉnh Tây Ninh, được Chủ tịch UBND tỉnh Nguyễn Thanh "
        "Ngọc ủy quyền, đã tiếp Đoàn đại biểu tỉnh Svay Rieng do ông Mom Sophanara, Phó Tỉnh trưởng, thay mặt Tỉnh "
        "trưởng Men Vibol, dẫn đầu. Sáng 17/1/2023, tại Phnôm Pênh, ông Chay Navuth thay mặt Nhà nước Campuchia trao "
        "Huân chương Hữu nghị cho ông Nguyễn Huy Tăng."
    )
    assert [names(e) for e in of_type(a, "reception")] == [["Mom Sophanara", "Trần Văn Chiến"]]
    assert [names(e) for e in of_type(a, "conference")] == [["Chay Navuth", "Nguyễn Huy Tăng"]]


def test_a_photo_caption_of_a_signing_just_told_is_that_signing():
    a = article(
        "Sáng 14-4-2017, tại Hà Nội, Bộ trưởng Bộ Y tế Nguyễn Thị Kim Tiến và Bộ trưởng Bộ Y tế Lào Bun-coong "
        "Xỉ-ha-vông đồng chủ trì Hội nghị hợp tác y tế.\n\n"
        "Đoàn đại biểu Bộ Y tế Lào do Bộ trưởng Bounkong Syhavong dẫn đầu đang thăm Việt Nam từ ngày 12 đến 16-4.\n\n"
        "Kết thúc hội nghị, hai Bộ trưởng đã ký Biên bản hội nghị và Kế hoạch hợp tác năm 2017.\n"
        "Bộ trưởng Nguyễn Thị Kim Tiến và Bộ trưởng Bounkong Syhavong ký kế hoạch hợp tác. Ảnh: Trần Minh\n"
        "Hôm qua (13-4), Đoàn đã đến thăm Bệnh viện Bạch Mai."
    )
    assert [(e.date, e.evidence.text[:20]) for e in of_type(a, "signing")] == [("2017-04-14", "Kết thúc hội nghị, h")]


def test_signers_told_plainly_after_a_witnessed_signing_are_its_signers():
    a = article(
        "Sáng 28-6-2022, tại Hà Nội, Đại tướng Phan Văn Giang hội đàm với Đại tướng Chansamone Chanyalath. Sau hội "
        "đàm, hai Bộ trưởng đã chứng kiến lễ ký Biên bản hội đàm. Thượng tướng Hoàng Xuân Chiến và Thiếu tướng "
        "Khăm-phăn Vông-xay ký các văn bản.\n\n"
        "Chiều cùng ngày, ông Lê Văn Thành và ông Bun-mi Xỉ-phăn-đon đã ký Bản ghi nhớ hợp tác. Ông Trần Văn Nam và "
        "ông Xổm-xạ-vạt In-thạ-vông ký Biên bản ghi nhớ kết nghĩa giữa hai huyện."
    )
    assert [names(e) for e in of_type(a, "signing")] == [
        ["Chansamone Chanyalath", "Hoàng Xuân Chiến", "Khăm-phăn Vông-xay", "Phan Văn Giang"],
        ["Bun-mi Xỉ-phăn-đon", "Lê Văn Thành"], ["Trần Văn Nam", "Xổm-xạ-vạt In-thạ-vông"]]


def test_a_programme_s_first_day_heading_over_its_list_dates_its_items():
    a = article(
        "Đoàn đại biểu tỉnh Chăm-pa-xắc do ông Vi-lay-vông Bút-đa-khăm, Tỉnh trưởng, làm Trưởng đoàn sẽ thăm tỉnh "
        "Quảng Nam từ ngày 5 đến ngày 7/6/2024. Lịch làm việc của Đoàn như sau:\n\n"
        "Thứ Tư, ngày 05/6/2024\n\n"
        "- 9h00: Đoàn nhập cảnh qua Cửa khẩu Nam Giang.\n\n"
        "- 15h00: Chủ tịch UBND tỉnh Lê Trí Thanh hội đàm với Đoàn.\n\n"
        "Thứ Năm, ngày 06/6/2024\n\n"
        "- 8h00: Bí thư Tỉnh ủy Lương Nguyễn Minh Triết tiếp Đoàn."
    )
    assert [(e.type, e.date) for e in a.events if e.type != "visit"] == [("talks", "2024-06-05"), ("reception", "2024-06-06")]


def test_days_before_the_one_told_step_back_from_it():
    a = article(
        "Viêng Chăn, 20/9/2019 (TTXVN) - Chiều hôm qua, tại Viêng Chăn, Bộ trưởng Bộ Tư pháp Lê Thành Long đã hội "
        "đàm với Bộ trưởng Bộ Tư pháp Lào Xay-xi Xăn-ti-vông. Tối hôm trước, ngay sau khi đến Viêng Chăn, Bộ trưởng "
        "Lê Thành Long đã gặp mặt cán bộ Đại sứ quán do Đại sứ Nguyễn Bá Hùng chủ trì. Trước đó hai ngày, Thứ trưởng "
        "Phan Chí Hiếu đã làm việc với Thứ trưởng Khăm-phon Vi-la-vông tại Luông Pha-bang."
    )
    assert sorted(e.date for e in a.events) == ["2019-09-16", "2019-09-18", "2019-09-19"]


def test_there_is_where_the_sentence_before_went():
    a = article(
        "Chiều 7/12/2022, Phó Chủ tịch nước Võ Thị Ánh Xuân và Đoàn bay đến Pắc-xế, thủ phủ của tỉnh Chăm-pa-xắc. "
        "Tại đây, Tỉnh trưởng tỉnh Chăm-pa-xắc Vi-lay-vông Bút-đa-khăm đã hội đàm với Phó Chủ tịch nước."
    )
    assert [(e.type, e.place) for e in a.events if e.type == "talks"] == [("talks", "Pắc-xế")]


def test_a_guest_named_by_title_body_and_country_calls_on_a_host():
    a = article(
        "Chiều 18/12/2024, tại Hà Nội, Đại tướng Lương Tam Quang, Bộ trưởng Công an, hội đàm với Đại tướng Vilay "
        "Lakhamphong, Bộ trưởng An ninh Lào. Theo chương trình, sáng mai (19/12), Bộ trưởng An ninh Lào sẽ chào xã "
        "giao Tổng Bí thư Tô Lâm."
    )
    assert [names(e) for e in of_type(a, "reception")] == [["Tô Lâm", "Vilay Lakhamphong"]]


def test_cutting_the_ribbon_at_an_inauguration_is_a_ceremony():
    a = article(
        "Ngày 12/9/2023, tại huyện Mường Khoa, tỉnh Phông-xa-lỳ, ông Lê Văn Lương, Phó Chủ tịch UBND tỉnh Điện Biên, "
        "và ông Khăm-pheng Xay-xổm-phon, Phó Tỉnh trưởng tỉnh Phông-xa-lỳ, cắt băng khánh thành nhà lưu trú cho "
        "học sinh."
    )
    assert [(e.type, e.date) for e in a.events] == [("conference", "2023-09-12")]


def test_a_treaty_signed_long_ago_is_a_signing_its_anniversary_is_not():
    recalled = article(
        "Ngày 18/7/1977, tại Viêng Chăn, Thủ tướng Phạm Văn Đồng và Thủ tướng Kaysone Phomvihane đã thay mặt hai "
        "Nhà nước ký Hiệp ước Hữu nghị và Hợp tác."
    )
    assert summary(recalled) == [("signing", "1977-07-18", None, ["Kaysone Phomvihane", "Phạm Văn Đồng"])]
    anniversary = article(
        "Hôm qua (17/7/2017), Thủ tướng Nguyễn Xuân Phúc đã tiếp Đoàn đại biểu Hội Hữu nghị Lào - Việt Nam do ông "
        "Khăm-phăn Phôm-ma-thắt dẫn đầu, sang dự kỷ niệm 40 năm Ngày ký Hiệp ước Hữu nghị và Hợp tác."
    )
    assert [e.type for e in anniversary.events] == ["reception"]


def test_a_handover_told_without_a_tense_word():
    a = article(
        "Chiều 20/8/2020, tại Cửa khẩu quốc tế Bình Hiệp, ông Nguyễn Văn Út, Phó Chủ tịch UBND tỉnh Long An, trao "
        "tặng tỉnh Svay Rieng 50.000 khẩu trang y tế. Tiếp nhận có ông Kim Rithy, Phó Tỉnh trưởng tỉnh Svay Rieng."
    )
    assert [(e.type, e.date, names(e)) for e in a.events] == [("conference", "2020-08-20", ["Kim Rithy", "Nguyễn Văn Út"])]


def test_a_delegation_going_on_to_a_province_is_a_visit():
    a = article(
        "Từ ngày 13 đến 17/11/2017, Bộ trưởng Bộ Y tế Lào Bounkong Syhavong thăm và làm việc tại Việt Nam. Ngày "
        "17/11, Đoàn vào tỉnh Thừa Thiên Huế làm việc với Sở Y tế tỉnh trước khi về nước."
    )
    assert ("visit", "2017-11-17", None, ["Bounkong Syhavong"]) in summary(a)


def test_a_guest_named_again_only_by_title_and_country():
    a = article(
        "Chiều 10/6/2025, tại Hà Nội, Chủ tịch Quốc hội Trần Thanh Mẫn hội đàm với Chủ tịch Quốc hội Lào Saysomphone "
        "Phomvihane. Sáng 11/6, Chủ tịch nước Lương Cường tiếp Chủ tịch Quốc hội Lào tại Phủ Chủ tịch. Ngày mai "
        "(12/6), Chủ tịch Quốc hội Lào và Đoàn sẽ thăm thành phố Hải Phòng."
    )
    assert ("reception", "2025-06-11", None, ["Lương Cường", "Saysomphone Phomvihane"]) in summary(a)
    assert ("visit", "2025-06-12", None, ["Saysomphone Phomvihane"]) in summary(a)


def test_a_guest_who_calls_on_someone_and_then_visits_a_province_is_the_visitor():
    a = article(
        "Sáng 8/12/2009, tại Hà Nội, Phó Thủ tướng Phạm Gia Khiêm hội đàm với Phó Thủ tướng Campuchia Hor Namhong. "
        "Theo chương trình, ngày mai (9/12), Phó Thủ tướng Hor Namhong sẽ chào xã giao Chủ tịch Quốc hội Nguyễn Phú "
        "Trọng, sau đó thăm tỉnh Quảng Ninh từ ngày 9 đến 10/12."
    )
    assert [names(e) for e in of_type(a, "visit")] == [["Hor Namhong"]]


def test_hosts_listed_before_receiving_the_delegation_each_receive_it_that_day():
    a = article(
        "Sáng nay (13/1/2023), Đoàn đại biểu tỉnh Savannakhet do đồng chí Santiphap Phomvihane dẫn đầu đến chúc Tết "
        "tỉnh Quảng Trị. Đồng chí Lê Quang Tùng, Bí thư Tỉnh ủy, đã tiếp đoàn.\n\n"
        "Tiếp đó, đoàn lần lượt đến chúc Tết Thường trực HĐND tỉnh và UBND tỉnh. Các đồng chí: Nguyễn Đăng Quang, "
        "Chủ tịch HĐND tỉnh; Võ Văn Hưng, Chủ tịch UBND tỉnh đã tiếp đoàn."
    )
    calls = sorted((e.date, names(e)) for e in of_type(a, "reception"))
    assert ("2023-01-13", ["Nguyễn Đăng Quang", "Santiphap Phomvihane"]) in calls
    assert ("2023-01-13", ["Santiphap Phomvihane", "Võ Văn Hưng"]) in calls


def test_a_purpose_is_no_signing_and_signers_named_with_titles_after_the_talks_sign():
    a = article(
        "Sáng 21/11/2014, tại Xvây-riêng, ông Lê Văn Tánh hội đàm với ông Ung Sophea. Ông Ung Sophea cho biết, hội chợ "
        "là dịp để doanh nghiệp hai tỉnh tìm hiểu thị trường, ký kết hợp đồng.\n\n"
        "Sau hội đàm, bà Lê Thị Mỹ Hạnh, Giám đốc Sở Công Thương tỉnh Long An, và ông Sok Rotha, Giám đốc Sở "
        "Thương mại tỉnh Xvây-riêng, ký Biên bản ghi nhớ hợp tác thương mại giai đoạn 2015 - 2017."
    )
    signings = of_type(a, "signing")
    assert [e.date for e in signings] == ["2014-11-21"]
    assert {"Lê Thị Mỹ Hạnh", "Sok Rotha"} <= set(names(signings[0]))


def test_this_is_the_first_meeting_since_refers_back_and_dates_nothing():
    a = article(
        "Sáng 6/9/2023, tại Gia-các-ta, Thủ tướng Phạm Minh Chính đã gặp Thủ tướng Campuchia Hun Manet. Đây là cuộc "
        "gặp trực tiếp đầu tiên giữa hai nhà lãnh đạo kể từ khi ông Hun Manet được bầu làm Thủ tướng hồi tháng 8/2023."
    )
    assert [(e.type, e.date) for e in a.events] == [("reception", "2023-09-06")]


def test_the_leaders_of_six_countries_sign_for_the_first_six_at_the_summit():
    a = article(
        "Sáng 23/3/2016, tại Tam Á, Phó Thủ tướng Phạm Bình Minh dự Hội nghị Lãnh đạo Hợp tác Mê Công - Lan Thương "
        "lần thứ nhất. Hội nghị do Thủ tướng Lý Khắc Cường và Thủ tướng Prayut Chan-o-cha đồng chủ trì, với sự tham "
        "dự của Thủ tướng Hun Sen, Thủ tướng Thongsing Thammavong và Phó Tổng thống Sai Mauk Kham.\n\n"
        "Kết thúc Hội nghị, lãnh đạo sáu nước đã ký Tuyên bố Tam Á."
    )
    assert "Mê Công" not in [p.name for p in a.people]
    assert [len(e.participants) for e in of_type(a, "signing")] == [6]


def test_each_document_of_a_list_signed_by_its_own_pair_is_a_signing_witnessed_by_the_leaders():
    a = article(
        "Sáng 9/1/2022, tại Viêng Chăn, Thủ tướng Phạm Minh Chính và Thủ tướng Phankham Viphavanh đồng chủ trì Kỳ "
        "họp lần thứ 44 Ủy ban liên Chính phủ.\n\n"
        "Kết thúc Kỳ họp, Thủ tướng Phạm Minh Chính và Thủ tướng Phankham Viphavanh chứng kiến lễ ký các văn kiện, gồm:\n\n"
        "– Bản ghi nhớ về hợp tác đầu tư giai đoạn 2022 – 2026, do Bộ trưởng Nguyễn Chí Dũng và Bộ trưởng Khamjane "
        "Vongphosy ký;\n\n"
        "– Kế hoạch hợp tác giáo dục giai đoạn 2022 – 2025, do Bộ trưởng Nguyễn Kim Sơn và Bộ trưởng Phout "
        "Simmalavong ký."
    )
    signings = sorted(names(e) for e in of_type(a, "signing") if e.date == "2022-01-09")
    assert ["Khamjane Vongphosy", "Nguyễn Chí Dũng", "Phankham Viphavanh", "Phạm Minh Chính"] in signings
    assert ["Nguyễn Kim Sơn", "Phankham Viphavanh", "Phout Simmalavong", "Phạm Minh Chính"] in signings


def test_the_same_afternoon_in_one_sentence_and_a_guest_named_again_by_a_bare_title():
    a = article(
        "Sáng hôm sau (20/4/2023, giờ địa phương), Chủ tịch nước Miguel Díaz-Canel đã tiếp Chủ tịch Quốc hội Vương "
        "Đình Huệ tại Cung Cách mạng; chiều cùng ngày, Đại tướng Raúl Castro tiếp thân mật Chủ tịch Quốc hội."
    )
    assert sorted((e.date, names(e)) for e in of_type(a, "reception")) == [
        ("2023-04-20", ["Miguel Díaz-Canel", "Vương Đình Huệ"]),
        ("2023-04-20", ["Raúl Castro", "Vương Đình Huệ"]),
    ]


def test_a_month_recalled_for_a_plan_signed_earlier_does_not_date_the_signing_at_the_talks():
    a = article(
        "Chiều 28/12/2021, Bộ trưởng Tô Lâm hội đàm trực tuyến với Bộ trưởng Vilay Lakhamphong. Tại hội đàm, hai Bộ "
        "trưởng đã ký trực tuyến Kế hoạch hợp tác năm 2022, cụ thể hóa Kế hoạch hợp tác giai đoạn 2021 - 2025 đã được "
        "hai Bộ ký kết hồi tháng 3/2021."
    )
    assert [e.date for e in of_type(a, "signing")][:1] == ["2021-12-28"]


def test_an_agreement_signed_by_two_ministers_told_in_the_passive_with_the_part_of_the_day():
    a = article(
        "Viêng Chăn, ngày 20/9/2022 (KPL) - Thỏa thuận thúc đẩy thương mại song phương giai đoạn 2022 - 2026 được Bộ "
        "trưởng Ma-lay-thong Côm-ma-xít và Bộ trưởng Nguyễn Hồng Diên ký chiều 14/9 tại Hà Nội."
    )
    assert [(e.date, names(e)) for e in of_type(a, "signing")] == [("2022-09-14", ["Ma-lay-thong Côm-ma-xít", "Nguyễn Hồng Diên"])]


def test_receiving_the_delegation_told_as_a_participle_is_that_days_talks_not_ones_told_later():
    a = article(
        "Chiều 12/12/2017, Đại tướng Tea Banh và đoàn đã đến thăm tỉnh An Giang.\n\n"
        "Tiếp và làm việc với đoàn, ông Đặng Văn Lợi, Phó Chủ tịch UBND tỉnh An Giang, thông tin về kết quả hợp tác "
        "với các tỉnh biên giới Campuchia.\n\n"
        "Trước đó, sáng 11/12, tại Hà Nội, Đại tướng Ngô Xuân Lịch đã hội đàm với Đại tướng Tea Banh."
    )
    assert sorted((e.date, names(e)) for e in of_type(a, "talks")) == [
        ("2017-12-11", ["Ngô Xuân Lịch", "Tea Banh"]),
        ("2017-12-12", ["Tea Banh", "Đặng Văn Lợi"]),
    ]


def test_a_symbolic_handover_and_a_handover_of_a_named_lot_are_ceremonies():
    a = article(
        "Sáng 9/8/2021, tại Hà Nội, Thứ trưởng Trần Văn Thuấn đã trao tượng trưng cho Đại sứ Khamphao Ernthavanh "
        "số trang thiết bị y tế trị giá 5 tỷ đồng.\n\n"
        "Chiều 12/8/2021, tại Thủ đô Viêng Chăn, Đại sứ Nguyễn Bá Hùng đã trao lô hàng hỗ trợ của tỉnh Nghệ An cho "
        "Bộ Y tế Lào."
    )
    assert [(e.date, names(e)) for e in of_type(a, "conference")] == [
        ("2021-08-09", ["Khamphao Ernthavanh", "Trần Văn Thuấn"]),
        ("2021-08-12", ["Nguyễn Bá Hùng"]),
    ]


def test_reopening_a_border_gate_and_a_roadshow_are_ceremonies_and_meetings():
    a = article(
        "Sáng 2/4/2022, tại Cửa khẩu quốc tế Xa Mát, ông Nguyễn Thanh Ngọc và ông Chan Kimsan dự lễ mở lại hoạt động "
        "xuất nhập cảnh.\n\n"
        "Tối 5/4/2022, tại Viêng Chăn, Cục Du lịch tổ chức chương trình giới thiệu du lịch Việt Nam với sự tham dự "
        "của Thứ trưởng Hồ An Phong."
    )
    assert [(e.date, names(e)) for e in of_type(a, "conference")] == [
        ("2022-04-02", ["Chan Kimsan", "Nguyễn Thanh Ngọc"]),
        ("2022-04-05", ["Hồ An Phong"]),
    ]


def test_a_delegation_surveying_over_a_range_of_days_is_on_a_visit_led_by_its_head():
    a = article(
        "Đoàn doanh nghiệp lữ hành tỉnh Khăm Muộn do ông Bun-mi Xỉ-xổm-bát, Phó Giám đốc Sở Du lịch, dẫn đầu đã đến "
        "Quảng Bình.\n\nĐoàn khảo sát các tuyến du lịch tại Quảng Bình từ ngày 14 đến 17/10/2023."
    )
    assert [(e.date, e.end_date, names(e)) for e in of_type(a, "visit")] == [
        ("2023-10-14", "2023-10-17", ["Bun-mi Xỉ-xổm-bát"])
    ]


def test_a_reception_after_a_when_clause_whose_cue_opens_with_its_tense():
    a = article(
        "Trước khi về nước, chiều 18/6/2022, tại Phnôm Pênh, Trung tướng Sao Sokha, Tư lệnh Hiến binh Hoàng gia, "
        "đã tiếp và cảm ơn Đoàn đại biểu Bộ Tư lệnh Cảnh sát cơ động do Thiếu tướng Lê Văn Sao dẫn đầu."
    )
    assert [(e.date, names(e)) for e in of_type(a, "reception")] == [("2022-06-18", ["Lê Văn Sao", "Sao Sokha"])]


def test_a_call_told_inside_a_sentence_that_opens_with_its_own_day():
    a = article(
        "Hà Nội, 20/10/2021 - Sáng 19/10, Bộ Y tế tiếp nhận 100.000 liều vắc xin do Chính phủ Campuchia trao tặng. "
        "Trước đó, ngày 14/10, trong cuộc điện đàm với Thủ tướng Phạm Minh Chính, Thủ tướng Hun Sen đã thông báo món "
        "quà này."
    )
    assert [(e.date, names(e)) for e in of_type(a, "call")] == [("2021-10-14", ["Hun Sen", "Phạm Minh Chính"])]


def test_a_team_whose_head_goes_to_a_named_city_on_a_day_is_a_planned_visit():
    a = article(
        "Hà Nội, 3/6/2021 - Bộ Y tế sẽ cử đoàn chuyên gia do PGS.TS Lương Ngọc Khuê làm Trưởng đoàn sang Phnôm Pênh "
        "vào ngày 8/6 để hỗ trợ Campuchia."
    )
    assert [(e.date, names(e)) for e in of_type(a, "visit")] == [("2021-06-08", ["Lương Ngọc Khuê"])]


def test_an_agreement_carried_out_was_signed_before_and_is_no_signing_of_the_talks():
    a = article(
        "Chiều 6/5/2023, tại Điện Biên Phủ, ông Lê Thành Đô hội đàm với ông Khăm-lư Xỉ-phom-ma-lay. Hai bên khẳng định "
        "tiếp tục thực hiện Biên bản thỏa thuận hợp tác giai đoạn 2021 - 2025 đã ký hồi tháng 3 năm ngoái."
    )
    assert of_type(a, "signing") == []
    assert [e.date for e in of_type(a, "talks")] == ["2023-05-06"]


def test_the_two_leaders_working_somewhere_after_a_ceremony_hold_talks_that_day():
    a = article(
        "Sáng 20/4/2022, tại Cửa khẩu quốc tế Lệ Thanh, ông Võ Ngọc Thành và ông Nhem Sam Oeun dự lễ mở lại hoạt động "
        "xuất nhập cảnh. Sau buổi lễ, hai lãnh đạo tỉnh đã làm việc tại huyện Đức Cơ."
    )
    assert [(e.date, names(e)) for e in of_type(a, "talks")] == [("2022-04-20", ["Nhem Sam Oeun", "Võ Ngọc Thành"])]


def test_an_art_troupe_touring_and_its_first_night_with_a_guest():
    a = article(
        "Từ ngày 2 đến 9-3-2020, Đoàn Ca múa Quân khu 2 do Thượng tá Nguyễn Thu Hà làm trưởng đoàn đã sang biểu diễn "
        "tại các tỉnh Bắc Lào. Tối 3-3, tại thị xã Luông Nậm Thà, đoàn biểu diễn đêm đầu tiên. Dự buổi biểu diễn có "
        "đồng chí Phon-xay Xỉ-xổm-phon, Phó Tỉnh trưởng tỉnh Luông Nậm Thà."
    )
    assert [(e.date, e.end_date, names(e)) for e in of_type(a, "visit")] == [("2020-03-02", "2020-03-09", ["Nguyễn Thu Hà"])]
    assert [(e.date, names(e)) for e in of_type(a, "conference")] == [("2020-03-03", ["Phon-xay Xỉ-xổm-phon"])]


def test_a_meeting_the_two_sides_agree_to_hold_in_a_month_to_come_names_no_one():
    a = article(
        "Chiều 14/5/2024, tại Lào Cai, ông Trịnh Xuân Trường hội đàm với ông Chăn-thạ-vông Xay-nha-vông. Hai bên "
        "thống nhất dự kiến tổ chức hội nghị sơ kết tại tỉnh Phông-xa-lỳ vào tháng 11 tới. Hai bên cũng nhất trí sẽ ký "
        "Kế hoạch phối hợp năm 2025 vào tháng 12 tại Lào Cai."
    )
    assert of_type(a, "conference") == [] and of_type(a, "signing") == []


def test_the_same_day_is_not_the_day_of_what_an_aid_drive_followed():
    a = article(
        "Ngày 5/9, tại huyện Mường Xay, Đoàn công tác Hội Liên hiệp Phụ nữ Việt Nam do bà Hà Thị Nga dẫn đầu đã trao "
        "500 suất quà cho người dân vùng lũ. Số hàng trên được quyên góp ngay sau khi lũ quét xảy ra đêm 28/8/2023. "
        "Chiều cùng ngày, bà Hà Thị Nga đã hội đàm với bà In-lạy-vẳn Xỉ-xổm-phon."
    )
    assert [e.date for e in of_type(a, "talks")] == ["2023-09-05"]


def test_a_banquet_for_the_delegation_has_its_head():
    a = article(
        "Chiều 8/10/2024, tại Hà Nội, Bộ trưởng Nguyễn Kim Sơn đã hội đàm với Đoàn đại biểu Bộ Giáo dục Lào do Bộ "
        "trưởng Phout Simmalavong dẫn đầu. Tối cùng ngày, Thứ trưởng Hoàng Minh Sơn chủ trì tiệc chiêu đãi Đoàn."
    )
    assert [(e.date, names(e)) for e in of_type(a, "reception")] == [("2024-10-08", ["Hoàng Minh Sơn", "Phout Simmalavong"])]


def test_a_host_receiving_the_delegation_before_the_working_session_does_so_that_day():
    a = article(
        "Trong hai ngày 13 và 14/5/2024, đoàn công tác Sở Công Thương An Giang do ông Trần Minh Hải dẫn đầu đã thăm "
        "tỉnh Takeo. Chiều 14/5, tại thành phố Đôn Keo, hai Sở đã có buổi làm việc. Phía Takeo có ông Meas Sophoan, "
        "Giám đốc Sở Công Thương tỉnh Takeo.\n\nTrước buổi làm việc, Phó Tỉnh trưởng Takeo Chan Rithy đã tiếp đoàn."
    )
    assert [e.date for e in of_type(a, "reception")] == ["2024-05-14"]


def test_an_exhibition_open_somewhere_until_a_day_is_not_dated_by_that_day():
    a = article(
        "Triển lãm ảnh về quan hệ hai nước mở cửa tại Viêng Chăn đến hết ngày 30/8, giới thiệu 150 bức ảnh.\n\n"
        "Bộ trưởng Nguyễn Mạnh Hùng và Bộ trưởng Suanesavanh Vignaket cắt băng khai mạc triển lãm.\n\n"
        "Sáng 25/8/2022, tại Thủ đô Viêng Chăn, Bộ Thông tin và Truyền thông phối hợp với Bộ Thông tin, Văn hóa và "
        "Du lịch Lào khai mạc triển lãm."
    )
    assert [e.date for e in of_type(a, "conference")] == ["2022-08-25"]


def test_two_meetings_of_the_visitor_the_same_afternoon_with_two_ministers():
    a = article(
        "Chiều 6/4/2023, tại Phnôm Pênh, Bộ trưởng Nguyễn Văn Thắng đã hội đàm với Bộ trưởng Peng Ponea. Cũng trong "
        "chiều 6/4, Bộ trưởng Nguyễn Văn Thắng đã làm việc với Bộ trưởng Sun Chanthol."
    )
    assert sorted(names(e) for e in of_type(a, "talks")) == [
        ["Nguyễn Văn Thắng", "Peng Ponea"], ["Nguyễn Văn Thắng", "Sun Chanthol"],
    ]


def test_a_ceremony_named_with_its_own_day_at_the_head_of_a_sentence_happened():
    a = article(
        "Vinh, 6/12/2019 - Sáng nay, tại TP. Vinh, Hội Nhà báo tỉnh bế giảng lớp bồi dưỡng cho phóng viên Lào.\n\n"
        "Tại lễ khai giảng hôm 18/11, bà Nguyễn Thị Hương cho biết lớp học kéo dài ba tuần."
    )
    assert ("2019-11-18", ["Nguyễn Thị Hương"]) in [(e.date, names(e)) for e in of_type(a, "conference")]


def test_a_study_tour_over_a_range_of_days_is_a_visit():
    a = article(
        "Đoàn cán bộ Bộ Nội vụ Lào do Thứ trưởng Xổm-phon Đuông-đy dẫn đầu đang có chuyến khảo sát, học tập kinh "
        "nghiệm cải cách hành chính tại tỉnh Quảng Ninh từ ngày 4 đến 8/9/2023."
    )
    assert [(e.date, e.end_date, names(e)) for e in of_type(a, "visit")] == [("2023-09-04", "2023-09-08", ["Xổm-phon Đuông-đy"])]


def test_a_visit_named_in_a_sentence_that_opens_with_its_month_and_year():
    a = article(
        "Phnôm Pênh, ngày 5/3/2024 - Sáng nay, Bộ trưởng Nguyễn Kim Sơn hội đàm với Bộ trưởng Hang Chuon Naron.\n\n"
        "Tháng 6-2022, trong chuyến thăm chính thức Việt Nam của Bộ trưởng Hang Chuon Naron, hai Bộ đã thống nhất "
        "tăng số suất học bổng."
    )
    assert [(e.date, names(e)) for e in of_type(a, "visit")] == [("2022-06", ["Hang Chuon Naron"])]


def test_a_visit_framed_by_its_year_is_led_by_the_one_who_leads_it():
    a = article(
        "Kon Tum, 12/12/2024 - Sáng 12/12, bà Y Ngọc, Phó Chủ tịch UBND tỉnh Kon Tum, hội đàm với ông Thong Savun.\n\n"
        "Năm 2022, ông Lê Ngọc Tuấn dẫn đầu Đoàn đại biểu tỉnh Kon Tum thăm và làm việc tại tỉnh Ratanakiri."
    )
    assert [(e.date, names(e)) for e in of_type(a, "visit")] == [("2022", ["Lê Ngọc Tuấn"])]


def test_a_new_year_greeting_trip_over_two_days_is_a_visit_and_who_goes_on_it_is_on_the_visit():
    a = article(
        "Chiều 3/2/2024, tại Trụ sở Tỉnh ủy, ông Nguyễn Văn Út, Bí thư Tỉnh ủy đã tiếp Đoàn đại biểu tỉnh Svay Rieng "
        "do ông Men Vibol, Tỉnh trưởng dẫn đầu sang thăm, chúc Tết. Cùng dự buổi tiếp có ông Trần Văn Cần.\n\n"
        "Đoàn tỉnh Svay Rieng thăm, chúc Tết tỉnh Long An trong hai ngày 3 và 4/2. Cùng đi với Tỉnh trưởng có bà "
        "Chea Sophal, Phó Tỉnh trưởng."
    )
    assert [(e.date, e.end_date, names(e)) for e in of_type(a, "visit")] == [
        ("2024-02-03", "2024-02-04", ["Chea Sophal", "Men Vibol"])
    ]
    assert [names(e) for e in of_type(a, "reception")] == [["Men Vibol", "Nguyễn Văn Út", "Trần Văn Cần"]]


def test_who_attended_the_reception_just_told_and_the_same_day_after_an_anniversary_span():
    a = article(
        "Sáng nay (5/5/2024), tại thành phố Điện Biên Phủ, đồng chí Trần Quốc Cường đã tiếp Đoàn đại biểu tỉnh "
        "Luông Nậm Thà do đồng chí Phon-xay Xỉ-xổm-phon dẫn đầu. Đoàn sẽ ở lại tỉnh đến hết ngày 8/5 để dự các hoạt "
        "động kỷ niệm 70 năm Chiến thắng Điện Biên Phủ (7/5/1954 - 7/5/2024).\n\n"
        "Cùng dự buổi tiếp có đồng chí Lê Thành Đô.\n\n"
        "Chiều cùng ngày, Đoàn đã đến thăm Di tích Đồi A1.\n\n"
        "Sáng 7/5, Đoàn sẽ dự Lễ kỷ niệm cấp quốc gia tại Sân vận động tỉnh."
    )
    assert [(e.date, names(e)) for e in of_type(a, "reception")] == [
        ("2024-05-05", ["Lê Thành Đô", "Phon-xay Xỉ-xổm-phon", "Trần Quốc Cường"])
    ]
    assert [e.date for e in of_type(a, "visit")] == ["2024-05-05"]


def test_firms_of_both_sides_signing_contracts_are_not_the_two_sides_met():
    a = article(
        "Sáng 23/10/2024, tại Dinh Bà, ông Lưu Thành Đạt và ông Chea Monyrath khai mạc Hội chợ thương mại biên giới. "
        "Trong dịp này, các doanh nghiệp hai bên đã ký 9 hợp đồng với tổng giá trị 4,5 triệu USD."
    )
    assert of_type(a, "signing") == []


def test_the_same_day_as_an_act_it_names_is_that_acts_day():
    a = article(
        "Phnôm Pênh, 20/12 (TTXVN) - Ngày 20/12/2022, Đại sứ Nguyễn Huy Tăng đã trình Quốc thư lên Quốc vương "
        "Norodom Sihamoni.\n\nTrước đó, ngày 14/12, Đại sứ đã trao bản sao Quốc thư cho Phó Thủ tướng Prak Sokhonn.\n\n"
        "Ngay chiều cùng ngày trình Quốc thư, Đại sứ Nguyễn Huy Tăng chào xã giao Chủ tịch Thượng viện Say Chhum."
    )
    assert ("2022-12-20", ["Nguyễn Huy Tăng", "Say Chhum"]) in [(e.date, names(e)) for e in of_type(a, "reception")]


def test_the_head_named_by_title_and_study_trips_of_the_delegation():
    a = article(
        "Sáng 17/8/2022, tại TP. Vinh, Ban Tổ chức hai Tỉnh ủy tổ chức hội đàm. Tham dự có đồng chí Lê Văn Tường, "
        "Trưởng ban Tổ chức Tỉnh ủy Nghệ An và đồng chí Xổm-xạ-vạt Khăm-phui-xay, Trưởng ban Tổ chức Tỉnh ủy Xiêng "
        "Khoảng, Trưởng đoàn công tác tỉnh bạn. Đoàn sang trao đổi kinh nghiệm tại Nghệ An từ ngày 16 đến 19/8.\n\n"
        "Từ ngày 20 đến 22/8, Đoàn sẽ đi tìm hiểu thực tế tại tỉnh Hà Tĩnh."
    )
    assert [(e.date, e.end_date, names(e)) for e in of_type(a, "visit")] == [
        ("2022-08-16", "2022-08-19", ["Xổm-xạ-vạt Khăm-phui-xay"]),
        ("2022-08-20", "2022-08-22", ["Xổm-xạ-vạt Khăm-phui-xay"]),
    ]


def test_a_reception_after_a_day_and_a_when_clause():
    a = article(
        "Trong hai ngày 8 và 9-12-2022, tại Hà Nội, hai Đảng tổ chức Hội thảo lý luận lần thứ 10.\n\n"
        "Chiều 9-12, sau khi bế mạc Hội thảo, tại trụ sở Trung ương Đảng, đồng chí Võ Văn Thưởng đã tiếp đồng chí "
        "Khăm-phăn Phơi-nhạ-vông."
    )
    assert [(e.date, names(e)) for e in of_type(a, "reception")] == [
        ("2022-12-09", ["Khăm-phăn Phơi-nhạ-vông", "Võ Văn Thưởng"])
    ]


def test_a_visit_remembered_with_its_year_and_who_led_it():
    a = article(
        "Long Xuyên, 16/1/2023 - Sáng nay, ông Nguyễn Thanh Bình tiếp Đoàn đại biểu tỉnh Takeo do ông Ouk Sovann "
        "dẫn đầu.\n\nNgài Ouk Sovann nhớ lại chuyến thăm Takeo năm 2018 của Đoàn đại biểu tỉnh An Giang do ông "
        "Vương Bình Thạnh, khi đó là Chủ tịch UBND tỉnh, dẫn đầu."
    )
    assert [(e.date, names(e)) for e in of_type(a, "visit")] == [("2018", ["Vương Bình Thạnh"])]


def test_the_closing_of_a_conference_told_with_its_span_is_that_conference():
    a = article(
        "Trong hai ngày 5 và 6/9/2024, tại TP Pleiku, Hội nghị Biên phòng các tỉnh biên giới lần thứ 4 đã diễn ra.\n\n"
        "Hội nghị do ba Trưởng đoàn đồng chủ trì: Đại tá Rơ Châm Long; Đại tá Bun-mi Xay-xổm-bun; và Đại tá Sok Vanna.\n\n"
        "Bế mạc Hội nghị chiều 6/9, ba Trưởng đoàn đã ký Biên bản hội nghị.\n\n"
        "Tối 5/9, Đại tá Rơ Châm Long chủ trì tiệc chiêu đãi các đoàn đại biểu dự Hội nghị."
    )
    conferences = of_type(a, "conference")
    assert [(e.date, e.end_date) for e in conferences] == [("2024-09-05", "2024-09-06")]
    assert {"Rơ Châm Long", "Bun-mi Xay-xổm-bun", "Sok Vanna"} <= set(names(conferences[0]))


def test_a_forum_beside_a_fair_stays_an_event_of_its_own():
    a = article(
        "Hội chợ Thương mại Việt – Lào diễn ra từ ngày 3 đến 7/12/2023 tại Viêng Chăn, với sự tham dự của Bộ trưởng "
        "Nguyễn Hồng Diên.\n\n"
        "Ngày 5/12, bên lề hội chợ, Thứ trưởng Phan Thị Thắng đã dự Diễn đàn kết nối doanh nghiệp hai nước."
    )
    assert sorted((e.date, e.end_date) for e in of_type(a, "conference")) == [
        ("2023-12-03", "2023-12-07"), ("2023-12-05", None)]


def test_members_listed_as_taking_part_in_the_delegation_go_on_its_visit():
    a = article(
        "Chiều 9/10/2023, tại Hà Nội, Bộ trưởng Tư pháp Lê Thành Long hội đàm với Bộ trưởng Tư pháp Lào Phay-vy "
        "Xi-bua-li-pha, Trưởng đoàn đại biểu Bộ Tư pháp Lào đang thăm Việt Nam từ ngày 8 đến 11/10.\n\n"
        "Tham gia Đoàn có Thứ trưởng Khăm-xay Phôm-ma-chắc."
    )
    assert "Khăm-xay Phôm-ma-chắc" in names(of_type(a, "visit")[0])
    assert "Khăm-xay Phôm-ma-chắc" not in names(of_type(a, "talks")[0])


def test_a_host_receiving_someone_and_the_delegation_adds_no_one_else():
    a = article(
        "Ngày 4/3/2024, tại thành phố Sầm Nưa, Công an tỉnh Thanh Hóa và Bộ Chỉ huy Công an tỉnh Hủa Phăn hội đàm, do "
        "Đại tá Khăm-phăn Vông-xay và Đại tá Lê Văn Hà đồng chủ trì.\n\n"
        "Cùng ngày, ông Bun-thoong Kẹo-xỉ-la, Phó Tỉnh trưởng tỉnh Hủa Phăn đã tiếp Đại tá Lê Văn Hà và Đoàn."
    )
    assert names(of_type(a, "reception")[0]) == ["Bun-thoong Kẹo-xỉ-la", "Lê Văn Hà"]


def test_who_welcomes_the_delegation_at_a_reception_is_not_on_its_visit():
    a = article(
        "Chiều 12/5/2023, tại tỉnh Kandal, Ngài Kong Sophorn, Tỉnh trưởng tỉnh Kandal đã tiếp Đoàn đại biểu tỉnh An "
        "Giang do ông Nguyễn Thanh Bình dẫn đầu.\n\n"
        "Tại buổi tiếp, Ngài Kong Sophorn hoan nghênh Đoàn sang thăm và làm việc tại tỉnh Kandal trong hai ngày 12 - "
        "13/5."
    )
    assert [(e.date, e.end_date, names(e)) for e in of_type(a, "visit")] == [("2023-05-12", "2023-05-13", ["Nguyễn Thanh Bình"])]


def test_the_nth_working_day_and_the_day_after_a_journey_date_what_follows():
    a = article(
        "Đoàn công tác Bộ Nông nghiệp do Thứ trưởng Phùng Đức Tiến dẫn đầu thăm Lào từ ngày 7 đến 10/6/2022.\n\n"
        "Chiều 7/6, tại Viêng Chăn, Thứ trưởng Phùng Đức Tiến hội đàm với Thứ trưởng Phẹt Phôm-phi-phắc.\n\n"
        "Sang ngày làm việc thứ hai, Đoàn đi thăm Trung tâm Giống cây trồng Na-phok tại huyện Xay-thả-ny.\n\n"
        "Hôm sau, Đoàn bay lên tỉnh Luông Pha-bang. Tại thành phố Luông Pha-bang, Thứ trưởng Phùng Đức Tiến làm việc "
        "với lãnh đạo tỉnh do ông Khăm-xỉ Xay-nha-vông, Phó Tỉnh trưởng chủ trì."
    )
    assert ("2022-06-08", None) in [(e.date, e.end_date) for e in of_type(a, "visit")]
    assert [(e.date, names(e)) for e in of_type(a, "talks")] == [
        ("2022-06-07", ["Phùng Đức Tiến", "Phẹt Phôm-phi-phắc"]),
        ("2022-06-09", ["Khăm-xỉ Xay-nha-vông", "Phùng Đức Tiến"]),
    ]


def test_a_banquet_the_same_evening_as_talks_dated_by_the_sentence_before_them():
    a = article(
        "Sáng 11-12-2023, Đoàn làm thủ tục xuất cảnh qua Cửa khẩu Dinh Bà. Ngay trong buổi sáng, tại thành phố Prey "
        "Veng, Đoàn đã hội đàm với lãnh đạo tỉnh bạn do Ngài Chea Sothy, Tỉnh trưởng tỉnh Prey Veng chủ trì.\n\n"
        "Tối cùng ngày, Ngài Chea Sothy chủ trì tiệc chiêu đãi Đoàn."
    )
    assert [e.date for e in of_type(a, "talks")] == ["2023-12-11"]
    assert [e.date for e in of_type(a, "reception")] == ["2023-12-11"]


def test_what_a_visit_is_for_is_no_event():
    a = article(
        "Đoàn đại biểu tỉnh Xê Kông do ông Lẹ Kẹo-bun-phăn dẫn đầu thăm và làm việc tại Quảng Nam từ ngày 14 đến "
        "16/11/2023, nhằm tổng kết Biên bản "
        "ghi nhớ giai đoạn 2019 - 2023 và ký kết văn kiện hợp tác mới."
    )
    assert of_type(a, "signing") == []


def test_a_contract_signed_by_others_at_the_same_ceremony_is_a_signing_of_its_own():
    a = article(
        "Chiều 20/5/2024, tại Viêng Chăn, Bộ trưởng Nguyễn Hồng Diên hội đàm với Bộ trưởng Phô-xay Xay-nha-xỏn.\n\n"
        "Ký kết hai văn kiện\n\n"
        "Kết thúc hội đàm, hai Bộ trưởng đã ký Bản ghi nhớ về hợp tác năng lượng giai đoạn 2024 - 2030.\n\n"
        "Cũng tại buổi lễ, dưới sự chứng kiến của hai Bộ trưởng, ông Đặng Hoàng An và ông Chăn-thạ-vông Xỉ-phan-đôn "
        "đã ký Hợp đồng mua bán điện từ nhà máy thủy điện Nậm Mô."
    )
    assert sorted(names(e) for e in of_type(a, "signing")) == [
        ["Chăn-thạ-vông Xỉ-phan-đôn", "Nguyễn Hồng Diên", "Phô-xay Xay-nha-xỏn", "Đặng Hoàng An"],
        ["Nguyễn Hồng Diên", "Phô-xay Xay-nha-xỏn"],
    ]


def test_the_same_afternoon_as_a_ceremony_named_by_its_act():
    a = article(
        "Viêng Chăn, 6/3/2024 (KPL) - Hôm qua (5/3), tại tỉnh Sê Kông, Tập đoàn Hoàng Sơn tổ chức lễ khởi công Nhà "
        "máy thủy điện Xê Nam Noi 4. Tham dự lễ khởi công có Bộ trưởng Phô-xay Xay-nha-xỏn và Thứ trưởng Nguyễn Sinh "
        "Nhật Tân.\n\n"
        "Trước đó, ngày 4/3, tại Viêng Chăn, ông Lê Văn Hòa và ông Xổm-phon Kẹo-vi-lay đã ký Hợp đồng phát triển dự án.\n\n"
        "Chiều cùng ngày khởi công, Bộ trưởng Phô-xay Xay-nha-xỏn đã tiếp Thứ trưởng Nguyễn Sinh Nhật Tân."
    )
    assert [(e.date, names(e)) for e in of_type(a, "reception")] == [
        ("2024-03-05", ["Nguyễn Sinh Nhật Tân", "Phô-xay Xay-nha-xỏn"])]


def test_a_stop_told_with_its_day_inside_the_trip_range_is_a_visit_of_that_day():
    a = article(
        "Sáng nay (9/11/2022), trong khuôn khổ chuyến thăm chính thức Việt Nam từ ngày 7 đến 10/11, Chủ tịch Quốc hội "
        "Lào Xay-xổm-phon Phôm-vi-hản cùng Đoàn đại biểu Quốc hội Lào đã đến thăm và làm việc tại tỉnh Quảng Ninh.\n\n"
        "Chuyến thăm được thực hiện theo lời mời của Chủ tịch Quốc hội Vương Đình Huệ. Tháp tùng có bà Sụt-xạ-đa "
        "Phôm-ma-vông, Ủy viên Ủy ban Thường vụ Quốc hội Lào.\n\n"
        "Tại thành phố Hạ Long, đồng chí Nguyễn Xuân Ký, Bí thư Tỉnh ủy Quảng Ninh đã tiếp và làm việc với Đoàn."
    )
    visits = sorted((e.date, e.end_date, names(e)) for e in of_type(a, "visit"))
    assert visits[0][:2] == ("2022-11-07", "2022-11-10") and "Sụt-xạ-đa Phôm-ma-vông" in visits[0][2]
    assert visits[1] == ("2022-11-09", None, ["Xay-xổm-phon Phôm-vi-hản"])
    assert [e.date for e in of_type(a, "talks")] == ["2022-11-09"]


def test_a_stop_told_before_the_trip_it_continues_keeps_its_own_day():
    a = article(
        "Phnôm Pênh, 15/12/2023 (TTXVN) - Sáng nay (15/12), Bộ trưởng Lê Minh Hoan cùng Đoàn công tác đã đi thăm "
        "nhà máy chế biến mủ cao su tại tỉnh Kampong Thom, tiếp tục chương trình chuyến thăm và làm việc tại Campuchia "
        "từ ngày 13 đến 16/12."
    )
    assert sorted((e.date, e.end_date) for e in of_type(a, "visit")) == [("2023-12-13", "2023-12-16"), ("2023-12-15", None)]


def test_remains_handed_over_at_a_border_gate_are_a_ceremony_of_those_named_next():
    a = article(
        "Hôm qua (14-3-2023), tại Cửa khẩu quốc tế Cha Lo, Ban Chỉ đạo 515 tỉnh Quảng Bình tiếp nhận 9 hài cốt liệt sĩ "
        "quân tình nguyện hy sinh tại tỉnh Khăm Muộn.\n\n"
        "Trao hài cốt là ông Bun-xỉ Phăn-đa-la, Phó Tỉnh trưởng tỉnh Khăm Muộn. Tiếp nhận có ông Hồ An Phong, Phó Chủ "
        "tịch UBND tỉnh Quảng Bình."
    )
    assert [(e.date, names(e)) for e in of_type(a, "conference")] == [
        ("2023-03-14", ["Bun-xỉ Phăn-đa-la", "Hồ An Phong"])]


def test_a_meeting_held_right_after_a_ceremony_is_an_event_of_its_own():
    a = article(
        "Sáng 29-5-2024, tại Cửa khẩu Tịnh Biên, hai tỉnh tổ chức lễ tiếp nhận 18 hài cốt liệt sĩ, với sự tham dự của "
        "ông Phan Thanh Tùng và Ngài Chum Vibol.\n\n"
        "Ngay sau lễ tiếp nhận, tại thị xã Tịnh Biên, hai bên tổ chức hội nghị tổng kết công tác phối hợp mùa khô "
        "2023 - 2024. Kết thúc hội nghị, ông Phan Thanh Tùng và Ngài Chum Vibol đã ký Biên bản hội nghị.\n\n"
        "Theo kế hoạch, lễ truy điệu sẽ được tổ chức vào ngày 31-5 tại Nghĩa trang liệt sĩ tỉnh, do ông Lê Hồng Quang "
        "chủ trì."
    )
    assert sorted((e.date, e.planned) for e in of_type(a, "conference")) == [
        ("2024-05-29", False), ("2024-05-29", False), ("2024-05-31", True)]


def test_who_attended_the_ceremony_after_a_sentence_that_placed_it_in_a_visit():
    a = article(
        "Ngày 8/11/2023, tại huyện Viêng Xay, tỉnh Thanh Hóa tổ chức lễ bàn giao công trình trường học cho tỉnh Hủa "
        "Phăn.\n\n"
        "Buổi lễ nằm trong chương trình thăm và làm việc tại tỉnh Hủa Phăn từ ngày 7 đến 9/11 của Đoàn công tác tỉnh "
        "Thanh Hóa do đồng chí Đỗ Minh Tuấn, Chủ tịch UBND tỉnh làm trưởng đoàn.\n\n"
        "Dự buổi lễ, về phía tỉnh Hủa Phăn có đồng chí Khăm-lạ Xỉ-xổm-phon, Phó Tỉnh trưởng."
    )
    assert "Khăm-lạ Xỉ-xổm-phon" in names(of_type(a, "conference")[0])
    assert "Khăm-lạ Xỉ-xổm-phon" not in names(of_type(a, "visit")[0])


def test_a_day_of_history_or_of_an_anniversary_is_not_what_the_same_day_means():
    a = article(
        "Phnôm Pênh, ngày 9/11/2023 (AKP) -- Nhân dịp 70 năm Ngày Độc lập, Chủ tịch nước đã gửi điện chúc mừng. Năm "
        "2023 ghi dấu 56 năm Ngày thiết lập quan hệ ngoại giao (24/6/1967 - 24/6/2023).\n\n"
        "Trong điện mừng, Chủ tịch nước nhắc lại công lao của Quốc vương Cha Norodom Sihanouk, người đã giành độc lập "
        "ngày 9/11/1953.\n\n"
        "Sáng cùng ngày, tại Đài Độc lập, Quốc vương Norodom Sihamoni đã chủ trì lễ kỷ niệm, với sự tham dự của Thủ "
        "tướng Hun Manet."
    )
    assert [e.date for e in of_type(a, "conference")] == ["2023-11-09"]
    assert [(p.name, p.titles) for p in a.people if "Sihanouk" in p.name] == [("Norodom Sihanouk", ["Quốc vương Cha"])]


def test_what_one_side_wants_to_learn_about_holding_sessions_is_no_session():
    a = article(
        "Sáng 16/12/2021, Thường trực HĐND tỉnh Quảng Trị hội nghị trực tuyến với HĐND tỉnh Savannakhet.\n\n"
        "Ông Somlith Phanthavong cho biết Hội đồng Nhân dân tỉnh Savannakhet mong được học hỏi kinh nghiệm của HĐND "
        "tỉnh Quảng Trị về tổ chức kỳ họp, chất vấn và giám sát chuyên đề."
    )
    assert of_type(a, "conference") == []


def test_attendees_of_the_talks_are_not_moved_to_a_session_planned_after_them():
    a = article(
        "Sáng 5/12/2017, tại Hà Nội, Chủ tịch Quốc hội Nguyễn Thị Kim Ngân đã hội đàm với Samdech Heng Samrin. Tham "
        "dự hội đàm, phía Việt Nam có ông Nguyễn Văn Giàu; phía Campuchia có Ngài Chheang Vun.\n\n"
        "Hai bên nhất trí Ủy ban Đối ngoại hai Quốc hội sẽ tổ chức phiên làm việc thường niên vào tháng 4/2018 tại "
        "Phnôm Pênh, do ông Nguyễn Văn Giàu và Ngài Chheang Vun đồng chủ trì."
    )
    talks = {e.date: names(e) for e in of_type(a, "talks")}
    assert {"Nguyễn Văn Giàu", "Chheang Vun", "Heng Samrin"} <= set(talks["2017-12-05"])
    assert talks["2018-04"] == ["Chheang Vun", "Nguyễn Văn Giàu"]


def test_a_twinning_signed_by_others_before_the_leaders_who_signed_the_day_before():
    a = article(
        "Sáng 20-6-2023, tại huyện Snuol, ông Hồ Quang Vinh và Ngài Ith Chanthoeun hội đàm. Kết thúc hội đàm, ông Hồ "
        "Quang Vinh và Ngài Ith Chanthoeun đã ký Biên bản ghi nhớ hợp tác giai đoạn 2023 - 2026.\n\n"
        "Sáng 21-6, tại xã Khsuem, hai huyện tổ chức lễ kết nghĩa giữa xã Lộc Thạnh và xã Khsuem.\n\n"
        "Dưới sự chứng kiến của ông Hồ Quang Vinh và Ngài Ith Chanthoeun, ông Lâm Văn Đẹt và ông Chim Saroeun đã ký "
        "văn bản kết nghĩa giữa hai xã."
    )
    assert sorted((e.date, names(e)) for e in of_type(a, "signing")) == [
        ("2023-06-20", ["Hồ Quang Vinh", "Ith Chanthoeun"]),
        ("2023-06-21", ["Chim Saroeun", "Hồ Quang Vinh", "Ith Chanthoeun", "Lâm Văn Đẹt"]),
    ]


def test_a_month_framing_a_sentence_gives_way_to_its_days_and_a_parallel_reception_is_no_frame():
    a = article(
        "Quảng Trị, 30/12/2022 - Cuối tháng 11, trong 2 ngày 24 và 25/11, tại tỉnh Múc-đa-hản, đồng chí Võ Văn Hưng và "
        "đồng chí Santiphap Phomvihane dự hội nghị ba tỉnh.\n\n"
        "Ngày 13/12, tại Phnôm Pênh, Bộ trưởng Sok Chenda Sophea đã tiếp Thứ trưởng Đỗ Hùng Việt.\n\n"
        "Samdech Hun Manet đã thăm chính thức Việt Nam trong hai ngày 11 và 12/11/2022. Tại Hà Nội, Thủ tướng Hun "
        "Manet đã hội đàm với Thủ tướng Phạm Minh Chính, hội kiến Tổng Bí thư Nguyễn Phú Trọng."
    )
    assert [(e.date, e.end_date) for e in of_type(a, "conference")] == [("2022-11-24", "2022-11-25")]
    assert [e.date for e in of_type(a, "talks")] == ["2022-11"]


def test_a_first_meeting_recalled_on_the_sidelines_of_a_regional_meeting_is_no_conference():
    a = article(
        "Tối 11-12-2023, tại Hà Nội, Thủ tướng Phạm Minh Chính chủ trì tiệc chiêu đãi trọng thể Thủ tướng Hun Manet.\n\n"
        "Thủ tướng Hun Manet nhắc lại cuộc gặp đầu tiên với Thủ tướng Phạm Minh Chính bên lề một hội nghị khu vực."
    )
    assert of_type(a, "conference") == []


def test_a_second_call_right_after_the_first_and_talks_after_an_invitation():
    a = article(
        "Chiều 25-9-2024, tại Viêng Chăn, bên lề Hội nghị AMMTC-18, Bộ trưởng Lương Tam Quang đã gặp Bộ trưởng Bộ An "
        "ninh Lào Vilay Lakhamphong. Ngay sau đó, Bộ trưởng Lương Tam Quang gặp Phó Thủ tướng Campuchia Sar Sokha.\n\n"
        "Ngài Sar Sokha mời Bộ trưởng Lương Tam Quang sang thăm chính thức Campuchia vào tháng 3-2025. Tiếp đó, Bộ "
        "trưởng Lương Tam Quang hội đàm với Bộ trưởng Vilay Lakhamphong."
    )
    assert sorted((e.date, names(e)) for e in of_type(a, "reception")) == [
        ("2024-09-25", ["Lương Tam Quang", "Sar Sokha"]), ("2024-09-25", ["Lương Tam Quang", "Vilay Lakhamphong"])]
    assert [e.planned for e in of_type(a, "visit")] == [True]
    assert [e.date for e in of_type(a, "talks")] != ["2025-03"]


def test_citizens_handed_over_at_a_border_gate_are_a_ceremony_not_a_reception():
    a = article(
        "QĐND Online - Hôm qua (26-3-2024), tại Cửa khẩu quốc tế Lao Bảo, Bộ Chỉ huy Bộ đội Biên phòng tỉnh Quảng Trị "
        "tiếp nhận 8 công dân Việt Nam do Công an tỉnh Xa-van-na-khệt trao trả.\n\n"
        "Chủ trì buổi tiếp nhận, phía Việt Nam có Đại tá Hồ Văn Nghĩa; phía Lào có Thượng tá Xỉ-ha-thon Vông-xỉ-lạ.\n\n"
        "Năm 2023, lực lượng chức năng hai bên đã trao trả 215 công dân."
    )
    assert [(e.date, names(e)) for e in of_type(a, "conference")] == [
        ("2024-03-26", ["Hồ Văn Nghĩa", "Xỉ-ha-thon Vông-xỉ-lạ"])]
    assert of_type(a, "reception") == []


def test_a_call_right_after_a_ceremony_named_in_its_clause():
    a = article(
        "Viêng Chăn, 21/2/2024 (KPL) - Hôm qua (20/2), tại Viêng Chăn, Đại sứ Nguyễn Minh Tâm đã trao tặng Bộ Y tế Lào "
        "lô thuốc trị giá 5 tỷ đồng.\n\n"
        "Sau lễ trao tặng, Bộ trưởng Bounfeng Phoummalaysith tiếp Đại sứ Nguyễn Minh Tâm."
    )
    assert [(e.date, names(e)) for e in of_type(a, "reception")] == [
        ("2024-02-20", ["Bounfeng Phoummalaysith", "Nguyễn Minh Tâm"])]


def test_the_delegation_of_a_digest_item_is_the_one_that_item_names():
    a = article(
        "Hoạt động đối ngoại trong tuần\n\n"
        "Thứ Hai (9/10)\n\nTại Hà Nội, Phó Chủ tịch nước Võ Thị Ánh Xuân đã tiếp Đoàn đại biểu Hội Liên hiệp Phụ nữ Lào "
        "do bà In-lạ-văn Kẹo-bun-phăn, Chủ tịch Hội, dẫn đầu, đang thăm Việt Nam từ ngày 8 đến 12/10/2023.\n\n"
        "Thứ Tư (11/10)\n\nCùng ngày, Đoàn đại biểu Ban Dân vận Trung ương Đảng Nhân dân Cách mạng Lào do đồng chí "
        "Xổm-phăn Phết-xa-vông, Trưởng Ban, dẫn đầu đã tới Hà Nội, bắt đầu chuyến thăm Việt Nam từ ngày 11 đến 14/10. "
        "Chiều 11/10, đồng chí Trương Thị Mai đã tiếp Đoàn."
    )
    reception = [e for e in of_type(a, "reception") if e.date == "2023-10-11"]
    assert len(reception) == 1 and names(reception[0]) == ["Trương Thị Mai", "Xổm-phăn Phết-xa-vông"]


def test_a_delegation_received_or_recalled_later_is_not_who_the_delegation_is():
    a = article(
        "Ngày 20/5/2024, Đoàn đại biểu tỉnh Bình Phước do ông Trần Tuệ Hiền, Chủ tịch UBND tỉnh, dẫn đầu đã thăm tỉnh "
        "Kratie. Tháng 10/2023, Đoàn công tác huyện Lộc Ninh do ông Lê Văn Hải dẫn đầu đã sang huyện Snuol trao quà. "
        "Sáng 21/5, Đoàn đã làm việc với Sở Nông nghiệp tỉnh Kratie do ông Prak Vanna chủ trì. "
        "Chiều cùng ngày, ông Vá Thim, Tỉnh trưởng tỉnh Kratie, đã tiếp Đoàn."
    )
    reception = [e for e in of_type(a, "reception") if e.date == "2024-05-21"]
    assert len(reception) == 1 and "Trần Tuệ Hiền" in names(reception[0]) and "Lê Văn Hải" not in names(reception[0])


def test_a_delegation_led_to_a_province_for_its_work_is_a_visit():
    a = article(
        "Từ ngày 20 đến 22/9/2024, Đoàn công tác Tổng Lãnh sự quán Campuchia tại TP. Hồ Chí Minh do Ngài Kim Sovann, "
        "Tổng Lãnh sự, dẫn đầu đã đến tỉnh Bình Dương tổ chức đợt làm thủ tục lãnh sự lưu động cho công dân Campuchia."
    )
    assert [(e.type, e.date, e.end_date) for e in a.events] == [("visit", "2024-09-20", "2024-09-22")]


def test_each_numbered_item_of_a_bulletin_has_its_own_sides():
    a = article(
        "Bản tin hợp tác quốc tế tháng 5/2024\n\n"
        "1. Bộ trưởng Lê Thành Long thăm Campuchia\n\n"
        "Từ ngày 6 đến 8/5/2024, Đoàn công tác Bộ Tư pháp do Bộ trưởng Lê Thành Long làm Trưởng đoàn đã thăm Campuchia "
        "theo lời mời của Bộ trưởng Tư pháp Campuchia Koeut Rith. Sáng 7/5, hai Bộ trưởng đã hội đàm tại Phnôm Pênh.\n\n"
        "2. Làm việc với Bộ Tư pháp Lào\n\n"
        "Sáng 21/5, tại Hà Nội, Thứ trưởng Nguyễn Thanh Tịnh đã làm việc với Thứ trưởng Tư pháp Lào Xổm-xạ-vạt Xỉ-phon. "
        "Kết thúc buổi làm việc, hai bên đã ký Biên bản ghi nhớ về đào tạo cán bộ."
    )
    by_date = {(e.type, e.date): names(e) for e in a.events}
    assert by_date[("talks", "2024-05-07")] == ["Koeut Rith", "Lê Thành Long"]
    assert by_date[("signing", "2024-05-21")] == ["Nguyễn Thanh Tịnh", "Xổm-xạ-vạt Xỉ-phon"]


def test_after_the_talks_is_after_the_talks_of_that_paragraph():
    a = article(
        "Chiều 18/11/2018, đồng chí Trần Quốc Vượng đã hội đàm với Samdech Say Chhum tại Hà Nội.\n\n"
        "Sáng 22/11/2018, tại Hà Nội, đồng chí Hoàng Bình Quân đã hội đàm với đồng chí Sounthone Xayachak. "
        "Sau hội đàm, hai đồng chí đã ký Kế hoạch hợp tác giai đoạn 2019 - 2023 giữa hai Ban."
    )
    assert [e.date for e in of_type(a, "signing")] == ["2018-11-22"]


def test_a_meeting_beside_the_ceremony_just_told_is_a_reception_of_its_day():
    a = article(
        "Sáng 21/3/2024, tại Phnôm Pênh, Phó Thủ tướng Sun Chanthol đã chủ trì lễ trao giấy chứng nhận đầu tư.\n"
        "Bên lề buổi lễ, Phó Thủ tướng Sun Chanthol đã gặp Đại sứ Nguyễn Minh Vũ."
    )
    assert [(e.date, names(e)) for e in of_type(a, "reception")] == [("2024-03-21", ["Nguyễn Minh Vũ", "Sun Chanthol"])]


def test_the_founders_listed_before_dày_công_are_not_at_the_visit():
    a = article(
        "Từ ngày 24 đến 28-3-2008, Đoàn đại biểu Quốc hội Lào do Chủ tịch Quốc hội Thoong-xinh Thăm-ma-vông dẫn đầu "
        "thăm chính thức Việt Nam. Chủ tịch Quốc hội Nguyễn Phú Trọng khẳng định chuyến thăm góp phần vun đắp mối quan "
        "hệ đặc biệt mà Chủ tịch Hồ Chí Minh, Chủ tịch Cay-xỏn Phôm-vi-hản, Chủ tịch Xu-pha-nu-vông cùng các thế hệ lãnh "
        "đạo hai nước dày công xây dựng."
    )
    visit = of_type(a, "visit")
    assert len(visit) == 1 and not {"Hồ Chí Minh", "Xu-pha-nu-vông"} & set(names(visit[0]))


def test_a_firm_that_has_opened_its_plant_holds_a_ceremony():
    a = article(
        "Hôm qua (11/3/2016), tại huyện Pắc-xoòng, Công ty TNHH Cà phê Tây Nguyên Lào đã khánh thành nhà máy chế biến "
        "cà phê nhân xuất khẩu.\n\nDự lễ có ông Bun-mi Xay-nha-vông, Phó Tỉnh trưởng tỉnh Chăm-pa-xắc và ông Lê Văn Sáu, "
        "Giám đốc công ty."
    )
    assert [(e.type, e.date, names(e)) for e in a.events] == [
        ("conference", "2016-03-11", ["Bun-mi Xay-nha-vông", "Lê Văn Sáu"])]


def test_a_trade_meeting_held_online_is_a_call():
    a = article(
        "Sáng 8/10/2020, Cục Xúc tiến thương mại tổ chức Hội nghị giao thương trực tuyến nông sản Việt Nam - Campuchia, "
        "do bà Nguyễn Thị Minh Hằng, Phó Cục trưởng, và ông Kong Phearom, Phó Tổng cục trưởng, đồng chủ trì."
    )
    assert [(e.type, e.date) for e in a.events] == [("call", "2020-10-08")]


def test_a_session_reported_on_is_no_word_on_the_exhibition_told_before():
    a = article(
        "Triển lãm Quốc phòng quốc tế sẽ khai mạc sáng 19/12/2024 tại Hà Nội. Thủ tướng Phạm Minh Chính sẽ dự lễ khai mạc.\n\n"
        "Chiều 17/12, tại Viêng Chăn, Chủ tịch Quốc hội Lào Xay-xổm-phon Phôm-vi-hản đã tiếp Đại sứ Nguyễn Minh Tâm đến "
        "thông báo kết quả Kỳ họp thứ 8, Quốc hội Việt Nam khóa XV."
    )
    conference = of_type(a, "conference")
    assert [(e.date, names(e)) for e in conference] == [("2024-12-19", ["Phạm Minh Chính"])]


@pytest.mark.parametrize(
    "sentence",
    [
        "Sau hội đàm, hai Ngài Bộ trưởng đã ký kết Kế hoạch hợp tác năm 2018 giữa hai Bộ.",
        "Hai bên đánh giá kết quả hợp tác năm qua, đồng thời ký Kế hoạch hợp tác năm 2018.",
    ],
)
def test_the_two_sides_sign_in_a_sentence_that_names_neither(sentence):
    a = article(
        "Sáng 24/10/2017, tại Viêng Chăn, Đại tướng Ngô Xuân Lịch, Bộ trưởng Quốc phòng Việt Nam, đã hội đàm với "
        f"Thượng tướng Chăn-xa-mon Chăn-nha-lạt, Bộ trưởng Quốc phòng Lào. {sentence}"
    )
    assert [(e.date, names(e)) for e in of_type(a, "signing")] == [
        ("2017-10-24", ["Chăn-xa-mon Chăn-nha-lạt", "Ngô Xuân Lịch"])]


def test_a_leader_named_in_a_seminars_title_or_as_the_one_born_is_not_at_it():
    a = article(
        "Sáng 10/12/2020, tại Viêng Chăn, Học viện Chính trị quốc gia Lào tổ chức Hội thảo khoa học “Chủ tịch Hồ Chí Minh "
        "với cách mạng Lào” nhân kỷ niệm 100 năm Ngày sinh Chủ tịch Cay-xỏn Phôm-vi-hản, do đồng chí Ki-kẹo Khai-khăm-phi-thun "
        "chủ trì."
    )
    assert [(e.type, names(e)) for e in a.events] == [("conference", ["Ki-kẹo Khai-khăm-phi-thun"])]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Chiều 14/4/2016, tại thị xã Hồng Ngự, Bộ Chỉ huy Bộ đội Biên phòng tỉnh tổ chức giao hữu bóng đá với đội Cảnh "
         "sát biên phòng tỉnh Prey Veng. Dự và cổ vũ có Đại tá Lê Văn Hòa và ông Sum Sokha, Phó Tỉnh trưởng.",
         ("conference", "2016-04-14", None, ["Lê Văn Hòa", "Sum Sokha"])),
        ("Chiều 10/5/2022, tại Hà Nội, Ban Tổ chức đã tổ chức lễ thượng cờ chào mừng Đoàn Thể thao Lào. Dự lễ có ông "
         "Trần Văn Hải, Phó Tổng cục trưởng.", ("conference", "2022-05-10", None, ["Trần Văn Hải"])),
        ("Đoàn đại biểu Bộ Giáo dục và Thể thao Lào do Bộ trưởng Phout Simmalavong dẫn đầu ở Việt Nam từ ngày 11 đến "
         "14/5/2022.", ("visit", "2022-05-11", "2022-05-14", ["Phout Simmalavong"])),
    ],
)
def test_matches_flag_raisings_and_stays(text, expected):
    assert summary(article(text)) == [expected]


def test_today_before_the_verb_dates_it_and_a_span_is_no_same_day():
    a = article(
        "Phnôm Pênh, ngày 27/9/2018 (AKP) -- Học viện Chính trị quốc gia Hồ Chí Minh hôm nay đã phối hợp tổ chức hội thảo "
        "khoa học do Ngài Lim Sovannara chủ trì.\n\n"
        "Tuần phim diễn ra trong hai ngày 28 và 29/9. Trước đó, chiều cùng ngày, Bộ trưởng Phoeurng Sackona đã tiếp Thứ "
        "trưởng Tạ Quang Đông."
    )
    assert [(e.type, e.date) for e in a.events] == [("conference", "2018-09-27"), ("reception", "2018-09-27")]


def test_those_who_present_papers_are_at_the_seminar():
    a = article(
        "Sáng 15/8/2024, tại TP Hà Tĩnh, Trường Chính trị Trần Phú tổ chức hội thảo khoa học do đồng chí Đặng Văn Kiểm, "
        "Hiệu trưởng, chủ trì.\n\nHội thảo nhận được 16 tham luận. Trình bày tham luận, ThS Lê Thị Lam Giang, Trưởng khoa "
        "Xây dựng Đảng, chia sẻ cách thiết kế bài giảng; TS Bùi Văn Thao, Phó Hiệu trưởng, đề xuất tăng thời lượng học."
    )
    assert [(e.type, names(e)) for e in a.events] == [
        ("conference", ["Bùi Văn Thao", "Lê Thị Lam Giang", "Đặng Văn Kiểm"])]


def test_the_welcome_before_the_talks_is_no_ceremony_of_its_own():
    a = article(
        "Sáng 19/6/2024, tại Viêng Chăn, Đại tướng Chansamone Chanyalath đã hội đàm với Đại tướng Phan Văn Giang. Trước "
        "hội đàm, Đại tướng Chansamone Chanyalath đã chủ trì lễ đón chính thức Đại tướng Phan Văn Giang và Đoàn."
    )
    assert [e.type for e in a.events] == ["talks"]


def test_a_programmes_items_are_on_the_day_that_heads_them():
    a = article(
        "Chương trình đón Đoàn đại biểu tỉnh Takeo\n\nNgày đăng: 20/12/2024\n\n"
        "Thứ Năm, 26/12/2024 | | |\n"
        "09h30 | Hội đàm giữa lãnh đạo hai tỉnh | Phòng họp A | Đ/c Lê Văn Phước, Phó Chủ tịch UBND tỉnh; ông Sam Vichet, "
        "Phó Tỉnh trưởng tỉnh Takeo\n"
        "Thứ Sáu, 27/12/2024 | | |\n"
        "- 08h00: Đồng chí Trần Minh Thuận, Phó Bí thư Thường trực Tỉnh ủy, tiếp ông Sam Vichet."
    )
    assert [(e.type, e.date) for e in a.events] == [("talks", "2024-12-26"), ("reception", "2024-12-27")]
    assert "Thứ Năm, 26/12/2024" in a.clean_text and "Thứ Sáu, 27/12/2024" in a.clean_text


def test_a_joint_drill_is_a_gathering_of_those_who_direct_it():
    a = article(
        "Sáng 21/8/2024, tại huyện Svay Teab, Quân khu 2 Campuchia và Quân khu 7 Việt Nam tổ chức diễn tập chung ứng "
        "phó lũ lụt. Cuộc diễn tập đặt dưới sự chỉ đạo của Ngài Men Vibol, Tỉnh trưởng tỉnh Svay Rieng và Thiếu tướng "
        "Huỳnh Văn Cẩn, Phó Tư lệnh Quân khu 7."
    )
    assert [(e.type, e.date, names(e)) for e in a.events] == [
        ("conference", "2024-08-21", ["Huỳnh Văn Cẩn", "Men Vibol"])]


def test_acts_after_an_arrival_told_with_its_day_are_on_that_day():
    a = article(
        "Chiều 7-1-2024, Thủ tướng Phạm Minh Chính đã đến Thủ đô Viêng Chăn, bắt đầu chuyến thăm chính thức Lào trong "
        "hai ngày 7 và 8-1.\n\nSau lễ đón chính thức do Thủ tướng Sonexay Siphandone chủ trì tại Phủ Chủ tịch Lào, hai Thủ "
        "tướng đã hội đàm trong không khí thân tình."
    )
    assert [(e.type, e.date) for e in of_type(a, "talks")] == [("talks", "2024-01-07")]


def test_a_delegation_named_again_short_by_its_province_is_its_head():
    a = article(
        "Sáng 17-12-2019, tại thành phố Sơn La, Bộ Chỉ huy Bộ đội Biên phòng tỉnh hội đàm với Đoàn đại biểu Bộ Chỉ huy "
        "Quân sự (CHQS) tỉnh Hủa Phăn (Lào) do Đại tá Khăm-xỉ-phon Đuông-pạ-xợt dẫn đầu.\n\n"
        "Đoàn đại biểu Bộ CHQS tỉnh Hủa Phăn gồm 11 thành viên, thăm và làm việc tại tỉnh Sơn La từ ngày 16 đến 18-12."
    )
    assert [(e.date, e.end_date, names(e)) for e in of_type(a, "visit")] == [
        ("2019-12-16", "2019-12-18", ["Khăm-xỉ-phon Đuông-pạ-xợt"])]


def test_the_same_day_of_an_announced_programme_is_the_day_planned_before_it():
    a = article(
        "Viêng Chăn, 6/1/2023 - Bộ Ngoại giao Lào thông báo Thủ tướng Sonexay Siphandone sẽ thăm chính thức Việt Nam. "
        "Theo thông cáo, sáng 8/1, tại Hà Nội, Thủ tướng Phạm Minh Chính sẽ hội đàm với Thủ tướng Sonexay Siphandone. "
        "Chiều cùng ngày, Thủ tướng Sonexay Siphandone hội kiến Chủ tịch Quốc hội Vương Đình Huệ."
    )
    assert [(e.type, e.date) for e in a.events if e.type != "visit"] == [("talks", "2023-01-08"), ("reception", "2023-01-08")]


def test_a_call_on_two_leaders_is_a_call_on_each():
    a = article(
        "Sáng 17/5/2017, tại Phnôm Pênh, Chủ tịch nước Trần Đại Quang hội kiến Chủ tịch Thượng viện Say Chhum và Chủ tịch "
        "Quốc hội Heng Samrin."
    )
    assert sorted(names(e) for e in of_type(a, "reception")) == [
        ["Heng Samrin", "Trần Đại Quang"], ["Say Chhum", "Trần Đại Quang"]]


def test_each_item_of_a_days_schedule_on_one_line_is_its_own_sentence():
    a = article(
        "Lịch công tác tuần (từ ngày 12/9 đến 18/9/2022)\n\n"
        "Thứ Hai (12/9): 7h30 – Chủ tịch UBND tỉnh Võ Trọng Hải chủ trì giao ban Thường trực UBND tỉnh; 9h00 – Phó Chủ tịch "
        "UBND tỉnh Nguyễn Hồng Lĩnh tiếp Tổng Lãnh sự Lào tại Vinh Khăm-la Xỉ-xu-vông."
    )
    assert [(e.type, e.date, names(e)) for e in of_type(a, "reception")] == [
        ("reception", "2022-09-12", ["Khăm-la Xỉ-xu-vông", "Nguyễn Hồng Lĩnh"])]


def test_the_same_afternoon_beside_a_session_is_the_sessions_day():
    a = article(
        "Viêng Chăn, 21/11 (TTXVN) - Sáng 21/11, Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn và Bộ trưởng Bộ Ngoại giao Lào "
        "Saleumxay Kommasith đồng chủ trì Kỳ họp Ủy ban liên Chính phủ năm 2023.\n\n"
        "Tối 20/11, ngay sau khi đến Viêng Chăn, Bộ trưởng Bùi Thanh Sơn đã gặp mặt cán bộ Đại sứ quán.\n\n"
        "Bên lề Kỳ họp, chiều cùng ngày, Thứ trưởng Phan Thị Thắng đã làm việc với Thứ trưởng Bộ Công Thương Lào "
        "Bunthavy Sisouphanthong."
    )
    talks = of_type(a, "talks")
    assert [(e.date, names(e)) for e in talks] == [("2023-11-21", ["Bunthavy Sisouphanthong", "Phan Thị Thắng"])]
    # those who met beside the session are not named as at it
    session = of_type(a, "conference")
    assert [names(e) for e in session] == [["Bùi Thanh Sơn", "Saleumxay Kommasith"]]


def test_a_proposal_to_hold_a_fair_is_no_event():
    a = article(
        "Chiều 14/5/2024, tại Phnôm Pênh, Thứ trưởng Phan Thị Thắng đã làm việc với Quốc vụ khanh Bộ Thương mại "
        "Campuchia Tek Reth Kamrang. Quốc vụ khanh Tek Reth Kamrang đề nghị hai bên sớm tổ chức Hội chợ hàng nông sản "
        "tại tỉnh Takeo."
    )
    assert [(e.type, e.date) for e in a.events] == [("talks", "2024-05-14")]


def test_the_co_chairs_own_talks_are_not_a_meeting_of_two_others_later_that_day():
    a = article(
        "Sáng 3/10/2023, tại Hà Nội, Bộ trưởng Bộ Kế hoạch và Đầu tư Nguyễn Chí Dũng và Bộ trưởng Bộ Kế hoạch và Đầu tư "
        "Lào Phet Phomphiphak đồng chủ trì Hội nghị hợp tác đầu tư.\n\n"
        "Trước phiên họp toàn thể, hai đồng Chủ tịch đã có cuộc hội đàm.\n\n"
        "Bên lề Hội nghị, chiều cùng ngày, Thứ trưởng Trần Duy Đông đã làm việc với Thứ trưởng Lào Kikeo Chanthaboury."
    )
    assert sorted(names(e) for e in of_type(a, "talks")) == [
        ["Kikeo Chanthaboury", "Trần Duy Đông"], ["Nguyễn Chí Dũng", "Phet Phomphiphak"]]


def test_a_subheading_names_the_call_told_under_it():
    a = article(
        "Tối 8/3/2024, Bộ trưởng Nguyễn Kim Sơn đã gặp mặt lưu học sinh Lào tại Viêng Chăn.\n\n"
        "Phó Thủ tướng Kikeo Khaykhamphithoune tiếp Bộ trưởng Nguyễn Kim Sơn\n\n"
        "Chiều 9/3, tại Văn phòng Chính phủ Lào, Phó Thủ tướng Kikeo Khaykhamphithoune đã tiếp Bộ trưởng Nguyễn Kim Sơn."
    )
    assert [(e.date, names(e)) for e in of_type(a, "reception")] == [
        ("2024-03-08", ["Nguyễn Kim Sơn"]), ("2024-03-09", ["Kikeo Khaykhamphithoune", "Nguyễn Kim Sơn"])]


def test_an_item_signed_by_its_pair_then_explained_is_a_signing():
    a = article(
        "Sáng 7/6/2024, tại Hà Nội, Bộ trưởng Nguyễn Văn Thắng và Bộ trưởng Lào Viengsavath Siphandone chứng kiến lễ ký "
        "các văn kiện, gồm:\n\n"
        "- Bản ghi nhớ về hợp tác đường bộ, do Thứ trưởng Lê Anh Tuấn và Thứ trưởng Lào Lattanamany Khounnivong ký. "
        "Bản ghi nhớ mở thêm hai tuyến vận tải khách.\n\n"
        "- Kế hoạch hợp tác năm 2025, do Cục trưởng Trần Bảo Ngọc và Cục trưởng Bounma Xaysana ký."
    )
    witnesses = {"Nguyễn Văn Thắng", "Viengsavath Siphandone"}
    assert sorted(sorted(set(names(e)) - witnesses) for e in of_type(a, "signing")) == [
        ["Bounma Xaysana", "Trần Bảo Ngọc"], ["Lattanamany Khounnivong", "Lê Anh Tuấn"]]


def test_an_act_after_a_flashback_takes_the_day_of_the_event_told_again_before_it():
    a = article(
        "Ngày 5/11/2024, tại Viêng Chăn, Bộ trưởng Bộ Nội vụ Phạm Thị Thanh Trà đã hội đàm với Bộ trưởng Bộ Nội vụ Lào "
        "Vilayvong Bouddakham. Sau hội đàm, hai Bộ trưởng đã ký Kế hoạch hợp tác năm 2025.\n\n"
        "Tối 4/11, ngay sau khi Đoàn đến Viêng Chăn, Bộ trưởng Vilayvong Bouddakham chủ trì tiệc chiêu đãi Bộ trưởng "
        "Phạm Thị Thanh Trà.\n\n"
        "Kết thúc hội đàm, hai Bộ trưởng đã ký Kế hoạch hợp tác năm 2025.\n\n"
        "Dưới sự chứng kiến của hai Bộ trưởng, Thứ trưởng Vũ Chiến Thắng và Thứ trưởng Khamphay Sayavong đã ký Bản ghi nhớ "
        "về đào tạo công chức."
    )
    signings = {tuple(names(e)[:4]): e.date for e in of_type(a, "signing")}
    assert all(d == "2024-11-05" for d in signings.values()), signings


def test_those_also_present_are_at_the_call_of_the_sentence_before():
    a = article(
        "Tối 11/4/2024, tại Hà Nội, Bộ trưởng Bộ Xây dựng Nguyễn Thanh Nghị chủ trì tiệc chiêu đãi Bộ trưởng Lào "
        "Phomma Phommachanh.\n\n"
        "Chiều 12/4, tại Trụ sở Chính phủ, Phó Thủ tướng Trần Hồng Hà đã tiếp Bộ trưởng Phomma Phommachanh. "
        "Cùng dự có Bộ trưởng Nguyễn Thanh Nghị."
    )
    assert [(e.date, names(e)) for e in of_type(a, "reception")] == [
        ("2024-04-11", ["Nguyễn Thanh Nghị", "Phomma Phommachanh"]),
        ("2024-04-12", ["Nguyễn Thanh Nghị", "Phomma Phommachanh", "Trần Hồng Hà"])]


def test_a_guest_named_by_title_calls_on_each_leader_of_a_programme():
    a = article(
        "Chiều 3/12/2024, tại Hà Nội, Chủ tịch Quốc hội Trần Thanh Mẫn hội đàm với Chủ tịch Quốc hội Campuchia "
        "Khuon Sudary.\n\n"
        "Theo chương trình, sáng 4/12, Chủ tịch Quốc hội Campuchia sẽ chào Tổng Bí thư Tô Lâm và hội kiến Chủ tịch nước "
        "Lương Cường, Thủ tướng Phạm Minh Chính."
    )
    assert sorted(names(e) for e in of_type(a, "reception")) == [
        ["Khuon Sudary", "Lương Cường"], ["Khuon Sudary", "Phạm Minh Chính"], ["Khuon Sudary", "Tô Lâm"]]
    assert {e.date for e in of_type(a, "reception")} == {"2024-12-04"}


def test_a_bare_title_is_the_home_countrys_holder():
    a = article(
        "Sáng 11/7/2024, tại Viêng Chăn, Chủ tịch nước Tô Lâm hội đàm với Tổng Bí thư, Chủ tịch nước Lào Thongloun "
        "Sisoulith. Chiều cùng ngày, Chủ tịch nước lần lượt hội kiến Thủ tướng Sonexay Siphandone và Chủ tịch Quốc hội "
        "Saysomphone Phomvihane."
    )
    assert sorted(names(e) for e in of_type(a, "reception")) == [
        ["Saysomphone Phomvihane", "Tô Lâm"], ["Sonexay Siphandone", "Tô Lâm"]]


def test_a_conference_planned_for_a_month_by_the_two_provinces_leaders_names_no_one():
    a = article(
        "Sáng 5/12/2023, tại thành phố Vinh, đồng chí Nguyễn Văn Đệ, Phó Chủ tịch UBND tỉnh Nghệ An, và đồng chí "
        "Khăm-phăn Phôm-ma-that, Phó Tỉnh trưởng tỉnh Xiêng Khoảng, đồng chủ trì Hội nghị sơ kết hợp tác. Năm 2024, dự "
        "kiến hai tỉnh sẽ tổ chức Hội nghị tổng kết tại thành phố Phôn-xạ-vẳn vào tháng 12/2024, do lãnh đạo hai tỉnh "
        "đồng chủ trì."
    )
    assert [(e.type, e.date) for e in a.events] == [("conference", "2023-12-05")]


def test_a_tally_of_delegations_and_seminars_is_no_event():
    a = article(
        "Chiều 20/5/2024, tại thành phố Đà Lạt, ông Trần Văn Hiệp, Phó Chủ tịch UBND tỉnh Lâm Đồng, đã tiếp ông "
        "Phon-xay Kẹo-ma-ni, Phó Tỉnh trưởng tỉnh Xê Kông. Ông Trần Văn Hiệp cho biết năm 2023, hai tỉnh đã trao đổi "
        "12 đoàn công tác và đồng tổ chức 4 hội thảo về nông nghiệp."
    )
    assert [(e.type, e.date) for e in a.events] == [("reception", "2024-05-20")]


def test_a_visit_dated_by_the_month_before_keeps_its_month():
    a = article(
        "Đoàn đại biểu tỉnh Luông Nậm Tha thăm tỉnh Lai Châu\n\n"
        "10:20 | 04/01/2019\n\n"
        "Chiều 30/12, tại thành phố Lai Châu, đồng chí Giàng Páo Mỷ, Bí thư Tỉnh ủy, đã tiếp Đoàn đại biểu tỉnh Luông Nậm "
        "Tha do đồng chí Phút-thạ-vông Xỉ-xu-văn, Phó Tỉnh trưởng, dẫn đầu.\n\n"
        "Tháng trước, đồng chí Đỗ Ngọc An đã dẫn đầu Đoàn đại biểu tỉnh Lai Châu sang thăm, chúc mừng tỉnh Luông Nậm Tha "
        "nhân dịp Quốc khánh Lào."
    )
    assert [e.date for e in of_type(a, "visit") if "Đỗ Ngọc An" in names(e)] == ["2018-12"]


def test_a_day_told_by_the_lunar_calendar_dates_its_event():
    a = article(
        "Lãnh đạo tỉnh Hà Tĩnh tiếp Tổng Lãnh sự Lào\n\n"
        "Thứ Sáu, 16/02/2024\n\n"
        "Chiều mùng 4 Tết, đồng chí Võ Trọng Hải, Chủ tịch UBND tỉnh Hà Tĩnh, đã tiếp ông Bun-khởn Xỉ-la-vông, "
        "Tổng Lãnh sự Lào tại Vinh, đến chúc Tết."
    )
    assert [(e.type, e.date) for e in a.events] == [("reception", "2024-02-13")]


def test_awarding_orders_is_a_ceremony():
    a = article(
        "Viêng Chăn, ngày 20/8/2024 (KPL) -- Tối qua (19/8), tại Đại sứ quán Việt Nam ở Viêng Chăn, Đại sứ Nguyễn Minh "
        "Tâm đã trao Huân chương Hữu nghị cho ông Khămphăn Phômmathăt, nguyên Bộ trưởng Bộ Nội vụ Lào."
    )
    assert [(e.type, e.date) for e in a.events] == [("conference", "2024-08-19")]


def test_a_leader_praising_talks_and_urging_both_sides_was_not_at_them():
    a = article(
        "Viêng Chăn, 10/4/2025 (KPL) - Sáng nay, Thủ tướng Sonexay Siphandone đã tiếp Bộ trưởng Bộ Công an Lương Tam "
        "Quang. Thủ tướng Sonexay Siphandone đánh giá cao kết quả hội đàm giữa hai Bộ Công an và đề nghị hai bên tiếp tục "
        "phối hợp chặt chẽ.\n\n"
        "Hôm qua (9/4), Bộ trưởng Lương Tam Quang đã hội đàm với Bộ trưởng Bộ An ninh Lào Vilay Lakhamphong. "
        "Kết thúc hội đàm, hai Bộ trưởng đã ký Kế hoạch hợp tác năm 2025."
    )
    assert [names(e) for e in of_type(a, "talks")] == [["Lương Tam Quang", "Vilay Lakhamphong"]]


def test_both_sides_urged_by_a_leader_praising_a_meeting_are_not_added_to_it():
    a = article(
        "Phnôm Pênh, 6/9/2023 (TTXVN) - Chiều nay, Thủ tướng Hun Manet đã tiếp Bộ trưởng Bộ Công Thương Nguyễn Hồng Diên. "
        "Thủ tướng Hun Manet đánh giá cao kết quả Hội nghị xúc tiến thương mại và đề nghị hai bên sớm triển khai.\n\n"
        "Sáng nay, Bộ trưởng Nguyễn Hồng Diên và Bộ trưởng Thương mại Campuchia Pan Sorasak đồng chủ trì Hội nghị xúc tiến "
        "thương mại."
    )
    assert [names(e) for e in of_type(a, "conference")] == [["Nguyễn Hồng Diên", "Pan Sorasak"]]


def test_those_also_receiving_are_at_the_call_not_on_the_visit():
    a = article(
        "Chiều 5/4/2024, tại Hà Nội, Phó Chủ tịch nước Võ Thị Ánh Xuân tiếp Ngài Say Chhum, Chủ tịch Thượng viện "
        "Campuchia, đang dẫn đầu Đoàn đại biểu thăm Việt Nam từ ngày 4 đến 7/4. Cùng đi có Ngài Nuon Sokha, Tổng Thư ký "
        "Thượng viện. Cùng tiếp có ông Phan Anh Sơn, Chủ tịch Liên hiệp các tổ chức hữu nghị Việt Nam."
    )
    assert [names(e) for e in of_type(a, "reception")] == [["Phan Anh Sơn", "Say Chhum", "Võ Thị Ánh Xuân"]]
    assert all("Phan Anh Sơn" not in names(e) for e in of_type(a, "visit"))


def test_a_list_of_those_present_runs_on_past_a_guest_visiting_in_passing():
    a = article(
        "Sáng 12/7/2016, tại Hà Nội, Bộ Giáo dục và Đào tạo tổ chức gặp mặt lưu học sinh Lào tốt nghiệp năm 2016. "
        "Dự buổi gặp mặt có: ông Nguyễn Văn Phúc, Thứ trưởng Bộ Giáo dục và Đào tạo; bà Sengdeuane Lachanthaboun, "
        "Thứ trưởng Bộ Giáo dục và Thể thao Lào, đang thăm và làm việc tại Việt Nam; ông Khamphao Ernthavanh, "
        "Tham tán Đại sứ quán Lào."
    )
    (meeting,) = of_type(a, "reception")
    assert {"Nguyễn Văn Phúc", "Sengdeuane Lachanthaboun", "Khamphao Ernthavanh"} <= set(names(meeting))


def test_a_planned_call_keeps_its_day_not_the_month_of_the_act_after_it():
    a = article(
        "Bộ trưởng Bùi Thanh Sơn tiếp Đại sứ Lào chào từ biệt\n\nThứ Năm, 20/02/2025\n\n"
        "Chiều 20/2, tại Hà Nội, Bộ trưởng Bùi Thanh Sơn đã tiếp Đại sứ Lào Khamphao Ernthavanh đến chào từ biệt.\n\n"
        "Theo kế hoạch, ngày mai (21/2), Đại sứ sẽ chào từ biệt Chủ tịch Quốc hội Trần Thanh Mẫn trước khi về nước "
        "vào cuối tháng này."
    )
    assert sorted(e.date for e in of_type(a, "reception")) == ["2025-02-20", "2025-02-21"]


def test_two_verbs_of_one_greeting_with_the_guest_after_both_are_one_call():
    a = article(
        "Chiều 31/1/2025, tại Đồn Biên phòng Cửa khẩu quốc tế Tây Trang, Thiếu tá Lò Văn Thiết, Đồn trưởng đã gặp mặt, "
        "chúc Tết Đoàn cán bộ Trạm Kiểm soát cửa khẩu Pang Hốc do Đại úy Bun-lọm Xay-nha-xỏn dẫn đầu."
    )
    assert [names(e) for e in of_type(a, "reception")] == [["Bun-lọm Xay-nha-xỏn", "Lò Văn Thiết"]]


def test_calls_in_turn_in_one_sentence_are_each_with_its_own_guest():
    a = article(
        "Chiều 14/3/2024, tại Viêng Chăn, Đoàn đại biểu Hội Nông dân Việt Nam do ông Lương Quốc Đoàn, Chủ tịch Hội, dẫn đầu "
        "đã lần lượt chào xã giao ông Sonexay Siphandone, Thủ tướng Lào; hội kiến ông Saysomphone Phomvihane, Chủ tịch "
        "Quốc hội và làm việc với ông Sinlavong Khoutphaythoune, Chủ tịch Ủy ban Trung ương Mặt trận Lào xây dựng đất nước."
    )
    assert sorted((e.type, e.date, tuple(names(e))) for e in a.events) == [
        ("reception", "2024-03-14", ("Lương Quốc Đoàn", "Saysomphone Phomvihane")),
        ("reception", "2024-03-14", ("Lương Quốc Đoàn", "Sonexay Siphandone")),
        ("talks", "2024-03-14", ("Lương Quốc Đoàn", "Sinlavong Khoutphaythoune"))]


def test_a_participant_is_named_as_the_body_writes_them_not_as_a_headline_in_capitals():
    text = ("PHÓ THỦ TƯỚNG TIẾP CHỦ TỊCH UỶ BAN TRUNG ƯƠNG MẶT TRẬN LÀO XỈN-LA-VÔNG KHÚT-PHAY-THUN\n"
            "Thứ Năm, 12/9/2024 - 16:20\n\n"
            "Chiều 12/9, tại Hà Nội, Phó Thủ tướng Trần Hồng Hà đã tiếp đồng chí Xỉn-la-vông Khút-phay-thun, "
            "Chủ tịch Ủy ban Trung ương Mặt trận Lào xây dựng đất nước.")
    a = article(text)
    names = {p["name"] for e in a.to_record()["events"] for p in e["participants"]}
    assert "Xỉn-la-vông Khút-phay-thun" in names and not any(n.isupper() for n in names)
    assert all(not p["name"].isupper() for p in a.to_record()["people"])


def test_the_head_named_trưởng_đoàn_early_is_who_đoàn_is_not_the_leader_of_a_trip_recalled_later():
    text = ("Sáng 17/7, tại TP Vinh, Hội Cựu chiến binh tỉnh Hà Tĩnh gặp mặt Đoàn đại biểu Hội Cựu chiến binh tỉnh "
            "Bô-ly-khăm-xay sang thăm, làm việc. Dự có Đại tá Trần Văn Lộc, Chủ tịch Hội Cựu chiến binh tỉnh Hà Tĩnh; "
            "Đại tá Khăm-phon Xỉ-la-vông, Chủ tịch Hội Cựu chiến binh tỉnh Bô-ly-khăm-xay, Trưởng đoàn.\n\n"
            "Tại buổi gặp mặt, các đại biểu ôn lại những năm tháng sát cánh chiến đấu. Đại tá Khăm-phon Xỉ-la-vông "
            "cảm ơn sự giúp đỡ của tỉnh bạn.\n\nDịp này, Hội trao tặng 20 suất quà cho cựu chiến binh Lào.\n\n"
            "Hai bên đánh giá kết quả hợp tác. Tháng 3/2016, Đoàn đại biểu Hội Cựu chiến binh tỉnh Hà Tĩnh do Đại tá "
            "Trần Văn Lộc dẫn đầu đã sang thăm tỉnh Bô-ly-khăm-xay.\n\nNgày 18/7/2017, Đoàn sẽ lên thăm huyện Hương Sơn.")
    a = article(text)
    visits = [e for e in of_type(a, "visit") if e.date == "2017-07-18"]
    assert visits and names(visits[0]) == ["Khăm-phon Xỉ-la-vông"]


def test_a_bodys_delegation_with_no_head_named_is_led_by_the_one_whose_title_names_the_body():
    text = ("Chiều 22/11/2016, tại Hà Nội, Bộ trưởng Bộ Tư pháp Lê Thành Long đã hội đàm với Bộ trưởng Bộ Tư pháp Lào "
            "Xay-xi Xẳn-ti-vông. Hai bên trao đổi kinh nghiệm xây dựng pháp luật.\n\n"
            "Đoàn đại biểu Bộ Tư pháp Lào đang thăm và làm việc tại Việt Nam từ ngày 21 đến 25/11/2016.")
    visits = of_type(article(text), "visit")
    assert visits and names(visits[0]) == ["Xay-xi Xẳn-ti-vông"]


def test_a_visit_of_the_delegation_named_after_của_is_its_heads_not_the_hosts():
    text = ("Hôm qua (14/9/2023), tại Viêng Chăn, Bộ trưởng Bộ Nội vụ Phạm Thị Thanh Trà đã hội đàm với Bộ trưởng Bộ Nội vụ "
            "Lào Khăm-mạn Xun-vi-lay, trong khuôn khổ chuyến thăm và làm việc tại Lào của Đoàn đại biểu Bộ Nội vụ Việt Nam "
            "từ ngày 13 đến 15/9.")
    visits = of_type(article(text), "visit")
    assert visits and names(visits[0]) == ["Phạm Thị Thanh Trà"]


def test_a_call_before_the_ceremony_is_on_the_ceremonys_day():
    text = ("Chiều 15-10-2025, tại xã Phnom Den, UBND tỉnh An Giang tổ chức lễ bàn giao 20 căn nhà tình nghĩa. Dự lễ có ông "
            "Trịnh Hoàng Duy, Phó Chủ tịch UBND tỉnh An Giang; Ngài Vei Samnang, Tỉnh trưởng tỉnh Takeo.\n\n"
            "Trước buổi lễ, tại trụ sở huyện Kiri Vong, Ngài Vei Samnang đã tiếp ông Trịnh Hoàng Duy và Đoàn công tác.")
    receptions = of_type(article(text), "reception")
    assert [(e.date, sorted(names(e))) for e in receptions] == [("2025-10-15", ["Trịnh Hoàng Duy", "Vei Samnang"])]


def test_a_stop_on_the_last_day_before_going_home_is_a_visit_of_that_day():
    text = ("Thứ Sáu, 07/11/2025 - 14:32\n\nĐoàn đại biểu tỉnh Hà Tĩnh do đồng chí Trần Văn Lâm dẫn đầu đang có chuyến thăm "
            "và làm việc tại tỉnh Khăm-muộn từ ngày 5 đến 7/11/2025.\n\nSáng nay (7/11), trước khi về nước qua cửa khẩu "
            "quốc tế Cha Lo, Đoàn đã đến huyện Bua-la-pha, thăm và tặng quà thầy, trò trường nội trú của huyện.")
    visits = [(e.date, e.end_date) for e in of_type(article(text), "visit")]
    assert ("2025-11-07", None) in visits and ("2025-11-05", "2025-11-07") in visits


def test_a_day_written_in_the_sentence_where_the_delegation_travels_dates_what_it_does_there():
    text = ("Sáng 20/10/2022, tại Viêng Chăn, Bộ trưởng Nguyễn Văn Hùng đã hội đàm với Bộ trưởng Suanesavanh Vignaket.\n\n"
            "Ngày 22/10, Đoàn đã bay lên cố đô Luông Pha Bang. Tại đây, Bộ trưởng Nguyễn Văn Hùng làm việc với ông "
            "Xổm-xạ-vạt Lư-xay, Phó Tỉnh trưởng tỉnh Luông Pha Bang.")
    talks = sorted((e.date, sorted(names(e))) for e in of_type(article(text), "talks"))
    assert talks == [("2022-10-20", ["Nguyễn Văn Hùng", "Suanesavanh Vignaket"]),
                     ("2022-10-22", ["Nguyễn Văn Hùng", "Xổm-xạ-vạt Lư-xay"])]


def test_a_proposal_for_a_month_to_come_is_no_event():
    text = ("Sáng 9/10/2024, tại Hà Nội, Phó Chủ tịch Quốc hội Trần Quang Phương đã tiếp Đại sứ Lào Khamphao Ernthavanh. "
            "Phó Chủ tịch Quốc hội đề nghị hai bên phối hợp tổ chức tốt hội thảo chia sẻ kinh nghiệm giám sát ngân sách, "
            "dự kiến diễn ra tại Hà Nội vào tháng 12.")
    assert [e.type for e in article(text).events] == ["reception"]


def test_the_news_of_a_story_that_gives_no_day_at_all_is_kept_undated():
    text = ("Bộ trưởng Bộ Y tế tiếp Thứ trưởng Bộ Y tế Lào\n\n"
            "Bộ trưởng Bộ Y tế Đào Hồng Lan vừa tiếp Thứ trưởng Bộ Y tế Lào Vản-xay Xẻng-xu-vẳn và đoàn công tác.\n\n"
            "Hai bên trao đổi về hợp tác đào tạo nhân lực y tế.")
    a = article(text)
    assert [(e.type, e.date, sorted(names(e))) for e in a.events] == [("reception", None, ["Vản-xay Xẻng-xu-vẳn", "Đào Hồng Lan"])]


def test_suspects_handed_over_at_a_gate_and_a_meeting_earlier_that_day():
    text = ("Thứ Năm, 17/08/2023 | 08:20\n\nChiều hôm qua (16/8), tại Cửa khẩu quốc tế Tịnh Biên, Bộ Chỉ huy BĐBP tỉnh An Giang "
            "tiếp nhận 2 đối tượng truy nã do Cảnh sát tỉnh Takeo bàn giao. Chủ trì buổi tiếp nhận có Thượng tá Đoàn Văn Liêm "
            "và Thiếu tướng Prum Sokha.\n\nNgày 9/8, Cảnh sát tỉnh Takeo tiếp tục bắt giữ một đối tượng tại huyện Kiri Vong.\n\n"
            "Trước đó, sáng cùng ngày, tại Đồn Biên phòng Tịnh Biên, Thượng tá Đoàn Văn Liêm đã hội đàm với Thiếu tướng Prum Sokha.")
    a = article(text)
    assert [(e.type, e.date) for e in a.events] == [("conference", "2023-08-16"), ("talks", "2023-08-16")]


def test_citizens_returned_to_the_other_side_at_a_gate_are_a_ceremony_a_tally_is_not():
    text = ("Ngày 12/3/2025, tại Cửa khẩu quốc tế Bavet, Sở Cảnh sát tỉnh Svay Rieng đã trao trả 38 công dân Việt Nam cho "
            "Công an tỉnh Tây Ninh. Dự có Lok Chumteav Nhem Sreypov, Phó Tỉnh trưởng tỉnh Svay Rieng.\n\n"
            "Năm 2024, hai bên đã trao trả 215 công dân nhập cảnh trái phép.")
    assert [(e.type, e.date) for e in article(text).events] == [("conference", "2025-03-12")]


def test_a_signing_after_online_talks_is_by_the_two_who_held_them():
    text = ("Sáng 10/4/2023, Phó Chủ tịch UBND tỉnh Bùi Đình Long và ông Phết-xạ-vẳn Thăm-ma-chăn, Phó Tỉnh trưởng tỉnh "
            "Bô-ly-khăm-xay, đồng chủ trì hội đàm trực tuyến. Kết thúc hội đàm, hai đồng chủ trì đã ký trực tuyến Kế hoạch "
            "hợp tác năm 2023.\n\nChiều 14/4/2023, tại Vinh, Chủ tịch UBND tỉnh Nguyễn Đức Trung đã hội đàm với Đại sứ "
            "Campuchia Chay Navuth.")
    signings = of_type(article(text), "signing")
    assert [(e.date, sorted(names(e))) for e in signings] == [("2023-04-10", ["Bùi Đình Long", "Phết-xạ-vẳn Thăm-ma-chăn"])]



def test_those_at_an_event_told_are_not_added_to_one_planned_in_a_later_paragraph():
    text = ("Thứ Tư, 21/8/2019\n\nSáng qua (20-8), tại TP.HCM, Chương trình Giao lưu thanh niên hai nước đã khai mạc với "
            "hơn 300 đại biểu.\n\nĐồng chủ trì lễ khai mạc có anh Lê Quốc Phong, Bí thư thứ nhất Trung ương Đoàn, và ông "
            "Hun Many, Chủ tịch Liên đoàn Thanh niên Campuchia. Dự lễ có ông Phạm Hồng Sơn, Phó Bí thư Thành đoàn.\n\n"
            "Theo kế hoạch, ngày mai (22-8), anh Lê Quốc Phong và ông Hun Many sẽ dự lễ khai mạc Trại hè thanh niên.")
    planned = [e for e in of_type(article(text), "conference") if e.date == "2019-08-22"]
    assert planned and "Phạm Hồng Sơn" not in names(planned[0])


def test_a_banquet_for_a_bodys_delegation_is_with_its_first_named_official_even_a_deputy():
    text = ("Chiều 19/11/2024, tại Viêng Chăn, Thượng tướng Lê Quốc Hùng, Thứ trưởng Bộ Công an Việt Nam đã hội đàm với "
            "Thiếu tướng Khăm-phăn Vông-xạ-vạt, Thứ trưởng Bộ An ninh Lào. Thượng tướng Lê Quốc Hùng chuyển lời thăm hỏi của "
            "Bộ trưởng Bộ Công an Lương Tam Quang.\n\nHai bên trao đổi kinh nghiệm.\n\nTối 19/11, Thiếu tướng Khăm-phăn "
            "Vông-xạ-vạt chủ trì tiệc chiêu đãi Đoàn đại biểu Bộ Công an Việt Nam.")
    banquet = of_type(article(text), "reception")
    assert banquet and sorted(names(banquet[0])) == ["Khăm-phăn Vông-xạ-vạt", "Lê Quốc Hùng"]


def test_calls_in_turn_told_undated_in_one_sentence_stay_apart():
    text = ("Từ ngày 9 đến 11/4/2025, Thủ tướng Hun Manet thăm chính thức Việt Nam.\n\nTrong thời gian thăm, Thủ tướng Hun "
            "Manet đã hội đàm với Thủ tướng Phạm Minh Chính; chào xã giao Tổng Bí thư Tô Lâm; hội kiến Chủ tịch nước Lương Cường.")
    receptions = sorted(sorted(names(e)) for e in of_type(article(text), "reception"))
    assert receptions == [["Hun Manet", "Lương Cường"], ["Hun Manet", "Tô Lâm"]]


def test_a_visit_being_prepared_for_a_coming_month_is_planned():
    text = ("Chiều 14/11/2023, tại Hà Nội, Chủ tịch Quốc hội Vương Đình Huệ đã tiếp Phó Chủ tịch Quốc hội Campuchia Cheam Yeap."
            "\n\nChủ tịch Quốc hội cho biết, Quốc hội Việt Nam đang chuẩn bị cho chuyến thăm chính thức Việt Nam của Chủ tịch "
            "Quốc hội Campuchia Samdech Rathsaphea Thipadei Khuon Sudary vào đầu tháng 12 tới.")
    a = article(text)
    assert [(e.date, names(e), e.planned) for e in of_type(a, "visit")] == [("2023-12", ["Khuon Sudary"], True)]


def test_an_invitation_accepted_for_a_year_is_a_visit_of_that_year():
    text = ("Chiều 5/4/2024, tại Hà Nội, Chủ tịch Quốc hội Vương Đình Huệ đã điện đàm với Samdech Hun Sen, Chủ tịch Thượng "
            "viện Campuchia.\n\nSamdech Hun Sen vui vẻ nhận lời mời của Chủ tịch Quốc hội Vương Đình Huệ sang thăm chính "
            "thức Việt Nam trong năm 2024.\n\nHai bên nhấn mạnh chuyến thăm sẽ diễn ra trong bối cảnh hai nước triển khai "
            "các thỏa thuận cấp cao đạt được trong năm 2024.")
    visits = [(e.date, sorted(names(e))) for e in of_type(article(text), "visit")]
    assert visits == [("2024", ["Hun Sen", "Vương Đình Huệ"])]


def test_where_the_delegation_goes_does_not_name_a_delegation_from_there():
    text = ("Sáng 16/7/2022, tại Hà Nội, bà Trịnh Thị Mai Hương đã hội đàm với Đoàn đại biểu Hội Hữu nghị Lào - Việt Nam do "
            "ông Xổm-phon Vông-xay-nha dẫn đầu.\n\nTrước đó, Đoàn công tác Hội Hữu nghị tỉnh Nghệ An do ông Phan Đình Khánh "
            "dẫn đầu đã ra Hà Nội dự lễ.\n\nTheo chương trình, từ ngày 17 đến 19/7, Đoàn sẽ thăm tỉnh Nghệ An.")
    visits = [(e.date, names(e)) for e in of_type(article(text), "visit") if e.date == "2022-07-17"]
    assert visits == [("2022-07-17", ["Xổm-phon Vông-xay-nha"])]


def test_visit_told_as_ended_with_its_days_is_the_visitors():
    # the one who ends the visit went on it; the inviter named after "theo lời mời của" is the host
    a = article(
        "Chủ tịch Thượng viện Campuchia Xam-đéc Chia Xim kết thúc tốt đẹp chuyến thăm chính thức Việt Nam "
        "từ ngày 3 đến 6/5/2011, theo lời mời của Chủ tịch Quốc hội Nguyễn Phú Trọng.\n\n"
        "Ngày 5/5, Đoàn đến thăm tỉnh Tây Ninh."
    )
    visits = of_type(a, "visit")
    whole = [e for e in visits if e.end_date == "2011-05-06"]
    assert len(whole) == 1 and whole[0].date == "2011-05-03"
    assert "Chia Xim" in names(whole[0])
    stop = [e for e in visits if e.date == "2011-05-05"]
    assert [names(e) for e in stop] == [["Chia Xim"]]


def test_visit_ended_on_returning_home_names_no_place_of_return():
    a = article(
        "Bộ trưởng Bộ Y tế Lào Bounkong Syhavong cùng đoàn đã về tới Viêng Chăn chiều 14/3/2024, kết thúc chuyến "
        "thăm và làm việc tại Việt Nam từ ngày 10 đến 14/3."
    )
    visits = [e for e in of_type(a, "visit") if e.end_date == "2024-03-14"]
    assert len(visits) == 1
    assert names(visits[0]) == ["Bounkong Syhavong"] and visits[0].place is None


def test_the_visitor_is_not_the_one_at_home():
    # "A hội đàm với B, trong khuôn khổ chuyến công tác tại <B's country>": the trip is A's
    a = article(
        "Ngày 8/6/2024, tại Tokyo, Bộ trưởng Bộ Tư pháp Lê Thành Long đã hội đàm với Bộ trưởng Bộ Tư pháp Nhật Bản "
        "Koizumi Ryuji, trong khuôn khổ chuyến công tác tại Nhật Bản từ ngày 6 đến 10/6/2024."
    )
    visits = of_type(a, "visit")
    assert [(e.date, e.end_date, names(e)) for e in visits] == [("2024-06-06", "2024-06-10", ["Lê Thành Long"])]


def test_the_working_delegation_going_somewhere_is_the_visitors():
    a = article(
        "Từ ngày 5 đến 7/6/2024, Bộ trưởng Bộ Y tế Đào Hồng Lan dẫn đầu đoàn công tác thăm và làm việc tại Lào.\n\n"
        "Sáng 7/6, đoàn công tác đến khảo sát Bệnh viện Hữu nghị Lào - Việt tại tỉnh Xiêng Khoảng."
    )
    stops = [e for e in of_type(a, "visit") if e.date == "2024-06-07" and e.end_date is None]
    assert [names(e) for e in stops] == [["Đào Hồng Lan"]]


def test_a_delegation_led_by_someone_named_is_not_the_visitor_of_the_article():
    a = article(
        "Ngày 12/3/2024, Bộ trưởng Bộ Y tế Đào Hồng Lan đã tiếp Bộ trưởng Bộ Y tế Lào Bounfeng Phoummalaysith.\n\n"
        "Theo kế hoạch, tháng 10/2024, Thứ trưởng Trần Văn Thuấn sẽ dẫn đầu đoàn công tác sang làm việc tại Lào."
    )
    planned = [e for e in of_type(a, "visit") if e.date == "2024-10"]
    assert [names(e) for e in planned] == [["Trần Văn Thuấn"]]


def test_the_two_sides_signing_one_document_and_two_others_another_are_two_signings():
    a = article(
        "Chiều 14/5/2024, tại Hà Nội, Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn Lê Minh Hoan đã hội đàm với "
        "Bộ trưởng Bộ Nông nghiệp và Lâm nghiệp Lào Linkham Douangsavanh.\n\n"
        "Sau hội đàm, hai Bộ trưởng ký Kế hoạch hợp tác giai đoạn 2024 - 2026. Cũng trong chiều 14/5, Thứ trưởng "
        "Phùng Đức Tiến và Thứ trưởng Lào Phouangparisak Pravongviengkham ký Bản ghi nhớ về kiểm dịch động vật."
    )
    signings = of_type(a, "signing")
    assert len(signings) == 2
    assert all(e.date == "2024-05-14" for e in signings)
    assert {"Lê Minh Hoan", "Linkham Douangsavanh"} <= set(names(signings[0]) + names(signings[1]))


def test_same_day_is_the_day_opening_the_sentence_before_an_undated_act():
    a = article(
        "Sáng 16/10/2024, tại Hà Nội, Phó Thủ tướng Trần Lưu Quang đã tiếp Bộ trưởng Campuchia Dith Tina.\n\n"
        "Ngày 17/10, đoàn bay vào Thành phố Hồ Chí Minh và di chuyển về tỉnh Đồng Tháp. Tại thành phố Cao Lãnh, "
        "ông Phạm Thiện Nghĩa, Chủ tịch UBND tỉnh Đồng Tháp đã tiếp và làm việc với H.E. Dith Tina.\n\n"
        "Chiều cùng ngày, đoàn đến thăm Hợp tác xã xoài Mỹ Xương tại huyện Cao Lãnh."
    )
    stops = [e for e in of_type(a, "visit") if "Mỹ Xương" in e.evidence.text]
    assert [e.date for e in stops] == ["2024-10-17"]


def test_a_day_inside_an_anniversary_span_dates_no_event():
    a = article(
        "Chiều 2/9/2025, tại Viêng Chăn, Đại sứ quán Việt Nam tổ chức Lễ kỷ niệm 80 năm Quốc khánh Việt Nam "
        "(2/9/1945 - 2/9/2025) và gặp mặt cộng đồng người Việt. Dự lễ có Đại sứ Nguyễn Minh Tâm."
    )
    assert {e.date for e in a.events} == {"2025-09-02"}
    b = article(
        "Sáng 12/12/2025, tại Hà Nội, Trường Đại học Y Hà Nội tổ chức Lễ kỷ niệm 105 năm Ngày sinh Chủ tịch "
        "Kaysone Phomvihane (13/12/1920 - 13/12/2025), 50 năm Quốc khánh Lào (2/12/1975 - 2/12/2025) và gặp mặt "
        "lưu học sinh Lào. Dự buổi lễ có Đại sứ Lào Khamphao Ernthavanh."
    )
    assert {e.date for e in b.events} == {"2025-12-12"}


def test_those_named_in_what_a_speaker_says_are_not_at_the_event():
    a = article(
        "Sáng 5/9/2025, tại Hà Nội, Học viện Chính trị quốc gia Hồ Chí Minh tổ chức Hội thảo khoa học về quan hệ "
        "Việt Nam - Lào. Phát biểu khai mạc, ông Nguyễn Xuân Thắng nhấn mạnh, Chủ tịch Cay-xỏn Phôm-vi-hản là "
        "người học trò xuất sắc của Chủ tịch Hồ Chí Minh."
    )
    (conference,) = of_type(a, "conference")
    assert names(conference) == ["Nguyễn Xuân Thắng"]


def test_the_visit_of_a_ministrys_delegation_is_its_ministers_not_the_inviters():
    a = article(
        "Sáng 22/5/2025, tại Viêng Chăn, Bộ trưởng Bộ Tư pháp Nguyễn Hải Ninh đã hội đàm với Bộ trưởng Bộ Tư pháp "
        "Lào Phaivy Siboualipha. Đây là hoạt động trong chuyến thăm chính thức Lào từ ngày 21 đến 24/5 của Đoàn đại "
        "biểu cấp cao Bộ Tư pháp Việt Nam, theo lời mời của Bộ trưởng Phaivy Siboualipha.\n\n"
        "Ngày 24/5, Đoàn sẽ đến thăm tỉnh Chăm-pa-xắc."
    )
    (stop,) = [e for e in of_type(a, "visit") if e.date == "2025-05-24"]
    assert names(stop) == ["Nguyễn Hải Ninh"]
    (trip,) = [e for e in of_type(a, "visit") if e.end_date == "2025-05-24"]
    assert [p.name for p in trip.participants if p.role == "head"][0] == "Nguyễn Hải Ninh"


def test_a_ceremony_told_with_the_day_it_was_held_is_an_event_of_its_speaker():
    a = article(
        "Đó là khẳng định của đồng chí Đỗ Văn Chiến, Chủ tịch Ủy ban Trung ương MTTQ Việt Nam tại Lễ kỷ niệm "
        "60 năm Ngày thiết lập quan hệ ngoại giao Việt Nam - Lào do Ủy ban Trung ương MTTQ Việt Nam tổ chức "
        "tối 5/9/2022 tại Hà Nội.\n\n"
        "Nhân dịp này, thừa ủy quyền của Chủ tịch nước Nguyễn Xuân Phúc, đồng chí Đỗ Văn Chiến đã trao Huân chương "
        "Hữu nghị tặng đồng chí Khăm-mun Phôm-mạ-xỏn."
    )
    (ceremony,) = of_type(a, "conference")
    assert ceremony.date == "2022-09-05"
    assert "Đỗ Văn Chiến" in names(ceremony) and "Nguyễn Xuân Phúc" not in names(ceremony)


def test_the_inviter_is_named_in_the_invitations_own_sentence():
    a = article(
        "Đoàn đại biểu Ủy ban Trung ương Mặt trận Lào xây dựng đất nước do đồng chí Xay-xổm-phon Phôm-vi-hản làm "
        "Trưởng đoàn thăm hữu nghị Việt Nam từ ngày 4 đến 8/9/2017 theo lời mời của Đoàn Chủ tịch Ủy ban Trung ương "
        "MTTQ Việt Nam.\n\n"
        "Về phía Việt Nam có đồng chí Hầu A Lềnh, Phó Chủ tịch - Tổng Thư ký Ủy ban Trung ương MTTQ Việt Nam.\n\n"
        "Chiều 5/9, đồng chí Trần Thanh Mẫn, Chủ tịch Ủy ban Trung ương MTTQ Việt Nam đã hội đàm với đồng chí "
        "Xay-xổm-phon Phôm-vi-hản. Kết thúc hội đàm, hai bên đã ký Chương trình hợp tác giai đoạn 2017 - 2022."
    )
    (signing,) = of_type(a, "signing")
    assert names(signing) == ["Trần Thanh Mẫn", "Xay-xổm-phon Phôm-vi-hản"]


def test_the_day_a_count_is_made_up_to_dates_nothing():
    a = article(
        "Ngày 9/9/2021, tại Cửa khẩu Tây Trang, tỉnh Điện Biên đã trao tặng tỉnh Phông-xa-lỳ vật tư y tế. Tham dự "
        "buổi lễ có ông Lò Văn Tiến, Phó Chủ tịch UBND tỉnh Điện Biên.\n\n"
        "Theo ông Xổm-phít In-thạ-xỏn, tính đến ngày 8/9, tỉnh Phông-xa-lỳ đã ghi nhận 41 ca mắc.\n\n"
        "Kết thúc buổi lễ, ông Lò Văn Tiến và ông Xổm-phít In-thạ-xỏn đã ký biên bản bàn giao."
    )
    assert [e.date for e in of_type(a, "signing")] == ["2021-09-09"]


def test_a_bare_delegation_right_after_the_one_named_is_that_one():
    a = article(
        "Mỗi tuần, Trung tâm Y tế huyện Mường Lát tiếp nhận hàng chục người bệnh Lào. Nhiều người bệnh đã khỏi. "
        "Các y, bác sĩ nơi đây tận tình. Bà con rất tin tưởng.\n\n"
        "Từ tháng 10 đến tháng 11/2022, bác sĩ Lò Văn Định cùng hai đồng nghiệp đã sang làm việc tại Bệnh viện huyện "
        "Viêng Xay.\n\n"
        "Từ ngày 5 đến 7/6/2023, Đoàn công tác Sở Y tế tỉnh Hủa Phăn do bác sĩ Vông-xạ-vẳn Phết-đa-vông, Giám đốc Sở "
        "làm Trưởng đoàn đã sang thăm và làm việc tại tỉnh Thanh Hóa. Ngay khi nhập cảnh, chiều 5/6, Đoàn đã đến "
        "thăm Trung tâm Y tế huyện Mường Lát."
    )
    (stop,) = [e for e in of_type(a, "visit") if e.date == "2023-06-05" and e.end_date is None]
    assert names(stop) == ["Vông-xạ-vẳn Phết-đa-vông"]


def test_an_art_programme_attended_the_same_evening_is_an_event_of_that_day():
    a = article(
        "Sáng 5-9-2022, tại Hà Nội, Chủ tịch Quốc hội Vương Đình Huệ đã hội đàm với Chủ tịch Quốc hội Lào "
        "Xay-xổm-phon Phôm-vi-hản.\n\n"
        "Hai bên nhắc lại, ngày 18-7-1977, Hiệp ước Hữu nghị và Hợp tác giữa hai nước đã được ký kết tại Viêng Chăn.\n\n"
        "Tối cùng ngày, tại Nhà hát Lớn, Chủ tịch Quốc hội Vương Đình Huệ và Chủ tịch Quốc hội Lào Xay-xổm-phon "
        "Phôm-vi-hản dự chương trình nghệ thuật đặc biệt."
    )
    (gala,) = of_type(a, "conference")
    assert gala.date == "2022-09-05"
    assert names(gala) == ["Vương Đình Huệ", "Xay-xổm-phon Phôm-vi-hản"]


def test_the_speaker_named_at_the_ceremony_is_at_it():
    a = article(
        "Sáng 12/7/2024, tại Nghệ An, Trường Cao đẳng Kỹ thuật Việt - Đức tổ chức lễ bế giảng khóa đào tạo cho học "
        "viên Lào. Dự lễ có ông Bùi Thanh An, Phó Chủ tịch UBND tỉnh Nghệ An.\n\n"
        "Tại buổi lễ, học viên Xổm-phon Kẹo-xay-nha, đại diện các học viên, cảm ơn thầy cô, nhắc lại lời dạy của "
        "Chủ tịch Hồ Chí Minh."
    )
    (ceremony,) = of_type(a, "conference")
    assert names(ceremony) == ["Bùi Thanh An", "Xổm-phon Kẹo-xay-nha"]


def test_those_reporting_or_present_at_the_ceremony_are_at_it():
    a = article(
        "Sáng 18-5-2023, tại Cửa khẩu quốc tế Cầu Treo, Ban Chỉ đạo 515 tỉnh Hà Tĩnh tổ chức lễ tiếp nhận 12 hài cốt "
        "liệt sĩ quân tình nguyện hy sinh tại Lào. Dự lễ có đồng chí Võ Trọng Hải, Chủ tịch UBND tỉnh Hà Tĩnh.\n\n"
        "Báo cáo tại buổi lễ, Trung tá Phan Đức Hòa, Đội trưởng Đội quy tập cho biết, trong mùa khô, Đội đã tìm thấy "
        "12 hài cốt.\n\n"
        "Có mặt tại buổi lễ, ông Xổm-xỉ Kẹo-phăn xúc động cho biết: “Tôi đã hứa với các anh.”"
    )
    (ceremony,) = of_type(a, "conference")
    assert names(ceremony) == ["Phan Đức Hòa", "Võ Trọng Hải", "Xổm-xỉ Kẹo-phăn"]


def test_talks_that_review_are_talks_and_talks_the_sides_plan_name_no_one():
    a = article(
        "Chiều 27/3/2024, tại Cửa khẩu Nậm Cắn, Đại tá Nguyễn Hữu Thiềng, Chỉ huy trưởng Bộ đội Biên phòng tỉnh "
        "Nghệ An đã hội đàm với Đại tá Bua-phăn Kẹo-xỉ-thạ, Giám đốc Công an tỉnh Xiêng Khoảng.\n\n"
        "Trước đó, hồi tháng 9-2023, tại TP Vinh, Đại tá Nguyễn Hữu Thiềng và Đại tá Bua-phăn Kẹo-xỉ-thạ đã hội đàm "
        "sơ kết 9 tháng thực hiện Kế hoạch phối hợp.\n\n"
        "Hai bên thống nhất tổ chức hội đàm sơ kết 6 tháng vào tháng 7/2024 tại tỉnh Xiêng Khoảng."
    )
    assert of_type(a, "conference") == []
    assert sorted(e.date for e in of_type(a, "talks")) == ["2023-09", "2024-03-27"]


def test_a_day_a_source_reports_as_background_dates_no_act_after_it():
    a = article(
        "Chiều 27/3/2024, tại Cửa khẩu quốc tế Nậm Cắn, Bộ Chỉ huy BĐBP tỉnh Nghệ An tổ chức tiếp nhận 2 đối tượng "
        "do Công an tỉnh Xiêng Khoảng bàn giao. Tham dự có Đại tá Nguyễn Hữu Thiềng và Đại tá Bua-phăn Kẹo-xỉ-thạ.\n\n"
        "Theo thông tin từ Công an tỉnh Xiêng Khoảng, khoảng 22 giờ ngày 19/3, lực lượng chức năng đã bắt giữ "
        "hai đối tượng.\n\n"
        "Sau khi đối chiếu hồ sơ, Đại tá Nguyễn Hữu Thiềng và Đại tá Bua-phăn Kẹo-xỉ-thạ đã ký biên bản giao nhận."
    )
    assert [e.date for e in of_type(a, "signing")] == ["2024-03-27"]


def test_what_a_signed_plan_holds_neither_dates_nor_places_its_signing():
    a = article(
        "Sáng 25/3/2025, tại Phnôm Pênh, UYFC và Trung ương Đoàn TNCS Hồ Chí Minh tổ chức Hội thảo thanh niên hai "
        "nước. Bên lề Hội thảo, Ngài Dy Rathana và anh Bùi Quang Huy đã ký Kế hoạch hợp tác năm 2025, trong đó hai "
        "bên thống nhất tổ chức Trại hè thanh niên biên giới tại tỉnh Tbong Khmum vào tháng 7/2025."
    )
    (signing,) = of_type(a, "signing")
    assert signing.date == "2025-03-25" and signing.place != "Tbong Khmum"


def test_a_delegations_visit_at_an_invitation_is_its_heads_and_its_hosts():
    a = article(
        "Chiều ngày 25/3/2025, tại Phnôm Pênh, Ngài Hun Many, Bộ trưởng Bộ Công vụ đã tiếp Đoàn đại biểu Trung ương "
        "Đoàn Thanh niên Cộng sản Hồ Chí Minh do anh Bùi Quang Huy, Bí thư thứ nhất Trung ương Đoàn, làm Trưởng đoàn.\n\n"
        "Đoàn đại biểu Trung ương Đoàn TNCS Hồ Chí Minh thăm và làm việc tại Vương quốc Campuchia từ ngày 24 đến "
        "27/3/2025 theo lời mời của Ngài Hun Many. Cùng đi với Đoàn có chị Hoàng Thị Thu Huyền.\n\n"
        "Trong buổi tiếp, hai bên đã trao đổi một số nội dung chính như sau:\n\n"
        "1. Hai bên đánh giá cao kết quả hợp tác giữa hai tổ chức thanh niên trong những năm qua, nhất là các chương "
        "trình giao lưu thanh niên biên giới.\n\n"
        "2. Ngài Hun Many đề nghị hai bên mở rộng hợp tác trong đào tạo kỹ năng số cho thanh niên hai nước.\n\n"
        "Theo chương trình, ngày 26/3, Đoàn sẽ đến tỉnh Kampong Cham, thăm và làm việc với Liên đoàn Thanh niên tỉnh "
        "do Ngài Tep Sovannrith chủ trì."
    )
    (trip,) = [e for e in of_type(a, "visit") if e.end_date]
    assert {"Bùi Quang Huy", "Hun Many"} <= set(names(trip))
    (stop,) = [e for e in of_type(a, "visit") if e.date == "2025-03-26"]
    assert "Bùi Quang Huy" in names(stop)


def test_sessions_of_a_summit_morning_and_afternoon_are_two_and_the_two_sides_are_the_two_just_named():
    a = article(
        "Sáng 11/11/2022, tại Phnôm Pênh, Thủ tướng Phạm Minh Chính cùng lãnh đạo các nước ASEAN dự Lễ khai mạc Hội "
        "nghị Cấp cao ASEAN lần thứ 40, 41 do Thủ tướng Hun Sen chủ trì. Trưa cùng ngày, Thủ tướng Phạm Minh Chính có "
        "cuộc gặp với Thủ tướng Canada Justin Trudeau; hai bên nhất trí thúc đẩy hợp tác.\n\n"
        "Chiều 11/11, Thủ tướng Phạm Minh Chính tiếp tục dự Hội nghị Cấp cao ASEAN - Trung Quốc lần thứ 25 với sự tham "
        "dự của Thủ tướng Quốc vụ viện Trung Quốc Lý Khắc Cường."
    )
    assert len(of_type(a, "conference")) == 2
    (meeting,) = of_type(a, "reception")
    assert names(meeting) == ["Justin Trudeau", "Phạm Minh Chính"]


def test_a_handover_to_be_completed_by_a_deadline_is_no_ceremony():
    a = article(
        "Sáng 26/8/2023, tại Khu kinh tế Vũng Áng, ông Võ Trọng Hải, Chủ tịch UBND tỉnh Hà Tĩnh dự lễ khởi công "
        "bến số 3, số 4 Cảng Vũng Áng cùng ông Bun-xỉ-thon Vông-pha-chăn, Tổng Giám đốc Công ty.\n\n"
        "Chủ tịch UBND tỉnh Võ Trọng Hải khẳng định, Hà Tĩnh luôn coi việc phục vụ hàng hóa của Lào là nhiệm vụ chính trị "
        "đặc biệt. Tỉnh sẽ hoàn thành bàn giao mặt bằng cho bến số 3, số 4 trước ngày 30/9/2023, đồng thời kiến nghị "
        "Chính phủ sớm đầu tư nâng cấp Quốc lộ 12C."
    )
    assert [e.date for e in of_type(a, "conference")] == ["2023-08-26"]


def test_i_in_an_interview_is_the_one_interviewed():
    a = article(
        "Bộ trưởng Phout Simmalavong trả lời phỏng vấn trước chuyến thăm Việt Nam\n\n"
        "PV: Xin Bộ trưởng cho biết mục đích của chuyến thăm?\n\n"
        "Bộ trưởng Phout Simmalavong: Theo chương trình, ngày 28/9/2023, tại Hà Nội, tôi sẽ hội đàm với Bộ trưởng "
        "Nguyễn Kim Sơn.\n\n"
        "PV: Xin Bộ trưởng điểm lại hợp tác thời gian qua?\n\n"
        "Tháng 12/2022, tại Viêng Chăn, tôi đã tiếp Thứ trưởng Bộ Giáo dục và Đào tạo Việt Nam Nguyễn Văn Phúc."
    )
    (talks,) = of_type(a, "talks")
    assert names(talks) == ["Nguyễn Kim Sơn", "Phout Simmalavong"]
    (reception,) = of_type(a, "reception")
    assert names(reception) == ["Nguyễn Văn Phúc", "Phout Simmalavong"]


def test_those_who_speak_right_after_a_ceremony_are_at_it():
    a = article(
        "Ngày 6/9/2024, tại huyện Nạ Lè, tỉnh Luông Nặm Thà, Đại sứ Việt Nam tại Lào Nguyễn Minh Tâm đã trao tặng "
        "500 bộ đồ dùng học tập cho học sinh vùng lũ.\n\n"
        "Tiếp nhận hỗ trợ, ông Phon-xay Xỉ-xổm-bắt, Phó Tỉnh trưởng tỉnh Luông Nặm Thà cho biết, trận lũ đã làm hư "
        "hỏng 11 điểm trường.\n\n"
        "Em Xổm-chăn Vông-xa, học sinh lớp 8, thay mặt các bạn cảm ơn Đại sứ quán."
    )
    (ceremony,) = of_type(a, "conference")
    assert names(ceremony) == ["Nguyễn Minh Tâm", "Phon-xay Xỉ-xổm-bắt", "Xổm-chăn Vông-xa"]


def test_the_two_co_chairs_addressed_as_ngai_sign():
    a = article(
        "Chiều 21/10/2023, tại Viêng Chăn, Ngài Atsaphangthong Siphandone, Chủ tịch Chính quyền Thủ đô Viêng Chăn "
        "đã hội đàm với Ngài Trần Sỹ Thanh, Chủ tịch UBND thành phố Hà Nội. Kết thúc hội đàm, hai Ngài đồng chủ trì "
        "đã ký kết Kế hoạch hợp tác năm 2024 giữa hai Thủ đô."
    )
    (signing,) = of_type(a, "signing")
    assert names(signing) == ["Atsaphangthong Siphandone", "Trần Sỹ Thanh"]


def test_a_holiday_named_by_its_day_dates_no_visit():
    a = article(
        "Chiều 30/12/2024, tại Prey Veng, Ngài Ngoun Sambo, Tỉnh trưởng tỉnh Prey Veng đã tiếp Đoàn đại biểu tỉnh "
        "Đồng Tháp do ông Phạm Thiện Nghĩa dẫn đầu. Ngài Ngoun Sambo nhiệt liệt chào mừng Đoàn sang thăm vào thời "
        "điểm Nhân dân Campuchia đang chuẩn bị kỷ niệm Ngày 7/1."
    )
    assert "2025-01-07" not in {e.date for e in a.events}


def test_what_a_signed_plan_holds_for_the_future_does_not_make_its_signing_planned():
    a = article(
        "Bộ Tư pháp hai nước ký Kế hoạch hợp tác\n\n"
        "Viêng Chăn, 16/5/2023\n\n"
        "Sáng 15/5, tại Viêng Chăn, Bộ trưởng Bộ Tư pháp Lê Thành Long đã hội đàm với Bộ trưởng Bộ Tư pháp Lào "
        "Phayvy Siboualypha.\n\n"
        "Hai Bộ trưởng đánh giá cao kết quả hợp tác giai đoạn vừa qua. Sau hội đàm, hai Bộ trưởng đã ký Kế hoạch "
        "hợp tác giai đoạn 2023 - 2027, theo đó phía Việt Nam sẽ tiếp nhận 40 cán bộ Lào sang bồi dưỡng mỗi năm."
    )
    signings = of_type(a, "signing")
    assert [(e.date, e.planned, names(e)) for e in signings] == [
        ("2023-05-15", False, ["Lê Thành Long", "Phayvy Siboualypha"])]


def test_an_undated_signing_is_not_a_later_signing_of_another_document():
    a = article(
        "Chiều 9/10/2023, tại Viêng Chăn, Bộ trưởng Bộ Công Thương Nguyễn Hồng Diên đã hội đàm với Bộ trưởng "
        "Bộ Công Thương Lào Malaythong Kommasith.\n\n"
        "Sau hội đàm, hai Bộ trưởng ký Kế hoạch hành động thúc đẩy thương mại giai đoạn 2024 - 2025. Cũng trong "
        "chiều 9/10, Bộ trưởng Nguyễn Hồng Diên và Bộ trưởng Bộ Năng lượng và Mỏ Lào Phoxay Sayasone ký Bản ghi "
        "nhớ về mua bán điện giai đoạn 2024 - 2030."
    )
    signings = sorted(names(e) for e in of_type(a, "signing"))
    assert signings == [["Malaythong Kommasith", "Nguyễn Hồng Diên"], ["Nguyễn Hồng Diên", "Phoxay Sayasone"]]


def test_the_delegation_named_by_its_country_is_the_visitor():
    a = article(
        "Phnôm Pênh, 12/3/2019 -- Sáng 11/3, Bộ trưởng Bộ Lao động Campuchia Ith Samheng đã hội đàm với Bộ trưởng "
        "Đào Ngọc Dung, đang dẫn đầu đoàn đại biểu Bộ Lao động Việt Nam thăm Campuchia từ ngày 10 đến ngày 13/3/2019.\n\n"
        "Ngày 13/3, đoàn Việt Nam sẽ thăm Trường dạy nghề tại tỉnh Svay Rieng."
    )
    assert ("visit", "2019-03-13", None, ["Đào Ngọc Dung"]) in summary(a)


def test_a_delegation_that_goes_somewhere_before_leaving_makes_a_visit_of_that_day():
    a = article(
        "Từ ngày 28/2 đến 2/3/2024, Đoàn đại biểu tỉnh Tây Ninh do ông Nguyễn Thành Tâm, Bí thư Tỉnh ủy, làm "
        "Trưởng đoàn đã thăm, làm việc tại tỉnh Svay Rieng.\n\n"
        "Sáng 2/3, trước khi về nước, Đoàn đi khảo sát Khu kinh tế đặc biệt tại thành phố Bavet. Chiều 2/3, "
        "trước khi rời Svay Rieng, đoàn được Tổng Lãnh sự Phạm Văn Hòa tiếp tại Tổng Lãnh sự quán."
    )
    assert ("visit", "2024-03-02", None, ["Nguyễn Thành Tâm"]) in summary(a)
    assert ("reception", "2024-03-02", None, ["Nguyễn Thành Tâm", "Phạm Văn Hòa"]) in summary(a)


def test_a_clause_after_a_semicolon_with_only_a_day_goes_on_with_the_subject_before():
    a = article(
        "Hà Nội, 5/12/2023\n\n"
        "Theo chương trình, ngày mai (6/12), Chủ tịch Quốc hội Lào Saysomphone Phomvihane và Đoàn sẽ thăm tỉnh "
        "Quảng Ninh; ngày 7/12 thăm tỉnh Nghệ An trước khi về nước."
    )
    visits = [(e.date, names(e)) for e in of_type(a, "visit")]
    assert ("2023-12-06", ["Saysomphone Phomvihane"]) in visits
    assert ("2023-12-07", ["Saysomphone Phomvihane"]) in visits


def test_a_bare_title_meeting_the_community_is_the_one_of_that_title_named_before():
    a = article(
        "Viêng Chăn, 10/7/2024\n\n"
        "Chủ tịch nước Tô Lâm thăm cấp Nhà nước Lào trong hai ngày 11 và 12/7/2024.\n\n"
        "Ngày 12/7, trước khi rời Viêng Chăn, Chủ tịch nước dự kiến gặp gỡ cán bộ, nhân viên Đại sứ quán và "
        "đại diện cộng đồng người Việt Nam tại Lào."
    )
    assert ("reception", "2024-07-12", None, ["Tô Lâm"]) in summary(a)


def test_a_day_a_reform_took_effect_is_no_event_nor_the_day_cung_ngay_means():
    a = article(
        "Viêng Chăn, 1/10/2025\n\n"
        "Sáng 30-9, tại Viêng Chăn, Bộ trưởng Bộ Nội vụ Phạm Thị Thanh Trà đã hội đàm với Bộ trưởng Bộ Nội vụ Lào "
        "Vilayvong Bouddakham. Thông tin tại hội đàm, Bộ trưởng Phạm Thị Thanh Trà cho biết, từ ngày 1-7-2025, "
        "Việt Nam chính thức vận hành mô hình chính quyền địa phương hai cấp.\n\n"
        "Chiều cùng ngày, Thủ tướng Lào Sonexay Siphandone đã tiếp Bộ trưởng Phạm Thị Thanh Trà."
    )
    assert sorted((e.type, e.date) for e in a.events) == [("reception", "2025-09-30"), ("talks", "2025-09-30")]


def test_co_chairing_a_session_of_talks_after_a_call_is_talks_of_that_day():
    a = article(
        "Phnôm Pênh, 25/7/2025\n\n"
        "Sáng 24/7, tại Phnôm Pênh, Bộ trưởng Bộ Môi trường Campuchia Eang Sophalleth đã tiếp Thứ trưởng Lê Công Thành.\n\n"
        "Bộ trưởng Eang Sophalleth nhắc lại, tháng 9/2024, tại Hà Nội, ông đã hội đàm với Bộ trưởng Đỗ Đức Duy.\n\n"
        "Sau buổi tiếp, Thứ trưởng Lê Công Thành và Quốc vụ khanh Khieu Sreyneang đã đồng chủ trì phiên hội đàm giữa hai đoàn."
    )
    talks = [(e.date, names(e)) for e in of_type(a, "talks")]
    assert any(d == "2025-07-24" and {"Khieu Sreyneang", "Lê Công Thành"} <= set(n) for d, n in talks), talks
    assert ("2024-09", ["Đỗ Đức Duy"]) in talks  # the talks recalled keep their month and are not these


def test_a_meeting_named_as_what_a_call_prepares_is_no_event_of_its_own():
    a = article(
        "Hà Nội, 20/11/2022\n\n"
        "Hồi tháng 9, tại Viêng Chăn, Bộ trưởng Phout Simmalavong đã tiếp Đại sứ Nguyễn Bá Hùng, trao đổi về kế hoạch "
        "tổ chức Hội thảo. Ngày 10/10, Thứ trưởng Phan Thị Thắng đã tiếp Quốc vụ khanh Sok Sopheak, thống nhất nội dung "
        "Bản ghi nhớ và chương trình Diễn đàn."
    )
    assert sorted((e.type, e.date) for e in a.events) == [("reception", "2022-09"), ("reception", "2022-10-10")]


def test_a_planned_meeting_beside_a_conference_takes_its_own_month():
    a = article(
        "Chiều 20/4/2016, Bộ trưởng Ngoại giao Phạm Bình Minh đã điện đàm với Bộ trưởng Ngoại giao Campuchia Prak Sokhonn.\n\n"
        "Hai Bộ trưởng nhất trí sẽ đồng chủ trì Kỳ họp lần thứ 14 Ủy ban hỗn hợp, dự kiến tổ chức tại Hà Nội vào tháng 9 "
        "tới, và sẽ có cuộc gặp song phương bên lề Hội nghị Bộ trưởng Ngoại giao ASEAN tại Viêng Chăn vào cuối tháng 7 tới."
    )
    assert ("reception", "2016-07") in [(e.type, e.date) for e in a.events]


def test_a_trip_recalled_by_its_month_stands_beside_its_talks_and_the_speaker_recalls_their_own():
    a = article(
        "Viêng Chăn, 20/5/2024\n\n"
        "Chiều 19/5, tại Viêng Chăn, Thủ tướng Lào Sonexay Siphandone đã tiếp đồng chí Hoàng Trung Dũng, Bí thư Tỉnh ủy Hà Tĩnh.\n\n"
        "Thủ tướng nhắc lại chuyến thăm, làm việc tại Hà Tĩnh hồi tháng 4/2019, khi ông còn là Phó Thủ tướng Chính phủ Lào.\n\n"
        "Tháng 10/2019, trên cương vị Tư lệnh Lục quân, Ngài Hun Manet đã thăm chính thức Việt Nam và hội đàm tại Hà Nội "
        "với Thượng tướng Phan Văn Giang.\n\n"
        "Tháng 4/2018, Đoàn đại biểu tỉnh Đồng Tháp do ông Nguyễn Văn Dương dẫn đầu đã sang thăm và chúc Tết tỉnh Prey Veng."
    )
    s = [(t, d, n) for t, d, _, n in summary(a)]
    assert ("visit", "2019-04", ["Sonexay Siphandone"]) in s
    assert ("visit", "2019-10", ["Hun Manet", "Phan Văn Giang"]) in s or ("visit", "2019-10", ["Hun Manet"]) in s
    assert ("talks", "2019-10", ["Hun Manet", "Phan Văn Giang"]) in s
    assert not any(t == "visit" and d == "2018-04" for t, d, _ in s)  # a greeting trip is its calls


def test_a_meeting_that_recurs_is_no_event():
    a = article(
        "Chiều 13/9/2023, Phó Chủ tịch HĐND tỉnh Đồng Tháp Phạm Văn Hòa đã tiếp Chủ tịch Hội đồng tỉnh Prey Veng "
        "Nuon Sovannak. Bà Touch Sreyleak quan tâm tìm hiểu cách HĐND tỉnh lấy ý kiến cử tri trước mỗi kỳ họp."
    )
    assert [(e.type, e.date) for e in a.events] == [("reception", "2023-09-13")]


def test_a_relative_day_in_a_story_with_no_date_nor_year_is_an_event_with_a_null_date():
    a = article(
        "Huyện Ngọc Hồi hội đàm với huyện Phu-vông\n\n"
        "Chiều 3-4, tại trụ sở UBND huyện, ông Trần Quang Thái, Chủ tịch UBND huyện Ngọc Hồi đã hội đàm với Đoàn công tác "
        "huyện Phu-vông do ông Bounthanh Keosomphou, Phó Chủ tịch huyện, dẫn đầu.\n\n"
        "Tối qua, ông Trần Quang Thái chủ trì tiệc chiêu đãi Đoàn."
    )
    assert sorted((e.type, e.date) for e in a.events) == [("reception", None), ("talks", None)]
    assert a.published is None


def test_leading_a_delegation_to_attend_a_fair_is_a_visit_and_the_fair():
    a = article(
        "Phnôm Pênh, ngày 12/6/2025 -- Chiều 11/6, Bộ trưởng Cham Nimul đã hội đàm với Bộ trưởng Nguyễn Hồng Diên.\n\n"
        "Hồi tháng 4 vừa qua, Bộ trưởng Cham Nimul đã dẫn đầu đoàn doanh nghiệp Campuchia sang dự Hội chợ Thương mại "
        "quốc tế Việt Nam tại Hà Nội."
    )
    s = [(t, d, n) for t, d, _, n in summary(a)]
    assert ("visit", "2025-04", ["Cham Nimul"]) in s and ("conference", "2025-04", ["Cham Nimul"]) in s


def test_a_visit_told_as_the_next_act_of_the_day_is_an_event():
    a = article(
        "Hà Nội, 10/9/2024\n\n"
        "Theo chương trình, sáng 11/9, Tổng Bí thư, Chủ tịch nước Lào Thongloun Sisoulith sẽ gặp mặt lưu học sinh Lào "
        "đang học tập tại Hà Nội và thăm Học viện Chính trị quốc gia Hồ Chí Minh."
    )
    s = [(t, d, n) for t, d, _, n in summary(a)]
    assert ("visit", "2024-09-11", ["Thongloun Sisoulith"]) in s
    assert ("reception", "2024-09-11", ["Thongloun Sisoulith"]) in s


def test_a_minister_flying_to_a_province_is_a_visit_and_a_delegations_flight_still_tells_the_day():
    a = article(
        "Viêng Chăn, 12/5/2018\n\n"
        "Chiều 8/5, tại Viêng Chăn, Bộ trưởng Nguyễn Thị Kim Tiến đã hội đàm với Bộ trưởng Y tế Lào Bounkong Syhavong.\n\n"
        "Hôm sau, Đoàn bay lên tỉnh Luông Pha-bang. Tại thành phố Luông Pha-bang, Bộ trưởng Nguyễn Thị Kim Tiến làm việc "
        "với lãnh đạo tỉnh do ông Vongsavanh Manisom, Phó Tỉnh trưởng, chủ trì.\n\n"
        "Ngày 11/5, Bộ trưởng Nguyễn Thị Kim Tiến bay vào tỉnh Chăm-pa-xắc."
    )
    s = [(t, d) for t, d, _, _ in summary(a)]
    assert ("talks", "2018-05-09") in s and ("visit", "2018-05-11") in s


def test_a_delegation_named_by_its_province_is_the_visitor():
    a = article(
        "Vinh, 23/5/2023\n\n"
        "Sáng 23/5, tại thành phố Vinh, Sở Công Thương Nghệ An tổ chức buổi làm việc với đoàn công tác Sở Công Thương "
        "tỉnh Xiêng Khoảng do ông Phetsamai Vongkhamphanh, Giám đốc Sở làm trưởng đoàn.\n\n"
        "Đồng chủ trì buổi làm việc có ông Phạm Văn Hóa, Giám đốc Sở Công Thương Nghệ An.\n\n"
        "Chiều cùng ngày, ông Trần Khắc Duyệt, Phó Chủ tịch UBND tỉnh, đã tiếp đoàn công tác Sở Công Thương tỉnh Xiêng Khoảng.\n\n"
        "Ngày mai (24/5), đoàn công tác tỉnh Xiêng Khoảng sẽ khảo sát Khu kinh tế cửa khẩu Nậm Cắn trước khi về nước."
    )
    assert ("visit", "2023-05-24", None, ["Phetsamai Vongkhamphanh"]) in summary(a)


def test_a_planned_signing_after_planned_talks_is_part_of_that_days_programme():
    a = article(
        "Phnôm Pênh, 25/11/2023\n\n"
        "Theo chương trình dự kiến, sáng 28/11, tại Hà Nội, Đại tướng Phan Văn Giang sẽ chủ trì lễ đón chính thức, sau đó "
        "hai Bộ trưởng hội đàm với Đại tướng Tea Seiha. Sau hội đàm, hai Bộ trưởng sẽ ký Kế hoạch hợp tác quốc phòng năm 2024."
    )
    signings = [(e.date, e.planned, names(e)) for e in of_type(a, "signing")]
    assert signings == [("2023-11-28", True, ["Phan Văn Giang", "Tea Seiha"])]


def test_a_month_after_a_connective_frames_the_visit_it_opens():
    a = article(
        "Hà Nội, 30/12/2023\n\n"
        "Tháng 3, Đại tướng Phan Văn Giang thăm chính thức Lào. Đáp lại, tháng 6, Thượng tướng Khamliang Outhakaysone "
        "dẫn đầu Đoàn đại biểu Quân đội nhân dân Lào thăm chính thức Việt Nam."
    )
    assert ("visit", "2023-06", None, ["Khamliang Outhakaysone"]) in summary(a)


def test_a_document_the_sides_agree_two_ministers_will_sign_is_a_planned_signing_of_theirs():
    a = article(
        "Hà Nội, 9/7/2025\n\n"
        "Chiều qua (8/7), tại Hà Nội, Bộ trưởng Bộ Xây dựng Trần Hồng Minh đã tiếp Bộ trưởng Bộ Công chính và Vận tải "
        "Campuchia Peng Ponea.\n\n"
        "Hai bên thống nhất, Bản ghi nhớ về kết nối hạ tầng giao thông giai đoạn 2025 - 2030 sẽ được hai Bộ trưởng ký "
        "tại Phnôm Pênh vào tháng 10 tới."
    )
    assert [(e.date, names(e)) for e in of_type(a, "signing")] == [("2025-10", ["Peng Ponea", "Trần Hồng Minh"])]


def test_signers_named_right_before_the_verb_sign_on_the_day_just_told():
    a = article(
        "Hà Nội, 7/9/2023\n\n"
        "Ngày 7/9, tại Hà Nội, Bộ trưởng Lê Minh Hoan đã hội đàm với Bộ trưởng Phet Phomphiphak. Đoàn Lào thăm Việt Nam "
        "từ ngày 6 đến 9/9.\n\n"
        "Ngay sau hội đàm, dưới sự chứng kiến của hai Bộ trưởng, đã diễn ra lễ ký hai văn kiện. Thứ trưởng Phùng Đức Tiến "
        "và Thứ trưởng Bounthieng Sayasone ký Kế hoạch hợp tác năm 2024 giữa hai Bộ."
    )
    assert any(e.date == "2023-09-07" and {"Phùng Đức Tiến", "Bounthieng Sayasone"} <= set(names(e))
               for e in of_type(a, "signing"))


def test_a_signing_on_this_occasion_is_on_the_day_of_the_occasion_not_of_the_background():
    a = article(
        "Hôm qua (21-7-2017), tại TP Cần Thơ, PGS.TS Huỳnh Văn Bửu, Giám đốc Học viện, và Ngài Chea Bunnarith dự lễ bế "
        "giảng lớp bồi dưỡng cho cán bộ Campuchia.\n\n"
        "Lớp học khai giảng ngày 17-4-2017, kéo dài hơn 3 tháng.\n\n"
        "Nhân dịp này, PGS.TS Huỳnh Văn Bửu và Ngài Chea Bunnarith đã ký Kế hoạch phối hợp đào tạo giai đoạn 2017 - 2021."
    )
    assert [(e.date, names(e)) for e in of_type(a, "signing")] == [("2017-07-21", ["Chea Bunnarith", "Huỳnh Văn Bửu"])]


def test_a_month_told_by_its_middle_ten_days_frames_the_visit():
    a = article(
        "Cập nhật: 14/06/2024\n\n"
        "Trung tuần tháng 5, Đoàn chuyên gia Bệnh viện Bạch Mai do PGS.TS Đào Xuân Cơ, Giám đốc Bệnh viện dẫn đầu đã "
        "sang Viêng Chăn hỗ trợ Bệnh viện Hữu nghị Mittaphab."
    )
    assert ("visit", "2024-05", None, ["Đào Xuân Cơ"]) in summary(a)


def test_an_undated_story_counts_its_relative_days_from_the_day_a_glossed_one_implies():
    a = article(
        "Gia Lai tiếp đoàn Ratanakiri\n\n"
        "Chiều qua (17/10), tại Pleiku, ông Hồ Văn Niên, Bí thư Tỉnh ủy, đã tiếp Đoàn đại biểu tỉnh Ratanakiri do ông "
        "Pich Sokha dẫn đầu. Trong 9 tháng đầu năm 2023, hai tỉnh đã phối hợp chặt chẽ.\n\n"
        "Sáng nay, Đoàn đi thăm vùng trồng cà phê tại huyện Đức Cơ."
    )
    assert a.published is None
    assert ("visit", "2023-10-18") in [(e.type, e.date) for e in a.events]


def test_a_joint_reception_and_who_joins_it():
    a = article(
        "Chiều 14/3/2021, tại Trụ sở Chính phủ, Phó Thủ tướng Trương Hòa Bình đã tiếp chung Bộ trưởng Nội vụ "
        "Lào Khamman Sounvileuth và Bộ trưởng Công chức Campuchia Prum Sokha. Cùng tiếp có Bộ trưởng Nội vụ "
        "Lê Vĩnh Tân."
    )
    receptions = of_type(a, "reception")
    assert len(receptions) == 1
    assert receptions[0].date == "2021-03-14"
    assert {"Trương Hòa Bình", "Khamman Sounvileuth", "Prum Sokha", "Lê Vĩnh Tân"} <= set(names(receptions[0]))


def test_a_digest_item_tells_its_relative_days_from_its_own_date_line():
    a = article(
        "Hoạt động đối ngoại của tỉnh trong tuần\n"
        "Ngày đăng: 24/02/2024 | Lượt xem: 312\n\n"
        "Chủ tịch UBND tỉnh tiếp Tổng Lãnh sự Campuchia\n"
        "Thứ Hai, 19/02/2024\n"
        "Sáng nay, tại trụ sở UBND tỉnh, Chủ tịch UBND tỉnh Phạm Văn Hòa đã tiếp ông Kim Sovann, Tổng Lãnh sự "
        "Campuchia tại TP Hồ Chí Minh, đến chào nhân dịp đầu xuân.\n\n"
        "Bí thư Tỉnh ủy làm việc với huyện biên giới\n"
        "Thứ Tư, 21/02/2024\n"
        "Ngày 21/2, Bí thư Tỉnh ủy Trần Văn Dũng làm việc với Ban Thường vụ Huyện ủy Tân Hồng về công tác biên giới.\n\n"
        "Đoàn tỉnh Prây Veng thăm tỉnh\n"
        "Thứ Năm, 22/02/2024\n"
        "Chiều qua, Phó Chủ tịch UBND tỉnh Lê Minh Tâm đã tiếp Đoàn công tác tỉnh Prây Veng do ông Chea Sokha, "
        "Phó Tỉnh trưởng, dẫn đầu.\n"
    )
    days = {tuple(names(e)): e.date for e in of_type(a, "reception")}
    assert days[("Kim Sovann", "Phạm Văn Hòa")] == "2024-02-19"
    assert days[("Chea Sokha", "Lê Minh Tâm")] == "2024-02-21"
    assert a.published == "2024-02-24"


def test_what_was_asked_at_a_meeting_held_does_not_make_it_planned():
    a = article(
        "Bàn giao công dân tại cửa khẩu\n\n"
        "Thứ Năm, 15/6/2023 16:20\n\n"
        "Chiều nay (15/6), tại Cửa khẩu quốc tế Mộc Bài, Công an tỉnh Svay Rieng đã bàn giao cho phía Việt Nam "
        "27 công dân. Sáng 14/6, Lãnh sự Nguyễn Văn Hải đã làm việc với ông Ouk Sambath, Phó Tỉnh trưởng tỉnh "
        "Svay Rieng, đề nghị phía bạn sớm hoàn tất thủ tục bàn giao. Chiều cùng ngày, Lãnh sự Nguyễn Văn Hải "
        "đã đến thăm các công dân đang được lưu giữ tại thành phố Svay Rieng.\n\n"
        "Kết thúc buổi làm việc, Đại tá Trần Văn Sơn, Phó Chỉ huy trưởng Bộ đội Biên phòng tỉnh Tây Ninh và ông "
        "Ouk Sambath đã ký Kế hoạch phối hợp năm 2024, với tổng kinh phí dự kiến 2 tỷ đồng."
    )
    talks = of_type(a, "talks")
    assert [(e.date, e.planned) for e in talks] == [("2023-06-14", False)]
    assert [e.date for e in of_type(a, "visit")] == ["2023-06-14"]
    assert [names(e) for e in of_type(a, "signing")] == [["Ouk Sambath", "Trần Văn Sơn"]]


def test_a_field_trip_with_its_days_is_a_visit():
    a = article(
        "Ngày 28/9/2018, Hội Nhà báo tỉnh Tây Ninh bế giảng lớp bồi dưỡng cho phóng viên tỉnh Svay Rieng. "
        "Từ ngày 24 đến 26-9, đoàn học viên do ông Chea Sambath, Phó Giám đốc Sở Thông tin tỉnh Svay Rieng dẫn đầu "
        "đã đi thực tế tại tỉnh Long An, tìm hiểu cách làm báo của Báo Long An."
    )
    visits = of_type(a, "visit")
    assert [(e.date, e.end_date, names(e)) for e in visits] == [("2018-09-24", "2018-09-26", ["Chea Sambath"])]


def test_what_a_guest_reports_after_thanking_his_host_is_an_event_of_its_own_day():
    a = article(
        "Viêng Chăn, ngày 12/6/2019 (KPL) - Chiều 11/6, Phó Thủ tướng Lào Sonexay Siphandone đã tiếp ông Nguyễn Văn Bình, "
        "Trưởng ban Kinh tế Trung ương Việt Nam. Ông Nguyễn Văn Bình cảm ơn Phó Thủ tướng đã dành thời gian tiếp Đoàn và "
        "cho biết, sáng 10/6, ông đã hội đàm với bà Khemmani Pholsena, Bộ trưởng Bộ Công Thương Lào."
    )
    talks = of_type(a, "talks")
    assert [(e.date, {"Nguyễn Văn Bình", "Khemmani Pholsena"} <= set(names(e))) for e in talks] == [("2019-06-10", True)]


def test_a_meeting_to_discuss_holding_a_fair_is_no_fair():
    a = article(
        "Sáng 9/12/2022, Bộ trưởng Bộ Công Thương Lào Malaythong Kommasith sẽ tiếp ông Vũ Bá Phú, Cục trưởng Cục Xúc tiến "
        "thương mại, để bàn việc tổ chức Hội chợ Thương mại Lào tại Hà Nội năm 2023."
    )
    assert [e.type for e in a.events] == ["reception"]


def test_a_meeting_held_online_is_a_call():
    a = article(
        "Ngày 20/11/2023, Hội nghị Ủy ban hỗn hợp giữa Bộ Nội vụ Việt Nam và Bộ Nội vụ Lào lần thứ 5 đã diễn ra theo "
        "hình thức trực tuyến, do Bộ trưởng Phạm Thị Thanh Trà và Bộ trưởng Vilayvanh Phomkhe đồng chủ trì. "
        "Kết thúc hội nghị, hai Bộ trưởng đã ký Kế hoạch hợp tác năm 2024."
    )
    assert [(e.type, e.date) for e in a.events] == [("call", "2023-11-20"), ("signing", "2023-11-20")]


def test_talks_right_after_talks_with_someone_else_are_another_meeting_that_day():
    a = article(
        "Chiều 8/3/2024, tại Hà Nội, Bộ trưởng Bộ Công an Tô Lâm đã hội đàm với Bộ trưởng Bộ An ninh Lào Vilay Lakhamphong.\n\n"
        "Ngay sau đó, Bộ trưởng Tô Lâm hội đàm với Phó Thủ tướng, Bộ trưởng Bộ Nội vụ Campuchia Sar Sokha."
    )
    talks = sorted((e.date, names(e)) for e in of_type(a, "talks"))
    assert talks == [("2024-03-08", ["Sar Sokha", "Tô Lâm"]), ("2024-03-08", ["Tô Lâm", "Vilay Lakhamphong"])]


def test_aid_handed_over_in_a_sum_is_a_ceremony():
    a = article(
        "Chiều 10/9/2024, tại Hà Nội, Chủ tịch Ủy ban Trung ương MTTQ Việt Nam Đỗ Văn Chiến đã tiếp nhận khoản ủng hộ. "
        "Cùng ngày, Đại sứ Lào Khamphao Ernthavanh đã trao khoản hỗ trợ khẩn cấp 100.000 USD cho Phó Chủ tịch "
        "Hoàng Công Thủy."
    )
    assert ("conference", "2024-09-10") in [(e.type, e.date) for e in a.events if "Khamphao Ernthavanh" in names(e)]


def test_a_sum_received_is_a_ceremony():
    a = article(
        "Chiều 12/9/2024, tại Hà Nội, Chủ tịch Ủy ban Trung ương MTTQ Việt Nam Đỗ Văn Chiến đã tiếp nhận 100.000 USD "
        "của nhân dân Lào ủng hộ đồng bào bị thiệt hại do bão số 3 do Đại sứ Lào Khamphao Ernthavanh trao."
    )
    assert [(e.type, e.date) for e in a.events] == [("conference", "2024-09-12")]


def test_a_line_reopened_by_two_prime_ministers_is_a_ceremony():
    a = article(
        "Sáng 22-4-2019, tại ga Poipet, Thủ tướng Campuchia Hun Sen và Thủ tướng Thái Lan Prayut Chan-o-cha đã dự "
        "lễ khai thông tuyến đường sắt nối hai nước."
    )
    assert [(e.type, e.date, names(e)) for e in a.events] == [
        ("conference", "2019-04-22", ["Hun Sen", "Prayut Chan-o-cha"])]


def test_a_delegation_moving_on_to_another_province_is_a_stop_of_the_trip():
    a = article(
        "Chiều 14/8/2023, tại Viêng Chăn, đồng chí Nguyễn Trọng Nghĩa, Trưởng Ban Tuyên giáo Trung ương, đã hội đàm "
        "với đồng chí Khamphanh Pheuyavong, Trưởng Ban Tuyên huấn Trung ương Đảng NDCM Lào.\n\n"
        "Chiều 15/8, Đoàn đến tỉnh Champasak. Tại thành phố Pắc-xế, đồng chí Vilayvong Bouddakham, Bí thư Tỉnh ủy, "
        "đã tiếp Đoàn.\n\n"
        "Sáng 16/8, Đoàn đến tỉnh Salavan làm việc với Ban Tuyên huấn Tỉnh ủy."
    )
    visits = [(e.date, e.place) for e in of_type(a, "visit")]
    assert ("2023-08-15", "Champasak") in visits
    assert not any(d == "2023-08-16" for d, _ in visits)


def test_the_last_working_day_of_a_trip_dates_its_stop():
    a = article(
        "Từ 7 - 9/11/2016, Đoàn đại biểu cấp cao tỉnh Thừa Thiên Huế do ông Lê Trường Lưu, Bí thư Tỉnh ủy, dẫn đầu đã "
        "thăm và làm việc tại tỉnh Salavan.\n\n"
        "Ngày làm việc cuối cùng, đoàn sang tỉnh Sê Kông. Ông Khamlua Sisomphone, Phó Tỉnh trưởng tỉnh Sê Kông đã tiếp đoàn."
    )
    assert ("2016-11-09", "Sê Kông") in [(e.date, e.place) for e in of_type(a, "visit")]
    assert [e.date for e in of_type(a, "reception")] == ["2016-11-09"]


def test_a_festival_held_by_two_districts_is_a_conference():
    a = article(
        "Sáng 5-4-2025, tại xã Ia Mơ, huyện Chư Prông phối hợp với huyện Bokeo (Campuchia) tổ chức Ngày hội văn hóa "
        "các dân tộc biên giới. Dự khai mạc có ông Siu Blang, Chủ tịch UBND huyện Chư Prông, và Ngài Romas Thvel, "
        "Huyện trưởng huyện Bokeo."
    )
    assert [(e.type, e.date) for e in a.events] == [("conference", "2025-04-05")]
    assert {"Siu Blang", "Romas Thvel"} <= set(names(a.events[0]))


def test_one_signing_named_among_the_documents_witnessed_is_part_of_that_signing():
    a = article(
        "Chiều 24/10/2023, tại Viêng Chăn, Thủ tướng Hun Manet đã hội đàm với Thủ tướng Sonexay Siphandone.\n\n"
        "Sau hội đàm, hai Thủ tướng đã chứng kiến lễ ký 5 văn kiện hợp tác. Trong đó, Bộ trưởng Keo Rottanak và "
        "Bộ trưởng Phoxay Sayasone đã ký Bản ghi nhớ về hợp tác năng lượng giai đoạn 2024 - 2030, theo đó Lào sẽ bán "
        "điện cho Campuchia.\n\nTối cùng ngày, Thủ tướng Sonexay Siphandone chủ trì tiệc chiêu đãi Thủ tướng Hun Manet."
    )
    signings = of_type(a, "signing")
    assert len(signings) == 1
    assert {"Keo Rottanak", "Phoxay Sayasone", "Hun Manet", "Sonexay Siphandone"} <= set(names(signings[0]))


def test_witnesses_named_once_witness_every_signing_listed_after_them():
    a = article(
        "Sáng 6/12/2024, tại Phnôm Pênh, Bộ trưởng Thương mại Campuchia Cham Nimul và Thứ trưởng Phan Thị Thắng dự lễ "
        "khai mạc Hội chợ. Nhân dịp này, dưới sự chứng kiến của Lok Chumteav Cham Nimul và bà Phan Thị Thắng, Oknha Ly "
        "Vannak, Chủ tịch Công ty ABC và ông Nguyễn Văn Bình, Tổng Giám đốc Công ty XYZ, đã ký Biên bản ghi nhớ về phân "
        "phối hàng hóa; Lok Chumteav Prum Sophalla, Tổng Giám đốc Công ty Angkor Cashew và ông Lưu Minh Triết, Chủ tịch "
        "Công ty Hạt Vàng, ký Hợp đồng mua bán hạt điều."
    )
    signings = of_type(a, "signing")
    assert len(signings) == 2
    for e in signings:
        assert {"Cham Nimul", "Phan Thị Thắng"} <= set(names(e))


def test_talks_held_many_times_are_no_one_event():
    a = article(
        "Ngày 24/6/2022, tại Phnôm Pênh, Chủ tịch Quốc hội Heng Samrin đã tiếp Đại sứ Nguyễn Huy Tăng. "
        "Samdech Techo Hun Sen nhiều lần điện đàm với lãnh đạo Việt Nam trong năm 2021."
    )
    assert [e.type for e in a.events] == ["reception"]


def test_the_guest_received_is_the_visiting_head():
    a = article(
        "Sáng 19-3-2024, tại Hà Nội, Đoàn đại biểu Bộ Quốc phòng Campuchia do Đại tướng Tea Seiha dẫn đầu đã bắt đầu "
        "chuyến thăm chính thức Việt Nam.\n\nChiều 19-3, tại Trụ sở Chính phủ, Thủ tướng Phạm Minh Chính đã tiếp "
        "Trưởng đoàn Campuchia. Tối cùng ngày, Bộ trưởng Phan Văn Giang chủ trì tiệc chiêu đãi vị khách."
    )
    receptions = of_type(a, "reception")
    assert receptions and all("Tea Seiha" in names(e) for e in receptions)


def test_a_planned_stop_called_off_is_no_event():
    a = article(
        "Sáng 15-8-2022, tại Viêng Chăn, Đại tướng Phan Văn Giang đã hội đàm với Đại tướng Chansamone Chanyalath. "
        "Chương trình thăm tỉnh Luông Pha-bang của Đại tướng Phan Văn Giang dự kiến ngày 17-8 được hai bên thống nhất "
        "dời sang dịp khác."
    )
    assert [e.type for e in a.events] == ["talks"]


def test_the_other_sides_attendees_listed_after_a_colon_are_at_the_talks():
    a = article(
        "Chiều 5-12-2023, tại Hà Nội, Thứ trưởng Hoàng Minh Sơn đã hội đàm với Thứ trưởng Phout Simmalavong. "
        "Tham dự hội đàm, phía Việt Nam có: ông Tạ Ngọc Huy, Cục trưởng Cục Hợp tác quốc tế. "
        "Phía Lào có: ông Bounsone Sisomphone, Vụ trưởng Vụ Hợp tác quốc tế; bà Silivanh Phommaxay, Phó Vụ trưởng."
    )
    (talks,) = of_type(a, "talks")
    assert {"Tạ Ngọc Huy", "Bounsone Sisomphone", "Silivanh Phommaxay"} <= set(names(talks))


def test_places_in_a_town_sharing_a_word_with_a_country_a_zone_a_ward_and_a_city_abbreviated_without_a_dot():
    a = article(
        "Quảng Trị và Xa-vẳn-na-khệt chúc mừng năm mới\n\n"
        "Chiều 30/12/2024, tại thị trấn Lao Bảo, ông Hà Sỹ Đồng, Phó Chủ tịch UBND tỉnh Quảng Trị đã tiếp "
        "Đoàn đại biểu tỉnh Xa-vẳn-na-khệt do ông Phết-sạ-vẳn Xỉ-hả-vông dẫn đầu.\n\n"
        "Sáng 31/12/2024, ông Phết-sạ-vẳn Xỉ-hả-vông và Đoàn tham quan Khu kinh tế cửa khẩu Lao Bảo, huyện Hướng Hóa "
        "trước khi về nước.\n\n"
        "Trước đó, ngày 12/11/2024, tại phường Đông Lương, ông Hà Sỹ Đồng đã hội đàm với ông Phết-sạ-vẳn Xỉ-hả-vông.\n\n"
        "Ngày 5/10/2024, tại TP Đông Hà, ông Hà Sỹ Đồng đã tiếp ông Bun-mi Xay-xạ-na, Phó Tỉnh trưởng tỉnh Xa-la-van."
    )
    assert [(e.type, e.date, e.place) for e in a.events] == [
        ("reception", "2024-12-30", "Lao Bảo"),
        ("visit", "2024-12-31", "Lao Bảo"),
        ("talks", "2024-11-12", "Đông Lương"),
        ("reception", "2024-10-05", "Đông Hà"),
    ]


def test_a_zone_named_for_its_bearing_gives_way_to_the_town_it_is_in():
    a = article(
        "Ngày 8/6/2023, Đoàn đại biểu tỉnh Khăm Muộn do ông Vẳn-xay Phoong-sạ-vẳn dẫn đầu đã thăm Khu kinh tế "
        "Đông Nam tại thị trấn Cửa Việt."
    )
    assert [(e.type, e.place) for e in a.events] == [("visit", "Cửa Việt")]


def test_a_delegations_head_told_in_a_sentence_of_its_own_leads_it():
    a = article(
        "Sáng 14/3/2024, tại Hà Nội, Hội Nông dân Việt Nam đã làm việc với Đoàn đại biểu Hội Nông dân Lào. "
        "Dẫn đầu Đoàn đại biểu Lào là đồng chí Khăm-phăn Xỉ-vông-xay, Phó Chủ tịch Hội Nông dân Lào. "
        "Chủ trì buổi làm việc có đồng chí Lương Quốc Đoàn, Chủ tịch Hội Nông dân Việt Nam.\n\n"
        "Ngày 2/10/2024, Đoàn công tác tỉnh Xiêng Khoảng đã đến làm việc với UBND tỉnh Nghệ An. "
        "Đoàn do ông Xổm-phết Kẹo-la, Phó Tỉnh trưởng dẫn đầu. "
        "Tiếp Đoàn công tác tỉnh Xiêng Khoảng có ông Bùi Thanh An, Phó Chủ tịch UBND tỉnh Nghệ An."
    )
    assert [names(e) for e in of_type(a, "talks")] == [["Khăm-phăn Xỉ-vông-xay", "Lương Quốc Đoàn"]]
    assert [names(e) for e in of_type(a, "reception")] == [["Bùi Thanh An", "Xổm-phết Kẹo-la"]]


def test_a_leader_who_meets_the_guest_named_only_as_the_guest():
    a = article(
        "Sáng 6/8/2024, tại Hà Nội, Chủ tịch Quốc hội Trần Thanh Mẫn đã hội đàm với Chủ tịch Quốc hội Lào "
        "Xaysomphone Phomvihane. Chiều cùng ngày, Thủ tướng Phạm Minh Chính hội kiến vị khách tại Trụ sở Chính phủ."
    )
    assert [names(e) for e in of_type(a, "reception")] == [["Phạm Minh Chính", "Xaysomphone Phomvihane"]]


def test_with_no_head_told_the_guest_is_the_side_not_at_home():
    a = article(
        "Chiều 11/6/2024, Bộ trưởng Bộ Tư pháp Lê Thành Long đã tiếp Bộ trưởng Bộ Tư pháp Campuchia Koeut Rith, "
        "đang thăm chính thức Việt Nam. Tối cùng ngày, Phó Thủ tướng Trần Hồng Hà chiêu đãi vị khách."
    )
    assert [names(e) for e in of_type(a, "reception")][-1] == ["Koeut Rith", "Trần Hồng Hà"]


def test_those_an_award_is_given_to_in_a_sentence_after_the_ceremony_were_at_it():
    a = article(
        "Sáng 9/5/2023, tại Viêng Chăn, Đại sứ Nguyễn Minh Tâm đã trao Huân chương Hữu nghị của Nhà nước Việt Nam "
        "cho 4 cán bộ Bộ Ngoại giao Lào. Huân chương Hữu nghị được trao cho ông Khăm-la Phôm-ma-chăn, Vụ trưởng "
        "Vụ Lễ tân và bà Xỉ-vi-lay Kẹo-ma-ny, Phó Vụ trưởng Vụ Lãnh sự."
    )
    assert [names(e) for e in of_type(a, "conference")] == [["Khăm-la Phôm-ma-chăn", "Nguyễn Minh Tâm", "Xỉ-vi-lay Kẹo-ma-ny"]]


def test_a_delegation_called_by_its_bodys_initials_stands_for_its_head():
    a = article(
        "Chiều 23/5/2018, tại Hà Nội, Phó Thống đốc Đào Minh Tú đã tiếp Đoàn công tác Ngân hàng Quốc gia Campuchia "
        "do bà Neav Chanthana, Phó Thống đốc dẫn đầu.\n\n"
        "Đoàn NBC đang có chuyến thăm và làm việc tại Việt Nam từ ngày 22 đến 25/5."
    )
    assert [(e.date, e.end_date, names(e)) for e in of_type(a, "visit")] == [("2018-05-22", "2018-05-25", ["Neav Chanthana"])]


def test_those_who_pay_respects_meet_at_a_ceremony_the_one_mourned_takes_part_in_nothing():
    a = article(
        "Sáng 12/4/2023, tại Đại sứ quán Việt Nam ở Viêng Chăn, Đoàn đại biểu tỉnh Chăm-pa-xắc do ông Vi-lay-vông "
        "Bút-đa-khăm dẫn đầu đã đến viếng và ghi sổ tang nguyên Chủ tịch nước Lê Đức Anh. Đại sứ Nguyễn Bá Hùng "
        "đã tiếp Đoàn tại Đại sứ quán.\n\n"
        "Lễ truy điệu và an táng nguyên Chủ tịch nước Lê Đức Anh được tổ chức vào sáng 14/4/2023.\n\n"
        "Chiều 12/4/2023, Đoàn đại biểu Quân đội Lào đã vào Lăng viếng Chủ tịch Hồ Chí Minh."
    )
    assert [(e.type, e.date, names(e)) for e in a.events if e.type == "conference"] == [
        ("conference", "2023-04-12", ["Vi-lay-vông Bút-đa-khăm"])]


def test_a_weekday_told_with_its_time_of_day_and_no_date_is_the_last_such_day():
    a = article(
        "Bộ trưởng hai nước hội đàm\n\nThứ Hai, 17/06/2019 08:00\n\n"
        "Sáng thứ Sáu, tại Hà Nội, Bộ trưởng Tô Lâm đã hội đàm với Bộ trưởng Bộ An ninh Lào Vi-lay La-khăm-phong. "
        "Tối Chủ nhật, Thứ trưởng Bùi Văn Nam chủ trì tiệc chiêu đãi chia tay Bộ trưởng Vi-lay La-khăm-phong. "
        "Đoàn sẽ về nước vào sáng thứ Ba."
    )
    assert [(e.type, e.date) for e in a.events] == [("talks", "2019-06-14"), ("reception", "2019-06-16")]


def test_a_guest_met_by_a_chain_of_titles_with_the_country_is_the_one_who_holds_the_last():
    a = article(
        "Sáng 9/12/2024, Tổng Bí thư Tô Lâm hội đàm với Tổng Bí thư, Chủ tịch nước Lào Thongloun Sisoulith.\n\n"
        "Sáng 10/12/2024, tại Trụ sở Chính phủ, Thủ tướng Phạm Minh Chính hội kiến Tổng Bí thư, Chủ tịch nước Lào."
    )
    assert [names(e) for e in of_type(a, "reception")] == [["Phạm Minh Chính", "Thongloun Sisoulith"]]


def test_places_after_a_building_a_guest_house_named_for_its_province_and_a_cambodian_district():
    a = article(
        "Chiều 20/11/2025, tại Nhà khách Tỉnh ủy Hà Tĩnh, phường Thành Sen, ông Trần Minh Đạo đã hội đàm với "
        "ông Xổm-xắc Phôm-ma-chăn, Phó Tỉnh trưởng tỉnh Bô-ly-khăm-xay.\n\n"
        "Sáng 14/1/2026, tại Hội trường UBND tỉnh (cơ sở 2), phường Kon Tum, ông Phan Đình Quý đã tiếp "
        "ông Bun-mi Xỉ-xu-phăn.\n\n"
        "Ngày 26/3/2023, tại srok Chantrea, ông Nguyễn Văn Út đã dự lễ bàn giao 20 căn nhà tình nghĩa."
    )
    assert [(e.type, e.place) for e in a.events] == [("talks", "Thành Sen"), ("reception", "Kon Tum"), ("conference", "Chantrea")]


def test_a_delegation_led_jointly_or_with_a_deputy_head_brings_both_on_its_visit():
    joint = article(
        "Sáng 9/10/2024, Đoàn công tác Bộ Chỉ huy BĐBP tỉnh Kon Tum do Đại tá Y Nhem, Chỉ huy trưởng và "
        "Đại tá Phạm Văn Hòa, Chính ủy đồng trưởng đoàn đã đến thăm và làm việc tại tỉnh Attapeu (Lào). "
        "Chiều cùng ngày, Đoàn đã chào xã giao ông Khăm-phăn Phôm-ma-thắt, Tỉnh trưởng tỉnh Attapeu."
    )
    assert {"Y Nhem", "Phạm Văn Hòa"} <= set(names(of_type(joint, "visit")[0]))
    assert {"Y Nhem", "Phạm Văn Hòa", "Khăm-phăn Phôm-ma-thắt"} <= set(names(of_type(joint, "reception")[0]))
    deputy = article(
        "Từ ngày 3 đến 6/11/2023, Đoàn đại biểu Quân khu 4 do Trung tướng Nguyễn Doãn Anh, Tư lệnh Quân khu "
        "làm Trưởng đoàn, Thiếu tướng Trần Võ Dũng, Chính ủy Quân khu làm Phó trưởng đoàn đã thăm và làm việc "
        "tại Quân khu 3, Quân đội nhân dân Lào."
    )
    assert {"Nguyễn Doãn Anh", "Trần Võ Dũng"} <= set(names(of_type(deputy, "visit")[0]))


def test_two_sides_chairing_together_are_not_one_delegations_heads():
    a = article(
        "Sáng 14/3/2024, Đoàn công tác tỉnh Quảng Trị do đồng chí Hà Sỹ Đồng, Phó Chủ tịch UBND tỉnh làm Trưởng đoàn "
        "đã thăm và làm việc tại tỉnh Savannakhet. Buổi hội đàm do đồng chí Hà Sỹ Đồng và đồng chí Phết-xa-vẳn "
        "Vông-xay-nha, Phó Tỉnh trưởng tỉnh Savannakhet đồng chủ trì. Chiều cùng ngày, Đoàn đã thăm Trường Hữu nghị."
    )
    visits = of_type(a, "visit")
    assert visits and "Phết-xa-vẳn Vông-xay-nha" not in names(visits[0])


def test_a_meeting_said_to_be_chaired_or_held_is_a_conference():
    a = article(
        "Sáng 20-6-2023, tại thành phố Kon Tum, Nhóm công tác liên hợp Việt Nam - Lào về quản lý lao động đã họp "
        "phiên thứ 7. Cuộc họp do ông Nguyễn Bá Cường, Cục trưởng Cục Quản lý lao động và ông Khăm-xay Xỉ-phăn-đon, "
        "Vụ trưởng Vụ Lao động Lào đồng chủ trì."
    )
    (meeting,) = of_type(a, "conference")
    assert meeting.date == "2023-06-20" and names(meeting) == ["Khăm-xay Xỉ-phăn-đon", "Nguyễn Bá Cường"]


def test_a_title_holding_the_word_for_head_of_delegation_does_not_end_the_heads():
    a = article(
        "Đoàn đại biểu cấp cao tỉnh Hà Tĩnh do đồng chí Hoàng Trung Dũng, Bí thư Tỉnh ủy, Trưởng đoàn Đại biểu "
        "Quốc hội tỉnh và đồng chí Võ Trọng Hải, Chủ tịch UBND tỉnh làm đồng Trưởng đoàn, thăm và làm việc tại "
        "tỉnh Bolikhamxay từ ngày 10 - 12/4/2023."
    )
    assert names(of_type(a, "visit")[0]) == ["Hoàng Trung Dũng", "Võ Trọng Hải"]


def test_a_banquet_welcoming_the_delegation_or_a_courtesy_call_on_it_is_with_its_head():
    a = article(
        "Từ ngày 6 đến 8-12-2022, Đoàn đại biểu Bộ Quốc phòng Campuchia do Đại tướng Tea Banh, Phó Thủ tướng, "
        "Bộ trưởng Bộ Quốc phòng dẫn đầu thăm chính thức Việt Nam. Tối 6-12, Đại tướng Phan Văn Giang chủ trì tiệc "
        "chiêu đãi trọng thể chào mừng Đoàn."
    )
    assert names(of_type(a, "reception")[0]) == ["Phan Văn Giang", "Tea Banh"]
    call = article(
        "Từ ngày 21 - 23/11/2023, Đoàn đại biểu tỉnh Phongsaly do ông Khăm-phăn Xỉ-thi-đăm-pha, Phó Tỉnh trưởng dẫn đầu "
        "thăm tỉnh Điện Biên. Chiều 22/11, đồng chí Trần Quốc Cường, Bí thư Tỉnh ủy đã tiếp xã giao đoàn."
    )
    assert names(of_type(call, "reception")[0]) == ["Khăm-phăn Xỉ-thi-đăm-pha", "Trần Quốc Cường"]


def test_the_same_day_is_not_the_last_day_of_a_course():
    a = article(
        "Sáng 15-9-2014, tại TP Tam Kỳ, Sở Giáo dục và Đào tạo Quảng Nam khai giảng lớp bồi dưỡng tiếng Việt cho "
        "cán bộ tỉnh Sê Kông. Lớp học kéo dài 3 tháng, đến ngày 15-12-2014. Chiều cùng ngày, ông Nguyễn Văn Hòa, "
        "Giám đốc Sở đã làm việc với ông Khăm-phăn Xỉ-vông-xay, Giám đốc Sở Giáo dục tỉnh Sê Kông."
    )
    assert [e.date for e in of_type(a, "talks")] == ["2014-09-15"]


def test_a_body_whose_name_holds_and_is_led_by_its_own_countrys_official():
    a = article(
        "Chiều 17/5/2023, tại Hà Nội, Bộ trưởng Bộ Giáo dục và Đào tạo Nguyễn Kim Sơn đã hội đàm với Bộ trưởng Bộ Giáo "
        "dục và Thể thao Lào Phout Simmalavong. Đoàn đại biểu Bộ Giáo dục và Thể thao Lào đang thăm, làm việc tại "
        "Việt Nam từ ngày 16 đến 20/5/2023."
    )
    assert names(of_type(a, "visit")[0]) == ["Phout Simmalavong"]


def test_welcomed_and_held_talks_with_is_talks_alone():
    a = article(
        "Chiều 21-10-2015, tại thành phố Tân An, ông Võ Văn Khải, Chủ tịch Ủy ban MTTQ tỉnh Long An đã tiếp đón và "
        "hội đàm với ông Sam Sophal, Chủ tịch Ủy ban Mặt trận tỉnh Svay Rieng."
    )
    assert [e.type for e in a.events] == ["talks"]


def test_an_international_border_gate_written_with_capitals_is_named_for_its_place():
    a = article(
        "Sáng 19-10-2023, tại Cửa khẩu Quốc tế Lao Bảo, Bộ đội Biên phòng tỉnh Quảng Trị đã bàn giao cho Công an tỉnh "
        "Savannakhet 2 đối tượng. Dự lễ có Đại tá Nguyễn Hữu Hạnh, Chỉ huy trưởng và Thượng tá Bun-mi Xỉ-vông-xay."
    )
    assert [e.place for e in of_type(a, "conference")] == ["Lao Bảo"]


def test_a_sentence_opening_with_the_town_it_happens_in_places_the_event():
    a = article(
        "Từ ngày 4 đến 6/3/2024, Đoàn đại biểu Bộ Lao động - Thương binh và Xã hội do Bộ trưởng Đào Ngọc Dung dẫn đầu "
        "thăm và làm việc tại Lào. Sáng 5/3, Đoàn đã làm việc với Bộ Lao động và Phúc lợi xã hội Lào.\n\n"
        "Tại thành phố Pạc-xăn, chiều cùng ngày, ông Bun-xuôn Phim-mạ-xăn, Phó Tỉnh trưởng tỉnh Bô-ly-khăm-xay đã tiếp Đoàn."
    )
    assert [e.place for e in of_type(a, "reception")] == ["Pạc-xăn"]


def test_a_special_trade_zone_and_a_district_gone_up_to_place_a_visit():
    a = article(
        "Từ ngày 13 đến 15/3/2024, Đoàn đại biểu tỉnh Salavan do ông Bun-xỉ-vông Phết-xạ-nạ, Phó Tỉnh trưởng dẫn đầu "
        "thăm tỉnh Quảng Trị. Sáng 15/3, Đoàn đến thăm Khu kinh tế - thương mại đặc biệt Lao Bảo trước khi về nước."
    )
    assert "Lao Bảo" in [e.place for e in of_type(a, "visit")]
    b = article(
        "Chiều 11/3/2023, bà Nguyễn Thị Thu Hường, Chủ tịch Hội LHPN tỉnh Nghệ An đã tiếp Đoàn Hội LHPN tỉnh "
        "Bolikhamxay do bà Khăm-phon Xỉ-xu-vông dẫn đầu. Ngày mai (12/3), Đoàn sẽ lên huyện Kỳ Sơn tặng quà phụ nữ nghèo."
    )
    assert "Kỳ Sơn" in [e.place for e in of_type(b, "visit")]


def test_places_of_a_commune_office_a_border_post_a_pagoda_and_a_hall_with_its_street_and_city():
    a = article(
        "Chiều 14/5/2022, tại trụ sở UBND huyện Mường Nhé, ông Lò Văn Puốn, Chủ tịch UBND huyện đã hội đàm với "
        "Đoàn đại biểu huyện Mường Mày, tỉnh Phông-xa-lỳ do ông Khăm-xỉ Xay-nha-vông làm Trưởng đoàn."
    )
    assert [e.place for e in of_type(a, "talks")] == ["Mường Nhé"]
    b = article(
        "Sáng 9/4/2023, tại Đồn Biên phòng Thông Thụ, Bộ Chỉ huy BĐBP tỉnh Nghệ An phối hợp với Bộ Chỉ huy Quân sự "
        "tỉnh Hủa Phăn tổ chức lễ kết nghĩa giữa hai đơn vị. Dự lễ có Đại tá Trần Hải Bình và Đại tá Xổm-phon Keo-la."
    )
    assert [e.place for e in of_type(b, "conference")] == ["Thông Thụ"]
    c = article(
        "Sáng 2/12/2019, tại chùa Tà Mum, huyện Tịnh Biên, Ban Trị sự Phật giáo tỉnh An Giang tổ chức lễ kết nghĩa với "
        "Ban Trị sự Phật giáo tỉnh Takeo. Dự lễ có Hòa thượng Đào Như và Hòa thượng Um Sum."
    )
    assert [e.place for e in of_type(c, "conference")] == ["Tịnh Biên"]
    d = article(
        "Sáng 6/8/2021, tại Nhà khách Chính phủ, số 10 Chu Văn An, Hà Nội, Phó Thủ tướng Phạm Bình Minh đã tiếp "
        "Bộ trưởng Bộ Ngoại giao Lào Xa-lơm-xay Kôm-ma-xít."
    )
    assert [e.place for e in of_type(d, "reception")] == ["Hà Nội"]
    # a second comma that is no street: the place of the delegation's home is no place of the talks
    e = article(
        "Sáng 7/3/2020, tại hội trường UBND huyện Sa Thầy, Đoàn đại biểu huyện Phu-vông, tỉnh Attapeu do ông "
        "Xổm-xạ-nít Keo-ma-ni dẫn đầu đã hội đàm với lãnh đạo huyện Sa Thầy."
    )
    assert [x.place for x in of_type(e, "talks")] == ["Sa Thầy"]


def test_a_district_named_with_its_province_places_the_event_in_the_district():
    a = article(
        "Sáng 14/10/2023, tại huyện Chantrea, tỉnh Svay Rieng, Đoàn đại biểu tỉnh Long An do ông Nguyễn Văn Út dẫn đầu "
        "đã trao 200 phần quà cho các hộ nghèo. Dự lễ trao quà có ông Men Vibol, Tỉnh trưởng tỉnh Svay Rieng."
    )
    assert [e.place for e in of_type(a, "conference")] == ["Chantrea"]


def test_places_of_a_new_year_call_on_a_province_a_port_visited_and_a_border_gates_area():
    a = article(
        "Đoàn đại biểu tỉnh Attapeu do ông Lệt Xay-nha-phon dẫn đầu thăm, chúc Tết tỉnh Kon Tum từ ngày 16 đến 18/1/2023.\n\n"
        "Chiều 17/1, Đoàn đã tham quan cảng Dung Quất."
    )
    assert sorted(e.place for e in of_type(a, "visit")) == ["Dung Quất", "Kon Tum"]
    b = article(
        "Sáng 12/8/2022, tại khu vực cửa khẩu Xà Xía (thành phố Hà Tiên), UBND tỉnh Kiên Giang phối hợp với Chính quyền "
        "tỉnh Kampot tổ chức lễ khánh thành nhà trạm. Dự lễ có ông Lâm Minh Thành và ông Cheav Tay."
    )
    assert [e.place for e in of_type(b, "conference")] == ["Xà Xía"]


def test_the_place_opening_a_sentence_is_where_each_of_its_calls_was():
    a = article(
        "Chiều 23/11/2022, tại Thủ đô Phnôm Pênh, Đoàn đại biểu Ủy ban Trung ương MTTQ Việt Nam do đồng chí Đỗ Văn Chiến "
        "dẫn đầu đã chào xã giao Samdech Heng Samrin; hội kiến Samdech Say Chhum."
    )
    assert [e.place for e in of_type(a, "reception")] == ["Phnôm Pênh", "Phnôm Pênh"]


def test_a_delegation_named_again_by_words_of_its_name_alone_brings_its_head():
    a = article(
        "Sáng 10/3/2025, Đoàn Bộ Tư lệnh Vùng 5 Hải quân do Chuẩn Đô đốc Trịnh Quốc Vương dẫn đầu và Đoàn tỉnh Kiên "
        "Giang do ông Lê Quốc Anh dẫn đầu đã đến Ream.\n\nTối cùng ngày, Ngài Mao Thonin chủ trì tiệc chiêu đãi Đoàn Vùng 5 "
        "và Đoàn Kiên Giang."
    )
    assert names(of_type(a, "reception")[0]) == ["Lê Quốc Anh", "Mao Thonin", "Trịnh Quốc Vương"]


def test_delegations_received_in_turn_by_their_names_are_one_reception_each():
    a = article(
        "Từ ngày 23 đến 25/11/2016, tại thành phố Pleiku diễn ra Hội nghị hợp tác các tỉnh biên giới. Đoàn đại biểu tỉnh "
        "A-tô-pư do ông Khăm-phui Vông-xạ-lạt, Phó Tỉnh trưởng làm Trưởng đoàn. Đoàn đại biểu tỉnh Ra-ta-na-ki-ri do ông "
        "Nhim Sopheap, Phó Tỉnh trưởng làm Trưởng đoàn.\n\nChiều 24/11, bên lề hội nghị, ông Võ Ngọc Thành, Chủ tịch UBND "
        "tỉnh Gia Lai lần lượt tiếp Đoàn tỉnh A-tô-pư và Đoàn tỉnh Ra-ta-na-ki-ri."
    )
    assert sorted(names(e) for e in of_type(a, "reception")) == [
        ["Khăm-phui Vông-xạ-lạt", "Võ Ngọc Thành"], ["Nhim Sopheap", "Võ Ngọc Thành"]]


def test_a_delegation_received_in_turn_and_its_head_in_two_spellings_is_one_reception_and_the_receptions_recalled_none():
    a = article(
        "Sáng 9/5/2024, tại Kon Tum diễn ra Hội nghị giao thương. Đoàn tỉnh Xê Kông do ông Lăm-phăn Xỉ-phăn-đon, Phó "
        "Tỉnh trưởng dẫn đầu; Đoàn tỉnh Stung Treng do ông Sok Ratha, Phó Tỉnh trưởng dẫn đầu. Ông Lamphanh Siphandone "
        "mong hai bên mở thêm tuyến xe khách.\n\nChiều cùng ngày, ông Nguyễn Hữu Tháp, Chủ tịch UBND tỉnh lần lượt "
        "tiếp Đoàn tỉnh Xê Kông và Đoàn tỉnh Stung Treng. Tại các buổi tiếp, hai bên thống nhất tăng cường trao đổi đoàn."
        "\n\nSáng mai (10/5), đoàn tỉnh Stung Treng do ông Sok Ratha dẫn đầu sẽ thăm cửa khẩu quốc tế Bờ Y."
    )
    assert sorted(names(e) for e in of_type(a, "reception")) == [
        ["Lăm-phăn Xỉ-phăn-đon", "Nguyễn Hữu Tháp"], ["Nguyễn Hữu Tháp", "Sok Ratha"]]


def test_a_host_named_again_by_a_given_name_of_two_words_is_the_host_named_in_full():
    a = article(
        "Ngày 8/1/2025, bà Nguyễn Thị Thanh Hương, Phó Chủ tịch UBND tỉnh Quảng Nam, dự lễ khởi công trường học.\n\n"
        "Chiều 9/1, bà Thanh Hương tiếp ông Bun-thoong Xỉ-la-vông, Phó Tỉnh trưởng tỉnh Xê Kông."
    )
    reception = of_type(a, "reception")
    assert [names(e) for e in reception] == [["Bun-thoong Xỉ-la-vông", "Nguyễn Thị Thanh Hương"]]
    assert len({p.entity_id for e in a.events for p in e.participants if "Hương" in p.name}) == 1


def test_whom_an_envoy_speaks_for_is_not_at_the_reception():
    a = article(
        "Chiều 6/2/2026, tại Phủ Chủ tịch, Chủ tịch nước Lương Cường đã tiếp ông Bun-thoong Chít-ma-ny, Đặc phái viên của "
        "Tổng Bí thư, Chủ tịch nước Lào Thongloun Sisoulith. Tiếp đó, Chủ tịch nước tiếp Ngài Men Sam An, Đặc phái viên "
        "của Samdech Techo Hun Sen."
    )
    assert sorted(names(e) for e in of_type(a, "reception")) == [
        ["Bun-thoong Chít-ma-ny", "Lương Cường"], ["Lương Cường", "Men Sam An"]]


def test_a_delegation_received_by_a_host_named_with_titles_in_the_passive_is_a_reception():
    a = article(
        "Chiều 4-3-2015, tại Hà Nội, Đoàn Ban Tuyên giáo Trung ương Đảng Nhân dân Cách mạng Lào do đồng chí Kham-phăn "
        "Phôm-ma-thắt, Phó Trưởng ban dẫn đầu, đã được đồng chí Đinh Thế Huynh, Ủy viên Bộ Chính trị, Bí thư Trung "
        "ương Đảng tiếp.\n\nSáng cùng ngày, Đoàn đã hội đàm với Ban Tuyên giáo Trung ương do đồng chí Lê Văn Hòa dẫn đầu."
    )
    assert [(e.date, names(e)) for e in of_type(a, "reception")] == [("2015-03-04", ["Kham-phăn Phôm-ma-thắt", "Đinh Thế Huynh"])]
    assert [e.date for e in of_type(a, "talks")] == ["2015-03-04"]


def test_a_team_whose_head_is_named_before_a_comma_and_that_works_in_the_partner_province_for_days_is_a_visit():
    a = article(
        "Đoàn y, bác sĩ Bệnh viện Đa khoa tỉnh Gia Lai do BS Lê Văn Bình, Phó Giám đốc Bệnh viện làm trưởng đoàn, làm "
        "việc tại tỉnh bạn từ ngày 3 đến 7/12/2019. Sáng 3/12, ông Nhem Sokha, Phó Tỉnh trưởng tỉnh Ratanakiri đã tiếp Đoàn."
    )
    assert [(e.date, e.end_date, names(e)) for e in of_type(a, "visit")] == [("2019-12-03", "2019-12-07", ["Lê Văn Bình"])]


def test_a_wire_dateline_in_english_dates_the_news_and_english_honorifics_name_no_one():
    a = article(
        "Hai Bộ trưởng Y tế hội đàm\n\nViêng Chăn, 22 November 2016 – Chiều hôm qua, tại Viêng Chăn, Bộ trưởng Nguyễn "
        "Thị Kim Tiến đã hội đàm với H.E. Mrs. Bounkong Syhavong, Bộ trưởng Bộ Y tế Lào."
    )
    assert a.published == "2016-11-22"
    assert [(e.date, names(e)) for e in of_type(a, "talks")] == [("2016-11-21", ["Bounkong Syhavong", "Nguyễn Thị Kim Tiến"])]
    assert sorted(p.name for p in a.people) == ["Bounkong Syhavong", "Nguyễn Thị Kim Tiến"]


@pytest.mark.parametrize("told", [
    "Đoàn đang ở Việt Nam từ ngày 8 đến 13/4/2008 để tìm hiểu kinh nghiệm công chứng.",
    "Đoàn sang Kampot từ ngày 8 đến 13/4/2008 để khảo sát nhu cầu khám chữa bệnh.",
    "Đoàn do ông Trần Văn Phúc dẫn đầu, gồm 30 y, bác sĩ, hoạt động tại huyện Chhuk từ ngày 8 đến 13/4/2008.",
])
def test_a_delegation_staying_somewhere_over_a_range_of_days_is_a_visit(told):
    a = article(f"Đoàn công tác Sở Y tế tỉnh Kiên Giang do ông Trần Văn Phúc, Phó Giám đốc Sở làm trưởng đoàn. {told}")
    assert [(e.date, e.end_date, names(e)) for e in of_type(a, "visit")] == [("2008-04-08", "2008-04-13", ["Trần Văn Phúc"])]


def test_talks_held_right_after_an_act_of_no_event_take_that_act_s_day():
    a = article(
        "Tối 30/11/2023, tại Đông Hà, ông Võ Văn Hưng chủ trì tiệc chiêu đãi Đoàn tỉnh Savannakhet do ông Xổm-phon "
        "Khăm-phăn-đi dẫn đầu.\n\n[Ảnh] Ông Võ Văn Hưng và ông Xổm-phon Khăm-phăn-đi tại buổi hội đàm - Ảnh: Thanh Lê"
        "\n\nSáng 1/12, trước khi hội đàm, Đoàn đến dâng hương tại Nghĩa trang liệt sĩ quốc gia Đường 9. Ngay sau đó, "
        "ông Võ Văn Hưng và ông Xổm-phon Khăm-phăn-đi đã hội đàm."
    )
    assert [e.date for e in of_type(a, "talks")] == ["2023-12-01"]


def test_a_welcome_at_the_border_gate_and_its_welcomers_are_no_event():
    a = article(
        "Chiều 11/10/2021, Đoàn công tác tỉnh Attapeu do ông Xay-nha-vông Kẹo-bun-ma dẫn đầu đã được đón tiếp tại Cửa "
        "khẩu quốc tế Bờ Y. Đón Đoàn có ông Mạc Văn Thiện, Giám đốc Sở Ngoại vụ.\n\nSáng 12/10, ông A Nhoong, Phó Chủ "
        "tịch UBND tỉnh Kon Tum đã làm việc với Đoàn."
    )
    assert summary(a) == [("talks", "2021-10-12", None, ["A Nhoong", "Xay-nha-vông Kẹo-bun-ma"])]


def test_a_week_s_round_up_over_the_acts_it_then_tells_is_no_event_of_its_own():
    a = article(
        "Điểm tin đối ngoại tuần\n\nTuần này, tỉnh đón đoàn công tác tỉnh Attapeu, hội đàm trực tuyến với tỉnh Ratanakiri "
        "và tiếp Tổng Lãnh sự Lào tại Đà Nẵng Xổm-pết Ma-la-thong.\n\nSáng 10/3/2026, ông Nguyễn Văn Lâm, Phó Chủ tịch "
        "UBND tỉnh đã tiếp Tổng Lãnh sự Xổm-pết Ma-la-thong."
    )
    assert summary(a) == [("reception", "2026-03-10", None, ["Nguyễn Văn Lâm", "Xổm-pết Ma-la-thong"])]


def test_this_is_the_first_meeting_after_an_online_meeting_is_that_meeting():
    a = article(
        "Chiều 28/10/2021, Bộ trưởng Lê Minh Hoan đã hội đàm trực tuyến với Bộ trưởng Veng Sakhon. Đây là cuộc làm việc "
        "đầu tiên giữa hai Bộ trưởng kể từ khi Bộ trưởng Lê Minh Hoan nhận nhiệm vụ."
    )
    assert summary(a) == [("call", "2021-10-28", None, ["Lê Minh Hoan", "Veng Sakhon"])]


def test_speakers_under_a_subheading_that_names_a_review_attend_no_ceremony():
    a = article(
        "Sáng 8/12/2015, tại Hà Nội, Bộ trưởng Cao Đức Phát đã hội đàm với Bộ trưởng Vi-lay-vẳn Phôm-khe.\n\n"
        "Tổng kết 5 năm hợp tác\n\nBộ trưởng Cao Đức Phát cho biết, trong giai đoạn 2011 - 2015, hai Bộ đã triển khai "
        "18 dự án hợp tác về thủy lợi và giống cây trồng."
    )
    assert summary(a) == [("talks", "2015-12-08", None, ["Cao Đức Phát", "Vi-lay-vẳn Phôm-khe"])]


def test_a_day_given_only_in_the_headline_dates_the_undated_news_under_it():
    a = article(
        "Phó Chủ tịch nước tiếp Bộ trưởng Nông nghiệp Lào (8/10/2018)\n\n"
        "Tại Phủ Chủ tịch, Phó Chủ tịch nước Đặng Thị Ngọc Thịnh đã tiếp Bộ trưởng Bộ Nông Lâm nghiệp Lào "
        "Liên Thi-kẹo, đang thăm và làm việc tại Việt Nam.\n\n"
        "Cùng ngày, Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn Nguyễn Xuân Cường đã hội đàm với "
        "Bộ trưởng Liên Thi-kẹo."
    )
    reception = of_type(a, "reception")
    assert [e.date for e in reception] == ["2018-10-08"]
    assert [e.date for e in of_type(a, "talks")] == ["2018-10-08"]


def test_one_who_attended_the_reception_just_told_joins_it():
    a = article(
        "Sáng 14-3-2023, tại Hà Nội, Thượng tướng Lê Quý Vương hội đàm với Trung tướng Kham-xay Vông-phăn.\n\n"
        "Chiều cùng ngày, Phó Thủ tướng Trần Lưu Quang đã tiếp Trung tướng Kham-xay Vông-phăn. "
        "Phó Thủ tướng đề nghị hai bên tiếp tục phối hợp chặt chẽ. Thượng tướng Lê Quý Vương cùng dự buổi tiếp."
    )
    (reception,) = of_type(a, "reception")
    assert names(reception) == ["Kham-xay Vông-phăn", "Lê Quý Vương", "Trần Lưu Quang"]


def test_calls_listed_after_talks_are_one_reception_per_host_within_the_trip():
    a = article(
        "Thủ tướng Lào Xỏn-xay Xi-phăn-đon thăm chính thức Việt Nam từ ngày 8 đến 9/1/2023.\n\n"
        "Sáng 8/1, tại Hà Nội, Thủ tướng Phạm Minh Chính chủ trì lễ đón Thủ tướng Xỏn-xay Xi-phăn-đon.\n\n"
        "Trong thời gian thăm, Thủ tướng Xỏn-xay Xi-phăn-đon đã hội đàm với Thủ tướng Phạm Minh Chính; "
        "hội kiến Tổng Bí thư Nguyễn Phú Trọng, Chủ tịch nước Nguyễn Xuân Phúc và Chủ tịch Quốc hội Vương Đình Huệ."
    )
    calls = sorted((e.date, names(e)) for e in of_type(a, "reception"))
    assert calls == [
        ("2023-01", ["Nguyễn Phú Trọng", "Xỏn-xay Xi-phăn-đon"]),
        ("2023-01", ["Nguyễn Xuân Phúc", "Xỏn-xay Xi-phăn-đon"]),
        ("2023-01", ["Vương Đình Huệ", "Xỏn-xay Xi-phăn-đon"]),
    ]


def test_each_verb_after_a_semicolon_has_the_sentence_s_subject():
    a = article(
        "Chiều 5/3/2024, tại Phnôm Pênh, Chủ tịch Quốc hội Trần Thanh Mẫn đã hội kiến Thủ tướng Hun Manet; "
        "hội kiến Chủ tịch Thượng viện Hun Sen và hội kiến Chủ tịch Quốc hội Khuon Sudary."
    )
    calls = sorted(names(e) for e in of_type(a, "reception"))
    assert calls == [["Hun Manet", "Trần Thanh Mẫn"], ["Hun Sen", "Trần Thanh Mẫn"], ["Khuon Sudary", "Trần Thanh Mẫn"]]


def test_those_who_stayed_away_from_the_meetings_take_no_part():
    a = article(
        "Chiều 4/7/2015, tại Tokyo, Thủ tướng Nguyễn Tấn Dũng đã gặp Thủ tướng Hun Sen; hai bên trao đổi về biên giới.\n\n"
        "Thủ tướng Thein Sein và Thủ tướng Prayut Chan-o-cha không tham dự cuộc gặp này.\n\n"
        "Thủ tướng Thongsing Thammavong không dự buổi gặp."
    )
    assert [names(e) for e in a.events] == [["Hun Sen", "Nguyễn Tấn Dũng"]]


def test_the_month_of_a_plan_discussed_is_not_the_day_of_the_meeting():
    a = article(
        "Chiều 15/11/2023, tại Gia-các-ta, Đại tướng Phan Văn Giang đã gặp Đại tướng Tea Seiha.\n\n"
        "Tiếp đó, Đại tướng Phan Văn Giang gặp Đại tướng Chansamone Chanyalath, trao đổi về việc tổ chức "
        "Giao lưu hữu nghị quốc phòng biên giới lần thứ hai dự kiến vào tháng 1-2024."
    )
    assert sorted((e.date, names(e)) for e in of_type(a, "reception")) == [
        ("2023-11-15", ["Chansamone Chanyalath", "Phan Văn Giang"]), ("2023-11-15", ["Phan Văn Giang", "Tea Seiha"])]


def test_a_delegation_received_warmly_is_its_head_received():
    a = article(
        "Sáng 13-6-2017, tại TP Hồ Chí Minh, Đoàn đại biểu Quân khu 1 Campuchia do Trung tướng Sim Chhay, "
        "Tư lệnh Quân khu, dẫn đầu đã hội đàm với lãnh đạo Quân khu 7.\n\n"
        "Chiều cùng ngày, Trung tướng Trần Hoài Trung tiếp thân mật Đoàn."
    )
    (reception,) = of_type(a, "reception")
    assert names(reception) == ["Sim Chhay", "Trần Hoài Trung"]


def test_the_guest_received_as_vi_khach_is_the_visiting_head():
    a = article(
        "Sáng 6-12-2017, tại Hà Nội, Đại tướng Ngô Xuân Lịch đã hội đàm với Đại tướng Chansamone Chanyalath, "
        "đang thăm chính thức Việt Nam từ ngày 5 đến 8-12.\n\n"
        "Chiều cùng ngày, Thủ tướng Nguyễn Xuân Phúc đã tiếp vị khách."
    )
    (reception,) = of_type(a, "reception")
    assert (reception.date, names(reception)) == ("2017-12-06", ["Chansamone Chanyalath", "Nguyễn Xuân Phúc"])


def test_a_lao_district_named_in_the_gazetteer_is_the_place_and_no_person():
    a = article("Sáng 14/3/2023, tại huyện Viêng Xay, ông Đỗ Minh Tuấn và ông Vi-xổm-phon Lư-thạ-vông dự lễ bàn giao trường học. "
                "Ông Bun-xiêng Khăm-xỉ-nạ, Chao Mương Viêng Xay bày tỏ lòng biết ơn.")
    assert [(e.type, e.place) for e in a.events] == [("conference", "Viêng Xay")]
    assert "Viêng Xay" not in {p.name for p in a.people}


def test_opening_a_route_is_a_ceremony_and_those_at_it_are_named_after():
    a = article("Sáng 3/6/2015, tại Cảng hàng không Phú Quốc, Tổng công ty Hàng không khai trương đường bay thẳng "
                "Phú Quốc - Xiêm Riệp.\n\nDự lễ có ông Lê Văn Bình, Phó Chủ tịch UBND tỉnh Kiên Giang; ông Chhay Sovanna, "
                "Phó Tỉnh trưởng tỉnh Xiêm Riệp.")
    (ceremony,) = of_type(a, "conference")
    assert (ceremony.date, names(ceremony)) == ("2015-06-03", ["Chhay Sovanna", "Lê Văn Bình"])


@pytest.mark.parametrize("place", ["Hua Hin", "Pạc-xế", "Pắc-xăn", "Phôn-hông"])
def test_more_cities_of_the_region_are_event_places(place):
    a = article(f"Chiều 5/4/2010, tại {place}, Thủ tướng Nguyễn Tấn Dũng đã có cuộc gặp với Thủ tướng Lào "
                "Bouasone Bouphavanh.")
    assert [(e.type, e.place) for e in a.events] == [("reception", place)]


def test_a_festival_opened_on_one_day_that_runs_to_another_spans_both():
    a = article("Cần Thơ, ngày 15/12/2025 - Tuần lễ Văn hóa Campuchia do bà Yin Sokunthea và ông Trương Quang Lộc chủ trì "
                "đã khai mạc hôm 13/12 và sẽ kéo dài đến ngày 17/12.")
    (week,) = of_type(a, "conference")
    assert (week.date, week.end_date) == ("2025-12-13", "2025-12-17")


def test_phon_xa_van_in_its_usual_spelling_is_a_place_but_a_village_of_that_name_is_not_the_city():
    a = article("Sáng 25/5/2016, tại Phôn-xa-vẳn, ông Nguyễn Văn An và ông Xổm-phết In-tha-vông đã hội đàm.")
    assert [e.place for e in a.events] == ["Phôn-xa-vẳn"]
    b = article("Sáng 14/6/2023, tại bản Phôn-xa-vẳn, huyện Khăm-cợt, ông Võ Trọng Hải và ông Bun-khăm Vông-xay dự lễ bàn "
                "giao trạm y tế.")
    assert [e.place for e in b.events] == ["Khăm-cợt"]


def test_a_spokesperson_s_regular_briefing_is_no_event_but_the_visit_it_announces_is():
    a = article("Chiều 7/12/2023, tại cuộc họp báo thường kỳ của Bộ Ngoại giao, Người Phát ngôn Phạm Thu Hằng cho biết: "
                "nhận lời mời của Thủ tướng Phạm Minh Chính, Thủ tướng Campuchia Hun Manet sẽ thăm chính thức Việt Nam từ "
                "ngày 11 đến 12/12/2023.")
    assert [(e.type, e.date) for e in a.events] == [("visit", "2023-12-11")]
    b = article("Sáng 3/5/2024, tại Phnôm Pênh, ông Nguyễn Văn An và ông Sok Dara chủ trì họp báo giới thiệu Hội chợ thương mại.")
    assert [e.type for e in b.events] == ["conference"]


def test_one_future_marker_plans_both_acts_it_joins():
    # "sẽ hội đàm và ký": the signing is as planned as the talks, so both fall in the new year
    a = article(
        "Chuẩn bị chuyến thăm Campuchia đầu năm mới\n\n"
        "Thứ Hai, 29-12-2025, 07:15\n\n"
        "Chiều 28/12, tại Hà Nội, Thứ trưởng Bộ Công Thương Trương Văn Bình đã tiếp Đại sứ Campuchia Chay Vireak.\n\n"
        "Theo chương trình dự kiến, sáng 9/1, tại Phnôm Pênh, hai Thứ trưởng sẽ hội đàm và ký Kế hoạch hợp tác "
        "thương mại biên giới giai đoạn 2026 - 2028."
    )
    assert [e.date for e in of_type(a, "talks")] == ["2026-01-09"]
    assert [e.date for e in of_type(a, "signing")] == ["2026-01-09"]


def test_receptions_in_turn_of_two_delegations_each_with_its_own_head():
    a = article(
        "Thành phố tiếp các đoàn bạn\n\n"
        "Ngày 12-9-2024, tại trụ sở Thành ủy, đồng chí Trần Văn Lực, Bí thư Thành ủy, đã lần lượt tiếp Đoàn đại biểu tỉnh "
        "Chăm-pa-xắc (Lào) do đồng chí Bun-thoong Xỉ-vi-lay, Phó Tỉnh trưởng, dẫn đầu và Đoàn đại biểu tỉnh Kampot "
        "(Campuchia) do ông Mao Sokhom, Phó Tỉnh trưởng, dẫn đầu."
    )
    assert sorted(names(e) for e in of_type(a, "reception")) == [
        ["Bun-thoong Xỉ-vi-lay", "Trần Văn Lực"], ["Mao Sokhom", "Trần Văn Lực"]]


def test_a_lao_honorific_before_a_given_name_names_the_signer():
    a = article(
        "Hai cơ quan dân cử ký ghi nhớ\n\nNgày 15/3/2019\n\n"
        "Sáng 14/3, tại Viêng Chăn, bà Xổm-phăn Kẹo-vi-lay, Phó Chủ tịch Hội đồng nhân dân Thủ đô, đã hội đàm với "
        "Đoàn đại biểu HĐND thành phố do ông Lê Hồng Sơn dẫn đầu. Kết thúc hội đàm, Than Nang Xổm-phăn và ông Lê Hồng "
        "Sơn đã ký Biên bản ghi nhớ về hợp tác."
    )
    assert [names(e) for e in of_type(a, "signing")] == [["Lê Hồng Sơn", "Xổm-phăn Kẹo-vi-lay"]]


def test_the_day_a_paper_came_out_is_no_day_of_the_talks_it_reported():
    a = article(
        "Hai tỉnh hội đàm\n\nNgày 20/5/2016\n\n"
        "Tờ Kampuchea Thmey số ra ngày 5/3 đã đăng bài viết về buổi hội đàm giữa lãnh đạo hai tỉnh Takeo và An Giang "
        "diễn ra tại thành phố Đôn Keo hôm 4/3.\n\nTheo tờ báo, buổi hội đàm do ông Srey Dara, Phó Tỉnh trưởng tỉnh "
        "Takeo, và ông Lê Văn Hai, Phó Chủ tịch UBND tỉnh An Giang, đồng chủ trì."
    )
    assert [e.date for e in of_type(a, "talks")] == ["2016-03-04"]


def test_a_province_s_review_of_its_own_year_is_no_event_of_cooperation():
    a = article(
        "Tổng kết công tác đối ngoại năm 2017\n\nNgày 28/12/2017\n\n"
        "Hôm qua (27/12), UBND tỉnh Đồng Tháp tổ chức Hội nghị tổng kết công tác đối ngoại năm 2017. Đồng chí Trương "
        "Văn Lộc, Phó Chủ tịch UBND tỉnh, chủ trì hội nghị. Trong năm, tỉnh đã ký Biên bản ghi nhớ hợp tác giai đoạn "
        "2017 - 2020 với tỉnh Prey Veng."
    )
    assert of_type(a, "conference") == []


def test_a_visit_joined_to_a_courtesy_call_is_the_caller_s():
    a = article(
        "Bộ trưởng Y tế thăm Campuchia\n\nNgày 20/2/2025\n\n"
        "Theo chương trình, ngày mai (21/2), Bộ trưởng Đào Hồng Lan sẽ chào xã giao Samdech Thủ tướng Hun Manet và thăm "
        "Bệnh viện Hữu nghị Khmer - Xô viết.\n\n"
        "Sáng nay (20/2), Đại sứ Nguyễn Huy Tăng đã chào xã giao ông Keo Sokha, Phó Tỉnh trưởng tỉnh Kandal, trong chuyến "
        "công tác tại tỉnh từ ngày 19 đến 21/2."
    )
    visits = {e.date: names(e) for e in of_type(a, "visit")}
    assert visits.get("2025-02-21") == ["Đào Hồng Lan"]
    assert visits.get("2025-02-19") == ["Nguyễn Huy Tăng"]


def test_the_end_of_a_meeting_dates_what_is_signed_there():
    a = article(
        "Hợp tác thống kê\n\nNgày 26/4/2019\n\n"
        "Hôm qua (25/4), tại Viêng Chăn, hai cơ quan đã tổ chức cuộc họp cấp lãnh đạo dưới sự đồng chủ trì của ông Phon-xỉ "
        "Xay-nha-vông, Cục trưởng Cục Thống kê Lào, và ông Lê Trọng Hiển, Phó Tổng cục trưởng Tổng cục Thống kê.\n\n"
        "Đoàn Tổng cục Thống kê thăm và làm việc tại Lào từ ngày 24 đến ngày 27/4/2019, gồm: ông Lê Trọng Hiển, "
        "Trưởng đoàn; ông Đoàn Hữu Tính, Vụ trưởng.\n\n"
        "Ông Lê Trọng Hiển khẳng định, Tổng cục sẵn sàng chia sẻ kinh nghiệm Tổng điều tra năm 2019, được tiến hành từ "
        "ngày 1/4 vừa qua.\n\n"
        "Cuối cuộc họp, hai bên đã ký Biên bản ghi nhớ hợp tác giai đoạn 2019 - 2023."
    )
    assert [e.date for e in of_type(a, "signing")] == ["2019-04-25"]


def test_the_end_of_a_working_session_after_a_conference_is_no_talks():
    a = article(
        "Sơ kết phối hợp\n\nNgày 28/11/2019\n\n"
        "Chiều 27/11, tại Mộc Bài, Công an tỉnh Tây Ninh và Cảnh sát tỉnh Svay Rieng tổ chức Hội nghị sơ kết công tác "
        "phối hợp năm 2019. Đại tá Nguyễn Đình Tứ, Giám đốc Công an tỉnh, và Thiếu tướng Nhim Sarun, Chỉ huy trưởng "
        "Cảnh sát tỉnh Svay Rieng, đồng chủ trì hội nghị.\n\n"
        "Cuối buổi làm việc, hai Trưởng đoàn đã ký Kế hoạch phối hợp năm 2020."
    )
    assert of_type(a, "talks") == []
    assert [e.date for e in of_type(a, "signing")] == ["2019-11-27"]


def test_a_camp_said_to_last_in_the_next_sentence_spans_those_days():
    a = article(
        "Trại hè thanh niên\n\nNgày 19/7/2016\n\n"
        "Sáng 18/7, tại Nam Đàn, Tỉnh đoàn Nghệ An và Đoàn Thanh niên tỉnh Xiêng Khoảng khai mạc Trại hè thanh niên hai "
        "tỉnh, do anh Lê Văn Hùng, Bí thư Tỉnh đoàn, và anh Xỉ-xổm-phon Phăn-thạ-vông, Bí thư Đoàn Thanh niên tỉnh Xiêng "
        "Khoảng, đồng chủ trì. Trại hè kéo dài từ thứ Hai đến thứ Sáu tuần này, với 120 trại sinh."
    )
    assert [(e.date, e.end_date) for e in of_type(a, "conference")] == [("2016-07-18", "2016-07-22")]


def test_condolences_at_a_family_home_are_an_event_of_those_who_pay_them():
    a = article(
        "Đại sứ chia buồn\n\nNgày 16/5/2020\n\n"
        "Chiều hôm qua (15/5), Đại sứ Nguyễn Bá Hùng đã tới tư gia ở Viêng Chăn, viếng và chia buồn với gia quyến ông "
        "Bun-chăn Xỉ-xa-vạt, nguyên Đại sứ Lào tại Việt Nam, người vừa từ trần. Đón đoàn có ông Xổm-phết Nọ-lạ-xắc, "
        "Phó Chủ tịch Hội Hữu nghị Lào - Việt Nam.\n\n"
        "Sáng 14/5, tại chùa Samakki, Đại sứ quán tổ chức lễ cầu siêu cho các liệt sĩ. Dự lễ có Đại sứ Nguyễn Bá Hùng "
        "và ông Xổm-phết Nọ-lạ-xắc."
    )
    days = {e.date: names(e) for e in of_type(a, "conference")}
    assert "Nguyễn Bá Hùng" in days.get("2020-05-15", [])
    assert "Bun-chăn Xỉ-xa-vạt" not in days.get("2020-05-15", [])
    assert "2020-05-14" in days


def test_a_ceremony_told_as_taking_place_has_those_named_next():
    a = article(
        "Kon Tum hỗ trợ Attapeu\n\nNgày 28/7/2018\n\n"
        "Chiều 27/7, bà Lệt Xay-nha-phon, Tỉnh trưởng tỉnh Attapeu, đã tiếp Đoàn công tác tỉnh Kon Tum do ông Đinh Văn "
        "Hiếu, Chủ tịch HĐND tỉnh, dẫn đầu. Ngay sau buổi tiếp, tại trụ sở Ủy ban tỉnh, đã diễn ra lễ trao tiền hỗ trợ. "
        "Ông Đinh Văn Hiếu trao tặng 2 tỷ đồng; bà Lệt Xay-nha-phon tiếp nhận và cảm ơn."
    )
    assert [(e.date, names(e)) for e in of_type(a, "conference")] == [
        ("2018-07-27", ["Lệt Xay-nha-phon", "Đinh Văn Hiếu"])]


def test_a_memorandum_just_signed_that_is_carried_out_is_no_signing():
    a = article(
        "Tri ân liệt sĩ\n\nNgày 27/7/2026\n\n"
        "Chiều 25/7, đồng chí Lường Thị Xiêm, Phó Bí thư Tỉnh ủy Điện Biên, đã tiếp Đoàn đại biểu tỉnh Phông-xa-lỳ do "
        "đồng chí Khăm-xỉ Bun-nhạ-xít dẫn đầu. Đồng chí Lường Thị Xiêm thông tin, những năm qua, hai tỉnh đã phối hợp "
        "quy tập hài cốt liệt sĩ; đề nghị hai tỉnh tiếp tục triển khai hiệu quả Biên bản ghi nhớ hợp tác giai đoạn "
        "2026 - 2030 vừa ký hồi tháng 3.\n\n"
        "Tối 26/7, Đoàn dự Lễ thắp nến tri ân tại Nghĩa trang liệt sĩ đồi A1. Chủ trì buổi lễ có đồng chí Vàng A Tủa, "
        "Phó Chủ tịch UBND tỉnh."
    )
    assert [e.date for e in of_type(a, "conference")] == ["2026-07-26"]
    assert of_type(a, "signing") == []


def test_a_handover_whose_hosts_are_named_at_the_ceremony_sentences_later():
    a = article(
        "Hà Tĩnh bàn giao tuyến đường\n\n"
        "Bô-ly-khăm-xay, 14/10/2016 (TTXVN) - Hôm qua (13/10), tại huyện Khăm-cợt, UBND tỉnh Hà Tĩnh đã bàn giao cho "
        "phía bạn tuyến đường giao thông nối trung tâm huyện với cụm bản biên giới. Tuyến đường dài 14,6 km, được trải "
        "nhựa. Công trình giúp hơn 600 hộ dân đi lại thuận tiện. Tại buổi lễ, ông Đặng Quốc Vinh, Phó Chủ tịch UBND tỉnh "
        "Hà Tĩnh, trao biên bản bàn giao cho ông Khăm-mạ-ny Xay-nha-vông, Phó Tỉnh trưởng tỉnh Bô-ly-khăm-xay."
    )
    assert [(e.date, names(e)) for e in of_type(a, "conference")] == [
        ("2016-10-13", ["Khăm-mạ-ny Xay-nha-vông", "Đặng Quốc Vinh"])]


def test_a_ceremony_named_after_the_day_the_story_told_is_of_that_day_not_the_dateline_s():
    a = article(
        "Tây Ninh bàn giao tuyến đường\n\n"
        "Tbong Khmum, ngày 24/11/2017 (AKP) -- Sáng thứ Năm (23/11), chính quyền tỉnh Tbong Khmum đã tiếp nhận tuyến "
        "đường bê tông dài 9 km do tỉnh Tây Ninh tài trợ xây dựng.\n\n"
        "Chủ trì lễ bàn giao có ông Ouk Vanthoeun, Phó Tỉnh trưởng tỉnh Tbong Khmum, và ông Ngô Thành Lợi, Phó Chủ tịch "
        "UBND tỉnh Tây Ninh."
    )
    assert [e.date for e in of_type(a, "conference")] == ["2017-11-23"]


def test_a_deadline_or_an_opening_s_last_day_is_not_the_day_that_follows_it():
    a = article(
        "Sơ kết kế hoạch phối hợp\n\nCập nhật ngày 11/07/2014\n\n"
        "Sáng 10.7, tại thành phố Svay Rieng, hai tỉnh tổ chức hội nghị sơ kết, do ông Mai Thanh Sơn, Phó Chủ tịch UBND "
        "tỉnh Tây Ninh, và ông Nuth Sovanna, Phó Tỉnh trưởng tỉnh Svay Rieng, đồng chủ trì. Hai bên thống nhất hoàn "
        "thành các nội dung còn chậm trước ngày 31.12.2014. Triển lãm ảnh bên lề mở cửa miễn phí đến hết ngày 20/7.\n\n"
        "Chiều cùng ngày, Tỉnh trưởng tỉnh Svay Rieng Chieng Am tiếp Đoàn đại biểu tỉnh Tây Ninh do ông Mai Thanh Sơn "
        "dẫn đầu."
    )
    assert [e.date for e in of_type(a, "reception")] == ["2014-07-10"]


def test_a_donation_handed_over_or_received_is_a_ceremony():
    a = article(
        "Trao tặng vật tư y tế\n\nNgày 21/7/2021\n\n"
        "Chiều 20/7, tại Cửa khẩu quốc tế Hoa Lư, đồng chí Trần Tuệ Hiền, Chủ tịch UBND tỉnh Bình Phước trao tặng tỉnh "
        "Kratie (Campuchia) lô vật tư y tế trị giá 1 tỷ đồng. Tiếp nhận lô hàng có ông Sar Vibolrith, Phó Tỉnh trưởng "
        "tỉnh Kratie.\n\n"
        "Sáng 24/7, tại Cửa khẩu Mộc Bài, UBND tỉnh Tây Ninh tiếp nhận 20.000 bộ kit xét nghiệm do chính quyền tỉnh "
        "Svay Rieng trao tặng. Ông Trần Văn Chiến, Phó Chủ tịch UBND tỉnh Tây Ninh, nhận lô hàng từ ông Chhum Sovannary, "
        "Phó Tỉnh trưởng tỉnh Svay Rieng."
    )
    days = {e.date: names(e) for e in of_type(a, "conference")}
    assert days.get("2021-07-20") == ["Sar Vibolrith", "Trần Tuệ Hiền"]
    assert days.get("2021-07-24") == ["Chhum Sovannary", "Trần Văn Chiến"]


def test_a_delegation_named_by_its_body_that_visits_or_is_present_for_some_days():
    a = article(
        "Hợp tác quân khu\n\nNgày 22/8/2017\n\n"
        "Sáng 21/8, Bộ Tư lệnh Quân khu 5 hội đàm với Đoàn đại biểu Bộ Tư lệnh Quân khu 4, Quân đội nhân dân Lào do "
        "Thiếu tướng Vông-xạ-vắt Phô-thi-xan dẫn đầu.\n\n"
        "Đoàn đại biểu Quân khu 4 Lào thăm, làm việc tại Quân khu 5 từ ngày 20 đến 24/8."
    )
    b = article(
        "Tiếp Đoàn tỉnh Svay Rieng\n\nNgày 22/6/2012\n\n"
        "Sáng 21/6, ông Trương Minh Khánh, Phó Chủ tịch UBND tỉnh Tây Ninh, đã tiếp Đoàn đại biểu tỉnh Svay Rieng do ông "
        "Prak Sovanthy dẫn đầu. Đoàn tỉnh Svay Rieng có mặt tại Tây Ninh từ ngày 20 đến 21/6."
    )
    assert "Vông-xạ-vắt Phô-thi-xan" in {p.name for e in of_type(a, "visit") if (e.date, e.end_date) == ("2017-08-20", "2017-08-24")
                                         for p in e.participants}
    assert "Prak Sovanthy" in {p.name for e in of_type(b, "visit") if (e.date, e.end_date) == ("2012-06-20", "2012-06-21")
                               for p in e.participants}


def test_an_exchange_held_online_is_a_call_but_many_of_them_are_none():
    a = article(
        "Chúc mừng lễ Pchum Ben\n\nNgày 6/10/2021\n\n"
        "Sáng 5-10, UBND tỉnh An Giang và tỉnh Takeo tổ chức buổi trao đổi trực tuyến nhân dịp lễ Pchum Ben. Tại điểm "
        "cầu Long Xuyên, Phó Chủ tịch UBND tỉnh Đào Văn Lễ chủ trì; tại điểm cầu Takeo có ông Ouk Bunleng, Phó Tỉnh "
        "trưởng tỉnh Takeo.\n\n"
        "Tháng 9-2021, hai bên tổ chức nhiều cuộc trao đổi trực tuyến về phòng, chống dịch do ông Đào Văn Lễ chủ trì."
    )
    assert [(e.type, e.date) for e in a.events] == [("call", "2021-10-05")]


def test_a_document_two_provinces_have_just_signed_is_no_signing_when_carried_out():
    a = article(
        "Chúc Tết Bunpimay\n\nNgày 14/4/2026\n\n"
        "Đồng chí Somphanh Noysila cảm ơn tỉnh Điện Biên đã tiếp nhận 120 lưu học sinh trong năm học 2025 - 2026, khẳng "
        "định sẽ tiếp tục chỉ đạo các ngành thực hiện tốt Biên bản thỏa thuận hợp tác giai đoạn 2026 - 2030 vừa được "
        "hai tỉnh ký hồi tháng 1."
    )
    assert of_type(a, "signing") == []


def test_a_province_s_delegation_with_no_head_told_is_led_by_the_one_titled_for_that_province():
    a = article(
        "Hai tỉnh ký kế hoạch phối hợp\n\nNgày 16/1/2026\n\n"
        "Sáng 15/1, tại Buôn Ma Thuột, Thanh tra tỉnh Đắk Lắk và Thanh tra tỉnh Mondulkiri hội đàm. Đồng chí Y Jơn Niê "
        "Kdăm, Chánh Thanh tra tỉnh Đắk Lắk, và ông Chhoeung Vannak, Giám đốc Sở Quan hệ Quốc hội - Thượng viện và Thanh "
        "tra tỉnh Mondulkiri, đồng chủ trì. Đoàn tỉnh Mondulkiri thăm và làm việc tại Đắk Lắk trong hai ngày 14 và 15/1."
    )
    assert [(e.date, e.end_date, names(e)) for e in of_type(a, "visit")] == [("2026-01-14", "2026-01-15", ["Chhoeung Vannak"])]


def test_a_mechanism_kept_up_and_a_signing_recalled_are_no_events():
    a = article(
        "Hội đàm biên phòng\n\nNgày 17/12/2011\n\n"
        "Sáng 16/12, Đại tá Lò Văn Nhỏm và Đại tá Khăm-phon Vi-lạ-xắc đã hội đàm tại cửa khẩu Tây Trang. Năm 2012, hai "
        "bên thống nhất duy trì hội đàm định kỳ 6 tháng một lần. Đại tá Lò Văn Nhỏm nhắc lại, hai đơn vị đã ký Biên bản "
        "ghi nhớ hợp tác giai đoạn 2010 - 2015."
    )
    assert [(e.type, e.date) for e in a.events] == [("talks", "2011-12-16")]


def test_a_meeting_someone_attended_and_spoke_at_is_an_event_of_its_day():
    a = article(
        "Xúc tiến đầu tư vào Lào\n\nThứ Bảy, 18/08/2018 14:32\n\n"
        "Sáng 17/8, tại TP.HCM, Phó Thủ tướng Lào Sonexay Siphandone đã dự và phát biểu tại Hội nghị Xúc tiến đầu tư vào "
        "Lào. Hội nghị do Thứ trưởng Vũ Đại Thắng và Bộ trưởng Souphanh Keomixay đồng chủ trì."
    )
    assert [(e.date, names(e)) for e in of_type(a, "conference")] == [
        ("2018-08-17", ["Sonexay Siphandone", "Souphanh Keomixay", "Vũ Đại Thắng"])]


def test_a_farewell_reception_told_with_a_comma():
    a = article(
        "Hà Tĩnh chia tay Đoàn đại biểu tỉnh Bolikhamxay\n\n06/05/2015 19:05\n\n"
        "Chiều 6/5, tại thành phố Hà Tĩnh, đồng chí Trần Đình Khang, Phó Bí thư Thường trực Tỉnh ủy, đã tiếp, chia tay Đoàn "
        "đại biểu tỉnh Bolikhamxay do đồng chí Khăm-pheng Xỉ-bun-hương, Phó Tỉnh trưởng, làm Trưởng đoàn."
    )
    assert [(e.date, names(e)) for e in of_type(a, "reception")] == [
        ("2015-05-06", ["Khăm-pheng Xỉ-bun-hương", "Trần Đình Khang"])]


def test_two_departments_holding_a_working_session_are_talks():
    a = article(
        "Khai trương tuyến xe khách\n\n15/03/2013 08:12\n\n"
        "Hôm qua (14/3), tại Vinh, hai Sở tổ chức lễ khai trương tuyến xe khách. Dự lễ có ông Phan Văn Khang, Giám đốc Sở "
        "Giao thông vận tải Nghệ An, và ông Bun-mi Phôm-xỉ-xay, Giám đốc Sở Công chính và Vận tải tỉnh Xiêng Khoảng.\n\n"
        "Chiều cùng ngày, hai sở đã tổ chức làm việc về quản lý phương tiện. Kết thúc buổi làm việc, ông Phan Văn Khang "
        "và ông Bun-mi Phôm-xỉ-xay đã ký Biên bản thỏa thuận hợp tác."
    )
    assert [(e.date, "tổ chức làm việc" in e.evidence.text) for e in of_type(a, "talks")] == [("2013-03-14", True)]


def test_how_long_a_programme_runs_ends_it_and_is_no_day_of_what_follows():
    a = article(
        "Khám bệnh cho nhân dân tỉnh bạn\n\nNgày 12/3/2024\n\n"
        "Sáng 11/3, tại thành phố Pạc-xan, Quân khu 4 và tỉnh Bô-ly-khăm-xay tổ chức lễ ra quân chương trình khám bệnh. "
        "Chương trình kéo dài hai tuần, kết thúc vào ngày 24/3.\n\n"
        "Dự lễ có Đại tá Đậu Quang Vượng và đồng chí Phoun-xắc Vi-lay-xỏn, Phó Tỉnh trưởng.\n\n"
        "Chiều cùng ngày, đồng chí Phoun-xắc Vi-lay-xỏn đã tiếp thân mật Đoàn công tác Quân khu 4 do Đại tá Đậu Quang "
        "Vượng dẫn đầu."
    )
    assert [(e.date, e.end_date) for e in of_type(a, "conference")] == [("2024-03-11", "2024-03-24")]
    assert [e.date for e in of_type(a, "reception")] == ["2024-03-11"]


def test_a_host_named_by_title_only_is_the_one_who_holds_it_named_later():
    a = article(
        "Lãnh đạo tỉnh tiếp Đoàn Savannakhet\n\nNgày 24/5/2023\n\n"
        "Chiều 23/5, tại Đông Hà, Chủ tịch UBND tỉnh đã tiếp thân mật Đoàn công tác tỉnh Savannakhet do đồng chí Vi-lạ-xắc "
        "Phôm-mạ-xỉ-xổm, Phó Tỉnh trưởng, dẫn đầu.\n\n"
        "Người đứng đầu chính quyền tỉnh đề nghị hai bên đẩy mạnh hợp tác.\n\n"
        "Chủ tịch UBND tỉnh Võ Văn Hưng cho biết, tỉnh sẽ dành 20 suất học bổng cho sinh viên Savannakhet."
    )
    assert [names(e) for e in of_type(a, "reception")] == [["Vi-lạ-xắc Phôm-mạ-xỉ-xổm", "Võ Văn Hưng"]]


def test_an_incense_offering_attended_with_a_host_is_a_ceremony():
    a = article(
        "Tri ân liệt sĩ tại Sê Kông\n\nNgày 28/7/2024\n\n"
        "Chiều 27/7, tại Đài tưởng niệm liệt sĩ tỉnh Sê Kông, Tổng Lãnh sự Việt Nam tại Pác-xế Lê Văn Tuấn đã dự lễ dâng "
        "hương cùng ông Lạ-xa-mi Xổm-xa-nít, Phó Tỉnh trưởng tỉnh Sê Kông."
    )
    assert [(e.date, names(e)) for e in of_type(a, "conference")] == [
        ("2024-07-27", ["Lê Văn Tuấn", "Lạ-xa-mi Xổm-xa-nít"])]


def test_a_signing_among_what_a_host_asks_for_is_no_event():
    a = article(
        "Chúc Tết tỉnh bạn\n\nNgày 12/2/2024\n\n"
        "Sáng 11/2, ông Võ Trọng Hải, Chủ tịch UBND tỉnh, đã tiếp Đoàn đại biểu tỉnh Khăm Muộn do ông Xổm-xắc In-thạ-vông "
        "dẫn đầu. Ông Võ Trọng Hải cảm ơn tình cảm của lãnh đạo tỉnh bạn; đề nghị hai tỉnh sớm hoàn thành tổng kết Biên "
        "bản ghi nhớ giai đoạn 2019 - 2023, xây dựng và ký kết Biên bản ghi nhớ giai đoạn 2024 - 2028 ngay trong năm nay."
    )
    assert of_type(a, "signing") == []
    assert [e.date for e in of_type(a, "reception")] == ["2024-02-11"]


def test_an_act_after_the_background_s_day_is_of_the_day_of_the_act_told_before():
    a = article(
        "Bàn giao đối tượng truy nã\n\nNgày 13/5/2024\n\n"
        "Hôm qua (12/5), tại Cửa khẩu quốc tế Cầu Treo, Công an tỉnh Bô-ly-khăm-xay đã bàn giao cho Công an tỉnh Hà "
        "Tĩnh một đối tượng truy nã. Chủ trì buổi bàn giao có Đại tá Xỉ-phon Khăm-xay, Phó Giám đốc Công an tỉnh "
        "Bô-ly-khăm-xay, và Thượng tá Trần Văn Hòa, Phó Giám đốc Công an tỉnh Hà Tĩnh.\n\n"
        "Ngày 2/5, trên cơ sở thông tin do phía Việt Nam cung cấp, Công an huyện Khăm-cợt đã bắt giữ đối tượng.\n\n"
        "Sau khi hoàn tất các thủ tục, hai bên đã ký biên bản giao nhận."
    )
    assert [e.date for e in of_type(a, "signing")] == ["2024-05-12"]


def test_a_handover_of_offenders_counted_in_words_is_a_ceremony():
    a = article(
        "Tiếp nhận đối tượng\n\nNgày 8/9/2022\n\n"
        "Chiều 7/9, tại Cửa khẩu quốc tế Xà Xía, Bộ Chỉ huy Bộ đội Biên phòng tỉnh tiếp nhận ba đối tượng truy nã do "
        "Cảnh sát tỉnh Kampot bàn giao. Chủ trì buổi bàn giao có Đại tá Lê Văn Minh, Phó Chỉ huy trưởng, và Thiếu tướng "
        "Chea Sokha, Phó Cảnh sát trưởng tỉnh Kampot."
    )
    assert [(e.date, sorted(names(e))) for e in of_type(a, "conference")] == [
        ("2022-09-07", ["Chea Sokha", "Lê Văn Minh"])]


def test_those_named_as_welcoming_a_delegation_are_at_what_it_came_for():
    a = article(
        "Đại sứ chia buồn\n\nNgày 16/5/2020\n\n"
        "Chiều hôm qua (15/5), Đại sứ Nguyễn Bá Hùng đã tới tư gia ở Viêng Chăn, viếng và chia buồn với gia quyến ông "
        "Bun-chăn Xỉ-xa-vạt, nguyên Đại sứ Lào tại Việt Nam, người vừa từ trần.\n\n"
        "Đón đoàn có ông Xổm-phết Nọ-lạ-xắc, Phó Chủ tịch Hội Hữu nghị Lào - Việt Nam."
    )
    days = {e.date: names(e) for e in of_type(a, "conference")}
    assert "Xổm-phết Nọ-lạ-xắc" in days.get("2020-05-15", [])


def test_a_sentence_opening_with_who_welcomed_the_guests_is_no_reception_of_its_own():
    a = article(
        "Phu nhân thăm trường\n\nNgày 5/10/2023\n\n"
        "Sáng 4/10, bà Nguyễn Thị Hòa cùng bà Khăm-phăn Phôm-ma-thắt đã đến thăm Trường Hữu nghị 80 ở thị xã Sơn Tây. "
        "Tiếp đón hai bà có ông Lê Văn Toản, Hiệu trưởng nhà trường."
    )
    assert of_type(a, "reception") == []
    assert [names(e) for e in of_type(a, "visit")] == [["Khăm-phăn Phôm-ma-thắt", "Lê Văn Toản", "Nguyễn Thị Hòa"]]


def test_those_welcoming_a_delegation_after_its_companions_are_at_the_reception():
    a = article(
        "Huyện biên giới đón đoàn bạn\n\nNgày 3/4/2022\n\n"
        "Sáng 2/4, UBND huyện Mường Lát đã đón tiếp Đoàn đại biểu huyện Viêng Xay (Lào) do ông Bun-thoong Xỉ-khăm-phăn, "
        "Chao Mương huyện Viêng Xay, làm Trưởng đoàn sang thăm, chúc Tết Bunpimay. Cùng đi có ông Khăm-la Vông-xạ, "
        "Phó Chao Mương.\n\n"
        "Đón tiếp Đoàn có ông Phạm Văn Hùng, Bí thư Huyện ủy Mường Lát; ông Lò Văn Bằng, Chủ tịch UBND huyện."
    )
    assert {"Lò Văn Bằng", "Phạm Văn Hùng"} <= set(names(of_type(a, "reception")[0]))


def test_the_day_on_the_clock_at_home_is_no_day_of_its_own():
    a = article(
        "Đại sứ gặp lãnh đạo Lào tại Tokyo\n\nNgày 9/6/2024\n\n"
        "Tô-ky-ô, 8/6 (TTXVN) - Tối 7/6 (giờ địa phương, tức sáng 8/6 giờ Việt Nam), tại Tô-ky-ô, Bộ trưởng Bùi Thanh Sơn đã hội đàm "
        "với Bộ trưởng Ngoại giao Lào Xa-lơm-xay Kôm-ma-xít."
    )
    assert [e.date for e in of_type(a, "talks")] == ["2024-06-07"]


def test_opening_the_talks_is_no_meeting_and_the_days_it_recalls_are_not_the_talks():
    a = article(
        "Hội đàm trực tuyến giữa hai Cục\n\nNgày 20/5/2022\n\n"
        "Sáng 19/5, Cục Hợp tác quốc tế Bộ Tư pháp đã hội đàm trực tuyến với Cục Pháp chế Bộ Tư pháp Lào. "
        "Khai mạc hội đàm, ông Trần Văn Hòa nhắc lại, quan hệ hai nước được đánh dấu bằng việc thiết lập quan hệ "
        "ngoại giao ngày 5/9/1962."
    )
    assert [(e.type, e.date) for e in a.events] == [("call", "2022-05-19")]


def test_each_document_of_a_numbered_list_is_signed_by_its_signers_before_its_witnesses():
    a = article(
        "Hai tỉnh ký ba văn kiện\n\nNgày 12/6/2021\n\n"
        "Sáng 11/6, tại thành phố Đồng Hới, ông Trần Văn Hòa, Phó Chủ tịch UBND tỉnh Quảng Bình, đã hội đàm với "
        "ông Khăm-xay Vông-phăn, Phó Tỉnh trưởng tỉnh Khăm Muộn.\n\n"
        "Kết thúc hội đàm, hai bên đã ký kết các văn kiện sau:\n\n"
        "1. Biên bản hội đàm năm 2021. Người ký: ông Trần Văn Hòa và ông Khăm-xay Vông-phăn.\n\n"
        "2. Kế hoạch hợp tác giáo dục giai đoạn 2021 - 2025. Người ký: ông Lê Minh Đức, Giám đốc Sở Giáo dục, và "
        "ông Bun-mi Xỉ-xổm-phu, Giám đốc Sở Giáo dục tỉnh Khăm Muộn.\n\n"
        "Hai trưởng đoàn đã chứng kiến việc ký văn kiện thứ hai.\n\n"
        "Ảnh: Lãnh đạo hai tỉnh chứng kiến lễ ký kết."
    )
    assert sorted((e.date, tuple(names(e))) for e in of_type(a, "signing")) == [
        ("2021-06-11", ("Bun-mi Xỉ-xổm-phu", "Khăm-xay Vông-phăn", "Lê Minh Đức", "Trần Văn Hòa")),
        ("2021-06-11", ("Khăm-xay Vông-phăn", "Trần Văn Hòa")),
    ]


def test_a_signer_pair_that_ends_a_bulleted_item_signs_that_item():
    a = article(
        "Hai trường ký văn bản hợp tác\n\nNgày 3/3/2015\n\n"
        "Chiều 2/3, tại Huế, PGS.TS Võ Văn Tấn, Hiệu trưởng, đã làm việc với ông Xổm-phon Kẹo-la, Hiệu trưởng Trường "
        "Đại học Chăm-pa-xắc. Cuối buổi làm việc, hai bên đã ký các văn bản sau:\n\n"
        "+ Biên bản ghi nhớ giai đoạn 2015 - 2020: PGS.TS Võ Văn Tấn và ông Xổm-phon Kẹo-la ký;\n\n"
        "+ Kế hoạch trao đổi sinh viên năm 2016: TS. Lê Quang Minh và ông Bun-thăn Phăn-đa ký."
    )
    assert sorted(tuple(names(e)) for e in of_type(a, "signing")) == [
        ("Bun-thăn Phăn-đa", "Lê Quang Minh"), ("Võ Văn Tấn", "Xổm-phon Kẹo-la")]


def test_a_political_consultation_co_chaired_is_a_meeting():
    a = article(
        "Thông cáo báo chí\n\nHà Nội, ngày 15 tháng 4 năm 2022\n\n"
        "Ngày 14 tháng 4 năm 2022, tại Hà Nội, Thứ trưởng Ngoại giao Lê Văn Hải và Quốc vụ khanh Sok Vanna đã đồng chủ "
        "trì Tham khảo chính trị cấp Thứ trưởng Ngoại giao lần thứ 7."
    )
    assert [(e.type, e.date, names(e)) for e in a.events] == [
        ("conference", "2022-04-14", ["Lê Văn Hải", "Sok Vanna"])]


def test_an_audience_with_the_king_is_a_reception():
    a = article(
        "Phó Thủ tướng thăm Campuchia\n\nNgày 10/3/2015\n\n"
        "Chiều 9/3, Phó Thủ tướng Trần Văn Lâm đã tiếp kiến Quốc vương Norodom Sihamoni tại Hoàng cung."
    )
    assert [(e.type, e.date, names(e)) for e in a.events] == [
        ("reception", "2015-03-09", ["Norodom Sihamoni", "Trần Văn Lâm"])]


def test_a_tally_of_guest_delegations_is_no_reception_of_its_own():
    a = article(
        "Sở Ngoại vụ tiếp khách Lào\n\nNgày 16/3/2019\n\n"
        "Trong hai ngày 14 và 15/3, Sở Ngoại vụ tỉnh Hà Tĩnh đã đón tiếp, làm việc với hai đoàn khách của nước bạn Lào. "
        "Sáng 14/3, ông Lê Văn Thành, Giám đốc Sở, tiếp ông Khăm-la Vông-xa, Tổng Lãnh sự Lào tại Vinh."
    )
    assert [(e.type, e.date) for e in a.events] == [("reception", "2019-03-14")]


def test_a_district_whose_name_has_an_apostrophe_is_the_place_in_full():
    a = article(
        "Mondulkiri học tập trồng cà phê\n\nNgày 10/4/2010\n\n"
        "Chiều 6/4, đồng chí Y Dhăm Ênuôl, Phó Chủ tịch UBND tỉnh, đã tiếp Đoàn cán bộ tỉnh Mondulkiri do ông Chhun "
        "Sophal, Phó Tỉnh trưởng, dẫn đầu. Ngày 7/4, ông Chhun Sophal và đoàn đến thăm các vườn cà phê ở huyện Krông "
        "A'na."
    )
    assert [e.place for e in of_type(a, "visit") if e.date == "2010-04-07"] == ["Krông A'na"]


def test_a_greeting_trip_of_days_is_a_visit():
    a = article(
        "Sốp Cộp chúc Tết Bunpimay\n\nNgày 21/4/2023\n\n"
        "Từ ngày 19 đến 20/4, Đoàn công tác huyện Sốp Cộp do đồng chí Lò Văn Hải, Chủ tịch UBND huyện, làm trưởng đoàn "
        "đã sang chúc Tết cổ truyền Bunpimay và làm việc tại huyện Mường Ét, tỉnh Hủa Phăn."
    )
    assert [(e.type, e.date) for e in a.events if e.end_date == "2023-04-20"] == [("visit", "2023-04-19")]


def test_the_meeting_a_minister_leaves_for_is_no_event_of_the_trip():
    a = article(
        "Hợp tác nông nghiệp\n\nNgày 10/11/2017\n\n"
        "Sáng 7/11, tại Phnôm Pênh, Bộ trưởng Nguyễn Văn Bình hội đàm với Bộ trưởng Veng Sakhon. Do phải về nước tham dự "
        "kỳ họp thứ 4, Quốc hội khóa XIV, tối 7/11 Bộ trưởng Nguyễn Văn Bình giao Thứ trưởng Lê Quốc Doanh làm Trưởng "
        "đoàn. Ngày 8/11, tại Battambang, Thứ trưởng Lê Quốc Doanh làm việc với lãnh đạo tỉnh."
    )
    assert of_type(a, "conference") == []


def test_a_host_away_at_a_session_who_cannot_welcome_a_delegation_holds_no_event():
    a = article(
        "Hà Tĩnh - Bô-ly-khăm-xay hội đàm\n\nNgày 15/3/2024\n\n"
        "Sáng 14/3, tại thành phố Pắc-xăn, đồng chí Bun-mi Xay-nha-phết, Phó Tỉnh trưởng tỉnh Bô-ly-khăm-xay, đã hội đàm "
        "với Đoàn đại biểu tỉnh Hà Tĩnh do đồng chí Trần Thế Dũng dẫn đầu. Tỉnh trưởng Khăm-pheng Phôm-ma-thắt đang dự kỳ "
        "họp Quốc hội Lào tại Viêng Chăn nên không thể trực tiếp đón Đoàn."
    )
    assert [e.type for e in a.events] == ["talks"]
