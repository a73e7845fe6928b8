"""parse_dateline and format_dateline: tables of openings in each agency's style, and round trips.

Every opening here is written for these tests in the shape the agency prints; none is copied.
"""

from __future__ import annotations

import datetime as dt
import time

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from wirefmt._model import Dateline
from wirefmt.fields._dateline_grammar import _month_forms
from wirefmt.fields.datelines import (
    _ANY_MONTH_WORD,
    _GRAMMAR,
    _MONTH_WORD,
    STYLES,
    WINDOW,
    _any_month_grammar,
    _grammar,
    _match,
    _month_word,
    format_dateline,
    parse_dateline,
)

# text, place, agency, month, day, year, the story's first words
GOOD = [
    # Reuters
    (
        "LONDON, Feb 14 (Reuters) - Copper slipped on Monday.",
        "LONDON",
        "Reuters",
        2,
        14,
        None,
        "Copper",
    ),
    (
        " OSLO (Reuters) - Norway's wealth fund sold shares.",
        "OSLO",
        "Reuters",
        None,
        None,
        None,
        "Norway's",
    ),
    (
        "RIO DE JANEIRO, March 3 (Reuters) - Brazil's central bank held.",
        "RIO DE JANEIRO",
        "Reuters",
        3,
        3,
        None,
        "Brazil's",
    ),
    (
        "GENEVA/BRUSSELS, Sept 9 (Reuters) - Talks resumed.",
        "GENEVA/BRUSSELS",
        "Reuters",
        9,
        9,
        None,
        "Talks",
    ),
    # AP, with state abbreviations and the old underscore dash
    (
        "WASHINGTON (AP) — The committee adjourned early.",
        "WASHINGTON",
        "AP",
        None,
        None,
        None,
        "The committee",
    ),
    (
        "SPRINGFIELD, Ill. (AP) — Lawmakers met.",
        "SPRINGFIELD, Ill.",
        "AP",
        None,
        None,
        None,
        "Lawmakers",
    ),
    ("BOISE, Idaho (AP) _ A wildfire grew.", "BOISE, Idaho", "AP", None, None, None, "A wildfire"),
    ("FARGO, N.D. (AP) — Snow fell.", "FARGO, N.D.", "AP", None, None, None, "Snow"),
    ("ELKINS, W.Va. (AP) — Snow fell.", "ELKINS, W.Va.", "AP", None, None, None, "Snow"),
    ("NOGALES, Son. (AP) — Rain fell.", "NOGALES, Son.", "AP", None, None, None, "Rain"),
    ("RIO DE JANEIRO (AP) — Rain fell.", "RIO DE JANEIRO", "AP", None, None, None, "Rain"),
    ("NELSON, B.C. (CP) - A bridge closed.", "NELSON, B.C.", "CP", None, None, None, "A bridge"),
    # AFP, English and French
    ("PARIS (AFP) - France said on Monday.", "PARIS", "AFP", None, None, None, "France"),
    ("Lyon, 3 févr. 2022 (AFP) - Le maire a annoncé.", "Lyon", "AFP", 2, 3, 2022, "Le maire"),
    # TASS, RIA Novosti, Interfax, Sputnik, UNN
    ("MOSCOW, March 2. /TASS/. The Kremlin said.", "MOSCOW", "TASS", 3, 2, None, "The Kremlin"),
    ("КАЗАНЬ, 2 марта. /ТАСС/. Власти сообщили.", "КАЗАНЬ", "ТАСС", 3, 2, None, "Власти"),
    (
        "САМАРА, 11 окт — РИА Новости. Мэрия сообщила.",
        "САМАРА",
        "РИА Новости",
        10,
        11,
        None,
        "Мэрия",
    ),
    ("МОСКВА, 7 июля - РИА Новости. Суд отложил.", "МОСКВА", "РИА Новости", 7, 7, None, "Суд"),
    ("MOSCOW. Oct 5 (Interfax) - Gas exports fell.", "MOSCOW", "Interfax", 10, 5, None, "Gas"),
    ("BOISE, Idaho. Oct 5 (Interfax) - Gas fell.", "BOISE, Idaho", "Interfax", 10, 5, None, "Gas"),
    (
        "Москва. 5 октября. INTERFAX.RU - Экспорт снизился.",
        "Москва",
        "INTERFAX.RU",
        10,
        5,
        None,
        "Экспорт",
    ),
    ("MINSK (Sputnik) - Belarus said.", "MINSK", "Sputnik", None, None, None, "Belarus"),
    (
        "MOSCOW, August 21 (Sputnik) – The ministry said.",
        "MOSCOW",
        "Sputnik",
        8,
        21,
        None,
        "The ministry",
    ),
    ("ЛЬВІВ. 3 березня. УНН. Рада ухвалила.", "ЛЬВІВ", "УНН", 3, 3, None, "Рада"),
    # Xinhua, dpa, EFE, ANSA, AGI
    ("SHANGHAI, Dec. 1 (Xinhua) -- Exports rose.", "SHANGHAI", "Xinhua", 12, 1, None, "Exports"),
    ("Köln (dpa) - Der Dom bleibt geöffnet.", "Köln", "dpa", None, None, None, "Der Dom"),
    ("Kiel (dpa/lno) Ein Fährschiff lief aus.", "Kiel", "dpa/lno", None, None, None, "Ein"),
    ("FRANKFURT (dpa-AFX) – Der Euro stieg.", "FRANKFURT", "dpa-AFX", None, None, None, "Der Euro"),
    ("Bilbao, 9 oct (EFE).- El puerto abrió.", "Bilbao", "EFE", 10, 9, None, "El puerto"),
    ("(ANSA) - NAPOLI, 4 LUG - Il sindaco ha detto.", "NAPOLI", "ANSA", 7, 4, None, "Il sindaco"),
    ("(AGI) - Torino, 12 gen. - La giunta ha deciso.", "Torino", "AGI", 1, 12, None, "La giunta"),
    ("(Adnkronos) - Il mercato ha chiuso.", None, "Adnkronos", None, None, None, "Il mercato"),
    # Asia
    ("SEOUL, Jan. 8 (Yonhap) -- Exports rose.", "SEOUL", "Yonhap", 1, 8, None, "Exports"),
    ("OSAKA, Nov. 2 Kyodo - The city said.", "OSAKA", "Kyodo", 11, 2, None, "The city"),
    ("Chennai, Jun 5 (PTI) The state government said.", "Chennai", "PTI", 6, 5, None, "The state"),
    ("Kolkata, April 20 (IANS) A bridge reopened.", "Kolkata", "IANS", 4, 20, None, "A bridge"),
    ("Taichung, Feb. 6 (CNA) Rain is expected.", "Taichung", "CNA", 2, 6, None, "Rain"),
    ("PENANG, Aug 30 (Bernama) -- The state said.", "PENANG", "Bernama", 8, 30, None, "The state"),
    # Americas, Europe, Turkey
    ("CHICAGO, May 2 (UPI) -- Storms moved east.", "CHICAGO", "UPI", 5, 2, None, "Storms"),
    ("İZMİR (AA) - Kentte yağış bekleniyor.", "İZMİR", "AA", None, None, None, "Kentte"),
    ("ANKARA, 14 Şubat (AA) - Meclis toplandı.", "ANKARA", "AA", 2, 14, None, "Meclis"),
    (
        "SEVILLA, 21 (EUROPA PRESS) - La Junta ha aprobado.",
        "SEVILLA",
        "EUROPA PRESS",
        None,
        21,
        None,
        "La Junta",
    ),
    (
        "Santiago de Cuba, 2 ago (Prensa Latina) Las lluvias siguen.",
        "Santiago de Cuba",
        "Prensa Latina",
        8,
        2,
        None,
        "Las lluvias",
    ),
    ("Kraków, 5 maja (PAP) - Radni zdecydowali.", "Kraków", "PAP", 5, 5, None, "Radni"),
    ("Gent (Belga) - De stad opent.", "Gent", "Belga", None, None, None, "De stad"),
    ("Graz (APA) - Die Stadt plant.", "Graz", "APA", None, None, None, "Die Stadt"),
    ("Linz, 3. März (APA) - Die Stadt plant.", "Linz", "APA", 3, 3, None, "Die Stadt"),
    # the open set: an agency not in any list, in the usual shapes
    ("ACCRA, Feb 2 (GNA) - Parliament rose.", "ACCRA", "GNA", 2, 2, None, "Parliament"),
    ("Lisboa, 15 mar (Lusa) - O Governo aprovou.", "Lisboa", "Lusa", 3, 15, None, "O Governo"),
    ("TBILISI, 3 Dec — Trend. The ministry said.", "TBILISI", "Trend", 12, 3, None, "The ministry"),
    # newspaper datelines (no agency), only with strong evidence
    ("DENVER — Voters approved the measure.", "DENVER", None, None, None, None, "Voters"),
    (
        "BANGOR, Maine -- A storm closed schools.",
        "BANGOR, Maine",
        None,
        None,
        None,
        None,
        "A storm",
    ),
    ("BOSTON, Oct. 3 -- The company said.", "BOSTON", None, 10, 3, None, "The company"),
    ("Казань. 4 мая. — Власти сообщили.", "Казань", None, 5, 4, None, "Власти"),
    (
        "By Jane Roe and Ann Poe LIMA (Reuters) - Peru said.",
        "LIMA",
        "Reuters",
        None,
        None,
        None,
        "Peru",
    ),
    # no-break spaces, as web pages print them: place and agency come back as printed
    ("МОСКВА, 7 июля\u00a0— РИА Новости. Суд отложил.", "МОСКВА", "РИА Новости", 7, 7, None, "Суд"),
    (
        "NEW\u00a0YORK, Feb\u00a014 (Reuters) - Stocks fell.",
        "NEW\u00a0YORK",
        "Reuters",
        2,
        14,
        None,
        "Stocks",
    ),
    # Chinese and Japanese wire openings
    ("新华社上海3月8日电 市政府表示。", "上海", "新华社", 3, 8, None, "市政府"),
    ("【ソウル共同】韓国政府は発表した。", "ソウル", "共同", None, None, None, "韓国政府"),
]


