"""The result model: frozen attrs classes with slots, and their JSON form.

Every class here is a value: frozen, hashable, compared by content. Derive a changed copy with
:func:`attrs.evolve`. Offsets (``start``, ``end``) are character offsets into the parsed text:
the ``str`` given to :func:`wirefmt.parse`, or the bytes decoded as UTF-8 (a byte-order mark
counts as one character at offset 0). ``text[start:end]`` is the field as printed.
"""

from __future__ import annotations

import datetime as _dt
import enum
from collections.abc import Iterable, Mapping
from typing import Any, ClassVar, Final, TypeAlias

import attrs

__all__ = [
    "Article",
    "Block",
    "Dateline",
    "Diagnostic",
    "Evidence",
    "Paragraph",
    "Segment",
    "Subhead",
    "Subject",
]


def _tuple_of_str(items: Iterable[str]) -> tuple[str, ...]:
    if isinstance(items, str):  # tuple("abc") would silently give ("a", "b", "c")
        raise TypeError("keywords and tags take an iterable of str, not a str")
    return tuple(items)


def _tuple_of_blocks(items: Iterable[Block]) -> tuple[Block, ...]:
    return tuple(items)


def _tuple_of_segments(items: Iterable[Segment]) -> tuple[Segment, ...]:
    return tuple(items)


def _tuple_of_diagnostics(items: Iterable[Diagnostic]) -> tuple[Diagnostic, ...]:
    return tuple(items)


def _tuple_of_subjects(items: Iterable[Subject]) -> tuple[Subject, ...]:
    return tuple(items)


class Evidence(enum.StrEnum):
    """How the body splitter found the start of a block (see ``docs/body.md``).

    .. versionadded:: 0.1
    """

    #: The first block of the body: nothing had to be found.
    START = "start"
    #: The input already had a line break here.
    LINE_BREAK = "line-break"
    #: A sentence end (``. ? ! …``, maybe a closing quote or bracket) glued to a capital.
    SENTENCE_END = "sentence-end"
    #: A lower-case letter glued to an upper-case one inside a word: a subhead ended here.
    CASE_JOIN = "case-join"
    #: A sentence end glued to an opening quotation mark (``Ukraine."The``).
    OPENING_QUOTE = "opening-quote"
    #: A full stop glued to the next character in a script without letter case (``。``).
    UNCASED_STOP = "uncased-stop"
    #: A subhead without final punctuation glued to the next block by something other than
    #: a lower-case letter: a digit (``Euro 2024Depois``), an acronym (``ONUDe``), a closing
    #: quote (``'UTI'Em``) or a bullet dash after capitals (``L'ESSENTIEL- Des``).
    HEADING_END = "heading-end"
    #: A heading in capitals glued to the next paragraph, which starts at the run's last
    #: capital (``NOUVELLES SANCTIONSLa``, ``YENİ SEÇİM TARİHİParti``).
    CAPS_HEADING = "caps-heading"
    #: A subhead that followed a sentence end and a space (a break printed as a space),
    #: found because its own end is glued: ``…Kharkiv. Villages emptiedThe army…``.
    HEADING_START = "heading-start"
    #: A stop after an initialism or a listed abbreviation glued to a word the text also
    #: writes in lower case, so a sentence opener: ``the U.K.The``, ``usw.Die``
    #: (``J.K.Rowling``, ``Dr.Martin`` are no boundary).
    INITIALISM_END = "initialism-end"
    #: A lead-in ending in a colon glued to its first item: ``The new rules:— Shops``.
    COLON_LIST = "colon-list"
    #: An item of a list: after a lead-in colon or a dash glued to a word (``ten— Buses``).
    LIST_ITEM = "list-item"
    #: A live-blog time heading glued to what precedes it: ``vele"00:35 - U Poljskoj``.
    TIME_HEADING = "time-heading"
    #: A ticker mark opening a paragraph, glued to what precedes it: ``November+++ Die``.
    TICKER_MARK = "ticker-mark"
    #: A link glued to the word before it: ``des récolteshttps://…``.
    GLUED_LINK = "glued-link"
    #: In Chinese or Japanese, a heading-length run with no punctuation between a sentence
    #: end and a paragraph that opens with a date: ``…。标题13日，…``.
    UNCASED_HEADING = "uncased-heading"


#: Each member's value, read by a dict lookup: ``Evidence.X.value`` is a Python-level
#: property, and ``to_dict`` reads one per block.
_EVIDENCE_VALUES: dict[Evidence, str] = {member: member.value for member in Evidence}


