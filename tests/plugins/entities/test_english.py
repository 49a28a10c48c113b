"""English rules of the entities plugin (plugins/entities/english.py and where match.py / guess.py use it):
sentence openers, months, demonyms, titles, organisation and place words at the end of a name, laws as MISC,
weak one-word places, possessives, dotted acronyms; the language switch; offsets with astral characters;
linear time on long runs."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from framework import Document
from plugins.entities import english
from plugins.entities.guess import Guesser
from plugins.entities.lang_rules import rules_for
from plugins.entities.match import Matcher


@pytest.fixture(scope="module")
def ents(ents_in):
    return ents_in


def surfaces(found) -> set[str]:
    return {s for s, _t, _k in found}


def typed(found) -> set[tuple[str, str]]:
    return {(s, t) for s, t, _k in found}


EN = "The report of the team and the press was published. "


def test_language_switch():
    assert english.is_english("The cat of the house and the dog.")
    assert not english.is_english("Le chat de la maison et le chien des voisins.")
    assert not english.is_english("Le chat.", "fr")
    assert english.is_english("Le chat.", "en-GB")  # doc.lang wins over the word count
    assert not english.is_english("")


def test_sentence_initial_frequent_words_are_no_names(ents):
    text = EN + "Whether it works is unclear. Otherwise, nothing. Signs of recovery were seen. Photo by a reader."
    found = surfaces(ents(text))
    assert not found & {"Whether", "Otherwise", "Signs", "Photo"}
    # a rare capitalised word opening a sentence is still a name, and so is a surname read earlier in a name
    found = typed(ents(EN + "Pohiva died on Thursday. Condoleezza Rice came. Rice said no."))
    assert ("Pohiva", "PER") in found
    assert "Rice" in {s for s, _t in found}


def test_months_weekdays_and_demonyms_are_no_entities(ents):
    text = EN + "In May the Brazilian player and the Dutch government met on Sunday with Muslim leaders."
    found = surfaces(ents(text))
    assert not found & {"May", "Brazilian", "Dutch", "Sunday", "Muslim"}
    # the same words in a name stay: Theresa May, the European Commission
    found = typed(ents(EN + "Theresa May met the European Commission and the American Enterprise Institute."))
    assert ("Theresa May", "PER") in found
    assert ("European Commission", "ORG") in found
    assert ("American Enterprise Institute", "ORG") in found


def test_titles_are_not_part_of_the_name(ents):
    text = EN + "Prime Minister Akilisi Pohiva met Chief Justice John Roberts and Senator Bernie Sanders."
    found = typed(ents(text))
    assert ("Akilisi Pohiva", "PER") in found
    assert ("Bernie Sanders", "PER") in found
    assert not {s for s, _t in found} & {"Prime Minister", "Chief Justice", "Prime Minister Akilisi Pohiva"}


@pytest.mark.parametrize("text, name", [
    ("Actor Doris Day died on Monday.", "Doris Day"),
    ("Singer-songwriter Robert Hunter died aged 78.", "Robert Hunter"),
    ("Journalist Robert Verkaik wrote the report.", "Robert Verkaik"),
    ("The prize went to author Jing-Shan Zhao last year.", "Jing-Shan Zhao"),
])
def test_occupations_before_a_name_are_not_part_of_it(ents, text: str, name: str) -> None:
    found = typed(ents(EN + text))
    assert (name, "PER") in found
    assert not any(s.endswith(name) and s != name for s, _t in found)


def test_organisation_place_and_misc_words_at_the_end(ents):
    text = EN + ("The Digital Crimes Bill went to the Supreme Court after the Soviet Empire fell; the "
                 "Legislative Assembly and the Suffolk Police agreed, and the Institutional Act Number Five stood.")
    found = typed(ents(text))
    assert ("Supreme Court", "ORG") in found
    assert ("Legislative Assembly", "ORG") in found
    assert ("Suffolk Police", "ORG") in found
    assert ("Soviet Empire", "LOC") in found
    for name in ("Digital Crimes Bill", "Institutional Act Number Five"):
        assert (name, "PER") not in found and (name, "ORG") not in found
    # two capitalised common words are no person; an unknown name with no common word still is
    found = typed(ents(EN + "He used Internet Explorer and met Akilisi Pohiva."))
    assert ("Internet Explorer", "PER") not in found
    assert ("Akilisi Pohiva", "PER") in found


def test_the_court_alone_after_the(ents):
    found = typed(ents(EN + "He wrote the Court's decision and the Commission agreed."))
    assert ("Court", "ORG") in found and ("Commission", "ORG") in found
    found = typed(ents(EN + "Court rulings and a commission."))
    assert ("Court", "ORG") not in found


def test_short_common_words_that_are_places_are_not_linked(ents):
    found = ents(EN + "Tell me more. Police did not say. He flew to Washington and to Of.")
    assert "Tell" not in surfaces(found) and "Police" not in surfaces(found) and "Of" not in surfaces(found)
    assert any(s == "Washington" and k for s, _t, k in found)  # a big place stays linked


def test_possessive_and_dotted_acronyms(ents):
    found = ents(EN + "Tonga's prime minister flew to the U.S. and the U.K. and the US.")
    assert ("Tonga", "LOC") in typed(found)
    assert "Tonga's" not in surfaces(found)
    links = {s: k for s, _t, k in found}
    assert links.get("U.S.") == "Q30" and links.get("US") == "Q30"
    assert links.get("U.K.") is not None


def test_particles_and_person_verbs(ents):
    found = typed(ents(EN + "Osama bin Laden spoke. Later bin Laden left. Nkurunziza said he would go."))
    assert ("bin Laden", "PER") in found
    assert ("Nkurunziza", "PER") in found


def test_country_names_in_other_languages(ents):
    found = ents(EN + "Protests in Brasil and in Alemanha.")
    links = {s: k for s, _t, k in found}
    assert links.get("Brasil") == "Q155"


def test_french_text_keeps_the_french_rules(ents):
    # the same capitalised opener and month are read as before in a French text
    fr = "Le président de la République a parlé. Mai est le mois de la fête du travail des syndicats."
    assert ents(fr) == ents(fr, "fr")
    found = typed(ents("Le ministre Jean Dupont a parlé à la Commission européenne et au Parlement.", "fr"))
    assert ("Jean Dupont", "PER") in found


def test_offsets_after_emoji_and_astral_characters(ents):
    text = "👩‍👩‍👧 𝄞 " + EN + "🇧🇷 Prime Minister Akilisi Pohiva 😀 flew to the U.S. and Tonga's 𝄞 Supreme Court."
    found = ents(text)
    for s, _t, _k in found:
        assert s == s.strip() and s in text
    assert ("Akilisi Pohiva", "PER") in typed(found)
    assert ("U.S.", "LOC") in typed(found)
    assert ("Tonga", "LOC") in typed(found)


@settings(max_examples=80, deadline=None)
@given(st.lists(st.sampled_from(["The ", "U.S. ", "Tonga's ", "May ", "Whether ", "Dutch ", "Prime Minister ",
                                 "bin Laden ", "Supreme Court ", "😀", "𝄞", ". ", "and ", "of the ", "\u0301",
                                 "Akilisi ", "—", "'s "]), max_size=40))
def test_spans_are_exact_on_any_mix(plugin, parts):
    text = EN + "".join(parts)
    doc = Document({"id": "d", "text": text, "layers": {}, "doc": {"lang": {"value": "en"}}})
    plugin.link_entities(doc)
    for e in doc.spans("entity"):
        assert 0 <= e["start"] < e["end"] <= len(text)
        assert text[e["start"]:e["end"]] == text[e["start"]:e["end"]].strip()


def test_linear_time_on_long_runs(default_kb, pass_seconds):
    """8 times the text takes about 8 times as long (English rules on: runs of capitals, dots, titles)."""
    matcher = Matcher(default_kb)
    g = Guesser(default_kb, matcher)
    english_rules = rules_for("en")

    def cost(text: str) -> float:
        return pass_seconds(matcher, g, text, english_rules)

    for unit in ("U.S. ", "A.B.C.D.E. ", "Prime Minister Chief Justice ", "Whether. ", "May ", "bin bin Laden ",
                 "The Court of the Commission ", "Tonga's ", "....!!!! ", "Dutch European Commission ",
                 "Cinema for Peace for ", "anti-Gyurcsány ", "US$ ", "Burundi President ", "South Pacific "):
        small, big = unit * 150, unit * 1200
        cost(small)  # warm the memos
        assert cost(big) < 24 * cost(small) + 0.05, unit


def test_nouns_around_a_lone_name(ents):
    found = typed(ents(EN + "The comparison service Foundem complained. Rogério, who plays there, left. "
                       "Riots hit Guangdong province under the Kohl government."))
    assert ("Foundem", "ORG") in found
    assert ("Rogério", "PER") in found
    assert ("Guangdong", "LOC") in found
    assert ("Kohl", "PER") in found
    # negative: the same word without the noun around it gets no such type
    found = typed(ents(EN + "Foundem complained."))
    assert ("Foundem", "ORG") not in found


def test_titles_cut_runs_and_for_inside_organisations(ents):
    found = typed(ents(EN + "Burundi President Pierre Nkurunziza thanked the Cinema for Peace Foundation."))
    assert ("Burundi", "LOC") in found and ("Pierre Nkurunziza", "PER") in found
    assert ("Cinema for Peace Foundation", "ORG") in found
    # "for" joins no name that does not end in an organisation word
    found = surfaces(ents(EN + "He voted for Global Action and thanked Parliamentarians for Global Action."))
    assert "Parliamentarians for Global Action" not in found


def test_prefixes_currencies_and_directions(ents):
    found = ents(EN + "The anti-Gyurcsány protests cost US$15,400 in the South Pacific.")
    assert "Gyurcsány" not in surfaces(found)
    assert "US" not in surfaces(found)
    assert ("South Pacific", "LOC") in typed(found)


def test_subdivision_short_names(ents):
    found = ents(EN + "Violence erupted in Xinjiang and in Guangdong.")
    links = {s: k for s, _t, k in found}
    assert links.get("Xinjiang", "").startswith("iso3166-2:CN")
    assert links.get("Guangdong", "").startswith("iso3166-2:CN")


def test_short_english_texts_and_shouting(ents):
    tweet = "HYDROXYCHLOROQUINE & AZITHROMYCIN have a chance to be BOTH great, says @elonmusk and the FDA."
    assert english.is_english(tweet)
    assert not english.is_english("Le chat et la souris dans le jardin.")
    found = typed(ents(tweet))
    assert ("HYDROXYCHLOROQUINE & AZITHROMYCIN", "PER") not in found
    assert "BOTH" not in {s for s, _t in found}
    assert ("FDA", "ORG") in found  # an acronym that is no frequent word stays


def test_company_suffixes_doctors_and_a_person_of_an_organisation(ents):
    found = typed(ents(EN + "Dr. Jane Okafor of Acme Widgets Inc. met Kestrel Ltd and the Bank of America."))
    assert ("Jane Okafor", "PER") in found
    assert ("Acme Widgets Inc", "ORG") in found and ("Kestrel Ltd", "ORG") in found
    assert ("Bank of America", "ORG") in found  # "of" inside a name that opens with no first name stays


def test_a_place_and_a_plural_is_a_team(ents):
    """A known place and a capitalised plural (``Ottawa Senators``, ``Edmonton Oilers``) is an organisation, not
    the default person of an unknown two-word name; plurals that end place names stay places (``Niagara Falls``)."""
    found = typed(ents(EN + "The Ottawa Senators lost to the Edmonton Oilers, and fans of the Toronto Raptors "
                                "left for Niagara Falls."))
    assert ("Ottawa Senators", "ORG") in found and ("Edmonton Oilers", "ORG") in found
    assert ("Toronto Raptors", "ORG") in found
    assert ("Niagara Falls", "LOC") in found


def test_an_acronym_before_a_verb_people_do_is_no_person(ents):
    """`The RCMP said officers …`: a verb people do after a lone unknown name made it a person (`Fischer noted`);
    an acronym in capitals names a body."""
    found = typed(ents(EN + "The RCMP said officers found the body. The NDP said it would vote against the bill. "
                                "Fischer noted the change."))
    assert ("RCMP", "ORG") in found and ("NDP", "ORG") in found
    assert ("Fischer", "PER") in found


def test_a_road_and_its_number_are_one_place(ents):
    """`Highway 401` gave `Highway` alone (MISC): the number is part of the road's name."""
    found = typed(ents(EN + "The crash happened on Highway 401 near Toronto. Traffic on Interstate 95 was slow."))
    assert ("Highway 401", "LOC") in found and ("Interstate 95", "LOC") in found
    assert not any(s == "Highway" for s, _t in found)


