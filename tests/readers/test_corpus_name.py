"""A folder's corpus.toml `name` names the corpus; without one, the folder name does."""

from __future__ import annotations

from pathlib import Path

import readers


def test_corpus_toml_name_wins(seed_dir: Path) -> None:
    corpus = readers.load([seed_dir])
    assert corpus.name == "Belarus–Myanmar"
    assert corpus.root == seed_dir


def test_folder_name_without_metadata(tmp_path: Path) -> None:
    folder = tmp_path / "my-story"
    folder.mkdir()
    (folder / "a.txt").write_text("One sentence about the story here.\n", encoding="utf-8")
    assert readers.load([folder]).name == "my-story"
