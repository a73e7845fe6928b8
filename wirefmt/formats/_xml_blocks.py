"""Markup bodies (NITF ``body.content``, XHTML ``body``) into paragraphs and subheads.

One walker, told each vocabulary by a :class:`Vocabulary` (data, not branches): which
elements are paragraphs, subheads, lists, containers to walk into, and which are kept out of
the body and reported (tables, media, notes). Then three shape rules over the block list,
each reported with a ``left-out`` notice that quotes what was left out:

* a **rule**: a paragraph with no letter or digit (``___``, ``* * *``);
* the **title printed again** as the body's first block, in the vocabulary's title element
  (XHTML ``h1``);
* **markup printed as text** (an escaped ``<div …>…</div>`` embed snippet);
* a trailing **sign-off**: the last paragraph, at most three words and 24 characters, with no
  sentence-closing punctuation (``ends``, ``AFP sn``, ``/ritzau/``, ``(©NTB)``); and
  subheads left at the end with no text under them.
"""

from __future__ import annotations

from typing import Final

import attrs
import regex
from lxml import etree

from .._model import Block, Paragraph, Subhead
from .._policy import Reporter
from ._xml import XmlDoc, local, squash, text

__all__ = ["NITF_BODY", "XHTML_BODY", "Vocabulary", "read_blocks"]


@attrs.frozen(slots=True)
class Vocabulary:
    """What a markup vocabulary's body elements are (local names, lower case)."""

    paragraphs: frozenset[str]
    subheads: frozenset[str]
    containers: frozenset[str]  # walked into: lists, blocks, quotes, sections
    left_out: frozenset[str]  # kept out of the body and reported
    title: frozenset[str] = frozenset()  # the title printed again when it opens the body
    inline_skip: frozenset[str] = frozenset()  # inline children whose text is not prose


#: NITF 3.x ``body.content``.
NITF_BODY: Final = Vocabulary(
    paragraphs=frozenset({"p", "li", "dd", "dt"}),
    subheads=frozenset({"hl2"}),
    containers=frozenset({"block", "bq", "ul", "ol", "dl", "body.content", "fn", "credit"}),
    left_out=frozenset({"table", "nitf-table", "media", "note", "pre", "hr", "object"}),
    title=frozenset({"hl1"}),
)

#: XHTML (and HTML5 as XML) bodies inside NewsML-G2.
XHTML_BODY: Final = Vocabulary(
    paragraphs=frozenset({"p", "li", "dd", "dt", "address"}),
    subheads=frozenset({"h1", "h2", "h3", "h4", "h5", "h6"}),
    containers=frozenset(
        {"div", "section", "article", "main", "blockquote", "ul", "ol", "dl", "body", "center"}
    ),
    left_out=frozenset(
        {
            "table",
            "figure",
            "img",
            "video",
            "audio",
            "object",
            "iframe",
            "script",
            "style",
            "aside",
            "pre",
            "hr",
            "form",
            "header",
            "footer",
            "nav",
            "head",
            "embed",
            "picture",
        }
    ),
    title=frozenset({"h1"}),
    inline_skip=frozenset({"script", "style"}),
)

# Any letter or digit, in any script.
_WORDY: Final = regex.compile(r"[\p{L}\p{N}]")
# Sentence-closing punctuation at the end of a block, in the scripts the feeds use.
_CLOSED: Final = regex.compile(r"[.!?…:;。！？؟]\Z|[.!?…。！？؟][\"'»”’)\]]\Z")
# A block that is markup printed as text, escaped in the feed: it opens with a tag and
# closes with ">" (an embed snippet meant for a web editor).
_MARKUP: Final = regex.compile(r"<[A-Za-z][\w:-]{0,30}+(?:[ \t\n][^<>]{0,2000}+)?/?>.*>\Z", regex.S)
_SIGN_OFF_CHARS: Final = 24
_SIGN_OFF_WORDS: Final = 3


@attrs.frozen(slots=True)
class _Found:
    kind: str  # "paragraph", "subhead", "title"
    text: str
    start: int


