"""Quote types: a direct statement, a mixed fragment of someone's words, or a scare term (``naming.py`` and the
type rules of ``attribution.py``).

- a marked yes or no alone is a term, even after a cue (`Les Suisses disent « non »`); an answer with its
  punctuation or more words is speech (`Il a crié « Non ! »`);
- a title after `titré` is a title; a capitalised name right after a noun is a name, inside reported speech too
  (`l'organisation « État islamique »`); words right after a cue, or in lower case after a noun, stay speech;
- a cue and its addressee before a quote in upper case introduce a statement (`il déclare à la police « Il est …
  »`); a que/that clause that is wholly a quotation is only the mixed quote;
- after a fragment and a colon, a statement is direct and a fragment stays mixed;
- lower-case fragments share the attribution that closes their sentence;
- a charge or a sentence right after a passive participle of the law (`accusés de « rébellion »`, `condamné à «
  trois mois … »`, `arrested for "…"`) is a scare quote with no speaker; after an active one (`a accusé le préfet
  de « mentir »`) the fragment is its subject's."""

from __future__ import annotations

import pytest
from quote_rows import marked_rows, quote_rows


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Les Suisses disent « non » pour une caisse maladie unique.", "fr"),
        ("Les électeurs ont clairement dit «\u202fnon\u202f» au projet.", "fr"),
        ("Le parti soutient le président et le « oui » au référendum.", "fr"),
        ('Voters said "yes" to the plan.', "en"),
    ],
)  # fmt: skip
def test_a_marked_yes_or_no_alone_is_a_term(text, lang):
    assert [(typ, sp) for typ, _, sp in quote_rows(text, lang)] == [("scare", None)]


@pytest.mark.parametrize(
    "text, lang, row",
    [
        ("Il a crié « Non ! » avant de partir.", "fr", ("direct", "Il")),
        ('She screams, "No!" and runs.', "en", ("direct", "She")),
        ('Asked about it, De La Fuente gave a terse "no."', "en", ("mixed", "De La Fuente")),
        ("Le ministre a dit « non, jamais » au projet.", "fr", ("mixed", "Le ministre")),
        ("« Non », dit Paul.", "fr", ("direct", "Paul")),
        ('Asked about the plan, the minister said: "no".', "en", ("direct", "the minister")),
    ],
)  # fmt: skip
def test_an_answer_with_its_punctuation_or_more_words_is_speech(text, lang, row):
    assert [(typ, sp) for typ, _, sp in quote_rows(text, lang)] == [row]


def test_titre_names_a_title():
    text = "Un article paru lundi et titré « Les secrets du palais » a fait grand bruit."
    assert quote_rows(text, "fr") == [("scare", "« Les secrets du palais »", None)]


def test_a_scare_name_inside_reported_speech_stays_scare():
    got = quote_rows('The "Tookie" gang was dismantled last year, police said.', "en", cue="text")
    assert ("scare", '"Tookie"', None, None) in got, got


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Le Pentagone annonce que les États-Unis ont largué une bombe contre l'organisation « État islamique ».",
         "fr"),
        ("Selon des officiers, la bombe ciblait des militants du groupe « État islamique » à Achin.", "fr"),
        ("Il s'est rendu à Dongzhou selon le journal hong-kongais « Ming Pao Daily News ».", "fr"),
        ('Officials said the attack was claimed by the group "Islamic State".', "en"),
    ],
)  # fmt: skip
def test_a_name_after_a_noun_inside_reported_speech_is_a_name(text, lang):
    got = quote_rows(text, lang)
    assert [(typ, sp) for typ, _, sp in got if typ != "indirect"] == [("scare", None)]