@pytest.mark.parametrize(("text", "want"), [(row[0], row[1:]) for row in GOOD])
def test_good(
    text: str, want: tuple[str | None, str, int | None, int | None, int | None, str]
) -> None:
    place, agency, month, day, year, first = want
    d = parse_dateline(text)
    assert d is not None
    assert (d.place, d.agency, d.month, d.day, d.year) == (place, agency, month, day, year)
    assert d.end is not None and d.start is not None
    assert text[d.end :].startswith(first)
    assert text[d.start :].lstrip() == text[d.start :]


BAD = [
    "However, the minister said (Reuters) - nothing had changed.",
    "In a statement (AFP) - the ministry denied it.",
    '"We will not leave," the mayor said (AP) — firmly.',
    "Reuters - the minister said on Monday.",
    "REUTERS EXCLUSIVE - Banks prepare for losses",
    "AP FACT CHECK: What the senator said",
    "BREAKING — Markets fall",
    "UPDATE 2-Oil rises as supply tightens",
    "Leila Haddad (Greens, left) speaks to reporters. Photo: dpa",
    "Prime Minister Jonas Berg (SDP) - the coalition holds.",
    "Tomas Novak (l.) und Eva Lind sprechen.",
    "Oficina Nacional de Estadística (ONE) publicó los datos.",
    "Asked by Reuters about the delay, the port gave no answer.",
    "(Adds analyst comment, detail)",
    "(Reporting by Jane Roe)",
    "On March 3 local time, the delegation arrived.",
    "Сегодня, 3 марта, министр заявил.",
    "Об этом сообщает ТАСС со ссылкой на министерство.",
    "Pazartesi günü 14 Şubat'ta toplantı yapıldı.",
    "14 лютого, у понеділок, уряд ухвалив рішення.",
    "© dpa-infocom, dpa:220214-99-123456/2",
    "MONDAY, May 5 The festival opens.",
    "Snow fell, from the hills.",
    "A LOCAL man won the lottery.",
    "",
    "   ",
    "LONDON",
    "记者会见在北京举行。（新华社）",
    # code, headers and lists that share a shape with datelines
    "TIMEOUT = 30",
    "(Hash mode) - The installer checks hashes.",
    "Fix ALPHA/BETA/GAMMA for new headers",
    "SETUP GUIDE - INSTALLATION",
    # acronyms, slugs, weekdays and "today" before a dash
    "US - China talks resume in Geneva",
    "EU - The bloc agreed on sanctions.",
    "COVID-19 - The number of cases fell.",
    "NATO — The alliance met in Brussels.",
    "SPORTS — The league postponed two games.",
    "Monday, Feb. 14 — Stocks rose in early trade.",
    "Lunes, 14 feb.- El Gobierno aprobó el plan.",
    "Heute, 14. Februar - Die Regierung tagt.",
    "Сегодня, 3 марта — Власти сообщили о мерах.",
]


