"""The body splitter's grammar: every regex fragment and word list, each compiled once.

Each fragment is named and carries a sample it must match (written for this module, not
copied from any source). Every pattern runs in linear time: runs are possessive or bounded,
look-arounds have a fixed width, and a run that could be retried from inside itself (a run
of stops) is matched from its first character only, so ``finditer`` never rescans it. The
scanners come in two builds of one template (FAST, stdlib ``re`` over classes expanded from
the ``regex`` properties; FULL, the properties themselves, for text above U+FFFF), each
pattern compiled when first used: see :class:`Scanners`.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from importlib import resources
from re import Pattern
from typing import Any

import regex

from wirefmt._unicode import SENTENCE_STOPS, bmp_classes

__all__ = [
    "ABBREVIATIONS",
    "CAMEL_NAMES",
    "FILE_EXTENSIONS",
    "UNCASED_LANGS",
]

# -- character classes ---------------------------------------------------------------------
# Georgian has upper- and lower-case code points (Mtavruli, Mkhedruli) but its prose is
# written in one case only, so it counts as a script without case here.

#: An upper-case (or title-case) letter of a cased script: ``É``, ``Ж``, ``Ω``, ``Ա``, ``İ``.
UPPER = r"[[\p{Lu}\p{Lt}]--\p{Georgian}]"
#: A lower-case letter of a cased script: ``é``, ``ж``, ``ω``, ``ա``, ``ı``.
LOWER = r"[\p{Ll}--\p{Georgian}]"
#: A letter of a script without case: ``ب``, ``中``, ``ქ``, ``あ`` (not the ordinals ``ª º``).
UNCASED = r"[[\p{Lo}\p{Georgian}]--[ªº]]"
#: Sentence-final punctuation: ``.`` ``!`` ``?`` ``…`` and the Arabic, Urdu, Devanagari,
#: Armenian and Greek stops (``؟ ۔ । ։ ;``). The CJK ``。！？`` are not here: Chinese and
#: Japanese glue every sentence to the next, so a glued ``。`` says nothing about paragraphs.
STOP = f"[{SENTENCE_STOPS}]"
#: The space French puts inside guillemets (``« Non »``): plain, no-break, narrow no-break.
GAP = r"[ \u00a0\u202f]"
#: Marks that may follow a stop or a word: quotes either way, closing brackets: ``."`` ``.»«``.
QUOTE = r"[\"'’”»“«„‘‹›)\]」』]"

# -- small word lists, kept as data in wirefmt/data/ and each tested in tests/test_body.py --


def _words(name: str) -> frozenset[str]:
    """Read a word list from ``wirefmt/data/``: lower case, ``#`` starts a comment."""
    data = (resources.files("wirefmt") / "data" / name).read_text(encoding="utf-8")
    return frozenset(w for line in data.splitlines() for w in line.split("#")[0].split())


#: Abbreviations whose full stop is often glued to a name or number: ``Dr.Ivanov``, ``No.5``.
ABBREVIATIONS = _words("body_abbreviations.txt")
#: Camel-case names seen once in a text that a case join must not cut: ``WhatsApp``.
CAMEL_NAMES = _words("body_camel_names.txt")
#: File extensions and domains written in capitals after a dot: ``report.PDF``, ``Gazeta.Ru``.
FILE_EXTENSIONS = _words("body_dotted_suffixes.txt")
#: ISO 639-1 codes of languages written in scripts without letter case.
UNCASED_LANGS = frozenset(
    ("ar", "fa", "he", "ur", "ps", "yi", "zh", "ja", "ko", "th", "lo", "km", "my", "ka", "hi")
)


# -- the scanners, in two builds ------------------------------------------------------------
# The scanners run over every character. The stdlib ``re`` engine reads a plain character
# class several times faster than ``regex`` reads a property, so each scanner is built twice
# from one template: FAST, for text below U+10000 (nearly all text), with each class expanded
# once into the code-point ranges it matches (a bitmap for ``re``); and FULL, with the
# ``regex`` properties, for text holding an astral character. Both match the same.
#
# Expanding the classes and compiling the patterns cost some 60 ms, which every process that
# imported wirefmt paid, parsing or not. So each pattern is compiled when it is first used
# (FULL's only for a text holding an astral character; see ``_OnFirstUse``), and the classes
# are expanded then, all from one string of the code points below U+10000.
#
# SENTENCE_END finds glued stops, JOIN the subhead joins; each runs once over a line. Each
# branch is a named group and begins by consuming one character from a small class (a stop
# or a capital), with its fixed-width look-behinds after it, so the engine
# skips ordinary letters fast. body.py decides, with the document's own evidence, which
# candidates are boundaries.


