"""Sources and views without a reporting verb: `selon`/`according to`, `pour X`, a clause ending in a colon.

- `Pour X, <a short clause> « fragment »` gives X's view, also with words between (`Pour le journaliste X, avec ces
  déclarations « … »`) and after a connective (`Mais, pour M. Goudet,`); with eight words or more between `Pour X,`
  and the fragment it is the writer's own sentence;
- after `selon`/`according to` a capitalised name ends where a clause opens (`selon The Times se cacherait`); a
  lower-case word of a name, or a noun after the name, is no clause opener;
- a name apposed to one source speaks (`Selon les propos de son avocat, Me Paul Girard,`), but a name after a plural
  or a document source opens the reported clause (`According to prosecutors, Marie Dalton, in her 40s, was …`,
  `According to official statements, Trump, …`), and a lone initial is no apposed name (`Selon le décret, B.
  Traoré`);
- a clause ending in a colon, with no cue, gives its subject (two words or more) or the one whose view it names
  (`C'est l'analyse de X : « … »`); a presentative (`C'est …`, `Ce sont …`) or a clause with no person or body
  never speaks.

Offsets and linear time: test_quotes_robustness.py."""

from __future__ import annotations

import pytest
from quote_rows import indirect_rows, marked_rows, marked_speaker, quote_rows, speaker_list, speakers


# -- pour X -----------------------------------------------------------------------------------------------------
def test_pour_x_with_words_between_and_its_fragments():
    text = ("🙂 Pour le journaliste Christian Chavagneux, avec ces déclarations « le président est en train de "
            "construire la bataille entre l’aristocratie et le peuple ».")
    assert marked_rows(text, "fr") == [("direct", "le journaliste Christian Chavagneux", "Pour")]
    text = "Pour le président français, il s’agit d’une « très bonne nouvelle »."
    assert marked_rows(text, "fr") == [("mixed", "le président français", "Pour")]


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
    assert ("mixed", fragment, speaker) in quote_rows(text, "fr")


def test_pour_x_before_a_long_clause_gives_no_view():
    # eight words or more between `Pour X,` and the fragment: the writer's own sentence
    text = "Pour Durand, la ville a dépensé cette année bien plus que prévu dans ce qu'elle appelle « la relance »."
    assert ("mixed", "« la relance »", "Durand") not in quote_rows(text, "fr")


# -- selon, according to: the source's name and names after it --------------------------------------------------
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
    assert speakers(text, lang) == {speaker}


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
    assert speakers(text, lang) == {speaker}


@pytest.mark.parametrize(
    "text, lang, speaker",
    [
        ('"We will appeal," said his lawyer, Anna Berg, on Monday.', "en", "Anna Berg"),
        ("Selon les propos de son avocat, Me Paul Girard, « il est innocent ».", "fr", "Me Paul Girard"),
    ],
)  # fmt: skip
def test_a_name_apposed_to_one_source_still_speaks(text, lang, speaker):
    assert speakers(text, lang) == {speaker}


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
    assert ("indirect", content, speaker) in quote_rows(text, lang)


@pytest.mark.parametrize(
    "text, lang, speaker, content",
    [
        ('According to official statements, Trump, who was in Florida, was "furious".', "en",
         "official statements", 'Trump, who was in Florida, was "furious"'),
        ('According to court documents, Smith, 45, was "armed".', "en", "court documents", 'Smith, 45, was "armed"'),
        ("Selon des documents judiciaires, Jean Dupont, 45 ans, était « armé ».", "fr", "des documents judiciaires",
         "Jean Dupont, 45 ans, était « armé »"),
    ],
)  # fmt: skip
def test_no_name_is_apposed_to_a_document_source(text, lang, speaker, content):
    got = quote_rows(text, lang)
    assert ("indirect", content, speaker) in got
    assert {sp for _, _, sp in got} == {speaker}


@pytest.mark.parametrize(
    "text, speaker",
    [
        # a person: the apposed name speaks, as before
        ('According to his lawyer, John Smith, the man was "innocent".', "John Smith"),
        # a bare document with no name after it is the source (sixteenth pass; it had no speaker before)
        ('According to reports, the militants were "armed".', "reports"),
    ],
)  # fmt: skip
def test_person_sources_and_bare_documents_are_unchanged(text, speaker):
    assert speakers(text, "en") == {speaker}


def test_a_lone_initial_after_the_source_is_no_apposed_name():
    text = "Selon le décret, B. Traoré doit « former un gouvernement dans les meilleurs délais »."
    quotes = quote_rows(text, "fr")
    assert ("mixed", "« former un gouvernement dans les meilleurs délais »", "le décret") in quotes
    assert ("indirect", text[text.index("B."): -1], "le décret") in quotes


# -- clauses ending in a colon ----------------------------------------------------------------------------------
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
def test_a_relative_after_a_particle_name_pour_x_and_colon_clauses(text, lang, speaker):
    assert marked_speaker(text, lang) == speaker


@pytest.mark.parametrize(
    "text",
    [
        "Le bilan est le suivant : « 27 morts et 78 blessés. »",  # no person or body, and a clause
        "C'est un grand jour pour la ville :\n\n« Nous allons gagner. »",  # `C'est …` is no subject
    ],
)
def test_a_colon_clause_without_a_speaker_gives_none(text):
    assert marked_speaker(text, "fr") is None


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
    assert speaker_list(text, "fr") == [speaker], quote_rows(text, "fr", cue="text")


