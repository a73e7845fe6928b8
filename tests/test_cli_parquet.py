"""``wirefmt parse --to parquet`` and Parquet inputs (``--text-column``)."""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("pyarrow")

import pyarrow as pa
import pyarrow.parquet as pq

from wirefmt import Article
from wirefmt._cli import _parquet, main
from wirefmt.arrow import from_table

# Page dumps written for these tests, in three scripts; the last has an hour of 25, which
# is a diagnostic in lenient mode and a failed document under --strict.
DOCS = [
    "Bibliothek öffnet am Sonntag\n\nDie Stadt verlängert die Öffnungszeiten. 02.02.2025, "
    "SNA\n\n2025-02-02T09:00+0100\n\nkultur\n\nDie Leser freuen sich.Der Bürgermeister auch.\n",
    "Հին կամուրջը վերանորոգվեց\n\nԱշխատանքները ավարտվեցին։\n\n2024-05-06T12:00+0400\n\n"
    "Մեքենաները կրկին անցնում են կամրջով։\n",
    "Yeni hat açıldı\n\nİstasyon sabah hizmete girdi.\n\n2025-07-01T25:10+0300\n\n"
    "Yolcular ilk treni bekledi.Işıklar yandı.\n",
]


def _corpus(tmp_path: Path) -> Path:
    path = tmp_path / "corpus.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for number, doc in enumerate(DOCS):
            out.write(json.dumps({"text": doc, "n": number, "lang": "x"}) + "\n")
        out.write(json.dumps({"n": 99}) + "\n")  # no text: a failed record
    return path


def _json_records(args: list[str], capsys: pytest.CaptureFixture[str]) -> list[dict[str, Any]]:
    main(["parse", "-q", *args])
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_parquet_rows_are_the_json_records(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], jobs: str
) -> None:
    corpus, out = _corpus(tmp_path), tmp_path / "out.parquet"
    assert main(["parse", "-q", "-j", jobs, str(corpus), "--to", "parquet", "-o", str(out)]) == 1
    records = _json_records([str(corpus)], capsys)
    table = pq.read_table(out)
    assert table.num_rows == len(records) == 4
    assert table.column("source").to_pylist() == [r["source"] for r in records]
    assert [json.loads(m) for m in table.column("meta").to_pylist()] == [r["meta"] for r in records]
    parsed = [Article.from_dict(r) for r in records if "error" not in r]
    assert list(from_table(table.slice(0, 3))) == parsed
    errors = table.column("error").to_pylist()
    assert errors[:3] == [None] * 3 and errors[3]["code"] == records[3]["error"]["code"]


def test_a_failure_under_strict_is_a_row_with_its_error(tmp_path: Path) -> None:
    corpus, out = _corpus(tmp_path), tmp_path / "out.parquet"
    main(["parse", "-q", "--strict", str(corpus), "--to", "parquet", "-o", str(out)])
    error = pq.read_table(out).column("error").to_pylist()[2]
    assert error["code"] == "bad-timestamp" and error["line"] is not None


def test_row_groups_are_bounded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_parquet, "ROW_GROUP_ROWS", 2)
    corpus, out = _corpus(tmp_path), tmp_path / "out.parquet"
    main(["parse", "-q", str(corpus), "--to", "parquet", "-o", str(out)])
    assert pq.ParquetFile(out).metadata.num_row_groups == 2


def test_fields_keep_their_columns_and_a_timestamp_its_offset(tmp_path: Path) -> None:
    corpus, out = _corpus(tmp_path), tmp_path / "out.parquet"
    args = ["parse", "-q", str(corpus), "--to", "parquet", "-o", str(out)]
    main([*args, "--fields", "title,published"])
    names = pq.read_table(out).column_names
    assert names == ["title", "published", "published_offset", "source", "item", "error", "meta"]


def test_an_empty_run_writes_the_schema(tmp_path: Path) -> None:
    empty, out = tmp_path / "empty.jsonl", tmp_path / "out.parquet"
    empty.write_text("", encoding="utf-8")
    assert main(["parse", "-q", str(empty), "--to", "parquet", "-o", str(out)]) == 0
    table = pq.read_table(out)
    assert table.num_rows == 0 and "body" in table.column_names


def test_the_parquet_file_gets_the_mode_a_json_output_gets(tmp_path: Path) -> None:
    """Written beside the target and renamed over it, as the JSON output is: a new file
    gets the umask's mode (not the temporary file's 0600), an old one keeps its own."""
    corpus, new, old = _corpus(tmp_path), tmp_path / "new.parquet", tmp_path / "old.parquet"
    mask = os.umask(0o022)
    try:
        assert main(["parse", "-q", str(corpus), "--to", "parquet", "-o", str(new)]) == 1
        old.write_bytes(b"")
        old.chmod(0o640)
        assert main(["parse", "-q", str(corpus), "--to", "parquet", "-o", str(old)]) == 1
    finally:
        os.umask(mask)
    assert new.stat().st_mode & 0o777 == 0o644
    assert old.stat().st_mode & 0o777 == 0o640
    assert pq.read_table(old).num_rows == len(DOCS) + 1  # (the record without text fails)


