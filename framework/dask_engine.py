"""Scale-out on Dask: the same pipeline over a ``dask.bag``, written as one JSON-lines file per partition.

Why this shape:
- Workers never receive a plugin manager: tasks carry the picklable config (``batch.worker_config``) and each
  worker process builds its pipeline once (``pipeline_for``, a cache keyed by the config), so knowledge
  bases and models load once per process, not per task.
- JSON-lines files are cut into byte ranges at line starts, and each piece is read by the same reader as
  the serial run (``read_jsonl`` told the number of its first line), so ids, line numbers and error
  records are identical; other formats and ``.gz`` files are one partition per file.
- Each partition is written atomically (temp file + rename) under a name fixed by the plan, so a task
  that Dask retries after a worker died rewrites the same file: every record ends up written exactly once.
  Partitions that still fail are listed in the summary and ``resume=True`` reruns only those; an interrupted
  run (Ctrl-C) writes the summary of what it finished, so resuming it writes only the rest.

Dask is imported only inside the functions here: the core never needs it (``pip install 'textplug[dask]'``).
"""

from __future__ import annotations

import glob
import io
import logging
import os
import signal
import threading
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import orjson

from .batch import RunStats, _result, check_error_rate, worker_config
from .config import PipelineConfig
from .errors import ConfigError, ErrorRateExceeded
from .io import AtomicOutput, NoReader, _expand, iter_inputs, read_jsonl

if TYPE_CHECKING:
    from dask.bag import Bag
    from distributed import Client

    from .pipeline import Pipeline
    from .registry import FormatRegistry

__all__ = ["records", "read_documents", "write_jsonl", "run", "pipeline_for", "plan", "Chunk", "SUMMARY",
           "DASK_MISSING"]

DASK_MISSING = "the Dask engine needs Dask and distributed: pip install 'textplug[dask]'"
SUMMARY = "_summary.json"
PART_BYTES = 16 << 20  # default piece size of a JSON-lines file: small enough to spread, big enough to amortise
_BLOCK = 8 << 20
# Seconds to reach a scheduler given by address: distributed's own default (30 s) makes a typo in the address
# look like a hang; a scheduler that is still starting needs a longer wait, given by the caller.
CONNECT_TIMEOUT = 3.0


def _dask() -> Any:
    try:
        import dask.bag
        import distributed  # noqa: F401 - the engine runs on a distributed Client
    except ImportError as exc:
        raise ConfigError(DASK_MISSING) from exc
    return dask.bag


# -- the worker side -------------------------------------------------------------------------------------
_pipelines: dict[bytes, Pipeline] = {}
_lock = threading.Lock()


def pipeline_for(config: dict[str, Any]) -> Pipeline:
    """The pipeline for ``config``, built once per process (plugins load their KBs and models once)."""
    key = orjson.dumps(config, option=orjson.OPT_SORT_KEYS)
    pipeline = _pipelines.get(key)
    if pipeline is None:
        with _lock:  # a worker with several threads builds it once
            pipeline = _pipelines.get(key)
            if pipeline is None:
                from .pipeline import Pipeline

                pipeline = _pipelines[key] = Pipeline(PipelineConfig(**config))
    return pipeline


@dataclass(frozen=True)
class Chunk:
    """One partition's input: a whole file, or the lines of a JSON-lines file in ``[start, end)`` bytes."""

    index: int
    path: str
    start: int = 0
    end: int | None = None
    first_line: int = 1


def _read_chunk(chunk: Chunk, formats: FormatRegistry, format: str | None,
                options: dict[str, Any]) -> Iterator[dict[str, Any]]:
    if chunk.start == 0 and chunk.end is None:
        yield from iter_inputs([chunk.path], formats, format, options)  # exactly the serial reader path
        return
    with open(chunk.path, "rb") as stream:  # a file that vanished fails the partition: it is rerun
        stream.seek(chunk.start)
        data = stream.read(chunk.end - chunk.start) if chunk.end is not None else stream.read()
    yield from read_jsonl(io.BytesIO(data), chunk.path, {**options, "first_line": chunk.first_line})


