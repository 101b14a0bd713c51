"""Re-anchoring accuracy after edits: samestory's anchor vs simpler baselines, same run.

Highlights (whole sentences and 3-9 word sub-spans) are made on the seed corpus, then each
document is edited at word level with a seeded random generator (words replaced, deleted,
inserted, paragraphs inserted; some edits inside the highlight, some next to it). Every word
carries a flag "inside the highlight", so the expected span in the new text is known exactly.

Methods:
  samestory   highlights.anchor (hash, exact quote by context, fuzzy with tie refusal)
  position    keep the old offsets (what a store without quote selectors does)
  quote-find  the exact quote nearest the old position, else orphan
  difflib     diff old and new text word by word (difflib.SequenceMatcher) and map the
              highlight's first and last kept words (diff-based position tracking)

A placement is "right" when its overlap with the expected span is >= 90% of both (Jaccard);
"wrong" when placed otherwise; "orphan" when the method refused. Wrong is the bad outcome.

Usage: python benchmarks/highlights_reanchor.py [--rounds N] [--seed S]
"""

from __future__ import annotations

import argparse
import difflib
import random
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import highlights
import readers
from highlights.store import make_highlight

ROOT = Path(__file__).resolve().parent.parent
FILLER = [
    "reportedly",
    "officially",
    "new",
    "former",
    "local",
    "national",
    "several",
    "major",
    "key",
    "said",
]

Token = tuple[str, bool]  # (text including trailing space, inside highlight)


def tokens_of(text: str, start: int, end: int) -> list[Token]:
    out: list[Token] = []
    for m in re.finditer(r"\S+\s*|\s+", text):
        word_end = m.start() + len(m.group().rstrip())
        inside = m.start() >= start and word_end <= end and word_end > m.start()
        out.append((m.group(), inside))
    return out


def render(toks: list[Token]) -> tuple[str, int, int]:
    text, s, e = "", -1, -1
    for word, inside in toks:
        if inside:
            if s < 0:
                s = len(text)
            e = len(text) + len(word.rstrip())
        text += word
    return text, s, e


def edit(toks: list[Token], rng: random.Random, rate: float, inside_edits: bool) -> list[Token]:
    out: list[Token] = []
    for i, (word, inside) in enumerate(toks):
        r = rng.random()
        if inside and not inside_edits:
            out.append((word, inside))
            continue
        if r < rate / 3 and word.strip():
            ws = word[len(word.rstrip()) :] or " "
            out.append((rng.choice(FILLER) + ws, inside))
        elif r < 2 * rate / 3 and word.strip() and not (inside and _edge(toks, i)):
            continue
        elif r < rate:
            out.append((word, inside))
            prev_in = inside and i + 1 < len(toks) and toks[i + 1][1]
            out.append((rng.choice(FILLER) + " ", prev_in))
        else:
            out.append((word, inside))
        if r > 0.995:
            out.append(("\n\nAn added paragraph about something else entirely. ", False))
    return out


def _edge(toks: list[Token], i: int) -> bool:
    before = i > 0 and toks[i - 1][1]
    after = i + 1 < len(toks) and toks[i + 1][1]
    return not (before and after)


def m_samestory(h: highlights.Highlight, doc: readers.Document) -> tuple[int, int] | None:
    where = highlights.anchor(h, doc)
    return (where.start, where.end) if isinstance(where, highlights.Anchored) else None


def m_position(h: highlights.Highlight, doc: readers.Document) -> tuple[int, int] | None:
    return (h.start, min(h.end, len(doc.text))) if h.start < len(doc.text) else None


def m_quote_find(h: highlights.Highlight, doc: readers.Document) -> tuple[int, int] | None:
    hits = [m.start() for m in re.finditer(re.escape(h.exact), doc.text)]
    if not hits:
        return None
    best = min(hits, key=lambda i: abs(i - h.start))
    return best, best + len(h.exact)


def make_difflib(
    old_text: str,
) -> Callable[[highlights.Highlight, readers.Document], tuple[int, int] | None]:
    """Diff the old and new texts word by word and map the highlight's ends through it."""
    old_words = [(m.start(), m.end(), m.group()) for m in re.finditer(r"\S+", old_text)]

    def method(h: highlights.Highlight, doc: readers.Document) -> tuple[int, int] | None:
        new_words = [(m.start(), m.end(), m.group()) for m in re.finditer(r"\S+", doc.text)]
        sm = difflib.SequenceMatcher(
            None, [w for _, _, w in old_words], [w for _, _, w in new_words], autojunk=False
        )
        mapping: dict[int, int] = {}
        for a, b, n in sm.get_matching_blocks():
            for k in range(n):
                mapping[a + k] = b + k
        inside = [i for i, (s, e, _) in enumerate(old_words) if s >= h.start and e <= h.end]
        kept = [mapping[i] for i in inside if i in mapping]
        if not kept:
            return None
        return new_words[min(kept)][0], new_words[max(kept)][1]

    return method


def jaccard(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    union = max(a[1], b[1]) - min(a[0], b[0])
    return inter / union if union else 0.0


def main() -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--rate", type=float, default=0.06, help="share of words edited")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    docs = readers.load([ROOT / "corpus" / "belarus-myanmar"]).documents
    names = ["samestory", "position", "quote-find", "difflib"]
    results = {scenario: {n: [0, 0, 0, 0.0] for n in names} for scenario in ("around", "inside")}
    cases = 0
    for _ in range(args.rounds):
        for doc in docs:
            spans: list[tuple[int, int]] = []
            for s in doc.content_sentences:
                if len(s.text) < 30:
                    continue
                spans.append((s.start, s.end))
                words = list(re.finditer(r"\S+", s.text))
                if len(words) > 10:
                    k = rng.randint(3, 9)
                    i = rng.randint(0, len(words) - k)
                    spans.append((s.start + words[i].start(), s.start + words[i + k - 1].end()))
            for start, end in spans:
                h = make_highlight("bench", doc, start, end)
                for scenario in ("around", "inside"):
                    toks = edit(
                        tokens_of(doc.text, start, end), rng, args.rate, scenario == "inside"
                    )
                    text, es, ee = render(toks)
                    if es < 0:
                        continue
                    new_doc = readers.build_document(text, doc.source)
                    methods = {
                        "samestory": m_samestory,
                        "position": m_position,
                        "quote-find": m_quote_find,
                        "difflib": make_difflib(doc.text),
                    }
                    cases += 1
                    for name, fn in methods.items():
                        t0 = time.perf_counter()
                        got = fn(h, new_doc)
                        dt = time.perf_counter() - t0
                        row = results[scenario][name]
                        row[3] += dt
                        if got is None:
                            row[2] += 1
                        elif jaccard(got, (es, ee)) >= 0.9:
                            row[0] += 1
                        else:
                            row[1] += 1
    print(
        f"seed corpus, {args.rounds} rounds, edit rate {args.rate:.0%}, {cases} edited highlights\n"
    )
    print("(difflib is an oracle baseline: it diffs against the old full text, which the")
    print(" highlight store does not keep; samestory uses only the stored quote, context and")
    print(" position. 'around' = edits outside the highlight, 'inside' = also within it.)\n")
    print(f"{'edits':<8} {'method':<11} {'right':>7} {'wrong':>7} {'orphan':>7} {'ms/each':>8}")
    for scenario, rows in results.items():
        for name in names:
            r, w, o, t = rows[name]
            n = max(1, r + w + o)
            print(
                f"{scenario:<8} {name:<11} {r / n:>7.1%} {w / n:>7.1%} {o / n:>7.1%} {1000 * t / n:>8.2f}"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
