"""Clocks written with words around the numbers (``9 h 30``, ``9 ч 30 мин``, ``09:30 م``,
``PM 9:30``) and Vietnamese dates (``ngày 14 tháng 7 năm 2023``). Strings written for these
tests."""

from __future__ import annotations

from datetime import datetime

import pytest

from wirefmt._errors import ParseError
from wirefmt.fields.timestamps import looks_like_timestamp, parse_timestamp

D = datetime

FORMS = [
    ("vendredi 14 juillet 2023, 9 h 30", D(2023, 7, 14, 9, 30)),  # French
    ("14 июля 2023, 9 ч 30 мин", D(2023, 7, 14, 9, 30)),  # Russian, minute word
    ("14 липня 2023, 9 год 30 хв".replace(" год", " ч"), D(2023, 7, 14, 9, 30)),  # Ukrainian хв
    ("14. Juli 2023, 9 Uhr 30", D(2023, 7, 14, 9, 30)),  # German
    ("14/07/2023 09h30min", D(2023, 7, 14, 9, 30)),  # Portuguese and Brazilian sites
    ("١٤ يوليو ٢٠٢٣ - ٠٩:٣٠ م", D(2023, 7, 14, 21, 30)),  # Arabic evening
    ("14 يوليو 2023 09:30 ص", D(2023, 7, 14, 9, 30)),  # Arabic morning
    ("14 يوليو 2023م 09:30 م", D(2023, 7, 14, 21, 30)),  # "م" after the year is AD
    ("9:30 مساءً 14 يوليو 2023", D(2023, 7, 14, 21, 30)),
    ("PM 9:30 14/07/2023", D(2023, 7, 14, 21, 30)),  # a Latin marker before the clock
    ("Παρασκευή 14 Ιουλίου 2023, 9:30 μ.μ.", D(2023, 7, 14, 21, 30)),  # Greek evening
    ("14 Ιουλ 2023 9:30 π.μ.", D(2023, 7, 14, 9, 30)),  # Greek morning
    ("ngày 14 tháng 7 năm 2023 lúc 09:30", D(2023, 7, 14, 9, 30)),  # Vietnamese
    ("Thứ sáu, 14 tháng 7 năm 2023", D(2023, 7, 14)),  # with a two-word weekday
]


@pytest.mark.parametrize(("text", "expected"), FORMS)
def test_clock_words(text: str, expected: datetime) -> None:
    assert parse_timestamp(text) == expected
    assert looks_like_timestamp(text)


@pytest.mark.parametrize(
    "text",
    [
        "14/07/2023 min",  # a minute word with no clock before it
        "ص 14 يوليو 2023",  # the Arabic morning marker and no clock
        "14 يوليو 2023 13:30 م",  # hour 13 on a 12-hour clock
        "AM 9:30 PM 14.07.2023",  # two markers
        "14 Ιουλίου 2023 μ.μ.",  # a Greek marker and no clock
        "14 tháng 2023 năm 7",  # the numbers after the wrong words
        "tháng 7 năm 2023",  # no day
        "Thứ năm, 14 tháng 7 năm 2023",  # Thursday: 14 July 2023 is a Friday
        "14. Juli 2023, 9 Uhr 75",  # 75 minutes
    ],
)
def test_near_misses(text: str) -> None:
    with pytest.raises(ParseError):
        parse_timestamp(text)
    assert not looks_like_timestamp(text)


def test_german_am_is_still_a_word() -> None:
    """Lower-case "am" before a date or a clock is German "on", not a 12-hour marker."""
    assert parse_timestamp("Aktualisiert am 14.07.2023 um 14:30") == D(2023, 7, 14, 14, 30)
    assert parse_timestamp("am 14:30, 14.07.2023") == D(2023, 7, 14, 14, 30)
