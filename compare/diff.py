"""Word-level diff between two sentences: `word_diff(a, b) -> list[DiffOp]`.

Texts are split into tokens: the words of `readers.words` ("deposed", "8,665", "U.S.") and
every other visible character on its own (",", "’", "-"). The token sequences are compared
with difflib's `SequenceMatcher` (junk heuristics off), so the edits are whole words, never
character soup. The ops tile both texts exactly: joining the `a_text` of
every op gives `a`, joining the `b_text` gives `b`. Whitespace between tokens is given to the
neighbouring `equal` op, so changed ops are tight around the changed words; an `equal` op's
`a_text` and `b_text` therefore hold the same tokens but may differ in surrounding whitespace.
Offsets are relative to each sentence's text.
"""

from __future__ import annotations

from difflib import SequenceMatcher

from compare.model import DiffOp, DiffTag
from readers.words import word_spans


def tokens(text: str) -> list[tuple[int, int]]:
    """(start, end) of each word or punctuation token of `text`, in order."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for start, end in [*word_spans(text), (len(text), len(text))]:
        spans.extend((k, k + 1) for k in range(pos, start) if not text[k].isspace())
        if start < end:
            spans.append((start, end))
        pos = end
    return spans


def _boundaries(text: str, spans: list[tuple[int, int]], equal_before: list[bool]) -> list[int]:
    """Character position of each token boundary 0..n (whitespace to the equal side)."""
    n = len(spans)
    pos = [0] * (n + 1)
    pos[n] = len(text)
    for t in range(1, n):
        pos[t] = spans[t][0] if equal_before[t] else spans[t - 1][1]
    return pos


def word_diff(a: str, b: str) -> list[DiffOp]:
    """Word-level edit operations turning `a` into `b` (see the module docstring)."""
    sa, sb = tokens(a), tokens(b)
    ta = [a[s:e] for s, e in sa]
    tb = [b[s:e] for s, e in sb]
    if not ta or not tb:
        if a == b:
            return [DiffOp("equal", a, b, 0, len(a), 0, len(b))] if a else []
        tag: DiffTag = "insert" if not a else "delete" if not b else "replace"
        return [DiffOp(tag, a, b, 0, len(a), 0, len(b))]
    codes = SequenceMatcher(None, ta, tb, autojunk=False).get_opcodes()
    # equal_before[t]: the op holding token t-1 is an equal op (gets the whitespace after it).
    eq_a = [False] * (len(ta) + 1)
    eq_b = [False] * (len(tb) + 1)
    for tag, _i1, i2, _j1, j2 in codes:
        if tag == "equal":
            eq_a[i2] = True
            eq_b[j2] = True
    pa = _boundaries(a, sa, eq_a)
    pb = _boundaries(b, sb, eq_b)
    ops: list[DiffOp] = []
    for tag, i1, i2, j1, j2 in codes:
        a0, a1, b0, b1 = pa[i1], pa[i2], pb[j1], pb[j2]
        op_tag: DiffTag = tag
        if op_tag != "equal" and a0 == a1 and b0 != b1:
            op_tag = "insert"
        elif op_tag != "equal" and b0 == b1 and a0 != a1:
            op_tag = "delete"
        ops.append(DiffOp(op_tag, a[a0:a1], b[b0:b1], a0, a1, b0, b1))
    return [op for op in ops if op.a_start != op.a_end or op.b_start != op.b_end]
