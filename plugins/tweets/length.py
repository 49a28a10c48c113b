"""Weighted tweet length and validity (twitter-text's ``parseTweet``), configurations v1, v2, v3.

``parse_tweet(text, config)`` returns twitter-text's fields (``weightedLength``, ``valid``,
``permillage``, ``validRangeStart/End``, ``displayRangeStart/End``; range ends are inclusive
UTF-16 indices, as twitter-text gives them) plus ``validRangeEndCp``, the end of the valid part
as an exclusive code point offset into the text given (``text[:validRangeEndCp]``).
"""

from __future__ import annotations

import unicodedata
from typing import Any

import regex

from .entities import extract_urls

__all__ = ["CONFIGS", "Config", "is_valid_tweet", "parse_tweet", "tweet_length"]


class Config(dict):
    """A weighted-length configuration (the JSON of twitter-text's ``config/vN.json``)."""

    @property
    def version(self) -> int:
        return int(self.get("version", 0))


CONFIGS: dict[str, Config] = {
    "v1": Config(version=1, maxWeightedTweetLength=140, scale=1, defaultWeight=1, transformedURLLength=23, ranges=[]),
    "v2": Config(
        version=2,
        maxWeightedTweetLength=280,
        scale=100,
        defaultWeight=200,
        transformedURLLength=23,
        ranges=[
            {"start": 0, "end": 4351, "weight": 100},
            {"start": 8192, "end": 8205, "weight": 100},
            {"start": 8208, "end": 8223, "weight": 100},
            {"start": 8242, "end": 8247, "weight": 100},
        ],
    ),
}
CONFIGS["v3"] = Config(CONFIGS["v2"], version=3, emojiParsingEnabled=True)
DEFAULT = CONFIGS["v3"]

_INVALID = frozenset("\ufffe\ufeff\uffff")

# an emoji counted as one unit when emojiParsingEnabled: flags, keycaps, tag sequences and
# (ZWJ sequences of) pictographs with their modifiers; text-default pictographs need U+FE0F
_PICT = (
    r"(?:\p{Emoji_Presentation}|[\u00a9\u00ae]\uFE0F|[\p{Extended_Pictographic}--[\u00a9\u00ae]])"
    r"\uFE0F?\p{Emoji_Modifier}?"
)
_EMOJI = regex.compile(
    r"[\U0001F1E6-\U0001F1FF]{2}"
    r"|[#*0-9]\uFE0F?\u20E3"
    r"|\U0001F3F4[\U000E0020-\U000E007E]++\U000E007F"
    rf"|{_PICT}(?:\u200D{_PICT})*+",
    regex.V1,
)


def _config(config: Any) -> dict:
    if config is None:
        return DEFAULT
    if isinstance(config, str):
        return CONFIGS[config]
    if isinstance(config, int):
        return CONFIGS[f"v{config}"]
    return config


def _weight_table(cfg: dict):
    ranges = [(r["start"], r["end"], r["weight"]) for r in cfg.get("ranges", ())]
    default = cfg["defaultWeight"]

    def weight(cp: int) -> int:
        for lo, hi, w in ranges:
            if lo <= cp <= hi:
                return w
        return default

    return weight


