"""themes: samestory's Textual themes and the rules the reader draws article text by.

`THEMES` holds the three built-in themes (dark, light, high-contrast colour-blind-safe) as
`textual.theme.Theme` objects; their variables tune the reader's component styles
(`tui.styles`), which every other registered theme fills from its own colours.
`themes.palette` has the typed `KindPalette` the panes paint with and `readable`, the
contrast rule that layers highlight, link, fact and search styles.
"""

from themes.builtin import THEME_NAMES, THEMES
from themes.palette import KindPalette

__all__ = ["THEMES", "THEME_NAMES", "KindPalette"]
