"""compare: paraphrase-aware N-way alignment and cross-article facts. No Textual, no Rich."""
