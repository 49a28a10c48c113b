"""Eleventh pass (French speakers, from the errors of the check6 split): a title whose name follows it between
commas gives its name to a cue coordinated further on (`Le Premier ministre, Binali Yildirim , dénonce … et averti
que`, `The prime minister, John Smith, visited … and said`); French object, reflexive and negation clitics between
a subject and its verb are no part of the speaker (`il le dit`, `elle l'a dit`, `le maire leur a dit`); a name
after a plural source opens the reported clause, it is not apposed to the source (`According to prosecutors,
Cottrez, in her 40s, is …`). Their
negative cases, offsets with astral characters and linear time (random mixtures: test_quotes_mixtures.py). Every
sentence here is invented."""

from __future__ import annotations

import pytest
from quote_rows import quote_rows

from plugins.quotes.attribution import attribute
from plugins.quotes.marks import find_quotes

_quotes = quote_rows


def _speakers(text: str, lang: str) -> set[str | None]:
    return {sp for _, _, sp in _quotes(text, lang)}


@pytest.mark.parametrize(
    "text, lang, speaker",
    [
        ("La ministre de la Santé, Claire Dubois , a visité l'hôpital et a averti que la situation restait "
         "« très tendue ».", "fr", "Claire Dubois"),
        ("Le président américain, John Walker, a reçu son homologue et se dit « impatient de travailler avec lui ».",
         "fr", "John Walker"),
        ("Le porte-parole du gouvernement, Marc-Antoine Leroy, dénonce une manœuvre et estime que l'opposition "
         "joue « avec le feu ».", "fr", "Marc-Antoine Leroy"),
        ('The prime minister, John Smith, visited the flooded town and said that the damage was "beyond belief".',
         "en", "John Smith"),
        ("The head of the regional police, Anna Berg , met the families and warned: \"We will find them.\"",
         "en", "Anna Berg"),
    ],
)  # fmt: skip
def test_the_name_apposed_to_a_title_speaks_for_a_coordinated_cue(text, lang, speaker):
    assert _speakers(text, lang) == {speaker}


@pytest.mark.parametrize(
    "text, lang, speaker",
    [
        # the apposition is no name: the title speaks
        ("Le ministre de l'Intérieur, visiblement ému, a visité l'usine et a averti que la situation restait "
         "« très tendue ».", "fr", "Le ministre de l'Intérieur"),
        ('The minister, on Monday, visited the flooded town and said that the damage was "beyond belief".',
         "en", "The minister"),
        # the name comes first, its title after it: the name speaks, as before
        ("Claire Dubois, la ministre de la Santé, a visité l'hôpital et a averti que la situation restait "
         "« très tendue ».", "fr", "Claire Dubois"),
    ],
)  # fmt: skip
def test_no_apposed_name_keeps_the_head(text, lang, speaker):
    assert _speakers(text, lang) == {speaker}


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("Il le dit sans détour : « Nous ne céderons pas. »", "Il"),
        ("Elle l'a répété devant les caméras : « Nous ne céderons pas. »", "Elle"),
        ("Le maire leur a dit : « Nous ne céderons pas. »", "Le maire"),
        ("La ministre nous a confié : « Nous ne céderons pas. »", "La ministre"),
        ("Le syndicat ne lui a pas répondu : « Nous ne céderons pas. »", "Le syndicat"),
        ("Les grévistes l'ont promis : « Nous ne céderons pas. »", "Les grévistes"),
    ],
)  # fmt: skip
def test_french_clitics_are_no_part_of_the_speaker(text, speaker):
    assert _speakers(text, "fr") == {speaker}


def test_a_resolved_pronoun_before_a_clitic_points_at_the_name():
    text = "Le maire Paul Girard a parlé longuement en ajoutant qu'il le dit « très calmement »."
    spans = [(q["type"], q["speaker"]["text"]) for q in attribute(text, find_quotes(text), "fr")]
    assert ("mixed", "Le maire Paul Girard") in spans or ("direct", "Le maire Paul Girard") in spans


@pytest.mark.parametrize(
    "text, speaker",
    [
        # an article after a preposition, a stressed pronoun after an auxiliary: not clitics of the cue
        ("Le ministre de la Culture a déclaré : « Nous ne céderons pas. »", "Le ministre de la Culture"),
        ("Le syndicat En Avant a déclaré : « Nous ne céderons pas. »", "Le syndicat En Avant"),
    ],
)  # fmt: skip
def test_words_like_clitics_inside_a_noun_phrase_stay(text, speaker):
    assert _speakers(text, "fr") == {speaker}


@pytest.mark.parametrize(
    "text, lang, content, speaker",
    [
        ("The trial opened. According to prosecutors, Marie Dalton, in her 40s, was able to hide the money.", "en",
         "Marie Dalton, in her 40s, was able to hide the money", "prosecutors"),
        ("The trial opened. According to police, Marie Dalton, a nurse, was seen at the station that night.", "en",
         "Marie Dalton, a nurse, was seen at the station that night", "police"),
        ("Le procès s'est ouvert. Selon les procureurs, Marie Dalton, âgée de 45 ans, a pu cacher l'argent.", "fr",
         "Marie Dalton, âgée de 45 ans, a pu cacher l'argent", "les procureurs"),
    ],
)  # fmt: skip
def test_a_name_after_a_plural_source_opens_the_reported_clause(text, lang, content, speaker):
    assert ("indirect", content, speaker) in _quotes(text, lang)


@pytest.mark.parametrize(
    "text, lang, speaker",
    [
        ('"We will appeal," said his lawyer, Anna Berg, on Monday.', "en", "Anna Berg"),
        ("Selon les propos de son avocat, Me Paul Girard, « il est innocent ».", "fr", "Me Paul Girard"),
    ],
)  # fmt: skip
def test_a_name_apposed_to_one_source_still_speaks(text, lang, speaker):
    assert _speakers(text, lang) == {speaker}


def test_offsets_with_astral_characters():
    text = ("🎉 La ministre 𝔸 de la Santé, Claire Dubois , a visité l'hôpital 😀 et a averti que la situation "
            "restait « très tendue ». 👩🏽‍⚖️ Elle l'a répété : « Nous 𝔸 tiendrons. »")  # fmt: skip
    got = _quotes(text, "fr")
    assert {sp for _, _, sp in got} == {"Claire Dubois", "Elle"}
    assert ("direct", "« Nous 𝔸 tiendrons. »", "Elle") in got


@pytest.mark.parametrize(
    "unit, lang",
    [("La ministre, Claire Dubois, a visité l'usine et a averti que tout allait « très mal ». ", "fr"),
     ("Il le dit : « Non. » ", "fr"),
     ('The minister, John Smith, visited the town and said that it was "fine". ', "en"),
     ("According to prosecutors, Marie Dalton, a nurse, was seen there. ", "en")],
)  # fmt: skip
def test_linear_time_on_long_runs(unit, lang, assert_linear_attribution):
    assert_linear_attribution(unit, lang, 100, 400)
