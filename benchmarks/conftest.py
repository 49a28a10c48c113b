"""Shared benchmark inputs: the real news corpus from ../shared/data (quick mode: its first lines).

``TEXTPLUG_BENCH_QUICK=1`` (used by ``.ci/run`` with ``benchmarks/guard.py``) cuts the corpus so the guard
runs in seconds; ratios to the bare loop measured in the same run are what the guard checks.
"""

from __future__ import annotations

import io
import os
from pathlib import Path

import orjson
import pytest

SHARED_DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
QUICK = os.environ.get("TEXTPLUG_BENCH_QUICK") == "1"


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "guard: benchmark checked by benchmarks/guard.py against a budget")


@pytest.fixture(scope="session")
def shared_data() -> Path:
    if not SHARED_DATA.is_dir():
        pytest.skip("shared data not found at ../shared/data")
    return SHARED_DATA


@pytest.fixture(scope="session")
def news_jsonl(shared_data: Path) -> bytes:
    """The news corpus as JSON lines (2,808 articles; 500 in quick mode)."""
    lines = (shared_data / "news" / "news.jsonl").read_bytes().splitlines(keepends=True)
    return b"".join(lines[:500] if QUICK else lines)


def bare_loop(data: bytes) -> int:
    """The floor every pipeline is measured against: read JSON lines, orjson loads, orjson dumps, write."""
    out = io.BytesIO()
    for line in io.BytesIO(data):
        out.write(orjson.dumps(orjson.loads(line), option=orjson.OPT_APPEND_NEWLINE))
    return out.tell()


def budget(benchmark, budget: float, baseline: str = "test_bare_loop") -> None:
    """Declare that this benchmark's median may be at most ``budget`` × the baseline's median."""
    benchmark.extra_info.update(baseline=baseline, budget=budget)
