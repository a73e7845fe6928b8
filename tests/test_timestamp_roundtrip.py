"""Round trips: a random datetime printed in each language and form reads back the same."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta, timezone

from hypothesis import given
from hypothesis import strategies as st

from wirefmt.fields._months import ROWS, WEEKDAYS
from wirefmt.fields._zones import ZONES
from wirefmt.fields.timestamps import parse_timestamp

LANGS = sorted(ROWS)
#: zone names with one reading, and their offsets in minutes
PLAIN_ZONES = sorted((name, r[0][0]) for name, r in ZONES.items() if len(r) == 1)

# two-digit years read back as 1950..2049 without a reference
STAMPS = st.datetimes(min_value=datetime(1950, 1, 1), max_value=datetime(2049, 12, 31))


def _month(draw: st.DrawFn, lang: str, month: int) -> str:
    return draw(st.sampled_from(ROWS[lang][month - 1].split()))


def _weekday(draw: st.DrawFn, lang: str, day: datetime) -> str:
    rows = WEEKDAYS.get(lang, WEEKDAYS["en"])
    return draw(st.sampled_from(rows[day.weekday()].split())).replace("_", " ")


def _clock12(d: datetime, draw: st.DrawFn) -> str:
    hour = d.hour % 12 or 12
    mark = draw(st.sampled_from(("AM", "a.m.", "a. m.", "am"))) if d.hour < 12 else "PM"
    return f"{hour}:{d.minute:02d} {mark}"


Form = Callable[[st.DrawFn, str, datetime], str]

FORMS: dict[str, Form] = {
    "day month year, clock": lambda draw, lang, d: (
        f"{d.day} {_month(draw, lang, d.month)} {d.year}, {d:%H:%M:%S}"
    ),
    "weekday, day. month year clock": lambda draw, lang, d: (
        f"{_weekday(draw, lang, d)}, {d.day}. {_month(draw, lang, d.month)} {d.year} {d:%H:%M:%S}"
    ),
    "clock, day month year": lambda draw, lang, d: (
        f"{d:%H:%M:%S}, {d.day} {_month(draw, lang, d.month)} {d.year}"
    ),
    "month day, year 12-hour": lambda draw, lang, d: (
        f"{_month(draw, lang, d.month)} {d.day}, {d.year} {_clock12(d, draw)}"
    ),
    "year. month day. clock": lambda draw, lang, d: (
        f"{d.year}. {_month(draw, lang, d.month)} {d.day}. {d:%H:%M}"
    ),
    "day month year à HHhMM": lambda draw, lang, d: (
        f"{d.day} {_month(draw, lang, d.month)} {d.year} à {d.hour}h{d.minute:02d}"
    ),
    "day.month.year kl. HH.MM": lambda draw, lang, d: f"{d:%d.%m.%Y} kl. {d:%H.%M}",
    "day/month/year clock": lambda draw, lang, d: f"{d:%d/%m/%Y %H:%M}",
    "day. month. year clock": lambda draw, lang, d: f"{d.day}. {d.month}. {d.year} {d:%H:%M}",
    "year/month/day clock": lambda draw, lang, d: f"{d:%Y/%m/%d %H:%M:%S}",
    "compact": lambda draw, lang, d: f"{d:%Y%m%d%H%M%S}",
    "ANPA end line": lambda draw, lang, d: f"{d:%m-%d-%y %H%M}",
    "date-time group": lambda draw, lang, d: (
        f"{d:%d%H%M} {_month(draw, 'en', d.month).upper()} {d:%y}"
    ),
}
#: what each form does not print
DROPS = {
    "month day, year 12-hour": ("second",),
    "year. month day. clock": ("second",),
    "day month year à HHhMM": ("second",),
    "day.month.year kl. HH.MM": ("second",),
    "day/month/year clock": ("second",),
    "day. month. year clock": ("second",),
    "ANPA end line": ("second",),
    "date-time group": ("second",),
}
#: forms that need a zone to be read as the wire prints them
ZONED = {"ANPA end line", "date-time group"}


@st.composite
def printed(draw: st.DrawFn) -> tuple[str, str, datetime, str]:
    form = draw(st.sampled_from(sorted(FORMS)))
    lang = draw(st.sampled_from(LANGS))
    stamp = draw(STAMPS).replace(microsecond=0)
    if "second" in DROPS.get(form, ()):
        stamp = stamp.replace(second=0)
    text = FORMS[form](draw, lang, stamp)
    zone = draw(st.sampled_from(("none", "name", "offset", "gmt")))
    if form in ZONED:  # the wire prints a zone name there, glued to the clock
        zone = "name"
    if zone == "name":
        name, minutes = draw(st.sampled_from(PLAIN_ZONES))
        glue = "" if form in ZONED else " "
        if form == "date-time group":
            head, _, tail = text.partition(" ")
            text = f"{head}{glue}{name} {tail}" if name == "Z" else f"{head} {name} {tail}"
        else:
            text = f"{text}{glue}{name}"
        stamp = stamp.replace(tzinfo=timezone(timedelta(minutes=minutes)) if minutes else UTC)
    elif zone == "offset" and form not in ("compact",):
        minutes = draw(st.integers(-12 * 60, 14 * 60).map(lambda m: m - m % 15))
        sign, (h, m) = ("-" if minutes < 0 else "+"), divmod(abs(minutes), 60)
        text = f"{text} {sign}{h:02d}{m:02d}"
        stamp = stamp.replace(tzinfo=timezone(timedelta(minutes=minutes)) if minutes else UTC)
    elif zone == "gmt" and form not in ("compact",):
        hours = draw(st.integers(-11, 14))
        text = f"{text} GMT{hours:+d}" if hours else f"{text} GMT"
        stamp = stamp.replace(tzinfo=timezone(timedelta(hours=hours)) if hours else UTC)
    return form, lang, stamp, text


@given(printed())
def test_round_trip(case: tuple[str, str, datetime, str]) -> None:
    form, lang, stamp, text = case
    dayfirst = None if "/" not in text else True
    got = parse_timestamp(text, lang=lang, dayfirst=dayfirst)
    assert got == stamp, (form, text)
    assert got.utcoffset() == stamp.utcoffset(), (form, text)
    assert (got.tzinfo is None) == (stamp.tzinfo is None), (form, text)
