"""Would a learned classifier draw the scare/mixed line better than the quotes rules? (issue #4, 33rd pass study)

Why: the largest class of type errors left, and through it of speaker errors (a scare quote has no speaker), is
the line between a scare quote and a mixed one, which the gold draws case by case (docs/quotes.md, "Limits").
This trains a logistic regression on the development gold, leaving one split out at a time, and compares it with
the rules on the same quotes: every system quote the rules typed scare or mixed whose matched gold quote is scare
or mixed (overlap 0.3), sealed splits excluded. Three feature sets:

- ``context``: the quote's length, capitals, final mark, and the words around and inside it;
- ``context+cue``: also whether the rules found a cue and which (the cue scan, not the type decision);
- ``stacked``: also the rules' own type (a corrector of the rules).

Needs scikit-learn, which the project does not depend on (``pip install scikit-learn``).

    python benchmarks/scare_mixed_study.py
    python benchmarks/scare_mixed_study.py --sealed   # train on every other split, test on the sealed one(s):
                                                      # totals only, once, at a pass's end
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

import orjson

ROOT = Path(__file__).resolve().parents[1]
NEWS = ROOT.parent / "shared" / "data" / "news" / "news.jsonl"
GOLD = ROOT / "tests" / "plugins" / "quotes" / "data" / "dev_gold.json"
SEALED: tuple[str, ...] = ()  # (as tests/plugins/quotes/test_quotes_dev.SEALED)
_WORD = re.compile(r"\w+(?:['’]\w+)*|[^\w\s]")
_FINAL = re.compile(r"[.!?…]\s*$")


def examples(sealed: bool = False) -> list[dict[str, Any]]:
    """One example per matched scare/mixed pair: ``{split, lang, gold, rules, feats}``; the sealed splits only
    with ``sealed``."""
    from plugins.quotes.attribution import attribute
    from plugins.quotes.evaluate import match
    from plugins.quotes.marks import find_quotes

    docs = [d for d in json.loads(GOLD.read_text(encoding="utf-8"))["documents"] if sealed or d["split"] not in SEALED]
    wanted = {d["id"] for d in docs}
    texts = {}
    for line in NEWS.read_bytes().splitlines():
        row = orjson.loads(line)
        if row["id"] in wanted:
            texts[row["id"]] = row["text"]
    out = []
    for d in docs:
        text, lang = texts[d["id"]], d["lang"]
        system = [q for q in attribute(text, find_quotes(text), lang) if q["type"] != "indirect"]
        for i, j in match(d["quotes"], system, 0.3):
            g, s = d["quotes"][i], system[j]
            if g["type"] in ("scare", "mixed") and s["type"] in ("scare", "mixed"):
                out.append({"split": d["split"], "lang": lang, "gold": g["type"], "rules": s["type"],
                            "feats": _features(text, s, lang)})
    return out


def _features(text: str, q: dict[str, Any], lang: str) -> dict[str, Any]:
    content = text[q["parts"][0][0] : q["parts"][-1][1]]
    words = [w.lower() for w in _WORD.findall(content)]
    before = [w.lower() for w in _WORD.findall(text[max(0, q["start"] - 60) : q["start"]])]
    after = [w.lower() for w in _WORD.findall(text[q["end"] : q["end"] + 40])]
    n = len(words)
    f: dict[str, float] = {f"lang={lang}": 1, "n": min(n, 30) / 10, "n<=3": n <= 3, "n<=6": n <= 6,
                           "upper": content[:1].isupper(), "final": bool(_FINAL.search(content)),
                           "parts>1": len(q["parts"]) > 1}
    for name, w in (("b1", before[-1:]), ("b2", before[-2:-1]), ("a1", after[:1]), ("a2", after[1:2]),
                    ("c1", words[:1]), ("cl", words[-1:])):
        f[f"{name}={w[0] if w else ''}|{lang}"] = 1
    for w in set(before[-12:]):
        f[f"pre:{w}|{lang}"] = 1
    for w in set(words):
        f[f"in:{w}|{lang}"] = 0.5
    cue = (q.get("cue") or {}).get("lemma")
    return {"context": f, "cue": {"has_cue": cue is not None, f"cue={cue}|{lang}": 1}}


def _vector(ex: dict[str, Any], kind: str) -> dict[str, float]:
    x = dict(ex["feats"]["context"])
    if kind in ("context+cue", "stacked"):
        x.update(ex["feats"]["cue"])
    if kind == "stacked":
        x["rules=" + ex["rules"]] = 1
    return {k: float(v) for k, v in x.items()}


def main() -> int:
    try:
        from sklearn.feature_extraction import DictVectorizer
        from sklearn.linear_model import LogisticRegression
    except ImportError:
        print("needs scikit-learn: pip install scikit-learn", file=sys.stderr)
        return 2
    sys.path.insert(0, str(ROOT))
    sealed = "--sealed" in sys.argv[1:]
    data = examples(sealed)
    # leave one split out; with --sealed, the sealed splits together are the one left out
    splits = list(SEALED) if sealed else sorted({e["split"] for e in data})
    for lang in ("fr", "en"):
        for kind in ("context", "context+cue", "stacked"):
            rules = model = n = 0
            for held in splits:
                train = [e for e in data if e["split"] not in (held, *(SEALED if sealed else ()))]
                test = [e for e in data if e["split"] == held and e["lang"] == lang]
                if not test:
                    continue
                vec = DictVectorizer()
                clf = LogisticRegression(C=1.0, max_iter=2000).fit(
                    vec.fit_transform([_vector(e, kind) for e in train]), [e["gold"] for e in train])
                for e, p in zip(test, clf.predict(vec.transform([_vector(e, kind) for e in test])), strict=True):
                    n += 1
                    rules += e["rules"] == e["gold"]
                    model += p == e["gold"]
            print(f"{lang} {kind:12} {n} quotes: rules {rules / n:.3f}, model {model / n:.3f}"
                  + (" (sealed splits)" if sealed else " (leave one split out)"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
