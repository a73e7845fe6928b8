"""What IPTC 7901 and ANPA-1312 share: bytes to text, a stream cut into framed messages.

Both formats come down a serial line as 7- or 8-bit text framed by control characters:

* ``SOH`` (U+0001) opens a message; its heading runs to ``STX``;
* ``STX`` (U+0002) opens the text, which runs to ``ETX``;
* ``ETX`` (U+0003) closes the text; an end line (the transmission time) may follow;
* ``EOT`` (U+0004) closes the message.

``SYN`` (U+0016), ``DEL`` (U+007F), ``FF`` (U+000C) and line ends pad the gaps between
messages. A capture often starts inside a message (no ``SOH``: the message is *cut*) and
ends inside one (no ``ETX``/``EOT``: *unterminated*); both are kept with a diagnostic.

Offsets are character offsets into the decoded stream. Decoding maps one byte to one
character (Latin-1/cp1252) or reads UTF-8 when the whole input is valid UTF-8, so the
control characters the framing needs survive either way.

This module is private: the readers in :mod:`wirefmt.formats.iptc7901` and
:mod:`wirefmt.formats.anpa1312` build on it.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable, Iterator
from typing import Final, NamedTuple

import attrs
import regex

from .._model import Article, Block, Dateline, Evidence, Paragraph, Segment, Subhead
from .._policy import Reporter, line_starts
from .._registry import ReadOptions
from ..fields._dateline_format import KNOWN_AGENCIES
from ..fields._places import AGENCY_NAME_PARTS
from ..fields.datelines import parse_dateline, shift

__all__ = [
    "FRAMING",
    "PAD",
    "Frame",
    "Line",
    "Placer",
    "WireFields",
    "decode",
    "frames",
    "lines",
    "read_stream",
]

SOH: Final = "\x01"
STX: Final = "\x02"
ETX: Final = "\x03"
EOT: Final = "\x04"

#: Characters that only frame or pad a message: they carry no text.
#: NUL and DEL are a teletype's fill characters, BEL its alarm.
FRAMING: Final = frozenset("\x00\x01\x02\x03\x04\x07\x0c\x16\x7f")
#: What a line holding no text may hold: framing and white space.
PAD: Final = "".join(sorted(FRAMING)) + " \t\r\n\x0b\xa0"


# --- decoding -------------------------------------------------------------------------


def _cp1252_table() -> dict[int, str]:
    """Latin-1 code points 0x80-0x9F -> the cp1252 character of that byte (where defined)."""
    table: dict[int, str] = {}
    for byte in range(0x80, 0xA0):
        try:
            table[byte] = bytes([byte]).decode("cp1252")
        except UnicodeDecodeError:  # 0x81, 0x8D, 0x8F, 0x90, 0x9D: no cp1252 character
            continue
    return table


_CP1252: Final = _cp1252_table()

_C1: Final = regex.compile(rb"[\x80-\x9f]")

ENCODING_NOTE: Final = (
    "the wire text is not UTF-8: read as ISO-8859-1, with bytes 0x80-0x9F as in cp1252"
)


def decode(data: bytes) -> tuple[str, bool]:
    """Decode wire bytes, one character per byte unless the whole input is UTF-8.

    Returns the text and whether the single-byte reading was taken (a diagnostic says so).
    UTF-8 first: an input that is valid UTF-8 and not plain ASCII is almost never Latin-1.
    Otherwise ISO-8859-1, the 8-bit set both standards name, with the C1 range read as
    cp1252 (curly quotes, dashes), since C1 controls never stand in wire text.
    """
    try:
        return data.decode("utf-8"), False
    except UnicodeDecodeError:
        text = data.decode("latin-1")
        # str.translate with a table walks the text in Python-level steps: only when needed
        return (text.translate(_CP1252) if _C1.search(data) else text), True


# --- lines and frames -----------------------------------------------------------------


class Line(NamedTuple):
    """One line of the stream: ``text[start:end]``, without its line end.

    A named tuple, not an attrs class: a stream makes one per line, and a tuple is built
    several times faster.
    """

    start: int
    end: int
    text: str

    @property
    def blank(self) -> bool:
        """White space and padding only (a DEL or NUL line carries no text)."""
        return not self.text.strip(PAD)


#: A line end: CR LF, CR CR LF (as teletype captures write it), CR or LF alone.
_LINE_END: Final = regex.compile(r"\r\r\n|\r\n|\r|\n")


def lines(text: str, start: int, end: int) -> list[Line]:
    """The lines of ``text[start:end]`` (a last line without a line end included)."""
    region = text[start:end]
    cr = region.count("\r")
    if cr and cr != region.count("\r\n") + region.count("\r\r\n"):
        # a CR that ends a line alone: the pattern tells each kind of line end
        found: list[Line] = []
        at = start
        for m in _LINE_END.finditer(text, start, end):
            found.append(Line(at, m.start(), text[at : m.start()]))
            at = m.end()
        if at < end:
            found.append(Line(at, end, text[at:end]))
        return found
    # LF, CR LF or CR CR LF only: a split at C speed
    pieces = region.split("\n")
    last = pieces.pop()
    found = []
    at = start
    for piece in pieces:
        content = piece.rstrip("\r") if cr else piece
        found.append(Line(at, at + len(content), content))
        at += len(piece) + 1
    if last:
        found.append(Line(at, end, last))
    return found


@attrs.frozen(slots=True)
class Frame:
    """One message of a stream, located by its control characters.

    ``start``/``end`` cover the message and the padding before it. ``soh``, ``stx``,
    ``etx`` and ``eot`` are the offsets of those characters, None where missing.
    """

    start: int
    end: int
    soh: int | None
    stx: int | None
    etx: int | None
    eot: int | None

    @property
    def cut(self) -> bool:
        """The message's start was lost: no ``SOH``."""
        return self.soh is None

    @property
    def unterminated(self) -> bool:
        """The message's end was lost: neither ``ETX`` nor ``EOT``."""
        return self.etx is None and self.eot is None

    @property
    def heading(self) -> tuple[int, int] | None:
        """The span between ``SOH`` and ``STX`` (the header fields), if both are there."""
        if self.soh is None:
            return None
        return self.soh + 1, self.end if self.stx is None else self.stx

    @property
    def body(self) -> tuple[int, int]:
        """The span of the message's text: after ``STX`` (or the start) to ``ETX``."""
        if self.stx is not None:
            begin = self.stx + 1
        elif self.soh is not None:
            begin = self.end  # a heading with no text
        else:
            begin = self.start
        stop = (
            self.etx if self.etx is not None else (self.eot if self.eot is not None else self.end)
        )
        return begin, max(begin, stop)

    @property
    def trailer(self) -> tuple[int, int] | None:
        """The span after ``ETX`` up to ``EOT`` (the end line), if ``ETX`` is there."""
        if self.etx is None:
            return None
        return self.etx + 1, self.end if self.eot is None else self.eot


