"""Properties of parse() over any input: it never crashes, never loses a character, and its
result survives to_dict/from_dict and JSON.

Inputs are arbitrary text and bytes, and page dumps drawn from wirefmt.strategies then cut
about (lines dropped, repeated, swapped, line ends changed, junk inserted), which reach far
more of the parser than random text does.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import wirefmt
from wirefmt import Article, ParseError, parse
from wirefmt._errors import line_column
from wirefmt.strategies import articles, page_dumps

#: What parse() may leave outside every segment: white space, a byte-order mark, a
#: zero-width space (the characters the page-dump reader strips from line ends).
SEPARATORS = frozenset({"\ufeff", "\u200b"})

#: Characters that exercise the parser: line ends, spaces of every kind, sentence ends,
#: quotes, digits and signs of timestamps, the @ of the publisher line, a NUL, a BOM.
ALPHABET = st.sampled_from(
    list("aAzZéÉжЖωΩաԱ.,!?…:;\"'«»“”()[]/@_-+0123456789TZ \t\u00a0\u200b\ufeff\r\n\x00")
)


@st.composite
def mangled_dumps(draw: st.DrawFn) -> str:
    """A generated page dump, then edited the way real crawls damage them."""
    lines = draw(page_dumps()).split("\n")
    for _ in range(draw(st.integers(0, 4))):
        if not lines:
            break
        i = draw(st.integers(0, len(lines) - 1))
        action = draw(st.sampled_from(["drop", "repeat", "swap", "junk", "split"]))
        if action == "drop":
            del lines[i]
        elif action == "repeat":
            lines.insert(i, lines[i])
        elif action == "swap":
            j = draw(st.integers(0, len(lines) - 1))
            lines[i], lines[j] = lines[j], lines[i]
        elif action == "junk":
            lines.insert(i, draw(st.text(ALPHABET, max_size=30)))
        elif lines[i]:
            k = draw(st.integers(0, len(lines[i])))
            lines[i : i + 1] = [lines[i][:k], lines[i][k:]]
    end = draw(st.sampled_from(["\n", "\r\n", "\r"]))
    text = end.join(lines)
    if draw(st.booleans()):
        text = "\ufeff" + text
    return text


def documents() -> st.SearchStrategy[str]:
    """Any text: arbitrary, from a pointed alphabet, a valid dump, a damaged one."""
    return st.one_of(
        st.text(),
        st.text(ALPHABET, max_size=400),
        page_dumps(),
        mangled_dumps(),
    )


def documents_as_bytes() -> st.SearchStrategy[bytes]:
    """Any bytes: arbitrary, and encoded documents with a byte flipped now and then."""

    @st.composite
    def damaged(draw: st.DrawFn) -> bytes:
        data = bytearray(draw(documents()).encode("utf-8"))
        if data and draw(st.booleans()):
            data[draw(st.integers(0, len(data) - 1))] = draw(st.integers(0x80, 0xFF))
        return bytes(data)

    return st.one_of(st.binary(max_size=600), damaged())


def text_of(data: str | bytes) -> str:
    """The text parse() reads offsets into."""
    return data if isinstance(data, str) else data.decode("utf-8", errors="replace")


def check_article(data: str | bytes, article: Article) -> None:
    """Every property a parsed Article has, whatever the input."""
    text = text_of(data)
    # Diagnostics point inside the input, at the line and column they say.
    for d in article.diagnostics:
        assert 0 <= d.start <= d.end <= len(text), d
        assert (d.line, d.column) == line_column(text, d.start), d
    codes = {d.code for d in article.diagnostics}
    if "binary-input" in codes:
        assert article == Article(diagnostics=article.diagnostics)
        return
    # Segments: non-blank, in order, not overlapping.
    previous_end = 0
    for seg in article.segments:
        assert 0 <= seg.start < seg.end <= len(text), seg
        assert text[seg.start : seg.end].strip(), seg
        assert seg.start >= previous_end, (seg, previous_end)
        previous_end = seg.end
    # Nothing is lost: what lies between segments is separators only.
    cursor = 0
    for start, end in [(s.start, s.end) for s in article.segments] + [(len(text), len(text))]:
        gap = text[cursor:start]
        assert all(c.isspace() or c in SEPARATORS for c in gap), (gap, start)
        cursor = end
    # Every body block is the text at its offsets, inside one of the body's segments: the
    # splitter ends a block at every line end, a lone "\r" included (see test_bad_input).
    body = [s for s in article.segments if s.role == "body"]
    for block in article.body:
        assert block.text and text[block.start : block.end] == block.text, block
        assert any(s.start <= block.start and block.end <= s.end for s in body), block
    # Fields printed on one line are the text of their segment.
    for role, value in (("title", article.title), ("image", article.image)):
        if value is not None:
            assert value in [text[s.start : s.end] for s in article.segments if s.role == role]


@given(documents())
def test_lenient_parse_never_raises_on_text(data: str) -> None:
    check_article(data, parse(data))


@given(documents_as_bytes())
def test_lenient_parse_never_raises_on_bytes(data: bytes) -> None:
    article = parse(data)
    check_article(data, article)
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        assert "invalid-utf8" in {d.code for d in article.diagnostics}


@given(st.one_of(documents(), documents_as_bytes()))
def test_strict_raises_only_parse_error(data: str | bytes) -> None:
    try:
        article = parse(data, strict=True)
    except ParseError as exc:
        assert exc.code in wirefmt._policy.CODES or exc.code == "too-large"
        if exc.offset is not None and isinstance(data, str):
            assert 0 <= exc.offset <= len(data)
        return
    check_article(data, article)
    # Strict mode records notices only: an error would have raised.
    severities = {wirefmt._policy.CODES[d.code][0] for d in article.diagnostics}
    assert severities <= {"notice"}


@given(documents())
def test_strict_and_lenient_agree_when_strict_succeeds(data: str) -> None:
    """A document strict mode accepts reads the same in both modes."""
    try:
        strict = parse(data, strict=True)
    except ParseError:
        return
    assert parse(data) == strict


def _round_trips(article: Article) -> None:
    assert Article.from_dict(article.to_dict()) == article
    again = Article.from_dict(json.loads(json.dumps(article.to_dict())))
    assert again == article
    for field in ("published", "modified"):
        a, b = getattr(article, field), getattr(again, field)
        assert (a is None and b is None) or a.isoformat() == b.isoformat()  # same offset too


@given(articles())
def test_dict_and_json_round_trip_generated(article: Article) -> None:
    _round_trips(article)


@given(documents())
def test_dict_and_json_round_trip_parsed(data: str) -> None:
    _round_trips(parse(data))


@pytest.mark.parametrize("name", ["example.txt"])
def test_bundled_example_has_every_property(name: str) -> None:
    data = (Path(wirefmt.__file__).parent / "data" / name).read_bytes()
    article = parse(data)
    check_article(data, article)
    _round_trips(article)
