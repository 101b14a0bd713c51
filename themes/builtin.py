"""The three built-in Textual themes: samestory-dark, samestory-light, samestory-contrast.

The high-contrast theme uses the Okabe–Ito palette (safe for the common colour-vision
deficiencies) on pure black with white text; its link and fact kinds also differ by marker
and underline style, never by colour alone. The `variables` tune the reader's component
styles (`tui.styles`): the cursor and link-kind backgrounds.
"""

from __future__ import annotations

from textual.theme import Theme

DARK = Theme(
    name="samestory-dark",
    primary="#5FA8D3",
    secondary="#9B8AC4",
    accent="#E0A458",
    warning="#E0A458",
    error="#E06C75",
    success="#7FB77E",
    foreground="#D8DEE9",
    background="#1B1F27",
    surface="#232833",
    panel="#2B3140",
    dark=True,
    variables={
        "primary-muted": "#3A4A66",
        "success-muted": "#23463A",
        "warning-muted": "#4A4222",
        "secondary-muted": "#3D2E4F",
    },
)

LIGHT = Theme(
    name="samestory-light",
    primary="#1F5F8B",
    secondary="#6B4FA0",
    accent="#A35C00",
    warning="#A35C00",
    error="#B3261E",
    success="#2E7D32",
    foreground="#1E2329",
    background="#FAFAF7",
    surface="#F0EFEA",
    panel="#E4E2DA",
    dark=False,
    variables={
        "primary-muted": "#BFD7EA",
        "success-muted": "#CDEBD8",
        "warning-muted": "#F4E6B4",
        "secondary-muted": "#E3D6F2",
    },
)

CONTRAST = Theme(
    name="samestory-contrast",
    primary="#56B4E9",
    secondary="#CC79A7",
    accent="#E69F00",
    warning="#F0E442",
    error="#D55E00",
    success="#009E73",
    foreground="#FFFFFF",
    background="#000000",
    surface="#0A0A0A",
    panel="#1A1A1A",
    dark=True,
    variables={
        "primary-muted": "#FFFFFF",
        "success-muted": "#009E73",
        "warning-muted": "#E69F00",
        "secondary-muted": "#CC79A7",
    },
)

THEMES: tuple[Theme, ...] = (DARK, LIGHT, CONTRAST)
THEME_NAMES: tuple[str, ...] = tuple(t.name for t in THEMES)
