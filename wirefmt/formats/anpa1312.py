"""ANPA-1312 wire text: the two heading lines, ``^`` header lines, TAB paragraphs, agate.

A message (``docs/formats-wire.md`` shows one in full)::

    SYN SYN SOH W2870 US asian               service letter + story number, US, selector
    f l DC3 DC1 BC-Slug-Keyword  1stLd  11-13 1049
                                             priority, category, format id, keyword,
                                             version, filing date, word count
    STX ^BC-Slug-Keyword, 1st Ld,466<        header lines: "^" ... "<" or "="
        ^The headline<
        ^Eds: a note to editors.<
        ^By Jane Roe=                        the byline; the "=" line after it is its title
        ^Associated Press=
    TAB    PLACE (AP) _ The first paragraph  paragraphs open with a TAB (or 5 spaces)
    TAB    ___                               rules, agate rows (BS-led, ";" cells) kept out
    ETX AP-WF-11-13-13 1509GMT<              the transmission time
    FF EOT

Dialects seen: no ``^`` (header lines plain, the headline ending ``+``), paragraphs opened
by five spaces, a time-first end line, no end line at all.
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
    FRAMING,
    PAD,
    Frame,
    Line,
    Placer,
    WireFields,
    lines,
    read_stream,
)
from ._wire_shapes import is_byline, is_tabular, place_end_line

__all__ = ["ANPA1312", "NAME", "URGENCY", "Heading", "detect", "read", "read_heading"]

NAME: Final = "anpa1312"

_FIRST: Final = regex.compile(
    r"(?P<id>(?P<service>[A-Za-z])(?P<number>\d{4}+))(?P<extra>[^\x1f\r\n]{0,16}+)\x1f"
    r"(?P<selector>[^\r\n]{0,16}?)[ ]*+"
)
_SECOND: Final = regex.compile(
    r"(?P<priority>[a-z])[ ](?P<category>[a-z])(?P<format>[\x13\x14][\x11\x12])?[ ]*+"
    r"(?P<fields>[^\r\n]{0,80}?)[ ]++(?P<date>\d\d-\d\d)[ ]++(?P<words>\d{4}+)[ ]*+"
)
_HEAD_BYTES: Final = regex.compile(
    rb"\x01[A-Za-z]\d{4}+[^\x1f\r\n]{0,16}+\x1f[^\r\n]{0,16}+\r?\n[a-z] [a-z][\x13\x14 ]"
)

#: Priority letter -> urgency 1 (most urgent) .. 9, after the letters Bulletin 1312 names:
#: flash, bulletin, urgent, regular; then the kinds that wait: weekday and weekend
#: advances, deferred, reruns (``docs/formats-wire.md`` has the table).
URGENCY: Final = {"f": 1, "b": 2, "u": 3, "r": 4, "a": 5, "s": 5, "d": 6, "h": 6, "y": 8}

#: Labels that open a note to editors in a header line (``Eds: With photos.``).
EDNOTE_LABELS: Final = ("Eds", "EDS", "EDITOR'S NOTE", "Editor's Note", "EDITORS NOTE")
#: Words that name a photo, video or graphic line of the header (``AP Photo XNP101``).
MEDIA_WORDS: Final = ("Photo", "Photos", "Video", "Graphic", "Graphics", "Audio", "Photo/Video")

_EDNOTE: Final = regex.compile(
    r"\(?(?:" + "|".join(regex.escape(w) for w in EDNOTE_LABELS) + r")(?:[ ]?+:|[ ]_)"
)
_MEDIA: Final = regex.compile(
    r"(?:\p{Lu}{1,6}+[ ])?(?:" + "|".join(regex.escape(w) for w in MEDIA_WORDS) + r")\b"
)
_ADVANCE: Final = regex.compile(r"\$\S++")  # ``$Adv30``: an advance-release marker
_CODE: Final = regex.compile(r"\*\d++")  # ``*9006``: a routing number
_WORD_COUNT: Final = regex.compile(r",[ ]*+\d{1,5}+[ ]*+$")
_RULE: Final = regex.compile(r"[_=\-*+]{3,}+(?:[ ]++[_=\-*+]{3,}+)*+")


def _end_mark(text: str, start: int = 0, end: int | None = None) -> int | None:
    """Where the mark ending ``text[start:end]`` stands: ``<`` (quad left), ``=`` or ``+``
    followed only by spaces; None when there is none. (Stripped by hand, not searched with
    a pattern anchored at the end, which would rescan a long run of spaces from each.)"""
    stop = len(text[start:end].rstrip(" \t")) + start
    if stop > start and text[stop - 1] in "<=+":
        return stop - 1
    return None


def _before(text: str, start: int, at: int) -> int:
    """``at`` less the spaces just before it (not before ``start``)."""
    return start + len(text[start:at].rstrip(" "))


#: Two header fields on one line: ``^*9006< ^AP-Top-Headlines,0176<``.
_FIELD_SPLIT: Final = regex.compile(r"(?<=[<=])[ ]++(?=\^)")
#: A writer's sign-off: one token of letters, digits and ``./``, name and time glued
#: (``J.Doe315p4/21/95``).
_SIGNOFF: Final = regex.compile(r"(?=[^ ]*\p{L})(?=[^ ]*\d)[\p{L}\d./:-]{4,40}+")
_PROSE_END: Final = regex.compile(r"[.!?:;\"'”’\])…][ \t]*+$")


@attrs.frozen(slots=True)
class Heading:
    """The fields of an ANPA-1312 heading (the lines between SOH and STX), as printed."""

    id: str
    service: str
    number: str
    selector: str
    priority: str
    category: str
    keyword: str | None
    version: str | None
    filing_date: str
    words: int


def read_heading(text: str) -> Heading | None:
    r"""Read the two heading lines; None when they do not have the shape.

    >>> h = read_heading("Q1234\x1fsel--\nr a\x13\x11 BC-Some-Slug 2ndLd  04-01 0420")
    >>> h.id, h.priority, h.category, h.keyword, h.version, h.words
    ('Q1234', 'r', 'a', 'BC-Some-Slug', '2ndLd', 420)
    """
    first, _, second = text.strip("\r\n").partition("\n")
    a = _FIRST.fullmatch(first.rstrip("\r"))
    b = _SECOND.fullmatch(second.strip("\r\n"))
    if a is None or b is None:
        return None
    fields = b["fields"].split()
    return Heading(
        a["id"],
        a["service"],
        a["number"],
        a["selector"],
        b["priority"],
        b["category"],
        fields[0] if fields else None,
        " ".join(fields[1:]) or None,
        b["date"],
        int(b["words"]),
    )


def detect(head: bytes) -> bool:
    """An ``SOH``, a service letter and story number, ``US``, then ``priority category``."""
    return b"\x01" in head and _HEAD_BYTES.search(head) is not None


def read(data: bytes | str, options: ReadOptions) -> Iterator[Article]:
    """Yield one Article per message of an ANPA-1312 stream, in order."""
    return read_stream(data, options, NAME, _message)


def _squashed(value: str) -> str:
    return "".join(ch for ch in value.casefold() if ch.isalnum())


@attrs.define
class _Acc:
    """What the header lines give, filled in order."""

    title: str | None = None
    lede: str | None = None
    byline: str | None = None
    slug: str | None = None
    notes: list[str] = attrs.Factory(list)
    media: list[tuple[int, int]] = attrs.Factory(list)
    after_byline: bool = False


def _field(text: str, ln: Line, heading: Heading | None, acc: _Acc, placer: Placer) -> None:
    """Give one header field (a ``^`` line, or a plain line before the text) its role."""
    start, end = ln.start, ln.end
    if text[start] == "^":
        placer.add("framing", start, start + 1)
        start += 1
    mark = _end_mark(text, start, end)
    symbol = None if mark is None else text[mark]
    if mark is not None:
        placer.add("framing", mark, mark + 1)
        end = _before(text, start, mark)
    value = text[start:end].strip()
    keyword = _squashed(heading.keyword) if heading and heading.keyword else None
    after_byline, acc.after_byline = acc.after_byline, False
    if not value:
        return
    if (
        acc.slug is None
        and acc.title is None
        and (_WORD_COUNT.search(value) or (keyword and _squashed(value).startswith(keyword)))
    ):
        acc.slug = _WORD_COUNT.sub("", value).strip()
        placer.add("slug", start, end)
    elif _CODE.fullmatch(value) or _ADVANCE.fullmatch(value):
        placer.add("header", start, end)
    elif _RULE.fullmatch(value):
        placer.add("rule", start, end)
    elif is_tabular(value):  # a routing line laid out in columns: "NAME49      -ADVISORY"
        placer.add("routing", start, end)
    elif _EDNOTE.match(value):
        acc.notes.append(value)
        placer.add("ednote", start, end)
    elif _MEDIA.match(value):
        placer.add("media", start, end)
        acc.media.append((start, end))
    elif acc.byline is None and is_byline(value):
        acc.byline = value
        acc.after_byline = symbol == "="
        placer.add("byline", start, end)
    elif after_byline and symbol == "=":
        placer.add("byline-title", start, end)
    elif acc.title is None:
        acc.title = value
        placer.add("title", start, end)
    elif acc.lede is None and acc.byline is None:
        acc.lede = value
        placer.add("lede", start, end)
    else:
        acc.notes.append(value)
        placer.add("ednote", start, end)


def _kind(ln: Line) -> str:
    """The shape of a line of the text: blank, caret, agate, indent, signoff or plain."""
    t = ln.text
    if not t.strip(PAD):
        return "blank"
    if t[0] == "^":
        return "caret"
    if t[0] == "\x08":
        return "agate"
    if t[0] == "\t" or t.startswith("    "):
        return "indent"
    if t.startswith("=="):
        return "signoff"
    return "plain"


def _units(text: str, body: list[Line]) -> list[tuple[str, list[Line]]]:
    """Group lines into units: a unit is a line and the plain lines that continue it."""
    units: list[tuple[str, list[Line]]] = []
    for ln in body:
        kind = _kind(ln)
        if kind == "caret":
            for piece in _split_fields(text, ln):
                units.append(("caret", [piece]))
            continue
        if kind == "plain" and units and _continued(units[-1]):
            units[-1][1].append(ln)
            continue
        units.append((kind, [ln]))
    return units


def _continued(unit: tuple[str, list[Line]]) -> bool:
    """A plain line continues an indented paragraph, or a ``^`` line not yet ended."""
    kind, group = unit
    return kind == "indent" or (kind == "caret" and _end_mark(group[-1].text) is None)


def _opens_text(text: str, kind: str, group: list[Line]) -> bool:
    """An indented line, or a ``^`` line with text and no end mark, ends the header lines."""
    if kind == "indent":
        return True
    if kind != "caret" or _end_mark(group[-1].text) is not None:
        return False
    return bool(text[group[0].start + 1 : group[-1].end].strip())


def _split_fields(text: str, ln: Line) -> list[Line]:
    pieces: list[Line] = []
    at = ln.start
    for m in _FIELD_SPLIT.finditer(text, ln.start, ln.end):
        pieces.append(Line(at, m.start(), text[at : m.start()]))
        at = m.end()
    pieces.append(Line(at, ln.end, text[at : ln.end]))
    return pieces


@attrs.define
class _Body:
    """The text's blocks as they are found."""

    spans: list[tuple[int, int]] = attrs.Factory(list)
    subheads: set[int] = attrs.Factory(set)
    notes: list[str] = attrs.Factory(list)
    tables: list[tuple[int, int]] = attrs.Factory(list)
    signed: bool = False


