"""A live blog's time heading glued to the stop or ticker mark ending the entry before, and a
list's items glued to the semicolon ending the item before. Sentences are ours."""

from __future__ import annotations

import pytest

from wirefmt.fields.body import split_body


def _blocks(text: str) -> list[tuple[str, str]]:
    return [(b.kind, b.text) for b in split_body(text)]


@pytest.mark.parametrize(
    "blocks",
    [
        [
            "Trois départements restent en alerte jusqu'à jeudi 8h00.",
            "15h10 : Les écoles fermées dans le Morbihan",
            "Le rectorat a annoncé la mesure en fin de matinée.",
        ],
        [
            "The Senate adjourned after a vote of 52-48.",
            "2:15 p.m. Leaders meet at the White House",
            "The talks are expected to last an hour.",
        ],
        [
            "+++ Die Fähre hat angelegt +++ Alle Passagiere sind an Land +++",
            "21.40 Uhr: Polizei sperrt den Hafen",
            "Die Beamten sichern die Zufahrt bis zum Morgen.",
        ],
        [
            "Il vertice è finito alle 17.",
            "18.05 - Il premier lascia Palazzo Chigi",
            "Nessuna dichiarazione ai cronisti in attesa.",
        ],
    ],
)
def test_a_time_heading_glued_to_the_end_of_the_entry_before(blocks: list[str]) -> None:
    assert _blocks("".join(blocks)) == [
        ("paragraph", blocks[0]),
        ("subhead", blocks[1]),
        ("paragraph", blocks[2]),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The index rose 3.5 percent to 212.1 points at 1:40 p.m. on Tuesday.",
        "Le taux est passé de 2.5 à 3.15 en un an, a précisé la banque.",
        "Der Kurs stieg um 1.12:0 gegen den Dollar, sagte ein Händler.",
    ],
)
def test_numbers_and_times_inside_prose_stay_inside(text: str) -> None:
    assert [b.text for b in split_body(text)] == [text]


@pytest.mark.parametrize(
    "blocks",
    [
        [
            "El plan prevé tres medidas:",
            "- cerrar los pozos ilegales;",
            "- medir cada riego;",
            "- reutilizar el agua.",
        ],
        ["Le texte prévoit :", "- la fermeture des écoles;", "- le report des examens."],
        ["Rząd zapowiedział wczoraj:", "- niższe podatki;", "- wyższe emerytury;", "- nowe drogi."],
    ],
)
def test_items_glued_to_the_semicolon_ending_the_item_before(blocks: list[str]) -> None:
    assert [b.text for b in split_body("".join(blocks))] == blocks


def test_a_semicolon_and_a_dash_outside_a_list_stay_inside() -> None:
    text = "Las cifras son claras;- y nadie en el Gobierno las discute hoy."
    assert [b.text for b in split_body(text)] == [text]
