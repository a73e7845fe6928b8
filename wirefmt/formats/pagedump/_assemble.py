"""The last phase of the page-dump reader: the body's blocks, the dateline, the lines left
over, the segments, and the :class:`~wirefmt.Article` itself."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Sequence

import attrs

from ..._model import Article, Block, Dateline, Evidence, Segment
from ..._policy import Reporter
from ...fields.body import analyse_body
from ...fields.datelines import parse_dateline
from ...fields.suffix import Description
from .._editions import edition_language
from ._head import Head
from ._lines import END, SHAPE, START, STRIP, STRIP_SET, TEXT, Line, Lines
from ._meta import Keywords, Meta, Stamps

__all__ = ["assemble"]


def assemble(
    doc: Lines, head: Head, stamps: Stamps, keywords: Keywords, meta: Meta, *, reporter: Reporter
) -> Article:
    """Build the Article from the records of the phases before."""
    lines = doc.lines
    language = meta.language or edition_language(head.edition)
    body: list[Block] = []
    if head.body_lines:
        body_lines = [lines[i] for i in head.body_lines]
        body = _read_body(doc.text, body_lines, language, reporter)
    else:
        reporter.report("no-body", "no body text was found", len(doc.text))
    if head.title_i is None:
        reporter.report("no-title", "no line could be read as the title", 0)
    roles = meta.roles
    # (``None in roles`` scans at C speed: most documents have no line left over)
    if None in roles:
        roles = _leftovers(lines, roles, reporter)
    desc = head.desc
    desc_line = lines[head.desc_i] if head.desc_i is not None else None
    return Article(
        title=lines[head.title_i][TEXT] if head.title_i is not None else None,
        lede=desc.lede if desc is not None else None,
        lede_truncated=desc.truncated if desc is not None else False,
        dateline=_dateline(desc, body, stamps.published, desc_line),
        published=stamps.published,
        modified=stamps.modified,
        keywords=meta.keywords,
        tags=keywords.tags,
        body=body,
        image=meta.image,
        locale=meta.locale,
        language=language,
        section=meta.section,
        edition=head.edition,
        publisher=head.publisher,
        format="pagedump",
        segments=_segments(lines, roles),
        diagnostics=reporter.finish(),
    )


def _segments(lines: Sequence[Line], roles: Sequence[str | None]) -> list[Segment]:
    """One segment a run of consecutive lines with the same role (the keywords, the
    timestamps): a document of thousands of keyword lines builds two segments, not
    thousands of objects."""
    segments: list[Segment] = []
    run_start = 0
    for i in range(1, len(lines) + 1):
        if i == len(lines) or roles[i] != roles[run_start]:
            role = roles[run_start]
            assert role is not None  # every line has a role by now
            segments.append(Segment(role, lines[run_start][START], lines[i - 1][END]))
            run_start = i
    return segments


def _leftovers(
    lines: Sequence[Line], roles_in: Sequence[str | None], reporter: Reporter
) -> tuple[str | None, ...]:
    """Every line still without a role is left over: one diagnostic for each run of
    consecutive such lines (a dump of garbage lines gets a few, not thousands)."""
    roles = list(roles_in)
    left = [i for i, role in enumerate(roles) if role is None]
    runs: list[tuple[int, int]] = []  # (first index, last index) of each run
    first = prev = left[0]
    for i in left[1:]:
        if i != prev + 1:
            runs.append((first, prev))
            first = i
        prev = i
    runs.append((first, prev))
    for i in left:
        roles[i] = "leftover"
    messages = []
    for a, b in runs:
        line = lines[a]
        what = f"({line[SHAPE]}): {line[TEXT][:60]!r}"
        if a == b:
            messages.append(f"a line wirefmt could not place {what}")
        else:
            messages.append(f"{b - a + 1} lines wirefmt could not place, the first {what}")
    reporter.report_each(
        "leftover",
        messages,
        [lines[a][START] for a, _ in runs],
        [lines[b][END] for _, b in runs],
    )
    return tuple(roles)


def _read_body(
    text: str, lines: Sequence[Line], language: str | None, reporter: Reporter
) -> list[Block]:
    """Split the body lines into blocks; a line break always ends a block.

    Consecutive body lines are split together so that the splitter sees the whole body; the
    line breaks (and spaces around them) that it leaves at the end of a block are separators,
    not content, and are cut off here.
    """
    out: list[Block] = []
    start = lines[0][START]
    end = lines[-1][END]
    blocks, notes = analyse_body(text[start:end], lang=language, base=start)
    for code, message, a, b in notes:
        reporter.report(code, message, a, b)
    for block in blocks:
        last = block.text[-1:]
        if last and last not in STRIP_SET:
            out.append(block)  # the common case, told without building the strip's table
            continue
        stripped = block.text.rstrip(STRIP)
        if not stripped:
            continue
        # (a block is rebuilt from its four fields: attrs.evolve reads the class's fields
        # on every call, several times the cost)
        if len(stripped) != len(block.text):
            out.append(
                type(block)(stripped, block.start, block.start + len(stripped), block.evidence)
            )
        else:
            out.append(block)
    if out and out[0].evidence is not Evidence.START:
        first = out[0]
        out[0] = type(first)(first.text, first.start, first.end, Evidence.START)
    return out


def _dateline(
    desc: Description | None,
    body: Sequence[Block],
    published: _dt.datetime | None,
    desc_line: Line | None,
) -> Dateline | None:
    """Combine the description's suffix with a dateline opening the body (FORMAT.md §2).

    The place comes from the body's dateline; the agency from the suffix's edition (the more
    specific name), else from the body's dateline; the date, and with it ``day``, ``month``
    and ``year``, from the suffix when it has one, else from the body's dateline (its year
    inferred from ``published``), so that the parts always describe ``date``. ``start`` and
    ``end`` locate the body's dateline when there is one, else the suffix.
    """
    reference = published.date() if published is not None else (desc.date if desc else None)
    found = parse_dateline(body[0].text, reference=reference) if body else None
    suffix = desc if desc is not None and desc.suffix_start is not None else None
    if found is None and (suffix is None or desc_line is None):
        return None
    place = agency = None
    start = end = None
    if found is not None:
        place, agency = found.place, found.agency
        first = body[0].start
        start = None if found.start is None else first + found.start
        end = None if found.end is None else first + found.end
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
    return attrs.evolve(found, start=start, end=end)
