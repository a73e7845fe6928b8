"""The timestamp reader's first half: the role of each token (see ``_ts_reader``).

A left to right pass (:class:`Scan`) over the tokens of ``_ts_tokens`` gives each token its
role in a :class:`State`, from the tables of ``_months``, ``_zones`` and ``_timewords``, or
raises :class:`Refused`.
"""

from __future__ import annotations

from typing import Final

from wirefmt.fields._months import fold, month_numbers, weekday_numbers
from wirefmt.fields._timewords import (
    AMPM,
    AMPM_AFTER,
    AMPM_BEFORE,
    CLOCK_AFTER,
    CLOCK_BEFORE,
    DAY_UNITS,
    FILLERS,
    HOUR_UNITS,
    MINUTE_UNITS,
    MONTH_UNITS,
    NUMBER_BEFORE,
    ORDINAL_SUFFIXES,
    RELATIVE_DAYS,
    SECOND_UNITS,
    YEAR_UNITS,
)
from wirefmt.fields._ts_tokens import (
    CLOCKS,
    LOCAL_TIME,
    NUMERIC,
    SKIP_PUNCT,
    TOKEN,
    Refused,
    Tok,
    Unknown,
    cut,
    place_zone,
    place_zones,
)
from wirefmt.fields._weekdays import JOINER
from wirefmt.fields._zones import LOCAL_NAMES, UTC_NAMES, ZONES

__all__ = ["Scan", "State"]


# "2023年3月5日", "下午2:30", "14時35分": CJK units and markers glue to numbers
_UNITS: Final = (
    YEAR_UNITS | MONTH_UNITS | DAY_UNITS | HOUR_UNITS | MINUTE_UNITS | frozenset(AMPM_BEFORE)
)
_NO_VALUE: Final = FILLERS | CLOCK_BEFORE | CLOCK_AFTER | YEAR_UNITS | ORDINAL_SUFFIXES


class State:
    """Everything read so far; each field is set once."""

    __slots__ = (
        "ampm", "bare", "day", "day_marked", "hour", "micro", "minute", "month", "month_word",
        "named", "ndate", "offset", "relative", "second", "swapped", "weekday", "wire", "year",
        "year_digits", "zone",
    )  # fmt: skip

    def __init__(self) -> None:
        self.year: int | None = None
        self.year_digits = 4
        self.month: int | None = None
        self.month_word: str | None = None
        self.day: int | None = None
        self.day_marked = False
        self.hour: int | None = None
        self.minute = 0
        self.second = 0
        self.micro = 0
        self.ampm: bool | None = None
        self.offset: int | None = None
        self.zone: str | None = None
        self.weekday: str | None = None
        self.ndate: tuple[str, str, str, str] | None = None
        self.bare: list[str] = []  # numbers of 1-4 digits with no role yet, in order
        self.wire = False
        self.named = False  # the offset belongs to a UTC name: "GMT+3"
        self.swapped: tuple[int, ...] = ()  # other month readings, for the notes
        self.relative: int | None = None  # "today": 0, "yesterday": -1 (days from the reference)

    def set(self, name: str, value: object) -> None:
        if getattr(self, name) is not None:
            raise Refused(f"two values for the {name}")
        setattr(self, name, value)

    def clock(self, hour: str, minute: str = "0", second: str = "0", fraction: str = "") -> None:
        self.set("hour", int(hour))
        self.minute, self.second = int(minute), int(second)
        self.micro = int(fraction[:6].ljust(6, "0")) if fraction else 0


def _word_at(tokens: list[Tok], i: int) -> str | None:
    """The folded word at tokens[i], or None (no word there)."""
    if 0 <= i < len(tokens) and tokens[i].kind == "word":
        return fold(tokens[i].text)
    return None


def _zone_word(tok: Tok) -> bool:
    t = tok.text
    return tok.kind == "word" and (t in ZONES or t in LOCAL_NAMES) and t.upper() == t


