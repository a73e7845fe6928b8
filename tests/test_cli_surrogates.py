"""The CLI writes every record as UTF-8, lone surrogates escaped, and goes on."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from wirefmt._cli import main


def test_cli_survives_a_lone_surrogate_in_a_jsonl_record(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # An escaped lone surrogate in a JSON Lines corpus made the output line unencodable as
    # UTF-8: the run died with a traceback and the next documents were lost.
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(
        '{"text": "T \\ud800\\n\\nBody. More."}\n{"text": "Second\\n\\nBody two."}\n',
        encoding="utf-8",
    )
    assert main(["parse", "--jsonl", str(corpus)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert len(out) == 2
    assert json.loads(out[0])["title"] == "T \ud800"
    assert json.loads(out[1])["title"] == "Second"
    for line in out:
        line.encode("utf-8")  # every output line can be written as UTF-8


@pytest.mark.parametrize(
    ("record", "name"),
    [
        ('{"text": "T\\n\\nBody.", "id": "a\\udc80b"}', "c.jsonl"),  # in a passed-on field
        ('{"text": "T\\n\\nBody."}', "caf\udce9.jsonl"),  # in a file name that is no UTF-8
    ],
)
def test_cli_escapes_every_lone_surrogate(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], record: str, name: str
) -> None:
    """A lone surrogate reaches the record through a JSON escape or the file's name; the
    output line escapes it, so that it can be written as UTF-8."""
    corpus = tmp_path / name
    try:
        corpus.write_text(record + "\n", encoding="utf-8")
    except UnicodeEncodeError:
        pytest.skip("the file system takes only UTF-8 names")
    assert main(["parse", "--jsonl", str(corpus)]) == 0
    (line,) = capsys.readouterr().out.splitlines()
    line.encode("utf-8")
    assert "\\ud" in line.lower()  # escaped, not raw
    assert json.loads(line)["title"] == "T"
