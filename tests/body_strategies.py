"""Hypothesis strategies for the body splitter: realistic glued bodies with known blocks.

:func:`bodies` draws a sequence of blocks (paragraphs and subheads) in one script (Latin,
Cyrillic, Greek or Armenian), glues them as the page dump does (no separator, or now and then
a line break kept by the dump) and returns the text with the blocks expected back.

The generator is honest: it draws only what the splitter can recover, and these are the
limits it encodes (each is documented in ``docs/body.md``):

* a paragraph ends in ``.``, ``!``, ``?`` or ``…`` (maybe behind a closing quote) and the
  next block starts with a capital or an opening quote, so the stop is glued to evidence;
  the last sentence never ends in a one-letter word or a listed abbreviation (``U.S.``,
  ``etc.``), which read as no sentence end;
* a subhead has 2 to 7 words, starts with a capital, has no stop, and its last word is an
  ordinary lower-case word (or a year): it is followed by a paragraph starting with a
  capitalised ordinary word, and the pair (last word, next first word) is never repeated in
  the body (a glued word seen twice reads as a name); now and then a subhead is written in
  capitals, between two paragraphs (never as the body's first block, which would read as its
  dateline, nor next to another subhead: capitals glued to a heading leave no trace);
* a subhead that ends the body has at most five words (a longer last block in sentence
  case reads as a paragraph that lost its stop);
* now and then a paragraph opens with a ticker mark (``+++ ``);
* the body has at least one paragraph (a body of one subhead alone reads as a paragraph);
* hard tokens (initials, abbreviations, decimals, times, domains, camel-case names, units,
  words in capitals) sit inside sentences, never at a paragraph's end.
"""

from __future__ import annotations

from hypothesis import strategies as st

#: Ordinary words per script (written for these tests), lower case.
WORDS = {
    "latin": [
        "accord",
        "ministre",
        "réunion",
        "semaine",
        "pays",
        "gouvernement",
        "projet",
        "analyse",
        "mercado",
        "prefeito",
        "votação",
        "relatório",
        "regierung",
        "woche",
        "gespräche",
        "bakan",
        "toplantı",
        "ülke",
        "anlaşma",
        "talks",
        "report",
        "council",
        "market",
        "deadline",
        "village",
        "energy",
    ],
    "cyrillic": [
        "министр",
        "встреча",
        "неделя",
        "правительство",
        "договор",
        "переговоры",
        "источник",
        "решение",
        "совет",
        "рынок",
        "министар",
        "споразум",
        "влада",
        "седница",
    ],
    "greek": [
        "κυβέρνηση",
        "υπουργός",
        "συνάντηση",
        "εβδομάδα",
        "συμφωνία",
        "αγορά",
        "έκθεση",
        "χωριό",
    ],
    "armenian": ["կառավարություն", "նախարար", "հանդիպում", "շաբաթ", "համաձայնություն", "շուկա"],
}

#: Tokens that look like traces but are not: they may sit inside any Latin sentence.
HARD_TOKENS = (
    "J.K. Rowling",
    "V.V. Putin",
    "M.Poutine",
    "M.Lavrov",
    "Dr.Martin",
    "St.Louis",
    "U.S. officials",
    "the U.K. envoy",
    "etc. and",
    "e.g. this",
    "3.5 percent",
    "at 14.30",
    "item 2.",
    "sputniknews.com",
    "desk@example.org",
    "report.pdf",
    "YouTube",
    "iPhone",
    "McDonald's",
    "WhatsApp",
    "LinkedIn",
    "OpenAI",
    "DeSantis",
    "TikTok",
    "PayPal",
    "eBay",
    "iOS",
    "MacBook",
    "McCain",
    "LeBron",
    "DiCaprio",
    "MacLeod",
    "CO2",
    "40 kWh",
    "900 MHz",
    "NATO",
    "UKRAINE",
)
#: Cyrillic tokens of the same kind.
HARD_TOKENS_CYRILLIC = ("В.В. Путин", "г.Москва", "ул.Ленина", "YouTube", "7,62", "НАТО")

