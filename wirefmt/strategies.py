"""Hypothesis strategies for wirefmt's values, for this project's tests and for yours.

Install the extra to use them: ``pip install wirefmt[strategies]``. The package itself never
imports this module, so wirefmt does not depend on hypothesis at run time.

Every strategy here draws values that the page-dump layout can carry, so that
``strip_positions(wirefmt.parse(wirefmt.dumps(a))) == a`` holds for each Article ``a`` drawn
from :func:`articles` (the set is defined in ``docs/writer.md``). The small strategies
(:func:`words`, :func:`timestamps`, :func:`keyword_lists` …) compose into the large ones and
can be used alone.

.. versionadded:: 0.1
"""

from __future__ import annotations

import datetime as _dt
import re as _re
from collections.abc import Sequence
from typing import Final

try:
    from hypothesis import strategies as st
except ImportError as exc:  # pragma: no cover - exercised only without hypothesis
    raise ImportError(
        "wirefmt.strategies needs hypothesis, which is not installed: "
        "pip install wirefmt[strategies]"
    ) from exc

import attrs

from ._model import STATUSES, Article, Block, Dateline, Paragraph, Subhead, Subject
from ._write import dumps
from .fields._body_grammar import ABBREVIATIONS, CAMEL_NAMES, FILE_EXTENSIONS
from .fields.taglists import is_keyword
from .formats._editions import EDITION_LANGUAGES, edition_language, looks_like_edition

__all__ = [
    "SCRIPTS",
    "articles",
    "body_blocks",
    "datelines",
    "editions",
    "feed_articles",
    "keyword_lists",
    "keywords",
    "ledes",
    "page_dumps",
    "paragraphs",
    "strip_positions",
    "subheads",
    "subjects",
    "timestamps",
    "titles",
    "words",
]


def _letters(first: int, last: int, *extra: str) -> str:
    """The lower-case letters from ``first`` to ``last`` whose capital is one letter."""
    out = [chr(c) for c in range(first, last + 1)] + list(extra)
    return "".join(c for c in out if c.islower() and len(c.upper()) == 1 and c.upper() != c)


#: Script name -> lower-case letters of that script with a one-letter capital. Only scripts
#: with letter case: the body splitter finds subheads by a lower-to-upper case join.
SCRIPTS: Final[dict[str, str]] = {
    "latin": _letters(0x61, 0x7A, "é", "è", "à", "ç", "ü", "ö", "ñ", "ł", "ş", "ğ"),
    "cyrillic": _letters(0x430, 0x44F, "ё", "і", "ў", "ә"),
    "greek": _letters(0x3B1, 0x3C9),
    "armenian": _letters(0x561, 0x586),
}

#: Editions whose name can stand on a line of its own: a cased name that is not keyword-shaped.
_EDITIONS: Final[tuple[str, ...]] = tuple(
    name for name in EDITION_LANGUAGES if looks_like_edition(name) and not is_keyword(name)
)

#: A run of letters: the words either side of a subhead's case join.
_LETTERS: Final = _re.compile(r"[^\W\d_]+")

#: The sentence ends a paragraph may close with.
_SENTENCE_STOPS: Final = ".!?"


def _script_names(scripts: Sequence[str] | None) -> tuple[str, ...]:
    names = tuple(SCRIPTS) if scripts is None else tuple(scripts)
    unknown = [s for s in names if s not in SCRIPTS]
    if unknown or not names:
        raise ValueError(f"unknown scripts {unknown!r}; known: {', '.join(SCRIPTS)}")
    return names


def words(
    script: str = "latin", *, min_size: int = 2, max_size: int = 10
) -> st.SearchStrategy[str]:
    """Lower-case words of one script's letters, ``min_size`` to ``max_size`` letters long."""
    return st.text(alphabet=SCRIPTS[script], min_size=min_size, max_size=max_size)


def _capitalised(word: str) -> str:
    return word[0].upper() + word[1:]


def _opens_a_block(word: str) -> bool:
    """Whether ``word`` may open a block glued to a paragraph's stop (``aaa.Com`` may not)."""
    return word not in FILE_EXTENSIONS


