"""Worker processes for ``-j N``: results in input order, bounded memory, a clean stop.

Not ``multiprocessing.Pool``: its shutdown can hang when a worker dies holding a queue's lock
(Ctrl-C reaches the whole process group), and its workers print tracebacks when interrupted
or when the main process goes away. Here each worker has a pipe in and a pipe out; batch
``i`` goes to worker ``i % N``, so results come back in order by reading the workers in turn.
A feeder thread reads the inputs and sends batches while the main thread writes results;
a semaphore keeps only a few batches in flight. Workers ignore SIGINT and die silently on
SIGTERM; the main process decides when the run ends, and :meth:`Workers.stop` ends them at
once (SIGKILL: they hold nothing that outlives them).
"""

from __future__ import annotations

import multiprocessing
import queue
import signal
import threading
from collections.abc import Iterable, Iterator
from multiprocessing.connection import Connection
from typing import Final

from ._work import Job, Options, Result, run_batch

__all__ = ["Workers", "results_here"]

_JOIN_TIMEOUT: Final = 2.0  # seconds to wait for a worker that was told to end


class WorkerDied(RuntimeError):
    """A worker process ended without answering (killed from outside, out of memory)."""


def _work(inbox: Connection, outbox: Connection, options: Options) -> None:
    """A worker's life: parse each batch received until told to stop or orphaned."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the main process handles Ctrl-C
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # not the main process's handler
    if hasattr(signal, "pthread_sigmask"):  # started with both blocked (see _main)
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT, signal.SIGTERM})
    try:
        while (batch := inbox.recv()) is not None:
            outbox.send(run_batch(options, batch))
    except (EOFError, OSError):
        pass  # the main process is gone: nothing to say, nobody to say it to


def results_here(batches: Iterable[list[Job]], options: Options) -> Iterator[list[Result]]:
    """The results of each batch, parsed in this process."""
    for batch in batches:
        yield run_batch(options, batch)


class Workers:
    """``count`` worker processes parsing ``batches`` in order; use as a context manager."""

    def __init__(self, batches: Iterable[list[Job]], options: Options, count: int) -> None:
        context = multiprocessing.get_context()
        self._batches = batches
        self._inboxes: list[Connection] = []
        self._outboxes: list[Connection] = []
        self._processes: list[multiprocessing.process.BaseProcess] = []
        for _ in range(count):
            in_reader, in_writer = context.Pipe(duplex=False)
            out_reader, out_writer = context.Pipe(duplex=False)
            process = context.Process(
                target=_work, args=(in_reader, out_writer, options), daemon=True
            )
            process.start()
            in_reader.close()
            out_writer.close()
            self._inboxes.append(in_writer)
            self._outboxes.append(out_reader)
            self._processes.append(process)
        self._slots = threading.Semaphore(2 * count + 2)
        self._stopping = threading.Event()
        # Batch numbers as they are sent; None at the end; an exception if reading failed.
        self._sent: queue.Queue[int | BaseException | None] = queue.Queue()
        self._feeder = threading.Thread(target=self._feed, name="wirefmt-feeder", daemon=True)
        self._feeder.start()

    def _feed(self) -> None:
        count = len(self._inboxes)
        try:
            for number, batch in enumerate(self._batches):
                while not self._slots.acquire(timeout=0.1):
                    if self._stopping.is_set():
                        return
                if self._stopping.is_set():
                    return
                self._inboxes[number % count].send(batch)
                self._sent.put(number)
            for inbox in self._inboxes:
                inbox.send(None)
            self._sent.put(None)
        except (OSError, ValueError):  # a worker was stopped under us: the run is ending
            self._sent.put(None)
        except BaseException as exc:  # a bug while reading: the main thread re-raises it
            self._sent.put(exc)

    def __iter__(self) -> Iterator[list[Result]]:
        count = len(self._outboxes)
        while (number := self._sent.get()) is not None:
            if isinstance(number, BaseException):
                raise number
            outbox = self._outboxes[number % count]
            try:
                results: list[Result] = outbox.recv()
            except EOFError:
                process = self._processes[number % count]
                process.join(_JOIN_TIMEOUT)
                raise WorkerDied(
                    f"a worker process ended unexpectedly (exit code {process.exitcode})"
                ) from None
            yield results
            self._slots.release()

    def __enter__(self) -> Workers:
        return self

    def __exit__(self, *exc_info: object) -> None:
        if exc_info[0] is None:
            self.close()
        else:
            self.stop()

    def close(self) -> None:
        """Every batch was read: wait (briefly) for the workers to end on their own."""
        for process in self._processes:
            process.join(_JOIN_TIMEOUT)
        self.stop()

    def stop(self) -> None:
        """End the run at once: the feeder stops sending, the workers are killed."""
        self._stopping.set()
        for process in self._processes:
            if process.exitcode is None:
                process.kill()
        for process in self._processes:
            process.join(_JOIN_TIMEOUT)
        for box in self._outboxes:
            box.close()
        # The feeder may be blocked reading an input (a terminal, a pipe): it is a daemon
        # thread and is left to end with the process. Its pipes are closed only once it is
        # done with them.
        self._feeder.join(0.1)
        if not self._feeder.is_alive():
            for box in self._inboxes:
                box.close()
