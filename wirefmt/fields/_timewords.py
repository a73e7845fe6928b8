"""The small words around a printed date and time, as data (one row per language).

The timestamp reader (``_ts_reader``) looks every word of a timestamp up in these tables, after
:func:`wirefmt.fields._months.fold` (case, final period, Turkish *i*, Greek accents); the
tables hold folded words. A word
found in no table makes the string no timestamp: these are closed sets.
"""

from __future__ import annotations

from wirefmt.fields._months import fold

__all__ = [
    "AMPM",
    "AMPM_AFTER",
    "AMPM_BEFORE",
    "CLOCK_AFTER",
    "CLOCK_BEFORE",
    "DAY_UNITS",
    "FILLERS",
    "HOUR_UNITS",
    "MINUTE_UNITS",
    "MONTH_FIRST_REGIONS",
    "MONTH_UNITS",
    "NUMBER_BEFORE",
    "ORDINAL_SUFFIXES",
    "RELATIVE_DAYS",
    "RELATIVE_TIME",
    "SECOND_UNITS",
    "YEAR_FIRST_LANGUAGES",
    "YEAR_UNITS",
]


def _words(rows: str | tuple[str, ...]) -> list[str]:
    """The folded words of one row, or of several rows (one per language)."""
    return [fold(w) for w in " ".join((rows,) if isinstance(rows, str) else rows).split()]


#: Words that label or join the parts of a timestamp and carry no value: "published",
#: "updated", "on", "at", "de" ... (en fr es pt it de nl ru uk pl cs tr sv da no fi ro hu id).
FILLERS: frozenset[str] = frozenset(
    _words(
        (
            "published posted updated modified edited created last first update date time",
            "on at the of by and",
            "publié publiée publie mis à a jour le du modifié modifiée modifie dernière",
            "derniere mise créé cree date",
            "publicado publicada actualizado actualizada actualización actualizacion fecha",
            "el la las de del a",
            "atualizado atualizada atualização atualizacao publicada data em às as",
            "pubblicato pubblicata aggiornato aggiornata aggiornamento data il alle ore del",
            "veröffentlicht veroeffentlicht publiziert aktualisiert geändert erstellt zuletzt",
            "stand datum am um vom",
            "gepubliceerd bijgewerkt laatst gewijzigd datum op om",
            "опубликовано опубликован обновлено обновлён обновлен обновление изменено дата",
            "публикации создано в во от",
            "опубліковано оновлено оновлення змінено дата о об",
            "opublikowano zaktualizowano aktualizacja publikacja data dnia o",
            "publikováno aktualizováno aktualizace datum v ve",
            "yayınlanma yayinlanma yayın yayin güncelleme guncelleme güncellenme tarihi tarih",
            "saat son",
            "δημοσίευση δημοσιεύθηκε ενημέρωση ενημερώθηκε",
            "publicerad publicerat uppdaterad uppdaterat senast ändrad",
            "publiceret opdateret senest publisert oppdatert sist den",
            "julkaistu päivitetty paivitetty klo",
            "publicat actualizat data la ora",
            "közzétéve frissítve frissitve létrehozva",
            "diterbitkan diperbarui dipublikasikan tanggal pukul",
            "نشر نشرت تاريخ النشر آخر تحديث بتاريخ في",
            "פורסם עודכן עדכון",
            "입력 수정 등록 기사입력 최종수정 업데이트 발행 승인",
            "公開 更新 配信 掲載 公開日 更新日 配信日 最終更新",
            "发布 發布 发布时间 發布時間 更新时间 更新時間 时间 時間 日期",
            "ngày cập nhật đăng lúc",
            "को प्रकाशित अपडेट अपडेटेड दिनांक तारीख",
            "تاریخ انتشار بروزرسانی به‌روزرسانی کو",
        )
    )
)

#: Words printed before a time, after which ``09.41`` is a time and not a date: "kl. 09.41",
#: "klo 9.41", "um 17.30", "à 9.41", "godz. 14.30", "в 12.00", "ore 14.30", "saat 14.30",
#: Croatian and Serbian "u 18.45", Estonian "kell 9.41", Latvian "plkst. 9.41".
CLOCK_BEFORE: frozenset[str] = frozenset(
    _words(
        "kl klo klockan kello kell plkst um à a at o u godz godzina ore alle в у о saat pukul "
        "jam ob lúc الساعة ساعت בשעה"
    )
)

#: Words printed after a time: "17.30 Uhr", "16.15 uur", "14 h", "12.00 ч", "14.35 hod.".
CLOCK_AFTER: frozenset[str] = frozenset(_words("uhr uur u h hs hrs hod ч час óra ora val बजे بجے"))

