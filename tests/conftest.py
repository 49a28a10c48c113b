"""Shared fixtures: the real data in ../shared/data (skipped with a clear message where it is absent)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

SHARED_DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """The folder ``../shared/data`` next to the repository (CI has it)."""
    if not SHARED_DATA.is_dir():
        pytest.skip(f"shared data not found at ../shared/data (looked in {SHARED_DATA})")
    return SHARED_DATA


@pytest.fixture(scope="session")
def seed_text(shared_data: Path) -> str:
    return (shared_data / "seed" / "article.txt").read_text(encoding="utf-8")


# CI runs are reproducible: hypothesis derandomizes there (locally it keeps exploring new examples).
settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")
