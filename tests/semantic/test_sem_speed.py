"""The int8 model and the embedding path built for speed: built offline, cached, kept apart from
other model variants, vectors that depend on their text only, cold runs equal to warm ones."""

from __future__ import annotations

import dataclasses
import socket
from pathlib import Path

import numpy as np
import pytest

pytestmark = pytest.mark.usefixtures("needs_extra")

SENTENCES = [
    "Lukashenko was received late Thursday with full state honours at a military airport.",
    "Top military officials welcomed Lukashenko on Thursday night with full state honors.",
    "Recent assessments suggest the military holds less than half of Myanmar's territory.",
    "The price of rice rose sharply in Yangon markets this week.",
    "Short one.",
]


def _fp32(files):  # type: ignore[no-untyped-def]
    return dataclasses.replace(files, int8=False, model_id="fp32-test")


def test_int8_model_is_built_offline_stored_and_reused(monkeypatch: pytest.MonkeyPatch) -> None:
    import onnx

    from compare.semantic import int8_model
    from compare.semantic.model_files import packaged
    from readers.locations import cache_dir

    def no_network(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise AssertionError("the int8 build must not use the network")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    monkeypatch.setattr(int8_model, "_built", {})
    data = int8_model.int8_model(packaged())
    ops = {node.op_type for node in onnx.load_from_string(data).graph.node}
    assert "DynamicQuantizeLinear" in ops or "MatMulInteger" in ops
    assert len(data) < packaged().model.stat().st_size / 3
    stored = list((cache_dir() / "models").glob("int8-*.onnx"))
    assert len(stored) == 1 and stored[0].read_bytes() == data
    assert stored[0].with_suffix(".sha256").is_file()

    # A new process reads the stored file instead of quantising again.
    def no_build(source: Path) -> bytes:
        raise AssertionError("a stored int8 model should be reused")

    monkeypatch.setattr(int8_model, "_built", {})
    monkeypatch.setattr(int8_model, "_quantize", no_build)
    assert int8_model.int8_model(packaged()) == data


def test_damaged_or_unwritable_int8_file_is_rebuilt(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from compare.semantic import int8_model
    from compare.semantic.model_files import packaged
    from readers.locations import cache_dir

    builds: list[Path] = []

    def fake_build(source: Path) -> bytes:
        builds.append(source)
        return b"model bytes"

    monkeypatch.setattr(int8_model, "_quantize", fake_build)
    monkeypatch.setattr(int8_model, "_built", {})
    assert int8_model.int8_model(packaged()) == b"model bytes"
    (stored,) = (cache_dir() / "models").glob("int8-*.onnx")
    stored.write_bytes(b"model bytez")  # damaged: its hash no longer matches
    monkeypatch.setattr(int8_model, "_built", {})
    assert int8_model.int8_model(packaged()) == b"model bytes"
    assert len(builds) == 2 and stored.read_bytes() == b"model bytes"

    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    monkeypatch.setenv("SAMESTORY_CACHE_DIR", str(blocker / "cache"))
    monkeypatch.setattr(int8_model, "_built", {})
    assert int8_model.int8_model(packaged()) == b"model bytes"
    assert len(builds) == 3


def test_model_variants_never_share_vectors_or_alignments(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from compare.semantic import model_files
    from compare.semantic.cache import EmbeddingCache
    from compare.semantic.encoder import Encoder
    from compare.semantic.scorers import HybridScorer

    int8 = model_files.packaged()
    assert int8.int8 and int8.model_id == model_files.PACKAGED_MODEL_ID
    caches = [EmbeddingCache(Encoder(f)) for f in (int8, _fp32(int8))]
    assert caches[0].directory != caches[1].directory
    assert HybridScorer(caches[0]).version != HybridScorer(caches[1]).version

    # Another onnxruntime may quantise differently: another vector space, another version.
    before = (caches[0].directory, HybridScorer(caches[0]).version)
    monkeypatch.setattr(model_files, "_digests", {})
    monkeypatch.setattr(model_files, "_version", lambda dist: "99.0")
    cache = EmbeddingCache(Encoder(int8))
    assert cache.directory != before[0] and HybridScorer(cache).version != before[1]


def test_a_vector_depends_on_its_text_only(semantic) -> None:  # type: ignore[no-untyped-def]
    from compare.semantic.encoder import Encoder

    encoder = semantic.cache.encoder
    together = encoder.encode(SENTENCES)
    for k, text in enumerate(SENTENCES):
        np.testing.assert_array_equal(encoder.encode([text])[0], together[k])
    one_worker = Encoder(encoder.files, workers=1)
    np.testing.assert_array_equal(one_worker.encode(SENTENCES[::-1]), together[::-1])


def test_stored_format_round_trips_exactly() -> None:
    from compare.semantic.cache import from_int8, to_int8

    rng = np.random.default_rng(7)
    vectors = rng.normal(size=(50, 384)).astype(np.float32)
    used = from_int8(to_int8(vectors))
    np.testing.assert_array_equal(to_int8(used), to_int8(vectors))
    np.testing.assert_array_equal(from_int8(to_int8(used)), used)
    assert (
        float(
            np.min(np.einsum("ij,ij->i", used, vectors / np.linalg.norm(vectors, axis=1)[:, None]))
        )
        > 0.999
    )


def test_cold_and_warm_alignments_are_identical(seed_docs, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from compare.aligner import align
    from compare.semantic.cache import EmbeddingCache
    from compare.semantic.encoder import Encoder
    from compare.semantic.model_files import packaged
    from compare.semantic.scorers import HybridScorer

    docs = seed_docs[:3]
    cold_cache = EmbeddingCache(Encoder(packaged()), tmp_path)
    cold = align(docs, scorer=HybridScorer(cold_cache), use_cache=False)
    assert cold_cache.encoded_sentences > 0 and cold.links

    # A new process: nothing in memory, every document's vectors on disk.
    warm_cache = EmbeddingCache(Encoder(packaged()), tmp_path)
    warm = align(docs, scorer=HybridScorer(warm_cache), use_cache=False)
    # The documents, and the clauses the aligner scored on their own (compare.clauses).
    assert warm_cache.loaded_documents == len(docs) + 1
    assert warm.links == cold.links


def test_nearest_neighbours_match_brute_force(monkeypatch: pytest.MonkeyPatch) -> None:
    from compare.semantic import scorers

    monkeypatch.setattr(scorers, "_BLOCK", 16)  # several blocks to merge
    rng = np.random.default_rng(3)
    vectors = rng.normal(size=(90, 8)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    a, b = np.arange(0, 50), np.arange(50, 90)
    got = {tuple(p) for p in scorers.mutual_top(vectors, a, b, 3).tolist()}
    sims = vectors[a] @ vectors[b].T
    want = {(int(i), int(b[j])) for i in a for j in np.argsort(-sims[i])[:3]}
    want |= {(int(a[i]), int(b[j])) for j in range(len(b)) for i in np.argsort(-sims[:, j])[:3]}
    assert got == want
    assert len(scorers.mutual_top(vectors, a, b[:0], 3)) == 0


def test_missing_onnx_package_is_a_one_line_reason(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    from compare.semantic import int8_model
    from compare.semantic.errors import SemanticUnavailable
    from compare.semantic.model_files import packaged

    monkeypatch.setattr(int8_model, "_built", {})
    monkeypatch.setitem(sys.modules, "onnx", None)  # makes `import onnx` fail
    with pytest.raises(SemanticUnavailable, match="needs onnx") as info:
        int8_model.int8_model(packaged())
    assert "\n" not in str(info.value)


def _dynamic_int8_matmul(weights: np.ndarray):  # type: ignore[no-untyped-def]
    """A model as `quantize_dynamic` writes it: x (batch, tokens, k) -> one int8 product."""
    from onnx import TensorProto, helper, numpy_helper

    nodes = [
        helper.make_node("DynamicQuantizeLinear", ["x"], ["q", "q_scale", "q_zero"]),
        helper.make_node("MatMulInteger", ["q", "w", "q_zero", "w_zero"], ["acc"]),
        helper.make_node("Cast", ["acc"], ["acc_f"], to=TensorProto.FLOAT),
        helper.make_node("Mul", ["q_scale", "w_scale"], ["scale"]),
        helper.make_node("Mul", ["acc_f", "scale"], ["y"]),
    ]
    k, n = weights.shape
    graph = helper.make_graph(
        nodes,
        "product",
        [helper.make_tensor_value_info("x", TensorProto.FLOAT, ["batch", "tokens", k])],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, ["batch", "tokens", n])],
        [
            numpy_helper.from_array(weights, "w"),
            numpy_helper.from_array(np.array(0, np.int8), "w_zero"),
            numpy_helper.from_array(np.array(0.02, np.float32), "w_scale"),
        ],
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])
    model.ir_version = 8
    return model


def _run(model, x: np.ndarray) -> np.ndarray:  # type: ignore[no-untyped-def]
    import onnxruntime as ort

    session = ort.InferenceSession(model.SerializeToString(), providers=["CPUExecutionProvider"])
    return np.asarray(session.run(["y"], {"x": x})[0])


def test_per_sentence_scales_quantise_each_row_as_if_it_ran_alone() -> None:
    from compare.semantic.int8_model import per_sentence_scales

    rng = np.random.default_rng(11)
    weights = rng.integers(-127, 128, size=(16, 8)).astype(np.int8)
    x = rng.normal(size=(4, 5, 16)).astype(np.float32)
    x[1] *= 40.0  # a row with a far wider range than its batch-mates
    x[2] = np.abs(x[2])  # all positive: the range is clipped at zero
    x[3] = 0.0  # all zero: scale 1
    original = _dynamic_int8_matmul(weights)
    alone = np.concatenate([_run(original, x[b : b + 1]) for b in range(len(x))])
    rewritten = per_sentence_scales(_dynamic_int8_matmul(weights))
    assert "DynamicQuantizeLinear" not in {n.op_type for n in rewritten.graph.node}
    batched = _run(rewritten, x)
    np.testing.assert_allclose(batched, alone, rtol=1e-5, atol=1e-5)
    # With one scale for the whole batch (the original model), the narrow rows would lose
    # most of their precision to the wide one.
    shared = _run(original, x)
    assert np.abs(shared[0] - alone[0]).max() > 100 * np.abs(batched[0] - alone[0]).max()
    for b in range(len(x)):
        np.testing.assert_array_equal(_run(rewritten, x[b : b + 1])[0], batched[b])


def test_sentences_of_one_token_length_share_runs_and_keep_their_vectors(semantic) -> None:  # type: ignore[no-untyped-def]
    from compare.semantic.encoder import Encoder

    encoder = Encoder(semantic.cache.encoder.files, workers=1)
    encoder.load()
    words = ["troops", "farmers", "ministers", "reporters", "pilots", "judges", "doctors"]
    places = ["Minsk", "Yangon", "Paris", "Lima", "Oslo", "Cairo", "Hanoi"]
    texts = [f"The {w} left {p} on Monday." for w in words for p in places]
    lengths = [len(e.ids) for e in encoder._tokenizer.encode_batch(texts)]
    most = max(set(lengths), key=lengths.count)
    same = [t for t, n in zip(texts, lengths, strict=True) if n == most]  # one token length
    assert len(same) >= 20
    runs: list[int] = []
    session = encoder._session

    class Counting:
        def run(self, outputs, feeds):  # type: ignore[no-untyped-def]
            runs.append(len(feeds["input_ids"]))
            return session.run(outputs, feeds)

    encoder._session = Counting()
    together = encoder.encode(same + SENTENCES)
    assert len(runs) < len(same) and max(runs) > 1
    encoder._session = session
    for k in (0, 17, len(same) - 1):
        np.testing.assert_array_equal(encoder.encode([same[k]])[0], together[k])
    # Other batch-mates, another order: the same vectors.
    mixed = encoder.encode([*same[::-3], "The dogs left Kyiv on Monday."])
    np.testing.assert_array_equal(mixed[:-1], together[: len(same)][::-3])
