"""Batch runs: stream documents through a pipeline, serially or in worker processes, in input order.

Workers rebuild the pipeline from its picklable config (``PipelineConfig.to_dict``) once per process and
send back serialized JSON lines, so the parent only reads, forwards and writes. At most ``2 × workers``
chunks are in flight, which bounds memory whatever the input size.

Only worker processes isolate a crash: a plugin that kills its process (``os._exit``, a segfault in native
code, the OOM killer) costs one ``WorkerCrashed`` error record there. ``workers=1`` runs in this process (no
second pipeline to build, no transfer), where such a crash ends the run; ``isolate=True`` runs one worker.
"""

from __future__ import annotations

import multiprocessing
import signal
import sys
import time
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field, replace
from itertools import islice
from typing import TYPE_CHECKING, Any

import orjson

from .config import PipelineConfig
from .errors import ConfigError, ErrorRateExceeded
from .record import error_record

if TYPE_CHECKING:
    from .pipeline import Pipeline

__all__ = ["process_many", "process_many_json", "RunStats"]

# One processed document as the parent sees it: (JSON line, is an error record, has errors, text chars).
Result = tuple[bytes, bool, bool, int]


@dataclass(slots=True)
class RunStats:
    """Counts that reconcile: ``inputs == records + error_records``."""

    inputs: int = 0
    records: int = 0
    error_records: int = 0
    documents_with_errors: int = 0
    chars: int = 0
    started: float = field(default_factory=time.perf_counter)
    seconds: float = 0.0
    last_failed: bool = False  # whether the document counted last failed (for dead-letter routing)

    def count(self, record: dict[str, Any]) -> None:
        """``add`` for a record at hand: the serial loop's one call per document instead of building a
        result tuple and calling ``add`` (~1 % of a no-op run, measured)."""
        self.inputs += 1
        if record.get("status") == "error":
            self.error_records += 1
            self.last_failed = True
        else:
            self.records += 1
            self.chars += len(record["text"])
            self.last_failed = bool(record["errors"])
            if self.last_failed:
                self.documents_with_errors += 1

    def add(self, is_error_record: bool, has_errors: bool, chars: int) -> None:
        self.inputs += 1
        self.last_failed = is_error_record or has_errors
        if is_error_record:
            self.error_records += 1
        else:
            self.records += 1
            self.chars += chars
            if has_errors:
                self.documents_with_errors += 1

    def failure_rate(self) -> float:
        return (self.error_records + self.documents_with_errors) / self.inputs if self.inputs else 0.0

    def finish(self) -> dict[str, Any]:
        self.seconds = time.perf_counter() - self.started
        rate = self.inputs / self.seconds if self.seconds > 0 else 0.0
        return {
            "inputs": self.inputs,
            "records": self.records,
            "error_records": self.error_records,
            "documents_with_errors": self.documents_with_errors,
            "seconds": round(self.seconds, 3),
            "docs_per_s": round(rate, 3),  # three decimals: a run of large documents is not 0 docs/s
            "mb_per_s": round(self.chars / 1e6 / self.seconds, 2) if self.seconds > 0 else 0.0,
        }


def _result(record: dict[str, Any]) -> Result:
    is_error = record.get("status") == "error"
    return (orjson.dumps(record, option=orjson.OPT_APPEND_NEWLINE), is_error, bool(record["errors"]),
            0 if is_error else len(record["text"]))


# -- worker side ---------------------------------------------------------------------------------------
_worker_pipeline: Pipeline | None = None


def _init_worker(config: dict[str, Any]) -> None:
    global _worker_pipeline
    # Ctrl-C reaches the whole process group; the parent stops the workers (``_stop_workers``), which
    # would otherwise each print a KeyboardInterrupt traceback from wherever they were.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    from .pipeline import Pipeline

    _worker_pipeline = Pipeline(PipelineConfig(**config))


def _work(chunk: list[tuple[str | dict[str, Any], str]]) -> list[Result]:
    assert _worker_pipeline is not None, "worker used before its pipeline was built"
    process = _worker_pipeline._process
    return [_result(process(item, default_id, True)) for item, default_id in chunk]


