"""The page-dump format end to end: layouts, variants, missing blocks, the real sample."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import wirefmt
from wirefmt import Article, Paragraph, Subhead
from wirefmt.fields.taglists import MAX_KEYWORD
from wirefmt.formats.pagedump import _lines

PLUS1 = dt.timezone(dt.timedelta(hours=1))

# A short dump in the sample's layout, written for these tests.
SHORT = (
    "Le port de Valmare inaugure sa centrale solaire flottante\n\n"
    "La capitale régionale a mis en service mardi une centrale installée sur un ancien bassin. "
    "Selon la mairie, elle couvrira une partie... 03.06.2025, Sputnik Afrique\n\n"
    "2025-06-03T09:30+0100\n\n2025-06-03T09:30+0100\n\n2025-06-03T11:05+0100\n\n"
    "énergie\n\nvalmare\n\nclimat\n\n"
    "La centrale compte 4 200 panneaux sur le bassin est.Selon la mairie, elle couvrira un "
    "cinquième des besoins du port.\n\n"
    "énergie\n\nclimat\n"
)

# The fuller variant: title twice, the edition line, an image, the publisher trailer.
FULLER = (
    "Les pêcheurs de Valmare saluent le nouveau quai\n\n"
    "Les pêcheurs de Valmare saluent le nouveau quai\n\n"
    "Sputnik Afrique\n\n"
    "Le nouveau quai du port a été ouvert aux bateaux de pêche lundi... 02.06.2025, "
    "Sputnik Afrique\n\n"
    "2025-06-02T08:00+0100\n\n2025-06-02T08:00+0100\n\n2025-06-02T10:15+0100\n\n"
    "pêche\n\nvalmare\n\n"
    "https://cdn.example.org/img/2025/06/02/quai_1920x0_80.jpg\n\n"
    "Le nouveau quai a été ouvert lundi aux bateaux de pêche. Les équipages l'attendaient "
    "depuis deux ans.\n\n"
    "pêche\n\n"
    "Sputnik Afrique retour@exemple.org +33100000000 Agence Valmare Médias 240 64\n\n"
    "2025\n\n"
    "Actus\n\n"
    "fr_FR\n\n"
    "1920 1080 true\n\n"
    "Sputnik Afrique\n\n"
    "pêche, valmare\n"
)


def test_short_layout_reads_every_field() -> None:
    a = wirefmt.parse(SHORT)
    assert a.title == "Le port de Valmare inaugure sa centrale solaire flottante"
    assert a.lede is not None and a.lede.endswith("une partie...")
    assert a.lede_truncated
    assert a.dateline == wirefmt.Dateline(
        agency="Sputnik Afrique",
        date=dt.date(2025, 6, 3),
        day=3,
        month=6,
        year=2025,
        start=a.dateline.start if a.dateline else None,
        end=a.dateline.end if a.dateline else None,
    )
    assert a.published == dt.datetime(2025, 6, 3, 9, 30, tzinfo=PLUS1)
    assert a.modified == dt.datetime(2025, 6, 3, 11, 5, tzinfo=PLUS1)
    assert a.keywords == ("énergie", "valmare", "climat")
    assert a.tags == ("énergie", "climat")
    assert a.language == "fr"
    assert a.body_text.startswith("La centrale compte")
    assert a.diagnostics == ()


def test_fuller_variant_fills_the_trailer_fields_and_leaks_nothing() -> None:
    a = wirefmt.parse(FULLER)
    assert a.title == "Les pêcheurs de Valmare saluent le nouveau quai"
    assert a.edition == "Sputnik Afrique"
    assert a.image == "https://cdn.example.org/img/2025/06/02/quai_1920x0_80.jpg"
    assert a.locale == "fr_FR"
    assert a.language == "fr"
    assert a.section == "Actus"
    assert a.publisher == "Agence Valmare Médias"
    assert a.keywords == ("pêche", "valmare")
    assert a.tags == ("pêche",)
    assert "Sputnik" not in a.body_text and "2025" not in a.body_text
    roles = [s.role for s in a.segments]
    assert roles.count("title-repeat") == 1
    assert "leftover" not in roles
    assert a.diagnostics == ()


def test_segments_cover_every_non_blank_character() -> None:
    for doc in (SHORT, FULLER):
        a = wirefmt.parse(doc)
        covered: set[int] = set()
        for s in a.segments:
            covered.update(range(s.start, s.end))
        assert all(doc[i].isspace() for i in range(len(doc)) if i not in covered)


def test_crlf_bom_and_nbsp_parse_like_the_plain_text() -> None:
    plain = wirefmt.parse(SHORT)
    messy = "\ufeff" + SHORT.replace("\n", "\r\n").replace("valmare\r\n", "valmare\u00a0 \r\n")
    a = wirefmt.parse(messy.encode("utf-8"))
    assert (a.title, a.lede, a.keywords, a.tags, a.published) == (
        plain.title,
        plain.lede,
        plain.keywords,
        plain.tags,
        plain.published,
    )
    assert [b.text for b in a.body] == [b.text for b in plain.body]
    # Offsets index the decoded text, where the BOM is character 0.
    text = messy
    assert all(text[b.start : b.end] == b.text for b in a.body)


def test_old_mac_line_ends() -> None:
    a = wirefmt.parse(SHORT.replace("\n", "\r"))
    assert a.keywords == ("énergie", "valmare", "climat")


def test_single_newlines_between_blocks() -> None:
    a = wirefmt.parse(SHORT.replace("\n\n", "\n"))
    assert a.title is not None and a.keywords == ("énergie", "valmare", "climat")
    assert a.tags == ("énergie", "climat")


def test_missing_blocks_degrade_gracefully() -> None:
    no_meta = (
        "Valmare opens its floating solar farm\n\n"
        "The harbour's new plant went online on Tuesday.\n\n"
        "The plant has 4,200 panels.It covers an old dock.\n"
    )
    a = wirefmt.parse(no_meta)
    assert a.title == "Valmare opens its floating solar farm"
    assert a.lede == "The harbour's new plant went online on Tuesday."
    assert a.published is a.modified is None
    assert a.keywords == a.tags == ()
    assert a.dateline is None
    assert a.body_text == "The plant has 4,200 panels.It covers an old dock."


def test_date_only_suffix_gives_a_date_and_no_agency() -> None:
    doc = SHORT.replace("03.06.2025, Sputnik Afrique", "03.06.2025")
    a = wirefmt.parse(doc)
    assert a.dateline is not None
    assert (a.dateline.date, a.dateline.agency) == (dt.date(2025, 6, 3), None)


def test_ria_suffix_order() -> None:
    doc = (
        "В порту Вальмаре открыли плавучую электростанцию\n\n"
        "Станция покроет пятую часть нужд порта, сообщили в мэрии... РИА Новости, 03.06.2025\n\n"
        "2025-06-03T10:30+0300\n\nэнергетика\n\n"
        "Станцию построили на старом бассейне.Работы заняли год.\n"
    )
    a = wirefmt.parse(doc)
    assert a.lede == "Станция покроет пятую часть нужд порта, сообщили в мэрии..."
    assert a.dateline is not None and a.dateline.agency == "РИА Новости"
    assert a.language == "ru"
    assert a.published == a.modified


def test_photo_page_without_body_separates_keywords_and_tags() -> None:
    doc = (
        "Valmare harbour at dawn\n\nPictures of the new floating farm. 03.06.2025, Sputnik "
        "International\n\n2025-06-03T09:30+0200\n\nenergy\n\nvalmare\n\nphoto\n\nenergy\n\n"
        "photo\n"
    )
    a = wirefmt.parse(doc)
    assert a.body == ()
    assert a.keywords == ("energy", "valmare", "photo")
    assert a.tags == ("energy", "photo")
    assert [d.code for d in a.diagnostics] == ["no-body"]


def test_body_only_document() -> None:
    body = (
        "Engineers began tests of the floating farm on Monday. They will measure salt damage. "
        "The first results are due in the autumn, the authority said in a statement."
    )
    a = wirefmt.parse(body)
    assert a.title is None and a.body_text == body
    assert "no-title" in [d.code for d in a.diagnostics]


def test_title_alone() -> None:
    a = wirefmt.parse("Valmare opens a floating solar farm\n")
    assert a.title == "Valmare opens a floating solar farm"
    assert a.body == ()


@pytest.mark.parametrize("doc", ["", "   ", "\n\n\r\n", "\u00a0\n\t"])
def test_empty_and_blank_documents(doc: str) -> None:
    a = wirefmt.parse(doc)
    assert a == Article(diagnostics=a.diagnostics)
    assert [d.code for d in a.diagnostics] == ["empty-input"]


def test_a_timestamp_that_is_not_one_is_reported_not_guessed() -> None:
    doc = SHORT.replace("2025-06-03T11:05+0100", "2025-13-45T11:05+0100")
    a = wirefmt.parse(doc)
    assert a.modified == a.published == dt.datetime(2025, 6, 3, 9, 30, tzinfo=PLUS1)
    bad = [d for d in a.diagnostics if d.code == "bad-timestamp"]
    assert len(bad) == 1 and doc[bad[0].start : bad[0].end] == "2025-13-45T11:05+0100"
    with pytest.raises(wirefmt.ParseError) as info:
        wirefmt.parse(doc, strict=True)
    assert info.value.code == "bad-timestamp"
    assert info.value.line == 9 and info.value.column == 1


def test_strict_mode_accepts_a_clean_document() -> None:
    assert wirefmt.parse(SHORT, strict=True) == wirefmt.parse(SHORT)


def test_unknown_format_lists_the_known_ones() -> None:
    with pytest.raises(ValueError, match="pagedump"):
        wirefmt.parse(SHORT, format="rtf")


def test_wrong_type_is_a_type_error() -> None:
    with pytest.raises(TypeError):
        wirefmt.parse(12)  # type: ignore[arg-type]


def test_invalid_utf8_strict_names_the_byte_offset() -> None:
    data = SHORT.encode("utf-8") + b"\xff\xfe tail"
    with pytest.raises(wirefmt.ParseError) as info:
        wirefmt.parse(data, strict=True)
    assert info.value.code == "invalid-utf8"
    assert info.value.offset == len(SHORT.encode("utf-8"))
    lenient = wirefmt.parse(data)
    assert "invalid-utf8" in [d.code for d in lenient.diagnostics]


def test_size_limit_is_a_clear_error() -> None:
    with pytest.raises(wirefmt.InputError, match="limit"):
        wirefmt.parse(SHORT, max_size=100)
    assert wirefmt.parse(SHORT, max_size=None).title is not None


def test_the_real_sample_parses_to_its_gold(shared: Path) -> None:
    a = wirefmt.parse((shared / "000_57928c4dae0632d5.txt").read_bytes())
    assert a.title == "Le Kremlin révèle un avantage dans ses relations avec l’administration Biden"
    assert a.lede is not None and a.lede.endswith("Bien que le...") and a.lede_truncated
    assert a.dateline is not None
    assert (a.dateline.date, a.dateline.agency, a.dateline.place) == (
        dt.date(2022, 2, 14),
        "Sputnik France",
        None,
    )
    assert a.published == a.modified == dt.datetime(2022, 2, 14, 14, 18, tzinfo=PLUS1)
    assert a.keywords == (
        "états-unis",
        "russie",
        "kremlin",
        "vladimir poutine",
        "ukraine",
        "joe biden",
    )
    assert a.tags == ("états-unis", "russie", "ukraine")
    kinds = [type(b) for b in a.body]
    assert len(a.body) == 10
    assert kinds.count(Paragraph) == 8
    assert [b.text for b in a.body if isinstance(b, Subhead)] == [
        "Des appels pour renouer le dialogue",
        "Moscou ne sera pas à l’origine d’une escalade",
    ]
    assert a.language == "fr"


def test_control_characters_are_a_notice() -> None:
    a = wirefmt.parse(SHORT.replace("climat\n\nLa", "climat\x07\n\nLa"))
    assert [d.code for d in a.diagnostics] == ["control-characters"]
    assert wirefmt.parse(SHORT.replace("climat\n\nLa", "climat\x07\n\nLa"), strict=True)


def test_strict_mode_raises_the_error_that_stands_first() -> None:
    # Two errors: an impossible suffix date (line 3) and a bad timestamp (line 9). The
    # timestamp phase runs first, yet the error raised is the one first in the document.
    doc = SHORT.replace("03.06.2025, Sputnik", "31.02.2025, Sputnik").replace(
        "2025-06-03T11:05+0100", "2025-13-45T11:05+0100"
    )
    lenient = wirefmt.parse(doc)
    assert [d.code for d in lenient.diagnostics] == ["bad-suffix-date", "bad-timestamp"]
    with pytest.raises(wirefmt.ParseError) as info:
        wirefmt.parse(doc, strict=True)
    assert (info.value.code, info.value.line) == ("bad-suffix-date", 3)


def test_real_crawl_oddities() -> None:
    doc = (
        "/html/head/meta[@name='og:title']/@content\n\n"
        "Harbour opens a solar farm\n\nHarbour opens a solar farm\n\n"
        "The farm went online on Tuesday.\n\n"
        "2025-06-03T09:30+0000\n\n"
        "energy\n\nharbour\n\n"
        "The farm has 4,200 panels. It covers the old dock.\n\n"
        "energy\n\n2025\n"
    )
    a = wirefmt.parse(doc)
    roles = [s.role for s in a.segments]
    assert roles == [
        "extractor",
        "title",
        "title-repeat",
        "description",
        "timestamp",
        "keyword",  # one segment for the run of keyword lines
        "body",
        "tag",
        "year",
    ]
    keywords = next(s for s in a.segments if s.role == "keyword")
    assert doc[keywords.start : keywords.end] == "energy\n\nharbour"
    assert a.published == a.modified == dt.datetime(2025, 6, 3, 9, 30, tzinfo=dt.UTC)
    assert a.tags == ("energy",)
    assert a.dateline is None
    assert a.diagnostics == ()


def test_edition_line_without_a_suffix_names_the_edition() -> None:
    doc = (
        "Harbour opens a solar farm\n\nSputnik International\n\n"
        "The farm went online on Tuesday.\n\nenergy\n\nThe farm has 4,200 panels.\n"
    )
    a = wirefmt.parse(doc)
    assert (a.edition, a.language, a.lede) == (
        "Sputnik International",
        "en",
        "The farm went online on Tuesday.",
    )
    assert a.dateline is None


def test_body_first_then_title_and_description_on_single_lines() -> None:
    body = (
        "Crews began work on the new quay on Monday. They expect to finish by June. "
        "The harbour master said the old berths would close for a week."
    )
    doc = f"{body}\nNew quay for Valmare harbour\nWork on the quay began on Monday.\n"
    a = wirefmt.parse(doc)
    assert a.title == "New quay for Valmare harbour"
    assert a.lede == "Work on the quay began on Monday."
    assert a.body_text == body
    assert "unexpected-order" in [d.code for d in a.diagnostics]


def test_unplaceable_line_is_left_over_never_dropped() -> None:
    doc = SHORT.replace("énergie\n\nclimat\n", "énergie\n\nclimat\n\n" + "x" * 3 + " ?? " + "\n")
    a = wirefmt.parse(doc)
    left = [s for s in a.segments if s.role == "leftover"]
    assert [doc[s.start : s.end] for s in left] == ["xxx ??"]
    assert [d.code for d in a.diagnostics] == ["leftover"]
    with pytest.raises(wirefmt.ParseError, match="leftover"):
        wirefmt.parse(doc, strict=True)


def test_consecutive_unplaceable_lines_get_one_diagnostic() -> None:
    """A run of garbage lines is one segment and one diagnostic spanning it; a line apart
    gets its own."""
    garbage = 'X ?? 1!\n\n\u2026 A: "\n\n## %% ##'
    doc = SHORT.replace("énergie\n\nclimat\n", f"énergie\n\nclimat\n\n{garbage}\n", 1)
    doc = doc.replace("\n\n2025-06-03T09:30", "\n\nzz ?? !\n\n2025-06-03T09:30", 1)
    a = wirefmt.parse(doc)
    left = [d for d in a.diagnostics if d.code == "leftover"]
    assert [doc[d.start : d.end] for d in left] == ["zz ?? !", garbage]
    assert left[0].message.startswith("a line wirefmt could not place (prose)")
    assert left[1].message.startswith("3 lines wirefmt could not place, the first (prose)")
    assert [doc[s.start : s.end] for s in a.segments if s.role == "leftover"] == [
        "zz ?? !",
        garbage,
    ]
    with pytest.raises(wirefmt.ParseError, match="could not place") as info:
        wirefmt.parse(doc, strict=True)
    assert info.value.offset == left[0].start


# Words in lower case, now and then with a character the shortcut must refuse.
_KEYWORDISH = st.lists(
    st.text(alphabet="abzéßŉªǆǅ\u10d0ΐ'’-", min_size=1, max_size=8)
    | st.text(alphabet="abzéabzé.:!1ZÀ@,\u1c90/_", min_size=1, max_size=6),
    min_size=1,
    max_size=8,
).map(" ".join)


def _without_shortcut(text: str) -> str:
    """The shape every test gives, the plain-keyword shortcut left out."""
    saved = _lines.PLAIN_KEYWORD
    _lines.PLAIN_KEYWORD = re.compile("(?!)")  # matches nothing
    try:
        return _lines._shape(text)[0]
    finally:
        _lines.PLAIN_KEYWORD = saved


def test_plain_keyword_shortcut_admits_no_character_the_tests_refuse() -> None:
    """Every character below U+10000, in each place of a keyword: where the shortcut takes
    the line, every test names it a keyword too."""
    for code in range(0x10000):
        c = chr(code)
        for text in (c, c + "ab", "ab" + c, "ab" + c + "cd", "ab " + c, "ab " + c + "cd"):
            if _lines.PLAIN_KEYWORD.fullmatch(text):
                assert _without_shortcut(text) == "keyword", text


@given(_KEYWORDISH | st.sampled_from(["mon feb", "http", "fr-fr", "ab  cd", "a b c d e f g"]))
def test_plain_keyword_shortcut_agrees_with_every_test(text: str) -> None:
    """A line the one-match shortcut names a keyword is one that every test names so."""
    text = text.strip()
    if text and len(text) <= MAX_KEYWORD and _lines.PLAIN_KEYWORD.fullmatch(text):
        assert _without_shortcut(text) == "keyword"


@pytest.mark.parametrize(
    ("stamp", "codes"),
    [
        ("05/04/2021 10:00 IST", {"ambiguous-date", "ambiguous-zone"}),  # both left open
        ("03.06.2025 09:15 CST", {"ambiguous-zone"}),  # dotted dates are day first
        ("21/04/2021 10:00", {"naive-timestamp"}),  # 21 can only be the day
        ("2021-04-05T10:00+02:00", set()),  # near miss: ISO decides everything
    ],
)
def test_what_a_timestamp_leaves_open_is_a_notice_on_the_article(
    stamp: str, codes: set[str]
) -> None:
    doc = (
        "Fähre fährt wieder\n\nDie Fähre fuhr am Montag wieder. 05.04.2021, Sputnik Deutschland"
        f"\n\n{stamp}\n\n{stamp}\n\nverkehr\n\nDie Mannschaft war bereit.\n"
    )
    article = wirefmt.parse(doc)
    assert article.published is not None
    found = {d.code for d in article.diagnostics}
    assert found == codes
    # notices, never errors: strict mode reads the same document without raising
    assert wirefmt.parse(doc, strict=True).published == article.published
