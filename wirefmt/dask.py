"""Parse a corpus on a Dask cluster: a dataframe of texts in, a dataframe of Articles out.

Install the extra: ``pip install "wirefmt[dask]"``. :func:`parse_frame` parses a
``dask.dataframe.DataFrame`` partition by partition, on whatever scheduler is in use (a
``dask.distributed`` cluster of any size, or threads on one machine). Each partition is
parsed exactly as the command line parses a JSON Lines corpus (``--to parquet``), so that the
two give the same rows; ``docs/corpora.md`` has the recipe (read shards, parse, write
Parquet).

.. versionadded:: 0.3
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Any, Final

try:
    import dask.dataframe as dd
    import pandas as pd
    import pyarrow as pa
except ImportError as exc:  # pragma: no cover - exercised only without the extra
    raise ImportError(
        'wirefmt.dask needs dask[dataframe], pandas and pyarrow: pip install "wirefmt[dask]"'
    ) from exc

from ._cli._parquet import record_schema
from ._cli._work import Job, Options, run_job
from ._parse import AUTO
from ._text import DEFAULT_MAX_SIZE
from .arrow import articles_table, schema

if TYPE_CHECKING:
    from collections.abc import Sequence

__all__ = ["output_schema", "parse_frame", "parse_pandas"]

#: The columns added after the Article's: the item's index in a text that holds several
#: (null for a text of one), and the error of a text that could not be parsed (else null).
EXTRA_COLUMNS: Final = ("item", "error")
#: The CLI record's columns that a dataframe does not take: its own columns stand for them.
_DROPPED: Final = ("source", "meta")


@cache
def output_schema() -> pa.Schema:
    """The Arrow schema of :func:`parse_frame`'s Article columns, then ``item`` and ``error``.

    >>> from wirefmt.dask import output_schema
    >>> output_schema().names[-3:]
    ['language_source', 'item', 'error']
    """
    full = record_schema("meta")
    return pa.schema([f for f in full if f.name not in _DROPPED], metadata=full.metadata)


@cache
def _extra_schema() -> pa.Schema:
    return pa.schema([output_schema().field(name) for name in EXTRA_COLUMNS])


def parse_pandas(
    frame: pd.DataFrame,
    text_column: str = "text",
    *,
    format: str = AUTO,
    strict: bool = False,
    max_size: int | None = DEFAULT_MAX_SIZE,
    identify_language: bool = False,
) -> pd.DataFrame:
    """Parse one pandas DataFrame (a partition): what :func:`parse_frame` runs on each.

    The result has the frame's other columns (repeated for each item of a text holding
    several), then the columns of :func:`output_schema` as ``pandas.ArrowDtype`` columns,
    which keep the Arrow types (nested lists and structs, timestamps) as they are. A text
    that is missing (null, not a string) or fails (``strict``, over ``max_size``) is a row
    whose ``error`` says why, never a failed task. Raises ``ValueError`` as
    :func:`parse_frame` does.
    """
    options = Options(
        strict=strict,
        max_size=max_size,
        text_field=text_column,
        meta_key="meta",
        indent=None,
        identify_language=identify_language,
        format=format,
        to="parquet",
    )
    _check_names(list(frame.columns), text_column)
    rows: list[tuple[Any, ...]] = []
    taken: list[int] = []
    for number, text in enumerate(frame[text_column]):
        if isinstance(text, str):
            job = Job("", "document", text, len(text))
        else:
            message = f"no string in the column {text_column!r}"
            job = Job("", "error", message, 0, "no-text-field")
        for row in run_job(options, job).rows:  # (article, source, item, error, meta)
            rows.append(row)
            taken.append(number)
    items = [row[2] for row in rows]
    errors = [row[3] for row in rows]
    table = articles_table((row[0] for row in rows), _extra_schema(), [items, errors])
    parsed = table.to_pandas(types_mapper=pd.ArrowDtype)
    others = frame.drop(columns=[text_column]).iloc[taken].reset_index(drop=True)
    return pd.concat([others, parsed], axis=1)


def parse_frame(
    frame: dd.DataFrame,
    text_column: str = "text",
    *,
    format: str = AUTO,
    strict: bool = False,
    max_size: int | None = DEFAULT_MAX_SIZE,
    identify_language: bool = False,
) -> dd.DataFrame:
    """Parse the texts of a Dask DataFrame, one row per Article, partition by partition.

    Args:
        frame: a ``dask.dataframe.DataFrame`` with a column of texts (read from JSON Lines
            or Parquet shards: ``dd.read_json(..., lines=True)``, ``dd.read_parquet``).
        text_column: the column that holds the documents; the other columns are kept.
        format, strict, max_size, identify_language: as for :func:`wirefmt.parse`.

    Returns:
        A lazy ``dask.dataframe.DataFrame``: the other columns, then the Article's
        (:func:`wirefmt.arrow.schema`), ``item`` and ``error`` (see :func:`parse_pandas`).
        Its index is a new range in each partition.

    Raises:
        KeyError: ``text_column`` is not a column of ``frame``.
        ValueError: another column of ``frame`` has the name of an output column.
    """
    names = list(frame.columns)
    if text_column not in names:
        raise KeyError(f"no column {text_column!r}; the columns are: {', '.join(map(str, names))}")
    _check_names(names, text_column)
    kwargs: dict[str, Any] = {
        "format": format,
        "strict": strict,
        "max_size": max_size,
        "identify_language": identify_language,
    }
    meta = parse_pandas(frame._meta, text_column, **kwargs)
    return frame.map_partitions(parse_pandas, text_column, meta=meta, **kwargs)


def _check_names(names: Sequence[object], text_column: str) -> None:
    taken = set(output_schema().names)
    clash = sorted(str(n) for n in names if n != text_column and n in taken)
    if clash:
        raise ValueError(
            f"columns named like Article fields: {', '.join(clash)}; rename them first "
            f"(the output has {', '.join(schema().names[:3])}, … as its own columns)"
        )
