"""IPTC 7901: streams written here in German, French, Spanish, Russian and Greek."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st
from wire_helpers import assert_nothing_lost, codes, read_all

import wirefmt
from wirefmt.formats import iptc7901

UTC = dt.UTC


def message(
    *,
    heading: str = "xyz101 3 i 180 abc   svc 042",
    keywords: str = "Politik/Wahl/",
    block: tuple[str, ...] = ("Die Überschrift der Meldung",),
    paragraphs: tuple[str, ...] = ("Hamburg (svc) - Der erste Absatz.",),
    extra: tuple[str, ...] = (),
    end: str | None = "041530 GMT Mär 24",
    eol: str = "\r\n",
) -> str:
    """A 7901 message as the dpa-style fixtures lay it out: CRLF lines, blank-line breaks."""
    head = f"\x01{heading}{eol}\n{keywords}{eol}\x02"
    text = "\n".join(block) + f" ={eol}\n"
    text += "".join(p + f"{eol}\n" for p in paragraphs)
    text += "".join(x + f"{eol}\n" for x in extra)
    tail = "\x03" + (end or "") + f"{eol}\x7f\n\x7f\x04"
    return head + text + tail


# --- a message in several languages ----------------------------------------------------


def test_german_message_with_takes_byline_notebook_and_signoff() -> None:
    text = message(
        block=("2. NEUFASSUNG", "Stadtrat beschließt neuen Haushalt", "Von Erika Muster, svc"),
        paragraphs=(
            "Hamburg (svc) - Der Stadtrat hat am Dienstag den Haushalt\r\n"
            "für das kommende Jahr beschlossen.",
            "Die Opposition stimmte dagegen.",
        ),
        extra=("# Notizblock", "## Hinweis an die Redaktion\r\n- ergänzt Reaktion", "svc em ab"),
    )
    (a,) = read_all(iptc7901.read, text)
    assert a.title == "Stadtrat beschließt neuen Haushalt"
    assert a.byline == "Von Erika Muster, svc"
    assert a.version == "2. NEUFASSUNG"
    assert a.keywords == ("Politik", "Wahl")
    assert a.slug == "Politik/Wahl"
    assert (a.id, a.urgency, a.section) == ("xyz101", 3, "i")
    assert a.published == dt.datetime(2024, 3, 4, 15, 30, tzinfo=UTC)
    assert a.dateline is not None and (a.dateline.place, a.dateline.agency) == ("Hamburg", "svc")
    assert [b.text.replace("\r\n", " ") for b in a.body] == [
        "Hamburg (svc) - Der Stadtrat hat am Dienstag den Haushalt "
        "für das kommende Jahr beschlossen.",
        "Die Opposition stimmte dagegen.",
    ]
    assert a.ednote is not None and a.ednote.startswith("# Notizblock")
    assert "signoff" in [s.role for s in a.segments]
    assert a.format == "iptc7901"
    assert_nothing_lost(text, [a])


def test_french_latin1_message_with_kicker_and_no_zone() -> None:
    text = message(
        heading="qrs204 4 ec 95   xyz 311",
        keywords="Suisse",
        block=("Conjoncture ", "Suisse:  ", "Le franc «fort» pèse sur l'industrie"),
        paragraphs=(
            "   Genève (xyz) - Les exportateurs se plaignent.",
            "   Ils demandent de l'aide.",
        ),
        extra=("(XYZ\\/ab)",),
        end="151200 déc 22",
    )
    data = text.encode("latin-1")
    (a,) = read_all(iptc7901.read, data)
    assert a.title == "Le franc «fort» pèse sur l'industrie"
    assert a.version is None
    assert [s.role for s in a.segments].count("kicker") == 1  # both kicker lines, one run
    assert a.keywords == ("Suisse",)
    assert a.published == dt.datetime(2022, 12, 15, 12, 0)  # naive: no zone printed
    assert {"wire-encoding", "naive-timestamp"} <= set(codes(a))
    assert len(a.body) == 2 and a.body[0].text.startswith("Genève (xyz)")
    assert_nothing_lost(data.decode("latin-1"), [a])


def test_spanish_and_russian_and_greek_in_utf8() -> None:
    for block, first, place in (
        (("Por Ana Ruiz",), "Madrid (svc) - El Gobierno aprobó el plan.", "Madrid"),
        ((), "МОСКВА (ТАСС) - Правительство одобрило план.", "МОСКВА"),
        ((), "ΑΘΗΝΑ (ΑΠΕ) - Η κυβέρνηση ενέκρινε το σχέδιο.", "ΑΘΗΝΑ"),
    ):
        title = "Un titular de prueba"
        text = message(block=(title, *block), paragraphs=(first,))
        (a,) = read_all(iptc7901.read, text.encode())
        assert a.title == title
        assert a.byline == (block[0] if block else None)
        assert a.dateline is not None and a.dateline.place == place
        assert "wire-encoding" not in codes(a)


def test_lf_only_lines_read_the_same() -> None:
    text = message(eol="\n", paragraphs=("Berlin (svc) - Eins.", "Zwei."))
    (a,) = read_all(iptc7901.read, text)
    assert a.title == "Die Überschrift der Meldung"
    assert len(a.body) == 2


def test_control_characters_stripped_read_from_the_layout() -> None:
    text = (
        "xyz077 3 i 300    svc 1003\n\n/Politik/Wahl/\nERSTE NEUFASSUNG\n"
        "Ein Titel ohne Rahmen\nVon Max Muster, svc  =\n \n"
        "Bonn (svc) - Der Text beginnt hier.\n\nEr endet hier.\n\nsvc mm\n\n\n101137 GMT Dez 18\n"
    )
    (a,) = read_all(iptc7901.read, text)
    assert codes(a) == ["wire-no-framing"]
    assert a.title == "Ein Titel ohne Rahmen"
    assert a.byline == "Von Max Muster, svc"
    assert a.version == "ERSTE NEUFASSUNG"
    assert a.keywords == ("Politik", "Wahl")
    assert a.published == dt.datetime(2018, 12, 10, 11, 37, tzinfo=UTC)
    assert [b.text for b in a.body] == ["Bonn (svc) - Der Text beginnt hier.", "Er endet hier."]
    assert_nothing_lost(text, [a])
    assert iptc7901.detect(text.encode())


def test_a_stream_of_two_messages_through_the_public_api() -> None:
    first = message(block=("Erste Meldung",))
    second = message(heading="xyz102 1 s 50 abc   svc 043", block=("Zweite Meldung",))
    data = (first + "\r\n" + second).encode()
    assert wirefmt.detect(data) == "iptc7901"
    titles = [(a.title, a.urgency) for a in wirefmt.parse_many(data)]
    assert titles == [("Erste Meldung", 3), ("Zweite Meldung", 1)]
    assert wirefmt.parse(data).title == "Erste Meldung"


# --- near misses ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "head",
    [
        b"Title of a page\n\nA description.\n",  # a page dump
        b"<?xml version='1.0'?><nitf><head/></nitf>",  # XML
        b'{"uri": "x", "headline": "y"}',  # JSON
        b"abc101 3 i 180 svc 042\nno header block follows in this text\n",  # no " ="
        b"\x01W1234\x1fsel\nr a\x13\x11 BC-Slug  01-02 0300\n",  # ANPA framing
        b"abc 3 i 180\n\nA line =\n",  # no number glued to the source
    ],
)
def test_detect_refuses_near_misses(head: bytes) -> None:
    assert not iptc7901.detect(head)


def test_heading_line_near_misses() -> None:
    assert iptc7901.read_heading("ab12 9 x 5") is not None
    assert iptc7901.read_heading("APA012 5 II 0234 AI") is not None  # capitals read too
    for line in (
        "A12 3 i 100",
        "ab1x 3 i 100",
        "abc12 33 i 100",
        "abc12 3 i",
        "abc12 3 i 100 " + "x" * 80,
    ):
        assert iptc7901.read_heading(line) is None, line


def test_a_one_line_last_paragraph_with_a_full_stop_is_text_not_a_signoff() -> None:
    text = message(paragraphs=("Rom (svc) - Ein Satz.", "Noch einer."))
    (a,) = read_all(iptc7901.read, text)
    assert [b.text for b in a.body][-1] == "Noch einer."
    assert "signoff" not in [s.role for s in a.segments]


def test_a_headline_that_starts_like_a_byline_word_is_the_title() -> None:
    # one line in the block: a title, whatever its first word
    text = message(block=("By-election called in the north",))
    (a,) = read_all(iptc7901.read, text)
    assert (a.title, a.byline) == ("By-election called in the north", None)


# --- properties -------------------------------------------------------------------------

_WORD = st.text(
    alphabet=st.sampled_from("abcdefghijklmnoprstuvwzäöüéèçñαβγδжзклмİı"), min_size=1, max_size=8
)
_SENTENCE = st.lists(_WORD, min_size=1, max_size=8).map(lambda ws: " ".join(ws).capitalize() + ".")
_TITLE = st.lists(_WORD, min_size=2, max_size=6).map(lambda ws: "Q " + " ".join(ws))
_KEYWORDS = st.lists(_WORD, min_size=1, max_size=4)


@given(
    title=_TITLE,
    keywords=_KEYWORDS,
    paragraphs=st.lists(_SENTENCE, min_size=1, max_size=5),
    priority=st.integers(1, 6),
    category=st.sampled_from(["i", "s", "ec", "rs"]),
    number=st.integers(1, 99999),
    when=st.datetimes(dt.datetime(1950, 1, 1), dt.datetime(2049, 12, 31)),
)
def test_a_written_message_reads_back(
    *,
    title: str,
    keywords: list[str],
    paragraphs: list[str],
    priority: int,
    category: str,
    number: int,
    when: dt.datetime,
) -> None:
    months = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
    end = f"{when:%d%H%M} GMT {months[when.month - 1]} {when:%y}"
    text = message(
        heading=f"abc{number:05d} {priority} {category} 100 svc 001",
        keywords="/".join(keywords) + "/",
        block=(title,),
        paragraphs=tuple(paragraphs),
        end=end,
    )
    data = text.encode()
    assert wirefmt.detect(data) == "iptc7901"
    (a,) = wirefmt.parse_many(data)
    assert a.title == title
    assert a.keywords == tuple(keywords)
    assert (a.urgency, a.section, a.id) == (priority, category, f"abc{number:05d}")
    assert [b.text for b in a.body] == paragraphs
    assert a.published == when.replace(second=0, microsecond=0, tzinfo=UTC)
    assert a.diagnostics == ()


def test_a_results_table_is_kept_out_of_the_body() -> None:
    text = message(
        paragraphs=(
            "Wien (svc) - Die Ergebnisse des Spieltags:",
            "Rapid       2   1\r\nAustria     0   3",
            "Der Meister steht fest.",
        )
    )
    (a,) = read_all(iptc7901.read, text)
    assert [b.text for b in a.body] == [
        "Wien (svc) - Die Ergebnisse des Spieltags:",
        "Der Meister steht fest.",
    ]
    assert "wire-agate" in codes(a)
    assert "table" in [s.role for s in a.segments]
    assert_nothing_lost(text, [a])


def test_a_headline_wrapped_onto_two_lines() -> None:
    for block, want in (
        (("EILT", "Le gouvernement adopte le budget", "après un long débat"), 2),
        (("Regierung legt Entwurf vor", "für das neue Klimagesetz"), 2),
        (("Рубрика", "Правительство одобрило план"), 1),  # near miss: a kicker, capitalised
    ):
        (a,) = read_all(iptc7901.read, message(block=block))
        assert a.title is not None
        assert a.title.split("\r\n") == list(block[-want:]) or a.title.split("\n") == list(
            block[-want:]
        )


def test_a_bare_lf_ends_a_paragraph_where_lines_end_in_crlf() -> None:
    # CR LF wraps a line inside a paragraph; a bare LF closes the paragraph
    paragraph = (
        "Roma (svc) - Il governo ha approvato\r\nil bilancio.\nL'opposizione ha votato contro."
    )
    (a,) = read_all(iptc7901.read, message(paragraphs=(paragraph,)))
    assert [b.text for b in a.body] == [
        "Roma (svc) - Il governo ha approvato\r\nil bilancio.",
        "L'opposizione ha votato contro.",
    ]
    # near miss: a text whose lines all end in a bare LF keeps its wrapped lines together
    (b,) = read_all(iptc7901.read, message(paragraphs=(paragraph.replace("\r\n", "\n"),), eol="\n"))
    assert len(b.body) == 1


def test_a_message_without_etx_finds_its_end_line_last() -> None:
    text = message(end=None).replace("\x03", "").replace("\x7f\n\x7f\x04", "")
    text = text.rstrip() + "\r\n\r\n121005 GMT Jun 25\r\n\x04"
    (a,) = read_all(iptc7901.read, text)
    assert a.published == dt.datetime(2025, 6, 12, 10, 5, tzinfo=UTC)
    assert [b.text for b in a.body] == ["Hamburg (svc) - Der erste Absatz."]
    # near miss: a last paragraph that is prose stays in the body
    (b,) = read_all(iptc7901.read, message(end=None).replace("\x03", ""))
    assert b.published is None and len(b.body) == 1
