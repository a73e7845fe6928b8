"""Wire datelines: where, when and who, read off the start of a story, and written back.

``parse_dateline`` looks only at the first :data:`WINDOW` characters of its text and matches
one grammar, anchored at the start (after white space): ``_dateline_grammar.GRAMMAR``, whose
docstring gives the general form and whose fragments each carry a sample. After the match, a
few checks here refuse what the grammar alone cannot tell from a dateline, by the shape of
what it read (tables in ``_places.py`` and ``_months.py``):

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

import regex

from wirefmt._model import Dateline
from wirefmt.fields._dateline_format import KNOWN_AGENCIES, STYLES, format_dateline
from wirefmt.fields._dateline_grammar import (
    AGENCY_WORDS,
    DAY_FOLDED,
    GRAMMAR,
    LEAD,
    MONTH_FORMS,
    MONTH_WORD,
    SHAPE_MIXED,
)
from wirefmt.fields._months import month_number
from wirefmt.fields._places import (
    AGENCY_NAME_PARTS,
    AGENCY_NAMES,
    BARE_AGENCY_NAMES,
    NOT_PLACE_OPENERS,
    NOT_PLACE_WORDS,
    SPEAKER_ROLES,
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

#: Fewest letters of a capitals place standing alone before a dash ("US - China talks" and
#: "EU - The bloc" are no datelines; "ROME — " and "OSLO — " are).
_MIN_LONE_CAPS = 4

#: Most words of a place in small letters with no agency and no date ("Berlin - ", "Santo
#: Domingo - ", "München/London – "); more are a sentence's subject.
_MAX_MIXED_WORDS = 3

#: Fewest letters of an acronym read as a ticker when its letters are all in the name before
#: it, in any order ("Apple (AAPL) - ").
_TICKER_LETTERS = 4

#: How far after a bare place's colon or full stop the story's first sentence must end (on
#: the same line) for it to be a story, not a headline or a credit (``Кремль: Путин начал
#: подготовку …`` with no full stop; ``Pewarta: Lia …``).
_SENTENCE_REACH = 400

#: Most characters of a headline or a caption: a longer line after a dateline is the story's,
#: whether or not its first sentence ends within :data:`_SENTENCE_REACH`.
_HEADLINE_MAX = 120

#: Fewest words of the story's first sentence after a place in small letters and a full stop
#: ("Duisburg. Die Stadt hat …"; not "Danke. Das war es.").
_STORY_WORDS = 10

#: Fewest letters of a place in small letters before a full stop (not "Prof. Dr. …").
_MIN_STOP_LETTERS = 5

#: Most words of an agency's name in brackets with no agency's word in it, after a place in
#: small letters and no date ("Surabaya (Antara Jatim) - "; more is a body's name spelled out:
#: "Hamas (Islamic Resistance Movement) - ").
_MAX_NAME_WORDS = 2

#: Spaces read as a plain space: no-break (RIA prints one before its dash), narrow no-break, thin.
_SPACES = {0x00A0: " ", 0x202F: " ", 0x2009: " "}
# Any of those spaces: str.translate on non-ASCII text costs more than the dateline pattern
# itself, so it runs only when one of them is there.
_SPACES_RE = re.compile("[\u00a0\u202f\u2009]")

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
# * slashes: two ``/``; bars: ``|``; Kyodo and the bare agency names: the name;
# * capitals, Chinese, Japanese, Korean, Arabic, a web address first, a byline: the first
#   characters after the lead (``_LANDMARK_OPENING``);
# * full stop: ``. `` then a capital and a capital or digit;
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
_LANDMARK_BARE_NAME = regex.compile("|".join(map(regex.escape, BARE_AGENCY_NAMES)))
_LANDMARK_STOP = regex.compile(r"\.\x20\p{Lu}[\p{Lu}\p{N}]", regex.VERSION0)
# (the first dash after the digit is near enough when any is: no run to retry)
_LANDMARK_DASH = re.compile(rf"[0-9][^\n\-–—_•:]{{0,{_DAY_TO_DASH}}}+[-–—_•:]")


def _may_match(head: str) -> bool:
    """False when no shape of ``GRAMMAR`` can match ``head`` (see the landmarks above)."""
    slashes = head.count("/")
    if (
        slashes >= 2
        or "|" in head
        or "Kyodo" in head
        or _LANDMARK_BARE_NAME.search(head) is not None
        or ("(" in head and _LANDMARK_AGENCY.search(head) is not None)
        or _LANDMARK_OPENING.match(head) is not None
        or _LANDMARK_STOP.search(head) is not None
        or _LANDMARK_COMMA.search(head) is not None
    ):
        return True
    # a dash, a colon (or a slash or a full stop after the first word, for the place in small
    # letters) somewhere
    dashed = "-" in head or "–" in head or "—" in head or ":" in head or "•" in head
    if not (dashed or "_" in head or slashes or ". " in head[:_STOP_REACH]):
        return False
    return _LANDMARK_DASH.search(head) is not None or _LANDMARK_MIXED.match(head) is not None


# ---------------------------------------------------------------------------------------
# Checks after the match
# ---------------------------------------------------------------------------------------

_KNOWN_FOLDED = frozenset(name.casefold() for name in KNOWN_AGENCIES)
# An agency's acronym: "BTA", "HINA", "TASR", "МИА", "TÜİK".
_ACRONYM = regex.compile(r"\p{Lu}{2,8}", regex.VERSION0)
# An agency's code in small letters ("ots", "askanews") or a web address ("marketwire.com").
_SMALL_CODE = regex.compile(
    r"[a-z]{2,12}(?:[/\-][a-z]{2,12})?|[\p{L}\p{N}\-]{2,30}(?:\.[\p{L}\p{N}\-]{2,30}){1,3}"
)
# A stock's code (a Reuters instrument code): "ENR1n.DE", "9501.T", "VOWG_p.DE" (a digit, a
# small letter or "_" in the code, one or two capitals after the dot; "CBS.MW" is an agency).
_TICKER = regex.compile(r"(?=[A-Z0-9_]*[0-9a-z_])[A-Z0-9]{1,6}[a-z_]{0,2}\.[A-Z]{1,2}")
_AGENCY_PART = regex.compile("|".join(AGENCY_NAME_PARTS), regex.IGNORECASE | regex.VERSION0)


def _words(place: str) -> list[str]:
    return [w for w in regex.split(r"[\s,/()\[\]]+", place) if w]


def _is_abbreviation_of(acronym: str, name: str) -> bool:
    """Whether ``acronym`` is made of ``name``'s letters, first letter first: in order ("ACME"
    of "Acme", "KKTC" of "Kuzey Kıbrıs Türk Cumhuriyeti"), or, from four letters, in any
    order ("AAPL" of "Apple"): a ticker or a body's acronym, no agency. ("Athen (ANA)" and
    "Amman (AFP)" are agencies.)"""
    letters = [c for c in name.casefold().replace("ı", "i") if c.isalpha()]
    wanted = acronym.casefold().replace("ı", "i").replace("i̇", "i")
    if not letters or not wanted or letters[0] != wanted[0]:
        return False
    if len(wanted) >= _TICKER_LETTERS and set(wanted) <= set(letters):
        return True
    it = iter(letters)
    return all(any(c == ch for ch in it) for c in wanted)


def _spells(acronym: str, name: str) -> bool:
    """Whether ``acronym`` is the initials of ``name``'s capitalised words ("WHO" of "World
    Health Organization")."""
    initials = "".join(w[0] for w in name.split() if w[:1].isupper())
    return len(initials) > 1 and acronym.replace(".", "").casefold() == initials.casefold()


