"""The body splitter's stop and quote judges: a stop glued to what may start a paragraph.

``StopJudges._sentence_end`` weighs a stop glued to what may open a paragraph (``pays.Selon``,
``sagte.»Wir``, ``U.K.The``) and tells which quote marks go with which block
(``_closes``); ``_quote_join`` tells the side of a quote glued between a heading and a
capital (``"non"Le``, ``vue«Nous``). The joins and glued marks are judged in
``_body_judges``, which builds on this class.
"""

from __future__ import annotations

import re

from wirefmt._model import Evidence
from wirefmt.fields import _body_grammar as g
from wirefmt.fields import _body_shapes as sh
from wirefmt.fields._body_evidence import TIME_MAX
from wirefmt.fields._body_headings import HeadingText

__all__ = ["CANDIDATE_FLOOR", "CANDIDATE_SPACING", "GAPS", "NAME_WORDS", "StopJudges"]

# Candidates judged at most: one per this many characters, plus a floor. Real prose offers
# one glued candidate in a hundred or two characters (the sample: eleven in 2,100); text
# offering one every few characters ("Dr.ADr.A…") is not prose, and judging each candidate
# in Python would cost many times the per-byte cost of a real body.
CANDIDATE_SPACING = 24
CANDIDATE_FLOOR = 64
#: Quote marks that always close, always open, or close only when their partner is open.
GAPS = frozenset(" \u00a0\u202f")
_GAPS = GAPS
_CLOSERS = frozenset("'’”)]」』›")
_OPENERS = frozenset("„‘‹")
#: For a mark that can go either way: the mark that would have opened it.
_PARTNER = {"»": "«", "«": "»", "“": "„"}
#: Evidence members read per candidate (a module name is read faster than an enum member).
_SENTENCE_END = Evidence.SENTENCE_END
_OPENING_QUOTE = Evidence.OPENING_QUOTE
_UNCASED_STOP = Evidence.UNCASED_STOP
_TICKER_MARKS = sh.TICKER_MARKS
#: The numbers of the scanner's ``abbr`` and ``quotes`` groups (the same in both builds).
_ABBR: int = g.FAST.scan.groupindex["abbr"]
_QUOTES: int = g.FAST.scan.groupindex["quotes"]
#: Spaces in a stretch before a camel word or a bracket from which its length says
#: "heading" (four words).
NAME_WORDS = 3


