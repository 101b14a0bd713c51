"""tools/facts_common_words.py on a small WordNet dictionary written by the test: a word goes in
only when WordNet writes it in lower case and never with a capital."""

from __future__ import annotations

from pathlib import Path

from tools import facts_common_words as tool

LICENCE = "  1 This software and database is being provided to you, the LICENSEE.\n"


def _wordnet(root: Path) -> Path:
    lines = {
        "noun": [
            "00001 04 n 02 hostility 0 enmity 0 000 | a state of deep-seated ill-will",
            "00002 18 n 01 Smith 0 000 | Adam Smith, an economist",
            "00003 18 n 01 smith 0 000 | a worker in metal",
            "00004 05 n 02 ox 0 hot_dog 0 000 | too short, and a phrase",
        ],
        "verb": ["00005 30 v 01 mount 0 000 | go up"],
        "adj": [
            "00006 00 a 01 Alpine 0 000 | of the Alps",
            "00007 00 a 01 alpine 0 000 | of heights",
        ],
        "adv": ["00008 02 r 01 unfortunately 0 000 | by bad luck"],
    }
    for part, rows in lines.items():
        (root / f"data.{part}").write_text(LICENCE + "\n".join(rows) + "\n", encoding="latin-1")
    return root


def test_only_words_wordnet_never_capitalises(tmp_path: Path) -> None:
    words = tool.common_words(_wordnet(tmp_path))
    assert words == ["enmity", "hostility", "mount", "unfortunately"]


def test_main_writes_the_list_with_the_wordnet_notice(tmp_path: Path) -> None:
    out = tmp_path / "common_words.txt"
    assert tool.main([str(_wordnet(tmp_path)), str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    assert "Princeton University" in text and text.rstrip().endswith("unfortunately")
    assert tool.main([str(tmp_path / "missing")]) == 2
