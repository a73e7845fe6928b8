"""Compare ``parse_timestamp`` with dateparser on the development set's timestamps.

Usage: ``python bench/timestamps_vs_dateparser.py [--repeat N] [-v] [SHARED_DIR]``. Benchmark
only: dateparser is never a runtime dependency of wirefmt (``pip install dateparser``, the
``bench`` extra).

Both tools get each string of ``devset/timestamps.jsonl`` as it is, with no hint:
``wirefmt.parse_timestamp(text)`` and ``dateparser.parse(text)`` with its default settings
(language detection on, a zone printed gives an aware datetime, none a naive one). A string is
right as ``score.py timestamps`` counts it: the same wall time and the same UTC offset (naive
for naive) as the gold; an exception or ``None`` is wrong. Speed: each tool parses the whole
list ``--repeat`` times after one warm-up pass (dateparser loads its language data on first
use); the best pass, divided by the number of strings, is its cost per string.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

CHECKOUT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(CHECKOUT))

import dateparser  # noqa: E402 - after the path set-up

from wirefmt.fields.timestamps import parse_timestamp  # noqa: E402

ROOT = Path(__file__).resolve().parents[2] / "shared"

Parser = Callable[[str], datetime | None]


def load(shared: Path) -> list[tuple[str, datetime, str]]:
    """(text, gold, tier) for each record of devset/timestamps.jsonl."""
    path = shared / "devset" / "timestamps.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    return [(r["text"], datetime.fromisoformat(r["gold"]), r["tier"]) for r in rows]


def right(parser: Parser, text: str, gold: datetime) -> bool:
    """Whether ``parser`` gives the gold's wall time and offset, as score.py counts it."""
    try:
        got = parser(text)
    except Exception:  # any failure of either tool is a wrong answer
        return False
    if got is None:
        return False
    return got.replace(tzinfo=None) == gold.replace(tzinfo=None) and (
        got.utcoffset() == gold.utcoffset()
    )


def _quiet(parser: Parser, text: str) -> None:
    with contextlib.suppress(Exception):  # timing only: failures cost what they cost
        parser(text)


def per_string(parser: Parser, texts: list[str], repeat: int) -> float:
    """Best seconds per string over ``repeat`` passes, after one warm-up pass."""
    for text in texts:
        _quiet(parser, text)
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        for text in texts:
            _quiet(parser, text)
        best = min(best, time.perf_counter() - start)
    return best / len(texts)


def main(argv: list[str] | None = None) -> int:
    """Print share right (per tier and overall) and µs per string for both tools."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("shared", nargs="?", type=Path, default=ROOT)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("-v", "--verbose", action="store_true", help="list every miss")
    args = ap.parse_args(argv)
    rows = load(args.shared)
    texts = [text for text, _, _ in rows]
    tools: dict[str, Parser] = {"wirefmt": parse_timestamp, "dateparser": dateparser.parse}
    speed: dict[str, float] = {}
    for name, parser in tools.items():
        hits = {"spec": [0, 0], "beyond": [0, 0]}
        for text, gold, tier in rows:
            good = right(parser, text, gold)
            hits[tier][0] += good
            hits[tier][1] += 1
            if not good and args.verbose:
                print(f"  {name} miss [{tier}] {text!r}")
        total = sum(h for h, _ in hits.values())
        speed[name] = per_string(parser, texts, args.repeat)
        tiers = ", ".join(f"{tier} {h}/{n}" for tier, (h, n) in hits.items())
        print(
            f"{name:10} right {total}/{len(rows)} = {total / len(rows):.3f} ({tiers}); "
            f"{speed[name] * 1e6:.1f} us per string"
        )
    print(f"wirefmt is {speed['dateparser'] / speed['wirefmt']:.0f}x faster per string")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
