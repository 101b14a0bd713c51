"""The reader's text styles as Textual component classes coloured by theme variables.

Cursor, link kinds, fact kinds, conflicts, search hits and uniques are component classes of
`DocumentPane` (`document-pane--cursor`, `document-pane--link-verbatim`, ...). Their CSS
uses only theme variables (`$primary-muted`, `$success`, ...), so every registered theme
styles them; a samestory theme tunes them through its own variables. `palette_from` reads
the resolved styles into a `KindPalette` for painting, and `themes.palette.readable` lays
them over each other keeping every combination at WCAG AA contrast.
"""

from __future__ import annotations

from rich.style import Style
from textual.widget import Widget

from facts.model import FACT_KINDS
from themes.palette import LINK_MARKERS, KindPalette

PREFIX = "document-pane--"
LINK_KINDS = tuple(LINK_MARKERS)
STYLE_NAMES = (
    "cursor",
    "cursor-unfocused",
    *(f"link-{kind}" for kind in LINK_KINDS),
    *(f"marker-{kind}" for kind in LINK_KINDS),
    "unique",
    "boilerplate",
    "heading",
    *(f"fact-{kind}" for kind in FACT_KINDS),
    "conflict",
    "selected-fact",
    "search",
    "score",
)
COMPONENT_CLASSES = {PREFIX + name for name in STYLE_NAMES}

PANE_STYLES_CSS = """
DocumentPane > .document-pane--cursor { background: $primary-muted; text-style: bold; }
DocumentPane > .document-pane--cursor-unfocused { text-style: bold; }
DocumentPane > .document-pane--link-verbatim { background: $success-muted; }
DocumentPane > .document-pane--link-edited { background: $warning-muted; }
DocumentPane > .document-pane--link-paraphrase { background: $secondary-muted; }
DocumentPane > .document-pane--marker-verbatim { color: $success; text-style: bold; }
DocumentPane > .document-pane--marker-edited { color: $warning; text-style: bold; }
DocumentPane > .document-pane--marker-paraphrase { color: $secondary; text-style: bold; }
DocumentPane > .document-pane--unique { color: $error; }
DocumentPane > .document-pane--boilerplate { text-style: italic dim; }
DocumentPane > .document-pane--heading { text-style: bold; }
DocumentPane > .document-pane--fact-figure { color: $warning; text-style: underline; }
DocumentPane > .document-pane--fact-date { color: $primary; text-style: underline; }
DocumentPane > .document-pane--fact-person { color: $secondary; }
DocumentPane > .document-pane--fact-organisation { color: $success; }
DocumentPane > .document-pane--fact-place { color: $primary; }
DocumentPane > .document-pane--fact-quote { text-style: italic; }
DocumentPane > .document-pane--conflict { background: $error; color: $background; text-style: bold; }
DocumentPane > .document-pane--selected-fact { text-style: reverse bold; }
DocumentPane > .document-pane--search { background: $accent; color: $background; }
DocumentPane > .document-pane--score { color: $foreground-darken-1; }
.-theme-samestory-contrast DocumentPane > .document-pane--cursor-unfocused {
    text-style: bold underline;
}
.-theme-samestory-contrast DocumentPane > .document-pane--heading { text-style: bold underline; }
.-theme-samestory-contrast DocumentPane > .document-pane--selected-fact {
    text-style: reverse bold underline;
}
.-theme-samestory-contrast DocumentPane > .document-pane--fact-person { text-style: bold; }
.-theme-samestory-contrast DocumentPane > .document-pane--fact-organisation { text-style: bold; }
.-theme-samestory-contrast DocumentPane > .document-pane--fact-place { text-style: bold; }
"""


def palette_from(widget: Widget) -> KindPalette:
    """The resolved component styles of a `DocumentPane` as a `KindPalette`."""

    def style(name: str) -> Style:
        return widget.get_component_rich_style(PREFIX + name, partial=True)

    return KindPalette(
        cursor=style("cursor"),
        cursor_unfocused=style("cursor-unfocused"),
        links={kind: style(f"link-{kind}") for kind in LINK_KINDS},
        link_markers={kind: style(f"marker-{kind}") for kind in LINK_KINDS},
        unique=style("unique"),
        boilerplate=style("boilerplate"),
        heading=style("heading"),
        facts={kind: style(f"fact-{kind}") for kind in FACT_KINDS},
        conflict=style("conflict"),
        selected_fact=style("selected-fact"),
        search=style("search"),
        score=style("score"),
    )
