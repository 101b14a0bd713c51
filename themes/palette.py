"""What the reader draws on article text: link markers, the `KindPalette` of text styles,
and the contrast rule that layers them.

The styles themselves come from the theme through the reader's component classes
(`tui.styles`); here is the typed container the panes paint with, the one-cell marker per
link kind (kinds differ by shape as well as colour), and `readable`, which keeps every
layering of highlight, link, cursor, search and fact styles at WCAG AA contrast.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from rich.color import Color
from rich.style import Style

LINK_MARKERS: dict[str, str] = {"verbatim": "≡", "edited": "≈", "paraphrase": "~"}
"""Gutter marker for a sentence linked by this kind (the best link decides)."""
UNIQUE_MARKER = "◆"
CONFLICT_MARKER = "!"


@dataclass(frozen=True)
class KindPalette:
    """Styles for one theme."""

    cursor: Style
    """The cursor sentence in the focused pane."""
    cursor_unfocused: Style
    """Where the cursor sits in panes that are not focused."""
    links: dict[str, Style]
    """Background of a counterpart of the cursor sentence, by link kind."""
    link_markers: dict[str, Style]
    """Gutter marker colour, by link kind."""
    unique: Style
    boilerplate: Style
    heading: Style
    facts: dict[str, Style]
    """Inline style of a fact mention, by fact kind (figure, date, entity kinds, quote)."""
    conflict: Style
    selected_fact: Style
    """Every mention of the fact chosen in the sidebar."""
    search: Style
    score: Style

    def fact(self, kind: str) -> Style:
        """Style for a fact kind; unknown kinds fall back to a plain underline."""
        return self.facts.get(kind) or self.facts.get(kind.split(":")[0]) or Style(underline=True)


MIN_CONTRAST = 4.5
"""WCAG AA contrast for normal text: every piece of article text the reader paints keeps it."""


@lru_cache(maxsize=4096)
def _luminance(color: str) -> float:
    r, g, b = Color.parse(color).get_truecolor()

    def channel(c: int) -> float:
        x = c / 255
        return x / 12.92 if x <= 0.03928 else ((x + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(foreground: str, background: str) -> float:
    """WCAG contrast ratio of two colours (1 to 21)."""
    a, b = _luminance(foreground), _luminance(background)
    hi, lo = max(a, b), min(a, b)
    return (hi + 0.05) / (lo + 0.05)


def hex_of(color: Color | None, default: str) -> str:
    """`color` as #rrggbb (`default` when unset or the terminal's default colour)."""
    if color is None or color.is_default:
        return default
    return color.get_truecolor().hex


def ink_for(background: str) -> str:
    """Black or white, whichever has the higher contrast on `background`."""
    try:
        dark = contrast("#000000", background)
    except Exception:
        return "#000000"
    return "#000000" if dark >= contrast("#FFFFFF", background) else "#FFFFFF"


def safe_color(value: str | None, default: str) -> str:
    """`value` as #rrggbb when it is a colour Rich understands, else `default` (a stored or
    imported set colour is data: a bad one must not stop painting)."""
    if not value:
        return default
    try:
        return Color.parse(value.strip()).get_truecolor().hex
    except Exception:
        return default


@lru_cache(maxsize=8192)
def readable(style: Style, base: Style) -> Style:
    """The top layer of the reader's styles: `style` painted over `base` keeps its
    background, its underline, italic and bold, and its text colour only where that colour
    stands out from the background by `MIN_CONTRAST`; elsewhere the text takes the theme's
    text colour or black or white, whichever reads best. Dim text that would fall below the
    contrast loses the dimming."""
    full = base + style
    background = hex_of(full.bgcolor, hex_of(base.bgcolor, "#000000"))
    foreground = hex_of(full.color, hex_of(base.color, ink_for(background)))
    if full.reverse:
        foreground, background = background, foreground
    fix = Style()
    if contrast(foreground, background) < MIN_CONTRAST:
        candidates = [hex_of(base.color, ink_for(background)), ink_for(background)]
        best = max(candidates, key=lambda c: contrast(c, background))
        fix = Style(bgcolor=best) if full.reverse else Style(color=best)
        foreground = best
    if full.dim and contrast(_halfway(foreground, background), background) < MIN_CONTRAST:
        fix += Style(dim=False)
    return style + fix if fix else style


def effective_colors(style: Style, base: Style) -> tuple[str, str]:
    """(text colour, background) as the terminal shows `style` over `base`, dimming and
    reverse included: what the contrast test measures."""
    full = base + style
    background = hex_of(full.bgcolor, hex_of(base.bgcolor, "#000000"))
    foreground = hex_of(full.color, hex_of(base.color, ink_for(background)))
    if full.reverse:
        foreground, background = background, foreground
    if full.dim:
        foreground = _halfway(foreground, background)
    return foreground, background


def _halfway(foreground: str, background: str) -> str:
    a = Color.parse(foreground).get_truecolor()
    b = Color.parse(background).get_truecolor()
    r, g, bl = ((x + y) // 2 for x, y in zip(a, b, strict=True))
    return f"#{r:02x}{g:02x}{bl:02x}"
