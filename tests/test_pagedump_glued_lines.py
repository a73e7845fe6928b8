"""A line holding a sentence end glued to the next sentence is body text printed on one line
(``formats.pagedump._prose.is_glued``): the stops of every script that spaces its sentences
(``wirefmt._unicode.SENTENCE_STOPS``). Sentences are ours."""

from __future__ import annotations

import pytest

from wirefmt.formats.pagedump._prose import is_glued


@pytest.mark.parametrize(
    "text",
    [
        "Le pont a rouvert mardi.Selon le maire, les travaux ont coûté cher.",
        "Köprü salı günü açıldı.Belediye başkanı açıklama yaptı.",
        "وزیر نے پل کا افتتاح کیا۔شہر کے میئر نے کہا کہ کام مکمل ہے۔",  # Urdu full stop
        "मंत्री ने पुल खोला।महापौर ने कहा कि काम पूरा है।",
        "Η γέφυρα άνοιξε\u037eΟ δήμαρχος μίλησε.",  # the Greek question mark
        "Նախարարը բացեց կամուրջը։Քաղաքապետը խոսեց։",
    ],
)
def test_a_glued_sentence_end_in_each_script(text: str) -> None:
    assert is_glued(text)


@pytest.mark.parametrize(
    "text",
    [
        "Le pont a rouvert mardi. Selon le maire, les travaux ont coûté cher.",
        "Sanctions imposed by the U.S.Officials gave no date",  # initials: no trace
        "M.Poutine a parlé",
        "新桥周二通车。市长表示工程已完工。",  # CJK prints no space after any sentence
        "وزیر نے پل کا افتتاح کیا۔ شہر کے میئر نے کہا۔",
    ],
)
def test_near_misses_hold_no_glued_break(text: str) -> None:
    assert not is_glued(text)
