"""Multi-process throughput: 2 workers vs serial on a CPU-bound pipeline (target ≥ 1.7× on 2 cores).

Run on its own (``pytest benchmarks/test_batch.py``): each round processes the news corpus 3 times over.
"""

from __future__ import annotations

import io

import pytest

from framework import Pipeline
from framework.batch import process_many_json
from framework.io import read_jsonl

CPU_PLUGIN = "cpu_plugin:Tokens"


@pytest.fixture(scope="module")
def corpus(news_jsonl: bytes) -> bytes:
    return news_jsonl * 3


def run(corpus: bytes, workers: int) -> int:
    pipe = Pipeline.from_config(entry_points=False, modules=[CPU_PLUGIN])
    n = 0
    for _line in process_many_json(pipe, read_jsonl(io.BytesIO(corpus), "news", {}), workers=workers):
        n += 1
    return n


@pytest.mark.parametrize("workers", [1, 2])
def test_workers(benchmark, corpus: bytes, workers: int) -> None:
    benchmark.extra_info["documents"] = corpus.count(b"\n")
    n = benchmark.pedantic(run, args=(corpus, workers), rounds=3, iterations=1)
    assert n == corpus.count(b"\n")
