"""Line shapes both wire formats share: the end line's time, bylines, lines in columns.

Pure functions of a line's text (and, for :func:`place_end_line`, the message's
:class:`~wirefmt.formats._wire.Placer`): the readers in :mod:`wirefmt.formats.iptc7901` and
:mod:`wirefmt.formats.anpa1312` decide where each applies.
"""

from __future__ import annotations

import datetime as _dt
from typing import Final

import attrs
import regex

from .._errors import ParseError
from .._policy import Reporter
from ..fields._bylines import is_byline_word
from ..fields._months import month_number
from ..fields._zones import UTC_NAMES, ZONES
from ..fields.timestamps import TimestampNote, read_timestamp
from ._wire import Line, Placer

__all__ = [
    "EndTime",
    "is_byline",
    "is_tabular",
    "place_end_line",
    "read_end_line",
]


# --- the end line ---------------------------------------------------------------------


@attrs.frozen(slots=True)
class EndTime:
    """The time an end line gives: the value, and notes (naive, ambiguous) on reading it."""

    value: _dt.datetime
    notes: tuple[TimestampNote, ...] = ()


#: IPTC 7901's end line: day, hour, minute glued, an optional zone, a month word, a 2-digit
#: year (``131137 GMT Nov 13``, ``211259 Nov 18``, ``091223 dec 18``).
_DDHHMM: Final = regex.compile(
    r"(?P<d>\d\d)(?P<h>\d\d)(?P<m>\d\d)[ ]++(?:(?P<zone>[A-Z]{1,5})[ ]++)?"
    r"(?P<month>\p{L}{3,9}+)\.?[ ]++(?P<y>\d\d)"
)
#: A time-first end line: a station code, ``HH:MM``, then day, month, 2-digit year
#: (``KWS-21:37-09-12-18``, Kyodo's ANPA dialect).
_TIME_FIRST: Final = regex.compile(
    r"(?P<code>[A-Z]{2,5})-(?P<h>\d\d):(?P<m>\d\d)-(?P<d>\d\d)-(?P<mo>\d\d)-(?P<y>\d\d)"
)


def _year(two: str) -> int:
    """A two-digit year as the timestamp reader takes one: 00-49 is 20xx, 50-99 19xx."""
    value = int(two)
    return value + (1900 if value >= 50 else 2000)


def _zone(name: str | None) -> _dt.tzinfo | None:
    if name is None:
        return None
    if name in UTC_NAMES:
        return _dt.UTC
    readings = ZONES.get(name)
    if not readings:
        return None
    return _dt.timezone(_dt.timedelta(minutes=readings[0][0]))


def read_end_line(line: str) -> EndTime | None:
    """Read a wire end line (the transmission time after ``ETX``); None when it is none.

    The timestamp reader (:func:`wirefmt.read_timestamp`) is asked first; the fixed
    layouts it does not know are read here from their fields: IPTC 7901's ``DDHHMM [ZONE]
    Mon YY`` and the time-first ``CODE-HH:MM-DD-MM-YY``. A trailing ``<`` (ANPA's
    quad-left) is not part of the time.
    """
    value = line.strip().rstrip("<").strip()
    if not value or len(value) > 64:
        return None
    try:
        reading = read_timestamp(value)
    except ParseError:
        pass
    else:
        return EndTime(reading.value, reading.notes)
    try:
        m = _DDHHMM.fullmatch(value)
        if m is not None:
            month = month_number(m["month"])
            zone = _zone(m["zone"])
            if month is None or (m["zone"] is not None and zone is None):
                return None
            when = _dt.datetime(
                _year(m["y"]), month, int(m["d"]), int(m["h"]), int(m["m"]), tzinfo=zone
            )
            return EndTime(when)
        m = _TIME_FIRST.fullmatch(value)
        if m is not None:
            when = _dt.datetime(_year(m["y"]), int(m["mo"]), int(m["d"]), int(m["h"]), int(m["m"]))
            return EndTime(when)
    except ValueError:  # day 31 of a short month, hour 25 ...
        return None
    return None


def place_end_line(line: Line, reporter: Reporter, placer: Placer) -> _dt.datetime | None:
    """Read an end line into the time it gives, its role, and a notice when it is naive.

    An end line that reads as no time is left unclaimed: it becomes a leftover.
    """
    end = read_end_line(line.text)
    if end is None:
        return None
    placer.add("timestamp", line.start, line.end)
    if end.value.tzinfo is None:
        reporter.report(
            "naive-timestamp",
            "the end line prints no zone: the time is naive",
            line.start,
            line.end,
        )
    for note in end.notes:
        reporter.report(note.code, note.message, line.start, line.end)
    return end.value


# --- bylines and columns -------------------------------------------------------------

#: The word that opens a byline, by language, as printed before the name (``By Jane Roe``,
#: ``Von Max Muster``, ``Par Jean Dupont``). Data, not code: one row per language.
_BYLINE: Final = regex.compile(r"(?P<word>\p{L}++)[ ]++\p{L}")


def is_byline(line: str) -> bool:
    """True when ``line`` opens with a byline word and a name (``By Jane Roe``)."""
    m = _BYLINE.match(line.strip())
    # the word in capitals or title case ("By", "BY"), as a byline line prints it
    return m is not None and m["word"][0].isupper() and is_byline_word(m["word"])


#: Cells parted by runs of three spaces or more: columns, not prose.
_COLUMNS: Final = regex.compile(r"\S[ ]{3}")


def is_tabular(line: str) -> bool:
    """True when ``line`` is laid out in columns: agate rows, tables, routing lines.

    Its shapes: opened by BS (ANPA's tab-line indicator); two or more ``;`` cells glued to
    the next one (prose puts a space after a semicolon); two or more ``|``; or cells
    parted by runs of three spaces or more. Counts and one literal scan: linear in the line.
    """
    value = line.strip(" \t")
    if value.startswith("\x08") or value.count("|") >= 2:
        return True
    if value.count(";") - value.count("; ") >= 2:
        return True
    return _COLUMNS.search(value) is not None
