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


def test_overlay_kbs_unused_for_a_month_are_removed(tmp_path: Path, monkeypatch, default_kb_path: Path) -> None:
    """Each edit of an overlay file makes a new merged KB (10 MB on the default KB): building one removes those
    unused for ``OVERLAY_KEEP_SECONDS``; reusing one marks it used."""
    from plugins.entities.plugin import OVERLAY_KEEP_SECONDS, _overlay_kb

    cache = tmp_path / "cache"
    cache.mkdir()
    monkeypatch.setenv("TEXTPLUG_CACHE_DIR", str(cache))
    stale, recent = cache / "entities-overlay-aaaaaaaaaaaa.sqlite", cache / "entities-overlay-bbbbbbbbbbbb.sqlite"
    for p, age in ((stale, OVERLAY_KEEP_SECONDS + 86400), (recent, 86400)):
        p.write_bytes(b"kb")
        os.utime(p, (time.time() - age, time.time() - age))
    nicknames = tmp_path / "nicknames.jsonl"
    nicknames.write_text('{"id": "Q317521", "aliases": ["Chief Twit"]}\n', encoding="utf-8")
    built = _overlay_kb(default_kb_path, (str(nicknames),))
    assert sorted(p.name for p in cache.iterdir()) == sorted([built.name, recent.name])
    os.utime(built, (time.time() - 86400 * 20, time.time() - 86400 * 20))
    assert _overlay_kb(default_kb_path, (str(nicknames),)) == built  # reused, not rebuilt
    assert time.time() - built.stat().st_mtime < 60  # and marked as used
