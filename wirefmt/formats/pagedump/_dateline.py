"""The article's dateline: the description's suffix combined with a dateline opening the
body (docs/datelines.md)."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Sequence
from typing import Final

import attrs

from ..._model import Block, Dateline, Subhead
from ...fields.datelines import parse_dateline
from ...fields.suffix import Description
from ._lines import END, START, Line

__all__ = ["article_dateline"]

#: How many headings may stand before the body's dateline (a headline, a ticker entry's
#: time heading): the dateline is looked for in each, and in the first paragraph after them.
_LEADING_HEADINGS: Final = 3


def article_dateline(
    text: str,
    desc: Description | None,
    body: Sequence[Block],
    published: _dt.datetime | None,
    desc_line: Line | None,
) -> Dateline | None:
    """Combine the description's suffix with a dateline opening the body.

    The place comes from the body's dateline; the agency from the suffix's edition (the more
    specific name), else from the body's dateline; the date, and with it ``day``, ``month``
    and ``year``, from the suffix when it has one, else from the body's dateline (its year
    inferred from ``published``), so that the parts always describe ``date``. ``start`` and
    ``end`` locate the body's dateline when there is one, else the suffix.
    """
    reference = published.date() if published is not None else (desc.date if desc else None)
    found = _body_dateline(text, body, reference)
    suffix = desc if desc is not None and desc.suffix_start is not None else None
    if found is None and (suffix is None or desc_line is None):
        return None
    place = agency = None
    start = end = None
    if found is not None:
        place, agency = found.place, found.agency
        start, end = found.start, found.end
    elif suffix is not None and desc_line is not None:
        start, end = desc_line[START] + (suffix.suffix_start or 0), desc_line[END]
    if suffix is not None:
        return Dateline(
            place=place,
            agency=suffix.edition or agency,
            date=suffix.date,
            day=suffix.day,
            month=suffix.month,
            year=suffix.year,
            start=start,
            end=end,
        )
    assert found is not None
    return found


def _body_dateline(text: str, body: Sequence[Block], reference: _dt.date | None) -> Dateline | None:
    """The dateline opening the body, its offsets made absolute; None when there is none.

    It opens the body's first block, or stands alone as that block (``MINSK, Belarus,
    March 3``, ``TBILISI``, then the story on the next line: a heading is read alone, then
    with the text that follows it as printed, so that the dateline parser sees where it
    ends). A headline
    or a ticker's time heading may stand before it as a subhead (``Ministers agree on a
    grain corridorISTANBUL, Turkey (AP) — …``, split by the body splitter at the case join):
    the dateline is then the one opening the first block after such headings.
    """
    for k, block in enumerate(body[: _LEADING_HEADINGS + 1]):
        heading = isinstance(block, Subhead)
        # (a paragraph's own text holds the same characters as the input, not copied)
        found = parse_dateline(block.text, reference=reference)
        if found is None and heading and k + 1 < len(body):
            # a heading is also read with the block after it, as printed: the dateline may
            # stand alone on its line, the story on the next ("TBILISI\nThe talks…")
            found = parse_dateline(text[block.start : body[k + 1].end], reference=reference)
        if found is not None:
            return attrs.evolve(
                found,
                start=None if found.start is None else block.start + found.start,
                end=None if found.end is None else block.start + found.end,
            )
        if not heading:
            return None
    return None
