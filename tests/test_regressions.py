"""Regression tests for bugs found by review: each names the bug it pins."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

import wirefmt
from wirefmt._cli import main


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


def test_cli_survives_a_lone_surrogate_in_a_jsonl_record(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # An escaped lone surrogate in a JSON Lines corpus made the output line unencodable as
    # UTF-8: the run died with a traceback and the next documents were lost.
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(
        '{"text": "T \\ud800\\n\\nBody. More."}\n{"text": "Second\\n\\nBody two."}\n',
        encoding="utf-8",
    )
    assert main(["parse", "--jsonl", str(corpus)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert len(out) == 2
    assert json.loads(out[0])["title"] == "T \ud800"
    assert json.loads(out[1])["title"] == "Second"
