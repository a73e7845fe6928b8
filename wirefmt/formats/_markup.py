"""An HTML or XHTML body fragment into paragraphs and subheads.

Feed formats carry bodies as markup: ninjs ``body_html``/``bodies[contenttype=text/html]``, the
inline XHTML of NewsML-G2, the HTML5 documents some agencies put into JSON. A browser shows
them as blocks; this module gives the same blocks as :class:`~wirefmt.Paragraph` and
:class:`~wirefmt.Subhead`:

* ``p``, ``li``, ``dt``/``dd``, ``blockquote``, ``pre``, ``address`` and text standing bare in
  a container (``div``, ``section``, ``body``, …) are paragraphs; ``h1``–``h6`` are subheads.
  The innermost block decides: a ``<p>`` nested in an ``<h4>`` (as some agencies print a
  lede) is a paragraph.
* Inline elements (``a``, ``strong``, ``span``, ``sup``, any element not listed as a block)
  are part of the text around them, joined as printed.
* White space runs (HTML's space, tab, line feed, carriage return, form feed) are one space,
  as a browser shows them; ``<br>`` is a line break inside the block, two or more in a row
  end the block (a paragraph break written with breaks).
* Tables, media and scripts (``table``, ``figure``, ``img``, ``video``, ``iframe``, ``embed``,
  ``script``, the ``head`` of a whole document, …) are kept out of the body and listed in
  :attr:`MarkupBody.kept_out`, so the reader can report them: nothing is dropped silently.
* A block with no text (a ``<p>`` that held only an image, or only ``&nbsp;``) gives no
  block.
* Text the parser could not place (nesting deeper than its limit of 256, say) is not lost
  silently: :func:`markup_blocks` counts the letters and digits of the markup's text against
  those it gives, and lists a shortfall as kept out under ``"unparsed"``.
* A block made only of two or more inline elements with nothing between them, whose texts
  joined as printed run words together (a row of labels: a vignette and a source tag,
  ``<div><span>Sport</span><span>AFP</span></div>`` reads ``SportAFP``), is kept out too:
  prose has text of its own, or a space, between its inline elements.

It works on an lxml element, namespaced XHTML (``{http://www.w3.org/1999/xhtml}p``) or plain
HTML (``p``), and on a string (:func:`markup_blocks`, parsed by ``lxml.html`` as a browser
would re-nest it). Offsets: markup has no character offsets that survive escaping into JSON or
XML, so every block gets the span the caller names (``start``, ``end``: where the markup
stands in the document the Reporter reads).

>>> body = markup_blocks("<h2>Ein Titel</h2><p>Erster <b>Satz</b>.<br/>Zweite Zeile.</p>"
...                      "<figure><img src='x.jpg'/><figcaption>Bild</figcaption></figure>")
>>> [(b.kind, b.text) for b in body.blocks]
[('subhead', 'Ein Titel'), ('paragraph', 'Erster Satz.\\nZweite Zeile.')]
>>> [(k.tag, k.text) for k in body.kept_out]
[('figure', 'Bild')]
"""

from __future__ import annotations

import re
from typing import Final

import attrs
import lxml.html
import regex
from lxml import etree

from wirefmt._model import Block, Evidence, Paragraph, Subhead

__all__ = ["KeptOut", "MarkupBody", "html_blocks", "markup_blocks"]

#: Elements that end the text before them and start a block of their own.
BLOCK_TAGS: Final = frozenset(
    {
        "address", "article", "aside", "blockquote", "body", "caption", "center", "dd",
        "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "footer", "form",
        "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "html", "legend", "li",
        "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "ul",
        # NITF's block elements, for NITF bodies handed over as they are
        "block", "body.content", "hl2", "nitf-table", "note",
    }
)  # fmt: skip

#: Block elements whose text is a subhead.
HEADING_TAGS: Final = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "hl2"})

#: Elements kept out of the body: tables, media, embedded documents, code, a document's head.
KEPT_OUT_TAGS: Final = frozenset(
    {
        "applet", "audio", "canvas", "embed", "figure", "head", "iframe", "img", "map",
        "math", "media", "noscript", "object", "picture", "script", "source", "style",
        "svg", "table", "template", "title", "track", "video",
    }
)  # fmt: skip

