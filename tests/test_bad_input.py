"""Bad input: every way a real page dump arrives damaged, and every misuse of parse().

Each case states what parse() must do: which fields it still reads, which diagnostic codes
it records in lenient mode, what it raises in strict mode.
"""

from __future__ import annotations

import contextlib
import random
from pathlib import Path

import pytest

import wirefmt
from wirefmt import Article, InputError, ParseError, parse

EXAMPLE_TEXT = (Path(wirefmt.__file__).parent / "data" / "example.txt").read_text("utf-8")
BLOCKS = EXAMPLE_TEXT.rstrip("\n").split("\n\n")
TITLE = "Harbour city opens its first floating solar farm"
KEYWORDS = ("energy", "solar power", "valmare", "climate")
TAGS = ("energy", "valmare")
STAMPS = ("2025-06-03T09:30+0200", "2025-06-03T09:30+0200", "2025-06-03T11:05+0200")


def dump(*blocks: str, sep: str = "\n\n") -> str:
    return sep.join(blocks) + sep


#: Where each block of the example stands in BLOCKS.
PLACES = {
    "timestamps": range(2, 5),
    "keywords": range(5, 9),
    "body": range(9, 10),
    "tags": range(10, 12),
}


def without(*kinds: str) -> str:
    """The example with some of its blocks left out."""
    gone = {i for kind in kinds for i in PLACES[kind]}
    return dump(*(b for i, b in enumerate(BLOCKS) if i not in gone))


def codes(article: Article) -> list[str]:
    return [d.code for d in article.diagnostics]


def assert_example_fields(article: Article) -> None:
    """The fields of the bundled example, read whatever the damage around them."""
    assert article.title == TITLE
    assert article.lede is not None and article.lede.startswith("The port authority")
    assert article.lede_truncated
    assert article.published is not None and article.published.isoformat() == (
        "2025-06-03T09:30:00+02:00"
    )
    assert article.modified is not None and article.modified.isoformat() == (
        "2025-06-03T11:05:00+02:00"
    )
    assert article.keywords == KEYWORDS
    assert article.tags == TAGS
    assert [type(b).__name__ for b in article.body] == [
        "Paragraph",
        "Paragraph",
        "Subhead",
        "Paragraph",
        "Paragraph",
    ]
    assert article.subheads[0].text == "Fishermen were worried at first"
    assert article.body[1].text.endswith(
        '"We had water and we had sun, so the choice was easy," she said.'
    )
    assert article.edition == "Sputnik International"


def test_the_example_itself() -> None:
    article = parse(EXAMPLE_TEXT, strict=True)
    assert_example_fields(article)
    assert codes(article) == []


# --- empty and nearly empty --------------------------------------------------------------------


@pytest.mark.parametrize("text", ["", " ", "\n\n\n", " \t\r\n\u00a0\u2003\n", "\ufeff"])
def test_empty_or_white_space(text: str) -> None:
    for strict in (False, True):  # a notice: strict mode does not raise
        article = parse(text, strict=strict)
        assert article == Article(diagnostics=article.diagnostics)
        assert codes(article) == ["empty-input"]
        assert (article.diagnostics[0].start, article.diagnostics[0].end) == (0, len(text))


def test_title_alone() -> None:
    article = parse("Just a title\n", strict=True)
    assert article.title == "Just a title"
    assert article.body == () and article.lede is None
    assert codes(article) == ["no-body"]


# --- missing blocks ----------------------------------------------------------------------------


def test_no_timestamps() -> None:
    article = parse(without("timestamps"), strict=True)
    assert article.published is None and article.modified is None
    assert article.keywords == KEYWORDS and article.tags == TAGS and len(article.body) == 5
    assert codes(article) == []


def test_no_keywords() -> None:
    article = parse(without("keywords"), strict=True)
    assert article.keywords == () and article.tags == TAGS and len(article.body) == 5
    assert codes(article) == []


def test_no_tags() -> None:
    article = parse(without("tags"), strict=True)
    assert article.keywords == KEYWORDS and article.tags == () and len(article.body) == 5
    assert codes(article) == []


def test_no_body() -> None:
    article = parse(without("body"), strict=True)
    assert article.body == ()
    assert article.title == TITLE and article.published is not None
    # No body between them: the tags are where the list starts again.
    assert article.keywords == KEYWORDS and article.tags == TAGS
    assert codes(article) == ["no-body"]


def test_no_blocks_but_title_and_body() -> None:
    body = next(b for b in BLOCKS if len(b) > 400)
    article = parse(dump(TITLE, body), strict=True)
    assert article.title == TITLE and len(article.body) == 5 and article.lede is None


