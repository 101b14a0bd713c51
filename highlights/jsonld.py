"""Export and import of a highlight set as W3C Web Annotation JSON-LD.

A set becomes an `AnnotationCollection` whose first `AnnotationPage` holds one `Annotation`
per highlight: the note as a `TextualBody` (purpose `commenting`), the label as a
`TextualBody` (purpose `tagging`), and a `SpecificResource` target with a
`TextQuoteSelector` and a `TextPositionSelector`. samestory-only fields (colour, corpus,
content hash, passage group) use the `samestory:` prefix declared in the `@context`.

Import checks the whole file before touching the store and writes in one transaction, so a
bad file leaves the store exactly as it was.
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

from highlights.errors import BadInputError, ImportFormatError, UnknownSetError
from highlights.model import Highlight, HighlightSet
from highlights.store import DEFAULT_COLORS, Store, check_color, new_id, now

W3C_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
NS = "https://samestory.invalid/ns#"
FORMAT_VERSION = 1
_UUID = re.compile(r"^(urn:uuid:)?([0-9a-fA-F-]{32,36})$")


def export_jsonld(store: Store, set_id: str) -> dict[str, Any]:
    """The set as a JSON-ready W3C `AnnotationCollection`."""
    hs = store.get_set(set_id)
    items = [_annotation(h) for h in store.highlights(hs.id)]
    return {
        "@context": [W3C_CONTEXT, {"samestory": NS}],
        "id": f"urn:uuid:{hs.id}",
        "type": "AnnotationCollection",
        "label": hs.name,
        "total": len(items),
        "created": hs.created,
        "modified": hs.updated,
        "samestory:format": FORMAT_VERSION,
        "samestory:color": hs.color,
        "samestory:corpus": hs.corpus,
        "samestory:description": hs.description,
        "first": {"type": "AnnotationPage", "items": items},
    }


def _annotation(h: Highlight) -> dict[str, Any]:
    body: list[dict[str, str]] = []
    if h.note:
        body.append(
            {
                "type": "TextualBody",
                "value": h.note,
                "purpose": "commenting",
                "format": "text/plain",
            }
        )
    if h.label:
        body.append({"type": "TextualBody", "value": h.label, "purpose": "tagging"})
    out: dict[str, Any] = {
        "id": f"urn:uuid:{h.id}",
        "type": "Annotation",
        "motivation": "commenting" if h.note else "highlighting",
        "created": h.created,
        "modified": h.updated,
    }
    if body:
        out["body"] = body
    out["target"] = {
        "type": "SpecificResource",
        "source": h.doc_source,
        "samestory:docHash": h.doc_hash,
        "samestory:docId": h.doc_id,
        "selector": [
            {"type": "TextQuoteSelector", "exact": h.exact, "prefix": h.prefix, "suffix": h.suffix},
            {"type": "TextPositionSelector", "start": h.start, "end": h.end},
        ],
    }
    if h.color:
        out["samestory:color"] = h.color
    if h.group_id:
        out["samestory:group"] = h.group_id
    return out


def dumps(data: Mapping[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


# -- import ---------------------------------------------------------------------------------


def _fail(where: str, reason: str) -> ImportFormatError:
    return ImportFormatError(where, reason)


def parse(text: str, where: str = "import") -> dict[str, Any]:
    """Parse JSON text into a dict or raise `ImportFormatError` with one line."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as err:
        raise _fail(
            where, f"not valid JSON (line {err.lineno}, column {err.colno}: {err.msg})"
        ) from None
    except RecursionError:
        raise _fail(where, "not an annotation collection (JSON nested too deeply)") from None
    except ValueError as err:  # e.g. an integer of thousands of digits
        raise _fail(where, f"not valid JSON ({err})") from None
    if not isinstance(data, dict):
        raise _fail(where, "not a W3C annotation collection (top level is not an object)")
    return data


def _uuid(value: object, where: str, what: str) -> str:
    """The hex UUID of a `urn:uuid:` id; other IRIs map to a stable name-based UUID."""
    if not isinstance(value, str) or not value.strip():
        raise _fail(where, f"{what} has no id")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise _fail(where, f"{what} id holds a lone surrogate") from None
    m = _UUID.match(value)
    if m:
        return m.group(2).replace("-", "").lower()
    return uuid.uuid5(uuid.NAMESPACE_URL, value).hex


def _str(obj: Mapping[str, Any], key: str, where: str, default: str | None = None) -> str:
    value = obj.get(key, default)
    if not isinstance(value, str):
        raise _fail(where, f"field {key!r} must be a string")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise _fail(where, f"field {key!r} holds a lone surrogate (\\ud800-\\udfff)") from None
    return value


MAX_OFFSET = 2**31 - 1
"""Largest character offset accepted (a document is at most 20 MiB)."""


def _int(obj: Mapping[str, Any], key: str, where: str) -> int:
    value = obj.get(key)
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise _fail(where, f"field {key!r} must be a non-negative integer")
    if value > MAX_OFFSET:
        raise _fail(where, f"field {key!r} is too large for a character offset")
    return value


def _color(value: str, where: str) -> str:
    try:
        return check_color(value)
    except BadInputError:
        raise _fail(where, f"bad colour {value!r}") from None


