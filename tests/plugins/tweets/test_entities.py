"""The fast scanners give what the twitter-text regexes give (differential tests), and the URL fast path
for t.co links agrees with the general path."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from plugins.tweets import entities as E

ALPHABET = list("aZ0_.@#$&:/!-+~* RTrt") + ["＠", "＃", "\ufe0f", "\u20e3", "é", "😀", "\u200d", "ー", "://", "/ab"]
texts = st.lists(st.sampled_from(ALPHABET), max_size=40).map("".join)


def _regex_hashtags(text: str) -> list[E.Entity]:
    return [E.Entity(m.start(1), m.end(), "hashtag", m.group(2)) for m in E._HASHTAG.finditer(text)]


def _regex_mentions(text: str) -> list[E.Entity]:
    out = []
    for m in E._MENTION.finditer(text):
        if E._MENTION_BAD_END.match(text, m.end()):
            continue
        kind = "list" if m.group(3) else "mention"
        out.append(E.Entity(m.start(1), m.end(), kind, m.group(2), m.group(3) or None))
    return out


@given(texts)
def test_hashtag_scanner_equals_the_regex(text):
    assert E._hashtags(text) == _regex_hashtags(text)


@given(texts)
def test_mention_scanner_equals_the_regex(text):
    assert E._mentions(text) == _regex_mentions(text)


def test_rt_mentions():
    assert [e.value for e in E.extract_mentions("RT@jack: hi RT:@bob xRT@no")] == ["jack", "bob"]


@given(st.sampled_from(["", " ", "(", "x", "@", ".", "é"]), st.sampled_from(["http", "https", "HTTPS"]),
       st.sampled_from(["t.co", "T.CO"]), st.sampled_from(["abc", "AbC1234567", "a" * 41]),
       st.sampled_from(["", " ", ".", "?x=1", "/x", "é", "…"]))
def test_tco_fast_path_is_what_the_general_path_finds(before, proto, host, slug, after):
    """The fast path takes "t.co" as the domain after the protocol: the label chain says the same."""
    text = f"{before}{proto}://{host}/{slug}{after}"
    d = len(before) + len(proto) + 3
    chain = E._CHAIN.match(text, d)
    assert E._Chain(text, d, chain.end(), len(text)).domain_end(text, d) == d + 4
    urls = E.extract_urls(text)
    if before in ("", " ", "(", ".", "é") and len(slug) <= E.MAX_TCO_SLUG_LENGTH:
        query = after if after.startswith("?") else ""  # t.co keeps its query string, not a longer path
        assert [u.value for u in urls] == [f"{proto}://{host}/{slug}{query}"]
    else:
        assert urls == []
