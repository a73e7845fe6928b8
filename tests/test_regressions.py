"""Regression tests for bugs found by review: each names the bug it pins."""

from __future__ import annotations

import datetime as dt
import json
import time
from pathlib import Path

import pytest

import wirefmt
from wirefmt._cli import main


def _cost(text: str) -> float:
    best = float("inf")
    for _ in range(3):
        t0 = time.perf_counter()
        wirefmt.parse(text)
        best = min(best, time.perf_counter() - t0)
    return best


def test_unmatched_opener_after_a_stop_is_linear() -> None:
    # "sagte. »Ab": a stop, a space, an opening guillemet that never closes. The splitter
    # counted quote marks from the block's start at every such stop: quadratic.
    unit = "Er sagte. »Ab"
    small = "Titel\n\n" + unit * 4_000 + "\n"
    large = "Titel\n\n" + unit * 16_000 + "\n"
    # Four times the input may cost at most about four times the time (plus noise).
    assert _cost(large) < 7 * _cost(small)


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


BODY = (
    "The harbour authority switched on the floating farm on Tuesday. It covers an old dock "
    "basin. Officials said it would supply a fifth of the harbour's power by the end of the "
    "year, and that a second farm could follow in the eastern basin."
)


def test_body_first_dump_keeps_keywords_apart_from_tags() -> None:
    doc = (
        f"{BODY}\n\nHarbour opens a solar farm\n\n"
        "The farm went online... 03.06.2025, Sputnik International\n\n"
        "2025-06-03T09:30+0200\n\nenergy\n\nsolar power\n\nenergy\n"
    )
    a = wirefmt.parse(doc)
    assert (a.keywords, a.tags) == (("energy", "solar power"), ("energy",))
    assert a.title == "Harbour opens a solar farm"


@pytest.mark.parametrize(
    "line",
    [
        "For questions, write to press@valmare.example or call the harbour office.",
        "Write to press@valmare.example for the full list.",
        "Bookings: ferries@valmare.example. The office opens at nine.",
    ],
)
def test_a_body_line_holding_an_address_is_no_publisher_line(line: str) -> None:
    # A body line with an e-mail address was read as the trailer's publisher line: the
    # body lost its last lines, the next one became the section, the tags left over.
    doc = (
        "Harbour opens a new quay\n\nThe port opened a quay on Monday... 03.06.2025, Sputnik "
        "International\n\n2025-06-03T09:30+0200\n\nenergy\n\nharbour\n\n"
        f"The port authority opened a quay on Monday.\n{line}\nThe quay takes ferries in July."
        "\n\nenergy\n\nharbour\n"
    )
    a = wirefmt.parse(doc)
    assert (a.publisher, a.section, a.tags) == (None, None, ("energy", "harbour"))
    assert [b.text for b in a.body][1] == line
    assert a.diagnostics == ()


def test_a_list_in_a_body_of_several_lines_stays_in_the_body() -> None:
    # Items of a list ("- longer opening hours") had the shape of keywords: they were read
    # as tags, which cut the body's run, and its last line was left over.
    doc = (
        "Harbour opens a new quay\n\nThe port opened a quay on Monday... 03.06.2025, Sputnik "
        "International\n\n2025-06-03T09:30+0200\n\nenergy\n\nharbour\n\n"
        "The authority opened a quay on Monday. Three changes follow:\n"
        "- longer opening hours\n\u2022 A second ferry line\nThe quay takes ferries in July."
        "\n\nenergy\n\nharbour\n"
    )
    a = wirefmt.parse(doc)
    assert [b.text for b in a.body][1:3] == ["- longer opening hours", "\u2022 A second ferry line"]
    assert (a.tags, a.diagnostics) == (("energy", "harbour"), ())


