"""highlights: named highlight sets, anchored to text, stored in SQLite. No Textual, no Rich."""
