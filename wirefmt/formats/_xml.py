"""Safe XML for the feed readers: decode by the declaration, parse with lxml locked down.

Shared by :mod:`.nitf` and :mod:`.newsml_g2`; nothing here knows either vocabulary.

* **Decoding** (:func:`decode_xml`): a byte-order mark wins; else the XML declaration's
  ``encoding``; else UTF-8. When the bytes are not in the declared encoding, or a single-byte
  declaration covers bytes that are well-formed multi-byte UTF-8 (a feed that re-labelled
  UTF-8 as Latin-1), the fallback chain UTF-8 → cp1252 → Latin-1 is tried and the choice is
  reported. A ``str`` is already decoded: its declaration is ignored.
* **Parsing** (:func:`read_document`): ``resolve_entities=False``, ``no_network=True``,
  ``load_dtd=False``, ``huge_tree=False`` (libxml2 then caps depth and text-node size). A
  document that declares entities is not expanded: references stay as printed
  (``&name;``) and an ``xml-entity`` error is reported — billion laughs, quadratic blowup
  and external entities (XXE) all take that road, so no file is read and nothing grows.
  A document that is not well-formed is reported (``xml-malformed``) and read again by
  libxml2's recovering parser, so that what can be read is.
* **Walking** (:func:`local`, :func:`kids`, :func:`kid`, :func:`path`, :func:`text`):
  namespace-agnostic lookups by local name, so ``nitf``, ``x:p`` and ``ns0:headline`` read
  alike.
"""

from __future__ import annotations

import codecs
import datetime as _dt
import html.entities
from collections.abc import Iterator
from typing import Any, Final, cast

import attrs
import regex
from lxml import etree

from .._errors import WirefmtError
from .._policy import Reporter, line_starts
from .._registry import ReadOptions
from ..fields.timestamps import read_timestamp

__all__ = [
    "XmlDoc",
    "attr",
    "decode_xml",
    "entity_text",
    "item_reporter",
    "kid",
    "kids",
    "local",
    "path",
    "raw_text",
    "read_document",
    "read_stamp",
    "root_name",
    "squash",
    "text",
]

# The XML declaration at the very start (after a BOM); its encoding pseudo-attribute.
_DECL: Final = regex.compile(r"<\?xml[ \t\r\n][^?>]{0,400}\?>")
_DECL_ENCODING: Final = regex.compile(
    r"""encoding[ \t\r\n]{0,10}=[ \t\r\n]{0,10}["']([A-Za-z][\w.:-]{0,40})["']"""
)
# Bytes of a well-formed multi-byte UTF-8 sequence (lead byte and continuation bytes).
_UTF8_MULTI: Final = regex.compile(rb"[\xc2-\xf4][\x80-\xbf]")
_BOMS: Final = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_FALLBACK: Final = ("utf-8", "cp1252", "latin-1")
# Codecs that give every byte a character: a declaration naming one cannot fail to decode.
_SINGLE_BYTE: Final = frozenset({"latin-1", "iso8859-1", "cp1252", "ascii", "iso8859-15"})

# The prolog before the root element: declaration, comments, PIs, DOCTYPE (with an internal
# subset), white space; then the root's qualified name. Each piece is bounded.
_PROLOG: Final = regex.compile(
    rb"(?:\xef\xbb\xbf)?(?:[ \t\r\n]++|<\?[^>]{0,4000}+>|<!--(?:[^-]++|-(?!->)){0,4000}+-->"
    rb"|<!DOCTYPE[^\[>]{0,4000}+(?:\[[^\]]{0,4000}+\])?[ \t\r\n]{0,100}+>){0,64}+"
    rb"<(?:[A-Za-z_][\w.-]{0,64}+:)?([A-Za-z_][\w.-]{0,64}+)"
)

# The bytes an XML document can start with: "<", white space, a byte-order mark's first byte.
_XML_FIRST: Final = frozenset([b"<", b" ", b"\t", b"\r", b"\n", b"\xef", b"\xff", b"\xfe", b"\x00"])


def squash(value: str | None) -> str | None:
    """White-space runs to one space, trimmed; None for nothing left."""
    if value is None:
        return None
    if "\u200b" in value:  # a zero-width space is a space here (str.split keeps it)
        value = value.replace("\u200b", " ")
    # str.split() splits at every Unicode white space (Zs, tabs, line ends): at C speed
    return " ".join(value.split()) or None


def root_name(head: bytes) -> str | None:
    """The local name of the root element in ``head`` (a document's first bytes), or None.

    UTF-16/32 heads (told by their byte-order mark) are re-encoded first.
    """
    first = head[:1]
    if first not in _XML_FIRST:
        return None  # the common case, text that is no XML: told without the pattern
    if first in b"\xff\xfe\x00":
        for bom, name in _BOMS[1:]:
            if head.startswith(bom):
                head = head[len(bom) :].decode(name, errors="ignore").encode("utf-8")
                break
    found = _PROLOG.match(head)
    return None if found is None else found.group(1).decode("ascii")


