"""The checks after a dateline's match: what the grammar alone cannot refuse, refused by the
shape of what it read (see ``datelines``' docstring; tables in ``_places.py`` and
``_months.py``)."""

from __future__ import annotations

import regex

from wirefmt._unicode import SENTENCE_STOPS
from wirefmt.fields._dateline_format import KNOWN_AGENCIES
from wirefmt.fields._dateline_grammar import DAY_FOLDED
from wirefmt.fields._months import month_number
from wirefmt.fields._places import (
    AGENCY_NAME_PARTS,
    NOT_PLACE_OPENERS,
    NOT_PLACE_WORDS,
    SEAT_AGENCIES,
    SPEAKER_ROLES,
)
from wirefmt.fields._zones import UTC_NAMES, ZONES

__all__ = ["check_agency", "check_place", "check_when", "fold_day"]

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

#: Fewest words of the story's first sentence after a bare agency between two dashes
#: (``تهران- ایرنا- دولت …``; not a list of names joined by dashes).
_DASHED_STORY_WORDS = 5

#: Fewest letters of a place in small letters before a full stop (not "Prof. Dr. …").
_MIN_STOP_LETTERS = 5

#: Most words of an agency's name in brackets with no agency's word in it, after a place in
#: small letters and no date ("Surabaya (Antara Jatim) - "; more is a body's name spelled out:
#: "Hamas (Islamic Resistance Movement) - ").
_MAX_NAME_WORDS = 2


