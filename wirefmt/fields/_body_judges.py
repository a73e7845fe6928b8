"""The body splitter's join and mark judges: each candidate the scan lists is weighed, and cut.

The scan (``body``) lists candidates in text order; a judge looks at the one it is given,
asks the body's evidence (:class:`~wirefmt.fields._body_evidence.BodyText`, and
:class:`~wirefmt.fields._body_headings.HeadingText` for the shape of a stretch) what it
needs, and cuts when the evidence holds, naming it on the new block (:class:`Evidence`):

* ``_sentence_end`` (in ``_body_stops``): a stop glued to what may start a paragraph
  (``pays.Selon``, ``sagte.»Wir``, ``U.K.The``), and which quote marks go with which block;
* ``_join``: a heading's end glued to a paragraph, by case (``dialoguePlusieurs``), digit,
  acronym or capitals (``SANCTIONSLa``), quote or bracket; the heading runs from the block's
  start, or from its last sentence's start when a break was printed as a space;
* ``_mark``: a glued colon before items, a link, a live blog's time, a ticker mark, a dash.
"""

from __future__ import annotations

import re

from wirefmt._model import Evidence
from wirefmt.fields import _body_grammar as g
from wirefmt.fields import _body_shapes as sh
from wirefmt.fields._body_evidence import HEADING_MAX_CHARS
from wirefmt.fields._body_stops import CANDIDATE_FLOOR, CANDIDATE_SPACING, StopJudges
from wirefmt.fields._body_stops import GAPS as _GAPS
from wirefmt.fields._body_stops import NAME_WORDS as _NAME_WORDS

__all__ = ["CANDIDATE_FLOOR", "CANDIDATE_SPACING", "Judges"]

#: The scanner's branches judged by ``Judges._mark`` (a glued colon, link, time, mark, dash).
_MARK_KINDS = frozenset(("colon", "link", "time", "htime", "htime_dash", "tick", "dash"))
#: A lead-in before a glued colon has three words at least (``Source:Reuters`` is a credit
#: line); they are looked for this far back.
_LEAD_WORDS = 3
_LEAD_REACH = 64
#: The fewest letters of a heading's last word in capitals glued to a one-letter word
#: before a lower-case one (``ΕΝΕΡΓΕΙΑΟ υπουργός``); a shorter one may be an acronym.
_CAPS_WORD_MIN = 4


