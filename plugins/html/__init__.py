"""HTML ingestion: safe lxml parsing, article text with paragraph structure, metadata and embedded tweets.

The library modules (`parse`, `extract`, `embeds`) need only lxml and orjson; the plugin class `Html`
(`plugins.html:Html`, reader "html") is imported lazily so the library works without the core loaded.
"""

from __future__ import annotations

__all__ = ["Html"]


def __getattr__(name: str):
    if name == "Html":
        from .plugin import Html

        return Html
    raise AttributeError(name)
