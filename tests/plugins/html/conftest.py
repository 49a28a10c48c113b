from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(scope="session")
def html_data(shared_data: Path) -> Path:
    """../shared/data through the project's `shared_data` fixture (skips when absent), checked for the pages."""
    if not (shared_data / "html").is_dir():
        pytest.skip("../shared/data/html not found")
    return shared_data
