"""Dots after short words: when an abbreviation ends a paragraph glued to the next one, and
when a dotted abbreviation is one token. Sentences are ours, in the shapes agency copy prints."""

from __future__ import annotations

import pytest

from wirefmt.fields.body import split_body


def _texts(text: str) -> list[str]:
    return [b.text for b in split_body(text)]


@pytest.mark.parametrize(
    "blocks",
    [
        # the year's abbreviation after a number ends the paragraph (ru, pl, bg, uk)
        ["Мост откроют в декабре 2025 г.", "«Работы идут по графику», – заявил мэр."],
        ["Nowe przepisy obowiązują od 1 lipca 2026 r.", "Opozycja zapowiada skargę."],
        ["Реформата започна през 2024 г.", "„Резултатите са добри“, каза министърът."],
        ["Угоду підписали 12 березня 2025 р.", "Наступна зустріч відбудеться у травні."],
    ],
)
def test_a_unit_after_a_number_ends_the_paragraph(blocks: list[str]) -> None:
    assert _texts("".join(blocks)) == blocks


@pytest.mark.parametrize(
    "text",
    [
        "Он живёт в г.Казань и работает на ул.Садовой много лет.",  # no number before
        "W 2026 r. Sejm wróci do tej ustawy.",  # a space after the dot: not glued
        "Он родился в 1990 г. Тогда всё было иначе.",
        "Zysk wzrósł o 3,5 r/r.",
    ],
)
def test_one_letter_abbreviations_elsewhere_stay_inside(text: str) -> None:
    assert _texts(text) == [text]


@pytest.mark.parametrize(
    "text",
    [
        "Los aranceles de EE.UU. a los vinos europeos entran en vigor hoy.",
        "Las FF.AA. desplegaron dos batallones en la frontera norte.",
        "Según CC.OO. el paro fue seguido por la mitad de la plantilla.",
        "Los RR.HH. de la empresa revisarán los contratos.",
    ],
)
def test_a_dotted_abbreviation_of_capital_groups_is_one_token(text: str) -> None:
    assert _texts(text) == [text]


@pytest.mark.parametrize(
    "blocks",
    [
        ["La decisión la tomó la UE.", "El ministro lo confirmó ayer."],
        ["Lo anunció la OTAN.", "La alianza suma ya treinta miembros."],
        ["A proposta foi aprovada pela ONU.", "O embaixador saudou o resultado."],
        ["Le texte a été voté par l'UE.", "Les agriculteurs protestent."],
        ["El acuerdo se firmó con EE.UU.", "Los aranceles bajarán en enero."],
    ],
)
def test_an_acronym_ends_a_sentence_glued_to_a_word(blocks: list[str]) -> None:
    assert _texts("".join(blocks)) == blocks
