"""NewsML-G2 2.x: a ``newsItem``, or a ``newsMessage`` of several items, into Articles.

Every lookup is by local name (default namespace, ``ns0:`` prefixes or none read alike).
One Article per text item, in document order; a package, picture, concept or other item
holding no text is skipped with an ``item-skipped`` notice (on the next text item, or the last
one). What is read (docs/formats-xml.md has the table):

* the item: ``@guid`` (``id``), ``@version``, ``@xml:lang``;
* ``itemMeta``: ``firstCreated`` (``published``; else ``contentMeta/contentCreated``),
  ``versionCreated`` (``modified``, kept as printed even when earlier than
  ``firstCreated``), ``embargoed``, ``pubStatus`` (``status``), ``edNote`` (``ednote``),
  ``service/name`` (``section``);
* ``contentMeta``: ``headline`` (no role, or a main role), ``description`` with a summary
  role (``lede``), ``by`` (``byline``), ``dateline``, ``located/name`` (``located``, kept
  apart from the dateline), ``urgency``, ``slugline`` (``slug``), ``language@tag``,
  ``subject`` (``subjects`` and ``keywords``), ``keyword`` (``tags``);
* ``contentSet``: the first inline rendition that holds a body: inline NITF (read by
  :mod:`.nitf`'s rules), inline XHTML or HTML (``section.main`` when the body has one), or
  ``inlineData`` plain text (paragraphs at blank lines or indented lines).
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterator
from typing import Final

import attrs
import regex
from lxml import etree

from .._model import Article, Block, Dateline, Paragraph, Subject
from .._policy import Reporter
from .._registry import Format, ReadOptions
from ._xml import (
    XmlDoc,
    attr,
    item_reporter,
    kid,
    kids,
    local,
    raw_text,
    read_document,
    read_stamp,
    root_name,
    text,
)
from ._xml_blocks import XHTML_BODY, markup_body, read_blocks, take_byline, take_note
from .nitf import printed_dateline, read_nitf, status_of, urgency_of

__all__ = ["NEWSML_G2", "detect", "read"]

#: Root elements of a NewsML-G2 document.
ROOTS: Final = frozenset(
    {
        "newsMessage",
        "newsItem",
        "packageItem",
        "conceptItem",
        "knowledgeItem",
        "planningItem",
        "catalogItem",
    }
)
# An inline XHTML fragment's root when it is not a whole document.
_XHTML_ROOTS: Final = frozenset({"body", "div", "section", "article", "main", "p"})

# A qcode's code part, after its scheme alias ("ninat:text" -> "text").
_QCODE: Final = regex.compile(r"(?:([^:\s]{1,64}+):)?([^\s]{1,200}+)")
# Literal tags printed inside a plain-text rendition (a CDATA holding "<p>").
_PLAIN_TAG: Final = regex.compile(r"</?(?:p|br|div)(?:[ \t][^<>]{0,200}+)?/?>", regex.I)
_INDENTED: Final = regex.compile(r"[ \t]{2,}+\S")


def detect(head: bytes) -> bool:
    """True when the root element is a NewsML-G2 item or message."""
    return root_name(head) in ROOTS


def _code(qcode: str | None) -> tuple[str | None, str | None]:
    """(scheme alias, code) of a qcode."""
    if qcode is None:
        return None, None
    found = _QCODE.fullmatch(qcode)
    if found is None:
        return None, qcode
    return found.group(1), found.group(2)


def _is_text_item(item: etree._Element) -> bool:
    """A newsItem whose class is text (or not given); packages and the rest are not."""
    if local(item) != "newsItem":
        return False
    _, cls = _code(attr(kid(kid(item, "itemMeta"), "itemClass"), "qcode"))
    return cls is None or cls.lower() == "text"


def read(data: bytes | str, options: ReadOptions) -> Iterator[Article]:
    """Read a NewsML-G2 document: one Article per text item, in document order."""
    doc, reporter = read_document(data, options)
    root = doc.root
    name = "" if root is None else local(root)
    if root is None or name not in ROOTS:
        shown = "nothing" if root is None else f"<{name}>"
        reporter.report(
            "xml-unknown-root", f"the root is {shown}, not a NewsML-G2 item", 0, len(doc.text)
        )
        yield Article(format="newsml-g2", diagnostics=reporter.finish())
        return
    if name == "newsMessage":
        items = [i for s in kids(root, "itemSet") for i in s if local(i)]
    else:
        items = [root]
    texts = [i for i in items if _is_text_item(i)]
    # Each skipped item is reported on the next text item (the last, when none follows).
    skipped: dict[int, list[etree._Element]] = {}
    following = 0
    for item in items:
        if following < len(texts) and item is texts[following]:
            following += 1
        else:
            skipped.setdefault(min(following, max(len(texts) - 1, 0)), []).append(item)
    if not texts:
        # No text item: the metadata of each item (a package's headline, dates, language)
        # is what the document has to say, read item by item with no body.
        for n, item in enumerate(items):
            rep = reporter if n == 0 else item_reporter(doc, options)
            rep.report(
                "item-skipped", f"<{local(item)}> holds no text: metadata only", doc.offset(item)
            )
            yield attrs.evolve(read_item(item, root, doc, rep), diagnostics=rep.finish())
        if not items:
            yield Article(format="newsml-g2", diagnostics=reporter.finish())
        return
    for n, item in enumerate(texts):
        rep = reporter if n == 0 else item_reporter(doc, options)
        _report_skips(skipped.get(n, []), doc, rep)
        article = read_item(item, root, doc, rep)
        yield attrs.evolve(article, diagnostics=rep.finish())


def _report_skips(items: list[etree._Element], doc: XmlDoc, reporter: Reporter) -> None:
    for item in items:
        cls = attr(kid(kid(item, "itemMeta"), "itemClass"), "qcode")
        what = f"<{local(item)}>" + (f" of class {cls}" if cls else "")
        reporter.report("item-skipped", f"{what} holds no text: not read", doc.offset(item))


def _role_is(node: etree._Element, *wanted: str) -> bool:
    role = attr(node, "role")
    if role is None:
        return "" in wanted
    _, code = _code(role)
    return (code or "").lower() in wanted


def _headline(meta: etree._Element | None) -> etree._Element | None:
    heads = list(kids(meta, "headline"))
    chosen = next((h for h in heads if _role_is(h, "", "main", "headline")), None)
    if chosen is None and heads:
        chosen = heads[0]
    return chosen


def _subjects(meta: etree._Element | None, doc: XmlDoc) -> tuple[Subject, ...]:
    out: list[Subject] = []
    for subject in kids(meta, "subject"):
        qcode = attr(subject, "qcode")
        scheme, _ = _code(qcode)
        name = next(
            (n for n in (text(e, declared=doc.declared) for e in kids(subject, "name")) if n), None
        )
        code = qcode or attr(subject, "literal")
        if name is not None or code is not None:
            out.append(Subject(code, name, scheme or attr(subject, "uri")))
    return tuple(out)


def _located(meta: etree._Element | None, doc: XmlDoc) -> str | None:
    located = kid(meta, "located")
    if located is None:
        return None
    return text(kid(located, "name"), declared=doc.declared) or attr(located, "literal")


def _plain_blocks(node: etree._Element, doc: XmlDoc, reporter: Reporter) -> tuple[Block, ...]:
    """A plain-text rendition: paragraphs at blank lines, or at indented lines when the
    text is laid out as teletype copy (continuation lines flush left)."""
    raw = raw_text(node, declared=doc.declared)
    at = doc.offset(node)
    if _PLAIN_TAG.search(raw):
        reporter.report("left-out", "markup tags printed in a plain-text body were left out", at)
        raw = _PLAIN_TAG.sub("\n", raw)
    lines = raw.splitlines()
    indented = [bool(_INDENTED.match(line)) for line in lines]
    paragraphs: list[list[str]] = []
    if any(indented) and not all(
        i for i, line in zip(indented, lines, strict=True) if line.strip()
    ):
        for line, starts in zip(lines, indented, strict=True):
            if starts or not paragraphs or not line.strip():
                paragraphs.append([])
            paragraphs[-1].append(line)
    else:
        paragraphs.append([])
        for line in lines:
            if line.strip():
                paragraphs[-1].append(line)
            elif paragraphs[-1]:
                paragraphs.append([])
    out = [" ".join(" ".join(p).split()) for p in paragraphs]
    return tuple(Paragraph(p, at, at) for p in out if p)


def _main_section(body: etree._Element) -> etree._Element:
    """A body's ``section``/``div`` whose class names it main (dpa), else the body."""
    for child in body:
        if local(child) in ("section", "div", "main"):
            classes = (attr(child, "class") or "").split()
            if "main" in classes:
                return child
    return body


