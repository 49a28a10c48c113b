"""Which noun phrase is the subject of a cue, and so the speaker (the segmenter of ``speakers.py``,
``subjects.py``, ``openers.py``):

- the subject comes before a comma-enclosed apposition, but a name apposed to a title speaks, also for a cue
  coordinated further on (`Le Premier ministre, Binali Yildirim , dénonce … et averti que`, `The prime minister,
  John Smith, visited … and said`); relative pronouns stand for their antecedent; names coordinated by `and`/`et`
  are one subject; a long parenthesis, or one glued to the name, stays out of it;
- opening phrases before the subject are never speakers (`De son côté`, `Parmi`, `Plus tard`, `Même si`, `Among`),
  nor is a time before the subject or a concessive clause (`Bien que …,`);
- words between a subject and its verb are no part of it: adverbs (`… MPLA anonymously told`), an auxiliary left
  before an adverb or an incise (`Chen has publicly admitted`, `Analysts have, however, suggested`, `Elles ont, par
  ailleurs, affirmé`), an incise after an auxiliary (`la mère avait, il y a quelques jours, qualifié`), French
  object, reflexive and negation clitics (`il le dit`, `elle l'a dit`, `le maire leur a dit`, `se dit`); a French
  subject cut at its verb must still be able to speak;
- shapes from the errors of the check splits and from a random sample of the news corpus;
- with no cue next to the quote: an impersonal `il` (`il s'agit`, `il faut`) is nobody; a fragment inside reported
  speech is that speech's speaker's (`Il pourrait s'agir de « … », a précisé X`); `Pour X, <incise>, il s'agit
  d'« A » et d'« B »` gives X for both; a subject title with its name between commas gives the name (`Le
  président américain, Donald Trump, … se dit « … »`); a quote that opens with a reporting verb right after its
  subject is the subject's (`Theresa May « félicite chaleureusement » …`);
- `Name, <title> qui considère …`: the name before the apposition; an aside between a French auxiliary and its
  participle (`a quant à elle déploré`, `« … », a, de son côté, annoncé X`) hides neither cue nor speaker;
- a speaker is a noun phrase, never a clause: it ends before a finite auxiliary (`Les autorités ont par la suite
  indiqué` gives `Les autorités`) and never runs across a semicolon; the subject of a free relative speaks (`what
  WalesOnline called "…"`); a relative after an agent and its prepositional phrase stands for the agent (`by an
  Israeli military statement on the issue which claimed`); a cue coordinated after a reported clause is the
  reporter's (`X denied the charge that P … and have called …`).

Each with its negative cases. Offsets and linear time: test_quotes_robustness.py; random mixtures:
test_quotes_mixtures.py."""

from __future__ import annotations

import pytest
from quote_rows import (
    ASTRAL_PREFIX,
    indirect_rows,
    marked_rows,
    marked_speaker,
    quote_rows,
    speaker_by_quote,
    speaker_list,
    speakers,
)

from plugins.quotes.attribution import attribute
from plugins.quotes.marks import find_quotes
from plugins.quotes.openers import opening_end


# -- appositions, relative pronouns and coordinated names -------------------------------------------------------
@pytest.mark.parametrize(
    "text, lang, speaker",
    [
        # the subject comes before a comma-enclosed apposition
        ('Francesco Rutelli, Minister of Culture and Tourism in Italy, called the action "an act of vandalism".',
         "en", "Francesco Rutelli"),
        ("Crista Granroth, speaking from the National Bureau of Investigation, said: \"It seems clear.\"",
         "en", "Crista Granroth"),
        ("Le Premier ministre David Cameron, qui travailla pour Thatcher lorsqu'elle était Première ministre, estime "
         "que son pays a « perdu une grande dirigeante ».", "fr", "Le Premier ministre David Cameron"),
        ('In Paris, the minister, a socialist, said "we will act now".', "en", "the minister"),
        # … but a name in apposition still speaks, and a colon bounds the search
        ('Kosovo\'s president, Fatmir Sejdiu, said that "the decision removes all doubts".', "en", "Fatmir Sejdiu"),
        ("The charges included: Emotional jurors of the case, some shedding a tear, stated that they had "
         "'reasonable doubt' about it.", "en", "Emotional jurors of the case"),
        # relative pronouns stand for their antecedent name
        ('It was built by North Somerset Council, which says that it aims to "improve flood defences".',
         "en", "North Somerset Council"),
        ("« Au moins 35 morts » a déclaré Vasip Sahin, gouverneur de la ville, qui qualifie cette attaque de "
         "« terroriste ».", "fr", "Vasip Sahin"),
        ('He produced the letter in which Taylor said he would "not receive a fair trial".', "en", "Taylor"),
        # a pronoun right before the cue is its subject
        ('Documents indicated that he opposed what he describes as "cultural Marxists".', "en", "he"),
        # a noun phrase coordinated inside (`et du`), ending in a name
        ("L'ancien candidat à la primaire de la droite et du centre Alain Juppé a annoncé qu'il ne serait pas un "
         "« plan B » pour la droite.", "fr", "Alain Juppé"),
        # coordinated French participles share their subject
        ("George W. Bush s'était exprimé, qualifiant de « génocide » le conflit local, et fustigeant certains pays "
         "qui « ne prennent pas les mesures nécessaires ».", "fr", "George W. Bush"),
        # sources named after `by` / `in`
        ('As reported by the state outlet Voice of Korea on January 20, the government pardoned those guilty of '
         '"crimes against the country".', "en", "the state outlet Voice of Korea"),
        ('The Assembly is "the highest organ of State power" in the country, as stated in the constitution.',
         "en", "the constitution"),
        ('According to an article published by The Korea Herald, the pardon is a way "to promote social unity".',
         "en", "an article published by The Korea Herald"),
        ("Le bilan est « très lourd » dans la région, selon la préfecture.", "fr", "la préfecture"),
    ],
)  # fmt: skip
def test_subject_spans(text, lang, speaker):
    got = marked_rows(text, lang, written=True)
    assert got[-1][1] == speaker, got


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
    assert speakers(text, lang) == {speaker}


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
    assert speakers(text, lang) == {speaker}


def test_a_long_parenthesis_or_a_name_split_by_and_keeps_its_subject():
    text = ('The Organisation for Economic Co-operation and Development (OECD) said the deal was a "solution".')
    assert marked_rows(text, "en")[-1][1] != "Development"
    text = "He faces 11 charges of war crimes, all of which he denies."
    assert not [q for q in attribute(text, find_quotes(text), "en") if q["type"] == "indirect"]


def test_a_parenthesis_glued_to_the_name_and_a_titled_subject_for_a_pronoun():
    text = 'The Senator Cristovam Buarque(PT) said that the case was a "sad episode, because it hurt the party."'
    assert marked_rows(text, "en")[-1][1] == "The Senator Cristovam Buarque"
    text = ('Colombian president Alvaro Uribe, meanwhile, offered a reward. He told media in Medellin that "we can\'t '
            'let our guard down."')
    (q,) = [q for q in attribute(text, find_quotes(text), "en") if q["type"] == "mixed"]
    assert (q["speaker"]["text"], q["speaker"]["mention"]["text"]) == ("Alvaro Uribe", "He")


def test_a_cue_coordinated_after_a_long_quote_shares_the_sentence_subject():
    long = "cette année on n'a pas du tout racheté les candidats, " * 4
    text = (f"La direction des examens avait alors donné la même explication, « {long}et voilà tout » et avertissait "
            "qu'il fallait « prendre conscience du niveau ».")
    assert ("mixed", "« prendre conscience du niveau »", "La direction des examens") in quote_rows(text, "fr")


# -- opening phrases, times and clauses before the subject ------------------------------------------------------
@pytest.mark.parametrize(
    "text, lang, speaker",
    [
        # opening phrases before the subject
        ("De son côté, le directeur général de Sprint, Marcelo Claure, cité dans le communiqué, a affirmé : "
         "« Nous nous réjouissons. »", "fr", "Marcelo Claure"),  # (the name apposed to the title: 18th pass)
        ("De son côté, le Conseil fédéral s'est contenté de prendre acte de la décision, tout en rappelant que cet "
         "accord avait été accepté « après avoir pris en compte l'avis d'experts ».", "fr", "le Conseil fédéral"),
        ("Pour sa part, le ministre Paul Durand a déclaré : « Rien n'est décidé. »", "fr", "le ministre Paul Durand"),
        ('Among the critics, the union leader Jane Roe said: "This is a disgrace."', "en", "the union leader Jane Roe"),
        # the French passive agent right before a quote
        ("Le suspect a été averti par le juge : « Vous serez jugé demain. »", "fr", "le juge"),
        ("Le ministre a été prévenu par son conseiller : « Attention aux chiffres. »", "fr", "son conseiller"),
        # `described by X as "…"`, `décrit par X comme « … »`
        ('The suspect is a white male, described by the secretary as wearing "khaki pants, white shirt."', "en",
         "the secretary"),
        ("Le projet a été décrit par le ministre comme « une avancée majeure ».", "fr", "le ministre"),
        # a participle after an inverted cue that opens its segment
        ("Il est mort hier, a déclaré le ministre Paul Durand, en ajoutant qu'il s'agissait d'« une attaque "
         "terroriste épouvantable ».", "fr", "le ministre Paul Durand"),
        # names coordinated as one subject
        ('The British Beer and Pub Association states that "pubs are closing" in the region.', "en",
         "The British Beer and Pub Association"),
        ("Thierry et Véronique Roy rapportent que « d'autres recruteurs sont libres ».", "fr",
         "Thierry et Véronique Roy"),
        # the antecedent of `qui`/`who` after an agent or `selon`
        ("Cette déclaration a été attaquée par l'UNHCR, qui affirme qu'il est « illégal » de rejeter ces personnes.",
         "fr", "l'UNHCR"),
        ("Il ne s'agirait pas d'un acte terroriste selon la police, qui précise que « l'individu était connu ».",
         "fr", "la police"),
        ('The plan was criticised by the opposition, who said that it was "far too costly".', "en", "the opposition"),
        # the clitic of the cue after a relative aside (thirty-seventh pass: no speaker), not after an apposition
        ("Une de ses tantes, qui l'a bien connu, le décrit comme un « homme très étrange » .", "fr",
         "Une de ses tantes"),
        ("En conférence de presse, le capitaine, élu meilleur joueur , se dit fier de son équipe : « Je crois que "
         "l'équipe s'est donné les moyens de gagner » .", "fr", "le capitaine"),
        # a reflexive participle opening the sentence: the main clause's subject (thirty-seventh pass: `Se` spoke)
        ("Se disant « confiant » en l'arrêt de la Cour, l'avocat Paul Durand a annoncé un recours.", "fr",
         "l'avocat Paul Durand"),
        # an elided article before the head noun: the head is the first word (`l'avocat Paul Durand`: no subject)
        ("Qualifiant la loi de « honteuse », l'avocat Paul Durand a annoncé un recours.", "fr",
         "l'avocat Paul Durand"),
        # a detached participle after a name apposed to the main verb's object: the main subject (37th pass)
        ("Ému, Hamon a rencontré le président de la Commission, Jean-Claude Juncker, confiant qu'il était « très dur "
         "d'en parler » .", "fr", "Hamon"),
        # `and` inside a title apposed before a name (thirty-seventh pass: the apposition was cut there)
        ('Another co-author, civil and environmental engineering professor Julian Marshall, said, "We have seen '
         'this before."', "en", "civil and environmental engineering professor Julian Marshall"),
        # `S'il estime …, il …`: the pronoun after the elided `si`
        ("S'il estime qu'« une interdiction pourrait se heurter à des obstacles », il préconise de durcir les règles.",
         "fr", "il"),
    ],
)  # fmt: skip
def test_subjects_after_openers_agents_and_coordinated_names(text, lang, speaker):
    got = speaker_list(text, lang)
    assert got and all(sp == speaker for sp in got), quote_rows(text, lang, cue="text")


