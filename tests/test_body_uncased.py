"""Bodies in scripts without letter case: the traces that still mark a paragraph break.

Each table is one shape, in several languages, with near misses that look like the shape
but stand inside a paragraph. All sentences are written for these tests. Each row is the
expected list of ``(kind, text)`` blocks; the body is their concatenation.
"""

from __future__ import annotations

import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wirefmt import split_body
from wirefmt._model import Evidence
from wirefmt.fields._body_uncased import uncased_cuts
from wirefmt.fields._body_uncased_cjk import TIME_LABELS
from wirefmt.fields.body import analyse_body

P, S = "paragraph", "subhead"
Rows = list[tuple[str, list[tuple[str, str]]]]

#: Every stop form glued to the next sentence, in scripts that print a space after a stop.
GLUED_STOPS: Rows = [
    ("ar-full-stop", [(P, "قال الوزير إن المحادثات مستمرة."), (P, "وأضاف أن الجولة غدا.")]),
    ("ar-question", [(P, "هل تستمر المحادثات؟"), (P, "قال الوزير إنها مستمرة.")]),
    ("ar-exclamation", [(P, "هذا غير مقبول!"), (P, "وأضاف الوزير أن الرد قادم.")]),
    ("fa-question", [(P, "آیا مذاکرات ادامه دارد؟"), (P, "وزیر گفت بله.")]),
    ("ur-full-stop", [(P, "وزیر نے کہا کہ بات چیت جاری ہے۔"), (P, "اگلا دور کل ہوگا۔")]),
    ("he-question", [(P, "האם השיחות יימשכו?"), (P, "השר אמר שכן.")]),
    ("ka-question", [(P, "გაგრძელდება თუ არა შეხვედრა?"), (P, "მინისტრმა თქვა, რომ კი.")]),
    ("hi-danda", [(P, "मंत्री ने कहा कि बातचीत जारी रहेगी।"), (P, "अगला दौर कल होगा।")]),
    ("hi-double-danda", [(P, "बातचीत जारी रहेगी॥"), (P, "अगला दौर कल होगा।")]),
    ("bn-danda", [(P, "মন্ত্রী বলেছেন আলোচনা চলবে।"), (P, "পরের দফা আগামীকাল হবে।")]),
    ("ta-full-stop", [(P, "பேச்சுவார்த்தை தொடரும் என்றார்."), (P, "அடுத்த சுற்று நாளை.")]),
    ("ko-full-stop", [(P, "장관은 협상이 계속된다고 말했다."), (P, "다음 회담은 내일 열린다.")]),
    ("am-full-stop", [(P, "ሚኒስትሩ ድርድሩ ይቀጥላል ብለዋል።"), (P, "ቀጣዩ ዙር ነገ ይካሄዳል።")]),
    ("am-question", [(P, "ድርድሩ ይቀጥላል ወይ፧"), (P, "ሚኒስትሩ አዎ ብለዋል።")]),
    ("am-paragraph-mark", [(P, "ቀጣዩ ዙር ነገ ይካሄዳል፨"), (P, "ሚኒስትሩ አዎ ብለዋል።")]),
    # near misses: a stop in a number or an abbreviation, a double danda between spaces
    ("ar-decimal", [(P, "ارتفع المؤشر بنسبة ٣.٥ في المئة اليوم.")]),
    ("ar-abbreviation", [(P, "قال د.أحمد إن الوضع مستقر.")]),
    ("ko-decimal", [(P, "성장률은 2.5%로 집계됐다.")]),
    ("hi-double-danda-spaced", [(P, "॥ श्री गणेशाय नमः ॥ पूजा शुरू हुई।")]),
    ("am-spaced", [(P, "ሚኒስትሩ ብለዋል። ቀጣዩ ዙር ነገ ይካሄዳል።")]),
]

