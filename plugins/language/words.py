"""Word frequencies as a language signal for short spans (wordfreq's "small" lists, ~30k words a language).

Character n-gram engines confuse close languages on two or three words ("casa nova": pt, es, it?); how common
each word is in each language tells them apart. The score of a language is the sum over the span's words of
the word's Zipf frequency in that language (log10 of occurrences per billion words; 0 for a word not in the
list). wordfreq's lists come from Wikipedia, subtitles, news, books and web text, not from lingua's test data.
Used by the detector's fusion in restricted mode (see ``detector.W_WORDS``), only when every candidate
language has a list. Lists load lazily, per language (~0.01 s and ~3 MB each).
"""

from __future__ import annotations

import math
import threading
from collections.abc import Iterable

import regex

_WORD = regex.compile(r"[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*")
_APOSTROPHE = regex.compile(r"['’]")
FLOOR = 1e-9  # a word not in a list counts as this frequency: Zipf 0


class WordFrequencies:
    """Zipf scores of a text's words per language; one process-wide cache of wordfreq's lists."""

    _lists: dict[str, dict[str, float]] = {}
    _available: frozenset[str] | None = None
    _lock = threading.Lock()

    @classmethod
    def available(cls) -> frozenset[str]:
        """Languages wordfreq has a "small" list for (empty when wordfreq is not installed)."""
        if cls._available is None:
            try:
                import wordfreq
            except ImportError:  # pragma: no cover - a default install has it
                cls._available = frozenset()
            else:
                cls._available = frozenset(wordfreq.available_languages("small"))
        return cls._available

    def covers(self, langs: Iterable[str]) -> bool:
        available = self.available()
        return all(code in available for code in langs)

    @classmethod
    def _list(cls, code: str) -> dict[str, float]:
        words = cls._lists.get(code)
        if words is None:
            with cls._lock:
                words = cls._lists.get(code)
                if words is None:
                    import wordfreq

                    words = cls._lists[code] = wordfreq.get_frequency_dict(code, wordlist="small")
        return words

    def scores(self, text: str, langs: Iterable[str]) -> dict[str, float]:
        """{language: sum of its Zipf frequencies of the text's words} (lower-cased; a word with an apostrophe
        that is not in a list counts as its rarest part: "l'homme" as "l" and "homme")."""
        words = _WORD.findall(text.lower())
        out: dict[str, float] = {}
        for code in langs:
            freqs = self._list(code)
            total = 0.0
            for word in words:
                freq = freqs.get(word)
                if freq is None and ("'" in word or "’" in word):
                    freq = min(freqs.get(part, 0.0) for part in _APOSTROPHE.split(word))
                total += math.log10(max(freq or 0.0, FLOOR) * 1e9)
            out[code] = total
        return out
