"""Month and weekday names, as data: one row per language, January (Monday) first.

Each month is a space-separated list of the forms an agency prints: the full name (and, for the
languages that inflect, the genitive or locative used after a day number), then the
abbreviations. Lookups go through :func:`fold`, so case, a final period, the Turkish
dotted/dotless *i* and the Greek accents (Greek capitals drop them: ``ΜΑΡΤΙΟΥ``) do not matter.
The datelines grammar builds its month alternation from :data:`ROWS`; the formatter takes the
first form of a row as that language's printed name.

A few forms mean different months in different languages (Croatian *listopad* is October, the
Polish and Czech *listopad* November): :data:`MONTHS` leaves them out, :data:`AMBIGUOUS_MONTHS`
lists them (computed, not typed), and :func:`month_number` resolves them only when given the
language. Weekday forms shared by languages with different meanings (``so``: Saturday in Czech,
Sunday in German) are handled the same way by :func:`weekday_numbers`, which returns every
reading.
"""

from __future__ import annotations

import re
import unicodedata

from wirefmt.fields._weekdays import TODAY_WORDS, WEEKDAYS

__all__ = [
    "AMBIGUOUS_MONTHS",
    "BY_LANGUAGE",
    "DAY_WORDS",
    "MONTHS",
    "NOT_PLACES",
    "ROWS",
    "TODAY_WORDS",
    "TWO_WORDS",
    "WEEKDAYS",
    "fold",
    "month_number",
    "month_numbers",
    "weekday_numbers",
]

