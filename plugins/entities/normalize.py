"""Text normalisation for alias matching, with offsets mapped back to the original text.

Aliases and document text go through the same function, so a match in the normalised view is a match of
the alias. The normalisation folds case, strips accents, unifies apostrophes (``’`` → ``'``), dashes and
no-break spaces. For almost every character this is a one-to-one map, done with ``str.translate`` in C:
the normalised text then has the same length as the original and offsets carry over unchanged. Texts that
hold characters whose folding changes the length (combining accents of decomposed text, ``ß``, ligatures)
go through a slower path that records, for each normalised character, its offset in the original.

Keys of the alias index are the word tokens of the normalised alias joined by single spaces
(``"Jean-Yves Le Drian"`` → ``"jean yves le drian"``, ``"L’Oréal"`` → ``"l oreal"``), so punctuation
inside names never prevents a match.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["is_word_char", "fold_char", "normalize", "normalize_with_offsets", "alias_key", "tokenize", "TOKEN_RE",
           "ELISIONS"]

# a word token, or a @handle / #hashtag token (kept whole with its sigil)
TOKEN_RE = re.compile(r"[@#]?\w+")

# French elided articles and conjunctions: d'Elon, l'Élysée, qu'Emmanuel, jusqu'à
ELISIONS = frozenset({"d", "l", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu"})

_APOSTROPHES = "\u2019\u2018\u02bc\u02b9\u0060\u00b4\u2032\uff07"
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe63\uff0d"
_SPACES = "\u00a0\u202f\u2007\u2009\u200a\u2002\u2003\u2004\u2005\u2006\u2008\u205f\u3000"


_QUOTE_MARKS = "\u201c\u201d\u201e\u201f\u00ab\u00bb"


def fold_char(ch: str) -> str:
    """The normalised form of one character (may be empty or longer than one character)."""
    if ch in _QUOTE_MARKS:
        return '"'
    if ch == "\u2026":  # … : one character, so texts holding it keep the fast path
        return "."
    if ch in _APOSTROPHES:
        return "'"
    if ch in _DASHES:
        return "-"
    if ch in _SPACES:
        return " "
    decomposed = unicodedata.normalize("NFKD", ch)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return stripped.casefold()


# The fold table for the scripts news text uses most (Latin, Greek, Cyrillic, Armenian, Latin Extended
# Additional, Greek Extended, General Punctuation: ~2k characters) is computed once at import, so
# ``str.translate`` runs with a plain dict in C. Other characters (emoji, CJK, fullwidth forms) are learnt
# on first sight. Characters whose fold is not one character (ß, ligatures, combining marks, …) send the
# text to the slow path with an offset map.
_TABLE: dict[int, int] = {}
_MULTI: set[str] = set()
for _code in (*range(0x590), *range(0x1E00, 0x2070)):
    _folded = fold_char(chr(_code))
    if len(_folded) != 1:
        _MULTI.add(chr(_code))
    elif _folded != chr(_code):
        _TABLE[_code] = ord(_folded)
_MULTI_RE = re.compile("[" + "".join(re.escape(c) for c in sorted(_MULTI)) + "]")
_OUTSIDE = re.compile(r"[^\x00-\u058f\u1e00-\u206f]")
_SEEN: set[str] = set()
_FOLDS: dict[str, str] = {}  # fold_char of the length-changing characters met so far
# where a text may hold a length-changing character: a known one, or one outside the precomputed table
_SPLIT = re.compile("(?:" + _MULTI_RE.pattern + "|" + _OUTSIDE.pattern + ")")


def _learn(ch: str) -> None:
    folded = fold_char(ch)
    if len(folded) != 1:
        _MULTI.add(ch)
    elif folded != ch:
        _TABLE[ord(ch)] = ord(folded)
    _SEEN.add(ch)


# Faster still for the usual case: a text in Latin-1 once its common typographic marks (’ – — “ ” …, thin
# spaces) are replaced by their folds is folded with ``bytes.translate`` on a 256-byte table (CPython's
# ``str.translate`` looks every non-ASCII character up in the dict one by one).
_COMMON = [(c, chr(_TABLE[ord(c)])) for c in "\u2019\u2018\u2013\u2014\u201c\u201d\u201e\u2026\u202f\u2009"
           if ord(c) in _TABLE and _TABLE[ord(c)] < 256]
_LATIN1 = bytes(_TABLE.get(b, b) if _TABLE.get(b, b) < 256 else b for b in range(256))
# Latin-1 characters whose fold is outside Latin-1 (µ -> μ): texts holding them use the dict
_BEYOND_LATIN1 = re.compile(r"[^\x00-\xff]")
_HOLES = [chr(c) for c in (*range(1, 9), *range(14, 32))]  # control characters: stand-ins, their own folds
_LATIN1_ODD = re.compile("[" + "".join(re.escape(chr(b)) for b in range(256) if _TABLE.get(b, b) >= 256) + "]")
_LATIN1_ODD_BYTES = [bytes([b]) for b in range(256) if _TABLE.get(b, b) >= 256]  # µ
_MULTI_LATIN1 = [bytes([ord(c)]) for c in sorted(_MULTI) if ord(c) < 256]  # ¼ ½ ¾ ß (_learn adds none below 0x590)


_LAST_FOLDS: tuple[str | None, bool] = (None, True)  # the last long text folds_in_place read, and its answer
_MEMO_MIN = 256


def folds_in_place(text: str) -> bool:
    """Every character of ``text`` folds to exactly one character, so the normalised text's offsets are the
    original ones (:func:`normalize_with_offsets` gives None offsets). Equal lengths do not tell: ``ß`` folds
    to two characters and a combining mark to none.

    The answer for the last long text is kept (by identity: the memo holds the text, so its id is not
    reused): the matcher's fold and the recall pass's organisation runs both ask it of the same document,
    and each answer costs two regex passes over the text (~25 µs on 4 KB); the short strings folded in
    between (a word, an alias) do not take its place."""
    if len(text) < _MEMO_MIN:
        return _folds_in_place(text)
    last, answer = _LAST_FOLDS
    if text is last:
        return answer
    answer = _folds_in_place(text)
    _remember(text, answer)
    return answer


def _remember(text: str, answer: bool) -> None:
    """Keep ``answer`` as :func:`folds_in_place`'s for ``text`` (a long text only)."""
    global _LAST_FOLDS
    if len(text) >= _MEMO_MIN:
        _LAST_FOLDS = (text, answer)