def _offset_after(tokens: list[Tok], i: int) -> int | None:
    """Read ``+0300``, ``+03:00``, ``-5``, ``+05:30`` at tokens[i] (a sign, then the number
    glued to it) into minutes east of UTC, or None."""
    if i + 1 >= len(tokens) or tokens[i].text not in "+-−" or not tokens[i + 1].glued:
        return None
    nxt = tokens[i + 1]
    sign = -1 if tokens[i].text != "+" else 1
    if nxt.kind == "time" and nxt.text.count(":") == 1:
        hours, minutes = (int(x) for x in nxt.text.split(":"))
    elif nxt.kind == "num" and len(nxt.text) in (1, 2):
        hours, minutes = int(nxt.text), 0
    elif nxt.kind == "num" and len(nxt.text) == 4:
        hours, minutes = int(nxt.text[:2]), int(nxt.text[2:])
    else:
        return None
    if hours > 23 or minutes > 59:
        raise Refused(f"offset {tokens[i].text}{nxt.text} out of range")
    return sign * (hours * 60 + minutes)


def _compact(st: State, digits: str) -> bool:
    """Read a compact wire group glued to a zone: HHMM, DDHHMM, YYYYMMDDHHMM[SS]."""
    n = len(digits)
    if n == 4:
        st.clock(digits[:2], digits[2:])
    elif n == 6:
        st.set("day", int(digits[:2]))
        st.clock(digits[2:4], digits[4:])
    elif n in (12, 14):
        st.set("year", int(digits[:4]))
        st.set("month", int(digits[4:6]))
        st.set("day", int(digits[6:8]))
        st.clock(digits[8:10], digits[10:12], digits[12:] or "0")
    else:
        return False
    st.wire = True
    return True