class Judges(StopJudges):
    """One body being split: the judges of joins and glued marks (stops: ``StopJudges``)."""

    def _join(self, m: re.Match[str], end: int) -> bool:
        """Judge one subhead join or glued mark; cut and return True when it is a boundary."""
        kind = m.lastgroup
        if kind in _MARK_KINDS:
            return self._mark(kind, m, end)
        if kind == "qjoin":
            # the capital was matched; the quote stands before it, maybe behind a space
            mark = m.start() - (2 if self.text[m.start() - 1] in _GAPS else 1)
            pos = mark + 1
            if self.text[mark] == '"' and self._quoted_sentence_ahead(mark, end):
                return self._opening_straight_quote(mark)
        else:
            mark = -1
            pos = m.start() if kind in ("case", "digit", "capsword") else m.end()
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
        if pos > start + HEADING_MAX_CHARS or not self._heading(start, pos, join=True, shape=True):
            start = self._sentence_start(pos)
            if start < 0 or not self._heading(start, pos, join=True, shape=True):
                return False
        judged = self._join_kind(kind, m, pos, start, mark)
        if judged is None:
            return False
        pos, evidence = judged
        if start != self.begin:
            self.cut(start, Evidence.HEADING_START, False)
            self.listing = False
        if self.listing:
            self.cut(pos, Evidence.LIST_ITEM, False)
        elif self._credit(start, pos):
            # an item or a credit line glued to the next block: a paragraph (``Foto: RIA
            # Novosti / Ivan IvanovDer Präsident``)
            self.cut(pos, evidence, False)
        elif start == 0 and kind != "capsdash" and sh.DATELINE_START.match(self.text, 0, pos):
            # the body's first block opening with a place in capitals, glued to a word, is
            # its dateline (``БИШКЕКПрезидент``, ``BAKU, Azerbaijan, Dec. 6By``); before a
            # list dash it is a heading (``L'ESSENTIEL- Des``)
            self.cut(pos, evidence, False)
        else:
            # a heading's shape but too long for one: a paragraph that lost its stop
            self.cut(pos, evidence, self._subhead_sized(start, pos))
        return True

    def _opening_straight_quote(self, mark: int) -> bool:
        """Cut before a ``"`` glued between a letter and a capital that opens a quoted
        sentence the text closes (``…sa Pekingom"Ako … Si.", rekao je``): prose puts a space
        before an opening quote, so a paragraph break was lost there, whatever the count of
        marks before it says (a source that never closed its quote leaves it odd). The block
        before is a subhead when it has a heading's shape and size, else a paragraph."""
        if not self.begin < mark:
            return False
        subhead = self._heading(self.begin, mark) and self._subhead_sized(self.begin, mark)
        self.cut(mark, Evidence.OPENING_QUOTE, subhead)
        self.listing = False
        return True

    def _join_kind(
        self, kind: str | None, m: re.Match[str], pos: int, start: int, mark: int
    ) -> tuple[int, Evidence] | None:
        """Weigh a join after a heading-like stretch from ``start``, by its kind: where to
        cut and the evidence, or None when the evidence does not hold."""
        if kind == "case":
            if not (self._lower_before(pos) and self._case_join(pos, m.end("case_word"), start)):
                return None
            evidence = Evidence.CASE_JOIN
        elif kind == "digit":
            if not self._plain_token(pos):
                return None
            evidence = Evidence.HEADING_END
        elif kind == "acronym":
            if not sh.ANY_LOWER.search(self.text, start, pos) and self._caps_run(start, pos):
                evidence = Evidence.CAPS_HEADING
            elif self._acronym_join(pos) or self._credit_before_sentence(start, pos):
                evidence = Evidence.HEADING_END
            else:
                return None
        elif kind == "qjoin":
            at = self._quote_join(mark, start)
            if at is None:
                return None
            pos, evidence = at, Evidence.HEADING_END
        elif kind == "capsdash" and not sh.ANY_LOWER.search(self.text, start, pos):
            evidence = Evidence.HEADING_END
        elif kind == "capsdigit":
            # the heading's capitals run into a number that opens the paragraph (an acronym
            # with a number, ``COVID19``, is one token: it recurs as one)
            if sh.ANY_LOWER.search(self.text, start, pos) or not self._caps_run(start, pos):
                return None
            token = sh.TOKEN_AFTER.match(self.text, pos)
            left = sh.WORD_BEFORE.match(self.text, max(0, pos - 64), pos)
            if left is None or token is None:
                return None
            if self.text.count(left.group() + token.group()) > 1:
                return None
            evidence = Evidence.CAPS_HEADING
        elif kind == "capsword":
            # the heading's capitals run into a one-letter word the text writes on its own
            if sh.ANY_LOWER.search(self.text, start, pos) or not self._caps_run(start, pos):
                return None
            text = self.text
            letter = text[pos]
            left = sh.WORD_BEFORE.match(text, max(0, pos - 64), pos)
            if left is None or text.count(left.group() + letter) > 1:
                return None  # an acronym the text writes again: ``USA``, ``США``
            if text[pos + 1] not in "'’" and text[pos + 2 : pos + 3].islower():
                # before a word in lower case (``ΕΝΕΡΓΕΙΑΟ υπουργός``) the heading's last word
                # has four letters at least and the text writes the letter capitalised on
                # its own, as a sentence opens (not ``— NASA is``, ``THE USA is``)
                if len(left.group()) < _CAPS_WORD_MIN or not self.written(letter):
                    return None
            elif not (self.written(letter) or self.free(letter)):
                return None
            evidence = Evidence.CAPS_HEADING
        else:
            return None
        return pos, evidence

    def _sentence_start(self, pos: int) -> int:
        """Where the last sentence before ``pos`` starts, after a sentence end and a space
        within a heading's reach of ``pos`` and after the block's start; -1 if none."""
        lo = max(self.begin, pos - HEADING_MAX_CHARS)
        text = self.text
        if text.find(" ", lo, pos) < 0 and text.find("\u00a0", lo, pos) < 0:
            return -1  # no space, so no sentence end before one (told at C speed: ``aAaA``)
        if (
            text.find(".", lo, pos) < 0
            and text.find("?", lo, pos) < 0
            and text.find("!", lo, pos) < 0
            and text.find("…", lo, pos) < 0
            and text[lo:pos].isascii()
        ):
            return -1  # no stop at all (the pattern below reads the other scripts' stops)
        last = -1
        for m in self.sc.heading_stop.finditer(text, lo, pos):
            last = m.end()
        return last if last < pos else -1

    def _mark(self, kind: str | None, m: re.Match[str], end: int) -> bool:
        """Judge a colon, a link, a time, a ticker mark or a dash glued to what precedes."""
        text = self.text
        at = m.start()
        if kind == "colon":
            # a lead-in of three words at least (``Source:Reuters`` is a credit line)
            pos = m.end()
            lead = sh.WORDS.findall(text, max(self.begin, at - _LEAD_REACH), at)
            # (a bullet after the colon is no credit's value: ``Key points:• Talks``)
            bullet = text[pos : pos + 1] in sh.TICKER_MARKS
            if len(lead) < (1 if bullet else _LEAD_WORDS) or self._address(at):
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
        elif kind in {"htime", "htime_dash"}:
            # found at the separator after ``14h32`` or ``9h05``, maybe behind a space
            pos = at - (4 if text[at - 1] == " " else 3)
            pos -= 2 if text[pos - 2].isdigit() else 1
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

    def _name_prefix(self, left: str, right: str) -> bool:
        """Whether a lower-case ``left`` glued to a capitalised ``right`` is the prefix of a
        name or a unit: iPhone, eBay, iOS, kWh, mAh, dBm. A heading's last word of two
        letters glued to a word is a join (``Pendler steigen aufs Auto umAuf den``), and so
        is one of one letter when the text writes it on its own and the right part in lower
        case (Armenian ``… փուլում էԸստ`` … ``է``, ``ըստ``)."""
        if len(left) == 1:
            return not (self.written(left) and self.free(right))
        return len(left) == 2 and len(right) <= 2

    def _case_join(self, pos: int, right_end: int, start: int) -> bool:
        """Judge ``xY`` at ``pos``: a subhead ending, or a camel-case name (the word from the
        capital on ends at ``right_end``)."""
        words = self._words_at(pos, right_end)
        if words is None:
            return False
        left, right, right_end = words
        after = self.text[right_end : right_end + 1]
        # a one-letter word or an elided article opens the paragraph: ``devastadasO avanço``,
        # ``UcrainaE' morto``, ``RegierungL’Autriche``
        short = len(right) == 1 and (after in ("", " ", "\u00a0") or after in ("'", "’"))
        elided = short and after in ("'", "’")
        if left[0].islower() and self._name_prefix(left, right):
            return False
        # a month after a day number ends a date heading: ``Dienstag, 9. MaiDie``
        date = left[0].isupper() and self._day_and_month(pos - len(left), left)
        if left[0].isupper() and len(left) <= 3 and not date and not elided:
            # McCain, DeSantis, LeBron, YouTube, TikTok, MacLeod; no name runs into an
            # elided article (``pointe du RazC'est``)
            return False
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
        if short:
            # after a capitalised word, the letter is a word the text writes on its own
            # (``MundialA Rússia`` … ``a``), not the end of a name (``SpaceX``)
            # (or, elided, it is an article or a pronoun: ``C'est``, ``L’Italie``)
            return left[0].islower() or elided or self.written(right) or self.free(right)
        # A capitalised word glued to a capitalised one is a name (``The drugmaker
        # AstraZeneca said``) unless the left part is a word of its own elsewhere
        # (``KievUkrainian`` … ``Kiev``) or the right one a word the text also writes in
        # lower case (``GenevaThe`` … ``the``). A stretch of four words or more from the
        # block's start is told a heading by its length; one after a break printed as a
        # space (inside a paragraph, where names are many) always needs that evidence.
        if date or not left[0].isupper():
            return True
        if start == self.begin and self.text.count(" ", start, pos) >= _NAME_WORDS:
            return True
        if self.written(left) or self.written(right.lower()):
            return True
        return self._credit_before_sentence(start, pos, right_end)

    def _credit_before_sentence(self, start: int, pos: int, right_end: int = -1) -> bool:
        """Whether a credit or source line from ``start`` is glued at ``pos`` to a sentence:
        the word there (ending at ``right_end`` when known) is followed by a space and a
        lower-case word (``Source: ReutersTraffic resumed``, ``Фото: РИА НовостиДвижение
        восстановлено``, ``Kaynak: AATrafik iki``); a credit's value ends the line or runs
        on in capitals."""
        text = self.text
        if text.find(":", start, pos) < 0 and text.find("/", start, pos) < 0:
            return False  # no label and no slash: no credit (told at C speed)
        if not self._credit(start, pos) or text[start:pos].lstrip()[:1] in sh.ITEM_MARKS:
            return False
        if right_end < 0:
            right = sh.WORD_AFTER.match(text, pos)
            if right is None:
                return False
            right_end = right.end()
        return (
            text[right_end : right_end + 1] == " " and text[right_end + 1 : right_end + 2].islower()
        )

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
