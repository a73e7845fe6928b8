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
from collections.abc import Sequence
from typing import Final

import attrs
import regex

from .._model import Article, Block, Dateline, Evidence, Segment
from .._policy import Reporter
from ..fields.body import analyse_body
from ..fields.datelines import parse_dateline
from ..fields.suffix import Description, parse_description
from ..fields.taglists import is_keyword, split_keyword_list
from ..fields.timestamps import looks_like_timestamp, parse_timestamp
from ._editions import edition_language, looks_like_edition

__all__ = ["parse"]

#: Characters stripped from both ends of a line: every Unicode space (NBSP included), the
#: byte-order mark and the zero-width space.
_STRIP: Final = "".join(chr(c) for c in range(0x3001) if chr(c).isspace()) + "\ufeff\u200b"

# A run of characters that are not line ends: one raw line.
_LINE = regex.compile(r"[^\r\n]++")
# "https://cdn1.img.sputniknews.africa/img/07e8/0b/01/1068982533_0:1:3637:2047_1920x0.jpg"
_URL = regex.compile(r"https?://[^\s]{1,2000}+")
# "fr_FR", "pt_BR", "zh_CN"
_LOCALE = regex.compile(r"(?P<lang>[a-z]{2,3})[_-][A-Z]{2}")
# "2024": the microdata's copyright year, on its own line.
_YEAR = regex.compile(r"(?:19|20)\d{2}")
# "1920 1080 true": an image's width, height and whether it is representative.
_IMAGE_SIZE = regex.compile(r"\d{1,5}+ \d{1,5}+(?: (?:true|false))?")
# "Sputnik Afrique feedback.fr@sputniknews.com +74956456601 MIA „Rossiya Segodnya“ 252 60":
# the edition, its feedback address, a phone number, the publisher's legal name, a logo size.
_PUBLISHER = regex.compile(
    r"(?P<edition>[^@\n]{1,80}?)\s++(?P<mail>[^\s@]{1,64}+@[^\s@]{1,128}+)\s++"
    r"(?P<phone>\+?[\d()-]{4,24}+)\s++(?P<publisher>[^\n]{1,120}?)"
    r"(?:\s++\d{1,4}+\s++\d{1,4}+)?"
)
# "/html/head/meta[@name='og:title']/@content": a line the extractor left behind.
_XPATH = regex.compile(r"/(?:[\w:.-]{1,64}+(?:\[[^\]\n]{0,200}+\])?+/){1,40}+@?[\w:.-]{1,64}+")
# A sentence end inside a line: a body holds several, a title rarely more than one.
_SENTENCE_END = regex.compile(r"[.!?…。](?:[\"»”’)]{0,2}+)(?=\s|\p{Lu}|$)")

#: A single prose line longer than this, or with this many sentences, is a body, not a title.
_BODY_CHARS: Final = 300
_BODY_SENTENCES: Final = 3
#: A section's name in the trailer ("Actus", "Мир") is a word or two.
_MAX_SECTION: Final = 40


@attrs.frozen(slots=True)
class _Line:
    start: int
    end: int
    text: str
    shape: str


def _lines(text: str) -> list[_Line]:
    """Cut the text into stripped, non-blank lines with their offsets, and name each shape."""
    out: list[_Line] = []
    for m in _LINE.finditer(text):
        raw = m.group()
        stripped = raw.strip(_STRIP)
        if not stripped:
            continue
        start = m.start() + len(raw) - len(raw.lstrip(_STRIP))
        out.append(_Line(start, start + len(stripped), stripped, _shape(stripped)))
    return out


def _shape(text: str) -> str:
    """Name what one line looks like, from its text alone.

    Each pattern is tried only where a cheap test on the first character or the length
    allows a match: a dump of thousands of short lines otherwise spent most of its time in
    regex calls that could not match (four times the sample's cost per byte).
    """
    if looks_like_timestamp(text):
        return "timestamp"
    first = text[0]
    if first.isdigit():
        if len(text) == 4 and _YEAR.fullmatch(text):
            return "year"
        if _IMAGE_SIZE.fullmatch(text):
            return "image-size"
    if first == "h" and _URL.fullmatch(text):
        return "url"
    if len(text) <= 6 and _LOCALE.fullmatch(text):
        return "locale"
    if "@" in text and len(text) <= 400 and _PUBLISHER.fullmatch(text):
        return "publisher"
    if text.startswith("/") and _XPATH.fullmatch(text):
        return "extractor"
    if is_keyword(text):
        return "keyword"
    if ", " in text and split_keyword_list(text) is not None:
        return "keyword-list"
    return "prose"