@pytest.mark.parametrize(
    "text, lang, wrong",
    [
        # an opening phrase alone is no speaker
        ("La chanson a été critiquée. Parmi les raisons qui ont provoqué ce retrait, figure la première phrase « Viva "
         "España! », qui fait référence à un cri.", "fr", "Parmi"),
        ("Même si le recruteur a été placé en détention pour « association de malfaiteurs en relation avec une "
         "entreprise terroriste », ils ont peur.", "fr", "Même"),
        ("Tshisekedi fut ministre. Plus tard, il se sépare de ce dernier, refusant de soutenir son régime qu'il "
         "considérait comme dictatorial.", "fr", "Plus tard"),
        ("Il convient de noter que ce rachat confirme le tournant pris par la compagnie.", "fr", "Il convient de"),
        # a demonstrative alone (thirty-seventh pass: `Ceci` spoke)
        ("Les entreprises pourraient être poursuivies. Ceci, afin de « redéfinir la hiérarchie des normes » .", "fr",
         "Ceci"),
        # a lone sentence adverb before an apposed subject (thirty-seventh pass: `Ainsi` spoke)
        ("Ainsi, le ministre de la Santé, Paul Durand, a indiqué regretter que l'aide ait été refusée : « Ils n'ont "
         "rien accepté ».", "fr", "Ainsi"),
        # asked by someone: the one asked answers, the agent does not speak
        ("Le maire, interrogé par Le Monde : « Je ne partirai pas. »", "fr", "Le Monde"),
        ('He was asked by reporters: "Will you resign?"', "en", "reporters"),
        # a passive with an agent but no quote right after it keeps no cue: no agent as speaker
        ("Le projet a été critiqué par l'opposition. « C'est une honte », a déclaré Paul.", "fr", "l'opposition"),
        # `and` between a clause and a name does not join them
        ('He met Obama and Clinton said "it went well".', "en", "He met Obama and Clinton"),
        # `par le juge`: a noun after a preposition and a determiner, no cue
        ("Le suspect a été averti par le juge : « Vous serez jugé demain. »", "fr", "Le suspect a été averti par le"),
        # `sur son site internet, qui ajoute`: no agent, the relative does not take the place
        ("« Le séisme a été ressenti », a indiqué un communiqué de l'USGS sur son site internet, qui ajoute aussi "
         "qu'à Kashiwazaki, « des immeubles se sont écroulés ».", "fr", "son site internet"),
        # a subject cut at its verb must still be able to speak (`cette affaire ne devrait`: no)
        ("Le ministre a laissé entendre que cette affaire ne devrait pas avoir de répercussions, se contentant de "
         "déclarer que « ce genre de choses peut arriver ».", "fr", "cette affaire"),
    ],
)  # fmt: skip
def test_no_speaker_from_openers_askers_or_a_cut_clause(text, lang, wrong):
    assert wrong not in speaker_list(text, lang), quote_rows(text, lang, cue="text")


def test_the_untouched_neighbours_of_the_rules():
    # the readings next to the opener and coordination rules, which they must leave alone
    assert speaker_list("Selon l'avocat du juge, « il est innocent ».", "fr") == ["l'avocat du juge"]
    assert speaker_list("De nombreuses critiques ont estimé que l'accord « traduit la faiblesse » du pays.", "fr",
                     "mixed") == ["De nombreuses critiques"]
    assert "John Smith and Mary Jones" in speaker_list('John Smith and Mary Jones said "we are happy" yesterday.', "en")
    assert speaker_list('After the vote in Paris and London officials said "it went well".', "en") == [
        "London officials"]


@pytest.mark.parametrize(
    "text, pos, end",
    [("De son côté, X", 0, 11), ("Parmi eux", 0, 5), ("Plus tard, il", 0, 9), ("Among them", 0, 5),
     ("le plus tard possible", 3, None), ("Parmis", 0, None), ("De sa part", 0, None), ("Même", 0, None)],
)  # fmt: skip
def test_opening_phrases(text, pos, end):
    assert opening_end(text, pos) == end


def test_a_time_before_the_subject():
    text = 'At about 5:17 p.m. his daughter reported to the police he "left home four hours ago after leaving words."'
    assert marked_speaker(text, "en") == "his daughter"
    # a colon that is no time still bounds the subject
    text2 = 'The verdict: his daughter reported to the police he "left home four hours ago after leaving words."'
    assert marked_speaker(text2, "en") == "his daughter"


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
def test_no_speaker_after_a_concessive_clause_or_in_an_update_line(text, lang):
    assert marked_speaker(text, lang) is None


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
def test_a_cue_before_selon_a_clause_before_the_subject_a_report_before_a_fragment(text, lang, speaker):
    assert marked_speaker(text, lang) == speaker


# -- words between the subject and its verb: adverbs, auxiliaries, incises, clitics -----------------------------
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
    assert speakers(text, lang) == {speaker}


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
    assert speakers(text, lang) == {speaker}


@pytest.mark.parametrize(
    "text, lang, speaker",
    [
        ('Chen has publicly admitted that the money was "a mistake".', "en", "Chen"),
        ('The minister had repeatedly said that the plan was "doomed".', "en", "The minister"),
        ('The ministry has, in a statement, warned that the camp is "full".', "en", "The ministry"),
        ('Analysts have, however, suggested that the plan is "doomed".', "en", "Analysts"),
        ("Elles ont, par ailleurs, affirmé que le projet était « mort-né ».", "fr", "Elles"),
        ("Un employé de la police a, de son côté, annoncé que le suspect était « armé ».", "fr",
         "Un employé de la police"),
        ("Ce dernier aurait, par courriel, expliqué que la somme était « due ».", "fr", "Ce dernier"),
    ],
)  # fmt: skip
def test_an_auxiliary_before_an_adverb_or_incise_is_no_part_of_the_subject(text, lang, speaker):
    assert speakers(text, lang) == {speaker}


@pytest.mark.parametrize(
    "text, lang, speaker",
    [
        ("Le fils a parlé, alors que sa mère avait, il y a quelques jours, qualifié cette hypothèse de « légende "
         "familiale ».", "fr", "sa mère"),
        ("Le fils est parti, alors que le maire avait, il y a deux ans, déclaré que la ville était « en faillite ».",
         "fr", "le maire"),
        ('The company was sold, but Chen has, since then, admitted that it was "a mistake".', "en", "Chen"),
    ],
)  # fmt: skip
def test_an_incise_after_an_auxiliary_is_not_the_subject(text, lang, speaker):
    assert speakers(text, lang) == {speaker}


@pytest.mark.parametrize(
    "text, lang, speaker",
    [
        # a capitalised word spelt like an auxiliary is a word of the name
        ("Le groupe A a déclaré que le vote était « truqué ».", "fr", "Le groupe A"),
        # no incise: the subject is unchanged
        ('Analysts suggested that the plan is "doomed".', "en", "Analysts"),
        ("Le ministre, visiblement ému, a déclaré que le vote était « truqué ».", "fr", "Le ministre"),
        # an incise after a name, not after an auxiliary: the apposition rules decide, as before
        ('John Smith, the minister, said that the plan was "doomed".', "en", "John Smith"),
    ],
)  # fmt: skip
def test_subjects_without_a_trailing_auxiliary_keep_their_words(text, lang, speaker):
    assert speakers(text, lang) == {speaker}


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
    assert speakers(text, "fr") == {speaker}


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
    assert speakers(text, "fr") == {speaker}


def test_a_reflexive_is_no_part_of_the_subject():
    assert speaker_list("La police espagnole se dit proche de l'arrestation d'un « médecin » nazi.", "fr") == [
        "La police espagnole"]
    text = "L'état d'urgence a été décrété par le maire qui se dit « horrifié des dégâts » hier."
    assert speaker_list(text, "fr") == ["le maire"]


def test_french_passives_and_dates_give_no_speaker():
    text = "Le plan a été annoncé, ce qui a été critiqué car il ferait baisser « artificiellement » les chiffres."
    assert all(sp != "ce qui a été" for _, sp, _ in marked_rows(text, "fr"))
    # a describing participle right after its noun, with no agent (thirty-seventh pass: the noun spoke)
    text = "Le bloc qualifié de « réformiste » arrive devant l'autre. Un homme décrit comme « dangereux » a fui."
    assert [sp for _, sp, _ in marked_rows(text, "fr")] == [None, None]
    text = "Le maire Klaus Wowereit à qualifié de « terrible » la mort de Knut."  # (`à` misspelt for `a`)
    assert marked_rows(text, "fr")[0][1] == "Le maire Klaus Wowereit"
    # an adverb between `être` and the participle keeps it passive (thirty-seventh pass: the mother spoke)
    text = "Sa mère a confié qu'il était « fatigué » . Il est aussi décrit comme « discret » par ses collègues."
    assert marked_rows(text, "fr")[-1][1] == "ses collègues"
    text = "Sa mère a confié qu'il était « fatigué » . Il est aussi décrit comme « discret » ."
    assert marked_rows(text, "fr")[-1][1] is None
    text = "Page actualisée : 2 janvier 2015 — « Aviation : poursuite des recherches » Publié le 31 décembre 2014"
    assert all(sp is None or "décembre" not in sp for _, sp, _ in marked_rows(text, "fr"))
    text = 'A 2006 military hospital report said he had "severe anti-social personality disorder".'
    assert marked_rows(text, "en")[-1][1] == "A 2006 military hospital report"


# -- shapes from the check splits and the news corpus -----------------------------------------------------------
@pytest.mark.parametrize(
    "text, lang, speaker, cue",
    [
        # a capitalised cue form inside a name is no cue (`United States`, `National Post`), an auxiliary is
        ('The United States said that it was "disappointed" by the move.', "en", "The United States", "said"),
        ('In an interview with the National Post, Minister Ross Landry spoke of the dangers, "We do not want it."',
         "en", "Minister Ross Landry", "spoke"),
        # (twenty-fourth pass: `May` before a past form is no modal; it was `British Prime Minister Theresa` with
        # the cue `May said`)
        ('"My thoughts are with those injured," British Prime Minister Theresa May said on Friday.', "en",
         "British Prime Minister Theresa May", "said"),
        # subjunctive auxiliary, elided article as a subject start
        ("Il n'y a eu aucun mort, bien que l'USGS ait indiqué que les dégâts pourraient être de « modérés à "
         "sérieux ».", "fr", "l'USGS", "ait indiqué"),
        # a dash bounds the apposition search
        ('Reactions varied – one person from Tikrit, Majid\'s home town, said that he had been "killed by '
         'traitors," but others disagreed.', "en", "one person from Tikrit", "said"),
        # sources after a short fragment, `according to` without a comma
        ('Wiranto suffered "two deep wounds" in the attack according to a hospital spokesperson.', "en",
         "a hospital spokesperson", "according to"),
        ("Les bêtes présentaient des « lésions traumatiques » ayant entraîné la mort, selon un vétérinaire 🙂.",
         "fr", "un vétérinaire", "selon"),
        # a fragment coordinated after a mixed quote shares its speaker
        ("Le boxeur de 23 ans a exprimé « sa grande joie » et son « bonheur » d'avoir gagné.", "fr",
         "Le boxeur de 23 ans", "a exprimé"),
        ('A federal judge ruled Thursday that the program is "unconstitutional".', "en", "A federal judge", "ruled"),
    ],
)  # fmt: skip
def test_check_set_shapes(text, lang, speaker, cue):
    assert marked_rows(text, lang)[-1][1:] == (speaker, cue)


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
def test_check3_shapes(text, lang, speaker):
    assert marked_speaker(text, lang) == speaker


