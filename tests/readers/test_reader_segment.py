"""Sentence splitting: news abbreviations, paragraph breaks, exact offsets, long paragraphs."""

from __future__ import annotations

import itertools
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import readers.segment as segment
from readers import build_document


def _sentences(text: str) -> list[str]:
    return [s.text for s in build_document(text, "t").sentences]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "An Air Defence Command delegation headed by Lt Gen Tin Maung Win visited Belarus. "
            "It discussed joint projects.",
            [
                "An Air Defence Command delegation headed by Lt Gen Tin Maung Win visited Belarus.",
                "It discussed joint projects.",
            ],
        ),
        (
            "The U.S. Senate voted on Tuesday. Sen. John Smith said the U.S. would act.",
            ["The U.S. Senate voted on Tuesday.", "Sen. John Smith said the U.S. would act."],
        ),
        (
            "The junta announced a mass amnesty for 8,665 detainees. Many were jailed in 2021.",
            [
                "The junta announced a mass amnesty for 8,665 detainees.",
                "Many were jailed in 2021.",
            ],
        ),
        (
            "He said: “It is over.” She left. “Is it?” he asked.",
            ["He said: “It is over.”", "She left.", "“Is it?” he asked."],
        ),
        (
            "Dr. Smith arrived at 10 a.m. on Friday. Inflation was 3.5 per cent in Jan. 2020.",
            ["Dr. Smith arrived at 10 a.m. on Friday.", "Inflation was 3.5 per cent in Jan. 2020."],
        ),
    ],
)
def test_news_abbreviations_do_not_split(text: str, expected: list[str]) -> None:
    assert _sentences(text) == expected


def test_sentences_never_cross_paragraph_breaks() -> None:
    text = "First paragraph ends without a stop\nSecond paragraph starts here. And goes on."
    doc = build_document(text, "t")
    assert [s.text for s in doc.sentences] == [
        "First paragraph ends without a stop",
        "Second paragraph starts here.",
        "And goes on.",
    ]
    assert [s.paragraph for s in doc.sentences] == [0, 1, 1]


def test_seed_sentences_round_trip_and_known_boundaries(seed_docs) -> None:  # type: ignore[no-untyped-def]
    texts = []
    for doc in seed_docs:
        for s in doc.sentences:
            assert doc.text[s.start : s.end] == s.text
            assert s.text == s.text.strip() and s.text
        assert [s.index for s in doc.sentences] == list(range(len(doc.sentences)))
        assert all(a.end <= b.start for a, b in zip(doc.sentences, doc.sentences[1:], strict=False))
        texts += [s.text for s in doc.sentences]
    # Abbreviation and number cases that occur in the seed texts themselves.
    assert any(
        t.startswith("The last bilateral meeting") and "Lt Gen Tin Maung Win visited" in t
        for t in texts
    )
    assert any("mass amnesty for 8,665 detainees" in t for t in texts)


_ALPHABET = st.sampled_from(
    [
        *list("abc XYZ.!?,;:\"'“”’()-–—…0123456789\n\n\t "),
        "U.S.",
        "Lt Gen",
        "Sen.",
        "8,665",
        "\xa0",
        "\r\n",
    ]
)


@settings(max_examples=150, deadline=None)
@given(st.lists(_ALPHABET, max_size=120).map("".join))
def test_offsets_round_trip_on_random_text(text: str) -> None:
    doc = build_document(text, "t")
    previous_end = 0
    for s in doc.sentences:
        assert doc.text[s.start : s.end] == s.text
        assert s.start >= previous_end
        previous_end = s.end
    # No non-space character is lost: every one lies inside some sentence.
    covered = set()
    for s in doc.sentences:
        covered.update(range(s.start, s.end))
    assert all(i in covered for i, ch in enumerate(text) if not ch.isspace())


@settings(max_examples=20, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "Alpha beta gamma.",
                "U.S. officials met Sen. Lee.",
                "8,665 freed!",
                "Why?",
                "“Quoted,” he said.",
            ]
        ),
        min_size=1,
        max_size=400,
    )
)
def test_long_paragraphs_go_through_windows_without_losing_text(parts: list[str]) -> None:
    text = " ".join(parts)
    spans = segment.split_sentences(text, 0, len(text))
    assert "".join(text[s:e] for s, e in spans).replace(" ", "") == text.replace(" ", "")
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans))


