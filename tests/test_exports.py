"""Writers: to_ninjs (ninjs 2.x) and to_schemaorg (schema.org NewsArticle JSON-LD).

IPTC's ninjs schema files are not ours to copy, and no package ships them; the check below is
a JSON Schema written here from the properties and types the ninjs 2.x specification
documents (top-level names closed, as IPTC's 2.x schemas close them; required ``uri``; the
``pubstatus`` values; the shape of headlines, descriptions, bodies, subjects, genres,
infosources and associations; date-times with an offset).
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import attrs
import jsonschema
import pytest
from hypothesis import assume, given

import wirefmt
from wirefmt import Article, Dateline, Paragraph, Subhead, Subject, to_ninjs, to_schemaorg
from wirefmt.exports.ninjs import ID_URN
from wirefmt.formats.ninjs import ID_URN as READ_URN
from wirefmt.strategies import feed_articles

_TEXT = {"type": "string"}
_RFC3339 = {
    "type": "string",
    "pattern": r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$",
}
_ROLE_VALUE = {
    "type": "array",
    "items": {
        "type": "object",
        "properties": {"role": _TEXT, "contenttype": _TEXT, "value": _TEXT},
        "required": ["value"],
        "additionalProperties": False,
    },
}
_NAMED = {
    "type": "array",
    "items": {
        "type": "object",
        "properties": {"name": _TEXT, "rel": _TEXT, "uri": _TEXT, "literal": _TEXT},
        "additionalProperties": False,
    },
}
NINJS_2X = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "type": "object",
    "required": ["uri"],
    "additionalProperties": False,
    "properties": {
        "uri": {"type": "string", "minLength": 1},
        "standard": {
            "type": "object",
            "properties": {"name": _TEXT, "version": _TEXT, "schema": _TEXT},
            "additionalProperties": False,
        },
        "type": {
            "enum": ["text", "audio", "video", "picture", "graphic", "composite", "component"]
        },
        "version": _TEXT,
        "firstcreated": _RFC3339,
        "versioncreated": _RFC3339,
        "contentcreated": _RFC3339,
        "embargoed": _RFC3339,
        "pubstatus": {"enum": ["usable", "withheld", "canceled"]},
        "urgency": {"type": "integer", "minimum": 1, "maximum": 9},
        "language": _TEXT,
        "slugline": _TEXT,
        "ednote": _TEXT,
        "by": _TEXT,
        "located": _TEXT,
        "headlines": _ROLE_VALUE,
        "descriptions": _ROLE_VALUE,
        "bodies": _ROLE_VALUE,
        "subjects": _NAMED,
        "genres": _NAMED,
        "infosources": _NAMED,
        "associations": {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {
                    "name": _TEXT,
                    "type": _TEXT,
                    "uri": _TEXT,
                    "renditions": {
                        "type": "array",
                        "items": {
                            "type": "object",
                            "properties": {"name": _TEXT, "href": _TEXT},
                            "required": ["name"],
                            "additionalProperties": False,
                        },
                    },
                },
                "required": ["name", "uri"],
                "additionalProperties": False,
            },
        },
    },
}
VALIDATOR = jsonschema.Draft202012Validator(NINJS_2X)

UTC2 = dt.timezone(dt.timedelta(hours=2))
FULL = Article(
    title="Hafen wieder offen",
    lede="Nach dem Sturm laufen Fähren aus.",
    dateline=Dateline(place="KIEL", agency="dpa"),
    published=dt.datetime(2024, 5, 1, 7, 0, tzinfo=UTC2),
    modified=dt.datetime(2024, 5, 1, 9, 15, tzinfo=UTC2),
    keywords=("Schifffahrt", "Wetter"),
    body=(
        Paragraph("KIEL (dpa) - Die Fähren laufen wieder aus."),
        Subhead("Verspätungen & Ausfälle"),
        Paragraph("Einige Fahrten <fallen> aus.\nDer Plan folgt."),
    ),
    image="https://img.example/hafen.jpg",
    language="de",
    section="Panorama",
    byline="Von Jana Berg",
    id="urn:example:kiel-1",
    version="3",
    urgency=4,
    slug="hafen-kiel",
    subjects=(Subject("04000000", "Schifffahrt", "medtop"), Subject(None, "Wetter", None)),
    located="Kiel",
    embargo=dt.datetime(2024, 5, 1, 6, 0, tzinfo=dt.UTC),
    status="usable",
    ednote="Neu: Zahlen.",
    format="ninjs",
)


@pytest.mark.parametrize("version", ["2.0", "2.1", "2.2"])
def test_ninjs_output_is_valid(version: str) -> None:
    item = to_ninjs(FULL, version=version)
    VALIDATOR.validate(item)
    assert item["standard"]["version"] == version
    json.dumps(item)  # JSON-ready


def test_ninjs_fields() -> None:
    item = to_ninjs(FULL)
    assert item["uri"] == "urn:example:kiel-1"
    assert item["bodies"][0] == {
        "role": "main",
        "contenttype": "text/html",
        "value": "<p>KIEL (dpa) - Die Fähren laufen wieder aus.</p>"
        "<h2>Verspätungen &amp; Ausfälle</h2>"
        "<p>Einige Fahrten &lt;fallen&gt; aus.<br/>Der Plan folgt.</p>",
    }
    assert item["subjects"] == [{"name": "Schifffahrt", "literal": "04000000"}, {"name": "Wetter"}]
    assert item["infosources"] == [{"name": "dpa"}]
    assert item["firstcreated"] == "2024-05-01T07:00:00+02:00"


def test_ninjs_round_trip_of_a_full_article() -> None:
    back = wirefmt.parse(json.dumps(to_ninjs(FULL)), format="ninjs")
    for field in ("title", "lede", "published", "modified", "keywords", "image", "language",
                  "section", "byline", "id", "version", "urgency", "slug", "located",
                  "embargo", "status", "ednote"):  # fmt: skip
        assert getattr(back, field) == getattr(FULL, field), field
    assert [(b.kind, b.text) for b in back.body] == [(b.kind, b.text) for b in FULL.body]
    assert back.dateline is not None
    assert (back.dateline.place, back.dateline.agency) == ("KIEL", "dpa")
    assert back.subjects == (
        Subject("04000000", "Schifffahrt", None),
        Subject(None, "Wetter", None),
    )


def test_ninjs_naive_times_are_left_out_and_uri_minted() -> None:
    naive = Article(title="Τίτλος", published=dt.datetime(2020, 1, 1, 12, 0))
    item = to_ninjs(naive)
    assert "firstcreated" not in item
    assert item["uri"].startswith("urn:wirefmt:")
    assert item["uri"] == to_ninjs(naive)["uri"]  # stable
    VALIDATOR.validate(item)


@pytest.mark.parametrize("given", ["0123 take 2", "NTB_2021-05-16", "https://a.example/x y", "Ω"])
def test_an_id_that_is_no_uri_travels_in_a_urn(given: str) -> None:
    assert ID_URN == READ_URN
    item = to_ninjs(Article(id=given))
    assert item["uri"].startswith(ID_URN) and " " not in item["uri"]
    assert wirefmt.parse(json.dumps(item), format="ninjs").id == given


@pytest.mark.parametrize(
    "given", ["urn:newsml:dpa.com:20090101:1", "tag:x.org,2020:y", "http://a/b"]
)
def test_near_miss_an_id_that_is_a_uri_is_the_uri(given: str) -> None:
    assert to_ninjs(Article(id=given))["uri"] == given


def test_ninjs_unknown_version() -> None:
    with pytest.raises(ValueError, match=r"2\.0, 2\.1, 2\.2"):
        to_ninjs(FULL, version="3.0")


def test_an_empty_article_is_valid_ninjs() -> None:
    VALIDATOR.validate(to_ninjs(Article()))


def _normalised(text: str) -> str:
    """What a block's text becomes through HTML: white space runs are one space."""
    return " ".join(text.split())


