"""Eighth pass: opening phrases that are no speakers (`De son côté`, `Parmi`, `Plus tard`, `Même si`, `Among`),
the French passive agent before a quote (`averti par le juge : « … »`), `described by X as "…"`, the participle
after an inverted cue (`…, a déclaré X, en ajoutant qu'…`), names coordinated by `and`/`et`, the antecedent of
`qui`/`who` after an agent (`attaquée par l'UNHCR, qui affirme`), a French subject cut at its verb; their negative
cases, offsets with astral characters and linear time (random mixtures: test_quotes_mixtures.py).
Reported speech at a sentence edge (`Selon X, …`, `…, police said.`) may now hold a marked fragment."""

from __future__ import annotations

from functools import partial

import pytest
from quote_rows import quote_rows

from plugins.quotes.attribution import attribute
from plugins.quotes.marks import find_quotes
from plugins.quotes.openers import opening_end

_quotes = partial(quote_rows, cue="text")


def _speakers(text: str, lang: str, typ: str | None = None) -> list[str | None]:
    return [sp for t, _, sp, _ in _quotes(text, lang) if typ is None or t == typ]


@pytest.mark.parametrize(
    "text, lang, speaker",
    [
        # opening phrases before the subject
        ("De son côté, le directeur général de Sprint, Marcelo Claure, cité dans le communiqué, a affirmé : "
         "« Nous nous réjouissons. »", "fr", "le directeur général de Sprint"),
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
        # `S'il estime …, il …`: the pronoun after the elided `si`
        ("S'il estime qu'« une interdiction pourrait se heurter à des obstacles », il préconise de durcir les règles.",
         "fr", "il"),
    ],
)  # fmt: skip
def test_speaker_rules(text, lang, speaker):
    got = _speakers(text, lang)
    assert got and all(sp == speaker for sp in got), _quotes(text, lang)


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
def test_negative_cases(text, lang, wrong):
    assert wrong not in _speakers(text, lang), _quotes(text, lang)


def test_the_untouched_neighbours_of_the_rules():
    # the older readings these rules must leave alone
    assert _speakers("Selon l'avocat du juge, « il est innocent ».", "fr") == ["l'avocat du juge"]
    assert _speakers("De nombreuses critiques ont estimé que l'accord « traduit la faiblesse » du pays.", "fr",
                     "mixed") == ["De nombreuses critiques"]
    assert "John Smith and Mary Jones" in _speakers('John Smith and Mary Jones said "we are happy" yesterday.', "en")
    assert _speakers('After the vote in Paris and London officials said "it went well".', "en") == ["London officials"]


@pytest.mark.parametrize(
    "text, pos, end",
    [("De son côté, X", 0, 11), ("Parmi eux", 0, 5), ("Plus tard, il", 0, 9), ("Among them", 0, 5),
     ("le plus tard possible", 3, None), ("Parmis", 0, None), ("De sa part", 0, None), ("Même", 0, None)],
)  # fmt: skip
def test_opening_phrases(text, pos, end):
    assert opening_end(text, pos) == end


@pytest.mark.parametrize(
    "text, lang, content, speaker",
    [
        ("Selon ses proches, l'arme était « un moyen de se protéger ».", "fr",
         "l'arme était « un moyen de se protéger »", "ses proches"),
        ("Il pourrait s'agir de « l'une des plus importantes tragédies en mer », a précisé le porte-parole.", "fr",
         "Il pourrait s'agir de « l'une des plus importantes tragédies en mer »", "le porte-parole"),
        ('According to police, the man was "heavily armed" when he arrived.', "en",
         'the man was "heavily armed" when he arrived', "police"),
        ('The man was "heavily armed" when he arrived, police said.', "en",
         'The man was "heavily armed" when he arrived', "police"),
    ],
)  # fmt: skip
def test_reported_speech_around_a_marked_fragment(text, lang, content, speaker):
    got = _quotes(text, lang)
    assert ("indirect", content, speaker) in [(t, q, sp) for t, q, sp, _ in got], got
    # the fragment inside is a mixed quote of the same speaker
    assert [(t, sp) for t, _, sp, _ in got if t != "indirect"] == [("mixed", speaker)], got


