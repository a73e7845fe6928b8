"""Wire datelines: where, when and who, read off the start of a story, and written back.

``parse_dateline`` looks only at the first :data:`WINDOW` characters of its text and matches
one grammar, anchored at the start (after white space). The grammar is below, one named
fragment per rule, each under a comment with a sample it must match; the shapes are tried in
order and the first that matches wins:

1. place first, agency in brackets: ``LONDON, Feb 14 (Reuters) - ``, ``WASHINGTON (AP) — ``,
   ``Madrid, 14 feb (EFE).- ``, ``New Delhi, Feb 14 (PTI) `` (no dash: only agencies that
   print it so, :data:`BARE_CLOSE`);
2. TASS's slashes: ``MOSCOW, February 14. /TASS/. ``;
3. RIA Novosti's agency after a dash: ``МОСКВА, 14 февраля — РИА Новости. ``;
4. the Ukrainian and Russian full-stop form: ``КИЇВ. 14 лютого. УНН. ``, ``Москва. 14
   февраля. INTERFAX.RU - ``;
5. agency first: ``(ANSA) - ROMA, 14 FEB - ``, ``(Adnkronos) - ``;
6. Kyodo's and SANA's bare names: ``TOKYO, Feb. 14 Kyodo - ``, ``Damasco, SANA``;
7. newspaper datelines without an agency, only where the evidence is strong: an upper-case
   place and a dash (``HOUSTON — ``), or any place with a day and a month and a dash
   (``Москва. 14 февраля. — ``); a byline (``By NAME``) or ``Canadian Press - `` may come
   before an agency dateline whose place is in capitals;
8. Chinese and Japanese wire openings: ``新华社北京2月14日电 ``, ``【ソウル共同】``.

After the match, a few checks in Python refuse what the grammar alone cannot: a bracket that
is no agency (``(l.)``), a dash-less close for an agency that always prints a dash, headline
words, acronyms and day names in the place's seat (tables at the top of this module and in
``_months.py``).

Every quantifier is bounded and the text is cut to the window first, so the cost is bounded
whatever the input. Precision comes before recall: a wrong dateline would cut the body.
"""

from __future__ import annotations

import datetime as _dt
import functools
import re

import attrs
import regex

from wirefmt._model import Dateline
from wirefmt.fields._months import NOT_PLACES, ROWS, fold, month_number
from wirefmt.fields._places import REGION_ABBREVIATIONS

__all__ = ["BARE_CLOSE", "STYLES", "WINDOW", "format_dateline", "parse_dateline"]

#: How many characters at the start of a text the parser looks at.
WINDOW = 200

#: Agencies that close a dateline with no dash, the story following a space
#: (``New Delhi, Feb 14 (PTI) The …``); compared in lower case on the part before ``/`` or ``-``.
BARE_CLOSE = frozenset({"dpa", "pti", "ians", "prensa latina", "cna", "apa", "kyodo", "aa"})

#: Upper-case words that open headlines and slugs, never places (``UPDATE - …``).
# fmt: off
_NOT_PLACES = frozenset((
    "ADVISORY", "ANALYSIS", "BREAKING", "CHECK", "COMMENT", "CORRECTED", "CORRECTION",
    "EDITORIAL", "EDITORS", "EXCLUSIVE", "FACT", "FEATURE", "FLASH", "INTERVIEW", "LIVE", "NOTE",
    "OPINION", "PHOTO", "PHOTOS", "POLL", "REFILE", "REPEAT", "REVIEW", "UPDATE", "UPDATED",
    "URGENT", "VIDEO", "WATCH", "WRAPUP", "AP", "AFP", "UPI", "NEWS", "LATEST", "WORLD",
    "SPORT", "SPORTS", "BUSINESS", "POLITICS", "TECH", "HEALTH", "SCIENCE", "MARKETS",
    "NATO", "NASA", "OPEC", "ASEAN", "UEFA", "FIFA", "IAEA", "UNESCO", "UNICEF", "COVID",
))
# fmt: on

#: Fewest letters of a capitals place standing alone before a dash ("US - China talks" and
#: "EU - The bloc" are no datelines; "ROME — " and "OSLO — " are).
_MIN_LONE_CAPS = 4

#: Spaces read as a plain space: no-break (RIA prints one before its dash), narrow no-break, thin.
_SPACES = {0x00A0: " ", 0x202F: " ", 0x2009: " "}
# Any of those spaces: str.translate on non-ASCII text costs more than the dateline pattern
# itself, so it runs only when one of them is there.
_SPACES_RE = re.compile("[\u00a0\u202f\u2009]")

