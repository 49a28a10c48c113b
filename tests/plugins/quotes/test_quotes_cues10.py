"""Tenth pass (cue coverage): the reporting verbs of news that the lexicons lacked, with the complement each takes:
a that/que clause for every one; a direct quote for those that also report a statement (`a fait savoir le
ministre`, `the senator reaffirmed`); and only a that/que clause for verbs whose other sense is common (`found
that` but `was found dead`, `montre que` but `montre ses papiers`: flag "t", ``Lexicon.that_only``). Negative
cases, offsets with astral characters, random mixtures and linear time. Every sentence here is invented."""

from __future__ import annotations

from functools import partial

import pytest
from quote_rows import quote_rows

from plugins.quotes.cues import lexicon

_quotes = partial(quote_rows, cue="lemma")


def _indirect(text: str, lang: str) -> list[tuple[str, str | None, str | None]]:
    return [(content, sp, lemma) for t, content, sp, lemma in _quotes(text, lang) if t == "indirect"]


@pytest.mark.parametrize(
    "text, lang, content, speaker, lemma",
    [
        ("The inquiry found that the pilots had ignored two warnings.", "en",
         "that the pilots had ignored two warnings", "The inquiry", "find"),
        ("Figures released on Monday show that unemployment fell for a third month.", "en",
         "that unemployment fell for a third month", "Figures released on Monday", "show"),
        ("The defendant swore that he had never met the witness.", "en",
         "that he had never met the witness", "The defendant", "swear"),
        ("The minister hinted that taxes could rise next year.", "en", "that taxes could rise next year",
         "The minister", "hint"),
        ("The coach countered that his players had been tired.", "en", "that his players had been tired",
         "The coach", "counter"),
        ("The bank recognized that its forecasts had been wrong.", "en", "that its forecasts had been wrong",
         "The bank", "recognize"),
        ("The senator reaffirmed that the bill would pass this week.", "en", "that the bill would pass this week",
         "The senator", "reaffirm"),
        ("Economists speculated that the central bank would cut rates.", "en",
         "that the central bank would cut rates", "Economists", "speculate"),
        ("The governor underlined that the curfew remains in force.", "en", "that the curfew remains in force",
         "The governor", "underline"),
        ("La préfecture a fait savoir que la route resterait fermée jusqu'à lundi.", "fr",
         "que la route resterait fermée jusqu'à lundi", "La préfecture", "faire savoir"),
        ("Les syndicats font valoir que les salaires n'ont pas suivi l'inflation.", "fr",
         "que les salaires n'ont pas suivi l'inflation", "Les syndicats", "faire valoir"),
        ("Le ministre a laissé entendre qu'il pourrait démissionner.", "fr", "qu'il pourrait démissionner",
         "Le ministre", "laisser entendre"),
        ("L'étude montre que les abeilles reconnaissent les visages.", "fr",
         "que les abeilles reconnaissent les visages", "L'étude", "montrer"),
        ("La direction conteste que des salariés aient été menacés.", "fr",
         "que des salariés aient été menacés", "La direction", "contester"),
        ("Le maire a objecté que le budget ne le permettait pas.", "fr", "que le budget ne le permettait pas",
         "Le maire", "objecter"),
    ],
)  # fmt: skip
def test_new_cues_report_a_that_clause(text, lang, content, speaker, lemma):
    assert (content, speaker, lemma) in _indirect(text, lang)


@pytest.mark.parametrize(
    "text, lang, quote, speaker, lemma",
    [
        ("« Nous ne céderons rien », a fait savoir le ministre.", "fr", "« Nous ne céderons rien »", "le ministre",
         "faire savoir"),
        ("« Le dossier est clos », assène la procureure.", "fr", "« Le dossier est clos »", "la procureure",
         "asséner"),
        ('"The party stands united," the senator reaffirmed.', "en", '"The party stands united,"', "the senator",
         "reaffirm"),
    ],
)  # fmt: skip
def test_new_cues_attribute_a_direct_quote(text, lang, quote, speaker, lemma):
    assert ("direct", quote, speaker, lemma) in _quotes(text, lang)


def test_a_fragment_in_a_that_only_clause_is_mixed_with_its_speaker():
    text = 'The study found that the drug was "remarkably safe" in adults.'
    assert ("mixed", '"remarkably safe"', "The study", "find") in _quotes(text, "en")


@pytest.mark.parametrize(
    "text, lang",
    [
        ("The body of the climber was found near the summit on Sunday.", "en"),
        ("The officers found the car in a field and showed it to the press.", "en"),
        ("The new mayor was sworn in on Monday.", "en"),
        ("Le policier montre ses papiers au gardien et trouve la porte fermée.", "fr"),
        ("Les deux pays ont convenu d'une trêve et garantissent la sécurité des civils.", "fr"),
    ],
)  # fmt: skip
def test_that_only_verbs_in_their_other_sense_are_no_cue(text, lang):
    lex = lexicon(lang)
    assert any(c[2] in lex.that_only for c in lex.find_cues(text))  # the lexicon sees them; attribution drops them
    assert _indirect(text, lang) == []


def test_that_only_verbs_never_attribute_a_quote():
    text = 'Rescuers found the boy. "He is safe," the sergeant said.'
    (typ, quote, speaker, lemma), = _quotes(text, "en")
    assert (typ, speaker, lemma) == ("direct", "the sergeant", "say")
    text = '"He is safe," rescuers found.'  # `found` with no `that` after it: no cue, so no speaker
    assert all(lemma != "find" for *_, lemma in _quotes(text, "en"))


def test_the_lexicon_lists_that_only_verbs():
    assert {"find", "show", "swear", "hint"} <= lexicon("en").that_only
    assert {"montrer", "trouver", "garantir", "contester", "convenir"} <= lexicon("fr").that_only
    assert not lexicon("en").that_only & {"say", "tell", "reaffirm", "imply"}
    assert {"find", "show", "reaffirm", "imply"} <= lexicon("en").indirect


@pytest.mark.parametrize(
    "text, lang, content, speaker",
    [
        ("🎉 Le 𝔸 rapport montre que 😀 les prix ont fortement augmenté.", "fr",
         "que 😀 les prix ont fortement augmenté", "Le 𝔸 rapport"),
        ("🎉 The 𝔸 audit found that 😀 costs doubled in two years.", "en", "that 😀 costs doubled in two years",
         "The 𝔸 audit"),
    ],
)  # fmt: skip
def test_offsets_with_astral_characters(text, lang, content, speaker):
    ((c, sp, _),) = _indirect(text, lang)
    assert (c, sp) == (content, speaker)


@pytest.mark.parametrize(
    "unit, lang",
    [("The audit found that costs doubled. ", "en"), ("L'étude montre que les prix montent. ", "fr"),
     ("The body was found dead. ", "en")],
)  # fmt: skip
def test_linear_time_on_long_runs(unit, lang, assert_linear_attribution):
    assert_linear_attribution(unit, lang, 100, 400)
