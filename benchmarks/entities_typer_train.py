"""Train the entities plugin's learned typer (plugins/entities/typer.py) and measure it on WiNER-fr.

Why: the model is data (``plugins/entities/data/typer.json``); this is how it is made, so anyone can make it again
or retrain it on other annotations. It runs the plugin with the typer off over the WiNER-fr rows of one year (2016
by default), takes :func:`plugins.entities.typer.features` of every mention, labels each by the manual
annotation of exactly its span (PER, ORG, LOC, else O: another label or none), fits a multinomial logistic
regression (scikit-learn, not a dependency of the project: ``pip install scikit-learn``) and writes its weights,
leaving out the features whose weights are all tiny. ``--measure`` prints typed P/R/F per year with the typer off
and on (the model file as it is), as ``score_mentions`` counts them.

    python benchmarks/entities_typer_train.py train [--years 2016] [--C 1.0] [--threshold 0.85]
    python benchmarks/entities_typer_train.py measure
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import orjson

ROOT = Path(__file__).resolve().parents[1]
NEWS = ROOT.parent / "shared" / "data" / "news" / "news.jsonl"
sys.path.insert(0, str(ROOT))

from entities_check import layer  # noqa: E402  (benchmarks/entities_check.py)

from plugins.entities.evaluate import WINER_TYPES, iter_winer, score_mentions, winer_year  # noqa: E402
from plugins.entities.plugin import Entities  # noqa: E402
from plugins.entities.typer import FEATURES_VERSION, MODEL_PATH, features  # noqa: E402

PRUNE = 0.02  # a feature whose weights are all below this (absolute) is left out of the file


def plugin(typer: bool) -> Entities:
    p = Entities()
    p.configure({"entities": {"typer": typer}})
    return p


def train(years: set[str], c: float, threshold: float) -> None:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    p = plugin(typer=False)
    names = p.linker.first_names
    xs, ys = [], []
    for row in iter_winer(NEWS):
        if winer_year(row) not in years:
            continue
        gold = {(e["start"], e["end"]): WINER_TYPES.get(e["label"], "O") for e in row["entities"]}
        found = layer(p, row["text"])
        for s, feats in zip(found, features(row["text"], found, names), strict=True):
            xs.append(dict.fromkeys(feats, 1.0))
            ys.append(gold.get((s["start"], s["end"]), "O"))
    vec = DictVectorizer()
    model = LogisticRegression(C=c, max_iter=5000).fit(vec.fit_transform(xs), ys)
    classes = [str(k) for k in model.classes_]
    weights = {}
    for j, name in enumerate(vec.get_feature_names_out()):
        w = [round(float(model.coef_[k][j]), 4) for k in range(len(classes))]
        if max(abs(v) for v in w) >= PRUNE:
            weights[str(name)] = w
    out = {"features_version": FEATURES_VERSION, "classes": classes,
           "intercept": [round(float(v), 4) for v in model.intercept_], "threshold": threshold,
           "trained_on": f"WiNER-fr {'+'.join(sorted(years))} (news.jsonl), {len(ys)} mentions, C={c}",
           "weights": dict(sorted(weights.items()))}
    MODEL_PATH.write_bytes(orjson.dumps(out) + b"\n")
    print(f"{len(ys)} mentions, {len(vec.get_feature_names_out())} features, {len(weights)} kept; "
          f"{MODEL_PATH.stat().st_size / 1e6:.2f} MB -> {MODEL_PATH.relative_to(ROOT)}")


def measure() -> None:
    rows = list(iter_winer(NEWS))
    for year in sorted({winer_year(r) for r in rows}):
        part = [r for r in rows if winer_year(r) == year]
        for typer in (False, True):
            p = plugin(typer)
            s = score_mentions(part, lambda text, p=p: layer(p, text))
            per_type = " ".join(f"{t} {s[t]['p']:.3f}/{s[t]['r']:.3f}" for t in ("PER", "ORG", "LOC"))
            a = s["all"]
            print(f"{year} typer {'on ' if typer else 'off'}: {per_type} | all {a['p']:.3f}/{a['r']:.3f}/{a['f1']:.3f}"
                  f" | tp {a['tp']} pred {a['pred']} gold {a['gold']}")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("command", choices=("train", "measure"))
    ap.add_argument("--years", default="2016", help="comma list of WiNER-fr years to train on")
    ap.add_argument("--C", type=float, default=1.0, help="inverse regularisation strength")
    ap.add_argument("--threshold", type=float, default=0.85, help='probability of "none" that makes a mention MISC')
    a = ap.parse_args()
    if a.command == "train":
        train(set(a.years.split(",")), a.C, a.threshold)
    else:
        measure()
    return 0


if __name__ == "__main__":
    sys.exit(main())
