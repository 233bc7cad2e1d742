"""Agreements (period, status, one record per agreement) and commitments, on sentences written for these tests."""
import pytest

from hoptac.extract.agreements import find_agreements
from hoptac.extract.commitments import find_commitments


def agreements(text: str, year: int | None = 2024):
    return find_agreements(text, [(0, len(text))], year)


@pytest.mark.parametrize(
    "text, period, status",
    [
        ("Hai bên đã ký Thỏa thuận hợp tác giai đoạn 2021 – 2025 giữa hai Ban.", (2021, 2025), "signed"),
        ("Hai bên thống nhất sẽ ký Biên bản ghi nhớ giai đoạn 2025-2030.", (2025, 2030), "to_sign"),
        ("Hội nghị sơ kết Bản ghi nhớ về hợp tác giai đoạn 2022 - 2027.", (2022, 2027), "reviewed"),
        ("Hai Bộ trưởng đã ký Kế hoạch hợp tác năm 2025.", (2025, 2025), "signed"),
        ("trên tinh thần Thỏa thuận Hợp tác nghiệp vụ giai đoạn 5 năm từ 2016 - 2020", (2016, 2020), "in_force"),
        ('Hai Viện đã ký Văn kiện dự án "Nâng cao năng lực kiểm dịch thực vật" giai đoạn 2024 - 2027.', (2024, 2027), "signed"),
        ("Hai công ty đã ký Hợp đồng phân phối hàng tiêu dùng tại Lào giai đoạn 2023 - 2025.", (2023, 2025), "signed"),
    ],
)
def test_periods_and_status(text, period, status):
    (a,) = agreements(text)
    assert (a.start_year, a.end_year) == period
    assert a.status == status
    assert a.evidence.text == text


def test_a_period_told_before_the_agreement_and_a_replaced_record_named_by_its_period():
    before = "Ông cho biết, trong giai đoạn 2014 - 2018, hai Sở đã triển khai hiệu quả Bản ghi nhớ hợp tác, trao đổi 9 đoàn."
    assert [(a.start_year, a.end_year) for a in agreements(before)] == [(2014, 2018)]
    # another agreement named between the period and the cue takes the period itself
    other = "Trong giai đoạn 2014 - 2018, hai bên đã ký Kế hoạch hợp tác năm 2015 và thực hiện Bản ghi nhớ hợp tác."
    assert [(a.start_year, a.end_year) for a in agreements(other, 2015)] == [(2015, 2015)]
    replaced = "Hai huyện đã ký Biên bản hợp tác giai đoạn 2023 - 2027, thay cho Biên bản giai đoạn 2018 - 2022 đã hết hạn."
    assert sorted((a.start_year, a.end_year) for a in agreements(replaced)) == [(2018, 2022), (2023, 2027)]


def test_same_agreement_twice_is_one_record():
    text = (
        "Hai bên đánh giá việc thực hiện Thỏa thuận hợp tác giai đoạn 2021 - 2025. "
        "Thỏa thuận hợp tác giai đoạn 2021 - 2025 đã mang lại nhiều kết quả."
    )
    assert len(agreements(text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Hai bên nhìn lại Thỏa thuận hợp tác năm 2000.",  # signed long ago: a date, not a period
        "triển khai thỏa thuận hợp tác trong năm 2019 giữa hai cơ quan",  # when, not which period
        "theo thỏa thuận giữa lãnh đạo cấp cao hai Đảng",  # no period at all
        "Theo thỏa thuận, năm 2025 hội thi lần thứ ba sẽ diễn ra tại tỉnh bạn.",  # the word alone, then the year of a contest
        # when a meeting is held, not the scheme's period
        "thống nhất xây dựng Đề án nâng cao hiệu quả hợp tác đầu tư để trình Kỳ họp dự kiến tổ chức vào đầu năm 2025",
    ],
)
def test_not_a_period(text):
    assert agreements(text, 2015 if "2000" in text else 2024) == []


