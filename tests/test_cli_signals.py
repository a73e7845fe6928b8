"""Signals and a closed pipe, for real: a pseudo-terminal's Ctrl-C, ``kill``, ``| head``.

Each run is a real ``python -m wirefmt`` process parsing a corpus with ``-j 2``; every wait
is bounded, so that a hang fails the test instead of stopping the suite.
"""

from __future__ import annotations

import fcntl
import importlib.resources
import json
import os
import pty
import select
import signal
import subprocess
import sys
import termios
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(
    not Path("/proc/self/status").exists(), reason="POSIX signals, terminals and /proc (Linux)"
)

#: Generous bounds: the machine may be loaded. A run that ends takes well under a second.
_START_TIMEOUT = 60.0
_STOP_TIMEOUT = 10.0


def _corpus(tmp_path: Path, count: int = 20_000) -> Path:
    """A corpus of ``count`` copies of the example: some seconds of work on two workers."""
    text = (importlib.resources.files("wirefmt") / "data/example.txt").read_text("utf-8")
    path = tmp_path / "corpus.jsonl"
    line = json.dumps({"text": text}) + "\n"
    path.write_text(line * count, encoding="utf-8")
    return path


def _controlling_terminal() -> None:  # runs in the child, before exec
    os.setsid()
    fcntl.ioctl(0, termios.TIOCSCTTY, 0)


def _read_all(fd: int) -> bytes:
    data = b""
    while select.select([fd], [], [], 0.5)[0]:
        try:
            chunk = os.read(fd, 65536)
        except OSError:  # EIO: the other side is closed
            break
        if not chunk:
            break
        data += chunk
    return data


