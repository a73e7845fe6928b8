"""wirefmt.dumps and wirefmt.strategies: the writer, the round trip, the strategies' contracts."""

from __future__ import annotations

import datetime as dt
import itertools
import subprocess
import sys
from pathlib import Path

import attrs
import pytest
import regex
from hypothesis import Phase, given, settings
from hypothesis import strategies as st

import wirefmt
from wirefmt import Article, Dateline, Paragraph, Subhead, dumps, parse
from wirefmt.fields._body_grammar import ABBREVIATIONS, CAMEL_NAMES, FILE_EXTENSIONS
from wirefmt.fields.taglists import is_keyword
from wirefmt.strategies import (
    SCRIPTS,
    articles,
    body_blocks,
    datelines,
    keyword_lists,
    page_dumps,
    strip_positions,
    timestamps,
)

EXAMPLE = Path(wirefmt.__file__).parent / "data" / "example.txt"
UTC = dt.UTC


def stamps(article: Article) -> tuple[str | None, str | None]:
    """The timestamps as ISO strings: ``==`` on aware datetimes ignores the offset."""
    return tuple(  # type: ignore[return-value]
        None if d is None else d.isoformat() for d in (article.published, article.modified)
    )


def assert_round_trip(article: Article) -> None:
    text = dumps(article)
    back = parse(text, strict=True)
    assert strip_positions(back) == article, text
    assert stamps(back) == stamps(article)
    assert back.diagnostics == ()


# --- the round trip --------------------------------------------------------------------------


@given(
    articles(body=st.sampled_from(tuple(SCRIPTS)).flatmap(lambda s: body_blocks([s], quotes=False)))
)
def test_round_trip(article: Article) -> None:
    """parse(dumps(a)) has a's content, for Articles whose paragraphs end in . ! or ?."""
    assert strip_positions(article) == article  # the strategy draws the normal form
    assert_round_trip(article)


@settings(max_examples=60, phases=[Phase.explicit, Phase.reuse, Phase.generate])
@given(articles())
def test_round_trip_closing_quotes(article: Article) -> None:
    """The same with paragraphs that may end in a closing » or ” after the stop."""
    assert_round_trip(article)


@given(page_dumps())
def test_page_dumps_layout(text: str) -> None:
    """One blank line between blocks, one at the end, no stray spaces; parses cleanly."""
    assert text.endswith("\n\n")
    assert "\n\n\n" not in text
    assert all(line.strip() == line for line in text.split("\n"))
    article = parse(text, strict=True)
    assert article.title is not None and article.body


@pytest.mark.parametrize("path", [EXAMPLE, "shared"])
def test_redump_is_a_fixed_point(path: Path | str, request: pytest.FixtureRequest) -> None:
    """Parsing a real dump, writing it and parsing that again gives the same content."""
    if path == "shared":
        path = request.getfixturevalue("shared") / "000_57928c4dae0632d5.txt"
    assert isinstance(path, Path)
    first = parse(path.read_bytes())
    second = parse(dumps(first))
    assert strip_positions(second) == strip_positions(first)
    assert stamps(second) == stamps(first)


def test_dumps_keeps_the_content_of_real_dumps(shared: Path) -> None:
    """Every document of the development set: parse, write, parse gives the same content."""
    paths = sorted((shared / "devset").glob("*/*.txt"))
    assert paths
    for path in paths:
        first = strip_positions(parse(path.read_bytes()))
        assert strip_positions(parse(dumps(first))) == first, path.name


def test_dumps_example_exactly() -> None:
    """The bundled example is written back as it was, plus the final blank line it lacks."""
    text = EXAMPLE.read_text(encoding="utf-8")
    assert dumps(parse(text)) == text + "\n"


# --- what dumps writes ------------------------------------------------------------------------


def test_dumps_fuller_variant() -> None:
    article = Article(
        title="Un titre",
        lede="Il a parlé.",
        dateline=Dateline(
            agency="Sputnik France", date=dt.date(2023, 3, 21), day=21, month=3, year=2023
        ),
        keywords=("russie", "kremlin"),
        tags=("russie",),
        body=(Paragraph("Le texte."),),
        image="https://cdn.example.org/img/1.jpg",
        locale="fr_FR",
        language="fr",
        section="Actus",
        edition="Sputnik Afrique",
        publisher="MIA „Rossiya Segodnya“",
    )
    assert dumps(article).split("\n\n") == [
        "Un titre",
        "Un titre",
        "Sputnik Afrique",
        "Il a parlé. 21.03.2023, Sputnik France",
        "russie",
        "kremlin",
        "https://cdn.example.org/img/1.jpg",
        "Le texte.",
        "russie",
        "Sputnik Afrique feedback@example.invalid +0000 MIA „Rossiya Segodnya“",
        "Actus",
        "fr_FR",
        "Sputnik Afrique",
        "russie, kremlin",
        "",
    ]
    assert_round_trip(article)


