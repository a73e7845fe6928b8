"""The body splitter's evidence in scripts without letter case (beyond a glued stop).

A script without case shows no subhead join, and Chinese and Japanese glue every sentence to
the next, so a glued ``。`` says nothing. These traces still tell a paragraph break:

* **an ideographic space after a sentence end**: Chinese and Japanese paragraphs open with
  an indent of ``\\u3000`` (``…した。\\u3000次の…``); the space opens the new block;
* **a mark, a bracket or a section number after a sentence end** (Chinese, Japanese): a
  bullet or ticker mark (``。■``), a bracketed heading or dateline (``。【解説】``), a
  numbered section (``。二、``, ``。（三）``) opens a paragraph;
* **a plain space after a sentence end** (Chinese, Japanese), which their prose never
  prints: ``…した。 次の…``;
* **a heading-length run before a dated paragraph** (Chinese, Japanese): after a sentence
  end, a run of 8 to 40 ideographs or kana with no punctuation at all, then a date
  followed by a comma opens a paragraph: ``…。上合组织峰会在京闭幕12月3日，…`` gives the
  heading ``上合组织峰会在京闭幕``. A date inside a sentence (``普京13日表示``) has no comma
  after it; a shorter run before a date and a comma opens a sentence (``当地时间3日，``). A run
  before a date and ``电`` is an agency's dateline (``…。新华社北京12月3日电…``): the
  paragraph starts at the run;
* **a closing quote glued to the next word** in a script written with spaces (Arabic,
  Persian, Georgian, Hebrew): ``…الإرهابيين”وقال``, and Georgian's ``“`` that closes
  ``„…“``. ``"`` is left out (Hebrew writes it inside acronyms: ``צה"ל``).

Each pattern starts with a small class and runs in linear time (possessive runs, fixed
look-behinds).
"""

from __future__ import annotations

import re

from wirefmt._model import Evidence

__all__ = ["uncased_cuts"]

#: Ideographs and kana.
_CJK = r"\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff"
#: A CJK sentence end and the ideographic space after it: the space opens the paragraph.
_INDENT = re.compile(r"(?<=[。！？」』”])\u3000")
#: What opens a paragraph right after a CJK sentence end: a bullet or ticker mark
#: (``。■政府は…``), a bracketed heading or dateline (``。【解説】…``, ``。【北京共同】…``), a
#: numbered section (``。二、加强合作…``, ``。（三）…``); or a plain space between the end and
#: the next sentence, which CJK prose never prints (``…した。 次の…``): the space stays with
#: the block before, as a line break's white space does.
_OPENER = re.compile(
    r"(?<=[。！？」』”])(?:[■□●○◆◇▲△▼▽★☆※◎【]"
    r"|[一二三四五六七八九十]{1,3}+、|[（(][一二三四五六七八九十]{1,3}+[）)])"
)
_SPACED = re.compile(rf"(?<=[。！？」』”])[ \u00a0]++(?=[{_CJK}“「『【（])")
#: A heading-length run after a sentence end (or at the line's start), then a date and a
#: comma. Eight ideographs at least: a sentence's own opening before a date is shorter
#: (``当地时间12月3日，``, ``北京时间3日，``).
_HEADING = re.compile(
    rf"(?:(?<=[。！？」』”])|^)[{_CJK}]{{8,40}}+(?=(?:\d{{2,4}}年)?(?:\d{{1,2}}月)?\d{{1,2}}日[，,、])"
)
#: An agency's dateline after a sentence end: ``。新华社北京12月3日电（记者…``, with a
#: bracket, a comma or a space after ``电`` (``3日电话``, a phone call, is no dateline).
_DATELINE = re.compile(
    rf"(?<=[。！？」』”])[{_CJK}]{{2,20}}+"
    r"(?=(?:\d{1,2}月)?\d{1,2}日电[（(，,:：\s\u3000])"
)
#: A closing quote glued to a letter of a spaced script without case (Arabic, Persian,
#: Georgian, Hebrew), the letter ahead (a letter: not the Arabic comma ``،``).
_QUOTE = re.compile(
    r"[”»](?=[\u05d0-\u05ea\u0621-\u064a\u0671-\u06d3\u10d0-\u10ff])"
    r"|(?<=[\u10d0-\u10ff])“(?=[\u10d0-\u10ff])"  # Georgian closes „…“
)
#: Whether the text holds ideographs or kana at all.
_ANY_CJK = re.compile(rf"[{_CJK}]")


def uncased_cuts(text: str, start: int, end: int) -> list[tuple[int, Evidence, bool | None]]:
    """The boundaries these traces give in ``text[start:end]`` (a line), in text order:
    (position, evidence of the block starting there, whether the block ending there is a
    subhead: None = decide from its text, as for any cut).

    >>> text = "会谈结束。上合组织峰会在京闭幕12月3日，各方签署。"
    >>> [(pos, evidence.value) for pos, evidence, _ in uncased_cuts(text, 0, len(text))]
    [(5, 'uncased-heading'), (15, 'heading-end')]
    """
    cuts: list[tuple[int, Evidence, bool | None]] = []
    if _ANY_CJK.search(text, start, end) is not None:
        for m in _INDENT.finditer(text, start, end):
            cuts.append((m.start(), Evidence.UNCASED_STOP, False))
        for m in _OPENER.finditer(text, start, end):
            cuts.append((m.start(), Evidence.UNCASED_STOP, False))
        for m in _SPACED.finditer(text, start, end):
            if m.end() < end:
                cuts.append((m.end(), Evidence.UNCASED_STOP, False))
        line = text[start:end]  # (``^`` reads the line's start)
        for m in _HEADING.finditer(line):
            if m.start() > 0:
                cuts.append((start + m.start(), Evidence.UNCASED_HEADING, False))
            cuts.append((start + m.end(), Evidence.HEADING_END, True))
        for m in _DATELINE.finditer(text, start, end):
            cuts.append((m.start(), Evidence.UNCASED_STOP, False))
    for m in _QUOTE.finditer(text, start, end):
        cuts.append((m.end(), Evidence.UNCASED_STOP, False))
    cuts.sort(key=lambda cut: cut[0])
    return cuts
