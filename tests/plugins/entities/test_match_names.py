"""Names the matcher reads (match.py): a capitalised month name inside a sentence, away from numbers, is a
name of its own (``Matcher._month_homonym``: ``la planète Mars``; date lines keep it a month); hyphenated
place names with lower-case links are one name (``Neuville-sur-Saône``, ``Îles-de-la-Madeleine``); a short
name in capitals is an acronym, not the town of that name (``ITU`` is not Itu); ``Col du Soulor``, ``col du
Tourmalet`` are one mountain pass, while ``Col.`` before a person's name is the colonel's title, outside it; a
capital ``M'`` or ``N'`` right before a capitalised word opens the name (``N'Golo Kanté``, ``M'Tima``)."""

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


def _spans(pipe, text: str) -> list[tuple[str, str, int, int]]:
    return [(text[e["start"]:e["end"]], e["type"], e["start"], e["end"])
            for e in pipe.process(text)["layers"].get("entity", [])]


@pytest.mark.parametrize(("text", "name"), [
    ("😀 Le parcours franchit notamment le Col du Soulor qui culmine à 1747 mètres.", "Col du Soulor"),
    ("Col du Soulor : la route est fermée jusqu'en mai.", "Col du Soulor"),
    ("Il a franchi le col du Tourmalet en tête, devant Julian Alaphilippe.", "col du Tourmalet"),
    ("L'étape passera par le Col de la Croix de Fer mardi.", "Col de la Croix de Fer"),
    ("L’ascension du Col d’Izoard est le point central de la course.", "Col d’Izoard"),
    ("Le premier descendait le col de l'Iseran, sur les hauteurs.", "col de l'Iseran"),
    ("Le peloton monte le Col de Vence puis le Col des Montets.", "Col de Vence"),
    ("The riders climbed the Col du Galibier on Thursday.", "Col du Galibier"),
])
def test_mountain_pass_is_one_place(pipe, text: str, name: str) -> None:
    """"Col" before du/de/d'/des/de la and a capitalised name opens a mountain pass's name: one LOC
    mention, "col" included (it was read as the colonel's title and the rest typed as a person)."""
    found = _spans(pipe, text)
    start = text.index(name)
    assert (name, "LOC", start, start + len(name)) in found
    assert not any(t == "PER" and s < start + len(name) and start < e for _n, t, s, e in found)


@pytest.mark.parametrize(("text", "name"), [
    ("Col. John Smith said the base was secure.", "John Smith"),
    ("Col John Smith led the unit into the valley.", "John Smith"),
    ("Lt. Col. David Wakefield expressed his deepest sympathy.", "David Wakefield"),
    ("Selon le Col. Dupont, la base est sûre.", "Dupont"),
    ("Le colonel Dupont a démissionné hier.", "Dupont"),
])
def test_colonel_stays_a_title(pipe, text: str, name: str) -> None:
    """The colonel's "Col." (or "Col" before a name, "colonel") is a title: the person without it."""
    found = _spans(pipe, text)
    start = text.index(name)
    assert (name, "PER", start, start + len(name)) in found
    assert not any(n.lower().startswith("col") for n, _t, _s, _e in found)


def test_collars_and_italian_col_are_no_passes(pipe) -> None:
    assert _spans(pipe, "Il refuse de défendre la délinquance en col blanc.") == []
    assert not any(n.lower().startswith("col") for n, *_ in _spans(pipe, "Col passare dei mesi la popolarità cala."))


def test_a_capital_m_or_n_elision_opens_the_name(ents) -> None:
    # the read half of WiNER-fr 2016 (ninth pass): "Karabatic N. (2/2) M'Tima (0/1)" in a handball line-up
    found = dict(ents("😀 𝄞 Karabatic N. (2/2) M'Tima (0/1). Le milieu N’Golo Kanté est arrivé à N'Djamena."))
    assert found.get("M'Tima") == "PER" and found.get("N’Golo Kanté") == "PER" and found.get("N'Djamena") == "LOC"
    assert "Tima" not in found and "Golo Kanté" not in found and "Djamena" not in found
    found = dict(ents("L'Élysée a parlé, d'Emmanuel Macron. Je n'Aime pas Lyon."))  # other elisions stay out
    assert found.get("Élysée") == "LOC" and "Emmanuel Macron" in found and "n'Aime" not in found


_PIECES = st.sampled_from(["Neuville", "-", "sur", "-sur-", "Saône", "de", "la", "-de-la-", "Îles", "Madeleine",
                           "l'", "l’", "Église", "Mars", "mars", "1er", "2016", "ITU", "Itu", "(", ")", "😀", "𝄞",
                           "\u0301", " ", ".", ",", "\n", "ß", "Col", "col", "du", "d’", "Col.", "N'", "M’", "n'"])


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
