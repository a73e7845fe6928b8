"""The agency page dump: schema.org microdata of an agency page, flattened by a crawler.

Layout (FORMAT.md §1), one block a line, blocks usually separated by a blank line::

    title
    [title again]  [edition name]
    description (lede + "DD.MM.YYYY, Edition" suffix)
    timestamps (published first, modified last)
    keywords (one a line, lower case)
    [lead image URL]
    body (one line, paragraphs and subheads glued; sometimes several lines)
    tags (one a line, lower case)
    [trailer: publisher lines, copyright year, section, locale, image sizes, edition,
     the keywords joined by ", "]

Split, then interpret: :func:`_lines` cuts the text into stripped lines with absolute offsets,
:func:`_shape` names what each line looks like (a timestamp, a URL, a locale, a keyword, prose
…), and :func:`parse` gives each line its role, using position only to break ties between
lines of the same shape. Every non-blank line ends up with exactly one role (an
:class:`~wirefmt.Segment`); a line with no place becomes a ``leftover`` segment and a
diagnostic, so nothing is lost silently.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Sequence
from typing import Final, TypeAlias

import attrs
import regex

from .._model import Article, Block, Dateline, Evidence, Segment
from .._policy import Reporter
from ..fields._body_grammar import _bmp_class
from ..fields.body import analyse_body
from ..fields.datelines import parse_dateline
from ..fields.suffix import Description, parse_description
from ..fields.taglists import BULLETS, MAX_KEYWORD, MAX_WORDS, is_keyword, split_keyword_list
from ..fields.timestamps import looks_like_timestamp, parse_timestamp
from ._editions import edition_language, looks_like_edition

__all__ = ["parse"]

#: Characters stripped from both ends of a line: every Unicode space (NBSP included), the
#: byte-order mark and the zero-width space.
_NOT_ISSPACE: Final = "\ufeff\u200b"
_STRIP: Final = "".join(chr(c) for c in range(0x3001) if chr(c).isspace()) + _NOT_ISSPACE
_STRIP_SET: Final = frozenset(_STRIP)
# (No ``isspace`` character lies above U+3000, so ``str.strip()`` with no arguments strips a
# subset of _STRIP: every ``isspace`` character, and no other.)

# An ASCII capital (an upper-case letter in every Unicode version).
_ASCII_CAPITAL = re.compile("[A-Z]")
# What may follow a timestamp's first digit, besides white space ("" for a lone digit).
_DIGIT_OR_DOT: Final = "0123456789."

# A keyword line in its plainest form, which every other test of ``_shape`` names "keyword"
# when it is at most MAX_KEYWORD characters long: lower-case letters (``\p{Ll}`` below
# U+10000, as ``is_keyword`` reads them) in at most MAX_WORDS words, maybe joined by hyphens
# or apostrophes. No digit (so no timestamp), no capital, no punctuation (no URL, locale,
# list or sentence end). Tests check, character by character, that both agree.
_LL = _bmp_class(r"\p{Ll}")
_LL_JOINED = _LL[:-1] + "'’-]"
_PLAIN_KEYWORD = re.compile(rf"{_LL}{_LL_JOINED}*+(?: {_LL_JOINED}++){{0,{MAX_WORDS - 1}}}+")
# A run of characters that are not line ends: one raw line.
_LINE = regex.compile(r"[^\r\n]++")
# "https://cdn.example.org/img/2025/06/03/harbour_0:0:1920:1080_1920x0_80.jpg"
_URL = regex.compile(r"https?://[^\s]{1,2000}+")
# "fr_FR", "pt_BR", "zh_CN"
_LOCALE = regex.compile(r"(?P<lang>[a-z]{2,3})[_-][A-Z]{2}")
# "2024": the microdata's copyright year, on its own line.
_YEAR = regex.compile(r"(?:19|20)\d{2}")
# "1920 1080 true": an image's width, height and whether it is representative.
_IMAGE_SIZE = regex.compile(r"\d{1,5}+ \d{1,5}+(?: (?:true|false))?")
# "Sputnik Afrique retour@example.org +33100000000 Agence „Valmare Médias“ 252 60": the
# edition, its feedback address, a phone number (some pages leave it out), the publisher's
# legal name, a logo size. A line of prose can hold an address too ("Write to
# press@example.org for details.", "For questions, write to …"), and read as this line it
# would open the trailer in the middle of the body: the edition is a name (one to five words,
# not opening in lower case, no punctuation), the address does not end in a stop or a comma,
# and the publisher's name does not open in lower case.
_NAME_WORD = r"[^\s@,.:;!?…\"«»“”]{1,40}+"
_PUBLISHER = regex.compile(
    rf"(?P<edition>(?!\p{{Ll}}){_NAME_WORD}(?:\s++{_NAME_WORD}){{0,4}})"
    r"\s++(?P<mail>[^\s@]{1,64}+@[^\s@]{1,128}+(?<![.,;:]))\s++"
    r"(?:(?P<phone>\+?[\d()-]{4,24}+)\s++)?(?P<publisher>(?!\p{Ll})[^\n]{1,120}?)"
    r"(?:\s++\d{1,4}+\s++\d{1,4}+)?"
)
# "/html/head/meta[@property='og:description']/@content": a line the extractor left behind.
_XPATH = regex.compile(r"/(?:[\w:.-]{1,64}+(?:\[[^\]\n]{0,200}+\])?+/){1,40}+@?[\w:.-]{1,64}+")
# The first character of _SENTENCE_END.
_STOP = re.compile("[.!?…。]")
# A sentence end inside a line: a body holds several, a title rarely more than one.
_SENTENCE_END = regex.compile(r"[.!?…。](?:[\"»”’)]{0,2}+)(?=\s|\p{Lu}|$)")

#: A single prose line longer than this, or with this many sentences, is a body, not a title.
_BODY_CHARS: Final = 300
_BODY_SENTENCES: Final = 3
#: The longest line that may be a timestamp ("Monday, 14 February 2022 14:18:00 +0100").
_MAX_TIMESTAMP: Final = 64
#: The longest publisher line and comma-joined keyword list looked at; longer is prose.
_MAX_PUBLISHER: Final = 400
_MAX_KEYWORD_LIST: Final = 4000
#: A tag or an edition's name printed with capitals has at most this many words.
_MAX_NAME_WORDS: Final = 5
#: Characters a name does not end with (a clause or a sentence does).
_NOT_NAME_END: Final = ',;:.!?…"»”)'
#: What ``_lines`` remembers of a blank raw line.
_BLANK: Final = (0, 0, "", "")
#: How many distinct raw lines ``_lines`` remembers.
_SEEN_LINES: Final = 4096
#: Shapes a line inside a body of several lines can have without being metadata (a date, a
#: link or a line in lower case on a line of its own): see ``_body_run``.
_IN_BODY: Final = frozenset(("timestamp", "url", "year", "image-size", "keyword", "keyword-list"))
#: A section's name in the trailer ("Actus", "Мир") is a word or two.
_MAX_SECTION: Final = 40


#: One stripped, non-blank line: its offsets, its text and the name of its shape, read with
#: the four indices below. A plain tuple: a document may have thousands of lines, and a
#: named tuple's or an attrs class's constructor is a call that costs more than the rest of
#: the line's cutting.
_Line: TypeAlias = tuple[int, int, str, str]
_START: Final = 0
_END: Final = 1
_TEXT: Final = 2
_SHAPE: Final = 3


def _lines(text: str) -> list[_Line]:
    """Cut the text into stripped, non-blank lines with their offsets, and name each shape.

    A line's shape depends on its text alone, so each distinct text is named once per
    document: keywords and tags repeat, and so do the trailer's lines.
    """
    out: list[_Line] = []
    append = out.append
    shapes: dict[str, str] = {}
    cr = text.count("\r")
    if cr and cr != text.count("\r\n"):
        # A lone "\r" ends a line too (old Mac files): the slower, general cut.
        for m in _LINE.finditer(text):
            raw = m.group()
            stripped = raw.strip(_STRIP)
            if stripped:
                start = m.start() + len(raw) - len(raw.lstrip(_STRIP))
                shape = shapes.get(stripped) or shapes.setdefault(stripped, _shape(stripped))
                append((start, start + len(stripped), stripped, shape))
        return out
    # "\n" and "\r\n" line ends: a plain split is four times faster than a pattern, and a
    # "\r" left at a line's end is white space that the strip removes. The strip without
    # arguments (every ``isspace`` character, all of them in _STRIP) is the fast one; only a
    # line that then still begins or ends with one of the two others needs the full strip.
    # A raw line met before is looked up whole (keywords, tags and trailer lines repeat);
    # the first few thousand distinct lines are remembered, so memory stays bounded.
    pos = 0
    seen: dict[str, tuple[int, int, str, str]] = {}
    for raw in text.split("\n"):
        if raw:
            cut = seen.get(raw)
            if cut is None:
                # the line's stripped text, its offset and length in the line, its shape
                stripped = raw.strip()
                if stripped and (stripped[0] in _NOT_ISSPACE or stripped[-1] in _NOT_ISSPACE):
                    stripped = stripped.strip(_STRIP)
                if stripped:
                    lead = 0 if stripped[0] == raw[0] else len(raw) - len(raw.lstrip(_STRIP))
                    named = shapes.get(stripped)
                    if named is None:
                        named = shapes[stripped] = _shape(stripped)
                    cut = (lead, len(stripped), stripped, named)
                else:
                    cut = _BLANK
                if len(seen) < _SEEN_LINES:
                    seen[raw] = cut
            if cut is not _BLANK:
                lead, size, stripped, named = cut
                append((pos + lead, pos + lead + size, stripped, named))
        pos += len(raw) + 1
    return out


def _shape(text: str) -> str:
    """Name what one line looks like, from its text alone.

    The cheap tests (length, first character) run first, so that a long body line is named
    prose after a handful of comparisons instead of a dozen pattern matches, and a plain
    keyword (``russie``, ``joe biden``) by one match.
    """
    size = len(text)
    first = text[0]
    if first.isdigit():
        # every timestamp form opens with two digits, or a digit then a space or a dot
        second = text[1:2]
        if (
            size <= _MAX_TIMESTAMP
            and (second in _DIGIT_OR_DOT or second.isspace())
            and looks_like_timestamp(text)
        ):
            return "timestamp"
        if size == 4 and _YEAR.fullmatch(text):
            return "year"
        if _IMAGE_SIZE.fullmatch(text):
            return "image-size"
    elif first.islower():
        if size <= MAX_KEYWORD and _PLAIN_KEYWORD.fullmatch(text):
            return "keyword"  # the commonest short line, named in one match
        if first == "h" and _URL.fullmatch(text):
            return "url"
        if size <= 6 and _LOCALE.fullmatch(text):
            return "locale"
        if first in "mtwfs" and size <= _MAX_TIMESTAMP and looks_like_timestamp(text):
            return "timestamp"  # "mon, 14 feb 2022 14:18:00 +0100"
    elif first == "/":
        if _XPATH.fullmatch(text):
            return "extractor"
    elif first in "FMSTW" and size <= _MAX_TIMESTAMP and looks_like_timestamp(text):
        # "Mon, 14 Feb 2022 …": past a digit, a timestamp opens with a day's name, and no
        # other character that is neither a digit nor lower case matches those letters
        # case-insensitively (the pattern's flag).
        return "timestamp"
    if size <= _MAX_PUBLISHER and "@" in text and _PUBLISHER.fullmatch(text):
        return "publisher"
    if size <= _MAX_KEYWORD_LIST and ", " in text and split_keyword_list(text) is not None:
        return "keyword-list"
    # (a line with an ASCII capital is never a keyword: ``is_keyword`` refuses any upper-case
    # letter, and ``re`` finds one faster than ``is_keyword`` runs)
    if size <= MAX_KEYWORD and _ASCII_CAPITAL.search(text) is None and is_keyword(text):
        return "keyword"
    return "prose"


def _is_tag_like(text: str) -> bool:
    """A short name on a line of its own ("Joe Biden", "Baltnews"): no sentence in it, and
    no item of a list ("- A second line")."""
    return (
        len(text) <= _MAX_SECTION
        and text[0] not in BULLETS
        and text.count(" ") < _MAX_NAME_WORDS
        and _SENTENCE_END.search(text) is None
        and text[-1] not in _NOT_NAME_END
    )


def _is_bodylike(text: str) -> bool:
    """A prose line that reads as body text rather than a title or a description."""
    if len(text) > _BODY_CHARS:
        return True
    if _STOP.search(text) is None:
        return False  # no sentence end at all (most titles), told at C speed
    for count, _ in enumerate(_SENTENCE_END.finditer(text), start=1):
        if count >= _BODY_SENTENCES:
            return True
    return False


def parse(text: str, reporter: Reporter) -> Article:
    """Read one page dump (already decoded) into an :class:`Article`."""
    lines = _lines(text)
    if not lines:
        reporter.report("empty-input", "the document holds no text", 0, len(text))
        return Article(diagnostics=reporter.finish())
    return _Reader(text, lines, reporter).read()


class _Reader:
    """Gives every line of one document its role, phase by phase, then builds the Article.

    The phases run in a fixed order (:meth:`read`); each fills some fields and the roles of
    the lines it claims, and the later phases look only at lines still without a role.
    """

    __slots__ = (
        "body",
        "body_first",
        "body_lines",
        "by_shape",
        "desc",
        "desc_i",
        "described",
        "edition",
        "image",
        "keywords",
        "language",
        "lines",
        "locale",
        "modified",
        "published",
        "publisher",
        "reporter",
        "roles",
        "section",
        "tag_lines",
        "tags",
        "text",
        "title_i",
        "trailer_from",
    )

    def __init__(self, text: str, lines: list[_Line], reporter: Reporter) -> None:
        self.text = text
        self.lines = lines
        self.reporter = reporter
        self.roles: list[str | None] = [None] * len(lines)
        # The indices of the lines of each shape, in order: each phase visits only its own.
        by_shape: dict[str, list[int]] = {}
        for i, line in enumerate(lines):
            bucket = by_shape.get(line[_SHAPE])
            if bucket is None:
                by_shape[line[_SHAPE]] = [i]  # (no empty list built per line, as setdefault's)
            else:
                bucket.append(i)
        self.by_shape = by_shape
        self.edition: str | None = None
        self.publisher: str | None = None
        self.trailer_from = len(lines)
        self.title_i: int | None = None
        self.desc_i: int | None = None
        self.desc: Description | None = None
        self.described: dict[int, Description] = {}  # line index -> its parse, made once
        self.body_lines: list[int] = []
        self.body_first = False
        self.tag_lines: list[int] = []  # prose lines read as tags (capitalised: "Joe Biden")
        self.body: list[Block] = []
        self.published: _dt.datetime | None = None
        self.modified: _dt.datetime | None = None
        self.keywords: list[str] = []
        self.tags: list[str] = []
        self.image: str | None = None
        self.locale: str | None = None
        self.section: str | None = None
        self.language: str | None = None

    def read(self) -> Article:
        self._trailer()
        self._prose()
        self._description()
        self._editions()
        self._timestamps()
        self._keywords()
        self._metadata()
        self.language = self.language or edition_language(self.edition)
        self._body()
        return self._article()

    def _trailer(self) -> None:
        """Publisher lines: they name the edition and the publisher, and open the trailer."""
        for i in self.by_shape.get("publisher", ()):
            line = self.lines[i]
            m = _PUBLISHER.fullmatch(line[_TEXT])
            assert m is not None  # the shape was given by the same pattern
            self.edition = self.edition or m.group("edition").strip()
            self.publisher = self.publisher or m.group("publisher").strip()
            self.roles[i] = "publisher"
            self.trailer_from = min(self.trailer_from, i)

    def _prose(self) -> None:
        """Prose lines: title, title repeat, edition, description, body."""
        lines = self.lines
        by_shape = self.by_shape
        prose = [i for i in by_shape.get("prose", ()) if i < self.trailer_from]
        meta = [
            by_shape[shape][0] for shape in ("timestamp", "keyword", "url") if shape in by_shape
        ]
        first_meta = min(meta) if meta else len(lines)
        head = [i for i in prose if i < first_meta]
        extra_head: list[int] = []
        if head and len(prose) > 1 and _is_bodylike(lines[head[0]][_TEXT]):
            body_lines, extra_head = self._body_first(head)
        else:
            body_lines = [i for i in prose if i >= first_meta]
            head = self._description_first(head)
            lone_body = len(prose) == 1 and bool(head) and _is_bodylike(lines[head[0]][_TEXT])
            self.title_i = head[0] if head and not lone_body else None
            rest = self._repeats(head[1:] if self.title_i is not None else head)
            if not meta and rest:
                # Short variant, prose only: title, description, body. A lone second line
                # that reads as body text is the body, unless it carries a suffix.
                lone = rest[0] if len(rest) == 1 else None
                if (
                    lone is not None
                    and _is_bodylike(lines[lone][_TEXT])
                    and self._describe(lone).suffix_start is None
                ):
                    body_lines = rest + body_lines
                    rest = []
                self.desc_i = rest[0] if rest else None
                body_lines = rest[1:] + body_lines
            else:
                self.desc_i = rest[0] if rest else None
                extra_head = rest[1:]
        # Prose between the description and the metadata is the body when no body line
        # follows the metadata; otherwise it is left over.
        if extra_head and not body_lines:
            body_lines = extra_head
        self.body_lines = _body_run(body_lines, lines, self.text)
        if meta:
            self._peel_tags()
        if self.title_i is not None:
            self.roles[self.title_i] = "title"
        if self.desc_i is not None:
            self.roles[self.desc_i] = "description"
        for i in self.body_lines:
            self.roles[i] = "body"

    def _body_first(self, head: list[int]) -> tuple[list[int], list[int]]:
        """Blocks in another order: the body first, then the title and the description."""
        lines = self.lines
        lead = 0
        while lead < len(head) and _is_bodylike(lines[head[lead]][_TEXT]):
            lead += 1
        rest = head[lead:]
        if rest:
            self.reporter.report(
                "unexpected-order",
                "the body stands before the title; read the other blocks by their shape",
                lines[head[0]][_START],
                lines[head[0]][_END],
            )
        self.title_i = rest[0] if rest else None
        self.desc_i = rest[1] if len(rest) > 1 else None
        self.body_first = True
        return head[:lead], rest[2:]

    def _description_first(self, head: list[int]) -> list[int]:
        """A description (it carries the suffix) standing before the title: swap them.

        A title can end in a date too ("Exchange rates on 03.06.2025"), so a suffix of a date
        alone is not enough: the first line must also name the edition, be cut ("..."), or
        be longer than the second, as a description is.
        """
        lines = self.lines
        if len(head) < 2:
            return head
        first = self._describe(head[0])
        if (
            first.suffix_start is not None
            and (
                first.edition is not None
                or first.truncated
                or lines[head[0]][_END] - lines[head[0]][_START]
                > lines[head[1]][_END] - lines[head[1]][_START]
            )
            and self._describe(head[1]).suffix_start is None
            and not _is_bodylike(lines[head[1]][_TEXT])
        ):
            self.reporter.report(
                "unexpected-order",
                "the description (it carries the date suffix) stands before the title",
                lines[head[0]][_START],
                lines[head[0]][_END],
            )
            return [head[1], head[0], *head[2:]]
        return head

    def _peel_tags(self) -> None:
        """Short unpunctuated lines closing a multi-line body are tags with capitals.

        Tags are lower case as a rule, but some pages print them as names ("Joe Biden",
        "Ukraine"): such lines would otherwise join the body as blocks of their own. In a
        dump parted by blank lines, a line with no blank line before it is the body's own
        (a closing "Read also" line), not a tag.
        """
        lines, body, text = self.lines, self.body_lines, self.text
        if len(body) < 2:
            return  # a body of one line (the usual one) keeps it
        longest = max(body, key=lambda i: lines[i][_END] - lines[i][_START])
        blank_parted = _blank_parted(text)
        # (appended, not inserted in front: that was quadratic in the number of such lines;
        # ``_keywords`` puts every tag line back in document order)
        while (
            len(body) > 1
            and body[-1] != longest
            and _is_tag_like(lines[body[-1]][_TEXT])
            and not (
                blank_parted and _one_break(text, lines[body[-2]][_END], lines[body[-1]][_START])
            )
        ):
            self.tag_lines.append(body.pop())

    def _repeats(self, rest: list[int]) -> list[int]:
        """The title repeated, then the edition's name on its own line (fuller variant)."""
        lines = self.lines
        title = lines[self.title_i][_TEXT] if self.title_i is not None else None
        # Count the repeats, then slice once: dropping them one slice at a time copied the
        # list per repeat, quadratic in a document of one line repeated.
        repeats = 0
        while repeats < len(rest) and lines[rest[repeats]][_TEXT] == title:
            self.roles[rest[repeats]] = "title-repeat"
            repeats += 1
        rest = rest[repeats:]
        # After a repeated title (the fuller variant) a short name standing before the
        # description is the edition's, even one not listed ("Baltnews").
        unlisted = repeats > 0 and len(rest) > 1 and _is_tag_like(lines[rest[0]][_TEXT])
        if rest and (unlisted or looks_like_edition(lines[rest[0]][_TEXT])):
            self.edition = self.edition or lines[rest[0]][_TEXT]
            self.roles[rest[0]] = "edition"
            rest = rest[1:]
        return rest

    def _describe(self, i: int) -> Description:
        """Line ``i`` read as a description; the line tried as one earlier is not read twice."""
        found = self.described.get(i)
        if found is None:
            found = self.described[i] = parse_description(self.lines[i][_TEXT])
        return found

    def _description(self) -> None:
        """The description's suffix: its date and edition."""
        if self.desc_i is None:
            return
        line = self.lines[self.desc_i]
        desc = self.desc = self._describe(self.desc_i)
        if desc.suffix_start is not None and desc.date is None:
            self.reporter.report(
                "bad-suffix-date",
                f"the description's suffix date {desc.day:02}.{desc.month:02}.{desc.year} "
                "is not a real date",
                line[_START] + desc.suffix_start,
                line[_END],
            )
        if desc.edition and self.edition is None:
            self.edition = desc.edition

    def _editions(self) -> None:
        """Edition lines anywhere else (the trailer repeats the edition's name)."""
        for i in self.by_shape.get("prose", ()):
            line = self.lines[i]
            if self.roles[i] is None and (
                line[_TEXT] == self.edition or looks_like_edition(line[_TEXT])
            ):
                self.roles[i] = "edition"
                self.edition = self.edition or line[_TEXT]

    def _timestamps(self) -> None:
        """Every timestamp line: the first is the publication, the last the latest update."""
        stamps: list[_dt.datetime] = []
        report = self.reporter.report
        last_i = 0
        # Each distinct text is parsed once: pages repeat their stamps, and a failure costs
        # an exception.
        known: dict[str, _dt.datetime | None] = {}
        for i in self.by_shape.get("timestamp", ()):
            if self.roles[i] is not None:
                continue  # a date inside the body (see _body_run)
            start, end, text, _ = self.lines[i]
            if text in known:
                stamp = known[text]
            else:
                try:
                    stamp = known[text] = parse_timestamp(text)
                except ValueError:
                    stamp = known[text] = None
            if stamp is None:
                self.roles[i] = "leftover"
                report("bad-timestamp", f"not a valid timestamp: {text[:60]!r}", start, end)
                continue
            self.roles[i] = "timestamp"
            last_i = i
            if stamp.tzinfo is None:
                report(
                    "naive-timestamp",
                    f"the timestamp {text[:40]!r} has no zone: read as a naive datetime",
                    start,
                    end,
                )
            stamps.append(stamp)
        if not stamps:
            return
        first, last = self.published, self.modified = stamps[0], stamps[-1]
        if (first.tzinfo is None) == (last.tzinfo is None) and last < first:
            where = self.lines[last_i]
            report(
                "timestamps-out-of-order",
                "the last timestamp is earlier than the first",
                where[_START],
                where[_END],
            )

    def _keywords(self) -> None:
        """Keyword lines before the body, tag lines after it."""
        lines, roles = self.lines, self.roles
        kw_lines = [i for i in self.by_shape.get("keyword", ()) if roles[i] is None]
        if not self.body_lines or self.body_first:
            # No body between them (a photo page, or a body standing first): the tags
            # restart the list, since they repeat some keywords.
            seen: set[str] = set()
            split = len(kw_lines)
            for n, i in enumerate(kw_lines):
                word = lines[i][_TEXT]
                if word in seen:
                    split = n
                    break
                seen.add(word)
            for i in kw_lines[:split]:
                self.keywords.append(lines[i][_TEXT])
                roles[i] = "keyword"
            for i in kw_lines[split:]:
                self.tags.append(lines[i][_TEXT])
                roles[i] = "tag"
            return
        body_start, body_end = self.body_lines[0], self.body_lines[-1]
        tag_lines = self.tag_lines
        keyword_lines = []
        for i in kw_lines:
            if i < body_start:
                keyword_lines.append(i)
            elif body_end < i < self.trailer_from:
                tag_lines.append(i)
        # Keywords and tags printed as names ("OTAN", "Joe Biden") among lower-case ones:
        # read among the prose lines with no role yet (in most dumps, none).
        unplaced = [i for i in self.by_shape.get("prose", ()) if roles[i] is None]
        if unplaced:
            keyword_lines += self._named(unplaced, keyword_lines, -1, body_start)
            tag_lines += self._named(unplaced, tag_lines, body_end, self.trailer_from)
        for i in sorted(keyword_lines):
            self.keywords.append(lines[i][_TEXT])
            roles[i] = "keyword"
        for i in sorted(tag_lines):
            self.tags.append(lines[i][_TEXT])
            roles[i] = "tag"

    def _named(self, prose: list[int], anchors: list[int], lo: int, hi: int) -> list[int]:
        """The lines of ``prose`` (with no role yet) strictly between ``lo`` and ``hi`` that
        are keywords or tags printed as names ("OTAN", "Joe Biden"): short, no sentence in
        them, and standing next to one of ``anchors`` (the keyword or tag lines) or to
        another such line (a forward pass for the ones after an anchor, a backward pass for
        the ones before one)."""
        if not anchors:
            return []
        unplaced = [i for i in prose if lo < i < hi]
        # A chain starts within the anchors' span or right beside it: with no prose line
        # there (the usual dump), there is nothing to read.
        first, last = min(anchors) - 1, max(anchors) + 1
        if not any(first <= i <= last for i in unplaced):
            return []
        lines = self.lines
        taken = set(anchors)
        found: list[int] = []
        for order in (unplaced, unplaced[::-1]):
            for i in order:
                # (the cheap tests first: most prose lines stand next to no anchor)
                if (
                    (i - 1 in taken or i + 1 in taken)
                    and i not in taken
                    and _is_tag_like(lines[i][_TEXT])
                ):
                    taken.add(i)
                    found.append(i)
            if not found:
                break  # (no line next to an anchor: the backward pass would find none)
        return found

    def _metadata(self) -> None:
        """The image, the locale, the section and the trailer's other lines."""
        lines, roles, by_shape = self.lines, self.roles, self.by_shape
        body_start = self.body_lines[0] if self.body_lines else len(lines)
        for i in by_shape.get("url", ()):
            if roles[i] is None and i < body_start:
                self.image = lines[i][_TEXT]
                roles[i] = "image"
                break
        for i in by_shape.get("locale", ()):
            m = _LOCALE.fullmatch(lines[i][_TEXT])
            assert m is not None  # the shape was given by the same pattern
            self.locale = self.locale or lines[i][_TEXT]
            self.language = self.language or m.group("lang")
            roles[i] = "locale"
        for shape in ("year", "image-size", "extractor"):
            for i in by_shape.get(shape, ()):
                if roles[i] is None:  # (not a year inside the body)
                    roles[i] = shape
        for i in by_shape.get("keyword-list", ()):
            if roles[i] is not None:
                continue  # a list inside the body (see _body_run)
            if not self.keywords:  # the list is read once, as the keywords when none came
                self.keywords.extend(split_keyword_list(lines[i][_TEXT]) or ())
            roles[i] = "keyword-list"
        # The section: the first short prose or keyword line of the trailer still unplaced.
        candidates = (
            i
            for shape in ("prose", "keyword")
            for i in by_shape.get(shape, ())
            if i > self.trailer_from and roles[i] is None and len(lines[i][_TEXT]) <= _MAX_SECTION
        )
        section = min(candidates, default=None)
        if section is not None:
            self.section = lines[section][_TEXT]
            roles[section] = "section"

    def _body(self) -> None:
        if self.body_lines:
            body_lines = [self.lines[i] for i in self.body_lines]
            self.body = _read_body(self.text, body_lines, self.language, self.reporter)
        else:
            self.reporter.report("no-body", "no body text was found", len(self.text))

    def _leftovers(self) -> None:
        """Every line still without a role is left over: one diagnostic for each run of
        consecutive such lines (a dump of garbage lines gets a few, not thousands)."""
        lines, roles = self.lines, self.roles
        left = [i for i, role in enumerate(roles) if role is None]
        runs: list[tuple[int, int]] = []  # (first index, last index) of each run
        first = prev = left[0]
        for i in left[1:]:
            if i != prev + 1:
                runs.append((first, prev))
                first = i
            prev = i
        runs.append((first, prev))
        for i in left:
            roles[i] = "leftover"
        messages = []
        for a, b in runs:
            line = lines[a]
            what = f"({line[_SHAPE]}): {line[_TEXT][:60]!r}"
            if a == b:
                messages.append(f"a line wirefmt could not place {what}")
            else:
                messages.append(f"{b - a + 1} lines wirefmt could not place, the first {what}")
        self.reporter.report_each(
            "leftover",
            messages,
            [lines[a][_START] for a, _ in runs],
            [lines[b][_END] for _, b in runs],
        )

    def _article(self) -> Article:
        lines, reporter, desc = self.lines, self.reporter, self.desc
        if self.title_i is None:
            reporter.report("no-title", "no line could be read as the title", 0)
        roles = self.roles
        # (``None in roles`` scans at C speed: most documents have no line left over)
        if None in roles:
            self._leftovers()
        # One segment a run of consecutive lines with the same role (the keywords, the
        # timestamps): a document of thousands of keyword lines builds two segments, not
        # thousands of objects.
        segments: list[Segment] = []
        run_start = 0
        for i in range(1, len(lines) + 1):
            if i == len(lines) or roles[i] != roles[run_start]:
                role = roles[run_start]
                assert role is not None  # every line has a role by now
                segments.append(Segment(role, lines[run_start][_START], lines[i - 1][_END]))
                run_start = i
        desc_line = lines[self.desc_i] if self.desc_i is not None else None
        return Article(
            title=lines[self.title_i][_TEXT] if self.title_i is not None else None,
            lede=desc.lede if desc is not None else None,
            lede_truncated=desc.truncated if desc is not None else False,
            dateline=_dateline(desc, self.body, self.published, desc_line),
            published=self.published,
            modified=self.modified,
            keywords=self.keywords,
            tags=self.tags,
            body=self.body,
            image=self.image,
            locale=self.locale,
            language=self.language,
            section=self.section,
            edition=self.edition,
            publisher=self.publisher,
            format="pagedump",
            segments=segments,
            diagnostics=reporter.finish(),
        )


