"""Core overhead on the real news corpus: (a) bare loop, (b) pipeline with six no-op phases, (c) + source_tags.

Targets (issue 2): (b) ≤ 1.5 × (a) in the same run; (c) adds ≤ 5 µs per document over (b).
"""

from __future__ import annotations

import io

import pytest
from conftest import bare_loop, budget

from framework import Pipeline, hookimpl
from framework.batch import process_many_json
from framework.io import read_jsonl


class NoOp:
    """One no-op implementation per phase."""

    name = "noop"

    @hookimpl
    def prepare_document(self, doc): pass

    @hookimpl
    def detect_language(self, doc): pass

    @hookimpl
    def segment_document(self, doc): pass

    @hookimpl
    def annotate_document(self, doc): pass

    @hookimpl
    def link_entities(self, doc): pass

    @hookimpl
    def finalize_document(self, doc): pass


def run_pipeline(pipe: Pipeline, data: bytes) -> int:
    """The real path of ``textplug run``: reader → pipeline → JSON lines → writer."""
    out = io.BytesIO()
    for line in process_many_json(pipe, read_jsonl(io.BytesIO(data), "news.jsonl", {})):
        out.write(line)
    return out.tell()


@pytest.mark.guard
def test_bare_loop(benchmark, news_jsonl: bytes) -> None:
    assert benchmark(bare_loop, news_jsonl) > 0


@pytest.mark.guard
def test_pipeline_noop_phases(benchmark, news_jsonl: bytes) -> None:
    pipe = Pipeline.from_config(entry_points=False, register=[NoOp])
    budget(benchmark, 1.5)
    assert benchmark(run_pipeline, pipe, news_jsonl) > 0


@pytest.mark.guard
def test_pipeline_noop_and_source_tags(benchmark, news_jsonl: bytes) -> None:
    pipe = Pipeline.from_config(plugins="source_tags", register=[NoOp])
    # 5 µs per document is about 0.3 × the no-op pipeline's time per news article (≈ 15 µs here).
    budget(benchmark, 1.3, baseline="test_pipeline_noop_phases")
    benchmark.extra_info["documents"] = news_jsonl.count(b"\n")
    assert benchmark(run_pipeline, pipe, news_jsonl) > 0