def _first(text: str, char: str, start: int, end: int) -> int | None:
    at = text.find(char, start, end)
    return None if at < 0 else at


def frames(text: str) -> list[Frame]:
    """Cut a decoded stream into messages at ``SOH``; each runs to the next ``SOH``.

    Text before the first ``SOH`` is a cut message when it holds anything but padding;
    padding there joins the first message. A stream with no ``SOH`` at all is one cut
    message (a capture whose control characters were stripped: the reader recovers what
    it can from the layout).
    """
    starts = [m.start() for m in regex.finditer("\x01", text)]
    found: list[Frame] = []
    begin = 0
    first = starts[0] if starts else len(text)
    if text[:first].strip(PAD):  # something before the first SOH: a cut message
        etx = _first(text, ETX, 0, first)
        eot = _first(text, EOT, 0 if etx is None else etx, first)
        found.append(Frame(0, first, None, None, etx, eot))
        begin = first
    for i, soh in enumerate(starts):
        stop = starts[i + 1] if i + 1 < len(starts) else len(text)
        stx = _first(text, STX, soh, stop)
        etx = _first(text, ETX, soh if stx is None else stx, stop)
        eot = _first(text, EOT, soh if etx is None else etx, stop)
        found.append(Frame(begin, stop, soh, stx, etx, eot))
        begin = stop
    return found


# --- placing every character ----------------------------------------------------------

_SPACE: Final = " \t\r\n\x0b\xa0"


@attrs.define
class Placer:
    """Collects where each piece of a message went; whatever is left is reported.

    ``add`` records a role for ``text[start:end]`` (white space at its ends trimmed);
    :meth:`finish` walks the message, gives the framing characters their role, and turns
    every other character that nothing claimed into a ``leftover`` segment with an error.
    """

    text: str
    pieces: list[Segment] = attrs.Factory(list)

    def add(self, role: str, start: int, end: int) -> None:
        text = self.text
        while start < end and text[start] in _SPACE:
            start += 1
        while end > start and text[end - 1] in _SPACE:
            end -= 1
        if start < end:
            self.pieces.append(Segment(role, start, end))

    def finish(self, start: int, end: int, reporter: Reporter) -> tuple[Segment, ...]:
        claimed = sorted(self.pieces, key=lambda s: (s.start, s.end))
        out: list[Segment] = []
        at = start
        for seg in [*claimed, Segment("", end, end)]:
            if seg.start > at:
                self._gap(at, seg.start, out, reporter)
            if seg.role:
                out.append(seg)
            at = max(at, seg.end)
        return tuple(_merged(out))

    def _gap(self, start: int, end: int, out: list[Segment], reporter: Reporter) -> None:
        """Give the unclaimed ``text[start:end]`` its roles: framing, space, or leftover."""
        text = self.text
        i = start
        while i < end:
            ch = text[i]
            if ch in _SPACE:
                i += 1
                continue
            j = i + 1
            if ch in FRAMING:
                while j < end and text[j] in FRAMING:
                    j += 1
                out.append(Segment("framing", i, j))
            else:
                while j < end and text[j] not in FRAMING and text[j] not in "\r\n":
                    j += 1
                while text[j - 1] in _SPACE:
                    j -= 1
                out.append(Segment("leftover", i, j))
                reporter.report(
                    "leftover", "a piece of the wire message could not be placed in any field", i, j
                )
            i = j


