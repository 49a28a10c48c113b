"""WiNER-fr mention detection, old package against new, on the halves of the tuning year and the held-back year.

Why: the recall passes read the errors of one half of the 2016 rows (odd days of the month) and keep a rule
only when the other half (even days) gains from it, looking at that half's totals only; 2017 is measured
only at the start and the end of a pass (docs/entities-recall.md). This prints those totals for a git
revision's package (``entities_old``, copied by :func:`revision.package_at`) and the working tree's, side by
side in one process, with the same default KB and no doc.lang (as the benchmark runs them); exact typed spans,
PER+ORG+LOC (:func:`plugins.entities.evaluate.score_mentions`). The learned typer is off unless ``--typer``: since
stop 40 it is trained on every WiNER-fr row, so its figures here would be of its own training data, not the rules'.

    python benchmarks/winer_halves.py main                # 2016 odd days (A), even days (B), both
    python benchmarks/winer_halves.py main --held-back    # and 2017: only at a pass's start and end
"""

from __future__ import annotations

import argparse
import atexit
import importlib
import shutil
import sys
import tempfile
from pathlib import Path

from revision import package_at  # benchmarks/revision.py

from framework import Document
from plugins.entities.default import ensure_default_kb
from plugins.entities.evaluate import iter_winer, score_mentions, winer_odd_day, winer_year

ROOT = Path(__file__).resolve().parents[1]
NEWS = ROOT.parent / "shared" / "data" / "news" / "news.jsonl"


def predictor(package: str, kb: Path, typer: bool = False):
    p = importlib.import_module(package + ".plugin").Entities()
    p.configure({"entities": {"kb": str(kb)}})
    if not typer:
        p.typer = None  # (set after configure: a revision from before the typer knows no such setting)

    def predict(text: str) -> list[dict]:
        doc = Document({"id": "d", "text": text, "layers": {}})
        p.link_entities(doc)
        return doc.spans("entity")

    return predict


def row_sets(held_back: bool) -> dict[str, list[dict]]:
    """The 2016 rows split by day of month (:func:`winer_odd_day`), and 2017."""
    rows = list(iter_winer(NEWS))
    y16 = [r for r in rows if winer_year(r) == "2016"]
    sets = {"2016 A (odd days)": [r for r in y16 if winer_odd_day(r)],
            "2016 B (even days)": [r for r in y16 if not winer_odd_day(r)], "2016": y16}
    if held_back:
        sets["2017 (held back)"] = [r for r in rows if winer_year(r) == "2017"]
    return sets


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("rev", help="git revision of the old package (main, a commit)")
    ap.add_argument("--held-back", action="store_true", help="also the 2017 rows")
    ap.add_argument("--typer", action="store_true", help="with the learned typer (trained on these rows)")
    a = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="entities-old-"))
    atexit.register(shutil.rmtree, tmp, ignore_errors=True)
    package_at(a.rev, "entities", "entities_old", tmp)
    sys.path.insert(0, str(tmp))
    kb = ensure_default_kb()
    versions = {a.rev: predictor("entities_old", kb, a.typer), "new": predictor("plugins.entities", kb, a.typer)}
    for name, rows in row_sets(a.held_back).items():
        for version, predict in versions.items():
            s = score_mentions(rows, predict)
            al = s["all"]
            per_type = " ".join(f"{t} {s[t]['p']:.3f}/{s[t]['r']:.3f}" for t in ("PER", "ORG", "LOC"))
            print(f"{name:18} {version:>6}: {per_type} | all {al['p']:.3f}/{al['r']:.3f}/{al['f1']:.3f} "
                  f"| tp {al['tp']} pred {al['pred']} gold {al['gold']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
