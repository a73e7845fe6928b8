"""The command line: ``wirefmt parse [options] [FILE ...]``."""

from __future__ import annotations

import argparse
from typing import Final

from .. import _parse
from .._model import Article
from .._text import DEFAULT_MAX_SIZE
from .._version import __version__
from ._work import WRITERS

__all__ = ["ARTICLE_KEYS", "DEFAULT_BATCH", "PROG", "build_parser"]

PROG: Final = "wirefmt"
#: A batch handed to a worker closes at this many documents (or at 1 MB): some tens of
#: milliseconds of work, since each batch costs the main process about a millisecond.
DEFAULT_BATCH: Final = 256
#: The keys of an article record, in order: what ``--fields`` may keep.
ARTICLE_KEYS: Final = tuple(Article().to_dict())


def _size(text: str) -> int | None:
    """``--max-size``: bytes, with an optional K, M or G suffix; ``none`` lifts the limit."""
    value = text.strip().lower()
    if value in ("none", "0", "unlimited"):
        return None
    factor = 1
    if value and value[-1] in "kmg":
        factor = 1024 ** ("kmg".index(value[-1]) + 1)
        value = value[:-1]
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a size: {text!r} (e.g. 50M, 200000, none)") from None
    if number < 0:
        raise argparse.ArgumentTypeError(f"a size cannot be negative: {text!r}")
    return number * factor


def _positive(text: str) -> int:
    try:
        number = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if number < 0:
        raise argparse.ArgumentTypeError(f"must be 0 or more: {text!r}")
    return number


def _fields(text: str) -> tuple[str, ...]:
    """``--fields title,dateline,body``: keys of the article record, in the order given."""
    names = tuple(dict.fromkeys(name.strip() for name in text.split(",") if name.strip()))
    unknown = [name for name in names if name not in ARTICLE_KEYS]
    if unknown or not names:
        raise argparse.ArgumentTypeError(
            f"unknown field {', '.join(unknown) or repr(text)}; the fields are: "
            + ",".join(ARTICLE_KEYS)
        )
    return names


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``wirefmt`` command."""
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Parse news-agency article text (page dumps) into JSON.",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    p = commands.add_parser(
        "parse",
        help="parse documents and write one JSON object per document per line",
        description=(
            "Parse documents and write one JSON object per document per line (JSON Lines, "
            "UTF-8) to standard output. A plain FILE is one document; a JSON Lines FILE "
            "(--jsonl, a .jsonl or .ndjson name, or a first line that is a JSON object with "
            "the text field) holds one document a line. FILE may be gzip-compressed (.gz). "
            "With no FILE, or with -, read standard input."
        ),
    )
    p.add_argument("files", nargs="*", metavar="FILE", help="input files (default: stdin)")
    p.add_argument("--example", action="store_true", help="parse the bundled example document")
    p.add_argument("--pretty", action="store_true", help="indent the JSON (not one per line)")
    p.add_argument("--strict", action="store_true", help="fail a document at its first problem")
    p.add_argument(
        "--from",
        "--format",
        dest="format",
        choices=("auto", *_parse.FORMATS),
        default="auto",
        help="the input format (default: auto, told from each document's first bytes); a "
        "document holding several items (a feed, a wire stream) gives one record each",
    )
    p.add_argument(
        "--to",
        choices=tuple(WRITERS),
        default="json",
        help="the output form (default: json, wirefmt's record with source and item added); "
        "ninjs: an IPTC ninjs 2.1 item; schemaorg: a schema.org NewsArticle (JSON-LD); both "
        'one document per item per line, nothing added; pagedump: {"text": …} holding '
        "the item written as a page dump, which --jsonl reads back",
    )
    p.add_argument(
        "--max-size",
        type=_size,
        default=DEFAULT_MAX_SIZE,
        metavar="SIZE",
        help="largest document accepted, in bytes (K, M, G suffixes; 'none' for no limit; "
        "default: 50M)",
    )
    p.add_argument(
        "--jsonl",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="inputs are JSON Lines, one object per document (default: told by the file's "
        "name or first line; --no-jsonl: every FILE is one document)",
    )
    p.add_argument(
        "--text-field",
        default=None,
        metavar="NAME",
        help="in JSON Lines, the field that holds the document (default: text; implies --jsonl)",
    )
    p.add_argument(
        "--meta-key",
        default="meta",
        metavar="KEY",
        help="with --jsonl, the output key that carries the object's other fields "
        "(default: %(default)s)",
    )
    p.add_argument(
        "--fields",
        type=_fields,
        default=None,
        metavar="A,B,...",
        help="keep only these keys of each article (e.g. title,dateline,body); "
        "'source' and the meta key are always kept",
    )
    p.add_argument(
        "--identify-language",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="identify the language of a document that names none, from its text "
        "(default: when py3langid is installed: pip install 'wirefmt[langid]')",
    )
    p.add_argument(
        "-j",
        "--jobs",
        type=_positive,
        default=1,
        metavar="N",
        help="worker processes (0: one per CPU; default: 1, in this process)",
    )
    p.add_argument(
        "--batch",
        type=_positive,
        default=DEFAULT_BATCH,
        metavar="N",
        help="documents handed to a worker at a time (default: %(default)s)",
    )
    p.add_argument(
        "--skip-errors",
        action="store_true",
        help="write nothing for a failed document (it is still counted and reported)",
    )
    p.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help="write to FILE instead of stdout (through a temporary file, renamed at the end)",
    )
    p.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="show a progress line on stderr (default: only when stderr is a terminal)",
    )
    p.add_argument(
        "-q", "--quiet", action="store_true", help="no notices, messages or summary on stderr"
    )
    return parser
