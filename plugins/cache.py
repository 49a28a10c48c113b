"""Where textplug's built-in plugins keep per-user caches, and the sweep that keeps that folder bounded.

The folder is ``$TEXTPLUG_CACHE_DIR``, else ``$TEXTPLUG_CACHE`` (the older spelling, which the language plugin
read), else ``$XDG_CACHE_HOME/textplug``, else ``~/.cache/textplug``. Files there are derived data (a
decompressed model, a built KB) named after what they were made from, so a new input makes a new file; the
writer of a new file removes the ones it replaces (``remove_others``) and the temporary files of processes that
were killed mid-write (``remove_leftovers``), or the folder grows by a copy per release or crash.
"""

from __future__ import annotations

import os
import re
import time
from pathlib import Path

__all__ = ["cache_dir", "pid_alive", "remove_leftovers", "remove_others"]

STALE_SECONDS = 3600.0  # a temporary file untouched this long belongs to no running write


def cache_dir() -> Path:
    """The per-user cache folder (not created here: callers create it when they write)."""
    env = os.environ.get("TEXTPLUG_CACHE_DIR") or os.environ.get("TEXTPLUG_CACHE")
    if env:
        return Path(env)
    xdg = os.environ.get("XDG_CACHE_HOME")
    return (Path(xdg) if xdg else Path.home() / ".cache") / "textplug"


def pid_alive(pid: int) -> bool:
    """Whether a process ``pid`` exists on this machine (signal 0 checks without sending anything)."""
    if pid <= 0:
        return False
    if os.name == "nt":
        return True  # os.kill there would terminate the process: cannot tell, keep its files (age still counts)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # exists, owned by someone else
    except OSError:
        return True  # cannot tell: keep its files
    return True


def _unlink(path: Path) -> bool:
    try:
        path.unlink()
    except OSError:
        return False  # gone already, or a read-only cache: harmless
    return True


def remove_others(folder: Path, pattern: str, keep: Path) -> list[Path]:
    """Remove the files matching ``pattern`` in ``folder`` except ``keep`` (copies made from older inputs).

    A process that still reads a removed file keeps its open handle (POSIX); one that has not opened it yet
    finds it gone and must fall back to making it again."""
    return [p for p in folder.glob(pattern) if p != keep and p.is_file() and _unlink(p)]


def remove_leftovers(folder: Path, pattern: str, *, pid_group: int | None = None,
                     max_age: float = STALE_SECONDS) -> list[Path]:
    """Remove temporary files matching ``pattern`` that no running write owns: untouched for ``max_age``
    seconds, or (when regex group ``pid_group`` of ``pattern``'s name gives the writer's pid) whose writer is
    dead. ``pattern`` is a regular expression matched against whole file names."""
    regex = re.compile(pattern)
    now = time.time()
    removed: list[Path] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed  # no folder yet
    for entry in entries:
        m = regex.fullmatch(entry.name)
        if not m:
            continue
        try:
            old = now - entry.stat(follow_symlinks=False).st_mtime > max_age
        except OSError:
            continue
        dead = pid_group is not None and not pid_alive(int(m.group(pid_group)))
        if (old or dead) and _unlink(Path(entry.path)):
            removed.append(Path(entry.path))
    return removed
