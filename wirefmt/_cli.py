"""The ``wirefmt`` command: read documents, write JSON Lines. I/O and output only.

All parsing is :func:`wirefmt.parse`; this module only reads inputs (files, standard input,
``.gz`` files, JSON Lines corpora), hands each document to the parser (in this process, or in
``-j N`` worker processes), and writes one JSON object per document, in input order.

Memory stays bounded whatever the input size: a JSON Lines corpus is read a line at a time, a
plain file (one document) is read up to the size limit and no further, and at most a few
batches of documents are in flight between the reader and the workers.

Exit status: 0 when every document was read, 1 when one failed (a parse error under
``--strict``, a document over the size limit, a malformed JSON line, an input that could not
be read), 2 on a usage error.
"""

from __future__ import annotations

import argparse
import functools
import gzip
import importlib.resources
import io
import json
import multiprocessing
import os
import re
import sys
import threading
import time
import zlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import IO, Any, Final, Literal, NamedTuple, TextIO

from ._errors import ParseError
from ._parse import parse
from ._text import DEFAULT_MAX_SIZE
from ._version import __version__

__all__ = ["main"]

# A lone surrogate code point: valid in a Python str, not encodable as UTF-8.
_SURROGATE = re.compile("[\ud800-\udfff]")
# A JSON escape that spells one: "\ud83d" (a pair spelling an emoji matches too; no harm).
_ESCAPED_SURROGATE = re.compile(rb"\\u[dD][89a-fA-F]")

PROG: Final = "wirefmt"
#: Source name of the bundled example and of standard input in output and messages.
EXAMPLE_SOURCE: Final = "<example>"
STDIN_SOURCE: Final = "<stdin>"
#: A batch handed to a worker closes at this many documents or this many bytes: some tens of
#: milliseconds of work, since each batch costs the main process about a millisecond (with
#: 32 documents of 5 KB, that was a tenth of the run's time on two workers).
DEFAULT_BATCH: Final = 256
BATCH_BYTES: Final = 1024 * 1024
#: At most this many failure messages are written to stderr; the summary counts them all.
MAX_MESSAGES: Final = 20
#: A JSON string can spell one character in up to 12 bytes (``\\ud83d\\ude00``): a JSON line
#: longer than this many times the size limit (plus room for other fields) is over it.
_JSON_EXPANSION: Final = 12
_JSON_SLACK: Final = 1024 * 1024
_PROGRESS_EVERY: Final = 0.25  # seconds between two progress updates

Status = Literal["ok", "diagnostics", "failed"]


class Options(NamedTuple):
    """What a worker needs to turn one input into one output line (picklable)."""

    strict: bool
    max_size: int | None
    text_field: str
    meta_key: str
    indent: int | None


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
    """What became of one job: its status, output line, message for stderr, input size."""

    status: Status
    line: str
    message: str | None
    size: int = 0


# --------------------------------------------------------------------------- the work


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


def _failure(
    options: Options, source: str, error: dict[str, Any], meta: dict[str, Any] | None = None
) -> Result:
    record: dict[str, Any] = {"error": error, "source": source}
    if meta is not None:
        record[options.meta_key] = meta
    message = f"{source}:{_position(error)} {error['message']} [{error['code']}]"
    return Result("failed", _dumps(record, options), message)


def _sized(result: Result, job: Job) -> Result:
    return result._replace(size=job.size)


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


def run_job(options: Options, job: Job) -> Result:
    """Parse one job into its output line; every failure becomes an error record."""
    return _sized(_run_job(options, job), job)


def _run_job(options: Options, job: Job) -> Result:
    meta: dict[str, Any] | None = None
    data: str | bytes = job.data
    if job.kind == "error":
        assert isinstance(data, str)
        return _failure(options, job.source, {"code": job.code, "message": data})
    if job.kind == "jsonl":
        try:
            obj = json.loads(data)
        except ValueError as exc:  # JSONDecodeError, or bytes that are not UTF-8
            return _failure(
                options, job.source, {"code": "bad-json", "message": f"not a JSON line: {exc}"}
            )
        if not isinstance(obj, dict):
            return _failure(
                options,
                job.source,
                {"code": "bad-json", "message": f"a JSON {type(obj).__name__}, not an object"},
            )
        text = obj.pop(options.text_field, None)
        meta = obj
        if not isinstance(text, str):
            message = f"no string field {options.text_field!r} in the object"
            return _failure(
                options, job.source, {"code": "no-text-field", "message": message}, meta
            )
        data = text
    try:
        article = parse(data, strict=options.strict, max_size=options.max_size)
    except ParseError as exc:  # InputError is a ParseError
        return _failure(options, job.source, _error_dict(exc), meta)
    except Exception as exc:
        # A bug in wirefmt, not a problem of the input: one document of a corpus must not
        # stop the run. It is not hidden: an error record, a message, and exit status 1.
        message = f"wirefmt failed on this document (a bug: please report it): {exc!r}"
        return _failure(options, job.source, {"code": "internal-error", "message": message}, meta)
    record = article.to_dict()
    record["source"] = job.source
    if meta is not None:
        record[options.meta_key] = meta
    status: Status = "diagnostics" if article.diagnostics else "ok"
    if _may_hold_surrogates(job):
        return Result(status, _dumps(record, options), None)
    return Result(status, json.dumps(record, ensure_ascii=False, indent=options.indent), None)


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


