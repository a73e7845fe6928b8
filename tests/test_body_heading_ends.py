"""Where a subhead glued to the next paragraph ends: a heading in capitals, one in sentence
case ending in an acronym, a dash clause, a quote or a bracket, or before an elided article
or a quote (docs/body.md, rule 4).

The sentences are ours, in the shapes agency pages print, in several languages and
scripts per shape, with near misses; the tables' form and checks: ``tests/body_tables.py``.
"""

from __future__ import annotations

import pytest
from body_tables import Blocks, P, Rows, S, assert_blocks, assert_whole, rows

#: A heading in capitals, glued both sides, in every cased script.
CAPS_HEADINGS: Rows = [
    (
        "fr",
        [
            (P, "a déclaré le ministre."),
            (S, "NOUVELLES SANCTIONS"),
            (P, "La Commission prépare un texte."),
        ],
    ),
    ("tr", [(P, "Bakan böyle dedi."), (S, "YENİ SEÇİM TARİHİ"), (P, "Parti yönetimi toplandı.")]),
    (
        "sr",
        [
            (P, "Tako je rekao ministar."),
            (S, "NOVI IZBORI U JUNU"),
            (P, "Predsednik je potpisao odluku."),
        ],
    ),
    ("ru", [(P, "Так заявил министр."), (S, "НОВЫЕ САНКЦИИ"), (P, "Комиссия готовит документ.")]),
    (
        "hy",
        [
            (P, "Այսպես ասաց նախարարը։"),
            (S, "ՆՈՐ ՊԱՏԺԱՄԻՋՈՑՆԵՐ"),
            (P, "Հանձնաժողովը պատրաստում է փաստաթուղթ։"),
        ],
    ),
    (
        "ro",
        [
            (P, "A spus ministrul."),
            (S, "ALEGERI ANTICIPATE ÎN IUNIE"),
            (P, "Președintele a semnat decretul."),
        ],
    ),
    (
        "pl-both",
        [
            (P, "Minister zabrał głos."),
            (S, "NOWE ZASADY DLA SZKÓŁ"),
            (P, "Rząd przyjął projekt ustawy."),
        ],
    ),
    (
        "cs",
        [(P, "Řekl to ministr."), (S, "NOVÁ PRAVIDLA PRO ŠKOLY"), (P, "Vláda schválila návrh.")],
    ),
    (
        "el2",
        [
            (P, "Αυτό δήλωσε ο υπουργός στη Βουλή."),
            (S, "ΝΕΕΣ ΚΥΡΩΣΕΙΣ"),
            (P, "Η Επιτροπή ετοιμάζει κείμενο και η Αθήνα περιμένει."),
        ],
    ),
    (
        "hy2",
        [
            (P, "Այսպես ասաց նախարարը։"),
            (S, "ՆՈՐ ԿԱՆՈՆՆԵՐ"),
            (P, "Կառավարությունը հաստատեց նախագիծը։"),
        ],
    ),
    (
        "tr2",
        [
            (P, "Toplantı sona erdi."),
            (S, "İKİ ÜLKE ANLAŞTI"),
            (P, "Dışişleri Bakanı açıklama yaptı."),
        ],
    ),
    (
        "tr-dotless",
        [
            (P, "Toplantı sona erdi."),
            (S, "KIŞ ÖNLEMLERİ AÇIKLANDI"),
            (P, "İstanbul'da okullar tatil edildi."),
        ],
    ),
    (
        "de",
        [
            (P, "Das sagte der Kanzler."),
            (S, "NEUE REGELN AB JULI"),
            (P, "Die Länder müssen zustimmen."),
        ],
    ),
    ("uk", [(P, "Так заявив міністр."), (S, "НОВІ ПРАВИЛА"), (P, "Уряд схвалив проєкт.")]),
    (
        "sr-cyrl",
        [
            (P, "Тако је рекао министар."),
            (S, "НОВИ ИЗБОРИ У ЈУНУ"),
            (P, "Председник је потписао одлуку."),
        ],
    ),
    (
        "es-q",
        [
            (P, "El plazo vence el lunes."),
            (S, "¿QUÉ PASARÁ AHORA?"),
            (P, "El ministerio no respondió."),
        ],
    ),
]

