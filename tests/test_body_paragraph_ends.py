"""Where a paragraph glued to the next one ends: after an initialism or abbreviation, before
an opening quote in each language's convention, a glued link, a credit or source line, and
a lead-in colon before items (docs/body.md, rules 2, 3, 5 and 6).

The sentences are ours, in the shapes agency pages print, in several languages and
scripts per shape, with near misses; the tables' form and checks: ``tests/body_tables.py``.
"""

from __future__ import annotations

import pytest
from body_tables import Blocks, P, Rows, assert_blocks, assert_whole, rows

#: An initialism or abbreviation ends a paragraph when the next word is a common one.
ABBREVIATIONS: Rows = [
    ("en-st", [(P, "The march ended on Main St."), (P, "The police closed the road.")]),
    (
        "en-uk2",
        [
            (P, "The envoy flew back to the U.K."),
            (P, "Officials said the officials in the capital agreed."),
        ],
    ),
    (
        "en-dc2",
        [
            (P, "The meeting took place in Washington, D.C."),
            (P, "The talks lasted two hours, the aides said."),
        ],
    ),
    (
        "en-us",
        [
            (P, "The plan was approved in the U.S."),
            (P, "Lawmakers said the vote was close, and lawmakers left."),
        ],
    ),
    (
        "fr-etc",
        [
            (P, "On y vend du pain, du lait, etc."),
            (P, "Les prix ont augmenté et les clients protestent."),
        ],
    ),
    (
        "de-usw2",
        [(P, "Es gab Brot, Milch usw."), (P, "Die Preise stiegen, und die Kunden klagten.")],
    ),
]

#: An opening quote after a stop goes with the paragraph it opens.
OPENING_QUOTES: Rows = [
    ("de", [(P, "Die Sitzung war kurz."), (P, "„Wir machen weiter“, sagte der Chef.")]),
    ("fr", [(P, "La séance fut brève."), (P, "«Nous continuons», a dit le chef.")]),
    ("ro", [(P, "Ședința a fost scurtă."), (P, "”Continuăm”, a spus șeful.")]),
    ("sv", [(P, "Mötet var kort."), (P, "”Vi fortsätter”, sade chefen.")]),
    ("fi", [(P, "Kokous oli lyhyt."), (P, "”Jatkamme”, sanoi johtaja.")]),
    ("en-dq", [(P, "The meeting was short."), (P, '"We go on," the chief said.')]),
    ("pl", [(P, "Posiedzenie było krótkie."), (P, "„Kontynuujemy” – powiedział szef.")]),
    ("ru", [(P, "Заседание было коротким."), (P, "«Мы продолжаем», — сказал глава.")]),
    ("el", [(P, "Η συνεδρίαση ήταν σύντομη."), (P, "«Συνεχίζουμε», είπε ο επικεφαλής.")]),
    ("hy", [(P, "Նիստը կարճ էր։"), (P, "«Շարունակում ենք», ասաց ղեկավարը։")]),
    ("cs", [(P, "Schůze byla krátká."), (P, "„Pokračujeme,“ řekl šéf.")]),
    ("sr-latn", [(P, "Sednica je bila kratka."), (P, '"Nastavljamo", rekao je šef.')]),
    ("tr", [(P, "Toplantı kısa sürdü."), (P, '"Devam ediyoruz" dedi başkan.')]),
    ("it", [(P, "La seduta è stata breve."), (P, "«Andiamo avanti», ha detto il capo.")]),
    ("de-guill", [(P, "Die Sitzung war kurz."), (P, "»Wir machen weiter«, sagte der Chef.")]),
    ("en-sq", [(P, "The meeting was short."), (P, "'We go on,' the chief said.")]),
    ("en-curly", [(P, "The meeting was short."), (P, "“We go on,” the chief said.")]),
    ("uk", [(P, "Засідання було коротким."), (P, "«Ми продовжуємо», — сказав голова.")]),
]

#: A link glued to the next word.
LINKS: Rows = [
    (
        "en",
        [
            (P, "Follow us on https://t.me/examplenews"),
            (P, "Example News Africa — https://example.com/africa"),
        ],
    ),
    (
        "fr",
        [(P, "Suivez-nous sur https://t.me/exemplefr"), (P, "Exemple Info — la chaîne officielle")],
    ),
    (
        "ru",
        [
            (P, "Подписывайтесь: https://t.me/primer_news"),
            (P, "Новости Примера — главное за день."),
        ],
    ),
    (
        "de",
        [
            (P, "Folgen Sie uns auf https://t.me/beispielnews"),
            (P, "Beispiel Nachrichten — der offizielle Kanal"),
        ],
    ),
    (
        "es",
        [
            (P, "Síguenos en https://t.me/ejemplonoticias"),
            (P, "Ejemplo Noticias — el canal oficial"),
        ],
    ),
    (
        "el",
        [
            (P, "Ακολουθήστε μας στο https://t.me/paradeigma"),
            (P, "Παράδειγμα Ειδήσεις — το επίσημο κανάλι"),
        ],
    ),
]

#: A credit or source line after a stop is a paragraph, not a subhead.
CREDITS: Rows = [
    ("en", [(P, "The bridge reopened on Friday."), (P, "Source: Reuters")]),
    ("de", [(P, "Die Brücke ist wieder offen."), (P, "Quelle: dpa")]),
    ("es", [(P, "El puente reabrió el viernes."), (P, "Fuente: EFE")]),
    ("ru", [(P, "Мост снова открыт."), (P, "Фото: РИА Новости")]),
    ("tr", [(P, "Köprü yeniden açıldı."), (P, "Kaynak: Anadolu Ajansı")]),
    ("pl", [(P, "Most ponownie otwarto."), (P, "Foto: PAP")]),
    ("fr", [(P, "Le pont a rouvert vendredi."), (P, "Source : AFP")]),
    ("it", [(P, "Il ponte è stato riaperto."), (P, "Fonte: ANSA")]),
    ("el", [(P, "Η γέφυρα άνοιξε ξανά."), (P, "Πηγή: ΑΠΕ-ΜΠΕ")]),
]