def _folds_in_place(text: str) -> bool:
    if _MULTI_RE.search(text):
        return False
    if _OUTSIDE.search(text):
        for ch in set(_OUTSIDE.findall(text)):
            if ch not in _SEEN:
                _learn(ch)
            if ch in _MULTI:
                return False
    return True


def _fast(text: str) -> str | None:
    """Fold ``text`` in C; None when some character's fold changes the length.

    A text that is Latin-1 once its common typographic marks are replaced (most news text) needs no regex
    pass: whether it folds in place and whether it holds a Latin-1 character folding beyond Latin-1 (µ)
    are a few byte searches on its Latin-1 bytes (``_MULTI_LATIN1``, ``_LATIN1_ODD_BYTES``), where each
    ``re`` pass over 4 KB costs ~12 µs; the answer is kept for :func:`folds_in_place`."""
    plain = text
    for a, b in _COMMON:
        if a in plain:
            plain = plain.replace(a, b)
    try:
        raw = plain.encode("latin-1")
    except UnicodeEncodeError:
        raw = None
    if raw is not None:
        in_place = not any(b in raw for b in _MULTI_LATIN1)  # _MULTI_RE's Latin-1 characters (the marks fold to one)
        _remember(text, in_place)
        if not in_place:
            return None
        if any(b in raw for b in _LATIN1_ODD_BYTES):
            return text.translate(_TABLE)
        return raw.translate(_LATIN1).decode("latin-1")
    if not folds_in_place(text):
        return None
    # a few distinct characters beyond Latin-1 (œ, Š, €, emoji): those folding into Latin-1 are replaced by
    # their folds, the others by control characters absent from the text (put back, folded, after the bytes
    # path); many of them (Cyrillic, Greek text) take the dict path
    odd = set(_BEYOND_LATIN1.findall(plain))
    if len(odd) > 8:
        return text.translate(_TABLE)
    back: list[tuple[str, str]] = []
    rest = []
    for ch in odd:
        f = _TABLE.get(ord(ch), ord(ch))
        if f < 256 and _LATIN1[f] == f:  # the bytes table must leave the fold as it is (U+1FEF -> `)
            plain = plain.replace(ch, chr(f))
        else:
            rest.append((ch, f))
    for ch, f in rest:  # after the replacements above, so that no stand-in is written twice
        hole = next((h for h in _HOLES if h not in plain), None)
        if hole is None:
            return text.translate(_TABLE)
        plain = plain.replace(ch, hole)
        back.append((hole, chr(f)))
    if _LATIN1_ODD.search(plain):
        return text.translate(_TABLE)
    folded = plain.encode("latin-1").translate(_LATIN1).decode("latin-1")
    for hole, f in back:
        folded = folded.replace(hole, f)
    return folded


