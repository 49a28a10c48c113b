"""Accuracy on real data, asserted a little below what was measured (figures in docs/language.md).

- news: every article of ``news/news.jsonl`` (fr, en, it) against its label;
- lingua's test set (``langid/``, every other line of the original files), restricted to the seven news
  languages: all lines of sentences and word pairs;
- the same test set over all 75 languages and the three lengths: set ``TEXTPLUG_SLOW=1`` (it loads lingua's
  models for every language: minutes and ~1.3 GB; the benchmark run measures it too).
"""

from __future__ import annotations

import os
from pathlib import Path

import orjson
import pytest

from plugins.language.detector import Detector
from plugins.language.evaluate import accuracy, load_langid

NEWS7 = ("fr", "en", "de", "es", "it", "pt", "nl")

# Rows of news.jsonl whose label is the title's language while the body is another (read by hand: PrimerAI
# rows pair a French or Italian title with the German, Spanish or French Wikinews article). Their body
# language is what a detector must say.
MISLABELED = {
    "primer-train:it:66658:19": "fr", "primer-train:it:45168:369": "de", "primer-train:it:102687:436": "fr",
    "primer-train:fr:32700:964": "de", "primer-train:fr:2805311:1083": "es", "primer-train:fr:54036:1183": "de",
    "primer-train:fr:10599:1244": "de", "primer-train:fr:2312:1259": "de", "primer-test:fr:254611:204": "de",
    "primer-test:fr:26676:257": "es", "primer-test:fr:57234:285": "de", "primer-test:fr:26258:289": "de",
}


def test_news_documents(shared_data: Path) -> None:
    detector = Detector()
    rows = [orjson.loads(line) for line in (shared_data / "news" / "news.jsonl").read_bytes().splitlines()]
    assert len(rows) > 2000
    got = {row["id"]: detector.detect(row["text"]).lang for row in rows}
    wrong = [(row["id"], got[row["id"]]) for row in rows if got[row["id"]] != MISLABELED.get(row["id"], row["lang"])]
    # measured: 1 wrong of 2,808 (a 50-character title-only article); 99.8 % is the target
    assert 1 - len(wrong) / len(rows) >= 0.998, wrong
    assert sum(got[row["id"]] == row["lang"] for row in rows) / len(rows) >= 0.995  # against the labels as given


@pytest.mark.parametrize("kind, floor", [("sentences", 0.997), ("word-pairs", 0.94)])
def test_langid_restricted_to_news_languages(shared_data: Path, kind: str, floor: float) -> None:
    """Measured on all lines: sentences 99.89 %, word pairs 94.74 % (issue targets: 99.5 and 93)."""
    detector = Detector(languages=NEWS7)
    data = load_langid(shared_data / "langid", kind, NEWS7)
    mean, per, _rate = accuracy(lambda text: detector.detect_span(text).lang, data)
    assert mean >= floor, per


@pytest.mark.skipif(os.environ.get("TEXTPLUG_SLOW") != "1", reason="75 languages: set TEXTPLUG_SLOW=1")
@pytest.mark.parametrize("kind, floor", [("sentences", 0.965), ("word-pairs", 0.895), ("single-words", 0.76)])
def test_langid_all_languages(shared_data: Path, kind: str, floor: float) -> None:
    """Measured on all lines, 75 languages: 96.69 / 90.12 / 76.67 % (targets 96.5 / 89 / 75)."""
    detector = _shared_detector()
    data = load_langid(shared_data / "langid", kind)
    mean, per, _rate = accuracy(lambda text: detector.detect_span(text).lang, data)
    assert len(per) == 75
    assert mean >= floor, sorted(per.items(), key=lambda kv: kv[1])[:10]


_DETECTORS: list[Detector] = []


def _shared_detector() -> Detector:
    if not _DETECTORS:
        _DETECTORS.append(Detector())
    return _DETECTORS[0]
