"""``main()``: arguments in, exit status out; signals, output errors and the summary."""

from __future__ import annotations

import argparse
import contextlib
import errno
import os
import signal
import sys
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from types import FrameType
from typing import Final, TextIO

from .._langid import available as langid_available
from . import _parquet
from ._args import PROG, build_parser
from ._inputs import batches, jobs
from ._output import Output, OutputError, Progress
from ._parquet import ParquetOutput
from ._pool import WorkerDied, Workers, results_here
from ._work import Job, Options

__all__ = ["main"]

#: At most this many failure messages are written to stderr; the summary counts them all.
MAX_MESSAGES: Final = 20
#: The exit status of a run whose reader went away (a broken pipe): 128 + SIGPIPE, what a
#: shell reports for a tool that SIGPIPE ended (``yes | head``).
EXIT_BROKEN_PIPE: Final = 128 + 13  # SIGPIPE is 13 on every POSIX system
_HANDLED: Final = (signal.SIGINT, signal.SIGTERM)


class Interrupted(BaseException):
    """SIGINT or SIGTERM arrived: the run ends between two records.

    A BaseException, so that no ``except Exception`` on the way (the per-document guard
    against bugs) mistakes it for a failure of one document.
    """

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


class _Signals:
    """SIGINT and SIGTERM raise :class:`Interrupted`, but never in the middle of a write.

    Inside :meth:`deferred` a signal is only noted, and raised when the block ends, so that
    the output always ends at a record boundary. Only the first signal counts: a second
    Ctrl-C while the run is ending does not interrupt the ending.
    """

    def __init__(self) -> None:
        self.received: int | None = None
        self._defer = 0
        self._previous: dict[int, object] = {}

    def __enter__(self) -> _Signals:
        if threading.current_thread() is threading.main_thread():
            for signum in _HANDLED:
                self._previous[signum] = signal.signal(signum, self._handle)
        return self

    def __exit__(self, *exc_info: object) -> None:
        for signum, handler in self._previous.items():
            signal.signal(signum, handler)  # type: ignore[arg-type]

    def _handle(self, signum: int, frame: FrameType | None) -> None:
        if self.received is not None:
            return
        self.received = signum
        if not self._defer:
            raise Interrupted(signum)

    @contextlib.contextmanager
    def deferred(self, *, check: bool = True) -> Iterator[None]:
        """Hold signals back during the block; raise a noted one after it, if ``check``."""
        self._defer += 1
        try:
            yield
        finally:
            self._defer -= 1
        if check and not self._defer and self.received is not None:
            raise Interrupted(self.received)


def _start_workers(
    work: Iterable[list[Job]], options: Options, count: int, signals: _Signals
) -> Workers:
    """Start the workers with SIGINT and SIGTERM blocked, so that none starts mid-signal."""
    with signals.deferred(check=False):
        if not hasattr(signal, "pthread_sigmask"):  # not POSIX
            return Workers(work, options, count)
        blocked = signal.pthread_sigmask(signal.SIG_BLOCK, _HANDLED)
        try:
            return Workers(work, options, count)
        finally:
            signal.pthread_sigmask(signal.SIG_SETMASK, blocked)


class _Tally:
    """What the run did so far: counts by status, records written, bytes read, messages."""

    def __init__(self) -> None:
        self.counts = {"ok": 0, "diagnostics": 0, "failed": 0}
        self.written = 0
        self.nbytes = 0
        self.messages = 0

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def _options(args: argparse.Namespace) -> Options:
    return Options(
        strict=args.strict,
        max_size=args.max_size,
        text_field=args.text_field,
        meta_key=args.meta_key,
        indent=2 if args.pretty else None,
        fields=args.fields,
        identify_language=args.identify_language,
        format=args.format,
        to=args.to,
    )


def _parse_all(
    args: argparse.Namespace,
    out: Output | ParquetOutput,
    *,
    progress: Progress,
    signals: _Signals,
    tally: _Tally,
    notice: Callable[[str], None],
) -> None:
    """Read, parse and write every document; each record is written whole."""
    options = _options(args)
    count = args.jobs if args.jobs > 0 else (os.cpu_count() or 1)
    paths = None if args.example else (args.files or ["-"])
    work = batches(
        jobs(
            paths,
            jsonl=args.jsonl,
            max_size=args.max_size,
            text_field=args.text_field,
            notice=notice,
            parquet=args.text_column is not None,
        ),
        args.batch,
    )
    pool = _start_workers(work, options, count, signals) if count > 1 else None
    with pool if pool is not None else contextlib.nullcontext():
        if signals.received is not None:  # one came while the workers started
            raise Interrupted(signals.received)
        for results in pool if pool is not None else results_here(work, options):
            for result in results:
                tally.counts[result.status] += 1
                tally.nbytes += result.size
                if result.status == "failed":
                    if result.message is not None and not args.quiet:
                        tally.messages += 1
                        if tally.messages <= MAX_MESSAGES:
                            notice(result.message)
                        elif tally.messages == MAX_MESSAGES + 1:
                            notice("further failures are counted, not shown")
                    if args.skip_errors:
                        continue
                with signals.deferred():
                    out.record(result)
                    tally.written += 1
            progress.update(tally.total, tally.nbytes)
    with signals.deferred(check=False):  # once the output is complete, it is kept
        out.commit()