#: Days after the reference a dateline's date may fall (a story dated just before midnight in
#: one zone and stamped in another, or filed ahead of an embargo).
_AHEAD_DAYS = 3


_Trie = dict[str, "_Trie"]


def _trie(words: set[str]) -> str:
    """Return a pattern matching exactly ``words``, as a trie: one branch per shared prefix.

    ``regex`` tries an alternation of 240 literals one by one; the trie reads each character
    once (about 2.5 times faster on a word that is no month).
    """
    tree: _Trie = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: _Trie) -> str:
        parts = [regex.escape(ch) + emit(node[ch]) for ch in sorted(node) if ch]
        if not parts:
            return ""
        body = parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"
        if "" in node:
            return f"(?:{body})?"
        return body

    return emit(tree)


def _month_forms() -> set[str]:
    """Every month form of ``_months.ROWS`` in lower case, plus the Turkish forms with ``ı``
    written ``i`` (upper-case ``MAYIS`` folds to ``mayis``, not ``mayıs``)."""
    forms = set()
    for rows in ROWS.values():
        for row in rows:
            for form in row.split():
                forms.add(form.lower())
                forms.add(form.lower().replace("ı", "i"))
    return forms


def _month_pattern() -> str:
    """A pattern matching exactly the forms of :func:`_month_forms`."""
    return _trie(_month_forms())


# ---------------------------------------------------------------------------------------
# The grammar
# ---------------------------------------------------------------------------------------

# White space before the dateline: " SINGAPORE (Reuters) - …" starts at 1.
_LEAD = r"[\s\ufeff]{0,8}+"

# A dash that closes a dateline: "-", "--", "–", "—", AP's old "_", "•", EFE's ".-".
_DASH = r"(?:\.?(?:--|[-–—_•])|\.—)"

# The closing dash and the space after it, up to the story's first word: " - ", " -- ", "—";
# a story does not open in lower case ("Jonas Berg (SDP) - the coalition …" is no dateline).
_CLOSE = rf"[\x20\t]{{0,3}}+{_DASH}\s{{0,6}}+(?!\p{{Ll}})"

# No dash: a space, then the story's first character: "(IANS) The mayor …".
_BARE = r"[\x20\t]{1,3}+(?=[\p{Lu}\p{N}\"“«„'‘])"

# A month name or abbreviation in any known language: "Feb", "Feb.", "février", "ФЕВРАЛЯ", "Şubat".
# (a look ahead first: a month word is followed by a day, so most words are refused cheaply)
_MONTH_WORD = rf"(?i:{_month_pattern()})(?![\p{{L}}\p{{M}}])"
_MONTH_AHEAD = r"(?=\p{L}{3,14}\.?\x20{1,2}[0-9])"
_MONTH = rf"(?P<month>{_MONTH_WORD})\.?"

# A day of the month, one or two digits: "14", "1".
_DAY = r"(?P<day>[0-3]?[0-9])(?![0-9])"

# A year: "2022".
_YEAR = r"(?P<year>(?:1[89]|2[0-9])[0-9]{2})(?![0-9])"

# Month then day: "Feb 14", "Feb. 14, 2022", "marzo 13", "February 14".
_DATE_MD = rf"{_MONTH_AHEAD}{_MONTH}\x20{{1,2}}{_DAY}(?:,?\x20{_YEAR})?"

# Day then month: "14 fév 2022", "18 de dezembro", "14. Februar", "a 9 de marzo 2023", "22 MAR".
_DATE_DM = rf"(?:a\x20)?{_DAY}\.?\x20(?:de\x20)?{_MONTH}(?:,?\x20(?:de\x20)?{_YEAR})?"

# A date: either order.
_DATE = rf"(?:{_DATE_MD}|{_DATE_DM})"

# A particle inside a place name: "Ciudad de México", "Frankfurt am Main".
_PARTICLE = (
    r"(?i:de|del|della|di|da|do|dos|das|du|des|la|le|el|al|am|an|der|den|im|sur|upon)(?=\x20)"
)

# A word of a place: "LONDON", "São", "İSTANBUL", "Farmsen-Berne", "МОСКВА", "O'Hare";
# "St." or "ST." may open a place ("ST. LOUIS").
_NAME = r"\p{Lu}[\p{L}\p{M}'’]{0,24}+(?:-\p{L}[\p{L}\p{M}'’]{0,24}+){0,3}"
_SAINT = r"(?:St|ST|Ste|STE|Ft|FT|Mt|MT)\."
_WORD = rf"(?:{_SAINT}|{_NAME})"

