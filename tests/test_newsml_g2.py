"""NewsML-G2 2.x reader: documents written for these tests, in the shapes real feeds show."""

from __future__ import annotations

import datetime as dt
from xml.sax.saxutils import escape

import pytest
from hypothesis import given
from hypothesis import strategies as st

import wirefmt
from wirefmt import Paragraph, Subhead, Subject

G2 = "http://iptc.org/std/nar/2006-10-01/"
XHTML = "http://www.w3.org/1999/xhtml"
NITF_NS = "http://iptc.org/std/NITF/2006-10-18/"


def item(
    *,
    guid: str = "urn:test:1",
    cls: str = "ninat:text",
    item_meta: str = "",
    content_meta: str = "<headline>A headline</headline>",
    content: str = '<inlineXML contenttype="application/xhtml+xml">'
    f'<html xmlns="{XHTML}"><body><p>One paragraph.</p></body></html></inlineXML>',
    tag: str = "newsItem",
    attrs: str = "",
) -> str:
    return (
        f'<{tag} guid="{guid}" version="3" standard="NewsML-G2"{attrs}>\n'
        f'<itemMeta><itemClass qcode="{cls}"/>{item_meta}</itemMeta>\n'
        f"<contentMeta>{content_meta}</contentMeta>\n"
        f"<contentSet>{content}</contentSet>\n</{tag}>\n"
    )


def doc(*items: str) -> str:
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<newsMessage xmlns="{G2}">\n'
        f"<header><sent>2024-01-01T00:00:00Z</sent></header>\n<itemSet>\n{''.join(items)}"
        "</itemSet>\n</newsMessage>\n"
    )


def codes(article: wirefmt.Article) -> list[str]:
    return [d.code for d in article.diagnostics]


ENGLISH = item(
    guid="urn:newsml:example.org:20240312:storm",
    item_meta=(
        "<versionCreated>2024-03-12T10:00:00Z</versionCreated>"
        "<firstCreated>2024-03-12T10:00:02Z</firstCreated>"
        "<embargoed>2024-03-12T12:00:00+01:00</embargoed>"
        '<pubStatus qcode="stat:usable"/>'
        "<edNote>Corrects the name of the port.</edNote>"
        "<service><name>World news</name></service>"
    ),
    content_meta=(
        "<urgency>4</urgency>"
        '<located qcode="city:1"><name>Rotterdam</name>'
        '<broader type="cptype:country"><name>Netherlands</name></broader></located>'
        '<language tag="en-GB"/>'
        '<subject qcode="medtop:20000763"><name xml:lang="en">weather</name></subject>'
        '<subject literal="PORTS"/>'
        "<keyword>storm</keyword><keyword>shipping</keyword>"
        "<slugline>NETHERLANDS-STORM/</slugline>"
        '<headline role="hld:subHeadline">Second headline</headline>'
        "<headline>Storm shuts Dutch port for a day</headline>"
        '<description role="drol:summary">Winds close the port.</description>'
        "<by>By Pieter de Vries</by>"
        "<dateline>AMSTERDAM</dateline>"
    ),
    content=(
        '<inlineXML contenttype="application/xhtml+xml">'
        f'<html xmlns="{XHTML}"><head><title>x</title></head><body>'
        "<h1>Storm shuts Dutch port for a day</h1>"
        "<p>AMSTERDAM (Reuters) - The port of Rotterdam closed on Tuesday.</p>"
        "<h2>Ships at anchor</h2>"
        "<p>About 40 ships <a href='http://example.org'>waited</a> at anchor.</p>"
        "<figure><img src='x.jpg'/><figcaption>Waves.</figcaption></figure>"
        "<p>The port expects to reopen on Wednesday.</p>"
        "</body></html></inlineXML>"
    ),
)


