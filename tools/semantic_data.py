"""Public sentence-pair benchmarks for fitting and measuring the scorers (train/dev only).

- STS-B (SemEval 2012-2017 STS benchmark; sentence pairs scored 0-5 by people): `sts-train.csv`
  and `sts-dev.csv` of github:zhangzhenhu/Semantic-Texual-Similarity-Toolkits
  (`data/stsbenchmark/`).
- MRPC (Microsoft Research Paraphrase Corpus; news sentence pairs labelled paraphrase or not):
  `msr_paraphrase_train.txt` and `msr_paraphrase_dev.txt` of github:galsang/ABCNN
  (`MSRP_Corpus/`).

The texts are not committed (their licences allow research use, not redistribution). Bring
the repositories onto the machine (e.g. `git clone`, or the bare mirrors of the project's
tooling) and point `$SAMESTORY_STSB` and `$SAMESTORY_MRPC` at them: a work tree or a bare git
directory. The test splits are never read here.
"""

from __future__ import annotations

import os
import subprocess
from dataclasses import dataclass
from pathlib import Path

import numpy as np

STSB_ENV, MRPC_ENV = "SAMESTORY_STSB", "SAMESTORY_MRPC"
_DEFAULTS = {
    STSB_ENV: "/work/.mirror/zhangzhenhu+Semantic-Texual-Similarity-Toolkits/repo/.git",
    MRPC_ENV: "/work/.mirror/galsang+ABCNN/repo",
}
SPLITS = ("train", "dev")


@dataclass
class PairSet:
    """Sentence pairs with a gold value (STS-B: 0-5 similarity; MRPC: 1 paraphrase, 0 not)."""

    name: str
    left: list[str]
    right: list[str]
    gold: np.ndarray


def _read(env: str, rel: str) -> str:
    root = Path(os.environ.get(env) or _DEFAULTS[env])
    if (root / rel).is_file():
        return (root / rel).read_text(encoding="utf-8-sig")
    try:
        return subprocess.run(
            ["git", f"--git-dir={root}", "show", f"HEAD:{rel}"],
            check=True,
            capture_output=True,
        ).stdout.decode("utf-8-sig")
    except (OSError, subprocess.CalledProcessError):
        raise SystemExit(
            f"cannot read {rel} from {root}; set ${env} (see tools/semantic_data.py)"
        ) from None


def stsb(split: str) -> PairSet:
    if split not in SPLITS:
        raise ValueError(f"only {SPLITS} splits are used")
    left, right, gold = [], [], []
    for line in _read(STSB_ENV, f"data/stsbenchmark/sts-{split}.csv").splitlines():
        cols = line.split("\t")
        if len(cols) >= 7:
            left.append(cols[5])
            right.append(cols[6])
            gold.append(float(cols[4]))
    return PairSet(f"STS-B {split}", left, right, np.array(gold))


def mrpc(split: str) -> PairSet:
    if split not in SPLITS:
        raise ValueError(f"only {SPLITS} splits are used")
    left, right, gold = [], [], []
    for n, line in enumerate(
        _read(MRPC_ENV, f"MSRP_Corpus/msr_paraphrase_{split}.txt").splitlines()
    ):
        cols = line.split("\t")
        if n == 0 or len(cols) < 5:
            continue
        left.append(cols[3])
        right.append(cols[4])
        gold.append(int(cols[0]))
    return PairSet(f"MRPC {split}", left, right, np.array(gold))


def f1_at(scores: np.ndarray, labels: np.ndarray, threshold: float) -> float:
    predicted = scores >= threshold
    tp = int(np.sum(predicted & (labels == 1)))
    return 2 * tp / (int(predicted.sum()) + int(labels.sum()))


def best_f1_threshold(scores: np.ndarray, labels: np.ndarray) -> float:
    """The threshold with the highest F1 (ties: the lowest)."""
    candidates = np.unique(scores)
    f1 = [f1_at(scores, labels, float(t)) for t in candidates]
    return float(candidates[int(np.argmax(f1))])


def threshold_at_precision(scores: np.ndarray, labels: np.ndarray, precision: float) -> float:
    """The lowest threshold whose precision is at least `precision`."""
    order = np.argsort(-scores, kind="stable")
    hits = np.cumsum(labels[order] == 1)
    prec = hits / np.arange(1, len(order) + 1)
    ok = np.flatnonzero(prec >= precision)
    return float(scores[order][ok[-1]]) if len(ok) else float(scores.max())