def test_commitments_with_quantity_unit_and_period():
    text = "Hằng năm, tỉnh tiếp tục hỗ trợ đào tạo 50 cán bộ và cấp từ 10 - 20 suất học bổng cho sinh viên Lào."
    found = {(c.quantity, c.unit) for c in find_commitments(text, [(0, len(text))])}
    assert found == {("50", "cán bộ"), ("10-20", "học bổng")}
    assert all(c.period == "Hằng năm" for c in find_commitments(text, [(0, len(text))]))


def test_numbers_without_a_promise_are_not_commitments():
    text = "Kim ngạch thương mại đạt 1.500 triệu USD, tăng 12% so với năm trước."
    assert find_commitments(text, [(0, len(text))]) == []


@pytest.mark.parametrize(
    "text, period",
    [
        ("Hai bên tiếp tục triển khai Chiến lược hợp tác Việt Nam - Lào giai đoạn 2021 - 2030.", (2021, 2030)),
        ("Hai Bộ trưởng rà soát Chương trình hành động giai đoạn 2022 - 2027 giữa hai nước.", (2022, 2027)),
        ("Hai bên cam kết thực hiện Hiệp định thương mại biên giới giai đoạn 2024 - 2026.", (2024, 2026)),
        ("Hai Trưởng đoàn đã ký Kế hoạch phối hợp quản lý biên giới năm 2025.", (2025, 2025)),
        ("Các nội dung nằm trong Chương trình hoạt động năm 2025 mà hai Hội đã ký hồi tháng 9.", (2025, 2025)),
    ],
)
def test_strategies_action_programmes_and_other_agreements_have_periods(text, period):
    (a,) = agreements(text)
    assert (a.start_year, a.end_year) == period


def test_a_replaced_document_keeps_its_period():
    found = {(a.start_year, a.end_year) for a in agreements(
        "Hai bên ký Thỏa thuận hợp tác giai đoạn 2024 - 2028, thay cho văn bản giai đoạn 2019 - 2023 đã hết hiệu lực.")}
    assert found == {(2024, 2028), (2019, 2023)}


@pytest.mark.parametrize(
    "text, renewal",
    [
        ("Hai Hội nhất trí gia hạn Bản ghi nhớ hợp tác giai đoạn 2020 - 2024 thêm 3 năm, đến hết năm 2027.",
         (2025, 2027, "to_sign")),
        ("Kế hoạch hợp tác giai đoạn 2021 - 2025 giữa hai trường đã được gia hạn đến năm 2028.", (2026, 2028, "signed")),
        ("Hai bên đã gia hạn Thỏa thuận hợp tác giai đoạn 2019-2023 thêm 2 năm.", (2024, 2025, "signed")),
        ("Hai công ty đã ký Phụ lục Hợp đồng mua bán điện giai đoạn 2021 - 2025. Theo Phụ lục, thời hạn thực hiện "
         "hợp đồng được gia hạn thêm 4 năm, đến hết năm 2029.", (2026, 2029, "signed")),
    ],
)
def test_a_renewal_is_a_record_of_its_own(text, renewal):
    found = {(a.start_year, a.end_year): a.status for a in agreements(text)}
    assert len(found) == 2
    assert renewal[:2] in found and found[renewal[:2]] == renewal[2]


def test_years_after_an_agreement_without_renewal_are_no_renewal():
    text = "Hai bên đã tổng kết Thỏa thuận hợp tác giai đoạn 2020 - 2024 đến năm 2025 theo kế hoạch."
    assert [(a.start_year, a.end_year) for a in agreements(text)] == [(2020, 2024)]


