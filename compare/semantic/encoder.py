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
core (`workers`), which keeps the cores busier than one run using several threads; each worker
runs its own session of the model when there is much to embed (the first is made by `load`,
the others by their worker on its first run, while the first already works), so the workers
share no allocator. Sessions of one model file give the same vectors bit for bit.
"""

from __future__ import annotations

import itertools
import os
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import numpy as np

from compare.semantic.errors import INSTALL_HINT, SemanticUnavailable
from compare.semantic.model_files import ModelFiles

DIMENSION = 384
MAX_WORKERS = 8
CHUNK = 64
"""Texts a worker takes at a time when each text has a run of its own."""
OWN_SESSIONS_TOKENS = 50_000
"""From this many tokens to embed (about 1,500 sentences) each worker runs its own session."""
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
        """The first worker's session (made by `load`)."""
        self._more_sessions: dict[int, Any] = {}
        """Sessions of the other workers, by worker slot (made on their first run)."""
        self._worker = threading.local()
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
                import onnxruntime  # noqa: F401  (a missing package: one-line reason)
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
                session = self._new_session()
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

    def _new_session(self) -> Any:
        import onnxruntime as ort

        options = ort.SessionOptions()
        options.log_severity_level = 3
        # Parallel runs, one thread each; no busy-waiting between ops (on a shared or loaded
        # CPU spinning threads only steal time from the ones doing the work).
        options.intra_op_num_threads = 1
        options.inter_op_num_threads = 1
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        return ort.InferenceSession(
            self._model_source(), sess_options=options, providers=["CPUExecutionProvider"]
        )

    def _worker_session(self) -> Any:
        """The session of the calling worker (slot 0, or a thread not started by `encode`:
        the one `load` made)."""
        slot = getattr(self._worker, "slot", 0)
        if slot == 0:
            return self._session
        session = self._more_sessions.get(slot)
        if session is None:
            try:
                session = self._new_session()
            except Exception:  # loaded once already: fall back to the first session
                session = self._session
            self._more_sessions[slot] = session
        return session

    def _model_source(self) -> str | bytes:
        if not self.files.int8:
            return str(self.files.model)
        from compare.semantic.int8_model import int8_model

        return int8_model(self.files)

    def encode(
        self, texts: Sequence[str], *, meanwhile: Callable[[], object] | None = None
    ) -> np.ndarray:
        """Unit-length embeddings, shape `(len(texts), dim)`, float32, in the order given.

        `meanwhile` (optional) is called in this thread while the workers run the model, for
        work the caller needs next anyway (the model runs release the interpreter lock); it
        is called exactly once whenever there is something to embed.
        """
        self.load()
        distinct = list(dict.fromkeys(texts))
        if not distinct:
            return np.zeros((0, DIMENSION), dtype=np.float32)
        token_ids = [e.ids for e in self._tokenizer.encode_batch(distinct)]
        tasks = self._tasks(token_ids)
        if self.workers > 1 and len(tasks) > 1:
            slots = itertools.count()

            def claim_slot() -> None:
                self._worker.slot = next(slots)

            # A session of its own per worker only for long inputs: making one costs about
            # as much as embedding a few hundred sentences.
            own = sum(map(len, token_ids)) >= OWN_SESSIONS_TOKENS
            workers = min(self.workers, len(tasks))
            with ThreadPoolExecutor(workers, initializer=claim_slot if own else None) as pool:
                running = pool.map(lambda task: self._embed(token_ids, task), tasks)
                if meanwhile is not None:
                    meanwhile()
                parts = list(running)
        else:
            parts = [self._embed(token_ids, task) for task in tasks]
            if meanwhile is not None:
                meanwhile()
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
        session = self._worker_session()
        out = []
        for run in runs:
            batch = np.asarray([token_ids[k] for k in run], dtype=np.int64)
            feeds = {"input_ids": batch, "attention_mask": np.ones_like(batch)}
            if "token_type_ids" in self._inputs:
                feeds["token_type_ids"] = np.zeros_like(batch)
            states = session.run([self._output], feeds)[0]
            out.append(_unit_means(states))
        return np.concatenate(out).astype(np.float32, copy=False)


def _unit_means(states: np.ndarray) -> np.ndarray:
    """Each row's token states (batch, tokens, dim) averaged over its tokens and scaled to
    unit length, as float32: the same arithmetic as one row at a time (the sum runs over the
    tokens in order, each norm is float32's), in a few array operations."""
    pooled = states.mean(axis=1)
    norms = np.fromiter(
        (max(float(np.linalg.norm(row)), 1e-12) for row in pooled), np.float64, len(pooled)
    )
    return np.asarray(pooled / norms.astype(pooled.dtype)[:, None], dtype=np.float32)