@pytest.mark.parametrize(
    ("value", "printed"),
    [
        (
            dt.datetime(2022, 2, 14, 14, 18, tzinfo=dt.timezone(dt.timedelta(hours=1))),
            "2022-02-14T14:18+0100",
        ),
        (
            dt.datetime(
                2022, 2, 14, 14, 18, tzinfo=dt.timezone(-dt.timedelta(hours=9, minutes=30))
            ),
            "2022-02-14T14:18-0930",
        ),
        (dt.datetime(999, 1, 2, 3, 4, tzinfo=UTC), "0999-01-02T03:04+0000"),
        (dt.datetime(2022, 2, 14, 14, 18, 5), "2022-02-14T14:18:05"),
    ],
)
def test_dumps_timestamps(value: dt.datetime, printed: str) -> None:
    assert dumps(Article(published=value)) == f"{printed}\n\n" * 3


def test_dumps_published_then_modified() -> None:
    a = Article(
        published=dt.datetime(2022, 2, 14, 14, 18, tzinfo=UTC),
        modified=dt.datetime(2022, 2, 15, 9, 0, tzinfo=UTC),
    )
    assert dumps(a).split() == [
        "2022-02-14T14:18+0000",
        "2022-02-14T14:18+0000",
        "2022-02-15T09:00+0000",
    ]


def test_dumps_suffix_forms() -> None:
    d = dt.date(2021, 12, 30)
    assert dumps(Article(lede="Fin.", dateline=Dateline(date=d))) == "Fin. 30.12.2021\n\n"
    assert dumps(Article(dateline=Dateline(date=d))) == "30.12.2021\n\n"
    assert dumps(Article(lede="Fin.", dateline=Dateline(place="Paris"))) == "Fin.\n\n"


def test_dumps_empty_article() -> None:
    assert dumps(Article()) == ""


def test_dumps_refuses_non_articles() -> None:
    with pytest.raises(TypeError, match="Article"):
        dumps({"title": "x"})  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "article",
    [
        Article(title="two\nlines"),
        Article(lede="a\rb"),
        Article(keywords=("a\u2028b",)),
        Article(body=(Paragraph("One.\nTwo."),)),
    ],
)
def test_dumps_refuses_line_ends_in_one_line_fields(article: Article) -> None:
    with pytest.raises(ValueError, match="line end"):
        dumps(article)


def test_dumps_refuses_second_offsets() -> None:
    tz = dt.timezone(dt.timedelta(seconds=30))
    with pytest.raises(ValueError, match="whole minutes"):
        dumps(Article(published=dt.datetime(2022, 1, 1, tzinfo=tz)))


# --- the strategies keep their contracts -----------------------------------------------------

_PARAGRAPH_END = regex.compile(r"[.!?][»”]?$")
_SUBHEAD_END = regex.compile(r"\p{Ll}$")


@given(timestamps())
def test_timestamps_strategy(value: dt.datetime) -> None:
    offset = value.utcoffset()
    assert offset is not None and offset % dt.timedelta(minutes=1) == dt.timedelta(0)
    assert value.second == value.microsecond == 0


@given(datelines())
def test_datelines_strategy(value: Dateline) -> None:
    assert value.date is not None and value.place is None
    assert (value.day, value.month, value.year) == (
        value.date.day,
        value.date.month,
        value.date.year,
    )


@given(keyword_lists())
def test_keyword_lists_strategy(value: tuple[str, ...]) -> None:
    assert all(is_keyword(k) and k == k.lower() and "," not in k for k in value)


_LETTER_RUN = regex.compile(r"\p{L}+")


def join_words(blocks: tuple[Paragraph | Subhead, ...]) -> list[str]:
    """Each subhead's last word glued to the next block's first word: ``aaa`` + ``Bbb``."""
    return [
        _LETTER_RUN.findall(block.text)[-1] + _LETTER_RUN.findall(after.text)[0]
        for block, after in itertools.pairwise(blocks)
        if isinstance(block, Subhead)
    ]


