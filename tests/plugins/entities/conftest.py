"""Fixtures for the entities tests: the bundled default KB, built once into pytest's cache folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from framework import Document, Pipeline
from framework.testing import cpu_seconds
from plugins.entities.kb import KB
from plugins.entities.plugin import Entities


@pytest.fixture(scope="session")
def default_kb_path(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory,
                    monkeypatch_session) -> Path:
    """The default KB (built from the installed gazetteers and the curated file on the first run; kept in
    pytest's cache folder across runs, or in a temporary folder when the cache plugin is off)."""
    from plugins.entities.default import ensure_default_kb

    cache = getattr(request.config, "cache", None)
    folder = cache.mkdir("textplug-entities") if cache else tmp_path_factory.mktemp("textplug-entities")
    monkeypatch_session.setenv("TEXTPLUG_CACHE_DIR", str(folder))
    return ensure_default_kb()


@pytest.fixture(scope="session")
def default_kb(default_kb_path: Path) -> KB:
    return KB(default_kb_path)


@pytest.fixture(scope="session")
def monkeypatch_session():
    mp = pytest.MonkeyPatch()
    yield mp
    mp.undo()


@pytest.fixture(scope="session")
def kb_data(shared_data: Path) -> Path:
    return shared_data / "kb"


@pytest.fixture
def pass_seconds():
    """``(matcher, guesser, text, rules=None) -> seconds``: CPU time of a scan plus the recall pass, best of two,
    with a language's ``LangRules`` when given (the linear-time tests compare a text with 8 times its length)."""

    def seconds(matcher, guesser, text: str, rules=None) -> float:
        def scan_and_refine() -> None:
            if rules is None:
                mentions, norm = matcher.scan(text)
                guesser.refine(mentions, text, norm)
            else:
                mentions, norm = matcher.scan(text, (), rules)
                guesser.refine(mentions, text, norm, rules)

        return cpu_seconds(scan_and_refine, samples=2)

    return seconds


@pytest.fixture
def assert_pass_linear(default_kb, pass_seconds):
    """``(units) -> None``: for each unit, the scan plus the recall pass over 2,400 copies of it takes less
    than 24 times as long as over 300 (8 times the text: about 8 times as long, 64 if quadratic)."""
    from plugins.entities.guess import Guesser
    from plugins.entities.match import Matcher

    def check(units) -> None:
        matcher = Matcher(default_kb)
        g = Guesser(default_kb, matcher)
        for unit in units:
            small, big = unit * 300, unit * 2400
            ratio = pass_seconds(matcher, g, big) / max(pass_seconds(matcher, g, small), 1e-3)
            assert ratio < 24, (unit, ratio)

    return check


@pytest.fixture(scope="session")
def pipe(default_kb_path: Path) -> Pipeline:
    """The entities plugin alone, on the default KB, with the learned typer off: the types its rules give, which
    most tests here are about (``typer_pipe`` is the plugin as it runs by default)."""
    return Pipeline.from_config(plugins=("entities",),
                                settings={"entities": {"kb": str(default_kb_path), "typer": False}})


@pytest.fixture(scope="session")
def typer_pipe(default_kb_path: Path) -> Pipeline:
    """The entities plugin alone as it runs by default: the learned typer on for French documents."""
    return Pipeline.from_config(plugins=("entities",), settings={"entities": {"kb": str(default_kb_path)}})


@pytest.fixture(scope="session")
def assert_exact_spans(pipe: Pipeline):
    """``(text) -> None``: every entity span is inside the text and has no surrounding spaces (offsets are
    code points, so emoji and astral characters before a span must not shift it)."""

    def check(text: str) -> None:
        for e in pipe.process(text)["layers"].get("entity", []):
            assert 0 <= e["start"] < e["end"] <= len(text)
            assert text[e["start"]:e["end"]] == text[e["start"]:e["end"]].strip()

    return check


@pytest.fixture(scope="session")
def plugin(default_kb_path: Path) -> Entities:
    """The entities plugin on the default KB, configured once, called directly (no pipeline)."""
    p = Entities()
    p.configure({"entities": {"kb": str(default_kb_path)}})
    return p


@pytest.fixture(scope="session")
def ents_in(plugin: Entities):
    """``(text, lang=None) -> [(surface, type, kb_id)]`` through the plugin (``lang`` as doc.lang)."""

    def run(text: str, lang: str | None = None) -> list[tuple[str, str, str | None]]:
        record = {"id": "d", "text": text, "layers": {}, "doc": {"lang": {"value": lang}} if lang else {}}
        doc = Document(record)
        plugin.link_entities(doc)
        return [(text[e["start"]:e["end"]], e["type"], e["kb_id"]) for e in doc.spans("entity")]

    return run


@pytest.fixture(scope="session")
def entity_spans(plugin: Entities):
    """``(text, lang) -> the entity layer's spans`` through the plugin (``lang`` as doc.lang, or none): what
    the gold tests score."""

    def run(text: str, lang: str | None) -> list[dict]:
        doc = Document({"id": "d", "text": text, "layers": {}, "doc": {"lang": {"value": lang}} if lang else {}})
        plugin.link_entities(doc)
        return doc.spans("entity")

    return run
