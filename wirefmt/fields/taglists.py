"""Keyword and tag lists: the short lower-case lines of the page dump, and comma-joined lists.

A keyword (or tag) line is short, has no upper-case letter and no final sentence punctuation,
and does not open with a bullet or a dash (``- a second ferry line`` is an item of a list in
the body): ``énergie solaire``, ``maire de valmare``, ``министерство энергетики (минэнерго)``. In
scripts without letter case (Arabic, Chinese …) only the length tells, so the limit is
tighter there.
"""

from __future__ import annotations

import re
from typing import Final

import regex

from wirefmt._unicode import SENTENCE_STOPS

__all__ = ["is_keyword", "is_uncased", "split_keyword_list"]

#: Longest keyword line accepted (the longest seen in real dumps is about 45 characters).
MAX_KEYWORD: Final = 60
#: In a script without letter case, nothing but the length tells a keyword from a title.
MAX_UNCASED_KEYWORD: Final = 24
MAX_WORDS: Final = 6
#: What opens an item of a list in a body, never a keyword: dashes and bullets.
BULLETS: Final = frozenset("-‐‑–—―•◦▪▫‣⁃∙·*►▶→")

# A capital anywhere ("Joe Biden") means a title or prose, not a keyword.
_UPPER = regex.compile(r"\p{Lu}|\p{Lt}")
# A lower-case letter of a script that prints capitals in running text: tells a cased
# script from an uncased one. Georgian's Mkhedruli letters are lower case in Unicode, but
# Georgian prints no capitals (its Mtavruli are for display), so in Georgian, as in Arabic or
# Chinese, the lack of a capital tells nothing.
_CASED = regex.compile(r"[\p{Ll}--\p{Script=Georgian}]", flags=regex.VERSION1)
# A sentence ending inside the line, another following it ("…gaixsna. 03.06.2025",
# "il a parlé. puis"): a keyword is words, not sentences. After a word of three letters or
# more, so that initials ("j.k. rowling", "u.s. sanctions") stay keywords.
# The full stops and question and exclamation marks of every script: ``. ! ? …``, CJK
# ``。！？``, Arabic ``؟``, Urdu ``۔``, Devanagari ``। ॥``, Armenian ``։``, Ethiopic ``። ፧``,
# the Greek question mark ``;`` (U+037E).
_ENDS = SENTENCE_STOPS.replace(".", "") + "॥።፧。！？"  # (a final "." is told apart below)
_STOP_THEN_SPACE = re.compile(rf"[.{_ENDS}]\s")
_SENTENCE_INSIDE = regex.compile(rf"\p{{L}}{{3}}[.{_ENDS}]\s++\S")
# Sentence-final punctuation, or text that a keyword never holds (a URL, an address).
_NOT_KEYWORD = regex.compile(rf"[{_ENDS}:;]\s*+$|://|@")
# A final full stop is an abbreviation's ("donald trump jr.") only after a short word of a
# cased script: a word of a script without case ends no abbreviation so (Korean ``말했다.``).
_FINAL_STOP = regex.compile(
    r"(?:^|\s)\p{L}{4,}+\.$|\.\.$|[[\p{Lo}\p{Georgian}]--[ªº]]\.$", regex.VERSION1
)
_LETTER = regex.compile(r"\p{L}")
# _UPPER or _NOT_KEYWORD, in one pattern: is_keyword's first test.
_REFUSE = regex.compile(_UPPER.pattern + "|" + _NOT_KEYWORD.pattern)
# The separator of a comma-joined list: "énergie, port, climat".
_LIST_SEP = regex.compile(r"\s*+[,،、]\s*+")


def is_keyword(text: str) -> bool:
    """Tell whether one stripped line has the shape of a keyword or a tag.

    >>> is_keyword("vladimir poutine"), is_keyword("Joe Biden"), is_keyword("il a parlé.")
    (True, False, False)
    >>> is_keyword("donald trump jr.")  # a final stop after a short word: an abbreviation
    True
    >>> is_keyword("- a second ferry line")  # an item of a list in the body
    False
    """
    if not isinstance(text, str):
        raise TypeError(f"is_keyword() needs a str, not {type(text).__name__}")
    if not text or len(text) > MAX_KEYWORD or text.count(" ") >= MAX_WORDS:
        return False
    if text[0] in BULLETS:
        return False
    # One search for both reasons to refuse, and the letter test only for uncased text (a
    # lower-case letter is a letter): two regex calls a line instead of four, which is most
    # of the cost of a dump made of thousands of keyword lines.
    if _REFUSE.search(text):
        return False
    if _STOP_THEN_SPACE.search(text) and _SENTENCE_INSIDE.search(text):
        return False
    cased = _CASED.search(text) is not None
    if not cased and not _LETTER.search(text):
        return False
    if text.endswith(".") and (
        _FINAL_STOP.search(text) or ("." not in text[-5:-1] and " " not in text)
    ):
        return False
    return cased or len(text) <= MAX_UNCASED_KEYWORD


def is_uncased(text: str) -> bool:
    """Whether ``text`` has no letter of a script that prints capitals (Arabic, Chinese,
    Georgian …): there, a line without a capital may still be a title.

    >>> is_uncased("港口新电站"), is_uncased("ახალი ხიდი"), is_uncased("новый мост")
    (True, True, False)
    """
    return _CASED.search(text) is None


def split_keyword_list(text: str) -> tuple[str, ...] | None:
    """Split a comma-joined keyword list; None unless every item has a keyword's shape.

    >>> split_keyword_list("énergie, port, marie curie")
    ('énergie', 'port', 'marie curie')
    >>> split_keyword_list("Paris, le 3 mai") is None
    True
    """
    if not isinstance(text, str):
        raise TypeError(f"split_keyword_list() needs a str, not {type(text).__name__}")
    if _UPPER.search(text):  # one scan refuses prose before any split
        return None
    items = tuple(_LIST_SEP.split(text.strip()))
    if len(items) < 2 or not all(is_keyword(item) for item in items):
        return None
    return items
