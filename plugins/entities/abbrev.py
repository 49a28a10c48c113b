"""The long form an acronym in parentheses abbreviates: ``service national de renseignement (SNR)``.

Why: news text introduces an organisation once by its full name followed by its acronym. The full name is
often one the KB lacks and that no capitalisation rule bounds (lower-case heads, ``et``/``pour`` inside,
names of 6-12 words), but the acronym's letters mark where it starts. This is the algorithm of Schwartz &
Hearst (2003, "A simple algorithm for identifying abbreviation definitions in biomedical text"): match the
acronym's letters right to left against the words before the parenthesis, the first letter at a word start,
over at most ``min(n + 5, 2n)`` words for ``n`` letters. Folded text (no case, no accents) is compared.
"""

from __future__ import annotations

import re

from .normalize import map_span, normalize_with_offsets

__all__ = ["long_form", "short_form_first", "FUNCTION_WORDS"]

# words an acronym skips (``Conseil national pour la défense de la démocratie`` → CNDD); folded
FUNCTION_WORDS = frozenset("""
de du des d la le les l et pour aux au en sur a of the and for in on to
""".split())

_MAX_CHARS = 240  # look-back bound: each acronym costs O(1) however long the text
_WORD = re.compile(r"\w+")
# a long form never runs across these (sentence ends, quotes, other parentheses, line breaks)
_BARRIER = re.compile(r"[.;:!?()\[\]«»\"\n]")


def long_form(short: str, text: str, end: int) -> int | None:
    """Start offset in ``text`` of the long form of ``short`` that ends at ``end`` (the end of the last word
    before the parenthesis), or None when the words before do not spell the acronym.

    The acronym's letters are first matched to the initials of the content words (``conseil national de la
    communication (CNC)``), then, failing that, as Schwartz & Hearst do (letters inside words too:
    ``Fédération française de triathlon (FFTri)``)."""
    letters = [c for c in normalize_with_offsets(short)[0] if c.isalnum()]
    if len(letters) < 2:
        return None
    lo = max(0, end - _MAX_CHARS)
    for barrier in _BARRIER.finditer(text, lo, end):
        lo = barrier.end()  # the long form starts after the last barrier
    seg, seg_offsets = normalize_with_offsets(text[lo:end])
    words = list(_WORD.finditer(seg))
    if len(words) < 2:
        return None
    words = words[-2 * len(letters) - 2:]
    k = _initials(letters, [(w.start(), w.group()) for w in words])
    if k is not None:
        return lo + map_span(seg_offsets, k, k + 1)[0]
    words = words[-min(len(letters) + 5, 2 * len(letters)):]
    base = words[0].start()
    folded = seg[base:]
    j = len(folded)  # search below j: letters right to left, the first one at a word start
    for k in range(len(letters) - 1, -1, -1):
        j = folded.rfind(letters[k], 0, j)
        while k == 0 and j > 0 and folded[j - 1].isalnum():
            j = folded.rfind(letters[k], 0, j)
        if j < 0:
            return None
    j -= 1
    if base + j + 1 >= words[-1].start():
        return None  # the acronym spelt inside one word: no long form
    return lo + map_span(seg_offsets, base + j + 1, base + j + 2)[0]


def _initials(letters: list[str], words: list[tuple[int, str]]) -> int | None:
    """Start of the shortest run of words ending the list whose content words' initials spell ``letters``
    (function words in between are skipped); the last word must be a content word."""
    j = len(words) - 1
    if words[j][1] in FUNCTION_WORDS:
        return None
    for c in reversed(letters):
        while j >= 0 and words[j][1] in FUNCTION_WORDS:
            j -= 1
        if j < 0 or words[j][1][0] != c:
            return None
        j -= 1
    return words[j + 1][0]


def short_form_first(short: str, inner: str) -> bool:
    """``SNR (service national de renseignement)``: the words in the parenthesis spell the acronym before it
    by their content words' initials, all of them used."""
    letters = [c for c in normalize_with_offsets(short)[0] if c.isalnum()]
    words = [w for w in _WORD.findall(normalize_with_offsets(inner)[0]) if w not in FUNCTION_WORDS]
    return len(letters) >= 2 and len(words) == len(letters) and all(
        w[0] == c for w, c in zip(words, letters, strict=True))
