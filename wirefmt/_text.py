"""Bytes to text, at the boundary: type checks, size limit, UTF-8, binary input.

Nothing is normalised: line ends stay as they came (``\\r\\n``, ``\\r`` or ``\\n``) and a
byte-order mark stays as character 0, so that every offset wirefmt reports indexes the text
the caller can rebuild with ``data.decode("utf-8")``. Field parsers skip the BOM and line ends.
"""

from __future__ import annotations

from typing import Final

from ._errors import InputError, ParseError, line_column
from ._policy import Reporter

__all__ = ["DEFAULT_MAX_SIZE", "check_size", "decode"]

#: The default size limit of one document, in bytes (or characters for ``str`` input).
DEFAULT_MAX_SIZE: Final = 50 * 1024 * 1024


def check_size(data: str | bytes | bytearray | memoryview, max_size: int | None) -> None:
    """Raise :class:`InputError` when ``data`` is larger than ``max_size``; TypeError on misuse."""
    if not isinstance(data, str | bytes | bytearray | memoryview):
        raise TypeError(f"wirefmt.parse() reads str or bytes, not {type(data).__name__}")
    if max_size is not None and (not isinstance(max_size, int) or max_size < 0):
        raise ValueError(f"max_size must be None or a whole number >= 0, not {max_size!r}")
    if max_size is not None and len(data) > max_size:
        raise InputError(
            f"the document is {len(data):,} long, over the limit of {max_size:,}"
            " (pass max_size=None, or a larger max_size, to read it)",
            code="too-large",
        )


def decode(data: bytes | bytearray | memoryview, *, strict: bool) -> tuple[str, int | None]:
    """Decode UTF-8; return the text and the byte offset of the first bad byte, if any.

    Strict mode raises :class:`ParseError` (code ``invalid-utf8``) naming the byte offset;
    lenient mode replaces each undecodable byte by U+FFFD and returns its offset so that the
    caller records a diagnostic.
    """
    raw = bytes(data)
    try:
        return raw.decode("utf-8"), None
    except UnicodeDecodeError as exc:
        if strict:
            before = raw[: exc.start].decode("utf-8")  # valid: the first bad byte is here
            line, column = line_column(before, len(before))
            raise ParseError(
                f"the bytes are not valid UTF-8 (byte 0x{raw[exc.start]:02x} at byte offset "
                f"{exc.start})",
                code="invalid-utf8",
                offset=exc.start,
                line=line,
                column=column,
                excerpt=repr(raw[max(0, exc.start - 20) : exc.start + 20]),
            ) from None
        return raw.decode("utf-8", errors="replace"), exc.start


def looks_binary(text: str) -> bool:
    """True when NUL characters make up more than one in a hundred characters."""
    nuls = text.count("\x00")
    return nuls > 0 and nuls * 100 >= len(text)


def report_decoding(reporter: Reporter, text: str, raw: bytes, bad_byte: int) -> None:
    """Record where the first undecodable byte fell, as a character offset in ``text``."""
    start = len(raw[:bad_byte].decode("utf-8", errors="replace"))
    reporter.report(
        "invalid-utf8",
        f"the bytes are not valid UTF-8 from byte {bad_byte} on; bad bytes became U+FFFD",
        start,
        min(start + 1, len(text)),
    )
