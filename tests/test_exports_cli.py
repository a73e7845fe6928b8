"""``wirefmt parse --to ninjs|schemaorg``: a standard's document per item per line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from wirefmt._cli import main

ITEMS = [
    {"uri": "urn:a", "headline": "Nowy most", "body_html": "<p>Most otwarto.</p>"},
    {"uri": "urn:b", "headlines": [{"role": "main", "value": "Второй"}], "language": "ru"},
]


@pytest.fixture
def feed(tmp_path: Path) -> Path:
    path = tmp_path / "feed.json"
    path.write_text(json.dumps(ITEMS, ensure_ascii=False), encoding="utf-8")
    return path


def _lines(text: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def test_to_ninjs_one_item_per_line(feed: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", "-q", "--to", "ninjs", str(feed)]) == 0
    records = _lines(capsys.readouterr().out)
    assert [r["uri"] for r in records] == ["urn:a", "urn:b"]
    assert all("source" not in r and "item" not in r for r in records)  # nothing added


def test_to_schemaorg(feed: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", "-q", "--to", "schemaorg", str(feed)]) == 0
    first, second = _lines(capsys.readouterr().out)
    assert (first["@type"], first["headline"], first["articleBody"]) == (
        "NewsArticle",
        "Nowy most",
        "Most otwarto.",
    )
    assert second["inLanguage"] == "ru"


def test_default_stays_json_records(feed: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", "-q", str(feed)]) == 0
    records = _lines(capsys.readouterr().out)
    assert [(r["format"], r["item"]) for r in records] == [("ninjs", 0), ("ninjs", 1)]


def test_fields_goes_with_json_only(feed: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", "--to", "ninjs", "--fields", "title", str(feed)]) == 2
    assert "--fields" in capsys.readouterr().err


def test_to_pagedump_is_read_back_by_jsonl(
    feed: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A feed turned into page dumps, one JSON object per item, parses back to its text."""
    assert main(["parse", "-q", "--to", "pagedump", str(feed)]) == 0
    dumped = tmp_path / "dumps.jsonl"
    dumped.write_text(capsys.readouterr().out, encoding="utf-8")
    assert [list(r) for r in _lines(dumped.read_text(encoding="utf-8"))] == [["text"], ["text"]]
    assert main(["parse", "-q", "--jsonl", str(dumped)]) == 0
    records = _lines(capsys.readouterr().out)
    assert [r["title"] for r in records] == ["Nowy most", "Второй"]
    # The item has no lede, so its one paragraph stands where a dump's description stands
    # and is read as the lede (docs/writer.md: an Article round-trips when it has a lede).
    first = records[0]
    assert (first["lede"], first["body"], first["format"]) == ("Most otwarto.", [], "pagedump")


def test_a_ninjs_feed_named_jsonl_is_one_feed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A ``.jsonl`` file whose first line is a ninjs item (no text field) is a ninjs feed of
    an item a line, read as one document of that format, with a notice."""
    feed = tmp_path / "feed.jsonl"
    feed.write_text("\n".join(json.dumps(item, ensure_ascii=False) for item in ITEMS) + "\n")
    assert main(["parse", str(feed)]) == 0
    out, err = capsys.readouterr()
    assert [(r["format"], r["title"]) for r in _lines(out)] == [
        ("ninjs", "Nowy most"),
        ("ninjs", "Второй"),
    ]
    assert "ninjs feed of an item a line" in err


def test_a_corpus_named_jsonl_stays_a_corpus(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Near misses: a line holding the text field is a corpus line even when it also looks
    like ninjs; an object that is no ninjs item and has no text field stays a JSON Lines
    error, as before."""
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(json.dumps({"uri": "urn:x", "text": "Tytuł\n\nTreść."}) + "\n")
    assert main(["parse", "-q", str(corpus)]) == 0
    (record,) = _lines(capsys.readouterr().out)
    assert (record["format"], record["title"]) == ("pagedump", "Tytuł")
    other = tmp_path / "other.jsonl"
    other.write_text(json.dumps({"id": 1, "body": "x"}) + "\n")
    assert main(["parse", "-q", str(other)]) == 1
    (failed,) = _lines(capsys.readouterr().out)
    error = failed["error"]
    assert isinstance(error, dict) and error["code"] == "no-text-field"
