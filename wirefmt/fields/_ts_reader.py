"""The general timestamp reader: words, numbers and clocks in any order, read from tables.

:func:`read` has ``_ts_scan`` cut a timestamp into tokens with one compiled pattern (bounded,
possessive: linear time) and give every token a role: a month or weekday name (``_months``), a zone
(``_zones``), a filler or unit word (``_timewords``), a clock (``14:05``, ``14h05``,
``17.30 Uhr``, ``7:14 PM``), a numeric date (``5/5/2019``, ``2021.11.02``, ``23. 12. 2024``),
a day, a year, or a compact wire group (``1452GMT``, ``150930 GMT``, ``20230714093015MESZ``).
A token that takes no role, or two values for one field, refuses the string: nothing is
guessed and nothing is left over. Where the text does not decide (a numeric date whose day and
month could swap, an ambiguous zone name or month word, a missing year) the reader decides by
the caller's arguments, else by the documented default, and returns a :class:`Note` saying so.
"""

from __future__ import annotations

import datetime as _dt
import re
import unicodedata
from typing import Final, Literal, NamedTuple
from zoneinfo import ZoneInfo

from wirefmt.fields._months import BY_LANGUAGE, fold, month_numbers, weekday_numbers
from wirefmt.fields._timewords import MONTH_FIRST_REGIONS, YEAR_FIRST_LANGUAGES
from wirefmt.fields._ts_scan import Scan, State
from wirefmt.fields._ts_tokens import CHARS, Refused
from wirefmt.fields._zones import LOCAL_NAMES, ZONES

__all__ = ["FIRST_YEAR", "DecidedBy", "Note", "Refused", "Result", "read"]

#: The first year a news timestamp may name: earlier four-digit years (1402, 1445) are those of
#: the Solar Hijri and Hijri calendars that Persian and Arabic pages print.
FIRST_YEAR: Final = 1800
MAX_LEN: Final = 100  # no timestamp is longer; longer text is refused before any pattern runs


#: What decided a reading the text left open.
DecidedBy = Literal["argument", "language", "clock", "default", "reference"]


class Note(NamedTuple):
    """A decision the text did not make: ``code`` (a ``_policy.CODES`` key), a sentence, what
    decided it and the other readings as datetimes."""

    code: str
    message: str
    decided_by: DecidedBy
    alternatives: tuple[_dt.datetime, ...]


class Result(NamedTuple):
    """The datetime read, and the notes on what the text left open."""

    value: _dt.datetime
    notes: tuple[Note, ...]


# A label before a colon, with no digit: "Posted: ", "Son Güncelleme : ".
_WORDS: Final = re.compile(r"[^\W\d_]++")
_LABEL: Final = re.compile(r"([^\d:：]{1,40}+)[:：][ \u00a0]{0,3}+")
# A zone's long name in brackets after an offset, as JavaScript's Date prints it:
# "GMT+0300 (Moscow Standard Time)". The offset is the value; the name is dropped.
_OFFSET_END: Final = re.compile(r"[+-][0-9]{2}:?[0-9]{2}\Z")
_ZONE_LABEL: Final = re.compile(r"(?<=[0-9])[ ]{0,3}\((?:[^\W\d_]|[ ]){2,60}+\)\Z")
# An ANPA / IPTC 7901 end line's source and desk before the date: "AP-NY-".
_WIRE_SLUG: Final = re.compile(r"[A-Z]{1,8}+-[A-Z]{1,4}+-(?=[0-9]{2}-[0-9]{2}-[0-9]{2}[ ])")


def _lang_parts(lang: str | None) -> tuple[str | None, str | None, str | None]:
    """Return (months key, base language, region) of a language tag like ``sr-Cyrl-RS``."""
    if not lang:
        return None, None, None
    parts = lang.replace("_", "-").split("-")
    base = parts[0].lower()
    region = next((p.upper() for p in parts[1:] if len(p) == 2 and p.isalpha()), None)
    script = next((p.title() for p in parts[1:] if len(p) == 4), None)
    key = f"{base}-{script}" if script and f"{base}-{script}" in BY_LANGUAGE else base
    return key, base, region