def _scanner_patterns(c: dict[str, str]) -> tuple[str, str, str]:
    """SENTENCE_END, JOIN and HEADING_STOP over the classes ``c`` (UP, LO, UNC, LETTER,
    LO_OR_MARK, GREEK, ARMENIAN)."""
    # A sentence end glued to what may start a paragraph: ``pays.Selon``, ``sol".Des``,
    # ``key."I know``, ``Terror.»Nach``, ``gesichert.21:50``, ``noches.¿Qué``,
    # ``article.- La``, ``المعتدلة.وصرح``; in Greek a ``;`` (``τώρα;Η``), in Armenian a ``:``
    # (``է:Նա``). A run of stops is matched from its first character only (``?!``, ``...``).
    up, lo = c["UP"], c["LO"]
    # Each scanner starts with ONE character class, so the engine can skip to the next
    # character in it at C speed; the branch is then told by look-arounds around it.
    sentence_end = rf"""
        (?P<stop>[.!?…‼⁇⁈⁉؟۔।։\u037e;:]
            (?:(?<={STOP})(?<!{STOP}{STOP}){STOP}*+
            |(?<={c["GREEK"]};)
            |(?<={c["ARMENIAN"]}:)))
        (?P<quotes>(?:{QUOTE}|{GAP}(?=[»›])|(?<=[«‹]){GAP}){{0,6}}+)
        (?=(?P<next>{up}|{c["UNC"]}|\d(?<![\d\W]{STOP}\d)|[¿¡(\[*•■►▶●▪]|[-–—]\s|\+\+))
    """
    # Every join but a quoted one's sits inside a word: the character before the matched
    # capital is no space. Testing that first makes the engine drop most capitals (after a
    # space) at once.
    inside = r"(?<!\s[\s\S])"
    joins = (
        # A lower-case letter (maybe with combining marks, checked in body.py) glued to an
        # upper-case one, the capital matched: ``dialoguePlusieurs``, ``BasisRussische``.
        # The word from the capital on (up to 64 letters and marks) is captured for body.py
        # inside the (empty) ``case`` group, so that ``case`` stays the last group to close.
        rf"(?<={c['LO_OR_MARK']}{up})(?P<case>(?=(?P<case_word>{c['WORD_CHAR']}{{0,63}}+)))",
        # A digit glued to a capitalised word or an elided article, the capital matched:
        # ``Euro 2024Depois``, ``la linea M2L'azienda``.
        rf"(?<=\d{up})(?={lo}|['’]{c['WORD_LETTER']})(?P<digit>)",
        # An acronym glued to a capitalised word: ``pela ONUDe acordo`` (``S`` matched).
        rf"(?<={up}{up})(?={up}{lo})(?P<acronym>)",
        # A heading in capitals glued to a bullet dash: ``ESSENTIEL- Des`` (``L`` matched).
        rf"(?<={up}{up})(?=[-–—•]\s{{1,3}}+{up})(?P<capsdash>)",
        # A heading in capitals glued to a one-letter word opening the paragraph, the letter
        # matched: ``SANÇÕESA Comissão``, ``САНКЦИИВ Москве``, ``ΕΝΕΡΓΕΙΑΟ υπουργός``; or to
        # an elided article: ``ÉTRANGERL'Allemagne``, ``ESTEROL’Austria`` (not
        # ``AUJOURD'HUI``: after the apostrophe a lower-case letter, or a capital and a
        # lower-case one). The character after the letter is read first, so that capitals
        # inside a word in capitals fail at once (body.py asks for the rest).
        rf"(?=[ \u00a0'’])(?<={up}{up})(?=[ \u00a0'’]{up}?{lo})(?P<capsword>)",
        # A heading in capitals glued to a number opening the paragraph, the last capital
        # matched: ``SANCTIONS12 entreprises``, ``САНКЦИИ12 компаний`` (body.py asks for the
        # rest: a lower-case word after the number, a last word of three letters or more).
        rf"(?<={up}{up}{up})(?=\d{{1,4}}+(?:[.,]\d{{1,3}}+)?+\.?+[ \u00a0]{lo})(?P<capsdigit>)",
    )
    # A quote between a heading's last letter and a capital, the capital matched: closing
    # (``no 'VAR'Em``, ``le "non"Le``) or opening the paragraph (``dialogue"Nous``,
    # ``vue«\u00a0Le``, where a space stands before the capital). Matching the capital,
    # not the quote, keeps the quotes (apostrophes above all: ``l’homme``) out of the
    # scanner's first class.
    # An apostrophe after a word of one to four letters that follows a space is an elision,
    # never a closing quote (a closing quote follows the quoted word's opening quote):
    # ``l’Ukraine``, ``d'Emmanuel``, ``dell’Italia``, ``qu’Ankara`` are refused here, at no
    # cost to Python (French and Italian print many).
    elided = f"(?<!\\s{c['WORD_LETTER']}['’]{up})" + "".join(
        f"(?<!\\s{lo}{{{n}}}['’]{up})" for n in (2, 3, 4)
    )
    # A closing quote glued to an opening one before the capital (``precettare""Non``,
    # ``casa»«Chiediamo``, ``ende“„Wir``): the opening one is the mark judged.
    quoted = (
        rf"(?:(?<=['’\"”»«„“)]{up})(?:(?<={c['LETTER']}.{up}){elided}"
        rf"|(?<={c['LETTER']}[\"”»“'’][\"“«„]{up}))|(?<=«{GAP}{up})(?<={c['LETTER']}«{GAP}{up}))"
        r"(?P<qjoin>)"
    )
    join = up + "(?:" + inside + "(?:" + "|".join(joins) + ")|" + quoted + ")"
    return sentence_end, join, heading_stop(lo, c["WORD_LETTER"])