def _ends_a_paragraph(word: str) -> bool:
    """Whether ``word`` may stand before a paragraph's final stop (``etc.`` may not).

    The splitter compares the whole word before a full stop with its list.
    """
    return word.lower() not in ABBREVIATIONS


@st.composite
def _phrase(
    draw: st.DrawFn,
    script: str,
    min_words: int,
    max_words: int,
    *,
    capital: bool,
    body: bool = False,
) -> str:
    """Words joined by single spaces; the first capitalised when ``capital``.

    The first word has two letters at least (a capital then a lower-case letter), and so has
    the last one three: a block never starts or ends with a one-letter word that a splitter
    could read as an initial. With ``body``, the first word is no listed file extension or
    domain (``Com``) and the last no listed abbreviation (``etc``), which would hide a
    paragraph's glued stop from the splitter (``docs/writer.md``, rule 7).
    """
    count = draw(st.integers(min_words, max_words))
    first = words(script, min_size=2)
    last = words(script, min_size=3)
    if body:
        first, last = first.filter(_opens_a_block), last.filter(_ends_a_paragraph)
    items = [draw(first)]
    items += [draw(words(script, min_size=1)) for _ in range(count - 2)]
    if count > 1:
        items.append(draw(last))
    if capital:
        items[0] = _capitalised(items[0])
    return " ".join(items)


@st.composite
def _sentence(draw: st.DrawFn, script: str, *, quoted: bool = False, body: bool = False) -> str:
    """One sentence: a capital, lower-case words, a final ``.``, ``!`` or ``?``.

    With ``quoted``, the sentence is a quotation in guillemets or curly quotes whose closing
    mark follows the final stop (``«Abc def.»``), the other paragraph end the splitter knows.
    """
    text = draw(_phrase(script, 2, 12, capital=True, body=body))
    text += draw(st.sampled_from(_SENTENCE_STOPS))
    if quoted:
        opening, closing = draw(st.sampled_from([("«", "»"), ("“", "”")]))
        text = f"{opening}{text}{closing}"
    return text


@st.composite
def paragraphs(draw: st.DrawFn, script: str = "latin", *, quotes: bool = True) -> Paragraph:
    """A paragraph: one to four sentences separated by one space.

    Its last character is sentence punctuation, or (when ``quotes``) a closing ``»``/``”``
    right after one. Offsets are zero and the evidence is ``START``: positions are given by
    :func:`wirefmt.parse`, not by the strategy (see :func:`strip_positions`).
    """
    sentences = draw(st.lists(_sentence(script, body=True), min_size=1, max_size=4))
    if quotes and draw(st.booleans()):
        sentences.append(draw(_sentence(script, quoted=True, body=True)))
    return Paragraph(" ".join(sentences))


@st.composite
def subheads(draw: st.DrawFn, script: str = "latin") -> Subhead:
    """A subhead: two to eight words, a capital first, no final punctuation.

    It ends in a lower-case letter, so that its last word glued to the next block's capital
    (``…le dialoguePlusieurs…``) is the case join that marks its end.
    """
    return Subhead(draw(_phrase(script, 2, 8, capital=True, body=True)))


