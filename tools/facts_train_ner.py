"""Train the news NER shipped in facts/data/ner_news/ on CoNLL-2003 English.

Trains a small spaCy pipeline (hash-embedding tok2vec + transition-based NER, spaCy's
"efficiency" English NER config, no pretrained vectors) on `eng.train`, keeps the model that
scores best on `eng.testa` (the dev split), and copies it, without its training metadata,
into facts/data/ner_news/. The test split `eng.testb` is never read. The CoNLL text itself is
not kept: tools/facts_conll.py writes it to a cache folder outside the tree.

Labels PER, ORG, LOC and MISC are learnt; facts.nlp uses PER, ORG and LOC. The weights are a
model trained on the data, not the data; CoNLL-2003/Reuters is for research use, which the
README and tests/data/SOURCES.md state.

    python -m tools.facts_train_ner [--work ~/.cache/samestory-dev] [--max-steps 6000]

With `--hold-back-every N`, every N-th `train` article is held back as the selection set
instead of `testa`, and the model is only written to the work folder (not installed): it
measures how much choosing the checkpoint on `testa` flatters the `testa` score
(`python -m spacy evaluate <model> <work>/conll_dev.spacy`).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

from tools.facts_conll import DEFAULT_OUT, SPLITS, load_split, write_docbin

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "facts" / "data" / "ner_news"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--work", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--max-steps", type=int, default=6000)
    parser.add_argument("--install-only", type=Path, default=None,
                        help="copy an already trained model folder into facts/data/ner_news")  # fmt: skip
    parser.add_argument("--hold-back-every", type=int, default=0,
                        help="select on every N-th train article, not on testa; don't install")  # fmt: skip
    args = parser.parse_args()
    best = args.install_only
    if best is None:
        work = args.work
        for split in SPLITS:
            write_docbin(load_split(split), work / f"conll_{split}.spacy")
        train, select, out = "conll_train.spacy", "conll_dev.spacy", "ner_out"
        if args.hold_back_every:
            n = args.hold_back_every
            sents = load_split("train")
            write_docbin([s for s in sents if s.doc % n != n - 1], work / "conll_train_rest.spacy")
            write_docbin([s for s in sents if s.doc % n == n - 1], work / "conll_train_held.spacy")
            train, select, out = "conll_train_rest.spacy", "conll_train_held.spacy", "ner_heldback"
        cfg = work / "ner.cfg"
        run = [sys.executable, "-m", "spacy"]
        subprocess.run([*run, "init", "config", str(cfg), "--lang", "en", "--pipeline", "ner",
                        "--optimize", "efficiency", "--force"], check=True)  # fmt: skip
        subprocess.run([*run, "train", str(cfg), "--output", str(work / out),
                        "--paths.train", str(work / train),
                        "--paths.dev", str(work / select),
                        "--training.max_steps", str(args.max_steps),
                        "--training.eval_frequency", "400", "--training.patience", "4000"],
                       check=True)  # fmt: skip
        best = work / out / "model-best"
        if args.hold_back_every:
            print(f"trained {best} (selected on held-back train articles; not installed)")
            return 0
    install(best)
    return 0


def install(best: Path) -> None:
    """Copy the trained pipeline into the package, keeping only what loading needs.

    The string store of a trained pipeline holds every word form of the training text; the
    hash embeddings do not need them to run, so only spaCy's own strings and the labels are
    kept (no Reuters vocabulary ships), and predictions are checked to be unchanged.
    """
    import json

    import spacy

    nlp = spacy.load(best)
    keep = set(spacy.blank("en").vocab.strings) | set(nlp.get_pipe("ner").labels)
    nlp.meta["name"] = "ner_news"
    nlp.meta["description"] = (
        "samestory news NER: spaCy tok2vec + NER trained on CoNLL-2003 English train "
        "(selected on testa) by tools/facts_train_ner.py"
    )
    nlp.meta["sources"] = [{"name": "CoNLL-2003 English (Reuters RCV1)", "license": "research use"}]
    if TARGET.exists():
        shutil.rmtree(TARGET)
    nlp.to_disk(TARGET)
    strings = TARGET / "vocab" / "strings.json"
    strings.write_text(json.dumps(sorted(keep)), encoding="utf-8")
    check = [s.text for s in load_split("dev")[:300]]
    before = [[(e.start_char, e.end_char, e.label_) for e in d.ents] for d in nlp.pipe(check)]
    pruned = spacy.load(TARGET)
    after = [[(e.start_char, e.end_char, e.label_) for e in d.ents] for d in pruned.pipe(check)]
    if before != after:
        raise SystemExit("pruning the string store changed predictions")
    print(f"installed {best} -> {TARGET} ({len(keep)} strings kept)")


if __name__ == "__main__":
    raise SystemExit(main())
