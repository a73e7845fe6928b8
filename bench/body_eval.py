"""Score the body splitter on the shared development set.

Usage: ``python bench/body_eval.py [-v] [SHARED_DIR]`` (default ``../shared`` beside the
checkout). For each ``articles/*.txt`` and ``realdumps/*.txt`` with a ``.gold.json``, the body
is the gold blocks' texts joined (checked to be a line of the file), split with
:func:`wirefmt.fields.body.split_body`, and compared with the gold: boundary precision, recall
and F1 (cased scripts and uncased ones apart), subheads found (same span, kind subhead),
documents entirely right, and characters lost. Only documents whose ``body_gold`` is not
``"unverified"`` count for boundaries; for the others only losslessness is checked. ``-v``
lists every missed and every extra boundary with some context.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

CHECKOUT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(CHECKOUT))
if not (CHECKOUT / "wirefmt" / "__init__.py").is_file():
    # A branch made before the package face existed: keep an installed wirefmt (a regular
    # package elsewhere on the path) from shadowing this checkout's namespace package.
    sys.path[1:] = [
        p for p in sys.path[1:] if not (Path(p or ".") / "wirefmt/__init__.py").is_file()
    ]

from wirefmt.fields.body import split_body  # noqa: E402 - after the path set-up

UNCASED = {"ar", "zh", "ja", "fa", "he", "ko", "th", "ka"}
ROOT = Path(__file__).resolve().parents[2] / "shared"


def spans(blocks: list[tuple[str, str]]) -> tuple[set[int], set[tuple[int, int]]]:
    """Inner boundaries and subhead spans of a list of (kind, text)."""
    cuts, heads, pos = set(), set(), 0
    for kind, text in blocks:
        if kind == "subhead":
            heads.add((pos, pos + len(text)))
        pos += len(text)
        cuts.add(pos)
    cuts.discard(pos)
    return cuts, heads


def context(text: str, pos: int) -> str:
    return f"{text[max(0, pos - 30) : pos]!r} | {text[pos : pos + 25]!r}"


def main(argv: list[str] | None = None) -> int:  # noqa: PLR0915 - one report, read top down
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="list every miss")
    parser.add_argument("shared", nargs="?", type=Path, default=ROOT)
    args = parser.parse_args(argv)
    print(f"measuring {sys.modules[split_body.__module__].__file__}")
    devset = args.shared / "devset"
    tally = {k: [0, 0, 0] for k in ("cased", "uncased")}  # true pos, found, gold
    heads_found = heads_gold = docs = docs_right = lost = not_a_line = 0
    for gold_path in sorted(devset.glob("*/*.gold.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        body = gold.get("body")
        if not isinstance(body, list) or not body:
            continue
        want = [(b["kind"], b["text"]) for b in body]
        text = "".join(t for _, t in want)
        raw = gold_path.with_name(gold_path.name.replace(".gold.json", ".txt"))
        lines = raw.read_text(encoding="utf-8-sig").replace("\r\n", "\n").split("\n")
        if text not in lines:
            not_a_line += 1
        lang = gold.get("lang")
        blocks = split_body(text, lang=lang)
        got = [(b.kind, b.text) for b in blocks]
        name = f"{gold_path.parent.name}/{raw.name}"
        if "".join(t for _, t in got) != text:
            lost += 1
            print(f"LOSSLESS VIOLATION {name}")
        if gold.get("body_gold") == "unverified":
            continue
        docs += 1
        want_cuts, want_heads = spans(want)
        got_cuts, got_heads = spans(got)
        row = tally["uncased" if lang in UNCASED else "cased"]
        row[0] += len(want_cuts & got_cuts)
        row[1] += len(got_cuts)
        row[2] += len(want_cuts)
        if lang not in UNCASED:
            heads_found += len(want_heads & got_heads)
            heads_gold += len(want_heads)
        right = got == want
        docs_right += right
        if args.verbose and not right:
            print(f"--- {name} ({lang}): {gold.get('case', '')[:90]}")
            for pos in sorted(want_cuts - got_cuts):
                print(f"  missed  {context(text, pos)}")
            for pos in sorted(got_cuts - want_cuts):
                print(f"  extra   {context(text, pos)}")
            for span in sorted(want_heads - got_heads):
                print(f"  subhead missed {text[span[0] : span[1]]!r}")
            for span in sorted(got_heads - want_heads):
                print(f"  subhead extra  {text[span[0] : span[1]]!r}")
    for name, (tp, found, wanted) in tally.items():
        p = tp / found if found else 1.0
        r = tp / wanted if wanted else 1.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        counts = f"({tp}/{found} found, {wanted} gold)"
        print(f"{name:8} boundaries: P={p:.3f} R={r:.3f} F1={f1:.3f} {counts}")
    print(f"subheads (cased): {heads_found}/{heads_gold}")
    print(f"documents entirely right: {docs_right}/{docs}")
    print(f"lossless violations: {lost}; bodies not found as a line of their file: {not_a_line}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