@pytest.mark.parametrize(
    "text, lang, row",
    [
        # right after the cue: the cue's words
        ('Trump tweeted "Happy New Year" to his followers.', "en", ("direct", "Trump")),
        # near a cue and its addressee, or a sentence: the cue's words
        ("Le suspect a déclaré aux policiers « Je regrette ».", "fr", ("direct", "Le suspect")),
        # lower case after a noun: someone's words
        ("Le ministre a dénoncé une opération « illégale et dangereuse ».", "fr", ("mixed", "Le ministre")),
    ],
)  # fmt: skip
def test_words_after_a_cue_or_in_lower_case_stay_speech(text, lang, row):
    assert [(typ, sp) for typ, _, sp in quote_rows(text, lang) if typ != "indirect"] == [row]


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
    assert (typ, quote) in [(t, q) for t, q, _ in quote_rows(text, lang)]


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Un porte-parole des secours a expliqué que « malheureusement, nos équipes ne pouvaient rien faire ».", "fr"),
        ("La police a annoncé qu'« un agent a vu le véhicule pendant sa patrouille ».", "fr"),
        ('The mayor said that "the city will recover quickly."', "en"),
    ],
)
def test_a_que_clause_that_is_wholly_a_quotation_is_only_the_mixed_quote(text, lang):
    quotes = quote_rows(text, lang)
    assert [t for t, _, _ in quotes] == ["mixed"]


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
    assert ("direct", quote, speaker) in quote_rows(text, lang)


def test_a_fragment_after_a_colon_stays_mixed():
    text = "Le maire a salué une « victoire collective » : « une belle surprise »."
    assert "direct" not in [t for t, _, _ in quote_rows(text, "fr")]


def test_lower_case_fragments_share_the_attribution_that_closes_their_sentence():
    text = ('They worked "15-hour shifts," were housed in dormitories, "from which outsiders" were banned, and paid '
            '"about half their wages for room and board," the Mail said. Titles like "Avatar" stay titles.')
    assert marked_rows(text, "en") == [("mixed", "the Mail", "said")] * 2 + [("mixed", "the Mail", "said"),
                                                                         ("scare", None, None)]


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Ils sont accusés de « violences sur personne dépositaire de l'autorité publique » et de « rébellion ».",
         "fr"),
        ("Il est donc condamné à « trois mois d’emprisonnement avec sursis » .", "fr"),
        ("Fillon a été convoqué en vue d'une mise en examen pour « détournement de fonds publics, abus de biens "
         "sociaux, complicité et recel » .", "fr"),
        ('The journalists are charged with "publishing false rumor with intent to cause alarm to the public".', "en"),
        ("Le recruteur a déjà été placé en détention pour « association de malfaiteurs terroriste ».", "fr"),
        ("Ils menacent de porter plainte contre le maire pour « non-assistance à personne en danger ».", "fr"),
        ('The firm was accused of "proselytizing" in schools, the minister said.', "en"),
    ],
)  # fmt: skip
def test_a_charge_after_a_passive_participle_is_a_scare_quote(text, lang):
    assert {(typ, sp) for typ, _, sp in quote_rows(text, lang) if typ != "indirect"} == {("scare", None)}


@pytest.mark.parametrize(
    "text, lang, speaker",
    [
        ("Le maire a accusé le préfet de « mentir » sur les chiffres.", "fr", "Le maire"),
        ('He accused the police of "malicious justice operations."', "en", "He"),
    ],
)  # fmt: skip
def test_a_charge_after_an_active_verb_is_its_subjects(text, lang, speaker):
    assert [(typ, sp) for typ, _, sp in quote_rows(text, lang)] == [("mixed", speaker)]


@pytest.mark.parametrize(
    "text, lang, speaker",
    [
        ("Le Conseil de sécurité a exprimé sa « profonde préoccupation » hier.", "fr", "Le Conseil de sécurité"),
        ("Des centaines de personnes se sont rassemblées en demandant de « restaurer la justice ».", "fr",
         "Des centaines de personnes"),
        ("Bill Shorten a proposé de travailler ensemble en se félicitant du « consensus politique ».", "fr",
         "Bill Shorten"),
        ('The council expressed its "deep concern" over the attack.', "en", "The council"),
    ],
)  # fmt: skip
def test_a_fragment_right_after_a_cue_and_function_words_is_its_object(text, lang, speaker):
    """`a exprimé sa « … »`, `expressed its "…"`: the object of the cue, its subject's words (fifteenth pass)."""
    assert [(typ, sp) for typ, _, sp in quote_rows(text, lang) if typ != "indirect"] == [("mixed", speaker)]


