"""The quotes of a text as comparable rows, for the speaker tests (imported by name: pytest puts this folder on
``sys.path``, as ``tests/framework`` does for ``sample_plugins``)."""

from __future__ import annotations

from typing import Literal

from plugins.quotes.attribution import attribute
from plugins.quotes.marks import find_quotes


def quote_rows(
    text: str, lang: str, cue: Literal["text", "lemma"] | None = None, written: bool = True
) -> list[tuple]:
    """(type, quote text, speaker[, cue]) of every quote of ``text``, checking each span against the text.
    ``written``: the speaker as written (the pronoun or title) rather than the name it resolves to; ``cue``:
    add the cue's text or lemma."""
    out: list[tuple] = []
    for q in attribute(text, find_quotes(text), lang):
        assert 0 <= q["start"] <= q["end"] <= len(text)
        sp = q["speaker"]
        if sp is not None:
            assert text[sp["start"] : sp["end"]] == sp["text"]
            if written and sp.get("mention"):
                sp = sp["mention"]
        row: tuple = (q["type"], text[q["start"] : q["end"]], sp and sp["text"])
        if cue is not None:
            row += ((q.get("cue") or {}).get(cue),)
        out.append(row)
    return out
