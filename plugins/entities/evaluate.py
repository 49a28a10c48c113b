"""Evaluation of mention detection and linking against real gold sets (used by the benchmarks).

- WiNER-fr (rows of ``news.jsonl`` with ``entities``): exact-span mention detection, per type
  (Person → PER, Location → LOC, Organization → ORG; other gold labels are not scored but a prediction on
  them counts as a false positive only when typed PER/ORG/LOC).
- HIPE-2022 newseye-fr (``{"text", "labels": [{"span", "type", "entity_id": "Q…" | "NIL"}]}``): NIL
  detection and, for the gold QIDs the KB contains, linking accuracy.
- RSS-500 (NIF Turtle with Wikidata ``taIdentRef``): linking precision/recall over the gold mentions.

A gold mention is "found" by a prediction with the same span for WiNER (its spans are exact) and by an
overlapping prediction for the OCR'd newspapers and RSS-500 (their tokenisation differs from ours).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import orjson

__all__ = ["WINER_TYPES", "iter_winer", "winer_year", "winer_odd_day", "score_mentions", "iter_newseye",
           "score_linking", "iter_nif", "prf"]

WINER_TYPES = {"Person": "PER", "Location": "LOC", "Organization": "ORG"}
TYPES = ("PER", "ORG", "LOC")

Predict = Callable[[str], list[dict]]


def prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 3), "r": round(r, 3), "f1": round(f, 3), "tp": tp, "pred": n_pred, "gold": n_gold}


def iter_winer(path: str | Path) -> Iterator[dict]:
    """The WiNER-fr rows of news.jsonl (those with manual entity annotations)."""
    with open(path, "rb") as f:
        for line in f:
            row = orjson.loads(line)
            if row.get("entities") is not None and row.get("lang") == "fr":
                yield row


def winer_odd_day(row: dict) -> bool:
    """Whether a WiNER-fr row is of an odd day of the month (``winer-fr:2016_01_21-002`` → True): the halves of a
    year that rules are read on and checked on, and that the typer's cross-year estimate trains and scores on."""
    return int(row.get("id", "").split(":", 1)[-1][8:10]) % 2 == 1


def winer_year(row: dict) -> str:
    """The year of a WiNER-fr row (``winer-fr:2016_01_21-002`` → ``2016``): the rows are tuned on one year
    and reported on another, the way the issue keeps a later year back."""
    ident = row.get("id", "")
    return ident.split(":", 1)[-1][:4]


def score_mentions(rows: Iterable[dict], predict: Predict) -> dict[str, dict]:
    """Exact-span P/R/F1 per type and over PER+ORG+LOC (typed, and span only)."""
    tp: Counter = Counter()
    pred: Counter = Counter()
    gold: Counter = Counter()
    span_tp = 0
    for row in rows:
        g = {(e["start"], e["end"]): WINER_TYPES[e["label"]] for e in row["entities"] if e["label"] in WINER_TYPES}
        for t in g.values():
            gold[t] += 1
        seen = set()
        for e in predict(row["text"]):
            t = e["type"]
            key = (e["start"], e["end"], t)
            if t not in TYPES or key in seen:
                continue  # the same typed span twice (nested and edge place) counts once, not two hits
            seen.add(key)
            pred[t] += 1
            gt = g.get((e["start"], e["end"]))
            if gt is not None:
                span_tp += 1
                if gt == t:
                    tp[t] += 1
    out = {t: prf(tp[t], pred[t], gold[t]) for t in TYPES}
    out["all"] = prf(sum(tp.values()), sum(pred.values()), sum(gold.values()))
    out["all_untyped"] = prf(span_tp, sum(pred.values()), sum(gold.values()))
    return out


def iter_newseye(path: str | Path) -> Iterator[dict]:
    with open(path, "rb") as f:
        for line in f:
            yield orjson.loads(line)


def _overlap(spans: list[dict], start: int, end: int) -> dict | None:
    best = None
    best_len = 0
    for e in spans:
        n = min(end, e["end"]) - max(start, e["start"])
        if n > best_len:
            best, best_len = e, n
    return best


