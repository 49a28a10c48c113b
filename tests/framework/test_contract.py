"""The versioned contract: plugins built for a newer plugin API or record schema are refused at load."""

from __future__ import annotations

import sys
import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from framework import API_VERSION, SCHEMA, SCHEMA_VERSION, ContractError, Pipeline, PluginLoadError, hookimpl
from framework.cli import cli
from framework.contract import check_contract, parse_requirement, satisfies


@pytest.mark.parametrize(("version", "requirement", "ok"), [
    ("1.0", ">=1.0", True),
    ("1.0", ">=1.1", False),
    ("1.0", "1", True),          # a bare major: >=1,<2
    ("2.0", "1", False),
    ("1.3", "~=1.1", True),
    ("2.0", "~=1.1", False),
    ("1.0", "~=1.1", False),
    ("1.4", "==1.*", True),
    ("2.4", "==1.*", False),
    ("1.0", ">=1,<2", True),
    ("2.0", ">=1,<2", False),
    ("1.0", "!=1.0", False),
    ("1", ">=1.0", True),        # 1 == 1.0
])
def test_satisfies(version: str, requirement: str, ok: bool) -> None:
    assert satisfies(version, requirement) is ok


@pytest.mark.parametrize("bad", ["", "latest", ">=1.x", ">=1.*", "=>1"])
def test_bad_requirements_are_value_errors(bad: str) -> None:
    with pytest.raises(ValueError):
        parse_requirement(bad)


def test_versions_are_consistent_with_the_record() -> None:
    assert SCHEMA == f"textplug/{SCHEMA_VERSION}"
    assert satisfies(API_VERSION, f">={API_VERSION}")


class Future:
    name = "future"
    requires_api = ">=99.0"

    @hookimpl
    def annotate_document(self, doc):  # pragma: no cover - never runs: refused at load
        raise AssertionError("a refused plugin must not run")


class OldSchema:
    name = "old_schema"
    requires_schema = "<1"


class Fine:
    name = "fine"
    requires_api = f">={API_VERSION}"
    requires_schema = str(SCHEMA_VERSION)
    provides = ("fine",)

    @hookimpl
    def annotate_document(self, doc):
        doc.add_span("fine", 0, 1)


def test_plugin_for_a_newer_api_is_refused_with_advice() -> None:
    with pytest.raises(ContractError) as info:
        Pipeline.from_config(entry_points=False, register=[Future])
    message = str(info.value)
    assert "plugin 'future'" in message and ">=99.0" in message and f"plugin API {API_VERSION}" in message
    assert "newer textplug" in message and "pip install -U textplug" in message and "--disable future" in message
    assert isinstance(info.value, PluginLoadError)


def test_plugin_for_an_older_schema_is_refused() -> None:
    with pytest.raises(ContractError, match=r"record schema <1.*older contract"):
        Pipeline.from_config(entry_points=False, register=[OldSchema])


def test_invalid_declaration_is_refused_clearly() -> None:
    class Sloppy:
        name = "sloppy"
        requires_api = "recent"

    with pytest.raises(ContractError, match=r"'sloppy'.*requires_api = 'recent'.*not valid"):
        check_contract(Sloppy)


def test_compatible_plugin_runs() -> None:
    pipe = Pipeline.from_config(entry_points=False, register=[Fine])
    assert pipe.process("xyz")["layers"]["fine"] == [{"start": 0, "end": 1}]


def test_installed_plugin_for_a_newer_api_names_its_distribution(tmp_path: Path, monkeypatch) -> None:
    site = tmp_path / "site"
    site.mkdir()
    (site / "futuristic.py").write_text(textwrap.dedent('''
        class Plugin:
            requires_api = ">=2.0"
            def __init__(self):
                raise AssertionError("not even instantiated")
    '''))
    info = site / "textplug_futuristic-3.1.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: textplug-futuristic\nVersion: 3.1\n")
    (info / "entry_points.txt").write_text("[textplug]\nfuturistic = futuristic:Plugin\n")
    monkeypatch.syspath_prepend(str(site))
    try:
        with pytest.raises(ContractError) as err:
            Pipeline.from_config()
        assert "plugin 'futuristic' (distribution textplug-futuristic 3.1) requires textplug plugin API >=2.0" in str(
            err.value)
        # the block list still lets the rest run
        assert "futuristic" not in {i.name for i in Pipeline.from_config(disable="futuristic").plugins}
        result = CliRunner().invoke(cli, ["run", "-q", "-o", str(tmp_path / "out.jsonl")])
        assert result.exit_code == 2 and "built for a newer textplug" in result.stderr
        assert not (tmp_path / "out.jsonl").exists()
    finally:
        sys.modules.pop("futuristic", None)


@given(st.text(alphabet="0123456789.,*<>=!~ x", max_size=300))
def test_any_requirement_text_is_parsed_or_refused_cleanly(text: str) -> None:
    try:
        clauses = parse_requirement(text)
    except ValueError:
        return
    assert clauses and all(op in ("~=", "==", "!=", ">=", "<=", ">", "<") for op, _, _ in clauses)
    assert satisfies("1.0", text) in (True, False)


@pytest.mark.parametrize("text", ["1." * 50_000, ">=" + "1." * 50_000 + "*", " " * 100_000 + "x", "1," * 50_000])
def test_long_malformed_requirements_fail_fast(text: str) -> None:
    import time

    started = time.process_time()
    with pytest.raises(ValueError):
        parse_requirement(text)
    assert time.process_time() - started < 1.0