def _infer_year(month: int, day: int, reference: _dt.date) -> int | None:
    """The year putting this month and day nearest to ``reference`` (at most a year apart)."""
    best: tuple[int, int] | None = None
    for year in (reference.year - 1, reference.year, reference.year + 1):
        try:
            gap = abs((_dt.date(year, month, day) - reference).days)
        except ValueError:
            continue
        if best is None or gap < best[0]:
            best = (gap, year)
    return None if best is None else best[1]


def _century(yy: int, reference: _dt.date | None) -> int:
    """A two-digit year: nearest to the reference's year, else 00-49 is 20xx, 50-99 19xx."""
    if reference is not None:
        base = reference.year - reference.year % 100
        return min(
            (base - 100 + yy, base + yy, base + 100 + yy), key=lambda y: abs(y - reference.year)
        )
    return yy + (2000 if yy < 50 else 1900)


def read(
    text: str,
    *,
    reference: _dt.date | None,
    dayfirst: bool | None,
    tz: str | None,
    lang: str | None,
    unix_time: bool = True,
) -> Result:
    """Read ``text`` (stripped) into a datetime and notes; raise :class:`Refused`."""
    if len(text) > MAX_LEN:
        raise Refused("too long")
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
    if CHARS.fullmatch(text) is None:
        raise Refused("a character no timestamp holds")
    notes: list[Note] = []
    wire = _WIRE_SLUG.match(text)
    if wire is not None:
        text = text[wire.end() :]
    zone_label = _ZONE_LABEL.search(text)
    if zone_label is not None and _OFFSET_END.search(text, 0, zone_label.start()) is not None:
        text = text[: zone_label.start()]
    label = _LABEL.match(text)
    if label is not None and not any(
        month_numbers(w) or weekday_numbers(w) or w in ZONES for w in _WORDS.findall(label.group(1))
    ):
        text = text[label.end() :]
    if text.isdigit() and len(text) in (10, 13):  # 12 and 14 digits are wire groups
        return _unix(text, unix_time)
    key, base, region = _lang_parts(lang)
    hints = _Hints(reference, dayfirst, tz, key, base, region)
    st = State()
    scan = Scan(text, st)
    scan.run()
    months = scan.months
    if scan.duals:  # "mar": March, or Tuesday in French and Spanish
        if not months and st.month is None and st.ndate is None:
            months.append(scan.duals.pop())  # the weekday is printed before the month
        for word in scan.duals:
            if st.weekday is not None:
                raise Refused("two weekdays")
            st.weekday = word
    if len(months) > 1:
        # "تموز/يوليو", "أيار (مايو)": one month in two calendars' names, printed side by side
        readings = {month_numbers(m) for m in months}
        if len(readings) > 1 or len(next(iter(readings))) > 1:
            raise Refused("two month names")
        del months[1:]
    if months:
        st.set("month", _month(months[0], key, st, notes))
        st.month_word = months[0]
    _date_fields(st, hints, notes)
    if st.relative is not None:
        _relative(st, st.relative, hints.reference, notes)
    return _finish(st, hints, notes)


def _relative(st: State, days: int, reference: _dt.date | None, notes: list[Note]) -> None:
    """ "today 14:05", "gestern, 18:30": the day counted from the reference date. A clock must
    be printed ("Today" alone is a heading); a date printed beside the word ("hoy, 3 de
    marzo") is the value, and must be that day when a reference is given."""
    if st.hour is None:
        raise Refused("a relative day ('today', 'yesterday') and no clock")
    day = None if reference is None else reference + _dt.timedelta(days=days)
    if st.month is not None or st.day is not None:
        if day is not None and (
            (st.month, st.day) != (day.month, day.day) or st.year not in (None, day.year)
        ):
            raise Refused(f"the printed date is not {day}, the relative day's")
        return
    if day is None:
        raise Refused("a relative day ('today', 'yesterday') and no reference date")
    st.year, st.month, st.day = day.year, day.month, day.day
    notes.append(Note("inferred-year", f"date {day} counted from the reference date",
                      "reference", ()))  # fmt: skip


