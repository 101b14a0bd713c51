"""One module per input format; each exposes `extract(data: bytes, source: str) -> Extracted`."""
