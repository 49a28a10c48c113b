"""One regex alternation factored as a trie, the builder shared by the plugins that scan for word lists.

``re`` and ``regex`` try the branches of a flat alternation one by one at each position; a trie
(``L(?:a|e(?:s)?)``) follows only the letters read, so a scan costs about one step per character whatever the
list's size (quotes' cue forms, entities' function words, tweets' top-level domains). Callers choose the case
variants of their words; this module only factors them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["trie_pattern"]


def trie_pattern(words: Iterable[str], space: str | None = None) -> str:
    """An alternation of ``words`` (empty ones ignored) as a prefix trie, each character escaped; a word that
    is a prefix of another makes the rest optional, so the longest match wins. ``space``: the pattern a space
    in a word stands for (``\\s+`` to match any run of spaces)."""
    root: dict = {}
    for word in words:
        if not word:
            continue
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        alts = [(space if space is not None and ch == " " else re.escape(ch)) + emit(child)
                for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(root)
