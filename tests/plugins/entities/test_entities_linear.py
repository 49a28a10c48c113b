"""The whole plugin (scan, recall pass, linking, coreference) stays linear in the text's length on repetitive
input: one name thousands of times, a thread of tweets whose every line holds a URL (one ignored region each),
lower-case heads with nationality adjectives. Each used to be quadratic: a scan of every ignored region per
start, of every earlier full name per surname, of every mention per lower-case head."""

from __future__ import annotations

from pathlib import Path

import pytest

from framework import Pipeline
from framework.testing import cpu_seconds


@pytest.fixture(scope="module")
def pipeline(default_kb_path: Path) -> Pipeline:
    return Pipeline.from_config(plugins=("tweets", "entities"), settings={"entities": {"kb": str(default_kb_path)}})


@pytest.mark.parametrize("unit", [
    "@user #tag $CASH http://t.co/x ",  # an ignored region (the URL) per unit
    "Jean Dupont, ",  # one full name, repeated: each is coreferent with the one before
    "Jean Dupont et Dupont, ",  # the surname after its full name
    "Thomas De Gendt et De Gendt, ",  # a shorter name that ends a full name
    "l'armée syrienne et le désert irakien ",  # lower-case heads with a nationality adjective
])  # fmt: skip
def test_eight_times_the_text_takes_about_eight_times_as_long(pipeline: Pipeline, unit: str) -> None:
    small, large = unit * 400, unit * 3200
    pipeline.process(small)  # (warm: the KB's pages, the caches)
    t_small = cpu_seconds(pipeline.process, small, samples=2)
    t_large = cpu_seconds(pipeline.process, large, samples=2)
    # linear is 8x; quadratic was 30-60x at these sizes. Generous for a loaded machine.
    assert t_large < 20 * max(t_small, 0.002), (t_small, t_large)