@pytest.mark.parametrize(
    "text, lang, speaker",
    [
        # a weak cue inside someone's reported clause: the outer speaker
        ('Njie stated that he believes that detention is depriving someone of the "procedures as established by '
         'law."', "en", "Njie"),
        # … but a named inner speaker keeps the words, and other inner cues are untouched
        ('Smith said that Jones had called it "a disaster".', "en", "Jones"),
        ('The UK foreign secretary said that it was vital that Pakistan "abides by the commitment".', "en",
         "The UK foreign secretary"),
        # a participle after a quote whose clause has no subject: the cue before the quote
        ('Representatives from Iran acknowledged their government had "unintentionally" shot down a jet 🙂 near '
         'Tehran, blaming "human error" for it.', "en", "Representatives from Iran"),
        # a leading name with an apposition without a comma
        ('Teguh Samudro the head of BKIMP, the Indonesian quarantine said yesterday: "The packages were broken."',
         "en", "Teguh Samudro"),
    ],
)  # fmt: skip
def test_outer_speakers_and_participles(text, lang, speaker):
    assert marked_rows(text, lang)[-1][1] == speaker


@pytest.mark.parametrize(
    "text, lang, speaker",
    [
        # shapes found in a random sample of the news corpus (outside every gold split)
        ("Le premier ministre slovaque Robert Fico (Smer-DS) a dit « certains des vôtres sont des menteurs ».", "fr",
         "Le premier ministre slovaque Robert Fico"),
        ('In the execution chamber he apologized to the family, stating, "I am sorry."', "en", "he"),
        ("Rival à droite, Henri Guaino a ressorti une citation de François Fillon qui disait en 2012 : « Il ne sert "
         "à rien de parler d'autorité »", "fr", "François Fillon"),
        ("« Ce sera une victoire incroyable » s'est félicité Trump à la Maison-Blanche.", "fr", "Trump"),
        ("« Il y a eu une deuxième explosion » a expliqué le gouverneur Ali Khan 🙂. Et d'ajouter : « Ces deux "
         "attentats étaient suicides. »", "fr", "le gouverneur Ali Khan"),
    ],
)  # fmt: skip
def test_corpus_sample_shapes(text, lang, speaker):
    assert marked_rows(text, lang)[-1][1] == speaker


# -- no cue next to the quote, asides and appositions ----------------------------------------------------------
@pytest.mark.parametrize("prefix", ["", ASTRAL_PREFIX])
@pytest.mark.parametrize(
    "sentence",
    [
        "Il s'agit de « l'une des pires tragédies en mer ».",
        "Il pourrait s'agir de « l'une des pires tragédies en mer ».",
        "Il faut « tout changer » dans ce pays.",
        "Il y a eu « l'une des pires tragédies en mer ».",
        "Il ne faudrait pas « tout changer » dans ce pays.",
    ],
)
def test_an_impersonal_il_is_nobody(prefix, sentence):
    text = prefix + "Flavio Di Giacomo a parlé aux journalistes. " + sentence
    assert set(speaker_by_quote(text, "fr").values()) == {None}


@pytest.mark.parametrize(
    "sentence",
    [
        "Il a évoqué « l'une des pires tragédies en mer ».",
        "Il s'est dit « très inquiet » pour la suite.",
        "Il affirme qu'il s'agit de « l'une des pires tragédies en mer ».",
    ],
)
def test_a_personal_il_still_resolves_to_the_last_speaker(sentence):
    text = "Flavio Di Giacomo a parlé aux journalistes. " + sentence
    assert set(speaker_by_quote(text, "fr").values()) == {"Flavio Di Giacomo"}


@pytest.mark.parametrize("prefix", ["", ASTRAL_PREFIX])
def test_a_fragment_inside_reported_speech_is_its_speakers(prefix):
    text = (prefix + "Le porte-parole Flavio Di Giacomo a parlé. Il pourrait s'agir de « l'une des pires tragédies "
            "en mer » depuis le début de la crise, a précisé M. Di Giacomo.")
    rows = quote_rows(text, "fr")
    assert ("mixed", "« l'une des pires tragédies en mer »", "M. Di Giacomo") in rows
    assert {sp for typ, _q, sp in rows if typ == "indirect"} == {"M. Di Giacomo"}


@pytest.mark.parametrize(
    "text, speakers",
    [
        ("Pour Erdogan, au contraire, il s'agit d'« un moment historique » et d'« un changement très sérieux ».",
         {"« un moment historique »": "Erdogan", "« un changement très sérieux »": "Erdogan"}),
        ("Pour Erdogan, il s'agit d'« un moment historique ».", {"« un moment historique »": "Erdogan"}),
        # a list of names is no coordinated fragment of one speaker
        ("Les chansons « Stand by Me » et « Spanish Harlem » sont connues.",
         {"« Stand by Me »": None, "« Spanish Harlem »": None}),
    ],
)  # fmt: skip
def test_pour_x_with_an_incise_speaks_for_each_coordinated_fragment(text, speakers):
    assert speaker_by_quote(text, "fr") == speakers


@pytest.mark.parametrize("prefix", ["", ASTRAL_PREFIX])
@pytest.mark.parametrize(
    "text, lang, quote, speaker",
    [
        ("Le président américain, Donald Trump, a félicité E. Macron pour sa « grande victoire » et se dit "
         "« impatient de travailler avec lui ».", "fr", "« impatient de travailler avec lui »", "Donald Trump"),
        ('The mayor of London, Sadiq Khan, praised the response and thanked "the police and the emergency services '
         'for their courage".', "en", '"the police and the emergency services for their courage"', "Sadiq Khan"),
    ],
)  # fmt: skip
def test_a_title_with_its_name_between_commas_speaks_by_its_name(prefix, text, lang, quote, speaker):
    assert speaker_by_quote(prefix + text, lang)[quote] == speaker


@pytest.mark.parametrize(
    "text, quote, speaker",
    [
        # no name between commas: the title speaks
        ("Le président américain a félicité E. Macron pour sa « grande victoire » et se dit « impatient de "
         "travailler avec lui ».", "« impatient de travailler avec lui »", "Le président américain"),
        # a place between commas is no apposed name
        ("Le ministre, à Paris, a félicité E. Macron pour sa « grande victoire » et se dit « impatient de "
         "travailler avec lui ».", "« impatient de travailler avec lui »", "Le ministre"),
    ],
)  # fmt: skip
def test_without_an_apposed_name_the_title_speaks(text, quote, speaker):
    assert speaker_by_quote(text, "fr")[quote] == speaker


@pytest.mark.parametrize("prefix", ["", ASTRAL_PREFIX])
def test_a_name_before_a_titled_apposition_and_its_relative_speaks(prefix):
    text = (prefix + "« Les hôpitaux sont visés », a ajouté Massimiliano Rebaudengo, le chef de mission de MSF pour "
            "la Syrie qui considère qu'il s'agit « d'une attaque délibérée ».")
    rows = quote_rows(text, "fr")
    assert {sp for _t, _q, sp in rows} == {"Massimiliano Rebaudengo"}
    assert {t for t, _q, _sp in rows} == {"direct", "indirect", "mixed"}


def test_a_relative_after_a_clause_keeps_its_own_antecedent():
    # the words before `who` are a clause (a verb), not an apposition of the name before the comma
    text = ("According to Victor Hugo Rodrigues Alves, a referee would be contacted by phone by Fayad who would "
            "inform the referee that the match was \"fixed\".")
    assert {sp for typ, _q, sp in quote_rows(text, "en") if typ == "indirect"} == {"Fayad"}


@pytest.mark.parametrize("prefix", ["", ASTRAL_PREFIX])
@pytest.mark.parametrize(
    "text, lang, speaker",
    [
        ("La première ministre britannique, Theresa May, « félicite chaleureusement » Emmanuel Macron.", "fr",
         "Theresa May"),
        ("Le ministre « regrette profondément » cette décision.", "fr", "Le ministre"),
        ('The minister "condemned in the strongest terms" the attack.', "en", "The minister"),
    ],
)  # fmt: skip
def test_a_quote_that_opens_with_a_reporting_verb_is_its_subjects(prefix, text, lang, speaker):
    assert [(typ, sp) for typ, _q, sp in quote_rows(prefix + text, lang)] == [("mixed", speaker)]


@pytest.mark.parametrize(
    "text",
    [
        "Le ministre a visité l'usine « Regrette Rien » hier.",  # a capitalised name, no verb
        "Le ministre a lu « déclare » sur la page.",  # words between the subject and the quote
        "La « déclaration » du ministre est attendue.",  # a noun, not a verb form
    ],
)
def test_no_subject_for_a_quote_without_a_leading_verb_right_after_it(text):
    assert [sp for _typ, _q, sp in quote_rows(text, "fr")] == [None]


@pytest.mark.parametrize("prefix", ["", ASTRAL_PREFIX])
@pytest.mark.parametrize(
    "second, speaker, cue",
    [
        ("La ministre a quant à elle déploré « un manque de moyens ».", "La ministre", "a quant à elle déploré"),
        ("« Il faut agir », a, de son côté, annoncé la ministre.", "la ministre", "annoncé"),
        ("« Il faut agir », a quant à elle déploré la ministre.", "la ministre", "a quant à elle déploré"),
        ("Les syndicats ont pour leur part estimé que la réforme était « injuste ».", "Les syndicats",
         "ont pour leur part estimé"),
    ],
)  # fmt: skip
def test_an_aside_between_auxiliary_and_participle_hides_neither_cue_nor_speaker(prefix, second, speaker, cue):
    text = prefix + "« Nous sommes prêts », a déclaré Paul. " + second
    rows = quote_rows(text, "fr", cue="text", written=False)
    assert rows[0][2:] == ("Paul", "a déclaré")
    assert {row[2:] for row in rows[1:]} == {(speaker, cue)}  # a quote of its own, not a part of Paul's


def test_a_floating_quote_after_a_new_persons_sentence_is_that_persons():
    """`Romain Degeer, un pilote belge présent, avait tenté de le prévenir. « … »`: a quote with no cue right after a
    sentence whose subject is a new person's full name (a known first name) is that person's (fifteenth pass); a
    quote after a sentence about a thing still continues the last speaker."""
    base = "« La victime était mal placée », a indiqué une source proche de l'enquête. "
    text = base + "Romain Degeer, un pilote présent, avait tenté de le prévenir. « Ce n'était pas un bon endroit. »"
    assert [sp for _t, _q, sp in quote_rows(text, "fr")] == ["une source proche de l'enquête", "Romain Degeer"]
    text = base + "La course a été arrêtée pendant une heure. « Ce n'était pas un bon endroit. »"
    assert [sp for _t, _q, sp in quote_rows(text, "fr")][-1] != "La course"


# -- a speaker is a noun phrase, never a clause (sixteenth pass, check11) ---------------------------------------
@pytest.mark.parametrize(
    "text, lang, speaker",
    [
        # a finite auxiliary after the first word ends the subject, with the object pronouns before it
        ("La ministre Marisol Touraine a par conséquent déclaré que la loi « n'impose que trois obligations ».",
         "fr", "La ministre Marisol Touraine"),
        ("Les autorités ont par la suite indiqué que le vol était « annulé ».", "fr", "Les autorités"),
        ("Le PTWC a de plus indiqué qu'il n'y avait « aucun risque ».", "fr", "Le PTWC"),
        ('Police have only said that the man was "known to them".', "en", "Police"),
        ('Prosecutors have last night said the bank had "misled" investors.', "en", "Prosecutors"),
        # the subject of a free relative: `what X called`, `what X are calling`, `what X described as`
        ('The move was met with what WalesOnline called "a wave of anger" in the town.', "en", "WalesOnline"),
        ('Explosions hit the town, in what SWAT are calling "multiple crime scenes".', "en", "SWAT"),
        ('It was what the police described as "a tragedy".', "en", "the police"),
    ],
)  # fmt: skip
def test_a_speaker_is_cut_before_a_finite_auxiliary(text, lang, speaker):
    assert speaker in speakers(ASTRAL_PREFIX + text, lang)


