"""Tests for wirefmt.fields.body: the glued-body splitter.

Every body here was written for these tests, in the shapes real dumps show. The table gives
the blocks as (kind, text); the input is their texts glued, so each row states both the input
and the answer. ``P`` is a paragraph, ``S`` a subhead.
"""

from __future__ import annotations

import re
import time
from collections import Counter

import pytest
import regex
from body_strategies import bodies
from hypothesis import given
from hypothesis import strategies as st

from wirefmt._model import Evidence, Paragraph, Subhead
from wirefmt.fields import _body_grammar as grammar
from wirefmt.fields._body_evidence import inner_capital_words
from wirefmt.fields._body_shapes import standalone
from wirefmt.fields.body import analyse_body, split_body

P, S = "paragraph", "subhead"

#: (id, blocks): glue the texts, split, expect the same blocks back.
TABLE: list[tuple[str, list[tuple[str, str]]]] = [
    # -- French ---------------------------------------------------------------------------
    ("fr-stop", [(P, "Le ministre est arrivé lundi."), (P, "Selon son entourage, il restera.")]),
    (
        "fr-subhead",
        [
            (P, "La réunion a duré trois heures."),
            (S, "Un accord sur le gaz en vue"),
            (P, "Les deux parties ont signé un protocole."),
        ],
    ),
    ("fr-title-glued", [(P, "Selon M.Poutine, tout va bien. M.Lavrov a confirmé ce point.")]),
    (
        "fr-straight-quotes",
        [(P, 'Il a parlé de "progrès réels".'), (P, '"Nous restons prudents", a-t-il dit.')],
    ),
    ("fr-quote-closes", [(P, 'Le texte se termine par "fin."'), (P, "La suite arrive demain.")]),
    ("fr-guillemets", [(P, "Il a dit : « Rien n'est décidé. »"), (P, "Le ministre est parti.")]),
    ("fr-heading-opening-quote", [(S, "Un accord en vue"), (P, "« Nous verrons », dit-il.")]),
    (
        "fr-caps-heading-bullets",
        [
            (S, "L'ESSENTIEL"),
            (P, "- Les combats continuent dans l'est. Voir la carte."),
            (P, "- Un convoi est arrivé à la frontière."),
        ],
    ),
    ("fr-elision", [(P, "La visite d'Emmanuel Macron à l'Élysée est confirmée.")]),
    (
        "fr-trailing-subhead",
        [(P, "Les frappes ont repris dans la nuit, a précisé l'armée."), (S, "Autres faits")],
    ),
    # -- English --------------------------------------------------------------------------
    (
        "en-initials",
        [(P, "The author J.K. Rowling spoke in the U.S. on Monday."), (P, "Fans queued.")],
    ),
    ("en-trailing-subhead", [(P, "Shelling resumed overnight, he added."), (S, "Other News")]),
    ("en-lead-line", [(S, "Live From the Summit"), (P, "Leaders gathered on Monday.")]),
    ("en-opening-quote", [(P, "The minister spoke about Kyiv."), (P, '"No deadline," he said.')]),
    ("en-quoted-exclamation", [(P, "She searched her bag."), (P, '"Here it is!"'), (P, "Done.")]),
    (
        "en-camel-names",
        [
            (
                P,
                "He posted it on YouTube, WhatsApp and LinkedIn. McDonald's, PayPal and OpenAI "
                "declined to comment, DeSantis and McCain stayed silent, and LeBron, DiCaprio "
                "and MacLeod were away.",
            ),
            (P, "TikTok said on Monday it would appeal."),
            (P, "An iPhone, an eBay account and iOS were involved, with a MacBook."),
        ],
    ),
    (
        "en-addresses",
        [(P, "Write to desk@example.org or visit sputniknews.com today. See report.PDF there.")],
    ),
    ("en-question", [(P, "Did anyone expect this?"), (P, "Nobody did!"), (P, "A vote is due.")]),
    ("en-units", [(P, "The plant made 40 kWh and emitted CO2 while running at 900 MHz.")]),
    ("en-decimals", [(P, "Output fell 2.5 percent by 14.30 in item 3.2 of the report.")]),
    ("en-digit-start", [(P, "Trading was halted in March."), (P, "14:00 Trading resumed.")]),
    ("en-bullet", [(P, "Three things happened today."), (P, "- Rain fell in the north.")]),
    ("en-capitals", [(P, "NATO and the EU met in BRUSSELS."), (P, "THE summit ends Friday.")]),
    (
        "en-abbreviations",
        [(P, "Dr.Martin met St.Louis officials, e.g. the mayor, etc.Then he left.")],
    ),
    ("en-spaced-break-kept", [(P, "This is the first point. This could be a new paragraph.")]),
    ("en-acronym-plural", [(P, "Three NGOs and several CEOs signed.")]),
    ("en-org-paren", [(P, "The Office of Rail Safety (ORS) lists delays.")]),
    (
        "en-url-glued",
        [(P, "Follow us:Main Channel — https://t.me/examplenews"), (P, "Main Backup")],
    ),
    # -- Russian, Serbian -----------------------------------------------------------------
    (
        "ru-stop",
        [(P, "МОСКВА, 3 мар — РИА Новости. Власти объявили меры."), (P, "Решение принято.")],
    ),
    (
        "ru-subhead",
        [
            (P, "Переговоры продлятся два дня."),
            (S, "Что известно о встрече"),
            (P, "Стороны обсудят поставки газа."),
        ],
    ),
    ("ru-initials", [(P, "Президент В.В. Путин провел встречу в г.Москва на ул.Ленина.")]),
    ("ru-camel-in-lead", [(P, "Ведомство может ограничить YouTube уже сегодня.")]),
    (
        "ru-quote-opens",
        [(P, 'Контракт подписан на форуме "Армия".'), (P, '"Машина нового класса", — сказал он.')],
    ),
    (
        "sr-subhead",
        [
            (P, "Министар је стигао у Београд."),
            (S, "Шта је договорено"),
            (P, "Две стране су потписале споразум."),
        ],
    ),
    # -- Greek, Armenian ------------------------------------------------------------------
    (
        "el-subhead",
        [
            (P, "Η κυβέρνηση ανακοίνωσε νέα μέτρα."),
            (S, "Τι αλλάζει για τους πολίτες"),
            (P, "Οι αλλαγές ισχύουν από αύριο."),
        ],
    ),
    ("el-question-mark", [(P, "Τι θα γίνει τώρα;"), (P, "Κανείς δεν ξέρει.")]),
    (
        "hy-subhead",
        [
            (P, "Կառավարությունը հայտարարեց նոր որոշման մասին։"),
            (S, "Ինչ է հայտնի"),
            (P, "Նախարարը մանրամասներ չի ներկայացրել։"),
        ],
    ),
    # -- German, Portuguese, Turkish, Spanish, Italian ------------------------------------
    (
        "de-ticker",
        [
            (S, "21:40 Uhr: Gespräche in Genf vertagt"),
            (P, "Die Delegationen trafen sich am Morgen."),
            (P, "»Wir sind vorsichtig«, sagte ein Sprecher."),
        ],
    ),
    ("de-low-quotes", [(P, "Er sagte: „Wir warten ab.“"), (P, "Danach verließ er den Saal.")]),
    ("de-digit-start", [(P, "Die Lage blieb ruhig."), (P, "22:05 Uhr: Neue Meldungen.")]),
    ("de-hyphen-words", [(P, "Die Vor- und Nachteile der EU- und NATO-Pläne sind klar.")]),
    (
        "pt-acronym-subhead",
        [
            (P, "Boa tarde! Leia o resumo desta quinta-feira (7)."),
            (S, "Governo leva proposta à OMC"),
            (P, "Segundo o ministro, a OMC deve analisar o texto."),
        ],
    ),
    (
        "pt-digit-subhead",
        [(P, "Veja os destaques."), (S, "Casos de COVID-19"), (P, "Nesta terça, houve queda.")],
    ),
    (
        "pt-quote-subhead",
        [
            (P, "A reunião terminou cedo."),
            (S, "Ministro diz que economia 'vai crescer'"),
            (P, "Em entrevista, ele repetiu a previsão."),
        ],
    ),
    ("pt-one-letter-word", [(S, "Chuva forte atinge capital"), (P, "O temporal durou horas.")]),
    ("pt-abbreviation", [(P, "O filho de Paulo Souza Jr. visitou a fábrica em maio.")]),
    ("tr-dotted-capital", [(P, "Bakan açıklama yaptı."), (P, "İki ülke arasında ticaret arttı.")]),
    (
        "tr-subhead",
        [(P, "Toplantı sona erdi."), (S, "Yeni anlaşmanın ayrıntıları"), (P, "Taraflar imzaladı.")],
    ),
    ("es-inverted", [(P, "Eso fue todo por hoy."), (P, "¿Qué pasará mañana?"), (P, "Nadie.")]),
    ("it-elision", [(P, "Il governo dell'Italia e l'Unione europea hanno discusso.")]),
    # -- line breaks kept by the dump -----------------------------------------------------
    ("lines-crlf", [(P, "Première ligne.\r\n"), (P, "Deuxième ligne.")]),
    ("lines-subhead", [(S, "Titre de section \n\n"), (P, "Le texte suit.")]),
    ("lines-leading", [(P, "\n  Le texte commence après un saut.")]),
    # -- scripts without case -------------------------------------------------------------
    ("ar-stop", [(P, "قال المتحدث إن المحادثات مستمرة."), (P, "وأضاف أن الجولة ستعقد غدا.")]),
    ("zh-no-split", [(P, "发言人表示会谈将继续。双方保持联系。")]),
    ("ka-stop", [(P, "მინისტრმა განცხადება გააკეთა."), (P, "შეხვედრა ხვალ გაიმართება.")]),
]


