"""Wire datelines: where, when and who, read off the start of a story, and written back.

``parse_dateline`` looks only at the first :data:`WINDOW` characters of its text and matches
one grammar, anchored at the start (after white space): ``_dateline_grammar.GRAMMAR``, whose
docstring gives the general form and whose fragments each carry a sample. After the match, a
few checks (``_dateline_checks.py``) refuse what the grammar alone cannot tell from a
dateline, by the shape of what it read (tables in ``_places.py`` and ``_months.py``):

* a bracket that is no agency: a note (``(l.)``), a ticker or an acronym of the name before it
  (``Acme (ACME) - ``), a party after a person (``Mr Smith (Labour) - ``);
* a headline word, a speaker's role or a weekday in the place's seat (``UPDATE - ``,
  ``PERIODISTA.- ``, ``Monday, Feb. 14 — ``);
* a colon after a bare place (``Кремль: Путин …`` is a headline): a colon closes a dateline
  only after an agency, a date or a region.

Precision comes before recall: a wrong dateline would cut the body.
"""

from __future__ import annotations

import datetime as _dt
import functools
import re

import attrs
import regex

from wirefmt._model import Dateline
from wirefmt.fields._dateline_checks import check_agency, check_place, check_when, fold_day
from wirefmt.fields._dateline_format import STYLES, format_dateline
from wirefmt.fields._dateline_grammar import (
    AGENCY_WORDS,
    DAY_FOLDED,
    GRAMMAR,
    LEAD,
    MONTH_FORMS,
    MONTH_WORD,
    SHAPE_MIXED,
)

__all__ = ["BARE_CLOSE", "STYLES", "WINDOW", "format_dateline", "parse_dateline"]

# names the tests reach for
_GRAMMAR = GRAMMAR
_MONTH_WORD = MONTH_WORD

#: How many characters at the start of a text the parser looks at.
WINDOW = 200

#: Agencies known to close a dateline with no dash, the story following a space (``New Delhi,
#: Feb 14 (PTI) The …``). Since 0.2 any agency may do so (the story must open with a capital);
#: the set stays as documentation.
BARE_CLOSE = frozenset({"dpa", "pti", "ians", "prensa latina", "cna", "apa", "kyodo", "aa"})

#: Spaces read as a plain space: no-break (RIA prints one before its dash), narrow no-break, thin.
#: (str.translate on non-ASCII text costs more than the dateline pattern itself, so it runs
#: only when one of them is there; three ``in`` tests cost a tenth of one class search.)
_SPACES = {0x00A0: " ", 0x202F: " ", 0x2009: " "}

#: Days after the reference a dateline's date may fall (a story dated just before midnight in
#: one zone and stamped in another, or filed ahead of an embargo).
_AHEAD_DAYS = 3

# ---------------------------------------------------------------------------------------
# Compiling the grammar, and a cheaper copy of it
# ---------------------------------------------------------------------------------------
# Compiling ``GRAMMAR`` takes long, most of it the month trie, which is written once per date
# slot. So the grammar is first matched as a copy in which a month is any whole word of
# letters (``_ANY_MONTH_WORD``, much cheaper to compile and a little faster to run), and each
# month word the copy read is then checked against the list (``m.captures("month")``: every
# month on the path that matched).
#
# The copy gives the grammar's own answer. Every month form is made of letters and marks, and
# so is every character that matches one of its letters case-insensitively; the trie must be
# followed by no letter or mark. So where the trie matches, the copy's word matches the same
# characters, and it never matches in more than one way. No month stands in a look-around or
# in a possessive or atomic group. So the copy tries the grammar's paths in the grammar's
# order, with more of them succeeding: when every month word on the path it took is a month,
# the grammar takes the same path; when the copy fails, so does the grammar. Only when the
# copy read a word that is no month (``Tuesday`` in ``LONDON, Tuesday 14 (…)``, rare) is the
# grammar itself compiled and matched. tests/test_datelines.py checks these conditions.

#: A month in the copy: any whole word of letters no longer than the longest month form.
_ANY_MONTH_WORD = rf"[\p{{L}}\p{{M}}]{{1,{max(map(len, MONTH_FORMS))}}}+(?![\p{{L}}\p{{M}}])"