#: A heading in sentence or title case, glued both sides.
SENTENCE_CASE_HEADINGS: Rows = [
    (
        "en-dash",
        [
            (P, "Talks ended late."),
            (S, "Ceasefire holds in the north - Statement"),
            (P, "The army said no shots were fired."),
        ],
    ),
    (
        "fr-elided",
        [
            (P, "Le sommet est terminé."),
            (S, "Une réponse commune"),
            (P, "L’Autriche a proposé un compromis."),
        ],
    ),
    (
        "fr-dapres",
        [
            (P, "Le sommet est terminé."),
            (S, "Une réponse commune"),
            (P, "D’après le ministre, rien ne change."),
        ],
    ),
    (
        "de-quote",
        [
            (P, "Die Debatte ist beendet."),
            (S, "Kritik aus der Opposition"),
            (P, "„Wir lehnen das ab“, sagte die Sprecherin."),
        ],
    ),
    (
        "fr-guill",
        [
            (P, "Le débat est clos."),
            (S, "Critiques de l'opposition"),
            (P, "«Nous refusons ce texte», a dit la porte-parole."),
        ],
    ),
    (
        "ru-guill",
        [
            (P, "Дебаты закончились."),
            (S, "Критика оппозиции"),
            (P, "«Мы против», сказала представитель партии."),
        ],
    ),
    (
        "en-closingq",
        [
            (P, "The vote was close."),
            (S, "Minister says 'no delay'"),
            (P, "The bill passed on Tuesday."),
        ],
    ),
    (
        "de-acr2",
        [
            (P, "Die Zahlen wurden vorgelegt und die Kritik war laut."),
            (S, "Neue Prognose der OECD"),
            (P, "Die Regierung reagierte zurückhaltend."),
        ],
    ),
    (
        "fr-acr2",
        [
            (P, "Le rapport est paru et le débat a repris."),
            (S, "Les chiffres de l'ONU"),
            (P, "Le gouvernement a réagi."),
        ],
    ),
    (
        "es-acr",
        [
            (P, "El informe salió y el debate siguió."),
            (S, "Las cifras de la OTAN"),
            (P, "El Gobierno respondió ayer."),
        ],
    ),
    (
        "it-elided",
        [
            (P, "Il vertice si è chiuso."),
            (S, "Una risposta comune"),
            (P, "L’Austria ha proposto un compromesso."),
        ],
    ),
    (
        "pl-quote",
        [
            (P, "Debata dobiegła końca."),
            (S, "Krytyka opozycji"),
            (P, "„Jesteśmy przeciw” – powiedziała rzeczniczka."),
        ],
    ),
    (
        "ro-quote",
        [
            (P, "Dezbaterea s-a încheiat."),
            (S, "Critici din partea opoziției"),
            (P, "”Suntem împotrivă”, a spus purtătoarea de cuvânt."),
        ],
    ),
    (
        "el-guill",
        [
            (P, "Η συζήτηση έληξε."),
            (S, "Κριτική από την αντιπολίτευση"),
            (P, "«Είμαστε αντίθετοι», είπε η εκπρόσωπος."),
        ],
    ),
    (
        "en-sq",
        [
            (P, "The vote was close and the hall was full."),
            (S, "Minister says 'no delay'"),
            (P, "The bill passed on Tuesday."),
        ],
    ),
    (
        "en-dq",
        [
            (P, "The vote was close and the hall was full."),
            (S, 'Minister says "no delay"'),
            (P, "The bill passed on Tuesday."),
        ],
    ),
    (
        "fr-guill-close",
        [
            (P, "Le vote a été serré."),
            (S, "Le ministre promet «aucun retard»"),
            (P, "Le texte a été adopté mardi."),
        ],
    ),
    (
        "en-name",
        [
            (P, "The summit ended on Friday and the leaders left."),
            (S, "Sanctions stay"),
            (P, "Macron said the measures would remain in place."),
        ],
    ),
    (
        "en-name-2w",
        [
            (P, "The summit ended on Friday and the leaders left."),
            (S, "New sanctions"),
            (P, "Macron said the measures would remain in place."),
        ],
    ),
    (
        "de-name",
        [
            (P, "Der Gipfel endete am Freitag und die Gäste reisten ab."),
            (S, "Sanktionen bleiben"),
            (P, "Scholz sagte, die Maßnahmen blieben bestehen."),
        ],
    ),
    (
        "fr-name",
        [
            (P, "Le sommet a pris fin et les dirigeants sont partis."),
            (S, "Les sanctions restent"),
            (P, "Macron a dit que les mesures resteraient en place."),
        ],
    ),
    (
        "ru-name",
        [
            (P, "Саммит завершился, и лидеры уехали."),
            (S, "Санкции остаются"),
            (P, "Песков заявил, что меры сохранятся."),
        ],
    ),
    (
        "tr-name",
        [
            (P, "Zirve sona erdi ve liderler ayrıldı."),
            (S, "Yaptırımlar sürüyor"),
            (P, "Erdoğan, önlemlerin süreceğini söyledi."),
        ],
    ),
    (
        "el-name",
        [
            (P, "Η σύνοδος έληξε και οι ηγέτες έφυγαν."),
            (S, "Οι κυρώσεις μένουν"),
            (P, "Ο Μητσοτάκης είπε ότι τα μέτρα μένουν."),
        ],
    ),
    (
        "en-article",
        [
            (P, "The summit ended on Friday."),
            (S, "Record turnout in the north"),
            (P, "The commission said most voters took part."),
        ],
    ),
    (
        "es-article",
        [
            (P, "La cumbre terminó el viernes."),
            (S, "Participación récord en el norte"),
            (P, "La comisión dijo que votó la mayoría."),
        ],
    ),
    (
        "it-article",
        [
            (P, "Il vertice si è chiuso venerdì."),
            (S, "Affluenza record al nord"),
            (P, "La commissione ha detto che ha votato la maggioranza."),
        ],
    ),
    (
        "pl-article",
        [
            (P, "Szczyt zakończył się w piątek."),
            (S, "Rekordowa frekwencja na północy"),
            (P, "Komisja podała, że głosowała większość."),
        ],
    ),
    (
        "pt-article",
        [
            (P, "A cúpula terminou na sexta-feira."),
            (S, "Participação recorde no norte"),
            (P, "A comissão disse que a maioria votou."),
        ],
    ),
    (
        "ro",
        [
            (P, "Summitul s-a încheiat vineri."),
            (S, "Prezență record în nord"),
            (P, "Comisia a spus că majoritatea a votat."),
        ],
    ),
    (
        "cs",
        [
            (P, "Summit skončil v pátek."),
            (S, "Rekordní účast na severu"),
            (P, "Komise uvedla, že volila většina lidí."),
        ],
    ),
    (
        "sr-latn",
        [
            (P, "Samit je završen u petak."),
            (S, "Rekordna izlaznost na severu"),
            (P, "Komisija je saopštila da je glasala većina."),
        ],
    ),
    (
        "hy",
        [
            (P, "Գագաթնաժողովն ավարտվեց ուրբաթ։"),
            (S, "Ռեկորդային մասնակցություն"),
            (P, "Հանձնաժողովը հայտնեց, որ քվեարկել է մեծամասնությունը։"),
        ],
    ),
    (
        "en-colon-head",
        [
            (P, "The summit ended on Friday."),
            (S, "Ukraine: talks to resume in Geneva"),
            (P, "The foreign ministry confirmed the date."),
        ],
    ),
    (
        "en-num-end",
        [
            (P, "The summit ended on Friday."),
            (S, "Budget for 2025"),
            (P, "The government will present the plan."),
        ],
    ),
    (
        "de-num-end",
        [
            (P, "Der Gipfel endete am Freitag."),
            (S, "Haushalt für 2025"),
            (P, "Die Regierung legt den Plan vor."),
        ],
    ),
    (
        "ru-num-end",
        [
            (P, "Саммит завершился."),
            (S, "Бюджет на 2025 год"),
            (P, "Правительство представит план."),
        ],
    ),
    (
        "two-heads",
        [
            (P, "The summit ended."),
            (S, "Talks in Geneva"),
            (P, "The envoys met twice."),
            (S, "Next steps for the region"),
            (P, "The next round is in May."),
        ],
    ),
    ("first", [(S, "Key facts about the vote"), (P, "The vote takes place on Sunday.")]),
]

