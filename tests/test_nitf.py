"""NITF 3.x reader: documents written for these tests, in the shapes real feeds show."""

from __future__ import annotations

import datetime as dt
from xml.sax.saxutils import escape

import pytest
from hypothesis import given
from hypothesis import strategies as st

import wirefmt
from wirefmt import Paragraph, Subhead, Subject

NS = "http://iptc.org/std/NITF/2006-10-18/"


def nitf(
    *,
    hl1: str = "A headline",
    body: str = "<p>One paragraph of text.</p>",
    head: str = "",
    body_head: str = "",
    root_attrs: str = "",
    decl: str = '<?xml version="1.0" encoding="UTF-8"?>',
) -> str:
    return (
        f"{decl}\n<nitf{root_attrs}>\n<head>{head}</head>\n<body>\n<body.head>"
        f"<hedline><hl1>{hl1}</hl1></hedline>{body_head}</body.head>\n"
        f"<body.content>{body}</body.content>\n</body>\n</nitf>\n"
    )


def codes(article: wirefmt.Article) -> list[str]:
    return [d.code for d in article.diagnostics]


FULL_EN = nitf(
    root_attrs=' baselang="en-US"',
    hl1="Storm closes <b>three</b> ports along the coast",
    head=(
        "<title>SLUG storm-ports</title>"
        '<tobject tobject.type="News"><tobject.subject tobject.subject.ipr="IPTC" '
        'tobject.subject.refnum="17000000" tobject.subject.type="Weather"/>'
        '<tobject.subject tobject.subject.refnum="04000000" tobject.subject.type="Economy" '
        'tobject.subject.matter="Shipping"/></tobject>'
        '<docdata management-status="usable"><doc-id id-string="XYZ-2041-7"/>'
        '<urgency ed-urg="3"/><date.issue norm="20230314T061500Z"/>'
        '<date.release norm="20230314T080000+0100"/><ed-msg info="Moves on all wires"/>'
        '<du-key key="storm-ports" version="2"/>'
        '<key-list><keyword key="storm"/><keyword key=""/><keyword key="ports"/></key-list>'
        "</docdata>"
    ),
    body_head=(
        "<byline>By Alma Reyes<byttl>Maritime Correspondent</byttl></byline>"
        "<dateline><location><city>Valparaiso</city><country>Chile</country></location>"
        '<story.date norm="20230314T061500Z">March 14</story.date></dateline>'
        "<abstract><p>Three ports shut as winds rise.</p></abstract>"
    ),
    body=(
        "<p>VALPARAISO, Chile (AP) — Harbour masters closed three ports on Tuesday.</p>"
        "<hl2>Ships wait offshore</hl2>"
        "<p>Dozens of <org>cargo</org> ships waited outside the breakwater.</p>"
        "<table><tr><td>Port</td><td>Status</td></tr></table>"
        '<media media-type="image"><media-reference source="http://example.org/a.jpg"/>'
        "<media-caption>Waves at the pier.</media-caption></media>"
        "<ul><li>Valparaiso</li><li>San Antonio</li></ul>"
        "<p>___</p>"
        "<p>The storm should ease by Thursday, forecasters said.</p>"
        "<p>ends</p>"
    ),
)