def test_a_noun_after_an_elided_article_is_no_cue():
    text = ("À la suite de l'annonce de la SDJ, la direction du groupe avait adressé un communiqué laconique : "
            "« Le communiqué de la SDJ met en cause le principe. »")
    assert [(typ, sp) for typ, _, sp in quote_rows(text, "fr")] == [("direct", "la direction du groupe")]


def test_a_purpose_after_pour_is_no_charge():
    text = "Le ministre a annoncé porter plainte pour « ne pas laisser passer cet acte de violence »."
    assert [typ for typ, _, _ in quote_rows(text, "fr") if typ != "indirect"] != ["scare"]


def test_the_last_word_of_a_title_names_no_quote_on_the_next_line():
    """`Le conseil municipal vote le budget\\n\\n« Nous avons … », a déclaré la maire` (the README's sample): the
    quote is a statement, not a name given by the noun `budget` on the line before."""
    text = ("Le conseil municipal vote le budget\n\n« Nous avons tenu nos promesses », a déclaré la maire, "
            "Claire Martin, lundi soir.")
    assert [(typ, sp) for typ, _, sp in quote_rows(text, "fr")] == [("direct", "Claire Martin")]


def test_the_object_of_a_cue_holding_two_sentences_is_a_statement():
    """Sixteenth pass (check11): `s'interrogeait « pourquoi … ? Il y a … »` is direct; a one-sentence object stays
    mixed (`a condamné « l'attentat … »`)."""
    text = ("Igor Angelini s'interrogeait « pourquoi y a-t-il tant de billets en circulation ? Il y a forcément une "
            "anomalie » . Le ministre a condamné « l'attentat odieux commis à Paris » .")
    assert [t for t, _, _ in quote_rows(text, "fr")] == ["direct", "mixed"]



def test_a_long_lower_case_fragment_glued_after_pour_x_is_mixed():
    """Eighteenth pass: `Pour X, il s'agit d'une « … »` is a fragment of the writer's clause however long; a whole
    clause in marks right after the comma stays a statement."""
    text = ("Pour L'Opinion , il s'agit d'une « intrusion scandaleuse du syndicat dans les contenus des médias » que "
            "le journal dénonce.")
    assert [t for t, _, _ in quote_rows(text, "fr") if t != "indirect"] == ["mixed"]
    text2 = "Pour Giovanni Barocco, le président du club, « la piste cyclable offre plus de 23 kilomètres de piste »."
    assert quote_rows(text2, "fr")[0][0] == "direct"


@pytest.mark.parametrize(
    "text, row",
    [
        # a cue that takes the fragment after its object and `pour`/`par`
        ("Le président américain, Donald Trump, a félicité E. Macron pour sa « grande victoire » . Fin.",
         ("mixed", "« grande victoire »", "Donald Trump")),
        ("La cour justifie cette décision par l' « extrême gravité » des faits reprochés.",
         ("mixed", "« extrême gravité »", "La cour")),
        ("Hollande est arrivé sur place et évoque un « ignoble attentat terroriste » . Fin.",
         ("mixed", "« ignoble attentat terroriste »", "Hollande")),
        # naming someone with `traiter … de`, after a headline's topic and its colon
        ("Slovaquie : le premier ministre Robert Fico traite des journalistes de « sales prostituées » devant eux.",
         ("mixed", "« sales prostituées »", "le premier ministre Robert Fico")),
    ],
)  # fmt: skip
def test_short_fragments_governed_by_a_cue_through_its_object(text, row):
    """Eighteenth pass: these were scare quotes with no speaker."""
    assert [r for r in quote_rows(text, "fr") if r[0] != "indirect"] == [row]


