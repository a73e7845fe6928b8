"""A heading glued to the paragraph after it, where the paragraph opens with an elided article,
a quote after the heading's own closing quote, or a short word after a heading's short last
word. Sentences are ours, in the shapes agency pages print."""

from __future__ import annotations

import pytest

from wirefmt.fields.body import split_body


def _blocks(text: str) -> list[tuple[str, str]]:
    return [(b.kind, b.text) for b in split_body(text)]


@pytest.mark.parametrize(
    ("heading", "paragraph"),
    [
        (
            "Une tempête frappe la pointe du Raz",
            "C'est la plus forte depuis dix ans, selon Météo-France.",
        ),
        ("Le ministre visite le port de Sète", "L’escale a duré deux heures."),
        ("Riapre la linea M2", "L'azienda ha comunicato che il servizio è regolare."),
        ("Nuovo orario per la A4", "L’autostrada resterà chiusa di notte fino a venerdì."),
        ("Neue Regeln ab Mai", "D'après le texte, les écoles restent ouvertes."),
    ],
)
def test_a_heading_before_an_elided_article(heading: str, paragraph: str) -> None:
    assert _blocks(heading + paragraph) == [("subhead", heading), ("paragraph", paragraph)]


@pytest.mark.parametrize(
    ("heading", "paragraph"),
    [
        (
            'Il ministro dei Trasporti: "Pronti a precettare"',
            '"Non lasceremo a piedi i pendolari", ha detto.',
        ),
        (
            "Le maire de Brest : «Restez chez vous»",
            "«Nous ne prendrons aucun risque», a-t-il déclaré.",
        ),
        ("Die Ministerin: „Wir handeln jetzt“", "„Die Lage ist ernst“, sagte sie am Abend."),
    ],
)
def test_a_heading_ending_in_a_quote_before_a_quoted_paragraph(
    heading: str, paragraph: str
) -> None:
    assert _blocks(heading + paragraph) == [("subhead", heading), ("paragraph", paragraph)]


@pytest.mark.parametrize(
    "blocks",
    [
        [
            "Der Zug fällt aus.",
            "Pendler steigen aufs Rad um",
            "Auf den Radwegen wurde es am Morgen eng.",
        ],
        [
            "Il treno è stato cancellato.",
            "I pendolari scelgono il bus",
            "Le linee urbane sono piene.",
        ],
    ],
)
def test_a_heading_ending_in_a_short_word(blocks: list[str]) -> None:
    assert [b.text for b in split_body("".join(blocks))] == blocks


@pytest.mark.parametrize(
    "text",
    [
        "Apple stellte das neue iPhone vor, und eBay meldete Rekordumsätze.",
        "Die Batterie hat 5000 mAh und lädt mit 30 kWh in einer Stunde.",
        "Senator McCain and Governor DeSantis met on Monday.",
        "L'opérateur a lancé l'offre M2 l'an dernier.",
        'Il film "Roma" "Nuovo" e "Vecchio" sono in sala.',
    ],
)
def test_names_and_units_stay_inside(text: str) -> None:
    assert [b.text for b in split_body(text)] == [text]


def test_a_heading_ending_in_a_one_letter_word_the_text_writes_alone() -> None:
    # Armenian headings often end in the verb ``է`` ("is"); the text writes it on its own and
    # the next word, ``Ըստ`` ("according to"), in lower case too
    blocks = [
        "Շենքը պատրաստ է։",
        "Աշխատանքներն ավարտման փուլում է",
        "Ըստ քաղաքապետարանի՝ ըստ ծրագրի դպրոցը կբացվի սեպտեմբերին։",
    ]
    assert [b.text for b in split_body("".join(blocks))] == blocks


@pytest.mark.parametrize(
    "text",
    [
        # Italian writes ``i`` on its own, but never ``phone``: a name
        "Il nuovo iPhone costa caro e i prezzi salgono per i clienti.",
        "The device runs iOS and the iPhone costs more than before.",
    ],
)
def test_a_one_letter_prefix_of_a_name_stays_inside(text: str) -> None:
    assert [b.text for b in split_body(text)] == [text]
