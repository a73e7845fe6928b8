"""The result model: values, JSON form, round trips."""

from __future__ import annotations

import datetime as dt
import json
from importlib.resources import files

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import wirefmt
from wirefmt import Article, Dateline, Diagnostic, Evidence, Paragraph, Segment, Subhead

_text = st.text(max_size=40)
_opt_text = st.none() | _text
_zones = st.sampled_from(
    [
        None,
        dt.UTC,
        dt.timezone(dt.timedelta(hours=1)),
        dt.timezone(dt.timedelta(hours=-3, minutes=-30)),
    ]
)
_datetimes = st.none() | st.builds(
    lambda d, z: d.replace(tzinfo=z), st.datetimes(min_value=dt.datetime(1900, 1, 1)), _zones
)
_blocks = st.lists(
    st.builds(
        lambda cls, text, start, ev: cls(text, start, start + len(text), ev),
        st.sampled_from([Paragraph, Subhead]),
        _text,
        st.integers(0, 10_000),
        st.sampled_from(list(Evidence)),
    ),
    max_size=5,
)
_datelines = st.none() | st.builds(
    Dateline,
    place=_opt_text,
    agency=_opt_text,
    date=st.none() | st.dates(),
    month=st.none() | st.integers(1, 12),
    day=st.none() | st.integers(1, 31),
    year=st.none() | st.integers(1900, 2100),
    start=st.none() | st.integers(0, 100),
    end=st.none() | st.integers(0, 100),
)
articles = st.builds(
    Article,
    title=_opt_text,
    lede=_opt_text,
    lede_truncated=st.booleans(),
    dateline=_datelines,
    published=_datetimes,
    modified=_datetimes,
    keywords=st.lists(_text, max_size=4),
    tags=st.lists(_text, max_size=4),
    body=_blocks,
    image=_opt_text,
    locale=_opt_text,
    language=_opt_text,
    section=_opt_text,
    edition=_opt_text,
    publisher=_opt_text,
    segments=st.lists(
        st.builds(Segment, _text, st.integers(0, 99), st.integers(0, 99)), max_size=3
    ),
    diagnostics=st.lists(
        st.builds(
            Diagnostic,
            _text,
            _text,
            st.integers(0, 99),
            st.integers(0, 99),
            st.integers(1, 9),
            st.integers(1, 9),
        ),
        max_size=3,
    ),
)


@given(articles)
def test_to_dict_from_dict_round_trip(a: Article) -> None:
    assert Article.from_dict(a.to_dict()) == a


@given(articles)
def test_json_round_trip(a: Article) -> None:
    assert Article.from_dict(json.loads(json.dumps(a.to_dict()))) == a


def test_articles_are_frozen_hashable_values() -> None:
    a = Article(title="x", keywords=["a"])  # a list is converted to a tuple
    assert a.keywords == ("a",)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        a.title = "y"  # type: ignore[misc]
    assert hash(a) == hash(Article(title="x", keywords=("a",)))
    assert attrs.evolve(a, title="y").title == "y"


def test_to_dict_schema_keys() -> None:
    d = Article().to_dict()
    for key in (
        "title",
        "lede",
        "lede_truncated",
        "dateline",
        "published",
        "modified",
        "keywords",
        "tags",
        "body",
        "image",
        "locale",
        "language",
        "section",
        "diagnostics",
    ):
        assert key in d


def test_timestamps_serialise_with_their_offset() -> None:
    a = Article(
        published=dt.datetime(2022, 2, 14, 14, 18, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    )
    assert a.to_dict()["published"] == "2022-02-14T14:18:00+01:00"


def test_from_dict_rejects_an_unknown_block_kind() -> None:
    with pytest.raises(ValueError, match="unknown block kind"):
        Article.from_dict({"body": [{"kind": "table", "text": "x"}]})
    with pytest.raises(TypeError):
        Article.from_dict(["not", "a", "mapping"])  # type: ignore[arg-type]


def test_parsed_articles_round_trip() -> None:
    data = (files("wirefmt") / "data" / "example.txt").read_bytes()
    a = wirefmt.parse(data)
    assert Article.from_dict(json.loads(json.dumps(a.to_dict()))) == a


def test_public_api_is_complete_without_duplicates() -> None:
    assert len(set(wirefmt.__all__)) == len(wirefmt.__all__)
    for name in wirefmt.__all__:
        assert hasattr(wirefmt, name)
