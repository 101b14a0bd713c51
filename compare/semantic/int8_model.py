"""The packaged model in int8, built once from its fp32 ONNX file and kept in the cache directory.

onnxruntime's dynamic quantisation (`quantize_dynamic`: the weights of the matrix products as
signed 8-bit integers, the activations quantised on the fly) turns paraphrase-MiniLM-L3-v2's
69 MB fp32 file into a 17 MB one that embeds about 1.8 times as many sentences per CPU second
(AVX2 is enough), at the same raw-cosine quality on STS-B and MRPC dev
(benchmarks/bench_semantic.py). Building takes about 2 s, needs the `onnx` package and no
network, and gives the same bytes for the same source file and onnxruntime/onnx versions.

The result is stored as `<cache_dir>/models/int8-<digest>.onnx` with its SHA-256 beside it
(`.sha256`); the digest names the source file, the recipe and both package versions
(`model_files.model_digest`). A file whose hash does not match is rebuilt. When the cache
directory cannot be written, the model is built into memory for this process only.
"""

from __future__ import annotations

import hashlib
import logging
import os
import tempfile
import threading
from pathlib import Path

from compare.semantic.errors import INSTALL_HINT, SemanticUnavailable
from compare.semantic.model_files import ModelFiles, model_digest

_lock = threading.Lock()
_built: dict[str, bytes] = {}
"""Model bytes per digest, once read or built in this process."""


def int8_model(files: ModelFiles) -> bytes:
    """The int8 model of `files.model` as ONNX bytes (loaded from the cache, or built)."""
    digest = hashlib.sha256(model_digest(files).encode()).hexdigest()[:24]
    with _lock:
        data = _built.get(digest)
        if data is None:
            data = _stored(digest)
            if data is None:
                data = _quantize(files.model)
                _store(digest, data)
            _built[digest] = data
    return data


def _path(digest: str) -> Path:
    from readers.locations import cache_dir

    return cache_dir() / "models" / f"int8-{digest}.onnx"


def _stored(digest: str) -> bytes | None:
    path = _path(digest)
    try:
        data = path.read_bytes()
        expected = path.with_suffix(".sha256").read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError):
        return None
    return data if hashlib.sha256(data).hexdigest() == expected else None


def _store(digest: str, data: bytes) -> None:
    path = _path(digest)
    tag = f"{os.getpid()}.{threading.get_ident()}.tmp"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp_model, tmp_hash = path.with_name(f".{path.name}.{tag}"), path.with_name(f".{tag}")
        tmp_model.write_bytes(data)
        tmp_hash.write_text(hashlib.sha256(data).hexdigest() + "\n", encoding="ascii")
        os.replace(tmp_model, path)
        os.replace(tmp_hash, path.with_suffix(".sha256"))
    except OSError:
        pass  # an unwritable cache only costs a rebuild next time


def _quantize(source: Path) -> bytes:
    try:
        import onnx
        from onnxruntime.quantization import QuantType, quantize_dynamic
    except ImportError as err:
        raise SemanticUnavailable(
            f"the semantic scorer needs {err.name or 'onnx'} to prepare its model; {INSTALL_HINT}"
        ) from None
    # The quantiser reports that the model was not "pre-processed" through the root logger,
    # which would also install a stderr handler on a program without one: keep it quiet.
    root = logging.getLogger()
    guard = logging.NullHandler()
    added = not root.handlers
    if added:
        root.addHandler(guard)
    previous = logging.root.manager.disable
    logging.disable(logging.WARNING)
    try:
        # A loaded model rather than a path: given a path, the quantiser writes a temporary
        # file next to it (in the read-only, shared package directory).
        proto = onnx.load(str(source))
        with tempfile.TemporaryDirectory(prefix="samestory-int8-") as tmp:
            out = Path(tmp) / "model.onnx"
            quantize_dynamic(proto, out, weight_type=QuantType.QInt8)
            return out.read_bytes()
    finally:
        logging.disable(previous)
        if added:
            root.removeHandler(guard)