# A word of a region, where abbreviations are common: "Ill.", "Calif.", "W.Va.", "B.C.",
# "N.C."; another short one only right before a bracket or dash: "TIJUANA, Mex. (AP)".
_KNOWN_ABBR = "|".join(regex.escape(a) for a in sorted(REGION_ABBREVIATIONS, key=len, reverse=True))
_ABBR = rf"(?:(?:{_KNOWN_ABBR})\.|(?:\p{{Lu}}\.){{2,3}}|\p{{Lu}}\p{{Ll}}{{1,4}}\.(?=\x20?[(/—–-]))"
_REGION_WORD = rf"(?:{_ABBR}|{_NAME})"

# A place: "LONDON", "New Delhi", "CIUDAD DE MÉXICO", "KIEV/BALACLAVA".
_PLACE_HEAD = rf"{_WORD}(?:(?:\x20{_PARTICLE})?\x20{_WORD}|/{_WORD}){{0,3}}"

# The region after a comma: ", Ill.", ", Texas", ", Ciudad de México", ", Ivory Coast".
_REGION = rf",\x20{_REGION_WORD}(?:(?:\x20{_PARTICLE})?\x20{_REGION_WORD}){{0,3}}"

# A place as printed, region included: "SPRINGFIELD, Ill.", "KIEV/BALACLAVA, Ukraine".
_PLACE = rf"(?P<place>{_PLACE_HEAD}(?:{_REGION})?)"

# A place in capitals (after a byline, or with no agency): "SAN FRANCISCO", "NEW YORK".
_CAPS_WORD = r"\p{Lu}[\p{Lu}\p{M}'’]{1,24}+(?:-\p{Lu}[\p{Lu}\p{M}'’]{0,24}+){0,3}(?![\p{L}\p{M}])"
_CAPS_PLACE = (
    rf"(?P<place>(?P<caps>{_CAPS_WORD}(?:\x20{_CAPS_WORD}|/{_CAPS_WORD}){{0,3}})(?:{_REGION})?)"
)

# Where the date goes after the place: ", Feb 14", ". Feb 14" (Interfax), " 14 fév".
_AT_DATE = rf"(?:,\x20?|\.\x20|\x20){_DATE}[,.]?"

# An agency in brackets: "(Reuters)", "(dpa/lno)", "(dpa-AFX)", "(CBS.MW)", "(EL UNIVERSAL)".
_AGENCY = r"\((?P<agency>[\p{L}\p{N}][\p{L}\p{M}\p{N}\x20.&/+\-]{0,30}+)\)"

# The bracketed agency and what closes it: "(Reuters) - ", "(EFE).- ", "(PTI) " (bare).
_AGENCY_CLOSE = rf"\x20?{_AGENCY}(?:{_CLOSE}|(?P<bare>{_BARE}))"

# Shape 1: "LONDON, Feb 14 (Reuters) - ", "MADRID, 14 (EUROPA PRESS) - " (a day alone).
_SHAPE_BRACKET = rf"(?P<s_bracket>){_PLACE}(?:{_AT_DATE}|,\x20?{_DAY}(?=\x20?\())?{_AGENCY_CLOSE}"

# Shape 2: "MOSCOW, February 14. /TASS/. ".
_SHAPE_SLASH = (
    rf"(?P<s_slash>){_PLACE}{_AT_DATE}\x20?"
    r"/(?P<agency>\p{Lu}[\p{L}\-]{1,15}+)/\.?\s{1,6}+(?!\p{Ll})"
)

# Shape 3: "МОСКВА, 14 фев — РИА Новости. ", "MOSCOW, Feb 14 - Prime. ".
_AGENCY_WORDS = r"\p{Lu}[\p{L}\-]{0,20}+(?:\x20\p{Lu}[\p{L}\-]{0,20}+){0,2}"
_SHAPE_DASH_AGENCY = (
    rf"(?P<s_dash>){_PLACE}{_AT_DATE}\x20{{1,2}}{_DASH}\x20{{1,2}}"
    rf"(?P<agency>{_AGENCY_WORDS})\.\s{{1,6}}+"
)

# Shape 4: "КИЇВ. 14 лютого. УНН. ", "Москва. 14 февраля. INTERFAX.RU - " (one full stop
# after a place that ends in one: "SPRINGFIELD, Ill. 14 лютого. УНН. ").
_CAPS_AGENCY = r"\p{Lu}[\p{Lu}\p{N}]{1,15}+(?:\.\p{Lu}{2,3})?"
_SHAPE_FULL_STOP = (
    rf"(?P<s_stop>){_PLACE}(?:(?<=\.)|\.)\x20{_DATE}\.\x20(?P<agency>{_CAPS_AGENCY})"
    rf"(?:\.\s{{1,6}}+|{_CLOSE})"
)

