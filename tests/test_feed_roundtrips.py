"""Round trips per feed format, on documents drawn by ``wirefmt.strategies.feed_documents``.

Each drawn document carries Articles; reading it back gives the fields ``CARRIED[format]``
names, detection names its format, a stream or message gives its item count, and a
damaged document never crashes a reader (a typed error at most).
"""

from __future__ import annotations

import datetime as dt
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from wire_helpers import assert_nothing_lost

import wirefmt
from wirefmt import Article, Paragraph, WirefmtError
from wirefmt._strategies.writers import wrap, write_iptc7901, write_newsml_g2, write_nitf
from wirefmt.strategies import (
    CARRIED,
    FEED_FORMATS,
    SCRIPTS,
    FeedDocument,
    carried,
    feed_documents,
    feed_streams,
    mutated_documents,
    page_dumps,
)

STREAMS = ("newsml-g2", "iptc7901", "anpa1312")


def _read_back(doc: FeedDocument, **kwargs: object) -> list[Article]:
    return list(wirefmt.parse_many(doc.data, format=doc.format, **kwargs))  # type: ignore[arg-type]


@pytest.mark.parametrize("fmt", FEED_FORMATS)
def test_carried_fields_come_back(fmt: str) -> None:
    @settings(max_examples=20)  # drawing whole Articles is slow: keep the default run cheap
    @given(feed_documents(fmt))
    def check(doc: FeedDocument) -> None:
        back = wirefmt.parse(doc.data, format=fmt)
        assert back.format == fmt
        assert carried(back, fmt) == carried(doc.article, fmt)
        assert wirefmt.detect(doc.data) == fmt
        assert carried(wirefmt.parse(doc.data), fmt) == carried(back, fmt)  # format="auto"

    check()


@pytest.mark.parametrize("script", SCRIPTS)
def test_every_script_comes_back(script: str) -> None:
    @settings(max_examples=10)
    @given(feed_documents(scripts=[script]))
    def check(doc: FeedDocument) -> None:
        assert carried(wirefmt.parse(doc.data, format=doc.format), doc.format) == carried(
            doc.article, doc.format
        )

    check()


@pytest.mark.parametrize("fmt", STREAMS)
def test_a_stream_gives_each_item_in_order(fmt: str) -> None:
    @settings(max_examples=10)
    @given(feed_streams(fmt, max_size=3))
    def check(doc: FeedDocument) -> None:
        back = _read_back(doc)
        assert len(back) == len(doc.articles)
        assert [carried(a, fmt) for a in back] == [carried(a, fmt) for a in doc.articles]
        assert wirefmt.detect(doc.data) == fmt

    check()


@pytest.mark.parametrize("fmt", ["iptc7901", "anpa1312"])
def test_a_wire_stream_loses_nothing(fmt: str) -> None:
    """Every character of a drawn stream that is not white space lands in one segment."""

    @settings(max_examples=10)
    @given(feed_streams(fmt, max_size=3))
    def check(doc: FeedDocument) -> None:
        try:
            text = doc.data.decode("utf-8")
        except UnicodeDecodeError:  # Latin-1 copy: one character per byte
            text = doc.data.decode("latin-1")
        back = _read_back(doc)
        assert_nothing_lost(text, back)
        assert not [s for a in back for s in a.segments if s.role == "leftover"]

    check()


@pytest.mark.parametrize("fmt", FEED_FORMATS)
def test_strict_mode_takes_every_drawn_document(fmt: str) -> None:
    """The drawn documents are clean: nothing in them is an error."""

    @settings(max_examples=10)
    @given(feed_documents(fmt))
    def check(doc: FeedDocument) -> None:
        assert [a.title for a in _read_back(doc, strict=True)] == [doc.article.title]

    check()


@pytest.mark.parametrize("fmt", FEED_FORMATS)
def test_damaged_documents_never_crash(fmt: str) -> None:
    drawn = feed_streams(fmt, max_size=2) if fmt in STREAMS else feed_documents(fmt)

    @settings(max_examples=25)
    @given(mutated_documents(drawn))
    def check(data: bytes) -> None:
        assert wirefmt.detect(data) in wirefmt.FORMATS
        for name in (fmt, "auto"):
            try:
                for article in wirefmt.parse_many(data, format=name):
                    assert article.format in wirefmt.FORMATS
            except WirefmtError:
                pass  # a typed error is an answer; any other exception is a crash

    check()


# Near misses: documents that look like feeds but are not the format drawn.


@settings(max_examples=10)
@given(page_dumps())
def test_near_miss_a_page_dump_is_no_feed(text: str) -> None:
    assert wirefmt.detect(text.encode()) == "pagedump"


@pytest.mark.parametrize("fmt", ["nitf", "newsml-g2"])
def test_near_miss_a_renamed_root_is_not_the_format(fmt: str) -> None:
    @settings(max_examples=5)
    @given(feed_documents(fmt))
    def check(doc: FeedDocument) -> None:
        root = b"<nitf" if fmt == "nitf" else b"<newsItem"
        assert wirefmt.detect(doc.data.replace(root, root + b"x", 1)) != fmt

    check()


