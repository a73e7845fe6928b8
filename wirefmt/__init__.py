"""wirefmt: news-agency article text into typed Article objects.

The face of the package: it re-exports the public API and nothing else. The work is done in
private modules (``wirefmt._*``) and in the field parsers (``wirefmt.fields``), which other
tools may import one by one.
"""

from ._errors import InputError, ParseError, WirefmtError
from ._model import (
    Article,
    Block,
    Dateline,
    Diagnostic,
    Evidence,
    Paragraph,
    Segment,
    Subhead,
    Subject,
)
from ._parse import FORMATS, detect, parse, parse_many
from ._registry import Format, ReadOptions
from ._version import __version__
from ._write import dumps
from .exports import to_ninjs, to_schemaorg
from .fields.body import analyse_body, split_body
from .fields.datelines import format_dateline, parse_dateline
from .fields.suffix import Description, parse_description
from .fields.taglists import is_keyword, split_keyword_list
from .fields.timestamps import (
    TimestampNote,
    TimestampReading,
    looks_like_timestamp,
    parse_timestamp,
    read_timestamp,
)

__all__ = [
    "FORMATS",
    "Article",
    "Block",
    "Dateline",
    "Description",
    "Diagnostic",
    "Evidence",
    "Format",
    "InputError",
    "Paragraph",
    "ParseError",
    "ReadOptions",
    "Segment",
    "Subhead",
    "Subject",
    "TimestampNote",
    "TimestampReading",
    "WirefmtError",
    "__version__",
    "analyse_body",
    "detect",
    "dumps",
    "format_dateline",
    "is_keyword",
    "looks_like_timestamp",
    "parse",
    "parse_dateline",
    "parse_description",
    "parse_many",
    "parse_timestamp",
    "read_timestamp",
    "split_body",
    "split_keyword_list",
    "to_ninjs",
    "to_schemaorg",
]
