"""The CLI's output under user mistakes and full disks; its inputs when --jsonl is forgotten."""

from __future__ import annotations

import errno
import gzip
import io
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from test_cli import BAD, DOC

from wirefmt import Article
from wirefmt._cli import _output, main


def _records(text: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def _corpus(tmp_path: Path, count: int, name: str = "corpus.jsonl") -> Path:
    path = tmp_path / name
    path.write_text((json.dumps({"n": 0, "text": DOC}) + "\n") * count, encoding="utf-8")
    return path


# --- -o naming an input ------------------------------------------------------------------


@pytest.mark.parametrize("spelling", ["same", "relative", "hard link"])
def test_output_naming_an_input_is_refused_before_anything_is_opened(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    spelling: str,
) -> None:
    corpus = _corpus(tmp_path, 3)
    before = corpus.read_bytes()
    target = str(corpus)
    if spelling == "relative":
        monkeypatch.chdir(tmp_path)
        target = "./corpus.jsonl"
    elif spelling == "hard link":
        os.link(corpus, tmp_path / "link.jsonl")
        target = str(tmp_path / "link.jsonl")
    opened: list[str] = []
    monkeypatch.setattr(_output.Output, "_open", lambda self, path: opened.append(path))
    assert main(["parse", "--jsonl", str(corpus), "-o", target]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert f"-o {target} names an input" in err
    assert opened == []
    assert corpus.read_bytes() == before


def test_output_goes_through_a_temporary_file_beside_the_target(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path, 3)
    target = tmp_path / "articles.jsonl"
    target.write_text("old\n", encoding="utf-8")
    target.chmod(0o640)
    seen: list[list[str]] = []
    real_replace = os.replace

    def replace(src: str, dst: str) -> None:
        seen.append(sorted(p.name for p in tmp_path.iterdir()))
        assert Path(src).parent == tmp_path  # beside the target: a rename, not a copy
        assert target.read_text(encoding="utf-8") == "old\n"  # untouched until the end
        real_replace(src, dst)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(os, "replace", replace)
        assert main(["parse", "-q", "--jsonl", str(corpus), "-o", str(target)]) == 0
    (names,) = seen
    assert [n for n in names if n.startswith(".articles.jsonl.") and n.endswith(".tmp")]
    assert len(_records(target.read_text(encoding="utf-8"))) == 3
    assert target.stat().st_mode & 0o777 == 0o640  # the old file's permissions are kept
    assert sorted(p.name for p in tmp_path.iterdir()) == ["articles.jsonl", "corpus.jsonl"]


# --- a full disk ---------------------------------------------------------------------------


class _FullDisk:
    """A stand-in file that takes ``room`` characters, then fails as a full disk does."""

    def __init__(self, real: Any, room: int) -> None:
        self._real = real
        self._room = room

    def write(self, text: str) -> int:
        if len(text) > self._room:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        self._room -= len(text)
        return int(self._real.write(text))

    def __getattr__(self, name: str) -> Any:
        return getattr(self._real, name)


def test_a_full_disk_is_one_line_and_the_old_output_stays(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    corpus = _corpus(tmp_path, 20)
    target = tmp_path / "articles.jsonl"
    target.write_text("old\n", encoding="utf-8")
    real_open = open

    def small_disk(file: Any, *args: Any, **kwargs: Any) -> Any:
        return _FullDisk(real_open(file, *args, **kwargs), room=10_000)

    monkeypatch.setattr(_output, "open", small_disk, raising=False)
    assert main(["parse", "-q", "--jsonl", str(corpus), "-o", str(target)]) == 1
    err = capsys.readouterr().err
    assert err == f"wirefmt: cannot write {target}: No space left on device\n"
    assert target.read_text(encoding="utf-8") == "old\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["articles.jsonl", "corpus.jsonl"]


def _wirefmt(*argv: str, stdout: Any = subprocess.PIPE) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "wirefmt", *argv],
        stdout=stdout,
        stderr=subprocess.PIPE,
        timeout=120,
        check=False,
    )


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
@pytest.mark.parametrize("where", ["stdout", "-o"])
def test_dev_full(tmp_path: Path, where: str) -> None:
    corpus = _corpus(tmp_path, 50)
    with open("/dev/full", "wb") as full:
        if where == "stdout":
            done = _wirefmt("parse", "-j", "2", "--jsonl", str(corpus), stdout=full)
            name = "<stdout>"
        else:
            done = _wirefmt("parse", "--jsonl", str(corpus), "-o", "/dev/full", "-q")
            name = "/dev/full"
    assert done.returncode == 1
    assert done.stderr.decode() == f"wirefmt: cannot write {name}: No space left on device\n"


@pytest.fixture
def small_tmpfs(tmp_path: Path) -> Any:
    """A real file system of 64 KiB (needs root and mount; skipped elsewhere)."""
    disk = tmp_path / "disk"
    disk.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(disk)],
        capture_output=True,
        check=False,
    )
    if mounted.returncode != 0:
        pytest.skip("cannot mount a tmpfs here")
    try:
        yield disk
    finally:
        subprocess.run(["umount", str(disk)], check=False, timeout=30)


def test_a_real_full_disk(tmp_path: Path, small_tmpfs: Path) -> None:
    corpus = _corpus(tmp_path, 200)  # about 400 KB of output: more than the disk holds
    target = small_tmpfs / "articles.jsonl"
    target.write_text("old\n", encoding="utf-8")
    done = _wirefmt("parse", "--jsonl", "-j", "2", str(corpus), "-o", str(target))
    assert done.returncode == 1
    assert done.stderr.decode() == f"wirefmt: cannot write {target}: No space left on device\n"
    assert target.read_text(encoding="utf-8") == "old\n"
    assert [p.name for p in small_tmpfs.iterdir()] == ["articles.jsonl"]


