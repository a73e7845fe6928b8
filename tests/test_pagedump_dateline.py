"""The article's dateline read from the body: after a headline glued before it (split off
by the body splitter as a subhead), after a ticker's time heading, or standing alone as the
body's first line."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

import wirefmt
from wirefmt._model import Paragraph
from wirefmt.formats.pagedump._dateline import split_glued_dateline

HEAD = "Titre\n\nUne description.\n\n2025-06-03T09:30+0100\n\nmot\n\n"

GLUED = [
    # (body, place, agency, the dateline as printed)
    (
        "Ministers agree on a grain corridorISTANBUL, Turkey (AP) — Ministers met in the city "
        "on Monday. They agreed on a plan.",
        "ISTANBUL, Turkey",
        "AP",
        "ISTANBUL, Turkey (AP) — ",
    ),
    (
        "Regierung einigt sich auf HaushaltBerlin (dpa) - Die Koalition hat sich geeinigt. "
        "Das sagte der Sprecher.",
        "Berlin",
        "dpa",
        "Berlin (dpa) - ",
    ),
    (
        "Il governo approva il pianoROMA, 3 giu (ANSA) - Il governo ha approvato il piano. "
        "Lo ha detto il ministro.",
        "ROMA",
        "ANSA",
        "ROMA, 3 giu (ANSA) - ",
    ),
    (
        "19:05 Gipfel beginnt späterBrüssel (dpa) - Der Gipfel beginnt eine Stunde später. "
        "Das teilte die Kommission mit.",
        "Brüssel",
        "dpa",
        "Brüssel (dpa) - ",
    ),
]


@pytest.mark.parametrize(("body", "place", "agency", "printed"), GLUED)
def test_a_dateline_after_a_glued_headline_is_the_articles(
    body: str, place: str, agency: str, printed: str
) -> None:
    doc = HEAD + body + "\n"
    a = wirefmt.parse(doc)
    assert a.dateline is not None
    assert (a.dateline.place, a.dateline.agency) == (place, agency)
    assert a.dateline.start is not None and a.dateline.end is not None
    assert doc[a.dateline.start : a.dateline.end] == printed
    assert a.body_text == body  # the body keeps every character


def test_a_dateline_on_a_line_of_its_own_is_the_articles() -> None:
    doc = HEAD + "MOSCOW, June 3 (Sputnik) -\nThe talks opened today. They will go on.\n"
    a = wirefmt.parse(doc)
    assert a.dateline is not None
    assert (a.dateline.place, a.dateline.agency) == ("MOSCOW", "Sputnik")


@pytest.mark.parametrize(
    "body",
    [
        # a subhead, then a paragraph with no dateline
        "Die wichtigsten PunkteDie Regierung hat sich geeinigt. Das sagte der Sprecher.",
        # a camel-case name inside a headline is no dateline
        "YouTube changes its rulesThe company said on Monday it would change. It did.",
        # a dateline further down the body is not the article's
        "Le conseil a voté. Le maire a parlé.\nPARIS (AFP) - Une autre dépêche suit ici.",
    ],
)
def test_near_miss_no_dateline_is_read(body: str) -> None:
    a = wirefmt.parse(HEAD + body + "\n")
    assert a.dateline is None


def test_dateline_parts_describe_its_date() -> None:
    # The suffix says 1 January; the body's dateline says Dec 31: the date and its parts
    # come from the same source (the suffix), the place from the body.
    doc = (
        "Year-end talks\n\nThe talks ended. 01.01.2022, Sputnik International\n\n"
        "2022-01-01T10:00+0000\n\ntalks\n\n"
        "MOSCOW, Dec 31 (Sputnik) - The talks ended late on Friday. Both sides spoke.\n"
    )
    d = wirefmt.parse(doc).dateline
    assert d is not None
    assert (d.place, d.date, d.day, d.month, d.year) == ("MOSCOW", dt.date(2022, 1, 1), 1, 1, 2022)
    assert doc[d.start : d.end] == "MOSCOW, Dec 31 (Sputnik) - "


ALONE = [
    # (body, place): the dateline is the body's first block, glued to the story (a place alone
    # needs a story's sentence of ten words after it)
    (
        "БИШКЕКПрезидент страны не примет участия в саммите, сообщила его пресс-служба в "
        "понедельник. Причины не названы.",
        "БИШКЕК",
    ),
    (
        "TBILISIThe talks opened on Monday in the capital after a delay of two weeks. They "
        "will last three days.",
        "TBILISI",
    ),
    (
        "ΑΘΗΝΑΟι υπουργοί ανακοίνωσαν τη Δευτέρα ένα νέο σχέδιο για τις μεταφορές στο κέντρο. "
        "Θα ισχύσει από τον Μάιο.",
        "ΑΘΗΝΑ",
    ),
    (
        "MINSK, Belarus, March 3By Jane Roe - Agency:The talks opened today. They will go on.",
        "MINSK, Belarus",
    ),
]


@pytest.mark.parametrize(("body", "place"), ALONE)
def test_a_dateline_alone_as_the_first_block_is_the_articles(body: str, place: str) -> None:
    doc = HEAD + body + "\n"
    a = wirefmt.parse(doc)
    assert a.dateline is not None
    assert (a.dateline.place, a.dateline.agency) == (place, None)
    assert a.dateline.start is not None and a.dateline.end is not None
    # the dateline is the first block; the story starts where the second does
    assert doc[a.dateline.start :].startswith(place)
    assert a.body[1].start == a.dateline.end
    assert a.body_text == body  # the body keeps every character


@pytest.mark.parametrize(
    "body",
    [
        # a heading of two words in capitals, then the story: no place
        "GIRLS BASKETBALLPalm Bay beat Rockledge by twenty points. It ended late.",
        # a kicker in capitals before a short line
        "SANKTIONENKurz notiert",
    ],
)
def test_near_miss_a_heading_alone_is_no_dateline(body: str) -> None:
    a = wirefmt.parse(HEAD + body + "\n")
    assert a.dateline is None


_OPENINGS = ["БИШКЕК", "TBILISI", "MINSK, Belarus, March 3", "Berlin (dpa) - ", "PARIS", "US", "Ab"]
_STORIES = [
    "The talks opened on Monday in the capital after a delay of two weeks, officials said.",
    "Президент страны не примет участия в саммите, сообщила его пресс-служба в понедельник.",
    "Kurz notiert",
    "By Jane Roe - Agency:",
    "",
]


@given(st.sampled_from(_OPENINGS), st.sampled_from(_STORIES), st.integers(0, 40))
def test_cutting_a_glued_dateline_keeps_every_character(opening: str, story: str, at: int) -> None:
    """Whatever the first block holds, the blocks after the cut hold the same characters at the
    same offsets, one after the other."""
    text = opening + story
    block = Paragraph(text, at, at + len(text))
    out = split_glued_dateline([block, Paragraph("Next.", at + len(text), at + len(text) + 5)])
    assert "".join(b.text for b in out) == text + "Next."
    assert out[0].start == at
    for a, b in itertools.pairwise(out):
        assert a.end == b.start and a.end - a.start == len(a.text)
    assert len(out) in (2, 3)


# A dateline whose terminator opens with a full stop and a dash (EFE's ``.-``): the body
# splitter may cut before the dash, which also opens a ticker's items; the dateline is read
# as printed across the cut.
CUT_BEFORE_DASH = [
    ("Quito, 3 mar (EFE).- El Gobierno presentó el plan. Lo dijo el ministro.", "Quito", "EFE"),
    ("Madrid, Mar 3 (EFE).- Spain's cabinet approved the plan. The minister said so.", "Madrid",
     "EFE"),
    ("Ciudad de Panamá, 3 Mar (Notimex).- El Gobierno presentó un plan nuevo.",
     "Ciudad de Panamá", "Notimex"),
]  # fmt: skip


@pytest.mark.parametrize(("body", "place", "agency"), CUT_BEFORE_DASH)
def test_a_dateline_cut_before_its_dash_is_the_articles(body: str, place: str, agency: str) -> None:
    a = wirefmt.parse(HEAD + body + "\n")
    assert a.dateline is not None
    assert (a.dateline.place, a.dateline.agency) == (place, agency)
    assert a.dateline.end is not None
    assert (HEAD + body)[a.dateline.end - 2 : a.dateline.end] == "- "  # the story follows
    # and the first paragraph is the dateline and its story, as printed, not cut at the dash
    assert a.body[0].text.startswith(body[: a.dateline.end - len(HEAD)])
    assert a.body[0].text.endswith(".")


def test_near_miss_a_short_paragraph_before_a_dashed_item_is_not_joined() -> None:
    # a lead-in and its first item glued on one line: no dateline opens it, so the cut stays
    body = "Las medidas son tres.- Cerrar las tiendas a las diez.\n"
    a = wirefmt.parse(HEAD + body)
    assert [b.text for b in a.body] == ["Las medidas son tres.", "- Cerrar las tiendas a las diez."]


def test_near_miss_a_short_first_paragraph_and_a_dashed_item_are_no_dateline() -> None:
    body = "Las medidas son tres.\n- Cerrar las tiendas a las diez.\n- Abrir los parques.\n"
    assert wirefmt.parse(HEAD + body).dateline is None


# A headline glued before a dateline that the body splitter does not cut there: before a
# bracket (the agency first), before capitals closed by a full stop, before a place alone on
# its line, before ``【``. The headline becomes a subhead and the dateline is the article's.
GLUED_UNCUT = [
    ("Il governo approva il piano(ANSA) - ROMA, 3 MAR - Il governo ha approvato il piano.",
     "Il governo approva il piano", "ROMA", "ANSA"),
    ("Уряд затвердив новий планКИЇВ. 3 березня. УНН. Уряд затвердив план розвитку портів.",
     "Уряд затвердив новий план", "КИЇВ", "УНН"),
    ("Ministers agree on a grain corridorTBILISI\nThe government approved a new plan on Sunday,"
     " officials said in a statement.", "Ministers agree on a grain corridor", "TBILISI", None),
    ("Правительство утвердило планБИШКЕК\nПравительство утвердило новый план развития "
     "портов, сообщили в министерстве в понедельник.", "Правительство утвердило план",
     "БИШКЕК", None),
    ("政府発表【ソウル共同】韓国政府は3日、新たな計画を発表した。", "政府発表", "ソウル", "共同"),
]  # fmt: skip


@pytest.mark.parametrize(("body", "headline", "place", "agency"), GLUED_UNCUT)
def test_a_headline_glued_before_a_dateline_is_cut_off(
    body: str, headline: str, place: str, agency: str | None
) -> None:
    a = wirefmt.parse(HEAD + body + "\n")
    assert a.dateline is not None
    assert (a.dateline.place, a.dateline.agency) == (place, agency)
    assert a.body[0].text == headline
    assert a.body[0].kind == "subhead"
    assert a.body_text == body.replace("\n", "")  # every character but the line breaks


# A headline that ends in "?" or "!" is cut as a short paragraph: the dateline after it is
# still the article's.
@pytest.mark.parametrize(
    ("body", "place", "agency"),
    [
        ("Will the talks go on?GENEVA (Reuters) - Diplomats met on Monday.", "GENEVA", "Reuters"),
        ("¿Habrá acuerdo?Bruselas (EFE) - Los ministros se reunieron el lunes.", "Bruselas",
         "EFE"),
        ("Enfin la paix !Kinshasa (AFP) - Les deux parties ont signé lundi.", "Kinshasa", "AFP"),
    ],
)  # fmt: skip
def test_a_dateline_after_a_question_headline_is_the_articles(
    body: str, place: str, agency: str
) -> None:
    a = wirefmt.parse(HEAD + body + "\n")
    assert a.dateline is not None
    assert (a.dateline.place, a.dateline.agency) == (place, agency)


@pytest.mark.parametrize(
    "body",
    [
        # a camel-case word, a bracket that is no agency, a bracket inside a sentence
        "Apple zeigt das neue iPhone (Foto) - Das Gerät kommt im Herbst in den Handel.",
        "Lo que dijo el ministro(EFE) no cambia nada, según los expertos.",
        "Washington Post reportsWASHINGTON POST REPORTS that the talks failed.",
        # a question, then a sentence opening with a place and a bracket that is no agency
        "Ist das die Lösung?Paris (France) est une ville que le ministre connaît bien.",
    ],
)
def test_near_miss_a_glued_place_that_is_no_dateline(body: str) -> None:
    a = wirefmt.parse(HEAD + body + "\n")
    assert a.dateline is None
    assert a.body_text == body
