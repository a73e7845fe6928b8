"""The body of a ninjs item: every rendition found, the richest chosen, made into blocks.

ninjs 1.x names its renditions ``body_text``, ``body_html``, ``body_xhtml`` and, from 1.3,
``body_<role>`` (``body_main``, ``body_richtext``, a vendor's ``body_html5``); ninjs 2.x lists
them in ``bodies[]`` with a ``role`` and a ``contenttype``. One item often holds several: a
plain rendition whose paragraph breaks were lost, an HTML one that kept them, a vendor's own
XML. The richest is chosen by what it is, not by where it stands:

1. markup (``text/html``, ``application/xhtml+xml``, or a 1.x key naming html/xhtml, or a
   value under another name that holds tags) is read by :mod:`wirefmt.formats._markup`;
2. else plain text (``text/plain``, ``body_text``), split with :func:`wirefmt.split_body`
   (its line breaks end blocks, glued boundaries are found);
3. else another content type, or a 1.x key naming XML or NITF (``body_nitf``: a vendor's
   own XML, whose head repeats title and byline), read as markup, as a last resort.

Among renditions of one rank the first in the item wins.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final

import attrs
import regex

from wirefmt._model import Block
from wirefmt.fields.body import split_body
from wirefmt.formats._markup import KeptOut, markup_blocks

__all__ = ["Rendition", "body_blocks", "choose", "renditions"]

#: Rank of a rendition: markup first, plain text next, anything else last.
MARKUP, PLAIN, OTHER = 2, 1, 0

#: A start tag, an end tag or a character reference: the value is markup, not plain text.
_LOOKS_MARKUP: Final = regex.compile(
    r"</?+[A-Za-z][A-Za-z0-9:-]{0,30}+(?:\s[^<>]{0,2000}+)?+/?+>|&(?:#[0-9]{1,7}+|#x[0-9A-Fa-f]{1,6}+|[A-Za-z]{2,10}+);"
)


@attrs.frozen(slots=True)
class Rendition:
    """One body rendition of an item.

    Attributes:
        key: where it stands (``"body_html"``, ``"bodies[1]"``).
        role: its role (``"main"``, ``"richtext"``), or None.
        contenttype: its content type as given, or None.
        value: the text.
        rank: :data:`MARKUP`, :data:`PLAIN` or :data:`OTHER`.
    """

    key: str
    role: str | None
    contenttype: str | None
    value: str
    rank: int


def _rank(contenttype: str | None, name: str, value: str) -> int:
    kind = (contenttype or "").lower()
    if "html" in kind:
        return MARKUP
    if kind in ("", "text/plain"):
        if kind == "" and "html" in name.lower():
            return MARKUP
        if kind == "" and ("xml" in name.lower() or "nitf" in name.lower()):
            return OTHER  # a vendor's XML named for itself (body_nitf, body_xml)
        # a value with no declared markup that holds tags is markup all the same
        return MARKUP if _LOOKS_MARKUP.search(value) else PLAIN
    return OTHER


def renditions(item: Mapping[str, Any]) -> list[Rendition]:
    """Every body rendition of a ninjs 1.x or 2.x item, in item order."""
    found: list[Rendition] = []
    for key, value in item.items():
        if key.startswith("body_") and isinstance(value, str):
            role = key[len("body_") :]
            ctype = "text/plain" if role == "text" else None
            found.append(Rendition(key, role, ctype, value, _rank(ctype, role, value)))
    bodies = item.get("bodies")
    if isinstance(bodies, list):
        for i, body in enumerate(bodies):
            if not isinstance(body, Mapping) or not isinstance(body.get("value"), str):
                continue
            named: str | None = body.get("role") if isinstance(body.get("role"), str) else None
            kind = body.get("contenttype")
            declared: str | None = kind if isinstance(kind, str) else None
            text: str = body["value"]
            found.append(
                Rendition(f"bodies[{i}]", named, declared, text, _rank(declared, named or "", text))
            )
    return found


def choose(found: list[Rendition]) -> Rendition | None:
    """The richest rendition that holds text: highest rank, then first in the item."""
    best: Rendition | None = None
    for rendition in found:
        if not rendition.value.strip():
            continue
        if best is None or rendition.rank > best.rank:
            best = rendition
    return best


def body_blocks(
    rendition: Rendition, *, lang: str | None, start: int, end: int, exact: bool
) -> tuple[tuple[Block, ...], tuple[KeptOut, ...]]:
    """The blocks of a chosen rendition, and what its markup kept out.

    ``start``/``end`` is where the rendition's JSON string stands in the document; when
    ``exact`` (the string has no escapes, so its characters are the document's, one for one)
    a plain body's blocks get their own offsets (``start`` is then the first character after
    the opening quote), else every block gets the string's span.
    """
    if rendition.rank == PLAIN:
        if exact:
            return split_body(rendition.value, lang=lang, base=start), ()
        blocks = split_body(rendition.value, lang=lang)
        return tuple(attrs.evolve(b, start=start, end=end) for b in blocks), ()
    body = markup_blocks(rendition.value, start=start, end=end)
    return body.blocks, body.kept_out