@pytest.mark.parametrize(
    "line",
    [
        "14.02.2022",
        "2025-06-02T18:00+0200",
        "https://example.org/report.pdf",
        "2024",
        "and the ferries will follow",  # a keyword's shape
        "quays, cranes, ferries",  # a keyword list's shape
    ],
)
def test_a_date_or_link_inside_a_body_of_several_lines_stays_in_the_body(line: str) -> None:
    # A line shaped like metadata between two body lines was read as a timestamp (it became
    # Article.modified), an image or a year: the body was cut there, its end left over.
    doc = (
        "Harbour opens a new quay\n\nThe port opened a quay on Monday... 03.06.2025, Sputnik "
        "International\n\n2025-06-03T09:30+0200\n\n2025-06-03T11:00+0200\n\nenergy\n\n"
        f"The authority opened a quay on Monday.\n{line}\nThe quay takes ferries in July."
        "\n\nenergy\n"
    )
    a = wirefmt.parse(doc)
    assert [b.text for b in a.body] == [
        "The authority opened a quay on Monday.",
        line,
        "The quay takes ferries in July.",
    ]
    assert a.modified is not None and a.modified.hour == 11
    assert (a.image, a.tags, a.diagnostics) == (None, ("energy",), ())


def test_tags_printed_as_names_among_lower_case_ones() -> None:
    # A tag printed as a name ("Joe Biden") after a lower-case tag was left over, and the
    # body's own closing lines (no blank line before them) were taken for tags.
    doc = (
        "Harbour opens a new quay\n\nThe port opened a quay on Monday... 03.06.2025, Sputnik "
        "International\n\n2025-06-03T09:30+0200\n\nenergy\n\n"
        "The authority opened a quay on Monday. Ferries come in July.\nRead also\n"
        "Storms and salt spray\n\nElena Ruiz\n\nenergy\n\nJoe Biden\n\nValmare\n"
    )
    a = wirefmt.parse(doc)
    assert [b.text for b in a.body][1:] == ["Read also", "Storms and salt spray"]
    assert a.tags == ("Elena Ruiz", "energy", "Joe Biden", "Valmare")
    assert a.diagnostics == ()


def test_keywords_printed_as_names_among_lower_case_ones() -> None:
    # A keyword in capitals ("OTAN") between lower-case ones was left over.
    doc = (
        "Harbour opens a new quay\n\nThe port opened a quay on Monday... 03.06.2025, Sputnik "
        f"International\n\n2025-06-03T09:30+0200\n\nénergie\n\nOTAN\n\nCovid-19\n\ncovid\n\n"
        f"{BODY}\n\nOTAN\n\nénergie\n"
    )
    a = wirefmt.parse(doc)
    assert a.keywords == ("énergie", "OTAN", "Covid-19", "covid")
    assert (a.tags, a.diagnostics) == (("OTAN", "énergie"), ())


def test_publisher_line_without_a_phone_still_opens_the_trailer() -> None:
    doc = (
        "Titre ici\n\nLe port a rouvert. 03.06.2025, Sputnik Afrique\n\nénergie\n\n"
        "Le port a rouvert lundi. Les bateaux sont revenus.\n\nénergie\n\n"
        "Sputnik Afrique retour@example.org Agence Valmare 252 60\n\n2025\n\nactus\n\nfr_FR\n"
    )
    a = wirefmt.parse(doc)
    assert (a.tags, a.section, a.publisher) == (("énergie",), "actus", "Agence Valmare")
    assert a.diagnostics == ()


def test_capitalised_tags_do_not_join_the_body() -> None:
    doc = (
        "Harbour opens a solar farm\n\nThe farm went online. 03.06.2025, Sputnik International"
        f"\n\n2025-06-03T09:30+0200\n\nenergy\n\n{BODY}\n\nValmare\n\nElena Ruiz\n"
    )
    a = wirefmt.parse(doc)
    assert a.tags == ("Valmare", "Elena Ruiz")
    assert a.body_text == BODY


