"""Shared test set-up: hypothesis profiles and the path to the shared development files.

Profiles (choose with ``HYPOTHESIS_PROFILE=name`` or ``--hypothesis-profile=name``):

* ``ci`` (the default): derandomised, a fixed number of examples and a deadline, so the
  default run is repeatable and stays well under five minutes on two cores;
* ``dev``: random, more examples, for local work;
* ``long``: many examples and no deadline, for ``tox -e fuzz-long``.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile(
    "ci",
    derandomize=True,
    max_examples=150,
    deadline=2000,  # milliseconds: generous for a loaded two-core machine, catches hangs
    suppress_health_check=[HealthCheck.too_slow],
    print_blob=True,
)
settings.register_profile("dev", max_examples=500, deadline=2000)
settings.register_profile(
    "long",
    max_examples=20_000,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

#: ``../shared`` beside the checkout: the real sample and the development set (not shipped).
SHARED = Path(__file__).resolve().parents[1].parent / "shared"


@pytest.fixture
def shared() -> Path:
    """The shared folder, or skip the test with a clear reason where it is absent."""
    if not (SHARED / "FORMAT.md").is_file():
        pytest.skip(f"the shared development files are not beside the checkout ({SHARED})")
    return SHARED
