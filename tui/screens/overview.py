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

from readers.textsafe import one_line
from themes.palette import ink_for
from tui.keys import key_footer
from tui.state import ReaderState, plural

STRIP_WIDTH = 48


def _blend(low: str, high: str, t: float) -> str:
    a = Color.parse(low).get_truecolor()
    b = Color.parse(high).get_truecolor()
    t = min(max(t, 0.0), 1.0)
    r, g, bl = (round(x + (y - x) * t) for x, y in zip(a, b, strict=True))
    return f"#{r:02x}{g:02x}{bl:02x}"


def heat_map(state: ReaderState, colors: dict[str, str]) -> Text:
    """The similarity matrix, from the theme's surface colour (nothing shared) to its
    primary colour (everything shared); each cell's number in black or white."""
    n = len(state.documents)
    low, high = colors["surface"], colors["primary"]
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


def density(state: ReaderState, width: int, colors: dict[str, str]) -> Text:
    """One strip per document: shared in the theme's success colour, unique in its error
    colour, boilerplate in its muted text colour."""
    shared_c, unique_c = colors["success"], colors["error"]
    boiler_c = colors["foreground-darken-2"]
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
        text.append(one_line(doc.label), style="italic")
        text.append(
            f" · {round(100 * n_shared / n)}% shared · {round(100 * n_unique / n)}% unique · "
            f"{round(100 * n_boiler / n)}% boilerplate · {plural(len(kinds), 'sentence')}\n",
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
    BINDINGS = [Binding("escape,o,q", "dismiss", "Close", tooltip="Close", id="overview-close")]
    DEFAULT_CSS = """
    OverviewScreen { align: center middle; }
    OverviewScreen > VerticalScroll {
        width: 90%; height: 90%; border: round $accent; background: $surface; padding: 0 1;
    }
    """

    def __init__(self, state: ReaderState, *, scorer: str = "lexical") -> None:
        super().__init__()
        self.state = state
        self.scorer = scorer

    def compose(self) -> ComposeResult:
        colors = self.app.current_theme.to_color_system().generate()
        names = Text()
        for d, doc in enumerate(self.state.documents):
            names.append(f"{d + 1:>2} ", style="bold")
            names.append(f"{one_line(doc.label)}\n")
        with VerticalScroll():
            title = Text(f"Overview · {self.state.counts()}", style="bold")
            if self.state.alignment is not None:
                title.append(f" · aligned with the {self.scorer} scorer", style="dim")
            yield Static(title)
            yield Static(names)
            yield Static(heat_map(self.state, colors))
            width = max(16, min(STRIP_WIDTH, self.app.size.width - 16))
            yield Static(density(self.state, width, colors))
        yield key_footer()
