"""The head of a page dump and its prose lines: the trailer's start, the title, the edition,
the description, and which prose lines are the body.

:func:`read_head` reads the :class:`~._lines.Lines` record and returns a :class:`Head`; the
later phases read only what it returns.
"""

from __future__ import annotations

import re
from typing import Final, NamedTuple

import regex

from ..._policy import Reporter
from ...fields.suffix import Description, parse_description
from ...fields.taglists import is_uncased
from .._editions import looks_like_edition
from ._lines import END, FOUND, SHAPE, START, TEXT, Lines
from ._prose import MAX_SECTION, is_bodylike, is_glued, is_tag_like
from ._runs import body_run, glued_alone, peel_tags

__all__ = ["Head", "read_head"]

# A paragraph's last sentence end at the end of a line: a full stop (Latin, Cyrillic, Arabic,
# Devanagari, CJK), maybe inside closing quotes or a bracket, and not the "..." of a cut
# description: "…ifade etti.", "…وقال "لا شيء".", "…घोषणा की थी।".
_PARAGRAPH_END = regex.compile(r"(?<![.…])[.।。۔](?:[\"'»”’)\]]{0,3}+)$")
# The date every description suffix holds, "03.06.2025".
_SUFFIX_DATE = re.compile(r"\d\d\.\d\d\.\d{4}")
#: How a description cut by the site ends.
_CUT: Final = ("...", "…")
# What follows the title in a page's own title: " - Sputnik Afrique", " | РИА Новости".
_SITE_TAIL = regex.compile(r"\s++[-–—|]\s++(\S[^\n]{0,80}+)")
#: Shapes of a title with no capital: a keyword, or a list when it holds a comma.
_TITLE_SHAPED: Final = frozenset(("keyword", "keyword-list"))
#: The fewest words of a title printed in lower case in a script with capitals.
_MIN_LOWER_TITLE_WORDS: Final = 4


class Head(NamedTuple):
    """What the head phase found.

    Attributes:
        roles: the role of each line so far (None: not placed yet).
        trailer_from: the index of the first publisher line (the trailer), or the line count.
        edition, publisher: the edition's and the publisher's names, when named.
        title_i, desc_i: the title's and the description's line, when found.
        desc: the description read into lede and suffix.
        body_lines: the body's lines, in order.
        body_first: whether the body stands before the title (another block order).
        tag_lines: prose lines closing the body that are tags printed as names.
    """

    roles: tuple[str | None, ...]
    trailer_from: int
    edition: str | None
    publisher: str | None
    title_i: int | None
    desc_i: int | None
    desc: Description | None
    body_lines: tuple[int, ...]
    body_first: bool
    tag_lines: tuple[int, ...]


def read_head(doc: Lines, reporter: Reporter) -> Head:
    """Place the publisher lines, the prose lines of the head and the body, the description
    and the edition lines."""
    lines = doc.lines
    roles: list[str | None] = [None] * len(lines)
    # Publisher lines: they name the edition and the publisher, and open the trailer.
    edition = publisher = None
    trailer_from = len(lines)
    for i in doc.by_shape.get("publisher", ()):
        found = lines[i][FOUND]
        assert isinstance(found, tuple)  # (edition, publisher), kept by the shape
        edition = edition or found[0]
        publisher = publisher or found[1]
        roles[i] = "publisher"
        trailer_from = min(trailer_from, i)
    if trailer_from == len(lines):
        trailer_from = _year_trailer(doc)
    reader = _Prose(doc, reporter, roles, trailer_from)
    prose = reader.read()
    desc = None
    if prose.desc_i is not None:
        # The description's suffix: its date and edition.
        line = lines[prose.desc_i]
        desc = reader.describe(prose.desc_i)
        if desc.suffix_start is not None and desc.date is None:
            reporter.report(
                "bad-suffix-date",
                f"the description's suffix date {desc.day:02}.{desc.month:02}.{desc.year} "
                "is not a real date",
                line[START] + desc.suffix_start,
                line[END],
            )
    edition = edition or prose.edition or (desc.edition if desc is not None else None) or None
    # Edition lines anywhere else (the trailer repeats the edition's name).
    for i in doc.by_shape.get("prose", ()):
        text = lines[i][TEXT]
        if roles[i] is None and (text == edition or looks_like_edition(text)):
            roles[i] = "edition"
            edition = edition or text
    # (by position: a named tuple is built faster so than by keywords)
    return Head(
        tuple(roles),
        trailer_from,
        edition,
        publisher,
        prose.title_i,
        prose.desc_i,
        desc,
        prose.body_lines,
        prose.body_first,
        prose.tag_lines,
    )