def parse_tweet(text: str, config: Any = None, *, walk: bool = False) -> dict:
    """Weighted length and validity of ``text`` under ``config`` ("v1", "v2", "v3" or a dict).

    A text within the limit is counted with regexes; one over it (or with an invalid character) is walked
    character by character to find where the valid part ends. ``walk=True`` always walks (the reference).
    """
    cfg = _config(config)
    scale = cfg["scale"]
    max_len = cfg["maxWeightedTweetLength"]
    default = cfg["defaultWeight"]
    url_weight = cfg.get("transformedURLLength", 23) * scale
    weight = _weight_table(cfg)
    norm = unicodedata.normalize("NFC", text)

    jumps: dict[int, tuple[int, int]] = {}  # start -> (end, weight)
    if cfg.get("emojiParsingEnabled"):
        for m in _EMOJI.finditer(norm):
            jumps[m.start()] = (m.end(), default)
    for u in extract_urls(norm):
        jumps[u.start] = (u.end, url_weight)

    fast = None if walk else _fast_totals(norm, jumps, cfg)
    if fast is not None and fast[0] <= max_len * scale:
        # within the limit and no invalid character: everything is valid, no need to walk the text
        weighted, units = fast
        return _result(text, norm, weighted, scale, max_len, True, max(units - 1, 0), units, len(norm))
    weighted = 0
    valid = True
    valid_end_units = 0  # UTF-16 index of the last valid unit (inclusive), as twitter-text
    valid_end_cp = 0
    units = 0
    i = 0
    n = len(norm)
    limit = max_len * scale
    while i < n:
        jump = jumps.get(i)
        if jump is not None:
            end, w = jump
            weighted += w
            seg = norm[i:end]
            last = seg[-1]
            units += len(seg) + sum(1 for c in seg if ord(c) > 0xFFFF)
            i = end
        else:
            last = norm[i]
            cp = ord(last)
            weighted += weight(cp)
            units += 2 if cp > 0xFFFF else 1
            i += 1
        if valid and last in _INVALID:
            valid = False
        if valid and weighted <= limit:
            valid_end_units = units - 1
            valid_end_cp = i
    return _result(text, norm, weighted, scale, max_len, valid, valid_end_units, units, valid_end_cp)


def _result(text: str, norm: str, weighted: int, scale: int, max_len: int, valid: bool, valid_end_units: int,
            norm_units: int, valid_end_cp: int) -> dict:
    n = len(norm)
    length = weighted // scale if weighted % scale == 0 else weighted / scale
    valid = valid and 0 < length <= max_len
    utf16_len = len(text) + len(_ASTRAL.findall(text))
    return {
        "weightedLength": length,
        "valid": valid,
        "permillage": int(length * 1000 // max_len),
        "displayRangeStart": 0,
        "displayRangeEnd": utf16_len - 1 if utf16_len else 0,
        "validRangeStart": 0,
        "validRangeEnd": valid_end_units + (utf16_len - norm_units),
        "validRangeEndCp": valid_end_cp + (len(text) - n),
    }


_ASTRAL = regex.compile(r"[\U00010000-\U0010FFFF]")
_CLASSES: dict[tuple, list[tuple[Any, int]]] = {}


def _weight_classes(cfg: dict) -> list[tuple[Any, int]]:
    """One regex per weight of the configuration's ranges (counting characters in C, not in a loop)."""
    key = tuple((r["start"], r["end"], r["weight"]) for r in cfg.get("ranges", ()))
    if key not in _CLASSES:
        by_weight: dict[int, list[str]] = {}
        for lo, hi, w in key:
            by_weight.setdefault(w, []).append(f"\\U{lo:08x}-\\U{hi:08x}")
        _CLASSES[key] = [(regex.compile("[" + "".join(parts) + "]"), w) for w, parts in by_weight.items()]
    return _CLASSES[key]


def _fast_totals(norm: str, jumps: dict[int, tuple[int, int]], cfg: dict) -> tuple[int, int] | None:
    """(weighted length, UTF-16 units) of the whole text, or None when it holds an invalid character."""
    if any(c in norm for c in _INVALID):
        return None
    default = cfg["defaultWeight"]
    classes = _weight_classes(cfg)
    weighted = 0
    pos = 0
    segments = []
    for start in sorted(jumps):
        end, w = jumps[start]
        if start < pos:
            continue
        segments.append(norm[pos:start])
        weighted += w
        pos = end
    segments.append(norm[pos:])
    for seg in segments:
        if not seg:
            continue
        rest = len(seg)
        for pattern, w in classes:
            count = len(pattern.findall(seg))
            weighted += count * w
            rest -= count
        weighted += rest * default
    return weighted, len(norm) + len(_ASTRAL.findall(norm))


def tweet_length(text: str, config: Any = None) -> int | float:
    """The weighted length (in characters of the configuration's scale)."""
    return parse_tweet(text, config)["weightedLength"]


def is_valid_tweet(text: str, config: Any = None) -> bool:
    """Whether ``text`` is a valid tweet under ``config`` (non-empty, no invalid characters,
    weighted length within the limit). ``config="v1"`` gives the legacy 140-character rule."""
    return parse_tweet(text, config)["valid"]
