"""The metadata of a page dump: timestamps, keywords and tags, the image, the locale, the
section and the trailer's other lines.

Each function reads the frozen records of the phases before it and returns its own.
"""

from __future__ import annotations

import datetime as _dt
from bisect import bisect_left, bisect_right
from typing import NamedTuple

from ..._policy import Reporter
from ...fields.timestamps import TimestampReading, read_timestamp
from ._head import Head
from ._lines import END, FOUND, SHAPE, START, TEXT, Lines
from ._prose import MAX_SECTION, is_tag_like

#: The longest timestamp line that holds a date alone ("2025-12-24", "24.12.2025"): every
#: form with a time of day is longer.
_DATE_ONLY = 10

__all__ = ["Meta", "read_meta"]


class Meta(NamedTuple):
    """What the metadata phase found: the roles so far, the timestamps (the first is the
    publication, the last the latest update), the keywords (from a comma-joined list when no
    keyword line came) and tags, the image, the locale and its language, the section."""

    roles: tuple[str | None, ...]
    published: _dt.datetime | None
    modified: _dt.datetime | None
    keywords: tuple[str, ...]
    tags: tuple[str, ...]
    image: str | None
    locale: str | None
    language: str | None
    section: str | None


def read_meta(doc: Lines, head: Head, reporter: Reporter) -> Meta:
    """Read the timestamps, then the keywords and tags, then the trailer's metadata. The
    roles list is this phase's own: its steps place lines in turn, each seeing the lines
    the one before placed."""
    roles = list(head.roles)
    published, modified = _stamps(doc, roles, reporter)
    keywords, tags = _keywords(doc, head, roles)
    image, locale, language, section, keywords = _metadata(doc, head, keywords, roles)
    return Meta(tuple(roles), published, modified, keywords, tags, image, locale, language, section)


def _stamps(
    doc: Lines, roles: list[str | None], reporter: Reporter
) -> tuple[_dt.datetime | None, _dt.datetime | None]:
    """Every timestamp line: the first is the publication, the last the latest update."""
    lines = doc.lines
    stamps: list[_dt.datetime] = []
    report = reporter.report
    last_i = 0
    # Each distinct text is parsed once: pages repeat their stamps, and a failure costs
    # an exception.
    known: dict[str, TimestampReading | None] = {}
    placed = [
        i for i in doc.by_shape.get("timestamp", ()) if roles[i] is None
    ]  # (not a date in the body)
    # A date alone ("2025-12-24", no time of day) among stamps that tell the time is the
    # page's date line, not its publication: it keeps its role, and no field reads it.
    dates = [i for i in placed if len(lines[i][TEXT]) <= _DATE_ONLY] if placed else placed
    if dates and len(dates) < len(placed):
        for i in dates:
            roles[i] = "timestamp"
        placed = [i for i in placed if len(lines[i][TEXT]) > _DATE_ONLY]
    for i in placed:
        start, end, text = lines[i][START], lines[i][END], lines[i][TEXT]
        if text in known:
            reading = known[text]
        else:
            try:
                reading = known[text] = read_timestamp(text)
            except ValueError:
                reading = known[text] = None
        if reading is None:
            roles[i] = "leftover"
            report("bad-timestamp", f"not a valid timestamp: {text[:60]!r}", start, end)
            continue
        roles[i] = "timestamp"
        last_i = i
        stamp = reading.value
        for note in reading.notes:
            # What the text left open (day or month first, an ambiguous zone name), and
            # how it was decided: a notice, never an error.
            report(note.code, note.message, start, end)
        if stamp.tzinfo is None:
            report(
                "naive-timestamp",
                f"the timestamp {text[:40]!r} has no zone: read as a naive datetime",
                start,
                end,
            )
        stamps.append(stamp)
    if not stamps:
        return None, None
    first, last = stamps[0], stamps[-1]
    if (first.tzinfo is None) == (last.tzinfo is None) and last < first:
        where = lines[last_i]
        report(
            "timestamps-out-of-order",
            "the last timestamp is earlier than the first",
            where[START],
            where[END],
        )
    return first, last


