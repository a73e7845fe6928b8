"""Synthetic page dumps for the benchmarks: deterministic, any body size, our own text.

A document is laid out like ``wirefmt/data/example.txt`` (title, description with its
``DD.MM.YYYY, Edition`` suffix, three timestamps, keywords, one glued body line, tags). The
body is built from the template sentences below with their slots filled at random (from a
seeded :class:`random.Random`), grouped into paragraphs of two to five sentences and glued
the way the page dump glues them: no separator between paragraphs, and now and then an
unpunctuated subhead running into the next paragraph's first word.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator

__all__ = ["body", "document", "jsonl_lines"]

# Template sentences in the style of the example; {slots} are filled from the lists below.
_SENTENCES = (
    "The port authority of {place} switched on a new {thing} on {day}.",
    "Officials said the plant would supply about {share} of the city's own power by {month}.",
    "{person} told reporters that the project had cost {amount} million euros.",
    '"We had {resource} and we had time, so the choice was easy," {person} said.',
    "Local crews had feared that the works would block their berths near {place}.",
    "The council moved the site to the eastern basin after talks in {month}.",
    "Engineers from the technical college will measure how the {thing} copes with storms.",
    "The first results are due in {month}, according to the regional office.",
    "About {count} residents signed a letter asking for a public hearing.",
    "{person} said the agency would publish the figures every quarter.",
    "Did the plan go too far? Critics in {place} think so.",
    "The ministry approved a further {amount} million euros on {day}.",
    "Traffic on the coast road was cut for {count} hours while cranes lifted the frame.",
    "Prices rose by {share} in the first half of the year, the bureau said.",
    "Nobody was hurt, and the {thing} was back in service by the evening.",
)
_SUBHEADS = (
    "Fishermen were worried at first",
    "What happens next",
    "A second site in {place}",
    "Money from the regional fund",
    "Storms and salt spray",
)
_SLOTS = {
    "place": ("Valmare", "Port Sorel", "Kestrel Bay", "Altamura", "Novigrad", "Lindholm"),
    "thing": ("solar farm", "tidal turbine", "ferry terminal", "desalination plant", "bridge"),
    "day": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday"),
    "month": ("March", "June", "September", "the end of the year", "the autumn"),
    "share": ("a fifth", "a third", "12 percent", "3.5 percent", "half"),
    "person": ("Elena Ruiz", "Marco Bellini", "Anna Kowalska", "Jonas Berg", "Dr. Lea Moreau"),
    "amount": ("3.5", "12", "40", "7.2", "1.8"),
    "resource": ("water", "sun", "wind", "space"),
    "count": ("200", "1,400", "36", "five", "eight"),
}
_KEYWORDS = ("energy", "solar power", "climate", "harbour", "valmare", "regional fund")


def _fill(template: str, rng: random.Random) -> str:
    return template.format(**{k: rng.choice(v) for k, v in _SLOTS.items() if "{" + k in template})


def body(size: int, seed: int = 0) -> str:
    """A glued body of about ``size`` characters (at least one paragraph), deterministic."""
    rng = random.Random(seed)
    parts: list[str] = []
    length = 0
    while length < size:
        if parts and rng.random() < 0.08:
            # A subhead has no final punctuation: its last word runs into the next paragraph.
            parts.append(_fill(rng.choice(_SUBHEADS), rng))
            length += len(parts[-1])
        paragraph = " ".join(_fill(rng.choice(_SENTENCES), rng) for _ in range(rng.randint(2, 5)))
        parts.append(paragraph)
        length += len(paragraph)
    return "".join(parts)


def document(size: int, seed: int = 0) -> str:
    """A page dump whose body is about ``size`` characters."""
    rng = random.Random(seed + 1_000_003)
    place = rng.choice(_SLOTS["place"])
    day = rng.randint(1, 28)
    stamp = f"2025-06-{day:02}T09:30+0200"
    later = f"2025-06-{day:02}T11:05+0200"
    keywords = rng.sample(_KEYWORDS, 4)
    blocks = [
        f"{place} opens its first {rng.choice(_SLOTS['thing'])}",
        f"The port authority of {place} switched on a new plant on {rng.choice(_SLOTS['day'])}."
        f" Officials said it could cover a fifth of the city's... {day:02}.06.2025, "
        "Sputnik International",
        stamp,
        stamp,
        later,
        *keywords,
        body(size, seed),
        *keywords[:2],
    ]
    return "\n\n".join(blocks) + "\n"


def jsonl_lines(total: int, size: int, seed: int = 0, variants: int = 64) -> Iterator[str]:
    """JSON Lines (no final newline) of documents with bodies of about ``size`` characters,
    until about ``total`` bytes were yielded. ``variants`` distinct documents are cycled so
    that generating a gigabyte costs little more than writing it."""
    docs = [document(size, seed + i) for i in range(variants)]
    written = 0
    number = 0
    while written < total:
        line = json.dumps(
            {"id": f"doc-{number:08}", "lang": "en", "text": docs[number % variants]},
            ensure_ascii=False,
        )
        written += len(line) + 1
        number += 1
        yield line
