"""A learned last word on the type of each French mention: PER, ORG, LOC, or none of them (MISC).

Why: the matcher, the recall pass and the linker type a mention from its own cues, one rule at a time; what an
annotator calls a person, an organisation, a place or nothing (a product, an event, a title) also depends on the
words around the mention and on how the other mentions of the document were read. A multinomial logistic
regression over those features, trained on the WiNER-fr 2016 and 2017 articles (their manual annotations, CC BY
4.0), reads them all at once. Trained on 2016 and half of 2017, it moves typed precision/recall on the other half of
2017 from .818/.834 to .811/.858 (both halves in turn; docs/entities-recall.md, "A learned typer"); the bundled model
is trained on both years, for the later ones. It is on by default for French documents and costs about a quarter of
the plugin's speed (``entities.typer=false`` turns it off).

The model is a table of weights (``data/typer.json``), written by ``benchmarks/entities_typer_train.py`` from the
features below: the same :func:`features` feed training and use, so the two cannot drift apart. Scoring a mention
is the column sums of its features' rows of weights (one C pass); the plugin applies it to documents read with French
rules only (the language it was trained on), keeps every mention (one it types as none of the three becomes MISC),
and leaves the type of a mention linked to a curated, overlay or Wikidata entity as that entity's.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

import orjson

from .normalize import normalize

__all__ = ["Typer", "features", "load_typer", "MODEL_PATH"]

MODEL_PATH = Path(__file__).parent / "data" / "typer.json"
FEATURES_VERSION = 1
_WORD = re.compile(r"\w+(?:['’]\w+)*|[^\w\s]")
_TYPED = ("PER", "ORG", "LOC")
_CHOSEN = ("Q", "textplug:")  # ids of entities whose type a person chose (curated and overlay files, Wikidata)
_DIGIT = re.compile(r"\d")
_MEMO_MAX = 100_000  # words whose folding the typer remembers (per process)


def features(text: str, spans: list[dict[str, Any]], names: frozenset[str],
             first: dict[str, bool] | None = None) -> list[list[str]]:
    """The active features of each span of ``spans`` (the entity layer's fields: ``start``, ``end``, ``type``,
    ``kb_id``, ``score``, ``cluster``, ``name``), in order. ``names``: folded first names (``guess.first_names``);
    ``first``: a memo of which words fold to one of them (folding is the costly part), kept by the caller."""
    if first is None:
        first = {}
    cluster_size: dict[Any, int] = {}
    cluster_types: dict[Any, set[str]] = {}
    surface_types: dict[str, set[str]] = {}
    for s in spans:
        c = s.get("cluster")
        cluster_size[c] = cluster_size.get(c, 0) + 1
        cluster_types.setdefault(c, set()).add(s["type"])
        surface_types.setdefault(text[s["start"] : s["end"]], set()).add(s["type"])
    inside, contains = _nesting(spans)
    out = []
    for k, s in enumerate(spans):
        a, b, typ = s["start"], s["end"], s["type"]
        surface = text[a:b]
        words = _WORD.findall(surface)
        before = _WORD.findall(text, max(0, a - 40), a)
        after = _WORD.findall(text, b, b + 30)
        kb_id = s.get("kb_id") or ""
        kind = kb_id.split(":", 1)[0] if ":" in kb_id else ("Q" if kb_id.startswith("Q") else "none")
        sfx = "|" + typ
        f = ["t=" + typ, "kb=" + kind, "tk=" + typ + kind, f"sc={min(int((s.get('score') or 0) * 5), 4)}",
             f"nw={min(len(words), 5)}", f"cs={min(cluster_size[s.get('cluster')], 10) // 2}",
             "st=" + "+".join(sorted(surface_types[surface]))]
        if surface.isupper():
            f.append("caps")
        if _DIGIT.search(surface):
            f.append("digit")
        if "-" in surface:
            f.append("hyph")
        if len(cluster_types[s.get("cluster")]) > 1:
            f.append("ct>1")
        if inside[k]:
            f.append("inside")
        if contains[k]:
            f.append("contains")
        if text[max(0, a - 2) : a].strip() in ("", ".", "!", "?"):
            f.append("sent_init")
        named = []
        for w in words:
            known = first.get(w)
            if known is None:
                if len(first) >= _MEMO_MAX:
                    first.clear()
                known = first[w] = normalize(w) in names
            named.append(known)
        if named and named[0]:
            f += ["fn", "fn" + sfx]
        if any(named):
            f.append("fn_any")
        name = s.get("name") or ""
        if name == surface:
            f.append("name_eq")
        if len(name.split()) > len(words):
            f.append("name_longer")
        w0 = words[0].lower() if words else ""
        wl = words[-1].lower() if words else ""
        b1 = before[-1].lower() if before else ""
        b2 = before[-2].lower() if len(before) > 1 else ""
        b3 = before[-3].lower() if len(before) > 2 else ""
        a1 = after[0].lower() if after else ""
        a2 = after[1].lower() if len(after) > 1 else ""
        f += ["sfx=" + wl[-3:], "w0=" + w0, "w0=" + w0 + sfx, "wl=" + wl, "wl=" + wl + sfx, "b1=" + b1,
              "b1=" + b1 + sfx, "b2=" + b2, "b2=" + b2 + sfx, "a1=" + a1, "a1=" + a1 + sfx, "a2=" + a2,
              "a2=" + a2 + sfx, "b3=" + b3, "b3=" + b3 + sfx]
        out.append(f)
    return out


def _nesting(spans: list[dict[str, Any]]) -> tuple[list[bool], list[bool]]:
    """Per span: whether another span holds it, and whether another lies within it (identical spans count as
    neither). One sort and one sweep: a running maximum of the ends before a span finds its holders, and the spans
    right after it in start order that end within it are its nested ones."""
    order = sorted(range(len(spans)), key=lambda i: (spans[i]["start"], -spans[i]["end"]))
    inside, contains = [False] * len(spans), [False] * len(spans)
    reach, reach_span = -1, (-1, -1)
    for n, i in enumerate(order):
        a, b = spans[i]["start"], spans[i]["end"]
        if reach >= b and reach_span != (a, b):
            inside[i] = True
        for m in range(n + 1, len(order)):  # (indices, not a slice: a copy of the rest per span is quadratic)
            x, y = spans[order[m]]["start"], spans[order[m]]["end"]
            if x >= b:
                break
            if y <= b and (x, y) != (a, b):
                contains[i] = True
                break
        if b > reach:
            reach, reach_span = b, (a, b)
    return inside, contains


class Typer:
    """The weights of the model: per feature, one weight per class; ``threshold``: the probability of "none"
    needed to take a mention out of PER/ORG/LOC (below it, the best of the three wins)."""

    def __init__(self, model: dict[str, Any]) -> None:
        if model.get("features_version") != FEATURES_VERSION:
            raise ValueError(f"typer model of features version {model.get('features_version')!r}, "
                             f"expected {FEATURES_VERSION}")
        self.classes: list[str] = model["classes"]
        self.intercept: list[float] = model["intercept"]
        # one row of weights per feature (a tuple): a mention's scores are the column sums of its features' rows
        self.weights: dict[str, tuple[float, ...]] = {f: tuple(w) for f, w in model["weights"].items()}
        self.threshold: float = model["threshold"]
        self._none = self.classes.index("O")
        self._typed = [self.classes.index(c) for c in _TYPED]
        self._names: frozenset[str] | None = None
        self._first: dict[str, bool] = {}  # word -> it folds to a first name of ``_names``

    def types(self, text: str, spans: list[dict[str, Any]], names: frozenset[str]) -> list[str]:
        """The type of each span: PER, ORG, LOC, or MISC for none of them; a span linked to an entity whose type a
        person chose (``_CHOSEN``) keeps its own."""
        if names is not self._names:
            self._names, self._first = names, {}
        out = []
        row_of, intercept, none = self.weights.get, self.intercept, self._none
        for span, feats in zip(spans, features(text, spans, names, self._first), strict=True):
            if (span.get("kb_id") or "").startswith(_CHOSEN):
                out.append(span["type"])  # a curated entity keeps the type the team gave it: Twitter is ORG
                continue
            score = list(map(sum, zip(intercept, *filter(None, map(row_of, feats)), strict=False)))
            best = score.index(max(score))
            if best == none:
                top = score[best]
                if 1.0 / sum(math.exp(v - top) for v in score) >= self.threshold:
                    out.append("MISC")
                    continue
                best = max(self._typed, key=score.__getitem__)
            out.append(self.classes[best])
        return out


@lru_cache(maxsize=4)
def load_typer(path: Path = MODEL_PATH) -> Typer:
    """The model at ``path`` (the bundled one by default), read once per process."""
    return Typer(orjson.loads(path.read_bytes()))
