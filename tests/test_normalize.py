import pytest

from hoptac.clean.normalize import fold, normalize_text, shadow, tone_key


@pytest.mark.parametrize("new, old", [("hoà", "hòa"), ("Thoả thuận", "Thỏa thuận"), ("thuỷ", "thủy"), ("khoẻ", "khỏe")])
def test_tone_marks_compare_equal(new, old):
    assert tone_key(new) == tone_key(old)


@pytest.mark.parametrize("word", ["quý", "hoàn", "Hòa Bình", "HOÀ BÌNH", "thuở"])
def test_tone_key_keeps_length(word):
    assert len(tone_key(word)) == len(word) == len(shadow(word))


def test_fold_handles_d_bar():
    assert fold("Đinh Tiến Dũng") == "dinh tien dung"


def test_normalize_nfc_and_spaces():
    decomposed = "Ho\u0300a\u00a0Bi\u0300nh\u200b"
    assert normalize_text(decomposed) == "Hòa Bình"


def test_a_mojibake_line_and_html_entities_are_repaired_sound_capitals_are_not():
    text = "TÃ¬m kiáº¿m...\n&nbsp;Đoàn đại biểu &amp; khách mời\nNGÃ BA ĐỒNG LỘC"
    assert normalize_text(text) == "Tìm kiếm...\n Đoàn đại biểu & khách mời\nNGÃ BA ĐỒNG LỘC"
