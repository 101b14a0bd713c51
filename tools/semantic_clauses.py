"""How the clause stage (`compare.clauses`) changes links on public development data.

    python -m tools.semantic_clauses [--scorer hybrid] [--n 300]

Each set is aligned three times with the same scorer: clause stage off
(`compare.aligner.CLAUSES` false: the baseline), on without the claim-word rule
(`compare.clauses.NEEDS_CLAIM_WORD` false: parts scored against each other whatever words
they share), and on as shipped. No test split is read; nothing is written or committed.

- containment (true): WikiSplit's tune split (github:google-research-datasets/wiki-split
  `tune.tsv`, CC BY-SA 4.0): a long sentence and the two sentences it was split into.
  Document A holds one half of each item (first and second halves alternately), document B
  the long sentences, so each half's claim is contained in one sentence of B that states
  another claim too. Another `n / 2` halves whose long sentence is absent from B are added to
  A (their links are wrong). Counted: halves linked to their own long sentence, wrong links.
- two claims on one subject (false): the same tune split, the first half of each item in
  document A and the second half in B (two sentences on one subject that state different
  things, as sentences of articles on one story do). Counted: links and links scored by
  clauses (`partial`), all wrong.
- long rewritten pair, development part: the Darby and Young's Literal translations of
  Romans to Revelation (`tools/semantic_bible.py`'s sources; the benchmark pair is Matthew to
  Acts, which is not read here). Counted: precision (links within one verse) and coverage.
  `--unsure` lists values of `compare.clauses.CLAUSE_UNSURE` to try on it.
- non-paraphrases (false): MRPC train pairs labelled 0 (github:galsang/ABCNN
  `MSRP_Corpus/msr_paraphrase_train.txt`; same story, judged not the same statement, often
  one sentence holding more than the other), sentence 1 in A and sentence 2 in B; and the
  paraphrase pairs (label 1) the same way. Counted: pairs linked, and links to a sentence of
  another pair (wrong).
"""

from __future__ import annotations

import argparse
import random
import time
from pathlib import Path

from tools.semantic_merges import MRPC, WIKISPLIT, _doc, _scorer, _show, wikisplit_items