@functools.cache
def _grammar() -> regex.Pattern[str]:
    """``GRAMMAR``, compiled on first need, with the month trie written once and called
    (``(?&month_word)``) from each date: a quarter of a second to compile instead of more than
    one (it runs slower than the copy, and only where the copy read a word that is no month).
    """
    return regex.compile(
        # (the definition last, so the groups keep the copy's numbers)
        f"{GRAMMAR.replace(MONTH_WORD, '(?&month_word)')}(?(DEFINE)(?P<month_word>{MONTH_WORD}))",
        regex.VERSION0,
    )


@functools.cache
def _any_month_grammar() -> regex.Pattern[str]:
    """The copy of ``GRAMMAR`` with ``_ANY_MONTH_WORD`` for every month word."""
    return regex.compile(GRAMMAR.replace(MONTH_WORD, _ANY_MONTH_WORD), regex.VERSION0)


# The month check is a set lookup, not the trie: the forms are lower case (and the Turkish
# ``ı`` also as ``i``), so a word is a month when its lower case is one of them.
def _is_month_word(word: str) -> bool:
    return word.isdigit() or word.lower() in MONTH_FORMS


@functools.cache
def _month_word() -> regex.Pattern[str]:
    """``MONTH_WORD`` alone (the tests check the set lookup against it)."""
    return regex.compile(MONTH_WORD, regex.VERSION0)


# The copy is what nearly every dateline is matched with: compiled at import, not by the
# first opening that reaches it, whose parse would otherwise take that much longer than every
# other (a latency spike for a service). The full grammar stays on first need: rare.
_any_month_grammar()


def _match(head: str) -> regex.Match[str] | None:
    """``_grammar().match(head)``, but mostly from the cheaper copy (see above)."""
    m = _any_month_grammar().match(head)
    if m is None:
        return None
    if all(_is_month_word(w) for w in m.captures("month")):
        return m
    return _grammar().match(head)


# ---------------------------------------------------------------------------------------
# A cheap refusal before the grammar
# ---------------------------------------------------------------------------------------
# The grammar costs microseconds to fail on an ordinary sentence, and most body openings are
# ordinary sentences. Each shape needs a landmark that prose seldom has, so ``_may_match``
# tells in about a microsecond that no shape can match; it only refuses, never accepts, so it
# can never change an answer. Landmarks, shape by shape:
#
# * brackets (place first, no place, agency first, byline): ``(``, 1 to 31 characters, none
#   of them a bracket, then ``)``;
# * slashes: two ``/``; bars: ``|``; a bare agency after a date: the dash landmark below; a
#   bare agency's name after a place: a
#   hyphen or a comma, then three capitals or an Arabic letter (``_LANDMARK_BARE_NAME``);
# * capitals, Chinese, Japanese, Korean, Arabic, a web address first, a byline: the first
#   characters after the lead (``_LANDMARK_OPENING``);
# * full stop: ``. `` then a capital and a capital or digit; a date's full stop or line break:
#   a digit, then on the same line and near it ``. `` or the line's end
#   (``_LANDMARK_DATED_STOP``);
# * a date then a dash or a colon (dash agency, dated): an ASCII digit then, at most
#   ``_DAY_TO_DASH`` characters later on the same line, the dash or colon;
# * agency after a comma: ``, ``, capitalised words (maybe in quotes) and a full stop
#   (``AGENCY_WORDS``), or ``, `` and a web address;
# * a place in small letters with no agency: that shape itself, which has no month and fails
#   within the first few words of a sentence.

#: How far from the start the full stop after a one-word place may stand: the lead (8) and
#: the longest ``NAME`` (four parts of 25 letters and their hyphens).
_STOP_REACH = 8 + 25 + 3 * 26 + 1

