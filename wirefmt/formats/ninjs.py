"""ninjs (IPTC's News in JSON) 1.x and 2.x into Articles.

A document holds one item (a JSON object), a list of items (a JSON array), or items one
after the other (JSON Lines); each gives one Article, in order. The mapping is in
``docs/formats.md``; in short:

* 1.x flat names (``headline``, ``body_html``, ``description_text``, ``byline``,
  ``subject``) and their 1.3+ pattern forms (``headline_main``, ``body_richtext``), 2.x lists
  (``headlines``, ``bodies``, ``descriptions`` with ``role`` and ``contenttype``, ``by``,
  ``subjects``); vendor dialects' ``guid``, ``slug``, ``keywords`` are read too;
* the richest body is chosen (:mod:`wirefmt.formats._ninjs_body`): HTML made into paragraphs
  and subheads, plain text split with :func:`wirefmt.split_body`; tables and media are kept
  out and reported; a first block that repeats the title is left out and reported;
* the dateline is read from the body's first block; where none is printed, ``located`` gives
  its place, unless ``located`` is a piece of the byline (an editor's slip, not a place);
* timestamps are RFC 3339 or ISO 8601 (``+0000`` too); one with no zone stays naive, with the
  ``naive-timestamp`` notice; ``published`` is ``firstcreated``, else ``contentcreated``,
  never ``versioncreated``.

ninjs 3.x renamed its properties in camelCase (``versionCreated``); such an item is refused
with the ``ninjs-version`` error rather than read as 2.x with half its fields missing.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterator, Mapping
from typing import Any, Final
from urllib.parse import unquote

import attrs
import regex

from .._model import STATUSES, Article, Block, Dateline
from .._policy import Reporter
from .._registry import Format, ReadOptions
from .._text import read_utf8
from ..fields.datelines import parse_dateline
from . import _ninjs_body as nb
from ._json_spans import JsonError, no_lone_surrogates, string_span, top_values
from ._ninjs_fields import (
    by_pattern,
    by_role,
    image,
    plain,
    section,
    squash,
    subjects,
    text_of,
)

__all__ = ["NINJS", "read", "read_item"]

#: A JSON object (or an array of them) opening with a quoted member name.
_DETECT: Final = regex.compile(rb'(?:\xef\xbb\xbf)?[ \t\r\n]*+(?:\[[ \t\r\n]*+)?\{[ \t\r\n]*+"')
#: A member name only ninjs gives an item (any version, vendor dialects too): the mark that
#: tells a ninjs item from any other JSON (a crawl's ``{"id": …, "text": …}`` lines, and
#: wirefmt's own records, whose ``located`` and ``ednote`` are ninjs names too: a ninjs item
#: that has those has a ``uri``, a headline or a version time as well).
_NINJS_NAME: Final = regex.compile(
    rb'"(?:uri|headlines?+|headline_[a-z0-9]++|bodies|body_[a-z0-9]++|descriptions|'
    rb"description_[a-z0-9]++|versioncreated|firstcreated|contentcreated|pubstatus|"
    rb'slugline|versionCreated|firstCreated|contentCreated|pubStatus|altIds)"'
    rb"[ \t\r\n]*+:"
)
#: Names only ninjs 3.x gives an item (camelCase); any one marks a 3.x item.
#: The URN ``wirefmt.to_ninjs`` writes for an id that is not a URI (the same string as
#: ``wirefmt.exports.ninjs.ID_URN``; a format does not import an export, a test ties them).
ID_URN: Final = "urn:wirefmt:id:"
_NINJS3: Final = frozenset(
    {"firstCreated", "versionCreated", "contentCreated", "altIds", "pubStatus", "edNote"}
)


class _Item:
    """One item's reading: its mapping, its span in the document, its reporter."""

    __slots__ = ("data", "end", "reporter", "start", "text")

    def __init__(
        self, text: str, data: Mapping[str, Any], start: int, end: int, reporter: Reporter
    ) -> None:
        self.text, self.data, self.start, self.end, self.reporter = (
            text,
            data,
            start,
            end,
            reporter,
        )

    def span(self, value: str) -> tuple[int, int, bool]:
        found = string_span(self.text, value, self.start, self.end)
        return found if found is not None else (self.start, self.end, False)

    def report(self, code: str, message: str, value: str | None = None) -> None:
        start, end, _ = self.span(value) if value is not None else (self.start, self.end, False)
        self.reporter.report(code, message, start, end)

    def time(self, *keys: str) -> _dt.datetime | None:
        for key in keys:
            value = self.data.get(key)
            if not isinstance(value, str) or not value.strip():
                continue
            try:
                stamp = _dt.datetime.fromisoformat(value.strip())
            except ValueError:
                self.report("bad-timestamp", f"{key} {value!r} is not an ISO 8601 time", value)
                continue
            if stamp.tzinfo is None:
                self.report("naive-timestamp", f"{key} {value!r} has no zone", value)
            return stamp
        return None


