"""Data for the dateline parser: region abbreviations, words that are never places, the words
agencies name themselves with, and the one agency that prints its name in a place's seat.

The region after a place's comma is often abbreviated with a full stop (``SPRINGFIELD, Ill.``,
``KAMLOOPS, B.C.``). Only the abbreviations listed here (or initials, or a short abbreviation
right before the agency's bracket) are read as abbreviations; elsewhere a full stop after a
word ends the place (``BOISE, Idaho. 1 січня. УНН.``).
"""

from __future__ import annotations

__all__ = [
    "AGENCY_NAME_PARTS",
    "NOT_PLACE_OPENERS",
    "NOT_PLACE_WORDS",
    "REGION_ABBREVIATIONS",
    "SEAT_AGENCIES",
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
    "wire", "service", "nachrichten", "noticias", "notizie", "haber", "telegra", "телеграф",
)  # fmt: skip

#: The one fact about agencies that no shape tells: TASS prints its own name in the place's
#: seat when a story has no place (``ТАСС, 10 августа. …``), where every other opening of that
#: shape is a city in capitals (``МОСКВА, 10 августа. …``). Every other agency is read by its
#: seat and shape (brackets, slashes, a dash or comma before a full stop, an acronym after a
#: place), listed nowhere; docs/datelines.md says why this entry is here.
SEAT_AGENCIES: frozenset[str] = frozenset(("ТАСС", "TASS", "ИТАР-ТАСС", "ITAR-TASS"))