# Shape 5: "(ANSA) - ROMA, 14 FEB - ", "(AGI) - Pechino, 18 feb. - ", "(VOVWORLD) - ".
_SHAPE_AGENCY_FIRST = rf"(?P<s_first>){_AGENCY}{_CLOSE}(?:{_PLACE},\x20{_DATE}{_CLOSE})?"

# Shape 6: "TOKYO, Feb. 14 Kyodo - ", "Damasco, SANA", "Téhéran-SANA/", "حماة-سانا".
_PLACE_ANY = r"(?P<place>[\p{L}\p{M}]{2,20}+(?:\x20[\p{L}\p{M}]{2,20}+){0,2})"
_SHAPE_BARE_NAME = (
    rf"(?P<s_kyodo>){_PLACE}{_AT_DATE}\x20(?P<agency>Kyodo){_CLOSE}"
    rf"|(?P<s_sana>){_PLACE_ANY}\x20?[-,]\x20?\(?(?P<agency>SANA|سانا)\)?"
    r"(?:[\x20\t]{0,3}+[/\n]|\x20)\s{0,6}+"
)

# Shape 7a: a byline, then an agency dateline in capitals: "By JANE ROE  PARIS (AP) -- ".
_BYLINE = (
    r"(?:By\x20(?:[\p{L}.'’\-]{1,20}+[\x20\t]{1,6}+){1,8}?"
    r"|(?:The\x20)?Canadian\x20Press\x20-\x20)"
)
_SHAPE_BYLINE = rf"(?P<s_byline>){_BYLINE}(?P<at>){_CAPS_PLACE}{_AGENCY_CLOSE}"

# Shape 7b: no agency: "HOUSTON — ", "NEW YORK, May 21 -- ", "LONDON--Oct. 12, 2004-- ".
# (the dash has a space before it or is long: "COVID-19 - …" is no dateline; the story opens
# with a word in lower case after its capital, not with more capitals: "WORKED EXAMPLE - SETUP")
_CAPS_CLOSE = r"(?:[\x20\t]{1,3}+[-–—_•]|[\x20\t]{0,3}+(?:--|—|–))\s{0,6}+"
_SHAPE_CAPS = (
    rf"(?P<s_caps>){_CAPS_PLACE}(?:(?:,\x20{_DATE})?{_CAPS_CLOSE}"
    rf"(?:{_DATE}{_CAPS_CLOSE})?|,\x20{_DATE}\x20{{1,3}}+)"
    r"(?=\p{Lu}(?:\p{Ll}|[\x20'’])|[\"“«„'‘])"
)

# Shape 7c: no agency, any place with a date: "Москва. 14 февраля. — ", "Lima, 3 de mayo.- ".
_SHAPE_DATED = rf"(?P<s_dated>){_PLACE}{_AT_DATE}{_CLOSE}(?=[\p{{Lu}}\p{{N}}\"“«„'‘])"

# Shape 8: Chinese and Japanese wire openings (month and day in digits):
# "新华社北京3月5日电 ", "据新华社上海4月2日电(记者王明)", "本报上海3月8日电记者李华报道：",
# "【新華社北京5月9日】", "【ソウル共同】".
_CJK_PLACE = r"(?P<place>[\p{Han}\p{Katakana}][\p{Han}\p{Katakana}ー・]{0,11}?)"
_CJK_DATE = r"(?P<month>[0-9]{1,2})月(?P<day>[0-9]{1,2})日"
_SHAPE_CJK = (
    rf"(?P<s_cjk>)据?(?P<agency>新华社|新華社|中新社|本报){_CJK_PLACE}{_CJK_DATE}电[\x20\u3000]?"
    r"(?:[(（]记者[^)）\n]{1,16}[)）]|记者[\p{Han}、\x20]{1,16}?报道[:：])?"
    rf"|【(?:(?P<agency>新華社|新华社){_CJK_PLACE}{_CJK_DATE}|{_CJK_PLACE}(?P<agency>共同|時事))】"
)

