"""The command line starts without loading the reader: plain commands import no Textual or Rich.

The package layers themselves are checked statically by `lint-imports` (pyproject.toml).
"""

from __future__ import annotations

import subprocess
import sys

import pytest


@pytest.mark.parametrize(
    "module",
    ["samestory.cli", "samestory.commands.read", "samestory.commands.compare"],
)
def test_engine_imports_no_ui(module: str) -> None:
    code = (
        f"import sys, {module}\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in {'textual', 'rich', 'tui'})\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "", f"{module} pulled in UI modules: {out.stdout.strip()}"
