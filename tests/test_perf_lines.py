"""Long lines are shaped without the lookup of lines seen before: the lines are the same."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wirefmt.formats.pagedump import _lines

_LONG = _lines._SEEN_MAX + 40

#: Lines in several languages and shapes (written for this test): prose in French, Russian
#: and Greek, a keyword, a list, a timestamp; each may be drawn long (repeated words) and
#: more than once, with spaces around it.
_LINE = st.sampled_from(
    [
        "Le conseil a voté la loi mardi soir.",
        "Совет принял закон во вторник.",
        "Το συμβούλιο ψήφισε τον νόμο.",
        "russie",
        "économie, politique, énergie",
        "2022-02-14T14:18+0100",
        "\u00a0 ",
    ]
)


def _texts() -> st.SearchStrategy[str]:
    line = st.tuples(_LINE, st.booleans(), st.sampled_from(["", " ", "\u00a0"])).map(
        lambda t: t[2] + (" ".join([t[0]] * (_LONG // len(t[0]) + 1)) if t[1] else t[0])
    )
    return st.lists(line, max_size=8).map("\n\n".join)


@given(text=_texts())
def test_long_lines_cut_as_if_remembered(text: str) -> None:
    cut = _lines.cut(text)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(_lines, "_SEEN_MAX", 10**9)
        remembered = _lines.cut(text)
    assert cut.lines == remembered.lines
    assert cut.by_shape == remembered.by_shape


def test_a_long_line_met_twice_is_cut_twice() -> None:
    # near miss for the lookup: the same long paragraph twice gives two prose lines
    paragraph = "Il a parlé longuement du projet. " * 20
    doc = _lines.cut(f"Titre\n\n{paragraph}\n\n{paragraph}\n")
    assert [line[_lines.SHAPE] for line in doc.lines] == ["prose", "prose", "prose"]
    assert doc.lines[1][_lines.TEXT] == doc.lines[2][_lines.TEXT] == paragraph.strip()
