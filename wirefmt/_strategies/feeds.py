"""Strategies that draw feed documents: ninjs, NITF, NewsML-G2, IPTC 7901, ANPA-1312.

Re-exported by :mod:`wirefmt.strategies` (import them from there). Each document comes with
the Articles it carries, in the form a reader gives them back; :data:`CARRIED` names, per
format, the fields a document of that format can carry, and :func:`carried` picks them out
of an Article for comparison (``docs/strategies.md``, "Feed documents").
"""

from __future__ import annotations

import datetime as _dt
import json
from collections.abc import Mapping, Sequence
from typing import Final, TypeVar

import attrs
from hypothesis import strategies as st

from .._model import STATUSES, Article, Block, Dateline, Paragraph, Subhead, Subject
from ..exports import to_ninjs
from ..fields._weekdays import TODAY_WORDS, WEEKDAYS
from ..strategies import SCRIPTS, body_blocks, ledes, timestamps, titles, words
from .writers import (
    ANPA_PRIORITY,
    write_anpa1312,
    write_iptc7901,
    write_newsml_g2,
    write_nitf,
)

__all__ = [
    "CARRIED",
    "FEED_FORMATS",
    "FeedDocument",
    "carried",
    "feed_documents",
    "feed_streams",
    "mutated_documents",
]

_XML_JSON: Final = ("title", "lede", "byline", "id", "version", "urgency", "slug", "section")
_AT: Final = ("keywords", "subjects", "located", "dateline", "published", "embargo", "status")

#: Format name -> the Article fields a document of that format carries back to its reader.
CARRIED: Final[Mapping[str, tuple[str, ...]]] = {
    "ninjs": (*_XML_JSON, *_AT, "modified", "ednote", "language", "image", "body"),
    "nitf": (*_XML_JSON, *_AT, "tags", "ednote", "language", "body"),
    "newsml-g2": (*_XML_JSON, *_AT, "tags", "modified", "ednote", "language", "body"),
    "iptc7901": (
        "title",
        "byline",
        "id",
        "version",
        "urgency",
        "slug",
        "section",
        "keywords",
        "dateline",
        "published",
        "body",
    ),
    "anpa1312": (
        "title",
        "lede",
        "byline",
        "id",
        "version",
        "urgency",
        "slug",
        "section",
        "ednote",
        "dateline",
        "published",
        "body",
    ),
}
#: The feed formats the strategies draw (every registered format but the page dump).
FEED_FORMATS: Final = tuple(CARRIED)
_STREAMS: Final = ("newsml-g2", "iptc7901", "anpa1312")

#: Byline words each script's bylines open with, as the wire readers know them.
_BYLINE_WORDS: Final = {"latin": ("By", "Von", "Par", "Por", "Door"), "greek": ("Του", "Της")}
_LANGUAGES: Final = {
    "latin": ("en", "de", "fr", "tr"),
    "cyrillic": ("ru", "uk"),
    "greek": ("el",),
    "armenian": ("hy",),
}

_T = TypeVar("_T")

#: Words a dateline reads as a day, never as a place (``Monday (xyz) - `` is no dateline).
_DAY_WORDS: Final = frozenset(
    w.casefold() for names in (*WEEKDAYS.values(), TODAY_WORDS) for n in names for w in n.split()
)


@attrs.frozen(slots=True)
class FeedDocument:
    """A drawn document: its format's name, its bytes, and the Articles it carries.

    ``articles`` hold, in input order, one Article per item or message with the fields of
    ``CARRIED[format]`` set as the reader gives them back (bodies: kinds and texts, white
    space runs as one space). ``article`` is the first.
    """

    format: str
    data: bytes
    articles: tuple[Article, ...]

    @property
    def article(self) -> Article:
        return self.articles[0]


