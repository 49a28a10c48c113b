"""Ninth pass (French parity, from the errors of the check4 split): reported speech with a French past infinitive
(`a déclaré avoir ordonné …`); `Pour X, <a short clause> « fragment »` gives X's view; the agent after a fragment
framed by a passive participle (`qualifiée de « … » par ses opposants`) speaks; a quote in a relative clause after
an attribution is no second part of the quote before it; a name apposed to a title may have a party in parentheses
after it, and is never a lone initial (`Selon le texte, A. Coulibaly`); a cue and its addressee before a quote in
upper case introduce a statement (`il déclare à la police « Il est … »`); a que/that clause that is wholly a
quotation is only the mixed quote; their negative cases, offsets with astral characters and linear time
(random mixtures: test_quotes_mixtures.py). Every sentence here is invented."""

from __future__ import annotations

import pytest
from quote_rows import quote_rows

_quotes = quote_rows


def _indirect(text: str, lang: str) -> list[tuple[str, str | None]]:
    return [(content, sp) for t, content, sp in _quotes(text, lang) if t == "indirect"]


@pytest.mark.parametrize(
    "text, content, speaker",
    [
        ("Les autorités avaient déclaré avoir ordonné la fermeture du port pour des raisons de sécurité.",
         "avoir ordonné la fermeture du port pour des raisons de sécurité", "Les autorités"),
        ("Devant la presse, la ministre Claire Dubois a annoncé avoir parlé au téléphone avec son homologue.",
         "avoir parlé au téléphone avec son homologue", "la ministre Claire Dubois"),
        ("Le maire affirme n'avoir jamais reçu la lettre du préfet.", "n'avoir jamais reçu la lettre du préfet",
         "Le maire"),
        ("L'entreprise a reconnu avoir menti à ses clients pendant deux ans.",
         "avoir menti à ses clients pendant deux ans", "L'entreprise"),
    ],
)  # fmt: skip
def test_french_past_infinitive_reports_speech(text, content, speaker):
    assert (content, speaker) in _indirect(text, "fr")


@pytest.mark.parametrize(
    "text",
    [
        "Le ministre a annoncé avoir des doutes sur le projet.",  # `avoir` and a noun: no past infinitive
        "Le maire a décidé d'avoir terminé les travaux avant l'été.",  # no cue of speech
        "La chanteuse a affirmé être « la femme la plus heureuse du monde ».",  # a quotation: the mixed quote
    ],
)
def test_no_french_past_infinitive(text):
    assert _indirect(text, "fr") == []


@pytest.mark.parametrize(
    "text, fragment, speaker",
    [
        ("Pour Durand, il ne s'agit que d'une « opération de déstabilisation politique ».",
         "« opération de déstabilisation politique »", "Durand"),
        ("Pour le maire, ce projet n'est rien d'autre qu'une « erreur historique ».", "« erreur historique »",
         "le maire"),
    ],
)  # fmt: skip
def test_a_fragment_after_a_clause_gives_the_view_of_pour_x(text, fragment, speaker):
    assert ("mixed", fragment, speaker) in _quotes(text, "fr")


def test_pour_x_before_a_long_clause_gives_no_view():
    # eight words or more between `Pour X,` and the fragment: the writer's own sentence
    text = "Pour Durand, la ville a dépensé cette année bien plus que prévu dans ce qu'elle appelle « la relance »."
    assert ("mixed", "« la relance »", "Durand") not in _quotes(text, "fr")


@pytest.mark.parametrize(
    "text, lang, fragment, speaker",
    [
        ("Le scrutin a suivi une réforme qualifiée de « coup de force » par ses opposants.", "fr",
         "« coup de force »", "ses opposants"),
        ("La loi, jugée « injuste » par les syndicats, entre en vigueur lundi.", "fr", "« injuste »",
         "les syndicats"),
        ('The new tax was described as "a disaster" by the mayor of the city.', "en", '"a disaster"',
         "the mayor of the city"),
    ],
)  # fmt: skip
def test_the_agent_after_a_fragment_framed_by_a_passive_participle(text, lang, fragment, speaker):
    assert ("mixed", fragment, speaker) in _quotes(text, lang)


def test_a_naming_participle_gives_no_agent():
    text = 'These changes are called "patches" by the players.'
    assert ("scare", '"patches"', None) in _quotes(text, "en")


