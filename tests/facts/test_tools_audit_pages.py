"""tools/facts_audit_pages.py: seeded samples per kind with at most PER_PAGE mentions of a kind
a page, none drawn twice, and precision scored on the judged mentions a list still holds."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tools import facts_audit_pages as audit


def _mention(page: str, kind: str, start: int) -> dict[str, object]:
    return {"page": page, "date": None, "kind": kind, "start": start, "end": start + 2,
            "text": "xx", "key": f"{kind}:xx", "sentence": "xx yy", "sent_start": start}  # fmt: skip


def _write(path: Path, mentions: list[dict[str, object]]) -> Path:
    path.write_text("".join(json.dumps(m) + "\n" for m in mentions), encoding="utf-8")
    return path


@pytest.fixture
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "audit.json"
    monkeypatch.setattr(audit, "AUDIT", path)
    return path


def test_samples_cap_each_page_and_never_repeat(tmp_path: Path, store: Path) -> None:
    mentions = [_mention(f"aeb:{p}", "date", i * 10) for p in "ab" for i in range(6)]
    mentions += [_mention("aeb:a", "figure", 500)]
    listed = _write(tmp_path / "m.jsonl", mentions)
    audit.sample(listed, seed=1, per_kind=10, name="one")
    first = json.loads(store.read_text(encoding="utf-8"))["samples"][0]["items"]
    dates = [it for it in first if it["kind"] == "date"]
    assert len(dates) == 2 * audit.PER_PAGE
    assert sum(it["page"] == "aeb:a" for it in dates) == audit.PER_PAGE
    assert [it["kind"] for it in first].count("figure") == 1
    assert all(it["judgement"] is None for it in first)
    audit.sample(listed, seed=1, per_kind=10, name="two")
    second = json.loads(store.read_text(encoding="utf-8"))["samples"][1]["items"]
    drawn = {audit.mention_id(it) for it in first}
    assert second and not drawn & {audit.mention_id(it) for it in second}


def test_score_counts_judged_mentions_the_list_still_holds(
    tmp_path: Path, store: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    mentions = [_mention("aeb:a", "place", i * 10) for i in range(3)]
    audit.sample(_write(tmp_path / "m.jsonl", mentions), seed=2, per_kind=3, name="s")
    data = json.loads(store.read_text(encoding="utf-8"))
    by_start = {it["start"]: it for it in data["samples"][0]["items"]}
    by_start[0]["judgement"], by_start[10]["judgement"] = "ok", "wrong kind: person"
    by_start[20]["judgement"] = "ok"
    store.write_text(json.dumps(data), encoding="utf-8")
    later = _write(tmp_path / "later.jsonl", mentions[:2])  # the third mention is gone
    audit.score([later])
    out = capsys.readouterr().out
    assert "place" in out and "P 0.500 (1/2)" in out
    assert "no longer found: 1 right, 0 wrong" in out


def test_score_leaves_out_dates_now_read_with_another_value(
    tmp_path: Path, store: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    mentions = [_mention(f"aeb:{'ab'[i // 2]}", "date", i * 10) for i in range(4)]
    audit.sample(_write(tmp_path / "m.jsonl", mentions), seed=3, per_kind=4, name="s")
    data = json.loads(store.read_text(encoding="utf-8"))
    by_start = {it["start"]: it for it in data["samples"][0]["items"]}
    by_start[0]["judgement"] = "wrong value: span right; October was past, valued next year"
    by_start[10]["judgement"] = "ok"
    by_start[20]["judgement"] = "today meaning nowadays: 'exist today'"
    by_start[30]["judgement"] = "ok"
    store.write_text(json.dumps(data), encoding="utf-8")
    revalued = [{**m, "key": "date:2019-10"} if m["start"] != 30 else m for m in mentions]
    audit.score([_write(tmp_path / "later.jsonl", revalued)])
    out = capsys.readouterr().out
    # the value judgements (0 wrong, 10 right) no longer hold; a date that is none stays wrong
    assert "P 0.500 (1/2)" in out and "2 read with another value, unjudged" in out
