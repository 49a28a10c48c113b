"""Entities, per-language rules (plugins/entities/languages.py): their cost on Italian news beside the same
pass with no language (what main gives non-English text), and P/R on the hand-annotated Italian dev gold,
language off and on.

Run: ``pytest benchmarks/test_entities_languages.py --benchmark-only -s``.
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

TESTS = Path(__file__).resolve().parents[1] / "tests" / "plugins" / "entities"
sys.path.insert(0, str(TESTS))
from test_english_gold import load_gold  # noqa: E402  (the gold reader the tests use)


def _layer(matcher: Matcher, guesser: Guesser, linker: Linker, text: str, lang: str | None) -> list[dict]:
    mentions, norm = matcher.scan(text, (), False, lang)
    mentions = guesser.refine(mentions, text, norm, False)
    return [{"start": li.mention.start, "end": li.mention.end, "type": li.type or "MISC"}
            for li in linker.link(mentions, text, norm)]


@pytest.mark.guard
def test_language_rules_cost(benchmark, kb_path: Path, shared_data: Path) -> None:
    """Scan + recall pass + linking on the Italian news rows, lang "it" vs no language, taking turns."""
    kb = KB(kb_path)
    matcher, linker = Matcher(kb), Linker()
    guesser = Guesser(kb, matcher)
    lines = (shared_data / "news" / "news.jsonl").read_bytes().splitlines()
    texts = [row["text"] for row in map(orjson.loads, lines) if row.get("lang") == "it"]  # 592 rows
    if QUICK:
        texts = texts[:150]
    for t in texts[:50]:  # warm the memos and the word lists
        _layer(matcher, guesser, linker, t, "it")

    def run(lang: str | None):
        def go() -> None:
            for t in texts:
                _layer(matcher, guesser, linker, t, lang)
        return go

    ratios = interleaved_ratios(benchmark, {"off": run(None), "on": run("it")},
                                {"languages_vs_off": ("on", "off", 1.3)}, rounds=3 if QUICK else 7)
    sec = benchmark.extra_info["median_seconds"]
    print(f"\nLanguage rules: {len(texts)} Italian docs; off {sec['off'] / len(texts) * 1e6:.0f} us/doc, "
          f"on {sec['on'] / len(texts) * 1e6:.0f} us/doc; ratio on/off {ratios['languages_vs_off']:.3f}")


def test_quality_italian_dev_gold(benchmark, kb_path: Path, shared_data: Path) -> None:
    """Exact-span P/R per type on the Italian dev gold (tune and unseen test articles), no language and it."""
    gold = load_gold(shared_data / "news" / "news.jsonl", TESTS / "data" / "italian_dev_gold.tsv")
    kb = KB(kb_path)
    matcher, linker = Matcher(kb), Linker()
    guesser = Guesser(kb, matcher)

    def measure() -> dict:
        return {f"{split} {lang or 'off'}": score_mentions(
            rows, lambda text, lang=lang: _layer(matcher, guesser, linker, text, lang))
            for split, rows in sorted(gold.items()) for lang in (None, "it")}

    scores = benchmark.pedantic(measure, rounds=1, iterations=1)
    benchmark.extra_info.update(scores)
    print()
    for key, s in scores.items():
        print(f"  {key:9} " + "  ".join(f"{t} P {s[t]['p']:.3f} R {s[t]['r']:.3f}"
                                        for t in ("PER", "ORG", "LOC", "all")))
    for split in ("tune", "test"):
        assert scores[f"{split} it"]["all"]["f1"] > scores[f"{split} off"]["all"]["f1"]
