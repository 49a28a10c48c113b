"""Participles and passive agents (``subjects.py`` and the agent rules of ``marked.py``):

- a participle after a reported clause shares the subject of the cue that reports it (`X suggested that …, saying
  that "…"`); `with X, <apposition>, saying`: X; with no reported clause before the participle the general
  subject rules decide (not the noun `claim`, not `concede`);
- a passive agent before a quote speaks (`warned by an interrogator: "…"`), but `par` after a non-participle form is
  no agent, nor is a long clause after `by`;
- French inverted subjects after an elided `que` (`C'est ce qu'a annoncé X, soulignant que`, `comme l'indique X`),
  `parler de « … »`, a name apposed after `selon` and the cues `cite`, `affirm` in the same shapes;
- the agent of a passive participle that frames a fragment speaks, after the fragment (`qualifiée de « … » par ses
  opposants`, `described as "…" by the mayor`, `décrit comme un « … » par X`) or before it (`qualifié par X d'« … »`,
  `criticised by X, <apposition>, as a "…"`); a naming participle gives no agent (`called "patches" by the
  players`) and an active cue keeps its subject (`a qualifié de « … » par deux fois`);
- French present participles missing from the cue table report (`en prévenant que`); a participle's subject ends at
  the verb of its clause, an imperfect too, and a noun that ends like an imperfect is no verb.

Offsets and linear time: test_quotes_robustness.py."""

from __future__ import annotations

import pytest
from quote_rows import indirect_rows, marked_speaker, quote_rows, speakers

from plugins.quotes.attribution import attribute
from plugins.quotes.marks import find_quotes


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
        # the cues `cite` and `affirm`
        ("Yulia's lawyer, Serhiy Vlasenko, cited \"what is happening in the country\" as reasons for her fast.",
         "en", "Serhiy Vlasenko"),
        ('The ministry affirmed that it was "a mere cooperation agreement".', "en", "The ministry"),
    ],
)  # fmt: skip
def test_participles_agents_and_inverted_subjects(text, lang, speaker):
    assert marked_speaker(text, lang) == speaker


@pytest.mark.parametrize(
    "text, lang, speaker",
    [
        # no reported clause before the participle: the general rules decide (not the noun `claim`, not `concede`)
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
def test_participles_without_a_reported_clause_keep_the_general_rules(text, lang, speaker):
    assert marked_speaker(text, lang) == speaker


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
    assert wrong not in (marked_speaker(text, lang) or "")


@pytest.mark.parametrize(
    "text, lang, fragment, speaker",
    [
        ("Le scrutin a suivi une réforme qualifiée de « coup de force » par ses opposants.", "fr",
         "« coup de force »", "ses opposants"),
        ("La loi, jugée « injuste » par les syndicats, entre en vigueur lundi.", "fr", "« injuste »",
         "les syndicats"),
        ('The new tax was described as "a disaster" by the mayor of the city.', "en", '"a disaster"',
         "the mayor of the city"),
        # irregular participles and an article before the fragment (thirty-seventh pass)
        ("Le suspect est décrit comme « un homme discret » par un voisin.", "fr", "« un homme discret »",
         "un voisin"),
        ("Il portait ce qui est décrit comme un « engin » par la police.", "fr", "« engin »", "la police"),
        ('The strike was declared to be "illegal" by the court on Monday.', "en", '"illegal"', "the court"),
        # the agent between the participle and the fragment
        ("Un détenu en fuite, qualifié par les enquêteurs d'« homme dangereux », a été repris.", "fr",
         "« homme dangereux »", "les enquêteurs"),
        ('The deal was criticised by Jane Doe, a lawyer for the family, as a "travesty of justice".', "en",
         '"travesty of justice"', "Jane Doe"),
    ],
)  # fmt: skip
def test_the_agent_after_a_fragment_framed_by_a_passive_participle(text, lang, fragment, speaker):
    assert ("mixed", fragment, speaker) in quote_rows(text, lang)


def test_a_naming_participle_gives_no_agent():
    text = 'These changes are called "patches" by the players.'
    assert ("scare", '"patches"', None) in quote_rows(text, "en")


def test_an_active_cue_keeps_its_subject():
    # `a qualifié … par` is active: the subject speaks, `par` starts an adjunct
    text = "Le maire a qualifié de « honteuse » par deux fois la décision du préfet."
    assert ("mixed", "« honteuse »", "Le maire") in quote_rows(text, "fr")
    text = "Le maire a qualifié par deux fois de « honteuse » la décision du préfet."
    assert "deux fois" not in (marked_speaker(text, "fr") or "")


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("La Russie a mis en garde les États-Unis en prévenant qu'il pourrait y avoir des « conséquences "
         "négatives ».", "La Russie"),
        ("Le syndicat a rompu les discussions en avertissant que la grève serait « longue ».", "Le syndicat"),
        # a participle's subject ends at the verb of its clause, an imperfect too
        ("Le maire refusait toute discussion, affirmant que la loi était « injuste ».", "Le maire"),
    ],
)  # fmt: skip
def test_french_present_participles_report(text, speaker):
    got = quote_rows(text, "fr")
    assert {sp for _, _, sp in got} == {speaker}
    assert "mixed" in {typ for typ, _, _ in got}


