"""The ``wirefmt`` command, called as ``main([...])``: inputs, outputs, exit status."""

from __future__ import annotations

import gzip
import io
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from wirefmt import Article, __version__, parse_many
from wirefmt._cli import _work as cli_work
from wirefmt._cli import main

DOC = (
    "Ferry line to the islands reopens after the storm\n\n"
    "The ferry between Port Sorel and the outer islands sailed again on Monday, a week after "
    "the storm... 12.05.2025, Sputnik International\n\n"
    "2025-05-12T08:00+0200\n\n2025-05-12T08:00+0200\n\n2025-05-12T10:40+0200\n\n"
    "transport\n\nislands\n\n"
    "The ferry between Port Sorel and the outer islands sailed again on Monday. Crews had "
    "spent the week repairing the pier.Captain Jonas Berg said the crossing was calm. "
    '"The sea was kind to us," he said.Timetable back to normal'
    "The company said the summer timetable would start in June.\n\n"
    "transport\n"
)
#: Has no valid timestamp where one is expected: a diagnostic in lenient mode, an error
#: under --strict.
BAD = DOC.replace("2025-05-12T10:40+0200", "2025-05-12T25:40+0200")


def _records(text: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def _stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


@pytest.fixture
def doc_file(tmp_path: Path) -> Path:
    path = tmp_path / "ferry.txt"
    path.write_text(DOC, encoding="utf-8")
    return path


def test_example(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", "--example"]) == 0
    out, err = capsys.readouterr()
    (record,) = _records(out)
    assert record["title"] == "Harbour city opens its first floating solar farm"
    assert record["source"] == "<example>"
    assert "1 document read: 1 ok" in err
    # The record reads back as an Article.
    assert Article.from_dict(record).title == record["title"]


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"wirefmt {__version__}"


def test_stdin_keeps_non_ascii(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _stdin(monkeypatch, DOC.replace("Port Sorel", "Port Sörel").encode("utf-8"))
    assert main(["parse"]) == 0
    out = capsys.readouterr().out
    assert "Port Sörel" in out  # ensure_ascii=False
    (record,) = _records(out)
    assert record["source"] == "<stdin>"
    assert record["keywords"] == ["transport", "islands"]


def test_dash_reads_stdin(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _stdin(monkeypatch, DOC.encode("utf-8"))
    assert main(["parse", "-", "--quiet"]) == 0
    out, err = capsys.readouterr()
    assert len(_records(out)) == 1
    assert err == ""


def test_files_in_order(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    paths = []
    for i in range(3):
        path = tmp_path / f"doc{i}.txt"
        path.write_text(DOC.replace("Ferry line", f"Ferry line {i}"), encoding="utf-8")
        paths.append(str(path))
    assert main(["parse", *paths]) == 0
    records = _records(capsys.readouterr().out)
    assert [r["title"].split()[2] for r in records] == ["0", "1", "2"]
    assert [r["source"] for r in records] == paths


def test_pretty(capsys: pytest.CaptureFixture[str], doc_file: Path) -> None:
    assert main(["parse", "--pretty", str(doc_file)]) == 0
    out = capsys.readouterr().out
    assert out.startswith('{\n  "title": ')
    assert json.loads(out)["tags"] == ["transport"]


def test_lenient_records_diagnostics(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "bad.txt"
    path.write_text(BAD, encoding="utf-8")
    assert main(["parse", str(path)]) == 0
    out, err = capsys.readouterr()
    (record,) = _records(out)
    assert "bad-timestamp" in [d["code"] for d in record["diagnostics"]]
    assert "0 ok, 1 with diagnostics, 0 failed" in err


def test_strict_failure(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "bad.txt"
    path.write_text(BAD, encoding="utf-8")
    assert main(["parse", "--strict", str(path)]) == 1
    out, err = capsys.readouterr()
    (record,) = _records(out)
    assert record["source"] == str(path)
    assert record["error"]["code"] == "bad-timestamp"
    assert record["error"]["line"] == 9
    # The message names the file and the position.
    assert f"{path}: line 9, column 1: " in err
    assert "[bad-timestamp]" in err


@pytest.mark.parametrize(
    "argv",
    [
        ["parse", "--no-such-option"],
        ["frobnicate"],
        [],
        ["parse", "-j", "many"],
        ["parse", "--max-size", "lots"],
        ["parse", "--example", "some.txt"],
    ],
)
def test_usage_error(capsys: pytest.CaptureFixture[str], argv: list[str]) -> None:
    assert main(argv) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert "usage: wirefmt" in err


def test_missing_file(capsys: pytest.CaptureFixture[str], tmp_path: Path, doc_file: Path) -> None:
    missing = tmp_path / "nowhere.txt"
    assert main(["parse", str(missing), str(doc_file)]) == 1
    out, err = capsys.readouterr()
    first, second = _records(out)
    assert first["error"]["code"] == "unreadable"
    assert first["source"] == str(missing)
    assert second["title"].startswith("Ferry line")  # the run went on
    assert f"{missing}:" in err
    assert "No such file" in err


def _jsonl(tmp_path: Path, rows: list[Any], name: str = "corpus.jsonl") -> Path:
    path = tmp_path / name
    lines = [r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in rows]
    data = ("\n".join(lines) + "\n").encode("utf-8")
    path.write_bytes(gzip.compress(data) if name.endswith(".gz") else data)
    return path


def test_jsonl_text_field_and_meta(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    rows = [{"id": 1, "body": DOC, "lang": "en"}, {"id": 2, "body": BAD, "lang": "en"}]
    path = _jsonl(tmp_path, rows)
    assert main(["parse", "--text-field", "body", str(path)]) == 0  # --text-field implies --jsonl
    first, second = _records(capsys.readouterr().out)
    assert first["meta"] == {"id": 1, "lang": "en"}
    assert first["source"] == f"{path}:1"
    assert first["title"].startswith("Ferry line")
    assert second["meta"]["id"] == 2


def test_jsonl_gz_and_meta_key(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = _jsonl(tmp_path, [{"text": DOC, "url": "https://example.org/a"}], "corpus.jsonl.gz")
    assert main(["parse", "--jsonl", "--meta-key", "input", str(path)]) == 0
    (record,) = _records(capsys.readouterr().out)
    assert record["input"] == {"url": "https://example.org/a"}
    assert record["tags"] == ["transport"]


def test_plain_gz(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "ferry.txt.gz"
    path.write_bytes(gzip.compress(DOC.encode("utf-8")))
    assert main(["parse", str(path)]) == 0
    (record,) = _records(capsys.readouterr().out)
    assert record["title"].startswith("Ferry line")


def test_bad_documents_in_a_batch(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    rows: list[Any] = [
        {"text": DOC},
        "{not json",
        {"id": 3},  # no text field
        [1, 2],  # not an object
        {"text": DOC},
    ]
    path = _jsonl(tmp_path, rows)
    assert main(["parse", "--jsonl", str(path)]) == 1
    out, err = capsys.readouterr()
    records = _records(out)
    assert [r.get("error", {}).get("code") for r in records] == [
        None,
        "bad-json",
        "no-text-field",
        "bad-json",
        None,
    ]
    assert records[2]["meta"] == {"id": 3}
    assert "5 documents read: 2 ok, 0 with diagnostics, 3 failed" in err
    assert f"{path}:2:" in err


def test_skip_errors_and_summary(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = _jsonl(tmp_path, [{"text": DOC}, {"text": BAD}, "oops", {"text": BAD}])
    assert main(["parse", "--jsonl", "--strict", "--skip-errors", str(path)]) == 1
    out, err = capsys.readouterr()
    records = _records(out)
    assert len(records) == 1
    assert "error" not in records[0]
    assert "4 documents read: 1 ok, 0 with diagnostics, 3 failed (skipped)" in err


def test_max_size(capsys: pytest.CaptureFixture[str], doc_file: Path) -> None:
    assert main(["parse", "--max-size", "100", str(doc_file)]) == 1
    (record,) = _records(capsys.readouterr().out)
    assert record["error"]["code"] == "too-large"
    assert main(["parse", "--max-size", "1K", str(doc_file)]) == 0
    assert main(["parse", "--max-size", "none", str(doc_file)]) == 0


def test_workers_keep_input_order(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    rows = [{"n": i, "text": DOC if i % 7 else BAD} for i in range(60)]
    path = _jsonl(tmp_path, rows)
    assert main(["parse", "--jsonl", "-j", "2", "--batch", "4", str(path)]) == 0
    out, err = capsys.readouterr()
    records = _records(out)
    assert [r["meta"]["n"] for r in records] == list(range(60))
    assert "60 documents read: 51 ok, 9 with diagnostics, 0 failed" in err
    # The same output as one process.
    assert main(["parse", "--jsonl", str(path)]) == 0
    assert capsys.readouterr().out == out


def test_output_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    target = tmp_path / "out.jsonl"
    assert main(["parse", "--example", "-o", str(target)]) == 0
    assert capsys.readouterr().out == ""
    assert len(_records(target.read_text(encoding="utf-8"))) == 1


def test_no_progress_when_not_a_terminal(
    capsys: pytest.CaptureFixture[str], doc_file: Path
) -> None:
    assert main(["parse", str(doc_file)]) == 0
    assert "\r" not in capsys.readouterr().err
    assert main(["parse", "--progress", str(doc_file)]) == 0
    assert "\rwirefmt: 1 documents" in capsys.readouterr().err


def test_python_m_wirefmt() -> None:
    root = Path(__file__).resolve().parents[1]
    done = subprocess.run(
        [sys.executable, "-m", "wirefmt", "parse", "--example", "--quiet"],
        cwd=root,
        capture_output=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    (record,) = _records(done.stdout.decode("utf-8"))
    assert record["edition"] == "Sputnik International"


def test_a_bug_does_not_stop_the_run(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    real = parse_many  # what the CLI calls (wirefmt._cli._work imports it)

    def flaky(data: str | bytes, **kwargs: Any) -> Iterator[Article]:
        if "BOOM" in data:
            raise IndexError("list index out of range")
        return real(data, **kwargs)

    monkeypatch.setattr(cli_work, "parse_many", flaky)
    path = _jsonl(tmp_path, [{"text": "BOOM"}, {"text": DOC}])
    assert main(["parse", "--jsonl", str(path)]) == 1
    out, err = capsys.readouterr()
    first, second = _records(out)
    assert first["error"]["code"] == "internal-error"
    assert "IndexError" in first["error"]["message"]
    assert second["title"].startswith("Ferry line")
    assert "a bug: please report it" in err


def test_corrupt_gz(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    good = _jsonl(tmp_path, [{"text": DOC}] * 50, "good.jsonl.gz").read_bytes()
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(good[: len(good) // 2])  # truncated
    assert main(["parse", "--jsonl", str(path)]) == 1
    out, err = capsys.readouterr()
    assert _records(out)[-1]["error"]["code"] == "unreadable"
    assert "1 failed" in err


def test_jsonl_line_over_the_limit(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    # --max-size 1K allows a JSON line of 12 KiB + 1 MiB; this one is longer.
    path = _jsonl(tmp_path, [{"text": "x" * 1_200_000}, {"text": DOC}])
    assert main(["parse", "--jsonl", "--max-size", "1K", str(path)]) == 1
    first, second = _records(capsys.readouterr().out)
    assert first["error"]["code"] == "too-large"
    assert first["source"] == f"{path}:1"
    assert second["source"] == f"{path}:2"
