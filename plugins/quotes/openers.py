"""Opening phrases that stand before a clause's subject and are never a speaker themselves (eighth pass).

`De son côté, le directeur … a affirmé`, `Parmi les raisons …, figure …`, `Plus tard, il …`, `Même si …`,
`Among the dead, …`: the rules that look for a subject at the start of a clause or a segment skip them (before
this, `De son côté`, `Parmi` and `Plus tard` were read as speakers). A phrase is matched only at a capitalised
clause start, so `le plus tard possible` or `parmi eux` inside a noun phrase are untouched.
"""

from __future__ import annotations

import re

__all__ = ["OPENING_FIRST", "opening_end"]

_OPENING = re.compile(
    r"(?:De\s+(?:son|sa|leur|mon|ma|notre|votre)\s+côté|De\s+plus|Pour\s+(?:sa|leur|ma|notre|votre|ma)\s+part"
    r"|Plus\s+tard|Peu\s+(?:après|avant|de\s+temps\s+après)|Parmi|Même\s+si|Même\s+s['’]|En\s+outre|Par\s+ailleurs"
    r"|D['’]autre\s+part|En\s+revanche|Quant\s+(?:à|aux?)|Il\s+convient\s+de|Entre-temps|Dans\s+la\s+foulée"
    r"|Among|In\s+turn|On\s+the\s+other\s+hand|For\s+(?:his|her|their|its|our|my)\s+part|Even\s+though|Even\s+if)"
    r"(?![\w-])"
)


# the first words of those phrases: a cheap test before the pattern (this runs for most candidate subjects)
_FIRST = frozenset(("De", "Pour", "Plus", "Peu", "Parmi", "Même", "En", "Par", "D'autre", "D’autre", "Quant", "Il",
                    "Entre-temps", "Dans", "Among", "In", "On", "For", "Even"))
# the same, lower-cased: callers that already hold the word test it before calling
OPENING_FIRST = frozenset(w.lower() for w in _FIRST) | {"même"}
_FIRST_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def opening_end(text: str, pos: int) -> int | None:
    """Where an opening phrase that starts at ``pos`` ends, or None (a capitalised start only)."""
    if not text[pos : pos + 1].isupper():
        return None
    w = _FIRST_WORD.match(text, pos)
    if w is None or (w.group() not in _FIRST and not w.group().startswith(("D'autre", "D’autre", "Même"))):
        return None
    m = _OPENING.match(text, pos)
    return m.end() if m is not None else None