#: A heading in capitals glued to a one-letter word before a lower-case one (the text
#: writes the letter capitalised on its own elsewhere), or to an elided article.
CAPS_BEFORE_SHORT_WORDS: Rows = [
    (
        "el",
        [
            (P, "Η κυβέρνηση αποφάσισε."),
            (S, "ΝΕΑ ΜΕΤΡΑ ΓΙΑ ΤΗΝ ΕΝΕΡΓΕΙΑ"),
            (P, "Ο υπουργός μίλησε. Ο πρωθυπουργός απάντησε."),
        ],
    ),
    (
        "ru",
        [
            (P, "Правительство решило."),
            (S, "НОВЫЕ МЕРЫ ПОДДЕРЖКИ"),
            (P, "В Москве прошло совещание. В нём участвовали губернаторы."),
        ],
    ),
    (
        "pl",
        [
            (P, "Rząd zdecydował."),
            (S, "NOWE ŚRODKI WSPARCIA"),
            (P, "W sobotę odbyło się spotkanie. W nim wzięli udział wojewodowie."),
        ],
    ),
    (
        "cs",
        [
            (P, "Vláda rozhodla."),
            (S, "NOVÁ OPATŘENÍ PRO RODINY"),
            (P, "V pondělí se konala schůzka. V ní se jednalo o penězích."),
        ],
    ),
    (
        "fr-elided",
        [
            (P, "Le vote a eu lieu dimanche et l'opposition a reconnu sa défaite."),
            (S, "RÉACTIONS À L'ÉTRANGER"),
            (P, "L'Allemagne a salué le résultat."),
        ],
    ),
    (
        "it-elided",
        [
            (P, "Il voto si è tenuto domenica e l’opposizione ha perso."),
            (S, "LE REAZIONI ALL’ESTERO"),
            (P, "L’Austria ha accolto il risultato."),
        ],
    ),
    (
        "ca-elided",
        [
            (P, "La votació va ser diumenge i l'oposició va perdre."),
            (S, "REACCIONS A FORA"),
            (P, "L'Ajuntament ha celebrat el resultat."),
        ],
    ),
]

