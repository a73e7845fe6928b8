"""The gate before the dateline grammar: a cheap refusal that never refuses a dateline.

``datelines._GATE`` reads only a text's first words. It must let through every opening the
grammar matches (it is a superset), and it should refuse the ordinary sentences that open
most bodies, which is what makes it worth its cost. Every sentence here is written for these
tests.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from test_dateline_shapes import NEAR_MISSES, SHAPES
from test_datelines import BAD, GOOD

from wirefmt.fields.datelines import _GATE, WINDOW, _match, parse_dateline


def _gate_refuses(text: str) -> bool:
    return _GATE.match(text[:WINDOW]) is None


def _grammar_matches(text: str) -> bool:
    return _match(text[:WINDOW]) is not None


# Openings the grammar reads, one per way a dateline can open (the tables of the other
# dateline tests are checked below too).
OPENINGS = [
    "LONDON, March 3 (Reuters) - Grain prices rose.",
    "Rio de Janeiro (AFP) - Le gouvernement a annoncé.",
    "Frankfurt am Main (dpa) - Die Börse schloss fester.",
    "Lima, lunes, 3 de mayo.- El ministro habló.",
    "Madrid a 9 de marzo (EFE).- El Gobierno aprobó el plan.",
    "LONDON March 3 (Reuters) - Oil fell.",
    "marzo 13 (Reuters) - El peso subió.",
    "Sao Tome - STPA/ O governo anunciou.",
    "JAKARTA, kompas.com - Pemerintah mengumumkan.",
    "agenzianova.com - Il governo ha deciso.",
    "L'AQUILA (ANSA) - Il sindaco ha parlato.",
    "By jane roe  PARIS (AP) -- The talks ended.",
    "МОСКВА, 3 марта. /ТАСС/. Правительство утвердило план.",
    "АФИНЫ, 3 мар - РИА Новости. Парламент принял закон.",
    "Αθήνα (ΑΠΕ) - Η κυβέρνηση ανακοίνωσε το σχέδιο.",
    "İZMİR (AA) - Belediye yeni bir plan açıkladı.",
    "ԵՐԵՎԱՆ, 3 մարտի (Արմենպրես) - Կառավարությունը հայտարարեց.",
    "新华社北京3月3日电 国务院今天宣布。",
    "دمشق، 3 آذار (سانا) - أعلنت الحكومة.",
]

# Ordinary first sentences of a body, in several languages and scripts: the gate refuses
# them after a few words, so the grammar is never asked.
PROSE = [
    "Depuis janvier 2021, le port construit un nouveau quai pour les navires.",
    "The minister said on Monday that the talks would go on.",
    "Der Minister sagte am Montag, die Gespräche gingen weiter.",
    "Президент заявил в понедельник, что переговоры продолжатся.",
    "Ο υπουργός δήλωσε τη Δευτέρα ότι οι συνομιλίες συνεχίζονται.",
    "Bakan pazartesi günü görüşmelerin süreceğini söyledi.",
    "Joe Biden, the president, spoke on Monday.",
    "L'Afrique du Sud a annoncé une nouvelle loi lundi.",
    "Nach Angaben der Behörden wurden drei Menschen verletzt.",
    "Правительство России утвердило новый план развития портов.",
]


@pytest.mark.parametrize("text", OPENINGS)
def test_the_gate_lets_each_kind_of_opening_through(text: str) -> None:
    assert _grammar_matches(text), text  # (the table holds datelines)
    assert not _gate_refuses(text)


@pytest.mark.parametrize("text", PROSE)
def test_the_gate_refuses_ordinary_first_sentences(text: str) -> None:
    assert _gate_refuses(text)
    assert parse_dateline(text) is None


def _tables() -> list[str]:
    texts = [row[0] for row in GOOD] + list(BAD) + OPENINGS + PROSE
    return texts + [row[1] for row in SHAPES] + list(NEAR_MISSES)


@pytest.mark.parametrize("text", _tables())
def test_the_gate_never_refuses_what_the_grammar_reads_on_the_tables(text: str) -> None:
    # also from each later word: the bodies the page-dump reader asks about open anywhere
    starts = [0] + [i + 1 for i, c in enumerate(text[:WINDOW]) if c in " \n"]
    for at in starts:
        if _gate_refuses(text[at:]):
            assert not _grammar_matches(text[at:]), text[at:]


_PIECES = [
    "LONDON", "Lyon", "Rio", "de", "la", "a", "lunes", "marzo", "March", "Mar.", "kompas.com",
    "МОСКВА", "Москва", "марта", "Αθήνα", "İZMİR", "ılık", "O'Hare", "دمشق", "北京", "Tuesday",
    "3", "14", "2021", "3rd", ",", ", ", ".", ". ", " ", "  ", " - ", "-", " — ", "/", " /",
    "(AFP)", "(dpa)", " (Reuters)", "/ТАСС/", "РИА Новости", "STPA", "\n", ":", "the", "said",
    "تهران", "ایرنا", "3-3-2024", "/قنا/", "(كونا)", "--", "vasárnap", "(ELTA).", "2024.",
]  # fmt: skip


@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=12).map("".join))
def test_the_gate_never_refuses_what_the_grammar_reads(text: str) -> None:
    if _gate_refuses(text):
        assert not _grammar_matches(text), text
