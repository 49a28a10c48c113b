"""py3langid's model, loaded fast: its xz-compressed file is decompressed once into the user cache.

py3langid ships its model as ``model.npz.xz`` (4.5 MB) and decompresses it on every load: 68 MB of xz, ~0.5 s
CPU, the larger part of a process's first short span. Here the first load writes the decompressed ``.npz`` to
textplug's cache folder (``plugins.cache.cache_dir``), named after the compressed file's size and a SHA-256 of
its content (~5 ms): every install of the same py3langid release, in any venv, shares one file, and a new
release gets a new one. Writing a new one removes the others (68 MB each), and temporary files left by killed
writers; two venvs with different releases then take turns decompressing, never reading the wrong model. The
write is atomic (a temporary file in the same folder, then ``os.replace``), so concurrent workers never read
half a file. Later loads read the ``.npz`` (~0.06 s). When the cache cannot be written (read-only home), or
the file vanishes before it is read, the model loads the ordinary way.
"""

from __future__ import annotations

import hashlib
import lzma
import os
import shutil
import tempfile
from pathlib import Path

from ..cache import cache_dir, remove_leftovers, remove_others

__all__ = ["cache_dir", "cached_model", "load_identifier"]


def _model_file() -> Path:
    from py3langid import langid

    return Path(langid.MODEL_DIR) / langid.MODEL_FILE


def _key(model: Path) -> str:
    """The model's identity: its size and content, not its mtime (each reinstall changes that)."""
    with open(model, "rb") as f:
        size = os.fstat(f.fileno()).st_size
        digest = hashlib.sha256(f.read()).hexdigest()[:16]  # (4.5 MB; hashlib.file_digest needs Python 3.11)
    return f"{size}-{digest}"


def cached_model(model: Path | None = None, folder: Path | None = None) -> Path | None:
    """The decompressed copy of ``model`` in the cache (written now if missing); None if it cannot be."""
    model = model or _model_file()
    folder = folder or cache_dir()
    target = folder / f"py3langid-{_key(model)}.npz"
    if target.is_file():
        return target
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".py3langid-", suffix=".tmp", dir=folder)
        try:
            with os.fdopen(fd, "wb") as out, lzma.open(model) as src:
                shutil.copyfileobj(src, out, length=1 << 20)
            os.replace(tmp, target)  # atomic: readers see the whole file or none
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError:
        return None
    remove_others(folder, "py3langid-*.npz", keep=target)  # other releases' copies, old mtime-named ones
    remove_leftovers(folder, r"\.py3langid-.*\.tmp")  # a killed writer's half file, after an hour
    return target


def load_identifier():
    """py3langid's ``LanguageIdentifier`` (normalised probabilities) from the cached model when possible."""
    import numpy as np
    from py3langid import langid
    from py3langid.modelio import _to_array

    path = cached_model()
    try:
        if path is None:
            raise FileNotFoundError
        data = np.load(path, allow_pickle=False)
    except OSError:  # unwritable cache, or removed since by a process of another py3langid release
        return langid.LanguageIdentifier.from_modelpath(_model_file(), norm_probs=True)
    with data:
        return langid.LanguageIdentifier(
            np.asarray(data["ptc"]), np.asarray(data["pc"]), data["classes"].tolist(),
            _to_array(data["nextmove"]), data["out_feat"].tolist(), norm_probs=True,
            tk_row=_to_array(data["nextmove_row"]),
        )
