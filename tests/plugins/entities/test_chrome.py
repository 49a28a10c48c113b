"""Page chrome (plugins/entities/chrome.py): a share-button list (``Partager cet article : Courriel ,
Facebook …``, ``Share this article: …``, on one line or one item a line) is an ignored region, so its names
are no mentions while the same names elsewhere in the text still are; a word like the label in lower case,
without its colon or inside a word opens none; regions are code-point offsets that start at a label; linear
time. Invented French and English sentences."""

from __future__ import annotations

import time

from hypothesis import given, settings
from hypothesis import strategies as st

from plugins.entities.chrome import share_lists

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
