"""Random mixtures of the words the speaker rules react to (cues, openers, appositions, passives, quote marks,
emoji and astral letters): attribution never raises and every quote and speaker span stays in bounds, in French and
in English. One test, one word set per group of rules (the rules themselves are tested in
test_quotes_speakers_*.py, test_quotes_reported_speech.py, test_quotes_types.py and test_quotes_cues.py)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

PIECES = {
    "appositions, relatives, cues after a quote": [
     ", ", "« ", " »", '"', "“", "”", "qui ", "which ", "who ", "said ", "a déclaré ", "souligne encore ",
     "pour sa part ", "telling ", "as reported by ", "as stated in ", "published by ", "cité par ", "et du ",
     "and of ", "qualifiant ", "et fustigeant ", "ruled ", "read ", "Smith ", "Marie Curie ", "le ministre ",
     "🙂", "👩🏽‍⚖️", ". ", ":", "\n"],
    "participles, agents, clefts": [
     ", ", "« ", " »", '"', "“", "”", "C'est ce qu'a annoncé ", "comme l'a déclaré ", "qu'", "parle de ",
     "parle d'", "with ", "Nick Clegg", ", the minister, ", "saying ", "ajoutant que ", "suggested that ",
     "warned by ", "averti par ", ":", "that ", "que ", "cited ", "Smith ", "le ministre ", "aujourd'hui ",
     "🙂", "👩🏽‍⚖️", ". ", " . ", "\n"],
    "openers, agents, coordination, edge sources": [
     "De son côté, ", "Parmi ", "Plus tard, ", "Même si ", "Among ", "averti par ", "décrit par ", "described by ",
     " as ", " comme ", "le juge ", "qui ", ", qui affirme que ", ", who said that ", " and ", " et ", "Pub ",
     "Association ", "a déclaré ", "en ajoutant qu'", "S'il ", "se ", "ne ", ":", ", ", "« ", " »", '"', "🙂",
     "👩🏽‍⚖️", ". ", "\n", "Selon ses proches, ", "According to police, ", ", police said", " était ", "the man was "],
    "past infinitive, pour X, passive frames": [
     "a déclaré ", "avoir ", "être ", "ordonné ", "n'", "« ", " »", ", ", ". ", "Pour ", "Selon ", "le maire",
     "qualifié de ", "par ", "😀", "𝔸", "\n", " ", "A. ", "Il ", "que ", "il "],
    "that-only cues": [
     "found ", "that ", "the audit ", "montre ", "que ", "a fait savoir ", "le maire", '"', "« ", " »", ", ",
     ". ", "was ", "sworn in ", "😀", "𝔸", "\n", " ", "qu'", "reaffirmed "],
    "apposed names, clitics, plural sources": [
     "Le Premier ministre", "The minister", ", ", " , ", "Binali Yildirim", "John Smith", " et ", " and ",
     "averti que ", "said that ", "se dit ", "il ", "le ", "l'", "leur ", "nous ", "ne ", "a dit ", "de la ", "« ",
     " »", '"', ": ", ". ", "😀", "𝔸", "\n", " ", "According to prosecutors", "Selon les procureurs"],
    "state, source names, adverbs": [
     "Secretary of State", "head of state ", "Minister of State ", " state ", "selon ", "According to ",
     "The Times ", "Jean Dupont ", "se cacherait ", "the president ", "anonymously ", "yesterday ", "mardi ",
     "Le Journal du dimanche ", "told ", "said that ", "a déclaré ", ", ", "« ", " »", '"', ". ", "😀", "𝔸", "\n",
     " "],
    "auxiliaries, answers, documents, floating quotes": [
     "Chen ", "has ", "have ", "publicly ", "however", ", ", "a ", "ont ", "avait ", "par ailleurs", "il y a ",
     "deux jours", "alors que ", "la mère ", "admitted ", "a déclaré ", "qualifié de ", "said that ", "que ", "« ",
     " »", '"', ". ", "😀", "𝔸", "\n", " ", "read the warning", "reads a sign ", "from ",
     "non", "oui", "no", "yes", "!", "disent ", "a political analyst ", "University", "Maya Rao", "Monday",
     "M L Kumawat.", "à l'université ", "en prévenant qu'", "refusait ", "le portrait ",
     "According to official statements", "Selon des documents ", "Trump", "Jean Dupont", "45 ans",
     "l'organisation ", "État islamique", "the group ", "Islamic State",
     "media ", "report", "reported ", "reports ", "no ", "Hussein ", "argued that ", "the judge "],
}  # fmt: skip


@pytest.mark.parametrize("words", PIECES.values(), ids=PIECES.keys())
@settings(max_examples=150, deadline=None)
@given(data=st.data())
def test_random_mixtures_stay_in_bounds(assert_quotes_in_bounds, words, data):
    pieces = data.draw(st.lists(st.sampled_from(words), max_size=60))
    assert_quotes_in_bounds("".join(pieces))