@given(body_blocks())
def test_body_blocks_strategy(blocks: tuple[Paragraph | Subhead, ...]) -> None:
    assert blocks and isinstance(blocks[-1], Paragraph)
    for block, after in itertools.pairwise(blocks):
        assert after.text[0].isupper() and after.text[1].islower()
        if isinstance(block, Subhead):
            assert isinstance(after, Paragraph)
    glued = "".join(b.text for b in blocks)
    for word in join_words(blocks):
        # Seen twice, or a listed name, the join word would read as a camel-case name.
        assert glued.count(word) == 1 and word.lower() not in CAMEL_NAMES, word
    for block, after in itertools.pairwise(blocks):
        if isinstance(block, Paragraph):
            # A listed abbreviation before the stop, or a listed domain after it, hides it.
            assert _LETTER_RUN.findall(block.text)[-1][-8:].lower() not in ABBREVIATIONS
            assert _LETTER_RUN.findall(after.text)[0].lower() not in FILE_EXTENSIONS
    for block in blocks:
        end = _PARAGRAPH_END if isinstance(block, Paragraph) else _SUBHEAD_END
        assert end.search(block.text), block


@pytest.mark.parametrize(
    "body",
    [
        # The join word "aaaAa" recurs: the splitter reads a recurring camel word as a name.
        (Subhead("Aa aaa"), Paragraph("Aa aaa."), Subhead("Aa aaa"), Paragraph("Aa aaa.")),
        # A listed camel-case name made by the join: "youTube".
        (Subhead("Bb you"), Paragraph("Tube bb.")),
    ],
)
def test_name_like_join_words_are_outside_the_representable_set(
    body: tuple[Paragraph | Subhead, ...],
) -> None:
    """Such bodies do not survive the round trip, and body_blocks() never draws them."""
    article = Article(title="Aa aaa", lede="Aa aaa.", body=body)
    assert strip_positions(parse(dumps(article))).body != body
    glued = "".join(b.text for b in body)
    assert any(glued.count(w) > 1 or w.lower() in CAMEL_NAMES for w in join_words(body))


@pytest.mark.parametrize(
    "body",
    [
        # "aaa.Kz" reads as a domain (Gazeta.Ru), not as a sentence end.
        (Paragraph("Aa aaa."), Paragraph("Kz aaa.")),
        # "etc." reads as an abbreviation, not as a sentence end.
        (Paragraph("Aa bb etc."), Paragraph("Cc dd.")),
    ],
)
def test_hidden_paragraph_stops_are_outside_the_representable_set(
    body: tuple[Paragraph | Subhead, ...],
) -> None:
    """Such bodies come back as one paragraph, and body_blocks() never draws them."""
    article = Article(title="Aa aaa", lede="Aa aaa.", body=body)
    assert len(parse(dumps(article)).body) == 1


def test_strategies_not_imported_by_the_package() -> None:
    code = (
        "import sys, wirefmt\n"
        "print('hypothesis' in sys.modules, 'wirefmt.strategies' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]


def test_strategies_without_hypothesis() -> None:
    code = (
        "import sys; sys.modules['hypothesis'] = None\n"
        "try:\n    import wirefmt.strategies\nexcept ImportError as e:\n    print(e)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "pip install wirefmt[strategies]" in out.stdout


def test_strip_positions_keeps_content() -> None:
    a = parse(EXAMPLE.read_text(encoding="utf-8"))
    b = strip_positions(a)
    assert b.segments == () and b.diagnostics == ()
    assert [x.text for x in b.body] == [x.text for x in a.body]
    assert attrs.evolve(a, segments=(), diagnostics=(), body=b.body, dateline=b.dateline) == b


@pytest.mark.parametrize(
    ("published", "year_line"),
    [(dt.datetime(2023, 5, 2, 8, 0, tzinfo=dt.UTC), "2023"), (None, "1970")],
)
def test_a_section_without_publisher_is_written_after_a_year_line(
    published: dt.datetime | None, year_line: str
) -> None:
    """A section with no publisher line reads back as the section, not as a tag: the writer
    opens the trailer with a copyright year line, the article's own year or the stand-in."""
    article = Article(
        title="Port reopens after the storm",
        lede="Ships moved again on Monday.",
        published=published,
        modified=published,
        keywords=("ports",),
        body=(Paragraph("The harbour master said the channel was clear."),),
        tags=("ports",),
        section="Economy",
    )
    text = dumps(article)
    assert f"\n\n{year_line}\n\nEconomy\n\n" in text
    again = parse(text)
    assert again.section == "Economy"
    assert again.tags == ("ports",)