_KNOWN_FOLDED = frozenset(name.casefold() for name in KNOWN_AGENCIES)
# An agency's acronym: "BTA", "HINA", "TASR", "МИА", "TÜİK".
_ACRONYM = regex.compile(r"\p{Lu}{2,8}", regex.VERSION0)
# An agency's acronym in a region's seat, after a place that is not in capitals: four capitals
# or more ("Tehran, IRNA -- "); a region printed so is two or three ("Sydney, NSW - ",
# "Washington, DC - "), and after a place in capitals a region is in capitals too
# ("LONDON, ENGLAND - ").
_SEAT_ACRONYM = regex.compile(r"\p{Lu}{4,10}", regex.VERSION0)
# An agency's code in small letters ("ots", "askanews"), two joined by a slash, a hyphen or
# (codes of three or four letters each, as Swiss copy credits a partner: "ats afp") a space,
# or a web address ("marketwire.com"). Two small words of other lengths are a note, not two
# agencies: "(en direct)", "(in pics)", "(sur place)".
_SMALL_CODE = regex.compile(
    r"[a-z]{2,12}(?:[/\-][a-z]{2,12})?|[a-z]{3,4} [a-z]{3,4}"
    r"|[\p{L}\p{N}\-]{2,30}(?:\.[\p{L}\p{N}\-]{2,30}){1,3}"
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


def _opens_with_initials(acronym: str, name: str) -> bool:
    """Whether ``acronym`` opens with the initials of ``name``'s words, two words or more: an
    index's or a company's code ("DJI" of "Dow Jones", "NYSE" of "New York"), no agency ("Ha
    Noi (VNA)", "Den Bosch (ANP)" are agencies)."""
    initials = "".join(w[0] for w in name.split()).casefold()
    return len(initials) > 1 and acronym.casefold().startswith(initials)


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
    (Labour) - "), and the agency must look like one: a house style the writer knows
    (``KNOWN_AGENCIES``), parts joined by ``/`` or ``-`` of which one looks like one
    ("Keystone-ATS"), a name with an agency's word in it ("Valmare (Agencia Sur) - "), a
    code in small letters or a web address ("Otterberg (ots)"); after a place of one word
    also an acronym that does not spell the place ("Sofia (BTA) - ", not "Acme (ACME) - "),
    after several words one that does not open with their initials ("Ha Noi (VNA) - ", not
    "Dow Jones (DJI) - "), or a name of several words
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
    if any(p.casefold() in _KNOWN_FOLDED for p in parts):
        return True  # "dpa/lno", "dpa-AFX"
    if len(parts) > 1:
        # two agencies or an agency and its service joined ("Keystone-ATS", "dpa/AFP"): one
        # of them has an agency's shape by the rules below
        return any(_evidence_ok(p, place, dated, dashed) for p in parts)
    base = parts[0] if parts else agency
    if _SMALL_CODE.fullmatch(base) is not None or _AGENCY_PART.search(agency) is not None:
        return True
    head = regex.split(r"[,(\[]", place, maxsplit=1)[0]
    if _ACRONYM.fullmatch(base) is not None:
        if len(head.split()) > 1 and not dashed:
            return False
        return not (_is_abbreviation_of(base, head) or _opens_with_initials(base, head))
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
    if any(fold_day(w) in DAY_FOLDED for w in words):
        return False
    # each part of a hyphenated word too: "CORRECTED-S. Illinois …"
    parts = [p.strip(".'’").upper() for w in words for p in w.split("-")]
    if any(p in NOT_PLACE_WORDS for p in parts):
        return False
    return not any(p in SPEAKER_ROLES for p in parts)


def fold_day(word: str) -> str:
    """The lookup key of a weekday word (as ``_months.fold``)."""
    return word.rstrip(".").replace("İ", "i").replace("ı", "i").casefold().replace("i̇", "i")


# A sentence's end (a stop of any script that spaces its sentences: "." "!" "?" "…" "؟" "۔"
# "।" "։" …) before a space, a quote or the end.
_SENTENCE_END = regex.compile(rf"[^\n]*?[{SENTENCE_STOPS}][\"”»’)]?(?:\s|$)", regex.VERSION0)


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


def _story_line(text: str, end: int) -> bool:
    """Whether the line after ``end`` opens a story: a sentence of :data:`_STORY_WORDS` words
    ends on it, or it has that many words, most of them in small letters (a story's lines
    may be wrapped; a headline in title case has few such words)."""
    if _prose_follows(text, end, _STORY_WORDS):
        return True
    words = text[end : end + _SENTENCE_REACH].split("\n", 1)[0].split()
    small = sum(w[:1].islower() for w in words)
    return len(words) >= _STORY_WORDS and 2 * small >= len(words)


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
        if m.group("spaced") is not None:
            # "MELBOURNE, Australia A helicopter …": a story's sentence, not a title's words
            return _story_line(text, m.end())
        if m.group("lone") is not None and not dated:
            # alone on its line with no date: the capitals one word ("GIRLS BASKETBALL" is a
            # heading), maybe with a region, and a story's sentence on the next line; with a
            # date ("MINSK, Belarus, March 3"), that is evidence enough (a byline may follow)
            return " " not in caps and _prose_follows(text, m.end(), _STORY_WORDS)
        # "BOLOGNA. ", "PARIS-The", "DAMAS/ ": one word; after a full stop, a sentence (not a
        # headline: "CORRECTED. Illinois battles flooding")
        if (m.group("stop") or m.group("glued") or m.group("slashc")) and " " in caps:
            return False
        return m.group("stop") is None or _prose_follows(text, m.end())
    if dated and m.group("stop") is not None:
        # "Havana, July 13. The Minister …": a place and a date are a dateline when a story's
        # sentence follows their full stop ("LONDON, May 3. UK inflation rose." is a headline)
        return _prose_follows(text, m.end(), _STORY_WORDS)
    # small letters ("A LOCAL MAN - " is in capitals, and no place there)
    if place.upper() == place or len(_words(place)[0]) < 2:
        return False
    if m.group("stop") is not None:
        # "Duisburg. Die Stadt …": one word, long enough not to be a title's abbreviation
        # ("Prof. Dr. …"), then a story's sentence, not one more short one ("Danke. Das war es.")
        letters = sum(c.isalpha() for c in place)
        long_enough = letters >= _MIN_STOP_LETTERS
        return single and long_enough and _prose_follows(text, m.end(), _STORY_WORDS)
    if m.group("colon") is not None and not dated:
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
    known = agency.casefold() in _KNOWN_FOLDED
    if " " in agency:
        if bare or not (known or _AGENCY_PART.search(agency) is not None):
            return None
        return None, agency
    if bare and not known and regex.fullmatch(r"\p{Lu}\p{Ll}+", agency):
        return agency, None
    return None, agency


_Seat = tuple[str | None, str | None]  # place, agency


def _bare_after_date_ok(agency: str) -> bool:
    """Whether a bare name between a date and a dash is an agency: an acronym that is no
    zone's name (``AFP``, not ``KST`` nor ``GMT``) nor a word such as ``UPDATE``; a name in
    small letters only as a house style the writer knows (``Kyodo``; ``Update`` and
    ``Exclusif`` are no agencies, and nothing in their shape says so)."""
    if not agency.isupper():
        return agency.casefold() in _KNOWN_FOLDED
    return (
        agency not in ZONES
        and agency not in UTC_NAMES
        and not (len(agency) > 3 and agency in NOT_PLACE_WORDS)  # "UPDATE"; "AFP" is listed too
        and fold_day(agency) not in DAY_FOLDED
    )


def check_agency(m: regex.Match[str], text: str, seat: _Seat, dated: bool) -> _Seat | None:
    """The agency's checks (see the module docstring); (place, agency), or None."""
    place, agency = seat
    if agency is None:
        return seat
    if m.group("dash2") is not None and not _prose_follows(text, m.end(), _DASHED_STORY_WORDS):
        return None  # "سوريا - تركيا - العراق: …" is a list of names, no place and agency
    if m.group("s_after_date") is not None:
        return seat if _bare_after_date_ok(agency) else None
    bracketed = text[m.start("agency") - 1 : m.start("agency")] == "("
    if m.group("s_first") is not None and place is None and bracketed:
        return _alone_in_brackets(agency, m.group("bare") is not None)
    if m.group("bstop") is not None and not dated:
        return None  # "(ELTA). " closes a dated dateline; "Mr Smith (Labour). The …" is prose
    if bracketed and m.group("s_arabic") is None and m.group("s_cjk") is None:
        if not _agency_shape_ok(agency):
            return None
        dashed = all(m.group(g) is None for g in ("colon", "bare", "nl", "bstop"))
        if not _evidence_ok(agency, place, dated, dashed):
            return None
        return seat
    if fold_day(agency.split()[0]) in DAY_FOLDED or not _agency_shape_ok(agency):
        return None  # "LONDON, May 3, Tuesday. Rain …"
    return seat


def check_place(m: regex.Match[str], text: str, seat: _Seat) -> _Seat | None:
    """The place's checks, and the agency a place's seat may hold; (place, agency), or None."""
    place, agency = seat
    if place is None or m.group("s_cjk") is not None or m.group("s_arabic") is not None:
        return seat
    if not _place_ok(place, m):
        return None
    if agency is None and m.group("s_byline") is None and "," in place:
        # "Tehran, IRNA -- ": an acronym in the region's seat after a place not in capitals
        # (the place before it then passes the checks of a place with no agency)
        head, _, last = place.rpartition(",")
        last = last.strip()
        if not head.isupper() and _SEAT_ACRONYM.fullmatch(last) is not None:
            if not _no_agency_ok(m, head, text):
                return None
            return head, last
    if agency is None and m.group("s_byline") is not None:
        # "By UNI" then "CHENNAI: …": an agency's acronym as the byline is the agency
        by = m.group("by")
        agency = by if by is not None and _ACRONYM.fullmatch(by) is not None else None
    elif agency is None and not _no_agency_ok(m, place, text):
        return None
    if agency is None and place in SEAT_AGENCIES and m.group("day") is not None:
        place, agency = None, place  # "ТАСС, 10 августа. …": the agency's seat
    return place, agency


def check_when(m: regex.Match[str]) -> tuple[int | None, int | None, int | None] | None:
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
        if month is None and m.group("amonth") is not None:
            # the Levant's and the Maghreb's names in the shared table's Arabic row, two-word
            # names (``كانون الثاني``) joined as the table keys them
            month = month_number("_".join(month_text.split()), "ar")
    year_text = m.group("year") or m.group("ayear")
    return month, day, None if year_text is None else int(year_text)
