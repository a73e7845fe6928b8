"""wirefmt.dask on a real LocalCluster of two worker processes, against the CLI's output."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("dask.dataframe")
pytest.importorskip("distributed")

import dask.dataframe as dd
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
from distributed import Client, LocalCluster

from wirefmt._cli import main
from wirefmt.arrow import from_table, schema
from wirefmt.dask import output_schema, parse_frame, parse_pandas

# Page dumps written for these tests, in four scripts; the Turkish one prints an hour of 25:
# a diagnostic in lenient mode, a failed document under strict.
DOCS = [
    "Bibliothek öffnet am Sonntag\n\nDie Stadt verlängert die Öffnungszeiten. 02.02.2025, "
    "SNA\n\n2025-02-02T09:00+0100\n\nkultur\n\nDie Leser freuen sich.Der Bürgermeister auch.\n",
    "Հին կամուրջը վերանորոգվեց\n\nԱշխատանքները ավարտվեցին։\n\n2024-05-06T12:00+0400\n\n"
    "Մեքենաները կրկին անցնում են կամրջով։\n",
    "Yeni hat açıldı\n\nİstasyon sabah hizmete girdi.\n\n2025-07-01T25:10+0300\n\n"
    "Yolcular ilk treni bekledi.Işıklar yandı.\n",
    "Снег закрыл перевал\n\nДорогу откроют завтра. 14.01.2025\n\n2025-01-14T07:45+0300\n\n"
    "Спасатели работают всю ночь.Движение перекрыто.\n",
]
COMPARED = [*schema().names, "item", "error"]


@pytest.fixture(scope="module")
def client() -> Iterator[Client]:
    """One cluster for the module: two worker processes of one thread, no dashboard."""
    with (
        LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        Client(cluster) as client,
    ):
        yield client


def _corpus(tmp_path: Path, copies: int = 5) -> Path:
    path = tmp_path / "corpus.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for number in range(copies * len(DOCS)):
            doc = DOCS[number % len(DOCS)]
            out.write(json.dumps({"text": doc, "n": number}, ensure_ascii=False) + "\n")
    return path


def _cli_table(corpus: Path, out: Path, *flags: str) -> pa.Table:
    args = ["parse", "-q", "-j", "2", "--no-identify-language", *flags, str(corpus)]
    main([*args, "--to", "parquet", "-o", str(out)])
    return pq.read_table(out)


@pytest.mark.parametrize("strict", [False, True])
def test_dask_rows_equal_the_cli_rows(client: Client, tmp_path: Path, strict: bool) -> None:
    corpus = _corpus(tmp_path)
    flags = ["--strict"] if strict else []
    cli = _cli_table(corpus, tmp_path / "cli.parquet", *flags)
    frame = dd.read_json(str(corpus), lines=True, blocksize=2_000)
    assert frame.npartitions > 1
    parsed = parse_frame(frame, strict=strict)
    out = tmp_path / "dask"
    parsed.to_parquet(str(out), write_index=False)  # the recipe's last step, on the cluster
    got = pq.read_table(out)
    assert got.column("n").to_pylist() == list(range(cli.num_rows))
    assert got.select(COMPARED).to_pylist() == cli.select(COMPARED).to_pylist()
    errors = got.column("error").to_pylist()
    assert any(errors) is strict  # strict: the Turkish document is an error row, no failed task
    assert list(from_table(got)) == list(from_table(cli))


def test_a_missing_text_is_an_error_row(client: Client) -> None:
    pdf = pd.DataFrame({"text": [DOCS[1], None], "lang": ["hy", "?"]})
    rows = parse_frame(dd.from_pandas(pdf, npartitions=1)).compute()
    assert list(rows["lang"]) == ["hy", "?"]
    assert rows["error"].iloc[0] is pd.NA or rows["error"].isna().iloc[0]
    assert rows["error"].iloc[1]["code"] == "no-text-field"


def test_the_columns_and_their_arrow_types() -> None:
    pdf = pd.DataFrame({"text": DOCS[:1], "url": ["https://example.org/1"]})
    out = parse_pandas(pdf)
    assert list(out.columns) == ["url", *output_schema().names]
    table = pa.Table.from_pandas(out, preserve_index=False)
    assert table.schema.field("published").type == pa.timestamp("us", tz="UTC")
    assert table.schema.field("body").type.value_type == schema().field("body").type.value_type


def test_names_that_clash_are_refused_up_front() -> None:
    frame = dd.from_pandas(pd.DataFrame({"text": DOCS[:1], "title": ["x"]}), npartitions=1)
    with pytest.raises(ValueError, match="title"):
        parse_frame(frame)
    with pytest.raises(KeyError, match="body"):
        parse_frame(frame, "body")
