"""The head of a page dump in the shapes real pages print it, in many scripts: the title in a
script without capitals or in lower case (shaped like a keyword), in capitals, ending in a
question mark, an exclamation or a quote, a title that is a quote, printed twice; no
description, a cut description, a description equal to the body's first paragraph. Each
dump is written here in the project's own words, with the whole reading it must give, and a
near miss beside each shape."""

from __future__ import annotations

import pytest
from pagedump_helpers import TS, TS_ISO, Expect, check, dump, roles

import wirefmt

UTC_ISO = "2022-02-14T14:18:00+00:00"

HEADS: dict[str, tuple[str, Expect]] = {
    # --- titles in scripts without capitals: shaped like a keyword, told by their place
    "zh, description with the suffix": (
        dump(
            "新港口电站正式启用",
            "新电站将为港口停靠的船只提供岸电。 14.02.2022, 俄罗斯卫星通讯社",
            TS,
            TS,
            TS,
            "能源",
            "港口",
            "周二，市政府宣布新电站正式启用。电站每年可为一百艘船提供电力。",
            "能源",
        ),
        Expect(
            "新港口电站正式启用",
            "新电站将为港口停靠的船只提供岸电。",
            ("能源", "港口"),
            ("能源",),
            TS_ISO,
            "周二，市政府宣布新电站正式启用。电站每年可为一百艘船提供电力。",
            "周二，市政府宣布新电站正式启用。电站每年可为一百艘船提供电力。",
        ),
    ),
    "zh, a description of three sentences (reads as body) with the suffix": (
        dump(
            "市政府公布新的交通计划",
            "市政府周二公布了新的交通计划。计划包括三条新地铁线。公交车将全天运行。"
            " 14.02.2022, 俄罗斯卫星通讯社",
            TS,
            TS,
            TS,
            "交通",
            "地铁",
            "市政府周二公布了新的交通计划。计划包括三条新地铁线。公交车将全天运行。当局表示，工程明年开始。",
            "交通",
        ),
        Expect(
            "市政府公布新的交通计划",
            "市政府周二公布了新的交通计划。计划包括三条新地铁线。公交车将全天运行。",
            ("交通", "地铁"),
            ("交通",),
            TS_ISO,
            "市政府周二公布了新的交通计划。计划包括三条新地铁线。公交车将全天运行。当局表示，工程明年开始。",
            "市政府周二公布了新的交通计划。计划包括三条新地铁线。公交车将全天运行。当局表示，工程明年开始。",
        ),
    ),
    "ja, no description: the timestamps follow the title": (
        dump(
            "新しい橋が開通",
            TS,
            "交通",
            "市は火曜日、新しい橋の開通式を行った。橋は二つの地区を結ぶ。",
            "交通",
        ),
        Expect(
            "新しい橋が開通",
            None,
            ("交通",),
            ("交通",),
            TS_ISO,
            "市は火曜日、新しい橋の開通式を行った。橋は二つの地区を結ぶ。",
            "市は火曜日、新しい橋の開通式を行った。橋は二つの地区を結ぶ。",
        ),
    ),
    "ka, printed twice, no description": (
        dump(
            "ახალი მეტროსადგური გაიხსნა",
            "ახალი მეტროსადგური გაიხსნა",
            TS,
            "მეტრო",
            "მერიამ ახალი მეტროსადგური გახსნა.სადგური დღეს ამოქმედდა.",
            "მეტრო",
        ),
        Expect(
            "ახალი მეტროსადგური გაიხსნა",
            None,
            ("მეტრო",),
            ("მეტრო",),
            TS_ISO,
            "მერიამ ახალი მეტროსადგური გახსნა.",
            "სადგური დღეს ამოქმედდა.",
        ),
    ),
    "ka, the edition in Latin capitals in the suffix": (
        dump(
            "ქალაქში ახალი ხიდი გაიხსნა",
            "მერიამ სამშაბათს ახალი ხიდი გახსნა. 14.02.2022, Sputnik საქართველო",
            TS,
            TS,
            TS,
            "ხიდი",
            "თბილისი",
            "მერიამ სამშაბათს ახალი ხიდი გახსნა.ხიდი ორ უბანს აკავშირებს.",
            "ხიდი",
        ),
        Expect(
            "ქალაქში ახალი ხიდი გაიხსნა",
            "მერიამ სამშაბათს ახალი ხიდი გახსნა.",
            ("ხიდი", "თბილისი"),
            ("ხიდი",),
            TS_ISO,
            "მერიამ სამშაბათს ახალი ხიდი გახსნა.",
            "ხიდი ორ უბანს აკავშირებს.",
        ),
    ),
    "ar, description cut with '...'": (
        dump(
            "افتتاح جسر جديد في المدينة",
            "افتتحت البلدية يوم الثلاثاء جسرا جديدا يربط بين حيين"
            " كبيرين بعد عامين من أعمال البناء التي...",
            TS,
            TS,
            "نقل",
            "مدن",
            "افتتحت البلدية يوم الثلاثاء جسرا جديدا يربط بين حيين"
            " كبيرين.وقال رئيس البلدية إن الجسر سيخفف الازدحام.",
            "نقل",
        ),
        Expect(
            "افتتاح جسر جديد في المدينة",
            "افتتحت البلدية يوم الثلاثاء جسرا جديدا يربط بين حيين"
            " كبيرين بعد عامين من أعمال البناء التي...",
            ("نقل", "مدن"),
            ("نقل",),
            TS_ISO,
            "افتتحت البلدية يوم الثلاثاء جسرا جديدا يربط بين حيين كبيرين.",
            "وقال رئيس البلدية إن الجسر سيخفف الازدحام.",
        ),
    ),
    "ar, a title ending in the Arabic question mark": (
        dump(
            "هل يفتح الجسر قريبا؟",
            "البلدية تقول إن الجسر سيفتح في الربيع",
            TS,
            TS,
            "جسور",
            "قالت البلدية إن الجسر سيفتح في الربيع.وأضافت أن العمل يسير كما هو مخطط.",
            "جسور",
        ),
        Expect(
            "هل يفتح الجسر قريبا؟",
            "البلدية تقول إن الجسر سيفتح في الربيع",
            ("جسور",),
            ("جسور",),
            TS_ISO,
            "قالت البلدية إن الجسر سيفتح في الربيع.",
            "وأضافت أن العمل يسير كما هو مخطط.",
        ),
    ),
    "ar, a title holding an Arabic comma (shaped like a list)": (
        dump(
            "روسيا، الصين",
            "اتفق البلدان على خطة جديدة للتجارة",
            TS,
            "تجارة",
            "اتفق البلدان على خطة جديدة للتجارة.وقال الوزير إن الخطة تبدأ في مايو.",
            "تجارة",
        ),
        Expect(
            "روسيا، الصين",
            "اتفق البلدان على خطة جديدة للتجارة",
            ("تجارة",),
            ("تجارة",),
            TS_ISO,
            "اتفق البلدان على خطة جديدة للتجارة.",
            "وقال الوزير إن الخطة تبدأ في مايو.",
        ),
    ),
    "fa": (
        dump(
            "بازگشایی پل تازه در شهر",
            "شهرداری روز سه‌شنبه پل تازه‌ای را افتتاح کرد. 14.02.2022, اسپوتنیک",
            TS,
            "حمل و نقل",
            "شهرداری روز سه‌شنبه پل تازه‌ای را افتتاح کرد.این پل دو محله را به هم وصل می‌کند.",
            "حمل و نقل",
        ),
        Expect(
            "بازگشایی پل تازه در شهر",
            "شهرداری روز سه‌شنبه پل تازه‌ای را افتتاح کرد.",
            ("حمل و نقل",),
            ("حمل و نقل",),
            TS_ISO,
            "شهرداری روز سه‌شنبه پل تازه‌ای را افتتاح کرد.",
            "این پل دو محله را به هم وصل می‌کند.",
        ),
    ),
    "he, description with no suffix": (
        dump(
            "גשר חדש נפתח בעיר",
            "העירייה פתחה ביום שלישי גשר חדש בין שתי שכונות",
            TS,
            TS,
            "תחבורה",
            "העירייה פתחה ביום שלישי גשר חדש בין שתי שכונות.לדברי"
            " ראש העיר, הגשר יקצר את זמן הנסיעה.",
            "תחבורה",
        ),
        Expect(
            "גשר חדש נפתח בעיר",
            "העירייה פתחה ביום שלישי גשר חדש בין שתי שכונות",
            ("תחבורה",),
            ("תחבורה",),
            TS_ISO,
            "העירייה פתחה ביום שלישי גשר חדש בין שתי שכונות.",
            "לדברי ראש העיר, הגשר יקצר את זמן הנסיעה.",
        ),
    ),
    "hi, danda": (
        dump(
            "शहर में नया पुल खुला",
            "नगर निगम ने मंगलवार को नया पुल खोला। 14.02.2022, Sputnik भारत",
            TS,
            "परिवहन",
            "नगर निगम ने मंगलवार को नया पुल खोला।पुल दो इलाकों को जोड़ता है।",
            "परिवहन",
        ),
        Expect(
            "शहर में नया पुल खुला",
            "नगर निगम ने मंगलवार को नया पुल खोला।",
            ("परिवहन",),
            ("परिवहन",),
            TS_ISO,
            "नगर निगम ने मंगलवार को नया पुल खोला।",
            "पुल दो इलाकों को जोड़ता है।",
        ),
    ),
    # --- titles in scripts with capitals
    "uk, a lower-case title and no description": (
        dump(
            "у львові відкрили новий міст",
            TS,
            TS,
            TS,
            "львів",
            "Міська рада у вівторок відкрила новий міст.Міст з'єднує два райони.",
            "львів",
        ),
        Expect(
            "у львові відкрили новий міст",
            None,
            ("львів",),
            ("львів",),
            TS_ISO,
            "Міська рада у вівторок відкрила новий міст.",
            "Міст з'єднує два райони.",
        ),
    ),
    "ru, a lower-case title of six words": (
        dump(
            "в казани открыли новый мост через реку",
            "Мэрия Казани во вторник открыла новый мост. 14.02.2022, Sputnik",
            TS,
            TS,
            TS,
            "казань",
            "мосты",
            "Мэрия Казани во вторник открыла новый мост.Мост соединит два района.",
            "казань",
        ),
        Expect(
            "в казани открыли новый мост через реку",
            "Мэрия Казани во вторник открыла новый мост.",
            ("казань", "мосты"),
            ("казань",),
            TS_ISO,
            "Мэрия Казани во вторник открыла новый мост.",
            "Мост соединит два района.",
        ),
    ),
    "tr, dotted and dotless i": (
        dump(
            "İzmir'de yeni liman santrali açıldı",
            "İzmir'deki yeni santral gemilere kıyıdan elektrik"
            " verecek. 14.02.2022, Sputnik Türkiye",
            TS,
            TS,
            TS,
            "izmir",
            "enerji",
            "İzmir Belediyesi santrali salı günü açtı.Santral yılda yüz gemiye"
            " elektrik sağlayacak.Işıklı hat bu kış kullanılacak.",
            "izmir",
            "enerji",
        ),
        Expect(
            "İzmir'de yeni liman santrali açıldı",
            "İzmir'deki yeni santral gemilere kıyıdan elektrik verecek.",
            ("izmir", "enerji"),
            ("izmir", "enerji"),
            TS_ISO,
            "İzmir Belediyesi santrali salı günü açtı.",
            "Işıklı hat bu kış kullanılacak.",
        ),
    ),
    "el, a title in capitals": (
        dump(
            "ΝΕΑ ΓΕΦΥΡΑ ΣΤΗ ΘΕΣΣΑΛΟΝΙΚΗ",
            "Ο δήμος εγκαινίασε την Τρίτη μια νέα γέφυρα. 14.02.2022, Sputnik Ελλάδα",
            TS,
            TS,
            TS,
            "θεσσαλονίκη",
            "Ο δήμος εγκαινίασε την Τρίτη μια νέα γέφυρα.Η γέφυρα ενώνει δύο συνοικίες.",
            "θεσσαλονίκη",
        ),
        Expect(
            "ΝΕΑ ΓΕΦΥΡΑ ΣΤΗ ΘΕΣΣΑΛΟΝΙΚΗ",
            "Ο δήμος εγκαινίασε την Τρίτη μια νέα γέφυρα.",
            ("θεσσαλονίκη",),
            ("θεσσαλονίκη",),
            TS_ISO,
            "Ο δήμος εγκαινίασε την Τρίτη μια νέα γέφυρα.",
            "Η γέφυρα ενώνει δύο συνοικίες.",
        ),
    ),
    "en, a title in capitals, no suffix": (
        dump(
            "BRIDGE OPENS AFTER TWO YEARS",
            "The city opened the bridge on Tuesday after long delays.",
            TS,
            TS,
            TS,
            "bridges",
            "The city opened the bridge on Tuesday.Works had taken two years.",
            "bridges",
        ),
        Expect(
            "BRIDGE OPENS AFTER TWO YEARS",
            "The city opened the bridge on Tuesday after long delays.",
            ("bridges",),
            ("bridges",),
            TS_ISO,
            "The city opened the bridge on Tuesday.",
            "Works had taken two years.",
        ),
    ),
    "hy, Armenian full stop": (
        dump(
            "Երևանում նոր կամուրջ է բացվել",
            "Քաղաքապետարանը երեքշաբթի բացել է նոր կամուրջը։ 14.02.2022, Sputnik Արմենիա",
            TS,
            TS,
            TS,
            "երևան",
            "Քաղաքապետարանը երեքշաբթի բացել է նոր կամուրջը։Կամուրջը միացնում է երկու թաղամաս։",
            "երևան",
        ),
        Expect(
            "Երևանում նոր կամուրջ է բացվել",
            "Քաղաքապետարանը երեքշաբթի բացել է նոր կամուրջը։",
            ("երևան",),
            ("երևան",),
            TS_ISO,
            "Քաղաքապետարանը երեքշաբթի բացել է նոր կամուրջը։",
            "Կամուրջը միացնում է երկու թաղամաս։",
        ),
    ),
    "fr, a title ending in '!', description equal to the first paragraph": (
        dump(
            "Le pont est enfin ouvert !",
            "La mairie a inauguré le nouveau pont mardi matin.",
            TS,
            TS,
            TS,
            "transports",
            "La mairie a inauguré le nouveau pont mardi matin.Le pont relie les deux quartiers.",
            "transports",
        ),
        Expect(
            "Le pont est enfin ouvert !",
            "La mairie a inauguré le nouveau pont mardi matin.",
            ("transports",),
            ("transports",),
            TS_ISO,
            "La mairie a inauguré le nouveau pont mardi matin.",
            "Le pont relie les deux quartiers.",
        ),
    ),
    "fr, a title ending in a closing guillemet": (
        dump(
            "Le maire: «Le pont sera prêt en mai»",
            "Le maire a promis que les travaux finiraient au"
            " printemps. 14.02.2022, Sputnik Afrique",
            TS,
            TS,
            TS,
            "transports",
            "Le maire a promis que les travaux finiraient.«Le pont sera prêt en mai», a-t-il dit.",
            "transports",
        ),
        Expect(
            "Le maire: «Le pont sera prêt en mai»",
            "Le maire a promis que les travaux finiraient au printemps.",
            ("transports",),
            ("transports",),
            TS_ISO,
            "Le maire a promis que les travaux finiraient.",
            "«Le pont sera prêt en mai», a-t-il dit.",
        ),
    ),
    "de, a title that is a quote": (
        dump(
            "„Wir bauen weiter“",
            "Der Bürgermeister verteidigt den Brückenbau. 14.02.2022, SNA",
            TS,
            TS,
            TS,
            "brücke",
            "Der Bürgermeister verteidigte am Dienstag den Bau.„Wir bauen weiter“, sagte er.",
            "brücke",
        ),
        Expect(
            "„Wir bauen weiter“",
            "Der Bürgermeister verteidigt den Brückenbau.",
            ("brücke",),
            ("brücke",),
            TS_ISO,
            "Der Bürgermeister verteidigte am Dienstag den Bau.",
            "„Wir bauen weiter“, sagte er.",
        ),
    ),
    "ro, a title that is a quote in low-high marks": (
        dump(
            "„Podul va fi gata în mai”",
            "Primarul a promis marți că lucrările se vor termina. 14.02.2022, Sputnik Moldova",
            TS,
            TS,
            TS,
            "poduri",
            "Primarul a promis marți că lucrările se vor termina.Podul leagă două cartiere.",
            "poduri",
        ),
        Expect(
            "„Podul va fi gata în mai”",
            "Primarul a promis marți că lucrările se vor termina.",
            ("poduri",),
            ("poduri",),
            TS_ISO,
            "Primarul a promis marți că lucrările se vor termina.",
            "Podul leagă două cartiere.",
        ),
    ),
    "es, printed twice with the edition, description cut": (
        dump(
            "Un nuevo puente une los dos barrios",
            "Un nuevo puente une los dos barrios",
            "Sputnik Mundo",
            "El ayuntamiento inauguró el martes un puente que une los"
            " dos barrios tras dos años de obras y...",
            "2022-02-14T14:18+0000",
            "puentes",
            "El ayuntamiento inauguró el martes un puente.Las obras duraron dos años.",
            "puentes",
        ),
        Expect(
            "Un nuevo puente une los dos barrios",
            "El ayuntamiento inauguró el martes un puente que une los"
            " dos barrios tras dos años de obras y...",
            ("puentes",),
            ("puentes",),
            UTC_ISO,
            "El ayuntamiento inauguró el martes un puente.",
            "Las obras duraron dos años.",
        ),
    ),
    "en, a question with G7 and COVID-19, no description": (
        dump(
            "Will the G7 agree on a COVID-19 plan?",
            TS,
            TS,
            TS,
            "vaccines",
            "Leaders of the G7 meet on Tuesday.They will discuss a shared vaccine fund.",
            "vaccines",
        ),
        Expect(
            "Will the G7 agree on a COVID-19 plan?",
            None,
            ("vaccines",),
            ("vaccines",),
            TS_ISO,
            "Leaders of the G7 meet on Tuesday.",
            "They will discuss a shared vaccine fund.",
        ),
    ),
    "vi": (
        dump(
            "Cây cầu mới nối hai quận được khánh thành",
            "Thành phố đã khánh thành cây cầu mới. 14.02.2022, Sputnik Việt Nam",
            TS,
            TS,
            TS,
            "giao thông",
            "Thành phố đã khánh thành cây cầu mới vào thứ Ba.Cây cầu nối hai quận.",
            "giao thông",
        ),
        Expect(
            "Cây cầu mới nối hai quận được khánh thành",
            "Thành phố đã khánh thành cây cầu mới.",
            ("giao thông",),
            ("giao thông",),
            TS_ISO,
            "Thành phố đã khánh thành cây cầu mới vào thứ Ba.",
            "Cây cầu nối hai quận.",
        ),
    ),
}


