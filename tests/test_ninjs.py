"""The ninjs reader (wirefmt.formats.ninjs): 1.x and 2.x items written for these tests."""

from __future__ import annotations

import datetime as dt
import json
import time
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import wirefmt
from wirefmt import ParseError, Subject


def doc(**fields: Any) -> bytes:
    return json.dumps(fields, ensure_ascii=False).encode()


def codes(article: wirefmt.Article) -> list[str]:
    return [d.code for d in article.diagnostics]


# --- ninjs 1.x -------------------------------------------------------------------------------


def test_1x_flat_names_english() -> None:
    a = wirefmt.parse(
        doc(
            uri="urn:example:1",
            type="text",
            version="2",
            headline="Ferry service resumes after storm",
            byline="By Ann Lee",
            located="Portsmouth",
            language="en-GB",
            firstcreated="2024-03-01T08:00:00+00:00",
            versioncreated="2024-03-01T09:30:00Z",
            urgency=3,
            pubstatus="usable",
            description_text="Crossings restart on Friday.",
            body_html="<p>PORTSMOUTH, England (AP) -- Ferries sailed again on Friday.</p>"
            "<h2>Delays remain</h2><p>Some crossings were late.</p>",
            subject=[{"code": "04000000", "name": "economy", "scheme": "iptc"}],
        )
    )
    assert a.format == "ninjs"
    assert a.title == "Ferry service resumes after storm"
    assert a.lede == "Crossings restart on Friday."
    assert [(b.kind, b.text) for b in a.body] == [
        ("paragraph", "PORTSMOUTH, England (AP) -- Ferries sailed again on Friday."),
        ("subhead", "Delays remain"),
        ("paragraph", "Some crossings were late."),
    ]
    assert a.dateline is not None
    assert (a.dateline.place, a.dateline.agency) == ("PORTSMOUTH, England", "AP")
    assert a.located == "Portsmouth"  # kept apart from the printed dateline
    assert a.published == dt.datetime(2024, 3, 1, 8, tzinfo=dt.UTC)
    assert a.modified == dt.datetime(2024, 3, 1, 9, 30, tzinfo=dt.UTC)
    assert (a.id, a.version, a.urgency, a.status) == ("urn:example:1", "2", 3, "usable")
    assert a.byline == "By Ann Lee"
    assert a.language == "en-GB"
    assert a.subjects == (Subject("04000000", "economy", "iptc"),)
    assert a.keywords == ("economy",)
    assert codes(a) == []