def _keywords(
    doc: Lines, head: Head, roles: list[str | None]
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Keyword lines before the body, tag lines after it."""
    lines = doc.lines
    kw_lines = [i for i in doc.by_shape.get("keyword", ()) if roles[i] is None]
    if not head.body_lines or head.body_first:
        # No body between them (a photo page, or a body standing first): the tags
        # restart the list, since they repeat some keywords.
        seen: set[str] = set()
        split = len(kw_lines)
        for n, i in enumerate(kw_lines):
            word = lines[i][TEXT]
            if word in seen:
                split = n
                break
            seen.add(word)
        for i in kw_lines[:split]:
            roles[i] = "keyword"
        for i in kw_lines[split:]:
            roles[i] = "tag"
        words = [lines[i][TEXT] for i in kw_lines]
        return tuple(words[:split]), tuple(words[split:])
    body_start, body_end = head.body_lines[0], head.body_lines[-1]
    # (the line indices are in order: the keywords before the body, and the tags between
    # the body and the trailer, are slices, found by bisection)
    keyword_lines = kw_lines[: bisect_left(kw_lines, body_start)]
    tag_lines = [
        *head.tag_lines,
        *kw_lines[bisect_right(kw_lines, body_end) : bisect_left(kw_lines, head.trailer_from)],
    ]
    # Keywords and tags printed as names ("OTAN", "Joe Biden") among lower-case ones:
    # read among the prose lines with no role yet (in most dumps, none).
    unplaced = [i for i in doc.by_shape.get("prose", ()) if roles[i] is None]
    if unplaced:
        # (keywords follow the timestamps: with no keyword line, the last timestamp before
        # the body anchors them)
        stamps = [i for i in doc.by_shape.get("timestamp", ()) if i < body_start]
        anchors = keyword_lines or stamps[-1:]
        keyword_lines += _named(doc, unplaced, anchors, -1, body_start)
        tag_lines += _named(doc, unplaced, tag_lines, body_end, head.trailer_from)
    keyword_lines.sort()
    tag_lines.sort()
    for i in keyword_lines:
        roles[i] = "keyword"
    for i in tag_lines:
        roles[i] = "tag"
    keywords = tuple([lines[i][TEXT] for i in keyword_lines])
    if not tag_lines:
        listed = _tag_list(doc, body_end, head.trailer_from, roles)
        if listed:
            return keywords, listed
    return keywords, tuple([lines[i][TEXT] for i in tag_lines])


def _tag_list(
    doc: Lines, body_end: int, trailer_from: int, roles: list[str | None]
) -> tuple[str, ...]:
    """The tags printed as one comma-joined list (``brücke, haushalt, stadtrat``): a list
    line standing right after the body, where the tag lines stand, when no tag line came
    and the trailer (whose last line joins the keywords so) has not begun. Empty when there
    is none."""
    i = body_end + 1
    if i >= trailer_from or i >= len(doc.lines) or doc.lines[i][SHAPE] != "keyword-list":
        return ()
    items = doc.lines[i][FOUND]
    assert isinstance(items, tuple)  # the items, kept by the shape
    roles[i] = "tag"
    return items


def _named(doc: Lines, prose: list[int], anchors: list[int], lo: int, hi: int) -> list[int]:
    """The lines of ``prose`` (with no role yet) strictly between ``lo`` and ``hi`` that
    are keywords or tags printed as names ("OTAN", "Joe Biden"): short, no sentence in
    them, and standing next to one of ``anchors`` (the keyword or tag lines) or to
    another such line (a forward pass for the ones after an anchor, a backward pass for
    the ones before one)."""
    if not anchors:
        return []
    unplaced = [i for i in prose if lo < i < hi]
    # A chain starts within the anchors' span or right beside it: with no prose line
    # there (the usual dump), there is nothing to read.
    first, last = min(anchors) - 1, max(anchors) + 1
    if not any(first <= i <= last for i in unplaced):
        return []
    lines = doc.lines
    taken = set(anchors)
    found: list[int] = []
    for order in (unplaced, unplaced[::-1]):
        for i in order:
            # (the cheap tests first: most prose lines stand next to no anchor)
            if (
                (i - 1 in taken or i + 1 in taken)
                and i not in taken
                and is_tag_like(lines[i][TEXT])
            ):
                taken.add(i)
                found.append(i)
        if not found:
            break  # (no line next to an anchor: the backward pass would find none)
    return found


def _metadata(
    doc: Lines, head: Head, keywords: tuple[str, ...], roles: list[str | None]
) -> tuple[str | None, str | None, str | None, str | None, tuple[str, ...]]:
    """The image, the locale, the section and the trailer's other lines; the keywords,
    from a comma-joined list when no keyword line came."""
    lines = doc.lines
    by_shape = doc.by_shape  # (looked up here: the method ``of`` is a call each time)
    body_start = head.body_lines[0] if head.body_lines else len(lines)
    image = locale = language = section = None
    for i in by_shape.get("url", ()):
        if roles[i] is None and i < body_start:
            image = lines[i][TEXT]
            roles[i] = "image"
            break
    for i in by_shape.get("locale", ()):
        lang = lines[i][FOUND]
        assert isinstance(lang, str)  # the language, kept by the shape
        locale = locale or lines[i][TEXT]
        language = language or lang
        roles[i] = "locale"
    for shape in ("year", "image-size", "extractor"):
        for i in by_shape.get(shape, ()):
            if roles[i] is None:  # (not a year inside the body)
                roles[i] = shape
    found = keywords
    for i in by_shape.get("keyword-list", ()):
        if roles[i] is not None:
            continue  # a list inside the body (see _head._body_run)
        if not found:  # the list is read once, as the keywords when none came
            items = lines[i][FOUND]
            assert isinstance(items, tuple)  # the items, kept by the shape
            found = items
        roles[i] = "keyword-list"
    trailer_from = head.trailer_from
    # The section: the first short prose or keyword line of the trailer still unplaced.
    # (the lines of a shape are in order: the ones past the trailer's start are a slice)
    candidates = (
        i
        for shape in ("prose", "keyword")
        for of_shape in [by_shape.get(shape, [])]
        for i in of_shape[bisect_right(of_shape, trailer_from) :]
        if roles[i] is None and len(lines[i][TEXT]) <= MAX_SECTION
    )
    first = min(candidates, default=None)
    if first is not None:
        section = lines[first][TEXT]
        roles[first] = "section"
    return image, locale, language, section, found
