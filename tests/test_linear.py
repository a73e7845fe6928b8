"""Linear time, bounded for the default run: adversarial inputs of about 150 KB each.

Each input's cost per byte is compared with the real sample's, timed beside it: the best of
three interleaved runs of each, the garbage collector off. The timing runs in a fresh
interpreter (``bench/linear.py --json``), so that the test process's own heap does not
weigh on the parser. ``bench/linear.py`` alone runs the same inputs at 2 MB and a 10 MB
body, and prints the worst ratio.

A second test checks growth directly: four times the input must take about four times the
time. That catches a quadratic step even where its constant is small enough to pass the
ratio test (it found one: a title repeated on every line).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

#: The worst cost per byte accepted, as a multiple of the sample's.
LIMIT = 3.0
SIZE = 150_000
BENCH = Path(__file__).resolve().parents[1] / "bench" / "linear.py"

#: The inputs the ratio test measures (names of bench/linear.py's cases).
RATIO_CASES = (
    "seed, body repeated",
    "dots",
    "letter and dot",
    "straight quotes",
    "guillemets",
    "quote after stop",
    "opening brackets",
    "square brackets",
    "blank lines",
    "crlf blank lines",
    "digits",
    "timestamps glued",
    "timestamp lines",
    "dateline prefixes",
    "keyword lines",
    "url lines",
    "publisher-like",
    "letters of alternating case",
)
#: The inputs whose growth is measured: the ones with a diagnostic, a block or a line each.
GROWTH_CASES = (
    "bad timestamp lines",
    "url lines",
    "keyword lines",
    "title lines",
    "mixed",
    "letters of alternating case",
    "xpath-like",
)


def measure(size: int, names: tuple[str, ...], runs: int = 3) -> dict[str, float]:
    """Run bench/linear.py in a fresh interpreter; return each input's ratio."""
    command = [sys.executable, str(BENCH), "--json", "--size", str(size), "--runs", str(runs)]
    for name in names:
        command += ["--only", name]
    root = str(BENCH.parents[1])
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([root, os.environ.get("PYTHONPATH", "")])}
    out = subprocess.run(command, capture_output=True, text=True, check=True, env=env)
    result: dict[str, float] = json.loads(out.stdout)
    return result


@pytest.fixture(scope="module")
def ratios() -> dict[str, float]:
    return measure(SIZE, RATIO_CASES)


@pytest.fixture(scope="module")
def growth() -> dict[str, float]:
    large = measure(SIZE, GROWTH_CASES)
    small = measure(SIZE // 4, GROWTH_CASES)
    return {name: large[name] / small[name] for name in GROWTH_CASES}


@pytest.mark.parametrize("name", RATIO_CASES)
def test_cost_per_byte(name: str, ratios: dict[str, float]) -> None:
    ratio = ratios[name]
    if ratio >= LIMIT:
        # Noise only ever makes a run slower: measure once more, longer, before failing.
        ratio = min(ratio, measure(SIZE, (name,), runs=7)[name])
    assert ratio < LIMIT, f"{name}: {ratio:.2f}x the sample's cost per byte"


@pytest.mark.parametrize("name", GROWTH_CASES)
def test_time_grows_linearly(name: str, growth: dict[str, float]) -> None:
    """Four times the input takes about four times the time (a quadratic step: sixteen)."""
    # Cost per byte should stay flat (1.0) for an input four times longer; a quadratic step
    # would make it four times higher. 2.0 leaves room for a busy machine.
    grew = growth[name]
    if grew >= 2.0:  # measure once more, longer, before failing
        large = measure(SIZE, (name,), runs=7)[name]
        grew = min(grew, large / measure(SIZE // 4, (name,), runs=7)[name])
    assert grew < 2.0, f"{name}: cost per byte grew {grew:.2f}x"


def test_bench_runs() -> None:
    """The bench script itself runs and reports (small inputs, no 10 MB body)."""
    out = measure(2_000, ("dots",))
    assert set(out) == {"dots"} and out["dots"] > 0
