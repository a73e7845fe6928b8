"""Wire date lines (ANPA-1312 / IPTC 7901 end lines, date-time groups, compact and basic
ISO 8601 stamps of NITF and NewsML-G2), written from a datetime and read back."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wirefmt._errors import ParseError
from wirefmt.fields._zones import ZONES
from wirefmt.fields.timestamps import looks_like_timestamp, parse_timestamp

#: the zone names with one reading, and their offset in minutes
PLAIN = sorted((name, r[0][0]) for name, r in ZONES.items() if len(r) == 1 and name.isascii())
MON = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")

# two-digit years without a reference: 00-49 are 20xx, 50-99 19xx
WHEN = st.datetimes(min_value=datetime(1950, 1, 1), max_value=datetime(2049, 12, 31)).map(
    lambda d: d.replace(second=0, microsecond=0)
)


def _aware(when: datetime, minutes: int) -> datetime:
    return when.replace(tzinfo=timezone(timedelta(minutes=minutes)) if minutes else UTC)


@given(
    when=WHEN,
    zone=st.sampled_from(PLAIN),
    source=st.sampled_from(["AP", "UPI", "BC", "RTRS"]),
    desk=st.sampled_from(["NY", "WA", "LON", "DC"]),
)
def test_anpa_end_line(when: datetime, zone: tuple[str, int], source: str, desk: str) -> None:
    """``AP-NY-04-28-94 1420EDT``: source, desk, MM-DD-YY, HHMM glued to the zone."""
    text = f"{source}-{desk}-{when:%m-%d-%y} {when:%H%M}{zone[0]}"
    assert parse_timestamp(text) == _aware(when, zone[1])


@given(when=WHEN, zone=st.sampled_from(PLAIN), glued=st.booleans())
def test_date_then_clock(when: datetime, zone: tuple[str, int], glued: bool) -> None:
    """``07-11-17 1452GMT``: the end line without its slug (month first, as the wire prints)."""
    text = f"{when:%m-%d-%y} {when:%H%M}{'' if glued else ' '}{zone[0]}"
    assert parse_timestamp(text) == _aware(when, zone[1])


@given(when=WHEN, zone=st.sampled_from(["GMT", "Z", "UTC"]), year4=st.booleans())
def test_date_time_group(when: datetime, zone: str, year4: bool) -> None:
    """``150930 GMT Mar 19``, ``150930Z MAR 19``: day, hour, minute, zone, month, year."""
    year = f"{when:%Y}" if year4 else f"{when:%y}"
    gap = "" if zone == "Z" else " "
    text = f"{when:%d%H%M}{gap}{zone} {MON[when.month - 1]} {year}"
    assert parse_timestamp(text) == when.replace(tzinfo=UTC)


@given(when=st.datetimes(min_value=datetime(1900, 1, 1)), zone=st.sampled_from(PLAIN))
def test_compact(when: datetime, zone: tuple[str, int]) -> None:
    """``20230714093015MESZ``: fourteen digits glued to a zone name."""
    when = when.replace(microsecond=0)
    assert parse_timestamp(f"{when:%Y%m%d%H%M%S}{zone[0]}") == _aware(when, zone[1])


@given(
    when=st.datetimes(min_value=datetime(1900, 1, 1)),
    minutes=st.integers(-23 * 60 - 59, 23 * 60 + 59),
)
def test_iso_basic(when: datetime, minutes: int) -> None:
    """``20230714T093015+0200``, ``20230714T093015Z``: NITF's and NewsML-G2's basic form."""
    when = when.replace(microsecond=0)
    sign = "-" if minutes < 0 else "+"
    zone = "Z" if minutes == 0 else f"{sign}{abs(minutes) // 60:02d}{abs(minutes) % 60:02d}"
    assert parse_timestamp(f"{when:%Y%m%dT%H%M%S}{zone}") == _aware(when, minutes)


@pytest.mark.parametrize(
    "text",
    [
        "AP-NY-04-28-94",  # no time
        "1420EDT",  # no date
        "AP-NY-04-28-94 1420XYZ",  # no such zone
        "150930 GMT",  # a date-time group without month and year
        "281420Z APR",  # no year, no reference
        "07-11-17 1452GMT 1452GMT",  # two clocks
        "2023071409301MESZ",  # thirteen digits
        "AP-NY-13-28-94 1420EDT",  # month 13
        "20230714T256000Z",  # hour 25
    ],
)
def test_near_misses(text: str) -> None:
    with pytest.raises(ParseError):
        parse_timestamp(text)
    assert not looks_like_timestamp(text) or text.startswith("2023")  # shape only, not range
