"""Peak memory of ``wirefmt parse --to parquet`` on a large JSON Lines input: flat or not.

The method of ``bench/cli_memory.py``: a JSON Lines corpus of synthetic page dumps of the
size asked (default 1 GB) is written to a temporary folder, then ``python -m wirefmt parse
--jsonl -j 2 --to parquet -o OUT`` runs on a tenth of it and on all of it, each under a
small wrapper process that reads the peak RSS of the largest process of the run. The
corpus and the outputs are deleted at the end. Run from the repository root::

    python bench/parquet_memory.py               # 1 GB (some minutes on two cores)
    python bench/parquet_memory.py --size 200M
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import cli_memory
from cli_memory import size_arg, write_corpus


def measure(path: Path, out: Path, workers: int) -> dict[str, float]:
    """``cli_memory.measure`` with the Parquet output (and no language identification, so
    that the figure is the writer's, whatever is installed)."""
    return cli_memory.measure(
        path, workers, ["--no-identify-language", "--to", "parquet", "-o", str(out)]
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=size_arg, default=10**9, help="corpus size (e.g. 200M, 1G)")
    parser.add_argument("--body", type=size_arg, default=5000, help="body size of each document")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--dir", type=Path, default=None, help="where to write the corpus")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(dir=args.dir, prefix="wirefmt-pq-") as tmp:
        small, large = Path(tmp) / "small.jsonl", Path(tmp) / "large.jsonl"
        small_bytes, small_docs = write_corpus(small, args.size // 10, args.body, 0)
        large_bytes, large_docs = write_corpus(large, args.size, args.body, 0)
        print(f"corpus: {large_bytes / 1e6:,.0f} MB, {large_docs:,} documents", flush=True)
        results = {}
        for name, path, nbytes, docs in (
            ("a tenth", small, small_bytes, small_docs),
            ("all", large, large_bytes, large_docs),
        ):
            out = Path(tmp) / f"{name.replace(' ', '-')}.parquet"
            r = measure(path, out, args.workers)
            results[name] = r
            print(
                f"-j {args.workers} --to parquet, {name}: {nbytes / 1e6:,.0f} MB in"
                f" {r['seconds']:.0f} s ({docs / r['seconds']:,.0f} docs/s), peak RSS"
                f" {r['rss_mb']:.0f} MB, Parquet {out.stat().st_size / 1e6:,.1f} MB",
                flush=True,
            )
        growth = results["all"]["rss_mb"] / results["a tenth"]["rss_mb"]
        print(f"peak RSS, all / a tenth: {growth:.2f}x (flat = constant memory)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
