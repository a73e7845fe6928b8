"""The body splitter on text unlike prose: linear time, and a budget past which a body
dense with candidates stays unsplit with a notice."""

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


def test_a_body_dense_with_candidates_is_left_unsplit_with_a_notice() -> None:
    # "Dr.ADr.A…": a glued candidate every four characters, as in no prose. Judging each
    # one cost ten times the sample's cost per byte; past a budget the rest stays unsplit.
    body = "Dr.A" * 5_000
    blocks, notes = wirefmt.analyse_body(body)
    assert "".join(b.text for b in blocks) == body
    assert [n[0] for n in notes] == ["dense-body"]
    a = wirefmt.parse("Title\n\nLede.\n\nkw\n\n" + body + "\n", strict=True)
    assert "dense-body" in [d.code for d in a.diagnostics]


def test_real_bodies_never_run_out_of_candidates() -> None:
    body = ("The plant opened.Officials spoke at 3.5 p.m. on sputniknews.com today." * 3)[:-1]
    assert wirefmt.analyse_body(body)[1] == ()
