"""Sentence and paragraph bounds for attribution: a rule splitter that never splits inside a quotation.

Attribution looks for cues in "the same sentence" as a quote, so the splitter only has to be right outside
quotes: a boundary is terminal punctuation followed by a space and a capital (or an opening mark; a French `«`
needs no space: `34 ans.« J'ai`), unless the word before is a known abbreviation or an initial (``M.``, ``Dr.``,
``J. K.``); every newline ends a sentence.
One regex pass, the quotes walked in step with the candidates (``sentence_spans``, the reference, bisects
for each): linear in the text.
"""

from __future__ import annotations

import bisect
import re

__all__ = ["sentence_spans", "Sentences"]

# The next sentence starts with a capital, a digit or an opening mark (Latin, Greek and Cyrillic capitals
# are listed so that the regex, not Python, rejects `. la suite`; other scripts are checked in Python).
# The pattern opens with a character class (not a lookahead) so that `re` skips ahead to the next candidate
# character at C speed; ``p`` is then the punctuation run from the match start to the end of group ``p``.
_CANDIDATE = re.compile(
    r"[.!?…\n](?:(?<=[.!?…])(?P<p>[.!?…]*)[»”\"’')\]]*(?P<s>[^\S\n]+|(?=«))"
    r"(?=(?P<c>[A-ZÀ-ÖØ-ÞĀ-ŽΑ-ΩА-Я\d«“\"‘'(\[„¿¡–—]|[^\x00-\u024f\s]))|(?<=\n)\n*)"
)
_DASHES = frozenset("–—")
_OPENERS = frozenset("«“\"‘'([„¿¡–—")  # (a dash opens the sentence after a dateline: `10 février 2017 . – Selon`)
_ABBREV = frozenset(
    "mr mrs ms dr st jr sr gen sen rep gov lt col sgt capt prof pr mme mlle mm me no vs etc inc corp ltd co "
    "jan feb mar apr jun jul aug sep sept oct nov dec av bd env cf ex p pp vol art al "
    # ranks and titles of police, the military, councils and the clergy (`RCMP Cpl. Jane Doe said`)
    "cpl pvt maj adm cmdr supt insp det cst const coun cllr ald atty rev hon msgr fr mt ft ste".split()
)
_ABBREV_LEN = max(map(len, _ABBREV))
# abbreviations that are also words when written in lower case (`au vol`, `told me`, `said no`, `modern art`)
_ALSO_WORDS = frozenset("vol art me no co ex mar gen col rep sen dec rev hon fr det maj mt ft ste adm".split())
_WORD_BEFORE = re.compile(r"([^\W\d_]+)\Z")
# `at 8:58 p.m. PST, saying`: a time zone after `a.m.`/`p.m.` goes on with the sentence
_TIME_ZONE_AFTER = re.compile(r"[^\S\n]+(?:[ECMP][SD]?T|AK[SD]T|H[SD]T|A[SD]T|N[SD]T|GMT|UTC|BST|CES?T|EES?T|WES?T"
                              r"|AE[SD]T|IST|JST|KST|MSK|HA[EPR]|HN[EPR])(?![\w'’-])")


def _cut(text: str, m: re.Match, quotes: list[tuple[int, int]], starts: list[int]) -> bool:
    """Whether the candidate ``m`` ends a sentence."""
    pos = m.start()
    punct = m.group("s") is not None  # terminal punctuation (else a line break)
    i = bisect.bisect_right(starts, pos) - 1
    if i >= 0 and pos < quotes[i][1] and not (punct and m.end("p") < quotes[i][1] <= m.start("s")):
        # inside a quote (multi-paragraph ones too): not a sentence of the narrative — unless the quote
        # ends the sentence with its own punctuation (`… win." The crowd …`)
        return False
    if not punct and _wrapped(text, pos, m.end()):
        return False
    c = m.group("c")
    if c is not None and not (c.isupper() or c.isdigit() or c in _OPENERS):
        return False
    if c is not None and c in _DASHES and m.end("p") != m.start("s"):
        return False  # `"We will win." —Troy Roberts`: a dash after a closing mark is the quote's attribution
    return not (punct and text[pos] == "." and m.end("p") == pos + 1 and _abbreviation_before(text, pos))


def _wrapped(text: str, pos: int, end: int) -> bool:
    """Whether the line break ``text[pos:end]`` only wraps a line: a single newline after a comma
    (`"…",\nMartínez said`) or between a lower-case letter or a digit and a lower-case letter (`Trotador505\nwho
    according to`), as in hard-wrapped texts (seventeenth pass)."""
    if end != pos + 1 or pos == 0 or end >= len(text):
        return False
    before = text[pos - 1]
    return before == "," or ((before.islower() or before.isdigit()) and text[end].islower())


