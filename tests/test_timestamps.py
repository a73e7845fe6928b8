"""parse_timestamp and looks_like_timestamp: a table per form, out-of-range fields, round trips."""

from __future__ import annotations

import contextlib
from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wirefmt._errors import ParseError
from wirefmt.fields.timestamps import looks_like_timestamp, parse_timestamp

CET = timezone(timedelta(hours=1))
IST = timezone(timedelta(hours=5, minutes=30))
EST = timezone(timedelta(hours=-5))

GOOD = [
    # ISO 8601 extended, the page dump's form first
    ("2022-02-14T14:18+0100", datetime(2022, 2, 14, 14, 18, tzinfo=CET)),
    ("2022-02-14T14:18:00+01:00", datetime(2022, 2, 14, 14, 18, tzinfo=CET)),
    ("2022-02-14T13:18:00Z", datetime(2022, 2, 14, 13, 18, tzinfo=UTC)),
    ("2022-02-14T14:18:00.000+01:00", datetime(2022, 2, 14, 14, 18, tzinfo=CET)),
    ("2022-02-14T14:18:07.123456789-05", datetime(2022, 2, 14, 14, 18, 7, 123456, tzinfo=EST)),
    ("2022-02-14T14:18:07,5+05:30", datetime(2022, 2, 14, 14, 18, 7, 500000, tzinfo=IST)),
    ("2022-02-14 14:18", datetime(2022, 2, 14, 14, 18)),
    ("2022-02-14t14:18z", datetime(2022, 2, 14, 14, 18, tzinfo=UTC)),
    ("2022-02-14", datetime(2022, 2, 14)),
    ("2022-02-14T14:18-00:00", datetime(2022, 2, 14, 14, 18, tzinfo=UTC)),
    # ISO 8601 basic
    ("20220214T141800+0100", datetime(2022, 2, 14, 14, 18, tzinfo=CET)),
    ("20220214T1418Z", datetime(2022, 2, 14, 14, 18, tzinfo=UTC)),
    ("20220214T141800", datetime(2022, 2, 14, 14, 18)),
    ("20220214", datetime(2022, 2, 14)),
    # the rarer ISO 8601 shapes (dateutil)
    ("2022-W07-1T14:18", datetime(2022, 2, 14, 14, 18)),
    ("2022-045", datetime(2022, 2, 14)),
    ("2022-02-14T24:00", datetime(2022, 2, 15)),
    ("2022-02-14T141807Z", datetime(2022, 2, 14, 14, 18, 7, tzinfo=UTC)),
    # RFC 2822
    ("Mon, 14 Feb 2022 14:18:00 +0100", datetime(2022, 2, 14, 14, 18, tzinfo=CET)),
    ("Mon, 14 Feb 2022 13:18:00 GMT", datetime(2022, 2, 14, 13, 18, tzinfo=UTC)),
    ("14 Feb 2022 13:18 UT", datetime(2022, 2, 14, 13, 18, tzinfo=UTC)),
    ("Mon, 14 Feb 2022 13:18:00 Z", datetime(2022, 2, 14, 13, 18, tzinfo=UTC)),
    ("Mon, 14 Feb 2022 09:18:00 EST", datetime(2022, 2, 14, 9, 18, tzinfo=EST)),
    ("mon, 14 FEB 22 13:18:00 +0000", datetime(2022, 2, 14, 13, 18, tzinfo=UTC)),
    ("Sun, 14 Feb 99 13:18:00 +0000", datetime(1999, 2, 14, 13, 18, tzinfo=UTC)),
    # numeric European, day first
    ("14.02.2022 14:18", datetime(2022, 2, 14, 14, 18)),
    ("14.02.2022, 14:18", datetime(2022, 2, 14, 14, 18)),
    ("03.04.2022 09:05:30", datetime(2022, 4, 3, 9, 5, 30)),
    ("3.4.2022 9:05", datetime(2022, 4, 3, 9, 5)),
    ("14.02.2022", datetime(2022, 2, 14)),
    ("14.02.2022, 14:18 Uhr", datetime(2022, 2, 14, 14, 18)),
    # surrounding white space
    ("  2022-02-14T14:18+0100\n", datetime(2022, 2, 14, 14, 18, tzinfo=CET)),
    ("\u00a014.02.2022 14:18\u00a0", datetime(2022, 2, 14, 14, 18)),
]


@pytest.mark.parametrize(("text", "expected"), GOOD)
def test_good(text: str, expected: datetime) -> None:
    got = parse_timestamp(text)
    assert got == expected
    assert got.utcoffset() == expected.utcoffset()
    assert (got.tzinfo is None) == (expected.tzinfo is None)
    assert got.tzinfo is None or isinstance(got.tzinfo, timezone)
    assert looks_like_timestamp(text)


