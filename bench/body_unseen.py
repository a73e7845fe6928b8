"""Score the body splitter on the project's own set of glued bodies, written for it.

Usage: ``python bench/body_unseen.py [-v]``. The set is the tables of the body tests filed
by behaviour (``tests/test_body_live_blogs.py``, ``test_body_heading_ends.py``,
``test_body_paragraph_ends.py``, ``test_body_quote_sides.py``, ``test_body_lists.py``) and
the known limits (``test_body_known_limits.py``, rows the splitter gets wrong today), plus
their near misses (one paragraph each). Prints boundary precision, recall and F1, subheads
found, and rows entirely right; ``-v`` lists each row that is wrong. The set measures
generalisation only as far as it was written apart from the rules: a row was never edited
to fit a result.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from types import ModuleType

CHECKOUT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(CHECKOUT), str(CHECKOUT / "tests")]

from body_eval import spans as _spans  # noqa: E402 - the same boundaries as the devset's

from wirefmt.fields.body import split_body  # noqa: E402 - after the path set-up

Blocks = list[tuple[str, str]]
MODULES = (
    "test_body_live_blogs",
    "test_body_heading_ends",
    "test_body_paragraph_ends",
    "test_body_quote_sides",
    "test_body_lists",
    "test_body_known_limits",
)


def _tables(module: ModuleType) -> tuple[list[tuple[str, Blocks]], list[str]]:
    """The rows (name, blocks) and the near-miss texts a test module holds."""
    rows: list[tuple[str, Blocks]] = []
    near: list[str] = []
    for name, value in vars(module).items():
        if name in ("ROWS", "Rows") or not name.isupper() or not isinstance(value, list | dict):
            continue
        items = list(value.values()) if isinstance(value, dict) else value
        for item in items:
            if isinstance(item, str):
                near.append(item)
            elif isinstance(item, tuple) and len(item) == 2 and isinstance(item[1], list):
                rows.append((f"{module.__name__}/{name}/{item[0]}", item[1]))
    return rows, near


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-v", action="store_true", help="list each wrong row")
    verbose = parser.parse_args().v
    rows: list[tuple[str, Blocks]] = []
    near: list[str] = []
    for name in MODULES:
        more_rows, more_near = _tables(__import__(name))
        rows += more_rows
        near += [t for t in more_near if t not in near]
    tp = fp = fn = heads = found = right = 0
    for name, blocks in rows:
        text = "".join(t for _, t in blocks)
        got = [(b.kind, b.text) for b in split_body(text)]
        gold_cuts, gold_heads = _spans(blocks)
        got_cuts, got_heads = _spans(got)
        tp += len(gold_cuts & got_cuts)
        fp += len(got_cuts - gold_cuts)
        fn += len(gold_cuts - got_cuts)
        heads += len(gold_heads)
        found += len(gold_heads & got_heads)
        right += got == blocks
        if verbose and got != blocks:
            print(f"wrong {name}: {[t for _, t in got]}")
    for text in near:
        got_texts = [b.text for b in split_body(text)]
        fp += len(got_texts) - 1
        right += len(got_texts) == 1
        if verbose and len(got_texts) > 1:
            print(f"near miss cut: {got_texts}")
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    print(
        f"{len(rows)} rows + {len(near)} near misses: boundaries P={p:.3f} R={r:.3f} "
        f"F1={f1:.3f} (tp {tp}, fp {fp}, fn {fn}); subheads {found}/{heads}; "
        f"entirely right {right}/{len(rows) + len(near)}"
    )


if __name__ == "__main__":
    main()
