"""Rich styles for what the reader draws on article text: link kinds, fact kinds, cursor.

Kept apart from the Textual themes so the panes can stylize `rich.text.Text` spans directly
(article text is data and is never turned into markup). Each palette also carries a one-cell
marker per link kind so kinds differ by shape as well as colour.
"""

from __future__ import annotations

from dataclasses import dataclass, field
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
    highlight_colors: tuple[str, ...] = field(default=())
    """Colours offered for new highlight sets."""

    def fact(self, kind: str) -> Style:
        """Style for a fact kind; unknown kinds fall back to a plain underline."""
        return self.facts.get(kind) or self.facts.get(kind.split(":")[0]) or Style(underline=True)


OKABE_ITO = ("#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7")


def _dark() -> KindPalette:
    return KindPalette(
        cursor=Style(bgcolor="#3A4A66", bold=True),
        cursor_unfocused=Style(bold=True),
        links={
            "verbatim": Style(bgcolor="#23463A"),
            "edited": Style(bgcolor="#4A4222"),
            "paraphrase": Style(bgcolor="#3D2E4F"),
        },
        link_markers={
            "verbatim": Style(color="#7FD1A8", bold=True),
            "edited": Style(color="#E6C36A", bold=True),
            "paraphrase": Style(color="#C7A4F0", bold=True),
        },
        unique=Style(color="#E06C75"),
        boilerplate=Style(dim=True, italic=True),
        heading=Style(bold=True),
        facts={
            "figure": Style(color="#E6C36A", underline=True),
            "date": Style(color="#8FC1E3", underline=True),
            "person": Style(color="#F0A0C0"),
            "organisation": Style(color="#A0D0A0"),
            "place": Style(color="#B0C8F0"),
            "entity": Style(color="#A0D0A0"),
            "quote": Style(italic=True, color="#D8C8A8"),
        },
        conflict=Style(color="#FFFFFF", bgcolor="#A03030", bold=True),
        selected_fact=Style(reverse=True, bold=True),
        search=Style(color="#000000", bgcolor="#E0A458"),
        score=Style(color="#9AA5B8"),
        highlight_colors=("#6B5B1E", "#1E5B6B", "#5B1E4A", "#2E5B1E", "#5B3A1E"),
    )


def _light() -> KindPalette:
    return KindPalette(
        cursor=Style(bgcolor="#BFD7EA", bold=True),
        cursor_unfocused=Style(bold=True),
        links={
            "verbatim": Style(bgcolor="#CDEBD8"),
            "edited": Style(bgcolor="#F4E6B4"),
            "paraphrase": Style(bgcolor="#E3D6F2"),
        },
        link_markers={
            "verbatim": Style(color="#1B7A45", bold=True),
            "edited": Style(color="#8A6500", bold=True),
            "paraphrase": Style(color="#6B3FA0", bold=True),
        },
        unique=Style(color="#B3261E"),
        boilerplate=Style(color="#8A8F98", italic=True),
        heading=Style(bold=True),
        facts={
            "figure": Style(color="#8A5A00", underline=True),
            "date": Style(color="#1F5F8B", underline=True),
            "person": Style(color="#A0306A"),
            "organisation": Style(color="#2E6B2E"),
            "place": Style(color="#2F4F9F"),
            "entity": Style(color="#2E6B2E"),
            "quote": Style(italic=True, color="#5A4A2A"),
        },
        conflict=Style(color="#FFFFFF", bgcolor="#B3261E", bold=True),
        selected_fact=Style(reverse=True, bold=True),
        search=Style(color="#000000", bgcolor="#FFD166"),
        score=Style(color="#5F6670"),
        highlight_colors=("#FFF3A0", "#C8F0FF", "#FFD0E8", "#D8F5C8", "#FFE0C0"),
    )


def _contrast() -> KindPalette:
    # Okabe–Ito colours; kinds also differ by marker shape and by underline/italic.
    return KindPalette(
        cursor=Style(color="#000000", bgcolor="#FFFFFF", bold=True),
        cursor_unfocused=Style(underline=True, bold=True),
        links={
            "verbatim": Style(color="#000000", bgcolor="#56B4E9"),
            "edited": Style(color="#000000", bgcolor="#E69F00"),
            "paraphrase": Style(color="#000000", bgcolor="#CC79A7"),
        },
        link_markers={
            "verbatim": Style(color="#56B4E9", bold=True),
            "edited": Style(color="#E69F00", bold=True),
            "paraphrase": Style(color="#CC79A7", bold=True),
        },
        unique=Style(color="#F0E442", bold=True),
        boilerplate=Style(color="#9A9A9A", italic=True),
        heading=Style(bold=True, underline=True),
        facts={
            "figure": Style(color="#F0E442", underline=True, bold=True),
            "date": Style(color="#56B4E9", underline=True),
            "person": Style(color="#E69F00", bold=True),
            "organisation": Style(color="#009E73", bold=True),
            "place": Style(color="#56B4E9", bold=True),
            "entity": Style(color="#009E73", bold=True),
            "quote": Style(italic=True, color="#FFFFFF"),
        },
        conflict=Style(color="#000000", bgcolor="#D55E00", bold=True),
        selected_fact=Style(reverse=True, bold=True, underline=True),
        search=Style(color="#000000", bgcolor="#F0E442"),
        score=Style(color="#FFFFFF"),
        highlight_colors=("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00"),
    )


_PALETTES = {
    "samestory-dark": _dark,
    "samestory-light": _light,
    "samestory-contrast": _contrast,
}
_CACHE: dict[str, KindPalette] = {}


def palette_for(theme_name: str, *, dark: bool = True) -> KindPalette:
    """The palette for a theme; other (Textual built-in) themes get the dark or light one."""
    key = (
        theme_name if theme_name in _PALETTES else ("samestory-dark" if dark else "samestory-light")
    )
    if key not in _CACHE:
        _CACHE[key] = _PALETTES[key]()
    return _CACHE[key]


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
