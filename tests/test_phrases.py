"""PhraseSet must find exactly what the plain alternation finds, only faster."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hoptac.clean.normalize import tone_key
from hoptac.extract.agreements import _cue_re
from hoptac.extract.dates import _DAY_MONTH, _MONTH, _RELATIVE
from hoptac.extract.events import _cue_matcher, _places
from hoptac.extract.phrases import PhraseSet, first_words

GOLD = Path(__file__).parent / "gold" / "docs"


@pytest.mark.parametrize(
    ("pattern", "words"),
    [
        (r"(?:sang |đến )?thăm(?: và)?(?= |,)", {"sang", "đến", "thăm"}),
        (r"điện đàm(?:\s+trực tuyến)?(?!\w)", {"điện"}),
        (r"(?:cuộc|buổi) [hk]ội(?!\w)", {"cuộc", "buổi"}),
        (r"Hội Nghị(?!\w)", {"hội"}),
        (r"ký(?: kết)?(?!\w)", {"ký"}),
    ],
)
def test_first_words_of_a_phrase(pattern: str, words: set[str]) -> None:
    assert first_words(pattern, re.IGNORECASE) == words


@pytest.mark.parametrize(
    "pattern",
    [r"lễ", r"\w+ ký(?!\w)", r"(?:lễ)?(?!\w)", r"[^ ]+ ký(?!\w)", r"ký\w*(?!\w)"],
)
def test_unlistable_first_words_fall_back(pattern: str) -> None:
    """An open word (no end after it), or a start that is not a list of words: no prefilter."""
    assert first_words(pattern, re.IGNORECASE) is None


def test_fallback_still_finds_everything() -> None:
    ps = PhraseSet.compile(r"\w+ ký", re.IGNORECASE)
    assert ps.starts is None
    assert [m.group() for m in ps.finditer("hai bên ký, rồi ba bên ký")] == ["bên ký", "bên ký"]


def _spans(ps: PhraseSet, text: str) -> list[tuple[int, int, str | None]]:
    return [(m.start(), m.end(), m.lastgroup) for m in ps.finditer(text)]


def _plain(ps: PhraseSet, text: str) -> list[tuple[int, int, str | None]]:
    return [(m.start(), m.end(), m.lastgroup) for m in ps.pattern.finditer(text)]


LEXICON_SETS = {
    "event cues": lambda: _cue_matcher()[0],
    "places": lambda: _places()[0],
    "agreements": _cue_re,
    "relative dates": lambda: _RELATIVE,
    "months": lambda: _MONTH,
    "day and month": lambda: _DAY_MONTH,
}


@pytest.mark.parametrize("name", sorted(LEXICON_SETS))
def test_lexicon_sets_have_a_prefilter(name: str) -> None:
    """If a lexicon row made its first words unlistable, extraction would silently slow down."""
    assert LEXICON_SETS[name]().starts


@pytest.mark.parametrize("name", sorted(LEXICON_SETS))
def test_same_matches_as_the_plain_pattern_on_the_gold_articles(name: str) -> None:
    ps = LEXICON_SETS[name]()
    texts = [tone_key(p.read_text(encoding="utf-8")) for p in sorted(GOLD.glob("*.txt"))]
    assert texts
    found = 0
    for text in texts:
        for t in (text, text.lower(), text.upper()):
            got = _spans(ps, t)
            assert got == _plain(ps, t)
            found += len(got)
    assert found > 0


WORDS = ["hội", "đàm", "Hội", "HỘI", "nghị", "tiếp", "đoàn", "đã", "ký", "kết", "lễ", "thăm", "sang", "Viêng", "Chăn",
         "tỉnh", "Hủa", "Phăn", "thỏa", "thoả", "thuận", "xhội", "hộix", "cuộc", "gặp", "mặt", "làm", "việc", "với",
         "sáng", "Chiều", "ngày", "hôm", "nay", "mai", "23", "5", "12/3", "sáng23", "tối", "(16"]
SEPS = [" ", "  ", ", ", ". ", "\n", "-", "", "; ", "(", ")", "/"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(SEPS)), max_size=30), st.integers(0, 5))
def test_same_matches_on_generated_text(pieces: list[tuple[str, str]], pos: int) -> None:
    text = "".join(w + s for w, s in pieces)
    for ps in (f() for f in LEXICON_SETS.values()):
        assert _spans(ps, text) == _plain(ps, text)
        start = min(pos, len(text))
        assert [m.span() for m in ps.finditer(text, start)] == [m.span() for m in ps.pattern.finditer(text, start)]


def test_branches_keep_their_order_where_several_match() -> None:
    """At a word only its own branches are tried, in the order given: the first that matches
    wins, as in one alternation ("lễ ký" listed before "lễ")."""
    ps = PhraseSet.from_branches([r"(?P<b0>lễ ký)", r"(?P<b1>lễ)", r"(?P<b2>hội đàm)", r"(?P<b3>ký kết)"], re.IGNORECASE)
    text = "Lễ ký diễn ra sau hội đàm; lễ mừng và ký kết."
    assert [(m.group(), m.lastgroup) for m in ps.finditer(text)] == [
        ("Lễ ký", "b0"), ("hội đàm", "b2"), ("lễ", "b1"), ("ký kết", "b3")]
    assert _spans(ps, text) == _plain(ps, text)
    assert ps.match_at(text, text.index("hội")).group() == "hội đàm"
    assert ps.match_at(text, text.index("diễn")) is None


@pytest.mark.parametrize(
    "phrase", ["Thủ tướng", "Bộ trưởng Bộ Ngoại giao", "Viêng Chăn", "Lào", "đ/c", "Bà Rịa - Vũng Tàu", "(TTXVN)", "Hạ Long"]
)
def test_literal_phrases_take_the_short_way_to_the_same_first_word(phrase: str) -> None:
    """Escaped literals (most lexicons) skip the regex parser at start-up; same answer."""
    from hoptac.extract.phrases import _literal_first_word

    escaped = re.escape(phrase)
    parsed = first_words(rf"(?<!\w)(?=\w)(?:{escaped})(?!\w)")
    quick = _literal_first_word(escaped)
    assert quick is None or frozenset([quick.lower()]) == parsed


def test_a_word_met_for_the_first_time_compiles_its_branches_once() -> None:
    ps = PhraseSet.from_branches([re.escape(p) for p in ["Thủ tướng", "Thủ đô", "Bộ trưởng", "Chủ tịch nước", "Chủ tịch"]])
    text = "Thủ tướng gặp Chủ tịch nước tại Thủ đô; Chủ tịch phát biểu."
    assert ps.by_word is not None
    before = ps.by_word["thủ"]
    assert [m.group() for m in ps.finditer(text)] == ["Thủ tướng", "Chủ tịch nước", "Thủ đô", "Chủ tịch"]
    assert ps.by_word["thủ"] is not before  # replaced by the compiled matcher
    assert _spans(ps, text) == _plain(ps, text)


def test_one_scan_for_several_sets_finds_what_each_finds_alone():
    from hoptac.extract.events import _PAIR_REF, _PLANNED, _SPEECH, _VISITOR_REF
    from hoptac.extract.phrases import find_all

    sets = (_SPEECH, _PLANNED, _VISITOR_REF, _PAIR_REF, _cue_matcher()[0])
    texts = [p.read_text(encoding="utf-8") for p in sorted(GOLD.glob("*.txt"))]
    found = 0
    for text in texts:
        together = find_all(sets, text)
        assert [[m.span() for m in ms] for ms in together] == [[m.span() for m in s.finditer(text)] for s in sets]
        found += sum(map(len, together))
    assert found > 0
