"""Typing rules of the recall pass (plugins/entities/guess.py): a first name after a person's title is that
person, even when a town bears the name (``le pape François``, not the town of Le François); players in a
line-up (``Abalo (8/8)``, one name per line; a town's name alone on its line there, ``Borges``; a surname
with an initial, ``Karabatic L.``); one type per unknown name in a document, by majority; lists
whose items carry an article (``X ou le Parti radical``); demonyms before a person's name (``la Roumaine``,
``l'Américano-Britannique``); a place noun right before an unknown name types it as a place (``la commune El
Mouradia``, ``le mont Thourda``, ``l'astéroïde Bénou``; not after ``station`` or ``pays``, nor before a first
name); an untyped name of two or three words opened by a particle and followed by a verb people do is a person
(``De Gendt remporte``). Invented French sentences; offsets after emoji and astral characters (with the heads
of test_guess_org.py); linear time."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from framework.testing import cpu_seconds


@pytest.fixture(scope="module")
def ents(pipe):
    def run(text: str) -> list[tuple[str, str]]:
        return [(text[e["start"]:e["end"]], e["type"]) for e in pipe.process(text)["layers"].get("entity", [])]

    return run


def test_a_first_name_after_a_title_is_a_person(ents) -> None:
    assert ("François", "PER") in ents("Ce mardi, le pape François a accepté la démission.")
    assert ("Chelsea", "PER") in ents("Il est venu avec sa fille Chelsea, ainsi que Barack Obama.")
    text = "😀👨‍👩‍👧 𝄞 Visite du pape François à Cracovie."
    assert ("François", "PER") in ents(text) and ("Cracovie", "LOC") in ents(text)


def test_places_without_a_title_stay_places(ents) -> None:
    assert ("Chelsea", "LOC") in ents("Le match a eu lieu à Chelsea hier.")
    assert ("Paris", "LOC") in ents("Le président est arrivé à Paris.")
    # a title before a place that is no first name: the place stays
    assert ("Marseille", "LOC") in ents("Le maire Marseille, dit-on, a tort.")


LINEUP = ("Les buteurs :\nOmeyer (16 arrêts)\nMelić (3 buts sur 3 tirs)\nPerez (0/3)\nAccambray (4/7)\nGaber\n"
          "Costa\nAbalo (8/8)\n\nLe match a eu lieu à Montpellier (34).")


def test_players_in_a_line_up(ents) -> None:
    found = dict(ents("😀 𝄞 " + LINEUP))
    for name in ("Omeyer", "Melić", "Perez", "Accambray", "Gaber", "Costa", "Abalo"):
        assert found.get(name) == "PER", name
    assert found.get("Montpellier") == "LOC"  # a département number in parentheses is no player's figure


def test_a_town_alone_on_its_line_in_a_line_up_is_a_player(ents) -> None:
    # the read half of WiNER-fr 2016 (ninth pass): Borges and Annonay are players, Costa and Gaber beside them
    text = ("Montpellier\nAnnonay\nMelić (4 buts sur 5 tirs)\nMøllgaard (1/3)\nAbalo (2/4)\n\n"
            "Simonet (6 buts sur 9 tirs)\nGuigou (4/4)\nCosta\nBorges\nGaber\nKavtičnik (5/8 dont 2 pen )\n\n"
            "Le match a eu lieu à Annonay.")
    found = ents("😀 𝄞 " + text)
    for name in ("Annonay", "Costa", "Borges", "Gaber"):
        assert (name, "PER") in found, name
    assert ("Montpellier", "LOC") in found  # a well-known place heading the list stays a place
    assert found[-1] == ("Annonay", "LOC")  # and the town in a sentence after the list
    found = ents("Les villes :\nBorges\nAnnonay\nLyon (2 sites)")  # a list without figures
    assert ("Borges", "PER") not in found and ("Annonay", "PER") not in found


def test_an_initial_after_a_surname_in_a_line_up(ents) -> None:
    # the read half of WiNER-fr 2016 (ninth pass): the Karabatic brothers in a handball line-up
    found = dict(ents("😀 𝄞 Abalo (2/4) Karabatic L. (2/3) Hansen (9/17) Honrubia (1/2) Karabatic N. (2/2) Omeyer"))
    assert found.get("Karabatic L.") == "PER" and found.get("Karabatic N.") == "PER"
    assert "Karabatic" not in found and "Karabatic N" not in found
    found = dict(ents("Il a parlé à Dupont. A. Martin a répondu."))  # a sentence's end: no initial
    assert "Dupont." not in found and "Dupont. A." not in found


def test_no_line_up(ents) -> None:
    found = dict(ents("Il habite à Perez (Chili) depuis 2010.\nLyon\nParis (75)"))
    assert found.get("Perez") != "PER" and found.get("Paris") == "LOC" and found.get("Lyon") == "LOC"


def test_one_type_per_unknown_name_by_majority(ents) -> None:
    text = "😀 𝄞 La société Zorbex a annoncé hier. La société Zorbex est rachetée. Les habitants de Zorbex partent."
    assert [t for s, t in ents(text) if s == "Zorbex"] == ["ORG", "ORG", "ORG"]
    # a tie changes nothing: each mention keeps its own context's type
    text = "La société Zorbex a annoncé hier. Les habitants de Zorbex partent."
    assert [t for s, t in ents(text) if s == "Zorbex"] == ["ORG", "LOC"]


def test_lists_with_articles(ents) -> None:
    # "X ou le Y", "de X et de Y": an untyped name takes the type of its typed neighbour
    found = dict(ents("😀 Des partis, comme Zorbexa ou le Parti radical, ont quitté la coalition."))
    assert found.get("Zorbexa") == "ORG"
    found = dict(ents("Les journalistes de la BBC et la Quorvel ont enquêté."))
    assert found.get("Quorvel") == "ORG"
    # a sentence that goes on after "et" is no list
    found = dict(ents("Il a vu la BBC. Et Quorvel a dit non."))
    assert found.get("Quorvel") != "ORG"


def test_demonyms_before_a_name(ents) -> None:
    found = ents("Éliminée par la Roumaine Ana Popescu et l'Américano-Britannique Oliver Hart, puis le Hollandais "
                 "Korik Van Egdom 𝄞.")
    for name in ("Ana Popescu", "Oliver Hart", "Korik Van Egdom"):
        assert (name, "PER") in found, name
    # the compound adjective of a border stays no name
    assert not any(s.startswith("frontière") for s, _t in ents("la frontière canado-américaine est fermée"))


def test_venues_and_labs_are_organisations(ents) -> None:
    found = ents("Deux voitures ont explosé devant le Splendid Hotel, près du stade Vodafone Arena et de Zorbex Labs.")
    for name in ("Splendid Hotel", "Vodafone Arena", "Zorbex Labs"):
        assert (name, "ORG") in found, name
    assert ("Hotel", "ORG") not in ents("Hotel California est une chanson.")


def test_a_ministry_is_no_town(ents) -> None:
    assert ("Santé", "ORG") in ents("😀 Le ministre colombien de la Santé a parlé.")  # not the town of Xanten
    assert ("Canada", "LOC") in ents("Le Premier ministre du Canada a parlé.")


def test_a_name_ending_in_plus(ents) -> None:
    found = ents("😀 Il a travaillé sur RMC, Canal+, RTL. La direction du groupe Canal + a dit non.")
    assert ("Canal+", "ORG") in found and ("Canal +", "ORG") in found
    found = [s for s, _t in ents("Le billet Paris + Lyon coûte cher. Il code en C++ et en Zorbex+2.")]
    assert not any(s.endswith("+") for s in found)


def test_a_place_then_the_larger_place_in_parentheses(ents) -> None:
    found = dict(ents("😀 L'étape relie Zuyuni ( Bolivie ) à Zalta. Les communes Guarguzé (2B) et Zorbay "
                      "(Savoie) votent."))
    assert found.get("Zuyuni") == "LOC" and found.get("Guarguzé") == "LOC" and found.get("Zorbay") == "LOC"
    # a parenthesis that is no place types nothing
    found = dict(ents("Selon Zorbex (porte-parole) et Quorvel (123), rien."))
    assert found.get("Zorbex") != "LOC" and found.get("Quorvel") != "LOC"


def test_linear_time(pipe) -> None:
    unit = ("le pape François, sa fille Chelsea à Chelsea.\nAbalo (8/8)\nGaber\n( (1/ \n"
            "la société Zorbex de Zorbex et de la X ou le Canal+ Canal + a C++ Zuyuni ( Bolivie ) (2B) ")
    small, big = unit * 150, unit * 1200

    def seconds(text: str) -> float:
        return cpu_seconds(lambda: pipe.process(text), samples=2)

    assert seconds(big) < 24 * max(seconds(small), 1e-4)


def test_a_place_noun_before_an_unknown_name(ents) -> None:
    found = dict(ents("😀 Une place de la commune Zarmouradia porte son nom. Le bus passe près du parc Quvenar, "
                      "sous le mont Zorthouda, au lieu dit Seyzar, puis vers l'astéroïde Benouvra."))
    for name in ("Zarmouradia", "Quvenar", "Zorthouda", "Seyzar", "Benouvra"):
        assert found.get(name) == "LOC", name


def test_a_place_noun_before_a_person_or_a_station_types_no_place(ents) -> None:
    # a first name opens a person's name even after a place noun; "station" and "pays" are not in the list
    found = dict(ents("Le parc Thierry Zorbaz a ouvert. La station Zorkovia tourne. Le pays Zarbeque vote."))
    assert found.get("Thierry Zorbaz") == "PER"
    assert found.get("Zorkovia") != "LOC" and found.get("Zarbeque") != "LOC"
    # the noun must stand right before the name: an adjective between leaves the run to the other rules
    found = dict(ents("Le 3 mai, près du parc national Quvenar Zorbaz, rien."))
    assert found.get("Quvenar Zorbaz") != "LOC"


def test_a_name_opened_by_a_particle_then_a_person_verb_is_a_person(ents) -> None:
    found = ents("😀 Tour 2016 : De Zorbendt remporte la 12e étape. Puis Van Quorvaert a déclaré forfait.")
    assert ("De Zorbendt", "PER") in found and ("Van Quorvaert", "PER") in found
    # no verb of a person after it: the run stays untyped
    assert ("De Zorbendt", "PER") not in ents("Tour 2016 : De Zorbendt à Lyon.")


def test_place_noun_and_head_offsets_after_emoji(pipe) -> None:
    text = "👩‍👩‍👧 𝄞 😀 près du parc Quvenar et selon l'agence Zorbexa."
    spans = {text[e["start"]:e["end"]]: e for e in pipe.process(text)["layers"]["entity"]}
    assert spans["Quvenar"]["start"] == text.index("Quvenar")
    assert spans["agence Zorbexa"]["start"] == text.index("agence Zorbexa")


_PLACE_NOUN_WORDS = st.sampled_from(["le", "parc", "mont", "lieu", "dit", "commune", "agence", "église",
                                     "association", "Quvenar", "Zorbexa", "Sainte-Rita", "Thierry", "Zorbaz", "😀",
                                     "𝄞", "👩‍👩‍👧", ",", ".", "\n", "é", "\u0301", "l'", "d'", "(", ")"])


@settings(max_examples=150, deadline=None)
@given(st.lists(_PLACE_NOUN_WORDS, max_size=40))
def test_place_noun_spans_are_exact(assert_exact_spans, words) -> None:
    assert_exact_spans(" ".join(words))


def test_place_nouns_heads_and_roles_in_linear_time(assert_pass_linear) -> None:
    assert_pass_linear(("le parc Quvenar ", "au lieu dit Seyzar ", "l'agence Zorbexa ", "l'église Sainte-Rita ",
                        "le directeur de Zorbex "))