@pytest.mark.parametrize("text", BAD)
def test_bad(text: str) -> None:
    assert parse_dateline(text) is None


# dateline, reference, expected date
YEARS = [
    ("LONDON, Dec 31 (Reuters) - X", dt.date(2022, 1, 1), dt.date(2021, 12, 31)),
    ("LONDON, Jan 1 (Reuters) - X", dt.date(2021, 12, 31), dt.date(2022, 1, 1)),
    ("LONDON, Jan 1 (Reuters) - X", dt.datetime(2022, 1, 1, 0, 5), dt.date(2022, 1, 1)),
    ("LONDON, Feb 14 (Reuters) - X", dt.date(2022, 2, 15), dt.date(2022, 2, 14)),
    ("LONDON, Feb 20 (Reuters) - X", dt.date(2022, 2, 15), dt.date(2021, 2, 20)),
    ("LONDON, Feb 29 (Reuters) - X", dt.date(2024, 3, 1), dt.date(2024, 2, 29)),
    ("LONDON, Feb 29 (Reuters) - X", dt.date(2023, 3, 1), None),
    ("LONDON, Feb 29 (Reuters) - X", None, None),
    ("Paris, 14 fév 2019 (AFP) - X", dt.date(2022, 2, 14), dt.date(2019, 2, 14)),
    ("Paris, 30 fév 2019 (AFP) - X", None, None),
    ("WASHINGTON (AP) — X", dt.date(2022, 2, 14), None),
]


