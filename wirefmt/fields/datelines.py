"""Interim dateline parser (replaced by the full one of the datelines work)."""

from __future__ import annotations

import datetime as _dt

from .._model import Dateline

__all__ = ["parse_dateline"]


def parse_dateline(
    text: str, *, reference: _dt.datetime | _dt.date | None = None
) -> Dateline | None:
    """Return the dateline opening ``text``, or None."""
    return None