def _carried(article: Article) -> dict[str, Any]:
    """The fields ninjs carries, as reading the item back gives them."""

    def aware(t: dt.datetime | None) -> dt.datetime | None:
        return t if t is not None and t.utcoffset() is not None else None

    names = {s.name or s.code for s in article.subjects}
    extra = [k for k in article.keywords if k not in names and k.strip()]

    def text(value: str | None) -> str | None:
        return value.strip() or None if value else None

    placed = article.located or (article.dateline.place if article.dateline else None)
    return {
        "version": text(article.version),
        "slug": text(article.slug),
        "ednote": text(article.ednote),
        "located": text(placed),
        "title": article.title or None,
        "lede": article.lede or None,
        "published": aware(article.published),
        "modified": aware(article.modified),
        "embargo": aware(article.embargo),
        "body": [(b.kind, _normalised(b.text)) for b in article.body],
        "language": article.language,
        "byline": article.byline.strip() or None if article.byline else None,
        "id": article.id.strip() or None if article.id else None,
        "urgency": article.urgency,
        "status": article.status,
        "image": article.image,
        "section": article.section,
        "subjects": [(s.code, s.name) for s in article.subjects] + [(None, k) for k in extra],
    }


def _read_back(article: Article) -> dict[str, Any]:
    back = wirefmt.parse(json.dumps(to_ninjs(article)), format="ninjs")
    got = _carried(back)
    got["body"] = [(b.kind, _normalised(b.text)) for b in back.body]
    return got


