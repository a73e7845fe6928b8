"""Regression tests for bugs found by review: each names the bug it pins."""

from __future__ import annotations

import time

import wirefmt


def _cost(text: str) -> float:
    best = float("inf")
    for _ in range(3):
        t0 = time.perf_counter()
        wirefmt.parse(text)
        best = min(best, time.perf_counter() - t0)
    return best


def test_unmatched_opener_after_a_stop_is_linear() -> None:
    # "sagte. »Ab": a stop, a space, an opening guillemet that never closes. The splitter
    # counted quote marks from the block's start at every such stop: quadratic.
    unit = "Er sagte. »Ab"
    small = "Titel\n\n" + unit * 4_000 + "\n"
    large = "Titel\n\n" + unit * 16_000 + "\n"
    # Four times the input may cost at most about four times the time (plus noise).
    assert _cost(large) < 7 * _cost(small)