#: language -> twelve rows of forms (January .. December); the first form of a row is the one
#: ``format_dateline`` prints, the rest are accepted when parsing (Hebrew also with the
#: preposition ``ב`` glued, as dates print it: ``5 במאי``). Serbian Latin ("sr") also
#: covers Bosnian and Montenegrin; "sr-Cyrl" is Serbian in Cyrillic; Malay ("ms") and
#: Indonesian ("id") differ in a few months. Arabic lists the Egyptian, Levantine (``أيار``)
#: and Maghreb (``جوان``) names; the Levantine names of two words are in :data:`TWO_WORDS`.
ROWS: dict[str, tuple[str, ...]] = {
    "en": (
        "January Jan",
        "February Feb",
        "March Mar",
        "April Apr",
        "May",
        "June Jun",
        "July Jul",
        "August Aug",
        "September Sep Sept",
        "October Oct",
        "November Nov",
        "December Dec",
    ),
    "fr": (
        "janvier janv jan",
        "février fév févr fevrier fev fevr",
        "mars mar",
        "avril avr",
        "mai",
        "juin",
        "juillet juil",
        "août aout aoû",
        "septembre sept sep",
        "octobre oct",
        "novembre nov",
        "décembre déc decembre dec",
    ),
    "es": (
        "enero ene",
        "febrero feb",
        "marzo mar",
        "abril abr",
        "mayo may",
        "junio jun",
        "julio jul",
        "agosto ago",
        "septiembre setiembre sep sept set",
        "octubre oct",
        "noviembre nov",
        "diciembre dic",
    ),
    "pt": (
        "janeiro jan",
        "fevereiro fev",
        "março marco mar",
        "abril abr",
        "maio mai",
        "junho jun",
        "julho jul",
        "agosto ago",
        "setembro set",
        "outubro out",
        "novembro nov",
        "dezembro dez",
    ),
    "de": (
        "Januar Jan Jänner Jän",
        "Februar Feb",
        "März Maerz Mär Mrz",
        "April Apr",
        "Mai",
        "Juni Jun",
        "Juli Jul",
        "August Aug",
        "September Sep Sept",
        "Oktober Okt",
        "November Nov",
        "Dezember Dez",
    ),
    "it": (
        "gennaio gen",
        "febbraio feb",
        "marzo mar",
        "aprile apr",
        "maggio mag",
        "giugno giu",
        "luglio lug",
        "agosto ago",
        "settembre set",
        "ottobre ott",
        "novembre nov",
        "dicembre dic",
    ),
    "ru": (
        "января январь янв",
        "февраля февраль фев февр",
        "марта март мар",
        "апреля апрель апр",
        "мая май",
        "июня июнь июн",
        "июля июль июл",
        "августа август авг",
        "сентября сентябрь сен сент",
        "октября октябрь окт",
        "ноября ноябрь ноя нояб",
        "декабря декабрь дек",
    ),
    "uk": (
        "січня січень січ",
        "лютого лютий лют",
        "березня березень бер",
        "квітня квітень квіт",
        "травня травень трав",
        "червня червень черв",
        "липня липень лип",
        "серпня серпень серп",
        "вересня вересень вер",
        "жовтня жовтень жовт",
        "листопада листопад лист",
        "грудня грудень груд",
    ),
    "tr": (
        "Ocak Oca",
        "Şubat Şub",
        "Mart Mar",
        "Nisan Nis",
        "Mayıs May",
        "Haziran Haz",
        "Temmuz Tem",
        "Ağustos Ağu",
        "Eylül Eyl",
        "Ekim Eki",
        "Kasım Kas",
        "Aralık Ara",
    ),
    "pl": (
        "stycznia styczeń sty",
        "lutego luty lut",
        "marca marzec mar",
        "kwietnia kwiecień kwi",
        "maja maj",
        "czerwca czerwiec cze",
        "lipca lipiec lip",
        "sierpnia sierpień sie",
        "września wrzesień wrz",
        "października październik paź",
        "listopada listopad lis",
        "grudnia grudzień gru",
    ),
    "nl": (
        "januari jan",
        "februari feb febr",
        "maart mrt mar",
        "april apr",
        "mei",
        "juni jun",
        "juli jul",
        "augustus aug",
        "september sep sept",
        "oktober okt",
        "november nov",
        "december dec",
    ),
    "ca": (
        "gener gen",
        "febrer febr feb",
        "març marc",
        "abril abr",
        "maig",
        "juny",
        "juliol jul",
        "agost ago",
        "setembre set",
        "octubre oct",
        "novembre nov",
        "desembre des",
    ),
    "be": (
        "студзеня студзень студз",
        "лютага люты лют",
        "сакавіка сакавік сак",
        "красавіка красавік крас",
        "траўня травень трав",
        "чэрвеня чэрвень чэрв",
        "ліпеня ліпень ліп",
        "жніўня жнівень жн",
        "верасня верасень вер",
        "кастрычніка кастрычнік кастр",
        "лістапада лістапад ліст",
        "снежня снежань снеж",
    ),
    "cs": (
        "ledna leden",
        "února únor",
        "března březen",
        "dubna duben",
        "května květen",
        "června červen",
        "července červenec",
        "srpna srpen",
        "září",
        "října říjen",
        "listopadu listopad",
        "prosince prosinec",
    ),
    "sk": (
        "januára január jan",
        "februára február feb",
        "marca marec mar",
        "apríla apríl apr",
        "mája máj",
        "júna jún",
        "júla júl",
        "augusta august aug",
        "septembra september sep",
        "októbra október okt",
        "novembra november nov",
        "decembra december dec",
    ),
    "sl": (
        "januarja januar jan",
        "februarja februar feb",
        "marca marec mar",
        "aprila april apr",
        "maja maj",
        "junija junij jun",
        "julija julij jul",
        "avgusta avgust avg",
        "septembra september sep",
        "oktobra oktober okt",
        "novembra november nov",
        "decembra december dec",
    ),
    "hr": (
        "siječnja siječanj",
        "veljače veljača",
        "ožujka ožujak",
        "travnja travanj",
        "svibnja svibanj",
        "lipnja lipanj",
        "srpnja srpanj",
        "kolovoza kolovoz",
        "rujna rujan",
        "listopada listopad",
        "studenoga studenog studeni",
        "prosinca prosinac",
    ),
    "sr": (
        "januara januar jan",
        "februara februar feb",
        "marta mart mar",
        "aprila april apr",
        "maja maj",
        "juna jun juni",
        "jula jul juli",
        "avgusta avgust augusta august avg aug",
        "septembra septembar sept sep",
        "oktobra oktobar okt",
        "novembra novembar nov",
        "decembra decembar dec",
    ),
    "sr-Cyrl": (
        "јануара јануар јан",
        "фебруара фебруар феб",
        "марта март мар",
        "априла април апр",
        "маја мај",
        "јуна јун",
        "јула јул",
        "августа август авг",
        "септембра септембар сеп",
        "октобра октобар окт",
        "новембра новембар нов",
        "децембра децембар дец",
    ),
    "bg": (
        "януари яну",
        "февруари фев",
        "март мар",
        "април апр",
        "май",
        "юни",
        "юли",
        "август авг",
        "септември сеп",
        "октомври окт",
        "ноември ное",
        "декември дек",
    ),
    "mk": (
        "јануари",
        "февруари",
        "март",
        "април",
        "мај",
        "јуни",
        "јули",
        "август",
        "септември",
        "октомври",
        "ноември",
        "декември",
    ),
    "ro": (
        "ianuarie ian",
        "februarie febr feb",
        "martie mar",
        "aprilie apr",
        "mai",
        "iunie iun",
        "iulie iul",
        "august aug",
        "septembrie sept sep",
        "octombrie oct",
        "noiembrie noi nov",
        "decembrie dec",
    ),
    "hu": (
        "január jan",
        "február febr feb",
        "március márc már",
        "április ápr",
        "május máj",
        "június jún",
        "július júl",
        "augusztus aug",
        "szeptember szept szep",
        "október okt",
        "november nov",
        "december dec",
    ),
    "el": (
        "Ιανουαρίου Ιανουάριος Ιαν",
        "Φεβρουαρίου Φεβρουάριος Φεβ",
        "Μαρτίου Μάρτιος Μαρ",
        "Απριλίου Απρίλιος Απρ",
        "Μαΐου Μάιος Μαΐ Μαϊ",
        "Ιουνίου Ιούνιος Ιουν",
        "Ιουλίου Ιούλιος Ιουλ",
        "Αυγούστου Αύγουστος Αυγ",
        "Σεπτεμβρίου Σεπτέμβριος Σεπ Σεπτ",
        "Οκτωβρίου Οκτώβριος Οκτ",
        "Νοεμβρίου Νοέμβριος Νοε",
        "Δεκεμβρίου Δεκέμβριος Δεκ",
    ),
    "hy": (
        "հունվարի հունվար",
        "փետրվարի փետրվար",
        "մարտի մարտ",
        "ապրիլի ապրիլ",
        "մայիսի մայիս",
        "հունիսի հունիս",
        "հուլիսի հուլիս",
        "օգոստոսի օգոստոս",
        "սեպտեմբերի սեպտեմբեր",
        "հոկտեմբերի հոկտեմբեր",
        "նոյեմբերի նոյեմբեր",
        "դեկտեմբերի դեկտեմբեր",
    ),
    "ka": (
        "იანვარი იანვრის",
        "თებერვალი თებერვლის",
        "მარტი მარტის",
        "აპრილი აპრილის",
        "მაისი მაისის",
        "ივნისი ივნისის",
        "ივლისი ივლისის",
        "აგვისტო აგვისტოს",
        "სექტემბერი სექტემბრის",
        "ოქტომბერი ოქტომბრის",
        "ნოემბერი ნოემბრის",
        "დეკემბერი დეკემბრის",
    ),
    "lt": (
        "sausio sausis saus",
        "vasario vasaris vas",
        "kovo kovas kov",
        "balandžio balandis bal",
        "gegužės gegužė geg",
        "birželio birželis birž",
        "liepos liepa liep",
        "rugpjūčio rugpjūtis rugpj",
        "rugsėjo rugsėjis rugs",
        "spalio spalis spal",
        "lapkričio lapkritis lapkr",
        "gruodžio gruodis gruod",
    ),
    "lv": (
        "janvārī janvāris janvāra janv",
        "februārī februāris februāra febr",
        "martā marts marta",
        "aprīlī aprīlis aprīļa apr",
        "maijā maijs maija",
        "jūnijā jūnijs jūnija jūn",
        "jūlijā jūlijs jūlija jūl",
        "augustā augusts augusta aug",
        "septembrī septembris septembra sept",
        "oktobrī oktobris oktobra okt",
        "novembrī novembris novembra nov",
        "decembrī decembris decembra dec",
    ),
    "et": (
        "jaanuar jaan",
        "veebruar veebr",
        "märts",
        "aprill apr",
        "mai",
        "juuni",
        "juuli",
        "august aug",
        "september sept",
        "oktoober okt",
        "november nov",
        "detsember dets",
    ),
    "fi": (
        "tammikuuta tammikuu tammik",
        "helmikuuta helmikuu helmik",
        "maaliskuuta maaliskuu maalisk",
        "huhtikuuta huhtikuu huhtik",
        "toukokuuta toukokuu toukok",
        "kesäkuuta kesäkuu kesäk",
        "heinäkuuta heinäkuu heinäk",
        "elokuuta elokuu elok",
        "syyskuuta syyskuu syysk",
        "lokakuuta lokakuu lokak",
        "marraskuuta marraskuu marrask",
        "joulukuuta joulukuu jouluk",
    ),
    "sv": (
        "januari jan",
        "februari feb",
        "mars mar",
        "april apr",
        "maj",
        "juni jun",
        "juli jul",
        "augusti aug",
        "september sep sept",
        "oktober okt",
        "november nov",
        "december dec",
    ),
    "da": (
        "januar jan",
        "februar feb",
        "marts mar",
        "april apr",
        "maj",
        "juni jun",
        "juli jul",
        "august aug",
        "september sep sept",
        "oktober okt",
        "november nov",
        "december dec",
    ),
    "no": (
        "januar jan",
        "februar feb",
        "mars mar",
        "april apr",
        "mai",
        "juni jun",
        "juli jul",
        "august aug",
        "september sep sept",
        "oktober okt",
        "november nov",
        "desember des",
    ),
    "az": (
        "yanvar",
        "fevral",
        "mart",
        "aprel",
        "may",
        "iyun",
        "iyul",
        "avqust",
        "sentyabr",
        "oktyabr",
        "noyabr",
        "dekabr",
    ),
    "uz": (
        "yanvar",
        "fevral",
        "mart",
        "aprel",
        "may",
        "iyun",
        "iyul",
        "avgust",
        "sentabr sentyabr",
        "oktabr oktyabr",
        "noyabr",
        "dekabr",
    ),
    "kk": (
        "қаңтар",
        "ақпан",
        "наурыз",
        "сәуір",
        "мамыр",
        "маусым",
        "шілде",
        "тамыз",
        "қыркүйек",
        "қазан",
        "қараша",
        "желтоқсан",
    ),
    "id": (
        "Januari Jan",
        "Februari Feb Peb",
        "Maret Mar",
        "April Apr",
        "Mei",
        "Juni Jun",
        "Juli Jul",
        "Agustus Agu Agt Ags",
        "September Sep Sept",
        "Oktober Okt",
        "November Nov Nop",
        "Desember Des",
    ),
    "ms": (
        "Januari Jan",
        "Februari Feb",
        "Mac",
        "April Apr",
        "Mei",
        "Jun",
        "Julai Jul",
        "Ogos Ogo",
        "September Sep",
        "Oktober Okt",
        "November Nov",
        "Disember Dis",
    ),
    "sq": (
        "janar",
        "shkurt",
        "mars",
        "prill",
        "maj",
        "qershor",
        "korrik",
        "gusht",
        "shtator",
        "tetor",
        "nëntor",
        "dhjetor",
    ),
    "ar": (
        "يناير جانفي",
        "فبراير شباط فيفري",
        "مارس آذار",
        "أبريل ابريل إبريل نيسان أفريل",
        "مايو أيار ماي",
        "يونيو يونيه حزيران جوان",
        "يوليو يوليه تموز جويلية يوليوز",
        "أغسطس اغسطس آب أوت غشت",
        "سبتمبر أيلول شتنبر",
        "أكتوبر اكتوبر",
        "نوفمبر نونبر",
        "ديسمبر دجنبر",
    ),
    "fa": (
        "ژانویه ژانویهٔ",
        "فوریه فوریهٔ",
        "مارس",
        "آوریل",
        "مه می",
        "ژوئن",
        "ژوئیه ژوییه جولای",
        "اوت آگوست",
        "سپتامبر",
        "اکتبر",
        "نوامبر",
        "دسامبر",
    ),
    "ur": (
        "جنوری",
        "فروری",
        "مارچ",
        "اپریل",
        "مئی",
        "جون",
        "جولائی",
        "اگست",
        "ستمبر",
        "اکتوبر",
        "نومبر",
        "دسمبر",
    ),
    "hi": (
        "जनवरी",
        "फ़रवरी फरवरी",
        "मार्च",
        "अप्रैल अप्रेल",
        "मई",
        "जून",
        "जुलाई",
        "अगस्त",
        "सितंबर सितम्बर",
        "अक्टूबर अक्तूबर",
        "नवंबर नवम्बर",
        "दिसंबर दिसम्बर",
    ),
    "mr": (
        "जानेवारी",
        "फेब्रुवारी",
        "मार्च",
        "एप्रिल",
        "मे",
        "जून",
        "जुलै",
        "ऑगस्ट",
        "सप्टेंबर",
        "ऑक्टोबर",
        "नोव्हेंबर",
        "डिसेंबर",
    ),
    "ne": (
        "जनवरी",
        "फेब्रुअरी",
        "मार्च",
        "अप्रिल",
        "मे",
        "जुन",
        "जुलाई",
        "अगस्ट",
        "सेप्टेम्बर",
        "अक्टोबर",
        "नोभेम्बर",
        "डिसेम्बर",
    ),
    "bn": (
        "জানুয়ারি জানুয়ারী",
        "ফেব্রুয়ারি ফেব্রুয়ারী",
        "মার্চ",
        "এপ্রিল",
        "মে",
        "জুন",
        "জুলাই",
        "আগস্ট",
        "সেপ্টেম্বর",
        "অক্টোবর",
        "নভেম্বর",
        "ডিসেম্বর",
    ),
    "ta": (
        "ஜனவரி",
        "பிப்ரவரி",
        "மார்ச்",
        "ஏப்ரல்",
        "மே",
        "ஜூன்",
        "ஜூலை",
        "ஆகஸ்ட்",
        "செப்டம்பர்",
        "அக்டோபர்",
        "நவம்பர்",
        "டிசம்பர்",
    ),
    "he": (
        "ינואר בינואר",
        "פברואר בפברואר",
        "מרץ במרץ מרס במרס",
        "אפריל באפריל",
        "מאי במאי",
        "יוני ביוני",
        "יולי ביולי",
        "אוגוסט באוגוסט",
        "ספטמבר בספטמבר",
        "אוקטובר באוקטובר",
        "נובמבר בנובמבר",
        "דצמבר בדצמבר",
    ),
}

