"""The plugin-author guide (docs/plugin-guide.md) is a working package: extract it, install it, run it."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import orjson
import pytest

GUIDE = Path(__file__).resolve().parents[2] / "docs" / "plugin-guide.md"
FILE_BLOCK = re.compile(r"<!-- file: (?P<path>\S+) -->\n```\w*\n(?P<body>.*?)\n```", re.S)


def extract(guide: str, into: Path) -> list[Path]:
    written = []
    for match in FILE_BLOCK.finditer(guide):
        path = into / match.group("path")
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(match.group("body") + "\n", encoding="utf-8")
        written.append(path)
    return written


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    root = tmp_path_factory.mktemp("guide")
    files = extract(GUIDE.read_text(encoding="utf-8"), root)
    assert {f.name for f in files} == {"pyproject.toml", "__init__.py", "test_dateline.py"}
    site = root / "site"
    # A real install through pip and the package's own build backend; --no-deps keeps textplug itself from
    # the environment under test.
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", str(site),
         str(root / "textplug-dateline")],
        check=True,
        capture_output=True,
    )
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(site), *sys.path])}
    return root, env


def run(env: dict[str, str], *args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    code = "import sys; from framework.cli import main; sys.argv[0] = 'textplug'; main()"
    return subprocess.run([sys.executable, "-c", code, *args], input=stdin, capture_output=True, env=env, timeout=120)


def test_the_installed_plugin_is_discovered_by_entry_point(installed) -> None:
    _, env = installed
    listing = run(env, "plugins")
    assert listing.returncode == 0, listing.stderr.decode()
    assert "dateline 0.1.0 (textplug-dateline)" in listing.stdout.decode()


def test_the_installed_plugin_runs_through_the_cli(installed) -> None:
    _, env = installed
    line = orjson.dumps({"id": "a1", "text": "WASHINGTON, March 3 (Reuters) - The council met.\nSource-9"}) + b"\n"
    done = run(env, "run", "-", "--format", "jsonl", stdin=line)
    assert done.returncode == 0, done.stderr.decode()
    record = orjson.loads(done.stdout.splitlines()[0])
    [span] = record["layers"]["dateline"]
    assert record["text"][span["start"] : span["end"]] == "WASHINGTON, March 3 (Reuters) -"
    assert span["city"] == "WASHINGTON" and span["date"] == "March 3"
    assert record["doc"]["agency"] == {"value": "Reuters", "by": "dateline"}
    assert record["provenance"]["dateline"]["plugin"] == "textplug-dateline"
    assert record["doc"]["source"]["value"]["id"] == 9  # the built-ins ran beside it


def test_the_guide_package_passes_its_own_tests(installed) -> None:
    root, env = installed
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(root / "textplug-dateline" / "tests")],
        capture_output=True, env=env, cwd=root, timeout=120,
    )
    assert done.returncode == 0, done.stdout.decode() + done.stderr.decode()
    assert b"2 passed" in done.stdout