#: The grammar: the shapes above, tried in order.
_GRAMMAR = (
    _LEAD
    + "(?P<at>)(?:"
    + "|".join(
        (
            _SHAPE_BRACKET,
            _SHAPE_SLASH,
            _SHAPE_DASH_AGENCY,
            _SHAPE_FULL_STOP,
            _SHAPE_AGENCY_FIRST,
            _SHAPE_BARE_NAME,
            _SHAPE_BYLINE,
            _SHAPE_CAPS,
            _SHAPE_DATED,
            _SHAPE_CJK,
        )
    )
    + ")"
)

# ---------------------------------------------------------------------------------------
# Compiling the grammar, and a cheaper copy of it
# ---------------------------------------------------------------------------------------
# Compiling ``_GRAMMAR`` takes about 0.2 s, three quarters of it the month trie, which is
# written twenty times (twice per date, ten dates). So the grammar is first matched as a
# copy in which a month is any whole word of letters (``_ANY_MONTH_WORD``, about 45 ms to
# compile and a little faster to run), and each month word the copy read is then checked
# against the list (``m.captures("month")``: every month on the path that matched).
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
_ANY_MONTH_WORD = rf"[\p{{L}}\p{{M}}]{{1,{max(map(len, _month_forms()))}}}+(?![\p{{L}}\p{{M}}])"


@functools.cache
def _grammar() -> regex.Pattern[str]:
    """``_GRAMMAR``, compiled on first need."""
    return regex.compile(_GRAMMAR, regex.VERSION0)


@functools.cache
def _any_month_grammar() -> regex.Pattern[str]:
    """The copy of ``_GRAMMAR`` with ``_ANY_MONTH_WORD`` for every month word, compiled on
    first use."""
    return regex.compile(_GRAMMAR.replace(_MONTH_WORD, _ANY_MONTH_WORD), regex.VERSION0)


@functools.cache
def _month_word() -> regex.Pattern[str]:
    """``_MONTH_WORD`` alone, to check a word the copy read: ``fullmatch("Feb")``."""
    return regex.compile(_MONTH_WORD, regex.VERSION0)


# The copy and the month check are what nearly every dateline is matched with: compiled at
# import (some 45 ms), not by the first opening that reaches them, whose parse would
# otherwise take that much longer than every other (a latency spike for a service, and a
# skew for anyone timing a few parses). The full grammar stays on first need: rare.
_any_month_grammar()
_month_word()


def _match(head: str) -> regex.Match[str] | None:
    """``_grammar().match(head)``, but mostly from the cheaper copy (see above)."""
    m = _any_month_grammar().match(head)
    if m is None:
        return None
    month_word = _month_word()
    # Chinese and Japanese print the month in digits: the copy reads those as the grammar does
    if all(w.isdigit() or month_word.fullmatch(w) for w in m.captures("month")):
        return m
    return _grammar().match(head)


# ---------------------------------------------------------------------------------------
# A cheap refusal before the grammar
# ---------------------------------------------------------------------------------------
# The grammar costs 5 us to fail on a single letter and 15-20 us on an ordinary sentence,
# and most body openings are ordinary sentences. Each shape needs a landmark that prose
# seldom has, so ``_may_match`` tells in about a microsecond that no shape can match; it
# only refuses, never accepts, so it can never change an answer. Landmarks, shape by shape:
#
# * bracket, agency first, byline: ``_AGENCY`` — ``(``, 1 to 31 characters, none of them a
#   bracket, then ``)``;
# * slash: two ``/``;
# * Kyodo, SANA: the agency's name, written as the grammar spells it;
# * capitals (7b), Chinese and Japanese (8): right after the lead, a capital then a capital,
#   a mark or an apostrophe (``_CAPS_WORD``), or the first character of ``_SHAPE_CJK``;
# * full stop (4): ``. `` then a capital and a capital or digit (``_CAPS_AGENCY``);
# * dash agency (3) and dated (7c): a date then a dash; the date's day is an ASCII digit at
#   most 34 characters before the dash (``14 de dezembro de 2022,  .-``; see
#   ``_DAY_TO_DASH``), with no line break between them.

#: How far the dash that closes a dateline may stand after its date's first digit: the day
#: (2), ``.`` and a space (2), ``de `` (3), the longest month form, ``.``, ``,`` and a space
#: (3), ``de `` (3), the year (4), then ``,`` or ``.`` (1), up to three spaces (3) and the
#: dash's own ``.`` (1). (The month is matched without full case folding: one character of
#: text for one of the form.)
_DAY_TO_DASH = 2 + 2 + 3 + max(map(len, _month_forms())) + 3 + 3 + 4 + 1 + 3 + 1
_LANDMARK_START = regex.compile(_LEAD + r"(?:\p{Lu}[\p{Lu}\p{M}'’]|[据新中本【])", regex.VERSION0)
_LANDMARK_AGENCY = regex.compile(r"\([^()]{1,31}\)")
_LANDMARK_STOP = regex.compile(r"\.\x20\p{Lu}[\p{Lu}\p{N}]", regex.VERSION0)
# (the first dash after the digit is near enough when any is: no run to retry)
_LANDMARK_DASH = re.compile(rf"[0-9][^\n\-–—_•]{{0,{_DAY_TO_DASH}}}+[-–—_•]")