def test_puisque_opens_a_clause_and_a_relative_pronoun_ends_no_speaker():
    text = ("Les tensions ont augmenté puisque le ministre russe Sergueï Lavrov a menacé de suspendre les relations. "
            "C'est un signe puisque l'UVF qui avait déclaré la guerre à l'IRA a donc indiqué « déposer ses armes ».")
    found = speakers(text, "fr")
    assert "le ministre russe Sergueï Lavrov" in found
    assert not any(sp and (sp.endswith(" qui") or "puisque" in sp) for sp in found)


@pytest.mark.parametrize(
    "text, lang, wrong",
    [
        ('LAPD charged Fernandez with trespassing; earlier reports indicated he used tarps to alter the letter "O" to '
         'read lowercase "e".', "en", "LAPD charged Fernandez with trespassing"),
        ('Mr Romney said that President Obama was not quick enough to call the killing "terrorism".', "en",
         "President Obama was not quick enough to"),
    ],
)  # fmt: skip
def test_no_speaker_runs_across_a_semicolon_or_a_verb(text, lang, wrong):
    found = speakers(text, lang)
    assert wrong not in found and not any(sp and (" was " in sp or ";" in sp) for sp in found)


@pytest.mark.parametrize(
    "text, lang, speaker",
    [
        # names and noun phrases with no finite auxiliary keep every word
        ("Le président de la Commission européenne Jean-Claude Juncker a déclaré que c'était « inacceptable ».", "fr",
         "Le président de la Commission européenne Jean-Claude Juncker"),
        ('The Association of Chief Police Officers said the law was "unworkable".', "en",
         "The Association of Chief Police Officers"),
    ],
)  # fmt: skip
def test_a_long_subject_without_an_auxiliary_is_kept(text, lang, speaker):
    assert speaker in speakers(text, lang)


@pytest.mark.parametrize(
    "text, lang, quote, speaker",
    [
        # a relative after an agent with its prepositional phrase stands for the agent (sixteenth pass)
        ('Facts were later confirmed by an Israeli military statement on the issue which claimed, "It ended."', "en",
         '"It ended."', "an Israeli military statement"),
        ('The report was confirmed by a spokesman for the army who said, "We are ready."', "en",
         '"We are ready."', "a spokesman"),
        # a cue coordinated after a reported clause is the reporter's, not the clause subject's
        ('Israeli officials have denied the charge that Palestinians are being killed and have called the article '
         '"anti-semitic".', "en", '"anti-semitic"', "Israeli officials"),
        ("Le ministre a affirmé que les manifestants avaient menti et a qualifié leur action de « provocation ».",
         "fr", "« provocation »", "Le ministre"),
        # a name after a quotation and `and` is the subject of its own participle
        ('The vote split the House, with Steve Scalise calling the inquiry "Soviet-style" and Ross Spano of Florida '
         'calling the process "a blatant coup".', "en", '"a blatant coup"', "Ross Spano of Florida"),
    ],
)  # fmt: skip
def test_relatives_after_an_agent_and_cues_coordinated_after_a_clause(text, lang, quote, speaker):
    assert speaker_by_quote(ASTRAL_PREFIX + text, lang, written=True)[quote] == speaker


@pytest.mark.parametrize(
    "text, speaker",
    [
        # a name before its capitalised title between commas speaks (sixteenth pass, from check10)
        ('Lyn Provost, Deputy Commissioner, said "the employment was incompatible with policing."', "Lyn Provost"),
        ('Charles Michel, Belgium\'s Prime Minister, described the attacks as "blind and cowardly".', "Charles Michel"),
        # a title before the name still gives the name
        ('Kosovo\'s President, Fatmir Sejdiu, said that "the decision removes all doubts".', "Fatmir Sejdiu"),
        # a determiner, a noun of people and its complement after a quote, however long
        ('"We support people," a representative of the New Zealand Prostitutes\' Collective said.',
         "a representative of the New Zealand Prostitutes' Collective"),
    ],
)  # fmt: skip
def test_a_name_before_its_title_and_a_long_noun_of_people(text, speaker):
    assert speakers(ASTRAL_PREFIX + text, "en") == {speaker}



@pytest.mark.parametrize(
    "text, lang, speaker",
    [
        # the verb of a chain before an infinitive cue is no part of its subject (nineteenth pass)
        ("Doe went on to say that the review would be fair.", "en", "Doe"),
        ("The minister has continued to argue that the review was fair.", "en", "The minister"),
        ("Doe was quick to say that the review would be fair.", "en", "Doe"),
        ("Le ministre s'est empressé d'affirmer que la révision serait juste.", "fr", "Le ministre"),
        # a noun before `to` is no verb of a chain
        ('"We will appeal," a spokesperson for the right to know said.', "en", "a spokesperson for the right to know"),
    ],
)  # fmt: skip
def test_the_subject_of_a_verb_chain_before_an_infinitive_cue(text, lang, speaker):
    assert speakers(ASTRAL_PREFIX + text, lang) == {speaker}


@pytest.mark.parametrize(
    "text, speaker",
    [
        # a cue right after `and` shares the subject of the sentence's verb, not that verb's object (nineteenth pass)
        ('Matthias Fosse, information chief for the Church, rejected any connection between Scientology and the '
         'suicide, and denied that the test was "dangerous".', "Matthias Fosse"),
        ("Fosse rejected any connection between Scientology and the suicide, and denied that the test was unsafe.",
         "Fosse"),
        # a subject of its own after `and`, and a participle's absolute subject, stay
        ("Smith arrived, and the minister said the test was safe.", "the minister"),
        ('Reuters reported difficulties, one woman choosing to remain anonymous and remarking, "You can\'t ask me."',
         "one woman choosing to remain"),  # (overlaps the gold `one woman`: the old answer, kept)
    ],
)  # fmt: skip
def test_a_cue_coordinated_after_an_object_shares_the_sentence_subject(text, speaker):
    assert speakers(ASTRAL_PREFIX + text, "en") == {speaker}


@pytest.mark.parametrize(
    "text, speaker",
    [
        # framing verbs right before a fragment (nineteenth pass): label, deem, brand
        ('EU Parliamentary President Schulz labelled the attack "abominable and cowardly".',
         "EU Parliamentary President Schulz"),
        ('He branded the senator a "traitor".', "He"),
        # an object relative's own subject, before its title in apposition; a title is no name in apposition
        ('A stabbing occurred in Auckland, which Jacinda Ardern, the nation\'s Prime Minister, deemed a "terrorist '
         'attack".', "Jacinda Ardern"),
        ('The attack, which Ardern, the Prime Minister, described as "terrorist", shocked the city.', "Ardern"),
        ('Jeremy Ben-Ami, the president of J Street, a US-based Jewish Organisation, said the bill "was born in sin".',
         "Jeremy Ben-Ami"),
    ],
)  # fmt: skip
def test_framing_verbs_and_the_subject_of_an_object_relative(text, speaker):
    assert speakers(ASTRAL_PREFIX + text, "en") == {speaker}


@pytest.mark.parametrize(
    "text",
    ['The brand "Nike" is big.', 'The label "organic" is printed on the box.', 'He deemed it fair, and "Tom" agreed.'],
)
def test_framing_verbs_as_nouns_or_away_from_the_quote_frame_nothing(text):
    assert speakers(text, "en") == {None}


@pytest.mark.parametrize(
    "text, speaker",
    [
        # `with` and a long noun phrase headed before its complement speaks for a participle (nineteenth pass)
        ('Stores opened late, with the company\'s general manager of safety writing "we are devastated".',
         "the company's general manager of safety"),
        # friends, colleagues and neighbours are people who speak
        ('"I believe Kaja would be alive," says friend Henrik Moinichen.', "friend Henrik Moinichen"),
        ('"She was kind," said a neighbour.', "a neighbour"),
    ],
)  # fmt: skip
def test_more_noun_phrases_that_speak(text, speaker):
    assert speakers(ASTRAL_PREFIX + text, "en") == {speaker}


def test_with_and_a_list_of_things_is_no_speaker():
    assert speakers('Protesters with flags and a banner from People\'s Vote saying "put it to the people".', "en") \
        != {"flags and a banner from People's Vote"}


@pytest.mark.parametrize(
    "text, quote, speaker",
    [
        # a fragment inside a view or reported speech at a sentence edge is its speaker's, even when a subject stands
        # right before it (nineteenth pass)
        ("Pour Chartier, Fillon est victime « depuis un mois et demi » de la part des médias.",
         "« depuis un mois et demi »", "Chartier"),
        # a French subject ends before a modal and its negation
        ("Les diffuseurs ne pourront donc plus dire à leurs auditeurs « retrouvez-nous sur Facebook ».",
         "« retrouvez-nous sur Facebook »", "Les diffuseurs"),
    ],
)  # fmt: skip
def test_french_fragments_in_views_and_subjects_before_modals(text, quote, speaker):
    assert speaker_by_quote(ASTRAL_PREFIX + text, "fr", written=True)[quote] == speaker


@pytest.mark.parametrize(
    "text, quote, speaker",
    [
        # nineteenth pass: `se dire` frames a fragment (its relative subject stands for the name before it)
        ("« Les jeunes étaient venus », a déploré Angela Merkel, qui s'est dite « horrifiée » par ce drame.",
         "« horrifiée »", "Angela Merkel"),
        # after the relative `que` the subject follows the verb, and a gerund after it shares that subject
        ("C'est ce qu'a annoncé le 23 juillet le porte-parole de Scotland Yard, en ajoutant que « perdre la vie ainsi "
         "est une tragédie ».", "« perdre la vie ainsi est une tragédie »", "le porte-parole de Scotland Yard"),
        # a floating quote after reported speech of a body named by a noun of people
        ("Le gouvernement chinois a déclaré que les habitants avaient attaqué la police. « La police a été obligée "
         "d'ouvrir le feu ».", "« La police a été obligée d'ouvrir le feu »", "Le gouvernement chinois"),
        # a source named in passing is no reporter a floating quote goes on with
        ("Le président a parlé. L'aide ira aux pays qui pourraient, selon certains analystes, avoir des problèmes. "
         "« Ce n'est pas la fin de la pauvreté »", "« Ce n'est pas la fin de la pauvreté »", None),
    ],
)  # fmt: skip
def test_french_reflexive_frames_relative_inversions_and_continuations(text, quote, speaker):
    assert speaker_by_quote(text, "fr", written=False)[quote] == speaker


@pytest.mark.parametrize(
    "text, speaker",
    [
        # `pour X, apposition :` before a quote gives X's view; after a preposition only a name or people speak
        ("Ainsi, pour Jérôme Rivière, membre du comité de campagne : « Pas de flash info, ni émotion. »",
         "Jérôme Rivière"),
        ("Pour le ministre : « Pas de flash info. »", "le ministre"),
        ("Pour la première fois : « Pas de flash info. »", None),
    ],
)  # fmt: skip
def test_a_view_before_a_colon(text, speaker):
    assert speakers(text, "fr") == {speaker}


@pytest.mark.parametrize(
    "text, speaker",
    [
        # nineteenth pass: an English aside `, critics say,` inside the clause gives its subject
        ('The plan, critics say, is "deeply flawed."', "critics"),
        # a pronoun and a clause after an inverted cue are no inverted subject: the frame before the quote speaks
        ('Smith, who called the decision "a disgrace," said he would appeal.', "Smith"),
        # a name, then its title before the cue, is no aside
        ('Ludwig Koch, her father said, "Natascha is very thin."', "Ludwig Koch"),
    ],
)  # fmt: skip
def test_english_asides_and_clauses_after_a_cue(text, speaker):
    assert speakers(ASTRAL_PREFIX + text, "en") == {speaker}