class _Placed(NamedTuple):
    """What :class:`_Prose` placed (its roles are written in the phase's own list)."""

    title_i: int | None
    desc_i: int | None
    edition: str | None
    body_lines: tuple[int, ...]
    body_first: bool
    tag_lines: tuple[int, ...]


class _Prose:
    """Prose lines: title, title repeat, edition, description, body. Private to one call of
    :func:`read_head`, which owns the roles it writes."""

    __slots__ = ("described", "doc", "lines", "reporter", "roles", "trailer_from")

    def __init__(
        self, doc: Lines, reporter: Reporter, roles: list[str | None], trailer_from: int
    ) -> None:
        self.doc = doc
        self.lines = doc.lines
        self.reporter = reporter
        self.roles = roles
        self.trailer_from = trailer_from
        self.described: dict[int, Description] = {}  # line index -> its parse, made once

    def describe(self, i: int) -> Description:
        """Line ``i`` read as a description; the line tried as one earlier is not read twice."""
        found = self.described.get(i)
        if found is None:
            found = self.described[i] = parse_description(self.lines[i][TEXT])
        return found

    def read(self) -> _Placed:
        lines, doc = self.lines, self.doc
        prose, meta = _prose_and_meta(doc, self.trailer_from)
        first_meta = min(meta) if meta else len(lines)
        head = [i for i in prose if i < first_meta]
        extra_head: list[int] = []
        title_i = desc_i = None
        edition = None
        body_first = False
        if head and len(prose) > 1 and is_bodylike(lines[head[0]][TEXT]):
            body_lines, extra_head, title_i, desc_i = self._body_first(head)
            body_first = True
        elif not meta and self._body_only(head):
            body_lines = head  # (no metadata: every prose line is in the head)
        else:
            body_lines = [i for i in prose if i >= first_meta]
            head = self._description_first(head)
            lone_body = len(prose) == 1 and bool(head) and is_bodylike(lines[head[0]][TEXT])
            title_i = head[0] if head and not lone_body else None
            rest, edition = self._repeats(title_i, head[1:] if title_i is not None else head)
            if title_i is not None:
                rest = self._title_runs(lines[title_i][TEXT], rest)
            if not meta and rest:
                # Short variant, prose only: title, description, body. A lone second line
                # that reads as body text (or holds a glued paragraph break, which a
                # description never does) is the body, unless it carries a suffix.
                lone = rest[0] if len(rest) == 1 else None
                if (
                    lone is not None
                    and (is_bodylike(lines[lone][TEXT]) or is_glued(lines[lone][TEXT]))
                    and self.describe(lone).suffix_start is None
                ):
                    body_lines = rest + body_lines
                    rest = []
                desc_i = rest[0] if rest else None
                body_lines = rest[1:] + body_lines
            else:
                desc_i = rest[0] if rest else None
                extra_head = rest[1:]
        # Prose between the description and the metadata is the body when no body line
        # follows the metadata; otherwise it is left over.
        if extra_head and not body_lines:
            body_lines = extra_head
        body_lines = body_run(body_lines, doc)
        tag_lines = peel_tags(body_lines, doc) if meta else []
        if meta and len(body_lines) > 1:
            body_lines = glued_alone(body_lines, doc)
        roles = self.roles
        if title_i is not None:
            roles[title_i] = "title"
        if desc_i is not None:
            roles[desc_i] = "description"
        for i in body_lines:
            roles[i] = "body"
        return _Placed(title_i, desc_i, edition, tuple(body_lines), body_first, tuple(tag_lines))

    def _body_only(self, head: list[int]) -> bool:
        """Whether a dump of prose lines only (``head``, no metadata) holds nothing but the
        body, one paragraph a line: its first line ends as a paragraph does (a full stop,
        maybe inside a closing quote: ``…etti.``, ``…ء".``, ``…किया।``), which a title rarely
        does, and neither it nor the next line carries what a description carries (the date
        suffix, a cut ``...``) or repeats it (the title printed twice). A title ending in a
        full stop in such a dump is read as the body's first paragraph: a known limit, no
        text is lost."""
        if len(head) < 2 or self.lines[head[0]][SHAPE] != "prose":
            return False
        first, second = self.lines[head[0]][TEXT], self.lines[head[1]][TEXT]
        if _PARAGRAPH_END.search(first) is None or first == second:
            return False
        return not any(
            text.endswith(_CUT) or self.describe(i).suffix_start is not None
            for i, text in ((head[0], first), (head[1], second))
        )

    def _body_first(self, head: list[int]) -> tuple[list[int], list[int], int | None, int | None]:
        """Blocks in another order: the body first, then the title and the description.
        Returns the body's lines, the other prose lines, the title's and the description's."""
        lines = self.lines
        lead = 0
        while lead < len(head) and is_bodylike(lines[head[lead]][TEXT]):
            lead += 1
        rest = head[lead:]
        if rest:
            self.reporter.report(
                "unexpected-order",
                "the body stands before the title; read the other blocks by their shape",
                lines[head[0]][START],
                lines[head[0]][END],
            )
        title_i = rest[0] if rest else None
        desc_i = rest[1] if len(rest) > 1 else None
        return head[:lead], rest[2:], title_i, desc_i

    def _description_first(self, head: list[int]) -> list[int]:
        """A description (it carries the suffix) standing before the title: swap them.

        A title can end in a date too ("Exchange rates on 03.06.2025"), so a suffix of a date
        alone is not enough: the first line must also name the edition, be cut ("..."), or
        be longer than the second, as a description is.
        """
        if len(head) < 2:
            return head
        doc, lines = self.doc, self.lines
        if _SUFFIX_DATE.search(lines[head[0]][TEXT]) is None:
            return head  # (no date, no suffix: the usual title, told without reading it)
        first = self.describe(head[0])
        if (
            first.suffix_start is not None
            and (
                first.edition is not None
                or first.truncated
                or doc.size(head[0]) > doc.size(head[1])
            )
            and self.describe(head[1]).suffix_start is None
            and not is_bodylike(lines[head[1]][TEXT])
        ):
            self.reporter.report(
                "unexpected-order",
                "the description (it carries the date suffix) stands before the title",
                lines[head[0]][START],
                lines[head[0]][END],
            )
            return [head[1], head[0], *head[2:]]
        return head

    def _title_runs(self, title: str, rest: list[int]) -> list[int]:
        """Lines of the head that print the title two or more times, joined by spaces (the
        extractor's og:title line, resolved), or the title followed by a dash or a bar and a
        short name (the page's title as the browser shows it: ``Le pont est ouvert -
        Sputnik Afrique``, ``Мост открыт | РИА Новости``): ``title-repeat``, like the title
        printed again. Returns the other lines."""
        lines, keep = self.lines, []
        for i in rest:
            text = lines[i][TEXT]
            # (most lines do not open with the title: told before either call)
            if text.startswith(title) and (
                _repeats_title(text, title) or _site_titled(text, title)
            ):
                self.roles[i] = "title-repeat"
            else:
                keep.append(i)
        return keep

    def _repeats(self, title_i: int | None, rest: list[int]) -> tuple[list[int], str | None]:
        """The title repeated, then the edition's name on its own line (fuller variant).
        Returns the lines after them and the edition's name when one stood there."""
        lines = self.lines
        title = lines[title_i][TEXT] if title_i is not None else None
        # Count the repeats, then slice once: dropping them one slice at a time copied the
        # list per repeat, quadratic in a document of one line repeated.
        repeats = 0
        while repeats < len(rest) and lines[rest[repeats]][TEXT] == title:
            self.roles[rest[repeats]] = "title-repeat"
            repeats += 1
        rest = rest[repeats:]
        # After a repeated title (the fuller variant) a short name standing before the
        # description is the edition's, even one not listed ("Baltnews").
        unlisted = repeats > 0 and len(rest) > 1 and is_tag_like(lines[rest[0]][TEXT])
        if rest and (unlisted or looks_like_edition(lines[rest[0]][TEXT])):
            self.roles[rest[0]] = "edition"
            return rest[1:], lines[rest[0]][TEXT]
        return rest, None