def _read_partition(chunks: Iterable[Chunk], config: dict[str, Any], format: str | None,
                    options: dict[str, Any]) -> Iterator[dict[str, Any]]:
    formats = pipeline_for(config).formats
    for chunk in chunks:
        yield from _read_chunk(chunk, formats, format, options)


def _process_partition(items: Iterable[Any], config: dict[str, Any]) -> list[dict[str, Any]]:
    process = pipeline_for(config).process
    return [process(item) for item in items]


def _write_partition(items: Iterable[Any], index: int, out_dir: str, config: dict[str, Any],
                     process: bool, compress: bool) -> dict[str, Any]:
    """Process (or take processed) records, write them to ``part-NNNNN.jsonl`` atomically, return counts."""
    pipeline = pipeline_for(config)
    policy = pipeline.config
    name = f"part-{index:05d}.jsonl" + (".gz" if compress else "")
    stats = RunStats()
    with ExitStack() as stack:
        out = stack.enter_context(AtomicOutput(os.path.join(out_dir, name)))
        dead = None
        if policy.on_error == "dead-letter":
            dead = stack.enter_context(AtomicOutput(os.path.join(out_dir, f"dead-letter-{index:05d}.jsonl")))
        for item in items:
            line, is_error, has_errors, chars = _result(pipeline._process(item, None, True) if process else item)
            stats.add(is_error, has_errors, chars)
            check_error_rate(stats, policy.max_error_rate, policy.min_documents_for_rate, line)
            (dead if dead is not None and stats.last_failed else out).write(line)
    return {"partition": index, "file": name, "inputs": stats.inputs, "records": stats.records,
            "error_records": stats.error_records, "documents_with_errors": stats.documents_with_errors,
            "chars": stats.chars}


def _run_chunks(chunks: list[Chunk], config: dict[str, Any], format: str | None, options: dict[str, Any],
                out_dir: str, compress: bool) -> list[dict[str, Any]]:
    # read -> process -> write in one task: records never leave the worker that made them
    documents = _read_partition(chunks, config, format, options)
    return [_write_partition(documents, chunks[0].index, out_dir, config, True, compress)]


def _write_indexed(items: Iterable[Any], index: list[int], out_dir: str, config: dict[str, Any],
                   process: bool, compress: bool) -> list[dict[str, Any]]:
    return [_write_partition(items, index[0], out_dir, config, process, compress)]


# -- planning (driver side) ------------------------------------------------------------------------------
def _files(paths: Sequence[str], formats: FormatRegistry, format: str | None) -> list[str]:
    expanded: list[str] = []
    for path in paths:
        if path == "-":
            raise ConfigError("the Dask engine reads files (workers cannot see stdin): give paths or globs")
        matches = sorted(glob.glob(path, recursive=True)) if glob.has_magic(path) else []
        expanded.extend(matches or [path])  # an unmatched path stays: reading it gives an error record
    return list(_expand(expanded, formats, format))


