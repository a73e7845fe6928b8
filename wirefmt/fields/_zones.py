"""Zone abbreviations as printed after a news time, as data.

Each name maps to its readings, the default first: ``(offset in minutes, where, regions,
languages)``. A name with one reading is plain; a name with several (``IST``, ``CST``,
``BST`` …) is ambiguous and the timestamp reader picks a reading by the caller's ``tz`` hint
(an ISO 3166 region of the reading), else by the language, else the first (the default), and
says which it did. Names are matched in capitals only (``est``, ``cat``, ``wit`` are words).
"""

from __future__ import annotations

from importlib import resources

__all__ = ["LOCAL_NAMES", "UTC_NAMES", "ZONES", "Reading", "place_zone_rows"]

#: offset east of UTC in minutes, what the reading is, regions (ISO 3166) and languages
#: (ISO 639-1) that select it.
Reading = tuple[int, str, frozenset[str], frozenset[str]]


def _r(offset: str, where: str, regions: str = "", languages: str = "") -> Reading:
    sign = -1 if offset[0] == "-" else 1
    hours, _, minutes = offset[1:].partition(":")
    value = sign * (int(hours) * 60 + int(minutes or 0))
    return (value, where, frozenset(regions.split()), frozenset(languages.split()))


#: Names that may be followed by an offset: ``GMT+1``, ``UTC +05:00``, ``UTC-3``.
UTC_NAMES: frozenset[str] = frozenset(("UTC", "GMT", "UT", "Z"))

#: Names of a local time that keeps summer time, read through the time zone database at the
#: printed date: "2:35 p.m. ET" is EDT in June and EST in January.
LOCAL_NAMES: dict[str, str] = {
    "ET": "America/New_York",
    "CT": "America/Chicago",
    "MT": "America/Denver",
    "PT": "America/Los_Angeles",
}