def test_nouns_that_end_like_an_imperfect_are_no_verb():
    text = "Le portrait du maire, affirmant que la loi était « injuste », a choqué."
    assert speakers(text, "fr") == {"Le portrait du maire"}


def test_a_conjunction_before_a_participle_after_a_quote_is_no_subject():
    """`"…," while speaking in Santiago`: `while` opens an adjunct; the cue before the quote gives the speaker."""
    text = ('Francis also said: "I cannot help but express the pain," while speaking in Santiago, the capital. '
            '"Is it fair to ask for forgiveness?"')
    assert {sp for _t, _q, sp in quote_rows(text, "en")} == {"Francis"}


@pytest.mark.parametrize(
    "text, speaker, resolved",
    [
        ('Television coverage showed him shouting "political persecution" while being led away.', "him", "him"),
        ('Witnesses heard her saying "I will not go back" before she left.', "her", "her"),
        ('"I will talk," Jones said. Reporters heard him saying "no comment".', "him", "Jones"),
    ],
)  # fmt: skip
def test_an_object_pronoun_before_a_participle_is_its_subject(text, speaker, resolved):
    """`showed him shouting "…"`: him speaks, not the subject of the clause (the pronoun is never that subject,
    so it resolves to the last named speaker, not to it)."""
    assert quote_rows(text, "en")[-1][2] == speaker
    assert quote_rows(text, "en", written=False)[-1][2] == resolved


@pytest.mark.parametrize(
    "text, speaker",
    [
        ('Officers confirmed it, with a police source saying: "The weapon is a black handgun."', "a police source"),
        ('The protest ended peacefully, with organisers saying "we will be back next week".', "organisers"),
        ('He finished the report with a task saying "do it now".', "He"),  # no one who speaks after `with`
    ],
)  # fmt: skip
def test_the_people_after_with_are_the_subject_of_the_participle(text, speaker):
    assert marked_speaker(text, "en") == speaker


