"""The dateline grammar: one named fragment per rule, each under a comment with a sample.

A dateline is, in this order: maybe a date first (``05.03.2021, ``); a place, maybe with a
region after a comma or in brackets (``, Tenn.``, `` (Portogallo)``, `` [India]``); maybe a
date in any order and language (``, Feb 14``, ``, 12 марта``, ``, Sunday, May 3, 2020``); an
agency in one of the seats agencies print it in (``(AFP)``, ``(dpa/AFP)``, ``/ТАСС/``, ``—
РИА Новости.``, ``, ИА Регион.``, ``| Xinhua |``); and a terminator (a dash, ``--``, ``.-``,
a colon, a line break, or nothing before a capitalised word). Agencies may come first
(``(ANSA) - ``, ``/КРОСС/``, ``REPUBLIKA.CO.ID, ``); the place may be missing (``Feb 3
(Reuters) - ``) or the agency (``WASHINGTON — ``, ``Bishkek, 27 May: ``). Chinese,
Japanese, Korean and Arabic openings have their own shapes at the end.

Every quantifier is bounded and the parser cuts its text to a window first, so the cost is
bounded whatever the input. What the grammar alone cannot refuse (a bracket that is a ticker,
a party or a photo note; a headline word in the place's seat) ``datelines.py`` refuses after
the match.
"""

from __future__ import annotations

import regex

from wirefmt.fields._months import DAY_WORDS, ROWS, fold
from wirefmt.fields._places import REGION_ABBREVIATIONS

_Trie = dict[str, "_Trie"]


