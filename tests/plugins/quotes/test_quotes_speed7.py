"""The seventh speed pass keeps the answers: each fast path is checked against the slow one it replaces.

- ``sentences._abbreviation_before`` (quick answers for a non-letter or a long word before the period, a short
  window) equals the plain regex test it replaces, on random texts with astral letters and case-folding traps;
- ``Sentences`` (all cuts in one pass, quotes walked in step, last answer remembered) equals ``sentence_spans``
  with overlapping, nested and unsorted-looking quote spans as well as real ones.
"""

from __future__ import annotations

import bisect
import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from plugins.quotes.sentences import _ABBREV, Sentences, _abbreviation_before, sentence_spans

_WORD_BEFORE = re.compile(r"([^\W\d_]+)\Z")


def _slow_abbreviation(text: str, pos: int) -> bool:
    w = _WORD_BEFORE.search(text, max(0, pos - 12), pos)
    return bool(w and (len(w.group(1)) == 1 and w.group(1).isupper() or w.group(1).lower() in _ABBREV))


_PIECES = (
    "M Dr dr Mme sept Sept etc No p J K ſ İ İnc ß ² ½ 𝐀 𝑎 😀 👩🏽‍⚖️ 1 2015 _ ' ( said année Corp corpo xyz".split()
    + [" ", "\n"]
)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=8).map("".join))
@example("Mr")
@example("ſept")
@example("x²")
@example("𝐀")
@example("İnc")
def test_abbreviation_test_unchanged(before: str) -> None:
    text = before + ". Next"
    pos = len(before)
    assert _abbreviation_before(text, pos) == _slow_abbreviation(text, pos), before


_SENT = st.lists(
    st.sampled_from(list(".!?…\n »\"”')] aAÉ1«“") + ["M. ", "Dr. ", "Corp. ", "😀", "𝐀. ", "\n\n", "x", "« ", " »"]),
    max_size=60,
).map("".join)


@settings(max_examples=400, deadline=None)
@given(_SENT, st.lists(st.tuples(st.integers(0, 70), st.integers(0, 30)), max_size=4))
@example("« a »\nB. C", [(0, 5)])  # a line break right at a quote's end is a cut
@example("« a.\n\nB » C", [(0, 9)])  # a line break inside one is not
@example("a. « B » c! D", [(3, 8), (5, 12)])  # overlapping spans: the later start decides
def test_sentences_equal_the_full_split_for_any_quote_spans(text: str, raw: list[tuple[int, int]]) -> None:
    # spans sorted by start, possibly overlapping or nested: both must read them the same way (`_cut` asks
    # the last quote starting at or before a candidate)
    quotes = sorted((min(s, len(text)), min(s + w, len(text))) for s, w in raw)
    spans = sentence_spans(text, quotes)
    starts = [s for s, _ in spans]
    got = Sentences(text, quotes)
    for pos in list(range(len(text) + 2))[::-1] + list(range(0, len(text) + 2, 3)):
        assert got.at(pos) == spans[bisect.bisect_right(starts, pos) - 1], (text, quotes, pos)
