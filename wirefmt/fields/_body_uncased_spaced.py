"""The body splitter's evidence in scripts without case written with spaces between words
(Arabic, Persian, Urdu, Hebrew, Yiddish, Georgian, Devanagari, Bengali, Tamil, Ethiopic;
Korean in part), beyond the glued stop the shared scanner reads (see ``_body_uncased``):

* **a closing quote or bracket glued to the next word** in a script written with spaces
  (Arabic, Persian, Hebrew, Georgian, Devanagari, Bengali, Tamil, Ethiopic):
  ``…الإرهابيين”وقال``, ``…(سانا)وأضاف``, and Georgian's ``“`` that closes ``„…“``. ``"``
  is left out (Hebrew writes it inside acronyms: ``צה"ל``), and so is Korean (it glues its
  particles to quotes and brackets: ``”고``, ``(UN)은``);
* **a stop the shared scanner does not read**, glued to the next word: the double danda
  ``॥``, the Ethiopic ``። ፧ ፨``; and a stop glued to a digit after a closer or a vowel
  sign (``…است».۱۲``, ``…हुए।१२``);
* **a time between a sentence end and the next word, glued to both**, in a spaced script:
  ``…دمشق.١٤:٣٠بدأ…``: the time is a heading;
* **a list** in a spaced script: a lead-in colon glued to a mark and a space
  (``…التالية:- إغلاق``), then each dash or bullet glued to the item before, up to the
  first sentence end; **a mark or a link glued to a sentence end** (``…했다.▲ 학교``,
  ``…دارد.https://…``);
* **a letter that only ends a word glued to the next word** (Hebrew and Yiddish final
  forms, Arabic ``ى``): ``…בירושליםהשר…``; the stretch before is a subhead when it follows
  a glued stop (or opens the line) and is short, else a paragraph that lost its stop.

Each pattern starts with a small class and runs in linear time (possessive runs, fixed
look-behinds).
"""

from __future__ import annotations

import re

from wirefmt._model import Evidence

__all__ = ["quote_cuts", "spaced_cuts"]

#: Letters of the scripts without case that put a space between words and never glue a
#: closing quote or bracket to the next word: Hebrew, Arabic and Persian, Devanagari,
#: Bengali, Tamil, Georgian, Ethiopic. (Not Hangul: Korean glues its particles to a closing
#: quote or bracket, ``”고``, ``(UN)은``; not the Arabic comma ``،``, no letter.)
_SPACED_LETTER = (
    r"\u05d0-\u05ea\u0621-\u064a\u0671-\u06d3\u0904-\u0939\u0985-\u09b9"
    r"\u0b85-\u0bb9\u10d0-\u10ff\u1200-\u135a"
)
#: A closing quote or bracket glued to a letter of such a script, the letter ahead:
#: ``…الإرهابيين”وقال``, ``…(سانا)وأضاف``, ``…(भाषा)सरकार``; Georgian's ``“`` closing ``„…“``.
_QUOTE = re.compile(
    rf"[”»)\]](?=[{_SPACED_LETTER}])"
    r"|(?<=[\u10d0-\u10ff])“(?=[\u10d0-\u10ff])"  # Georgian closes „…“
)
#: Stops the shared scanner does not read, glued to what follows (maybe behind closing
#: marks): the Devanagari double danda ``॥``, the Ethiopic full stop, question mark and
#: paragraph separator ``። ፧ ፨`` (``…ብለዋል።ቀጣዩ``); and a stop glued to a digit after a
#: letter and a closer or a mark, which the scanner refuses as it refuses ``(1).2``
#: (``…است».۱۲ نفر``, ``…हुए।१२ लोग``, ``…شكراً.١٥``). The block starts after the
#: closers, or at an opening mark.
_OTHER_STOP = re.compile(
    r"(?:[॥።፧፨](?<![॥።፧፨।][॥።፧፨])[॥።፧፨।]*+[”»’)\]]{0,3}+(?=[\w«“„‘(\[])"
    r"|[.!?؟۔।](?<=[^\W\d_][^\w\s][.!?؟۔।])[”»’)\]]{0,3}+(?=\d))"
)
#: A time heading between a sentence end and the next paragraph, glued to both, in a
#: spaced script without case: ``…دمشق.١٤:٣٠بدأ…``, ``…נכנסו.14:30הכוחות…`` (in prose a
#: time stands between spaces). The scanner cuts before the time (a stop glued to a
#: digit); this cuts after it, and the time is a subhead.
_TIME = re.compile(rf"(?<=[.!?؟۔।॥።”»)])\d{{1,2}}[:.]\d\d(?=[{_SPACED_LETTER}])")
#: Letters of the spaced scripts and Hangul: what a lead-in and its items end with.
_WORD_END = _SPACED_LETTER + r"\uac00-\ud7a3"
#: A mark or a link glued to a sentence end in a spaced script (maybe behind a closer): a
#: list or ticker mark the scanner does not read (``…했다.▲ 학교``, ``…했다.◇ 정부``), or
#: a link (``…ادامه دارد.https://…``).
_MARK = re.compile(
    r"(?:(?<=[.!?؟۔।॥።])|(?<=[.!?؟۔।॥።][”»)]))"
    r"(?:(?P<mark>[■□●○◆◇▲△▼▽★☆※◎▷☞])|https?://)"
)
#: A lead-in colon glued to a list mark and a space, after a letter of a spaced script
#: without case (``…التالية:• إغلاق``, ``…הבאים:- סגירת``, ``…같다:- 학교``): the items
#: follow; each dash or bullet glued to the item before opens the next
#: (``…المدارس- فتح``), up to the first sentence end.
_LEAD_IN = re.compile(rf"(?<=[{_WORD_END}]):(?=[-–—•■▪●►▶]\s)")
_ITEM = re.compile(rf"(?<=[{_WORD_END}])[-–—•■▪●►▶](?=\s)")
_STOP = re.compile(r"[.!?؟۔।॥።]")
#: A letter that only ends a word glued to the next word's first letter: a word boundary
#: printed without its space, so the end of a block that had no stop (a subhead, or a
#: paragraph that lost it): Hebrew's final forms ``ך ם ן ף ץ`` (``…בירושליםהשר…``) and
#: Arabic's alef maqsura ``ى`` (``…المستشفىوقال…``), each maybe with its points. Letters
#: that join no letter after them (Arabic ``ة``, Urdu ``ے``) are left out: a space missing
#: after them does not show, so writers leave such slips in their copy.
_FINAL_FORM = re.compile(
    r"[ךםןףץ](?=[\u0591-\u05c7]{0,3}+[\u05d0-\u05ea])"
    r"|ى(?=[\u064b-\u065f\u0670]{0,3}+[\u0621-\u064a])"
)
#: A subhead holds this many words at most, in this many characters (a longer stretch
#: with no stop is a paragraph that lost its stop).
_HEADING_WORDS = 8
_HEADING_CHARS = 120
#: How far back the start of a word is looked for.
_WORD_REACH = 64
#: A stop and the closers after it.
_STOPS = re.compile(r"[.!?؟:…]++[”»\"')\]]*+")