def _is_bodylike(text: str) -> bool:
    """A prose line that reads as body text rather than a title or a description."""
    if len(text) > _BODY_CHARS:
        return True
    for count, _ in enumerate(_SENTENCE_END.finditer(text), start=1):
        if count >= _BODY_SENTENCES:
            return True
    return False


def parse(text: str, reporter: Reporter) -> Article:
    """Read one page dump (already decoded) into an :class:`Article`."""
    lines = _lines(text)
    roles: list[str | None] = [None] * len(lines)
    if not lines:
        reporter.report("empty-input", "the document holds no text", 0, len(text))
        return Article(diagnostics=reporter.diagnostics)

    # --- the trailer: publisher lines name the edition and the publisher -------------------
    edition: str | None = None
    publisher: str | None = None
    trailer_from = len(lines)
    for i, line in enumerate(lines):
        if line.shape == "publisher":
            m = _PUBLISHER.fullmatch(line.text)
            assert m is not None  # the shape was given by the same pattern
            edition = edition or m.group("edition").strip()
            publisher = publisher or m.group("publisher").strip()
            roles[i] = "publisher"
            trailer_from = min(trailer_from, i)

    # --- head and body: prose lines ---------------------------------------------------------
    prose = [i for i, line in enumerate(lines) if line.shape == "prose" and i < trailer_from]
    meta = [i for i, line in enumerate(lines) if line.shape in ("timestamp", "keyword", "url")]
    first_meta = meta[0] if meta else len(lines)

    title_i = desc_i = None
    head = [i for i in prose if i < first_meta]
    body_first = bool(head) and _is_bodylike(lines[head[0]].text) and len(prose) > 1
    if body_first:
        # "BLOCKS IN ANOTHER ORDER": the body stands first, the title and description after it.
        lead = 0
        while lead < len(head) and _is_bodylike(lines[head[lead]].text):
            lead += 1
        head_rest = head[lead:]
        if head_rest:
            reporter.report(
                "unexpected-order",
                "the body stands before the title; read the other blocks by their shape",
                lines[head[0]].start,
                lines[head[0]].end,
            )
        body_lines = head[:lead]
        title_i = head_rest[0] if head_rest else None
        desc_i = head_rest[1] if len(head_rest) > 1 else None
        extra_head = head_rest[2:]
    else:
        body_lines = [i for i in prose if i >= first_meta]
        title_i = (
            head[0]
            if head and not (len(prose) == 1 and _is_bodylike(lines[head[0]].text))
            else None
        )
        rest = head[1:] if title_i is not None else head
        # The title repeated, then the edition's name on its own line (fuller variant).
        # Count the repeats, then slice once: dropping them one slice at a time copied the
        # list per repeat, quadratic in a document of one line repeated.
        repeats = 0
        while (
            repeats < len(rest)
            and title_i is not None
            and lines[rest[repeats]].text == lines[title_i].text
        ):
            roles[rest[repeats]] = "title-repeat"
            repeats += 1
        rest = rest[repeats:]
        if rest and looks_like_edition(lines[rest[0]].text):
            edition = edition or lines[rest[0]].text
            roles[rest[0]] = "edition"
            rest = rest[1:]
        if not meta and rest:
            # Short variant, prose only: title, description, body. A lone second line that
            # reads as body text is the body, unless it carries a description's suffix.
            lone = rest[0] if len(rest) == 1 else None
            if (
                lone is not None
                and _is_bodylike(lines[lone].text)
                and parse_description(lines[lone].text).suffix_start is None
            ):
                body_lines = rest + body_lines
                rest = []
            desc_i = rest[0] if rest else None
            body_lines = rest[1:] + body_lines
            extra_head = []
        else:
            desc_i = rest[0] if rest else None
            extra_head = rest[1:]
    # Prose lines between the description and the metadata: part of the body when no body
    # line follows the metadata, otherwise left over.
    if extra_head and not body_lines:
        body_lines = extra_head
    body_lines = _body_run(body_lines, lines)

    if title_i is not None:
        roles[title_i] = "title"
    if desc_i is not None:
        roles[desc_i] = "description"
    for i in body_lines:
        roles[i] = "body"

    # --- the description's suffix ----------------------------------------------------------
    desc: Description | None = None
    if desc_i is not None:
        line = lines[desc_i]
        desc = parse_description(line.text)
        if desc.suffix_start is not None and desc.date is None:
            reporter.report(
                "bad-suffix-date",
                f"the description's suffix date {desc.day:02}.{desc.month:02}.{desc.year} "
                "is not a real date",
                line.start + desc.suffix_start,
                line.end,
            )
        if desc.edition and edition is None:
            edition = desc.edition

    # Edition lines anywhere else (the trailer repeats the edition's name).
    for i, line in enumerate(lines):
        if (
            roles[i] is None
            and line.shape == "prose"
            and (line.text == edition or looks_like_edition(line.text))
        ):
            roles[i] = "edition"
            edition = edition or line.text

    # --- timestamps --------------------------------------------------------------------------
    stamps: list[_dt.datetime] = []
    for i, line in enumerate(lines):
        if line.shape != "timestamp":
            continue
        try:
            stamp = parse_timestamp(line.text)
        except ValueError:
            roles[i] = "leftover"
            reporter.report(
                "bad-timestamp", f"not a valid timestamp: {line.text[:60]!r}", line.start, line.end
            )
            continue
        roles[i] = "timestamp"
        if stamp.tzinfo is None:
            reporter.report(
                "naive-timestamp",
                f"the timestamp {line.text[:40]!r} has no zone: read as a naive datetime",
                line.start,
                line.end,
            )
        stamps.append(stamp)
    published = stamps[0] if stamps else None
    modified = stamps[-1] if stamps else None
    if (
        published is not None
        and modified is not None
        and (published.tzinfo is None) == (modified.tzinfo is None)
        and modified < published
    ):
        reporter.report(
            "timestamps-out-of-order",
            "the last timestamp is earlier than the first",
            lines[0].start,
            lines[0].start,
        )

    # --- keywords and tags -------------------------------------------------------------------
    body_start = body_lines[0] if body_lines else None
    body_end = body_lines[-1] if body_lines else None
    keywords: list[str] = []
    tags: list[str] = []
    kw_lines = [i for i, line in enumerate(lines) if line.shape == "keyword" and roles[i] is None]
    if body_start is None:
        # No body between them: the tags restart the list (they repeat some keywords).
        seen: set[str] = set()
        into_tags = False
        for i in kw_lines:
            word = lines[i].text
            into_tags = into_tags or word in seen
            seen.add(word)
            (tags if into_tags else keywords).append(word)
            roles[i] = "tag" if into_tags else "keyword"
    else:
        assert body_end is not None
        for i in kw_lines:
            if i < body_start:
                keywords.append(lines[i].text)
                roles[i] = "keyword"
            elif i > body_end and i < trailer_from:
                tags.append(lines[i].text)
                roles[i] = "tag"

    # --- the rest of the trailer ------------------------------------------------------------
    image = locale = section = None
    language: str | None = None
    for i, line in enumerate(lines):
        if roles[i] is not None:
            continue
        shape = line.shape
        if shape == "url" and image is None and (body_start is None or i < body_start):
            image = line.text
            roles[i] = "image"
        elif shape == "locale":
            m = _LOCALE.fullmatch(line.text)
            assert m is not None
            locale = locale or line.text
            language = language or m.group("lang")
            roles[i] = "locale"
        elif shape in ("year", "image-size", "extractor"):
            roles[i] = shape
        elif (
            shape == "keyword-list"
            # A short joined list ("russie, ukraine") also has a keyword's shape; in the
            # trailer it is the keyword list, not the section.
            or (shape == "keyword" and i > trailer_from and ", " in line.text)
        ) and i > (body_end if body_end is not None else -1):
            items = split_keyword_list(line.text)
            if not keywords and items:
                keywords.extend(items)
            roles[i] = "keyword-list"
        elif (
            i > trailer_from
            and section is None
            and shape in ("prose", "keyword")
            and len(line.text) <= 40
        ):
            section = line.text
            roles[i] = "section"
    language = language or edition_language(edition)

    # --- the body ---------------------------------------------------------------------------
    body: list[Block] = []
    if body_lines:
        body = _read_body(text, [lines[i] for i in body_lines], language, reporter)
    else:
        reporter.report("no-body", "no body text was found", len(text), len(text))

    # --- the dateline: the suffix's date and edition, the body's place ---------------------
    dateline = _dateline(desc, body, published, lines[desc_i] if desc_i is not None else None)

    if title_i is None:
        reporter.report("no-title", "no line could be read as the title", 0, 0)

    segments: list[Segment] = []
    for i, line in enumerate(lines):
        role = roles[i]
        if role is None:
            role = "leftover"
            reporter.report(
                "leftover",
                f"a line wirefmt could not place ({line.shape}): {line.text[:60]!r}",
                line.start,
                line.end,
            )
        segments.append(Segment(role, line.start, line.end))

    return Article(
        title=lines[title_i].text if title_i is not None else None,
        lede=desc.lede if desc is not None else None,
        lede_truncated=desc.truncated if desc is not None else False,
        dateline=dateline,
        published=published,
        modified=modified,
        keywords=keywords,
        tags=tags,
        body=body,
        image=image,
        locale=locale,
        language=language,
        section=section,
        edition=edition,
        publisher=publisher,
        format="pagedump",
        segments=segments,
        diagnostics=sorted(reporter.diagnostics, key=lambda d: (d.start, d.end)),
    )


