"""Cut a page dump into lines and name each line's shape ONCE, keeping what the match found.

Every later phase reads the :class:`Lines` record made here: the lines, their shapes, what a
shape's match found (a publisher line's edition and publisher, a locale's language, a
comma-joined list's items), and the lines of each shape in order. No phase matches a line's
shape again.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from typing import Final, NamedTuple, TypeAlias

import regex

from ..._unicode import bmp_classes
from ...fields.taglists import MAX_KEYWORD, MAX_WORDS, is_keyword, split_keyword_list
from ...fields.timestamps import looks_like_timestamp

__all__ = ["Line", "Lines", "cut"]

#: Characters stripped from both ends of a line: every Unicode space (NBSP included), the
#: byte-order mark and the zero-width space.
NOT_ISSPACE: Final = "\ufeff\u200b"
STRIP: Final = "".join(chr(c) for c in range(0x3001) if chr(c).isspace()) + NOT_ISSPACE
STRIP_SET: Final = frozenset(STRIP)
# (No ``isspace`` character lies above U+3000, so ``str.strip()`` with no arguments strips a
# subset of STRIP: every ``isspace`` character, and no other.)


# An ASCII capital (an upper-case letter in every Unicode version).
_ASCII_CAPITAL = re.compile("[A-Z]")
# What may follow a timestamp's first digit, besides white space ("" for a lone digit).
_DIGIT_OR_DOT: Final = "0123456789."

# A keyword line in its plainest form, which every other test of ``_shape`` names "keyword"
# when it is at most MAX_KEYWORD characters long: lower-case letters (``\p{Ll}`` below
# U+10000 but Georgian's, which prints no capitals: as ``is_keyword`` reads them) in at most
# MAX_WORDS words, maybe joined by hyphens or apostrophes. No digit (so no timestamp), no
# capital, no punctuation (no URL, locale, list or sentence end). Tests check, character
# by character, that both agree.
(_LL,) = bmp_classes([r"[\p{Ll}--\p{Script=Georgian}]"])
_LL_JOINED = _LL[:-1] + "'’-]"
PLAIN_KEYWORD = re.compile(rf"{_LL}{_LL_JOINED}*+(?: {_LL_JOINED}++){{0,{MAX_WORDS - 1}}}+")
# A run of characters that are not line ends: one raw line.
_LINE = regex.compile(r"[^\r\n]++")
# "https://cdn.example.org/img/2025/06/03/harbour_0:0:1920:1080_1920x0_80.jpg"
_URL = regex.compile(r"https?://[^\s]{1,2000}+")
# "fr_FR", "pt_BR", "zh_CN"
_LOCALE = regex.compile(r"(?P<lang>[a-z]{2,3})[_-][A-Z]{2}")
# "2024": the microdata's copyright year, on its own line.
_YEAR = regex.compile(r"(?:19|20)\d{2}")
# "1920 1080 true": an image's width, height and whether it is representative.
_IMAGE_SIZE = regex.compile(r"\d{1,5}+ \d{1,5}+(?: (?:true|false))?")
# "Sputnik Afrique retour@example.org +33100000000 Agence „Valmare Médias“ 252 60": the
# edition, its feedback address, a phone number (some pages leave it out), the publisher's
# legal name, a logo size. A line of prose can hold an address too ("Write to
# press@example.org for details.", "For questions, write to …"), and read as this line it
# would open the trailer in the middle of the body: the edition is a name (one to five words,
# not opening in lower case, no punctuation), the address does not end in a stop or a comma,
# and the publisher's name does not open in lower case.
_NAME_WORD = r"[^\s@,.:;!?…\"«»“”]{1,40}+"
_PUBLISHER = regex.compile(
    rf"(?P<edition>(?!\p{{Ll}}){_NAME_WORD}(?:\s++{_NAME_WORD}){{0,4}})"
    r"\s++(?P<mail>[^\s@]{1,64}+@[^\s@]{1,128}+(?<![.,;:]))\s++"
    r"(?:(?P<phone>\+?[\d()-]{4,24}+)\s++)?(?P<publisher>(?!\p{Ll})[^\n]{1,120}?)"
    r"(?:\s++\d{1,4}+\s++\d{1,4}+)?"
)
# "/html/head/meta[@property='og:description']/@content": a line the extractor left behind,
# with one path or several parted by spaces ("/html/head/title /html/head/meta[…]/@content").
_ONE_XPATH = r"/(?:[\w:.-]{1,64}+(?:\[[^\]\n]{0,200}+\])?+/){1,40}+@?[\w:.-]{1,64}+"
_XPATH = regex.compile(rf"{_ONE_XPATH}(?:\s++{_ONE_XPATH}){{0,15}}+")

#: The longest line that may be a timestamp ("Monday, 14 February 2022 14:18:00 +0100").
_MAX_TIMESTAMP: Final = 64
#: The longest publisher line and comma-joined keyword list looked at; longer is prose.
_MAX_PUBLISHER: Final = 400
_MAX_KEYWORD_LIST: Final = 4000
#: How many distinct raw lines ``cut`` remembers.
_SEEN_LINES: Final = 4096
#: The longest line ``cut`` remembers (raw or stripped): a longer one is a paragraph, seldom
#: repeated, and hashing it for the lookup costs several times what shaping it does (a
#: line of prose is told by its first character and its length).
_SEEN_MAX: Final = 512

#: What a shape's match found, kept with the line: a publisher line's (edition, publisher),
#: a locale's language, a comma-joined list's items; None for the other shapes.
Found: TypeAlias = "tuple[str, str] | tuple[str, ...] | str | None"

#: One stripped, non-blank line: its offsets, its text, the name of its shape and what the
#: shape's match found, read with the five indices below. A plain tuple: a
#: document may have thousands of lines, and a named tuple's or an attrs class's constructor
#: is a call that costs more than the rest of the line's cutting.
Line: TypeAlias = "tuple[int, int, str, str, Found]"
START: Final = 0
END: Final = 1
TEXT: Final = 2
SHAPE: Final = 3
FOUND: Final = 4


class Lines(NamedTuple):
    """A document cut into lines: the first record every phase reads (a named tuple: read
    only, and built at the cost of a tuple).

    Attributes:
        text: the whole document, as decoded.
        lines: its stripped, non-blank lines (:data:`Line`), in order.
        by_shape: the indices of the lines of each shape, in order.
        blank_parted: whether the dump parts its blocks by blank lines (the usual layout), so
            that lines with no blank line between them belong to one block.
    """

    text: str
    lines: Sequence[Line]
    by_shape: Mapping[str, Sequence[int]]
    blank_parted: bool

    def size(self, i: int) -> int:
        """The length of line ``i``."""
        line = self.lines[i]
        return line[END] - line[START]


def cut(text: str) -> Lines:
    """Cut the text into stripped, non-blank lines with their offsets, and shape each once."""
    lines: list[Line] = []
    by_shape: dict[str, list[int]] = {}
    _cut(text, lines, by_shape)
    blank_parted = "\n\n" in text or "\n\r\n" in text or "\r\r" in text
    # (the read-only types say that no phase changes the lists, which are not copied)
    return Lines(text, lines, by_shape, blank_parted)


def _cut(text: str, out: list[Line], by_shape: dict[str, list[int]]) -> None:
    """Fill ``out`` with the lines of ``cut``, and ``by_shape`` with the indices of the lines
    of each shape. A line's shape depends on its text alone, so each distinct text is shaped
    once per document: keywords and tags repeat, and so do the trailer's lines."""
    append = out.append
    shapes: dict[str, tuple[str, Found]] = {}
    # (``in`` first: most dumps hold no "\r", and it is told far faster than counted)
    if "\r" in text and text.count("\r") != text.count("\r\n"):
        # A lone "\r" ends a line too (old Mac files): the slower, general cut.
        for m in _LINE.finditer(text):
            raw = m.group()
            stripped = raw.strip(STRIP)
            if stripped:
                start = m.start() + len(raw) - len(raw.lstrip(STRIP))
                got = shapes.get(stripped) or shapes.setdefault(stripped, _shape(stripped))
                by_shape.setdefault(got[0], []).append(len(out))
                append((start, start + len(stripped), stripped, got[0], got[1]))
        return
    # "\n" and "\r\n" line ends: a plain split is four times faster than a pattern, and a
    # "\r" left at a line's end is white space that the strip removes. A raw line met
    # before is looked up whole (keywords, tags and trailer lines repeat): what the lookup
    # gives is all a line costs, so it is kept ready to use (see ``_cut_line``). The first
    # few thousand distinct lines are remembered, so memory stays bounded. Every step in
    # this loop runs once a line: a document of thousands of keyword lines spends most of
    # its time here, and each bytecode saved shows.
    pos = 0
    seen: dict[str, _Cut] = {}
    seen_get = seen.get
    for raw in text.split("\n"):
        if not raw:
            pos += 1  # a blank line between blocks: the commonest line of all
            continue
        short = len(raw) <= _SEEN_MAX
        cut = seen_get(raw) if short else None
        if cut is None:
            cut = _cut_line(raw, shapes, by_shape)
            if short and len(seen) < _SEEN_LINES:
                seen[raw] = cut
        if cut is not _BLANK:
            lead, end, tail, add = cut
            add(len(out))
            append((pos + lead, pos + end) + tail)  # noqa: RUF005 (unpacking builds a list)
        pos += len(raw) + 1