@attrs.frozen(slots=True)
class _Content:
    blocks: tuple[Block, ...] = ()
    nitf: Article | None = None  # the inline NITF's own fields, when the body is NITF
    byline: str | None = None  # a vendor body's own byline element


def _content(item: etree._Element, doc: XmlDoc, reporter: Reporter, title: str | None) -> _Content:
    for rendition in kids(kid(item, "contentSet"), "inlineXML", "inlineData"):
        if local(rendition) == "inlineData":
            blocks = _plain_blocks(rendition, doc, reporter)
            if blocks:
                return _Content(blocks)
            continue
        inner = next((c for c in rendition if local(c)), None)
        if inner is None:
            continue
        name = local(inner)  # XHTML names are lower case: "BODY" is a vendor's
        if name.lower() == "nitf":
            fields = read_nitf(inner, doc, reporter)
            return _Content(fields.body, fields)
        if name == "html":
            body = kid(inner, "body")
            found = markup_body(
                _main_section(body if body is not None else inner), doc, reporter, title=title
            )
        elif name in _XHTML_ROOTS:
            found = markup_body(rendition, doc, reporter, title=title)
        else:  # vendor XML: walked with XHTML's names, any case; its byline element read
            found = read_blocks(rendition, XHTML_BODY, doc, reporter, title=title)
            if found:
                return _Content(found, byline=_vendor_byline(rendition, doc))
        if found:
            return _Content(found)
    return _Content()


