"""The quotes of a text as comparable rows, and views of them (speakers, marked quotes, reported speech), for the
speaker tests (imported by name: pytest puts this folder on ``sys.path``, as ``tests/framework`` does for
``sample_plugins``)."""

from __future__ import annotations

from typing import Literal

from plugins.quotes.attribution import attribute
from plugins.quotes.marks import find_quotes

# astral characters (a flag, a ZWJ family, mathematical letters, an emoji) before a text: offsets are code points
ASTRAL_PREFIX = "🇫🇷👩‍👩‍👧 𝔄𝔟😀.\n"


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


def speakers(text: str, lang: str) -> set[str | None]:
    """The speakers (as written) of every quote of ``text``, marked or reported."""
    return {sp for _, _, sp in quote_rows(text, lang)}


def speaker_list(text: str, lang: str, typ: str | None = None) -> list[str | None]:
    """The speaker (as written) of every quote of ``text`` in text order, or of those of type ``typ``."""
    return [sp for t, _, sp in quote_rows(text, lang) if typ is None or t == typ]


def marked_rows(text: str, lang: str, written: bool = False) -> list[tuple]:
    """(type, speaker, cue text) of the marked quotes of ``text``; the speaker is the name a pronoun or title
    resolves to unless ``written``."""
    return [(t, sp, cue) for t, _, sp, cue in quote_rows(text, lang, cue="text", written=written) if t != "indirect"]


def marked_speaker(text: str, lang: str) -> str | None:
    """The speaker (as written) of the one marked quote of ``text``."""
    got = [sp for t, _, sp in quote_rows(text, lang) if t != "indirect"]
    assert len(got) == 1, quote_rows(text, lang, cue="text")
    return got[0]


def indirect_rows(
    text: str, lang: str, cue: Literal["text", "lemma"] | None = None, written: bool = True
) -> list[tuple]:
    """(content, speaker[, cue]) of the reported speech of ``text``; the speaker as written unless ``written`` is
    false (then the name it resolves to)."""
    return [row[1:] for row in quote_rows(text, lang, cue, written) if row[0] == "indirect"]


def speaker_by_quote(text: str, lang: str, written: bool = False) -> dict[str, str | None]:
    """Each quote's text (marked or reported) to its speaker, the name a pronoun resolves to unless ``written``."""
    return {quote: sp for _, quote, sp in quote_rows(text, lang, written=written)}
