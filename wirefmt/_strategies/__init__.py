"""The feed-document strategies behind :mod:`wirefmt.strategies` (which re-exports them).

``feeds`` builds on the page-dump strategies of :mod:`wirefmt.strategies`, which imports
``feeds`` at its end; importing :mod:`wirefmt.strategies` first here keeps that order
whichever module is imported first. Like it, this package needs hypothesis.
"""

from __future__ import annotations

from .. import strategies as strategies
