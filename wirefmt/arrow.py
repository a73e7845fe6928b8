"""Articles as Apache Arrow tables: one documented schema, ``to_table`` and ``from_table``.

Install the extra: ``pip install "wirefmt[arrow]"`` (pyarrow). The schema is derived from the
model (:class:`wirefmt.Article` and the classes it holds), field by field and in their order,
so that a field added to the model is a column at once (``docs/corpora.md`` lists them):

* ``str``, ``int``, ``bool`` fields are ``string``, ``int64``, ``bool`` columns; a field that
  may be None is a nullable column; an enumeration (``Evidence``) is its ``string`` value;
  a ``date`` is ``date32``.
* a tuple is a ``list``; a nested class (``Dateline``, ``Diagnostic``, ``Segment``) is a
  ``struct`` of its own fields; the body's ``Paragraph | Subhead`` is one ``struct`` that
  names the class in ``kind`` (``"paragraph"``, ``"subhead"``).
* a ``datetime`` is two columns: ``NAME`` is the instant as ``timestamp[us, tz=UTC]``, and
  ``NAME_offset`` the printed UTC offset in minutes (``int16``), so that the wall time and
  offset as printed come back. A **naive** timestamp (printed without a zone) keeps its wall
  time in ``NAME`` as if it were UTC, and a null ``NAME_offset``: null offset means naive.

``from_table(to_table(xs))`` equals ``xs``, offsets included. The zone comes back as a fixed
offset (the parser makes no other kind); an offset that is not a whole number of minutes is
refused with ``ValueError`` rather than rounded.

.. versionadded:: 0.3
"""

from __future__ import annotations

import datetime as _dt
import enum
import types
import typing
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import Any, Final

import attrs

try:
    import pyarrow as pa
except ImportError as exc:  # pragma: no cover - exercised only without the extra
    raise ImportError(
        'wirefmt.arrow needs pyarrow, which is not installed: pip install "wirefmt[arrow]"'
    ) from exc

from ._arrow import _build
from ._model import Article

__all__ = ["OFFSET_SUFFIX", "articles_table", "from_table", "schema", "to_table"]

#: The suffix of the column that holds a timestamp's printed UTC offset in minutes.
OFFSET_SUFFIX: Final = "_offset"
#: The version of the schema's layout, in the schema's metadata (``wirefmt.schema``).
SCHEMA_VERSION: Final = "1"

_EPOCH: Final = _dt.datetime(1970, 1, 1)
_MICROSECOND: Final = _dt.timedelta(microseconds=1)
_MINUTE_US: Final = 60_000_000

Decode = Callable[[Any], Any]


@attrs.frozen(slots=True)
class _Column:
    """How one attribute of a class becomes named Arrow fields of its struct, and back."""

    name: str
    fields: tuple[pa.Field, ...]
    #: The values of ``fields``, in order -> the attribute's value.
    decode: Callable[..., Any]


def _identity(value: Any) -> Any:
    return value


def _optional(inner: Decode) -> Decode:
    if inner is _identity:
        return inner
    return lambda value: None if value is None else inner(value)


def _union_args(tp: Any) -> tuple[Any, ...] | None:
    if typing.get_origin(tp) in (typing.Union, types.UnionType):
        return typing.get_args(tp)
    return None


def _value_type(tp: Any) -> tuple[pa.DataType, Decode]:
    """The Arrow type of a value of Python type ``tp``, and how to read one back (None aside)."""
    args = _union_args(tp)
    if args is not None:
        present = tuple(a for a in args if a is not type(None))
        if len(present) == 1:
            return _value_type(present[0])
        return _tagged_union(present)
    if typing.get_origin(tp) is tuple:
        item, dots = typing.get_args(tp)
        if dots is not Ellipsis:
            raise TypeError(f"no Arrow type for the fixed-length tuple {tp!r}")
        arrow, decode = _value_type(item)
        if decode is _identity:
            return pa.list_(arrow), tuple
        return pa.list_(arrow), lambda items: tuple(decode(x) for x in items)
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return pa.string(), tp
    if isinstance(tp, type) and attrs.has(tp):
        return _struct(tp)
    simple = _SIMPLE.get(tp)
    if simple is None:
        raise TypeError(f"no Arrow type for {tp!r}: add it to wirefmt.arrow")
    return simple, _identity


_SIMPLE: Final[dict[Any, pa.DataType]] = {
    str: pa.string(),
    int: pa.int64(),
    bool: pa.bool_(),
    _dt.date: pa.date32(),
}


def _columns(cls: type) -> tuple[_Column, ...]:
    """One :class:`_Column` per attrs attribute of ``cls``, in the class's order."""
    hints = typing.get_type_hints(cls)
    return tuple(_column(a.name, hints[a.name]) for a in attrs.fields(cls))


def _column(name: str, tp: Any) -> _Column:
    args = _union_args(tp)
    nullable = args is not None and type(None) in args
    bare = next(a for a in args if a is not type(None)) if nullable and args else tp
    if bare is _dt.datetime:
        return _Column(
            name,
            (
                pa.field(name, pa.timestamp("us", tz="UTC"), nullable=nullable),
                pa.field(name + OFFSET_SUFFIX, pa.int16()),
            ),
            _decode_datetime,
        )
    arrow, decode = _value_type(tp)
    if nullable:
        decode = _optional(decode)
    return _Column(name, (pa.field(name, arrow, nullable=nullable),), decode)