@pytest.mark.parametrize("case", sorted(HEADS))
def test_head_shapes_read_whole(case: str) -> None:
    doc, want = HEADS[case]
    check(doc, want)


# --- near misses ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("keyword", "body"),
    [
        ("ხიდი", "ახალი ხიდი სამშაბათს გაიხსნა. ხიდი ორ უბანს აკავშირებს. მერია კმაყოფილია."),
        ("港口", "周二，市政府宣布新电站正式启用。电站每年可为一百艘船提供电力。" * 8),
        ("جسور", "قالت البلدية إن الجسر سيفتح في الربيع. وأضافت أن العمل يسير. ولم تحدد موعدا."),
    ],
)
def test_near_miss_a_short_uncased_keyword_before_keywords_or_the_body_stays_a_keyword(
    keyword: str, body: str
) -> None:
    # before another keyword, or before the body, the first line is a keyword, not a title
    for doc in (dump(keyword, "طاقة", body, keyword), dump(keyword, body, keyword)):
        a = wirefmt.parse(doc)
        assert a.title is None
        assert keyword in a.keywords


@pytest.mark.parametrize("word", ["énergie", "joe biden", "министерство энергетики", "yeni seçim"])
def test_near_miss_a_short_lower_case_line_before_the_timestamps_stays_a_keyword(word: str) -> None:
    # in a script with capitals, a keyword line is a name of a word or three, not a headline
    doc = dump(word, TS, "Le texte du corps.La suite du texte.", "port")
    a = wirefmt.parse(doc)
    assert a.title is None
    assert a.keywords[0] == word


