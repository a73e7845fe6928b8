"""Page-dump layouts beyond the sample's: a dump of the body alone, furniture lines (the title
printed twice on one line, extractor paths, a bare date), a trailer opened by the copyright
year. Each shape in several languages, with a near miss that must keep today's reading."""

from __future__ import annotations

import pytest

import wirefmt


def _roles(doc: str) -> list[tuple[str, str]]:
    a = wirefmt.parse(doc)
    return [(s.role, doc[s.start : s.end]) for s in a.segments]


# --- a dump that holds nothing but the body, one paragraph a line -------------------------

BODY_ONLY = {
    "tr": (
        "Ankara'daki yetkililer yeni köprünün ilkbaharda açılacağını söyledi.\n"
        "Belediye, inşaatın planlanandan iki ay önce bittiğini açıkladı.\n"
        "Köprü, iki yakayı ilk kez bir demiryoluyla birleştirecek."
    ),
    "sr": (
        "Градско веће је у уторак усвојило нови план јавног превоза.\n\n"
        "Према плану, аутобуси ће саобраћати и ноћу, рекао је градоначелник.\n\n"
        "Прве линије крећу 1. јуна."
    ),
    "ar": (
        "قال الوزير إن المفاوضات ستستأنف الأسبوع المقبل.\n"
        'وأضاف أن الطرفين اتفقا على "جدول زمني واضح".\n'
        "ولم يحدد مكان الاجتماع."
    ),
    "hi": (
        "मंत्रालय ने कहा कि नई रेल लाइन अगले साल खुलेगी।\nअधिकारियों के अनुसार काम तय समय से पहले पूरा हुआ।\n"
    ),
}


@pytest.mark.parametrize("lang", sorted(BODY_ONLY))
def test_a_dump_of_the_body_alone_is_all_body(lang: str) -> None:
    doc = BODY_ONLY[lang]
    a = wirefmt.parse(doc)
    assert a.title is None and a.lede is None
    assert {role for role, _ in _roles(doc)} == {"body"}
    # every line is a block of its own, and nothing is lost
    assert [b.text for b in a.body] == [line for line in doc.split("\n") if line]


@pytest.mark.parametrize(
    "doc",
    [
        # a title (no full stop at its end), a description with no suffix, the body
        "Le maire présente le budget\n\nLe budget de la ville augmente de deux pour cent\n\n"
        "Le conseil a voté mardi. Les travaux commencent en mai.\n",
        # a title ending in a question mark
        "Wann öffnet die neue Brücke?\n\nDie Stadt nennt erstmals einen Termin.\n\n"
        "Die Brücke soll im Mai öffnen. Das sagte der Bürgermeister.\n",
        # a title ending in a full stop, but the description carries the date suffix
        "Новый мост открыт.\n\nМост соединил два района города. 03.06.2025\n\n"
        "Мост открыли во вторник. Движение запущено.\n",
        # the title printed twice
        "Köprü açıldı.\n\nKöprü açıldı.\n\nBelediye töreni düzenledi.\n\nTören sabah yapıldı.\n",
        # the description cut by the site
        "Le pont est ouvert.\n\nLa ville a ouvert le pont mardi, après deux ans de...\n\n"
        "Le pont relie les deux rives. Il a coûté cher.\n",
    ],
)
def test_near_miss_a_title_and_description_stay_so(doc: str) -> None:
    a = wirefmt.parse(doc)
    assert a.title is not None and a.lede is not None
    assert a.title == doc.split("\n", maxsplit=1)[0]


# --- furniture lines ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "title",
    ["Le port rouvre ses portes", "Порт снова открыт", "«Nessun rinvio»: il porto riapre"],
)
def test_a_line_printing_the_title_twice_is_a_title_repeat(title: str) -> None:
    doc = (
        f"{title}\n\n{title}\n\nUne description courte.\n\n{title} {title}\n\nLe texte. La suite.\n"
    )
    a = wirefmt.parse(doc)
    assert a.title == title
    assert a.body_text == "Le texte. La suite."
    assert ("title-repeat", f"{title} {title}") in _roles(doc)


def test_near_miss_a_body_line_opening_with_the_title_stays_body() -> None:
    title = "Le port rouvre"
    doc = (
        f"{title}\n\nUne description.\n\n{title} ses portes après deux ans. La ville se réjouit.\n"
    )
    a = wirefmt.parse(doc)
    assert a.body_text.startswith(title)


@pytest.mark.parametrize(
    "line",
    [
        "/html/head/meta[@property='og:title']/@content",
        "/html/head/meta[@property='og:title']/@content "
        "/html/head/meta[@property='og:description']/@content",
        "/html/head/title /html/body/div[@class='lead']/p",
    ],
)
def test_extractor_lines_with_one_or_more_paths_read_alike(line: str) -> None:
    doc = f"Titre\n\n{line}\n\nUne description.\n\n2025-06-03T09:30+0100\n\nLe texte.\n"
    assert ("extractor", line) in _roles(doc)
    assert wirefmt.parse(doc).diagnostics == ()


def test_near_miss_a_path_inside_prose_is_not_an_extractor_line() -> None:
    doc = "Titre\n\nUne description.\n\n2025-06-03T09:30+0100\n\nVoir /html/head/title ici.\n"
    assert ("extractor", "Voir /html/head/title ici.") not in _roles(doc)


