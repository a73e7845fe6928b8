"""Instructions per call, counted by valgrind: the figure a shared, busy machine cannot move.

Usage::

    python bench/instructions.py                  # parse() and the perf baseline
    python bench/instructions.py --phases         # also each phase of the page-dump reader
    python bench/instructions.py --runs 500       # more calls, a finer figure
    python bench/instructions.py --file DUMP.txt  # another document than the real sample

Timings on a machine shared with others jump by 2x when a neighbour is busy, and
``score.py perf`` reads a ratio of two timings. Here each measured function (``wirefmt.parse``
of the real sample, and the bare baseline ``score.py perf`` times against it: a split on blank
lines, ``datetime.fromisoformat`` on the three timestamp blocks, one ``regex`` scan for case
transitions) runs ``--runs`` times in a fresh interpreter under ``valgrind --tool=callgrind``.
Valgrind instruments nothing while the interpreter starts, imports wirefmt and warms its
caches; this script then switches instrumentation on (``callgrind_control -i on``), and only
the instructions inside the loop of calls are collected (the loop runs inside
``functools.reduce``, the one C function collection is toggled on). Divided by the runs, that
is the instructions of one call. The ratio of the two counts follows ``score.py perf``'s
ratio (instructions are not time: a cache miss costs more than an add, and the ratio in
instructions reads lower than the timed one) and does not move with the load.

``--phases`` also counts each phase of ``formats.pagedump.parse`` alone on the same document
(cutting into lines, the head, the metadata, the assembly with the body splitter and the
dateline, and the body splitter alone), and the scan for control characters ``parse()``
makes over the whole text.

Needs ``valgrind`` and ``callgrind_control`` on the PATH; each count takes a few seconds.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

_HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(_HERE))

from linear import sample  # noqa: E402  (the bench directory is not a package)

#: The program run under valgrind: ``MODE RUNS PATH`` on its command line. It warms up,
#: says "ready", waits for a line on stdin (instrumentation is switched on meanwhile), then
#: makes its calls inside ``functools.reduce``.
_CHILD = r"""
import datetime, functools, sys
import regex
import wirefmt
from wirefmt._text import _CONTROLS as _CONTROL
from wirefmt._policy import Reporter
from wirefmt.fields.body import analyse_body
from wirefmt.formats import pagedump
from wirefmt.formats.pagedump import _assemble, _head, _lines, _meta

mode, runs, path = sys.argv[1], int(sys.argv[2]), sys.argv[3]
text = open(path, encoding="utf-8").read()
pat = regex.compile(r'(?<=[\.\!\?"»\p{Ll}])(?=\p{Lu})')


def baseline(t):
    blocks = t.split("\n\n")
    [datetime.datetime.fromisoformat(b) for b in blocks[2:5]]
    body = max(blocks, key=len)
    return [m.start() for m in pat.finditer(body)]


doc = _lines.cut(text)
head = _head.read_head(doc, Reporter(text, strict=False))
meta = _meta.read_meta(doc, head, Reporter(text, strict=False))
body = [doc.lines[i] for i in head.body_lines] or [(0, 0)]
start, end = body[0][0], body[-1][1]
calls = {
    "parse": lambda: wirefmt.parse(text),
    "baseline": lambda: baseline(text),
    "pagedump": lambda: pagedump.parse(text, Reporter(text, strict=False)),
    "control": lambda: _CONTROL.search(text),
    "cut": lambda: _lines.cut(text),
    "head": lambda: _head.read_head(doc, Reporter(text, strict=False)),
    "meta": lambda: _meta.read_meta(doc, head, Reporter(text, strict=False)),
    "assemble": lambda: _assemble.assemble(doc, head, meta, Reporter(text, strict=False)),
    "body": lambda: analyse_body(text[start:end], lang=meta.language, base=start),
}
call = calls[mode]
for _ in range(3):
    call()
print("ready", flush=True)
sys.stdin.readline()
functools.reduce(lambda _, __: call(), range(runs), None)
"""

#: What ``--phases`` adds, in the order printed.
PHASES = ("pagedump", "control", "cut", "head", "meta", "assemble", "body")
_TOTAL = re.compile(r"summary:\s+(\d+)")


def count(mode: str, runs: int, path: str) -> float:
    """The instructions of one call of ``mode``, averaged over ``runs`` calls."""
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "callgrind.out")
        child = subprocess.Popen(
            [
                "valgrind",
                "--tool=callgrind",
                "--instr-atstart=no",
                "--collect-atstart=no",
                "--toggle-collect=functools_reduce",
                f"--callgrind-out-file={out}",
                sys.executable,
                "-c",
                _CHILD,
                mode,
                str(runs),
                path,
            ],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        assert child.stdin is not None and child.stdout is not None
        try:
            if child.stdout.readline().strip() != "ready":
                raise RuntimeError(f"the {mode} run did not start")
            subprocess.run(
                ["callgrind_control", "-i", "on", str(child.pid)], check=True, capture_output=True
            )
            child.stdin.write("\n")
            child.stdin.close()
        finally:
            if child.wait() != 0:
                raise RuntimeError(f"the {mode} run failed")
        with open(out, encoding="utf-8") as fh:
            found = _TOTAL.search(fh.read())
    if found is None:
        raise RuntimeError("no summary line in callgrind's output")
    return int(found.group(1)) / runs


def main(argv: list[str] | None = None) -> int:
    """Print the instructions per parse, per baseline call, their ratio, and the phases."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--runs", type=int, default=200, help="calls counted for each figure")
    parser.add_argument("--phases", action="store_true", help="also count each phase")
    parser.add_argument("--file", type=Path, help="the document (default: the real sample)")
    args = parser.parse_args(argv)
    if shutil.which("valgrind") is None or shutil.which("callgrind_control") is None:
        print("valgrind and callgrind_control must be on the PATH", file=sys.stderr)
        return 2
    text = args.file.read_text(encoding="utf-8") if args.file else sample()
    with tempfile.NamedTemporaryFile("w", suffix=".txt", encoding="utf-8", delete=False) as fh:
        fh.write(text)
        path = fh.name
    try:
        parse = count("parse", args.runs, path)
        base = count("baseline", args.runs, path)
        print(f"parse()   {parse / 1e3:9.1f} k instructions a call")
        print(f"baseline  {base / 1e3:9.1f} k instructions a call")
        print(f"parse/baseline = {parse / base:.2f}x (in instructions)")
        for mode in PHASES if args.phases else ():
            print(f"{mode:9s} {count(mode, args.runs, path) / 1e3:9.1f} k instructions a call")
    finally:
        os.unlink(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
