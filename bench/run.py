"""wirefmt's benchmark: throughput, cost per byte, field parsers, memory, against baselines.

Run from the repository root::

    python bench/run.py            # sizes 1 KB .. 10 MB
    python bench/run.py --quick    # fewer repetitions, stops at 1 MB
    python bench/run.py --profile  # cProfile over parses of the example: top 25 by cumtime

Absolute times move between machines, so the summary gives ratios against two references
measured in the same run: a *bare baseline* (split into blocks, ``datetime.fromisoformat``
on the timestamps, one ``regex`` scan of the body for case transitions) and *pysbd*
segmenting the same bodies (only up to 100 KB: it is slow). See ``bench/README.md``.
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as _dt
import gc
import io
import platform
import pstats
import statistics
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # this checkout's wirefmt, not an installed one
sys.path.insert(1, str(Path(__file__).resolve().parent))

import regex  # noqa: E402
from _corpus import document  # noqa: E402

import wirefmt  # noqa: E402
from wirefmt.formats import pagedump  # noqa: E402
from wirefmt.formats.pagedump import _assemble, _dateline, _head, _lines, _meta  # noqa: E402

KB = 1000
SIZES = {"1 KB": KB, "10 KB": 10 * KB, "100 KB": 100 * KB, "1 MB": 1000 * KB, "10 MB": 10_000 * KB}
PYSBD_MAX = 100 * KB
#: Targets set by the issue: parse/baseline on the example, flatness, pysbd ratio.
TARGET_BASELINE = 3.0
AIM_BASELINE = 2.0
TARGET_FLAT = 1.3
TARGET_PYSBD = 100.0

_BOUNDARY = regex.compile(r'(?<=[\.\!\?"»\p{Ll}])(?=\p{Lu})')


def baseline(text: str) -> list[int]:
    """The least a page-dump parser must do: blocks, timestamps, one boundary scan."""
    blocks = text.split("\n\n")
    for block in blocks[2:5]:
        _dt.datetime.fromisoformat(block.strip())
    body = max(blocks, key=len)
    return [m.start() for m in _BOUNDARY.finditer(body)]


def body_of(text: str) -> str:
    return max(text.split("\n\n"), key=len)


def timed(func: Callable[[], object], *, min_time: float, rounds: int) -> float:
    """Seconds per call: the best of ``rounds`` rounds of enough calls to last ``min_time``."""
    func()  # warm up (compiled patterns, caches)
    loops = 1
    while True:
        start = time.perf_counter()
        for _ in range(loops):
            func()
        elapsed = time.perf_counter() - start
        if elapsed >= min_time or loops >= 1_000_000:
            break
        loops = max(loops * 2, int(loops * min_time / max(elapsed, 1e-9) * 1.2))
    best = elapsed / loops
    gc.collect()
    for _ in range(rounds - 1):
        start = time.perf_counter()
        for _ in range(loops):
            func()
        best = min(best, (time.perf_counter() - start) / loops)
    return best


def paired_ratio(
    a: Callable[[], object], b: Callable[[], object], *, min_time: float, rounds: int
) -> tuple[float, float, float]:
    """Time ``a`` and ``b`` in alternating rounds; return (a, b, median of a/b)."""
    ratios: list[float] = []
    ta = tb = float("inf")
    for _ in range(rounds):
        x = timed(a, min_time=min_time, rounds=1)
        y = timed(b, min_time=min_time, rounds=1)
        ta, tb = min(ta, x), min(tb, y)
        ratios.append(x / y)
    return ta, tb, statistics.median(ratios)


def peak_memory(func: Callable[[], object]) -> int:
    """Peak bytes allocated by Python during one call (tracemalloc)."""
    gc.collect()
    tracemalloc.start()
    try:
        func()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def make_pysbd() -> Callable[[str], object] | None:
    try:
        import pysbd  # noqa: PLC0415 (optional)
    except ImportError:
        return None
    segmenter = pysbd.Segmenter(language="en", clean=False)
    return segmenter.segment  # type: ignore[no-any-return]


def fmt_time(seconds: float) -> str:
    if seconds >= 1:
        return f"{seconds:.2f} s"
    if seconds >= 1e-3:
        return f"{seconds * 1e3:.2f} ms"
    return f"{seconds * 1e6:.1f} µs"


# --------------------------------------------------------------------------- sections


#: The field parsers the page-dump reader calls, by the names it calls them, and the module
#: of the reader's package that calls each.
_CALLERS: dict[str, Any] = {
    "parse_timestamp": _meta,
    "parse_description": _head,
    "is_keyword": _lines,
    "analyse_body": _assemble,
    "parse_dateline": _dateline,
    "cut": pagedump,
}
_FIELD_PARSERS = tuple(_CALLERS)

Call = tuple[tuple[Any, ...], dict[str, Any]]


def calls_in_parse(example: str) -> dict[str, list[Call]]:
    """The calls one ``parse()`` of the example makes to each field parser, with their
    arguments (recorded by wrapping the names the page-dump reader calls, for one parse)."""
    calls: dict[str, list[Call]] = {name: [] for name in _FIELD_PARSERS}
    saved = {name: getattr(_CALLERS[name], name) for name in _FIELD_PARSERS}

    def recording(name: str) -> Callable[..., object]:
        real = saved[name]

        def call(*args: Any, **kwargs: Any) -> object:
            calls[name].append((args, kwargs))
            return real(*args, **kwargs)

        return call

    try:
        for name in _FIELD_PARSERS:
            setattr(_CALLERS[name], name, recording(name))
        wirefmt.parse(example)
    finally:
        for name, real in saved.items():
            setattr(_CALLERS[name], name, real)
    return calls


def bench_fields(example: str, min_time: float, rounds: int) -> list[tuple[str, float, int]]:
    """Each field parser alone, replaying the calls one parse of the example makes to it:
    (name, seconds for all of them, how many). The calls are recorded, not assumed: a parse
    reads each distinct timestamp once, names a plain keyword line without ``is_keyword``,
    and also tries the title as a description."""
    recorded = calls_in_parse(example)
    rows: list[tuple[str, float, int]] = []
    for name in _FIELD_PARSERS:
        func = getattr(_CALLERS[name], name)
        calls = recorded[name]

        def replay(func: Callable[..., object] = func, calls: list[Call] = calls) -> None:
            for args, kwargs in calls:
                func(*args, **kwargs)

        label = "pagedump line classification" if name == "cut" else name
        rows.append((label, timed(replay, min_time=min_time, rounds=rounds), len(calls)))
    return rows


def run(args: argparse.Namespace) -> int:
    min_time = 0.05 if args.quick else 0.25
    rounds = 3 if args.quick else 5
    sizes = {k: v for k, v in SIZES.items() if not (args.quick and v > 1000 * KB)}
    example = (ROOT / "wirefmt" / "data" / "example.txt").read_text(encoding="utf-8")
    segment = make_pysbd()

    print(f"wirefmt {wirefmt.__version__} bench: Python {platform.python_version()}, ")
    print(f"  {platform.platform()}, {'quick' if args.quick else 'full'} run, seed {args.seed}\n")

    # --- the example against the bare baseline --------------------------------------------
    t_parse, t_base, example_ratio = paired_ratio(
        lambda: wirefmt.parse(example),
        lambda: baseline(example),
        min_time=min_time,
        rounds=rounds + 2,
    )
    print(f"The bundled example (wirefmt/data/example.txt, {len(example.encode()):,} bytes)")
    print(f"  parse()        {fmt_time(t_parse):>10}  {1 / t_parse:>9,.0f} docs/s")
    print(f"  bare baseline  {fmt_time(t_base):>10}  {1 / t_base:>9,.0f} docs/s")
    target = f"target <= {TARGET_BASELINE}x, aim {AIM_BASELINE}x"
    print(f"  parse/baseline {example_ratio:.2f}x ({target})\n")

    # --- field parsers ------------------------------------------------------------------------
    print("Field parsers, replaying the calls one parse of the example makes (time per call")
    print("on average, x the calls, = their total)")
    for name, total, calls in bench_fields(example, min_time, rounds):
        share = total / t_parse * 100
        per_call = total / calls if calls else 0.0
        print(
            f"  {name:<32} {fmt_time(per_call):>10} x {calls:<3}"
            f" = {fmt_time(total):>10}  ({share:4.0f}% of a parse)"
        )
    print()
    rows = bench_sizes(sizes, args, min_time, rounds, segment)
    print_table(rows)
    print_targets(example_ratio, rows)
    return 0


def bench_sizes(
    sizes: dict[str, int],
    args: argparse.Namespace,
    min_time: float,
    rounds: int,
    segment: Callable[[str], object] | None,
) -> list[dict[str, Any]]:
    """parse(), the baseline, split_body and pysbd on a synthetic document of each size."""
    rows: list[dict[str, Any]] = []
    for label, size in sizes.items():
        text = document(size, args.seed)
        nbytes = len(text.encode("utf-8"))
        body = body_of(text)
        big = size >= 1000 * KB
        t_doc, t_base, ratio = paired_ratio(
            lambda text=text: wirefmt.parse(text, max_size=None),  # type: ignore[misc]
            lambda text=text: baseline(text),  # type: ignore[misc]
            min_time=0 if big else min_time,
            rounds=(2 if args.quick else 3) if big else rounds,
        )
        t_split = timed(
            lambda body=body: wirefmt.split_body(body, lang="en"),  # type: ignore[misc]
            min_time=0 if big else min_time,
            rounds=1 if big else rounds,
        )
        t_sbd = None
        if segment is not None and size <= PYSBD_MAX:
            t_sbd = timed(
                lambda body=body: segment(body),  # type: ignore[misc]
                min_time=0 if size >= PYSBD_MAX else min_time,
                rounds=1 if size >= PYSBD_MAX else 2,
            )
        peak = peak_memory(lambda text=text: wirefmt.parse(text, max_size=None))  # type: ignore[misc]
        rows.append(
            {
                "label": label,
                "bytes": nbytes,
                "parse": t_doc,
                "base": t_base,
                "ratio": ratio,
                "split": t_split,
                "pysbd": t_sbd,
                "peak": peak,
            }
        )
        print(f"  {label:>6}: parse {fmt_time(t_doc)}, baseline {fmt_time(t_base)}", flush=True)
    print()
    return rows


def print_table(rows: list[dict[str, Any]]) -> None:
    """The summary table; adds each row's cost per byte relative to the first (``flat``)."""

    per_byte_1k = rows[0]["parse"] / rows[0]["bytes"]
    header = (
        f"{'body':>6} {'doc bytes':>11} {'parse':>10} {'docs/s':>9} {'MB/s':>6} "
        f"{'vs base':>7} {'cost/B':>7} {'split':>10} {'pysbd':>10} {'sbd/split':>9} "
        f"{'sbd/parse':>9} {'peak mem':>9} {'x doc':>6}"
    )
    print("Synthetic page dumps (bench/_corpus.py); cost/B is the parse cost per byte")
    print("relative to the 1 KB document; sbd/split and sbd/parse: how many times faster")
    print("wirefmt's split_body / whole parse() is than pysbd on the same body")
    print(header)
    print("-" * len(header))
    for r in rows:
        flat = (r["parse"] / r["bytes"]) / per_byte_1k
        r["flat"] = flat
        sbd = "-" if r["pysbd"] is None else fmt_time(r["pysbd"])
        sbd_split = "-" if r["pysbd"] is None else f"{r['pysbd'] / r['split']:.0f}x"
        sbd_parse = "-" if r["pysbd"] is None else f"{r['pysbd'] / r['parse']:.0f}x"
        print(
            f"{r['label']:>6} {r['bytes']:>11,} {fmt_time(r['parse']):>10} "
            f"{1 / r['parse']:>9,.1f} {r['bytes'] / r['parse'] / 1e6:>6.2f} "
            f"{r['ratio']:>6.1f}x {flat:>6.2f}x {fmt_time(r['split']):>10} {sbd:>10} "
            f"{sbd_split:>9} {sbd_parse:>9} {r['peak'] / 1e6:>7.2f}MB "
            f"{r['peak'] / r['bytes']:>5.1f}x"
        )
    print()


