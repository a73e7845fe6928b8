"""NITF 3.x (News Industry Text Format): one ``<nitf>`` document, one Article.

Namespaced (``http://iptc.org/std/NITF/2006-10-18/``, or any other) or not: every lookup is
by local name. What is read (docs/formats-xml.md has the table):

* ``body.head``: ``hedline/hl1`` (all its text, including text after child elements) is the
  title, else ``head/title``; ``abstract`` the lede; ``byline`` without its ``byttl`` (the
  writer's title) the byline; ``dateline`` the structured place (``located``).
* ``body/body.content`` (never a ``body.content`` nested in a note): paragraphs, ``hl2``
  subheads, list items; tables, media and notes kept out and reported
  (:mod:`._xml_blocks`).
* ``head/docdata``: ``date.issue@norm`` (else ``pubdata@date.publication``) is ``published``,
  ``date.release@norm`` the embargo (basic ISO forms, naive when printed without a zone,
  with a ``naive-timestamp`` notice); ``doc-id@id-string``, ``du-key@key``/``@version``,
  ``urgency@ed-urg``, ``ed-msg@info``, ``@management-status``, ``key-list/keyword@key``
  (tags); ``tobject.subject`` (subjects and keywords).
* The dateline is read from the first paragraph as printed; when none is printed, the
  structured place stands in (FEEDS: the two disagree in real files).
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterator
from typing import Final

import attrs
from lxml import etree

from .._model import Article, Block, Dateline, Paragraph, Subject
from .._policy import Reporter
from .._registry import Format, ReadOptions
from ..fields.datelines import parse_dateline
from ._xml import XmlDoc, attr, kid, kids, local, path, read_document, read_stamp, root_name, text
from ._xml_blocks import NITF_BODY, read_blocks, take_byline

__all__ = ["NITF", "detect", "read", "read_nitf"]

#: NITF ``management-status`` -> ``Article.status`` (an embargoed item is withheld until
#: its release time, which ``embargo`` holds).
STATUS: Final = {
    "usable": "usable",
    "withheld": "withheld",
    "embargoed": "withheld",
    "canceled": "canceled",
    "cancelled": "canceled",
}

# The parts of a structured location, in the order a place is written.
_PLACE_PARTS: Final = ("sublocation", "city", "state", "region", "country")
# tobject.subject attributes, most specific name first.
_SUBJECT_NAMES: Final = (
    "tobject.subject.detail",
    "tobject.subject.matter",
    "tobject.subject.type",
)


def urgency_of(
    value: str | None, reporter: Reporter, node: etree._Element | None, doc: XmlDoc
) -> int | None:
    """An urgency printed as one digit from 1 (most urgent) to 9; anything else printed is a
    ``bad-field`` error and gives None."""
    if value is None:
        return None
    if len(value) != 1 or value not in "123456789":
        at = 0 if node is None else doc.offset(node)
        reporter.report("bad-field", f"urgency {value[:20]!r} is not a digit from 1 to 9", at)
        return None
    return int(value)


def status_of(
    value: str | None, reporter: Reporter, node: etree._Element | None, doc: XmlDoc
) -> str | None:
    """``Article.status`` from a feed's status word (:data:`STATUS`); another word printed
    is a ``bad-field`` error and gives None."""
    if value is None:
        return None
    found = STATUS.get(value.lower())
    if found is None:
        at = 0 if node is None else doc.offset(node)
        reporter.report("bad-field", f"status {value[:40]!r} is none of {', '.join(STATUS)}", at)
    return found


def detect(head: bytes) -> bool:
    """True when the root element of the document is ``nitf``."""
    return root_name(head) == "nitf"


def read(data: bytes | str, options: ReadOptions) -> Iterator[Article]:
    """Read one NITF document (bytes decoded by its declaration, or a str) into an Article."""
    doc, reporter = read_document(data, options)
    root = doc.root
    if root is None or local(root) != "nitf":
        name = "nothing" if root is None else f"<{local(root)}>"
        reporter.report("xml-unknown-root", f"the root is {name}, not <nitf>", 0, len(doc.text))
        yield Article(format="nitf", diagnostics=reporter.finish())
        return
    article = read_nitf(root, doc, reporter)
    yield attrs.evolve(article, diagnostics=reporter.finish())


def _place(dateline: etree._Element | None, doc: XmlDoc) -> str | None:
    """The place a structured ``<dateline>`` names (``location`` parts joined), or None."""
    if dateline is None:
        return None
    location = kid(dateline, "location")
    if location is None:
        return text(dateline, skip=frozenset({"story.date"}), declared=doc.declared)
    parts = [text(p, declared=doc.declared) for p in location if local(p) in _PLACE_PARTS]
    loose = (location.text or "").strip() or any((p.tail or "").strip(" ,") for p in location)
    if parts and not loose:
        return ", ".join(p for p in parts if p) or None
    return text(location, declared=doc.declared)


def _byline(head: etree._Element | None, doc: XmlDoc) -> str | None:
    """The byline without the writer's title (``byttl``): "By Jane Roe", not "By Jane Roe
    Staff Writer". The title stays when the line is printed as one ("By Jane Roe, Staff
    Writer": the name ends in a comma) or when it is all the byline holds."""
    for byline in kids(head, "byline"):
        found = text(byline, skip=frozenset({"byttl"}), declared=doc.declared)
        if found is None or found.endswith(","):
            found = text(byline, declared=doc.declared)
        if found is not None:
            return found
    return None