def wikisplit_containment(
    git_dir: Path, n: int, seed: int = 11
) -> tuple[list[str], list[str], list[int]]:
    """(document A: halves, document B: long sentences, index in B of each half's own long
    sentence or -1)."""
    items = wikisplit_items(git_dir, n + n // 2, seed)
    a, b, own = [], [], []
    for k, (whole, h1, h2) in enumerate(items[:n]):
        a.append(h1 if k % 2 == 0 else h2)
        b.append(whole)
        own.append(k)
    for k, (_, h1, h2) in enumerate(items[n : n + n // 2]):
        a.append(h1 if k % 2 == 0 else h2)
        own.append(-1)
    return a, b, own


def wikisplit_halves(git_dir: Path, n: int, seed: int = 23) -> tuple[list[str], list[str]]:
    """(document A: first halves, document B: second halves) of `n` tune items."""
    items = wikisplit_items(git_dir, n, seed)
    return [h1 for _, h1, _ in items], [h2 for _, _, h2 in items]


def bible_development(out_dir: Path) -> tuple[Path, Path]:
    """Darby and YLT from Romans to Revelation, one verse per paragraph (slots after the
    benchmark's Matthew-Acts)."""
    from tools import semantic_bible

    first = semantic_bible.SLOTS
    saved = semantic_bible.SLOTS
    semantic_bible.SLOTS = 10**6
    try:
        texts = {name: semantic_bible.verses(rel) for name, rel in semantic_bible.MODULES.items()}
    finally:
        semantic_bible.SLOTS = saved
    shared = sorted(s for s in set(texts["darby"]) & set(texts["ylt"]) if s >= first)
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, verses in texts.items():
        path = out_dir / f"{name}.txt"
        path.write_text("\n\n".join(verses[s] for s in shared) + "\n", encoding="utf-8")
        paths.append(path)
    return paths[0], paths[1]


CONFIGS = {
    "clauses off": (False, True),
    "clauses on, no claim-word rule": (True, False),
    "clauses on": (True, True),
}
"""Each measured configuration: (`compare.aligner.CLAUSES`, `compare.clauses.NEEDS_CLAIM_WORD`)."""


def _aligned(docs, scorer, config: str):  # type: ignore[no-untyped-def]
    """`align(docs)` under one of `CONFIGS`, and its CPU seconds."""
    import compare.aligner as aligner
    import compare.clauses

    before = aligner.CLAUSES, compare.clauses.NEEDS_CLAIM_WORD
    aligner.CLAUSES, compare.clauses.NEEDS_CLAIM_WORD = CONFIGS[config]
    try:
        started = time.process_time()
        al = aligner.align(docs, scorer=scorer, use_cache=False)
        return al, time.process_time() - started
    finally:
        aligner.CLAUSES, compare.clauses.NEEDS_CLAIM_WORD = before


def bible_figures(scorer, paths: tuple[Path, Path], config: str) -> str:  # type: ignore[no-untyped-def]
    import readers

    docs = readers.load(list(paths)).documents
    scorer.prepare(docs)
    al, cpu = _aligned(docs, scorer, config)
    right = [
        docs[0].sentences[lk.a.sentence].paragraph == docs[1].sentences[lk.b.sentence].paragraph
        for lk in al.links
    ]
    good = {r for lk, ok in zip(al.links, right, strict=True) if ok for r in (lk.a, lk.b)}
    total = sum(1 for d in docs for s in d.sentences if not s.boilerplate)
    return (
        f"links {len(al.links)}  precision {sum(right) / max(len(right), 1):.4f}  "
        f"coverage {len(good) / total:.4f}  align cpu {cpu:.1f} s"
    )


def mrpc_pairs(git_dir: Path, label: str, n: int, seed: int = 5) -> list[tuple[str, str]]:
    rows = [
        r.split("\t")
        for r in _show(git_dir, "MSRP_Corpus/msr_paraphrase_train.txt").splitlines()[1:]
    ]
    pairs = [(r[3], r[4]) for r in rows if r[0] == label]
    random.Random(seed).shuffle(pairs)
    return pairs[:n]


def measure(scorer_name: str, n: int, wikisplit: Path, mrpc: Path) -> list[str]:
    scorer = _scorer(scorer_name)
    lines = []
    a, b, own = wikisplit_containment(wikisplit, n)
    for config in CONFIGS:
        al, cpu = _aligned([_doc(a, "a"), _doc(b, "b")], scorer, config)
        right = sum(own[lk.a.sentence] == lk.b.sentence for lk in al.links)
        lines.append(
            f"wikisplit containment  {config:30s}  halves linked to their long sentence "
            f"{right}/{n}  wrong links {len(al.links) - right}  cpu {cpu:.1f} s"
        )
    a, b = wikisplit_halves(wikisplit, n)
    for config in CONFIGS:
        al, cpu = _aligned([_doc(a, "a"), _doc(b, "b")], scorer, config)
        partial = sum(lk.partial for lk in al.links)
        lines.append(
            f"wikisplit two claims   {config:30s}  links (wrong) {len(al.links)}  "
            f"scored by clauses {partial}  cpu {cpu:.1f} s"
        )
    for label, what in (("0", "non-paraphrases"), ("1", "paraphrases")):
        pairs = mrpc_pairs(mrpc, label, n)
        a, b = [s for s, _ in pairs], [t for _, t in pairs]
        for config in CONFIGS:
            al, cpu = _aligned([_doc(a, "a"), _doc(b, "b")], scorer, config)
            same = sum(lk.a.sentence == lk.b.sentence for lk in al.links)
            lines.append(
                f"mrpc {what:15s}  {config:30s}  pairs linked {same}/{len(pairs)}  "
                f"links to another pair {len(al.links) - same}  cpu {cpu:.1f} s"
            )
    return lines


def main(argv: list[str] | None = None) -> int:
    import tempfile

    import compare.clauses

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scorer", default="hybrid")
    parser.add_argument("--n", type=int, default=300)
    parser.add_argument("--wikisplit", type=Path, default=WIKISPLIT)
    parser.add_argument("--mrpc", type=Path, default=MRPC)
    parser.add_argument("--unsure", default=str(compare.clauses.CLAUSE_UNSURE))
    parser.add_argument("--min-words", default=str(compare.clauses.MIN_PART_WORDS))
    parser.add_argument("--skip-bible", action="store_true")
    args = parser.parse_args(argv)
    if not args.skip_bible:
        scorer = _scorer(args.scorer)
        paths = bible_development(Path(tempfile.mkdtemp(prefix="bible-dev-")))
        for config in list(CONFIGS)[:2]:
            print(f"bible Romans-Revelation  {config}  {bible_figures(scorer, paths, config)}")
        defaults = compare.clauses.CLAUSE_UNSURE, compare.clauses.MIN_PART_WORDS
        for value in args.unsure.split(","):
            for words in args.min_words.split(","):
                compare.clauses.CLAUSE_UNSURE = float(value)
                compare.clauses.MIN_PART_WORDS = int(words)
                compare.clauses.clauses.cache_clear()
                figures = bible_figures(scorer, paths, "clauses on")
                print(
                    f"bible Romans-Revelation  clauses on (unsure < {value}, part words >= "
                    f"{words})  {figures}",
                    flush=True,
                )
        compare.clauses.CLAUSE_UNSURE, compare.clauses.MIN_PART_WORDS = defaults
        compare.clauses.clauses.cache_clear()
    for line in measure(args.scorer, args.n, args.wikisplit, args.mrpc):
        print(line, flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
