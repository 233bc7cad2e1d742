"""Markup a scraper left inside plain text: tags, comments and shortcodes, taken out before lines are read.

Hand-written rather than through an HTML parser: the text is not HTML but prose with a few stray
tags, and a parser would also read every "<" of the prose, collapse its line breaks and decode what
is already decoded. Only tags of known HTML elements are taken, so "a < b" or "<<Tên sách>>" stay.
"""
from __future__ import annotations

import re

from hoptac.model import Removed

# a tag that ends a block of text ("<p>", "</div>", "<br />"): the line ends there
_BLOCK = (r"p|div|br|hr|li|ul|ol|tr|td|th|table|tbody|thead|section|article|header|footer|aside|nav|figure"
          r"|figcaption|blockquote|h[1-6]|center|iframe|form|main")
_INLINE = r"span|strong|em|b|i|u|a|font|img|small|sup|sub|mark|abbr|cite|time|label|button|input|source|picture"
_TAG = re.compile(rf"<!--.*?-->|</?(?:(?P<block>{_BLOCK})|{_INLINE})(?=[\s/>])[^<>]{{0,400}}>|\[/?caption[^\]]{{0,300}}\]",
                  re.IGNORECASE | re.DOTALL)


def strip_markup(text: str) -> tuple[str, list[Removed]]:
    """The text without stray markup (a block tag becomes a line break), and each piece taken out."""
    if "<" not in text and "[caption" not in text and "[/caption" not in text:
        return text, []  # (most texts: a test for the two marks costs far less than a scan)
    removed: list[Removed] = []

    def replace(m: re.Match[str]) -> str:
        removed.append(Removed(m.group(0), "markup left in the text", None))
        return "\n" if m.group("block") else ""

    out = _TAG.sub(replace, text)
    if not removed:
        return text, []
    # a tag that held a line by itself leaves it empty; one inside a line leaves doubled spaces
    out = "\n".join(" ".join(line.split()) if line.strip() else "" for line in out.split("\n"))
    return out, removed