#: How far the dash that closes a dateline may stand after its date's first digit.
_DAY_TO_DASH = 2 + 2 + 3 + max(map(len, MONTH_FORMS)) + 3 + 3 + 4 + 1 + 3 + 1
# The landmarks that must open the text, as one pattern (a call costs about as much as a
# scan that fails early); the place in small letters with no agency on its own, asked only
# when the text has one of its terminators (as the dash landmark).
_LANDMARK_OPENING = regex.compile(
    LEAD
    + r"(?:\p{Lu}[\p{Lu}\p{M}'’]|[\p{Han}\p{Katakana}\p{Arabic}【(（]"
    + r"|[\p{L}\p{N}][\p{L}\p{N}\-]{1,30}+\.\p{L}|By\x20)",
    regex.VERSION0,
)
_LANDMARK_MIXED = regex.compile(LEAD + SHAPE_MIXED, regex.VERSION0)
_LANDMARK_COMMA = regex.compile(
    rf",\x20(?:[«\"“]?{AGENCY_WORDS}[»\"”]?\.\s|[\p{{L}}\p{{N}}][\p{{L}}\p{{N}}\-]{{1,30}}+\.\p{{L}})",
    regex.VERSION0,
)
_LANDMARK_AGENCY = regex.compile(r"\([^()]{1,31}\)")
# (the bare name after a place: a hyphen or a comma, then three capitals or Arabic letters)
_LANDMARK_BARE_NAME = regex.compile(
    LEAD + r"[\p{L}\p{M}\x20]{2,62}?\x20?[-–,]\x20?(?:\p{Lu}{3}|\p{Arabic})", regex.VERSION0
)
_LANDMARK_STOP = regex.compile(r"\.\x20\p{Lu}[\p{Lu}\p{N}]", regex.VERSION0)
# (the first dash after the digit is near enough when any is: no run to retry)
_LANDMARK_DASH = re.compile(rf"[0-9][^\n\-–—_•:]{{0,{_DAY_TO_DASH}}}+[-–—_•:]")
# a date's full stop before the story: "Havana, July 13. The …", "Lyon, 3 mars. Le …"
# or a line break ("Minsk, March 3" alone on its line)
_LANDMARK_DATED_STOP = re.compile(rf"[0-9][^\n.]{{0,{_DAY_TO_DASH}}}+(?:\.\x20|\.?\r?\n)")


# Before the landmarks, the opening's first words: most body openings are a sentence whose
# first words no dateline can open with ("Depuis janvier 2021, …", "The minister said …"),
# and one anchored match that fails within the first words is cheaper than any search of the
# whole head. Every shape opens with one of (``GRAMMAR``, shape by shape):
#
# * no letter: a bracket, a slash, a digit, a quote, ``【`` (agency first, a credit, a date
#   first, Korean openings);
# * ``By `` (a byline);
# * a word in small letters (a web address, a month, a weekday, ``a`` before a day): a full
#   stop, a hyphen or a digit right after it, a weekday's comma, or a day of one or two digits
#   (``marzo 13 (…)``);
# * capitalised words, maybe with particles between them (a place, a month, a weekday), then
#   punctuation right after a word (a region's comma, ``.``, ``/``, ``(``, ``:``, a hyphen, a
#   line break), or a space and no letter (a bracket, a dash, a date's digits), or a space and
#   one or two words of any case (a month and its day, a weekday and its comma, a bare
#   agency's place of three words and its hyphen). A word of a script without case counts as
#   capitalised: the Chinese, Japanese and Arabic shapes print a digit or punctuation after
#   their first word or their place's few words.
#
# So the gate below is a superset of the grammar's openings: it only refuses, never accepts
# (tests/test_datelines_gate.py checks it against the grammar). It is one anchored stdlib
# ``re`` match, the cheapest call there is (a call of the ``regex`` module, or a few lines of
# Python, cost more than the whole gate), so it reads case from a class of small letters built
# here: those of the cased alphabets below U+0590 (Latin, Greek, Cyrillic, Armenian), Georgian
# and the Latin and Greek extensions. A small letter of another alphabet counts as a capital,
# and a mark ends a word: both only let more through. An apostrophe is a word's letter, as in
# the grammar's words (``O'Hare``, ``L'Aquila``): no shape ends a word at one.


def _small_letters() -> str:
    """A character class of the small letters above, as ranges."""
    spans: list[tuple[int, int]] = []
    for lo, hi in ((0, 0x0590), (0x10D0, 0x1100), (0x1E00, 0x2000)):
        for code in range(lo, hi):
            if chr(code).islower():
                if spans and spans[-1][1] == code - 1:
                    spans[-1] = (spans[-1][0], code)
                else:
                    spans.append((code, code))
    return "[" + "".join(f"{chr(a)}-{chr(b)}" if b > a else chr(a) for a, b in spans) + "]"


