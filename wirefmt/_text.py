"""Bytes to text, at the boundary: type checks, size limit, UTF-8, binary input.

Nothing is normalised: line ends stay as they came (``\\r\\n``, ``\\r`` or ``\\n``) and a
byte-order mark stays as character 0, so that every offset wirefmt reports indexes the text
the caller can rebuild with ``data.decode("utf-8")``. Field parsers skip the BOM and line ends.
"""

from __future__ import annotations

import re
from typing import Final

from ._errors import InputError, ParseError, line_column
from ._model import Article
from ._policy import Reporter
from ._registry import ReadOptions

__all__ = [
    "DEFAULT_MAX_SIZE",
    "check_size",
    "decode",
    "describe_size",
    "invalid_utf8",
    "read_utf8",
]

#: The default size limit of one document, in bytes (or characters for ``str`` input).
DEFAULT_MAX_SIZE: Final = 50 * 1024 * 1024
_EXCERPT: Final = 30  # characters of context either side of a bad byte
#: Control characters that white space does not account for (``re``: a plain class, C speed).
_CONTROLS: Final = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
#: The same characters, as bytes to delete and as characters to look for: asking whether
#: any is there costs a fraction of the pattern's scan, which runs only to place one.
_CONTROL_BYTES: Final = bytes([*range(0x09), *range(0x0E, 0x20), 0x7F])
_CONTROL_CHARS: Final = tuple(map(chr, _CONTROL_BYTES))


def check_size(data: str | bytes | bytearray | memoryview, max_size: int | None) -> None:
    """Raise :class:`InputError` when ``data`` is larger than ``max_size``; TypeError on misuse."""
    if not isinstance(data, str | bytes | bytearray | memoryview):
        raise TypeError(f"wirefmt.parse() reads str or bytes, not {type(data).__name__}")
    if max_size is not None and (not isinstance(max_size, int) or max_size < 0):
        raise ValueError(f"max_size must be None or a whole number >= 0, not {max_size!r}")
    if max_size is not None and len(data) > max_size:
        unit = "characters" if isinstance(data, str) else "bytes"
        raise InputError(
            f"the document is {describe_size(len(data), unit)}, over the limit of "
            f"{describe_size(max_size, unit)} (pass max_size=None, or a larger max_size, "
            "to read it)",
            code="too-large",
        )


def describe_size(size: int, unit: str = "bytes") -> str:
    """A size in words: the exact count and its unit, and in binary multiples when large.

    >>> describe_size(62_915_363)
    '62,915,363 bytes (60.0 MiB)'
    >>> describe_size(900), describe_size(4_000_000, "characters")
    ('900 bytes', '4,000,000 characters')
    """
    exact = f"{size:,} {unit}"
    if unit != "bytes" or size < 1024:
        return exact
    for prefix, scale in (("GiB", 1024**3), ("MiB", 1024**2), ("KiB", 1024)):
        if size >= scale:
            return f"{exact} ({size / scale:,.1f} {prefix})"
    return exact  # pragma: no cover - size >= 1024 always has a prefix


def decode(data: bytes | bytearray | memoryview) -> tuple[str, int | None]:
    """Decode UTF-8; return the text and the byte offset of the first bad byte, if any.

    Each undecodable byte becomes U+FFFD; the caller decides what a bad byte means (a
    diagnostic, or in strict mode :func:`invalid_utf8`, once binary input is ruled out).
    """
    raw = data if type(data) is bytes else bytes(data)
    try:
        return raw.decode("utf-8"), None
    except UnicodeDecodeError as exc:
        return raw.decode("utf-8", errors="replace"), exc.start


def invalid_utf8(text: str, raw: bytes, bad_byte: int) -> ParseError:
    """The strict-mode error for the first undecodable byte: its byte offset, a text excerpt.

    ``text`` is ``raw`` decoded with U+FFFD in place of bad bytes; the excerpt is taken from
    it, so that it is text (never a bytes repr) and shows where the byte fell.
    """
    before = raw[:bad_byte].decode("utf-8")  # valid: the first bad byte is here
    line, column = line_column(before, len(before))
    start = len(before)
    return ParseError(
        f"the bytes are not valid UTF-8 (byte 0x{raw[bad_byte]:02x} at byte offset {bad_byte})",
        code="invalid-utf8",
        offset=bad_byte,
        line=line,
        column=column,
        excerpt=text[max(0, start - _EXCERPT) : start + _EXCERPT],
    )


def looks_binary(text: str) -> bool:
    """True when the text is binary data, not prose, whatever bytes it came from.

    Binary: NUL characters make up one in a hundred characters or more, or control
    characters other than white space (NUL, U+0001 to U+0008, U+000E to U+001F, DEL) one in
    twenty or more. Text in any script, and text in a legacy 8-bit encoding read as UTF-8,
    holds hardly any; compressed or image data holds about one in ten. A stray control
    character in prose is only a notice.
    """
    nuls = text.count("\x00")
    if nuls and nuls * 100 >= len(text):
        return True
    return len(_CONTROLS.findall(text)) * 20 >= len(text)


_BINARY: Final = "the input looks binary: it holds NUL or other control characters"


def read_utf8(data: bytes | str, options: ReadOptions) -> tuple[str, Reporter, Article | None]:
    """Decode a document of a UTF-8 text format and check it is text, not binary data.

    Returns the text, the item's Reporter (holding what decoding found) and, when the input
    is binary, the empty Article to yield instead of reading it. A ``str`` is taken as is.

    Both problems go through :meth:`Reporter.refuse`, so strict mode raises (and only
    there): :func:`invalid_utf8`'s ParseError for a byte that is not UTF-8, and
    :class:`InputError` ``binary-input`` for binary data.
    """
    bad_byte: int | None = None
    raw = b""
    if isinstance(data, str):
        text = data
    else:
        raw = data if type(data) is bytes else bytes(data)
        text, bad_byte = decode(raw)
    if raw:  # a UTF-8 byte below 0x80 is that character: the bytes tell, at C speed
        held = len(raw.translate(None, _CONTROL_BYTES)) != len(raw)
    else:
        held = any(c in text for c in _CONTROL_CHARS)
    control = _CONTROLS.search(text) if held else None
    binary = control is not None and looks_binary(text)
    reporter = options.reporter(text)
    if bad_byte is not None:
        # Binary input is told first (strict mode raises for it below): its bytes are
        # seldom UTF-8, and "binary" is what to say.
        start = len(raw[:bad_byte].decode("utf-8", errors="replace"))
        message = f"the bytes are not valid UTF-8 from byte {bad_byte} on; bad bytes became U+FFFD"
        end = min(start + 1, len(text))
        if binary:
            reporter.report("invalid-utf8", message, start, end)
        else:
            reporter.refuse(invalid_utf8(text, raw, bad_byte), start, end, message)
    if binary:
        assert control is not None  # binary text holds a control character
        error = InputError.at(text, _BINARY, code="binary-input", start=control.start())
        reporter.refuse(error, 0, len(text))
        return text, reporter, Article(diagnostics=reporter.finish())
    if control is not None:
        reporter.report(
            "control-characters",
            f"the text holds control character U+{ord(control.group()):04X}",
            control.start(),
            control.end(),
        )
    return text, reporter, None
