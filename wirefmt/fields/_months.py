"""Month names and abbreviations, as data: one row per language, January first.

Each month is a space-separated list of the forms an agency prints: the full name (and, for the
languages that inflect, the genitive used after a day number), then the abbreviations. Lookups go
through :func:`fold`, so case, a final period and the Turkish dotted/dotless *i* do not matter.
The datelines grammar builds its month alternation from :data:`MONTHS`; the formatter takes
the first form of a row as that language's printed name.
"""

from __future__ import annotations

__all__ = ["DAY_WORDS", "MONTHS", "NOT_PLACES", "ROWS", "fold", "month_number"]

#: language -> twelve rows of forms (January .. December); the first form of a row is the one
#: ``format_dateline`` prints, the rest are accepted when parsing.
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
}


def fold(word: str) -> str:
    """Return the lookup key of a month word: lower case, no final period, Turkish i folded.

    >>> fold("ŞUBAT."), fold("Mayıs"), fold("MAYIS")
    ('şubat', 'mayis', 'mayis')
    """
    word = word.rstrip(".").replace("İ", "i").replace("ı", "i")
    return word.casefold().replace("i̇", "i")


def _build() -> dict[str, int]:
    table: dict[str, int] = {}
    for lang, rows in ROWS.items():
        if len(rows) != 12:
            raise AssertionError(f"{lang}: {len(rows)} months")
        for number, row in enumerate(rows, start=1):
            for form in row.split():
                key = fold(form)
                if table.setdefault(key, number) != number:
                    raise AssertionError(f"{form!r} ({lang}) means two months")
    return table


#: folded form -> month number (1..12), every language together (no form means two months).
MONTHS: dict[str, int] = _build()


def month_number(word: str) -> int | None:
    """Return the month number of ``word`` in any known language, or None.

    >>> month_number("Feb."), month_number("февраля"), month_number("Aralık"), month_number("x")
    (2, 2, 12, None)
    """
    return MONTHS.get(fold(word))


#: Day names and "today"-words, one row per language (en fr es pt de it ru uk tr pl).
DAY_WORDS: tuple[str, ...] = (
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday Today Yesterday Tonight",
    "lundi mardi mercredi jeudi vendredi samedi dimanche aujourd'hui hier",
    "lunes martes miércoles jueves viernes sábado domingo hoy ayer",
    "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo hoje ontem",
    "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonnabend Sonntag heute gestern",
    "lunedì martedì mercoledì giovedì venerdì sabato domenica oggi ieri",
    "понедельник вторник среда четверг пятница суббота воскресенье сегодня вчера",
    "понеділок вівторок середа четвер п'ятниця субота неділя сьогодні вчора",
    "Pazartesi Salı Çarşamba Perşembe Cuma Cumartesi Pazar bugün dün",
    "poniedziałek wtorek środa czwartek piątek sobota niedziela dziś dzisiaj wczoraj",
)

#: The folded day words: they open prose and live-blog entries ("Monday, Feb. 14 — …",
#: "Сегодня, 3 марта — …") and are never a dateline's place.
NOT_PLACES: frozenset[str] = frozenset(fold(w) for row in DAY_WORDS for w in row.split())
