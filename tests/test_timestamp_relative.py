"""Relative dates: a day named by its distance from today is read against the reference
date; a relative time ("2 hours ago") is refused, and the error says why. Every string here
is written for these tests."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wirefmt._errors import ParseError
from wirefmt.fields._timewords import RELATIVE_DAYS
from wirefmt.fields.timestamps import looks_like_timestamp, parse_timestamp, read_timestamp

D = datetime
REF = date(2024, 3, 1)

FORMS = [
    ("Today 09:20", D(2024, 3, 1, 9, 20)),
    ("Yesterday, 9:20 PM", D(2024, 2, 29, 21, 20)),
    ("aujourd'hui à 09h20", D(2024, 3, 1, 9, 20)),
    ("gestern, 21:20 Uhr", D(2024, 2, 29, 21, 20)),
    ("Сегодня, 09:20", D(2024, 3, 1, 9, 20)),
    ("вчора о 21:20", D(2024, 2, 29, 21, 20)),
    ("dün 21.20", D(2024, 2, 29, 21, 20)),
    ("昨天 21:20", D(2024, 2, 29, 21, 20)),
    ("hoy, 1 de marzo, 09:20", D(2024, 3, 1, 9, 20)),  # a date beside it: it must agree
]


@pytest.mark.parametrize(("text", "expected"), FORMS)
def test_relative_days(text: str, expected: datetime) -> None:
    reading = read_timestamp(text, reference=REF)
    assert reading.value == expected
    assert all(n.decided_by == "reference" for n in reading.notes)


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("Today 09:20", "no reference"),  # below: without the reference
        ("Yesterday", "no clock"),  # a heading, not a time
        ("ayer, 1 de marzo, 09:20", "not 2024-02-29"),  # the printed date is not yesterday
        ("2 hours ago", "relative time"),
        ("vor 3 Stunden", "relative time"),
        ("il y a 20 minutes", "relative time"),
        ("5 минут назад", "relative time"),
        ("hace 2 horas", "relative time"),
        ("Today's 10 stories", "Today's"),  # a heading with a number
    ],
)
def test_near_misses(text: str, why: str) -> None:
    reference = None if why == "no reference" else REF
    with pytest.raises(ParseError, match=why):
        parse_timestamp(text, reference=reference)
    assert not looks_like_timestamp(text)  # parse() has no reference: never read there


@given(
    word=st.sampled_from(sorted(RELATIVE_DAYS)),
    reference=st.dates(min_value=date(1990, 1, 2), max_value=date(2090, 12, 31)),
    hour=st.integers(0, 23),
    minute=st.integers(0, 59),
)
def test_every_word_counts_from_the_reference(
    word: str, reference: date, hour: int, minute: int
) -> None:
    got = parse_timestamp(f"{word} {hour:02d}:{minute:02d}", reference=reference)
    day = reference + timedelta(days=RELATIVE_DAYS[word])
    assert got == D(day.year, day.month, day.day, hour, minute)
