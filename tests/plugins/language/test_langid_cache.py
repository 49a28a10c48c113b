"""The decompressed py3langid model in the cache: one file per model content, the others swept."""

from __future__ import annotations

import lzma
import os
import shutil
import time
from pathlib import Path

from plugins.language import langid_cache


def _model(path: Path, content: bytes, mtime: float = 1_700_000_000) -> Path:
    path.write_bytes(lzma.compress(content, format=lzma.FORMAT_XZ))
    os.utime(path, (mtime, mtime))
    return path


def test_reinstalls_of_one_release_share_one_file(tmp_path: Path) -> None:
    """A reinstall copies the same model with a new mtime: the cached copy is reused, not written again."""
    real = langid_cache._model_file()
    cache = tmp_path / "cache"
    first = shutil.copy(real, tmp_path / "model.npz.xz")
    os.utime(first, (1_700_000_000, 1_700_000_000))
    path = langid_cache.cached_model(Path(first), cache)
    os.utime(first, (1_800_000_000, 1_800_000_000))  # "reinstalled"
    assert langid_cache.cached_model(Path(first), cache) == path
    assert [p.name for p in cache.iterdir()] == [path.name]


def test_same_size_and_mtime_but_other_content_is_another_model(tmp_path: Path) -> None:
    """Two releases whose files have the same size and mtime still get their own model, in turn."""
    a = _model(tmp_path / "a.xz", b"release A")
    b = _model(tmp_path / "b.xz", b"release B")
    assert a.stat().st_size == b.stat().st_size
    cache = tmp_path / "cache"
    for model, content in ((a, b"release A"), (b, b"release B"), (a, b"release A")):
        path = langid_cache.cached_model(model, cache)
        assert path is not None and path.read_bytes() == content
        assert [p.name for p in cache.iterdir()] == [path.name]  # the other release's copy is gone


def test_writing_a_copy_removes_stale_copies_and_old_leftovers(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    cache.mkdir()
    stale = [cache / "py3langid-4586720-1796280655.npz", cache / "py3langid-4586720-0123456789abcdef.npz"]
    old_tmp, fresh_tmp = cache / ".py3langid-dead.tmp", cache / ".py3langid-writing.tmp"
    unrelated = cache / "entities-default-000000000000.sqlite"
    for p in (*stale, old_tmp, fresh_tmp, unrelated):
        p.write_bytes(b"x")
    os.utime(old_tmp, (time.time() - 7200, time.time() - 7200))
    path = langid_cache.cached_model(_model(tmp_path / "m.xz", b"model"), cache)
    assert sorted(p.name for p in cache.iterdir()) == sorted([path.name, fresh_tmp.name, unrelated.name])


def test_a_copy_removed_before_it_is_read_falls_back(tmp_path: Path, monkeypatch) -> None:
    """Another release's process may remove our copy between finding it and reading it: load the ordinary
    way rather than fail."""
    monkeypatch.setattr(langid_cache, "cached_model", lambda: tmp_path / "py3langid-gone.npz")
    ident = langid_cache.load_identifier()
    assert ident.classify("Le gouvernement a annoncé une réforme.")[0] == "fr"