@pytest.mark.parametrize(("text", "reference", "expected"), YEARS)
def test_year(text: str, reference: dt.date | None, expected: dt.date | None) -> None:
    d = parse_dateline(text, reference=reference)
    assert d is not None
    assert d.date == expected


def test_type_errors() -> None:
    with pytest.raises(TypeError):
        parse_dateline(b"LONDON (Reuters) - x")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        parse_dateline("LONDON (Reuters) - X", reference="2022-02-14")  # type: ignore[arg-type]


def test_unknown_style_lists_known() -> None:
    with pytest.raises(ValueError, match="reuters"):
        format_dateline(Dateline(place="LONDON"), "bogus")


@pytest.mark.parametrize(
    ("dateline", "style"),
    [
        (Dateline(place="LONDON", month=2), "reuters"),
        (Dateline(place="LONDON", year=2022), "reuters"),
        (Dateline(month=2, day=14), "tass"),  # no place: only the bracket layouts
        (Dateline(place="Lagos", month=2, day=14), "bars"),
        (Dateline(place="PUNE"), "newspaper_colon"),
        (Dateline(place="PUNE", agency="PTI"), "newspaper"),
        (Dateline(place="北京", month=2, day=14, year=2022), "xinhua_zh"),
        (Dateline(place="MOSCOW"), "tass"),
        (Dateline(place="ROMA", day=14), "ansa"),
    ],
)
def test_format_refuses(dateline: Dateline, style: str) -> None:
    with pytest.raises(ValueError):
        format_dateline(dateline, style)


