"""JSON-LD round trips, the Markdown brief and the HTML report."""

from __future__ import annotations

import json
import re
from dataclasses import asdict
from pathlib import Path

import pytest

import highlights
import readers
from highlights.errors import ImportFormatError, UnknownSetError


@pytest.fixture
def filled(store, seed_docs):  # type: ignore[no-untyped-def]
    hs = store.create_set("Visit facts", color="#f6d743", corpus="belarus-myanmar", description="d")
    a, b = seed_docs[0], seed_docs[1]
    s = a.content_sentences[2]
    store.add(hs.id, a, s.start, s.end, note="check <this> & that", label="claim")
    t = b.content_sentences[3]
    store.add_many(
        hs.id, [(a, a.content_sentences[4].start, a.content_sentences[4].end), (b, t.start, t.end)]
    )
    store.add(hs.id, b, t.start + 4, t.end - 3, color="#00ff00")
    return hs


def _rows(store, set_id: str) -> list[dict[str, object]]:  # type: ignore[no-untyped-def]
    return [asdict(h) for h in store.highlights(set_id)]


def test_jsonld_shape_is_w3c(store, filled) -> None:  # type: ignore[no-untyped-def]
    data = highlights.export_jsonld(store, filled.id)
    assert (
        data["type"] == "AnnotationCollection"
        and "http://www.w3.org/ns/anno.jsonld" in data["@context"]
    )
    assert data["total"] == 4 and data["label"] == "Visit facts"
    ann = data["first"]["items"][0]
    assert ann["type"] == "Annotation" and ann["id"].startswith("urn:uuid:")
    kinds = {sel["type"] for sel in ann["target"]["selector"]}
    assert kinds == {"TextQuoteSelector", "TextPositionSelector"}
    noted = [a for a in data["first"]["items"] if a.get("body")]
    assert noted[0]["motivation"] == "commenting"
    assert {b["purpose"] for b in noted[0]["body"]} == {"commenting", "tagging"}


def test_jsonld_round_trip_restores_everything(store, filled, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    before_set = store.get_set(filled.id)
    before = _rows(store, filled.id)
    text = json.dumps(highlights.export_jsonld(store, filled.id))
    store.delete_set(filled.id)
    with highlights.open_store(tmp_path / "other") as other:
        got = highlights.import_jsonld(other, json.loads(text))
        assert got == before_set
        assert _rows(other, filled.id) == before
        # importing again changes nothing
        highlights.import_jsonld(other, json.loads(text))
        assert _rows(other, filled.id) == before
        # export of the import is the same document
        assert highlights.export_jsonld(other, filled.id) == json.loads(text)


def test_import_into_existing_set(store, filled) -> None:  # type: ignore[no-untyped-def]
    data = highlights.export_jsonld(store, filled.id)
    target = store.create_set("Merged", color="blue", corpus="belarus-myanmar")
    got = highlights.import_jsonld(store, data, into="Merged")
    assert got.id == target.id
    merged = store.highlights(target.id)
    assert len(merged) == 4
    assert {h.exact for h in merged} == {h.exact for h in store.highlights(filled.id)}
    assert not {h.id for h in merged} & {h.id for h in store.highlights(filled.id)}
    with pytest.raises(UnknownSetError):
        highlights.import_jsonld(store, data, into="No such set")


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda d: d.update(type="Collection"), "AnnotationCollection"),
        (lambda d: d.update({"@context": "http://example.org/"}), "@context"),
        (lambda d: d["first"]["items"][1]["target"].pop("selector"), "selector"),
        (lambda d: d["first"]["items"][2]["target"]["selector"][1].update(start=-1), "start"),
        (lambda d: d.update({"samestory:color": "red;}</style>"}), "colour"),
        (lambda d: d.update(id=17), "no id"),
        (lambda d: d["first"]["items"][0]["target"]["selector"].pop(0), "TextQuoteSelector"),
        (lambda d: d["first"].update(items="x"), "items"),
    ],
)
def test_wrong_schema_is_refused_and_nothing_written(store, filled, mutate, message) -> None:  # type: ignore[no-untyped-def]
    data = highlights.export_jsonld(store, filled.id)
    store.delete_set(filled.id)
    mutate(data)
    with pytest.raises(ImportFormatError, match=re.escape(message)):
        highlights.import_jsonld(store, data)
    assert store.list_sets() == [] and store.count() == 0


def test_markdown_brief_has_quotes_notes_and_documents(store, filled, seed_docs) -> None:  # type: ignore[no-untyped-def]
    md = highlights.export_markdown(store, filled.id, seed_docs)
    first = seed_docs[0].content_sentences[2].text
    assert "# Visit facts" in md
    shown = rendered_text(md)  # what a Markdown viewer shows
    assert " ".join(first.split()) in shown
    assert "Note: check <this> & that" in shown
    assert seed_docs[0].label in shown
    plain = highlights.export_markdown(store, filled.id)
    assert plain.count("\n> ") >= 4


