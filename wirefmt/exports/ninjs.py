"""An Article as an IPTC ninjs 2.x item (News in JSON 2.0, 2.1 or 2.2).

The item holds only properties the ninjs 2.x schemas define (they allow no others), so a
ninjs consumer validates it as it is. What an Article holds that ninjs has no place for
(the page dump's locale, edition, tags; a subject's scheme; a time with no zone) is left
out: ``docs/exports.md`` lists it. Reading the item back with ``wirefmt.parse(...,
format="ninjs")`` gives every field ninjs carries (tested as a property).
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import json
from typing import Any, Final
from urllib.parse import quote

import regex

from .._model import Article, Subject
from ._html import blocks_html

__all__ = ["NINJS_VERSIONS", "to_ninjs"]

#: The ninjs versions :func:`to_ninjs` writes.
NINJS_VERSIONS: Final = ("2.0", "2.1", "2.2")
#: The prefix of the URN that carries an id which is not itself a URI (the reader decodes it).
ID_URN: Final = "urn:wirefmt:id:"
#: A URI as RFC 3986 shapes it: a scheme, a colon, then no space and no character it excludes.
_URI: Final = regex.compile(r"[A-Za-z][A-Za-z0-9+.-]{0,31}+:[^\s<>\"{}|\\^`]++")


def _item_uri(article: Article) -> str:
    """The id when it is a URI; an id that is not (a wire message number, a NITF id-string)
    percent-encoded into a ``urn:wirefmt:id:`` URN; no id: a digest of the content."""
    if article.id is None or not article.id.strip():
        return _minted_uri(article)
    if _URI.fullmatch(article.id) is not None:
        return article.id
    return ID_URN + quote(article.id, safe="")


def _time(value: _dt.datetime | None) -> str | None:
    """RFC 3339 with the offset; None for a naive time (inventing a zone would lie)."""
    if value is None or value.utcoffset() is None:
        return None
    return value.isoformat()


def _minted_uri(article: Article) -> str:
    """A stable URI for an article that has no id: a digest of its content."""
    content = json.dumps(
        [article.title, article.lede, [b.text for b in article.body], str(article.published)],
        ensure_ascii=False,
    )
    return "urn:wirefmt:" + hashlib.sha256(content.encode("utf-8", "surrogatepass")).hexdigest()


def _subject(subject: Subject) -> dict[str, Any]:
    entry: dict[str, Any] = {}
    if subject.name is not None:
        entry["name"] = subject.name
    if subject.code is not None:
        entry["uri" if "://" in subject.code else "literal"] = subject.code
    return entry


def _subjects(article: Article) -> list[dict[str, Any]]:
    entries = [_subject(s) for s in article.subjects]
    named = {s.name or s.code for s in article.subjects}
    # plain keywords that no subject names are subjects with a name only
    entries += [{"name": k} for k in article.keywords if k not in named and k.strip()]
    return entries


def to_ninjs(article: Article, version: str = "2.1") -> dict[str, Any]:
    """Write ``article`` as a ninjs ``version`` item (``"2.0"``, ``"2.1"`` or ``"2.2"``).

    ``uri`` is the article's ``id`` when it is a URI; an id that is not is percent-encoded
    after ``urn:wirefmt:id:`` (the ninjs reader decodes it back); an article with no id gets
    ``urn:wirefmt:`` and a SHA-256 of its content.
    The body is written twice, as IPTC's guidelines show: ``text/html`` (``<p>``, ``<h2>``)
    with role ``main``, and ``text/plain`` (blocks apart by a blank line) with role ``plain``.

    Raises:
        ValueError: a ``version`` not in :data:`NINJS_VERSIONS`.

    >>> from wirefmt import Article, Paragraph
    >>> item = to_ninjs(Article(id="urn:x:1", title="Hi", body=[Paragraph("One.")]))
    >>> item["uri"], item["headlines"][0]["value"], item["bodies"][0]["value"]
    ('urn:x:1', 'Hi', '<p>One.</p>')
    """
    if version not in NINJS_VERSIONS:
        raise ValueError(f"ninjs version {version!r}; written: {', '.join(NINJS_VERSIONS)}")
    a = article
    item: dict[str, Any] = {
        "uri": _item_uri(a),
        "standard": {
            "name": "ninjs",
            "version": version,
            "schema": f"http://www.iptc.org/std/ninjs/ninjs-schema_{version}.json",
        },
        "type": "text",
    }
    optional: dict[str, Any] = {
        "version": a.version,
        "firstcreated": _time(a.published),
        "versioncreated": _time(a.modified),
        "embargoed": _time(a.embargo),
        "pubstatus": a.status,
        "urgency": a.urgency,
        "language": a.language,
        "slugline": a.slug,
        "ednote": a.ednote,
        "by": a.byline,
        "located": a.located if a.located else (a.dateline.place if a.dateline else None),
    }
    item.update({k: v for k, v in optional.items() if v is not None and v != ""})
    if a.title:
        item["headlines"] = [{"role": "main", "contenttype": "text/plain", "value": a.title}]
    if a.lede:
        item["descriptions"] = [{"role": "summary", "contenttype": "text/plain", "value": a.lede}]
    if a.body:
        plain = "\n\n".join(b.text.strip() for b in a.body)
        item["bodies"] = [
            {"role": "main", "contenttype": "text/html", "value": blocks_html(a.body)},
            {"role": "plain", "contenttype": "text/plain", "value": plain},
        ]
    subjects = _subjects(a)
    if subjects:
        item["subjects"] = subjects
    if a.section:
        item["genres"] = [{"name": a.section}]
    if a.dateline is not None and a.dateline.agency:
        item["infosources"] = [{"name": a.dateline.agency}]
    if a.image:
        item["associations"] = [
            {
                "name": "image",
                "type": "picture",
                "uri": a.image,
                "renditions": [{"name": "original", "href": a.image}],
            }
        ]
    return item