@pytest.mark.parametrize(
    "text",
    ["MOSCOW, Feb 14 (" * 20000, "(" * 100000, "Abc " * 50000, "LONDON, " * 30000, "-" * 100000],
)
def test_adversarial_is_fast(text: str) -> None:
    parse_dateline("LONDON, Feb 14 (Reuters) - X")  # the grammar is compiled on first use
    t0 = time.perf_counter()
    parse_dateline(text)
    assert time.perf_counter() - t0 < 0.05


# style, place, what it prints for 3 September
FORMATS = [
    ("afp", "Lyon", "Lyon, 3 sept (AFP) - "),
    ("agi", "Torino", "(AGI) - Torino, 3 set. - "),
    ("anadolu", "ANKARA", "ANKARA, 3 Eylül (AA) - "),
    ("ansa", "NAPOLI", "(ANSA) - NAPOLI, 3 SET - "),
    ("ap", "BOISE, Idaho", "BOISE, Idaho, Sept. 3 (AP) — "),
    ("apa", "Graz", "Graz, 3. September (APA) - "),
    ("belga", "Gent", "Gent, 3 sept (Belga) - "),
    ("bernama", "PENANG", "PENANG, Sept 3 (Bernama) -- "),
    ("cna", "Taichung", "Taichung, Sept. 3 (CNA) "),
    ("dpa", "Köln", "Köln, 3. September (dpa) - "),
    ("efe", "Bilbao", "Bilbao, 3 sep (EFE).- "),
    ("europapress", "SEVILLA", "SEVILLA, 3 sep (EUROPA PRESS) - "),
    ("ians", "Kolkata", "Kolkata, September 3 (IANS) "),
    ("interfax", "MOSCOW", "MOSCOW. Sept 3 (Interfax) - "),
    ("interfax", "SPRINGFIELD, Ill.", "SPRINGFIELD, Ill. Sept 3 (Interfax) - "),
    ("kyodo", "OSAKA", "OSAKA, Sept. 3 (Kyodo) -- "),
    ("pap", "Kraków", "Kraków, 3 września (PAP) - "),
    ("prensalatina", "Santiago de Cuba", "Santiago de Cuba, 3 sep (Prensa Latina) "),
    ("pti", "Chennai", "Chennai, Sept 3 (PTI) "),
    ("reuters", "LONDON", "LONDON, Sept 3 (Reuters) - "),
    ("ria", "САМАРА", "САМАРА, 3 сентября — РИА Новости. "),
    ("sputnik", "MINSK", "MINSK, September 3 (Sputnik) – "),
    ("tass", "KAZAN", "KAZAN, September 3. /TASS/. "),
    ("unn", "ЛЬВІВ", "ЛЬВІВ. 3 вересня. УНН. "),
    ("upi", "CHICAGO", "CHICAGO, Sept. 3 (UPI) -- "),
    ("xinhua", "SHANGHAI", "SHANGHAI, Sept. 3 (Xinhua) -- "),
    ("yonhap", "SEOUL", "SEOUL, Sept. 3 (Yonhap) -- "),
    ("ani", "Pune", "Pune, Sept 3 (ANI): "),
    ("ots", "Kassel", "Kassel, 3. September (ots)\n"),
    ("regnum", "ОМСК", "ОМСК, 3 сентября, ИА Регион. "),
    ("armenpress", "GYUMRI", "GYUMRI, SEPTEMBER 3, ARMENPRESS. "),
    ("belta", "Брест", "3 сентября, Брест /БЕЛТА/. "),
    ("newspaper", "DENVER", "DENVER, Sept. 3 — "),
    ("newspaper_colon", "PUNE", "PUNE, Sept 3: "),
    ("xinhua_zh", "广州", "新华社广州9月3日电 "),
    ("newspaper_stop", "Havana", "Havana, September 3. "),
    ("newspaper_line", "MINSK", "MINSK, Sept. 3\n"),
    ("sana", "حمص", "حمص، 3 أيلول (سانا) - "),
]

# (a place in capitals and its region before the story, with no date: below)


