"""The quotes plugin against its own code at another git ref: same outputs, and the speed ratio.

    python benchmarks/quotes_vs_ref.py [REF] [--rounds N] [--no-check]

``REF`` (default ``main``): its ``plugins/quotes`` is extracted with ``git archive`` into a temporary package
and imported beside the working tree's, so both run in one process. Then:

1. the outputs of ``attribute(text, find_quotes(text), lang)`` on every news article (``../shared/data/news``),
   with and without ``lang``, must be equal (exit status 1 otherwise);
2. the 887 4 KB documents of ``test_quotes.py`` (e) are run by both, taking turns inside every round, with and
   without ``lang``: CPU-time medians, docs/s and the ratio ref/new (above 1: the working tree is faster).

Speed passes must not change an answer: run this before each commit of one.
"""

from __future__ import annotations

import argparse
import importlib
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import orjson
from revision import package_at  # benchmarks/revision.py

ROOT = Path(__file__).resolve().parent.parent
NEWS = ROOT.parent / "shared" / "data" / "news" / "news.jsonl"


def load_ref(ref: str, into: Path):
    """``plugins/quotes`` at ``ref`` as the package ``quotes_ref``: its attribution and marks modules."""
    package_at(ref, "quotes", "quotes_ref", into)
    sys.path.insert(0, str(into))
    return importlib.import_module("quotes_ref.attribution"), importlib.import_module("quotes_ref.marks")


def docs_4kb(lines: list[bytes]) -> list[tuple[str, str | None]]:
    """The 4 KB documents of ``test_quotes.py`` (e): consecutive same-language articles joined and cut."""
    out: list[tuple[str, str | None]] = []
    buf, cur = "", None
    for line in lines:
        d = orjson.loads(line)
        if d.get("lang") != cur:
            buf, cur = "", d.get("lang")
        buf = buf + "\n\n" + d["text"] if buf else d["text"]
        if len(buf) >= 4096:
            out.append((buf[:4096], cur))
            buf = ""
    return out


Run = tuple[Callable[..., list], Callable[[str], list]]  # (attribute, find_quotes) of one package


def count_differences(lines: list[bytes], runs: dict[str, Run]) -> int:
    """How many (article, with/without lang) cases the two packages of ``runs`` answer differently; an exception
    counts as an answer (a compiled package raises a TypeError where an annotation is wrong)."""
    differ = 0
    for line in lines:
        d = orjson.loads(line)
        for lang in (d.get("lang"), None):
            got = []
            for a, f in runs.values():
                try:
                    got.append(orjson.dumps(a(d["text"], f(d["text"]), lang), option=orjson.OPT_SORT_KEYS))
                except Exception as exc:
                    got.append(repr(exc).encode())
            differ += got[0] != got[1]
    return differ


def time_runs(runs: dict[str, Run], docs: list[tuple[str, str | None]], rounds: int) -> dict[str, float]:
    """CPU-time medians of each package over ``docs`` with and without lang (``name``, ``name_no_lang``), all
    taking turns inside every round; printed with docs/s."""

    def job(name: str, use_lang: bool) -> Callable[[], int]:
        a, f = runs[name]
        return lambda: sum(len(a(t, f(t), lang if use_lang else None)) for t, lang in docs)

    jobs = {f"{name}{suffix}": job(name, use) for name in runs for suffix, use in (("", True), ("_no_lang", False))}
    for fn in jobs.values():
        fn()  # lexicons compiled outside the measurement
    times: dict[str, list[float]] = {k: [] for k in jobs}
    for _ in range(rounds):
        for name, fn in jobs.items():
            t0 = time.process_time()
            fn()
            times[name].append(time.process_time() - t0)
    med = {k: statistics.median(v) for k, v in times.items()}
    for k, v in med.items():
        print(f"{k:14s} {v * 1000:8.1f} ms CPU (median of {rounds})  {len(docs) / v:7.0f} 4 KB docs/s")
    return med


def compare(runs: dict[str, Run], lines: list[bytes], rounds: int, check: bool = True) -> int:
    """The two packages of ``runs`` (old first) on the news ``lines``: their outputs compared (``check``), then
    timed on the 4 KB documents, with the ratios old/new printed; 1 when an output differs, else 0."""
    (old, _), (new, _) = runs.items()
    status = 0
    if check:
        differ = count_differences(lines, runs)
        print(f"outputs: {len(lines)} articles x (lang, no lang), {differ} differ between {old} and {new}")
        status = 1 if differ else 0
    med = time_runs(runs, docs_4kb(lines), rounds)
    for suffix in ("", "_no_lang"):
        print(f"ratio {old}/{new}{suffix or ' (lang)'}: {med[old + suffix] / med[new + suffix]:.3f}")
    return status


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("ref", nargs="?", default="main")
    ap.add_argument("--rounds", type=int, default=9)
    ap.add_argument("--no-check", action="store_true", help="skip the output comparison")
    args = ap.parse_args()
    sys.path.insert(0, str(ROOT))
    from plugins.quotes.attribution import attribute
    from plugins.quotes.marks import find_quotes

    lines = NEWS.read_bytes().splitlines()
    with tempfile.TemporaryDirectory() as tmp:
        ref_attr, ref_marks = load_ref(args.ref, Path(tmp))
        runs = {args.ref: (ref_attr.attribute, ref_marks.find_quotes), "new": (attribute, find_quotes)}
        return compare(runs, lines, args.rounds, check=not args.no_check)


if __name__ == "__main__":
    sys.exit(main())
