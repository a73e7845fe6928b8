"""Contracts of the public API: misuse raises at once, errors carry positions, the field
parsers refuse what does not exist and find what has the usual shape."""

from __future__ import annotations

import datetime as dt

import pytest

import wirefmt


def test_a_str_is_not_a_keyword_list() -> None:
    with pytest.raises(TypeError, match="not a str"):
        wirefmt.Article(keywords="ukraine")


@pytest.mark.parametrize(
    "opening",
    ["The Guardian (UK) - A report found", "Mr Smith (Labour) - The member said"],
)
def test_names_with_a_bracket_are_not_datelines(opening: str) -> None:
    assert wirefmt.parse_dateline(opening) is None


@pytest.mark.parametrize(
    ("opening", "agency"),
    [
        ("Sofia (BTA) - The government met", "BTA"),
        ("Valmare (Agencia Sur) - El puerto abrió", "Agencia Sur"),
        ("Berlin (dpa) - Die Regierung", "dpa"),
    ],
)
def test_unlisted_agencies_in_the_usual_shape_are_still_found(opening: str, agency: str) -> None:
    found = wirefmt.parse_dateline(opening)
    assert found is not None and found.agency == agency


@pytest.mark.parametrize("month", [0, 13, -1])
def test_format_dateline_refuses_a_month_that_does_not_exist(month: int) -> None:
    with pytest.raises(ValueError, match="month"):
        wirefmt.format_dateline(wirefmt.Dateline(place="LONDON", month=month, day=14), "reuters")


@pytest.mark.parametrize("text", ["2022-W53-7", "2021-W53-1", "2022W537"])
def test_week_dates_past_a_years_last_week_are_refused(text: str) -> None:
    with pytest.raises(wirefmt.ParseError):
        wirefmt.parse_timestamp(text)
    assert wirefmt.parse_timestamp("2020-W53-1") == dt.datetime(2020, 12, 28)


def test_strict_invalid_utf8_and_binary_errors_carry_line_and_column() -> None:
    with pytest.raises(wirefmt.ParseError) as info:
        wirefmt.parse("Title\n\nLede é".encode() + b"\xff\n", strict=True)
    assert (info.value.code, info.value.line, info.value.column) == ("invalid-utf8", 3, 7)
    with pytest.raises(wirefmt.InputError) as binary:
        wirefmt.parse("Title\n\n" + "\x00" * 50, strict=True)
    assert (binary.value.code, binary.value.line, binary.value.column) == ("binary-input", 3, 1)


def test_misused_field_parsers_raise_type_error_at_once() -> None:
    for call in (
        lambda: wirefmt.parse_description(None),  # type: ignore[arg-type]
        lambda: wirefmt.is_keyword(None),  # type: ignore[arg-type]
        lambda: wirefmt.split_keyword_list(b"a, b"),  # type: ignore[arg-type]
    ):
        with pytest.raises(TypeError):
            call()
    with pytest.raises(ValueError, match="max_size"):
        wirefmt.parse("x", max_size=-1)


def test_public_errors_and_tables_show_their_public_face() -> None:
    assert wirefmt.ParseError.__module__ == "wirefmt"
    with pytest.raises(TypeError):
        wirefmt.FORMATS["other"] = wirefmt.FORMATS["pagedump"]  # type: ignore[index]
