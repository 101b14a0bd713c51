"""The result of corpus discovery and its JSON form.

JSON schema (`"schema": "samestory.discovery/1"`)::

    {
      "schema": "samestory.discovery/1",
      "root": "/abs/folder" | null,           # the folder searched, when there was one
      "documents": 10000,                      # files read successfully
      "errors": [{"path": "...", "reason": "..."}],   # files skipped
      "settings": {"min_shared": 2, "threshold": 0.4, "num_perm": 64, "shingle": 2,
                   "max_bucket": 100, "min_score": null},
      "stats": {"candidates": 812, "confirmed": 640, "seconds": 97.3,
                "sentences": 240512, "workers": 2, "scheduler": null, "mode": "lsh",
                "stage_seconds": {"read": 80.1, "candidates": 9.2, "align": 8.0}},
      "groups": [                              # largest first; "group" numbers start at 1
        {"group": 1,
         "documents": [{"path": "/abs/a.txt", "title": "...", "sentences": 31}, ...],
         "pairs": [{"a": "/abs/a.txt", "b": "/abs/b.txt", "shared": 12, "links": 14}, ...]}
      ]
    }

Paths are absolute so that the file can be used from any working directory.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from readers.errors import UsageError

SCHEMA = "samestory.discovery/1"


@dataclass(frozen=True)
class DocumentInfo:
    path: str
    title: str | None
    sentences: int


@dataclass(frozen=True)
class SharedPair:
    """Two documents the alignment engine confirmed as sharing `shared` passages."""

    a: str
    b: str
    shared: int
    links: int


@dataclass
class DiscoveredGroup:
    """A connected component of confirmed pairs: documents that tell (part of) one story."""

    number: int
    documents: list[DocumentInfo]
    pairs: list[SharedPair]

    @property
    def paths(self) -> list[Path]:
        return [Path(d.path) for d in self.documents]

    def shared(self, a: str, b: str) -> int:
        """Shared passages between two documents of the group (0 if not a confirmed pair)."""
        for p in self.pairs:
            if {p.a, p.b} == {a, b}:
                return p.shared
        return 0


@dataclass
class Discovery:
    """Groups of documents sharing passages, plus what was skipped and how long it took."""

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
                    "pairs": [
                        {"a": p.a, "b": p.b, "shared": p.shared, "links": p.links} for p in g.pairs
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
                    SharedPair(str(p["a"]), str(p["b"]), int(p["shared"]), int(p["links"]))
                    for p in g["pairs"]
                ],
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