def _agency_shape_ok(agency: str) -> bool:
    """Whether a bracket's text has an agency's shape: a capital somewhere ("Reuters",
    "dpa-AFX", "EL UNIVERSAL"), or a code in small Latin letters or a web address ("ots",
    "askanews", "marketwire.com"); not a note ("l.", "r"), a caption word ("Foto", "архив")
    nor a stock's code ("ENR1n.DE")."""
    if len(agency) > 3 and agency.upper() in NOT_PLACE_WORDS:
        return False  # "(Photo)", "(FILE)"; "(AP)" and "(AFP)" are agencies
    if _TICKER.fullmatch(agency) is not None:
        return False
    if agency.lower() != agency:
        return True
    if agency.upper() == agency:  # a script without case ("新华社", "سانا"), not digits alone
        return any(c.isalpha() for c in agency)
    return _SMALL_CODE.fullmatch(agency) is not None


def _evidence_ok(agency: str, place: str | None, dated: bool, dashed: bool) -> bool:
    """Whether "Place (Agency) - " is a dateline, not a name and its party or ticker.

    With a date, or a place in capitals, the bracket's shape is enough. With a place in small
    letters and no date, the place may not open with an article or a title ("Mr Smith
    (Labour) - "), and the agency must look like one: a known name (``AGENCY_NAMES``), a name
    with an agency's word in it ("Valmare (Agencia Sur) - "), a code in small letters or a web
    address ("Otterberg (ots)"); after a place of one word also an acronym that does not
    spell the place ("Sofia (BTA) - ", not "Acme (ACME) - ") or a name of several words
    ("Surabaya (Antara Jatim) - "). A place of several words and an acronym is read only
    before a dash ("Ha Noi (VNA) - "): before a colon or a capital it is a person and a
    party quoted ("Jonas Berg (SDP): …") or a body and its acronym ("Merkez Bankası (TCMB)
    Başkanı …").
    """
    if place is None or dated:
        return True
    if _spells(place, agency):
        return False  # "WHO (World Health Organization) - ": the name spelled out
    if place.isupper():
        return True
    words = place.split()
    if words[0] in NOT_PLACE_OPENERS:
        return False
    parts = [p.strip() for p in regex.split(r"[/\-]", agency) if p.strip()]
    if any(p.casefold() in _KNOWN_FOLDED or p in AGENCY_NAMES for p in parts):
        return True  # "dpa/lno", "Keystone-ATS"
    base = parts[0] if parts else agency
    if _SMALL_CODE.fullmatch(base) is not None or _AGENCY_PART.search(agency) is not None:
        return True
    head = regex.split(r"[,(\[]", place, maxsplit=1)[0]
    if _ACRONYM.fullmatch(base) is not None:
        if len(head.split()) > 1 and not dashed:
            return False
        return not _is_abbreviation_of(base, head)
    if len(head.split()) > 1:
        return False
    # "Surabaya (Antara Jatim) - "; not "Hamas (Islamic Resistance Movement) - "
    words = agency.split()
    return 1 < len(words) <= _MAX_NAME_WORDS and all(w[:1].isupper() for w in words)


