"""Timestamps printed with another script's digits, and bare numbers read as Unix time.

Every string here is written for these tests in the shapes news metadata prints.
"""

from __future__ import annotations

import contextlib
import json
from datetime import UTC, date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

import wirefmt
from wirefmt._errors import ParseError
from wirefmt.fields._ts_tokens import ascii_digits
from wirefmt.fields.timestamps import looks_like_timestamp, parse_timestamp, read_timestamp

D = datetime
REF_DATE = date(2024, 3, 1)

# The digits of scripts news is printed in (Unicode Nd), 0 to 9.
SCRIPTS = {
    "arabic-indic": "٠١٢٣٤٥٦٧٨٩",
    "persian": "۰۱۲۳۴۵۶۷۸۹",
    "devanagari": "०१२३४५६७८९",
    "bengali": "০১২৩৪৫৬৭৮৯",
    "thai": "๐๑๒๓๔๕๖๗๘๙",
    "fullwidth": "０１２３４５６７８９",
}


def _in(script: str, text: str) -> str:
    return text.translate(str.maketrans("0123456789", SCRIPTS[script]))


DIGIT_FORMS = [
    ("٢١/٠٣/٢٠٢٤ ٠٨:٤٠", D(2024, 3, 21, 8, 40)),  # Arabic-Indic, numeric date
    ("۲۱.۰۳.۲۰۲۴, ۰۸:۴۰", D(2024, 3, 21, 8, 40)),  # Persian, dotted fixed form
    ("٢٠٢٤-٠٣-٢١T٠٨:٤٠Z", D(2024, 3, 21, 8, 40, tzinfo=UTC)),  # ISO 8601 in Arabic digits
    ("२१ March २०२४, ०८:४०", D(2024, 3, 21, 8, 40)),  # Devanagari digits, English month
    ("২১ মার্চ ২০২৪".replace("মার্চ", "March"), D(2024, 3, 21)),  # Bengali digits
    ("２０２４年３月２１日 ８時４０分", D(2024, 3, 21, 8, 40)),  # full-width digits, CJK units
    ("21 марта ٢٠٢٤ г., 08:40", D(2024, 3, 21, 8, 40)),  # mixed scripts: each digit by value
    ("الخميس، ٢١/٠٣/٢٠٢٤", D(2024, 3, 21)),  # the Arabic comma after the weekday
]


@pytest.mark.parametrize(("text", "expected"), DIGIT_FORMS)
def test_any_scripts_digits(text: str, expected: datetime) -> None:
    assert parse_timestamp(text) == expected
    assert read_timestamp(text).value == expected
    assert looks_like_timestamp(text)


@pytest.mark.parametrize(
    "text",
    [
        "۱۴۰۳/۰۱/۰۲",  # a Solar Hijri date in Persian digits: the year 1403 is no news year
        "۱۴۰۳-۰۱-۰۲",  # the same through the ISO 8601 pattern
        "1445/09/11 10:00",  # a Hijri year in ASCII digits
        "²⁰²⁴-03-21",  # superscripts are digits but no decimal digits (no Nd)
        "٢١/٠٣/٢٠٢٤ ٠٨:٤٠ ٩",  # a number left with no role, in any script
    ],
)
def test_near_misses_in_other_digits(text: str) -> None:
    with pytest.raises(ParseError):
        parse_timestamp(text)
    assert not looks_like_timestamp(text)


@given(
    script=st.sampled_from(sorted(SCRIPTS)),
    when=st.datetimes(min_value=D(1900, 1, 1), max_value=D(2099, 12, 31)),
)
def test_every_script_reads_as_ascii(script: str, when: datetime) -> None:
    """Round trip: a stamp written in any script's digits reads as the ASCII one."""
    text = when.strftime("%d/%m/%Y %H:%M")
    assert parse_timestamp(_in(script, text), dayfirst=True) == when.replace(
        second=0, microsecond=0
    )


@given(st.text(max_size=30))
def test_ascii_digits_keeps_length_and_non_digits(text: str) -> None:
    out = ascii_digits(text)
    assert len(out) == len(text)
    for a, b in zip(text, out, strict=True):
        assert a == b or (a.isdecimal() and b.isascii() and int(b) == int(a))


UNIX = [
    ("1711010400", D(2024, 3, 21, 8, 40, tzinfo=UTC)),
    ("1711010400000", D(2024, 3, 21, 8, 40, tzinfo=UTC)),
    ("١٧١١٠١٠٤٠٠", D(2024, 3, 21, 8, 40, tzinfo=UTC)),
]


@pytest.mark.parametrize(("text", "expected"), UNIX)
def test_unix_time(text: str, expected: datetime) -> None:
    assert parse_timestamp(text) == expected
    assert read_timestamp(text).value == expected