def _trie(words: set[str]) -> str:
    """Return a pattern matching exactly ``words``, as a trie: one branch per shared prefix.

    ``regex`` tries an alternation of literals one by one; the trie reads each character once.
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


def _day_forms() -> set[str]:
    """Every weekday and "today" word of ``_months.DAY_WORDS`` in lower case."""
    return {form.lower() for row in DAY_WORDS for form in row.split()}


#: The folded weekday and "today" words (checked after a match).
DAY_FOLDED = frozenset(fold(w) for w in _day_forms())

# ---------------------------------------------------------------------------------------
# Pieces
# ---------------------------------------------------------------------------------------

# White space before the dateline: " SINGAPORE (Reuters) - …" starts at 1.
LEAD = r"[\s\ufeff]{0,8}+"

# A dash that closes a dateline: "-", "--", "–", "—", AP's old "_", "•", EFE's ".-", ".–".
DASH = r"(?:\.?(?:--|[-–—_•])|\.—)"

# What a story opens with: a capital, a digit, a quote, or a letter of a script without case.
START = r"(?:[\p{Lu}\p{Lt}\p{N}\"“«„'‘‚‹(\[]|\p{Lo})"

# The closing dash and the space after it, up to the story's first word: " - ", " -- ", "—",
# "- " right after a bracket ("(Hina)- "); a story does not open in lower case ("Jonas Berg
# (SDP) - the coalition …" is no dateline).
CLOSE = rf"[\x20\t]{{0,3}}+{DASH}\s{{0,6}}+(?!\p{{Ll}})"

# No dash: a space, then the story's first character: "(IANS) The mayor …".
BARE = r"[\x20\t]{1,3}+(?=[\p{Lu}\p{N}\"“«„'‘])"

# A colon, with or without a space: "(APP): The", "(APP):The".
COLON = rf":[\x20\t]{{0,3}}+(?={START})"

# A line break right after the dateline: "Oslo (NTB)" and the story on the next line.
BREAK = rf"[\x20\t]{{0,3}}+\.?\r?\n\s{{0,6}}+(?={START})"

# A month name or abbreviation in any known language: "Feb", "Feb.", "février", "ФЕВРАЛЯ".
MONTH_FORMS = _month_forms()
MONTH_WORD = rf"(?i:{_trie(MONTH_FORMS)})(?![\p{{L}}\p{{M}}])"
_MONTH_AHEAD = r"(?=\p{L}{3,14}\.?\x20{1,2}[0-9])"
_MONTH = rf"(?P<month>{MONTH_WORD})\.?"

# A weekday and a comma before a date: "Sunday, December 27, 2020" (any word here; the parser
# refuses a match whose word is no weekday).
_WEEKDAY = r"(?:(?P<wday>\p{L}{3,13}+),\x20)"

# A day of the month, one or two digits: "14", "1", "08".
_DAY = r"(?P<day>[0-3]?[0-9])(?![0-9])(?:st|nd|rd|th)?"

# A year: "2022".
_YEAR = r"(?P<year>(?:1[89]|2[0-9])[0-9]{2})(?![0-9])"

# Month then day: "Feb 14", "Feb. 14, 2022", "marzo 13", "FEBRUARY 1", "kovo 3 d.".
_DATE_MD = rf"{_MONTH_AHEAD}{_MONTH}\x20{{1,2}}{_DAY}(?:\x20d\.)?(?:,?\x20{_YEAR})?"

# Day then month: "14 fév 2022", "18 de dezembro", "14. Februar", "a 9 de marzo 2023",
# "18. lipnja 2009".
_DATE_DM = rf"(?:a\x20)?{_DAY}\.?\x20(?:de\x20)?{_MONTH}(?:,?\x20(?:de\x20)?{_YEAR})?"

# Year first (Hungarian): "2024. március 3.".
_DATE_YMD = rf"{_YEAR}\.\x20{_MONTH}\x20{_DAY}\.?"

# Digits: "05.03.2021", "5/3/2021" (day first, as the agencies that print it do).
_DATE_NUM = (
    r"(?P<day>[0-3]?[0-9])(?:\.(?P<month>[01]?[0-9])\.|/(?P<month>[01]?[0-9])/)"
    r"(?P<year>(?:19|20)[0-9]{2})(?![0-9])"
)

# A date: any of those, maybe after a weekday.
DATE = rf"{_WEEKDAY}?(?:{_DATE_MD}|{_DATE_DM}|{_DATE_YMD}|{_DATE_NUM})"

# A particle inside a place name, one or two: "Ciudad de México", "Frankfurt am Main",
# "Mülheim an der Ruhr", "Castellón de la Plana".
_PARTICLE = (
    r"(?i:de|del|della|dei|di|da|do|dos|das|du|des|la|las|le|les|los|el|al|am|an|der|den|im|in"
    r"|sur|sul|upon|on|van|von|zu|zum|y|e)(?=\x20)"
)
_PARTICLES = rf"(?:\x20{_PARTICLE}){{0,2}}"

# A word of a place: "LONDON", "São", "İSTANBUL", "Farmsen-Berne", "МОСКВА", "O'Hare";
# "St." or "ST." may open a place ("ST. LOUIS").
NAME = r"\p{Lu}[\p{L}\p{M}'’]{0,24}+(?:-\p{L}[\p{L}\p{M}'’]{0,24}+){0,3}"
_SAINT = r"(?:St|ST|Ste|STE|Ft|FT|Mt|MT)\."
_WORD = rf"(?:{_SAINT}|{NAME})"

# A word of a region, where abbreviations are common: "Ill.", "Calif.", "W.Va.", "B.C.";
# another short one only right before a bracket or dash: "TIJUANA, Mex. (AP)". No weekday
# ("RAMALLAH, Sunday, May 3" has no region: the parser moves a weekday out of the place).
_KNOWN_ABBR = "|".join(regex.escape(a) for a in sorted(REGION_ABBREVIATIONS, key=len, reverse=True))
_ABBR = rf"(?:(?:{_KNOWN_ABBR})\.|(?:\p{{Lu}}\.){{2,3}}|\p{{Lu}}\p{{Ll}}{{1,4}}\.(?=\x20?[(/—–-]))"
_REGION_WORD = rf"(?:{_ABBR}|{NAME})"

# A place: "LONDON", "New Delhi", "CIUDAD DE MÉXICO", "KIEV/BALACLAVA".
PLACE_HEAD = rf"{_WORD}(?:{_PARTICLES}\x20{_WORD}|/{_WORD}){{0,3}}"

# A region after a comma: ", Ill.", ", Texas", ", Ivory Coast"; two: ", DC, United States".
REGION = rf",\x20{_REGION_WORD}(?:{_PARTICLES}\x20{_REGION_WORD}){{0,3}}"

# A region or country in brackets: " (Portogallo)", " [India]", " (Rhein-Neckar-Kreis)".
# (Where a bracket could be the region or the agency, the last bracket is the agency:
# "Niamey (Niger) (AFP) - " has both, "Mumbai (ANI): " only an agency.)
_BRACKET_REGION = r"\x20[(\[]\p{Lu}[\p{L}\p{M}.\-]{0,24}+(?:\x20[\p{L}\p{M}.\-]{1,24}+){0,2}[)\]]"

# A place as printed, regions included: "SPRINGFIELD, Ill.", "Chennai [India]".
PLACE = rf"(?P<place>{PLACE_HEAD}(?:{REGION}){{0,2}}(?:{_BRACKET_REGION})?)"

# A place in capitals (after a byline, or with no agency): "SAN FRANCISCO", "NEW YORK".
_CAPS_WORD = r"\p{Lu}[\p{Lu}\p{M}'’]{1,24}+(?:-\p{Lu}[\p{Lu}\p{M}'’]{0,24}+){0,3}(?![\p{L}\p{M}])"
_CAPS_HEAD = rf"{_CAPS_WORD}(?:\x20{_CAPS_WORD}|/{_CAPS_WORD}){{0,3}}"
_CAPS_PLACE = rf"(?P<place>(?P<caps>{_CAPS_HEAD})(?:{REGION}){{0,2}})"

# A time of day: "13:59", "9h05".
_TIME = r"[0-2]?[0-9][:h][0-5][0-9](?![0-9])"

# Where the date goes after the place: ", Feb 14", ". Feb 14" (Interfax), " 14 fév",
# ", Sunday, May 3, 2020", maybe a time ("3 березня 2024, 10:15"), with maybe a comma or full
# stop after it.
# A weekday may follow the date instead of preceding it: "Budapest, 2024. március 3., vasárnap
# (MTI) - " (the parser refuses a word that is no weekday).
_WEEKDAY_AFTER = r"(?:,\x20(?P<wday>\p{L}{3,13}+)(?=\x20\())"
AT_DATE = rf"(?:,\x20?|\.\x20|\x20){DATE}{_WEEKDAY_AFTER}?(?:,?\x20{_TIME})?[,.]?"

# A date first, then the place: "05.03.2021, Kraków", "14 мая, Гомель".
_PRE_DATE = rf"{DATE},\x20"

# An agency in brackets: "(Reuters)", "(dpa/lno)", "(dpa-AFX)", "(CBS.MW)", "(EL UNIVERSAL)",
# "(askanews)", "(marketwire.com)", "(Metro Wire Service)".
AGENCY = r"\((?P<agency>[\p{L}\p{N}][\p{L}\p{M}\p{N}\x20.&/+\-]{0,30}+)\)"

# What may follow an agency: a dash, a colon, a line break, or a space and a capital; or a
# full stop after a dated one ("Vilnius, kovo 3 d. (ELTA). Vyriausybė …"; the parser asks
# for the date).
_AFTER_AGENCY = (
    rf"(?:{CLOSE}|(?P<colon>{COLON})|(?P<nl>{BREAK})|(?P<bare>{BARE})"
    rf"|(?P<bstop>\.[\x20\t]{{1,3}}+(?={START})))"
)

# The bracketed agency and what closes it: "(Reuters) - ", ", (ST)- ", "        (AP) -- ".
_AGENCY_CLOSE = rf",?[\x20\t]{{0,9}}+{AGENCY}{_AFTER_AGENCY}"

# An agency's name as words: "РИА Новости", "ИА Регион", "ARMENPRESS", "Xinhua".
AGENCY_WORDS = r"\p{Lu}[\p{L}\p{N}\-]{0,20}+(?:\x20\p{Lu}[\p{L}\p{N}\-]{0,20}+){0,2}"

# An agency between slashes, maybe with a role before it or a reporter after a comma:
# "/TASS/", "/Корр. БЕЛТА/", "/Trend, N. Kirtskhalia/".
_SLASH_AGENCY = (
    rf"/(?:\p{{Lu}}\p{{Ll}}{{1,6}}\.\x20)?(?P<agency>{AGENCY_WORDS})(?:,\x20[^/\n]{{1,40}}+)?/"
)
# With no date, the agency between slashes right after the place, then a dash or a colon:
# "København /ritzau/: ", "Aarhus /Ritzau/ - " (Danish copy prints no date); a name in
# capitals or a code in small letters, nothing else between the slashes. Not before the
# story with a bare space: "Odense /and/ Aarhus" is prose.
_SLASH_UNDATED = rf"/(?P<agency>{AGENCY_WORDS}|[a-z]{{2,12}}+)/"

# A web address as an agency: "PanARMENIAN.Net", "REPUBLIKA.CO.ID".
_DOMAIN = (
    r"[\p{L}\p{N}][\p{L}\p{N}\-]{1,30}+(?:\.[\p{L}\p{N}\-]{1,30}+){0,2}"
    r"\.\p{L}{2,6}+(?![\p{L}\p{N}.])"
)

# ---------------------------------------------------------------------------------------
# Shapes, tried in order
# ---------------------------------------------------------------------------------------

# Place first. A place (maybe after a syndicator's credit, maybe after a date), maybe a date
# after it (``when``), then the agency in one of its seats. The place and the date are written
# once and each seat is a tail after them: the grammar is a third of the size it would be
# with the place and the date written out for each seat, and compiles that much faster.

# A syndicator's credit before it: "( MENAFN - Kuwait News Agency (KUNA)) KUWAIT, Dec 2 (KUNA)".
_CREDIT = (
    r"(?P<credit>\(\x20?[^()\n\-–—]{1,30}+[-–—]\x20[^()\n]{1,40}+(?:\([^()\n]{1,20}+\))?\x20?\)"
    r"[\x20\t]{1,3}+)?"
)

# A tail that needs the date after the place: "(?(when)|(?!))" fails where there is none.
_DATED = r"(?(when)|(?!))"

# Agency in brackets: "LONDON, Feb 14 (Reuters) - ", "Mumbai (ANI): ", "Hamburg (AFP) Die …",
# "ROMA, 3 MAR - (ANSA) - " (a dash between the date and the agency), "MADRID, 14 (EUROPA
# PRESS) - " (a day alone), "05.03.2021, Kraków (PAP) – " (the date first).
_TAIL_BRACKET = (
    rf"(?P<s_bracket>)(?(when)(?:\x20[-–—])?|(?(pre)|(?:,\x20?{_DAY}(?=[\x20\t]{{0,9}}\())?))"
    rf"{_AGENCY_CLOSE}"
)

# The agency between slashes: "MOSCOW, February 14. /TASS/. ", "14 мая, Гомель /Корр.
# БЕЛТА/. ", "Georgia, Tbilisi, Feb. 7 /Trend, N. Kirtskhalia/" then a line break.
_TAIL_SLASH = (
    rf"(?P<s_slash>)(?:(?(when)|(?(pre)|(?!)))\x20?{_SLASH_AGENCY}"
    rf"(?:{CLOSE}|[.:]?\s{{1,6}}+(?={START}))"
    rf"|(?(when)(?!)|(?(pre)(?!)|))\x20{_SLASH_UNDATED}(?:{CLOSE}|:\x20{{1,2}}+(?={START})))"
)

# The full stop after an agency's name: the script's own (Armenian ``։``, often typed as a
# colon after an Armenian word).
_AGENCY_STOP = r"(?:[.։]|(?<=\p{Armenian}):)"

# The agency after a dash and before a full stop, maybe with a reporter: "МОСКВА, 14 фев — РИА
# Новости. ", "МОСКВА, 3 марта — РИА Новости, Иван Петров. ".
_TAIL_DASH_AGENCY = (
    rf"(?P<s_dash>){_DATED}\x20{{1,2}}{DASH}\x20{{1,2}}"
    rf"[«\"“]?(?P<agency>{AGENCY_WORDS})[»\"”]?(?:,\x20\p{{Lu}}[^.\n]{{1,40}}+)?"
    rf"{_AGENCY_STOP}\s{{1,6}}+"
)

# The agency after a comma and before a full stop, maybe in quotes: "ЕКАТЕРИНБУРГ, 12 марта,
# ИА Регион. ", "YEREVAN, FEBRUARY 1, ARMENPRESS. ", "КАЗАНЬ, 3 марта, «Татар-информ». ",
# "ԵՐԵՎԱՆ, 1 ՓԵՏՐՎԱՐԻ, ԱՐՄԵՆՊՐԵՍ։ ".
_TAIL_COMMA_AGENCY = (
    rf"(?P<s_comma>){_DATED}(?:(?<=,)|,)\x20[«\"“]?(?P<agency>{AGENCY_WORDS})[»\"”]?"
    rf"{_AGENCY_STOP}\s{{1,6}}+(?={START})"
)

# The agency after the date's full stop: "КИЇВ. 14 лютого. УНН. ", "Москва. 14 февраля.
# INTERFAX.RU - ", "АСТАНА, 3 марта. КАЗИНФОРМ - ", "BAKU, March 3. Trend: ".
_CAPS_AGENCY = r"\p{Lu}[\p{Lu}\p{N}]{1,15}+(?:\.\p{Lu}{2,3})?"
_TAIL_FULL_STOP = (
    rf"(?P<s_stop>){_DATED}(?:(?<=\.)|\.)\x20"
    rf"(?:(?P<agency>{_CAPS_AGENCY})(?:\.\s{{1,6}}+|{CLOSE})"
    rf"|(?P<agency>{AGENCY_WORDS}):\x20{{1,3}}+(?={START}))"
)

# The agency between bars: "SEOUL | Xinhua | ", "Nantes, France | AFP | ".
_TAIL_BARS = rf"(?P<s_bars>)\x20\|\x20(?P<agency>{AGENCY_WORDS})\x20\|[\x20\t]{{1,3}}+(?={START})"

# A web address after a comma: "JAKARTA, KOMPAS.com - ".
_TAIL_COMMA_DOMAIN = rf"(?P<s_domain>),\x20(?P<agency>{_DOMAIN}){CLOSE}(?=\p{{Lu}})"

# A bare agency after the date, before a dash: an acronym ("SEOUL, Nov 26 AFP - ") or a
# capitalised name ("TOKYO, Feb. 14 Kyodo - "); the checks refuse a zone ("Nov 26 KST - "), a
# word in capitals that is no agency ("UPDATE") and a name no house style writes
# (``_dateline_checks._bare_after_date_ok``).
_TAIL_AFTER_DATE = (
    rf"(?P<s_after_date>){_DATED}\x20(?P<agency>\p{{Lu}}\p{{Ll}}{{2,15}}+|\p{{Lu}}{{2,8}}+){CLOSE}"
)

_SHAPE_PLACE_FIRST = (
    rf"{_CREDIT}(?:(?P<pre>){_PRE_DATE}{PLACE}|{PLACE}(?P<when>{AT_DATE})?)(?:"
    + "|".join(
        (
            _TAIL_BRACKET,
            _TAIL_SLASH,
            _TAIL_DASH_AGENCY,
            _TAIL_COMMA_AGENCY,
            _TAIL_FULL_STOP,
            _TAIL_BARS,
            _TAIL_COMMA_DOMAIN,
            _TAIL_AFTER_DATE,
        )
    )
    + ")"
)

# No place: "Feb 3 (Reuters) - ", "Nov. 9 (UPI) -- ".
_SHAPE_NO_PLACE = rf"(?P<s_noplace>){DATE}[,.]?{_AGENCY_CLOSE}"

# Agency first: "(ANSA) - ROMA, 14 FEB - ", "(ANSA) - MILANO - ", "(Adnkronos) - ", "(CNN) The
# …", "/КРОСС/ ", "PanARMENIAN.Net - ", "REPUBLIKA.CO.ID, JAKARTA -- ".
_SHAPE_AGENCY_FIRST = (
    rf"(?P<s_first>)(?:{AGENCY}(?:{CLOSE}|(?P<bare>{BARE}))(?:{PLACE}(?:,\x20{DATE})?{CLOSE})?"
    rf"|{_SLASH_AGENCY}[\x20\t]{{1,3}}+(?=\p{{Lu}})"
    rf"|(?P<agency>{_DOMAIN})(?:,\x20{PLACE}(?:,\x20{DATE})?)?{CLOSE}(?=\p{{Lu}}))"
)

# An agency's name printed bare after the place, with only a hyphen or a comma between and
# no bracket: "Damasco, SANA" then a line break, "Téhéran-SANA/", "حماة-سانا" then a line
# break, "القاهرة - أ ش أ ". No table: the name has an acronym's shape, and the seat asks for
# evidence that no word of a sentence gives. In Latin or Cyrillic letters: a title-case place
# and three to ten capitals after a hyphen, four to ten after a comma, where a region of two
# or three stands ("Sydney, NSW"; "Paris - Le …" and "Tehran, Iran " are no agencies); in Arabic
# letters: one word of two to nine letters, or single letters spaced as an acronym ("أ ش أ").
# A word must be followed by a slash, a line break or a second dash and a story's sentence
# (``تهران- ایرنا- ``; ``دمشق - قال الوزير`` is a sentence, ``سوريا - تركيا - العراق:`` a
# list); the spaced letters, which a sentence never prints, also by a space.
_BARE_LATIN = (
    r"(?P<place>\p{Lu}\p{Ll}[\p{L}\p{M}]{0,18}+(?:\x20\p{L}[\p{L}\p{M}]{1,19}+){0,2})"
    r"(?:\x20?-\x20?(?P<agency>\p{Lu}{3,10}+)|,\x20?(?P<agency>\p{Lu}{4,10}+))"
    r"(?![\p{L}\p{M}\p{N}])(?:[\x20\t]{0,3}+[/\n])"
)
_BARE_ARABIC = (
    r"(?P<place>\p{Arabic}{2,20}+(?:\x20\p{Arabic}{2,20}+){0,2})\x20?[-–]\x20?"
    r"(?:(?P<agency>\p{Arabic}{2,9}+)[\x20\t]{0,3}+(?:[/\n]|(?P<dash2>[-–])(?=\x20?\p{Arabic}))"
    r"|(?P<agency>\p{Arabic}(?:\x20\p{Arabic}){1,3})(?!\p{Arabic})(?:[\x20\t]{0,3}+[/\n]|\x20))"
)
_SHAPE_BARE_NAME = rf"(?P<s_sana>)(?:{_BARE_LATIN}|{_BARE_ARABIC})\s{{0,6}}+"

# A byline, then a dateline in capitals, with an agency or a colon or a dash: "By JANE ROE
# PARIS (AP) -- ", "By UNI" and a line break then "CHENNAI: ".
_BYLINE = (
    r"(?:By\x20(?P<by>(?:[\p{L}.'’\-]{1,20}+[\x20\t]{1,6}+){0,7}?[\p{L}.'’\-]{1,20}+)\s{1,6}+"
    r"|(?:The\x20)?Canadian\x20Press\x20-\x20)"
)
_SHAPE_BYLINE = (
    rf"(?P<s_byline>){_BYLINE}(?P<at>){_CAPS_PLACE}"
    rf"(?:{_AGENCY_CLOSE}|(?P<colon>:\x20{{1,3}}+)(?={START})|{CLOSE}(?=\p{{Lu}}\p{{Ll}}))"
)

# No agency, a place in capitals: "HOUSTON — ", "NEW YORK, May 21 -- ", "LONDON--Oct. 12,
# 2004-- ", "CIUDAD DE MÉXICO.- ", "MUMBAI, SEP 14: ", "BOLOGNA. ", "PARIS-The …",
# "SEVILLA, 30" and a line break, "KATHMANDU, March 7 the …". (The dash has a space before it
# or is long: "COVID-19 - …" is no dateline; the story opens with a capital and a small
# letter, not more capitals: "WORKED EXAMPLE - SETUP".)
_CAPS_CLOSE = r"(?:[\x20\t]{1,3}+[-–—_•]|[\x20\t]{0,3}+(?:--|—|–)|\.[-–—])\s{0,6}+"
_SHAPE_CAPS = (
    rf"(?P<s_caps>){_CAPS_PLACE}(?:(?:,\x20{DATE})?{_CAPS_CLOSE}"
    rf"(?:{DATE}(?:{_CAPS_CLOSE}|[\x20\t]{{0,3}}+\r?\n\s{{0,6}}+)(?:{_TIME}[\x20\t]{{0,3}}+\r?\n\s{{0,6}}+)?)?"
    rf"|,\x20{DATE}(?:\x20{{1,3}}+|(?P<colon>:\x20{{1,3}}+))"
    # (a full stop after a region's short word is the abbreviation's: "SPRINGFIELD, Ill. ")
    r"|(?P<colon>:\x20{1,3}+)|(?<!,\x20\p{Lu}\p{Ll}{1,4})(?P<stop>\.\x20{1,2}+)|(?P<glued>-)"
    r"|(?P<slashc>/\x20{1,2}+)"
    rf"|,\x20{_DAY}[\x20\t]{{0,3}}+\r?\n\s{{0,6}}+"
    # alone on its line, maybe with a date, the story on the next: "TBILISI", "MINSK,
    # Belarus, March 3" (the parser asks for one word, or a date or region, and a sentence)
    rf"|(?P<lone>(?:,\x20{DATE}\.?)?)[\x20\t]{{0,3}}+\r?\n\s{{0,6}}+)"
    r"(?=\p{Lu}(?:\p{Ll}|[\x20'’])|[\"“«„'‘])"
    # a place in capitals and a date are evidence enough for a story in small letters
    rf"|(?P<s_caps>){_CAPS_PLACE},\x20{DATE}\x20{{1,3}}+(?=\p{{Ll}}{{2}})"
    # a place in capitals and a region, then the story with no terminator: "MELBOURNE,
    # Australia A helicopter …" (the region as long as a capitalised word and a small one
    # follow; the parser asks for a story's sentence)
    rf"|(?P<s_caps>)(?P<place>(?P<caps>{_CAPS_HEAD})(?:{REGION}){{1,2}})(?P<spaced>\x20)"
    r"(?=\p{Lu}(?:\p{Ll}+\x20\p{Ll}|\x20\p{Ll}))"
)

# No agency, any place with a date: "Москва. 14 февраля. — ", "Lima, 3 de mayo.- ",
# "Bishkek, 27 May: ", "Havana, July 13. The …" (after the date's full stop the parser asks
# for a story's sentence: see ``_dateline_checks._no_agency_ok``), "Minsk, March 3" alone on
# its line.
_SHAPE_DATED = (
    rf"(?P<s_dated>){PLACE}{AT_DATE}(?:{CLOSE}|(?P<colon>:\x20{{1,3}}+)|(?<=\.)(?P<stop>\x20{{1,2}}+)"
    r"|(?P<lone>[\x20\t]{0,3}+\r?\n\s{0,6}+))"
    r"(?=[\p{Lu}\p{N}\"“«„'‘])"
)

# No agency, a place in small letters: "Berlin - Die …", "Dakar – ", "Bogotá.- ", "Damas/ Le
# …", "La Habana, Cuba: El …", "Duisburg. Die Stadt hat …" (the parser asks more of a colon
# and a full stop: see ``datelines._no_agency_ok``).
_MIXED_PLACE = rf"(?P<place>{NAME}(?:{_PARTICLES}\x20{NAME}|/{NAME}){{0,2}}(?:{REGION}){{0,2}})"
SHAPE_MIXED = (
    rf"(?P<s_mixed>){_MIXED_PLACE}(?:[\x20\t]{{1,3}}+(?:--|[-–—•])\x20{{1,3}}+|\.[-–—]\x20{{0,3}}+"
    r"|(?P<colon>:\x20{1,3}+)|(?P<slashc>/\x20{1,2}+)|(?P<stop>\.\x20{1,2}+))"
    r"(?=\p{Lu}\p{Ll}|[\"“«„'‘])"
)

# Chinese, Japanese and Korean wire openings (month and day in digits): "新华社北京3月5日电 ",
# "中新网3月14日电 ", "本报上海3月8日电记者李华报道：", "【新華社北京5月9日】", "【ソウル共同】",
# "【6月18日 AFP】", "巴黎，5月2日（法新社）–", "中央社台北3日電 ",
# "(서울=연합뉴스) 홍길동 기자 = ".
_CJK_PLACE = r"(?P<place>[\p{Han}\p{Katakana}][\p{Han}\p{Katakana}ー・]{0,11}?)"
_CJK_DATE = r"(?:(?P<month>[0-9]{1,2})月)?(?P<day>[0-9]{1,2})日"
_CJK_AGENCY = r"(?P<agency>\p{Han}{1,4}?[社网網报報])"
_SHAPE_CJK = (
    rf"(?P<s_cjk>)(?:\p{{Han}}{{2,12}}?消息[,，])?[据據]?{_CJK_AGENCY}(?:[記记]者\p{{Han}}{{2,3}})?{_CJK_PLACE}?{_CJK_DATE}[电電]"
    r"[\x20\u3000]?(?:[(（]记者[^)）\n]{1,16}[)）]|记者[\p{Han}、\x20]{1,16}?报道[:：])?"
    rf"|【(?:(?P<agency>新華社|新华社){_CJK_PLACE}{_CJK_DATE}|{_CJK_PLACE}(?P<agency>共同|時事)"
    rf"|{_CJK_DATE}\x20?(?P<agency>\p{{L}}{{2,12}}+))】"
    rf"|{_CJK_PLACE}[，,]\x20?{_CJK_DATE}[（(](?P<agency>\p{{Han}}{{2,8}}+)[）)]"
    r"[\x20\u3000]{0,2}+(?:[-–—:：][\x20\u3000]{0,2}+)?"
    r"|[(（](?P<place>\p{Hangul}{1,10}+)[=＝](?P<agency>\p{Hangul}{2,10}+)[)）][\x20\u3000]{0,2}+"
    r"(?:\p{Hangul}{2,4}+\x20기자\x20?=\x20?)?"
)

# Arabic: the place, maybe a date, then the agency in brackets or between slashes, and a dash
# or colon: "دمشق، 5 أيار (سانا) - ", "القاهرة /أ ش أ/ - ".
_AR_WORD = r"\p{Arabic}{2,20}+"
_AR_DIGIT = r"[0-9\u0660-\u0669]"
# The date may be in digits, joined by hyphens, slashes or full stops ("رام الله 3-3-2024",
# "الكويت - 3 - 3"); after a date with its year, the agency may stand bare before its dash
# ("… 3-3-2024 وفا- "; a score has no year: "الأهلي 2-1 الزمالك - " is no dateline), and
# after a date and slashes a space may close it ("الدوحة في 03 مارس /قنا/ أعلنت"; with no
# date, "قال الوزير /المصدر/ إن …" is a sentence).
_AR_SEP = r"\x20?[-/.–]\x20?"
_AR_DATE = (
    rf"(?:[،,]?\x20(?:في\x20)?(?P<aday>{_AR_DIGIT}{{1,2}})\x20(?P<amonth>{_AR_WORD}(?:\x20{_AR_WORD})?)"
    rf"(?:\x20(?P<ayear>{_AR_DIGIT}{{4}}))?"
    rf"|(?:[،,]?\x20(?:في\x20)?|\x20?[-–]\x20?)(?P<aday>{_AR_DIGIT}{{1,2}}){_AR_SEP}"
    rf"(?P<amonth>{_AR_DIGIT}{{1,2}})(?:{_AR_SEP}(?P<ayear>{_AR_DIGIT}{{4}}))?(?!{_AR_DIGIT}))"
)
_SHAPE_ARABIC = (
    rf"(?P<s_arabic>)(?P<place>{_AR_WORD}(?:\x20{_AR_WORD}){{0,2}}?)(?:{_AR_DATE})?"
    r"(?:[،,]?\x20?(?:\((?P<agency>\p{Arabic}[\p{Arabic}\x20]{0,20}+)\)"
    r"|(?P<slashed>/)(?P<agency>\p{Arabic}[\p{Arabic}\x20]{0,20}+)/)"
    r"|(?(ayear)\x20(?P<agency>\p{Arabic}{2,9}+)(?=\x20?[-–])|(?!)))"
    r"(?:[\x20\t]{0,3}+(?:--|[-–—:])|(?(slashed)(?(aday)(?=\x20)|(?!))|(?!)))"
    r"[\x20\t]{0,3}+(?=\p{Arabic})"
)

#: The grammar: the shapes above, tried in order.
GRAMMAR = (
    LEAD
    + "(?P<at>)(?:"
    + "|".join(
        (
            _SHAPE_PLACE_FIRST,
            _SHAPE_AGENCY_FIRST,
            _SHAPE_NO_PLACE,
            _SHAPE_BARE_NAME,
            _SHAPE_BYLINE,
            _SHAPE_CAPS,
            _SHAPE_DATED,
            SHAPE_MIXED,
            _SHAPE_CJK,
            _SHAPE_ARABIC,
        )
    )
    + ")"
)
