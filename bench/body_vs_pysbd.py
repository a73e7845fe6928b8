"""Compare the body splitter with pysbd on the development set's bodies: accuracy and speed.

Usage: ``python bench/body_vs_pysbd.py [--repeat N] [SHARED_DIR]``. Benchmark only: pysbd is
never a runtime dependency of wirefmt (``pip install pysbd``, the ``bench`` extra).

pysbd is a sentence segmenter, so it is asked for sentence spans
(``pysbd.Segmenter(language=..., clean=False, char_span=True)``, with the document's
language where pysbd has it, else ``en``) and every sentence end it reports counts as a
boundary. On documents whose gold body is verified, both tools are scored on the gold
paragraph/subhead boundaries (precision, recall, F1); then both are timed on every body of
the set (best of ``--repeat`` runs per document), and the speed ratio is printed.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

CHECKOUT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(CHECKOUT))
if not (CHECKOUT / "wirefmt" / "__init__.py").is_file():
    # A branch made before the package face existed: keep an installed wirefmt (a regular
    # package elsewhere on the path) from shadowing this checkout's namespace package.
    sys.path[1:] = [
        p for p in sys.path[1:] if not (Path(p or ".") / "wirefmt/__init__.py").is_file()
    ]

import pysbd  # noqa: E402 - after the path set-up
from pysbd.languages import LANGUAGE_CODES  # noqa: E402

from wirefmt.fields.body import split_body  # noqa: E402

ROOT = Path(__file__).resolve().parents[2] / "shared"


def load(shared: Path) -> list[tuple[str, str, str, set[int], bool]]:
    """(name, lang, body, gold boundaries, verified) for each devset body."""
    out = []
    for path in sorted((shared / "devset").glob("*/*.gold.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        body = gold.get("body")
        if not isinstance(body, list) or not body:
            continue
        text, cuts, pos = "", set(), 0
        for block in body:
            text += block["text"]
            pos += len(block["text"])
            cuts.add(pos)
        cuts.discard(pos)
        verified = gold.get("body_gold") != "unverified"
        out.append((path.name, gold.get("lang") or "en", text, cuts, verified))
    return out


def ours(text: str, lang: str) -> set[int]:
    return {b.end for b in split_body(text, lang=lang)[:-1]}


def pysbd_cutter(lang: str) -> Callable[[str], set[int]]:
    seg = pysbd.Segmenter(
        language=lang if lang in LANGUAGE_CODES else "en", clean=False, char_span=True
    )

    def cut(text: str) -> set[int]:
        spans = seg.segment(text)
        return {s.end for s in spans[:-1]}

    return cut


def best_time(fn: Callable[[], object], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5, help="runs per document (best kept)")
    parser.add_argument("shared", nargs="?", type=Path, default=ROOT)
    args = parser.parse_args(argv)
    print(f"measuring {sys.modules[split_body.__module__].__file__}")
    docs = load(args.shared)
    tally = {"wirefmt": [0, 0, 0], "pysbd": [0, 0, 0]}
    times: dict[str, list[float]] = {"wirefmt": [], "pysbd": []}
    for _name, lang, text, gold, verified in docs:
        cut_pysbd = pysbd_cutter(lang)

        def cut_ours(t: str, lang: str = lang) -> set[int]:
            return ours(t, lang)

        tools: dict[str, Callable[[str], set[int]]] = {"wirefmt": cut_ours, "pysbd": cut_pysbd}
        for tool, cut in tools.items():
            if verified:
                cuts = cut(text)
                row = tally[tool]
                row[0] += len(cuts & gold)
                row[1] += len(cuts)
                row[2] += len(gold)
            times[tool].append(best_time(partial(cut, text), args.repeat))
    n_verified = sum(1 for d in docs if d[4])
    print(f"{n_verified} verified documents (accuracy), {len(docs)} bodies (time)")
    for tool, (tp, found, wanted) in tally.items():
        p = tp / found if found else 1.0
        r = tp / wanted if wanted else 1.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        mean = statistics.mean(times[tool]) * 1e3
        median = statistics.median(times[tool]) * 1e3
        print(
            f"{tool:8} boundaries found {tp}/{wanted}  P={p:.3f} R={r:.3f} F1={f1:.3f}  "
            f"time/doc mean {mean:.3f} ms, median {median:.3f} ms"
        )
    ratio = sum(times["pysbd"]) / sum(times["wirefmt"])
    print(f"speed ratio (pysbd total time / wirefmt total time): {ratio:.0f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