def _slow(text: str, offsets: list[int] | None) -> str:
    """Fold a text holding characters whose fold changes the length: the runs between them go through
    :func:`_fast` (in C), only those characters through :func:`fold_char`; ``offsets`` is filled when given."""
    parts: list[str] = []
    pos = 0
    for m in _SPLIT.finditer(text):
        ch = m.group()
        if ch not in _SEEN and _OUTSIDE.match(ch):
            _learn(ch)
        if ch not in _MULTI:
            continue
        i = m.start()
        if i > pos:
            parts.append(_fast(text[pos:i]))
            if offsets is not None:
                offsets.extend(range(pos, i))
        f = _FOLDS.get(ch)
        if f is None:
            f = _FOLDS[ch] = fold_char(ch)
        if f:  # an empty fold (a lone combining mark) contributes nothing
            parts.append(f)
            if offsets is not None:
                offsets.extend([i] * len(f))
        pos = i + 1
    if pos < len(text):
        parts.append(_fast(text[pos:]))
        if offsets is not None:
            offsets.extend(range(pos, len(text)))
    return "".join(parts)


def normalize(text: str) -> str:
    """Folded text (case, accents, apostrophes, dashes, spaces); length may differ from ``text``."""
    folded = _fast(text)
    if folded is not None:
        return folded
    return _slow(text, None)


def normalize_with_offsets(text: str) -> tuple[str, list[int] | None]:
    """(normalised text, offsets): ``offsets[i]`` is the original offset of normalised character ``i``,
    with ``offsets[len(norm)] == len(text)``. ``offsets`` is None when the map is the identity (the usual
    case), so callers can skip the translation."""
    folded = _fast(text)
    if folded is not None:
        return folded, None
    offsets: list[int] = []
    norm = _slow(text, offsets)
    offsets.append(len(text))
    return norm, offsets


def is_word_char(ch: str) -> bool:
    """``ch`` matches ``\\w`` (``re``'s definition for str patterns): for whole-word tests after a
    substring search, which spare a regex pass over the text."""
    return ch.isalnum() or ch == "_"


def map_span(offsets: list[int] | None, start: int, end: int) -> tuple[int, int]:
    """Original (start, end) of the normalised span [start, end)."""
    if offsets is None:
        return start, end
    if end <= start:
        o = offsets[start]
        return o, o
    # end: one past the original offset of the last normalised character of the span; extend over the
    # characters that folded into it or to nothing (combining marks after a base letter)
    last = offsets[end - 1]
    nxt = offsets[end]
    return offsets[start], nxt if nxt > last else last + 1


def tokenize(norm: str) -> list[str]:
    return TOKEN_RE.findall(norm)


def alias_key(alias: str) -> str:
    """Index key of an alias: normalised word tokens joined by single spaces ('' when no word)."""
    return " ".join(TOKEN_RE.findall(normalize(alias)))
