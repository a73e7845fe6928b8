"""Interim timestamp parser (replaced by the full one of the datelines and timestamps work)."""

from __future__ import annotations

import datetime as _dt

import regex

from .._errors import ParseError

__all__ = ["looks_like_timestamp", "parse_timestamp"]

_SHAPE = regex.compile(r"\d{4}-?\d{2}-?\d{2}(?:[T ][\d:.,]{2,20}(?:Z|[+-]\d{2}:?\d{0,2})?)?")


def looks_like_timestamp(text: str) -> bool:
    """True when ``text`` has the shape of an ISO 8601 timestamp."""
    return _SHAPE.fullmatch(text) is not None


def parse_timestamp(text: str) -> _dt.datetime:
    """Parse an ISO 8601 timestamp; ParseError otherwise."""
    try:
        return _dt.datetime.fromisoformat(text.strip())
    except ValueError:
        raise ParseError(f"not a timestamp: {text[:40]!r}", code="bad-timestamp") from None
