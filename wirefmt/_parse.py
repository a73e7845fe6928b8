"""``parse()``, ``parse_many()`` and ``detect()``: from str or bytes to Articles.

The one way down: check the size, pick the format (named, or detected from the first bytes),
let its reader decode and read the input, then finish each Article (language identification,
when asked). Readers live in :mod:`wirefmt.formats`; what a format is, in
:mod:`wirefmt._registry`.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from types import MappingProxyType
from typing import Final

import attrs

from ._langid import identify
from ._model import Article, Diagnostic
from ._registry import HEAD_SIZE, Format, ReadOptions
from ._text import DEFAULT_MAX_SIZE, check_size
from .formats import FORMATS as _REGISTERED

__all__ = ["FORMATS", "detect", "no_items", "parse", "parse_many"]

#: The formats in detection order (``wirefmt.formats.FORMATS``).
_ORDER: tuple[Format, ...] = _REGISTERED

#: Format name -> :class:`Format`, read-only, in detection order.
FORMATS: Final[Mapping[str, Format]] = MappingProxyType({f.name: f for f in _ORDER})

#: The ``format`` argument that asks for detection.
AUTO: Final = "auto"


def _head(data: str | bytes | bytearray | memoryview) -> bytes:
    """The first bytes detection looks at (a ``str`` is encoded as UTF-8 for it)."""
    if isinstance(data, str):
        return data[:HEAD_SIZE].encode("utf-8", errors="surrogatepass")[:HEAD_SIZE]
    return bytes(data[:HEAD_SIZE])


def _sniff(data: str | bytes | bytearray | memoryview) -> Format:
    head = _head(data)
    for fmt in _ORDER:
        if fmt.detect(head):
            return fmt
    raise AssertionError("the page dump claims any input")  # pragma: no cover


def detect(data: str | bytes) -> str:
    """Name the format of ``data``, as ``parse(data)`` would read it.

    Only the first few kilobytes are looked at. A wire stream is told by its control
    characters, XML by its root element, ninjs by its JSON keys; any other text is
    ``"pagedump"``.

    Raises:
        TypeError: ``data`` is neither str nor bytes.

    >>> import wirefmt
    >>> wirefmt.detect("Title of the story\\n\\nWhat happened.\\n")
    'pagedump'
    """
    check_size(data, None)
    return _sniff(data).name


def _format(data: str | bytes, format: str) -> Format:
    if format == AUTO:
        return _sniff(data)
    found = FORMATS.get(format)
    if found is None:
        known = ", ".join([AUTO, *FORMATS])
        raise ValueError(f"unknown format {format!r}; known formats: {known}")
    return found


def _finish(article: Article, fmt: Format, identify_language: bool) -> Article:
    if article.format != fmt.name:
        article = attrs.evolve(article, format=fmt.name)
    if identify_language and article.language is None:
        language = identify(article)
        if language is not None:
            article = attrs.evolve(article, language=language, language_source="text")
    return article


def _no_items(fmt: Format) -> Article:
    """What ``parse`` returns for an input that holds no item at all."""
    message = f"the input, read as {fmt.name}, holds no item"
    return Article(format=fmt.name, diagnostics=(Diagnostic("no-items", message, 0, 0),))


def no_items(data: str | bytes, format: str = AUTO) -> Article:
    """The Article ``parse`` returns for ``data`` when its format finds no item in it."""
    return _no_items(_format(data, format))


def parse_many(
    data: str | bytes,
    *,
    format: str = AUTO,
    strict: bool = False,
    max_size: int | None = DEFAULT_MAX_SIZE,
    identify_language: bool = False,
) -> Iterator[Article]:
    """Read every item of ``data`` (every message of a wire stream, every news item of a
    NewsML-G2 message), in input order, as :class:`Article` objects.

    The arguments are :func:`parse`'s. The size limit and the format are checked when this
    is called; each item is read as the iterator reaches it, so a stream of any length is
    read in memory proportional to one item. In strict mode the first error raises
    :class:`ParseError` when the item holding it is reached.

    >>> import wirefmt
    >>> [a.title for a in wirefmt.parse_many("One title\\n\\nWhat happened.\\n")]
    ['One title']
    """
    check_size(data, max_size)
    fmt = _format(data, format)
    return _read(data, fmt, ReadOptions(strict=strict), identify_language)


def _read(
    data: str | bytes, fmt: Format, options: ReadOptions, identify_language: bool
) -> Iterator[Article]:
    for article in fmt.read(data, options):
        yield _finish(article, fmt, identify_language)


def _has_text(article: Article) -> bool:
    return bool(article.title or article.lede or article.body)


#: Codes that mark an item as incomplete: a stream's first message cut at its start.
_CUT: Final = frozenset({"wire-cut-message"})


def _is_cut(article: Article) -> bool:
    return any(d.code in _CUT for d in article.diagnostics)


def parse(
    data: str | bytes,
    *,
    format: str = AUTO,
    strict: bool = False,
    max_size: int | None = DEFAULT_MAX_SIZE,
    identify_language: bool = False,
) -> Article:
    """Parse a document into an :class:`Article`: its first item that holds text.

    Args:
        data: the document. ``bytes`` are decoded by the format (a page dump as UTF-8, a
            byte-order mark skipped; XML by its declaration); ``str`` is read as is.
            ``\\r\\n``, ``\\r`` and ``\\n`` all end a line.
        format: a name from :data:`FORMATS` (``"pagedump"``, …), or ``"auto"`` (the
            default) to detect it (:func:`detect`).
        strict: raise :class:`ParseError` at the first problem instead of recording it as a
            :class:`Diagnostic` on the result. Notices (such as a timestamp with no zone)
            never raise.
        max_size: refuse documents longer than this many bytes (characters for ``str``);
            None lifts the limit.
        identify_language: when the document names no language (no locale, no edition),
            identify it from the title, lede and body with py3langid (the ``langid``
            extra: ``pip install "wirefmt[langid]"``); ``Article.language_source`` is then
            ``"text"``. Off by default, so that the result never depends on what else is
            installed. The language stays None when the text is short or the answer unsure.

    Returns:
        The first complete item with a title, a lede or a body (a stream's first message
        cut at its start is passed by, as long as a later one has text); else the first
        item; else an empty Article with a ``no-items`` notice. In
        lenient mode (the default) every problem is a diagnostic on it and the field
        concerned stays None or empty. :func:`parse_many` reads every item.

    Raises:
        ParseError: strict mode only: the error that stands first in the item read
            (invalid UTF-8, a bad timestamp, a line that could not be placed …), with its
            line, column and offset.
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
    check_size(data, max_size)
    fmt = _format(data, format)
    first: Article | None = None
    first_with_text: Article | None = None
    for article in fmt.read(data, ReadOptions(strict=strict)):
        if _has_text(article):
            if not _is_cut(article):
                return _finish(article, fmt, identify_language)
            if first_with_text is None:
                first_with_text = article
        if first is None:
            first = article
    found = first_with_text or first or _no_items(fmt)
    return _finish(found, fmt, identify_language)
