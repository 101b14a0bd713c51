"""How well `compare.align` merges true 1:2 splits and refuses lookalike neighbours.

    python -m tools.semantic_merges [--scorers lexical,hybrid,semantic]

Two public development sets (no test split is read; nothing is written or committed):

- true splits: 300 random items of WikiSplit's tune split (github:google-research-datasets/
  wiki-split `tune.tsv`, CC BY-SA 4.0): document A holds the long sentences, document B each
  one's two halves in order. Counted: long sentences linked to both of their halves.
- lookalike neighbours: 400 random paraphrase pairs of MRPC train (github:galsang/ABCNN
  `MSRP_Corpus/msr_paraphrase_train.txt`): document A holds sentence 1, document B sentence 2
  followed by the MRPC sentence (of another pair) nearest to sentence 1 by cosine among those
  below `DUPLICATE_COSINE` (MRPC repeats sentences of one story; near-duplicates are left
  out). Counted: neighbours merged into the link (wrong) and sentence 2 linked (right).

The repositories are read with `git --git-dir=... show HEAD:path` from the mirrors the
search tool's `fetch` made (`--wikisplit`, `--mrpc` give the git directories).
"""

from __future__ import annotations

import argparse
import random
import re
import subprocess
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
MIRRORS = Path("/work/.mirror")
WIKISPLIT = MIRRORS / "google-research-datasets+wiki-split" / "repo"
MRPC = MIRRORS / "galsang+ABCNN" / "repo"
DUPLICATE_COSINE = 0.8


def _show(git_dir: Path, path: str) -> str:
    return subprocess.run(
        ["git", f"--git-dir={git_dir}", "show", f"HEAD:{path}"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout


def _detokenize(s: str) -> str:
    s = re.sub(r" ([,.;:!?)'])", r"\1", s)
    return re.sub(r"([(]) ", r"\1", s).strip()


def wikisplit_items(git_dir: Path, n: int = 300, seed: int = 7) -> list[tuple[str, str, str]]:
    items = []
    for line in _show(git_dir, "tune.tsv").splitlines():
        whole, split = line.split("\t")
        halves = split.split("<::::>")
        if len(halves) == 2:
            items.append(tuple(_detokenize(x) for x in (whole, *halves)))
    random.Random(seed).shuffle(items)
    return items[:n]  # type: ignore[return-value]


def mrpc_lookalikes(git_dir: Path, n: int = 400, seed: int = 3) -> list[tuple[str, str, str]]:
    """(sentence 1, sentence 2, lookalike neighbour) for `n` MRPC-train paraphrase pairs."""
    from compare.semantic import make_scorer

    rows = [
        r.split("\t")
        for r in _show(git_dir, "MSRP_Corpus/msr_paraphrase_train.txt").splitlines()[1:]
    ]
    pairs = [(r[3], r[4]) for r in rows if r[0] == "1"]
    random.Random(seed).shuffle(pairs)
    sample, pool = pairs[:n], [p for p, _ in pairs[n:]]
    scorer = make_scorer("semantic")
    assert scorer is not None
    sims = scorer.cache.vectors([s for s, _ in sample]) @ scorer.cache.vectors(pool).T
    sims[sims >= DUPLICATE_COSINE] = -np.inf
    return [(s, t, pool[int(k)]) for (s, t), k in zip(sample, sims.argmax(axis=1), strict=True)]


def _doc(sentences: list[str], name: str):  # type: ignore[no-untyped-def]
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from align_synth import make_doc

    return make_doc(sentences, name)


def _scorer(name: str):  # type: ignore[no-untyped-def]
    from compare.semantic import make_scorer

    return make_scorer(name)


def measure(
    name: str, splits: list[tuple[str, str, str]], looks: list[tuple[str, str, str]]
) -> str:
    from compare.aligner import align

    scorer = _scorer(name)
    a = _doc([w for w, _, _ in splits], "a")
    b = _doc([x for _, h1, h2 in splits for x in (h1, h2)], "b")
    al = align([a, b], scorer=scorer, use_cache=False)
    got = {(lk.a.sentence, lk.b.sentence) for lk in al.links if lk.merged}
    merged = sum({(k, 2 * k), (k, 2 * k + 1)} <= got for k in range(len(splits)))
    wrong_split = sum(lk.b.sentence // 2 != lk.a.sentence for lk in al.links)
    a = _doc([s for s, _, _ in looks], "a")
    b = _doc([x for _, t, nb in looks for x in (t, nb)], "b")
    al = align([a, b], scorer=scorer, use_cache=False)
    look = sum(lk.merged and lk.b.sentence == 2 * lk.a.sentence + 1 for lk in al.links)
    right = sum(lk.b.sentence == 2 * lk.a.sentence for lk in al.links)
    return (
        f"{name:8s}  true splits merged {merged}/{len(splits)} (wrong links {wrong_split})  |  "
        f"lookalike neighbours merged {look}/{len(looks)}, right pair linked {right}/{len(looks)}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scorers", default="lexical,hybrid,semantic")
    parser.add_argument("--wikisplit", type=Path, default=WIKISPLIT)
    parser.add_argument("--mrpc", type=Path, default=MRPC)
    args = parser.parse_args(argv)
    splits = wikisplit_items(args.wikisplit)
    looks = mrpc_lookalikes(args.mrpc)
    for name in args.scorers.split(","):
        print(measure(name, splits, looks), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
