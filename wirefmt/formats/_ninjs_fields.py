"""The small fields of a ninjs item: strings by name or role, subjects, image, section.

Each reads a plain ``Mapping`` decoded from JSON and tolerates any shape: a value of the wrong
kind is as good as absent (the reader reports the ones that matter).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final

import regex

from .._model import Subject
from ._markup import markup_blocks

__all__ = ["by_pattern", "by_role", "image", "plain", "section", "squash", "subjects", "text_of"]

_SPACES: Final = regex.compile(r"\s++")


def squash(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


def text_of(item: Mapping[str, Any], *keys: str) -> str | None:
    """The first of ``keys`` whose value is a non-blank string, stripped."""
    for key in keys:
        value = item.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None


def by_role(entries: Any, roles: tuple[str, ...]) -> Mapping[str, Any] | None:
    """The entry of a 2.x list (``headlines``, ``descriptions``) with the first of ``roles``
    that has a value; else the first entry with a value."""
    if not isinstance(entries, list):
        return None
    usable = [e for e in entries if isinstance(e, Mapping) and isinstance(e.get("value"), str)]
    for role in roles:
        for entry in usable:
            if entry.get("role") == role and entry["value"].strip():
                return entry
    return next((e for e in usable if e["value"].strip()), None)


def by_pattern(item: Mapping[str, Any], prefix: str, roles: tuple[str, ...]) -> str | None:
    """A 1.x value by name, then by pattern name (``headline_<role>``): listed roles first."""
    found = text_of(item, prefix, *(f"{prefix}_{role}" for role in roles))
    if found is not None:
        return found
    for key, value in item.items():
        if key.startswith(prefix + "_") and isinstance(value, str) and value.strip():
            return value.strip()
    return None


def plain(value: str, contenttype: str | None) -> str:
    """A headline's or description's text: markup made plain when it is markup."""
    if contenttype is not None and "html" in contenttype.lower():
        return "\n\n".join(b.text for b in markup_blocks(value).blocks)
    return value.strip()


def subjects(item: Mapping[str, Any]) -> tuple[Subject, ...]:
    entries = item.get("subjects", item.get("subject"))
    if not isinstance(entries, list):
        return ()
    found = []
    for entry in entries:
        if not isinstance(entry, Mapping):
            continue
        fields = [
            text_of(entry, "code", "literal", "qcode", "uri"),
            text_of(entry, "name"),
            text_of(entry, "scheme"),
        ]
        if fields[0] is not None or fields[1] is not None:
            found.append(Subject(*fields))
    return tuple(found)


def image(item: Mapping[str, Any]) -> str | None:
    """The first picture association's largest-named rendition, else its ``uri``."""
    assoc = item.get("associations")
    entries = list(assoc.values()) if isinstance(assoc, Mapping) else assoc
    if not isinstance(entries, list):
        return None
    for entry in entries:
        if not isinstance(entry, Mapping) or entry.get("type") not in ("picture", "graphic"):
            continue
        rend = entry.get("renditions")
        rends = list(rend.values()) if isinstance(rend, Mapping) else rend
        if isinstance(rends, list):
            for r in rends:
                href = text_of(r, "href") if isinstance(r, Mapping) else None
                if href is not None:
                    return href
        return text_of(entry, "uri", "guid")
    return None


def section(item: Mapping[str, Any]) -> str | None:
    """The first genre's name (2.x ``genres``, 1.x ``genre``)."""
    entries = item.get("genres", item.get("genre"))
    if isinstance(entries, list):
        for entry in entries:
            name = text_of(entry, "name") if isinstance(entry, Mapping) else None
            if name is not None:
                return name
    return None