class Scan:
    """One pass over the tokens, left to right, giving each its role in :class:`State`."""

    def __init__(self, text: str, st: State) -> None:
        self.tokens = cut(text)
        self.used = [False] * len(self.tokens)
        self.st = st
        self.months: list[str] = []
        self.duals: list[str] = []  # words both a month and a weekday: "mar"
        self.pending: str | None = None  # "16.15" with no clock word, before any date
        self.places = place_zones()

    def run(self) -> None:
        for i, tok in enumerate(self.tokens):
            if self.used[i]:
                continue
            self.used[i] = True
            if tok.kind == "num":
                _number(self.tokens, i, self.used, self.st)
            elif tok.kind == "word":
                self.word(i, tok)
            else:
                getattr(self, tok.kind)(i, tok.text)
        if self.pending is not None:  # "16.15, 3 december 2021": a date came after it
            st = self.st
            dated = st.ndate or self.months or self.duals or st.day or st.relative is not None
            if st.hour is not None or not dated:
                raise Refused(f"{self.pending!r} is neither a clock nor a date")
            st.clock(*self.pending.split("."))

    def punct(self, i: int, t: str) -> None:
        st = self.st
        signed = t in "+-−" and st.offset is None
        if signed and (st.hour is not None or st.zone is not None) and self.offset(i):
            return
        if t not in SKIP_PUNCT:
            raise Refused(f"unexpected {t!r}")

    def offset(self, i: int) -> bool:
        off = _offset_after(self.tokens, i)
        if off is None:
            return False
        self.st.offset = off
        self.used[i] = self.used[i + 1] = True
        return True

    def ampm(self, i: int, t: str) -> None:
        st = self.st
        key = t.replace(".", "").replace(" ", "").replace("\u00a0", "").lower()
        nxt = self.tokens[i + 1] if i + 1 < len(self.tokens) else None
        if st.hour is not None and st.ampm is None and self.tokens[i - 1].kind != "word":
            st.ampm = AMPM[key]
        elif st.hour is None and st.ampm is None and t[0].isupper() and nxt and nxt.kind == "time":
            st.ampm = AMPM[key]  # "PM 9:30": before the clock, in capitals (German "am" is not)
        elif key != "am":  # German "am 5. März" is a filler
            raise Refused(f"{t!r} follows no clock")

    def ndate(self, i: int, t: str) -> None:
        m = TOKEN.match(t)
        sep = (m.group("sep") if m else None) or "."
        a, b, c = (p.strip() for p in t.rstrip(".").split(sep.strip() or sep))
        self.st.set("ndate", (a, b, c, sep.strip()))

    def pdate(self, i: int, t: str) -> None:
        """``14/02``, ``14.02.``: a day and a month without a year (the reference gives it);
        ``09.41.`` after "kl" or before "Uhr" is a clock."""
        sep = "/" if "/" in t else "."
        a, b = t.rstrip(".").split(sep)
        if sep == "." and (
            self._clock_word_before(i) or _word_at(self.tokens, i + 1) in CLOCK_AFTER
        ):
            self.st.clock(a, b)
            return
        self.st.set("ndate", (a, b, "", sep))

    def _clock_word_before(self, i: int) -> bool:
        """Whether a clock word ("kl", "um", "godz.") stands before tokens[i]."""
        before = _word_at(self.tokens, i - 1)
        if before is None and i >= 2 and self.tokens[i - 1].text == ".":
            before = _word_at(self.tokens, i - 2)  # "kl. 09.41"
        return before in CLOCK_BEFORE

    def time(self, i: int, t: str) -> None:
        hm, _, frac = t.replace(",", ".").partition(".")
        hour, minute, *second = hm.split(":")
        self.st.clock(hour, minute, second[0] if second else "0", frac)

    def htime(self, i: int, t: str) -> None:
        hour, _, minute = t.lower().partition("h")
        self.st.clock(hour, minute or "0")

    def dot(self, i: int, t: str) -> None:
        """``17.30``: a clock after "kl", "um", "klo" …, before "Uhr", or after a date."""
        tokens, st = self.tokens, self.st
        after = _word_at(tokens, i + 1)
        dated = st.ndate is not None or self.months or st.day is not None
        dated = dated or st.relative is not None  # "dün 21.20"
        twelve = i + 1 < len(tokens) and tokens[i + 1].kind == "ampm"  # "4.15pm"
        if (
            self._clock_word_before(i)
            or after in CLOCK_AFTER
            or twelve
            or (dated and st.hour is None)
        ):
            st.clock(*t.split("."))
        elif self.pending is None:
            self.pending = t  # decided once the whole text is read
        else:
            raise Refused(f"{t!r} is neither a clock nor a date")

    def two_words(self, i: int, t: str, second: str) -> bool:
        """A month or weekday of two words: "تشرين الأول", "thứ năm"."""
        joined = f"{t}{JOINER}{second}"
        if month_numbers(joined):
            self.used[i + 1] = True
            self.months.append(joined)
            return True
        if weekday_numbers(joined):
            self.used[i + 1] = True
            if self.st.weekday is not None:
                raise Refused("two weekdays")
            self.st.weekday = joined
            return True
        return False

    def beside_number(self, i: int, t: str, key: str, nxt: Tok | None) -> bool:
        """A word read with the number beside it: "09:30 م", "09h30min", "tháng 7"."""
        st = self.st
        prev = self.tokens[i - 1] if i else None
        if key in AMPM_AFTER and st.ampm is None and prev is not None and prev.kind in CLOCKS:
            st.ampm = AMPM_AFTER[key]  # "09:30 م", "9:30 مساءً"
            return True
        if key in MINUTE_UNITS and prev is not None and prev.kind == "htime":
            return True  # "09h30min": the minutes are read
        if key in NUMBER_BEFORE and nxt is not None and nxt.kind == "num":
            field = NUMBER_BEFORE[key]  # "tháng 7", "năm 2023"
            if (field == "year") != (len(nxt.text) == 4) or len(nxt.text) == 3:
                raise Refused(f"{nxt.text!r} after {t!r}")
            self.used[i + 1] = True
            st.set(field, int(nxt.text))
            return True
        return False

    def word(self, i: int, tok: Tok) -> None:
        st, t = self.st, tok.text
        nxt = self.tokens[i + 1] if i + 1 < len(self.tokens) else None
        # a zone name follows a number ("PET" opens a Croatian date as Friday, "UT" a Slovak
        # one as Tuesday)
        if _zone_word(tok) and any(x.kind in NUMERIC for x in self.tokens[:i]):
            st.set("zone", t)
            # "GMT+1", "GMT +3", "UTC -05:00": the sign may stand apart from the name
            if t in UTC_NAMES and nxt is not None and nxt.text in "+-−":
                st.named = self.offset(i + 1)
            return
        key = fold(t)
        # a zone printed as a place: "Moscow time", "heure de Paris", "北京时间"
        place = place_zone(self.places, self.tokens, i, key)
        if place is not None:
            size, zone = place
            self.used[i : i + size] = [True] * size
            if zone != LOCAL_TIME:
                st.set("zone", zone)
            return
        if nxt is not None and nxt.kind == "word" and self.two_words(i, t, nxt.text):
            return
        if self.beside_number(i, t, key, nxt):
            return
        if key in AMPM_BEFORE and st.hour is None and st.ampm is None:
            st.ampm = AMPM_BEFORE[key]  # "오후 2:30": the clock must follow
            return
        if nxt is not None and nxt.glued and nxt.kind in NUMERIC and key not in _UNITS:
            raise Refused(f"{t!r} is glued to a number")  # "v2.10", "No5", "T14:18"
        is_month = bool(month_numbers(t))
        is_day = bool(weekday_numbers(t))
        if not is_month and key in FILLERS:  # Finnish "la" (Saturday) is French "la" too
            return
        if key in RELATIVE_DAYS:  # "today 14:05", "вчера в 12:00"
            st.set("relative", RELATIVE_DAYS[key])
            return
        if is_month and is_day:
            self.duals.append(t)
        elif is_month:
            self.months.append(t)
        elif is_day:
            if st.weekday is not None:
                raise Refused("two weekdays")
            st.weekday = t
        elif key not in _NO_VALUE:
            raise Unknown(t, self.tokens)


