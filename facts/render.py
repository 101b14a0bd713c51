"""Plain-text and Markdown renderings of a `FactTable` (used by `samestory facts`)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from facts.model import FACT_KINDS, KIND_TITLES, Fact, FactTable
from readers import Document


def _one_line(text: str, limit: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _norm_text(f: Fact) -> str:
    n = f.normalized
    if isinstance(n, dict):
        if f.kind == "quote":
            return f"speaker: {n['speaker']}" if n.get("speaker") else ""
        value = n.get("value")
        if f.kind == "figure":
            if "total" in n:
                return f"{n['value']:g}/{n['total']:g} {n.get('noun', '')}".strip()
            if isinstance(value, (int, float)):
                mark = "#" if n.get("ordinal") else ""
                return f"{mark}{value:g} {n.get('unit') or n.get('noun') or ''}".strip()
        return str(value) if value is not None else ""
    return "" if n == f.label else str(n)


def _by_kind(table: FactTable, kinds: tuple[str, ...] | None) -> Iterator[tuple[str, list[Fact]]]:
    """`(kind, facts)` in `FACT_KINDS` order, for the asked kinds (all when none) that have facts."""
    for kind in FACT_KINDS:
        if kinds and kind not in kinds:
            continue
        group = [f for f in table.facts if f.kind == kind]
        if group:
            yield kind, group


def to_text(table: FactTable, docs: Sequence[Document], kinds: tuple[str, ...] | None) -> str:
    lines: list[str] = []
    for i, d in enumerate(docs):
        lines.append(f"[{i}] {d.label}")
    lines.append("")
    for kind, group in _by_kind(table, kinds):
        lines.append(f"{KIND_TITLES[kind]} ({len(group)})")
        for f in group:
            docs_s = ",".join(str(d) for d in f.docs)
            norm = _norm_text(f)
            extra = f"  = {norm}" if norm and norm != f.label else ""
            lines.append(f"  [{docs_s:<9}] {_one_line(f.label)}{extra}")
        lines.append("")
    lines.append(f"Conflicts ({len(table.conflicts)})")
    for c in table.conflicts:
        lines.append(f"  ! {c.kind}: {_one_line(c.description, 200)}")
    lines.append("")
    return "\n".join(lines)


def _md(text: str) -> str:
    from readers.textsafe import markdown_inline

    return markdown_inline(text)


def to_markdown(table: FactTable, docs: Sequence[Document], kinds: tuple[str, ...] | None) -> str:
    lines = ["# Facts", ""]
    for i, d in enumerate(docs):
        lines.append(f"- **[{i}]** {_md(d.label)}")
    lines.append("")
    for kind, group in _by_kind(table, kinds):
        lines += [
            f"## {KIND_TITLES[kind]}",
            "",
            "| fact | normalized | documents |",
            "| --- | --- | --- |",
        ]
        for f in group:
            docs_s = ", ".join(str(d) for d in f.docs)
            lines.append(f"| {_md(_one_line(f.label))} | {_md(_norm_text(f))} | {docs_s} |")
        lines.append("")
    lines += ["## Conflicts", ""]
    if not table.conflicts:
        lines.append("None found.")
    for c in table.conflicts:
        lines.append(f"- **{c.kind}**: {_md(c.description)}")
    lines.append("")
    return "\n".join(lines)
