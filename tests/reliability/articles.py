"""Short Vietnamese articles in the genre's style, and distinct variations of them.

The reliability tests need thousands of *distinct* documents (so content hashes and
near-duplicate detection cannot fold them together) without committing a corpus: each
variant changes names, provinces, numbers and dates, and carries a serial number.
"""
from __future__ import annotations

import random

SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"]
MIDDLES = ["Văn", "Thị", "Hữu", "Đức", "Minh", "Quang", "Thanh", "Ngọc", "Xuân", "Hồng"]
GIVEN = ["Tuấn", "Hùng", "Lan", "Hương", "Dũng", "Thắng", "Bình", "Sơn", "Hải", "Long", "Phương", "Thảo", "Cường", "Khánh", "Vinh", "Nam"]
LAO_NAMES = ["Khăm-phăn Phôm-ma-thắt", "Xổm-phết Xủ-li-vông", "Bun-nhăng Vo-lạ-chít", "Phăn-khăm Vi-pha-vẳn", "Thoong-xa-vẳn Phôm-vi-hản"]
VN_PROVINCES = ["Nghệ An", "Hà Tĩnh", "Quảng Trị", "Thanh Hóa", "Sơn La", "Điện Biên", "Quảng Bình", "Kon Tum", "Gia Lai", "Đắk Lắk"]
LAO_PROVINCES = ["Hủa Phăn", "Xiêng Khoảng", "Bô-ly-khăm-xay", "Khăm Muộn", "Sa-vẳn-na-khệt", "Chăm-pa-xắc", "Luông Pha-băng", "Xê Kông"]
TITLES = ["Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh", "Phó Bí thư Thường trực Tỉnh ủy", "Phó Chủ tịch HĐND tỉnh", "Trưởng Ban Tuyên giáo Tỉnh ủy"]
LAO_TITLES = ["Bí thư, Tỉnh trưởng tỉnh", "Phó Bí thư Tỉnh ủy, Phó Tỉnh trưởng tỉnh", "Chủ tịch Mặt trận Lào xây dựng đất nước tỉnh"]
FIELDS = ["giáo dục", "y tế", "nông nghiệp", "thương mại", "an ninh biên giới", "văn hóa", "du lịch", "giao thông"]

TEMPLATES = [
    (
        "{prov_vn} tiếp Đoàn đại biểu tỉnh {prov_la} (Lào)\n\n"
        "Sáng {d}/{m}/{y}, tại thành phố {city}, đồng chí {vn_name}, {title}, đã tiếp Đoàn đại biểu "
        "cấp cao tỉnh {prov_la} (Lào) do đồng chí {la_name}, {la_title} {prov_la}, làm Trưởng đoàn.\n\n"
        "Tại buổi tiếp, hai bên đã thông báo cho nhau tình hình phát triển kinh tế - xã hội của mỗi tỉnh "
        "và nhất trí tiếp tục thúc đẩy hợp tác trong lĩnh vực {field}. Hằng năm, tỉnh {prov_vn} sẽ tiếp nhận "
        "từ {n1} - {n2} học sinh tỉnh {prov_la} sang học tập.\n\n"
        "Theo TTXVN (bản tin số {serial})"
    ),
    (
        "Ký kết Bản ghi nhớ hợp tác giai đoạn {y} - {y5}\n\n"
        "Chiều {d}-{m}, Ủy ban nhân dân tỉnh {prov_vn} và chính quyền tỉnh {prov_la} đã ký kết Bản ghi nhớ "
        "về hợp tác giai đoạn {y} - {y5}. Dự buổi lễ có đồng chí {vn_name}, {title}.\n\n"
        "Theo Bản ghi nhớ, hai bên sẽ phối hợp đào tạo {n1} cán bộ, công chức và hỗ trợ {n2} tỷ đồng "
        "xây dựng trường học, trạm y tế tại các huyện biên giới.\n\n"
        "Mã tin: {serial}"
    ),
    (
        "Tăng cường hợp tác {field} Việt Nam - Lào\n\n"
        "Trong khuôn khổ chuyến thăm và làm việc tại Lào từ ngày {d} đến {d2}/{m}/{y}, đoàn công tác tỉnh "
        "{prov_vn} do đồng chí {vn_name}, {title}, dẫn đầu đã hội đàm với lãnh đạo tỉnh {prov_la}.\n\n"
        "Hai bên đánh giá cao kết quả hợp tác thời gian qua, với kim ngạch thương mại đạt {n1} triệu USD, "
        "tăng {n2}% so với cùng kỳ năm trước.\n\n"
        "(Tin số {serial})"
    ),
    (
        "Điện đàm giữa lãnh đạo hai tỉnh\n\n"
        "Tối {d}/{m}, đồng chí {vn_name}, {title} {prov_vn}, đã có cuộc điện đàm với đồng chí {la_name}, "
        "{la_title} {prov_la}.\n\n"
        "Hai bên nhất trí sớm tổ chức kỳ họp lần thứ {n1} của Ủy ban hợp tác và cam kết trao đổi {n2} "
        "đoàn cán bộ trong năm {y}.\n\n"
        "Bài {serial}"
    ),
]


