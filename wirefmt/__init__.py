"""wirefmt (temporary face for the dateline branch; the lead engineer replaces it on merge)."""

from wirefmt.fields.datelines import format_dateline, parse_dateline
from wirefmt.fields.timestamps import parse_timestamp

__all__ = ["format_dateline", "parse_dateline", "parse_timestamp"]
