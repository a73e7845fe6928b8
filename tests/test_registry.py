"""The format registry: ``parse``, ``parse_many`` and ``detect`` over named or detected formats.

A stand-in format (items framed by lines of ``=``) shows what the page dump alone cannot: a
document holding several items, one holding none, one whose first item has no text.
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from importlib.resources import files
from typing import Any

import attrs
import pytest
from hypothesis import given
from jsonschema import Draft202012Validator

import wirefmt
from wirefmt import Article, Format, ReadOptions, Subject
from wirefmt import _parse as parse_module
from wirefmt._cli import main
from wirefmt.strategies import feed_articles

DUMP = "Ferries sail again\n\nThe crossing reopened on Monday.\n\n2025-05-12T08:00+0200\n"


def _read_framed(data: bytes | str, options: ReadOptions) -> Iterator[Article]:
    """Items between lines of ``=``; an item's first line is its title, ``!`` an error."""
    text = data if isinstance(data, str) else data.decode("utf-8")
    offset = 0
    for chunk in text.split("=====\n")[1:]:
        offset = text.index(chunk, offset)
        reporter = options.reporter(text)
        title = chunk.strip() or None
        if title == "!":
            reporter.report("leftover", "a stand-in error", offset, offset + 1)
            title = None
        elif title is not None and title.startswith("~"):  # a message cut at its start
            reporter.report("wire-cut-message", "a stand-in cut", offset, offset)
        yield Article(title=title, format="framed", diagnostics=reporter.finish())


FRAMED = Format(
    name="framed",
    summary="items between lines of equals signs (a stand-in for the tests)",
    detect=lambda head: head.startswith(b"=====\n"),
    read=_read_framed,
)


@pytest.fixture
def framed(monkeypatch: pytest.MonkeyPatch) -> None:
    """Register the stand-in format before the page dump, as a feed format would be."""
    order = (FRAMED, *parse_module._ORDER)
    monkeypatch.setattr(parse_module, "_ORDER", order)
    monkeypatch.setattr(parse_module, "FORMATS", {f.name: f for f in order})


def test_the_registry_is_read_only_and_names_the_page_dump() -> None:
    assert list(wirefmt.FORMATS)[-1] == "pagedump"
    fmt = wirefmt.FORMATS["pagedump"]
    assert isinstance(fmt, Format) and fmt.name == "pagedump" and fmt.summary
    with pytest.raises(TypeError):
        wirefmt.FORMATS["other"] = fmt  # type: ignore[index]
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        fmt.name = "other"  # type: ignore[misc]


@pytest.mark.parametrize("data", [DUMP, DUMP.encode(), b"", "", "\ufeffTitle\n"])
def test_any_other_text_is_a_page_dump(data: str | bytes) -> None:
    assert wirefmt.detect(data) == "pagedump"
    assert wirefmt.parse(data).format == "pagedump"


def test_detect_refuses_what_is_not_text_or_bytes() -> None:
    with pytest.raises(TypeError):
        wirefmt.detect(12)  # type: ignore[arg-type]


def test_a_named_format_reads_as_auto_does() -> None:
    assert wirefmt.parse(DUMP, format="pagedump") == wirefmt.parse(DUMP)
    assert list(wirefmt.parse_many(DUMP)) == [wirefmt.parse(DUMP)]


def test_an_unknown_format_lists_the_known_ones() -> None:
    with pytest.raises(
        ValueError, match=r"unknown format 'rtf'; known formats: auto, .*pagedump\Z"
    ):
        wirefmt.parse_many(DUMP, format="rtf")  # raised at the call, not at the first item


def test_the_size_limit_is_checked_before_any_reader() -> None:
    with pytest.raises(wirefmt.InputError, match="over the limit"):
        wirefmt.parse_many("x" * 20, max_size=10)


@pytest.mark.usefixtures("framed")
def test_several_items_are_read_in_order() -> None:
    doc = "=====\nFirst\n=====\nSecond\n=====\nThird\n"
    assert wirefmt.detect(doc) == "framed"
    assert [a.title for a in wirefmt.parse_many(doc)] == ["First", "Second", "Third"]
    assert wirefmt.parse(doc).title == "First"
    assert wirefmt.detect(DUMP) == "pagedump"  # a format that does not claim it is passed by