@st.composite
def body_blocks(
    draw: st.DrawFn,
    scripts: Sequence[str] | None = None,
    *,
    min_size: int = 1,
    max_size: int = 8,
    quotes: bool = True,
) -> tuple[Block, ...]:
    """A body: paragraphs and subheads in one script, as a glued dump body can carry them.

    Args:
        scripts: the scripts to choose from (keys of :data:`SCRIPTS`); all by default. One
            script is drawn for the whole body.
        min_size, max_size: how many blocks.
        quotes: let paragraphs end in a closing quotation mark after the final stop.

    The blocks are exactly what a splitter can recover from the glued text: every block
    starts with a capital; a paragraph ends in sentence punctuation (maybe then a closing
    quote); a subhead ends in a lower-case letter, is never last and never follows another
    subhead; the body ends with a paragraph. A subhead's join word (its last word glued to
    the next block's first word, ``aaaBbb``) occurs once in the glued body and is not a
    listed camel-case name, or the splitter would read it as a name (such a subhead is
    drawn again as a paragraph). No block opens with a listed file extension or domain
    (``Com``) and no paragraph ends in a listed abbreviation (``etc.``): either would hide
    a paragraph's glued stop.
    """
    script = draw(st.sampled_from(_script_names(scripts)))
    count = draw(st.integers(min_size, max_size))
    blocks: list[Block] = []
    for i in range(count):
        can_subhead = i < count - 1 and not (blocks and isinstance(blocks[-1], Subhead))
        if can_subhead and draw(st.integers(0, 3)) == 0:
            blocks.append(draw(subheads(script)))
        else:
            blocks.append(draw(paragraphs(script, quotes=quotes)))
    # A subhead whose join word would read as a name cannot be recovered: make it a
    # paragraph. Dropping a join only lowers the other joins' counts, so one pass settles it.
    for i in _name_like_joins(blocks):
        blocks[i] = draw(paragraphs(script, quotes=quotes))
    return tuple(blocks)


def _join_word(subhead: Block, after: Block) -> str:
    """The camel-case word that gluing ``subhead`` to ``after`` makes: ``aaa`` + ``Bbb``."""
    left: str = _LETTERS.findall(subhead.text)[-1]
    right_m = _LETTERS.match(after.text)
    return left + (right_m.group() if right_m else "")


def _name_like_joins(blocks: Sequence[Block]) -> list[int]:
    """The indices of subheads whose join the body splitter would read as a camel-case name.

    The splitter takes a case join ``aaaBbb`` as a name, not a subhead's end, when the joined
    word occurs more than once in the glued body (``YouTube … YouTube``) or is a listed name
    (``WhatsApp``). So a representable body has every join word once in its glued text, and
    none of them in the list (``docs/writer.md``, rule 7).
    """
    glued = "".join(b.text for b in blocks)
    return [
        i
        for i, block in enumerate(blocks[:-1])
        if isinstance(block, Subhead)
        and (
            glued.count(word := _join_word(block, blocks[i + 1])) != 1
            or word.lower() in CAMEL_NAMES
        )
    ]


def timestamps(
    *,
    min_value: _dt.datetime = _dt.datetime(1990, 1, 1),
    max_value: _dt.datetime = _dt.datetime(2099, 12, 31),
) -> st.SearchStrategy[_dt.datetime]:
    """Aware datetimes as the dump prints them: whole minutes, whole-minute UTC offsets.

    ``2022-02-14T14:18+0100`` is ``datetime(2022, 2, 14, 14, 18, tzinfo=+01:00)``. Offsets lie
    between -12:00 and +14:00, as real zones do.
    """
    zones = st.integers(-12 * 60, 14 * 60).map(
        lambda minutes: _dt.timezone(_dt.timedelta(minutes=minutes))
    )
    naive = st.datetimes(min_value=min_value, max_value=max_value).map(
        lambda d: d.replace(second=0, microsecond=0)
    )
    return st.builds(lambda d, tz: d.replace(tzinfo=tz), naive, zones)


def editions() -> st.SearchStrategy[str]:
    """Edition names that the page dump prints on a line of their own (``Sputnik France``)."""
    return st.sampled_from(_EDITIONS)


def datelines(
    edition: st.SearchStrategy[str | None] | None = None,
) -> st.SearchStrategy[Dateline]:
    """Datelines as the description's suffix carries them: a date and maybe an edition.

    ``… 03.06.2025, Sputnik Afrique`` is ``Dateline(agency="Sputnik Afrique", date=…, day=3,
    month=6, year=2025)``; ``… 03.06.2025`` alone has no agency. No place, no offsets.
    """
    agencies = st.one_of(st.none(), editions()) if edition is None else edition
    return st.builds(
        lambda d, agency: Dateline(agency=agency, date=d, day=d.day, month=d.month, year=d.year),
        st.dates(min_value=_dt.date(1990, 1, 1), max_value=_dt.date(2099, 12, 31)),
        agencies,
    )


