"""Fast paths keep the answers: each is checked against the slower code it replaced, on random texts (emoji, astral
letters, Unicode spaces, case-folding traps such as ``ſ`` and ``İ``) and, where it reads real text, on the news
corpus (more of them, for attribution, cues, sentences and marks: test_quotes_speed.py).

- ``resolve``: ``_longer_name`` and ``_has_word`` equal a pattern compiled per name or title;
- ``cues``: ``find_nonverbal`` equals the lookbehind regex; ``Lexicon._all_spans`` (the cue scan with a consumed
  separator instead of a lookbehind) finds exactly the spans of ``Lexicon._all.finditer`` on any window ``[a, b)``
  and returns a list; ``Lexicon.find_cues`` answers a cue whose auxiliary search would be skipped without calling
  ``_verb``; ``_may_have_aux`` remembers its answer per last chunk;
- ``sentences``: the sentence candidates equal the first version's regex (a leading lookahead);
  ``_abbreviation_before`` (quick answers for a non-letter or a long word before the period, a short window) equals
  the plain regex test it replaces; ``Sentences`` (all cuts in one pass, quotes walked in step, last answer
  remembered) equals ``sentence_spans`` with overlapping, nested and unsorted-looking quote spans as well as real
  ones;
- ``attribution``: the speaker memo changes no answer; ``_Doc.iter_tokens`` (tokens one at a time, for rules that
  read only the first words of a long window) yields exactly ``_Doc.tokens``; ``_be_passive`` (the ending tested
  before the regex) equals ``_BE_PASSIVE.search``; ``_may_end_as`` (a short tail tested before ``_QUOTED_AS`` is
  searched over a subject window) is true whenever the regex matches, with every kind of Unicode space and the
  ``ſ`` that case-insensitive ``re`` folds; ``_Doc._segments`` (the segments ``subject`` reads, one at a time)
  equals the split of the whole window;
- ``channel``: the keyword pre-check gives the channel the regexes alone give, and the key ``channel_of`` tests
  before ``_TWEET_CTX`` (`tw`, or a space then `x`) holds whenever the regex matches.
"""

from __future__ import annotations

import bisect
import itertools
import re

import orjson
import pytest
import regex
from hypothesis import example, given, settings
from hypothesis import strategies as st

from plugins.quotes import channel, reported, sentences
from plugins.quotes.attribution import _Doc, attribute
from plugins.quotes.channel import _SPACE_X, _TWEET_CTX
from plugins.quotes.cues import _TAIL_WORD, LANGS, lexicon
from plugins.quotes.lookups import _BE_PASSIVE, _be_passive
from plugins.quotes.marks import find_quotes
from plugins.quotes.resolve import _has_word, _longer_name
from plugins.quotes.sentences import _ABBREV, _ALSO_WORDS, Sentences, _abbreviation_before, sentence_spans
from plugins.quotes.speakers import _QUOTED_AS, _may_end_as

# -- resolve: names ---------------------------------------------------------------------------------------------
_NAME_ALPHABET = st.sampled_from(list("Hon chark HONCaé.’'-  \n\t_1Ⓐ🙂ſK"))
_NAME_WORD = st.sampled_from(["Hon", "Honcharuk", "chark", "a", "é", "’s", "K"])


def _old_longer(text: str, w: str, lo: int, hi: int, dot: bool) -> bool:
    name = r"\p{Lu}[\p{L}'’.-]*" if dot else r"(\p{Lu}[\p{L}'’-]+)"
    pat = rf"{name}\s+{regex.escape(w)}(?!\w)"
    return regex.search(pat, text[:hi], pos=lo) is not None


def _old_last_first_name(text: str, w: str, lo: int, hi: int) -> str | None:
    m = regex.compile(rf"(\p{{Lu}}[\p{{L}}'’-]+)\s+{regex.escape(w)}(?!\w)", regex.REVERSE).search(text, lo, hi)
    return m.group(1) if m else None


@settings(max_examples=400, deadline=None)
@given(st.lists(_NAME_ALPHABET, max_size=60).map("".join), _NAME_WORD, st.integers(0, 60), st.integers(0, 60))
def test_longer_name_equals_a_pattern_per_name(text, w, a, b):
    lo, hi = sorted((min(a, len(text)), min(b, len(text))))
    assert (_longer_name(text, w, lo, hi) is not None) == _old_longer(text, w, lo, hi, True)
    assert (_longer_name(text, w, lo, hi, dot=False) is not None) == _old_longer(text, w, lo, hi, False)
    m = _longer_name(text, w, lo, hi, dot=False, last=True)
    assert (m.group(1) if m else None) == _old_last_first_name(text, w, lo, hi)