def _parquet_input(tmp_path: Path) -> Path:
    path = tmp_path / "shard.parquet"
    table = pa.table(
        {
            "url": ["https://example.org/a", "https://example.org/b", "https://example.org/c"],
            "content": DOCS,
            "crawled": [dt.datetime(2025, 1, 1, 12, 0)] * 3,
        }
    )
    pq.write_table(table, path)
    return path


def test_parquet_input_carries_the_other_columns(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shard = _parquet_input(tmp_path)
    records = _json_records(["--text-column", "content", str(shard)], capsys)
    assert [r["source"] for r in records] == [f"{shard}:{n}" for n in (1, 2, 3)]
    assert records[0]["meta"] == {"url": "https://example.org/a", "crawled": "2025-01-01T12:00:00"}
    assert records[1]["title"] == "Հին կամուրջը վերանորոգվեց"


def test_parquet_in_parquet_out(tmp_path: Path) -> None:
    shard, out = _parquet_input(tmp_path), tmp_path / "out.parquet"
    main(["parse", "-q", "--text-column", "content", str(shard), "--to", "parquet", "-o", str(out)])
    assert pq.read_table(out).column("title").to_pylist()[0] == "Bibliothek öffnet am Sonntag"


def test_a_missing_or_non_text_column_is_a_failed_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shard = _parquet_input(tmp_path)
    (missing,) = _json_records(["--text-column", "body", str(shard)], capsys)
    assert missing["error"]["code"] == "no-text-field" and "content" in missing["error"]["message"]
    (wrong,) = _json_records(["--text-column", "crawled", str(shard)], capsys)
    assert "not a string column" in wrong["error"]["message"]


def test_a_parquet_name_is_read_as_parquet_but_a_jsonl_name_is_not(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shard = _parquet_input(tmp_path)
    named = tmp_path / "named.parquet"
    pq.write_table(pq.read_table(shard).rename_columns(["url", "text", "crawled"]), named)
    assert len(_json_records([str(named)], capsys)) == 3
    # Near miss: Parquet bytes under a .jsonl name are not sniffed as Parquet.
    disguised = tmp_path / "shard.jsonl"
    disguised.write_bytes(shard.read_bytes())
    records = _json_records([str(disguised)], capsys)
    assert all(r.get("error", {}).get("code") == "bad-json" for r in records)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--to", "parquet"], "-o FILE"),
        (["--to", "parquet", "-o", "x.parquet", "--pretty"], "--pretty"),
        (["--to", "parquet", "-o", "x.parquet", "--meta-key", "title"], "--meta-key title"),
        (["--text-column", "a", "--text-field", "b"], "--text-field"),
        (["--text-column", "a", "--jsonl"], "--jsonl"),
    ],
)
def test_usage_errors(args: list[str], message: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", *args, "in.parquet"]) == 2
    assert message in capsys.readouterr().err


def test_a_document_of_several_items_is_a_row_per_item(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A stream of several items (as wire formats give) is numbered in the item column."""
    from wirefmt._cli import _work  # noqa: PLC0415

    def two_items(data: object, **options: object) -> Iterator[Article]:
        yield Article(title="Erstes")
        yield Article(title="Второе")

    monkeypatch.setattr(_work, "parse_many", two_items)
    corpus, out = _corpus(tmp_path), tmp_path / "out.parquet"
    main(["parse", "-q", str(corpus), "--to", "parquet", "-o", str(out)])
    table = pq.read_table(out)
    assert table.column("item").to_pylist()[:4] == [0, 1, 0, 1]
    assert table.column("title").to_pylist()[:2] == ["Erstes", "Второе"]


def test_skip_errors_leaves_the_failed_rows_out(tmp_path: Path) -> None:
    corpus, out = _corpus(tmp_path), tmp_path / "out.parquet"
    args = ["parse", "-q", "-j", "2", "--batch", "2", "--skip-errors", str(corpus)]
    assert main([*args, "--to", "parquet", "-o", str(out)]) == 1
    table = pq.read_table(out)
    assert table.column("source").to_pylist() == [f"{corpus}:{n}" for n in (1, 2, 3)]
    assert table.column("error").null_count == 3


def test_a_lone_surrogate_is_an_unencodable_row_but_a_pair_is_text(tmp_path: Path) -> None:
    corpus, out = tmp_path / "s.jsonl", tmp_path / "out.parquet"
    lone = '{"text": "Titel\\n\\nKurz.\\n\\nEin Satz \\ud800 hier."}\n'
    pair = '{"text": "Titel\\n\\nKurz.\\n\\nEin Satz \\ud83d\\ude00 hier."}\n'
    corpus.write_text(lone + pair, encoding="utf-8")
    assert main(["parse", "-q", str(corpus), "--to", "parquet", "-o", str(out)]) == 1
    table = pq.read_table(out)
    errors = table.column("error").to_pylist()
    assert errors[0]["code"] == "unencodable" and errors[1] is None
    assert "\U0001f600" in table.column("body").to_pylist()[1][0]["text"]