def _body_run(candidates: list[int], lines: Sequence[_Line]) -> list[int]:
    """Keep the run of consecutive body lines that holds the longest one.

    A body split into lines is one run; a stray prose line elsewhere (among the keywords,
    say) is not body text and is left for the other roles, or reported as left over.
    """
    if len(candidates) < 2:
        return candidates
    runs: list[list[int]] = [[candidates[0]]]
    for i in candidates[1:]:
        if i == runs[-1][-1] + 1:
            runs[-1].append(i)
        else:
            runs.append([i])

    def longest(run: list[int]) -> int:
        return max(lines[i].end - lines[i].start for i in run)

    return max(runs, key=longest)


def _read_body(
    text: str, lines: Sequence[_Line], language: str | None, reporter: Reporter
) -> list[Block]:
    """Split the body lines into blocks; a line break always ends a block.

    Consecutive body lines are split together so that the splitter sees the whole body; the
    line breaks (and spaces around them) that it leaves at the end of a block are separators,
    not content, and are cut off here.
    """
    out: list[Block] = []
    start = lines[0].start
    end = lines[-1].end
    blocks, notes = analyse_body(text[start:end], lang=language, base=start)
    for code, message, a, b in notes:
        reporter.report(code, message, a, b)
    for block in blocks:
        stripped = block.text.rstrip(_STRIP)
        if not stripped:
            continue
        if len(stripped) != len(block.text):
            out.append(attrs.evolve(block, text=stripped, end=block.start + len(stripped)))
        else:
            out.append(block)
    if out and out[0].evidence is not Evidence.START:
        out[0] = attrs.evolve(out[0], evidence=Evidence.START)
    return out


def _dateline(
    desc: Description | None,
    body: Sequence[Block],
    published: _dt.datetime | None,
    desc_line: _Line | None,
) -> Dateline | None:
    """Combine the description's suffix with a dateline opening the body (FORMAT.md §2)."""
    reference = published.date() if published is not None else (desc.date if desc else None)
    found = parse_dateline(body[0].text, reference=reference) if body else None
    date = desc.date if desc is not None else None
    agency = desc.edition if desc is not None else None
    if found is None:
        if desc is None or desc.suffix_start is None or desc_line is None:
            return None
        start = desc_line.start + desc.suffix_start
        return Dateline(
            place=None,
            agency=agency,
            date=date,
            day=desc.day,
            month=desc.month,
            year=desc.year,
            start=start,
            end=desc_line.end,
        )
    first = body[0]
    return Dateline(
        place=found.place,
        agency=agency or found.agency,
        date=date or found.date,
        day=found.day if found.day is not None else (desc.day if desc else None),
        month=found.month if found.month is not None else (desc.month if desc else None),
        year=found.year if found.year is not None else (desc.year if desc else None),
        start=None if found.start is None else first.start + found.start,
        end=None if found.end is None else first.start + found.end,
    )
