"""Character classes for the stdlib ``re`` module, expanded from ``regex`` properties.

The stdlib engine runs a plain class (``[a-zß-ÿ…]``) faster than the ``regex`` module runs a
Unicode property (``\\p{Ll}``), and its own tables lag behind. Patterns on the hot path are
therefore written with classes expanded here, once at import, from the ``regex`` module's
Unicode tables, for the code points below U+10000 (text above them goes to the ``regex``
builds). The body grammar and the page-dump reader both build theirs with this function.
"""

from __future__ import annotations

import array
from collections.abc import Iterable

import regex

__all__ = ["SENTENCE_STOPS", "bmp_classes"]

#: The marks that end a sentence in the scripts that print a space after one: the full stop,
#: question and exclamation marks, the ellipsis and the double marks (``‼ ⁇ ⁈ ⁉``), the
#: Arabic question mark and the Urdu full stop (``؟ ۔``), the Devanagari danda (``।``), the
#: Armenian full stop (``։``) and the Greek question mark (U+037E). Not the CJK marks
#: (``。！？``): Chinese and Japanese print no space after any sentence. The body grammar,
#: the page dump's glued-line test, the keyword test and the dateline checks read this one
#: list; each adds what its own job needs.
SENTENCE_STOPS = ".!?…‼⁇⁈⁉؟۔।։\u037e"


def bmp_classes(definitions: Iterable[str]) -> tuple[str, ...]:
    """The stdlib ``re`` class of the code points below U+10000 that each ``regex`` class of
    ``definitions`` matches, in order.

    The 64K code points are decoded once per call and dropped after it, so that no process
    keeps them.

    >>> bmp_classes([r"[a-e]", r"[\\p{Lu}&&\\p{Script=Armenian}]"])
    ('[a-e]', '[Ա-Ֆ]')
    """
    bmp = array.array("I", range(0x10000)).tobytes().decode("utf-32-le", "surrogatepass")
    out = []
    for definition in definitions:
        runs = regex.finditer(f"(?:{definition})++", bmp, flags=regex.VERSION1)
        parts = [
            m.group() if len(m.group()) < 3 else f"{m.group()[0]}-{m.group()[-1]}" for m in runs
        ]
        out.append("[" + "".join(parts) + "]")
    return tuple(out)
