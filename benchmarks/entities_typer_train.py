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

from plugins.entities.evaluate import WINER_TYPES, iter_winer, score_mentions, winer_odd_day, winer_year  # noqa: E402
from plugins.entities.plugin import Entities  # noqa: E402
from plugins.entities.typer import FEATURES_VERSION, MODEL_PATH, Typer, features  # noqa: E402

PRUNE = 0.02  # a feature whose weights are all below this (absolute) is left out of the file


def plugin(typer: bool) -> Entities:
    p = Entities()
    p.configure({"entities": {"typer": typer}})
    return p


def labelled(p: Entities, rows: list[dict]) -> tuple[list[dict[str, float]], list[str]]:
    """The features of every mention the plugin (typer off) finds in ``rows``, and the label of each: the manual
    annotation of exactly its span (PER, ORG, LOC), else O."""
    names = p.linker.first_names
    xs, ys = [], []
    for row in rows:
        gold = {(e["start"], e["end"]): WINER_TYPES.get(e["label"], "O") for e in row["entities"]}
        found = layer(p, row["text"])
        for s, feats in zip(found, features(row["text"], found, names), strict=True):
            xs.append(dict.fromkeys(feats, 1.0))
            ys.append(gold.get((s["start"], s["end"]), "O"))
    return xs, ys


def fit(xs: list[dict[str, float]], ys: list[str], c: float, threshold: float, about: str) -> dict:
    """The model file's content: a multinomial logistic regression's weights, tiny ones left out."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = DictVectorizer()
    model = LogisticRegression(C=c, max_iter=5000).fit(vec.fit_transform(xs), ys)
    classes = [str(k) for k in model.classes_]
    weights = {}
    for j, name in enumerate(vec.get_feature_names_out()):
        w = [round(float(model.coef_[k][j]), 4) for k in range(len(classes))]
        if max(abs(v) for v in w) >= PRUNE:
            weights[str(name)] = w
    return {"features_version": FEATURES_VERSION, "classes": classes,
            "intercept": [round(float(v), 4) for v in model.intercept_], "threshold": threshold,
            "trained_on": f"{about}, {len(ys)} mentions, C={c}", "weights": dict(sorted(weights.items()))}


def train(years: set[str], c: float, threshold: float) -> None:
    rows = [r for r in iter_winer(NEWS) if winer_year(r) in years]
    out = fit(*labelled(plugin(typer=False), rows), c, threshold, f"WiNER-fr {'+'.join(sorted(years))} (news.jsonl)")
    MODEL_PATH.write_bytes(orjson.dumps(out) + b"\n")
    print(f"{len(rows)} articles, {out['trained_on']}, {len(out['weights'])} features kept; "
          f"{MODEL_PATH.stat().st_size / 1e6:.2f} MB -> {MODEL_PATH.relative_to(ROOT)}")


def cross_year(c: float, threshold: float) -> None:
    """What a model trained on both years should do on a later one, estimated without touching the model file:
    train on 2016 and one half of 2017 (odd or even days of the month), score the other half; beside it, the
    typer off and a model of 2016 alone on the same half."""
    rows = list(iter_winer(NEWS))
    y2016 = [r for r in rows if winer_year(r) == "2016"]
    halves = {odd: [r for r in rows if winer_year(r) == "2017" and winer_odd_day(r) == odd] for odd in (True, False)}
    p = plugin(typer=False)
    base = labelled(p, y2016)
    for odd in (True, False):
        other = labelled(p, halves[not odd])
        models = {"off": None, "2016": fit(*base, c, threshold, "2016"),
                  "2016 + the other half": fit(base[0] + other[0], base[1] + other[1], c, threshold, "both")}
        for label, model in models.items():
            p.typer = None if model is None else Typer(model)  # the same plugin, its typer swapped
            print(f"2017 {'odd' if odd else 'even'} days, typer {label}: " + _line(score_mentions(
                halves[odd], lambda text: layer(p, text))))
        p.typer = None  # (``labelled`` reads the rules' types)


def _line(s: dict) -> str:
    a = s["all"]
    return (" ".join(f"{t} {s[t]['p']:.3f}/{s[t]['r']:.3f}" for t in ("PER", "ORG", "LOC"))
            + f" | all {a['p']:.3f}/{a['r']:.3f}/{a['f1']:.3f} | tp {a['tp']} pred {a['pred']} gold {a['gold']}")


def measure() -> None:
    rows = list(iter_winer(NEWS))
    for year in sorted({winer_year(r) for r in rows}):
        part = [r for r in rows if winer_year(r) == year]
        for typer in (False, True):
            p = plugin(typer)
            s = score_mentions(part, lambda text, p=p: layer(p, text))
            print(f"{year} typer {'on ' if typer else 'off'}: " + _line(s))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("command", choices=("train", "measure", "cross-year"))
    ap.add_argument("--years", default="2016", help="comma list of WiNER-fr years to train on")
    ap.add_argument("--C", type=float, default=1.0, help="inverse regularisation strength")
    ap.add_argument("--threshold", type=float, default=0.85, help='probability of "none" that makes a mention MISC')
    a = ap.parse_args()
    if a.command == "train":
        train(set(a.years.split(",")), a.C, a.threshold)
    elif a.command == "cross-year":
        cross_year(a.C, a.threshold)
    else:
        measure()
    return 0


if __name__ == "__main__":
    sys.exit(main())