#: What ``_cut_line`` makes of a raw line: the stripped text's start and end in the raw line,
#: the rest of its :data:`Line` (text, shape, what the shape found), and the ``append`` of
#: the list of the lines of its shape in ``Lines.by_shape``.
_Cut: TypeAlias = "tuple[int, int, tuple[str, str, Found], Callable[[int], None]]"
#: What ``_cut_line`` makes of a line of white space alone.
_BLANK: Final[_Cut] = (0, 0, ("", "", None), lambda _: None)


def _cut_line(
    raw: str, shapes: dict[str, tuple[str, Found]], by_shape: dict[str, list[int]]
) -> _Cut:
    """Strip one raw line and name its shape (a text shaped before is looked up, unless it
    is longer than ``_SEEN_MAX``).

    The strip without arguments (every ``isspace`` character, all of them in STRIP) is the
    fast one; only a line that then still begins or ends with one of the two others needs
    the full strip."""
    stripped = raw.strip()
    if stripped and (stripped[0] in NOT_ISSPACE or stripped[-1] in NOT_ISSPACE):
        stripped = stripped.strip(STRIP)
    if not stripped:
        return _BLANK
    lead = 0 if stripped[0] == raw[0] else len(raw) - len(raw.lstrip(STRIP))
    named = shapes.get(stripped) if len(stripped) <= _SEEN_MAX else _shape(stripped)
    if named is None:
        named = shapes[stripped] = _shape(stripped)
    bucket = by_shape.get(named[0])
    if bucket is None:
        bucket = by_shape[named[0]] = []  # (the line is added to it at once: never empty)
    return (lead, lead + len(stripped), (stripped, named[0], named[1]), bucket.append)


