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

import html
from typing import Final

import attrs
import regex
from lxml import etree

from .._model import Block, Paragraph, Subhead
from .._policy import Reporter
from ..fields._bylines import is_byline_word
from ..fields.datelines import parse_dateline
from ._markup import html_blocks
from ._xml import XmlDoc, entity_text, local, raw_text, squash, text

__all__ = [
    "NITF_BODY",
    "XHTML_BODY",
    "Vocabulary",
    "read_blocks",
    "take_byline",
    "take_note",
]


@attrs.frozen(slots=True)
class Vocabulary:
    """What a markup vocabulary's body elements are (local names, lower case)."""

    paragraphs: frozenset[str]
    subheads: frozenset[str]
    containers: frozenset[str]  # walked into: lists, blocks, quotes, sections
    left_out: frozenset[str]  # kept out of the body and reported
    title: frozenset[str] = frozenset()  # the title printed again when it opens the body
    inline_skip: frozenset[str] = frozenset()  # inline children whose text is not prose
    items: frozenset[str] = frozenset({"li", "dd", "dt"})  # list items among the paragraphs
    #: An element the vocabulary does not name is inline when text stands around it (mixed
    #: content), else a block of its own: the only evidence a vendor's own names leave.
    structural: bool = False


#: NITF 3.x ``body.content``.
NITF_BODY: Final = Vocabulary(
    paragraphs=frozenset({"p", "li", "dd", "dt"}),
    subheads=frozenset({"hl2"}),
    containers=frozenset({"block", "bq", "ul", "ol", "dl", "body.content", "fn", "credit"}),
    left_out=frozenset({"table", "nitf-table", "media", "note", "pre", "hr", "object"}),
    title=frozenset({"hl1"}),
)

#: Vendor XML bodies inside NewsML-G2 (XHTML's names, any case; other names by structure).
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
            "byline",  # a vendor's byline element: read into the byline field instead
        }
    ),
    title=frozenset({"h1"}),
    inline_skip=frozenset({"script", "style"}),
    structural=True,
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
    item: bool = False  # a list item (never a sign-off: items often lack punctuation)


class _Run:
    """Loose text and inline elements standing in a container between blocks: one paragraph
    (as a browser makes an anonymous block of them)."""

    __slots__ = ("at", "parts")

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.at = 0

    def add(self, value: str | None, at: int) -> None:
        if value:
            if not self.parts:
                self.at = at
            self.parts.append(value)

    def flush(self, out: list[_Found]) -> None:
        found = squash("".join(self.parts))
        if found is not None:
            out.append(_Found("paragraph", found, self.at))
        self.parts.clear()


def _walk(
    node: etree._Element,
    vocab: Vocabulary,
    doc: XmlDoc,
    reporter: Reporter,
    out: list[_Found],
) -> None:
    # Depth is bounded by libxml2 (huge_tree off: 256 levels), well under Python's limit.
    run = _Run()
    run.add(node.text, doc.offset(node))
    mixed = _mixed(node)
    for child in node:
        name = local(child).lower()
        at = doc.offset(child)
        if not name:  # a comment or PI: nothing; an entity reference: its text
            if child.tag is etree.Entity:
                run.add(entity_text(child, doc.declared), at)
        elif name in vocab.left_out:
            run.flush(out)
            shown = text(child, declared=doc.declared) or ""
            reporter.report("left-out", f"<{name}> kept out of the body: {shown[:60]!r}", at)
        elif name in vocab.subheads or name in vocab.title:
            run.flush(out)
            found = text(child, skip=vocab.inline_skip, declared=doc.declared)
            if found is not None:
                out.append(_Found("title" if name in vocab.title else "subhead", found, at))
        elif name in vocab.paragraphs and not _holds_blocks(child, vocab):
            run.flush(out)
            found = text(child, skip=vocab.inline_skip, declared=doc.declared)
            if found is not None:
                out.append(_Found("paragraph", found, at, item=name in vocab.items))
        elif (
            name in vocab.containers
            or _holds_blocks(child, vocab)
            or (vocab.structural and not mixed and len(child))
        ):
            run.flush(out)
            _walk(child, vocab, doc, reporter, out)
        elif vocab.structural and not mixed:
            run.flush(out)
            found = text(child, skip=vocab.inline_skip, declared=doc.declared)
            if found is not None:
                out.append(_Found("paragraph", found, at))
        else:  # an inline element: part of the run of prose around it
            run.add(raw_text(child, skip=vocab.inline_skip, declared=doc.declared), at)
        run.add(child.tail, at)
    run.flush(out)


def _mixed(node: etree._Element) -> bool:
    """Whether text other than white space stands in ``node`` beside its child elements."""
    if node.text and node.text.strip():
        return True
    return any(child.tail and child.tail.strip() for child in node)


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
    if vocab.structural and found and title is not None and _same(found[0].text, title):
        found[0] = attrs.evolve(found[0], kind="title")  # a vendor's own title element
    return _tidy(found, reporter, title)


