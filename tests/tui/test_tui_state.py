"""ReaderState and layout without an app: navigation, counterparts, wrapping, bad paths."""

from __future__ import annotations

import subprocess
import sys

from rich.cells import cell_len
from tui_fixed import fixed_alignment

from tui.layout import display_text, wrap_document
from tui.state import ReaderState


def test_wrap_covers_every_sentence_within_width(seed_docs) -> None:
    for doc in seed_docs:
        shown = display_text(doc.text)
        for width in (6, 23, 80):
            wrapped = wrap_document(doc, shown, width)
            for line in wrapped.lines:
                assert cell_len(shown[line.start : line.end]) <= width
            for s in doc.sentences:
                first, last = wrapped.rows[s.index]
                got = "".join(shown[ln.start : ln.end] for ln in wrapped.lines[first : last + 1])
                assert "".join(got.split()) == "".join(shown[s.start : s.end].split())


def test_hidden_boilerplate_is_not_laid_out(seed_docs) -> None:
    doc = seed_docs[1]
    wrapped = wrap_document(doc, display_text(doc.text), 40, show_boilerplate=False)
    assert all(not doc.sentences[i].boilerplate for i in wrapped.rows)
    assert any(s.boilerplate for s in doc.sentences)


def test_counterparts_and_steps(seed_docs) -> None:
    alignment = fixed_alignment(list(seed_docs))
    state = ReaderState(list(seed_docs), name="seed")
    state.set_alignment(alignment)
    link = alignment.links[0]
    state.focused, state.cursors[link.a.doc] = link.a.doc, link.a.sentence
    cps = state.counterparts()
    assert cps[link.b.doc][link.b.sentence].score == link.score
    assert cps[link.b.doc][link.b.sentence].kind == link.kind
    nxt = state.step(0, -1, 1, "linked")
    assert nxt is not None and alignment.links_of(state.ref(0)._replace(sentence=nxt))
    uniq = state.step(0, -1, 1, "unique")
    assert uniq is not None and state.ref(0)._replace(sentence=uniq) in set(alignment.unique)
    assert "5 links" in state.counts()


def test_bad_path_is_one_line_without_traceback(tmp_path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "samestory", str(tmp_path / "missing.txt")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 2
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and "missing.txt" in lines[0]
    assert "Traceback" not in proc.stderr
