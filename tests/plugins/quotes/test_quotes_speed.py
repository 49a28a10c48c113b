"""Speed-ups of cues, attribution, sentences and marks keep the answers: each fast path is checked against the slow
one it replaces (more of them: test_quotes_fastpaths.py).

- ``Lexicon._may_have_aux`` (skip the auxiliary search before a cue) never skips a search that would match;
- ``_word_counts`` (one trie pass) equals one ``str.count`` per function word;
- ``Sentences.at`` (one fast pass, see test_quotes_fastpaths.py) equals a lookup in ``sentence_spans`` (the
  reference split);
- the complementizer pre-check of ``_Doc.indirect`` (no sentence bound) changes no indirect quote;
- ``attribute`` as a whole, with and without ``lang``, on random mixtures of cues, marks and newlines.
"""

from __future__ import annotations

import bisect
import itertools
import re

import orjson
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from plugins.quotes import attribution, marks, reported
from plugins.quotes.attribution import _Doc
from plugins.quotes.cues import LANGS, lexicon
from plugins.quotes.lexicon_choice import _FUNCTION_WORDS, _word_counts
from plugins.quotes.marks import find_quotes
from plugins.quotes.sentences import Sentences, sentence_spans

# words around a cue: auxiliaries, adverbs, fused pronouns, case-folding traps (ſ, K, İ), cue forms
_AUX_PIECES = (
    "a ont avait n'a j’ai a-t-il -t-elle s'est se sont était pas également rapidement lui-même d'ailleurs "
    "aujourd'hui pour sa part has had was were also later then previously reportedly again is are hat ha "
    "hanno aveva han había tem têm tinha disse dijo detto "
    "Ha HAS ſ K İ ä 1 _ ( « \" x dit déclaré affirmé said told wrote added ajoute tweeté"
).split()
_AUX_TEXT = st.lists(
    st.sampled_from(_AUX_PIECES + [" ", "  ", "\n", "\u00a0", "-", "'", ", "]), max_size=30
).map("".join)


@settings(max_examples=400, deadline=None)
@given(_AUX_TEXT)
@example("Il a rapidement dit")
@example("il n'a pas encore tweeté, a-t-il déclaré, s'est exclamé, pour sa part ajouté")
@example("He has also said; HAS said; haſ said; wAS told")
def test_aux_precheck_never_skips_a_match(text: str) -> None:
    for lang in ("fr", "en", "es", "it", "pt"):
        lex = lexicon(lang)
        for vs in range(1, len(text) + 1):
            lo = max(0, vs - 60)
            if not lex._may_have_aux(text, lo, vs):
                m = lex._before.search(text, lo, vs)
                # nothing, or (optional auxiliary) the empty match at the cue: the cue starts at vs either way
                assert m is None or (m.start() == vs and not any(m.groupdict().values())), (lang, text[lo:vs])


@settings(max_examples=200, deadline=None)
@given(_AUX_TEXT)
def test_find_verbs_unchanged_by_the_precheck(text: str) -> None:
    for lang in LANGS:
        lex = lexicon(lang)
        fast = list(lex.find_verbs(text))
        lex._may_have_aux = lambda *_: True  # instance attribute: the search always runs
        try:
            slow = list(lex.find_verbs(text))
        finally:
            del lex._may_have_aux
        assert fast == slow


_WORDS = sorted({w.strip() for ws in _FUNCTION_WORDS.values() for w in ws})


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_WORDS + [" ", "  ", "x", "le le", "lesx", "the the the"]), max_size=40).map(" ".join))
def test_word_counts_equal_str_count(body: str) -> None:
    sample = " " + body + " "
    counts = _word_counts(sample)
    for ws in _FUNCTION_WORDS.values():
        for w in ws:
            assert counts.get(w, 0) == sample.count(w), w


def _full_lookup(text: str, quotes: list[tuple[int, int]]):
    spans = sentence_spans(text, quotes)
    starts = [s for s, _ in spans]
    return lambda pos: spans[bisect.bisect_right(starts, pos) - 1]


def _check_sentences(text: str) -> None:
    quotes = [(q.start, q.end) for q in find_quotes(text)]
    full = _full_lookup(text, quotes)
    lazy = Sentences(text, quotes)
    # asked in a scattered order, so memoised answers are used across paragraphs
    for pos in list(range(len(text) + 2))[::-1][::2] + list(range(len(text) + 2))[1::2]:
        assert lazy.at(pos) == full(pos), (text, pos)


_SENT_TEXT = st.lists(
    st.sampled_from(list(".!?…\n »\"”')] aAÉ1«“") + ["M. ", "Dr. ", "😀", "\n\n", "x", "« ", " »", "\n« "]),
    max_size=60,
).map("".join)


@settings(max_examples=500, deadline=None)
@given(_SENT_TEXT)
def test_lazy_sentences_equal_the_full_split(text: str) -> None:
    _check_sentences(text)


def test_lazy_sentences_on_news(shared_data) -> None:
    """Every position of 300 real news articles (multi-paragraph quotes included)."""
    with open(shared_data / "news" / "news.jsonl", "rb") as f:
        texts = [orjson.loads(line)["text"] for line in itertools.islice(f, 300)]
    for text in texts:
        _check_sentences(text)


