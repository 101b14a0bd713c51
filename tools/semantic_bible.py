"""A long real rewritten pair: two public-domain English translations of Matthew to Acts.

`python -m tools.semantic_bible OUT_DIR` writes `darby.txt` (Darby Bible, 1889) and `ylt.txt`
(Young's Literal Translation, 1898), one verse per paragraph, and `verses.json`, the verse key
of each paragraph of both files (the gold: two sentences say the same thing when they come
from the same verse). Source: the SWORD modules `sources/en/Darby/Darby.zip` and
`sources/en/YLT/YLT.zip` of github:scrollmapper/bible_databases (both marked public domain);
point `$SAMESTORY_BIBLE` at a clone or bare mirror of it. The texts are rebuilt, not committed.

SWORD zText format: `nt.bzv` holds one 10-byte entry per verse slot (block u32, offset u32,
size u16) in the KJV versification both modules share, `nt.bzs` one 12-byte entry per
compressed block (offset, size, uncompressed size), `nt.bzz` the zlib blocks. Slot k is the
same verse in both modules; slots without text (book and chapter headings) are skipped.
"""

from __future__ import annotations

import io
import json
import os
import re
import struct
import subprocess
import sys
import zipfile
import zlib
from pathlib import Path

REPO_ENV = "SAMESTORY_BIBLE"
_DEFAULT = "/work/.mirror/scrollmapper+bible_databases/repo"
MODULES = {"darby": "sources/en/Darby/Darby.zip", "ylt": "sources/en/YLT/YLT.zip"}
SLOTS = 4_912
"""New Testament verse slots from Matthew 1:1 to the end of Acts (headings included)."""
_TAG = re.compile(r"<[^>]*>")
_SPACE = re.compile(r"\s+")
_BEFORE_PUNCT = re.compile(r"\s+([,.;:?!\]])")


def _zip(rel: str) -> zipfile.ZipFile:
    root = Path(os.environ.get(REPO_ENV) or _DEFAULT)
    if (root / rel).is_file():
        return zipfile.ZipFile(root / rel)
    blob = subprocess.run(
        ["git", f"--git-dir={root}", "show", f"HEAD:{rel}"], check=True, capture_output=True
    ).stdout
    return zipfile.ZipFile(io.BytesIO(blob))


def verses(rel: str) -> dict[int, str]:
    """Slot number -> plain text of the New Testament verses of one module."""
    with _zip(rel) as archive:
        names = {Path(n).name: n for n in archive.namelist()}
        bzs, bzv, bzz = (archive.read(names[f"nt.{x}"]) for x in ("bzs", "bzv", "bzz"))
    blocks: dict[int, bytes] = {}
    out: dict[int, str] = {}
    for slot in range(min(SLOTS, len(bzv) // 10)):
        block, offset, size = struct.unpack_from("<IIH", bzv, slot * 10)
        if size == 0:
            continue
        if block not in blocks:
            start, length, _ = struct.unpack_from("<III", bzs, block * 12)
            blocks[block] = zlib.decompress(bzz[start : start + length])
        raw = blocks[block][offset : offset + size].decode("utf-8", errors="replace")
        text = _BEFORE_PUNCT.sub(r"\1", _SPACE.sub(" ", _TAG.sub(" ", raw))).strip()
        if text:
            out[slot] = text
    return out


def build(out_dir: Path) -> tuple[Path, Path, Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    texts = {name: verses(rel) for name, rel in MODULES.items()}
    shared = sorted(set(texts["darby"]) & set(texts["ylt"]))
    paths = []
    for name in MODULES:
        path = out_dir / f"{name}.txt"
        path.write_text("\n\n".join(texts[name][s] for s in shared) + "\n", encoding="utf-8")
        paths.append(path)
    gold = out_dir / "verses.json"
    gold.write_text(json.dumps({"slots": shared}), encoding="utf-8")
    return paths[0], paths[1], gold


if __name__ == "__main__":
    a, b, g = build(Path(sys.argv[1] if len(sys.argv) > 1 else "bible-pair"))
    print(f"wrote {a}, {b}, {g}")