def _run(
    args: argparse.Namespace, out: Output | ParquetOutput, err: TextIO, signals: _Signals
) -> int:
    progress = Progress(err, args.progress if args.progress is not None else err.isatty())
    tally = _Tally()

    def notice(message: str) -> None:
        if not args.quiet:
            progress.clear()
            err.write(f"{PROG}: {message}\n")

    try:
        _parse_all(args, out, progress=progress, signals=signals, tally=tally, notice=notice)
    except Interrupted as stop:
        progress.clear()
        out.flush_quietly()
        out.discard()
        if not args.quiet:
            what = "interrupted" if stop.signum == signal.SIGINT else "terminated"
            if out.path is None:
                err.write(f"\n{PROG}: {what}: {tally.written:,} documents written\n")
            else:
                err.write(
                    f"\n{PROG}: {what} after {tally.written:,} documents: "
                    f"{out.path} left as it was\n"
                )
        return 128 + stop.signum
    except OutputError as exc:
        out.discard()
        out.silence()
        if exc.error.errno == errno.EPIPE and out.path is None:
            return EXIT_BROKEN_PIPE  # the reader went away (``| head``): not an error to show
        progress.clear()
        err.write(f"{PROG}: {exc}\n")
        return 1
    except WorkerDied as exc:
        out.discard()
        progress.clear()
        err.write(f"{PROG}: {exc}; {tally.written:,} documents written\n")
        return 1
    except BaseException:
        out.discard()
        raise
    counts, total = tally.counts, tally.total
    progress.update(total, tally.nbytes, final=True)
    if not args.quiet:
        skipped = " (skipped)" if args.skip_errors and counts["failed"] else ""
        err.write(
            f"{PROG}: {total:,} document{'s' if total != 1 else ''} read: {counts['ok']:,} ok, "
            f"{counts['diagnostics']:,} with diagnostics, {counts['failed']:,} failed{skipped}\n"
        )
    return 1 if counts["failed"] else 0


def _same_file(a: str, b: str) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return os.path.abspath(a) == os.path.abspath(b)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``wirefmt`` command with ``argv`` (default: ``sys.argv[1:]``).

    Returns:
        The exit status: 0 on success, 1 when a document, an input or the output failed,
        2 on a usage error (argparse's message is on stderr), 130 or 143 when SIGINT or
        SIGTERM ended the run, 141 when the reader of standard output went away.
    """
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, --version, or a usage error
        return exc.code if isinstance(exc.code, int) else 2
    problem = _check_parquet(args)
    if problem is not None:
        return _usage(parser, problem)
    if args.text_column is not None:
        args.text_field = args.text_column
    elif args.text_field is not None:
        if args.jsonl is False:
            return _usage(parser, "--text-field reads JSON Lines: it cannot go with --no-jsonl")
        args.jsonl = True
    else:
        args.text_field = "text"
    if args.identify_language is None:
        args.identify_language = langid_available()
    elif args.identify_language and not langid_available():
        return _usage(parser, "--identify-language needs py3langid: pip install 'wirefmt[langid]'")
    if args.batch == 0:
        args.batch = 1
    if args.fields is not None and args.to not in ("json", "parquet"):
        return _usage(parser, f"--fields picks keys of the json record, not of --to {args.to}")
    if args.example and args.files:
        return _usage(parser, "--example takes no FILE")
    if args.example and args.jsonl:
        return _usage(parser, "--example reads the bundled page dump, not JSON Lines")
    if args.output:
        for path in args.files if not args.example else ():
            if path != "-" and _same_file(path, args.output):
                return _usage(parser, f"-o {args.output} names an input: it would be overwritten")
    err = sys.stderr
    with _Signals() as signals:
        try:
            with signals.deferred(check=False):
                out: Output | ParquetOutput = (
                    ParquetOutput(args.output, args.meta_key, args.fields)
                    if args.to == "parquet"
                    else Output(args.output)
                )
        except OutputError as exc:
            err.write(f"{PROG}: {exc}\n")
            return 1
        return _run(args, out, err, signals)


def _check_parquet(args: argparse.Namespace) -> str | None:
    """What is wrong with the Parquet options (``--to parquet``, ``--text-column``), if anything."""
    if args.to != "parquet" and args.text_column is None:
        return None
    if not _parquet.available():
        what = "--to parquet" if args.to == "parquet" else "--text-column"
        return f"{what} needs pyarrow: {_parquet.INSTALL}"
    if args.text_column is not None:
        if args.text_field is not None:
            return "--text-column names the text of Parquet inputs: it cannot go with --text-field"
        if args.jsonl is not None:
            return "--text-column reads Parquet: it cannot go with --jsonl or --no-jsonl"
        if args.example:
            return "--example reads the bundled page dump, not Parquet"
    if args.to == "parquet":
        if args.output is None or args.output == "-":
            return "--to parquet writes a file: name it with -o FILE"
        if args.pretty:
            return "--pretty indents JSON: it cannot go with --to parquet"
        try:
            _parquet.record_schema(args.meta_key)
        except ValueError as exc:
            return str(exc)
    return None


def _usage(parser: argparse.ArgumentParser, message: str) -> int:
    parser.print_usage(sys.stderr)
    sys.stderr.write(f"{PROG}: error: {message}\n")
    return 2
