"""Organisation rules of the recall pass (plugins/entities/guess.py): acronyms in parentheses and their other
mentions, organisation nouns with an adjective between, sports clubs, title-cased media names, longer
organisation runs, pools that are no organisations; lower-case heads that belong to the name after them
(``université Harvard``, ``comité Nobel``, ``l'église Sainte-Zorbine``, ``l'agence Zorbexa``,
``l'association Quorvel``); an unknown one-word name after a role and ``de`` is the body (``le directeur de
Zorbex``); English organisation words end an organisation's name (``Tsunami Warning Center``;
``lexicon.ORG_LAST``), or come right before a place that ends it (``SOS Media Burundi``); offsets with astral
characters; linear time."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st


@pytest.fixture(scope="module")
def ents(pipe):
    def run(text: str) -> list[tuple[str, str]]:
        return [(text[e["start"]:e["end"]], e["type"]) for e in pipe.process(text)["layers"].get("entity", [])]

    return run


def test_an_organisation_word_then_a_place_ends_an_organisations_name(ents):
    # the read half of WiNER-fr 2016 (ninth pass): "sans le travail de SOS Media Burundi"
    found = ents("😀 𝄞 Les informations sans le travail de SOS Media Burundi. Zorbex Group Canada a dit.")
    assert ("SOS Media Burundi", "ORG") in found and ("Zorbex Group Canada", "ORG") in found
    assert ("Burundi", "LOC") in found  # the place stays a mention inside the name
    found = ents("Le chanteur Johnny Center France a chanté hier.")  # a person's title still says a person
    assert ("Johnny Center France", "PER") in found


def test_acronym_in_parentheses_is_an_organisation_and_so_are_its_other_mentions(ents):
    found = ents("Selon l'Institut royal météorologique de Belgique (IRM), il pleut.")
    assert ("IRM", "ORG") in found  # a common acronym (MRI) on its own, but here it abbreviates the name
    found = ents("Stéphane Gatignon, maire (UDE), a parlé. Le maire UDE a répondu.")
    assert found.count(("UDE", "ORG")) == 2
    assert ("Stéphane Gatignon", "PER") in found
    # codes and one-capital words in parentheses are not organisations
    found = ents("Il a couru le 100 m (U23) et a parlé (Paris).")
    assert ("U23", "ORG") not in found


def test_an_organisation_noun_before_an_adjective_and_a_name(ents):
    found = ents("Une enquête du quotidien allemand Bild et de la compagnie aérienne Flydubai.")
    assert ("Bild", "ORG") in found and ("Flydubai", "ORG") in found


def test_sports_clubs(ents):
    found = ents("Il a battu le HBC Nantes puis le Stade rennais, avant l'US Open.")
    assert ("HBC Nantes", "ORG") in found and ("Stade rennais", "ORG") in found
    assert ("US Open", "ORG") not in found


def test_media_after_selon_and_par(ents):
    found = ents("La nouvelle est relayée par Le Monde, selon La Gazette du Nord.")
    assert ("Le Monde", "ORG") in found
    # at the start of a sentence the article is just capitalised: no rule fires on it
    found = ents("Le Monde entier regarde.")
    assert ("Le Monde", "ORG") not in found


def test_longer_organisation_runs(ents):
    found = ents("Le ministre des Affaires étrangères a parlé à la Gendarmerie royale du Canada, puis à "
                 "l'Opération des Nations unies en Côte d'Ivoire.")
    assert ("Affaires étrangères", "ORG") in found
    assert ("Gendarmerie royale du Canada", "ORG") in found
    assert ("Opération des Nations unies en Côte d'Ivoire", "ORG") in found
    assert found.count(("Canada", "LOC")) == 1  # nested once, not once per rule


def test_a_run_inside_a_known_name_adds_nothing(ents):
    found = ents("Le Conseil de sécurité des Nations unies a voté.")
    assert [f for f in found if f[0].startswith("Conseil")] == [("Conseil de sécurité des Nations unies", "ORG")]


def test_pools_and_the_article_before_a_known_name(ents):
    assert ("Groupe B", "ORG") not in ents("Le Groupe B est difficile.")
    assert ("État islamique", "ORG") in ents("L'organisation État islamique a revendiqué l'attentat.")


_WORDS = st.sampled_from(["(", ")", "IRM", "FFTri", "Institut", "royal", "de", "Belgique", "quotidien", "allemand",
                          "Bild", "HBC", "Nantes", "Le", "Monde", "selon", "en", "Côte", "Nations", "unies", "😀",
                          "𝄞", ",", ".", "\n", "é", "\u0301", "Opération", "des"])


@settings(max_examples=150, deadline=None)
@given(st.lists(_WORDS, max_size=40))
def test_spans_are_exact_with_astral_characters(assert_exact_spans, words):
    assert_exact_spans(" ".join(words))


def test_offsets_after_emoji_are_code_points(ents, pipe):
    text = "😀👩‍👩‍👧 𝄞 Selon l'Institut royal météorologique de Belgique (IRM) et le HBC Nantes."
    for e in pipe.process(text)["layers"]["entity"]:
        if text[e["start"]:e["end"]] == "IRM":
            assert e["start"] == text.index("IRM") and e["type"] == "ORG"
            break
    else:
        raise AssertionError("IRM not found")


def test_linear_time_on_long_runs(assert_pass_linear):
    """Parentheses, acronyms, clubs, media, runs with ``en``."""
    assert_pass_linear(("Institut (IRM) ", "((((", "(AB) AB ", "HBC Nantes ", "selon Le Monde ",
                        "Opération en Côte en ", "quotidien allemand Bild "))


def test_runs_through_hyphenated_heads_and_coordinated_nouns(ents):
    found = ents("avec le Haut-Commissariat des Nations unies aux droits de l'homme alors, et la Direction des "
                 "examens et concours dans la capitale, et les Forces nationales de libération.")
    assert ("Haut-Commissariat des Nations unies aux droits de l'homme", "ORG") in found
    assert ("Direction des examens et concours", "ORG") in found
    assert ("Forces nationales de libération", "ORG") in found
    # "et" before a capitalised name ends the run: two names
    found = ents("le Conseil de l'Europe et la France")
    assert ("Conseil de l'Europe", "ORG") in found and ("France", "LOC") in found


def test_heads_before_a_name_without_de_and_ministries_after_an_adjective(ents):
    found = ents("Une étude de l'université Harvard, puis le comité Nobel et le ministre iranien des Transports.")
    assert ("université Harvard", "ORG") in found and ("comité Nobel", "ORG") in found
    assert ("Transports", "ORG") in found
    # a head that is the end of another word, or upper case, is not taken
    found = ents("La pré-université Harvard et l'Université Harvard.")
    assert ("pré-université Harvard", "ORG") not in found and ("université Harvard", "ORG") not in found


def test_church_agency_and_association_heads_belong_to_the_name(ents) -> None:
    found = ents("😀 L'église Sainte-Zorbine est fermée, selon l'agence Zorbexa. L'association Quorvel prévoit "
                 "une hausse.")
    assert ("église Sainte-Zorbine", "ORG") in found
    assert ("agence Zorbexa", "ORG") in found
    assert ("association Quorvel", "ORG") in found
    # an upper-case head is a capitalised run of its own, not a lower-case head
    assert not any(s.startswith("agence") for s, _t in ents("Une Agence Zorbexa et la pré-agence Quorvel."))


def test_an_unknown_name_after_a_role_and_de_is_the_body(ents) -> None:
    found = ents("😀 Le directeur de Zorbex a parlé. Les dirigeants de Quorvel partent. La trésorière d'Iteka "
                 "parle, et le porte-parole du Zarbon aussi.")
    for name in ("Zorbex", "Quorvel", "Iteka", "Zarbon"):
        assert (name, "ORG") in found, name
    # a known place stays a place; a family role is no organisation
    found = dict(ents("Le président de France Télévisions et le président de la France. Le frère de Zorbex rit."))
    assert found.get("France") == "LOC" and found.get("Zorbex") != "ORG"


def test_english_organisation_words_end_an_organisation_name(ents_in) -> None:
    text = ("😀 Hier, le Zorbex Warning Center a lancé une alerte. La Quorvel Exploration Society et le Zorbaz "
            "Department ont répondu.")
    found = {(s, t) for s, t, _k in ents_in(text)}
    for name in ("Zorbex Warning Center", "Quorvel Exploration Society", "Zorbaz Department"):
        assert (name, "ORG") in found, name
    assert ("Zorbex Warning", "ORG") not in found  # the word is the name's last, not a cut