def test_1x_pattern_names_and_basic_offset_german() -> None:
    a = wirefmt.parse(
        doc(
            guid="tag:example:2",
            headline_main="Bahn streicht Nachtzüge",
            body_main="Die Bahn streicht zwei Linien.Ab Mai fahren sie nicht mehr.",
            body_richtext="<p>Die Bahn streicht zwei Linien.</p>"
            "<p>Ab Mai fahren sie nicht mehr.</p>",
            versioncreated="2023-11-05T17:45:00+0100",
            slugline="bahn-nacht",
            keywords=["Bahn", "Verkehr"],
            byline="Von Eva Roth",
        )
    )
    assert a.title == "Bahn streicht Nachtzüge"
    assert [b.text for b in a.body] == [
        "Die Bahn streicht zwei Linien.",
        "Ab Mai fahren sie nicht mehr.",
    ]
    assert a.modified == dt.datetime(2023, 11, 5, 17, 45, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    assert (a.id, a.slug, a.tags) == ("tag:example:2", "bahn-nacht", ("Bahn", "Verkehr"))


def test_1x_plain_body_glued_goes_through_split_body_russian() -> None:
    text = "Мост закрыли утром.Движение пустили в объезд.Ремонт займёт неделю."
    a = wirefmt.parse(doc(uri="u", headline="Мост закрыт", body_text=text, language="ru"))
    assert [b.text for b in a.body] == [
        "Мост закрыли утром.",
        "Движение пустили в объезд.",
        "Ремонт займёт неделю.",
    ]
    raw = doc(uri="u", headline="Мост закрыт", body_text=text, language="ru").decode()
    first = a.body[0]
    assert raw[first.start : first.end] == first.text  # no escapes: offsets are exact


# --- ninjs 2.x -------------------------------------------------------------------------------


def test_2x_richest_body_is_chosen_by_content_type_not_position_greek() -> None:
    a = wirefmt.parse(
        doc(
            uri="urn:example:3",
            headlines=[
                {"role": "sub", "value": "Δευτερεύων"},
                {"role": "main", "value": "Κύριος τίτλος"},
            ],
            bodies=[
                {"role": "text", "contenttype": "text/plain", "value": "Πρώτη. Δεύτερη."},
                {"role": "vendor", "contenttype": "application/xml", "value": "<X><P>Άλλο</P></X>"},
                {
                    "role": "main",
                    "contenttype": "text/html",
                    "value": "<p>Πρώτη παράγραφος.</p><p>Δεύτερη παράγραφος.</p>",
                },
            ],
            descriptions=[{"role": "summary", "value": "Σύνοψη."}],
            by="Νίκος Παππάς",
            subjects=[{"name": "Πολιτική", "literal": "11000000"}, {"uri": "http://x/y"}],
        )
    )
    assert a.title == "Κύριος τίτλος"
    assert [b.text for b in a.body] == ["Πρώτη παράγραφος.", "Δεύτερη παράγραφος."]
    assert (a.lede, a.byline) == ("Σύνοψη.", "Νίκος Παππάς")
    assert a.subjects == (Subject("11000000", "Πολιτική", None), Subject("http://x/y", None, None))
    assert a.keywords == ("Πολιτική", "http://x/y")


def test_2x_html_document_title_repeat_labels_figure_and_byline_turkish() -> None:
    html = (
        "<html><head><title>Köprü açıldı</title></head><body><article>"
        "<h1>Köprü açıldı</h1><div><span>Ulaşım</span><span>AA</span></div>"
        "<figure><img src='k.jpg'/><figcaption>Yeni köprü</figcaption></figure>"
        "<p>İstanbul'da yeni köprü bugün açıldı.</p><h2>Trafik</h2><p>Yoğunluk azaldı.</p>"
        "<div>Işıl Yıldız</div></article></body></html>"
    )
    a = wirefmt.parse(
        doc(
            uri="u4",
            headlines=[{"role": "main", "value": "Köprü açıldı"}],
            by="Işıl Yıldız/AA",
            bodies=[{"role": "html5", "contenttype": "text/html", "value": html}],
        )
    )
    assert [(b.kind, b.text) for b in a.body] == [
        ("paragraph", "İstanbul'da yeni köprü bugün açıldı."),
        ("subhead", "Trafik"),
        ("paragraph", "Yoğunluk azaldı."),
    ]
    found = codes(a)
    assert found.count("markup-kept-out") == 3  # the head's title, the labels, the figure
    assert "title-repeat" in found and "byline-repeat" in found


def test_near_miss_a_first_paragraph_like_the_title_but_longer_stays() -> None:
    a = wirefmt.parse(
        doc(uri="u", headline="Prices rise", body_html="<p>Prices rise again in May.</p>")
    )
    assert [b.text for b in a.body] == ["Prices rise again in May."]


def test_near_miss_located_in_the_byline_is_no_dateline_but_a_place_is() -> None:
    slip = wirefmt.parse(
        doc(
            uri="u",
            headline="T",
            byline="Ana Ruiz, Universidad de Lima",
            located="Ana Ruiz, Universidad",
            body_html="<p>El agua escasea.</p>",
        )
    )
    assert slip.dateline is None and slip.located == "Ana Ruiz, Universidad"
    place = wirefmt.parse(
        doc(
            uri="u",
            headline="T",
            byline="Ana Ruiz",
            located="Lima",
            body_html="<p>El agua escasea.</p>",
        )
    )
    assert place.dateline == wirefmt.Dateline(place="Lima")


def test_near_miss_agency_tag_without_place_is_no_dateline() -> None:
    a = wirefmt.parse(doc(uri="u", headline="T", body_html="(Newswire) -- A firm said so today."))
    assert a.dateline is None


def test_no_published_from_versioncreated_and_naive_time_is_noted() -> None:
    a = wirefmt.parse(doc(uri="u", headline="T", versioncreated="2022-01-02T03:04:05"))
    assert a.published is None
    assert a.modified == dt.datetime(2022, 1, 2, 3, 4, 5)
    assert codes(a) == ["naive-timestamp"]


def test_bad_values_are_reported_not_raised() -> None:
    a = wirefmt.parse(
        doc(uri="u", headline="T", urgency=12, pubstatus="draft", versioncreated="yesterday")
    )
    assert (a.urgency, a.status, a.modified) == (None, None, None)
    assert sorted(codes(a)) == ["bad-field", "bad-field", "bad-timestamp"]
    with pytest.raises(ParseError):
        wirefmt.parse(doc(uri="u", urgency=0), strict=True)


def test_cancelled_spelling_and_embargo_and_ednote() -> None:
    a = wirefmt.parse(
        doc(uri="u", pubstatus="Cancelled", embargoed="2030-01-01T00:00:00+02:00", ednote="Kill.")
    )
    assert a.status == "canceled"
    assert a.embargo is not None and a.embargo.utcoffset() == dt.timedelta(hours=2)
    assert a.ednote == "Kill."


def test_ninjs3_is_refused_clearly() -> None:
    data = doc(
        uri="u", headlines=[{"role": "main", "value": "T"}], versionCreated="2024-01-01T00:00:00Z"
    )
    a = wirefmt.parse(data)
    assert a.format == "ninjs" and a.title is None and codes(a) == ["ninjs-version"]
    with pytest.raises(ParseError, match=r"3\.x"):
        wirefmt.parse(data, strict=True)


def test_several_items_array_and_json_lines() -> None:
    one = {"uri": "a", "headline": "Uno"}
    two = {"uri": "b", "headline": "Dos"}
    assert [a.title for a in wirefmt.parse_many(json.dumps([one, two]))] == ["Uno", "Dos"]
    lines = json.dumps(one) + "\n" + json.dumps(two) + "\n"
    assert wirefmt.detect(lines) == "ninjs"
    assert [a.id for a in wirefmt.parse_many(lines)] == ["a", "b"]


def test_broken_json_keeps_what_came_before() -> None:
    items = list(wirefmt.parse_many('{"uri": "a", "headline": "Uno"}\n{"uri": "b", '))
    assert [a.title for a in items] == ["Uno", None]
    assert codes(items[1]) == ["bad-json"]


@pytest.mark.parametrize(
    ("data", "want"),
    [
        (b'{"uri": "x"}', "ninjs"),
        (b'\xef\xbb\xbf  [ {"headline": "x"} ]', "ninjs"),
        (b"{ not json at all", "pagedump"),  # near miss: a brace, no member name
        (b'{"id": 1, "text": "Un titre"}\n', "pagedump"),  # near miss: JSON, no ninjs name
        (b'{"id": 1, "\xd0\xb7\xd0\xb0\xd0\xb3": "uri"}', "pagedump"),  # "uri" as a value
        (b'Title {"uri": 1}\n', "pagedump"),
    ],
)
def test_detect(data: bytes, want: str) -> None:
    assert wirefmt.detect(data) == want


def test_image_from_a_picture_association() -> None:
    a = wirefmt.parse(
        doc(uri="u", associations={"featuremedia": {"type": "picture", "renditions": {
            "original": {"href": "https://img.example/a.jpg"}}}})
    )  # fmt: skip
    assert a.image == "https://img.example/a.jpg"


@given(st.text(max_size=120))
def test_never_crashes_on_any_text_read_as_ninjs(text: str) -> None:
    for article in wirefmt.parse_many(text, format="ninjs"):
        assert article.format == "ninjs"


JSONISH = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=10),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=12), inner, max_size=4)
    ),
    max_leaves=12,
)
KEYS = st.sampled_from(
    ["uri", "headline", "headlines", "bodies", "body_html", "body_text", "subject", "subjects",
     "urgency", "pubstatus", "versioncreated", "associations", "descriptions", "keywords", "by"]
)  # fmt: skip