@settings(max_examples=400, deadline=None)
@given(st.lists(_NAME_ALPHABET, max_size=40).map("".join), _NAME_WORD)
def test_has_word_equals_its_pattern(text, w):
    assert _has_word(text, w) == bool(regex.search(rf"(?<!\w){regex.escape(w)}(?!\w)", text))


def test_fast_paths_on_names_in_text():
    text = "Oleksiy Honcharuk a démissionné. Honcharuk a dit « non ». Le ministre Honcharuk : « oui », a-t-il dit."
    assert _longer_name(text, "Honcharuk", 0, 40) is not None
    assert _longer_name(text, "Honcharuk", 8, 40) is None
    # `ministre` is not capitalised and `. Honcharuk` follows a period: the nearest full name is the first
    assert _longer_name(text, "Honcharuk", 0, len(text), dot=False, last=True).group(1) == "Oleksiy"


# -- cues: the cue scan -----------------------------------------------------------------------------------------
_ALPHABET = st.sampled_from(list("ab-_ é’'") + ["selon", "Selon", "according to", "d'après", "laut", "xselon", "-"])


def _plain_nonverbal(lang: str, text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in lexicon(lang).nonverbal.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(st.lists(_ALPHABET, max_size=40).map("".join))
def test_find_nonverbal_is_the_lookbehind_regex(text: str) -> None:
    for lang in LANGS:
        assert list(lexicon(lang).find_nonverbal(text, 0, len(text))) == _plain_nonverbal(lang, text)


_SCAN_PIECES = (
    "selon Selon selon-t-il selonx d'après d’après D'après aux dires de according to According to told "
    "in the words of laut zufolge según secondo segundo dit Dit dit-il redit a déclaré a-t-il fait remarquer "
    "refait remarquer said Said unsaid pointed out sagte dijo detto disse 🙂 👩🏽‍⚖️ _ 1"
).split()
_SCAN_TEXT = st.lists(
    st.sampled_from(_SCAN_PIECES + [" ", "  ", "\n", "-", "'", "« ", " »", "x", "é", "\u00a0"]), max_size=30
)


def _lookbehind_spans(lex, text: str, a: int, b: int) -> list[tuple[int, int]]:
    return [m.span() for m in lex._all.finditer(text, a, b)]


@settings(max_examples=300, deadline=None)
@given(_SCAN_TEXT.map("".join), st.integers(0, 400), st.integers(0, 400))
@example("dit", 0, 3)
@example("xdit dit", 1, 8)
@example(" dit", 1, 4)
@example("refait remarquer", 0, 16)
@example("-dit 🙂dit", 0, 9)
def test_separator_scan_equals_the_lookbehind_scan(text: str, a: int, b: int) -> None:
    a, b = sorted((min(a, len(text)), min(b, len(text))))
    for lang in LANGS:
        lex = lexicon(lang)
        assert lex._all_sep is not None  # every lexicon of the plugin takes the fast scan
        assert list(lex._all_spans(text, a, b)) == _lookbehind_spans(lex, text, a, b), lang


def test_separator_scan_on_news(shared_data) -> None:
    lines = (shared_data / "news" / "news.jsonl").read_bytes().splitlines()
    for i, line in enumerate(lines[:400]):
        d = orjson.loads(line)
        text, lex = d["text"], lexicon(d.get("lang") or "en")
        for a, b in ((0, len(text)), (i % 50, len(text) - i % 7), (len(text) // 3, len(text) // 2)):
            assert list(lex._all_spans(text, a, b)) == _lookbehind_spans(lex, text, a, b)


@pytest.mark.parametrize("lang", LANGS)
def test_every_form_ends_with_a_word_character(lang: str) -> None:
    # what makes the consumed separator exact: a match never ends on the separator of the next one
    lex = lexicon(lang)
    assert all(f[-1].isalnum() for f in [*lex.forms, *lex.nonverbal_lemma])


def test_the_separator_class_is_not_a_word_character_or_hyphen() -> None:
    from plugins.quotes.cues import _LATIN1_WORD, _SEPARATOR

    listed = re.compile(f"[{_LATIN1_WORD}]")
    sep, slow = re.compile(_SEPARATOR), re.compile(r"[^\w-]")
    for i in range(0x110000):  # every code point
        c = chr(i)
        assert bool(sep.match(c)) == bool(slow.match(c)), hex(i)
        assert not listed.match(c) or re.match(r"\w", c), hex(i)


_CUE_PIECES = (
    "selon Selon selon-t-il d'après d’après aux dires de according to told said Said a déclaré a-t-il dit-il "
    "n'a jamais dit s'est exclamé se sont indignés has also said was then told fait remarquer ha detto hat gesagt "
    "ha dicho tem dito a publiquement déclaré Dit-elle 𝐬aid 𝒜 ſaid 🙂 👩🏽‍⚖️ _ 1 -"
).split()
_CUE_SPACES = [" ", "  ", "\n", "\u00a0", "\u202f", "\u2028", "\x1c", "\u3000", "\t"]
_CUE_TEXT = st.lists(st.sampled_from(_CUE_PIECES + _CUE_SPACES + ["'", "« ", " »", "x", "é", "("]), max_size=30).map(
    "".join
)


def _find_cues_slow(lex, text: str, a: int, b: int) -> list[tuple]:
    """``find_cues`` as it was: ``_verb`` on every verbal cue of the lookbehind scan."""
    out = []
    for m in lex._all.finditer(text, a, b):
        vs, ve = m.span()
        g = text[vs:ve]
        lemma = lex.forms.get(g)
        if lemma is None:
            if " ".join(g.split()) in lex._nv_variants:
                if ve < b and (text[ve].isalnum() or text[ve] in "_-"):
                    continue
                out.append((vs, ve, lex.lemma(g) or g.lower(), None, False))
                continue
            lemma = lex.forms.get(" ".join(g.lower().split()))
            if lemma is None:
                continue
        out.append((*lex._verb(text, vs, ve, lemma, a, b), True))
    return out


@settings(max_examples=400, deadline=None)
@given(_CUE_TEXT, st.integers(0, 400), st.integers(0, 400))
@example("a-t-il dit-il", 0, 13)
@example("x n'a jamais dit-il", 1, 19)
@example("has also\u2028said", 0, 13)
@example("🙂 a dit", 2, 8)
def test_find_cues_equals_the_verb_for_every_cue_loop(text: str, a: int, b: int) -> None:
    a, b = sorted((min(a, len(text)), min(b, len(text))))
    for lang in LANGS:
        lex = lexicon(lang)
        assert list(lex.find_cues(text, a, b)) == _find_cues_slow(lex, text, a, b), lang
        assert lex._all_spans(text, a, b) == _lookbehind_spans(lex, text, a, b), lang  # a list


def test_find_cues_on_news(shared_data) -> None:
    lines = (shared_data / "news" / "news.jsonl").read_bytes().splitlines()
    n = 0
    for i, line in enumerate(lines[:300]):
        d = orjson.loads(line)
        text = d["text"]
        for lang in (d.get("lang") or "en", "it"):
            lex = lexicon(lang)
            for a, b in ((0, len(text)), (i % 50, len(text) - i % 7)):
                got = list(lex.find_cues(text, a, b))
                assert got == _find_cues_slow(lex, text, a, b)
                n += len(got)
    assert n > 1000  # the corpus exercises the skip and the `_verb` branch alike


def _may_have_aux_fresh(lex, text: str, lo: int, vs: int) -> bool:
    """``_may_have_aux`` without its memo."""
    words = lex._aux_words
    if words is None:
        return True
    seg = text[lo:vs]
    if not seg or not seg[-1].isspace():
        return False
    chunks = seg.rsplit(None, 1)
    if not chunks:
        return False
    w = chunks[-1]
    if not w.isalnum():
        m = _TAIL_WORD.search(w)
        if m is None:
            return False
        w = m.group()
    if max(w) > "\xff":
        return True
    w = w.lower()
    return w in words or w.endswith("ment")


@settings(max_examples=300, deadline=None)
@given(_CUE_TEXT, st.integers(0, 400), st.booleans())
@example("has also\u2028said", 9, False)
@example("ſaid n'a 𝐬aid a\u00a0", 0, True)
def test_may_have_aux_memo_equals_the_fresh_answer(text: str, lo: int, clear: bool) -> None:
    lo = min(lo, len(text))
    for lang in LANGS:
        lex = lexicon(lang)
        if clear:
            lex._aux_memo.clear()
        for _ in range(2):  # the second round reads the memo
            for vs in range(lo, len(text) + 1):
                assert lex._may_have_aux(text, lo, vs) == _may_have_aux_fresh(lex, text, lo, vs), (lang, vs)


# -- sentences --------------------------------------------------------------------------------------------------
# the sentence candidates as the first version wrote them (a leading lookahead, slower to scan), with a French
# `«` that needs no space before it (twenty-fifth pass)
_OLD_CANDIDATE = re.compile(
    r"(?=[.!?…\n])(?:(?P<p>[.!?…]+)[»”\"’')\]]*(?P<s>[^\S\n]+|(?=«))(?=(?P<c>[A-ZÀ-ÖØ-ÞĀ-ŽΑ-ΩА-Я\d«“\"‘'(\[„¿¡]|"
    r"[^\x00-\u024f\s]))|\n+)"
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(list(".!?…\n »\"”')] aAÉ1«") + ["M. ", "Dr. ", "😀"]), max_size=40).map("".join))
def test_sentence_candidates_unchanged(text: str) -> None:
    old = [(m.start(), m.end(), m.group("p"), m.group("s"), m.group("c")) for m in _OLD_CANDIDATE.finditer(text)]
    new = []
    for m in sentences._CANDIDATE.finditer(text):
        p = text[m.start() : m.end("p")] if m.group("s") is not None else None
        new.append((m.start(), m.end(), p, m.group("s"), m.group("c")))
    assert new == old


_WORD_BEFORE = re.compile(r"([^\W\d_]+)\Z")


def _slow_abbreviation(text: str, pos: int) -> bool:
    w = _WORD_BEFORE.search(text, max(0, pos - 12), pos)
    if w and w.group(1) in _ALSO_WORDS:  # a lower-case word that is also an abbreviation: not before a capital
        return not text[pos + 1 : pos + 3].lstrip()[:1].isupper()
    return bool(w and (len(w.group(1)) == 1 and w.group(1).isupper() or w.group(1).lower() in _ABBREV))


_ABBREV_PIECES = (
    "M Dr dr Mme sept Sept etc No p J K ſ İ İnc ß ² ½ 𝐀 𝑎 😀 👩🏽‍⚖️ 1 2015 _ ' ( said année Corp corpo xyz".split()
    + ["vol", "me", "Vol", " ", "\n"]
)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_ABBREV_PIECES), max_size=8).map("".join))
@example("Mr")
@example("ſept")
@example("x²")
@example("𝐀")
@example("İnc")
def test_abbreviation_test_unchanged(before: str) -> None:
    for after in (". Next", ". 3 next"):
        text = before + after
        pos = len(before)
        assert _abbreviation_before(text, pos) == _slow_abbreviation(text, pos), before