#: Month names of two words, joined by ``_`` as two-word weekday names are, per language:
#: the timestamp reader joins two words before it looks them up. Kept apart from
#: :data:`ROWS`, whose forms are single words (the datelines grammar builds its month
#: pattern from them).
TWO_WORDS: dict[str, dict[str, int]] = {
    "ar": {"كانون_الثاني": 1, "تشرين_الأول": 10, "تشرين_الثاني": 11, "كانون_الأول": 12},
}

# Greek capitals are written without accents: the fold drops tonos and dialytika (and only
# those, and only in words with Greek letters).
_GREEK_MARKS = frozenset("\u0301\u0308\u0344")
_GREEK = re.compile("[\u0370-\u03ff\u1f00-\u1fff]")


# Arabic script is written with and without hamza on alef (أيار, ايار), with Arabic or Persian
# yeh and kaf (ي ى ی, ك ک) depending on the keyboard, with tatweel and short vowels: the fold
# writes each one way.
_ARABIC_FOLD = str.maketrans(
    {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ي": "ی", "ى": "ی", "ك": "ک", "ـ": None}
    | {chr(c): None for c in range(0x064B, 0x0653)}
    | {"\u0654": None, "\u0670": None}
)


def _unaccent_greek(word: str) -> str:
    """``word`` (which holds Greek letters) without tonos and dialytika."""
    parts = unicodedata.normalize("NFD", word)
    return unicodedata.normalize("NFC", "".join(ch for ch in parts if ch not in _GREEK_MARKS))


def fold(word: str) -> str:
    """Return the lookup key of a month word: lower case, no final period, Turkish i folded.

    Greek accents are dropped too, as Greek capitals drop them; Arabic-script letters written
    two ways (alef with or without hamza, Arabic or Persian yeh and kaf) are written one way,
    and tatweel and short vowels dropped.

    >>> fold("ŞUBAT."), fold("Mayıs"), fold("MAYIS"), fold("ΜΑΪΟΥ") == fold("Μαΐου")
    ('şubat', 'mayis', 'mayis', True)
    """
    if word.isascii():
        return word.rstrip(".").lower()
    word = word.rstrip(".").replace("İ", "i").replace("ı", "i")
    word = word.casefold().replace("i̇", "i")
    if _GREEK.search(word) is not None:
        word = _unaccent_greek(word)
    if word and "\u0600" <= word[0] <= "\u06ff":  # a word of Arabic script opens with its letter
        return word.translate(_ARABIC_FOLD)
    return word


def _language_table(lang: str, rows: tuple[str, ...], size: int) -> dict[str, int]:
    if len(rows) != size:
        raise AssertionError(f"{lang}: {len(rows)} rows, not {size}")
    table: dict[str, int] = {}
    for number, row in enumerate(rows, start=1):
        for form in row.split():
            if table.setdefault(fold(form), number) != number:
                raise AssertionError(f"{form!r} ({lang}) means two things")
    return table


#: language -> {folded form: month number}, each language on its own.
BY_LANGUAGE: dict[str, dict[str, int]] = {
    lang: _language_table(lang, rows, 12)
    | {fold(form): n for form, n in TWO_WORDS.get(lang, {}).items()}
    for lang, rows in ROWS.items()
}


def _merge(tables: dict[str, dict[str, int]]) -> dict[str, frozenset[int]]:
    merged: dict[str, set[int]] = {}
    for table in tables.values():
        for key, number in table.items():
            merged.setdefault(key, set()).add(number)
    return {key: frozenset(numbers) for key, numbers in merged.items()}


_MONTH_READINGS = _merge(BY_LANGUAGE)

#: folded form -> month number (1..12), every language together; a form that means different
#: months in different languages is left out (see :data:`AMBIGUOUS_MONTHS`).
MONTHS: dict[str, int] = {
    key: next(iter(numbers)) for key, numbers in _MONTH_READINGS.items() if len(numbers) == 1
}

#: folded forms that mean different months in different languages (Croatian ``listopad`` is
#: October, Polish and Czech ``listopad`` November).
AMBIGUOUS_MONTHS: frozenset[str] = frozenset(
    key for key, numbers in _MONTH_READINGS.items() if len(numbers) > 1
)


def month_number(word: str, lang: str | None = None) -> int | None:
    """Return the month number of ``word`` in any known language, or None.

    With ``lang`` (a key of :data:`ROWS`), that language's reading wins; without it, a form
    that means different months in different languages gives None.

    >>> month_number("Feb."), month_number("февраля"), month_number("Aralık"), month_number("x")
    (2, 2, 12, None)
    >>> month_number("listopada"), month_number("listopada", "pl"), month_number("listopada", "hr")
    (None, 11, 10)
    """
    key = fold(word)
    if lang is not None:
        table = BY_LANGUAGE.get(lang)
        if table is not None and key in table:
            return table[key]
    return MONTHS.get(key)


def month_numbers(word: str) -> frozenset[int]:
    """Return every month ``word`` names in some language (empty when none).

    >>> sorted(month_numbers("listopad")), sorted(month_numbers("mars"))
    ([10, 11], [3])
    """
    return _MONTH_READINGS.get(fold(word), frozenset())


_WEEKDAYS_BY_LANGUAGE: dict[str, dict[str, int]] = {
    lang: _language_table(lang, rows, 7) for lang, rows in WEEKDAYS.items()
}
_WEEKDAY_READINGS = _merge(_WEEKDAYS_BY_LANGUAGE)


def weekday_numbers(word: str, lang: str | None = None) -> frozenset[int]:
    """Return the weekdays ``word`` may name, Monday 0 .. Sunday 6 (``date.weekday()``).

    Several readings come back when languages disagree (``so``: Saturday in Czech, Sunday in
    German) and no ``lang`` decides; none when the word is no weekday.

    >>> sorted(weekday_numbers("Thu")), sorted(weekday_numbers("so")), weekday_numbers("so", "de")
    ([3], [5, 6], frozenset({6}))
    """
    key = fold(word)
    if lang is not None:
        table = _WEEKDAYS_BY_LANGUAGE.get(lang)
        if table is not None and key in table:
            return frozenset((table[key] - 1,))
    return frozenset(n - 1 for n in _WEEKDAY_READINGS.get(key, frozenset()))


#: Day names and "today"-words: every weekday form of more than three letters (no
#: abbreviation) in every language of :data:`WEEKDAYS`, then :data:`TODAY_WORDS`.
DAY_WORDS: tuple[str, ...] = (
    *(" ".join(f for row in rows for f in row.split() if len(f) > 3) for rows in WEEKDAYS.values()),
    *TODAY_WORDS,
)

#: The folded day words: they open prose and live-blog entries ("Monday, Feb. 14 — …",
#: "Сегодня, 3 марта — …") and are never a dateline's place.
NOT_PLACES: frozenset[str] = frozenset(fold(w) for row in DAY_WORDS for w in row.split())
