"""IPTC 7901 wire text: the heading line, the keyword line, the ``=`` header block, the end line.

A message (``docs/formats-wire.md`` shows one in full)::

    SOH eca062 4 i 211 ccccb   dpa 061       source+number, priority, category, words, service
        Germany-politics/                    keywords, parted by "/"
    STX 1ST LEAD                             take lines (optional)
        Headline of the story                the headline
        By Jane Roe, dpa =                   a byline (optional); " =" ends the header block
           Berlin (dpa) - The text ...       paragraphs: parted by blank lines, or indented
        # Notebook ...                       editor's notes (optional)
        dpa xy zz                            sign-off initials
    ETX 131137 GMT Nov 13                    the end line: DDHHMM [ZONE] Mon YY
    EOT

A capture whose control characters were stripped is read from the same layout: the heading
line is then the first line, the end line the last (``wire-no-framing`` says so).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

import attrs
import regex

from .._model import Article
from .._policy import Reporter
from .._registry import Format, ReadOptions
from ._wire import (
    Frame,
    Line,
    Placer,
    WireFields,
    lines,
    read_stream,
)
from ._wire_shapes import is_byline, is_tabular, place_end_line, read_end_line

__all__ = ["IPTC7901", "NAME", "Heading", "detect", "read", "read_heading"]

NAME: Final = "iptc7901"

#: The heading line: source letters and message number glued (``eca062``), a priority
#: digit, a category of 1-3 letters, the word count, then selectors and service as printed.
#: The samples write the letters in small letters; capitals are read too (after an SOH;
#: a capture stripped of its framing is only detected with small letters).
_HEADING: Final = regex.compile(
    r"[ ]*+(?P<id>(?P<source>[A-Za-z]{2,4}+)(?P<number>\d{2,6}+))[ ]++(?P<priority>\d)[ ]++"
    r"(?P<category>[A-Za-z]{1,3}+)[ ]++(?P<words>\d{1,5}+)(?:[ ]++(?P<rest>[^\r\n]{0,60}?))?[ ]*+",
)
_HEAD_BYTES: Final = regex.compile(
    rb"\x01[ ]*+[A-Za-z]{2,4}+\d{2,6}+[ ]++\d[ ]++[A-Za-z]{1,3}+[ ]++\d{1,5}+[ \r\n]"
)
_HEAD_LINE_BYTES: Final = regex.compile(
    rb"(?:\x7f|\r|\n)*+[a-z]{2,4}+\d{2,6}+[ ]++\d[ ]++[a-z]{1,3}+[ ]++\d{1,5}+"
    rb"[ ]++[^\r\n]{0,60}+\r?\n"
)
_BLOCK_END: Final = regex.compile(r"[ ]=[ \t]*+$")

#: A take or version line of the header block: capitals, digits and spaces (``1ST LEAD``,
#: ``REFILE``, ``2ND LEAD``, ``EILT``), or a word in parentheses (``(Achtung)``).
_TAKE: Final = regex.compile(
    r"[ ]*+(?:[\p{Lu}\d][\p{Lu}\d .]{1,30}+|\(\p{L}[\p{L} ]{0,30}+\))[ ]*+"
)
#: Where editor's notes begin: a Markdown heading (``# Notebook``) or a rule of stars.
_NOTES: Final = regex.compile(r"[ ]*+(?:#{1,6}+[ ]|\*[ ]\*[ ]\*)")
#: Closing punctuation a paragraph of prose ends with.
_PROSE_END: Final = regex.compile(r"[.!?:;\"'»«”’\]…]\s*+$")

#: Priority digit -> urgency: the same scale, 1 (flash) to 9; 0 is not used.
URGENCY: Final = {str(d): d for d in range(1, 10)}


@attrs.frozen(slots=True)
class Heading:
    """The fields of a 7901 heading line, as printed.

    ``id`` is source and number glued (``eca062``); ``rest`` holds selectors, service and
    the service's own number (``ccccb   dpa 061``).
    """

    id: str
    source: str
    number: str
    priority: str
    category: str
    words: int
    rest: str | None


def read_heading(line: str) -> Heading | None:
    """Read a 7901 heading line; None when ``line`` does not have its shape.

    >>> h = read_heading("abc123 4 i 212 xyz   dpa 007")
    >>> h.id, h.priority, h.category, h.words, h.rest
    ('abc123', '4', 'i', 212, 'xyz   dpa 007')
    """
    m = _HEADING.fullmatch(line)
    if m is None:
        return None
    return Heading(
        m["id"],
        m["source"],
        m["number"],
        m["priority"],
        m["category"],
        int(m["words"]),
        m["rest"] or None,
    )


def detect(head: bytes) -> bool:
    """An ``SOH`` and a 7901 heading line; or, framing stripped, the heading line first."""
    if b"\x01" in head:  # a plain scan first: most input holds no SOH at all
        return _HEAD_BYTES.search(head) is not None
    first = head[:1]
    if not (b"a" <= first <= b"z" or first in (b"\x7f", b"\r", b"\n")):
        return False  # the heading opens with the source's lower-case letters
    m = _HEAD_LINE_BYTES.match(head)
    # stripped of its control characters: the header block's " =" must follow soon
    return m is not None and b" =" in head[m.end() : m.end() + 800]


def read(data: bytes | str, options: ReadOptions) -> Iterator[Article]:
    """Yield one Article per message of an IPTC 7901 stream, in order."""
    return read_stream(data, options, NAME, _message)


def _heading(
    text: str, frame: Frame, reporter: Reporter, placer: Placer
) -> tuple[Heading | None, list[Line], int]:
    """The heading and the keyword lines; and where the text starts.

    With ``SOH``/``STX`` the heading is the span between them; without (framing stripped),
    the first line when it has the heading's shape, and the next non-blank one.
    """
    body_start, _ = frame.body
    span = frame.heading
    if span is not None:
        found = [ln for ln in lines(text, *span) if not ln.blank]
    else:
        first = [ln for ln in lines(text, *frame.body) if not ln.blank][:2]
        if not first or read_heading(first[0].text) is None:
            return None, [], body_start
        found = first
        body_start = first[-1].end
    heading = read_heading(found[0].text) if found else None
    if heading is not None:
        placer.add("header", found[0].start, found[0].end)
    found = found[1:]  # a heading line of another shape stays unclaimed: a leftover
    for ln in found:
        placer.add("keywords", ln.start, ln.end)
    return heading, found, body_start


def _header_block(body: list[Line]) -> int:
    """How many lines the header block takes: up to the one ending `` =`` (0: none)."""
    for i, ln in enumerate(body[:8]):
        if _BLOCK_END.search(ln.text):
            return i + 1
    return 0


def _block(text: str, block: list[Line], placer: Placer) -> tuple[str | None, ...]:
    """Title, byline and takes of the header block (its last line ends in `` =``)."""
    last = block[-1]
    cut = _BLOCK_END.search(last.text)
    assert cut is not None
    end_of_last = last.start + cut.start()
    placer.add("framing", end_of_last, last.end)
    block[-1] = Line(last.start, end_of_last, text[last.start : end_of_last])
    byline = None
    if len(block) > 1 and is_byline(block[-1].text):
        byline = block[-1].text.strip()
        placer.add("byline", block[-1].start, block[-1].end)
        block.pop()
    title_line = block.pop()
    title_start, title_end = title_line.start, title_line.end
    # a headline wrapped onto a second line goes on in small letters
    while block and title_line.text.lstrip()[:1].islower() and not _TAKE.fullmatch(block[-1].text):
        title_line = block.pop()
        title_start = title_line.start
    placer.add("title", title_start, title_end)
    takes = []
    for ln in block:
        if _TAKE.fullmatch(ln.text):
            takes.append(ln.text.strip())
            placer.add("version", ln.start, ln.end)
        else:
            placer.add("kicker", ln.start, ln.end)
    return text[title_start:title_end].strip() or None, byline, " ".join(takes) or None


def _message(text: str, frame: Frame, reporter: Reporter, placer: Placer) -> WireFields:
    heading, keyword_lines, start = _heading(text, frame, reporter, placer)
    _, stop = frame.body
    body = lines(text, start, stop)
    # the end line: after ETX, or (no ETX) the last line of the text when it reads as one
    published = None
    trailer = frame.trailer
    end_lines = [ln for ln in lines(text, *trailer) if not ln.blank] if trailer else []
    if not end_lines and frame.etx is None:  # no ETX (stripped, or lost): the last line
        filled = [ln for ln in body if not ln.blank]
        if filled and read_end_line(filled[-1].text) is not None:
            end_lines = filled[-1:]
            body = body[: body.index(filled[-1])]
    if end_lines:
        published = place_end_line(end_lines[0], reporter, placer)
    filled = [ln for ln in body if not ln.blank]
    n = _header_block(filled)
    block, rest = filled[:n], body[body.index(filled[n - 1]) + 1 :] if n else body
    title, byline, version = _block(text, block, placer) if block else (None, None, None)
    paragraphs, ednote, tables = _paragraphs(text, rest, placer)
    if tables:
        reporter.report(
            "wire-agate",
            f"{len(tables)} tabular run(s) kept out of the body",
            tables[0][0],
            tables[-1][1],
        )
    keywords = tuple(
        word.strip() for ln in keyword_lines for word in ln.text.split("/") if word.strip()
    )
    slug = " ".join(ln.text.strip().strip("/") for ln in keyword_lines) or None
    return WireFields(
        title=title,
        byline=byline,
        ednote=ednote,
        slug=slug,
        version=version,
        id=None if heading is None else heading.id,
        urgency=None if heading is None else URGENCY.get(heading.priority),
        section=None if heading is None else heading.category,
        keywords=keywords,
        published=published,
        paragraphs=paragraphs,
    )


def _paragraphs(
    text: str, body: list[Line], placer: Placer
) -> tuple[tuple[tuple[int, int], ...], str | None, list[tuple[int, int]]]:
    """Paragraphs: runs of lines parted by blank lines, opened by an indented line, or (in
    text whose lines end in CR LF) closed by a line that ends in a bare LF.

    The editor's notes (from a ``#`` heading or a ``* * *`` rule), a last one-line
    paragraph without closing punctuation (the sign-off initials) and runs whose every
    line is laid out in columns (results tables) are kept out.
    """
    runs: list[list[Line]] = []
    current: list[Line] = []
    # where lines end in CR LF, a line ended by a bare LF ends its paragraph (dpa's rule)
    mixed = bool(body) and "\r\n" in text[body[0].start : body[-1].end]
    for ln in body:
        if ln.blank or (current and ln.text[:1] in " \t"):
            if current:
                runs.append(current)
            current = []
        if not ln.blank:
            current.append(ln)
            if mixed and text[ln.end : ln.end + 1] == "\n":
                runs.append(current)
                current = []
    if current:
        runs.append(current)
    if runs and len(runs[-1]) == 1 and len(runs[-1][0].text.strip()) <= 40:
        last = runs[-1][0]
        if _PROSE_END.search(last.text) is None:
            placer.add("signoff", last.start, last.end)
            runs.pop()
    ednote = None
    for i, run in enumerate(runs):
        if _NOTES.match(run[0].text):
            start, end = run[0].start, runs[-1][-1].end
            placer.add("ednote", start, end)
            ednote = text[start:end].strip()
            runs = runs[:i]
            break
    spans = []
    tables: list[tuple[int, int]] = []
    for run in runs:
        start, end = run[0].start, run[-1].end
        if all(is_tabular(ln.text) for ln in run):  # results, listings: cells in columns
            placer.add("table", start, end)
            tables.append((start, end))
            continue
        placer.add("body", start, end)
        spans.append(_trimmed(text, start, end))
    return tuple(spans), ednote, tables


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in " \t":
        start += 1
    while end > start and text[end - 1] in " \t\r\n":
        end -= 1
    return start, end


#: The format in the registry (``wirefmt.FORMATS["iptc7901"]``).
IPTC7901 = Format(
    name=NAME,
    summary="IPTC 7901 wire text: heading line, keyword line, header block ending ' =', end line",
    detect=detect,
    read=read,
)