def _id(item: Mapping[str, Any]) -> str | None:
    """``uri``, else ``guid``; wirefmt's own ``urn:wirefmt:id:`` URN (an id that was no URI,
    written by :func:`wirefmt.to_ninjs`) decoded back to the id as printed."""
    found = text_of(item, "uri", "guid")
    if found is not None and found.startswith(ID_URN):
        return unquote(found[len(ID_URN) :]) or found
    return found


def _urgency(it: _Item) -> int | None:
    value = it.data.get("urgency")
    if value is None:
        return None
    # a number, or the same number printed as text ("3") or with a fraction of nothing (3.0)
    if isinstance(value, str) and value.strip().isascii() and value.strip().isdigit():
        value = int(value.strip())
    elif type(value) is float and value.is_integer():
        value = int(value)
    if type(value) is int and 1 <= value <= 9:
        return value
    it.report("bad-field", f"urgency {value!r} is not a whole number from 1 to 9")
    return None


def _status(it: _Item) -> str | None:
    value = text_of(it.data, "pubstatus")
    if value is None:
        return None
    status = value.lower().replace("cancelled", "canceled")
    if status in STATUSES:
        return status
    it.report("bad-field", f"pubstatus {value!r} is not usable, withheld or canceled", value)
    return None


def _body(it: _Item, title: str | None, byline: str | None, lang: str | None) -> tuple[Block, ...]:
    chosen = nb.choose(nb.renditions(it.data))
    if chosen is None:
        return ()
    start, end, exact = it.span(chosen.value)
    blocks, kept_out = nb.body_blocks(
        chosen, lang=lang, start=start + 1 if exact else start, end=end, exact=exact
    )
    for kept in kept_out:
        what = f"{kept.tag!r}" + (f" ({kept.text[:60]!r})" if kept.text else "")
        it.reporter.report(
            "markup-kept-out", f"{chosen.key}: {what} kept out of the body", start, end
        )
    if blocks and title is not None and squash(blocks[0].text) == squash(title):
        it.reporter.report(
            "title-repeat",
            f"{chosen.key}: the first block repeats the title; left out of the body",
            blocks[0].start,
            blocks[0].end,
        )
        blocks = blocks[1:]
    return _without_byline(it, chosen.key, blocks, byline)


def _without_byline(
    it: _Item, key: str, blocks: tuple[Block, ...], byline: str | None
) -> tuple[Block, ...]:
    """The blocks less a first or last block that prints the byline (or a part of it: the
    name without the agency, ``Jane Roe`` for ``Jane Roe/AFP``), reported."""
    if byline is None or not blocks:
        return blocks
    printed = squash(byline).casefold()
    for index in (len(blocks) - 1, 0):
        text = squash(blocks[index].text).casefold()
        if len(text) >= 3 and text in printed:
            it.reporter.report(
                "byline-repeat",
                f"{key}: a block repeats the byline; left out of the body",
                blocks[index].start,
                blocks[index].end,
            )
            return blocks[:index] + blocks[index + 1 :]
    return blocks


def _piece_of(part: str, whole: str) -> bool:
    """Whether ``part`` stands in ``whole`` as whole words ("Michigan" in "Aaron Staples,
    Michigan"; not "Kiel" in "Anna Kielmann")."""
    at = whole.find(part)
    while at >= 0:
        end = at + len(part)
        if (at == 0 or not whole[at - 1].isalnum()) and (
            end == len(whole) or not whole[end].isalnum()
        ):
            return True
        at = whole.find(part, at + 1)
    return False