@pytest.mark.parametrize(
    "text, lang, speaker",
    [
        # twenty-fourth pass: a time before a subject with no determiner is no part of it (before: no speaker, so
        # the report was lost, or `Last week officials`)
        ("Yesterday police said the man was armed.", "en", "police"),
        ("On Tuesday police said the man was armed.", "en", "police"),
        ("Last week officials said that the man was armed.", "en", "officials"),
        ("The talks went on, but last year the report by the agency said that violations had increased.", "en",
         "the report by the agency"),
        ("Hier la police a indiqué que l'homme était armé.", "fr", "la police"),
        ("Lundi soir le ministre a déclaré que la loi passerait.", "fr", "le ministre"),
        # twenty-fifth pass: a capitalised sentence adverb before a determiner is no part of the subject
        ("Actuellement la police a déclaré que les portes étaient fermées.", "fr", "la police"),
        ("Separately the ministry said that the doors were closed.", "en", "the ministry"),
        ("Clément Dupont a déclaré que les portes étaient fermées.", "fr", "Clément Dupont"),
        # twenty-fifth pass: `Early on` is a time, and sentence connectors open no subject
        ('Early on she had to call her captor "master".', "en", "she"),
        ("Nevertheless, local residents have said that the plan failed.", "en", "local residents"),
        ("Néanmoins, les personnels ont déclaré qu'ils étaient prêts à reprendre.", "fr", "les personnels"),
        # a name before a relative clause with no commas; an aside whose closing comma is missing; a bare plural
        # of people after a subordinate clause
        ("Republican state representative Terri Collins who sponsored the bill remarked the bill was not "
         "enforceable.", "en", "Republican state representative Terri Collins"),
        ("Planned Parenthood, along with the American Civil Liberties Union have announced that they will sue.",
         "en", "Planned Parenthood"),
        ("While Mubarak was transferred to the prison hospital, independent lawyers said they expect an appeal.",
         "en", "independent lawyers"),
        ("The plan was carried out, which prosecutors said was designed to end the strike.", "en", "prosecutors"),
        # an acronym in parentheses ends an apposition: it is no name apposed to the subject
        ('Brook Baker, a professor in the Program on Human Rights and the Global Economy (PHRGE), explained that '
         'the bill was bad.', "en", "Brook Baker"),
        # a thousands separator is no comma between segments
        ("A reported 50,000 campaigners said that they would stay.", "en", "A reported 50,000 campaigners"),
        # a determiner standing for people
        ('"We want change," one said. Another added: "This is not a new government."', "en", None),
        # a plural document noun right before a cue is its subject, not a cue itself
        ("Prices rose, and reports say that the company will close.", "en", "reports"),
        ("Shots were fired on an upper floor and reports say that the girls were hurt.", "en", "reports"),
        # a reporting verb inside the subject: its own subject speaks (the outer report), up to that verb
        ("The student said a friend told her four people had been shot.", "en", "The student"),
        ("A reporter in Kenya noted local news reports said she was diagnosed.", "en", "A reporter in Kenya"),
        # after a relative pronoun, the antecedent, which is the verb's object
        ("Jomra criticizes President García, who said that the protesters were wrong.", "en", "President García"),
    ],
)  # fmt: skip
def test_times_numbers_and_reports_inside_subjects(text, lang, speaker):
    got = speaker_list(ASTRAL_PREFIX + text, lang)
    if speaker is None:
        assert got == ["one", "Another"]
    else:
        assert got == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        # a capitalised cue form after an abbreviation in capitals is part of a name (before: cue `State`,
        # speaker `The U.S`)
        "The U.S. State Department criticized the arrests; equipment was confiscated.",
        # the relative clause's verb is no reporting verb of the subject (`The man who reported the crime`)
        "One could argue that the reason is different.",
    ],
)
def test_names_and_generic_subjects_report_nothing(text):
    assert speaker_list(ASTRAL_PREFIX + text, "en") == []


def test_state_department_after_an_abbreviation_speaks():
    assert speaker_list(ASTRAL_PREFIX + "The U.S. State Department said that the talks failed.", "en") == [
        "The U.S. State Department"
    ]


@pytest.mark.parametrize("text", [
    "De manière plus notable, Wal-Mart, le plus important employeur privé au monde, indique que ses ventes ont "
    "augmenté.",
    "Dans un communiqué, Wal-Mart, le plus important employeur privé au monde, indique que ses ventes ont augmenté.",
])  # fmt: skip
def test_an_adjunct_opening_with_a_preposition_is_no_subject(text):
    """Twenty-fourth pass: before a name and its apposition, a phrase that opens with a preposition (`Dans`, `De
    manière`) is an adjunct (it was the speaker)."""
    assert speaker_list(ASTRAL_PREFIX + text, "fr") == ["Wal-Mart"]
    assert speaker_list("De nombreux experts, dont Paul Martin, estiment que la loi est injuste.", "fr") == [
        "De nombreux experts"
    ]


def test_celui_ci_after_a_conjunction_speaks():
    """Twenty-fourth pass: `Et celui-ci a annoncé … : « … »`: the demonstrative is a subject pronoun, resolved like
    `il` (the quote had no speaker)."""
    text = ("Le ministre Paul Martin a parlé. Et celui-ci a rapidement annoncé le ton combatif face aux attentats de "
            "jeudi : « l'ombre du terrorisme a dominé notre réunion. »")
    assert marked_rows(text, "fr") == [("direct", "Paul Martin", "a rapidement annoncé")]


@pytest.mark.parametrize("text, speaker", [
    ('"The plan will fail," two people familiar with the matter said.', "two people familiar with the matter"),
    ("Two people familiar with the matter said the plan would fail.", "Two people familiar with the matter"),
])  # fmt: skip
def test_a_numbered_noun_phrase_of_people_speaks(text, speaker):
    """Twenty-fourth pass: a number opening a noun phrase of people is a determiner (it was no speaker, so the
    quote was a scare quote); not a date (`11 juin plusieurs médias`), nor a phrase with no noun of people."""
    assert speaker_list(ASTRAL_PREFIX + text, "en") == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ("Selon ce médecin, France Télécom n'aurait jamais pris le soin de lui expliquer que le forfait « illimité » ne "
     "concernait que le temps passé.", "France Télécom"),
    ("Ils veulent organiser une marche à travers Lakemba pour montrer que les « australiens veulent reprendre "
     "leurs rues ».", "Ils"),
    ("Les spécialistes s'accordent pour dire que les tableaux ne pourront pas être revendus.", "Les spécialistes"),
    # a noun in -é after a determiner is no verb
    ("Une équipe de chercheurs de l'université de Duke a voulu montrer que les singes ont cette aptitude.",
     "Une équipe de chercheurs de l'université de Duke"),
    # twenty-sixth pass: `prend prétexte de …`, `profite de l'occasion` govern the infinitive
    ("Britannica prend prétexte de cette ouverture pour prétendre être plus fiable.", "Britannica"),
    ("Ryanair profite de l'occasion pour rappeler que sa prise de contrôle avait été bloquée.", "Ryanair"),
])  # fmt: skip
def test_an_infinitive_cues_speaker_ends_at_the_governing_verb(text, speaker):
    """Twenty-fourth pass: before an infinitive cue (`expliquer`, `montrer`, `dire`), the speaker is the subject of
    the finite verb that governs it (the clause up to the infinitive was the speaker)."""
    assert set(speaker_list(ASTRAL_PREFIX + text, "fr")) == {speaker}


@pytest.mark.parametrize("text, lang, speaker", [
    ('John Sifton, researcher at Human Rights Watch said "Soldiers were told that the conventions did not apply."',
     "en", "John Sifton"),
    ("Kumi Naidoo, porte-parole de l'association s'est dit déçu des résultats : « les gens ont crié »", "fr",
     "Kumi Naidoo"),
    # a capitalised title before a lower-case word (25th pass: `Ministre des mines` spoke)
    ("Laurence Golborne, Ministre des mines a dit « Si cela est possible, ce sera merveilleux » lundi.", "fr",
     "Laurence Golborne"),
    ('John Sifton, Researcher at Human Rights Watch said "Soldiers were told that the conventions did not apply."',
     "en", "John Sifton"),
    # a parenthesis is no apposition's comma: `the Jundullah (Soldiers of God) group said`
    ("Sunni rebels of the Jundullah (Soldiers of God) group said they sent a bomber.", "en",
     "Sunni rebels of the Jundullah"),
])  # fmt: skip
def test_a_name_before_an_unclosed_apposition_speaks(text, lang, speaker):
    """Twenty-fourth pass: `Name, bare title … said`: the apposition's closing comma is missing; the name speaks
    (the title was the speaker)."""
    got = speaker_list(ASTRAL_PREFIX + text, lang)
    assert got and got[0].startswith(speaker)


@pytest.mark.parametrize("text, speaker", [
    # a modal ends the subject of a participle after it (25th pass: `Le candidat … veut` spoke)
    ("Le candidat de Debout la France veut également, lui aussi, prohiber les rémunérations privées, estimant qu'un "
     "élu « doit se tenir à l'écart de lobbys et intérêts divers ».", "Le candidat de Debout la France"),
    # a capitalised article after a name and before a noun opens a sentence whose period is missing
    ("L'accident a eu lieu à Honolulu, aux États-Unis Le bureau du coroner local a indiqué que l'enfant est mort "
     "sur le coup.", "Le bureau du coroner local"),
    ("Jean-Marie Le Pen a indiqué que l'enfant est mort sur le coup.", "Jean-Marie Le Pen"),
])  # fmt: skip
def test_french_subjects_end_at_a_modal_and_start_at_a_sentence_article(text, speaker):
    assert set(speaker_list(ASTRAL_PREFIX + text, "fr")) == {speaker}


def test_a_french_past_infinitive_cue_after_a_cue_verb_takes_its_subject():
    """Twenty-fifth pass: `Il confie avoir relevé « … »` gave the mixed quote the speaker `Il confie`."""
    text = "Il confie avoir relevé « sur les forums, des dizaines d'abonnés racontent des histoires » dans la presse."
    assert speaker_list(ASTRAL_PREFIX + text, "fr") == ["Il", "Il"]



def test_long_always_never_between_an_auxiliary_and_its_cue():
    """Twenty-fourth pass: `"…," Doe has long argued.` gave the speaker `Doe has long`."""
    assert speaker_list(ASTRAL_PREFIX + '"The plan will fail," Doe has long argued.', "en") == ["Doe"]
    assert speaker_list(ASTRAL_PREFIX + "The Long Island Rail Road said that trains were late.", "en") == [
        "The Long Island Rail Road"]


def test_a_bare_participle_after_et_shares_the_first_compound_verbs_subject():
    """Twenty-fourth pass: `X a désapprouvé le fait que P ait coïncidé … et estimé que « … »`: the participle shares
    the auxiliary `a`, and so the subject X (the `que` clause was the speaker)."""
    text = ("La Saudi Press Agency a désapprouvé le fait que l'exécution de la sentence ait coïncidé avec l'Aïd "
            "el-Kebir et estimé que « des millions de musulmans se seraient attendus à mieux ».")
    assert set(speaker_list(ASTRAL_PREFIX + text, "fr")) == {"La Saudi Press Agency"}


@pytest.mark.parametrize("text, speaker", [
    ("However, the New York Times interviewed a number of current and former officials who believed that the "
     "policy was designed to allow torture.", "former officials"),
    ("The police arrested three protesters who said that they were innocent.", "three protesters"),
])  # fmt: skip
def test_a_noun_of_people_before_who_is_the_relatives_speaker(text, speaker):
    """Twenty-fourth pass: `… officials who believed that`: the relative's antecedent, a noun of people with the
    lower-case words before it (the search went back to `However`, or gave the whole clause)."""
    assert speaker_list(ASTRAL_PREFIX + text, "en") == [speaker]


