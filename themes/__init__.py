"""themes: samestory's Textual themes plus the styles for link kinds and fact kinds.

`THEMES` holds the three built-in themes (dark, light, high-contrast colour-blind-safe) as
`textual.theme.Theme` objects; `palette_for(theme)` gives the matching `KindPalette` (Rich
styles for link kinds, fact kinds, cursor, uniques, conflicts) that the reader panes draw with.
Any other Textual theme the user picks gets a palette derived from whether it is dark or light.
"""

from themes.builtin import THEME_NAMES, THEMES
from themes.palette import KindPalette, palette_for

__all__ = ["THEMES", "THEME_NAMES", "KindPalette", "palette_for"]
