"""Small writers of feed documents, for the strategies in :mod:`wirefmt.strategies`.

wirefmt reads NITF, NewsML-G2, IPTC 7901 and ANPA-1312 but writes none of them: these
writers exist so that tests can draw documents in each format's own shape (``FEEDS.md``'s
structure, ``docs/formats-xml.md``, ``docs/formats-wire.md``) from an Article. They write
what the field tables of those pages read, and nothing a reader would have to guess.
They need no hypothesis; the package does not use them at run time.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Sequence
from typing import Final
from xml.sax.saxutils import escape, quoteattr

from .._model import Article, Subhead

__all__ = ["wrap", "write_anpa1312", "write_iptc7901", "write_newsml_g2", "write_nitf"]

_MONTHS: Final = (
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "May",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Oct",
    "Nov",
    "Dec",
)
#: ANPA priority letter for each urgency (the reader's table read backwards, first wins).
ANPA_PRIORITY: Final = {1: "f", 2: "b", 3: "u", 4: "r", 5: "a", 6: "d", 8: "y"}


def _attr(name: str, value: str | None) -> str:
    return "" if value is None else f" {name}={quoteattr(value)}"


def _element(name: str, value: str | None, attrs: str = "") -> str:
    return "" if value is None else f"<{name}{attrs}>{escape(value)}</{name}>"


def _iso(value: _dt.datetime | None) -> str | None:
    return None if value is None else value.isoformat()


def _basic(value: _dt.datetime | None) -> str | None:
    """NITF's basic ISO form, ``20240105T091500+0100`` (the DTD's preferred one)."""
    return None if value is None else value.strftime("%Y%m%dT%H%M%S%z")


def wrap(text: str, width: int) -> list[str]:
    """``text`` cut into lines of at most ``width`` characters at spaces (a longer word alone)."""
    out: list[str] = []
    line = ""
    for word in text.split(" "):
        if line and len(line) + 1 + len(word) > width:
            out.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    out.append(line)
    return out


def _body_markup(article: Article, paragraph: str, subhead: str) -> str:
    return "".join(
        _element(subhead if isinstance(b, Subhead) else paragraph, b.text) for b in article.body
    )


def write_nitf(article: Article) -> bytes:
    """``article`` as a NITF 3.x document in UTF-8, in the NITF namespace or none."""
    a = article
    urgency = None if a.urgency is None else str(a.urgency)
    subjects = "".join(
        f"<tobject.subject{_attr('tobject.subject.refnum', s.code)}"
        f"{_attr('tobject.subject.matter', s.name)}{_attr('tobject.subject.ipr', s.scheme)}/>"
        for s in a.subjects
    )
    tobject = f"<tobject{_attr('tobject.type', a.section)}>{subjects}</tobject>"
    keys = "".join(f"<keyword{_attr('key', t)}/>" for t in a.tags)
    docdata = (
        f"<docdata{_attr('management-status', a.status)}><doc-id{_attr('id-string', a.id)}/>"
        f"<urgency{_attr('ed-urg', urgency)}/><date.issue{_attr('norm', _basic(a.published))}/>"
        f"<date.release{_attr('norm', _basic(a.embargo))}/><ed-msg{_attr('info', a.ednote)}/>"
        f"<du-key{_attr('key', a.slug)}{_attr('version', a.version)}/>"
        f"<key-list>{keys}</key-list></docdata>"
    )
    located = (
        ""
        if a.located is None
        else f"<dateline><location><city>{escape(a.located)}</city></location></dateline>"
    )
    head = (
        f"<hedline>{_element('hl1', a.title)}</hedline>{_element('byline', a.byline)}"
        f"{located}{_element('abstract', a.lede)}"
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<nitf xmlns="http://iptc.org/std/NITF/2006-10-18/"{_attr("baselang", a.language)}>'
        f"<head>{tobject}{docdata}</head><body><body.head>{head}</body.head>"
        f"<body.content>{_body_markup(a, 'p', 'hl2')}</body.content></body></nitf>\n"
    ).encode()


_SUMMARY: Final = ' role="drol:summary"'


def _g2_item(a: Article) -> str:
    status = None if a.status is None else f"stat:{a.status}"
    item_meta = (
        '<itemMeta><itemClass qcode="ninat:text"/>'
        f"{_element('versionCreated', _iso(a.modified))}"
        f"{_element('firstCreated', _iso(a.published))}{_element('embargoed', _iso(a.embargo))}"
        f"{'' if status is None else f'<pubStatus qcode={quoteattr(status)}/>'}"
        f"{'' if a.section is None else f'<service><name>{escape(a.section)}</name></service>'}"
        f"{_element('edNote', a.ednote)}</itemMeta>"
    )
    subjects = "".join(
        f"<subject{_attr('qcode', s.code)}>{_element('name', s.name)}</subject>" for s in a.subjects
    )
    located = "" if a.located is None else f"<located><name>{escape(a.located)}</name></located>"
    language = "" if a.language is None else f"<language tag={quoteattr(a.language)}/>"
    content_meta = (
        f"<contentMeta>{_element('urgency', None if a.urgency is None else str(a.urgency))}"
        f"{located}{language}{subjects}"
        f"{''.join(_element('keyword', t) for t in a.tags)}{_element('slugline', a.slug)}"
        f"{_element('headline', a.title)}{_element('by', a.byline)}"
        f"{_element('description', a.lede, _SUMMARY)}</contentMeta>"
    )
    body = (
        '<contentSet><inlineXML contenttype="application/xhtml+xml">'
        '<html xmlns="http://www.w3.org/1999/xhtml"><head><title/></head>'
        f"<body>{_body_markup(a, 'p', 'h2')}</body></html></inlineXML></contentSet>"
    )
    return (
        f'<newsItem{_attr("guid", a.id)}{_attr("version", a.version)} standard="NewsML-G2"'
        f' standardversion="2.29">{item_meta}{content_meta}{body}</newsItem>'
    )


#: An item the reader skips (a picture) and a package: both stand between text items.
_G2_PICTURE: Final = (
    '<newsItem guid="urn:example:picture" standard="NewsML-G2" standardversion="2.29">'
    '<itemMeta><itemClass qcode="ninat:picture"/></itemMeta></newsItem>'
)
_G2_PACKAGE: Final = (
    '<packageItem guid="urn:example:package" standard="NewsML-G2" standardversion="2.29">'
    '<itemMeta><itemClass qcode="ninat:composite"/></itemMeta></packageItem>'
)


def write_newsml_g2(
    items: Sequence[Article], *, message: bool | None = None, skipped: Sequence[int] = ()
) -> bytes:
    """The Articles as NewsML-G2 text items: one ``newsItem`` or a ``newsMessage`` of them.

    Args:
        message: wrap the items in a ``newsMessage`` (the default when there are several).
        skipped: before each item whose index is listed, a picture item and a package,
            which a reader must skip.
    """
    parts = []
    for i, article in enumerate(items):
        if i in skipped:
            parts.append(_G2_PICTURE + _G2_PACKAGE)
        parts.append(_g2_item(article))
    wrapped = len(items) != 1 or bool(skipped) if message is None else message
    ns = ' xmlns="http://iptc.org/std/nar/2006-10-01/"'
    if wrapped:
        doc = f"<newsMessage{ns}><header/><itemSet>{''.join(parts)}</itemSet></newsMessage>"
    else:
        doc = parts[0].replace("<newsItem", f"<newsItem{ns}", 1)
    return f'<?xml version="1.0" encoding="UTF-8"?>\n{doc}\n'.encode()


def _words(a: Article) -> int:
    return sum(len(b.text.split()) for b in a.body)


def _encode(text: str, encoding: str) -> bytes:
    return text.encode(encoding)


def _iptc7901_message(a: Article) -> str:
    """One IPTC 7901 message: SOH heading, keyword line, STX header block and text, ETX end."""
    if a.id is None or a.urgency is None or a.section is None:
        raise ValueError("an IPTC 7901 heading needs id, urgency and section")
    lines = [f"\x01{a.id} {a.urgency} {a.section} {_words(a)} sel   svc 042", ""]
    lines.append("/".join(a.keywords) + "/")
    header = [] if a.version is None else a.version.split(" ")
    header.append(a.title or "")
    if a.byline is not None:
        header.append(a.byline)
    header[-1] += " ="
    lines.append("\x02" + "\r\n".join(header))
    for block in a.body:
        lines.append("")
        lines.append("\r\n".join(wrap(block.text, 69)))
    lines.append("")
    end = ""
    if a.published is not None:
        p = a.published
        end = f"{p:%d%H%M} GMT {_MONTHS[p.month - 1]} {p:%y}"
    lines.append(f"\x03{end}")
    return "\r\n".join(lines) + "\r\n\x7f\n\x7f\x04"


def write_iptc7901(messages: Sequence[Article], *, encoding: str = "utf-8") -> bytes:
    """The Articles as an IPTC 7901 stream: one framed message each, in ``encoding``.

    Each Article needs ``id`` (source and number, ``abc101``), ``urgency`` and ``section``
    (the category); ``keywords`` make the keyword line, ``version`` the take lines.
    """
    return _encode("".join(_iptc7901_message(a) for a in messages), encoding)


def _anpa_message(a: Article, keyword: str) -> str:
    if a.id is None or a.urgency is None or a.section is None or a.slug is None:
        raise ValueError("an ANPA-1312 heading needs id, urgency, section and slug")
    date = "01-01" if a.published is None else f"{a.published:%m-%d}"
    fields = keyword if a.version is None else f"{keyword}   {a.version}"
    words = _words(a)
    out = [
        f"\x16\x16\x01{a.id}\x1fsel--\n{ANPA_PRIORITY[a.urgency]} {a.section}\x13\x11 "
        f"{fields} {date} {words:04d}",
        f"\x02^{a.slug},{words}<",
        f"^{a.title}<",
    ]
    if a.lede is not None:
        out.append(f"^{a.lede}<")
    if a.ednote is not None:
        out.append(f"^Eds: {a.ednote}<")
    if a.byline is not None:
        out += [f"^{a.byline}=", "^Staff Writer="]
    for block in a.body:  # a subhead is one line in capitals; paragraphs wrap
        first, *rest = [block.text] if isinstance(block, Subhead) else wrap(block.text, 60)
        out.append(f"\t   {first}")
        out += rest
    end = ""
    if a.published is not None:
        end = f"XP-WF-{a.published:%m-%d-%y %H%M}GMT<"
    out.append(f"\x03{end}")
    return "\r\n".join(out) + "\r\n\x0c\r\n\x04"


def write_anpa1312(messages: Sequence[Article]) -> bytes:
    """The Articles as an ANPA-1312 stream in UTF-8: one framed message each.

    Each Article needs ``id`` (a service letter and four digits), ``urgency`` (one of
    :data:`ANPA_PRIORITY`'s), ``section`` (the category letter) and ``slug``; the heading's
    keyword is the slug without spaces, cut at 24 characters.
    """
    return "".join(_anpa_message(a, (a.slug or "").replace(" ", "")[:24]) for a in messages).encode(
        "utf-8"
    )