def _subjects(head: etree._Element | None) -> tuple[Subject, ...]:
    out: list[Subject] = []
    for tobject in kids(head, "tobject"):
        for subject in kids(tobject, "tobject.subject"):
            name = next((n for n in (attr(subject, a) for a in _SUBJECT_NAMES) if n), None)
            code = attr(subject, "tobject.subject.refnum")
            if name is not None or code is not None:
                out.append(Subject(code, name, attr(subject, "tobject.subject.ipr")))
    return tuple(out)


def _language(root: etree._Element) -> str | None:
    return attr(root, "baselang") or attr(root, "lang")


def printed_dateline(body: tuple[Block, ...], located: str | None) -> Dateline | None:
    """The dateline printed at the head of the first paragraph; else the structured place."""
    first = next((b for b in body if isinstance(b, Paragraph)), None)
    if first is not None:
        found = parse_dateline(first.text)
        if found is not None:
            return attrs.evolve(found, start=None, end=None)
    return None if located is None else Dateline(place=located)


def read_nitf(root: etree._Element, doc: XmlDoc, reporter: Reporter) -> Article:
    """The fields of one ``<nitf>`` element (its diagnostics go to ``reporter``)."""
    head = kid(root, "head")
    body = kid(root, "body")
    body_head = kid(body, "body.head")
    docdata = kid(head, "docdata")
    declared = doc.declared
    title = text(path(body_head, "hedline/hl1"), declared=declared) or text(
        kid(head, "title"), declared=declared
    )
    blocks = read_blocks(kid(body, "body.content"), NITF_BODY, doc, reporter, title=title)
    printed_byline, blocks = take_byline(blocks)
    dateline_el = kid(body_head, "dateline")
    located = _place(dateline_el, doc)

    def stamp(node: etree._Element | None, name: str, what: str) -> _dt.datetime | None:
        if node is None:
            return None
        return read_stamp(attr(node, name), what, reporter, doc.offset(node))

    issue = kid(docdata, "date.issue")
    published = stamp(issue, "norm", "date.issue")
    if published is None and issue is None:
        pubdata = kid(head, "pubdata")
        published = stamp(pubdata, "date.publication", "pubdata date.publication")
    embargo = stamp(kid(docdata, "date.release"), "norm", "date.release")
    urgency_el = kid(docdata, "urgency")
    urgency = urgency_of(attr(urgency_el, "ed-urg"), reporter, urgency_el, doc)
    subjects = _subjects(head)
    tags = [k for k in (attr(e, "key") for e in kids(kid(docdata, "key-list"), "keyword")) if k]
    status_text = attr(docdata, "management-status")
    du_key = kid(docdata, "du-key")
    media = path(body, "body.content/media/media-reference")
    tobject = kid(head, "tobject")
    return Article(
        title=title,
        lede=text(kid(body_head, "abstract"), declared=declared),
        dateline=printed_dateline(blocks, located),
        published=published,
        embargo=embargo,
        keywords=[s.name or s.code or "" for s in subjects],
        tags=tags,
        subjects=subjects,
        body=blocks,
        byline=printed_byline or _byline(body_head, doc),
        located=located,
        language=_language(root),
        id=attr(kid(docdata, "doc-id"), "id-string"),
        version=attr(du_key, "version"),
        slug=attr(du_key, "key"),
        urgency=urgency,
        status=status_of(status_text, reporter, docdata, doc),
        ednote=attr(kid(docdata, "ed-msg"), "info"),
        section=attr(tobject, "tobject.type"),
        image=attr(media, "source"),
        format="nitf",
    )


NITF: Final = Format(
    name="nitf",
    summary="NITF 3.x XML (News Industry Text Format), namespaced or not",
    detect=detect,
    read=read,
)
