"""The sixth speed pass keeps the answers: each fast path is checked against the slow one it replaces.

- ``Lexicon._all_spans`` (the cue scan with a consumed separator instead of a lookbehind) finds exactly the spans
  of ``Lexicon._all.finditer``, on any window ``[a, b)`` of random texts and of the news corpus.
"""

from __future__ import annotations

import re

import orjson
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from plugins.quotes.cues import LANGS, lexicon

_PIECES = (
    "selon Selon selon-t-il selonx d'après d’après D'après aux dires de according to According to told "
    "in the words of laut zufolge según secondo segundo dit Dit dit-il redit a déclaré a-t-il fait remarquer "
    "refait remarquer said Said unsaid pointed out sagte dijo detto disse 🙂 👩🏽‍⚖️ _ 1"
).split()
_TEXT = st.lists(st.sampled_from(_PIECES + [" ", "  ", "\n", "-", "'", "« ", " »", "x", "é", "\u00a0"]), max_size=30)


def _slow(lex, text: str, a: int, b: int) -> list[tuple[int, int]]:
    return [m.span() for m in lex._all.finditer(text, a, b)]


@settings(max_examples=300, deadline=None)
@given(_TEXT.map("".join), st.integers(0, 400), st.integers(0, 400))
@example("dit", 0, 3)
@example("xdit dit", 1, 8)
@example(" dit", 1, 4)
@example("refait remarquer", 0, 16)
@example("-dit 🙂dit", 0, 9)
def test_separator_scan_equals_the_lookbehind_scan(text: str, a: int, b: int) -> None:
    a, b = sorted((min(a, len(text)), min(b, len(text))))
    for lang in LANGS:
        lex = lexicon(lang)
        assert lex._all_sep is not None  # every lexicon of the plugin takes the fast scan
        assert list(lex._all_spans(text, a, b)) == _slow(lex, text, a, b), lang


def test_separator_scan_on_news(shared_data) -> None:
    lines = (shared_data / "news" / "news.jsonl").read_bytes().splitlines()
    for i, line in enumerate(lines[:400]):
        d = orjson.loads(line)
        text, lex = d["text"], lexicon(d.get("lang") or "en")
        for a, b in ((0, len(text)), (i % 50, len(text) - i % 7), (len(text) // 3, len(text) // 2)):
            assert list(lex._all_spans(text, a, b)) == _slow(lex, text, a, b)


@pytest.mark.parametrize("lang", LANGS)
def test_every_form_ends_with_a_word_character(lang: str) -> None:
    # what makes the consumed separator exact: a match never ends on the separator of the next one
    lex = lexicon(lang)
    assert all(f[-1].isalnum() for f in [*lex.forms, *lex.nonverbal_lemma])


def test_the_separator_class_is_not_a_word_character_or_hyphen() -> None:
    from plugins.quotes.cues import _LATIN1_WORD, _SEPARATOR

    listed = re.compile(f"[{_LATIN1_WORD}]")
    sep, slow = re.compile(_SEPARATOR), re.compile(r"[^\w-]")
    for i in range(0x110000):  # every code point
        c = chr(i)
        assert bool(sep.match(c)) == bool(slow.match(c)), hex(i)
        assert not listed.match(c) or re.match(r"\w", c), hex(i)
