"""Numeric dates printed without a year (``14/02 09:12``, ``Sa., 16.03.``): the reference
date gives the year. Every string here is written for these tests."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wirefmt._errors import ParseError
from wirefmt.fields.timestamps import parse_timestamp, read_timestamp

D = datetime
REF = date(2024, 3, 20)

FORMS = [
    ("16/03 à 14h30", {}, D(2024, 3, 16, 14, 30)),  # French: 16 is no month
    ("16/03 às 14:30", {}, D(2024, 3, 16, 14, 30)),  # Portuguese
    ("Sa., 16.03., 14:30 Uhr", {}, D(2024, 3, 16, 14, 30)),  # German, a weekday and dots
    ("16.03. в 14:30", {}, D(2024, 3, 16, 14, 30)),  # Russian
    ("3/16 2:30 PM", {}, D(2024, 3, 16, 14, 30)),  # US English: 16 is no month
    ("3/14 10:00", {"lang": "ja"}, D(2024, 3, 14, 10, 0)),  # Japanese: month first
    ("04/03 14:30", {"lang": "en-US"}, D(2024, 4, 3, 14, 30)),  # the language decides
    ("04/03 14:30", {"dayfirst": True}, D(2024, 3, 4, 14, 30)),  # the argument decides
    ("30/12 23:10", {}, D(2023, 12, 30, 23, 10)),  # nearest the reference: last year
]


@pytest.mark.parametrize(("text", "kw", "expected"), FORMS)
def test_yearless(text: str, kw: dict[str, object], expected: datetime) -> None:
    reading = read_timestamp(text, reference=REF, **kw)  # type: ignore[arg-type]
    assert reading.value == expected
    assert "inferred-year" in [n.code for n in reading.notes]


def test_ambiguous_order_is_noted() -> None:
    reading = read_timestamp("04/03 14:30", reference=REF)
    assert reading.value == D(2024, 3, 4, 14, 30)
    note = next(n for n in reading.notes if n.code == "ambiguous-date")
    assert note.decided_by == "default"
    assert note.alternatives == (D(2024, 4, 3, 14, 30),)


@pytest.mark.parametrize(
    ("text", "ref"),
    [
        ("16/03 14:30", None),  # no reference: no year to take
        ("3/4", REF),  # a fraction
        ("24/7", REF),  # a slogan, not a date
        ("13/13 10:00", REF),  # no month among the numbers
        ("Mo., 16.03.", REF),  # 16 March 2024 is a Saturday
        ("16/03/", REF),  # a date cut short
        ("kl. 09.41.", REF),  # a clock, with no date
    ],
)
def test_near_misses(text: str, ref: date | None) -> None:
    with pytest.raises(ParseError):
        parse_timestamp(text, reference=ref)


@given(
    when=st.datetimes(min_value=D(2001, 1, 1), max_value=D(2098, 12, 31)),
    gap=st.integers(min_value=-150, max_value=150),
    sep=st.sampled_from(["/", "."]),
)
def test_round_trip_near_the_reference(when: datetime, gap: int, sep: str) -> None:
    """Written day first without a year, read back with a reference within five months."""
    when = when.replace(second=0, microsecond=0)
    text = f"{when:%d}{sep}{when:%m}{'.' if sep == '.' else ''} {when:%H:%M}"
    assert (
        parse_timestamp(text, reference=(when + timedelta(days=gap)).date(), dayfirst=True) == when
    )
