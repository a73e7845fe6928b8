"""The body splitter's known limits (docs/body.md, "Known limits"), each as a row the
splitter gets wrong today, marked as an expected failure: the right answer is written
down, so that a rule that fixes one turns its test into an unexpected pass (strict), and
the list is updated with it.

Every sentence here was written for these tests. Each row gives the right blocks as
(kind, text); the input is their texts glued.
"""

from __future__ import annotations

import pytest

from wirefmt.fields.body import split_body

P, S = "paragraph", "subhead"
Rows = list[tuple[str, list[tuple[str, str]]]]

LIMITS: Rows = [
    # a heading in sentence case ending in "?" or "!" reads as a paragraph
    (
        "en-question-heading",
        [
            (P, "The deadline is Monday."),
            (S, "What happens to the contracts?"),
            (P, "The ministry did not reply."),
        ],
    ),
    (
        "es-question-heading",
        [
            (P, "El plazo vence el lunes."),
            (S, "¿Qué pasará con los contratos?"),
            (P, "El ministerio no respondió."),
        ],
    ),
    (
        "pl-exclamation-heading",
        [
            (P, "Sejm obradował długo."),
            (S, "Rekordowa frekwencja!"),
            (P, "Posłowie głosowali do rana."),
        ],
    ),
    # a heading in sentence case glued to a paragraph opening with a number
    (
        "en-heading-then-number",
        [
            (P, "The summit ended on Friday."),
            (S, "Record turnout in the north"),
            (P, "82 percent of voters took part, the commission said."),
        ],
    ),
    (
        "de-heading-then-number",
        [
            (P, "Der Gipfel endete am Freitag."),
            (S, "Rekord bei der Wahlbeteiligung"),
            (P, "82 Prozent der Wähler gaben ihre Stimme ab."),
        ],
    ),
    (
        "ru-heading-then-number",
        [
            (P, "Саммит завершился в пятницу."),
            (S, "Рекордная явка на севере"),
            (P, "82 процента избирателей пришли на участки."),
        ],
    ),
    # an acronym ending a sentence-case heading, glued to a one-letter word
    (
        "ru-acronym-then-letter",
        [
            (P, "Доклад вышел вчера, и в нём много цифр."),
            (S, "Новый прогноз МВФ"),
            (P, "В правительстве ответили сдержанно."),
        ],
    ),
    # a heading in capitals opening the body reads as its dateline
    ("fr-caps-heading-first", [(S, "EN BREF"), (P, "Le conseil se réunit demain matin.")]),
    # a time glued to a word with no separator after it
    (
        "de-bare-time-glued",
        [(P, "Die Beteiligung steigt weiter"), (S, "15:10"), (P, "Die Wahllokale schließen bald.")],
    ),
    # a camel-case brand mentioned once, after four words of a block's first sentence
    (
        "en-camel-brand",
        [(P, "Analysts at JPMorgan and the team at BlackRock disagreed with the forecast.")],
    ),
    # a credit whose value is a camel-case name followed by words in lower case
    ("en-credit-camel-value", [(P, "The report is out."), (P, "Source: AstraZeneca press office")]),
]


@pytest.mark.xfail(strict=True, reason="a known limit (docs/body.md)")
@pytest.mark.parametrize("row", LIMITS, ids=[r[0] for r in LIMITS])
def test_known_limit(row: tuple[str, list[tuple[str, str]]]) -> None:
    blocks = row[1]
    text = "".join(t for _, t in blocks)
    got = split_body(text)
    assert "".join(b.text for b in got) == text  # lossless even where it is wrong
    assert [(b.kind, b.text) for b in got] == blocks
