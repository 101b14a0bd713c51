"""Embeddings: shape, determinism, paraphrase vs unrelated; the per-document disk cache."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

pytestmark = pytest.mark.usefixtures("needs_extra")

HONOURS_A = "Lukashenko was received late Thursday with full state honours at a military airport."
HONOURS_B = "Top military officials welcomed Lukashenko on Thursday night with full state honors."
HALF_A = "Recent assessments suggest the military holds less than half of Myanmar's territory."
HALF_B = "This suggests that the military now controls less than half the nation."
UNRELATED = "The price of rice rose sharply in Yangon markets this week."


def _encoder():  # type: ignore[no-untyped-def]
    from compare.semantic.encoder import Encoder
    from compare.semantic.model_files import packaged

    return Encoder(packaged())


def test_vectors_are_unit_length_and_order_independent(semantic) -> None:  # type: ignore[no-untyped-def]
    enc = semantic.cache.encoder
    both = enc.encode([HONOURS_A, UNRELATED, HONOURS_A])
    assert both.shape == (3, 384) and both.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(both, axis=1), 1.0, atol=1e-5)
    np.testing.assert_allclose(both[0], both[2])
    alone = enc.encode([UNRELATED])
    assert float(alone[0] @ both[1]) > 0.999


def test_paraphrases_are_closer_than_unrelated_sentences(semantic) -> None:  # type: ignore[no-untyped-def]
    v = semantic.cache.encoder.encode([HONOURS_A, HONOURS_B, HALF_A, HALF_B, UNRELATED])
    assert v[0] @ v[1] > 0.6 and v[2] @ v[3] > 0.5
    assert v[0] @ v[4] < 0.3 and v[2] @ v[4] < 0.3
    assert v[0] @ v[1] > v[0] @ v[3] + 0.3


def test_documents_are_cached_on_disk_per_hash(seed_docs, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from compare.semantic.cache import EmbeddingCache, content_sentences

    first = EmbeddingCache(_encoder(), tmp_path)
    first.prepare(seed_docs[:2])
    files = sorted(p.name for p in tmp_path.glob("*.npy"))
    assert files == sorted(f"{d.hash}.npy" for d in seed_docs[:2])
    assert first.encoded_sentences == sum(len(content_sentences(d)) for d in seed_docs[:2])

    class NoModel:
        model_id = "x"

        def encode(self, texts):  # type: ignore[no-untyped-def]
            raise AssertionError("the model should not run for cached documents")

    second = EmbeddingCache(NoModel(), tmp_path)  # type: ignore[arg-type]
    second.prepare(seed_docs[:2])
    assert second.loaded_documents == 2 and second.encoded_sentences == 0
    texts = content_sentences(seed_docs[0])
    # Stored as int8: the same vectors to within the quantisation step.
    np.testing.assert_allclose(second.vectors(texts), first.vectors(texts), atol=0.005)


def test_damaged_cache_file_is_recomputed(seed_docs, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from compare.semantic.cache import EmbeddingCache

    doc = seed_docs[0]
    (tmp_path / f"{doc.hash}.npy").write_bytes(b"\x93NUMPY garbage")
    cache = EmbeddingCache(_encoder(), tmp_path)
    cache.prepare([doc])
    assert cache.encoded_sentences > 0 and cache.loaded_documents == 0
    assert np.load(tmp_path / f"{doc.hash}.npy").shape[1] == 384


def test_unwritable_cache_dir_is_not_an_error(tmp_path: Path, seed_docs) -> None:  # type: ignore[no-untyped-def]
    from compare.semantic.cache import EmbeddingCache

    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    cache = EmbeddingCache(_encoder(), blocker / "sub")
    cache.prepare(seed_docs[:1])
    assert cache.encoded_sentences > 0


def test_two_joined_sentences_are_composed_without_a_model_run(semantic) -> None:  # type: ignore[no-untyped-def]
    cache = semantic.cache
    cache.vectors([HALF_A, HONOURS_B])
    before = cache.encoded_sentences
    joined = cache.vectors([HALF_A + " " + HONOURS_B])[0]
    assert cache.encoded_sentences == before
    exact = cache.encoder.encode([HALF_A + " " + HONOURS_B])[0]
    assert float(joined @ exact) > 0.85


def test_broken_model_file_gives_one_line_error(tmp_path: Path) -> None:
    from compare.semantic.encoder import Encoder
    from compare.semantic.errors import SemanticUnavailable
    from compare.semantic.model_files import from_directory, packaged

    (tmp_path / "model.onnx").write_bytes(b"definitely not onnx")
    (tmp_path / "tokenizer.json").write_bytes(packaged().tokenizer.read_bytes())
    with pytest.raises(SemanticUnavailable, match="cannot load model") as info:
        Encoder(from_directory(tmp_path)).load()
    assert "\n" not in str(info.value)


def test_model_directory_works_like_the_packaged_model(tmp_path: Path) -> None:
    from compare.semantic import make_scorer
    from compare.semantic.model_files import packaged

    files = packaged()
    (tmp_path / "model.onnx").symlink_to(files.model)
    (tmp_path / files.tokenizer.name).symlink_to(files.tokenizer)
    scorer = make_scorer("semantic", model_path=tmp_path)
    assert scorer is not None and scorer.name.startswith("semantic@custom-")
    ref = make_scorer("semantic")
    assert ref is not None and ref.name == "semantic"
    pairs = [(0, 0)]
    # The directory's file runs as it is (fp32), the packaged model in int8: close cosines.
    assert scorer.cosines([HONOURS_A], [HONOURS_B], pairs) == pytest.approx(
        ref.cosines([HONOURS_A], [HONOURS_B], pairs), abs=0.05
    )
