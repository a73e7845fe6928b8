"""Helpers for the page-dump tests written as whole dumps: build a dump from its blocks, read
it, and check the fields and that every character stands in one segment."""

from __future__ import annotations

from typing import NamedTuple

import wirefmt
from wirefmt import Article

#: A timestamp as the platform prints it.
TS = "2022-02-14T14:18+0100"
#: The same instant, as ``Article.published`` gives it in ISO form.
TS_ISO = "2022-02-14T14:18:00+01:00"


def dump(*blocks: str, sep: str = "\n\n") -> str:
    """A page dump: the blocks parted by ``sep`` (a blank line by default), a final line end."""
    return sep.join(blocks) + "\n"


class Expect(NamedTuple):
    """What a dump must read as. ``first`` and ``last`` are the body's first and last blocks'
    texts; ``leftover`` the lines that must be left over, in order (a run of them is one
    segment)."""

    title: str | None
    lede: str | None
    keywords: tuple[str, ...]
    tags: tuple[str, ...]
    published: str | None
    first: str
    last: str
    leftover: tuple[str, ...] = ()


def roles(doc: str, article: Article) -> list[tuple[str, str]]:
    """Each segment's role and text."""
    return [(s.role, doc[s.start : s.end]) for s in article.segments]


def assert_covers(doc: str, article: Article) -> None:
    """Every character that is not white space stands in exactly one segment."""
    covered = [0] * len(doc)
    for seg in article.segments:
        assert 0 <= seg.start < seg.end <= len(doc), seg
        for i in range(seg.start, seg.end):
            covered[i] += 1
    for i, ch in enumerate(doc):
        assert covered[i] <= 1, (i, ch)
        if not ch.isspace() and ch != "\ufeff":
            assert covered[i] == 1, (i, ch, doc[max(0, i - 20) : i + 20])


def check(doc: str, want: Expect) -> Article:
    """Read ``doc`` and compare its fields with ``want``; return the article."""
    a = wirefmt.parse(doc)
    published = a.published.isoformat() if a.published is not None else None
    got = Expect(
        a.title,
        a.lede,
        a.keywords,
        a.tags,
        published,
        a.body[0].text if a.body else "",
        a.body[-1].text if a.body else "",
        tuple(
            line.strip()
            for role, text in roles(doc, a)
            if role == "leftover"
            for line in text.splitlines()
            if line.strip()
        ),
    )
    assert got == want
    assert_covers(doc, a)
    return a