@pytest.mark.parametrize(
    "text, cut",
    [
        ("Le vol a eu 3 heures de retard au vol. Oscar Munoz a dit", True),  # `vol` the word
        ("He told me. Then he left", True),
        ("Voir vol. 3 du rapport", False),  # `vol.` the abbreviation
        ("Selon Me. Dupont", False),  # `Me` the title
    ],
)
def test_an_abbreviation_that_is_also_a_word_ends_its_sentence_before_a_capital(text, cut):
    pos = text.index(". ")
    assert _abbreviation_before(text, pos) is not cut


@pytest.mark.parametrize(
    "text, n",
    [
        ('"We do not deny it",\nMartínez said.', 1),  # a line wrapped after a comma
        ("He wrote to Trotador505\nwho according to police is Granda.", 1),  # between lower-case letters
        ("The title\nThe body.", 2),
        ("It ended,\n\nThen a new paragraph.", 2),  # a blank line always ends it
    ],
)
def test_a_wrapped_line_is_no_sentence_end(text, n):
    assert len(sentence_spans(text, [])) == n


def test_a_french_opening_mark_needs_no_space_after_a_period():
    """Twenty-fifth pass: `34 ans.« J'ai …` is two sentences (the quote was read as inside the first, so mixed)."""
    text = "Il est mineur de 34 ans.« J'ai envie de sortir », a-t-il dit. M.« X » non."
    assert [text[a:b].strip() for a, b in sentence_spans(text, [])] == [
        "Il est mineur de 34 ans.", "« J'ai envie de sortir », a-t-il dit.", "M.« X » non."]


