"""Mention detection and typing cues on French news phrasing (the cases found on WiNER-fr)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from framework import Pipeline


@pytest.fixture(scope="module")
def ents(default_kb_path):
    pipe = Pipeline.from_config(plugins=("entities",),  # the rules' own types: the learned typer off
                                settings={"entities": {"kb": str(default_kb_path), "typer": False}})

    def run(text: str) -> dict[str, dict]:
        return {text[e["start"]:e["end"]]: e for e in pipe.process(text)["layers"].get("entity", [])}

    return run


def test_unknown_name_opened_by_a_town_name(ents):
    """Sagan and Matthews are also towns in the gazetteer: inside a capitalised run they are names."""
    found = ents("Le coureur Peter Sagan a battu Michael Matthews. Sagan a gagné.")
    assert found["Peter Sagan"]["type"] == "PER" and found["Peter Sagan"]["kb_id"] is None
    assert found["Michael Matthews"]["type"] == "PER"
    assert found["Sagan"]["cluster"] == found["Peter Sagan"]["cluster"]


def test_demonyms_titles_and_conjunctions(ents):
    found = ents("L'Américaine Gwen Jorgensen devance la Sud-Africaine Flora Duffy. "
                 "Julian Alaphilippe et Alejandro Valverde suivent, dit M. Dupont.")
    assert {"Gwen Jorgensen", "Flora Duffy", "Julian Alaphilippe", "Alejandro Valverde", "Dupont"} <= set(found)
    assert all(found[k]["type"] == "PER" for k in ("Gwen Jorgensen", "Flora Duffy", "Dupont"))


def test_organisation_heads_and_articles(ents):
    found = ents("Selon la Commission européenne, lue dans Le Monde, le Parti socialiste et l'Union africaine "
                 "protestent ; l'État et le PIB ne sont pas des noms.")
    assert found["Commission européenne"]["type"] == "ORG"
    assert "Le Monde" in found and "Parti socialiste" in found and "Union africaine" in found
    # not the town of Union: unknown, or the curated African Union
    assert found["Union africaine"]["kb_id"] in (None, "textplug:union-africaine")
    assert "État" not in found and "PIB" not in found


def test_hyphenated_names_and_events(ents):
    found = ents("Ban Ki-moon a ouvert le Tour de France à Paris.")
    assert "Ban Ki-moon" in found
    assert found["Tour de France"]["type"] == "MISC" and "France" not in found
    assert found["Paris"]["kb_id"] == "Q90"


def test_ignored_regions_are_skipped(default_kb_path):
    from framework import Document
    from plugins.entities import Entities

    plugin = Entities()
    plugin.configure({"entities": {"kb": str(default_kb_path)}})
    record = {"id": "x", "text": "Elon Musk à Paris.", "meta": {}, "doc": {}, "errors": [],
              "layers": {"ignore": [{"start": 0, "end": 9, "reason": "test", "by": "test"}]}}
    plugin.link_entities(Document(record))
    assert [record["text"][e["start"]:e["end"]] for e in record["layers"]["entity"]] == ["Paris"]


def test_first_names_and_name_endings_join_their_person(ents):
    found = ents("Alistair Brownlee devance Thomas De Gendt. Plus tard, Alistair attaque et De Gendt cède.")
    assert found["Alistair"]["cluster"] == found["Alistair Brownlee"]["cluster"]
    assert found["De Gendt"]["cluster"] == found["Thomas De Gendt"]["cluster"]
    assert found["De Gendt"]["type"] == "PER"


def test_lower_case_head_with_a_nationality(ents):
    found = ents("L'armée syrienne avance dans le désert irakien ; la armée rouge n'est pas concernée.")
    assert found["armée syrienne"]["type"] == "ORG" and found["désert irakien"]["type"] == "LOC"
    assert "armée rouge" not in found


def test_arabic_article_belongs_to_the_name(ents):
    found = ents("Les combattants du Front al-Nosra et d'al-Nosra encore.")
    assert "al-Nosra" in found


@given(st.lists(st.sampled_from(["armee", "marine", "cote", "cotes", "desert", "syrienne", " ", "l'", "-", "x",
                                 "golfe", "é"]), max_size=30))
def test_lower_head_scan_equals_the_regex_scan(parts: list[str]):
    """Lower-case heads found from their occurrences: the same matches as the alternation's finditer."""
    from plugins.entities.match import _LOWER_HEAD_RE, _lower_head_matches

    text = "".join(parts)
    assert [m.span() for m in _lower_head_matches(text)] == [m.span() for m in _LOWER_HEAD_RE.finditer(text)]


@given(st.text(alphabet=st.sampled_from(list("ab É@#'’- .\n😀_1")), max_size=90), st.integers(0, 90))
def test_previous_words_read_backwards(text: str, q: int):
    """The reversed-text read of the two previous tokens equals tokenising the 60 characters before."""
    from plugins.entities.match import Matcher
    from plugins.entities.normalize import TOKEN_RE

    q = min(q, len(text))
    before = TOKEN_RE.findall(text, max(0, q - 60), q)
    expected = (before[-1] if before else ""), (before[-2] if len(before) > 1 else "")
    assert Matcher._prev_words(text, q, {}) == expected


@pytest.mark.parametrize("text, name", [
    ("Il a demandé l'annulation de sa destitution auprès de la Cour suprême hier.", "Cour suprême"),
    ("Elle a été suspendue de ses fonctions par le Parlement sud-coréen vendredi.", "Parlement sud-coréen"),
    ("Une enquête a été ouverte par l'Inspection générale hier.", "Inspection générale"),
])  # fmt: skip
def test_an_organisation_head_and_its_adjectives(ents, text, name):
    """Twenty-fourth pass: `suprême` ends like an adjective, a compound demonym (`sud-coréen`) follows a head,
    `Inspection` is a head (before: nothing, `Parlement` alone, `Inspection` MISC)."""
    found = ents(text)
    assert found[name]["type"] == "ORG"


def test_a_verb_in_ique_after_a_head_is_no_adjective(ents):
    """`La Commission indique que`: the verb is not part of a name `Commission indique` (it was)."""
    assert not any("indique" in name for name in ents("La Commission indique que le plan est prêt."))
