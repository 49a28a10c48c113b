"""Quote-mark pairing: families, apostrophes, mismatches, unclosed, nested, multi-paragraph, offsets."""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from plugins.quotes.marks import find_quotes


def contents(text: str) -> list[list[str]]:
    return [[text[s:e] for s, e in q.parts] for q in find_quotes(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Il a dit «\u00a0bonjour\u00a0» hier.", [["bonjour"]]),
        ("Il a dit «\u202fbonjour\u202f» hier.", [["bonjour"]]),
        ("Il a dit « bonjour » hier.", [["bonjour"]]),
        ("Il a dit «bonjour» hier.", [["bonjour"]]),
        ("He said “hello” today.", [["hello"]]),
        ("He said ‘hello’ today.", [["hello"]]),
        ("Er sagte „Hallo“ heute.", [["Hallo"]]),
        ("Powiedział „cześć” wczoraj.", [["cześć"]]),
        ("Er sagte ‚Hallo‘ heute.", [["Hallo"]]),
        ("Er sagte »Hallo« heute.", [["Hallo"]]),
        ("Il dit ‹ oui › ici.", [["oui"]]),
        ("彼は「こんにちは」と言った。", [["こんにちは"]]),
        ("『本』を読む", [["本"]]),
        ('He said "hello" today.', [["hello"]]),
        ("He said ``hello'' today.", [["hello"]]),
        ("Han sa ”hej” i går.", [["hej"]]),
    ],
)
def test_families(text, expected):
    assert contents(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ce n’est pas l’avis de Musk’s team.",
        "Don't do it, it's the students' choice.",
        "The ’90s and the '80s were the Joneses’ years.",
        "L'homme qu'il a vu n'est pas là.",
    ],
)
def test_apostrophes_are_not_quotes(text):
    assert find_quotes(text) == []


@pytest.mark.parametrize(
    "text, quotes",
    [
        # a straight double mark between digits is a unit (seconds, inches), never a quote (sixteenth pass)
        ('Il a couru en 19"78. Malgré tout, il a gagné ("poor hall").', ['"poor hall"']),
        ('😀 Record du monde en 3\'30"65 ! Les Américaines ont dit "non".', ['"non"']),
        ('A time of 9"81 and 43"03, then "we won" said Bolt.', ['"we won"']),
    ],
)
def test_a_straight_mark_between_digits_is_a_unit(text, quotes):
    assert [text[q.start : q.end] for q in find_quotes(text)] == quotes


def test_single_quotes_nested_in_double():
    text = 'He said "they called it \'a disaster\' twice" yesterday.'
    (q,) = find_quotes(text)
    assert text[q.start : q.end] == '"they called it \'a disaster\' twice"'
    assert [text[n.parts[0][0] : n.parts[0][1]] for n in q.nested] == ["a disaster"]


def test_nested_french_english():
    text = "« Il a dit “non” puis “oui” », raconte-t-elle."
    (q,) = find_quotes(text)
    assert text[q.parts[0][0] : q.parts[0][1]] == "Il a dit “non” puis “oui”"
    assert len(q.nested) == 2


def test_mismatched_close_is_flagged():
    text = "« Le principal responsable est Elon Musk. .”\n\nTwitter a fermé."
    (q,) = find_quotes(text)
    assert q.mismatch and not q.unclosed
    assert q.close_mark == "”" and text[q.end - 1] == "”"
    assert text[q.parts[0][0] : q.parts[0][1]] == "Le principal responsable est Elon Musk. ."


def test_unclosed_reported_and_next_quote_found():
    text = "Il a dit « jamais de la vie.\n\nPuis « autre chose » ici."
    qs = find_quotes(text)
    assert [q.unclosed for q in qs] == [True, False]
    assert text[qs[0].parts[0][0] : qs[0].parts[0][1]] == "jamais de la vie."
    assert text[qs[1].parts[0][0] : qs[1].parts[0][1]] == "autre chose"


def test_odd_number_of_straight_marks():
    text = 'He said "one" and "two and then stopped.'
    qs = find_quotes(text)
    assert [text[q.parts[0][0] : q.parts[0][1]] for q in qs] == ["one", "two and then stopped."]
    assert qs[1].unclosed


def test_multi_paragraph_english():
    text = "“First paragraph.\n\n“Second paragraph,” he said."
    (q,) = find_quotes(text)
    assert [text[s:e] for s, e in q.parts] == ["First paragraph.", "Second paragraph,"]
    assert text[q.start : q.end] == "“First paragraph.\n\n“Second paragraph,”"


def test_multi_paragraph_french_only_closing_at_end():
    text = "« Premier paragraphe.\n\nSecond paragraphe. », dit-il."
    (q,) = find_quotes(text)
    assert [text[s:e] for s, e in q.parts] == ["Premier paragraphe.", "Second paragraphe."]
    assert not q.unclosed


def test_multi_paragraph_french_reopened():
    text = "«\u00a0Premier.\n\n«\u00a0Second.\u00a0»"
    (q,) = find_quotes(text)
    assert [text[s:e] for s, e in q.parts] == ["Premier.", "Second."]


def test_seed_marks(seed_text):
    qs = find_quotes(seed_text)
    assert [(q.start, q.end) for q in qs] == [
        (100, 114), (322, 341), (969, 1151), (1168, 1195), (1533, 1807), (1828, 1868),
        (2013, 2053), (2072, 2358), (2699, 2735), (3038, 3294), (3322, 3404),
    ]  # fmt: skip
    assert [q.mismatch for q in qs] == [False] * 10 + [True]
    assert qs[2].parts == [[971, 1149]] and qs[-1].parts == [[3324, 3403]]


def test_offsets_with_astral_characters():
    text = "😀🇫🇷 Il a dit «\u00a0𝔘𝔫 😀 test\u00a0» 👍 puis “👍🏽 ok” 𝄞."
    qs = find_quotes(text)
    assert [text[s:e] for q in qs for s, e in q.parts] == ["𝔘𝔫 😀 test", "👍🏽 ok"]
    assert [text[q.start] for q in qs] == ["«", "“"]


def test_a_megabyte_of_marks_is_fast():
    samples = [
        "«»“”\"'‘’„‚‹›「」『』`" * 60_000,
        '"a' * 500_000,
        "« a » " * 170_000,
    ]
    for text in samples:
        t0 = time.process_time()
        qs = find_quotes(text)
        elapsed = time.process_time() - t0
        assert all(0 <= q.start <= q.end <= len(text) for q in qs)
        assert elapsed < 10, elapsed  # linear: quadratic would take hours; a generous bound for shared CPUs


_ALPHABET = "«»“”„‟‚‘’\"'‹›「」『』` \u00a0\u202f\n.,:;!?-—aébZ😀𝔘"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=400))
def test_random_mixtures_stay_in_bounds(text):
    qs = find_quotes(text)
    last = -1
    for q in qs:
        assert 0 <= q.start <= q.end <= len(text)
        assert q.start >= last
        last = q.start
        for s, e in q.parts:
            assert q.start <= s <= e <= q.end
            assert not text[s:e][:1].isspace() and not text[s:e][-1:].isspace()
        for inner in q.nested:
            assert q.start <= inner.start <= inner.end <= q.end


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(["«", "»", '"', "“", "”", "'", "’", "\n\n", " ", "ab", "😀"]), max_size=3000))
def test_long_runs_are_linear_and_safe(chunks):
    text = "".join(chunks)
    for q in find_quotes(text):
        assert 0 <= q.start <= q.end <= len(text)
