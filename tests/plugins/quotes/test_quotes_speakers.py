"""Speaker and type rules: attribution across sentences, spokespersons, document authors,
scare quotes by context, appositions, pronoun and title resolution, indirect speech at a sentence edge."""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from plugins.quotes.attribution import attribute
from plugins.quotes.marks import find_quotes
from plugins.quotes.naming import is_name_like
from plugins.quotes.nouns import is_speaker_noun


def run(text: str, lang: str | None = None) -> list[dict]:
    return attribute(text, find_quotes(text), lang)


def marked(text: str, lang: str) -> list[dict]:
    return [q for q in run(text, lang) if q["type"] != "indirect"]


def indirect(text: str, lang: str) -> list[tuple[str, str | None]]:
    return [(text[q["start"] : q["end"]], q["speaker"] and q["speaker"]["text"])
            for q in run(text, lang) if q["type"] == "indirect"]  # fmt: skip


def speaker(q: dict) -> str | None:
    return q["speaker"] and q["speaker"]["text"]


# -- speakers across sentences ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "lang, text, want",
    [
        # the sentence before reports speech; this one's subject is no speaker
        ("fr", "Le comité Nobel explique que la théorie permet de comprendre les contrats. La théorie se donne pour "
               "objectif de mettre au point de meilleurs contrats afin « d'élaborer de meilleures institutions dans "
               "la société ».",
         "Le comité Nobel"),
        # the subject of the fragment's own sentence, a name
        ("fr", "Jean-Luc Laurent ( PS ), a lui cherché en vain à rétablir la validité, s’opposant à « une disparition "
               "progressive du chèque ».", "Jean-Luc Laurent"),
        # a common noun phrase speaks when its head names people or a body
        ("fr", "Les députés veulent également limiter « le risque d’impayés pour les commerçants ».", "Les députés"),
        ("en", "Yesterday, the ministers agreed to limit what they called the fund's \"reckless exposure to risk\".",
         "the ministers"),
    ],
)
def test_mixed_fragment_speaker_from_its_sentences(lang, text, want):
    (q,) = marked(text, lang)
    assert q["type"] == "mixed"
    assert speaker(q) == want or (q["speaker"].get("mention") and speaker(q) == want)


def test_common_noun_that_names_no_speaker_gives_none():
    text = "La demande de nomination est intervenue afin de « déterminer un référent légal » pour le patient."
    (q,) = marked(text, "fr")
    assert q["speaker"] is None


def test_direct_quote_after_a_message_from_someone():
    text = ('The station broadcast a message from an Islamist leader, Aden Hashi Ayro, calling for attacks. '
            '"It is time for the youth to fight the occupation."')  # fmt: skip
    (q,) = marked(text, "en")
    assert q["type"] == "direct" and speaker(q) == "Aden Hashi Ayro"


# -- spokespersons and documents ----------------------------------------------------------------------------
@pytest.mark.parametrize(
    "lang, text, want",
    [
        ("fr", "Le Rwanda a rapidement répondu par la voix du lieutenant-colonel René Ngendahimana, porte-parole de "
               "l'armée : « Le Rwanda n’a aucun intérêt à cela. »", "lieutenant-colonel René Ngendahimana"),
        ("en", 'The ministry said through a spokesman, John Smith: "We have no comment."', "John Smith"),
        ("en", '"The arrest shows the determination of the police," read a statement from Interior Minister '
               "Michèle Alliot-Marie's office.", "Interior Minister Michèle Alliot-Marie's office"),
        ("en", 'Politico quoted Tim Manning, formerly a deputy administrator at FEMA, as saying "FEMA has an '
               'important role."', "Tim Manning"),
    ],
)
def test_spokesperson_and_document_author_speak(lang, text, want):
    (q,) = marked(text, lang)
    assert speaker(q) == want


