"""Split a glued article body into paragraphs and subheads.

In the agency page dump the body is one line from which every paragraph and subhead separator
was removed. Two traces of the lost breaks survive, and this module looks for them:

* a **sentence end glued to the next paragraph**: ``…deux pays.Selon le…``, also after ``? ! …``
  and behind closing quotes or brackets (``sol".Des``, ``Terror.»Nach``), or glued to an
  opening quote (``key."I know``), a bullet dash, or a digit (``gesichert.21:50 Uhr``);
* a **subhead glued to the next paragraph**: a subhead has no final punctuation, so its last
  word runs into the paragraph's first one: ``…le dialoguePlusieurs…`` (a lower-case letter
  then an upper-case one), and also ``Euro 2024Depois``, ``pela ONUDe``, ``'VAR'Em``,
  ``L'ESSENTIEL- Des``.

How it works, in one pass per line:

1. Line breaks already in the input always end a block; the break and the white space around
   it stay at the end of the block before it.
2. Two scanners (``_body_grammar.Scanners``: ``sentence_end`` and ``join``), merged into one
   pass over the line (``Scanners.scan``), list every place that looks like a trace; the
   candidates are judged in text order.
3. Each candidate is judged with bounded look-arounds and the document's own evidence:
   one-letter words and listed abbreviations before a stop (``J.K.``, ``M.Poutine``,
   ``Dr.Ivanov``) are no sentence end; straight quotes are paired by parity inside the block,
   so a ``"`` after a stop is known to close or to open; a subhead join is only taken when the
   stretch since the last boundary looks like a heading (short, capitalised, no sentence end
   inside) and the joined word is not a name (it recurs in the text, it has a short prefix
   such as ``Mc``/``De``/``i``, or it is one of a few listed names such as ``WhatsApp``).
4. A last block with no final punctuation that looks like a heading is a subhead
   (``…said.Further Reading``).

A break that survived as a plain space leaves no trace and is never guessed. Scripts without
letter case (Arabic, Chinese, Georgian…) only show glued stops; subheads cannot be found
there and a note says so. Every result is lossless: the blocks' texts joined give the input.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from typing import TypeAlias

from wirefmt._model import Evidence, Paragraph, Subhead
from wirefmt.fields import _body_grammar as g
from wirefmt.fields._body_uncased import uncased_cuts

__all__ = ["BodyNote", "analyse_body", "split_body"]

#: A note about the body: (code, message, start, end), offsets absolute (``base`` added).
BodyNote: TypeAlias = tuple[str, str, int, int]
_Block: TypeAlias = Paragraph | Subhead

#: The longest stretch (in characters) that can be a subhead, and its most words.
_HEADING_MAX_CHARS = 200
_HEADING_MAX_WORDS = 25
#: How many recurrence questions ``str.count`` answers before the word counts are built, and
#: how many characters those counts may read in all (eight passes over 16,384 characters).
_COUNT_BUDGET = 8
_COUNT_CHARS = _COUNT_BUDGET * 16_384
# Quote marks in a stretch this short are counted directly; longer ones keep running counts.
_DIRECT_COUNT = 1024
# Candidates judged at most: one per this many characters, plus a floor. Real prose offers
# one glued candidate in a hundred or two characters (the sample: eleven in 2,100); text
# offering one every few characters ("Dr.ADr.A…") is not prose, and judging each candidate
# in Python would cost many times the per-byte cost of a real body.
_CANDIDATE_SPACING = 24
_CANDIDATE_FLOOR = 64
#: How much of the text is sampled to tell a cased script from an uncased one.
_SCRIPT_SAMPLE = 512
#: The longest text whose astral characters are counted by encoding it (see ``_astral``).
_ENCODE_MAX = 1 << 16

#: Quote marks that always close, always open, or close only when their partner is open.
_GAPS = frozenset(" \u00a0\u202f")
_CLOSERS = frozenset("'’”)]」』›")
_OPENERS = frozenset("„‘‹")
#: For a mark that can go either way: the mark that would have opened it.
_PARTNER = {"»": "«", "«": "»", "“": "„"}


_CODE_UNCASED = "uncased-script"
_CODE_DENSE = "dense-body"
#: The scanner's branches judged by ``_Scan._mark`` (a glued colon, link, time, mark, dash).
_MARK_KINDS = frozenset(("colon", "link", "time", "tick", "dash"))
#: Evidence members read per candidate (a module name is read faster than an enum member).
_SENTENCE_END = Evidence.SENTENCE_END
#: The longest time heading (``12:45 a.m.``), and how far a quote's partner is looked for.
_TIME_MAX = 12
_QUOTE_REACH = 400
#: Spaces in a stretch before a camel word from which its length says "heading" (four words).
_NAME_WORDS = 3
#: A lead-in before a glued colon has three words at least (``Source:Reuters`` is a credit
#: line); they are looked for this far back.
_LEAD_WORDS = 3
_LEAD_REACH = 64
#: What stands before a ``'`` that opens a quote.
_OPEN_BEFORE = frozenset(" (\u00a0\t")
_OPENING_QUOTE = Evidence.OPENING_QUOTE
_UNCASED_STOP = Evidence.UNCASED_STOP


def split_body(text: str, *, lang: str | None = None, base: int = 0) -> tuple[_Block, ...]:
    """Split a glued body into its paragraphs and subheads.

    Args:
        text: the body as printed (one line, or lines: a line break always ends a block).
        lang: an ISO 639-1 code, a hint only (``"fr"``, ``"ar"``), or None.
        base: the offset of ``text`` in the document; added to every ``start`` and ``end``.

    Returns:
        The blocks in order (:class:`~wirefmt._model.Paragraph`,
        :class:`~wirefmt._model.Subhead`); their texts joined give ``text`` back exactly,
        and ``text[b.start - base:b.end - base] == b.text``. An empty text gives ``()``.

    Raises:
        TypeError: ``text`` is not a ``str``.

    >>> [b.text for b in split_body("Il est arrivé.Des pluies en vueLa météo le dit.")]
    ['Il est arrivé.', 'Des pluies en vue', 'La météo le dit.']
    """
    return analyse_body(text, lang=lang, base=base)[0]


def analyse_body(
    text: str, *, lang: str | None = None, base: int = 0
) -> tuple[tuple[_Block, ...], tuple[BodyNote, ...]]:
    """Split a glued body and report what could not be known (see :func:`split_body`).

    Args:
        text: the body as printed.
        lang: an ISO 639-1 code, a hint only, or None.
        base: the offset of ``text`` in the document.

    Returns:
        ``(blocks, notes)``; each note is ``(code, message, start, end)`` with absolute
        offsets. The codes are ``uncased-script`` (subheads cannot be recovered in a script
        without letter case) and ``dense-body`` (candidates stood so densely, as in no prose,
        that the rest of the body was left unsplit). See ``docs/body.md``.

    Raises:
        TypeError: ``text`` is not a ``str``.

    >>> blocks, notes = analyse_body("قال المتحدث.وأضاف أن", lang="ar")
    >>> [b.evidence.value for b in blocks], [n[0] for n in notes]
    (['start', 'uncased-stop'], ['uncased-script'])
    """
    if not isinstance(text, str):
        raise TypeError(f"analyse_body() needs a str, not {type(text).__name__}")
    if not text:
        return (), ()
    # FAST scanners unless a character lies above U+FFFF (``isascii`` costs nothing).
    astral = not text.isascii() and _astral(text)
    scan = _Scan(text, g.FULL if astral else g.FAST)
    uncased = _uncased(text, lang, scan.sc)
    scan.uncased = uncased
    start = 0
    # (seven ``in`` tests, the break characters of g.LINE_BREAK, cost a fifth of one scan)
    broken = (
        "\n" in text
        or "\r" in text
        or "\x0b" in text
        or "\x0c" in text
        or "\x85" in text
        or "\u2028" in text
        or "\u2029" in text
    )
    breaks = g.LINE_BREAK.finditer(text) if broken else ()
    for m in breaks:
        if m.start() > start and m.end() < len(text):
            scan.line(start, m.start())
            scan.cut(m.end(), Evidence.LINE_BREAK, False if scan.listing else None)
            start = m.end()
    scan.line(start, len(text))
    notes: list[BodyNote] = []
    if scan.stopped_at is not None:
        notes.append(
            (
                _CODE_DENSE,
                "glued boundary candidates stand every few characters, as in no prose: the "
                "body was left unsplit from here on (line breaks still split it)",
                base + scan.stopped_at,
                base + len(text),
            )
        )
    if uncased:
        notes.append(
            (
                _CODE_UNCASED,
                "the body is in a script without letter case: only glued stops mark "
                "paragraphs, and subheads cannot be recovered",
                base,
                base + len(text),
            )
        )
    return scan.blocks(base), tuple(notes)


def _astral(text: str) -> bool:
    """Whether a character of ``text`` lies above U+FFFF.

    In UTF-16 such a character takes four bytes and every other (a lone surrogate too, with
    ``surrogatepass``) two: the encoder reads a short text faster than a pattern scan.
    A long one is scanned, so as not to copy it.
    """
    if len(text) > _ENCODE_MAX:
        return g.ASTRAL.search(text) is not None
    return len(text.encode("utf-16-le", "surrogatepass")) != 2 * len(text)


def _uncased(text: str, lang: str | None, sc: g.Scanners) -> bool:
    """Whether the body is written mostly in a script without letter case."""
    sample = text[:_SCRIPT_SAMPLE]
    if sample.isascii() or sc.uncased_letter.search(sample) is None:
        return False  # the usual case, read at C speed
    uncased = len(sc.uncased_letter.findall(sample))
    cased = len(sc.cased_letter.findall(sample))
    if lang is not None and lang.lower()[:2] in g.UNCASED_LANGS:
        return uncased >= cased and uncased > 0
    return uncased > cased


def _inner_capital_words(text: str, sc: g.Scanners) -> Counter[str]:
    """Count the words (runs of letters and marks) of ``text`` holding a capital right behind
    a letter: ``dialoguePlusieurs``, ``YouTube``, ``ONU``; ``Plusieurs`` is not counted.

    Every word the recurrence test asks about is of that kind, so these counts answer it as a
    count of every word would, at a fraction of the cost: the scan skips to the capitals at C
    speed, and Python sees only the few words holding one inside. Each word is read once.
    """
    counts: Counter[str] = Counter()
    word_end = 0
    match_word = sc.word.match
    for m in sc.inner_capital.finditer(text):
        pos = m.start()
        if pos < word_end:
            continue  # a later capital of the word just counted (``N`` then ``U`` in ``ONU``)
        before = g.RUN_BEFORE.match(text, 0, pos)
        after = match_word(text, pos)
        assert before is not None and after is not None  # a letter, then a capital
        word_end = after.end()
        counts[text[before.start() : word_end]] += 1
    return counts


class _Scan:
    """One body being split: the cuts found so far and the evidence tables, built lazily."""

    def __init__(self, text: str, sc: g.Scanners) -> None:
        self.text = text
        self.sc = sc  # the scanners for this text (FAST below U+10000)
        #: (position, evidence of the block starting there, is the block ending there a
        #: subhead: True, False, or None = decide from its text).
        self.cuts: list[tuple[int, Evidence, bool | None]] = []
        self.begin = 0  # start of the current block
        self._words: Counter[str] | None = None
        self._asked = 0
        self._markers: bool | None = None  # whether ``/``, ``@`` or ``www.`` occur at all
        self._count_from = -1  # the block start the running quote counts are taken from
        #: Candidates still to judge; where judging stopped when they ran out, else None.
        self.budget = len(text) // _CANDIDATE_SPACING + _CANDIDATE_FLOOR
        self.stopped_at: int | None = None
        self._counts: dict[str, tuple[int, int]] = {}  # mark -> (count so far, up to where)
        self._free_asked = 0
        self._words_seen: frozenset[str] | None = None
        #: Whether the current block is an item of a list (after a lead-in colon or a dash).
        self.listing = False
        #: Whether the body is in a script without case (its own traces are read too).
        self.uncased = False

    # -- the document's evidence, computed once and only when needed ----------------------

    def seen(self, word: str, part: str = "") -> tuple[int, int]:
        """How often ``word`` occurs in the body, and ``part`` (a prefix of it) without it.

        Both hold a capital right behind a letter (``dialoguePlusieurs``, ``ONU``). The first
        questions are answered with ``str.count``, while what they read stays within a few
        passes over a short body; after that the counts of the body's words holding such a
        capital are built once (:func:`_inner_capital_words`), so that many questions stay
        linear in the body's length.
        """
        if (
            self._words is None
            and self._asked < _COUNT_BUDGET
            and (self._asked + 1) * len(self.text) <= _COUNT_CHARS
        ):
            self._asked += 1
            whole = self.text.count(word)
            return whole, (self.text.count(part) - whole if part else 0)
        if self._words is None:
            self._words = _inner_capital_words(self.text, self.sc)
        return self._words[word], (self._words[part] if part else 0)

    def free(self, word: str) -> bool:
        """Whether the text also writes ``word`` in lower case, as a word of its own (so it
        is a common word that can open a sentence, ``The``, not a name, ``Zeneca``)."""
        return self.written(word.lower())

    def written(self, word: str) -> bool:
        """Whether the text writes ``word`` as a word of its own, exactly so (``Kiev`` in
        ``in Kiev``, not in ``KievUkrainian``).

        The first questions are answered by a search, while what they read stays within a
        few passes over a short body; then the set of the body's words is built once.
        """
        if (
            self._words_seen is None
            and self._free_asked < _COUNT_BUDGET
            and (self._free_asked + 1) * len(self.text) <= _COUNT_CHARS
        ):
            self._free_asked += 1
            return g.standalone(word).search(self.text) is not None
        if self._words_seen is None:
            self._words_seen = frozenset(g.WORDS.findall(self.text))
        return word in self._words_seen

    def _pairs_ahead(self, pos: int) -> bool:
        """Whether the sentence after the ``"`` at ``pos`` holds an odd number of ``"``, so
        that it needs this one as a partner: ``говорителят."Празничният маршрут" е…``."""
        if self.text[pos + 1 : pos + 2] == '"':
            return False  # ``."“"Next``: the next mark is the opener
        hi = min(len(self.text), pos + _QUOTE_REACH)
        m = self.sc.heading_stop.search(self.text, pos + 1, hi)
        return self.text.count('"', pos + 1, hi if m is None else m.end()) % 2 == 1

    def count(self, mark: str, start: int, end: int) -> int:
        """How many ``mark`` characters lie in ``text[start:end]``.

        Asked from the block's start to ever later positions, and a sentence end need not
        become a boundary (``sagte. »Ab``: a space before the opener), so counting from the
        start each time was quadratic on a long block. Running counts are kept per mark
        from the block's start, and only the new stretch is counted: linear over the body.
        """
        if end - start <= _DIRECT_COUNT:  # a short stretch: one C-level count is cheapest
            return self.text.count(mark, start, end)
        if start != self._count_from:
            self._count_from = start
            self._counts.clear()
        seen, upto = self._counts.get(mark, (0, start))
        if end < upto:  # asked about an earlier position: count afresh
            seen, upto = 0, start
        seen += self.text.count(mark, upto, end)
        self._counts[mark] = (seen, end)
        return seen

    # -- cutting ------------------------------------------------------------------------

    def cut(self, pos: int, evidence: Evidence, subhead: bool | None) -> None:
        self.cuts.append((pos, evidence, subhead))
        self.begin = pos

    def line(self, start: int, end: int) -> None:
        """Find the boundaries inside ``text[start:end]``, a stretch with no line break.

        One merged scanner (``Scanners.scan``) lists the sentence ends and the joins in
        text order, which is the order they must be judged in, since each boundary moves
        the start of the block the next ones belong to.
        """
        self.begin = start
        if self.stopped_at is not None:
            return
        sentence_end, join = self._sentence_end, self._join
        budget = self.budget
        for m in self.sc.scan.finditer(self.text, start, end):
            budget -= 1
            if budget < 0:
                self.stopped_at = m.start()
                break
            if m.lastgroup == "next":
                sentence_end(m, end)
            else:
                join(m, end)
        self.budget = budget
        if self.uncased:
            self._merge(uncased_cuts(self.text, start, end), start)

    def _merge(self, more: list[tuple[int, Evidence, bool | None]], start: int) -> None:
        """Add the cuts ``more`` found in the line from ``start`` to those found in it."""
        if not more:
            return
        first = len(self.cuts)
        while first and self.cuts[first - 1][0] > start:
            first -= 1
        merged = sorted((*self.cuts[first:], *more), key=lambda cut: cut[0])
        kept = [cut for i, cut in enumerate(merged) if i == 0 or cut[0] != merged[i - 1][0]]
        self.cuts[first:] = [cut for cut in kept if start < cut[0] < len(self.text)]

    def _join(self, m: re.Match[str], end: int) -> bool:
        """Judge one subhead join or glued mark; cut and return True when it is a boundary."""
        kind = m.lastgroup
        if kind in _MARK_KINDS:
            return self._mark(kind, m, end)
        if kind == "qjoin":
            # the capital was matched; the quote stands before it, maybe behind a space
            mark = m.start() - (2 if self.text[m.start() - 1] in _GAPS else 1)
            pos = mark + 1
        else:
            mark = -1
            pos = m.start() if kind in ("case", "digit") else m.end()
        if not self.begin < pos < end:
            return False
        if mark >= 0 and self.text[mark] in "'’" and not self._single_open(mark):
            return False  # an elision: ``l’Ukraine``
        if kind == "case" and self._markers is not False and self._link_end(pos):
            self.cut(pos, Evidence.GLUED_LINK, False)
            self.listing = True  # what follows a link is one more item of a list of links
            return True
        # A join ends a subhead that started at the block's start, or at the start of the
        # block's last sentence (a break printed as a space): at most so far from it.
        start = self.begin
        if pos > start + _HEADING_MAX_CHARS or not self._heading(start, pos, join=True):
            start = self._sentence_start(pos)
            if start < 0 or not self._heading(start, pos, join=True):
                return False
        if kind == "case":
            if not (self._lower_before(pos) and self._case_join(pos, m.end("case_word"), start)):
                return False
            evidence = Evidence.CASE_JOIN
        elif kind == "digit":
            if not self._plain_token(pos):
                return False
            evidence = Evidence.HEADING_END
        elif kind == "acronym":
            if not g.ANY_LOWER.search(self.text, start, pos) and self._caps_run(start, pos):
                evidence = Evidence.CAPS_HEADING
            elif self._acronym_join(pos):
                evidence = Evidence.HEADING_END
            else:
                return False
        elif kind == "qjoin":
            at = self._quote_join(mark, start)
            if at is None:
                return False
            pos, evidence = at, Evidence.HEADING_END
        elif kind == "capsdash" and not g.ANY_LOWER.search(self.text, start, pos):
            evidence = Evidence.HEADING_END
        else:
            return False
        if start != self.begin:
            self.cut(start, Evidence.HEADING_START, False)
            self.listing = False
        if self.listing:
            self.cut(pos, Evidence.LIST_ITEM, False)
        elif start == 0 and kind == "acronym":
            # the body's first block in capitals is its dateline (``БИШКЕКПрезидент``)
            self.cut(pos, evidence, False)
        else:
            self.cut(pos, evidence, True)
        return True

    def _link_end(self, pos: int) -> bool:
        """Whether a link ends at ``pos``, glued to a word: its last path segment is in
        lower case and the capitalised word after it ends at a space
        (``https://t.me/examplenewsExample News``; not ``/NewsRoom``, ``?v=aBcD``)."""
        if not self._address(pos):
            return False
        text = self.text
        before = g.TOKEN_BEFORE.match(text, max(0, pos - 80), pos)
        if before is None or "/" not in before.group():
            return False
        segment = before.group().rsplit("/", 1)[1]
        if not g.LINK_SEGMENT.fullmatch(segment):
            return False
        right = g.WORD_AFTER.match(text, pos)
        return right is not None and text[right.end() : right.end() + 1] in ("", " ")

    def _single_open(self, mark: int) -> bool:
        """Whether a single quote opens within a heading's reach before ``mark``."""
        text = self.text
        lo = max(self.begin, mark - _HEADING_MAX_CHARS)
        if text.find("‘", lo, mark) >= 0:
            return True
        at = text.rfind("'", lo, mark)
        while at >= 0:  # a ``'`` after a space or a bracket opens; after a letter it elides
            if at == 0 or text[at - 1] in _OPEN_BEFORE:
                return True
            at = text.rfind("'", lo, at)
        return False

    def _sentence_start(self, pos: int) -> int:
        """Where the last sentence before ``pos`` starts, after a sentence end and a space
        within a heading's reach of ``pos`` and after the block's start; -1 if none."""
        lo = max(self.begin, pos - _HEADING_MAX_CHARS)
        last = -1
        for m in self.sc.heading_stop.finditer(self.text, lo, pos):
            last = m.end()
        return last if last < pos else -1

    def _caps_run(self, start: int, pos: int) -> bool:
        """Whether ``text[start:pos]``, with no lower-case letter, is a heading in capitals
        (two words at least, so that one acronym glued to a word, ``NATOThe``, is left to
        the acronym rule): ``NOUVELLES SANCTIONS``, ``22 KİŞİ HASTANELERE KALDIRILDI``."""
        return " " in self.text[start:pos].strip()

    def _mark(self, kind: str | None, m: re.Match[str], end: int) -> bool:
        """Judge a colon, a link, a time, a ticker mark or a dash glued to what precedes."""
        text = self.text
        at = m.start()
        if kind == "colon":
            # a lead-in of three words at least (``Source:Reuters`` is a credit line)
            pos = m.end()
            lead = g.WORDS.findall(text, max(self.begin, at - _LEAD_REACH), at)
            if len(lead) < _LEAD_WORDS or self._address(at):
                return False
            if not self.begin < pos < end:
                return False
            self.cut(pos, Evidence.COLON_LIST, False)
            self.listing = True
            return True
        if kind == "link":
            pos = at - (5 if text[at - 1] == "s" else 4)
            evidence = Evidence.GLUED_LINK
        elif kind == "time":
            pos = at - 1
            while pos > 0 and pos > at - 2 and text[pos - 1].isdigit():
                pos -= 1
            evidence = Evidence.TIME_HEADING
        elif kind == "tick":
            pos, evidence = at, Evidence.TICKER_MARK
        else:  # dash: an item after a lead-in, or after a heading
            pos = at
            if not (self.listing or self._heading(self.begin, pos, join=True)):
                return False
            if not self.begin < pos < end:
                return False
            self.cut(pos, Evidence.LIST_ITEM, not self.listing)
            self.listing = True
            return True
        if not self.begin < pos < end:
            return False
        self.cut(pos, evidence, False if self.listing else None)
        return True

    def _sentence_end(self, m: re.Match[str], end: int) -> None:
        """Judge a stop glued to what may start a paragraph."""
        text = self.text
        q_start, q_end = m.span("quotes")
        stop_start, stop_end = m.start(), q_start
        if q_end >= end:
            return
        nxt = text[q_end]
        if text[stop_start:stop_end] == "." and not self._full_stop(stop_start, q_end, nxt):
            return
        # Walk the quote marks: closers stay with this block, the first opener starts the next.
        pos, gap = q_start, False
        while pos < q_end:
            mark = text[pos]
            if mark in _GAPS:
                gap = True
            elif self._closes(mark, pos):
                gap = False
            else:
                break
            pos += 1
        if gap:
            return  # "said. «Next": a space before the opener, so an ordinary sentence
        evidence = _SENTENCE_END
        subhead = False
        if pos < q_end:
            evidence = _OPENING_QUOTE
        elif nxt >= "\u0100" and self.sc.uncased_letter.match(nxt):  # (none in Latin-1)
            evidence = _UNCASED_STOP
        elif nxt in g.TICKER_MARKS:
            evidence = Evidence.TICKER_MARK
        if pos >= end or pos <= self.begin:
            return
        if pos - self.begin <= _TIME_MAX and g.TIME_ONLY.fullmatch(text, self.begin, stop_end):
            subhead = True  # a live blog's time heading: ``3:10 p.m.The mayor``
        self.cuts.append((pos, evidence, subhead))  # self.cut, inline
        self.begin = pos
        self.listing = False

    def _full_stop(self, dot: int, after: int, nxt: str) -> bool:
        """Whether the ``.`` at ``dot`` ends a sentence: not ``3.5``, ``(1).2``, ``t.me/x``.

        One-letter words, abbreviations and file extensions (``J.K.``, ``Dr.X``, ``a.PDF``)
        were refused by the scanner (``_body_grammar._not_a_full_stop``).
        """
        if nxt.isdigit():
            # no letter before the dot (``[^\W\d_]`` of the stdlib): a number
            before = self.text[dot - 1 : dot]
            if not (before.isalnum() and not before.isdecimal()):
                return False
        if after != dot + 1:
            return True  # a quote closes the sentence: ``fin."Le``
        if self.text[dot - 2 : dot - 1] == "." and self.text[dot - 1].isalpha():
            # an initialism (``U.K.``, ``p.m.``): ends a sentence when a word the text also
            # writes in lower case follows (``U.K.Officials``; not ``J.K.Rowling``)
            right = g.WORD_AFTER.match(self.text, after)
            return right is not None and self.free(right.group())
        return self._markers is False or not self._address(dot)  # (no call once known)

    def _closes(self, mark: str, pos: int) -> bool:
        """Whether the quote mark at ``pos``, right after a stop, closes a quote."""
        if mark == '"':
            return self.count('"', self.begin, pos) % 2 == 1 and not self._pairs_ahead(pos)
        if mark in _CLOSERS:
            return True
        if mark in _OPENERS:
            return False
        partner = _PARTNER.get(mark)
        if partner is None:
            return False
        return self.count(partner, self.begin, pos) > self.count(mark, self.begin, pos)

    def _address(self, pos: int) -> bool:
        """Whether ``pos`` lies inside a URL, a path or an e-mail address."""
        if self._markers is None:
            text = self.text
            marked = "/" in text or "@" in text or "www." in text
            self._markers = marked
        if not self._markers:
            return False
        text = self.text
        if g.ADDRESS.search(text, max(0, pos - 80), pos + 80) is None:
            return False  # no sign of an address anywhere near
        before = g.TOKEN_BEFORE.match(text, max(0, pos - 80), pos)
        after = g.TOKEN_AFTER.match(text, pos)
        lo = pos if before is None else before.start()
        hi = pos if after is None else after.end()
        return g.ADDRESS.search(text, lo, hi) is not None

    def _plain_token(self, pos: int) -> bool:
        """Whether the join at ``pos`` is in ordinary prose (no address, no dotted name)."""
        if self._address(pos):
            return False
        text = self.text
        lo = max(0, pos - 80)
        dot = text.rfind(".", lo, pos)
        if dot < 0 or text.find(" ", dot, pos) >= 0:
            return True  # no dot in reach, or a space after the last one: not in the token
        before = g.TOKEN_BEFORE.match(text, lo, pos)
        return before is None or "." not in before.group()

    def _words_at(self, pos: int, right_end: int = -1) -> tuple[str, str, int] | None:
        """The word parts left and right of a join at ``pos``, and where the right one ends
        (``right_end`` when the scanner found it already).

        None when either side is no word, or the join lies in an address or a dotted name.
        """
        text = self.text
        left_m = g.WORD_BEFORE.match(text, max(0, pos - 64), pos)
        if right_end < 0:
            right_m = g.WORD_AFTER.match(text, pos)
            right_end = pos if right_m is None else right_m.end()
        if left_m is None or right_end == pos or not self._plain_token(pos):
            return None
        return left_m.group(), text[pos:right_end], right_end

    def _case_join(self, pos: int, right_end: int, start: int) -> bool:
        """Judge ``xY`` at ``pos``: a subhead ending, or a camel-case name (the word from the
        capital on ends at ``right_end``)."""
        words = self._words_at(pos, right_end)
        if words is None:
            return False
        left, right, right_end = words
        after = self.text[right_end : right_end + 1]
        if left[0].islower() and len(left) <= 2:
            return False  # iPhone, eBay, iOS, kWh, mAh
        if left[0].isupper() and len(left) <= 3:
            return False  # McCain, DeSantis, LeBron, YouTube, TikTok, MacLeod
        # a one-letter word or an elided article opens the paragraph: ``devastadasO avanço``,
        # ``UcrainaE' morto``, ``RegierungL’Autriche``
        short = len(right) == 1 and (after in ("", " ", "\u00a0") or after in ("'", "’"))
        if (
            not short
            and right.isupper()
            and (len(right) > 1 or after not in ("", " "))
            and (left[0].isupper() or after not in ("", " ", ":", ","))
        ):
            return False  # OpenAI, (MoD); but gezogenKIEW: is a join
        word = left + right
        if word.lower() in g.CAMEL_NAMES:
            return False
        if self.seen(word)[0] >= 2:
            return False
        # A capitalised word glued to a capitalised one in a block's first words is a name
        # (``The drugmaker AstraZeneca said``) unless the left part is a word of its own
        # elsewhere (``KievUkrainian`` … ``Kiev``) or the right one a word the text also
        # writes in lower case (``GenevaThe`` … ``the``). After four words or more the
        # stretch is told a heading by its length.
        if not left[0].isupper() or short or self.text.count(" ", start, pos) >= _NAME_WORDS:
            return True
        return self.written(left) or self.written(right.lower())

    def _lower_before(self, pos: int) -> bool:
        """Whether a lower-case letter, maybe behind up to 3 combining marks, ends at ``pos``.

        Asked of a case join only, where the scanner saw a lower-case letter or a mark
        before ``pos``: a letter there is the lower-case one.
        """
        text = self.text
        i = pos - 1
        if text[i].isalpha():
            return True  # a letter where the scanner saw a lower-case letter or a mark
        while i > 0 and pos - i <= 3 and unicodedata.category(text[i])[0] == "M":
            i -= 1
        return g.LOWER_LETTER.match(text, i) is not None

    def _acronym_join(self, pos: int) -> bool:
        """Judge ``ONUDe``: an acronym ending a heading, seen elsewhere on its own."""
        words = self._words_at(pos)
        if words is None:
            return False
        left, right, _ = words
        if not left.isupper() or (len(right) == 2 and right[1] == "s"):
            return False  # NGOs, PCs
        glued, alone = self.seen(left + right, left)
        # the acronym stands alone elsewhere, or the word after it is one the text also
        # writes in lower case (``der OECDDie Regierung`` … ``die``)
        return glued < 2 and (alone >= 1 or self.free(right))

    def _quote_join(self, mark: int, start: int) -> int | None:
        """Judge a quote glued between a heading and a capital; return where to cut.

        A closing quote (``'VAR'Em``, ``"non"Le``) ends the heading: cut after it. An opening
        one (``dialogue"Nous``, ``vue«Le``) starts the paragraph: cut before it.
        """
        text = self.text
        quote = text[mark]
        stretch = text[start:mark]
        if quote in "'’":
            closes = g.SINGLE_OPEN.search(stretch) is not None
            return mark + 1 if closes else None
        if quote == '"':
            return mark + 1 if stretch.count('"') % 2 else mark
        if quote in "«„" or (quote == "“" and "„" not in stretch):
            return mark
        if quote == ")":  # a heading ending in brackets: ``… DU SÉNÉGAL (ANSD)Dakar``
            return mark + 1 if stretch.count(" ") >= _NAME_WORDS else None
        partner = "„" if quote == "“" else "“" if quote == "”" else "«"
        return mark + 1 if partner in stretch else None

    def _heading(self, start: int, end: int, *, join: bool = False) -> bool:
        """Whether ``text[start:end]`` looks like a heading: short, capitalised, no stop.

        ``join``: the stretch ends at a join (a word was glued to it), so it must have at
        least two words, or be written in capitals.
        """
        if end - start > _HEADING_MAX_CHARS:
            return False
        stretch = self.text[start:end].strip()
        first = g.FIRST_LETTER.search(stretch)
        if first is None:
            return g.TICKER_TIME.fullmatch(stretch) is not None  # ``++22.45++``
        if not (stretch[0].isdigit() or first.group().isupper()):
            return False
        if stretch.rstrip(g.QUOTE_CHARS)[-1:] in g.HEADING_BAD_END:
            return False
        if self.sc.heading_stop.search(stretch) and not g.TIME_HEAD.match(stretch):
            return False  # (a live blog's time heading may hold a stop: ``20h50 - Kyiv. A…``)
        words = stretch.count(" ") + 1
        if words > _HEADING_MAX_WORDS:
            return False
        if join and words == 1 and g.ANY_LOWER.search(stretch) is not None:
            return False
        # an item, a credit or source line, a link: no heading (items are judged apart)
        if self.listing or not (stretch[0] in g.ITEM_MARKS or _credit_signs(stretch)):
            return True  # (nothing the pattern below could match: told at C speed)
        return g.NOT_A_HEADING.match(stretch) is None

    # -- the result -----------------------------------------------------------------------

    def blocks(self, base: int) -> tuple[_Block, ...]:
        text = self.text
        out: list[_Block] = []
        start, evidence = 0, Evidence.START
        last = len(self.cuts)
        tail = (len(text), None, False if self.listing else None)
        for pos, next_evidence, known in (*self.cuts, tail):
            # A block found by a join is a subhead; a block ended by a stop is a paragraph;
            # a block ended by a line break or the text's end is a subhead if it looks like
            # one and is not the only block.
            subhead = known if known is not None else last > 0 and self._heading(start, pos)
            cls = Subhead if subhead else Paragraph
            out.append(cls(text[start:pos], base + start, base + pos, evidence))
            if next_evidence is not None:
                start, evidence = pos, next_evidence
        return tuple(out)


def _credit_signs(stretch: str) -> bool:
    """Whether ``stretch`` holds a sign of a credit or source line (``:/@.``)."""
    return ":" in stretch or "/" in stretch or "@" in stretch or "." in stretch
