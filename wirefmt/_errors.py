"""The exceptions wirefmt raises.

One base class, :class:`WirefmtError`. Problems *in the input* raise :class:`ParseError`
(only in strict mode; lenient mode records a :class:`~wirefmt.Diagnostic` instead). Input the
library refuses to look at whatever the mode (too large, binary) raises :class:`InputError`.
Both are also :class:`ValueError`, so ``except ValueError`` in callers keeps working. Misuse of
the API (a wrong argument type, an unknown format name) raises ``TypeError`` or ``ValueError``
at once, from the call itself.
"""

from __future__ import annotations

from typing import Self

__all__ = ["InputError", "ParseError", "WirefmtError"]

_EXCERPT = 30  # characters of context either side of a problem in an error message


class WirefmtError(Exception):
    """Base class of every exception wirefmt raises on purpose.

    .. versionadded:: 0.1
    """


class ParseError(WirefmtError, ValueError):
    """The input is not what the parser accepts; raised in strict mode and by field parsers.

    Attributes:
        code: the stable diagnostic code (see ``docs/diagnostics.md``), e.g. ``"bad-timestamp"``.
        message: what is wrong, in words.
        offset: character offset of the problem in the text that was parsed (for undecodable
            bytes: the byte offset), or None when the problem has no place.
        line, column: 1-based position of ``offset``, or None.
        excerpt: a short piece of the input around the problem.

    .. versionadded:: 0.1
    """

    code: str
    message: str
    offset: int | None
    line: int | None
    column: int | None
    excerpt: str

    def __init__(
        self,
        message: str,
        *,
        code: str = "parse-error",
        offset: int | None = None,
        line: int | None = None,
        column: int | None = None,
        excerpt: str = "",
    ) -> None:
        self.code = code
        self.message = message
        self.offset = offset
        self.line = line
        self.column = column
        self.excerpt = excerpt
        where = ""
        if line is not None and column is not None:
            where = f" at line {line}, column {column}"
        elif offset is not None:
            where = f" at offset {offset}"
        shown = f" near {excerpt!r}" if excerpt else ""
        super().__init__(f"{message} [{code}]{where}{shown}")

    @classmethod
    def at(cls, text: str, message: str, *, code: str, start: int) -> Self:
        """Build an error whose position (line, column, excerpt) is read off ``text``."""
        line, column = line_column(text, start)
        lo = max(0, start - _EXCERPT)
        return cls(
            message,
            code=code,
            offset=start,
            line=line,
            column=column,
            excerpt=text[lo : start + _EXCERPT],
        )


class InputError(ParseError):
    """The input is refused whatever the mode: larger than the size limit, or binary.

    .. versionadded:: 0.1
    """


# The public name of each class is ``wirefmt.X``: tracebacks and reprs should say so.
for _cls in (WirefmtError, ParseError, InputError):
    _cls.__module__ = "wirefmt"


def line_column(text: str, offset: int) -> tuple[int, int]:
    """Return the 1-based (line, column) of ``offset`` in ``text``.

    Any of ``\\r\\n``, ``\\r`` and ``\\n`` ends a line.

    >>> line_column("ab\\r\\ncd", 4)
    (2, 1)
    """
    offset = max(0, min(offset, len(text)))
    head = text[:offset]
    crlf = head.count("\r\n")
    breaks = head.count("\n") + head.count("\r") - crlf
    last = max(head.rfind("\n"), head.rfind("\r"))
    return breaks + 1, offset - last
