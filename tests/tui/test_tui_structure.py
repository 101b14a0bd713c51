"""The reader's modules import each other in one direction: no cycle, lazy imports included
(the app, the highlight controller and the screens used to import each other)."""

from __future__ import annotations

import ast
from pathlib import Path

TUI = Path(__file__).resolve().parents[2] / "tui"


def module_name(path: Path) -> str:
    parts = path.relative_to(TUI.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports() -> dict[str, set[str]]:
    names = {module_name(p) for p in TUI.rglob("*.py")}
    graph: dict[str, set[str]] = {}
    for path in TUI.rglob("*.py"):
        deps: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module in names:
                deps.add(node.module)
                deps |= {f"{node.module}.{a.name}" for a in node.names} & names
            elif isinstance(node, ast.Import):
                deps |= {a.name for a in node.names} & names
        graph[module_name(path)] = deps - {"tui", "tui.screens"}
    return graph


def test_no_import_cycle_in_the_reader() -> None:
    graph = imports()
    assert "tui.screens.reader" in graph["tui.app"]
    done: set[str] = set()

    def visit(node: str, path: list[str]) -> None:
        for dep in graph.get(node, ()):
            assert dep not in path, " -> ".join([*path[path.index(dep) :], dep])
            if dep not in done:
                visit(dep, [*path, dep])
        done.add(node)

    for module in graph:
        visit(module, [module])


def test_modules_stay_under_600_lines() -> None:
    for path in TUI.rglob("*.py"):
        assert len(path.read_text(encoding="utf-8").splitlines()) <= 600, path