def markup_body(
    element: etree._Element, doc: XmlDoc, reporter: Reporter, *, title: str | None = None
) -> tuple[Block, ...]:
    """An HTML or XHTML body read by :func:`~wirefmt.formats._markup.html_blocks` (what it
    keeps out reported as ``markup-kept-out``), then the same shape rules as
    :func:`read_blocks`; a first block that repeats the title is the title printed again."""
    at = doc.offset(element)
    body = html_blocks(element, start=at, end=at)
    for kept_out in body.kept_out:
        reporter.report(
            "markup-kept-out", f"<{kept_out.tag}> kept out of the body: {kept_out.text[:60]!r}", at
        )
    found = [
        _Found("paragraph" if isinstance(b, Paragraph) else "subhead", b.text, at)
        for b in body.blocks
    ]
    if found and title is not None and _same(found[0].text, title):
        found[0] = attrs.evolve(found[0], kind="title")
    return _tidy(found, reporter, title)


def _tidy(found: list[_Found], reporter: Reporter, title: str | None) -> tuple[Block, ...]:
    """The shape rules over the blocks found (module docstring), each drop reported."""
    kept: list[_Found] = []
    for i, found_item in enumerate(found):
        item = _unescape(found_item, reporter)
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
    last = kept[-1] if kept else None
    if (
        len(kept) > 1
        and last is not None
        and last.kind == "paragraph"
        and not last.item
        and _sign_off(last.text)
    ):
        _drop(reporter, kept.pop(), "a sign-off")
    while kept and kept[-1].kind != "paragraph":
        _drop(reporter, kept.pop(), "a subhead with no text under it")
    return tuple(
        (Subhead if item.kind != "paragraph" else Paragraph)(item.text, item.start, item.start)
        for item in kept
    )


# An entity reference left in the text after XML's own decoding: the feed escaped it twice
# ("&amp;#39;" in the XML is "&#39;" in the text).
_ESCAPED: Final = regex.compile(
    r"&(?:#[0-9]{1,7}+|#[xX][0-9a-fA-F]{1,6}+|[A-Za-z][A-Za-z0-9]{1,31}+);"
)


def _unescape(item: _Found, reporter: Reporter) -> _Found:
    """Decode entity references printed in a block's text once more (only those HTML
    knows: ``&#39;``, ``&quot;``; ``&foo;`` stays), with a ``double-escaped`` notice."""
    if "&" not in item.text:
        return item
    decoded = _ESCAPED.sub(lambda m: html.unescape(m.group()), item.text)
    if decoded == item.text:
        return item
    reporter.report(
        "double-escaped",
        f"entity references printed in the text were decoded once more: {item.text[:60]!r}",
        item.start,
    )
    return attrs.evolve(item, text=decoded)


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


# A byline paragraph: an opening word, then two to six capitalised name words (a comma and
# a title after them allowed), no sentence-closing full stop.
_BYLINE: Final = regex.compile(
    r"(?P<word>[\p{L}]{1,12}+)[ \u00a0]++\p{Lu}[\p{L}\p{M}.'’-]{0,30}+"
    r"(?:[ \u00a0]++(?:\p{Lu}|de |da |van |von |al-)[\p{L}\p{M}.'’-]{0,30}+){0,5}+"
    r"(?:,[ \u00a0][^.!?]{1,60}+)?"
)
_BYLINE_CHARS: Final = 100


def take_byline(blocks: tuple[Block, ...]) -> tuple[str | None, tuple[Block, ...]]:
    """A byline printed as the body's first paragraph ("By Jane Roe", "Von Max Muster"),
    taken out of the body; the body unchanged when the first paragraph is no byline."""
    if len(blocks) < 2 or not isinstance(blocks[0], Paragraph):
        return None, blocks
    first = blocks[0].text
    if len(first) > _BYLINE_CHARS or first.endswith("."):
        return None, blocks
    found = _BYLINE.fullmatch(first)
    if found is None or not is_byline_word(found.group("word")):
        return None, blocks
    return first, blocks[1:]


# A paragraph wholly in parentheses or brackets (an editor's note to the reader: "(Corrects
# the spelling of a name in the fifth paragraph)").
_NOTE: Final = regex.compile(r"\((?:[^()]++|\([^()]{0,200}+\)){1,50}+\)|\[[^\[\]]{1,2000}+\]")


def take_note(blocks: tuple[Block, ...]) -> tuple[str | None, tuple[Block, ...]]:
    """An editor's note printed as the body's first paragraph, wholly in parentheses and
    followed by a paragraph that opens with a dateline, taken out of the body (it belongs
    with the item's ednote); the body unchanged otherwise."""
    if len(blocks) < 2 or not isinstance(blocks[0], Paragraph):
        return None, blocks
    if _NOTE.fullmatch(blocks[0].text) is None or parse_dateline(blocks[1].text) is None:
        return None, blocks
    return blocks[0].text, blocks[1:]
