"""Eighth recall pass (issue #6): a share-button list (``Partager cet article : Courriel , Facebook …``) is
page chrome, so its names are no mentions (plugins/entities/chrome.py); a well-known place anywhere inside an
organisation's or an untyped name is a mention of its own (``Quorvel Montréal``, ``Radio France
internationale``; plugins/entities/guess.py, ``Guesser._edge_places``); English organisation words end an
organisation's name (``Tsunami Warning Center``; ``lexicon.ORG_LAST``). Invented French sentences; offsets
after emoji and astral characters; linear time."""

from __future__ import annotations

import time

from hypothesis import given, settings
from hypothesis import strategies as st

from plugins.entities.chrome import share_lists
from plugins.entities.guess import Guesser
from plugins.entities.match import Matcher

_SHARE = "Partager cet article :\nCourriel ,\nFacebook ,\nTwitter ,\nGoogle ,\nReddit ,\nDigg ,\nYahoo!"


def test_names_in_a_share_list_are_no_mentions(entity_spans) -> None:
    text = f"😀 Le groupe Zorbexa a publié ses comptes sur Facebook.\n\n{_SHARE}\n\nSources\nLe maire de Lyon, 3 mai."
    cut, after = text.index("Partager"), text.index("Yahoo!") + len("Yahoo!")
    spans = entity_spans(text, None)
    assert not [e for e in spans if cut <= e["start"] < after], spans
    # the same names outside the list are still found: before it, and on the lines after it
    found = {(text[e["start"]:e["end"]], e["type"]) for e in spans}
    assert ("Facebook", "ORG") in found
    assert ("Lyon", "LOC") in found


def test_a_share_list_on_one_line_and_in_english(ents_in) -> None:
    for text in ("Fin. Partager cet article : Courriel, Facebook, Twitter\nLe maire de Lyon a parlé.",
                 "End. Share this article: Facebook, Twitter, Reddit\nThe mayor of Lyon spoke."):
        found = [s for s, _t, _k in ents_in(text)]
        assert "Facebook" not in found and "Twitter" not in found, text
        assert "Lyon" in found, text


def test_a_word_like_the_label_opens_no_share_list() -> None:
    assert share_lists("Il veut partager cet article : Facebook, Twitter.") == []  # lower case: a verb
    assert share_lists("Partager cet article avec Facebook, Twitter.") == []  # no colon
    assert share_lists("Les sites ReShare this: Facebook") == []  # inside a word


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


def test_english_organisation_words_end_an_organisation_name(ents_in) -> None:
    text = ("😀 Hier, le Zorbex Warning Center a lancé une alerte. La Quorvel Exploration Society et le Zorbaz "
            "Department ont répondu.")
    found = {(s, t) for s, t, _k in ents_in(text)}
    for name in ("Zorbex Warning Center", "Quorvel Exploration Society", "Zorbaz Department"):
        assert (name, "ORG") in found, name
    assert ("Zorbex Warning", "ORG") not in found  # the word is the name's last, not a cut


def test_regions_are_code_point_offsets() -> None:
    text = "👩‍👩‍👧 𝄞 fin.\n" + _SHARE + "\nLe Monde."
    (start, end), = share_lists(text)
    assert text[start:end] == _SHARE


_PIECES = st.sampled_from(["Partager cet article", "Share this", ":", " : ", ",", " ,", "\n", "Facebook", "Yahoo!",
                           "😀", "𝄞", "é", "\u0301", "Le Monde", "a dit", " "])


@settings(max_examples=200, deadline=None)
@given(st.lists(_PIECES, max_size=40))
def test_regions_lie_inside_the_text_and_start_at_a_label(pieces) -> None:
    text = "".join(pieces)
    last = 0
    for start, end in share_lists(text):
        assert last <= start < end <= len(text)
        assert text.startswith(("Partager", "Share"), start)
        last = end


def test_linear_time() -> None:
    def cpu(text: str) -> float:
        t0 = time.process_time()
        share_lists(text)
        return time.process_time() - t0

    unit = "Partager cet article : " + "Courriel , " * 30 + "x" * 50 + "\n"
    small, big = unit * 50, unit * 400
    cpu(small)
    assert cpu(big) < 8 * 3 * max(cpu(small), 1e-4)


_WORDS = st.sampled_from(["Quorvel", "Montréal", "Radio", "France", "internationale", "Canada", "Le", "Tour", "de",
                          "Partager cet article :", "Facebook", ",", "😀", "𝄞", "👩‍👩‍👧", "\n", "é", "\u0301", "(",
                          ")", "l'", "selon"])


@settings(max_examples=150, deadline=None)
@given(st.lists(_WORDS, max_size=40))
def test_spans_are_exact_with_astral_characters(assert_exact_spans, words) -> None:
    assert_exact_spans(" ".join(words))


def test_nested_places_in_linear_time(default_kb, pass_seconds) -> None:
    """8 times the text takes about 8 times as long."""
    matcher = Matcher(default_kb)
    g = Guesser(default_kb, matcher)
    for unit in ("selon Zorbexa Canada. ", "Radio France internationale, ", "le Quorvel Stockholm Montréal "):
        small, big = unit * 300, unit * 2400
        ratio = pass_seconds(matcher, g, big) / max(pass_seconds(matcher, g, small), 1e-3)
        assert ratio < 24, (unit, ratio)
