"""CoNLL-2003 English NER (Reuters newswire) as development data for the fact extractor.

The Reuters text may be used for research but not redistributed, so nothing of it is kept in
the repository: this script reads `eng.train` / `eng.testa` from a fetched copy of the public
repository ZhixiuYe/HSCRF-pytorch (a bare git directory) and writes spaCy `DocBin` files to a
cache folder outside the tree. `eng.testb` (the benchmark's test split) is never read.

    python tools/facts_conll.py --git-dir /path/to/HSCRF-pytorch/.git --out ~/.cache/samestory-dev

The bench and the NER training script import `load_split` from here.
"""

from __future__ import annotations

import argparse
import os
import subprocess
from dataclasses import dataclass
from pathlib import Path

SPLITS = {"train": "data/eng.train", "dev": "data/eng.testa"}
"""The parts we may use; the test split (eng.testb) is held out and deliberately absent."""
ENV_GIT_DIR = "SAMESTORY_CONLL_GIT_DIR"
DEFAULT_GIT_DIR = Path("/work/.mirror/ZhixiuYe+HSCRF-pytorch/repo/.git")
DEFAULT_OUT = Path(os.environ.get("SAMESTORY_DEV_CACHE", "~/.cache/samestory-dev")).expanduser()


@dataclass
class Sentence:
    words: list[str]
    spans: list[tuple[int, int, str]]
    """(first word, last word + 1, label) with labels PER, ORG, LOC, MISC."""
    doc: int

    @property
    def text(self) -> str:
        return " ".join(self.words)

    def char_spans(self) -> list[tuple[int, int, str]]:
        """Entity spans as character offsets into `text`."""
        starts, pos = [], 0
        for w in self.words:
            starts.append(pos)
            pos += len(w) + 1
        return [
            (starts[a], starts[b - 1] + len(self.words[b - 1]), lab) for a, b, lab in self.spans
        ]


def parse_conll(text: str) -> list[Sentence]:
    """Sentences of a CoNLL-2003 file (IOB1 or IOB2 tags in the last column)."""
    out: list[Sentence] = []
    doc = -1
    words: list[str] = []
    tags: list[str] = []

    def flush() -> None:
        if words:
            out.append(Sentence(list(words), _spans(tags), max(doc, 0)))
        words.clear()
        tags.clear()

    for line in text.splitlines():
        if line.startswith("-DOCSTART-"):
            flush()
            doc += 1
            continue
        if not line.strip():
            flush()
            continue
        cols = line.split()
        words.append(cols[0])
        tags.append(cols[-1])
    flush()
    return out


def _spans(tags: list[str]) -> list[tuple[int, int, str]]:
    spans: list[tuple[int, int, str]] = []
    start, label = -1, ""
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, lab = tag.partition("-")
        begins = prefix == "B" or (prefix == "I" and lab != label)
        if start >= 0 and (tag == "O" or begins):
            spans.append((start, i, label))
            start, label = -1, ""
        if tag != "O" and (start < 0 or begins):
            start, label = i, lab
    return spans


def load_split(split: str, git_dir: Path | None = None) -> list[Sentence]:
    """Sentences of the `train` or `dev` (eng.testa) split, read from the fetched repository."""
    if split not in SPLITS:
        raise ValueError(f"unknown split {split!r}: use one of {sorted(SPLITS)}")
    git = git_dir or Path(os.environ.get(ENV_GIT_DIR, DEFAULT_GIT_DIR))
    text = subprocess.run(
        ["git", f"--git-dir={git}", "show", f"HEAD:{SPLITS[split]}"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return parse_conll(text)


def write_docbin(sentences: list[Sentence], path: Path) -> int:
    """Write the sentences as a spaCy DocBin (for `spacy train`); returns the count."""
    import spacy
    from spacy.tokens import Doc, DocBin, Span

    vocab = spacy.blank("en").vocab
    db = DocBin()
    for s in sentences:
        doc = Doc(vocab, words=s.words)
        doc.ents = [Span(doc, a, b, label=lab) for a, b, lab in s.spans]
        db.add(doc)
    path.parent.mkdir(parents=True, exist_ok=True)
    db.to_disk(path)
    return len(sentences)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--git-dir", type=Path, default=None)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args()
    for split in SPLITS:
        n = write_docbin(load_split(split, args.git_dir), args.out / f"conll_{split}.spacy")
        print(f"{split}: {n} sentences -> {args.out / f'conll_{split}.spacy'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
