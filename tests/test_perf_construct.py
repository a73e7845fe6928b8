"""The hot paths' builders (``wirefmt._construct``) make the objects ``__init__`` makes."""

from __future__ import annotations

import copy
import pickle

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from wirefmt import _construct
from wirefmt._model import Evidence, Paragraph, Segment, Subhead


def _same(made: Paragraph | Subhead | Segment, reference: Paragraph | Subhead | Segment) -> None:
    assert type(made) is type(reference)
    assert made == reference
    assert hash(made) == hash(reference)
    assert repr(made) == repr(reference)
    assert attrs.astuple(made) == attrs.astuple(reference)
    assert attrs.evolve(made) == reference
    assert pickle.loads(pickle.dumps(made)) == reference
    assert copy.copy(made) == reference
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        made.start = 0  # type: ignore[misc]  # (frozen: the point of the test)


@pytest.mark.parametrize("cls", [Paragraph, Subhead])
@given(
    text=st.text(max_size=20),
    start=st.integers(0, 10**6),
    size=st.integers(0, 100),
    evidence=st.sampled_from(list(Evidence)),
)
def test_block_is_the_object_init_makes(
    cls: type[Paragraph] | type[Subhead], text: str, start: int, size: int, evidence: Evidence
) -> None:
    made = _construct.block(cls, text, start, start + size, evidence)
    _same(made, cls(text, start, start + size, evidence))
    assert made.to_dict() == cls(text, start, start + size, evidence).to_dict()
    assert attrs.evolve(made, text="x") == cls("x", start, start + size, evidence)


@pytest.mark.parametrize(
    ("text", "evidence"),
    [
        ("Il est arrivé.", Evidence.START),  # French
        ("Москва ждёт ответа", Evidence.CASE_JOIN),  # Russian
        ("Η απάντηση ήρθε.", Evidence.SENTENCE_END),  # Greek
    ],
)
def test_block_is_not_the_other_kind(text: str, evidence: Evidence) -> None:
    # near miss: a paragraph and a subhead of the same text and offsets are not equal
    assert _construct.block(Paragraph, text, 0, len(text), evidence) != Subhead(
        text, 0, len(text), evidence
    )


@given(role=st.sampled_from(["title", "body", "keywords"]), start=st.integers(0, 10**6))
def test_segment_is_the_object_init_makes(role: str, start: int) -> None:
    _same(_construct.segment(role, start, start + 3), Segment(role, start, start + 3))
