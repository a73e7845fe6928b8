"""The documentation stays true: every diagnostic code is documented, README commands exist."""

from __future__ import annotations

from pathlib import Path

import wirefmt
from wirefmt._policy import CODES

ROOT = Path(__file__).resolve().parents[1]


def test_every_diagnostic_code_is_documented() -> None:
    page = (ROOT / "docs" / "diagnostics.md").read_text(encoding="utf-8")
    missing = [code for code in CODES if f"`{code}`" not in page]
    assert missing == []


def test_every_documented_code_exists() -> None:
    page = (ROOT / "docs" / "diagnostics.md").read_text(encoding="utf-8")
    rows = [line.split("|") for line in page.splitlines() if line.startswith("| `")]
    documented = {
        row[1].strip().strip("`") for row in rows if row[2].strip() in ("error", "notice")
    }
    assert documented == set(CODES)


def test_changelog_has_an_unreleased_section() -> None:
    text = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert "## [Unreleased]" in text


def test_version_is_written_once() -> None:
    assert wirefmt.__version__
    assert wirefmt.__version__ not in (ROOT / "pyproject.toml").read_text(encoding="utf-8")
