"""Entities, language rules (plugins/entities/english.py and languages.py): their cost on English and on
Italian news beside the same pass with no language (the French-tuned rules alone), and P/R per type on the
hand-annotated English and Italian dev gold (tests/plugins/entities/data/), language off and on.

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
from plugins.entities.lang_rules import rules_for
from plugins.entities.link import Linker
from plugins.entities.match import Matcher

TESTS = Path(__file__).resolve().parents[1] / "tests" / "plugins" / "entities"
sys.path.insert(0, str(TESTS))
from test_english_gold import load_gold  # noqa: E402  (the gold reader the tests use)

GOLD = {"en": TESTS / "data" / "english_dev_gold.tsv", "it": TESTS / "data" / "italian_dev_gold.tsv"}
NAME = {"en": "English", "it": "Italian"}


def _layer(matcher: Matcher, guesser: Guesser, linker: Linker, text: str, lang: str | None) -> list[dict]:
    """The entity layer as the plugin makes it for a document of language ``lang`` (None: no language)."""
    rules = rules_for(lang)
    mentions, norm = matcher.scan(text, (), rules)
    mentions = guesser.refine(mentions, text, norm, rules)
    return [{"start": li.mention.start, "end": li.mention.end, "type": li.type or "MISC"}
            for li in linker.link(mentions, text, norm)]


def _parts(kb_path: Path) -> tuple[Matcher, Guesser, Linker]:
    kb = KB(kb_path)
    matcher = Matcher(kb)
    return matcher, Guesser(kb, matcher), Linker()


@pytest.mark.guard
@pytest.mark.parametrize("lang, ratio", [("en", "english_vs_off"), ("it", "languages_vs_off")])
def test_language_rules_cost(benchmark, kb_path: Path, shared_data: Path, lang: str, ratio: str) -> None:
    """Scan + recall pass + linking on the news rows of ``lang``, the language given vs none, taking turns."""
    matcher, guesser, linker = _parts(kb_path)
    lines = (shared_data / "news" / "news.jsonl").read_bytes().splitlines()
    texts = [row["text"] for row in map(orjson.loads, lines) if row.get("lang") == lang]  # en 853, it 592 rows
    if QUICK:
        texts = texts[:150]
    for t in texts[:50]:  # warm the memos and the word lists
        _layer(matcher, guesser, linker, t, lang)

    def run(code: str | None):
        def go() -> None:
            for t in texts:
                _layer(matcher, guesser, linker, t, code)
        return go

    ratios = interleaved_ratios(benchmark, {"off": run(None), "on": run(lang)},
                                {ratio: ("on", "off", 1.3)}, rounds=3 if QUICK else 7)
    sec = benchmark.extra_info["median_seconds"]
    print(f"\n{NAME[lang]} rules: {len(texts)} docs; off {sec['off'] / len(texts) * 1e6:.0f} us/doc, "
          f"on {sec['on'] / len(texts) * 1e6:.0f} us/doc; ratio on/off {ratios[ratio]:.3f}")


@pytest.mark.parametrize("lang", ["en", "it"])
def test_quality_dev_gold(benchmark, kb_path: Path, shared_data: Path, lang: str) -> None:
    """Exact-span P/R per type on the dev gold of ``lang`` (tune and unseen test articles), language off
    (what the French-tuned rules give) and on."""
    gold = load_gold(shared_data / "news" / "news.jsonl", GOLD[lang])
    matcher, guesser, linker = _parts(kb_path)

    def measure() -> dict:
        return {f"{split} {'on' if code else 'off'}": score_mentions(
            rows, lambda text, code=code: _layer(matcher, guesser, linker, text, code))
            for split, rows in sorted(gold.items()) for code in (None, lang)}

    scores = benchmark.pedantic(measure, rounds=1, iterations=1)
    benchmark.extra_info.update(scores)
    print()
    for key, s in scores.items():
        print(f"  {key:9} " + "  ".join(f"{t} P {s[t]['p']:.3f} R {s[t]['r']:.3f}"
                                        for t in ("PER", "ORG", "LOC", "all")))
    for split in ("tune", "test"):
        assert scores[f"{split} on"]["all"]["f1"] > scores[f"{split} off"]["all"]["f1"]