@pytest.mark.parametrize(("style", "place", "expected"), FORMATS)
def test_format(style: str, place: str, expected: str) -> None:
    assert format_dateline(Dateline(place=place, month=9, day=3), style) == expected


def test_format_bars_prints_no_date() -> None:
    assert format_dateline(Dateline(place="Lagos"), "bars") == "Lagos | AFP | "
    with pytest.raises(ValueError, match="no date"):
        format_dateline(Dateline(place="Lagos", month=9, day=3), "bars")


def test_format_without_a_place() -> None:
    assert format_dateline(Dateline(month=2, day=3), "reuters") == "Feb 3 (Reuters) - "
    assert format_dateline(Dateline(month=2, day=3), "afp") == "3 fév (AFP) - "
    assert format_dateline(Dateline(), "ani") == "(ANI) - "  # a dash where a colon would be


def test_format_bare_prints_an_acronym_and_no_date() -> None:
    assert format_dateline(Dateline(place="Amman"), "bare") == "Amman, PETRA\n"
    assert format_dateline(Dateline(place="Lusaka", agency="ZNBC"), "bare") == "Lusaka, ZNBC\n"
    with pytest.raises(ValueError, match="no date"):
        format_dateline(Dateline(place="Amman", month=9, day=3), "bare")
    with pytest.raises(ValueError, match="acronym"):
        format_dateline(Dateline(place="Amman", agency="Petra News"), "bare")
    assert format_dateline(Dateline(place="Tehran"), "irna") == "Tehran, IRNA -- "
    for style in ("bare", "irna"):
        with pytest.raises(ValueError, match="acronym of 4"):
            format_dateline(Dateline(place="Sydney", agency="NSW"), style)  # a region


def test_every_style_has_a_format_row() -> None:
    below = {"bars", "bare", "irna", "newspaper_space"}
    assert {row[0] for row in FORMATS} | below == set(STYLES)


def test_format_newspaper_space_prints_a_region_and_no_date() -> None:
    place = "MELBOURNE, Australia"
    assert format_dateline(Dateline(place=place), "newspaper_space") == "MELBOURNE, Australia "
    for bad in (Dateline(place="MELBOURNE"), Dateline(place="Melbourne, Australia")):
        with pytest.raises(ValueError, match="region"):
            format_dateline(bad, "newspaper_space")
    with pytest.raises(ValueError, match="no date"):
        format_dateline(Dateline(place=place, month=9, day=3), "newspaper_space")


# --- round trips -------------------------------------------------------------------------

PLACES = [
    "LONDON",
    "New Delhi",
    "SÃO PAULO",
    "Frankfurt am Main",
    "МОСКВА",
    "İSTANBUL",
    "KYIV",
    "SPRINGFIELD, Ill.",
    "BOISE, Idaho",
    "GENEVA/BRUSSELS",
    "Rio de Janeiro",
]
PLACES_CJK = ["北京", "上海", "墨西哥城", "东京"]
PLACES_AR = ["دمشق", "حلب", "اللاذقية", "دير الزور"]
DATED_ONLY = {"tass", "ria", "unn", "ansa", "agi", "regnum", "armenpress", "belta", "xinhua_zh"}
DATED_ONLY |= {"newspaper_colon", "newspaper_stop", "newspaper_line"}
UNDATED_ONLY = {"bars", "bare", "irna", "newspaper_space"}
PLACE_ONLY = DATED_ONLY | UNDATED_ONLY | {"newspaper", "sana"}  # never without a place


