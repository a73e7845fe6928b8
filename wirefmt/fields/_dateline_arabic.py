"""Arabic month names the dateline grammar's Arabic shape reads (``دمشق، 5 أيار (سانا) - ``),
beyond the Egyptian and Gulf forms of the shared month table (``_months.py``, ``"ar"``).

Arabic prints the months in three families, each a fact of usage, not of any document:

* the Syriac names of the Levant and Iraq (Syria, Lebanon, Jordan, Palestine, Iraq):
  ``كانون الثاني`` … ``كانون الأول``, two of them two words long;
* the French-derived names of Algeria and Tunisia: ``جانفي``, ``فيفري``, ``أفريل``, ``ماي``,
  ``جوان``, ``جويلية``, ``أوت``, ``ديسمبر``;
* the Moroccan forms: ``يوليوز``, ``غشت``, ``شتنبر``, ``نونبر``, ``دجنبر``;

and a few spellings of the shared names (``يونيه``, ``يوليه``). A word is looked up after
folding the letters Arabic writes in several ways (``أ إ آ`` → ``ا``, ``ى`` → ``ي``, ``ة`` → ``ه``,
no vowel marks nor tatweel), so ``ايار`` and ``أيار`` are one name.
"""

from __future__ import annotations

__all__ = ["ARABIC_MONTHS", "arabic_month"]

#: Month number -> the names this table adds, space-separated where a name is one word, and
#: ``|``-separated where a name has two words.
ARABIC_MONTHS: dict[int, str] = {
    1: "كانون الثاني|جانفي",
    2: "شباط|فيفري",
    3: "آذار",
    4: "نيسان|أفريل",
    5: "أيار|ماي",
    6: "حزيران|جوان|يونيه",
    7: "تموز|جويلية|يوليوز|يوليه",
    8: "آب|أوت|غشت",
    9: "أيلول|شتنبر",
    10: "تشرين الأول",
    11: "تشرين الثاني|نونبر",
    12: "كانون الأول|دجنبر|دیسمبر",
}

# (the vowel marks U+064B to U+0652 and the tatweel are dropped)
_DROPPED = "ـ" + "".join(map(chr, range(0x064B, 0x0653)))
_FOLD = str.maketrans("أإآىةی", "ااايهي", _DROPPED)


def _fold(word: str) -> str:
    return " ".join(word.translate(_FOLD).split())


_BY_NAME: dict[str, int] = {
    _fold(name): number for number, names in ARABIC_MONTHS.items() for name in names.split("|")
}


def arabic_month(word: str) -> int | None:
    """The month an Arabic month name of this table names, or None.

    >>> arabic_month("أيار"), arabic_month("ايار"), arabic_month("تشرين الأول"), arabic_month("x")
    (5, 5, 10, None)
    """
    return _BY_NAME.get(_fold(word))
