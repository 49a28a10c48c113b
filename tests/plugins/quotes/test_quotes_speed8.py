"""The eighth speed pass keeps the answers: each lazy or skipped step equals the full one it replaces.

- ``_Doc.iter_tokens`` (tokens one at a time, for rules that read only the first words of a long window) yields
  exactly ``_Doc.tokens`` on random texts and windows, with astral letters, emoji, final periods and marks;
- ``_be_passive`` (the ending tested before the regex) equals ``_BE_PASSIVE.search``;
- ``_may_end_as`` (a short tail tested before ``_QUOTED_AS`` is searched over a subject window) is true
  whenever the regex matches, with every kind of Unicode space and the ``ſ`` that case-insensitive ``re`` folds;
- ``_Doc._segments`` (the segments ``subject`` reads, one at a time) equals the split of the whole window;
- the key ``channel_of`` tests before ``_TWEET_CTX`` (`tw`, or a space then `x`) holds whenever the regex matches.
"""

from __future__ import annotations

import itertools

from hypothesis import example, given, settings
from hypothesis import strategies as st

from plugins.quotes.attribution import _BE_PASSIVE, _QUOTED_AS, _be_passive, _Doc, _may_end_as
from plugins.quotes.channel import _SPACE_X, _TWEET_CTX

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


_SPACES = [" ", "\n", "\t", "\u00a0", "\u202f", "\u2028", "\u200b", "\x1c", "\u180e", "\u3000"]
_PASSIVE_PIECES = (
    "is was are were be been being am 's ’re 'm IS Was really usually called CALLED described EN ed en d n as AS "
    "aſ ſ quoted Cited QUOTES citing Smith, 😀 𝐀 é".split()
    + _SPACES
)
_PASSIVE_TEXT = st.lists(st.sampled_from(_PASSIVE_PIECES), max_size=14).map("".join)


@settings(max_examples=800, deadline=None)
@given(_PASSIVE_TEXT, st.integers(0, 60))
@example("it was called", 0)
@example("they were quickly DESCRIBED", 0)
@example("X's 𝐀en", 0)
def test_be_passive_equals_the_regex(text: str, lo: int) -> None:
    end = len(text)
    lo = min(lo, end)
    assert _be_passive(text, lo, end) == bool(_BE_PASSIVE.search(text, lo, end)), text


@settings(max_examples=800, deadline=None)
@given(_PASSIVE_TEXT, st.integers(0, 60))
@example("Politico quoted Tim Manning as", 0)
@example("quoted him aſ", 0)
@example("cited X as" + " " * 20, 0)
@example("QUOTED Y AS\u2028\u00a0", 0)
def test_may_end_as_never_hides_a_quoted_as(text: str, lo: int) -> None:
    end = len(text)
    lo = min(lo, end)
    if _QUOTED_AS.search(text, lo, end):
        assert _may_end_as(text, lo, end), text


def _eager_segments(d: _Doc, a: int, b: int) -> list[list[tuple[int, int, bool]]]:
    """The split ``subject`` made before the eighth pass: all segments of the window at once."""
    segs: list[list[tuple[int, int, bool]]] = [[]]
    for t in d.tokens(a, b):
        if not t[2]:
            if d.text[t[0]] in "«»“”\"":
                break
            segs.append([])
        else:
            segs[-1].append(t)
    return segs


@settings(max_examples=500, deadline=None)
@given(_TEXT, st.integers(0, 200), st.integers(0, 200))
@example("On Monday, « the » X said", 0, 25)
@example(", , 😀 A", 0, 7)
def test_segments_equal_the_eager_split(text: str, a: int, w: int) -> None:
    a = min(a, len(text))
    b = min(len(text), a + w)
    assert list(_doc(text)._segments(a, b)) == _eager_segments(_doc(text), a, b)


_CHANNEL_PIECES = (
    "sur on via in dans un a his post tweet TWEETED Twitter twitter X x xénophobe taxi box Xavier message publié "
    "said 😀 𝐗 .".split()
    + _SPACES
)


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(_CHANNEL_PIECES), max_size=12).map("".join))
@example("il a écrit sur X")
@example("in a post on\u00a0X.")
@example("on\u2028X")
@example("the box\tX")
def test_tweet_key_never_hides_a_tweet(sentence: str) -> None:
    low = sentence.lower()
    if _TWEET_CTX.search(sentence):
        assert "tw" in low or _SPACE_X.search(low), sentence