_KEYWORD: Final[tuple[str, Found]] = ("keyword", None)
_PROSE: Final[tuple[str, Found]] = ("prose", None)
_TIMESTAMP: Final[tuple[str, Found]] = ("timestamp", None)


def _shape(text: str) -> tuple[str, Found]:
    """Name what one line looks like, from its text alone, with what the match found.

    The cheap tests (length, first character) run first, so that a long body line is named
    prose after a handful of comparisons instead of a dozen pattern matches, and a plain
    keyword (``russie``, ``joe biden``) by one match.
    """
    size = len(text)
    first = text[0]
    if first.isdigit():
        # every timestamp form opens with two digits, or a digit then a space or a dot
        second = text[1:2]
        if (
            size <= _MAX_TIMESTAMP
            and (second in _DIGIT_OR_DOT or second.isspace())
            and looks_like_timestamp(text)
        ):
            return _TIMESTAMP
        if size == 4 and _YEAR.fullmatch(text):
            return ("year", None)
        if _IMAGE_SIZE.fullmatch(text):
            return ("image-size", None)
    elif first.islower():
        if size <= MAX_KEYWORD and PLAIN_KEYWORD.fullmatch(text):
            return _KEYWORD  # the commonest short line, named in one match
        if first == "h" and _URL.fullmatch(text):
            return ("url", None)
        if size <= 6:
            m = _LOCALE.fullmatch(text)
            if m is not None:
                return ("locale", m.group("lang"))
        if first in "mtwfs" and size <= _MAX_TIMESTAMP and looks_like_timestamp(text):
            return _TIMESTAMP  # "mon, 14 feb 2022 14:18:00 +0100"
    elif first == "/":
        if _XPATH.fullmatch(text):
            return ("extractor", None)
    elif first in "FMSTW" and size <= _MAX_TIMESTAMP and looks_like_timestamp(text):
        # "Mon, 14 Feb 2022 …": past a digit, a timestamp opens with a day's name, and no
        # other character that is neither a digit nor lower case matches those letters
        # case-insensitively (the pattern's flag).
        return _TIMESTAMP
    if size <= _MAX_PUBLISHER and "@" in text:
        m = _PUBLISHER.fullmatch(text)
        if m is not None:
            return ("publisher", (m.group("edition").strip(), m.group("publisher").strip()))
    if "A" <= first <= "Z":
        # (most titles, descriptions and body lines: a list of keywords and a keyword have
        # no capital at all, and neither test need run to tell it)
        return _PROSE
    if size <= _MAX_KEYWORD_LIST and (", " in text or "، " in text):  # (Arabic's comma too)
        items = split_keyword_list(text)
        if items is not None:
            return ("keyword-list", items)
    # (a line with an ASCII capital is never a keyword: ``is_keyword`` refuses any upper-case
    # letter, and ``re`` finds one faster than ``is_keyword`` runs)
    if size <= MAX_KEYWORD and _ASCII_CAPITAL.search(text) is None and is_keyword(text):
        return _KEYWORD
    return _PROSE
