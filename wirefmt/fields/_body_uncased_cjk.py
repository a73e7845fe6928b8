"""The body splitter's evidence in Chinese and Japanese (see ``_body_uncased``).

They glue every sentence to the next, so a glued ``。`` says nothing; these traces still
tell a paragraph break:

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
  paragraph starts at the run. A clock label before the date (``当地时间``, a list in
  ``wirefmt/data/uncased_time_labels.txt``) opens the paragraph:
  ``…。上合组织峰会在京闭幕当地时间12月3日，…``;
* **a credit in brackets after a sentence end** (Chinese, Japanese), glued to more text:
  ``。（记者 张伟）另据…``, ``した。（共同）政府は…``: the bracket ends the paragraph (two
  characters at least: ``。（笑）`` is a stage note);
* **a quotation after a closed one** (Chinese, Japanese): ``…。」「…``, ``…。”“…``.

Each pattern starts with a small class and runs in linear time (possessive runs, fixed
look-behinds).
"""

from __future__ import annotations

import re
from importlib import resources

from wirefmt._model import Evidence

__all__ = ["cjk_cuts", "has_cjk"]

#: Ideographs and kana.
_CJK = r"\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff"
#: A CJK sentence end (or a bracket closing a credit after one) and the ideographic space
#: after it: the space opens the paragraph (``…した。（共同）\u3000政府は…``).
_INDENT = re.compile(r"(?<=[。！？」』”）)])\u3000")
#: What opens a paragraph right after a CJK sentence end: a bullet or ticker mark
#: (``。■政府は…``), a bracketed heading or dateline (``。【解説】…``, ``。【北京共同】…``), a
#: numbered section (``。二、加强合作…``, ``。（三）…``); or a plain space between the end and
#: the next sentence, which CJK prose never prints (``…した。 次の…``): the space stays with
#: the block before, as a line break's white space does.
_OPENER = re.compile(
    r"(?<=[。！？」』”])(?:[■□●○◆◇▲△▼▽★☆※◎【]"
    r"|[一二三四五六七八九十]{1,3}+、|[（(][一二三四五六七八九十]{1,3}+[）)]"
    r"|(?<=[。！？][」』”])[“「『])"  # a quotation after a closed one: ``。」「``, ``。”“``
)
_SPACED = re.compile(rf"(?<=[。！？」』”])[ \u00a0]++(?=[{_CJK}“「『【（])")
#: A heading-length run after a sentence end (or at the line's start), then a date and a
#: comma. Eight ideographs at least: a sentence's own opening before a date is shorter
#: (``当地时间12月3日，``, ``北京时间3日，``).
_HEADING = re.compile(
    rf"(?:(?<=[。！？」』”])|^)[{_CJK}]{{8,40}}+(?=(?:\d{{2,4}}年)?(?:\d{{1,2}}月)?\d{{1,2}}日[，,、])"
)
#: The shortest heading run.
_HEADING_MIN = 8


def _labels(name: str) -> tuple[str, ...]:
    """A list of ``wirefmt/data/``, one entry a line (``#`` starts a comment), longest first."""
    data = (resources.files("wirefmt") / "data" / name).read_text(encoding="utf-8")
    entries = {line.split("#")[0].strip() for line in data.splitlines()} - {""}
    return tuple(sorted(entries, key=lambda entry: (-len(entry), entry)))


#: Clock labels that open a dated sentence (``当地时间``, ``現地時間``).
TIME_LABELS = _labels("uncased_time_labels.txt")
#: An agency's dateline after a sentence end: ``。新华社北京12月3日电（记者…``, with a
#: bracket, a comma or a space after ``电`` (``3日电话``, a phone call, is no dateline).
_DATELINE = re.compile(
    rf"(?<=[。！？」』”])[{_CJK}]{{2,20}}+"
    r"(?=(?:\d{1,2}月)?\d{1,2}日电[（(，,:：\s\u3000])"
)
#: A credit or note in brackets right after a CJK sentence end, glued to the next
#: sentence: it ends its paragraph (``。（记者 张伟）另据…``, ``。(总台记者 张伟)另据…``,
#: ``した。（共同）政府は…``). A section number in brackets (``。（三）``) opens one instead
#: (``_OPENER``), and a bracket inside a sentence follows a word, not a stop.
_CREDIT = re.compile(
    rf"(?<=[。！？」』”])[（(](?![一二三四五六七八九十\d]{{1,3}}+[）)])"
    rf"[^（()）。！？\r\n]{{2,24}}+[）)](?=[{_CJK}“「『])"
)
#: Whether the text holds ideographs or kana at all.
_ANY_CJK = re.compile(rf"[{_CJK}]")


def _heading_end(line: str, start: int, end: int) -> int:
    """Where the heading run ``line[start:end]`` ends: before a clock label that opens the
    dated sentence after it (``…闭幕当地时间3日，``), if eight characters are left."""
    for label in TIME_LABELS:
        if line.endswith(label, start, end) and end - len(label) - start >= _HEADING_MIN:
            return end - len(label)
    return end


def cjk_cuts(
    text: str, start: int, end: int, cuts: list[tuple[int, Evidence, bool | None]]
) -> None:
    """Add to ``cuts`` the boundaries these traces give in ``text[start:end]`` (a line)."""
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
        cuts.append((start + _heading_end(line, m.start(), m.end()), Evidence.HEADING_END, True))
    for m in _DATELINE.finditer(text, start, end):
        cuts.append((m.start(), Evidence.UNCASED_STOP, False))
    for m in _CREDIT.finditer(text, start, end):
        if m.end() < end:
            cuts.append((m.end(), Evidence.UNCASED_STOP, False))


def has_cjk(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds ideographs or kana."""
    return _ANY_CJK.search(text, start, end) is not None
