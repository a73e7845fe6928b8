"""Lines of the web page that are not the article, standing apart from a body printed on one
line: a "read also" line, a copyright line, a photo caption, the lead image's URL. A page's
body reaches the dump glued on one line or split into lines, not both: a line parted by a
blank line from a glued body is no paragraph of it, and is left over (or, when it is a short
name, a keyword or a tag). Near misses: a body split into lines keeps its lines."""

from __future__ import annotations

import pytest
from pagedump_helpers import TS, TS_ISO, Expect, check, dump, roles

import wirefmt

SITE: dict[str, tuple[str, Expect]] = {
    "en, read-also and copyright lines, an image URL": (
        dump(
            "New ferry line opens on the river",
            "The city launched a new ferry line. 14.02.2022, Sputnik International",
            TS,
            TS,
            TS,
            "ferries",
            "https://cdn.example.org/img/2022/02/14/ferry_1920x0_80.jpg",
            "The city launched a new ferry line on Tuesday.The first boats left the old pier "
            "at seven in the morning, and the operator said that more than two thousand "
            "people used them on the first day.Boats will run every twenty minutes.",
            "Read also: Bridge works delayed again",
            "© 2022 Example News. All rights reserved.",
            "ferries",
        ),
        Expect(
            "New ferry line opens on the river",
            "The city launched a new ferry line.",
            ("ferries",),
            ("ferries",),
            TS_ISO,
            "The city launched a new ferry line on Tuesday.",
            "Boats will run every twenty minutes.",
            ("Read also: Bridge works delayed again", "© 2022 Example News. All rights reserved."),
        ),
    ),
    "ru, read-also line and copyright with guillemets": (
        dump(
            "В Казани открыли новый мост",
            "Мэрия Казани во вторник открыла новый мост.",
            TS,
            TS,
            TS,
            "казань",
            "Мэрия Казани во вторник открыла новый мост.Строительство длилось почти три "
            "года, а его стоимость, по словам чиновников, оказалась на треть выше, чем "
            "планировалось в самом начале работ.Мост соединит два района города.",
            "Читайте также: В Самаре начали ремонт набережной",
            "© 2022 МИА «Пример»",
            "казань",
        ),
        Expect(
            "В Казани открыли новый мост",
            "Мэрия Казани во вторник открыла новый мост.",
            ("казань",),
            ("казань",),
            TS_ISO,
            "Мэрия Казани во вторник открыла новый мост.",
            "Мост соединит два района города.",
            ("Читайте также: В Самаре начали ремонт набережной", "© 2022 МИА «Пример»"),
        ),
    ),
    "en, a photo caption after the body": (
        dump(
            "Storm closes schools across the region",
            "Schools stayed shut on Monday. 14.02.2022, Sputnik International",
            TS,
            TS,
            TS,
            "weather",
            "Schools stayed shut on Monday as the storm moved east.Rivers rose through the "
            "night in several towns, and the regional office asked people living near the "
            "water to stay at home until the rain stops.Buses run again on Wednesday.",
            "Photo: a flooded street in the old town",
            "weather",
        ),
        Expect(
            "Storm closes schools across the region",
            "Schools stayed shut on Monday.",
            ("weather",),
            ("weather",),
            TS_ISO,
            "Schools stayed shut on Monday as the storm moved east.",
            "Buses run again on Wednesday.",
            ("Photo: a flooded street in the old town",),
        ),
    ),
    "fr, a caption before the body": (
        dump(
            "La tempête ferme les écoles",
            "Les écoles sont restées fermées lundi.",
            TS,
            TS,
            TS,
            "météo",
            "Une rue inondée de la vieille ville, lundi matin, après la tempête de la nuit.",
            "Les écoles sont restées fermées lundi, après la tempête qui a touché toute la "
            "région.Plusieurs routes ont été coupées pendant la nuit, et la préfecture a "
            "demandé aux habitants des villages voisins de rester chez eux jusqu'à nouvel "
            "ordre."
            "Les bus reprendront mercredi.",
            "météo",
        ),
        Expect(
            "La tempête ferme les écoles",
            "Les écoles sont restées fermées lundi.",
            ("météo",),
            ("météo",),
            TS_ISO,
            "Les écoles sont restées fermées lundi, après la tempête qui a touché toute la région.",
            "Les bus reprendront mercredi.",
            ("Une rue inondée de la vieille ville, lundi matin, après la tempête de la nuit.",),
        ),
    ),
    "tr, a read-also line in capitals": (
        dump(
            "Fırtına okulları kapattı",
            "Okullar pazartesi kapalı kaldı. 14.02.2022, Sputnik Türkiye",
            TS,
            TS,
            TS,
            "hava",
            "Okullar pazartesi kapalı kaldı.Gece boyunca birçok ilçede yollar kapandı ve "
            "valilik, nehir kenarında yaşayanlardan yağmur dinene kadar evlerinden "
            "çıkmamalarını istedi.Otobüsler çarşamba yeniden çalışacak.",
            "İLGİLİ HABER: Köprü çalışmaları yine ertelendi",
            "hava",
        ),
        Expect(
            "Fırtına okulları kapattı",
            "Okullar pazartesi kapalı kaldı.",
            ("hava",),
            ("hava",),
            TS_ISO,
            "Okullar pazartesi kapalı kaldı.",
            "Otobüsler çarşamba yeniden çalışacak.",
            ("İLGİLİ HABER: Köprü çalışmaları yine ertelendi",),
        ),
    ),
    "ar, a read-also line after the body": (
        dump(
            "افتتاح جسر جديد",
            "افتتحت البلدية جسرا جديدا",
            TS,
            "جسور",
            "افتتحت البلدية يوم الثلاثاء جسرا جديدا.واستغرق بناء الجسر نحو ثلاث سنوات، وقال "
            "مسؤولون إن كلفته النهائية جاءت أعلى بقليل مما كان مقررا في بداية الأعمال، بسبب "
            "ارتفاع أسعار المواد.وقال رئيس البلدية إن الجسر سيخفف الازدحام.",
            "اقرأ أيضا: تأجيل أعمال الطريق مرة أخرى",
            "جسور",
        ),
        Expect(
            "افتتاح جسر جديد",
            "افتتحت البلدية جسرا جديدا",
            ("جسور",),
            ("جسور",),
            TS_ISO,
            "افتتحت البلدية يوم الثلاثاء جسرا جديدا.",
            "وقال رئيس البلدية إن الجسر سيخفف الازدحام.",
            ("اقرأ أيضا: تأجيل أعمال الطريق مرة أخرى",),
        ),
    ),
}


