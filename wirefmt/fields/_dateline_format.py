"""Writing wire datelines back, each agency in its own style (see ``docs/datelines.md``)."""

from __future__ import annotations

import attrs

from wirefmt._model import Dateline
from wirefmt.fields._months import ROWS

__all__ = ["KNOWN_AGENCIES", "STYLES", "format_dateline"]


_EN_REUTERS = ("Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov",
               "Dec")  # fmt: skip
_EN_AP = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.",
          "Nov.", "Dec.")  # fmt: skip
_FR_AFP = ("janv", "fév", "mars", "avr", "mai", "juin", "juil", "août", "sept", "oct", "nov",
           "déc")  # fmt: skip
_ES = ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic")
_IT = ("GEN", "FEB", "MAR", "APR", "MAG", "GIU", "LUG", "AGO", "SET", "OTT", "NOV", "DIC")


#: The Syriac month names of the Levant and Iraq, as the ``sana`` style prints them (read
#: back through the shared month table's Arabic row, ``_months.ROWS["ar"]``/``TWO_WORDS``).
_LEVANT = (
    "كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران",
    "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول",
)  # fmt: skip


def _first(lang: str) -> tuple[str, ...]:
    return tuple(row.split()[0] for row in ROWS[lang])


@attrs.frozen
class _Style:
    """How one agency prints its dateline.

    layout: "bracket" (``PLACE, DATE (Agency) - ``), "interfax" (``PLACE. DATE (Agency) -``),
    "slash" (TASS), "dash" (RIA), "stop" (UNN), "first" (ANSA), "comma" (``PLACE, DATE,
    Agency. ``), "date_first" (``DATE, PLACE /Agency/. ``), "bars" (``PLACE | Agency | ``),
    "none" (a newspaper's: ``PLACE — ``, ``PLACE, DATE: ``, ``PLACE, DATE. ``, ``PLACE, DATE``
    and a line break), "bare" (``Place, ACRONYM`` and a line break or a dash), "cjk"
    (``新华社PLACE3月5日电 ``).
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
    # the shapes added in 0.2: a colon, a line break, the agency after a comma, the date
    # first, bars, no agency, Chinese
    "ani": _Style("ANI", "bracket", _EN_REUTERS, close=": "),
    "ots": _Style("ots", "bracket", _first("de"), day_first=True, day_dot=True, close="\n"),
    "regnum": _Style("ИА Регион", "comma", _first("ru"), day_first=True),
    "armenpress": _Style("ARMENPRESS", "comma", tuple(m.upper() for m in _first("en"))),
    "belta": _Style("БЕЛТА", "date_first", _first("ru"), day_first=True),
    "bars": _Style("AFP", "bars", _first("en")),
    "newspaper": _Style("", "none", _EN_AP, close=" — "),
    "newspaper_colon": _Style("", "none", _EN_REUTERS, close=": "),
    "xinhua_zh": _Style("新华社", "cjk", ()),
    # the shapes added in 0.3: a place and a date before a full stop or alone on their line
    # (both read back only before a story's sentence of ten words or more, or on a line of
    # their own), and an acronym bare after a title-case place, then a line break
    "newspaper_stop": _Style("", "none", _first("en"), close=". "),
    "newspaper_line": _Style("", "none", _EN_AP, close="\n"),
    "bare": _Style("PETRA", "bare", (), close="\n"),
    # an acronym in the region's seat, then a dash: "Tehran, IRNA -- "
    "irna": _Style("IRNA", "bare", (), close=" -- "),
    # a place in capitals and its region, then the story after a space
    "newspaper_space": _Style("", "none", _EN_AP, close=" "),
    # Arabic, with the Levant's month names: "دمشق، 5 أيار (سانا) - "
    "sana": _Style("سانا", "arabic", _LEVANT, day_first=True),
}

#: Layouts that print no date, and those that always print one.
_UNDATED_LAYOUTS = frozenset({"bars", "bare"})
_DATED_LAYOUTS = frozenset({"slash", "dash", "stop", "first", "comma", "date_first", "cjk"})


def _date_text(d: Dateline, style: _Style) -> str:
    assert d.month is not None and d.day is not None
    if style.layout == "cjk":  # digits: "3月5日" (a year is not printed)
        return f"{d.month}月{d.day}日"
    name = style.months[d.month - 1]
    if style.day_first:
        text = f"{d.day}{'.' if style.day_dot else ''} {name}"
        return text if d.year is None else f"{text} {d.year}"
    text = f"{name} {d.day}"
    return text if d.year is None else f"{text}, {d.year}"


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
            place (but for the bracket layouts: ``Feb 3 (Reuters) - ``); a month without a day,
            or a year without both; a day without a month outside the bracket layouts; a
            style that always prints a date (``tass``, ``ria``, ``unn``, ``regnum``,
            ``belta``, ``xinhua_zh``) given none, or one that prints none (``bars``) given
            one; an agency for a style that prints none (``newspaper``); a year for
            ``xinhua_zh``; ``newspaper_colon``, ``newspaper_stop`` or ``newspaper_line``
            without a date; for ``bare`` and ``irna``, an agency that is not 4 to 10
            capitals; for
            ``newspaper_space``, a date, or a place not in capitals with a region.

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
    if spec.layout == "none" and dateline.agency is not None:
        raise ValueError(f"style {style!r} prints no agency")
    if spec.layout == "cjk" and dateline.year is not None:
        raise ValueError(f"style {style!r} prints no year")
    has_date = month is not None and day is not None
    if spec.layout in _UNDATED_LAYOUTS and day is not None:
        raise ValueError(f"style {style!r} prints no date")
    if spec.layout in _DATED_LAYOUTS and not has_date:
        raise ValueError(f"style {style!r} always prints a month and a day")
    if style == "newspaper_space":
        head, comma, _ = (place or "").partition(", ")
        if has_date or not comma or not head.isupper():
            raise ValueError(f"style {style!r} prints a place in capitals and a region, no date")
    elif spec.layout == "none" and not any(c in spec.close for c in "-–—") and not has_date:
        raise ValueError(
            f"style {style!r} prints a colon, a full stop or a line break only after a date"
        )
    # (an acronym in a region's seat is read as the agency from four capitals: "Sydney, NSW")
    if spec.layout == "bare" and not (
        agency.isupper() and 4 <= len(agency) <= 10 and agency.isalpha()
    ):
        raise ValueError(f"style {style!r} prints an acronym of 4 to 10 capitals, not {agency!r}")
    when = _date_text(dateline, spec) if has_date else ""
    if place is None:
        if spec.layout not in ("bracket", "interfax", "first") or (day is not None and not when):
            raise ValueError(f"style {style!r} always prints a place")
        if when and spec.layout == "bracket":
            return f"{when} ({agency}){spec.close}"  # "Feb 3 (Reuters) - "
        if when:
            raise ValueError(f"style {style!r} prints a date only with a place")
        # agency alone: a dash is needed where the agency prints none ("(PTI) - ")
        dashed = any(c in spec.close for c in "-–—") and spec.layout != "first"
        return f"({agency}){spec.close if dashed else ' - '}"
    if day is not None and month is None:
        if spec.layout != "bracket":
            raise ValueError(f"style {style!r} cannot print a day without its month")
        return f"{place}, {day} ({agency}){spec.close}"
    at = f", {when}" if has_date else ""
    stop = " " if place.endswith(".") else ". "  # "Ill. Sept 3", not "Ill.. Sept 3"
    layouts = {
        "bracket": f"{place}{at} ({agency}){spec.close}",
        "interfax": f"{place}{stop}{when} ({agency}){spec.close}" if has_date else "",
        "slash": f"{place}, {when}. /{agency}/. ",
        "dash": f"{place}, {when}{spec.close}{agency}. ",
        "stop": f"{place}{stop}{when}. {agency}. ",
        "first": f"({agency}) - {place}, {when} - ",
        "comma": f"{place}, {when}, {agency}. ",
        "date_first": f"{when}, {place} /{agency}/. ",
        "bars": f"{place} | {agency} | ",
        "bare": f"{place}, {agency}{spec.close}",
        "arabic": f"{place}، {when} ({agency}) - " if has_date else f"{place} ({agency}) - ",
        "none": f"{place}{at}{spec.close}",
        "cjk": f"{agency}{place}{when}电 ",
    }
    if spec.layout == "interfax" and not has_date:
        return f"{place} ({agency}){spec.close}"
    return layouts[spec.layout]


#: The agencies of :data:`STYLES`, as they print themselves.
KNOWN_AGENCIES = frozenset(style.agency for style in STYLES.values() if style.agency)