def _dateline(body: tuple[Block, ...], located: str | None, byline: str | None) -> Dateline | None:
    if body:
        printed = parse_dateline(body[0].text)
        # an agency tag with no place ("(Agency) -- ...") is a source tag, not a dateline
        if printed is not None and printed.place is not None:
            return Dateline(place=printed.place, agency=printed.agency, date=printed.date,
                            month=printed.month, day=printed.day, year=printed.year)  # fmt: skip
    if located is None or (byline is not None and _piece_of(squash(located), squash(byline))):
        return None  # a piece of the byline put in "located" is no place
    return Dateline(place=located)


def read_item(
    text: str, data: Mapping[str, Any], start: int, end: int, reporter: Reporter
) -> Article:
    """One ninjs item (the mapping ``data`` found at ``text[start:end]``) as an Article."""
    it = _Item(text, data, start, end, reporter)
    if _NINJS3.intersection(data):
        reporter.report(
            "ninjs-version",
            "a ninjs 3.x item (camelCase names such as versionCreated): not read",
            start,
            end,
        )
        return Article(format="ninjs", diagnostics=reporter.finish())
    headline = by_role(data.get("headlines"), ("main",))
    title = (
        plain(headline["value"], headline.get("contenttype"))
        if headline is not None
        else by_pattern(data, "headline", ("main",))
    )
    described = by_role(data.get("descriptions"), ("summary", "text", "main"))
    lede = (
        plain(described["value"], described.get("contenttype"))
        if described is not None
        else text_of(data, "description_text")
    )
    if lede is None:
        html = by_pattern(data, "description", ("html", "xhtml", "summary", "main"))
        lede = None if html is None else plain(html, "text/html") or None
    language = text_of(data, "language")
    byline = text_of(data, "by", "byline")
    located = text_of(data, "located")
    body = _body(it, title, byline, language.split("-")[0].lower() if language else None)
    filed = subjects(data)
    version = data.get("version")
    tags = data.get("keywords")
    return Article(
        title=title or None,
        lede=lede or None,
        dateline=_dateline(body, located, byline),
        published=it.time("firstcreated", "contentcreated"),
        modified=it.time("versioncreated"),
        keywords=[s.name or s.code or "" for s in filed],
        tags=[t.strip() for t in tags if isinstance(t, str) and t.strip()]
        if isinstance(tags, list)
        else (),
        body=body,
        image=image(data),
        language=language,
        section=section(data),
        byline=byline,
        id=_id(data),
        version=str(version) if isinstance(version, (str, int)) and str(version) else None,
        urgency=_urgency(it),
        slug=text_of(data, "slugline", "slug"),
        subjects=filed,
        located=located,
        embargo=it.time("embargoed"),
        status=_status(it),
        ednote=text_of(data, "ednote"),
        format="ninjs",
        diagnostics=reporter.finish(),
    )


def read(data: bytes | str, options: ReadOptions) -> Iterator[Article]:
    """The registry's reader: decode UTF-8, then one Article per item, in order."""
    text, reporter, refused = read_utf8(data, options)
    if refused is not None:
        yield attrs.evolve(refused, format="ninjs")
        return
    text = no_lone_surrogates(text, reporter)
    fresh: Reporter | None = reporter  # decoding's findings go with the first item
    try:
        for item, start, end in top_values(text):
            rep = fresh if fresh is not None else options.reporter(text)
            fresh = None
            if isinstance(item, Mapping):
                yield read_item(text, item, start, end, rep)
            else:
                rep.report(
                    "bad-json", f"a ninjs item is an object, not {type(item).__name__}", start, end
                )
                yield Article(format="ninjs", diagnostics=rep.finish())
    except JsonError as exc:
        rep = fresh if fresh is not None else options.reporter(text)
        pos = min(exc.pos, len(text))
        rep.report("bad-json", f"not JSON from here on: {exc}", pos, len(text))
        yield Article(format="ninjs", diagnostics=rep.finish())


def _detect(head: bytes) -> bool:
    """A JSON object, or an array of them, with a member name only ninjs uses in its first
    bytes (``uri``, ``headline``, ``bodies``, ``versioncreated`` …)."""
    # asked of every input before the page dump: a byte test turns prose away first
    if head.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] not in (b"{", b"["):
        return False
    return _DETECT.match(head) is not None and _NINJS_NAME.search(head) is not None


#: ninjs in the registry (``wirefmt.FORMATS["ninjs"]``).
NINJS = Format(
    name="ninjs",
    summary="IPTC ninjs (News in JSON) 1.x and 2.x: one item, an array of items, or JSON Lines",
    detect=_detect,
    read=read,
)
