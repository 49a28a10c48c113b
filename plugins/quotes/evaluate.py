"""Scoring quotes against gold: span matching by overlap, type and speaker accuracy, precision and recall.

Gold and system quotes are dicts with ``start``/``end`` (the quote, marks included, or the content of
indirect speech), ``type`` and ``speaker`` (``{start, end}`` or None). A system quote matches a gold quote
when their overlap covers at least ``threshold`` of the gold span (each used once, best overlap first).
"""

from __future__ import annotations

from typing import Any

__all__ = ["overlap", "match", "score"]


def overlap(a: dict[str, Any], b: dict[str, Any]) -> int:
    return max(0, min(a["end"], b["end"]) - max(a["start"], b["start"]))


def match(gold: list[dict[str, Any]], system: list[dict[str, Any]], threshold: float) -> list[tuple[int, int]]:
    """Pairs ``(gold index, system index)``: greedy by overlap ratio of the gold span, each used once."""
    cands = []
    for i, g in enumerate(gold):
        glen = max(1, g["end"] - g["start"])
        for j, s in enumerate(system):
            r = overlap(g, s) / glen
            if r >= threshold and r > 0:
                cands.append((-r, i, j))
    cands.sort()
    used_g: set[int] = set()
    used_s: set[int] = set()
    pairs = []
    for _, i, j in cands:
        if i not in used_g and j not in used_s:
            used_g.add(i)
            used_s.add(j)
            pairs.append((i, j))
    return pairs


def _same_speaker(g: dict[str, Any] | None, s: dict[str, Any] | None) -> bool:
    if not g or not s:
        return not g and not s
    return overlap(g, s) > 0 or bool(s.get("mention") and overlap(g, s["mention"]) > 0)


def _ratio(flags: list[bool]) -> float:
    return sum(flags) / len(flags) if flags else 0.0


def score(gold: list[dict[str, Any]], system: list[dict[str, Any]], threshold: float = 0.3) -> dict[str, Any]:
    """Precision, recall, F1 of spans; type accuracy and speaker accuracy on matched pairs (also on the pairs
    whose gold quote has a speaker: ``speaker_accuracy_attributed``); recall by type."""
    pairs = match(gold, system, threshold)
    tp = len(pairs)
    p = tp / len(system) if system else 1.0
    r = tp / len(gold) if gold else 1.0
    by_type: dict[str, list[int]] = {}
    for g in gold:
        by_type.setdefault(g["type"], [0, 0])[1] += 1
    for i, _ in pairs:
        by_type[gold[i]["type"]][0] += 1
    return {
        "gold": len(gold), "system": len(system), "matched": tp, "precision": p, "recall": r,
        "f1": 2 * p * r / (p + r) if p + r else 0.0,
        "type_accuracy": sum(gold[i]["type"] == system[j]["type"] for i, j in pairs) / tp if tp else 0.0,
        "speaker_accuracy": (
            sum(_same_speaker(gold[i].get("speaker"), system[j].get("speaker")) for i, j in pairs) / tp if tp else 0.0
        ),
        "speaker_accuracy_attributed": _ratio(
            [_same_speaker(gold[i]["speaker"], system[j].get("speaker")) for i, j in pairs if gold[i].get("speaker")]
        ),
        "recall_by_type": {t: (m / n if n else 0.0) for t, (m, n) in sorted(by_type.items())},
    }  # fmt: skip