def _heading_before(text: str, start: int, end: int) -> bool:
    """Whether the stretch ending at ``end`` (a word glued to the next) is a subhead: it
    opens the line or follows a stop glued to it, and is short (fewer than
    ``_HEADING_WORDS`` spaces). A longer one is a paragraph that lost its stop, and so is
    the end of a paragraph whose last stop has a space after it."""
    lo = -1
    for m in _STOPS.finditer(text, max(start, end - _HEADING_CHARS), end):
        lo = m.end()  # (the last one counts)
    if lo < 0:
        if end - start > _HEADING_CHARS:
            return False
        lo = start
    elif lo < end and text[lo] in " \u00a0":
        return False
    return text.count(" ", lo, end) < _HEADING_WORDS


def _tagged(text: str, start: int, at: int) -> bool:
    """Whether the word holding ``at`` is a hashtag or a handle (``#…``, ``@…``), looked
    for within ``_WORD_REACH`` characters."""
    lo = max(start, at - _WORD_REACH)
    first = max(text.rfind(" ", lo, at), text.rfind("\u00a0", lo, at)) + 1 or lo
    return text[first : first + 1] in ("#", "@")


def spaced_cuts(
    text: str, start: int, end: int, cuts: list[tuple[int, Evidence, bool | None]]
) -> None:
    """Add to ``cuts`` the boundaries these traces give in ``text[start:end]`` (a line)."""
    for m in _OTHER_STOP.finditer(text, start, end):
        if m.end() < end:
            cuts.append((m.end(), Evidence.UNCASED_STOP, False))
    for m in _MARK.finditer(text, start, end):
        mark = Evidence.TICKER_MARK if m.start("mark") >= 0 else Evidence.GLUED_LINK
        cuts.append((m.start(), mark, False))
    lead_in = _LEAD_IN.search(text, start, end)
    if lead_in is not None:
        cuts.append((lead_in.end(), Evidence.COLON_LIST, False))
        stop = _STOP.search(text, lead_in.end(), end)  # (the list ends with a sentence)
        for m in _ITEM.finditer(text, lead_in.end(), end if stop is None else stop.start()):
            cuts.append((m.start(), Evidence.LIST_ITEM, False))
    for m in _FINAL_FORM.finditer(text, start, end):
        if _tagged(text, start, m.start()):
            continue  # a hashtag glues its words on purpose: ``#ירושליםהבירה``
        at = m.end()
        while not "\u05d0" <= text[at] <= "\u05ea" and not "\u0621" <= text[at] <= "\u064a":
            at += 1  # (past the points)
        cuts.append((at, Evidence.UNCASED_STOP, _heading_before(text, start, m.start())))
    for m in _TIME.finditer(text, start, end):
        if m.end() < end:
            cuts.append((m.start(), Evidence.UNCASED_STOP, False))
            cuts.append((m.end(), Evidence.HEADING_END, True))


def quote_cuts(
    text: str, start: int, end: int, cuts: list[tuple[int, Evidence, bool | None]]
) -> None:
    """Add to ``cuts`` the closing quotes and brackets glued to a letter of a spaced script
    (read in every body without case: a Chinese one may quote Arabic)."""
    for m in _QUOTE.finditer(text, start, end):
        at = m.start()
        if at == start or text[at - 1].isspace():
            # after a space the mark opens the word after it: typed in visual order or
            # mirrored (``)سانا(``, ``”نحن مستعدون“``), it closes nothing
            continue
        cuts.append((m.end(), Evidence.UNCASED_STOP, False))
