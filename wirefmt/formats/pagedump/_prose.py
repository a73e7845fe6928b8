"""What a prose line of a page dump reads as: a name (a tag, an edition, a section) or body
text. Shared by the head and metadata phases."""

from __future__ import annotations

import re
import unicodedata
from typing import Final

import regex

from ..._unicode import SENTENCE_STOPS
from ...fields.taglists import BULLETS

__all__ = ["MAX_SECTION", "is_bodylike", "is_glued", "is_tag_like"]

# The first character of _SENTENCE_END.
_STOP = re.compile("[.!?…。]")
# A sentence end inside a line: a body holds several, a title rarely more than one. The
# ideographic full stop ends a sentence wherever it stands: Chinese and Japanese put no
# space after it.
_SENTENCE_END = regex.compile(r"[.!?…。](?:[\"»”’)]{0,2}+)(?=\s|\p{Lu}|$)|。")

# A sentence end glued to the next sentence's first letter, with no space between
# ("…açtı.Santral", "…گفت.این", "…खोला।पुल", "…ხიდი გახსნა.ხიდი"): the trace a paragraph
# break leaves in a body printed on one line, which a title or a description never holds.
# Before a capital, an uncased letter or a Georgian one (Unicode files Georgian's letters
# as lower case, but Georgian prints no capitals); after a lower-case or uncased letter (a
# vowel sign, a closing quote), so that initials
# ("U.S.Officials", "M.Poutine") are no trace; not the ideographic full stop, which
# Chinese and Japanese print with no space after every sentence.
_GLUED = regex.compile(
    rf"(?<=[\p{{Ll}}\p{{Lo}}\p{{M}}\"'»”’)])[{SENTENCE_STOPS}](?:[\"'»”’)\]]{{0,3}}+)"
    r"(?=[\p{Lu}\p{Lt}\p{Lo}\p{Script=Georgian}])"
)

#: A single prose line longer than this, or with this many sentences, is a body, not a title.
_BODY_CHARS: Final = 300
_BODY_SENTENCES: Final = 3
#: A tag or an edition's name printed with capitals has at most this many words.
_MAX_NAME_WORDS: Final = 5
#: Characters a name does not end with (a clause or a sentence does).
_NOT_NAME_END: Final = ',;:.!?…"»”)'
#: A section's name in the trailer ("Actus", "Мир") is a word or two.
MAX_SECTION: Final = 40


def is_tag_like(text: str) -> bool:
    """A short name on a line of its own ("Joe Biden", "Baltnews"): no sentence in it, no
    item of a list ("- A second line"), and not opened by a symbol (a copyright line,
    "© 2022 Example Media", or a ticker mark: a name opens with a letter, a digit or a
    mark of punctuation such as a quote or "#")."""
    return (
        len(text) <= MAX_SECTION
        and text[0] not in BULLETS
        and unicodedata.category(text[0])[0] != "S"
        and text.count(" ") < _MAX_NAME_WORDS
        and _SENTENCE_END.search(text) is None
        and text[-1] not in _NOT_NAME_END
    )


def is_bodylike(text: str) -> bool:
    """A prose line that reads as body text rather than a title or a description."""
    if len(text) > _BODY_CHARS:
        return True
    if _STOP.search(text) is None:
        return False  # no sentence end at all (most titles), told at C speed
    for count, _ in enumerate(_SENTENCE_END.finditer(text), start=1):
        if count >= _BODY_SENTENCES:
            return True
    return False


def is_glued(text: str) -> bool:
    """Whether a line holds a sentence end glued to the next sentence: body text printed on
    one line (``…a déclaré le maire.Selon lui…``)."""
    return _GLUED.search(text) is not None
