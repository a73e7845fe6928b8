"""News timestamps: ISO 8601, RFC 2822, and the forms news metadata prints, to ``datetime``.

Two paths. The **fixed forms** (the table below) are told by one compiled pattern each and
built by C code where possible: the page dump's timestamps take this path. Whatever they
refuse goes to the **general grammar** (:mod:`wirefmt.fields._ts_reader`): month names and
weekdays in 48 languages, 12-hour clocks, ``14h05``, ``17.30 Uhr``, ``kl. 09.41``, ordinals,
zone names (:mod:`wirefmt.fields._zones`), numeric dates in every order, wire end lines and
date-time groups. ``docs/timestamps.md`` lists every form and how open questions (day/month
order, ambiguous zone names, a missing year) are decided; :func:`read_timestamp` reports
them as :class:`TimestampNote` objects.

Fixed forms (surrounding white space is ignored; nothing else may be left over):

========================================  ==============================================
form                                      example
========================================  ==============================================
ISO 8601 extended (``T`` or a space)      ``2022-02-14T14:18+0100``, ``2022-02-14 14:18``
  with seconds, a fraction, a zone        ``2022-02-14T14:18:00.250+01:00``, ``…Z``
ISO 8601 basic                            ``20220214T141800+0100``, ``20220214T1418Z``
ISO 8601 date only                        ``2022-02-14``, ``20220214`` (midnight, naive)
other ISO 8601 (week, ordinal, ``24:00``) ``2022-W07-1T14:18``, ``2022-045``
RFC 2822 (zone required)                  ``Mon, 14 Feb 2022 14:18:00 +0100``, ``… GMT``
day-first dotted date                     ``14.02.2022 14:18``, ``14.02.2022, 14:18:05``,
                                          ``14.02.2022``, ``14.02.2022, 14:18 Uhr``
========================================  ==============================================

Zones of the fixed forms: ``Z``, ``±hh``, ``±hhmm``, ``±hh:mm``; in RFC 2822 also ``UT``,
``UTC``, ``GMT`` and the RFC 822 names (``EST``, ``EDT``, ``CST``, ``CDT``, ``MST``, ``MDT``,
``PST``, ``PDT``, read as the US zones RFC 822 means: no note). A string with no zone gives a
*naive* datetime: its zone is unknown, not UTC. Fractions beyond microseconds are truncated.
The RFC 2822 weekday is not checked against the date (real feeds get it wrong more often than
the date); a weekday in any other form is. Anything else raises
:class:`~wirefmt.ParseError` with the code ``bad-timestamp``, including out-of-range fields
(``2022-02-30``, ``25:00``, ``+2500``); no other exception type escapes for ``str`` input.

Where the work is done, and why (figures from ``bench/fields_bench.py``, Python 3.11):

* **Our own patterns decide what is accepted; the standard library builds the value.** Each form
  has one compiled ``re`` pattern, and ``fullmatch`` on it is the only gate, so the accepted set
  is exactly the documented one whatever the Python version (``datetime.fromisoformat`` alone
  takes any character as the date/time separator, hour-only times, week dates). For ISO 8601,
  once the pattern has matched, ``datetime.fromisoformat`` (C code) builds the datetime: on the
  page dump's ``2022-02-14T14:18+0100``, the hot path, the pattern plus ``fromisoformat`` costs
  about 0.6 µs, where building it ourselves from the groups (``int`` per field, ``datetime(...)``,
  a cached ``timezone`` per offset) cost about 2.4 µs and ``dateutil.parser.isoparse`` about
  6 µs. Caching the zone objects on top of ``fromisoformat`` would need a ``replace`` per call
  that costs more than the parse itself, so each result carries its own ``timezone`` (equal,
  not identical, to the others). When ``fromisoformat`` refuses a string our pattern accepted
  (lower-case ``t``/``z``, ``24:00``, an out-of-range field), our own builder takes over, with
  its cached zones, and says precisely what is wrong.
* RFC 2822 and the dotted form are built from their groups: ``email.utils`` would accept more
  than we document (missing zones, made naive) and turns ``-0000`` into a naive datetime.
* **python-dateutil for the rare ISO 8601 forms**: week dates, ordinal dates, ``24:00``,
  hour-only times and mixed basic/extended strings. Its ``isoparser`` implements those corners
  of the standard carefully and they are too rare to be worth our own code; a cheap pattern
  decides first which strings may go to it, so year-only or year-month strings are refused
  rather than silently completed, and its ``tzutc``/``tzoffset`` results are turned into
  ``datetime.timezone`` so every result carries the same kind of zone.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Final

import attrs
from dateutil.parser import isoparse

from wirefmt._errors import ParseError
from wirefmt.fields import _ts_reader
from wirefmt.fields._ts_tokens import ascii_digits

__all__ = [
    "TimestampNote",
    "TimestampReading",
    "looks_like_timestamp",
    "parse_timestamp",
    "read_timestamp",
]

_CODE = "bad-timestamp"
_MAX_LEN = 100  # no timestamp is longer; longer input is refused after the ISO patterns fail

# ---------------------------------------------------------------------------------------
# The grammar. Each fragment is a plain ``re`` pattern (ASCII digits only), with a sample.
# ---------------------------------------------------------------------------------------

# A zone offset: "+0100", "+01:00", "-05", "Z" (hours to 23, minutes to 59: checked here, as
# datetime.fromisoformat would take "+01:60" for two hours).
_OFF_H = r"(?:[01][0-9]|2[0-3])"
_OFF_M = r"[0-5][0-9]"
_ZONE = rf"(?P<zone>[Zz]|[+-]{_OFF_H}(?::?{_OFF_M})?)"

# ISO 8601 extended: "2022-02-14T14:18+0100", "2022-02-14 14:18:00.5", "2022-02-14".
_ISO_EXT = (
    r"(?P<y>[0-9]{4})-(?P<mo>[0-9]{2})-(?P<d>[0-9]{2})"
    r"(?:[Tt ](?P<h>[0-9]{2}):(?P<mi>[0-9]{2})"
    r"(?::(?P<s>[0-9]{2})(?:[.,](?P<f>[0-9]{1,9}))?)?" + _ZONE + r"?)?"
)

# ISO 8601 basic: "20220214T141800+0100", "20190121T102721", "20220214".
_ISO_BASIC = (
    r"(?P<y>[0-9]{4})(?P<mo>[0-9]{2})(?P<d>[0-9]{2})"
    r"(?:[Tt](?P<h>[0-9]{2})(?P<mi>[0-9]{2})"
    r"(?:(?P<s>[0-9]{2})(?:[.,](?P<f>[0-9]{1,9}))?)?(?P<zone>[Zz]|[+-]"
    rf"{_OFF_H}(?:{_OFF_M})?)?)?"
)

# Other ISO 8601 shapes handed to dateutil: "2022-W07-1T14:18", "2022-045", "2022-02-14T24:00",
# "2017-01-31T034729Z" (extended date, basic time), "2022-02-14T14Z" (hour only).
_ISO_OTHER = (
    r"[0-9]{4}(?:-?W[0-9]{2}(?:-?[1-7])?|-?[0-9]{3}|-[0-9]{2}-[0-9]{2}|[0-9]{4})"
    r"(?:[Tt ][0-9]{2}(?:[0-9:.,]{0,16})(?:[Zz]|[+-][0-9]{2}(?::?[0-9]{2})?)?)?"
)

_MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_RFC_ZONES = {
    "UT": 0,
    "UTC": 0,
    "GMT": 0,
    "Z": 0,
    "EST": -5,
    "EDT": -4,
    "CST": -6,
    "CDT": -5,
    "MST": -7,
    "MDT": -6,
    "PST": -8,
    "PDT": -7,
}

# RFC 2822: "Mon, 14 Feb 2022 14:18:00 +0100", "14 Feb 2022 14:18 GMT", "Sat, 20 Jul 19 07:15 UT".
_RFC2822 = (
    r"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun),\s{0,3})?"
    r"(?P<d>[0-9]{1,2})\s{1,3}(?P<mon>" + "|".join(_MONTHS_EN) + r")\s{1,3}"
    r"(?P<y>[0-9]{4}|[0-9]{2})\s{1,3}(?P<h>[0-9]{2}):(?P<mi>[0-9]{2})(?::(?P<s>[0-9]{2}))?"
    r"\s{1,3}(?P<zone>[+-][0-9]{4}|" + "|".join(_RFC_ZONES) + r")"
)

# Day-first dotted date: "14.02.2022 14:18", "14.02.2022, 14:18:05", "14.02.2022", "… Uhr".
_DOTTED = (
    r"(?P<d>[0-9]{1,2})\.(?P<mo>[0-9]{1,2})\.(?P<y>[0-9]{4})"
    r"(?:,?\s{1,3}(?P<h>[0-9]{1,2}):(?P<mi>[0-9]{2})(?::(?P<s>[0-9]{2}))?(?:\s{0,3}Uhr)?)?"
)

_ISO_EXT_RE = re.compile(_ISO_EXT)
_ISO_BASIC_RE = re.compile(_ISO_BASIC)
_ISO_OTHER_RE = re.compile(_ISO_OTHER)
_RFC2822_RE = re.compile(_RFC2822, re.IGNORECASE)
_DOTTED_RE = re.compile(_DOTTED)


def _anonymous(pattern: str) -> str:
    return re.sub(r"\(\?P<\w+>", "(?:", pattern)


# Every accepted shape at once, for looks_like_timestamp (one fullmatch, no groups kept).
_ANY_RE = re.compile(
    "|".join(f"(?:{_anonymous(p)})" for p in (_ISO_EXT, _ISO_BASIC, _ISO_OTHER, _RFC2822, _DOTTED)),
    re.IGNORECASE,
)

#: offset as printed -> timezone; filled on first use (at most a few thousand spellings).
_ZONE_CACHE: dict[str, timezone] = {"Z": UTC, "z": UTC}


def _error(text: str, why: str) -> ParseError:
    return ParseError(f"not a timestamp ({why}): {text[:40]!r}", code=_CODE, offset=0)


def _zone(text: str, printed: str) -> timezone:
    """Return the cached timezone for an offset as printed: ``+0100``, ``-05:30``, ``+01``."""
    zone = _ZONE_CACHE.get(printed)
    if zone is not None:
        return zone
    digits = printed[1:].replace(":", "")
    hours, minutes = int(digits[:2]), int(digits[2:] or 0)
    if hours > 23 or minutes > 59:
        raise _error(text, f"offset {printed} out of range")
    delta = timedelta(hours=hours, minutes=minutes)
    zone = timezone(-delta if printed[0] == "-" else delta) if delta else UTC
    _ZONE_CACHE[printed] = zone
    return zone


_Fields = tuple[int, int, int, int, int, int, int]  # year, month, day, h, min, s, microsecond


def _build(text: str, fields: _Fields, tz: timezone | None = None) -> datetime:
    """Return ``datetime(*fields, tzinfo=tz)``, out-of-range fields raising ``ParseError``."""
    y, mo, d, h, mi, s, us = fields
    try:
        return datetime(y, mo, d, h, mi, s, us, tzinfo=tz)
    except ValueError as exc:
        raise _error(text, str(exc)) from None


def _from_iso(text: str, m: re.Match[str]) -> datetime:
    g = m.group
    h = g("h")
    if h is None:
        return _build(text, (int(g("y")), int(g("mo")), int(g("d")), 0, 0, 0, 0))
    if h == "24":  # ISO 8601's end of the day: dateutil turns 24:00 into the next midnight
        return _from_dateutil(text, m.string)
    s, f, z = g("s"), g("f"), g("zone")
    fields = (
        int(g("y")),
        int(g("mo")),
        int(g("d")),
        int(h),
        int(g("mi")),
        0 if s is None else int(s),
        0 if f is None else int(f[:6].ljust(6, "0")),
    )
    return _build(text, fields, None if z is None else _zone(text, z))


def _from_rfc2822(text: str, m: re.Match[str]) -> datetime:
    g = m.group
    year = int(g("y"))
    if len(g("y")) == 2:  # RFC 2822 4.3: 00-49 are 2000-2049, 50-99 are 1950-1999
        year += 2000 if year < 50 else 1900
    month = [x.casefold() for x in _MONTHS_EN].index(g("mon").casefold()) + 1
    zone = g("zone").upper()
    if zone in _RFC_ZONES:
        zone = f"{_RFC_ZONES[zone]:+03d}00"
    s = g("s")
    second = 0 if s is None else int(s)
    fields = (year, month, int(g("d")), int(g("h")), int(g("mi")), second, 0)
    return _build(text, fields, _zone(text, zone))


def _from_dotted(text: str, m: re.Match[str]) -> datetime:
    g = m.group
    h, s = g("h"), g("s")
    fields = (
        int(g("y")),
        int(g("mo")),
        int(g("d")),
        0 if h is None else int(h),
        0 if h is None else int(g("mi")),
        0 if s is None else int(s),
        0,
    )
    return _build(text, fields)


# An ISO week date's year, week and day: "2022-W07-1", "2022W071".
_WEEK_RE = re.compile(r"([0-9]{4})-?W([0-9]{2})(?:-?([1-7]))?")


def _from_dateutil(text: str, value: str) -> datetime:
    week = _WEEK_RE.match(value)
    if week is not None:
        # dateutil rolls "2022-W53-7" over into the next year; a year has 52 or 53 weeks
        # and date.fromisocalendar refuses the week that is not there.
        year, number, day = week.groups()
        try:
            date.fromisocalendar(int(year), int(number), int(day or 1))
        except ValueError as exc:
            raise _error(text, str(exc)) from None
    try:
        result = isoparse(value)
    except (ValueError, OverflowError) as exc:
        raise _error(text, str(exc)) from None
    offset = result.utcoffset()
    if offset is None:
        return result
    tz = UTC if not offset else timezone(offset)
    return result.replace(tzinfo=tz)


#: What decided a reading the text left open: ``"argument"``, ``"language"``, ``"clock"``,
#: ``"default"`` or ``"reference"``.
DecidedBy = _ts_reader.DecidedBy


@attrs.frozen
class TimestampNote:
    """A decision the text did not make, taken by an argument, the language or a default.

    Attributes:
        code: a diagnostic code of :data:`wirefmt._policy.CODES`: ``ambiguous-date`` (day and
            month could swap, or a month word means different months in different
            languages), ``ambiguous-zone`` (``IST``, ``CST``, ``BST`` …) or ``inferred-year``
            (the year came from the reference date).
        message: one sentence saying what was read and what else it could be.
        decided_by: ``"argument"`` (``dayfirst`` or ``tz``), ``"language"`` (``lang``),
            ``"clock"`` (a 12-hour clock: month first), ``"default"`` (the documented default)
            or ``"reference"``.
        alternatives: the other readings, as datetimes (empty for ``inferred-year``).

    .. versionadded:: 0.2
    """

    code: str
    message: str
    decided_by: DecidedBy
    alternatives: tuple[datetime, ...] = ()


@attrs.frozen
class TimestampReading:
    """The datetime read from a timestamp, with the notes on what the text left open.

    .. versionadded:: 0.2
    """

    value: datetime
    notes: tuple[TimestampNote, ...] = ()

    @property
    def ambiguous(self) -> bool:
        """True when some part of the value was decided by a default rather than the text."""
        return any(n.decided_by == "default" for n in self.notes)


def _check_type(text: object, name: str) -> str:
    if not isinstance(text, str):
        raise TypeError(f"{name}() needs a str, not {type(text).__name__}")
    return text


def read_timestamp(
    text: str,
    *,
    reference: date | None = None,
    dayfirst: bool | None = None,
    tz: str | None = None,
    lang: str | None = None,
    unix_time: bool = True,
) -> TimestampReading:
    """Read a news timestamp into a datetime, and say what the text left open.

    The accepted forms are listed in ``docs/timestamps.md``. Where the text does not decide,
    the keyword arguments do, else the documented default, and a :class:`TimestampNote`
    says which reading was taken and what the others are.

    Args:
        text: the timestamp as printed; surrounding white space is ignored.
        reference: the date a timestamp without a year is near (a page's date, a feed's
            date); its year also places two-digit years. Without it a yearless timestamp is
            refused.
        dayfirst: how to read a numeric date whose first two numbers could both be the day
            or the month (``05/04/2021``): True for day first, False for month first.
        tz: where the text comes from, for an ambiguous zone name: an ISO 3166 region
            (``"IN"``, ``"IE"``) or an IANA zone (``"Asia/Kolkata"``). It never gives a zone
            to a timestamp that prints none.
        lang: the document's language tag (``"pl"``, ``"en-US"``, ``"sr-Cyrl"``): decides
            month words shared by languages, the order of numeric dates (``en-US`` month
            first, the rest day first) and ambiguous zone names.
        unix_time: read a bare number of 10 digits (13) as Unix time in seconds
            (milliseconds), UTC: a string handed to a timestamp parser that is such a
            number is one. False refuses it, for fields where an identifier or a count of
            that shape may stand. (:func:`looks_like_timestamp`, which tells timestamps
            from other lines, never takes a bare number for one.)

    Returns:
        The reading: ``value`` (naive when no zone is printed) and ``notes``.

    Raises:
        ParseError: code ``bad-timestamp``, for any other text, an impossible date, or a
            weekday that contradicts the date.
        TypeError: when ``text`` is not a ``str``.

    Example:
        >>> r = read_timestamp("05/04/2021 10:00")
        >>> r.value, r.notes[0].code, r.notes[0].decided_by
        (datetime.datetime(2021, 4, 5, 10, 0), 'ambiguous-date', 'default')
        >>> r.notes[0].alternatives
        (datetime.datetime(2021, 5, 4, 10, 0),)
        >>> read_timestamp("05/04/2021 10:00", lang="en-US").value
        datetime.datetime(2021, 5, 4, 10, 0)

    .. versionadded:: 0.2
    """
    value = ascii_digits(_check_type(text, "read_timestamp").strip())
    fast = _fast(text, value)
    if fast is not None:
        return TimestampReading(fast)
    try:
        result = _ts_reader.read(
            value, reference=reference, dayfirst=dayfirst, tz=tz, lang=lang, unix_time=unix_time
        )
    except _ts_reader.Refused as exc:
        raise _error(text, str(exc)) from None
    notes = tuple(
        TimestampNote(n.code, n.message, n.decided_by, n.alternatives) for n in result.notes
    )
    return TimestampReading(result.value, notes)


def parse_timestamp(
    text: str,
    *,
    reference: date | None = None,
    dayfirst: bool | None = None,
    tz: str | None = None,
    lang: str | None = None,
    unix_time: bool = True,
) -> datetime:
    """Parse a news timestamp into a ``datetime``, aware when a zone is printed.

    The accepted forms are listed in the module docstring and in ``docs/timestamps.md``. The
    keyword arguments are those of :func:`read_timestamp`, which also says where the text
    left the reading open (a numeric date whose day and month could swap, an ambiguous zone
    name): this function takes the same reading and drops the notes.

    Args:
        text: the timestamp as printed; surrounding white space is ignored.
        reference: the date a yearless timestamp is near.
        dayfirst: True or False to read ``05/04/2021`` day first or month first.
        tz: an ISO 3166 region or an IANA zone deciding an ambiguous zone name.
        lang: the document's language tag.
        unix_time: read a bare 10-digit (13-digit) number as Unix seconds (milliseconds);
            on by default, False refuses it.

    Returns:
        The datetime; naive when the text has no zone (the zone is unknown, not UTC), else
        with a ``datetime.timezone`` of the printed offset.

    Raises:
        ParseError: code ``bad-timestamp``, for any other text and for out-of-range fields.
        TypeError: when ``text`` is not a ``str``.

    Example:
        >>> parse_timestamp("2022-02-14T14:18+0100").isoformat()
        '2022-02-14T14:18:00+01:00'
        >>> parse_timestamp("14.02.2022, 14:18")
        datetime.datetime(2022, 2, 14, 14, 18)
        >>> parse_timestamp("jeudi 7 octobre 2021 à 09h12")
        datetime.datetime(2021, 10, 7, 9, 12)

    .. versionadded:: 0.1
    .. versionchanged:: 0.2
       Month names in 41 languages, 12-hour clocks, zone names, numeric dates in every order,
       wire forms; the keyword arguments.
    """
    if not isinstance(text, str):
        raise TypeError(f"parse_timestamp() needs a str, not {type(text).__name__}")
    value = text.strip()
    # the hot path, inline: the page dump's ISO 8601 stamps, built by C code
    m = _ISO_EXT_RE.fullmatch(value) or _ISO_BASIC_RE.fullmatch(value)
    if m is not None:
        try:
            return datetime.fromisoformat(value)
        except ValueError:
            return _from_iso(text, m)  # "t"/"z", 24:00, or a field out of range: say which
    value = ascii_digits(value)  # "١٤/٠٧/٢٠٢٣": any script's decimal digits, as ASCII
    fast = _fast(text, value)
    if fast is not None:
        return fast
    try:
        result = _ts_reader.read(
            value, reference=reference, dayfirst=dayfirst, tz=tz, lang=lang, unix_time=unix_time
        )
    except _ts_reader.Refused as exc:
        raise _error(text, str(exc)) from None
    return result.value


def _fast(text: str, value: str) -> datetime | None:
    """The fixed forms (ISO 8601, RFC 2822, dotted), or None to go on to the general reader."""
    if len(value) > _MAX_LEN:
        raise _error(text, "too long")
    result = _fixed(text, value)
    if result is not None and result.year < _ts_reader.FIRST_YEAR and not text.isascii():
        # "۱۴۰۲-۰۴-۲۳" in Persian digits: a Solar Hijri date, not the year 1402
        raise _error(text, f"year {result.year} in non-ASCII digits: another calendar?")
    return result


def _fixed(text: str, value: str) -> datetime | None:
    m = _ISO_EXT_RE.fullmatch(value) or _ISO_BASIC_RE.fullmatch(value)
    if m is not None:
        try:
            return datetime.fromisoformat(value)  # the hot path: C code, shape already checked
        except ValueError:
            return _from_iso(text, m)  # "t"/"z", 24:00, or a field out of range: say which
    m = _RFC2822_RE.fullmatch(value)
    if m is not None:
        return _from_rfc2822(text, m)
    m = _DOTTED_RE.fullmatch(value)
    if m is not None:
        return _from_dotted(text, m)
    if _ISO_OTHER_RE.fullmatch(value) is not None:
        return _from_dateutil(text, value)
    return None


#: Any decimal digit (Unicode): a line without one is no timestamp.
_DIGIT: Final = re.compile(r"\d")


def looks_like_timestamp(text: str) -> bool:
    """Tell whether ``text`` has the shape of a timestamp ``parse_timestamp`` accepts.

    The fixed forms (ISO 8601, RFC 2822, dotted) are told by one compiled pattern, without
    checking field ranges, so a True answer can still end in ``ParseError`` (``2022-02-30``).
    Other text is read by the general reader. A False answer means ``parse_timestamp``
    (without arguments) would raise.

    Args:
        text: one line, surrounding white space ignored.

    Returns:
        True when the line has one of the accepted shapes.

    Raises:
        TypeError: when ``text`` is not a ``str``.

    Example:
        >>> looks_like_timestamp(" 2022-02-14T14:18+0100 "), looks_like_timestamp("russie")
        (True, False)
        >>> looks_like_timestamp("12 апреля 2022, 09:15"), looks_like_timestamp("v2.10.15")
        (True, False)

    .. versionadded:: 0.1
    """
    if not isinstance(text, str):
        raise TypeError(f"looks_like_timestamp() needs a str, not {type(text).__name__}")
    value = text.strip()
    if _ANY_RE.fullmatch(value) is not None:
        return len(value) <= _MAX_LEN
    if not value or len(value) > _ts_reader.MAX_LEN or _DIGIT.search(value) is None:
        # every form the reader accepts prints a number (a day, a time, a year): a line
        # without a digit (a keyword, a name) is refused here, before the reader's scan
        return False
    if not value.isascii():
        digits = ascii_digits(value)
        if digits is not value and _ANY_RE.fullmatch(digits) is not None:
            try:  # rare: a fixed form in other digits, whose year may be another calendar's
                return _fast(text, digits) is not None
            except ParseError:
                return False
        value = digits
    try:
        _ts_reader.read(value, reference=None, dayfirst=None, tz=None, lang=None, unix_time=False)
    except _ts_reader.Refused:
        return False
    return True