#: A heading of fewer than four words ending in brackets, before a word the body also
#: writes in lower case.
BRACKETS: Rows = [
    (
        "de",
        [
            (P, "Die Bank legte Zahlen vor."),
            (S, "Der Umsatz steigt (Grafik)"),
            (P, "Die Bank senkte die Prognose, sagte die Chefin."),
        ],
    ),
    (
        "ru",
        [
            (P, "Банк опубликовал данные."),
            (S, "Рост замедлился (график)"),
            (P, "В банке снизили прогноз, сказали в банке."),
        ],
    ),
    (
        "fr",
        [
            (P, "La banque a publié ses chiffres."),
            (S, "La croissance ralentit (graphique)"),
            (P, "La banque a baissé la prévision de la croissance."),
        ],
    ),
    (
        "en",
        [
            (P, "The bank published its figures."),
            (S, "Growth slows (chart)"),
            (P, "The bank cut the forecast for the year."),
        ],
    ),
]

#: Near misses: one paragraph each.
NEAR_MISSES = [
    "THE USA is a big country, and a small one.",
    "NEW YORK (AP) — NASA is planning a launch. A spokesman said so.",
    "ЗАЯВЛЕНИЕ ПРЕЗИДЕНТА США в Москве. А США ответили.",
    "C'EST AUJOURD'HUI LA FÊTE DU VILLAGE et d'autres.",
    "NOUS IRONS À L'ÉCOLE. Le maire l'a dit.",
    "The report by the OECD found growth slowed in the third quarter.",
    "Officials from the EU and the UN met in Geneva on Monday.",
    "Der Sprecher der CDU und der Chef der SPD trafen sich am Montag.",
    "Представители ООН и МАГАТЭ встретились в понедельник в Вене.",
    "Οι εκπρόσωποι του ΟΗΕ και της ΕΕ συναντήθηκαν στη Γενεύη.",
    "Temsilciler BM ve NATO toplantısında bir araya geldi.",
    "Senator McConnell met MacLeod in the hall.",
    "The McLaren driver and the MacBook maker spoke at the event.",
    "The new iPhone and the eBay listing were shown.",
    "The company said its new PlayStation would ship in the spring.",
    "He met with LeBron James and DeShawn Smith at the NBA event.",
    "The ministry (MoD)Officials said it.",
    "He cited figures from the ministry (MoD) and the army.",
    "Vláda ČR a ministerstvo MZV jednaly v pondělí o rozpočtu.",
    "Bakanlık, TBMM'de yapılan oturumda açıklama yaptı.",
    "The firm DeepMind and the startup OpenAI signed a deal with the government.",
]


ROWS = rows(
    {
        "caps_headings": CAPS_HEADINGS,
        "sentence_case_headings": SENTENCE_CASE_HEADINGS,
        "brackets": BRACKETS,
        "caps_before_short_words": CAPS_BEFORE_SHORT_WORDS,
    }
)


@pytest.mark.parametrize("row", ROWS, ids=[r[0] for r in ROWS])
def test_blocks(row: tuple[str, Blocks]) -> None:
    assert_blocks(row[1])


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_near_misses_stay_whole(text: str) -> None:
    assert_whole(text)
