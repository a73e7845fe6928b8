"""The month and weekday tables: shape of the data, lookups in many scripts, ambiguity."""

from __future__ import annotations

import datetime as dt
import unicodedata

import pytest

from wirefmt.fields._months import (
    AMBIGUOUS_MONTHS,
    MONTHS,
    NOT_PLACES,
    ROWS,
    WEEKDAYS,
    fold,
    month_number,
    month_numbers,
    weekday_numbers,
)


def test_at_least_twenty_languages_of_twelve_months_and_seven_days() -> None:
    assert len(ROWS) >= 20
    assert all(len(rows) == 12 for rows in ROWS.values())
    assert len(WEEKDAYS) >= 20
    assert all(len(rows) == 7 for rows in WEEKDAYS.values())


@pytest.mark.parametrize(
    ("word", "month"),
    [
        ("квітня", 4),  # Ukrainian genitive
        ("КВІТЕНЬ", 4),  # nominative, capitals
        ("octombrie", 10),  # Romanian
        ("ΟΚΤΩΒΡΙΟΥ", 10),  # Greek capitals drop the accent
        ("Οκτωβρίου", 10),
        ("հոկտեմբերի", 10),  # Armenian genitive
        ("ოქტომბერი", 10),  # Georgian
        ("lapkričio", 11),  # Lithuanian genitive
        ("novembrī", 11),  # Latvian locative
        ("marraskuuta", 11),  # Finnish partitive
        ("NİSAN", 4),  # Turkish dotted capital
        ("září", 9),  # Czech
        ("szept.", 9),  # Hungarian abbreviation with its period
        ("децембра", 12),  # Serbian Cyrillic genitive
        ("Agustus", 8),  # Indonesian
        ("Ogos", 8),  # Malay
        ("желтоқсан", 12),  # Kazakh
        ("лістапада", 11),  # Belarusian
        ("آذار", 3),  # Levantine Arabic
        ("اذار", 3),  # the same without the hamza on its alef
        ("جويلية", 7),  # Maghreb Arabic
        ("ژوئیه", 7),  # Persian
        ("ژوييه", 7),  # Persian typed with the Arabic yeh
        ("ستمبر", 9),  # Urdu
        ("सितम्बर", 9),  # Hindi
        ("नोव्हेंबर", 11),  # Marathi
        ("নভেম্বর", 11),  # Bengali
        ("டிசம்பர்", 12),  # Tamil
    ],
)
def test_month_words_in_many_scripts(word: str, month: int) -> None:
    assert month_number(word) == month


def test_a_form_with_two_meanings_needs_its_language() -> None:
    assert "listopad" in AMBIGUOUS_MONTHS and "listopad" not in MONTHS
    assert month_number("listopad") is None
    assert month_number("listopad", "cs") == 11
    assert month_number("Listopada", "hr") == 10
    assert month_numbers("listopadu") == frozenset({11})  # Czech genitive: one meaning


def test_near_misses_are_no_month() -> None:
    for word in ("Marsch", "junk", "mayo1", "", "сентябрьский", "Σεπτεμβρίουυ", "كانون", "तिथि"):
        assert month_number(word) is None


def test_weekdays_read_in_many_languages() -> None:
    monday = dt.date(2023, 3, 6).weekday()
    for word in ("Monday", "lundi", "понедельник", "Pazartesi", "Δευτέρα", "poniedziałek", "Pzt"):
        assert weekday_numbers(word) == {monday}, word
    assert weekday_numbers("so") == {5, 6}  # Czech Saturday, German Sunday
    assert weekday_numbers("so", "cs") == {5}
    assert weekday_numbers("Montage") == frozenset()


def test_full_weekday_names_are_not_places_but_abbreviations_are_left_alone() -> None:
    assert fold("Mittwoch") in NOT_PLACES and fold("Czwartek") in NOT_PLACES
    assert "mon" not in NOT_PLACES and "sun" not in NOT_PLACES


def test_every_form_is_nfc() -> None:
    """The reader normalises text to NFC before it looks words up: the tables must be NFC
    too (Devanagari nukta and Bengali ya-with-nukta letters decompose under NFC)."""
    forms = [
        f for rows in (*ROWS.values(), *WEEKDAYS.values()) for row in rows for f in row.split()
    ]
    assert all(unicodedata.normalize("NFC", f) == f for f in forms)