@pytest.mark.parametrize("case", sorted(SITE))
def test_site_lines_apart_from_a_glued_body_are_left_over(case: str) -> None:
    doc, want = SITE[case]
    a = check(doc, want)
    if want.leftover:
        assert "leftover" in [d.code for d in a.diagnostics]


# --- near misses ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            "The city launched a new ferry line on Tuesday.",
            "Read also the timetable, which changes in May.",
            "Boats will run every twenty minutes.",
        ),
        (
            "Мэрия открыла новый мост во вторник.",
            "Читайте также: мост соединит два района.",
            "Движение откроют в среду.",
        ),
        (
            "Belediye köprüyü salı günü açtı.",
            "Köprü iki ilçeyi birleştiriyor.",
            "Trafik çarşamba açılacak.",
        ),
    ],
)
def test_near_miss_a_body_split_into_lines_keeps_every_line(paragraphs: tuple[str, ...]) -> None:
    # no line of the body is glued: it came split into lines, every line is a paragraph
    doc = dump("A title", "A description.", TS, "port", *paragraphs, "port")
    a = wirefmt.parse(doc)
    assert [b.text for b in a.body] == list(paragraphs)
    assert "leftover" not in [role for role, _ in roles(doc, a)]


@pytest.mark.parametrize(
    "lines",
    [
        ("The city launched a new ferry line.Boats run often.", "Read also: Bridge works delayed"),
        ("Мэрия открыла новый мост.Движение откроют в среду.", "Читайте также: Ремонт набережной"),
        (
            "Belediye köprüyü açtı.Trafik çarşamba açılacak.",
            "Ayrıca okuyun: Yol çalışması ertelendi",
        ),
    ],
)
def test_near_miss_a_line_glued_by_one_line_end_stays_in_the_body(lines: tuple[str, str]) -> None:
    # with no blank line between them, the second line is the body's own closing line
    doc = "A title\n\nA description.\n\n" + TS + "\n\nport\n\n" + "\n".join(lines) + "\n\nport\n"
    a = wirefmt.parse(doc)
    assert a.body[-1].text == lines[1]
    assert "leftover" not in [role for role, _ in roles(doc, a)]