def test_a_contracted_pronoun_and_a_perfect_participle_after_with():
    """Twenty-fifth pass: `which they've said` gave the speaker `they've` (now `they`, resolved to the network);
    `with analyst Kevin Bonham having declared` gave the clause before `with`."""
    text = "The network did not carry his ads, which they've said was due to a lack of airtime."
    (q,) = attribute(text, find_quotes(text), "en")
    assert q["speaker"]["mention"]["text"] == "they" and q["speaker"]["text"] == "The network"
    text = "Analysts saw it coming, with analyst Kevin Bonham having declared that it was boring on his blog."
    assert speaker_list(ASTRAL_PREFIX + text, "en") == ["analyst Kevin Bonham"]


def test_a_coordinated_cue_after_a_quote_with_no_cue_before_it_takes_the_sentences_subject():
    """Twenty-fifth pass: `François Fillon, cependant, refuse de se « [laisser] abattre » par ces accusations et
    annonce …` gave `ces accusations` (no cue before the quote to share a subject with)."""
    text = ("François Fillon, cependant, refuse de se « [laisser] abattre » par ces accusations et annonce vouloir "
            "se battre « jusqu'au bout ».")
    assert set(speaker_list(ASTRAL_PREFIX + text, "fr")) - {None} == {"François Fillon"}  # (the first: a scare quote)


@pytest.mark.parametrize("text, lang, speaker", [
    ("Le journaliste Yves Daoudal estime que la décision est une victoire.", "fr", "Le journaliste Yves Daoudal"),
    ("Les électeurs interrogés estiment que le scrutin était truqué.", "fr", "Les électeurs interrogés"),
    ("The columnist argued that the ruling was a mistake.", "en", "The columnist"),
    ("Local tourists said the beach had been closed for days.", "en", "Local tourists"),
])  # fmt: skip
def test_more_nouns_of_people_are_subjects(text, lang, speaker):
    """Twenty-sixth pass: journalists, writers, artists, citizens, voters … name people who speak (a common noun
    phrase speaks only when its head does; `journaliste` and `columnist` were missing)."""
    assert speaker_list(ASTRAL_PREFIX + text, lang) == [speaker]


def test_a_cue_after_comma_et_shares_the_sentences_subject():
    """Twenty-sixth pass: `…, comme celle du démembrement, et conclut` gave the clause before it (`les juges aient
    souligné l'existence des pratiques alternatives`), not the sentence's subject."""
    text = ("Le journaliste Yves Daoudal se félicite de ce qu'il considère comme « une victoire », mais tempère son "
            "propos en déplorant que les juges aient souligné l'existence des pratiques alternatives, comme celle du "
            "démembrement, et conclut en estimant que la barbarie demeure.")
    assert indirect_rows(ASTRAL_PREFIX + text, "fr")[-1] == ("que la barbarie demeure", "Le journaliste Yves Daoudal")


@pytest.mark.parametrize("text, speaker", [
    ("Le président George W. Bush a vu dans la décision\n« une reconnaissance des progrès et le soutien au "
     "caractère sacré de la vie » et annoncé sa détermination à « travailler pour ce jour ».",
     "Le président George W. Bush"),
    ("Il part.\n« Une reconnaissance des progrès et le soutien de la vie » et annonce qu'il va partir.", "Il"),
])  # fmt: skip
def test_a_quotation_opening_its_sentence_holds_no_subject_of_the_cue_coordinated_after_it(text, speaker):
    """Twenty-sixth pass: `\\n« … le soutien au caractère sacré de la vie » et annoncé` gave `le soutien au caractère
    sacré de la vie`, words of the quotation; the sentence before it has the subject."""
    got = [row for row in quote_rows(ASTRAL_PREFIX + text, "fr", cue="text") if row[3] in ("annoncé", "annonce")]
    assert [row[2] for row in got] == [speaker]


def test_ecrit_par_after_a_noun_is_a_passive_no_attribution():
    """Twenty-sixth pass: `le livre « … », écrit par des journalistes du Canard enchaîné` reported the sentence."""
    text = ("Fillon a formulé ces accusations en s'appuyant sur le livre « Bienvenue Place Beauvau », écrit par des "
            "journalistes du Canard enchaîné.")
    assert indirect_rows(ASTRAL_PREFIX + text, "fr") == []
    text = "Le livre est un succès, écrit le journal."
    assert indirect_rows(text, "fr") == [("Le livre est un succès", "le journal")]


@pytest.mark.parametrize("text, speaker", [
    ('Mark Oaten, Home Affairs Spokesman for the Liberal Democrats, said: "If true, these findings will create '
     'concerns."', "Mark Oaten"),
    ('Tony Blair, former British Prime Minister said of Ahern, "He will always be remembered for his role."',
     "Tony Blair"),
    ('The study\'s lead author, doctoral candidate Maninder Thind, said "it works."',
     "doctoral candidate Maninder Thind"),
])  # fmt: skip
def test_a_name_before_its_capitalised_or_former_title(text, speaker):
    """Twenty-sixth pass: a capitalised title with its body (`Spokesman for the Liberal Democrats`) is no name in
    apposition, and `former …` opens a title whose closing comma is missing: the name before it speaks."""
    assert marked_speaker(ASTRAL_PREFIX + text, "en") == speaker


@pytest.mark.parametrize("text, speaker", [
    ("The strike erupted after the French government announced its intention to privatize the company.",
     "the French government"),
    ("Assange was put on the list after a court in Sweden announced he was wanted.", "a court in Sweden"),
])  # fmt: skip
def test_a_subordinate_clause_inside_the_window_has_the_cues_subject(text, speaker):
    """Twenty-sixth pass: `The strike erupted after the French government announced` gave the whole clause."""
    assert speaker_list(ASTRAL_PREFIX + text, "en") == [speaker]


@pytest.mark.parametrize("text", [
    'And that\'s why I said "no federation is perfect" to them.',
    "And this is why we conclude that we don't see the planet.",
    "So like I was mentioning, we have about 40% that were ready to switch.",
    "No, obviously I do not agree that this is the death of CentOS.",
    "Without any prejudice I want to tell you that they are guilty of all the three accounts.",
])  # fmt: skip
def test_the_writer_as_the_subject_after_other_words_is_no_speaker(text):
    """Twenty-sixth pass: `that's why I said`, `this is why we conclude` gave `that's why I` and `this`: the
    first-person subject is the writer (an interviewee's transcript), no speaker."""
    assert speakers(text, "en") <= {None}


def test_a_plural_of_a_body_named_in_the_singular_is_no_speaker():
    """Twenty-sixth pass: `a démenti ces accusations` read `ces accusations` as an inverted subject (`l'accusation`,
    the prosecution, speaks; its plural, the charges, does not)."""
    text = "Le suspect, qui a été inculpé samedi pour tentative d'assassinat, a démenti ces accusations."
    assert indirect_rows(text, "fr") == []
    text = "« Il ment », a répliqué l'accusation."
    assert marked_speaker(text, "fr") == "l'accusation"


@pytest.mark.parametrize("text", [
    "M. Obama a reconnu que de nombreux emplois seraient perdus. Son slogan, « What is good for GM is good for "
    "America » — « Ce qui est bon pour General Motors est bon pour l'Amérique », était connu de tous.",
    'The minister said that jobs would be lost. Its motto, "What is good for GM is good for America", was famous.',
])  # fmt: skip
def test_a_quote_apposed_to_a_name_noun_is_no_continued_report(text):
    """Twenty-sixth pass: `Son slogan, « … »` after reported speech took that speech's speaker (a company's slogan,
    not the president's words)."""
    marked = [sp for t, _, sp in quote_rows(text, "fr" if "«" in text else "en") if t != "indirect"]
    assert marked and set(marked) == {None}


def test_a_name_with_and_before_an_aside_and_a_participle_opening_a_sentence():
    """Twenty-sixth pass: `The British Beer and Pub Association, in a press release …, states` gave `The British
    Beer`; `Going on to say "…"` gave the speaker `Going on to` (the previous speaker goes on, as after `Et
    d'ajouter :`)."""
    text = ('The British Beer and Pub Association, in a press release from 25 November, 2005, states "The change is '
            'about treating adults like grown-ups."')
    assert marked_speaker(text, "en") == "The British Beer and Pub Association"
    text = 'Mr Amorim said "The government is shocked." Going on to say "Brazil is in solidarity with Britain."'
    assert [(t, sp) for t, _, sp in quote_rows(text, "en")] == [("direct", "Mr Amorim"), ("direct", "Mr Amorim")]


@pytest.mark.parametrize("text, rows", [
    ('"We chose the less bad one," his legal counsel, Kelley Henry, said prior to the execution.',
     [("direct", "Kelley Henry")]),
    ("In 2006, Swartz ran for the Board of Trustees and also wrote that the site was failing.",
     [("indirect", "Swartz")]),
    ('"It is unbelievable," he said. He went on: "When you lose the original fabric, you lose history itself."',
     [("direct", "he"), ("direct", "He")]),
])  # fmt: skip
def test_adjuncts_after_a_cue_irregular_pasts_and_a_pronoun_before_a_colon(text, rows):
    """Twenty-sixth pass: `said prior to the execution` (an adjunct that opens with no preposition) ended no
    attribution; `Swartz ran for … and also wrote` kept the first clause in the subject (`ran` was no verb); `He
    went on:` gave the speaker `He went on` (a pronoun is a colon's subject)."""
    assert [(t, sp) for t, _, sp in quote_rows(text, "en")] == rows


@pytest.mark.parametrize("text, speaker", [
    ("La Riva agreed and favored prosecuting banks and said legalization would not be helpful.", "La Riva"),
    ('They released a statement which said, "Hagia Sophia bears profound significance to Muslims and Christians."',
     "They"),
    ('House of Commons Speaker John Bercow commented on the matter, calling it "a constitutional outrage".',
     "House of Commons Speaker John Bercow"),
    # a participle after a common noun, a relative clause, a determiner: the span keeps them
    ("Figures issued on Thursday showed that 367 people had been killed.", "Figures issued on Thursday"),
    ("Police who spoke to the media said the explosion occurred shortly after.", "Police who spoke to the media"),
])  # fmt: skip
def test_a_finite_verb_after_a_name_ends_the_subject(text, speaker):
    """Twenty-sixth pass: `La Riva agreed and … said`, `They released a statement which said` kept the verb and its
    object in the speaker; a past form right after a name or a pronoun is a finite verb and ends the subject."""
    assert speaker_list(ASTRAL_PREFIX + text, "en")[0] == speaker


@pytest.mark.parametrize("text, speaker", [
    ("Ils ont été placés en détention, selon ce qu'a confié une source judiciaire à l'Agence France-Presse.",
     "une source judiciaire"),
    ("Selon ce qu'ont rapporté des témoins, la police a tiré.", "des témoins"),
    ("« Il aimait raconter qu'il avait su mettre à profit la neige », a dit de lui la municipalité de Megève.",
     "la municipalité de Megève"),
])  # fmt: skip
def test_selon_ce_qu_a_dit_x_and_a_dit_de_lui_x(text, speaker):
    """Twenty-sixth pass: `selon ce qu'a confié X` gave `ce qu'a confié X` (X, the inverted subject, is the
    source); `a dit de lui X` gave `de lui X`."""
    assert speaker_list(ASTRAL_PREFIX + text, "fr") == [speaker]