def _prose_and_meta(doc: Lines, trailer_from: int) -> tuple[list[int], list[int]]:
    """The prose lines before the trailer (with a title shaped like a keyword: see
    ``_uncased_head``), and the first line of each kind of metadata (a timestamp, a
    keyword, a URL)."""
    by_shape = doc.by_shape
    top = _uncased_head(doc)
    prose = [i for i in by_shape.get("prose", ()) if i < trailer_from]
    keywords = by_shape.get("keyword", ())
    meta = [by_shape[shape][0] for shape in ("timestamp", "url") if shape in by_shape]
    if top:
        prose = [*range(top), *prose]
        keywords = [i for i in keywords if i >= top]
    if keywords:
        meta.append(keywords[0])
    return prose, meta


def _uncased_head(doc: Lines) -> int:
    """How many lines open the dump with a title shaped like a keyword (no capital): 0 when
    there is none.

    A title in a script without capitals (Chinese, Arabic, Georgian …) has no capital, as a
    keyword has none, and so may a headline printed in lower case; only its place tells:
    the dump's first line, maybe printed again (or with a site's name) and followed by an
    edition's name, then the rest of the head: a prose line that is no body (the
    description), a description that carries the date suffix or is cut, or the timestamps
    (a page with no description); or the body, in a dump with no metadata after it.
    Keywords stand after the description and the timestamps, never before them. In a script
    with capitals a line shorter than a headline (fewer than ``_MIN_LOWER_TITLE_WORDS``
    words: a keyword there is a name of a word or three) is the title only before the whole
    head, a description and then the timestamps (``5 фактов``, ``2022: год перемен``).
    """
    lines = doc.lines
    if len(lines) < 2 or lines[0][SHAPE] not in _TITLE_SHAPED:
        return 0
    title = lines[0][TEXT]
    # (a short lower-case line in a script with capitals is a keyword's length: only the
    # whole head, a description then the timestamps, makes it the title)
    short = not is_uncased(title) and title.count(" ") + 1 < _MIN_LOWER_TITLE_WORDS
    j = 1
    while j < len(lines) and (lines[j][TEXT] == title or _site_titled(lines[j][TEXT], title)):
        j += 1
    if j < len(lines) - 1 and lines[j][SHAPE] == "keyword" and looks_like_edition(lines[j][TEXT]):
        j += 1
    if j >= len(lines):
        return 0
    shape, text = lines[j][SHAPE], lines[j][TEXT]
    if short and (shape != "prose" or j + 1 >= len(lines) or lines[j + 1][SHAPE] != "timestamp"):
        return 0
    if shape == "timestamp" or (
        shape == "prose"
        and (
            not is_bodylike(text)
            or text.endswith(_CUT)
            or parse_description(text).suffix_start is not None
            or _prose_alone(doc, j)
        )
    ):
        return j
    return 0


