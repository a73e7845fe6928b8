"""The merged body scanner, rebuilt for speed, finds exactly what its plain reading finds.

``_body_grammar._merged_scanner`` refuses the commonest candidates (a capital after a space,
a stop before a space, a capital right after a stop) by a first test, and tries the costly
word lists (abbreviations, file extensions) only behind a cheap one. The reference below is
the scanner as it read before those tests were added, built from the same shared pieces
(the joins, the marks' branches, the word lists); every match must be the same: its span,
its branch (``lastgroup``) and the groups body.py reads.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from wirefmt.fields import _body_grammar as g


def _reference_not_a_full_stop(c: dict[str, str]) -> str:
    letter, alnum = c["WORD_LETTER"], c["ALNUM"]
    whole = f"(?<!{letter})"
    refused = [f"(?<={whole}{letter}\\.)(?<!\\.{letter}\\.)(?<!\\d[ \u00a0]{letter}\\.)"]
    up = c["UP"]
    refused += [f"(?<={whole}{up}{{{n}}}\\.)(?={up}{{1,3}}+\\.)" for n in (2, 3)]
    refused += [f"(?<={whole}{group}\\.)(?=\\d)" for group in g._by_length(g.ABBREVIATIONS)]
    extensions = "|".join(sorted(map(re.escape, g.FILE_EXTENSIONS), key=lambda w: (-len(w), w)))
    refused.append(f"(?<={letter}\\.)(?i:{extensions})(?!{alnum})")
    return rf"(?!(?<=\.)(?!{g.STOP})(?:{'|'.join(refused)}))"


def _reference_abbreviation_stop(c: dict[str, str]) -> str:
    whole = f"(?<!{c['WORD_LETTER']})"
    marked = "|".join(f"(?<={whole}{group}\\.)" for group in g._by_length(g.ABBREVIATIONS))
    return rf"(?:(?<=\.)(?:{marked})(?P<abbr>))?"


def _reference_scanner(c: dict[str, str]) -> str:
    """The merged scanner without its first tests (each branch tried in turn)."""
    up, stop = c["UP"], g.STOP
    stop_first = r"[.!?…‼⁇⁈⁉؟۔।։\u037e;:]"
    marks = r"[+•■►▶●▪\-–—]"
    plain = up.startswith("[") and not up.startswith("[[")
    union = (
        up[:-1] + stop_first[1:-1] + marks[1:-1] + "]"
        if plain
        else f"(?:{up}|{stop_first}|{marks})"
    )
    quotes = rf"(?:{g.QUOTE}|{g.GAP}(?=[»›])|(?<=[«‹]){g.GAP}){{0,6}}+"
    after = rf"{up}|{c['UNC']}|\d(?<![\d\W]{stop}\d)|[¿¡(\[*•■►▶●▪]|[-–—]\s|\+\+"
    sentence_rest = (
        rf"(?:(?<={stop})(?<!{stop}{stop})(?={stop}*+{quotes}(?:{after}))"
        rf"{_reference_not_a_full_stop(c)}{_reference_abbreviation_stop(c)}{stop}*+"
        rf"|(?<=;)(?<={c['GREEK']};)"
        rf"|(?<=:)(?<={c['ARMENIAN']}:))"
        rf"(?P<quotes>{quotes})"
        rf"(?=(?P<next>{after}))"
    )
    _, join, _ = g._scanner_patterns(c)
    join_rest = f"(?<={up})" + join[len(up) :]
    at_stop, at_mark = g._marks_rest(c)
    return (
        f"{union}(?:(?<={stop_first})(?<!{stop}{stop})(?:{sentence_rest}|{at_stop})"
        f"|{join_rest}|{at_mark})"
    )


_BUILDS: dict[str, tuple[Callable[..., Any], int, Callable[[], dict[str, str]]]] = {
    "fast": (re.compile, 0, g._bmp_classes),
    "full": (regex.compile, regex.VERSION1, lambda: g._FULL_CLASSES),
}
_COMPILED: dict[str, tuple[Any, Any]] = {}


def _scanners(build: str) -> tuple[Any, Any]:
    """(the reference, the scanner in use) of one build, compiled once."""
    if build not in _COMPILED:
        compile_, flags, classes = _BUILDS[build]
        reference = compile_(_reference_scanner(classes()), flags)
        in_use = g.FAST.scan if build == "fast" else compile_(g._merged_scanner(classes()), flags)
        _COMPILED[build] = (reference, in_use)
    return _COMPILED[build]


def _matches(pattern: Any, text: str) -> list[tuple[object, ...]]:
    return [
        (m.span(), m.lastgroup, m.span("quotes"), m.span("abbr"), m.span("case_word"))
        for m in pattern.finditer(text)
    ]


#: Pieces of prose in the shapes the scanner reads (written for this test), in several
#: scripts: words in either case, capitals after a space, a stop or a quote, stops and runs
#: of them, quotes and French gaps, marks, digits and times, listed abbreviations and file
#: extensions in either case, links, white space of several kinds.
_PIECES = [
    *"abcdeé ıiİIşğüçÉDLKSPMN ",  # Latin, Turkish dotted and dotless i
    *"ажбвгдЖБВГДЛМ",  # Cyrillic
    *"αβγδΑΒΓΔΩ",  # Greek
    *"աբգդԱԲԳԴ",  # Armenian
    *"قالوأض中文",  # without case
    *".!?…;:,",
    *"\"'’”»“«„‘‹›)]",
    *" \u00a0\u202f\t",
    *"+•■-–—",
    *"0123456789",
    "\u0301",  # a combining mark
    "Le ",
    "la ",
    " Der",
    "pays.",
    "Selon",
    "Мос",
    "ква",
    "Ἀθ",
    "Ĳ",
    "ß",
    "K",  # the Kelvin sign: a capital that case folding reads as k
    "ſ",
    "https://",
    "14h32",
    "a14h32 : ",
    " ул.",
    " Млн.",
    " usw.",
    "Ende9h05 - ",
    "19.05",
    "p.m.",
    "U.K.",
    "« ",
    " »",
    "+++ ",
    *sorted(g.ABBREVIATIONS)[::7],
    *(w.upper() for w in sorted(g.ABBREVIATIONS)[3::11]),
    *sorted(g.FILE_EXTENSIONS)[::3],
    *(w.upper() for w in sorted(g.FILE_EXTENSIONS)[1::4]),
    *(w.title() for w in sorted(g.FILE_EXTENSIONS)[2::5]),
]

_PROSE = st.lists(st.sampled_from(_PIECES), max_size=40).map("".join)


@pytest.mark.parametrize("build", ["fast", "full"])
@given(text=_PROSE)
def test_scanner_matches_its_plain_reading(build: str, text: str) -> None:
    reference, in_use = _scanners(build)
    assert _matches(in_use, text) == _matches(reference, text)


@pytest.mark.parametrize("build", ["fast", "full"])
@pytest.mark.parametrize(
    "text",
    [
        # French: a sentence end, a capital after a space, a quoted join behind « and a gap
        "Il est arrivé. Le maire a parlé.Selon lui, rien« Nous partons »La suite.",
        # German and English: an abbreviation before a capital and before a digit, a file
        # extension, an initialism, a time heading
        "Die Acme Inc.Der Vertrag, No.5 und report.PDF sind da.19.05 Uhr: Gipfel beginnt",
        "Back to the U.K.Officials said.It is in the file.Pdf and the talks:Defence",
        # Russian, Greek, Armenian: glued stops and a case join
        "Он сказал.Москва ждёт ответаПрезидент. τώρα;Η απάντηση. Նա ասաց:Նա եկավ",
        # near misses: a stop before a space, a capital after a stop run, elisions
        "Il a dit... Puis l’Ukraine et d'Emmanuel. »Fin",
        "Le direct14h32 : Le maire parle. 09:15 - Fin",
        # near misses: a stop inside a word or before a lower-case letter, a run of stops
        "voir p.ex.la note, a.b.c et z.B.die Sache?!?..., τέλος;και. Vers 9.30 h",
        # listed abbreviations before a capital, in Cyrillic and Latin (marked ``abbr``)
        "Дом на ул.Ленина, 5 млн.Рублей и т.д.Потом. Die Firma usw.Die Gen.Smith",
    ],
)
def test_scanner_matches_on_written_prose(build: str, text: str) -> None:
    reference, in_use = _scanners(build)
    assert _matches(in_use, text) == _matches(reference, text)