class _NoBound:
    """A pattern whose unbounded ``match`` always succeeds: disables the pre-check of ``_Doc.indirect``."""

    def __init__(self, pattern) -> None:
        self.pattern = pattern

    def match(self, text, pos, endpos=None):
        if endpos is None:
            return True
        return self.pattern.match(text, pos, endpos)


_INDIRECT_PIECES = (
    "Il a déclaré que X a dit qu'il que selon Macron. Elle affirme, lundi, que « Oui » et il ajoute que "
    "He said that She told Reuters the they Smith argued that it was claimed he wrote that \" she added "
    "the que, that."
).split()
_INDIRECT_TEXT = st.lists(
    st.sampled_from(_INDIRECT_PIECES + [" ", "\n", "\n\n", ". ", ", ", "« ", " »", '"', "M. "]), max_size=40
).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(_INDIRECT_TEXT)
def test_indirect_precheck_changes_nothing(text: str) -> None:
    quotes = find_quotes(text)
    for lang in ("fr", "en"):
        fast = _Doc(text, quotes, lang, []).indirect()
        slow_doc = _Doc(text, quotes, lang, [])
        slow_doc.comp = _NoBound(slow_doc.comp)
        saved = reported._EN_BARE
        reported._EN_BARE = _NoBound(saved)
        try:
            slow = slow_doc.indirect()
        finally:
            reported._EN_BARE = saved
        assert fast == slow


@settings(max_examples=200, deadline=None)
@given(st.one_of(_INDIRECT_TEXT, _AUX_TEXT, _SENT_TEXT))
def test_attribute_runs_and_stays_in_bounds(text: str) -> None:
    for lang in (None, "fr", "en"):
        for q in attribution.attribute(text, find_quotes(text), lang):
            assert 0 <= q["start"] <= q["end"] <= len(text)


@pytest.mark.parametrize("lang", LANGS)
def test_every_lexicon_builds_its_aux_words(lang: str) -> None:
    lex = lexicon(lang)
    assert (lex._aux_words is not None) == (lang != "de")


_CUE_PIECES = (
    "selon Selon selon-t-il selonx d'après d’après D'après aux dires de aux dires demande according to "
    "According to according told accordingto in the words of laut zufolge según secondo segundo de acordo com "
    "dit dit-il a déclaré a-t-il affirmé said told wrote pointed out sagte fügte hinzu dijo detto disse"
).split()
_CUE_TEXT = st.lists(st.sampled_from(_CUE_PIECES + [" ", "  ", "\n", "-", "'", "« ", " »", "x"]), max_size=30).map(
    "".join
)


def _two_scans(lex, text: str) -> list[tuple]:
    out = [(*v, True) for v in lex.find_verbs(text)]
    out += [(s, e, lex.lemma(f) or f.lower(), None, False) for s, e, f in lex.find_nonverbal(text, 0, len(text))]
    return sorted(out, key=lambda c: c[0])


@settings(max_examples=400, deadline=None)
@given(_CUE_TEXT)
@example("Selon lui, aux dires demande, according told, selon-t-il dit-il")
def test_one_cue_scan_equals_two(text: str) -> None:
    for lang in LANGS:
        lex = lexicon(lang)
        assert lex._all is not None  # every lexicon of the plugin allows the single scan
        assert sorted(lex.find_cues(text), key=lambda c: c[0]) == _two_scans(lex, text)


def test_clashing_forms_keep_two_scans() -> None:
    from plugins.quotes.cues import _mergeable

    assert not _mergeable({"dire"}, frozenset({"dire de"}))  # same start
    assert not _mergeable({"said"}, frozenset({"as said"}))  # a start inside the other
    assert _mergeable({"dire"}, frozenset({"dires de"}))  # `dire` cannot end before `s`
    lex = lexicon("en")
    saved, lex._all = lex._all, None
    try:
        text = "according to him, she said, According to X"
        assert sorted(lex.find_cues(text), key=lambda c: c[0]) == _two_scans(lex, text)
    finally:
        lex._all = saved


# the mark tokens as the first versions wrote them (a leading lookahead: `re` tries every position)
_OLD_MARK_TOKEN = re.compile(
    r"(?=[\n«»‹›“”„‟‚‘’\"'「」『』`])(?:(?P<br>" + marks.PARAGRAPH_BREAK + r")|(?P<run>" + marks._MARK_CLASS
    + r"{4,})|``|''|[«»‹›“”„‟‚\"「」『』]|(?<![^\W_])[‘’']|[‘’'](?![^\W_]))"
)


def _mark_tokens(pattern, text: str) -> list[tuple]:
    return [(m.start(), m.end(), m.lastgroup) for m in pattern.finditer(text)]


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(list("«»‹›“”„‟‚‘’\"'「」『』`\n \t\u00a0aé1_-.😀") + ["\n\n", "``", "''"]), max_size=40)
       .map("".join))
def test_mark_tokens_unchanged(text: str) -> None:
    assert _mark_tokens(marks._TOKEN, text) == _mark_tokens(_OLD_MARK_TOKEN, text)


def test_mark_tokens_unchanged_on_news(shared_data) -> None:
    with open(shared_data / "news" / "news.jsonl", "rb") as f:
        for line in f:
            text = orjson.loads(line)["text"]
            assert _mark_tokens(marks._TOKEN, text) == _mark_tokens(_OLD_MARK_TOKEN, text)