# -- appositions and participles ----------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, want",
    [
        ('Mike Hentosz, a witness who was inside the gym, said, "I feel like it is a dream."', "Mike Hentosz"),
        ('PVI hit back at the claims, saying that the weapons were "standard issue for antipiracy operations."',
         "PVI"),
        ('Regional director for the Salvation Army Major Carol Bailey paid tribute to Gilson, saying, "She was a '
         'deeply spiritual woman."', "Regional director for the Salvation Army Major Carol Bailey"),
        ('"We are tired of this war," Department of Homeland Security spokeswoman Sara Kuban said.',
         "Department of Homeland Security spokeswoman Sara Kuban"),
        ('The trio appeared in court charged with "facilitating the bringing of a group," according to police.',
         "police"),
    ],
)
def test_subject_spans(text, want):
    (q,) = marked(text, "en")
    assert speaker(q) == want


def test_adjectival_participle_is_no_cue():
    text = 'David Toska, the alleged mastermind of the "NOKAS robbery", was rumoured to know the place.'
    (q,) = marked(text, "en")
    assert q["type"] == "scare" and q["speaker"] is None


# -- types ---------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "lang, text",
    [
        ("fr", "Microsoft a indiqué avoir publié une mise à jour contre la faille de sécurité « EternalBlue » de la "
               "NSA."),
        ("fr", "Le Jamaïcain a confirmé son statut d'« homme le plus rapide du monde »."),
        ("fr", "Les candidats ont réfléchi aux croyances ( « Pouvons-nous toujours justifier nos croyances ? » )."),
        ("fr", "Il a voté contre la loi dite « Sapin 2 » relative à la transparence."),
        ("en", 'Users outside China get a "server connection has been reset" error message.'),
        ("en", 'The articles, titled "It is so hip to be black", were published in 2009.'),
        ("en", 'Time reported some were using the slogan "Make the World Greta Again".'),
    ],
)
def test_scare_by_naming_context(lang, text):
    (q,) = marked(text, lang)
    assert q["type"] == "scare"
    assert q["speaker"] is None


def test_modifier_inside_reported_speech_stays_mixed():
    text = 'La Riva described the military as a "horrible" use of the working class.'
    (q,) = marked(text, "en")
    assert q["type"] == "mixed" and speaker(q) == "La Riva"


@pytest.mark.parametrize(
    "lang, text, typ",
    [
        ("fr", "L'Union européenne a condamné « l'attentat commis contre Willy Nyamitwe » hier.", "mixed"),
        ("en", 'Jamaican Prime Minister Bruce Golding has promised "strong and decisive" action.', "mixed"),
        ("en", 'Grant O\'Fee, contingent commander, said "attempts will be made to establish good relations."',
         "direct"),
        ("en", 'He said Zelensky is "a model of honesty for me"; however, "to remove any doubts, I wrote a '
               'resignation offer", he added.', "direct"),
    ],
)
def test_object_of_cue_and_connector_clause(lang, text, typ):
    q = marked(text, lang)[-1]
    assert q["type"] == typ


def test_list_of_quotes_shares_the_attribution():
    text = ('President Deby said in a statement on Friday: "Chadian forces killed two leaders", "We lost several '
            'soldiers in the mountains".')  # fmt: skip
    qs = marked(text, "en")
    assert [q["type"] for q in qs] == ["direct", "direct"]
    assert [speaker(q) for q in qs] == ["President Deby", "President Deby"]


# -- pronouns and titles ------------------------------------------------------------------------------------
def test_pronoun_resolves_to_person_named_as_subject_before():
    text = ("Oleksiy Honcharuk filed his resignation on Wednesday. He said it was \"a model of honesty for me\". "
            "Zelensky declined it.")  # fmt: skip
    (q,) = marked(text, "en")
    assert speaker(q) == "Oleksiy Honcharuk"
    assert q["speaker"]["mention"]["text"] == "He"


