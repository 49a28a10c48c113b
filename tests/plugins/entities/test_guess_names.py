"""The first-name set of the recall pass is cached next to the default KB, keyed by faker's version."""

from __future__ import annotations

import time

import pytest

from plugins.entities import guess


@pytest.fixture
def fresh(monkeypatch, tmp_path):
    monkeypatch.setenv("TEXTPLUG_CACHE_DIR", str(tmp_path))
    guess.first_names.cache_clear()
    yield tmp_path
    guess.first_names.cache_clear()


def test_the_folded_names_are_cached_and_read_back_equal(fresh):
    names = guess.first_names()
    files = list(fresh.glob("entities-first-names-*.txt"))
    assert len(files) == 1
    guess.first_names.cache_clear()
    t = time.process_time()
    again = guess.first_names()
    assert time.process_time() - t < 0.2  # read back, not recomputed (about 0.4 s of CPU)
    assert again == names == guess._fold_first_names()
    assert "thierry" in again and "" not in again


def test_an_older_cache_is_replaced_and_an_unwritable_one_is_harmless(fresh, monkeypatch):
    (fresh / "entities-first-names-000000000000.txt").write_text("zzz", encoding="utf-8")
    names = guess.first_names()
    assert "zzz" not in names
    assert [p.name for p in fresh.glob("entities-first-names-*.txt")] != ["entities-first-names-000000000000.txt"]
    guess.first_names.cache_clear()
    blocked = fresh / "file"
    blocked.write_text("", encoding="utf-8")
    monkeypatch.setenv("TEXTPLUG_CACHE_DIR", str(blocked / "sub"))  # a folder under a file: cannot be made
    assert guess.first_names() == names