@pytest.mark.parametrize(
    ("title", "lede", "body"),
    [
        (
            "City council approves budget",
            "The council approved next year's budget on Tuesday.",
            "Council approves budget",
        ),
        (
            "Le conseil vote le budget",
            "Le conseil a voté mardi le budget.",
            "Le conseil vote le budget annuel",
        ),
        ("Совет принял бюджет", "Совет во вторник принял бюджет.", "Бюджет принят"),
    ],
)
def test_near_miss_a_one_line_body_shaped_like_a_title_stays_the_body(
    title: str, lede: str, body: str
) -> None:
    doc = dump(title, lede, TS, TS, TS, "budget", body, "budget")
    check(doc, Expect(title, lede, ("budget",), ("budget",), TS_ISO, body, body))


@pytest.mark.parametrize(
    ("title", "page_title", "lede"),
    [
        (
            "Le pont est ouvert",
            "Le pont est ouvert - Sputnik Afrique",
            "La mairie a inauguré le pont.",
        ),
        ("Мост открыт", "Мост открыт | РИА Новости", "Мэрия открыла мост во вторник."),
        ("Köprü açıldı", "Köprü açıldı — Gündem", "Belediye köprüyü salı günü açtı."),
        (
            "新港口电站正式启用",
            "新港口电站正式启用 - 俄罗斯卫星通讯社",
            "新电站将为港口停靠的船只提供岸电。",
        ),
    ],
)
def test_the_title_followed_by_a_site_name_is_a_title_repeat(
    title: str, page_title: str, lede: str
) -> None:
    body = "La mairie a inauguré le nouveau pont mardi.Le pont relie les deux quartiers."
    doc = dump(title, page_title, lede, TS, "port", body, "port")
    a = check(doc, Expect(title, lede, ("port",), ("port",), TS_ISO, *_split(body)))
    assert ("title-repeat", page_title) in roles(doc, a)


