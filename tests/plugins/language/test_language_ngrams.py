"""py3langid's feature counts by numpy (``langid_ngrams``) are its DFA walk's, exactly."""

from __future__ import annotations

import unicodedata
from collections import Counter
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from plugins.language.langid_cache import load_identifier
from plugins.language.langid_ngrams import NgramCounter, build_table

_IDENT = load_identifier()
_COUNTER = NgramCounter.from_table(build_table(_IDENT.tk_nextmove, _IDENT.tk_row, _IDENT.tk_output))


def _walk(data: bytes) -> Counter:
    from py3langid.langid import visit_counts

    return visit_counts(_IDENT.tk_nextmove, _IDENT._rowbase, _IDENT.tk_output, data) or Counter()


def _numpy(data: bytes) -> Counter:
    feats, counts = _COUNTER.counts(data)
    return Counter(dict(zip(feats.tolist(), counts.tolist(), strict=True)))


def _bytes(text: str) -> bytes:
    return unicodedata.normalize("NFC", text).encode("utf8", errors="surrogatepass")


def test_counts_match_the_walk_on_real_sentences(langid_data: Path) -> None:
    texts = []
    for path in sorted((langid_data / "sentences").glob("*.txt")):
        texts += path.read_text(encoding="utf-8").splitlines()[:8]
    assert len(texts) >= 600
    for text in texts + ["😀 Zażółć gęślą jaźń 𝐀𝐁 🇫🇷", "", "a", "\x00\x00ab\x00", "𝕏" * 50]:
        assert _numpy(_bytes(text)) == _walk(_bytes(text)), text


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=80) | st.binary(max_size=80))
def test_counts_match_the_walk_on_any_input(value) -> None:
    data = value if isinstance(value, bytes) else _bytes(value)
    assert _numpy(data) == _walk(data)
