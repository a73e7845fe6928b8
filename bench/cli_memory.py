"""Check that ``wirefmt parse --jsonl`` streams: peak memory flat whatever the input size.

Writes a JSON Lines corpus of synthetic page dumps (``bench/_corpus.py``) of the size asked
(default 1 GB), then runs ``python -m wirefmt parse --jsonl`` on a tenth of it and on all of
it with one worker, and on all of it with two, each in a subprocess, output thrown away.
Reports each run's peak RSS, throughput and CPU time. Run from the repository root::

    python bench/cli_memory.py                 # 1 GB
    python bench/cli_memory.py --size 200M     # quicker

Peak RSS is ``resource.getrusage(RUSAGE_CHILDREN).ru_maxrss`` read by a small wrapper
process around each run, so runs do not mask one another: it is the largest resident set of
any one process of the run (the main process or one worker), not their sum.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _corpus import jsonl_lines  # noqa: E402

# Runs a command and prints the peak RSS (KiB on Linux) of its process tree's largest member.
_WRAPPER = """
import resource, subprocess, sys
done = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL)
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
print(usage.ru_maxrss, done.returncode, usage.ru_utime + usage.ru_stime)
"""


def size_arg(text: str) -> int:
    text = text.strip().upper()
    factor = {"K": 10**3, "M": 10**6, "G": 10**9}.get(text[-1:], 1)
    return int(float(text.rstrip("KMG")) * factor)


def write_corpus(path: Path, total: int, body: int, seed: int) -> tuple[int, int]:
    """Write about ``total`` bytes of JSON Lines; return (bytes, documents)."""
    count = 0
    with path.open("w", encoding="utf-8", newline="\n") as out:
        for line in jsonl_lines(total, body, seed):
            out.write(line + "\n")
            count += 1
    return path.stat().st_size, count


def measure(path: Path, workers: int, extra: list[str]) -> dict[str, float]:
    command = [
        sys.executable,
        "-m",
        "wirefmt",
        "parse",
        "--jsonl",
        "--quiet",
        "--no-progress",
        "-j",
        str(workers),
        *extra,
        str(path),
    ]
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", _WRAPPER, *command],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    elapsed = time.perf_counter() - start
    rss_kib, status, cpu = done.stdout.split()
    if int(status) != 0:
        raise SystemExit(f"wirefmt exited with {status}: {done.stderr[-500:]}")
    return {"seconds": elapsed, "rss_mb": int(rss_kib) * 1024 / 1e6, "cpu": float(cpu)}


def _spin(_: int) -> float:
    start = time.perf_counter()
    total = 0
    for i in range(10_000_000):
        total += i
    return time.perf_counter() - start


def parallel_headroom() -> float:
    """How much faster two processes finish two pure-Python loops than one process does,
    right now: on a shared machine the other CPU may be busy, capping any speed-up."""
    one = _spin(0) + _spin(1)
    with multiprocessing.get_context().Pool(2) as pool:
        start = time.perf_counter()
        pool.map(_spin, [0, 1])
        two = time.perf_counter() - start
    return one / two


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=size_arg, default=10**9, help="corpus size (e.g. 200M, 1G)")
    parser.add_argument("--body", type=size_arg, default=5000, help="body size of each document")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--dir", type=Path, default=None, help="where to write the corpus")
    parser.add_argument("--batch", type=int, default=None, help="wirefmt's --batch")
    args = parser.parse_args(argv)
    extra = [] if args.batch is None else ["--batch", str(args.batch)]

    with tempfile.TemporaryDirectory(dir=args.dir, prefix="wirefmt-mem-") as tmp:
        small = Path(tmp) / "small.jsonl"
        large = Path(tmp) / "large.jsonl"
        start = time.perf_counter()
        small_bytes, small_docs = write_corpus(small, args.size // 10, args.body, args.seed)
        large_bytes, large_docs = write_corpus(large, args.size, args.body, args.seed)
        print(
            f"corpus: {large_bytes / 1e6:,.0f} MB, {large_docs:,} documents with ~{args.body:,}"
            f"-character bodies (and a tenth: {small_bytes / 1e6:,.0f} MB),"
            f" written in {time.perf_counter() - start:.0f} s"
        )
        startup = measure_example()
        print(f"python -m wirefmt parse --example: peak RSS {startup:.0f} MB (start-up alone)")
        runs = [
            ("1 worker, a tenth", small, small_bytes, small_docs, 1),
            ("1 worker", large, large_bytes, large_docs, 1),
            ("2 workers", large, large_bytes, large_docs, 2),
        ]
        results = {}
        print(
            f"{'run':<20} {'input MB':>9} {'seconds':>8} {'CPU s':>7} {'MB/s':>6} {'docs/s':>8}"
            f" {'peak RSS':>9}"
        )
        for name, path, nbytes, docs, workers in runs:
            r = measure(path, workers, extra)
            results[name] = r
            print(
                f"{name:<20} {nbytes / 1e6:>9,.0f} {r['seconds']:>8.1f} {r['cpu']:>7.1f}"
                f" {nbytes / 1e6 / r['seconds']:>6.2f} {docs / r['seconds']:>8,.0f}"
                f" {r['rss_mb']:>7.0f}MB",
                flush=True,
            )
        speedup = results["1 worker"]["seconds"] / results["2 workers"]["seconds"]
        overhead = results["2 workers"]["cpu"] / results["1 worker"]["cpu"]
        print(
            f"CPU time of all processes, 2 workers / 1 worker: {overhead:.2f}x (the cost of"
            " handing documents and results between processes; with both CPUs free the"
            f" speed-up can reach about {2 / overhead:.1f}x)"
        )
        growth = results["1 worker"]["rss_mb"] / results["1 worker, a tenth"]["rss_mb"]
        headroom = parallel_headroom()
        print(
            f"speed-up with 2 workers: {speedup:.2f}x (on {os.cpu_count()} CPUs; the machine's"
            f" own 2-process speed-up on a pure CPU loop just now: {headroom:.2f}x)"
        )
        print(f"peak RSS, full input / a tenth of it: {growth:.2f}x (flat = constant memory)")
        print(json.dumps({"size": large_bytes, "docs": large_docs, **results}))
    return 0


def measure_example() -> float:
    command = [sys.executable, "-m", "wirefmt", "parse", "--example", "--quiet"]
    done = subprocess.run(
        [sys.executable, "-c", _WRAPPER, *command],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    return int(done.stdout.split()[0]) * 1024 / 1e6


if __name__ == "__main__":
    sys.exit(main())