def _body_run(candidates: list[int], lines: Sequence[_Line], text: str) -> list[int]:
    """Keep the run of consecutive body lines that holds the longest one.

    A body split into lines is one run; a stray prose line elsewhere (among the keywords,
    say) is not body text and is left for the other roles, or reported as left over.

    In a dump whose blocks are parted by blank lines, a line that looks like metadata (a
    date, a URL, a year, a line in lower case: ``_IN_BODY``) standing between two body lines
    with no blank line on either side is part of the body, not a timestamp, an image or a
    tag: the run goes on over it, and it is returned with the body's lines.
    """
    if len(candidates) < 2:
        return candidates
    blank_parted = _blank_parted(text)

    def joined(a: int, b: int) -> bool:
        """Whether body lines ``a`` < ``b`` belong to one run."""
        if b == a + 1:
            return True
        return (
            blank_parted
            and b == a + 2
            and lines[a + 1][_SHAPE] in _IN_BODY
            and _one_break(text, lines[a][_END], lines[a + 1][_START])
            and _one_break(text, lines[a + 1][_END], lines[b][_START])
        )

    # The first longest line picks the run (the first run wins a tie, as with max over the
    # runs); the run is then grown from it both ways, with no list built per run.
    sizes = [lines[i][_END] - lines[i][_START] for i in candidates]
    lo = hi = sizes.index(max(sizes))
    while lo > 0 and joined(candidates[lo - 1], candidates[lo]):
        lo -= 1
    while hi + 1 < len(candidates) and joined(candidates[hi], candidates[hi + 1]):
        hi += 1
    run = candidates[lo : hi + 1]
    if run[-1] - run[0] + 1 != len(run):
        return list(range(run[0], run[-1] + 1))  # with the lines it went on over
    return run


