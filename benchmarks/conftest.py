"""Shared benchmark inputs: the real news corpus from ../shared/data (quick mode: its first lines).

``TEXTPLUG_BENCH_QUICK=1`` (used by ``.ci/run`` with ``benchmarks/guard.py``) cuts the corpus so the guard
runs in seconds; ratios to the bare loop measured in the same run are what the guard checks.
"""

from __future__ import annotations

import io
import os
import statistics
import time
from collections.abc import Callable
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


@pytest.fixture(scope="session")
def kb_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The default entities KB, built once per run into a temporary cache folder (unless one is set)."""
    from plugins.entities.default import ensure_default_kb

    os.environ.setdefault("TEXTPLUG_CACHE_DIR", str(tmp_path_factory.getbasetemp() / "textplug-cache"))
    return ensure_default_kb()


def bare_loop(data: bytes) -> int:
    """The floor every pipeline is measured against: read JSON lines, orjson loads, orjson dumps, write."""
    out = io.BytesIO()
    for line in io.BytesIO(data):
        out.write(orjson.dumps(orjson.loads(line), option=orjson.OPT_APPEND_NEWLINE))
    return out.tell()


def budget(benchmark, budget: float, baseline: str = "test_bare_loop") -> None:
    """Declare that this benchmark's median may be at most ``budget`` × the baseline's median."""
    benchmark.extra_info.update(baseline=baseline, budget=budget)


def interleaved_ratios(benchmark, functions: dict[str, Callable[[], object]],
                       budgets: dict[str, tuple[str, str, float]], rounds: int) -> dict[str, float]:
    """Time ``functions`` taking turns inside every round (CPU time), so a burst of load on a shared machine
    hits all of them alike, and declare each ratio ``{name: (numerator, denominator, budget)}`` for the
    guard: the median over rounds of the per-round ratio, far steadier than ratios of separate benchmarks."""

    def measure() -> dict[str, list[float]]:
        times: dict[str, list[float]] = {name: [] for name in functions}
        for _ in range(rounds):
            for name, function in functions.items():
                start = time.process_time()
                function()
                times[name].append(time.process_time() - start)
        return times

    times = benchmark.pedantic(measure, rounds=1, iterations=1)
    ratios = {
        name: statistics.median(a / b for a, b in zip(times[top], times[bottom], strict=True))
        for name, (top, bottom, _) in budgets.items()
    }
    benchmark.extra_info["ratios"] = {name: [ratios[name], budgets[name][2]] for name in budgets}
    benchmark.extra_info["median_seconds"] = {name: statistics.median(values) for name, values in times.items()}
    return ratios
