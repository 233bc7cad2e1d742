"""Text wrapped at a fixed width is joined back into paragraphs; other text is left alone."""
from hoptac.clean import clean_text
from hoptac.clean.unwrap import mend_broken_titles, unwrap_hard_breaks

WRAPPED = """Viêng Chăn, 19/6 (TTXVN) - Trong khuôn khổ chuyến thăm chính thức Lào từ
ngày 19 đến 20/6, chiều nay, tại Thủ đô Viêng Chăn, Đại tướng Phan Văn
Giang, Bộ trưởng Bộ Quốc phòng Việt Nam đã hội đàm với Đại tướng Chansamone
Chanyalath, Phó Thủ tướng, Bộ trưởng Bộ Quốc phòng Lào. Hai bên đánh giá cao
kết quả hợp tác quốc phòng giữa hai nước trong thời gian qua, nhất trí tiếp
tục phối hợp chặt chẽ trong đào tạo, trao đổi đoàn và bảo vệ biên giới.

Chiều cùng ngày, Chủ tịch Quốc hội Lào Xay-xổm-phon Phôm-vi-
hản đã tiếp Đoàn đại biểu Bộ Quốc phòng Việt Nam tại Nhà Quốc hội mới.
- Hai bên ký Kế hoạch hợp tác năm 2024."""


def test_a_wrapped_text_is_joined_at_its_breaks_but_not_at_list_items_or_blank_lines():
    joined = unwrap_hard_breaks(WRAPPED)
    assert "Đại tướng Phan Văn Giang, Bộ trưởng" in joined
    assert "Xay-xổm-phon Phôm-vi-hản đã tiếp" in joined
    assert "\n- Hai bên ký" in joined and "\n\nChiều cùng ngày" in joined


def test_paragraphs_on_their_own_lines_and_menus_are_left_alone():
    text = ("Trang chủ | Tin tức | Lào - Việt Nam | Kinh tế | Văn hóa | Thể thao\n22/05/2023\n" +
            "\n".join(["Chiều 22/5, tại Viêng Chăn, hai bên đã hội đàm và thống nhất nhiều nội dung hợp tác quan trọng"] * 8))
    assert unwrap_hard_breaks(text) == text
    body, _, _ = clean_text(WRAPPED)
    assert "Phan Văn Giang" in body


BROKEN = """Đồng chí Trương Thị Mai tiếp Đoàn Ban Tổ chức Trung ương Đảng Nhân dân Cách mạng Lào

NDO - Chiều 13/6, tại Hà Nội, đồng chí Lê Minh Hưng, Ủy viên Bộ
Chính trị, Trưởng Ban Tổ chức Trung ương, đã tiếp Đoàn do đồng chí Khăm-xỉ Vi-lạ-pheng, Phó Trưởng
Ban Tổ chức Trung ương Đảng Nhân dân Cách mạng Lào,
dẫn đầu. Đoàn đang thăm Việt Nam từ ngày 11 đến 16/6.
Hai bên trao đổi kinh nghiệm về công tác cán bộ
Ảnh: Đăng Khoa"""


def test_a_row_broken_inside_a_title_or_after_a_comma_is_joined_and_others_are_left():
    mended = mend_broken_titles(BROKEN)
    assert "Ủy viên Bộ Chính trị, Trưởng Ban" in mended and "Phó Trưởng Ban Tổ chức" in mended
    assert "Cách mạng Lào, dẫn đầu." in mended
    assert "Cách mạng Lào\n\nNDO" in mended and "cán bộ\nẢnh: Đăng Khoa" in mended
