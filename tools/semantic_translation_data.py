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
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

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


if __name__ == "__main__":
    for part in ("fit", "heldout"):
        arts = articles(part)
        n = sum(len(a.sentences["en"]) for a in arts)
        print(f"{part}: {len(arts)} articles, {n} sentences per language")