def carried(article: Article, format: str) -> dict[str, object]:
    """The fields of ``article`` that ``format`` carries, in comparable form.

    Body blocks become ``(kind, text)`` with white space runs as one space (wire text keeps
    its line ends); a dateline becomes ``(place, agency)``.
    """
    out: dict[str, object] = {}
    for name in CARRIED[format]:
        value: object = getattr(article, name)
        if name == "body":
            value = tuple((b.kind, " ".join(b.text.split())) for b in article.body)
        elif name == "dateline":
            d = article.dateline
            value = None if d is None else (d.place, d.agency)
        out[name] = value
    return out


def _maybe(strategy: st.SearchStrategy[_T]) -> st.SearchStrategy[_T | None]:
    return st.one_of(st.none(), strategy)


def _capital(script: str) -> st.SearchStrategy[str]:
    return words(script, min_size=3, max_size=9).map(lambda w: w[0].upper() + w[1:])


@st.composite
def _name(draw: st.DrawFn, script: str, min_words: int = 1, max_words: int = 3) -> str:
    return " ".join(draw(st.lists(_capital(script), min_size=min_words, max_size=max_words)))


@st.composite
def _byline(draw: st.DrawFn, script: str) -> str:
    """``By Jane Roe`` in the script: a byline word the readers know, and a name."""
    word = draw(st.sampled_from(_BYLINE_WORDS.get(script, _BYLINE_WORDS["latin"])))
    return f"{word} {draw(_name(script))}"


def _utc_stamps() -> st.SearchStrategy[_dt.datetime]:
    """Whole-minute UTC times in 2000-2049, which a two-digit wire year names unambiguously."""
    return st.datetimes(_dt.datetime(2000, 1, 1), _dt.datetime(2049, 12, 31)).map(
        lambda d: d.replace(second=0, microsecond=0, tzinfo=_dt.UTC)
    )


@st.composite
def _body(draw: st.DrawFn, script: str, fmt: str) -> tuple[tuple[Block, ...], Dateline | None]:
    """A body, maybe opened by a printed dateline ``Place (agency) - ``; and that dateline."""
    blocks = list(draw(body_blocks([script], max_size=5)))
    dateline = None
    if isinstance(blocks[0], Paragraph) and draw(st.booleans()):
        place = draw(_capital(script).filter(lambda w: w.casefold() not in _DAY_WORDS))
        agency = draw(st.text("abcdefghijklmnopqrstuvwxyz", min_size=2, max_size=4))
        blocks[0] = Paragraph(f"{place} ({agency}) - {blocks[0].text}")
        dateline = Dateline(place=place, agency=agency)
    if fmt == "anpa1312":  # a subhead in wire copy is a line in capitals
        blocks = [Subhead(b.text.upper()) if isinstance(b, Subhead) else b for b in blocks]
    return tuple(blocks), dateline


@st.composite
def _ids(draw: st.DrawFn, fmt: str) -> str:
    n = draw(st.integers(0, 9999))
    if fmt == "iptc7901":
        return draw(st.text("abcdefghijklmnopqrstuvwxyz", min_size=2, max_size=4)) + f"{n:03d}"
    if fmt == "anpa1312":
        return draw(st.sampled_from("ABQVW")) + f"{n:04d}"
    return f"urn:newsml:example.org:{draw(st.integers(20000101, 20491231))}:{n}"


