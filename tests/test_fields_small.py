"""The description suffix and keyword-list field parsers, alone."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wirefmt import is_keyword, parse_description, split_keyword_list

SUFFIXES = [
    # (description, lede, truncated, date, edition)
    (
        "Le maire a parlé. Pendant que les... 21.03.2023, Sputnik France",
        "Le maire a parlé. Pendant que les...",
        True,
        dt.date(2023, 3, 21),
        "Sputnik France",
    ),
    (
        "Глава порта ответил на вопросы о тарифах... РИА Новости, 19.04.2019",
        "Глава порта ответил на вопросы о тарифах...",
        True,
        dt.date(2019, 4, 19),
        "РИА Новости",
    ),
    (
        "Liman başkanı konuştu… 30.12.2021",
        "Liman başkanı konuştu…",
        True,
        dt.date(2021, 12, 30),
        None,
    ),
    ("The plant went online.", "The plant went online.", False, None, None),
    (
        "The plant went online. 03.06.2025, Antena 3 Noticias",
        "The plant went online.",
        False,
        dt.date(2025, 6, 3),
        "Antena 3 Noticias",
    ),
    (
        "محطة جديدة في الميناء... 20.02.2016, الميناء",
        "محطة جديدة في الميناء...",
        True,
        dt.date(2016, 2, 20),
        "الميناء",
    ),
    # A comma before a date inside a sentence is not the RIA form.
    (
        "передал дежурный по вокзалу, 11.10.2018",
        "передал дежурный по вокзалу,",
        False,
        dt.date(2018, 10, 11),
        None,
    ),
    ("", "", False, None, None),
]


@pytest.mark.parametrize(("text", "lede", "truncated", "date", "edition"), SUFFIXES)
def test_parse_description(
    text: str, lede: str, truncated: bool, date: dt.date | None, edition: str | None
) -> None:
    d = parse_description(text)
    assert (d.lede, d.truncated, d.date, d.edition) == (lede, truncated, date, edition)
    if d.suffix_start is not None:
        assert text[: d.suffix_start].rstrip() == d.lede


def test_impossible_suffix_date_keeps_its_parts() -> None:
    d = parse_description("The plant went online. 31.02.2022, Sputnik International")
    assert d.date is None and (d.day, d.month, d.year) == (31, 2, 2022)
    assert d.lede == "The plant went online."


@given(st.text(max_size=300))
def test_parse_description_never_loses_the_lede(text: str) -> None:
    d = parse_description(text)
    assert text.startswith(d.lede) or text.rstrip().startswith(d.lede)


KEYWORDS = [
    ("pays-bas", True),
    ("marie curie", True),
    ("морской порт (морпорт калининграда)", True),
    ("john smith sr.", True),
    ("выставка-2019", True),
    ("港口电站", True),
    ("Marie Curie", False),
    ("il a parlé.", False),
    ("what did he say?", False),
    ("https://example.org/a", False),
    ("2022", False),
    ("", False),
    ("a very long line of lower case words that goes on and on", False),
    # a sentence ends in the script's own full stop (Ethiopic, Armenian, Urdu, Devanagari)
    ("ሚኒስትሩ ድርድሩ ይቀጥላል ብለዋል።", False),
    ("նա ասաց, որ բանակցությունները շարունակվում են։", False),
    ("وزیر نے کہا کہ بات چیت جاری ہے۔", False),
    ("मंत्री ने कहा कि बातचीत जारी है॥", False),
    # a full stop after a word of a script without case ends a sentence, not an abbreviation
    ("장관은 협상이 계속된다고 말했다.", False),
    ("ახალი ხიდი გაიხსნა.", False),
    # near misses: keywords in those scripts, and a cased abbreviation's stop
    ("ድርድሩ", True),
    ("협상", True),
    ("donald trump jr.", True),
    ("u.s. sanctions", True),
]


@pytest.mark.parametrize(("text", "expected"), KEYWORDS)
def test_is_keyword(text: str, expected: bool) -> None:
    assert is_keyword(text) is expected


def test_split_keyword_list() -> None:
    assert split_keyword_list("pêche, valmare, droit d'auteur") == (
        "pêche",
        "valmare",
        "droit d'auteur",
    )
    assert split_keyword_list("Paris, le 3 mai") is None
    assert split_keyword_list("seul") is None
