"""Italian mention detection against the hand-annotated dev gold (data/italian_dev_gold.tsv): exact-span P/R
on the 6 tuning articles and the 4 kept unseen, with doc.lang "it" (the rules of languages.py) above the
reading without a language (main's reading of Italian text), and floors a little under the measured figures
(docs/entities-languages.md)."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_english_gold import load_gold  # same folder (pytest puts it on sys.path)

from plugins.entities.evaluate import score_mentions

GOLD = Path(__file__).parent / "data" / "italian_dev_gold.tsv"

# measured (P/R all types): tune .863/.830 (no language: .737/.792); test .817/.754 (no language: .726/.692)
FLOORS = {"tune": (0.84, 0.81), "test": (0.80, 0.73)}


@pytest.fixture(scope="module")
def gold(shared_data: Path) -> dict[str, list[dict]]:
    return load_gold(shared_data / "news" / "news.jsonl", GOLD)


@pytest.fixture(scope="module")
def predict(entity_spans):
    return entity_spans


def test_gold_shape(gold):
    assert len(gold["tune"]) == 6 and len(gold["test"]) == 4
    assert sum(len(r["entities"]) for rows in gold.values() for r in rows) == 118


@pytest.mark.parametrize("split", ["tune", "test"])
def test_italian_precision_and_recall(gold, predict, split):
    res = score_mentions(gold[split], lambda t: predict(t, "it"))
    base = score_mentions(gold[split], lambda t: predict(t, None))
    print(split, {k: (v["p"], v["r"]) for k, v in res.items()})
    p_min, r_min = FLOORS[split]
    assert res["all"]["p"] >= p_min and res["all"]["r"] >= r_min, res["all"]
    assert res["all"]["p"] > base["all"]["p"] and res["all"]["r"] >= base["all"]["r"]
