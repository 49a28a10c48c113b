"""The seed article: every quote of gold.json reproduced exactly (spans, parts, types, speakers, cues,
channels), indirect speech included, through the real pipeline (source_tags + quotes)."""

from __future__ import annotations

import json

import pytest

from framework.testing import assert_no_errors, make_record
from plugins.quotes.evaluate import score
from plugins.quotes.plugin import Quotes
from plugins.source_tags import SourceTags


@pytest.fixture(scope="module")
def seed(shared_data):
    gold = json.loads((shared_data / "seed" / "gold.json").read_text(encoding="utf-8"))
    text = (shared_data / "seed" / "article.txt").read_text(encoding="utf-8")
    record = make_record({"id": gold["id"], "text": text}, SourceTags, Quotes, on_error="raise")
    assert_no_errors(record)
    return gold, record


def _by_start(record):
    return {q["start"]: q for q in record["layers"]["quote"]}


def _strip(sp):
    return None if sp is None else {k: sp[k] for k in ("start", "end", "text")}


def test_seed_marked_quotes_exact(seed):
    gold, record = seed
    got = _by_start(record)
    for g in gold["quotes"]:
        q = got.get(g["start"])
        assert q is not None, f"{g['id']} not found at {g['start']}"
        assert (q["end"], q["type"], q["parts"]) == (g["end"], g["type"], g["parts"]), g["id"]
        assert _strip(q["speaker"]) == _strip(g["speaker"]), g["id"]
        assert q["cue"] == g["cue"], g["id"]
        assert q["channel"] == g["channel"], g["id"]
    # the mismatched « … ” continuation is flagged on the merged quote
    assert got[3038].get("mark_mismatch") is True


def test_seed_indirect_speech(seed):
    gold, record = seed
    indirect = [q for q in record["layers"]["quote"] if q["type"] == "indirect"]
    assert len(indirect) == len(gold["indirect"])
    for g, q in zip(gold["indirect"], indirect, strict=True):
        assert _strip(q["speaker"]) == _strip(g["speaker"]), g["id"]
        assert q["cue"] == g["cue"], g["id"]
        assert q["channel"] == g["channel"], g["id"]
        if "content_start" in g:
            assert q["start"] == g["content_start"], g["id"]


def test_seed_score_printed(seed, capsys):
    gold, record = seed
    system = record["layers"]["quote"]
    marked = score(gold["quotes"], [q for q in system if q["type"] != "indirect"], threshold=0.8)
    # indirect gold has no end offset: a system indirect quote matches by its cue
    cues = {q["cue"]["start"]: q for q in system if q["type"] == "indirect"}
    found = [g for g in gold["indirect"] if g["cue"]["start"] in cues]
    speakers = [g for g in found if _strip(cues[g["cue"]["start"]]["speaker"]) == _strip(g["speaker"])]
    with capsys.disabled():
        print(f"\nseed marked quotes (overlap >= 0.8): {marked}")
        print(f"seed indirect: gold {len(gold['indirect'])}, system {len(cues)}, found {len(found)}, "
              f"speaker exact {len(speakers)}")
    assert marked["precision"] == marked["recall"] == marked["type_accuracy"] == marked["speaker_accuracy"] == 1.0
    assert len(found) == len(speakers) == len(cues) == len(gold["indirect"])