def _unix(text: str, unix_time: bool) -> Result:
    """A bare number: Unix time (10 digits: seconds, 13: milliseconds), unless the caller
    says the field may hold an identifier or a count of that shape (``unix_time=False``)."""
    if not unix_time:
        raise Refused("a bare number (unix_time=False: not read as Unix time)")
    if text[0] == "0":
        raise Refused("Unix time does not open with 0")
    seconds = int(text) / (1000 if len(text) == 13 else 1)
    return Result(_dt.datetime.fromtimestamp(seconds, _dt.UTC), ())


class _Hints(NamedTuple):
    """What the caller said: the keyword arguments, the language tag split up."""

    reference: _dt.date | None
    dayfirst: bool | None
    tz: str | None
    key: str | None  # the language's key in the month table ("sr-Cyrl")
    base: str | None  # the language ("sr")
    region: str | None  # the region ("RS")


def _month(word: str, key: str | None, st: State, notes: list[Note]) -> int:
    readings = month_numbers(word)
    table = BY_LANGUAGE.get(key or "")
    if table is not None and fold(word) in table:
        return table[fold(word)]
    if len(readings) == 1:
        return next(iter(readings))
    # several languages disagree: the reading of the first language of ROWS having the form
    chosen = next(t[fold(word)] for t in BY_LANGUAGE.values() if fold(word) in t)
    others = sorted(readings - {chosen})
    st.swapped = tuple(others)
    notes.append(
        Note(
            "ambiguous-date",
            f"month word {word!r} read as month {chosen}; in other languages month "
            + ", ".join(map(str, others)),
            "default",
            (),
        )
    )
    return chosen


def _date_fields(st: State, hints: _Hints, notes: list[Note]) -> None:
    """Give the numbers their roles: a numeric date in the right order, year, day."""
    bare = st.bare
    if st.ndate is not None:
        _numeric_date(st, st.ndate, hints, notes)
    # numbers without a role: a year of four digits, a day, a two-digit year
    for t in list(bare):
        if len(t) >= 3:
            if len(t) == 3:
                raise Refused(f"number {t!r} has no role")
            st.set("year", int(t))
            bare.remove(t)
    if st.month is None and bare:
        raise Refused("numbers and no month")
    if bare and st.day is None:
        st.set("day", int(bare.pop(0)))
    if bare and st.year is None and len(bare[0]) == 2:
        st.set("year", int(bare.pop(0)))
        st.year_digits = 2
    if bare:
        raise Refused(f"number {bare[0]!r} has no role")


def _numeric_date(
    st: State, ndate: tuple[str, str, str, str], hints: _Hints, notes: list[Note]
) -> None:
    """Read ``a/b/c``: year first by its width, else day and month by their values, else by
    the wire form, the dots, the arguments, the language, the clock or the default.

    ``c`` is empty for a date without a year (``14/02 09:12``, ``Sa., 14.03.``): the year
    comes from the reference. Alone, two numbers are a fraction or a score (``3/4``,
    ``24/7``), so a clock or a weekday must be printed with them; year-first languages print
    them month first (``3/14`` in Japanese)."""
    a, b, c, sep = ndate
    if st.month is not None or (st.day is not None and not st.wire):
        raise Refused("a numeric date and another date")
    year_first = hints.base in YEAR_FIRST_LANGUAGES
    if not c:
        if st.hour is None and st.weekday is None:
            raise Refused(f"{a}{sep}{b} with no clock or weekday: a fraction or a score?")
        _day_month(st, ndate, hints, notes, True if year_first else None)
        return
    anpa = st.wire and sep == "-" and len(c) == 2  # ANPA / IPTC 7901: MM-DD-YY
    if len(a) >= 3 or (year_first and len(c) <= 2 and not anpa):
        if len(c) > 2 or len(b) > 2:
            raise Refused("no date order fits")
        st.set("year", int(a))
        st.year_digits = len(a)
        st.set("month", int(b))
        st.set("day", int(c))
        return
    if len(c) == 3 or len(c) == 1 or len(a) > 2:
        raise Refused("no date order fits")
    st.set("year", int(c))
    st.year_digits = len(c)
    _day_month(st, ndate, hints, notes, True if anpa else None)