# --------------------------------------------------------------------------- the inputs


#: What reading an input can raise: I/O errors, and a truncated or corrupt gzip stream.
_READ_ERRORS: Final = (OSError, EOFError, zlib.error)


def _open_binary(path: str) -> IO[bytes] | gzip.GzipFile:
    if path == "-":
        stdin = sys.stdin
        buffer = getattr(stdin, "buffer", None)
        if buffer is None:  # a text stream with no bytes underneath (tests, embedding)
            return io.BytesIO(stdin.read().encode("utf-8"))
        return buffer  # type: ignore[no-any-return]
    if path.endswith(".gz"):
        return gzip.open(path, "rb")
    return open(path, "rb")


def _source(path: str) -> str:
    return STDIN_SOURCE if path == "-" else path


def _read_document(path: str, max_size: int | None) -> Job:
    """A plain input is one document: read it up to the size limit, never beyond."""
    source = _source(path)
    try:
        stream = _open_binary(path)
        try:
            data = stream.read() if max_size is None else stream.read(max_size + 1)
        finally:
            if path != "-":
                stream.close()
    except _READ_ERRORS as exc:
        return Job(source, "error", f"cannot read the input: {_os_message(exc)}", 0)
    return Job(source, "document", data, len(data))


def _os_message(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return str(exc) or type(exc).__name__


def _read_jsonl(path: str, max_size: int | None) -> Iterator[Job]:
    """A JSON Lines input: one job per non-blank line, read one line at a time."""
    source = _source(path)
    limit = -1 if max_size is None else max_size * _JSON_EXPANSION + _JSON_SLACK
    try:
        stream = _open_binary(path)
    except OSError as exc:
        yield Job(source, "error", f"cannot read the input: {_os_message(exc)}", 0)
        return
    number = 0
    try:
        while True:
            line = stream.readline(limit)
            if not line:
                break
            number += 1
            if limit > 0 and len(line) >= limit and not line.endswith(b"\n"):
                # Over the limit: skip the rest of the line without keeping it.
                while (rest := stream.readline(1024 * 1024)) and not rest.endswith(b"\n"):
                    pass
                message = f"the JSON line is longer than {limit:,} bytes: over the size limit"
                yield Job(f"{source}:{number}", "error", message, len(line), "too-large")
                continue
            if line.strip():
                yield Job(f"{source}:{number}", "jsonl", line, len(line))
    except _READ_ERRORS as exc:  # a truncated or corrupt .gz file
        yield Job(f"{source}:{number + 1}", "error", f"cannot read on: {_os_message(exc)}", 0)
    finally:
        if path != "-":
            stream.close()


def _example() -> Job:
    resource = importlib.resources.files("wirefmt") / "data/example.txt"
    data = resource.read_bytes()
    return Job(EXAMPLE_SOURCE, "document", data, len(data))


def _jobs(args: argparse.Namespace) -> Iterator[Job]:
    if args.example:
        yield _example()
        return
    for path in args.files or ["-"]:
        if args.jsonl:
            yield from _read_jsonl(path, args.max_size)
        else:
            yield _read_document(path, args.max_size)


def _batches(jobs: Iterable[Job], size: int) -> Iterator[list[Job]]:
    batch: list[Job] = []
    nbytes = 0
    for job in jobs:
        batch.append(job)
        nbytes += job.size
        if len(batch) >= size or nbytes >= BATCH_BYTES:
            yield batch
            batch, nbytes = [], 0
    if batch:
        yield batch


# --------------------------------------------------------------------------- running


class _Window:
    """Hold the reader back so that only a few batches are in flight (bounded memory).

    ``Pool.imap`` reads its input in a thread of its own, as fast as it can; this gate makes
    that thread wait until the writer has written earlier batches out.
    """

    def __init__(self, jobs: Iterable[list[Job]], slots: int) -> None:
        self._jobs = jobs
        self._slots = threading.Semaphore(slots)
        self._stop = threading.Event()

    def __iter__(self) -> Iterator[list[Job]]:
        for batch in self._jobs:
            while not self._slots.acquire(timeout=0.1):
                if self._stop.is_set():
                    return
            yield batch

    def done(self) -> None:
        """One batch was written out: let the reader go on."""
        self._slots.release()

    def stop(self) -> None:
        """The run is over (or broken): the reader thread may end."""
        self._stop.set()


def _results(
    batches: Iterable[list[Job]], options: Options, workers: int
) -> Iterator[list[Result]]:
    """The results of each batch, in input order, parsed here or by ``workers`` processes."""
    if workers <= 1:
        for batch in batches:
            yield run_batch(options, batch)
        return
    window = _Window(batches, slots=2 * workers + 2)
    work: Callable[[list[Job]], list[Result]] = functools.partial(run_batch, options)
    # imap hands out whole batches (chunksize 1 batch = ``--batch`` documents): in order, and
    # a batch closes on a byte budget too, which Pool's own chunking cannot do.
    with multiprocessing.get_context().Pool(workers) as pool:
        try:
            for batch_results in pool.imap(work, window, chunksize=1):
                yield batch_results
                window.done()
        finally:
            window.stop()


class _Progress:
    """A one-line counter on stderr, redrawn at most four times a second."""

    def __init__(self, stream: TextIO, enabled: bool) -> None:
        self.stream = stream
        self.enabled = enabled
        self.started = time.monotonic()
        self.last = 0.0

    def update(self, docs: int, nbytes: int, *, final: bool = False) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if not final and now - self.last < _PROGRESS_EVERY:
            return
        self.last = now
        rate = docs / max(now - self.started, 1e-9)
        self.stream.write(
            f"\r{PROG}: {docs:,} documents, {nbytes / 1e6:,.1f} MB, {rate:,.0f} docs/s "
        )
        if final:
            self.stream.write("\n")
        self.stream.flush()

    def clear(self) -> None:
        """Blank the progress line before another message is written."""
        if self.enabled and self.last:
            self.stream.write("\r\x1b[K")


def _writer(stream: TextIO) -> Callable[[str], object]:
    """Write UTF-8 whatever the locale: through the byte buffer if the text layer is not."""
    encoding = (getattr(stream, "encoding", None) or "utf-8").lower().replace("-", "")
    buffer = getattr(stream, "buffer", None)
    if encoding == "utf8" or buffer is None:
        return stream.write

    def write(text: str) -> object:
        return buffer.write(text.encode("utf-8"))

    stream.flush()
    return write


def _run(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    options = Options(
        strict=args.strict,
        max_size=args.max_size,
        text_field=args.text_field,
        meta_key=args.meta_key,
        indent=2 if args.pretty else None,
    )
    workers = args.jobs if args.jobs > 0 else (os.cpu_count() or 1)
    show_progress = args.progress if args.progress is not None else err.isatty()
    progress = _Progress(err, show_progress)
    write = _writer(out)
    counts = {"ok": 0, "diagnostics": 0, "failed": 0}
    messages = 0
    nbytes = 0
    for results in _results(_batches(_jobs(args), args.batch), options, workers):
        for result in results:
            counts[result.status] += 1
            nbytes += result.size
            if result.status == "failed":
                if result.message is not None and not args.quiet:
                    messages += 1
                    if messages <= MAX_MESSAGES:
                        progress.clear()
                        err.write(f"{PROG}: {result.message}\n")
                    elif messages == MAX_MESSAGES + 1:
                        err.write(f"{PROG}: further failures are counted, not shown\n")
                if args.skip_errors:
                    continue
            write(result.line + "\n")
        progress.update(sum(counts.values()), nbytes)
    out.flush()
    total = sum(counts.values())
    progress.update(total, nbytes, final=True)
    if not args.quiet:
        skipped = " (skipped)" if args.skip_errors and counts["failed"] else ""
        err.write(
            f"{PROG}: {total:,} document{'s' if total != 1 else ''} read: {counts['ok']:,} ok, "
            f"{counts['diagnostics']:,} with diagnostics, {counts['failed']:,} failed{skipped}\n"
        )
    return 1 if counts["failed"] else 0


# --------------------------------------------------------------------------- arguments


def _size(text: str) -> int | None:
    """``--max-size``: bytes, with an optional K, M or G suffix; ``none`` lifts the limit."""
    value = text.strip().lower()
    if value in ("none", "0", "unlimited"):
        return None
    factor = 1
    if value and value[-1] in "kmg":
        factor = 1024 ** ("kmg".index(value[-1]) + 1)
        value = value[:-1]
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a size: {text!r} (e.g. 50M, 200000, none)") from None
    if number < 0:
        raise argparse.ArgumentTypeError(f"a size cannot be negative: {text!r}")
    return number * factor


def _positive(text: str) -> int:
    try:
        number = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if number < 0:
        raise argparse.ArgumentTypeError(f"must be 0 or more: {text!r}")
    return number


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``wirefmt`` command."""
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Parse news-agency article text (page dumps) into JSON.",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    p = commands.add_parser(
        "parse",
        help="parse documents and write one JSON object per document per line",
        description=(
            "Parse documents and write one JSON object per document per line (JSON Lines, "
            "UTF-8) to standard output. A plain FILE is one document; with --jsonl each line "
            "of FILE is a JSON object holding one document. FILE may be gzip-compressed "
            "(.gz). With no FILE, or with -, read standard input."
        ),
    )
    p.add_argument("files", nargs="*", metavar="FILE", help="input files (default: stdin)")
    p.add_argument("--example", action="store_true", help="parse the bundled example document")
    p.add_argument("--pretty", action="store_true", help="indent the JSON (not one per line)")
    p.add_argument("--strict", action="store_true", help="fail a document at its first problem")
    p.add_argument(
        "--max-size",
        type=_size,
        default=DEFAULT_MAX_SIZE,
        metavar="SIZE",
        help="largest document accepted, in bytes (K, M, G suffixes; 'none' for no limit; "
        "default: %(default)s)",
    )
    p.add_argument(
        "--jsonl", action="store_true", help="inputs are JSON Lines: one object per document"
    )
    p.add_argument(
        "--text-field",
        default=None,
        metavar="NAME",
        help="with --jsonl, the field that holds the document (default: text; implies --jsonl)",
    )
    p.add_argument(
        "--meta-key",
        default="meta",
        metavar="KEY",
        help="with --jsonl, the output key that carries the object's other fields "
        "(default: %(default)s)",
    )
    p.add_argument(
        "-j",
        "--jobs",
        type=_positive,
        default=1,
        metavar="N",
        help="worker processes (0: one per CPU; default: 1, in this process)",
    )
    p.add_argument(
        "--batch",
        type=_positive,
        default=DEFAULT_BATCH,
        metavar="N",
        help="documents handed to a worker at a time (default: %(default)s)",
    )
    p.add_argument(
        "--skip-errors",
        action="store_true",
        help="write nothing for a failed document (it is still counted and reported)",
    )
    p.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of stdout")
    p.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="show a progress line on stderr (default: only when stderr is a terminal)",
    )
    p.add_argument("-q", "--quiet", action="store_true", help="no messages or summary on stderr")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``wirefmt`` command with ``argv`` (default: ``sys.argv[1:]``).

    Returns:
        The exit status: 0 on success, 1 when a document or an input failed, 2 on a usage
        error (argparse's message is on stderr).
    """
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, --version, or a usage error
        return exc.code if isinstance(exc.code, int) else 2
    if args.text_field is not None:
        args.jsonl = True
    else:
        args.text_field = "text"
    if args.batch == 0:
        args.batch = 1
    if args.example and args.files:
        return _usage(parser, "--example takes no FILE")
    if args.example and args.jsonl:
        return _usage(parser, "--example reads the bundled page dump, not JSON Lines")
    err = sys.stderr
    try:
        if args.output:
            try:
                out = open(args.output, "w", encoding="utf-8", newline="\n")  # noqa: SIM115
            except OSError as exc:
                err.write(f"{PROG}: cannot write {args.output}: {_os_message(exc)}\n")
                return 1
            with out:
                return _run(args, out, err)
        return _run(args, sys.stdout, err)
    except BrokenPipeError:
        # The reader went away (``wirefmt parse … | head``): stop quietly.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
    except KeyboardInterrupt:
        err.write(f"\n{PROG}: interrupted\n")
        return 130


def _usage(parser: argparse.ArgumentParser, message: str) -> int:
    parser.print_usage(sys.stderr)
    sys.stderr.write(f"{PROG}: error: {message}\n")
    return 2
