"""The last phase of the page-dump reader: the body's blocks, the dateline, the lines left
over, the segments, and the :class:`~wirefmt.Article` itself."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import compress, count
from operator import ne

from ..._construct import block, segment
from ..._model import Article, Block, Evidence, Segment
from ..._policy import Reporter
from ...fields.body import analyse_body
from .._editions import edition_language
from ._dateline import article_dateline, split_glued_dateline
from ._head import Head
from ._lines import END, SHAPE, START, STRIP, STRIP_SET, TEXT, Line, Lines
from ._meta import Meta

__all__ = ["assemble"]


def assemble(doc: Lines, head: Head, meta: Meta, reporter: Reporter) -> Article:
    """Build the Article from the records of the phases before."""
    lines = doc.lines
    language = meta.language or edition_language(head.edition)
    body: list[Block] = []
    if head.body_lines:
        body_lines = [lines[i] for i in head.body_lines]
        body = split_glued_dateline(_read_body(doc.text, body_lines, language, reporter), doc.text)
    else:
        reporter.report("no-body", "no body text was found", len(doc.text))
    if head.title_i is None:
        reporter.report("no-title", "no line could be read as the title", 0)
    roles = meta.roles
    ends = _run_ends(roles)
    # (told per run of lines, by its last line: most documents have no line left over)
    if None in [roles[end - 1] for end in ends]:
        roles = _leftovers(lines, roles, reporter)
        ends = _run_ends(roles)
    desc = head.desc
    desc_line = lines[head.desc_i] if head.desc_i is not None else None
    return Article(
        title=lines[head.title_i][TEXT] if head.title_i is not None else None,
        lede=desc.lede if desc is not None else None,
        lede_truncated=desc.truncated if desc is not None else False,
        dateline=article_dateline(doc.text, desc, body, meta.published, desc_line),
        published=meta.published,
        modified=meta.modified,
        keywords=meta.keywords,
        tags=meta.tags,
        body=body,
        image=meta.image,
        locale=meta.locale,
        language=language,
        section=meta.section,
        edition=head.edition,
        publisher=head.publisher,
        format="pagedump",
        segments=_segments(lines, roles, ends),
        diagnostics=reporter.finish(),
    )


def _run_ends(roles: Sequence[str | None]) -> list[int]:
    """Where each run of consecutive lines with the same role ends: the index after its
    last line, in order (the last is the line count).

    (``map`` compares each role with the next and ``compress`` keeps where they differ, at
    C speed: a document of thousands of keyword lines is a run or two, told without a step
    of Python per line.)
    """
    ends = list(compress(count(1), map(ne, roles, roles[1:])))
    ends.append(len(roles))
    return ends


def _segments(lines: Sequence[Line], roles: Sequence[str | None], ends: list[int]) -> list[Segment]:
    """One segment a run of consecutive lines with the same role (the keywords, the
    timestamps): a document of thousands of keyword lines builds two segments, not
    thousands of objects."""
    segments: list[Segment] = []
    first = 0
    for end in ends:
        role = roles[first]
        assert role is not None  # every line has a role by now
        segments.append(segment(role, lines[first][START], lines[end - 1][END]))
        first = end
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
    for blk in blocks:
        last = blk.text[-1:]
        if last and last not in STRIP_SET:
            out.append(blk)  # the common case, told without building the strip's table
            continue
        stripped = blk.text.rstrip(STRIP)
        if not stripped:
            continue
        # (a block is rebuilt from its four fields: attrs.evolve reads the class's fields
        # on every call, several times the cost; ``block`` writes the slots directly)
        if len(stripped) != len(blk.text):
            out.append(
                block(type(blk), stripped, blk.start, blk.start + len(stripped), blk.evidence)
            )
        else:
            out.append(blk)
    if out and out[0].evidence is not Evidence.START:
        first = out[0]
        out[0] = block(type(first), first.text, first.start, first.end, Evidence.START)
    return out