class StopJudges(HeadingText):
    """One body being split: the cuts found so far, and the judges of stops and quotes."""

    def __init__(self, text: str, sc: g.Scanners) -> None:
        super().__init__(text, sc)
        #: (position, evidence of the block starting there, is the block ending there a
        #: subhead: True, False, or None = decide from its text).
        self.cuts: list[tuple[int, Evidence, bool | None]] = []
        #: Candidates still to judge; where judging stopped when they ran out, else None.
        self.budget = len(text) // CANDIDATE_SPACING + CANDIDATE_FLOOR
        self.stopped_at: int | None = None
        #: Whether the body is in a script without case (its own traces are read too).
        self.uncased = False

    def cut(self, pos: int, evidence: Evidence, subhead: bool | None) -> None:
        self.cuts.append((pos, evidence, subhead))
        self.begin = pos

    def _sentence_end(self, m: re.Match[str], end: int) -> None:
        """Judge a stop glued to what may start a paragraph."""
        text = self.text
        q_start, q_end = m.span(_QUOTES)
        stop_start, stop_end = m.start(), q_start
        if q_end >= end:
            return
        if (
            q_end == stop_start + 1  # the commonest: one full stop glued to a capital
            and text[stop_start] == "."
            and text[q_end].isupper()
            and text[q_end] < "\u10a0"  # (Georgian capitals are read as uncased letters)
            and m.start(_ABBR) < 0
            and text[stop_start - 2 : stop_start - 1] != "."
            and (self._markers is False or not self._address(stop_start))
        ):
            begin = self.begin
            if q_end > begin:
                time_heading = (
                    q_end - begin <= TIME_MAX
                    and text[begin].isdigit()
                    and sh.TIME_ONLY.fullmatch(text, begin, stop_end) is not None
                )
                self.cuts.append((q_end, _SENTENCE_END, time_heading))
                self.begin = q_end
                self.listing = False
            return
        nxt = text[q_end]
        abbreviation = False
        if text[stop_start:stop_end] == ".":
            if not self._full_stop(stop_start, q_end, nxt):
                return
            if m.start(_ABBR) >= 0:
                # a listed abbreviation ends a sentence when a common word follows
                right = sh.WORD_AFTER.match(text, q_end)
                if right is None or not self.free(right.group()):
                    return
                abbreviation = True
        # Walk the quote marks: closers stay with this block, the first opener starts the next.
        pos, gap = q_start, False
        while pos < q_end:
            mark = text[pos]
            if mark in _GAPS:
                gap = True
            elif self._closes(mark, pos, end):
                gap = False
            else:
                break
            pos += 1
        if gap:
            return  # "said. «Next": a space before the opener, so an ordinary sentence
        evidence = _SENTENCE_END
        if pos < q_end:
            evidence = _OPENING_QUOTE
        elif nxt >= "\u0100" and self.sc.uncased_letter.match(nxt):  # (none in Latin-1)
            evidence = _UNCASED_STOP
        elif nxt in _TICKER_MARKS:
            evidence = Evidence.TICKER_MARK
        elif abbreviation or (
            text[stop_start - 2 : stop_start - 1] == "."
            and text[stop_start - 1].isalpha()
            and stop_end == stop_start + 1
        ):
            evidence = Evidence.INITIALISM_END  # (``_full_stop`` weighed the word after)
        if pos >= end or pos <= self.begin:
            return
        subhead = self._stop_heading(stop_start, stop_end, pos)
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
            right = sh.WORD_AFTER.match(self.text, after)
            return right is not None and self.free(right.group())
        return self._markers is False or not self._address(dot)  # (no call once known)

    def _closes(self, mark: str, pos: int, end: int) -> bool:
        """Whether the quote mark at ``pos``, right after a stop, closes a quote."""
        if mark == '"':
            return self.count('"', self.begin, pos) % 2 == 1 and not self._pairs_ahead(pos, end)
        if mark == "”":
            # ``“…”`` and ``„…”`` close it; Romanian, Swedish and Finnish also open with it
            # (``sade han.”Vi``): it closes when the marks before it in the block are odd
            begin = self.begin
            marks = self.count("”", begin, pos) + self.count("“", begin, pos)
            return (marks + self.count("„", begin, pos)) % 2 == 1
        if mark in "'’":
            # a single quote closes, unless none opened before it in the block and the
            # sentence after it closes one (``short.'We go on,' the chief said``)
            return not (self._single_closed_ahead(pos, end) and not self._single_open(pos))
        if mark in _CLOSERS:
            return True
        if mark in _OPENERS:
            return False
        partner = _PARTNER.get(mark)
        if partner is None:
            return False
        return self.count(partner, self.begin, pos) > self.count(mark, self.begin, pos)

    def _quote_join(self, mark: int, start: int) -> int | None:
        """Judge a quote glued between a heading and a capital; return where to cut.

        A closing quote (``'VAR'Em``, ``"non"Le``) ends the heading: cut after it. An opening
        one (``dialogue"Nous``, ``vue«Le``) starts the paragraph: cut before it.
        """
        text = self.text
        quote = text[mark]
        stretch = text[start:mark]
        if quote in "'’":
            closes = sh.SINGLE_OPEN.search(stretch) is not None
            return mark + 1 if closes else None
        if quote == '"':
            if not text[mark - 2 : mark - 1].isalpha():
                return None  # after a one-letter word, an apostrophe typed over: ``O"Neill``
            if stretch.count('"') % 2:
                return mark + 1  # it closes the quote opened in the heading: ``le "non"Le``
            # it opens one, when a partner follows (``l"Europe`` is an elision typed over)
            return mark if self._straight_partner_ahead(mark) else None
        if quote == ")":
            # a heading ending in brackets, four words at least (``… DU SÉNÉGAL (ANSD)Dakar``)
            # or before a word the text also writes in lower case (``Growth slows
            # (chart)The``; not ``ministry (MoD)Officials``, a lost space)
            if stretch.count(" ") >= NAME_WORDS:
                return mark + 1
            right = sh.WORD_AFTER.match(text, mark + 1)
            return mark + 1 if right is not None and self.free(right.group()) else None
        # Guillemets close what their partner opened (``«…»`` in French, ``»…«`` in German:
        # ``um »Zeitenwende«Der``), else they open the paragraph (``Genf»Wir``, ``vue«Nous``).
        if quote == "«":
            return mark + 1 if stretch.count("»") > stretch.count("«") else mark
        if quote == "»":
            return mark + 1 if stretch.count("«") > stretch.count("»") else mark
        if quote == "„" or (quote == "“" and "„" not in stretch):
            return mark
        if quote == "“":
            return mark + 1  # closes ``„…“``
        # ``”`` closes ``“…”``, ``„…”`` and ``”…”``; with the marks before it even, it opens
        # (Romanian, Swedish, Finnish: ``Genève”Vi``)
        opened = stretch.count("“") + stretch.count("„") + stretch.count("”")
        return mark + 1 if opened % 2 else mark
