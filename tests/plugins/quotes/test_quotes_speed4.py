"""Fourth-pass fast paths: each equals the slower code it replaced (patterns compiled per name or title)."""

from __future__ import annotations

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from plugins.quotes.attribution import attribute
from plugins.quotes.marks import find_quotes
from plugins.quotes.resolve import _has_word, _longer_name

_ALPHABET = st.sampled_from(list("Hon chark HONCaé.’'-  \n\t_1Ⓐ🙂ſK"))
_WORD = st.sampled_from(["Hon", "Honcharuk", "chark", "a", "é", "’s", "K"])


def _old_longer(text: str, w: str, lo: int, hi: int, dot: bool) -> bool:
    name = r"\p{Lu}[\p{L}'’.-]*" if dot else r"(\p{Lu}[\p{L}'’-]+)"
    pat = rf"{name}\s+{regex.escape(w)}(?!\w)"
    return regex.search(pat, text[:hi], pos=lo) is not None


def _old_last_first_name(text: str, w: str, lo: int, hi: int) -> str | None:
    m = regex.compile(rf"(\p{{Lu}}[\p{{L}}'’-]+)\s+{regex.escape(w)}(?!\w)", regex.REVERSE).search(text, lo, hi)
    return m.group(1) if m else None


@settings(max_examples=400, deadline=None)
@given(st.lists(_ALPHABET, max_size=60).map("".join), _WORD, st.integers(0, 60), st.integers(0, 60))
def test_longer_name_equals_a_pattern_per_name(text, w, a, b):
    lo, hi = sorted((min(a, len(text)), min(b, len(text))))
    assert (_longer_name(text, w, lo, hi) is not None) == _old_longer(text, w, lo, hi, True)
    assert (_longer_name(text, w, lo, hi, dot=False) is not None) == _old_longer(text, w, lo, hi, False)
    m = _longer_name(text, w, lo, hi, dot=False, last=True)
    assert (m.group(1) if m else None) == _old_last_first_name(text, w, lo, hi)


@settings(max_examples=400, deadline=None)
@given(st.lists(_ALPHABET, max_size=40).map("".join), _WORD)
def test_has_word_equals_its_pattern(text, w):
    assert _has_word(text, w) == bool(regex.search(rf"(?<!\w){regex.escape(w)}(?!\w)", text))


def test_fast_paths_on_names_in_text():
    text = "Oleksiy Honcharuk a démissionné. Honcharuk a dit « non ». Le ministre Honcharuk : « oui », a-t-il dit."
    assert _longer_name(text, "Honcharuk", 0, 40) is not None
    assert _longer_name(text, "Honcharuk", 8, 40) is None
    # `ministre` is not capitalised and `. Honcharuk` follows a period: the nearest full name is the first
    assert _longer_name(text, "Honcharuk", 0, len(text), dot=False, last=True).group(1) == "Oleksiy"


def test_the_speaker_memo_changes_nothing():
    text = ("« A », a déclaré Marie Dupont. Elle a ajouté « B » et dénonce « C ». « D », a dit M. Martin, "
            "qui a condamné « E » et a dénoncé « F ».\n") * 3
    quotes = find_quotes(text)
    first = attribute(text, quotes, "fr")
    assert first == attribute(text, quotes, "fr")
    assert all(q["speaker"] is None or text[q["speaker"]["start"]:q["speaker"]["end"]] == q["speaker"]["text"]
               for q in first)