def _blank_parted(text: str) -> bool:
    """Whether the dump parts its blocks by blank lines (the usual layout), so that lines
    with no blank line between them belong to one block."""
    return "\n\n" in text or "\n\r\n" in text or "\r\r" in text


def _one_break(text: str, start: int, end: int) -> bool:
    """Whether the white space ``text[start:end]`` between two lines holds one line end."""
    breaks = text.count("\n", start, end)
    return (breaks or text.count("\r", start, end)) == 1


def _read_body(
    text: str, lines: Sequence[_Line], language: str | None, reporter: Reporter
) -> list[Block]:
    """Split the body lines into blocks; a line break always ends a block.

    Consecutive body lines are split together so that the splitter sees the whole body; the
    line breaks (and spaces around them) that it leaves at the end of a block are separators,
    not content, and are cut off here.
    """
    out: list[Block] = []
    start = lines[0][_START]
    end = lines[-1][_END]
    blocks, notes = analyse_body(text[start:end], lang=language, base=start)
    for code, message, a, b in notes:
        reporter.report(code, message, a, b)
    for block in blocks:
        last = block.text[-1:]
        if last and last not in _STRIP_SET:
            out.append(block)  # the common case, told without building the strip's table
            continue
        stripped = block.text.rstrip(_STRIP)
        if not stripped:
            continue
        # (a block is rebuilt from its four fields: attrs.evolve reads the class's fields
        # on every call, several times the cost)
        if len(stripped) != len(block.text):
            out.append(
                type(block)(stripped, block.start, block.start + len(stripped), block.evidence)
            )
        else:
            out.append(block)
    if out and out[0].evidence is not Evidence.START:
        first = out[0]
        out[0] = type(first)(first.text, first.start, first.end, Evidence.START)
    return out


