"""People and institutions the gazetteers would read as towns: a person's name that a small town bears
(``Jackson said``), a surname after the full name (``Michael Jackson`` … ``Jackson``), and GeoNames alternate
names that are another entity's name (``White House`` is an alternate name of Casablanca)."""

from __future__ import annotations

from pathlib import Path

import pytest

from framework import Pipeline
from plugins.entities.kb import KB


@pytest.fixture(scope="module")
def pipeline(default_kb_path: Path) -> Pipeline:
    return Pipeline.from_config(plugins=("language", "entities"),
                                settings={"entities": {"kb": str(default_kb_path)}})


def entities(pipeline: Pipeline, text: str) -> dict[str, dict]:
    """Surface -> the last entity span with that surface."""
    record = pipeline.process({"id": "t", "text": text})
    return {text[e["start"]:e["end"]]: e for e in record["layers"].get("entity", [])}


def test_the_white_house_is_the_presidency_not_casablanca(pipeline: Pipeline) -> None:
    found = entities(pipeline, "The White House said on Monday that the plan would go ahead.")
    assert found["White House"]["kb_id"] == "textplug:maison-blanche"
    assert found["White House"]["type"] == "ORG"
    assert found["White House"]["name"] == "White House"  # the English label in an English text


def test_la_maison_blanche_is_the_presidency_without_its_article(pipeline: Pipeline) -> None:
    found = entities(pipeline, "La Maison Blanche a refusé de commenter la décision du juge fédéral.")
    assert "La Maison Blanche" not in found
    assert found["Maison Blanche"]["kb_id"] == "textplug:maison-blanche"


def test_the_label_follows_the_text_language(pipeline: Pipeline) -> None:
    en = entities(pipeline, "The minister flew to London and then to Germany for the talks.")
    fr = entities(pipeline, "Le ministre s'est rendu à Londres puis en Allemagne pour les négociations.")
    assert (en["London"]["kb_id"], en["London"]["name"]) == ("Q84", "London")
    assert (fr["Londres"]["kb_id"], fr["Londres"]["name"]) == ("Q84", "Londres")
    assert en["Germany"]["name"] == "Germany" and fr["Allemagne"]["name"] == "Allemagne"


@pytest.mark.parametrize("text, name", [
    ("Jackson said the plan would go ahead, according to the statement.", "Jackson"),  # Jackson, Mississippi
    ("Bush said the plan would go ahead, according to the statement.", "Bush"),  # Būsh, Egypt
    ("Nancy a déclaré qu'elle quittait le conseil municipal.", "Nancy"),  # Nancy, Meurthe-et-Moselle
])
def test_a_small_town_name_before_a_verb_of_speech_is_a_person(pipeline: Pipeline, text: str, name: str) -> None:
    found = entities(pipeline, text)
    assert found[name]["type"] == "PER" and found[name]["kb_id"] is None


@pytest.mark.parametrize("text, name", [
    ("Ottawa says the plan will go ahead next year.", "Ottawa"),  # a big city speaks for its government
    ("Officials in Jackson, Mississippi, said the water was safe.", "Jackson"),  # no verb right after it
    ("Lens a gagné contre Metz samedi soir.", "Lens"),  # a sports verb: the club's town, not a person
])
def test_places_keep_their_reading(pipeline: Pipeline, text: str, name: str) -> None:
    found = entities(pipeline, text)
    assert found[name]["type"] == "LOC" and found[name]["kb_id"] is not None


def test_a_surname_after_the_full_name_joins_the_person_not_the_town(pipeline: Pipeline) -> None:
    found = entities(pipeline, "Michael Jackson died in Los Angeles in 2009. Jackson was 50.")
    assert found["Jackson"]["type"] == "PER"
    assert found["Jackson"]["cluster"] == found["Michael Jackson"]["cluster"]


def test_a_mid_sized_town_inside_a_mistyped_name_stays_a_town(pipeline: Pipeline) -> None:
    """``Lille`` after ``Université de Lille`` or ``Ironman Lille`` (no first name before it) is the city."""
    text = ("Les chercheurs de l'Université de Lille et de l'Ironman Lille ont présenté leurs travaux. "
            "La ville de Lille les soutient.")
    found = entities(pipeline, text)
    assert found["Lille"]["type"] == "LOC" and found["Lille"]["kb_id"] is not None


def test_city_alternate_names_held_by_a_curated_entity_are_left_out(default_kb: KB) -> None:
    casablanca, dar_el_beida, topeka, hamm = "geonames:2553604", "geonames:2500889", "geonames:4280539", \
        "geonames:2911240"
    for alias, entity, town in (("White House", "textplug:maison-blanche", casablanca),
                                ("Maison Blanche", "textplug:maison-blanche", dar_el_beida),
                                ("Google", "Q95", topeka), ("Hamas", "textplug:hamas", hamm)):
        ids = {e.id for e, _fl in default_kb.lookup(alias)}
        assert entity in ids and town not in ids, alias
    assert dar_el_beida not in {e.id for e, _fl in default_kb.lookup("La Maison Blanche")}
    assert default_kb.get(casablanca) is not None and default_kb.get(topeka) is not None  # the cities stay
    # a curated city keeps its own alternate names (Paris is Q90 in the curated file and in GeoNames)
    assert "Q90" in {e.id for e, _fl in default_kb.lookup("Parîs")}


def test_curated_descriptions_are_read_in_english_texts_too(pipeline: Pipeline) -> None:
    """The context words of a curated entity's description count in an English text (``news agency``): the
    Xinhua agency, not the Chinese town of Xinhua, when the article says so."""
    found = entities(pipeline, "A fire broke out in a coal mine near the city of Datong in Shanxi province, the "
                               "Xinhua news agency reports. Six miners were rescued.")
    assert found["Xinhua"]["kb_id"] == "textplug:xinhua" and found["Xinhua"]["type"] == "ORG"
