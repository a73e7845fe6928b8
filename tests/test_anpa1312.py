"""ANPA-1312: streams written here in English, Spanish, French and Turkish."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st
from wire_helpers import assert_nothing_lost, codes, read_all

import wirefmt
from wirefmt.formats import anpa1312

EDT = dt.timezone(dt.timedelta(hours=-4))


PARAGRAPHS = (
    "SPRINGFIELD, Ill. (XP) _ The fair opened Friday.",
    "Organizers counted more visitors than ever.",
)


def message(
    *,
    number: str = "Q0123",
    heading: str = "r a\x13\x11 BC-Town-Fair 1stLd-Writethru   07-04 0312",
    header: tuple[str, ...] = (
        "^BC-Town-Fair, 1st Ld-Writethru,312<",
        "^Town fair opens with record crowd<",
        "^Eds: Updates with attendance.<",
        "^By JANE ROE=",
        "^Staff Writer=",
    ),
    paragraphs: tuple[str, ...] = PARAGRAPHS,
    end: str | None = "XP-NY-07-04-19 1805EDT<",
    eol: str = "\r\n",
) -> str:
    head = f"\x16\x16\x01{number}\x1fsel--\n{heading}{eol}\x02"
    text = "".join(h + eol for h in header)
    text += "".join(f"\t   {p}{eol}" for p in paragraphs)
    tail = f"{eol}\t   \x03{end or ''}{eol}{eol}\x0c{eol}\x04"
    return head + text + tail


def test_english_write_through_with_eds_byline_and_title_line() -> None:
    text = message()
    (a,) = read_all(anpa1312.read, text)
    assert a.title == "Town fair opens with record crowd"
    assert a.byline == "By JANE ROE"  # the "=" line after it is the byline's title
    assert a.ednote == "Eds: Updates with attendance."
    assert a.slug == "BC-Town-Fair, 1st Ld-Writethru"
    assert (a.id, a.version, a.urgency, a.section) == ("Q0123", "1stLd-Writethru", 4, "a")
    assert a.published == dt.datetime(2019, 7, 4, 18, 5, tzinfo=EDT)
    assert a.dateline is not None
    assert (a.dateline.place, a.dateline.agency) == ("SPRINGFIELD, Ill.", "XP")
    assert [b.text for b in a.body] == list(PARAGRAPHS)
    assert a.format == "anpa1312"
    assert a.diagnostics == ()
    assert_nothing_lost(text, [a])


def test_spanish_bulletin_with_photo_line_and_abstract() -> None:
    text = message(
        heading="b i\x13\x11 BC-Lluvias-Sur   11-02 0220",
        header=(
            "^BC-Lluvias-Sur,220<",
            "^Lluvias intensas cierran carreteras en el sur<",
            "^Las autoridades piden prudencia a los conductores.<",
            "^XP Photo ABC101<",
            "^Por MARÍA LÓPEZ=",
        ),
        paragraphs=("SEVILLA, España (XP) _ Las lluvias cerraron tres carreteras.",),
    )
    (a,) = read_all(anpa1312.read, text)
    assert a.title == "Lluvias intensas cierran carreteras en el sur"
    assert a.lede == "Las autoridades piden prudencia a los conductores."
    assert a.byline == "Por MARÍA LÓPEZ"
    assert a.urgency == 2
    assert "wire-media" in codes(a)
    assert "media" in [s.role for s in a.segments]
    assert a.dateline is not None and a.dateline.place == "SEVILLA, España"


def test_french_latin1_dialect_without_carets_and_five_space_indent() -> None:
    text = (
        "\x01a0042XP\x1fsel--\r\nu s\x14\x12 BC-Tour-Etape   09-07 0150\r\n\x02"
        "BC-Tour-Etape\r\nUne étape de montagne décisive+\r\n"
        "     GRENOBLE, France, 9 juil. XP - Le peloton a souffert \r\ndans la montée.\r\n"
        "     Le favori a gardé son maillot.\r\n==XP\r\n\x03KWS-16:20-09-07-21\x04\r\n"
    )
    data = text.encode("latin-1")
    (a,) = read_all(anpa1312.read, data)
    assert a.title == "Une étape de montagne décisive"
    assert a.slug == "BC-Tour-Etape"
    assert a.published == dt.datetime(2021, 7, 9, 16, 20)  # time first, day before month
    assert len(a.body) == 2
    assert a.body[0].text.startswith("GRENOBLE, France, 9 juil. XP - ")
    assert "signoff" in [s.role for s in a.segments]
    assert {"wire-encoding", "naive-timestamp"} <= set(codes(a))
    assert_nothing_lost(data.decode("latin-1"), [a])


def test_turkish_headline_digest_of_unterminated_caret_lines() -> None:
    text = message(
        heading="r e\x13\x11 XP-Gundem-Basliklar   02-09 0100",
        header=(
            "^*1234< ^XP-Gundem-Basliklar,0100<",
            "^Günün başlıkları<",
            "^İstanbul'da yeni köprü açıldı",
            "^Ankara'da kar yağışı ulaşımı aksattı",
            "^Iğdır'da hasat başladı",
        ),
        paragraphs=(),
    )
    (a,) = read_all(anpa1312.read, text)
    assert a.title == "Günün başlıkları"
    assert [b.text for b in a.body] == [
        "İstanbul'da yeni köprü açıldı",
        "Ankara'da kar yağışı ulaşımı aksattı",
        "Iğdır'da hasat başladı",
    ]
    assert_nothing_lost(text, [a])


def test_agate_rows_are_kept_out_of_the_body_and_reported() -> None:
    text = message(
        heading="r s\x14\x12 BC-Standings   05-17 0400",
        header=("^BC-Standings<", "^League Standings=", "^By The XP="),
        paragraphs=(
            "Standings through Sunday:<",
            ";W;L;Pct<",
            "Rivertown;10;4;.714<",
            "Lakeside;8;6;.571<",
        ),
    )
    text = text.replace("\x02", "\x02\x08Hilltop\x10 City;7;7;.500\x10\r\n", 1)
    (a,) = read_all(anpa1312.read, text)
    assert [b.text for b in a.body] == ["Standings through Sunday:"]
    assert "wire-agate" in codes(a)
    assert [s.role for s in a.segments].count("table") >= 1
    assert_nothing_lost(text, [a])


def test_caps_tab_lines_are_subheads_and_rules_are_dropped() -> None:
    text = message(paragraphs=("TOWN (XP) _ It began.", "UP NEXT", "More follows.", "___"))
    (a,) = read_all(anpa1312.read, text)
    assert [(b.kind, b.text) for b in a.body] == [
        ("paragraph", "TOWN (XP) _ It began."),
        ("subhead", "UP NEXT"),
        ("paragraph", "More follows."),
    ]


def test_a_stream_cut_at_both_ends() -> None:
    whole = message(number="Q0002")
    text = (
        "\x07noise\r\n\x08TAIL OF A TABLE\r\n\t   \x03XP-NY-07-04-19 1800EDT<\r\n\x0c\r\n\x04"
        + message(number="Q0001")
        + whole[: whole.index("Organizers")]
    )
    data = text.encode()
    assert wirefmt.detect(data) == "anpa1312"
    articles = list(wirefmt.parse_many(data))
    assert len(articles) == 3
    cut, complete, unterminated = articles
    assert "wire-cut-message" in codes(cut)
    assert cut.published == dt.datetime(2019, 7, 4, 18, 0, tzinfo=EDT)
    assert complete.id == "Q0001" and complete.diagnostics == ()
    assert "wire-unterminated" in codes(unterminated)
    assert unterminated.title == "Town fair opens with record crowd"
    assert_nothing_lost(text, articles)


def test_no_end_line_leaves_published_empty() -> None:
    (a,) = read_all(anpa1312.read, message(end=None))
    assert a.published is None
    assert a.title == "Town fair opens with record crowd"


# --- near misses ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "head",
    [
        b"Title of a page\n\nA description.\n",
        b"<?xml version='1.0'?><NewsML/>",
        b"\x01eca062 4 i 211 ccccb   dpa 061\r\n",  # IPTC 7901 framing
        b"\x01W2870 asian\nf l BC-Slug  11-13 1049\n",  # no US after the story number
        b"W2870\x1fasian\nf l\x13\x11 BC-Slug  11-13 1049\n",  # no SOH
    ],
)
def test_detect_refuses_near_misses(head: bytes) -> None:
    assert not anpa1312.detect(head)


def test_heading_near_misses() -> None:
    assert anpa1312.read_heading("Q1234\x1fsel\nr a BC-Slug  01-02 0300") is not None
    for text in (
        "Q123\x1fsel\nr a BC-Slug  01-02 0300",  # three-digit story number
        "Q1234 sel\nr a BC-Slug  01-02 0300",  # no US
        "Q1234\x1fsel\nra BC-Slug  01-02 0300",  # priority and category glued
        "Q1234\x1fsel\nr a BC-Slug  01-02",  # no word count
    ):
        assert anpa1312.read_heading(text) is None, text


def test_a_one_word_paragraph_without_digits_is_not_a_signoff() -> None:
    (a,) = read_all(anpa1312.read, message(paragraphs=("TOWN (XP) _ Go.", "Applause.")))
    assert [b.text for b in a.body][-1] == "Applause."


# --- properties -------------------------------------------------------------------------

_WORD = st.text(alphabet=st.sampled_from("abcdefgiklmnoprstuzçğışöüñé"), min_size=1, max_size=8)
_SENTENCE = st.lists(_WORD, min_size=1, max_size=8).map(lambda ws: " ".join(ws).capitalize() + ".")


@given(
    title=st.lists(_WORD, min_size=2, max_size=6).map(lambda ws: "Q " + " ".join(ws)),
    byline=st.lists(_WORD, min_size=1, max_size=3).map(lambda ws: "By " + " ".join(ws).upper()),
    paragraphs=st.lists(_SENTENCE, min_size=1, max_size=5),
    priority=st.sampled_from(sorted(anpa1312.URGENCY)),
    number=st.integers(0, 9999),
)
def test_a_written_message_reads_back(
    *, title: str, byline: str, paragraphs: list[str], priority: str, number: int
) -> None:
    text = message(
        number=f"Q{number:04d}",
        heading=f"{priority} a\x13\x11 BC-Slug   01-02 0300",
        header=("^BC-Slug,300<", f"^{title}<", f"^{byline}="),
        paragraphs=tuple(paragraphs),
    )
    data = text.encode()
    assert wirefmt.detect(data) == "anpa1312"
    (a,) = wirefmt.parse_many(data)
    assert (a.title, a.byline, a.slug) == (title, byline, "BC-Slug")
    assert (a.id, a.urgency) == (f"Q{number:04d}", anpa1312.URGENCY[priority])
    assert [b.text for b in a.body] == paragraphs
    assert a.diagnostics == ()


def test_editors_note_labels_and_a_near_miss_headline() -> None:
    text = message(
        header=(
            "^BC-Town-Fair,312<",
            "^Editors say the fair must go on<",  # a headline, not a note: no label mark
            "^EDITOR'S NOTE _ One of a series on county fairs.<",
            "^(Eds: Adds photos.)<",
        )
    )
    (a,) = read_all(anpa1312.read, text)
    assert a.title == "Editors say the fair must go on"
    assert a.ednote == "EDITOR'S NOTE _ One of a series on county fairs.\n(Eds: Adds photos.)"


def test_plain_header_dialect_with_routing_line_rule_and_contacts() -> None:
    text = (
        "\x16\x16\x01a0049\x1fbad--\nd c\x13\x11 bc-EVENTS     04-21 0400   \r\n\x02\r\n"
        "XYZ49:EVENTS FOR SATURDAY\r\n\r\nXYZ49                 -EVENTS\r\n"
        "++++++++++++++  ++++++++++++++\r\n"
        "\t   The market opens at nine.  Stalls close at noon.\r\n"
        "\t   \r\n\t   J.Doe315p4/21/95  \r\n\t   \r\n"
        "\t   CONTACT: Market office\r\n\r\n\x03\x04\r\n"
    )
    (a,) = read_all(anpa1312.read, text)
    assert a.title == "XYZ49:EVENTS FOR SATURDAY"
    assert [b.text for b in a.body] == ["The market opens at nine.  Stalls close at noon."]
    assert a.ednote == "CONTACT: Market office"
    assert a.published is None and a.urgency == 6
    roles = [s.role for s in a.segments]
    assert {"routing", "rule", "signoff"} <= set(roles)
    assert_nothing_lost(text, [a])