@st.composite
def _feed_article(draw: st.DrawFn, fmt: str, scripts: Sequence[str]) -> tuple[Article, Article]:
    """An Article for ``fmt``, and the Article a reader gives back from it."""
    script = draw(st.sampled_from(scripts))
    wire = fmt in ("iptc7901", "anpa1312")
    body, dateline = draw(_body(script, fmt))
    stamp = _utc_stamps() if wire else timestamps()
    published = draw(stamp) if wire else draw(_maybe(stamp))
    subjects = tuple(
        Subject(f"medtop:{n:08d}", draw(_name(script, 1, 2)), "medtop")
        for n in draw(st.lists(st.integers(1, 10**8 - 1), max_size=3, unique=True))
    )
    names = {s.name for s in subjects}
    drawn = draw(
        st.lists(words(script, min_size=3), min_size=1 if wire else 0, max_size=4, unique=True)
    )
    keywords = tuple(drawn) if wire else tuple(k for k in drawn if k not in names)
    if fmt == "iptc7901":
        version = draw(
            _maybe(  # a take line: capitals and digits, in the copy's script
                st.builds(
                    lambda n, w: f"{n} {w.upper()}",
                    st.sampled_from(["1ST", "2ND", "3RD"]),
                    words(script, min_size=3),
                )
            )
        )
    elif fmt == "anpa1312":
        version = draw(_maybe(st.from_regex(r"[1-9](st|nd|rd|th)Ld(-Writethru)?", fullmatch=True)))
    else:
        version = draw(_maybe(st.integers(1, 99).map(str)))
    first = body[0].text.casefold()  # a first block repeating the title is left out
    byline = draw(_maybe(_byline(script)))
    # ninjs takes a ``located`` that stands in the byline for an editor's slip, not a place
    located = None if wire else draw(_maybe(_capital(script)))
    if located is not None and byline is not None and located in byline:
        located = None
    written = Article(
        title=draw(titles([script]).filter(lambda t: t.casefold() != first)),
        lede=draw(_maybe(ledes([script]))) if fmt != "iptc7901" else None,
        body=body,
        byline=byline,
        id=draw(_ids(fmt)),
        version=version,
        urgency=draw(
            st.sampled_from(sorted(ANPA_PRIORITY)) if fmt == "anpa1312" else st.integers(1, 9)
        ),
        section=draw(st.text("abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=1 if wire else 3))
        if wire
        else draw(_maybe(_name(script, 1, 2))),
        slug=draw(_maybe(st.builds("-".join, st.lists(_capital(script), min_size=1, max_size=3))))
        if fmt != "anpa1312"
        else "BC-" + draw(_capital(script)),
        keywords=keywords,
        tags=draw(st.lists(words(script, min_size=3), max_size=3)) if not wire else (),
        subjects=subjects if not wire else (),
        located=located,
        published=published,
        modified=None if wire else draw(_maybe(stamp)),
        embargo=None if wire else draw(_maybe(stamp)),
        status=None if wire else draw(_maybe(st.sampled_from(STATUSES))),
        ednote=draw(_maybe(ledes([script]))) if fmt != "iptc7901" else None,
        language=None if wire else draw(st.sampled_from(_LANGUAGES[script])),
        image=draw(_maybe(st.integers(1, 10**9).map(lambda n: f"https://img.example.org/{n}.jpg")))
        if fmt == "ninjs"
        else None,
    )
    return written, _expected(written, fmt, dateline)


def _expected(a: Article, fmt: str, dateline: Dateline | None) -> Article:
    """What a reader of ``fmt`` gives back from ``a`` written in ``fmt``."""
    if dateline is None and a.located is not None:
        dateline = Dateline(place=a.located)
    changes: dict[str, object] = {"dateline": dateline, "format": fmt}
    if fmt == "ninjs":  # keywords travel as name-only subjects; schemes do not travel
        changes["subjects"] = tuple(Subject(s.code, s.name, None) for s in a.subjects) + tuple(
            Subject(None, k, None) for k in a.keywords
        )
        changes["keywords"] = tuple(s.name or "" for s in a.subjects) + a.keywords
    elif fmt in ("nitf", "newsml-g2"):  # keywords are the subjects' names
        changes["keywords"] = tuple(s.name or "" for s in a.subjects)
    elif fmt == "iptc7901":  # the keyword line is the slug; no subheads in 7901 text
        changes["slug"] = "/".join(a.keywords)
        changes["body"] = tuple(Paragraph(b.text) for b in a.body)
    elif fmt == "anpa1312" and a.ednote is not None:
        changes["ednote"] = f"Eds: {a.ednote}"
    return attrs.evolve(a, **changes)  # type: ignore[arg-type]


def _write(fmt: str, written: Sequence[Article], latin1: bool, skipped: Sequence[int]) -> bytes:
    if fmt == "ninjs":
        return json.dumps(to_ninjs(written[0]), ensure_ascii=False).encode("utf-8")
    if fmt == "nitf":
        return write_nitf(written[0])
    if fmt == "newsml-g2":
        return write_newsml_g2(written, skipped=skipped)
    if fmt == "iptc7901":
        return write_iptc7901(written, encoding="latin-1" if latin1 else "utf-8")
    return write_anpa1312(written)


def _check(fmt: str) -> str:
    if fmt not in CARRIED:
        raise ValueError(f"unknown feed format {fmt!r}; known: {', '.join(CARRIED)}")
    return fmt


def _scripts(scripts: Sequence[str] | None) -> tuple[str, ...]:
    names = tuple(SCRIPTS) if scripts is None else tuple(scripts)
    if not names or any(s not in SCRIPTS for s in names):
        raise ValueError(f"unknown scripts {names!r}; known: {', '.join(SCRIPTS)}")
    return names


@st.composite
def _documents(
    draw: st.DrawFn, fmt: str, scripts: Sequence[str], min_size: int, max_size: int
) -> FeedDocument:
    pairs = draw(st.lists(_feed_article(fmt, scripts), min_size=min_size, max_size=max_size))
    written = [w for w, _ in pairs]
    latin1 = all(_latin1(w) for w in written) and draw(st.booleans())
    skipped = draw(st.lists(st.integers(0, len(written) - 1), max_size=1)) if min_size > 1 else []
    return FeedDocument(fmt, _write(fmt, written, latin1, skipped), tuple(e for _, e in pairs))


def _latin1(a: Article) -> bool:
    try:
        "".join(
            [a.title or "", a.byline or "", a.version or "", *a.keywords, *(b.text for b in a.body)]
        ).encode("latin-1")
    except UnicodeEncodeError:
        return False
    return True


def feed_documents(
    formats: Sequence[str] | str | None = None, *, scripts: Sequence[str] | None = None
) -> st.SearchStrategy[FeedDocument]:
    """One-item documents of the named formats (all of :data:`FEED_FORMATS` by default).

    IPTC 7901 copy whose text Latin-1 can hold is written in Latin-1 or UTF-8, the rest of
    the wire and XML copy in UTF-8.

    .. versionadded:: 0.3
    """
    names = FEED_FORMATS if formats is None else (formats,) if isinstance(formats, str) else formats
    return st.one_of(*(_documents(_check(f), _scripts(scripts), 1, 1) for f in names))


def feed_streams(
    format: str, *, scripts: Sequence[str] | None = None, min_size: int = 2, max_size: int = 4
) -> st.SearchStrategy[FeedDocument]:
    """Documents holding several items: a NewsML-G2 ``newsMessage`` (maybe with a picture
    item and a package to skip) or a wire stream of framed messages.

    .. versionadded:: 0.3
    """
    if format not in _STREAMS:
        raise ValueError(f"{format!r} holds one item; streams: {', '.join(_STREAMS)}")
    return _documents(format, _scripts(scripts), max(min_size, 2), max_size)


#: Characters a mutation inserts: C0 controls (the wire framing among them) and DEL.
_CONTROLS: Final = bytes([*range(0x20), 0x7F])


@st.composite
def mutated_documents(draw: st.DrawFn, documents: st.SearchStrategy[FeedDocument]) -> bytes:
    """A drawn document's bytes, damaged: cut short, bytes flipped, or controls inserted.

    .. versionadded:: 0.3
    """
    data = bytearray(draw(documents).data)
    for _ in range(draw(st.integers(1, 3))):
        kind = draw(st.sampled_from(["cut", "flip", "insert"]))
        at = draw(st.integers(0, len(data)))
        if kind == "cut":
            del data[at:]
        elif kind == "flip" and at < len(data):
            data[at] ^= draw(st.integers(1, 255))
        else:
            data[at:at] = bytes([draw(st.sampled_from(_CONTROLS))])
    return bytes(data)
