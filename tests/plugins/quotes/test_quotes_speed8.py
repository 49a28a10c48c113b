"""The eighth speed pass keeps the answers: each lazy or skipped step equals the full one it replaces.

- ``_Doc.iter_tokens`` (tokens one at a time, for rules that read only the first words of a long window) yields
  exactly ``_Doc.tokens`` on random texts and windows, with astral letters, emoji, final periods and marks.
"""

from __future__ import annotations

import itertools

from hypothesis import example, given, settings
from hypothesis import strategies as st

from plugins.quotes.attribution import _Doc

_PIECES = (
    "M. Dr. U.S. a.m. etc. Mr 𝐀 𝑎. 😀 👩🏽‍⚖️ 1 2015. _ ' ’ - & # @ ( ) « » “ ” \"".split()
    + "said Smith, X; y: z! ? — – ſ İ ß .".split()
    + [" ", "\n", ".", "..", "a.b", "#tag", "@user"]
)
_TEXT = st.lists(st.sampled_from(_PIECES), max_size=40).map("".join)


def _doc(text: str) -> _Doc:
    return _Doc(text, [], "en", [])


@settings(max_examples=500, deadline=None)
@given(_TEXT, st.integers(0, 200), st.integers(0, 200))
@example("Dr. Smith said.", 0, 15)
@example("U.S. a.m. 𝐀.", 2, 11)  # a window starting inside a token
@example("ab. 😀 cd.", 0, 3)  # a window ending right after a final period
def test_iter_tokens_equal_tokens(text: str, a: int, w: int) -> None:
    a = min(a, len(text))
    b = min(len(text), a + w)
    fresh = list(_doc(text).iter_tokens(a, b))  # nothing cached: tokenised here
    d = _doc(text)
    full = d.tokens(a, b)
    assert fresh == full
    assert list(d.iter_tokens(a, b)) == full  # cached: served from the memo


@settings(max_examples=200, deadline=None)
@given(_TEXT, st.integers(0, 200))
def test_iter_tokens_stops_early_with_the_same_prefix(text: str, k: int) -> None:
    d = _doc(text)
    it = d.iter_tokens(0, len(text))
    first = list(itertools.islice(it, k))
    assert first == d.tokens(0, len(text))[:k]
