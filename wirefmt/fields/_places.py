"""Abbreviations that end a dateline's place, as data.

The region after a place's comma is often abbreviated with a full stop (``SPRINGFIELD, Ill.``,
``KAMLOOPS, B.C.``). Only the abbreviations listed here (or initials, or a short abbreviation
right before the agency's bracket) are read as abbreviations; elsewhere a full stop after a
word ends the place (``BOISE, Idaho. 1 січня. УНН.``).
"""

from __future__ import annotations

__all__ = ["REGION_ABBREVIATIONS"]

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