def test_markdown_brief_lists_counterparts(store, seed_docs) -> None:  # type: ignore[no-untyped-def]
    compare = pytest.importorskip("compare")
    try:
        alignment = compare.align(seed_docs)
    except (ImportError, AttributeError):
        pytest.skip("compare.align not available")
    from compare.model import SentenceRef

    hit = next(
        (i, s)
        for i, d in enumerate(seed_docs)
        for s in d.content_sentences
        if any(
            lk.other(SentenceRef(i, s.index)).doc != i
            for lk in alignment.links_of(SentenceRef(i, s.index))
        )
    )
    i, s = hit
    hs = store.create_set("C", color="red", corpus="belarus-myanmar")
    store.add(hs.id, seed_docs[i], s.start, s.end)
    md = highlights.export_markdown(store, hs.id, seed_docs, alignment)
    assert "Counterparts:" in md
    link = alignment.links_of(SentenceRef(i, s.index))[0]
    ref = link.other(SentenceRef(i, s.index))
    assert f"({link.kind}, {link.score:.2f}): " + " ".join(
        seed_docs[ref.doc].sentences[ref.sentence].text.split()
    ) in rendered_text(md)


def rendered_text(markdown: str) -> str:
    """The text a CommonMark viewer shows for `markdown` (raw HTML allowed, as on most sites)."""
    import html as html_mod

    from markdown_it import MarkdownIt

    page = MarkdownIt("commonmark", {"html": True}).render(markdown)
    return html_mod.unescape(re.sub(r"<[^>]+>", "", page))


def test_html_report_escapes_text_and_uses_no_network(store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    nasty = '<script>alert("x")</script> [bold red]Markup[/] & <img src="http://evil/x.png">. Second line here.'
    path = tmp_path / "nasty.txt"
    path.write_text(nasty, encoding="utf-8")
    doc = readers.read(str(path))
    hs = store.create_set("Esc", color="#ff00ff", corpus="c")
    store.add(hs.id, doc, 0, 30, note='<b onclick="x">note</b>')
    page = highlights.export_html(store, hs.id, [doc])
    assert "<script>" not in page and "<img" not in page and "<b onclick" not in page
    assert "&lt;script&gt;" in page
    assert "background-color: #ff00ff" in page
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", page)
    assert "<link" not in page
    without_notes = re.sub(r'<span class="note">.*?</span>', "", page)
    text_only = re.sub(r"<[^>]+>", "", without_notes)
    import html as html_mod

    assert nasty in html_mod.unescape(text_only)


def test_html_report_of_the_seed_corpus_lists_orphans(store, seed_docs) -> None:  # type: ignore[no-untyped-def]
    hs = store.create_set("Seed", color="#6cb4ee", corpus="belarus-myanmar")
    s = seed_docs[3].content_sentences[1]
    store.add(hs.id, seed_docs[3], s.start, s.end, note="n1")
    gone = readers.build_document("Text that will not be open later. " * 3, "/nowhere/gone.txt")
    store.add(hs.id, gone, 0, 20)
    page = highlights.export_html(store, hs.id, seed_docs)
    assert page.count('<section class="doc"') == len(seed_docs)
    assert "Not placed" in page and "document not open" in page
    assert page.count("<mark id=") == 1


def test_html_report_shows_alignment_colours(store, seed_docs) -> None:  # type: ignore[no-untyped-def]
    compare = pytest.importorskip("compare")
    try:
        alignment = compare.align(seed_docs)
    except (ImportError, AttributeError):
        pytest.skip("compare.align not available")
    hs = store.create_set("A", color="#7bd389", corpus="belarus-myanmar")
    s = seed_docs[0].content_sentences[1]
    store.add(hs.id, seed_docs[0], s.start, s.end)
    page = highlights.export_html(store, hs.id, seed_docs, alignment)
    groups = {g for g in re.findall(r'class="s[^"]*\bg(\d+)', page)}
    assert len(groups) == len(alignment.groups)
    assert "hsl(" in page and page.count("<mark id=") == 1


def test_import_from_another_tool_without_uuids_or_positions(store, seed_docs) -> None:  # type: ignore[no-untyped-def]
    doc = seed_docs[1]
    s = doc.content_sentences[2]
    foreign = {
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "id": "https://example.org/collections/7",
        "type": "AnnotationCollection",
        "label": "From elsewhere",
        "first": {
            "type": "AnnotationPage",
            "items": [
                {
                    "id": "https://example.org/anno/1",
                    "type": "Annotation",
                    "body": {"type": "TextualBody", "value": "interesting"},
                    "target": {
                        "source": doc.source,
                        "selector": {"type": "TextQuoteSelector", "exact": s.text},
                    },
                }
            ],
        },
    }
    hs = highlights.import_jsonld(store, foreign)
    highlights.import_jsonld(store, foreign)  # stable ids: importing twice adds nothing
    (h,) = store.highlights(hs.id)
    assert h.note == "interesting"
    placed, orphans = highlights.resolve(store, hs.id, seed_docs)
    assert not orphans and (placed[0].start, placed[0].end) == (s.start, s.end)
