"""Which cue lexicon to use for a document whose language is not given: frequent function words, counted in one
regex pass (the language plugin does real identification; this only chooses among the cue lexicons)."""

from __future__ import annotations

import re

from .cues import LANGS, _trie, lexicon

LANG_SAMPLE = 2500  # characters of narrative read to choose a lexicon when the language is unknown


# Frequent function words, to pick a lexicon when no language is given (``str.count`` runs at C speed; the
# language plugin does real identification — this only has to choose among the cue lexicons).
_FUNCTION_WORDS = {
    "fr": (" le ", " les ", " des ", " est ", " et ", " du ", " une ", " qui "),
    "en": (" the ", " and ", " of ", " is ", " to ", " that ", " was ", " with "),
    "de": (" der ", " die ", " und ", " das ", " ist ", " nicht ", " mit ", " den "),
    "es": (" el ", " los ", " y ", " del ", " las ", " es ", " por ", " una "),
    "it": (" il ", " della ", " che ", " di ", " è ", " gli ", " per ", " non "),
    "pt": (" os ", " do ", " da ", " não ", " em ", " uma ", " dos ", " com "),
}


_ALL_FUNCTION_WORDS = {w.strip() for ws in _FUNCTION_WORDS.values() for w in ws}
# every ` word ` of the lists, found in one pass: a match takes the leading space only, so that a following
# ` word ` sharing its trailing space is found too
_FUNCTION_WORD = re.compile(" " + _trie(_ALL_FUNCTION_WORDS, capitalised=False) + "(?= )")


def _word_counts(sample: str) -> dict[str, int]:
    """``{" w ": sample.count(" w ")}`` for the function words, in one regex pass instead of one ``count`` per
    word: ``count`` skips an occurrence overlapping the previous one of the same word (`` le le ``), so do we."""
    counts: dict[str, int] = {}
    free: dict[str, int] = {}  # where the next counted occurrence of a word may start
    for m in _FUNCTION_WORD.finditer(sample):
        w = m.group()
        s = m.start()
        if s < free.get(w, 0):
            continue
        free[w] = m.end() + 1
        key = w + " "
        counts[key] = counts.get(key, 0) + 1
    return counts


def choose_lang(text: str, gaps: list[tuple[int, int]], langs: tuple[str, ...] = LANGS) -> str:
    """The lexicon for a text of unknown language: the one whose function words are most frequent in the
    first ``LANG_SAMPLE`` characters of narrative (between quotes), else the one with most cue forms there;
    ties go to the first in ``langs``."""
    spans, left = [], LANG_SAMPLE
    for a, b in gaps:
        if left <= 0:
            break
        spans.append((a, min(b, a + left)))
        left -= b - a
    sample = " " + " ".join(text[a:b] for a, b in spans).lower() + " "
    counts = _word_counts(sample)
    best, best_n = langs[0], 0
    for lang in langs:
        n = sum(counts.get(w, 0) for w in _FUNCTION_WORDS[lang])
        if n > best_n:
            best, best_n = lang, n
    if best_n == 0:  # too short to tell (`", said Johnson."`): the lexicon with most cue forms
        for lang in langs:
            n = lexicon(lang).count(text, spans)
            if n > best_n:
                best, best_n = lang, n
    return best
