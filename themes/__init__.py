"""themes: Textual themes plus the styles for link kinds and fact kinds."""
