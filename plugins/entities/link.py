"""Disambiguation, in-document coreference and NIL clusters.

Each KB mention's candidates are scored by

- **prior**: popularity (sitelinks, population, curated weight);
- **context**: words of the candidate's description found in the document;
- **coherence**: the candidate is also the reading of another (unambiguous) mention of the document;
- **type**: the candidate's type agrees with a cue around the mention (a title before it → PER, "à" → LOC);

and the best one is kept when its score passes ``threshold``. Then, within the document, a surname or a
first-name-less short form resolves to a full name mentioned in the same document (the nearest earlier one,
else the first later one: ``Johnson`` → ``Derrick Johnson``, never the KB's Boris Johnson), and an acronym
to the expansion whose initials it spells. Mentions that stay unlinked become NIL and are clustered: the
short forms with their full name, identical names together. Every mention carries a cluster id (``c1`` …),
shared by all the mentions of one entity.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache

from .kb import Entity, Flag
from .lexicon import CONNECTORS, STOP
from .match import Mention
from .normalize import is_word_char, normalize

__all__ = ["Linker", "Linked"]

_WORD = re.compile(r"\w{4,}")


@dataclass(slots=True)
class Linked:
    mention: Mention
    entity: Entity | None
    score: float
    type: str
    name: str
    cluster: str = ""
    via: str = "kb"          # kb / coref / acronym / nil
    coref: Linked | None = None


class Linker:
    def __init__(self, *, threshold: float = 0.3, w_prior: float = 0.5, w_context: float = 0.25,
                 w_coherence: float = 0.15, w_type: float = 0.1, coref: bool = True) -> None:
        self.threshold = threshold
        self.w_prior = w_prior
        self.w_context = w_context
        self.w_coherence = w_coherence
        self.w_type = w_type
        self.coref = coref
        self._desc: dict[int, frozenset[str]] = {}

    # ----------------------------------------------------------------------------------------------
    def link(self, mentions: list[Mention], text: str, norm: str | None = None) -> list[Linked]:
        """Linked mentions in document order; ``norm`` is ``normalize(text)`` when the caller has it."""
        if not mentions:
            return []
        doc_words: _DocWords | None = None
        # unambiguous readings first: they feed coherence
        sure: dict[str, int] = {}
        nids: list[int] = []  # distinct entities among each mention's candidates
        for m in mentions:
            cands = m.candidates
            k = len(cands) if len(cands) < 2 else len({e.id for e, _ in cands})
            nids.append(k)
            if m.kind == "kb" and k == 1:
                eid = cands[0][0].id
                sure[eid] = sure.get(eid, 0) + 1
        out: list[Linked] = []
        for m, k in zip(mentions, nids, strict=True):
            if m.kind != "kb" or not m.candidates:
                out.append(Linked(m, None, 0.0, m.cue or "", m.text, via="nil"))
                continue
            best = None
            best_score = -1.0
            for ent, fl in m.candidates:
                score = self.w_prior * ent.prior
                if k > 1:
                    if doc_words is None:
                        doc_words = _DocWords(norm if norm is not None else normalize(text))
                    score += self.w_context * self._overlap(ent, doc_words)
                    score += self.w_coherence * (1.0 if sure.get(ent.id) else 0.0)
                else:
                    score += self.w_context * 0.5 + self.w_coherence * 0.5
                if m.cue:
                    score += self.w_type * (1.0 if m.cue == ent.type else -1.0)
                else:
                    score += self.w_type * 0.5
                if fl & Flag.LABEL:
                    score += 0.05
                if fl & Flag.USER:
                    score += 0.05
                if score > best_score:
                    best, best_score = ent, score
            if best is not None and best_score >= self.threshold:
                out.append(Linked(m, best, round(min(best_score, 1.0), 3), best.type, best.label))
            else:
                out.append(Linked(m, None, 0.0, m.cue or "", m.text, via="nil"))
        if self.coref:
            self._coreference(out)
        self._clusters(out)
        return out

    def _overlap(self, ent: Entity, doc_words: _DocWords) -> float:
        """Share of the candidate's description words (up to 4) found in the document (memoised per
        document: a candidate recurs with each mention of its name)."""
        share = doc_words.shares.get(ent.row)
        if share is None:
            share = doc_words.shares[ent.row] = self._share(ent, doc_words)
        return share

    def _share(self, ent: Entity, doc_words: _DocWords) -> float:
        words = self._desc.get(ent.row)
        if words is None:
            words = self._desc[ent.row] = frozenset(_WORD.findall(normalize(ent.description)))
        if not words:
            return 0.0
        return min(1.0, sum(w in doc_words for w in words) / min(len(words), 4))

    # ----------------------------------------------------------------------------------------------
    def _coreference(self, linked: list[Linked]) -> None:
        # full names: multi-word person names (linked or NIL), indexed by their non-first words (surnames)
        # and, for people, by their first word; one pass. A lookup scans a short list as it is; a long one (a
        # name repeated through a long text) by bisection over its starts (_nearest_far): linear time on any text
        by_part: dict[str, list[Linked]] = {}
        by_first: dict[str, list[Linked]] = {}
        fulls: list[Linked] = []
        for li in linked:
            words = li.mention.words
            if len(words) >= 2 and (li.type == "PER" or (li.entity is None and li.mention.cue in (None, "PER"))):
                if li.entity is None and words[0] in CONNECTORS:
                    continue
                for w in set(words[1:]) - CONNECTORS:
                    by_part.setdefault(w, []).append(li)
                by_first.setdefault(words[0], []).append(li)
                fulls.append(li)
        near: dict[int, list[int] | None] = {}  # long lists' starts (_nearest_far)
        firsts_keys: dict[int, int] = {}  # long lists' counts of distinct names
        by_suffix: dict[tuple[str, ...], list[Linked]] | None = None
        by_initials: dict[str, Linked] | None = None
        for li in linked:
            m = li.mention
            n = len(m.words)
            target = None
            if n == 1:
                w = m.words[0]
                if w in STOP:
                    continue
                parts = by_part.get(w, ())
                target = _nearest(parts, m.start) if len(parts) <= _SHORT else _nearest_far(parts, m.start, near)
                if target is None and li.entity is None and not m.text.isupper():
                    firsts = by_first.get(w)
                    # a first name alone, when one person of the document has it (Alistair -> Alistair Brownlee)
                    if firsts and firsts[0].type == "PER":
                        short = len(firsts) <= _SHORT
                        if short:
                            keys = len({f.mention.key for f in firsts})
                        else:
                            keys = firsts_keys.get(id(firsts), 0)
                            if not keys:
                                keys = firsts_keys[id(firsts)] = len({f.mention.key for f in firsts})
                        if keys == 1:
                            target = _nearest(firsts, m.start) if short else _nearest_far(firsts, m.start, near)
            elif li.entity is None and len(m.words) < 4:
                # a shorter NIL name that ends a full name: De Gendt -> Thomas De Gendt
                parts = by_part.get(m.words[-1], ())
                if len(parts) <= _SHORT:
                    cands = [f for f in parts if len(f.mention.words) > n and f.mention.words[-n:] == m.words]
                else:  # the same names (those of by_part[last word] that end with the mention), indexed once
                    if by_suffix is None:
                        by_suffix = {}
                        for f in fulls:
                            fw = f.mention.words
                            if fw[-1] not in CONNECTORS:  # as by_part indexes it
                                for k in (2, 3):
                                    if len(fw) > k:
                                        by_suffix.setdefault(fw[-k:], []).append(f)
                    cands = by_suffix.get(m.words, [])
                target = _nearest(cands, m.start) if len(cands) <= _SHORT else _nearest_far(cands, m.start, near)
            if target is None and n != 1:
                continue
            w = m.words[0]
            if target is None and m.text.isupper() and 2 <= len(m.text) <= 8:
                if by_initials is None:  # the first multi-word mention spelling each acronym
                    by_initials = {}
                    for f in linked:
                        if len(f.mention.words) >= 2:
                            by_initials.setdefault(_initials(f.mention.words), f)
                target = by_initials.get(w)
                if target is not None:
                    li.via = "acronym"
            if target is None:
                continue
            if li.entity is not None and target.entity is not None and li.entity.id == target.entity.id:
                continue
            if li.entity is not None and target.entity is None and li.via != "acronym" and li.type != "PER" \
                    and (li.entity.prior >= 0.6 or target.type != "PER"):
                continue  # a well-known place or organisation is not re-read as a person's surname
            # (a small town is: "Sagan" after "Peter Sagan" is the cyclist)
            li.entity = target.entity
            li.name = target.name
            li.type = target.type or "PER"
            li.score = round(target.score * 0.95, 3) if target.entity is not None else 0.0
            if li.via != "acronym":
                li.via = "coref"
            li.coref = target
        # one sense per document for identical unlinked NIL names: inherit a typed sibling's type
        types: dict[str, str] = {}
        untyped: list[Linked] = []
        for li in linked:
            if li.entity is None:
                if li.type:
                    types.setdefault(li.mention.key, li.type)
                else:
                    untyped.append(li)
        for li in untyped:
            li.type = types.get(li.mention.key, "")

    def _clusters(self, linked: list[Linked]) -> None:
        """``c1``, ``c2`` … in order of first mention: one per KB entity, one per NIL name (after resolving
        coreference chains to their root)."""
        ids: dict[str | tuple[str, str], str] = {}  # entity id, or ("nil", name key)
        for li in linked:
            root = li
            seen = 0
            while root.coref is not None and seen < 10:
                root = root.coref
                seen += 1
            key = li.entity.id if li.entity is not None else ("nil", root.mention.key)
            cluster = ids.get(key)
            if cluster is None:
                cluster = ids[key] = f"c{len(ids) + 1}"
            li.cluster = cluster
            if not li.type:
                li.type = root.type or "MISC"


class _DocWords:
    """The words of 4+ characters of a folded text (as ``_WORD.findall`` cuts them), tested one by one:
    the linker asks about a few description words per document, so it looks those up with ``str.find``
    instead of collecting every word of the text."""

    __slots__ = ("norm", "seen", "shares", "every")

    LOOKUPS = 32  # words searched one by one before collecting them all: linear time on any document

    def __init__(self, norm: str) -> None:
        self.norm = norm
        self.seen: dict[str, bool] = {}
        self.shares: dict[int, float] = {}  # Linker._overlap per entity row
        self.every: set[str] | None = None

    def __contains__(self, word: str) -> bool:
        """``word`` (a run of 4+ word characters) occurs in the text as a whole run of word characters."""
        if self.every is not None:
            return word in self.every
        found = self.seen.get(word)
        if found is None:
            if len(self.seen) >= self.LOOKUPS:  # many distinct words: one pass over the text
                self.every = set(_WORD.findall(self.norm))
                return word in self.every
            norm = self.norm
            n = len(word)
            found = False
            k = norm.find(word)
            while k >= 0:
                e = k + n
                if (k == 0 or not is_word_char(norm[k - 1])) and (e == len(norm) or not is_word_char(norm[e])):
                    found = True
                    break
                k = norm.find(word, k + 1)
            self.seen[word] = found
        return found


_SHORT = 16  # candidate lists up to this long are scanned (``_nearest``); longer ones go to ``_nearest_far``


def _nearest_far(cands: list[Linked], start: int, memo: dict[int, list[int] | None]) -> Linked | None:
    """``_nearest(cands, start)`` for a long list (built once, never changed: ``memo`` keeps its starts by
    ``id``, computed once, or None when they are out of order) by bisection over its starts."""
    key = id(cands)
    if key in memo:
        starts = memo[key]
    else:
        starts = [f.mention.start for f in cands]
        if starts != sorted(starts):
            starts = None
        memo[key] = starts
    if starts is None:
        return _nearest(cands, start)
    i = bisect_left(starts, start)
    if i:
        return cands[i - 1]  # the last one before start
    j = bisect_right(starts, start)  # none before: the first one after it
    return cands[j] if j < len(cands) else None


def _nearest(cands: list[Linked] | None, start: int) -> Linked | None:
    """The candidate mentioned nearest before ``start``, else the first one after it."""
    if not cands:
        return None
    before = None
    for f in cands:  # in document order
        if f.mention.start < start:
            before = f
        elif before is None and f.mention.start > start:
            return f
    return before


@lru_cache(maxsize=50_000)
def _initials(words: tuple[str, ...]) -> str:
    """The letters an acronym of ``words`` spells (memoised, bounded: the same names recur across
    documents, and the acronym index of a document asks for every multi-word mention's)."""
    return "".join(w[0] for w in words if w not in CONNECTORS and w not in STOP)