#: A stop with a closing quote or bracket on either side, glued to the next sentence.
QUOTED_STOPS: Rows = [
    ("ar-quote-then-stop", [(P, "وقال الوزير “الوضع صعب”."), (P, "وأضاف أن الرد قادم.")]),
    ("ar-stop-then-guillemet", [(P, "وقال الوزير «الوضع صعب.»"), (P, "وأضاف أن الرد قادم.")]),
    ("fa-guillemet-then-stop", [(P, "وزیر گفت: «ما آماده‌ایم»."), (P, "او افزود فردا است.")]),
    ("he-stop-then-quote", [(P, 'השר אמר: "אנחנו מוכנים."'), (P, "הוא הוסיף שהסבב מחר.")]),
    ("ka-stop-then-quote", [(P, "მინისტრმა თქვა: „ვიმუშავებთ.“"), (P, "რაუნდი ხვალ იქნება.")]),
    ("hi-quote-then-danda", [(P, "मंत्री ने कहा, “हम तैयार हैं”।"), (P, "अगला दौर कल होगा।")]),
    ("ko-stop-then-quote", [(P, "장관은 “준비가 됐다.”"), (P, "그는 회담이 열린다고 밝혔다.")]),
    ("am-guillemet-opens", [(P, "ሚኒስትሩ «ዝግጁ ነን» ብለዋል።"), (P, "«ድርድሩ ይቀጥላል» ሲሉ አክለዋል።")]),
    # a closing bracket glued to the next word: a credit ends the paragraph
    ("ar-credit-bracket", [(P, "وصل الوفد إلى دمشق. (سانا)"), (P, "وأضاف أن الرد قادم.")]),
    ("hi-credit-bracket", [(P, "बातचीत जारी रहेगी। (भाषा)"), (P, "सरकार ने बयान जारी किया।")]),
    ("he-credit-bracket", [(P, "השר אמר שהשיחות יימשכו. (וואלה)"), (P, "הסבב הבא מחר.")]),
    # near misses: Korean glues particles to quotes and brackets; a bracket then a space
    ("ko-particle-after-quote", [(P, "장관은 “준비가 됐다”고 말했다.")]),
    ("ko-particle-after-bracket", [(P, "유엔(UN)은 성명을 냈다. 원자력기구(IAEA)도 동의했다.")]),
    ("ar-bracket-then-space", [(P, "قالت الوكالة (سانا) إن الوفد وصل.")]),
    ("fa-honorific", [(P, "امام علی(ع) را همه می‌شناسند.")]),
    ("ar-bracket-in-visual-order", [(P, "قالت الوكالة )سانا( إن الوفد وصل.")]),
    ("ar-mirrored-quotes", [(P, "كلمة ”نحن مستعدون“ للحوار وقال الوزير إن الوضع مستقر.")]),
    ("fa-reversed-guillemets", [(P, "وزیر گفت »ما آماده‌ایم« و رفت.")]),
    ("ar-quote-then-comma", [(P, "وصف الزيارة بأنها “مهمة”، وأنها تأتي في وقتها.")]),
]

#: A number, a time or a mark opening the next paragraph.
OPENERS: Rows = [
    ("ar-indic-digits", [(P, "وصل الوفد إلى دمشق."), (P, "١٥ قتيلا في هجوم على القافلة.")]),
    ("fa-digits", [(P, "وزیر گفت مذاکرات ادامه دارد."), (P, "۱۲ نفر زخمی شدند.")]),
    ("hi-digits", [(P, "बातचीत जारी रहेगी।"), (P, "१२ लोग घायल हुए।")]),
    ("fa-digits-after-quote", [(P, "او افزود: «آماده‌ایم»."), (P, "۱۲ نفر زخمی شدند.")]),
    ("ar-digits-after-mark", [(P, "قال الوزير شكراً."), (P, "١٥ وفدا وصلوا اليوم.")]),
    (
        "ja-indent-after-credit",
        [(P, "首相は会見した。（共同）"), (P, "\u3000政府は方針を決める。")],
    ),
    ("ar-number-bracket-then-digit", [(P, "وردت في البند (٢).٣ من الاتفاق.")]),
    ("ar-time-heading", [(P, "وصل الوفد إلى دمشق."), (S, "١٤:٣٠"), (P, "بدأ الاجتماع.")]),
    ("he-time-heading", [(P, "הכוחות נכנסו לעיר."), (S, "14:30"), (P, "השר הגיע למקום.")]),
    ("ka-time-heading", [(P, "შეხვედრა დაიწყო."), (S, "15.45"), (P, "მინისტრი ჩამოვიდა.")]),
    ("ar-time-opens-text", [(P, "وصل الوفد إلى دمشق."), (P, "١٤:٣٠ بدأ الاجتماع.")]),
    ("ar-bullet", [(P, "أعلنت الحكومة الإجراءات التالية."), (P, "• إغلاق المدارس")]),
    # near misses: a time inside a sentence, a time after a word
    ("ar-time-in-prose", [(P, "بدأ الاجتماع عند الساعة ١٤:٣٠ بتوقيت دمشق.")]),
    ("he-time-in-prose", [(P, "השר הגיע בשעה 14:30 למקום.")]),
]

