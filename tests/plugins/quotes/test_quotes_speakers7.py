"""Seventh pass: participles after a reported clause, `with X, <apposition>, saying`, passive agents, French
inverted subjects after an elided `que` and the anaphoric cleft, `parler de « … »`, apposed names after `selon`,
the cue lemmas added from the GenderGapTracker/textacy lists; their negative cases, offsets with astral
characters and linear time (random mixtures: test_quotes_mixtures.py)."""

from __future__ import annotations

import pytest
from quote_rows import quote_rows

from plugins.quotes.attribution import attribute
from plugins.quotes.cues import lemma_of
from plugins.quotes.marks import find_quotes


def _quotes(text: str, lang: str, mention: bool = True) -> list[tuple]:
    """``mention``: the pronoun or title as written rather than the name it resolves to."""
    return quote_rows(text, lang, cue="text", written=mention)


def _marked_speaker(text: str, lang: str) -> str | None:
    got = [sp for typ, _, sp, _ in _quotes(text, lang) if typ != "indirect"]
    assert len(got) == 1, _quotes(text, lang)
    return got[0]


@pytest.mark.parametrize(
    "text, lang, speaker",
    [
        # a participle after a reported clause: the subject of the cue that reports it
        ('Felix Kulaije, an army spokesperson, suggested that the rebel group might be behind the attacks, saying '
         'that "we suspect it is al-Shabaab."', "en", "Felix Kulaije"),
        ("Singer Melissa Etheridge, who is also a lesbian, stated that she would no longer pay taxes due to the "
         "passing of Proposition 8, announcing in a blog post, \"Okay, so I am taking that to mean I do not have "
         "to pay.\"", "en", "Singer Melissa Etheridge"),
        ("Le ministre des Transports, Lawrence Cannon, a indiqué que le gouvernement ne se sentait pas lié, ajoutant "
         "que le gouvernement « agirait au lieu d'adopter une mesure vide ».", "fr", "Lawrence Cannon"),
        # `with X, <apposition>, saying`
        ('Politicians praised the decision, with Nick Clegg, the deputy prime minister, saying it was "decent and '
         'sensible".', "en", "Nick Clegg"),
        # a passive agent before a quote
        ('He was kicked and beaten and warned by an interrogator: "You are here in a country where no one knows '
         'about you."', "en", "an interrogator"),
        # French inverted subjects after an elided que
        ("C'est ce qu'a annoncé aujourd'hui le président de la Région Auguste Rollandin, soulignant que "
         "« l'objectif est de compléter la structure ».", "fr", "le président de la Région Auguste Rollandin"),
        ("Le projet pourrait aider les colonies, comme l'indique Chris McKay, scientifique de la NASA : « L'idée "
         "pourrait être une réalité dans très peu de temps. »", "fr", "Chris McKay"),
        # `parler de « … »`
        ("Un proche du Président parle de « boycottage » au sujet de ces absences.", "fr", "Un proche du Président"),
        # the name in apposition after `selon`, even before `à l'AFP`
        ("Selon les propos de son avocat, Me Antonin Levy à l'AFP, « la mise en examen est intervenue ce matin. »",
         "fr", "Me Antonin Levy"),
        # new lemmas
        ("Yulia's lawyer, Serhiy Vlasenko, cited \"what is happening in the country\" as reasons for her fast.",
         "en", "Serhiy Vlasenko"),
        ('The ministry affirmed that it was "a mere cooperation agreement".', "en", "The ministry"),
    ],
)  # fmt: skip
def test_subject_rules(text, lang, speaker):
    assert _marked_speaker(text, lang) == speaker


def test_anaphoric_cleft_names_the_speaker_of_the_sentence_before():
    text = ("Le Gouvernement a décidé de prendre en main la gestion de l'aéroport afin de « revoir les objectifs "
            "stratégiques du plan » . C'est ce qu'a annoncé aujourd'hui le président de la Région Auguste "
            "Rollandin.")
    assert _quotes(text, "fr")[0][2] == "le président de la Région Auguste Rollandin"
    # without the cleft the fragment keeps the subject of its own sentence
    plain = text.split(" . ")[0] + "."
    assert _quotes(plain, "fr")[0][2] == "Le Gouvernement"