def _span(text: str, group: list[Line], placer: Placer) -> tuple[int, int]:
    """A unit's span without its indent, trailing spaces and quad mark (``<``)."""
    start, end = group[0].start, group[-1].end
    while start < end and (text[start] in " \t^" or text[start] in FRAMING):
        if text[start] != " " and text[start] != "\t":
            placer.add("framing", start, start + 1)
        start += 1
    mark = _end_mark(text, start, end)
    if mark is not None:
        placer.add("framing", mark, mark + 1)
        end = mark
    while end > start and text[end - 1] in " \t\r\n":
        end -= 1
    return start, end


def _is_caps_head(value: str) -> bool:
    """A one-line head in capitals without closing punctuation (``UP NEXT``)."""
    return "\n" not in value and value.isupper() and _PROSE_END.search(value) is None


def _text_unit(text: str, kind: str, group: list[Line], body: _Body, placer: Placer) -> None:
    """Place one unit of the text (after the header lines)."""
    if body.signed and kind != "blank":  # after the sign-off: contacts, notes to editors
        start, end = group[0].start, group[-1].end
        placer.add("ednote", start, end)
        body.notes.append(text[start:end].strip())
        return
    if kind == "blank":
        return
    terminated = _end_mark(group[-1].text) is not None
    start, end = _span(text, group, placer)
    value = text[start:end]
    if start == end:
        return
    if _RULE.fullmatch(value) or (kind == "caret" and value == "END"):
        placer.add("rule", start, end)
    elif kind == "agate" or any(is_tabular(ln.text) for ln in group):
        role = "routing" if not body.spans and len(group) == 1 and kind != "agate" else "table"
        placer.add(role, start, end)
        if role == "table":
            body.tables.append((start, end))
    elif kind == "signoff" or (kind == "indent" and _SIGNOFF.fullmatch(value)):
        placer.add("signoff", start, end)
        body.signed = True
    else:
        placer.add("body", start, end)
        if (kind == "caret" and terminated) or _is_caps_head(value):
            body.subheads.add(len(body.spans))
        body.spans.append((start, end))


