"""Safe XML (wirefmt/formats/_xml.py): entities never expanded, no file or network read,
depth capped, declared encodings checked, malformed input recovered; never a crash."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import wirefmt
from wirefmt.formats._xml import decode_xml, root_name

NITF_HEAD = b'<?xml version="1.0" encoding="UTF-8"?>\n'


def _codes(article: wirefmt.Article) -> list[str]:
    return [d.code for d in article.diagnostics]


def _nitf(body: str, *, decl: str = '<?xml version="1.0" encoding="UTF-8"?>') -> str:
    return (
        f"{decl}\n<nitf><body><body.head><hedline><hl1>Headline</hl1></hedline></body.head>"
        f"<body.content>{body}</body.content></body></nitf>"
    )


def test_external_entity_is_not_read(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("the contents of a private file", encoding="utf-8")
    doc = (
        '<?xml version="1.0"?>\n'
        f'<!DOCTYPE nitf [<!ENTITY leak SYSTEM "file://{secret}">]>\n'
        "<nitf><body><body.content><p>Before &leak; after.</p></body.content></body></nitf>"
    )
    article = wirefmt.parse(doc.encode(), format="nitf")
    assert "private file" not in repr(article.to_dict())
    assert article.body[0].text == "Before &leak; after."  # kept as printed, not expanded
    assert "xml-entity" in _codes(article)
    with pytest.raises(wirefmt.ParseError) as err:
        wirefmt.parse(doc.encode(), format="nitf", strict=True)
    assert err.value.code == "xml-entity"


def test_network_entity_is_not_fetched() -> None:
    doc = (
        '<!DOCTYPE nitf [<!ENTITY remote SYSTEM "http://127.0.0.1:9/nothing.xml">]>'
        "<nitf><body><body.content><p>Text &remote;.</p></body.content></body></nitf>"
    )
    started = time.perf_counter()
    article = wirefmt.parse(doc, format="nitf")
    assert time.perf_counter() - started < 2
    assert "xml-entity" in _codes(article)


def test_billion_laughs_is_refused_quickly() -> None:
    entities = ['<!ENTITY l0 "ha">'] + [
        f'<!ENTITY l{i} "{("&l" + str(i - 1) + ";") * 10}">' for i in range(1, 10)
    ]
    doc = (
        f"<!DOCTYPE nitf [{''.join(entities)}]>"
        "<nitf><body><body.content><p>&l9;</p></body.content></body></nitf>"
    )
    started = time.perf_counter()
    article = wirefmt.parse(doc.encode(), format="nitf")
    assert time.perf_counter() - started < 2
    assert "xml-entity" in _codes(article)
    assert len(repr(article.to_dict())) < 10_000


def test_quadratic_blowup_is_not_expanded() -> None:
    big = "x" * 50_000
    doc = (
        f'<!DOCTYPE nitf [<!ENTITY big "{big}">]>'
        f"<nitf><body><body.content><p>{'&big;' * 2_000}</p></body.content></body></nitf>"
    )
    started = time.perf_counter()
    article = wirefmt.parse(doc, format="nitf")
    assert time.perf_counter() - started < 2
    assert "xml-entity" in _codes(article)
    assert sum(len(b.text) for b in article.body) < 20_000


def test_depth_beyond_the_cap_is_a_diagnostic() -> None:
    deep = "<block>" * 400 + "<p>Deep text.</p>" + "</block>" * 400
    article = wirefmt.parse(_nitf(deep), format="nitf")
    assert "xml-malformed" in _codes(article)


@pytest.mark.parametrize(
    ("text", "declared"),
    [
        ("Københavns politi løslod en 41-årig mand.", "ISO-8859-1"),  # Danish
        ("Die Straße nach Köln war gesperrt.", "iso-8859-1"),  # German
        ("İstanbul'da yağmur şiddetlendi.", "windows-1252"),  # Turkish
        ("Η Αθήνα ξύπνησε με βροχή.", "ISO-8859-1"),  # Greek
    ],
)
def test_utf8_labelled_single_byte_is_read_as_utf8(text: str, declared: str) -> None:
    doc = _nitf(f"<p>{text}</p>", decl=f'<?xml version="1.0" encoding="{declared}"?>')
    article = wirefmt.parse(doc.encode("utf-8"), format="nitf")
    assert article.body[0].text == text
    assert "xml-encoding-mismatch" in _codes(article)


def test_honest_latin1_declaration_is_not_flagged() -> None:
    # Near miss: Latin-1 bytes that are NOT well-formed UTF-8, declared as Latin-1.
    doc = _nitf(
        "<p>Åbningen i Århus blev udsat.</p>", decl='<?xml version="1.0" encoding="ISO-8859-1"?>'
    )
    article = wirefmt.parse(doc.encode("latin-1"), format="nitf")
    assert article.body[0].text == "Åbningen i Århus blev udsat."
    assert not [c for c in _codes(article) if c.startswith("xml-encoding")]


def test_undeclared_latin1_is_a_guess() -> None:
    doc = _nitf("<p>Le café était fermé à Genève.</p>", decl='<?xml version="1.0"?>')
    article = wirefmt.parse(doc.encode("cp1252"), format="nitf")
    assert article.body[0].text == "Le café était fermé à Genève."
    assert "xml-encoding-guessed" in _codes(article)


def test_utf16_with_bom_and_str_input() -> None:
    doc = _nitf("<p>Ο καιρός άλλαξε απότομα.</p>", decl='<?xml version="1.0" encoding="UTF-16"?>')
    assert wirefmt.parse(doc.encode("utf-16"), format="nitf").body[0].text.startswith("Ο καιρός")
    # A str is already decoded: its declaration is ignored, not an error.
    article = wirefmt.parse(doc, format="nitf")
    assert article.body[0].text == "Ο καιρός άλλαξε απότομα."
    assert not [d for d in article.diagnostics if d.code.startswith("xml-")]


def test_unknown_encoding_name_falls_back() -> None:
    doc = _nitf("<p>Plain words.</p>", decl='<?xml version="1.0" encoding="x-made-up"?>')
    article = wirefmt.parse(doc.encode(), format="nitf")
    assert article.body[0].text == "Plain words."
    assert "xml-encoding-guessed" in _codes(article)


def test_malformed_is_recovered_and_reported() -> None:
    doc = _nitf("<p>First paragraph.<p>Second one, never closed.</body.content>")
    article = wirefmt.parse(doc, format="nitf")
    assert "xml-malformed" in _codes(article)
    assert article.title == "Headline"
    with pytest.raises(wirefmt.ParseError):
        wirefmt.parse(doc, format="nitf", strict=True)


def test_html_entity_in_xml_is_its_character_with_a_diagnostic() -> None:
    article = wirefmt.parse(_nitf("<p>Caf&eacute; and&nbsp;bar.</p>"), format="nitf")
    assert article.body[0].text == "Café and bar."  # the no-break space squashed
    assert "xml-malformed" in _codes(article)


@pytest.mark.parametrize(
    ("head", "name"),
    [
        (b'<?xml version="1.0"?>\n<!-- a comment -->\n<nitf>', "nitf"),
        (b'\xef\xbb\xbf<!DOCTYPE nitf SYSTEM "../dtd/nitf-3-2.dtd">\n<nitf version="x">', "nitf"),
        (b'<ns0:newsItem xmlns:ns0="http://iptc.org/std/nar/2006-10-01/">', "newsItem"),
        ("<newsMessage>".encode("utf-16"), "newsMessage"),
        (b"Title of a page dump\n\n<p>not xml</p>", None),
    ],
)
def test_root_name(head: bytes, name: str | None) -> None:
    assert root_name(head) == name


def test_decode_xml_str_is_untouched() -> None:
    decoded, findings = decode_xml('<?xml version="1.0" encoding="latin-1"?><a>ø</a>')
    assert decoded.encoding is None
    assert findings == []


_PIECES = st.sampled_from(
    [
        "<p>",
        "</p>",
        "<hl2>",
        "</hl2>",
        "<table>",
        "</table>",
        "&amp;",
        "&nbsp;",
        "&undefined;",
        "<![CDATA[x<y]]>",
        "<!-- c -->",
        "<?pi x?>",
        "text ",
        "Ünïcödé ",
        "\x00",
        "\x1b",
        "<",
        ">",
        '"',
        "<block>",
        "</block>",
        "<media><media-caption>c</media-caption></media>",
    ]
)


@given(st.lists(_PIECES, max_size=40), st.sampled_from(["nitf", "newsml-g2", "auto"]))
def test_mutated_xml_never_crashes(pieces: list[str], fmt: str) -> None:
    doc = _nitf("".join(pieces))
    for data in (doc, doc.encode("utf-8"), doc.encode("utf-8")[: len(doc) // 2]):
        article = wirefmt.parse(data, format=fmt)
        assert isinstance(article, wirefmt.Article)


@given(st.binary(max_size=300))
def test_random_bytes_as_xml_never_crash(data: bytes) -> None:
    for fmt in ("nitf", "newsml-g2"):
        article = wirefmt.parse(NITF_HEAD + data, format=fmt)
        assert any(d.code.startswith("xml-") for d in article.diagnostics) or article.title is None


def _message(items: int) -> bytes:
    one = (
        '<newsItem guid="u{n}"><itemMeta><itemClass qcode="ninat:text"/>'
        "<versionCreated>2020-01-01 10:00:00</versionCreated></itemMeta>"
        "<contentMeta><headline>Headline {n}</headline></contentMeta><contentSet><inlineXML>"
        '<html xmlns="http://www.w3.org/1999/xhtml"><body><p>A paragraph.</p><p>ends</p>'
        "</body></html></inlineXML></contentSet></newsItem>\n"
    )
    body = "".join(one.format(n=n) for n in range(items))
    return (
        '<newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/"><itemSet>'
        f"{body}</itemSet></newsMessage>"
    ).encode()


def _best_time(data: bytes) -> float:
    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        for _article in wirefmt.parse_many(data):
            pass
        best = min(best, time.perf_counter() - started)
    return best


def test_many_items_cost_linear_time() -> None:
    """Each item's diagnostics are positioned in the whole document: without a shared line
    index that cost time quadratic in the number of items."""
    small, large = _best_time(_message(300)), _best_time(_message(1200))
    assert large / small < 9  # linear: about 4; quadratic: about 16


_G2_PIECES = st.sampled_from(
    [
        "<itemMeta>",
        "</itemMeta>",
        "<contentMeta>",
        "</contentMeta>",
        "<contentSet>",
        "</contentSet>",
        '<itemClass qcode="ninat:text"/>',
        '<itemClass qcode=":"/>',
        "<firstCreated>2020-13-45T99:00:00Z</firstCreated>",
        "<versionCreated>２０２０</versionCreated>",
        "<urgency>²</urgency>",
        '<pubStatus qcode="stat:"/>',
        "<headline>Titel</headline>",
        '<subject qcode="a:b:c"><name/></subject>',
        "<located/>",
        "<inlineData>  one\nline\n\n   two</inlineData>",
        "<inlineXML><html><body><p>x</p><table/></body></html></inlineXML>",
        "<inlineXML><nitf><body><body.content><p>y</p></body.content></body></nitf></inlineXML>",
        "<inlineXML><TEXT><P>z</P></TEXT></inlineXML>",
        "<newsItem>",
        "</newsItem>",
        "<packageItem/>",
        "&#0;",
        "&#x1F600;",
        "]]>",
    ]
)


@given(st.lists(_G2_PIECES, max_size=30))
def test_mutated_g2_never_crashes(pieces: list[str]) -> None:
    doc = (
        '<newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/"><itemSet><newsItem guid="g">'
        + "".join(pieces)
        + "</newsItem></itemSet></newsMessage>"
    )
    for data in (doc, doc.encode("utf-8")):
        items = list(wirefmt.parse_many(data, format="newsml-g2"))
        assert items and all(isinstance(a, wirefmt.Article) for a in items)
