"""The body splitter's evidence about stretches: whether one has a heading's shape.

:class:`HeadingText` extends the body's word and quote evidence
(:class:`~wirefmt.fields._body_evidence.BodyText`) with questions about a stretch of text:
whether it is short, capitalised and stopless like a heading (``_heading``), an item, credit
or source line (``_credit``), in title case or capitals, a time or a caps heading ending in
``?``/``!``, or a date heading's month. It decides nothing; the judges weigh the answers.
"""

from __future__ import annotations

from wirefmt.fields import _body_shapes as sh
from wirefmt.fields._body_evidence import HEADING_MAX_CHARS, TIME_MAX, BodyText
from wirefmt.fields._months import month_numbers

__all__ = ["HEADING_MAX_WORDS", "SUBHEAD_MAX_WORDS", "HeadingText"]

#: The most words of a heading.
HEADING_MAX_WORDS = 25
#: The most words of a subhead in sentence case: a longer stretch with no stop, glued to the
#: next block, is a paragraph that lost its stop (agency subheads in sentence case run to
#: some fifteen words; one in title case or capitals may be longer).
SUBHEAD_MAX_WORDS = 20
#: The most words of a last block in sentence case with no stop that reads as a heading.
_END_LABEL_WORDS = 5


def _credit_signs(stretch: str) -> bool:
    """Whether ``stretch`` holds a sign of a credit or source line (``:/@.``)."""
    return ":" in stretch or "/" in stretch or "@" in stretch or "." in stretch


class HeadingText(BodyText):
    """One body, and the evidence about the shape of its stretches."""

    def _heading(self, start: int, end: int, *, join: bool = False, shape: bool = False) -> bool:
        """Whether ``text[start:end]`` looks like a heading: short, capitalised, no stop,
        and no item, credit or source line or link (``shape``: the shape alone is asked,
        see :meth:`_credit`).

        ``join``: the stretch ends at a join (a word was glued to it), so it must have at
        least two words, or be written in capitals.
        """
        if end - start > HEADING_MAX_CHARS:
            return False
        stretch = self.text[start:end].strip()
        first = sh.FIRST_LETTER.search(stretch)
        if first is None:
            return sh.TICKER_TIME.fullmatch(stretch) is not None  # ``++22.45++``
        if not (stretch[0].isdigit() or first.group().isupper()):
            return False
        if stretch.rstrip(sh.QUOTE_CHARS)[-1:] in sh.HEADING_BAD_END:
            return False
        if self.sc.heading_stop.search(stretch) and not sh.TIME_HEAD.match(stretch):
            return False  # (a live blog's time heading may hold a stop: ``20h50 - Kyiv. A…``)
        if (
            '"' in stretch or "”" in stretch or "»" in stretch or "«" in stretch or "“" in stretch
        ) and sh.QUOTED_STOP.search(stretch):
            return False  # a quoted sentence and its speech tag: ``"… to Si.", rekao je``
        words = stretch.count(" ") + 1
        if words > HEADING_MAX_WORDS:
            return False
        if join and words == 1 and sh.ANY_LOWER.search(stretch) is not None:
            return False
        return shape or self.listing or not self._credit(start, end)

    def _credit(self, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` is an item, a credit or source line or a link, which
        has a heading's shape but is a paragraph: ``• Buses``, ``Source: Reuters``,
        ``OID/ASB``, ``Rfi.fr``."""
        stretch = self.text[start:end].strip()
        if not stretch or not (stretch[0] in sh.ITEM_MARKS or _credit_signs(stretch)):
            return False  # (nothing the pattern below could match: told at C speed)
        return sh.NOT_A_HEADING.match(stretch) is not None

    def _title_case(self, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` has no word of four letters or more in lower case (a
        heading in title case or in capitals: ``Other Developments``, ``BLOG UŽIVO``)."""
        return sh.LONG_LOWER_WORD.search(self.text, start, end) is None

    def _subhead_sized(self, start: int, end: int) -> bool:
        """Whether a heading-like stretch is short enough to be a subhead: at most
        ``SUBHEAD_MAX_WORDS`` words, or in title case or capitals."""
        words = self.text.count(" ", start, end) + 1
        return words <= SUBHEAD_MAX_WORDS or self._title_case(start, end)

    def _heads_the_end(self, start: int, end: int) -> bool:
        """Whether the body's last block, with no final stop, is a subhead although nothing
        follows it: a live blog's entry heading (``00:35 - Talks resume``, ``++22.45++``), a
        heading in title case or capitals (``Further Reading``), or a label of a few words
        (``Autres faits``, ``Más información``). A longer last block in sentence case is a
        paragraph that lost its stop (``The talks go on in Geneva next week as planned``)."""
        stretch = self.text[start:end].strip()
        if sh.TIME_HEAD.match(stretch) or sh.TICKER_TIME.fullmatch(stretch):
            return True
        if stretch.count(" ") < _END_LABEL_WORDS:
            return True
        return self._title_case(start, end)

    def _stop_heading(self, stop_start: int, stop_end: int, pos: int) -> bool:
        """Whether the block from ``begin`` ended by the stop at ``stop_start`` (the next
        block starting at ``pos``) is a subhead: a live blog's time (``3:10 p.m.The``) or a
        heading in capitals that asks or exclaims (``¿QUÉ PASARÁ?El``). A short question in
        sentence case is left a paragraph (see the known limits in ``docs/body.md``)."""
        text, begin = self.text, self.begin
        if (
            pos - begin <= TIME_MAX
            and text[begin].isdigit()
            and sh.TIME_ONLY.fullmatch(text, begin, stop_end)
        ):
            return True
        return text[stop_start] in "?!" and self._caps_heading(begin, stop_start)

    def _caps_run(self, start: int, pos: int) -> bool:
        """Whether ``text[start:pos]``, with no lower-case letter, is a heading in capitals
        (two words at least, so that one acronym glued to a word, ``NATOThe``, is left to
        the acronym rule): ``NOUVELLES SANCTIONS``, ``22 KİŞİ HASTANELERE KALDIRILDI``."""
        return " " in self.text[start:pos].strip()

    def _caps_heading(self, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` is a heading of two words or more in capitals."""
        if end - start > HEADING_MAX_CHARS or sh.ANY_LOWER.search(self.text, start, end):
            return False
        return self._caps_run(start, end) and self._heading(start, end, shape=True)

    def _day_and_month(self, at: int, word: str) -> bool:
        """Whether ``word``, at ``at``, is a month name after a day number: the end of a
        date heading (``Dienstag, 9. Mai``, ``mardi 9 mai``, ``9 May``), which a capitalised
        left part of three letters glued to a word does not make a name (``MaiDie``)."""
        return sh.DAY_BEFORE.search(self.text, max(0, at - 6), at) is not None and bool(
            month_numbers(word)
        )
