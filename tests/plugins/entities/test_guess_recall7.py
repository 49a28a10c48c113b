"""Seventh recall pass (plugins/entities/guess.py): a place noun right before an unknown name types it as a
place (``la commune El Mouradia``, ``le mont Thourda``, ``l'astéroïde Bénou``); ``église``, ``agence`` and
``association`` join ``université`` and ``comité`` as heads that belong to the name after them (``l'agence
Zorbex``); an unknown one-word name after a role and ``de`` is an organisation (``le directeur de Zorbex``); an untyped
name of two or three words followed by a verb people do is a person (``De Gendt remporte``).
Invented French sentences; offsets after emoji and astral characters; linear time."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from plugins.entities.guess import Guesser
from plugins.entities.match import Matcher


@pytest.fixture(scope="module")
def ents(pipe):
    def run(text: str) -> list[tuple[str, str]]:
        return [(text[e["start"]:e["end"]], e["type"]) for e in pipe.process(text)["layers"].get("entity", [])]

    return run


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


def test_a_name_opened_by_a_particle_then_a_person_verb_is_a_person(ents) -> None:
    found = ents("😀 Tour 2016 : De Zorbendt remporte la 12e étape. Puis Van Quorvaert a déclaré forfait.")
    assert ("De Zorbendt", "PER") in found and ("Van Quorvaert", "PER") in found
    # no verb of a person after it: the run stays untyped
    assert ("De Zorbendt", "PER") not in ents("Tour 2016 : De Zorbendt à Lyon.")


def test_offsets_after_emoji_are_code_points(pipe) -> None:
    text = "👩‍👩‍👧 𝄞 😀 près du parc Quvenar et selon l'agence Zorbexa."
    spans = {text[e["start"]:e["end"]]: e for e in pipe.process(text)["layers"]["entity"]}
    assert spans["Quvenar"]["start"] == text.index("Quvenar")
    assert spans["agence Zorbexa"]["start"] == text.index("agence Zorbexa")


_WORDS = st.sampled_from(["le", "parc", "mont", "lieu", "dit", "commune", "agence", "église", "association",
                          "Quvenar", "Zorbexa", "Sainte-Rita", "Thierry", "Zorbaz", "😀", "𝄞", "👩‍👩‍👧", ",", ".",
                          "\n", "é", "\u0301", "l'", "d'", "(", ")"])


@settings(max_examples=150, deadline=None)
@given(st.lists(_WORDS, max_size=40))
def test_spans_are_exact_with_astral_characters(assert_exact_spans, words) -> None:
    assert_exact_spans(" ".join(words))


def test_linear_time(default_kb, pass_seconds) -> None:
    """8 times the text takes about 8 times as long."""
    matcher = Matcher(default_kb)
    g = Guesser(default_kb, matcher)
    for unit in ("le parc Quvenar ", "au lieu dit Seyzar ", "l'agence Zorbexa ", "l'église Sainte-Rita ",
                 "le directeur de Zorbex "):
        small, big = unit * 300, unit * 2400
        ratio = pass_seconds(matcher, g, big) / max(pass_seconds(matcher, g, small), 1e-3)
        assert ratio < 24, (unit, ratio)