@given(st.dictionaries(KEYS, JSONISH, max_size=6))
def test_any_shape_of_known_names_never_crashes(item: dict[str, Any]) -> None:
    article = wirefmt.parse(json.dumps(item), format="ninjs")
    assert article.format == "ninjs"


def test_array_items_have_their_own_spans() -> None:
    text = json.dumps([{"uri": "a", "body_text": "Eins."}, {"uri": "b", "body_text": "Zwei."}])
    first, second = wirefmt.parse_many(text)
    for article, word in ((first, "Eins."), (second, "Zwei.")):
        (block,) = article.body
        assert text[block.start : block.end] == word


def test_many_items_cost_linear_time() -> None:
    def cost(n: int) -> float:
        text = json.dumps([{"uri": str(i), "body_text": f"Text {i}."} for i in range(n)])
        began = time.perf_counter()
        assert sum(1 for _ in wirefmt.parse_many(text)) == n
        return time.perf_counter() - began

    small, large = cost(200), cost(1600)
    assert large < small * 8 * 3  # eight times the items: well under a quadratic 64 times


@pytest.mark.parametrize(
    "body",
    [
        # an external entity: the HTML parser reads no file and defines no entity
        '<!DOCTYPE p [<!ENTITY x SYSTEM "file:///etc/passwd">]><p>a &x; b</p>',
        # a billion laughs: nothing is expanded
        '<!DOCTYPE p [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
        '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;">]>'
        "<p>&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;</p>",
    ],
)
def test_entity_attacks_in_an_html_body_expand_nothing(body: str) -> None:
    a = wirefmt.parse(doc(uri="u", body_html=body))
    text = a.body_text
    assert "root:" not in text and len(text) < 200


