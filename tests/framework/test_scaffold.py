"""``textplug new-plugin``: the package it writes is complete, installs with pip -e and passes its own tests."""

from __future__ import annotations

import os
import site
import subprocess
import sys
import sysconfig
import time
from pathlib import Path

import orjson
import pytest
from click.testing import CliRunner

from framework import PHASES, ConfigError
from framework.cli import cli
from framework.scaffold import create_plugin, normalize_phase, render_plugin

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib


def test_render_writes_the_entry_point_module_tests_and_readme() -> None:
    files = render_plugin("press-agencies", ["segment", "finalize_document"])
    assert set(files) == {"pyproject.toml", "README.md", "textplug_press_agencies/__init__.py",
                          "textplug_press_agencies/plugin.py", "tests/test_plugin.py"}
    project = tomllib.loads(files["pyproject.toml"])
    assert project["project"]["name"] == "textplug-press-agencies"
    assert project["project"]["entry-points"]["textplug"] == {
        "press_agencies": "textplug_press_agencies.plugin:PressAgencies"}
    assert any(dep.startswith("textplug>=") for dep in project["project"]["dependencies"])
    module = files["textplug_press_agencies/plugin.py"]
    compile(module, "plugin.py", "exec")
    compile(files["tests/test_plugin.py"], "test_plugin.py", "exec")
    assert "def segment_document(self, doc: Document)" in module
    assert "def finalize_document(self, doc: Document)" in module
    assert "def annotate_document" not in module
    assert 'requires_api = ">=1.0,<2"' in module
    assert "textplug_pipeline" in files["tests/test_plugin.py"] and "assert_span" in files["tests/test_plugin.py"]
    assert "pip install -e" in files["README.md"]


def test_phase_aliases_and_bad_names() -> None:
    assert [normalize_phase(p) for p in ("prepare", "language", "segment", "annotate", "link", "finalize")] == list(
        PHASES)
    with pytest.raises(ConfigError, match="unknown phase 'tokenize'"):
        normalize_phase("tokenize")
    for bad in ("My Plug", "1st", "class", "a/b", "", "a" * 31):
        with pytest.raises(ConfigError, match="not usable"):
            render_plugin(bad)


def test_create_refuses_to_overwrite(tmp_path: Path) -> None:
    root = create_plugin("cashtags", tmp_path)
    assert (root / "textplug_cashtags" / "plugin.py").is_file()
    with pytest.raises(ConfigError, match="already exists"):
        create_plugin("cashtags", tmp_path)
    create_plugin("cashtags", tmp_path, force=True)


def test_cli_new_plugin(tmp_path: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(cli, ["new-plugin", "cashtags", "-d", str(tmp_path), "--phase", "prepare,link"])
    assert result.exit_code == 0, result.output
    module = (tmp_path / "textplug-cashtags" / "textplug_cashtags" / "plugin.py").read_text()
    assert "def prepare_document" in module and "def link_entities" in module
    result = runner.invoke(cli, ["new-plugin", "cashtags", "-d", str(tmp_path), "--phase", "nope"])
    assert result.exit_code == 2 and "unknown phase" in result.output


def _site_dirs() -> list[str]:
    dirs = [*site.getsitepackages(), sysconfig.get_paths()["purelib"]]
    return list(dict.fromkeys(d for d in dirs if os.path.isdir(d)))


@pytest.mark.slow
def test_scaffold_end_to_end_in_a_fresh_venv(tmp_path: Path) -> None:
    """new-plugin → fresh venv → pip install -e '.[test]' → its own tests pass → textplug lists and checks it.

    The fresh venv sees this environment's packages (textplug, pytest, setuptools) through a .pth file, so the
    install is offline (--no-index, --no-build-isolation) and takes seconds.
    """
    import setuptools

    if tuple(int(p) for p in setuptools.__version__.split(".")[:2]) < (70, 1):
        pytest.skip("needs setuptools>=70.1 (the test extra) to build the editable install offline")
    started = time.monotonic()
    root = create_plugin("cue-words", tmp_path, ["segment", "finalize"])
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    purelib = subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                             check=True, capture_output=True, text=True).stdout.strip()
    lines = "".join(f"import site; site.addsitedir({d!r})\n" for d in _site_dirs())
    Path(purelib, "_textplug_parent.pth").write_text(lines)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTEST_", "PYTHON"))}

    def run(*args: str, cwd: Path = root) -> subprocess.CompletedProcess[str]:
        return subprocess.run([str(python), *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=120)

    installed = run("-m", "pip", "install", "--no-index", "--no-build-isolation", "-q", "-e", ".[test]")
    assert installed.returncode == 0, installed.stderr
    # installed into the fresh venv, not into this environment
    assert list(Path(purelib).glob("textplug_cue_words-*.dist-info"))

    data = Path(__file__).resolve().parents[3] / "shared" / "data"
    extra = ["--textplug-data", str(data)] if data.is_dir() else []
    tests = run("-m", "pytest", "-q", "-p", "no:cacheprovider", *extra)
    assert tests.returncode == 0, tests.stdout + tests.stderr
    assert ("7 passed" if data.is_dir() else "6 passed, 1 skipped") in tests.stdout, tests.stdout

    listed = run("-c", "from framework.cli import main; main()", "plugins", "--json")
    assert listed.returncode == 0, listed.stderr
    plugins = {p["name"]: p for p in orjson.loads(listed.stdout)["plugins"]}
    assert plugins["cue_words"]["distribution"] == "textplug-cue-words"
    assert plugins["cue_words"]["hooks"] == ["configure", "finalize_document", "segment_document"]
    checked = run("-c", "from framework.cli import main; main()", "plugins", "--check", "--json")
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert orjson.loads(checked.stdout)["problems"] == []
    assert time.monotonic() - started < 60


@pytest.mark.parametrize("name", ["ab", "press-agencies", "a_thirty_character_plugin_name"])
def test_generated_package_is_lint_clean(tmp_path: Path, name: str) -> None:
    pytest.importorskip("ruff")
    root = create_plugin(name, tmp_path, ["prepare", "segment", "finalize"])
    result = subprocess.run([sys.executable, "-m", "ruff", "check", "--no-cache", "--select", "E,F,W,I,B,UP",
                             "--line-length", "120", "--target-version", "py310", "."],
                            cwd=root, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_a_keyword_name_is_refused_for_that_reason(tmp_path: Path) -> None:
    """``import`` is lowercase letters: the rule the message gave did not say what was wrong with it."""
    with pytest.raises(ConfigError, match="'import' is a Python keyword"):
        create_plugin("import", str(tmp_path))
