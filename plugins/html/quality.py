"""Token-level precision and recall of an extracted text against a reference extraction.

Tokens are `\\w+` runs, case-folded, compared as multisets (bag of words): precision is the share of our
tokens found in the reference, recall the share of the reference's tokens we found.
"""

from __future__ import annotations

import re
from collections import Counter

__all__ = ["token_prf"]

_TOKEN = re.compile(r"\w+")


def _bag(text: str) -> Counter:
    return Counter(t.casefold() for t in _TOKEN.findall(text))


def token_prf(ours: str, reference: str) -> tuple[float, float, float]:
    """-> (precision, recall, f1) of `ours` against `reference` (1.0 for two empty texts)."""
    a, b = _bag(ours), _bag(reference)
    overlap = sum((a & b).values())
    na, nb = sum(a.values()), sum(b.values())
    p = overlap / na if na else (1.0 if not nb else 0.0)
    r = overlap / nb if nb else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f