def read_collection(
    data: Mapping[str, Any], where: str = "import"
) -> tuple[HighlightSet, list[Highlight]]:
    """Validate a collection fully and turn it into a set and highlights (nothing stored)."""
    types = data.get("type")
    if types != "AnnotationCollection" and not (
        isinstance(types, list) and "AnnotationCollection" in types
    ):
        raise _fail(
            where, 'not a W3C AnnotationCollection (missing "type": "AnnotationCollection")'
        )
    ctx = data.get("@context")
    ctx_list = ctx if isinstance(ctx, list) else [ctx]
    if W3C_CONTEXT not in ctx_list:
        raise _fail(where, f"not W3C Web Annotation JSON-LD (@context must include {W3C_CONTEXT})")
    version = data.get("samestory:format", FORMAT_VERSION)
    if version != FORMAT_VERSION:
        raise _fail(
            where,
            f"unsupported samestory:format {version!r} (this samestory reads {FORMAT_VERSION})",
        )
    set_id = _uuid(data.get("id"), where, "collection")
    stamp = now()
    color = _color(_str(data, "samestory:color", where, DEFAULT_COLORS[0]), where)
    name = _str(data, "label", where, "").strip()
    if not name:
        raise _fail(where, "collection has no label (the set name)")
    hs = HighlightSet(
        id=set_id,
        name=name,
        color=color,
        corpus=_str(data, "samestory:corpus", where, ""),
        description=_str(data, "samestory:description", where, ""),
        created=_str(data, "created", where, stamp),
        updated=_str(data, "modified", where, stamp),
    )
    first = data.get("first", {"items": []})
    if not isinstance(first, dict) or not isinstance(first.get("items", []), list):
        raise _fail(where, "'first' must be an AnnotationPage with an 'items' list")
    items = [
        _read_annotation(a, set_id, f"{where}: annotation {i + 1}", stamp)
        for i, a in enumerate(first.get("items", []))
    ]
    return hs, items


def _read_annotation(a: object, set_id: str, where: str, stamp: str) -> Highlight:
    if not isinstance(a, dict) or a.get("type") != "Annotation":
        raise _fail(where, "not an Annotation object")
    hid = _uuid(a.get("id"), where, "annotation")
    note = label = ""
    body = a.get("body", [])
    for b in body if isinstance(body, list) else [body]:
        if not isinstance(b, dict) or b.get("type") != "TextualBody":
            raise _fail(where, "body must be TextualBody objects")
        value = _str(b, "value", where)
        if b.get("purpose") == "tagging":
            label = value
        else:
            note = value
    target = a.get("target")
    if not isinstance(target, dict):
        raise _fail(where, "target must be an object")
    source = _str(target, "source", where)
    selectors = target.get("selector")
    if isinstance(selectors, dict):
        selectors = [selectors]
    if not isinstance(selectors, list):
        raise _fail(where, "target has no selector")
    quote = next(
        (s for s in selectors if isinstance(s, dict) and s.get("type") == "TextQuoteSelector"), None
    )
    pos = next(
        (s for s in selectors if isinstance(s, dict) and s.get("type") == "TextPositionSelector"),
        None,
    )
    if quote is None:
        raise _fail(where, "target needs a TextQuoteSelector")
    exact = _str(quote, "exact", where)
    if pos is None:  # other tools may give only the quote: search for it from the start
        start, end = 0, len(exact)
    else:
        start, end = _int(pos, "start", where), _int(pos, "end", where)
    if end <= start or not exact:
        raise _fail(where, "empty or reversed text position")
    color = _str(a, "samestory:color", where, "")
    if color:
        _color(color, where)
    doc_hash = _str(target, "samestory:docHash", where, "")
    return Highlight(
        id=hid,
        set_id=set_id,
        doc_id=_str(target, "samestory:docId", where, doc_hash[:16]),
        doc_hash=doc_hash,
        doc_source=source,
        start=start,
        end=end,
        exact=exact,
        prefix=_str(quote, "prefix", where, ""),
        suffix=_str(quote, "suffix", where, ""),
        note=note,
        label=label,
        color=color,
        group_id=_str(a, "samestory:group", where, ""),
        created=_str(a, "created", where, stamp),
        updated=_str(a, "modified", where, stamp),
    )


@dataclass(frozen=True)
class ImportResult:
    """What an import did: the set written to, highlights added, and those skipped."""

    set: HighlightSet
    imported: int
    skipped: int
    """Highlights already in the store (same id), or given twice in the file."""
    created: bool
    """True when the import made a new set."""


def import_jsonld(
    store: Store, data: Mapping[str, Any], into: str | None = None, where: str = "import"
) -> HighlightSet:
    """Add a collection's highlights to the store; returns the set they went into.

    Without `into`, the collection's own set is used (created if missing; highlights already
    present, by id, are skipped, so importing twice changes nothing). With `into`, the
    highlights join that existing set (unknown set: `UnknownSetError`, nothing written);
    highlights whose id already exists get a new id.
    """
    return import_collection(store, data, into, where).set


def import_collection(
    store: Store, data: Mapping[str, Any], into: str | None = None, where: str = "import"
) -> ImportResult:
    """`import_jsonld`, reporting how many highlights were added and how many skipped (counted
    in the import's own transaction, so other writers do not change the numbers)."""
    hs, items = read_collection(data, where)
    if into is not None:
        target = store.get_set(into)
        taken = {h.id for h in store.highlights_for(None)}
        items = [
            replace(h, set_id=target.id, id=new_id() if h.id in taken else h.id) for h in items
        ]
        added = store.insert(items, skip_existing=True)
        return ImportResult(target, added, len(items) - added, created=False)
    existing = store.find_set(hs.id)
    if existing is None:
        clash = store.find_set(hs.name, hs.corpus) if hs.name else None
        if clash is not None and clash.corpus == hs.corpus and clash.name == hs.name:
            raise UnknownSetError(
                where,
                f"a different set named {hs.name!r} already exists in corpus {hs.corpus!r}; "
                "use --into to merge or rename one",
            )
        added = store.create_imported(hs, items)
        return ImportResult(hs, added, len(items) - added, created=True)
    added = store.insert(items, skip_existing=True)
    return ImportResult(existing, added, len(items) - added, created=False)
