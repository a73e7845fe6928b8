"""Without pyarrow (the ``arrow`` extra), every way in names the command that installs it.

These run whether or not pyarrow is installed: a child process hides it.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

HIDE = "import sys; sys.modules['pyarrow'] = None; sys.modules['pyarrow.parquet'] = None\n"


def _run(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", HIDE + code], capture_output=True, text=True, check=False
    )


@pytest.mark.parametrize("module", ["wirefmt.arrow", "wirefmt.dask"])
def test_importing_the_module_names_the_extra(module: str) -> None:
    done = _run(f"import {module}")
    assert done.returncode != 0
    extra = module.split(".")[1]
    assert f'pip install "wirefmt[{extra}]"' in done.stderr


@pytest.mark.parametrize(
    "args",
    [["--to", "parquet", "-o", "OUT"], ["--text-column", "content", "in.parquet"]],
)
def test_the_options_are_a_usage_error_naming_the_extra(tmp_path: Path, args: list[str]) -> None:
    args = [str(tmp_path / "o") if a == "OUT" else a for a in args]
    done = _run(f"from wirefmt._cli import main\nsys.exit(main(['parse', *{args!r}]))")
    assert done.returncode == 2
    assert 'pip install "wirefmt[arrow]"' in done.stderr
    assert not list(tmp_path.iterdir())


def test_a_parquet_name_is_a_failed_input_naming_the_extra(tmp_path: Path) -> None:
    shard = tmp_path / "shard.parquet"
    shard.write_bytes(b"PAR1")
    done = _run(f"from wirefmt._cli import main\nsys.exit(main(['parse', {str(shard)!r}]))")
    assert done.returncode == 1
    assert 'pip install \\"wirefmt[arrow]\\"' in done.stdout  # JSON-escaped quotes
