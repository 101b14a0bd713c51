"""Sentence embeddings from an ONNX model on onnxruntime (CPU, no PyTorch).

The pipeline is sentence-transformers' for its MiniLM models: lower-cased WordPiece tokens
(truncated at the model's `max_tokens`), the transformer's token states, mean pooling, L2
normalisation. The token states are the model's first output of rank 3 (some exports put other
outputs first, e.g. the input ids passed back).

Each distinct text is embedded once, and its vector depends on its text only. The packaged
int8 model quantises its activations per sentence (`compare.semantic.int8_model`), so sentences
of exactly the same token length share a model run (no padding, no attention mask at work,
each row computed as it would be alone, bit for bit): one run per `TOKENS_PER_RUN` tokens or
so instead of one per sentence. Any other model (`--model`) may quantise per run, so there
each text gets a model run of its own. The runs are spread over one single-threaded worker per
core (`workers`), which keeps the cores busier than one run using several threads.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import numpy as np

from compare.semantic.errors import INSTALL_HINT, SemanticUnavailable
from compare.semantic.model_files import ModelFiles

DIMENSION = 384
MAX_WORKERS = 8
CHUNK = 64
"""Texts a worker takes at a time when each text has a run of its own."""
TOKENS_PER_RUN = 256
"""About how many tokens a shared model run takes (256-512 measured best; at 2,048 the
activations outgrow a core's cache and runs get slower)."""


def default_workers() -> int:
    """One worker per core this process may use, at most `MAX_WORKERS`."""
    try:
        cores = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        cores = os.cpu_count() or 1
    return max(1, min(MAX_WORKERS, cores))


class Encoder:
    """Embeds sentences with one model. Loads lazily and is safe to share between threads."""

    def __init__(self, files: ModelFiles, *, workers: int | None = None) -> None:
        self.files = files
        self.workers = workers or default_workers()
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
                tokenizer.no_padding()
                options = ort.SessionOptions()
                options.log_severity_level = 3
                # Parallel runs, one thread each; no busy-waiting between ops (on a shared or
                # loaded CPU spinning threads only steal time from the ones doing the work).
                options.intra_op_num_threads = 1
                options.inter_op_num_threads = 1
                options.add_session_config_entry("session.intra_op.allow_spinning", "0")
                session = ort.InferenceSession(
                    self._model_source(), sess_options=options, providers=["CPUExecutionProvider"]
                )
                output = next(o.name for o in session.get_outputs() if len(o.shape or ()) == 3)
            except SemanticUnavailable:
                raise
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

    def _model_source(self) -> str | bytes:
        if not self.files.int8:
            return str(self.files.model)
        from compare.semantic.int8_model import int8_model

        return int8_model(self.files)

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """Unit-length embeddings, shape `(len(texts), dim)`, float32, in the order given."""
        self.load()
        distinct = list(dict.fromkeys(texts))
        if not distinct:
            return np.zeros((0, DIMENSION), dtype=np.float32)
        token_ids = [e.ids for e in self._tokenizer.encode_batch(distinct)]
        tasks = self._tasks(token_ids)
        if self.workers > 1 and len(tasks) > 1:
            with ThreadPoolExecutor(min(self.workers, len(tasks))) as pool:
                parts = list(pool.map(lambda task: self._embed(token_ids, task), tasks))
        else:
            parts = [self._embed(token_ids, task) for task in tasks]
        rows = np.empty((len(distinct), parts[0].shape[1]), dtype=np.float32)
        for task, part in zip(tasks, parts, strict=True):
            rows[[k for run in task for k in run]] = part
        where = {t: n for n, t in enumerate(distinct)}
        return rows[[where[t] for t in texts]]

    def _tasks(self, token_ids: list[list[int]]) -> list[list[list[int]]]:
        """Work for the workers: lists of model runs, a run being indices into `token_ids`.

        Sentences of one token length share runs when the model allows it (`files.int8`),
        longest sentences first so the workers finish together; otherwise one run per text,
        `CHUNK` runs per task.
        """
        if not self.files.int8:
            singles = [[k] for k in range(len(token_ids))]
            return [singles[s : s + CHUNK] for s in range(0, len(singles), CHUNK)]
        by_length: dict[int, list[int]] = {}
        for k, ids in enumerate(token_ids):
            by_length.setdefault(len(ids), []).append(k)
        tasks: list[list[list[int]]] = []
        for length in sorted(by_length, reverse=True):
            same, size = by_length[length], max(1, TOKENS_PER_RUN // max(length, 1))
            tasks.extend([same[s : s + size]] for s in range(0, len(same), size))
        return tasks

    def _embed(self, token_ids: list[list[int]], runs: list[list[int]]) -> np.ndarray:
        """Mean-pooled unit vectors of the texts of `runs`, in order; one model run per run
        (its texts all have the same token length)."""
        out = []
        for run in runs:
            batch = np.asarray([token_ids[k] for k in run], dtype=np.int64)
            feeds = {"input_ids": batch, "attention_mask": np.ones_like(batch)}
            if "token_type_ids" in self._inputs:
                feeds["token_type_ids"] = np.zeros_like(batch)
            states = self._session.run([self._output], feeds)[0]
            for row in states:
                pooled = row.mean(axis=0)
                out.append(pooled / max(float(np.linalg.norm(pooled)), 1e-12))
        return np.asarray(out, dtype=np.float32)
