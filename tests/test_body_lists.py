"""A lead-in colon glued to the items it introduces (docs/body.md, rule 6): a bullet mark
after a colon starts an item whatever the lead-in's length; a word after a short one is a
credit's or a label's value, not an item.

Every sentence here was written for these tests. Each row gives the blocks as (kind, text);
the input is their texts glued.
"""

from __future__ import annotations

import pytest

from wirefmt._model import Evidence
from wirefmt.fields.body import split_body

P = "paragraph"
Rows = list[tuple[str, list[tuple[str, str]]]]

BULLETS_AFTER_A_SHORT_LEAD: Rows = [
    ("en", [(P, "Key points:"), (P, "• Talks resume Monday"), (P, "• Both sides back a truce")]),
    ("de", [(P, "Das Wichtigste:"), (P, "• Schulen bleiben zu"), (P, "• Busse fahren nachts")]),
    ("fr", [(P, "En bref :"), (P, "■ Les écoles ferment"), (P, "■ Les bus roulent la nuit")]),
    ("tr", [(P, "Öne çıkanlar:"), (P, "• Okullar kapalı"), (P, "• Otobüsler gece çalışıyor")]),
    ("ru", [(P, "Главное:"), (P, "• Школы закрыты"), (P, "• Автобусы ходят ночью")]),
    ("el", [(P, "Συνοπτικά:"), (P, "• Κλειστά τα σχολεία"), (P, "• Λεωφορεία και τη νύχτα")]),
]

#: Near misses: a short label and a colon before a word or a dash of speech stay whole.
WHOLE = {
    "en-credit": "Source:Reuters",
    "tr-credit": "Kaynak:AA muhabiri bildirdi.",
    "de-credit": "Quelle:dpa",
    "ru-speech-dash": "Он сказал:— Нет, мы остаёмся.",
}


@pytest.mark.parametrize(
    "row", BULLETS_AFTER_A_SHORT_LEAD, ids=[r[0] for r in BULLETS_AFTER_A_SHORT_LEAD]
)
def test_a_bullet_after_a_colon_starts_an_item(row: tuple[str, list[tuple[str, str]]]) -> None:
    blocks = row[1]
    text = "".join(t for _, t in blocks)
    got = split_body(text)
    assert [(b.kind, b.text) for b in got] == blocks
    assert got[1].evidence is Evidence.COLON_LIST


@pytest.mark.parametrize("text", WHOLE.values(), ids=WHOLE.keys())
def test_a_short_label_before_a_word_stays_whole(text: str) -> None:
    assert [b.text for b in split_body(text)] == [text]
