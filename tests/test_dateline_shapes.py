"""The general dateline grammar, shape by shape: each in several languages, and a near miss.

Every opening here is written for these tests in the shape agencies and papers print; none is
copied from a story.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wirefmt import parse_dateline
from wirefmt.fields.datelines import WINDOW, _any_month_grammar, _may_match

# shape, text, place, agency, month, day, year, the story's first words
SHAPES = [
    # no dash after the agency: the story follows a space
    ("bare", "Hamburg (AFP) Die Reederei teilte mit.", "Hamburg", "AFP", None, None, None, "Die"),
    ("bare", "SPRINGFIELD, Ill. (AP) Officials said so.", "SPRINGFIELD, Ill.", "AP", None, None,
     None, "Officials"),
    ("bare", "Genf (ats) Der Bundesrat hat entschieden.", "Genf", "ats", None, None, None, "Der"),
    # two agencies' codes in small letters joined by a space (a partner credited)
    ("bare", "Lausanne (ats afp) Le Conseil a tranché.", "Lausanne", "ats afp", None, None, None,
     "Le"),
    ("bare", "Bern (sda apa) Der Nationalrat hat entschieden.", "Bern", "sda apa", None, None,
     None, "Der"),
    ("bare", "Roma (ats ansa) Il governo ha deciso.", "Roma", "ats ansa", None, None, None, "Il"),
    ("bare", "Bogotá, 19 jul (PL) El ministro renunció.", "Bogotá", "PL", 7, 19, None, "El"),
    # a bare agency between the date and a dash: an acronym, or a house style's name
    ("bare_after_date", "SEOUL, Nov 26 AFP - The ministry said so.", "SEOUL", "AFP", 11, 26,
     None, "The"),
    ("bare_after_date", "МОСКВА, 3 марта ТАСС - Власти сообщили.", "МОСКВА", "ТАСС", 3, 3,
     None, "Власти"),
    ("bare_after_date", "BERLIN, 3. März DPA - Die Regierung tagte.", "BERLIN", "DPA", 3, 3,
     None, "Die"),
    ("bare_after_date", "TOKYO, Feb. 14 Kyodo - The cabinet met.", "TOKYO", "Kyodo", 2, 14,
     None, "The"),
    # no date: the agency between slashes after the place, then a colon or a dash
    ("slash", "København /ritzau/: Regeringen har besluttet.", "København", "ritzau", None,
     None, None, "Regeringen"),
    ("slash", "Schwerin /dpa/ - Die Landesregierung hat beschlossen.", "Schwerin", "dpa", None,
     None, None, "Die"),
    ("slash", "Kyiv /Ukrinform/ - The army said so.", "Kyiv", "Ukrinform", None, None, None,
     "The"),
    # a colon, with or without a space
    ("colon", "Karachi, May 2 (APP): The cabinet met.", "Karachi", "APP", 5, 2, None, "The"),
    ("colon", "Lahore, June 3 (APP):The minister spoke.", "Lahore", "APP", 6, 3, None, "The"),
    ("colon", "Penang (Bernama): Police detained two men.", "Penang", "Bernama", None, None, None,
     "Police"),
    ("colon", "Lyon, 3 mars (AFP): Le maire a parlé.", "Lyon", "AFP", 3, 3, None, "Le"),
    ("colon", "Казань, 3 марта (ТАСС): Власти сообщили.", "Казань", "ТАСС", 3, 3, None, "Власти"),
    # a region or country in brackets
    ("region", "Chennai [India], June 3 (ANI): The state said.", "Chennai [India]", "ANI", 6, 3,
     None, "The"),
    ("region", "Lisbona (Portogallo), 3 giu. (LaPresse) – Il governo ha deciso.",
     "Lisbona (Portogallo)", "LaPresse", 6, 3, None, "Il"),
    ("region", "ДАМАСК (Сирия), 3 мар — РИА Новости. Власти заявили.", "ДАМАСК (Сирия)",
     "РИА Новости", 3, 3, None, "Власти"),
    ("region", "Weinheim (Rhein-Neckar-Kreis) (ots) - Am Montag kam es zu einem Unfall.",
     "Weinheim (Rhein-Neckar-Kreis)", "ots", None, None, None, "Am"),
    ("region", "Agadez (Niger) (AFP) – Les habitants ont fui.", "Agadez (Niger)", "AFP", None,
     None, None, "Les"),
    # a weekday before the date
    ("weekday", "GAZA, Monday, March 3, 2021 (WAFA) – Rain fell.", "GAZA", "WAFA", 3, 3, 2021,
     "Rain"),
    ("weekday", "Madrid, lunes, 3 de mayo (EFE).- El Congreso votó.", "Madrid", "EFE", 5, 3, None,
     "El"),
    ("weekday", "Kraków, wtorek, 4 maja (PAP) - Rada miasta zdecydowała.", "Kraków", "PAP", 5, 4,
     None, "Rada"),
    # the agency first, a place with or without a date
    ("agency first", "(ANSA) - MILANO - Il sindaco ha detto.", "MILANO", "ANSA", None, None,
     None, "Il"),
    ("agency first", "(AGI) - Torino - La giunta ha deciso.", "Torino", "AGI", None, None, None,
     "La"),
    ("agency first", "(EFE) - Quito, 3 may - El Gobierno anunció.", "Quito", "EFE", 5, 3, None,
     "El"),
    ("agency first", "(CNN) The president said so.", None, "CNN", None, None, None, "The"),
    ("agency first", "/КРОСС/ Българският премиер заяви.", None, "КРОСС", None, None, None,
     "Българският"),
    ("agency first", "agenzianova.com - Il presidente ha detto.", None, "agenzianova.com", None,
     None, None, "Il"),
    ("agency first", "KOMPAS.COM, SURABAYA -- Pemerintah kota mengumumkan.", "SURABAYA",
     "KOMPAS.COM", None, None, None, "Pemerintah"),
    # a place in brackets with no dash (La Presse): a word in small letters is the place
    ("agency first", "(Montréal) Le gouvernement a annoncé.", "Montréal", None, None, None, None,
     "Le"),
    ("agency first", "(Bloomberg) -- Stocks rose on Monday.", None, "Bloomberg", None, None, None,
     "Stocks"),
    ("agency first", "(Adnkronos) - Il governo ha deciso.", None, "Adnkronos", None, None, None,
     "Il"),
    # the date first
    ("date first", "05.03.2021, Kraków (PAP) – Rząd ogłosił plan.", "Kraków", "PAP", 3, 5, 2021,
     "Rząd"),
    ("date first", "14 мая, Гомель /Корр. БЕЛТА/. Жители собрались.", "Гомель", "БЕЛТА", 5, 14,
     None, "Жители"),
    ("date first", "3 mars, Lyon (AFP) - Le maire a parlé.", "Lyon", "AFP", 3, 3, None, "Le"),
    # the agency after a comma, before a full stop
    ("comma agency", "ЕКАТЕРИНБУРГ, 12 марта, ИА Регион. Власти города сообщили.",
     "ЕКАТЕРИНБУРГ", "ИА Регион", 3, 12, None, "Власти"),
    ("comma agency", "Tbilisi, 3 March, Trend. The parliament voted.", "Tbilisi", "Trend", 3, 3,
     None, "The"),
    ("comma agency", "Երևան, 3 մարտի, ԱՐՄԵՆՊՐԵՍ. Կառավարությունը հայտարարեց.", "Երևան",
     "ԱՐՄԵՆՊՐԵՍ", 3, 3, None, "Կառավարությունը"),
    # no place
    ("no place", "Feb 3 (Reuters) - Oil prices rose.", None, "Reuters", 2, 3, None, "Oil"),
    ("no place", "Nov. 9 (UPI) -- A federal judge ruled.", None, "UPI", 11, 9, None, "A"),
    ("no place", "3 févr. (AFP) - Le pétrole a monté.", None, "AFP", 2, 3, None, "Le"),
    ("colon", "BAKU, March 3. Trend: The president signed.", "BAKU", "Trend", 3, 3, None, "The"),
    # the date in more orders and forms
    ("date", "Budapest, 2024. március 3. (MTI) - A kormány döntött.", "Budapest", "MTI", 3, 3,
     2024, "A"),
    ("date", "ABU DHABI, 3rd March, 2024 (WAM) -- The council met.", "ABU DHABI", "WAM", 3, 3,
     2024, "The"),
    ("date", "Київ, 3 березня 2024, 10:15 - Уряд ухвалив рішення.", "Київ", None, 3, 3, 2024,
     "Уряд"),
    ("date", "ROMA, 3 MAR - (ANSA) - Il governo ha deciso.", "ROMA", "ANSA", 3, 3, None, "Il"),
    # the agency after the date's full stop
    ("full stop", "АСТАНА, 3 марта. КАЗИНФОРМ - Президент подписал.", "АСТАНА", "КАЗИНФОРМ", 3,
     3, None, "Президент"),
    ("full stop", "LVIV. 3 March. UNIAN. The mayor said.", "LVIV", "UNIAN", 3, 3, None, "The"),
    ("full stop", "PARIS, 3 mai. AFP - Le maire a parlé.", "PARIS", "AFP", 5, 3, None, "Le"),
    ("dash agency", "МОСКВА, 3 марта — РИА Новости, Иван Петров. Президент подписал.", "МОСКВА",
     "РИА Новости", 3, 3, None, "Президент"),
    # agencies of any name: several words, domains, small letters, two agencies
    ("open agency", "Surabaya (Antara Jatim) - Pemerintah kota mengumumkan.", "Surabaya",
     "Antara Jatim", None, None, None, "Pemerintah"),
    ("open agency", "TORONTO (marketwire.com) - Acme Mining announced.", "TORONTO",
     "marketwire.com", None, None, None, "Acme"),
    ("open agency", "DENVER (Metro Wire Service) - The council met.", "DENVER",
     "Metro Wire Service", None, None, None, "The"),
    ("open agency", "Genève (Keystone-ATS) - Le Conseil fédéral a décidé.", "Genève",
     "Keystone-ATS", None, None, None, "Le"),
    ("open agency", "Ha Noi (VNA) - The government said.", "Ha Noi", "VNA", None, None, None,
     "The"),
    ("open agency", "Ho Chi Minh City (VNA) – The city said.", "Ho Chi Minh City", "VNA", None,
     None, None, "The"),
    ("open agency", "Bremen (dpa/AFP) - Die Polizei ermittelt.", "Bremen", "dpa/AFP", None, None,
     None, "Die"),
    ("open agency", "Roma, 3 mar (askanews) – Il governo decide.", "Roma", "askanews", 3, 3, None,
     "Il"),
    ("open agency", "Dresden (dts Nachrichtenagentur) – Die Polizei ermittelt.", "Dresden",
     "dts Nachrichtenagentur", None, None, None, "Die"),
    # ".-" and ".–" after the agency
    ("dot dash", "Bogotá, 7 oct (EFE).- La ministra anunció.", "Bogotá", "EFE", 10, 7, None,
     "La"),
    ("dot dash", "Lima, 7 oct (Andina).– El presidente viajó.", "Lima", "Andina", 10, 7, None,
     "El"),
    ("dot dash", "Maputo, 7 out (Lusa).- O Governo anunciou.", "Maputo", "Lusa", 10, 7, None, "O"),
    # a line break right after the dateline
    ("line break", "Oslo (NTB)\nRegjeringen la fram budsjettet.", "Oslo", "NTB", None, None, None,
     "Regjeringen"),
    ("line break", "Sevilla, 12 (EUROPA PRESS)\n\nLa Junta aprobó.", "Sevilla", "EUROPA PRESS",
     None, 12, None, "La"),
    ("line break", "Baku, 3 May /Trend, A. Aliyev/\n\nThe minister said.", "Baku", "Trend", 5, 3,
     None, "The"),
    ("comma agency", "КАЗАНЬ, 3 марта, «Татар-информ». Президент республики выступил.", "КАЗАНЬ",
     "Татар-информ", 3, 3, None, "Президент"),
    ("comma agency", "JAKARTA, KOMPAS.com - Presiden mengumumkan.", "JAKARTA", "KOMPAS.com", None,
     None, None, "Presiden"),
    ("comma agency", "Surabaya, detikNews.com - Pemerintah kota mengumumkan.", "Surabaya",
     "detikNews.com", None, None, None, "Pemerintah"),
    # particles in places, and places hard to spell
    ("place", "Mülheim an der Ruhr (dpa/lnw) - Die Polizei ermittelt.", "Mülheim an der Ruhr",
     "dpa/lnw", None, None, None, "Die"),
    ("place", "Castellón de la Plana, 3 mar (EFE).- El alcalde habló.", "Castellón de la Plana",
     "EFE", 3, 3, None, "El"),
    ("place", "L'Aquila, 3 mar (ANSA) - Il sindaco ha parlato.", "L'Aquila", "ANSA", 3, 3, None,
     "Il"),
    ("place", "Port-au-Prince (AFP) - Le gouvernement a annoncé.", "Port-au-Prince", "AFP", None,
     None, None, "Le"),
    ("date", "Vilnius, kovo 3 d. (ELTA) - Vyriausybė nusprendė.", "Vilnius", "ELTA", 3, 3, None,
     "Vyriausybė"),
    # the agency between bars
    ("bars", "Lagos | AFP | The governor said.", "Lagos", "AFP", None, None, None, "The"),
    ("bars", "Quito, Ecuador | EFE | El Gobierno anunció.", "Quito, Ecuador", "EFE", None, None,
     None, "El"),
    ("bars", "BUSAN | Xinhua | The port reopened.", "BUSAN", "Xinhua", None, None, None, "The"),
    # a syndicator's credit before the dateline
    ("credit", "( SYNDIC - Oman News Agency (ONA)) MUSCAT, May 2 (ONA) -- The cabinet met.",
     "MUSCAT", "ONA", 5, 2, None, "The"),
    # no agency: a newspaper's dateline
    ("no agency", "WASHINGTON — The Senate voted.", "WASHINGTON", None, None, None, None, "The"),
    ("no agency", "MUMBAI, SEP 14: The central bank said.", "MUMBAI", None, 9, 14, None, "The"),
    ("no agency", "PARIS-The company said on Tuesday.", "PARIS", None, None, None, None, "The"),
    ("no agency", "CIUDAD DE MÉXICO.- El Gobierno anunció.", "CIUDAD DE MÉXICO", None, None, None,
     None, "El"),
    ("no agency", "Bogotá.- El Gobierno anunció.", "Bogotá", None, None, None, None, "El"),
    ("no agency", "Brno - Městský soud rozhodl.", "Brno", None, None, None, None, "Městský"),
    ("no agency", "Dakar – Le président a annoncé.", "Dakar", None, None, None, None, "Le"),
    ("no agency", "Washington, DC - The bill passed.", "Washington, DC", None, None, None, None,
     "The"),
    ("no agency", "Damas/ Le Conseil a condamné.", "Damas", None, None, None, None, "Le"),
    ("no agency", "FIRENZE. Il sindaco ha parlato.", "FIRENZE", None, None, None, None, "Il"),
    ("no agency", "Bishkek, 27 May: The president said.", "Bishkek", None, 5, 27, None, "The"),
    ("no agency", "Quito, Ecuador: El Gobierno anunció un plan.", "Quito, Ecuador", None, None,
     None, None, "El"),
    ("no agency", "Duisburg. Die Stadt hat am Montag die Pläne für die neue Seilbahn vorgestellt.",
     "Duisburg", None, None, None, None, "Die"),
    ("no agency", "Tarragona. El Ayuntamiento aprobó ayer el nuevo plan de movilidad del centro.",
     "Tarragona", None, None, None, None, "El"),
    ("no agency", "Bergamo. Il Comune ha presentato oggi il nuovo piano per il traffico in centro.",
     "Bergamo", None, None, None, None, "Il"),
    ("no agency", "POKHARA, March 7 the district office said.", "POKHARA", None, 3, 7, None, "the"),
    ("no agency", "OPORTO - 3/5/2022 - 10:15\nO presidente chegou.", "OPORTO", None, 5, 3, 2022,
     "O"),
    # a place and a date, their full stop, then a story's sentence of ten words or more
    ("dated stop", "Havana, July 13. The minister told reporters on Monday that the talks"
     " would resume next week.", "Havana", None, 7, 13, None, "The"),
    ("dated stop", "Lyon, 3 mars. Le maire a annoncé lundi un nouveau plan pour les transports"
     " de la ville.", "Lyon", None, 3, 3, None, "Le"),
    ("dated stop", "Казань, 3 марта. Власти города объявили в понедельник о новом плане развития"
     " транспорта в центре.", "Казань", None, 3, 3, None, "Власти"),
    ("dated stop", "İZMİR, 3 Mart. Belediye başkanı pazartesi günü kent merkezi için yeni bir"
     " ulaşım planı açıkladı.", "İZMİR", None, 3, 3, None, "Belediye"),
    # a dateline alone on its line, the story on the next
    ("alone", "TBILISI\nThe talks opened on Monday in the capital and will last for three"
     " days.", "TBILISI", None, None, None, None, "The"),
    ("alone", "БИШКЕК\nПрезидент страны не примет участия в саммите, сообщила его пресс-служба"
     " в понедельник.", "БИШКЕК", None, None, None, None, "Президент"),
    ("alone", "ΑΘΗΝΑ\nΗ κυβέρνηση ανακοίνωσε τη Δευτέρα ένα νέο σχέδιο για τις μεταφορές στο"
     " κέντρο της πόλης.", "ΑΘΗΝΑ", None, None, None, None, "Η"),
    ("alone", "MINSK, Belarus, March 3\nBy Jane Roe - Agency:", "MINSK, Belarus", None, 3, 3,
     None, "By"),
    ("alone", "Lisboa, 3 de março\nO Governo aprovou o plano.", "Lisboa", None, 3, 3, None, "O"),
    ("alone", "MINSK, Belarus\nThe talks opened on Monday in the capital and will last three"
     " days.", "MINSK, Belarus", None, None, None, None, "The"),
    # a place in capitals and its region, then the story with no terminator
    ("region, no terminator", "MELBOURNE, Australia A rescue team on Tuesday reached the crew"
     " stranded on a remote island\nfor six weeks.", "MELBOURNE, Australia", None, None, None,
     None, "A"),
    ("region, no terminator", "SYDNEY, New South Wales Police said on Monday that two men had"
     " been charged.", "SYDNEY, New South Wales", None, None, None, None, "Police"),
    ("region, no terminator", "İZMİR, Türkiye Belediye başkanı pazartesi günü yeni bir ulaşım"
     " planı açıkladı ve destek istedi.", "İZMİR, Türkiye", None, None, None, None, "Belediye"),
    ("region, no terminator", "МОСКВА, Россия Власти города объявили в понедельник о новом"
     " плане развития транспорта.", "МОСКВА, Россия", None, None, None, None, "Власти"),
    # a byline first
    ("byline", "By UNI\nCHENNAI: The state government announced.", "CHENNAI", "UNI", None, None,
     None, "The"),
    ("byline", "By Jane Roe\nLONDON — The bank said.", "LONDON", None, None, None, None, "The"),
    # an agency in the place's seat
    ("agency seat", "ТАСС, 3 марта. Власти сообщили.", None, "ТАСС", 3, 3, None, "Власти"),
    ("agency seat", "Tehran, IRNA -- The foreign minister said.", "Tehran", "IRNA", None, None,
     None, "The"),
    # an agency read by its seat and shape, in no table: an acronym in brackets that does not
    # spell the place, two agencies joined, an acronym bare after a place, before a line break
    ("open agency", "Tromsø (NTB) - Regjeringen la fram budsjettet.", "Tromsø", "NTB", None,
     None, None, "Regjeringen"),
    ("open agency", "Lefkoşa (TAK) - Cumhurbaşkanı açıklama yaptı.", "Lefkoşa", "TAK", None,
     None, None, "Cumhurbaşkanı"),
    ("open agency", "Αθήνα (ΑΠΕ-ΜΠΕ) - Η κυβέρνηση ανακοίνωσε.", "Αθήνα", "ΑΠΕ-ΜΠΕ", None,
     None, None, "Η"),
    ("open agency", "Кишинёв (ИНФОТАГ) - Правительство одобрило план.", "Кишинёв", "ИНФОТАГ",
     None, None, None, "Правительство"),
    ("open agency", "Ha Noi (VNA) - The ministry said.", "Ha Noi", "VNA", None, None, None,
     "The"),
    ("bare agency", "Amman, PETRA\nThe cabinet met on Sunday.", "Amman", "PETRA", None, None,
     None, "The"),
    ("bare agency", "Ankara-TRT/ Hükümet yeni planı açıkladı.", "Ankara", "TRT", None, None,
     None, "Hükümet"),
    ("bare agency", "Минск, БЕЛТА\nПравительство утвердило план.", "Минск", "БЕЛТА", None,
     None, None, "Правительство"),
    ("bare agency", "عمان-بترا\nأعلن رئيس الوزراء", "عمان", "بترا", None, None, None, "أعلن"),
    ("agency seat", "Kuwait, KUNA -- The cabinet met.", "Kuwait", "KUNA", None, None, None,
     "The"),
    ("agency seat", "Тегеран, ИРНА -- Министр заявил о переговорах.", "Тегеран", "ИРНА", None,
     None, None, "Министр"),
    ("agency seat", "Teherán, IRNA - El ministro habló ayer.", "Teherán", "IRNA", None, None,
     None, "El"),
    ("region seat", "Sydney, NSW - The premier said the state would reopen its borders.",
     "Sydney, NSW", None, None, None, None, "The"),
    # Chinese, Japanese, Korean
    ("cjk", "本报上海3月5日电 记者王芳报道：市政府今天宣布", "上海", "本报", 3, 5, None, "市政府"),
    ("cjk", "巴黎，5月2日（法新社）– 法国总统今天表示", "巴黎", "法新社", 5, 2, None, "法国总统"),
    ("cjk", "中新网4月9日电 国家统计局今天发布", None, "中新网", 4, 9, None, "国家统计局"),
    ("cjk", "【6月18日 AFP】ナイジェリア北東部で", None, "AFP", 6, 18, None, "ナイジェリア"),
    ("cjk", "(서울=연합뉴스) 정부는 오늘 발표했다.", "서울", "연합뉴스", None, None, None,
     "정부는"),
    ("cjk", "(부산=연합뉴스) 김철수 기자 = 시는 오늘 발표했다.", "부산", "연합뉴스", None, None,
     None, "시는"),
    ("cjk", "中央社記者王小明台北3日電 行政院今天宣布", "台北", "中央社", None, 3, None, "行政院"),
    # Arabic: the date and agency after the place
    ("arabic", "دمشق، 5 أيار (سانا) - أعلنت وزارة الصحة", "دمشق", "سانا", 5, 5, None, "أعلنت"),
    # the Levant's two-word names, the Maghreb's, the shared table's (Egypt, the Gulf)
    ("arabic", "بيروت، 3 كانون الثاني (وطنية) - أعلنت الوزارة", "بيروت", "وطنية", 1, 3, None,
     "أعلنت"),
    ("arabic", "عمان، 4 تشرين الأول 2023 (بترا) - أعلن الوزير", "عمان", "بترا", 10, 4, 2023,
     "أعلن"),
    ("arabic", "الجزائر، 12 جويلية (واج) - أعلنت الحكومة", "الجزائر", "واج", 7, 12, None,
     "أعلنت"),
    ("arabic", "القاهرة، 9 مايو (أ ش أ) - أعلنت الحكومة", "القاهرة", "أ ش أ", 5, 9, None, "أعلنت"),
    # a word in the month's seat that is no month: the day is read, the month is not
    ("arabic", "دمشق، 5 أمس (سانا) - أعلنت وزارة الصحة", "دمشق", "سانا", None, 5, None, "أعلنت"),
    ("arabic", "القاهرة /أ ش أ/ - أعلنت الحكومة", "القاهرة", "أ ش أ", None, None, None, "أعلنت"),
    ("arabic", "الرياض (واس) - أعلن المتحدث", "الرياض", "واس", None, None, None, "أعلن"),
    ("arabic", "القاهرة - أ ش أ\nأعلنت الحكومة", "القاهرة", "أ ش أ", None, None, None, "أعلنت"),
    ("arabic", "الرياض-واس\nأعلن المتحدث", "الرياض", "واس", None, None, None, "أعلن"),
    # a bare agency between two dashes, before a story's sentence (Persian, Arabic, Urdu)
    ("arabic dashes", "تهران- ایرنا- دولت روز دوشنبه برنامه تازه ای را اعلام کرد.", "تهران",
     "ایرنا", None, None, None, "دولت"),
    ("arabic dashes", "مشهد - ایسنا - شورای شهر بودجه سال آینده را تصویب کرد.", "مشهد", "ایسنا",
     None, None, None, "شورای"),
    ("arabic dashes", "بغداد- واع- أعلنت وزارة الصحة اليوم عن خطة جديدة للمستشفيات.", "بغداد",
     "واع", None, None, None, "أعلنت"),
    ("arabic dashes", "لاہور- نمائندہ- صوبائی حکومت نے نئے منصوبے کا اعلان کر دیا ہے۔", "لاہور",
     "نمائندہ", None, None, None, "صوبائی"),
    # a date in digits; a bare agency after a dated one; slashes closed by a space after a date
    ("arabic digits", "رام الله 3-3-2024 وفا- أعلنت الحكومة خطة جديدة.", "رام الله", "وفا", 3,
     3, 2024, "أعلنت"),
    ("arabic digits", "الكويت - 3 - 3 (كونا) -- أعلنت الحكومة خطة جديدة.", "الكويت", "كونا", 3,
     3, None, "أعلنت"),
    ("arabic digits", "عمان 12/5/2023 (بترا)- قررت الحكومة تمديد العمل.", "عمان", "بترا", 5, 12,
     2023, "قررت"),
    ("arabic slash space", "الدوحة في 03 مارس /قنا/ أعلنت الحكومة خطة جديدة.", "الدوحة", "قنا",
     3, 3, None, "أعلنت"),
    # the weekday after the date, before a bracketed agency
    ("weekday after", "Budapest, 2024. március 3., vasárnap (MTI) - A kormány döntött.",
     "Budapest", "MTI", 3, 3, 2024, "A kormány"),
    ("weekday after", "Debrecen, 2023. május 8., hétfő (MTI) - A város új parkot nyit.",
     "Debrecen", "MTI", 5, 8, 2023, "A város"),
    ("weekday after", "Praha, 3. března, neděle (ČTK) - Vláda schválila plán.", "Praha", "ČTK",
     3, 3, None, "Vláda"),
    ("weekday after", "Kraków, 3 marca, niedziela (PAP) - Rząd przyjął plan.", "Kraków", "PAP",
     3, 3, None, "Rząd"),
    # a full stop after a dated bracketed agency
    ("agency stop", "Vilnius, kovo 3 d. (ELTA). Vyriausybė patvirtino planą.", "Vilnius",
     "ELTA", 3, 3, None, "Vyriausybė"),
    ("agency stop", "Kaunas, gegužės 8 d. (BNS). Miesto taryba pritarė.", "Kaunas", "BNS", 5, 8,
     None, "Miesto"),
    ("agency stop", "Lima, 3 de mayo (Andina). El Gobierno aprobó el plan.", "Lima", "Andina",
     5, 3, None, "El Gobierno"),
    ("agency stop", "ТАЛЛИН, 3 марта (BNS). Правительство утвердило план.", "ТАЛЛИН", "BNS", 3,
     3, None, "Правительство"),
    # the agency after the date's comma, closed by the script's own full stop: Armenian ``։``,
    # or the colon Armenian copy types for it after an Armenian word
    ("agency stop", "ԵՐԵՎԱՆ, 10 ՀՈՒՆԻՍԻ, ԱՐՄԵՆՊՐԵՍ։ Կառավարությունը հաստատեց ծրագիրը։", "ԵՐԵՎԱՆ",
     "ԱՐՄԵՆՊՐԵՍ", 6, 10, None, "Կառավարությունը"),
    ("agency stop", "ԳՅՈՒՄՐԻ, 3 մարտի, ԱՐՄԵՆՊՐԵՍ: Քաղաքապետարանը հայտնել է։", "ԳՅՈՒՄՐԻ",
     "ԱՐՄԵՆՊՐԵՍ", 3, 3, None, "Քաղաքապետարանը"),
    ("agency stop", "ԵՐԵՎԱՆ, 2 ապրիլի — ԱՐՄԵՆՊՐԵՍ։ Խորհրդարանը ընդունեց օրենքը։", "ԵՐԵՎԱՆ",
     "ԱՐՄԵՆՊՐԵՍ", 4, 2, None, "Խորհրդարանը"),
]  # fmt: skip


_Want = tuple[str | None, str | None, int | None, int | None, int | None, str]


@pytest.mark.parametrize(("shape", "text", "want"), [(row[0], row[1], row[2:]) for row in SHAPES])
def test_shape(shape: str, text: str, want: _Want) -> None:
    place, agency, month, day, year, first = want
    d = parse_dateline(text)
    assert d is not None, shape
    assert (d.place, d.agency, d.month, d.day, d.year) == (place, agency, month, day, year)
    assert d.end is not None
    assert text[d.end :].startswith(first), text[d.end :]


# Openings that look like one of the shapes above and are none: each says which it nears.
NEAR_MISSES = [
    # a colon after an Armenian word that ends a sentence, not an agency's name
    "ԵՐԵՎԱՆ, 10 ՀՈՒՆԻՍԻ, ԿԱՌԱՎԱՐՈՒԹՅՈՒՆԸ ԱՅՍՕՐ ՀԱՎԱՔՎԵՑ ԵՎ ՈՐՈՇԵՑ ԲԱՐՁՐԱՑՆԵԼ ԹՈՇԱԿՆԵՐԸ: Նա ասաց։",
    # a ticker, an acronym or a party in brackets
    "Acme (ACME) - Shares rose sharply.",
    "Apple (AAPL) - Shares rose.",
    "Kuzey Ova Türk Birliği (KOTB) Başkanı açıkladı.",
    "Mr Smith (Labour) - The MP said.",
    # a zone, a word in capitals or a capitalised word between the date and the dash
    "SEOUL, Nov 26 KST - The ministry said so.",
    "LONDON, May 3 GMT - Markets opened lower.",
    "LONDON, May 3 UPDATE - The bank said so.",
    "PARIS, 3 mars Exclusif - Le ministre a parlé.",
    # a word between slashes in prose, no colon or dash after it
    "Odense /and/ Aarhus were flooded.",
    "Aarhus /or/ Odense, whichever is nearer.",
    # two small words of other lengths in brackets: a note, not two agencies
    "Paris (en direct) - Les députés ont voté la loi.",
    "Berlin (in pics) - Die Stadt feierte am Sonntag.",
    "Lyon (sur place) - Les pompiers sont intervenus.",
    "Jonas Berg (SDP): Wir werden das Gesetz ändern.",
    "Olaf Scholz (SPD): Wir schaffen das.",
    "Merkez Bankası (TCMB) Başkanı açıkladı.",
    "Scholz: «Wir schaffen das.»",
    "Marco Rossi (Pd): il governo sbaglia.",
    "Dr. Jones (Oxford) - The professor said.",
    "Siemens Energy (ENR1n.DE) - The company said.",
    "Tokio Denki (9501.T) - The utility said.",
    "WHO (World Health Organization) - The agency said.",
    "Hamas (Islamic Resistance Movement) - The group said.",
    # an index's or a company's code that opens with the initials of its name's words
    "Dow Jones (DJI) - The index closed higher.",
    "Türk Hava Yolları (THY) - Şirket açıklama yaptı.",
    "Νέα Δημοκρατία (ΝΔ) - Η κυβέρνηση ανακοίνωσε.",
    "Центральный Банк (ЦБР) - Регулятор сообщил.",
    # a word after a place and a hyphen, no acronym's shape and no line break: a sentence
    "دمشق - قال الوزير إن المحادثات ستستمر",
    "Amman - PETRA reported that the cabinet met.",
    "Paris, France Le gouvernement a annoncé.",
    # three capitals after a comma, alone on the line: a region, not an agency
    "Sydney, NSW\nThe premier said the state would reopen its borders on Monday next week.",
    # a note or a photo credit
    "(Foto) Die Polizei ermittelt.",
    "(File) The minister speaks.",
    "(photo) The crowd gathered.",
    "Москва (фото) - Власти сообщили.",
    "Paris (archives) - Le gouvernement a annoncé.",
    "Hamburg (Archivbild) - Die Polizei ermittelt.",
    "Photo: Jane Roe/AFP",
    "Tomas Novak (l.) und Eva Lind sprechen.",
    "(Reporting by Jane Roe; Editing by John Doe)",
    # a wire slug line
    "BC-CA--California Digest, CA",
    "BC-US--Weather, 1st Ld-Writethru",
    # a sentence that opens with a place
    "London is the capital of England.",
    "Berlin hat einen neuen Bürgermeister.",
    "Moscou a annoncé de nouvelles mesures.",
    "Bern Die SVP hat gewonnen.",
    # a speaker's turn, a kicker, a headline with a colon
    "THE PRESIDENT: Thank you all.",
    "PUTIN: Good afternoon.",
    "NEW DELHI: Serum makers met the minister on Monday.",
    "Pune: The city's water supply will be cut on Monday and Tuesday for repairs.",
    "Песков: Кремль не комментирует слухи о встрече с лидерами стран Европы в ближайшие дни.",
    "Biden: The United States will continue to stand with Ukraine for as long as it takes.",
    "PERIODISTA.- Buenas tardes.",
    "PREGUNTA.- ¿Qué opina?",
    "Kremlin: Putin begins work on his address",
    "Кремль: Путин начал работу над посланием",
    "Brexit: What happens next",
    "Fazit: Die Regierung hat versagt",
    "Gov. Hogan: We will act.",
    "Eds: Adds full-year results.",
    "Hawks: Host Milwaukee on Saturday night.",
    "Lakers: The Lakers won the series 3-1. ... Jones had six points and six rebounds in his"
    " first game back, and the bench scored forty.",
    "CORRECTED-S. Illinois battles flooding as river rises",
    "Eintracht Frankfurt - Martin Hinteregger (1 Bild)",
    "Acme Insights - Earnings",
    # a place and a date before a full stop, then a headline, not a story's sentence
    "LONDON, May 3. UK inflation rose.",
    "Paris, 3 mars. Il pleut.",
    "Berlin, 3. März. Kurz notiert",
    # a heading alone on its line: two words, a headline word, or no story's sentence after
    "GIRLS BASKETBALL\n\nPalm Bay beat Rockledge by twenty points in a game that ended late.",
    "UPDATE\nThe company said on Monday that it would cut two thousand jobs this year.",
    "SANKTIONEN\nKurz notiert",
    "GERMANY, France\nBoth agree.",
    "ERDOĞAN’DAN ÖNEMLİ AÇIKLAMALAR",
    # a word in capitals, a comma and words in title case: a headline, or no capital after
    "NEW YORK, Paris And London Shows Open This Week With New Designers",
    "TELSTRA, Optus and Vodafone said on Monday they would share towers in rural areas.",
    "ΑΘΗΝΑ, Πάτρα Και Βόλος Στους Δρόμους",
    # one-word sentences and headline words before a dash or full stop
    "Danke. Das war es.",
    "Achtung. Die Straße ist gesperrt.",
    "Prof. Müller und sein Team haben am Montag die neue Studie zur Klimaforschung vorgestellt.",
    "Update - The company said.",
    "BRIEF-Acme says Q3 revenue up",
    "EXPLAINER-How the vote works",
    "WEATHER - Rain is expected.",
    "A LOCAL MAN - Found dead.",
    "Montag, 3. März - Die Börse öffnet.",
    "LONDON, May 3, Tuesday. Rain fell.",
    # bars around dates, not an agency
    "MONDAY | 5/5/2025 & TUESDAY | 5/6/2025",
    # a web address that is the sentence's subject
    "amazon.com said on Monday it would hire.",
    "p2pnet.net News:- A phone maker said.",
    # Chinese and Arabic sentences
    "记者会见在北京举行。（新华社）",
    "2012年1月18日,國務院新聞辦舉行新聞發佈會",
    "قال الوزير (سانا) إن الحكومة ستعلن",
    "القاهرة - أعلنت الحكومة اليوم",
    "اتساع واسع في المدينة",
    # lower case after the dateline, but for a place in capitals with a date
    "Jonas Berg (SDP) - the coalition holds.",
    "MONDAY, May 5 the festival opens.",
    # names joined by dashes; a score; a sentence with slashes and no date
    "سوريا - تركيا - العراق: محادثات",
    "الأهلي 2-1 الزمالك - فاز الفريق بالمباراة",
    "قال الوزير /المصدر/ إن الحكومة ستعلن",
    "تهران - قال وزیر - دولت",
    # a word after the date that is no weekday; a bracket and a full stop with no date
    "Budapest, 2024. március 3., Kossuth (MTI) - A kormány döntött.",
    "Jonas Berg (SDP). The coalition holds.",
    "Kaunas (BNS). Miesto taryba pritarė.",
]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_near_miss(text: str) -> None:
    assert parse_dateline(text) is None


_PLACES = ["LONDON", "Lyon", "Москва", "SÃO PAULO", "İZMİR", "Αθήνα", "Kraków", "BOISE, Idaho"]
_AGENCIES = ["Reuters", "ots", "dpa/AFP", "Antara News", "ТАСС", "marketwire.com", "EFE"]
_DATES = ["", ", Feb 14", ", 14 марта", ", 3. Mai 2021", ", lunes, 3 de mayo"]
_CLOSES = [" - ", " -- ", " – ", " — ", ".- ", ".– ", ": ", ":", "\n", "\n\n", " "]


@given(
    st.sampled_from(_PLACES),
    st.sampled_from(_DATES),
    st.sampled_from(_AGENCIES),
    st.sampled_from(_CLOSES),
)
def test_the_general_form_reads_every_combination(
    place: str, date: str, agency: str, close: str
) -> None:
    """Place, date, agency in brackets and any terminator: every combination reads, and the
    story starts where the dateline ends."""
    text = f"{place}{date} ({agency}){close}The story begins here."
    d = parse_dateline(text)
    assert d is not None, text
    assert (d.place, d.agency) == (place, agency)
    assert d.end is not None
    assert text[d.end :] == "The story begins here."


@given(st.text(alphabet=st.sampled_from("Ab (x)-:|/.,\n—本报3月日电سانا"), max_size=WINDOW))
def test_never_raises_on_the_grammars_characters(text: str) -> None:
    d = parse_dateline(text)
    if d is not None:
        assert d.start is not None and d.end is not None
        assert 0 <= d.start < d.end <= len(text)


_PIECES = ["LONDON", "Lyon", "Москва", "Pune", ", ", ". ", " ", "(AFP)", "(ots)", "/TASS/", " | ",
           "Feb 14", "14 марта", "3. Mai 2021", " - ", "—", ".- ", ": ", ":", "\n", "By UNI",
           "本报", "上海", "3月5日电", "دمشق", "(سانا)", "The story.", "a", "X"]  # fmt: skip


@given(st.lists(st.sampled_from(_PIECES), max_size=8).map("".join))
def test_the_cheap_refusal_never_refuses_a_match(text: str) -> None:
    """``_may_match`` only refuses what the grammar cannot match."""
    head = text[:WINDOW]
    if _any_month_grammar().match(head) is not None:
        assert _may_match(head), head


@pytest.mark.parametrize("text", [row[1] for row in SHAPES] + NEAR_MISSES)
def test_the_cheap_refusal_on_the_tables(text: str) -> None:
    head = text[:WINDOW]
    if _any_month_grammar().match(head) is not None:
        assert _may_match(head), head