def print_targets(example_ratio: float, rows: list[dict[str, Any]]) -> None:
    """Each target of the issue, with the figure measured and whether it is met."""
    flat_max = max(r["flat"] for r in rows)
    flat_min = min(r["flat"] for r in rows)
    sbd_rows = [r for r in rows if r["pysbd"] is not None]
    print("Targets (issue 6)")
    verdict = "met" if example_ratio <= TARGET_BASELINE else "NOT met"
    print(f"  parse(example)/baseline = {example_ratio:.2f}x  (<= {TARGET_BASELINE}x): {verdict}")
    spread = flat_max / flat_min
    verdict = "met" if spread <= TARGET_FLAT else "NOT met"
    last = rows[-1]["label"]
    print(
        f"  cost per byte 1 KB..{last}: {flat_min:.2f}x..{flat_max:.2f}x of 1 KB,"
        f" spread {spread:.2f}x (<= {TARGET_FLAT}x): {verdict}"
    )
    if len(rows) > 2:
        # Past the first size, a document's fixed cost (title, stamps, Article) no longer
        # weighs on its cost per byte: what is left is how the cost grows with the body.
        rest = [r["flat"] for r in rows[1:]]
        print(
            f"    from {rows[1]['label']} on (the fixed cost per document left out):"
            f" spread {max(rest) / min(rest):.2f}x"
        )
    if sbd_rows:
        worst_split = min(r["pysbd"] / r["split"] for r in sbd_rows)
        worst_parse = min(r["pysbd"] / r["parse"] for r in sbd_rows)
        verdict = "met" if worst_parse >= TARGET_PYSBD else "NOT met"
        print(
            f"  pysbd/wirefmt, worst size: split_body {worst_split:.0f}x,"
            f" parse() {worst_parse:.0f}x (>= {TARGET_PYSBD:.0f}x): {verdict}"
        )
    else:
        print("  pysbd/wirefmt: pysbd is not installed (pip install pysbd): skipped")


def profile(count: int) -> int:
    example = (ROOT / "wirefmt" / "data" / "example.txt").read_text(encoding="utf-8")
    wirefmt.parse(example)
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(count):
        wirefmt.parse(example)
    profiler.disable()
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out)
    stats.strip_dirs().sort_stats("cumulative").print_stats(25)
    print(f"cProfile: {count} parses of the bundled example, top 25 by cumulative time")
    print(out.getvalue())
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer repetitions, up to 1 MB")
    parser.add_argument("--seed", type=int, default=0, help="seed of the synthetic corpora")
    parser.add_argument(
        "--profile",
        nargs="?",
        type=int,
        const=2000,
        metavar="N",
        help="profile N parses of the example (default 2000) instead of the benchmark",
    )
    args = parser.parse_args(argv)
    if args.profile is not None:
        return profile(args.profile)
    return run(args)


if __name__ == "__main__":
    sys.exit(main())
