"""``textplug plugins --check`` on fake installed distributions, each with one defect."""

from __future__ import annotations

import sys
import textwrap
from importlib.metadata import entry_points
from pathlib import Path

import orjson
import pytest
from click.testing import CliRunner

from framework import PipelineConfig, hookimpl
from framework.check import check_plugins, static_problems
from framework.cli import cli
from framework.registry import plugin_from_object

PLUGINS = {
    "good": '''
        class Plugin:
            provides = ("good",)
            requires_api = ">=1.0,<2"
            @hookimpl
            def annotate_document(self, doc):
                doc.add_span("good", 0, 1)
    ''',
    "typo": '''
        class Plugin:
            provides = ("typo",)
            @hookimpl
            def annotate_documents(self, doc):
                pass
            def finalize_document(self, doc):
                pass
    ''',
    "wrongargs": '''
        class Plugin:
            @hookimpl
            def segment_document(self, document):
                pass
            @hookimpl
            def configure(self, config, extra=None):
                pass
    ''',
    "sneaky": '''
        class Plugin:
            provides = ("sneaky",)
            @hookimpl
            def annotate_document(self, doc):
                doc.add_span("sneaky", 0, 1)
                doc.set("mood", "sly")
    ''',
    "silent": '''
        class Plugin:
            @hookimpl
            def annotate_document(self, doc):
                doc.add_span("silent", 0, 1)
    ''',
    "reader": '''
        class Plugin:
            provides = ("doc.count",)
            @hookimpl
            def finalize_document(self, doc):
                doc.set("count", len(doc.spans("sarcasm")) + len(doc.spans("good")))
    ''',
    "needy": '''
        class Plugin:
            requires = ("speaker",)
            @hookimpl
            def finalize_document(self, doc):
                pass
    ''',
    "future": '''
        class Plugin:
            requires_api = ">=9.0"
    ''',
    "broken": '''
        raise ImportError("no module named heavy_model")
    ''',
}


@pytest.fixture
def fake_distributions(tmp_path: Path, monkeypatch):
    site = tmp_path / "site"
    site.mkdir()
    for name, source in PLUGINS.items():
        (site / f"chk_{name}.py").write_text("from framework import hookimpl\n" + textwrap.dedent(source))
        info = site / f"textplug_{name}-0.{len(name)}.dist-info"
        info.mkdir()
        (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: textplug-{name}\nVersion: 0.{len(name)}\n")
        (info / "entry_points.txt").write_text(f"[textplug]\n{name} = chk_{name}:Plugin\n")
    monkeypatch.syspath_prepend(str(site))
    yield
    for name in PLUGINS:
        sys.modules.pop(f"chk_{name}", None)


def _by_plugin(problems):
    found: dict[str, set[tuple[str, str]]] = {}
    for p in problems:
        found.setdefault(p["plugin"], set()).add((p["level"], p["kind"]))
    return found


def test_check_finds_each_defect_and_names_the_distribution(fake_distributions) -> None:
    result = CliRunner().invoke(cli, ["plugins", "--check", "--json"], catch_exceptions=False)
    assert result.exit_code == 1, result.output
    data = orjson.loads(result.stdout)
    problems = data["problems"]
    found = _by_plugin(problems)
    assert found["typo"] == {("error", "unknown-hook"), ("warning", "not-marked")}
    assert found["wrongargs"] == {("error", "arguments")}
    assert found["sneaky"] == {("error", "writes-undeclared")}
    assert found["silent"] == {("error", "writes-undeclared")}
    assert found["reader"] == {("error", "reads-unprovided"), ("warning", "reads-undeclared")}
    assert found["needy"] == {("error", "requires-unmet")}
    assert found["future"] == {("error", "contract")}
    assert found["broken"] == {("error", "load")}
    assert "good" not in found and "source_tags" not in found
    messages = {p["plugin"]: p for p in problems if p["level"] == "error"}
    assert messages["broken"]["distribution"] == "textplug-broken"
    assert "heavy_model" in messages["broken"]["message"]
    assert "did you mean annotate_document" in messages["typo"]["message"]
    assert "document" in messages["wrongargs"]["message"] and "(doc)" in messages["wrongargs"]["message"]
    assert "doc.mood" in messages["sneaky"]["message"] and "silent" in messages["silent"]["message"]
    assert "'sarcasm'" in messages["reader"]["message"]
    assert "speaker" in messages["needy"]["message"]
    assert ">=9.0" in messages["future"]["message"] and "textplug-future 0.6" in messages["future"]["message"]


def test_human_output_groups_by_distribution(fake_distributions) -> None:
    result = CliRunner().invoke(cli, ["plugins", "--check"], catch_exceptions=False)
    assert result.exit_code == 1
    assert "typo (distribution textplug-typo 0.4):" in result.stdout
    assert "  error [unknown-hook] method annotate_documents is marked @hookimpl" in result.stdout
    builtins = sum(1 for ep in entry_points(group="textplug") if ep.dist and ep.dist.name == "textplug")
    summary = f"checked {9 + builtins} plugin(s) from 10 distribution(s), 2 not loadable: 8 error(s), 2 warning(s)"
    assert summary in result.stderr


def test_clean_set_exits_zero(fake_distributions) -> None:
    result = CliRunner().invoke(cli, ["plugins", "--check", "--plugins", "good,source_tags"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert "checked 2 plugin(s) from 2 distribution(s), 0 not loadable: 0 error(s), 0 warning(s)" in result.stderr


def test_declared_reads_are_fine_and_settings_reach_configure() -> None:
    class Count:
        name = "count"
        requires = ("source_tag",)
        provides = ("doc.tags",)

        @hookimpl
        def finalize_document(self, doc):
            doc.set("tags", len(doc.spans("source_tag")))

    config = PipelineConfig(entry_points=True, plugins=("source_tags",))
    infos, problems = check_plugins(config, ["a\nSource-1"], register=[Count])
    assert {i.name for i in infos} == {"source_tags", "count"}
    assert problems == []


def test_optional_reads_declared_in_uses_are_fine_when_nobody_provides_them() -> None:
    class Optional:
        name = "optional"
        provides = ("doc.quotes",)
        uses = ("sarcasm",)  # read when a plugin provides it; works without one

        @hookimpl
        def finalize_document(self, doc):
            doc.set("quotes", len(doc.spans("sarcasm")))

    class Undeclared(Optional):
        name = "undeclared"
        provides = ("doc.quotes2",)
        uses = ()

        @hookimpl
        def finalize_document(self, doc):
            doc.set("quotes2", len(doc.spans("sarcasm")))

    config = PipelineConfig(entry_points=False)
    _, problems = check_plugins(config, ["a text"], register=[Optional, Undeclared])
    assert [(p.plugin, p.kind) for p in problems] == [("undeclared", "reads-unprovided")]


def test_static_problems_of_a_module_plugin() -> None:
    import types

    module = types.ModuleType("modplug")

    @hookimpl
    def prepare_document(doc, extra):
        pass

    module.prepare_document = prepare_document
    problems = static_problems(plugin_from_object(module))
    assert [(p.kind, p.plugin) for p in problems] == [("arguments", "modplug")]
