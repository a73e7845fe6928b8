"""``--to parquet`` and Parquet inputs: the CLI's side of wirefmt.arrow.

The workers send each batch's rows as Arrow IPC bytes (``Result.part``); the output takes
the slice of each record written (``--skip-errors`` leaves failed ones out) and writes a
row group each time :data:`ROW_GROUP_ROWS` rows or :data:`ROW_GROUP_BYTES` bytes of input
have come, so that memory stays flat whatever the input's size. Like the JSON output it
writes a temporary file beside the target and renames it at the end: a failed run leaves
the target as it was.

A Parquet input is read a record batch at a time; each row becomes the JSON line that
``--jsonl`` would have read (the text column, and the other columns as the meta object), so
that the workers treat both alike.
"""

from __future__ import annotations

import base64
import contextlib
import datetime as _dt
import decimal
import json
import os
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, Final

from ._inputs import os_message
from ._output import OutputError, remove_quietly, temp_beside
from ._work import Job, Result

if TYPE_CHECKING:
    import pyarrow as pa

__all__ = [
    "INSTALL",
    "ROW_GROUP_BYTES",
    "ROW_GROUP_ROWS",
    "ParquetOutput",
    "available",
    "parquet_by_name",
    "read_parquet",
    "record_schema",
]

INSTALL: Final = 'pip install "wirefmt[arrow]"'
#: A row group closes at this many documents, or at this many bytes of input read.
ROW_GROUP_ROWS: Final = 10_000
ROW_GROUP_BYTES: Final = 32 * 1024 * 1024
#: Rows read from a Parquet input at a time.
_READ_BATCH: Final = 1024
_PARQUET_SUFFIXES: Final = (".parquet", ".parq")


def available() -> bool:
    """Whether pyarrow (the ``arrow`` extra) can be imported."""
    try:
        import pyarrow.parquet  # noqa: F401, PLC0415
    except ImportError:
        return False
    return True


def parquet_by_name(path: str) -> bool:
    """Whether the file's name says Parquet (``.parquet``, ``.parq``)."""
    return path.lower().endswith(_PARQUET_SUFFIXES)


def record_schema(meta_key: str) -> pa.Schema:
    """The Article's columns, then ``source``, ``item`` (the item's index in a document that
    holds several, else null), ``error`` (null when parsed) and the meta key."""
    import pyarrow as pa  # noqa: PLC0415

    from ..arrow import schema  # noqa: PLC0415

    error = pa.struct(
        [
            pa.field("code", pa.string()),
            pa.field("message", pa.string()),
            pa.field("line", pa.int64()),
            pa.field("column", pa.int64()),
            pa.field("offset", pa.int64()),
            pa.field("excerpt", pa.string()),
        ]
    )
    extra = [
        pa.field("source", pa.string(), nullable=False),
        pa.field("item", pa.int64()),
        pa.field("error", error),
        pa.field(meta_key, pa.string()),
    ]
    clash = [f.name for f in extra if f.name in schema().names]
    if clash:
        raise ValueError(f"--meta-key {meta_key} names a column of the Article schema")
    return pa.schema([*schema(), *extra], metadata=schema().metadata)


