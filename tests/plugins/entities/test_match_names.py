"""Names the matcher reads (match.py): a capitalised month name inside a sentence, away from numbers, is a
name of its own (``Matcher._month_homonym``: ``la planète Mars``; date lines keep it a month); hyphenated
place names with lower-case links are one name (``Neuville-sur-Saône``, ``Îles-de-la-Madeleine``); a short
name in capitals is an acronym, not the town of that name (``ITU`` is not Itu)."""

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


def test_the_planet(ents) -> None:
    assert ("Mars", "LOC") in ents("Le robot roule sur Mars depuis douze ans.")
    assert ("Mars", "LOC") in ents("Un vol habité vers la planète Mars , puis Vénus.")
    text = "😀👨‍👩‍👧 𝄞 La vie sur Mars ?"
    found = [e for e in ents(text) if e[0] == "Mars"]
    assert found == [("Mars", "LOC")]


@pytest.mark.parametrize("text", [
    "Mars 2016 : la NASA publie ses images.",      # sentence start
    "Il viendra le 1er Mars à Paris.",             # a date, capitalised
    "La réunion du 12 Mars a été annulée.",
    "Le rapport de Mars 2016 est sorti.",          # a year after it
    "Le mois de mars a été pluvieux.",             # lower case
])
def test_months_stay_months(ents, text: str) -> None:
    assert not any(s.lower() == "mars" for s, _t in ents(text))


@pytest.mark.parametrize("name", ["Neuville-sur-Saône", "Îles-de-la-Madeleine", "Aix-en-Diois", "Dol-de-Bretagne",
                                  "Sanssac-l’Église", "Oradour-sur-Glane"])
def test_hyphenated_place_names(ents, name: str) -> None:
    text = f"😀 𝄞 Un accident a eu lieu près de la commune de {name}, dans la nuit."
    assert (name, "LOC") in ents(text)


def test_hyphens_that_join_no_name(ents) -> None:
    found = [s for s, _t in ents("Le match Nantes-sur le terrain. Paris-en-ligne est un site. Lyon-de-")]
    assert not any("-sur" in s or s.endswith("-de-") for s in found)


def test_short_capitals_are_no_towns(ents) -> None:
    found = dict(ents("😀 La Fédération internationale de triathlon (ITU) et le TAK ont parlé à l'ONU."))
    assert found.get("ITU") == "ORG" and found.get("TAK") == "ORG" and found.get("ONU") == "ORG"
    # the town written as a name stays a place, and so do short capitals of a big place
    found = dict(ents("Il vit à Itu, au Brésil, puis à ROME et au Royaume-Uni (UK)."))
    assert found.get("Itu") == "LOC" and found.get("ROME") == "LOC" and found.get("Royaume-Uni") == "LOC"


def test_usa_is_the_united_states(pipe) -> None:
    # before, "USA" was a short alias of Yokkaichi; the curated file gives it to Q30
    text = "😀 Il vit aux USA depuis 2010."
    usa = [e for e in pipe.process(text)["layers"]["entity"] if text[e["start"]:e["end"]] == "USA"]
    assert [(e["type"], e["qid"]) for e in usa] == [("LOC", "Q30")]


_PIECES = st.sampled_from(["Neuville", "-", "sur", "-sur-", "Saône", "de", "la", "-de-la-", "Îles", "Madeleine",
                           "l'", "l’", "Église", "Mars", "mars", "1er", "2016", "ITU", "Itu", "(", ")", "😀", "𝄞",
                           "\u0301", " ", ".", ",", "\n", "ß"])


@settings(max_examples=200, deadline=None)
@given(st.lists(_PIECES, max_size=40))
def test_spans_are_exact(assert_exact_spans, pieces) -> None:
    assert_exact_spans("".join(pieces))
    assert_exact_spans(" ".join(pieces))


def test_linear_time(pipe) -> None:
    unit = "sur Mars Mars 1 Mars. A-sur-de-la-B-en- "
    small, big = unit * 300, unit * 2400

    def seconds(text: str) -> float:
        return cpu_seconds(lambda: pipe.process(text), samples=2)

    assert seconds(big) < 24 * max(seconds(small), 1e-4)