def _merged(segments: list[Segment]) -> Iterator[Segment]:
    """Join runs of one role that touch or are parted by white space only."""
    held: Segment | None = None
    for seg in segments:
        if held is not None and held.role == seg.role and held.role != "leftover":
            held = Segment(held.role, held.start, seg.end)
            continue
        if held is not None:
            yield held
        held = seg
    if held is not None:
        yield held


# --- what both readers fill -----------------------------------------------------------


@attrs.frozen(slots=True)
class WireFields:
    """The fields one message gave, before they become an Article."""

    title: str | None = None
    lede: str | None = None
    byline: str | None = None
    ednote: str | None = None
    slug: str | None = None
    version: str | None = None
    id: str | None = None
    urgency: int | None = None
    section: str | None = None
    keywords: tuple[str, ...] = ()
    published: _dt.datetime | None = None
    paragraphs: tuple[tuple[int, int], ...] = ()
    subheads: frozenset[int] = frozenset()


def _blocks(text: str, fields: WireFields) -> tuple[Block, ...]:
    blocks: list[Block] = []
    for i, (start, end) in enumerate(fields.paragraphs):
        kind = Subhead if i in fields.subheads else Paragraph
        evidence = Evidence.START if i == 0 else Evidence.LINE_BREAK
        blocks.append(kind(text[start:end], start, end, evidence))
    return tuple(blocks)


_ACRONYM: Final = regex.compile(r"[\p{Lu}\d&/-]{2,6}+")


def _is_agency(name: str) -> bool:
    """A bracketed name that is an agency by its shape, as the dateline grammar judges one:
    an acronym (``AP``, ``KNX``), a name holding an agency's word (``Agencia Sur``), or a
    house style the dateline writer knows (``Reuters``); else it is a place (``Honolulu``)."""
    if _ACRONYM.fullmatch(name) is not None or name in KNOWN_AGENCIES:
        return True
    folded = name.casefold()
    return any(part in folded for part in AGENCY_NAME_PARTS)


def _dateline(text: str, fields: WireFields) -> Dateline | None:
    """The dateline opening the first paragraph, with offsets into the stream."""
    if not fields.paragraphs:
        return None
    start, end = fields.paragraphs[0]
    found = parse_dateline(text[start:end], reference=fields.published)
    if found is None:
        return None
    if found.place is None and found.agency is not None and not _is_agency(found.agency):
        # broadcast copy opens with the place alone in brackets: "(Honolulu) -- ..."
        found = attrs.evolve(found, place=found.agency, agency=None)
    return shift(found, start)


Message = Callable[[str, Frame, Reporter, Placer], WireFields]


def read_stream(
    data: bytes | str, options: ReadOptions, name: str, read_message: Message
) -> Iterator[Article]:
    """Decode ``data``, cut it into messages and yield an Article for each, in order.

    ``read_message`` reads one framed message: it records where each piece went on the
    :class:`Placer` and returns the fields. What it leaves unclaimed is reported here.
    """
    if isinstance(data, str):
        text, single_byte = data, False
    else:
        text, single_byte = decode(bytes(data))
    found = frames(text)
    if not found:  # nothing but padding: one empty article says so
        reporter = options.reporter(text)
        reporter.report("empty-input", "the wire stream holds no message", 0, len(text))
        segments = Placer(text).finish(0, len(text), reporter)
        yield Article(format=name, segments=segments, diagnostics=reporter.finish())
        return
    # A Reporter finds a line by counting line ends from the start of its text: in a
    # stream, each message's reports would rescan every message before it. The stream's
    # line starts are found once and handed to each message's Reporter.
    starts = line_starts(text) if len(found) > 1 else None
    for frame in found:
        reporter = options.reporter(text, starts)
        if single_byte and not text[frame.start : frame.end].isascii():
            reporter.report("wire-encoding", ENCODING_NOTE, frame.start)
        framed = frame.soh is not None or frame.stx is not None or not frame.unterminated
        if not framed:
            reporter.report(
                "wire-no-framing",
                "no SOH, STX, ETX or EOT: the message was read from its layout alone",
                frame.start,
            )
        elif frame.cut:
            reporter.report(
                "wire-cut-message",
                "the message has no SOH: its start was cut off before the capture began",
                frame.start,
            )
        if framed and frame.unterminated:
            reporter.report(
                "wire-unterminated",
                "the message has neither ETX nor EOT: its end was cut off",
                frame.end,
            )
        placer = Placer(text)
        fields = read_message(text, frame, reporter, placer)
        segments = placer.finish(frame.start, frame.end, reporter)
        yield Article(
            title=fields.title,
            lede=fields.lede,
            dateline=_dateline(text, fields),
            published=fields.published,
            keywords=fields.keywords,
            body=_blocks(text, fields),
            section=fields.section,
            byline=fields.byline,
            id=fields.id,
            version=fields.version,
            urgency=fields.urgency,
            slug=fields.slug,
            ednote=fields.ednote,
            format=name,
            segments=segments,
            diagnostics=reporter.finish(),
        )
