"""Linear time: parse adversarial documents and compare their cost per byte with a real dump's.

Usage::

    python bench/linear.py                 # inputs of about 2 MB, plus a 10 MB body
    python bench/linear.py --size 200000   # smaller inputs, quicker
    python bench/linear.py --no-huge       # without the 10 MB body

A parser whose time grows faster than the input (a regex that backtracks, a loop that
rescans) shows up as a ratio that grows with ``--size``. The report prints every input's
ratio, then the worst one and the input that gave it. ``tests/test_linear.py`` runs the same
inputs at about 150 KB in the default test run.
"""

from __future__ import annotations

import argparse
import gc
import json
import random
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import wirefmt

#: The real page dump the costs are measured against (the package's own example is the
#: fallback when the shared development files are not beside the checkout).
_HERE = Path(__file__).resolve().parent
SAMPLES = (
    _HERE.parent.parent / "shared" / "000_57928c4dae0632d5.txt",
    _HERE.parent / "wirefmt" / "data" / "example.txt",
)


def sample() -> str:
    """The text of the reference dump."""
    for path in SAMPLES:
        if path.is_file():
            return path.read_text(encoding="utf-8")
    raise FileNotFoundError("no reference dump found: " + ", ".join(map(str, SAMPLES)))


#: Keywords of a real length and shape: thousands of keyword lines.
KEYWORDS = ("pays-bas", "énergie", "port", "marie curie", "transport maritime", "ville")


def _repeat(unit: str, size: int) -> str:
    return unit * max(1, size // len(unit))


def cases(size: int) -> Iterator[tuple[str, str]]:
    """Yield ``(name, document)`` pairs of about ``size`` characters each.

    Each one aims at a place where a careless parser goes quadratic: runs that a regex can
    split in many ways, lines that each look like the start of something, many blocks.
    """
    seed = sample()
    lines = seed.split("\n")
    body = max(lines, key=len)
    rnd = random.Random(8)
    yield "seed, body repeated", seed.replace(body, _repeat(body, size))
    yield "letters of alternating case", _repeat("aA", size)
    yield "case joins in words", _repeat("bassinTrois ", size)
    yield "dots", _repeat(".", size)
    yield "letter and dot", _repeat("a.", size)
    yield "sentence ends glued", _repeat("Abc.", size)
    yield "straight quotes", _repeat('"', size) + "x"
    yield "guillemets", _repeat("«»", size)
    yield "quote after stop", _repeat('a."', size)
    yield "opening brackets", _repeat("(", size // 2) + "MOSCOW" + _repeat(")", size // 2)
    yield "square brackets", _repeat("[", size)
    yield "blank lines", _repeat("\n", size)
    yield "crlf blank lines", _repeat("\r\n", size)
    yield "spaces", "x" + _repeat(" ", size) + "x"
    yield "nbsp", "x" + _repeat("\u00a0", size) + "x"
    yield "one long word", _repeat("x", size)
    yield "digits", _repeat("7", size)
    yield "timestamps glued", _repeat("2023-05-15T09:20+0300", size)
    yield "timestamp lines", _repeat("2023-05-15T09:20+0300\n\n", size)
    yield "bad timestamp lines", _repeat("2022-13-45T99:99+0100\n\n", size)
    yield "dates", _repeat("14.02.2022, ", size)
    yield "dateline prefixes", _repeat("MOSCOW, Feb 14 (", size)
    yield "keyword lines", _repeat("\n\n".join(KEYWORDS) + "\n\n", size)
    yield "short keyword lines", _repeat("mot\n\n", size)
    yield "keyword list", _repeat("mot, ", size)
    yield "title lines", _repeat("Le Kremlin parle\n\n", size)
    yield "sputnik words", _repeat("Sputnik ", size)
    yield "e-mail signs", _repeat("a@b ", size)
    yield "at signs", _repeat("@", size)
    yield "slashes", _repeat("/a", size)
    yield "xpath-like", "/" + _repeat("html[@x='1']/", size)
    yield "urls", _repeat("https://", size)
    yield "url lines", _repeat("https://cdn.example.org/img/1.jpg\n\n", size)
    yield "digit pairs", _repeat("1920 1080 ", size)
    yield "publisher-like", _repeat("Sputnik a@b +7495 ", size)
    yield "mixed", "".join(rnd.choice('aA. "«»\n0123:+-TZ\u00a0…@/,(') for _ in range(size))


def _best_time(parse: Callable[[], object], runs: int) -> float:
    """The shortest of ``runs`` timings, with the garbage collector off (as timeit does).

    A collection scans every live object of the process: inside a test run that is the
    whole of pytest and hypothesis, and the parser's cost would depend on who called it.
    """
    best = float("inf")
    gc.collect()
    for _ in range(runs):
        gc.disable()
        try:
            t0 = time.perf_counter()
            parse()
            best = min(best, time.perf_counter() - t0)
        finally:
            gc.enable()
    return best


def seed_cost(runs: int = 30) -> float:
    """Seconds per byte of parsing the reference dump (the best of ``runs`` runs)."""
    text = sample()
    return _best_time(lambda: wirefmt.parse(text), runs) / len(text.encode())


def ratio(text: str, per_byte: float | None = None, runs: int = 3) -> float:
    """The cost per byte of parsing ``text``, as a multiple of the reference's.

    Both costs are the best of ``runs``. Without ``per_byte`` the reference is timed again,
    run for run between the runs on ``text``, so that both see the same load on a busy
    machine; with it, that fixed cost per byte is the reference.
    """
    reference = sample()
    best_text = best_ref = float("inf")
    for _ in range(runs):
        if per_byte is None:
            best_ref = min(best_ref, _best_time(lambda: wirefmt.parse(reference), 5))
        best_text = min(best_text, _best_time(lambda: wirefmt.parse(text, max_size=None), 1))
    ref = per_byte if per_byte is not None else best_ref / len(reference.encode())
    return best_text / max(1, len(text.encode())) / ref


def main(argv: list[str] | None = None) -> int:
    """Print each input's ratio and the worst; exit 1 when it is over ``--limit``."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=2_000_000, help="characters per input")
    parser.add_argument("--limit", type=float, default=3.0, help="worst ratio accepted")
    parser.add_argument("--runs", type=int, default=3, help="runs per input; the best counts")
    parser.add_argument("--no-huge", action="store_true", help="skip the 10 MB body")
    parser.add_argument(
        "--only", action="append", metavar="NAME", help="measure only this input (repeatable)"
    )
    parser.add_argument("--json", action="store_true", help="print {name: ratio} as JSON")
    args = parser.parse_args(argv)

    inputs = [(n, t) for n, t in cases(args.size) if not args.only or n in args.only]
    if args.json:
        print(json.dumps({name: ratio(text, runs=args.runs) for name, text in inputs}))
        return 0
    print(f"reference: {seed_cost() * 1e9:.1f} ns per byte (re-timed beside each input)")
    if not args.no_huge and not args.only:
        body = max(sample().split("\n"), key=len)
        inputs.append(("10 MB body", sample().replace(body, _repeat(body, 10_000_000))))
    worst = (0.0, "")
    for name, text in inputs:
        r = ratio(text, runs=1 if len(text) > 5_000_000 else args.runs)
        print(f"{r:7.2f}x  {name} ({len(text):,} characters)")
        worst = max(worst, (r, name))
    print(f"worst: {worst[0]:.2f}x the reference's cost per byte, on {worst[1]!r}")
    return 0 if worst[0] <= args.limit else 1


if __name__ == "__main__":
    sys.exit(main())
