"""Builders for the model's blocks and segments on the readers' hot paths, for less than
``__init__`` costs.

A frozen attrs class with slots sets each field in ``__init__`` through a bound
``object.__setattr__`` (its own ``__setattr__`` refuses every write): ``Paragraph(...)``
costs about 6.7k instructions, :func:`block` 5.2k. The builders make the same objects (the
same class and slots; equal, hashed and printed alike; ``attrs.evolve`` works on them) by
writing each slot through its member descriptor. The classes stay what the project's rules
ask: attrs, frozen, slots. (An Article is built by its ``__init__``: a builder running its
converters and validators field by field in a loop cost more than the generated code.)
``tests/test_perf_construct.py`` checks the equivalence.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from ._model import Evidence, Paragraph, Segment, Subhead

__all__ = ["block", "segment"]

_new: Final = object.__new__


def _setter(cls: type, name: str) -> Callable[[object, object], None]:
    """The ``__set__`` of the member descriptor that holds ``name`` on ``cls``'s objects."""
    setter: Callable[[object, object], None] = getattr(cls, name).__set__
    return setter


_TEXT, _START, _END, _EVIDENCE = (
    _setter(Paragraph, name) for name in ("text", "start", "end", "evidence")
)
_ROLE, _SEG_START, _SEG_END = (_setter(Segment, name) for name in ("role", "start", "end"))


def block(
    cls: type[Paragraph] | type[Subhead], text: str, start: int, end: int, evidence: Evidence
) -> Paragraph | Subhead:
    """``cls(text, start, end, evidence)`` (no field of a block converts or validates)."""
    made = _new(cls)
    _TEXT(made, text)
    _START(made, start)
    _END(made, end)
    _EVIDENCE(made, evidence)
    return made


def segment(role: str, start: int, end: int) -> Segment:
    """``Segment(role, start, end)``."""
    made = _new(Segment)
    _ROLE(made, role)
    _SEG_START(made, start)
    _SEG_END(made, end)
    return made