@pytest.mark.parametrize(
    ("title", "lede"),
    [
        ("Le pont est ouvert", "Le pont est ouvert - la mairie l'a annoncé mardi."),
        ("Мост открыт", "Мост открыт — об этом сообщила мэрия города в среду."),
        ("Köprü açıldı", "Köprü açıldı - belediye başkanı törende konuştu, trafik yarın başlıyor."),
    ],
)
def test_near_miss_a_description_opening_with_the_title_and_a_dash_stays_the_description(
    title: str, lede: str
) -> None:
    body = "La mairie a inauguré le nouveau pont mardi.Le pont relie les deux quartiers."
    doc = dump(title, lede, TS, "port", body, "port")
    check(doc, Expect(title, lede, ("port",), ("port",), TS_ISO, *_split(body)))


def _split(body: str) -> tuple[str, str]:
    """The two paragraphs of a body glued at its one full stop."""
    cut = body.index(".") + 1
    return body[:cut], body[cut:]


@pytest.mark.parametrize(
    ("title", "lede"),
    [
        ("2022: год перемен", "Итоги года в пяти цифрах."),
        ("5 фактов", "Что известно о новом мосте."),
        ("10 killed in crash", "A bus left the road on Monday night."),
        ("3 soruda bütçe", "Meclis bütçeyi salı günü oyluyor."),
        ("ceasefire holds", "The truce held for a second day."),
    ],
)
def test_a_short_title_with_no_capital_before_a_description_and_the_timestamps(
    title: str, lede: str
) -> None:
    # the whole head follows it (a description, then the timestamps): it is the title
    body = "La mairie a inauguré le nouveau pont mardi.Le pont relie les deux quartiers."
    doc = dump(title, lede, TS, "port", body, "port")
    check(doc, Expect(title, lede, ("port",), ("port",), TS_ISO, *_split(body)))