def _cuts(path: str, pieces: int) -> list[tuple[int, int]]:
    """``(byte, line number)`` of the line starts nearest to ``pieces`` equal parts of a file (one scan)."""
    size = os.path.getsize(path)
    targets = [size * i // pieces for i in range(1, pieces)]
    cuts = [(0, 1)]
    newlines = base = 0
    with open(path, "rb") as stream:
        while targets and (block := stream.read(_BLOCK)):
            while targets:
                if targets[0] <= cuts[-1][0]:
                    targets.pop(0)  # a long line already took this part
                    continue
                at = block.find(b"\n", max(targets[0] - 1 - base, 0))
                if at < 0:
                    break
                cut = base + at + 1
                if cut < size:
                    cuts.append((cut, newlines + block.count(b"\n", 0, at + 1) + 1))
                targets.pop(0)
            newlines += block.count(b"\n")
            base += len(block)
    return cuts


def plan(paths: Sequence[str], formats: FormatRegistry, format: str | None = None,
         partitions: int | None = None) -> list[Chunk]:
    """The partitions for ``paths`` (files, folders, globs): plain JSON-lines files are cut at line starts
    into pieces of about ``total / partitions`` bytes (default 16 MB); other files are one piece each."""
    files = _files(paths, formats, format)
    splittable = {f: os.path.getsize(f) for f in files
                  if type(f) is not NoReader and os.path.isfile(f) and not f.lower().endswith(".gz")
                  and formats.reader_for(f, format).handler is read_jsonl}
    total = sum(splittable.values())
    target = max(1, -(-total // partitions)) if partitions else PART_BYTES
    chunks: list[Chunk] = []
    for path in files:
        size = splittable.get(path)
        if size is None:
            if os.path.exists(path) and type(path) is not NoReader:  # as in the serial run, those are error records
                formats.reader_for(path, format)  # an unknown format fails here, not on a worker
            chunks.append(Chunk(len(chunks), path))
            continue
        cuts = _cuts(path, max(1, round(size / target))) if size else [(0, 1)]
        for (start, line), (end, _) in zip(cuts, [*cuts[1:], (None, 0)], strict=True):
            chunks.append(Chunk(len(chunks), path, start, end, line))
    return chunks


# -- the library API -------------------------------------------------------------------------------------
def _config(pipeline: Pipeline | PipelineConfig | dict[str, Any] | None) -> tuple[Pipeline, dict[str, Any]]:
    from .pipeline import Pipeline

    if not isinstance(pipeline, Pipeline):
        pipeline = Pipeline(PipelineConfig.build(pipeline))
    return pipeline, worker_config(pipeline)


def read_documents(paths: str | Sequence[str], pipeline: Pipeline | PipelineConfig | dict[str, Any] | None = None,
                   partitions: int | None = None, format: str | None = None,
                   options: dict[str, Any] | None = None) -> Bag:
    """A bag of input documents (and reader error records) from files, folders or globs (``.gz`` too)."""
    db = _dask()
    pipeline, config = _config(pipeline)
    chunks = plan([paths] if isinstance(paths, str) else paths, pipeline.formats, format, partitions)
    source = db.from_sequence(chunks, npartitions=len(chunks) or 1)
    return source.map_partitions(_read_partition, config, format, options or {})


def records(source: Bag | str | Sequence[str], pipeline: Pipeline | PipelineConfig | dict[str, Any] | None = None,
            partitions: int | None = None, format: str | None = None,
            options: dict[str, Any] | None = None) -> Bag:
    """A bag of records: ``source`` is a bag of texts / input dicts / reader output, or paths and globs of
    files. Items without an id get one from their text's hash (the serial run numbers them instead)."""
    pipeline, config = _config(pipeline)
    if isinstance(source, (str, list, tuple)):
        source = read_documents(source, pipeline, partitions, format, options)
    return source.map_partitions(_process_partition, config)


def write_jsonl(bag: Bag, out_dir: str | Path, pipeline: Pipeline | PipelineConfig | dict[str, Any] | None = None,
                client: Client | str | None = None, processed: bool = False, compress: bool = False,
                resume: bool = False, only: Iterable[int] | None = None,
                workers: int | None = None, connect_timeout: float = CONNECT_TIMEOUT) -> dict[str, Any]:
    """Process the bag's documents (or, with ``processed=True``, take its records as they are) and write one
    JSON-lines file per partition in ``out_dir`` plus ``_summary.json``; return the summary.

    The config's error policy applies per partition (dead-letter files, ``max_error_rate``). Failed
    partitions are listed in the summary (``complete: false``, ``failed``); ``resume=True`` (or ``only``)
    reruns just those and merges their counts into the existing summary; so it does after ``KeyboardInterrupt``,
    raised once the summary of the partitions finished is written. ``connect_timeout``: seconds to reach a
    scheduler given by address.
    """
    db = _dask()
    pipeline, config = _config(pipeline)
    index = db.from_sequence(range(bag.npartitions), npartitions=bag.npartitions)
    tasks = db.map_partitions(_write_indexed, bag, index, str(out_dir), config, not processed, compress)
    return _compute(tasks, tasks.name, Path(out_dir), client, resume, only, workers, connect_timeout)


def run(inputs: str | Sequence[str] | Bag, out_dir: str | Path,
        pipeline: Pipeline | PipelineConfig | dict[str, Any] | None = None, client: Client | str | None = None,
        partitions: int | None = None, format: str | None = None, options: dict[str, Any] | None = None,
        compress: bool = False, resume: bool = False, only: Iterable[int] | None = None,
        workers: int | None = None, connect_timeout: float = CONNECT_TIMEOUT) -> dict[str, Any]:
    """Files (paths, folders, globs) or a bag of documents through the pipeline into ``out_dir``: read,
    process and write happen in one task per partition. Returns the summary (see ``write_jsonl``)."""
    db = _dask()
    pipeline, config = _config(pipeline)
    if not isinstance(inputs, (str, list, tuple)):
        return write_jsonl(inputs, out_dir, pipeline, client, compress=compress, resume=resume, only=only,
                           workers=workers, connect_timeout=connect_timeout)
    chunks = plan([inputs] if isinstance(inputs, str) else inputs, pipeline.formats, format, partitions)
    if not chunks:
        raise ConfigError("no input files found")
    tasks = db.from_sequence(chunks, npartitions=len(chunks)).map_partitions(
        _run_chunks, config, format, options or {}, str(out_dir), compress)
    return _compute(tasks, tasks.name, Path(out_dir), client, resume, only, workers, connect_timeout)


# -- running and the summary -----------------------------------------------------------------------------
COUNTS = ("inputs", "records", "error_records", "documents_with_errors", "chars")


def _compute(tasks: Bag, plan_id: str, out_dir: Path, client: Client | str | None, resume: bool,
             only: Iterable[int] | None, workers: int | None = None,
             connect_timeout: float = CONNECT_TIMEOUT) -> dict[str, Any]:
    if out_dir.exists() and not out_dir.is_dir():
        raise ConfigError(f"{out_dir} is a file: the Dask engine writes a folder of partitions")
    created = not out_dir.exists()
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ConfigError(f"cannot create the output folder {out_dir}: {exc.strerror}") from exc
    previous = _previous(out_dir, plan_id, resume or only is not None)
    total = tasks.npartitions
    if only is not None:
        wanted = sorted(set(only))
        if any(not 0 <= i < total for i in wanted):
            raise ConfigError(f"partitions to rerun must be between 0 and {total - 1}, not {wanted}")
    else:
        wanted = [i for i in range(total) if str(i) not in previous]
    started = time.perf_counter()
    done: dict[str, dict[str, Any]] = dict(previous)
    failed: dict[str, str] = {}
    if not wanted:  # nothing left to write: no cluster needed
        return _finish(out_dir, _summary(done, failed, total, plan_id, 0.0, 0.0, []))
    with ExitStack() as stack:  # closes what _connect started, then removes temp files (an interrupted run's too)
        stack.callback(_remove_temporaries, out_dir)
        try:
            client = _connect(client, workers, connect_timeout, stack)
        except ConfigError:
            if created and not any(out_dir.iterdir()):
                out_dir.rmdir()  # a run that never reached its scheduler leaves no empty folder behind
            raise
        startup = time.perf_counter() - started
        parts = tasks.to_delayed(optimize_graph=True)
        from distributed import wait

        futures: list[Any] = []
        try:
            futures = client.compute([parts[i] for i in wanted])
            wait(futures)
        finally:  # Ctrl-C too: the partitions written so far are counted, and --resume writes only the rest
            for i, future in zip(wanted, futures, strict=False):
                if future.status == "finished":
                    done[str(i)] = future.result()[0]
                elif future.status == "error":
                    exc = future.exception()
                    failed[str(i)] = f"{type(exc).__name__}: {exc}"
                    done.pop(str(i), None)
            seconds = time.perf_counter() - started
            ran = [done[str(i)] for i in wanted if str(i) in done]
            summary = _finish(out_dir, _summary(done, failed, total, plan_id, seconds, startup, ran))
    return summary


def _finish(out_dir: Path, summary: dict[str, Any]) -> dict[str, Any]:
    tmp = out_dir / f".{SUMMARY}.tmp"
    tmp.write_bytes(orjson.dumps(summary, option=orjson.OPT_INDENT_2))
    os.replace(tmp, out_dir / SUMMARY)
    return summary


def _connect(client: Client | str | None, workers: int | None, timeout: float, stack: ExitStack) -> Client:
    """The client to use: a given client or scheduler address (reached within ``timeout`` seconds), the
    current default client, or else a local cluster of ``workers`` single-threaded processes (default: one
    per core). What it starts, ``stack`` closes."""
    from distributed import Client, LocalCluster

    if isinstance(client, Client):
        return client
    if client:
        try:
            connected = Client(client, timeout=timeout)
        except (OSError, ValueError) as exc:  # a wrong or unreachable address: the user's to fix
            raise ConfigError(f"cannot connect to the Dask scheduler {client!r}: {exc}") from exc
        stack.callback(connected.close)
        return connected
    try:
        from distributed import default_client

        return default_client()
    except ValueError:
        pass
    log = logging.getLogger("distributed")
    stack.callback(log.setLevel, log.level)  # last: as it was before an interrupted run's silence
    with _sigint_held():
        # no dashboard; the scheduler's HTTP server (health, metrics) on a free port of this machine, not 8787,
        # which another cluster may hold (distributed then warns)
        cluster = LocalCluster(n_workers=workers or os.cpu_count() or 1, threads_per_worker=1, processes=True,
                               dashboard_address=None, scheduler_kwargs={"dashboard_address": "127.0.0.1:0"})
        stack.callback(cluster.close)
        local = Client(cluster)
        stack.callback(local.close)
        stack.push(lambda exc_type, *_: _hush_if_interrupted(local, exc_type))
    return local


def _silence() -> None:
    logging.getLogger("distributed").setLevel(logging.CRITICAL)


def _hush_if_interrupted(client: Client, exc_type: type[BaseException] | None) -> bool:
    """After Ctrl-C, before the local cluster closes: its workers, stopped in the middle of their tasks,
    would log a warning per task and errors about the scheduler gone before them; the run's own line says
    what happened, so distributed is silenced there and here. A run that was not interrupted keeps all of
    distributed's warnings and errors."""
    if exc_type is not None and issubclass(exc_type, KeyboardInterrupt):
        _silence()
        try:
            client.run(_silence)
        except Exception:  # a worker already gone has nothing left to say
            pass
    return False


@contextmanager
def _sigint_held() -> Iterator[None]:
    """Hold Ctrl-C back while the local cluster starts. The terminal sends SIGINT to the whole process group,
    and each worker process would print a traceback and distributed its warnings; a signal mask is inherited
    by the processes started meanwhile (across fork and exec, as the stdlib's resource tracker relies on), so
    the workers never see it and this process alone stops the run and closes them. A Ctrl-C during start-up
    is raised once the cluster is up."""
    if not hasattr(signal, "pthread_sigmask"):  # Windows: no signal masks
        yield
        return
    from multiprocessing import resource_tracker

    # started now, not by the first worker process: starting it unblocks SIGINT in the thread that does
    resource_tracker.ensure_running()
    held = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, held)  # a pending Ctrl-C is raised here


def _previous(out_dir: Path, plan_id: str, resume: bool) -> dict[str, dict[str, Any]]:
    """The partitions already written by this plan (when resuming); refuses a folder of another run."""
    path = out_dir / SUMMARY
    summary = orjson.loads(path.read_bytes()) if path.exists() else None
    if summary is not None and summary.get("plan") != plan_id:
        raise ConfigError(f"{out_dir} holds the output of other inputs, partitions or settings: "
                          "write into an empty folder")
    if summary is None and any(out_dir.glob("part-*")):
        raise ConfigError(f"{out_dir} holds partitions without a {SUMMARY}: write into an empty folder")
    if not resume or summary is None:
        return {}
    return {k: v for k, v in summary["files"].items() if (out_dir / v["file"]).exists()}


def _remove_temporaries(out_dir: Path) -> None:
    # a worker killed mid-write leaves its temp file; the partition was written again elsewhere
    for tmp in out_dir.glob(".part-*.tmp"):
        tmp.unlink(missing_ok=True)
    for tmp in out_dir.glob(".dead-letter-*.tmp"):
        tmp.unlink(missing_ok=True)


def _summary(done: dict[str, dict[str, Any]], failed: dict[str, str], total: int, plan_id: str,
             seconds: float, startup: float, this_run: list[dict[str, Any]]) -> dict[str, Any]:
    """Counts over every partition written (``inputs == records + error_records``); the rates are this
    run's after the cluster started (a resumed run only processed the partitions it reran)."""
    sums = {key: sum(part[key] for part in done.values()) for key in COUNTS}
    ran = {key: sum(part[key] for part in this_run) for key in ("inputs", "chars")}
    working = seconds - startup
    return {
        "inputs": sums["inputs"],
        "records": sums["records"],
        "error_records": sums["error_records"],
        "documents_with_errors": sums["documents_with_errors"],
        "seconds": round(seconds, 3),
        "startup_seconds": round(startup, 3),
        "docs_per_s": round(ran["inputs"] / working, 3) if working > 0 else 0.0,
        "mb_per_s": round(ran["chars"] / 1e6 / working, 2) if working > 0 else 0.0,
        "partitions": total,
        "complete": len(done) == total and not failed,
        "missing": [i for i in range(total) if str(i) not in done],
        "failed": failed,
        "plan": plan_id,
        "files": dict(sorted(done.items(), key=lambda item: int(item[0]))),
    }


def describe_failure(summary: dict[str, Any]) -> str:
    """What went wrong and how to finish: the partitions to rerun and the first error."""
    missing = summary["missing"]
    first = next(iter(summary["failed"].values()), "not run")
    return (f"{len(missing)} of {summary['partitions']} partitions failed ({first}); partitions to rerun: "
            f"{', '.join(map(str, missing))}. Rerun the same command with --resume (library: resume=True) "
            "to write only those.")


def describe_interruption(out_dir: str | Path) -> str:
    """What an interrupted run leaves in ``out_dir`` (its summary counts the partitions written before the
    interruption) and how to finish."""
    try:
        summary = orjson.loads((Path(out_dir) / SUMMARY).read_bytes())
    except (OSError, orjson.JSONDecodeError):
        return f"interrupted before any partition was written to {out_dir}"
    total, missing = summary["partitions"], len(summary["missing"])
    if not missing:
        return f"interrupted; all {total} partitions are written in {out_dir}"
    return (f"interrupted; {total - missing} of {total} partitions are written in {out_dir}: rerun the same "
            f"command with --resume to write the other {missing}")


def run_command(pipeline: Pipeline, inputs: Sequence[str], output: str, scheduler: str | None,
                partitions: int | None, workers: int, format: str | None, options: dict[str, Any],
                resume: bool, quiet: bool, connect_timeout: float = CONNECT_TIMEOUT) -> int:
    """``textplug run --engine dask``: run, print the summary, return the exit code (see ``framework.cli``)."""
    import click

    from .cli import EXIT_DOC_ERRORS, EXIT_OK, EXIT_STOPPED, summary_line

    _dask()
    if not inputs:
        raise ConfigError("--engine dask needs input files (paths, folders or globs)")
    if output == "-":
        raise ConfigError("--engine dask writes one file per partition: give -o FOLDER")
    pipeline.pm.hook.batch_started(info={"inputs": list(inputs), "workers": workers, "engine": "dask",
                                         "scheduler": scheduler or "local"})
    summary = run(list(inputs), output, pipeline, scheduler, partitions, format, options, resume=resume,
                  workers=workers if workers > 1 else None, connect_timeout=connect_timeout)
    pipeline.pm.hook.batch_finished(stats=summary)
    if not quiet:
        done = summary["partitions"] - len(summary["missing"])
        where = (f"in {done}/{summary['partitions']} partitions under {output} "
                 f"(cluster start {summary['startup_seconds']:.2f} s) ")
        click.echo(summary_line(summary, where), err=True)
    if not summary["complete"]:
        click.echo(f"textplug: error: {describe_failure(summary)}", err=True)
        return EXIT_STOPPED
    whole = RunStats(inputs=summary["inputs"], error_records=summary["error_records"],
                     documents_with_errors=summary["documents_with_errors"])
    try:  # partitions check their own rate once past min_documents_for_rate; the whole run is checked here
        check_error_rate(whole, pipeline.config.max_error_rate, 0, final=True)
    except ErrorRateExceeded as exc:
        click.echo(f"textplug: error: {exc} (The partitions are written under {output}.)", err=True)
        return EXIT_STOPPED
    return EXIT_DOC_ERRORS if summary["error_records"] or summary["documents_with_errors"] else EXIT_OK