def test_action_plans_and_long_contracts_have_periods_a_history_span_does_not():
    plan = agreements("Hai Tổng cục trưởng đã ký Kế hoạch hành động hợp tác năm 2025.")
    assert [(a.start_year, a.end_year) for a in plan] == [(2025, 2025)]
    contract = agreements("Theo đó, hợp đồng có hiệu lực từ năm 2026 đến năm 2050, với sản lượng 4 tỷ kWh mỗi năm.")
    assert [(a.start_year, a.end_year) for a in contract] == [(2026, 2050)]
    history = agreements("Hiệp ước Hữu nghị và Hợp tác Việt Nam - Lào (1977 - 2027) là nền tảng của quan hệ.")
    assert history == []


def test_coordination_rules_and_twinning_documents_have_periods():
    rules = agreements("Hai bên triển khai hiệu quả Quy chế phối hợp giai đoạn 2023 - 2027 giữa hai đơn vị.")
    twinning = agreements("Hai trưởng bản đã ký văn bản kết nghĩa giữa hai bản giai đoạn 2024 - 2029.")
    assert [(a.start_year, a.end_year) for a in rules + twinning] == [(2023, 2027), (2024, 2029)]


def test_a_joint_scheme_of_cooperation_has_its_period_a_domestic_one_is_no_agreement():
    found = {(a.start_year, a.end_year) for a in agreements(
        "Hai bên đánh giá Đề án nâng cao chất lượng hợp tác Việt Nam - Lào trong lĩnh vực giáo dục giai đoạn "
        "2011 - 2020 và thống nhất xây dựng Đề án giai đoạn 2021 - 2030 về hợp tác đào tạo.")}
    assert found == {(2011, 2020), (2021, 2030)}
    assert agreements("Tỉnh triển khai Đề án phát triển du lịch giai đoạn 2021 - 2025.") == []


@pytest.mark.parametrize(
    "text, period",
    [
        ("Hai bên ký Phụ lục Hợp đồng mua bán điện, theo đó thời hạn được kéo dài từ năm 2020 đến hết năm 2025.", (2020, 2025)),
        ("Hợp đồng ban đầu giai đoạn 2014 - 2019 đã được thực hiện tốt.", (2014, 2019)),
        ("Hợp đồng phát triển dự án giữa Tập đoàn và Chính phủ Lào có thời hạn từ năm 2016 đến năm 2045.", (2016, 2045)),
        ("Hai bên thống nhất hoàn tất dự thảo Kế hoạch phát triển du lịch biên giới giai đoạn 2026 - 2030.", (2026, 2030)),
        ("Hai bên ký Bản ghi nhớ giai đoạn 2015 - 2017, thay cho văn kiện cùng tên giai đoạn 2012 - 2014.", (2012, 2014)),
    ],
)
def test_contracts_drafts_and_a_document_of_the_same_name_have_their_periods(text, period):
    assert period in [(a.start_year, a.end_year) for a in agreements(text, 2024)]


@pytest.mark.parametrize(
    "text, period",
    [
        ("Hai huyện thống nhất gia hạn Biên bản thỏa thuận hợp tác giai đoạn 2011 - 2015 thêm hai năm.", (2016, 2017)),
        ("Hai đồn đã ký Biên bản kết nghĩa giai đoạn 2019 - 2024.", (2019, 2024)),
    ],
)
def test_an_extension_by_years_in_words_and_a_twinning_record(text, period):
    assert period in [(a.start_year, a.end_year) for a in agreements(text, 2016)]


def test_a_search_plan_signed_for_a_dry_season_and_a_target_missed_because_of_one():
    found = agreements(
        "Kết thúc hội nghị, hai Trưởng đoàn đã ký Kế hoạch tìm kiếm, quy tập hài cốt liệt sĩ mùa khô 2024 - 2025.")
    assert [(a.start_year, a.end_year) for a in found] == [(2024, 2025)]
    assert agreements("Sản lượng điện thấp hơn kế hoạch do mùa khô 2023 - 2024 kéo dài.") == []