def test_full_english_item() -> None:
    a = wirefmt.parse(doc(ENGLISH).encode())
    assert a.format == "newsml-g2"
    assert a.title == "Storm shuts Dutch port for a day"
    assert a.lede == "Winds close the port."
    assert a.byline == "By Pieter de Vries"
    assert a.dateline is not None
    assert (a.dateline.place, a.dateline.agency) == ("AMSTERDAM", "Reuters")
    assert a.located == "Rotterdam"
    # versionCreated two seconds EARLIER than firstCreated: kept as printed
    assert a.published == dt.datetime(2024, 3, 12, 10, 0, 2, tzinfo=dt.UTC)
    assert a.modified == dt.datetime(2024, 3, 12, 10, 0, 0, tzinfo=dt.UTC)
    assert a.modified < a.published
    assert a.embargo == dt.datetime(2024, 3, 12, 12, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    assert (a.status, a.urgency, a.slug) == ("usable", 4, "NETHERLANDS-STORM/")
    assert (a.id, a.version, a.language) == ("urn:newsml:example.org:20240312:storm", "3", "en-GB")
    assert a.ednote == "Corrects the name of the port."
    assert a.section == "World news"
    assert a.subjects == (
        Subject("medtop:20000763", "weather", "medtop"),
        Subject("PORTS", None, None),
    )
    assert a.keywords == ("weather", "PORTS")
    assert a.tags == ("storm", "shipping")
    assert [type(b) for b in a.body] == [Paragraph, Subhead, Paragraph, Paragraph]
    assert a.body[2].text == "About 40 ships waited at anchor."
    assert "left-out" in codes(a)  # the h1 repeating the title, the figure


def test_message_with_several_items_and_a_package() -> None:
    package = item(guid="urn:pkg", cls="ninat:composite", tag="packageItem", content="")
    picture = item(guid="urn:pic", cls="ninat:picture", content="<remoteContent href='a.jpg'/>")
    german = item(
        guid="urn:de",
        content_meta="<headline>Zweite Meldung des Tages</headline><language tag='de'/>",
        content=(
            '<inlineXML contenttype="application/xhtml+xml">'
            f'<html xmlns="{XHTML}"><body><section class="main">'
            "<p>Hamburg (dpa) - Der Hafen bleibt geschlossen.</p></section></body></html>"
            "</inlineXML>"
        ),
    )
    data = doc(package, ENGLISH, picture, german).encode()
    items = list(wirefmt.parse_many(data))
    assert [a.id for a in items] == ["urn:newsml:example.org:20240312:storm", "urn:de"]
    assert codes(items[0]).count("item-skipped") == 1  # the package, before it
    assert codes(items[1]).count("item-skipped") == 1  # the picture, before it
    assert wirefmt.parse(data).id == "urn:newsml:example.org:20240312:storm"
    assert items[1].language == "de"
    assert items[1].dateline is not None and items[1].dateline.place == "Hamburg"


def test_package_only_message_yields_its_metadata() -> None:
    package = item(
        guid="urn:pkg",
        cls="ninat:composite",
        tag="packageItem",
        content_meta='<headline xml:lang="fr">Le sommet de Bruxelles</headline>',
        item_meta="<firstCreated>2022-06-01T09:00:00+02:00</firstCreated>",
        content="",
    )
    a = wirefmt.parse(doc(package))
    assert (a.title, a.language, a.body) == ("Le sommet de Bruxelles", "fr", ())
    assert "item-skipped" in codes(a)


def test_explicit_prefixes_on_every_element() -> None:
    text = ENGLISH.replace("<", "<ns0:").replace("<ns0:/", "</ns0:").replace("<ns0:!", "<!")
    text = text.replace(f'<ns0:html xmlns="{XHTML}"', f'<ns0:html xmlns:ns0="{XHTML}"')
    data = f'<ns0:newsMessage xmlns:ns0="{G2}"><ns0:itemSet>{text}</ns0:itemSet></ns0:newsMessage>'
    a = wirefmt.parse(data)
    assert a.format == "newsml-g2"
    assert a.title == "Storm shuts Dutch port for a day"
    assert len(a.body) == 4


def test_inline_nitf_body_and_its_fields() -> None:
    nitf_item = item(
        content_meta="<headline>Le train de nuit revient</headline>",
        content=(
            '<inlineXML contenttype="application/nitf+xml">'
            f'<nitf xmlns="{NITF_NS}"><body><body.head><hedline><hl1>Autre titre</hl1></hedline>'
            "<byline>Par Claire Martin<byttl>AFP</byttl></byline></body.head><body.content>"
            "<p>PARIS (AFP) - Le train de nuit revient sur la ligne.</p><hl2>Un retour</hl2>"
            "<p>Les billets sont en vente.</p></body.content></body></nitf></inlineXML>"
        ),
    )
    a = wirefmt.parse(doc(nitf_item))
    assert a.title == "Le train de nuit revient"  # contentMeta's headline first
    assert a.byline == "Par Claire Martin"
    assert [type(b) for b in a.body] == [Paragraph, Subhead, Paragraph]


def test_plain_text_rendition_with_indented_paragraphs() -> None:
    plain = item(
        content=(
            '<inlineData contenttype="text/plain"><![CDATA[<p>'
            "   (ANSA) - Roma, 3 marzo - Il governo ha approvato\n"
            "il decreto nella notte.\n"
            "   Il testo passa ora\n"
            "al Parlamento.\n]]></inlineData>"
        )
    )
    a = wirefmt.parse(doc(plain))
    assert [b.text for b in a.body] == [
        "(ANSA) - Roma, 3 marzo - Il governo ha approvato il decreto nella notte.",
        "Il testo passa ora al Parlamento.",
    ]
    assert "left-out" in codes(a)  # the printed <p> tag


def test_plain_text_rendition_with_blank_lines() -> None:
    plain = item(
        content=(
            '<inlineData contenttype="text/plain">Первый абзац новости.\nОн продолжается.'
            "\n\nВторой абзац.\n</inlineData>"
        )
    )
    a = wirefmt.parse(doc(plain))
    assert [b.text for b in a.body] == ["Первый абзац новости. Он продолжается.", "Второй абзац."]


@pytest.mark.parametrize(
    ("first", "is_byline"),
    [
        ("By Marta Nowak", True),
        ("Von Max Muster", True),
        ("Por Lucía Gómez, enviada especial", True),
        ("Av Kari Nordmann", True),
        ("By the river, nothing moved.", False),  # near miss: prose
        ("Von Montag an gilt die neue Regel", False),  # near miss: too many words, lowercase
        ("Marta Nowak", False),  # near miss: no byline word
    ],
)
def test_printed_byline_as_first_paragraph(first: str, is_byline: bool) -> None:
    body = (
        '<inlineXML contenttype="application/xhtml+xml">'
        f'<html xmlns="{XHTML}"><body><p>{first}</p><p>The story itself.</p></body></html>'
        "</inlineXML>"
    )
    a = wirefmt.parse(doc(item(content=body)))
    assert (a.byline == first) is is_byline
    assert len(a.body) == (1 if is_byline else 2)


@pytest.mark.parametrize(
    ("note", "taken"),
    [
        ("(Corrects the spelling of the minister's name in paragraph 3)", True),
        ("(Korrigiert Namen im dritten Absatz)", True),
        ("[Corrige le chiffre du deuxième paragraphe]", True),
        ("(Ein Satz in Klammern) und danach weiter.", False),  # near miss
    ],
)
def test_editor_note_before_the_dateline(note: str, taken: bool) -> None:
    body = (
        '<inlineXML contenttype="application/xhtml+xml">'
        f'<html xmlns="{XHTML}"><body><p>{note}</p>'
        "<p>LONDON (Reuters) - Shares rose on Monday.</p></body></html></inlineXML>"
    )
    a = wirefmt.parse(doc(item(content=body)))
    assert (a.ednote == note) is taken
    assert a.body[0].text.startswith("LONDON") is taken


def test_naive_and_basic_offset_stamps() -> None:
    stamps = item(
        item_meta=(
            "<versionCreated>2016-01-12 12:35:40</versionCreated>"
            "<firstCreated>2017-10-11T10:41:00+0100</firstCreated>"
        )
    )
    a = wirefmt.parse(doc(stamps))
    assert a.modified == dt.datetime(2016, 1, 12, 12, 35, 40)
    assert a.published == dt.datetime(
        2017, 10, 11, 10, 41, tzinfo=dt.timezone(dt.timedelta(hours=1))
    )
    assert "naive-timestamp" in codes(a)


def test_content_created_stands_in_for_first_created() -> None:
    a = wirefmt.parse(
        doc(item(content_meta="<contentCreated>2020-02-02T02:02:02Z</contentCreated>"))
    )
    assert a.published == dt.datetime(2020, 2, 2, 2, 2, 2, tzinfo=dt.UTC)


def test_single_news_item_root_and_detection() -> None:
    data = '<?xml version="1.0"?>\n' + item().replace("<newsItem ", f'<newsItem xmlns="{G2}" ', 1)
    assert wirefmt.detect(data) == "newsml-g2"
    a = wirefmt.parse(data)
    assert (a.format, a.title, len(a.body)) == ("newsml-g2", "A headline", 1)


def test_unknown_root_as_g2_is_a_typed_diagnostic() -> None:
    a = wirefmt.parse("<nitf><head/></nitf>", format="newsml-g2")
    assert codes(a) == ["xml-unknown-root"]


_TEXT = st.text(
    alphabet=st.characters(whitelist_categories=("Lu", "Ll", "Nd", "Zs"), max_codepoint=0x52F),
    max_size=30,
)


@given(st.lists(st.tuples(st.sampled_from(["text", "picture", "composite"]), _TEXT), max_size=6))
def test_items_come_out_in_order(kinds: list[tuple[str, str]]) -> None:
    """parse_many yields one Article per text item, in order; never crashes."""
    items = [
        item(guid=f"urn:{n}", cls=f"ninat:{k}", content_meta=f"<headline>{escape(t)}</headline>")
        for n, (k, t) in enumerate(kinds)
    ]
    got = list(wirefmt.parse_many(doc(*items), format="newsml-g2"))
    want = [f"urn:{n}" for n, (k, _) in enumerate(kinds) if k == "text"]
    if want:
        assert [a.id for a in got] == want
    else:
        assert len(got) == max(len(kinds), 1)


_SENTENCE = st.lists(
    st.text(
        alphabet=st.characters(whitelist_categories=("Lu", "Ll"), max_codepoint=0x52F),
        min_size=1,
        max_size=10,
    ),
    min_size=4,
    max_size=10,
).map(lambda ws: " ".join(ws) + ".")


@given(st.lists(st.tuples(st.booleans(), _SENTENCE), min_size=1, max_size=6))
def test_round_trip_xhtml_paragraphs_and_subheads(blocks: list[tuple[bool, str]]) -> None:
    """Blocks written as G2 inline XHTML come back as the same blocks, in order."""
    blocks = [(False, "The opening paragraph of the story."), *blocks]
    blocks.append((False, "The closing paragraph of the story."))
    html = "".join(f"<h2>{escape(t)}</h2>" if sub else f"<p>{escape(t)}</p>" for sub, t in blocks)
    content = (
        '<inlineXML contenttype="application/xhtml+xml">'
        f'<html xmlns="{XHTML}"><body>{html}</body></html></inlineXML>'
    )
    a = wirefmt.parse(doc(item(content=content)), format="newsml-g2")
    assert [(isinstance(b, Subhead), b.text) for b in a.body] == blocks


@pytest.mark.parametrize(
    ("qcode", "status", "bad"),
    [
        ("stat:usable", "usable", False),
        ("stat:withheld", "withheld", False),
        ("stat:canceled", "canceled", False),
        ("stat:draft", None, True),  # near miss: a status word no Article status names
    ],
)
def test_pub_status(qcode: str, status: str | None, bad: bool) -> None:
    a = wirefmt.parse(doc(item(item_meta=f'<pubStatus qcode="{qcode}"/>')))
    assert a.status == status
    assert ("bad-field" in codes(a)) is bad


@pytest.mark.parametrize(
    ("vendor", "byline", "body"),
    [
        (
            "<TEXT><P>Första stycket.</P><P>Andra <I>stycket</I>.</P>"
            "<BYLINE>Anna Berg/TT</BYLINE></TEXT>",
            "Anna Berg/TT",
            ["Första stycket.", "Andra stycket."],
        ),
        (
            "<story><para>Erster Absatz.</para><para>Zweiter <em>Absatz</em>.</para>"
            "<byline>Max Muster</byline></story>",
            "Max Muster",
            ["Erster Absatz.", "Zweiter Absatz."],
        ),
        # near miss: a vendor name that is not "byline" stays in the body, and a short
        # unpunctuated last block is taken for a sign-off (reported, not lost)
        (
            "<story><para>Primo paragrafo.</para><para>Secondo.</para>"
            "<firma>Luca Bianchi</firma></story>",
            None,
            ["Primo paragrafo.", "Secondo."],
        ),
    ],
)
def test_vendor_xml_body_and_its_byline_element(
    vendor: str, byline: str | None, body: list[str]
) -> None:
    content = f'<inlineXML contenttype="application/x-vendor+xml">{vendor}</inlineXML>'
    a = wirefmt.parse(doc(item(content=content)))
    assert a.byline == byline
    assert [b.text for b in a.body] == body
    assert "left-out" in codes(a)