@pytest.mark.parametrize(
    "text, rows",
    [
        # a stressed pronoun after `selon`, `d'après` is a source like a name
        ("Selon lui, le projet est une erreur coûteuse pour la ville.",
         [("indirect", "le projet est une erreur coûteuse pour la ville", "lui")]),
        ("D'après eux, le projet était une erreur coûteuse.",
         [("indirect", "le projet était une erreur coûteuse", "eux")]),
        # a source inside the sentence, right before a fragment: the fragment is mixed
        ("Trump veut en finir avec des réglementations qui vont selon lui « trop loin ».",
         [("mixed", "« trop loin »", "lui")]),
        ("Il explique son vote par le fait que, selon lui, « dans certains pays, l'État va trop loin ».",
         [("mixed", "« dans certains pays, l'État va trop loin »", "lui")]),
        # at the sentence start, a statement stays direct
        ("Selon lui, « nous allons gagner cette élection ».",
         [("direct", "« nous allons gagner cette élection »", "lui")]),
    ],
)  # fmt: skip
def test_selon_lui_is_a_source_and_inside_a_sentence_frames_a_fragment(text, rows):
    assert quote_rows(text, "fr") == rows


@pytest.mark.parametrize(
    "text, row",
    [
        ("Pour lui, il s'agit d'« un simple cadeau amical ».", ("mixed", "« un simple cadeau amical »", "lui")),
        ("Le président, François Hollande, a fait part de son « immense tristesse » hier.",
         ("mixed", "« immense tristesse »", "François Hollande")),
        # a quotation opening with an auxiliary and a reporting verb right after its subject
        ("Le porte-parole précise que le ciel était clair. Des témoins « ont évoqué une erreur de pilotage ».",
         ("mixed", "« ont évoqué une erreur de pilotage »", "Des témoins")),
    ],
)  # fmt: skip
def test_pour_lui_faire_part_and_a_quoted_auxiliary(text, row):
    assert row in quote_rows(text, "fr")


@pytest.mark.parametrize("text, row", [
    ("Here, a motorcycle exploded. According to eyewitnesses, fire broke out immediately after the blast.",
     ("fire broke out immediately after the blast", "eyewitnesses")),
    ("According to local news, school districts across the area announced school closings.",
     ("school districts across the area announced school closings", "local news")),
    ("She was arrested two months ago, but according to NPR, Saberi has been in custody for three months.",
     ("Saberi has been in custody for three months", "NPR")),
])  # fmt: skip
def test_more_sources_and_a_source_after_but(text, row):
    """Twenty-fourth pass: eyewitnesses, bystanders, survivors and (local) news are sources that speak, and
    `…, but according to X, <content>` opens its content after the source's comma (missed reports of the English
    dev gold). An aside between commas (`Le bilan, selon la police, s'élève …`) is left to the other rules."""
    assert indirect_rows(text, "en") == [row]


def test_a_view_named_by_its_possessive_is_its_owners():
    """Twenty-fourth pass: `selon ses vues, « … »`: the owner of the view speaks, resolved like `il` (`ses vues`
    was the speaker of nine quotes of the corpus)."""
    text = ("Le président Joseph Estrada s'est dit révolté par la pauvreté tandis que, selon ses vues, « les riches "
            "politiciens n'en font pas assez ».")
    assert [sp for _t, sp, _c in marked_rows(text, "fr")] == ["Joseph Estrada"]


@pytest.mark.parametrize("text, lang, speaker", [
    ("Le syndicat a protesté. Réponse de la direction : « Aucun licenciement n'est prévu. »", "fr", "la direction"),
    ("Réaction immédiate du maire : « Nous reconstruirons. »", "fr", "maire"),
    ('Reaction from the mayor: "We will rebuild."', "en", "the mayor"),
])  # fmt: skip
def test_a_reply_named_before_a_colon(text, lang, speaker):
    """Thirty-second pass: `Réponse de la direction : « … »` gave the speaker `Réponse de la direction`."""
    assert marked_speaker(text, lang) == speaker


@pytest.mark.parametrize("text, speaker", [
    ("Pour Kenza Occansey du syndicat étudiant FAGE , « le baby-boom ne nous est pas tombé dessus ».",
     "Kenza Occansey"),
    ("Pour Thomas de la Morlais , l'avocat de la mère, « Sarah a été manipulée ».", "Thomas de la Morlais"),
    ("Pour le président du Centre d'analyse du terrorisme , Jean-Charles Brisard , « on est face à des individus "
     "déterminés ».", "Jean-Charles Brisard"),
    ("À l'inverse, pour la journaliste Martine Orange , « ce nouvel épisode prouve l'effondrement moral ».",
     "la journaliste Martine Orange"),
    ("En effet, pour Kenza Occansey, « le baby-boom ne nous est pas tombé dessus ».", "Kenza Occansey"),
])  # fmt: skip
def test_pour_with_a_complement_a_particle_an_apposed_name_or_a_connective(text, speaker):
    """Thirty-second pass: `Pour X` gave no view when the name had a complement (`du syndicat FAGE`) or a particle
    (`de la Morlais`) before its comma, or the sentence opened with `À l'inverse,` or `En effet,`; a title with an
    apposed name gave the title."""
    assert marked_speaker(text, "fr") == speaker


def test_an_english_clause_before_a_colon_is_no_speaker():
    """Thirty-eighth pass: `The study outlined the correlation:` (a verb in -ed after a noun) was read as a noun
    phrase before a bare colon, so the whole clause spoke."""
    text = 'The study outlined the correlation: "Sevengill sharks were only detected during periods of absence."'
    assert all(row[2] != "The study outlined the correlation" for row in quote_rows(text, "en"))
