"""HTML/XHTML body fragments into blocks (wirefmt.formats._markup)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from lxml import etree

from wirefmt import Evidence, Paragraph, Subhead
from wirefmt.formats._markup import KeptOut, MarkupBody, html_blocks, markup_blocks

XHTML = "http://www.w3.org/1999/xhtml"


def shape(body: MarkupBody) -> list[tuple[str, str]]:
    return [(b.kind, b.text) for b in body.blocks]


@pytest.mark.parametrize(
    ("markup", "want"),
    [
        # English: paragraphs and a subhead, inline markup joined as printed
        (
            "<p>The council <b>voted</b> late on Tuesday.</p><h3>What comes next</h3>"
            "<p>A second vote is due in May.</p>",
            [
                ("paragraph", "The council voted late on Tuesday."),
                ("subhead", "What comes next"),
                ("paragraph", "A second vote is due in May."),
            ],
        ),
        # German: hard newlines inside <p> are spaces, a trailing <br/> is nothing
        (
            "<p>Die Preise stiegen\nam Montag leicht an.<br/></p>"
            "<p>Händler blieben\r\nvorsichtig.</p>",
            [
                ("paragraph", "Die Preise stiegen am Montag leicht an."),
                ("paragraph", "Händler blieben vorsichtig."),
            ],
        ),
        # Russian: list items are paragraphs, the lead-in too
        (
            "<p>В программе три пункта:</p><ul><li>транспорт;</li><li>школы;</li>"
            "<li>больницы.</li></ul>",
            [
                ("paragraph", "В программе три пункта:"),
                ("paragraph", "транспорт;"),
                ("paragraph", "школы;"),
                ("paragraph", "больницы."),
            ],
        ),
        # Greek: two <br> in a row end a paragraph, one keeps a line break inside it
        (
            "Η συνεδρίαση έληξε.<br><br>Οι υπουργοί θα συναντηθούν ξανά<br>την Πέμπτη.",
            [
                ("paragraph", "Η συνεδρίαση έληξε."),
                ("paragraph", "Οι υπουργοί θα συναντηθούν ξανά\nτην Πέμπτη."),
            ],
        ),
        # Turkish: a lede <p> nested in a heading stays a paragraph (innermost block decides)
        (
            "<h4><p>İzmir'de yağış uyarısı yapıldı.</p></h4><h2>Kıyı ılçeleri</h2>",
            [("paragraph", "İzmir'de yağış uyarısı yapıldı."), ("subhead", "Kıyı ılçeleri")],
        ),
        # Armenian: bare text in a container is a paragraph
        ("<div>Երևանում այսօր անձրև է։</div>", [("paragraph", "Երևանում այսօր անձրև է։")]),
        # a non-breaking space is kept, as a browser keeps it
        ("<p>10\u00a0km</p>", [("paragraph", "10\u00a0km")]),
    ],
)
def test_blocks(markup: str, want: list[tuple[str, str]]) -> None:
    assert shape(markup_blocks(markup)) == want


def test_media_and_tables_kept_out_and_listed() -> None:
    body = markup_blocks(
        "<p><figure><img src='a.jpg'/><figcaption>Le port au matin</figcaption></figure></p>"
        "<p>Le port a rouvert.</p><table><tr><td>Lyon</td><td>12</td></tr></table>"
        "<iframe src='https://example.org/v'></iframe><p>Fin.</p>"
    )
    assert shape(body) == [("paragraph", "Le port a rouvert."), ("paragraph", "Fin.")]
    assert body.kept_out == (
        KeptOut("figure", "Le port au matin"),
        KeptOut("table", "Lyon12"),
        KeptOut("iframe", ""),
    )


def test_near_miss_inline_elements_do_not_split() -> None:
    # <span>, <a>, <sup> look like elements but hold no block: one paragraph
    body = markup_blocks('<p>Brand<sup>®</sup> <a href="x">site</a><span> now</span>.</p>')
    assert shape(body) == [("paragraph", "Brand® site now.")]


def test_near_miss_heading_words_in_a_paragraph_stay_paragraph() -> None:
    assert shape(markup_blocks("<p>Was kommt jetzt</p>")) == [("paragraph", "Was kommt jetzt")]


def test_whole_document_drops_head() -> None:
    body = markup_blocks(
        "<!DOCTYPE html><html><head><title>Título</title></head>"
        "<body><article><h1>Título</h1><p>Texto.</p></article></body></html>"
    )
    assert shape(body) == [("subhead", "Título"), ("paragraph", "Texto.")]
    assert [k.tag for k in body.kept_out] in (["title"], ["head"])


def test_namespaced_xhtml_element() -> None:
    root = etree.fromstring(
        f'<html xmlns="{XHTML}"><body><h2>Тема</h2><p>Первый.</p><!-- note --><p>Второй.</p>'
        "<hr/><p>Третий.</p></body></html>"
    )
    body = html_blocks(root, start=5, end=90)
    assert shape(body) == [
        ("subhead", "Тема"),
        ("paragraph", "Первый."),
        ("paragraph", "Второй."),
        ("paragraph", "Третий."),
    ]
    assert {(b.start, b.end) for b in body.blocks} == {(5, 90)}
    assert body.blocks[0].evidence is Evidence.START
    assert body.blocks[1].evidence is Evidence.LINE_BREAK


def test_unresolved_entity_is_reported_not_lost() -> None:
    parser = etree.XMLParser(resolve_entities=False, load_dtd=False, no_network=True)
    root = etree.fromstring(
        b'<!DOCTYPE p [<!ENTITY x "y">]><div><p>a &x; b</p></div>', parser=parser
    )
    body = html_blocks(root)
    assert shape(body) == [("paragraph", "a b")]
    assert body.kept_out == (KeptOut("entity", "&x;"),)


def test_empty_and_blank() -> None:
    assert markup_blocks("") == MarkupBody()
    assert markup_blocks(" \n ") == MarkupBody()
    assert markup_blocks("<p> </p><p><br/></p>").blocks == ()
    # spacer paragraphs editors leave: a non-breaking space, a zero-width space
    assert markup_blocks("<p>&nbsp;</p><p>\u200b</p><p>\u00a0\u00a0</p>").blocks == ()


def test_xml_declaration_in_a_str_is_ignored() -> None:
    assert shape(markup_blocks("<?xml version='1.0' encoding='latin-1'?><p>ça</p>")) == [
        ("paragraph", "ça")
    ]


WORD = st.text(alphabet=st.characters(categories=("L", "N")), min_size=1, max_size=8)


@given(st.lists(st.lists(WORD, min_size=1, max_size=6), max_size=6))
def test_paragraph_words_come_back(paragraphs: list[list[str]]) -> None:
    markup = "".join("<p>" + " ".join(words) + "</p>" for words in paragraphs)
    body = markup_blocks(markup)
    assert [b.text for b in body.blocks] == [" ".join(words) for words in paragraphs]
    assert all(isinstance(b, Paragraph) and not isinstance(b, Subhead) for b in body.blocks)


@given(st.text(max_size=200))
def test_never_crashes(text: str) -> None:
    body = markup_blocks(text)
    for b in body.blocks:
        assert b.text and b.text == b.text.strip(" \n")


@pytest.mark.parametrize(
    "row",
    [
        '<div class="x"><span>Fotboll</span><span>TT</span></div>',
        "<div><span>Спорт</span><span>ТАСС</span></div>",
        "<p><em>Πολιτική</em><strong>ΑΠΕ</strong></p>",
    ],
)
def test_label_row_kept_out(row: str) -> None:
    body = markup_blocks(f"<h1>Başlık</h1>{row}<p>Metin burada.</p>")
    assert shape(body) == [("subhead", "Başlık"), ("paragraph", "Metin burada.")]
    assert len(body.kept_out) == 1
    assert len(body.kept_out[0].text.split()) == 2


@pytest.mark.parametrize(
    "near",
    [
        "<p><b>Berlin</b> und <i>Paris</i></p>",  # text of its own between the elements
        "<p>Vor <b>allem</b><i>jetzt</i></p>",  # text before the elements
        "<p><b>Nur eins</b></p>",  # one element is a paragraph in bold, not a row
        "<p><b>Jan Nowak</b><i> pisze o kulturze.</i></p>",  # a space opens the second
        "<p><i>Publié sous </i><a>licence libre</a><i>.</i></p>",  # spaces, a stop
        "<p><span>Berlin</span> <span>Paris</span></p>",  # a space between: words apart
    ],
)
def test_near_miss_label_row(near: str) -> None:
    assert len(markup_blocks(near).blocks) == 1


def test_text_the_parser_drops_is_counted_and_listed() -> None:
    deep = "<div>" * 3000 + "Глубоко" + "</div>" * 3000
    body = markup_blocks(deep)
    assert body.kept_out[-1].tag == "unparsed"
    assert body.kept_out[-1].text.startswith("7 ")


@pytest.mark.parametrize(
    "near",
    [
        "<p>caf&eacute; &amp; th&#233;</p>",  # references become letters: no shortfall
        "<!-- Kommentar --><p>Text</p>",  # a comment is no text of the body
        "<!DOCTYPE html><p>Ναι</p>",
    ],
)
def test_near_miss_nothing_unparsed(near: str) -> None:
    assert all(k.tag != "unparsed" for k in markup_blocks(near).kept_out)
