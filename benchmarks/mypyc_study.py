"""Feasibility study (issue #4): the quotes plugin compiled with mypyc against the pure one, in one process.

    python benchmarks/mypyc_study.py [REF] [--rounds N] [--only MOD,MOD] [--no-check] [--keep DIR]

Needs ``mypy`` (which brings mypyc) and a C compiler in the running environment; nothing is installed or
changed in the working tree. Steps:

1. ``plugins/quotes`` at ``REF`` (default ``HEAD``) is extracted as the top-level package ``quotes_mypyc`` in a
   scratch folder (``revision.package_at``), and ``mypyc_quotes.patch`` (beside this file: the edits mypy and
   mypyc need, see ``docs/mypyc-study.md``) is applied to it;
2. mypyc compiles its modules (all but ``__init__`` and ``plugin``, or the ``--only`` ones): wall and CPU time;
3. the outputs of ``attribute(text, find_quotes(text), lang)`` on every news article, with and without
   ``lang``, must equal the working tree's pure ``plugins.quotes`` (exit status 1 otherwise);
4. the 887 4 KB documents of ``quotes_vs_ref.py`` are run by both, taking turns in every round, with and
   without ``lang``: CPU-time medians and the ratio pure/compiled (above 1: compiled is faster).
"""

from __future__ import annotations

import argparse
import importlib
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from quotes_vs_ref import NEWS, compare  # benchmarks/quotes_vs_ref.py
from revision import package_at  # benchmarks/revision.py

ROOT = Path(__file__).resolve().parent.parent
PATCH = Path(__file__).resolve().parent / "mypyc_quotes.patch"
NAME = "quotes_mypyc"
MYPY_INI = """[mypy]
python_version = 3.11
ignore_missing_imports = True

[mypy-framework.*]
ignore_errors = True
"""


def _children_cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def build(ref: str, parent: Path, only: list[str] | None) -> Path:
    """The compiled package under ``parent``; prints the compile's wall and CPU time."""
    pkg = package_at(ref, "quotes", NAME, parent)
    subprocess.run(["patch", "-s", "-p1", "-d", str(pkg), "-i", str(PATCH)], check=True)
    (parent / "mypy.ini").write_text(MYPY_INI, encoding="utf-8")
    mods = sorted(p.name for p in pkg.glob("*.py") if p.name not in ("__init__.py", "plugin.py"))
    if only:
        mods = [m for m in mods if m.removesuffix(".py") in only]
    env = {**os.environ, "MYPYPATH": str(ROOT)}
    cpu0, t0 = _children_cpu(), time.perf_counter()
    out = subprocess.run(
        [sys.executable, "-m", "mypyc", "--config-file", "mypy.ini", *(f"{NAME}/{m}" for m in mods)],
        cwd=parent, env=env, capture_output=True, text=True,
    )
    wall, cpu = time.perf_counter() - t0, _children_cpu() - cpu0
    if out.returncode:
        sys.exit(f"mypyc failed:\n{out.stdout[-4000:]}\n{out.stderr[-4000:]}")
    print(f"mypyc: {len(mods)} modules compiled in {wall:.1f} s wall, {cpu:.1f} s CPU")
    return pkg


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("ref", nargs="?", default="HEAD")
    ap.add_argument("--rounds", type=int, default=9)
    ap.add_argument("--only", help="comma list of modules to compile (default: all but __init__ and plugin)")
    ap.add_argument("--no-check", action="store_true", help="skip the output comparison")
    ap.add_argument("--keep", type=Path, help="build in this folder and keep it (default: a temporary one)")
    args = ap.parse_args()
    sys.path.insert(0, str(ROOT))
    from plugins.quotes.attribution import attribute
    from plugins.quotes.marks import find_quotes

    with tempfile.TemporaryDirectory() as tmp:
        parent = args.keep or Path(tmp)
        parent.mkdir(parents=True, exist_ok=True)
        build(args.ref, parent, args.only.split(",") if args.only else None)
        sys.path.insert(0, str(parent))
        c_attr = importlib.import_module(f"{NAME}.attribution")
        c_marks = importlib.import_module(f"{NAME}.marks")
        print(f"compiled: {c_attr.__file__}")
        runs = {"pure": (attribute, find_quotes), "mypyc": (c_attr.attribute, c_marks.find_quotes)}
        return compare(runs, NEWS.read_bytes().splitlines(), args.rounds, check=not args.no_check)


if __name__ == "__main__":
    sys.exit(main())