# --- layout damage that must change nothing ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(EXAMPLE_TEXT.replace("\n\n", "\n\n\n\n"), id="extra blank lines"),
        pytest.param(EXAMPLE_TEXT.replace("\n\n", "\n"), id="single newlines"),
        pytest.param(EXAMPLE_TEXT.replace("\n", "  \n"), id="trailing spaces"),
        pytest.param(EXAMPLE_TEXT.replace("\n", "\t\n"), id="trailing tabs"),
        pytest.param(EXAMPLE_TEXT.replace("\n", "\u00a0\n"), id="trailing nbsp"),
        pytest.param(EXAMPLE_TEXT.replace("\n", "\n\u00a0"), id="leading nbsp"),
        pytest.param(EXAMPLE_TEXT.replace("\n", "\r\n"), id="crlf"),
        pytest.param(EXAMPLE_TEXT.replace("\n", "\r"), id="cr"),
        pytest.param("\ufeff" + EXAMPLE_TEXT, id="bom"),
        pytest.param("\ufeff" + EXAMPLE_TEXT.replace("\n", "\r\n"), id="bom and crlf"),
        pytest.param("\n\n\n" + EXAMPLE_TEXT + "\n\n\n", id="blank lines around"),
    ],
)
def test_layout_damage(text: str) -> None:
    article = parse(text, strict=True)
    assert_example_fields(article)
    assert codes(article) == []
    for block in article.body:
        assert text[block.start : block.end] == block.text


def test_bom_as_bytes() -> None:
    data = b"\xef\xbb\xbf" + EXAMPLE_TEXT.encode("utf-8")
    article = parse(data, strict=True)
    assert_example_fields(article)
    # Offsets index the decoded text, where the BOM is character 0.
    text = data.decode("utf-8")
    assert text[0] == "\ufeff"
    title = next(s for s in article.segments if s.role == "title")
    assert (title.start, text[title.start : title.end]) == (1, TITLE)


def test_crlf_as_bytes() -> None:
    article = parse(EXAMPLE_TEXT.replace("\n", "\r\n").encode("utf-8"), strict=True)
    assert_example_fields(article)


def test_body_split_into_lines_with_cr() -> None:
    text = dump(TITLE, "What happened.", "First paragraph.\rSecond paragraph.", sep="\r\r")
    article = parse(text, strict=True)
    assert [b.text for b in article.body] == ["First paragraph.", "Second paragraph."]


def test_body_split_into_lines() -> None:
    text = dump(TITLE, "What happened.", "First paragraph.\nSecond paragraph.")
    article = parse(text, strict=True)
    assert [b.text for b in article.body] == ["First paragraph.", "Second paragraph."]


# --- fields that are not what they look like ---------------------------------------------------


def test_timestamp_that_is_not_one() -> None:
    text = EXAMPLE_TEXT.replace(STAMPS[0], "2022-13-45T99:99+0100", 1)
    article = parse(text)
    assert codes(article) == ["bad-timestamp"]
    bad = article.diagnostics[0]
    assert text[bad.start : bad.end] == "2022-13-45T99:99+0100"
    assert bad.line == 5 and bad.column == 1
    # The other stamps still count: the second is the publication time now.
    assert article.published is not None and article.published.isoformat().startswith(
        "2025-06-03T09:30"
    )
    assert ("leftover", bad.start, bad.end) in [(s.role, s.start, s.end) for s in article.segments]
    with pytest.raises(ParseError) as info:
        parse(text, strict=True)
    assert info.value.code == "bad-timestamp"
    assert (info.value.line, info.value.column, info.value.offset) == (5, 1, bad.start)


def test_every_timestamp_bad() -> None:
    text = EXAMPLE_TEXT
    for stamp in set(STAMPS):
        text = text.replace(stamp, "2022-13-45T99:99+0100")
    article = parse(text)
    assert article.published is None and article.modified is None
    assert codes(article) == ["bad-timestamp"] * 3


def test_keyword_lines_that_look_like_a_body() -> None:
    """A sentence among the keywords is left over, reported, and not glued to the body."""
    text = EXAMPLE_TEXT.replace("\n\nsolar power\n", "\n\nThe minister spoke today.\n", 1)
    article = parse(text)
    assert article.keywords == ("energy", "valmare", "climate")
    assert len(article.body) == 5 and "minister" not in article.body_text
    assert codes(article) == ["leftover"]
    leftover = article.diagnostics[0]
    assert text[leftover.start : leftover.end] == "The minister spoke today."
    with pytest.raises(ParseError, match="could not place"):
        parse(text, strict=True)


