"""Dask LocalCluster (2 worker processes) against the built-in 2-process pool, on the same input file and the
same CPU-bound pipeline, each writing its output to disk (target: Dask ≥ 80 % of the pool's docs/s).

Run on its own: ``pytest benchmarks/test_dask.py -s``. The corpus is the news corpus 8 times over (22,464
documents; quick mode: 1,000). The cluster starts once, outside the timed rounds, as a real cluster would
already be running; its start-up time is measured and printed. The pool's rounds include starting its
worker processes (it starts them on every run).
"""

from __future__ import annotations

import itertools
import time
from pathlib import Path

import pytest
from conftest import QUICK, budget

from framework import Pipeline
from framework.batch import process_many_json
from framework.io import AtomicOutput, iter_inputs

distributed = pytest.importorskip("distributed")

CPU_PLUGIN = "cpu_plugin:Tokens"
COPIES = 2 if QUICK else 8
_counter = itertools.count()


@pytest.fixture(scope="module")
def corpus(news_jsonl: bytes, tmp_path_factory: pytest.TempPathFactory) -> tuple[str, int]:
    path = tmp_path_factory.mktemp("dask-bench") / "news.jsonl"
    path.write_bytes(news_jsonl * COPIES)
    return str(path), news_jsonl.count(b"\n") * COPIES


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline.from_config(entry_points=False, modules=[CPU_PLUGIN])


@pytest.fixture(scope="module")
def client():
    started = time.perf_counter()
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)
    client = distributed.Client(cluster)
    client.wait_for_workers(2)
    startup = time.perf_counter() - started
    print(f"\nDask LocalCluster (2 workers) start-up: {startup:.2f} s")
    client.startup = startup
    yield client
    client.close()
    cluster.close()


def run_pool(pipeline: Pipeline, path: str, out: Path) -> int:
    n = 0
    with AtomicOutput(str(out / "out.jsonl")) as stream:
        for line in process_many_json(pipeline, iter_inputs([path], pipeline.formats), workers=2):
            stream.write(line)
            n += 1
    return n


def run_dask(pipeline: Pipeline, path: str, out: Path, client) -> int:
    from framework import dask_engine

    summary = dask_engine.run([path], out, pipeline, client, partitions=16)
    assert summary["complete"]
    return summary["inputs"]


def fresh(tmp_path: Path) -> Path:
    folder = tmp_path / f"round-{next(_counter)}"
    folder.mkdir()
    return folder


def test_pool(benchmark, pipeline: Pipeline, corpus: tuple[str, int], tmp_path: Path) -> None:
    path, documents = corpus
    benchmark.extra_info["documents"] = documents
    n = benchmark.pedantic(run_pool, setup=lambda: ((pipeline, path, fresh(tmp_path)), {}), rounds=3)
    assert n == documents
    print(f"\npool (2 processes): {documents / benchmark.stats.stats.median:.0f} docs/s (median)")


def test_dask(benchmark, pipeline: Pipeline, corpus: tuple[str, int], client, tmp_path: Path) -> None:
    path, documents = corpus
    run_dask(pipeline, path, fresh(tmp_path), client)  # warm-up: workers import and build the pipeline
    benchmark.extra_info.update(documents=documents, startup_seconds=round(client.startup, 2))
    budget(benchmark, 1.25, baseline="test_pool")  # ≥ 80 % of the pool's throughput
    n = benchmark.pedantic(run_dask, setup=lambda: ((pipeline, path, fresh(tmp_path), client), {}), rounds=3)
    assert n == documents
    print(f"\nDask LocalCluster (2 workers): {documents / benchmark.stats.stats.median:.0f} docs/s (median)")
