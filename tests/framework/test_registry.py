import sys
import textwrap
from pathlib import Path

import pytest

from framework import ConfigError, DependencyError, Pipeline, PipelineConfig, PluginLoadError


@pytest.fixture
def fake_distribution(tmp_path: Path, monkeypatch):
    """An installed distribution 'broken-plugin' whose entry point fails to import, and a working one."""
    site = tmp_path / "site"
    (site / "good_plugin.py").parent.mkdir(parents=True)
    (site / "good_plugin.py").write_text(textwrap.dedent('''
        from framework import hookimpl
        class Good:
            provides = ("good",)
            @hookimpl
            def annotate_document(self, doc):
                doc.add_span("good", 0, 1)
    '''))
    (site / "broken_plugin.py").write_text("raise ImportError('missing dependency xyz')\n")
    for dist, module, attr in (("broken_plugin", "broken_plugin", "Thing"), ("good_plugin", "good_plugin", "Good")):
        info = site / f"{dist}-1.2.3.dist-info"
        info.mkdir()
        (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {dist.replace('_', '-')}\nVersion: 1.2.3\n")
        (info / "entry_points.txt").write_text(f"[textplug]\n{dist.split('_')[0]} = {module}:{attr}\n")
    monkeypatch.syspath_prepend(str(site))
    yield
    for name in ("good_plugin", "broken_plugin"):
        sys.modules.pop(name, None)


def test_failing_entry_point_names_distribution_and_entry_point(fake_distribution) -> None:
    with pytest.raises(PluginLoadError) as info:
        Pipeline.from_config()
    message = str(info.value)
    assert "broken-plugin" in message and "broken = broken_plugin:Thing" in message
    assert "missing dependency xyz" in message and "--disable broken" in message


def test_block_list_skips_broken_plugin_and_third_party_runs(fake_distribution, monkeypatch) -> None:
    monkeypatch.setenv("TEXTPLUG_DISABLE", "broken")
    pipe = Pipeline.from_config()
    good = next(info for info in pipe.plugins if info.name == "good")
    assert good.dist == "good-plugin" and good.version == "1.2.3"
    assert pipe.process("xyz")["layers"]["good"] == [{"start": 0, "end": 1}]
    assert pipe.provenance["good"]["plugin"] == "good-plugin"


def test_allow_list_from_environment(fake_distribution, monkeypatch) -> None:
    monkeypatch.setenv("TEXTPLUG_PLUGINS", "source_tags")
    assert [info.name for info in Pipeline.from_config().plugins] == ["source_tags"]


def test_unknown_allowed_plugin_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="unknown plugin.*nope.*available: .*source_tags"):
        Pipeline.from_config(plugins="source_tags,nope")


def test_module_path_plugins() -> None:
    pipe = Pipeline.from_config(entry_points=False, modules=["sample_plugins:Words"])
    assert pipe.process("one two")["doc"]["words"]["value"] == 2
    with pytest.raises(PluginLoadError, match="no_such_module"):
        Pipeline.from_config(entry_points=False, modules=["no_such_module:X"])


def test_requires_lists_met_and_missing() -> None:
    with pytest.raises(DependencyError) as info:
        Pipeline.from_config(entry_points=False, modules=["sample_plugins:Words", "sample_plugins:NeedsWords"])
    message = str(info.value)
    assert "met: word (by words)" in message and "missing: doc.lang" in message


def test_two_plugins_providing_one_layer_is_an_error() -> None:
    import sample_plugins

    class Other(sample_plugins.Words):
        name = "other_words"

    with pytest.raises(DependencyError, match="provided by both"):
        Pipeline(PipelineConfig(entry_points=False, modules=("sample_plugins:Words",)), [Other])


def test_config_errors_reach_the_user() -> None:
    with pytest.raises(ConfigError, match="may not be 'bad'"):
        Pipeline.from_config(entry_points=False, modules=["sample_plugins:Configured"],
                             settings={"configured": {"value": "bad"}})
    with pytest.raises(ConfigError, match="unknown config key"):
        PipelineConfig.build({"plugns": ["x"]})
