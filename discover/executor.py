"""Where discovery's tasks run: in this process, a local process pool, or a Dask cluster.

All three are `concurrent.futures.Executor`s, so the pipeline submits tasks and collects
results the same way everywhere. dask.distributed is an optional extra (`samestory[cluster]`)
and is imported only when `--scheduler` is given.
"""

from __future__ import annotations

import os
import socket
import sys
from collections.abc import Callable, Iterator
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from contextlib import contextmanager
from typing import Any

from readers.errors import UsageError

CLUSTER_HINT = "install the cluster extra: pip install 'samestory[cluster]'"


class InlineExecutor(Executor):
    """Runs each task at once in the calling process (one worker, tests, tiny folders)."""

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future[Any]:
        future: Future[Any] = Future()
        try:
            future.set_result(fn(*args, **kwargs))
        except BaseException as exc:
            future.set_exception(exc)
        return future


def default_workers() -> int:
    """All the cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


@contextmanager
def local_executor(workers: int | None) -> Iterator[tuple[Executor, int]]:
    """A process pool over `workers` cores (all by default), or inline for one worker."""
    n = workers if workers and workers > 0 else default_workers()
    if n == 1:
        yield InlineExecutor(), 1
        return
    import multiprocessing

    method = "forkserver" if sys.platform != "win32" and sys.platform != "darwin" else "spawn"
    pool = ProcessPoolExecutor(max_workers=n, mp_context=multiprocessing.get_context(method))
    try:
        yield pool, n
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _probe(address: str, timeout: float) -> None:
    """Fail fast on a malformed or unreachable TCP address.

    A `distributed.Client` that fails to connect retries until its timeout and then leaves
    an object whose clean-up prints a traceback at exit; a plain socket check avoids both.
    """
    from distributed.comm import parse_address
    from distributed.comm.addressing import parse_host_port

    scheme, location = parse_address(address)
    if scheme in ("tcp", "tls"):
        host, port = parse_host_port(location)
        socket.create_connection((host, port), timeout=min(timeout, 5.0)).close()


@contextmanager
def dask_executor(address: str, timeout: float = 10.0) -> Iterator[tuple[Executor, int]]:
    """An executor over the Dask cluster whose scheduler listens at `address`."""
    try:
        from distributed import Client
    except ImportError:
        raise UsageError("--scheduler", f"needs dask.distributed; {CLUSTER_HINT}") from None
    try:
        _probe(address, timeout)
        client = Client(address, timeout=timeout, set_as_default=False)
    except (OSError, TimeoutError, ValueError, TypeError) as exc:
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise UsageError(address, f"cannot reach the Dask scheduler ({reason})") from None
    try:
        threads = sum(client.nthreads().values()) or 1
        executor = client.get_executor(pure=False)
        try:
            yield executor, threads
        finally:
            executor.shutdown(wait=True)
    finally:
        client.close()
