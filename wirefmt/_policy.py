"""Strict or lenient: the one place that raises or records a problem.

Every problem found in the input passes through :meth:`Reporter.report`, and every parse ends
with :meth:`Reporter.finish`. In lenient mode (the default) each problem becomes a
:class:`~wirefmt.Diagnostic` on the result; in strict mode the *error* that stands first in
the document raises :class:`~wirefmt.ParseError`. *Notices* (facts a user should know, such
as a timestamp printed without a zone) are recorded in both modes and never raise.

Every code is listed in :data:`CODES` with its severity and meaning; ``docs/diagnostics.md``
documents the same list, and a test keeps the two in step.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from itertools import accumulate, repeat
from operator import attrgetter
from typing import Final, Literal

import regex

from ._errors import ParseError, line_column
from ._model import Diagnostic

__all__ = ["CODES", "Reporter", "line_starts"]

Severity = Literal["error", "notice"]

#: code -> (severity, meaning). Codes are stable: they may be added, never renamed.
CODES: Final[dict[str, tuple[Severity, str]]] = {
    "empty-input": ("notice", "the document holds no text (empty, or white space only)"),
    "invalid-utf8": ("error", "the bytes are not valid UTF-8; undecodable bytes became U+FFFD"),
    "binary-input": ("error", "the input looks binary (NUL characters); nothing was parsed"),
    "control-characters": ("notice", "the text holds control characters other than line ends"),
    "bad-timestamp": ("error", "a line shaped like a timestamp is not a valid one"),
    "naive-timestamp": ("notice", "a timestamp has no zone: its datetime is naive, not UTC"),
    "timestamps-out-of-order": ("notice", "the last timestamp is earlier than the first"),
    "ambiguous-date": (
        "notice",
        "a timestamp's day and month could swap (05/04/2021), or its month word names "
        "different months in different languages: the reading taken is stated",
    ),
    "ambiguous-zone": (
        "notice",
        "a timestamp's zone name has several meanings (IST, CST, BST): the reading taken is stated",
    ),
    "inferred-year": (
        "notice",
        "a timestamp prints no year: it was taken from the reference date",
    ),
    "bad-suffix-date": ("error", "the description's DD.MM.YYYY suffix is not a real date"),
    "no-title": ("notice", "no line could be read as the title"),
    "no-body": ("notice", "no body text was found (photo and video pages have none)"),
    "leftover": ("error", "a piece of the input could not be placed in any field"),
    "unexpected-order": ("notice", "blocks stand in another order than the usual page dump"),
    "dense-body": (
        "notice",
        "glued boundary candidates every few characters, as in no prose: the rest of the "
        "body was left unsplit",
    ),
    "no-items": ("notice", "the input, read in its format, holds no item (an empty feed)"),
    "uncased-script": (
        "notice",
        "the body's script has no letter case: subheads cannot be recovered",
    ),
    # XML feeds (NITF, NewsML-G2): wirefmt/formats/_xml.py, nitf.py, newsml_g2.py
    "xml-malformed": (
        "error",
        "the input is not well-formed XML: what the recovering parser could read was read",
    ),
    "xml-entity": (
        "error",
        "the document declares entities (a DTD internal subset): they were not expanded",
    ),
    "xml-encoding-mismatch": (
        "notice",
        "the XML declaration names an encoding the bytes are not in: they were read in the "
        "one they are in",
    ),
    "xml-encoding-guessed": (
        "error",
        "the bytes are in no encoding declared or tried first: they were read in a guessed one",
    ),
    "xml-unknown-root": ("error", "the XML root element is not one this format reads"),
    "item-skipped": (
        "notice",
        "an item holding no text (a package, a picture, a concept) was not read as an article",
    ),
    "left-out": (
        "notice",
        "a table, media object, note, rule or sign-off was kept out of the body",
    ),
    "double-escaped": (
        "notice",
        "entity references printed in a body's text (escaped twice) were decoded once more",
    ),
    # ninjs (wirefmt/formats/ninjs.py) and markup bodies (wirefmt/formats/_markup.py)
    "bad-json": ("error", "the input is not JSON from this point on, or an item is no object"),
    "ninjs-version": (
        "error",
        "a ninjs 3.x item (camelCase names such as versionCreated): it was not read",
    ),
    "bad-field": ("error", "a field holds a value of the wrong kind or range: it was ignored"),
    "markup-kept-out": (
        "notice",
        "a table, medium, script, unresolved entity or row of labels in a markup body was "
        "kept out of the body",
    ),
    "title-repeat": (
        "notice",
        "the body's first block repeats the title: it was left out of the body",
    ),
    "byline-repeat": (
        "notice",
        "the body's first or last block prints the byline: it was left out of the body",
    ),
    # --- IPTC 7901 and ANPA-1312 wire streams (wirefmt/formats/_wire.py) ---
    "wire-encoding": (
        "notice",
        "the wire text is not UTF-8: it was read as ISO-8859-1 (0x80-0x9F as cp1252)",
    ),
    "wire-cut-message": ("notice", "a wire message has no SOH: its start was cut off"),
    "wire-unterminated": ("notice", "a wire message has neither ETX nor EOT: its end was cut off"),
    "wire-no-framing": (
        "notice",
        "a wire message has no control characters: it was read from its layout alone",
    ),
    "wire-agate": (
        "notice",
        "agate or tabular lines (columns, BS-led rows) were kept out of the body",
    ),
    "wire-media": ("notice", "a photo or media line of the header was kept out of the body"),
}


#: Reports positioned by rescanning before the line starts are indexed: most documents have
#: a problem or two, and indexing a long one costs more than a few rescans.
_FEW: Final = 8
# A line end: "\r\n", "\r" or "\n", as ``line_column`` counts them.
_LINE_END: Final = regex.compile(r"\r\n|\r|\n")


#: The sort key of :meth:`Reporter.finish`, read at C speed.
_BY_POSITION: Final = attrgetter("start", "end")


def line_starts(text: str) -> list[int]:
    """The offset where each line of ``text`` starts, as ``line_column`` counts lines.

    When every ``\\r`` is part of a ``\\r\\n``, a line starts after each ``\\n``: the
    lengths of a plain split give the starts several times faster than the pattern.
    """
    cr = text.count("\r")
    if cr and cr != text.count("\r\n"):
        return [0, *(m.end() for m in _LINE_END.finditer(text))]
    parts = text.split("\n")
    parts.pop()
    return list(accumulate([len(part) + 1 for part in parts], initial=0))


class Reporter:
    """Collects the diagnostics of one document; in strict mode, raises the first error.

    Problems are recorded as the parser finds them, in whatever order its phases run;
    :meth:`finish` then raises the error that stands *first in the document* (strict mode),
    or returns the diagnostics sorted by position (lenient mode).

    Args:
        text: the document's text; positions are read off it.
        strict: make :meth:`finish` raise :class:`ParseError` when there is an error.
        starts: :func:`line_starts` of ``text``, when the caller has them: a document of
            many items makes a Reporter over the whole text per item, and each would
            otherwise find them again (read only; shared between Reporters).
    """

    __slots__ = ("_line_starts", "diagnostics", "strict", "text")

    def __init__(self, text: str, *, strict: bool, starts: list[int] | None = None) -> None:
        self.text = text
        self.strict = strict
        self.diagnostics: list[Diagnostic] = []
        self._line_starts: list[int] | None = starts

    def _position(self, offset: int) -> tuple[int, int]:
        """The 1-based (line, column) of ``offset``, as ``line_column`` gives it.

        ``line_column`` rescans the text up to the offset, so a document with a problem on
        every line cost time quadratic in its length. The first few reports still use it (a
        count at C speed); past those, the line starts are found once and each position is
        a binary search.
        """
        if self._line_starts is None:
            if len(self.diagnostics) < _FEW:
                return line_column(self.text, offset)
            self._line_starts = line_starts(self.text)
        text = self.text
        if offset < 0:
            offset = 0
        elif offset > len(text):
            offset = len(text)
        line = bisect_right(self._line_starts, offset)
        if 0 < offset < len(text) and text[offset - 1] == "\r" and text[offset] == "\n":
            return line + 1, 1  # between the two characters of a "\r\n": a new line
        return line, offset - self._line_starts[line - 1] + 1

    def report(self, code: str, message: str, start: int, end: int | None = None) -> None:
        """Record a problem at ``text[start:end]`` (a point when ``end`` is None)."""
        if code not in CODES:  # a programming error, not an input one
            raise KeyError(f"undocumented diagnostic code {code!r}")
        line, column = self._position(start)
        self.diagnostics.append(
            Diagnostic(code, message, start, start if end is None else end, line, column)
        )

    def refuse(self, error: ParseError, start: int, end: int, message: str | None = None) -> None:
        """A problem past which the input cannot be read as asked (invalid UTF-8, binary data).

        Strict mode raises ``error`` now (its class and offsets were chosen by the caller:
        :class:`~wirefmt.InputError` for binary input, a byte offset for a bad byte);
        lenient mode records its code at ``text[start:end]`` with ``message`` (by default
        the error's own), like :meth:`report`.
        """
        if self.strict:
            raise error
        self.report(error.code, error.message if message is None else message, start, end)

    def report_each(
        self, code: str, messages: Sequence[str], starts: Sequence[int], ends: Sequence[int]
    ) -> None:
        """Record many problems of one code, the i-th at ``text[starts[i]:ends[i]]``: as
        many calls to :meth:`report`, with one code check and the positions found in bulk
        (a dump can hold thousands of left-over lines)."""
        if code not in CODES:
            raise KeyError(f"undocumented diagnostic code {code!r}")
        if not starts:
            return
        text = self.text
        if self._line_starts is None and len(self.diagnostics) + len(starts) >= _FEW:
            self._line_starts = line_starts(text)
        found = self._line_starts
        lines: Sequence[int]
        columns: Sequence[int]
        if found is None or "\r" in text or min(starts) <= 0 or max(starts) >= len(text):
            # the few, or the cases _position treats with care: one at a time
            lines, columns = zip(*map(self._position, starts), strict=True)
        else:
            lines = [bisect_right(found, start) for start in starts]
            columns = [
                start - found[line - 1] + 1 for start, line in zip(starts, lines, strict=True)
            ]
        self.diagnostics.extend(
            map(Diagnostic, repeat(code), messages, starts, ends, lines, columns)
        )

    def finish(self) -> tuple[Diagnostic, ...]:
        """Return the diagnostics in input order; strict mode raises the first error instead."""
        found = tuple(sorted(self.diagnostics, key=_BY_POSITION))
        if self.strict:
            for d in found:
                if CODES[d.code][0] == "error":
                    raise ParseError.at(self.text, d.message, code=d.code, start=d.start)
        return found
