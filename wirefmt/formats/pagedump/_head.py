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
from ...fields.taglists import BULLETS, is_uncased
from .._editions import looks_like_edition
from ._lines import END, FOUND, SHAPE, START, TEXT, Lines

__all__ = ["Head", "is_tag_like", "read_head"]

# The first character of _SENTENCE_END.
_STOP = re.compile("[.!?…。]")
# A sentence end inside a line: a body holds several, a title rarely more than one. The
# ideographic full stop ends a sentence wherever it stands: Chinese and Japanese put no
# space after it.
_SENTENCE_END = regex.compile(r"[.!?…。](?:[\"»”’)]{0,2}+)(?=\s|\p{Lu}|$)|。")

#: A single prose line longer than this, or with this many sentences, is a body, not a title.
_BODY_CHARS: Final = 300
_BODY_SENTENCES: Final = 3
# A paragraph's last sentence end at the end of a line: a full stop (Latin, Cyrillic, Arabic,
# Devanagari, CJK), maybe inside closing quotes or a bracket, and not the "..." of a cut
# description: "…ifade etti.", "…وقال "لا شيء".", "…घोषणा की थी।".
_PARAGRAPH_END = regex.compile(r"(?<![.…])[.।。۔](?:[\"'»”’)\]]{0,3}+)$")
# The date every description suffix holds, "03.06.2025".
_SUFFIX_DATE = re.compile(r"\d\d\.\d\d\.\d{4}")
#: How a description cut by the site ends.
_CUT: Final = ("...", "…")
#: A tag or an edition's name printed with capitals has at most this many words.
_MAX_NAME_WORDS: Final = 5
#: Characters a name does not end with (a clause or a sentence does).
_NOT_NAME_END: Final = ',;:.!?…"»”)'
#: Shapes a line inside a body of several lines can have without being metadata (a date, a
#: link or a line in lower case on a line of its own): see ``_body_run``.
_IN_BODY: Final = frozenset(("timestamp", "url", "year", "image-size", "keyword", "keyword-list"))
#: A section's name in the trailer ("Actus", "Мир") is a word or two.
MAX_SECTION: Final = 40


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


def is_tag_like(text: str) -> bool:
    """A short name on a line of its own ("Joe Biden", "Baltnews"): no sentence in it, and
    no item of a list ("- A second line")."""
    return (
        len(text) <= MAX_SECTION
        and text[0] not in BULLETS
        and text.count(" ") < _MAX_NAME_WORDS
        and _SENTENCE_END.search(text) is None
        and text[-1] not in _NOT_NAME_END
    )


def is_bodylike(text: str) -> bool:
    """A prose line that reads as body text rather than a title or a description."""
    if len(text) > _BODY_CHARS:
        return True
    if _STOP.search(text) is None:
        return False  # no sentence end at all (most titles), told at C speed
    for count, _ in enumerate(_SENTENCE_END.finditer(text), start=1):
        if count >= _BODY_SENTENCES:
            return True
    return False


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
    return Head(
        roles=tuple(roles),
        trailer_from=trailer_from,
        edition=edition,
        publisher=publisher,
        title_i=prose.title_i,
        desc_i=prose.desc_i,
        desc=desc,
        body_lines=prose.body_lines,
        body_first=prose.body_first,
        tag_lines=prose.tag_lines,
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
                # that reads as body text is the body, unless it carries a suffix.
                lone = rest[0] if len(rest) == 1 else None
                if (
                    lone is not None
                    and is_bodylike(lines[lone][TEXT])
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
        body_lines = _body_run(body_lines, doc)
        tag_lines = _peel_tags(body_lines, doc) if meta else []
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
        extractor's og:title line, resolved): ``title-repeat``, like the title printed again.
        Returns the other lines."""
        lines, keep = self.lines, []
        for i in rest:
            if _repeats_title(lines[i][TEXT], title):
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
    """How many lines open the dump with a title in a script without capitals (Chinese,
    Arabic, Georgian …) shaped like a keyword: 0 when there is none.

    Such a title has no capital, as a keyword has none, so only its place tells: the dump's
    first line, maybe printed again and followed by an edition's name, then a prose line
    that is no body (the description). Keywords stand after the description and the
    timestamps, never before a prose line that opens the dump's head.
    """
    lines = doc.lines
    if len(lines) < 2 or lines[0][SHAPE] != "keyword" or not is_uncased(lines[0][TEXT]):
        return 0
    title, j = lines[0][TEXT], 1
    while j < len(lines) and lines[j][TEXT] == title:
        j += 1
    if j < len(lines) - 1 and lines[j][SHAPE] == "keyword" and looks_like_edition(lines[j][TEXT]):
        j += 1
    if j < len(lines) and lines[j][SHAPE] == "prose" and not is_bodylike(lines[j][TEXT]):
        return j
    return 0


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


def _peel_tags(body: list[int], doc: Lines) -> list[int]:
    """Short unpunctuated lines closing a multi-line body are tags with capitals: take them
    off ``body`` (in place) and return them, last first.

    Tags are lower case as a rule, but some pages print them as names ("Joe Biden",
    "Ukraine"): such lines would otherwise join the body as blocks of their own. In a
    dump parted by blank lines, a line with no blank line before it is the body's own
    (a closing "Read also" line), not a tag.
    """
    if len(body) < 2:
        return []  # a body of one line (the usual one) keeps it
    lines = doc.lines
    longest = max(body, key=lambda i: lines[i][END] - lines[i][START])
    tags: list[int] = []
    # (appended, not inserted in front: that was quadratic in the number of such lines;
    # the keyword phase puts every tag line back in document order)
    while (
        len(body) > 1
        and body[-1] != longest
        and is_tag_like(lines[body[-1]][TEXT])
        and not (
            doc.blank_parted and _one_break(doc.text, lines[body[-2]][END], lines[body[-1]][START])
        )
    ):
        tags.append(body.pop())
    return tags


def _body_run(candidates: list[int], doc: Lines) -> list[int]:
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
    lines, text, blank_parted = doc.lines, doc.text, doc.blank_parted

    def joined(a: int, b: int) -> bool:
        """Whether body lines ``a`` < ``b`` belong to one run."""
        if b == a + 1:
            return True
        return (
            blank_parted
            and b == a + 2
            and lines[a + 1][SHAPE] in _IN_BODY
            and _one_break(text, lines[a][END], lines[a + 1][START])
            and _one_break(text, lines[a + 1][END], lines[b][START])
        )

    # The first longest line picks the run (the first run wins a tie, as with max over the
    # runs); the run is then grown from it both ways, with no list built per run.
    sizes = [lines[i][END] - lines[i][START] for i in candidates]
    lo = hi = sizes.index(max(sizes))
    while lo > 0 and joined(candidates[lo - 1], candidates[lo]):
        lo -= 1
    while hi + 1 < len(candidates) and joined(candidates[hi], candidates[hi + 1]):
        hi += 1
    run = candidates[lo : hi + 1]
    if run[-1] - run[0] + 1 != len(run):
        return list(range(run[0], run[-1] + 1))  # with the lines it went on over
    return run


def _one_break(text: str, start: int, end: int) -> bool:
    """Whether the white space ``text[start:end]`` between two lines holds one line end."""
    breaks = text.count("\n", start, end)
    return (breaks or text.count("\r", start, end)) == 1
