"""The description suffix with an edition name off the platform's list: the name is open
(inner dots, a leading digit, lower case, short capitals), told by its shape alone."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

import wirefmt
from wirefmt import parse_description

OPEN_NAMES = [
    # (description, lede, edition)
    (
        "Der Stadtrat tagte bis spät... 12.03.2022, Stadtkurier.de",
        "Der Stadtrat tagte bis spät...",
        "Stadtkurier.de",
    ),
    (
        "Le conseil a voté le budget. 12.03.2022, 24 Heures",
        "Le conseil a voté le budget.",
        "24 Heures",
    ),
    (
        "Die Brücke bleibt gesperrt 12.03.2022, example.de",
        "Die Brücke bleibt gesperrt",
        "example.de",
    ),
    (
        "Ереванский мэр ответил журналистам... 05.11.2023, news.example.am",
        "Ереванский мэр ответил журналистам...",
        "news.example.am",
    ),
    ("Vlada je usvojila zakon. 21.03.2022, Vesti.rs", "Vlada je usvojila zakon.", "Vesti.rs"),
    ("Il sindaco ha parlato... 02.02.2024, TG 24", "Il sindaco ha parlato...", "TG 24"),
    # RIA's order: the name, then the date, after a sentence end
    (
        "Министр ответил на вопросы... example.ru, 03.06.2025",
        "Министр ответил на вопросы...",
        "example.ru",
    ),
    (
        "The minister spoke on Monday. 24 News, 03.06.2025",
        "The minister spoke on Monday.",
        "24 News",
    ),
]


# Names in other scripts, with a hyphen, in short capitals; a lede cut with "…"; a lede whose
# own last sentence ends in a date-like number before the suffix.
OPEN_NAMES += [
    ("Урад зацвердзіў план. 12.03.2022, Спутник Беларусь", "Урад зацвердзіў план.",
     "Спутник Беларусь"),
    ("أعلنت الحكومة خطة جديدة. 12.03.2022, سبوتنيك عربي", "أعلنت الحكومة خطة جديدة.",
     "سبوتنيك عربي"),
    ("政府公布了新的港口计划。 12.03.2022, 俄罗斯卫星通讯社", "政府公布了新的港口计划。",
     "俄罗斯卫星通讯社"),
    ("მთავრობამ ახალი გეგმა წარადგინა. 12.03.2022, Sputnik-Georgia",
     "მთავრობამ ახალი გეგმა წარადგინა.", "Sputnik-Georgia"),
    ("Moscow said the talks would go on. 12.03.2022, RT", "Moscow said the talks would go on.",
     "RT"),
    ("Il governo ha approvato il decreto… 12.03.2022, ANSA", "Il governo ha approvato il decreto…",
     "ANSA"),
    ("Η κυβέρνηση ενέκρινε το σχέδιο. 12.03.2022, Sputnik Ελλάδα",
     "Η κυβέρνηση ενέκρινε το σχέδιο.", "Sputnik Ελλάδα"),
    ("Der Vertrag läuft bis 31.12.2025. 12.03.2022, Stadtkurier.de",
     "Der Vertrag läuft bis 31.12.2025.", "Stadtkurier.de"),
    ("Le budget couvre 2021.12.03 à 2022.03.12. 13.03.2022, Sputnik Afrique",
     "Le budget couvre 2021.12.03 à 2022.03.12.", "Sputnik Afrique"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "lede", "edition"), OPEN_NAMES)
def test_an_edition_off_the_list_is_read_by_its_shape(text: str, lede: str, edition: str) -> None:
    d = parse_description(text)
    assert (d.lede, d.edition) == (lede, edition)
    assert d.date is not None


NEAR_MISSES = [
    # a sentence follows the date: the name may not end in a stop
    "Der Vertrag gilt ab 12.03.2022, sagte er.",
    # a clause of many words after the date is no name
    "Le texte a été signé le 12.03.2022, puis le conseil en a débattu toute la journée",
    # a name opened by a quotation mark
    'Il a dit. 12.03.2022, "Le Journal"',
    # RIA's order needs a sentence end before the name
    "передал дежурный по вокзалу example.ru, 03.06.2025",
    # a real sentence with a date and a comma clause; a price and a currency
    "The two sides agreed on 12.03.2022, officials said.",
    "Die Parteien einigten sich am 12.03.2022, hieß es.",
    "Gold stood at 12.03, Euro",
    "Le cours a clôturé à 12.03, euros",
]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_near_miss_no_edition_is_read(text: str) -> None:
    assert parse_description(text).edition is None


def test_an_open_edition_gives_the_dump_its_dateline() -> None:
    doc = (
        "Der Stadtrat tagt\n\nDer Stadtrat tagte bis spät... 12.03.2022, Stadtkurier.de\n\n"
        "2022-03-12T20:00+0100\n\nstadtrat\n\nDer Stadtrat tagte. Er beschloss den Haushalt.\n"
    )
    a = wirefmt.parse(doc)
    assert a.lede == "Der Stadtrat tagte bis spät..."
    assert a.dateline is not None
    assert (a.dateline.agency, a.dateline.date) == ("Stadtkurier.de", dt.date(2022, 3, 12))
    assert a.edition == "Stadtkurier.de"


@given(
    st.text(alphabet="ab .,!?Z1", max_size=40),
    st.from_regex(r"[A-Za-z0-9]{1,8}(\.[a-z]{2,3})?( [A-Za-z0-9]{1,8}){0,2}", fullmatch=True),
)
def test_a_name_after_a_date_is_cut_off_whole(lede: str, name: str) -> None:
    text = f"{lede} 03.06.2025, {name}"
    d = parse_description(text)
    assert d.edition == name
    assert d.suffix_start is not None and text[d.suffix_start :] == f"03.06.2025, {name}"


def test_suffix_span_starts_at_the_date() -> None:
    d = wirefmt.parse_description("Liman yeniden açıldı... 03.06.2025")
    assert d.suffix_start is not None
    assert "Liman yeniden açıldı... 03.06.2025"[d.suffix_start :] == "03.06.2025"
