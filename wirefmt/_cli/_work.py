"""The work on one document: a job in, one output line out (what a worker process runs).

Everything here is picklable and free of I/O, so that it runs the same in this process and
in ``-j N`` worker processes.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Final, Literal, NamedTuple

from .._errors import ParseError
from .._model import Article
from .._parse import no_items, parse_many
from .._text import describe_size
from .._write import dumps
from ..exports import to_ninjs, to_schemaorg

__all__ = ["WRITERS", "Job", "Options", "Result", "run_batch", "run_job"]


def _pagedump_line(article: Article) -> dict[str, Any]:
    """``--to pagedump``: the article written as a page dump (:func:`wirefmt.dumps`), under
    ``"text"``: the JSON Lines shape ``wirefmt parse --jsonl`` reads back."""
    return {"text": dumps(article)}


#: ``--to``: the output forms, each a function of the article. ``json`` is wirefmt's own
#: record (``Article.to_dict``, with ``source``, ``item`` and the meta key added); the
#: others are written as the standard defines them, with nothing added.
WRITERS: Final[Mapping[str, Callable[[Article], dict[str, Any]]]] = {
    "json": Article.to_dict,
    "ninjs": to_ninjs,
    "schemaorg": to_schemaorg,
    "pagedump": _pagedump_line,
}

# A lone surrogate code point: valid in a Python str, not encodable as UTF-8.
_SURROGATE = re.compile("[\ud800-\udfff]")
# A JSON escape that spells one: "\ud83d" (a pair spelling an emoji matches too; no harm).
_ESCAPED_SURROGATE = re.compile(rb"\\u[dD][89a-fA-F]")

Status = Literal["ok", "diagnostics", "failed"]


class Options(NamedTuple):
    """What a worker needs to turn one input into one output line (picklable)."""

    strict: bool
    max_size: int | None
    text_field: str
    meta_key: str
    indent: int | None
    #: The keys of the article to keep (``--fields``), or None for all of them.
    fields: tuple[str, ...] | None = None
    #: Identify the language of a document that names none (py3langid).
    identify_language: bool = False
    #: The input format (``--format``): a registry name, or ``"auto"``.
    format: str = "auto"
    #: The output form (``--to``): a key of :data:`WRITERS`.
    to: str = "json"


class Job(NamedTuple):
    """One document to parse: a plain document, a raw JSON line, or an input error.

    For an ``"error"`` job, ``data`` is the message and ``code`` the error's code.
    """

    source: str
    kind: Literal["document", "jsonl", "error"]
    data: bytes | str
    size: int
    code: str = "unreadable"


class Result(NamedTuple):
    """What became of one job: its status, output line, message for stderr, input size.

    A document holding several items (a feed, a wire stream) gives one record per item:
    ``line`` then holds them one per line, in input order.
    """

    status: Status
    line: str
    message: str | None
    size: int = 0


def _error_dict(exc: ParseError) -> dict[str, Any]:
    return {
        "code": exc.code,
        "message": exc.message,
        "line": exc.line,
        "column": exc.column,
        "offset": exc.offset,
        "excerpt": exc.excerpt,
    }


def _position(error: dict[str, Any]) -> str:
    if error.get("line") is not None and error.get("column") is not None:
        return f" line {error['line']}, column {error['column']}:"
    if error.get("offset") is not None:
        return f" offset {error['offset']}:"
    return ""


def failure(
    options: Options, source: str, error: dict[str, Any], meta: dict[str, Any] | None = None
) -> Result:
    """An error record and its message for stderr."""
    record: dict[str, Any] = {"error": error, "source": source}
    if meta is not None:
        record[options.meta_key] = meta
    message = f"{source}:{_position(error)} {error['message']} [{error['code']}]"
    return Result("failed", _dumps(record, options), message)


def _dumps(record: dict[str, Any], options: Options) -> str:
    """One record as JSON, non-ASCII kept as is, and always encodable as UTF-8.

    A lone surrogate (a JSON Lines input may hold an escaped ``\\ud800``) cannot be written
    as UTF-8: such a record is written with every non-ASCII character escaped instead, which
    is still valid JSON of the same value.
    """
    line = json.dumps(record, ensure_ascii=False, indent=options.indent)
    if _SURROGATE.search(line) is not None:
        line = json.dumps(record, ensure_ascii=True, indent=options.indent)
    return line


def too_large_message(size: int, limit: int, unit: str = "bytes") -> str:
    """The CLI's words for a document over ``--max-size``: real size, unit, limit, option."""
    return (
        f"the document is {describe_size(size, unit)}, over the limit of "
        f"{describe_size(limit, unit)}: raise it with --max-size (e.g. --max-size "
        f"{_suggest(size)}) or lift it with --max-size none"
    )