def test_a_possessive_name_ending_with_an_organisation_or_place_word(ents):
    """`Queen's Park` gave `Park` (PER), `Children's Hospital` `Children` (PER) and `Hospital` (MISC): a frequent word
    or a saint owning an organisation or place word is one name; a name or a body owning it stays apart."""
    found = typed(ents(EN + "The premier spoke at Queen's Park. He was taken to Children's Hospital near St. Peter's "
                                "Square. The People's Liberation Army moved. Japan's Supreme Court ruled."))
    assert ("Queen's Park", "LOC") in found and ("Children's Hospital", "ORG") in found
    assert ("St. Peter's Square", "LOC") in found and ("People's Liberation Army", "ORG") in found
    assert ("Supreme Court", "ORG") in found and not any(s.startswith("Japan's") for s, _t in found)
    assert not any(s in ("Park", "Children", "Hospital") for s, _t in found)


def test_a_canadian_agency_is_an_organisation(ents):
    """`Statistics Canada`, `Health Canada` were MISC: Canada's federal agencies put a common noun before the country's
    name; a part of the country stays apart (`Atlantic Canada`)."""
    found = typed(ents(EN + "Statistics Canada said unemployment rose, and Health Canada approved the vaccine."))
    assert ("Statistics Canada", "ORG") in found and ("Health Canada", "ORG") in found
    assert ("Atlantic Canada", "ORG") not in typed(ents(EN + "They moved to Atlantic Canada last year."))


def test_a_word_before_a_title_takes_no_type_from_a_list(ents):
    """`Doug Ford and Health Minister Christine Elliott`: `Health`, cut off before the title, took its list
    neighbour's PER; a word right before a title modifies it and belongs to no list."""
    found = typed(ents(EN + "Premier Doug Ford and Health Minister Christine Elliott spoke on Monday."))
    assert ("Doug Ford", "PER") in found and ("Christine Elliott", "PER") in found
    assert ("Health", "PER") not in found
