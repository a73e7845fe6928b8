"""A straight quote glued between a letter and a capital (``Pekingom"Ako``): which side
it goes, and when it is no quote at all (docs/body.md, rule 3).

Every sentence here was written for these tests. Each row gives the blocks as (kind, text);
the input is their texts glued. ``P`` is a paragraph, ``S`` a subhead.
"""

from __future__ import annotations

import pytest

from wirefmt._model import Evidence
from wirefmt.fields.body import split_body

P, S = "paragraph", "subhead"
Rows = list[tuple[str, list[tuple[str, str]]]]

#: The quote opens the next paragraph: the sentence after it ends with its stop, the closing
#: ``"`` and a speech tag (a comma, or a space and a lower-case word), whatever the count of
#: marks before it (a source that never closed an earlier quote leaves it odd).
OPENS: Rows = [
    (
        "sr-latn-odd-count-before",
        [
            (P, 'Rekao je da "razgovori idu dalje. Traži se kanal sa Pekingom'),
            (P, '"Ako bi to prihvatili, rat bi brzo stao.", rekao je on.'),
        ],
    ),
    (
        "hr-even-count",
        [
            (P, "Sastanak je trajao dugo. Ministar je zatim otišao u Zagreb"),
            (P, '"Nastavit ćemo pregovore idući tjedan.", izjavio je.'),
        ],
    ),
    (
        "de-space-tag",
        [
            (P, "Die Gespräche liefen lange. Danach reiste er nach Peking"),
            (P, '"Wir reagieren schnell." sagte er am Abend.'),
        ],
    ),
    (
        "en-comma-tag",
        [
            (P, "The envoy spoke for an hour. He then flew on to Beijing"),
            (P, '"We will answer fast.", he told reporters.'),
        ],
    ),
    (
        "ru-cyrillic",
        [
            (P, "Переговоры шли долго. Затем министр улетел в Пекин"),
            (P, '"Мы ответим быстро.", сказал он журналистам.'),
        ],
    ),
    (
        "el-greek",
        [
            (P, "Η συνάντηση κράτησε πολύ. Μετά ο υπουργός πήγε στο Πεκίνο"),
            (P, '"Θα απαντήσουμε γρήγορα.", είπε στους δημοσιογράφους.'),
        ],
    ),
    (
        "tr-dotted-capital",
        [
            (P, "Görüşme uzun sürdü. Bakan daha sonra Pekin'e gitti"),
            (P, '"İki ülke anlaştı.", dedi bakan.'),
        ],
    ),
    (
        # a short stretch with a heading's shape before it stays a subhead
        "sr-heading-before",
        [
            (P, "Sastanak je počeo."),
            (S, "Razgovor sa Pekingom"),
            (P, '"Nema rata u ovoj godini.", rekao je ministar.'),
        ],
    ),
]

#: The quote closes what the heading opened: the cut goes after it.
CLOSES: Rows = [
    ("fr-non", [(P, "Le vote est fini."), (S, 'Un "non" massif'), (P, "Le lendemain, rien.")]),
    ("en-no", [(P, "The vote is over."), (S, 'A loud "no" vote'), (P, "The next day, nothing.")]),
    ("sr-ne", [(P, "Glasanje je gotovo."), (S, 'Glasno "ne" birača'), (P, "Sutradan ništa.")]),
]

#: Near misses: no cut at all.
WHOLE = {
    # an apostrophe typed over with a straight quote after a one-letter word
    "en-one-letter-name": 'The author O"Neill wrote back to the paper.',
    "fr-elision": 'Le traité lie l"Europe à ses voisins du sud.',
    "it-elision": 'Il ministro parla d"Italia ogni giorno.',
    # even count before, no partner ahead: no quote opens there
    "en-no-partner": 'The talks went on with Beijing"The talks went on.',
    # quotes inside a sentence, spaced as prose spaces them
    "de-inner-quote": 'Er sagte "nein" und die Debatte war vorbei.',
    "ru-inner-quote": 'Он сказал "нет" и ушёл из зала.',
    # a quoted sentence with its tag inside one paragraph, a space before the opener
    "hr-spaced-opener": 'Ministar je rekao "Idemo dalje.", a zatim otišao.',
}


def _check(blocks: list[tuple[str, str]]) -> list[tuple[str, str]]:
    text = "".join(t for _, t in blocks)
    got = split_body(text)
    assert "".join(b.text for b in got) == text
    return [(b.kind, b.text) for b in got]


@pytest.mark.parametrize("row", OPENS, ids=[r[0] for r in OPENS])
def test_a_straight_quote_opening_a_quoted_sentence_starts_the_paragraph(
    row: tuple[str, list[tuple[str, str]]],
) -> None:
    assert _check(row[1]) == row[1]


def test_the_opening_quote_is_named() -> None:
    blocks = split_body('Danach reiste er nach Peking"Wir reagieren schnell." sagte er.')
    assert [b.evidence for b in blocks] == [Evidence.START, Evidence.OPENING_QUOTE]


@pytest.mark.parametrize("row", CLOSES, ids=[r[0] for r in CLOSES])
def test_a_straight_quote_closing_the_heading_ends_it(
    row: tuple[str, list[tuple[str, str]]],
) -> None:
    assert _check(row[1]) == row[1]


@pytest.mark.parametrize("text", WHOLE.values(), ids=WHOLE.keys())
def test_near_misses_stay_whole(text: str) -> None:
    assert _check([(P, text)]) == [(P, text)]