@pytest.mark.usefixtures("framed")
def test_parse_takes_the_first_item_that_has_text() -> None:
    doc = "=====\n\n=====\nSecond\n"
    assert [a.title for a in wirefmt.parse_many(doc)] == [None, "Second"]
    assert wirefmt.parse(doc).title == "Second"
    assert wirefmt.parse("=====\n\n").title is None  # none has text: the first one


@pytest.mark.usefixtures("framed")
def test_parse_passes_by_a_message_cut_at_its_start() -> None:
    assert wirefmt.parse("=====\n~ut off\n=====\nWhole\n").title == "Whole"
    assert wirefmt.parse("=====\n~ut off\n=====\n\n").title == "~ut off"  # no other text


@pytest.mark.usefixtures("framed")
def test_an_input_with_no_item_is_a_notice() -> None:
    article = wirefmt.parse("=====\n", format="framed")
    assert [d.code for d in article.diagnostics] == []  # one empty item
    empty = wirefmt.parse(b"no frame at all", format="framed")
    assert (empty.format, [d.code for d in empty.diagnostics]) == ("framed", ["no-items"])
    assert list(wirefmt.parse_many(b"no frame at all", format="framed")) == []


@pytest.mark.usefixtures("framed")
def test_strict_mode_raises_when_the_failing_item_is_reached() -> None:
    doc = "=====\nFirst\n=====\n!\n"
    items = wirefmt.parse_many(doc, strict=True)
    assert next(items).title == "First"
    with pytest.raises(wirefmt.ParseError) as info:
        next(items)
    assert info.value.code == "leftover"
    assert wirefmt.parse(doc, strict=True).title == "First"  # never reaches the error
    lenient = list(wirefmt.parse_many(doc))
    assert [d.code for d in lenient[1].diagnostics] == ["leftover"]


@pytest.mark.usefixtures("framed")
def test_the_cli_writes_one_record_per_item(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b"=====\nA\n=====\nB\n")))
    assert main(["parse", "--from", "framed"]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(r["title"], r["item"], r["format"]) for r in records] == [
        ("A", 0, "framed"),
        ("B", 1, "framed"),
    ]


def test_the_cli_refuses_an_unknown_format(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", "--from", "rtf", "--example"]) == 2
    assert main(["parse", "--format", "rtf", "--example"]) == 2  # the same option
    assert "invalid choice: 'rtf'" in capsys.readouterr().err


# The fields news feeds carry ---------------------------------------------------------------


def test_feed_fields_have_their_defaults_and_checks() -> None:
    article = Article()
    assert (article.byline, article.id, article.urgency, article.subjects) == (None, None, None, ())
    assert Article(subjects=[Subject(code="15054000", scheme="subj")]).subjects[0].name is None
    with pytest.raises(ValueError, match="urgency"):
        Article(urgency=0)
    with pytest.raises(ValueError, match="urgency"):
        Article(urgency=True)
    with pytest.raises(ValueError):
        Article(status="killed")


@given(feed_articles())
def test_feed_articles_round_trip_through_their_json_form(article: Article) -> None:
    record: dict[str, Any] = json.loads(json.dumps(article.to_dict()))
    assert Article.from_dict(record) == article
    errors = [e.message for e in _VALIDATOR.iter_errors(record)]
    assert errors == []


_VALIDATOR = Draft202012Validator(
    json.loads((files("wirefmt") / "schema" / "article.json").read_text(encoding="utf-8"))
)


def test_wirefmt_records_are_not_read_as_ninjs() -> None:
    """The JSON form of an Article shares ``located`` and ``ednote`` with ninjs; it is no
    ninjs item (its ``title`` is no ninjs headline), so it is not detected as one."""
    record = json.dumps(Article(title="Ferries sail again", located="Kiel").to_dict())
    assert wirefmt.detect(record) == "pagedump"
    assert wirefmt.detect(json.dumps({"uri": "urn:x", "located": "Kiel"})) == "ninjs"