def test_deeply_nested_markup_does_not_crash() -> None:
    body = "<div>" * 5000 + "Tief." + "</div>" * 5000
    a = wirefmt.parse(doc(uri="u", body_html=body))
    assert a.format == "ninjs"
    # what the parser dropped past its depth limit is reported, not lost silently
    assert [d.code for d in a.diagnostics] == ["markup-kept-out"]
    assert "unparsed" in a.diagnostics[0].message


def test_a_lone_surrogate_escape_becomes_a_replacement_character() -> None:
    data = '{"uri": "u", "headline": "a\\ud800b \\ud83d\\ude00 \\\\ud800"}'
    a = wirefmt.parse(data)
    assert a.title == "a\ufffdb \U0001f600 \\ud800"  # the pair and the escaped backslash kept
    (diagnostic,) = a.diagnostics
    assert diagnostic.code == "invalid-utf8"
    assert data[diagnostic.start : diagnostic.end] == "\\ud800"
    with pytest.raises(ParseError):
        wirefmt.parse(data, strict=True)
    json.dumps(a.to_dict()).encode("utf-8")  # encodable


@pytest.mark.parametrize(("value", "want"), [(3, 3), ("3", 3), (" 7 ", 7), (2.0, 2)])
def test_urgency_as_a_number_or_its_text(value: object, want: int) -> None:
    a = wirefmt.parse(doc(uri="u", urgency=value))
    assert (a.urgency, codes(a)) == (want, [])


@pytest.mark.parametrize("value", ["drei", "٣", 2.5, True, 0, "10", [1]])
def test_near_miss_urgency_not_a_whole_number_from_1_to_9(value: object) -> None:
    a = wirefmt.parse(doc(uri="u", urgency=value))
    assert (a.urgency, codes(a)) == (None, ["bad-field"])


def test_a_vendor_xml_body_ranks_below_html_and_plain() -> None:
    nitf = (
        "<nitf><body><body.head><hl1>Titel</hl1></body.head>"
        "<body.content><p>X.</p></body.content></body></nitf>"
    )
    first = wirefmt.parse(doc(uri="u", body_nitf=nitf, body_text="Ren text."))
    assert [b.text for b in first.body] == ["Ren text."]
    alone = wirefmt.parse(doc(uri="u", body_nitf=nitf))  # the last resort is still read
    assert "X." in [b.text for b in alone.body]