def test_unlisted_edition_after_a_repeated_title() -> None:
    doc = (
        "Titre ici\n\nTitre ici\n\nBaltnews\n\nLe port a rouvert ses quais lundi...\n\n"
        "2025-06-03T09:30+0200\n\nport\n\nLe port a rouvert lundi. Les bateaux reviennent.\n"
    )
    a = wirefmt.parse(doc)
    assert (a.edition, a.lede) == ("Baltnews", "Le port a rouvert ses quais lundi...")
    assert a.diagnostics == ()


def test_description_before_the_title_is_read_by_its_suffix() -> None:
    doc = (
        "The farm went online on Tuesday. 03.06.2025, Sputnik International\n\n"
        "Harbour opens a solar farm\n\n2025-06-03T09:30+0200\n\nenergy\n\n" + BODY + "\n"
    )
    a = wirefmt.parse(doc)
    assert a.title == "Harbour opens a solar farm"
    assert a.lede == "The farm went online on Tuesday."
    assert a.dateline is not None and a.dateline.agency == "Sputnik International"
    assert [d.code for d in a.diagnostics] == ["unexpected-order"]


@pytest.mark.parametrize("title", ["Курс валют на 03.06.2025", "Harbour traffic report 03.06.2025"])
def test_a_title_ending_in_a_date_stays_the_title(title: str) -> None:
    # A title ending in a date read as a description with a date-only suffix, standing
    # first: title and lede were swapped, and the title's last words made the lede.
    lede = "The port counted more ferries than in any week since the spring."
    doc = f"{title}\n\n{lede}\n\n2025-06-03T09:30+0300\n\nenergy\n\n{BODY}\n\nenergy\n"
    a = wirefmt.parse(doc)
    assert (a.title, a.lede, a.diagnostics) == (title, lede, ())


def test_dateline_parts_describe_its_date() -> None:
    # The suffix says 1 January; the body's dateline says Dec 31: the date and its parts
    # come from the same source (the suffix), the place from the body.
    doc = (
        "Year-end talks\n\nThe talks ended. 01.01.2022, Sputnik International\n\n"
        "2022-01-01T10:00+0000\n\ntalks\n\n"
        "MOSCOW, Dec 31 (Sputnik) - The talks ended late on Friday. Both sides spoke.\n"
    )
    d = wirefmt.parse(doc).dateline
    assert d is not None
    assert (d.place, d.date, d.day, d.month, d.year) == ("MOSCOW", dt.date(2022, 1, 1), 1, 1, 2022)
    assert doc[d.start : d.end] == "MOSCOW, Dec 31 (Sputnik) - "


def test_suffix_span_starts_at_the_date() -> None:
    d = wirefmt.parse_description("Liman yeniden açıldı... 03.06.2025")
    assert d.suffix_start is not None
    assert "Liman yeniden açıldı... 03.06.2025"[d.suffix_start :] == "03.06.2025"


def test_out_of_order_timestamps_point_at_the_last_one() -> None:
    doc = "Title\n\nLede.\n\n2025-06-03T11:00+0200\n\n2025-06-03T09:00+0200\n"
    a = wirefmt.parse(doc)
    (diag,) = [d for d in a.diagnostics if d.code == "timestamps-out-of-order"]
    assert doc[diag.start : diag.end] == "2025-06-03T09:00+0200"


def test_a_str_is_not_a_keyword_list() -> None:
    with pytest.raises(TypeError, match="not a str"):
        wirefmt.Article(keywords="ukraine")


@pytest.mark.parametrize(
    "opening",
    ["The Guardian (UK) - A report found", "Mr Smith (Labour) - The member said"],
)
def test_names_with_a_bracket_are_not_datelines(opening: str) -> None:
    assert wirefmt.parse_dateline(opening) is None


@pytest.mark.parametrize(
    ("opening", "agency"),
    [
        ("Sofia (BTA) - The government met", "BTA"),
        ("Valmare (Agencia Sur) - El puerto abrió", "Agencia Sur"),
        ("Berlin (dpa) - Die Regierung", "dpa"),
    ],
)
def test_unlisted_agencies_in_the_usual_shape_are_still_found(opening: str, agency: str) -> None:
    found = wirefmt.parse_dateline(opening)
    assert found is not None and found.agency == agency