def test_an_italian_article_is_no_writer():
    # (the writer's `I` is capitalised; the Italian article `i` before a noun is none)
    text = ("Ancora sconosciute le nazionalità delle vittime. Discordanti i comunicati in alcuni si afferma che i "
            "passeggeri fossero in maggioranza panamensi, in altri si indicano come di nazionalità francese.")
    assert "i" not in speaker_list(text, "it")


@pytest.mark.parametrize("text, speaker", [
    ("« Ils ont été fantastiques » , a-t-il d'abord affirmé, avant d'en profiter pour réaffirmer ses idées.", "il"),
    ("Trump a commencé par déposer une gerbe sur la tombe du soldat inconnu, accompagné par son vice-président Mike "
     "Pence , puis a déclaré : « Nous allons gagner. »", "Trump"),
    ("Bertrand Lefebvre est néanmoins « très sceptique » et « reste réservé sur ces interprétations » liant "
     "Saccorhytus à l'être humain, estimant que ses confrères « poussent leurs hypothèses au maximum ».",
     "Bertrand Lefebvre"),
    ("Alors que le convoi remontait Pennsylvania Avenue, nombre de manifestants se trouvant sur le parcours ont "
     "clamé : « Menteur ».", "nombre de manifestants"),
])  # fmt: skip
def test_french_inverted_aux_puis_participle_clauses_and_nombre_de(text, speaker):
    """Twenty-sixth pass: `a-t-il d'abord affirmé` gave `a-t-il d'abord`; `…, puis a déclaré` the participle's
    complement; `liant Saccorhytus …, estimant` the participle's clause; `nombre de manifestants` was no subject."""
    assert set(speaker_list(ASTRAL_PREFIX + text, "fr")) - {None} == {speaker}


@pytest.mark.parametrize("text, lang, speaker", [
    ("Fabricio Cáceres à déclaré sur Canal 3 que « les gens devaient rester calmes ».", "fr", "Fabricio Cáceres"),
    ("Une vidéo montre selon le journal Le Monde que « les hommes semblent parler français ».", "fr",
     "le journal Le Monde"),
    ("En effet, des climatologues viennent de montrer que la montée des eaux pourrait être rapide.", "fr",
     "des climatologues"),
    ("Protesters with flags and a banner, saying \"put it to the people\", marched.", "en", "Protesters"),
])  # fmt: skip
def test_no_speaker_ends_with_a_function_word(text, lang, speaker):
    """Twenty-sixth pass: `Fabricio Cáceres à` (a typo for `a`), `le journal Le Monde que`, `Protesters with`: a
    preposition, conjunction or determiner never ends a speaker; `venir de` governs an infinitive cue."""
    assert set(speaker_list(ASTRAL_PREFIX + text, lang)) - {None} == {speaker}


def test_further_going_on_to_say_goes_on_with_the_previous_speaker():
    text = ('Ahern said "I have never put my interests ahead of the public good." Further going on to say, "I have '
            'never received a corrupt payment."')
    assert [sp for _, _, sp in quote_rows(text, "en")] == ["Ahern", "Ahern"]


def test_a_ministrys_domain_in_lower_case_and_a_fragment_after_mais():
    """Twenty-sixth pass: `Le ministre de la justice Jean-Jacques Urvoas` gave `Le ministre de la`; the fragment
    after `mais veut` was a scare quote (a coordinated fragment shares the first one's speaker, as after `et`)."""
    text = ("Le ministre de la justice Jean-Jacques Urvoas , à l'origine de la proposition, récuse toute volonté de « "
            "défendre la délinquance en col blanc » mais veut « assurer la lisibilité juridique » pour les affaires.")
    speaker = "Le ministre de la justice Jean-Jacques Urvoas"
    assert marked_rows(text, "fr", written=True) == [("mixed", speaker, None)] * 2


@pytest.mark.parametrize("text, speaker", [
    ("Local police said that the gunmen did not seem to want to hurt the hostages.", "Local police"),
    ('Ethics chief Mary Dawson called the rules "highly unsatisfactory" last week.', "Ethics chief Mary Dawson"),
    ('Iranian authorities said the sailors had "bad intentions."', "Iranian authorities"),
])  # fmt: skip
def test_a_noun_of_people_after_a_capitalised_modifier_heads_the_subject(text, speaker):
    """Twenty-sixth pass: `Local police`, `Iranian authorities`, `Ethics chief` gave `Local`, `Iranian`, `Ethics`:
    a lower-case noun of people right after a capitalised word is the subject's head."""
    assert set(speaker_list(ASTRAL_PREFIX + text, "en")) == {speaker}


@pytest.mark.parametrize("opener", ["Et d'ajouter :", "Puis d'ajouter :", "Avant de conclure :", "En ajoutant :",
                                    "Avant d'ajouter 🙂 :"])
def test_a_sentence_opened_by_an_infinitive_or_gerund_of_saying_goes_on_with_the_previous_speaker(opener):
    """Twenty-eighth pass: `En ajoutant : « … »`, `Avant de conclure : « … »` opening a sentence are the previous
    speaker's next words (only `Et d'ajouter` was read so); without the colon `En disant « … », la coalition …` is
    an opening clause (a fragment, not a statement), and `la commission a décidé … et de dénoncer « … »` keeps its
    subject."""
    text = f"Azzam Tamimi a déclaré à la BBC que « tout est effrayant ». {opener} « Le problème est la couleur. »"
    if "🙂" in opener:
        assert [(t, sp) for t, _, sp in quote_rows(text, "fr")][-1][1] != "Avant"
    else:
        assert [(t, sp) for t, _, sp in quote_rows(text, "fr")][-1] == ("direct", "Azzam Tamimi")
    text = "Azzam Tamimi a parlé à la BBC. En disant « prendre toutes les précautions », la coalition rassure."
    [(typ, _, speaker)] = quote_rows(text, "fr")  # an opening clause, its subject after it
    assert typ != "direct" and speaker != "Azzam Tamimi"
    text = "Le ministre a parlé. La commission a décidé d'enquêter et de dénoncer « les abus du système »."
    assert [(t, sp) for t, _, sp in quote_rows(text, "fr")] == [("mixed", "La commission")]


@pytest.mark.parametrize("text, lang, speaker", [
    ('Prior to the vote, Kyriakos Mitsotakis, leader of the party, told lawmakers "Nowhere do we see such images."',
     "en", "Kyriakos Mitsotakis"),
    ('Ahead of the vote, the minister, a socialist, said: "We will win."', "en", "the minister"),
    ("Lors du débat, le ministre, un socialiste, a déclaré : « Nous allons gagner. »", "fr", "le ministre"),
])  # fmt: skip
def test_an_opening_adjunct_before_an_apposed_subject_is_no_speaker(text, lang, speaker):
    """Twenty-ninth pass: `Prior to`, `Ahead of`, `Lors de` open an adjunct like `In` or `Dans`: the subject after
    it, not the adjunct, speaks when an apposition stands before the cue (`Prior to the vote` spoke)."""
    assert marked_speaker(text, lang) == speaker


@pytest.mark.parametrize("text, lang", [
    ('By choosing a website URL that is in China and adding banned keywords to that URL, the server connection '
     'will be reset without the normal "page does not exist" error message.', "en"),
    ("The upcoming third version of the licence will prohibit Linux distributors that agree to patent deals.", "en"),
])  # fmt: skip
def test_a_span_opened_by_an_auxiliary_is_no_speaker(text, lang):
    """Twenty-ninth pass: `is in China` (after `that`) spoke for `adding`, `will prohibit Linux distributors` for
    `agree`: a lower-case finite auxiliary or copula opens a predicate, never a subject."""
    assert all(sp is None or sp.split()[0] not in ("is", "will") for sp in speakers(text, lang))


def test_any_past_form_after_a_pronoun_ends_the_subject():
    """Twenty-ninth pass: `He co-authored … and wrote a memoir called "…"` gave the whole clause as the speaker: a
    lower-case past form right after a pronoun is its verb, cue or not; but the antecedent of a relative `who`
    before the cue keeps its span (`he associated with producers who promised to …`: not `he`)."""
    text = ('He co-authored with Barbara Becnel a book series called "Tookie Speaks Out", and wrote a memoir called '
            '"Blue Rage, Black Redemption."')
    assert "He" in speakers(text, "en")
    assert not any(sp and " " in sp for sp in speakers(text, "en"))
    text = "In Tajikistan he associated with music producers who promised to help him launch his music career."
    assert ("to help him launch his music career", "he") not in indirect_rows(text, "en")


@pytest.mark.parametrize("text, lang, speaker", [
    ('Although they wear the masks of democrats - arguing about "press freedom" - they are not.', "en", "they"),
    ('Also, they almost all agreed they are waiting for "action" to prove it.', "en", "they"),
    ("Ensuite, il s'était expliqué longuement en avançant que « Je voudrais aller dans ce lieu sans discours »",
     "fr", "il"),
])  # fmt: skip
def test_a_subject_pronoun_then_lower_case_words_is_the_pronoun(text, lang, speaker):
    """Twenty-ninth pass: `they wear the masks` and `they almost all` spoke: after a subject pronoun the lower-case
    words of a span are its predicate (or a quantifier), and the pronoun alone speaks."""
    assert speaker in speakers(text, lang)
    assert not any(sp and sp.startswith(speaker + " ") for sp in speakers(text, lang))


def test_a_relative_clause_with_no_comma_before_an_apposition_is_the_subjects():
    """Twenty-ninth pass: `X qui a rencontré le général Y, <apposition>, a précisé`: the apposition is the
    relative's object's; X, cut before its relative pronoun, speaks (the apposition spoke)."""
    text = ("Le secrétaire général de l'Organisation des Nations unies qui a rencontré le général Than Shwe, le plus "
            "haut dirigeant de la junte, a précisé : « J'ai eu une très bonne réunion avec le général. »")
    assert marked_speaker(text, "fr") == "Le secrétaire général de l'Organisation des Nations unies"


@pytest.mark.parametrize("text, lang, speaker", [
    ("Hajdu, speaking from Thunder Bay, said the vaccine rollout would begin next week.", "en", "Hajdu"),
    ("Some experts, including epidemiologist Dr. David Fisman, say the measures are too little.", "en",
     "Some experts"),
    ("Many U.S. generals, including President Ulysses S. Grant, believed that removing the buffalo would hurt.", "en",
     "Many U.S. generals"),
    ("Cynthia Drescher, blogging at the Britannica Blog, says that the lack of information will feed theories.", "en",
     "Cynthia Drescher"),
    ("Plusieurs ONG, dont Amnesty International, ont affirmé que la loi était injuste.", "fr", "Plusieurs ONG"),
])  # fmt: skip
def test_an_aside_that_opens_with_a_participle_or_an_example_is_no_apposition(text, lang, speaker):
    """Thirtieth pass: between the subject and its cue, an aside between commas that opens with a participle or
    `including`/`dont` spoke when it ended with a name (`speaking from Thunder Bay`, `including … Grant`)."""
    assert speaker_list(text, lang) == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ('"We will act," Hajdu, speaking to reporters, said.', "Hajdu"),
    ('"We will act," Hajdu, speaking from Thunder Bay, said.', "Hajdu"),
    ('"We will act," several groups, including Amnesty International, said.', "several groups"),
])
def test_an_aside_between_a_quotes_subject_and_its_cue(text, speaker):
    """Thirtieth pass: `"…," X, speaking to reporters, said` gave no speaker (the aside's participle was taken for
    the quote's cue, and the tokens before `said` held commas)."""
    assert marked_rows(text, "en") == [("direct", speaker, "said")]


