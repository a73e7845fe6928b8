"""Data for the dateline parser: region abbreviations, words that are never places, agency
name parts, and agency names (only to tell an agency from a place in the same seat).

The region after a place's comma is often abbreviated with a full stop (``SPRINGFIELD, Ill.``,
``KAMLOOPS, B.C.``). Only the abbreviations listed here (or initials, or a short abbreviation
right before the agency's bracket) are read as abbreviations; elsewhere a full stop after a
word ends the place (``BOISE, Idaho. 1 січня. УНН.``).
"""

from __future__ import annotations

__all__ = [
    "AGENCY_NAMES",
    "AGENCY_NAME_PARTS",
    "BARE_AGENCY_NAMES",
    "NOT_PLACE_OPENERS",
    "NOT_PLACE_WORDS",
    "REGION_ABBREVIATIONS",
    "SPEAKER_ROLES",
]

#: US states in AP style, Canadian provinces in CP style, and a few more, without their
#: final full stop. Initials (``N.Y.``, ``B.C.``, ``P.E.I.``) need no entry.
REGION_ABBREVIATIONS: tuple[str, ...] = (
    # United States (AP): Alaska, Hawaii, Idaho, Iowa, Maine, Ohio, Texas, Utah are spelled out
    "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan",
    "Ky", "La", "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore",
    "Pa", "Tenn", "Vt", "Va", "Wash", "W.Va", "Wis", "Wyo",
    # Canada (CP)
    "Alta", "Man", "Nfld", "Ont", "Que", "Sask",
    # Ireland's counties, Australia's states
    "Co", "Qld", "Vic", "Tas",
)  # fmt: skip

#: Upper-case words that open headlines, slugs and captions, never places (``UPDATE - …``,
#: ``PHOTO: …``), and acronyms of bodies that open sentences (``NATO — The alliance …``).
#: Compared with the place's words in upper case.
NOT_PLACE_WORDS: frozenset[str] = frozenset((
    "ADVISORY", "ANALYSIS", "BREAKING", "CHECK", "COMMENT", "CORRECTED", "CORRECTION",
    "EDITORIAL", "EDITORS", "EXCLUSIVE", "FACT", "FEATURE", "FLASH", "INTERVIEW", "LIVE", "NOTE",
    "OPINION", "PHOTO", "PHOTOS", "FOTO", "FILE", "ARCHIVE", "ARCHIV", "POLL", "REFILE",
    "REPEAT", "REVIEW", "UPDATE", "UPDATED", "URGENT", "VIDEO", "WATCH", "WRAPUP", "WARNING",
    "AP", "AFP", "UPI", "NEWS", "LATEST", "WORLD", "SPORT", "SPORTS", "BUSINESS", "POLITICS",
    "TECH", "HEALTH", "SCIENCE", "MARKETS", "NATO", "NASA", "OPEC", "ASEAN", "UEFA", "FIFA",
    "IAEA", "UNESCO", "UNICEF", "COVID",
    # wire headline kickers and slugs
    "BRIEF", "BUZZ", "EXPLAINER", "FACTBOX", "TIMELINE", "QUOTEBOX", "SNAPSHOT", "INSIGHT",
    "GRAPHIC", "PREVIEW", "WEATHER", "TRAFFIC", "BULLETIN", "NEWSALERT", "ALERT", "SCORES",
    "RESULTS", "OBITUARY", "OBIT", "DIGEST", "ROUNDUP", "HIGHLIGHTS", "AGENDA", "CALENDAR",
    # captions' words, in brackets after a place ("Berlin (Archivbild) - ")
    "ARCHIVES", "SYMBOLBILD", "ARCHIVBILD", "ILLUSTRATION", "ILUSTRACIÓN", "IMAGEN", "IMAGE",
    "SCREENSHOT", "ФОТО", "АРХИВ", "ВИДЕО", "СКРИНШОТ", "ФОТОГРАФИЯ", "ARŞIV", "FOTOĞRAF",
))  # fmt: skip