@pytest.mark.parametrize("month", [0, 13, -1])
def test_format_dateline_refuses_a_month_that_does_not_exist(month: int) -> None:
    with pytest.raises(ValueError, match="month"):
        wirefmt.format_dateline(wirefmt.Dateline(place="LONDON", month=month, day=14), "reuters")


@pytest.mark.parametrize("text", ["2022-W53-7", "2021-W53-1", "2022W537"])
def test_week_dates_past_a_years_last_week_are_refused(text: str) -> None:
    with pytest.raises(wirefmt.ParseError):
        wirefmt.parse_timestamp(text)
    assert wirefmt.parse_timestamp("2020-W53-1") == dt.datetime(2020, 12, 28)


def test_strict_invalid_utf8_and_binary_errors_carry_line_and_column() -> None:
    with pytest.raises(wirefmt.ParseError) as info:
        wirefmt.parse("Title\n\nLede é".encode() + b"\xff\n", strict=True)
    assert (info.value.code, info.value.line, info.value.column) == ("invalid-utf8", 3, 7)
    with pytest.raises(wirefmt.InputError) as binary:
        wirefmt.parse("Title\n\n" + "\x00" * 50, strict=True)
    assert (binary.value.code, binary.value.line, binary.value.column) == ("binary-input", 3, 1)


def test_misused_field_parsers_raise_type_error_at_once() -> None:
    for call in (
        lambda: wirefmt.parse_description(None),  # type: ignore[arg-type]
        lambda: wirefmt.is_keyword(None),  # type: ignore[arg-type]
        lambda: wirefmt.split_keyword_list(b"a, b"),  # type: ignore[arg-type]
    ):
        with pytest.raises(TypeError):
            call()
    with pytest.raises(ValueError, match="max_size"):
        wirefmt.parse("x", max_size=-1)


def test_public_errors_and_tables_show_their_public_face() -> None:
    assert wirefmt.ParseError.__module__ == "wirefmt"
    with pytest.raises(TypeError):
        wirefmt.FORMATS["other"] = wirefmt.FORMATS["pagedump"]  # type: ignore[index]


def test_a_body_dense_with_candidates_is_left_unsplit_with_a_notice() -> None:
    # "Dr.ADr.A…": a glued candidate every four characters, as in no prose. Judging each
    # one cost ten times the sample's cost per byte; past a budget the rest stays unsplit.
    body = "Dr.A" * 5_000
    blocks, notes = wirefmt.analyse_body(body)
    assert "".join(b.text for b in blocks) == body
    assert [n[0] for n in notes] == ["dense-body"]
    a = wirefmt.parse("Title\n\nLede.\n\nkw\n\n" + body + "\n", strict=True)
    assert "dense-body" in [d.code for d in a.diagnostics]


def test_real_bodies_never_run_out_of_candidates() -> None:
    body = ("The plant opened.Officials spoke at 3.5 p.m. on sputniknews.com today." * 3)[:-1]
    assert wirefmt.analyse_body(body)[1] == ()


def test_many_capitalised_tag_lines_are_linear() -> None:
    # Each capitalised tag line peeled off the body was inserted in front of a list:
    # quadratic in the number of such lines.
    body = "The harbour opened a farm on Tuesday. It covers the old dock basin. " * 6
    head = "Title\n\nLede here.\n\nkw\n\n" + body + "\n"
    # (each its own block, as tags are: a line glued to the body is the body's)
    small, large = head + "\nJoe Biden\n" * 10_000, head + "\nJoe Biden\n" * 40_000
    assert wirefmt.parse(large).tags == ("Joe Biden",) * 40_000
    assert _cost(large) < 7 * _cost(small)