@attrs.frozen(slots=True)
class Decoded:
    """The decoded text and how it was decoded."""

    text: str
    encoding: str | None  # the codec used, None for a str given already decoded


def _codec(name: str) -> str | None:
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _try(raw: bytes, name: str) -> str | None:
    try:
        return raw.decode(name)
    except UnicodeDecodeError:
        return None


def decode_xml(data: bytes | str) -> tuple[Decoded, list[tuple[str, str]]]:
    """Decode ``data``; return the text and the (code, message) findings to report."""
    if isinstance(data, str):
        return Decoded(data, None), []
    raw = bytes(data)
    for bom, name in _BOMS:
        if raw.startswith(bom):
            decoded = raw[len(bom) :].decode(name, errors="replace")
            found: list[tuple[str, str]] = []
            if "\ufffd" in decoded and b"\xef\xbf\xbd" not in raw:
                found.append(("xml-encoding-guessed", f"bytes that are not {name} became U+FFFD"))
            return Decoded(decoded, name), found
    head = raw[:512].decode("latin-1")
    decl = _DECL.match(head)
    declared_name = None
    if decl is not None:
        enc = _DECL_ENCODING.search(decl.group())
        declared_name = None if enc is None else enc.group(1)
    findings: list[tuple[str, str]] = []
    declared = "utf-8" if declared_name is None else _codec(declared_name)
    if declared is None:
        findings.append(
            ("xml-encoding-guessed", f"the declared encoding {declared_name!r} is unknown")
        )
    elif declared in _SINGLE_BYTE and _UTF8_MULTI.search(raw) is not None:
        as_utf8 = _try(raw, "utf-8")
        if as_utf8 is not None:
            findings.append(
                (
                    "xml-encoding-mismatch",
                    f"the declaration names {declared_name} but the bytes are UTF-8: read as UTF-8",
                )
            )
            return Decoded(as_utf8, "utf-8"), findings
    if declared is not None:
        got = _try(raw, declared)
        if got is not None:
            return Decoded(got, declared), findings
        findings.append(
            (
                "xml-encoding-mismatch" if declared_name else "xml-encoding-guessed",
                f"the bytes are not {declared_name or 'UTF-8 (no encoding declared)'}",
            )
        )
    for name in _FALLBACK:
        got = _try(raw, name)
        if got is not None:
            if name != "utf-8":
                findings.append(("xml-encoding-guessed", f"read as {name}, a guess"))
            return Decoded(got, name), findings
    raise AssertionError("latin-1 decodes any bytes")  # pragma: no cover


def _parser(*, recover: bool) -> etree.XMLParser:
    """lxml configured explicitly: no entity expansion, no network, no DTD, no huge trees."""
    return etree.XMLParser(
        encoding="utf-8",
        recover=recover,
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        collect_ids=False,
    )


@attrs.frozen(slots=True)
class XmlDoc:
    """A parsed document: its root, its text, and where each line of the text starts."""

    root: etree._Element | None
    text: str
    line_starts: list[int]  # shared, never changed: the Reporters of its items read it
    declared: frozenset[str]  # entity names the document declares (never expanded)

    def offset(self, node: etree._Element) -> int:
        """The offset in :attr:`text` where ``node``'s line starts (libxml2 gives lines)."""
        line: object = node.sourceline
        if not isinstance(line, int) or line < 1:
            line = 1
        return self.line_starts[min(line, len(self.line_starts)) - 1]


def item_reporter(doc: XmlDoc, options: ReadOptions) -> Reporter:
    """A Reporter for one more item of ``doc`` (positions index the whole document)."""
    return options.reporter(doc.text, doc.line_starts)


def _position(line_starts: list[int], line: int, column: int) -> int:
    line = max(1, min(line, len(line_starts)))
    return line_starts[line - 1] + max(column - 1, 0)


def read_document(data: bytes | str, options: ReadOptions) -> tuple[XmlDoc, Reporter]:
    """Decode and parse ``data``; return the document and a Reporter (made by ``options``
    from the decoded text) holding what decoding and parsing found."""
    decoded, findings = decode_xml(data)
    text = decoded.text
    # lxml refuses a str that carries an encoding declaration: blank it (same length, so
    # lines and offsets stay), and hand lxml UTF-8 bytes it is told are UTF-8.
    body = text[1:] if text.startswith("\ufeff") else text
    lead = len(text) - len(body)
    decl = _DECL.match(body)
    if decl is not None:
        body = " " * len(decl.group()) + body[decl.end() :]
    starts = line_starts(text)
    reporter = options.reporter(text, starts)
    for code, message in findings:
        reporter.report(code, message, 0, decl.end() + lead if decl is not None else 0)
    try:
        raw = body.encode("utf-8")
    except UnicodeEncodeError as err:
        reporter.report(
            "xml-malformed", "the text holds a lone surrogate", err.start + lead, err.end + lead
        )
        raw = body.encode("utf-8", errors="replace")
    parser = _parser(recover=False)
    root: etree._Element | None
    try:
        root = etree.fromstring(raw, parser)
    except etree.XMLSyntaxError as err:
        line, column = err.position
        reporter.report(
            "xml-malformed",
            f"not well-formed XML: {err.msg}; read what the recovering parser could",
            _position(starts, line, column),
        )
        recovering = _parser(recover=True)
        try:
            root = etree.fromstring(raw, recovering)
        except etree.XMLSyntaxError:
            root = None
    declared: frozenset[str] = frozenset()
    if root is not None:
        dtd = root.getroottree().docinfo.internalDTD
        if dtd is not None:
            names = [str(e.name) for e in cast(Any, dtd).iterentities() if e.name]
            if names:
                declared = frozenset(names)
                reporter.report(
                    "xml-entity",
                    f"the document declares {len(names)} entities ({', '.join(names[:3])}"
                    f"{' …' if len(names) > 3 else ''}); they were not expanded",
                    0,
                    len(text),
                )
    return XmlDoc(root, text, starts, declared), reporter


