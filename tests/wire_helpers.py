"""Helpers for the wire tests: read a stream with a reader, check nothing was lost."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from wirefmt import Article
from wirefmt._registry import ReadOptions

Reader = Callable[[bytes | str, ReadOptions], Iterator[Article]]


def read_all(reader: Reader, data: bytes | str, *, strict: bool = False) -> list[Article]:
    return list(reader(data, ReadOptions(strict=strict)))


def codes(article: Article) -> list[str]:
    return [d.code for d in article.diagnostics]


def assert_nothing_lost(text: str, articles: list[Article]) -> None:
    """Every character that is not white space stands in exactly one segment."""
    covered = [0] * len(text)
    for article in articles:
        for seg in article.segments:
            assert 0 <= seg.start < seg.end <= len(text), seg
            for i in range(seg.start, seg.end):
                covered[i] += 1
    for i, ch in enumerate(text):
        if ch in " \t\r\n\x0b\xa0":
            assert covered[i] <= 1, (i, ch)
        else:
            assert covered[i] == 1, (i, repr(ch), covered[i], repr(text[max(0, i - 20) : i + 20]))
