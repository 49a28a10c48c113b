"""The entities plugin in a pipeline: the seed article against its gold record, overlays, bad settings."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from framework import ConfigError, Pipeline
from plugins.entities import Entities

CERTAIN = {"Elon Musk": "Q317521", "Donald Trump": "Q22686", "Twitter": "Q918"}


@pytest.fixture(scope="module")
def pipeline(default_kb_path: Path) -> Pipeline:
    return Pipeline.from_config(plugins=("source_tags", "entities"),
                                settings={"entities": {"kb": str(default_kb_path)}})


@pytest.fixture(scope="module")
def seed(pipeline: Pipeline, shared_data: Path) -> tuple[dict, dict]:
    text = (shared_data / "seed" / "article.txt").read_text(encoding="utf-8")
    gold = json.loads((shared_data / "seed" / "gold.json").read_text(encoding="utf-8"))
    return pipeline.process({"id": "seed", "text": text}), gold


def test_seed_every_gold_mention_found_with_its_type(seed):
    record, gold = seed
    got = {(e["start"], e["end"]): e for e in record["layers"]["entity"]}
    for g in gold["entities"]:
        span = (g["start"], g["end"])
        assert span in got, f"missed {g['text']!r} at {span}"
        assert got[span]["type"] == g["type"], g


def test_seed_certain_ids_and_no_false_links(seed):
    record, gold = seed
    by_span = {(g["start"], g["end"]): g for g in gold["entities"]}
    for e in record["layers"]["entity"]:
        g = by_span.get((e["start"], e["end"]))
        if e["kb_id"] is not None:
            assert g is not None, f"linked a mention that is not an entity: {e}"
        if g is not None and g["entity"] in CERTAIN:
            assert e["kb_id"] == CERTAIN[g["entity"]], (g, e)
            assert e["qid"] == CERTAIN[g["entity"]]


def test_seed_one_cluster_per_gold_entity(seed):
    """Gonzalez joins Jessica Gonzalez (NIL), Johnson joins Derrick Johnson (never Boris Johnson), Ars is Ars
    Technica, Musk is Elon Musk: the clusters partition the mentions exactly as the gold entities do."""
    record, gold = seed
    got = {(e["start"], e["end"]): e for e in record["layers"]["entity"]}
    clusters: dict[str, set[str]] = {}
    for g in gold["entities"]:
        clusters.setdefault(g["entity"], set()).add(got[(g["start"], g["end"])]["cluster"])
    assert all(len(c) == 1 for c in clusters.values()), clusters
    assert len({next(iter(c)) for c in clusters.values()}) == len(clusters)
    names = {g["text"]: got[(g["start"], g["end"])] for g in gold["entities"]}
    assert names["Johnson"]["name"] == "Derrick Johnson" and names["Johnson"]["kb_id"] is None
    assert names["Gonzalez"]["name"] == "Jessica Gonzalez"
    assert names["Ars"]["name"] == "Ars Technica" and names["Ars"]["kb_id"] == "textplug:ars-technica"


def test_seed_source_tag_region_skipped(seed):
    record, _ = seed
    tag = record["layers"]["source_tag"][0]
    assert not [e for e in record["layers"]["entity"] if e["start"] < tag["end"] and e["end"] > tag["start"]]


def test_entity_fields(seed):
    record, _ = seed
    for e in record["layers"]["entity"]:
        assert set(e) == {"start", "end", "id", "type", "kb_id", "qid", "name", "score", "cluster"}
        assert e["type"] in {"PER", "ORG", "LOC", "MISC"}
        assert 0.0 <= e["score"] <= 1.0
    assert len({e["id"] for e in record["layers"]["entity"]}) == len(record["layers"]["entity"])


def test_handles_hashtags_and_acronyms(pipeline):
    text = "Selon @elonmusk, l'Organisation mondiale de la santé (OMS) a tort. #Twitter 🐦 Paris et Londres."
    ents = {text[e["start"]:e["end"]]: e for e in pipeline.process(text)["layers"]["entity"]}
    assert ents["@elonmusk"]["kb_id"] == "Q317521"
    assert ents["OMS"]["kb_id"] == "Q7817"
    assert ents["Paris"]["kb_id"] == "Q90" and ents["Londres"]["kb_id"] == "Q84"


def test_acronym_of_unknown_expansion_joins_its_cluster(pipeline):
    text = ("La Fédération nationale des producteurs de lait a protesté. Pour la FNPL, le prix est trop bas, "
            "a dit Marc Dupuis. Dupuis l'a répété.")
    ents = {text[e["start"]:e["end"]]: e for e in pipeline.process(text)["layers"]["entity"]}
    assert ents["Dupuis"]["cluster"] == ents["Marc Dupuis"]["cluster"]
    assert ents["Marc Dupuis"]["type"] == "PER"


def test_overlay_adds_a_nickname(tmp_path: Path, default_kb_path: Path, monkeypatch):
    monkeypatch.setenv("TEXTPLUG_CACHE_DIR", str(tmp_path))
    overlay = tmp_path / "nick.jsonl"
    overlay.write_text('{"id": "Q317521", "aliases": ["patron de Tesla"]}\n'
                       '{"id": "textplug:jg", "label": "Jessica González", "type": "PER"}\n', encoding="utf-8")
    pipe = Pipeline.from_config(plugins=("entities",), settings={"entities": {
        "kb": str(default_kb_path), "overlays": str(overlay)}})
    text = "Jessica Gonzalez répond au patron de Tesla. Gonzalez insiste."
    ents = {text[e["start"]:e["end"]]: e for e in pipe.process(text)["layers"]["entity"]}
    assert ents["patron de Tesla"]["kb_id"] == "Q317521"
    assert ents["Jessica Gonzalez"]["kb_id"] == "textplug:jg"
    assert ents["Gonzalez"]["kb_id"] == "textplug:jg"


def test_missing_kb_is_a_config_error(tmp_path: Path):
    with pytest.raises(ConfigError, match="not found"):
        Pipeline.from_config(plugins=("entities",), settings={"entities": {"kb": str(tmp_path / "none.sqlite")}})
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"not a database")
    with pytest.raises(ConfigError):
        Pipeline.from_config(plugins=("entities",), settings={"entities": {"kb": str(bad)}})


def test_kb_loaded_once_per_process(default_kb_path: Path):
    a, b = Entities(), Entities()
    a.configure({"entities": {"kb": str(default_kb_path)}})
    b.configure({"entities": {"kb": str(default_kb_path)}})
    assert a.kb is b.kb


def test_no_mentions_inside_urls(default_kb_path: Path) -> None:
    """A URL's path is no name (``lemonde.fr/Politique/Emmanuel-Macron.html``, ``t.co/U9WP5jvXoP``); the
    names around it still are."""
    pipe = Pipeline.from_config(plugins=("tweets", "entities"), settings={"entities": {"kb": str(default_kb_path)}},
                                on_error="raise")
    text = ("Emmanuel Macron a publié https://t.co/U9WP5jvXoP et www.Example.com/Paris/Macron hier. Lire "
            "https://www.lemonde.fr/Politique/Article/Emmanuel-Macron.html à Paris.")
    record = pipe.process(text)
    urls = [(u["start"], u["end"]) for u in record["layers"]["url"]]
    assert len(urls) == 3
    found = [(e["start"], e["end"]) for e in record["layers"]["entity"]]
    inside = [text[s:e] for s, e in found if any(us < e and s < ue for us, ue in urls)]
    assert inside == []
    assert {text[s:e] for s, e in found} >= {"Emmanuel Macron", "Paris"}


@pytest.mark.parametrize("key", ["guess", "nil"])
def test_a_switch_that_is_neither_true_nor_false_is_a_config_error(default_kb_path: Path, key: str) -> None:
    """``--set entities.guess=maybe`` used to turn the pass off in silence."""
    with pytest.raises(ConfigError, match=f"entities: {key} must be true or false, not 'maybe'"):
        Pipeline.from_config(plugins=("entities",), settings={"entities": {"kb": str(default_kb_path), key: "maybe"}})
    pipe = Pipeline.from_config(plugins=("entities",), settings={"entities": {"kb": str(default_kb_path), key: "off"}})
    assert pipe.plugins[0].obj.nil is (key != "nil") and (pipe.plugins[0].obj.guesser is None) is (key == "guess")


@pytest.mark.parametrize("value", ["5", "-0.1", "nan"])
def test_a_threshold_outside_0_1_is_a_config_error(default_kb_path: Path, value: str) -> None:
    """Link scores are in [0, 1]: ``threshold=5`` left every mention NIL in silence."""
    with pytest.raises(ConfigError, match="entities: threshold must be a number between 0 and 1"):
        Pipeline.from_config(plugins=("entities",), settings={"entities": {"kb": str(default_kb_path),
                                                                          "threshold": value}})


def test_an_unknown_setting_is_a_config_error(default_kb_path: Path) -> None:
    """As the language plugin does: ``--set entities.overlay=nicknames.jsonl`` was ignored in silence."""
    says = "entities: unknown setting[(]s[)] overlay; known: guess, kb, nil, overlays, threshold"
    with pytest.raises(ConfigError, match=says):
        Pipeline.from_config(plugins=("entities",), settings={"entities": {"kb": str(default_kb_path),
                                                                          "overlay": "x.jsonl"}})

