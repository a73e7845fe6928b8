"""The agency page dump: schema.org microdata of an agency page, flattened by a crawler.

Layout (docs/pagedump.md), one block a line, blocks usually separated by a blank line::

    title
    [title again]  [edition name]
    description (lede + "DD.MM.YYYY, Edition" suffix)
    timestamps (published first, modified last)
    keywords (one a line, lower case)
    [lead image URL]
    body (one line, paragraphs and subheads glued; sometimes several lines)
    tags (one a line, lower case)
    [trailer: publisher lines, copyright year, section, locale, image sizes, edition,
     the keywords joined by ", "]

Split, then interpret. Data flows one way, each phase reading the frozen records of the
phases before it and returning its own (no state shared between phases):

* :mod:`._lines` cuts the text into stripped lines with absolute offsets and names each
  line's shape once (a timestamp, a URL, a locale, a keyword, prose …), keeping what the
  match found;
* :mod:`._head` places the publisher lines, the title, the edition, the description and the
  body's lines (position only breaks ties between lines of the same shape), with
  :mod:`._prose` (what a prose line reads as: a name or body text) and :mod:`._runs` (the
  run of body lines, the tags closing it);
* :mod:`._meta` reads the timestamps, the keywords and tags, and the trailer's metadata;
* :mod:`._assemble` splits the body and builds the Article, with :mod:`._dateline` (the
  description's suffix combined with the body's dateline).

Every non-blank line ends up with exactly one role (an :class:`~wirefmt.Segment`); a line
with no place becomes a ``leftover`` segment and a diagnostic, so nothing is lost silently.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..._model import Article
from ..._policy import Reporter
from ..._registry import Format, ReadOptions
from ..._text import read_utf8
from ._assemble import assemble
from ._head import read_head
from ._lines import cut
from ._meta import read_meta

__all__ = ["PAGEDUMP", "parse", "read"]


def parse(text: str, reporter: Reporter) -> Article:
    """Read one page dump (already decoded) into an :class:`Article`."""
    doc = cut(text)
    if not doc.lines:
        reporter.report("empty-input", "the document holds no text", 0, len(text))
        return Article(diagnostics=reporter.finish())
    head = read_head(doc, reporter)
    meta = read_meta(doc, head, reporter)
    return assemble(doc, head, meta, reporter)


def read(data: bytes | str, options: ReadOptions) -> Iterator[Article]:
    """The registry's reader: decode UTF-8 (a ``str`` as is), then :func:`parse` the one
    document a page dump holds."""
    text, reporter, refused = read_utf8(data, options)
    yield parse(text, reporter) if refused is None else refused


def _detect(head: bytes) -> bool:
    """Any text may be a page dump: the format tried last, when no other claims the input."""
    return True


#: The page dump in the registry (``wirefmt.FORMATS["pagedump"]``).
PAGEDUMP = Format(
    name="pagedump",
    summary="an agency page's schema.org microdata flattened by a crawler, one block a line",
    detect=_detect,
    read=read,
)
