"""Sentence and paragraph bounds for attribution: a rule splitter that never splits inside a quotation.

Attribution looks for cues in "the same sentence" as a quote, so the splitter only has to be right outside
quotes: a boundary is terminal punctuation followed by a space and a capital (or an opening mark), unless the
word before is a known abbreviation or an initial (``M.``, ``Dr.``, ``J. K.``); every newline ends a sentence.
One regex pass plus a bisect per candidate: linear in the text.
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
    r"[.!?…\n](?:(?<=[.!?…])(?P<p>[.!?…]*)[»”\"’')\]]*(?P<s>[^\S\n]+)"
    r"(?=(?P<c>[A-ZÀ-ÖØ-ÞĀ-ŽΑ-ΩА-Я\d«“\"‘'(\[„¿¡]|[^\x00-\u024f\s]))|(?<=\n)\n*)"
)
_OPENERS = frozenset("«“\"‘'([„¿¡")
_ABBREV = frozenset(
    "mr mrs ms dr st jr sr gen sen rep gov lt col sgt capt prof pr mme mlle mm me no vs etc inc corp ltd co "
    "jan feb mar apr jun jul aug sep sept oct nov dec av bd env cf ex p pp vol art al".split()
)
_WORD_BEFORE = re.compile(r"([^\W\d_]+)\Z")
_NEWLINES = re.compile(r"\n\n*")  # not `\n+`: a leading literal lets `re` skip ahead at C speed (10x)


def _cut(text: str, m: re.Match, quotes: list[tuple[int, int]], starts: list[int]) -> bool:
    """Whether the candidate ``m`` ends a sentence."""
    pos = m.start()
    punct = m.group("s") is not None  # terminal punctuation (else a line break)
    i = bisect.bisect_right(starts, pos) - 1
    if i >= 0 and pos < quotes[i][1] and not (punct and m.end("p") < quotes[i][1] <= m.start("s")):
        # inside a quote (multi-paragraph ones too): not a sentence of the narrative — unless the quote
        # ends the sentence with its own punctuation (`… win." The crowd …`)
        return False
    c = m.group("c")
    if c is not None and not (c.isupper() or c.isdigit() or c in _OPENERS):
        return False
    if punct and text[pos] == "." and m.end("p") == pos + 1:
        w = _WORD_BEFORE.search(text, max(0, pos - 12), pos)
        if w and (len(w.group(1)) == 1 and w.group(1).isupper() or w.group(1).lower() in _ABBREV):
            return False
    return True


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
    """``sentence_spans`` computed lazily, one paragraph at a time: ``at(pos)`` is the span of
    ``sentence_spans(text, quotes)`` holding ``pos``, but only the paragraphs asked about are split.

    Why it gives the same cuts: a run of newlines is always one whole candidate match (no other branch of
    ``_CANDIDATE`` takes a newline), so a full scan starts afresh after each run, exactly where the scan of
    the next paragraph starts. Paragraph ``k`` runs from ``starts[k]`` up to and including its newline run.
    Its cuts are memoised, and so are the nearest cuts on either side of paragraphs without one (long
    multi-paragraph quotes), so the work stays linear.
    """

    def __init__(self, text: str, quotes: list[tuple[int, int]]) -> None:
        self.text = text
        self.quotes = quotes
        self.qstarts = [q[0] for q in quotes]
        runs = [m.span() for m in _NEWLINES.finditer(text)]
        self.starts = [0] + [e for _, e in runs]
        # whether the newline run opening paragraph k (k >= 1) ends a sentence: only when it is in no quote
        self._open_cut = [True] + [not self._in_quote(r) for r, _ in runs]
        self._cuts: dict[int, list[int]] = {}  # paragraph -> its cuts, in (start, end]
        self._first: dict[int, int] = {}  # paragraph -> the first cut in it or after it
        self._last: dict[int, int] = {}  # paragraph -> the last cut before it (at or before its start)

    def _in_quote(self, pos: int) -> bool:
        i = bisect.bisect_right(self.qstarts, pos) - 1
        return i >= 0 and pos < self.quotes[i][1]

    def _paragraph(self, k: int) -> list[int]:
        got = self._cuts.get(k)
        if got is not None:
            return got
        text = self.text
        cuts: list[int] = []
        for m in _CANDIDATE.finditer(text, self.starts[k]):
            if _cut(text, m, self.quotes, self.qstarts):
                cuts.append(m.end())
            if m.group("s") is None:  # the newline run closing the paragraph
                break
        self._cuts[k] = cuts
        return cuts

    def _last_before(self, k: int) -> int:
        """The last cut before paragraph ``k`` (0 if none)."""
        chain = []
        found = 0
        while k > 0:
            if self._open_cut[k]:  # the newline run before it ends a sentence: no need to split the paragraph
                found = self.starts[k]
                break
            if k in self._last:
                found = self._last[k]
                break
            chain.append(k)
            cuts = self._paragraph(k - 1)
            if cuts:
                found = cuts[-1]
                break
            k -= 1
        for j in chain:
            self._last[j] = found
        return found

    def _first_from(self, k: int) -> int:
        """The first cut in paragraph ``k`` or after it (the text's length if none)."""
        chain = []
        found = len(self.text)
        while k < len(self.starts):
            if k in self._first:
                found = self._first[k]
                break
            chain.append(k)
            cuts = self._paragraph(k)
            if cuts:
                found = cuts[0]
                break
            k += 1
        for j in chain:
            self._first[j] = found
        return found

    def at(self, pos: int) -> tuple[int, int]:
        """The sentence holding ``pos`` (the last one for ``pos`` at or past the end)."""
        n = len(self.text)
        if n == 0:
            return (0, 0)
        pos = min(pos, n - 1)
        k = bisect.bisect_right(self.starts, pos) - 1
        cuts = self._paragraph(k)
        i = bisect.bisect_right(cuts, pos)
        lo = cuts[i - 1] if i else self._last_before(k)
        hi = cuts[i] if i < len(cuts) else self._first_from(k + 1)
        return (lo, hi)