def _place_ok(place: str, m: regex.Match[str]) -> bool:
    """Refuse a headline word, a speaker's role, a weekday or a title in the place's seat."""
    words = _words(place)
    if not words or words[0] in NOT_PLACE_OPENERS:
        return False
    if any(_fold_day(w) in DAY_FOLDED for w in words):
        return False
    # each part of a hyphenated word too: "CORRECTED-S. Illinois …"
    parts = [p.strip(".'’").upper() for w in words for p in w.split("-")]
    if any(p in NOT_PLACE_WORDS for p in parts):
        return False
    return not any(p in SPEAKER_ROLES for p in parts)


def _fold_day(word: str) -> str:
    """The lookup key of a weekday word (as ``_months.fold``)."""
    return word.rstrip(".").replace("İ", "i").replace("ı", "i").casefold().replace("i̇", "i")


# A sentence's end: ".", "!", "?" or "…" before a space, a quote or the end.
_SENTENCE_END = regex.compile(r"[^\n]*?[.!?…][\"”»’)]?(?:\s|$)", regex.VERSION0)


def _prose_follows(text: str, end: int, words: int = 0) -> bool:
    """Whether a sentence of at least ``words`` words follows ``end``: its end is on the same
    line, or, where none ends there, the line is longer than a headline (:data:`_HEADLINE_MAX`).
    """
    rest = text[end : end + _SENTENCE_REACH]
    line = rest.split("\n", 1)[0]
    sentence = _SENTENCE_END.match(line)
    if sentence is None:
        return len(line) > _HEADLINE_MAX
    return len(sentence.group().split()) >= words