def test_a_long_keyword_is_not_a_keyword() -> None:
    long = "un mot clef qui est bien trop long pour un mot clef de page"
    article = parse(EXAMPLE_TEXT.replace("\n\nclimate\n", f"\n\n{long} et plus\n", 1))
    assert "climate" not in article.keywords
    assert all(long not in k for k in article.keywords)


# --- size ---------------------------------------------------------------------------------------


def test_ten_megabyte_document() -> None:
    body = next(b for b in BLOCKS if len(b) > 400)
    text = EXAMPLE_TEXT.replace(body, body * (10_000_000 // len(body)))
    assert len(text.encode("utf-8")) > 10_000_000
    article = parse(text)
    assert article.title == TITLE and article.tags == TAGS
    copies = 10_000_000 // len(body)
    assert article.body_text == body * copies  # nothing lost
    # Every copy's sentence-end joins are found; the copy's subhead join ("firstLocal") is
    # then read as a recurring camel-case name, as the splitter reads a word seen many times.
    assert len(article.body) == 4 * copies
    assert codes(article) == []


def test_over_the_size_limit() -> None:
    data = EXAMPLE_TEXT.encode("utf-8")
    for strict in (False, True):
        with pytest.raises(InputError) as info:
            parse(data, strict=strict, max_size=len(data) - 1)
        assert info.value.code == "too-large" and isinstance(info.value, ValueError)
    assert parse(data, max_size=len(data)).title == TITLE
    assert parse(data, max_size=None).title == TITLE


def test_default_size_limit() -> None:
    with pytest.raises(InputError, match="max_size"):
        parse(b" " * (50 * 1024 * 1024 + 1))


# --- bytes that are not UTF-8 text ------------------------------------------------------------


def test_invalid_utf8() -> None:
    raw = EXAMPLE_TEXT.encode("utf-8")
    data = raw[:100] + b"\xff\xfe" + raw[100:]
    with pytest.raises(ParseError) as info:
        parse(data, strict=True)
    assert info.value.code == "invalid-utf8" and info.value.offset == 100
    assert "0xff" in str(info.value) and "offset 100" in str(info.value)
    article = parse(data)
    assert codes(article) == ["invalid-utf8"]
    assert article.title == TITLE
    bad = article.diagnostics[0]
    text = data.decode("utf-8", errors="replace")
    assert text[bad.start] == "\ufffd"


def test_invalid_utf8_after_multibyte_characters() -> None:
    data = "Société générale\n\n".encode() + b"\xc3("
    with pytest.raises(ParseError) as info:
        parse(data, strict=True)
    assert info.value.offset == len("Société générale\n\n".encode())
    bad = parse(data).diagnostics[0]
    assert (bad.code, bad.start) == ("invalid-utf8", len("Société générale\n\n"))


@pytest.mark.parametrize(
    "data", [b"\x00" * 1000, b"\x00ab" * 300, b"x\x00" * 50], ids=["nul", "mixed", "half"]
)
def test_binary_input(data: bytes) -> None:
    article = parse(data)
    assert article == Article(diagnostics=article.diagnostics)
    assert codes(article) == ["binary-input"]
    with pytest.raises(InputError) as info:
        parse(data, strict=True)
    assert info.value.code == "binary-input"


def test_a_stray_nul_is_not_binary() -> None:
    article = parse(EXAMPLE_TEXT.replace("solar power", "solar\x00power", 1))
    assert article.title == TITLE and "binary-input" not in codes(article)


def test_random_bytes() -> None:
    rnd = random.Random(5)
    for _ in range(300):
        data = bytes(rnd.randrange(256) for _ in range(rnd.randrange(300)))
        article = parse(data)
        assert isinstance(article, Article)
        with contextlib.suppress(ParseError):
            parse(data, strict=True)


# --- misuse ---------------------------------------------------------------------------------


@pytest.mark.parametrize("data", [None, 12, ["a"], Path("x.txt")])
def test_wrong_argument_type(data: object) -> None:
    with pytest.raises(TypeError, match="str or bytes"):
        parse(data)  # type: ignore[arg-type]


def test_unknown_format() -> None:
    with pytest.raises(
        ValueError, match=r"unknown format 'docx'; known formats: auto, .*pagedump\Z"
    ):
        parse(EXAMPLE_TEXT, format="docx")


def test_unknown_format_is_not_a_parse_error() -> None:
    with pytest.raises(ValueError) as info:
        parse("", format="")
    assert not isinstance(info.value, ParseError)
