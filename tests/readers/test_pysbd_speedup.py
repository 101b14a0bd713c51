"""readers/pysbd_speedup.py: `FastSegmenter` gives exactly pure pysbd's sentences."""

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
from pysbd.processor import Processor
from pysbd.segmenter import Segmenter

from readers import pysbd_speedup
from readers.pysbd_speedup import FastSegmenter
from readers.segment import paragraph_spans

# sha256 of the pysbd source the speed-up mirrors or hooks into (checked against pysbd 0.3.4).
# If pysbd changes any of these, re-check readers/pysbd_speedup.py and update the hashes.
_SOURCE_HASHES = {
    "search_for_abbreviations_in_string": (
        "bb6e9501e1649f47c2e483aa76c56fc69eb64ada987719d95fa2d4fa6a85d67e"
    ),
    "scan_for_replacements": ("3f368cf71aa6c285acfd73cca3a372c3037f993fb50ece985e0807e3fa065726"),
    "replace_period_of_abbr": ("e3da134b80e6595369f4fae8587f002931342bba56ed6d2cfedc91d382d5bd71"),
    "replace_prepositive_abbr": (
        "bdf90c0157588fcaa41ee2c4bfc3f2e8ab28b8148cf040e513e113a7998aaded"
    ),
    "replace_pre_number_abbr": ("ebdaff13cda1cfeb97004ea8c6ca4052d5ed2d2c7abf906d22a1583b32c32135"),
    "Segmenter.segment": "619f8becdcffee28da9e88cd71c0c6af8e32337a465cead77e5fe85ae9ecb447",
    "Segmenter.sentences_with_char_spans": "ff1fd2bccbab991d15dd49437c485127c0c98709690a83e4c72380a1ae33452a",
    "Segmenter.processor": "e0702a487c835b6286c3c38d30566158215a597c7ab008fc62792a69a79db880",
    "Processor.abbreviations_replacer": "424f25fff15666294a9b73e3463a858326d45898dd46b711b00907b2d7da0fde",
}


def _source(name: str) -> str:
    if name in ("replace_prepositive_abbr", "replace_pre_number_abbr"):
        return inspect.getsource(getattr(abbreviation_replacer, name))
    if name.startswith("Segmenter."):
        return inspect.getsource(getattr(Segmenter, name.split(".")[1]))
    if name.startswith("Processor."):
        return inspect.getsource(getattr(Processor, name.split(".")[1]))
    return inspect.getsource(getattr(AbbreviationReplacer, name))


def _both(paragraphs: list[str]) -> tuple[list[list[str]], list[list[str]]]:
    fast_segmenter = FastSegmenter()
    pure_segmenter = pysbd.Segmenter(language="en", clean=False, char_span=False)
    fast = [fast_segmenter.segment(p) for p in paragraphs]
    pure = [pure_segmenter.segment(p) for p in paragraphs]
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


def test_the_speed_up_is_on_for_the_checked_version() -> None:
    assert pysbd.__version__ == pysbd_speedup.CHECKED_VERSION
    assert isinstance(FastSegmenter().processor("A text."), pysbd_speedup.FastProcessor)
    # Nothing of pysbd's own is replaced.
    assert pysbd.Segmenter.segment is Segmenter.segment
    assert "pysbd_speedup" not in AbbreviationReplacer.search_for_abbreviations_in_string.__module__


@pytest.mark.parametrize("name", sorted(_SOURCE_HASHES))
def test_mirrored_pysbd_code_is_unchanged(name: str) -> None:
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


def test_same_sentences_where_pysbd_drops_repeats_or_changes_text() -> None:
    """Repeated and self-overlapping sentences, white space runs, text pysbd alters."""
    paragraphs = [
        "Ha. Ha. Ha.",
        "Go!! Go!! Go!!",
        "Sen.!! He left.   He left.\tHe left.",
        "a. a. a. a.a. a.",
        "... ... .....",
        "“Quote.” “Quote.” Said he. Said he.",
        "  Leading space. And a list: 1. one 2. two 3. three",
        "No. 5. No. 5. No. 5.",
    ]
    fast, pure = _both(paragraphs)
    assert fast == pure


def test_same_abbreviation_scan_as_pysbd_line_by_line() -> None:
    """The fast abbreviation scan against pysbd's, on lines where skipping matters."""
    replacer = English.AbbreviationReplacer("", English)
    fast = pysbd_speedup.FastAbbreviationReplacer("", English)
    lines = [
        "Gen. Smith met Sen. Jones and the st. louis team.",
        "No dots at all here, st co no pl",
        " ſt. a sentence with a long s and Kg. Kelvin sign",
        "U.S. and u.s. and e.g. and i.e. plus Ph.D. holders",
        "Prof.(retd) and Dr.-Ing. and Mr.: and Ms.?",
        ".Mr. at the start and mr. at the end mr.",
        *(_generated_text(seed, 3) for seed in range(200, 400)),
    ]
    for line in lines:
        assert fast.search_for_abbreviations_in_string(
            line
        ) == replacer.search_for_abbreviations_in_string(line), line


def test_candidates_keep_pysbds_order_and_never_skip_regex_abbreviations() -> None:
    index = pysbd_speedup._ENGLISH
    picked = index.candidates({"sen", "gen", "st", "no", "unknownword"})
    assert picked == sorted(picked)
    assert {index.stripped[k] for k in picked} >= {"sen", "gen", "st", "no", "u.s", "e.g"}
    assert "dr" not in {index.stripped[k] for k in picked}
    assert index.candidates(None) == list(range(len(index.stripped)))


def test_segmentation_is_thread_safe(seed_dir: Path) -> None:
    from concurrent.futures import ThreadPoolExecutor

    from readers.segment import build_document

    texts = [p.read_text(encoding="utf-8") for p in sorted(seed_dir.glob("*.txt"))] * 3
    alone = [build_document(t, "t").sentences for t in texts]
    with ThreadPoolExecutor(4) as pool:
        together = list(pool.map(lambda t: build_document(t, "t").sentences, texts))
    assert together == alone
