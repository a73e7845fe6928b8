"""The article's dateline: the description's suffix combined with a dateline opening the
body (docs/datelines.md)."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Sequence
from typing import Final

import attrs
import regex

from ..._model import Block, Dateline, Evidence, Paragraph, Subhead
from ...fields.datelines import WINDOW, parse_dateline, shift
from ...fields.suffix import Description
from ._lines import END, START, Line

__all__ = ["article_dateline", "split_glued_dateline"]

#: How many headings may stand before the body's dateline (a headline, a ticker entry's
#: time heading): the dateline is looked for in each, and in the first paragraph after them.
_LEADING_HEADINGS: Final = 3

#: Most characters of a block that is a dateline alone (``MINSK, Belarus, March 3``): longer
#: blocks are story, and are not read a second time.
_ALONE_MAX: Final = 80

# Where a dateline may be glued to the story that follows it (the page lost the line break):
# a run of capitals and the next word's capital (``БИШКЕКПрезидент``, ``TBILISIThe``: the
# story starts at the run's last capital), or a date's digit or full stop and a capital
# (``Dec. 6By``). Each is a place to try, not a split: the dateline parser decides.
# (one character behind, not the whole run: a run of one capital is no place, and the parser
# refuses it)
_GLUED = regex.compile(r"(?<=[\p{Lu}\p{M}0-9.])\p{Lu}\p{Ll}", regex.VERSION0)

#: How many glued places in a first block are tried.
_GLUED_TRIES: Final = 2

#: Most characters of a first paragraph read as a headline when the next block opens with
#: a dateline (a headline that ends in "?" or "!" is cut as a paragraph).
_SHORT_HEADLINE: Final = 120

#: Most characters of a headline glued before a body's dateline (``Ministers agree on a
#: grain corridorISTANBUL, Turkey (AP) — …``): the glued places within them are tried.
_HEADLINE_MAX: Final = 160

# Where a headline may be glued to the dateline after it: a small letter, a digit or a
# sentence's closing mark, then a capital, a bracket or a slash (``corridorISTANBUL``,
# ``piano(ANSA) - ROMA``, ``?GENEVA``). Each is a place to try; the dateline parser decides.
# (A headline in a script without case glued to a place in it leaves no place to try:
# ``…خطة جديدةدمشق-سانا``, ``…新规划新华社北京3月3日电`` are known limits.)
# (and ``【`` after anything: ``…を発表【ソウル共同】``)
_HEADLINE_GLUE = regex.compile(r"(?<=[\p{Ll}0-9?!…'’\"”»)])[\p{Lu}(/]|(?<=.)【", regex.VERSION0)


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
    March 3``, ``TBILISI``): a short block that reads as no dateline alone is read again as a
    line of its own, the next block on the line after it (the body splitter cut them apart
    where the page glued them: ``БИШКЕКПрезидент …``), so that the parser sees where the
    dateline ends and asks of what follows what it asks of any line break. A headline or a
    ticker's time heading may stand before it as a subhead (``Ministers agree on a grain
    corridorISTANBUL, Turkey (AP) — …``, split by the body splitter at the case join): the
    dateline is then the one opening the first block after such headings.
    """
    for k, block in enumerate(body[: _LEADING_HEADINGS + 1]):
        # (a headline that ends in "?" or "!" is cut as a short paragraph: "Will the talks go
        # on?GENEVA (Reuters) - …")
        heading = isinstance(block, Subhead) or _headline_like(block.text)
        # (a paragraph's own text holds the same characters as the input, not copied)
        found = parse_dateline(block.text, reference=reference)
        if found is None and heading and k + 1 < len(body):
            # a heading is also read with the block after it, as printed: the dateline may
            # stand alone on its line, the story on the next ("TBILISI\nThe talks…")
            found = parse_dateline(text[block.start : body[k + 1].end], reference=reference)
        if found is None and k + 1 < len(body):
            found = _alone(block, body[k + 1], reference)
            if found is not None:
                return found
        if found is not None:
            return shift(found, block.start)
        if not heading:
            return None
    return None


def _headline_like(own: str) -> bool:
    """Whether a paragraph reads as a headline cut as a paragraph: short, one sentence that
    does not end in a full stop (``Will the talks go on?``; not ``Le conseil a voté. Le
    maire a parlé.``, a story's paragraph before another story's dateline)."""
    own = own.rstrip()
    if len(own) > _SHORT_HEADLINE or "\n" in own or own.endswith((".", "…", ":")):
        return False
    return ". " not in own and "? " not in own and "! " not in own


def _alone(block: Block, after: Block, reference: _dt.date | None) -> Dateline | None:
    """The dateline that is all of ``block`` (a place, maybe a region and a date, with no
    terminator), read as a line of its own before ``after``; offsets absolute, ``end`` at
    ``after``'s start. None when ``block`` is longer than a dateline or is none. (A dateline
    the body splitter cut before its own terminator was joined again before this is asked:
    see :func:`_rejoin_cut_dateline`.)"""
    if len(block.text) > 2 * _ALONE_MAX:
        return None  # (not copied: most first blocks are long)
    own = block.text.rstrip()
    if len(own) > _ALONE_MAX or "\n" in own:
        return None
    found = parse_dateline(f"{own}\n{after.text[:WINDOW]}", reference=reference)
    if found is None or found.end is None or found.end <= len(own):
        return None  # none, or one that ends inside the block: not the block alone
    start = block.start + (found.start or 0)
    return attrs.evolve(found, start=start, end=after.start + found.end - len(own) - 1)