def _loose(value: str | None, doc: XmlDoc, at: int, out: list[_Found]) -> None:
    """Text standing loose in a container (not inside any paragraph) is a paragraph too."""
    found = squash(value)
    if found is not None:
        out.append(_Found("paragraph", found, at))


def _walk(
    node: etree._Element,
    vocab: Vocabulary,
    doc: XmlDoc,
    reporter: Reporter,
    out: list[_Found],
) -> None:
    # Depth is bounded by libxml2 (huge_tree off: 256 levels), well under Python's limit.
    _loose(node.text, doc, doc.offset(node), out)
    for child in node:
        name = local(child).lower()
        at = doc.offset(child)
        if name:
            if name in vocab.left_out:
                shown = text(child, declared=doc.declared) or ""
                reporter.report(
                    "left-out",
                    f"<{name}> kept out of the body: {shown[:60]!r}",
                    at,
                )
            elif name in vocab.subheads or name in vocab.title:
                found = text(child, skip=vocab.inline_skip, declared=doc.declared)
                if found is not None:
                    kind = "title" if name in vocab.title else "subhead"
                    out.append(_Found(kind, found, at))
            elif name in vocab.paragraphs and not _holds_blocks(child, vocab):
                found = text(child, skip=vocab.inline_skip, declared=doc.declared)
                if found is not None:
                    out.append(_Found("paragraph", found, at))
            elif name in vocab.containers or _holds_blocks(child, vocab):
                _walk(child, vocab, doc, reporter, out)
            else:  # an unknown element holding prose: a paragraph, never lost
                found = text(child, skip=vocab.inline_skip, declared=doc.declared)
                if found is not None:
                    out.append(_Found("paragraph", found, at))
        _loose(child.tail, doc, at, out)


def _holds_blocks(node: etree._Element, vocab: Vocabulary) -> bool:
    """Whether an element has block-level children (an ``h3`` inside a ``p``)."""
    for child in node:
        name = local(child).lower()
        if name in vocab.paragraphs or name in vocab.subheads or name in vocab.containers:
            return True
    return False


def _drop(reporter: Reporter, found: _Found, why: str) -> None:
    reporter.report("left-out", f"{why} kept out of the body: {found.text[:60]!r}", found.start)


def read_blocks(
    container: etree._Element | None,
    vocab: Vocabulary,
    doc: XmlDoc,
    reporter: Reporter,
    *,
    title: str | None = None,
) -> tuple[Block, ...]:
    """The body's blocks, in order, from a body element (None gives no blocks)."""
    if container is None:
        return ()
    found: list[_Found] = []
    _walk(container, vocab, doc, reporter, found)
    kept: list[_Found] = []
    for i, item in enumerate(found):
        if not _WORDY.search(item.text):
            _drop(reporter, item, "a rule")
        elif _MARKUP.match(item.text):
            _drop(reporter, item, "markup printed as text")
        elif item.kind == "title" and not kept and (title is None or _same(item.text, title)):
            _drop(reporter, item, "the title printed again")
        elif item.kind == "title" and i > 0:
            kept.append(attrs.evolve(item, kind="subhead"))
        else:
            kept.append(item)
    if len(kept) > 1 and kept[-1].kind == "paragraph" and _sign_off(kept[-1].text):
        _drop(reporter, kept.pop(), "a sign-off")
    while kept and kept[-1].kind != "paragraph":
        _drop(reporter, kept.pop(), "a subhead with no text under it")
    return tuple(
        (Subhead if item.kind != "paragraph" else Paragraph)(item.text, item.start, item.start)
        for item in kept
    )


def _same(a: str, b: str) -> bool:
    return a.casefold() == b.casefold()


def _sign_off(value: str) -> bool:
    """A short closing mark: few words, no sentence punctuation closing it."""
    return (
        len(value) <= _SIGN_OFF_CHARS
        and len(value.split()) <= _SIGN_OFF_WORDS
        and _CLOSED.search(value) is None
        and not value.replace(" ", "").isdigit()
    )
