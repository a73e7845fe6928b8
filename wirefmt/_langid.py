"""Language identification from the text, for a document that names no language.

Optional: it needs py3langid (``pip install "wirefmt[langid]"``), whose model ships inside
its wheel; nothing is fetched at run time. The model is loaded once per process, on first
use (about a second). An answer is given only when the text is long enough and the
identifier sure enough; otherwise the language stays None.
"""

from __future__ import annotations

import functools
import importlib
import importlib.util
from typing import TYPE_CHECKING, Final, Protocol

if TYPE_CHECKING:
    from ._model import Article

__all__ = ["MIN_LETTERS", "MIN_PROBABILITY", "available", "identify"]

#: Fewer letters than this (title, lede and body together) is too little to tell.
MIN_LETTERS: Final = 40
#: The identifier's normalised probability must reach this for an answer.
MIN_PROBABILITY: Final = 0.9
#: At most this many characters are read: plenty to tell a language, and a bounded cost.
_MAX_CHARS: Final = 4000


class _Identifier(Protocol):
    def classify(self, text: str) -> tuple[str, float]: ...


@functools.cache
def _identifier() -> _Identifier | None:
    try:
        langid = importlib.import_module("py3langid.langid")
    except ImportError:
        return None
    identifier: _Identifier = langid.LanguageIdentifier.from_model_file(
        langid.MODEL_FILE, norm_probs=True
    )
    return identifier


def available() -> bool:
    """Whether py3langid is installed (the ``langid`` extra)."""
    return importlib.util.find_spec("py3langid") is not None


def identify(article: Article) -> str | None:
    """The language of the article's prose (title, lede, body), or None when unsure.

    Raises:
        ModuleNotFoundError: py3langid is not installed.
    """
    identifier = _identifier()
    if identifier is None:
        raise ModuleNotFoundError(
            "identifying the language needs py3langid: pip install 'wirefmt[langid]'",
            name="py3langid",
        )
    parts = [article.title or "", article.lede or "", article.body_text]
    text = "\n".join(part for part in parts if part)[:_MAX_CHARS]
    if sum(ch.isalpha() for ch in text) < MIN_LETTERS:
        return None
    language, probability = identifier.classify(text)
    if probability < MIN_PROBABILITY or len(language) != 2:
        return None
    return str(language)