@pytest.mark.parametrize(
    ("tag", "line"),
    [
        ("transports", "© 2022 Exemple Médias"),
        ("мосты", "© МИА «Пример», 2022"),
        ("köprü", "® Örnek Haber Ajansı"),
    ],
)
def test_a_copyright_line_after_the_tags_is_left_over_not_a_tag(tag: str, line: str) -> None:
    doc = dump("Un titre", "Une description.", TS, tag, "Le corps du texte.La suite.", tag, line)
    a = wirefmt.parse(doc)
    assert a.tags == (tag,)
    assert ("leftover", line) in roles(doc, a)


@pytest.mark.parametrize("name", ["5G", "#SommetDeParis", "Joe Biden", "«Газпром» и партнеры"])
def test_near_miss_a_tag_printed_as_a_name_stays_a_tag(name: str) -> None:
    # a name opens with a letter, a digit or punctuation (a quote, a hash), not a symbol
    body = "Le conseil a voté le budget mardi.La séance a duré quatre heures."
    doc = dump("Un titre", "Une description.", TS, "budget", body, "budget", name)
    a = wirefmt.parse(doc)
    assert a.tags == ("budget", name)


@pytest.mark.parametrize(
    "line",
    [
        "Read also: Bridge works delayed again",
        "Читайте также: В Самаре начали ремонт набережной",
        "Lire aussi: Les travaux du pont encore retardés",
    ],
)
def test_a_read_also_line_before_a_glued_body_is_left_over(line: str) -> None:
    body = (
        "The city launched a new ferry line on Tuesday.The first boats left the old pier "
        "at seven in the morning, and the operator said that more than two thousand "
        "people used them on the first day.Boats will run every twenty minutes."
    )
    doc = dump("A title", "A description.", TS, "ferries", line, body, "ferries")
    a = wirefmt.parse(doc)
    assert [b.text for b in a.body][::2] == [
        "The city launched a new ferry line on Tuesday.",
        "Boats will run every twenty minutes.",
    ]
    assert ("leftover", line) in roles(doc, a)


@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            "Officials in Washington said the talks would resume in the spring, after the "
            "delegations return from the U.S.Officials gave no date.",
            "The ministry added that both sides had agreed on a schedule for the next round.",
            "Read also the statement.",
        ),
        (
            "Министр заявил, что переговоры продолжатся весной, когда делегации вернутся "
            "домой.Дату он не назвал, но добавил, что стороны близки к соглашению.",
            "По его словам, обе стороны уже согласовали график следующего раунда встреч.",
            "Заседание закрыто.",
        ),
        (
            "Bakan, görüşmelerin ilkbaharda, heyetler ülkelerine döndükten sonra yeniden "
            "başlayacağını söyledi.Tarih vermedi ama tarafların anlaşmaya yakın olduğunu ekledi.",
            "Bakanlık, iki tarafın bir sonraki tur için takvim üzerinde anlaştığını bildirdi.",
            "Toplantı sona erdi.",
        ),
    ],
)
def test_near_miss_a_split_body_with_a_glued_stop_keeps_its_lines(
    paragraphs: tuple[str, ...],
) -> None:
    # the longest line holds a glued stop, but another line is half as long or more: the
    # body came split into lines, and every line of it stays a paragraph
    doc = dump("A title", "A description.", TS, "port", *paragraphs, "port")
    a = wirefmt.parse(doc)
    assert "leftover" not in [role for role, _ in roles(doc, a)]
    assert a.body[-1].text == paragraphs[-1]
