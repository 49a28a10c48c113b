"""The quotes plugin on the real news corpus (2,808 fr/en/it Wikinews articles, ~1.9 KB each).

(a) the bare loop (orjson in/out), (b) a plain ``\\w+`` regex pass over each text (the cost floor of any
pass over the characters), (c) marks + attribution called directly, (d) the pipeline source_tags + quotes
end to end. docs/s = corpus size / median. Guard: (d) within its budget of (a), measured in the same run.

(e) 887 documents of 4 KB (consecutive same-language articles joined and cut to 4,096 characters), quotes
with and without ``lang`` taking turns with a ``\\w+`` pass over the same texts in every round (guarded ratio).

Last full run of (a)-(d) (third speed pass; 2 shared cores, load ~9; CPU time): (a) 28 ms min / 37 ms median,
(b) 215 ms, (c) 1.47 s = 1,910 docs/s, (d) 1.67 s = 1,690 docs/s, 44x (a) by median. Last full run of (e)
(sixth pass, after the fifth pass's accuracy rules; load ~2): 627 4 KB docs/s with lang, 579 without, 7.6x /
8.4x the ``\\w+`` pass (4,878 docs/s); quick mode 4.7x / 5.3x. The issue's aim, 5,000 4 KB docs/s per core,
is about the cost of that pass alone: not reached.

Seventh pass (sentence split in one pass, cheaper abbreviation test; load ~2): (e) 1,260 4 KB docs/s with lang,
1,157 without, 5.8x / 6.4x the ``\\w+`` pass (7,384 docs/s). Against main's code in the same process
(``benchmarks/quotes_vs_ref.py main --rounds 11``, outputs equal on all 2,808 articles): 1.026x with lang,
1.036x without; the sentence split alone 1.29x (71 -> 55 us a document). Where the rest goes: docs/quotes.md.

Eighth pass (the rules after the ninth accuracy pass: windows tokenised lazily where a rule reads only their first
words, cheap key tests before three regexes, no copy for an empty cue window; load ~1-2): against main's code in the
same process (``benchmarks/quotes_vs_ref.py main --rounds 15``, outputs equal on all 2,808 articles with and
without lang): 1,285 -> 1,337 4 KB docs/s with lang (1.040x), 1,169 -> 1,211 without (1.036x); ``attribute``
alone (marks found beforehand, 11 interleaved rounds): 744 -> 712 us a document, 1.046x.

Cue-scan pass (``find_cues`` skips ``_verb`` for cues that can have no auxiliary, ``_may_have_aux`` remembers its
answer per last word; load ~0.9): ``find_cues`` alone over the gaps of the 887 4 KB documents, against the code
before the pass (7a19ecd) in the same process (15 interleaved rounds, CPU-time medians, answers equal): 144 -> 136
us a document, 1.056x; ``_find_cues`` with its filters 1.022x. End to end it is within noise
(``quotes_vs_ref.py 7a19ecd --rounds 11``: 0.994x with lang, 1.024x without, outputs equal on all 2,808
articles).
"""

from __future__ import annotations

import re

import orjson
import pytest
from conftest import QUICK, bare_loop, budget, interleaved_ratios
from quotes_vs_ref import docs_4kb
from test_core import run_pipeline

from framework import Pipeline
from plugins.quotes.attribution import attribute
from plugins.quotes.marks import find_quotes
from plugins.quotes.plugin import Quotes
from plugins.source_tags import SourceTags

_WORD = re.compile(r"\w+")


@pytest.fixture(scope="module")
def news_docs(news_jsonl: bytes) -> list[dict]:
    return [orjson.loads(line) for line in news_jsonl.splitlines()]


@pytest.fixture(scope="module")
def news_4kb(shared_data) -> list[tuple[str, str | None]]:
    """The issue's 4 KB documents: consecutive same-language news articles joined by a blank line and cut to
    4,096 characters (887 documents; 120 in quick mode), with their language."""
    out = docs_4kb((shared_data / "news" / "news.jsonl").read_bytes().splitlines())
    return out[:120] if QUICK else out


def _quotes_4kb(docs: list[tuple[str, str | None]], use_lang: bool = True) -> int:
    return sum(len(attribute(t, find_quotes(t), lang if use_lang else None)) for t, lang in docs)


@pytest.mark.guard
def test_quotes_4kb_interleaved(benchmark, news_4kb: list[tuple[str, str | None]]) -> None:
    """Quotes on 4 KB documents, with and without ``lang``, taking turns with a plain ``\\w+`` pass over the
    same texts (the cost floor of one pass over the characters) in every round: docs/s and the ratio to that
    floor. The issue's aim (5,000 docs/s per core) would be a ratio near 1; measured 5.0-7.5 (see the note),
    so the budget is a regression limit, not the aim."""
    _quotes_4kb(news_4kb[:5])  # lexicons compiled outside the measurement
    ratios = interleaved_ratios(
        benchmark,
        {"words": lambda: [_WORD.findall(t) for t, _ in news_4kb],
         "quotes": lambda: _quotes_4kb(news_4kb),
         "quotes_no_lang": lambda: _quotes_4kb(news_4kb, use_lang=False)},
        {"quotes_vs_words": ("quotes", "words", 12.0), "quotes_no_lang_vs_words": ("quotes_no_lang", "words", 14.0)},
        rounds=5 if QUICK else 9,
    )
    seconds = benchmark.extra_info["median_seconds"]
    benchmark.extra_info["docs_per_s"] = {name: round(len(news_4kb) / value) for name, value in seconds.items()}
    assert ratios["quotes_vs_words"] > 0


def _regex_pass(docs: list[dict]) -> int:
    return sum(len(_WORD.findall(d["text"])) for d in docs)


def _quotes_direct(docs: list[dict]) -> int:
    return sum(len(attribute(d["text"], find_quotes(d["text"]), d.get("lang"))) for d in docs)


@pytest.mark.guard
def test_quotes_bare_loop(benchmark, news_jsonl: bytes) -> None:
    assert benchmark(bare_loop, news_jsonl) > 0


def test_quotes_regex_pass(benchmark, news_docs: list[dict]) -> None:
    assert benchmark(_regex_pass, news_docs) > 0
    benchmark.extra_info["docs"] = len(news_docs)


def test_quotes_direct(benchmark, news_docs: list[dict]) -> None:
    _quotes_direct(news_docs[:5])  # lexicons compiled outside the measurement
    assert benchmark(_quotes_direct, news_docs) > 0
    benchmark.extra_info["docs"] = len(news_docs)


@pytest.mark.guard
def test_quotes_pipeline(benchmark, news_jsonl: bytes) -> None:
    pipe = Pipeline.from_config(entry_points=False, register=[SourceTags, Quotes])
    run_pipeline(pipe, news_jsonl.split(b"\n", 5)[0] + b"\n")
    # measured 24-34x quick, 57-121x full (noisy; last full run 69x by median)
    budget(benchmark, 150.0, baseline="test_quotes_bare_loop")
    assert benchmark(run_pipeline, pipe, news_jsonl) > 0
