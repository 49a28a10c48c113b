"""Entities, English rules (plugins/entities/english.py): their cost on English news beside the same pass with
the English lists off, and P/R per type on the hand-annotated English dev gold, English rules off and on.

Run: ``pytest benchmarks/test_entities_english.py --benchmark-only -s``.
"""

from __future__ import annotations

import sys
from pathlib import Path

import orjson
import pytest
from conftest import QUICK, interleaved_ratios

from plugins.entities.evaluate import score_mentions
from plugins.entities.guess import Guesser
from plugins.entities.kb import KB
from plugins.entities.link import Linker
from plugins.entities.match import Matcher

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "plugins" / "entities"))
from test_english_gold import load_gold  # noqa: E402  (the gold reader the tests use)


def _layer(matcher: Matcher, guesser: Guesser, linker: Linker, text: str, en: bool) -> list[dict]:
    mentions, norm = matcher.scan(text, (), en)
    mentions = guesser.refine(mentions, text, norm, en)
    return [{"start": li.mention.start, "end": li.mention.end, "type": li.type or "MISC"}
            for li in linker.link(mentions, text, norm)]


@pytest.mark.guard
def test_english_rules_cost(benchmark, kb_path: Path, shared_data: Path) -> None:
    """Scan + recall pass + linking on the English news rows, English lists on vs off, taking turns."""
    kb = KB(kb_path)
    matcher, linker = Matcher(kb), Linker()
    guesser = Guesser(kb, matcher)
    lines = (shared_data / "news" / "news.jsonl").read_bytes().splitlines()
    texts = [row["text"] for row in map(orjson.loads, lines) if row.get("lang") == "en"]  # 853 rows
    if QUICK:
        texts = texts[:150]
    for t in texts[:50]:  # warm the memos and the word lists
        _layer(matcher, guesser, linker, t, True)

    def run(en: bool):
        def go() -> None:
            for t in texts:
                _layer(matcher, guesser, linker, t, en)
        return go

    ratios = interleaved_ratios(benchmark, {"off": run(False), "on": run(True)},
                                {"english_vs_off": ("on", "off", 1.3)}, rounds=3 if QUICK else 7)
    sec = benchmark.extra_info["median_seconds"]
    print(f"\nEnglish rules: {len(texts)} English docs; off {sec['off'] / len(texts) * 1e6:.0f} us/doc, "
          f"on {sec['on'] / len(texts) * 1e6:.0f} us/doc; ratio on/off {ratios['english_vs_off']:.3f}")


def test_quality_english_dev_gold(benchmark, kb_path: Path, shared_data: Path) -> None:
    """Exact-span P/R per type on the English dev gold (tune and unseen test articles), English lists off
    (what French-tuned rules give) and on."""
    gold = load_gold(shared_data / "news" / "news.jsonl")
    kb = KB(kb_path)
    matcher, linker = Matcher(kb), Linker()
    guesser = Guesser(kb, matcher)

    def measure() -> dict:
        return {f"{split} {'on' if en else 'off'}": score_mentions(
            rows, lambda text, en=en: _layer(matcher, guesser, linker, text, en))
            for split, rows in sorted(gold.items()) for en in (False, True)}

    scores = benchmark.pedantic(measure, rounds=1, iterations=1)
    benchmark.extra_info.update(scores)
    print()
    for key, s in scores.items():
        print(f"  {key:9} " + "  ".join(f"{t} P {s[t]['p']:.3f} R {s[t]['r']:.3f}"
                                        for t in ("PER", "ORG", "LOC", "all")))
    for split in ("tune", "test"):
        assert scores[f"{split} on"]["all"]["f1"] > scores[f"{split} off"]["all"]["f1"]
