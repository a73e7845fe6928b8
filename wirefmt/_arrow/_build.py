"""Columns built straight from Articles: one Python list per leaf of the Arrow schema.

Converting rows of nested dicts with ``pa.array`` costs far more than parsing's own
overhead; here each leaf (a string, an int …) is appended to a flat list, lists keep their
offsets and structs their null masks, and ``pa.array`` only ever sees flat lists of
scalars. The builders are derived from the model's type annotations, as the schema is, and
the table they make is checked against that schema (``pa.Table.from_arrays``).
"""

from __future__ import annotations

import datetime as _dt
import enum
import types
import typing
from collections.abc import Callable, Iterable, Sequence
from typing import Any, Final

import attrs
import pyarrow as pa

__all__ = ["Builder", "builder_for", "encode_datetime", "table"]

_EPOCH: Final = _dt.datetime(1970, 1, 1)
_MICROSECOND: Final = _dt.timedelta(microseconds=1)
_MINUTE: Final = _dt.timedelta(minutes=1)
_MINUTE_US: Final = 60_000_000


def encode_datetime(value: _dt.datetime | None) -> tuple[int | None, int | None]:
    """A datetime as (UTC instant in microseconds, printed offset in minutes or None if naive).

    A naive datetime keeps its wall time as the instant, as if it were UTC.
    """
    if value is None:
        return None, None
    offset = value.utcoffset()
    wall = (value.replace(tzinfo=None) - _EPOCH) // _MICROSECOND
    if offset is None:
        return wall, None
    minutes, rest = divmod(offset, _MINUTE)
    if rest:
        raise ValueError(f"the UTC offset of {value.isoformat()} is not a whole number of minutes")
    return wall - minutes * _MINUTE_US, minutes


class Builder:
    """Collects values of one field; :meth:`finish` gives its Arrow array(s)."""

    def add(self, value: Any) -> None:
        raise NotImplementedError

    def finish(self) -> list[pa.Array]:
        raise NotImplementedError


class _Leaf(Builder):
    __slots__ = ("convert", "type", "values")

    def __init__(self, arrow: pa.DataType, convert: Callable[[Any], Any] | None = None) -> None:
        self.type = arrow
        self.convert = convert
        self.values: list[Any] = []

    def add(self, value: Any) -> None:
        if self.convert is not None and value is not None:
            value = self.convert(value)
        self.values.append(value)

    def finish(self) -> list[pa.Array]:
        return [pa.array(self.values, type=self.type)]


class _Datetime(Builder):
    """Two columns: the instant (timestamp[us, UTC]) and the offset in minutes (int16)."""

    __slots__ = ("instants", "offsets")

    def __init__(self) -> None:
        self.instants: list[int | None] = []
        self.offsets: list[int | None] = []

    def add(self, value: Any) -> None:
        instant, offset = encode_datetime(value)
        self.instants.append(instant)
        self.offsets.append(offset)

    def finish(self) -> list[pa.Array]:
        instants = pa.array(self.instants, type=pa.int64()).cast(pa.timestamp("us", tz="UTC"))
        return [instants, pa.array(self.offsets, type=pa.int16())]


class _List(Builder):
    __slots__ = ("child", "offsets", "type")

    def __init__(self, arrow: pa.ListType, child: Builder) -> None:
        self.type = arrow
        self.child = child
        self.offsets = [0]

    def add(self, value: Any) -> None:
        child = self.child
        if isinstance(child, _Leaf) and child.convert is None:
            child.values.extend(value)
        else:
            for item in value:
                child.add(item)
        self.offsets.append(self.offsets[-1] + len(value))

    def finish(self) -> list[pa.Array]:
        (values,) = self.child.finish()
        offsets = pa.array(self.offsets, type=pa.int32())
        return [pa.ListArray.from_arrays(offsets, values, type=self.type)]