@pytest.mark.parametrize("text, speaker", [
    ("Invité de RTL, le ministre a déclaré que « la réforme ira à son terme ».", "le ministre"),
    ("Présent à Lyon, le ministre a déclaré que la réforme ira à son terme.", "le ministre"),
    ("Munqith al-Faroon, a witness to Saddam's execution said \"they had phones\".", "Munqith al-Faroon"),
])  # fmt: skip
def test_an_opening_adjunct_before_the_subject_is_no_name_with_an_apposition(text, speaker):
    """Thirtieth pass: `Invité de RTL, le ministre a déclaré` gave `Invité de RTL`: a capitalised chunk before `le
    ministre` was read as a name and `le ministre` as its apposition even with no comma before the cue; a name then
    reads as one only when all its words are capitalised (or name particles)."""
    lang = "en" if "witness" in text else "fr"
    assert speaker in speakers(text, lang)


@pytest.mark.parametrize("text, speaker", [
    ("Et le ministre d'ajouter : « Nous irons jusqu'au bout. »", "le ministre"),
    ("Et Jean Dupont d'ajouter : « Nous irons jusqu'au bout. »", "Jean Dupont"),
])
def test_the_narrative_infinitive_after_an_elided_de(text, speaker):
    """Thirty-second pass: `Et X d'ajouter :` gave the speaker `X d'` (the cue starts inside the word `d'ajouter`)."""
    assert marked_speaker(text, "fr") == speaker


@pytest.mark.parametrize("text, rows", [
    ("C'est avec plus d'une minute d'avance qu'elle remporte ce championnat du monde.", []),
    ("Un bulletin du Centre d'alerte aux tsunamis annonce qu'une vague est possible.",
     [("indirect", "qu'une vague est possible", "Un bulletin du Centre d'alerte aux tsunamis")]),
])  # fmt: skip
def test_no_cue_form_after_an_elided_de_but_an_infinitive(text, rows):
    """Thirty-second pass: `d'avance` was read as the verb `avancer` (a report `qu'elle remporte …`) and `Centre
    d'alerte` as `alerter`; after `d'` only an infinitive is a verb."""
    assert quote_rows(text, "fr") == rows


@pytest.mark.parametrize("text, speaker", [
    ("Alors que le dialogue semble rompu, beaucoup craignent qu'il n'y ait « pas de retour en arrière possible ».",
     "beaucoup"),
    ("Certains estiment que la réforme est injuste.", "Certains"),
    ("Plusieurs ont dénoncé « une mascarade ».", "Plusieurs"),
    ("Pour certains, c'est « une trahison ».", "certains"),  # the view of `Pour …,` too
    ("Pour d'autres, « rien n'a changé ».", "d'autres"),
])  # fmt: skip
def test_a_french_quantifier_standing_for_people_speaks(text, speaker):
    """Thirty-second pass: `beaucoup`, `certains`, `plusieurs` alone were read as determiners, so their reports had
    no speaker (the dev golds give them as speakers, as the English `some`, `many`, `others`)."""
    assert set(speaker_list(text, "fr")) == {speaker}


@pytest.mark.parametrize("text, lang, speaker", [
    ('His opponent, Biden, in a message to fundraisers, accused Trump of "trying to scare the hell out of America."',
     "en", "Biden"),
    ("Le ministre, Darmanin, en déplacement à Nice, a déclaré que « tout allait bien ».", "fr", "Darmanin"),
    # the one name after an organisation noun names the organisation, not the speaker
    ('A spokesperson of Snapchat\'s parent company, Snap, on Sunday, said "we comply with local laws."', "en",
     "A spokesperson of Snapchat's parent company"),
])  # fmt: skip
def test_a_one_word_name_apposed_to_a_title_before_an_adjunct(text, lang, speaker):
    """Thirty-second pass: a title's name between commas counted only with two words or more, so `His opponent,
    Biden, in a message …, accused` gave `His opponent`."""
    assert set(speaker_list(text, lang)) == {speaker}


@pytest.mark.parametrize("text, rows", [
    ("L'évêque s'est de son côté étonné d'une telle demande : « Pourquoi ? Les réfugiés ont peur ? »",
     [("direct", "« Pourquoi ? Les réfugiés ont peur ? »", "L'évêque")]),
    ("L'évêque s'est étonné de cette demande : « Pourquoi ? »", [("direct", "« Pourquoi ? »", "L'évêque")]),
    ("Il s'étonne que personne ne réagisse.", [("indirect", "que personne ne réagisse", "Il")]),
    ("Il lance un nouvel appel à la paix.", []),
    ("Un autre explique que rien n'a changé.", [("indirect", "que rien n'a changé", "Un autre")]),
])  # fmt: skip
def test_a_cue_form_after_an_indefinite_article_or_de_and_a_determiner_is_a_noun(text, rows):
    """Thirty-second pass: `d'une telle demande` and `de cette demande` were read as the verb `demander`, so the
    speaker ran on to `… étonné d'une telle`; `s'étonner` was no cue."""
    assert quote_rows(text, "fr") == rows


@pytest.mark.parametrize("text, speaker", [
    ("Manuel Valls a rencontré un militant qui a déclaré « on n'oublie pas ».", "un militant"),
    ("Le ministre a reçu un responsable syndical qui a dénoncé « un mépris total ».", "un responsable syndical"),
])  # fmt: skip
def test_the_object_before_a_french_restrictive_relative_speaks(text, speaker):
    """Thirty-second pass: without a comma before `qui`, a verb's object was no antecedent and the sentence's subject
    spoke (`Manuel Valls`)."""
    assert marked_speaker(text, "fr") == speaker


@pytest.mark.parametrize("text, speaker", [
    ("Ce mercredi, le maire a « enjoint au ministre de prendre des mesures ».", "le maire"),
    ("Ce lundi soir, le maire a « refusé de commenter ces informations ».", "le maire"),
    ("Cette semaine, le maire a « refusé de commenter ces informations ».", "le maire"),
    ("Hier, le maire a « refusé de commenter ces informations ».", "le maire"),
])  # fmt: skip
def test_a_time_adjunct_with_a_demonstrative_opens_the_sentence_before_its_subject(text, speaker):
    """Thirty-eighth pass (check19): `Ce mercredi,` was read as the subject, a noun phrase of no speaker, so a fragment
    opening with the subject's verb (`a « enjoint … »`) had nobody."""
    assert marked_speaker(text, "fr") == speaker


@pytest.mark.parametrize("text, lang, speaker", [
    ("Le lendemain, l’Ordre avait, dans un communiqué, déclaré cette décision « inacceptable ».", "fr", "l’Ordre"),
    ("La veille, la police avait affirmé que « tout était calme ».", "fr", "la police"),
    ('The next day, the ministry had called the decision "unacceptable".', "en", "the ministry"),
])  # fmt: skip
def test_the_day_after_or_before_opens_the_sentence_before_its_subject(text, lang, speaker):
    """Thirty-ninth pass (check20): `Le lendemain,` was the speaker; with its comma only, since `Le lendemain de
    l'attentat` is a noun phrase."""
    assert marked_speaker(text, lang) == speaker


def test_an_adverbial_clitic_before_a_participle_after_a_quote_is_no_speaker():
    """Thirty-ninth pass (check20): in `» , y affirmant « … »` the clitic `y` was the speaker, as `"…," police said`."""
    text = ("Le 10 janvier, l'Ordre a publié un communiqué « en réponse aux activités d'un groupe » , y affirmant "
            "« l’insignifiance légale de ce groupe » .")
    assert [row[2] for row in quote_rows(text, "fr") if row[0] != "indirect"] == [None, "l'Ordre"]


@pytest.mark.parametrize("text, rows", [
    ("Il ordonne notamment de « soulager le poids » de cette réforme.", [("mixed", "« soulager le poids »", "Il")]),
    ("Le texte est clair : les dirigeants se sont mis d'accord pour « agir maintenant afin de ralentir ».",
     [("mixed", "« agir maintenant afin de ralentir »", "les dirigeants")]),
    # a cue elsewhere still gives the words to its speaker; a noun after `pour` is no infinitive
    ("Le gouvernement a décidé afin de « revoir les objectifs ». C'est ce qu'a annoncé le président Paul Durand.",
     [("mixed", "« revoir les objectifs »", "le président Paul Durand")]),
    ("Il a été mis en examen pour « injure publique ».", [("scare", "« injure publique »", None)]),
    # `membre` and `personne` name people (check19: `Les membres` had no speaker)
    ("Les membres se sont engagés à « agir de concert ».", [("mixed", "« agir de concert »", "Les membres")]),
])  # fmt: skip
def test_a_french_infinitive_fragment_after_de_a_pour_is_the_subjects_aim(text, rows):
    """Thirty-eighth pass (check19): `ordonne de « soulager le poids »` was a scare quote, `se sont mis d'accord pour
    « agir … »` a mixed one of nobody."""
    assert quote_rows(text, "fr") == rows


@pytest.mark.parametrize("text, rows", [
    ('Specifically, she was directing the committees to "proceed with their investigations under the umbrella" of '
     "impeachment.", [("mixed", '"proceed with their investigations under the umbrella"', "she")]),
    ("Specifically, the Department of Justice alleged that Blagojevich tried to sell the seat.",
     [("indirect", "that Blagojevich tried to sell the seat", "the Department of Justice")]),
    ("The Korean Fire Department initially stated that a spark could have been the cause.",
     [("indirect", "that a spark could have been the cause", "The Korean Fire Department")]),
    ('"The same group had a similar attack in 2006," said McConnell without naming LeT.',
     [("direct", '"The same group had a similar attack in 2006,"', "McConnell")]),
    ('"We condemn it," said Sabrina Bennoui of Reporters Without Borders.',
     [("direct", '"We condemn it,"', "Sabrina Bennoui of Reporters Without Borders")]),
])  # fmt: skip
def test_english_sentence_adverbs_and_without_are_no_part_of_a_speaker(text, rows):
    """Thirty-eighth pass (check19): a capitalised adverb alone before a comma (`Specifically,`) spoke or stood as a
    name before an apposition; `initially`, `formally`, `actually` stayed in the subject; `said X without naming`
    gave `X without naming LeT`."""
    assert quote_rows(text, "en") == rows


@pytest.mark.parametrize("text, speaker", [
    ("According to witness and media reports, at least two hundred people have been killed.",
     "witness and media reports"),
    ("Early reports say that the bombing took place in the west of the city.", "Early reports"),
])  # fmt: skip
def test_english_reports_speak(text, speaker):
    """Thirty-eighth pass: `report` names a source that speaks (`According to witness and media reports, …` had no
    speaker, so no reported speech)."""
    assert [row[2] for row in quote_rows(text, "en")] == [speaker]


@pytest.mark.parametrize("text, lang, speaker", [
    ("Les États-Unis ont dû accepter de « prendre des mesures novatrices » pour réduire les émissions.", "fr",
     "Les États-Unis"),
    ("La France a exprimé « une pleine solidarité à la Grèce » lundi.", "fr", "La France"),
])  # fmt: skip
def test_a_name_after_its_article_is_a_subject_outside_english(text, lang, speaker):
    """Thirty-eighth pass (check19): `Les États-Unis`, `La France` were common noun phrases whose head names no people,
    so no subject (in English `the Chinese`, `The Biden campaign` keep them out)."""
    assert [row[2] for row in quote_rows(text, lang) if row[0] != "indirect"] == [speaker]


def test_a_noun_after_an_elided_article_is_no_participle():
    """A word after `l'` ending in -é/-ée is a noun (`l'université`, `l'armée`), not a past participle: it no longer
    ends a subject as a verb would, nor bars an apposition (`Jean Dupont, un professeur à l'université de Lyon,
    qui`)."""
    text = ("Des scientifiques de l'université Rutgers et des policiers l'avaient examiné, et avaient estimé qu'il "
            "s'agissait d'une météorite.")
    assert indirect_rows(text, "fr") == [
        ("qu'il s'agissait d'une météorite", "Des scientifiques de l'université Rutgers")
    ]