def worker_config(pipeline: Pipeline) -> dict[str, Any]:
    """The config a worker rebuilds ``pipeline`` from; plugins given in code go by import path."""
    extra = []
    for info in pipeline.plugins:
        if info.origin == "code":
            if info.spec is None:
                raise ConfigError(
                    f"plugin {info.name!r} was registered in code from a class workers cannot import "
                    "(defined in __main__ or inside a function): define it in a module, or use workers=1 "
                    "without isolation"
                )
            extra.append(info.spec)
    config = pipeline.config
    if extra:
        config = replace(config, modules=tuple(config.modules) + tuple(extra))
    return config.to_dict()


def _mp_context() -> multiprocessing.context.BaseContext:
    # forkserver: workers start clean (no inherited threads or locks) yet cheaply; spawn elsewhere.
    method = "forkserver" if sys.platform.startswith("linux") else "spawn"
    return multiprocessing.get_context(method)


# -- parent side ---------------------------------------------------------------------------------------
def _numbered(items: Iterable[str | dict[str, Any]]) -> Iterator[tuple[str | dict[str, Any], str]]:
    for index, item in enumerate(items):
        yield item, f"doc-{index}"


def process_many_json(pipeline: Pipeline, items: Iterable[str | dict[str, Any]], workers: int = 1,
                      chunk_size: int = 64, stats: RunStats | None = None, isolate: bool = False) -> Iterator[bytes]:
    """Like ``process_many`` but yields JSON lines (bytes), which is what writers need."""
    stats = stats if stats is not None else RunStats()
    limit = pipeline.config.max_error_rate
    minimum = pipeline.config.min_documents_for_rate
    add = stats.add
    last: dict[str, Any] | bytes | None = None  # the last document, whose error a failed run's message names
    if workers > 1 or isolate:
        for line, is_error, has_errors, chars in _parallel_results(pipeline, items, workers, chunk_size):
            add(is_error, has_errors, chars)
            if limit is not None:
                check_error_rate(stats, limit, minimum, line)
            yield line
            last = line
    else:
        # the hot loop, written out: a generator expression here cost ~0.1 x the bare loop (measured)
        process = pipeline._process
        count = stats.count
        dumps, append_newline = orjson.dumps, orjson.OPT_APPEND_NEWLINE
        for index, item in enumerate(items):
            record = process(item, index, True)  # the number becomes ``doc-<n>`` only for a document without id
            count(record)
            if limit is not None:
                check_error_rate(stats, limit, minimum, record)
            yield dumps(record, option=append_newline)
            last = record
    if limit is not None:  # the whole run, however short: ``minimum`` only delays the early stop
        check_error_rate(stats, limit, 0, last, final=True)


def check_error_rate(stats: RunStats, limit: float | None, minimum: int,
                     last: dict[str, Any] | bytes | None = None, final: bool = False) -> None:
    """Raise ``ErrorRateExceeded`` once ``minimum`` documents are done and too large a share failed.

    ``last`` is the document just counted (record or JSON line): when it failed, the message names its first
    error, since a stopped run's output file is not kept to look at. It is parsed only then. ``final`` marks
    the check of a whole run at its end (with ``minimum`` 0), which the message then says.
    """
    if limit is not None and stats.inputs >= minimum and stats.failure_rate() > limit:
        cause = ""
        if last is not None and stats.last_failed:
            errors = (orjson.loads(last) if isinstance(last, bytes) else last).get("errors") or [{}]
            error = errors[0]
            cause = (f" The last one: {error.get('plugin')} {error.get('hook')}: {error.get('type')}: "
                     f"{str(error.get('message'))[:200]}.")
        verdict = "the run failed (checked at its end)" if final else "stopping the run"
        raise ErrorRateExceeded(
            f"{stats.error_records + stats.documents_with_errors} of {stats.inputs} documents failed "
            f"({stats.failure_rate():.0%}), over max_error_rate={limit:.0%}: {verdict}.{cause} "
            "Fix the cause, or raise the limit."
        )