@pytest.mark.parametrize(
    "text, lang, speaker",
    [
        # no reported clause before the participle: the older rules decide (not the noun `claim`, not `concede`)
        ("O'Donnell defended her niece's claim, saying \"it may have taken place at a different time.\"",
         "en", "O'Donnell"),
        ('President Trump has yet to concede, saying earlier in the morning before the call for Biden, "I WON THIS '
         'ELECTION, BY A LOT!" on Twitter.', "en", "President Trump"),
        # an inverted cue with a comma before it: its own subject, not the clause before it
        ("Les opérations se poursuivront toute la journée, a déclaré le maire de Washington, Adrian Fenty, "
         "ajoutant que c'était « l'accident le plus grave de l'histoire du métro ».", "fr", "Adrian Fenty"),
        # `par` after a non-participle form is no agent, nor a long clause after `by`
    ],
)  # fmt: skip
def test_negative_cases(text, lang, speaker):
    assert _marked_speaker(text, lang) == speaker


@pytest.mark.parametrize(
    "text, lang, wrong",
    [
        # `par` after a non-participle form is no agent, nor a long clause after `by`
        ("Le communiqué se conclut par cette phrase : « Les personnes qui ne respectent pas nos lois ne sont pas "
         "les bienvenues. »", "fr", "cette phrase"),
        ("The manifesto if written by the suspect could strengthen the case: \"The key factor here is intent.\"",
         "en", "could"),
    ],
)  # fmt: skip
def test_no_agent_where_none_is(text, lang, wrong):
    assert wrong not in (_marked_speaker(text, lang) or "")


@pytest.mark.parametrize(
    "text",
    [
        "Il parle de sa famille. « Nous partons demain », a-t-il dit.",  # `parler de` with no quote right after
        "La Corée du Sud parle de la situation depuis hier.",
    ],
)
def test_parler_is_a_cue_only_right_before_a_quote(text):
    assert all(cue != "parle" for _, _, _, cue in _quotes(text, "fr"))


@pytest.mark.parametrize(
    "text",
    [
        # cue words of the lists that are no reporting speech here
        "The total was 290 electoral votes by AP's reckoning, and it was cited for speeding.",
        "He was cited for bravery in 2019 and notified of the award by mail.",
        "The think tank accepted the award and ensured a smooth handover.",
    ],
)
def test_new_lemmas_report_no_speech_without_a_clause_or_quote(text):
    assert _quotes(text, "en") == []


def test_new_lemmas_map_back():
    for form, lemma in [("cited", "cite"), ("citing", "cite"), ("notified", "notify"), ("reconfirmed",
                        "reconfirm"), ("affirmed", "affirm"), ("parle", "parler")]:
        assert lemma_of(form, "fr" if lemma == "parler" else "en") == lemma
    assert lemma_of("reckoning", "en") is None and lemma_of("disagreed", "en") is None


def test_offsets_with_astral_characters():
    pre = "👩🏽‍⚖️🙂 "
    text = pre + ("Felix Kulaije 🙂, an army spokesperson, suggested that the group was behind it, saying that "
                  '"we suspect them 🙂." C\'est ce qu\'a annoncé 👩🏽‍⚖️ le président Rollandin.')
    got = attribute(text, find_quotes(text), "en")
    direct = [q for q in got if q["type"] != "indirect"]
    assert direct and direct[0]["speaker"]["text"] == "Felix Kulaije"
    sp = direct[0]["speaker"]
    assert text[sp["start"] : sp["end"]] == "Felix Kulaije" and sp["start"] == len(pre)
    fr = "🙂 Le juge Dupont parle de « boycottage » . C'est ce qu'a déclaré 👩🏽‍⚖️ le ministre, soulignant que « rien »."
    got = {quote: sp for typ, quote, sp, _ in _quotes(fr, "fr") if typ != "indirect"}
    assert got == {"« boycottage »": "Le juge Dupont", "« rien »": "le ministre"}


@pytest.mark.parametrize(
    "unit, lang",
    [
        ("C'est ce qu'a annoncé le ministre, soulignant que « a » . ", "fr"),
        ("Le juge parle de « b », comme l'a dit X, ajoutant que ", "fr"),
        ('X suggested that Y did it, saying that "z", with Nick Clegg, the minister, saying ', "en"),
        ('warned by an interrogator: "a" ', "en"),
        (", saying that, saying that ", "en"),
    ],
)
def test_linear_time_on_long_runs(unit, lang, assert_linear_attribution):
    assert_linear_attribution(unit, lang, 100, 400)