_G_SMALL = _small_letters()
# (the marks of the scripts that write vowels as marks are letters here, as they are in the
# grammar's words: Hebrew and Arabic points, the Indic scripts, Thai, Lao, Burmese, Khmer)
_G_MARKS = (
    "\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed"
    "\u0900-\u0eff\u1000-\u109f\u1780-\u17ff"
)
_G_LETTER = rf"(?:[^\W\d_]|['’{_G_MARKS}])"
_G_CAPS = rf"(?!{_G_SMALL})[^\W\d_]"
_G_WORD = rf"{_G_LETTER}*+"
# a day of one or two digits after a month ("marzo 13", "févr. 3", "March 3rd"), not a year
# ("janvier 2021")
_G_DAY = r"\.?\x20{1,2}\d(?!\d\d)"
# a comma after a word: then no small letter (a region, a date, an agency, a bracket, a
# quote: "SPRINGFIELD, Ill.", "MOSCOW, March 3", "YEREVAN, ARMENPRESS."), or a small word and
# punctuation or a day (a weekday, a month, "a 9", a web address: "Lima, lunes, 3 de marzo",
# "JAKARTA, kompas.com - "); not a sentence's clause ("Joe Biden, the president")
_G_COMMA = rf",[\x20\t]*+(?:(?!{_G_SMALL})|{_G_LETTER}++(?:(?![\x20'’])|{_G_DAY}))"
# punctuation after a capitalised word (a region's comma as above, "PARIS-The", "Damas/ ",
# "Hamburg (AFP)", "LONDON:", a line break)
_G_END = rf"(?:(?![\x20,])|{_G_COMMA})"
# after the last capitalised word, at least one of: punctuation; a space and no letter
# ("Hamburg (AFP)", "LONDON — ", "Lyon 3 mars"); a word of any case then a day (a month:
# "LONDON March 3", "Madrid a 9 de marzo"), a weekday's comma, a dash ("Sao Tome - STPA"); a
# third word then a dash or a comma and four capitals ("Tripoli al Gharb - LANA/", the bare
# agency after a place of up to three words)
_G_TAIL = (
    rf"(?:{_G_END}|\x20(?![^\W\d_])|\x20{_G_LETTER}++(?:{_G_DAY}|\x20?[-–]|{_G_COMMA}"
    rf"|\x20{_G_LETTER}++(?:\x20?[-–]|,\x20?(?:{_G_CAPS}){{4}})))"
)
_GATE = re.compile(
    r"[\s\ufeff]*+(?:"
    rf"(?![^\W\d_])|By\x20"  # no letter (a bracket, a digit, a quote); a byline
    # a small word: a month, a weekday, "a" before a day, a web address ("agenzianova.com")
    rf"|{_G_SMALL}{_G_WORD}(?:[.\-\d]|{_G_DAY}|{_G_COMMA})"
    # capitalised words with up to two particles between them, then the tail after any of them
    rf"|{_G_CAPS}{_G_WORD}(?:(?:\x20{_G_SMALL}{{1,5}}+(?=\x20)){{0,2}}\x20{_G_CAPS}{_G_WORD}){{0,8}}"
    rf"{_G_TAIL})"
)


def _may_match(head: str) -> bool:
    """False when no shape of ``GRAMMAR`` can match ``head`` (see the gate and the landmarks
    above)."""
    if _GATE.match(head) is None:
        return False
    slashes = head.count("/")
    if (
        slashes >= 2
        or "|" in head
        or _LANDMARK_BARE_NAME.match(head) is not None
        or ("(" in head and _LANDMARK_AGENCY.search(head) is not None)
        or _LANDMARK_OPENING.match(head) is not None
        or _LANDMARK_STOP.search(head) is not None
        or _LANDMARK_COMMA.search(head) is not None
    ):
        return True
    # a dash, a colon (or a slash or a full stop after the first word, for the place in small
    # letters) somewhere
    dashed = "-" in head or "–" in head or "—" in head or ":" in head or "•" in head
    near = head[: _STOP_REACH + _DAY_TO_DASH]
    if (". " in near or "\n" in near) and _LANDMARK_DATED_STOP.search(near) is not None:
        return True
    if not (dashed or "_" in head or slashes or ". " in head[:_STOP_REACH]):
        return False
    return _LANDMARK_DASH.search(head) is not None or _LANDMARK_MIXED.match(head) is not None


def _infer_year(month: int, day: int, reference: _dt.date) -> _dt.date | None:
    """Return the date with this month and day nearest to ``reference``, not after it by more
    than :data:`_AHEAD_DAYS` days; None when no year near it has that day (29 February)."""
    best: _dt.date | None = None
    for year in (reference.year - 1, reference.year, reference.year + 1):
        try:
            candidate = _dt.date(year, month, day)
        except ValueError:
            continue
        if (candidate - reference).days > _AHEAD_DAYS:
            continue
        if best is None or abs((candidate - reference).days) < abs((best - reference).days):
            best = candidate
    return best