#: Speakers' roles that label a transcript's turns (``PERIODISTA.- ``, ``THE PRESIDENT: ``),
#: in the languages whose transcripts print them in capitals; never a dateline's place.
SPEAKER_ROLES: frozenset[str] = frozenset((
    "PRESIDENT", "PRESIDENTE", "PRÉSIDENT", "PRESIDENTA", "PRÄSIDENT", "ПРЕЗИДЕНТ",
    "REPORTER", "JOURNALIST", "JOURNALISTE", "GIORNALISTA", "PERIODISTA", "JORNALISTA",
    "ЖУРНАЛИСТ", "MODERATOR", "MODERADOR", "MODÉRATEUR", "MODERATORE", "ВЕДУЩИЙ",
    "INTERVIEWER", "ENTREVISTADOR", "QUESTION", "ANSWER", "PREGUNTA", "RESPUESTA", "PERGUNTA",
    "RESPOSTA", "DOMANDA", "RISPOSTA", "FRAGE", "ANTWORT", "ВОПРОС", "ОТВЕТ", "MINISTER",
    "MINISTRO", "MINISTRE", "SECRETARY", "SECRETARIO", "SPEAKER", "CHAIRMAN", "SENATOR",
    "SENADOR", "SPRECHER", "ORADOR", "PORTAVOZ", "VOCERO",
))  # fmt: skip

#: Words that open a name or a sentence, never a dateline's place: "The Guardian (UK) - ",
#: "Mr Smith (Labour) - ".
NOT_PLACE_OPENERS: frozenset[str] = frozenset((
    "The", "THE", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Sir", "Herr", "Frau",
    "Monsieur", "Madame", "Señor", "Sra.", "Sr.", "Signor", "Dott.", "Prof.", "Gov.", "Sen.",
    "Rep.",
))  # fmt: skip

#: Words that make a bracket an agency's name even in mixed case and after a place in mixed
#: case with no date ("Valmare (Agencia Sur) - "): "press", "news", "agency", "wire" in the
#: languages agencies name themselves in; matched inside a word ("Nachrichtenagentur").
AGENCY_NAME_PARTS: tuple[str, ...] = (
    "press", "presse", "prensa", "imprensa", "news", "agency", "agence", "agencia", "agência",
    "agenzia", "agentur", "ajans", "agencja", "novosti", "новости", "агентство", "media",
    "wire", "service", "nachrichten", "noticias", "notizie", "haber", "tidningarnas",
)  # fmt: skip

#: Wire agencies' names as they print them, in their own scripts: only to tell an agency from a
#: place where both could stand in the same seat (``ТАСС, 10 августа. …`` is TASS's opening with
#: no place; ``МОСКВА, 10 августа. …`` a place's). Agencies are otherwise read by their seat and
#: shape, listed or not.
AGENCY_NAMES: frozenset[str] = frozenset((
    "TASS", "ТАСС", "РИА Новости", "Интерфакс", "Interfax", "БЕЛТА", "BelTA", "УНН", "Укрінформ",
    "Ukrinform", "Reuters", "AFP", "AP", "dpa", "EFE", "ANSA", "AGI", "Xinhua", "Kyodo", "Yonhap",
    "PTI", "IANS", "ANI", "UNI", "AA", "Sputnik", "Bernama", "Antara", "ANTARA", "PAP", "ČTK",
    "TASR", "MTI", "BTA", "Hina", "HINA", "Tanjug", "МИА", "Lusa", "Agerpres", "ANP", "Belga",
    "APA", "NTB", "TT", "STT", "Ritzau", "KUNA", "WAM", "SPA", "QNA", "MENA", "SANA", "IRNA",
    "Tasnim", "Trend", "Azertac", "ARMENPRESS", "Kazinform", "Europa Press", "Prensa Latina",
    "Télam", "UPI", "CNA", "Keystone", "ATS", "SDA", "VNA", "MNA", "PNA", "ENA", "NAN", "KPL",
    "AKP", "BSS", "APP", "RSS", "AAP", "MAP", "APS", "TAP", "AIP", "AZERTAC", "КАЗИНФОРМ", "Дунё",
    "Interfax-Ukraine", "Adnkronos", "askanews", "LaPresse", "Italpress", "Dire", "Agenzia Nova",
    "VOVWORLD", "Notimex", "Andina", "AVN", "ABI",
))  # fmt: skip

#: Agencies printed after the place with no bracket, only a dash or comma between (``Damasco,
#: SANA``, ``حمص- سانا``, ``القاهرة - أ ش أ``): with no bracket to mark the seat, only these names
#: are read there (any other word is the story's first).
BARE_AGENCY_NAMES: tuple[str, ...] = (
    "SANA", "سانا", "أ ش أ", "واس", "وام", "قنا", "كونا", "بترا", "وفا", "إرنا", "العمانية",
)  # fmt: skip