@pytest.mark.parametrize("lang, text, want", [
    ("en", 'Premier Doug Ford announced the plan on Monday. "We will get it done," he said. He added that the '
           'province would pay.', ["Premier Doug Ford", "Premier Doug Ford"]),
    ("en", 'Paul Ryan met the caucus. Donald Trump spoke from the Oval Office. He said that he was "disappointed". '
           'He also said that the Democrats would have to negotiate.', ["Donald Trump"] * 3),
    ("fr", "Charles-Antoine Casanova était déjà connu. En 2012, il avait affirmé qu'il n'appliquerait pas la loi. "
           "En août, il avait exhorté son homologue à « exclure tous les Maghrébins ».",
     ["Charles-Antoine Casanova"] * 2),
])  # fmt: skip
def test_pronoun_chain_keeps_the_person_of_the_first_pronoun(lang, text, want):
    """A pronoun resolved to a person makes that person the one later pronouns speak of, until another is named
    (`Ford announced … "…," he said. He added that …`: the second `He` is Ford too)."""
    qs = run(text, lang)
    assert [speaker(q) for q in qs] == want
    assert all(q["speaker"]["mention"]["text"].lower() in ("he", "il") for q in qs)


@pytest.mark.parametrize("lang, text, want", [
    ("en", "Police arrested two men on Monday. They said the men were armed.", "Police"),
    ("en", "The researchers published the study on Monday. They said that the flies had trouble landing.",
     "The researchers"),
    ("fr", "Les syndicats ont annoncé une grève lundi. Ils ont déclaré que la réforme était injuste.", "Les syndicats"),
    ("en", "Results of the study were published on Monday. They said that the flies had trouble landing.", "They"),
    ("en", "Wikinews got in touch with Hyza. They said that they have checked the trackers.", "They"),
])  # fmt: skip
def test_plural_pronoun_resolves_to_the_people_subject_of_the_sentence_before(lang, text, want):
    (q,) = run(text, lang)
    assert speaker(q) == want


def test_title_resolves_to_the_named_speaker_bearing_it():
    text = ('"We will act," said Interior Minister Michèle Alliot-Marie on Monday. Later the minister added: '
            '"Nobody is above the law."')  # fmt: skip
    qs = marked(text, "en")
    assert speaker(qs[-1]) == "Interior Minister Michèle Alliot-Marie"
    assert qs[-1]["speaker"]["mention"]["text"] == "the minister"


def test_a_title_after_a_source_preposition_is_no_apposition():
    """Twenty-fifth pass: in `Selon ce médecin, France Télécom n'aurait …` the title names the source, so a later `le
    médecin` is no title of France Télécom (it resolved to it)."""
    text = ("« Au départ j'ai cru à une blague », raconte Jean Spadaro. Selon ce médecin, France Télécom n'aurait "
            "jamais pris le soin de lui expliquer que le forfait ne concernait que le temps passé. « Je suis client "
            "depuis 17 ans », raconte le médecin.")  # fmt: skip
    assert speaker(run(text, "fr")[-1]) == "le médecin"


def test_a_titled_noun_phrase_bears_the_title_itself():
    """Twenty-fifth pass: a noun phrase antecedent must hold the title (`The Supreme Court of Argentina` … `the
    court`), not have it in the words around it (`Un témoin a indiqué que la police …` was `la police`'s)."""
    text = ("Un témoin a indiqué que la police arrêtait de nombreuses personnes. Des coups de feu auraient été "
            "entendus mais la police a indiqué qu'aucun coup de feu n'avait été tiré.")
    assert [speaker(q) for q in run(text, "fr")] == ["Un témoin", "la police"]
    text = ('The Supreme Court of Argentina said that the laws were void. "Crimes against humanity are not '
            'subject to amnesty," the court said.')  # fmt: skip
    assert speaker(run(text, "en")[-1]) == "The Supreme Court of Argentina"


