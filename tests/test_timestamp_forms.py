"""The general timestamp reader: each form in several languages, its near misses, the notes.

Every string here is written for these tests in the shapes news metadata prints.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wirefmt._errors import ParseError
from wirefmt._policy import CODES
from wirefmt.fields._zones import LOCAL_NAMES, ZONES
from wirefmt.fields.timestamps import (
    _ANY_RE,
    TimestampNote,
    TimestampReading,
    looks_like_timestamp,
    parse_timestamp,
    read_timestamp,
)


def _tz(hours: float) -> timezone:
    return timezone(timedelta(minutes=round(hours * 60))) if hours else UTC


D = datetime
REF = date(2024, 6, 1)

FORMS = [
    # month names, day first, genitive, year words, connectors
    ("3 квітня 2023 р., 16:20", D(2023, 4, 3, 16, 20)),
    ("14 октября 2021 года, 08:05", D(2021, 10, 14, 8, 5)),
    ("8 lipca 2020, 12:00", D(2020, 7, 8, 12)),
    ("vendredi 9 juin 2023 à 18h45", D(2023, 6, 9, 18, 45)),
    ("9 de junio de 2023, 6:45 p. m.", D(2023, 6, 9, 18, 45)),
    ("9 de junho de 2023 às 18:45", D(2023, 6, 9, 18, 45)),
    ("9 giugno 2023 alle ore 18:45", D(2023, 6, 9, 18, 45)),
    ("9. Juni 2023 um 18:45 Uhr", D(2023, 6, 9, 18, 45)),
    ("9 juni 2023 om 18:45", D(2023, 6, 9, 18, 45)),
    ("9 Haziran 2023 18:45", D(2023, 6, 9, 18, 45)),
    ("9 Ιουνίου 2023, 18:45", D(2023, 6, 9, 18, 45)),
    ("9 ΙΟΥΝΙΟΥ 2023 18:45", D(2023, 6, 9, 18, 45)),
    ("9 հունիսի 2023, 18:45", D(2023, 6, 9, 18, 45)),
    ("9 ივნისი 2023 18:45", D(2023, 6, 9, 18, 45)),
    ("9 iunie 2023, 18:45", D(2023, 6, 9, 18, 45)),
    ("9. června 2023 18:45", D(2023, 6, 9, 18, 45)),
    ("9. lipnja 2023. u 18:45", D(2023, 6, 9, 18, 45)),
    ("9. lipnja 2023. oko 18:45", None),  # "oko" (about) is no word we know: refused
    ("9. jūnijā 2023 18:45", D(2023, 6, 9, 18, 45)),
    ("9 Juni 2023 pukul 18.45", D(2023, 6, 9, 18, 45)),
    # month first, time first
    ("June 9, 2023 6:45 PM", D(2023, 6, 9, 18, 45)),
    ("18:45 Июнь 9, 2023", D(2023, 6, 9, 18, 45)),
    ("6:45pm Jun 9, 2023", D(2023, 6, 9, 18, 45)),
    ("18:45, 9 червня 2023", D(2023, 6, 9, 18, 45)),
    # year first
    ("2023. június 9. 18:45", D(2023, 6, 9, 18, 45)),
    ("2023 m. birželio 9 d. 18:45", D(2023, 6, 9, 18, 45)),
    ("2023年6月9日 18:45", D(2023, 6, 9, 18, 45)),
    ("2023년 6월 9일 18:45", D(2023, 6, 9, 18, 45)),
    # weekdays, checked
    ("Friday, 9 June 2023 18:45", D(2023, 6, 9, 18, 45)),
    ("пятница, 9 июня 2023", D(2023, 6, 9)),
    ("Cuma, 9 Haziran 2023 18:45", D(2023, 6, 9, 18, 45)),
    ("piątek, 9 czerwca 2023 (18:45)", D(2023, 6, 9, 18, 45)),
    # ordinals
    ("Fri 9th Jun 2023 | 6:45 PM", D(2023, 6, 9, 18, 45)),
    ("1st June 2023, 09:00", D(2023, 6, 1, 9)),
    ("1er juin 2023 à 9h", D(2023, 6, 1, 9)),
    ("1º de junio de 2023", D(2023, 6, 1)),
    # 12-hour clocks
    ("7:14:31 PM June 9 2023", D(2023, 6, 9, 19, 14, 31)),
    ("12:30 AM 9 June 2023", D(2023, 6, 9, 0, 30)),
    ("12:30 p.m. 9 June 2023", D(2023, 6, 9, 12, 30)),
    ("9 June 2023 7 a.m.", D(2023, 6, 9, 7)),
    # dotted clocks with their word
    ("9.6.2023 kl. 18.45", D(2023, 6, 9, 18, 45)),
    ("9. kesäkuuta 2023 klo 18.45", D(2023, 6, 9, 18, 45)),
    ("9 juni 2023 kl 18.45", D(2023, 6, 9, 18, 45)),
    ("09.06.2023, 18.45 Uhr", D(2023, 6, 9, 18, 45)),
    ("9 juni 2023, 18.45 uur", D(2023, 6, 9, 18, 45)),
    ("9. juuni 2023 kell 18.45", D(2023, 6, 9, 18, 45)),
    ("9. jūnijā 2023 plkst. 18.45", D(2023, 6, 9, 18, 45)),
    ("9. června 2023 v 18.45 hod.", D(2023, 6, 9, 18, 45)),
    ("9 Juni 2023 jam 18.45 WIB", D(2023, 6, 9, 18, 45, tzinfo=_tz(7))),
    ("18.45, 9 juni 2023", D(2023, 6, 9, 18, 45)),  # a date after it makes it a clock
    ("9 June 2023 6.45pm", D(2023, 6, 9, 18, 45)),
    ("6.45pm, 9 June 2023", D(2023, 6, 9, 18, 45)),
    # numeric dates, decided by the values
    ("21/03/2012", D(2012, 3, 21)),
    ("03/21/2012 10:00 AM", D(2012, 3, 21, 10)),
    ("2021.11.02", D(2021, 11, 2)),
    ("2024/06/11 09:12", D(2024, 6, 11, 9, 12)),
    ("09:12 14/02/2023", D(2023, 2, 14, 9, 12)),
    ("5/5/2019", D(2019, 5, 5)),
    ("14.02.23, 09:12:30", D(2023, 2, 14, 9, 12, 30)),
    ("23. 12. 2024 13:31", D(2024, 12, 23, 13, 31)),
    ("2024. 12. 23. 13:31", D(2024, 12, 23, 13, 31)),
    ("23.12.2024. 13:31", D(2024, 12, 23, 13, 31)),
    ("27/December/2020 10:40 AM", D(2020, 12, 27, 10, 40)),
    # zones
    ("9 June 2023 18:45 GMT", D(2023, 6, 9, 18, 45, tzinfo=UTC)),
    ("9 June 2023 18:45 CEST", D(2023, 6, 9, 18, 45, tzinfo=_tz(2))),
    ("9. Juni 2023 18:45 MESZ", D(2023, 6, 9, 18, 45, tzinfo=_tz(2))),
    ("9 июня 2023 18:45 МСК", D(2023, 6, 9, 18, 45, tzinfo=_tz(3))),
    ("9 Juni 2023 18:45 WIB", D(2023, 6, 9, 18, 45, tzinfo=_tz(7))),
    ("Jun 9, 2023 6:45 PM EDT", D(2023, 6, 9, 18, 45, tzinfo=_tz(-4))),
    ("Jun 9, 2023, 6:45 PM GMT+2", D(2023, 6, 9, 18, 45, tzinfo=_tz(2))),
    ("9 June 2023 18:45 GMT +3", D(2023, 6, 9, 18, 45, tzinfo=_tz(3))),
    ("9 June 2023 18:45 (UTC +05:00)", D(2023, 6, 9, 18, 45, tzinfo=_tz(5))),
    ("9 June 2023 18:45 UTC-3", D(2023, 6, 9, 18, 45, tzinfo=_tz(-3))),
    ("9 June 2023 18:45 +0530", D(2023, 6, 9, 18, 45, tzinfo=_tz(5.5))),
    ("9 June 2023 18:45 AEST", D(2023, 6, 9, 18, 45, tzinfo=_tz(10))),
    ("Jun 9, 2023 2:45 p.m. ET", D(2023, 6, 9, 14, 45, tzinfo=_tz(-4))),  # summer: EDT
    ("Jan 9, 2023 2:45 p.m. ET", D(2023, 1, 9, 14, 45, tzinfo=_tz(-5))),  # winter: EST
    ("Updated 11:45 AM PT, Fri June 9, 2023", D(2023, 6, 9, 11, 45, tzinfo=_tz(-7))),
    ("Fri, 09 Jun 2023 18:45:00 +0300 (MSK)", D(2023, 6, 9, 18, 45, tzinfo=_tz(3))),
    ("9 June 2023 18:45 -0500 (EST)", D(2023, 6, 9, 18, 45, tzinfo=_tz(-5))),
    # what programs print: JavaScript's Date, Unix date(1)
    (
        "Fri Jun 09 2023 18:45:00 GMT+0300 (Eastern European Summer Time)",
        D(2023, 6, 9, 18, 45, tzinfo=_tz(3)),
    ),
    ("Fri Jun  9 18:45:00 CEST 2023", D(2023, 6, 9, 18, 45, tzinfo=_tz(2))),
    ("09-JUN-23", D(2023, 6, 9)),
    # weekdays of two words, CJK weekdays in brackets, right-to-left scripts
    ("Thứ sáu, 9/6/2023, 18:45 (GMT+7)", D(2023, 6, 9, 18, 45, tzinfo=_tz(7))),
    ("cümə, 9 iyun 2023", D(2023, 6, 9)),
    ("cümə axşamı, 8 iyun 2023", D(2023, 6, 8)),
    ("e premte, 9 qershor 2023", D(2023, 6, 9)),
    ("2023年6月9日(金) 18:45", D(2023, 6, 9, 18, 45)),
    ("2023年6月9日（金）18:45", D(2023, 6, 9, 18, 45)),
    ("2023. 6. 9.(금) 18:45", D(2023, 6, 9, 18, 45)),
    ("2023年06月09日 星期五 18:45", D(2023, 6, 9, 18, 45)),
    ("发布时间：2023-06-09 18:45", D(2023, 6, 9, 18, 45)),
    ("입력 2023.06.09 18:45", D(2023, 6, 9, 18, 45)),
    ("الجمعة 9 يونيو 2023 الساعة 18:45", D(2023, 6, 9, 18, 45)),
    ("9 ביוני 2023, 18:45", D(2023, 6, 9, 18, 45)),
    # CJK clocks: units and markers before the clock
    ("2023年6月9日18時45分", D(2023, 6, 9, 18, 45)),
    ("2023年6月9日 下午6:45", D(2023, 6, 9, 18, 45)),
    ("2023년 6월 9일 오후 6:45", D(2023, 6, 9, 18, 45)),
    ("2023. 6. 9. 오전 6:45", D(2023, 6, 9, 6, 45)),
    # wire forms
    ("091845 GMT Jun 23", D(2023, 6, 9, 18, 45, tzinfo=UTC)),
    ("091845Z JUN 23", D(2023, 6, 9, 18, 45, tzinfo=UTC)),
    ("06-09-23 1845GMT", D(2023, 6, 9, 18, 45, tzinfo=UTC)),
    ("UPI-DC-06-09-23 1845EDT", D(2023, 6, 9, 18, 45, tzinfo=_tz(-4))),
    ("20230609184500MESZ", D(2023, 6, 9, 18, 45, tzinfo=_tz(2))),
    ("202306091845", D(2023, 6, 9, 18, 45)),
    # labels before the timestamp
    ("Updated: June 9, 2023 6:45 PM", D(2023, 6, 9, 18, 45)),
    ("Mis à jour le 09/06/23 à 18h45", D(2023, 6, 9, 18, 45)),
    ("Aktualisiert: 09.06.2023, 18:45", D(2023, 6, 9, 18, 45)),
    ("Опубликовано: 9 июня 2023, 18:45", D(2023, 6, 9, 18, 45)),
    ("Publiziert am 9. Juni 2023", D(2023, 6, 9)),
    ("data 9 giugno 2023 ore 18.45", D(2023, 6, 9, 18, 45)),
    ("Δημοσίευση 9 Ιουνίου 2023, 18:45", D(2023, 6, 9, 18, 45)),
]


@pytest.mark.parametrize(("text", "expected"), FORMS)
def test_forms(text: str, expected: datetime | None) -> None:
    if expected is None:
        with pytest.raises(ParseError):
            parse_timestamp(text)
        assert not looks_like_timestamp(text)
        return
    got = parse_timestamp(text)
    assert got == expected
    assert got.utcoffset() == expected.utcoffset()
    assert (got.tzinfo is None) == (expected.tzinfo is None)
    assert looks_like_timestamp(text)


NEAR_MISSES = [
    "The vote closes at 14:30 on Friday",  # a time in prose
    "Die Sitzung beginnt um 17.30 Uhr",
    "Заседание начнётся в 15:00",
    "version 2.10.15",  # a version number
    "v2.10.15",
    "1.2.3",
    "+7 495 123-45-67",  # phone numbers
    "555-0100",
    "(212) 555-0100",
    "3:1",  # scores
    "Spartak 3:1 Zenit",
    "2:0",
    "10:00",  # a clock alone is no timestamp
    "18.45",
    "18.45 18.50 9 June 2023",
    "14h05",
    "31 June 2023",  # impossible dates
    "30 février 2023",
    "13/13/2023",
    "Monday, 9 June 2023",  # weekdays that contradict the date
    "sobota, 9 czerwca 2023",
    "Salı 9 Haziran 2023",
    "2023年6月9日(木)",
    "Thứ năm, 9/6/2023",
    "June 2023",  # no day
    "9 June 2023 25:00",
    "9 June 2023 13:00 PM",  # no 13 on a 12-hour clock
    "9 June 2023 18:45 XYZ",
    "9 June 2023 18:45 est",  # zone names are capitals
    "9 June 9 June 2023",
    "9 June 2023 18:45 18:50",
    "123456789",
    "2023 June 9 10 11",
    "오후 9 June 2023",  # a 12-hour marker with no clock
    "9 June 2023 18:45 et",
    "9 June 2023 (Moscow)",  # a long zone name stands only after an offset
    "9 June 2023 18:45 (Moscow Daylight Time)",  # a long name no table lists
]


def test_impossible_dotted_date() -> None:
    with pytest.raises(ParseError):
        parse_timestamp("31.04.2023 10:00")  # the shape is the dotted form's: looks like one


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_near_misses(text: str) -> None:
    with pytest.raises(ParseError) as info:
        parse_timestamp(text, reference=REF)
    assert info.value.code == "bad-timestamp"
    assert not looks_like_timestamp(text)


# --- what the text leaves open ------------------------------------------------------------


def test_numeric_order_by_default_argument_language_and_clock() -> None:
    r = read_timestamp("05/04/2021 10:00")
    assert r.value == D(2021, 4, 5, 10)
    (note,) = r.notes
    assert (note.code, note.decided_by) == ("ambiguous-date", "default")
    assert note.alternatives == (D(2021, 5, 4, 10),)
    assert r.ambiguous
    assert read_timestamp("05/04/2021", dayfirst=False).value == D(2021, 5, 4)
    assert read_timestamp("05/04/2021", dayfirst=False).notes[0].decided_by == "argument"
    assert read_timestamp("05/04/2021", lang="en-US").value == D(2021, 5, 4)
    assert read_timestamp("05/04/2021", lang="en-GB").value == D(2021, 4, 5)
    assert read_timestamp("05/04/2021", lang="fr").notes[0].decided_by == "language"
    clock = read_timestamp("05/04/2021 10:00 PM")
    assert clock.value == D(2021, 5, 4, 22)
    assert clock.notes[0].decided_by == "clock"


def test_the_weekday_chooses_among_the_readings() -> None:
    assert read_timestamp("Mon 05/04/2021") == TimestampReading(D(2021, 4, 5))
    assert read_timestamp("mardi 05/04/2021") == TimestampReading(D(2021, 5, 4))
    assert read_timestamp("Sunday 15 listopada 2023") == TimestampReading(D(2023, 10, 15))
    with pytest.raises(ParseError):
        parse_timestamp("Thursday 05/04/2021")  # neither 5 April nor 4 May


def test_no_note_where_the_values_decide() -> None:
    for text in ("21/03/2012", "03/21/2012", "05/05/2019", "05.04.2021", "2021/04/05"):
        assert read_timestamp(text).notes == ()


def test_ambiguous_zone_by_default_region_zone_and_language() -> None:
    r = read_timestamp("9 June 2023 18:45 IST")
    assert r.value.utcoffset() == timedelta(hours=5, minutes=30)
    (note,) = r.notes
    assert (note.code, note.decided_by) == ("ambiguous-zone", "default")
    assert {a.utcoffset() for a in note.alternatives} == {timedelta(hours=1), timedelta(hours=2)}
    assert parse_timestamp("9 June 2023 18:45 IST", tz="IE").utcoffset() == timedelta(hours=1)
    try:
        ZoneInfo("Asia/Jerusalem")
    except (KeyError, OSError, ValueError):  # no time zone data on this machine
        return
    israel = read_timestamp("9 June 2023 18:45 IST", tz="Asia/Jerusalem")
    assert israel.notes[0].decided_by == "argument"
    assert israel.value.utcoffset() == timedelta(hours=2)  # standard time, even in June
    assert parse_timestamp("9 June 2023 18:45 CST", lang="zh").utcoffset() == timedelta(hours=8)
    assert parse_timestamp("9 June 2023 18:45 CST").utcoffset() == timedelta(hours=-6)
    assert parse_timestamp("9 June 2023 18:45 BST").utcoffset() == timedelta(hours=1)
    assert parse_timestamp("9 June 2023 18:45 BST", tz="BD").utcoffset() == timedelta(hours=6)


def test_no_zone_stays_naive_even_with_a_zone_hint() -> None:
    assert parse_timestamp("9 June 2023 18:45", tz="Asia/Kolkata").tzinfo is None


def test_missing_year_from_the_reference() -> None:
    r = read_timestamp("9 June, 18:45", reference=date(2023, 6, 20))
    assert r.value == D(2023, 6, 9, 18, 45)
    assert [n.code for n in r.notes] == ["inferred-year"]
    # nearest to the reference: late December seen from early January is last year
    assert parse_timestamp("30 декабря 10:00", reference=date(2024, 1, 3)).year == 2023
    assert parse_timestamp("3 janvier", reference=date(2023, 12, 30)).year == 2024
    with pytest.raises(ParseError, match="reference"):
        parse_timestamp("9 June, 18:45")


def test_two_digit_years_near_the_reference() -> None:
    assert parse_timestamp("09.06.49").year == 2049
    assert parse_timestamp("09.06.50").year == 1950
    assert parse_timestamp("09.06.50", reference=date(2040, 1, 1)).year == 2050


def test_month_word_of_two_meanings() -> None:
    r = read_timestamp("15 listopada 2023")
    assert r.value == D(2023, 11, 15)  # Polish, the first language of the table having it
    assert r.notes[0].code == "ambiguous-date"
    assert r.notes[0].alternatives == (D(2023, 10, 15),)
    assert read_timestamp("15 listopada 2023", lang="hr").value == D(2023, 10, 15)
    assert read_timestamp("15 listopada 2023", lang="pl").notes == ()


def test_results_are_frozen_and_typed() -> None:
    r = read_timestamp("05/04/2021")
    assert isinstance(r, TimestampReading)
    assert isinstance(r.notes[0], TimestampNote)
    with pytest.raises(AttributeError):
        r.value = D(2000, 1, 1)  # type: ignore[misc]
    for note in r.notes:
        assert note.code in CODES


def test_fixed_forms_have_no_notes() -> None:
    assert read_timestamp("2022-02-14T14:18+0100") == TimestampReading(
        D(2022, 2, 14, 14, 18, tzinfo=_tz(1))
    )


def test_keyword_only() -> None:
    call: Any = parse_timestamp
    with pytest.raises(TypeError):
        call("05/04/2021", True)


# --- never crash, and looks_like_timestamp agrees with parse_timestamp ----------------------

PIECES = st.sampled_from(
    [
        "9", "09", "2023", "23", "18:45", "6:45", "18.45", "18h45", "091845", "1845", "12",
        "/", ".", "-", ",", " ", "+", "+03:00", "GMT", "IST", "Z", "PM", "a.m.", "am", "um",
        "Uhr", "kl.", "juin", "June", "мая", "listopada", "Mar", "mar", "Monday", "so", "1st",
        "th", "年", "月", "日", "г.", "de", "(", ")", "Posted:", "AP-NY-", "x",
    ]
)  # fmt: skip


@given(st.lists(PIECES, max_size=12).map("".join))
def test_pieces_never_crash_and_looks_like_agrees(text: str) -> None:
    try:
        parse_timestamp(text)
    except ParseError:
        assert not looks_like_timestamp(text) or _fixed_shape(text)
    else:
        assert looks_like_timestamp(text)


def _fixed_shape(text: str) -> bool:
    """The fixed forms are told by shape alone: their field ranges are checked on parsing."""
    return _ANY_RE.fullmatch(text.strip()) is not None


def test_every_zone_name_is_documented() -> None:
    page = (Path(__file__).resolve().parents[1] / "docs" / "timestamps.md").read_text("utf-8")
    missing = [name for name in [*ZONES, *LOCAL_NAMES] if f"`{name}`" not in page]
    assert not missing
    for name, readings in ZONES.items():
        if len(readings) > 1:
            assert f"| `{name}` |" in page  # the ambiguous ones have their row of readings


@given(
    st.lists(PIECES, max_size=10).map("".join),
    st.sampled_from([None, "", "pl", "hr", "en-US", "sr-Cyrl-RS", "zh_Hant_TW", "xx-YY", "-"]),
    st.one_of(st.none(), st.text(max_size=20), st.sampled_from(["IN", "Asia/Kolkata", "../x"])),
    st.sampled_from([None, True, False]),
    st.one_of(st.none(), st.dates()),
)
def test_arguments_never_crash(
    text: str, lang: str | None, tz: str | None, dayfirst: bool | None, ref: date | None
) -> None:
    try:
        reading = read_timestamp(text, lang=lang, tz=tz, dayfirst=dayfirst, reference=ref)
    except ParseError:
        return
    assert all(note.code in CODES for note in reading.notes)


@given(st.text(alphabet=st.characters(exclude_categories=["Nd"]), max_size=40))
def test_a_line_without_a_digit_is_never_a_timestamp(text: str) -> None:
    """looks_like_timestamp refuses a line with no digit before reading it; the reader
    agrees: no form it accepts prints no number."""
    assert not looks_like_timestamp(text)
    with pytest.raises(ParseError):
        parse_timestamp(text)