def test_a_term_from_a_year_and_years_written_out_give_the_period():
    text = (
        "Hai bên đã ký Bản ghi nhớ hợp tác về văn hóa giữa hai Sở, có thời hạn ba năm, kể từ năm 2024. "
        "Điều 8 quy định: Thỏa thuận hợp tác có hiệu lực trong thời hạn năm (05) năm, kể từ ngày 01 tháng 01 năm "
        "hai nghìn không trăm hai mươi lăm. Hợp đồng thuê đất với thời hạn 30 năm, từ năm 2024 đến năm 2054 cũng được ký."
    )
    periods = {(g.start_year, g.end_year) for g in find_agreements(text, [(0, len(text))], 2024)}
    assert {(2024, 2026), (2025, 2029), (2024, 2054)} <= periods


def test_a_school_year_is_no_period_of_the_agreement_it_names():
    text = ("Việt Nam cấp 50 suất học bổng theo Hiệp định hợp tác giáo dục giữa hai Chính phủ, năm học 2020 - 2021, "
            "và theo Bản ghi nhớ hợp tác giai đoạn 2021 - 2025.")
    periods = {(g.start_year, g.end_year) for g in find_agreements(text, [(0, len(text))], 2020)}
    assert periods == {(2021, 2025)}


@pytest.mark.parametrize("text, period", [
    ("Dự án triển khai theo Hợp đồng thuê đất giữa Chính phủ Lào và công ty có thời hạn 50 năm, từ năm 2008 đến năm 2058.",
     (2008, 2058)),
    ("Hai bên ký Hợp đồng tín dụng trị giá 40 triệu USD, thời hạn 6 năm, từ năm 2020 đến năm 2026.", (2020, 2026)),
])
def test_a_long_lease_told_twice_and_a_credit_contract(text, period):
    assert [(a.start_year, a.end_year) for a in agreements(text, 2020)] == [period]


def test_a_training_plan_signed_and_an_agreement_for_the_next_period_are_agreements():
    found = agreements(
        "Hai bên đã ký Kế hoạch đào tạo nhân lực y tế cho Lào giai đoạn 2019 - 2025. Hai bên nhất trí triển khai "
        "Hiệp định hợp tác song phương giai đoạn 2021 - 2025, đồng thời chuẩn bị xây dựng Hiệp định cho giai đoạn "
        "2026 - 2030.", 2023)
    assert {(a.start_year, a.end_year) for a in found} == {(2019, 2025), (2021, 2025), (2026, 2030)}


def test_a_document_just_signed_named_again_takes_no_year_from_what_follows():
    found = agreements(
        "Ba Trưởng đoàn đã ký Biên bản ghi nhớ hợp tác thanh niên ba nước giai đoạn 2025 - 2027. Theo Biên bản ghi "
        "nhớ vừa ký, chương trình Gặp gỡ năm 2025 sẽ do Campuchia đăng cai.", 2024)
    assert {(a.start_year, a.end_year) for a in found} == {(2025, 2027)}


def test_a_contracts_term_told_in_a_sentence_of_its_own_is_its_period():
    from hoptac.model import RawDocument
    from hoptac.pipeline import extract_document

    a = extract_document(RawDocument("t", (
        "Hôm qua (12/7/2018), tại Viêng Chăn, dưới sự chứng kiến của Bộ trưởng Khăm-ma-ny In-thi-lạt, ông A và ông B đã "
        "ký Thỏa thuận phát triển dự án (PDA) mỏ muối kali tại tỉnh Khăm Muộn. Theo thỏa thuận, công ty sẽ khai thác "
        "500 nghìn tấn mỗi năm. Thời hạn khai thác là 30 năm, từ năm 2019 đến năm 2048, có thể gia hạn. Hai bên cũng "
        "ký Hợp đồng liên doanh có thời hạn 50 năm, từ năm 2025 đến năm 2074. Dự án được cho thuê đất với thời hạn "
        "70 năm, kể từ năm 2019.").encode("utf-8")))
    assert {(g.start_year, g.end_year) for g in a.agreements} == {(2019, 2048), (2025, 2074), (2019, 2088)}