def _clean(value: str | None) -> str | None:
    return (value and value.strip()) or None


@given(feed_articles())
def test_ninjs_round_trip_property(article: Article) -> None:
    """Every field ninjs carries comes back (the docstring of wirefmt.exports.ninjs and
    docs/exports.md list what it does not: locale, edition, publisher, tags, a subject's
    scheme, naive times, offsets and evidence, lede_truncated)."""
    # Values that are not themselves round-trippable text: strip them, as the reader does.
    article = attrs.evolve(
        article,
        title=_clean(article.title),
        lede=_clean(article.lede),
        image=_clean(article.image),
        section=_clean(article.section),
        language=_clean(article.language),
        subjects=[
            Subject(_clean(s.code), _clean(s.name), None)
            for s in article.subjects
            if _clean(s.code) or _clean(s.name)
        ],
        body=[b for b in article.body if _normalised(b.text)],
    )
    want = _carried(article)
    # the reader leaves a first block that repeats the title or the byline out, by design
    blocks = want["body"]
    assume(not blocks or _normalised(article.title or "") != blocks[0][1])
    assume(
        not article.byline
        or all(b[1].casefold() not in _normalised(article.byline).casefold() for b in blocks)
    )
    got = _read_back(article)
    if want["id"] is None:  # an article with no id is given one, from its content
        assert got["id"].startswith("urn:wirefmt:")
        got["id"] = None
    assert got == want
    VALIDATOR.validate(to_ninjs(article))
    ld = to_schemaorg(article)  # drawn once for both writers: drawing costs the most here
    assert json.loads(json.dumps(ld)) == ld


# --- schema.org --------------------------------------------------------------------------------


def test_schemaorg_news_article() -> None:
    ld = to_schemaorg(FULL)
    assert ld["@context"] == "https://schema.org" and ld["@type"] == "NewsArticle"
    assert ld["headline"] == "Hafen wieder offen"
    assert ld["articleBody"].split("\n\n")[1] == "Verspätungen & Ausfälle"
    assert ld["datePublished"] == "2024-05-01T07:00:00+02:00"
    assert ld["author"] == {"@type": "Person", "name": "Von Jana Berg"}
    assert ld["keywords"] == ["Schifffahrt", "Wetter"]
    assert ld["about"][0] == {
        "@type": "DefinedTerm",
        "name": "Schifffahrt",
        "termCode": "04000000",
        "inDefinedTermSet": "medtop",
    }
    assert ld["dateline"] == "KIEL (dpa)"
    assert ld["sourceOrganization"] == {"@type": "Organization", "name": "dpa"}
    assert ld["locationCreated"] == {"@type": "Place", "name": "Kiel"}
    assert "url" not in ld  # a URN is an identifier, not a URL
    json.dumps(ld)


def test_schemaorg_dateline_as_printed_in_the_body() -> None:
    text = "МОСКВА, 3 мая — РИА Новости. Открылся новый мост."
    a = wirefmt.parse(
        json.dumps({"uri": "http://example.org/a", "headline": "Мост", "body_text": text})
    )
    ld = to_schemaorg(a)
    assert ld["url"] == "http://example.org/a"
    assert ld["dateline"].startswith("МОСКВА")


def test_schemaorg_leaves_empty_values_out() -> None:
    assert to_schemaorg(Article()) == {"@context": "https://schema.org", "@type": "NewsArticle"}
