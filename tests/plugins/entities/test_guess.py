"""The recall pass (plugins/entities/guess.py): unknown names, their boundaries and types, the NIL record
contract, offsets with emoji, and linear time on long runs; nested places: a known place after ``de`` inside
an unknown name (``Championnat de France``, not in race titles) and a well-known, whole place anywhere inside
an organisation's or an untyped name (``Quorvel Montréal``, ``Radio France internationale``;
``Guesser._edge_places``), not a small town nor the end of a longer place (``Bush``, ``York``)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from framework import Pipeline
from plugins.entities.guess import Guesser, first_names
from plugins.entities.match import Matcher


@pytest.fixture(scope="module")
def ents(pipe):
    def run(text: str) -> dict[str, dict]:
        return {text[e["start"]:e["end"]]: e for e in pipe.process(text)["layers"].get("entity", [])}

    return run


def test_first_names_come_from_faker_folded():
    names = first_names()
    assert len(names) > 10_000
    assert {"thierry", "francois", "bernard", "yvette"} <= names
    assert not {"le", "de", "president", "francais"} & names  # function words, titles, demonyms left out


def test_first_name_types_a_person_even_after_a_place_preposition(ents):
    found = ents("Le trophée a été remis à Bernard Martinot, puis Thierry a parlé.")
    assert found["Bernard Martinot"]["type"] == "PER"
    assert found["Thierry"]["type"] == "PER"


def test_a_person_starting_after_other_capitalised_words_is_cut_out(ents):
    found = ents("Le ministre de l'Intérieur Bernard Cazeneuve et le maire de Toronto Rob Ford.")
    assert found["Bernard Cazeneuve"]["type"] == "PER"
    assert found["Rob Ford"]["type"] == "PER"
    assert "Intérieur Bernard Cazeneuve" not in found and "Toronto Rob Ford" not in found
    # a hyphenated place and a news agency stay whole
    found = ents("Il habite Bourg-Saint-Andéol et lit l'Agence France Presse.")
    assert "Saint-Andéol" not in found and "France Presse" not in found


def test_score_lines_are_two_names(ents):
    found = ents("Lors du match France - Albanie à Marseille.")
    assert found["France"]["qid"] == "Q142" and found["France"]["type"] == "LOC"
    assert found["Albanie"]["type"] == "LOC" and found["Albanie"]["kb_id"]
    assert "France - Albanie" not in found


def test_a_link_between_known_places_is_one_mention_per_place(ents):
    # the read half of WiNER-fr 2016 (ninth pass): "la liaison Nîmes-Montpellier", "l'axe Téhéran-Bagdad-Damas"
    found = ents("😀 𝄞 Le TER effectuait la liaison Nîmes-Montpellier. L'axe stratégique Téhéran-Bagdad-Damas.")
    for place in ("Nîmes", "Montpellier", "Téhéran", "Bagdad", "Damas"):
        assert found[place]["type"] == "LOC" and found[place]["kb_id"], place
    assert "Nîmes-Montpellier" not in found and "Téhéran-Bagdad-Damas" not in found
    # one name: a part the KB does not know as a place, or lower-case links (Aix-les-Bains)
    found = ents("Nantes a battu Cesson-Rennes avant de jouer à Aix-les-Bains.")
    assert "Cesson-Rennes" in found and "Rennes" not in found and "Aix-les-Bains" in found


def test_lower_case_heads_and_organisation_runs(ents):
    found = ents("Une étude de l'université de Kyoto, citée par le Comité de soutien des Nations unies "
                 "et la Confédération générale du travail, place de la Bastille.")
    assert found["université de Kyoto"]["type"] == "ORG"
    assert found["Kyoto"]["type"] == "LOC" and found["Kyoto"]["kb_id"]  # the known place stays, nested
    assert found["Comité de soutien des Nations unies"]["type"] == "ORG"
    assert found["Nations unies"]["qid"] == "Q1065"
    assert found["Confédération générale du travail"]["type"] == "ORG"
    assert found["place de la Bastille"]["type"] == "LOC"


def test_nested_place_in_an_unknown_name_but_not_in_a_race_title(ents):
    found = ents("Le Championnat de France de handball et le Tour de France commencent.")
    assert found["France"]["qid"] == "Q142"
    spans = [(e["start"], e["end"]) for e in found.values()]
    assert len([s for s in spans if s[1] - s[0] == len("France")]) == 1  # only the championship's
    assert found["Tour de France"]["type"] == "MISC"


def test_types_from_shape_context_and_lists(ents):
    found = ents("DataKlick a ouvert un bureau. Les habitants de Magnanville et de Bagnères-de-Luchon "
                 "votent. Il vit dans le Donbass. Les sprinteurs Usain Bolt, Yohan Blake et Ashmeade courent.")
    assert found["DataKlick"]["type"] == "ORG"
    assert found["Magnanville"]["type"] == "LOC"
    assert found["Bagnères-de-Luchon"]["type"] == "LOC"
    assert found["Donbass"]["type"] == "LOC"
    assert found["Ashmeade"]["type"] == "PER"  # its list neighbours are people


def test_codes_and_common_nouns_are_not_organisations_or_places(ents):
    found = ents("L'équipe des U23 a gagné. Le livre de Mythologie parle de mythologie.")
    assert found.get("U23", {}).get("type") not in ("ORG", "PER", "LOC")
    assert found.get("Mythologie", {}).get("type") != "LOC"


def test_nil_mentions_keep_the_record_contract(pipe):
    text = "🎉😀 Le président 🇫🇷 Bernard Martinot de l'université de Kyoto 👩‍👩‍👧 parle à Thierry. 𝄞"
    layer = pipe.process(text)["layers"]["entity"]
    assert layer
    for e in layer:
        assert set(e) == {"start", "end", "id", "type", "kb_id", "qid", "name", "score", "cluster"}
        assert 0 <= e["start"] < e["end"] <= len(text)
        assert e["type"] in ("PER", "ORG", "LOC", "MISC") and e["cluster"].startswith("c")
        if e["kb_id"] is None:
            assert e["qid"] is None and e["score"] == 0.0
    got = {text[e["start"]:e["end"]]: e for e in layer}
    assert got["Bernard Martinot"]["type"] == "PER" and got["Bernard Martinot"]["kb_id"] is None
    assert got["université de Kyoto"]["type"] == "ORG"


def test_the_pass_can_be_switched_off(default_kb_path):
    off = Pipeline.from_config(plugins=("entities",),
                               settings={"entities": {"kb": str(default_kb_path), "guess": "false"}})
    text = "Une étude de l'université de Kyoto."
    spans = {text[e["start"]:e["end"]] for e in off.process(text)["layers"]["entity"]}
    assert "université de Kyoto" not in spans and "Kyoto" in spans


def test_without_first_names_the_other_rules_still_run(default_kb):
    matcher = Matcher(default_kb)
    g = Guesser(default_kb, matcher, names=frozenset())
    text = "Une étude de l'université de Kyoto, par DataKlick."
    mentions, norm = matcher.scan(text)
    out = {m.text: m for m in g.refine(mentions, text, norm)}
    assert out["université de Kyoto"].cue == "ORG" and out["DataKlick"].cue == "ORG"


_WORDS = st.sampled_from(["Conseil", "de", "la", "des", "Nations", "unies", "université", "Kyoto", "France",
                          "-", " - ", "Jean", "Dupont", "l'", "dans", "le", "Donbass", ",", "et", "U23",
                          "😀", "𝄞", "Ministre", "Intérieur", "Bernard", "Saint-Denis", ".", "\n", "é", "\u0301"])


@settings(max_examples=150, deadline=None)
@given(st.lists(_WORDS, max_size=40))
def test_spans_are_exact_and_inside_the_text(assert_exact_spans, words):
    assert_exact_spans(" ".join(words))


def test_linear_time_on_long_runs(default_kb, pass_seconds):
    """8 times the text takes about 8 times as long (quadratic would be 64): runs of organisation heads and
    prepositions, score lines, list commas, lower-case checks of distinct words, marks and punctuation."""
    matcher = Matcher(default_kb)
    g = Guesser(default_kb, matcher)
    units = ("Conseil de la ", "France - ", "Jean Dupont, ", "université de ", "de Xa", "«»’-", "\u0301",
             "Ministre Bernard ", "dans le ", "Conseil de sécurité des Nations unies ")
    for unit in units:
        small, big = unit * 300, unit * 2400
        if unit == "de Xa":  # distinct capitalised words after "de": the lower-case check of each
            small = " ".join(f"de X{i:05d}a" for i in range(300))
            big = " ".join(f"de X{i:05d}a" for i in range(2400))
        ratio = pass_seconds(matcher, g, big) / max(pass_seconds(matcher, g, small), 1e-3)
        assert ratio < 24, (unit, ratio)


def test_a_well_known_place_inside_a_name_is_nested(ents_in) -> None:
    text = "😀 Elle est porte-parole de Quorvel Montréal. Il fait froid selon Zorbexa Canada, dit Radio France " \
           "internationale. Le derby : le Quorvel Stockholm a tenu tête."
    found = {(s, t) for s, t, _k in ents_in(text)}
    for outer in ("Quorvel Montréal", "Zorbexa Canada", "Radio France internationale", "Quorvel Stockholm"):
        assert any(s == outer for s, _t in found), outer
    for place in ("Montréal", "Canada", "France", "Stockholm"):
        assert (place, "LOC") in found, place


def test_only_a_major_and_whole_place_is_nested_inside_a_name(ents_in) -> None:
    # inside a name, the place must be a major one (Būsh, a town of Egypt, is no "Bush"), and not the end
    # of a longer place name (New York): the longer place is the one nested, or none
    found = {(s, t) for s, t, _k in ents_in("Le 3 mai, Zorbax Bush Quorvel a parlé au Zorbex New York Quorvel.")}
    assert ("Bush", "LOC") not in found and ("York", "LOC") not in found


def test_no_nested_place_in_races_titles_or_names_it_opens(ents_in) -> None:
    found = {s for s, _t, _k in ents_in("Le Tour de France passe à Lyon. Le Quorvel Zorbaz de Troyes rit.")}
    assert "France" not in found  # a race's title, as before
    # an untyped run opened by a town's name is a person's or a title more often than the town
    found = [(s, t) for s, t, _k in ents_in("Ce matin, Victoria Zorbeckham Quorvel a chanté.")]
    assert ("Victoria", "LOC") not in found


def test_nested_place_offsets_after_astral_characters(entity_spans) -> None:
    text = "👩‍👩‍👧 𝄞 selon Zorbexa Canada."
    spans = {text[e["start"]:e["end"]]: e for e in entity_spans(text, None)}
    assert spans["Canada"]["start"] == text.index("Canada") and spans["Canada"]["type"] == "LOC"


_NESTED_WORDS = st.sampled_from(["Quorvel", "Montréal", "Radio", "France", "internationale", "Canada", "Le", "Tour",
                                 "de", "Partager cet article :", "Facebook", ",", "😀", "𝄞", "👩‍👩‍👧", "\n", "é",
                                 "\u0301", "(", ")", "l'", "selon"])


@settings(max_examples=150, deadline=None)
@given(st.lists(_NESTED_WORDS, max_size=40))
def test_nested_place_spans_are_exact(assert_exact_spans, words) -> None:
    assert_exact_spans(" ".join(words))


def test_nested_places_in_linear_time(assert_pass_linear) -> None:
    assert_pass_linear(("selon Zorbexa Canada. ", "Radio France internationale, ", "le Quorvel Stockholm Montréal "))
