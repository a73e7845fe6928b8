"""Writers: an :class:`~wirefmt.Article` into the forms other tools read.

* :func:`to_ninjs`: IPTC ninjs 2.x (News in JSON), a ``dict`` ready for ``json.dumps``;
* :func:`to_schemaorg`: a schema.org ``NewsArticle`` as JSON-LD, a ``dict`` likewise.

An export imports only the model: it never reads input. What each form cannot carry is
listed in ``docs/exports.md``.
"""

from __future__ import annotations

from .ninjs import NINJS_VERSIONS, to_ninjs
from .schemaorg import to_schemaorg

__all__ = ["NINJS_VERSIONS", "to_ninjs", "to_schemaorg"]