def test_a_french_gerund_takes_the_name_opening_its_sentence():
    """Sixteenth pass (check11): `en expliquant` after a prepositional phrase is the subject's, not the phrase's."""
    text = ("Le vol a été retardé. Oscar Munoz , le PDG de la compagnie, s'est excusé « pour avoir dû replacer ces "
            "clients » dans un communiqué en expliquant que les employés fonctionnaient dans l'urgence.")
    assert ("que les employés fonctionnaient dans l'urgence", "Oscar Munoz") in indirect_rows(text, "fr")
    # an inverted subject before the gerund still wins
    text = "« C'est fini », a déclaré le maire de Lyon, en ajoutant qu'il partirait."
    assert indirect_rows(text, "fr") == [("qu'il partirait", "le maire de Lyon")]
    # `tout en` too, after an addressee (twenty-ninth pass: the clause was lost, its fragment a scare quote)
    text = "« Et alors ? », avait confié Fillon aux Échos, tout en martelant que ces cadeaux n'avaient « rien à voir »."
    assert quote_rows(text, "fr") == [
        ("direct", "« Et alors ? »", "Fillon"), ("indirect", "que ces cadeaux n'avaient « rien à voir »", "Fillon"),
        ("mixed", "« rien à voir »", "Fillon"),
    ]



@pytest.mark.parametrize("text, speaker", [
    ('He posted on Wednesday at 8:58 p.m. PST, saying: "Can someone review this threat?" Then he left.', "He"),
    ('Jane Doe wrote at 9 a.m. EST, saying "We are closed." Then she left.', "Jane Doe"),
    ('The fire brigade said at 7:00 a.m. BST, adding: "The flames are out." Crews stayed.', "The fire brigade"),
])  # fmt: skip
def test_a_time_zone_is_no_speaker(text, speaker):
    """`at 8:58 p.m. PST, saying "…"`: the zone goes on with its time (no sentence ends after `p.m.`) and is no
    subject of the participle (it was the speaker)."""
    assert marked_speaker(text, "en") == speaker


def test_a_participle_after_a_contrasted_clause_is_its_subjects():
    """Twenty-fourth pass: `…, but Chief Khalid disputed this, saying …`: the participle's subject is the
    contrasted clause's, and the first report ends before that clause (both were Aishah's)."""
    text = ("Aishah told police she had been hired to play a prank for a television show, but Chief Khalid "
            "disputed this, saying the two had been trained for their mission.")
    assert indirect_rows(text, "en") == [
        ("she had been hired to play a prank for a television show", "Aishah"),
        ("the two had been trained for their mission", "Chief Khalid"),
    ]


@pytest.mark.parametrize("text, lang, speaker", [
    ('The alliance called it racist. Calling it a "shameful night", Meretz Party\'s Tamar Zandberg said it was a '
     'disgrace.', "en", "Meretz Party's Tamar Zandberg"),
    ('Describing the idea of the new tax as "worthy of discussion", Burkhard Lischka of SPD noted that it was fine.',
     "en", "Burkhard Lischka of SPD"),
    ("Qualifiant la loi de « scandaleuse », le ministre a quitté la salle.", "fr", "le ministre"),
])  # fmt: skip
def test_a_participle_opening_the_sentence_frames_a_fragment_for_the_main_subject(text, lang, speaker):
    """Twenty-fifth pass: `Calling it a "shameful night", X said …`: the subject of the main clause after the
    participle's phrase speaks (the previous sentence's subject, or nobody, did)."""
    (q,) = [q for q in attribute(text, find_quotes(text), lang) if q["type"] != "indirect"]
    assert q["type"] == "mixed" and q["speaker"]["text"] == speaker


def test_characterise_frames_a_fragment_like_describe():
    """Twenty-fifth pass: `Duda also characterised the deaths as "crushing"` was a scare quote."""
    text = 'Duda also characterised the deaths as "crushing" and wrote "May God protect their parents."'
    assert [(q["type"], q["speaker"]["text"]) for q in attribute(text, find_quotes(text), "en")] == [
        ("mixed", "Duda"), ("direct", "Duda")]