@pytest.mark.parametrize("word", ["énergie", "2022 год", "joe biden"])
def test_near_miss_a_short_lower_case_line_before_a_description_and_keywords_stays_a_keyword(
    word: str,
) -> None:
    # no timestamp after the prose line: the head's order does not tell a title
    doc = dump(word, "Le port a rouvert mardi.", "port", "Le texte du corps.La suite du texte.")
    a = wirefmt.parse(doc)
    assert a.title != word
    assert word in a.keywords


TITLE_AND_BODY = {
    "zh": (
        "新港口电站正式启用",
        "周二，市政府宣布新电站正式启用。电站每年可为一百艘船提供电力。当局表示，明年将再建两座。",
    ),
    "ka": (
        "ქალაქში ახალი ხიდი გაიხსნა",
        "მერიამ სამშაბათს ახალი ხიდი გახსნა.ხიდი ორ უბანს აკავშირებს.",
    ),
    "ar": (
        "افتتاح جسر جديد",
        "افتتحت البلدية جسرا جديدا.وقال رئيس البلدية إن الجسر سيخفف الازدحام.",
    ),
    "hi": ("नया पुल खुला", "नगर निगम ने पुल खोला।पुल दो इलाकों को जोड़ता है।"),
    "tr": ("Yeni köprü açıldı", "Belediye köprüyü salı günü açtı.Köprü iki ilçeyi birleştiriyor."),
}