def _read(m: regex.Match[str], text: str) -> Dateline | None:
    """The checks after the match, and the Dateline they leave (None when refused)."""

    def printed(group: str) -> str | None:
        start, end = m.span(group)
        return None if start < 0 else text[start:end]

    place, agency = printed("place"), printed("agency")
    if any(fold_day(w) not in DAY_FOLDED for w in m.captures("wday")):
        return None  # "LONDON, Tuesday 14 …" reads; "LONDON, Mayor, May 3 …" does not
    if place is not None and "," in place:
        # "RAMALLAH, Sunday, December 27": the weekday is the date's, not a region
        head, _, last = place.rpartition(",")
        if fold_day(last.strip()) in DAY_FOLDED:
            place = head
    dated = (m.group("day") or m.group("aday")) is not None
    seat = check_agency(m, text, (place, agency), dated)
    seat = None if seat is None else check_place(m, text, seat)
    when = check_when(m)
    if seat is None or when is None:
        return None
    month, day, year = when
    date = None
    if month is not None and day is not None and year is not None:
        try:
            date = _dt.date(year, month, day)
        except ValueError:
            date = None
    if m.group("s_byline") is not None:
        start = m.end("at")
    else:
        start = m.end("credit") if m.group("credit") is not None else m.start("at")
    return Dateline(
        place=seat[0],
        agency=seat[1],
        date=date,
        month=month,
        day=day,
        year=year,
        start=start,
        end=m.end(),
    )


def shift(dateline: Dateline, by: int) -> Dateline:
    """``dateline`` with its offsets moved by ``by``: a dateline read from a piece of a larger
    text that starts at ``by`` (a paragraph of a body), made to index the whole text."""
    start, end = dateline.start, dateline.end
    return attrs.evolve(
        dateline,
        start=None if start is None else by + start,
        end=None if end is None else by + end,
    )


def parse_dateline(
    text: str, *, reference: _dt.datetime | _dt.date | None = None
) -> Dateline | None:
    """Read the wire dateline at the start of ``text``, or return None when there is none.

    Only the first :data:`WINDOW` characters are looked at. The shapes accepted are listed in
    ``_dateline_grammar`` and ``docs/datelines.md``.

    Args:
        text: the story, or at least its opening.
        reference: when the story was published (its timestamp): gives the year of a dateline
            that prints none. The year chosen puts the date nearest to the reference and not
            more than three days after it, so ``Dec 31`` on a story of 1 January is last
            year's. An aware datetime is taken at its own wall-clock date.

    Returns:
        A :class:`~wirefmt.Dateline` with ``place`` and ``agency`` as printed, ``month``,
        ``day`` and ``year`` as printed (None where absent), ``date`` when the year is printed
        or inferred (else None), and ``start``/``end`` offsets into ``text``: ``text[end:]``
        begins with the story's first word. None when the text does not open with a dateline.

    Raises:
        TypeError: when ``text`` is not a ``str`` or ``reference`` not a date.

    Example:
        >>> from datetime import date
        >>> d = parse_dateline("LONDON, Feb 14 (Reuters) - Oil rose.", reference=date(2022, 2, 15))
        >>> d.place, d.agency, d.date, d.end
        ('LONDON', 'Reuters', datetime.date(2022, 2, 14), 27)

    .. versionadded:: 0.1
    """
    if not isinstance(text, str):
        raise TypeError(f"parse_dateline() needs a str, not {type(text).__name__}")
    if isinstance(reference, _dt.datetime):
        reference = reference.date()
    elif reference is not None and not isinstance(reference, _dt.date):
        raise TypeError(f"reference must be a date or datetime, not {type(reference).__name__}")
    # the grammar writes a space as " ": no-break and narrow spaces become plain ones (one
    # character for one, so offsets hold), and place and agency are cut from ``text`` as printed
    head = text[:WINDOW]
    if not head.isascii() and ("\u00a0" in head or "\u202f" in head or "\u2009" in head):
        head = head.translate(_SPACES)
    m = _match(head) if _may_match(head) else None
    if m is None:
        return None
    found = _read(m, text)
    if found is None or reference is None or found.date is not None:
        return found
    if found.month is None or found.day is None:
        return found
    return Dateline(
        place=found.place,
        agency=found.agency,
        date=_infer_year(found.month, found.day, reference),
        month=found.month,
        day=found.day,
        year=found.year,
        start=found.start,
        end=found.end,
    )
