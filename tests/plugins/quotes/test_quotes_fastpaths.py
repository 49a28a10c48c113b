"""The speed-ups keep the answers: each fast path is checked against the plain regex it replaces."""

from __future__ import annotations

import re

import orjson
from hypothesis import given, settings
from hypothesis import strategies as st

from plugins.quotes import channel, sentences
from plugins.quotes.cues import LANGS, lexicon

_ALPHABET = st.sampled_from(list("ab-_ é’'") + ["selon", "Selon", "according to", "d'après", "laut", "xselon", "-"])


def _plain_nonverbal(lang: str, text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in lexicon(lang).nonverbal.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(st.lists(_ALPHABET, max_size=40).map("".join))
def test_find_nonverbal_is_the_lookbehind_regex(text: str) -> None:
    for lang in LANGS:
        assert list(lexicon(lang).find_nonverbal(text, 0, len(text))) == _plain_nonverbal(lang, text)


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


# the sentence candidates as the first version wrote them (a leading lookahead, slower to scan)
_OLD_CANDIDATE = re.compile(
    r"(?=[.!?…\n])(?:(?P<p>[.!?…]+)[»”\"’')\]]*(?P<s>[^\S\n]+)(?=(?P<c>[A-ZÀ-ÖØ-ÞĀ-ŽΑ-ΩА-Я\d«“\"‘'(\[„¿¡]|"
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