#: A credit or note in brackets after a Chinese or Japanese sentence end, glued to more text.
CJK_CREDITS: Rows = [
    ("zh-reporter", [(P, "双方签署了协议。（记者 张伟）"), (P, "另据报道，会谈将继续。")]),
    ("zh-reporter-ascii", [(P, "双方签署了协议。(总台记者 张伟)"), (P, "另据报道,会谈将继续。")]),
    ("ja-agency", [(P, "首相は会見した。（共同）"), (P, "政府は来週、方針を決める。")]),
    ("ja-after-quote", [(P, "「協議を続ける」と述べた。（共同）"), (P, "政府は方針を決める。")]),
    ("zh-source", [(P, "港口恢复运营。（来源：新华网）"), (P, "“我们很满意，”船长说。")]),
    # near misses: a section number opens the next paragraph; a one-character stage note;
    # a bracket after a word; a closing quote glued to the next words
    ("zh-section-number", [(P, "会谈结束。"), (P, "（三）加强合作。")]),
    ("zh-stage-note", [(P, "他说。（笑）接着他又说。")]),
    ("zh-bracket-after-word", [(P, "双方签署了协议（草案）。会谈将继续。")]),
    ("zh-quote-then-speaker", [(P, "“我们满意。”他说。会谈将继续。")]),
    ("ja-quote-then-particle", [(P, "首相は「協議を続ける」と述べた。会談は来週だ。")]),
]

#: A lead-in colon glued to its first item, items glued to each other; marks and links
#: glued to a sentence end.
LISTS_AND_MARKS: Rows = [
    (
        "ar-lead-in-bullets",
        [(P, "أعلنت الحكومة الإجراءات التالية:"), (P, "• إغلاق المدارس"), (P, "• فتح المستشفيات")],
    ),
    (
        "ar-lead-in-dashes",
        [
            (P, "أعلنت الحكومة الإجراءات التالية:"),
            (P, "- إغلاق المدارس"),
            (P, "- فتح المستشفيات."),
            (P, "وقال الوزير- وهو غاضب- إن الأمر انتهى."),  # the list ended at the stop
        ],
    ),
    (
        "he-lead-in-dashes",
        [(P, "הממשלה הודיעה על הצעדים הבאים:"), (P, "- סגירת בתי הספר"), (P, "- פתיחת מרפאות")],
    ),
    (
        "ko-lead-in-dashes",
        [(P, "정부 발표는 다음과 같다:"), (P, "- 학교 휴교"), (P, "- 병원 개방")],
    ),
    ("ko-triangle-mark", [(P, "정부는 대책을 발표했다."), (P, "▲ 학교 휴교")]),
    ("ko-diamond-heading", [(P, "정부는 대책을 발표했다."), (P, "◇ 정부 대응은 어떻게 될까.")]),
    ("fa-diamond-mark", [(P, "دولت تصمیم گرفت."), (P, "◆ مدارس تعطیل شد.")]),
    ("fa-link", [(P, "وزیر گفت مذاکرات ادامه دارد."), (P, "https://t.me/example")]),
    ("he-link", [(P, "השר אמר שהשיחות יימשכו."), (P, "https://example.co.il/x")]),
    (
        "ar-link-after-quote",
        [(P, "وقال الوزير “نحن مستعدون للحوار”."), (P, "https://example.com/a")],
    ),
    (
        "zh-quotation-after-quotation",
        [(P, "“我们已经准备好了。”"), (P, "“我们不会后退。”外长说。")],
    ),
    (
        "ja-quotation-after-quotation",
        [(P, "「準備はできている。」"), (P, "「後退はしない。」と述べた。")],
    ),
    # near misses: a colon glued to a word (a label and its value), a dash inside prose,
    # a link after a space, quotations listed in one sentence, marks inside a sentence
    ("ar-label-glued", [(P, "قال الوزير:إن الوضع مستقر.")]),
    ("ar-dash-in-prose", [(P, "وقال الوزير- وهو غاضب- إن الأمر انتهى.")]),
    ("fa-link-after-space", [(P, "متن کامل در https://example.ir/a آمده است.")]),
    ("ja-quotations-listed", [(P, "「協議」「交渉」などの言葉が使われた。")]),
    ("ko-inline-marks", [(P, "주요 내용은 ▲학교 휴교 ▲병원 개방 등이다.")]),
]

