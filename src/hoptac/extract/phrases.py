"""Fast search for an alternation of lexicon phrases (event cues, places, agreement names).

Python's ``re`` tries every branch of an alternation at every word start; the lexicons are
dozens of phrases, most words of an article start none of them, and that search was the
largest single cost of extraction. ``PhraseSet`` reads, once, which words each phrase can
start with (from the compiled pattern's own parse tree), then tries the alternation only
where such a word starts, and there only the branches that word can start. It finds
exactly what ``pattern.finditer`` finds; a phrase whose
first word cannot be listed (one that starts with ``\\w+``, say) makes it fall back to the
plain search. Hand-written: no maintained library prefilters a regex alternation this way
(flashtext and pyahocorasick take literal strings, not the patterns the lexicons hold).
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

try:  # the parser behind ``re.compile``; private, so any surprise means "no prefilter"
    from re import _constants as _c  # type: ignore[attr-defined]
    from re import _parser as _p  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - Python < 3.11 is not supported anyway
    _p = None

_WORD = re.compile(r"\w+")
_WORD_CHAR = re.compile(r"\w")
_MAX_WORDS = 5000  # a pattern that can start with more words than this is not worth listing
_MAX_TRIGGER_WORDS = 64  # above this many first words, a set lookup per word beats an alternation of them


class _Unlisted(Exception):
    """The pattern's first word cannot be enumerated."""


def _ends_word(ch: int) -> bool:
    return _WORD_CHAR.match(chr(ch)) is None


def _first_words(items: list, prefix: str, out: set[str], opened: set[str] | None = None) -> None:
    """Add to ``out`` every first word (up to the first non-word character) that the
    sequence ``items`` can produce after ``prefix``. Where the word could go on (a letter
    class, a digit, the pattern's end) its letters so far go to ``opened`` when one is
    given: a match must then start with them, though the word may be longer."""
    if len(out) > _MAX_WORDS:
        raise _Unlisted

    def open_word() -> None:
        if opened is None or not prefix:
            raise _Unlisted  # only a closed word can be looked up
        opened.add(prefix)

    if not items:
        open_word()
        return
    op, av = items[0]
    rest = items[1:]
    if op is _c.LITERAL:
        if _ends_word(av):
            if not prefix:
                raise _Unlisted
            out.add(prefix)
        else:
            _first_words(rest, prefix + chr(av), out, opened)
    elif op is _c.SUBPATTERN:
        _first_words(list(av[3]) + rest, prefix, out, opened)
    elif op is _c.BRANCH:
        for alt in av[1]:
            _first_words(list(alt) + rest, prefix, out, opened)
    elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
        lo, hi, sub = av
        if lo == 0:
            _first_words(rest, prefix, out, opened)
        if hi == 1:
            _first_words(list(sub) + rest, prefix, out, opened)
        elif _starts_with_word_end(list(sub)) and prefix:
            out.add(prefix)
        else:
            open_word()
    elif op is _c.ASSERT_NOT and av[0] == 1 and _is_word_test(list(av[1])):
        if not prefix:  # "(?!\w)" closes the word
            raise _Unlisted
        out.add(prefix)
    elif op is _c.ASSERT and av[0] == 1 and _starts_with_word_end(list(av[1])):
        if not prefix:
            raise _Unlisted
        out.add(prefix)
    elif op in (_c.ASSERT, _c.ASSERT_NOT, _c.AT):
        _first_words(rest, prefix, out, opened)  # zero-width: checked by the real match
    elif op is _c.IN:
        if _set_ends_word(av):
            if not prefix:
                raise _Unlisted
            out.add(prefix)
        elif all(o is _c.LITERAL and not _ends_word(v) for o, v in av):
            for _, v in av:
                _first_words(rest, prefix + chr(v), out, opened)
        else:
            open_word()
    else:
        open_word()


def _set_ends_word(av: list) -> bool:
    return all(
        (o is _c.LITERAL and _ends_word(v))
        or (o is _c.CATEGORY and v in (_c.CATEGORY_SPACE, _c.CATEGORY_NOT_WORD, _c.CATEGORY_UNI_SPACE, _c.CATEGORY_UNI_NOT_WORD))
        for o, v in av
    )


def _is_word_test(items: list) -> bool:
    """``\\w`` (alone, or as the only member of a set)."""
    if len(items) != 1:
        return False
    op, av = items[0]
    return op is _c.IN and len(av) == 1 and av[0][0] is _c.CATEGORY and av[0][1] in (_c.CATEGORY_WORD, _c.CATEGORY_UNI_WORD)


def _starts_with_word_end(items: list) -> bool:
    if not items:
        return False
    op, av = items[0]
    if op is _c.LITERAL:
        return _ends_word(av)
    if op is _c.IN:
        return _set_ends_word(av)
    if op is _c.SUBPATTERN:
        return _starts_with_word_end(list(av[3]))
    if op is _c.MAX_REPEAT or op is _c.MIN_REPEAT:
        return av[0] >= 1 and _starts_with_word_end(list(av[2]))
    return False


