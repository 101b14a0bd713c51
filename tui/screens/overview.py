"""`OverviewScreen` (`o`): the corpus as a picture.

Left: the document similarity matrix as a heat map (row i, column j: share of document i's
content sentences that have a counterpart in j; darker/brighter = more shared). Right/below:
one density strip per document, each cell a slice of the article coloured shared, unique or
boilerplate, with the shares in words underneath.
"""

from __future__ import annotations

from rich.color import Color
from rich.style import Style
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from themes import palette_for
from themes.palette import ink_for
from tui.state import ReaderState

STRIP_WIDTH = 48


def _blend(low: str, high: str, t: float) -> str:
    a = Color.parse(low).get_truecolor()
    b = Color.parse(high).get_truecolor()
    t = min(max(t, 0.0), 1.0)
    r, g, bl = (round(x + (y - x) * t) for x, y in zip(a, b, strict=True))
    return f"#{r:02x}{g:02x}{bl:02x}"


def heat_map(state: ReaderState, dark: bool) -> Text:
    n = len(state.documents)
    low, high = ("#1f2430", "#f2c14e") if dark else ("#f4f1e8", "#1f5f8b")
    text = Text("Similarity (row's sentences found in column)\n", style="bold")
    if state.alignment is None:
        text.append("alignment still running\n", style="dim")
        return text
    sim = state.alignment.similarity
    text.append("      " + "".join(f"{j + 1:^7}" for j in range(n)) + "\n", style="bold")
    for i in range(n):
        text.append(f"{i + 1:>4}  ", style="bold")
        for j in range(n):
            if i == j:
                text.append("   ·   ", style="dim")
                continue
            v = sim[i][j] if i < len(sim) and j < len(sim[i]) else 0.0
            bg = _blend(low, high, v)
            text.append(f" {round(v * 100):>3}% ", style=Style(bgcolor=bg, color=ink_for(bg)))
            text.append(" ")
        text.append("\n")
    return text


def density(state: ReaderState, width: int, dark: bool) -> Text:
    theme = "samestory-dark" if dark else "samestory-light"
    p = palette_for(theme, dark=dark)
    shared_c = p.link_markers["verbatim"].color
    unique_c = p.unique.color
    boiler_c = Color.parse("#777777")
    text = Text("Density: where each article is shared, unique, boilerplate\n", style="bold")
    for d, doc in enumerate(state.documents):
        kinds = state.sentence_kind[d]
        total = max(1, len(doc.text))
        cells = ["none"] * width
        for s in doc.sentences:
            kind = kinds[s.index]
            cls = (
                "boilerplate"
                if kind == "boilerplate"
                else ("unique" if kind in ("unique", None) else "shared")
            )
            if kind is None:
                cls = "none"
            a = s.start * width // total
            b = max(a + 1, s.end * width // total)
            for c in range(a, min(b, width)):
                if cells[c] in ("none", "boilerplate") or cls == "shared":
                    cells[c] = cls
        text.append(f"{d + 1:>2} ", style="bold")
        for cls in cells:
            color = {"shared": shared_c, "unique": unique_c, "boilerplate": boiler_c}.get(cls)
            text.append(
                "█" if color else "░", style=Style(color=color) if color else Style(dim=True)
            )
        n_shared = sum(1 for k in kinds if k not in (None, "unique", "boilerplate"))
        n_unique = sum(1 for k in kinds if k == "unique")
        n_boiler = sum(1 for k in kinds if k == "boilerplate")
        n = max(1, len(kinds))
        text.append("\n   ")
        text.append(doc.label, style="italic")
        text.append(
            f" · {round(100 * n_shared / n)}% shared · {round(100 * n_unique / n)}% unique · "
            f"{round(100 * n_boiler / n)}% boilerplate · {len(kinds)} sentences\n",
            style="dim",
        )
    text.append("█", style=Style(color=shared_c))
    text.append(" shared  ")
    text.append("█", style=Style(color=unique_c))
    text.append(" unique  ")
    text.append("█", style=Style(color=boiler_c))
    text.append(" boilerplate\n")
    return text


class OverviewScreen(ModalScreen[None]):
    BINDINGS = [Binding("escape,o,q", "dismiss", "Close", id="overview-close")]
    DEFAULT_CSS = """
    OverviewScreen { align: center middle; }
    OverviewScreen > VerticalScroll {
        width: 90%; height: 90%; border: round $accent; background: $surface; padding: 0 1;
    }
    """

    def __init__(self, state: ReaderState) -> None:
        super().__init__()
        self.state = state

    def compose(self) -> ComposeResult:
        dark = self.app.current_theme.dark
        names = Text()
        for d, doc in enumerate(self.state.documents):
            names.append(f"{d + 1:>2} ", style="bold")
            names.append(f"{doc.label}\n")
        with VerticalScroll():
            title = Text(f"Overview · {self.state.counts()}", style="bold")
            if self.state.alignment is not None:
                scorer = getattr(self.app, "scorer", "lexical")
                title.append(f" · aligned with the {scorer} scorer", style="dim")
            yield Static(title)
            yield Static(names)
            yield Static(heat_map(self.state, dark))
            width = max(16, min(STRIP_WIDTH, self.app.size.width - 16))
            yield Static(density(self.state, width, dark))
