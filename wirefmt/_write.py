"""``dumps()``: an :class:`Article` back into the agency page-dump layout (docs/pagedump.md).

The writer is the parser's inverse on the set of Articles the layout can carry, defined in
``docs/writer.md``: for each of them ``parse(dumps(a))`` has the same content as ``a``.
Outside that set it still writes every field it has, in the layout's order, and never
raises for content; only a line end inside a one-line field is refused, because it would
turn one field into two.
"""

from __future__ import annotations

import datetime as _dt
from typing import Final

from ._model import Article, Dateline

__all__ = ["dumps"]

#: The microdata trailer's publisher line also carries the edition's feedback address and a
#: phone number, which an Article does not keep. These stand-ins give the line the shape the
#: parser recognises; they are reserved names (RFC 2606) and a number that dials nowhere.
FEEDBACK_ADDRESS: Final = "feedback@example.invalid"
PHONE: Final = "+0000"
#: A trailer with no publisher line opens at a copyright year line; an Article keeps no such
#: year, so ``dumps`` prints the article's own year, or this stand-in when it has no date.
TRAILER_YEAR: Final = 1970

_LINE_ENDS: Final = ("\n", "\r", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029")


def _timestamp(value: _dt.datetime) -> str:
    """``2022-02-14T14:18+0100``: minutes, a basic-format offset; seconds only when set."""
    text = f"{value.year:04d}-{value.month:02d}-{value.day:02d}T{value.hour:02d}:{value.minute:02d}"
    if value.second or value.microsecond:
        text += f":{value.second:02d}"
        if value.microsecond:
            text += f".{value.microsecond:06d}"
    offset = value.utcoffset()
    if offset is not None:
        sign = "-" if offset < _dt.timedelta(0) else "+"
        minutes, rest = divmod(abs(offset), _dt.timedelta(minutes=1))
        if rest:
            raise ValueError(f"the UTC offset of {value.isoformat()} is not in whole minutes")
        text += f"{sign}{minutes // 60:02d}{minutes % 60:02d}"
    return text


def _suffix(dateline: Dateline) -> str | None:
    """``03.06.2025, Sputnik Afrique`` (or the date alone), from the dateline's date parts."""
    if dateline.date is not None:
        day, month, year = dateline.date.day, dateline.date.month, dateline.date.year
    elif None not in (dateline.day, dateline.month, dateline.year):
        day, month, year = dateline.day, dateline.month, dateline.year  # type: ignore[assignment]
    else:
        return None
    text = f"{day:02d}.{month:02d}.{year:04d}"
    return text if dateline.agency is None else f"{text}, {dateline.agency}"


def _one_line(name: str, value: str) -> str:
    if any(end in value for end in _LINE_ENDS):
        raise ValueError(f"Article.{name} holds a line end; the page dump prints it on one line")
    return value


def dumps(article: Article) -> str:
    """Write ``article`` in the agency page-dump layout.

    Blocks are separated by one blank line and the document ends with one: the title; the
    description (the lede, a space and the ``DD.MM.YYYY, Edition`` suffix taken from
    ``article.dateline``); the timestamps (published twice, then modified, as
    ``YYYY-MM-DDTHH:MM+hhmm``); the keywords, one a block; the body, its blocks glued with
    no separator; the tags, one a block. When the Article has fuller-variant fields (image,
    locale, section, publisher, or an edition the suffix does not name) the fuller variant
    is written: the title twice and the edition's name, the image URL before the body, and
    after the tags a trailer with the publisher line, the section, the locale, the edition's
    name and the keywords joined by ``", "``. Fields that are None or empty are left out.

    Positions (segments, offsets, evidence) and diagnostics are not written: parse
    recomputes them.

    Args:
        article: the Article to write.

    Returns:
        The document, a ``str`` ending in ``"\\n\\n"`` (``""`` for an empty Article).

    Raises:
        TypeError: ``article`` is not an :class:`Article`.
        ValueError: a one-line field (title, lede, keyword, tag, a body block …) holds a line
            end, or a timestamp's offset is not in whole minutes.

    >>> import datetime as dt, wirefmt
    >>> a = wirefmt.Article(title="Rain in Paris", lede="It rained.",
    ...     published=dt.datetime(2022, 2, 14, 14, 18, tzinfo=dt.timezone.utc),
    ...     body=(wirefmt.Paragraph("It rained all day."),))
    >>> print(dumps(a), end="")
    Rain in Paris
    <BLANKLINE>
    It rained.
    <BLANKLINE>
    2022-02-14T14:18+0000
    <BLANKLINE>
    2022-02-14T14:18+0000
    <BLANKLINE>
    2022-02-14T14:18+0000
    <BLANKLINE>
    It rained all day.
    <BLANKLINE>

    .. versionadded:: 0.1
    """
    if not isinstance(article, Article):
        raise TypeError(f"wirefmt.dumps() writes an Article, not {type(article).__name__}")
    a = article
    suffix = None if a.dateline is None else _suffix(a.dateline)
    suffix_edition = None if a.dateline is None or suffix is None else a.dateline.agency
    fuller = any(v is not None for v in (a.image, a.locale, a.section, a.publisher)) or (
        a.edition is not None and a.edition != suffix_edition
    )

    blocks: list[str] = []
    if a.title is not None:
        blocks.append(_one_line("title", a.title))
        if fuller:
            blocks.append(a.title)
    if fuller and a.edition is not None:
        blocks.append(_one_line("edition", a.edition))

    lede = None if a.lede is None else _one_line("lede", a.lede)
    description = " ".join(part for part in (lede, suffix) if part)
    if description:
        blocks.append(description)

    if a.published is not None or a.modified is not None:
        first = a.published if a.published is not None else a.modified
        last = a.modified if a.modified is not None else a.published
        assert first is not None and last is not None
        blocks += [_timestamp(first), _timestamp(first), _timestamp(last)]

    blocks += [_one_line("keywords", k) for k in a.keywords]
    if a.image is not None:
        blocks.append(_one_line("image", a.image))
    body = "".join(_one_line("body", b.text) for b in a.body)
    if body:
        blocks.append(body)
    blocks += [_one_line("tags", t) for t in a.tags]

    if a.publisher is not None:
        # The microdata trailer: it opens with the publisher line, and the parser reads the
        # lines after that one as the trailer's (section, edition again, keyword list).
        edition = a.edition if a.edition is not None else ""
        line = f"{edition} {FEEDBACK_ADDRESS} {PHONE} {_one_line('publisher', a.publisher)}"
        blocks.append(line.strip())
    if a.section is not None:
        if a.publisher is None:
            # Without a publisher line, a copyright year line is what opens a trailer in
            # real dumps; without it the section reads as a capitalised tag.
            blocks.append(str(_trailer_year(a)))
        blocks.append(_one_line("section", a.section))
    if a.locale is not None:
        blocks.append(_one_line("locale", a.locale))
    if a.publisher is not None:
        if a.edition is not None:
            blocks.append(a.edition)
        if len(a.keywords) > 1:
            blocks.append(", ".join(a.keywords))

    return "".join(block + "\n\n" for block in blocks)


def _trailer_year(a: Article) -> int:
    """The year a publisher-less trailer's copyright line prints: the article's own, from
    its timestamps or its dateline; the stand-in ``TRAILER_YEAR`` when it has no date."""
    stamp = a.published if a.published is not None else a.modified
    if stamp is not None:
        return stamp.year
    if a.dateline is not None and a.dateline.year is not None:
        return a.dateline.year
    return TRAILER_YEAR
