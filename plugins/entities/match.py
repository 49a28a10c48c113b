"""Mention detection: KB aliases over the normalised text, plus NIL candidates from capitalised spans.

The text is folded once (:mod:`.normalize`), split into word tokens, and every token that starts with a
capital letter (or an ``@``/``#`` sigil) is a possible mention start. At a start, the longest alias of the
KB that covers whole tokens wins (one marisa-trie call returns every alias that is a prefix of the next
tokens); aliases are not allowed to run across punctuation other than spaces, hyphens, apostrophes and the
dots of initials. Capitalised runs that the KB does not know become NIL candidates, typed by cues (a title
before them, an organisation head or suffix, a preposition of place) — so unknown people still get a
cluster. Offsets are code points into the original text, mapped back when the folding changed lengths.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from .kb import KB, Entity, Flag
from .lexicon import CONNECTORS, LOC_HEADS, LOC_PREPS, ORG_HEADS, ORG_SUFFIXES, PER_TITLES, SPEECH_VERBS, STOP
from .normalize import ELISIONS, TOKEN_RE, map_span, normalize_with_offsets

__all__ = ["Mention", "Matcher"]

_GAPS = frozenset({" ", "-", "'", " - ", " & ", "&", "  ", " -", "- "})
_DOT_GAPS = frozenset({".", ". ", ".-"})
_SENT_END = frozenset(".!?:;\n\u2026\u2014\u2013")
_QUOTES = frozenset(" \t\u00a0\u202f\u2009«»\"“”„‘’'()[]*-•")
_LOWER_WORD = re.compile(r"(?<![\w@#'’])[^\W\d_A-ZÀ-ÖØ-Þ][\w]*")


@dataclass
class Mention:
    start: int
    end: int
    text: str
    kind: str                                    # "kb" or "nil"
    candidates: list[tuple[Entity, int]] = field(default_factory=list)
    cue: str | None = None                       # NIL typing cue: PER / ORG / LOC (or None)
    sent_initial: bool = False
    words: tuple[str, ...] = ()                  # folded tokens
    prev: str = ""                               # folded word before the mention
    prev2: str = ""                              # folded word before that

    @property
    def key(self) -> str:
        return " ".join(self.words)


class Matcher:
    """Find KB and NIL mentions in a text."""

    def __init__(self, kb: KB | None, *, max_tokens: int = 8, nil: bool = True, case_sensitive: bool = True,
                 min_nil_len: int = 2) -> None:
        self.kb = kb
        self.max_tokens = max_tokens
        self.nil = nil
        self.case_sensitive = case_sensitive
        self.min_nil_len = min_nil_len

    # ------------------------------------------------------------------------------------------------
    def find(self, text: str, ignored: Iterable[tuple[int, int]] = ()) -> list[Mention]:
        norm, offsets = normalize_with_offsets(text)
        spans = [m.span() for m in TOKEN_RE.finditer(norm)]
        if not spans:
            return []
        words = [norm[s:e] for s, e in spans]
        if offsets is None:
            ospans = spans
        else:
            ospans = [map_span(offsets, s, e) for s, e in spans]
        n = len(spans)
        # gap before each token (in the normalised text) decides whether a name may continue through it
        brk = [True] * n
        for i in range(1, n):
            gap = norm[spans[i - 1][1]:spans[i][0]]
            if gap in _GAPS:
                brk[i] = False
            elif gap in _DOT_GAPS and len(words[i - 1]) <= 2:
                brk[i] = False
        cap = [False] * n
        for i, (s, _e) in enumerate(ospans):
            ch = text[s]
            cap[i] = ch.isupper() or ch in "@#"
        if not self.case_sensitive:
            cap = [w not in STOP or c for w, c in zip(words, cap, strict=True)]
        skip = None
        if ignored:
            ign = sorted(ignored)
            skip = [any(a <= s < b or a < e <= b for a, b in ign) for s, e in ospans]
        lower_words = None  # folded words seen starting with a lower-case letter (lazy)

        out: list[Mention] = []
        kb = self.kb
        user_starts = kb.user_starts if kb is not None else frozenset()
        i = 0
        while i < n:
            if skip is not None and skip[i]:
                i += 1
                continue
            lower_start = False
            if not cap[i]:
                if words[i] not in user_starts:
                    i += 1
                    continue
                lower_start = True  # the first word of a lower-case user alias ("patron de Tesla")
            w = words[i]
            # sigils: @handle / #hashtag, through the KB only
            if w[0] in "@#":
                if kb is not None:
                    kid = kb.trie.get(w)
                    if kid is not None:
                        s, e = ospans[i]
                        out.append(Mention(s, e, text[s:e], "kb", self._cands(kb, kid, text[s:e]), words=(w,)))
                i += 1
                continue
            # KB: longest alias starting here
            if kb is not None:
                j = i + 1
                limit = min(n, i + self.max_tokens)
                while j < limit and not brk[j] and not (skip is not None and skip[j]):
                    j += 1
                joined = " ".join(words[i:j])
                best = None
                for key, kid in kb.prefixes(joined):
                    if len(key) < len(joined) and joined[len(key)] != " ":
                        continue
                    ntok = key.count(" ") + 1
                    s, e = ospans[i][0], ospans[i + ntok - 1][1]
                    surface = text[s:e]
                    cands = self._cands(kb, kid, surface)
                    if lower_start:
                        cands = [c for c in cands if c[1] & Flag.USER]
                    if cands and not (ntok == 1 and self._weak_single(w, surface, cands)):
                        best = (ntok, s, e, surface, cands)
                if best is not None:
                    ntok, s, e, surface, cands = best
                    m = Mention(s, e, surface, "kb", cands, words=tuple(words[i:i + ntok]))
                    self._context(m, text, words, i, ospans)
                    out.append(m)
                    i += ntok
                    continue
            if lower_start:
                i += 1
                continue
            # elided article before a capitalised word: d'Elon, L'Élysée -> start at the next token
            if w in ELISIONS and i + 1 < n and not brk[i + 1] and cap[i + 1] \
                    and norm[spans[i][1]:spans[i + 1][0]] == "'":
                i += 1
                continue
            if not self.nil:
                i += 1
                continue
            # NIL: a run of capitalised tokens (with connectors inside)
            j = i + 1
            while j < n and not brk[j] and not (skip is not None and skip[j]):
                if cap[j] and words[j][0] not in "@#":
                    j += 1
                elif words[j] in CONNECTORS and j + 1 < n and not brk[j + 1] and cap[j + 1]:
                    j += 1
                else:
                    break
            # stop before a later KB alias start inside the run
            if kb is not None:
                for k in range(i + 1, j):
                    if cap[k] and words[k] not in CONNECTORS and self._kb_starts(kb, words, brk, k, n):
                        j = k
                        break
            # trailing connectors never end a name
            while j > i + 1 and words[j - 1] in CONNECTORS:
                j -= 1
            run = words[i:j]
            sent_init = self._sentence_initial(text, ospans[i][0])
            # leading stop words / titles are not part of the name (Le président ..., M. Dupont)
            cue = None
            while run and (run[0] in STOP or run[0] in PER_TITLES) and not self._acronym(text, ospans[i]):
                if run[0] in PER_TITLES:
                    cue = "PER"
                i += 1
                run = run[1:]
            if not run:
                continue
            if len(run) == 1 and run[0] in PER_TITLES:  # a title alone (PDG, CEO) names nobody
                i = j
                continue
            s, e = ospans[i][0], ospans[j - 1][1]
            surface = text[s:e]
            if len(surface) < self.min_nil_len:
                i = j
                continue
            if sent_init and len(run) == 1 and not self._acronym(text, ospans[i]):
                if lower_words is None:
                    lower_words = {normalize_with_offsets(x)[0] for x in _LOWER_WORD.findall(text)}
                if run[0] in lower_words or run[0] in STOP:
                    i = j
                    continue
            m = Mention(s, e, surface, "nil", words=tuple(run), cue=cue, sent_initial=sent_init)
            self._context(m, text, words, i, ospans)
            if m.cue is None:
                m.cue = self._nil_cue(m, text, ospans[i])
            out.append(m)
            i = j
        return out

    # ------------------------------------------------------------------------------------------------
    def _kb_starts(self, kb: KB, words: list[str], brk: list[bool], k: int, n: int) -> bool:
        j = k + 1
        limit = min(n, k + self.max_tokens)
        while j < limit and not brk[j]:
            j += 1
        joined = " ".join(words[k:j])
        for key, kid in kb.prefixes(joined):
            if len(key) == len(joined) or joined[len(key)] == " ":
                if " " in key:
                    return True
                if not self._weak_single(key, key, ()) and any(
                        self._fits(fl, words[k].isupper()) for _row, fl in kb.candidates_for_id(kid)):
                    return True
        return False

    @staticmethod
    def _acronym(text: str, ospan: tuple[int, int]) -> bool:
        s = text[ospan[0]:ospan[1]]
        return len(s) >= 2 and s.isupper()

    @staticmethod
    def _cands(kb: KB, kid: int, surface: str) -> list[tuple[Entity, int]]:
        """Candidates of an alias key whose flags fit the surface form."""
        upper = surface.isupper() and sum(c.isalpha() for c in surface) >= 2
        return [(kb.entity(row), fl) for row, fl in kb.candidates_for_id(kid) if Matcher._fits(fl, upper)]

    @staticmethod
    def _fits(fl: int, upper: bool) -> bool:
        if fl & Flag.LOWER and not fl & Flag.USER:
            return False          # common-noun aliases ("be", "scot") never match on their own
        if fl & Flag.ACRONYM and not upper:
            return False          # "LA" is not "La"
        if fl & Flag.SHORT and not fl & (Flag.USER | Flag.LABEL) and not upper:
            return False          # very short aliases must come from the entity's label or a curated file
        return True

    @staticmethod
    def _weak_single(word: str, surface: str, cands) -> bool:
        """A single-token match that is too weak: a function word ("Dans") or a title ("PDG"), unless it
        is written as an acronym (function words) or comes from a curated file (titles)."""
        if word in STOP:
            return not (surface.isupper() and len(surface) >= 2)
        if word in PER_TITLES:
            return not any(fl & Flag.USER for _e, fl in cands)
        return False

    @staticmethod
    def _sentence_initial(text: str, start: int) -> bool:
        k = start - 1
        while k >= 0 and text[k] in _QUOTES:
            if text[k] == "\n":
                return True
            k -= 1
        return k < 0 or text[k] in _SENT_END

    @staticmethod
    def _context(m: Mention, text: str, words: list[str], i: int, ospans) -> None:
        if i > 0:
            m.prev = words[i - 1]
        if i > 1:
            m.prev2 = words[i - 2]
        m.sent_initial = m.sent_initial or Matcher._sentence_initial(text, m.start)

    @staticmethod
    def _nil_cue(m: Mention, text: str, ospan) -> str | None:
        words = m.words
        if m.prev in PER_TITLES:
            return "PER"
        if words[0] in ORG_HEADS or words[-1] in ORG_SUFFIXES:
            return "ORG"
        if words[0] in LOC_HEADS:
            return "LOC"
        surface = m.text
        if surface.isupper() and 2 <= len(surface) <= 8 and " " not in surface:
            return "ORG"
        if m.prev in LOC_PREPS and m.prev2 not in SPEECH_VERBS:
            return "LOC" if len(words) <= 2 else None
        if len(words) >= 2 and all(w not in CONNECTORS for w in words[:1]):
            return "PER"
        return None