@pytest.mark.parametrize("text, speaker", [
    ('Larson demanded that the WMF remove the seal from its websites within fourteen days, claiming that "it '
     'facilitates violations."', "Larson"),
    ('The minister asked that the company pay the fine, saying that "this is the law."', "The minister"),
])  # fmt: skip
def test_a_participle_after_a_demand_with_a_clause_shares_its_subject(text, speaker):
    """Twenty-seventh pass: after `demanded that …`, `asked that …` the participle's subject was the clause's
    (`the WMF remove the seal … within fourteen`)."""
    (q,) = [q for q in attribute(text, find_quotes(text), "en") if q["type"] != "indirect"]
    assert q["type"] == "mixed" and q["speaker"]["text"] == speaker


@pytest.mark.parametrize(
    "text, lang, speaker",
    [
        ('Police said he left a suicide note in his home stating "I am going out in style."', "en", "a suicide note"),
        ('The brothers carried a letter saying "We are going to our deaths."', "en", "a letter"),
        ('People holding a banner saying "united in diversity".', "en", "a banner"),
        ("Le commando a laissé une lettre ouverte affirmant « nous partons en guerre ».", "fr", "une lettre ouverte"),
        # a comma before the participle: the clause's subject speaks, not the writing
        ('The mayor signed the letter, saying "we will rebuild".', "en", "The mayor"),
        # an irregular past form ends the subject (`read`, `left`, `found`, `heard`, `saw`)
        ('The mayor read the letter aloud, saying "we will rebuild".', "en", "The mayor"),
        # a writing after a preposition of time is no subject of the participle
        ('The Church released a statement following the order saying "we feel stigmatized".', "en", "The Church"),
    ],
)
def test_a_writing_right_before_a_participle_speaks(text, lang, speaker):
    """A note, a letter, a banner or a placard right before a present participle (no comma) is what the participle
    says of it: the writing speaks, not the subject of the clause around it (twenty-ninth pass)."""
    assert marked_speaker(text, lang) == speaker


def test_a_placard_asking_for_something_reports_it():
    rows = indirect_rows("Protesters carried placards asking the government to revoke Article 50 at once.", "en")
    assert rows == [("to revoke Article 50 at once", "placards")]


@pytest.mark.parametrize("text, lang, rows", [
    ("Il a été accueilli par des manifestants scandant « Macron démission ».", "fr",
     [("direct", "« Macron démission »", "des manifestants")]),
    ("Il a été accueilli par des manifestants affirmant que « tout est perdu ».", "fr",
     [("mixed", "« tout est perdu »", "des manifestants")]),
    ('He was greeted by protesters shouting "Lock him up".', "en", [("direct", '"Lock him up"', "protesters")]),
    # with a comma, the participle is the subject's
    ("Il a rencontré des manifestants, affirmant que « tout est perdu ».", "fr",
     [("mixed", "« tout est perdu »", "Il")]),
])  # fmt: skip
def test_people_right_before_a_present_participle_cue_are_its_subject(text, lang, rows):
    """Thirty-eighth pass (check19): with no comma, the participle is a reduced relative of the people before it
    (`ces manifestants scandant « … »`); the clause's subject spoke. `scander` is a cue before a quote too."""
    assert [(t, q, s) for t, q, s, *_ in quote_rows(text, lang) if t != "indirect"] == rows


@pytest.mark.parametrize("text, rows", [
    ('At recent demonstrations, protestors have chanted "Bread, education and freedom", a common slogan.',
     [("direct", '"Bread, education and freedom"', "protestors")]),
    ('Supporters were chanting "Four more years" at the rally.', [("direct", '"Four more years"', "Supporters")]),
    ('"Enough is enough," chanted protesters outside the hall.', [("direct", '"Enough is enough,"', "protesters")]),
])  # fmt: skip
def test_chant_is_a_cue_before_a_quote_too(text, rows):
    """Thirty-ninth pass (check20): `chant` reported a quote only after it; before it the slogan was a scare quote
    with no speaker (as French `scander` until the thirty-eighth pass). `protestor`, `demonstrator` name people."""
    assert [(t, q, s) for t, q, s, *_ in quote_rows(text, "en") if t != "indirect"] == rows