def _merged_scanner(c: dict[str, str]) -> str:
    """SENTENCE_END and JOIN as one scanner, read in one pass (see ``Scanners.scan``).

    Both consume exactly one character that picks the branch, a stop (``[.!?…;:…]``) or a
    capital, and the two sets are disjoint; a sentence end goes on over its stop run and
    quotes, where no join can start (a join's capital follows a letter, or a quote or a
    quote and a space that follow a letter; never a stop). So
    the merged matches are the two scanners' matches, in text order. The scanner opens with
    the union of the two classes, so the engine still skips ordinary letters at C speed.
    """
    up = c["UP"]
    stop_first = r"[.!?…‼⁇⁈⁉؟۔।։\u037e;:]"
    marks = r"[+•■►▶●▪\-–—]"
    plain = _simple_case(c)  # a FAST class: extend it
    union = (
        up[:-1] + stop_first[1:-1] + marks[1:-1] + "]"
        if plain
        else f"(?:{up}|{stop_first}|{marks})"
    )
    # SENTENCE_END past its first character, written without white space (no VERBOSE: GAP
    # holds a space)
    quotes = rf"(?:{QUOTE}|{GAP}(?=[»›])|(?<=[«‹]){GAP}){{0,6}}+"
    after = rf"{up}|{c['UNC']}|\d(?<![\d\W]{STOP}\d)|[¿¡(\[*•■►▶●▪]|[-–—]\s|\+\+"
    sentence_rest = (
        # The refusals (``_not_a_full_stop``) cost the most, so they are read last: after a
        # look-ahead has made sure that the rest of the branch matches (a stop followed by
        # white space or a digit, the commonest, fails there).
        # (the scanner has made sure that no stop stands before the first: see below)
        rf"(?:(?<={STOP})(?={STOP}*+{quotes}(?:{after})){_not_a_full_stop(c)}"
        rf"{_abbreviation_stop(c)}{STOP}*+"
        rf"|(?<=;)(?<={c['GREEK']};)"  # (the literal first: a full stop fails it at once)
        rf"|(?<=:)(?<={c['ARMENIAN']}:))"
        rf"(?P<quotes>{quotes})"
        rf"(?=(?P<next>{after}))"
    )
    _, join, _ = _scanner_patterns(c)
    assert join.startswith(up)
    # each branch first makes sure of the character it read: a run of stops fails the join
    # branch at once instead of trying its look-behinds
    join_rest = f"(?<={up})" + join[len(up) :]
    # A stop is tried as a sentence end, then (a colon, or a stop after a digit) by the
    # marks' branches that start there; a capital by the join; a mark by its own branches.
    # Each group is entered by one look-behind at the character consumed, so that each
    # character tries few (a run of dots fails at the first: a stop after a stop is none).
    at_stop, at_mark = _marks_rest(c)
    # First tests refuse, at once, the commonest candidates that no branch can take (each
    # was read by some six look-arounds before failing):
    # * a stop right after a stop (``...``, ``?!``): a run of stops is matched from its
    #   first character only; read first, so that a run of any length costs one test a
    #   character;
    # * a capital after white space (``… le Président``) or right after a stop
    #   (``pays.Selon``, read after its sentence end): only a quoted join starts after
    #   white space, behind ``«`` and a gap (``vue«\u00a0Le``); every other join wants a
    #   letter, a digit or a quote before its capital (the capital is made sure of first,
    #   so that a stop or a mark fails this test at its first look-behind);
    # * a stop before white space (``pays. Selon``), unless a closing quote follows the
    #   space (``. »``) or the stop is a colon (a time heading's ``14h32 : Le``): a
    #   sentence end needs a quote or what opens a paragraph right after its stops, and
    #   every branch of ``at_stop`` past a stop other than a colon needs a digit after it.
    #   The same test refuses such a stop before anything else that neither goes on a run
    #   of stops and quotes nor opens a paragraph (``a.b``, ``p.ex``): ``follows`` is what
    #   it may stand before in any branch.
    space_or_stop = "[\\s" + STOP[1:]  # white space or a stop: ``[\s.!?…]``
    capital_after_space = rf"(?!(?<={up})(?<={space_or_stop}[\s\S])(?<!«[\s\S][\s\S]))"
    opens = r"\d¿¡(\[*•■►▶●▪\-–—+"
    follows = (
        f"[{STOP[1:-1]}{QUOTE[1:-1]}{GAP[1:-1]}{up[1:-1]}{c['UNC'][1:-1]}{opens}]"
        if plain  # (a FAST build: every class is plain)
        else f"(?:{STOP}|{QUOTE}|{GAP}|{up}|{c['UNC']}|[{opens}])"
    )
    stop_before_space = rf"(?:(?!\s(?![»›]))(?={follows})|(?<=:))"
    return (
        f"{union}(?<!{STOP}{STOP}){capital_after_space}"
        f"(?:(?<={stop_first}){stop_before_space}(?:{sentence_rest}|{at_stop})"
        f"|{join_rest}|{at_mark})"
    )


