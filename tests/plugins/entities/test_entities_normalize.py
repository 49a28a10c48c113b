"""Normalisation and mention offsets: accents (composed and decomposed), elisions, apostrophes, emoji; linear
time on long runs of marks, punctuation and capitals."""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from framework.testing import cpu_seconds
from plugins.entities.match import Matcher
from plugins.entities.normalize import alias_key, map_span, normalize, normalize_with_offsets

FILLER = st.text(alphabet=st.sampled_from(list("abc é ,.;’'«»\u00a0\u202f-😀🐦\U0001f1e7\U0001f1ea\u0301ßﬁ\n")),
                 max_size=40)


def test_fold_examples():
    assert normalize("L’Élysée") == "l'elysee"
    assert alias_key("Jean-Yves Le Drian") == "jean yves le drian"
    assert alias_key("L’Oréal") == alias_key("L'Oreal") == "l oreal"
    assert alias_key(unicodedata.normalize("NFD", "Écosse")) == "ecosse"


@given(st.text(max_size=60))
def test_offsets_map_every_character_back(text: str):
    norm, offsets = normalize_with_offsets(text)
    if offsets is None:
        assert len(norm) == len(text)
        return
    assert len(offsets) == len(norm) + 1 and offsets[-1] == len(text)
    assert offsets == sorted(offsets)
    s, e = map_span(offsets, 0, len(norm))
    assert 0 <= s <= e <= len(text)


@settings(max_examples=150, deadline=None)
@given(FILLER, FILLER,
       st.sampled_from(["Elon Musk", "Emmanuel Macron", "États-Unis", "Organisation mondiale de la santé"]),
       st.booleans())
def test_mention_offsets_in_the_original_text(default_kb, before: str, after: str, name: str, nfd: bool):
    """Whatever surrounds a name (emoji, combining marks, ligatures, no-break spaces), the mention's
    offsets are code points of the original text and cover the name exactly."""
    if nfd:
        name = unicodedata.normalize("NFD", name)
    text = f"{before} {name} {after}"
    start = len(before) + 1
    mentions = Matcher(default_kb).find(text)
    hit = [m for m in mentions if m.start == start]
    assert hit, (text, [(m.start, m.text) for m in mentions])
    assert text[hit[0].start:hit[0].end] == name == hit[0].text
    assert hit[0].kind == "kb"


def test_elisions_and_apostrophes(default_kb):
    text = "Le discours d’Emmanuel Macron, qu'Elon Musk a lu, et l’Allemagne 🏴 aussi."
    found = {m.text: m for m in Matcher(default_kb).find(text)}
    assert {"Emmanuel Macron", "Elon Musk", "Allemagne"} <= set(found)
    for m in found.values():
        assert text[m.start:m.end] == m.text


def test_emoji_before_mentions(default_kb):
    text = "😀🐦🇧🇪 Elon Musk 👍 Paris"
    found = {m.text: (m.start, m.end) for m in Matcher(default_kb).find(text)}
    assert found["Elon Musk"] == (text.index("Elon"), text.index("Elon") + 9)
    assert found["Paris"] == (text.index("Paris"), len(text))


def _seconds(matcher: Matcher, text: str) -> float:
    return cpu_seconds(matcher.find, text)


def test_linear_time_on_pathological_runs(default_kb):
    """Long runs of capitals, connectors, marks and punctuation: 8 times the text takes about 8 times as
    long (a quadratic matcher would take 64 times as long)."""
    m = Matcher(default_kb)
    for unit in ("Jean de la ", "A. ", "«»’-", "\u0301", "É", "Paris Paris ", "@a #b ", "D'", ". "):
        small, big = unit * 400, unit * 3200
        ratio = _seconds(m, big) / max(_seconds(m, small), 1e-3)
        assert ratio < 24, (unit, ratio)  # linear: ~8; quadratic: ~64


@given(st.text(alphabet=st.characters(max_codepoint=0x2100) | st.sampled_from(list("’‘–—“”„…\u202f😀`µ")),
               max_size=40))
def test_fast_fold_equals_the_per_character_fold(text: str):
    """The Latin-1 byte-table path and the dict path give exactly the per-character fold."""
    from plugins.entities.normalize import _fast, fold_char

    folded = _fast(text)
    if folded is not None:
        assert folded == "".join(fold_char(c) for c in text)


def test_fold_beyond_latin1_through_the_byte_table():
    """Characters beyond Latin-1 folding into it take the byte path; a fold the table would change again
    (U+1FEF -> ` -> ') does not."""
    from plugins.entities.normalize import _fast, fold_char

    for text in ("Œuvre de Šťastný à İstanbul, Ğ", "a\u1fefb’c", "Œ€😀", "cœur\x01 €\x02", "µ œ",
                 "Łódź " * 3 + "\u0100\u0101\u0102\u0103"
                 "\u0104\u0105\u0106\u0107\u0108\u0109"):
        assert _fast(text) == "".join(fold_char(c) for c in text)


@given(st.text(alphabet=st.characters(max_codepoint=0x2100) | st.sampled_from(list("ßﬁ½″\u0301\u093c😀명’…µ")),
               max_size=40))
def test_slow_path_equals_the_per_character_fold(text: str):
    """Texts with length-changing characters fold run by run: same text and offsets as character by character."""
    from plugins.entities.normalize import fold_char

    norm, offsets = normalize_with_offsets(text)
    assert norm == normalize(text) == "".join(fold_char(c) for c in text)
    if offsets is not None:
        expected = [i for i, c in enumerate(text) for _ in fold_char(c)] + [len(text)]
        assert offsets == expected


@given(st.text(alphabet=st.characters(max_codepoint=0x2100) | st.sampled_from(list("’‘–—“”„…\u202f¼½¾ßµ😀")),
               max_size=300))
def test_latin1_fold_check_and_memo_equal_the_regex_check(text: str):
    """The byte searches on a Latin-1 text say what the regex check says: ``_fast`` gives up (None) exactly
    when a character folds to more or fewer than one; the answer it keeps for ``folds_in_place`` (long texts,
    by identity) is that answer, also when other strings are folded in between."""
    from plugins.entities.normalize import _fast, _folds_in_place, fold_char, folds_in_place

    in_place = all(len(fold_char(c)) == 1 for c in text)
    assert _folds_in_place(text) == in_place
    assert (_fast(text) is None) == (not in_place)
    normalize("Straße")  # a short string between the two calls does not replace the memo
    assert folds_in_place(text) == in_place