class ParquetOutput:
    """Rows in, a Parquet file out (``-o FILE``); :meth:`commit` or :meth:`discard` at the end."""

    def __init__(self, path: str, meta_key: str, fields: tuple[str, ...] | None = None) -> None:
        import pyarrow.parquet as pq  # noqa: PLC0415

        self.path = path
        self.name = path
        self._schema = record_schema(meta_key)
        self._keep = None if fields is None else _columns_of(fields, self._schema, meta_key)
        self._pending: list[pa.Table] = []
        self._count = 0
        self._bytes = 0
        self._payload: bytes | None = None
        self._table: pa.Table | None = None
        self._ranges: list[tuple[int, int]] = []
        self._temp: str | None = None
        try:
            try:
                info: os.stat_result | None = os.stat(path)
            except FileNotFoundError:
                info = None
            fd, self._temp = temp_beside(path, info)
            os.close(fd)
            written = self._schema if self._keep is None else _select(self._schema, self._keep)
            self._writer: pq.ParquetWriter | None = pq.ParquetWriter(self._temp, written)
        except OSError as exc:
            self.discard()
            raise OutputError(path, exc) from None

    def record(self, result: Result) -> None:
        """Take one record's rows; a row group is written when enough have come.

        The rows kept from one batch are noted as ranges and cut from its table once per
        range, not once per record: a row group of thousands of one-row pieces would cost
        more to put together than to parse.
        """
        if result.part is None:
            return
        payload, start, stop = result.part
        if payload is not self._payload:
            import pyarrow as pa  # noqa: PLC0415

            self._cut()
            self._payload = payload
            self._table = pa.ipc.open_stream(payload).read_all()
        if stop > start:
            if self._ranges and self._ranges[-1][1] == start:
                self._ranges[-1] = (self._ranges[-1][0], stop)
            else:
                self._ranges.append((start, stop))
            self._count += stop - start
        self._bytes += result.size
        if self._count >= ROW_GROUP_ROWS or self._bytes >= ROW_GROUP_BYTES:
            self._flush()

    def _cut(self) -> None:
        """Move the ranges kept from the current batch's table to the pending pieces."""
        if self._table is not None:
            self._pending += [self._table.slice(a, b - a) for a, b in self._ranges]
        self._ranges = []

    def _flush(self) -> None:
        self._cut()
        if not self._pending or self._writer is None:
            return
        import pyarrow as pa  # noqa: PLC0415

        table = pa.concat_tables(self._pending)
        if self._keep is not None:
            table = table.select(list(self._keep))
        self._pending, self._count, self._bytes = [], 0, 0
        try:
            self._writer.write_table(table, row_group_size=table.num_rows)
        except OSError as exc:
            raise OutputError(self.name, exc) from None

    def commit(self) -> None:
        """Write the last row group, close the file and put it in place of the target."""
        try:
            self._flush()
            if self._writer is not None:
                self._writer.close()
                self._writer = None
            if self._temp is not None:
                with open(self._temp, "rb") as done:
                    os.fsync(done.fileno())
                os.replace(self._temp, self.path)
                self._temp = None
        except OSError as exc:
            self.discard()
            raise OutputError(self.name, exc) from None

    def flush_quietly(self) -> None:
        """Nothing to do: an interrupted Parquet file is discarded whole."""

    def discard(self) -> None:
        """The run failed: remove the temporary file; the target stays as it was."""
        if self._writer is not None:
            with contextlib.suppress(Exception):
                self._writer.close()
            self._writer = None
        remove_quietly(self._temp)
        self._temp = None

    def silence(self) -> None:
        """Nothing to do: the output is a file, never standard output."""


def _columns_of(fields: tuple[str, ...], target: pa.Schema, meta_key: str) -> tuple[str, ...]:
    """The columns ``--fields`` keeps: a timestamp with its offset; source, item, error, meta."""
    keep: list[str] = []
    for name in fields:
        keep.append(name)
        if f"{name}_offset" in target.names:
            keep.append(f"{name}_offset")
    return (*keep, "source", "item", "error", meta_key)


def _select(target: pa.Schema, names: tuple[str, ...]) -> pa.Schema:
    import pyarrow as pa  # noqa: PLC0415

    return pa.schema([target.field(n) for n in names], metadata=target.metadata)


def _json_value(value: Any) -> Any:
    """A Parquet value JSON cannot spell, as a string: dates ISO 8601, bytes base64."""
    if isinstance(value, _dt.date | _dt.time | _dt.datetime):
        return value.isoformat()
    if isinstance(value, _dt.timedelta):
        return value.total_seconds()
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    if isinstance(value, decimal.Decimal):
        return str(value)
    raise TypeError(f"a {type(value).__name__} value has no JSON form")


def read_parquet(path: str, text_column: str) -> Iterator[Job]:
    """A Parquet input: one job per row, as the JSON line ``--jsonl`` would read."""
    import pyarrow as pa  # noqa: PLC0415
    import pyarrow.parquet as pq  # noqa: PLC0415

    if path == "-":
        yield Job("<stdin>", "error", "a Parquet input must be a file, not standard input", 0)
        return
    try:
        source = pq.ParquetFile(path)
    except (OSError, pa.ArrowException) as exc:
        yield Job(path, "error", f"cannot read the Parquet file: {_arrow_message(exc)}", 0)
        return
    with source:
        names = source.schema_arrow.names
        if text_column not in names:
            message = f"no column {text_column!r}; the columns are: {', '.join(names)}"
            yield Job(path, "error", message, 0, "no-text-field")
            return
        kind = source.schema_arrow.field(text_column).type
        if not (pa.types.is_string(kind) or pa.types.is_large_string(kind)):
            message = f"the column {text_column!r} is {kind}, not a string column"
            yield Job(path, "error", message, 0, "no-text-field")
            return
        number = 0
        try:
            for batch in source.iter_batches(batch_size=_READ_BATCH):
                for row in batch.to_pylist():
                    number += 1
                    line = json.dumps(row, ensure_ascii=False, default=_json_value)
                    data = line.encode("utf-8", "surrogatepass")
                    yield Job(f"{path}:{number}", "jsonl", data, len(data))
        except (OSError, pa.ArrowException) as exc:
            message = f"cannot read on: {_arrow_message(exc)}"
            yield Job(f"{path}:{number + 1}", "error", message, 0)


def _arrow_message(exc: BaseException) -> str:
    return os_message(exc) if isinstance(exc, OSError) else str(exc)