def test_traiter_in_its_other_senses_is_no_cue():
    rows = quote_rows("Le ministre traite le dossier « en priorité » cette semaine.", "fr", cue="lemma")
    assert rows[0][3] != "traiter"


@pytest.mark.parametrize("text, row", [
    ("The inspector told the court \"Basic investigations weren't done.\"", ("direct", "The inspector", "told")),
    ("Obadia told reporters \"Women in France don't have to justify their life.\"", ("direct", "Obadia", "told")),
    # the imperative and an addressee with a preposition keep a term a term
    ('Tell us about "Guided Governing". How would that play out?', ("scare", None, None)),
])  # fmt: skip
def test_told_and_its_addressee_before_a_statement(text, row):
    """Twenty-fourth pass: English `told` takes its addressee without `to`; a sentence quoted after it is a direct
    quote of the subject (it was a scare quote with no speaker, or a mixed one)."""
    assert marked_rows(text, "en") == [row]


@pytest.mark.parametrize("text, typ", [
    ('Connecticut Governor Ned Lamont said at a press conference after the incident, "My heart really goes out to '
     'the families." The aircraft crashed.', "direct"),
    ('Peter Altmaier told German broadcaster ARD "All that we know right now is that it was a cruel attack". He '
     "left.", "direct"),
    ('Bridenstine remarked of the remainder of the test flight, "I am breathing a sigh of relief, but I will not '
     'celebrate." Hurley spoke.', "direct"),
    # an adjunct opening with a preposition needs no comma (twenty-ninth pass)
    ('Trump said on Friday "I can do it if I want. I may do it." Congress left.', "direct"),
    ('He said on Voice of America\'s South Sudan in Focus programme "It is a great loss to the people." He left.',
     "direct"),
    # right after an addressee a statement may open in lower case (twenty-ninth pass)
    ('He told reporters "it is over and we are done."', "direct"),
    ('Franowska told Reuters "it almost appears as if the statement was prepared before." He left.', "direct"),
    ("Il a dit à la presse « c'est fini et nous partons demain matin ». Il est parti.", "direct"),
    # a that-clause, a short quote, a lower-case one after other words than an addressee stay fragments
    ('The mayor said that "The plan will fail for sure today."', "mixed"),
    ('Boeing replied, telling Wikinews the company "extends its condolences to the families of those lost."',
     "mixed"),
    ('County sheriff Kerry Lee told the BBC even one percent of users attending "would be more than we can handle".',
     "mixed"),
    ("Le groupe se dit même prêt à « condamner les activités criminelles de ses membres ».", "mixed"),
])  # fmt: skip
def test_a_statement_after_a_cue_and_its_adjunct(text, typ):
    """Twenty-sixth pass: a verb of saying, a short adjunct closed by a comma (or `told` and its addressee), then a
    quote of five words or more that opens in upper case and ends the sentence: a direct quote (it was mixed).
    Twenty-ninth pass: an adjunct opening with a preposition needs no comma, and right after an addressee alone
    (`told Reuters`, `a dit à la presse`) the quote may open in lower case."""
    lang = "fr" if "«" in text else "en"
    assert [t for t, _, _ in marked_rows(text, lang)] == [typ]


@pytest.mark.parametrize("text, lang, row", [
    ('The attack was a "message" to the new government, said Tourism Minister Joseph Sarkis.', "en",
     ("mixed", "Tourism Minister Joseph Sarkis", "said")),
    ("Un article du Parisien explique que l'entourage du président aurait secrètement « réservé » 500 signatures.",
     "fr", ("mixed", "Un article du Parisien", "explique")),
    ("Il a été nommé « Président » selon le journal.", "fr", ("scare", None, None)),
])  # fmt: skip
def test_one_lower_case_word_inside_reported_speech_is_a_fragment_of_it(text, lang, row):
    """Twenty-seventh pass: a single lower-case word in marks inside reported speech is a mixed quote of its speaker
    (two words or more were needed); a capitalised one (a title, a name) stays a scare quote."""
    assert marked_rows(text, lang) == [row]


