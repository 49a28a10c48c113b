"""Twelfth pass (speakers of general constructions): `state` inside a title is no cue (`Secretary of State`, `head
of state`); after `selon`/`according to` a capitalised name ends where a clause opens (`selon The Times se
cacherait`); adverbs between a subject and its verb are no part of it (`… MPLA anonymously told`). Their negative
cases, offsets with astral characters and linear time (random mixtures: test_quotes_mixtures.py). Every sentence
here is invented."""

from __future__ import annotations

import pytest
from quote_rows import quote_rows

_quotes = quote_rows


def _speakers(text: str, lang: str) -> set[str | None]:
    return {sp for _, _, sp in _quotes(text, lang)}


@pytest.mark.parametrize(
    "text, speaker",
    [
        ('The US Secretary of State, Jane Doe, revealed that the talks had "failed".', "Jane Doe"),
        ('The head of state told reporters that the vote was "a disgrace".', "The head of state"),
        ('The Minister of State said that the vote was "a disgrace".', "The Minister of State"),
        ('The Secretary of State for Health said that the plan was "sound".', "The Secretary of State for Health"),
        ('Secretary of State Jane Doe said that the plan was "sound".', "Secretary of State Jane Doe"),
    ],
)  # fmt: skip
def test_state_inside_a_title_is_no_cue(text, speaker):
    got = _quotes(text, "en", cue="text")
    assert {row[2] for row in got} == {speaker}
    assert all(row[3] != "State" and row[3] != "state" for row in got)


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("The officials state that the plan is \"sound\".", "The officials"),
        ('Police in Washington state said that the road was "closed".', "Police in Washington state"),
    ],
)  # fmt: skip
def test_state_as_a_verb_or_a_noun_is_unchanged(text, speaker):
    assert _speakers(text, "en") == {speaker}


@pytest.mark.parametrize(
    "text, lang, speaker",
    [
        ("Le dirigeant, selon The Times se cacherait « dans un bunker ».", "fr", "The Times"),
        ("« Le plus recherché encore en vie » selon The Times se cacherait dans un village.", "fr", "The Times"),
        ("Le dirigeant selon The New York Times aurait fui « vers le nord ».", "fr", "The New York Times"),
        ("Selon Jean Dupont le président se cacherait « dans un bunker ».", "fr", "Jean Dupont"),
        ('According to The Times the president was hiding "in a bunker".', "en", "The Times"),
        ('According to John Smith the president was hiding "in a bunker".', "en", "John Smith"),
    ],
)  # fmt: skip
def test_a_source_name_ends_where_a_clause_opens(text, lang, speaker):
    assert _speakers(text, lang) == {speaker}


@pytest.mark.parametrize(
    "text, lang, speaker",
    [
        # a lower-case word of a name, or a noun after the name, is no clause opener
        ("Selon Charles de la Roche, le président se cacherait « dans un bunker ».", "fr", "Charles de la Roche"),
        ('According to US officials, the president was hiding "in a bunker".', "en", "US officials"),
        # after a verb, an article after the name is an apposition without commas: the span is unchanged
        ('"There were 250 children in the school," said Javel Cheema a spokesman.', "en",
         "Javel Cheema a spokesman"),
    ],
)  # fmt: skip
def test_names_and_appositions_keep_their_words(text, lang, speaker):
    assert _speakers(text, lang) == {speaker}


@pytest.mark.parametrize(
    "text, lang, speaker",
    [
        ('One member of the ruling party anonymously told reporters that the vote was "rigged".', "en",
         "One member of the ruling party"),
        ('John Smith yesterday said that the vote was "rigged".', "en", "John Smith"),
        ('The court repeatedly said that the law was "void".', "en", "The court"),
        ("Amnesty International également affirmé que la loi était « injuste ».", "fr", "Amnesty International"),
        ("Le ministre mardi a déclaré que le vote était « truqué ».", "fr", "Le ministre"),
    ],
)  # fmt: skip
def test_an_adverb_after_the_subject_is_no_part_of_it(text, lang, speaker):
    assert _speakers(text, lang) == {speaker}


@pytest.mark.parametrize(
    "text, lang, speaker",
    [
        ("Le Journal du dimanche affirme que le ministre a reçu « sept chèques ».", "fr", "Le Journal du dimanche"),
        ('The family said that the boy was "a hero".', "en", "The family"),
        ('The assembly said that the law was "void".', "en", "The assembly"),
        ("Le gouvernement a déclaré que le vote était « truqué ».", "fr", "Le gouvernement"),
    ],
)  # fmt: skip
def test_nouns_like_adverbs_stay(text, lang, speaker):
    assert _speakers(text, lang) == {speaker}


def test_offsets_with_astral_characters():
    text = ('🎉 The US Secretary of State, Jane 𝔸 Doe, revealed 😀 that the talks had "failed". 👩🏽‍⚖️ One 𝔸 member '
            'anonymously told reporters that it was "over". « Il 𝔸 se cache » selon The Times se cacherait ici.')
    got = _quotes(text, "en")
    assert {sp for _, _, sp in got} >= {"Jane 𝔸 Doe", "One 𝔸 member"}
    fr = _quotes("😀 Le 𝔸 dirigeant, selon The Times se cacherait « dans 👩🏽‍⚖️ un bunker ».", "fr")
    assert [sp for _, _, sp in fr] == ["The Times"]


@pytest.mark.parametrize(
    "unit, lang",
    [('The Secretary of State, Jane Doe, said that it was "fine". ', "en"),
     ("Le dirigeant, selon The Times se cacherait « dans un bunker ». ", "fr"),
     ('According to The Times the president was hiding "in a bunker". ', "en"),
     ('One member anonymously told reporters that it was "over". ', "en")],
)  # fmt: skip
def test_linear_time_on_long_runs(unit, lang, assert_linear_attribution):
    assert_linear_attribution(unit, lang, 100, 400)
