"""``--to parquet`` in a worker: one document's record as a row of column values.

A row is the Article, then ``source``, ``item``, ``error`` and the meta column's JSON;
:func:`batch_parts` makes a batch's rows one Arrow table. pyarrow is imported then, so that
JSON output never pays for it.
"""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING, Any, Final

if TYPE_CHECKING:
    from ._work import Result

from .._model import Article

__all__ = ["UNENCODABLE", "batch_parts", "has_surrogates", "parquet_row"]

#: Why a document whose text holds a lone surrogate is a failed row in Parquet.
UNENCODABLE: Final = (
    "the text holds a lone surrogate (an escaped \\ud800 … \\udfff in the JSON line), which "
    "Parquet's UTF-8 strings cannot hold; --to json keeps it, escaped"
)
_SURROGATE: Final = re.compile("[\ud800-\udfff]")


#: What a failed document's row holds in the Article's columns: every field's default.
EMPTY: Final = Article()


def parquet_row(
    article: Article | None,
    source: str,
    item: int | None,
    error: dict[str, Any] | None,
    meta: dict[str, Any] | None,
) -> tuple[Article, str, int | None, dict[str, Any] | None, str | None]:
    """The parts of one record's row: the article (defaults for a failure), then the rest.

    ``source`` is escaped where it is no UTF-8 (a file name of other bytes); the meta column
    is the JSON of the other fields, escaped to ASCII if it holds a lone surrogate.
    """
    source = _escaped(source)
    if error is not None:
        error = {key: _escaped(value) for key, value in error.items()}
    meta_json = None
    if meta is not None:
        meta_json = json.dumps(meta, ensure_ascii=False)
        if _SURROGATE.search(meta_json) is not None:
            meta_json = json.dumps(meta, ensure_ascii=True)
    return (EMPTY if article is None else article, source, item, error, meta_json)


def _escaped(value: Any) -> Any:
    if isinstance(value, str) and _SURROGATE.search(value) is not None:
        return value.encode("utf-8", "backslashreplace").decode("utf-8")
    return value


def has_surrogates(rows: tuple[tuple[Any, ...], ...]) -> bool:
    """Whether a string anywhere in the articles of ``rows`` holds a lone surrogate."""
    text = json.dumps([row[0].to_dict() for row in rows], ensure_ascii=False)
    return _SURROGATE.search(text) is not None


def batch_parts(results: list[Result], meta_key: str) -> list[Result]:
    """The results of a batch, their rows gathered into one Arrow IPC stream they share."""
    import pyarrow as pa  # noqa: PLC0415

    from ..arrow import articles_table  # noqa: PLC0415
    from ._parquet import record_schema  # noqa: PLC0415

    target = record_schema(meta_key)
    extra = pa.schema(list(target)[len(target) - 4 :])
    rows = [row for result in results for row in result.rows]
    columns = [[row[i] for row in rows] for i in range(1, 5)]
    table = articles_table((row[0] for row in rows), extra, columns)
    sink = pa.BufferOutputStream()
    with pa.ipc.new_stream(sink, table.schema) as writer:
        writer.write_table(table)
    payload = sink.getvalue().to_pybytes()
    out = []
    start = 0
    for result in results:
        stop = start + len(result.rows)
        out.append(result._replace(rows=(), part=(payload, start, stop)))
        start = stop
    return out
