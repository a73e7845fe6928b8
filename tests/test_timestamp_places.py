"""Zones printed as a place ("Moscow time", "heure de Paris", "北京时间") or as local time.

Every string here is written for these tests in the shapes news metadata prints.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from wirefmt._errors import ParseError
from wirefmt.fields._zones import place_zone_rows
from wirefmt.fields.timestamps import looks_like_timestamp, parse_timestamp, read_timestamp

D = datetime

FORMS = [
    ("9 June 2023, 18:45 Moscow time", 3),
    ("9 июня 2023 г., 18:45 по московскому времени", 3),
    ("9 июня 2023, 18:45 мск", 3),
    ("9 March 2012, 18:45 Moscow time", 4),  # Moscow kept +04:00 from 2011 to 2014
    ("9 juin 2023 à 18h45 heure de Paris", 2),  # summer time
    ("9 janvier 2023 à 18h45 heure de Paris", 1),  # winter time
    ("9 de junio de 2023, 18:45 hora peninsular", 2),
    ("9 de junho de 2023 às 18:45 horário de Brasília", -3),
    ("北京时间2023年6月9日18:45", 8),  # the zone first, as Chinese prints it
    ("9 Haziran 2023 18.45 TSİ", 3),
    ("٩ يونيو ٢٠٢٣ الساعة ١٨:٤٥ بتوقيت مكة المكرمة", 3),
    ("9 czerwca 2023, 18:45 czasu polskiego", 2),
    ("9 June 2023 18:45 (Moscow Standard Time)", 3),  # a long name, no offset before it
]


@pytest.mark.parametrize(("text", "hours"), FORMS)
def test_place_zones(text: str, hours: int) -> None:
    got = parse_timestamp(text)
    assert got.utcoffset() == timedelta(hours=hours)
    assert read_timestamp(text).notes == ()  # the text decides: nothing to note
    assert looks_like_timestamp(text)


@pytest.mark.parametrize(
    "text",
    [
        "9 June 2023 18:45 local time",
        "9 juin 2023 18h45 heure locale",
        "9 июня 2023 18:45 по местному времени",
    ],
)
def test_local_time_stays_naive(text: str) -> None:
    """Local time names no place: its offset is unknown, so the value is naive."""
    assert parse_timestamp(text) == D(2023, 6, 9, 18, 45)


@pytest.mark.parametrize(
    "text",
    [
        "9 June 2023, 18:45 Moscow",  # a place alone is no zone
        "Paris, 9 juin 2023 18h45",  # a dateline's place before the date
        "9 juin 2023 18h45 heure de pointe",  # rush hour, not a zone
        "9 June 2023 18:45 Moscow time GMT",  # two zones
        "9 June 2023 18:45 Moscow time Moscow time",
        "heure de Paris",  # a zone and no date
    ],
)
def test_near_misses(text: str) -> None:
    with pytest.raises(ParseError):
        parse_timestamp(text)
    assert not looks_like_timestamp(text)


@pytest.mark.parametrize(("zone", "phrase"), place_zone_rows())
def test_every_phrase_of_the_table(zone: str, phrase: str) -> None:
    """Each phrase of wirefmt/data/zone_places.txt reads, after a date and a clock, as its
    zone's offset at that date."""
    got = parse_timestamp(f"2023-06-09 18:45 {phrase}")
    if zone == "-":
        assert got.tzinfo is None
    else:
        assert got.utcoffset() == D(2023, 6, 9, 18, 45, tzinfo=ZoneInfo(zone)).utcoffset()