def _marks_rest(c: dict[str, str]) -> tuple[str, str]:
    """The branches that start at a colon, a stop after a digit (the first string) or a
    mark (the second), each closing an
    empty named group that body.py dispatches on (the scanner stands right after the
    character it consumed):

    * ``colon``: a colon glued to a capital or a list mark after a lower-case letter (or a
      French spaced colon glued to a mark), a lead-in before items: ``are:Defence``,
      ``rules:— Shops``, ``prévues :• Fermeture``;
    * ``link``: a link glued to what precedes it (the colon of ``https:`` consumed):
      ``recolteshttps://``;
    * ``time``: a time heading glued to a word or a quote, with the mark that follows a
      live blog's time (the separator consumed): ``vele"00:35 - U``, ``UŽIVO01:17 - Ne``,
      ``Ende19.05 Uhr: Gipfel``;
    * ``tick``: a ticker mark glued to a word: ``November+++ Die``, ``fin■ Le``;
    * ``dash``: a dash and a space glued to a word, before a capital: ``ten— Buses``; or
      glued to the semicolon ending a list's item, before any letter: ``bus;- trains``
      (body.py cuts it only inside a list).

    The merged scanner refuses two shapes before any branch is tried (see
    :func:`_merged_scanner`): a stop after a stop; a stop other than a colon before white
    space or before what neither goes on a run of stops and quotes nor opens a paragraph;
    a capital after white space (but behind ``«`` and a gap) or after a stop. A new branch that must
    match there needs those first tests changed; ``tests/test_perf_scanner.py`` compares
    the scanner with its plain reading.
    """
    up, lo = c["UP"], c["LO"]
    glue = rf"(?:{c['LETTER']}|[\"”»’')\]])"
    word = rf"(?:{c['WORD_CHAR']}|[\"”»’')\]])"  # a glue that is no digit
    unit = rf"(?:\s?(?:[ap]\.?m\.?|{c['WORD_CHAR']}{{1,4}}))?"
    # What a glued time heading follows: a word, or the stop or ticker mark ending the entry
    # before (``Uhr.19.05 Uhr:``, ``6h00.14h32 :``, ``+++19.05 Uhr:``)
    timed = rf"(?:{word}|[.!?…+])"
    # A time written with ``h`` (``14h32``) holds no stop: it is found at the separator
    # after it, ``:`` or a dash, each width of the time a look-behind of its own.
    htime = [
        rf"(?<={timed}{n}h\d\d{space}{sep})"
        for n in (r"\d", r"\d\d")
        for space in ("", " ")
        for sep in (":", "[-–—]")
    ]
    at_stop = (
        rf"(?<=\d[:.])(?:(?<={timed}\d[:.])|(?<={timed}\d\d[:.]))"
        rf"(?=\d\d(?!\d)(?:{unit}\s?[-–—:|]\s|\s?[ap]\.m\.\s{up}))(?P<time>)"
        rf"|(?<=:)(?:(?:{'|'.join(h for h in htime if h.endswith(':)'))})(?=\s)(?P<htime>)"
        rf"|(?:(?<={lo}:)(?={up}|[-–—•■]\s)|(?<={lo}{GAP}:)(?=[-–—•■]\s?))(?P<colon>)"
        rf"|(?:(?<={glue}https:)|(?<={glue}http:))(?=//)(?P<link>))"
    )
    at_mark = (
        rf"(?<=[+•■►▶●▪\-–—])(?:(?:(?<={glue}\+)(?=\+\+\s|\+\d)|(?<={glue}[•■►▶●▪]))"
        rf"(?P<tick>)|(?<=[-–—])(?=\s)(?:(?:(?<={glue}[-–—])(?=\s{{1,3}}+{up})"
        rf"|(?<=;[-–—])(?=\s{{1,3}}+{c['LETTER']}))(?P<dash>)"
        rf"|(?:{'|'.join(h for h in htime if not h.endswith(':)'))})(?P<htime_dash>)))"
    )
    return at_stop, at_mark


