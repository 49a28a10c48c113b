"""The default KB's cache folder: temporary files of killed builds are removed, a running build's kept."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from plugins.entities.default import default_kb_path, ensure_default_kb


def test_killed_builds_leftovers_are_removed(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("TEXTPLUG_CACHE_DIR", str(tmp_path))
    path = default_kb_path()
    path.write_bytes(b"built")  # present: nothing to build
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()  # a pid surely dead
    dead = tmp_path / f"entities-default-000000000000.sqlite.{child.pid}.tmp"
    live = path.with_name(f"{path.name}.{os.getpid()}.tmp")  # a build running now
    old = path.with_name(f"{path.name}.{os.getppid()}.tmp")  # live pid, but untouched for two hours
    overlay_tmp = tmp_path / f"entities-overlay-000000000000.sqlite.{child.pid}.tmp"  # a killed overlay build
    overlay = tmp_path / "entities-overlay-000000000000.sqlite"
    for p in (dead, live, old, overlay_tmp, overlay):
        p.write_bytes(b"half")
    os.utime(old, (time.time() - 7200, time.time() - 7200))
    assert ensure_default_kb() == path
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([path.name, live.name, overlay.name])
