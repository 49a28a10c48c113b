"""Sentence and paragraph bounds for attribution: a rule splitter that never splits inside a quotation.

Attribution looks for cues in "the same sentence" as a quote, so the splitter only has to be right outside
quotes: a boundary is terminal punctuation followed by a space and a capital (or an opening mark), unless the
word before is a known abbreviation or an initial (``M.``, ``Dr.``, ``J. K.``); every newline ends a sentence.
One regex pass plus a bisect per candidate: linear in the text.
"""

from __future__ import annotations

import bisect
import re

__all__ = ["sentence_spans"]

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


def sentence_spans(text: str, quotes: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sentences of ``text`` as ``(start, end)`` spans covering it, with no boundary inside a quote span.

    ``quotes``: outer quote spans, sorted and disjoint.
    """
    starts = [q[0] for q in quotes]
    cuts: list[int] = []
    for m in _CANDIDATE.finditer(text):
        pos = m.start()
        punct = m.group("s") is not None  # terminal punctuation (else a line break)
        i = bisect.bisect_right(starts, pos) - 1
        if i >= 0 and pos < quotes[i][1] and not (punct and m.end("p") < quotes[i][1] <= m.start("s")):
            # inside a quote (multi-paragraph ones too): not a sentence of the narrative — unless the quote
            # ends the sentence with its own punctuation (`… win." The crowd …`)
            continue
        c = m.group("c")
        if c is not None and not (c.isupper() or c.isdigit() or c in _OPENERS):
            continue
        if punct and text[pos] == "." and m.end("p") == pos + 1:
            w = _WORD_BEFORE.search(text, max(0, pos - 12), pos)
            if w and (len(w.group(1)) == 1 and w.group(1).isupper() or w.group(1).lower() in _ABBREV):
                continue
        cuts.append(m.end())
    spans = []
    prev = 0
    for c in cuts:
        if c > prev:
            spans.append((prev, c))
            prev = c
    if prev < len(text) or not spans:
        spans.append((prev, len(text)))
    return spans
