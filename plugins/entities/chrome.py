"""Web-page chrome left inside an article's text: the share-button list.

News pages end with ``Partager cet article : Courriel , Facebook , Twitter , Google …`` (one item a line or
all on one). Those names are buttons, not mentions of the article: WiNER-fr marks them as products and
the entity layer should not link them as the organisations the article talks about. The plugin adds these
regions to the document's ignored ones before the scan, as it does for the regions earlier plugins mark.
"""

from __future__ import annotations

import re

__all__ = ["share_lists"]

# the label, a colon, then comma-separated items of at most 40 characters, on one line or one a line
_SHARE = re.compile(r"(?<!\w)(?:Partager (?:cet article|cette page|sur)|Share (?:this article|this page|this|on))"
                    r"[^\S\n]*:\s*(?:[^\n,]{1,40}?[^\S\n]*,\s*)*[^\n,]{1,40}")


def share_lists(text: str) -> list[tuple[int, int]]:
    """The ``(start, end)`` regions of share-button lists in ``text`` (a substring test first: most
    documents have none, and the regex then costs nothing)."""
    if "Partager" not in text and "Share" not in text:
        return []
    return [m.span() for m in _SHARE.finditer(text)]
