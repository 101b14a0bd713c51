"""The third hand-labelled set of real news pages (tests/data/facts_newspages3.json, pages of
scrapinghub/article-extraction-benchmark, MIT): the file is well formed (figure and date spans,
and names in `entities`), its halves follow the page-name hash, it shares no page with the
second set, tools/facts_news_pages3.py builds it by its page rule and keeps hand labels when run
again, and sentences of its `dev` half are read as labelled."""

from __future__ import annotations

import gzip
import json
import subprocess
from pathlib import Path

import pytest

from tools import facts_news_pages3 as tool
from tools.facts_devsets import hash_split
from tools.facts_news_pages import PER_PAGE
from tools.facts_news_pages2 import PREFIX

from .found import (
    ENTITY_KINDS,
    assert_entities_well_formed,
    assert_read_as_labelled,
    assert_spans_well_formed,
    dev_item,
    found_spans,
    labelled_items,
)

DATA = Path(__file__).resolve().parent.parent / "data" / "facts_newspages3.json"
SECOND = DATA.with_name("facts_newspages2.json")


def test_file_is_well_formed() -> None:
    items = labelled_items(DATA)
    assert len(items) >= 200
    assert len({it["page"] for it in items}) == tool.MAX_PAGES
    for it in items:
        text = it["text"]
        assert text == " ".join(text.split()) and 0 < len(text) <= 400
        assert it["date"] is None or it["date"][:2] in ("19", "20")
        assert it["url"].startswith("http")
        assert_spans_well_formed(it)
        assert_entities_well_formed(it)
    gold = [g["kind"] for it in items for g in it["gold"]]
    assert gold.count("figure") >= 150 and gold.count("date") >= 100
    names = [e["kind"] for it in items for e in it["entities"]]
    assert all(names.count(kind) >= 80 for kind in ENTITY_KINDS)


def test_halves_follow_the_page_name_hash() -> None:
    items = labelled_items(DATA)
    assert {it["split"] for it in items} == {"dev", "heldout"}
    per_page: dict[str, int] = {}
    for it in items:
        assert it["split"] == hash_split(it["page"]), it["page"]
        per_page[it["page"]] = per_page.get(it["page"], 0) + 1
    assert max(per_page.values()) <= PER_PAGE


def test_no_page_of_the_second_set() -> None:
    third = {it["page"] for it in labelled_items(DATA)}
    second = {it["page"] for it in labelled_items(SECOND)}
    assert len(second) == 40 and not third & second
    # the third set goes on in file-name order where the second stopped
    assert min(third) > max(second)


def _page(paragraphs: list[str]) -> bytes:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    html = (f"<html><head><title>A story</title></head><body><article><h1>A story</h1>{body}"
            "</article></body></html>")  # fmt: skip
    return gzip.compress(html.encode("utf-8"))


ENGLISH = [
    f"The council said {n} new homes would be built on the old site near the river."
    for n in range(10, 19)
] + ["Nobody at the meeting asked how the plan would be paid for, or by whom, in the end."]
FRENCH = [
    "Le conseil municipal a annoncé que 12 nouvelles maisons seront construites près du fleuve.",
    "Les habitants du quartier ont demandé pendant trois heures comment le projet serait payé.",
]


def _benchmark_repo(root: Path) -> tuple[Path, dict[str, str]]:
    """A git repository shaped like article-extraction-benchmark: four pages, one named like
    a page of the second set, one in French, one with no candidate sentence."""
    second_key = min(it["page"] for it in labelled_items(SECOND)).removeprefix(PREFIX)
    keys = {"second": second_key + "0" * 48, "french": "1" * 64, "english": "2" * 64,
            "empty": "3" * 64}  # fmt: skip
    pages = {"second": _page(ENGLISH), "french": _page(FRENCH), "english": _page(ENGLISH),
             "empty": _page([ENGLISH[-1]])}  # fmt: skip
    (root / "html").mkdir(parents=True)
    for role, key in keys.items():
        (root / "html" / f"{key}.html.gz").write_bytes(pages[role])
    truth = {key: {"url": f"https://news.example/{role}"} for role, key in keys.items()}
    (root / "ground-truth.json").write_text(json.dumps(truth), encoding="utf-8")
    env = {"GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@t", "GIT_COMMITTER_NAME": "t",
           "GIT_COMMITTER_EMAIL": "t@t", "PATH": "/usr/bin:/bin"}  # fmt: skip
    for args in (["init", "-q"], ["add", "."], ["commit", "-q", "-m", "pages"]):
        subprocess.run(["git", "-C", str(root), *args], check=True, env=env)
    return root / ".git", keys


def test_tool_keeps_the_page_rule_and_the_hand_labels(tmp_path: Path) -> None:
    git_dir, keys = _benchmark_repo(tmp_path / "bench")
    out = tmp_path / "set.json"
    data = tool.build(git_dir, commit="HEAD", out=out)
    items = data["items"]
    page = PREFIX + keys["english"][:16]
    assert {it["page"] for it in items} == {page}
    assert [it["text"] for it in items] == ENGLISH[:PER_PAGE]
    assert {it["url"] for it in items} == {"https://news.example/english"}
    assert {it["split"] for it in items} == {hash_split(page)}
    assert all(it["gold"] == [] and it["entities"] == [] for it in items)

    items[0]["gold"] = [{"start": 17, "end": 30, "kind": "figure"}]
    items[0]["entities"] = [{"start": 4, "end": 11, "kind": "organisation"}]
    items[1]["ignore"] = [{"start": 0, "end": 3}]
    out.write_text(json.dumps(data), encoding="utf-8")
    again = tool.build(git_dir, commit="HEAD", out=out)["items"]
    assert again == items


@pytest.mark.skipif(not tool.DEFAULT_GIT.exists(), reason="no fetched article-extraction-benchmark")
def test_tool_rebuilds_the_committed_set() -> None:
    """Run on the fetched benchmark, the tool gives back the committed file: same pages,
    sentences, dates, URLs, halves and labels."""
    assert tool.build(tool.DEFAULT_GIT) == json.loads(DATA.read_text(encoding="utf-8"))


DEV_READ_AS_LABELLED = [
    "He said he has spent Rs 24 lakh",  # lakh amounts; "four attempts"
    "Stadia is launching with 22 games",  # "dozen offerings", "over the weekend", "last week"
    "The number of respondents aged between 12 to 17-years-old",  # an age range, percents
    "5:45 AM PST 11/19/2019",  # a time and a numeric date
    "Come November 19, those who anted up $129",  # "$10-a-month"; "4K-ready" is no figure
    "The former “Dawson’s Creek” star, 42,",  # an age after a comma, "two dances"
    "Surely, as we head into the season of Black Friday",  # holidays that date a season
    "The researchers observed Europa for 17 nights",  # a length; months of two years
]


@pytest.mark.parametrize("prefix", DEV_READ_AS_LABELLED)
def test_dev_sentence_read_as_labelled(prefix: str) -> None:
    item = dev_item(labelled_items(DATA), prefix)
    assert_read_as_labelled(item, found_spans(item))