def test_an_active_cue_keeps_its_subject():
    # `a qualifié … par` is active: the subject speaks, `par` starts an adjunct
    text = "Le maire a qualifié de « honteuse » par deux fois la décision du préfet."
    assert ("mixed", "« honteuse »", "Le maire") in _quotes(text, "fr")


def test_a_quote_in_a_relative_clause_after_an_attribution_is_no_second_part():
    text = ("« Ce jour est historique » selon la maire de la ville, Anne Roux, qui se félicite de ne pas avoir "
            "« cédé aux pressions » pendant la campagne.")
    quotes = _quotes(text, "fr")
    assert ("direct", "« Ce jour est historique »", "Anne Roux") in quotes
    assert ("mixed", "« cédé aux pressions »", "Anne Roux") in quotes


def test_a_split_quote_still_merges():
    text = "« Ce jour est historique », a déclaré Anne Roux. « Nous avons gagné. »"
    (typ, quote, speaker), = _quotes(text, "fr")
    assert (typ, quote, speaker) == ("direct", text, "Anne Roux")


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("« Nous gagnerons » selon le chef du parti, Jean Martin ( PS ), avant le vote.", "Jean Martin"),
        ("« Nous gagnerons », a déclaré le chef du parti, Jean Martin (PS), à la presse.", "Jean Martin"),
    ],
)
def test_the_name_apposed_to_a_title_before_a_party(text, speaker):
    assert _quotes(text, "fr")[0][2] == speaker


def test_a_lone_initial_after_the_source_is_no_apposed_name():
    text = "Selon le décret, B. Traoré doit « former un gouvernement dans les meilleurs délais »."
    quotes = _quotes(text, "fr")
    assert ("mixed", "« former un gouvernement dans les meilleurs délais »", "le décret") in quotes
    assert ("indirect", text[text.index("B."): -1], "le décret") in quotes


@pytest.mark.parametrize(
    "text, lang, quote, typ",
    [
        ("À son arrestation, il déclare à la police « Je ne regrette rien. »", "fr", "« Je ne regrette rien. »",
         "direct"),
        ('At the hearing, he said to the judge "I am innocent of all charges."', "en",
         '"I am innocent of all charges."', "direct"),
        ("Il a promis aux électeurs « une baisse des impôts » dès l'an prochain.", "fr", "« une baisse des impôts »",
         "mixed"),  # lower case: the object of the cue
    ],
)  # fmt: skip
def test_a_cue_and_its_addressee_introduce_a_statement(text, lang, quote, typ):
    assert (typ, quote) in [(t, q) for t, q, _ in _quotes(text, lang)]


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Un porte-parole des secours a expliqué que « malheureusement, nos équipes ne pouvaient rien faire ».", "fr"),
        ("La police a annoncé qu'« un agent a vu le véhicule pendant sa patrouille ».", "fr"),
        ('The mayor said that "the city will recover quickly."', "en"),
    ],
)
def test_a_que_clause_that_is_wholly_a_quotation_is_only_the_mixed_quote(text, lang):
    quotes = _quotes(text, lang)
    assert [t for t, _, _ in quotes] == ["mixed"]


def test_a_que_clause_around_a_fragment_is_still_reported_speech():
    text = "Le maire a expliqué que la ville allait « se relever très vite » après la tempête."
    assert ("la ville allait « se relever très vite » après la tempête", "Le maire") in [
        (c.removeprefix("que "), sp) for c, sp in _indirect(text, "fr")]


@pytest.mark.parametrize(
    "text, lang, quote, speaker",
    [
        ("Le maire a salué une « victoire collective » : « Nous avons tenu bon. Merci à tous. »", "fr",
         "« Nous avons tenu bon. Merci à tous. »", "Le maire"),
        ('The coach praised a "great season": "We fought for every point."', "en",
         '"We fought for every point."', "The coach"),
    ],
)  # fmt: skip
def test_a_statement_after_a_colon_that_follows_a_fragment(text, lang, quote, speaker):
    assert ("direct", quote, speaker) in _quotes(text, lang)


def test_a_fragment_after_a_colon_stays_mixed():
    text = "Le maire a salué une « victoire collective » : « une belle surprise »."
    assert "direct" not in [t for t, _, _ in _quotes(text, "fr")]