def score_linking(docs: Iterable[dict], predict: Predict, in_kb: Callable[[str], bool]) -> dict[str, dict]:
    """Gold mentions ``{"span": [s, e], "entity_id": "Q…"|"NIL"}``: NIL detection (a gold NIL found and left
    unlinked, or linked to a local id that is no Wikidata id), linking accuracy on in-KB gold QIDs, and
    linking P/R over all gold QIDs (a prediction with a QID on a gold span counts as predicted)."""
    c: Counter = Counter()
    for doc in docs:
        preds = predict(doc["text"])
        for g in doc["labels"]:
            s, e = g["span"]
            qid = g["entity_id"]
            hit = _overlap(preds, s, e)
            got = hit.get("qid") if hit else None
            if qid == "NIL" or not qid.startswith("Q"):
                c["nil_gold"] += 1
                if hit is not None:
                    c["nil_found"] += 1
                    if got is None:
                        c["nil_correct"] += 1
                    else:
                        c["nil_false_link"] += 1
                continue
            c["qid_gold"] += 1
            if got is not None:
                c["qid_pred"] += 1
                c["qid_tp"] += got == qid
            if in_kb(qid):
                c["in_kb"] += 1
                c["in_kb_found"] += hit is not None
                c["in_kb_correct"] += got == qid
        c["pred_with_qid"] += sum(1 for p in preds if p.get("qid"))
    nil = {"gold": c["nil_gold"], "found": c["nil_found"], "left_nil": c["nil_correct"],
           "linked_wrongly": c["nil_false_link"],
           "nil_accuracy_of_found": round(c["nil_correct"] / c["nil_found"], 3) if c["nil_found"] else 0.0,
           "nil_recall": round(c["nil_correct"] / c["nil_gold"], 3) if c["nil_gold"] else 0.0}
    in_kb = {"gold_in_kb": c["in_kb"], "found": c["in_kb_found"], "correct": c["in_kb_correct"],
             "accuracy": round(c["in_kb_correct"] / c["in_kb"], 3) if c["in_kb"] else 0.0}
    linking = prf(c["qid_tp"], c["qid_pred"], c["qid_gold"])
    return {"nil": nil, "in_kb": in_kb, "linking_on_gold_mentions": linking}


_BLOCK = re.compile(rb"\n\s*\n")
_STR = r'"((?:[^"\\]|\\.)*)"'


def _unescape(s: str) -> str:
    return re.sub(r"\\(.)", lambda m: {"n": "\n", "t": "\t"}.get(m.group(1), m.group(1)), s)


def iter_nif(path: str | Path) -> Iterator[dict]:
    """Documents of a NIF Turtle corpus (RSS-500 as OpenTapioca ships it) in the ``score_linking`` shape:
    ``{"id", "text", "labels": [{"span", "entity_id"}]}``; non-Wikidata references become NIL."""
    data = Path(path).read_text(encoding="utf-8")
    texts: dict[str, str] = {}
    labels: dict[str, list] = {}
    for block in re.split(r"\n\s*\n", data):
        head = re.match(r"<([^>]+)>", block)
        if not head:
            continue
        if "nif:isString" in block:
            m = re.search(r"nif:isString " + _STR, block)
            if m:
                texts[head.group(1)] = _unescape(m.group(1))
        elif "nif:referenceContext" in block:
            ctx = re.search(r"nif:referenceContext <([^>]+)>", block).group(1)
            b = int(re.search(r'nif:beginIndex "(\d+)"', block).group(1))
            e = int(re.search(r'nif:endIndex "(\d+)"', block).group(1))
            ref = re.search(r"itsrdf:taIdentRef <([^>]+)>", block)
            qid = "NIL"
            if ref and "wikidata.org/entity/" in ref.group(1):
                qid = ref.group(1).rsplit("/", 1)[1]
            labels.setdefault(ctx, []).append({"span": [b, e], "entity_id": qid})
    for ctx, text in texts.items():
        yield {"id": ctx, "text": text, "labels": sorted(labels.get(ctx, []), key=lambda x: x["span"])}
