"""wirefmt.arrow: the schema covers every field of the model, and tables round-trip Articles."""

from __future__ import annotations

import datetime as dt
import re
import typing
from pathlib import Path

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

pytest.importorskip("pyarrow")

import pyarrow as pa

import wirefmt
from wirefmt import Article, Dateline, Diagnostic, Paragraph, Segment, Subhead
from wirefmt.arrow import OFFSET_SUFFIX, from_table, schema, to_table
from wirefmt.strategies import articles, feed_articles


def _attrs_classes(tp: object) -> list[type]:
    """The attrs classes a type annotation names, however deep (``tuple[X | Y, ...]``)."""
    if isinstance(tp, type) and attrs.has(tp):
        return [tp]
    return [c for arg in typing.get_args(tp) for c in _attrs_classes(arg)]


def _struct_names(arrow_type: pa.DataType) -> set[str]:
    while pa.types.is_list(arrow_type):
        arrow_type = arrow_type.value_type
    return {arrow_type.field(i).name for i in range(arrow_type.num_fields)}


def _expected_names(cls: type) -> set[str]:
    hints = typing.get_type_hints(cls)
    names = set()
    for field in attrs.fields(cls):
        names.add(field.name)
        if dt.datetime in (hints[field.name], *typing.get_args(hints[field.name])):
            names.add(field.name + OFFSET_SUFFIX)
    return names


def test_every_field_of_the_model_is_a_column() -> None:
    """A field added to Article (or to a class it holds) without a column fails here."""
    assert set(schema().names) == _expected_names(Article)
    hints = typing.get_type_hints(Article)
    for field in attrs.fields(Article):
        for cls in _attrs_classes(hints[field.name]):
            expected = _expected_names(cls) | ({"kind"} if hasattr(cls, "kind") else set())
            assert _struct_names(schema().field(field.name).type) == expected, cls


def test_the_documented_shapes() -> None:
    s = schema()
    assert s.field("published").type == pa.timestamp("us", tz="UTC")
    assert s.field("published_offset").type == pa.int16()
    assert s.field("keywords").type == pa.list_(pa.string())
    assert pa.types.is_struct(s.field("dateline").type)
    body = s.field("body").type.value_type
    assert [body.field(i).name for i in range(2)] == ["kind", "text"]
    assert s.metadata[b"wirefmt.schema"] == b"1"


def _same(xs: list[Article], ys: list[Article]) -> None:
    """Equal, and the timestamps printed alike (``==`` on aware datetimes ignores offsets)."""
    assert ys == xs
    for x, y in zip(xs, ys, strict=True):
        for name in ("published", "modified"):
            a, b = getattr(x, name), getattr(y, name)
            assert (a and a.isoformat()) == (b and b.isoformat())


# Few examples: drawing whole Articles is slow, and to_table's code is the same for each.
@settings(max_examples=30, deadline=None)  # a loaded machine stalls single examples
@given(st.lists(st.one_of(articles(), feed_articles()), min_size=1, max_size=2))
def test_round_trip_of_generated_articles(xs: list[Article]) -> None:
    _same(xs, list(from_table(to_table(xs))))


# Three documents of the page-dump shape in three scripts, written for these tests.
DUMPS = [
    "Le port rouvre après la tempête\n\nLes quais ont repris du service lundi. 04.03.2025, "
    "Sputnik Afrique\n\n2025-03-04T08:15+0100\n\nmer, météo\n\nLes dockers sont revenus.Les "
    "grues aussi.\n",
    "Мост открыли после ремонта\n\nДвижение возобновилось утром. 12.11.2024\n\n"
    "2024-11-12T10:00+0300\n\nДвижение по мосту открыто.Водители довольны.\n",
    "Νέο σχολείο στο νησί\n\nΤα μαθήματα ξεκινούν τη Δευτέρα.\n\n2023-09-10T09:00\n\n"
    "Οι γονείς χάρηκαν.Οι δάσκαλοι επίσης.\n",
]


def test_parsed_articles_round_trip_with_positions_and_diagnostics() -> None:
    xs = [wirefmt.parse(d) for d in DUMPS]
    assert any(x.diagnostics for x in xs) and all(x.segments for x in xs)
    _same(xs, list(from_table(to_table(xs))))


def test_a_naive_timestamp_keeps_its_wall_time_and_a_null_offset() -> None:
    naive = dt.datetime(2023, 9, 10, 9, 0)
    aware = naive.replace(tzinfo=dt.UTC)
    table = to_table([Article(published=naive), Article(published=aware)])
    # The same instant column, told apart by the offset: null is naive, 0 is UTC.
    assert table.column("published").to_pylist() == [aware, aware]
    assert table.column("published_offset").to_pylist() == [None, 0]
    back = list(from_table(table))
    assert back[0].published == naive and back[0].published.tzinfo is None
    assert back[1].published is not None and back[1].published.utcoffset() == dt.timedelta(0)


@pytest.mark.parametrize(
    "stamp",
    [
        dt.datetime(1, 1, 1, 0, 0, tzinfo=dt.timezone(dt.timedelta(hours=14))),
        dt.datetime(9999, 12, 31, 23, 59, tzinfo=dt.timezone(dt.timedelta(hours=-12))),
        dt.datetime(
            2024, 2, 29, 23, 30, 15, 123456, tzinfo=dt.timezone(dt.timedelta(hours=5, minutes=45))
        ),
    ],
)
def test_timestamps_at_the_edges_of_the_calendar(stamp: dt.datetime) -> None:
    _same([Article(modified=stamp)], list(from_table(to_table([Article(modified=stamp)]))))


def test_an_offset_of_seconds_is_refused_not_rounded() -> None:
    odd = dt.datetime(1900, 1, 1, tzinfo=dt.timezone(dt.timedelta(minutes=20, seconds=30)))
    with pytest.raises(ValueError, match="whole number of minutes"):
        to_table([Article(published=odd)])


def test_nested_values_come_back_as_their_classes() -> None:
    x = Article(
        dateline=Dateline(place="ԵՐԵՎԱՆ", date=dt.date(2025, 1, 2), day=2, month=1, year=2025),
        body=(Subhead("Ein Titel", 0, 9), Paragraph("Ein Satz.", 9, 18)),
        segments=(Segment("title", 0, 9),),
        diagnostics=(Diagnostic("naive-timestamp", "no zone", 3, 4, 2, 1),),
    )
    (y,) = from_table(to_table([x]))
    assert y == x and isinstance(y.body[0], Subhead) and isinstance(y.body[1], Paragraph)


def test_other_columns_are_ignored_and_missing_ones_take_defaults() -> None:
    table = to_table([Article(title="Kept")]).append_column("source", pa.array(["a.txt"]))
    assert list(from_table(table)) == [Article(title="Kept")]
    assert list(from_table(pa.table({"title": ["Only"]}))) == [Article(title="Only")]


def test_an_unknown_block_kind_is_a_value_error() -> None:
    table = to_table([Article(body=(Paragraph("Text."),))])
    rows = table.to_pylist()
    rows[0]["body"][0]["kind"] = "table"
    with pytest.raises(ValueError, match="unknown kind 'table'"):
        list(from_table(pa.Table.from_pylist(rows, schema=table.schema)))


def test_every_column_is_documented() -> None:
    page = (Path(__file__).resolve().parents[1] / "docs" / "corpora.md").read_text("utf-8")
    documented = set(re.findall(r"`(\w+)`", page))
    missing = [n for n in schema().names if n.removesuffix(OFFSET_SUFFIX) not in documented]
    assert not missing, f"add these columns to docs/corpora.md: {missing}"