def _by_length(words: frozenset[str]) -> list[str]:
    """``words`` as one case-insensitive alternation per length, each fit for a fixed-width
    look-behind: ``(?i:dr|mr|st)``, ``(?i:mgr|mme)``."""
    return [
        "(?i:" + "|".join(sorted(re.escape(w) for w in words if len(w) == n)) + ")"
        for n in sorted({len(w) for w in words})
    ]


def _not_a_full_stop(c: dict[str, str]) -> str:
    """Refuse a lone ``.`` (the scanner stands right after it) that ends no sentence.

    Refused: a one-letter word before it (``J.K.``, ``M.Poutine``), a dotted abbreviation of
    short capital groups (``EE.UU.``), a listed abbreviation
    before it followed by a digit (``No.5``), or a listed file extension or domain right
    after it, after a word (``report.PDF``, ``Gazeta.Ru``). A word is a whole run of
    ``WORD_LETTER``, an extension a whole run of ``ALNUM``; both lists are compared without
    case. Refused in the scanner, such stops cost Python nothing. A listed abbreviation
    before a letter is marked instead (:func:`_abbreviation_stop`).
    """
    letter, alnum = c["WORD_LETTER"], c["ALNUM"]
    whole = f"(?<!{letter})"  # nothing but a non-letter before the word
    # (the last letter of an initialism, ``U.K.`` or ``p.m.``, is left to body.py)
    # A one-letter word after a number and a space is a unit or the year's abbreviation
    # (``2022 г.``, ``2026 r.``), which ends many a sentence: not refused.
    refused = [f"(?<={whole}{letter}\\.)(?<!\\.{letter}\\.)(?<!\\d[ \u00a0]{letter}\\.)"]
    # a dotted abbreviation of short capital groups, the next group ending in a dot too:
    # ``EE.UU.``, ``FF.AA.``, ``CC.OO.`` (Spanish doubles a plural's letters); a sentence that
    # opens with a word (``la UE.El``) has a lower-case letter before its next dot
    up = c["UP"]
    refused += [f"(?<={whole}{up}{{{n}}}\\.)(?={up}{{1,3}}+\\.)" for n in (2, 3)]
    # (the digit first: it fails at once before the common letter)
    abbreviations = "|".join(f"(?<={whole}{group}\\.)" for group in _by_length(ABBREVIATIONS))
    refused.append(f"(?=\\d)(?:{abbreviations})")
    extensions = "|".join(sorted(map(re.escape, FILE_EXTENSIONS), key=lambda w: (-len(w), w)))
    # (the word's first two letters first: most words fail there, before the alternation)
    first = _letters_at(FILE_EXTENSIONS, (0, 1), c)
    refused.append(f"(?<={letter}\\.)(?={first})(?i:{extensions})(?!{alnum})")
    return rf"(?!(?<=\.)(?!{STOP})(?:{'|'.join(refused)}))"