def _abbreviation_before(text: str, pos: int) -> bool:
    """Whether the word ending at the period ``pos`` is an abbreviation or an initial (then no sentence ends).
    Most periods follow a digit, a closing mark or a long word, which answer without a regex search; else the
    word is read in a window one letter longer than the longest abbreviation (a longer word is none either
    way, as ``lower`` never shortens a string)."""
    if pos == 0:
        return False
    c = text[pos - 1]
    if c < "\x80" and not c.isalpha():
        return False  # no letter right before the period: `_WORD_BEFORE` finds nothing
    if pos > _ABBREV_LEN and text[pos - _ABBREV_LEN - 1 : pos].isalpha():
        return False  # a word longer than any abbreviation
    m = _WORD_BEFORE.search(text, max(0, pos - _ABBREV_LEN - 1), pos)
    if m is None:
        return False
    w = m.group(1)
    if w in _ALSO_WORDS:
        # `au vol. Oscar Munoz`, `told me. Then`: a lower-case word that is also an abbreviation ends its sentence
        # before a capital; `vol. 3`, `no. 5`, `art. 12` do not (sixteenth pass)
        nxt = text[pos + 1 : pos + 3].lstrip()[:1]
        return not nxt.isupper()
    if w == "m" and text[pos - 3 : pos - 1] in ("a.", "p.") and _TIME_ZONE_AFTER.match(text, pos + 1):
        return True  # `at 8:58 p.m. PST, saying`: the time goes on with its zone
    return len(w) == 1 and w.isupper() or w.lower() in _ABBREV


def sentence_spans(text: str, quotes: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sentences of ``text`` as ``(start, end)`` spans covering it, with no boundary inside a quote span.

    ``quotes``: outer quote spans, sorted and disjoint.
    """
    starts = [q[0] for q in quotes]
    cuts = [m.end() for m in _CANDIDATE.finditer(text) if _cut(text, m, quotes, starts)]
    spans = []
    prev = 0
    for c in cuts:
        if c > prev:
            spans.append((prev, c))
            prev = c
    if prev < len(text) or not spans:
        spans.append((prev, len(text)))
    return spans


class Sentences:
    """``sentence_spans(text, quotes)`` as a lookup: ``at(pos)`` is the sentence holding ``pos``.

    The cuts are found in one pass the first time a sentence is asked for (a document whose rules ask
    nothing pays nothing; nearly every paragraph of a news article holds a quote or a cue, so splitting
    paragraphs one at a time saved nothing), and ``at`` remembers its last answer, since the rules ask about
    the same sentence many times in a row.
    """

    def __init__(self, text: str, quotes: list[tuple[int, int]]) -> None:
        self.text = text
        self.quotes = quotes
        self.n = len(text)
        self.bounds: list[int] | None = None  # 0, the cuts, then len(text): computed when first asked
        self._hit = (0, 0)  # the last sentence answered

    def _bounds(self) -> list[int]:
        bounds = [0]
        for c in _fast_cuts(self.text, self.quotes):
            if c > bounds[-1]:
                bounds.append(c)
        if bounds[-1] < self.n:
            bounds.append(self.n)
        self.bounds = bounds
        return bounds

    def at(self, pos: int) -> tuple[int, int]:
        """The sentence holding ``pos`` (the last one for ``pos`` at or past the end)."""
        if self.n == 0:
            return (0, 0)
        pos = min(pos, self.n - 1)
        hit = self._hit
        if hit[0] <= pos < hit[1]:  # sentences partition the text, so the one holding pos is this one
            return hit
        bounds = self.bounds or self._bounds()
        j = bisect.bisect_right(bounds, pos)
        self._hit = (bounds[j - 1], bounds[j])
        return self._hit


def _fast_cuts(text: str, quotes: list[tuple[int, int]]) -> list[int]:
    """The ends of the candidates ``_cut`` accepts, in order: ``_cut`` inlined, the quotes walked in step
    with the candidates (both in text order) instead of one bisect per candidate, and the group spans read
    once from ``regs`` (groups p, s, c are 1, 2, 3). The tests check it against ``sentence_spans``."""
    cuts: list[int] = []
    nq = len(quotes)
    i = -1
    q_end = -1  # end of the last quote starting at or before the candidate
    next_start = quotes[0][0] if nq else len(text) + 1
    for m in _CANDIDATE.finditer(text):
        (pos, end), (_, p_end), (s_start, _), (c_start, _) = m.regs
        while pos >= next_start:
            i += 1
            q_end = quotes[i][1]
            next_start = quotes[i + 1][0] if i + 1 < nq else len(text) + 1
        if s_start < 0:  # a newline run: a cut unless inside a (multi-paragraph) quote or a wrapped line
            if pos >= q_end and not _wrapped(text, pos, end):
                cuts.append(end)
            continue
        if pos < q_end and not p_end < q_end <= s_start:
            continue  # inside a quote, unless the quote ends the sentence with its own punctuation
        if c_start >= 0 and not ((c := text[c_start]).isupper() or c.isdigit() or c in _OPENERS):
            continue
        if c_start >= 0 and c in _DASHES and p_end != s_start:
            continue  # (a dash after a closing mark: the quote's attribution, as in ``_cut``)
        if text[pos] == "." and p_end == pos + 1 and _abbreviation_before(text, pos):
            continue
        cuts.append(end)
    return cuts