@pytest.mark.parametrize("date", ["2025-12-24", "24.12.2025"])
def test_a_bare_date_before_timestamps_is_not_the_publication(date: str) -> None:
    doc = (
        f"Başlık burada\n\n{date}\n\n2025-12-24T19:33:00+03:00\n\n2025-12-25T08:00:00+03:00\n\n"
        "Gövde metni. İkinci cümle.\n"
    )
    a = wirefmt.parse(doc)
    assert a.published is not None and a.published.hour == 19
    assert a.modified is not None and a.modified.hour == 8
    assert ("leftover", date) not in _roles(doc)


def test_near_miss_a_bare_date_alone_is_still_read() -> None:
    a = wirefmt.parse("Titel hier\n\n2025-12-24\n\nDer Text. Noch ein Satz.\n")
    assert a.published is not None and a.published.day == 24


# --- a trailer opened by the copyright year -----------------------------------------------


@pytest.mark.parametrize("section", ["News", "Мир", "Actualité"])
def test_a_section_after_a_lone_year_line_is_the_section(section: str) -> None:
    doc = (
        "A title here\n\nA short description\n\nThe body. It has two sentences.\n\n"
        f"2022\n\n{section}\n"
    )
    a = wirefmt.parse(doc)
    assert a.section == section
    assert not [d for d in a.diagnostics if d.code == "leftover"]


def test_near_miss_a_year_line_before_tags_does_not_open_the_trailer() -> None:
    doc = (
        "A title here\n\nA short description\n\n2024-01-02T10:00+0000\n\nport\n\n"
        "The body. It has two sentences.\n\n2022\n\nport\n"
    )
    a = wirefmt.parse(doc)
    assert a.tags == ("port",)
    assert a.section is None


# --- a title in a script without capitals, shaped like a keyword ---------------------------

UNCASED = {
    "zh": ("港口新电站投入使用", "港口新电站周二投入使用，将为全市提供电力。", "港口"),
    "ar": ("افتتاح محطة جديدة", "افتتحت المدينة محطة جديدة للطاقة يوم الثلاثاء.", "طاقة"),
    "ka": ("ახალი ხიდი გაიხსნა", "ქალაქში ახალი ხიდი გაიხსნა სამშაბათს.", "ხიდი"),
    "he": ("גשר חדש נפתח", "הגשר החדש נפתח ביום שלישי בנוכחות ראש העיר.", "גשר"),
    "ja": ("新しい橋が開通", "市内で新しい橋が火曜日に開通した。", "橋"),
}


@pytest.mark.parametrize("lang", sorted(UNCASED))
@pytest.mark.parametrize("repeated", [False, True])
def test_an_uncased_title_shaped_like_a_keyword_is_the_title(lang: str, repeated: bool) -> None:
    title, lede, keyword = UNCASED[lang]
    again = f"{title}\n\n" if repeated else ""
    doc = (
        f"{title}\n\n{again}{lede} 03.06.2025\n\n2025-06-03T09:30+0300\n\n{keyword}\n\n"
        f"{lede}{lede}\n\n{keyword}\n"
    )
    a = wirefmt.parse(doc)
    assert (a.title, a.lede, a.keywords, a.tags) == (title, lede, (keyword,), (keyword,))


@pytest.mark.parametrize("lang", sorted(UNCASED))
def test_near_miss_uncased_keywords_opening_a_dump_stay_keywords(lang: str) -> None:
    _, lede, keyword = UNCASED[lang]
    body = lede * 12  # body text, not a description
    a = wirefmt.parse(f"{keyword}\n\n{body}\n\n{keyword}\n")
    assert a.title is None and a.keywords == (keyword,)


def test_near_miss_a_cased_lower_case_first_line_stays_a_keyword() -> None:
    doc = "énergie\n\nLe port a rouvert mardi.\n\nport\n\nLe texte. La suite du texte.\n"
    a = wirefmt.parse(doc)
    assert a.title != "énergie"


@pytest.mark.parametrize(
    ("text", "keyword"),
    [
        ("ირაკლი ღარიბაშვილი", True),  # a Georgian name: short, a keyword
        ("ქალაქში ახალი ხიდი გაიხსნა სამშაბათს", False),  # Georgian prints no capitals
        ("il a parlé. puis il est parti", False),  # a sentence inside the line
        ("j.k. rowling", True),  # initials are no sentence end
        ("u.s. sanctions", True),
    ],
)
def test_keyword_shape_in_scripts_without_capitals(text: str, keyword: bool) -> None:
    assert wirefmt.is_keyword(text) is keyword


@pytest.mark.parametrize(
    ("title", "lede"),
    [
        ("협상 계속", "장관은 협상이 계속된다고 말했다."),
        ("ድርድሩ ይቀጥላል", "ሚኒስትሩ ድርድሩ ይቀጥላል ብለዋል።"),
        ("բանակցություններ", "Նա ասաց, որ բանակցությունները շարունակվում են։"),
    ],
)
def test_a_short_lede_ending_in_its_scripts_full_stop_is_no_keyword(title: str, lede: str) -> None:
    # a short lede in a script without case (or ending in its own full stop) was read as a
    # keyword, and the title before it with it: both were lost
    doc = f"{title}\n\n{lede}\n\n2024-03-03T10:00+0300\n\nkeyword\n\n{lede} Next.\n"
    a = wirefmt.parse(doc)
    assert (a.title, a.lede) == (title, lede)
