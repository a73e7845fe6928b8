"""The PySpark note of docs/corpora.md, run as written (``tox -e spark``: Java and pyspark).

Skipped where pyspark or Java is missing, so the default test run never starts a JVM.
"""

from __future__ import annotations

import re
import shutil
import sys
from pathlib import Path

import pytest

pytest.importorskip("pyarrow")
pytest.importorskip("pyspark")
if shutil.which("java") is None:
    pytest.skip("PySpark needs Java", allow_module_level=True)

PAGE = Path(__file__).resolve().parents[1] / "docs" / "corpora.md"

DOC = (
    "Ferry returns to the island\n\n"
    "The crossing resumed at dawn. 07.03.2025, Sputnik International\n\n"
    "2025-03-07T06:40+0100\n\nferries\n\n"
    "The first boat left on time.Passengers cheered on the quay.\n"
)


def _note() -> str:
    section = PAGE.read_text(encoding="utf-8").split("## PySpark", 1)[1]
    found = re.search(r"```python\n(.*?)```", section, re.DOTALL)
    assert found is not None, "the PySpark note has no python block"
    return found.group(1)


@pytest.mark.filterwarnings("ignore")  # the JVM's start-up chatter is not ours to judge
def test_the_pyspark_note_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    # Spark's Python workers must run this interpreter, which has wirefmt and pyarrow.
    monkeypatch.setenv("PYSPARK_PYTHON", sys.executable)
    namespace = {"doc": DOC, "__name__": "spark_note"}
    try:
        exec(compile(_note(), str(PAGE), "exec"), namespace)
    finally:
        spark = namespace.get("spark")
        if spark is not None:
            spark.stop()  # type: ignore[attr-defined]
