from hypothesis import given
from hypothesis import strategies as st

from framework import OffsetMap, from_utf8, from_utf16, to_utf8, to_utf16

# Any code point (astral included) mixed with emoji sequences, combining marks and typographic spaces.
TEXTS = st.lists(st.one_of(
    st.characters(exclude_categories=("Cs",)),
    st.sampled_from(["😀", "👩‍👩‍👧", "e\u0301", "🇫🇷", "«\u202f", "a", " "]),
)).map("".join)


@given(TEXTS)
def test_round_trips_at_every_code_point(text: str) -> None:
    omap = OffsetMap(text)
    for i in range(len(text) + 1):
        u16 = omap.to_utf16(i)
        assert u16 == len(text[:i].encode("utf-16-le")) // 2
        assert omap.from_utf16(u16) == i
        u8 = omap.to_utf8(i)
        assert u8 == len(text[:i].encode("utf-8"))
        assert omap.from_utf8(u8) == i


def test_emoji_and_combining_marks() -> None:
    text = "Musk 😀 a tweeté e\u0301 👩‍👩‍👧!"
    start = text.index("a tweeté")
    assert to_utf16(text, start) == start + 1  # one astral char before
    assert to_utf8(text, start) == len("Musk 😀 ".encode())
    assert from_utf16(text, to_utf16(text, len(text))) == len(text)
    assert from_utf8(text, to_utf8(text, start)) == start


def test_inside_a_character_is_an_error() -> None:
    import pytest

    omap = OffsetMap("a😀b")
    with pytest.raises(ValueError, match="surrogate"):
        omap.from_utf16(2)
    with pytest.raises(ValueError, match="inside a character"):
        omap.from_utf8(2)
    with pytest.raises(IndexError):
        omap.to_utf16(4)