def _vendor_byline(node: etree._Element, doc: XmlDoc) -> str | None:
    """The text of the first element named ``byline`` (any case) in a vendor body."""
    for element in node.iter():
        if local(element).lower() == "byline":
            return text(element, declared=doc.declared)
    return None


def _language(
    item: etree._Element, root: etree._Element, meta: etree._Element | None
) -> str | None:
    for language in kids(meta, "language"):
        tag = attr(language, "tag")
        if tag:
            return tag
    # else the item's, the document's, or (a package) the headline's own xml:lang
    return attr(item, "lang") or attr(root, "lang") or attr(_headline(meta), "lang")


def read_item(
    item: etree._Element, root: etree._Element, doc: XmlDoc, reporter: Reporter
) -> Article:
    """The fields of one text ``newsItem`` (its diagnostics go to ``reporter``)."""
    item_meta = kid(item, "itemMeta")
    meta = kid(item, "contentMeta")

    def stamp(node: etree._Element | None, what: str) -> _dt.datetime | None:
        if node is None:
            return None
        return read_stamp(text(node), what, reporter, doc.offset(node))

    headline = _headline(meta)
    title = text(headline, declared=doc.declared)
    content = _content(item, doc, reporter, title)
    nitf = content.nitf
    if title is None and nitf is not None:
        title = nitf.title
    note, blocks = take_note(content.blocks)
    byline, blocks = take_byline(blocks)
    byline = (
        byline
        or text(kid(meta, "by"), declared=doc.declared)
        or content.byline
        or (nitf.byline if nitf else None)
    )
    published = stamp(kid(item_meta, "firstCreated"), "firstCreated") or stamp(
        kid(meta, "contentCreated"), "contentCreated"
    )
    located = _located(meta, doc) or (nitf.located if nitf else None)
    structured = text(kid(meta, "dateline"), declared=doc.declared)
    dateline: Dateline | None = printed_dateline(blocks, structured or located)
    pub_status = kid(item_meta, "pubStatus")
    _, status = _code(attr(pub_status, "qcode"))
    urgency_el = kid(meta, "urgency")
    urgency = urgency_of(text(urgency_el), reporter, urgency_el, doc)
    subjects = _subjects(meta, doc)
    notes = [n for n in (text(e, declared=doc.declared) for e in kids(item_meta, "edNote")) if n]
    if note is not None:
        notes.append(note)
    summary = next(
        (d for d in kids(meta, "description") if _role_is(d, "summary", "abstract")), None
    )
    return Article(
        title=title,
        lede=text(summary, declared=doc.declared) or (nitf.lede if nitf else None),
        dateline=dateline,
        published=published,
        modified=stamp(kid(item_meta, "versionCreated"), "versionCreated"),
        embargo=stamp(kid(item_meta, "embargoed"), "embargoed"),
        keywords=[s.name or s.code or "" for s in subjects],
        tags=[t for t in (text(k, declared=doc.declared) for k in kids(meta, "keyword")) if t],
        subjects=subjects,
        body=blocks,
        byline=byline,
        located=located,
        language=_language(item, root, meta),
        id=attr(item, "guid"),
        version=attr(item, "version"),
        slug=text(kid(meta, "slugline"), declared=doc.declared),
        urgency=urgency,
        status=status_of(status, reporter, pub_status, doc),
        ednote="\n".join(notes) or None,
        section=text(kid(kid(item_meta, "service"), "name"), declared=doc.declared),
        format="newsml-g2",
    )


NEWSML_G2: Final = Format(
    name="newsml-g2",
    summary="IPTC NewsML-G2 2.x XML: a news item, or a news message of several items",
    detect=detect,
    read=read,
)