_SENT = st.lists(
    st.sampled_from(list(".!?…\n »\"”')] aAÉ1«“,") + ["M. ", "Dr. ", "Corp. ", "😀", "𝐀. ", "\n\n", "x", "« ", " »"]),
    max_size=60,
).map("".join)


@settings(max_examples=400, deadline=None)
@given(_SENT, st.lists(st.tuples(st.integers(0, 70), st.integers(0, 30)), max_size=4))
@example("« a »\nB. C", [(0, 5)])  # a line break right at a quote's end is a cut
@example("« a.\n\nB » C", [(0, 9)])  # a line break inside one is not
@example("a. « B » c! D", [(3, 8), (5, 12)])  # overlapping spans: the later start decides
def test_sentences_equal_the_full_split_for_any_quote_spans(text: str, raw: list[tuple[int, int]]) -> None:
    # spans sorted by start, possibly overlapping or nested: both must read them the same way (`_cut` asks
    # the last quote starting at or before a candidate)
    quotes = sorted((min(s, len(text)), min(s + w, len(text))) for s, w in raw)
    spans = sentence_spans(text, quotes)
    starts = [s for s, _ in spans]
    got = Sentences(text, quotes)
    for pos in list(range(len(text) + 2))[::-1] + list(range(0, len(text) + 2, 3)):
        assert got.at(pos) == spans[bisect.bisect_right(starts, pos) - 1], (text, quotes, pos)