def local(node: object) -> str:
    """The local name of an element ('' for comments, PIs and entities)."""
    tag = getattr(node, "tag", None)
    if not isinstance(tag, str):
        return ""
    return tag.rpartition("}")[2]


def kids(node: etree._Element | None, *names: str) -> Iterator[etree._Element]:
    """The child elements of ``node`` with one of ``names`` (any namespace), in order."""
    if node is None:
        return
    for child in node:
        if local(child) in names:
            yield child


def kid(node: etree._Element | None, *names: str) -> etree._Element | None:
    """The first child element named one of ``names``, or None."""
    if node is None:
        return None
    return next(kids(node, *names), None)


def path(node: etree._Element | None, steps: str) -> etree._Element | None:
    """Follow ``a/b/c`` by local names, first match at each step."""
    for step in steps.split("/"):
        node = kid(node, step)
        if node is None:
            return None
    return node


def attr(node: etree._Element | None, name: str) -> str | None:
    """An attribute by local name (any namespace), squashed; None when absent or blank."""
    if node is None:
        return None
    value = node.get(name)
    if value is None:
        for key, got in node.attrib.items():
            if str(key).rpartition("}")[2] == name:
                value = str(got)
                break
    return squash(value)


def entity_text(node: etree._Element, declared: frozenset[str]) -> str:
    """An entity reference left in the tree: an HTML entity the document did not declare is
    its character (feeds use ``&nbsp;`` in XML); any other stays as printed."""
    name = str(cast(Any, node).name)
    if name not in declared:
        char = html.entities.html5.get(name + ";")
        if char is not None:
            return char
    return f"&{name};"


def _gather(
    node: etree._Element, skip: frozenset[str], declared: frozenset[str], out: list[str]
) -> None:
    # Iterative: the tree's depth is bounded by libxml2, but a walk need not rely on it.
    stack: list[tuple[etree._Element, bool]] = [(node, False)]
    while stack:
        current, done = stack.pop()
        if done:
            if current is not node and current.tail:
                out.append(current.tail)
            continue
        tag = current.tag
        if tag is etree.Entity:
            out.append(entity_text(current, declared))
            if current.tail:
                out.append(current.tail)
            continue
        if not isinstance(tag, str):  # a comment or processing instruction: its tail only
            if current is not node and current.tail:
                out.append(current.tail)
            continue
        if current is not node and local(current) in skip:
            if current.tail:
                out.append(current.tail)
            continue
        if current.text:
            out.append(current.text)
        stack.append((current, True))
        stack.extend((child, False) for child in reversed(current))


def raw_text(
    node: etree._Element,
    *,
    skip: frozenset[str] = frozenset(),
    declared: frozenset[str] = frozenset(),
) -> str:
    """All the text inside ``node`` as printed (not squashed; its tail not included)."""
    out: list[str] = []
    _gather(node, skip, declared, out)
    return "".join(out)


def text(
    node: etree._Element | None,
    *,
    skip: frozenset[str] = frozenset(),
    declared: frozenset[str] = frozenset(),
) -> str | None:
    """All the text inside ``node`` (text after child elements kept), squashed; children
    named in ``skip`` are left out (their tails are kept)."""
    if node is None:
        return None
    out: list[str] = []
    _gather(node, skip, declared, out)
    return squash("".join(out))


def read_stamp(value: str | None, what: str, reporter: Reporter, at: int) -> _dt.datetime | None:
    """A feed timestamp (basic or extended ISO 8601, as NITF and NewsML-G2 print them).

    Naive when printed without a zone (a ``naive-timestamp`` notice says so); a value that is
    no timestamp (a template such as ``YYYYMMDD000000-HHMM``) is a ``bad-timestamp`` error
    and gives None.
    """
    value = squash(value)
    if value is None:
        return None
    try:
        reading = read_timestamp(value)
    except (WirefmtError, ValueError, OverflowError):
        reporter.report("bad-timestamp", f"{what} {value!r} is not a valid timestamp", at)
        return None
    for note in reading.notes:
        reporter.report(note.code, f"{what}: {note.message}", at)
    stamp: _dt.datetime = reading.value
    if stamp.tzinfo is None:
        reporter.report("naive-timestamp", f"{what} {value!r} has no zone: kept naive, not UTC", at)
    return stamp
