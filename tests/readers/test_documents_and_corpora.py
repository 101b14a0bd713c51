"""Loose files get a corpus of their own; document ids are unique within a corpus; dates and
authors come from the article, not from the file."""

from __future__ import annotations

from pathlib import Path

from reader_samples import make_pdf

import highlights
import readers
from readers.corpus import adhoc_name

TEXT = (
    "The minister said the talks would resume on Monday. Officials from both sides confirmed "
    "the date. The agreement covers trade, energy and border crossings.\n"
)


def _files(tmp_path: Path, *names: str, text: str = TEXT) -> list[str]:
    paths = []
    for name in names:
        path = tmp_path / name
        path.write_text(text.replace("Monday", name), encoding="utf-8")
        paths.append(str(path))
    return paths


def test_loose_files_are_a_corpus_named_after_them(tmp_path: Path) -> None:
    a, b, c = _files(tmp_path, "a.txt", "b.txt", "c.txt")
    first = readers.load([a, b])
    assert first.name.startswith("files-") and first.name != "samestory"
    assert readers.load([b, a]).name == first.name  # the same files, any order
    assert readers.load([a, c]).name != first.name  # other files, another corpus
    assert first.name == adhoc_name(first.documents)


def test_identical_texts_get_different_ids_and_keep_their_highlights(tmp_path: Path) -> None:
    one, two = tmp_path / "one.txt", tmp_path / "two.txt"
    one.write_text(TEXT, encoding="utf-8")
    two.write_text(TEXT, encoding="utf-8")
    corpus = readers.load([one, two])
    first, second = corpus.documents
    assert first.hash == second.hash and first.id != second.id
    with highlights.open_store(tmp_path / "data") as store:
        hs = store.create_set("S", color="red", corpus=corpus.name)
        store.add(hs.id, second, 0, 20)
        placed, _ = highlights.resolve(store, hs.id, corpus.documents)
    assert [p.doc_index for p in placed] == [1]  # drawn in the column it was made in


def test_the_same_file_twice_is_opened_once(tmp_path: Path) -> None:
    (path,) = _files(tmp_path, "a.txt")
    corpus = readers.load([path, path])
    assert len(corpus.documents) == 1 and "given twice" in str(corpus.errors[0])


def test_pdf_date_comes_from_the_text_not_the_file(tmp_path: Path) -> None:
    undated = tmp_path / "undated.pdf"
    undated.write_bytes(make_pdf())  # reportlab stamps today's creation date
    assert readers.read(str(undated)).date is None
    dated = tmp_path / "dated.pdf"
    dated.write_bytes(make_pdf(lines=["YANGON, 28 November 2025", "", *TEXT.split(". ")]))
    assert readers.read(str(dated)).date == "2025-11-28"


def test_markdown_author_is_not_the_outlet(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text(f"---\nauthor: Jane Reporter\n---\n\n{TEXT}", encoding="utf-8")
    doc = readers.read(str(path))
    assert doc.author == "Jane Reporter" and doc.outlet is None
    assert doc.to_dict()["author"] == "Jane Reporter"


def test_corpus_toml_author_and_toml_dates(tmp_path: Path) -> None:
    _files(tmp_path, "a.txt")
    (tmp_path / "corpus.toml").write_text(
        '[files."a.txt"]\nauthor = "Jane Reporter"\noutlet = "Wire"\ndate = 2025-11-28\n',
        encoding="utf-8",
    )
    (doc,) = readers.load([tmp_path]).documents
    assert (doc.author, doc.outlet, doc.date) == ("Jane Reporter", "Wire", "2025-11-28")


def test_a_pdf_credit_line_is_not_a_heading(tmp_path: Path) -> None:
    path = tmp_path / "credit.pdf"
    lines = ["Photo: Reuters/Jane Doe", "", *TEXT.split(". ")]
    path.write_bytes(make_pdf(lines=lines))
    doc = readers.read(str(path))
    credit = next(s for s in doc.sentences if s.text.startswith("Photo:"))
    assert credit.boilerplate and not credit.heading
    assert doc.title == "Amnesty report"  # from the PDF's metadata, not the credit line
