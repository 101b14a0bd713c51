"""readers/pysbd_speedup.py: the patched pysbd gives exactly pure pysbd's sentences."""

from __future__ import annotations

import hashlib
import inspect
import random
from pathlib import Path

import pysbd
import pytest
from pysbd import abbreviation_replacer
from pysbd.abbreviation_replacer import AbbreviationReplacer
from pysbd.lang.english import English
from pysbd.utils import Text

from readers import pysbd_speedup
from readers.segment import _segmenter, paragraph_spans

# sha256 of the pysbd source the patch copies or relies on (checked against pysbd 0.3.4).
# If pysbd changes any of these, re-check pysbd_speedup._fast_search and update the hashes.
_SOURCE_HASHES = {
    "Text.apply": "6d8d4aadfaa1f55c62dcd5703ff488fdf782ab03e2c9a9713697795ecce46d55",
    "search_for_abbreviations_in_string": (
        "bb6e9501e1649f47c2e483aa76c56fc69eb64ada987719d95fa2d4fa6a85d67e"
    ),
    "scan_for_replacements": ("3f368cf71aa6c285acfd73cca3a372c3037f993fb50ece985e0807e3fa065726"),
    "replace_period_of_abbr": ("e3da134b80e6595369f4fae8587f002931342bba56ed6d2cfedc91d382d5bd71"),
    "replace_prepositive_abbr": (
        "bdf90c0157588fcaa41ee2c4bfc3f2e8ab28b8148cf040e513e113a7998aaded"
    ),
    "replace_pre_number_abbr": ("ebdaff13cda1cfeb97004ea8c6ca4052d5ed2d2c7abf906d22a1583b32c32135"),
}


def _source(name: str) -> str:
    if name == "Text.apply":
        return inspect.getsource(pysbd_speedup._original_apply or Text.apply)
    if name in ("replace_prepositive_abbr", "replace_pre_number_abbr"):
        return inspect.getsource(getattr(abbreviation_replacer, name))
    func = pysbd_speedup.original_search() if name.startswith("search") else None
    return inspect.getsource(func or getattr(AbbreviationReplacer, name))


def _both(paragraphs: list[str]) -> tuple[list[list[str]], list[list[str]]]:
    seg = _segmenter()
    fast = [seg.segment(p) for p in paragraphs]
    with pysbd_speedup.unpatched():
        pure = [seg.segment(p) for p in paragraphs]
    return fast, pure


def _generated_text(seed: int, sentences: int) -> str:
    """Sentences packed with everything pysbd disambiguates: every abbreviation in several
    cases, followed by capitals, lower case, digits and brackets; initials, decimals, quotes,
    lists, e-mail addresses and Unicode look-alikes (ſ, K) that case folding matches."""
    rng = random.Random(seed)
    abbrs = [a.strip() for a in English.Abbreviation.ABBREVIATIONS]
    words = ["the", "Army", "said", "on", "Friday", "it", "would", "visit", "Minsk", "and"]
    extras = [
        "U.S.",
        "a.m.",
        "3.5",
        "8,665",
        "“It is over.”",
        "(see p. 4)",
        "i.",
        "2.",
        "a)",
        "x@y.com",
        "ſt.",
        "Kg.",
        "ST.",
        "Lt Gen",
        "...",
        "?!",
        "Jan. 2020",
        "e.g.",
        "No. 5",
    ]
    out: list[str] = []
    for _ in range(sentences):
        parts = []
        for _ in range(rng.randint(3, 12)):
            roll = rng.random()
            if roll < 0.3:
                abbr = rng.choice(abbrs)
                abbr = rng.choice([abbr, abbr.upper(), abbr.capitalize()])
                parts.append(abbr + rng.choice([".", ". ", "", ".,"]))
            elif roll < 0.45:
                parts.append(rng.choice(extras))
            else:
                parts.append(rng.choice(words))
        out.append(" ".join(parts) + rng.choice([".", "!", "?", ".”", ""]))
    return " ".join(out)


def test_patch_is_installed_on_the_checked_version() -> None:
    assert pysbd.__version__ == pysbd_speedup.CHECKED_VERSION
    _segmenter()
    assert AbbreviationReplacer.search_for_abbreviations_in_string is pysbd_speedup._fast_search
    assert Text.apply is pysbd_speedup._compiled_apply


@pytest.mark.parametrize("name", sorted(_SOURCE_HASHES))
def test_patched_pysbd_code_is_unchanged(name: str) -> None:
    digest = hashlib.sha256(_source(name).encode()).hexdigest()
    assert digest == _SOURCE_HASHES[name], f"pysbd's {name} changed: re-check pysbd_speedup"


def test_same_sentences_as_pure_pysbd_on_seed_corpus(seed_dir: Path) -> None:
    paragraphs = []
    for path in sorted(seed_dir.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        paragraphs += [text[p.start : p.end] for p in paragraph_spans(text)]
    assert len(paragraphs) > 50
    fast, pure = _both(paragraphs)
    assert fast == pure


def test_same_sentences_as_pure_pysbd_on_generated_text() -> None:
    paragraphs = [_generated_text(seed, 12) for seed in range(150)]
    fast, pure = _both(paragraphs)
    assert sum(len(p) for p in pure) > 1000
    assert fast == pure


def test_same_abbreviation_scan_as_pysbd_line_by_line() -> None:
    """The patched function itself against pysbd's, on lines where skipping matters."""
    replacer = AbbreviationReplacer("", English)
    lines = [
        "Gen. Smith met Sen. Jones and the st. louis team.",
        "No dots at all here, st co no pl",
        " ſt. a sentence with a long s and Kg. Kelvin sign",
        "U.S. and u.s. and e.g. and i.e. plus Ph.D. holders",
        "Prof.(retd) and Dr.-Ing. and Mr.: and Ms.?",
        ".Mr. at the start and mr. at the end mr.",
        *(_generated_text(seed, 3) for seed in range(200, 400)),
    ]
    original = pysbd_speedup.original_search()
    for line in lines:
        assert pysbd_speedup._fast_search(replacer, line) == original(replacer, line), line


def test_candidates_keep_pysbds_order_and_never_skip_regex_abbreviations() -> None:
    index = pysbd_speedup._abbreviations(English.Abbreviation.ABBREVIATIONS)
    picked = index.candidates({"sen", "gen", "st", "no", "unknownword"})
    assert picked == sorted(picked)
    assert {index.stripped[k] for k in picked} >= {"sen", "gen", "st", "no", "u.s", "e.g"}
    assert "dr" not in {index.stripped[k] for k in picked}
    assert index.candidates(None) == list(range(len(index.stripped)))


def test_patched_segmentation_is_thread_safe(seed_dir: Path) -> None:
    from concurrent.futures import ThreadPoolExecutor

    from readers.segment import build_document

    texts = [p.read_text(encoding="utf-8") for p in sorted(seed_dir.glob("*.txt"))] * 3
    alone = [build_document(t, "t").sentences for t in texts]
    with ThreadPoolExecutor(4) as pool:
        together = list(pool.map(lambda t: build_document(t, "t").sentences, texts))
    assert together == alone