@attrs.frozen(slots=True)
class Diagnostic:
    """A problem found in the input and recorded instead of raised (lenient mode).

    Attributes:
        code: stable, documented code (``docs/diagnostics.md``), e.g. ``"naive-timestamp"``.
        message: what was found, in words.
        start, end: the offsets of the text concerned (``start == end`` for a point).
        line, column: 1-based position of ``start``.

    .. versionadded:: 0.1
    """

    code: str
    message: str
    start: int
    end: int
    line: int = 1
    column: int = 1

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON-ready form: a dict of the attributes."""
        return {
            "code": self.code,
            "message": self.message,
            "start": self.start,
            "end": self.end,
            "line": self.line,
            "column": self.column,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Diagnostic:
        """Read back what :meth:`to_dict` wrote."""
        return cls(
            code=data["code"],
            message=data["message"],
            start=data["start"],
            end=data["end"],
            line=data.get("line", 1),
            column=data.get("column", 1),
        )


@attrs.frozen(slots=True)
class Segment:
    """Where one piece of the input went: the role it was given and its offsets.

    A segment covers a run of consecutive lines with the same role (the keyword lines make
    one segment); white space between its lines is part of it.

    ``Article.segments`` covers every character of the input that is not a separator (white
    space between blocks): nothing is lost silently. A piece wirefmt could not place has the
    role ``"leftover"`` and a diagnostic says why. The roles are listed in
    ``docs/pagedump.md``.

    .. versionadded:: 0.1
    """

    role: str
    start: int
    end: int


@attrs.frozen(slots=True)
class _BlockBase:
    text: str
    start: int = 0
    end: int = 0
    evidence: Evidence = Evidence.START

    kind: ClassVar[str] = ""

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON-ready form: ``{"kind", "text", "start", "end", "evidence"}``."""
        return {
            "kind": self.kind,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "evidence": _EVIDENCE_VALUES[self.evidence],
        }


@attrs.frozen(slots=True)
class Paragraph(_BlockBase):
    """A paragraph of the body, text as printed.

    Attributes:
        text: the paragraph's characters, exactly as in the input.
        start, end: its offsets.
        evidence: how its start was found (:class:`Evidence`).

    .. versionadded:: 0.1
    """

    kind: ClassVar[str] = "paragraph"


@attrs.frozen(slots=True)
class Subhead(_BlockBase):
    """A subheading of the body (no final punctuation), text as printed.

    Same attributes as :class:`Paragraph`.

    .. versionadded:: 0.1
    """

    kind: ClassVar[str] = "subhead"


Block: TypeAlias = Paragraph | Subhead
_BLOCK_KINDS: dict[str, type[Paragraph] | type[Subhead]] = {
    "paragraph": Paragraph,
    "subhead": Subhead,
}


def block_from_dict(data: Mapping[str, Any]) -> Block:
    """Read back a block written by ``to_dict``; ``ValueError`` on an unknown kind."""
    kind = data.get("kind")
    cls = _BLOCK_KINDS.get(kind) if isinstance(kind, str) else None
    if cls is None:
        raise ValueError(f"unknown block kind {kind!r}; known: paragraph, subhead")
    return cls(
        text=data["text"],
        start=data.get("start", 0),
        end=data.get("end", 0),
        evidence=Evidence(data.get("evidence", "start")),
    )


