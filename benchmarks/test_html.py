"""Speed of the `html` reader on the real Global Voices pages (gv_1..gv_15, 122-151 KB, 135 KB on average).

Baseline, measured in the same run: lxml's bare parse of the same bytes (`etree.fromstring` with a default
`HTMLParser`), the floor any lxml-based extractor stands on. The issue's target is >= 200 pages/s per core
for 130 KB pages where lxml parses one in about 2-3 ms, i.e. about 2 x the bare parse. The guard budgets
(ratios of minimum round times) sit well above what full runs measure (about 1.4-2.2 x) because a shared
machine's load moves between one benchmark and the next: they catch real regressions only. Quick mode runs
3 pages in 40 fixed rounds per benchmark (a few seconds in all).

    pytest benchmarks/test_html.py --benchmark-timer=time.process_time --benchmark-columns=median,min,rounds
    TEXTPLUG_BENCH_QUICK=1 pytest benchmarks/test_html.py -m guard --benchmark-json=b.json
    python benchmarks/guard.py b.json

"Per core" is CPU time (`--benchmark-timer=time.process_time`): on a shared machine wall time also counts the
other processes' turns. `extra_info` of each benchmark carries `pages_per_s` and `ms_per_page` (medians).
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from conftest import QUICK, budget
from lxml import etree

from framework import Pipeline
from framework.batch import process_many_json
from plugins.html.parse import parse_html
from plugins.html.plugin import Html, html_to_document

PAGES = range(1, 4) if QUICK else range(1, 16)
# quick mode: many short rounds, so that the minimum (what the guard compares) finds the machine's quiet moments
QUICK_ROUNDS = 40


def measure(benchmark, function, *args):
    """benchmark(function, *args); in quick mode a fixed number of short rounds."""
    if QUICK:
        return benchmark.pedantic(function, args=args, rounds=QUICK_ROUNDS, warmup_rounds=2)
    return benchmark(function, *args)


@pytest.fixture(scope="module")
def pages(shared_data: Path) -> list[bytes]:
    return [(shared_data / "html" / f"gv_{i}.html").read_bytes() for i in PAGES]


def _pages_per_s(benchmark, n: int) -> None:
    median = benchmark.stats.stats.median
    benchmark.extra_info["pages_per_s"] = round(n / median, 1)
    benchmark.extra_info["ms_per_page"] = round(median / n * 1000, 3)


def lxml_bare(pages: list[bytes]) -> int:
    parser = etree.HTMLParser()
    return sum(len(etree.fromstring(page, parser)) for page in pages)


@pytest.mark.guard
def test_html_lxml_bare_parse(benchmark, pages: list[bytes]) -> None:
    assert measure(benchmark, lxml_bare, pages) > 0
    _pages_per_s(benchmark, len(pages))


@pytest.mark.guard
def test_html_safe_parse(benchmark, pages: list[bytes]) -> None:
    """Our parse: encoding detection, prolog removal, limits; should cost little over the bare parse."""
    budget(benchmark, 1.6, baseline="test_html_lxml_bare_parse")
    assert measure(benchmark, lambda: [parse_html(page) for page in pages])
    _pages_per_s(benchmark, len(pages))


@pytest.mark.guard
def test_html_to_document(benchmark, pages: list[bytes]) -> None:
    """Page bytes -> input document: parse, article, metadata, paragraph layer, embedded tweets."""
    budget(benchmark, 3.0, baseline="test_html_lxml_bare_parse")
    docs = measure(benchmark, lambda: [html_to_document(page, "p") for page in pages])
    assert all(doc["text"] for doc in docs)
    _pages_per_s(benchmark, len(pages))


def run_reader(pipe: Pipeline, pages: list[bytes]) -> int:
    """The path of `textplug run pages/`: the html reader, the pipeline (all built-ins), JSON lines out."""
    reader = pipe.formats.reader_for("x.html").handler

    def documents():
        for i, page in enumerate(pages):
            yield from reader(io.BytesIO(page), f"gv_{i}.html", {})

    return sum(len(line) for line in process_many_json(pipe, documents()))


@pytest.mark.guard
def test_html_reader_through_pipeline(benchmark, pages: list[bytes]) -> None:
    pipe = Pipeline.from_config(entry_points=False, register=[Html])
    budget(benchmark, 3.2, baseline="test_html_lxml_bare_parse")
    assert measure(benchmark, run_reader, pipe, pages) > 0
    _pages_per_s(benchmark, len(pages))


def test_trafilatura_extract(benchmark, pages: list[bytes]) -> None:
    """For comparison only (not guarded): trafilatura's text extraction of the same pages."""
    trafilatura = pytest.importorskip("trafilatura")
    assert benchmark(lambda: [trafilatura.extract(page) for page in pages])
    _pages_per_s(benchmark, len(pages))
