"""Input formats: each reads one layout into :class:`~wirefmt.Article` objects.

:data:`FORMATS` lists the formats in detection order: ``wirefmt.detect`` asks each in turn
whether the input's first bytes are its own, and the page dump, which any text may be, is
asked last.
"""

from __future__ import annotations

from typing import Final

from .._registry import Format
from .anpa1312 import ANPA1312
from .iptc7901 import IPTC7901
from .newsml_g2 import NEWSML_G2
from .ninjs import NINJS
from .nitf import NITF
from .pagedump import PAGEDUMP

__all__ = ["FORMATS"]

#: Every format wirefmt reads, in detection order (the page dump last).
#: Formats with a syntax of their own (XML, JSON) are asked first, then the wire formats
#: (told by their framing and heading), and the page dump last.
FORMATS: Final[tuple[Format, ...]] = (NITF, NEWSML_G2, NINJS, IPTC7901, ANPA1312, PAGEDUMP)
