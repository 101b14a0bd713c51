"""tui: the Textual application. Presents what `readers` and `compare` compute; owns no analysis."""
