"""How the page-dump reader gives lines their roles where layouts mislead: a body line
shaped like metadata or a publisher line, names among keywords and tags, a description
before the title, a title ending in a date."""

from __future__ import annotations

import time

import pytest

import wirefmt


def _cost(text: str) -> float:
    best = float("inf")
    for _ in range(3):
        t0 = time.perf_counter()
        wirefmt.parse(text)
        best = min(best, time.perf_counter() - t0)
    return best


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


def test_out_of_order_timestamps_point_at_the_last_one() -> None:
    doc = "Title\n\nLede.\n\n2025-06-03T11:00+0200\n\n2025-06-03T09:00+0200\n"
    a = wirefmt.parse(doc)
    (diag,) = [d for d in a.diagnostics if d.code == "timestamps-out-of-order"]
    assert doc[diag.start : diag.end] == "2025-06-03T09:00+0200"


def test_many_capitalised_tag_lines_are_linear() -> None:
    # Each capitalised tag line peeled off the body was inserted in front of a list:
    # quadratic in the number of such lines.
    body = "The harbour opened a farm on Tuesday. It covers the old dock basin. " * 6
    head = "Title\n\nLede here.\n\nkw\n\n" + body + "\n"
    # (each its own block, as tags are: a line glued to the body is the body's)
    small, large = head + "\nJoe Biden\n" * 10_000, head + "\nJoe Biden\n" * 40_000
    assert wirefmt.parse(large).tags == ("Joe Biden",) * 40_000
    assert _cost(large) < 7 * _cost(small)
