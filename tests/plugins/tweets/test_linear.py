"""No input takes more than linear time, and every extracted entity is well formed (hypothesis).

The runs below are the shapes that make regex-based extractors backtrack: long runs of dots, labels
(``a.a.a…``), ``@``, ``#``, ``$``, punctuation, protocols and parentheses. A quadratic extractor takes
seconds on 20,000 characters of them; a linear one takes milliseconds.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from framework.offsets import OffsetMap
from framework.testing import cpu_seconds
from plugins.tweets.entities import extract_entities, from_utf16_indices, to_utf16_indices
from plugins.tweets.length import parse_tweet

UNITS = [".", "@", "#", "$", "a.", "www.", ".a", "@a", "#a", "$A ", "a.b_", "a-.", "http://", "http://a.",
         "https://a.b", "a.co/(", "a.com/", "x.com/a?", "é.", "a.рф.", "a.xn--", "😀#", "a@b.", "!", "&#", "@a/",
         "(", "((a)", "a.com", "https://t.co/", "#\u200d", "_", "-", ":/", "..", "a.comé", "#a.com#"]
SIGNS = {"hashtag": "#＃", "mention": "@＠", "list": "@＠", "cashtag": "$"}


def _cost(text: str, repeat: int) -> float:
    """CPU seconds (not wall time: the machine may be shared), best of ``repeat``."""
    def extract_and_parse() -> None:
        extract_entities(text)
        parse_tweet(text)

    return cpu_seconds(extract_and_parse, samples=repeat)


# the shapes that were (or are for other extractors) superlinear; the hypothesis test mixes all UNITS
SCALING = [".", "@", "#", "a.", "www.", ".a", "a.b_", "http://a.", "a.co/(", "x.com/a?", "é.", "😀#", "a@b.", "((a)"]


@pytest.mark.parametrize("unit", SCALING)
def test_runs_scale_linearly(unit):
    # both sizes over the 4,096-character URL limit, so both take the same path through the code
    small = unit * (5_000 // len(unit))
    large = unit * (40_000 // len(unit))
    t_small, t_large = _cost(small, 5), _cost(large, 2)
    # 8 times the input: linear is ~8x, quadratic 64x; allow for noise on a shared machine
    assert t_large < 1.0 and t_large < 30 * max(t_small, 1e-3), (unit, t_small, t_large)


def _check(text: str) -> None:
    ents = extract_entities(text)
    last = 0
    for e in ents:
        assert last <= e.start < e.end <= len(text), (e, text)
        last = e.end
        surface = text[e.start:e.end]
        if e.kind == "url":
            assert surface == e.value
        else:
            assert surface[0] in SIGNS[e.kind] and e.value in surface, (e, surface)


pieces = st.sampled_from(UNITS + ["a", "b", " ", "\n", "😀", "👍🏽", "🇫🇷", "\u200d", "com", "t.co/x", "é"])


@settings(deadline=timedelta(seconds=2), max_examples=60)
@given(st.lists(st.tuples(pieces, st.integers(1, 400)), min_size=1, max_size=6))
def test_long_runs_of_marks_in_linear_time(parts):
    """Texts made of long runs (up to ~20,000 characters): the deadline fails a superlinear extractor."""
    text = "".join(unit * count for unit, count in parts)
    _check(text)
    parse_tweet(text)


@given(st.lists(st.sampled_from(list("aZ0.@#$/:_-&(); ") + ["😀", "🇫🇷", "é", "＃", "＠", "\u200f", "com", "co/"]),
                max_size=80))
def test_entities_well_formed_with_emoji(parts):
    _check("".join(parts))


@settings(max_examples=50)
@given(st.text(max_size=120), st.data())
def test_utf16_round_trip(text, data):
    """Code points -> UTF-16 units (twitter-text's indices) -> code points, with astral characters."""
    offsets = data.draw(st.lists(st.integers(0, len(text)), max_size=10))
    units = to_utf16_indices(text, offsets)
    assert units == [len(text[:o].encode("utf-16-le")) // 2 for o in offsets]
    assert from_utf16_indices(text, units) == offsets
    assert units == [OffsetMap(text).to_utf16(o) for o in offsets]


def test_utf16_indices_of_entities_after_emoji():
    text = "😀😀 #tag @user https://t.co/x1"
    ents = extract_entities(text)
    assert [text[e.start:e.end] for e in ents] == ["#tag", "@user", "https://t.co/x1"]
    assert to_utf16_indices(text, [e.start for e in ents]) == [e.start + 2 for e in ents]


@given(st.lists(st.sampled_from(["a", "日", "\u2010", "😀", "👍🏽", "🇫🇷", " ", "https://t.co/x", "a.com", "\u0301",
                                 "é", "\u200d", "1\ufe0f\u20e3"]), max_size=200),
       st.sampled_from(["v1", "v2", "v3"]))
def test_length_fast_path_equals_the_walk(parts, config):
    text = "".join(parts)
    assert parse_tweet(text, config) == parse_tweet(text, config, walk=True)