def test_a_gendered_pronoun_after_a_bodys_name_points_at_the_last_person():
    """Twenty-fifth pass: `Orange estime … « … », a-t-il conclu`: `il` after a lone name that is no person's (no
    first name, no full name ending with it, no title) points at the last named man (it was Orange)."""
    text = ("« C'est une offre 24/24 mais pas illimitée », a répondu Jean-Paul Cottet. Orange estime le dossier "
            "comme « définitivement régularisé ». « On va corriger ça », a-t-il conclu.")  # fmt: skip
    assert [speaker(q) for q in marked(text, "fr")] == ["Jean-Paul Cottet", "Orange", "Jean-Paul Cottet"]
    # a surname named in full earlier is a person's: the pronoun stays with it
    text = ("« Nous verrons », a répondu Jean-Paul Cottet. Hier Pierre Miguet a parlé. Miguet estime le dossier "
            "comme « définitivement régularisé ». « On va corriger ça », a-t-il conclu.")  # fmt: skip
    assert speaker(marked(text, "fr")[-1]) == "Miguet"


def test_offsets_with_astral_characters():
    text = "😀🚀 Les députés 🎉 veulent également limiter « le risque d’impayés pour les commerçants 💥 » 😀."
    (q,) = marked(text, "fr")
    assert text[q["speaker"]["start"] : q["speaker"]["end"]] == speaker(q) == "Les députés"
    assert text[q["start"]] == "«" and text[q["end"] - 1] == "»"


# -- indirect speech at a sentence edge ---------------------------------------------------------------------
@pytest.mark.parametrize(
    "lang, text, want",
    [
        ("fr", "Selon l'Agence France-Presse, dix personnes ont été tuées dans l'explosion.",
         [("dix personnes ont été tuées dans l'explosion", "l'Agence France-Presse")]),
        ("fr", "Au moins cinq hôpitaux ont été bombardés dans le nord du pays, a affirmé l'ONU lundi.",
         [("Au moins cinq hôpitaux ont été bombardés dans le nord du pays", "l'ONU")]),
        ("fr", "Ce chiffre est le record du nombre de manifestants selon le ministère de l'Intérieur.",
         [("Ce chiffre est le record du nombre de manifestants", "le ministère de l'Intérieur")]),
        ("en", "According to Amnesty International, Iran has executed 42 juvenile offenders since 1990.",
         [("Iran has executed 42 juvenile offenders since 1990", "Amnesty International")]),
        ("en", "At least two board members participated in the meeting, according to The New York Times.",
         [("At least two board members participated in the meeting", "The New York Times")]),
        ("en", "The attack was a deliberate act of sabotage, police said on Monday.",
         [("The attack was a deliberate act of sabotage", "police")]),
        ("en", "Pervez Musharraf has invoked emergency rule in Pakistan according to state television.",
         [("Pervez Musharraf has invoked emergency rule in Pakistan", "state television")]),
    ],
)
def test_indirect_at_sentence_edge(lang, text, want):
    assert indirect(text, lang) == want


@pytest.mark.parametrize(
    "lang, text",
    [
        ("fr", "Depuis 10 ans, les rumeurs ne cessaient d'annoncer à tort sa mort."),
        ("fr", "Plusieurs fournisseurs d'énergie irlandais dont SSE Airtricity, ont annoncé l'augmentation de la "
               "facture."),
        ("en", "According to Professor Sergey Dydykin, who is co-chairman of the commission, the event went well."),
        ("en", "Northern Arapaho Tribe welcomes buffalo herd in Wyoming, United States."),
        ("en", "John Hutchinson questioned the findings, saying the animal might have dealt with the vibrations by "
               "holding its forelimbs tight."),
    ],
)
def test_no_false_indirect_at_sentence_edge(lang, text):
    assert [c for c, _ in indirect(text, lang) if c.split()[0] in text.split(",")[0].split()[:1]] == []


def test_indirect_after_coordinated_cue():
    text = ('The proclamation said "the outbreak constitutes a national emergency" and said the national emergency '
            "began on March 1.")  # fmt: skip
    assert ("the national emergency began on March 1", "The proclamation") in indirect(text, "en")


