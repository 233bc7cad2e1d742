"""A section's feed saved in place of the article: the one item with a whole story is the article."""
from hoptac.clean.feed import feed_story, is_feed
from hoptac.model import RawDocument
from hoptac.pipeline import extract_document

FEED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
<title>Báo Biên giới - Hợp tác</title>
<item>
<title><![CDATA[Tỉnh Quảng Bình tổ chức lễ ra quân mùa khô]]></title>
<pubDate>Mon, 02 Dec 2024 09:00:00 +0700</pubDate>
<description><![CDATA[Sáng nay, tỉnh Quảng Bình tổ chức lễ ra quân tìm kiếm hài cốt liệt sĩ.]]></description>
</item>
<item>
<title><![CDATA[Quảng Bình và Khăm Muộn ký kế hoạch hợp tác năm 2025]]></title>
<pubDate>Sun, 01 Dec 2024 23:40:00 +0700</pubDate>
<description><![CDATA[Hai tỉnh ký kế hoạch hợp tác.]]></description>
<content:encoded><![CDATA[<p><strong>TGVN. Chiều 1/12, tại thành phố Đồng Hới, ông Trần Phong, Chủ tịch UBND tỉnh Quảng Bình, đã hội đàm
với ông Vanxay Phongsavanh, Tỉnh trưởng tỉnh Khăm Muộn.</strong></p>
<p>Kết thúc hội đàm, hai bên đã ký Kế hoạch hợp tác năm 2025 giữa hai tỉnh.</p>]]></content:encoded>
</item>
</channel>
</rss>
"""


def test_the_item_with_a_whole_story_is_the_article_and_its_date_is_the_items():
    assert is_feed(FEED) and not is_feed("Hai tỉnh ký kế hoạch hợp tác\n\n<p>không phải feed</p>")
    a = extract_document(RawDocument("feed", FEED.encode("utf-8")))
    assert a.title == "Quảng Bình và Khăm Muộn ký kế hoạch hợp tác năm 2025"
    assert a.published == "2024-12-01"  # the item's own day, not UTC's (16:40 on the 1st) nor the feed's
    assert "ra quân mùa khô" not in a.clean_text and "<p>" not in a.clean_text and "TGVN." not in a.clean_text
    assert "Kết thúc hội đàm, hai bên đã ký Kế hoạch hợp tác năm 2025 giữa hai tỉnh." in a.clean_text
    assert [(e.type, e.date) for e in a.events if e.type == "talks"] == [("talks", "2024-12-01")]
    assert any(r.reason == "feed: another item" and "ra quân" in r.text for r in a.removed)


def test_a_feed_of_teasers_only_is_left_as_it_is():
    teasers = FEED.replace("<content:encoded>", "<!--").replace("</content:encoded>", "-->")
    assert feed_story(teasers) is None
