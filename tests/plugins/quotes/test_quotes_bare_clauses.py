"""English reported speech with no `that`, and the subject of a reporting verb coordinated with another verb:

- a clause opened by `a`/`an` and a noun, then an auxiliary, after a reporting verb (`He said a representative
  would appear`), not a noun object (`wrote a letter`, `said a prayer before the match was played`);
- a quantity of up to four words before its verb (`reports three of the four pirates were killed`, `said 77% of
  voters endorsed`);
- `X confirmed the death, and said …`, `The post named a hit list, and also said …`: the subject of the first verb
  speaks, not the clause before the cue; not words inside a quotation (`said "…" and called for`).

Every sentence here is invented."""

from __future__ import annotations

import time

import pytest
from quote_rows import quote_rows

EMOJI = "🇬🇧👨‍👩‍👦 𝔄𝔟😀.\n"  # astral characters and a ZWJ sequence before the text: offsets are code points


def _indirect(text: str) -> list[tuple[str, str | None]]:
    return [(q, sp) for typ, q, sp in quote_rows(text, "en", written=False) if typ == "indirect"]


@pytest.mark.parametrize("prefix", ["", EMOJI])
@pytest.mark.parametrize(
    "text, content, speaker",
    [
        ("He said a representative would appear instead.", "a representative would appear instead", "He"),
        ("Police said a suspect package was found at one of the addresses.",
         "a suspect package was found at one of the addresses", "Police"),
        ("The U.S. Navy reports three of the four pirates were killed in a short gun battle.",
         "three of the four pirates were killed in a short gun battle", "The U.S. Navy"),
        ("Electoral officials said 77% of voters endorsed the amendments.", "77% of voters endorsed the amendments",
         "Electoral officials"),
    ],
)  # fmt: skip
def test_a_bare_clause_after_a_reporting_verb_is_reported_speech(prefix, text, content, speaker):
    assert _indirect(prefix + text) == [(content, speaker)]


@pytest.mark.parametrize(
    "text",
    [
        "She wrote a letter to the mayor.",
        "He said a prayer before the match was played.",
        "They told a story about the war and its end.",
        "He said a few words.",
    ],
)
def test_a_noun_object_is_no_reported_clause(text):
    assert _indirect(text) == []


@pytest.mark.parametrize("prefix", ["", EMOJI])
@pytest.mark.parametrize(
    "text, speaker",
    [
        ("Police spokeswoman Marie Verbeck confirmed the death, and said a suspect has been arrested.",
         "Police spokeswoman Marie Verbeck"),
        ("The post named a hit list of specific students, and also said a shooting would affect the team.",
         "The post"),
        ("Mr Chirac defended his use of emergency legislation, and said the priority was still to restore order.",
         "Mr Chirac"),
    ],
)  # fmt: skip
def test_the_subject_of_a_coordinated_reporting_verb_speaks(prefix, text, speaker):
    assert [sp for _q, sp in _indirect(prefix + text)] == [speaker]


def test_words_of_a_quotation_are_never_the_subject_of_a_coordinated_verb():
    text = ('Ruth Davidson of charity Refuge said "one resignation at the top does not mean the police have solved '
            'the problem" and called for "root and branch reform" across the country.')
    speakers = {sp for _t, _q, sp in quote_rows(text, "en", written=False)}
    assert not any(sp and "resignation" in sp for sp in speakers)


@pytest.mark.parametrize("unit", ["He said a man would ", "X named a b c, and also said a d would ",
                                  "Police reports three of the four were "])
def test_long_runs_stay_linear(unit):
    def seconds(n: int) -> float:
        text = unit * n + "."
        t0 = time.process_time()
        quote_rows(text, "en")
        return time.process_time() - t0

    small, big = seconds(200), seconds(1600)
    assert big < max(0.05, small) * 8 * 3, (small, big)
