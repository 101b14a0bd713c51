"""Sentence embeddings from an ONNX model on onnxruntime (CPU, no PyTorch).

The pipeline is sentence-transformers' for its MiniLM models: lower-cased WordPiece tokens
(truncated at the model's `max_tokens`), the transformer's token states, mean pooling over the
attention mask, L2 normalisation. Texts are embedded in batches of similar length (little
padding), each distinct text once. The token states are the model's first output of rank 3
(some exports put other outputs first, e.g. the input ids passed back).
"""

from __future__ import annotations

import os
import threading
from collections.abc import Sequence
from typing import Any

import numpy as np

from compare.semantic.errors import INSTALL_HINT, SemanticUnavailable
from compare.semantic.model_files import ModelFiles

BATCH_SIZE = 32
"""Texts per model run, sorted by length so a batch carries little padding."""
DIMENSION = 384


class Encoder:
    """Embeds sentences with one model. Loads lazily and is safe to share between threads."""

    def __init__(self, files: ModelFiles, *, batch_size: int = BATCH_SIZE) -> None:
        self.files = files
        self.batch_size = batch_size
        self._lock = threading.Lock()
        self._session: Any = None
        self._tokenizer: Any = None
        self._inputs: tuple[str, ...] = ()
        self._output = ""

    @property
    def model_id(self) -> str:
        return self.files.model_id

    def load(self) -> None:
        """Load the tokenizer and the ONNX session now (otherwise on first `encode`)."""
        with self._lock:
            if self._session is not None:
                return
            try:
                import onnxruntime as ort
                from tokenizers import Tokenizer
                from tokenizers.implementations import BertWordPieceTokenizer
            except ImportError as err:
                raise SemanticUnavailable(
                    f"the semantic scorer needs {err.name or 'onnxruntime and tokenizers'}; "
                    f"{INSTALL_HINT}"
                ) from None
            try:
                path = str(self.files.tokenizer)
                tokenizer: Any
                if self.files.tokenizer.suffix == ".json":
                    tokenizer = Tokenizer.from_file(path)
                else:
                    tokenizer = BertWordPieceTokenizer(path, lowercase=True)
                tokenizer.enable_truncation(max_length=self.files.max_tokens)
                tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")
                options = ort.SessionOptions()
                options.log_severity_level = 3
                options.intra_op_num_threads = min(2, os.cpu_count() or 1)
                # No busy-waiting between ops: on a shared or loaded CPU spinning threads only
                # steal time from the one doing the work.
                options.add_session_config_entry("session.intra_op.allow_spinning", "0")
                session = ort.InferenceSession(
                    str(self.files.model), sess_options=options, providers=["CPUExecutionProvider"]
                )
                output = next(o.name for o in session.get_outputs() if len(o.shape or ()) == 3)
            except StopIteration:
                raise SemanticUnavailable(
                    f"model {self.files.model} has no token-state output"
                ) from None
            except Exception as err:  # onnxruntime/tokenizers raise their own error types
                first = str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__
                raise SemanticUnavailable(
                    f"cannot load model {self.files.model}: {first[:200]}"
                ) from None
            self._inputs = tuple(i.name for i in session.get_inputs())
            self._output = output
            self._tokenizer = tokenizer
            self._session = session

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """Unit-length embeddings, shape `(len(texts), dim)`, float32, in the order given."""
        self.load()
        distinct = list(dict.fromkeys(texts))
        if not distinct:
            return np.zeros((0, DIMENSION), dtype=np.float32)
        order = sorted(range(len(distinct)), key=lambda i: len(distinct[i]))
        rows: list[np.ndarray] = [np.empty(0, dtype=np.float32)] * len(distinct)
        for start in range(0, len(order), self.batch_size):
            chunk = order[start : start + self.batch_size]
            for i, vec in zip(chunk, self._run([distinct[i] for i in chunk]), strict=True):
                rows[i] = vec
        where = {t: n for n, t in enumerate(distinct)}
        return np.stack([rows[where[t]] for t in texts]).astype(np.float32, copy=False)

    def _run(self, batch: list[str]) -> np.ndarray:
        encodings = self._tokenizer.encode_batch(batch)
        ids = np.array([e.ids for e in encodings], dtype=np.int64)
        mask = np.array([e.attention_mask for e in encodings], dtype=np.int64)
        feeds = {"input_ids": ids, "attention_mask": mask}
        if "token_type_ids" in self._inputs:
            feeds["token_type_ids"] = np.zeros_like(ids)
        hidden = self._session.run([self._output], feeds)[0]
        weights = mask[..., None].astype(np.float32)
        pooled = (hidden * weights).sum(axis=1) / np.clip(weights.sum(axis=1), 1e-9, None)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        return np.asarray(pooled / np.clip(norms, 1e-12, None), dtype=np.float32)
