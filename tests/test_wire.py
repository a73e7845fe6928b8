"""The shared wire layer: decoding, framing a stream into messages, end lines, never lose text."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st
from wire_helpers import assert_nothing_lost, codes, read_all

from wirefmt import ParseError
from wirefmt.formats import _wire, _wire_shapes, anpa1312, iptc7901

UTC = dt.UTC


# --- decoding ---------------------------------------------------------------------------


def test_utf8_input_is_read_as_utf8() -> None:
    text, single = _wire.decode("Zürich, Αθήνα, Москва".encode())
    assert text == "Zürich, Αθήνα, Москва"
    assert single is False


def test_latin1_input_is_one_character_per_byte() -> None:
    data = "Genève «ouverte» São Paulo".encode("latin-1")
    text, single = _wire.decode(data)
    assert text == "Genève «ouverte» São Paulo"
    assert single is True
    assert len(text) == len(data)


def test_c1_bytes_read_as_cp1252_and_undefined_ones_kept() -> None:
    text, single = _wire.decode(b"\x93quoted\x94 \x96 dash \x81")
    assert text == "\u201cquoted\u201d \u2013 dash \x81"
    assert single


def test_control_characters_survive_decoding() -> None:
    text, _ = _wire.decode(b"\x16\x16\x01W1234\x1fsel\n\x02text\x03\x04")
    assert text == "\x16\x16\x01W1234\x1fsel\n\x02text\x03\x04"


# --- framing ----------------------------------------------------------------------------


def test_two_framed_messages() -> None:
    text = "\x01one\r\n\x02text one\x03end\x04\r\n\x16\x16\x01two\r\n\x02text two\x03end\x04"
    frames = _wire.frames(text)
    assert len(frames) == 2
    first, second = frames
    assert (first.cut, first.unterminated) == (False, False)
    assert text[slice(*first.body)] == "text one"
    assert text[slice(*second.body)] == "text two"
    assert first.end == second.start  # the padding between them joins the next message
    assert text[slice(*first.trailer)] == "end"  # type: ignore[misc]


def test_cut_first_and_unterminated_last_message() -> None:
    text = "tail of a lost message\x03end\x04\x01head\r\n\x02text that never ends"
    frames = _wire.frames(text)
    assert [f.cut for f in frames] == [True, False]
    assert [f.unterminated for f in frames] == [False, True]
    assert text[slice(*frames[0].body)] == "tail of a lost message"
    assert text[slice(*frames[1].body)] == "text that never ends"


def test_padding_before_the_first_message_is_not_a_message() -> None:
    frames = _wire.frames("\x7f\x7f\r\n\x16\x01head\r\n\x02text\x03\x04")
    assert len(frames) == 1
    assert frames[0].start == 0
    assert not frames[0].cut


def test_no_framing_at_all_is_one_message() -> None:
    frames = _wire.frames("a line\nanother line\n")
    assert len(frames) == 1
    assert frames[0].cut and frames[0].unterminated


def test_empty_stream_has_no_message() -> None:
    assert _wire.frames("") == []
    assert _wire.frames("\r\n\x7f ") == []


# --- end lines --------------------------------------------------------------------------


def test_end_lines_of_both_formats() -> None:
    cases = {
        "041530 GMT Mär 24": dt.datetime(2024, 3, 4, 15, 30, tzinfo=UTC),
        "301005 GMT Okt 23": dt.datetime(2023, 10, 30, 10, 5, tzinfo=UTC),
        "151200 déc 22": dt.datetime(2022, 12, 15, 12, 0),  # no zone: naive
        "020845 may 21": dt.datetime(2021, 5, 2, 8, 45),
        "AP-NY-07-04-19 1805EDT<": dt.datetime(
            2019, 7, 4, 18, 5, tzinfo=dt.timezone(dt.timedelta(hours=-4))
        ),
        "XYZ-06:15-03-11-20": dt.datetime(2020, 11, 3, 6, 15),  # time first, day-month
    }
    for line, want in cases.items():
        found = _wire_shapes.read_end_line(line)
        assert found is not None, line
        assert found.value == want, line


def test_two_digit_years_as_the_timestamp_reader_reads_them() -> None:
    found = _wire_shapes.read_end_line("010000 Jan 95")
    assert found is not None and found.value.year == 1995
    found = _wire_shapes.read_end_line("010000 Jan 49")
    assert found is not None and found.value.year == 2049
    found = _wire_shapes.read_end_line("010000 Jan 05")
    assert found is not None and found.value.year == 2005


def test_not_end_lines() -> None:
    # near misses: a sign-off, a sentence with a number, an impossible day
    for line in ("dpa ab cd", "Rams 54, Chiefs 51.", "321200 GMT Jan 20", "", "x" * 100):
        assert _wire_shapes.read_end_line(line) is None, line


# --- bylines and columns ----------------------------------------------------------------


def test_bylines_in_several_languages() -> None:
    for line in ("By Jane Roe", "Von Max Muster, dpa", "Par Jeanne Dupont", "Por Ana Ruiz"):
        assert _wire_shapes.is_byline(line), line
    # near misses: a headline that starts with a word of the table but no name follows
    for line in ("By-election called", "Bypass opens", "Vonage shares rise", "Par 3 hole"):
        assert not _wire_shapes.is_byline(line), line


def test_tabular_lines() -> None:
    for line in ("Oslo;3;7;rn", "\x08Team name", "ALPHA      12    4", "a | b | c"):
        assert _wire_shapes.is_tabular(line), line
    for line in (
        "The score was 3-1; fans left.",
        "Two spaces.  Then more.",
        "Он пришёл; он увидел; он ушёл.",  # prose semicolons are followed by a space
        "x" * 50_000,  # a long line without cells is read in one pass
    ):
        assert not _wire_shapes.is_tabular(line), line


# --- properties -------------------------------------------------------------------------

_WIRE_CHARS = st.sampled_from(
    [
        *"\x00\x01\x02\x03\x04\x07\x08\x0c\x10\x11\x13\x16\x1f\x7f^<=+_#*;|$ \t\r\nAbz09-/:.",
        *("ü", "Ж", "\xa0", "eca123 4 i 200 ", "W1234\x1fsel\nr a\x13\x11 BC-Slug  01-02 0300\n"),
    ]
)


@given(st.lists(_WIRE_CHARS, max_size=120).map("".join))
def test_never_crash_and_never_lose_text(text: str) -> None:
    for reader in (iptc7901.read, anpa1312.read):
        articles = read_all(reader, text)
        assert_nothing_lost(text, articles)


@given(st.binary(max_size=200))
def test_random_bytes_never_crash(data: bytes) -> None:
    iptc7901.detect(data)
    anpa1312.detect(data)
    for reader in (iptc7901.read, anpa1312.read):
        text, _ = _wire.decode(data)
        assert_nothing_lost(text, read_all(reader, data))


def test_a_leftover_piece_is_an_error_in_strict_mode() -> None:
    # a heading line that has no 7901 shape cannot be placed
    text = "\x01not a heading at all\r\n\x02Title =\r\n\r\nText.\r\n\x03\x04"
    (article,) = read_all(iptc7901.read, text)
    assert "leftover" in codes(article)
    assert ("leftover", 1, 21) in [(s.role, s.start, s.end) for s in article.segments]
    with pytest.raises(ParseError) as info:
        read_all(iptc7901.read, text, strict=True)
    assert info.value.code == "leftover"


def test_positions_in_a_long_stream_are_the_streams_lines() -> None:
    # each message's reports share the stream's line index: line numbers count from the top
    one = "\x01W0001\x1fsel\nr a\x13\x11 BC-A  01-02 0300\r\n"
    one += "\x02^BC-A<\r\n\t   Text.\r\n\t   Oslo;1;2;3\r\n\x03\x04"
    articles = read_all(anpa1312.read, one * 4)
    lines_of_agate = [d.line for a in articles for d in a.diagnostics if d.code == "wire-agate"]
    assert lines_of_agate == [5, 10, 15, 20]


def test_cr_cr_lf_is_one_line_end() -> None:
    text = "one\r\r\ntwo\r\nthree\rfour\nfive"
    assert [ln.text for ln in _wire.lines(text, 0, len(text))] == [
        "one",
        "two",
        "three",
        "four",
        "five",
    ]