def _message(text: str, frame: Frame, reporter: Reporter, placer: Placer) -> WireFields:
    heading = None
    if frame.heading is not None:
        start, end = frame.heading
        heading = read_heading(text[start:end])
        if heading is not None:
            placer.add("header", start, end)
    published = None
    trailer = frame.trailer
    if trailer is not None:
        end_lines = [ln for ln in lines(text, *trailer) if not ln.blank]
        if end_lines:
            published = place_end_line(end_lines[0], reporter, placer)
    units = _units(text, lines(text, *frame.body))
    acc = _Acc()
    body = _Body()
    i = 0
    if not frame.cut:  # the header lines: up to the first indented paragraph
        while i < len(units):
            kind, group = units[i]
            if _opens_text(text, kind, group):
                break
            if kind in ("caret", "plain"):
                _field(text, Line(group[0].start, group[-1].end, ""), heading, acc, placer)
            elif kind != "blank":
                _text_unit(text, kind, group, body, placer)
            i += 1
    for kind, group in units[i:]:
        _text_unit(text, kind, group, body, placer)
    for start, end in acc.media:
        reporter.report("wire-media", "a photo or media line was kept out of the body", start, end)
    if body.tables:
        reporter.report(
            "wire-agate",
            f"{len(body.tables)} agate or tabular run(s) kept out of the body",
            body.tables[0][0],
            body.tables[-1][1],
        )
    slug = acc.slug or (heading.keyword if heading else None)
    return WireFields(
        title=acc.title,
        lede=acc.lede,
        byline=acc.byline,
        ednote="\n".join(note for note in (*acc.notes, *body.notes) if note) or None,
        slug=slug,
        version=heading.version if heading else None,
        id=heading.id if heading else None,
        urgency=URGENCY.get(heading.priority) if heading else None,
        section=heading.category if heading else None,
        published=published,
        paragraphs=tuple(body.spans),
        subheads=frozenset(body.subheads),
    )


#: The format in the registry (``wirefmt.FORMATS["anpa1312"]``).
ANPA1312 = Format(
    name=NAME,
    summary="ANPA-1312 wire text: service and story number, '^' header lines, TAB paragraphs",
    detect=detect,
    read=read,
)