def test_full_english_document() -> None:
    a = wirefmt.parse(FULL_EN.encode())
    assert a.format == "nitf"
    assert a.title == "Storm closes three ports along the coast"
    assert a.lede == "Three ports shut as winds rise."
    assert a.byline == "By Alma Reyes"
    assert a.located == "Valparaiso, Chile"
    assert a.dateline is not None
    assert (a.dateline.place, a.dateline.agency) == ("VALPARAISO, Chile", "AP")
    assert a.published == dt.datetime(2023, 3, 14, 6, 15, tzinfo=dt.UTC)
    assert a.embargo == dt.datetime(2023, 3, 14, 8, 0, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    assert a.language == "en-US"
    assert (a.id, a.version, a.slug, a.urgency) == ("XYZ-2041-7", "2", "storm-ports", 3)
    assert (a.status, a.ednote, a.section) == ("usable", "Moves on all wires", "News")
    assert a.subjects == (
        Subject("17000000", "Weather", "IPTC"),
        Subject("04000000", "Shipping", None),
    )
    assert a.keywords == ("Weather", "Shipping")
    assert a.tags == ("storm", "ports")
    assert a.image == "http://example.org/a.jpg"
    assert [type(b) for b in a.body] == [
        Paragraph,
        Subhead,
        Paragraph,
        Paragraph,
        Paragraph,
        Paragraph,
    ]
    assert [b.text for b in a.body][2:5] == [
        "Dozens of cargo ships waited outside the breakwater.",
        "Valparaiso",
        "San Antonio",
    ]
    left = [d.message for d in a.diagnostics if d.code == "left-out"]
    assert len(left) == 4  # table, media, the rule, the sign-off
    assert any("ends" in m for m in left)


def test_namespaced_german_document_reads_alike() -> None:
    doc = nitf(
        root_attrs=f' xmlns="{NS}" xml:lang="de"',
        hl1="Bahn streicht Nachtzüge",
        head='<docdata><date.issue norm="20220105T134500+0100"/></docdata>',
        body_head="<byline>Von Jonas Keller<byttl>dpa</byttl></byline>",
        body=(
            "<p>Berlin (dpa) - Die Bahn streicht im Winter mehrere Nachtzüge.</p>"
            "<p>Grund seien fehlende Wagen, sagte eine Sprecherin.</p>"
        ),
    )
    a = wirefmt.parse(doc.encode(), format="auto")
    assert a.format == "nitf"
    assert a.title == "Bahn streicht Nachtzüge"
    assert a.byline == "Von Jonas Keller"
    assert a.language == "de"
    assert a.dateline is not None and (a.dateline.place, a.dateline.agency) == ("Berlin", "dpa")
    assert len(a.body) == 2


def test_norwegian_naive_dates_and_structured_dateline() -> None:
    doc = nitf(
        root_attrs=' baselang="nb-NO"',
        hl1="Fergene står i Nordland",
        head=(
            '<docdata><date.issue norm="2021-11-02T07:30:00"/>'
            '<date.release norm="YYYYMMDD000000-HHMM"/></docdata>'
            '<pubdata date.publication="20211102T073000"/>'
        ),
        body_head="<dateline>Bodø</dateline>",
        body="<p>Flere ferger ble innstilt tirsdag morgen på grunn av uvær.</p><p>(©NTB)</p>"
        "<p>Ekstra avsnitt etter signaturen.</p>",
    )
    a = wirefmt.parse(doc.encode())
    assert a.published == dt.datetime(2021, 11, 2, 7, 30)  # naive: no zone printed
    assert a.embargo is None
    assert "naive-timestamp" in codes(a) and "bad-timestamp" in codes(a)
    assert a.dateline == wirefmt.Dateline(place="Bodø")  # nothing printed: the structured one
    assert a.located == "Bodø"
    # "(©NTB)" is not the last paragraph here: kept
    assert [b.text for b in a.body][1] == "(©NTB)"


def test_pubdata_stands_in_when_there_is_no_date_issue() -> None:
    doc = nitf(head='<pubdata date.publication="20200101T120000-0500"/>')
    a = wirefmt.parse(doc)
    assert a.published == dt.datetime(2020, 1, 1, 12, tzinfo=dt.timezone(dt.timedelta(hours=-5)))


def test_hl1_text_after_child_elements_is_kept() -> None:
    a = wirefmt.parse(nitf(hl1="Türkiye'de <org>İş Bankası</org> faizi düşürdü"))
    assert a.title == "Türkiye'de İş Bankası faizi düşürdü"


def test_title_falls_back_to_head_title() -> None:
    doc = nitf(hl1="", head="<title>Ο Δήμος Αθηναίων κλείνει τα πάρκα</title>")
    assert wirefmt.parse(doc).title == "Ο Δήμος Αθηναίων κλείνει τα πάρκα"


def test_nested_body_content_in_a_note_is_not_the_body() -> None:
    doc = nitf(
        body_head=(
            "<note><body.content><p>An editor's note, not the story.</p></body.content></note>"
        ),
        body="<p>The story's own first paragraph.</p>",
    )
    a = wirefmt.parse(doc)
    assert [b.text for b in a.body] == ["The story's own first paragraph."]


@pytest.mark.parametrize(
    ("byline_xml", "expected"),
    [
        ("<byline>By Jane Roe<byttl>Staff Writer</byttl></byline>", "By Jane Roe"),
        (
            "<byline>Por Lucía Gómez, <byttl>corresponsal</byttl></byline>",
            "Por Lucía Gómez, corresponsal",
        ),
        ("<byline><byttl>Агентство новостей</byttl></byline>", "Агентство новостей"),
        ("<byline>Par <person>Claire Martin</person></byline>", "Par Claire Martin"),
    ],
)
def test_byline_without_its_title(byline_xml: str, expected: str) -> None:
    assert wirefmt.parse(nitf(body_head=byline_xml)).byline == expected


@pytest.mark.parametrize(
    ("last", "dropped"),
    [
        ("ends", True),  # en
        ("/ritzau/", True),  # da
        ("(©NTB)", True),  # nb
        ("AFP sn", True),
        ("Happy sailing, everybody!", False),  # near miss: a closing sentence
        ("Das war alles.", False),  # near miss: punctuation closes it
        ("Ο καιρός θα βελτιωθεί σταδιακά από την Πέμπτη", False),  # near miss: long
    ],
)
def test_trailing_sign_off(last: str, dropped: bool) -> None:
    a = wirefmt.parse(nitf(body=f"<p>The first paragraph of the story.</p><p>{last}</p>"))
    assert (a.body[-1].text != last) is dropped
    assert ("left-out" in codes(a)) is dropped


def test_only_paragraph_is_never_a_sign_off() -> None:
    a = wirefmt.parse(nitf(body="<p>Fin</p>"))
    assert [b.text for b in a.body] == ["Fin"]


@pytest.mark.parametrize(
    "embed",
    [
        '&lt;div class="embed" data-id="7"&gt;&lt;/div&gt;',
        '&lt;iframe src="https://example.org/x"&gt;&lt;/iframe&gt;',
    ],
)
def test_markup_printed_as_text_and_its_heading_are_left_out(embed: str) -> None:
    a = wirefmt.parse(
        nitf(body=f"<p>Real text of the story.</p><hl2>Embed (large):</hl2><p>{embed}</p>")
    )
    assert [b.text for b in a.body] == ["Real text of the story."]


def test_printed_byline_paragraph_becomes_the_byline() -> None:
    a = wirefmt.parse(nitf(body="<p>By Tomas Lind</p><p>STOCKHOLM (Reuters) - Markets fell.</p>"))
    assert a.byline == "By Tomas Lind"
    assert [b.text for b in a.body] == ["STOCKHOLM (Reuters) - Markets fell."]


def test_management_status_and_urgency_edges() -> None:
    doc = nitf(head='<docdata management-status="embargoed"><urgency ed-urg="12"/></docdata>')
    a = wirefmt.parse(doc)
    assert a.status == "withheld" and a.urgency is None
    doc = nitf(head='<docdata management-status="canceled"/>')
    assert wirefmt.parse(doc).status == "canceled"


def test_other_xml_given_as_nitf_is_a_typed_diagnostic() -> None:
    a = wirefmt.parse("<rss><channel/></rss>", format="nitf")
    assert codes(a) == ["xml-unknown-root"]
    with pytest.raises(wirefmt.ParseError):
        wirefmt.parse("<rss><channel/></rss>", format="nitf", strict=True)


def test_detection_is_by_root_element() -> None:
    assert wirefmt.detect(FULL_EN.encode()) == "nitf"
    assert wirefmt.detect(f'<nitf xmlns="{NS}"><head/></nitf>') == "nitf"
    # Near miss: the word nitf in a page dump is not a NITF document.
    assert wirefmt.detect("About nitf files\n\n<nitf> is a tag.\n") == "pagedump"


_WORDS = st.text(
    alphabet=st.characters(whitelist_categories=("Lu", "Ll", "Nd"), max_codepoint=0x52F),
    min_size=1,
    max_size=12,
)
_SENTENCE = st.lists(_WORDS, min_size=4, max_size=12).map(lambda ws: " ".join(ws) + ".")


@given(st.lists(st.tuples(st.booleans(), _SENTENCE), min_size=2, max_size=8))
def test_round_trip_paragraphs_and_subheads(blocks: list[tuple[bool, str]]) -> None:
    """Blocks written as NITF come back as the same blocks, in order."""
    # a subhead left last is (rightly) dropped: end on a paragraph
    blocks = [*blocks, (False, "The closing paragraph of the story.")]
    body = "".join(f"<hl2>{escape(t)}</hl2>" if sub else f"<p>{escape(t)}</p>" for sub, t in blocks)
    a = wirefmt.parse(nitf(body=body).encode(), format="nitf")
    assert [(isinstance(b, Subhead), b.text) for b in a.body] == blocks


def test_a_body_ending_in_a_list_keeps_its_last_item() -> None:
    # Near miss of the sign-off: a short last block that is a list item, not a sign-off.
    a = wirefmt.parse(nitf(body="<p>Die Häfen:</p><ul><li>Kiel</li><li>Rostock</li></ul>"))
    assert [b.text for b in a.body] == ["Die Häfen:", "Kiel", "Rostock"]


@pytest.mark.parametrize("printed", ["²", "٣", "0", "10", "9" * 5000, " 4 "])
def test_urgency_is_one_digit_from_1_to_9(printed: str) -> None:
    a = wirefmt.parse(nitf(head=f'<docdata><urgency ed-urg="{printed}"/></docdata>'))
    assert a.urgency == (4 if printed.strip() == "4" else None)
    assert ("bad-field" in codes(a)) is (printed.strip() != "4")


@pytest.mark.parametrize(
    ("printed", "expected"),
    [
        ("Il a dit &amp;quot;non&amp;quot; hier.", 'Il a dit "non" hier.'),  # fr
        ("Se on Suomen &amp;#39;paras&amp;#39; vuosi.", "Se on Suomen 'paras' vuosi."),  # fi
        ("Hafen &amp;amp; Bahn stehen still.", "Hafen & Bahn stehen still."),  # de
        ("Kod &amp;foo; ostaje.", "Kod &foo; ostaje."),  # near miss: no HTML entity
    ],
)
def test_double_escaped_entities_are_decoded_once_more(printed: str, expected: str) -> None:
    a = wirefmt.parse(nitf(body=f"<p>{printed}</p><p>Second paragraph here.</p>"))
    assert a.body[0].text == expected
    assert ("double-escaped" in codes(a)) is (expected != printed.replace("&amp;", "&"))
