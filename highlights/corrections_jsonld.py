"""Export and import of a corpus' corrections as W3C Web Annotation JSON-LD.

The corrections become an `AnnotationCollection`; each correction is an `Annotation` with the
motivation `samestory:link` ("these say the same") or `samestory:unlink` ("these do not"),
an optional note as a `TextualBody`, and two `SpecificResource` targets, one per sentence,
each with a `TextQuoteSelector`, a `TextPositionSelector` and the document's content hash.
Another user of the same corpus can import the file: the ends are re-anchored in their copies
of the documents like highlights.

Import checks the whole file before writing, then stores it in one transaction; corrections
already in the store (same id) are skipped.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from highlights.corrections import (
    CORRECTION_KINDS,
    Correction,
    End,
    insert_corrections,
    list_corrections,
)
from highlights.jsonld import NS, W3C_CONTEXT, _fail, _int, _str, _uuid, parse
from highlights.store import Store, now

MOTIVATION = {"link": "samestory:link", "unlink": "samestory:unlink"}
KIND_OF = {v: k for k, v in MOTIVATION.items()}
FORMAT_VERSION = 1


def export_corrections(store: Store, corpus: str) -> dict[str, Any]:
    """The corpus' corrections as a JSON-ready W3C `AnnotationCollection`."""
    items = [_annotation(c) for c in list_corrections(store, corpus)]
    return {
        "@context": [W3C_CONTEXT, {"samestory": NS}],
        "type": "AnnotationCollection",
        "label": f"samestory corrections for {corpus}",
        "total": len(items),
        "samestory:format": FORMAT_VERSION,
        "samestory:corpus": corpus,
        "first": {"type": "AnnotationPage", "items": items},
    }


def _annotation(c: Correction) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": f"urn:uuid:{c.id}",
        "type": "Annotation",
        "motivation": MOTIVATION[c.kind],
        "created": c.created,
        "modified": c.updated,
    }
    if c.note:
        out["body"] = [
            {
                "type": "TextualBody",
                "value": c.note,
                "purpose": "commenting",
                "format": "text/plain",
            }
        ]
    out["target"] = [_target(c.a), _target(c.b)]
    return out


def _target(end: End) -> dict[str, Any]:
    return {
        "type": "SpecificResource",
        "source": end.doc_source,
        "samestory:docHash": end.doc_hash,
        "samestory:docId": end.doc_id,
        "selector": [
            {
                "type": "TextQuoteSelector",
                "exact": end.exact,
                "prefix": end.prefix,
                "suffix": end.suffix,
            },
            {"type": "TextPositionSelector", "start": end.start, "end": end.end},
        ],
    }


def read_corrections(
    data: Mapping[str, Any], corpus: str | None = None, where: str = "import"
) -> list[Correction]:
    """Check a parsed collection and return its corrections (for `corpus`, default the file's)."""
    if data.get("type") != "AnnotationCollection":
        raise _fail(where, "not a W3C annotation collection (type is not AnnotationCollection)")
    target_corpus = corpus or _str(data, "samestory:corpus", where, "")
    if not target_corpus:
        raise _fail(where, "the file names no corpus (samestory:corpus); give --corpus")
    page = data.get("first", {})
    items = page.get("items") if isinstance(page, Mapping) else None
    if not isinstance(items, list):
        raise _fail(where, "the collection has no AnnotationPage with items")
    stamp = now()
    out: list[Correction] = []
    for n, item in enumerate(items, 1):
        at = f"{where}: annotation {n}"
        if not isinstance(item, Mapping):
            raise _fail(at, "not an object")
        kind = KIND_OF.get(str(item.get("motivation")))
        if kind not in CORRECTION_KINDS:
            raise _fail(at, "motivation must be samestory:link or samestory:unlink")
        targets = item.get("target")
        if not isinstance(targets, list) or len(targets) != 2:
            raise _fail(at, "a correction needs exactly two targets")
        note = ""
        body = item.get("body", [])
        for b in body if isinstance(body, list) else [body]:
            if isinstance(b, Mapping) and b.get("purpose", "commenting") == "commenting":
                note = _str(b, "value", at, "")
        a, b_end = (_end(t, f"{at}, target {k}") for k, t in enumerate(targets, 1))
        out.append(
            Correction(
                _uuid(item.get("id"), at, "annotation"),
                target_corpus,
                kind,
                a,
                b_end,
                note,
                _str(item, "created", at, stamp),
                _str(item, "modified", at, stamp),
            )
        )
    return out


def _end(target: object, where: str) -> End:
    if not isinstance(target, Mapping):
        raise _fail(where, "not an object")
    quote: Mapping[str, Any] | None = None
    position: Mapping[str, Any] | None = None
    selectors = target.get("selector", [])
    for sel in selectors if isinstance(selectors, list) else [selectors]:
        if isinstance(sel, Mapping) and sel.get("type") == "TextQuoteSelector":
            quote = sel
        if isinstance(sel, Mapping) and sel.get("type") == "TextPositionSelector":
            position = sel
    if quote is None or position is None:
        raise _fail(where, "needs a TextQuoteSelector and a TextPositionSelector")
    start, end = _int(position, "start", where), _int(position, "end", where)
    if end <= start:
        raise _fail(where, "TextPositionSelector end must be after start")
    exact = _str(quote, "exact", where)
    if not exact:
        raise _fail(where, "empty quote")
    return End(
        _str(target, "samestory:docId", where, ""),
        _str(target, "samestory:docHash", where, ""),
        _str(target, "source", where),
        start,
        end,
        exact,
        _str(quote, "prefix", where, ""),
        _str(quote, "suffix", where, ""),
    )


def import_corrections(
    store: Store, text: str, corpus: str | None = None, where: str = "import"
) -> tuple[int, int]:
    """Import a JSON-LD corrections file; returns (added, already present)."""
    items = read_corrections(parse(text, where), corpus, where)
    added = insert_corrections(store, items)
    return added, len(items) - added