_ESCAPED = re.compile(r"\\(.)", re.DOTALL)


def _literal_first_word(branch: str) -> str | None:
    """The first word of a branch that is an escaped literal (``re.escape(phrase)``, what most
    lexicons give) when it is closed by a non-word character; None otherwise. Saves parsing
    hundreds of place and title names at start-up."""
    text = _ESCAPED.sub(r"\1", branch)
    if re.escape(text) != branch:
        return None  # not a plain literal: ask the parser
    w = _WORD.match(text)
    if w is None or w.end() == len(text):
        return None  # a one-word phrase: whether its word is closed depends on what follows
    return w.group()


def first_words(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """Lower-cased words a match of ``pattern`` can begin with, or None when they cannot
    be listed."""
    if _p is None:
        return None
    out: set[str] = set()
    try:
        _first_words(list(_p.parse(pattern, flags)), "", out)
    except (_Unlisted, RecursionError, AttributeError, TypeError):
        return None
    return frozenset(w.lower() for w in out)


def first_letters(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """Lower-cased letters every match of ``pattern`` must begin with (whole first words,
    or the start of one where the word can go on: "sáng" of "sáng23/5"), or None when a
    match can begin otherwise."""
    if _p is None:
        return None
    out: set[str] = set()
    opened: set[str] = set()
    try:
        _first_words(list(_p.parse(pattern, flags)), "", out, opened)
    except (_Unlisted, RecursionError, AttributeError, TypeError):
        return None
    return frozenset(w.lower() for w in out | opened)


def _trigger(words: frozenset[str], whole: bool = True) -> re.Pattern[str]:
    """Any of ``words`` as a whole word (or, not ``whole``, the start of a word), on
    lower-cased text.

    Shaped for Python's engine, which neither merges an alternation's common starts nor
    skips ahead when a pattern opens with a test: one branch per first letter, each opening
    with that letter (so the engine skips in C to the letters that can start a word) and
    checking right after it that a word starts there."""
    by_first: dict[str, list[str]] = {}
    for w in sorted(words, key=len, reverse=True):
        by_first.setdefault(w[0], []).append(w[1:])
    branches = []
    for first, rests in by_first.items():
        tails = "|".join(re.escape(r) for r in rests)  # longest first; "" (a one-letter word) last
        branches.append(f"{re.escape(first)}(?<!\\w.)(?:{tails})")
    return re.compile("(?:" + "|".join(branches) + (r")(?!\w)" if whole else ")"))


@lru_cache(maxsize=16)  # an article's texts are searched by a dozen phrase sets each
def _lowered(text: str) -> str:
    return text.lower()


class _LazyMatch:
    """A branch subset's ``match``, compiled the first time its word is met (most words of a
    large lexicon never are in one run), then put in its place in ``table``."""

    __slots__ = ("flags", "source", "table", "word")

    def __init__(self, table: dict, word: str, source: str, flags: int) -> None:
        self.table, self.word, self.source, self.flags = table, word, source, flags

    def __call__(self, text: str, pos: int, endpos: int) -> re.Match[str] | None:
        match = re.compile(self.source, self.flags).match
        self.table[self.word] = match
        return match(text, pos, endpos)


@dataclass(frozen=True)
class PhraseSet:
    """An alternation of phrases that each begin a word, searched word by word."""

    pattern: re.Pattern[str]
    # the first words (or, where a word can go on, its first letters); None: no prefilter
    starts: frozenset[str] | None
    trigger: re.Pattern[str] | None  # finds ``starts`` in lower-cased text
    # first word → ``match`` of the branches that can start with it (the same branches, in
    # the same order, that the whole alternation would try there); None with a trigger:
    # the starts are open, and the whole pattern is tried at each
    by_word: dict[str, Callable[..., re.Match[str] | None]] | None = None

    @classmethod
    def compile(cls, alternatives: str, flags: int = 0, whole_words: bool = True) -> PhraseSet:
        """``alternatives``: a regex (usually ``a|b|c``); every match starts at a word start,
        and with ``whole_words`` ends at a word end."""
        return cls.from_branches([alternatives], flags, whole_words)

    @classmethod
    def from_branches(cls, branches: Sequence[str], flags: int = 0, whole_words: bool = True) -> PhraseSet:
        """The alternation of ``branches`` (earlier ones win where several match, as in a
        regex); at a word only the branches that can start with it are tried."""
        tail = r"(?!\w)" if whole_words else ""

        def body(alternatives: str) -> str:
            return rf"(?<!\w)(?=\w)(?:{alternatives}){tail}"

        pattern = re.compile(body("|".join(branches)), flags)
        per_branch = []
        for b in branches:
            word = _literal_first_word(b)
            per_branch.append(frozenset([word.lower()]) if word is not None else first_words(body(b), flags))
        if any(words is None for words in per_branch):
            # a first word that can go on: try the whole pattern where one of its starts begins
            begins = first_letters(body("|".join(branches)), flags)
            if begins:  # "sáng" covers "sángngày": a start is all the trigger needs
                begins = frozenset(w for w in begins if not any(v != w and w.startswith(v) for v in begins))
            if begins and len(begins) <= _MAX_TRIGGER_WORDS:
                return cls(pattern, begins, _trigger(begins, whole=False), None)
            return cls(pattern, None, None, None)
        starts = frozenset().union(*per_branch)  # type: ignore[arg-type]
        mine_of: dict[str, list[str]] = {w: [] for w in starts}
        for b, words in zip(branches, per_branch):
            for w in words:  # type: ignore[union-attr]
                mine_of[w].append(b)
        by_word: dict[str, Callable[..., re.Match[str] | None]] = {}
        for word, mine in mine_of.items():
            by_word[word] = pattern.match if len(mine) == len(branches) else _LazyMatch(by_word, word, body("|".join(mine)), flags)
        # Literal words first in the pattern (no look-behind before them): the engine then
        # skips in C to the positions whose letter can start one; the word start is
        # checked on the few hits.
        # (A long list of words is slower as an alternation than a set lookup per word.)
        trigger = _trigger(starts) if starts and len(starts) <= _MAX_TRIGGER_WORDS else None
        return cls(pattern, starts, trigger, by_word)

    def match_at(self, text: str, pos: int, endpos: int | None = None) -> re.Match[str] | None:
        """``self.pattern.match(text, pos, endpos)``, trying only the branches the word at
        ``pos`` can start."""
        end = len(text) if endpos is None else endpos
        if self.by_word is None:
            return self.pattern.match(text, pos, end)
        w = _WORD.match(text, pos, end)
        fn = self.by_word.get(w.group().lower()) if w is not None else None
        return fn(text, pos, end) if fn is not None else None

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match[str]]:
        """The matches ``self.pattern.finditer(text, pos, endpos)`` would give, in order."""
        end = len(text) if endpos is None else endpos
        if self.by_word is None and self.trigger is None:
            yield from self.pattern.finditer(text, pos, end)
            return
        by_word = self.by_word
        after = pos
        if by_word is None:  # starts known, words open: the whole pattern at each start
            low = _lowered(text)
            if len(low) != len(text):
                yield from self.pattern.finditer(text, pos, end)
                return
            match = self.pattern.match
            for w in self.trigger.finditer(low, pos, end):  # type: ignore[union-attr]
                if w.start() >= after:
                    m = match(text, w.start(), end)
                    if m is not None:
                        yield m
                        after = m.end()
            return
        if self.trigger is None:
            for w in _WORD.finditer(text, pos, end):
                if w.start() >= after:
                    fn = by_word.get(w.group().lower())
                    if fn is not None:
                        m = fn(text, w.start(), end)
                        if m is not None:
                            yield m
                            after = m.end()
            return
        low = _lowered(text)
        if len(low) != len(text):  # a letter whose lower case is longer: offsets would drift
            yield from self.pattern.finditer(text, pos, end)
            return
        for w in self.trigger.finditer(low, pos, end):  # each starts a word (see ``_trigger``)
            at = w.start()
            if at < after:
                continue
            m = by_word[w.group()](text, at, end)
            if m is not None:
                yield m
                after = m.end()

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        """The first match, as ``self.pattern.search`` finds it."""
        return next(self.finditer(text, pos, endpos), None)


_UNION_TRIGGERS: dict[tuple[int, ...], re.Pattern[str]] = {}


def find_all(sets: Sequence[PhraseSet], text: str) -> list[list[re.Match[str]]]:
    """``list(s.finditer(text))`` for each of ``sets``, from one scan of the text for all
    their first words instead of one scan each (the scans were the larger part of the cost)."""
    low = _lowered(text)
    if len(low) != len(text) or any(s.by_word is None or s.trigger is None for s in sets):
        return [list(s.finditer(text)) for s in sets]
    key = tuple(id(s) for s in sets)
    trigger = _UNION_TRIGGERS.get(key)
    if trigger is None:  # the sets are module constants: one union per combination
        trigger = _UNION_TRIGGERS[key] = _trigger(frozenset().union(*(s.starts or () for s in sets)))
    tables = [s.by_word for s in sets]
    out: list[list[re.Match[str]]] = [[] for _ in sets]
    after = [0] * len(sets)
    end = len(text)
    for w in trigger.finditer(low):
        word, at = w.group(), w.start()
        for i, table in enumerate(tables):
            if at >= after[i]:
                fn = table.get(word)  # type: ignore[union-attr]
                if fn is not None:
                    m = fn(text, at, end)
                    if m is not None:
                        out[i].append(m)
                        after[i] = m.end()
    return out

