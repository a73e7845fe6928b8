"""Weekday names and "today"-words, as data: one row per language, Monday first.

Looked up through :mod:`wirefmt.fields._months` (``weekday_numbers``, ``NOT_PLACES``), which
folds case, a final period, the Turkish *i* and Greek accents the same way as for months.
"""

from __future__ import annotations

__all__ = ["JOINER", "TODAY_WORDS", "WEEKDAYS"]

#: language -> seven rows of weekday forms (Monday .. Sunday): the full name first, then other
#: spellings and the abbreviations. Names of two words are written with ``_``.
WEEKDAYS: dict[str, tuple[str, ...]] = {
    "en": ("Monday Mon", "Tuesday Tue Tues", "Wednesday Wed", "Thursday Thu Thur Thurs",
           "Friday Fri", "Saturday Sat", "Sunday Sun"),
    "fr": ("lundi lun", "mardi mar", "mercredi mer", "jeudi jeu", "vendredi ven", "samedi sam",
           "dimanche dim"),
    "es": ("lunes lun", "martes mar", "miércoles miercoles mié mie", "jueves jue",
           "viernes vie", "sábado sabado sáb sab", "domingo dom"),
    "pt": ("segunda-feira segunda seg", "terça-feira terça terca-feira terca ter",
           "quarta-feira quarta qua", "quinta-feira quinta qui", "sexta-feira sexta sex",
           "sábado sabado sáb sab", "domingo dom"),
    "it": ("lunedì lunedi lun", "martedì martedi mar", "mercoledì mercoledi mer",
           "giovedì giovedi gio", "venerdì venerdi ven", "sabato sab", "domenica dom"),
    "de": ("Montag Mo", "Dienstag Di", "Mittwoch Mi", "Donnerstag Do", "Freitag Fr",
           "Samstag Sonnabend Sa", "Sonntag So"),
    "nl": ("maandag ma", "dinsdag di", "woensdag wo", "donderdag do", "vrijdag vr",
           "zaterdag za", "zondag zo"),
    "ca": ("dilluns dl", "dimarts dt", "dimecres dc", "dijous dj", "divendres dv",
           "dissabte ds", "diumenge dg"),
    "ru": ("понедельник пн", "вторник вт", "среда среду ср", "четверг чт", "пятница пятницу пт",
           "суббота субботу сб", "воскресенье вс"),
    "uk": ("понеділок пн", "вівторок вт", "середа середу ср", "четвер чт",
           "п'ятниця п’ятниця пʼятниця п'ятницю пт", "субота суботу сб", "неділя неділю нд"),
    "be": ("панядзелак пн", "аўторак аўт", "серада ср", "чацвер чц", "пятніца пт",
           "субота сб", "нядзеля нд"),
    "pl": ("poniedziałek pon", "wtorek wt", "środa śr", "czwartek czw", "piątek pt",
           "sobota sob", "niedziela niedz nd"),
    "cs": ("pondělí po", "úterý út", "středa st", "čtvrtek čt", "pátek pá", "sobota so",
           "neděle ne"),
    "sk": ("pondelok po", "utorok ut", "streda st", "štvrtok št", "piatok pi", "sobota so",
           "nedeľa ne"),
    "sl": ("ponedeljek pon", "torek tor", "sreda sre", "četrtek čet", "petek pet", "sobota sob",
           "nedelja ned"),
    "hr": ("ponedjeljak pon", "utorak uto", "srijeda sri", "četvrtak čet", "petak pet",
           "subota sub", "nedjelja ned"),
    "sr": ("ponedeljak pon", "utorak uto", "sreda sre", "četvrtak čet", "petak pet",
           "subota sub", "nedelja ned"),
    "sr-Cyrl": ("понедељак пон", "уторак уто", "среда сре", "четвртак чет", "петак пет",
                "субота суб", "недеља нед"),
    "bg": ("понеделник пн", "вторник вт", "сряда ср", "четвъртък чт", "петък пт", "събота сб",
           "неделя нд"),
    "mk": ("понеделник пон", "вторник вто", "среда сре", "четврток чет", "петок пет",
           "сабота саб", "недела нед"),
    "ro": ("luni lun", "marți marti mar", "miercuri mie", "joi", "vineri vin",
           "sâmbătă sambata sâm sam", "duminică duminica dum"),
    "hu": ("hétfő hétfo", "kedd", "szerda sze", "csütörtök csüt", "péntek pén", "szombat szo",
           "vasárnap vas"),
    "tr": ("Pazartesi Pzt", "Salı Sal", "Çarşamba Çar", "Perşembe Per", "Cuma Cum",
           "Cumartesi Cmt", "Pazar Paz"),
    "el": ("Δευτέρα Δευ", "Τρίτη Τρι", "Τετάρτη Τετ", "Πέμπτη Πεμ", "Παρασκευή Παρ",
           "Σάββατο Σαβ", "Κυριακή Κυρ"),
    "hy": ("երկուշաբթի", "երեքշաբթի", "չորեքշաբթի", "հինգշաբթի", "ուրբաթ", "շաբաթ", "կիրակի"),
    "ka": ("ორშაბათი", "სამშაბათი", "ოთხშაბათი", "ხუთშაბათი", "პარასკევი", "შაბათი", "კვირა"),
    "lt": ("pirmadienis pirm", "antradienis antr", "trečiadienis treč", "ketvirtadienis ketv",
           "penktadienis penkt", "šeštadienis šešt", "sekmadienis sekm"),
    "lv": ("pirmdiena", "otrdiena", "trešdiena", "ceturtdiena", "piektdiena", "sestdiena",
           "svētdiena"),
    "et": ("esmaspäev", "teisipäev", "kolmapäev", "neljapäev", "reede", "laupäev", "pühapäev"),
    "fi": ("maanantai ma", "tiistai ti", "keskiviikko ke", "torstai to", "perjantai pe",
           "lauantai la", "sunnuntai su"),
    "sv": ("måndag mån", "tisdag tis", "onsdag ons", "torsdag tors tor", "fredag fre",
           "lördag lör", "söndag sön"),
    "da": ("mandag man", "tirsdag tirs tir", "onsdag ons", "torsdag tors tor", "fredag fre",
           "lørdag lør", "søndag søn"),
    "no": ("mandag man", "tirsdag tir", "onsdag ons", "torsdag tor", "fredag fre", "lørdag lør",
           "søndag søn"),
    "kk": ("дүйсенбі", "сейсенбі", "сәрсенбі", "бейсенбі", "жұма", "сенбі", "жексенбі"),
    "id": ("Senin", "Selasa", "Rabu", "Kamis", "Jumat Jum'at", "Sabtu", "Minggu Ahad"),
    "ms": ("Isnin", "Selasa", "Rabu", "Khamis", "Jumaat", "Sabtu", "Ahad"),
    "ar": ("الاثنين الإثنين", "الثلاثاء", "الأربعاء الاربعاء", "الخميس", "الجمعة", "السبت",
           "الأحد الاحد"),
    "fa": ("دوشنبه", "سه‌شنبه سه_شنبه", "چهارشنبه", "پنجشنبه پنج‌شنبه پنج_شنبه", "جمعه",
           "شنبه", "یکشنبه یک‌شنبه یک_شنبه"),
    "ur": ("پیر سوموار", "منگل", "بدھ", "جمعرات", "جمعہ", "ہفتہ", "اتوار"),
    "hi": ("सोमवार", "मंगलवार", "बुधवार", "गुरुवार बृहस्पतिवार", "शुक्रवार", "शनिवार", "रविवार"),
    "mr": ("सोमवार", "मंगळवार", "बुधवार", "गुरुवार", "शुक्रवार", "शनिवार", "रविवार"),
    "bn": ("সোমবার", "মঙ্গলবার", "বুধবার", "বৃহস্পতিবার", "শুক্রবার", "শনিবার", "রবিবার"),
    "ja": ("月曜日 月曜 月", "火曜日 火曜 火", "水曜日 水曜 水", "木曜日 木曜 木", "金曜日 金曜 金",
           "土曜日 土曜 土", "日曜日 日曜 日"),
    "zh": ("星期一 周一 週一 礼拜一", "星期二 周二 週二 礼拜二", "星期三 周三 週三 礼拜三",
           "星期四 周四 週四 礼拜四", "星期五 周五 週五 礼拜五", "星期六 周六 週六 礼拜六",
           "星期日 星期天 周日 週日 礼拜天"),
    "ko": ("월요일 월", "화요일 화", "수요일 수", "목요일 목", "금요일 금", "토요일 토",
           "일요일 일"),
    "vi": ("thứ_hai", "thứ_ba", "thứ_tư", "thứ_năm", "thứ_sáu", "thứ_bảy", "chủ_nhật cn"),
    "az": ("bazar_ertəsi", "çərşənbə_axşamı", "çərşənbə", "cümə_axşamı", "cümə", "şənbə",
           "bazar"),
    "sq": ("e_hënë", "e_martë", "e_mërkurë", "e_enjte", "e_premte", "e_shtunë", "e_diel"),
}  # fmt: skip

#: Weekday forms of two words are written with ``_`` for the space (``thứ_hai``); the reader
#: joins the two words before looking them up.
JOINER = "_"

#: "Today"-words, one row per language: like weekday names, they open prose and live-blog
#: entries ("Сегодня, 3 марта — …") and are never a dateline's place.
TODAY_WORDS: tuple[str, ...] = (
    "Today Yesterday Tonight",
    "aujourd'hui hier",
    "hoy ayer",
    "hoje ontem",
    "heute gestern",
    "oggi ieri",
    "сегодня вчера",
    "сьогодні вчора",
    "bugün dün",
    "dziś dzisiaj wczoraj",
)
