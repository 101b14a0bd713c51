"""Boilerplate lines seen on real news pages (trafilatura's tests/cache and Mozilla
readability's test/test-pages, see tests/data/SOURCES.md), and content lines from the same
pages that must stay content. Also: the headline comes before a standfirst, and a comment
link under a headline does not turn the article into a comment thread."""

from __future__ import annotations

from pathlib import Path

import pytest

import readers
from readers.boilerplate import is_boilerplate_line, is_credit_sentence, mark_paragraphs

FURNITURE = [
    # reuters.com.parasite (trafilatura)
    "Additional reporting by Steve Gorman; Editing by Marguerita Choy, Nick Zieminski and "
    "Simon Cameron-Moore",
    "Our Standards: The Thomson Reuters Trust Principles.",
    # vancouversun.com.microsoft (trafilatura)
    "© Thomson Reuters 2020",
    # vice.com.amazon (trafilatura); citylab-1 (readability)
    "This article originally appeared on VICE US.",
    "This article originally appeared on The Atlantic.",
    # salon.com.emissions (trafilatura, a Grist story)
    "(Credit: Clayton Aldern / Grist)",
    # scmp.com.playbook (trafilatura)
    "Photo: AP",
    # nytimes-1/2, cnn, salon-1, wapo-1, yahoo-1, yahoo-2 (readability)
    "Continue reading the main story",
    "Related: Chicago is America's most segregated city",
    "Topics: uber, libertarians, Sydney, Editor's Picks, sharing economy, Technology News",
    "Heba Habib contributed to this report.",
    "Aerospace Writer Marcia Dunn in Cape Canaveral, Florida, and Vladimir Isachenkov in Moscow "
    "contributed to this report.",
    "More games news:",
    "___",
    # wire credits in other common forms
    "Reporting by Jane Doe in Yangon; Writing by John Roe; Editing by Alex Poe",
    "Photo credit: Getty Images",
]

CONTENT = [
    # Lines from the same pages that mention credits, standards or copyright as news.
    "The Food Standards Agency warned people to stay away from slimming products that "
    "contained DNP.",
    "Others reported supervisors unfairly demanding credit for research, despite having little "
    "involvement.",
    "Nudging people toward clean electricity requires policy: Efficiency standards, building "
    "codes, incentives, and taxes.",
    "The different standards for voting and appraisal rights apply because the structure of the "
    "deal is a quirk of the law in Delaware.",
    "More than 20 people were killed in a car bombing in 2002.",
    "Related to the talks, the minister said trade would resume.",
]


@pytest.mark.parametrize("line", FURNITURE)
def test_real_page_furniture_is_boilerplate(line: str) -> None:
    assert is_boilerplate_line(line)


@pytest.mark.parametrize("line", CONTENT)
def test_real_page_content_is_not(line: str) -> None:
    assert not is_boilerplate_line(line) and not is_credit_sentence(line)


def test_a_credit_run_into_a_caption_is_marked(tmp_path: Path) -> None:
    path = tmp_path / "caption.txt"
    path.write_text(
        "Taiwanese President Tsai Ing-wen speaks during a televised policy debate in Taipei on "
        "December 29. Photo: AP\n\nThe election was held on January 11 and she won a second "
        "term by a wide margin, officials said.\n",
        encoding="utf-8",
    )
    doc = readers.read(str(path))
    flagged = {s.text: s.boilerplate for s in doc.sentences}
    assert flagged["Photo: AP"] is True
    assert not any(flag for text, flag in flagged.items() if text != "Photo: AP")
    assert any(b.start <= doc.text.index("Photo: AP") < b.end for b in doc.boilerplate)


def test_a_comment_count_under_the_headline_does_not_swallow_the_article() -> None:
    paragraphs = [
        "Obama admits US gun laws are his 'biggest frustration'",
        "24 July 2015",
        "941 comments",
        "President Barack Obama has admitted that his failure to pass gun safety laws in the US "
        "is the greatest frustration of his presidency.",
        "In an interview with the BBC, Mr Obama said it was distressing not to have made "
        "progress on the issue.",
    ]
    assert mark_paragraphs(paragraphs) == [False, True, True, False, False]


def test_the_headline_comes_before_a_standfirst(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(
        "<html><head><title>Microsoft moves to erase its carbon footprint</title></head><body>"
        "<article><p>Microsoft will invest US$1 billion over the next four years to speed up "
        "carbon removal technology</p><h1>Microsoft moves to erase its carbon footprint</h1>"
        "<p>Microsoft Corp said on Thursday it aims to remove more carbon from the atmosphere "
        "than it emits by 2030, and by 2050 all the carbon it has emitted since 1975.</p>"
        "<p>The focus on removing existing carbon sets Microsoft's climate goals apart from "
        "other corporate pledges, which have focused on cutting emissions in 2017.</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    doc = readers.read(str(path))
    assert doc.sentences[0].text == "Microsoft moves to erase its carbon footprint"
    assert doc.sentences[0].heading
    assert doc.sentences[1].text.startswith("Microsoft will invest")
    assert doc.date is None  # "1975" and "2017" in the text are not the article's date
