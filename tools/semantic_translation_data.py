"""Real translated news articles with a sentence-level gold: WMT newstest2012 (ru, fr, en).

newstest2012 is one set of 99 news articles (3,003 sentences) from several outlets, each
professionally translated so that every language has the same articles, sentence for
sentence: segment k of an article in Russian says what segment k of the same article says in
English or French. The files come from WMT's development archive (`dev/newstest2012-src.
{ru,fr,en}.sgm`), as committed in github:Jun1770watanabe/Seq2seq (first commit `e8f4c5b`; a
later commit deleted them). Point `$SAMESTORY_WMT_DEV` at a clone or bare mirror of that
repository. WMT gives the news test sets for research use; the texts are rebuilt here and
never committed.

Split (by article, in file order): even positions 0, 2, 4 ... are the fitting part
(`tools/semantic_translation_fit.py`); odd positions are held out for
`benchmarks/bench_translation.py` and never used for fitting or thresholds. WMT's own test
sets (newstest2013 onwards) are not used at all.
"""

from __future__ import annotations

import html
import os
import random
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from readers import Document

REPO_ENV = "SAMESTORY_WMT_DEV"
_DEFAULT = "/work/.mirror/Jun1770watanabe+Seq2seq/repo"
COMMIT = "e8f4c5b820ba30820cbb4b98b4113741693949c9"
LANGS = ("en", "fr", "ru")
_DOC = re.compile(r'<doc docid="([^"]+)"[^>]*origlang="([^"]+)"[^>]*>(.*?)</doc>', re.S)
_SEG = re.compile(r'<seg id="(\d+)">(.*?)</seg>', re.S)


@dataclass(frozen=True)
class Article:
    """One article of newstest2012: its id, original language and sentences per language
    (the same number in every language, aligned by position)."""

    docid: str
    origlang: str
    position: int
    sentences: dict[str, list[str]]

    @property
    def split(self) -> str:
        return "fit" if self.position % 2 == 0 else "heldout"


def _read(lang: str) -> str:
    rel = f"dev/newstest2012-src.{lang}.sgm"
    root = Path(os.environ.get(REPO_ENV) or _DEFAULT)
    if (root / rel).is_file():
        return (root / rel).read_text(encoding="utf-8")
    out = subprocess.run(
        ["git", f"--git-dir={root}", "show", f"{COMMIT}:{rel}"], check=True, capture_output=True
    ).stdout
    return out.decode("utf-8")


def articles(split: str | None = None) -> list[Article]:
    """The articles of newstest2012 (all, or only the "fit" or "heldout" part)."""
    per_lang: dict[str, list[tuple[str, str, list[str]]]] = {}
    for lang in LANGS:
        docs = []
        for docid, origlang, body in _DOC.findall(_read(lang)):
            segs = [html.unescape(text).strip() for _, text in _SEG.findall(body)]
            docs.append((docid, origlang, segs))
        per_lang[lang] = docs
    out = []
    for position, (docid, origlang, _) in enumerate(per_lang["en"]):
        sentences = {}
        for lang in LANGS:
            other_id, _, segs = per_lang[lang][position]
            if other_id != docid:
                raise ValueError(f"newstest2012 {lang}: article {position} is {other_id}")
            sentences[lang] = segs
        if len({len(s) for s in sentences.values()}) != 1:
            raise ValueError(f"newstest2012 {docid}: languages differ in sentence count")
        out.append(Article(docid, origlang, position, sentences))
    if split is not None:
        out = [a for a in out if a.split == split]
    return out


PAIRS = (("ru", "en"), ("fr", "en"))


@dataclass(frozen=True)
class Case:
    """Two documents read from files (the source language first, English second) and, for
    each, sentence index -> gold segment number."""

    label: str
    documents: list[Document]
    segments: list[dict[int, int]]


def _write(path: Path, segments: list[tuple[int, str]]) -> Path:
    path.write_text("\n\n".join(text for _, text in segments) + "\n", encoding="utf-8")
    return path


def _segment_of(doc: Document, segments: list[tuple[int, str]]) -> dict[int, int]:
    """Sentence index -> gold segment number (via the paragraph holding the sentence)."""
    numbers = [number for number, _ in segments]
    return {s.index: numbers[s.paragraph] for s in doc.sentences if s.paragraph < len(numbers)}


def cases(split: str, n: int, folder: Path) -> list[Case]:
    """Document pairs made of the first `n` articles of `split`, one segment per paragraph,
    for ru-en and fr-en, in two variants: "translation" (the article and its translation) and
    "rewrite" (the English side with every fourth segment dropped and the paragraphs shuffled,
    fixed seed, so that it reads like a rewrite and some sentences have no counterpart)."""
    from readers import read

    out = []
    for art in articles(split)[:n]:
        for src, tgt in PAIRS:
            a = list(enumerate(art.sentences[src]))
            full = list(enumerate(art.sentences[tgt]))
            rewrite = [seg for seg in full if seg[0] % 4 != 3]
            random.Random(art.position).shuffle(rewrite)
            for variant, b in (("translation", full), ("rewrite", rewrite)):
                stem = f"{art.position}-{src}{tgt}-{variant}"
                pa = _write(folder / f"{stem}.{src}.txt", a)
                pb = _write(folder / f"{stem}.{tgt}.txt", b)
                docs = [read(str(pa)), read(str(pb))]
                maps = [_segment_of(docs[0], a), _segment_of(docs[1], b)]
                out.append(Case(f"{src}-{tgt} {variant}", docs, maps))
    return out


def evaluate(scorer: str, items: list[Case]) -> tuple[dict[str, dict[str, float]], list[str]]:
    """Per case label: precision (links whose two sentences come from the same segment),
    coverage (share of sentences holding a right link, among those whose segment is in both
    documents) and the number of links; and the scorer names the alignments report."""
    from compare import align

    totals: dict[str, list[int]] = {}
    names: set[str] = set()
    for case in items:
        docs, maps = case.documents, case.segments
        alignment = align(docs, scorer=scorer, use_cache=False)
        names.add(alignment.scorer)
        right = wrong = 0
        held: set[tuple[int, int]] = set()
        for link in alignment.links:
            sa = maps[link.a.doc].get(link.a.sentence)
            if sa is not None and sa == maps[link.b.doc].get(link.b.sentence):
                right += 1
                held.update({(link.a.doc, link.a.sentence), (link.b.doc, link.b.sentence)})
            else:
                wrong += 1
        shared = set(maps[0].values()) & set(maps[1].values())
        linkable = sum(
            1
            for d, doc in enumerate(docs)
            for s in doc.sentences
            if not s.boilerplate and maps[d].get(s.index) in shared
        )
        t = totals.setdefault(case.label, [0, 0, 0, 0])
        for k, v in enumerate((right, wrong, len(held), linkable)):
            t[k] += v
    out = {
        label: {
            "precision": right / max(right + wrong, 1),
            "coverage": held / max(linkable, 1),
            "links": float(right + wrong),
        }
        for label, (right, wrong, held, linkable) in sorted(totals.items())
    }
    return out, sorted(names)


if __name__ == "__main__":
    for part in ("fit", "heldout"):
        arts = articles(part)
        n = sum(len(a.sentences["en"]) for a in arts)
        print(f"{part}: {len(arts)} articles, {n} sentences per language")
