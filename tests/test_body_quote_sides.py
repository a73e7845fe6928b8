"""Which side a quote mark glued at a boundary goes (docs/body.md, rule 3): a straight quote
glued between a letter and a capital (``Pekingom"Ako``), and a single quote after a stop
(``short.'We``); and when such a mark is no quote at all.

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


#: A single quote after a stop opens the next paragraph when none opened before it in the
#: block and the sentence after it closes one (a stop or comma, then the mark).
SINGLE_OPENS: Rows = [
    ("en-straight", [(P, "The meeting was short."), (P, "'We go on,' the chief said.")]),
    ("en-apostrophe-inside", [(P, "The talks are over."), (P, "'Don't worry,' she said.")]),
    ("sv-right-marks", [(P, "Mötet var kort."), (P, "’Vi fortsätter,’ sade hon.")]),
    ("fi-right-marks", [(P, "Kokous oli lyhyt."), (P, "’Jatkamme,’ sanoi johtaja.")]),
    ("ru-straight", [(P, "Заседание было коротким."), (P, "'Мы продолжаем,' сказал глава.")]),
    ("el-straight", [(P, "Η συνεδρίαση ήταν σύντομη."), (P, "'Συνεχίζουμε,' είπε ο πρόεδρος.")]),
]

#: Near misses: the single quote closes the quote opened before it in the block, or nothing
#: ahead closes one, so it stays with the block before.
SINGLE_CLOSES: Rows = [
    ("en-opened-before", [(P, "He said 'go home.'"), (P, "Then he left the hall.")]),
    ("de-opened-before", [(P, "Er sagte: 'Nein, danke.'"), (P, "Dann ging er nach Hause.")]),
    ("it-opened-before", [(P, "Ha detto 'basta così.'"), (P, "Poi è uscito dalla sala.")]),
    ("en-nothing-closed-ahead", [(P, "The deal is done.'"), (P, "Yes' was the answer.")]),
]


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


@pytest.mark.parametrize("row", SINGLE_OPENS, ids=[r[0] for r in SINGLE_OPENS])
def test_a_single_quote_opening_a_quoted_sentence_starts_the_paragraph(
    row: tuple[str, list[tuple[str, str]]],
) -> None:
    assert _check(row[1]) == row[1]


@pytest.mark.parametrize("row", SINGLE_CLOSES, ids=[r[0] for r in SINGLE_CLOSES])
def test_a_single_quote_closing_or_unpartnered_stays_behind(
    row: tuple[str, list[tuple[str, str]]],
) -> None:
    assert _check(row[1]) == row[1]
