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
