"""The output: standard output, or ``-o FILE`` written beside the target and renamed at the end.

A run that fails (a write error, an interruption) never leaves a half-written or empty file in
place of an old one: the records go to a temporary file in the target's directory, which
replaces the target only when the run is done. A target that is not a regular file (a
device such as ``/dev/null``, a named pipe) is written directly.

Every write error becomes :class:`OutputError`, which names the file and the cause.
"""

from __future__ import annotations

import contextlib
import os
import stat
import sys
import tempfile
import time
from typing import IO, Final, TextIO

from ._inputs import os_message
from ._work import Result

__all__ = ["STDOUT_NAME", "Output", "OutputError", "Progress"]

PROG: Final = "wirefmt"
STDOUT_NAME: Final = "<stdout>"
_PROGRESS_EVERY: Final = 0.25  # seconds between two progress updates


class OutputError(Exception):
    """Writing the output failed: ``name`` could not be written because of ``cause``."""

    def __init__(self, name: str, error: OSError) -> None:
        self.name = name
        self.error = error
        super().__init__(f"cannot write {name}: {os_message(error)}")


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def temp_beside(path: str, info: os.stat_result | None) -> tuple[int, str]:
    """Open a temporary file beside ``path`` (same folder, named after it) with the mode the
    target has, or that a new file would get (``info``: the target's stat, None when it does
    not exist): a run writes there and renames it over the target when it is done, so that a
    failed run leaves the target as it was. Returns the descriptor and the file's path."""
    folder, base = os.path.split(os.path.abspath(path))
    fd, temp = tempfile.mkstemp(prefix=f".{base}.", suffix=".tmp", dir=folder)
    try:
        os.fchmod(fd, stat.S_IMODE(info.st_mode) if info is not None else 0o666 & ~_umask())
    except OSError:
        os.close(fd)
        remove_quietly(temp)
        raise
    return fd, temp


def remove_quietly(temp: str | None) -> None:
    """Remove a temporary output file, if there is one, ignoring errors: the run is failing."""
    if temp is not None:
        with contextlib.suppress(OSError):
            os.unlink(temp)


class Output:
    """Where the records go; :meth:`write` one record, then :meth:`commit` or :meth:`discard`."""

    def __init__(self, path: str | None, stdout: TextIO | None = None) -> None:
        self.path = path
        self.name = STDOUT_NAME if path is None else path
        self._temp: str | None = None
        self._own: IO[str] | None = None
        if path is None:
            self._stream: TextIO | IO[str] = stdout if stdout is not None else sys.stdout
        else:
            self._stream = self._open(path)
            self._own = self._stream
        self._writer = _utf8_writer(self._stream)

    def _open(self, path: str) -> IO[str]:
        try:
            info: os.stat_result | None = os.stat(path)
        except FileNotFoundError:
            info = None
        except OSError as exc:
            raise OutputError(path, exc) from None
        try:
            if info is not None and not stat.S_ISREG(info.st_mode):
                return open(path, "w", encoding="utf-8", newline="\n")
            fd, self._temp = temp_beside(path, info)
            return open(fd, "w", encoding="utf-8", newline="\n")
        except OSError as exc:
            self.discard()
            raise OutputError(path, exc) from None

    def write(self, line: str) -> None:
        """Write one record (a line); a failure is :class:`OutputError`."""
        try:
            self._writer.write(line)
        except OSError as exc:
            raise OutputError(self.name, exc) from None

    def record(self, result: Result) -> None:
        """Write one result's record (its JSON line); a failure is :class:`OutputError`."""
        self.write(result.line + "\n")

    def commit(self) -> None:
        """The run is done: flush, and put the file in place of the target."""
        try:
            self._stream.flush()
            if self._own is not None:
                if self._temp is not None:
                    os.fsync(self._own.fileno())
                self._own.close()
                self._own = None
            if self._temp is not None:
                assert self.path is not None
                os.replace(self._temp, self.path)
                self._temp = None
        except OSError as exc:
            self.discard()
            raise OutputError(self.name, exc) from None

    def flush_quietly(self) -> None:
        """Write out what is buffered (whole records), ignoring errors: the run is ending."""
        with contextlib.suppress(OSError, ValueError):
            self._stream.flush()

    def discard(self) -> None:
        """The run failed: remove the temporary file; the target stays as it was."""
        if self._own is not None:
            with contextlib.suppress(OSError):
                self._own.close()
            self._own = None
        remove_quietly(self._temp)
        self._temp = None

    def silence(self) -> None:
        """Standard output broke (a closed pipe, a full disk): point it at /dev/null.

        Otherwise Python's own flush at exit fails again and prints a traceback.
        """
        if self.path is not None:
            return
        with contextlib.suppress(OSError, ValueError, AttributeError):
            fd = self._stream.fileno()
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, fd)
            os.close(devnull)


def _utf8_writer(stream: TextIO | IO[str]) -> IO[str] | _BufferWriter:
    """Write UTF-8 whatever the locale: through the byte buffer if the text layer is not."""
    encoding = (getattr(stream, "encoding", None) or "utf-8").lower().replace("-", "")
    buffer = getattr(stream, "buffer", None)
    if encoding == "utf8" or buffer is None:
        return stream
    stream.flush()
    return _BufferWriter(buffer)


class _BufferWriter:
    def __init__(self, buffer: IO[bytes]) -> None:
        self._buffer = buffer

    def write(self, text: str) -> int:
        return self._buffer.write(text.encode("utf-8"))


class Progress:
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
