"""Mention detection: KB aliases over the normalised text, plus NIL candidates from capitalised spans.

The text is folded once (:mod:`.normalize`), split into word tokens, and every token that starts with a
capital letter (or an ``@``/``#`` sigil) is a possible mention start. At a start, the longest alias of the
KB that covers whole tokens wins (one marisa-trie call returns every alias that is a prefix of the next
tokens); aliases are not allowed to run across punctuation other than spaces, hyphens, apostrophes and the
dots of initials. Capitalised runs that the KB does not know become NIL candidates, typed by cues (a title
before them, an organisation head or suffix, a preposition of place) — so unknown people still get a
cluster. Offsets are code points into the original text, mapped back when the folding changed lengths.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import accumulate

import regex

from ..trie_regex import trie_pattern
from . import english, languages
from .kb import KB, Entity, Flag
from .lang_rules import FRENCH, LangRules
from .lexicon import (
    ADJ_LIKE_VERBS,
    ADJ_SUFFIXES,
    COMMON_ACRONYMS,
    CONNECTORS,
    DEMONYM_PREFIXES,
    DEMONYMS,
    EVENT_HEADS,
    LOC_HEADS,
    LOC_NOUNS,
    LOC_PREPS,
    LOWER_HEADS,
    MONTHS,
    ORG_ALONE,
    ORG_HEADS,
    ORG_NOUNS,
    ORG_SUFFIXES,
    PARTICLE_NAMES,
    PARTICLES,
    PER_TITLES,
    SPEECH_VERBS,
    STOP,
)
from .normalize import ELISIONS, TOKEN_RE, is_word_char, map_span, normalize, normalize_with_offsets

__all__ = ["Mention", "Matcher"]

_GAPS = frozenset({" ", "-", "'", " - ", " & ", "&", "  ", " -", "- "})
_DOT_GAPS = frozenset({".", ". ", ".-"})
_COMPASS = frozenset(("nord", "sud", "est", "ouest"))  # the first half of a compound demonym (sud-coreen)


def _first_names() -> frozenset[str]:
    """guess.first_names (imported late: guess imports this module)."""
    from .guess import first_names

    return first_names()


_NEXT_WORD = re.compile(r"[ \t\u00a0]+(\w+)")  # the word after a name ("Merkel sagte")
_SENT_END = frozenset(".!?:;\n\u2026\u2014\u2013")
_QUOTES = frozenset(" \t\u00a0\u202f\u2009«»\"“”„‘’'()[]*-•")
# where a mention may start: a capitalised word or an @/# token, not inside a word
_START = regex.compile(r"(?<![\w@#])(?:[@#]\w|[\p{Lu}\p{Lt}])")


def _start_class(ch: str) -> int:
    """What ``_START`` tells apart in ``ch``: ``U`` a capital (Lu, Lt), ``w`` another word character, ``@`` a
    sigil, a space anything else (as a byte)."""
    if ch in "@#":
        return ord("@")
    if regex.match(r"[\p{Lu}\p{Lt}]", ch):
        return ord("U")
    return ord("w") if regex.match(r"\w", ch) else ord(" ")


_BEYOND_LATIN1 = re.compile(r"[^\x00-\xff]")
# a Latin-1 character of each class that no pattern below reads as a letter, a space or a lower-case
# character (Þ, ª, a control character); ’ stands as ' (both are in _SPACE_AT, and neither is a word character)
_STAND_INS = {ord("U"): "\u00de", ord("w"): "\u00aa", ord("@"): "@", ord(" "): "\x01"}
_ODD_STAND_IN: dict[str, str] = {"\u2019": "'"}  # a character beyond Latin-1 -> its stand-in (learnt on first sight)
# the typographic marks of news text (’ ‘ “ ” – — … and thin spaces): replaced before any regex pass
_COMMON_STAND_INS = [(ch, _ODD_STAND_IN.get(ch) or _STAND_INS[_start_class(ch)])
                     for ch in "\u2019\u2018\u201c\u201d\u2013\u2014\u2026\u202f\u2009"]
# What _at's fast exit reads as nothing: a capitalised function word (STOP, not a month) spelt in ASCII, then
# only spaces, apostrophes or hyphens (_SPACE_AT) before a character that is surely no capital (a lower-case
# letter, a digit, punctuation) or the end. Words of one letter are left out ("A " reads as upper case), and
# so are accented spellings (Après): those starts go to _at as before.
_NO_CAPITAL = "a-z0-9\u00df-\u00f6\u00f8-\u00ff"
_NO_CAPITAL_PUNCT = ",.;:!?()\\[\\]\"\u00ab\u00bb/%\n\t"
_NOTHING_AFTER = f"(?=[ '\u00a0-]+[{_NO_CAPITAL}{_NO_CAPITAL_PUNCT}]|[ '\u00a0-]*\\Z|[{_NO_CAPITAL_PUNCT}])"


def _start_pattern(stops: bool) -> re.Pattern[bytes]:
    """``_START`` on the Latin-1 view of a text (:func:`_starts`): one alternative per capital letter, and
    ``@``/``#`` before a word character, then no word character or sigil before it. Every alternative opens
    with its one character, so ``re`` skips to the capitals in C (``regex``'s Unicode classes test every
    position). With ``stops``, a capital that opens a function word read as nothing (``_NOTHING_AFTER``)
    is no start: the rest of those words follows it in a negative lookahead, as a trie."""
    word = "".join(re.escape(chr(b)) for b in range(256) if _start_class(chr(b)) in (ord("U"), ord("w")))
    rests: dict[str, list[str]] = {}
    if stops:
        for w in STOP:
            if w.isascii() and w.isalpha() and len(w) > 1 and w not in MONTHS:
                rests.setdefault(w[0].upper(), []).append(w[1:])
    alts = [re.escape(c) + (f"(?!{trie_pattern(rests[c])}{_NOTHING_AFTER})" if c in rests else "")
            for c in map(chr, range(256)) if _start_class(c) == ord("U")]
    alts += [f"@(?=[{word}])", f"\\#(?=[{word}])"]
    return re.compile(("(?:" + "|".join(alts) + f")(?<![{word}@#].)").encode("latin-1"), re.S)


_START_BYTES = _start_pattern(stops=False)
_START_NO_STOPS = _start_pattern(stops=True)


def _starts(text: str, stops: bool = False) -> list[int]:
    """``[m.start() for m in _START.finditer(text)]``, found with ``re`` on the text's Latin-1 bytes: one
    pass that skips to the capitals in C (``regex``'s Unicode classes cost ~77 µs on a 4 KB text, the bytes
    ~32 µs). Characters beyond Latin-1 (’, œ, —) are first replaced by a Latin-1 character of the same
    class (``_STAND_INS``); a text with many distinct ones (Greek, Cyrillic) keeps the ``regex`` scan.

    ``stops`` (only when the fold kept lengths): leave out the starts that :meth:`Matcher._at` would read
    as nothing at its fast exit, capitalised function words before a lower-case word (``Le président``,
    ``Dans un``: a sixth of the starts of news text), in the same pass (``_START_NO_STOPS``) instead of one
    method call each. Exact: every start it leaves out passes that test (its word, the spaces after it and
    the character after them are read from the original characters; a stand-in never matches there), and
    a start it keeps is read by ``_at`` as before."""
    raw = text.encode("latin-1", "replace")
    if b"?" in raw and raw.count(b"?") != text.count("?"):  # some characters were beyond Latin-1
        for ch, sub in _COMMON_STAND_INS:  # the usual ones without a regex pass
            if ch in text:
                text = text.replace(ch, sub)
        try:
            raw = text.encode("latin-1")
        except UnicodeEncodeError:
            odd = set(_BEYOND_LATIN1.findall(text))
            if len(odd) > 8:
                return [m.start() for m in _START.finditer(text)]
            for ch in odd:
                sub = _ODD_STAND_IN.get(ch)
                if sub is None:
                    sub = _ODD_STAND_IN[ch] = _STAND_INS[_start_class(ch)]
                text = text.replace(ch, sub)
            raw = text.encode("latin-1")
    return [m.start() for m in (_START_NO_STOPS if stops else _START_BYTES).finditer(raw)]


BIG_PLACE = 0.6  # prior of a city of ~130,000 inhabitants (kb.prior_from_population)
# a place of at least this prior (a city of ~550,000 people) may speak for its government or its council
# ("Ottawa says", "Washington said"); a smaller one whose name a person of the text bears, or that says
# something, is read as that person (Linker._coreference, Guesser._person_not_town)
SPEAKING_PLACE = 0.7
_CACHE_MAX = 50_000  # entries of a per-matcher memo before it is emptied (a few MB at most on long runs)
WINDOW = 8  # tokens read after a start (the longest alias the matcher tries, max_tokens)
# the tokens a name may run through from a start: gaps of spaces, hyphens, apostrophes, "&", and the dot
# of an initial or a short abbreviation ("J. K.", "St.-Louis"), as in _GAPS / _DOT_GAPS
_GAP_RE = r"(?: - | & | -|- |  |[ '&-]|(?<!\w\w\w)\.[ -]?)"
_WINDOW_RE = re.compile(r"[@#]?\w+(?:" + _GAP_RE + r"[@#]?\w+){0," + str(WINDOW - 1) + "}")
_TOKEN_SPLIT = re.compile("(" + TOKEN_RE.pattern + ")")  # split keeping the tokens: words at odd indices

# the two tokens before a position, on the reversed text: a word's sigil (@, #) comes after it there
_PREV2_REV = re.compile(r"\W*(\w+)([@#]?)(?:\W*(\w+)([@#]?))?")
_LOWER_HEAD_RE = re.compile(r"(?<![\w@#])(" + "|".join(LOWER_HEADS) + r") (\w+)(?!\w)")
_ARABIC_ARTICLE = re.compile(r"(?:al|el|ad|as|ar|an|az)-")
_WORD_AT = re.compile(r"\w+")
_SPACE_AT = re.compile(r"[ '’\u00a0-]*")

_LOWER_WORD = re.compile(r"(?<![\w@#'’])[^\W\d_A-ZÀ-ÖØ-Þ][\w]*")
_LOWER_LOOKUPS = 32  # words _written_lower looks up one by one before collecting every lower-case word


@dataclass(slots=True)
class Mention:
    start: int
    end: int
    text: str
    kind: str                                    # "kb" or "nil"
    candidates: list[tuple[Entity, int]] = field(default_factory=list)
    cue: str | None = None                       # NIL typing cue: PER / ORG / LOC (or None)
    sent_initial: bool = False
    words: tuple[str, ...] = ()                  # folded tokens
    prev: str = ""                               # folded word before the mention
    prev2: str = ""                              # folded word before that

    @property
    def key(self) -> str:
        return " ".join(self.words)


class Matcher:
    """Find KB and NIL mentions in a text."""

    def __init__(self, kb: KB | None, *, max_tokens: int = 8, nil: bool = True, case_sensitive: bool = True,
                 min_nil_len: int = 2) -> None:
        self.kb = kb
        self.max_tokens = max_tokens
        self.nil = nil
        self.case_sensitive = case_sensitive
        self.min_nil_len = min_nil_len
        self._cand_cache: dict[tuple[int, bool], tuple[tuple[Entity, int], ...]] = {}
        self._starts_cache: dict[tuple[str, bool], bool] = {}
        self._may_start: dict[str, bool] = {}      # a KB key is this word or starts with it
        self._big: dict[str, bool] = {}            # _big_place per word
        self._goes_on: dict[str, bool] = {}        # a KB key starts with these two words (_single)

    # ------------------------------------------------------------------------------------------------
    def find(self, text: str, ignored: Iterable[tuple[int, int]] = ()) -> list[Mention]:
        """Mentions in ``text`` (code-point offsets), outside the ``ignored`` regions (see :meth:`scan`)."""
        return self.scan(text, ignored)[0]

    def scan(self, text: str, ignored: Iterable[tuple[int, int]] = (),
             rules: LangRules = FRENCH) -> tuple[list[Mention], str]:
        """(mentions, normalised text): the linker reuses the folded text instead of folding it again.

        Mentions in ``text`` (code-point offsets), outside the ``ignored`` regions. ``rules``: the
        document's language's (:func:`.lang_rules.rules_for_text`); French's own signals by default.

        Only capitalised tokens (and ``@``/``#`` tokens, and the first words of lower-case user aliases)
        start a mention, so the work is proportional to them: each start reads a small window of the
        tokens after it (one regex call) instead of the whole document being tokenised in Python."""
        norm, offsets = normalize_with_offsets(text)
        kb = self.kb
        ign = _Regions(ignored)
        starts = _starts(text, stops=offsets is None)
        user_starts = kb.user_starts if kb is not None else frozenset()
        if user_starts:
            extra = self._user_starts(text, norm, offsets, kb)
            if extra:
                starts = sorted(set(starts).union(extra))
        out: list[Mention] = []
        state: dict = {"rules": rules, "name_words": set()}  # name_words: words of multi-word names read so far
        consumed = 0
        for p in starts:
            if p < consumed or (ign and p in ign):
                continue
            # where the fold changed lengths: the first folded offset at or after p, one bisection of the (never
            # decreasing) offsets per start instead of an inverse table of the whole text built in Python
            q = p if offsets is None else bisect_left(offsets, p)
            end = self._at(text, norm, offsets, q, ign, out, state)
            if end:
                consumed = end
        if self.nil and offsets is None:
            self._lower_heads(text, norm, ign, out)
        return out, norm

    @staticmethod
    def _lower_heads(text: str, norm: str, ign, out: list[Mention]) -> None:
        """Lower-case head + nationality adjective: "l'armée syrienne" (ORG), "le désert irakien" (LOC)."""
        added = False
        found = out[:]  # in document order, without overlaps (the scan's): one bisection finds a clash
        found_starts = [x.start for x in found]
        for m in _lower_head_matches(norm):
            if m.group(2) not in DEMONYMS or not text[m.start()].islower():
                continue
            s, e = m.span()
            k = bisect_left(found_starts, e)
            if (ign and s in ign) or (k and found[k - 1].end > s):
                continue
            out.append(Mention(s, e, text[s:e], "nil", cue=LOWER_HEADS[m.group(1)], words=(m.group(1), m.group(2))))
            added = True
        if added:
            out.sort(key=lambda x: x.start)

    @staticmethod
    def _user_starts(text: str, norm: str, offsets, kb: KB) -> list[int]:
        """Original offsets of the whole words of ``norm`` (not after a sigil) that start a lower-case user
        alias. For a few plain words, a substring search per word (in C) and a boundary check per hit: the
        alternation below costs a try at every position of the text."""
        cached = kb.__dict__.get("_user_starts_re")
        if cached is None:
            words = sorted(kb.user_starts, key=len, reverse=True)
            pattern = re.compile(r"(?<![\w@#])(?:" + "|".join(map(re.escape, words)) + r")(?!\w)")
            few = len(words) <= 64 and all(_WORD_AT.fullmatch(w) for w in words)
            cached = kb.__dict__["_user_starts_re"] = (pattern, words if few else None)
        pattern, few = cached
        if few is None:
            return [m.start() if offsets is None else offsets[m.start()] for m in pattern.finditer(norm)]
        # whole \w+ words cannot overlap, so the hits are the regex's matches (in another order)
        found = []
        size = len(norm)
        for w in few:
            k = norm.find(w)
            while k >= 0:
                e = k + len(w)
                if (k == 0 or not (is_word_char(norm[k - 1]) or norm[k - 1] in "@#")) \
                        and (e == size or not is_word_char(norm[e])):
                    found.append(k if offsets is None else offsets[k])
                k = norm.find(w, k + 1)
        return found

    def _window(self, text: str, norm: str, offsets, q: int, ign):
        """Up to ``WINDOW`` tokens from normalised offset ``q`` that a name may run through (no sentence
        punctuation between them), as flat lists: ``(words, parts, b, ob, cap)``. ``parts`` is the window
        split at its tokens (``["", word, gap, word, …, word, ""]``: the gap before token ``k`` is
        ``parts[2k]``), token ``k`` spans ``b[2k + 1]:b[2k + 2]`` in ``norm`` and ``ob[2k + 1]:ob[2k + 2]``
        in ``text``; ``cap[k]``: it starts with a capital or a sigil. None when no token starts at ``q``.
        One regex call finds the window's extent and one split cuts it; the offsets are summed lengths
        (all in C: no tuple per token)."""
        m = _WINDOW_RE.match(norm, q)
        if m is None:
            return None
        parts = _TOKEN_SPLIT.split(m.group())
        words = parts[1::2]
        b = list(accumulate(map(len, parts), initial=q))
        if offsets is None:
            ob = b
        else:
            ob = b[:]
            for k in range(1, len(b) - 1, 2):
                ob[k], ob[k + 1] = map_span(offsets, b[k], b[k + 1])
        firsts = "".join(map(text.__getitem__, ob[1:-1:2]))
        if ign:
            for k in range(1, len(words)):
                if ob[2 * k + 1] in ign:
                    del words[k:]
                    firsts = firsts[:k]
                    break
        cap = list(map(str.isupper, firsts))
        if "@" in firsts or "#" in firsts:
            cap = [c or f in "@#" for c, f in zip(cap, firsts, strict=True)]
        return words, parts, b, ob, cap

    def _single(self, text: str, norm: str, q: int, first: re.Match):
        """The window of a start whose next token cannot change what is read there — the name ends after
        its first word (``Macron,``) or goes on with a lower-case word that is no connector, after a word
        that is no head and opens no KB key with that next word (``Macron a dit``) — as one token, without
        reading the window (about half the starts of news text). None when the full window is needed.

        Why it is exact: with one token, every test of :meth:`_at` that reads token 1 (elision, alias
        walk, "Ban Ki-moon", a town opening a longer name, head + adjective, the capitalised run) gives
        the same answer as on the full window under these conditions (the fold kept lengths: ``offsets``
        is None)."""
        if not text[q].isupper():
            return None
        w = first.group()
        e0 = first.end()
        if e0 < len(norm) and norm[e0] in " '&-.":  # a gap a name may run through may follow
            if norm[e0] != " " or w in ORG_HEADS or w in LOC_HEADS or not text[e0 + 1:e0 + 2].islower():
                return None
            nxt = _WORD_AT.match(norm, e0 + 1)
            if nxt is None:
                return None
            following = nxt.group()
            if following in CONNECTORS or following in english.JOINERS:
                return None
            kb = self.kb
            if kb is not None and (self._may_start.get(w) or self._may_start_with(kb, w)):
                pair = w + " " + following
                goes_on = self._goes_on.get(pair)
                if goes_on is None:
                    if len(self._goes_on) >= _CACHE_MAX:
                        self._goes_on.clear()
                    goes_on = self._goes_on[pair] = next(kb.trie.iterkeys(pair), None) is not None
                if goes_on:
                    return None  # "Nations unies", "Union africaine": an alias reads on
        ob = [q, q, e0]
        return [w], None, ob, ob, [True]

    @staticmethod
    def _prev_words(norm: str, q: int, state: dict) -> tuple[str, str]:
        """The last two tokens of ``norm[q - 60:q]`` (as ``TOKEN_RE.findall`` cuts them), read backwards
        from ``q`` on the reversed text: one anchored match instead of tokenising the 60 characters."""
        rev = state.get("rev")
        if rev is None:
            rev = state["rev"] = norm[::-1]
        r = len(norm) - q
        m = _PREV2_REV.match(rev, r, r + 60)
        if m is None:
            return "", ""
        g1, s1, g2, s2 = m.groups()
        return (g1 + s1)[::-1], (g2 + s2)[::-1] if g2 else ""

    def _at(self, text: str, norm: str, offsets, q: int, ign, out: list[Mention], state: dict) -> int:
        """Read the mention starting at normalised offset ``q``; return the original end offset of what
        was consumed (0 when nothing)."""
        kb = self.kb
        if offsets is None:  # fast exit: a capitalised function word ("Dans", "Le") not followed by a name
            first = _WORD_AT.match(norm, q)
            if first is not None and first.group() in STOP and not text[q:q + 2].isupper() \
                    and first.group() not in MONTHS:
                k = _SPACE_AT.match(text, first.end()).end()
                if k >= len(text) or not text[k].isupper():
                    return 0
            win = self._single(text, norm, q, first) if first is not None else None
            if win is None:
                win = self._window(text, norm, offsets, q, ign)
        else:
            win = self._window(text, norm, offsets, q, ign)
        if win is None:
            return 0
        words, parts, b, ob, cap = win
        n = len(words)
        lower_start = not cap[0]
        i = 0
        w = words[0]
        # sigils: @handle / #hashtag, through the KB only
        if w[0] in "@#":
            if kb is not None:
                kid = kb.trie.get(w)
                if kid is not None:
                    s, e = ob[1], ob[2]
                    out.append(Mention(s, e, text[s:e], "kb", self._cands(kb, kid, text[s:e]), words=(w,)))
                    return e
            return 0
        rules: LangRules = state["rules"]
        if rules.english and kb is not None and n > 1 and len(w) == 1 and offsets is None:
            d = english.DOTTED_ACRONYM.match(text, q)
            if d is not None and not text[d.end():d.end() + 1].isalnum():
                kid = kb.trie.get(d.group().replace(".", "").lower())
                cands = self._cands(kb, kid, d.group()) if kid is not None else None
                if cands:  # U.S., U.K.: the country's acronym, dots and all
                    m = Mention(q, d.end(), d.group(), "kb", cands, words=(d.group().replace(".", "").lower(),))
                    m.prev, m.prev2 = self._prev_words(norm, q, state)
                    m.sent_initial = self._sentence_initial(text, q)
                    out.append(m)
                    return d.end()
        # elided article before a capitalised word: L'Élysée -> start at the next token
        bound = False  # "N'Golo Kanté", "N'Djamena", "M'Tima": a capital M' or N' before a capital opens the name
        if w in ELISIONS and n > 1 and cap[1] and parts[2] == "'":
            if w not in _NAME_ELISIONS or not cap[0] or ob[2] - ob[1] != 1:
                return 0
            bound = True  # (French elides "me" and "ne" only before a verb, never before a name)
        # KB: longest alias starting here
        if kb is not None:
            best = None
            may = self._may_start.get(w)
            if may is None:
                may = self._may_start_with(kb, w)  # else the prefix walk below finds nothing
            joined = (w if n == 1 else " ".join(words[:self.max_tokens])) if may else ""
            if not may:
                found = ()
            elif n == 1:  # the only key a lone token can match is itself: one look-up instead of the prefix walk
                kid = kb.trie.get(w)
                found = () if kid is None else ((w, kid),)
            else:
                found = kb.prefixes(joined)
            for key, kid in found:
                if len(key) < len(joined) and joined[len(key)] != " ":
                    continue
                ntok = key.count(" ") + 1
                if rules.english and ntok > 1 and words[ntok - 1] == "s" and parts[2 * ntok - 2] == "'":
                    continue  # Tonga's: the possessive, not an alias "Tonga's"
                if ntok < n and not cap[ntok] and parts[2 * ntok] == "-":
                    continue  # the word goes on: "Ban Ki" is not an alias of "Ban Ki-moon"
                s, e = ob[1], ob[2 * ntok]
                surface = text[s:e]
                cands = self._cands(kb, kid, surface)
                if lower_start:
                    cands = [c for c in cands if c[1] & Flag.USER]
                if cands and not (ntok == 1 and ((self._weak_single(w, surface, cands)
                                                  and not self._month_homonym(text, s, e, w))
                                                 or (rules.english and self._weak_english(w, surface, cands, rules))
                                                 or (rules.openers and not rules.english
                                                     and self._weak_common(w, surface, cands, rules)))):
                    best = (ntok, s, e, surface, cands)
            if best is not None and best[0] == 1 and n > 1 and not lower_start and words[0] not in STOP \
                    and not any(fl & Flag.USER for _e, fl in best[4]) and not self._acronym(text, ob[1], ob[2]):
                k = 2 if words[1] in CONNECTORS else 1
                if k < n and cap[k] and words[k][0] not in "@#" and not self._kb_starts(kb, words, k, n, strong=True) \
                        and not (rules.english and words[k] in english.TITLES_CUT):
                    best = None  # "Michael Matthews", "Tour de France": a town's name opening a longer name
                elif (w in ORG_HEADS or w in LOC_HEADS) and not cap[1] and words[1].endswith(ADJ_SUFFIXES) \
                        and words[1] not in STOP and parts[2] == " ":
                    best = None  # "Union africaine" is not the town of Union
            if best is not None and rules.english and text.startswith("$", best[2]):
                return best[2]  # US$15,400: a currency, not the country
            if best is not None:
                ntok, s, e, surface, cands = best
                m = Mention(s, e, surface, "kb", cands, words=tuple(words[:ntok]))
                if rules.english and ntok > 1:
                    state["name_words"].update(words[:ntok])
                m.prev, m.prev2 = self._prev_words(norm, q, state)
                m.sent_initial = self._sentence_initial(text, s)
                out.append(m)
                return e
        if lower_start or not self.nil:
            return 0
        # NIL: a run of capitalised tokens (with connectors inside)
        # "Col du Soulor", "Col de la Croix de Fer": a mountain pass, not the colonel's "Col." (Col. John Smith)
        name_at = self._pass_name(text, words, parts, ob, cap, n) if w == "col" else 0
        j = 1
        while j < n:
            if cap[j] and words[j][0] not in "@#":
                j += 1
            elif j < name_at:
                j = name_at  # the pass's "de la", "de l'": inside its name
            elif (words[j] in CONNECTORS or (rules.english and words[j] in english.JOINERS)) and j + 1 < n \
                    and cap[j + 1]:
                j += 1
            elif parts[2 * j] == "-" and cap[j - 1] and words[j] not in STOP \
                    and words[j][0].isalpha():
                j += 1  # Ban Ki-moon, Park Geun-hye, Kim Jong-un
            elif parts[2 * j] == "-" and cap[j - 1] and words[j] in _HYPHEN_LINKS and not cap[j]:
                k = j + 1  # Neuville-sur-Saône, Îles-de-la-Madeleine, Sanssac-l'Église: one place name
                while k < n and parts[2 * k] == "-" and words[k] in _HYPHEN_LINKS and not cap[k]:
                    k += 1
                if k < n and cap[k] and parts[2 * k] in ("-", "'"):
                    j = k + 1
                else:
                    break
            else:
                break
        # stop before a later KB alias start inside the run
        if kb is not None:
            for k in range(max(1, name_at + 1), j):  # (a pass's name is its own: Col de Vence is no town)
                if cap[k] and words[k] not in CONNECTORS and self._kb_starts(kb, words, k, n, strong=True) \
                        and not (parts[2 * k - 2] == "-" and not cap[k - 1] and parts[2 * k] in ("-", "'")):
                    j = k  # (the end of a hyphenated name, Dol-de-Bretagne, starts no new one)
                    break
        if rules.english and j > 1 and not english.CUTS.isdisjoint(words):
            for k in range(1, j):  # "Burundi President Pierre Nkurunziza": the title ends the name before it
                if cap[k] and words[k] in english.TITLES_CUT:
                    j = k
                    break
            if not english.name_word(words[j - 1]):
                for k in range(1, j):
                    if words[k] in english.JOINERS:
                        j = k  # "for" stays inside organisation names only (Cinema for Peace Foundation)
                        break
            if words[0] in english.english_first_names():
                for k in range(2, j):
                    if words[k] == "of":
                        j = k  # "Jane Okafor of Acme Widgets Inc.": a person, then where she works
                        break
        # trailing connectors never end a name
        while j > 1 and words[j - 1] in CONNECTORS:
            j -= 1
        run = words[:j]
        sent_init = self._sentence_initial(text, ob[1])
        if rules.openers and not sent_init and languages.after_break(text, ob[1]):
            sent_init = True  # "🎉 Try it": a tweet's sentence after an emoji
        # leading stop words / titles are not part of the name (Le président ..., M. Dupont)
        cue = None
        if rules.english and sent_init and len(run) > 2 and run[1] in CONNECTORS and run[0] in rules.common:
            i, run = 1, run[1:]  # "Later bin Laden": a frequent word opening the sentence, then the name
        while run and (run[0] in STOP or run[0] in PER_TITLES or run[0] in DEMONYMS
                       or (rules.english and (run[0] in english.TITLES or (run[0] in english.DEMONYMS
                                                                           and not english.name_word(run[-1]))))
                       or (run[0] in ("sud", "nord") and len(run) > 1 and run[1] in DEMONYMS)
                       or (run[0] in DEMONYM_PREFIXES and len(run) > 2 and run[1] in DEMONYMS)) \
                and not self._acronym(text, ob[2 * i + 1], ob[2 * i + 2]) and not (i == 0 and name_at) \
                and not bound:
            if run[0] in PARTICLES and len(run) > 1 and text[ob[2 * i + 1]].isupper() and cap[i + 1] \
                    and (not sent_init or run[0] in PARTICLE_NAMES or run[0] == "de"):
                break  # "Le Monde", "De Gendt", "Les Républicains" mid-sentence: the article is in the name
            if run[0] in PER_TITLES or (run[0] in DEMONYMS and len(run) > 1) \
                    or (rules.english and run[0] in english.TITLES):
                cue = "PER"
            i += 1
            run = run[1:]
        if rules.german and run:
            i = self._german(text, norm, q, words, ob, i, j, sent_init, state)
            if i < 0:
                return ob[2 * j]
            run = words[i:j]
        elif rules.romance and run:
            if (j - i == 1 or words[i] in languages.ROMANCE_ORG_HEADS) and (
                    words[i - 1] in languages.ROMANCE_FUNCTION and i > 1 and words[i - 2] in languages.ROMANCE_TITLES
                    if i else self._after_title(norm, q, state)):
                return ob[2 * j]  # "Ministro degli Esteri", "del Consiglio dei Ministri": an office, not a name
            if sent_init and i == 0 and j > 2 and words[1] in languages.ROMANCE_FUNCTION \
                    and words[0] in rules.common and words[0] not in state["name_words"]:
                i = 2  # "Ieri la Corte Suprema", "Intanto la Casa Bianca": the opener and the article go
            i, rcue = self._romance(words, i, j, sent_init)
            if i < 0:
                return ob[2 * j]
            run, cue = words[i:j], rcue or cue
        if not run:
            return 0
        if len(run) == 1 and (run[0] in ORG_HEADS or run[0] in LOC_HEADS):
            # Commission européenne, Parti socialiste, Amérique latine, Cour pénale internationale
            while j < n and j - i <= 3 and not cap[j] and parts[2 * j] == " ":
                if words[j] in _COMPASS and j + 1 < n and parts[2 * j + 2] == "-" \
                        and words[j + 1].endswith(ADJ_SUFFIXES):
                    j += 2  # Parlement sud-coréen (24th pass)
                elif words[j] not in STOP and words[j] not in ADJ_LIKE_VERBS and words[j].endswith(ADJ_SUFFIXES):
                    j += 1
                else:
                    break
            run = words[i:j]
        if len(run) == 1 and ((run[0] in ORG_HEADS and run[0] not in ORG_ALONE) or run[0] in COMMON_ACRONYMS) \
                and not (rules.english and run[0] in english.ORG_ALONE
                         and (words[i - 1] if i else self._prev_words(norm, q, state)[0]) == "the"):
            return ob[2 * j]  # "l'État", "le Conseil", "le PIB": a common noun, not a name
        if len(run) == 1 and run[0] in PER_TITLES:  # a title alone (PDG, CEO) names nobody
            return ob[2 * j]
        s, e = ob[2 * i + 1], ob[2 * j]
        if i:  # the name proper starts later: let that token be read as a start of its own
            if self._kb_starts(kb, words, i, n) if kb is not None else False:
                return 0
        surface = text[s:e]
        if len(surface) < self.min_nil_len:
            return e
        if sent_init and len(run) == 1 and not self._acronym(text, ob[2 * i + 1], ob[2 * i + 2]):
            if run[0] in STOP or self._written_lower(text, norm, offsets, run[0], state):
                return e
            if rules.openers and run[0] not in state["name_words"] and (run[0] in rules.common or (
                    run[0] in rules.opener_words and run[0] not in _first_names())):
                return e  # Whether, Otherwise, Signs, Es, Wir: a frequent word opening a sentence
        if rules.english and len(run) == 1 and run[0] in english.MONTHS:
            return e  # May, Sunday
        if rules.english and len(run) == 1 and len(run[0]) >= 4 and run[0] in rules.common and surface.isupper():
            return e  # BOTH, THANK: a frequent word in capitals is shouting, not an acronym
        if rules.english and i == 0 and s >= 2 and text[s - 1] == "-" \
                and english.HYPHEN_PREFIX.search(text, max(0, s - 6), s):
            return e  # anti-Gyurcsány protests
        if i == 0 and s >= 3 and text[s - 1] == "-" and _ARABIC_ARTICLE.match(text, s - 3, s) \
                and (s == 3 or not text[s - 4].isalnum()):
            s -= 3  # al-Bab, el-Sissi: the lower-case Arabic article belongs to the name
            surface = text[s:e]
        if rules.english and i == 0 and s >= 3 and text[s - 3:s - 1] in english.PARTICLE_ENDS:
            pm = english.PARTICLE_BEFORE.search(text, max(0, s - 5), s)
            if pm is not None:
                p = pm.group(1)
                s -= len(p) + 1  # bin Laden, van Gogh: the lower-case particle belongs to the name
                surface = text[s:e]
                run = [p, *run]
        m = Mention(s, e, surface, "nil", words=tuple(run), cue=cue, sent_initial=sent_init)
        if rules.openers and len(run) > 1:
            state["name_words"].update(run)
        if i:
            m.prev, m.prev2 = words[i - 1], (words[i - 2] if i > 1 else self._prev_words(norm, q, state)[0])
        else:
            m.prev, m.prev2 = self._prev_words(norm, q, state)
        if m.cue is None and run[0] not in EVENT_HEADS:
            m.cue = self._nil_cue(m)
            if m.cue == "PER" and kb is not None and self._big_place(kb, words[j - 1]):
                m.cue = None  # Météo France, Projet Montréal: named after a known place, not a person
            if m.cue == "PER" and kb is not None:
                for k in range(i + 1, j - 1):
                    if words[k] in ("de", "du", "des", "d") and cap[k + 1] \
                            and self._kb_starts(kb, words, k + 1, j):
                        m.cue = None  # Tour de France, Stade de France: named after a place, not a person
                        break
        out.append(m)
        return e

    @staticmethod
    def _pass_name(text: str, words: list[str], parts: list[str], ob: list[int], cap: list[bool], n: int) -> int:
        """The index of the name's first token when the window's ``col`` (token 0) names a mountain pass:
        ``Col du Soulor``, ``Col d'Izoard``, ``Col des Montets``, ``Col de la Croix de Fer``: a link written
        in lower case (du, de, des, d', de la, de l') and a capitalised name after it. 0 otherwise: the
        colonel's abbreviation has its dot or a name right after it (``Col. John Smith``, ``Col John Smith``),
        and "Col" at the top of a sentence in Italian (*with the*) takes no French link."""
        if n < 3 or parts[2] != " " or words[1] not in _PASS_LINKS or not text[ob[3]].islower():
            return 0
        k = 2
        if words[1] == "de" and words[2] in ("la", "l") and parts[4] == " " and text[ob[5]].islower():
            k = 3  # de la Croix de Fer, de l'Iseran
        if k >= n or not cap[k] or words[k][0] in "@#" or parts[2 * k] != ("'" if words[k - 1] in ("d", "l") else " "):
            return 0
        return k

    def _after_title(self, norm: str, q: int, state: dict) -> bool:
        """The run at ``q`` follows a title and "di"/"de" ("Ministro degli Esteri"): an office."""
        prev, prev2 = self._prev_words(norm, q, state)
        return prev in languages.ROMANCE_FUNCTION and prev2 in languages.ROMANCE_TITLES

    @staticmethod
    def _romance(words: list[str], i: int, j: int, sent_init: bool) -> tuple[int, str | None]:
        """(where the Spanish, Italian or Portuguese name in ``words[i:j]`` starts, its cue), or (-1, None)
        when it is no name: a capitalised article or preposition opening a sentence goes (``Nel``), titles
        go and make a person (``Presidente Silvio Berlusconi``), a title before "di"/"de" is an office
        (``Ministro degli Esteri``), an organisation head opens an organisation (``Corte Suprema``) and
        alone names none (``Consiglio``)."""
        titles, fn = languages.ROMANCE_TITLES, languages.ROMANCE_FUNCTION
        cue = None
        while i < j and (words[i] in titles or (sent_init and i == 0 and words[i] in fn)):
            if words[i] in titles:
                if i + 1 < j and words[i + 1] in fn:
                    return -1, None
                cue = "PER"
            i += 1
        if i == j:
            return -1, None
        if words[i] in languages.ROMANCE_ORG_HEADS:
            return (i, "ORG") if j - i > 1 else (-1, None)
        if j - i > 2 and words[i] not in (names := _first_names()):
            for k in range(i + 1, j - 1):
                if words[k] in names:  # "del Minnesota Tim Pawlenty": the person after the place
                    return k, "PER"
        return i, cue

    def _weak_common(self, word: str, surface: str, cands, rules: LangRules) -> bool:
        """A one-word alias that is a frequent word of the language (``Come``, ``Es``) and names only small
        places, not a curated entity nor an acronym: too weak alone (:meth:`_weak_english` for English)."""
        if word not in rules.common or (surface.isupper() and len(surface) > 1):
            return False
        return all(e.type == "LOC" and e.prior < BIG_PLACE and not fl & Flag.USER for e, fl in cands)

    def _german(self, text: str, norm: str, q: int, words: list[str], ob: list[int], i: int, j: int,
                sent_init: bool, state: dict) -> int:
        """Where the German name in ``words[i:j]`` starts, or -1 when it is no name: capitals mark every
        German noun. Leading articles go (``Der Fahrradclub ADFC``), a frequent word opening a sentence
        goes (``Neue Radwege``), a word after an article or a number is a noun (``die Innenstadt``,
        ``20 Kilometer``) unless an acronym or a first name follows it, and what is left needs evidence
        (:func:`.languages.german_evidence`). Unknown runs only: the KB's names were read before."""
        de = languages.DE_DETERMINERS
        acr = self._acronym
        prev = words[i - 1] if i else self._prev_words(norm, q, state)[0]
        while i < j and words[i] in de and not acr(text, ob[2 * i + 1], ob[2 * i + 2]):
            prev, i = words[i], i + 1
        while j - i > 1 and words[i] in languages.DE_TITLES:
            prev, i = words[i], i + 1  # "Bürgermeisterin Eva Schmidt": the person
        if i == j:
            return -1
        names, seen = _first_names(), state["name_words"]
        w = words[i]
        if w not in names:
            for k in range(i + 1, j - 1):
                if words[k] in names:  # "Kapitän Jonas Weber", "Stürmer Jonas Weber": a role, then the person
                    prev, i = words[k - 1], k
                    w = words[i]
                    break
        if j - i > 1 and sent_init and w not in names and w not in seen and w in state["rules"].common:
            prev, i = w, i + 1  # "Neue Radwege" opening the text: the frequent word goes
            w = words[i]
        if prev in de or languages.NUMBER.fullmatch(prev):
            if j - i == 1:  # "die Innenstadt", "20 Kilometer": a noun; "der ADFC": an acronym
                return i if acr(text, ob[2 * i + 1], ob[2 * i + 2]) else -1
            if words[j - 1] in languages.DE_ORG_LAST:
                return i  # die Deutsche Bank
            if not (acr(text, ob[2 * j - 1], ob[2 * j]) or words[i + 1] in names):
                return -1
            prev, i = w, i + 1  # "Fahrradclub ADFC", "Bürgermeisterin Eva Schmidt": the name after the noun
        nxt = _NEXT_WORD.match(text, ob[2 * j])
        following = normalize(nxt.group(1)) if nxt is not None else ""
        acronym = any(acr(text, ob[2 * k + 1], ob[2 * k + 2]) for k in range(i, j))
        if languages.german_evidence(words[i:j], prev, following, acronym, names, seen):
            return i
        return -1

    @staticmethod
    def _written_lower(text: str, norm: str, offsets, word: str, state: dict) -> bool:
        """``word`` (folded) is also written in lower case in the text, as a whole word: a capitalised
        sentence-initial word that is a common word elsewhere. When the fold kept lengths, only the
        occurrences of ``word`` are checked (the set of all lower-case words costs a pass over the text), for
        the first ``_LOWER_LOOKUPS`` words: past them (many distinct names opening sentences), that set, the
        same answers in one pass (a scan for each word was quadratic in the text)."""
        lower = state.get("lower")  # the folded lower-case words of the text, once collected
        if lower is None and offsets is not None:
            lower = state["lower"] = frozenset(normalize(" ".join(_LOWER_WORD.findall(text))).split())
        if lower is not None:
            return word in lower
        seen = state.setdefault("lower_seen", {})
        found = seen.get(word)
        if found is None:
            if len(seen) >= _LOWER_LOOKUPS:  # (norm keeps text's offsets here: its slices are the folded words)
                lower = state["lower"] = frozenset(norm[m.start():m.end()] for m in _LOWER_WORD.finditer(text))
                return word in lower
            found = False
            n = len(word)
            k = norm.find(word)
            while k >= 0:
                m = _LOWER_WORD.match(text, k)
                if m is not None and m.end() == k + n:
                    found = True
                    break
                k = norm.find(word, k + 1)
            seen[word] = found
        return found

    # ------------------------------------------------------------------------------------------------
    def _kb_starts(self, kb: KB, words: list[str], k: int, n: int, strong: bool = False) -> bool:
        """A KB alias starts at token ``k``. With ``strong``, only a multi-word alias or a curated one
        counts: a single gazetteer word inside a capitalised run (Peter *Sagan*, Michael *Matthews*) is
        more likely part of an unknown name than the town of that name. Memoised on the tokens read (a
        bounded cache: names recur across documents)."""
        may = self._may_start.get(words[k])
        if not (may or (may is None and self._may_start_with(kb, words[k]))):
            return False
        joined = " ".join(words[k:k + self.max_tokens])
        cache = self._starts_cache
        hit = cache.get((joined, strong))
        if hit is None:
            if len(cache) >= _CACHE_MAX:
                cache.clear()
            hit = cache[(joined, strong)] = self._kb_starts_at(kb, words, k, joined, strong)
        return hit

    def _may_start_with(self, kb: KB, word: str) -> bool:
        """Some KB key is ``word`` or starts with ``word`` and a space; when none is, no alias can start at
        a token ``word`` and the prefix walk is skipped (memoised per word, bounded)."""
        may = self._may_start.get(word)
        if may is None:
            if len(self._may_start) >= _CACHE_MAX:
                self._may_start.clear()
            may = self._may_start[word] = word in kb.trie or next(kb.trie.iterkeys(word + " "), None) is not None
        return may

    def _kb_starts_at(self, kb: KB, words: list[str], k: int, joined: str, strong: bool) -> bool:
        for key, kid in kb.prefixes(joined):
            if len(key) == len(joined) or joined[len(key)] == " ":
                if " " in key:
                    return True
                if not self._weak_single(key, key, ()) and any(
                        self._fits(fl, words[k].isupper()) and (not strong or fl & Flag.USER)
                        for _row, fl in kb.candidates_for_id(kid)):
                    return True
        return False

    def _big_place(self, kb: KB, word: str) -> bool:
        """``word`` alone is the name of a well-known place (a country, a city of ~130,000+); memoised
        per word (bounded)."""
        big = self._big.get(word)
        if big is None:
            if len(self._big) >= _CACHE_MAX:
                self._big.clear()
            kid = kb.trie.get(word)
            big = self._big[word] = kid is not None and any(
                kb.entity(row).type == "LOC" and kb.entity(row).prior >= BIG_PLACE
                for row, _fl in kb.candidates_for_id(kid))
        return big

    @staticmethod
    def _acronym(text: str, start: int, end: int) -> bool:
        s = text[start:end]
        return len(s) >= 2 and s.isupper()

    def _cands(self, kb: KB, kid: int, surface: str) -> list[tuple[Entity, int]]:
        """Candidates of an alias key whose flags fit the surface form (memoised per key and case: the
        same names recur across documents)."""
        upper = surface.isupper() and sum(c.isalpha() for c in surface) >= 2
        cached = self._cand_cache.get((kid, upper))
        if cached is None:
            if len(self._cand_cache) >= _CACHE_MAX:
                self._cand_cache.clear()
            cached = self._cand_cache[(kid, upper)] = tuple(
                (kb.entity(row), fl) for row, fl in kb.candidates_for_id(kid) if Matcher._fits(fl, upper))
        return list(cached)

    @staticmethod
    def _fits(fl: int, upper: bool) -> bool:
        if fl & Flag.LOWER and not fl & Flag.USER:
            return False          # common-noun aliases ("be", "scot") never match on their own
        if fl & Flag.ACRONYM and not upper:
            return False          # "LA" is not "La"
        if fl & Flag.SHORT and not fl & (Flag.USER | Flag.LABEL) and not upper:
            return False          # very short aliases must come from the entity's label or a curated file
        if upper and fl & Flag.SHORT and not fl & (Flag.ACRONYM | Flag.USER):
            return False          # a short name in capitals is an acronym: "ITU" is not the town of Itu
        return True

    def _weak_english(self, word: str, surface: str, cands, rules: LangRules) -> bool:
        """In English text, a one-word alias that is a demonym or a month (``Brazilian``, ``May``), or a
        frequent English word naming only small places (``Tell``, ``Police``, ``Of``): too weak alone. A
        curated alias, an acronym or a well-known place (``Washington``) stays."""
        if word in english.DEMONYMS or word in english.MONTHS:
            return not any(fl & Flag.USER for _e, fl in cands)
        return self._weak_common(word, surface, cands, rules)

    @staticmethod
    def _weak_single(word: str, surface: str, cands) -> bool:
        """A single-token match that is too weak: a function word ("Dans") or a title ("PDG"), unless it
        is written as an acronym (function words) or comes from a curated file (titles)."""
        if word in STOP:
            return not (surface.isupper() and len(surface) >= 2)
        if word in PER_TITLES:
            return not any(fl & Flag.USER for _e, fl in cands)
        return False

    def _month_homonym(self, text: str, s: int, e: int, word: str) -> bool:
        """A month's name capitalised inside a sentence and away from any number is a name of its own
        (``la planète Mars``, ``sur Mars``): French writes its months in lower case, and a date line
        (``Mars 2016``, ``le 1er Mars``) puts a number next to it."""
        if word not in MONTHS or not text[s].isupper() or text[s:e].isupper() or self._sentence_initial(text, s):
            return False
        after = text[e:e + 3].lstrip(" \u00a0")
        before = text[max(0, s - 6):s].rstrip(" \u00a0")
        return not (after[:1].isdigit() or before[-1:].isdigit() or before.endswith(("er", "ier")))

    @staticmethod
    def _sentence_initial(text: str, start: int) -> bool:
        k = start - 1
        while k >= 0 and text[k] in _QUOTES:
            if text[k] == "\n":
                return True
            k -= 1
        return k < 0 or text[k] in _SENT_END

    @staticmethod
    def _nil_cue(m: Mention) -> str | None:
        words = m.words
        if m.prev in PER_TITLES:
            return "PER"
        if m.prev in ORG_NOUNS or (m.prev in ("de", "d") and m.prev2 in ORG_NOUNS and len(words) == 1):
            return "ORG"  # le quotidien Libération, la société Uber, le groupe de Daech
        if m.prev in ("de", "d") and m.prev2 in LOC_NOUNS:
            return "LOC"  # la ville de Nouville, la province d'Alep
        if words[0] in ORG_HEADS or words[-1] in ORG_SUFFIXES:
            return "ORG"
        if words[0] in LOC_HEADS:
            return "LOC"
        surface = m.text
        if surface.isupper() and 2 <= len(surface) <= 8 and " " not in surface:
            return "ORG"
        if m.prev in LOC_PREPS and m.prev2 not in SPEECH_VERBS:
            return "LOC" if len(words) <= 2 else None
        if len(words) >= 2 and all(w not in CONNECTORS for w in words[:1]):
            return "PER"
        return None


# elisions that a capitalised name may open with (N'Golo Kanté, N'Djamena, M'Tima); folded
_NAME_ELISIONS = frozenset({"m", "n"})
# lower-case links inside hyphenated place names (Neuville-sur-Saône, Aix-en-Provence, Dol-de-Bretagne); folded
_HYPHEN_LINKS = frozenset("sur sous en de du des la le les aux au d l".split())
# the links between "col" and a mountain pass's name (Col du Soulor, Col d'Izoard, Col de la Croix de Fer)
_PASS_LINKS = frozenset("du de des d".split())


def _lower_head_matches(norm: str) -> list[re.Match]:
    """``_LOWER_HEAD_RE.finditer(norm)``, found from the occurrences of its few head words (a substring
    search in C) instead of trying the alternation at every position of the text."""
    found = []
    for head in LOWER_HEADS:
        k = norm.find(head)
        while k >= 0:
            found.append(k)
            k = norm.find(head, k + 1)
    out = []
    end = 0
    for k in sorted(found):
        if k < end:
            continue  # inside the previous match: finditer would not have tried it
        m = _LOWER_HEAD_RE.match(norm, k)
        if m is not None:
            out.append(m)
            end = m.end()
    return out


class _Regions:
    """Ignored regions, merged, for ``pos in regions`` in log time: a tweet thread or a page of links has one
    region per URL, and every start of a mention asks (a scan over the list made such a text quadratic)."""

    __slots__ = ("starts", "ends")

    def __init__(self, regions: Iterable[tuple[int, int]]) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []
        for a, b in sorted(regions):
            if b <= a:
                continue
            if self.ends and a <= self.ends[-1]:
                self.ends[-1] = max(self.ends[-1], b)
            else:
                self.starts.append(a)
                self.ends.append(b)

    def __bool__(self) -> bool:
        return bool(self.starts)

    def __contains__(self, pos: int) -> bool:
        k = bisect_right(self.starts, pos) - 1
        return k >= 0 and pos < self.ends[k]
