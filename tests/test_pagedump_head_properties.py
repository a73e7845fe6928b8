"""Properties of the head and metadata readings over dumps drawn from the shapes of the
whole-dump tests: every character stands in one segment, the title is read wherever the
head (a description and the timestamps) follows it, and no site line enters the body."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from pagedump_helpers import TS, assert_covers

import wirefmt

TITLES = [
    "新港口电站正式启用",
    "ქალაქში ახალი ხიდი გაიხსნა",
    "افتتاح جسر جديد في المدينة",
    "у львові відкрили новий міст",
    "2022: год перемен",
    "ceasefire holds",
    "ΝΕΑ ΓΕΦΥΡΑ ΣΤΗ ΘΕΣΣΑΛΟΝΙΚΗ",
    "„Wir bauen weiter“",
    "Will the G7 agree on a COVID-19 plan?",
    "İzmir'de yeni köprü açıldı",
]
DESCRIPTIONS = [
    "La mairie a inauguré le pont mardi. 14.02.2022, Sputnik Afrique",
    "Мэрия открыла мост во вторник.",
    "新电站将为港口停靠的船只提供岸电。",
    "The truce held for a second day and both sides reported calm...",
]
KEYWORDS = ["transports", "НАТО", "covid-19", "能源", "ხიდი", "g7", "rio de janeiro"]
BODY = (
    "La mairie a inauguré le nouveau pont mardi matin, après deux ans de travaux sur les "
    "deux rives.Le pont relie les deux quartiers.«Nous tenons parole», a dit le maire."
)
SITE_LINES = ["Read also: Bridge works delayed again", "© 2022 Exemple Médias", "Фото: мост"]


@st.composite
def dumps(draw: st.DrawFn) -> tuple[str, str, list[str]]:
    title = draw(st.sampled_from(TITLES))
    blocks = [title] * draw(st.integers(1, 2))
    blocks.append(draw(st.sampled_from(DESCRIPTIONS)))
    blocks += [TS] * draw(st.integers(1, 3))
    blocks += draw(st.lists(st.sampled_from(KEYWORDS), max_size=3, unique=True))
    before = draw(st.lists(st.sampled_from(SITE_LINES), max_size=1))
    after = draw(st.lists(st.sampled_from(SITE_LINES), max_size=2, unique=True))
    blocks += [*before, BODY, *after]
    tags = draw(st.lists(st.sampled_from(KEYWORDS[:3]), max_size=3, unique=True))
    joined: bool = draw(st.booleans())
    if tags and joined:
        blocks.append(", ".join(t.lower() for t in tags))
    else:
        blocks += tags
    sep = draw(st.sampled_from(["\n\n", "\r\n\r\n", "\n"]))
    return sep.join(blocks) + sep[: len(sep) // 2 or 1], title, [*before, *after]


@given(dumps())
def test_the_head_is_read_and_nothing_is_lost(drawn: tuple[str, str, list[str]]) -> None:
    doc, title, site = drawn
    a = wirefmt.parse(doc)
    assert_covers(doc, a)
    assert a.title == title
    if "\n\n" in doc:
        # a blank-parted dump: no site line is read as a paragraph of the glued body
        assert not any(block.text == line for block in a.body for line in site)
