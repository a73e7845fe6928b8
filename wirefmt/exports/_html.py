"""The body's blocks as a small HTML fragment (``<p>``, ``<h2>``), the inverse of the markup
reader: a line break inside a block (a ``<br>`` once) is written as ``<br/>``."""

from __future__ import annotations

from collections.abc import Iterable
from html import escape

from .._model import Block, Subhead

__all__ = ["blocks_html"]


def _inline(text: str) -> str:
    return "<br/>".join(escape(line, quote=False) for line in text.strip().split("\n"))


def blocks_html(blocks: Iterable[Block]) -> str:
    """``<p>…</p>`` per paragraph, ``<h2>…</h2>`` per subhead, text escaped, in order.

    >>> from wirefmt import Paragraph, Subhead
    >>> blocks_html([Subhead("Q&A"), Paragraph("a < b\\nc")])
    '<h2>Q&amp;A</h2><p>a &lt; b<br/>c</p>'
    """
    parts = []
    for block in blocks:
        tag = "h2" if isinstance(block, Subhead) else "p"
        parts.append(f"<{tag}>{_inline(block.text)}</{tag}>")
    return "".join(parts)
