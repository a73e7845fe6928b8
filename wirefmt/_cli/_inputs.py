"""The inputs: files, standard input, ``.gz``, JSON Lines corpora, the bundled example.

A plain input is one document, read up to the size limit and no further (its real size is
still measured, without keeping it, for the message). A JSON Lines input is read one line at
a time. An input that is JSON Lines although ``--jsonl`` was not given (by its name, or by a
first line that is a JSON object holding the text field) is read as JSON Lines, and a notice
says so.
"""

from __future__ import annotations

import gzip
import importlib.resources
import io
import json
import os
import stat
import sys
import zlib
from collections.abc import Callable, Iterable, Iterator
from typing import IO, Final, Protocol

from .._parse import detect
from .._text import describe_size
from ._work import Job, too_large_message

__all__ = ["EXAMPLE_SOURCE", "STDIN_SOURCE", "batches", "jobs", "jsonl_by_name"]

#: Source name of the bundled example and of standard input in output and messages.
EXAMPLE_SOURCE: Final = "<example>"
STDIN_SOURCE: Final = "<stdin>"
#: A batch handed to a worker closes at this many bytes (see ``--batch`` for the count).
BATCH_BYTES: Final = 1024 * 1024
#: A JSON string can spell one character in up to 12 bytes (``\\ud83d\\ude00``): a JSON line
#: longer than this many times the size limit (plus room for other fields) is over it.
_JSON_EXPANSION: Final = 12
_JSON_SLACK: Final = 1024 * 1024
#: A plain input's first line is looked at (to tell a JSON Lines corpus) up to this length.
_SNIFF: Final = 4 * 1024 * 1024
#: File names that are JSON Lines whatever the flags say (``.gz`` or not).
_JSONL_SUFFIXES: Final = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")
_CHUNK: Final = 1024 * 1024

#: What reading an input can raise: I/O errors, and a truncated or corrupt gzip stream.
_READ_ERRORS: Final = (OSError, EOFError, zlib.error)

Notice = Callable[[str], None]


def _unreadable(source: str, exc: OSError | EOFError | zlib.error) -> Job:
    """The error record of an input that could not be opened or read to its end."""
    return Job(source, "error", f"cannot read the input: {os_message(exc)}", 0)


class _Lines(Protocol):
    def readline(self, size: int = -1, /) -> bytes: ...


def jsonl_by_name(path: str) -> bool:
    """Whether the file's name says JSON Lines (``.jsonl``, ``.ndjson``, with ``.gz`` or not)."""
    return path.lower().endswith(_JSONL_SUFFIXES)


def os_message(exc: BaseException) -> str:
    """The cause of an I/O error in words (``No space left on device``)."""
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return str(exc) or type(exc).__name__


def _open_binary(path: str) -> IO[bytes] | gzip.GzipFile:
    """Open an input for reading bytes; the caller closes it (standard input too)."""
    if path == "-":
        stdin = sys.stdin
        try:
            fd = stdin.fileno()
        except (AttributeError, OSError, ValueError):
            fd = None
        if fd is not None:
            # A file object of our own over a copy of the descriptor, not sys.stdin.buffer:
            # with -j N the reading thread may be blocked in it when a signal ends the run,
            # and Python's shutdown must not wait for (or abort on) sys.stdin's lock.
            return open(os.dup(fd), "rb")
        buffer = getattr(stdin, "buffer", None)
        if buffer is None:  # a text stream with no bytes underneath (tests, embedding)
            return io.BytesIO(stdin.read().encode("utf-8"))
        return io.BytesIO(buffer.read())
    if path.endswith(".gz"):
        return gzip.open(path, "rb")
    return open(path, "rb")


def _source(path: str) -> str:
    return STDIN_SOURCE if path == "-" else path


class _Prefixed:
    """A line reader that gives ``head`` first, then the rest of ``stream``."""

    def __init__(self, head: bytes, stream: IO[bytes] | gzip.GzipFile) -> None:
        self._head: bytes | None = head
        self._stream = stream

    def readline(self, size: int = -1, /) -> bytes:
        head, self._head = self._head, None
        if head is None:
            return self._stream.readline(size)
        if head.endswith(b"\n") or (size > 0 and len(head) >= size):
            return head
        more = size - len(head) if size > 0 else -1
        return head + self._stream.readline(more)


def _holds_text(line: bytes, text_field: str) -> bool:
    """Whether ``line`` is a JSON object holding a string under ``text_field``."""
    if not line.lstrip(b"\xef\xbb\xbf \t").startswith(b"{"):
        return False
    try:
        obj = json.loads(line)
    except ValueError:
        return False
    return isinstance(obj, dict) and isinstance(obj.get(text_field), str)


def _ninjs_lines(path: str, text_field: str) -> bool:
    """Whether a file named as JSON Lines is a ninjs feed of an item a line: its first line is
    a ninjs item and holds no text field. Such a file is one document of the ninjs format
    (which reads an item a line), not a corpus of documents."""
    try:
        with _open_binary(path) as stream:
            head = stream.readline(_SNIFF)
    except _READ_ERRORS:
        return False  # read again, and reported, as JSON Lines
    return not _holds_text(head, text_field) and detect(head) == "ninjs"


