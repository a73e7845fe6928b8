"""The page dump's first phase, cut into lines and shaped, against a plain reference.

``_lines.cut`` is written for speed (a raw line met before is looked up whole, a long one is
not remembered, a capitalised line skips the list and keyword tests), so these tests hold it
to what a plain cut would give: every raw line stripped and shaped on its own, in order.
The segments of a whole parse are checked the same way: maximal runs of one role.
"""

from __future__ import annotations

import re
from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st

import wirefmt
from wirefmt.fields.taglists import is_keyword, split_keyword_list
from wirefmt.formats.pagedump import _lines

_LINE_ENDS = re.compile(r"\r\n|\r|\n")


def _reference(text: str) -> _lines.Lines:
    """What ``cut`` gives, computed the plain way: each line on its own, nothing remembered."""
    lines: list[_lines.Line] = []
    by_shape: dict[str, list[int]] = {}
    pos = 0
    for raw in _LINE_ENDS.split(text):
        stripped = raw.strip(_lines.STRIP)
        if stripped:
            start = pos + len(raw) - len(raw.lstrip(_lines.STRIP))
            shape, found = _lines._shape(stripped)
            by_shape.setdefault(shape, []).append(len(lines))
            lines.append((start, start + len(stripped), stripped, shape, found))
        pos += len(raw)
        pos += 2 if text.startswith("\r\n", pos) else 1
    blank_parted = "\n\n" in text or "\n\r\n" in text or "\r\r" in text
    return _lines.Lines(text, lines, by_shape, blank_parted)


# Lines of a dump's shapes, in several scripts, with the white space crawls leave around
# them: repeated (keywords, stamps), blank, of white space alone, with NBSP, BOM, ZWSP.
_PIECES = [
    "Le port de Valmare ouvre un quai",
    "Yeni köprü İzmir'de açıldı, ulaşım rahatladı.",
    "Новый мост открыли в Тамбове, движение пошло.",
    "Η γέφυρα άνοιξε, η κίνηση ξεκίνησε.",
    "énergie",
    "ulaşım",
    "мост",
    "énergie, port, climat",
    "2025-06-03T09:30+0100",
    "fr_FR",
    "2025",
    "https://cdn.example.org/a.jpg",
    "Agence Valmare retour@exemple.org +33100000000 Valmare Médias 240 64",
    "",
    " ",
    "\u00a0",
    "\ufeff",
    "\u200b",
    "\t",
]


@given(st.lists(st.sampled_from(_PIECES), max_size=40), st.sampled_from(["\n", "\r\n", "\r"]))
def test_cut_agrees_with_the_plain_reference(pieces: list[str], end: str) -> None:
    text = end.join(pieces)
    assert _lines.cut(text) == _reference(text)


@given(st.text(alphabet="aZé İı Жж\u00a0\ufeff\u200b,.@:/\n\r\t0123-T+", max_size=200))
def test_cut_agrees_with_the_plain_reference_on_any_text(text: str) -> None:
    assert _lines.cut(text) == _reference(text)


def test_more_distinct_lines_than_remembered_cut_as_the_reference() -> None:
    words = [f"mot{'a' * (n % 7)} {n:x}" for n in range(_lines._SEEN_LINES + 300)]
    text = "\n\n".join(words + words[:500] + ["  " + w + "  " for w in words[:50]])
    assert _lines.cut(text) == _reference(text)


@pytest.mark.parametrize(
    "text",
    [
        "Paris, Lyon, Marseille",  # French: a capital, so prose, not a keyword list
        "Ankara, İzmir, Bursa",
        "Kyiv, Lviv, Odesa",
        "Dakar",
    ],
)
def test_a_line_opening_with_a_capital_is_prose(text: str) -> None:
    assert split_keyword_list(text) is None and not is_keyword(text)  # what the tests say
    assert _lines._shape(text) == ("prose", None)


@pytest.mark.parametrize(
    ("text", "shape"),
    [
        ("paris, lyon, marseille", "keyword-list"),  # near miss: no capital, a list
        ("izmir, bursa, ankara", "keyword-list"),
        ("москва, тамбов, самара", "keyword-list"),  # no ASCII capital: the long way
        ("Москва, Тамбов, Самара", "prose"),  # a Cyrillic capital: the long way too
        ("İzmir, bursa", "prose"),  # Turkish dotted capital: the long way too
        ("Ελλάδα, κύπρος", "prose"),
        ("ελλάδα, κύπρος", "keyword-list"),
    ],
)
def test_lists_and_their_near_misses_in_several_scripts(text: str, shape: str) -> None:
    assert _lines._shape(text)[0] == shape


@given(st.lists(st.sampled_from([*_PIECES, "Zzz 1.", "x" * 70, "1920 1080"]), max_size=30))
def test_segments_are_the_maximal_runs_of_one_role(pieces: list[str]) -> None:
    text = "\n\n".join(pieces)
    article = wirefmt.parse(text)
    segments = article.segments
    for a, b in pairwise(segments):
        assert a.end <= b.start
        assert a.role != b.role  # runs are maximal: two runs of one role would be one
    doc = _lines.cut(text)
    assert len(segments) <= len(doc.lines)
    if doc.lines:
        assert segments[0].start == doc.lines[0][_lines.START]
        assert segments[-1].end == doc.lines[-1][_lines.END]
