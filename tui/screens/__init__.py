"""The reader screen (columns, sidebar, navigation) and the windows pushed over it: detail,
overview, help, search, highlight sets, prompts."""
