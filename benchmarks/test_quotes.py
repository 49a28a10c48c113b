"""The quotes plugin on the real news corpus (2,808 fr/en/it Wikinews articles, ~1.9 KB each).

(a) the bare loop (orjson in/out), (b) a plain ``\\w+`` regex pass over each text (the cost floor of any
pass over the characters), (c) marks + attribution called directly, (d) the pipeline source_tags + quotes
end to end. docs/s = corpus size / median. Guard: (d) within its budget of (a), measured in the same run.

Last full run (2 shared cores, load ~3; medians): (a) 0.031 s, (b) 0.209 s, (c) 1.31 s = 2,140 docs/s
(~1,000 4 KB-equivalent docs/s), (d) 2.15 s = 1,300 docs/s, 69x (a). The issue's aim, 5,000 4 KB docs/s per
core, is about the cost of pass (b) alone: not reached.
"""

from __future__ import annotations

import re

import orjson
import pytest
from conftest import bare_loop, budget
from test_core import run_pipeline

from framework import Pipeline
from plugins.quotes.attribution import attribute
from plugins.quotes.marks import find_quotes
from plugins.quotes.plugin import Quotes
from plugins.source_tags import SourceTags

_WORD = re.compile(r"\w+")


@pytest.fixture(scope="module")
def news_docs(news_jsonl: bytes) -> list[dict]:
    return [orjson.loads(line) for line in news_jsonl.splitlines()]


def _regex_pass(docs: list[dict]) -> int:
    return sum(len(_WORD.findall(d["text"])) for d in docs)


def _quotes_direct(docs: list[dict]) -> int:
    return sum(len(attribute(d["text"], find_quotes(d["text"]), d.get("lang"))) for d in docs)


@pytest.mark.guard
def test_quotes_bare_loop(benchmark, news_jsonl: bytes) -> None:
    assert benchmark(bare_loop, news_jsonl) > 0


def test_quotes_regex_pass(benchmark, news_docs: list[dict]) -> None:
    assert benchmark(_regex_pass, news_docs) > 0
    benchmark.extra_info["docs"] = len(news_docs)


def test_quotes_direct(benchmark, news_docs: list[dict]) -> None:
    _quotes_direct(news_docs[:5])  # lexicons compiled outside the measurement
    assert benchmark(_quotes_direct, news_docs) > 0
    benchmark.extra_info["docs"] = len(news_docs)


@pytest.mark.guard
def test_quotes_pipeline(benchmark, news_jsonl: bytes) -> None:
    pipe = Pipeline.from_config(entry_points=False, register=[SourceTags, Quotes])
    run_pipeline(pipe, news_jsonl.split(b"\n", 5)[0] + b"\n")
    # measured 24-34x quick, 57-121x full (noisy; last full run 69x by median)
    budget(benchmark, 150.0, baseline="test_quotes_bare_loop")
    assert benchmark(run_pipeline, pipe, news_jsonl) > 0