BAD = [
    "",
    "   ",
    "russie",
    "2022",
    "2022-02",
    "2022-02-30",
    "2022-13-01T10:00",
    "2022-02-14T25:00",
    "2022-02-14T14:61",
    "2022-02-14T14:18:60",
    "2022-02-14T14:18+2500",
    "2022-02-14T14:18+01:60",
    "2022-02-14T14:18 +0100",
    "2022-02-14T14:18+0100 and more",
    "Mon, 30 Feb 2022 14:18:00 +0100",
    "14.13.2022 14:18",
    "32.01.2022",
    "٢٠٢٢-٠٢-١٤ 14:18 and more",
    "2022-02-14T14:18+0100" * 10,
    "Mon, 14 Feb 2022 14:18:00 XYZ",
    "Tue, 14 Feb 2022 14:18:00",
    "14.02.22 25:18",
]

#: Refused before the general reader (0.2) and read since; the fixed forms still read as before.
NOW_READ = [
    ("Mon, 14 Feb 2022 14:18:00", datetime(2022, 2, 14, 14, 18)),  # no zone: naive
    ("Mon, 14 Feb 2022 14:18:00 CET", datetime(2022, 2, 14, 14, 18, tzinfo=CET)),
    ("02/14/2022 14:18", datetime(2022, 2, 14, 14, 18)),  # 14 is no month: month first
    ("14.02.22 14:18", datetime(2022, 2, 14, 14, 18)),
    ("14 février 2022", datetime(2022, 2, 14)),
]


@pytest.mark.parametrize(("text", "expected"), NOW_READ)
def test_now_read(text: str, expected: datetime) -> None:
    got = parse_timestamp(text)
    assert got == expected
    assert got.utcoffset() == expected.utcoffset()
    assert looks_like_timestamp(text)


@pytest.mark.parametrize("text", BAD)
def test_bad(text: str) -> None:
    with pytest.raises(ParseError) as info:
        parse_timestamp(text)
    assert info.value.code == "bad-timestamp"


def test_type_error() -> None:
    with pytest.raises(TypeError):
        parse_timestamp(b"2022-02-14")  # type: ignore[arg-type]


def test_looks_like_rejects_prose() -> None:
    assert not looks_like_timestamp("états-unis")
    assert not looks_like_timestamp("La mairie ouvre un nouveau port")
    assert not looks_like_timestamp("x" * 1000)


# --- round trips -------------------------------------------------------------------------

ZONES = st.one_of(
    st.none(),
    st.integers(-23 * 60 - 59, 23 * 60 + 59).map(lambda m: timezone(timedelta(minutes=m))),
)
STAMPS = st.builds(
    lambda d, tz: d.replace(tzinfo=tz),
    st.datetimes(min_value=datetime(1950, 1, 1), max_value=datetime(2049, 12, 31)),
    ZONES,
)


def _offset(dt: datetime, sep: str) -> str:
    off = dt.utcoffset()
    if off is None:
        return ""
    minutes = int(off.total_seconds()) // 60
    sign = "-" if minutes < 0 else "+"
    h, m = divmod(abs(minutes), 60)
    return f"{sign}{h:02d}{sep}{m:02d}"


FORMS = {
    "dump": lambda d: d.strftime("%Y-%m-%dT%H:%M") + _offset(d, ""),
    "extended": lambda d: d.strftime("%Y-%m-%dT%H:%M:%S.%f") + _offset(d, ":"),
    "basic": lambda d: d.strftime("%Y%m%dT%H%M%S") + _offset(d, ""),
    "rfc2822": lambda d: d.strftime("%a, %d %b %Y %H:%M:%S ") + (_offset(d, "") or "+0000"),
    "dotted": lambda d: d.strftime("%d.%m.%Y %H:%M:%S"),
    "dotted-comma": lambda d: d.strftime("%d.%m.%Y, %H:%M"),
}
DROPS = {
    "dump": ("second", "microsecond"),
    "extended": (),
    "basic": ("microsecond",),
    "rfc2822": ("microsecond",),
    "dotted": ("microsecond", "tzinfo"),
    "dotted-comma": ("second", "microsecond", "tzinfo"),
}


@given(STAMPS, st.sampled_from(sorted(FORMS)))
def test_round_trip(stamp: datetime, form: str) -> None:
    text = FORMS[form](stamp)
    drops = DROPS[form]  # what the form does not print: zero, or no zone
    expected = stamp.replace(
        second=0 if "second" in drops else stamp.second,
        microsecond=0 if "microsecond" in drops else stamp.microsecond,
        tzinfo=None if "tzinfo" in drops else stamp.tzinfo,
    )
    if form == "rfc2822" and stamp.tzinfo is None:
        expected = expected.replace(tzinfo=UTC)
    got = parse_timestamp(text)
    assert got == expected
    assert got.utcoffset() == expected.utcoffset()
    assert looks_like_timestamp(text)


@given(st.text(max_size=80))
def test_only_parse_error(text: str) -> None:
    with contextlib.suppress(ParseError):
        parse_timestamp(text)


@given(st.text(alphabet="0123456789-:.,+TZW ", max_size=40))
def test_only_parse_error_digits(text: str) -> None:
    with contextlib.suppress(ParseError):
        parse_timestamp(text)
