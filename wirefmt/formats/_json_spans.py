"""Where a JSON document's values stand: the spans of its top-level values and strings.

``json`` gives values, not positions; a diagnostic or a block needs the offset in the
decoded document. These helpers find them without a second parser: the top-level values
with :meth:`json.JSONDecoder.raw_decode` (a document may hold several, one a line or side by
side), a string value by scanning the string literals of a span for the one that decodes to it.
"""

from __future__ import annotations

import json
from collections.abc import Generator, Iterator
from typing import Any, Final

import regex

from .._policy import Reporter

__all__ = ["JsonError", "no_lone_surrogates", "string_span", "top_values"]

_DECODER: Final = json.JSONDecoder(strict=False)  # raw control characters in strings: allowed
_SPACE: Final = regex.compile(r"[ \t\r\n\ufeff]*+")
#: A JSON string literal (possessive: linear on any input).
_STRING: Final = regex.compile(r'"(?:[^"\\]++|\\.)*+"', regex.DOTALL)
#: A JSON escape of a surrogate code point (fast test: most documents have none).
_ANY_SURROGATE: Final = regex.compile(r"\\u[dD][89a-fA-F]")
#: Scanned left to right: an escaped backslash (kept, so that ``\\\\ud800`` is text), a
#: high and low surrogate pair (kept: one character), a lone surrogate (replaced).
_SURROGATE_ESCAPES: Final = regex.compile(
    r"\\\\|\\u[dD][89abAB][0-9a-fA-F]{2}\\u[dD][c-fC-F][0-9a-fA-F]{2}"
    r"|\\u[dD][89a-fA-F][0-9a-fA-F]{2}"
)


class JsonError(ValueError):
    """The text is not JSON at ``pos``."""

    def __init__(self, message: str, pos: int) -> None:
        super().__init__(message)
        self.pos = pos


def top_values(text: str) -> Iterator[tuple[Any, int, int]]:
    """Each top-level JSON value of ``text`` with its span, in order; the elements of a
    top-level array one by one, each with its own span.

    Several values may stand one after the other (JSON Lines, or concatenated objects);
    white space (and a byte-order mark) between them is skipped.

    Raises:
        JsonError: at the first character that does not start a valid value, after the
            values read before it were yielded.
    """
    pos = _skip(text, 0)
    while pos < len(text):
        if text[pos] == "[":
            pos = yield from _elements(text, pos + 1)
        else:
            value, end = _decode(text, pos)
            yield value, pos, end
            pos = end
        pos = _skip(text, pos)


def _skip(text: str, pos: int) -> int:
    return _SPACE.match(text, pos).end()  # type: ignore[union-attr]  # `*` always matches


def _decode(text: str, pos: int) -> tuple[Any, int]:
    try:
        return _DECODER.raw_decode(text, pos)
    except json.JSONDecodeError as exc:
        raise JsonError(exc.msg, exc.pos) from None
    except RecursionError:
        raise JsonError("nested too deeply", pos) from None


def _elements(text: str, pos: int) -> Generator[tuple[Any, int, int], None, int]:
    """The elements of an array whose ``[`` stands before ``pos``; returns the end."""
    pos = _skip(text, pos)
    if text.startswith("]", pos):
        return pos + 1
    while True:
        value, end = _decode(text, pos)
        yield value, pos, end
        pos = _skip(text, end)
        if text.startswith("]", pos):
            return pos + 1
        if not text.startswith(",", pos):
            raise JsonError("Expecting ',' delimiter", pos)
        pos = _skip(text, pos + 1)


def string_span(text: str, value: str, start: int, end: int) -> tuple[int, int, bool] | None:
    """Where the string literal decoding to ``value`` stands in ``text[start:end]``.

    Returns ``(literal_start, literal_end, exact)``: the span of the literal, quotes
    included; ``exact`` when the literal holds no escape, so that ``value`` is
    ``text[literal_start + 1:literal_end - 1]`` character for character. None when no
    literal in the span decodes to ``value``.
    """
    # the common cases at C speed: the value printed with no escape, or escaped as json
    # itself escapes it (non-ASCII kept or not)
    plain = f'"{value}"'
    at = text.find(plain, start, end)
    if at >= 0 and (at == 0 or text[at - 1] != "\\"):
        return at, at + len(plain), True
    for printed in (json.dumps(value, ensure_ascii=False), json.dumps(value)):
        at = text.find(printed, start, end)
        if at >= 0:
            return at, at + len(printed), printed[1:-1] == value
    for match in _STRING.finditer(text, start, end):
        literal = match.group()
        if len(literal) < len(value) + 2:
            continue
        if literal[1:-1] == value:
            return match.start(), match.end(), True
        if "\\" in literal:
            try:
                decoded = json.loads(literal, strict=False)
            except ValueError:
                continue
            if decoded == value:
                return match.start(), match.end(), False
    return None


def no_lone_surrogates(text: str, reporter: Reporter) -> str:
    """``text`` with each JSON escape of a lone surrogate (``\\ud800`` with no partner: no
    character, and not encodable) written as ``\\ufffd``, reported as ``invalid-utf8``.
    The escapes have the same length, so offsets stay the document's."""
    if _ANY_SURROGATE.search(text) is None:
        return text

    def fix(match: regex.Match[str]) -> str:
        found = match.group()
        if found == "\\\\" or len(found) == 12:  # an escaped backslash, or a pair
            return found
        reporter.report(
            "invalid-utf8",
            f"the JSON escape {found} names a lone surrogate, not a character: it became U+FFFD",
            match.start(),
            match.end(),
        )
        return "\\ufffd"

    return _SURROGATE_ESCAPES.sub(fix, text)
