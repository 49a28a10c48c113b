"""Accuracy and speed of language detectors on lingua's test data (``shared/data/langid``).

``python -m plugins.language.evaluate DATA_DIR [--n 100] [--languages fr,en,...] [--engines ...]``
prints mean per-language accuracy on sentences, word pairs and single words, and sentences/s.
Used by the tests (accuracy floors) and the benchmark; kept importable without the data.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable, Iterable
from pathlib import Path

KINDS = ("sentences", "word-pairs", "single-words")


def load_langid(
    root: Path, kind: str, languages: Iterable[str] | None = None, n: int | None = None, offset: int = 0
) -> dict[str, list[str]]:
    """{iso code: [lines]} from ``root/kind/<code>.txt``; ``n`` lines per language from ``offset``."""
    out: dict[str, list[str]] = {}
    folder = Path(root) / kind
    wanted = set(languages) if languages else None
    for path in sorted(folder.glob("*.txt")):
        code = path.stem
        if wanted is not None and code not in wanted:
            continue
        lines = [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]
        out[code] = lines[offset : offset + n] if n else lines[offset:]
    return out


def accuracy(detect: Callable[[str], str | None], data: dict[str, list[str]]) -> tuple[float, dict, float]:
    """(mean per-language accuracy, {lang: accuracy}, texts per CPU second)."""
    per: dict[str, float] = {}
    total = 0
    t0 = time.process_time()
    for lang, lines in data.items():
        ok = sum(1 for line in lines if detect(line) == lang)
        per[lang] = ok / len(lines) if lines else 0.0
        total += len(lines)
    dt = time.process_time() - t0
    mean = statistics.fmean(per.values()) if per else 0.0
    return mean, per, (total / dt if dt > 0 else float("inf"))


def main(argv: list[str] | None = None) -> None:
    from .detector import Detector

    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("data", type=Path, help="the langid folder (sentences/, word-pairs/, single-words/)")
    ap.add_argument("--n", type=int, default=100, help="lines per language and kind")
    ap.add_argument("--languages", default="", help="restrict the data and the detector, e.g. fr,en,de")
    args = ap.parse_args(argv)
    langs = [x for x in args.languages.split(",") if x] or None
    det = Detector(languages=langs)
    for kind in KINDS:
        data = load_langid(args.data, kind, langs, args.n)
        if langs is None:
            data = {k: v for k, v in data.items() if k in det.supported}
        mean, _per, rate = accuracy(lambda t: det.detect_span(t).lang, data)
        print(f"{kind:13s} {100 * mean:6.2f} %  {rate:9.0f} texts/s  ({len(data)} languages)")


if __name__ == "__main__":
    main()