def _prose_alone(doc: Lines, j: int) -> bool:
    """Whether the dump holds no metadata at all past its first ``j`` lines (the title and
    its copies): no timestamp, URL or keyword line, no list. A keyword-shaped line then
    standing before the body is the title of a short dump (title, body), not a keyword,
    which would stand among others, or before the tags."""
    by_shape = doc.by_shape
    if "timestamp" in by_shape or "url" in by_shape or "keyword-list" in by_shape:
        return False
    return all(i < j for i in by_shape.get("keyword", ()))


def _site_titled(text: str, title: str) -> bool:
    """Whether ``text`` is ``title``, then a dash or a bar between spaces, then a short name
    with no sentence in it (a site's or a section's name)."""
    if not text.startswith(title):
        return False
    m = _SITE_TAIL.fullmatch(text, len(title))
    return m is not None and is_tag_like(m.group(1))


def _repeats_title(text: str, title: str) -> bool:
    """Whether ``text`` is ``title`` printed two or more times, parted by white space."""
    size = len(title)
    if len(text) <= size or not text.startswith(title):
        return False
    pos = size
    while pos < len(text):
        gap = pos
        while gap < len(text) and text[gap].isspace():
            gap += 1
        if gap == pos or not text.startswith(title, gap):
            return False
        pos = gap + size
    return True


def _year_trailer(doc: Lines) -> int:
    """Where a trailer with no publisher line opens: at a copyright year line standing after
    the body (the longest prose line), when all that follows it is short names (the
    section, ``News``) or other trailer lines, no keyword (a tag) and no longer prose. The
    line count when there is none."""
    lines = doc.lines
    years, prose = doc.by_shape.get("year", ()), doc.by_shape.get("prose", ())
    if not years or not prose:
        return len(lines)
    body = max(prose, key=lambda i: lines[i][END] - lines[i][START])
    for y in years:
        if y < body:
            continue
        after = lines[y + 1 :]
        if all(
            line[SHAPE] != "keyword" and (line[SHAPE] != "prose" or len(line[TEXT]) <= MAX_SECTION)
            for line in after
        ):
            return y
        break
    return len(lines)
