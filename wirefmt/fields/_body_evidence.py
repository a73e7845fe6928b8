"""The body splitter's evidence: what a body's own text says, asked by the judges.

:class:`BodyText` holds one body and answers questions about it, each bounded or computed
once and only when first asked: how often a glued word recurs (``seen``), whether the text
writes a word as a word of its own (``written``, ``free``), how many quote marks stand in a
stretch (``count``), whether a point lies inside an address or ends a link. Whether a
stretch has the shape of a heading is asked of ``_body_headings``. It decides nothing: the
judges (``_body_stops``, ``_body_judges``) weigh these answers, and the scan (``body``)
feeds them the candidates.
"""

from __future__ import annotations

import unicodedata
from collections import Counter

from wirefmt.fields import _body_grammar as g
from wirefmt.fields import _body_shapes as sh

__all__ = [
    "HEADING_MAX_CHARS",
    "TIME_MAX",
    "BodyText",
    "inner_capital_words",
]

#: The longest stretch (in characters) that can be a subhead.
HEADING_MAX_CHARS = 200
#: The longest time heading (``12:45 a.m.``).
TIME_MAX = 12
#: How many recurrence questions ``str.count`` answers before the word counts are built, and
#: how many characters those counts may read in all (eight passes over 16,384 characters).
_COUNT_BUDGET = 8
_COUNT_CHARS = _COUNT_BUDGET * 16_384
# Quote marks in a stretch this short are counted directly; longer ones keep running counts.
_DIRECT_COUNT = 1024
#: How far the partner of a straight quote is looked for.
_QUOTE_REACH = 400
#: What stands between a closing quote and a speech tag in lower case (``", rekao``).
_TAG_GAPS = frozenset(" \u00a0")
#: What stands before a ``'`` that opens a quote.
_OPEN_BEFORE = frozenset(" (\u00a0\t")


def inner_capital_words(text: str, sc: g.Scanners) -> Counter[str]:
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
        before = sh.RUN_BEFORE.match(text, 0, pos)
        after = match_word(text, pos)
        assert before is not None and after is not None  # a letter, then a capital
        word_end = after.end()
        counts[text[before.start() : word_end]] += 1
    return counts