def _may_match(head: str) -> bool:
    """False when no shape of ``_GRAMMAR`` can match ``head`` (see the landmarks above)."""
    return (
        ("(" in head and _LANDMARK_AGENCY.search(head) is not None)
        or head.count("/") >= 2
        or "Kyodo" in head
        or "SANA" in head
        or "سانا" in head
        or _LANDMARK_START.match(head) is not None
        or _LANDMARK_STOP.search(head) is not None
        or (
            ("-" in head or "–" in head or "—" in head or "_" in head or "•" in head)
            and _LANDMARK_DASH.search(head) is not None
        )
    )


def _agency_ok(agency: str | None, bare: bool) -> bool:
    """Tell whether a bracketed word can be an agency: not "(l.)", not "(SPD, l)"."""
    if agency is None:
        return False
    base = agency.replace("-", "/").split("/", 1)[0].strip().casefold()
    if bare:
        return base in BARE_CLOSE
    return base == "dpa" or agency.lower() != agency  # dpa, or a capital somewhere


# An agency's acronym: "BTA", "HINA", "TASR".
_ACRONYM = re.compile(r"[A-Z]{2,6}")
# A word that names an agency in many languages: "Europa Press", "Agencia Sur", "Presse".
_AGENCY_WORD = re.compile(
    r"(?i:press|presse|prensa|news|agency|agence|agencia|agenzia|agentur|novosti|media)"
)
# Words that open a name, never a dateline's place: "The Guardian", "Mr Smith".
_NOT_PLACE_OPENERS = frozenset({"The", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Sir"})


def _unknown_agency_ok(agency: str | None, place: str | None) -> bool:
    """Whether "Place (Agency) - " with no date is a dateline.

    "Mr Smith (Labour) - ", "The Guardian (UK) - ": with a place in mixed case, an agency
    not on the list ("Berlin (dpa) - " is) must look like one: an acronym ("Sofia (BTA) -
    ") or a name with an agency's word in it ("Valmare (Agencia Sur) - "); and the place may
    not open with an article or a title. A place in capitals is evidence enough.
    """
    if agency is None or place is None or place.isupper():
        return True
    if place.split(" ", 1)[0] in _NOT_PLACE_OPENERS:
        return False
    base = agency.replace("-", "/").split("/", 1)[0].strip()
    if base.casefold() in _KNOWN_FOLDED:
        return True
    return _ACRONYM.fullmatch(base) is not None or _AGENCY_WORD.search(base) is not None


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


def parse_dateline(
    text: str, *, reference: _dt.datetime | _dt.date | None = None
) -> Dateline | None:
    """Read the wire dateline at the start of ``text``, or return None when there is none.

    Only the first :data:`WINDOW` characters are looked at. The shapes accepted are listed in
    the module docstring and, per agency, in ``docs/datelines.md``.

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

    def printed(group: str) -> str | None:
        start, end = m.span(group)
        return None if start < 0 else text[start:end]

    agency = printed("agency")
    if m.group("s_bracket") is not None or m.group("s_byline") is not None:
        if not _agency_ok(agency, m.group("bare") is not None):
            return None
        if m.group("day") is None and not _unknown_agency_ok(agency, printed("place")):
            return None
    elif m.group("s_first") is not None:
        if not _agency_ok(agency, False):
            return None
        # an agency alone in brackets is weak evidence: one word ("(Adnkronos) - ") or a name
        # of a known style ("(EUROPA PRESS) - "), not "(Hash-checking mode) - "
        spaced = agency is not None and " " in agency
        if m.group("place") is None and spaced and agency not in _KNOWN_AGENCIES:
            return None
    elif m.group("s_caps") is not None:
        words = m.group("caps").replace("/", " ").split(" ")
        if any(w.strip("'’-") in _NOT_PLACES for w in words):
            return None
        alone = m.group("place") == m.group("caps") and m.group("day") is None
        if alone and sum(c.isalpha() for c in m.group("caps")) < _MIN_LONE_CAPS:
            return None
    place = printed("place")
    first_word = None if place is None else place.replace(",", " ").replace("/", " ").split()[0]
    if first_word is not None and fold(first_word) in NOT_PLACES:
        return None
    day_text, month_text, year_text = m.group("day"), m.group("month"), m.group("year")
    day = None if day_text is None else int(day_text)
    if day is not None and not 1 <= day <= 31:
        return None
    if month_text is None:
        month = None
    elif month_text.isdigit():  # Chinese and Japanese print the month in digits: "2月"
        month = int(month_text) if 1 <= int(month_text) <= 12 else None
        if month is None:
            return None
    else:
        month = month_number(month_text)
    year = None if year_text is None else int(year_text)
    date = None
    if month is not None and day is not None:
        if year is not None:
            try:
                date = _dt.date(year, month, day)
            except ValueError:
                date = None
        elif reference is not None:
            date = _infer_year(month, day, reference)
    return Dateline(
        place=place,
        agency=agency,
        date=date,
        month=month,
        day=day,
        year=year,
        start=m.start("at") if m.group("s_byline") is None else m.end("at"),
        end=m.end(),
    )


# ---------------------------------------------------------------------------------------
# Writing datelines back
# ---------------------------------------------------------------------------------------

_EN_REUTERS = ("Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov",
               "Dec")  # fmt: skip
_EN_AP = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.",
          "Nov.", "Dec.")  # fmt: skip
_FR_AFP = ("janv", "fév", "mars", "avr", "mai", "juin", "juil", "août", "sept", "oct", "nov",
           "déc")  # fmt: skip
_ES = ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic")
_IT = ("GEN", "FEB", "MAR", "APR", "MAG", "GIU", "LUG", "AGO", "SET", "OTT", "NOV", "DIC")


def _first(lang: str) -> tuple[str, ...]:
    return tuple(row.split()[0] for row in ROWS[lang])


@attrs.frozen
class _Style:
    """How one agency prints its dateline.

    layout: "bracket" (``PLACE, DATE (Agency) - ``), "interfax" (``PLACE. DATE (Agency) -``),
    "slash" (TASS), "dash" (RIA), "stop" (UNN), "first" (ANSA).
    """

    agency: str
    layout: str
    months: tuple[str, ...]
    day_first: bool = False
    close: str = " - "
    day_dot: bool = False  # German "14. Februar"


#: style name -> how that agency writes its dateline (see ``docs/datelines.md``).
STYLES: dict[str, _Style] = {
    "reuters": _Style("Reuters", "bracket", _EN_REUTERS),
    "ap": _Style("AP", "bracket", _EN_AP, close=" — "),
    "afp": _Style("AFP", "bracket", _FR_AFP, day_first=True),
    "tass": _Style("TASS", "slash", _first("en")),
    "ria": _Style("РИА Новости", "dash", _first("ru"), day_first=True, close=" — "),
    "interfax": _Style("Interfax", "interfax", _EN_REUTERS),
    "sputnik": _Style("Sputnik", "bracket", _first("en"), close=" – "),
    "xinhua": _Style("Xinhua", "bracket", _EN_AP, close=" -- "),
    "dpa": _Style("dpa", "bracket", _first("de"), day_first=True, day_dot=True),
    "efe": _Style("EFE", "bracket", _ES, day_first=True, close=".- "),
    "ansa": _Style("ANSA", "first", _IT, day_first=True),
    "agi": _Style("AGI", "first", tuple(m.lower() + "." for m in _IT), day_first=True),
    "yonhap": _Style("Yonhap", "bracket", _EN_AP, close=" -- "),
    "kyodo": _Style("Kyodo", "bracket", _EN_AP, close=" -- "),
    "pti": _Style("PTI", "bracket", _EN_REUTERS, close=" "),
    "ians": _Style("IANS", "bracket", _first("en"), close=" "),
    "upi": _Style("UPI", "bracket", _EN_AP, close=" -- "),
    "anadolu": _Style("AA", "bracket", _first("tr"), day_first=True),
    "europapress": _Style("EUROPA PRESS", "bracket", _ES, day_first=True),
    "prensalatina": _Style("Prensa Latina", "bracket", _ES, day_first=True, close=" "),
    "bernama": _Style("Bernama", "bracket", _EN_REUTERS, close=" -- "),
    "pap": _Style("PAP", "bracket", _first("pl"), day_first=True),
    "belga": _Style("Belga", "bracket", _FR_AFP, day_first=True),
    "apa": _Style("APA", "bracket", _first("de"), day_first=True, day_dot=True),
    "cna": _Style("CNA", "bracket", _EN_AP, close=" "),
    "unn": _Style("УНН", "stop", _first("uk"), day_first=True),
}


def _date_text(d: Dateline, style: _Style) -> str:
    assert d.month is not None and d.day is not None
    name = style.months[d.month - 1]
    if style.day_first:
        text = f"{d.day}{'.' if style.day_dot else ''} {name}"
        return text if d.year is None else f"{text} {d.year}"
    text = f"{name} {d.day}"
    return text if d.year is None else f"{text}, {d.year}"


#: The agencies of :data:`STYLES`, as they print themselves.
_KNOWN_AGENCIES = frozenset(style.agency for style in STYLES.values())
_KNOWN_FOLDED = frozenset(name.casefold() for name in _KNOWN_AGENCIES)


def format_dateline(dateline: Dateline, style: str) -> str:
    """Write ``dateline`` the way the agency ``style`` prints it, closing dash and space included.

    ``parse_dateline(format_dateline(d, s) + "Story …")`` gives back ``d``'s place, agency,
    month, day and year. The agency printed is ``dateline.agency``, or the style's own name
    when it is None. Only ``month``, ``day`` and ``year`` are printed (``date`` is not read).

    Args:
        dateline: what to write; ``place`` as it should be printed.
        style: one of :data:`STYLES` (``"reuters"``, ``"ap"``, ``"afp"``, ``"tass"``, ``"ria"``,
            ``"interfax"``, ``"sputnik"``, ``"xinhua"``, ``"dpa"``, ``"efe"``, ``"ansa"``, …).

    Returns:
        The dateline text, ready to have the story appended.

    Raises:
        ValueError: an unknown style (the message lists the known ones); a month outside 1
            to 12 or a day outside 1 to 31; a date without a
            place; a month without a day, or a year without both; a day without a month
            outside the bracket layouts; a style that always prints a date (``tass``,
            ``ria``, ``unn``) given none.

    Example:
        >>> format_dateline(Dateline(place="LONDON", month=2, day=14), "reuters")
        'LONDON, Feb 14 (Reuters) - '
        >>> format_dateline(Dateline(place="ROMA", month=2, day=14), "ansa")
        '(ANSA) - ROMA, 14 FEB - '

    .. versionadded:: 0.1
    """
    spec = STYLES.get(style)
    if spec is None:
        raise ValueError(f"unknown dateline style {style!r}; known: {', '.join(sorted(STYLES))}")
    agency = spec.agency if dateline.agency is None else dateline.agency
    place, month, day = dateline.place, dateline.month, dateline.day
    if month is not None and not 1 <= month <= 12:
        raise ValueError(f"month must be 1 to 12, not {month!r}")
    if day is not None and not 1 <= day <= 31:
        raise ValueError(f"day must be 1 to 31, not {day!r}")
    if (month is not None and day is None) or (dateline.year is not None and month is None):
        raise ValueError("a dateline prints a month only with its day, a year only with both")
    has_date = month is not None and day is not None
    if place is None:
        if day is not None:
            raise ValueError("a dateline with a date needs a place")
        if spec.layout in ("bracket", "interfax", "first"):
            # agency alone: a dash is needed even where the agency prints none ("(PTI) - ")
            close = spec.close if spec.close.strip() and spec.layout != "first" else " - "
            return f"({agency}){close}"
        raise ValueError(f"style {style!r} always prints a place")
    if spec.layout in ("slash", "dash", "stop", "first") and not has_date:
        raise ValueError(f"style {style!r} always prints a month and a day")
    if day is not None and month is None:
        if spec.layout != "bracket":
            raise ValueError(f"style {style!r} cannot print a day without its month")
        return f"{place}, {day} ({agency}){spec.close}"
    when = _date_text(dateline, spec) if has_date else ""
    if spec.layout == "bracket":
        at = f", {when}" if has_date else ""
        return f"{place}{at} ({agency}){spec.close}"
    stop = " " if place.endswith(".") else ". "  # "Ill. Sept 3", not "Ill.. Sept 3"
    if spec.layout == "interfax":
        at = f"{stop}{when}" if has_date else ""
        return f"{place}{at} ({agency}){spec.close}"
    if spec.layout == "slash":
        return f"{place}, {when}. /{agency}/. "
    if spec.layout == "dash":
        return f"{place}, {when}{spec.close}{agency}. "
    if spec.layout == "stop":
        return f"{place}{stop}{when}. {agency}. "
    return f"({agency}) - {place}, {when} - "