def _abbreviation_stop(c: dict[str, str]) -> str:
    """Mark a ``.`` after a listed abbreviation (an empty ``abbr`` group): body.py takes it
    as a sentence end only when the next word is one the text also writes in lower case
    (``Acme Inc.The company``, ``usw.Die``; not ``Dr.Martin``, ``г.Москва``)."""
    whole = f"(?<!{c['WORD_LETTER']})"
    marked = "|".join(f"(?<={whole}{group}\\.)" for group in _by_length(ABBREVIATIONS))
    # (the word's last two letters first: most words fail there, before the alternations)
    last = _letters_at(ABBREVIATIONS, (-2, -1), c)
    return rf"(?:(?<=\.)(?<={last}\.)(?:{marked})(?P<abbr>))?"


def _letters_at(words: frozenset[str], places: tuple[int, ...], c: dict[str, str]) -> str:
    """A cheap first test for a case-insensitive alternation of ``words``: the letters each
    word has at ``places`` (two in a row), each place as one case-insensitive class:
    ``(?i:[dp][do])`` for ``pdf doc``. Every word holds them, so the test refuses only
    what the alternation refuses. In the FULL build (``regex``, whose case folding may read
    one character as two: ``ß`` as ``ss``) the test is empty."""
    if not _simple_case(c) or min(map(len, words)) < len(places):
        return ""
    return "".join(
        "(?i:[" + "".join(sorted({re.escape(w[i]) for w in words})) + "])" for i in places
    )


def _simple_case(c: dict[str, str]) -> bool:
    """Whether ``c`` are the FAST build's classes (plain ``[...]`` classes, for the stdlib
    ``re``, whose case folding maps one character to one)."""
    return c["UP"].startswith("[") and not c["UP"].startswith("[[")


def heading_stop(lo: str, letter: str) -> str:
    """A sentence end followed by a space, so a stretch holding it is not a heading:
    ``said. The`` (two lower-case letters before a full stop keep ``U.S. Troops`` a heading,
    and a listed abbreviation keeps ``BAKU, Azerbaijan, Dec. 6`` one). It starts with one
    character class, for the engine's fast skip."""
    whole = f"(?<!{letter})"
    listed = "".join(f"(?<!{whole}{group}\\.)" for group in _by_length(ABBREVIATIONS))
    return rf"{STOP}(?:(?<={lo}{lo}{STOP}){listed}|(?<=[!?…‼⁇⁈⁉؟]))\S{{0,3}}+\s"