class BodyText:
    """One body and the evidence its text gives, computed lazily."""

    def __init__(self, text: str, sc: g.Scanners) -> None:
        self.text = text
        self.sc = sc  # the scanners for this text (FAST below U+10000)
        #: Where the block being read starts, and whether it is an item of a list (after a
        #: lead-in colon or a dash): set by the judges as they cut.
        self.begin = 0
        self.listing = False
        self._words: Counter[str] | None = None
        self._asked = 0
        self._markers: bool | None = None  # whether ``/``, ``@`` or ``www.`` occur at all
        self._count_from = -1  # the block start the running quote counts are taken from
        self._counts: dict[str, tuple[int, int]] = {}  # mark -> (count so far, up to where)
        self._free_asked = 0
        self._words_seen: frozenset[str] | None = None

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
            self._words = inner_capital_words(self.text, self.sc)
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
            return sh.standalone(self.text, word)
        if self._words_seen is None:
            self._words_seen = frozenset(sh.WORDS.findall(self.text))
        return word in self._words_seen

    def _pairs_ahead(self, pos: int, end: int) -> bool:
        """Whether the sentence after the ``"`` at ``pos`` (up to its first stop, within the
        line ending at ``end``) holds an odd number of ``"``, so that it needs this one as a
        partner: ``говорителят."Празничният маршрут" е…``."""
        if not self.text[pos + 1 : pos + 2].isalpha():
            return False  # an opener stands before a word (not ``.""Next``, ``."+++ "Next``)
        hi = min(end, pos + _QUOTE_REACH)
        m = sh.ANY_STOP.search(self.text, pos + 1, hi)
        return self.text.count('"', pos + 1, hi if m is None else m.end()) % 2 == 1

    def _quoted_sentence_ahead(self, pos: int, end: int) -> bool:
        """Whether the ``"`` at ``pos`` opens a quoted sentence that the text closes: the
        first sentence after it ends with its stop, then ``"``, then a comma or a space and a
        lower-case letter (a speech tag: ``"Ako … Si.", rekao je``, ``"Wir … schnell." sagte
        er``), with no other ``"`` in between. Read within the line ending at ``end``."""
        text = self.text
        hi = min(end, pos + _QUOTE_REACH)
        m = sh.STOP_RUN.search(text, pos + 1, hi)
        if m is None or text.find('"', pos + 1, m.start()) >= 0:
            return False
        tail = text[m.end() : m.end() + 3]
        if tail[:1] != '"':
            return False
        return tail[1:2] == "," or (tail[1:2] in _TAG_GAPS and tail[2:3].islower())

    def _single_closed_ahead(self, pos: int, end: int) -> bool:
        """Whether the sentence after the single quote at ``pos`` closes a single quote: a
        stop or a comma, then ``'`` or ``’``, before any other stop or single quote
        (``'We go on,' the chief said``, ``’Vi fortsätter,’ sade hon``)."""
        if not self.text[pos + 1 : pos + 2].isalpha():
            return False
        return (
            sh.SINGLE_CLOSE_AHEAD.match(self.text, pos + 1, min(end, pos + _QUOTE_REACH))
            is not None
        )

    def _straight_partner_ahead(self, pos: int) -> bool:
        """Whether a ``"`` stands within reach after the one at ``pos`` (an opening mark has
        a partner; ``O"Neill``, a typed-over apostrophe, has none)."""
        return self.text.find('"', pos + 1, pos + _QUOTE_REACH) >= 0

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

    def _address(self, pos: int) -> bool:
        """Whether ``pos`` lies inside a URL, a path or an e-mail address."""
        if self._markers is None:
            text = self.text
            marked = "/" in text or "@" in text or "www." in text
            self._markers = marked
        if not self._markers:
            return False
        text = self.text
        if sh.ADDRESS.search(text, max(0, pos - 80), pos + 80) is None:
            return False  # no sign of an address anywhere near
        before = sh.TOKEN_BEFORE.match(text, max(0, pos - 80), pos)
        after = sh.TOKEN_AFTER.match(text, pos)
        lo = pos if before is None else before.start()
        hi = pos if after is None else after.end()
        return sh.ADDRESS.search(text, lo, hi) is not None

    def _plain_token(self, pos: int) -> bool:
        """Whether the join at ``pos`` is in ordinary prose (no address, no dotted name)."""
        if self._address(pos):
            return False
        text = self.text
        lo = max(0, pos - 80)
        dot = text.rfind(".", lo, pos)
        if dot < 0 or text.find(" ", dot, pos) >= 0:
            return True  # no dot in reach, or a space after the last one: not in the token
        before = sh.TOKEN_BEFORE.match(text, lo, pos)
        return before is None or "." not in before.group()

    def _words_at(self, pos: int, right_end: int = -1) -> tuple[str, str, int] | None:
        """The word parts left and right of a join at ``pos``, and where the right one ends
        (``right_end`` when the scanner found it already).

        None when either side is no word, or the join lies in an address or a dotted name.
        """
        text = self.text
        left_m = sh.WORD_BEFORE.match(text, max(0, pos - 64), pos)
        if right_end < 0:
            right_m = sh.WORD_AFTER.match(text, pos)
            right_end = pos if right_m is None else right_m.end()
        if left_m is None or right_end == pos or not self._plain_token(pos):
            return None
        return left_m.group(), text[pos:right_end], right_end

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
        return sh.LOWER_LETTER.match(text, i) is not None

    def _link_end(self, pos: int) -> bool:
        """Whether a link ends at ``pos``, glued to a word: its last path segment is in
        lower case and the capitalised word after it ends at a space
        (``https://t.me/examplenewsExample News``; not ``/NewsRoom``, ``?v=aBcD``)."""
        if not self._address(pos):
            return False
        text = self.text
        before = sh.TOKEN_BEFORE.match(text, max(0, pos - 80), pos)
        if before is None or "/" not in before.group():
            return False
        segment = before.group().rsplit("/", 1)[1]
        if not sh.LINK_SEGMENT.fullmatch(segment):
            return False
        right = sh.WORD_AFTER.match(text, pos)
        return right is not None and text[right.end() : right.end() + 1] in ("", " ")

    def _single_open(self, mark: int) -> bool:
        """Whether a single quote opens within a heading's reach before ``mark``."""
        text = self.text
        lo = max(self.begin, mark - HEADING_MAX_CHARS)
        if text.find("‘", lo, mark) >= 0:
            return True
        at = text.rfind("'", lo, mark)
        while at >= 0:  # a ``'`` after a space or a bracket opens; after a letter it elides
            if at == 0 or text[at - 1] in _OPEN_BEFORE:
                return True
            at = text.rfind("'", lo, at)
        return False