@pytest.mark.parametrize(("blocks"), [row[1] for row in TABLE], ids=[row[0] for row in TABLE])
def test_table(blocks: list[tuple[str, str]]) -> None:
    text = "".join(t for _, t in blocks)
    got = split_body(text)
    assert [(b.kind, b.text) for b in got] == blocks
    assert all(text[b.start : b.end] == b.text for b in got)


@pytest.mark.parametrize(("blocks"), [row[1] for row in TABLE], ids=[row[0] for row in TABLE])
def test_table_full_build(blocks: list[tuple[str, str]]) -> None:
    """The same answers from the FULL scanners (``regex`` properties), chosen when the text
    holds a character above U+FFFF: here an emoji opening the body."""
    kind, first = blocks[0]
    lead = len(first) - len(first.lstrip())
    blocks = [(kind, first[:lead] + "🙂 " + first[lead:]), *blocks[1:]]
    text = "".join(t for _, t in blocks)
    assert [(b.kind, b.text) for b in split_body(text)] == blocks


def test_many_joins_use_word_counts() -> None:
    """Past a few recurrence questions the word counts are built: same answers."""
    names = ["Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "Golf", "Hotel"]
    names += ["India", "Juliett", "Kilo", "Lima"]
    blocks: list[tuple[str, str]] = []
    for i, name in enumerate(names):
        blocks.append((S, f"Point {i} sur le dossier {name.lower()}"))
        blocks.append((P, f"{name} explique la situation en détail."))
    blocks.append((S, "Bilan de la OMS"))
    blocks.append((P, "Selon la OMS, tout va bien."))
    text = "".join(t for _, t in blocks)
    assert [(b.kind, b.text) for b in split_body(text)] == blocks


_ANY_WORD = regex.compile(r"[\p{L}\p{M}]++")
_INNER_CAPITAL = regex.compile(r"[\p{L}\p{M}][[\p{Lu}\p{Lt}]--\p{Georgian}]", regex.VERSION1)


@pytest.mark.parametrize("build", [grammar.FAST, grammar.FULL], ids=["fast", "full"])
@given(st.text(alphabet="aAbBéÉ\u0301ǅẞ ONU.-1\u10d0\u1c90🙂𝐀", max_size=120) | st.text())
def test_inner_capital_counts_match_every_word_counted(build: grammar.Scanners, text: str) -> None:
    """The counts the recurrence test reads are those of a plain count of every word."""
    if build is grammar.FAST and not text.isascii() and max(text) > "\uffff":
        return  # the FAST build serves text below U+10000 only
    every = Counter(w for w in _ANY_WORD.findall(text) if _INNER_CAPITAL.search(w))
    assert inner_capital_words(text, build) == every


@pytest.mark.parametrize("name", sorted(grammar._FULL_CLASSES))
def test_fast_class_matches_what_full_class_matches(name: str) -> None:
    """Each class of the FAST build (expanded into code-point ranges for the stdlib ``re``)
    matches exactly the code points below U+10000 that its ``regex`` definition matches."""
    every = "".join(map(chr, range(0x10000)))
    fast = re.compile(grammar._bmp_classes()[name])
    full = regex.compile(grammar._FULL_CLASSES[name], regex.VERSION1)
    assert fast.findall(every) == full.findall(every)


@pytest.mark.parametrize("name", ["scan", "sentence_end", "word"])
def test_a_pattern_is_compiled_when_first_used(name: str) -> None:
    """A build holds a stand-in for each pattern until its first use, then the pattern."""
    build = grammar.Scanners(re.compile, 0, grammar._bmp_classes)
    assert not isinstance(getattr(build, name), re.Pattern)
    assert getattr(build, name).pattern == getattr(grammar.FAST, name).pattern
    assert isinstance(getattr(build, name), re.Pattern)


def test_astral_is_every_code_point_above_ffff() -> None:
    every = "".join(map(chr, range(0x110000)))
    assert grammar.ASTRAL.findall(every) == list(every[0x10000:])


def test_sample_shape() -> None:
    """The issue's own sample shape: a quote before a stop, a subhead, a second subhead."""
    text = (
        'Lyon a répondu.Selon elle, les prix "restent au plafond".Des signes de reprise'
        "Trois usines ont rouvert.Un pari pour LyonLyon a investi davantage."
    )
    got = split_body(text)
    assert [(b.kind, b.evidence) for b in got] == [
        (P, Evidence.START),
        (P, Evidence.SENTENCE_END),
        (S, Evidence.SENTENCE_END),
        (P, Evidence.CASE_JOIN),
        (S, Evidence.SENTENCE_END),
        (P, Evidence.CASE_JOIN),
    ]


@pytest.mark.parametrize(
    ("text", "evidence"),
    [
        ("Il est parti.Le reste suit.", Evidence.SENTENCE_END),
        ('Il est parti."Le reste", dit-il.', Evidence.OPENING_QUOTE),
        ("Titre de la sectionLe reste suit.", Evidence.CASE_JOIN),
        ("Bilan de 2024Le reste suit.", Evidence.HEADING_END),
        ("Il est parti.\nLe reste suit.", Evidence.LINE_BREAK),
        ("قال المتحدث.وأضاف أن", Evidence.UNCASED_STOP),
    ],
)
def test_evidence(text: str, evidence: Evidence) -> None:
    blocks = split_body(text)
    assert len(blocks) == 2
    assert blocks[0].evidence is Evidence.START
    assert blocks[1].evidence is evidence


def test_empty_and_base() -> None:
    assert split_body("") == ()
    assert analyse_body("") == ((), ())
    blocks = split_body("Un.Deux.", base=100)
    assert [(b.start, b.end) for b in blocks] == [(100, 103), (103, 108)]
    assert blocks == (
        Paragraph("Un.", 100, 103),
        Paragraph("Deux.", 103, 108, Evidence.SENTENCE_END),
    )


def test_single_unpunctuated_block_is_a_paragraph() -> None:
    assert split_body("Further Reading") == (Paragraph("Further Reading", 0, 15),)


def test_whitespace_only() -> None:
    assert [b.text for b in split_body(" \n\n ")] == [" \n\n "]


def test_type_error() -> None:
    with pytest.raises(TypeError, match="needs a str"):
        split_body(b"bytes")  # type: ignore[arg-type]


def test_notes() -> None:
    blocks, notes = analyse_body("发言人表示会谈将继续。双方保持联系。", lang="zh", base=5)
    assert len(blocks) == 1
    assert notes == (
        (
            "uncased-script",
            "the body is in a script without letter case: only glued stops mark paragraphs, "
            "and subheads cannot be recovered",
            5,
            23,
        ),
    )
    _, notes = analyse_body("Il est parti.Le reste suit.", lang="fr")
    assert notes == ()


def test_lang_is_a_hint() -> None:
    """A wrong hint changes no boundary; an uncased hint on cased text adds no note."""
    text = "Le ministre est arrivé.Selon lui, tout va bien."
    assert split_body(text, lang="ar") == split_body(text, lang=None)
    assert analyse_body(text, lang="ar")[1] == ()


# -- the word lists are data: small, lower case, and each entry does its job -----------------


def test_word_lists_are_small_and_lower_case() -> None:
    for words in (grammar.ABBREVIATIONS, grammar.CAMEL_NAMES, grammar.FILE_EXTENSIONS):
        assert 10 < len(words) < 100
        assert all(w == w.lower() and w.isalnum() for w in words)


# Each list is read by both builds of the scanner: an astral character picks the FULL one.
BUILDS = pytest.mark.parametrize("lead", ["", "🙂 "], ids=["fast", "full"])


@BUILDS
@pytest.mark.parametrize("word", sorted(grammar.ABBREVIATIONS))
def test_each_abbreviation_blocks_a_cut(word: str, lead: str) -> None:
    for form in (word, word.capitalize(), word.upper()):
        assert len(split_body(f"{lead}Selon le {form}.Martin, rien ne change.")) == 1
    # only the whole word: "Xdr.Martin" ends a sentence
    assert len(split_body(f"{lead}Selon le X{word}.Martin, rien ne change.")) == 2


@BUILDS
@pytest.mark.parametrize("word", sorted(grammar.FILE_EXTENSIONS))
def test_each_dotted_suffix_blocks_a_cut(word: str, lead: str) -> None:
    for form in (word, word.upper()):
        assert len(split_body(f"{lead}Voir le fichier rapport.{form} pour le détail.")) == 1
    # only the whole run: "rapport.PDFQ" is no file name
    assert len(split_body(f"{lead}Voir le rapport.{word.upper()}Q pour le détail.")) == 2


@pytest.mark.parametrize("word", sorted(grammar.CAMEL_NAMES))
def test_each_camel_name_is_known(word: str) -> None:
    assert word in grammar.CAMEL_NAMES
    # Camel-cased the usual way when the name has a capital inside; a lead line glued to
    # such a name would be cut, so the name must stop the cut.
    camel = {"youtube": "YouTube", "whatsapp": "WhatsApp", "linkedin": "LinkedIn"}.get(word)
    if camel is not None:
        assert len(split_body(f"Le service {camel} a annoncé une panne.")) == 1


# -- properties -------------------------------------------------------------------------------


@given(st.text())
def test_lossless_on_any_text(text: str) -> None:
    blocks, notes = analyse_body(text, base=7)
    assert "".join(b.text for b in blocks) == text
    pos = 7
    for b in blocks:
        assert b.start == pos and b.end == pos + len(b.text) and b.text
        assert isinstance(b, Paragraph | Subhead)
        pos = b.end
    assert all(start >= 7 and end <= 7 + len(text) for _, _, start, end in notes)


@given(st.text(alphabet="aA.\"'«» \n:;-1Ж)ж", max_size=200))
def test_lossless_on_trace_characters(text: str) -> None:
    assert "".join(b.text for b in split_body(text)) == text


@given(bodies())
def test_realistic_bodies_round_trip(body: tuple[str, list[tuple[str, str]]]) -> None:
    text, blocks = body
    assert [(b.kind, b.text) for b in split_body(text)] == blocks


# -- linear time ---------------------------------------------------------------------------

ADVERSARIAL = {
    "case": "aA" * 100_000,
    "stops": "a." * 100_000,
    "quotes": '"' * 200_000,
    "stop-quote": 'ab."A' * 40_000,
    "initials": "J.K. " * 40_000,
    "spaces": " " * 200_000,
    "dots": "." * 200_000,
    "breaks": "\n " * 100_000,
    "camel-words": "Ab cdEf " * 25_000,
    "acronyms": "Ab OMSDe " * 22_000,
}


ADVERSARIAL.update({f"{k}-full": v + "🙂" for k, v in list(ADVERSARIAL.items())[:4]})


@pytest.mark.parametrize("text", ADVERSARIAL.values(), ids=ADVERSARIAL.keys())
def test_linear_time(text: str) -> None:
    start = time.perf_counter()
    blocks = split_body(text)
    assert time.perf_counter() - start < 1.0
    assert "".join(b.text for b in blocks) == text


@given(
    st.text(alphabet="ab_ 1é.Ж", max_size=30),
    st.text(alphabet="abé1Ж", min_size=1, max_size=3),
)
def test_standalone_reads_a_word_as_a_word_boundary_pattern_would(text: str, word: str) -> None:
    """The splitter's compile-free word test agrees with ``(?<!\\w)word(?!\\w)``."""
    pattern = re.compile(rf"(?<!\w){re.escape(word)}(?!\w)")
    assert standalone(text, word) == (pattern.search(text) is not None)