@st.composite
def datelines(draw: st.DrawFn, style: str) -> Dateline:
    dated = style not in UNDATED_ONLY and (style in DATED_ONLY or draw(st.booleans()))
    month = draw(st.integers(1, 12)) if dated else None
    day = draw(st.integers(1, 28)) if dated else None
    year = draw(st.one_of(st.none(), st.integers(1990, 2040))) if dated else None
    if style == "xinhua_zh":
        year = None  # Chinese wire datelines print no year
    date = None if year is None or month is None or day is None else dt.date(year, month, day)
    places = PLACES_CJK if style == "xinhua_zh" else PLACES_AR if style == "sana" else PLACES
    if style in ("bare", "irna"):  # an acronym after a place in capitals is its region
        places = [p for p in PLACES if not p.split(",")[0].isupper()]
    if style == "newspaper_space":  # a place in capitals and its region
        places = [p for p in PLACES if "," in p and p.split(",")[0].isupper()]
    place: str | None = draw(st.sampled_from(places))
    if style not in PLACE_ONLY and draw(st.booleans()):
        # the agency alone: "(Reuters) - ", or with a date in brackets: "Feb 3 (Reuters) - "
        place = None
        if STYLES[style].layout != "bracket":
            month = day = year = date = None
    return Dateline(
        place=place,
        agency=STYLES[style].agency or None,
        date=date,
        month=month,
        day=day,
        year=year,
    )


@given(data=st.data(), style=st.sampled_from(sorted(STYLES)))
def test_round_trip(data: st.DataObject, style: str) -> None:
    d = data.draw(datelines(style))
    text = format_dateline(d, style)
    # (a story's sentence of ten words: what a date's full stop asks of the story after it)
    story = "The story text follows here and runs on for a dozen words."
    back = parse_dateline(text + ("أعلنت وزارة الصحة اليوم" if style == "sana" else story))
    assert back is not None, text
    assert (back.place, back.agency, back.month, back.day, back.year, back.date) == (
        d.place,
        d.agency,
        d.month,
        d.day,
        d.year,
        d.date,
    )
    assert back.start == 0
    assert back.end == len(text)


@given(st.text(max_size=300))
def test_never_raises(text: str) -> None:
    d = parse_dateline(text)
    if d is not None:
        assert d.start is not None and d.end is not None
        assert 0 <= d.start < d.end <= min(len(text), WINDOW)


@given(
    st.text(
        alphabet=st.sampled_from("LONDON, Feb 14 (Reuters) - — . / Москва 14 фев РИА Новости\n"),
        max_size=200,
    )
)
def test_never_raises_dateline_alphabet(text: str) -> None:
    d = parse_dateline(text)
    if d is not None:
        assert d.start is not None and d.end is not None
        assert 0 <= d.start < d.end <= len(text)


# -- the cheaper copy of the grammar (datelines.py, "Compiling the grammar") -----------------


def _same_match(text: str) -> None:
    """``_match`` gives the very match of the grammar itself: every group, every capture."""
    got, want = _match(text), _grammar().match(text)
    assert (got is None) == (want is None), text
    if got is not None and want is not None:
        # the grammar has one more group, last: the month trie it calls from each date
        assert got.regs == want.regs[: len(got.regs)], text
        got_captures, wanted = got.capturesdict(), want.capturesdict()
        got_captures.pop("month_word", None)
        del wanted["month_word"]
        assert got_captures == wanted, text


def test_every_character_like_a_month_letter_is_a_letter() -> None:
    """A character that matches a letter of a month form case-insensitively is a letter or a
    mark (``K``, the Kelvin sign, matches ``k``), so a month in a text is a whole word."""
    letters = sorted({ch for form in _month_forms() for ch in form})
    like = regex.compile("(?i:" + "|".join(map(regex.escape, letters)) + ")", regex.VERSION0)
    found = "".join(like.findall("".join(map(chr, range(0x110000)))))
    assert len(found) > len(letters)
    assert regex.search(r"[^\p{L}\p{M}]", found) is None


def _groups_holding(pattern: str, start: int, end: int) -> list[str]:
    """Each group of ``pattern`` that holds ``pattern[start:end]``: its first three
    characters (``(?:``, ``(?P``, ``(?=``, …) and the quantifier after it, if any."""
    opened: list[int] = []
    holding = []
    i, in_set = 0, False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_set:
            in_set = ch != "]"
        elif ch == "[":
            in_set = True
            i += 1 + pattern.startswith("^", i + 1)
            i += pattern.startswith("]", i)  # a "]" first in a set is a literal
            continue
        elif ch == "(":
            opened.append(i)
        elif ch == ")":
            at = opened.pop()
            if at < start and i >= end:
                after = regex.match(r"(?:[?*+]|\{[0-9,]*\})[?+]?", pattern[i + 1 :])
                holding.append(pattern[at : at + 3] + ("" if after is None else after.group()))
        i += 1
    assert not opened
    return holding


