"""``parse()``: the one entry point, from str or bytes to an :class:`Article`."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import Final

import attrs

from ._errors import InputError
from ._langid import identify
from ._model import Article
from ._policy import Reporter
from ._text import (
    DEFAULT_MAX_SIZE,
    check_size,
    decode,
    invalid_utf8,
    looks_binary,
    report_decoding,
)
from .formats import pagedump

__all__ = ["FORMATS", "parse"]

# A control character other than tab, line feed, vertical tab, form feed and carriage return.
# (``re``, not ``regex``: a plain class scanned over the whole text is several times faster.)
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")

_BINARY: Final = "the input looks binary: it holds NUL or other control characters"

#: Format name -> the function that reads a decoded document of that format.
FORMATS: Final[Mapping[str, Callable[[str, Reporter], Article]]] = MappingProxyType(
    {"pagedump": pagedump.parse}
)


def parse(
    data: str | bytes,
    *,
    strict: bool = False,
    format: str = "pagedump",
    max_size: int | None = DEFAULT_MAX_SIZE,
    identify_language: bool = False,
) -> Article:
    """Parse one document into an :class:`Article`.

    Args:
        data: the document. ``bytes`` are read as UTF-8 (a byte-order mark is skipped);
            ``str`` is read as is. ``\\r\\n``, ``\\r`` and ``\\n`` all end a line.
        strict: raise :class:`ParseError` at the first problem instead of recording it as a
            :class:`Diagnostic` on the result. Notices (such as a timestamp with no zone)
            never raise.
        format: the input format; ``"pagedump"`` (the default) is the agency page dump.
        max_size: refuse documents longer than this many bytes (characters for ``str``);
            None lifts the limit.
        identify_language: when the document names no language (no locale, no edition),
            identify it from the title, lede and body with py3langid (the ``langid``
            extra: ``pip install "wirefmt[langid]"``); ``Article.language_source`` is then
            ``"text"``. Off by default, so that the result never depends on what else is
            installed. The language stays None when the text is short or the answer unsure.

    Returns:
        The :class:`Article`. In lenient mode (the default) every problem is a diagnostic on
        it and the field concerned stays None or empty.

    Raises:
        ParseError: strict mode only: the error that stands first in the document (invalid
            UTF-8, a bad timestamp, a line that could not be placed …), with its line,
            column and offset.
        InputError: a document over ``max_size``, whatever the mode; or, in strict mode, a
            binary one.
        TypeError: ``data`` is neither str nor bytes.
        ValueError: an unknown ``format``.
        ModuleNotFoundError: ``identify_language=True`` without py3langid installed.

    >>> import wirefmt
    >>> doc = "Title of the story\\n\\nWhat happened, in short.\\n\\n2022-02-14T14:18+0100\\n"
    >>> article = wirefmt.parse(doc)
    >>> article.title, article.lede, article.published.isoformat()
    ('Title of the story', 'What happened, in short.', '2022-02-14T14:18:00+01:00')
    """
    reader = FORMATS.get(format)
    if reader is None:
        known = ", ".join(sorted(FORMATS))
        raise ValueError(f"unknown format {format!r}; known formats: {known}")
    check_size(data, max_size)
    bad_byte: int | None = None
    raw = b""
    if isinstance(data, str):
        text = data
    else:
        raw = data if type(data) is bytes else bytes(data)
        text, bad_byte = decode(raw)
    # Binary input is told first: its bytes are seldom UTF-8, and "binary" is what to say.
    control = _CONTROL.search(text)
    binary = control is not None and looks_binary(text)
    if bad_byte is not None and strict and not binary:
        raise invalid_utf8(text, raw, bad_byte)
    reporter = Reporter(text, strict=strict)
    if bad_byte is not None and not strict:
        report_decoding(reporter, text, raw, bad_byte)
    if binary:
        assert control is not None  # binary text holds a control character
        if strict:
            # Refused, not misparsed: InputError, as documented above and in _errors.
            raise InputError.at(text, _BINARY, code="binary-input", start=control.start())
        reporter.report("binary-input", _BINARY, 0, len(text))
        return Article(diagnostics=reporter.finish())
    if control is not None:
        reporter.report(
            "control-characters",
            f"the text holds control character U+{ord(control.group()):04X}",
            control.start(),
            control.end(),
        )
    article = reader(text, reporter)
    if identify_language and article.language is None:
        language = identify(article)
        if language is not None:
            article = attrs.evolve(article, language=language, language_source="text")
    return article