def _dateline(
    desc: Description | None,
    body: Sequence[Block],
    published: _dt.datetime | None,
    desc_line: _Line | None,
) -> Dateline | None:
    """Combine the description's suffix with a dateline opening the body (FORMAT.md §2).

    The place comes from the body's dateline; the agency from the suffix's edition (the more
    specific name), else from the body's dateline; the date, and with it ``day``, ``month``
    and ``year``, from the suffix when it has one, else from the body's dateline (its year
    inferred from ``published``), so that the parts always describe ``date``. ``start`` and
    ``end`` locate the body's dateline when there is one, else the suffix.
    """
    reference = published.date() if published is not None else (desc.date if desc else None)
    found = parse_dateline(body[0].text, reference=reference) if body else None
    suffix = desc if desc is not None and desc.suffix_start is not None else None
    if found is None and (suffix is None or desc_line is None):
        return None
    place = agency = None
    start = end = None
    if found is not None:
        place, agency = found.place, found.agency
        first = body[0].start
        start = None if found.start is None else first + found.start
        end = None if found.end is None else first + found.end
    elif suffix is not None and desc_line is not None:
        start, end = desc_line[_START] + (suffix.suffix_start or 0), desc_line[_END]
    if suffix is not None:
        return Dateline(
            place=place,
            agency=suffix.edition or agency,
            date=suffix.date,
            day=suffix.day,
            month=suffix.month,
            year=suffix.year,
            start=start,
            end=end,
        )
    assert found is not None
    return attrs.evolve(found, start=start, end=end)
