"""Convert offsets between code points (our unit), UTF-16 code units and UTF-8 bytes.

Records use code-point offsets because ``text[start:end]`` is then the span in Python. JavaScript, Java and
twitter-text count UTF-16 units; Arrow and Rust count UTF-8 bytes. ``OffsetMap`` builds its tables once per
text (nothing at all for ASCII text) so converting many offsets of one document stays cheap.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from itertools import accumulate

__all__ = ["OffsetMap", "to_utf16", "from_utf16", "to_utf8", "from_utf8"]


def _utf8_width(ch: str) -> int:
    code = ord(ch)
    if code < 0x80:
        return 1
    if code < 0x800:
        return 2
    if code < 0x10000:
        return 3
    return 4


class OffsetMap:
    """Offset conversion tables for one text."""

    __slots__ = ("text", "_ascii", "_astral", "_utf8_ends")

    def __init__(self, text: str) -> None:
        self.text = text
        self._ascii = text.isascii()
        self._astral: list[int] | None = None
        self._utf8_ends: list[int] | None = None

    def _check(self, index: int) -> None:
        if not 0 <= index <= len(self.text):
            raise IndexError(f"offset {index} outside 0..{len(self.text)}")

    @property
    def astral(self) -> list[int]:
        """Code-point positions of characters outside the BMP (two UTF-16 units each)."""
        if self._astral is None:
            self._astral = [] if self._ascii else [i for i, ch in enumerate(self.text) if ord(ch) > 0xFFFF]
        return self._astral

    def to_utf16(self, index: int) -> int:
        """UTF-16 unit offset of code-point offset ``index``."""
        self._check(index)
        return index + bisect_left(self.astral, index)

    def from_utf16(self, unit: int) -> int:
        """Code-point offset of UTF-16 unit offset ``unit``; a unit inside a surrogate pair is an error."""
        astral = self.astral
        lo, hi = 0, len(self.text)
        # cp + (#astral before cp) is strictly increasing in cp: binary search for the exact unit.
        while lo <= hi:
            mid = (lo + hi) // 2
            value = mid + bisect_left(astral, mid)
            if value == unit:
                return mid
            if value < unit:
                lo = mid + 1
            else:
                hi = mid - 1
        raise ValueError(f"UTF-16 offset {unit} is inside a surrogate pair or beyond the text")

    def _utf8(self) -> list[int]:
        if self._utf8_ends is None:
            self._utf8_ends = list(accumulate((_utf8_width(ch) for ch in self.text), initial=0))
        return self._utf8_ends

    def to_utf8(self, index: int) -> int:
        """UTF-8 byte offset of code-point offset ``index``."""
        self._check(index)
        return index if self._ascii else self._utf8()[index]

    def from_utf8(self, byte: int) -> int:
        """Code-point offset of UTF-8 byte offset ``byte``; a byte inside a character is an error."""
        if self._ascii:
            self._check(byte)
            return byte
        ends = self._utf8()
        pos = bisect_right(ends, byte) - 1
        if pos < 0 or ends[pos] != byte:
            raise ValueError(f"UTF-8 offset {byte} is inside a character or beyond the text")
        return pos


def to_utf16(text: str, index: int) -> int:
    """UTF-16 unit offset of a code-point offset (use ``OffsetMap`` for many offsets)."""
    return OffsetMap(text).to_utf16(index)


def from_utf16(text: str, unit: int) -> int:
    """Code-point offset of a UTF-16 unit offset."""
    return OffsetMap(text).from_utf16(unit)


def to_utf8(text: str, index: int) -> int:
    """UTF-8 byte offset of a code-point offset."""
    return OffsetMap(text).to_utf8(index)


def from_utf8(text: str, byte: int) -> int:
    """Code-point offset of a UTF-8 byte offset."""
    return OffsetMap(text).from_utf8(byte)