@attrs.frozen(slots=True)
class Dateline:
    """Where, when and who: a wire dateline, or the page dump's date and edition.

    Attributes:
        place: the place as printed (``"SPRINGFIELD, Ill."``, ``"МОСКВА"``), or None.
        agency: the agency or edition as printed (``"Reuters"``, ``"Sputnik France"``), or None.
        date: the calendar date, when the year is printed or could be inferred, else None.
        month, day, year: the parts as printed (ints), None where absent.
        start, end: offsets of the dateline in the text it was read from; ``text[end:]``
            begins with the story's first word. On an Article: the body's dateline when the
            body opens with one, else the description's ``DD.MM.YYYY, Edition`` suffix.

    .. versionadded:: 0.1
    """

    place: str | None = None
    agency: str | None = None
    date: _dt.date | None = None
    month: int | None = None
    day: int | None = None
    year: int | None = None
    start: int | None = None
    end: int | None = None

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON-ready form; ``date`` as ``"YYYY-MM-DD"`` or None."""
        return {
            "place": self.place,
            "date": None if self.date is None else self.date.isoformat(),
            "agency": self.agency,
            "month": self.month,
            "day": self.day,
            "year": self.year,
            "start": self.start,
            "end": self.end,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Dateline:
        """Read back what :meth:`to_dict` wrote (missing keys are None)."""
        date = data.get("date")
        return cls(
            place=data.get("place"),
            agency=data.get("agency"),
            date=None if date is None else _dt.date.fromisoformat(date),
            month=data.get("month"),
            day=data.get("day"),
            year=data.get("year"),
            start=data.get("start"),
            end=data.get("end"),
        )


@attrs.frozen(slots=True)
class Subject:
    """A subject an agency filed the item under: a code in a scheme, a name, or both.

    Attributes:
        code: the code as printed (``"15054000"``, ``"medtop:20000763"``), or None.
        name: the subject's name as printed (``"tennis"``), or None.
        scheme: the scheme or vocabulary the code belongs to, as printed (a URI, an alias
            such as ``"medtop"``, or a feed's own name), or None.

    .. versionadded:: 0.3
    """

    code: str | None = None
    name: str | None = None
    scheme: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON-ready form: ``{"code", "name", "scheme"}``."""
        return {"code": self.code, "name": self.name, "scheme": self.scheme}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Subject:
        """Read back what :meth:`to_dict` wrote (missing keys are None)."""
        return cls(code=data.get("code"), name=data.get("name"), scheme=data.get("scheme"))


#: The values of ``Article.status``: the item's publication status, as news feeds name it.
STATUSES: Final = ("usable", "withheld", "canceled")


def _urgency(_: object, attribute: attrs.Attribute[int | None], value: int | None) -> None:
    if value is not None and (type(value) is not int or not 1 <= value <= 9):
        raise ValueError(f"urgency must be None or a whole number from 1 to 9, not {value!r}")


def _iso(value: _dt.datetime | None) -> str | None:
    return None if value is None else value.isoformat()


def _from_iso(value: str | None) -> _dt.datetime | None:
    return None if value is None else _dt.datetime.fromisoformat(value)


#: The values of ``Article.language_source``: where the language came from.
LANGUAGE_SOURCES: Final = ("locale", "edition", "text", "given")


def _language_source(article: Article) -> str | None:
    """Where a parsed article's language came from, told from its other fields."""
    if article.language is None:
        return None
    if article.locale is not None:
        return "locale"
    if article.edition is not None:
        return "edition"
    return "given"


@attrs.frozen(slots=True)
class Article:
    """One parsed article. Every field is optional: a missing block leaves its default.

    Attributes:
        title: the headline as printed.
        lede: the description as printed, less its ``DD.MM.YYYY, Edition`` suffix.
        lede_truncated: True when the lede was cut by the site and ends in ``...`` or ``…``.
        dateline: place, date and agency (:class:`Dateline`), or None.
        published: the first timestamp (publication), a datetime; naive when printed
            without a zone (a diagnostic says so).
        modified: the last timestamp (latest update).
        keywords: the keyword list, in order, as printed.
        tags: the tags shown under the article, in order.
        body: paragraphs and subheads (:class:`Paragraph`, :class:`Subhead`), in order.
        image: the lead image's URL (fuller dumps).
        locale: the page's locale as printed (``"fr_FR"``).
        language: the language code, from the locale or the edition's name (or identified
            from the text, with ``parse(..., identify_language=True)``).
        section: the site section (``"Actus"``).
        edition: the edition's name (``"Sputnik Afrique"``) where the dump prints it.
        publisher: the publisher's legal name from the microdata trailer.
        byline: the byline as printed (``"By Jane Roe"``).
        id: the item's identifier as the feed prints it (a ninjs ``uri``, a NewsML-G2
            ``guid``, a NITF ``doc-id``, a wire message number).
        version: the item's version as printed (``"3"``; a wire take).
        urgency: 1 (most urgent) to 9, as the feed rates it (``docs/formats.md`` maps each
            format's scale).
        slug: the slug or keyword line as printed.
        subjects: the subject codes the item is filed under (:class:`Subject`), in order;
            ``keywords`` stays the plain keyword list.
        located: the place the item's metadata names; kept apart from ``dateline``, which
            is read from the text (the two disagree in real feeds).
        embargo: the time before which the item must not be published.
        status: ``"usable"``, ``"withheld"`` or ``"canceled"``, where the feed says.
        ednote: the editor's note to the newsroom, as printed.
        format: the registry name of the format read (``"pagedump"``, ``"ninjs"``,
            ``"nitf"``, ``"newsml-g2"``, ``"iptc7901"``, ``"anpa1312"``).
        segments: where each piece of the input went (:class:`Segment`).
        diagnostics: the problems found (:class:`Diagnostic`), in input order.
        language_source: where ``language`` came from: ``"locale"``, ``"edition"``,
            ``"text"`` (identified from the prose), ``"given"`` (set by the caller), or None
            when ``language`` is None. By default it is told from the other fields.

    .. versionadded:: 0.1
    .. versionchanged:: 0.2 ``language_source``.
    .. versionchanged:: 0.3 ``byline``, ``id``, ``version``, ``urgency``, ``slug``,
       ``subjects``, ``located``, ``embargo``, ``status``, ``ednote``.
    """

    title: str | None = None
    lede: str | None = None
    lede_truncated: bool = False
    dateline: Dateline | None = None
    published: _dt.datetime | None = None
    modified: _dt.datetime | None = None
    keywords: tuple[str, ...] = attrs.field(default=(), converter=_tuple_of_str)
    tags: tuple[str, ...] = attrs.field(default=(), converter=_tuple_of_str)
    body: tuple[Block, ...] = attrs.field(default=(), converter=_tuple_of_blocks)
    image: str | None = None
    locale: str | None = None
    language: str | None = None
    section: str | None = None
    edition: str | None = None
    publisher: str | None = None
    byline: str | None = None
    id: str | None = None
    version: str | None = None
    urgency: int | None = attrs.field(default=None, validator=_urgency)
    slug: str | None = None
    subjects: tuple[Subject, ...] = attrs.field(default=(), converter=_tuple_of_subjects)
    located: str | None = None
    embargo: _dt.datetime | None = None
    status: str | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.in_(STATUSES))
    )
    ednote: str | None = None
    format: str = "pagedump"
    segments: tuple[Segment, ...] = attrs.field(default=(), converter=_tuple_of_segments)
    diagnostics: tuple[Diagnostic, ...] = attrs.field(default=(), converter=_tuple_of_diagnostics)
    language_source: str | None = attrs.field(
        default=attrs.Factory(_language_source, takes_self=True),
        validator=attrs.validators.optional(attrs.validators.in_(LANGUAGE_SOURCES)),
    )

    @property
    def paragraphs(self) -> tuple[Paragraph, ...]:
        """The body's paragraphs alone, in order."""
        return tuple(b for b in self.body if isinstance(b, Paragraph))

    @property
    def subheads(self) -> tuple[Subhead, ...]:
        """The body's subheads alone, in order."""
        return tuple(b for b in self.body if isinstance(b, Subhead))

    @property
    def body_text(self) -> str:
        """The body's blocks joined as printed (no separator added)."""
        return "".join(b.text for b in self.body)

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-ready dict (the schema is in ``docs/schema.md``).

        >>> Article(title="Hello", keywords=("a", "b")).to_dict()["keywords"]
        ['a', 'b']
        """
        return {
            "title": self.title,
            "lede": self.lede,
            "lede_truncated": self.lede_truncated,
            "dateline": None if self.dateline is None else self.dateline.to_dict(),
            "published": _iso(self.published),
            "modified": _iso(self.modified),
            "keywords": list(self.keywords),
            "tags": list(self.tags),
            "body": [b.to_dict() for b in self.body],
            "image": self.image,
            "locale": self.locale,
            "language": self.language,
            "language_source": self.language_source,
            "section": self.section,
            "edition": self.edition,
            "publisher": self.publisher,
            "byline": self.byline,
            "id": self.id,
            "version": self.version,
            "urgency": self.urgency,
            "slug": self.slug,
            "subjects": [subject.to_dict() for subject in self.subjects],
            "located": self.located,
            "embargo": _iso(self.embargo),
            "status": self.status,
            "ednote": self.ednote,
            "format": self.format,
            "segments": [[s.role, s.start, s.end] for s in self.segments],
            "diagnostics": [d.to_dict() for d in self.diagnostics],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Article:
        """Read back what :meth:`to_dict` wrote: ``Article.from_dict(a.to_dict()) == a``.

        Missing keys take their defaults. A malformed value raises ``ValueError``,
        ``TypeError`` or ``KeyError`` (for example ``Invalid isoformat string`` for a bad
        timestamp, or an unknown block kind).
        """
        if not isinstance(data, Mapping):
            raise TypeError(f"Article.from_dict() needs a mapping, not {type(data).__name__}")
        dateline = data.get("dateline")
        return cls(
            title=data.get("title"),
            lede=data.get("lede"),
            lede_truncated=bool(data.get("lede_truncated", False)),
            dateline=None if dateline is None else Dateline.from_dict(dateline),
            published=_from_iso(data.get("published")),
            modified=_from_iso(data.get("modified")),
            keywords=data.get("keywords", ()),
            tags=data.get("tags", ()),
            body=[block_from_dict(b) for b in data.get("body", ())],
            image=data.get("image"),
            locale=data.get("locale"),
            language=data.get("language"),
            section=data.get("section"),
            edition=data.get("edition"),
            publisher=data.get("publisher"),
            byline=data.get("byline"),
            id=data.get("id"),
            version=data.get("version"),
            urgency=data.get("urgency"),
            slug=data.get("slug"),
            subjects=[Subject.from_dict(subject) for subject in data.get("subjects", ())],
            located=data.get("located"),
            embargo=_from_iso(data.get("embargo")),
            status=data.get("status"),
            ednote=data.get("ednote"),
            format=data.get("format", "pagedump"),
            segments=[Segment(role, start, end) for role, start, end in data.get("segments", ())],
            diagnostics=[Diagnostic.from_dict(d) for d in data.get("diagnostics", ())],
            **({"language_source": data["language_source"]} if "language_source" in data else {}),
        )
