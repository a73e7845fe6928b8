"""Page dumps in scripts without letter case: the title and the lede are read as such (not
as keywords, which have no capital either), and the glued body comes apart where its
script leaves a trace. All texts are written for these tests, in the layout of a page dump
(title, description, three timestamps, keywords, body, keywords again)."""

from __future__ import annotations

import pytest

import wirefmt

STAMP = "2025-03-04T10:15+0300"


def dump(title: str, lede: str, keywords: list[str], blocks: list[str]) -> bytes:
    parts = [title, lede, STAMP, STAMP, STAMP, *keywords, "".join(blocks), *keywords[:2]]
    return ("\n\n".join(parts) + "\n").encode()


#: (name, title, lede, keywords, body blocks).
DUMPS = [
    (
        "ar-sputnik",
        "الكرملين: المحادثات مع واشنطن مستمرة",
        "قال المتحدث باسم الكرملين إن المحادثات مع واشنطن مستمرة عبر القنوات المعتادة.",
        ["روسيا", "الكرملين", "الولايات المتحدة"],
        [
            "قال المتحدث باسم الكرملين إن المحادثات مع واشنطن مستمرة عبر القنوات المعتادة.",
            "وأضاف للصحفيين أن “الجولة المقبلة لم تحدد بعد”.",
            "١٤:٣٠",
            "وصل الوفد إلى موسكو.",
        ],
    ),
    (
        "fa-sputnik",
        "کرملین: گفتگوها با واشنگتن ادامه دارد",
        "سخنگوی کرملین گفت گفتگوها با واشنگتن از مجاری معمول ادامه دارد.",
        ["روسیه", "کرملین"],
        [
            "سخنگوی کرملین گفت گفتگوها با واشنگتن از مجاری معمول ادامه دارد.",
            "او افزود: «دور بعد هنوز تعیین نشده است».",
            "۱۲ نفر در این نشست شرکت کردند.",
        ],
    ),
    (
        "he-news",
        "השר: השיחות עם הצד השני יימשכו",
        "השר אמר בכנס בתל אביב שהשיחות עם הצד השני יימשכו גם בשבוע הבא.",
        ["ישראל", "משא ומתן"],
        [
            "השר אמר בכנס בתל אביב שהשיחות עם הצד השני יימשכו גם בשבוע הבא.",
            "מחאה בירושלים",
            "מאות הפגינו מול משרד הממשלה.",
        ],
    ),
    (
        "ka-news",
        "მინისტრი: მოლაპარაკება გაგრძელდება",
        "მინისტრმა ბრიფინგზე თქვა, რომ მოლაპარაკება მომავალ კვირასაც გაგრძელდება.",
        ["მთავრობა", "ბრიფინგი"],
        [
            "მინისტრმა ბრიფინგზე თქვა, რომ მოლაპარაკება მომავალ კვირასაც გაგრძელდება.",
            "მისი თქმით, „ყველა მხარე მზადაა“.",
            "შეხვედრა ხვალ გაიმართება.",
        ],
    ),
    (
        "zh-agency",
        "克里姆林宫：俄方愿继续与美方保持接触",
        "俄罗斯总统新闻秘书4日表示，俄方愿继续与美方就双边问题保持接触。",
        ["俄罗斯", "美国"],
        [
            "俄罗斯总统新闻秘书4日表示，俄方愿继续与美方就双边问题保持接触。（记者 张伟）",
            "另据报道，双方下一轮会谈的日期尚未确定。",
        ],
    ),
    (
        "ja-agency",
        "首相、来週訪米へ",
        "首相は4日、来週米国を訪問し大統領と会談すると発表した。",
        ["日本", "米国", "外交"],
        [
            "首相は4日、来週米国を訪問し大統領と会談すると発表した。（共同）",
            "\u3000政府は来週、会談に向けた方針を決める。",
        ],
    ),
    (
        "hi-sputnik",
        "मंत्री: बातचीत अगले सप्ताह भी जारी रहेगी",
        "विदेश मंत्री ने कहा कि दोनों देशों के बीच बातचीत अगले सप्ताह भी जारी रहेगी।",
        ["भारत", "रूस"],
        [
            "विदेश मंत्री ने कहा कि दोनों देशों के बीच बातचीत अगले सप्ताह भी जारी रहेगी।",
            "१२ प्रतिनिधि बैठक में शामिल हुए। (भाषा)",
            "सरकार ने बयान जारी किया।",
        ],
    ),
    (
        "ko-agency",
        '장관 "협상 계속"',
        "외교부 장관은 4일 기자회견에서 미국과의 협상이 다음 주에도 계속된다고 말했다.",
        ["정부", "협상"],
        [
            "외교부 장관은 4일 기자회견에서 미국과의 협상이 다음 주에도 계속된다고 말했다.",
            "▲ 다음 회담은 서울에서 열린다.",
        ],
    ),
]


@pytest.mark.parametrize("row", DUMPS, ids=[row[0] for row in DUMPS])
def test_uncased_dump(row: tuple[str, str, str, list[str], list[str]]) -> None:
    _, title, lede, keywords, blocks = row
    article = wirefmt.parse(dump(title, lede, keywords, blocks))
    assert article.title == title
    assert article.lede == lede
    assert list(article.keywords) == keywords
    assert [b.text.rstrip("\n") for b in article.body] == blocks


def test_uncased_dump_subhead_kind() -> None:
    """The time glued between two Arabic sentences is a subhead, in a page dump too."""
    _, title, lede, keywords, blocks = DUMPS[0]
    article = wirefmt.parse(dump(title, lede, keywords, blocks))
    assert [b.kind for b in article.body] == ["paragraph", "paragraph", "subhead", "paragraph"]
