"""Per-language rules of the entities plugin (plugins/entities/languages.py and where match.py uses it):
frequent words opening a sentence (wordfreq, per language), German nouns after articles and numbers, the
evidence an unknown German name needs; French untouched; offsets after emoji; linear time."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from framework.testing import cpu_seconds
from plugins.entities import english, languages
from plugins.entities.guess import Guesser
from plugins.entities.lang_rules import FRENCH, rules_for, rules_for_text
from plugins.entities.match import Matcher


@pytest.fixture(scope="module")
def ents(ents_in):
    return ents_in


def surfaces(found) -> set[str]:
    return {s for s, _t, _k in found}


def typed(found) -> set[tuple[str, str]]:
    return {(s, t) for s, t, _k in found}


# --- the rules of each language and their frequent words ----------------------------------------------

def test_one_frequent_word_list_per_language():
    de, es, it = rules_for("de"), rules_for("es"), rules_for("it")
    assert "wir" in de.common and "montag" in de.common
    assert "es" in es.common and "perche" in it.common  # folded: perché
    assert "schmidt" not in es.common
    assert languages.frequent_words("xx") == frozenset()  # a language wordfreq lacks: no list, no error
    assert rules_for("xx").openers and not rules_for("xx").common
    # English uses the same cached list as english.py (no second copy)
    en = rules_for("en")
    assert english.common_word("whether") and english._common() is en.common
    assert "thrilled" in en.opener_words and "thrilled" not in en.common


def test_one_rules_object_per_language():
    """Built once per language and process, frozen; French (and no language) has no switch and no list."""
    assert rules_for("de-AT") is rules_for("de_CH") is rules_for("DE")
    assert rules_for(None) is rules_for("") is rules_for("fr-FR") is FRENCH
    assert not (FRENCH.english or FRENCH.openers or FRENCH.german or FRENCH.romance or FRENCH.common)
    assert rules_for("pt_BR").romance and rules_for("de").german and not rules_for("nl").romance
    with pytest.raises(AttributeError):  # dataclasses.FrozenInstanceError
        rules_for("de").german = False  # type: ignore[misc]


_EN_TEXT = "The mayor of the city said the plan and the budget were ready to go."
_FR_TEXT = "Le maire de la ville a dit que les plans et la dotation des services étaient prêts."


@settings(max_examples=60, deadline=None)
@given(st.sampled_from([_EN_TEXT, _FR_TEXT, "", "Wir bauen 🎉 𝄞 the of and to", _EN_TEXT[:30] + " 👩‍👩‍👧"]),
       st.sampled_from([None, "", "fr", "fr-FR", "en", "en-GB", "EN", "en_US", "de", "de-AT", "it", "es",
                        "pt_BR", "nl", "xx", "english"]))
def test_rules_say_what_the_boolean_and_the_code_said(text, lang):
    """The rules for a document are those the former ``en`` boolean and language code chose: English when
    :func:`english.is_english`, else the code's language, French's own signals for French and unknown."""
    rules = rules_for_text(text, lang)
    en = english.is_english(text, lang)
    code = "en" if en else languages.lang_code(lang)
    code = None if code == "fr" else code
    assert rules.english == en
    assert rules.openers == bool(code) and rules.german == (code == "de")
    assert rules.romance == (code in languages.ROMANCE)
    assert rules.common == (languages.frequent_words(code) if code else frozenset())
    assert rules.opener_words == (languages.frequent_words(code, languages.OPENER_ZIPF) if code else frozenset())


def test_lang_code():
    assert languages.lang_code("de-AT") == "de" and languages.lang_code("pt_BR") == "pt"
    assert languages.lang_code(None) is None and languages.lang_code("") is None


def test_after_break_reads_back_over_spaces_only():
    text = "Done 🎉 Try it"
    assert languages.after_break(text, text.index("Try"))
    assert not languages.after_break("a Try", 2) and not languages.after_break("Try", 0)


# --- German -------------------------------------------------------------------------------------------

DE_NEWS = [
    # (text, names that must be found (surface, type), capitalised words that must not be mentions)
    ("Neue Radwege für die Innenstadt\n\n„Wir bauen bis 2026 zwanzig Kilometer neue Radwege“, sagte "
     "Bürgermeisterin Eva Schmidt am Montag. Der Fahrradclub ADFC nannte den Plan „längst überfällig“.",
     {("Eva Schmidt", "PER"), ("ADFC", "ORG")},
     {"Neue Radwege", "Radwege", "Innenstadt", "Wir", "Kilometer", "Montag", "Der Fahrradclub ADFC", "Plan",
      "Bürgermeisterin Eva Schmidt"}),
    ("Angela Merkel sagte am Dienstag in Berlin, die Regierung werde die Hilfen verlängern. Merkel "
     "betonte, der Haushalt bleibe ausgeglichen.",
     {("Angela Merkel", "PER"), ("Berlin", "LOC"), ("Merkel", "PER")},
     {"Dienstag", "Regierung", "Hilfen", "Haushalt"}),
    ("Die Polizei sperrte nach dem Unfall die Autobahn für drei Stunden. Ein Sprecher der Feuerwehr "
     "sagte, zwei Menschen seien verletzt worden. Der Verkehr staute sich auf zwölf Kilometern.",
     set(),
     {"Polizei", "Unfall", "Autobahn", "Stunden", "Sprecher", "Feuerwehr", "Menschen", "Verkehr",
      "Kilometern", "Die Polizei", "Ein Sprecher"}),
    ("Nach Angaben des Statistischen Bundesamtes stiegen die Preise im Oktober um 3,8 Prozent. Ökonomen "
     "hatten mit einem geringeren Anstieg gerechnet, schrieb Thomas Müller von der Deutschen Bank.",
     {("Thomas Müller", "PER")},
     {"Angaben", "Preise", "Oktober", "Prozent", "Ökonomen", "Anstieg"}),
    ("Der Trainer lobte seine Mannschaft nach dem Spiel. Kapitän Jonas Weber erzielte zwei Tore, "
     "Weber sagte danach, der Sieg sei verdient.",
     {("Jonas Weber", "PER"), ("Weber", "PER")},
     {"Trainer", "Mannschaft", "Spiel", "Tore", "Sieg", "Der Trainer"}),
]


@pytest.mark.parametrize("text,names,nouns", DE_NEWS, ids=[t[:24] for t, _n, _c in DE_NEWS])
def test_german_news_names_survive_nouns_do_not(ents, text, names, nouns):
    found = ents(text, "de")
    assert names <= typed(found), found
    assert not (surfaces(found) & nouns), found


def test_german_article_cut_and_acronym(ents):
    found = typed(ents("Gestern kritisierte der ADFC die Stadt. Der Fahrradclub ADFC fordert mehr.", "de"))
    assert ("ADFC", "ORG") in found
    assert not any(s.startswith(("Der ", "Fahrradclub")) for s, _t in found)


def test_german_name_evidence(ents):
    text = ("Die Rede hielt Bürgermeisterin Eva Schmidt. Später sprach Frau Kowalczyk mit Reportern, "
            "und Schmidt sagte, Brandt erklärte es. Die Firma Zeltwerk AG baut in Lindenhausen.")
    found = surfaces(ents(text, "de"))
    assert {"Eva Schmidt", "Kowalczyk", "Schmidt", "Brandt", "Lindenhausen"} <= found, found
    assert not {"Rede", "Reportern", "Firma", "Die Rede"} & found, found


def test_german_nouns_after_numbers_and_possessives(ents):
    found = surfaces(ents("Sie fuhr 20 Kilometer mit ihrem Rad zum Bahnhof und traf seinen Bruder.", "de"))
    assert not {"Kilometer", "Rad", "Bahnhof", "Bruder"} & found, found


def test_same_german_text_without_language_is_unchanged_reading(ents):
    """Without doc.lang (and not English), the German rules stay off: nothing changes for such callers."""
    text = "Am Montag sagte die Bürgermeisterin, der Plan sei gut."
    assert "Montag" not in surfaces(ents(text, "de"))
    assert ents(text, None) == ents(text, None)  # still a clean run


# --- Spanish, Italian, Portuguese, English ------------------------------------------------------------

@pytest.mark.parametrize("lang,text,name,opener", [
    ("es", "El museo abre una nueva sala.\n\n«Es un día histórico», dijo la directora Lucía Gómez.",
     "Lucía Gómez", "Es"),
    ("es", "Según el informe, la economía creció. Durante el año pasado, Javier Ortega dirigió el banco.",
     "Javier Ortega", "Durante"),
    ("it", "Il treno arriva a Bari. Secondo il sindaco Marco Rossi, è un risultato atteso. Oggi si festeggia.",
     "Marco Rossi", "Oggi"),
    ("pt", "O governo anunciou o plano. Segundo o ministro João Carvalho, Depois disso tudo muda.",
     "João Carvalho", "Segundo"),
])
def test_sentence_initial_frequent_words(ents, lang, text, name, opener):
    found = surfaces(ents(text, lang))
    assert name in found and opener not in found, found


def test_a_name_read_earlier_survives_at_a_sentence_start(ents):
    text = "La ministra Carmen Blanco habló ayer. Blanco dijo que el plan sigue."
    found = [(s, t) for s, t, _k in ents(text, "es")]
    assert found.count(("Blanco", "PER")) == 1 and ("Carmen Blanco", "PER") in found, found


def test_english_tweet_openers_after_emoji(ents):
    text = "Thrilled to announce our new open data portal 🎉 Try it: the data of ACME. Critics say it is late."
    found = surfaces(ents(text, "en"))
    assert not {"Thrilled", "Try", "Critics"} & found and "ACME" in found, found


def test_french_reads_exactly_as_before(ents):
    """French keeps its own signals: with lang 'fr' the plugin's output equals that with no language, and
    both read French text with the one French rules object."""
    text = "Depuis lundi, Emmanuel Macron est à Berlin. Nouveaux Radwege 🎉 Essai de la Commission européenne."
    assert rules_for_text(text, "fr") is rules_for_text(text, None) is FRENCH
    assert ents(text, "fr") == ents(text)


# --- offsets and time ---------------------------------------------------------------------------------

def test_offsets_after_emoji_and_astral_characters(ents):
    text = "👩‍👩‍👧 𝄞 Der Fahrradclub ADFC 😀 lobt Bürgermeisterin Eva Schmidt 🇩🇪 am Montag in Berlin 𝄞."
    found = ents(text, "de")
    for s, _t, _k in found:
        assert s == s.strip() and s in text
    assert {("ADFC", "ORG"), ("Eva Schmidt", "PER"), ("Berlin", "LOC")} <= typed(found), found
    assert "Montag" not in surfaces(found)


@settings(max_examples=80, deadline=None)
@given(st.lists(st.sampled_from(["Der ", "die ", "ADFC ", "Eva ", "Schmidt ", "Montag ", "20 ", "Wir ",
                                 "😀", "𝄞", ". ", "„", "“", "sagte ", "Bürgermeisterin ", "\n", "!!!", "Es "]),
                max_size=40), st.sampled_from(["de", "es", "it", "en"]))
def test_any_mix_gives_valid_spans(ents, parts, lang):
    text = "".join(parts)
    for s, _t, _k in ents(text, lang):
        assert s and s == s.strip() and s in text


def test_linear_time_on_long_runs(default_kb, pass_seconds):
    """8 times the text takes about 8 times as long (German rules on: articles, titles, nouns, marks)."""
    matcher = Matcher(default_kb)
    g = Guesser(default_kb, matcher)
    german = rules_for("de")

    def cost(text: str) -> float:
        return pass_seconds(matcher, g, text, german)

    for unit in ("Der Die Das ", "Bürgermeisterin Frau Herr ", "20 Kilometer ", "Wir. ", "ADFC ", "😀 Try ",
                 "....!!!! ", "„Neue“ ", "Eva Schmidt sagte "):
        small, big = unit * 150, unit * 1200
        cost(small)  # warm the memos
        assert cost(big) < 24 * cost(small) + 0.05, unit


# --- Spanish, Italian, Portuguese: titles, offices, organisation heads ---------------------------------

def test_romance_titles_offices_and_organisation_heads(ents):
    text = ("Massimo D'Alema, Ministro degli Esteri e Vice Presidente del Consiglio, ha parlato. Ieri la Corte "
            "Suprema ha deciso. Il governatore del Minnesota Tim Pawlenty ha firmato. Come riporta il commissario "
            "Neelie Kroes, la Commissione Ue ha inflitto una multa.")
    found = typed(ents(text, "it"))
    assert {("Massimo D'Alema", "PER"), ("Corte Suprema", "ORG"), ("Tim Pawlenty", "PER"),
            ("Neelie Kroes", "PER"), ("Commissione Ue", "ORG")} <= found, found
    assert not {"Esteri", "Ministro", "Vice Presidente", "Come", "Consiglio"} & {s for s, _t in found}, found


def test_romance_capitalised_article_at_a_sentence_start(ents):
    found = surfaces(ents("El ministro habló. Según el Presidente Pedro Álvarez, la Universidad Central abre.", "es"))
    assert "Pedro Álvarez" in found and "Universidad Central" in found, found
    assert not any(s.startswith(("Según", "Presidente")) for s in found), found
    # mid-sentence, a capitalised article stays in a name (a newspaper's title)
    assert "La Stampa" in surfaces(ents("Secondo il quotidiano La Stampa, il piano è pronto.", "it"))


def test_romance_linear_time(default_kb):
    matcher = Matcher(default_kb)

    def cost(text: str) -> float:
        return cpu_seconds(lambda: matcher.scan(text, (), rules_for("it")), samples=2)

    for unit in ("Ministro degli Esteri ", "Presidente Presidente ", "Corte Suprema ", "Nel Il La ", "Come. "):
        small, big = unit * 150, unit * 1200
        cost(small)
        assert cost(big) < 24 * cost(small) + 0.05, unit


def test_a_first_name_opening_a_sentence_stays(ents):
    """The wider opener list (Zipf >= 3.9) spares first names: "Roger" and "Francis" open sentences as names."""
    text = "The report of the team and the press was published. Roger arrived late. Meanwhile, Francis left."
    found = surfaces(ents(text, "en"))
    assert {"Roger", "Francis"} <= found and "Meanwhile" not in found, found
