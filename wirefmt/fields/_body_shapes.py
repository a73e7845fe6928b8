"""The body splitter's look-arounds and stretch shapes, each compiled once.

The scanners (``_body_grammar``) list the candidates; the patterns here are read by the
judges and the evidence on one candidate or one stretch at a time, each bounded (a word of
at most 64 letters, a token of at most 80 characters, a stretch of at most 200), so that
each costs O(1) per candidate. Each is named, and commented with a sample.
"""

from __future__ import annotations

import re

import regex

from wirefmt.fields._body_grammar import LOWER

# -- look-arounds used on one candidate (bounded, so each costs O(1)) -----------------------

#: The letters just before a point, read right to left: ``Kremlin`` in ``Kremlin.Le``.
WORD_BEFORE = regex.compile(r"(?r)[\p{L}\p{M}]{1,64}+")
#: The letters just after a point: ``Plusieurs`` in ``dialoguePlusieurs cessions``.
WORD_AFTER = regex.compile(r"[\p{L}\p{M}]{1,64}+")
#: The non-space characters just before / after a point: the "token" a join sits in.
TOKEN_BEFORE = regex.compile(r"(?r)\S{1,80}+")
TOKEN_AFTER = re.compile(r"\S{1,80}")
#: Signs that a token is an address, not prose: ``https://t.me/x``, ``desk@agency.com``.
#: (A slash alone is no sign: ``OID/ASB``, ``Espreso/Agencije`` are credits.)
ADDRESS = re.compile(r"://|@|www\.|[a-z0-9]\.[a-z]{2,}/|/\w+/")

#: What a heading may not end with, behind closing marks: a stop, a comma, a colon (a list
#: intro): ``Further Reading`` is a heading, ``as follows:`` and ``Done.`` are not.
HEADING_BAD_END = frozenset(".!?…‼⁇⁈⁉؟۔।։\u037e:;,،؛。！？")
#: The characters of QUOTE, to strip from the end of a heading before that test.
QUOTE_CHARS = "\"'’”»“«„‘‹›)]」』"
#: The first letter of a stretch.
FIRST_LETTER = re.compile(r"[^\W\d_]")
#: An opening single quote inside a heading: `` 'ficam`` in ``clubes 'ficam no VAR'``.
SINGLE_OPEN = re.compile(r"(?:^|[\s(])['‘]")
#: One lower-case letter (to look behind combining marks in ``e\u0301Le``).
LOWER_LETTER = regex.compile(LOWER, regex.VERSION1)
#: The whole run of letters and marks ending at a point, however long, read right to left:
#: ``dialogue`` before ``Plusieurs``.
RUN_BEFORE = regex.compile(r"(?r)[\p{L}\p{M}]++")
#: A lower-case letter, to tell a heading in capitals (``L'ESSENTIEL``) from one in words.
ANY_LOWER = regex.compile(LOWER, regex.VERSION1)

