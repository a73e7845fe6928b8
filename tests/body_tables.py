"""The tables the body tests are written in, and the two checks every table row gets.

A table is a list of rows ``(name, blocks)``, each block ``(kind, text)``; the text split is
the blocks' texts joined. A near miss is a text that must come back as one block.
"""

from __future__ import annotations

from wirefmt.fields.body import split_body

P, S = "paragraph", "subhead"
Blocks = list[tuple[str, str]]
Rows = list[tuple[str, Blocks]]


def rows(tables: dict[str, Rows]) -> list[tuple[str, Blocks]]:
    """Every row of ``tables``, named ``table/row`` for the test ids."""
    return [
        (f"{table}/{name}", blocks) for table, found in tables.items() for name, blocks in found
    ]


def assert_blocks(blocks: Blocks) -> None:
    """The blocks' texts, glued, split back into exactly these blocks, nothing lost."""
    text = "".join(t for _, t in blocks)
    got = split_body(text)
    assert [(b.kind, b.text) for b in got] == blocks
    assert "".join(b.text for b in got) == text


def assert_whole(text: str) -> None:
    """A near miss: ``text`` stays one block."""
    assert [b.text for b in split_body(text)] == [text]
