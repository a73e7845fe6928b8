"""``wirefmt/schema/article.json`` describes what ``Article.to_dict()`` really writes."""

from __future__ import annotations

import importlib.resources
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

import wirefmt
from wirefmt import Article, Evidence, strategies
from wirefmt._cli import main
from wirefmt._model import LANGUAGE_SOURCES

SCHEMA: dict[str, Any] = json.loads(
    (importlib.resources.files("wirefmt") / "schema/article.json").read_text("utf-8")
)
VALIDATOR = Draft202012Validator(SCHEMA)
EXAMPLE = (importlib.resources.files("wirefmt") / "data/example.txt").read_bytes()


def _valid(record: dict[str, Any]) -> None:
    errors = sorted(VALIDATOR.iter_errors(record), key=str)
    assert errors == [], [f"{list(e.absolute_path)}: {e.message}" for e in errors]


def test_the_schema_is_a_valid_json_schema() -> None:
    Draft202012Validator.check_schema(SCHEMA)


def test_the_schema_names_every_key_and_value_set_of_the_model() -> None:
    keys = list(Article().to_dict())
    assert SCHEMA["required"] == keys
    assert list(SCHEMA["properties"]) == keys
    block = SCHEMA["$defs"]["block"]["properties"]
    assert block["evidence"]["enum"] == [e.value for e in Evidence]
    assert SCHEMA["properties"]["language_source"]["enum"] == [*LANGUAGE_SOURCES, None]


def test_real_output_is_valid(shared: Path) -> None:
    """Every real page dump of the shared sample, parsed, is valid (skipped without it)."""
    paths = sorted((shared / "devset" / "realdumps").glob("*.txt"))
    assert paths
    for path in paths:
        _valid(wirefmt.parse(path.read_bytes()).to_dict())


@pytest.mark.parametrize("strict", [False, True])
def test_the_example_and_damaged_inputs_are_valid(strict: bool) -> None:
    _valid(wirefmt.parse(EXAMPLE, strict=strict).to_dict())
    for damaged in (b"", b"\x00" * 50, EXAMPLE + b"\xff\xfe", EXAMPLE.replace(b"\n\n", b"\n")):
        _valid(wirefmt.parse(damaged).to_dict())


def test_an_identified_language_is_valid() -> None:
    pytest.importorskip("py3langid")
    doc = (
        "Le port ouvre une ferme solaire\n\n"
        "La ferme flottante a été mise en service mardi par le port de la ville.\n\n"
        "Le port a installé quatre mille panneaux sur le bassin nord. Les responsables "
        "disent qu'elle couvrira un cinquième des besoins du port.\n"
    )
    article = wirefmt.parse(doc, identify_language=True)
    assert (article.language, article.language_source) == ("fr", "text")
    _valid(article.to_dict())


@given(strategies.page_dumps())
def test_generated_page_dumps_parse_to_valid_records(doc: str) -> None:
    _valid(wirefmt.parse(doc).to_dict())


@given(st.text(max_size=300))
def test_any_text_parses_to_a_valid_record(text: str) -> None:
    _valid(wirefmt.parse(text).to_dict())


def test_cli_records_are_valid_articles_plus_source(tmp_path: Path) -> None:
    target = tmp_path / "out.jsonl"
    assert main(["parse", "--example", "-q", "-o", str(target)]) == 0
    (record,) = [json.loads(line) for line in target.read_text("utf-8").splitlines()]
    assert record.pop("source") == "<example>"
    _valid(record)