def process_many(pipeline: Pipeline, items: Iterable[str | dict[str, Any]], workers: int = 1,
                 chunk_size: int = 64, isolate: bool = False) -> Iterator[dict[str, Any]]:
    """Records in input order; see ``Pipeline.process_many``."""
    if workers <= 1 and not isolate:
        process = pipeline.process
        return (process(item, default_id) for item, default_id in _numbered(items))
    return (orjson.loads(line) for line in process_many_json(pipeline, items, workers, chunk_size, isolate=isolate))


def _parallel_results(pipeline: Pipeline, items: Iterable[str | dict[str, Any]], workers: int,
                      chunk_size: int) -> Iterator[Result]:
    config = worker_config(pipeline)
    numbered = _numbered(items)
    pending: deque[tuple[Chunk, Future[list[Result]]]] = deque()
    pool = _pool(workers, config)
    try:
        while True:
            while len(pending) < 2 * workers:
                chunk = list(islice(numbered, chunk_size))
                if not chunk:
                    break
                pending.append((chunk, _submit(pool, chunk)))
            if not pending:
                return
            chunk, future = pending.popleft()
            try:
                results = future.result()
            except BrokenProcessPool:
                # A worker died (a crash in native code, the OOM killer): find the document that did it,
                # one at a time in fresh pools, and send the chunks in flight again.
                pool.shutdown(wait=False, cancel_futures=True)
                results, pool = _isolate(chunk, workers, config)
                pending = deque((waiting, _submit(pool, waiting)) for waiting, _ in pending)
            yield from results
    except KeyboardInterrupt:
        _stop_workers(pool)
        raise
    finally:
        for _chunk, future in pending:
            future.cancel()
        pool.shutdown(wait=True, cancel_futures=True)


Chunk = list[tuple[Any, str]]


def _pool(workers: int, config: dict[str, Any]) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(workers, mp_context=_mp_context(), initializer=_init_worker, initargs=(config,))


def _stop_workers(pool: ProcessPoolExecutor) -> None:
    """Terminate the workers of an interrupted run now: they ignore SIGINT and would finish their chunks."""
    for process in list((getattr(pool, "_processes", None) or {}).values()):
        process.terminate()


def _submit(pool: ProcessPoolExecutor, chunk: Chunk) -> Future[list[Result]]:
    """``pool.submit``; a pool already broken (a worker died since the last look) gives a failed future, so
    the crash is handled where results are read, like any other."""
    try:
        return pool.submit(_work, chunk)
    except BrokenProcessPool as exc:
        failed: Future[list[Result]] = Future()
        failed.set_exception(exc)
        return failed


def _isolate(chunk: Chunk, workers: int, config: dict[str, Any]) -> tuple[list[Result], ProcessPoolExecutor]:
    """Process ``chunk`` document by document; a document whose worker dies becomes an error record."""
    pool = _pool(workers, config)
    results: list[Result] = []
    for item, default_id in chunk:
        try:
            results += _submit(pool, [(item, default_id)]).result()
        except BrokenProcessPool:
            pool.shutdown(wait=False, cancel_futures=True)
            pool = _pool(workers, config)
            results.append(_result(_crash_record(item, default_id)))
        except KeyboardInterrupt:
            _stop_workers(pool)
            pool.shutdown(wait=False, cancel_futures=True)
            raise
    return results, pool


def _crash_record(item: Any, default_id: str) -> dict[str, Any]:
    meta = item.get("meta") if isinstance(item, dict) else None
    meta = meta if isinstance(meta, dict) else {}
    doc_id = item.get("id", default_id) if isinstance(item, dict) else default_id
    raw = item if isinstance(item, str) else orjson.dumps(item, default=repr).decode()
    return error_record(source=str(meta.get("file", doc_id)), line=meta.get("line"), raw=raw, plugin="textplug",
                        hook="worker", type="WorkerCrashed", id=str(doc_id),
                        message="the worker process died while processing this document (a crash in a plugin's "
                        "native code, or the process was killed); the other documents were processed")