# -- word lists and robustness ------------------------------------------------------------------------------
def test_speaker_nouns():
    assert is_speaker_noun("députés", "fr") and is_speaker_noun("Police", "en")
    assert is_speaker_noun("spokesmen", "en")
    assert not is_speaker_noun("demande", "fr") and not is_speaker_noun("relationship", "en")


def test_is_name_like_reads_only_a_window():
    text = "x" * 10_000 + ' the so-called "term" ' + "y" * 10_000
    s = text.index('"')
    assert is_name_like(text, s, s + 6, (s + 1, s + 5), "en")


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(list(' ,.;:«»"“”selonSaid according to X, que,\n😀')), max_size=400))
def test_random_text_no_error_and_spans_in_bounds(text):
    for q in attribute(text, find_quotes(text), None):
        assert 0 <= q["start"] <= q["end"] <= len(text)
        if q["speaker"]:
            sp = q["speaker"]
            assert text[sp["start"] : sp["end"]] == sp["text"]


@pytest.mark.parametrize("unit", [", ", "selon X, ", "according to police, ", ", said Smith. ", "Il. ", ": "])
def test_long_runs_stay_linear(unit):
    small, big = unit * 5_000, unit * 20_000
    attribute(unit * 50, find_quotes(unit * 50), "fr")  # warm-up: lazy lexicons and patterns out of the timing
    t0 = time.process_time()
    attribute(small, find_quotes(small), "fr")
    t1 = time.process_time()
    attribute(big, find_quotes(big), "fr")
    t2 = time.process_time()
    assert t2 - t1 < max(0.5, 8 * (t1 - t0)), (t1 - t0, t2 - t1)


# -- French batch ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, want",
    [
        ("Wales a dévoilé un projet. « Les informations ne fonctionnent plus » , peut-on lire sur le site.",
         "le site"),
        ("Filoche a assigné le parti. Pour le plaignant, « l'organisation des primaires semble relever de décisions "
         "arbitraires ».", "le plaignant"),
        ("Or l'universitaire belge considère que la question ethnique est moins centrale :\n\n« Manifestement, la "
         "ligne de partage n’est pas ethnique. »", "l'universitaire belge"),
    ],
)
def test_french_attributions(text, want):
    q = marked(text, "fr")[-1]
    assert q["type"] == "direct" and speaker(q) == want


@pytest.mark.parametrize(
    "text",
    [
        "Trois candidats ont rejoint la « Belle alliance populaire », groupement de partis.",
        "Elle publia plusieurs livres dont « Voyage en enfer. Journal de Tchétchénie » et « La Russie selon Poutine. »",
        "Selon la BBC, les chansons « Stand by Me », « Spanish Harlem » et « There Goes My Baby » sont célèbres.",
    ],
)
def test_french_titles_are_scare(text):
    assert {q["type"] for q in marked(text, "fr")} == {"scare"}


def test_evaluation_with_capital_stays_mixed():
    text = "François Hollande qualifie cet acte de « Choc » face à un attentat d'une exceptionnelle gravité."
    (q,) = marked(text, "fr")
    assert q["type"] == "mixed" and speaker(q) == "François Hollande"


def test_indirect_selon_long_source_and_inverted_indefinite_speaker():
    text = ("Selon les éléments donnés par son journal, elle préparait un papier sur la torture. Aristide se rendait "
            "alors à une convocation judiciaire en tant que témoin, a précisé un de ses avocats.")
    assert indirect(text, "fr") == [
        ("elle préparait un papier sur la torture", "les éléments donnés par son journal"),
        ("Aristide se rendait alors à une convocation judiciaire en tant que témoin", "un de ses avocats"),
    ]


def test_channel_of_edge_indirect_is_read_outside_its_content():
    text = "The activists answered on Twitter with the hashtag #StopToxicTwitter, the agency said."
    (q,) = [q for q in run(text, "en") if q["type"] == "indirect"]
    assert q["speaker"]["text"] == "the agency"
    assert q["channel"] != "tweet"