class _Struct(Builder):
    """An attrs class (or a union of classes alike, tagged by ``kind``) as a struct."""

    __slots__ = ("children", "kinds", "mask", "type")

    def __init__(
        self,
        arrow: pa.StructType,
        children: Sequence[tuple[str, Builder]],
        kinds: dict[type, str] | None = None,
    ) -> None:
        self.type = arrow
        self.children = tuple(children)
        self.kinds = kinds
        self.mask: list[bool] = []

    def add(self, value: Any) -> None:
        if value is None:
            self.mask.append(True)
            for _, child in self.children:
                child.add(None)
            return
        self.mask.append(False)
        for name, child in self.children:
            child.add(getattr(value, name) if name else self._kind(value))

    def _kind(self, value: Any) -> str:
        assert self.kinds is not None
        return self.kinds[type(value)]

    def arrays(self) -> list[pa.Array]:
        return [array for _, child in self.children for array in child.finish()]

    def finish(self) -> list[pa.Array]:
        mask = pa.array(self.mask, type=pa.bool_()) if any(self.mask) else None
        fields = list(self.type)
        return [pa.StructArray.from_arrays(self.arrays(), fields=fields, mask=mask)]


def _union_args(tp: Any) -> tuple[Any, ...] | None:
    if typing.get_origin(tp) in (typing.Union, types.UnionType):
        return typing.get_args(tp)
    return None


def builder_for(tp: Any, arrow: pa.DataType | None) -> Builder:
    """A builder for values of Python type ``tp`` into Arrow type ``arrow`` (None: datetime)."""
    args = _union_args(tp)
    if args is not None:
        present = tuple(a for a in args if a is not type(None))
        if len(present) == 1:
            return builder_for(present[0], arrow)
        return _tagged(present, arrow)
    if tp is _dt.datetime:
        return _Datetime()
    if typing.get_origin(tp) is tuple:
        (item, _) = typing.get_args(tp)
        assert isinstance(arrow, pa.ListType)
        return _List(arrow, builder_for(item, _child_type(item, arrow.value_type)))
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return _Leaf(arrow, _enum_value)
    if isinstance(tp, type) and attrs.has(tp):
        assert isinstance(arrow, pa.StructType)
        return _Struct(arrow, _children(tp, arrow))
    return _Leaf(arrow)


def _enum_value(member: enum.Enum) -> Any:
    return member.value


def _child_type(tp: Any, arrow: pa.DataType) -> pa.DataType | None:
    return None if tp is _dt.datetime else arrow


def _children(cls: type, arrow: pa.StructType | pa.Schema) -> list[tuple[str, Builder]]:
    hints = typing.get_type_hints(cls)
    return [
        (a.name, builder_for(hints[a.name], _field_type(arrow, a.name))) for a in attrs.fields(cls)
    ]


def _field_type(arrow: pa.StructType | pa.Schema, name: str) -> pa.DataType:
    return arrow.field(arrow.get_field_index(name)).type


def _tagged(classes: Sequence[Any], arrow: pa.DataType | None) -> _Struct:
    assert isinstance(arrow, pa.StructType)
    kinds = {c: getattr(c, "kind", "") or c.__name__.lower() for c in classes}
    children = [("", _Leaf(pa.string())), *_children(classes[0], arrow)]
    return _Struct(arrow, children, kinds)


def table(
    cls: type,
    schema: pa.Schema,
    values: Iterable[Any],
    extra: Sequence[Sequence[Any]] = (),
) -> pa.Table:
    """The instances of ``cls`` as a table of ``schema``: the class's columns from the
    builders, then one column per list of ``extra`` (plain Python values), in order."""
    top = _Struct(pa.struct(list(schema)[: len(schema) - len(extra)]), _children(cls, schema))
    for value in values:
        top.add(value)
    arrays = top.arrays()
    tail = list(schema)[len(arrays) :]
    arrays += [pa.array(column, type=f.type) for f, column in zip(tail, extra, strict=True)]
    return pa.Table.from_arrays(arrays, schema=schema)
