"""Coverage-guided fuzzing of wirefmt.parse with atheris (libFuzzer for Python).

Properties checked on every input:

* lenient ``parse()`` never raises;
* strict ``parse()`` raises nothing but :class:`wirefmt.ParseError` (``InputError`` is one);
* every diagnostic's offsets lie inside the text, and every segment is non-blank text with
  nothing but white space between segments (nothing is lost).

Usage (``pip install atheris`` first)::

    python fuzz/fuzz_parse.py -runs=200000          # seeds: fuzz/corpus and the example
    python fuzz/fuzz_parse.py -max_total_time=300
    python fuzz/fuzz_parse.py my_corpus_dir -runs=0  # replay a corpus

With no directory on the command line, new inputs go to a temporary directory seeded with
``fuzz/corpus/`` and the package's ``wirefmt/data/example.txt``, so the checked-in corpus is
left as it is. A crash leaves ``crash-<hash>`` in the current directory; replay it with
``python fuzz/fuzz_parse.py crash-<hash>``.
"""

from __future__ import annotations

import contextlib
import shutil
import sys
import tempfile
from pathlib import Path

import atheris

with atheris.instrument_imports():
    import wirefmt

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus"
#: Characters parse() may leave outside every segment (line ends, spaces, BOM, ZWSP).
SEPARATORS = frozenset({"\ufeff", "\u200b"})


def check(text: str, article: wirefmt.Article) -> None:
    """The invariants every parsed Article keeps; AssertionError otherwise."""
    for d in article.diagnostics:
        assert 0 <= d.start <= d.end <= len(text), d
    if any(d.code == "binary-input" for d in article.diagnostics):
        return
    cursor = 0
    for seg in article.segments:
        assert cursor <= seg.start < seg.end <= len(text), (seg, cursor)
        assert text[seg.start : seg.end].strip(), seg
        gap = text[cursor : seg.start]
        assert all(c.isspace() or c in SEPARATORS for c in gap), (gap, seg)
        cursor = seg.end
    assert all(c.isspace() or c in SEPARATORS for c in text[cursor:]), text[cursor:]


def test_one_input(data: bytes) -> None:
    """libFuzzer's entry point: one input, as bytes and (when it decodes) as text."""
    inputs: list[str | bytes] = [data]
    with contextlib.suppress(UnicodeDecodeError):
        inputs.append(data.decode("utf-8"))
    for item in inputs:
        text = item if isinstance(item, str) else item.decode("utf-8", errors="replace")
        check(text, wirefmt.parse(item))
        try:
            strict = wirefmt.parse(item, strict=True)
        except wirefmt.ParseError:
            continue
        check(text, strict)


def main(argv: list[str]) -> None:
    """Run the fuzzer; seed a temporary corpus when no directory is given."""
    args = list(argv)
    if not any(Path(a).is_dir() or Path(a).is_file() for a in args[1:] if not a.startswith("-")):
        work = Path(tempfile.mkdtemp(prefix="wirefmt-fuzz-"))
        for seed in CORPUS.iterdir():
            shutil.copy(seed, work / seed.name)
        example = Path(wirefmt.__file__).parent / "data" / "example.txt"
        shutil.copy(example, work / "example.txt")
        args.append(str(work))
        print(f"fuzz_parse: corpus in {work}", file=sys.stderr)
    atheris.Setup(args, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main(sys.argv)