@pytest.mark.parametrize(("text", "_"), UNIX)
def test_bare_number_refused_when_asked_and_never_a_timestamp_line(text: str, _: datetime) -> None:
    with pytest.raises(ParseError, match="unix_time=False"):
        parse_timestamp(text, unix_time=False)
    assert not looks_like_timestamp(text)


@pytest.mark.parametrize("text", ["0123456789", "17110104000", "171101040", "+1711010400"])
def test_unix_time_near_misses(text: str) -> None:
    """A leading zero, 11 or 9 digits, a sign: no Unix time even when asked."""
    with pytest.raises(ParseError):
        parse_timestamp(text, unix_time=True)


MONTH_FORMS = [
    ("١٤ تموز ٢٠٢٣، ١٠:٣٠", D(2023, 7, 14, 10, 30)),  # Levantine Arabic, Arabic digits
    ("الخميس، 12 تشرين الأول 2023 الساعة 10:30", D(2023, 10, 12, 10, 30)),  # two-word month
    ("14 ايار (مايو) 2023 10:00", D(2023, 5, 14, 10, 0)),  # two names of one month
    ("١٤ تموز/يوليو ٢٠٢٣", D(2023, 7, 14)),
    ("14 جوان 2023 10:00", D(2023, 6, 14, 10, 0)),  # Algerian and Tunisian
    ("جمعه ۱۴ ژوئیه ۲۰۲۳ ساعت ۱۰:۳۰", D(2023, 7, 14, 10, 30)),  # Persian, Persian digits
    ("سه شنبه ۱۸ ژوئیه ۲۰۲۳", D(2023, 7, 18)),  # a weekday of two words
    ("جمعہ 14 جولائی 2023", D(2023, 7, 14)),  # Urdu
    ("शुक्रवार, 14 जुलाई 2023, 10:30 बजे", D(2023, 7, 14, 10, 30)),  # Hindi
    ("१४ जुलाई २०२३ को प्रकाशित", D(2023, 7, 14)),  # Hindi, Devanagari digits
    ("শুক্রবার, ১৪ জুলাই ২০২৩", D(2023, 7, 14)),  # Bengali
    ("14 ஜூலை 2023 10:30", D(2023, 7, 14, 10, 30)),  # Tamil
]


@pytest.mark.parametrize(("text", "expected"), MONTH_FORMS)
def test_months_of_more_scripts(text: str, expected: datetime) -> None:
    assert parse_timestamp(text) == expected
    assert looks_like_timestamp(text)


@pytest.mark.parametrize(
    "text",
    [
        "14 كانون 2024",  # half of a two-word month
        "14 أيار/يونيو 2023",  # two names of two months
        "गुरुवार, 14 जुलाई 2023",  # Thursday: 14 July 2023 is a Friday
        "14 तिथि 2023",  # a word no table holds ("date")
        "14 جولائی",  # no year, no reference
    ],
)
def test_month_near_misses(text: str) -> None:
    with pytest.raises(ParseError):
        parse_timestamp(text)
    assert not looks_like_timestamp(text)


def test_a_number_line_in_a_page_dump_is_kept() -> None:
    """A page-dump line holding a bare 10-digit number is no timestamp line, so it is kept
    (as a keyword line) rather than named a timestamp and dropped."""
    doc = (
        "Ferry back\n\nThe ferry sailed again. 05.04.2021, Sputnik International\n\n"
        "2021-04-05T10:00+0300\n\n1711010400\n\nferries\n\nThe crossing took an hour.\n"
    )
    assert "1711010400" in json.dumps(wirefmt.parse(doc).to_dict(), default=str)


PIECES = [
    "١٤", "۲۰۲۴", "२०२३", "०९:३०", " ", "/", ".", ":", "،", "م", "ص", "تشرين", "الأول",
    "जुलाई", "ژوئیه", "\u200c", "\u093c", "Moscow", "time", "heure", "de", "Paris", "tháng",
    "năm", "7", "2023", "14", "h", "30", "min", "PM", "μ.μ.", "today", "ago", "14/02", "09:12",
]  # fmt: skip


@given(st.lists(st.sampled_from(PIECES), max_size=12), st.booleans())
def test_never_an_other_exception(pieces: list[str], with_reference: bool) -> None:
    """Any mix of the new forms' pieces parses or raises ParseError, and what
    looks_like_timestamp refuses, parse_timestamp refuses (a fixed form's shape may still
    hold a field out of range: "20232023")."""
    text = "".join(pieces)
    reference = REF_DATE if with_reference else None
    with contextlib.suppress(ParseError):
        parse_timestamp(text, reference=reference)
    try:
        parse_timestamp(text)
        read = True
    except ParseError:
        read = False
    assert looks_like_timestamp(text) or not read
