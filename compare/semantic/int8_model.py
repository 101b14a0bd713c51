"""The packaged model in int8, built once from its fp32 ONNX file and kept in the cache directory.

onnxruntime's dynamic quantisation (`quantize_dynamic`: the weights of the matrix products as
signed 8-bit integers, the activations quantised on the fly) turns paraphrase-MiniLM-L3-v2's
69 MB fp32 file into a 17 MB one that embeds about 1.8 times as many sentences per CPU second
(AVX2 is enough), at the same raw-cosine quality on STS-B and MRPC dev
(benchmarks/bench_semantic.py). Building takes about 2 s, needs the `onnx` package and no
network, and gives the same bytes for the same source file and onnxruntime/onnx versions.

`quantize_dynamic` quantises each activation tensor with one scale and zero point for the whole
run (`DynamicQuantizeLinear`), so in a batch a sentence's vector would depend on the other
sentences of the batch. `per_sentence_scales` rewrites each of those nodes so that every
sentence of a batch (row of axis 0) gets the scale and zero point it would get alone: the same
arithmetic per row, and the zero point's share of the integer products subtracted per row
(`(q - z) @ W = q @ W - z * colsum(W)`, exact in int32). A sentence's vector then does not
depend on its batch-mates (bit for bit), and sentences of equal token length can share a model
run (`compare.semantic.encoder`), which saves each run's fixed costs per sentence (the int8
matrix products themselves already run near an AVX2 CPU's peak) and lets the worker threads
run longer without the interpreter lock. Vectors stay within a cosine of 0.9999 of the per-run
model's (STS-B and MRPC dev figures unchanged).

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
from typing import Any

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


def _quantize(source: Path, *, per_sentence: bool = True) -> bytes:
    """`source` in int8; with `per_sentence` false, as `quantize_dynamic` leaves it (activation
    scales per model run: the benchmark's baseline)."""
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
            quantized = onnx.load(str(out))
        if per_sentence:
            quantized = per_sentence_scales(quantized)
        return bytes(quantized.SerializeToString())
    except ValueError as err:  # a model whose activations are not (batch, tokens, features)
        raise SemanticUnavailable(f"cannot prepare the int8 model: {err}") from None
    finally:
        logging.disable(previous)
        if added:
            root.removeHandler(guard)


def per_sentence_scales(model: Any) -> Any:
    """`model` (an `onnx.ModelProto` from `quantize_dynamic`) with activation scales per row.

    Each `DynamicQuantizeLinear` on a tensor `x` of shape (batch, tokens, features) becomes:
    `x` as (batch, rest); per row the range [min(row, 0), max(row, 0)], scale = range / 255 (1 for an
    all-zero row), zero point = round(clip(-min / scale, 0, 255)); `QuantizeLinear` along axis
    0; reshaped back. The scale becomes (batch, 1, 1) so the existing rescaling broadcasts.
    Each `MatMulInteger` it fed takes the quantised rows without a zero point and subtracts
    `zero point x column sums of W` per row (the weights' own zero point must be 0, as
    `QuantType.QInt8` makes it). Modifies and returns `model`.
    """
    import numpy as np
    from onnx import TensorProto, helper, numpy_helper

    graph = model.graph
    opset = next((o.version for o in model.opset_import if o.domain in ("", "ai.onnx")), 0)
    weights = {t.name: t for t in graph.initializer}
    extra = [
        numpy_helper.from_array(np.array(0.0, np.float32), "rowq/zero"),
        numpy_helper.from_array(np.array(1.0, np.float32), "rowq/one"),
        numpy_helper.from_array(np.array(255.0, np.float32), "rowq/255"),
        numpy_helper.from_array(np.array([0, -1], np.int64), "rowq/rows"),
        numpy_helper.from_array(np.array([1], np.int64), "rowq/axis1"),
        numpy_helper.from_array(np.array([1, 2], np.int64), "rowq/tail_axes"),
    ]
    nodes: list[Any] = []
    summed: set[str] = set()
    zero_point_of: dict[str, str] = {}
    """Quantised tensor -> its per-row int32 zero point, shaped to broadcast over products."""

    def node(op: str, inputs: list[str], output: str, **attrs: Any) -> str:
        nodes.append(helper.make_node(op, inputs, [output], name=output, **attrs))
        return output

    def reduce(op: str, x: str, output: str) -> str:
        if opset >= 18:  # axes became an input
            return node(op, [x, "rowq/axis1"], output, keepdims=0)
        return node(op, [x], output, axes=[1], keepdims=0)

    ranks = _ranks(model)
    for old in graph.node:
        if old.op_type == "DynamicQuantizeLinear":
            x, (quantized, scale, _) = old.input[0], old.output
            if ranks.get(x, 3) != 3:
                raise ValueError(f"activation {x} is not (batch, tokens, features)")
            p = f"{quantized}/rowq"
            rows = node("Reshape", [x, "rowq/rows"], f"{p}/rows")
            low = node("Min", [reduce("ReduceMin", rows, f"{p}/min"), "rowq/zero"], f"{p}/low")
            high = node("Max", [reduce("ReduceMax", rows, f"{p}/max"), "rowq/zero"], f"{p}/high")
            span = node("Sub", [high, low], f"{p}/span")
            flat = node("Equal", [span, "rowq/zero"], f"{p}/flat")
            step = node("Div", [span, "rowq/255"], f"{p}/step")
            row_scale = node("Where", [flat, "rowq/one", step], f"{p}/scale")
            zero = node("Neg", [node("Div", [low, row_scale], f"{p}/low_steps")], f"{p}/z_raw")
            zero = node(
                "Round", [node("Clip", [zero, "rowq/zero", "rowq/255"], f"{p}/z_clip")], f"{p}/z"
            )
            zero_u8 = node("Cast", [zero], f"{p}/z_u8", to=TensorProto.UINT8)
            zero_i32 = node("Cast", [zero], f"{p}/z_i32", to=TensorProto.INT32)
            q_rows = node("QuantizeLinear", [rows, row_scale, zero_u8], f"{p}/q_rows", axis=0)
            node("Reshape", [q_rows, node("Shape", [x], f"{p}/shape")], quantized)
            # (batch,) -> (batch, 1, 1), to broadcast over the (batch, tokens, n) products.
            node("Unsqueeze", [row_scale, "rowq/tail_axes"], scale)
            zero_point_of[quantized] = node("Unsqueeze", [zero_i32, "rowq/tail_axes"], f"{p}/z3")
        elif old.op_type == "MatMulInteger" and old.input[0] in zero_point_of:
            a, w = old.input[0], old.input[1]
            w_zero = old.input[3] if len(old.input) > 3 else ""
            if w_zero and np.any(numpy_helper.to_array(weights[w_zero]) != 0):
                raise ValueError(f"weights {w} have a non-zero zero point")
            if w not in summed:
                sums = numpy_helper.to_array(weights[w]).astype(np.int64).sum(axis=0)
                extra.append(numpy_helper.from_array(sums.astype(np.int32), f"{w}/colsum"))
                summed.add(w)
            raw = node("MatMulInteger", [a, w], f"{old.output[0]}/raw")
            shift = node("Mul", [zero_point_of[a], f"{w}/colsum"], f"{old.output[0]}/shift")
            node("Sub", [raw, shift], old.output[0])
        else:
            nodes.append(old)
    del graph.node[:]
    graph.node.extend(nodes)
    graph.initializer.extend(extra)
    del graph.value_info[:]  # shapes of the scales changed; onnxruntime infers them again
    return model


def _ranks(model: Any) -> dict[str, int]:
    """Tensor name -> rank, where ONNX shape inference can tell (else empty)."""
    import onnx

    try:
        inferred = onnx.shape_inference.infer_shapes(model)
    except Exception:  # inference is a check here, not a requirement
        return {}
    infos = [*inferred.graph.value_info, *inferred.graph.input, *inferred.graph.output]
    return {
        i.name: len(i.type.tensor_type.shape.dim)
        for i in infos
        if i.type.tensor_type.HasField("shape")
    }