@pytest.mark.parametrize(
    "text, lang",
    [
        # a statement after an apposition, a cue before the quote, a quote alone after the comma: no indirect
        ("Selon Giovanna Tinetti, l'une des chercheuses, « Ces résultats donnent un premier aperçu. »", "fr"),
        ('According to Veja, the colonel said: "We finished three reports on the case".', "en"),
        ("Selon le maire, « nous allons reconstruire ».", "fr"),
        ("« Nous allons reconstruire », a précisé le maire.", "fr"),
        # more than two quotations in the sentence: no fragment reading
        ('The "a" and "b" and "c" were "d", police said.', "en"),
    ],
)  # fmt: skip
def test_no_reported_speech_around_a_statement(text, lang):
    assert not [q for q in _quotes(text, lang) if q[0] == "indirect"], _quotes(text, lang)


def test_a_scare_name_inside_reported_speech_stays_scare():
    got = _quotes('The "Tookie" gang was dismantled last year, police said.', "en")
    assert ("scare", '"Tookie"', None, None) in got, got


@pytest.mark.parametrize(
    "text, content, speaker",
    [
        # French reported speech from the seen splits' errors: general shapes
        ("Emmanuel Macron a annoncé plus tard dans la journée qu'il acceptait ces conditions.",
         "qu'il acceptait ces conditions", "Emmanuel Macron"),
        ("Les gardes-côtes italiens évoquent qu'il y aurait 350 personnes à la mer.",
         "qu'il y aurait 350 personnes à la mer", "Les gardes-côtes italiens"),
        ("L'ancien inspecteur des finances dénonce notamment le fait que trois candidats n'ont pas eu de parrainages.",
         "que trois candidats n'ont pas eu de parrainages", "L'ancien inspecteur des finances"),
        ("Un avion américain s'est écrasé hier en Libye, à près d'une heure de Benghazi, révèle le Daily Telegraph.",
         "Un avion américain s'est écrasé hier en Libye, à près d'une heure de Benghazi", "le Daily Telegraph"),
        ("Le cap des 2 000 cas aurait été franchi à Mayotte, selon Xavier Bertrand, ministre de la Santé.",
         "Le cap des 2 000 cas aurait été franchi à Mayotte", "Xavier Bertrand"),
        ("Les accès ont été bloqués en Turquie par les autorités selon un communiqué de Turkey Blocks, un organisme "
         "de surveillance.", "Les accès ont été bloqués en Turquie par les autorités",
         "un communiqué de Turkey Blocks"),
    ],
)  # fmt: skip
def test_french_reported_speech(text, content, speaker):
    got = [(q, sp) for t, q, sp, _ in _quotes(text, "fr") if t == "indirect"]
    assert got == [(content, speaker)], _quotes(text, "fr")


@pytest.mark.parametrize(
    "text",
    [
        "Le maire évoque la possibilité d'une fusion des deux communes.",
        "Il a déclaré dans un entretien accordé au journal Le Monde publié hier qu'il partirait.",
        "Seuls les véhicules aux immatriculations paires ou impaires, selon le jour, peuvent circuler sur la voie.",
        "Elles devaient reprendre le désert entre Mossoul et la frontière, avançant vers Tall Afar.",
        "Le maire dénonce le fait accompli et part.",
    ],
)
def test_no_french_reported_speech(text):
    assert not [q for q in _quotes(text, "fr") if q[0] == "indirect"], _quotes(text, "fr")


@pytest.mark.parametrize(
    "text, content, speaker",
    [
        ("Officials said security was tightened across Finland.", "security was tightened across Finland",
         "Officials"),
        ("He also said many areas lost water and power.", "many areas lost water and power", "He"),
        ("Guillermo Mendoza, the chief prosecutor, commented that he would not rule out a gang fight.",
         "that he would not rule out a gang fight", "Guillermo Mendoza"),
    ],
)  # fmt: skip
def test_english_reported_speech_with_a_bare_noun_phrase(text, content, speaker):
    got = [(q, sp) for t, q, sp, _ in _quotes(text, "en") if t == "indirect"]
    assert got == [(content, speaker)], got


