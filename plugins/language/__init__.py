"""Language identification: engine wrappers (``engines``), the detector cascade (``detector``), an evaluation
helper (``evaluate``) and the plugin class ``Language`` (``plugins.language:Language``), imported lazily so
the library works without the core loaded."""

from __future__ import annotations

__all__ = ["Language"]


def __getattr__(name: str):
    if name == "Language":
        from .plugin import Language

        return Language
    raise AttributeError(name)
