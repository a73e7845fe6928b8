"""Editions of the agency platform and the language each one publishes in (data, not code).

Used to recognise an edition's name on a line of its own, and to give ``Article.language``
where the dump has no locale. A name not listed here is still recognised when the
description's suffix or the publisher trailer names it.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Final

import regex

__all__ = ["EDITION_LANGUAGES", "edition_language", "looks_like_edition"]

#: Edition name as printed -> ISO 639-1 code.
EDITION_LANGUAGES: Final[Mapping[str, str]] = MappingProxyType(
    {
        "Sputnik International": "en",
        "Sputnik Africa": "en",
        "Sputnik India": "en",
        "Sputnik Afrique": "fr",
        "Sputnik France": "fr",
        "Sputnik Mundo": "es",
        "Sputnik Brasil": "pt",
        "Sputnik Deutschland": "de",
        "SNA": "de",
        "Sputnik Italia": "it",
        "Sputnik Polska": "pl",
        "Sputnik Türkiye": "tr",
        "Sputnik Srbija": "sr",
        "Sputnik Србија": "sr",
        "Sputnik Việt Nam": "vi",
        "Sputnik Moldova": "ro",
        "Sputnik Azərbaycan": "az",
        "Sputnik Ўзбекистон": "uz",
        "Sputnik Oʻzbekiston": "uz",
        "Sputnik Қазақстан": "kk",
        "Sputnik Кыргызстан": "ru",
        "Sputnik Казахстан": "ru",
        "Sputnik Беларусь": "ru",
        "Sputnik Армения": "ru",
        "Sputnik Արմենիա": "hy",
        "Sputnik Грузия": "ru",
        "Sputnik საქართველო": "ka",
        "Sputnik Абхазия": "ru",
        "Sputnik Южная Осетия": "ru",
        "Sputnik Латвия": "ru",
        "Sputnik Литва": "ru",
        "Sputnik Эстония": "ru",
        "Sputnik Таджикистан": "ru",
        "Sputnik Тоҷикистон": "tg",
        "Sputnik Узбекистан": "ru",
        "Sputnik China": "zh",
        "俄罗斯卫星通讯社": "zh",
        "Sputnik Japan": "ja",
        "Sputnik Arabic": "ar",
        "سبوتنيك عربي": "ar",
        "Sputnik Afghanistan": "fa",
        "Sputnik Iran": "fa",
        "РИА Новости": "ru",
        "RIA Novosti": "ru",
        "ИноСМИ": "ru",
        "Радио Sputnik": "ru",
    }
)

# An edition line: the platform's name and one to three more words, e.g. "Sputnik Afrique".
_EDITION_LINE = regex.compile(r"Sputnik(?: [\p{L}\p{M}ʻ'-]{1,30}){0,3}")


def looks_like_edition(text: str) -> bool:
    """True when ``text`` is a known edition's name, or the platform's name and a few words."""
    return text in EDITION_LANGUAGES or _EDITION_LINE.fullmatch(text) is not None


def edition_language(name: str | None) -> str | None:
    """The language an edition publishes in, or None when unknown."""
    return None if name is None else EDITION_LANGUAGES.get(name.strip())
