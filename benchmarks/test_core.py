"""Core overhead on the news corpus: (a) bare loop, (b) one no-op plugin per phase (six), (c) + source_tags.

Targets (issue 2): (b) ≤ 1.5 × (a) in the same run; (c) adds ≤ 5 µs per document over (b).
"""

from __future__ import annotations

import io

import pytest
from conftest import QUICK, bare_loop, interleaved_ratios

from framework import Pipeline, hookimpl
from framework.batch import process_many_json
from framework.hookspecs import PHASES
from framework.io import read_jsonl


def _no_op_plugin(phase: str) -> type:
    """A plugin that implements one phase and does nothing in it."""

    def hook(self, doc): pass

    hook.__name__ = phase
    return type(f"NoOp_{phase}", (), {"name": f"noop-{phase}", phase: hookimpl(hook)})


# one no-op plugin per phase, as the issue defines (b)
NO_OPS = [_no_op_plugin(phase) for phase in PHASES]


def run_pipeline(pipe: Pipeline, data: bytes) -> int:
    """The real path of ``textplug run``: reader → pipeline → JSON lines → writer."""
    out = io.BytesIO()
    for line in process_many_json(pipe, read_jsonl(io.BytesIO(data), "news.jsonl", {})):
        out.write(line)
    return out.tell()


@pytest.mark.guard
def test_bare_loop(benchmark, news_jsonl: bytes) -> None:
    assert benchmark(bare_loop, news_jsonl) > 0


def test_pipeline_noop_phases(benchmark, news_jsonl: bytes) -> None:
    pipe = Pipeline.from_config(entry_points=False, register=NO_OPS)
    assert benchmark(run_pipeline, pipe, news_jsonl) > 0


def test_pipeline_noop_and_source_tags(benchmark, news_jsonl: bytes) -> None:
    pipe = Pipeline.from_config(plugins="source_tags", register=NO_OPS)
    benchmark.extra_info["documents"] = news_jsonl.count(b"\n")
    assert benchmark(run_pipeline, pipe, news_jsonl) > 0


@pytest.mark.guard
def test_core_overhead_interleaved(benchmark, news_jsonl: bytes) -> None:
    """The issue's figures as ratios measured with the three loops taking turns: (b)/(a) (target 1.5) and
    source_tags over (b) (target: <= 5 us a document, about 0.3 x the no-op pipeline's ~18 us per article)."""
    noop = Pipeline.from_config(entry_points=False, register=NO_OPS)
    tags = Pipeline.from_config(plugins="source_tags", register=NO_OPS)
    ratios = interleaved_ratios(
        benchmark,
        {"bare": lambda: bare_loop(news_jsonl), "noop": lambda: run_pipeline(noop, news_jsonl),
         "source_tags": lambda: run_pipeline(tags, news_jsonl)},
        # the target for (b)/(a) is 1.5: measured 1.43-1.48 here (quick mode ~1.3); the budget is a
        # regression limit with room for a loaded CI machine, not the target (see the issue note)
        {"noop_vs_bare": ("noop", "bare", 1.65), "source_tags_vs_noop": ("source_tags", "noop", 1.3)},
        rounds=25 if QUICK else 40,
    )
    documents = news_jsonl.count(b"\n")
    seconds = benchmark.extra_info["median_seconds"]
    benchmark.extra_info["us_per_doc"] = {name: round(value / documents * 1e6, 2) for name, value in seconds.items()}
    assert ratios["noop_vs_bare"] > 0