@pytest.mark.parametrize("lang", sorted(TITLE_AND_BODY))
@pytest.mark.parametrize("sep", ["\n\n", "\n"])
def test_a_dump_of_a_title_and_a_body_alone(lang: str, sep: str) -> None:
    # no description, no metadata: a body of several sentences, or glued at a paragraph
    # break (which a description never is), follows the title
    title, body = TITLE_AND_BODY[lang]
    doc = title + sep + body + "\n"
    a = wirefmt.parse(doc)
    assert (a.title, a.lede, a.keywords) == (title, None, ())
    assert "".join(b.text for b in a.body) == body


@pytest.mark.parametrize(
    ("title", "lede"),
    [
        ("ქალაქში ახალი ხიდი გაიხსნა", "მერიამ სამშაბათს ახალი ხიდი გახსნა."),
        ("Macron parle du budget", "M.Macron a présenté le budget mardi."),
        ("Talks resume", "The talks with the U.S.Officials resume on Monday."),
    ],
)
def test_near_miss_a_description_with_no_glued_break_stays_the_description(
    title: str, lede: str
) -> None:
    # one sentence, or a stop between capitals (initials): no paragraph break glued there
    body = "Le conseil a voté mardi. La séance a duré quatre heures. Elle reprend demain."
    a = wirefmt.parse(dump(title, lede, body))
    assert (a.title, a.lede) == (title, lede)
