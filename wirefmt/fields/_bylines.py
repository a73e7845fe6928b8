"""The words that open a printed byline (``By Jane Roe``, ``Von Max Muster``), one table for
every reader that tells a byline line from the story's first sentence.

A byline opens with the language's word for "by" (or, in Greek, the genitive article that
does its work), then a name. The word alone decides nothing: each reader also asks for the
name's shape (capitals) and for no sentence after it.

Not listed: words that also mean "from" and open headlines as often as bylines (Polish,
Czech and the South Slavic ``od``/``од``: ``Od poniedziałku …``), which a wire reader, seeing
a line with no other sign, could not tell from a headline.
"""

from __future__ import annotations

from typing import Final

__all__ = ["BYLINE_WORDS", "is_byline_word"]

#: The words, case-folded (so Greek's final sigma is "σ": ``"της".casefold() == "τησ"``).
BYLINE_WORDS: Final = frozenset(
    word.casefold()
    for word in (
        "by",  # en
        "von",  # de
        "par",  # fr
        "por",  # es, pt
        "di",  # it
        "door",  # nl
        "av",  # sv, nb
        "af",  # da
        "от",  # ru, bg
        "від",  # uk
        "από",  # el
        "του",  # el: "Του Γιώργου …" (of / by him)
        "της",  # el: "Της Μαρίας …"
    )
)


def is_byline_word(word: str) -> bool:
    """True when ``word`` opens a byline in some language (``"By"``, ``"ОТ"``, ``"Της"``)."""
    return word.casefold() in BYLINE_WORDS
