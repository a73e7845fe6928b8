"""Keywords, tags and timestamps of a page dump in the forms real pages print them: keywords
with digits and capitals (``COVID-19``, ``G7``, ``НАТО``), a single keyword, none, a keyword
printed as a name with no lower-case keyword beside it, tags as one comma-joined list (Latin
and Arabic commas), one timestamp, timestamps with a space or with dots and no zone, blocks
parted by single line ends. Each dump in the project's own words, with a near miss."""

from __future__ import annotations

import pytest
from pagedump_helpers import TS, TS_ISO, Expect, check, dump

import wirefmt

META: dict[str, tuple[str, Expect]] = {
    "en, keywords and tags with digits and capitals": (
        dump(
            "Leaders meet on a vaccine fund",
            "Leaders meet on Tuesday to discuss a shared fund. 14.02.2022, Sputnik International",
            TS,
            TS,
            TS,
            "COVID-19",
            "G7",
            "vaccines",
            "Leaders of the G7 meet on Tuesday.They will discuss a fund.",
            "G7",
            "vaccines",
        ),
        Expect(
            "Leaders meet on a vaccine fund",
            "Leaders meet on Tuesday to discuss a shared fund.",
            ("COVID-19", "G7", "vaccines"),
            ("G7", "vaccines"),
            TS_ISO,
            "Leaders of the G7 meet on Tuesday.",
            "They will discuss a fund.",
        ),
    ),
    "ru, an acronym keyword among lower-case ones": (
        dump(
            "НАТО проведет учения у границы",
            "Альянс объявил о начале учений. РИА Новости, 14.02.2022",
            TS,
            TS,
            TS,
            "НАТО",
            "учения",
            "Альянс объявил о начале учений.Учения продлятся две недели.",
            "НАТО",
            "учения",
        ),
        Expect(
            "НАТО проведет учения у границы",
            "Альянс объявил о начале учений.",
            ("НАТО", "учения"),
            ("НАТО", "учения"),
            TS_ISO,
            "Альянс объявил о начале учений.",
            "Учения продлятся две недели.",
        ),
    ),
    "ru, the only keyword is an acronym": (
        dump(
            "Учения альянса начнутся в марте",
            "Альянс объявил о начале учений в следующем месяце.",
            TS,
            TS,
            TS,
            "НАТО",
            "Альянс объявил о начале учений.Учения продлятся две недели.",
            "НАТО",
        ),
        Expect(
            "Учения альянса начнутся в марте",
            "Альянс объявил о начале учений в следующем месяце.",
            ("НАТО",),
            ("НАТО",),
            TS_ISO,
            "Альянс объявил о начале учений.",
            "Учения продлятся две недели.",
        ),
    ),
    "pt, the only keyword is a name": (
        dump(
            "Nova ponte liga dois bairros",
            "A prefeitura inaugurou a nova ponte.",
            TS,
            "Rio de Janeiro",
            "A prefeitura inaugurou na terça-feira a nova ponte.A ponte liga dois bairros.",
            "Rio de Janeiro",
        ),
        Expect(
            "Nova ponte liga dois bairros",
            "A prefeitura inaugurou a nova ponte.",
            ("Rio de Janeiro",),
            ("Rio de Janeiro",),
            TS_ISO,
            "A prefeitura inaugurou na terça-feira a nova ponte.",
            "A ponte liga dois bairros.",
        ),
    ),
    "sr, a single keyword": (
        dump(
            "Нови мост у Новом Саду",
            "Град је у уторак отворио нови мост. 14.02.2022, Sputnik Србија",
            TS,
            TS,
            TS,
            "мостови",
            "Град је у уторак отворио нови мост.Мост спаја два дела града.",
            "мостови",
        ),
        Expect(
            "Нови мост у Новом Саду",
            "Град је у уторак отворио нови мост.",
            ("мостови",),
            ("мостови",),
            TS_ISO,
            "Град је у уторак отворио нови мост.",
            "Мост спаја два дела града.",
        ),
    ),
    "uk, no keyword, a tag printed as a name": (
        dump(
            "У Львові відкрили новий міст",
            "Міська рада відкрила новий міст. 14.02.2022, Sputnik Україна",
            TS,
            TS,
            TS,
            "Міська рада у вівторок відкрила новий міст.Міст з'єднує два райони.",
            "Львів",
        ),
        Expect(
            "У Львові відкрили новий міст",
            "Міська рада відкрила новий міст.",
            (),
            ("Львів",),
            TS_ISO,
            "Міська рада у вівторок відкрила новий міст.",
            "Міст з'єднує два райони.",
        ),
    ),
    "de, tags as one comma-joined list": (
        dump(
            "Stadt baut weiter",
            "Der Bürgermeister verteidigt den Brückenbau. 14.02.2022, SNA",
            TS,
            TS,
            TS,
            "brücke",
            "haushalt",
            "Der Bürgermeister verteidigte den Bau.Die Kosten steigen.",
            "brücke, haushalt, stadtrat",
        ),
        Expect(
            "Stadt baut weiter",
            "Der Bürgermeister verteidigt den Brückenbau.",
            ("brücke", "haushalt"),
            ("brücke", "haushalt", "stadtrat"),
            TS_ISO,
            "Der Bürgermeister verteidigte den Bau.",
            "Die Kosten steigen.",
        ),
    ),
    "fa, tags as one list joined by the Arabic comma": (
        dump(
            "بازگشایی پل تازه در شهر",
            "شهرداری روز سه‌شنبه پل تازه‌ای را افتتاح کرد",
            TS,
            "پل",
            "شهرداری روز سه‌شنبه پل تازه‌ای را افتتاح کرد.این پل دو محله را به هم وصل می‌کند.",
            "پل، شهرداری، تهران",
        ),
        Expect(
            "بازگشایی پل تازه در شهر",
            "شهرداری روز سه‌شنبه پل تازه‌ای را افتتاح کرد",
            ("پل",),
            ("پل", "شهرداری", "تهران"),
            TS_ISO,
            "شهرداری روز سه‌شنبه پل تازه‌ای را افتتاح کرد.",
            "این پل دو محله را به هم وصل می‌کند.",
        ),
    ),
    "it, one timestamp with dots and no zone": (
        dump(
            "Nuovo ponte inaugurato a Torino",
            "Il comune ha aperto il nuovo ponte. 14.02.2022, Sputnik Italia",
            "14.02.2022 14:18",
            "torino",
            "Il comune ha aperto martedì il nuovo ponte.Il ponte collega due quartieri.",
            "torino",
        ),
        Expect(
            "Nuovo ponte inaugurato a Torino",
            "Il comune ha aperto il nuovo ponte.",
            ("torino",),
            ("torino",),
            "2022-02-14T14:18:00",
            "Il comune ha aperto martedì il nuovo ponte.",
            "Il ponte collega due quartieri.",
        ),
    ),
    "pt, two timestamps with a space and seconds, no zone": (
        dump(
            "Nova ponte liga dois bairros",
            "A prefeitura inaugurou a nova ponte. 14.02.2022, Sputnik Brasil",
            "2022-02-14 14:18:00",
            "2022-02-14 15:00:00",
            "pontes",
            "A prefeitura inaugurou na terça-feira a nova ponte.A ponte liga dois bairros.",
            "pontes",
        ),
        Expect(
            "Nova ponte liga dois bairros",
            "A prefeitura inaugurou a nova ponte.",
            ("pontes",),
            ("pontes",),
            "2022-02-14T14:18:00",
            "A prefeitura inaugurou na terça-feira a nova ponte.",
            "A ponte liga dois bairros.",
        ),
    ),
    "ja, one timestamp with seconds and an extended zone": (
        dump(
            "市が新しい橋を開通",
            "市は火曜日、新しい橋を開通させた。",
            "2022-02-14T14:18:00+09:00",
            "交通",
            "市は火曜日、新しい橋を開通させた。橋は二つの地区を結ぶ。",
            "交通",
        ),
        Expect(
            "市が新しい橋を開通",
            "市は火曜日、新しい橋を開通させた。",
            ("交通",),
            ("交通",),
            "2022-02-14T14:18:00+09:00",
            "市は火曜日、新しい橋を開通させた。橋は二つの地区を結ぶ。",
            "市は火曜日、新しい橋を開通させた。橋は二つの地区を結ぶ。",
        ),
    ),
    "ar, one timestamp in UTC": (
        dump(
            "ارتفاع أسعار الوقود",
            "رفعت الحكومة أسعار الوقود اعتبارا من يوم الاثنين",
            "2022-02-14T14:18:00Z",
            "وقود",
            "رفعت الحكومة أسعار الوقود اعتبارا من يوم الاثنين.وقال الوزير إن القرار مؤقت.",
            "وقود",
        ),
        Expect(
            "ارتفاع أسعار الوقود",
            "رفعت الحكومة أسعار الوقود اعتبارا من يوم الاثنين",
            ("وقود",),
            ("وقود",),
            "2022-02-14T14:18:00+00:00",
            "رفعت الحكومة أسعار الوقود اعتبارا من يوم الاثنين.",
            "وقال الوزير إن القرار مؤقت.",
        ),
    ),
    "pl, blocks parted by single line ends": (
        dump(
            "Nowy most otwarty w Gdańsku",
            "Miasto otworzyło we wtorek nowy most. 14.02.2022, Sputnik Polska",
            TS,
            TS,
            TS,
            "gdańsk",
            "mosty",
            "Miasto otworzyło we wtorek nowy most nad rzeką.Budowa trwała dwa lata.",
            "gdańsk",
            sep="\n",
        ),
        Expect(
            "Nowy most otwarty w Gdańsku",
            "Miasto otworzyło we wtorek nowy most.",
            ("gdańsk", "mosty"),
            ("gdańsk",),
            TS_ISO,
            "Miasto otworzyło we wtorek nowy most nad rzeką.",
            "Budowa trwała dwa lata.",
        ),
    ),
    "az, CRLF line ends": (
        dump(
            "Bakıda yeni körpü istifadəyə verildi",
            "Şəhər rəhbərliyi yeni körpünü açdı. 14.02.2022, Sputnik Azərbaycan",
            TS,
            TS,
            TS,
            "bakı",
            "nəqliyyat",
            "Şəhər rəhbərliyi çərşənbə axşamı yeni körpünü açdı.Körpü iki rayonu birləşdirir.",
            "bakı",
            sep="\r\n\r\n",
        ),
        Expect(
            "Bakıda yeni körpü istifadəyə verildi",
            "Şəhər rəhbərliyi yeni körpünü açdı.",
            ("bakı", "nəqliyyat"),
            ("bakı",),
            TS_ISO,
            "Şəhər rəhbərliyi çərşənbə axşamı yeni körpünü açdı.",
            "Körpü iki rayonu birləşdirir.",
        ),
    ),
}


