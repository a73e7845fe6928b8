"""The page dump's description: the lede, then a ``DD.MM.YYYY, Edition`` suffix.

Forms (FORMAT.md §1):

* ``… le port a rouvert... 03.06.2025, Sputnik Afrique`` — date then edition (most editions);
* ``… заявил в среду... РИА Новости, 03.06.2025`` — edition then date (RIA Novosti);
* ``… liman yeniden açıldı... 03.06.2025`` — the date alone;
* no suffix at all.

The lede is the description as printed without the suffix and the space before it; a
trailing ``...`` or ``…`` stays, and marks the lede as truncated.
"""

from __future__ import annotations

import datetime as _dt

import attrs
import regex

__all__ = ["Description", "parse_description"]

# Only the tail of a description can hold the suffix: look at no more than this.
_TAIL = 160

# DD.MM.YYYY, e.g. "03.06.2025"
_DATE = r"(?P<day>\d{2})\.(?P<month>\d{2})\.(?P<year>\d{4})"
# An edition's name: a few words with no sentence punctuation, e.g. "Sputnik France", "N24",
# "Antena 3 Noticias", "البوابة". It may not start with a digit (that would be a date).
_EDITION = r"(?P<edition>[^\s\d.,!?…:;\"«»“”][^\n.,!?…:;«»“”]{0,58}?)"

# "… le port... 03.06.2025, Sputnik Afrique" or "… açıldı... 03.06.2025"
_DATE_FIRST = regex.compile(r"(?:^|\s)" + _DATE + rf"(?:,\s*+{_EDITION})?\s*+$")
# "… в среду... РИА Новости, 03.06.2025": the edition is capitalised and follows a sentence
# end, so that "…, передал дежурный, 03.06.2025" is not taken for one.
_EDITION_FIRST = regex.compile(
    r"(?:^|(?<=[.!?…\"»”)]))\s++(?P<edition>\p{Lu}[^\n\d.,!?…:;«»“”]{0,48}?),\s*+"
    + _DATE
    + r"\s*+$"
)
#: A truncated lede's end. (The lede is right-stripped: no line end for ``$`` to skip.)
_ELLIPSES = ("...", "…")
#: The numbers of the day, month, year and edition groups in each pattern.
_PARTS: dict[regex.Pattern[str], tuple[int, int, int, int]] = {
    p: (p.groupindex["day"], p.groupindex["month"], p.groupindex["year"], p.groupindex["edition"])
    for p in (_DATE_FIRST, _EDITION_FIRST)
}
#: The date alone, to test the last ten characters of a right-stripped tail.
_DATE_AT_END = regex.compile(_DATE)


@attrs.frozen(slots=True)
class Description:
    """A description split into its lede and its suffix.

    Attributes:
        lede: the description without the suffix (and without the space before it).
        truncated: True when the lede ends in ``...`` or ``…`` (cut by the site).
        date: the suffix's date, or None (no suffix, or not a real date).
        edition: the suffix's edition name as printed, or None.
        day, month, year: the suffix's date parts as printed, even when not a real date.
        suffix_start: offset of the suffix in the text, or None when there is none.

    .. versionadded:: 0.1
    """

    lede: str
    truncated: bool = False
    date: _dt.date | None = None
    edition: str | None = None
    day: int | None = None
    month: int | None = None
    year: int | None = None
    suffix_start: int | None = None


def parse_description(text: str) -> Description:
    """Split a page-dump description into lede and suffix.

    Args:
        text: one description line, as printed.

    Returns:
        A :class:`Description`. ``date`` is None when the suffix's date is not a real one
        (``31.02.2022``): its parts stay in ``day``, ``month``, ``year`` for the caller to
        report.

    >>> d = parse_description("Le maire a parlé. Le port a rouvert... 03.06.2025, Sputnik Afrique")
    >>> d.lede, d.truncated, d.date, d.edition
    ('Le maire a parlé. Le port a rouvert...', True, datetime.date(2025, 6, 3), 'Sputnik Afrique')
    >>> d = parse_description("Мэр заявил в среду... РИА Новости, 03.06.2025")
    >>> d.edition, d.suffix_start
    ('РИА Новости', 22)
    """
    if not isinstance(text, str):
        raise TypeError(f"parse_description() needs a str, not {type(text).__name__}")
    base = max(0, len(text) - _TAIL)
    tail = text[base:]
    if "." not in tail:  # every suffix holds a DD.MM.YYYY date: a title, most often
        lede = text.rstrip()
        return Description(lede=lede, truncated=lede.endswith(_ELLIPSES))
    # _EDITION_FIRST ends with the date, then white space (which rstrip removes, and more):
    # when the tail does not, the search is skipped.
    stripped = tail.rstrip()
    m = (
        _EDITION_FIRST.search(tail) if _DATE_AT_END.fullmatch(stripped[-10:]) else None
    ) or _DATE_FIRST.search(tail)
    if m is None:
        lede = text.rstrip()
        return Description(lede=lede, truncated=lede.endswith(_ELLIPSES))
    start = base + m.start()
    lede = text[:start].rstrip()
    # The suffix starts after the white space that separated it from the lede.
    found = m.group()
    suffix_start = start + len(found) - len(found.lstrip())
    # (by number: the regex module looks a group's name up slowly)
    day_s, month_s, year_s, edition = m.group(*_PARTS[m.re])
    day, month, year = int(day_s), int(month_s), int(year_s)
    try:
        date: _dt.date | None = _dt.date(year, month, day)
    except ValueError:
        date = None
    return Description(
        lede=lede,
        truncated=lede.endswith(_ELLIPSES),
        date=date,
        edition=None if edition is None else edition.strip(),
        day=day,
        month=month,
        year=year,
        suffix_start=suffix_start,
    )