def _real_size(stream: IO[bytes] | gzip.GzipFile, read: int) -> int:
    """The whole input's size: its file size, or what is left read through and counted."""
    try:
        if not isinstance(stream, gzip.GzipFile):
            info = os.fstat(stream.fileno())
            if stat.S_ISREG(info.st_mode) and info.st_size >= read:
                return info.st_size
    except (OSError, ValueError, io.UnsupportedOperation):
        pass
    while chunk := stream.read(_CHUNK):
        read += len(chunk)
    return read


def _read_plain(
    path: str, max_size: int | None, text_field: str, notice: Notice | None
) -> Iterator[Job]:
    """A plain input is one document, unless its first line shows a JSON Lines corpus."""
    source = _source(path)
    try:
        stream = _open_binary(path)
    except _READ_ERRORS as exc:
        yield _unreadable(source, exc)
        return
    try:
        try:
            limit = None if max_size is None else max_size + 1
            head = stream.readline(_SNIFF if limit is None else min(_SNIFF, limit))
            if notice is not None and _holds_text(head, text_field):
                notice(
                    f"{source}: read as JSON Lines: its first line is a JSON object with a "
                    f"{text_field!r} field (--no-jsonl reads it as one document)"
                )
                yield from _jsonl_lines(_Prefixed(head, stream), source, max_size)
                return
            rest = stream.read() if limit is None else stream.read(limit - len(head))
            data = head + rest
            if max_size is not None and len(data) > max_size:
                size = _real_size(stream, len(data))
                message = too_large_message(size, max_size)
                yield Job(source, "error", message, len(data), "too-large")
                return
        except _READ_ERRORS as exc:
            yield _unreadable(source, exc)
            return
    finally:
        stream.close()
    yield Job(source, "document", data, len(data))


def _read_jsonl(path: str, max_size: int | None) -> Iterator[Job]:
    """A JSON Lines input: one job per non-blank line, read one line at a time."""
    source = _source(path)
    try:
        stream = _open_binary(path)
    except _READ_ERRORS as exc:
        yield _unreadable(source, exc)
        return
    try:
        yield from _jsonl_lines(stream, source, max_size)
    finally:
        stream.close()


def _jsonl_lines(stream: _Lines, source: str, max_size: int | None) -> Iterator[Job]:
    limit = -1 if max_size is None else max_size * _JSON_EXPANSION + _JSON_SLACK
    number = 0
    try:
        while True:
            line = stream.readline(limit)
            if not line:
                break
            number += 1
            if limit > 0 and len(line) >= limit and not line.endswith(b"\n"):
                # Over the limit: skip the rest of the line without keeping it.
                while (rest := stream.readline(_CHUNK)) and not rest.endswith(b"\n"):
                    pass
                message = (
                    f"the JSON line is longer than {describe_size(limit)}, 12 times the size "
                    "limit plus 1 MiB: skipped unread; raise the limit with --max-size"
                )
                yield Job(f"{source}:{number}", "error", message, len(line), "too-large")
                continue
            if line.strip():
                yield Job(f"{source}:{number}", "jsonl", line, len(line))
    except _READ_ERRORS as exc:  # a truncated or corrupt .gz file
        yield Job(f"{source}:{number + 1}", "error", f"cannot read on: {os_message(exc)}", 0)


def _read_parquet(path: str, text_column: str) -> Iterator[Job]:
    from . import _parquet  # noqa: PLC0415 - pyarrow only for Parquet inputs

    if not _parquet.available():
        message = f"reading Parquet needs pyarrow: {_parquet.INSTALL}"
        yield Job(_source(path), "error", message, 0)
        return
    yield from _parquet.read_parquet(path, text_column)


def _example() -> Job:
    resource = importlib.resources.files("wirefmt") / "data/example.txt"
    data = resource.read_bytes()
    return Job(EXAMPLE_SOURCE, "document", data, len(data))


def jobs(
    paths: Iterable[str] | None,
    *,
    jsonl: bool | None,
    max_size: int | None,
    text_field: str,
    notice: Notice,
    parquet: bool = False,
) -> Iterator[Job]:
    """The jobs of every input in order; ``paths`` None means the bundled example.

    ``jsonl`` True reads every input as JSON Lines, False each as one document, None (the
    default) tells by the file's name or its first line, with a ``notice``. ``parquet``
    (``--text-column``) reads every input as Parquet, as a ``.parquet`` name does unless
    ``jsonl`` is given.
    """
    if paths is None:
        yield _example()
        return
    for path in paths:
        if parquet or (jsonl is None and path.lower().endswith((".parquet", ".parq"))):
            yield from _read_parquet(path, text_field)
        elif jsonl is None and jsonl_by_name(path) and _ninjs_lines(path, text_field):
            notice(
                f"{path}: read as one ninjs feed of an item a line: its first line is a ninjs "
                f"item with no {text_field!r} field (--jsonl: as JSON Lines of documents)"
            )
            yield from _read_plain(path, max_size, text_field, None)
        elif jsonl is None and jsonl_by_name(path):
            notice(f"{path}: read as JSON Lines, as its name says (--no-jsonl: as one document)")
            yield from _read_jsonl(path, max_size)
        elif jsonl:
            yield from _read_jsonl(path, max_size)
        else:
            sniff = notice if jsonl is None else None
            yield from _read_plain(path, max_size, text_field, sniff)


def batches(jobs: Iterable[Job], size: int) -> Iterator[list[Job]]:
    """Group jobs into batches of ``size`` documents or :data:`BATCH_BYTES` bytes."""
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