#: 12-hour clock markers, folded and without periods or spaces ("a. m.", "p.m.", "PM", Greek
#: "π.μ.", "μ.μ."), and whether they add twelve hours.
AMPM: dict[str, bool] = {"am": False, "pm": True, "πμ": False, "μμ": True}

#: 12-hour markers of other scripts printed after the clock (Arabic "ص" morning, "م" evening,
#: and the words they stand for): "09:30 م". After a year, "م" is "AD" (see YEAR_UNITS).
AMPM_AFTER: dict[str, bool] = {
    fold(w): pm
    for words, pm in (("ص صباحا صباحاً", False), ("م مساء مساءً", True))
    for w in words.split()
}

#: 12-hour markers printed before the clock (Korean, Chinese, Japanese): "오후 2:30", "下午2:30".
AMPM_BEFORE: dict[str, bool] = {
    "오전": False,
    "오후": True,
    "上午": False,
    "下午": True,
    "午前": False,
    "午後": True,
}

#: Units after the hour, minute and second numbers of a CJK clock: "14時35分", "14시 35분".
HOUR_UNITS: frozenset[str] = frozenset(_words("時 时 시"))
MINUTE_UNITS: frozenset[str] = frozenset(_words("分 분 min mins мин хв perc dk"))
SECOND_UNITS: frozenset[str] = frozenset(_words("秒 초"))

#: Words (or units) printed after a year: "2019 р.", "2023 года", "2023 г.", "2023 m.",
#: "2023. gada", "2023 roku", "2023年", "2023년", "2023 թ.", "2023 წლის", "2023 жылы".
YEAR_UNITS: frozenset[str] = frozenset(
    _words(
        (
            "г год года году р рік року r roku rok m gada god godine године години",
            "жылы ж yılı yili թ թվականի წ წლის 年 년 م",
        )
    )
)

#: Words printed before the number they name (Vietnamese): "ngày 14 tháng 7 năm 2023".
NUMBER_BEFORE: dict[str, str] = {fold("tháng"): "month", fold("năm"): "year"}

#: Units printed after a month number (CJK): "3月", "3월".
MONTH_UNITS: frozenset[str] = frozenset(_words("月 월"))

#: Units printed after a day number: "5日", "5일", Lithuanian "5 d.".
DAY_UNITS: frozenset[str] = frozenset(_words("日 일 d"))

#: Ordinal endings glued to a day number: "3rd", "1er", "1º", "2ª", "1-го", "5-ого".
ORDINAL_SUFFIXES: frozenset[str] = frozenset(
    _words("st nd rd th er re e ème eme º ª о го ого е я ый ое")
)

#: Regions (ISO 3166 codes, upper case) whose numeric dates put the month first: 5/3/2019 is
#: May 3 in ``en-US``. Everywhere else a numeric date with the year last puts the day first.
MONTH_FIRST_REGIONS: frozenset[str] = frozenset(
    ("US", "PH", "FM", "MH", "PW", "AS", "GU", "MP", "PR", "UM", "VI")
)

#: Languages whose numeric dates put the year first even with a two-digit year: 23/05/11 is
#: 2023-05-11 in Chinese, Japanese, Korean, Hungarian, Lithuanian.
YEAR_FIRST_LANGUAGES: frozenset[str] = frozenset(("zh", "ja", "ko", "hu", "lt"))

#: Words that name a day by its distance from today, and that distance in days: "today 14:05",
#: "gestern, 18:30", "вчера в 12:00", "昨天 14:05". Read against the reference date, which
#: must be given (the date the text was published or read).
RELATIVE_DAYS: dict[str, int] = {
    word: offset
    for offset, rows in (
        (
            0,
            (
                "today tonight aujourd'hui hoy hoje heute oggi сегодня сьогодні bugün dziś",
                "dzisiaj dnes danas vandaag idag tänään σήμερα azi 今天 今日 오늘 اليوم امروز",
            ),
        ),
        (
            -1,
            (
                "yesterday hier ayer ontem gestern ieri вчера вчора dün wczoraj včera jučer juče",
                "gisteren igår eilen χθες kemarin 昨天 昨日 어제 أمس امس دیروز",
            ),
        ),
    )
    for word in _words(rows)
}

#: Words of a relative time ("2 hours ago", "vor 2 Stunden", "il y a 2 heures", "2 часа
#: назад", "hace 2 horas", "2小时前"): such a time needs the moment the text was read, which
#: a reference date does not give; the reader refuses it and says why.
RELATIVE_TIME: frozenset[str] = frozenset(
    _words("ago vor y hace há fa temu önce geleden sitten sedan siden назад тому tagasi 前 전 منذ")
)