def _no_agency_ok(m: regex.Match[str], place: str, text: str) -> bool:
    """The checks of the shapes with no agency (capitals, small letters): what closes them
    must be evidence enough."""
    dated = m.group("day") is not None
    regioned = "," in place
    single = regex.fullmatch(r"[\p{L}\p{M}'’\-]+", place) is not None
    # a colon after a bare place: "NEW DELHI: …", "Mumbai: …" do not read: a transcript's
    # speaker ("PUTIN: …"), a kicker ("CHINESE AGGRESSION: …", "Песков: Кремль не …") and a
    # headline ("Кремль: Путин начал …") print the same
    if m.group("colon") is not None and not (dated or regioned):
        return False
    if m.group("s_caps") is not None:
        caps = m.group("caps")
        parts = regex.split(r"[\s/]+", caps)
        # a wire slug: "BC-CA--…", codes of a few letters joined by hyphens
        if any("-" in w and all(len(p) <= 3 for p in w.split("-")) for w in parts):
            return False
        alone = place == caps and not dated
        if alone and sum(c.isalpha() for c in caps) < _MIN_LONE_CAPS:
            return False
        # "BOLOGNA. ", "PARIS-The", "DAMAS/ ": one word; after a full stop, a sentence (not a
        # headline: "CORRECTED. Illinois battles flooding")
        if (m.group("stop") or m.group("glued") or m.group("slashc")) and " " in caps:
            return False
        return m.group("stop") is None or _prose_follows(text, m.end())
    # small letters ("A LOCAL MAN - " is in capitals, and no place there)
    if place.upper() == place or len(_words(place)[0]) < 2:
        return False
    if m.group("stop") is not None:
        # "Duisburg. Die Stadt …": one word, long enough not to be a title's abbreviation
        # ("Prof. Dr. …"), then a story's sentence, not one more short one ("Danke. Das war es.")
        letters = sum(c.isalpha() for c in place)
        long_enough = letters >= _MIN_STOP_LETTERS
        return single and long_enough and _prose_follows(text, m.end(), _STORY_WORDS)
    if m.group("colon") is not None:
        head, _, region = place.partition(",")
        return len(head.split()) <= 2 and len(region.split()) <= 3
    if dated:
        return True
    # no date: a few words, then a sentence, not a headline or a caption ("Eintracht Frankfurt
    # - Martin Hinteregger (1 Bild)", "Automated Insights - Earnings")
    short = len(regex.split(r"[\s/]+", place)) <= _MAX_MIXED_WORDS
    return short and _prose_follows(text, m.end())


def _alone_in_brackets(agency: str, bare: bool) -> tuple[str | None, str | None] | None:
    """ "(CNN) The …", "(Bloomberg) -- " and "(Paris) Emmanuel …": a word alone in brackets at
    the start is an agency before a dash, or when it is a known name, in capitals or in small
    letters; one word with a capital then small letters, no known name and no dash after it
    is a place (La Presse prints its place so). Several words need a known name or an
    agency's word ("(EUROPA PRESS) - "), and a dash. Return (place, agency), or None."""
    if not _agency_shape_ok(agency):
        return None
    known = agency.casefold() in _KNOWN_FOLDED or agency in AGENCY_NAMES
    if " " in agency:
        if bare or not (known or _AGENCY_PART.search(agency) is not None):
            return None
        return None, agency
    if bare and not known and regex.fullmatch(r"\p{Lu}\p{Ll}+", agency):
        return agency, None
    return None, agency


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


