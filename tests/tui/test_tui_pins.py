"""Links made by hand are shown as such: `samestory compare` text and Markdown mark them
"linked by hand", and `--no-corrections` drops the mark with the pin."""

from __future__ import annotations

from pathlib import Path

import pytest

import highlights
import readers
from highlights.corrections import add_correction
from samestory.cli import main


@pytest.fixture
def corpus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Two articles whose opening sentences share almost nothing, pinned together by hand."""
    folder = tmp_path / "floods"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "The storm reached the coast on Monday night. Officials said 12 people died in the "
        "floods. Schools will stay closed until Friday.\n",
        encoding="utf-8",
    )
    (folder / "b.txt").write_text(
        "Rescue teams worked through the weekend in the harbour district. Officials said 12 "
        "people died in the floods. Schools will stay closed until Friday.\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("SAMESTORY_DATA_DIR", str(tmp_path / "data"))
    loaded = readers.load([folder])
    a, b = loaded.documents
    with highlights.open_store() as store:
        s_a, s_b = a.sentences[0], b.sentences[0]
        add_correction(store, loaded.name, "link", (a, s_a.start, s_a.end), (b, s_b.start, s_b.end))
    return folder


@pytest.mark.parametrize(
    ("fmt", "pinned_line"),
    [("text", "0:0 ~ 1:0"), ("markdown", "`0:0` ~ `1:0`")],
)
def test_compare_marks_links_made_by_hand(
    corpus: Path, capsys: pytest.CaptureFixture[str], fmt: str, pinned_line: str
) -> None:
    base = ["compare", str(corpus), "--format", fmt, "--scorer", "lexical"]
    assert main(base) == 0
    out = capsys.readouterr().out
    marked = [line for line in out.splitlines() if "(linked by hand)" in line]
    assert len(marked) == 1 and pinned_line in marked[0], out
    assert out.count("(linked by hand)") == 1  # the aligner's own links are not marked
    assert main([*base, "--no-corrections"]) == 0
    assert "(linked by hand)" not in capsys.readouterr().out