def split_glued_dateline(body: list[Block], text: str = "") -> list[Block]:
    """The body with a dateline that the page glued to the story (``БИШКЕКПрезидент …``,
    ``MINSK, Belarus, March 3By …``) cut off as a paragraph of its own, where the dateline
    parser says it ends; the body unchanged when its first paragraph (after at most
    :data:`_LEADING_HEADINGS` headings) opens with no glued dateline. Before that, a headline
    glued before the dateline (``Ministers agree on a grain corridorISTANBUL, Turkey (AP) —
    …``, ``Il governo approva il piano(ANSA) - ROMA, …``) is cut off as a subhead, where the
    dateline parser reads a dateline in ``text`` (the input the blocks index). No character is
    added or lost: the blocks hold the first one's characters. (``body`` itself comes back
    when nothing is cut.)"""
    if text:
        body = _rejoin_cut_dateline(_split_headline(body, text), text)
    for k, block in enumerate(body[: _LEADING_HEADINGS + 1]):
        if isinstance(block, Subhead):
            continue
        at = _glued_end(block.text)
        if at is None:
            return body
        evidence = Evidence.CAPS_HEADING if block.text[at - 1].isalpha() else Evidence.HEADING_END
        first = Paragraph(block.text[:at], block.start, block.start + at, block.evidence)
        rest = Paragraph(block.text[at:], block.start + at, block.end, evidence)
        return [*body[:k], first, rest, *body[k + 1 :]]
    return body


def _rejoin_cut_dateline(body: list[Block], text: str) -> list[Block]:
    """``body`` with its first paragraph (after at most :data:`_LEADING_HEADINGS` headings)
    joined to the next one when the body splitter cut a dateline before its own terminator:
    EFE's ``Lima, 3 mar (EFE).- El …`` was cut before ``- El`` (a dash after a stop opens a
    ticker's item), and the story's first paragraph is the dateline and what follows it.
    Only a short block is asked, and only when the next one follows it on the same line;
    no character is added or lost."""
    for k, block in enumerate(body[: _LEADING_HEADINGS + 1]):
        if isinstance(block, Subhead):
            continue
        if k + 1 >= len(body) or len(block.text) > _ALONE_MAX:
            return body
        after = body[k + 1]
        if after.start != block.end or isinstance(after, Subhead) or "\n" in block.text:
            return body
        found = parse_dateline(text[block.start : block.start + WINDOW])
        if found is None or found.start != 0 or found.end is None:
            return body
        if not block.end < block.start + found.end <= after.end:
            return body  # a dateline ending inside the block: not cut before its end
        joined = Paragraph(block.text + after.text, block.start, after.end, block.evidence)
        return [*body[:k], joined, *body[k + 2 :]]
    return body


def _split_headline(body: list[Block], text: str) -> list[Block]:
    """``body`` with its first block cut where a headline is glued before a dateline (the
    headline a subhead, the rest a paragraph), or unchanged. The first block is cut when it
    opens with no dateline of its own and a dateline opens at one of its glued places, read
    as printed (a lone ``TBILISI`` ends the headline's line, and its story is the next)."""
    if not body:
        return body
    block = body[0]
    own = block.text[:_HEADLINE_MAX]
    # What a dateline after a headline prints before its story, one of which must stand in
    # the first block's opening for its glued places to be tried at all: a bracket, a slash,
    # a dash after a space, a line break, "】" (most first paragraphs have none near their
    # start, and pay only these tests, written out: a loop over them costs twice as much).
    p = text[block.start : block.start + _HEADLINE_MAX + 1]
    if not ("(" in p or "/" in p or "\n" in p or " -" in p or " –" in p or " —" in p or "】" in p):
        return body
    for n, m in enumerate(_HEADLINE_GLUE.finditer(own)):
        if n == _GLUED_TRIES:
            break
        at = m.start()
        found = parse_dateline(text[block.start + at : block.start + at + WINDOW])
        if found is None or found.start != 0:
            continue
        if parse_dateline(block.text) is not None:
            return body  # the block opens with its own dateline: asked only now, as rare
        joined = own[at - 1].islower() and own[at].isupper()
        evidence = Evidence.CASE_JOIN if joined else Evidence.HEADING_END
        head = Subhead(own[:at], block.start, block.start + at, block.evidence)
        rest = Paragraph(block.text[at:], block.start + at, block.end, evidence)
        return [head, rest, *body[1:]]
    return body


def _glued_end(own: str) -> int | None:
    """Where the dateline glued to the start of ``own`` ends, or None. (Most first
    paragraphs have no glued place in their first characters, and are not parsed here; a
    dateline with its own terminator ends elsewhere, and is not cut.)"""
    for n, m in enumerate(_GLUED.finditer(own, 0, _ALONE_MAX)):
        if n == _GLUED_TRIES:
            break
        at = m.start()
        found = parse_dateline(f"{own[:at]}\n{own[at : at + WINDOW]}")
        if found is not None and found.end == at + 1:
            return at
    return None
