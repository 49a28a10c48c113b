"""py3langid's model, loaded fast: its xz-compressed file is decompressed once into the user cache.

py3langid ships its model as ``model.npz.xz`` (4.5 MB) and decompresses it on every load: 68 MB of xz, ~0.5 s
CPU, the larger part of a process's first short span. Here the first load writes the decompressed ``.npz`` to
textplug's cache folder (``plugins.cache.cache_dir``), named after the model file's
size and mtime so a new py3langid release gets a new file; the write is atomic (a temporary file in the same
folder, then ``os.replace``), so concurrent workers never read half a file. Later loads read the ``.npz``
(~0.06 s). When the cache cannot be written (read-only home), the model loads the ordinary way.
"""

from __future__ import annotations

import lzma
import os
import shutil
import tempfile
from pathlib import Path

from ..cache import cache_dir

__all__ = ["cache_dir", "cached_model", "load_identifier"]


def _model_file() -> Path:
    from py3langid import langid

    return Path(langid.MODEL_DIR) / langid.MODEL_FILE


def cached_model(model: Path | None = None, folder: Path | None = None) -> Path | None:
    """The decompressed copy of ``model`` in the cache (written now if missing); None if it cannot be."""
    model = model or _model_file()
    folder = folder or cache_dir()
    stat = model.stat()
    target = folder / f"py3langid-{stat.st_size}-{int(stat.st_mtime)}.npz"
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
    return target


def load_identifier():
    """py3langid's ``LanguageIdentifier`` (normalised probabilities) from the cached model when possible."""
    import numpy as np
    from py3langid import langid
    from py3langid.modelio import _to_array

    path = cached_model()
    if path is None:
        return langid.LanguageIdentifier.from_modelpath(_model_file(), norm_probs=True)
    with np.load(path, allow_pickle=False) as data:
        return langid.LanguageIdentifier(
            np.asarray(data["ptc"]), np.asarray(data["pc"]), data["classes"].tolist(),
            _to_array(data["nextmove"]), data["out_feat"].tolist(), norm_probs=True,
            tk_row=_to_array(data["nextmove_row"]),
        )