#: A lead-in colon glued to items.
LISTS: Rows = [
    ("en-dash", [(P, "The new rules:"), (P, "— Shops close at ten"), (P, "— Buses run all night")]),
    (
        "fr-dash",
        [
            (P, "Les nouvelles règles sont les suivantes :"),
            (P, "— Les magasins ferment à dix heures"),
            (P, "— Les bus roulent la nuit"),
        ],
    ),
    (
        "de-bullet",
        [
            (P, "Die wichtigsten Punkte im Überblick:"),
            (P, "• Die Läden schließen um zehn"),
            (P, "• Die Busse fahren nachts"),
        ],
    ),
    (
        "ru-dash",
        [
            (P, "Новые правила такие:"),
            (P, "- Магазины закрываются в десять"),
            (P, "- Автобусы ходят ночью"),
        ],
    ),
    (
        "tr-bullet",
        [
            (P, "Yeni kurallar şöyle:"),
            (P, "• Mağazalar saat onda kapanacak"),
            (P, "• Otobüsler gece çalışacak"),
        ],
    ),
    (
        "es",
        [
            (P, "Las nuevas medidas son las siguientes:"),
            (P, "— Los comercios cierran a las diez"),
            (P, "— Los autobuses circulan de noche"),
        ],
    ),
    (
        "el",
        [
            (P, "Τα νέα μέτρα είναι τα εξής:"),
            (P, "— Τα καταστήματα κλείνουν στις δέκα"),
            (P, "— Τα λεωφορεία κινούνται τη νύχτα"),
        ],
    ),
    (
        "pl-bullet",
        [
            (P, "Najważniejsze zmiany to:"),
            (P, "• Sklepy zamykane o dziesiątej"),
            (P, "• Autobusy kursują w nocy"),
        ],
    ),
    (
        "sr-dash",
        [
            (P, "Nova pravila su sledeća:"),
            (P, "- Prodavnice se zatvaraju u deset"),
            (P, "- Autobusi voze celu noć"),
        ],
    ),
    (
        "en-dash-stops",
        [
            (P, "The new rules are these:"),
            (P, "— Shops close at ten."),
            (P, "— Buses run all night."),
        ],
    ),
    (
        "en",
        [(P, "Key points:"), (P, "• Talks resume Monday"), (P, "• Both sides agree on a truce")],
    ),
]

#: A credit or source line glued to the sentence that follows it (a capitalised word, then a
#: space and a lower-case word), and a credit whose value holds a spaced slash.
CREDITS_GLUED: Rows = [
    (
        "en",
        [
            (P, "The bridge reopened."),
            (P, "Source: Reuters"),
            (P, "Traffic resumed in both directions."),
        ],
    ),
    (
        "ru",
        [
            (P, "Мост снова открыт."),
            (P, "Фото: РИА Новости"),
            (P, "Движение восстановлено в обе стороны."),
        ],
    ),
    (
        "tr-acronym",
        [
            (P, "Köprü yeniden açıldı."),
            (P, "Kaynak: AA"),
            (P, "Trafik iki yönde de normale döndü."),
        ],
    ),
    (
        "de",
        [
            (P, "Die Brücke ist wieder offen."),
            (P, "Quelle: Reuters"),
            (P, "Autos fahren wieder in beide Richtungen."),
        ],
    ),
    ("de-slash-last", [(P, "Die Brücke ist wieder offen."), (P, "Foto: dpa / Max Muster")]),
    ("fr-slash-last", [(P, "Le pont a rouvert."), (P, "Photo : AFP / Jean Dupont")]),
    ("el-slash-last", [(P, "Η γέφυρα άνοιξε ξανά."), (P, "Φωτογραφία: ΑΠΕ / Γιώργος Παππάς")]),
]

#: Near misses: one paragraph each.
NEAR_MISSES = [
    "Source: AstraZeneca",
    "Quelle: BioNTech und Pfizer",
    "Источник: ТАСС",
    "The author J.K.Rowling spoke.",
    "Президент В.В.Путин выступил.",
    "В 2020 г. в Москве прошли выборы.",
    "The meeting in Washington D.C. lasted two hours.",
    "Le ministre a dit : «Nous verrons.» Puis il est parti.",
    "Der Minister sagte: „Wir sehen weiter.“ Dann ging er.",
    'He called it "a good day" and left the room.',
    "Он назвал это «хорошим днём» и ушёл.",
    "Er nannte es „einen guten Tag“ und ging.",
    "The senator, known as 'the Hawk', voted against the bill.",
    "The rate rose to 3.5% in March and to 4.1% in April.",
    "The UK's Foreign Office said the talks were over.",
]


ROWS = rows(
    {
        "abbreviations": ABBREVIATIONS,
        "opening_quotes": OPENING_QUOTES,
        "links": LINKS,
        "credits": CREDITS,
        "credits_glued": CREDITS_GLUED,
        "lists": LISTS,
    }
)


@pytest.mark.parametrize("row", ROWS, ids=[r[0] for r in ROWS])
def test_blocks(row: tuple[str, Blocks]) -> None:
    assert_blocks(row[1])


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_near_misses_stay_whole(text: str) -> None:
    assert_whole(text)
