"""The body splitter's grammar: every regex fragment and word list, compiled once at import.

Each fragment is named and carries a sample it must match (written for this module, not
copied from any source). Every pattern runs in linear time: runs are possessive or bounded,
and a run that could be retried from inside itself is anchored at its first character by a
negative lookbehind, so ``finditer`` never rescans it.
"""

from __future__ import annotations

from importlib import resources

import regex

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
STOP = r"[.!?…‼⁇⁈⁉؟۔।։\u037e]"
#: The space French puts inside guillemets (``« Non »``): plain, no-break, narrow no-break.
GAP = r"[ \u00a0\u202f]"
#: Marks that may follow a stop or a word: quotes either way, closing brackets: ``."`` ``.»«``.
QUOTE = r"[\"'’”»“«„‘‹›)\]」』]"

# -- the candidate scanner ------------------------------------------------------------------
# One pass over a line finds every place a block boundary could be. Each branch is a named
# group and begins by consuming one character from a small class (a stop, a capital, a digit,
# a quote), with its look-behinds after it: the engine then skips ordinary letters fast.
# body.py decides, with the document's own evidence, which candidates are boundaries.

#: A sentence end glued to what may start a paragraph: ``pays.Selon``, ``sol".Des``,
#: ``key."I know``, ``Terror.»Nach``, ``gesichert.21:50``, ``noches.¿Qué``, ``article.- La``,
#: ``المعتدلة.وصرح``; in Greek a ``;`` (``τώρα;Η``), in Armenian a ``:`` (``է:Նա``). A run of
#: stops is matched from its first character only (``?!``, ``...``).
_SENTENCE_END = rf"""
    (?P<stop>{STOP}(?<!{STOP}{STOP}){STOP}*+
        |;(?<=\p{{Greek}}\p{{M}}{{0,2}};)
        |:(?<=\p{{Armenian}}:))
    (?P<quotes>(?:{QUOTE}|{GAP}(?=[»›])|(?<=[«‹]){GAP}){{0,6}}+)
    (?=(?P<next>{UPPER}|{UNCASED}|\d|[¿¡(\[*•]|[-–—]\s))
"""
#: A lower-case letter glued to an upper-case one (the capital is matched):
#: ``dialoguePlusieurs``, ``BasisRussische``.
_CASE_JOIN = rf"(?P<case>{UPPER})(?<={LOWER}\p{{M}}{{0,3}}{UPPER})"
#: A digit glued to a capitalised word: ``COVID-19Nesta``, ``de 2019Estudo``.
_DIGIT_JOIN = rf"(?P<digit>\d)(?={UPPER}{LOWER})"
#: An acronym glued to a capitalised word: ``pela OMSDe acordo`` (the ``S`` is matched).
_ACRONYM_JOIN = rf"(?P<acronym>{UPPER})(?<={UPPER}{UPPER})(?={UPPER}{LOWER})"
#: A quote between a heading's last letter and a capital: closing (``na 'UTI'Em live``,
#: ``le "non"Le``) or opening the paragraph (``le dialogue"Nous``, ``en vue«\u00a0Le``).
_QUOTE_JOIN = rf"""(?P<qjoin>['’\"”»«„“])(?<=[\p{{L}}\p{{M}}\d].)
    (?=(?<=[«‹]){GAP}?{UPPER}|{UPPER})"""
#: A heading in capitals glued to a bullet dash: ``ESSENTIEL- Des frappes`` (``L`` matched).
_CAPS_DASH = rf"(?P<capsdash>{UPPER})(?<={UPPER}{UPPER})(?=[-–—•]\s{{1,3}}+{UPPER})"

CANDIDATE = regex.compile(
    "|".join((_SENTENCE_END, _CASE_JOIN, _DIGIT_JOIN, _ACRONYM_JOIN, _QUOTE_JOIN, _CAPS_DASH)),
    regex.VERSION1 | regex.VERBOSE,
)

#: A line break and the white space after it (both stay with the block before it):
#: ``"\r\n\n  "`` in ``"pays.\r\n\n  Selon"``. It starts with the break character, so
#: spaces before a break are left to the block's text and never rescanned.
LINE_BREAK = regex.compile(r"(?:\r\n|[\r\n\x0b\x0c\x85\u2028\u2029])\s*+")

# -- look-arounds used on one candidate (bounded, so each costs O(1)) -----------------------

#: The letters just before a point, read right to left: ``Kremlin`` in ``Kremlin.Le``.
WORD_BEFORE = regex.compile(r"(?r)[\p{L}\p{M}]{1,64}+")
#: The letters just after a point: ``Plusieurs`` in ``dialoguePlusieurs cessions``.
WORD_AFTER = regex.compile(r"[\p{L}\p{M}]{1,64}+")
#: Letters and digits just after a dot: ``MP4`` in ``clip.MP4 file``.
SUFFIX_AFTER = regex.compile(r"[\p{L}\p{M}\p{N}]{1,8}+")
#: The non-space characters just before / after a point: the "token" a join sits in.
TOKEN_BEFORE = regex.compile(r"(?r)\S{1,80}+")
TOKEN_AFTER = regex.compile(r"\S{1,80}+")
#: Signs that a token is an address, not prose: ``https://t.me/x``, ``desk@agency.com``.
ADDRESS = regex.compile(r"://|[/@]|www\.")
#: A sentence end followed by a space inside a stretch, so the stretch is not a heading:
#: ``said. The`` (two lower-case letters before the stop keep ``U.S. Troops`` a heading).
HEADING_STOP = regex.compile(rf"(?:{LOWER}{{2}}{STOP}|[!?…])\S{{0,3}}\s", regex.VERSION1)
#: What a heading may not end with: a stop, a comma, a colon (a list intro), maybe closed.
HEADING_BAD_END = regex.compile(rf"(?:{STOP}|[:;,،؛。！？]){QUOTE}{{0,4}}\Z", regex.VERSION1)
#: The first letter of a stretch.
FIRST_LETTER = regex.compile(r"\p{L}")
#: An opening single quote inside a heading: `` 'estão`` in ``empresas 'estão na UTI'``.
SINGLE_OPEN = regex.compile(r"(?:^|[\s(])['‘]")
#: Letters for the script note: cased (Latin, Cyrillic, Greek, Armenian…) and uncased.
CASED_LETTER = regex.compile(rf"{UPPER}|{LOWER}", regex.VERSION1)
UNCASED_LETTER = regex.compile(UNCASED, regex.VERSION1)
#: Every word (run of letters) of the body, for the recurrence test: ``YouTube``.
WORD = regex.compile(r"[\p{L}\p{M}]++")
#: A lower-case letter, to tell a heading in capitals (``L'ESSENTIEL``) from one in words.
ANY_LOWER = regex.compile(LOWER, regex.VERSION1)

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
