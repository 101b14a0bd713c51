"""The result of corpus discovery and its JSON form.

JSON schema (`"schema": "samestory.discovery/2"`)::

    {
      "schema": "samestory.discovery/2",
      "root": "/abs/folder" | null,           # the folder searched, when there was one
      "documents": 10000,                      # files read successfully
      "errors": [{"path": "...", "reason": "..."}],   # files skipped
      "settings": {"threshold": 0.18, "min_shared": 2, "num_perm": 64, "shingle": 2,
                   "max_bucket": 100},
      "stats": {"candidates": 812, "story_candidates": 700, "passage_candidates": 300,
                "grouped": 640, "seconds": 97.3, "sentences": 240512, "workers": 2,
                "scheduler": null,
                "stage_seconds": {"read": 80.1, "candidates": 9.2, "group": 1.0}},
      "groups": [                              # largest first; "group" numbers start at 1
        {"group": 1,
         "documents": [{"path": "/abs/a.txt", "title": "...", "sentences": 31}, ...],
         "facts": ["Lukashenko", "Naypyidaw", "8665"],   # names/figures most members share
         "pairs": [{"a": "/abs/a.txt", "b": "/abs/b.txt", "score": 0.41, "shared": 3,
                    "conflicts": 0}, ...]}           # the group's best-scored pairs
      ]
    }

`score` is the pair's story score (plus its shared-passage bonus), `shared` the near-verbatim
passages the two share, `conflicts` the main names of one the other never mentions.

Paths are absolute so that the file can be used from any working directory.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from readers.errors import UsageError

SCHEMA = "samestory.discovery/2"


@dataclass(frozen=True)
class DocumentInfo:
    path: str
    title: str | None
    sentences: int


@dataclass(frozen=True)
class SharedPair:
    """Two documents of a group: their score and the evidence behind it."""

    a: str
    b: str
    shared: int
    """Near-verbatim passages (sentences) the two share."""
    score: float
    conflicts: int = 0
    """Main names of one document that the other never mentions."""


@dataclass
class DiscoveredGroup:
    """Documents that tell one story, with why: shared facts and their best pairs."""

    number: int
    documents: list[DocumentInfo]
    pairs: list[SharedPair]
    facts: list[str] = field(default_factory=list)

    @property
    def paths(self) -> list[Path]:
        return [Path(d.path) for d in self.documents]

    def why(self) -> str:
        """One line on why the members belong together (plain text, may hold document data)."""
        parts = [f"group {self.number}: {len(self.documents)} documents"]
        if self.facts:
            parts.append("shared facts: " + ", ".join(self.facts))
        if self.pairs:
            best = self.pairs[0]
            parts.append(f"best pair score {best.score:.2f}")
            passages = sum(p.shared for p in self.pairs)
            parts.append(f"{passages} shared passages over its {len(self.pairs)} listed pairs")
        return "; ".join(parts)

    def shared(self, a: str, b: str) -> int:
        """Shared passages between two documents of the group (0 if not a listed pair)."""
        for p in self.pairs:
            if {p.a, p.b} == {a, b}:
                return p.shared
        return 0


@dataclass
class Discovery:
    """Groups of documents telling one story, plus what was skipped and how long it took."""

    groups: list[DiscoveredGroup]
    documents: int
    errors: list[tuple[str, str]] = field(default_factory=list)
    root: str | None = None
    settings: dict[str, Any] = field(default_factory=dict)
    stats: dict[str, Any] = field(default_factory=dict)

    def group(self, n: int) -> DiscoveredGroup:
        """Group number `n` (1-based, as printed)."""
        if not 1 <= n <= len(self.groups):
            found = f"{len(self.groups)} group" + ("" if len(self.groups) == 1 else "s")
            raise UsageError(self.root or "discovery", f"no group {n} (discovery found {found})")
        return self.groups[n - 1]

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": SCHEMA,
            "root": self.root,
            "documents": self.documents,
            "errors": [{"path": p, "reason": r} for p, r in self.errors],
            "settings": self.settings,
            "stats": self.stats,
            "groups": [
                {
                    "group": g.number,
                    "documents": [
                        {"path": d.path, "title": d.title, "sentences": d.sentences}
                        for d in g.documents
                    ],
                    "facts": list(g.facts),
                    "pairs": [
                        {
                            "a": p.a,
                            "b": p.b,
                            "score": p.score,
                            "shared": p.shared,
                            "conflicts": p.conflicts,
                        }
                        for p in g.pairs
                    ],
                }
                for g in self.groups
            ],
        }

    def save(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_text(json.dumps(self.to_dict(), ensure_ascii=False, indent=2) + "\n", "utf-8")
        tmp.replace(path)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Discovery:
        if data.get("schema") != SCHEMA:
            raise ValueError(f"not a {SCHEMA} document")
        groups = [
            DiscoveredGroup(
                number=int(g["group"]),
                documents=[
                    DocumentInfo(str(d["path"]), d.get("title"), int(d.get("sentences", 0)))
                    for d in g["documents"]
                ],
                pairs=[
                    SharedPair(
                        str(p["a"]),
                        str(p["b"]),
                        int(p["shared"]),
                        float(p["score"]),
                        int(p.get("conflicts", 0)),
                    )
                    for p in g["pairs"]
                ],
                facts=[str(f) for f in g.get("facts", [])],
            )
            for g in data["groups"]
        ]
        return cls(
            groups=groups,
            documents=int(data.get("documents", 0)),
            errors=[(str(e["path"]), str(e["reason"])) for e in data.get("errors", [])],
            root=data.get("root"),
            settings=dict(data.get("settings", {})),
            stats=dict(data.get("stats", {})),
        )

    @classmethod
    def load(cls, path: Path) -> Discovery:
        """Read a discovery JSON file; a bad file is a one-line `UsageError`."""
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            return cls.from_dict(data)
        except OSError as exc:
            raise UsageError(str(path), exc.strerror or str(exc)) from None
        except (ValueError, KeyError, TypeError) as exc:
            raise UsageError(str(path), f"not a samestory discovery file ({exc})") from None