@pytest.mark.parametrize(
    "text",
    ["He said nothing was decided.", "They said yesterday was a good day.", "She commented on the plan.",
     "He said goodbye and left."],
)
def test_no_english_reported_speech_without_a_clause(text):
    assert not [q for q in _quotes(text, "en") if q[0] == "indirect"], _quotes(text, "en")


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("Ce n'est pas l'avis de Fottorino : « la présence du président ne peut être interprétée que comme un "
         "soutien ».", "Fottorino"),
        ("C'est d'ailleurs l'analyse de Gabriel Ruyiri, le président de l'organisation : « Le gouvernement veut faire "
         "contribuer les citoyens. »", "Gabriel Ruyiri"),
        ("C'est aussi la position de l'Union européenne : « Pas de négociation. »", "l'Union européenne"),
        # a presentative is never the speaker
        ("C'est un avion militaire qui, à 160 kilomètres des côtes, a découvert « une ombre ayant la forme d'un "
         "avion » mardi.", None),
        ("Ce sont les chiffres du ministère : « trois cents morts dans la région ».", None),
    ],
)  # fmt: skip
def test_whose_view_a_colon_clause_names(text, speaker):
    assert _speakers(text, "fr") == [speaker], _quotes(text, "fr")


def test_a_reflexive_is_no_part_of_the_subject():
    assert _speakers("La police espagnole se dit proche de l'arrestation d'un « médecin » nazi.", "fr") == [
        "La police espagnole"]
    assert _speakers("L'état d'urgence a été décrété par le maire qui se dit « horrifié des dégâts » hier.", "fr") == [
        "le maire"]


@pytest.mark.parametrize(
    "text, lang, content",
    [
        ("D'après Sabir Mohamed Al Hassan, gouverneur de la Banque centrale du Soudan, le dinar restera en "
         "circulation pendant six mois.", "fr", "le dinar restera en circulation pendant six mois"),
        ("According to John Smith, spokesman for the ministry, the plan will be delayed by a year.", "en",
         "the plan will be delayed by a year"),
        # no apposition: the content starts after the source
        ("Selon Paul Durand, les prix, déjà élevés, vont augmenter encore.", "fr",
         "les prix, déjà élevés, vont augmenter encore"),
    ],
)  # fmt: skip
def test_an_apposed_title_after_the_source_is_no_content(text, lang, content):
    assert [q for t, q, _, _ in _quotes(text, lang) if t == "indirect"] == [content]


def test_offsets_with_astral_characters():
    pre = "👩🏽‍⚖️🙂 "
    text = pre + "De son côté, le ministre 🙂 Paul Durand a déclaré : « Rien 👩🏽‍⚖️ n'est décidé. »"
    q = [q for q in attribute(text, find_quotes(text), "fr") if q["type"] == "direct"][0]
    sp = q["speaker"]
    assert sp["text"] == "le ministre 🙂 Paul Durand" and text[sp["start"] : sp["end"]] == sp["text"]
    assert sp["start"] == len(pre) + len("De son côté, ")
    en = "🙂 The band, 👩🏽‍⚖️ described by the critic Ann Lee as \"the loudest band on earth\", left."
    got = [q for q in attribute(en, find_quotes(en), "en") if q["type"] != "indirect"]
    sp = got[0]["speaker"]
    assert sp["text"] == "the critic Ann Lee" and en[sp["start"] : sp["end"]] == "the critic Ann Lee"
    fr = "🙂 Le suspect a été averti par le juge 👩🏽‍⚖️ Martin : « Vous serez jugé. »"
    assert _speakers(fr, "fr") == ["le juge 👩🏽‍⚖️ Martin"]
    fr = "🙂 Pour 👩🏽‍⚖️ rappel. Selon ses proches, l'arme 🙂 était « un moyen 🙂 de se protéger »."
    ind = [q for q in attribute(fr, find_quotes(fr), "fr") if q["type"] == "indirect"][0]
    assert fr[ind["start"] : ind["end"]] == "l'arme 🙂 était « un moyen 🙂 de se protéger »"


@pytest.mark.parametrize(
    "unit, lang",
    [
        ("De son côté, le juge a été averti par le maire : « a » . ", "fr"),
        ("X a été attaqué par l'UNHCR, qui affirme que Y, a déclaré Z, en ajoutant qu'« b » ", "fr"),
        ('described by the critic as "c", and Smith and Jones said that ', "en"),
        ("Parmi Plus tard, De son côté, S'il se ne ", "fr"),
        ("Selon ses proches, l'arme était « un moyen », a précisé X. ", "fr"),
        ('According to police, the man was "armed" then, police said. ', "en"),
    ],
)
def test_linear_time_on_long_runs(unit, lang, assert_linear_attribution):
    assert_linear_attribution(unit, lang, 100, 400)
