"""Time the field parsers: ``python bench/fields_bench.py`` from the project root.

parse_timestamp on the page dump's hot-path form against ``dateutil.parser.isoparse`` and
``datetime.fromisoformat`` (which, on Python 3.11+, reads the same string), then the other
forms, then parse_dateline per opening (a dateline found, and an ordinary opening rejected).
Each figure is the best of five runs, in microseconds per call.
"""

from __future__ import annotations

import sys
import timeit
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from dateutil.parser import isoparse

from wirefmt.fields.datelines import parse_dateline
from wirefmt.fields.timestamps import looks_like_timestamp, parse_timestamp

NUMBER = 20_000


def best(func: Callable[[str], object], arg: str, number: int = NUMBER) -> float:
    """Best of five runs, microseconds per call."""
    runs = timeit.repeat(lambda: func(arg), number=number, repeat=5)
    return min(runs) / number * 1e6


def main() -> int:
    hot = "2022-02-14T14:18+0100"
    print(f"timestamps, hot path {hot!r} (us/call, best of 5 x {NUMBER})")
    rows = [
        ("wirefmt parse_timestamp", parse_timestamp),
        ("datetime.fromisoformat", datetime.fromisoformat),
        ("dateutil isoparse", isoparse),
        ("wirefmt looks_like_timestamp", looks_like_timestamp),
    ]
    for name, func in rows:
        print(f"  {name:30s} {best(func, hot):6.2f}")
    print("timestamps, other forms (parse_timestamp)")
    for text in (
        "2022-02-14T14:18:00.000+01:00",
        "20220214T141800+0100",
        "Mon, 14 Feb 2022 14:18:00 +0100",
        "14.02.2022, 14:18",
        "2022-W07-1T14:18",
    ):
        print(f"  {text:32s} {best(parse_timestamp, text):6.2f}")
    print("datelines (parse_dateline, us/call)")
    for text in (
        "LONDON, Feb 14 (Reuters) - Copper slipped on Monday as the dollar firmed.",
        "SPRINGFIELD, Ill. (AP) — Lawmakers met late into the night.",
        "САМАРА, 11 окт — РИА Новости. Мэрия сообщила о новых мерах.",
        "(ANSA) - NAPOLI, 4 LUG - Il sindaco ha detto che la città è pronta.",
        "However, the minister said the talks would resume next week.",
        "Prime Minister Jonas Berg said on Monday that the coalition holds.",
    ):
        print(f"  {text[:40]:42s} {best(parse_dateline, text, 5_000):6.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
