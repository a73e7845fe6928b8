"""Collection set-up for the whole run: doctests that need an optional extra are skipped
where it is not installed (``tests/`` modules skip themselves with ``importorskip``).

``--doctest-modules`` imports every module of the package, and ``wirefmt.arrow`` and
``wirefmt.dask`` refuse to import without their extras (that is their documented error).
"""

from __future__ import annotations

import importlib.util


def _missing(*modules: str) -> bool:
    return any(importlib.util.find_spec(name) is None for name in modules)


collect_ignore: list[str] = []
if _missing("pyarrow"):
    collect_ignore += ["wirefmt/arrow.py", "wirefmt/_arrow", "wirefmt/dask.py", "docs/corpora.md"]
elif _missing("dask", "distributed", "pandas"):
    collect_ignore += ["wirefmt/dask.py", "docs/corpora.md"]
