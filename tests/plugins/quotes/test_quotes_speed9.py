"""The cue-scan speed pass keeps the answers: ``Lexicon.find_cues`` answers a cue whose auxiliary search would
be skipped without calling ``_verb``, ``_all_spans`` returns a list, and ``_may_have_aux`` remembers its answer
per last chunk. Each is checked against the code it replaces (the loop that called ``_verb`` for every verbal
cue, over the lookbehind scan ``_all.finditer``; the filter computed afresh), on random texts with emoji,
astral letters and Unicode spaces, and on the news corpus."""

from __future__ import annotations

import orjson
from hypothesis import example, given, settings
from hypothesis import strategies as st

from plugins.quotes.cues import _TAIL_WORD, LANGS, lexicon

_PIECES = (
    "selon Selon selon-t-il d'après d’après aux dires de according to told said Said a déclaré a-t-il dit-il "
    "n'a jamais dit s'est exclamé se sont indignés has also said was then told fait remarquer ha detto hat gesagt "
    "ha dicho tem dito a publiquement déclaré Dit-elle 𝐬aid 𝒜 ſaid 🙂 👩🏽‍⚖️ _ 1 -"
).split()
_SPACES = [" ", "  ", "\n", "\u00a0", "\u202f", "\u2028", "\x1c", "\u3000", "\t"]
_TEXT = st.lists(st.sampled_from(_PIECES + _SPACES + ["'", "« ", " »", "x", "é", "("]), max_size=30).map("".join)


def _slow(lex, text: str, a: int, b: int) -> list[tuple]:
    """``find_cues`` before this pass: ``_verb`` on every verbal cue of the lookbehind scan."""
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
@given(_TEXT, st.integers(0, 400), st.integers(0, 400))
@example("a-t-il dit-il", 0, 13)
@example("x n'a jamais dit-il", 1, 19)
@example("has also\u2028said", 0, 13)
@example("🙂 a dit", 2, 8)
def test_find_cues_equals_the_verb_for_every_cue_loop(text: str, a: int, b: int) -> None:
    a, b = sorted((min(a, len(text)), min(b, len(text))))
    for lang in LANGS:
        lex = lexicon(lang)
        assert list(lex.find_cues(text, a, b)) == _slow(lex, text, a, b), lang
        assert lex._all_spans(text, a, b) == [m.span() for m in lex._all.finditer(text, a, b)], lang


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
                assert got == _slow(lex, text, a, b)
                n += len(got)
    assert n > 1000  # the corpus exercises the skip and the `_verb` branch alike


def _may_have_aux_fresh(lex, text: str, lo: int, vs: int) -> bool:
    """``_may_have_aux`` before this pass: no memo."""
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
@given(_TEXT, st.integers(0, 400), st.booleans())
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
