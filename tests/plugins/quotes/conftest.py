"""Checks shared by the quotes speaker tests: spans in bounds on random text, and the cost of long runs."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from framework.testing import cpu_seconds
from plugins.quotes.attribution import attribute
from plugins.quotes.marks import find_quotes


def _in_bounds(text: str) -> None:
    for lang in ("fr", "en"):
        for q in attribute(text, find_quotes(text), lang):
            assert 0 <= q["start"] <= q["end"] <= len(text)
            sp = q["speaker"]
            if sp is not None:
                assert 0 <= sp["start"] <= sp["end"] <= len(text)
                assert text[sp["start"] : sp["end"]] == sp["text"]


def _linear(unit: str, lang: str, small: int, big: int) -> None:
    def cost(n: int) -> float:
        text = unit * n
        return cpu_seconds(lambda: attribute(text, find_quotes(text), lang))

    cost(10)  # warm-up: lazy lexicons out of the timing
    # the best of three runs of each size, taking turns: one run on a shared machine can take a burst of load
    runs = [(cost(small), cost(big)) for _ in range(3)]
    t_small, t_big = min(r[0] for r in runs), min(r[1] for r in runs)
    assert t_big < (big / small) * 3 * max(t_small, 1e-3), (t_small, t_big)  # 4x the input: ~4x the time, not 16x


@pytest.fixture(scope="session")
def assert_quotes_in_bounds() -> Callable[[str], None]:
    """Every quote and speaker span of ``text`` (fr and en) lies in bounds; a speaker's text is its span."""
    return _in_bounds


@pytest.fixture(scope="session")
def assert_linear_attribution() -> Callable[[str, str, int, int], None]:
    """``unit`` repeated ``big`` times costs at most three times the proportional share of ``small`` times."""
    return _linear
