"""The page dump's description: the lede, then a ``DD.MM.YYYY, Edition`` suffix.

Forms (docs/pagedump.md):

* ``… le port a rouvert... 03.06.2025, Sputnik Afrique`` — date then edition (most editions);
* ``… заявил в среду... РИА Новости, 03.06.2025`` — edition then date (RIA Novosti);
* ``… liman yeniden açıldı... 03.06.2025`` — the date alone;
* the edition's name is open: any few words at the very end with no sentence punctuation
  but a domain's dots: ``… 12.03.2022, Stadtkurier.de``, ``… 12.03.2022, 24 Heures``,
  ``… 12.03.2022, example.de``;
* no suffix at all.

The lede is the description as printed without the suffix and the space before it; a
trailing ``...`` or ``…`` stays, and marks the lede as truncated.
"""

from __future__ import annotations

import datetime as _dt
import re

import attrs

__all__ = ["Description", "parse_description"]

# Only the tail of a description can hold the suffix: look at no more than this.
_TAIL = 160
#: The longest edition name, and the most words it has.
_MAX_NAME = 60
_MAX_NAME_WORDS = 6

# DD.MM.YYYY standing as a word of its own, e.g. "03.06.2025" (stdlib ``re``: the search
# runs over every description, and a plain class is what it runs fastest).
_DATE = re.compile(r"(\d\d)\.(\d\d)\.(\d{4})(?![\d.])")
# One word of an edition's name: no white space and no sentence punctuation, e.g. "Sputnik",
# "24", "البوابة"; a domain's dots may join such words ("Stadtkurier.de", "news.example.am",
# "Espreso.co.rs"), a dot at a word's end may not (that ends a sentence).
_NAME_PART = r"[^\s.,!?…:;\"«»“”]{1,40}+"
_NAME_WORD = rf"{_NAME_PART}(?:\.{_NAME_PART}){{0,4}}+"
# An edition's name: a few such words, e.g. "Sputnik France", "24 Heures", "Antena 3
# Noticias", "example.de", "N24"; opened by neither a quotation mark nor a bracket.
_NAME_WORDS = rf"(?:[ \t\u00a0]++{_NAME_WORD}){{0,{_MAX_NAME_WORDS - 1}}}+"
_NAME = rf"(?P<edition>(?![\"'(\[]){_NAME_WORD}{_NAME_WORDS})"
# What follows the date in the "date first" form: ", Sputnik Afrique" to the very end.
_AFTER_DATE = re.compile(rf",\s*+{_NAME}\s*+")
# What precedes the date in RIA's form, "… в среду... РИА Новости, " (the date ends the text):
# the name follows a sentence end, so that "…, передал дежурный, 03.06.2025" is not one.
_BEFORE_DATE = re.compile(rf"(?:^|(?<=[.!?…\"»”)]))\s++{_NAME},\s*+$")
#: A truncated lede's end. (The lede is right-stripped: no line end for ``$`` to skip.)
_ELLIPSES = ("...", "…")


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
    found = _suffix(tail) if "." in tail else None  # every suffix holds a DD.MM.YYYY date
    if found is None:
        lede = text.rstrip()
        return Description(lede=lede, truncated=lede.endswith(_ELLIPSES))
    at, date_match, edition = found
    start = base + at
    lede = text[:start].rstrip()
    # The suffix starts after the white space that separated it from the lede.
    suffix_start = start + len(text[start:]) - len(text[start:].lstrip())
    day_s, month_s, year_s = date_match.groups()
    day, month, year = int(day_s), int(month_s), int(year_s)
    try:
        date: _dt.date | None = _dt.date(year, month, day)
    except ValueError:
        date = None
    return Description(
        lede=lede,
        truncated=lede.endswith(_ELLIPSES),
        date=date,
        edition=edition,
        day=day,
        month=month,
        year=year,
        suffix_start=suffix_start,
    )


def _suffix(tail: str) -> tuple[int, re.Match[str], str | None] | None:
    """Where the suffix of ``tail`` starts (the white space before it included), its date's
    match and its edition's name; None when ``tail`` ends in no suffix.

    The suffix's date is the tail's last DD.MM.YYYY: either nothing but a name follows it
    (``… 03.06.2025, Sputnik Afrique``, ``… 03.06.2025``), or it ends the text and a name
    stands before it (``… РИА Новости, 03.06.2025``).
    """
    last = None
    for found in _DATE.finditer(tail):
        at = found.start()
        if at == 0 or tail[at - 1].isspace():  # (a word of its own: not "1203.06.2025")
            last = found
    if last is None:
        return None
    after = tail[last.end() :]
    if after.strip():
        named = _AFTER_DATE.fullmatch(after)
        if named is None or len(named.group("edition")) > _MAX_NAME:
            return None
        return _space_before(tail, last.start()), last, named.group("edition").strip()
    before = _BEFORE_DATE.search(tail, max(0, last.start() - _MAX_NAME - 4), last.start())
    if before is not None and len(before.group("edition")) <= _MAX_NAME:
        return before.start(), last, before.group("edition").strip()
    return _space_before(tail, last.start()), last, None


def _space_before(tail: str, at: int) -> int:
    """``at`` moved back over the white space before it (one character at most, as the
    suffix is parted from the lede by one space, or the tail's start)."""
    return at - 1 if at > 0 and tail[at - 1].isspace() else at
