import time
from pathlib import Path

import orjson
import pytest
from hypothesis import given
from hypothesis import strategies as st

from framework import ConfigError, Pipeline


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline.from_config(plugins="source_tags")


def tags(pipe: Pipeline, text: str) -> list[tuple[str, int]]:
    record = pipe.process(text)
    return [(text[s["start"]:s["end"]], s["id"]) for s in record["layers"].get("source_tag", [])]


def test_seed_article(pipe: Pipeline, seed_text: str) -> None:
    record = pipe.process(seed_text)
    assert record["layers"]["source_tag"] == [{"start": 3493, "end": 3503, "id": 147, "tag": "Source-147"}]
    assert record["doc"]["source"] == {"value": {"tag": "Source-147", "id": 147, "name": None, "url": None},
                                       "by": "source_tags"}
    assert record["layers"]["ignore"] == [{"start": 3493, "end": 3503, "reason": "source_tag", "by": "source_tags"}]


def test_no_false_tag_in_the_news_corpus(pipe: Pipeline, shared_data: Path) -> None:
    found = []
    for line in (shared_data / "news" / "news.jsonl").open("rb"):
        record = pipe.process(orjson.loads(line))
        if record["layers"].get("source_tag"):
            found.append(record["id"])
    assert found == []


@pytest.mark.parametrize("text, expected", [
    ("Fin de l'article.\nSource-12", [("Source-12", 12)]),
    ("Fin de l'article.Source-12", [("Source-12", 12)]),
    ("pour commenterSource-3  \n", [("Source-3", 3)]),
    ("Source-5\nThe article starts here.", [("Source-5", 5)]),
    ("Source-5\nBody.\nSource-6", [("Source-6", 6), ("Source-5", 5)]),
    ("Open-Source-2", []),
    ("The Source-12 protocol is mentioned mid-text and the text goes on.", []),
    ("Ends with Source-12a", []),
    ("😀 emoji before.\nSource-7", [("Source-7", 7)]),
])
def test_positions(pipe: Pipeline, text: str, expected: list) -> None:
    assert tags(pipe, text) == expected


def test_registry_and_prefixes(tmp_path: Path) -> None:
    registry = tmp_path / "sources.tsv"
    registry.write_text("id\tname\turl\n147\tArs Technica (fr)\thttps://arstechnica.com\n", encoding="utf-8")
    pipe = Pipeline.from_config(plugins="source_tags", settings={
        "source_tags": {"registry": str(registry), "prefixes": "Source,Quelle"}})
    record = pipe.process("Text.\nQuelle-147")
    assert record["doc"]["source"]["value"]["name"] == "Ars Technica (fr)"
    (tmp_path / "bad.json").write_text('{"1": 3}')
    with pytest.raises(ConfigError, match="malformed"):
        Pipeline.from_config(plugins="source_tags", settings={"source_tags": {"registry": str(tmp_path / "bad.json")}})
    with pytest.raises(ConfigError, match="named groups"):
        Pipeline.from_config(plugins="source_tags", settings={"source_tags": {"pattern": r"Src(\d+)"}})


def test_custom_pattern() -> None:
    pipe = Pipeline.from_config(plugins="source_tags",
                                settings={"source_tags": {"pattern": r"\[(?P<tag>src:(?P<id>\d+))\]\s*\Z"}})
    assert pipe.process("Body [src:44]")["layers"]["source_tag"][0]["id"] == 44


@given(st.text(alphabet="Source-0123456789 .\n😀", max_size=300))
def test_any_text_gives_valid_spans(text: str) -> None:
    pipe = Pipeline.from_config(plugins="source_tags")
    record = pipe.process({"id": "h", "text": text or "x"})
    for span in record["layers"].get("source_tag", []):
        assert record["text"][span["start"]:span["end"]] == span["tag"]


@pytest.mark.parametrize("filler", ["Source-" * 20000, "-" * 100000, "9" * 100000, "Source-1" * 10000 + "x"])
def test_long_runs_take_constant_time(pipe: Pipeline, filler: str) -> None:
    started = time.process_time()
    pipe.process(filler)
    assert time.process_time() - started < 0.05


@pytest.mark.parametrize("prefixes", ["", " , "])
def test_no_prefix_is_a_config_error(prefixes: str) -> None:
    """``--set source_tags.prefixes=`` made every document fail with 'max() arg is an empty sequence'."""
    with pytest.raises(ConfigError, match="source_tags: prefixes needs at least one prefix"):
        Pipeline.from_config(plugins="source_tags", settings={"source_tags": {"prefixes": prefixes}})


def test_an_unknown_setting_is_a_config_error() -> None:
    """As the language plugin does: ``--set source_tags.prefix=Quelle`` was ignored in silence."""
    says = "source_tags: unknown setting[(]s[)] prefix; known: pattern, prefixes, registry"
    with pytest.raises(ConfigError, match=says):
        Pipeline.from_config(plugins="source_tags", settings={"source_tags": {"prefix": "Quelle"}})