def test_the_copy_reads_every_month_as_a_word_on_the_grammars_paths() -> None:
    """Every month of the copy is ``_ANY_MONTH_WORD`` (or the digits of ``2月``), and none
    stands in a look-around or in an atomic or possessive group."""
    copy = _GRAMMAR.replace(_MONTH_WORD, _ANY_MONTH_WORD)
    months = [m.end() for m in regex.finditer(regex.escape("(?P<month>"), copy)]
    words = [at for at in months if copy.startswith(_ANY_MONTH_WORD + ")", at)]
    digits = [at for at in months if copy.startswith(("[0-9]{1,2})", "[01]?[0-9])"), at)]
    assert words and len(words) + len(digits) == len(months)
    for at in words:
        for group in _groups_holding(copy, at, at + len(_ANY_MONTH_WORD)):
            assert group[:3] in ("(?:", "(?P", "(?i"), group  # no (?= (?! (?<= (?<! (?>
            assert not (len(group) > 4 and group.endswith("+")), group  # no ?+ *+ ++ {m,n}+


@pytest.mark.parametrize(
    "text",
    [
        # the copy reads a word that is no month: the grammar is asked, and may find another
        # dateline ("ROMA - ", "SPRINGFIELD, Ill. 14 Feb.- ") or none
        "ROMA - Montag 3 — Il sindaco ha detto.",
        "SPRINGFIELD, Ill. 14 Feb.- The mayor said.",
        "LONDON, Tuesday 14 (Reuters) - Oil rose.",
        "NEW YORK, Tuesday 14 -- Feb 15 -- The mayor said.",
    ],
)
def test_a_word_that_is_no_month_is_left_to_the_grammar(text: str) -> None:
    copy = _any_month_grammar().match(text)
    assert copy is not None
    assert any(_month_word().fullmatch(w) is None for w in copy.captures("month"))
    _same_match(text)


@pytest.mark.parametrize("text", [row[0] for row in GOOD] + BAD)
def test_the_copy_agrees_on_the_tables(text: str) -> None:
    _same_match(text)


_WORDS = ["Feb", "Feb.", "февраля", "Şubat", "MAYIS", "mayıs", "Dec.", "Juni", "marzo", "fév"]
_WORDS += ["Tuesday", "Montag", "Febr", "Fev", "Ill", "Ciudad", "lundi", "Mittwoch", "Juniper"]
_PLACES = ["LONDON", "New Delhi", "SPRINGFIELD, Ill.", "МОСКВА", "Москва", "KIEV/BALACLAVA"]
_SEPARATORS = [", ", ". ", " ", ",", " - ", " — ", " -- ", ".- "]
_AGENCIES = [" (Reuters) - ", " (dpa) ", ". /TASS/. ", " — РИА Новости. ", " Kyodo - ", ". УНН. "]


@st.composite
def _openings(draw: st.DrawFn) -> str:
    """A place, one or two dates whose month may be no month, separators and an agency, in
    an order that is often a dateline and often nearly one."""
    parts = [draw(st.sampled_from(_PLACES))]
    for _ in range(draw(st.integers(1, 2))):
        word, day = draw(st.sampled_from(_WORDS)), draw(st.sampled_from(["14", "3", "31"]))
        parts += [draw(st.sampled_from(_SEPARATORS))]
        parts += [f"{word} {day}" if draw(st.booleans()) else f"{day} {word}"]
        parts += [draw(st.sampled_from(["", ", 2022", " 2022"]))]
        parts += [draw(st.sampled_from(_SEPARATORS + _AGENCIES))]
    parts += [draw(st.sampled_from(["The mayor said.", "Власти сообщили.", "aber"]))]
    text = "".join(parts)
    return draw(st.sampled_from([text, text.upper(), text.lower()]))


@given(_openings())
def test_the_copy_agrees_with_the_grammar(text: str) -> None:
    _same_match(text)