def _struct(cls: type) -> tuple[pa.StructType, Decode]:
    columns = _columns(cls)
    struct = pa.struct([f for c in columns for f in c.fields])
    names = tuple(tuple(f.name for f in c.fields) for c in columns)

    def decode(row: Mapping[str, Any]) -> Any:
        kwargs = {}
        for column, keys in zip(columns, names, strict=True):
            if keys[0] in row:
                kwargs[column.name] = column.decode(*(row.get(k) for k in keys))
        return cls(**kwargs)

    return struct, decode


def _tagged_union(classes: Sequence[Any]) -> tuple[pa.StructType, Decode]:
    """``Paragraph | Subhead``: one struct, ``kind`` first, then the classes' shared fields."""
    if not all(isinstance(c, type) and attrs.has(c) for c in classes):
        raise TypeError(f"no Arrow type for the union of {classes!r}")
    shapes = {tuple(a.name for a in attrs.fields(c)) for c in classes}
    if len(shapes) != 1:
        raise TypeError(f"the classes of {classes!r} differ in their fields")
    by_kind = {getattr(c, "kind", "") or c.__name__.lower(): c for c in classes}
    struct, _ = _struct(classes[0])
    decoders = {k: _struct(c)[1] for k, c in by_kind.items()}
    tagged = pa.struct([pa.field("kind", pa.string(), nullable=False), *struct])

    def decode(row: Mapping[str, Any]) -> Any:
        decoder = decoders.get(row["kind"])
        if decoder is None:
            raise ValueError(f"unknown kind {row['kind']!r}; known: {', '.join(decoders)}")
        return decoder(row)

    return tagged, decode


def _decode_datetime(instant: Any, minutes: int | None) -> _dt.datetime | None:
    if instant is None:
        return None
    if isinstance(instant, _dt.datetime):  # a struct field, read back by pyarrow as a datetime
        aware = instant if instant.tzinfo is not None else instant.replace(tzinfo=_dt.UTC)
        instant = (aware - _EPOCH.replace(tzinfo=_dt.UTC)) // _MICROSECOND
    if minutes is None:
        return _EPOCH + _dt.timedelta(microseconds=instant)
    wall = _EPOCH + _dt.timedelta(microseconds=instant + minutes * _MINUTE_US)
    zone = _dt.UTC if minutes == 0 else _dt.timezone(_dt.timedelta(minutes=minutes))
    return wall.replace(tzinfo=zone)


_ARTICLE: Final = _columns(Article)
_SCHEMA: Final = pa.schema(
    [f for c in _ARTICLE for f in c.fields],
    metadata={"wirefmt.schema": SCHEMA_VERSION, "wirefmt.class": "Article"},
)
_TIMESTAMPS: Final = frozenset(f.name for f in _SCHEMA if pa.types.is_timestamp(f.type))


def schema() -> pa.Schema:
    """The Arrow schema of an Article table: one column per field (two per timestamp).

    >>> from wirefmt.arrow import schema
    >>> schema().field("body").type
    ListType(list<item: struct<kind: string not null, text: string not null, ...>>)
    >>> schema().field("published_offset").type
    DataType(int16)
    """
    return _SCHEMA


def articles_table(
    articles: Iterable[Article],
    extra: pa.Schema | None = None,
    columns: Sequence[Sequence[Any]] = (),
) -> pa.Table:
    """The articles in :func:`schema`, then the columns of ``extra`` (one list of Python
    values each in ``columns``); a name of the Article schema in ``extra`` is ``ValueError``.
    """
    target = _SCHEMA if extra is None else _unify(_SCHEMA, extra)
    return _build.table(Article, target, articles, columns)


def _unify(first: pa.Schema, extra: pa.Schema) -> pa.Schema:
    clash = set(first.names) & set(extra.names)
    if clash:
        raise ValueError(f"column names taken by the Article schema: {', '.join(sorted(clash))}")
    return pa.schema([*first, *extra], metadata=first.metadata)


def to_table(articles: Iterable[Article]) -> pa.Table:
    """The articles as one Arrow table in :func:`schema`, one row per article, in order.

    >>> import wirefmt
    >>> from wirefmt.arrow import to_table
    >>> table = to_table([wirefmt.Article(title="Hello", keywords=("a", "b"))])
    >>> table.num_rows, table.column("keywords").to_pylist()
    (1, [['a', 'b']])
    """
    return articles_table(articles)


def from_table(table: pa.Table | pa.RecordBatch) -> Iterator[Article]:
    """The Articles of a table written by :func:`to_table`, in row order, a batch at a time.

    Other columns (such as the CLI's ``source``) are ignored; a missing column gives its
    field's default. A value the model refuses raises ``ValueError`` or ``TypeError``.

    >>> import wirefmt
    >>> from wirefmt.arrow import from_table, to_table
    >>> xs = [wirefmt.Article(title="Hello")]
    >>> list(from_table(to_table(xs))) == xs
    True
    """
    batches = table.to_batches() if isinstance(table, pa.Table) else [table]
    present = [c for c in _ARTICLE if c.fields[0].name in table.schema.names]
    for batch in batches:
        lists = [[_column_values(batch, f.name) for f in column.fields] for column in present]
        for row in range(batch.num_rows):
            kwargs = {
                column.name: column.decode(*(values[row] for values in parts))
                for column, parts in zip(present, lists, strict=True)
            }
            yield Article(**kwargs)


def _column_values(batch: pa.RecordBatch, name: str) -> list[Any]:
    if name not in batch.schema.names:
        return [None] * batch.num_rows
    array = batch.column(name)
    if name in _TIMESTAMPS:  # microseconds as ints: no datetime range to fall out of
        array = array.cast(pa.int64())
    values: list[Any] = array.to_pylist()
    return values
