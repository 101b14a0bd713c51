"""On-disk cache of alignment results (links only; everything else is derived in microseconds).

Entries live in `readers.locations.cache_dir()/alignments/`, one JSON file per key. The key
hashes the engine version, the scorer name, the parameters and every document's content hash,
so a changed document, engine or threshold never reuses an old result. A missing, truncated or
otherwise corrupt entry is ignored (and recomputed); write failures are ignored too.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Sequence
from pathlib import Path

from compare.model import LINK_KINDS, Link, SentenceRef

ENGINE_VERSION = "align-9"
"""Bump when the aligner's output for the same input may change."""


def cache_key(hashes: Sequence[str], scorer: str, params: dict[str, object]) -> str:
    blob = json.dumps(
        {"engine": ENGINE_VERSION, "scorer": scorer, "params": params, "docs": list(hashes)},
        sort_keys=True,
    )
    return hashlib.sha256(blob.encode()).hexdigest()


def _path(key: str) -> Path:
    from readers.locations import cache_dir

    return cache_dir() / "alignments" / f"{key}.json"


def load(key: str, n_docs: int) -> list[Link] | None:
    """Cached links for `key`, or None when absent or unusable."""
    try:
        data = json.loads(_path(key).read_text(encoding="utf-8"))
        if data.get("key") != key:
            return None
        links = []
        for a_doc, a_s, b_doc, b_s, score, kind, merged, partner, partial in data["links"]:
            if kind not in LINK_KINDS or not (0 <= a_doc < n_docs and 0 <= b_doc < n_docs):
                return None
            links.append(
                Link(
                    SentenceRef(int(a_doc), int(a_s)),
                    SentenceRef(int(b_doc), int(b_s)),
                    float(score),
                    kind,
                    bool(merged),
                    merged_with=None if partner is None else SentenceRef(*map(int, partner)),
                    partial=bool(partial),
                )
            )
        return links
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        return None


def save(key: str, links: Sequence[Link]) -> None:
    """Store links under `key` atomically (errors are ignored: the cache is optional)."""
    rows = [
        [
            lk.a.doc,
            lk.a.sentence,
            lk.b.doc,
            lk.b.sentence,
            lk.score,
            lk.kind,
            lk.merged,
            None if lk.merged_with is None else list(lk.merged_with),
            lk.partial,
        ]
        for lk in links
    ]
    try:
        path = _path(key)
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump({"key": key, "links": rows}, fh)
        os.replace(tmp, path)
    except OSError:
        pass