def _number(tokens: list[Tok], i: int, used: list[bool], st: State) -> None:
    t = tokens[i].text
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    after = fold(nxt.text) if nxt is not None and nxt.kind == "word" else None
    if len(t) in (12, 14) and st.hour is None:
        _compact(st, t)  # "20230714093015MESZ", "202307140930"
        return
    # "1452GMT", "150930 GMT"; a year before a zone ("5 May 2021 GMT") stays a year
    if (
        nxt is not None
        and _zone_word(nxt)
        and st.hour is None
        and (len(t) == 6 or (len(t) == 4 and (nxt.glued or st.ndate is not None)))
    ):
        _compact(st, t)
        return
    if len(t) == 8 and st.ndate is None and st.year is None:
        st.set("ndate", (t[:4], t[4:6], t[6:], "-"))
        return
    if len(t) > 4:
        raise Refused(f"number {t!r} has no role")
    if nxt is not None and nxt.kind == "ampm" and len(t) <= 2:
        st.clock(t)  # "2pm", "7 a.m."
        return
    if after is not None:
        glued_or_hyphen = nxt is not None and (nxt.glued or "-" in nxt.text)
        if after in YEAR_UNITS and len(t) in (2, 4):
            used[i + 1] = True
            st.set("year", int(t))
            st.year_digits = len(t)
            return
        if after in MONTH_UNITS and len(t) <= 2:
            used[i + 1] = True
            st.set("month", int(t))
            return
        if after in DAY_UNITS and len(t) <= 2:
            used[i + 1] = True
            st.set("day", int(t))
            st.day_marked = True
            return
        if after.lstrip("-") in ORDINAL_SUFFIXES and glued_or_hyphen and len(t) <= 2:
            used[i + 1] = True
            st.set("day", int(t))
            st.day_marked = True
            return
        if after in HOUR_UNITS and len(t) <= 2:
            used[i + 1] = True
            st.clock(t)
            return
        if after in MINUTE_UNITS | SECOND_UNITS and len(t) <= 2 and st.hour is not None:
            used[i + 1] = True
            name = "minute" if after in MINUTE_UNITS else "second"
            if getattr(st, name):
                raise Refused(f"two values for the {name}")
            setattr(st, name, int(t))
            return
        if after in CLOCK_AFTER and len(t) <= 2 and st.hour is None:
            used[i + 1] = True
            minutes = tokens[i + 2] if i + 2 < len(tokens) else None
            if minutes is not None and minutes.kind == "num" and len(minutes.text) == 2:
                # "9 h 30", "9 ч 30 мин", "9 Uhr 30": the minutes after the hour's word
                used[i + 2] = True
                st.clock(t, minutes.text)
                if i + 3 < len(tokens) and _word_at(tokens, i + 3) in MINUTE_UNITS:
                    used[i + 3] = True
                return
            st.clock(t)
            return
    st.bare.append(t)