def _day_month(
    st: State,
    ndate: tuple[str, str, str, str],
    hints: _Hints,
    notes: list[Note],
    month_first: bool | None,
) -> None:
    """Set the day and month of a numeric date's first two numbers: by their values where one
    exceeds 12, else ``month_first`` (a wire form, a year-first language), else day first for
    dots, else by :func:`_order`, with a note."""
    a, b, c, sep = ndate
    first, second = int(a), int(b)
    if first > 12 >= second:
        month_first = False
    elif second > 12 >= first:
        month_first = True
    elif first > 12 and second > 12:
        raise Refused("no month among the numbers")
    elif month_first is None and sep == ".":
        month_first = False  # dotted dates are day first wherever they are printed
    elif month_first is None:
        month_first, why = _order(hints.dayfirst, hints.base, hints.region, st)
        if first != second:
            st.swapped = (first if not month_first else second,)
            printed = sep.join(x for x in (a, b, c) if x)
            order = "month first" if month_first else "day first"
            notes.append(Note("ambiguous-date", f"{printed} read {order}", why, ()))
    st.set("month", first if month_first else second)
    st.set("day", second if month_first else first)


def _order(
    dayfirst: bool | None, base: str | None, region: str | None, st: State
) -> tuple[bool, DecidedBy]:
    """Month first?, and what decided, for a date whose two first numbers could swap."""
    if dayfirst is not None:
        return (not dayfirst), "argument"
    if region is not None:
        return region in MONTH_FIRST_REGIONS, "language"
    if base is not None and base != "en":  # English alone is printed both ways
        return False, "language"
    if st.ampm is not None:
        return True, "clock"  # a 12-hour clock: the month-first convention of the US
    return False, "default"


def _finish(st: State, hints: _Hints, notes: list[Note]) -> Result:
    """Check the fields (weekday, 12-hour clock, zone) and build the datetime."""
    reference = hints.reference
    if st.month is None or st.day is None:
        raise Refused("no day and month")
    year = st.year
    if year is None:
        if reference is None:
            raise Refused("no year, and no reference date to take it from")
        year = _infer_year(st.month, st.day, reference)
        if year is None:
            raise Refused("no year near the reference has this day")
        notes.append(Note("inferred-year", f"year {year} taken from the reference date",
                          "reference", ()))  # fmt: skip
    elif st.year_digits == 2:
        year = _century(year, reference)
    elif year < FIRST_YEAR:
        # "۱۴۰۲/۰۴/۲۳", "1445-01-05": a year of the Solar Hijri or Hijri calendar, which this
        # reader does not convert; read as Gregorian it would be six centuries off
        raise Refused(f"year {year} is before {FIRST_YEAR}: another calendar?")
    if st.hour is None and st.ampm is not None:
        raise Refused("a 12-hour marker and no clock")
    hour = 0 if st.hour is None else st.hour
    if st.ampm is not None:
        if not 1 <= hour <= 12:
            raise Refused(f"hour {hour} on a 12-hour clock")
        hour = hour % 12 + (12 if st.ampm else 0)
    try:
        naive = _dt.datetime(year, st.month, st.day, hour, st.minute, st.second, st.micro)
    except ValueError as exc:
        raise Refused(str(exc)) from None
    if st.swapped:  # the other readings of the date, where they are real dates
        notes = [_with_other_months(n, naive, st) for n in notes]
    if st.weekday is not None:
        naive, notes = _by_weekday(st.weekday, naive, notes, hints.base)
    offset = st.offset
    if st.zone is not None and st.zone in LOCAL_NAMES:
        offset = _local(LOCAL_NAMES[st.zone], naive)
    elif st.zone is not None and "/" in st.zone:  # a place phrase: "Moscow time"
        offset = _local(st.zone, naive)
    elif st.zone is not None and (offset is None or st.named):
        # "GMT+3" adds up; a printed offset beside a name ("+0300 (MSK)") is the value
        offset = _zone(st.zone, naive, offset or 0, hints, notes)
        if abs(offset) >= 24 * 60:
            raise Refused("offset out of range")
    if offset is None:
        return Result(naive, tuple(notes))
    zone = _dt.UTC if not offset else _dt.timezone(_dt.timedelta(minutes=offset))
    dated = [
        n._replace(alternatives=tuple(a.replace(tzinfo=zone) for a in n.alternatives))
        if n.code == "ambiguous-date"
        else n
        for n in notes
    ]
    return Result(naive.replace(tzinfo=zone), tuple(dated))


