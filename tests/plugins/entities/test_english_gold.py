"""English mention detection against the hand-annotated dev gold (data/english_dev_gold.tsv): exact-span
P/R per type on the 12 tuning articles and on the 8 articles kept unseen, with floors a little under the
figures measured when the English rules were written (docs/entities-english.md)."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import orjson
import pytest

from plugins.entities.evaluate import score_mentions

GOLD = Path(__file__).parent / "data" / "english_dev_gold.tsv"
LABELS = {"PER": "Person", "ORG": "Organization", "LOC": "Location"}

# (split, type) -> (precision floor, recall floor)
# measured (P/R of PER, ORG, LOC, all): tune .950/.934 .897/.814 .911/.889 .921/.886;
# test .870/.923 .867/.703 .908/.881 .888/.862 (ORG P .839 after the French pass that reads short capitals
# as acronyms: the false positive BOL went from LOC to ORG)
FLOORS = {
    ("tune", "PER"): (0.93, 0.91), ("tune", "ORG"): (0.87, 0.79), ("tune", "LOC"): (0.89, 0.87),
    ("tune", "all"): (0.90, 0.87),
    ("test", "PER"): (0.85, 0.90), ("test", "ORG"): (0.83, 0.68), ("test", "LOC"): (0.88, 0.86),
    ("test", "all"): (0.87, 0.84),
}


def load_gold(news: Path, gold_file: Path = GOLD) -> dict[str, list[dict]]:
    """split -> rows ``{"text", "entities"}`` in WiNER's shape; checks each line's surface against the text."""
    texts = {}
    wanted = {line.split("\t", 1)[0] for line in gold_file.read_text(encoding="utf-8").splitlines()
              if line and not line.startswith("#")}
    with open(news, "rb") as f:
        for line in f:
            row = orjson.loads(line)
            if row["id"] in wanted:
                texts[row["id"]] = row["text"]
    rows: dict[str, dict] = {}
    split_of: dict[str, str] = {}
    ents: dict[str, list[dict]] = defaultdict(list)
    for line in gold_file.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        rid, start, end, typ, surface, split = line.split("\t")
        s, e = int(start), int(end)
        assert texts[rid][s:e] == surface, (rid, s, e, surface)
        ents[rid].append({"start": s, "end": e, "label": LABELS[typ]})
        split_of[rid] = split
    out: dict[str, list[dict]] = defaultdict(list)
    for rid, text in texts.items():
        rows[rid] = {"text": text, "entities": ents[rid]}
        out[split_of[rid]].append(rows[rid])
    return out


@pytest.fixture(scope="module")
def gold(shared_data: Path) -> dict[str, list[dict]]:
    return load_gold(shared_data / "news" / "news.jsonl")


@pytest.fixture(scope="module")
def predict(entity_spans):
    return entity_spans


def test_gold_shape(gold):
    assert len(gold["tune"]) == 12 and len(gold["test"]) == 8
    assert sum(len(r["entities"]) for rows in gold.values() for r in rows) == 388


@pytest.mark.parametrize("split", ["tune", "test"])
@pytest.mark.parametrize("lang", [None, "en"])
def test_english_precision_and_recall(gold, predict, split, lang):
    """Floors per type; the same with doc.lang set (the language plugin) and without it (word count)."""
    res = score_mentions(gold[split], lambda t: predict(t, lang))
    print(split, lang, {k: (v["p"], v["r"]) for k, v in res.items()})
    for typ in ("PER", "ORG", "LOC", "all"):
        p_min, r_min = FLOORS[(split, typ)]
        assert res[typ]["p"] >= p_min and res[typ]["r"] >= r_min, (typ, res[typ])