class Scanners:
    """One build of the scanners (see above), each pattern compiled when first used."""

    def __init__(
        self, compile_: Callable[..., Any], flags: int, classes: Callable[[], dict[str, str]]
    ) -> None:
        def later(name: str, pattern: Callable[[dict[str, str]], str], more: int = 0) -> Any:
            # A ``regex`` pattern in the FULL build: same methods, same results.
            return _OnFirstUse(self, name, lambda: compile_(pattern(classes()), flags | more))

        self.sentence_end: Pattern[str] = later(
            "sentence_end", lambda c: _scanner_patterns(c)[0], re.VERBOSE
        )
        self.join: Pattern[str] = later("join", lambda c: _scanner_patterns(c)[1])
        self.heading_stop: Pattern[str] = later("heading_stop", lambda c: _scanner_patterns(c)[2])
        #: Both scanners in one (:func:`_merged_scanner`): a match whose ``lastgroup`` is
        #: ``next`` is a sentence end (its stop runs from the match start to ``quotes``),
        #: any other a join of that kind.
        self.scan: Pattern[str] = later("scan", _merged_scanner)
        self.uncased_letter: Pattern[str] = later("uncased_letter", lambda c: c["UNC"])
        self.cased_letter: Pattern[str] = later("cased_letter", lambda c: f"{c['UP']}|{c['LO']}")
        #: A capital right behind a letter or mark, the capital matched: ``P`` in
        #: ``dialoguePlusieurs``, ``N`` and ``U`` in ``ONU``. It starts with the capital, so the
        #: engine skips the lower-case letters at C speed.
        self.inner_capital: Pattern[str] = later(
            "inner_capital", lambda c: f"{c['UP']}(?<={c['WORD_CHAR']}.)"
        )
        #: A run of letters and marks (a word), from where it is matched.
        self.word: Pattern[str] = later("word", lambda c: f"{c['WORD_CHAR']}++")


class _OnFirstUse:
    """Stands for a pattern of a build until it is first used: it then compiles the pattern,
    puts it in its own place on the build and hands the use on. From then on the build holds
    the compiled pattern as a plain attribute, read at no extra cost (a property or a
    ``__getattr__`` on :class:`Scanners` would add some 10 ns to every read, and the splitter
    reads them per line and per candidate)."""

    def __init__(self, build: Scanners, name: str, compile_: Callable[[], Pattern[str]]) -> None:
        self._build, self._name, self._compile = build, name, compile_
        self._compiled: Pattern[str] | None = None

    def __getattr__(self, attribute: str) -> Any:
        # (called only for what the stand-in lacks: every attribute of a pattern)
        if self._compiled is None:
            self._compiled = self._compile()
            setattr(self._build, self._name, self._compiled)
        return getattr(self._compiled, attribute)


_FULL_CLASSES = {
    "UP": UPPER,
    "LO": LOWER,
    "UNC": UNCASED,
    "LETTER": r"[\p{L}\p{M}\d]",
    "WORD_CHAR": r"[\p{L}\p{M}]",
    # a letter as the stdlib's ``[^\W\d_]`` reads one (letters and the numerals that are
    # not digits), and a letter or digit, in the regex module's Unicode
    "WORD_LETTER": r"[\p{L}\p{Nl}\p{No}]",
    "ALNUM": r"[\p{L}\p{N}]",
    "LO_OR_MARK": rf"[{LOWER}\p{{M}}]",
    "GREEK": r"[\p{Greek}\p{M}]",
    "ARMENIAN": r"\p{Armenian}",
}


@functools.cache
def _bmp_classes() -> dict[str, str]:
    """The classes of the FAST build: ``_FULL_CLASSES`` expanded for the code points below
    U+10000, so that both builds match the same."""
    return dict(zip(_FULL_CLASSES, bmp_classes(_FULL_CLASSES.values()), strict=True))


FAST = Scanners(re.compile, 0, _bmp_classes)
# The FAST patterns nearly every body needs are compiled at import, not at the first parse:
# forked workers (``wirefmt parse -j N``) inherit them instead of each compiling its own,
# and the first parse costs what the others do, so that timing a few parses measures
# parsing. The rest (the FULL build, the patterns that only tests or rare text read) waits.
for _name in ("scan", "heading_stop", "uncased_letter"):
    getattr(FAST, _name).pattern  # noqa: B018 - compiled on first use
FULL = Scanners(regex.compile, regex.VERSION1, lambda: _FULL_CLASSES)

#: A character above U+FFFF: the text needs the FULL scanners. (Written as the range above,
#: not as ``[^\x00-\uffff]``: the same characters, 3 ms less to compile.)
ASTRAL = re.compile(r"[\U00010000-\U0010ffff]")

#: A line break and the white space after it (both stay with the block before it):
#: ``"\r\n\n  "`` in ``"pays.\r\n\n  Selon"``. It starts with the break character, so
#: spaces before a break are left to the block's text and never rescanned.
LINE_BREAK = re.compile(r"[\r\n\x0b\x0c\x85\u2028\u2029]\s*+")