#: The simple patterns below use ``re`` (possessive quantifiers since Python 3.11): it is
#: several times cheaper per call than ``regex``, and a body makes thousands of calls.
#: HTML's white space characters.
_HTML_SPACE: Final = " \t\n\r\f"
#: HTML's white space (not U+00A0, which a browser keeps).
_SPACES: Final = re.compile(r"[ \t\n\r\f]++")
#: What markup holds besides its text: tags (comments, declarations) and references.
_NOT_TEXT: Final = re.compile(
    r"<[^<>]*+>|&(?:#[0-9]{1,7}+|#[xX][0-9A-Fa-f]{1,6}+|[A-Za-z][A-Za-z0-9]{0,31}+);"
)
#: A character that shows: not white space (U+00A0 included), not a format character.
_VISIBLE: Final = regex.compile(r"[^\s\p{Z}\p{Cf}]")
#: What is not a letter or a digit (``re``'s ``\w`` less the underscore: ``str.isalnum``).
_NOT_ALNUM: Final = re.compile(r"[\W_]++")
#: Spaces left side by side where two pieces of text meet (``a <x/> b``).
_DOUBLE_SPACE: Final = re.compile(r"  ++")
#: Two or more line breaks in a row (``<br><br>``), spaces between them: a block break.
_BREAKS: Final = re.compile(r" ?+\n(?: ?+\n)++ ?+")
#: A single line break with the spaces beside it.
_BREAK: Final = re.compile(r" ?+\n ?+")


@attrs.frozen(slots=True)
class KeptOut:
    """A table, medium or script kept out of the body.

    Attributes:
        tag: its element's local name (``"table"``, ``"figure"``, ``"img"``), or
            ``"entity"`` for an entity reference the XML parser left unresolved.
        text: the text it held (captions, cells), white space collapsed; often ``""``.
    """

    tag: str
    text: str


@attrs.frozen(slots=True)
class MarkupBody:
    """The blocks of a markup body, and what was kept out of them.

    Attributes:
        blocks: paragraphs and subheads, in document order.
        kept_out: tables, media and scripts that were not made into blocks, in order.
    """

    blocks: tuple[Block, ...] = ()
    kept_out: tuple[KeptOut, ...] = ()


def _local(tag: object) -> str | None:
    """An element's local name in lower case; None for comments, PIs and entities."""
    if not isinstance(tag, str):
        return None
    return tag.rpartition("}")[2].lower()


def _label_row(el: etree._Element) -> bool:
    """Two or more inline elements with nothing between them, joined as printed into words
    that run together: a row of styled labels, not prose.

    A vignette and a source tag (``<div><span>Sport</span><span>AFP</span></div>``) read as
    one glued word, ``SportAFP``, when their text is joined; prose has its own text or at
    least a space between its inline elements (``<i><b>Name</b></i><i> is a writer</i>``).
    """
    if len(el) < 2 or (el.text and el.text.strip()):
        return False
    previous = ""
    for i, child in enumerate(el):
        name = _local(child.tag)
        if name is None or name in BLOCK_TAGS or name in KEPT_OUT_TAGS or name in {"br", "hr"}:
            return False
        if i < len(el) - 1 and child.tail and child.tail.strip(_HTML_SPACE) != child.tail:
            return False  # a space or text after it: words apart, as in prose
        if child.tail and child.tail.strip():
            return False
        text = "".join(str(t) for t in child.itertext())
        if not text or not text[0].isalnum() or not text[-1].isalnum():
            return False
        if previous and not previous[-1].isalnum():
            return False
        previous = text
    return True