def _wait_for_output(path: Path, process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + _START_TIMEOUT
    while path.stat().st_size == 0:
        assert process.poll() is None, "the run ended before it was interrupted"
        assert time.monotonic() < deadline, "no output in time"
        time.sleep(0.02)


def _wait_for_handlers(process: subprocess.Popen[bytes]) -> None:
    """Wait until the command has installed its SIGTERM handler (it has started its run)."""
    deadline = time.monotonic() + _START_TIMEOUT
    while True:
        status = Path(f"/proc/{process.pid}/status").read_text(encoding="ascii")
        caught = int(
            next(line for line in status.splitlines() if line.startswith("SigCgt:"))[7:], 16
        )
        if caught & (1 << (signal.SIGTERM - 1)):
            time.sleep(0.2)  # and reached the read
            return
        assert process.poll() is None and time.monotonic() < deadline
        time.sleep(0.02)


def _leftover_processes(marker: str) -> list[int]:
    """Processes still running whose command line names ``marker`` (workers of the run)."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                cmdline = (entry / "cmdline").read_bytes()
            except OSError:
                continue
            if marker.encode() in cmdline:
                found.append(int(entry.name))
    return found


@pytest.mark.parametrize("how", ["ctrl-c", "sigterm"])
def test_a_signal_ends_a_parallel_run_at_once_and_quietly(tmp_path: Path, how: str) -> None:
    corpus = _corpus(tmp_path)
    output = tmp_path / "out.jsonl"
    master, slave = pty.openpty()
    try:
        with output.open("wb") as out:
            process = subprocess.Popen(
                [sys.executable, "-m", "wirefmt", "parse", "--jsonl", "-j", "2", str(corpus)],
                stdin=slave,
                stdout=out,
                stderr=slave,
                preexec_fn=_controlling_terminal,  # noqa: PLW1509 - no threads here
            )
        os.close(slave)
        try:
            _wait_for_output(output, process)
            started = time.monotonic()
            if how == "ctrl-c":
                os.write(master, b"\x03")  # the terminal sends SIGINT to the whole group
            else:
                os.kill(process.pid, signal.SIGTERM)
            status = process.wait(timeout=_STOP_TIMEOUT)
            took = time.monotonic() - started
        finally:
            if process.poll() is None:
                process.kill()
                process.wait(timeout=_STOP_TIMEOUT)
        terminal = _read_all(master).decode("utf-8", errors="replace")
    finally:
        os.close(master)
    assert status == (130 if how == "ctrl-c" else 143)
    assert took < 5, f"took {took:.1f} s to stop"
    assert "Traceback" not in terminal and "Error" not in terminal, terminal
    # One line says what was written; the progress line (a terminal) was cleared before it.
    lines = [part for part in terminal.replace("\r\n", "\n").split("\n") if part.strip()]
    last = lines[-1]
    word = "interrupted" if how == "ctrl-c" else "terminated"
    assert last.startswith(f"wirefmt: {word}: "), terminal
    assert last.endswith(" documents written"), terminal
    written = int(last.split(": ")[2].split()[0].replace(",", ""))
    # The output ends at a record boundary and holds what the line says.
    data = output.read_bytes()
    assert data.endswith(b"\n")
    records = data.decode("utf-8").splitlines()
    assert len(records) == written > 0
    assert all(json.loads(record)["title"] for record in records)
    # No worker outlives the run.
    deadline = time.monotonic() + _STOP_TIMEOUT
    while _leftover_processes(str(corpus)) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert _leftover_processes(str(corpus)) == []


def test_sigterm_with_output_file_leaves_the_old_file(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path)
    target = tmp_path / "articles.jsonl"
    target.write_text("old\n", encoding="utf-8")
    argv = ["parse", "-j", "2", "--jsonl", str(corpus), "-o", str(target)]
    process = subprocess.Popen(
        [sys.executable, "-m", "wirefmt", *argv],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + _START_TIMEOUT
        while not list(tmp_path.glob(".articles.jsonl.*.tmp")):
            assert process.poll() is None and time.monotonic() < deadline
            time.sleep(0.02)
        time.sleep(0.3)
        process.send_signal(signal.SIGTERM)
        _, err = process.communicate(timeout=_STOP_TIMEOUT)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait(timeout=_STOP_TIMEOUT)
    assert process.returncode == 143
    message = err.decode("utf-8").strip()
    assert message.startswith("wirefmt: terminated after ")
    assert message.endswith(f"{target} left as it was")
    assert target.read_text(encoding="utf-8") == "old\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["articles.jsonl", "corpus.jsonl"]


def test_a_closed_pipe_ends_the_run_quietly(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path, 2_000)
    # bash, so that PIPESTATUS gives wirefmt's own status; `head` closes the pipe early.
    script = (
        f'"{sys.executable}" -m wirefmt parse --jsonl -j 2 "{corpus}" | head -n 2 >/dev/null;'
        ' echo "status ${PIPESTATUS[0]}"'
    )
    done = subprocess.run(
        ["bash", "-c", script], capture_output=True, timeout=_START_TIMEOUT, check=False
    )
    assert done.stdout.decode().split() == ["status", "141"]  # 128 + SIGPIPE, as `yes | head`
    assert done.stderr == b""


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_ctrl_c_while_waiting_for_the_terminal(jobs: str) -> None:
    """Reading standard input from a terminal (nothing typed yet): Ctrl-C ends the run.

    With ``-j 2`` the reading thread is blocked in the read: the process must still end
    quietly, not wait for it nor abort at shutdown over standard input's lock.
    """
    master, slave = pty.openpty()
    try:
        process = subprocess.Popen(
            [sys.executable, "-m", "wirefmt", "parse", "-j", jobs],
            stdin=slave,
            stdout=slave,
            stderr=slave,
            preexec_fn=_controlling_terminal,  # noqa: PLW1509 - no threads here
        )
        os.close(slave)
        try:
            _wait_for_handlers(process)
            os.write(master, b"\x03")
            status = process.wait(timeout=_STOP_TIMEOUT)
        finally:
            if process.poll() is None:
                process.kill()
                process.wait(timeout=_STOP_TIMEOUT)
        terminal = _read_all(master).decode("utf-8", errors="replace")
    finally:
        os.close(master)
    assert status == 130, terminal
    assert terminal.strip().endswith("wirefmt: interrupted: 0 documents written"), terminal
    assert "Fatal" not in terminal and "Traceback" not in terminal