def test_windowed_split_matches_paragraph_split_on_seed_text(seed_docs) -> None:  # type: ignore[no-untyped-def]
    # The same sentences, once as separate paragraphs and once as one 10,000+ character line.
    sentences = [s.text for d in seed_docs for s in d.content_sentences if not s.heading]
    text = " ".join(sentences)
    assert len(text) > 3 * segment._WINDOW
    spans = segment.split_sentences(text, 0, len(text))
    got = [text[s:e] for s, e in spans]
    # A sentence or two may merge at a quote that opens in one sentence and closes later,
    # but nearly all boundaries must agree.
    assert len(set(got) & set(sentences)) >= 0.9 * len(sentences)


def test_one_long_line_is_not_quadratic(seed_docs) -> None:  # type: ignore[no-untyped-def]
    # 60,000 characters with no line break: fed to pysbd whole this takes tens of seconds;
    # windowed it takes about a second. (benchmarks/readers_segment.py measures both.)
    sentences = [s.text for d in seed_docs for s in d.content_sentences]
    one_line = " ".join(sentences)
    one_line = " ".join([one_line] * (60_000 // len(one_line) + 1))
    start = time.perf_counter()
    doc = build_document(one_line, "t")
    elapsed = time.perf_counter() - start
    assert len(doc.sentences) > 300
    assert elapsed < 15, f"segmenting one 60k-character line took {elapsed:.1f} s"


def test_a_time_zone_after_a_clock_time_stays_in_the_sentence(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import readers

    text = (
        "The vote closes at 5 p.m. EST on Monday, officials said. Polls open at 7 a.m. "
        "Voters queued early. Talks end at 9 a.m. GMT. ACT members walked out.\n"
    )
    path = tmp_path / "clock.txt"
    path.write_text(text, encoding="utf-8")
    doc = readers.read(path)
    assert [s.text for s in doc.sentences] == [
        "The vote closes at 5 p.m. EST on Monday, officials said.",
        "Polls open at 7 a.m.",
        "Voters queued early.",
        "Talks end at 9 a.m. GMT.",
        "ACT members walked out.",
    ]


def test_a_quote_closing_after_a_comma_does_not_end_the_sentence() -> None:
    text = '"We will rebuild this city, " Obama said. Crowds cheered. "Not yet," he added.\n'
    doc = build_document(text, "t")
    assert [s.text for s in doc.sentences] == [
        '"We will rebuild this city, " Obama said.',
        "Crowds cheered.",
        '"Not yet," he added.',
    ]


def test_wrapped_lines_of_a_paragraph_are_one_sentence() -> None:
    paragraph = (
        "The government said on Monday it would spend $4.5\n"
        "billion on new schools over the next five years, a sharp\n"
        "rise from last year. Critics said it was not\n"
        "enough and that teachers\n"
        "would leave.\n"
    )
    text = "Budget deal\n\n" + "\n".join([paragraph] * 3)
    doc = build_document(text, "t")
    assert [s.text for s in doc.sentences[1:3]] == [
        "The government said on Monday it would spend $4.5\nbillion on new schools over the "
        "next five years, a sharp\nrise from last year.",
        "Critics said it was not\nenough and that teachers\nwould leave.",
    ]
    assert len(doc.sentences) == 7
    assert all(doc.text[s.start : s.end] == s.text for s in doc.sentences)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The blast happened at 2 a.m. Sunday near the port. Police arrived soon after.",
            ["The blast happened at 2 a.m. Sunday near the port.", "Police arrived soon after."],
        ),
        (
            "The meeting is set for Tues., Nov. 8 at the town hall. It is open to all.",
            ["The meeting is set for Tues., Nov. 8 at the town hall.", "It is open to all."],
        ),
        (
            "The strike began at 6 a.m. Monday and ended on Wed. Jan. 5 in the evening.",
            ["The strike began at 6 a.m. Monday and ended on Wed. Jan. 5 in the evening."],
        ),
        (  # a new sentence after a clock time stays a new sentence
            "Polls close at 8 p.m. Voters were lining up early.",
            ["Polls close at 8 p.m.", "Voters were lining up early."],
        ),
        (
            "He spoke to Gen. Smith on Sunday. May was quiet.",
            ["He spoke to Gen. Smith on Sunday.", "May was quiet."],
        ),
    ],
)
def test_a_day_or_date_after_an_abbreviation_stays_in_the_sentence(
    text: str, expected: list[str]
) -> None:
    assert _sentences(text) == expected
