"""The format registry: what a format is, and the options every reader is handed.

A format is a value (:class:`Format`): a name, a one-line summary, a ``detect`` that looks at
the input's first bytes, and a ``read`` that turns the whole input into Articles, one per
item or message. ``wirefmt.formats.FORMATS`` lists them in detection order; ``parse``,
``parse_many`` and ``detect`` (``wirefmt._parse``) are the only callers.

Data flows one way: bytes (or an already decoded ``str``) → the format named or detected →
its reader, which decodes what it was given itself (an XML feed by its declaration, wire
text by its framing, a page dump as UTF-8) and reports every problem through a
:class:`~wirefmt._policy.Reporter` made by :meth:`ReadOptions.reporter`: the one place
where strict mode raises.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Final

import attrs

from ._model import Article
from ._policy import Reporter

__all__ = ["HEAD_SIZE", "Format", "ReadOptions"]

#: How many bytes of the input ``Format.detect`` is shown.
HEAD_SIZE: Final = 4096


@attrs.frozen(slots=True)
class ReadOptions:
    """What a caller asked of a reader, handed to :attr:`Format.read` unchanged.

    Attributes:
        strict: raise :class:`~wirefmt.ParseError` at the first error instead of recording
            it. A reader never raises it itself: it reports through :meth:`reporter`.

    .. versionadded:: 0.3
    """

    strict: bool = False

    def reporter(self, text: str, starts: list[int] | None = None) -> Reporter:
        """A :class:`Reporter` for one item read from ``text`` (positions index ``text``);
        ``starts``, the text's line starts (``_policy.line_starts``) when the reader has
        them, saves each item's Reporter finding them again."""
        return Reporter(text, strict=self.strict, starts=starts)


@attrs.frozen(slots=True)
class Format:
    """One input format wirefmt reads.

    Attributes:
        name: the registry name (``"pagedump"``, ``"nitf"`` …); ``Article.format`` holds it.
        summary: one line saying what the format is.
        detect: given the input's first :data:`HEAD_SIZE` bytes (a ``str`` input encoded as
            UTF-8), whether they are this format's. Formats are asked in registry order.
        read: read the whole input (bytes, or a ``str`` already decoded) into Articles,
            one per item or message, in input order.

    .. versionadded:: 0.3
    """

    name: str
    summary: str
    detect: Callable[[bytes], bool] = attrs.field(repr=False)
    read: Callable[[bytes | str, ReadOptions], Iterator[Article]] = attrs.field(repr=False)
