"""A link made from one clause of a longer sentence (`Link.partial`) says so wherever links are
shown: the text and Markdown reports of `samestory compare` and the JSON's `partial` field."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from samestory.cli import main

pytestmark = pytest.mark.usefixtures("needs_extra")


@pytest.fixture
def two_articles(seed_dir: Path, tmp_path: Path) -> Path:
    """The bundled corpus's first two articles, which state the townships census figure in a
    short sentence and in a long one that adds a second claim."""
    for path in sorted(seed_dir.glob("00[01]_*.txt")):
        shutil.copy(path, tmp_path / path.name)
    return tmp_path


def _townships(out: str) -> tuple[int, int]:
    data = json.loads(out)
    ours, theirs = (
        next(i for i, s in enumerate(doc["sentences"]) if "145 of" in s["text"])
        for doc in data["documents"]
    )
    return ours, theirs


def test_reports_mark_a_one_clause_link(two_articles: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    args = ["compare", str(two_articles), "--scorer", "hybrid", "--no-cache"]
    assert main([*args, "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    ours, theirs = _townships(json.dumps(data))
    (link,) = [
        lk for lk in data["links"] if (lk["a"]["sentence"], lk["b"]["sentence"]) == (ours, theirs)
    ]
    assert link["partial"] is True and link["pinned"] is False

    assert main([*args, "--format", "text"]) == 0
    text = capsys.readouterr().out
    (line,) = [ln for ln in text.splitlines() if f"0:{ours} ~ 1:{theirs} " in ln]
    assert line.endswith("(one clause)")
    assert '"one clause"' in text  # the legend says what it means

    assert main([*args, "--format", "markdown"]) == 0
    markdown = capsys.readouterr().out
    assert f"`0:{ours}` ~ `1:{theirs}`" in markdown
    row = markdown[markdown.index(f"`0:{ours}` ~ `1:{theirs}`") :].split(";")[0].splitlines()[0]
    assert "(one clause)" in row