STOPS = (".", ".", ".", "!", "?", "…")


def _cap(word: str) -> str:
    return word[:1].upper() + word[1:]


@st.composite
def sentence(draw: st.DrawFn, script: str, *, quoted: bool) -> str:
    """One sentence: a capitalised word, more words and maybe a hard token, a stop."""
    words = WORDS[script]
    body = draw(st.lists(st.sampled_from(words), min_size=2, max_size=8))
    hard = HARD_TOKENS if script == "latin" else HARD_TOKENS_CYRILLIC
    if script in ("latin", "cyrillic") and draw(st.booleans()):
        body.insert(draw(st.integers(1, len(body) - 1)), draw(st.sampled_from(hard)))
    stop = draw(st.sampled_from(STOPS))
    text = _cap(body[0]) + " " + " ".join(body[1:]) + stop
    return '"' + text + '"' if quoted else text


@st.composite
def paragraph(draw: st.DrawFn, script: str, *, may_quote: bool) -> str:
    """Sentences joined by spaces; it may be a quotation (closing after its last stop)."""
    n = draw(st.integers(1, 3))
    quoted = may_quote and draw(st.integers(0, 4)) == 0
    parts = [draw(sentence(script, quoted=False)) for _ in range(n - 1)]
    parts.append(draw(sentence(script, quoted=quoted and n == 1)))
    text = " ".join(parts)
    return '"' + text + '"' if quoted and n > 1 else text


@st.composite
def subhead(draw: st.DrawFn, script: str, *, caps: bool = False, most: int = 7) -> str:
    """2 to ``most`` words, capitalised (or ``caps``: in capitals), no stop, ending in an
    ordinary word (or a year)."""
    words = draw(st.lists(st.sampled_from(WORDS[script]), min_size=2, max_size=most))
    text = _cap(words[0]) + " " + " ".join(words[1:])
    if caps:
        text = text.upper()
    if script == "latin" and draw(st.integers(0, 5)) == 0:
        text += " " + str(draw(st.integers(1990, 2030)))
    return text


@st.composite
def bodies(draw: st.DrawFn) -> tuple[str, list[tuple[str, str]]]:
    """A glued body and the (kind, text) blocks the splitter must give back."""
    script = draw(st.sampled_from(sorted(WORDS)))
    kinds = draw(st.lists(st.sampled_from(["paragraph", "paragraph", "subhead"]), max_size=7))
    kinds.insert(draw(st.integers(0, len(kinds))), "paragraph")
    texts: list[str] = []
    joins: set[str] = set()
    for i, kind in enumerate(kinds):
        after_subhead = i > 0 and kinds[i - 1] == "subhead"
        if kind == "subhead":
            # in capitals now and then, between two paragraphs (see the module's notes)
            before_paragraph = i + 1 == len(kinds) or kinds[i + 1] == "paragraph"
            after_paragraph = i > 0 and kinds[i - 1] == "paragraph"
            caps = after_paragraph and before_paragraph and draw(st.integers(0, 3)) == 0
            # the body's last block heads nothing: in sentence case it is a label of at most
            # five words (a longer one reads as a paragraph that lost its stop)
            last = i + 1 == len(kinds)
            texts.append(draw(subhead(script, caps=caps, most=4 if last else 7)))
        else:
            text = draw(paragraph(script, may_quote=not after_subhead))
            if draw(st.integers(0, 7)) == 0:
                text = "+++ " + text  # a ticker mark opens it, and stays with it
            texts.append(text)
        if after_subhead:
            join = texts[i - 1].rsplit(" ", 1)[-1] + texts[i].split(" ", 1)[0]
            if join in joins:  # the same glued word twice reads as a name: not a subhead
                kinds[i - 1], texts[i - 1] = "paragraph", texts[i - 1] + "."
            joins.add(join)
    for i in range(len(texts) - 1):
        if draw(st.integers(0, 9)) == 0:
            texts[i] += "\n"  # a break the dump kept
    blocks = list(zip(kinds, texts, strict=True))
    return "".join(texts), blocks
