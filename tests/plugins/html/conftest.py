from __future__ import annotations

from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[3] / ".." / "shared" / "data"


@pytest.fixture(scope="session")
def html_data() -> Path:
    """../shared/data (skips when the shared data folder is absent)."""
    if not (DATA / "html").is_dir():
        pytest.skip(f"shared data not found at {DATA} (expected ../shared/data beside the repository)")
    return DATA.resolve()