#: A letter that only ends a word, glued to the next word: a block with no stop ended.
FINAL_FORMS: Rows = [
    (
        "he-subhead",
        [(P, "הכוחות נכנסו לעיר."), (S, "מחאה בירושלים"), (P, "השר אמר שהשיחות יימשכו.")],
    ),
    (
        "he-subhead-after-quote",
        [(P, 'השר אמר: "הם יבואו".'), (S, "תגובה בצפון"), (P, "הדובר סירב להגיב.")],
    ),
    (
        "yi-subhead",
        [(P, "די רעגירונג האט באשלאסן."), (S, "פראטעסט אין ירושלים"), (P, "דער מיניסטער רעדט.")],
    ),
    (
        "ar-subhead",
        [(P, "وصل الوفد إلى دمشق."), (S, "الوضع في المستشفى"), (P, "وقال الطبيب إن الوضع مستقر.")],
    ),
    (
        "he-paragraph-lost-its-stop",
        [
            (P, "השר אמר שהשיחות יימשכו גם בשבוע הבא ככל הנראה בעיר הבירה ובנוכחות כל הצדדים"),
            (P, "הוא הוסיף שהסבב הבא מחר."),
        ],
    ),
    # near misses: the stretch before follows a stop and a space (the end of a paragraph);
    # Arabic's ``ة`` joins no letter after it, so a missing space after it is a slip
    (
        "he-after-spaced-stop",
        [(P, "הכוחות נכנסו לעיר. לא היו נפגעים בירושלים"), (P, "השר אמר.")],
    ),
    ("ar-teh-marbuta-glued", [(P, "وصل الوفد إلى المدينةالمنورة صباح اليوم.")]),
    ("he-final-then-space", [(P, "השר אמר שהשיחות בירושלים יימשכו מחר.")]),
    ("he-hashtag", [(P, "המחאה נמשכת #ירושליםהבירה והשר שותק.")]),
    ("ar-hashtag", [(P, "تابعوا الوسم #مستشفىالأمل على الشبكة.")]),
]

#: A heading run glued before a paragraph that opens with a clock label and a date.
CJK_CLOCK_LABELS: Rows = [
    (
        "zh-local-time",
        [(P, "会谈结束。"), (S, "上合组织峰会在京闭幕"), (P, "当地时间12月3日，各方签署文件。")],
    ),
    (
        "zh-hant-local-time",
        [(P, "會談結束。"), (S, "峰會在台北順利閉幕"), (P, "當地時間3日，各方簽署文件。")],
    ),
    (
        "ja-local-time",
        [
            (P, "会議は終わった。"),
            (S, "首脳会議が東京で閉幕"),
            (P, "現地時間3日、各国は署名した。"),
        ],
    ),
    # near misses: a subject before the label (no comma after the date), a short run
    ("zh-subject-before-label", [(P, "会谈结束。俄总统普京当地时间3日表示，会谈将继续。")]),
    ("zh-short-run-before-label", [(P, "会谈结束。普京当地时间3日，签署文件。")]),
]

TABLES = {
    "glued-stops": GLUED_STOPS,
    "quoted-stops": QUOTED_STOPS,
    "openers": OPENERS,
    "cjk-credits": CJK_CREDITS,
    "lists-and-marks": LISTS_AND_MARKS,
    "final-forms": FINAL_FORMS,
    "cjk-clock-labels": CJK_CLOCK_LABELS,
}
ROWS = [(f"{shape}/{name}", blocks) for shape, rows in TABLES.items() for name, blocks in rows]


@pytest.mark.parametrize("row", ROWS, ids=[row[0] for row in ROWS])
def test_uncased_shape(row: tuple[str, list[tuple[str, str]]]) -> None:
    _, blocks = row
    text = "".join(t for _, t in blocks)
    got = split_body(text)
    assert [(b.kind, b.text) for b in got] == blocks


