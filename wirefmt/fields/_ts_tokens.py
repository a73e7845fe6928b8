"""The timestamp reader's tokens: one compiled pattern cuts the text (see ``_ts_reader``).

The pattern is possessive and bounded (linear time). This module also holds what the
tokens are read with before they get a role: the digits of every script written as ASCII
(:func:`ascii_digits`), the combining marks a word may hold (:data:`MARKS`), the phrases
that name a zone by its place (``wirefmt/data/zone_places.txt``), and :class:`Refused`.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from typing import Final, NamedTuple

from wirefmt.fields._months import fold
from wirefmt.fields._timewords import RELATIVE_TIME
from wirefmt.fields._zones import place_zone_rows

__all__ = [
    "CHARS",
    "CLOCKS",
    "LOCAL_TIME",
    "MARKS",
    "NUMERIC",
    "SKIP_PUNCT",
    "TOKEN",
    "Phrase",
    "Refused",
    "Tok",
    "Unknown",
    "ascii_digits",
    "cut",
    "place_zone",
    "place_zones",
]


class Refused(Exception):
    """The text is no timestamp; the message says why."""


class Unknown(Refused):
    """A word no table holds. The message, built only when read (``looks_like_timestamp``
    refuses prose by the thousand and never reads it), says "relative time" where a word of
    one ("ago", "vor", "назад") stands in the text."""

    def __init__(self, word: str, tokens: list[Tok]) -> None:
        super().__init__(word)
        self.word, self.tokens = word, tokens

    def __str__(self) -> str:
        if any(x.kind == "word" and fold(x.text) in RELATIVE_TIME for x in self.tokens):
            return "a relative time ('2 hours ago'): it needs the moment of reading"
        return f"unknown word {self.word!r}"


#: Combining marks (Unicode M) inside words of the scripts the tables hold: Hebrew points,
#: Arabic harakat and hamza above, the Indic blocks (Devanagari to Sinhala: vowel signs,
#: virama, nukta), Thai vowels and tones, ZWNJ and ZWJ (Persian, Indic). ``re`` has no
#: ``\p{M}``, and "\w" does not hold them: "जुलाई" would fall apart without them.
MARKS: Final = (
    "\u0300-\u036f\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7\u0610-\u061a"
    "\u064b-\u065f\u0670\u06d6-\u06ed\u0900-\u0dff\u0e31\u0e34-\u0e3a\u0e47-\u0e4e"
    "\u200c\u200d"
)
_HAS_MARK: Final = re.compile(f"[{MARKS}]")


def _token_pattern(letter: str) -> re.Pattern[str]:
    """The tokens, with ``letter`` the pattern of one letter of a word."""
    return re.compile(
        rf"""
        (?P<ampm>(?<!{letter})(?:[aApP]\.?[ \u00a0]?[mM]|[πΠμΜ]\.?[ \u00a0]?[μΜ])\.?(?![^\W_]))
        |(?P<ndate>[0-9]{{1,4}}+(?P<sep>[./-]|\.[ \u00a0]{{1,2}}+)[0-9]{{1,2}}+(?P=sep)
            [0-9]{{1,4}}+(?![0-9])\.?)
        |(?P<pdate>[0-9]{{1,2}}+(?:/[0-9]{{1,2}}+(?![0-9/])|\.[0-9]{{1,2}}+\.(?![0-9])))
        |(?P<time>[0-9]{{1,2}}+:[0-9]{{2}}+(?::[0-9]{{2}}+(?:[.,][0-9]{{1,9}}+)?)?(?![0-9]))
        |(?P<htime>[0-9]{{1,2}}+[hH](?:[0-9]{{2}}+)?(?![^\W_]))
        |(?P<dot>[0-9]{{1,2}}+\.[0-9]{{2}}+(?![0-9]))
        |(?P<num>[0-9]{{1,16}}+(?![0-9]))
        |(?P<word>{letter}{{1,30}}+(?:['’ʼ-]{letter}{{1,30}}+){{0,3}}+)
        |(?P<space>\s{{1,100}}+)
        |(?P<punct>.)
        """,
        re.VERBOSE,
    )


# A letter ("\w" without digits and "_"): the tokens run on ``re`` (possessive, bounded), which
# is twice as fast here as ``regex``; the text is NFC-normalised first, so accents are letters.
# A letter that may be a mark makes the word a repeated group, which ``re`` runs slower than
# a repeated class: the second pattern is used only for text that holds a mark.
TOKEN: Final = _token_pattern(r"[^\W\d_]")
_TOKEN_MARKS: Final = _token_pattern(rf"(?:[^\W\d_]|[{MARKS}])")
#: Every character a timestamp may hold: one C-speed check refuses most other text at once.
#: Arabic script prints its own comma "،"; CJK print full-width punctuation.
CHARS: Final = re.compile(rf"[\w\s,.|•·\-–—/()\[\]:;@+−'’ʼ：，、（）،{MARKS}]{{1,100}}+")

SKIP_PUNCT: Final = frozenset(",.|•·-–—/()[]:;@：，、（）،")


#: A decimal digit other than ASCII's (C speed: most non-ASCII text holds none).
_OTHER_DIGIT: Final = re.compile(r"(?![0-9])\d")


def ascii_digits(text: str) -> str:
    """``text`` with every decimal digit of another script (Unicode category Nd: Arabic-Indic
    ``٢٠٢٣``, Persian ``۱۴``, Devanagari ``२०२३``, full-width ``２０``, Bengali, Thai …) written
    as the ASCII digit of the same value; other characters (``²``, ``½``: no Nd) unchanged."""
    if text.isascii() or _OTHER_DIGIT.search(text) is None:
        return text
    return "".join(
        str(unicodedata.decimal(c)) if c.isdecimal() and not c.isascii() else c for c in text
    )


NUMERIC: Final = frozenset(("num", "ndate", "pdate", "time", "htime", "dot"))
CLOCKS: Final = frozenset(("time", "htime", "dot"))


class Tok(NamedTuple):
    """A token: its kind (a group name of :data:`TOKEN`), its text, and whether it is glued
    to the one before."""

    kind: str
    text: str
    glued: bool  # no space before it


def cut(text: str) -> list[Tok]:
    """The tokens of ``text``, spaces dropped (each token says whether one stood before it)."""
    out: list[Tok] = []
    spaced = False
    pattern = TOKEN if text.isascii() or _HAS_MARK.search(text) is None else _TOKEN_MARKS
    for m in pattern.finditer(text):
        kind = m.lastgroup or "punct"
        if kind == "sep":  # the named separator inside ndate is never the last group
            kind = "ndate"
        if kind == "space":
            spaced = True
            continue
        out.append(Tok(kind, m.group(), not spaced))
        spaced = False
    return out


#: The zone of a place phrase read as local time: the timestamp stays naive.
LOCAL_TIME: Final = "-"

Phrase = tuple[tuple[str, ...], str]  # the folded words after the first, the zone


@functools.cache
def place_zones() -> dict[str, tuple[Phrase, ...]]:
    """First folded word -> (the other folded words, zone), longest phrase first; built on
    the first timestamp that holds a word no other table knows."""
    table: dict[str, list[Phrase]] = {}
    for zone, phrase in place_zone_rows():
        words = [t for t in cut(unicodedata.normalize("NFC", phrase)) if t.kind != "punct"]
        if not words or any(t.kind != "word" for t in words):
            raise AssertionError(f"zone phrase {phrase!r} is not words")
        folded = [fold(t.text) for t in words]
        table.setdefault(folded[0], []).append((tuple(folded[1:]), zone))
    return {k: tuple(sorted(v, key=lambda p: -len(p[0]))) for k, v in table.items()}


def place_zone(
    places: dict[str, tuple[Phrase, ...]], tokens: list[Tok], i: int, key: str
) -> tuple[int, str] | None:
    """(number of tokens, zone) of a place phrase opening at tokens[i] (folded: ``key``)."""
    phrases = places.get(key)
    if phrases is None:
        return None
    for rest, zone in phrases:
        n = len(rest)
        if i + n < len(tokens) and all(
            tokens[i + 1 + k].kind == "word" and fold(tokens[i + 1 + k].text) == w
            for k, w in enumerate(rest)
        ):
            return n + 1, zone
    return None
