"""Split a glued article body into paragraphs and subheads.

In the agency page dump the body is one line from which every paragraph and subhead separator
was removed. The lost breaks leave traces, and this module looks for them:

* a **sentence end glued to the next paragraph**: ``…deux pays.Selon le…``, also after ``? ! …``
  and behind closing quotes or brackets (``sol".Des``, ``Terror.»Nach``), or glued to an
  opening quote (``key."I know``), a bullet or ticker mark (``nicht.+++ Die``), or a digit
  (``gesichert.21:50 Uhr``); after an initialism when a common word follows
  (``the U.K.Officials``);
* a **subhead glued to the next paragraph**: a subhead has no final punctuation, so its last
  word runs into the paragraph's first one: ``…le dialoguePlusieurs…`` (a lower-case letter
  then an upper-case one), and also ``Euro 2024Depois``, ``der OECDDie``, ``'VAR'Em``,
  ``SANCTIONSLa`` (a heading in capitals), ``(ANSD)Dakar``, ``UcrainaE' morto``;
* **marks glued to a word**: a lead-in colon before items (``are:Defence``), a link
  (``récolteshttps://``), a live blog's time (``vele"00:35 - U``), a ticker mark
  (``November+++ Die``), a dash opening an item (``ten— Buses``);
* in scripts without case, what those scripts show (``_body_uncased``).

The work is split by job:

1. **The scan** (here): line breaks already in the input always end a block (the break and
   the white space around it stay at the end of the block before it); within a line one
   merged scanner (``_body_grammar.Scanners.scan``) lists every place that looks like a
   trace, in text order, and hands each to its judge.
2. **The judges** (``_body_judges``) weigh each candidate with bounded look-arounds and cut:
   one-letter words and listed abbreviations before a stop (``J.K.``, ``M.Poutine``,
   ``Dr.Ivanov``) are no sentence end; straight quotes are paired by parity inside the block
   and with the next sentence; a subhead join is only taken when the stretch since the last
   boundary (or since its last sentence's start) looks like a heading, and the joined word is
   not a name.
3. **The evidence** (``_body_evidence``): what the body's own text says, computed once and
   only when asked (a glued word recurs, a word is also written in lower case, a stretch has
   a heading's shape, a point lies in an address).
4. The blocks are built: a block ended by a line break or the text's end with no final
   punctuation that looks like a heading is a subhead (``…said.Further Reading``); items and
   credit or source lines are paragraphs.

A break that survived as a plain space leaves no trace and is not guessed (only a heading
glued at its end is found after one). Every result is lossless: the blocks' texts joined
give the input.
"""

from __future__ import annotations

from typing import TypeAlias

from wirefmt._construct import block
from wirefmt._model import Evidence, Paragraph, Subhead
from wirefmt.fields import _body_grammar as g
from wirefmt.fields import _body_shapes as sh
from wirefmt.fields._body_judges import Judges
from wirefmt.fields._body_uncased import uncased_cuts

__all__ = ["BodyNote", "analyse_body", "split_body"]

#: A note about the body: (code, message, start, end), offsets absolute (``base`` added).
BodyNote: TypeAlias = tuple[str, str, int, int]
_Block: TypeAlias = Paragraph | Subhead

#: How much of the text is sampled to tell a cased script from an uncased one.
_SCRIPT_SAMPLE = 512
#: The longest text whose astral characters are counted by encoding it (see ``_astral``).
_ENCODE_MAX = 1 << 16
_CODE_UNCASED = "uncased-script"
_CODE_DENSE = "dense-body"


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


class _Scan(Judges):
    """The scan: one pass per line lists the candidates in text order and hands each to its
    judge (:class:`~wirefmt.fields._body_judges.Judges`); then the blocks are built."""

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
        if "a" <= self.text[end - 1 : end] <= "z":
            self._credit_domain(start, end)
        if self.uncased:
            self._merge(uncased_cuts(self.text, start, end), start)

    def _credit_domain(self, start: int, end: int) -> None:
        """Cut before a credit domain glued to the stop ending the line's last sentence
        (``…ունեմ»»:example.am``): the domain is a paragraph of its own."""
        m = sh.CREDIT_DOMAIN.search(self.text, max(start, end - sh.CREDIT_REACH), end)
        if m is not None and self.begin < m.start("domain"):
            self.cut(m.start("domain"), Evidence.SENTENCE_END, False)

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
            if known is not None:
                subhead = known
            else:
                subhead = last > 0 and self._heading(start, pos)
                if subhead and pos == len(text):
                    subhead = self._heads_the_end(start, pos)
            cls = Subhead if subhead else Paragraph
            out.append(block(cls, text[start:pos], base + start, base + pos, evidence))
            if next_evidence is not None:
                start, evidence = pos, next_evidence
        return tuple(out)