def _by_weekday(
    word: str, naive: _dt.datetime, notes: list[Note], base: str | None
) -> tuple[_dt.datetime, list[Note]]:
    """Check the printed weekday; where the date had other readings, let it choose one."""
    days = weekday_numbers(word, base)
    open_notes = [n for n in notes if n.code == "ambiguous-date" and n.alternatives]
    candidates = [naive, *(a for n in open_notes for a in n.alternatives)]
    fitting = [c for c in candidates if c.weekday() in days]
    if not fitting:
        raise Refused(f"{word!r} is not the weekday of {naive.date()}")
    if open_notes and len(fitting) == 1:  # the weekday decides: nothing is left open
        return fitting[0], [n for n in notes if n not in open_notes]
    return naive, notes


def _with_other_months(note: Note, naive: _dt.datetime, st: State) -> Note:
    if note.code != "ambiguous-date":
        return note
    others = []
    for month in st.swapped:
        day = naive.month if st.ndate is not None else naive.day  # a swap, or another month
        try:
            others.append(naive.replace(month=month, day=day))
        except ValueError:
            continue
    return note._replace(alternatives=tuple(others))


def _aware(naive: _dt.datetime, minutes: int) -> _dt.datetime:
    return naive.replace(
        tzinfo=_dt.timezone(_dt.timedelta(minutes=minutes)) if minutes else _dt.UTC
    )


def _zone(
    name: str,
    naive: _dt.datetime,
    extra: int,
    hints: _Hints,
    notes: list[Note],
) -> int:
    """The offset in minutes of a zone name (plus ``extra``: ``GMT+3``), noting a choice."""
    tz, base, region = hints.tz, hints.base, hints.region
    readings = ZONES[name]
    if len(readings) == 1:
        return readings[0][0] + extra
    chosen = readings[0]
    why: DecidedBy = "default"
    hint = _hint_offsets(tz, naive)
    for reading in readings:
        offset, _, regions, languages = reading
        if tz is not None and (tz.upper() in regions or offset in hint):
            chosen, why = reading, "argument"
            break
    else:
        for reading in readings:
            _, _, regions, languages = reading
            if (region is not None and region in regions) or (
                base is not None and base in languages
            ):
                chosen, why = reading, "language"
                break
    notes.append(
        Note(
            "ambiguous-zone",
            f"{name} read as {chosen[1]} (UTC{_fmt(chosen[0])}); also "
            + ", ".join(f"{r[1]} (UTC{_fmt(r[0])})" for r in readings if r is not chosen),
            why,
            tuple(_aware(naive, r[0] + extra) for r in readings if r is not chosen),
        )
    )
    return chosen[0] + extra


def _local(zone: str, naive: _dt.datetime) -> int:
    """The offset of an IANA zone (``ET`` is ``America/New_York``) at ``naive``, from the
    time zone database."""
    try:
        offset = naive.replace(tzinfo=ZoneInfo(zone)).utcoffset()
    except (ValueError, KeyError, OSError):
        raise Refused(f"no time zone data to read {zone}") from None
    return 0 if offset is None else int(offset.total_seconds()) // 60


def _fmt(minutes: int) -> str:
    sign = "-" if minutes < 0 else "+"
    h, m = divmod(abs(minutes), 60)
    return f"{sign}{h:02d}:{m:02d}"


def _hint_offsets(tz: str | None, naive: _dt.datetime) -> frozenset[int]:
    """The offsets of an IANA zone name at ``naive``: the one in force and its standard one
    (Israel Standard Time is +02:00 also when Jerusalem keeps summer time); empty for no
    name or an unknown one."""
    if tz is None or "/" not in tz:
        return frozenset()
    try:
        aware = naive.replace(tzinfo=ZoneInfo(tz))
    except (ValueError, KeyError, OSError):
        return frozenset()
    offset, dst = aware.utcoffset(), aware.dst()
    if offset is None:
        return frozenset()
    minutes = int(offset.total_seconds()) // 60
    return frozenset((minutes, minutes - int((dst or _dt.timedelta()).total_seconds()) // 60))
