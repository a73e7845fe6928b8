"""Interim body splitter (replaced by the full one of the body-reconstruction work)."""

from __future__ import annotations

from typing import TypeAlias

import regex

from .._model import Evidence, Paragraph, Subhead

__all__ = ["BodyNote", "analyse_body", "split_body"]

BodyNote: TypeAlias = tuple[str, str, int, int]
_JOIN = regex.compile(r"(?<=[.!?\"»])(?=\p{Lu})|(?<=\p{Ll})(?=\p{Lu}\p{Ll})|(?<=\n)(?=[^\n])")


def analyse_body(
    text: str, *, lang: str | None = None, base: int = 0
) -> tuple[tuple[Paragraph | Subhead, ...], tuple[BodyNote, ...]]:
    """Split a glued body into blocks; return them and notes."""
    cuts = [0, *(m.start() for m in _JOIN.finditer(text)), len(text)]
    blocks: list[Paragraph | Subhead] = []
    for i, (a, b) in enumerate(zip(cuts, cuts[1:], strict=False)):
        if a == b:
            continue
        piece = text[a:b]
        ev = Evidence.START if i == 0 else Evidence.SENTENCE_END
        cls = Paragraph if piece.rstrip()[-1:] in '.!?"»' else Subhead
        blocks.append(cls(piece, a + base, b + base, ev))
    return tuple(blocks), ()


def split_body(
    text: str, *, lang: str | None = None, base: int = 0
) -> tuple[Paragraph | Subhead, ...]:
    """Split a glued body into paragraphs and subheads."""
    return analyse_body(text, lang=lang, base=base)[0]