_Seat = tuple[str | None, str | None]  # place, agency


def _check_agency(m: regex.Match[str], text: str, seat: _Seat, dated: bool) -> _Seat | None:
    """The agency's checks (see the module docstring); (place, agency), or None."""
    place, agency = seat
    if agency is None:
        return seat
    bracketed = text[m.start("agency") - 1 : m.start("agency")] == "("
    if m.group("s_first") is not None and place is None and bracketed:
        return _alone_in_brackets(agency, m.group("bare") is not None)
    if bracketed and m.group("s_arabic") is None and m.group("s_cjk") is None:
        if not _agency_shape_ok(agency):
            return None
        dashed = m.group("colon") is None and m.group("bare") is None and m.group("nl") is None
        if not _evidence_ok(agency, place, dated, dashed):
            return None
        return seat
    if _fold_day(agency.split()[0]) in DAY_FOLDED or not _agency_shape_ok(agency):
        return None  # "LONDON, May 3, Tuesday. Rain …"
    return seat


def _check_place(m: regex.Match[str], text: str, seat: _Seat) -> _Seat | None:
    """The place's checks, and the agency a place's seat may hold; (place, agency), or None."""
    place, agency = seat
    if place is None or m.group("s_cjk") is not None or m.group("s_arabic") is not None:
        return seat
    if not _place_ok(place, m):
        return None
    if agency is None and m.group("s_byline") is not None:
        # "By UNI" then "CHENNAI: …": an agency's acronym as the byline is the agency
        by = m.group("by")
        agency = by if by is not None and _ACRONYM.fullmatch(by) is not None else None
    elif agency is None and not _no_agency_ok(m, place, text):
        return None
    if agency is None and "," in place:
        # "Tehran, IRNA -- ": an agency's name in the region's seat is the agency
        head, _, last = place.rpartition(",")
        if last.strip() in AGENCY_NAMES:
            place, agency = head, last.strip()
    if agency is None and place in AGENCY_NAMES and m.group("day") is not None:
        place, agency = None, place  # "ТАСС, 10 августа. …": the agency's seat
    return place, agency


def _when(m: regex.Match[str]) -> tuple[int | None, int | None, int | None] | None:
    """Month, day and year as printed; None when they are no date (a 13th month, day 40)."""
    day_text = m.group("day") or m.group("aday")
    month_text = m.group("month") or m.group("amonth")
    day = None if day_text is None else int(day_text)
    if day is not None and not 1 <= day <= 31:
        return None
    if month_text is None:
        month = None
    elif month_text.isdigit():  # digits: "05.03.2021", Chinese and Japanese "2月"
        month = int(month_text)
        if not 1 <= month <= 12:
            return None
    else:
        month = month_number(month_text)
    year_text = m.group("year") or m.group("ayear")
    return month, day, None if year_text is None else int(year_text)


def _read(m: regex.Match[str], text: str) -> Dateline | None:
    """The checks after the match, and the Dateline they leave (None when refused)."""

    def printed(group: str) -> str | None:
        start, end = m.span(group)
        return None if start < 0 else text[start:end]

    place, agency = printed("place"), printed("agency")
    if any(_fold_day(w) not in DAY_FOLDED for w in m.captures("wday")):
        return None  # "LONDON, Tuesday 14 …" reads; "LONDON, Mayor, May 3 …" does not
    if place is not None and "," in place:
        # "RAMALLAH, Sunday, December 27": the weekday is the date's, not a region
        head, _, last = place.rpartition(",")
        if _fold_day(last.strip()) in DAY_FOLDED:
            place = head
    dated = (m.group("day") or m.group("aday")) is not None
    seat = _check_agency(m, text, (place, agency), dated)
    seat = None if seat is None else _check_place(m, text, seat)
    when = _when(m)
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
    if not head.isascii() and _SPACES_RE.search(head):
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