@st.composite
def keywords(draw: st.DrawFn, scripts: Sequence[str] | None = None) -> str:
    """One keyword as the dump prints it: one to three lower-case words, maybe hyphenated."""
    script = draw(st.sampled_from(_script_names(scripts)))
    parts = draw(st.lists(words(script, min_size=2, max_size=9), min_size=1, max_size=3))
    text = parts[0]
    for part in parts[1:]:
        text += draw(st.sampled_from([" ", "-"])) + part
    return text


def keyword_lists(
    scripts: Sequence[str] | None = None, *, min_size: int = 0, max_size: int = 8
) -> st.SearchStrategy[tuple[str, ...]]:
    """Keyword (or tag) lists: tuples of :func:`keywords`, in order, repeats allowed."""
    return st.lists(keywords(scripts), min_size=min_size, max_size=max_size).map(tuple)


def titles(scripts: Sequence[str] | None = None) -> st.SearchStrategy[str]:
    """Headlines: one line of two to twelve words, a capital first, no final punctuation."""
    return (
        st.sampled_from(_script_names(scripts))
        .flatmap(lambda script: _phrase(script, 2, 12, capital=True))
        .filter(lambda t: not looks_like_edition(t))
    )


@st.composite
def ledes(draw: st.DrawFn, scripts: Sequence[str] | None = None) -> str:
    """Descriptions without their suffix: one or two sentences, maybe cut with ``...``."""
    script = draw(st.sampled_from(_script_names(scripts)))
    sentences = draw(st.lists(_sentence(script), min_size=1, max_size=2))
    text = " ".join(sentences)
    if draw(st.booleans()):
        text += (
            " " + draw(_phrase(script, 1, 6, capital=True)) + draw(st.sampled_from(["...", "…"]))
        )
    return text


def _sections() -> st.SearchStrategy[str]:
    """A site section's name: one or two capitalised words (``Actus``, ``Мир``)."""
    return (
        st.sampled_from(tuple(SCRIPTS))
        .flatmap(lambda script: _phrase(script, 1, 2, capital=True))
        .filter(lambda s: not looks_like_edition(s))
    )


def _locales() -> st.SearchStrategy[str]:
    return st.sampled_from(["fr_FR", "en_US", "ru_RU", "es_ES", "pt_BR", "de_DE", "hy_AM"])


def _images() -> st.SearchStrategy[str]:
    return st.integers(1, 10**9).map(lambda n: f"https://cdn.example.org/img/{n}_0:0:1920:1080.jpg")


def _publishers() -> st.SearchStrategy[str]:
    return st.sampled_from(["MIA „Rossiya Segodnya“", "Rossiya Segodnya", "FSUE RIA Novosti"])


@st.composite
def articles(
    draw: st.DrawFn,
    scripts: Sequence[str] | None = None,
    *,
    body: st.SearchStrategy[tuple[Block, ...]] | None = None,
    fuller: bool | None = None,
) -> Article:
    """Whole Articles that the page-dump layout can represent (``docs/writer.md``).

    Args:
        scripts: the scripts of the title, lede, keywords and body (all by default).
        body: the body strategy; :func:`body_blocks` over ``scripts`` by default.
        fuller: True for the fuller variant's fields (image, locale, section, publisher),
            False for none of them, None (the default) for either.

    The Article is in the normal form of :func:`strip_positions`: no segments, no
    diagnostics, zero block offsets; ``language`` and ``lede_truncated`` are what parse
    derives from the other fields.
    """
    with_fuller = draw(st.booleans()) if fuller is None else fuller
    edition = draw(st.one_of(st.none(), editions()))
    dateline = draw(st.one_of(st.none(), datelines(st.sampled_from([None, edition]))))
    published = modified = None
    if draw(st.booleans()):
        published = draw(timestamps())
        later = draw(st.sampled_from([0, 0, 1, 5, 60 * 24]))
        modified = published + _dt.timedelta(minutes=draw(st.integers(0, 10_000)) * later)
    image = locale = section = publisher = None
    if with_fuller:
        image = draw(st.one_of(st.none(), _images()))
        locale = draw(st.one_of(st.none(), _locales()))
        if edition is not None:
            publisher = draw(st.one_of(st.none(), _publishers()))
        if publisher is not None:
            section = draw(st.one_of(st.none(), _sections()))
    language = locale.split("_")[0] if locale is not None else edition_language(edition)
    lede = draw(ledes(scripts))
    return Article(
        title=draw(titles(scripts)),
        lede=lede,
        lede_truncated=lede.endswith(("...", "…")),
        dateline=dateline,
        published=published,
        modified=modified,
        keywords=draw(keyword_lists(scripts)),
        tags=draw(keyword_lists(scripts)),
        body=draw(body_blocks(scripts) if body is None else body),
        image=image,
        locale=locale,
        language=language,
        section=section,
        edition=edition,
        publisher=publisher,
    )