#: zone name -> readings, the documented default first.
ZONES: dict[str, tuple[Reading, ...]] = {
    "UTC": (_r("+0", "Coordinated Universal Time"),),
    "UT": (_r("+0", "Universal Time"),),
    "GMT": (_r("+0", "Greenwich Mean Time"),),
    "Z": (_r("+0", "UTC (military Zulu)"),),
    "WET": (_r("+0", "Western European Time", "PT", "pt"),),
    "WEST": (_r("+1", "Western European Summer Time", "PT", "pt"),),
    "CET": (_r("+1", "Central European Time"),),
    "CEST": (_r("+2", "Central European Summer Time"),),
    "MEZ": (_r("+1", "Mitteleuropäische Zeit", "DE AT CH", "de"),),
    "MESZ": (_r("+2", "Mitteleuropäische Sommerzeit", "DE AT CH", "de"),),
    "EET": (_r("+2", "Eastern European Time"),),
    "EEST": (_r("+3", "Eastern European Summer Time"),),
    "OEZ": (_r("+2", "Osteuropäische Zeit", "", "de"),),
    "OESZ": (_r("+3", "Osteuropäische Sommerzeit", "", "de"),),
    "MSK": (_r("+3", "Moscow Time", "RU", "ru"),),
    "МСК": (_r("+3", "Moscow Time", "RU", "ru"),),
    "TRT": (_r("+3", "Turkey Time", "TR", "tr"),),
    "EST": (_r("-5", "US Eastern Standard Time", "US CA", "en"),),
    "EDT": (_r("-4", "US Eastern Daylight Time", "US CA", "en"),),
    "CST": (
        _r("-6", "US Central Standard Time", "US CA MX", "en es"),
        _r("+8", "China Standard Time", "CN TW", "zh"),
        _r("-5", "Cuba Standard Time", "CU"),
    ),
    "CDT": (
        _r("-5", "US Central Daylight Time", "US CA MX", "en es"),
        _r("-4", "Cuba Daylight Time", "CU"),
    ),
    "MST": (
        _r("-7", "US Mountain Standard Time", "US CA MX", "en es"),
        _r("+8", "Malaysia Standard Time", "MY", "ms"),
    ),
    "MDT": (_r("-6", "US Mountain Daylight Time", "US CA MX", "en"),),
    "PST": (
        _r("-8", "US Pacific Standard Time", "US CA MX", "en es"),
        _r("+8", "Philippine Standard Time", "PH", "tl fil"),
    ),
    "PDT": (_r("-7", "US Pacific Daylight Time", "US CA MX", "en"),),
    "AKST": (_r("-9", "Alaska Standard Time", "US"),),
    "AKDT": (_r("-8", "Alaska Daylight Time", "US"),),
    "HST": (_r("-10", "Hawaii Standard Time", "US"),),
    "AST": (
        _r("-4", "Atlantic Standard Time", "CA PR", "en"),
        _r("+3", "Arabia Standard Time", "SA IQ KW QA BH YE", "ar"),
    ),
    "ADT": (_r("-3", "Atlantic Daylight Time", "CA"),),
    "NST": (_r("-3:30", "Newfoundland Standard Time", "CA"),),
    "NDT": (_r("-2:30", "Newfoundland Daylight Time", "CA"),),
    "BST": (
        _r("+1", "British Summer Time", "GB IE", "en cy gd"),
        _r("+6", "Bangladesh Standard Time", "BD", "bn"),
    ),
    "IST": (
        _r("+5:30", "India Standard Time", "IN", "hi bn ta te mr gu kn ml pa ur"),
        _r("+1", "Irish Standard Time", "IE", "ga"),
        _r("+2", "Israel Standard Time", "IL", "he"),
    ),
    "IDT": (_r("+3", "Israel Daylight Time", "IL", "he"),),
    "PKT": (_r("+5", "Pakistan Standard Time", "PK", "ur"),),
    "NPT": (_r("+5:45", "Nepal Time", "NP", "ne"),),
    "ICT": (_r("+7", "Indochina Time", "TH VN KH LA", "th vi km lo"),),
    "WIB": (_r("+7", "Western Indonesia Time", "ID", "id"),),
    "WITA": (_r("+8", "Central Indonesia Time", "ID", "id"),),
    "WIT": (_r("+9", "Eastern Indonesia Time", "ID", "id"),),
    "MYT": (_r("+8", "Malaysia Time", "MY", "ms"),),
    "SGT": (_r("+8", "Singapore Time", "SG"),),
    "HKT": (_r("+8", "Hong Kong Time", "HK"),),
    "BJT": (_r("+8", "Beijing Time", "CN", "zh"),),
    "PHT": (_r("+8", "Philippine Time", "PH"),),
    "AWST": (_r("+8", "Australian Western Standard Time", "AU"),),
    "JST": (_r("+9", "Japan Standard Time", "JP", "ja"),),
    "KST": (_r("+9", "Korea Standard Time", "KR", "ko"),),
    "ACST": (_r("+9:30", "Australian Central Standard Time", "AU"),),
    "ACDT": (_r("+10:30", "Australian Central Daylight Time", "AU"),),
    "AEST": (_r("+10", "Australian Eastern Standard Time", "AU"),),
    "AEDT": (_r("+11", "Australian Eastern Daylight Time", "AU"),),
    "NZST": (_r("+12", "New Zealand Standard Time", "NZ"),),
    "NZDT": (_r("+13", "New Zealand Daylight Time", "NZ"),),
    "WAT": (_r("+1", "West Africa Time"),),
    "CAT": (_r("+2", "Central Africa Time"),),
    "SAST": (_r("+2", "South Africa Standard Time", "ZA"),),
    "EAT": (_r("+3", "East Africa Time"),),
    "GST": (_r("+4", "Gulf Standard Time", "AE OM", "ar"),),
    "IRST": (_r("+3:30", "Iran Standard Time", "IR", "fa"),),
    "AFT": (_r("+4:30", "Afghanistan Time", "AF"),),
    "AZT": (_r("+4", "Azerbaijan Time", "AZ", "az"),),
    "GET": (_r("+4", "Georgia Time", "GE", "ka"),),
    "AMT": (
        _r("+4", "Armenia Time", "AM", "hy"),
        _r("-4", "Amazon Time", "BR", "pt"),
    ),
    "BRT": (_r("-3", "Brasília Time", "BR", "pt"),),
    "ART": (_r("-3", "Argentina Time", "AR"),),
    "CLT": (_r("-4", "Chile Standard Time", "CL"),),
    "COT": (_r("-5", "Colombia Time", "CO"),),
    "PET": (_r("-5", "Peru Time", "PE"),),
    "VET": (_r("-4", "Venezuela Time", "VE"),),
}


def place_zone_rows() -> list[tuple[str, str]]:
    """(IANA zone or ``"-"`` for local time, phrase) for each phrase of
    ``wirefmt/data/zone_places.txt``: zones printed as a place ("Moscow time", "heure de
    Paris", "北京时间"). Read on the first call by the timestamp reader, which caches it."""
    text = (resources.files("wirefmt") / "data" / "zone_places.txt").read_text(encoding="utf-8")
    rows: list[tuple[str, str]] = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        zone, _, phrases = line.partition(":")
        rows.extend((zone.strip(), p.strip()) for p in phrases.split("|") if p.strip())
    return rows