@pytest.mark.parametrize("text, lang", [
    ('On Wednesday, Time magazine announced its selection of Greta Thunberg as their 2019 "Person of the Year". '
     "She is young.", "en"),
    ('Officials later announced an arrest of a man identified only as "P Wilson" in the death.', "en"),
    ("Selon la BBC, il a écrit les chansons « Spanish Harlem » et « There Goes My Baby » pendant l'été.", "fr"),
])  # fmt: skip
def test_a_title_cased_name_inside_a_reported_sentence_is_a_scare_quote(text, lang):
    """Twenty-ninth pass: a short quote whose words (of four letters or more) all open in upper case, inside a
    sentence with a cue and no attribution after it, names something: a scare quote with no speaker (it was the
    cue's mixed quote)."""
    assert {(t, sp) for t, _, sp in quote_rows(text, lang) if t != "indirect"} == {("scare", None)}


def test_a_lower_case_fragment_inside_a_reported_sentence_stays_mixed():
    text = 'Officials later announced that the man had been "caught red-handed" by the guards.'
    assert [(t, sp) for t, _, sp in quote_rows(text, "en") if t != "indirect"] == [("mixed", "Officials")]


@pytest.mark.parametrize("text, rows", [
    ('Snyder started screaming "I am the emperor" and "I am here to take over the state". He was stopped.',
     [("direct", "Snyder"), ("direct", "Snyder")]),
    ('The military said it had struck "against individuals threatening the force" and "The strike may have resulted '
     'in collateral damage." An inquiry began.', [("mixed", "The military"), ("direct", "The military")]),
    # a fragment after `and` stays a fragment of the same speaker
    ('The minister called it "a disgrace" and "a shame". He left.',
     [("mixed", "The minister"), ("mixed", "The minister")]),
])  # fmt: skip
def test_a_statement_coordinated_with_a_quote_is_direct(text, rows):
    """Twenty-ninth pass: a quote after `and` and a quote, opening in upper case with five words or more (or its own
    terminal mark), is a direct quote of the first quote's speaker (it was a mixed one)."""
    assert [(t, sp) for t, _, sp in quote_rows(text, "en", written=False) if t != "indirect"] == rows


@pytest.mark.parametrize("text, lang, speaker", [
    ("L'individu a essayé de l'agresser en criant « c'est pour la Syrie ». Il a été neutralisé.", "fr", "L'individu"),
    ('Television coverage showed him shouting "political persecution" while being led away.', "en", "him"),
])  # fmt: skip
def test_shouted_words_are_a_direct_quote(text, lang, speaker):
    """Twenty-ninth pass: what is shouted, screamed or yelled right after the cue is a statement, whatever its case
    (it was the cue's mixed quote, as the object of `a condamné « … »` is)."""
    assert marked_rows(text, lang, written=True)[0][:2] == ("direct", speaker)


@pytest.mark.parametrize("text, typ", [
    ("John Key, premier ministre, a assuré « ne pas laisser Christchurch endurer seule cette grande tragédie ».",
     "mixed"),
    ("La Corée du Sud a annoncé « prendre toutes les mesures nécessaires pour que le Nord paie le prix. »", "mixed"),
    # a subject opens a statement, and a noun ending like an infinitive is none
    ("Le ministre a déclaré « le gouvernement ne cédera pas sur cette réforme ». Il est parti.", "direct"),
    ("Le ministre a déclaré « notre pays ne cédera pas sur cette réforme ». Il est parti.", "direct"),
])  # fmt: skip
def test_a_french_infinitive_after_a_cue_is_its_object(text, typ):
    """Twenty-ninth pass: a quote that opens with an infinitive (maybe negated) right after a French verb of saying
    has no subject of its own: a mixed quote, the cue's object, even when it ends with a period (it was direct)."""
    assert [t for t, _, _ in marked_rows(text, "fr")] == [typ]