EXTRA = [
    "Đồng chí {vn_name} đề nghị hai bên tăng cường trao đổi thông tin, phối hợp quản lý đường biên, mốc giới.",
    "Nhân dịp này, tỉnh {prov_vn} trao tặng {n3} suất học bổng cho học sinh, sinh viên tỉnh {prov_la}.",
    "Phía bạn cảm ơn sự giúp đỡ quý báu, có hiệu quả của Đảng bộ, chính quyền và nhân dân tỉnh {prov_vn}.",
    "Dịp này, Đoàn đã đến dâng hương tại Khu di tích lịch sử quốc gia ở huyện {n3}.",
    "Hai bên thống nhất giao các sở, ngành liên quan xây dựng kế hoạch cụ thể trước tháng {m}.",
    "Kết thúc buổi làm việc, hai đoàn đã trao đổi quà lưu niệm và chụp ảnh chung.",
    "Dự kiến, tuyến đường nối hai tỉnh dài {n3} km sẽ được khởi công trong năm tới.",
    "Phát biểu tại buổi lễ, đại diện tỉnh {prov_la} khẳng định sẽ tạo điều kiện cho doanh nghiệp đầu tư.",
    "Năm qua, hai tỉnh đã phối hợp tìm kiếm, quy tập được {n3} hài cốt liệt sĩ quân tình nguyện.",
    "Cũng trong chương trình, Đoàn đã thăm mô hình trồng cà phê và nuôi bò của nông dân địa phương.",
]


def article(i: int) -> tuple[str, str]:
    """The i-th distinct article: (doc id, text). Same i, same article."""
    r = random.Random(i)
    tpl = TEMPLATES[i % len(TEMPLATES)]
    d = r.randint(1, 27)
    y = r.randint(2008, 2024)
    paras = tpl.split("\n\n")
    extra = r.sample(EXTRA, r.randint(2, 4))
    paras[2:2] = extra
    text = "\n\n".join(paras).format(
        prov_vn=r.choice(VN_PROVINCES),
        prov_la=r.choice(LAO_PROVINCES),
        city=r.choice(["Vinh", "Hà Tĩnh", "Đông Hà", "Thanh Hóa", "Sơn La"]),
        vn_name=f"{r.choice(SURNAMES)} {r.choice(MIDDLES)} {r.choice(GIVEN)}",
        la_name=r.choice(LAO_NAMES),
        title=r.choice(TITLES),
        la_title=r.choice(LAO_TITLES),
        field=r.choice(FIELDS),
        d=d,
        d2=d + 1,
        m=r.randint(1, 12),
        y=y,
        y5=y + 5,
        n1=r.randint(2, 90),
        n2=r.randint(10, 500),
        n3=r.randint(3, 999),
        serial=f"{i:06d}",
    )
    return f"art{i:06d}", text


def articles(n: int, start: int = 0) -> list[tuple[str, str]]:
    return [article(i) for i in range(start, start + n)]
