"""Speaker → entity: point each quote speaker at the entity mention it names (finalize phase).

The entities plugin writes spans ``{id, start, end, kb_id, cluster, …}``; a short form (``Gonzalez``) is in the
same cluster as the full name (``Jessica Gonzalez``), and the speaker points at the cluster's best mention:
one with a knowledge-base id, then the longest, then the first.
"""

from __future__ import annotations

import bisect
from typing import Any

__all__ = ["link_speakers"]


def _rank(e: dict[str, Any]) -> tuple[bool, int, int]:
    return (e.get("kb_id") is not None, e["end"] - e["start"], -e["start"])


def _representative(
    entity: dict[str, Any], clusters: dict[str, list[dict[str, Any]]], reps: dict[str, dict[str, Any]]
) -> dict[str, Any]:
    """The best mention of ``entity``'s cluster, or ``entity`` outside any; ``reps`` remembers each cluster's
    (a max over the cluster for every quote was O(quotes × cluster size): quadratic on 'Smith said "hello '
    repeated); only the clusters some speaker points at are searched."""
    cluster = entity.get("cluster") or ""
    rep = reps.get(cluster)
    if rep is None:
        members = clusters.get(cluster)
        if members is None:
            return entity
        rep = reps[cluster] = max(members, key=_rank)
    return rep


def link_speakers(text: str, quotes: list[dict[str, Any]], entities: list[dict[str, Any]]) -> int:
    """Set ``speaker["entity"]`` on ``quotes`` from ``entities``; returns how many were linked.

    A speaker links to the entity that overlaps it most (its cluster's representative); a speaker no entity
    overlaps links to an entity whose text ends with the speaker's text (``Gonzalez`` named elsewhere).
    """
    ents = sorted((e for e in entities if "id" in e), key=lambda e: e["start"])
    if not ents:
        return 0
    starts = [e["start"] for e in ents]
    clusters: dict[str, list[dict[str, Any]]] = {}
    by_text: dict[str, dict[str, Any]] = {}
    for e in ents:
        if e.get("cluster"):
            clusters.setdefault(e["cluster"], []).append(e)
    reps: dict[str, dict[str, Any]] = {}  # each cluster's best mention, once
    for e in ents:
        words = text[e["start"] : e["end"]].split()
        for k in range(len(words)):
            by_text.setdefault(" ".join(words[k:]), e)
    linked = 0
    for q in quotes:
        sp = q.get("speaker")
        if not sp:
            continue
        s, e = sp["start"], sp["end"]
        i = bisect.bisect_left(starts, e)
        best, best_ov = None, 0
        j = i - 1
        while j >= 0 and j >= i - 50:  # mentions starting before the speaker's end (a few suffice)
            ent = ents[j]
            ov = min(e, ent["end"]) - max(s, ent["start"])
            if ov > best_ov:
                best, best_ov = ent, ov
            j -= 1
        if best is None:
            best = by_text.get(" ".join(sp["text"].split()))
        if best is not None:
            sp["entity"] = _representative(best, clusters, reps)["id"]
            linked += 1
    return linked