# -- attribution: memo, tokens, passives, segments --------------------------------------------------------------
def test_the_speaker_memo_changes_nothing():
    text = (
        "« A », a déclaré Marie Dupont. Elle a ajouté « B » et dénonce « C ». « D », a dit M. Martin, "
        "qui a condamné « E » et a dénoncé « F ».\n"
    ) * 3
    quotes = find_quotes(text)
    first = attribute(text, quotes, "fr")
    assert first == attribute(text, quotes, "fr")
    assert all(
        q["speaker"] is None or text[q["speaker"]["start"] : q["speaker"]["end"]] == q["speaker"]["text"] for q in first
    )


_TOKEN_PIECES = (
    "M. Dr. U.S. a.m. etc. Mr 𝐀 𝑎. 😀 👩🏽‍⚖️ 1 2015. _ ' ’ - & # @ ( ) « » “ ” \"".split()
    + "said Smith, X; y: z! ? — – ſ İ ß .".split()
    + [" ", "\n", ".", "..", "a.b", "#tag", "@user"]
)
_TOKEN_TEXT = st.lists(st.sampled_from(_TOKEN_PIECES), max_size=40).map("".join)


def _doc(text: str) -> _Doc:
    return _Doc(text, [], "en", [])


@settings(max_examples=500, deadline=None)
@given(_TOKEN_TEXT, st.integers(0, 200), st.integers(0, 200))
@example("Dr. Smith said.", 0, 15)
@example("U.S. a.m. 𝐀.", 2, 11)  # a window starting inside a token
@example("ab. 😀 cd.", 0, 3)  # a window ending right after a final period
def test_iter_tokens_equal_tokens(text: str, a: int, w: int) -> None:
    a = min(a, len(text))
    b = min(len(text), a + w)
    fresh = list(_doc(text).iter_tokens(a, b))  # nothing cached: tokenised here
    d = _doc(text)
    full = d.tokens(a, b)
    assert fresh == full
    assert list(d.iter_tokens(a, b)) == full  # cached: served from the memo


@settings(max_examples=200, deadline=None)
@given(_TOKEN_TEXT, st.integers(0, 200))
def test_iter_tokens_stops_early_with_the_same_prefix(text: str, k: int) -> None:
    d = _doc(text)
    it = d.iter_tokens(0, len(text))
    first = list(itertools.islice(it, k))
    assert first == d.tokens(0, len(text))[:k]


_SPACES = [" ", "\n", "\t", "\u00a0", "\u202f", "\u2028", "\u200b", "\x1c", "\u180e", "\u3000"]
_PASSIVE_PIECES = (
    "is was are were be been being am 's ’re 'm IS Was really usually also further Also called CALLED described EN ed "
    "en d n as AS aſ ſ quoted Cited QUOTES citing Smith, 😀 𝐀 é".split()
    + _SPACES
)
_PASSIVE_TEXT = st.lists(st.sampled_from(_PASSIVE_PIECES), max_size=14).map("".join)


@settings(max_examples=800, deadline=None)
@given(_PASSIVE_TEXT, st.integers(0, 60))
@example("it was called", 0)
@example("they were quickly DESCRIBED", 0)
@example("X's 𝐀en", 0)
def test_be_passive_equals_the_regex(text: str, lo: int) -> None:
    end = len(text)
    lo = min(lo, end)
    assert _be_passive(text, lo, end) == bool(_BE_PASSIVE.search(text, lo, end)), text


