"""Live blogs and tickers: a time or date heading glued both sides is a subhead; a ticker or
bullet mark stays with the paragraph it opens (docs/body.md, rules 2 and 5).

The sentences are ours, in the shapes agency pages print, in several languages and
scripts per shape, with near misses; the tables' form and checks: ``tests/body_tables.py``.
"""

from __future__ import annotations

import pytest
from body_tables import Blocks, P, Rows, S, assert_blocks, assert_whole, rows

#: A live blog's time or date heading between two paragraphs.
TIME_AND_DATE_HEADINGS: Rows = [
    (
        "fr-h",
        [
            (P, "Le conseil s'est réuni tard."),
            (S, "14h32 : Le maire annonce un couvre-feu"),
            (P, "La préfecture confirme la mesure."),
        ],
    ),
    (
        "de-uhr",
        [
            (P, "Die Sitzung dauerte lange."),
            (S, "19.05 Uhr: Gipfel beginnt später"),
            (P, "Die Gäste warten im Saal."),
        ],
    ),
    (
        "it-ore",
        [
            (P, "La riunione è finita."),
            (S, 'Ore 18.40 Il ministro: "Nessun rinvio"'),
            (P, "I sindacati hanno risposto subito."),
        ],
    ),
    ("en-gmt", [(P, "Markets opened lower."), (S, "10:15 GMT"), (P, "Oil prices climbed again.")]),
    (
        "ru-time",
        [
            (P, "Заседание продолжается."),
            (S, "14:20 Министр выступил с заявлением"),
            (P, "Депутаты задали вопросы."),
        ],
    ),
    (
        "tr-time",
        [
            (P, "Toplantı uzadı."),
            (S, "16:45 İçişleri Bakanı açıklama yaptı"),
            (P, "Açıklama kısa sürdü."),
        ],
    ),
    (
        "el-time",
        [
            (P, "Η συνεδρίαση συνεχίζεται."),
            (S, "12:30 Ο υπουργός μιλά στη Βουλή"),
            (P, "Οι βουλευτές ρωτούν."),
        ],
    ),
    (
        "de-date",
        [
            (P, "Die Gespräche wurden vertagt."),
            (S, "Mittwoch, 10. Mai"),
            (P, "Die Minister treffen sich erneut."),
        ],
    ),
    (
        "pl-date",
        [
            (P, "Rozmowy przerwano."),
            (S, "Środa, 10 maja"),
            (P, "Ministrowie spotkają się ponownie."),
        ],
    ),
    (
        "en-pm-b",
        [
            (P, "Crowds gathered at the square."),
            (S, "3:10 p.m."),
            (P, "The governor arrived by car and the crowd cheered."),
        ],
    ),
    (
        "en-pm2",
        [
            (P, "Crowds gathered at the square."),
            (S, "3:10 p.m. Governor arrives"),
            (P, "The governor arrived by car and the crowd cheered."),
        ],
    ),
    (
        "fr-h-2",
        [
            (P, "Les secours sont sur place."),
            (S, "9h05 : Nouvelle secousse ressentie à Nice"),
            (P, "Les habitants sont sortis dans la rue."),
        ],
    ),
    (
        "de-uhr2",
        [
            (P, "Die Polizei sperrt die Straße."),
            (S, "21.30 Uhr: Lage beruhigt sich"),
            (P, "Die Anwohner dürfen zurück in ihre Häuser."),
        ],
    ),
    (
        "it-ore2",
        [
            (P, "Il corteo è partito."),
            (S, "Ore 11.15 Scontri in piazza"),
            (P, "La polizia ha fermato due persone."),
        ],
    ),
    (
        "es-time",
        [
            (P, "El pleno sigue reunido."),
            (S, "12:40 El presidente toma la palabra"),
            (P, "La oposición abandona la sala."),
        ],
    ),
    (
        "ru-time2",
        [
            (P, "Спасатели работают на месте."),
            (S, "09:15 Найдены двое выживших"),
            (P, "Их доставили в больницу."),
        ],
    ),
    (
        "uk-time",
        [
            (P, "Рятувальники працюють на місці."),
            (S, "09:15 Знайдено двох людей"),
            (P, "Їх доставили до лікарні."),
        ],
    ),
    (
        "en-gmt2",
        [
            (P, "Markets opened lower."),
            (S, "10:15 GMT - Oil jumps"),
            (P, "Brent rose by three percent in the first hour."),
        ],
    ),
    (
        "de-date2",
        [
            (P, "Die Gespräche wurden vertagt."),
            (S, "Donnerstag, 11. Mai"),
            (P, "Die Minister treffen sich in Wien."),
        ],
    ),
    (
        "fr-date",
        [
            (P, "Les discussions ont été reportées."),
            (S, "Jeudi 11 mai"),
            (P, "Les ministres se retrouvent à Vienne."),
        ],
    ),
    (
        "ru-date",
        [(P, "Переговоры отложены."), (S, "Четверг, 11 мая"), (P, "Министры встретятся в Вене.")],
    ),
]

#: A ticker or bullet mark glued to a stop opens a paragraph.
TICKER_MARKS: Rows = [
    ("fr-tick", [(P, "Le vote est reporté."), (P, "+++ Le Sénat siégera demain +++")]),
    (
        "es-bullet",
        [(P, "El pleno terminó tarde."), (P, "• La oposición pidió una nueva votación.")],
    ),
    ("ru-bullet", [(P, "Совещание завершилось."), (P, "■ Губернатор объявил режим тревоги.")]),
]

#: Near misses: one paragraph each.
NEAR_MISSES = [
    "The train left at 14:20 and arrived in Leeds by six.",
    "Der Zug fuhr um 19.05 Uhr ab und kam spät an.",
    "Le train est parti à 14h32 et il est arrivé tard.",
    "Yesterday the firm's shares rose at 10:15 GMT and fell later.",
    "Sie trafen sich um 14.30 Uhr im Rathaus und sprachen lange.",
    "The vote is set for: 10:15 GMT on Monday.",
]


ROWS = rows(
    {
        "time_and_date_headings": TIME_AND_DATE_HEADINGS,
        "ticker_marks": TICKER_MARKS,
    }
)


@pytest.mark.parametrize("row", ROWS, ids=[r[0] for r in ROWS])
def test_blocks(row: tuple[str, Blocks]) -> None:
    assert_blocks(row[1])


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_near_misses_stay_whole(text: str) -> None:
    assert_whole(text)