# --- a forgotten --jsonl -------------------------------------------------------------------


@pytest.mark.parametrize("name", ["crawl.jsonl", "crawl.ndjson", "crawl.JSONL", "crawl.jsonl.gz"])
def test_a_jsonl_name_is_read_as_json_lines(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, name: str
) -> None:
    data = json.dumps({"id": 1, "text": DOC}) + "\n" + json.dumps({"id": 2, "text": BAD}) + "\n"
    path = tmp_path / name
    raw = data.encode("utf-8")
    path.write_bytes(gzip.compress(raw) if name.endswith(".gz") else raw)
    assert main(["parse", str(path)]) == 0
    out, err = capsys.readouterr()
    assert [r["meta"]["id"] for r in _records(out)] == [1, 2]
    assert f"wirefmt: {path}: read as JSON Lines, as its name says" in err
    # --no-jsonl reads it as one document, as asked.
    assert main(["parse", "--no-jsonl", str(path)]) == 0
    assert len(_records(capsys.readouterr().out)) == 1


@pytest.mark.parametrize("field", ["text", "body"])
def test_a_first_line_holding_the_text_field_is_read_as_json_lines(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    field: str,
) -> None:
    rows = [{"id": i, field: DOC} for i in range(3)]
    data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).encode("utf-8")
    path = tmp_path / "crawl.txt"
    path.write_bytes(data)
    argv = ["parse", str(path)] if field == "text" else ["parse", "--text-field", field, str(path)]
    assert main(argv) == 0
    out, err = capsys.readouterr()
    assert [r["meta"]["id"] for r in _records(out)] == [0, 1, 2]
    if field == "text":
        assert "its first line is a JSON object with a 'text' field" in err
        # Standard input too: the first line, read to tell, is not lost.
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
        assert main(["parse", "-q"]) == 0
        assert [r["meta"]["id"] for r in _records(capsys.readouterr().out)] == [0, 1, 2]


@pytest.mark.parametrize(
    "first_line",
    [
        '{"id": 1, "url": "https://example.org"}',  # an object without the text field
        '{"text": 42}',  # the field is not a string
        "{Not JSON at all: a title in braces}",
        '["text", "a list"]',
    ],
)
def test_near_misses_stay_one_document(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, first_line: str
) -> None:
    path = tmp_path / "story.txt"
    path.write_text(first_line + "\n\n" + DOC, encoding="utf-8")
    main(["parse", str(path)])
    out, err = capsys.readouterr()
    assert len(_records(out)) == 1
    assert "JSON Lines" not in err


# --- the size message, --fields, binary input ------------------------------------------------


def test_the_size_message_gives_the_real_size_the_limit_and_the_option(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(b"a" * 3_000_000)
    assert main(["parse", "--max-size", "1M", str(path)]) == 1
    (record,) = _records(capsys.readouterr().out)
    assert record["error"]["code"] == "too-large"
    assert record["error"]["message"] == (
        "the document is 3,000,000 bytes (2.9 MiB), over the limit of 1,048,576 bytes "
        "(1.0 MiB): raise it with --max-size (e.g. --max-size 3M) or lift it with "
        "--max-size none"
    )
    # Compressed: the real (decompressed) size, counted without keeping it.
    packed = tmp_path / "big.txt.gz"
    packed.write_bytes(gzip.compress(b"a" * 3_000_000))
    assert main(["parse", "--max-size", "1M", str(packed)]) == 1
    assert "the document is 3,000,000 bytes" in capsys.readouterr().err


def test_fields_keeps_only_the_keys_asked_for(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    corpus = _corpus(tmp_path, 2)
    assert main(["parse", "--jsonl", "--fields", "title,dateline,body", str(corpus)]) == 0
    first, _ = _records(capsys.readouterr().out)
    assert list(first) == ["title", "dateline", "body", "source", "meta"]
    assert Article.from_dict(first).title == first["title"]
    full = _records(_full(capsys, corpus))[0]
    assert {k: full[k] for k in ("title", "dateline", "body")} == {
        k: first[k] for k in ("title", "dateline", "body")
    }


def _full(capsys: pytest.CaptureFixture[str], corpus: Path) -> str:
    assert main(["parse", "--jsonl", str(corpus)]) == 0
    return capsys.readouterr().out


@pytest.mark.parametrize("value", ["title,headline", "", ",", "Title"])
def test_unknown_fields_are_a_usage_error(capsys: pytest.CaptureFixture[str], value: str) -> None:
    assert main(["parse", "--example", "--fields", value]) == 2
    assert "the fields are: title,lede," in capsys.readouterr().err


def test_binary_input_under_strict_is_an_input_error_with_a_text_excerpt(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "photo.txt"
    # Bytes such as compressed or image data: mostly not UTF-8, few NULs, many controls.
    path.write_bytes(bytes((i * 7919 + 13) % 256 for i in range(4000)))
    assert main(["parse", "--strict", str(path)]) == 1
    (record,) = _records(capsys.readouterr().out)
    assert record["error"]["code"] == "binary-input"
    assert isinstance(record["error"]["excerpt"], str)
    assert not record["error"]["excerpt"].startswith(("b'", 'b"'))
