"""plugins.cache: one cache folder for every built-in plugin, and the sweep of files no running write owns."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from plugins.cache import cache_dir, pid_alive, remove_leftovers, remove_others


def _dead_pid() -> int:
    """The pid of a child that has exited and been reaped (nothing else had time to take it)."""
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_one_folder_for_every_plugin(monkeypatch, tmp_path: Path) -> None:
    """The language and entities plugins read the same variable: ``TEXTPLUG_CACHE_DIR`` (they used to read
    two, ``TEXTPLUG_CACHE`` and ``TEXTPLUG_CACHE_DIR``)."""
    from plugins.entities.default import default_kb_path
    from plugins.language import langid_cache

    monkeypatch.delenv("TEXTPLUG_CACHE", raising=False)
    monkeypatch.setenv("TEXTPLUG_CACHE_DIR", str(tmp_path / "new"))
    assert langid_cache.cache_dir() == cache_dir() == tmp_path / "new"
    assert default_kb_path().parent == tmp_path / "new"


def test_older_spelling_is_honoured_and_loses_to_the_new(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.delenv("TEXTPLUG_CACHE_DIR", raising=False)
    monkeypatch.setenv("TEXTPLUG_CACHE", str(tmp_path / "old"))
    assert cache_dir() == tmp_path / "old"
    monkeypatch.setenv("TEXTPLUG_CACHE_DIR", str(tmp_path / "new"))
    assert cache_dir() == tmp_path / "new"


def test_default_folder_follows_xdg_then_home(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.delenv("TEXTPLUG_CACHE_DIR", raising=False)
    monkeypatch.delenv("TEXTPLUG_CACHE", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache_dir() == tmp_path / "xdg" / "textplug"
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert cache_dir() == tmp_path / "home" / ".cache" / "textplug"


def test_pid_alive() -> None:
    assert pid_alive(os.getpid())
    assert not pid_alive(_dead_pid())
    assert not pid_alive(0)


def test_leftovers_of_dead_or_old_writers_go_live_ones_stay(tmp_path: Path) -> None:
    pattern = r"kb\.sqlite\.(\d+)\.tmp"
    dead = tmp_path / f"kb.sqlite.{_dead_pid()}.tmp"
    live = tmp_path / f"kb.sqlite.{os.getpid()}.tmp"
    old_live = tmp_path / f"kb.sqlite.{os.getppid()}.tmp"  # alive, but untouched for two hours: a reused pid
    other = tmp_path / "kb.sqlite"
    for p in (dead, live, old_live, other):
        p.write_bytes(b"x")
    two_hours_ago = time.time() - 7200
    os.utime(old_live, (two_hours_ago, two_hours_ago))
    os.utime(other, (two_hours_ago, two_hours_ago))
    assert sorted(remove_leftovers(tmp_path, pattern, pid_group=1)) == sorted([dead, old_live])
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([live.name, other.name])


def test_leftovers_without_a_pid_go_by_age(tmp_path: Path) -> None:
    fresh, old = tmp_path / ".m-a.tmp", tmp_path / ".m-b.tmp"
    fresh.write_bytes(b"x")
    old.write_bytes(b"x")
    os.utime(old, (time.time() - 7200, time.time() - 7200))
    assert remove_leftovers(tmp_path, r"\.m-.*\.tmp") == [old]
    assert fresh.exists()
    assert remove_leftovers(tmp_path / "missing", r".*") == []


def test_remove_others_keeps_the_one(tmp_path: Path) -> None:
    keep = tmp_path / "m-2.npz"
    for name in ("m-1.npz", "m-2.npz", "n-1.npz"):
        (tmp_path / name).write_bytes(b"x")
    assert remove_others(tmp_path, "m-*.npz", keep=keep) == [tmp_path / "m-1.npz"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["m-2.npz", "n-1.npz"]