@pytest.mark.parametrize("text, row", [
    ("Son voisin se dit « traumatisé ».", ("mixed", "Son voisin", "dit")),
    ("Le ministre s'est dit « très inquiet ».", ("mixed", "Le ministre", "s'est dit")),
    # words between the cue and the quote: a statement of its own
    ("Kumi Naidoo s'est dit déçu des résultats : « les gens ont crié et le G8 a chuchoté ».",
     ("direct", "Kumi Naidoo", "s'est dit")),
])  # fmt: skip
def test_a_quote_right_after_a_reflexive_se_dire_is_an_attribute(text, row):
    """Thirty-first pass: `se dit « traumatisé »` was a direct quote; the quote is what the subject says it is."""
    assert marked_rows(text, "fr", written=True) == [row]


@pytest.mark.parametrize("text", [
    "Le syndicat réclame « des sanctions exemplaires ».",
    "Le syndicat exige « la démission du ministre ».",
    # thirty-second pass: regrets and fears, and a quantifier
    "Le Néerlandais a néanmoins regretté « trop d'erreurs techniques ».",
    "L'hebdomadaire déplore « le résultat burlesque d'une législation bricolée ».",
    "Les riverains redoutent « une catastrophe écologique ».",
    "Le syndicat réclame « l'arrêt immédiat des travaux ».",  # (the elided article was missed)
])
def test_a_noun_phrase_demanded_between_marks_is_mixed(text):
    """Thirty-first pass: `réclamer` and `exiger` report clauses (`exige que …`), so a quote right after them was
    read as a statement; one that opens with an article is the noun phrase demanded."""
    assert [row[0] for row in marked_rows(text, "fr")] == ["mixed"]


@pytest.mark.parametrize("text, lang, typ", [
    ("D'après un communiqué du ministère, « 1 200 policiers et gendarmes » seront mobilisés.", "fr", "mixed"),
    ("Selon Jean Ping, « ils ont bombardé par hélicoptères » faisant au moins deux victimes.", "fr", "mixed"),
    ('According to police, "several hundred protesters" gathered outside.', "en", "mixed"),
    # the quote ends the clause, opens in upper case, or a coordinator follows: a statement
    ("Selon la police, « le calme est revenu ».", "fr", "direct"),
    ("Selon Greenpeace, « avec les incendies, la sûreté est en cause » et « l'ASN s'inquiète ».", "fr", "direct"),
])  # fmt: skip
def test_a_fragment_the_sourced_clause_goes_on_after_is_mixed(text, lang, typ):
    """Thirty-second pass: after `selon X,`/`according to X,`, a quote the clause goes on after in lower case (`… »
    seront mobilisés`) is a part of that clause, not a statement."""
    assert [row[0] for row in marked_rows(text, lang)][0] == typ


@pytest.mark.parametrize("text, lang, kind", [
    ("Cette question est la suivante : « Expliquez pourquoi vous allez à l'école à vélo l'hiver. »", "fr", "direct"),
    ('However, addressing the global leaders, Chakrapani proposed: "I request all the presidents and prime ministers '
     'of the world to take it on a daily basis".', "en", "direct"),
    # a fragment after a colon stays one
    ("Le thème était cette année : « le chemin vers Jésus » .", "fr", "scare"),
])  # fmt: skip
def test_a_statement_after_a_colon_is_direct(text, lang, kind):
    """Thirty-eighth pass: a quote of five words or more after a colon that opens in upper case and ends its sentence
    was a mixed quote when the words before the colon held no cue (8 fr and 2 en dev quotes)."""
    assert [row[0] for row in quote_rows(text, lang)] == [kind]