@pytest.mark.parametrize(
    "text, lang, speaker",
    [
        # a verbal cue right before `selon X,`: the one who said it speaks, the source only reports it
        ("Le procureur fédéral, Johan Delmulle, a révélé, selon Le Soir, « des informations faisant état de camps "
         "d'entraînement. »", "fr", "Johan Delmulle"),
        # a subordinate or comparative clause before the subject of a cue-less sentence
        ("Plus qu'une championne olympique, elle est devenue un symbole pour les enfants : « Que quelqu'un comme moi "
         "devienne championne, c'est inexplicable » .", "fr", "elle"),
        # a report closing the sentence before frames a fragment of the next one
        ("Une quarantaine de lapins ont été massacrés, a rapporté le Midi Libre . Ils auraient été « jetés comme des "
         "balles de tennis » par les malfaiteurs.", "fr", "le Midi Libre"),
    ],
)  # fmt: skip
def test_second_batch(text, lang, speaker):
    assert _marked_speaker(text, lang) == speaker


@pytest.mark.parametrize(
    "text, lang",
    [
        # `Bien que …,` is no subject: the fragment has no speaker
        ("Bien que la tempête soit loin des côtes, « le service météorologique a émis une alerte ouragan pour les "
         "îles » .", "fr"),
        # a Wikinews update line: the quoted title of the updated article is no one's words
        ("Page actualisée : 2 janvier 2015 — « Aviation : poursuite des recherches de l'épave » Publié le 31 "
         "décembre 2014", "fr"),
    ],
)  # fmt: skip
def test_no_speaker(text, lang):
    assert _marked_speaker(text, lang) is None


def test_a_new_sentence_after_a_terminal_quote_is_no_attribution():
    text = ("Le procureur a confié : « Il y a des camps en Belgique. » Dans un article publié sur le site du "
            "quotidien, le procureur a confié au journal que rien n'était prouvé.")
    got = [(typ, sp, cue) for typ, _, sp, cue in _quotes(text, "fr") if typ != "indirect"]
    assert got == [("direct", "Le procureur", "a confié")]
    # an inverted cue after a quote still attributes it
    text2 = "« Il y a des camps en Belgique. » a déclaré le procureur."
    assert _marked_speaker(text2, "fr") == "le procureur"


@pytest.mark.parametrize(
    "text, lang, speaker",
    [
        # an apposition before a cue after a comma is no inverted report (`X, prosecuting, described the events.`)
        ("Raymond Wildsmith, prosecuting, described the events. He had told her to \"go back to your own country\".",
         "en", "He"),
        ("Le Président de l'Assemblée, Raimundo Pereira, assure l'intérim. Le président de la Commission a contesté "
         "les dénégations de l'armée : « C'est un coup d'État. »", "fr", "Le président de la Commission"),
    ],
)  # fmt: skip
def test_no_inverted_frame_without_an_auxiliary(text, lang, speaker):
    assert _marked_speaker(text, lang) == speaker


@pytest.mark.parametrize(
    "text, lang, speaker",
    [
        # `"…," Name of the body said`: a name with its body, in normal order after the quote
        ('"The ship has been spotted and it has been taken hostage," Benoit Ramacker of the crisis management '
         "centre said.", "en", "Benoit Ramacker of the crisis management centre"),
        # a verbal cue before the quote wins over `according to` after it
        ('Mr. Haroon wrote, "It has always been difficult for governments to coexist with a free press." according '
         "to AsiansInMedia.org.", "en", "Mr. Haroon"),
        ("Le ministre a écrit : « Nous partirons demain. » selon Le Monde.", "fr", "Le ministre"),
        # … but a bare quote keeps its source
        ('"It has always been difficult for governments," according to AsiansInMedia.org.', "en", "AsiansInMedia.org"),
    ],
)  # fmt: skip
def test_third_batch(text, lang, speaker):
    assert _marked_speaker(text, lang) == speaker