#: What opens a stretch that is no heading, however short: a mark or a bracket (an item, an
#: aside: ``• Buses``, ``+++ Die``), a label and a short value (a credit or source line:
#: ``Source: Reuters``, ``Kaynak:Demirören Haber Ajansı (DHA)``, ``Foto: dpa``), a label of
#: two words, the second in lower case, before a colon (a pointer to another story:
#: ``Read also:``, ``Lire aussi :``, ``Читайте также:``, ``Leia também:``; one word is a
#: speaker or a topic and may head: ``Selenskyj: Russland…``), a token with a slash or an
#: at sign (``OID/ASB``), a label and a value holding a spaced slash (``Foto: dpa / Max
#: Muster``), a domain (``Rfi.fr``).
NOT_A_HEADING = regex.compile(
    r"""[-–—•■►▶●▪*(]|\+(?!\+?\d)
    |[^\W\d_][\w.’'-]*+(?:\s[^\W\d_][\w.’'-]*+)?+\s?+:\s?+
        (?:\S++|(?:[^\s\p{Ll}]\S*+\s?+){1,5}+)$
    |\p{Lu}[\p{L}\p{M}]*+\s\p{Ll}[\p{L}\p{M}]*+\s?+:
    |\S*?[/@]\S*+(?:\s\S++){0,2}+$
    |[^\W\d_][\w.’'-]*+\s?+:\s?+\S.*?\s/\s
    |\S+?\.\p{Ll}{2,}+$
    |.*?(?:://|www\.)""",
    regex.VERSION1 | regex.VERBOSE,
)
#: The first characters and the characters NOT_A_HEADING needs, to skip it when none is in.
ITEM_MARKS = frozenset("-–—•■►▶●▪*(+")
#: Ticker and bullet marks that open a paragraph: ``+++ Die``, ``• Buses``, ``■ Le``.
TICKER_MARKS = frozenset("+•■►▶●▪")
#: A block that is only a time (a live blog's entry heading): ``3:10 p.m.``, ``14h32``.
TIME_ONLY = re.compile(r"\d{1,2}[:.h]\d{2}(?:\s?(?:[ap]\.m\.|[AP]M))?")
#: A live blog's time heading opening a stretch: ``20h50 - ``, ``19.05 Uhr: ``, ``Ore 18.40 ``.
TIME_HEAD = regex.compile(
    r"(?:\p{Lu}\p{Ll}{1,4}\s)?\d{1,2}[:.h]\d{2}(?:\s?(?:[ap]\.?m\.?|\p{L}{1,4}))?\s?[-–—:|]?\s",
    regex.VERSION1,
)
#: The last segment of a link's path, in lower case: ``examplenews`` in ``t.me/examplenews``.
LINK_SEGMENT = re.compile(r"[a-z0-9_.\-]+")
#: A ticker's time heading: ``++22.45++``.
TICKER_TIME = re.compile(r"\+*\d{1,2}[:.h]\d{2}\+*")
#: Any sentence stop, glued or not (the end of the sentence a quote opens).
ANY_STOP = re.compile(r"[.!?…‼⁇⁈⁉؟۔।։]")
#: A quoted sentence's stop, its closing quote and a speech tag (a comma, or a space and a
#: lower-case word): ``Si.", rekao``, ``schnell.“ sagte``, ``vite.» a-t-il``. A stretch
#: holding one is prose, never a heading.
QUOTED_STOP = regex.compile(r'[.!?…]++["”»«“]{1,2}+(?:,|\s\p{Ll})', regex.VERSION1)
#: The rest of a sentence a single quote opens, up to the stop or comma and the single quote
#: that close it: ``We go on,'`` in ``'We go on,' the chief said``. No other stop or single
#: quote stands in between, but an apostrophe inside a word (``'Don't go,' she said``).
SINGLE_CLOSE_AHEAD = re.compile(r"(?:[^.!?…'’\n]|(?<=\w)['’](?=\w)){1,400}?[,.!?…]['’](?!\w)")
#: A run of sentence stops (``?!`` in ``Quoi?!"``), read from its first.
STOP_RUN = re.compile(r"[.!?…‼⁇⁈⁉؟۔।։]+")
#: A body's opening place in capitals, alone or before a comma or a bracket: its dateline
#: (``БИШКЕК``, ``BAKU, Azerbaijan, Dec. 6``, ``RIO DE JANEIRO (AFP)``).
DATELINE_START = regex.compile(
    r"\s*+\p{Lu}[\p{Lu}\p{M}’'.-]++(?:\s\p{Lu}[\p{Lu}\p{M}’'.-]++){0,3}+(?:,|\s?\(|$)",
    regex.VERSION1,
)
#: A word of four letters or more that opens in lower case: a stretch holding one is in
#: sentence case (``Talks resume``), one without is in title case (``Other Developments``,
#: ``The State of the Union``) or in capitals.
LONG_LOWER_WORD = regex.compile(r"(?<![\p{L}\p{M}])\p{Ll}[\p{L}\p{M}]{3}", regex.VERSION1)
#: A credit in lower case, a domain, glued to the stop that ends the line's last sentence:
#: ``…ունեմ»»:example.am``, ``…il a dit».example.fr``. The stop follows a closing mark or a
#: letter of another script than the domain's (after a Latin letter or digit a ``.`` may be
#: one of the domain's own dots: ``said.example.com`` is left whole); a colon ends a sentence
#: only in Armenian, or behind a closing mark (``Source:example.com`` is a credit line).
CREDIT_DOMAIN = regex.compile(
    r"""(?:(?<=[»”"’')\]][.!?…։:])|(?<=[.!?…։][»”"’')\]])
        |(?<=[^\p{Latin}\d\s][.!?…։])|(?<=\p{Armenian}:))
    (?P<domain>[a-z0-9][a-z0-9-]{0,62}+(?:\.[a-z0-9-]{1,63}){0,4}\.[a-z]{2,24}+)\s*+$""",
    regex.VERSION1 | regex.VERBOSE,
)
#: How far back from a line's end a glued credit domain is looked for.
CREDIT_REACH = 128
#: A day number right before a month name: ``9. `` in ``Dienstag, 9. Mai``, ``9 `` in ``9 May``.
DAY_BEFORE = re.compile(r"(?<!\d)\d{1,2}\.?[ \u00a0]$")
#: The words of a text, to tell which it writes in lower case.
WORDS = re.compile(r"[^\W\d_]+")


def standalone(text: str, word: str) -> bool:
    """Whether ``text`` writes ``word`` as a word of its own, as written: ``the`` in ``to the
    end``, not in ``then``. No pattern is compiled per word (the words asked differ from
    document to document); a neighbour is a word character as ``re``'s ``\\w`` reads it.

    >>> standalone("back to the end", "the"), standalone("and then", "the")
    (True, False)
    """
    size = len(word)
    pos = text.find(word)
    while pos >= 0:
        before = text[pos - 1] if pos else " "
        after = text[pos + size : pos + size + 1] or " "
        if not (before.isalnum() or before == "_" or after.isalnum() or after == "_"):
            return True
        pos = text.find(word, pos + 1)
    return False