@attrs.define(slots=True)
class _Walk:
    start: int
    end: int
    blocks: list[Block] = attrs.Factory(list)
    kept_out: list[KeptOut] = attrs.Factory(list)
    run: list[str] = attrs.Factory(list)

    def flush(self, heading: bool) -> None:
        text = _DOUBLE_SPACE.sub(" ", "".join(self.run))
        self.run.clear()
        for piece in _BREAKS.split(text):
            part = _BREAK.sub("\n", piece).strip(" \n")
            if _VISIBLE.search(part) is None:  # "&nbsp;", a zero-width space: no text
                continue
            cls = Subhead if heading else Paragraph
            evidence = Evidence.LINE_BREAK if self.blocks else Evidence.START
            self.blocks.append(cls(part, self.start, self.end, evidence))

    def text(self, value: str | None) -> None:
        if value:
            self.run.append(_SPACES.sub(" ", value))

    def element(self, el: etree._Element, heading: bool) -> None:
        name = _local(el.tag)
        if name is None:
            if isinstance(el, etree._Entity):  # an entity no parser resolved: report it
                self.kept_out.append(KeptOut("entity", el.text or ""))
            return  # a comment or processing instruction: not text
        if name in KEPT_OUT_TAGS:
            content = _SPACES.sub(" ", "".join(str(t) for t in el.itertext())).strip()
            self.kept_out.append(KeptOut(name, content))
            return
        if name == "br":
            self.run.append("\n")
            return
        if name == "hr":  # a rule: ends the block, holds no text
            self.flush(heading)
            return
        if name not in BLOCK_TAGS:
            self.text(el.text)
            for child in el:
                self.element(child, heading)
                self.text(child.tail)
            return
        self.flush(heading)
        if _label_row(el):
            labels = (_SPACES.sub(" ", "".join(str(t) for t in c.itertext())).strip() for c in el)
            self.kept_out.append(KeptOut(name, " ".join(t for t in labels if t)))
            return
        inner = name in HEADING_TAGS or (heading and name not in {"p", "li", "dd", "dt"})
        self.text(el.text)
        for child in el:
            self.element(child, inner)
            self.text(child.tail)
        self.flush(inner)


def html_blocks(element: etree._Element, *, start: int = 0, end: int = 0) -> MarkupBody:
    """The paragraphs and subheads of an lxml element's content (the element itself included).

    Args:
        element: an HTML or XHTML element (namespaced or not), e.g. a ``<body>``, a ``<div>``,
            or the wrapper :func:`markup_blocks` makes around a fragment.
        start, end: the span every block gets (where the markup stands in the document).

    Returns:
        :class:`MarkupBody`: the blocks, and the tables and media kept out.

    >>> from lxml import etree
    >>> x = etree.fromstring('<div xmlns="http://www.w3.org/1999/xhtml"><p>Один.</p>'
    ...                      '<ul><li>Два</li><li>Три</li></ul></div>')
    >>> [b.text for b in html_blocks(x).blocks]
    ['Один.', 'Два', 'Три']
    """
    walk = _Walk(start, end)
    walk.element(element, False)
    walk.flush(False)
    return MarkupBody(tuple(walk.blocks), tuple(walk.kept_out))


def markup_blocks(markup: str, *, start: int = 0, end: int = 0) -> MarkupBody:
    """Parse an HTML or XHTML string (a fragment or a whole document) and give its blocks.

    The string is read by ``lxml.html`` (no network, no entities resolved beyond HTML's own),
    which re-nests blocks as a browser does. Text with no markup at all is one block per
    ``<br><br>``-free run, like any text standing bare in a container.

    >>> [b.text for b in markup_blocks("Hola &amp; adiós<br><br>Segunda").blocks]
    ['Hola & adiós', 'Segunda']
    >>> markup_blocks("  ").blocks
    ()
    """
    if not markup.strip():
        return MarkupBody()
    # lxml refuses a str with an encoding declaration; the text is already decoded.
    if markup.lstrip().startswith("<?xml"):
        markup = markup.lstrip().partition("?>")[2]
    try:
        root = lxml.html.document_fromstring(f"<html><body><div>{markup}</div></body></html>")
    except (etree.ParserError, ValueError):
        root = None
    body = MarkupBody() if root is None else html_blocks(root, start=start, end=end)
    shown = _alnum_count(
        "".join([*(b.text for b in body.blocks), *(k.text for k in body.kept_out)])
    )
    printed = _alnum_count(_NOT_TEXT.sub("", markup))
    if shown < printed:
        # the parser gave up on part of the markup (nesting past its depth limit, bytes it
        # could not read): say so rather than lose it silently
        lost = KeptOut("unparsed", f"{printed - shown} letters or digits the parser dropped")
        body = MarkupBody(body.blocks, (*body.kept_out, lost))
    return body


def _alnum_count(text: str) -> int:
    return len(_NOT_ALNUM.sub("", text))
