"""Screens pushed over the reader: detail, overview, help, search, highlight sets, prompts."""
