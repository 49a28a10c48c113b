"""Shared fixtures for the tweet tests: the conformance suite and samples from ../shared/data."""

from __future__ import annotations

from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[3] / ".." / "shared" / "data" / "tweets"


def tweets_data(*parts: str) -> Path:
    """A path under shared/data/tweets; skips the test when the shared data is absent."""
    path = DATA.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"shared data not found: {path} (tests read ../shared/data next to the repo)")
    return path


def load_yml(name: str) -> dict:
    yaml = pytest.importorskip("yaml")
    return yaml.safe_load(tweets_data("conformance", name).read_text(encoding="utf-8"))["tests"]
