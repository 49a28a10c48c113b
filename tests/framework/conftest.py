"""Fixtures shared by the framework tests."""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest


class Fifo:
    """A named pipe with a reader thread started on it: ``read()`` waits for the writer to close it and returns
    what came through (None when nothing was read within ``timeout`` seconds)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        os.mkfifo(path)
        self._got: list[bytes] = []
        self._reader = threading.Thread(target=lambda: self._got.append(path.read_bytes()), daemon=True)
        self._reader.start()

    def read(self, timeout: float = 10) -> bytes | None:
        self._reader.join(timeout)
        return self._got[0] if self._got else None


@pytest.fixture
def fifo(tmp_path: Path) -> Iterator[Fifo]:
    """A :class:`Fifo` in ``tmp_path`` (skipped where there are no named pipes)."""
    if not hasattr(os, "mkfifo"):
        pytest.skip("named pipes")
    yield Fifo(tmp_path / "pipe")