_SHORT_TEXT: Final = st.text(st.characters(codec="utf-8"), min_size=1, max_size=30)


@st.composite
def subjects(draw: st.DrawFn) -> Subject:
    """A :class:`Subject`: a code, a name or both, maybe in a scheme.

    .. versionadded:: 0.3
    """
    code = draw(st.one_of(st.none(), st.from_regex(r"[a-z]{0,8}:?[0-9]{1,8}", fullmatch=True)))
    name = draw(_SHORT_TEXT) if code is None else draw(st.one_of(st.none(), _SHORT_TEXT))
    return Subject(code=code, name=name, scheme=draw(st.one_of(st.none(), _SHORT_TEXT)))


@st.composite
def feed_articles(draw: st.DrawFn, scripts: Sequence[str] | None = None) -> Article:
    """Articles with the fields news feeds carry as well (byline, id, urgency, subjects …).

    Unlike :func:`articles`, not every value drawn can be written as a page dump: use these
    for round trips through forms that carry every field (``to_dict``, Arrow).

    .. versionadded:: 0.3
    """
    article = draw(articles(scripts))
    maybe_text = st.one_of(st.none(), _SHORT_TEXT)
    return attrs.evolve(
        article,
        byline=draw(maybe_text),
        id=draw(maybe_text),
        version=draw(st.one_of(st.none(), st.integers(1, 99).map(str))),
        urgency=draw(st.one_of(st.none(), st.integers(1, 9))),
        slug=draw(maybe_text),
        subjects=draw(st.lists(subjects(), max_size=3)),
        located=draw(maybe_text),
        embargo=draw(st.one_of(st.none(), timestamps())),
        status=draw(st.one_of(st.none(), st.sampled_from(STATUSES))),
        ednote=draw(maybe_text),
        format=draw(st.sampled_from(["pagedump", "ninjs", "nitf", "newsml-g2"])),
    )


def page_dumps(scripts: Sequence[str] | None = None) -> st.SearchStrategy[str]:
    """Page-dump documents: :func:`articles` written by :func:`wirefmt.dumps`."""
    return articles(scripts).map(dumps)


def strip_positions(article: Article) -> Article:
    """Return ``article`` without what :func:`wirefmt.parse` recomputes from the input.

    Segments and diagnostics are dropped, block offsets become 0 and their evidence
    ``START``, the dateline's offsets None. Two Articles read from differently laid-out
    documents with the same content are equal after this.

    >>> import wirefmt
    >>> a = wirefmt.parse("Title\\n\\nWhat happened.\\n\\nThe body.\\n")
    >>> strip_positions(a).body[0].start, strip_positions(a).segments
    (0, ())
    """
    dateline = article.dateline
    if dateline is not None:
        dateline = attrs.evolve(dateline, start=None, end=None)
    return attrs.evolve(
        article,
        dateline=dateline,
        body=tuple(type(b)(b.text) for b in article.body),
        segments=(),
        diagnostics=(),
    )


# Feed documents (issue 12): strategies in wirefmt/_strategies/feeds.py, re-exported here.
from ._strategies.feeds import (  # noqa: E402
    CARRIED,
    FEED_FORMATS,
    FeedDocument,
    carried,
    feed_documents,
    feed_streams,
    mutated_documents,
)

__all__ += [
    "CARRIED",
    "FEED_FORMATS",
    "FeedDocument",
    "carried",
    "feed_documents",
    "feed_streams",
    "mutated_documents",
]