@pytest.mark.parametrize("case", sorted(META))
def test_metadata_forms_read_whole(case: str) -> None:
    doc, want = META[case]
    check(doc, want)


# --- near misses ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "listed",
    ["brücke, haushalt, stadtrat", "мост, бюджет", "köprü, bütçe, meclis"],
)
def test_near_miss_a_list_after_the_tags_is_the_trailers_keyword_list(listed: str) -> None:
    # a tag line came: the comma-joined list after it is the trailer's, not the tags
    doc = dump("A title", "A description.", TS, "brücke", "The body.It goes on.", "brücke", listed)
    a = wirefmt.parse(doc)
    assert a.tags == ("brücke",)
    assert a.keywords == ("brücke",)


@pytest.mark.parametrize(
    "line",
    [
        "la séance reprendra demain. le maire sera là",
        "заседание продолжится завтра. мэр будет там",
        "oturum yarın sürecek. başkan orada olacak",
    ],
)
def test_near_miss_a_lower_case_sentence_after_the_body_is_no_tag(line: str) -> None:
    doc = dump(
        "Un titre", "Une description.", TS, "budget", "Le corps du texte.La suite.", line, "budget"
    )
    a = wirefmt.parse(doc)
    assert line not in a.tags and line not in a.keywords


@pytest.mark.parametrize(
    ("name", "body"),
    [
        ("Rio de Janeiro", "A ponte foi aberta.A cidade celebrou."),
        ("Новости дня", "Мост открыли.Город отметил событие."),
        ("Son Dakika", "Köprü açıldı.Şehir kutladı."),
    ],
)
def test_near_miss_a_name_line_with_no_timestamp_before_it_is_not_a_keyword(
    name: str, body: str
) -> None:
    # with no timestamp and no keyword line to stand beside, a name line is not a keyword
    a = wirefmt.parse(dump("Um título", "Uma descrição sem ponto", name, body))
    assert name not in a.keywords