@settings(max_examples=800, deadline=None)
@given(_PASSIVE_TEXT, st.integers(0, 60))
@example("Politico quoted Tim Manning as", 0)
@example("quoted him aſ", 0)
@example("cited X as" + " " * 20, 0)
@example("QUOTED Y AS\u2028\u00a0", 0)
def test_may_end_as_never_hides_a_quoted_as(text: str, lo: int) -> None:
    end = len(text)
    lo = min(lo, end)
    if _QUOTED_AS.search(text, lo, end):
        assert _may_end_as(text, lo, end), text


def _eager_segments(d: _Doc, a: int, b: int) -> list[list[tuple[int, int, bool]]]:
    """The split ``subject`` made before it read segments lazily: all segments of the window at once."""
    segs: list[list[tuple[int, int, bool]]] = [[]]
    for t in d.tokens(a, b):
        if not t[2]:
            if d.text[t[0]] in '«»“”"':
                break
            segs.append([])
        else:
            segs[-1].append(t)
    return segs


@settings(max_examples=500, deadline=None)
@given(_TOKEN_TEXT, st.integers(0, 200), st.integers(0, 200))
@example("On Monday, « the » X said", 0, 25)
@example(", , 😀 A", 0, 7)
def test_segments_equal_the_eager_split(text: str, a: int, w: int) -> None:
    a = min(a, len(text))
    b = min(len(text), a + w)
    assert list(_doc(text)._segments(a, b)) == _eager_segments(_doc(text), a, b)


# -- channel ----------------------------------------------------------------------------------------------------
def _plain_channel(lemma: str, sentence: str, addressee: bool) -> str:
    ch = channel.CHANNEL_OF_LEMMA.get(lemma)
    if ch == "tweet" or channel._TWEET_CTX.search(sentence):
        return "tweet"
    if ch == "post" or channel._POST_CTX.search(sentence):
        return "post"
    if ch == "interview" or addressee or channel._INTERVIEW_CTX.search(sentence):
        return "interview"
    if channel._STATEMENT_CTX.search(sentence):
        return "statement"
    return "unknown" if lemma in channel._NONVERBAL else "statement"


def test_channel_keywords_change_no_answer(shared_data) -> None:
    """On every line of the news corpus, the keyword pre-check gives the channel the regexes alone give."""
    with open(shared_data / "news" / "news.jsonl", "rb") as f:
        lines = [s for raw in f for s in orjson.loads(raw)["text"].split("\n") if s.strip()]
    seen = set()
    for s in lines[:20000]:
        for lemma in ("dire", "say", "selon"):
            got = channel.channel_of(lemma, s)
            assert got == _plain_channel(lemma, s, False), s
            seen.add(got)
    assert {"tweet", "post", "interview", "statement", "unknown"} <= seen
    for s in ("Il a déclaré SUR TWITTER", "in a blog\u00a0post", "Truth  Social", "au micro de RTL", "STATEMENT"):
        assert channel.channel_of("dire", s) == _plain_channel("dire", s, False)


_CHANNEL_PIECES = (
    "sur on via in dans un a his post tweet TWEETED Twitter twitter X x xénophobe taxi box Xavier message publié "
    "said 😀 𝐗 .".split()
    + _SPACES
)


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(_CHANNEL_PIECES), max_size=12).map("".join))
@example("il a écrit sur X")
@example("in a post on\u00a0X.")
@example("on\u2028X")
@example("the box\tX")
def test_tweet_key_never_hides_a_tweet(sentence: str) -> None:
    low = sentence.lower()
    if _TWEET_CTX.search(sentence):
        assert "tw" in low or _SPACE_X.search(low), sentence


_BACK_PIECES = ["That's according to", "That is what", "This was what", "C'est ce qu'a", "C’est ce que", "That",
                "This", "C'est", "what", "according to", " ", ". ", "\n", "X", "é", "😀"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_BACK_PIECES), max_size=30).map("".join))
def test_back_references_finds_what_the_pattern_scan_finds(text: str) -> None:
    """``reported._back_references`` tries the pattern only at its first words: the same matches as its scan."""
    fast = [m.span() for m in reported._back_references(text)]
    assert fast == [m.span() for m in reported._BACK_REFERENCE.finditer(text)]
