"""The body splitter's evidence in scripts without letter case (beyond a glued stop).

A script without case shows no subhead join, and Chinese and Japanese glue every sentence to
the next, so a glued ``。`` says nothing. The traces that still tell a paragraph break are
read per script family: ``_body_uncased_cjk`` for Chinese and Japanese (an indent, a mark,
a credit in brackets, a heading before a dated paragraph…), ``_body_uncased_spaced`` for
the scripts that put spaces between words (a closing quote or bracket glued to a word, the
stops the shared scanner does not read, a time, a list, a final letter form glued to the
next word…). Each rule runs only on a body written mostly without case (``body._uncased``).
"""

from __future__ import annotations

from wirefmt._model import Evidence
from wirefmt.fields._body_uncased_cjk import cjk_cuts, has_cjk
from wirefmt.fields._body_uncased_spaced import quote_cuts, spaced_cuts

__all__ = ["uncased_cuts"]


def uncased_cuts(text: str, start: int, end: int) -> list[tuple[int, Evidence, bool | None]]:
    """The boundaries these traces give in ``text[start:end]`` (a line), in text order:
    (position, evidence of the block starting there, whether the block ending there is a
    subhead: None = decide from its text, as for any cut).

    >>> text = "会谈结束。上合组织峰会在京闭幕12月3日，各方签署。"
    >>> [(pos, evidence.value) for pos, evidence, _ in uncased_cuts(text, 0, len(text))]
    [(5, 'uncased-heading'), (15, 'heading-end')]
    """
    cuts: list[tuple[int, Evidence, bool | None]] = []
    if has_cjk(text, start, end):
        cjk_cuts(text, start, end, cuts)
    else:
        spaced_cuts(text, start, end, cuts)
    quote_cuts(text, start, end, cuts)
    cuts.sort(key=lambda cut: cut[0])
    return cuts