@pytest.mark.parametrize(
    "text, lang, content, speaker",
    [
        ("Selon les chiffres officiels publiés dans la nuit de lundi à mardi, le taux de chômage a baissé de 2 %.",
         "fr", "le taux de chômage a baissé de 2 %", "les chiffres officiels publiés"),
        ("According to the figures released on Monday night, unemployment fell by two points.", "en",
         "unemployment fell by two points", "the figures released"),
    ],
)  # fmt: skip
def test_a_source_with_a_participle_and_its_adjunct(text, lang, content, speaker):
    assert (content, speaker) in _indirect(text, lang)


def test_a_source_without_a_participle_keeps_no_adjunct():
    text = "Selon les chiffres dans la nuit de lundi à mardi, le taux de chômage a baissé de 2 %."
    assert _indirect(text, "fr") == []


@pytest.mark.parametrize(
    "text, fragment, speaker",
    [
        ('The senator hailed the ruling as "historic" on Friday.', '"historic"', "The senator"),
        ('The defendant pleaded "not guilty" at the opening of the trial.', '"not guilty"', "The defendant"),
    ],
)
def test_hail_and_plead_frame_a_fragment(text, fragment, speaker):
    assert ("mixed", fragment, speaker) in _quotes(text, "en")


@pytest.mark.parametrize(
    "text, speaker",
    [
        ('"Nothing was ever promised," Mr. Smith\'s lawyer, Mark E. Kaso, told the public.', "Mark E. Kaso"),
        ('"We will appeal," the union\'s spokeswoman, Jane Roe, said on Monday.', "Jane Roe"),
    ],
)
def test_a_name_apposed_to_a_title_after_a_quote_speaks(text, speaker):
    assert ("direct", speaker) in [(t, sp) for t, _, sp in _quotes(text, "en")]


def test_told_and_a_short_noun_phrase_is_no_reported_speech():
    assert _indirect('"Nothing was ever promised," the lawyer, Mark Kaso, told the public.', "en") == []
    assert _indirect("The lawyer told the court the deal was signed in May.", "en") != []


def test_titre_names_a_title():
    text = "Un article paru lundi et titré « Les secrets du palais » a fait grand bruit."
    assert _quotes(text, "fr") == [("scare", "« Les secrets du palais »", None)]


def test_a_cue_before_a_colon_introduces_the_next_quote():
    text = ("Anne Roux a déclaré : « Nous avons perdu. » Paul Durand a indiqué : « Il faut tout reprendre depuis "
            "le début. »")
    quotes = _quotes(text, "fr")
    assert [(t, sp) for t, _, sp in quotes] == [("direct", "Anne Roux"), ("direct", "Paul Durand")]


def test_a_cue_coordinated_after_a_long_quote_shares_the_sentence_subject():
    long = "cette année on n'a pas du tout racheté les candidats, " * 4
    text = (f"La direction des examens avait alors donné la même explication, « {long}et voilà tout » et avertissait "
            "qu'il fallait « prendre conscience du niveau ».")
    assert ("mixed", "« prendre conscience du niveau »", "La direction des examens") in _quotes(text, "fr")


@pytest.mark.parametrize(
    "text, content, speaker",
    [
        ("The mayor revealed police have been unable to question him.", "police have been unable to question him",
         "The mayor"),
        ("The spokesman told Agence France-Presse the victim is in intensive care.",
         "the victim is in intensive care", "The spokesman"),
    ],
)  # fmt: skip
def test_english_reported_speech_without_that(text, content, speaker):
    assert (content, speaker) in _indirect(text, "en")


def test_offsets_with_astral_characters():
    text = "🎉 Les autorités 𝔸 avaient déclaré avoir ordonné la fermeture du port 😀 hier."
    (content, speaker), = _indirect(text, "fr")
    assert content.startswith("avoir ordonné") and speaker == "Les autorités 𝔸"


@pytest.mark.parametrize(
    "unit, lang",
    [("Les autorités avaient déclaré avoir ordonné la fermeture. ", "fr"),
     ("Pour le maire, il ne s'agit que d'une « manœuvre politique ». ", "fr")],
)  # fmt: skip
def test_linear_time_on_long_runs(unit, lang, assert_linear_attribution):
    assert_linear_attribution(unit, lang, 100, 400)