def _suggest(size: int) -> str:
    mib = -(-size // (1024 * 1024))  # rounded up
    return f"{mib}M"


def run_job(options: Options, job: Job) -> Result:
    """Parse one job into its output line; every failure becomes an error record."""
    return _run_job(options, job)._replace(size=job.size)


def _run_job(options: Options, job: Job) -> Result:
    meta: dict[str, Any] | None = None
    data: str | bytes = job.data
    if job.kind == "error":
        assert isinstance(data, str)
        return failure(options, job.source, {"code": job.code, "message": data})
    if job.kind == "jsonl":
        try:
            obj = json.loads(data)
        except ValueError as exc:  # JSONDecodeError, or bytes that are not UTF-8
            return failure(
                options, job.source, {"code": "bad-json", "message": f"not a JSON line: {exc}"}
            )
        if not isinstance(obj, dict):
            return failure(
                options,
                job.source,
                {"code": "bad-json", "message": f"a JSON {type(obj).__name__}, not an object"},
            )
        text = obj.pop(options.text_field, None)
        meta = obj
        if not isinstance(text, str):
            message = f"no string field {options.text_field!r} in the object"
            return failure(options, job.source, {"code": "no-text-field", "message": message}, meta)
        data = text
    try:
        articles = list(
            parse_many(
                data,
                format=options.format,
                strict=options.strict,
                max_size=options.max_size,
                identify_language=options.identify_language,
            )
        )
    except ParseError as exc:  # InputError is a ParseError
        error = _error_dict(exc)
        if exc.code == "too-large" and options.max_size is not None:
            unit = "characters" if isinstance(data, str) else "bytes"
            error["message"] = too_large_message(len(data), options.max_size, unit)
        return failure(options, job.source, error, meta)
    except Exception as exc:
        # A bug in wirefmt, not a problem of the input: one document of a corpus must not
        # stop the run. It is not hidden: an error record, a message, and exit status 1.
        message = f"wirefmt failed on this document (a bug: please report it): {exc!r}"
        return failure(options, job.source, {"code": "internal-error", "message": message}, meta)
    if not articles:
        articles = [no_items(data, options.format)]
    several = len(articles) > 1
    lines = [
        _record(options, job, meta, article, index if several else None)
        for index, article in enumerate(articles)
    ]
    status: Status = "diagnostics" if any(a.diagnostics for a in articles) else "ok"
    return Result(status, "\n".join(lines), None)


def _record(
    options: Options,
    job: Job,
    meta: dict[str, Any] | None,
    article: Article,
    item: int | None,
) -> str:
    """One article's output line; ``item`` numbers the items of a document holding several."""
    if options.to != "json":  # a standard's document: nothing of wirefmt's added
        record = WRITERS[options.to](article)
        if options.fields is not None:
            record = {key: record[key] for key in options.fields if key in record}
    else:
        record = article.to_dict()
        if options.fields is not None:
            record = {key: record[key] for key in options.fields}
        record["source"] = job.source
        if item is not None:
            record["item"] = item
        if meta is not None:
            record[options.meta_key] = meta
    if _may_hold_surrogates(job):
        return _dumps(record, options)
    return json.dumps(record, ensure_ascii=False, indent=options.indent)


def _may_hold_surrogates(job: Job) -> bool:
    """Whether a record made from ``job`` may hold a lone surrogate (see ``_dumps``).

    Bytes decoded by ``parse()`` hold none (what is not UTF-8 becomes U+FFFD), so one can
    come only from a JSON escape in the input line or from the source's name (a file name
    that is not UTF-8): both are checked here, where they are short or read at C speed,
    rather than every output line.
    """
    if not isinstance(job.data, bytes) or _SURROGATE.search(job.source) is not None:
        return True
    return job.kind != "document" and _ESCAPED_SURROGATE.search(job.data) is not None


def run_batch(options: Options, batch: Sequence[Job]) -> list[Result]:
    """Parse a batch of jobs (what one worker receives at a time)."""
    return [run_job(options, job) for job in batch]
