"""The learned typer (plugins/entities/typer.py): its model file, its features, and what it may change."""

from __future__ import annotations

import time

from hypothesis import given, settings
from hypothesis import strategies as st

from plugins.entities.typer import FEATURES_VERSION, MODEL_PATH, features, load_typer


def _typed(pipe, text: str, lang: str | None = None) -> list[tuple[str, str]]:
    record = {"id": "d", "text": text, "doc": {"lang": {"value": lang}}} if lang else text
    return [(text[e["start"]:e["end"]], e["type"]) for e in pipe.process(record)["layers"].get("entity", [])]


def test_the_bundled_model_fits_the_features() -> None:
    typer = load_typer()
    assert MODEL_PATH.is_file()
    assert typer.classes == ["LOC", "O", "ORG", "PER"] and len(typer.intercept) == 4
    assert 0 < typer.threshold < 1
    assert len(typer.weights) > 1000 and all(len(w) == 4 for w in typer.weights.values())
    # the features the model was trained on are the ones computed here: most of a French text's are known
    text = "Le maire de Lyon, Gérard Collomb, a rencontré la ministre à Paris."
    spans = [{"start": text.index(w), "end": text.index(w) + len(w), "type": t, "kb_id": None, "score": 0.0,
              "cluster": f"c{i}", "name": w} for i, (w, t) in enumerate((("Lyon", "LOC"), ("Gérard Collomb", "PER"),
                                                                          ("Paris", "LOC")))]
    feats = [f for fs in features(text, spans, frozenset({"gerard"})) for f in fs]
    assert sum(f in typer.weights for f in feats) / len(feats) > 0.5
    assert FEATURES_VERSION == 1


def test_learned_types_on_french_news(typer_pipe, pipe) -> None:
    # what WiNER-fr's annotators call these, where the rules' cues say otherwise
    cases = [("Il souffrait de la maladie de Parkinson depuis 32 ans.", "Parkinson", "PER"),
             ("Le concert du groupe des Red Hot Chili Peppers, prévu demain soir, est annulé.",
              "Red Hot Chili Peppers", "ORG"),
             ("Les stations de métro République et Bastille ont été fermées.", "Bastille", "LOC"),
             ("Le PSG a battu Lille 2-0 au Parc des Princes.", "Parc des Princes", "LOC"),
             ("Les coureurs du Tour sont arrivés à Lyon.", "Tour", "MISC")]  # an event: none of the three
    for text, name, typ in cases:
        assert (name, typ) in _typed(typer_pipe, text), text
        assert (name, typ) not in _typed(pipe, text), text  # the typer made the difference


def test_the_typer_only_retypes(typer_pipe, pipe) -> None:
    text = ("😀 Le ministre de l'Intérieur Bernard Cazeneuve a rencontré à Lyon les dirigeants de Zorbex et le "
            "groupe des Red Hot Chili Peppers. 𝄞 Selon l'AFP, la Cour suprême du Canada a tranché.")
    on, off = typer_pipe.process(text)["layers"]["entity"], pipe.process(text)["layers"]["entity"]
    assert [{k: v for k, v in e.items() if k != "type"} for e in on] == \
        [{k: v for k, v in e.items() if k != "type"} for e in off]
    assert {e["type"] for e in on} <= {"PER", "ORG", "LOC", "MISC"}


def test_curated_entities_keep_their_type(typer_pipe) -> None:
    # WiNER-fr calls social networks products; the team's KB (and the seed article's gold) calls Twitter a company
    assert ("Twitter", "ORG") in _typed(typer_pipe, "Il a publié un message sur Twitter et sur Facebook hier soir.")


def test_other_languages_are_not_retyped(typer_pipe, pipe) -> None:
    text = "The concert of the Red Hot Chili Peppers in Lyon was cancelled, Gérard Collomb said."
    assert _typed(typer_pipe, text, "en") == _typed(pipe, text, "en")
    assert _typed(typer_pipe, text) == _typed(pipe, text)  # read as English without a language too


_WORDS = st.sampled_from(["Paris", "le", "de", "Jean", "Dupont", "😀", "𝄞", "Zorbex", "(", ")", ",", ".", "ORG",
                          "l'", "Saint-Denis", "\n", "1er", "Mme"])


@settings(max_examples=60, deadline=None)
@given(st.lists(_WORDS, max_size=40), st.data())
def test_features_of_any_spans(words, data) -> None:
    text = " ".join(words)
    n = len(text)
    spans = []
    for _ in range(data.draw(st.integers(0, 8))):
        a = data.draw(st.integers(0, max(0, n - 1)))
        b = data.draw(st.integers(a, n))
        spans.append({"start": a, "end": b, "type": data.draw(st.sampled_from(["PER", "ORG", "LOC", "MISC"])),
                      "kb_id": data.draw(st.sampled_from([None, "Q90", "geonames:1", "textplug:x"])),
                      "score": data.draw(st.floats(0, 1)), "cluster": data.draw(st.sampled_from(["c1", "c2", None])),
                      "name": None})
    feats = features(text, spans, frozenset({"jean"}))
    assert len(feats) == len(spans) and all(f and all(isinstance(x, str) for x in f) for f in feats)
    assert len(load_typer().types(text, spans, frozenset())) == len(spans)


def test_linear_in_the_mentions() -> None:
    typer = load_typer()

    def seconds(k: int) -> float:
        text = "Le maire de Lyon, Jean Dupont, a vu Zorbex à Paris. " * k
        spans = []
        for i in range(k):
            base = i * 52
            for w, t in (("Lyon", "LOC"), ("Jean Dupont", "PER"), ("Zorbex", "ORG"), ("Paris", "LOC")):
                s = base + text.index(w)
                spans.append({"start": s, "end": s + len(w), "type": t, "kb_id": None, "score": 0.0,
                              "cluster": f"c{w}", "name": w})
        t0 = time.process_time()
        typer.types(text, spans, frozenset({"jean"}))
        return time.process_time() - t0

    small, big = min(seconds(250) for _ in range(3)), min(seconds(2000) for _ in range(3))
    assert big < 8 * small * 2.5 + 0.05, (small, big)  # 8x the mentions: linear, with room for a noisy machine