@pytest.mark.parametrize("row", ROWS, ids=[row[0] for row in ROWS])
def test_uncased_shape_full_build(row: tuple[str, list[tuple[str, str]]]) -> None:
    """The same with a character above U+FFFF opening the body (the FULL scanners)."""
    _, blocks = row
    blocks = [(blocks[0][0], "🙂 " + blocks[0][1]), *blocks[1:]]
    text = "".join(t for _, t in blocks)
    assert [(b.kind, b.text) for b in split_body(text)] == blocks


#: (text, the evidence named on each block after the first).
EVIDENCE = [
    ("ቀጣዩ ዙር ነገ ይካሄዳል።ሚኒስትሩ ብለዋል።", [Evidence.UNCASED_STOP]),
    ("وصل الوفد.١٤:٣٠بدأ الاجتماع.", [Evidence.SENTENCE_END, Evidence.HEADING_END]),
    ("双方签署了协议。（记者 张伟）另据报道。", [Evidence.UNCASED_STOP]),
    ("وصل الوفد (سانا)وأضاف أن الرد قادم.", [Evidence.UNCASED_STOP]),
    ("정부는 발표했다.▲ 학교 휴교", [Evidence.TICKER_MARK]),
    ("השר אמר שהשיחות יימשכו.https://example.co.il", [Evidence.GLUED_LINK]),
    ("الإجراءات التالية:- إغلاق المدارس- فتح", [Evidence.COLON_LIST, Evidence.LIST_ITEM]),
]


@pytest.mark.parametrize(("text", "evidence"), EVIDENCE, ids=[e[0][:6] for e in EVIDENCE])
def test_uncased_evidence(text: str, evidence: list[Evidence]) -> None:
    blocks, notes = analyse_body(text)
    assert [b.evidence for b in blocks[1:]] == evidence
    assert [n[0] for n in notes] == ["uncased-script"]


def test_a_cased_body_is_not_read_as_uncased() -> None:
    """The rules run only on a body written mostly without case: a French body quoting an
    Amharic word keeps its one paragraph."""
    text = "Le ministre a cité le mot ብለዋል።ቀጣዩ dans son discours."
    assert len(split_body(text)) == 1


#: The characters the uncased rules turn on.
TRACES = "ባ።፧፨॥।१अ्وب.؟١:٤)(”»“«会。（）记「」▲-•한םהىَ \u3000"


@given(st.text(alphabet=TRACES, max_size=120))
def test_lossless_on_uncased_traces(text: str) -> None:
    blocks = split_body(text)
    assert "".join(b.text for b in blocks) == text
    assert all(b.text for b in blocks)


@pytest.mark.parametrize(
    "unit",
    [
        "ብለዋል።።።",
        "وصل.١٤:٣٠١٤:٣٠",
        "。（记者 张伟（）",
        "।।१",
        "(سانا)(سانا",
        "。(" + "记" * 30,
        "التالية:- و",
        "다.▲.https://",
        "。」「",
        "םה",
        "מחאה.בירושליםה ",
    ],
)
def test_uncased_rules_stay_linear(unit: str) -> None:
    """Doubling a body made of one repeated trace at most about doubles the time."""

    def cost(n: int) -> float:
        text = unit * n
        best = float("inf")
        for _ in range(3):
            t0 = time.perf_counter()
            split_body(text)
            best = min(best, time.perf_counter() - t0)
        return best

    small, large = cost(2_000), cost(4_000)
    assert large < 4 * small + 0.01


@given(st.text(alphabet=TRACES + "ם ה ת#@", max_size=120), st.data())
def test_uncased_cuts_stay_in_the_line(text: str, data: st.DataObject) -> None:
    """Every cut lies inside the line it was asked for, in text order."""
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    cuts = uncased_cuts(text, start, end)
    assert [c[0] for c in cuts] == sorted(c[0] for c in cuts)
    assert all(start <= c[0] <= end for c in cuts)


def test_clock_labels_are_data() -> None:
    """The clock labels come from wirefmt/data/, longest first, each in CJK script."""
    assert "当地时间" in TIME_LABELS and "現地時間" in TIME_LABELS
    assert [len(label) for label in TIME_LABELS] == sorted(map(len, TIME_LABELS), reverse=True)
    assert all("\u3040" <= ch <= "\u9fff" for label in TIME_LABELS for ch in label)