@pytest.mark.parametrize(
    "text, lang, speaker",
    [
        # a relative pronoun after a name with a particle (`al-`)
        ("La rupture a été négociée avec le chef de l'organisation Ayman al-Zawahiri , qui déclare que « vous "
         "pouvez sacrifier les liens organisationnels » .", "fr", "Ayman al-Zawahiri"),
        # `pour X,` after a connective
        ("Mais, pour M. Goudet, « la ministre fait comme si elle ne savait pas que nous avons du retard. »",
         "fr", "M. Goudet"),
        # a clause ending in a colon, with no cue: its subject (two words or more)
        ("Le ministre de l'intérieur Pascal Barandagiye est plus explicite :\n\n« Cinq associations ont continué à "
         "fonctionner clandestinement. »", "fr", "Le ministre de l'intérieur Pascal Barandagiye"),
        ('The High Court of England was blunt: "The prorogation was a political matter."', "en",
         "The High Court of England"),
    ],
)  # fmt: skip
def test_fourth_batch(text, lang, speaker):
    assert _marked_speaker(text, lang) == speaker


@pytest.mark.parametrize(
    "text",
    [
        "Le bilan est le suivant : « 27 morts et 78 blessés. »",  # no person or body, and a clause
        "C'est un grand jour pour la ville :\n\n« Nous allons gagner. »",  # `C'est …` is no subject
    ],
)
def test_a_colon_clause_without_a_speaker_gives_none(text):
    assert _marked_speaker(text, "fr") is None


def test_state_after_a_capitalised_word_inside_a_sentence_is_a_noun():
    text = ("An investigation has been ordered by Devendra Fadnavis, the chief minister of Maharashtra state. "
            '"We will act," said Uttarakhand state government spokesperson Madan Kaushik.')
    got = _quotes(text, "en")
    assert [q for q in got if q[0] == "indirect"] == []
    assert [sp for typ, _, sp, _ in got if typ != "indirect"] == [
        "Uttarakhand state government spokesperson Madan Kaushik"
    ]
    # a plural subject opening its sentence still states
    police = "Police state that the man was arrested on Monday."
    assert [(typ, sp) for typ, _, sp, _ in _quotes(police, "en")] == [("indirect", "Police")]


def test_a_time_before_the_subject():
    text = 'At about 5:17 p.m. his daughter reported to the police he "left home four hours ago after leaving words."'
    assert _marked_speaker(text, "en") == "his daughter"
    # a colon that is no time still bounds the subject
    text2 = 'The verdict: his daughter reported to the police he "left home four hours ago after leaving words."'
    assert _marked_speaker(text2, "en") == "his daughter"


@pytest.mark.parametrize(
    "text, content, speaker",
    [
        ("As of Monday evening, the National Hurricane Center reported the depression had sustained winds of 30 "
         "miles per hour.", "the depression had sustained winds of 30 miles per hour", "the National Hurricane Center"),
        ("Protesters claim Nkurunziza violated a peace deal and the constitution.",
         "Nkurunziza violated a peace deal and the constitution", "Protesters"),
        ("The Ministry of Justice in Switzerland said Adamov will be extradited to the US.",
         "Adamov will be extradited to the US", "The Ministry of Justice in Switzerland"),
    ],
)  # fmt: skip
def test_english_reported_speech_without_that(text, content, speaker):
    got = [(q, sp) for typ, q, sp, _ in _quotes(text, "en") if typ == "indirect"]
    assert got == [(content, speaker)]


@pytest.mark.parametrize(
    "text",
    [
        "The company reported the figures to the regulator on Monday.",  # an object, no finite verb after it
        "He announced the newly created fund in March.",  # `created` after `the`: no auxiliary
        "She warned Smith about the risks.",
    ],
)
def test_no_reported_speech_without_a_finite_verb(text):
    assert [q for q in _quotes(text, "en") if q[0] == "indirect"] == []


@pytest.mark.parametrize(
    "text, lang, speaker",
    [
        ('"I\'m not aware anyone is threatening intervention," Helen Clark, Prime Minister of New Zealand, said.',
         "en", "Helen Clark"),
        ("Une information de l'AFP, le tenant de source policière, fait état de « blessures légères » pour la "
         "plupart.", "fr", "Une information de l'AFP"),
        ("En août dernier, il avait exhorté son homologue à « exclure définitivement tous les habitants » après une "
         "rixe.", "fr", "il"),
    ],
)  # fmt: skip
def test_after_check3(text, lang, speaker):
    assert _marked_speaker(text, lang) == speaker


def test_faire_etat_needs_its_object():
    assert _quotes("Le gouvernement a fait état de progrès importants.", "fr") == []
    assert lemma_of("fait état", "fr") == "faire état"