@pytest.mark.parametrize("fmt", ["iptc7901", "anpa1312"])
def test_near_miss_a_wire_message_whose_heading_is_prose(fmt: str) -> None:
    """Framing alone is not a wire heading: SOH before a sentence is no message."""

    @settings(max_examples=5)
    @given(feed_documents(fmt))
    def check(doc: FeedDocument) -> None:
        head, _, rest = doc.data.partition(b"\x01")
        assert wirefmt.detect(head + b"\x01Not a heading at all.\r\n" + rest[200:]) != fmt

    check()


def test_unknown_names_are_clear_errors() -> None:
    with pytest.raises(ValueError, match="anpa1312"):
        feed_documents("nitf3")
    with pytest.raises(ValueError, match="streams: newsml-g2"):
        feed_streams("nitf")
    with pytest.raises(ValueError, match="known: latin"):
        feed_documents(scripts=["runic"])


def test_carried_names_fields_of_the_article() -> None:
    names = {f.name for f in Article.__attrs_attrs__}
    assert set(CARRIED) == set(FEED_FORMATS) == set(wirefmt.FORMATS) - {"pagedump"}
    for fields in CARRIED.values():
        assert set(fields) <= names


# The writers, one example each in its own language.

UTC = dt.UTC


def test_nitf_writer_spanish() -> None:
    a = Article(title="Lluvias en el valle", body=(Paragraph("Llueve desde el lunes."),))
    back = wirefmt.parse(write_nitf(a))
    assert (back.format, back.title, back.body[0].text) == ("nitf", a.title, a.body[0].text)


def test_newsml_g2_writer_german_message_skips_a_picture_and_a_package() -> None:
    one = Article(title="Der Hafen bleibt zu", id="urn:a", body=(Paragraph("Sturm im Norden."),))
    two = Article(title="Die Fähre fährt", id="urn:b", body=(Paragraph("Wieder ab Montag."),))
    back = list(wirefmt.parse_many(write_newsml_g2([one, two], skipped=[1])))
    assert [a.id for a in back] == ["urn:a", "urn:b"]
    assert [d.code for d in back[1].diagnostics] == ["item-skipped", "item-skipped"]


def test_iptc7901_writer_latin1_french() -> None:
    a = Article(
        title="La mairie vote le budget",
        id="xyz042",
        urgency=2,
        section="i",
        keywords=("politique", "élections"),
        body=(Paragraph("Paris (xyz) - Le conseil a voté mardi soir."),),
        published=dt.datetime(2031, 5, 6, 7, 8, tzinfo=UTC),
    )
    data = write_iptc7901([a], encoding="latin-1")
    assert "é".encode("latin-1") in data
    back = wirefmt.parse(data)
    assert (back.format, back.slug, back.keywords) == (
        "iptc7901",
        "politique/élections",
        a.keywords,
    )
    assert back.published == a.published and back.dateline is not None
    assert (back.dateline.place, back.dateline.agency) == ("Paris", "xyz")


def test_wrap_keeps_every_word() -> None:
    text = "Ο δήμος ψήφισε τον προϋπολογισμό χθες το βράδυ μετά από μακρά συζήτηση."
    lines = wrap(text, 20)
    assert " ".join(lines) == text and all(len(ln) <= 20 for ln in lines)


def test_iptc7901_cyrillic_byline() -> None:
    a = Article(
        title="Город принял бюджет",
        byline="От Ивана Петрова",
        id="abc101",
        urgency=3,
        section="i",
        keywords=("политика",),
        body=(Paragraph("Текст первого абзаца."), Paragraph("Второй абзац.")),
        published=dt.datetime(2024, 3, 4, 15, 30, tzinfo=UTC),
    )
    back = wirefmt.parse(write_iptc7901([a]))
    assert (back.title, back.byline) == (a.title, a.byline)


def test_nitf_greek_byline_printed_in_the_body() -> None:
    a = Article(
        title="Τίτλος ειδήσεων",
        body=(Paragraph("Του Γιάννη Παπαδόπουλου"), Paragraph("Το κείμενο εδώ."),
              Paragraph("Δεύτερη παράγραφος.")),
    )  # fmt: skip
    back = wirefmt.parse(write_nitf(a))
    assert back.byline == "Του Γιάννη Παπαδόπουλου"


def test_near_miss_nitf_byline_words_that_the_readers_share() -> None:
    """The same shape with a byline word both tables hold is read (German, Spanish)."""
    for by in ("Von Erika Muster", "Por Ana Ruiz"):
        a = Article(title="Titel", body=(Paragraph(by), Paragraph("Der Text."),
                                         Paragraph("Noch ein Absatz.")))  # fmt: skip
        assert wirefmt.parse(write_nitf(a)).byline == by


def test_ninjs_located_beside_a_byline_that_only_contains_it() -> None:
    a = Article(title="Die Fähre", located="Kiel", byline="By Anna Kielmann",
                body=(Paragraph("Guten Tag."),))  # fmt: skip
    back = wirefmt.parse(json.dumps(wirefmt.to_ninjs(a)), format="ninjs")
    assert back.dateline is not None and back.dateline.place == "Kiel"


def test_ninjs_documents_are_json_objects() -> None:
    @settings(max_examples=5)
    @given(feed_documents("ninjs"), st.just(None))
    def check(doc: FeedDocument, _: None) -> None:
        assert isinstance(json.loads(doc.data), dict)

    check()