def test_a_power_purchase_agreement_to_negotiate_and_a_contract_that_ran_out_have_their_periods():
    text = ("Hai bên giao hai tập đoàn khởi động đàm phán Hiệp định mua bán điện giai đoạn 2026 - 2040. "
            "Giá điện vẫn giữ như hợp đồng giai đoạn 2014 - 2018 đã hết hạn.")
    assert sorted((a.start_year, a.end_year) for a in agreements(text)) == [(2014, 2018), (2026, 2040)]


def test_a_plan_of_the_two_or_three_countries_with_its_period_is_an_agreement_but_a_province_s_own_plan_is_not():
    text = ("Ba Bộ trưởng giao các cơ quan xây dựng Kế hoạch thúc đẩy thương mại biên giới ba nước giai đoạn 2023 - 2025. "
            "Tỉnh cũng báo cáo Kế hoạch phát triển kinh tế - xã hội giai đoạn 2021 - 2025.")
    assert [(a.start_year, a.end_year) for a in agreements(text)] == [(2023, 2025)]


def _periods(text: str, year: int | None = 2024) -> list[tuple[int, int]]:
    """The periods of the agreements a short article names, read sentence by sentence."""
    from hoptac.clean.sentences import split_sentences

    spans = [(s.start, s.end) for s in split_sentences(text)]
    return sorted((a.start_year, a.end_year) for a in find_agreements(text, spans, year))


@pytest.mark.parametrize(
    "text, year, periods",
    [
        # an end year in two digits, or after a division sign
        ("Hai tỉnh ký kết Thỏa thuận hợp tác 2021–25, sau khi điểm lại Thỏa thuận giai đoạn 2016–20.", 2021,
         [(2016, 2020), (2021, 2025)]),
        ("Hai đơn vị đã ký Kế hoạch phối hợp giai đoạn 2012÷2014.", 2012, [(2012, 2014)]),
        # a document signed in a year for a period; one in force from its signing; one for two years
        ("Biên bản mới thay thế Biên bản được hai tỉnh ký năm 2019 cho giai đoạn 2019 - 2023.", 2024, [(2019, 2023)]),
        ("Hai Trưởng đoàn ký Bản ghi nhớ hợp tác. Bản ghi nhớ có hiệu lực kể từ ngày ký đến hết năm 2030.", 2026,
         [(2026, 2030)]),
        ("Đi kèm là Kế hoạch hoạt động cho hai năm 2009 và 2010 với 14 hoạt động.", 2009, [(2009, 2010)]),
        # a term told in the next sentence; a period drawn out
        ("Hai bên đã ký Biên bản ghi nhớ hợp tác giữa hai Hội. Văn bản áp dụng cho 5 năm tới, tức từ năm 2023 tới "
         "năm 2027.", 2023, [(2023, 2027)]),
        ("Bản ghi nhớ được ký năm 2015 với thời hạn 2015 - 2017; nay được kéo dài hiệu lực đến hết năm 2020.", 2018,
         [(2015, 2017), (2018, 2020)]),
        # a plan, programme or scheme for the partner, or between the two sides, named with its period
        ("Sở sẽ phối hợp xây dựng Kế hoạch hỗ trợ tỉnh Chăm-pa-xắc giai đoạn 2025 - 2027.", 2024, [(2025, 2027)]),
        ("Hai bên nhất trí thực hiện Chương trình giao lưu thanh niên giai đoạn 2019 - 2021 giữa hai tỉnh.", 2019,
         [(2019, 2021)]),
        ("Bộ đang triển khai Đề án đào tạo cán bộ cho Lào giai đoạn 2021 - 2025 và Chương trình mục tiêu quốc gia "
         "về giáo dục giai đoạn 2021 - 2025.", 2022, [(2021, 2025)]),
        ("Bộ trình bày Chương trình phát triển thương mại biên giới với các nước láng giềng giai đoạn 2021 - 2025.",
         2022, []),
    ],
)
def test_periods_in_the_forms_writers_use(text, year, periods):
    assert _periods(text, year) == periods
