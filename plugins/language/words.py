"""Word frequencies as a language signal for short spans (wordfreq's "small" lists, ~30k words a language).

Character n-gram engines confuse close languages on two or three words ("casa nova": pt, es, it?); how common
each word is in each language tells them apart. The score of a language is the sum over the span's words of
the word's Zipf frequency in that language (log10 of occurrences per billion words; 0 for a word not in the
list). wordfreq's lists come from Wikipedia, subtitles, news, books and web text, not from lingua's test data.
Used by the detector's fusion (see ``detector.W_WORDS``). Lists load lazily, per language, into a compact
trie of Zipf values (~0.07 s and ~0.2 MB each; wordfreq's own cached dict would keep ~5 MB a language).
"""

from __future__ import annotations

import math
import threading
from collections.abc import Iterable

import regex

_WORD = regex.compile(r"[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*")
_APOSTROPHE = regex.compile(r"['’]")
FLOOR = 1e-9  # a word not in a list counts as this frequency: Zipf 0
_STEPS = 100  # Zipf values in hundredths: wordfreq's own resolution (its lists are in centibels)


class WordFrequencies:
    """Zipf scores of a text's words per language; one process-wide cache of wordfreq's lists."""

    _lists: dict[str, object] = {}  # code -> marisa_trie.RecordTrie of (round(Zipf * _STEPS),)
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
    def _list(cls, code: str):
        words = cls._lists.get(code)
        if words is None:
            with cls._lock:
                words = cls._lists.get(code)
                if words is None:
                    import marisa_trie
                    import wordfreq

                    # The packed list, not get_frequency_dict: that one is cached for the process's life.
                    # Bucket i holds the words of frequency 10^(-i/100), i.e. Zipf 9 - i/100.
                    buckets = wordfreq.read_cBpack(wordfreq.available_languages("small")[code])
                    zipf0 = round(_STEPS * _zipf(1.0))
                    words = cls._lists[code] = marisa_trie.RecordTrie(
                        "<H", ((w, (max(0, zipf0 - i),)) for i, bucket in enumerate(buckets) for w in bucket)
                    )
        return words

    @staticmethod
    def words(text: str) -> list[str]:
        """The words the scores are summed over (lower-cased runs of letters, apostrophes inside)."""
        return _WORD.findall(text.lower())

    def scores(self, text: str, langs: Iterable[str], words: list[str] | None = None) -> dict[str, float]:
        """{language: sum of its Zipf frequencies of the text's words} (a word with an apostrophe that is not
        in a list counts as its rarest part: "l'homme" as "l" and "homme")."""
        words = self.words(text) if words is None else words
        out: dict[str, float] = {}
        for code in langs:
            trie = self._list(code)
            total = 0
            for word in words:
                found = trie.get(word)
                if found is not None:
                    total += found[0][0]
                elif "'" in word or "’" in word:
                    total += min((trie.get(part) or ((0,),))[0][0] for part in _APOSTROPHE.split(word))
            out[code] = total / _STEPS
        return out


def _zipf(freq: float) -> float:
    """Zipf frequency: log10 of occurrences per billion words (0 at FLOOR and below)."""
    return math.log10(max(freq, FLOOR) * 1e9)
