"""A plugin package as it was at a git revision, importable beside the working tree's, for the scripts that
check equal outputs and time old code against new in one process (``quotes_vs_ref.py``, ``entities_check.py``).
"""

from __future__ import annotations

import io
import subprocess
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def package_at(rev: str, package: str, name: str, parent: Path) -> Path:
    """``plugins/<package>`` at git revision ``rev`` as the top-level package ``name`` under ``parent`` (put
    ``parent`` on ``sys.path`` to import it). Its relative imports of sibling modules (``from ..first_names``)
    point at the installed ``plugins`` package."""
    tar = subprocess.run(["git", "archive", rev, f"plugins/{package}"], cwd=ROOT, capture_output=True, check=True)
    with tarfile.open(fileobj=io.BytesIO(tar.stdout)) as tf:
        tf.extractall(parent, filter="data")
    target = parent / name
    (parent / "plugins" / package).rename(target)
    for path in target.glob("*.py"):
        path.write_text(path.read_text(encoding="utf-8").replace("from ..", "from plugins."), encoding="utf-8")
    return target
