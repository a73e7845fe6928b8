"""Throughput of one corpus through ``wirefmt parse -j 2`` and through Dask on 2 workers.

The corpus is JSON Lines shards of real page dumps (the development set's ``realdumps`` and
``articles`` texts, read from ``../shared/devset`` at run time when it is there) mixed with
synthetic ones (``bench/_corpus.py``). It goes through:

* ``python -m wirefmt parse -j 2 --to parquet -o FILE`` (and ``-j 2`` to JSON Lines), and
* a ``dask.distributed.LocalCluster`` of 2 worker processes (one thread each):
  ``dd.read_json(shards, lines=True)`` -> ``wirefmt.dask.parse_frame`` -> ``to_parquet``.

Each run is repeated (``--repeat``, alternating) and the best time kept: on a shared machine
a busy neighbour slows single runs. The Dask figure includes the workers' first imports but
not the cluster's start, which is printed apart. Run from the repository root with the
``dask`` extra installed::

    python bench/corpus_throughput.py              # 24,000 documents
    python bench/corpus_throughput.py --docs 6000  # quicker
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEVSET = ROOT.parent / "shared" / "devset"
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _corpus import document  # noqa: E402


def real_texts() -> list[str]:
    """The development set's page dumps, or none where it is not beside the checkout."""
    texts = []
    for folder in ("realdumps", "articles"):
        for path in sorted((DEVSET / folder).glob("*.txt")):
            texts.append(path.read_text(encoding="utf-8", errors="replace"))
    return texts


def write_shards(folder: Path, docs: int, shards: int, body: int) -> tuple[list[Path], int, int]:
    """Write ``docs`` documents into ``shards`` files; return them, the bytes and real docs."""
    real = real_texts()
    synthetic = [document(body, seed) for seed in range(64)]
    paths = [folder / f"shard-{i:02}.jsonl" for i in range(shards)]
    outs = [p.open("w", encoding="utf-8") for p in paths]
    taken = 0
    for number in range(docs):
        if real and number % 3 == 0:  # a third real documents, cycled
            text = real[(number // 3) % len(real)]
            taken += 1
        else:
            text = synthetic[number % len(synthetic)]
        record = {"doc": f"doc-{number:08}", "text": text}
        outs[number * shards // docs].write(json.dumps(record, ensure_ascii=False) + "\n")
    for out in outs:
        out.close()
    return paths, sum(p.stat().st_size for p in paths), taken


def run_cli(shards: list[Path], out: Path, to: str) -> float:
    command = [
        sys.executable,
        "-m",
        "wirefmt",
        "parse",
        "--jsonl",
        "--quiet",
        "--no-progress",
        "--no-identify-language",
        "-j",
        "2",
        "--to",
        to,
        "-o",
        str(out),
        *map(str, shards),
    ]
    start = time.perf_counter()
    subprocess.run(command, cwd=ROOT, check=False, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def run_dask(shards: list[Path], out: Path) -> float:
    import dask.dataframe as dd  # noqa: PLC0415

    from wirefmt.dask import parse_frame  # noqa: PLC0415

    if out.exists():
        shutil.rmtree(out)
    start = time.perf_counter()
    frame = dd.read_json([str(p) for p in shards], lines=True, blocksize=None)
    parse_frame(frame).to_parquet(str(out), write_index=False)
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=24_000, help="documents in the corpus")
    parser.add_argument("--shards", type=int, default=8, help="JSON Lines files")
    parser.add_argument("--body", type=int, default=3000, help="synthetic body size")
    parser.add_argument("--repeat", type=int, default=2, help="runs of each; the best counts")
    parser.add_argument("--dir", type=Path, default=None, help="where to write the corpus")
    args = parser.parse_args(argv)

    from distributed import Client, LocalCluster  # noqa: PLC0415

    with tempfile.TemporaryDirectory(dir=args.dir, prefix="wirefmt-tp-") as tmp:
        folder = Path(tmp)
        shards, nbytes, real = write_shards(folder, args.docs, args.shards, args.body)
        print(
            f"corpus: {args.docs:,} documents ({real:,} from the devset, the rest synthetic),"
            f" {nbytes / 1e6:,.1f} MB in {args.shards} shards"
        )
        start = time.perf_counter()
        with (
            LocalCluster(
                n_workers=2,
                threads_per_worker=1,
                processes=True,
                dashboard_address=None,
                silence_logs=40,
            ) as cluster,
            Client(cluster),
        ):
            started = time.perf_counter() - start
            print(f"Dask LocalCluster (2 workers x 1 thread) started in {started:.1f} s")
            times: dict[str, list[float]] = {"cli-parquet": [], "cli-json": [], "dask": []}
            for _ in range(args.repeat):
                times["cli-parquet"].append(run_cli(shards, folder / "cli.parquet", "parquet"))
                times["cli-json"].append(run_cli(shards, folder / "cli.jsonl", "json"))
                times["dask"].append(run_dask(shards, folder / "dask-out"))
        best = {name: min(values) for name, values in times.items()}
        for name, label in (
            ("cli-json", "wirefmt parse -j 2 (JSON Lines)"),
            ("cli-parquet", "wirefmt parse -j 2 --to parquet"),
            ("dask", "Dask, 2 workers, parse_frame -> to_parquet"),
        ):
            print(
                f"{label:<45} {best[name]:>6.1f} s  {args.docs / best[name]:>8,.0f} docs/s"
                f"  (runs: {', '.join(f'{t:.1f}' for t in times[name])} s)"
            )
        ratio = best["cli-parquet"] / best["dask"]
        print(f"Dask / (-j 2 --to parquet) throughput: {ratio:.2f}x (target >= 0.8)")
        print(f"Dask / (-j 2, JSON Lines) throughput: {best['cli-json'] / best['dask']:.2f}x")
        print(json.dumps({"docs": args.docs, "bytes": nbytes, **best}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
